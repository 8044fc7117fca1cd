import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { ApiKeysService } from './api-keys.service';
import { User } from './entities/user.entity';

const BOOTSTRAP_EMAIL = 'admin@steward.local';

/**
 * At start, when no platform admin exists: create one whose API key is STEWARD_BOOTSTRAP_TOKEN,
 * or, without it, print a one-time key (contracts/API.md, "Start-up").
 */
@Injectable()
export class BootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Bootstrap');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async onApplicationBootstrap() {
    if (!this.config.servesHttp) return;
    const created = await this.ensurePlatformAdmin();
    if (created && !this.config.bootstrapToken) {
      // printed on its own line, outside the JSON log, so it is easy to copy and never indexed
      process.stdout.write(
        `\n  Steward is ready. Platform admin API key (shown once, store it now):\n\n    ${created}\n\n  Use it as "Authorization: Bearer <key>".\n\n`,
      );
    }
  }

  /** Returns the key when one was created. Safe to race: the admin row is unique by e-mail. */
  async ensurePlatformAdmin(): Promise<string | null> {
    const admins = await this.db.getRepository(User).countBy({ isPlatformAdmin: true });
    if (admins > 0) return null;
    const inserted = await this.db
      .createQueryBuilder()
      .insert()
      .into(User)
      .values({ email: BOOTSTRAP_EMAIL, name: 'Platform admin', isPlatformAdmin: true, emailVerified: true })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = inserted.identifiers[0]?.id as string | undefined;
    if (!id) return null;
    const key = await this.apiKeys.createPlatformKey(id, 'bootstrap', this.config.bootstrapToken);
    this.logger.log({ msg: 'platform admin created', email: BOOTSTRAP_EMAIL, fromToken: Boolean(this.config.bootstrapToken) });
    return key;
  }
}
