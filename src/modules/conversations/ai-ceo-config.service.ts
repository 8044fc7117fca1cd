import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ForbiddenError } from '../../common/domain-error';
import { assertSameOrganization, Principal } from '../auth/principal';
import { roleAtLeast } from '../organizations/entities/membership.entity';
import { AiCeoConfig } from './entities/ai-ceo-config.entity';

export interface AiCeoSettings {
  name: string;
  personality: string;
  goals: string;
  industry: string;
}

export const DEFAULT_AI_CEO: AiCeoSettings = {
  name: 'Steward',
  personality: 'calm, direct and practical; short answers with numbers',
  goals: 'keep spending inside budget and get routine work done by agents',
  industry: 'small business',
};

@Injectable()
export class AiCeoConfigService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(organizationId: string): Promise<AiCeoSettings> {
    const row = await this.db.getRepository(AiCeoConfig).findOneBy({ organizationId });
    return row ? { name: row.name, personality: row.personality, goals: row.goals, industry: row.industry } : { ...DEFAULT_AI_CEO };
  }

  async update(organizationId: string, input: Partial<AiCeoSettings>, principal: Principal): Promise<AiCeoSettings> {
    assertSameOrganization(principal, organizationId);
    if (!principal.isPlatformAdmin && !roleAtLeast(principal.role, 'admin')) throw new ForbiddenError('Changing the AI CEO needs the admin role or higher.');
    const next = { ...(await this.get(organizationId)), ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
    await this.db.getRepository(AiCeoConfig).upsert({ organizationId, ...next }, ['organizationId']);
    return next;
  }
}
