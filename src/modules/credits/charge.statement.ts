import { createHash } from 'node:crypto';
import { formatCredits } from '../../common/money';
import type { Tier } from './cost';
import { actorOf, Principal } from '../auth/principal';
import { toEntry, type StatementRunner } from './ledger.repository';
import type { EntryRow, Reference } from './credits.types';

const TASKS_TODAY = `(CASE WHEN a.day_start = $5::date THEN a.day_tasks ELSE 0 END)`;
/**
 * The plan's volume tiers as a plain CASE expression (the tiers come from the price cache), so
 * pricing inside the statement costs no lookups while the row is locked.
 */
function tierCase(tiers: Tier[], tasks: string): string {
  const sorted = [...tiers].sort((a, b) => b.minTasks - a.minTasks).map((t) => [Math.trunc(t.minTasks), Math.trunc(t.discountBps)]);
  if (!sorted.length) return '0';
  let best = 0;
  const arms = [...sorted].reverse().map(([min, bps]) => {
    best = Math.max(best, bps);
    return [min, best] as const;
  });
  return `(CASE ${arms.reverse().map(([min, bps]) => `WHEN ${tasks} >= ${min} THEN ${bps}`).join(' ')} ELSE 0 END)`;
}
const IN_SCOPE = `b.organization_id = $1 AND (b.department IS NULL OR b.department = $7::varchar) AND (b.project IS NULL OR b.project = $8::varchar)`;
const BUDGET_SPENT = `(CASE WHEN b.period_start = $6::date THEN b.spent ELSE 0 END)`;

/**
 * The hot path: one statement, one round trip. A conditional UPDATE of the account row — in
 * READ COMMITTED a concurrent writer makes PostgreSQL re-check the WHERE clause on the newest
 * row version, so `available >= amount` holds for the row it writes, and the hard-stop check
 * (credit_hard_stop_blocks, a volatile function with a fresh snapshot) sees the budgets as the
 * charges before it left them. The same statement counts
 * the task for volume discounts, adds to the budgets in scope and appends the ledger entry.
 * A replayed idempotency key fails the insert on the unique (organization_id, idempotency_key)
 * index, which rolls the whole statement back; the caller then answers with the first entry.
 */
function buildChargeSql(tiers: Tier[], audited: boolean): string {
  const tierOf = (tasks: string) => tierCase(tiers, tasks);
  const costAt = (tasks: string) => `($2::bigint - ($2::bigint * ${tierOf(tasks)} + 5000) / 10000)`;
  const AMOUNT = costAt(`${TASKS_TODAY} + $3::int`);
  return `
WITH acct AS (
  UPDATE credit_accounts a
     SET last_granted_spent = LEAST(a.granted, ${AMOUNT}),
         granted = a.granted - LEAST(a.granted, ${AMOUNT}),
         purchased = a.purchased - (${AMOUNT} - LEAST(a.granted, ${AMOUNT})),
         entries = a.entries + 1,
         day_tasks = ${TASKS_TODAY} + $3::int,
         day_start = $5::date,
         updated_at = now()
   WHERE a.organization_id = $1
     AND a.granted + a.purchased - a.held >= ${AMOUNT}
     -- the function (a fresh snapshot per call) only for organizations that have a hard stop at all
     AND (NOT EXISTS (SELECT 1 FROM credit_budgets hs WHERE hs.organization_id = $1 AND hs.hard_stop)
          OR NOT credit_hard_stop_blocks($1, $7::varchar, $8::varchar, ${AMOUNT}, $6::date))
  RETURNING a.granted, a.purchased, a.held, a.entries, a.low_balance_threshold, a.low_balance_alerted_at,
            a.last_granted_spent AS from_granted, ${costAt('a.day_tasks')} AS amount, ${tierOf('a.day_tasks')} AS bps
),
spend AS (
  UPDATE credit_budgets b SET spent = ${BUDGET_SPENT} + acct.amount, period_start = $6::date, updated_at = now()
    FROM acct WHERE ${IN_SCOPE}
  RETURNING b.id, b.name, (b.spent - acct.amount)::text AS spent_before, b.spent::text AS spent_after, b.amount_limit::text AS amount_limit
),
entry AS (
  INSERT INTO credit_ledger_entries (organization_id, sequence, type, amount, granted_amount, purchased_amount, held_amount,
         balance_after, held_after, idempotency_key, reference_type, reference_id, department, project, actor_type, actor_id,
         operation, quantity, breakdown, description)
  SELECT $1, acct.entries, 'debit', -acct.amount, -acct.from_granted, -(acct.amount - acct.from_granted), 0,
         acct.granted + acct.purchased, acct.held, $4, $10, $11, $7, $8, $12, $13, $9, $3,
         $14::jsonb || jsonb_build_object('discountBps', acct.bps, 'discount', ($2::bigint - acct.amount)::text, 'total', acct.amount::text), $15
    FROM acct
  RETURNING *
)${
    audited
      ? `,
audit AS (
  INSERT INTO audit_logs (organization_id, actor_type, actor_id, action, target_type, target_id, request_id, details)
  SELECT $1, $12, $13, $16, 'ledger_entry', entry.id::text, $17, jsonb_build_object('amount', entry.amount::text, 'operation', $9::varchar)
    FROM entry
)`
      : ''
  }
SELECT entry.id, entry.organization_id, entry.sequence::text, entry.type, entry.amount::text, entry.granted_amount::text,
       entry.purchased_amount::text, entry.held_amount::text, entry.balance_after::text, entry.held_after::text,
       entry.idempotency_key, entry.reference_type, entry.reference_id, entry.hold_id, entry.department, entry.project,
       entry.actor_type, entry.actor_id, entry.operation, entry.quantity, entry.breakdown, entry.description, entry.created_at,
       acct.granted::text AS acct_granted, acct.purchased::text AS acct_purchased, acct.held::text AS acct_held,
       acct.low_balance_threshold::text AS low_balance_threshold, acct.low_balance_alerted_at,
       (SELECT coalesce(json_agg(spend), '[]'::json) FROM spend) AS budgets
  FROM entry, acct`;
}

