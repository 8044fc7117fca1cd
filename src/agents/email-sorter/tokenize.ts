/**
 * Language-neutral tokenisation for the e-mail classifier and correction matching.
 * Diacritics are folded (reçu → recu) so accented and unaccented spellings meet, and
 * volatile values (amounts, URLs, numbers) become placeholder tokens so the model learns
 * "there is an amount" rather than a particular one.
 */
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/gi;
const EMAIL_RE = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
const MONEY_RE =
  /(?:(?:[$€£¥]|\b(?:sek|nok|dkk|pln)\b)\s?\d[\d.,' ]*\d|\d[\d.,' ]*\d?\s?(?:[$€£¥]|eur\b|usd\b|gbp\b|chf\b|sek\b|nok\b|dkk\b|pln\b|kr\b|zł|euros?\b|dollars?\b))/giu;
const NUMBER_RE = /\d+(?:[.,:/-]\d+)*/g;
const WORD_RE = /[\p{L}\p{N}]+/gu;

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    // marks outside the Latin range (the kana voicing marks) stay on their letters
    .normalize('NFC');
}

/** Chinese and Japanese write without spaces: a run of their characters is read as its character pairs. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const HAS_UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function unspacedPairs(token: string): string[] {
  const out: string[] = [];
  let cursor = 0;
  for (const run of token.matchAll(UNSPACED)) {
    const start = run.index ?? 0;
    if (start > cursor) out.push(token.slice(cursor, start));
    const chars = [...run[0]];
    if (chars.length === 1) out.push(`${chars[0]}_`);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
    cursor = start + run[0].length;
  }
  if (cursor < token.length) out.push(token.slice(cursor));
  return out;
}

/** Words after folding and placeholder substitution; single letters dropped. */
export function words(text: string): string[] {
  const folded = foldText(text)
    .replace(URL_RE, ' zzurl ')
    .replace(EMAIL_RE, ' zzemail ')
    .replace(MONEY_RE, ' zzmoney ')
    .replace(NUMBER_RE, ' zznum ');
  return (folded.match(WORD_RE) ?? []).flatMap((w) => (HAS_UNSPACED.test(w) ? unspacedPairs(w) : [w])).filter((w) => w.length > 1);
}

/**
 * Features for the classifier: word unigrams, adjacent bigrams, and character 5-grams of
 * long words (helps with compounds such as "Rechnungsnummer" and inflections). Binary:
 * each feature counts once per document, which suits short texts.
 */
export function features(text: string): string[] {
  const ws = words(text);
  const out = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    out.add(w);
    if (i + 1 < ws.length) out.add(`${w}_${ws[i + 1]}`);
    if (w.length >= 7 && !w.startsWith('zz')) {
      const padded = `<${w}>`;
      for (let j = 0; j + 5 <= padded.length; j++) out.add(`#${padded.slice(j, j + 5)}`);
    }
  }
  return [...out];
}
