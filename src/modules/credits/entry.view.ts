import { formatCredits } from '../../common/money';
import { breakdownView, loadBreakdown } from './breakdown';
import type { EntryRow } from './credits.types';

/** A ledger entry as the API shows it (decimal strings). */
export function entryView(e: EntryRow) {
  return {
    id: e.id,
    sequence: Number(e.sequence),
    type: e.type,
    amount: formatCredits(e.amount),
    bucket: e.grantedAmount !== 0n && e.purchasedAmount !== 0n ? 'mixed' : e.grantedAmount !== 0n ? 'granted' : e.purchasedAmount !== 0n ? 'purchased' : null,
    grantedAmount: formatCredits(e.grantedAmount),
    purchasedAmount: formatCredits(e.purchasedAmount),
    heldAmount: formatCredits(e.heldAmount),
    balanceAfter: formatCredits(e.balanceAfter),
    availableAfter: formatCredits(e.balanceAfter - e.heldAfter),
    reference: e.referenceType ? { type: e.referenceType, id: e.referenceId } : null,
    holdId: e.holdId,
    department: e.department,
    project: e.project,
    operation: e.operation,
    quantity: e.quantity,
    cost: e.breakdown ? breakdownView(loadBreakdown(e.breakdown)) : null,
    actor: e.actorType ? { type: e.actorType, id: e.actorId } : null,
    description: e.description,
    createdAt: e.createdAt.toISOString(),
  };
}
