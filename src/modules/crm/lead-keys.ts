/** Normalised keys for de-duplication: same e-mail, or same person at the same company. */
export function emailKey(email: string | null | undefined): string | null {
  const value = email?.trim().toLowerCase();
  return value ? value : null;
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** "Müller, Anna" and "Anna Müller" are the same person. */
export function nameKey(name: string): string {
  return fold(name).split(' ').filter(Boolean).sort().join(' ').slice(0, 200);
}

const LEGAL_FORMS = new Set(['gmbh', 'ag', 'kg', 'ltd', 'limited', 'inc', 'llc', 'plc', 'corp', 'co', 'sarl', 'sas', 'sa', 'sl', 'srl', 'spa', 'bv', 'nv', 'ab', 'oy', 'as', 'e', 'k', 'the']);

/** "Acme GmbH" and "ACME" are the same company; legal forms and punctuation do not count. */
export function companyKey(company: string | null | undefined): string | null {
  if (!company?.trim()) return null;
  const words = fold(company).split(' ').filter((w) => w && !LEGAL_FORMS.has(w));
  const key = words.join(' ').slice(0, 200);
  return key || fold(company).slice(0, 200) || null;
}
