import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ValidationFailedError } from '../../common/domain-error';
import { formatCredits } from '../../common/money';
import { currentRequestId } from '../../common/request-context';
import { organizationOf, Principal } from '../auth/principal';
import { breakdownView } from './breakdown';
import { ChargeResult, CreditsService } from './credits.service';
import type { UsageDto } from './dto/credits.dto';
import type { LimitKind } from './entities/plan-usage.entity';
import { PlanLimitsService } from './plan-limits.service';

/** Operations that also count against a monthly plan allowance. */
export const PLAN_LIMITED: Record<string, LimitKind> = { social_media_post: 'posts', email_campaign: 'emails' };

const KEY = /^[\x21-\x7e]{1,150}$/;

/** POST /api/v1/usage: meter one external billable event, exactly once per Idempotency-Key. */
@Injectable()
export class UsageService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly credits: CreditsService,
    private readonly limits: PlanLimitsService,
  ) {}

  async record(principal: Principal, body: UsageDto, idempotencyKey?: string) {
    const organizationId = organizationOf(principal);
    if (idempotencyKey !== undefined && !KEY.test(idempotencyKey)) {
      throw new ValidationFailedError('Idempotency-Key must be 1 to 150 visible ASCII characters.');
    }
    const key = idempotencyKey ?? randomUUID();
    const request = {
      organizationId,
      operation: body.operation,
      usage: { quantity: body.quantity ?? 1, inputTokens: body.inputTokens, outputTokens: body.outputTokens },
      idempotencyKey: key,
      reference: { type: 'usage_event', id: body.reference ?? key },
      department: body.department ?? null,
      project: body.project ?? null,
      actor: principal,
      // the audit row commits with the charge (the route is @AuditedInService)
      audit: { action: 'usage.record', requestId: currentRequestId() ?? null },
    };
    const limit = PLAN_LIMITED[body.operation];
    const prepared = await this.credits.prepareCharge(request);
    const result: ChargeResult = limit
      ? await this.db.transaction(async (tx) => {
          // the claim is taken first, so a concurrent replay waits here and then sees the charge
          await this.limits.consume(organizationId, limit, `usage:${key}`, tx);
          return this.credits.chargePrepared(prepared, tx);
        })
      : await this.credits.chargePrepared(prepared);
    if (limit) result.notify();
    return { replayed: result.replayed, body: this.view(result) };
  }

  private view({ entry, breakdown }: ChargeResult) {
    return {
      transactionId: entry.id,
      cost: formatCredits(-entry.amount),
      balanceAfter: formatCredits(entry.balanceAfter),
      availableAfter: formatCredits(entry.balanceAfter - entry.heldAfter),
      breakdown: breakdownView(breakdown),
      department: entry.department,
      project: entry.project,
      createdAt: entry.createdAt.toISOString(),
    };
  }
}
