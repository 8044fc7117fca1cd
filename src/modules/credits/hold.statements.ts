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
 * $1 org, $2 hold id, $3 amount, $4 capture key, $5 operation, $6 quantity, $7 breakdown (jsonb),
 * $8 today (date), $9 this month (date).
 *
 * Captures an open hold (never more than it) or an expired one directly from the available
 * credits; counts the task for volume discounts and adds the amount to the budgets in the hold's
 * scope. One capture entry settles the whole hold: it takes the amount from the balance and
 * gives back everything the hold reserved (held_amount = −the hold), so the rest of the hold is
 * released by the same entry. Returns the hold as locked, the replayed entry (key, or the hold's
 * capture) if any, and what was written.
 */
export const CAPTURE_HOLD = {
  name: 'credits-hold-capture-v2',
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
         entries = a.entries + 1,
         day_tasks = CASE WHEN $6::int > 0 THEN (CASE WHEN a.day_start = $8::date THEN a.day_tasks ELSE 0 END) + $6::int ELSE a.day_tasks END,
         day_start = CASE WHEN $6::int > 0 THEN $8::date ELSE a.day_start END,
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
  SELECT $1::uuid, acct.entries, 'capture', -$3::bigint,
         -acct.from_granted, -($3::bigint - acct.from_granted), -acct.held_part,
         acct.granted + acct.purchased, acct.held, $4::varchar,
         go.reference_type, ${REFERENCE}, go.id, go.department, go.project, $5::varchar, $6::int, $7::jsonb
    FROM acct, go
  RETURNING id, hold_id, amount, balance_after
),
settle AS (
  UPDATE credit_holds SET status = 'captured', captured_amount = $3::bigint, capture_entry_id = cap.id, settled_at = now()
    FROM cap WHERE credit_holds.id = cap.hold_id
  RETURNING credit_holds.id
),
spend AS (
  UPDATE credit_budgets b
     SET spent = (CASE WHEN b.period_start = $9::date THEN b.spent ELSE 0 END) + $3::bigint, period_start = $9::date, updated_at = now()
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
       (SELECT count(*) FROM settle)::int AS settled,
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

/**
 * Task admission in one statement: the estimate (with today's volume tier), the hard-stop
 * budgets, the hold on the account row (conditional UPDATE, as PLACE_HOLD), the plan allowance
 * (conditional upsert of the counter, re-checked on the newest row), the hold and its ledger
 * entry, and the task row with its hold (and its file) — all or nothing for the common case. The
 * task row is what was counted: its id is unique, so no separate claim row is needed. Lock
 * order: account → plan counter (no other path locks a `tasks` counter and then an account).
 * A hard-stop budget counts what is spent and what open holds in its scope still reserve; it is
 * re-checked after the wait for the account row with a fresh snapshot (credit_hard_stop_blocks),
 * so admissions queued on one account see each other's holds. The plan pre-check reads the
 * statement's snapshot and the counter is re-checked under its row lock.
 *
 * When nothing was held, nothing was written: the caller finds out why (a refusal) and records
 * the refused task. In the rare race where the hold was placed but another request took the
 * last plan slot, the hold is placed and the task is not: the caller releases it, as before.
 *
 * $1 org, $2 task id, $3 gross estimate (before the volume discount), $4 hold ttl (s), $5 hold key,
 * $6 hold ledger key, $7 department, $8 project, $9 today (date), $10 this month (date), $11 agent,
 * $12 input (jsonb), $13 task idempotency key, $14 channel, $15 requested by, $16 file (bytea).
 */
export const ADMIT_TASK = {
  name: 'tasks-admit-v3',
  sql: `
WITH org AS (
  SELECT o.plan, p.monthly_tasks AS lim FROM organizations o JOIN plans p ON p.name = o.plan WHERE o.id = $1::uuid
),
est AS (
  SELECT $3::bigint - ($3::bigint * coalesce((
           SELECT max(t.discount_bps) FROM credit_discount_tiers t, org
            WHERE t.plan = org.plan AND t.min_tasks <= coalesce(CASE WHEN a.day_start = $9::date THEN a.day_tasks ELSE 0 END, 0) + 1), 0) + 5000) / 10000 AS amount,
         coalesce(a.granted + a.purchased - a.held, 0) AS available
    FROM (SELECT 1) one LEFT JOIN credit_accounts a ON a.organization_id = $1::uuid
),
blocked AS (
  SELECT b.id FROM credit_budgets b, est
   WHERE b.organization_id = $1::uuid AND b.hard_stop
     AND (b.department IS NULL OR b.department = $7::varchar) AND (b.project IS NULL OR b.project = $8::varchar)
     AND (CASE WHEN b.period_start = $10::date THEN b.spent ELSE 0 END)
         + credit_budget_open_holds(b.organization_id, b.department, b.project) + est.amount > b.amount_limit
),
room AS (
  SELECT org.lim > 0 AND coalesce((SELECT c.used FROM plan_usage_counters c
                                    WHERE c.organization_id = $1::uuid AND c.period_start = $10::date AND c.kind = 'tasks'), 0) < org.lim AS ok
    FROM org
),
acct AS (
  UPDATE credit_accounts a
     SET held = a.held + est.amount, entries = a.entries + 1, updated_at = now()
    FROM est
   WHERE a.organization_id = $1::uuid
     AND est.amount > 0
     AND a.granted + a.purchased - a.held >= est.amount
     AND NOT EXISTS (SELECT 1 FROM blocked)
     -- re-checked after waiting for the account row, with a fresh snapshot: the holds placed before this one count
     AND (NOT EXISTS (SELECT 1 FROM credit_budgets hs WHERE hs.organization_id = $1::uuid AND hs.hard_stop)
          OR NOT credit_hard_stop_blocks($1::uuid, $7::varchar, $8::varchar, est.amount, $10::date))
     AND EXISTS (SELECT 1 FROM room WHERE room.ok)
  RETURNING a.granted, a.purchased, a.held, a.entries, est.amount
),
counted AS (
  INSERT INTO plan_usage_counters (organization_id, period_start, kind, used)
  SELECT $1::uuid, $10::date, 'tasks', 1 FROM acct
  ON CONFLICT (organization_id, period_start, kind) DO UPDATE SET used = plan_usage_counters.used + 1
   WHERE plan_usage_counters.used < (SELECT lim FROM org)
  RETURNING used
),
placed AS (
  INSERT INTO credit_holds (organization_id, amount, expires_at, idempotency_key, reference_type, reference_id, department, project)
  SELECT $1::uuid, acct.amount, now() + make_interval(secs => $4::double precision), $5::varchar, 'task', $2::varchar, $7::varchar, $8::varchar FROM acct
  RETURNING id
),
entry AS (
  INSERT INTO credit_ledger_entries (organization_id, sequence, type, amount, granted_amount, purchased_amount, held_amount,
         balance_after, held_after, idempotency_key, reference_type, reference_id, hold_id, department, project, quantity)
  SELECT $1::uuid, acct.entries, 'hold', 0, 0, 0, acct.amount, acct.granted + acct.purchased, acct.held, $6::varchar,
         'task', $2::varchar, placed.id, $7::varchar, $8::varchar, 0
    FROM acct, placed
  RETURNING id
),
task AS (
  INSERT INTO tasks (id, organization_id, agent, status, input, department, project, idempotency_key, channel, requested_by, hold_id, held_amount)
  SELECT $2::uuid, $1::uuid, $11::varchar, 'queued', $12::jsonb, $7::varchar, $8::varchar, $13::varchar, $14::varchar, $15::varchar, placed.id::text, acct.amount
    FROM acct, placed, counted
  RETURNING id, created_at, updated_at
),
file AS (
  INSERT INTO task_inputs (task_id, organization_id, content)
  SELECT task.id, $1::uuid, $16::bytea FROM task WHERE $16::bytea IS NOT NULL
  RETURNING task_id
)
SELECT est.amount::text AS amount, est.available::text AS available, (SELECT count(*) FROM blocked)::int AS blocked,
       (SELECT ok FROM room) AS room, (SELECT count(*) FROM entry)::int AS entered,
       (SELECT count(*) FROM file)::int AS filed, placed.id AS hold_id,
       acct.granted::text AS granted, acct.purchased::text AS purchased, acct.held::text AS held,
       task.id AS task_id, task.created_at, task.updated_at
  FROM est
  LEFT JOIN acct ON true
  LEFT JOIN placed ON true
  LEFT JOIN task ON true`,
};

const FINAL = `('succeeded', 'failed', 'refused')`;

/**
 * Task completion in one statement: the task row is locked (still not final), then the hold
 * (FOR UPDATE) and the account (FOR UPDATE, newest version), the actual cost is priced with
 * the volume tier of the locked account (as the charge statement does) and capped at the hold,
 * captured by one entry that also releases the rest of the hold, the task counted, the budgets
 * in scope spent, and the task finished `succeeded` with its cost. Lock order: task → hold → account → budgets (cancel
 * locks the task and then releases the hold; nothing locks them the other way round).
 *
 * Anything else (the hold already settled or captured under the key, an expired hold without
 * the credits, a task finished by another delivery) writes nothing: the caller takes the
 * step-by-step path, which answers exactly as before.
 *
 * $1 org, $2 hold id, $3 task id, $4 gross cost (before the volume discount), $5 capture key,
 * $6 operation, $7 breakdown parts (jsonb), $8 today (date), $9 this month (date),
 * $10 output (jsonb), $11 mode, $12 input tokens, $13 output tokens, $14 when this delivery
 * started the agent (a task it never claimed, still `queued`, counts this attempt and starts then).
 */
export const COMPLETE_TASK = {
  name: 'tasks-complete-v3',
  sql: `
WITH tk AS (
  SELECT t.id FROM tasks t WHERE t.id = $3::uuid AND t.organization_id = $1::uuid AND t.status NOT IN ${FINAL} FOR UPDATE
),
h AS (
  SELECT h.id, h.amount, h.status, h.reference_type, h.reference_id, h.department, h.project, h.capture_entry_id
    FROM credit_holds h, tk WHERE h.id = $2::uuid AND h.organization_id = $1::uuid FOR UPDATE OF h
),
go AS (
  SELECT h.id, h.amount AS hold_amount, h.reference_type, h.reference_id, h.department, h.project,
         CASE WHEN h.status = 'open' THEN h.amount ELSE 0 END AS held_part
    FROM h
   WHERE h.status IN ('open', 'expired') AND h.capture_entry_id IS NULL
     AND NOT EXISTS (SELECT 1 FROM credit_ledger_entries e WHERE e.organization_id = $1::uuid AND e.idempotency_key = $5::varchar)
),
acc AS (
  SELECT a.organization_id, (CASE WHEN a.day_start = $8::date THEN a.day_tasks ELSE 0 END) + 1 AS tasks_after
    FROM credit_accounts a, go WHERE a.organization_id = $1::uuid FOR UPDATE OF a
),
tier AS (
  SELECT coalesce(max(t.discount_bps), 0)::int AS bps
    FROM acc, organizations o, credit_discount_tiers t
   WHERE o.id = $1::uuid AND t.plan = o.plan AND t.min_tasks <= acc.tasks_after
),
amt AS (
  SELECT go.*, tier.bps, c.total, LEAST(c.total, go.hold_amount) AS amount
    FROM go, acc, tier, LATERAL (SELECT $4::bigint - ($4::bigint * tier.bps + 5000) / 10000 AS total) c
),
acct AS (
  UPDATE credit_accounts a
     SET last_granted_spent = LEAST(a.granted, amt.amount),
         granted = a.granted - LEAST(a.granted, amt.amount),
         purchased = a.purchased - (amt.amount - LEAST(a.granted, amt.amount)),
         held = a.held - amt.held_part,
         entries = a.entries + 1,
         day_tasks = (CASE WHEN a.day_start = $8::date THEN a.day_tasks ELSE 0 END) + 1,
         day_start = $8::date,
         updated_at = now()
    FROM amt
   WHERE a.organization_id = $1::uuid
     AND (amt.held_part > 0 OR a.granted + a.purchased - a.held >= amt.amount)
  RETURNING a.granted, a.purchased, a.held, a.entries, a.low_balance_threshold, a.low_balance_alerted_at,
            a.last_granted_spent AS from_granted, amt.held_part, amt.amount, amt.total, amt.bps
),
cap AS (
  INSERT INTO credit_ledger_entries (organization_id, sequence, type, amount, granted_amount, purchased_amount, held_amount,
         balance_after, held_after, idempotency_key, reference_type, reference_id, hold_id, department, project, operation, quantity, breakdown)
  SELECT $1::uuid, acct.entries, 'capture', -acct.amount,
         -acct.from_granted, -(acct.amount - acct.from_granted), -acct.held_part,
         acct.granted + acct.purchased, acct.held, $5::varchar,
         go.reference_type, ${REFERENCE}, go.id, go.department, go.project, $6::varchar, 1,
         $7::jsonb || jsonb_build_object('discountBps', acct.bps, 'discount', ($4::bigint - acct.total)::text, 'total', acct.amount::text)
    FROM acct, go
  RETURNING id, hold_id, amount, balance_after
),
settle AS (
  UPDATE credit_holds SET status = 'captured', captured_amount = acct.amount, capture_entry_id = cap.id, settled_at = now()
    FROM cap, acct WHERE credit_holds.id = cap.hold_id
  RETURNING credit_holds.id
),
spend AS (
  UPDATE credit_budgets b
     SET spent = (CASE WHEN b.period_start = $9::date THEN b.spent ELSE 0 END) + acct.amount, period_start = $9::date, updated_at = now()
    FROM go, acct
   WHERE acct.amount > 0 AND b.organization_id = $1::uuid
     AND (b.department IS NULL OR b.department = go.department) AND (b.project IS NULL OR b.project = go.project)
  RETURNING b.id, b.name, (b.spent - acct.amount)::text AS spent_before, b.spent::text AS spent_after, b.amount_limit::text AS amount_limit
),
done AS (
  UPDATE tasks t
     SET status = 'succeeded', output = $10::jsonb, mode = $11::varchar, input_tokens = $12::int, output_tokens = $13::int,
         cost = acct.amount, finished_at = now(), updated_at = now(),
         attempts = t.attempts + CASE WHEN t.status = 'queued' THEN 1 ELSE 0 END, started_at = COALESCE(t.started_at, $14::timestamptz, now()),
         cost_breakdown = $7::jsonb || jsonb_build_object('discountPercent', acct.bps::float8 / 100, 'discount', ($4::bigint - acct.total)::text, 'total', acct.amount::text)
                          || CASE WHEN acct.amount < acct.total THEN '{"cappedAtHold": true}'::jsonb ELSE '{}'::jsonb END
    FROM acct, cap, tk
   WHERE t.id = tk.id
  RETURNING t.*
)
SELECT cap.id AS entry_id, acct.granted::text AS acct_granted, acct.purchased::text AS acct_purchased, acct.held::text AS acct_held,
       acct.low_balance_threshold::text AS low_balance_threshold, acct.low_balance_alerted_at,
       (SELECT count(*) FROM settle)::int AS settled,
       (SELECT coalesce(json_agg(spend), '[]'::json) FROM spend) AS budgets, done.*
  FROM cap, acct, done`,
};

/**
 * Waiting admissions of any organizations in one statement: per organization one account
 * update for the sum, one counter update, N holds and task rows, and one hold ledger entry per
 * scope (department, project) for the sum of its holds (its description says how many tasks;
 * each task's hold is its credit_holds row, which its capture or release entry names). Only the
 * plain organizations are written: text tasks (no file), every estimate > 0, no hard-stop
 * budget at all (each admission there must see the holds before it: ADMIT_TASK), the plan
 * allowance has room for all of that organization's rows and the
 * available credits cover their sum. Admission does not count tasks, so the volume tier is one
 * per organization. The rows of the other organizations come back without a hold (nothing
 * written for them) and the caller admits them one by one with ADMIT_TASK, in order, which gives
 * each its own answer. The hold entries take consecutive sequence numbers in the order of each
 * scope's first row, each with its own held_after. (One entry per task cost a ledger row, with
 * its five index entries, per task: 6.5 → 4.5 ms for 100 admissions.)
 *
 * Every per-row CTE reads the rows (`est`, whose hold ids are drawn up front) joined only to
 * per-organization CTEs: no join of two row-sized CTEs, which the planner runs as a nested loop
 * (it cannot estimate their sizes) and which made the statement's cost grow with the square of
 * the batch (63 rows: 7.9 ms before, 3.8 ms now).
 *
 * Locks: the accounts in organization order, then the plan counters (the order of ADMIT_TASK).
 * If another process took a plan allowance after this statement's snapshot, a counter upsert
 * returns nothing and `plan_guard` divides by zero: the whole statement rolls back (22012) and
 * the caller goes row by row. A task idempotency key already used (or used twice in the batch)
 * fails a unique index (23505), and a deadlock with another process fails it (40P01): the same.
 *
 * $1 rows (jsonb array of {org, id, gross, department, project, agent, input, key, channel,
 * requestedBy}), $2 hold ttl (s), $3 today (date), $4 this month (date).
 */
export const ADMIT_TASKS = {
  name: 'tasks-admit-batch-v6',
  sql: `
WITH r AS (
  SELECT x.ord::int AS ord, (x.doc->>'org')::uuid AS org, (x.doc->>'id')::uuid AS id, (x.doc->>'gross')::bigint AS gross,
         x.doc->>'department' AS department, x.doc->>'project' AS project, x.doc->>'agent' AS agent, x.doc->'input' AS input,
         x.doc->>'key' AS idem, x.doc->>'channel' AS channel, x.doc->>'requestedBy' AS requested_by
    FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(doc, ord)
),
orgs AS (
  SELECT o.id AS org, o.plan, p.monthly_tasks AS lim,
         coalesce((SELECT CASE WHEN a.day_start = $3::date THEN a.day_tasks ELSE 0 END FROM credit_accounts a WHERE a.organization_id = o.id), 0) AS day_tasks
    FROM organizations o JOIN plans p ON p.name = o.plan WHERE o.id IN (SELECT org FROM r)
),
tier AS MATERIALIZED (
  SELECT orgs.org, coalesce((SELECT max(t.discount_bps) FROM credit_discount_tiers t WHERE t.plan = orgs.plan AND t.min_tasks <= orgs.day_tasks + 1), 0) AS bps
    FROM orgs
),
est AS (
  SELECT r.*, r.gross - (r.gross * tier.bps + 5000) / 10000 AS amount, gen_random_uuid() AS hold_id FROM r JOIN tier ON tier.org = r.org
),
scope AS MATERIALIZED (
  SELECT est.org, est.department, est.project, min(est.ord) AS first_ord, count(*)::int AS n, sum(est.amount) AS amount,
         (array_agg(est.id ORDER BY est.ord))[1] AS first_id
    FROM est GROUP BY est.org, est.department, est.project
),
tot AS (
  SELECT est.org, count(*)::int AS n, sum(est.amount) AS amount, (SELECT count(*)::int FROM scope WHERE scope.org = est.org) AS scopes
    FROM est GROUP BY est.org HAVING bool_and(est.amount > 0)
),
ok AS (
  SELECT tot.* FROM tot JOIN orgs ON orgs.org = tot.org
   WHERE orgs.lim > 0
     AND coalesce((SELECT c.used FROM plan_usage_counters c WHERE c.organization_id = tot.org AND c.period_start = $4::date AND c.kind = 'tasks'), 0) + tot.n <= orgs.lim
     -- a hard-stop budget counts the holds placed before each admission: those go one by one (ADMIT_TASK)
     AND NOT EXISTS (SELECT 1 FROM credit_budgets b WHERE b.organization_id = tot.org AND b.hard_stop)
),
locked AS (
  SELECT a.organization_id FROM credit_accounts a WHERE a.organization_id IN (SELECT org FROM ok) ORDER BY a.organization_id FOR UPDATE
),
acct AS (
  UPDATE credit_accounts a
     SET held = a.held + ok.amount, entries = a.entries + ok.scopes, updated_at = now()
    FROM ok
   WHERE a.organization_id = ok.org AND a.organization_id IN (SELECT organization_id FROM locked)
     AND a.granted + a.purchased - a.held >= ok.amount
  RETURNING a.organization_id AS org, a.granted, a.purchased, a.held, a.entries, ok.n, ok.scopes, ok.amount AS total
),
counted AS (
  INSERT INTO plan_usage_counters (organization_id, period_start, kind, used)
  SELECT acct.org, $4::date, 'tasks', acct.n FROM acct ORDER BY acct.org
  ON CONFLICT (organization_id, period_start, kind) DO UPDATE SET used = plan_usage_counters.used + excluded.used
   WHERE plan_usage_counters.used + excluded.used <= (SELECT orgs.lim FROM orgs WHERE orgs.org = plan_usage_counters.organization_id)
  RETURNING organization_id AS org
),
placed AS (
  INSERT INTO credit_holds (id, organization_id, amount, expires_at, idempotency_key, reference_type, reference_id, department, project)
  SELECT est.hold_id, est.org, est.amount, now() + make_interval(secs => $2::double precision), 'hold-task-' || est.id::text, 'task', est.id::text, est.department, est.project
    FROM est JOIN acct ON acct.org = est.org
  RETURNING id
),
entry AS (
  INSERT INTO credit_ledger_entries (organization_id, sequence, type, amount, granted_amount, purchased_amount, held_amount,
         balance_after, held_after, idempotency_key, reference_type, reference_id, hold_id, department, project, quantity, description)
  SELECT g.org, acct.entries - acct.scopes + g.seq, 'hold', 0, 0, 0, g.amount,
         acct.granted + acct.purchased, acct.held - acct.total + g.cum,
         'hold:tasks-' || g.first_id::text, NULL, NULL, NULL, g.department, g.project, 0,
         CASE WHEN g.n = 1 THEN 'hold for 1 task' ELSE 'holds for ' || g.n || ' tasks' END
    FROM (SELECT scope.*, row_number() OVER w AS seq, sum(scope.amount) OVER w AS cum
            FROM scope WINDOW w AS (PARTITION BY scope.org ORDER BY scope.first_ord)) g
    JOIN acct ON acct.org = g.org
  RETURNING id
),
task AS (
  INSERT INTO tasks (id, organization_id, agent, status, input, department, project, idempotency_key, channel, requested_by, hold_id, held_amount)
  SELECT est.id, est.org, est.agent, 'queued', est.input, est.department, est.project, est.idem, est.channel, est.requested_by, est.hold_id::text, est.amount
    FROM est JOIN acct ON acct.org = est.org JOIN counted ON counted.org = est.org
  RETURNING id
)
SELECT est.id, est.org, est.amount::text AS amount, CASE WHEN acct.org IS NOT NULL THEN est.hold_id END AS hold_id,
       -- the task row's defaults (created_at, updated_at: now(), the statement's start)
       CASE WHEN counted.org IS NOT NULL THEN now() END AS created_at, CASE WHEN counted.org IS NOT NULL THEN now() END AS updated_at,
       acct.granted::text AS granted, acct.purchased::text AS purchased, acct.held::text AS held,
       (SELECT count(*) FROM entry)::int AS entered,
       (SELECT 1 / (CASE WHEN (SELECT count(*) FROM acct) = (SELECT count(*) FROM counted) THEN 1 ELSE 0 END)) AS plan_guard
  FROM est
  LEFT JOIN acct ON acct.org = est.org
  LEFT JOIN counted ON counted.org = est.org AND acct.org IS NOT NULL
 ORDER BY est.ord`,
};

/**
 * Waiting completions of any organizations in one statement, written only for the plain
 * organizations: every task of theirs in the batch still not final, every hold open and not
 * captured, no task or hold twice. An open hold has no capture; a capture key used all
 * the same (another hold's) fails the ledger's unique index: the statement rolls back (23505)
 * and every row goes one by one, where COMPLETE_TASK and the step-by-step path answer it. The rows of the others come back
 * without an entry (nothing written for them) and the caller settles them one by one
 * (COMPLETE_TASK). Locks as COMPLETE_TASK, each kind in id order: tasks → holds → accounts →
 * budgets. Tasks and holds are locked row by row through their primary keys (LATERAL), each
 * carrying its row on, and the capture entries' ids are drawn up front, so no two row-sized
 * CTEs are ever joined (a nested loop the planner picks blind: the cost grew with the square of
 * the batch; 64 rows: 14.9 ms before, 7.5 ms now).
 *
 * Per row, in each organization's order, exactly what COMPLETE_TASK does: the volume tier of the
 * task count after this row (the day's count + the row's number: the tier can change inside the
 * batch), the cost capped at the hold, the capture taken from granted credits first, one capture
 * entry that also releases the rest of the hold, consecutive sequence numbers with each entry's balance_after and held_after,
 * the task finished with its cost. One account update per organization for the sums; each
 * budget in scope spent by the sum of its rows.
 *
 * The per-row split comes from the account as locked (`acc`, the newest version); the UPDATE
 * re-reads that same version (EvalPlanQual), so the two agree — `account_guard` divides by zero
 * (22012, the whole statement rolls back) if they ever did not. (A WHERE comparing the two would
 * not do: the UPDATE's scan may compare its snapshot version before the re-read, and skip.)
 *
 * $1 rows (jsonb array of {org, taskId, holdId, gross, key, operation, parts, output,
 * mode, inputTokens, outputTokens, startedAt}), $2 today (date), $3 this month (date).
 */
export const COMPLETE_TASKS = {
  name: 'tasks-complete-batch-v10',
  sql: `
WITH r AS (
  SELECT x.ord::int AS ord, (x.doc->>'org')::uuid AS org, (x.doc->>'taskId')::uuid AS task_id, (x.doc->>'holdId')::uuid AS hold_id,
         (x.doc->>'gross')::bigint AS gross, x.doc->>'key' AS capture_key, x.doc->>'operation' AS operation,
         x.doc->'parts' AS parts, CASE WHEN jsonb_typeof(x.doc->'output') = 'null' THEN NULL ELSE x.doc->'output' END AS output,
         x.doc->>'mode' AS mode, (x.doc->>'inputTokens')::int AS input_tokens, (x.doc->>'outputTokens')::int AS output_tokens,
         (x.doc->>'startedAt')::timestamptz AS started_at
    FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(doc, ord)
),
tk AS MATERIALIZED (
  SELECT r.*, t.id AS locked_task
    FROM (SELECT * FROM r ORDER BY r.task_id) r
    LEFT JOIN LATERAL (SELECT t.id FROM tasks t WHERE t.id = r.task_id AND t.organization_id = r.org AND t.status NOT IN ${FINAL} FOR UPDATE) t ON true
),
h AS MATERIALIZED (
  SELECT tk.*, h.amount AS hold_amount, h.status AS hold_status, h.reference_type, h.reference_id, h.department, h.project, h.capture_entry_id
    FROM (SELECT * FROM tk WHERE tk.locked_task IS NOT NULL ORDER BY tk.hold_id) tk
    JOIN LATERAL (SELECT h.* FROM credit_holds h WHERE h.id = tk.hold_id AND h.organization_id = tk.org FOR UPDATE) h ON true
),
go AS (
  SELECT h.* FROM h WHERE h.hold_status = 'open' AND h.capture_entry_id IS NULL
),
plain AS (
  SELECT a.org
    FROM (SELECT r.org, count(*) AS n, count(DISTINCT r.task_id) AS tasks, count(DISTINCT r.hold_id) AS holds FROM r GROUP BY r.org) a
    JOIN (SELECT go.org, count(*) AS n FROM go GROUP BY go.org) g ON g.org = a.org
   WHERE g.n = a.n AND a.tasks = a.n AND a.holds = a.n
),
acc AS (
  SELECT a.organization_id AS org, a.granted, a.purchased, a.held, a.entries, CASE WHEN a.day_start = $2::date THEN a.day_tasks ELSE 0 END AS day_tasks
    FROM credit_accounts a WHERE a.organization_id IN (SELECT org FROM plain)
   ORDER BY a.organization_id FOR UPDATE OF a
),
ranked AS (
  SELECT go.*, row_number() OVER (PARTITION BY go.org ORDER BY go.ord) AS org_ord FROM go WHERE go.org IN (SELECT org FROM acc)
),
amt AS (
  SELECT ranked.*, tier.bps, c.total, LEAST(c.total, ranked.hold_amount) AS amount
    FROM ranked JOIN acc ON acc.org = ranked.org,
         LATERAL (SELECT coalesce(max(t.discount_bps), 0)::int AS bps FROM organizations o, credit_discount_tiers t
                   WHERE o.id = ranked.org AND t.plan = o.plan AND t.min_tasks <= acc.day_tasks + ranked.org_ord) tier,
         LATERAL (SELECT ranked.gross - (ranked.gross * tier.bps + 5000) / 10000 AS total) c
),
run AS (
  SELECT amt.*, sum(amt.amount) OVER w AS cum, sum(amt.hold_amount) OVER w AS held_cum, row_number() OVER w AS seq_cum
    FROM amt WINDOW w AS (PARTITION BY amt.org ORDER BY amt.ord)
),
row_split AS (
  SELECT run.*, gen_random_uuid() AS entry_id, LEAST(acc.granted, run.cum) - LEAST(acc.granted, run.cum - run.amount) AS from_granted FROM run JOIN acc ON acc.org = run.org
),
tot AS (
  SELECT amt.org, count(*)::int AS n, sum(amt.amount) AS amount, sum(amt.hold_amount) AS held, count(*)::int AS entries
    FROM amt GROUP BY amt.org
),
acct AS (
  UPDATE credit_accounts a
     SET granted = a.granted - LEAST(a.granted, tot.amount),
         purchased = a.purchased - (tot.amount - LEAST(a.granted, tot.amount)),
         held = a.held - tot.held,
         entries = a.entries + tot.entries,
         day_tasks = acc.day_tasks + tot.n,
         day_start = $2::date,
         updated_at = now()
    FROM tot JOIN acc ON acc.org = tot.org
   WHERE a.organization_id = tot.org
  RETURNING a.organization_id AS org, a.granted, a.purchased, a.held, a.entries, a.low_balance_threshold, a.low_balance_alerted_at,
            tot.amount AS total, tot.held AS total_held, tot.entries AS total_entries,
            a.entries - tot.entries = acc.entries AND a.granted + LEAST(acc.granted, tot.amount) = acc.granted AS consistent
),
cap AS (
  INSERT INTO credit_ledger_entries (id, organization_id, sequence, type, amount, granted_amount, purchased_amount, held_amount,
         balance_after, held_after, idempotency_key, reference_type, reference_id, hold_id, department, project, operation, quantity, breakdown)
  SELECT s.entry_id, s.org, acct.entries - acct.total_entries + s.seq_cum, 'capture', -s.amount,
         -s.from_granted, -(s.amount - s.from_granted), -s.hold_amount,
         acct.granted + acct.purchased + acct.total - s.cum, acct.held + acct.total_held - s.held_cum, s.capture_key,
         s.reference_type, CASE WHEN s.reference_type IS NULL THEN NULL ELSE coalesce(s.reference_id, '') END, s.hold_id, s.department, s.project,
         s.operation, 1, s.parts || jsonb_build_object('discountBps', s.bps, 'discount', (s.gross - s.total)::text, 'total', s.amount::text)
    FROM row_split s JOIN acct ON acct.org = s.org
),
settle AS (
  UPDATE credit_holds SET status = 'captured', captured_amount = s.amount, capture_entry_id = s.entry_id, settled_at = now()
    FROM row_split s JOIN acct ON acct.org = s.org WHERE credit_holds.id = s.hold_id
  RETURNING credit_holds.id
),
spend AS (
  UPDATE credit_budgets b
     SET spent = (CASE WHEN b.period_start = $3::date THEN b.spent ELSE 0 END) + x.amount, period_start = $3::date, updated_at = now()
    FROM (SELECT b2.id, sum(s.amount) AS amount FROM credit_budgets b2 JOIN row_split s ON b2.organization_id = s.org
           WHERE (b2.department IS NULL OR b2.department = s.department) AND (b2.project IS NULL OR b2.project = s.project)
             AND s.org IN (SELECT org FROM acct)
           GROUP BY b2.id) x
   WHERE b.id = x.id AND x.amount > 0
  RETURNING b.organization_id AS org, b.id, b.name, (b.spent - x.amount)::text AS spent_before, b.spent::text AS spent_after, b.amount_limit::text AS amount_limit
),
done AS (
  UPDATE tasks t
     SET status = 'succeeded', output = s.output, mode = s.mode, input_tokens = s.input_tokens, output_tokens = s.output_tokens,
         cost = s.amount, finished_at = now(), updated_at = now(),
         attempts = t.attempts + CASE WHEN t.status = 'queued' THEN 1 ELSE 0 END, started_at = COALESCE(t.started_at, s.started_at, now()),
         cost_breakdown = s.parts || jsonb_build_object('discountPercent', s.bps::float8 / 100, 'discount', (s.gross - s.total)::text, 'total', s.amount::text)
                          || CASE WHEN s.amount < s.total THEN '{"cappedAtHold": true}'::jsonb ELSE '{}'::jsonb END
    FROM row_split s JOIN acct ON acct.org = s.org
   WHERE t.id = s.task_id
  RETURNING t.*, s.entry_id
)
SELECT acct.granted::text AS acct_granted, acct.purchased::text AS acct_purchased, acct.held::text AS acct_held,
       acct.low_balance_threshold::text AS low_balance_threshold, acct.low_balance_alerted_at,
       (SELECT count(*) FROM settle)::int AS settled, coalesce(spent.budgets, '[]'::json) AS budgets,
       1 / (CASE WHEN acct.consistent THEN 1 ELSE 0 END) AS account_guard, done.*
  FROM done JOIN acct ON acct.org = done.organization_id
  LEFT JOIN (SELECT spend.org, json_agg(spend) AS budgets FROM spend GROUP BY spend.org) spent ON spent.org = acct.org`,
};
