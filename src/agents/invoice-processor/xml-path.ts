/**
 * Reading structured e-invoice XML: one parser (namespace prefixes removed, values kept as
 * text) and small path helpers over its output.
 */
import { XMLParser } from 'fast-xml-parser';
import { normaliseDecimal } from './amounts';
import { isoDate } from './dates';

export type XmlNode = Record<string, unknown>;

export const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: false,
});

export function asArray(v: unknown): XmlNode[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]) as XmlNode[];
}

/** Follows a path where every step may name alternatives ("A|B"); arrays take the first element. */
export function at(node: unknown, path: string): unknown {
  let cur: unknown = node;
  for (const step of path.split('/')) {
    if (cur === undefined || cur === null) return undefined;
    if (Array.isArray(cur)) cur = cur[0];
    const obj = cur as XmlNode;
    const key = step.split('|').find((k) => obj[k] !== undefined);
    cur = key ? obj[key] : undefined;
  }
  return Array.isArray(cur) ? cur[0] : cur;
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/**
 * The predefined entities and character references of a text value ("Rossi &amp; Figli"). The
 * parser leaves entities alone so that a DOCTYPE cannot define expanding ones.
 */
function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(lt|gt|quot|apos|amp));/gi, (whole, hex: string, dec: string, name: string) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export function text(node: unknown, path: string): string | null {
  const v = at(node, path);
  if (v === undefined || v === null) return null;
  const raw = typeof v === 'object' ? (v as XmlNode)['#text'] : v;
  if (raw === undefined || raw === null) return null;
  return decodeEntities(String(raw)).trim() || null;
}

export function amount(node: unknown, path: string): string | null {
  return normaliseDecimal(text(node, path));
}

/** "2025-04-15", "20250415" or "2025-04-15T00:00:00" → ISO date. */
export function xmlDate(node: unknown, path: string): string | null {
  const raw = text(node, path);
  if (!raw) return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(raw);
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
