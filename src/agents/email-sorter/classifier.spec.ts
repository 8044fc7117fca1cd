import { correctionEvidence, OVERRIDE_SIMILARITY } from './corrections';
import { earlierMessage, freshBody } from './email-parse';
import { scoreNaiveBayes, softmax, trainNaiveBayes } from './naive-bayes';
import { features, words } from './tokenize';

describe('tokenize', () => {
  it('folds accents and replaces amounts, numbers and addresses by placeholders', () => {
    expect(words('Reçu: 1.234,56 € von anna@x.de, Nr 4711 https://x.de/a')).toEqual([
      'recu', 'zzmoney', 'von', 'zzemail', 'nr', 'zznum', 'zzurl',
    ]);
  });

  it('reads amounts in Nordic and Polish currencies as money', () => {
    expect(words('Att betala 1 234,56 kr, SEK 99')).toEqual(['att', 'betala', 'zzmoney', 'zzmoney']);
  });

  it('reads Chinese and Japanese, written without spaces, as character pairs, and keeps kana voicing marks', () => {
    expect(words('請求書をご確認ください')).toEqual(['請求', '求書', '書を', 'をご', 'ご確', '確認', '認く', 'くだ', 'ださ', 'さい']);
    expect(words('发票 abc')).toEqual(['发票', 'abc']);
  });

  it('adds bigrams and character n-grams of long words', () => {
    const f = features('Rechnungsnummer folgt');
    expect(f).toEqual(expect.arrayContaining(['rechnungsnummer', 'rechnungsnummer_folgt', '#<rech']));
  });
});

describe('concepts', () => {
  it('marks something that does not work, in many languages, and not a request to buy', () => {
    for (const text of [
      "Our coffee machine doesn't work since your technician's visit",
      'Der Drucker funktioniert nicht mehr, Fehlermeldung E07',
      'Le lave-vaisselle ne fonctionne plus depuis lundi',
      'ekspres do kawy nie działa i przecieka',
      'La caldera está averiada otra vez',
      'Tulostin ei toimi',
    ]) {
      expect(features(text)).toContain('@trouble');
    }
    expect(features('We would like a quote for 40 office chairs and their delivery')).not.toContain('@trouble');
  });

  it('marks a writer who already deals with the recipient: their order, booking or project by number or by name', () => {
    for (const text of ['Regarding order #4471: the wrong size arrived', 'suite à notre commande n° 26-0412', 'Czy w ramach zlecenia 26-3290 możecie przyjechać?', 'Wir haben bei Ihnen gekauft', 'onze bestelling van vorige week']) {
      expect(features(text)).toContain('@customer');
    }
    expect(features('Could you send us prices for 200 units? We are planning to order in March.')).not.toContain('@customer');
  });
});

describe('naive Bayes', () => {
  const docs = [
    ...Array.from({ length: 5 }, () => ({ label: 'a', features: ['apple', 'pear'] })),
    ...Array.from({ length: 5 }, () => ({ label: 'b', features: ['car', 'bus'] })),
  ];
  const model = trainNaiveBayes(['a', 'b'], docs, { minDocumentFrequency: 1 });

  it('counts a document given several times (to weigh more) once towards the vocabulary', () => {
    const once = { label: 'a', features: ['rare'] };
    const weighted = trainNaiveBayes(['a', 'b'], [once, once, once, { label: 'b', features: ['car'] }, { label: 'b', features: ['car'] }], { minDocumentFrequency: 2 });
    expect(Object.keys(weighted.logLikelihoods)).toEqual(['car']);
  });

  it('prefers the label whose features it sees, and is unsure about unknown words', () => {
    const known = softmax(scoreNaiveBayes(model, ['apple']).logits);
    expect(known[0]).toBeGreaterThan(known[1]);
    const unknown = scoreNaiveBayes(model, ['zebra']);
    expect(unknown.knownFeatures).toBe(0);
    expect(softmax(unknown.logits)).toEqual([0.5, 0.5]);
  });
});

describe('corrections', () => {
  it('overrides for a near-duplicate and only nudges for a loosely similar text', () => {
    const corrections = [{ text: 'Monthly partner stock report for the north warehouse', category: 'other' }];
    const near = correctionEvidence('Monthly partner stock report for the south warehouse', corrections);
    expect(near.override?.category).toBe('other');
    expect(near.override!.similarity).toBeGreaterThanOrEqual(OVERRIDE_SIMILARITY);
    const far = correctionEvidence('Dinner at our place on Saturday with the kids', corrections);
    expect(far.override).toBeNull();
  });

  it('ignores corrections with unknown categories', () => {
    expect(correctionEvidence('abc def', [{ text: 'abc def', category: 'bogus' }]).override).toBeNull();
  });
});

describe('freshBody', () => {
  it('drops quoted history and the signature', () => {
    expect(freshBody('New text\n\nOn Mon, 1 Jan 2024 Bob wrote:\n> old text')).toBe('New text');
    expect(freshBody('Hello\n-- \nBob, CEO')).toBe('Hello');
  });
});

describe('earlierMessage', () => {
  it('is the forwarded or quoted message without its header block and quote marks', () => {
    expect(earlierMessage('See below.\n\n---------- Forwarded message ---------\nFrom: A <a@x.example>\nDate: Mon, 2 Nov 2026\nSubject: Invoice 7\nTo: B <b@x.example>\n\nInvoice 7\nTotal 10.00')).toBe('Invoice 7\nTotal 10.00');
    expect(earlierMessage('Voilà.\n> -------- Message transféré --------\n> Sujet : Facture\n> De : T <t@x.example>\n>\n> FACTURE 12\n> > Total 5,00 €')).toBe('FACTURE 12\nTotal 5,00 €');
    expect(earlierMessage('Anbei.\n\nVon: Werkstatt <info@x.example>\nGesendet: Montag, 16. November 2026 10:02\nAn: Büro\nBetreff: Ihre Rechnung\n\nRechnung 2026-11873')).toBe('Rechnung 2026-11873');
    expect(earlierMessage('Just a note, nothing quoted.')).toBeNull();
  });
});
