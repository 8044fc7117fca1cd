import { type DateMatch, type DayMonthOrder, findDates } from './dates';
import type { Line } from './layout';

/** Words of paying, at a word's start: the sentence is about the payment, not a delivery or an offer. */
const PAYMENT = new RegExp(
  `(?<!\\p{L})(?:${[
    'pay', 'paid', 'payment', 'remit', 'settle', 'transfer',
    'zahl', 'überweis', 'begleich', 'bezahl',
    'pai', 'pay[eé]', 'r[èe]gle', 'virement', 'vers[eé]',
    'pag[aeoó]', 'abon', 'transferencia', 'bonifico', 'versa',
    'betal', 'overmak', 'voldoen',
    'p[łl]at', 'wp[łl]a', 'przelew',
    'zaplat', 'splat', 'uhra', 'maksa', 'maksu', 'plati', 'fizet', 'öde',
  ].join('|')})`,
  'iu',
);

/** "by / until / before", right before a date, as payment terms put it. */
const DEADLINE_BEFORE = new RegExp(
  `(?<!\\p{L})(?:${[
    'bis(?:\\s+(?:zum|spätestens))?', 'spätestens(?:\\s+(?:am|bis))?', 'by', 'before', 'until', 'no\\s+later\\s+than', 'on\\s+or\\s+before',
    'avant\\s+le', 'au\\s+plus\\s+tard\\s+le', "jusqu['’]au", 'pour\\s+le', 'soit\\s+le',
    'antes\\s+del?', 'hasta\\s+el', 'a\\s+m[áa]s\\s+tardar\\s+el', 'at[ée]\\s+(?:ao?|dia)?',
    'entro\\s+(?:il|e\\s+non\\s+oltre\\s+il)', 'non\\s+oltre\\s+il',
    'v[óo][óo]r', 'uiterlijk(?:\\s+op)?',
    'senast(?:\\s+den)?', 'senest(?:\\s+den)?', 'innan',
    'do\\s+dnia', 'najp[óo][źz]niej\\s+do', 'nejpozd[ěe]ji\\s+do', 'do',
    'mennessä', 'viimeistään',
  ].join('|')})\\s*(?:dem|the|le|el|il)?\\s*$`,
  'iu',
);

/** The lines read as running text: a sentence may wrap onto the next line. */
function paragraphs(lines: Line[]): string[] {
  const out: string[] = [];
  let last: Line | null = null;
  for (const line of lines) {
    const continues = last !== null && last.page === line.page && line.y - last.y < 2.5 && !/[.!?:]\s*$/.test(out[out.length - 1]);
    if (continues) out[out.length - 1] += ` ${line.text}`;
    else out.push(line.text);
    last = line;
  }
  return out;
}

/**
 * The due date a payment-terms sentence states ("Bitte überweisen Sie den Rechnungsbetrag … bis
 * zum 19.11.2026", "Payment is due by 5 December 2026", "à régler avant le 30/11/2026"): a date
 * right after "by / until / before", in a sentence that speaks of paying. Null when none does, or
 * when sentences name different dates.
 */
export function dueDateInTerms(lines: Line[], order: DayMonthOrder): DateMatch | null {
  const found = new Map<string, DateMatch>();
  for (const text of paragraphs(lines)) {
    for (const sentence of text.split(/(?<=[.!?;])\s+(?=\p{Lu})/u)) {
      if (!PAYMENT.test(sentence)) continue;
      for (const date of findDates(sentence, order)) {
        if (DEADLINE_BEFORE.test(sentence.slice(Math.max(0, date.index - 40), date.index))) found.set(date.iso, date);
      }
    }
  }
  return found.size === 1 ? [...found.values()][0] : null;
}
