import { Injectable } from '@nestjs/common';
import { DomainError, NotFoundError, ValidationFailedError } from '../../common/domain-error';
import { formatCredits } from '../../common/money';
import { AuditService } from '../audit/audit.service';
import type { Principal } from '../auth/principal';
import { loadBreakdown, storeBreakdown } from './breakdown';
import { insufficientMessage, runCharge } from './charge.statement';
import { CreditAlertsService } from './credit-alerts.service';
import { grossCost, Tier, Usage } from './cost';
import { AccountRow, balanceOf, BalanceView, CostBreakdown, EntryRow, Reference } from './credits.types';
import { HoldsService } from './holds.service';
import { isUniqueViolation, LedgerRepository, Queryable, runnerOf } from './ledger.repository';
import { PricingService } from './pricing.service';

export type { CostBreakdown } from './credits.types';

export interface ChargeRequest {
  organizationId: string;
  operation: string;
  usage: Usage;
  idempotencyKey: string;
  reference?: Reference | null;
  department?: string | null;
  project?: string | null;
  actor?: Principal | null;
  description?: string | null;
  /** records the charge in the audit log (as `actor`) in the same statement */
  audit?: { action: string; requestId: string | null };
}

export interface ChargeResult {
  entry: EntryRow;
  breakdown: CostBreakdown;
  replayed: boolean;
  /** publishes events and alerts; called already unless the charge ran in the caller's transaction */
  notify: () => void;
}

export interface PreparedCharge {
  request: ChargeRequest;
  gross: bigint;
  parts: Omit<ReturnType<typeof grossCost>, 'gross'>;
  tiers: Tier[];
}

export interface CreditRequest {
  organizationId: string;
  amount: bigint;
  idempotencyKey: string;
  reason?: string | null;
  actor?: Principal | null;
  reference?: Reference | null;
}

/**
 * The ledger's front door: balances, charges, grants, purchases, adjustments and refunds.
 * Holds live in HoldsService; the methods here keep the names the task executor calls.
 */
@Injectable()
export class CreditsService {
  constructor(
    private readonly ledger: LedgerRepository,
    private readonly pricing: PricingService,
    private readonly alerts: CreditAlertsService,
    private readonly holds: HoldsService,
    private readonly audit: AuditService,
  ) {}

  async getBalance(organizationId: string): Promise<BalanceView> {
    const account = await this.ledger.findAccount(this.ledger.db, organizationId);
    return balanceOf(account ?? { granted: 0n, purchased: 0n, held: 0n });
  }

  placeHold(input: Parameters<HoldsService['place']>[0]) {
    return this.holds.place(input);
  }

  captureHold(input: Parameters<HoldsService['capture']>[0]) {
    return this.holds.capture(input);
  }

  releaseHold(input: Parameters<HoldsService['release']>[0]) {
    return this.holds.release(input);
  }

  /**
   * Prices `usage` and debits it in one statement (see charge.statement.ts). A replayed
   * idempotency key returns the first charge and debits nothing. Pass `q` to run inside a
   * caller's transaction.
   */
  async charge(request: ChargeRequest, q: Queryable = this.ledger.db): Promise<ChargeResult> {
    return this.chargePrepared(await this.prepareCharge(request), q);
  }

  /** Prices the request (price list from memory); no transaction needed. */
  async prepareCharge(request: ChargeRequest): Promise<PreparedCharge> {
    const price = await this.pricing.price(request.operation);
    const { gross, ...parts } = grossCost(price, request.usage);
    if (parts.quantity < 1) throw new ValidationFailedError('quantity must be at least 1');
    return { request, gross, parts, tiers: await this.pricing.tiersOf(request.organizationId) };
  }

