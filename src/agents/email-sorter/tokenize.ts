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
    .toLowerCase();
}

/** Words after folding and placeholder substitution; single letters dropped. */
export function words(text: string): string[] {
  const folded = foldText(text)
    .replace(URL_RE, ' zzurl ')
    .replace(EMAIL_RE, ' zzemail ')
    .replace(MONEY_RE, ' zzmoney ')
    .replace(NUMBER_RE, ' zznum ');
  return (folded.match(WORD_RE) ?? []).filter((w) => w.length > 1);
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
