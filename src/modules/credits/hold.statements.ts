/**
 * The hold path in one statement each (one round trip), the technique of charge.statement.ts:
 * a conditional UPDATE of the account row (READ COMMITTED re-checks its WHERE clause on the
 * newest row version, so `available >= amount` holds for the row it writes), the ledger entry
 * appended with `sequence = entries + 1` from the same row, and idempotency through the unique
 * (organization_id, idempotency_key) indexes: a replay that is already committed is seen by
 * NOT EXISTS and changes nothing; a concurrent one fails the insert, which rolls the whole
 * statement back, and the caller falls back to the transactional path (HoldsService), which
 * answers with the first result.
 *
 * Lock order stays hold → account → budgets: the hold row is locked (FOR UPDATE) in a CTE that
 * the account UPDATE joins, so the account row is only locked after the hold row.
 */

/** $1 org, $2 amount, $3 ttl seconds, $4 hold key, $5 reference type, $6 reference id, $7 department, $8 project, $9 actor type, $10 actor id, $11 ledger key */
export const PLACE_HOLD = {
  name: 'credits-hold-place-v1',
  sql: `
WITH prior AS (
  SELECT h.id, h.amount, h.expires_at FROM credit_holds h WHERE h.organization_id = $1::uuid AND h.idempotency_key = $4::varchar
),
acct AS (
  UPDATE credit_accounts a
     SET held = a.held + $2::bigint, entries = a.entries + 1, updated_at = now()
   WHERE a.organization_id = $1::uuid
     AND a.granted + a.purchased - a.held >= $2::bigint
     AND NOT EXISTS (SELECT 1 FROM prior)
  RETURNING a.granted, a.purchased, a.held, a.entries
),
placed AS (
  INSERT INTO credit_holds (organization_id, amount, expires_at, idempotency_key, reference_type, reference_id, department, project)
  SELECT $1::uuid, $2::bigint, now() + make_interval(secs => $3::double precision), $4::varchar, $5::varchar, $6::varchar, $7::varchar, $8::varchar FROM acct
  RETURNING id, amount, expires_at
),
entry AS (
  INSERT INTO credit_ledger_entries (organization_id, sequence, type, amount, granted_amount, purchased_amount, held_amount,
         balance_after, held_after, idempotency_key, reference_type, reference_id, hold_id, department, project, actor_type, actor_id, quantity)
  SELECT $1::uuid, acct.entries, 'hold', 0, 0, 0, $2::bigint, acct.granted + acct.purchased, acct.held, $11::varchar,
         $5::varchar, $6::varchar, placed.id, $7::varchar, $8::varchar, $9::varchar, $10::varchar, 0
    FROM acct, placed
  RETURNING id
)
SELECT true AS placed, placed.id, placed.amount::text AS amount, placed.expires_at,
       acct.granted::text AS granted, acct.purchased::text AS purchased, acct.held::text AS held
  FROM placed, acct, entry
UNION ALL
SELECT false, prior.id, prior.amount::text, prior.expires_at, NULL, NULL, NULL FROM prior`,
};

const REFERENCE = `CASE WHEN go.reference_type IS NULL THEN NULL ELSE coalesce(go.reference_id, '') END`;

/**
 * $1 org, $2 hold id, $3 amount, $4 capture key, $5 rest key, $6 operation, $7 quantity,
 * $8 breakdown (jsonb), $9 today (date), $10 this month (date).
 *
 * Captures an open hold (never more than it: the rest is released by a second entry in the
 * same statement) or an expired one directly from the available credits; counts the task for
 * volume discounts and adds the amount to the budgets in the hold's scope. Returns the hold as
 * locked, the replayed entry (key, or the hold's capture) if any, and what was written.
 */