  /** Runs a prepared charge, on `q` (a transaction's manager, or the pool). */
  async chargePrepared(prepared: PreparedCharge, q: Queryable = this.ledger.db): Promise<ChargeResult> {
    const { request, parts } = prepared;
    const key = `usage:${request.idempotencyKey}`;
    const outcome = await this.attempt(prepared, key, q);
    switch (outcome.kind) {
      case 'charged': {
        const { account, budgets } = outcome;
        const notify = () => void this.alerts.afterSpend(request.organizationId, account, budgets);
        if (q === this.ledger.db) notify();
        return { entry: outcome.entry, breakdown: loadBreakdown(outcome.entry.breakdown!), replayed: false, notify };
      }
      case 'replay': {
        const entry = await this.ledger.findEntryByKey(q, request.organizationId, key);
        if (!entry) throw new DomainError('conflict', 'A request with this Idempotency-Key is still in progress; retry shortly.');
        if (entry.operation !== request.operation || entry.quantity !== parts.quantity) {
          throw new DomainError('idempotency_conflict', 'This Idempotency-Key was already used for a different request.');
        }
        return { entry, breakdown: loadBreakdown(entry.breakdown!), replayed: true, notify: () => undefined };
      }
      case 'budget_exceeded':
        throw new DomainError('budget_exceeded', `This would take a hard-stop budget over its limit (${formatCredits(outcome.spent)} of ${formatCredits(outcome.limit)} spent this month).`, {
          budgetId: outcome.budgetId,
          spent: formatCredits(outcome.spent),
          limit: formatCredits(outcome.limit),
          cost: formatCredits(outcome.needed),
        });
      case 'insufficient':
        throw new DomainError('insufficient_credits', insufficientMessage(outcome.available, outcome.needed), {
          available: formatCredits(outcome.available),
          cost: formatCredits(outcome.needed),
        });
    }
  }

  private async attempt({ request, gross, parts, tiers }: PreparedCharge, key: string, q: Queryable) {
    const inTransaction = q !== this.ledger.db;
    // inside a caller's transaction a failed insert would abort it: look for a replay first
    if (inTransaction && (await this.ledger.findEntryByKey(q, request.organizationId, key))) return { kind: 'replay' as const };
    try {
      return await runCharge(inTransaction ? runnerOf(q) : this.ledger.hot, {
        organizationId: request.organizationId,
        tiers,
        gross,
        quantity: parts.quantity,
        idempotencyKey: key,
        operation: request.operation,
        breakdown: storeBreakdown({ ...parts, discountPercent: 0, discount: 0n, total: gross }),
        reference: request.reference,
        department: request.department,
        project: request.project,
        actor: request.actor,
        description: request.description,
        audit: request.audit,
      });
    } catch (error) {
      // the same key committed by a concurrent request: the statement rolled back, answer with the first
      if (!isUniqueViolation(error)) throw error;
      return { kind: 'replay' as const };
    }
  }

  /** Promotional credits, optionally expiring. */
  async grant(request: CreditRequest & { expiresAt?: Date | null }): Promise<EntryRow> {
    this.assertPositive(request.amount);
    if (request.expiresAt && request.expiresAt.getTime() <= Date.now()) throw new ValidationFailedError('expiresAt must be in the future');
    return this.credit('grant', request, async (tx, entry) => {
      await tx.query(
        `INSERT INTO credit_grant_lots (organization_id, entry_id, grant_sequence, amount, expires_at) VALUES ($1, $2, $3, $4, $5)`,
        [request.organizationId, entry.id, entry.sequence.toString(), request.amount.toString(), request.expiresAt ?? null],
      );
    });
  }

  /** Paid credits (the billing module calls this when a payment settles). */
  purchase(request: CreditRequest): Promise<EntryRow> {
    this.assertPositive(request.amount);
    return this.credit('purchase', request);
  }

  /** A signed correction by a platform admin; a negative one takes granted credits first. */
  async adjust(request: CreditRequest & { bucket?: 'granted' | 'purchased' }): Promise<EntryRow> {
    if (request.amount === 0n) throw new ValidationFailedError('amount must not be zero');
    if (request.amount > 0n) return this.credit('adjustment', request, undefined, request.bucket ?? 'purchased');
    return this.write(request, 'adjustment', (account) => {
      const take = -request.amount;
      if (request.bucket === 'purchased') return { granted: 0n, purchased: request.amount };
      if (request.bucket === 'granted') return { granted: request.amount, purchased: 0n };
      const fromGranted = account.granted < take ? account.granted : take;
      return { granted: -fromGranted, purchased: -(take - fromGranted) };
    });
  }

