import { addDecimals, decimalsClose, subtractDecimals } from './amounts';
import type { ExtractedInvoice } from './types';

export interface ArithmeticReport {
  itemsMatchSubtotal: boolean | null;
  subtotalPlusTaxMatchesTotal: boolean | null;
  warnings: string[];
}

/**
 * Cross-checks the amounts: line items sum to the subtotal (or to the total when there is
 * no tax), subtotal + tax = total, amount due ≤ total. `null` = not checkable.
 */
export function checkArithmetic(inv: ExtractedInvoice, withholding: string | null = null): ArithmeticReport {
  const warnings: string[] = [];
  const amounts = inv.lineItems.map((i) => i.amount).filter((a): a is string => a !== null);
  let itemsMatchSubtotal: boolean | null = null;
  if (amounts.length && amounts.length === inv.lineItems.length) {
    const sum = addDecimals(amounts);
    const target = inv.subtotal ?? (inv.taxTotal === null || /^0(\.0+)?$/.test(inv.taxTotal) ? inv.total : null);
    if (target !== null) {
      // consumer invoices print gross line amounts: those add up to the total
      itemsMatchSubtotal = decimalsClose(sum, target, '0.02') || (inv.total !== null && decimalsClose(sum, inv.total, '0.02'));
      if (!itemsMatchSubtotal) warnings.push(`line items sum to ${sum}, but the ${inv.subtotal ? 'subtotal' : 'total'} is ${target}`);
    }
  }
  let subtotalPlusTaxMatchesTotal: boolean | null = null;
  if (inv.subtotal !== null && inv.taxTotal !== null && inv.total !== null) {
    const gross = addDecimals([inv.subtotal, inv.taxTotal]);
    // a withholding tax (IRPF, ritenuta d'acconto) printed between them is taken off the total
    subtotalPlusTaxMatchesTotal =
      decimalsClose(gross, inv.total, '0.02') || (withholding !== null && decimalsClose(subtractDecimals(gross, withholding), inv.total, '0.02'));
    if (!subtotalPlusTaxMatchesTotal) warnings.push(`subtotal ${inv.subtotal} + tax ${inv.taxTotal} ≠ total ${inv.total}`);
  }
  if (inv.amountDue !== null && inv.total !== null && Number(inv.amountDue) > Number(inv.total) + 0.01) {
    warnings.push(`amount due ${inv.amountDue} exceeds total ${inv.total}`);
  }
  return { itemsMatchSubtotal, subtotalPlusTaxMatchesTotal, warnings };
}

/** Adjusts amount confidences by the arithmetic: confirmed values go up, contradicted ones down. */
export function applyArithmeticConfidence(inv: ExtractedInvoice, report: ArithmeticReport): void {
  const c = inv.confidence;
  const raise = (f: string, to: number): void => {
    if (c[f] > 0) c[f] = Math.max(c[f], to);
  };
  const lower = (f: string, to: number): void => {
    if (c[f] > 0) c[f] = Math.min(c[f], to);
  };
  if (report.subtotalPlusTaxMatchesTotal === true) ['subtotal', 'taxTotal', 'total'].forEach((f) => raise(f, 0.95));
  if (report.subtotalPlusTaxMatchesTotal === false) ['subtotal', 'taxTotal', 'total'].forEach((f) => lower(f, 0.4));
  if (report.itemsMatchSubtotal === true) {
    raise('lineItems', 0.9);
    raise(inv.subtotal ? 'subtotal' : 'total', 0.95);
  }
  if (report.itemsMatchSubtotal === false) lower('lineItems', 0.4);
}
