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
  return wordsOfFolded(foldText(text));
}

function wordsOfFolded(text: string): string[] {
  const folded = text
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
  const folded = foldText(text);
  const ws = wordsOfFolded(folded);
  const out = new Set<string>(concepts(folded));
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

/** Whole words or phrases of folded text (letters around them end the match). */
const phrases = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u');

/**
 * Something the writer has or uses does not work: the mark of a support request in any
 * language, where a lead asks about buying and a notification reports without complaining.
 */
const TROUBLE = phrases(
  [
    // en
    `(?:doesn'?t|does not|don'?t|do not|isn'?t|is not|stopped|no longer|not) work(?:ing|s)?`,
    `won'?t (?:start|turn on|open|load|connect|print|charge|sync)`,
    `(?:can'?t|cannot|unable to) (?:log ?in|sign ?in|access|open|print|connect|download|find|see|get)`,
    `broken|faulty|defective|damaged|malfunction\\w*|leak(?:s|ing|ed)?|crash(?:es|ed|ing)?|glitch\\w*|error message|fault code`,
    `keeps (?:crashing|failing|freezing|dropping|stopping)|arrived damaged|wrong (?:item|size|colou?r|part)|missing (?:item|part)s?`,
    // de
    `funktionier\\w* nicht|geht nicht(?: mehr)?|kaputt\\w*|defekt\\w*|beschadigt\\w*|fehlermeldung|storung|undicht|tropft|ausgefallen|reklamation|startet nicht|lasst sich nicht`,
    // fr
    `ne (?:fonctionne|marche|demarre|s'allume|s allume) (?:pas|plus)|en panne|tombee? en panne|defectueu\\w*|abime\\w*|endommage\\w*|message d'erreur|fuite|dysfonctionnement|impossible de (?:me connecter|se connecter|ouvrir|imprimer|telecharger)`,
    // es, pt, it
    `no (?:funciona|arranca|enciende|carga)|averia\\w*|defectuos[oa]s?|danad[oa]s?|no puedo (?:acceder|entrar|abrir|imprimir)`,
    `nao (?:funciona|liga|carrega|consigo)|avaria\\w*|defeituos[oa]s?|danificad[oa]s?|vazamento`,
    `non (?:funziona|si accende|parte|riesco)|guast[oi]|difettos[oi]|danneggiat[oi]|malfunzionamento`,
    // nl
    `werkt niet(?: meer)?|doet het niet|lukt niet|kapot|beschadigd|storing|foutmelding|lekt|lekkage`,
    // pl, cs, sk
    `nie dzia[lł]a|awari\\w*|zepsu\\w*|uszkodzon\\w*|przecieka|usterk\\w*|nie mog[eę] (?:si[eę] zalogowa[cć]|otworzy[cć])`,
    `nefunguj\\w*|porucha|poskozen\\w*|poskoden\\w*|zavada|nejde to|nemuzu se prihlasit`,
    // sv, da, no, fi
    `fungerar inte|funkar inte|trasig\\w*|skadad\\w*|lacker|virker ikke|fungerer ikke|i stykker|[oø]delagt|ei toimi|rikki|viallinen|vuotaa`,
    // hu, ro, tr
    `nem mukodik|elromlott|serult|nu functioneaza|nu merge|stricat\\w*|deteriorat\\w*|cal[iı]sm[iı]yor|ar[iı]zal[iı]|bozuk|hasarl[iı]`,
    // ru, uk, ja, zh
    `не работает|не включается|сломал\\w*|неисправ\\w*|поломк\\w*|не працює|故障|不具合|壊れ|動かない|坏了|无法`,
  ].join('|'),
);

/**
 * The writer already deals with the recipient: a reference to their order, booking, contract or
 * project, or something the recipient delivered or installed. A prospect has none of these yet.
 */
const CUSTOMER = phrases(
  [
    // a document word beside its number: "order #4471", "zlecenie 26-3290", "devis n° 26-0412"
    `(?:order|booking|reservation|contract|ticket|case|project|job|bestellung|auftrag|buchung|vertrag|projekt|commande|reservation|contrat|dossier|devis|pedido|reserva|contrato|expediente|presupuesto|ordine|prenotazione|contratto|pratica|preventivo|bestelling|boeking|opdracht|offerte|encomenda|orcamento|zamowieni\\w*|zleceni\\w*|umow\\w*|objednavk\\w*|zakazk\\w*|tilaus\\w*|bestallning|ordre|rendeles|comanda|siparis)(?: ?(?:no|nr|n|number|nummer|numero|num|#|°|º)\\.?)? ?[:#]? ?[a-z]{0,3}-?\\d[\\d/-]{2,}`,
    // en
    `(?:our|my) (?:order|booking|reservation|contract|subscription|account|installation|delivery|project|event|machine|unit|system|website|licen[cs]e|account manager)`,
    `(?:we|i) (?:bought|ordered|purchased|booked|rented|hired)|you (?:delivered|installed|supplied|sold us|fitted|set up|built|repaired|serviced)|(?:since|after) (?:the|your) (?:update|upgrade|installation|delivery|visit|repair)`,
    // de
    `(?:unser|unsere|unseren|unserem|unserer|mein|meine|meinen|meinem|meiner) (?:bestellung|auftrag|buchung|reservierung|vertrag|abo|abonnement|konto|kundenkonto|anlage|gerat|maschine|lieferung|projekt|veranstaltung|lizenz)`,
    `bei (?:ihnen|euch) (?:gekauft|bestellt|gebucht)|(?:kunden|bestell|auftrags|vertrags)(?:nummer|nr)`,
    // fr
    `(?:notre|ma|mon|nos|mes) (?:commande|reservation|contrat|abonnement|compte|installation|livraison|projet|evenement|machine|appareil|licence|chantier)|(?:vous nous avez|que vous avez) (?:livre|installe|fourni|vendu|pose)`,
    // es, pt, it
    `(?:nuestro|nuestra|mi) (?:pedido|reserva|contrato|suscripcion|cuenta|instalacion|entrega|proyecto|evento|maquina|equipo|licencia|obra)`,
    `(?:nosso|nossa|meu|minha) (?:encomenda|pedido|reserva|contrato|assinatura|conta|instalacao|entrega|projeto|evento|maquina|obra)`,
    `(?:il nostro|la nostra|il mio|la mia) (?:ordine|prenotazione|contratto|abbonamento|account|impianto|consegna|progetto|evento|macchina|cantiere)`,
    // nl, pl, nordic
    `(?:onze|ons|mijn) (?:bestelling|order|boeking|reservering|contract|abonnement|account|installatie|levering|project|machine)|(?:klant|bestel|order|contract)nummer`,
    `(?:nasze|nasz|nasza|naszego|naszej|moje|moja|mojego|mojej) (?:zamowieni\\w*|zleceni\\w*|rezerwacj\\w*|umow\\w*|konto|instalacj\\w*|dostaw\\w*|projekt\\w*)`,
    `(?:var|min|mitt|vores|vor|vart|meidan) (?:bestallning|order|bokning|avtal|kontrakt|konto|installation|levering|leverans|projekt|tilaus|sopimus)`,
  ].join('|'),
);

export const TROUBLE_CONCEPT = '@trouble';
const CUSTOMER_CONCEPT = '@customer';

/** The mail's own concepts across languages, in folded text (marked with "@", never a word). */
function concepts(folded: string): string[] {
  const text = folded.replace(/[’‘`´]/g, "'").replace(/\s+/g, ' ');
  const found: string[] = [];
  if (TROUBLE.test(text)) found.push(TROUBLE_CONCEPT);
  if (CUSTOMER.test(text)) found.push(CUSTOMER_CONCEPT);
  return found;
}