  /** Gives back (part of) a debit or capture, into the buckets it came from (purchased first). */
  async refund(request: Omit<CreditRequest, 'amount'> & { transactionId: string; amount?: bigint }): Promise<EntryRow> {
    return this.ledger.db.transaction(async (tx) => {
      const account = await this.ledger.lockAccount(tx, request.organizationId);
      const key = `refund:${request.idempotencyKey}`;
      const replay = await this.ledger.findEntryByKey(tx, request.organizationId, key);
      if (replay) return { entry: replay, account, replayed: true };
      const original = await this.ledger.findEntry(tx, request.organizationId, request.transactionId);
      if (!original || !['debit', 'capture'].includes(original.type)) throw new NotFoundError('Transaction');
      const [{ refunded }] = await tx.query(
        `SELECT coalesce(sum(amount), 0)::text AS refunded FROM credit_ledger_entries WHERE organization_id = $1 AND type = 'refund' AND reference_type = 'ledger_entry' AND reference_id = $2`,
        [request.organizationId, original.id],
      );
      const left = -original.amount - BigInt(refunded);
      const amount = request.amount ?? left;
      this.assertPositive(amount);
      if (amount > left) throw new DomainError('conflict', `At most ${formatCredits(left)} of this transaction can still be refunded.`);
      const alreadyPurchased = -original.purchasedAmount < BigInt(refunded) ? -original.purchasedAmount : BigInt(refunded);
      const purchasedRoom = -original.purchasedAmount - alreadyPurchased;
      const toPurchased = amount < purchasedRoom ? amount : purchasedRoom;
      const entry = await this.ledger.append(tx, account, {
        type: 'refund',
        granted: amount - toPurchased,
        purchased: toPurchased,
        held: 0n,
        idempotencyKey: key,
        reference: { type: 'ledger_entry', id: original.id },
        department: original.department,
        project: original.project,
        operation: original.operation,
        actor: request.actor,
        description: request.reason ?? null,
      });
      await this.auditIn(tx, request, 'credits.refund', entry);
      return { entry, account, replayed: false };
    }).then((result) => (result.replayed ? result.entry : this.settled(request.organizationId, result)));
  }

  private credit(type: 'grant' | 'purchase' | 'adjustment', request: CreditRequest, after?: (tx: Queryable, entry: EntryRow) => Promise<void>, bucket: 'granted' | 'purchased' = type === 'grant' ? 'granted' : 'purchased') {
    return this.write(request, type, () => (bucket === 'granted' ? { granted: request.amount, purchased: 0n } : { granted: 0n, purchased: request.amount }), after);
  }

  private async write(
    request: CreditRequest,
    type: 'grant' | 'purchase' | 'adjustment',
    deltas: (account: AccountRow) => { granted: bigint; purchased: bigint },
    after?: (tx: Queryable, entry: EntryRow) => Promise<void>,
  ): Promise<EntryRow> {
    const result = await this.ledger.db.transaction(async (tx) => {
      const account = await this.ledger.lockAccount(tx, request.organizationId);
      const key = `${type}:${request.idempotencyKey}`;
      const replay = await this.ledger.findEntryByKey(tx, request.organizationId, key);
      if (replay) return { entry: replay, account, replayed: true };
      const entry = await this.ledger.append(tx, account, {
        type,
        ...deltas(account),
        held: 0n,
        idempotencyKey: key,
        reference: request.reference ?? null,
        actor: request.actor,
        description: request.reason ?? null,
      });
      await after?.(tx, entry);
      if (request.actor && type !== 'purchase') await this.auditIn(tx, request, `credits.${type}`, entry);
      return { entry, account, replayed: false };
    });
    return result.replayed ? result.entry : this.settled(request.organizationId, result);
  }

  private async settled(organizationId: string, { entry, account }: { entry: EntryRow; account: AccountRow }) {
    if (entry.amount >= 0n) await this.alerts.afterCredit(organizationId, account);
    else void this.alerts.afterSpend(organizationId, account, []);
    return entry;
  }

  private auditIn(tx: Queryable, request: CreditRequest | (Omit<CreditRequest, 'amount'> & { transactionId: string }), action: string, entry: EntryRow) {
    if (!request.actor) return Promise.resolve();
    return this.audit.record(
      request.actor,
      { action, organizationId: request.organizationId, targetType: 'ledger_entry', targetId: entry.id, details: { amount: formatCredits(entry.amount), reason: request.reason ?? null } },
      tx as never,
    );
  }

  private assertPositive(amount: bigint) {
    if (amount <= 0n) throw new ValidationFailedError('amount must be greater than zero', { fields: { amount: ['must be greater than zero'] } });
  }

}
