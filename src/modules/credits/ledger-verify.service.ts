import { Injectable } from '@nestjs/common';
import { ValidationFailedError } from '../../common/domain-error';
import { formatCredits } from '../../common/money';
import { LedgerRepository } from './ledger.repository';

export interface Discrepancy {
  organizationId: string;
  check: string;
  expected: string;
  actual: string;
}

const CHECKS: [check: string, expected: string, actual: string, money: boolean][] = [
  ['granted = Σ granted entries', 'sum_granted', 'granted', true],
  ['purchased = Σ purchased entries', 'sum_purchased', 'purchased', true],
  ['held = Σ held entries', 'sum_held', 'held', true],
  ['held = Σ open holds', 'open_holds', 'held', true],
  ['entry count = last sequence', 'entry_count', 'entries', false],
  ['entry count = max sequence', 'entry_count', 'max_sequence', false],
  ['every balanceAfter = running Σ amount', '0', 'bad_running', false],
  ['every heldAfter = running Σ heldAmount', '0', 'bad_held_running', false],
];

/** Recomputes every account from its entries and lists what does not match. */
@Injectable()
export class LedgerVerifyService {
  constructor(private readonly ledger: LedgerRepository) {}

  async verify(organizationId?: string) {
    if (organizationId !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(organizationId)) {
      throw new ValidationFailedError('organizationId must be a UUID');
    }
    const rows = await this.ledger.db.query(
      `WITH e AS (
         SELECT organization_id, count(*) AS entry_count, max(sequence) AS max_sequence, sum(granted_amount) AS sum_granted,
                sum(purchased_amount) AS sum_purchased, sum(held_amount) AS sum_held,
                count(*) FILTER (WHERE balance_after <> running_balance) AS bad_running,
                count(*) FILTER (WHERE held_after <> running_held) AS bad_held_running
           FROM (SELECT organization_id, sequence, granted_amount, purchased_amount, held_amount, balance_after, held_after,
                        sum(amount) OVER w AS running_balance, sum(held_amount) OVER w AS running_held
                   FROM credit_ledger_entries WHERE ($1::uuid IS NULL OR organization_id = $1)
                 WINDOW w AS (PARTITION BY organization_id ORDER BY sequence)) x
          GROUP BY organization_id),
       h AS (SELECT organization_id, sum(amount) AS open_holds FROM credit_holds WHERE status = 'open' AND ($1::uuid IS NULL OR organization_id = $1) GROUP BY organization_id)
       SELECT coalesce(a.organization_id, e.organization_id) AS organization_id,
              coalesce(a.granted, 0)::text AS granted, coalesce(a.purchased, 0)::text AS purchased, coalesce(a.held, 0)::text AS held,
              coalesce(a.entries, 0)::text AS entries, coalesce(e.entry_count, 0)::text AS entry_count, coalesce(e.max_sequence, 0)::text AS max_sequence,
              coalesce(e.sum_granted, 0)::text AS sum_granted, coalesce(e.sum_purchased, 0)::text AS sum_purchased, coalesce(e.sum_held, 0)::text AS sum_held,
              coalesce(h.open_holds, 0)::text AS open_holds, coalesce(e.bad_running, 0)::text AS bad_running, coalesce(e.bad_held_running, 0)::text AS bad_held_running
         FROM (SELECT * FROM credit_accounts WHERE ($1::uuid IS NULL OR organization_id = $1)) a
         FULL JOIN e ON e.organization_id = a.organization_id
         LEFT JOIN h ON h.organization_id = coalesce(a.organization_id, e.organization_id)`,
      [organizationId ?? null],
    );
    const discrepancies: Discrepancy[] = [];
    for (const row of rows) {
      for (const [check, expectedColumn, actualColumn, money] of CHECKS) {
        const expected = expectedColumn === '0' ? '0' : row[expectedColumn];
        const actual = row[actualColumn];
        if (BigInt(expected) !== BigInt(actual)) {
          discrepancies.push({
            organizationId: row.organization_id,
            check,
            expected: money ? formatCredits(expected) : expected,
            actual: money ? formatCredits(actual) : actual,
          });
        }
      }
      const available = BigInt(row.granted) + BigInt(row.purchased) - BigInt(row.held);
      if (available < 0n) discrepancies.push({ organizationId: row.organization_id, check: 'available ≥ 0', expected: '≥ 0', actual: formatCredits(available) });
    }
    return { ok: discrepancies.length === 0, accounts: rows.length, discrepancies, checkedAt: new Date().toISOString() };
  }
}
