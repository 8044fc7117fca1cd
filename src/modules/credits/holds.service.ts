import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { DatabaseError, type Pool, type PoolClient } from 'pg';
import { EntityManager } from 'typeorm';
import { DomainError, NotFoundError, ValidationFailedError } from '../../common/domain-error';
import { formatCredits } from '../../common/money';
import { AppConfig } from '../../config/app-config';
import { actorOf, type Principal } from '../auth/principal';
import { storeBreakdown } from './breakdown';
import { spendOutcomeOf, type BudgetSpend } from './charge.statement';
import { CreditAlertsService } from './credit-alerts.service';
import { AccountRow, CostBreakdown, EntryRow, Reference, splitDebit, utcDay, utcMonth } from './credits.types';
import { ADMIT_TASK, ADMIT_TASKS, CAPTURE_HOLD, COMPLETE_TASK, COMPLETE_TASKS, PLACE_HOLD, RELEASE_HOLD } from './hold.statements';
import { isUniqueViolation, LedgerRepository, returningRows } from './ledger.repository';
import { StatementLanes, type Turn } from './statement-lanes';

export interface PlaceHoldInput {
  organizationId: string;
  amount: bigint;
  idempotencyKey: string;
  reference: Reference;
  department?: string | null;
  project?: string | null;
  actor?: Principal | null;
  ttlSeconds?: number;
}

export interface CaptureHoldInput {
  organizationId: string;
  holdId: string;
  amount: bigint;
  breakdown: CostBreakdown;
  idempotencyKey: string;
}

interface HoldRow {
  id: string;
  amount: bigint;
  status: 'open' | 'captured' | 'released' | 'expired';
  expiresAt: Date;
  referenceType: string | null;
  referenceId: string | null;
  department: string | null;
  project: string | null;
  captureEntryId: string | null;
}

/** A task to admit with its hold (ADMIT_TASK): the row as it will be stored. */
export interface TaskAdmission {
  organizationId: string;
  taskId: string;
  /** the estimate before today's volume discount (the statement applies it) */
  gross: bigint;
  agent: string;
  input: Record<string, unknown>;
  department: string | null;
  project: string | null;
  idempotencyKey: string | null;
  channel: string;
  requestedBy: string | null;
  file: Buffer | null;
  /** ledger key of the compensating release when the plan slot was lost to a race */
  releaseKey: string;
}

export type AdmissionOutcome =
  | { kind: 'admitted'; holdId: string; amount: bigint; createdAt: Date; updatedAt: Date }
  /** nothing is held or counted; the fields say what the statement saw */
  | { kind: 'refused'; amount: bigint; available: bigint; blocked: boolean; room: boolean | null; lostPlanRace: boolean };

/** A succeeded task to settle (COMPLETE_TASK). */
export interface TaskCompletion {
  organizationId: string;
  taskId: string;
  holdId: string;
  /** the actual cost before today's volume discount, and its parts as stored */
  gross: bigint;
  parts: { operation: string; quantity: number; base: bigint; inputTokens: number; outputTokens: number; inputTokenCost: bigint; outputTokenCost: bigint };
  idempotencyKey: string;
  output: unknown;
  mode: string;
  inputTokens: number;
  outputTokens: number;
  /** when the agent started; a task never claimed (still queued) starts then and counts the attempt */
  startedAt: Date;
}

export function insufficientForHold(amount: bigint, available: bigint): DomainError {
  return new DomainError('insufficient_credits', `Not enough credits: this needs ${formatCredits(amount)} and ${formatCredits(available)} are available.`, {
    available: formatCredits(available),
    cost: formatCredits(amount),
  });
}

/** SQL-level names of the batched statements on the lane's connection (onLane), prepared once per connection. */
const laneName = (statement: { name: string }) => `steward_lane_${statement.name.replace(/-/g, '_')}`;
const LANE_ADMIT = laneName(ADMIT_TASKS);
const LANE_COMPLETE = laneName(COMPLETE_TASKS);

/** A broken connection also fails the next query on it; that query's caller drops it. */
function onLaneClientError() {}

/** Connections with the lane's statements prepared (a connection keeps them when it goes back to the pool). */
const laneReady = new WeakSet<PoolClient>();

