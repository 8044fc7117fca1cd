import { coerceValue } from './coerce';
import type { ColumnMapping } from './header-match';
import type { FieldSpec } from './target.types';

/** How many rows of a column are looked at to tell what it holds. */
const SAMPLE_ROWS = 50;
/** The share of a column's filled cells that must be of the field's kind. */
const SHARE = 0.7;

/**
 * What a column's values are, for the fields whose headings named no column: a column of
 * e-mail addresses, web links, values of the field's list (enum), texts of its pattern, yes/no
 * words, dates alone (no time) or phone numbers. A field takes such a column only when exactly one
 * column left fits it, so a form's long questions ("На яку вакансію ви подаєтеся?") still find their
 * fields by their answers. Numbers and free text say too little about their meaning and are left
 * to the headings. Returns how many fields were mapped this way.
 */
export function mapByContent(header: string[], body: string[][], fields: FieldSpec[], mapping: ColumnMapping): number {
  const mapped = new Set(mapping.fields.values());
  const taken = new Set([...mapping.fields.keys(), ...(mapping.firstName === undefined ? [] : [mapping.firstName]), ...(mapping.lastName === undefined ? [] : [mapping.lastName])]);
  // (a column that only might mean a field already mapped, "Can we email you about future events?" beside
  // "Email Address", is open to a field its values fit: it gives up being the other's alternate)
  Object.values(mapping.addressParts ?? {}).forEach((col) => taken.add(col));
  const open = fields.filter((field) => !mapped.has(field.name) && KIND_ORDER.some((kind) => kindOf(field) === kind)).sort((a, b) => KIND_ORDER.indexOf(kindOf(a)!) - KIND_ORDER.indexOf(kindOf(b)!));
  if (open.length === 0) return 0;
  const sample = body.slice(0, SAMPLE_ROWS);
  let added = 0;
  for (const field of open) {
    const fitting: number[] = [];
    for (let col = 0; col < header.length; col++) {
      if (taken.has(col)) continue;
      const values = sample.map((row) => (row[col] ?? '').trim()).filter(Boolean);
      if (values.length === 0 || (values.length < 2 && sample.length > 1)) continue;
      // a heading of the field's kind is a value: this row is no heading row
      if (fits(header[col] ?? '', field)) continue;
      if (values.filter((value) => fits(value, field)).length >= SHARE * values.length) fitting.push(col);
    }
    if (fitting.length !== 1) continue;
    for (const [name, cols] of mapping.alternates) {
      const rest = cols.filter((col) => col !== fitting[0]);
      if (rest.length) mapping.alternates.set(name, rest);
      else mapping.alternates.delete(name);
    }
    mapping.fields.set(fitting[0], field.name);
    mapping.scores.set(fitting[0], 0.6);
    taken.add(fitting[0]);
    added += 1;
  }
  return added;
}

type Kind = 'pattern' | 'email' | 'url' | 'enum' | 'boolean' | 'date' | 'phone';
/** The more telling kinds choose their column first. */
const KIND_ORDER: Kind[] = ['pattern', 'email', 'url', 'enum', 'boolean', 'date', 'phone'];

function kindOf(field: FieldSpec): Kind | null {
  if (field.type === 'string' && field.pattern) return 'pattern';
  if (field.enum && (field.type === 'string' || field.type === 'number' || field.type === 'integer')) return 'enum';
  if (field.type === 'email' || field.type === 'url' || field.type === 'boolean' || field.type === 'date' || field.type === 'phone') return field.type;
  return null;
}

function fits(value: string, field: FieldSpec): boolean {
  const text = value.trim();
  if (!text) return false;
  switch (kindOf(field)) {
    case 'url':
      return /^https?:\/\/\S+$/i.test(text);
    case 'boolean':
      // yes/no words, not the 0 and 1 of a count
      return /\p{L}|[✓✔]/u.test(text) && coerceValue(text, field).ok;
    case 'date':
      // a date alone: a timestamp column ("22.11.2026 14:03:27") is when a form was sent, not a date asked for
      return !/\d:\d/.test(text) && coerceValue(text, field).ok;
    case 'phone':
      // a number dialled, not an id with dots and slashes ("67.555.123/0001-45")
      return /^(?:\+|00|0|\()/.test(text) && !/[/]/.test(text) && coerceValue(text, field).ok;
    case null:
      return false;
    default:
      return coerceValue(text, field).ok;
  }
}
