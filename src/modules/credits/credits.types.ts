import type { Principal } from '../auth/principal';
import type { EntryType } from './entities/ledger-entry.entity';

/** What a charge cost and why. Micro-credits as bigint inside; see `breakdownView` for the API. */
export interface CostBreakdown {
  operation: string;
  quantity: number;
  base: bigint;
  inputTokens: number;
  outputTokens: number;
  inputTokenCost: bigint;
  outputTokenCost: bigint;
  discountPercent: number;
  discount: bigint;
  total: bigint;
}

export interface Reference {
  type: string;
  id: string;
}

export interface BalanceView {
  balance: bigint;
  held: bigint;
  available: bigint;
  granted: bigint;
  purchased: bigint;
}

/** The account row, locked for the rest of the transaction. */
export interface AccountRow {
  organizationId: string;
  granted: bigint;
  purchased: bigint;
  held: bigint;
  entries: bigint;
  lowBalanceThreshold: bigint | null;
  lowBalanceAlertedAt: Date | null;
}

export interface EntryRow {
  id: string;
  organizationId: string;
  sequence: bigint;
  type: EntryType;
  amount: bigint;
  grantedAmount: bigint;
  purchasedAmount: bigint;
  heldAmount: bigint;
  balanceAfter: bigint;
  heldAfter: bigint;
  idempotencyKey: string;
  referenceType: string | null;
  referenceId: string | null;
  holdId: string | null;
  department: string | null;
  project: string | null;
  actorType: string | null;
  actorId: string | null;
  operation: string | null;
  quantity: number;
  breakdown: Record<string, unknown> | null;
  description: string | null;
  createdAt: Date;
}

/** One change to append: bucket and hold deltas (signed) plus what explains it. */
export interface EntryDraft {
  type: EntryType;
  granted: bigint;
  purchased: bigint;
  held: bigint;
  idempotencyKey: string;
  reference?: Reference | null;
  holdId?: string | null;
  department?: string | null;
  project?: string | null;
  actor?: Principal | null;
  operation?: string | null;
  quantity?: number;
  breakdown?: Record<string, unknown> | null;
  description?: string | null;
}

export function balanceOf(account: Pick<AccountRow, 'granted' | 'purchased' | 'held'>): BalanceView {
  const balance = account.granted + account.purchased;
  return { balance, held: account.held, available: balance - account.held, granted: account.granted, purchased: account.purchased };
}

/** Granted credits are spent first. */
export function splitDebit(account: Pick<AccountRow, 'granted'>, amount: bigint): { granted: bigint; purchased: bigint } {
  const fromGranted = account.granted < amount ? account.granted : amount;
  return { granted: fromGranted, purchased: amount - fromGranted };
}

export function utcDay(at = new Date()): string {
  return at.toISOString().slice(0, 10);
}

export function utcMonth(at = new Date()): string {
  return `${at.toISOString().slice(0, 7)}-01`;
}