/** A string as an SQL literal: dollar-quoted (no escaping pass over large JSON) unless the text holds the tag. */
function sqlLiteral(client: PoolClient, value: string): string {
  return value.includes('$steward$') ? client.escapeLiteral(value) : `$steward$${value}$steward$`;
}

const HOLD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const HOLD_COLUMNS = `id, amount::text, status, expires_at, reference_type, reference_id, department, project, capture_entry_id`;

function toHold(row: Record<string, any>): HoldRow {
  return {
    id: row.id,
    amount: BigInt(row.amount),
    status: row.status,
    expiresAt: new Date(row.expires_at),
    referenceType: row.reference_type,
    referenceId: row.reference_id,
    department: row.department,
    project: row.project,
    captureEntryId: row.capture_entry_id,
  };
}

/**
 * Reserve credits before work, capture the actual cost after (never more than the hold; the
 * capture entry gives back the whole hold, so the rest is released by the same entry), or
 * release. Lock order: hold → account → budgets.
 */
@Injectable()
export class HoldsService implements OnModuleDestroy {
  private readonly logger = new Logger('Holds');

  constructor(
    private readonly ledger: LedgerRepository,
    private readonly alerts: CreditAlertsService,
    private readonly config: AppConfig,
  ) {
    const pool = ledger.pool;
    this.lanes = new StatementLanes(
      pool
        ? {
            admit: async (batch) => (await this.onLane(pool, batch, []))[0],
            complete: async (batch) => (await this.onLane(pool, [], batch))[1],
            cycle: (admit, complete) => this.onLane(pool, admit, complete),
          }
        : { admit: (batch) => this.admitBatch(batch), complete: (batch) => this.completeBatch(batch) },
      this.logger,
    );
  }

  /**
   * One statement (hold.statements.ts) in the common case: placed, or the first hold for this
   * key. A refusal, or a concurrent replay that rolled the statement back, takes the
   * transactional path below, which gives the exact answer.
   */
  async place(input: PlaceHoldInput): Promise<{ holdId: string; amount: bigint; expiresAt: Date }> {
    if (input.amount <= 0n) throw new ValidationFailedError('A hold must be for more than zero credits.');
    const ttl = input.ttlSeconds ?? this.config.holdTtlSeconds;
    const actor = input.actor ? actorOf(input.actor) : null;
    let rows: any[];
    try {
      rows = await this.ledger.hot(PLACE_HOLD.name, PLACE_HOLD.sql, [
        input.organizationId,
        input.amount.toString(),
        ttl,
        input.idempotencyKey,
        input.reference.type,
        input.reference.id,
        input.department ?? null,
        input.project ?? null,
        actor?.actorType ?? null,
        actor?.actorId ?? null,
        `hold:${input.idempotencyKey}`,
      ]);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return this.placeInTransaction(input, ttl);
    }
    const row = rows[0];
    if (!row) return this.placeInTransaction(input, ttl);
    if (row.placed) this.alerts.changed(input.organizationId, { granted: BigInt(row.granted), purchased: BigInt(row.purchased), held: BigInt(row.held) });
    return { holdId: row.id, amount: BigInt(row.amount), expiresAt: new Date(row.expires_at) };
  }

  /** Admissions and completions waiting together run as one statement, or both kinds in one transaction (statement-lanes.ts). */
  private readonly lanes: StatementLanes;

  /** How many batched statements served several callers, and how many rows of them went one by one (tests read these). */
  get batches() {
    return this.lanes.batches;
  }

  private async admitBatch(batch: Turn[]): Promise<Map<Turn, any>> {
    const rows = await this.ledger.hot(ADMIT_TASKS.name, ADMIT_TASKS.sql, [JSON.stringify(batch.map((turn) => turn.doc)), this.config.holdTtlSeconds, utcDay(), utcMonth()]);
    return this.admitted(batch, rows);
  }

