/** E-mail bodies: HTML flattened to text with table cells kept apart, and raw MIME messages. */

const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", euro: '€', pound: '£', yen: '¥', cent: '¢', copy: '©',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è', ecirc: 'ê',
  agrave: 'à', aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', ordm: 'º', deg: '°', ndash: '–', mdash: '—',
  aelig: 'æ', AElig: 'Æ', oelig: 'œ', OElig: 'Œ', eth: 'ð', thorn: 'þ', laquo: '«', raquo: '»', hellip: '…', lsquo: '‘', rsquo: '’',
  ldquo: '“', rdquo: '”', bdquo: '„', sbquo: '‚', bull: '•', middot: '·', times: '×', shy: '', trade: '™', reg: '®', sect: '§', ordf: 'ª',
  iexcl: '¡', iquest: '¿', thinsp: ' ', ensp: ' ', emsp: ' ', zwnj: '', zwj: '', lrm: '', rlm: '',
  sup1: '¹', sup2: '²', sup3: '³', frac14: '¼', frac12: '½', frac34: '¾', micro: 'µ', plusmn: '±', divide: '÷', minus: '−', permil: '‰',
  curren: '¤', brvbar: '¦', not: '¬', macr: '¯', para: '¶', dagger: '†', Dagger: '‡', prime: '′', Prime: '″', numero: '№',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[e] ?? accented(e) ?? m;
  });
}

const COMBINING: Record<string, string> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', ring: '\u030a', cedil: '\u0327', caron: '\u030c' };

/** "&Eacute;", "&ocirc;", "&scaron;": a letter with its mark. */
function accented(name: string): string | undefined {
  const m = /^([a-z])(acute|grave|circ|uml|tilde|ring|cedil|caron)$/i.exec(name);
  if (m) return (m[1] + COMBINING[m[2]]).normalize('NFC');
  if (/^[a-z]slash$/i.test(name)) return name[0] === 'O' ? 'Ø' : name[0] === 'o' ? 'ø' : undefined;
  return undefined;
}

export function looksLikeHtml(text: string): boolean {
  return /<(?:html|body|table|div|p|br|td|span)[\s>/]/i.test(text.slice(0, 20000));
}

/** Table cells become tab-separated columns so the layout model keeps rows aligned. */
/** The lines of a table cell's content: line breaks and blocks inside it, tags gone. */
function cellLines(html: string): string[] {
  return html
    .replace(/<br\s*\/?>|<\/(?:p|div|h[1-6]|li)\s*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \u00a0]+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * A table row whose cells hold several lines ("Billed to | Name<br>Street<br>City") as that many
 * rows, each line under its own column, so an address stays beside its label.
 */
function expandRow(_row: string, inner: string): string {
  // a cell spanning columns ("<td colspan=3>Varer</td><td>3 095,00</td>") leaves the next cell under its own column
  const cells = [...inner.matchAll(/<t([dh])\b([^>]*)>([\s\S]*?)<\/t\1\s*>/gi)].flatMap((m) => {
    const span = Math.min(Number(/\bcolspan\s*=\s*["']?(\d+)/i.exec(m[2])?.[1] ?? 1), 20);
    return [cellLines(m[3]), ...Array.from({ length: Math.max(0, span - 1) }, () => [] as string[])];
  });
  if (!cells.length) return `\n${inner}\n`;
  const height = Math.max(1, ...cells.map((c) => c.length));
  return `\n${Array.from({ length: height }, (_, i) => cells.map((c) => c[i] ?? '').join('\t')).join('\n')}\n`;
}

export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style|head|title)[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/\s+/g, ' ')
      // innermost rows only (no table or row inside): layout tables around them stay as they were
      .replace(/<tr\b[^>]*>((?:(?!<tr\b|<table\b)[\s\S])*?)<\/tr\s*>/gi, expandRow)
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|tr|h[1-6]|li|table|thead|tbody|section|header|footer|address)\s*>/gi, '\n')
      .replace(/<(p|div|tr|table|h[1-6]|li)[\s>]/gi, (m) => `\n${m}`)
      .replace(/<\/t[dh]\s*>/gi, '\t')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    // leading tabs stay: a line of a cell under the second column starts there
    .map((l) => l.replace(/[ \u00a0]+/g, ' ').replace(/ *\t */g, '\t').replace(/\t+$/, '').replace(/^ +| +$/g, ''))
    .filter((l) => l.replace(/\t/g, '') !== '')
    .join('\n');
}

export function looksLikeMime(text: string): boolean {
  const head = text.slice(0, 4000);
  return /^(?:[\w-]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*)+\r?\n/.test(head) && /^(?:from|subject|content-type|mime-version):/im.test(head);
}

export interface ParsedMail {
  body: string;
  attachments: { filename: string; contentType: string; content: Buffer }[];
}

export async function parseMime(raw: Buffer | string): Promise<ParsedMail> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { simpleParser } = require('mailparser') as typeof import('mailparser');
  const mail = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const body = mail.html ? htmlToText(mail.html) : (mail.text ?? '');
  return {
    body,
    attachments: mail.attachments.map((a) => ({ filename: a.filename ?? 'attachment', contentType: a.contentType, content: a.content })),
  };
}
