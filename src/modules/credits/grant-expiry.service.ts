import { Injectable } from '@nestjs/common';
import { CreditAlertsService } from './credit-alerts.service';
import { LedgerRepository } from './ledger.repository';

/**
 * Expires promotional credits. Spending is attributed to the soonest-expiring grant, so a
 * grant that comes due loses only what the other unsettled grants cannot account for, and
 * never credits reserved by open holds (those are retried on the next sweep).
 */
@Injectable()
export class GrantExpiryService {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly alerts: CreditAlertsService,
  ) {}

  /** Returns the number of lots that expired something. */
  async expireDue(now = new Date(), batch = 500): Promise<number> {
    const due: { id: string; organization_id: string }[] = await this.ledger.db.query(
      `SELECT id, organization_id FROM credit_grant_lots WHERE settled_at IS NULL AND expires_at <= $1 ORDER BY expires_at, grant_sequence LIMIT $2`,
      [now, batch],
    );
    let expired = 0;
    for (const lot of due) if (await this.expireLot(lot.organization_id, lot.id, now)) expired += 1;
    return expired;
  }

  private async expireLot(organizationId: string, lotId: string, now: Date): Promise<boolean> {
    const result = await this.ledger.db.transaction(async (tx) => {
      const account = await this.ledger.lockAccount(tx, organizationId);
      const [lot] = await tx.query(
        `SELECT amount::text, expired_amount::text, expires_at, settled_at FROM credit_grant_lots WHERE id = $1 FOR UPDATE`,
        [lotId],
      );
      if (!lot || lot.settled_at || new Date(lot.expires_at) > now) return null;
      const [{ others }] = await tx.query(
        `SELECT coalesce(sum(amount - expired_amount), 0)::text AS others FROM credit_grant_lots WHERE organization_id = $1 AND settled_at IS NULL AND id <> $2`,
        [organizationId, lotId],
      );
      const expiredBefore = BigInt(lot.expired_amount);
      const remaining = BigInt(lot.amount) - expiredBefore;
      const unclaimed = account.granted - BigInt(others);
      const unconsumed = minBig(remaining, unclaimed > 0n ? unclaimed : 0n);
      const available = account.granted + account.purchased - account.held;
      const expire = minBig(unconsumed, available > 0n ? available : 0n);
      if (expire > 0n) {
        await this.ledger.append(tx, account, {
          type: 'expiry',
          granted: -expire,
          purchased: 0n,
          held: 0n,
          idempotencyKey: `expiry:${lotId}:${expiredBefore}`,
          reference: { type: 'grant_lot', id: lotId },
          description: 'promotional credits expired',
        });
      }
      const settled = expire === unconsumed;
      await tx.query(`UPDATE credit_grant_lots SET expired_amount = expired_amount + $2, settled_at = CASE WHEN $3 THEN now() ELSE NULL END WHERE id = $1`, [
        lotId,
        expire.toString(),
        settled,
      ]);
      return expire > 0n ? account : null;
    });
    if (result) this.alerts.changed(organizationId, result);
    return result !== null;
  }
}

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