  /**
   * The batched statements on PostgreSQL: SQL EXECUTEs (prepared once per connection) in one
   * query, so admissions and completions waiting together run in one transaction and one round
   * trip, with one commit. The lane keeps one connection for its statements (they never
   * overlap), so a statement never waits for the pool, and runs with the plans its connection
   * keeps; a connection that failed is dropped and the next statement takes a new one, and the
   * connection goes back whenever others wait for the pool (a pool of one: after each statement).
   */
  private async onLane(pool: Pool, admit: Turn[], complete: Turn[]): Promise<[Map<Turn, any>, Map<Turn, any>]> {
    const client = await (this.laneClient ??= this.connectLaneClient(pool));
    const [day, month] = [sqlLiteral(client, utcDay()), sqlLiteral(client, utcMonth())];
    const statements: string[] = [];
    if (admit.length) {
      const docs = sqlLiteral(client, JSON.stringify(admit.map((turn) => turn.doc)));
      statements.push(`EXECUTE ${LANE_ADMIT}(${docs}, ${Number(this.config.holdTtlSeconds)}, ${day}, ${month})`);
    }
    if (complete.length) statements.push(`EXECUTE ${LANE_COMPLETE}(${sqlLiteral(client, JSON.stringify(complete.map((turn) => turn.doc)))}, ${day}, ${month})`);
    let results: { rows: any[] }[];
    try {
      // one statement answers with its result, several with a list of them
      const answer = (await client.query(statements.join('; '))) as unknown as { rows: any[] } | { rows: any[] }[];
      results = Array.isArray(answer) ? answer : [answer];
    } catch (error) {
      // a statement's own error (a used key, a deadlock) leaves the connection as good as before
      if (!(error instanceof DatabaseError)) this.releaseLaneClient(client, error as Error);
      throw error;
    }
    // the pool gets the connection back while others wait for one; a pool of one always: the
    // statements a lane runs alone (and everything else) need it too
    if (pool.waitingCount > 0 || pool.options.max < 2) this.releaseLaneClient(client);
    const admitted = admit.length ? this.admitted(admit, results[0].rows) : new Map<Turn, any>();
    const completed = complete.length ? this.completed(complete, results[results.length - 1].rows) : new Map<Turn, any>();
    return [admitted, completed];
  }

  private laneClient: Promise<PoolClient> | null = null;

  private async connectLaneClient(pool: Pool): Promise<PoolClient> {
    try {
      const client = await pool.connect();
      try {
        if (!laneReady.has(client)) {
          await client.query(`PREPARE ${LANE_ADMIT} AS ${ADMIT_TASKS.sql}; PREPARE ${LANE_COMPLETE} AS ${COMPLETE_TASKS.sql}`);
          laneReady.add(client);
        }
      } catch (error) {
        client.release(error as Error);
        throw error;
      }
      // an idle connection that breaks is noticed by the next statement on it (and dropped there)
      client.on('error', onLaneClientError);
      return client;
    } catch (error) {
      this.laneClient = null;
      throw error;
    }
  }

  /** Back to the pool (`error`: closed instead, it failed); the next statement takes a connection again. */
  private releaseLaneClient(client: PoolClient, error?: Error) {
    this.laneClient = null;
    client.off('error', onLaneClientError);
    try {
      client.release(error);
    } catch {
      // released already
    }
  }

  /** Gives the lane's connection back to the pool before the pool is closed. */
  async onModuleDestroy() {
    const pending = this.laneClient;
    this.laneClient = null;
    const client = await pending?.catch(() => null);
    if (client) this.releaseLaneClient(client);
  }

  private admitted(batch: Turn[], rows: any[]): Map<Turn, any> {
    if (rows.some((row) => row.hold_id && !row.created_at)) throw new Error('a batched admission held credits without admitting its task');
    const byTask = new Map(rows.filter((row) => row.created_at).map((row) => [row.id as string, row]));
    const lastOfOrg = new Map(rows.filter((row) => row.created_at).map((row) => [row.org as string, row]));
    for (const [organizationId, row] of lastOfOrg) this.alerts.changed(organizationId, { granted: BigInt(row.granted), purchased: BigInt(row.purchased), held: BigInt(row.held) });
    const written = new Map<Turn, any>();
    for (const turn of batch) {
      const row = byTask.get(turn.doc!.id as string);
      if (row) written.set(turn, { ...row, task_id: row.id, published: true });
    }
    return written;
  }