export const CAPTURE_HOLD = {
  name: 'credits-hold-capture-v1',
  sql: `
WITH h AS (
  SELECT id, amount, status, reference_type, reference_id, department, project, capture_entry_id
    FROM credit_holds WHERE id = $2::uuid AND organization_id = $1::uuid FOR UPDATE
),
prior AS (
  SELECT p.id, p.hold_id, p.amount, p.balance_after FROM (
    SELECT 1 AS rank, e.id, e.hold_id, e.amount, e.balance_after FROM credit_ledger_entries e
     WHERE e.organization_id = $1::uuid AND e.idempotency_key = $4::varchar
    UNION ALL
    SELECT 2, e.id, e.hold_id, e.amount, e.balance_after FROM credit_ledger_entries e, h
     WHERE e.organization_id = $1::uuid AND e.id = h.capture_entry_id
  ) p ORDER BY p.rank LIMIT 1
),
go AS (
  SELECT h.id, h.reference_type, h.reference_id, h.department, h.project,
         CASE WHEN h.status = 'open' THEN h.amount ELSE 0 END AS held_part
    FROM h
   WHERE h.status IN ('open', 'expired') AND h.capture_entry_id IS NULL AND $3::bigint <= h.amount
     AND NOT EXISTS (SELECT 1 FROM prior)
),
acct AS (
  UPDATE credit_accounts a
     SET last_granted_spent = LEAST(a.granted, $3::bigint),
         granted = a.granted - LEAST(a.granted, $3::bigint),
         purchased = a.purchased - ($3::bigint - LEAST(a.granted, $3::bigint)),
         held = a.held - go.held_part,
         entries = a.entries + CASE WHEN go.held_part > $3::bigint THEN 2 ELSE 1 END,
         day_tasks = CASE WHEN $7::int > 0 THEN (CASE WHEN a.day_start = $9::date THEN a.day_tasks ELSE 0 END) + $7::int ELSE a.day_tasks END,
         day_start = CASE WHEN $7::int > 0 THEN $9::date ELSE a.day_start END,
         updated_at = now()
    FROM go
   WHERE a.organization_id = $1::uuid
     AND (go.held_part > 0 OR a.granted + a.purchased - a.held >= $3::bigint)
  RETURNING a.granted, a.purchased, a.held, a.entries, a.low_balance_threshold, a.low_balance_alerted_at,
            a.last_granted_spent AS from_granted, go.held_part
),
cap AS (
  INSERT INTO credit_ledger_entries (organization_id, sequence, type, amount, granted_amount, purchased_amount, held_amount,
         balance_after, held_after, idempotency_key, reference_type, reference_id, hold_id, department, project, operation, quantity, breakdown)
  SELECT $1::uuid, acct.entries - CASE WHEN acct.held_part > $3::bigint THEN 1 ELSE 0 END, 'capture', -$3::bigint,
         -acct.from_granted, -($3::bigint - acct.from_granted), CASE WHEN acct.held_part = 0 THEN 0 ELSE -$3::bigint END,
         acct.granted + acct.purchased, acct.held + GREATEST(acct.held_part - $3::bigint, 0), $4::varchar,
         go.reference_type, ${REFERENCE}, go.id, go.department, go.project, $6::varchar, $7::int, $8::jsonb
    FROM acct, go
  RETURNING id, hold_id, amount, balance_after
),
rest AS (
  INSERT INTO credit_ledger_entries (organization_id, sequence, type, amount, granted_amount, purchased_amount, held_amount,
         balance_after, held_after, idempotency_key, reference_type, reference_id, hold_id, department, project, quantity)
  SELECT $1::uuid, acct.entries, 'release', 0, 0, 0, -(acct.held_part - $3::bigint),
         acct.granted + acct.purchased, acct.held, $5::varchar, go.reference_type, ${REFERENCE}, go.id, go.department, go.project, 0
    FROM acct, go WHERE acct.held_part > $3::bigint
  RETURNING id
),
settle AS (
  UPDATE credit_holds SET status = 'captured', captured_amount = $3::bigint, capture_entry_id = cap.id, settled_at = now()
    FROM cap WHERE credit_holds.id = cap.hold_id
  RETURNING credit_holds.id
),
spend AS (
  UPDATE credit_budgets b
     SET spent = (CASE WHEN b.period_start = $10::date THEN b.spent ELSE 0 END) + $3::bigint, period_start = $10::date, updated_at = now()
    FROM go, acct
   WHERE $3::bigint > 0 AND b.organization_id = $1::uuid
     AND (b.department IS NULL OR b.department = go.department) AND (b.project IS NULL OR b.project = go.project)
  RETURNING b.id, b.name, (b.spent - $3::bigint)::text AS spent_before, b.spent::text AS spent_after, b.amount_limit::text AS amount_limit
)
SELECT h.id AS hold_id, h.status, h.amount::text AS hold_amount, h.capture_entry_id,
       prior.id AS prior_id, prior.hold_id AS prior_hold_id, prior.amount::text AS prior_amount, prior.balance_after::text AS prior_balance_after,
       cap.id AS entry_id, cap.amount::text AS entry_amount, cap.balance_after::text AS entry_balance_after,
       acct.granted::text AS granted, acct.purchased::text AS purchased, acct.held::text AS held,
       acct.low_balance_threshold::text AS low_balance_threshold, acct.low_balance_alerted_at,
       (SELECT count(*) FROM rest)::int AS rest, (SELECT count(*) FROM settle)::int AS settled,
       (SELECT coalesce(json_agg(spend), '[]'::json) FROM spend) AS budgets
  FROM (SELECT 1) one
  LEFT JOIN h ON true
  LEFT JOIN prior ON true
  LEFT JOIN cap ON true
  LEFT JOIN acct ON true`,
};

/** $1 org, $2 hold id, $3 ledger key. Releases an open hold; anything else is left as it is. */
export const RELEASE_HOLD = {
  name: 'credits-hold-release-v1',
  sql: `
WITH h AS (
  SELECT id, amount, status, reference_type, reference_id, department, project
    FROM credit_holds WHERE id = $2::uuid AND organization_id = $1::uuid FOR UPDATE
),
go AS (SELECT * FROM h WHERE h.status = 'open'),
acct AS (
  UPDATE credit_accounts a SET held = a.held - go.amount, entries = a.entries + 1, updated_at = now()
    FROM go
   WHERE a.organization_id = $1::uuid
  RETURNING a.granted, a.purchased, a.held, a.entries
),
entry AS (
  INSERT INTO credit_ledger_entries (organization_id, sequence, type, amount, granted_amount, purchased_amount, held_amount,
         balance_after, held_after, idempotency_key, reference_type, reference_id, hold_id, department, project, quantity)
  SELECT $1::uuid, acct.entries, 'release', 0, 0, 0, -go.amount, acct.granted + acct.purchased, acct.held, $3::varchar,
         go.reference_type, ${REFERENCE}, go.id, go.department, go.project, 0
    FROM acct, go
  RETURNING hold_id
),
settle AS (
  UPDATE credit_holds SET status = 'released', settled_at = now() FROM entry WHERE credit_holds.id = entry.hold_id
  RETURNING credit_holds.id
)
SELECT h.id AS hold_id, h.status, acct.granted::text AS granted, acct.purchased::text AS purchased, acct.held::text AS held,
       (SELECT count(*) FROM settle)::int AS settled
  FROM (SELECT 1) one
  LEFT JOIN h ON true
  LEFT JOIN acct ON true`,
};