/** Only when nothing was charged: why (replay, hard-stop budget, or not enough credits). */
function buildDiagnoseSql(tiers: Tier[]): string {
  const AMOUNT = `($2::bigint - ($2::bigint * ${tierCase(tiers, `${TASKS_TODAY} + $3::int`)} + 5000) / 10000)`;
  return `
SELECT a.available_before, a.needed,
       (SELECT json_agg(json_build_object('id', b.id, 'spent', ${BUDGET_SPENT}::text, 'limit', b.amount_limit::text)) FROM credit_budgets b
         WHERE ${IN_SCOPE} AND b.hard_stop
           AND ${BUDGET_SPENT} + credit_budget_open_holds(b.organization_id, b.department, b.project) + a.needed::bigint > b.amount_limit) AS blocking,
       EXISTS (SELECT 1 FROM credit_ledger_entries e WHERE e.organization_id = $1 AND e.idempotency_key = $4) AS replay
  FROM (SELECT 1) one
  LEFT JOIN (SELECT (a.granted + a.purchased - a.held)::text AS available_before, ${AMOUNT}::text AS needed
               FROM credit_accounts a WHERE a.organization_id = $1) a ON true`;
}

const statements = new Map<string, { name: string; charge: string; diagnose: string }>();

/**
 * The statements for one tier set, built once (and prepared once per connection under `name`);
 * `audited` adds the audit row to the same statement, so it commits with the charge.
 */
export function chargeStatements(tiers: Tier[], audited = false) {
  const key = `${tiers.map((t) => `${t.minTasks}:${t.discountBps}`).join(',')}${audited ? '+audit' : ''}`;
  let found = statements.get(key);
  if (!found) {
    const name = `credits-charge-${createHash('sha1').update(key).digest('hex').slice(0, 12)}`;
    found = { name, charge: buildChargeSql(tiers, audited), diagnose: buildDiagnoseSql(tiers) };
    statements.set(key, found);
  }
  return found;
}