  private async completeBatch(batch: Turn[]): Promise<Map<Turn, any>> {
    const docs = batch.map((turn) => turn.doc!);
    const rows = await this.ledger.hot(COMPLETE_TASKS.name, COMPLETE_TASKS.sql, [
      JSON.stringify(docs),
      utcDay(),
      utcMonth(),
    ]);
    return this.completed(batch, rows);
  }

  private completed(batch: Turn[], rows: any[]): Map<Turn, any> {
    const byTask = new Map(rows.map((row) => [row.id as string, row]));
    const firstOfOrg = new Map<string, any>();
    for (const row of rows) if (!firstOfOrg.has(row.organization_id)) firstOfOrg.set(row.organization_id, row);
    for (const [organizationId, row] of firstOfOrg) this.afterSpend(organizationId, row);
    const written = new Map<Turn, any>();
    for (const turn of batch) {
      const row = byTask.get(turn.doc!.taskId as string);
      if (row) written.set(turn, { ...row, alerted: true });
    }
    return written;
  }

  /** Balance event, budget thresholds and low balance after a completion statement (one per statement). */
  private afterSpend(organizationId: string, row: Record<string, any>) {
    const { account, budgets } = spendOutcomeOf(row, 'acct_');
    void this.alerts.afterSpend(organizationId, account, budgets);
  }

  /**
   * Admits a task in one statement (ADMIT_TASK): estimate, budgets, hold, plan allowance, task
   * row. A refusal writes nothing and reports what the statement saw; the caller names it.
   */
  async admitTask(input: TaskAdmission): Promise<AdmissionOutcome> {
    const params = [
      input.organizationId,
      input.taskId,
      input.gross.toString(),
      this.config.holdTtlSeconds,
      `hold-task-${input.taskId}`,
      `hold:hold-task-${input.taskId}`,
      input.department,
      input.project,
      utcDay(),
      utcMonth(),
      input.agent,
      JSON.stringify(input.input),
      input.idempotencyKey,
      input.channel,
      input.requestedBy,
      input.file,
    ];
    // a file rides only in the single statement
    const doc = input.file
      ? null
      : {
          org: input.organizationId,
          id: input.taskId,
          gross: input.gross.toString(),
          department: input.department,
          project: input.project,
          agent: input.agent,
          input: input.input,
          key: input.idempotencyKey,
          channel: input.channel,
          requestedBy: input.requestedBy,
        };
    const [row] = await this.lanes.inTurn(input.organizationId, { kind: 'admit', doc, single: () => this.ledger.hot(ADMIT_TASK.name, ADMIT_TASK.sql, params) });
    const amount = BigInt(row.amount);
    if (row.hold_id && !row.published) this.alerts.changed(input.organizationId, { granted: BigInt(row.granted), purchased: BigInt(row.purchased), held: BigInt(row.held) });
    if (row.task_id) return { kind: 'admitted', holdId: row.hold_id, amount, createdAt: new Date(row.created_at), updatedAt: new Date(row.updated_at) };
    // held, but another request took the last plan slot after this statement's snapshot: give it back
    if (row.hold_id) await this.release({ organizationId: input.organizationId, holdId: row.hold_id, idempotencyKey: input.releaseKey });
    return { kind: 'refused', amount, available: BigInt(row.available), blocked: row.blocked > 0, room: row.room, lostPlanRace: Boolean(row.hold_id) };
  }

