import { yearOfText, type CoerceContext } from './coerce';
import { NO_USAGE, type LlmClient, type TokenUsage } from '../llm/llm.types';
import { parseCustomEntries } from './custom-entries';
import { parseFreeText } from './free-text';
import { completeFromText } from './record-context';
import { parseNoteList, withoutChatHeaders } from './note-list';
import { extractWithLlm } from './llm-extract';
import { finishRecords, rowsToRawRecords, type DataEntryOutput } from './records';
import { findTable } from './table-find';
import type { TargetSpec } from './target.types';

export type DataEntryMethod = 'table' | 'free-text' | 'llm';

export interface DataEntryResult extends DataEntryOutput {
  method: DataEntryMethod;
  usage: TokenUsage;
}

export interface ExtractOptions {
  llm?: LlmClient | null;
  /** sender of an e-mail, used when the signature does not name the person */
  sender?: { name?: string; email?: string };
  /** keep a record given twice (the caller reports repeats itself) instead of rejecting it */
  keepRepeats?: boolean;
  /** what the whole text says for its values (the year of dates written without one) */
  context?: CoerceContext;
}

/**
 * Text → records of the target. Tables (CSV/TSV/pipes/Markdown/aligned columns) whose header
 * row names at least one target field are parsed offline; everything else is free text,
 * read by the model when one is configured and by the offline heuristics otherwise.
 */
export async function extractRecords(text: string, target: TargetSpec, options: ExtractOptions = {}): Promise<DataEntryResult> {
  // dates written without a year ("03-11") are of the year the text names
  if (target.fields.some((f) => f.type === 'date')) options = { ...options, context: { year: yearOfText(text) } };
  const table = findTable(text, target.fields);
  if (table) {
    const raws = rowsToRawRecords(table.rows, table.mapping);
    if (target.custom) completeFromText(raws.map((r) => r.values), target.fields, text);
    return { ...finishRecords(raws, target, options), method: 'table', usage: { ...NO_USAGE } };
  }

  if (options.llm) {
    const result = await extractWithLlm(options.llm, text, target);
    if ('records' in result && result.records.length > 0) {
      return { ...finishRecords(result.records.map((values, i) => ({ row: i + 1, values })), target, options), method: 'llm', usage: result.usage };
    }
    const offline = offlineFreeText(text, target, options);
    return { ...offline, usage: result.usage };
  }
  return { ...offlineFreeText(text, target, options), usage: { ...NO_USAGE } };
}

function offlineFreeText(pasted: string, target: TargetSpec, options: ExtractOptions): Omit<DataEntryResult, 'usage'> {
  const text = withoutChatHeaders(pasted);
  const raws =
    parseNoteList(text, target.fields, { email: Boolean(options.sender) }) ??
    (target.custom ? parseCustomEntries(text, target.fields) : null) ??
    parseFreeText(text, target.fields, options.sender);
  if (target.custom) completeFromText(raws, target.fields, text);
  const output = finishRecords(raws.map((values, i) => ({ row: i + 1, values })), target, options);
  if (raws.length === 0) output.rejected.push({ row: 1, reasons: ['no fields of the target were found in the text'] });
  return { ...output, method: 'free-text' };
}