export interface ChargeInput {
  organizationId: string;
  /** volume tiers of the organization's plan */
  tiers: Tier[];
  /** before the volume discount: base + token costs */
  gross: bigint;
  quantity: number;
  idempotencyKey: string;
  operation: string;
  /** stored breakdown without discount and total (the statement adds them) */
  breakdown: Record<string, unknown>;
  reference?: Reference | null;
  department?: string | null;
  project?: string | null;
  actor?: Principal | null;
  description?: string | null;
  /** write the audit row (actor = `actor`, which must be set) in the same statement */
  audit?: { action: string; requestId: string | null };
  at?: Date;
}

export interface BudgetSpend {
  id: string;
  name: string;
  spentBefore: bigint;
  spentAfter: bigint;
  limit: bigint;
}

export type ChargeOutcome =
  | {
      kind: 'charged';
      entry: EntryRow;
      account: { granted: bigint; purchased: bigint; held: bigint; lowBalanceThreshold: bigint | null; lowBalanceAlertedAt: Date | null };
      budgets: BudgetSpend[];
    }
  | { kind: 'replay' }
  | { kind: 'insufficient'; available: bigint; needed: bigint }
  | { kind: 'budget_exceeded'; budgetId: string; spent: bigint; limit: bigint; needed: bigint };

export async function runCharge(run: StatementRunner, input: ChargeInput): Promise<ChargeOutcome> {
  const at = input.at ?? new Date();
  const actor = input.actor ? actorOf(input.actor) : null;
  const audited = Boolean(input.audit && actor);
  const params = [
    input.organizationId,
    input.gross.toString(),
    input.quantity,
    input.idempotencyKey,
    at.toISOString().slice(0, 10),
    `${at.toISOString().slice(0, 7)}-01`,
    input.department ?? null,
    input.project ?? null,
    input.operation,
    input.reference?.type ?? null,
    input.reference?.id ?? null,
    actor?.actorType ?? null,
    actor?.actorId ?? null,
    JSON.stringify(input.breakdown),
    input.description ?? null,
    ...(audited ? [input.audit!.action, input.audit!.requestId] : []),
  ];
  const sql = chargeStatements(input.tiers, audited);
  const rows = await run(sql.name, sql.charge, params);
  if (rows.length) {
    const row = rows[0];
    return {
      kind: 'charged',
      entry: toEntry(row),
      ...spendOutcomeOf(row, 'acct_'),
    };
  }
  // the first eight parameters, numbered as in CHARGE_SQL
  const [row] = await run(`${sql.name}-why`, sql.diagnose, params.slice(0, 8));
  if (row.replay) return { kind: 'replay' };
  const needed = BigInt(row.needed ?? input.gross.toString());
  const blocking = (row.blocking as { id: string; spent: string; limit: string }[] | null)?.[0];
  const available = BigInt(row.available_before ?? '0');
  if (available >= needed && blocking) {
    return { kind: 'budget_exceeded', budgetId: blocking.id, spent: BigInt(blocking.spent), limit: BigInt(blocking.limit), needed };
  }
  return { kind: 'insufficient', available, needed };
}

/**
 * The account totals and budget spends a spending statement returns (columns `<prefix>granted`,
 * `<prefix>purchased`, `<prefix>held`, `low_balance_threshold`, `low_balance_alerted_at`, and
 * `budgets` as json), in the shape CreditAlertsService.afterSpend takes.
 */
export function spendOutcomeOf(row: Record<string, any>, prefix: '' | 'acct_' = '') {
  return {
    account: {
      granted: BigInt(row[`${prefix}granted`]),
      purchased: BigInt(row[`${prefix}purchased`]),
      held: BigInt(row[`${prefix}held`]),
      lowBalanceThreshold: row.low_balance_threshold == null ? null : BigInt(row.low_balance_threshold),
      lowBalanceAlertedAt: row.low_balance_alerted_at ? new Date(row.low_balance_alerted_at) : null,
    },
    budgets: ((row.budgets ?? []) as Record<string, string>[]).map(
      (b): BudgetSpend => ({ id: b.id, name: b.name, spentBefore: BigInt(b.spent_before), spentAfter: BigInt(b.spent_after), limit: BigInt(b.amount_limit) }),
    ),
  };
}

export function insufficientMessage(available: bigint, needed: bigint): string {
  return `Not enough credits: this costs ${formatCredits(needed)} and ${formatCredits(available)} are available.`;
}