  /**
   * Captures a succeeded task's hold and finishes the task in one statement (COMPLETE_TASK).
   * Returns the finished task row, or null when the statement could not settle it alone (the
   * caller then takes the step-by-step path: capture() and its own update).
   */
  async completeTask(input: TaskCompletion): Promise<Record<string, any> | null> {
    if (!HOLD_ID.test(input.holdId)) return null;
    const p = input.parts;
    const parts = {
      operation: p.operation,
      quantity: p.quantity,
      base: p.base.toString(),
      inputTokens: p.inputTokens,
      outputTokens: p.outputTokens,
      inputTokenCost: p.inputTokenCost.toString(),
      outputTokenCost: p.outputTokenCost.toString(),
    };
    let rows: any[];
    try {
      const params = [
        input.organizationId,
        input.holdId,
        input.taskId,
        input.gross.toString(),
        `capture:${input.idempotencyKey}`,
        p.operation || null,
        JSON.stringify(parts),
        utcDay(),
        utcMonth(),
        input.output === undefined || input.output === null ? null : JSON.stringify(input.output),
        input.mode,
        input.inputTokens,
        input.outputTokens,
        input.startedAt,
      ];
      const doc = {
        org: input.organizationId,
        taskId: input.taskId,
        holdId: input.holdId,
        gross: input.gross.toString(),
        key: `capture:${input.idempotencyKey}`,
        operation: p.operation || null,
        parts,
        output: input.output === undefined ? null : input.output,
        mode: input.mode,
        inputTokens: input.inputTokens,
        outputTokens: input.outputTokens,
        startedAt: input.startedAt.toISOString(),
      };
      rows = await this.lanes.inTurn(input.organizationId, { kind: 'complete', doc, single: () => this.ledger.hot(COMPLETE_TASK.name, COMPLETE_TASK.sql, params) });
    } catch (error) {
      // a concurrent capture under the same key rolled this statement back
      if (isUniqueViolation(error)) return null;
      throw error;
    }
    const row = rows[0];
    if (!row) return null;
    if (!row.alerted) this.afterSpend(input.organizationId, row);
    return row;
  }

  /** The transactional path: account locked, then the same rules step by step. */
  private async placeInTransaction(input: PlaceHoldInput, ttl: number): Promise<{ holdId: string; amount: bigint; expiresAt: Date }> {
    const result = await this.ledger.db.transaction(async (tx) => {
      const account = await this.ledger.lockAccount(tx, input.organizationId);
      const existing = await tx.query(`SELECT ${HOLD_COLUMNS} FROM credit_holds WHERE organization_id = $1 AND idempotency_key = $2`, [input.organizationId, input.idempotencyKey]);
      if (existing.length) return { hold: toHold(existing[0]), account: null };
      const available = account.granted + account.purchased - account.held;
      if (available < input.amount) throw insufficientForHold(input.amount, available);
      const [row] = await tx.query(
        `INSERT INTO credit_holds (organization_id, amount, expires_at, idempotency_key, reference_type, reference_id, department, project)
         VALUES ($1, $2, now() + make_interval(secs => $3), $4, $5, $6, $7, $8) RETURNING ${HOLD_COLUMNS}`,
        [input.organizationId, input.amount.toString(), ttl, input.idempotencyKey, input.reference.type, input.reference.id, input.department ?? null, input.project ?? null],
      );
      const hold = toHold(row);
      await this.ledger.append(tx, account, {
        type: 'hold',
        granted: 0n,
        purchased: 0n,
        held: input.amount,
        idempotencyKey: `hold:${input.idempotencyKey}`,
        holdId: hold.id,
        reference: input.reference,
        department: input.department,
        project: input.project,
        actor: input.actor,
      });
      return { hold, account };
    });
    if (result.account) this.alerts.changed(input.organizationId, result.account);
    return { holdId: result.hold.id, amount: result.hold.amount, expiresAt: result.hold.expiresAt };
  }

  /**
   * One statement in the common case (capture releasing the whole hold, task count, budgets). The
   * rare outcomes it cannot answer alone (an expired hold without the credits, a concurrent
   * capture of the same hold or key) take the transactional path, which gives the exact answer.
   */
  async capture(input: CaptureHoldInput): Promise<{ transactionId: string; amount: bigint; balanceAfter: bigint }> {
    if (input.amount < 0n) throw new ValidationFailedError('A capture cannot be negative.');
    if (!HOLD_ID.test(input.holdId)) throw new NotFoundError('Hold');
    let rows: any[];
    try {
      rows = await this.ledger.hot(CAPTURE_HOLD.name, CAPTURE_HOLD.sql, [
        input.organizationId,
        input.holdId,
        input.amount.toString(),
        `capture:${input.idempotencyKey}`,
        input.breakdown.operation || null,
        input.breakdown.quantity,
        JSON.stringify(storeBreakdown(input.breakdown)),
        utcDay(),
        utcMonth(),
      ]);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return this.captureInTransaction(input);
    }
    const row = rows[0];
    if (!row.hold_id) throw new NotFoundError('Hold');
    if (row.entry_id) {
      const { account, budgets } = spendOutcomeOf(row);
      void this.alerts.afterSpend(input.organizationId, account, budgets);
      return { transactionId: row.entry_id, amount: -BigInt(row.entry_amount), balanceAfter: BigInt(row.entry_balance_after) };
    }
    if (row.prior_id) {
      if (row.prior_hold_id !== row.hold_id) throw new DomainError('idempotency_conflict', 'This idempotency key already captured another hold.');
      return { transactionId: row.prior_id, amount: -BigInt(row.prior_amount), balanceAfter: BigInt(row.prior_balance_after) };
    }
    if (!row.capture_entry_id) {
      if (input.amount > BigInt(row.hold_amount)) {
        throw new ValidationFailedError(`The capture (${formatCredits(input.amount)}) is more than the hold (${formatCredits(BigInt(row.hold_amount))}).`);
      }
      if (row.status === 'released') throw new DomainError('conflict', 'This hold was released; it cannot be captured.');
    }
    // captured concurrently (its entry committed after this statement's snapshot), or an
    // expired hold the available credits do not cover: the transactional path answers
    return this.captureInTransaction(input);
  }

