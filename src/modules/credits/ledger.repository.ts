import type { Pool } from 'pg';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import { formatCredits } from '../../common/money';
import { actorOf } from '../auth/principal';
import type { AccountRow, EntryDraft, EntryRow } from './credits.types';

export type Queryable = Pick<EntityManager, 'query'> | Pick<DataSource, 'query'>;

/** Runs a statement; `name` lets a pg pool keep it prepared per connection. */
export type StatementRunner = (name: string, sql: string, params: unknown[]) => Promise<any[]>;

export const runnerOf = (q: Queryable): StatementRunner => (_name, sql, params) => q.query(sql, params);

const ACCOUNT_COLUMNS = `organization_id, granted::text, purchased::text, held::text, entries::text, low_balance_threshold::text, low_balance_alerted_at`;

export const ENTRY_COLUMNS = `id, organization_id, sequence::text, type, amount::text, granted_amount::text, purchased_amount::text,
  held_amount::text, balance_after::text, held_after::text, idempotency_key, reference_type, reference_id, hold_id, department,
  project, actor_type, actor_id, operation, quantity, breakdown, description, created_at`;

export function toAccount(row: Record<string, any>): AccountRow {
  return {
    organizationId: row.organization_id,
    granted: BigInt(row.granted),
    purchased: BigInt(row.purchased),
    held: BigInt(row.held),
    entries: BigInt(row.entries),
    lowBalanceThreshold: row.low_balance_threshold == null ? null : BigInt(row.low_balance_threshold),
    lowBalanceAlertedAt: row.low_balance_alerted_at ? new Date(row.low_balance_alerted_at) : null,
  };
}

export function toEntry(row: Record<string, any>): EntryRow {
  return {
    id: row.id,
    organizationId: row.organization_id,
    sequence: BigInt(row.sequence),
    type: row.type,
    amount: BigInt(row.amount),
    grantedAmount: BigInt(row.granted_amount),
    purchasedAmount: BigInt(row.purchased_amount),
    heldAmount: BigInt(row.held_amount),
    balanceAfter: BigInt(row.balance_after),
    heldAfter: BigInt(row.held_after),
    idempotencyKey: row.idempotency_key,
    referenceType: row.reference_type,
    referenceId: row.reference_id,
    holdId: row.hold_id,
    department: row.department,
    project: row.project,
    actorType: row.actor_type,
    actorId: row.actor_id,
    operation: row.operation,
    quantity: Number(row.quantity),
    breakdown: row.breakdown,
    description: row.description,
    createdAt: new Date(row.created_at),
  };
}

export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string; driverError?: { code?: string } })?.code ?? (error as { driverError?: { code?: string } })?.driverError?.code;
  return code === '23505';
}

/**
 * The ledger's primitive: with the account row locked (SELECT … FOR UPDATE, READ COMMITTED),
 * append one entry and apply its deltas. The CHECK constraint on credit_accounts is the last
 * line of defence; the checks here give the clear error first.
 */
@Injectable()
export class LedgerRepository {
  /** Hot statements run on the pg pool as named prepared statements (planned once per connection). */
  readonly hot: StatementRunner;
  /** The pg pool (null on the embedded database, which has a single session). */
  readonly pool: Pool | null;

  constructor(@InjectDataSource() readonly db: DataSource) {
    const master = (db.driver as unknown as { master?: Pool }).master;
    const embedded = Boolean((db.options as { driver?: unknown }).driver);
    const pool = !embedded && master ? master : null;
    this.pool = pool;
    this.hot = pool ? (name, text, values) => pool.query({ name, text, values }).then((result) => result.rows) : runnerOf(db);
  }

  async lockAccount(tx: Queryable, organizationId: string): Promise<AccountRow> {
    await tx.query(`INSERT INTO credit_accounts (organization_id) VALUES ($1) ON CONFLICT (organization_id) DO NOTHING`, [organizationId]);
    const rows = await tx.query(`SELECT ${ACCOUNT_COLUMNS} FROM credit_accounts WHERE organization_id = $1 FOR UPDATE`, [organizationId]);
    return toAccount(rows[0]);
  }

  async findAccount(q: Queryable, organizationId: string): Promise<AccountRow | null> {
    const rows = await q.query(`SELECT ${ACCOUNT_COLUMNS} FROM credit_accounts WHERE organization_id = $1`, [organizationId]);
    return rows.length ? toAccount(rows[0]) : null;
  }

  async findEntryByKey(q: Queryable, organizationId: string, idempotencyKey: string): Promise<EntryRow | null> {
    const rows = await q.query(`SELECT ${ENTRY_COLUMNS} FROM credit_ledger_entries WHERE organization_id = $1 AND idempotency_key = $2`, [organizationId, idempotencyKey]);
    return rows.length ? toEntry(rows[0]) : null;
  }

  async findEntry(q: Queryable, organizationId: string, id: string): Promise<EntryRow | null> {
    const rows = await q.query(`SELECT ${ENTRY_COLUMNS} FROM credit_ledger_entries WHERE organization_id = $1 AND id = $2`, [organizationId, id]);
    return rows.length ? toEntry(rows[0]) : null;
  }

  /** Appends `draft` to the locked `account` and updates it in place. */
  async append(tx: Queryable, account: AccountRow, draft: EntryDraft): Promise<EntryRow> {
    const granted = account.granted + draft.granted;
    const purchased = account.purchased + draft.purchased;
    const held = account.held + draft.held;
    if (granted < 0n || purchased < 0n || held < 0n || granted + purchased - held < 0n) {
      const available = account.granted + account.purchased - account.held;
      throw new DomainError('insufficient_credits', `Not enough credits: ${formatCredits(available)} available.`, { available: formatCredits(available) });
    }
    const sequence = account.entries + 1n;
    await tx.query(
      `UPDATE credit_accounts SET granted = $2, purchased = $3, held = $4, entries = $5, updated_at = now() WHERE organization_id = $1`,
      [account.organizationId, granted.toString(), purchased.toString(), held.toString(), sequence.toString()],
    );
    const actor = draft.actor ? actorOf(draft.actor) : null;
    const rows = await tx.query(
      `INSERT INTO credit_ledger_entries (organization_id, sequence, type, amount, granted_amount, purchased_amount, held_amount,
         balance_after, held_after, idempotency_key, reference_type, reference_id, hold_id, department, project, actor_type, actor_id,
         operation, quantity, breakdown, description)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
       RETURNING ${ENTRY_COLUMNS}`,
      [
        account.organizationId,
        sequence.toString(),
        draft.type,
        (draft.granted + draft.purchased).toString(),
        draft.granted.toString(),
        draft.purchased.toString(),
        draft.held.toString(),
        (granted + purchased).toString(),
        held.toString(),
        draft.idempotencyKey,
        draft.reference?.type ?? null,
        draft.reference?.id ?? null,
        draft.holdId ?? null,
        draft.department ?? null,
        draft.project ?? null,
        actor?.actorType ?? null,
        actor?.actorId ?? null,
        draft.operation ?? null,
        draft.quantity ?? 0,
        draft.breakdown ? JSON.stringify(draft.breakdown) : null,
        draft.description ?? null,
      ],
    );
    Object.assign(account, { granted, purchased, held, entries: sequence });
    return toEntry(rows[0]);
  }
}

/** TypeORM answers UPDATE/DELETE … RETURNING with [rows, count]; everything else with rows. */
export async function returningRows(q: Queryable, sql: string, params: unknown[]): Promise<any[]> {
  const result = await q.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0];
  return result;
}
