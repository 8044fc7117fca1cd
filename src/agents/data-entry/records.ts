import { coerceValue, type CoerceContext } from './coerce';
import { personFieldOf } from './concepts';
import { personName, type RawRecord, valueInProse } from './free-text';
import type { ColumnMapping } from './header-match';
import type { DataRecord, TargetSpec } from './target.types';

export interface DataEntryOutput {
  records: DataRecord[];
  /** per record, per field: 0..1 */
  confidence: Record<string, number>[];
  rejected: { row: number; reasons: string[] }[];
  /** values left out of a record that was kept: an optional field whose text could not be read ("Open - Pending" as a lead status) */
  dropped: { row: number; field: string; reason: string }[];
  target: string;
}

/**
 * Coerce and validate raw records; valid ones become records, the rest rejections. A record given
 * again is rejected as a repeat, unless the caller reports repeats itself (`keepRepeats`: the CRM
 * import names the lead each one repeats).
 */
/**
 * What makes two records the same: a person's e-mail address (a lead or contact given twice, a badge
 * scanned twice), else every value alike (an inventory line repeated; the same article at two
 * shelves is two records).
 */
function identity(record: DataRecord): string {
  const email = typeof record.email === 'string' ? record.email.toLowerCase() : null;
  return email ? `email:${email}` : `all:${JSON.stringify(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))}`;
}

export function finishRecords(raws: { row: number; values: RawRecord }[], target: TargetSpec, options: { keepRepeats?: boolean; context?: CoerceContext } = {}): DataEntryOutput {
  const out: DataEntryOutput = { records: [], confidence: [], rejected: [], dropped: [], target: target.name };
  const seen = new Map<string, number>();
  const person = personFieldOf(target.fields)?.name;
  for (const { row, values } of raws) {
    const record: DataRecord = {};
    const confidence: Record<string, number> = {};
    const reasons: string[] = [];
    const dropped: DataEntryOutput['dropped'] = [];
    for (const field of target.fields) {
      const given = values[field.name];
      // "—", "N/A", "(em branco)": nothing was given, whichever way the text was read
      const stated = given && !PLACEHOLDER.test(given.raw) ? given : undefined;
      // a person's name without "Sr." or "Dr." in front ("name" of a product stays as it is)
      const cell = stated && field.name === person ? { ...stated, raw: personName(stated.raw) } : stated;
      if (!cell || cell.raw.trim() === '') {
        if (field.required) reasons.push(`${field.name}: required`);
        continue;
      }
      let coerced = coerceValue(cell.raw, field, options.context);
      let trust = cell.confidence;
      // another column of the same meaning may hold what this one cannot ("Status: Open" beside "Stage: Proposal sent")
      for (const other of coerced.ok ? [] : (cell.others ?? [])) {
        const second = coerceValue(other, field, options.context);
        if (!second.ok) continue;
        coerced = second;
        trust = 0.8;
        break;
      }
      if (!coerced.ok) {
        // an optional value that cannot be read costs the value, not the record; a broken address or a broken rule costs the record
        if (coerced.unreadable && !field.required && field.type !== 'email' && field.type !== 'phone') dropped.push({ row, field: field.name, reason: coerced.reason });
        else reasons.push(coerced.reason);
        continue;
      }
      record[field.name] = coerced.value;
      confidence[field.name] = round(trust * coerced.confidence);
    }
    if (target.requireOneOf && !target.requireOneOf.some((f) => record[f] !== undefined)) {
      reasons.push(`one of ${target.requireOneOf.join(', ')} is required`);
    }
    const first = reasons.length === 0 && !options.keepRepeats ? seen.get(identity(record)) : undefined;
    if (first !== undefined) reasons.push(`the same record as row ${first}`);
    if (reasons.length > 0) out.rejected.push({ row, reasons });
    else {
      seen.set(identity(record), row);
      out.dropped.push(...dropped);
      out.records.push(record);
      out.confidence.push(confidence);
    }
  }
  return out;
}

/** Table rows → raw records using the header mapping (row numbers count data rows from 1). */
export function rowsToRawRecords(rows: string[][], mapping: ColumnMapping): { row: number; values: RawRecord }[] {
  return rows
    .map((cells, i) => {
      const values: RawRecord = {};
      for (const [col, field] of mapping.fields) {
        // an honorific under "Titel"/"Title" (Outlook's "Dr.", "Fru") is no job title: the next title column then
        const raw = field === 'title' && HONORIFIC.test((cells[col] ?? '').trim()) ? '' : cellText(cells[col]);
        const others = (mapping.alternates.get(field) ?? []).map((c) => cellText(cells[c])).filter((text) => text.trim() !== '');
        if (raw.trim() !== '') values[field] = { raw, confidence: mapping.scores.get(col) ?? 0.5, ...(others.length ? { others } : {}) };
        else {
          // its own column is empty: the next column that means the same ("Mobile" after "Phone")
          if (others.length) values[field] = { raw: others[0], confidence: 0.8, ...(others.length > 1 ? { others: others.slice(1) } : {}) };
        }
      }
      const said = mapping.valueNotes === undefined || values.value ? null : valueInProse(cellText(cells[mapping.valueNotes]));
      if (said) values.value = { raw: said, confidence: 0.6 };
      const parts = mapping.addressParts;
      if (parts) {
        const part = (col: number | undefined) => (col === undefined ? '' : cellText(cells[col]).trim());
        const address = [part(parts.street), part(parts.street2), [part(parts.postcode), part(parts.city)].filter(Boolean).join(' '), part(parts.country)].filter(Boolean).join(', ');
        if (address) values.address = { raw: address, confidence: 0.85 };
      }
      if (mapping.firstName !== undefined || mapping.lastName !== undefined) {
        const name = [mapping.firstName, mapping.lastName].map((c) => (c === undefined ? '' : cellText(cells[c]).trim())).filter(Boolean).join(' ');
        if (name) values[mapping.nameField ?? 'name'] = { raw: personName(name), confidence: 0.9 };
      }
      return { row: i + 1, values };
    })
    .filter((r) => rows[r.row - 1].some((c) => c.trim() !== ''));
}

/** A cell's text without the links an export puts after a related record ("Costa & Filhos Ltda (https://www.notion.so/…)"). */
function cellText(cell: string | undefined): string {
  const text = (cell ?? '').replace(/\s*\(https?:\/\/[^\s)]+\)/g, '');
  return PLACEHOLDER.test(text) ? '' : text;
}

/** What a system writes where nothing was given: "[not provided]" (Salesforce web-to-lead), "[nicht angegeben]", "N/A", "-". */
const PLACEHOLDER = /^\s*(?:\[[^\]]{2,30}\]|n\/?a|none|null|unknown|k\.\s?a\.|[-–—]|\?|\((?:blank|empty|none|leer|vide|vac[ií]o|em branco|en blanco|in bianco|leeg|puste|tyhj[aä]|tom|prazdn[eé])\))\s*$/iu;

const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|miss|mx|herr|frau|hr|fru|frk|sr|sra|srta|mme|mlle|m|dhr|mevr|ing|mgr|sig|sig\.ra|dott|pan|pani|ks)\.?$/i;

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