  private async captureInTransaction(input: CaptureHoldInput): Promise<{ transactionId: string; amount: bigint; balanceAfter: bigint }> {
    const result = await this.ledger.db.transaction(async (tx) => {
      const hold = await this.lockHold(tx, input.organizationId, input.holdId);
      const key = `capture:${input.idempotencyKey}`;
      const replay = (await this.ledger.findEntryByKey(tx, input.organizationId, key)) ?? (hold.captureEntryId ? await this.ledger.findEntry(tx, input.organizationId, hold.captureEntryId) : null);
      if (replay && replay.holdId !== hold.id) throw new DomainError('idempotency_conflict', 'This idempotency key already captured another hold.');
      if (replay) return { entry: replay, account: null, budgets: [] };
      if (input.amount > hold.amount) {
        throw new ValidationFailedError(`The capture (${formatCredits(input.amount)}) is more than the hold (${formatCredits(hold.amount)}).`);
      }
      if (hold.status === 'released') throw new DomainError('conflict', 'This hold was released; it cannot be captured.');
      // an expired hold (slow worker) is charged directly, if the credits are still there
      const heldPart = hold.status === 'open' ? hold.amount : 0n;
      const account = await this.ledger.lockAccount(tx, input.organizationId);
      const split = splitDebit(account, input.amount);
      const common = { holdId: hold.id, reference: hold.referenceType ? { type: hold.referenceType, id: hold.referenceId ?? '' } : null, department: hold.department, project: hold.project };
      const entry = await this.ledger.append(tx, account, {
        ...common,
        type: 'capture',
        granted: -split.granted,
        purchased: -split.purchased,
        // one entry settles the whole hold: the amount leaves the balance, all the hold held is given back
        held: -heldPart,
        idempotencyKey: key,
        operation: input.breakdown.operation || null,
        quantity: input.breakdown.quantity,
        breakdown: storeBreakdown(input.breakdown),
      });
      await tx.query(`UPDATE credit_holds SET status = 'captured', captured_amount = $2, capture_entry_id = $3, settled_at = now() WHERE id = $1`, [hold.id, input.amount.toString(), entry.id]);
      await this.countTasks(tx, input.organizationId, input.breakdown.quantity);
      const budgets = await this.spendBudgets(tx, input.organizationId, hold, input.amount);
      return { entry, account, budgets };
    });
    if (result.account) void this.alerts.afterSpend(input.organizationId, result.account, result.budgets);
    return { transactionId: result.entry.id, amount: -result.entry.amount, balanceAfter: result.entry.balanceAfter };
  }

  /** One statement: an open hold is released; a captured, released or expired one is left as it is. */
  async release(input: { organizationId: string; holdId: string; idempotencyKey: string }): Promise<void> {
    if (!HOLD_ID.test(input.holdId)) throw new NotFoundError('Hold');
    let rows: any[];
    try {
      rows = await this.ledger.hot(RELEASE_HOLD.name, RELEASE_HOLD.sql, [input.organizationId, input.holdId, `release:${input.idempotencyKey}`]);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return this.releaseInTransaction(input);
    }
    const row = rows[0];
    if (!row.hold_id) throw new NotFoundError('Hold');
    if (row.granted != null) this.alerts.changed(input.organizationId, { granted: BigInt(row.granted), purchased: BigInt(row.purchased), held: BigInt(row.held) });
  }

  private async releaseInTransaction(input: { organizationId: string; holdId: string; idempotencyKey: string }): Promise<void> {
    const account = await this.ledger.db.transaction(async (tx) => {
      const hold = await this.lockHold(tx, input.organizationId, input.holdId);
      if (hold.status !== 'open') return null;
      return this.releaseOpen(tx, input.organizationId, hold, 'released', `release:${input.idempotencyKey}`);
    });
    if (account) this.alerts.changed(input.organizationId, account);
  }

  /** Releases open holds past their expiry (the sweeper job). Returns how many. */
  async sweepExpired(now = new Date(), batch = 500): Promise<number> {
    const due: { id: string; organization_id: string }[] = await this.ledger.db.query(
      `SELECT id, organization_id FROM credit_holds WHERE status = 'open' AND expires_at <= $1 ORDER BY expires_at LIMIT $2`,
      [now, batch],
    );
    let released = 0;
    for (const { id, organization_id: organizationId } of due) {
      const account = await this.ledger.db.transaction(async (tx) => {
        const hold = await this.lockHold(tx, organizationId, id);
        if (hold.status !== 'open' || hold.expiresAt > now) return null;
        return this.releaseOpen(tx, organizationId, hold, 'expired', `hold-expiry:${hold.id}`);
      });
      if (account) {
        released += 1;
        this.alerts.changed(organizationId, account);
      }
    }
    return released;
  }

  private async releaseOpen(tx: EntityManager, organizationId: string, hold: HoldRow, status: 'released' | 'expired', key: string): Promise<AccountRow> {
    const account = await this.ledger.lockAccount(tx, organizationId);
    await this.ledger.append(tx, account, {
      type: 'release',
      granted: 0n,
      purchased: 0n,
      held: -hold.amount,
      idempotencyKey: key,
      holdId: hold.id,
      reference: hold.referenceType ? { type: hold.referenceType, id: hold.referenceId ?? '' } : null,
      department: hold.department,
      project: hold.project,
      description: status === 'expired' ? 'hold expired' : null,
    });
    await tx.query(`UPDATE credit_holds SET status = $2, settled_at = now() WHERE id = $1`, [hold.id, status]);
    return account;
  }

  private async lockHold(tx: EntityManager, organizationId: string, holdId: string): Promise<HoldRow> {
    if (!HOLD_ID.test(holdId)) throw new NotFoundError('Hold');
    const rows = await tx.query(`SELECT ${HOLD_COLUMNS} FROM credit_holds WHERE id = $1 AND organization_id = $2 FOR UPDATE`, [holdId, organizationId]);
    if (!rows.length) throw new NotFoundError('Hold');
    return toHold(rows[0]);
  }

  private async countTasks(tx: EntityManager, organizationId: string, quantity: number) {
    if (quantity <= 0) return;
    await tx.query(
      `UPDATE credit_accounts SET day_tasks = CASE WHEN day_start = $2::date THEN day_tasks ELSE 0 END + $3, day_start = $2::date WHERE organization_id = $1`,
      [organizationId, utcDay(), quantity],
    );
  }

  private async spendBudgets(tx: EntityManager, organizationId: string, hold: HoldRow, amount: bigint): Promise<BudgetSpend[]> {
    if (amount === 0n) return [];
    const rows = await returningRows(
      tx,
      `UPDATE credit_budgets SET spent = CASE WHEN period_start = $4::date THEN spent ELSE 0 END + $5::bigint, period_start = $4::date, updated_at = now()
        WHERE organization_id = $1 AND (department IS NULL OR department = $2::varchar) AND (project IS NULL OR project = $3::varchar)
        RETURNING id, name, spent::text, amount_limit::text`,
      [organizationId, hold.department, hold.project, utcMonth(), amount.toString()],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, spentBefore: BigInt(r.spent) - amount, spentAfter: BigInt(r.spent), limit: BigInt(r.amount_limit) }));
  }
}

export type { EntryRow };
