import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodType } from 'zod';
import type { AgentRunContext } from '../../src/agents/agent.types';
import type { LlmClient, TokenUsage } from '../../src/agents/llm/llm.types';
import { runDataEntryAgent } from '../../src/agents/data-entry';

const FIXTURES = join(__dirname, '../fixtures/data-entry');
const read = (f: string) => readFileSync(join(FIXTURES, f), 'utf8');
const offline: AgentRunContext = { organizationId: 'org-1', llm: null };

class FakeLlm implements LlmClient {
  readonly model = 'fake';
  calls = 0;
  constructor(private readonly answer: unknown | Error) {}
  async structured<T>(schema: ZodType<T>): Promise<{ value: T; usage: TokenUsage }> {
    this.calls++;
    if (this.answer instanceof Error) throw this.answer;
    return { value: schema.parse(this.answer), usage: { inputTokens: 300, outputTokens: 40 } };
  }
  async complete(): Promise<{ text: string; usage: TokenUsage }> {
    throw new Error('not used');
  }
  chatModel(): never {
    throw new Error('not used');
  }
}

/** The Windows-1250 bytes of the Polish letters the test writes (everything else is ASCII). */
const WINDOWS_1250: Record<string, number> = { 'ę': 0xea, 'ą': 0xb9, 'ł': 0xb3, 'ż': 0xbf, 'ó': 0xf3, 'ś': 0x9c, 'ć': 0xe6, 'ń': 0xf1, 'ź': 0x9f, '–': 0x96 };

describe('data-entry agent: tables', () => {
  it('maps fuzzy multilingual CSV headers to crm-lead, coerces values and rejects bad rows', async () => {
    const { output, mode } = await runDataEntryAgent({ text: read('leads.csv'), target: 'crm-lead' }, offline);
    expect(mode).toBe('offline');
    expect(output.target).toBe('crm-lead');
    expect(output.records).toHaveLength(3);
    expect(output.records[0]).toEqual({
      name: 'Müller, Anna',
      company: 'Acme GmbH',
      email: 'anna.mueller@acme.example',
      phone: '+49301234567',
      source: 'Website',
      status: 'new',
      priority: 'high',
      value: 1234.56,
    });
    expect(output.records[1]).toMatchObject({ company: 'Dupont & Fils, SARL', phone: '+33123456789', value: 2500 });
    expect(output.records[2]).toMatchObject({ priority: 'low', value: 12000 });
    expect(output.rejected).toEqual([{ row: 3, reasons: expect.arrayContaining([expect.stringContaining('not-an-email')]) }]);
    expect(output.confidence).toHaveLength(3);
    for (const c of output.confidence) for (const v of Object.values(c)) expect(v).toBeGreaterThan(0);
    expect(output.confidence[0].status).toBeLessThan(1); // "Neu" → new is a translation, not a literal
  });

  it('sniffs semicolons and German decimals for inventory items', async () => {
    const { output } = await runDataEntryAgent({ text: read('inventory.csv'), target: 'inventory-item' }, offline);
    expect(output.records).toEqual([
      { sku: 'A-100', name: 'Bürostuhl „Ergo“', quantity: 12, unitPrice: 149.9, location: 'Lager Nord' },
      { sku: 'A-101', name: 'Schreibtisch 160 cm', quantity: 3, unitPrice: 1299, location: 'Lager Süd' },
    ]);
    expect(output.rejected.map((r) => r.row)).toEqual([3, 4]);
  });

  it('takes "Article No." for the SKU column', async () => {
    const text = 'Article No.,Description,Stock,Unit price (EUR)\nB-12,"Bolts M8, zinc (50 pcs)",120,3.40\n';
    const { output } = await runDataEntryAgent({ text, target: 'inventory-item' }, offline);
    expect(output.records).toEqual([{ sku: 'B-12', name: 'Bolts M8, zinc (50 pcs)', quantity: 120, unitPrice: 3.4 }]);
  });

  it('reads Markdown tables with French and Spanish headers', async () => {
    const { output } = await runDataEntryAgent({ text: read('contacts.md'), target: 'contact' }, offline);
    expect(output.records[0]).toEqual({
      name: 'Claire Morel',
      email: 'claire.morel@exemple.fr',
      phone: '0123456789',
      company: 'Boulangerie Morel',
      title: 'Gérante',
    });
    expect(output.records[1].phone).toBe('+34912345678');
  });

  it('reads columns aligned with spaces', async () => {
    const { output } = await runDataEntryAgent({ text: read('contacts-aligned.txt'), target: 'contact' }, offline);
    expect(output.records.map((r) => r.email)).toEqual(['tom@bakers.example', 'priya.shah@northwind.example']);
    expect(output.records[1].company).toBe('Northwind Ltd');
  });

  it("validates against an organization's own JSON Schema (enum, range, boolean, obfuscated e-mail)", async () => {
    const schema = JSON.parse(read('volunteer-schema.json'));
    const { output } = await runDataEntryAgent({ text: read('volunteers.tsv'), target: schema }, offline);
    expect(output.target).toBe('volunteer');
    expect(output.records).toEqual([
      { fullName: 'Lukas Meier', contactEmail: 'lukas@verein.example', mobile: '01511234567', shirtSize: 'L', hoursPerWeek: 5, firstAid: true },
    ]);
    expect(output.rejected).toEqual([
      { row: 2, reasons: [expect.stringContaining('XXL')] },
      { row: 3, reasons: [expect.stringContaining('above 40')] },
    ]);
  });
});

describe('data-entry agent: free text and e-mail', () => {
  it('reads business cards typed over: a card on one line cut by bars, honorifics and degrees before a name, a title compounded in Dutch', async () => {
    const cards = [
      'Visitekaartjes van de netwerkborrel:',
      '',
      'Ir. Joost van Leeuwen',
      'Projectdirecteur',
      'Bouwbedrijf Van Leeuwen B.V.',
      'joost@vanleeuwenbouw.nl',
      '',
      '---',
      'Fleur Dekker | Marketing & Communicatie | Studio Dekker Ontwerp',
      'fleur@studiodekker.nl · +31 6 555 48 271',
      '',
      '---',
      'Mevr. drs. Ingrid Smeets-Hoeks',
      'Praktijkhouder, Fysiotherapie Smeets',
      'info@fysio-smeets.nl',
    ].join('\n');
    const { output } = await runDataEntryAgent({ text: cards, target: 'contact' }, offline);
    expect(output.records).toEqual([
      { name: 'Joost van Leeuwen', title: 'Projectdirecteur', company: 'Bouwbedrijf Van Leeuwen B.V.', email: 'joost@vanleeuwenbouw.nl' },
      { name: 'Fleur Dekker', title: 'Marketing & Communicatie', company: 'Studio Dekker Ontwerp', email: 'fleur@studiodekker.nl', phone: '+31655548271' },
      { name: 'Ingrid Smeets-Hoeks', title: 'Praktijkhouder', company: 'Fysiotherapie Smeets', email: 'info@fysio-smeets.nl' },
    ]);
  });

  it('parses an e-mail signature block into a contact', async () => {
    const { output } = await runDataEntryAgent({ text: read('signature.eml'), target: 'contact', filename: 'signature.eml' }, offline);
    expect(output.rejected).toEqual([]);
    expect(output.records).toEqual([
      {
        name: 'Katrin Vogel',
        email: 'k.vogel@steuerbuero-vogel.de',
        phone: '+49309876540',
        company: 'Steuerbüro Vogel & Partner GmbH',
        title: 'Steuerberaterin',
        address: 'Hauptstraße 12, 10115 Berlin',
      },
    ]);
  });

  it('reads signatures in more styles: a title before the name, a legal form after a comma, a street over its postcode, "de" inside a job title', async () => {
    const italian = await runDataEntryAgent({ text: 'Buongiorno,\nvi chiedo un preventivo.\n\nCordiali saluti\n\nDott.ssa Federica Danieli\nResponsabile Acquisti\nVinhos Almeida & Filhos, Lda.\nGewerbepark Nord 7\n93055 Regensburg\nfederica.danieli@example.it', target: 'contact' }, offline);
    expect(italian.output.records[0]).toEqual({
      name: 'Federica Danieli',
      title: 'Responsabile Acquisti',
      company: 'Vinhos Almeida & Filhos, Lda.',
      address: 'Gewerbepark Nord 7, 93055 Regensburg',
      email: 'federica.danieli@example.it',
    });
    const spanish = await runDataEntryAgent({ text: 'Un saludo,\n\nLaura Pérez\nDirectora de Operaciones | Hoteles Brisamar S.L.\nlaura@brisamar.example', target: 'contact' }, offline);
    expect(spanish.output.records[0]).toMatchObject({ name: 'Laura Pérez', title: 'Directora de Operaciones', company: 'Hoteles Brisamar S.L.' });
  });

  it('reads a signature whose phone numbers share a line ("Tél. : … | Port. : …")', async () => {
    const text = [
      'Bonjour,',
      '',
      'Cordialement,',
      '--',
      'Julien Moreau',
      'Responsable des achats | Maison Lefèvre SAS',
      '12 rue de la République, 69002 Lyon',
      'Tél. : +33 4 72 10 20 30 | Port. : 06 12 34 56 78',
      'julien.moreau@maison-lefevre.fr',
    ].join('\n');
    const { output } = await runDataEntryAgent({ text, target: 'contact' }, offline);
    expect(output.rejected).toEqual([]);
    expect(output.records).toEqual([
      expect.objectContaining({ name: 'Julien Moreau', phone: '+33472102030', company: 'Maison Lefèvre SAS', email: 'julien.moreau@maison-lefevre.fr' }),
    ]);
  });

  it('reads the signature table of an HTML-only e-mail row by row, entities and a number-first street included', async () => {
    const html = [
      '<html><body><p>Bonjour,</p><p>Je vous envoie le devis lundi.</p><p>Cordialement,</p>',
      '<table><tr><td><b>Claire Dubois</b></td></tr><tr><td>Dubois &Eacute;b&eacute;nisterie SARL</td></tr>',
      '<tr><td>12 rue des Tanneurs<br>69002 Lyon</td></tr><tr><td>T&eacute;l.&nbsp;04 72 55 10 20</td></tr>',
      '<tr><td><a href="mailto:claire@dubois-ebenisterie.example">claire@dubois-ebenisterie.example</a></td></tr></table></body></html>',
    ].join('\n');
    const text = `From: Claire Dubois <claire@dubois-ebenisterie.example>\r\nTo: achats@example.org\r\nSubject: Devis\r\nDate: Mon, 16 Nov 2026 09:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`;
    const { output } = await runDataEntryAgent({ text, target: 'contact' }, offline);
    expect(output.records).toEqual([
      { name: 'Claire Dubois', company: 'Dubois Ébénisterie SARL', address: '12 rue des Tanneurs, 69002 Lyon', phone: '0472551020', email: 'claire@dubois-ebenisterie.example' },
    ]);
  });

  it('reads a North American phone alone on its line and a value said as "around $18k" or "orçamento … 25 000 euros"', async () => {
    const en = await runDataEntryAgent({ text: 'Hi,\n\nCould you quote 12 sensors? We are thinking around $18k all in.\n\nCheers,\nTom Whitfield\nWhitfield Brewing Co.\n(828) 555-0163', target: 'crm-lead' }, offline);
    expect(en.output.records).toEqual([expect.objectContaining({ name: 'Tom Whitfield', phone: '8285550163', value: 18000 })]);
    const pt = await runDataEntryAgent({ text: 'Boa tarde,\n\nO orçamento disponível é de cerca de 25 000 euros.\n\nRicardo Almeida\nVinhos Almeida & Filhos, Lda.\nTel.: +351 22 555 4087', target: 'crm-lead' }, offline);
    expect(pt.output.records).toEqual([expect.objectContaining({ name: 'Ricardo Almeida', value: 25000 })]);
  });

  it('reads an uploaded CSV saved in Windows-1252, with headings in Danish, a "Mail type" column beside the address, titles left out of names', async () => {
    const csv = '"Titel";"Fornavn";"Efternavn";"Firma";"Stilling";"Mailadresse";"Mailtype";"Mobiltelefon"\r\n"Dr.";"Søren";"Kjærgaard";"Nordlys ApS";"Overlæge";"soren@nordlys.example";"SMTP";"+45 20 55 50 17"\r\n';
    const { output } = await runDataEntryAgent({ contentBase64: Buffer.from(csv, 'latin1').toString('base64'), filename: 'kontakter.csv', target: 'contact' }, offline);
    expect(output.records).toEqual([{ name: 'Søren Kjærgaard', company: 'Nordlys ApS', title: 'Overlæge', email: 'soren@nordlys.example', phone: '+4520555017' }]);
  });

  it('reads an uploaded CSV saved in Windows-1250 (Polish stock report), and a contact list with Arabic headings and Arabic-Indic digits', async () => {
    const csv = 'Stany magazynowe – Magazyn główny\r\nSymbol;Nazwa;Jm;Stan;Cena zak. netto;Lokalizacja\r\nWKR-M8-50;Wkręt ocynkowany M8x50;szt.;1250,0000;0,18;A-01-03\r\nKLEJ-310;Klej montażowy 310 ml;szt.;48,0000;14,90;B-02-01\r\n';
    const bytes = Buffer.from(new TextDecoder('utf-8').decode(Buffer.from(csv)).split('').map((c) => WINDOWS_1250[c] ?? c.charCodeAt(0)));
    const stock = await runDataEntryAgent({ contentBase64: bytes.toString('base64'), filename: 'stany.csv', target: 'inventory-item' }, offline);
    expect(stock.output.records).toEqual([
      { sku: 'WKR-M8-50', name: 'Wkręt ocynkowany M8x50', quantity: 1250, unitPrice: 0.18, location: 'A-01-03' },
      { sku: 'KLEJ-310', name: 'Klej montażowy 310 ml', quantity: 48, unitPrice: 14.9, location: 'B-02-01' },
    ]);
    const arabic = 'الاسم,الشركة,المسمى الوظيفي,البريد الإلكتروني,الهاتف,العنوان\nم. سارة المنصوري,مؤسسة النور للتجارة,مديرة,sara@alnoor.example,٠٧٩٥٥٥٠١٨٧,عمّان\n';
    const contacts = await runDataEntryAgent({ text: arabic, target: 'contact' }, offline);
    expect(contacts.output.records).toEqual([{ name: 'سارة المنصوري', company: 'مؤسسة النور للتجارة', title: 'مديرة', email: 'sara@alnoor.example', phone: '0795550187', address: 'عمّان' }]);
  });

  it('reads a Cyrillic signature: title, legal form, street abbreviations, and the office phone with its extension', async () => {
    const text = 'Добрый день!\n\nСтарый номер +7 812 555-01-17 больше не действует.\n\nС уважением,\nИрина Соколова\nРуководитель отдела закупок\nООО «СеверТранс»\nТел.: +7 (495) 555-01-42, доб. 215\nE-mail: i.sokolova@severtrans.example\nг. Москва, ул. Лесная, д. 7, офис 304';
    const { output } = await runDataEntryAgent({ text, target: 'contact' }, offline);
    expect(output.records).toEqual([
      { name: 'Ирина Соколова', title: 'Руководитель отдела закупок', company: 'ООО «СеверТранс»', email: 'i.sokolova@severtrans.example', phone: '+74955550142', address: 'г. Москва, ул. Лесная, д. 7, офис 304' },
    ]);
  });

  it("maps a form export's questions to an organization's own schema ('¿Cuál es tu correo electrónico?', 'He leído y acepto la política de privacidad')", async () => {
    const csv = '#,"¿Cómo te llamas? (nombre y apellidos)","¿Cuál es tu correo electrónico profesional?","¿En qué empresa u organización trabajas?","He leído y acepto la política de privacidad",Submit Date (UTC)\na1b2,Lucía Martín Gómez,lucia.martin@ecotermia.example,Ecotermia Levante S.L.,1,2026-11-17 09:42:11\n';
    const target = {
      type: 'object',
      title: 'Inscripción',
      properties: { nombreCompleto: { type: 'string' }, email: { type: 'string', format: 'email' }, empresa: { type: 'string' }, aceptaPrivacidad: { type: 'boolean' } },
      required: ['nombreCompleto', 'email', 'aceptaPrivacidad'],
    };
    const { output } = await runDataEntryAgent({ text: csv, target }, offline);
    expect(output.records).toEqual([{ nombreCompleto: 'Lucía Martín Gómez', email: 'lucia.martin@ecotermia.example', empresa: 'Ecotermia Levante S.L.', aceptaPrivacidad: true }]);
  });

  it('reads an uploaded e-mail in its own charset (windows-1251), not as a Western code page', async () => {
    const body = 'С уважением,\r\nИрина Соколова\r\nРуководитель отдела закупок\r\nООО «СеверТранс»\r\nТел.: +7 (495) 555-01-42\r\nE-mail: i.sokolova@severtrans.example\r\n';
    const head = 'From: Irina <i.sokolova@severtrans.example>\r\nTo: d@x.example\r\nSubject: New details\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=windows-1251\r\nContent-Transfer-Encoding: 8bit\r\n\r\n';
    const cp1251 = (text: string) => Buffer.from([...text].map((c) => (c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x410 + 0xc0 : c === '«' ? 0xab : c === '»' ? 0xbb : c.charCodeAt(0))));
    const bytes = Buffer.concat([Buffer.from(head), cp1251(body)]);
    const { output } = await runDataEntryAgent({ contentBase64: bytes.toString('base64'), filename: 'details.eml', target: 'contact' }, offline);
    expect(output.records).toEqual([
      { name: 'Ирина Соколова', title: 'Руководитель отдела закупок', company: 'ООО «СеверТранс»', email: 'i.sokolova@severtrans.example', phone: '+74955550142' },
    ]);
  });

  it('reads two people signing one letter as two contacts, and key/value pairs joined by a dash', async () => {
    const text = "Bonjour Madame Keller,\n\nVous aurez deux interlocuteurs pour le projet.\n\nBien cordialement,\n\nCamille Morel\nResponsable commerciale\nAtelier Morel & Fils SARL\nTél. : +33 (0)4 65 71 00 18\ncamille.morel@ateliermorel.example\n\nJulien Petit\nChef de projet technique\nAtelier Morel & Fils SARL\nTél. : +33 (0)4 65 71 00 26 – Portable : 06 39 98 12 34\njulien.petit@ateliermorel.example\n\n--\nAtelier Morel & Fils SARL au capital de 20 000 €";
    const { output } = await runDataEntryAgent({ text, target: 'contact' }, offline);
    expect(output.records).toEqual([
      { name: 'Camille Morel', title: 'Responsable commerciale', company: 'Atelier Morel & Fils SARL', phone: '+33465710018', email: 'camille.morel@ateliermorel.example' },
      { name: 'Julien Petit', title: 'Chef de projet technique', company: 'Atelier Morel & Fils SARL', phone: '+33465710026', email: 'julien.petit@ateliermorel.example' },
    ]);
    // one signature with a blank line between the name and the contact lines stays one person
    const one = await runDataEntryAgent({ text: 'Merci !\n\nCordialement,\n\nCamille Morel\nResponsable commerciale\n\nTél. : +33 4 65 71 00 18\ncamille.morel@ateliermorel.example', target: 'contact' }, offline);
    expect(one.output.records).toEqual([expect.objectContaining({ name: 'Camille Morel', phone: '+33465710018', email: 'camille.morel@ateliermorel.example' })]);
  });

  it('takes no lead from an out-of-office reply, and says why; the same signature in a mail a person wrote is a lead', async () => {
    const mail = (headers: string) =>
      `From: Alejandro Ruiz <aruiz@levante.example>\r\nTo: m@elevatec.example\r\nSubject: ${headers}\r\nDate: Mon, 23 Nov 2026 08:02:15 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nEstaré fuera de la oficina hasta el 30 de noviembre.\r\n\r\nUn saludo,\r\n\r\nAlejandro Ruiz Campos\r\nJefe de Compras\r\nConstrucciones Levante S.L.\r\nTel. +34 96 555 01 10\r\n`;
    const auto = await runDataEntryAgent({ text: mail('Respuesta automática: RE: Presupuesto grúas'), filename: 'reply.eml', target: 'crm-lead' }, offline);
    expect(auto.output.records).toEqual([]);
    expect(auto.output.rejected).toEqual([{ row: 1, reasons: [expect.stringContaining('automatic reply')] }]);
    const written = await runDataEntryAgent({ text: mail('RE: Presupuesto grúas'), filename: 'reply.eml', target: 'crm-lead' }, offline);
    expect(written.output.records).toEqual([expect.objectContaining({ name: 'Alejandro Ruiz Campos', company: 'Construcciones Levante S.L.' })]);
  });

  it('reads vCards 2.1 with quoted-printable UTF-8 values, the formatted name as written, and names without a degree or emoji after them', async () => {
    const vcard = 'BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Tr=E1=BA=A7n;V=C4=83n=20H=C3=B9ng\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Tr=E1=BA=A7n=20V=C4=83n=20H=C3=B9ng\r\nORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:C=C3=B4ng=20ty=20Th=C3=A9p=20=\r\nH=C3=A0=20N=E1=BB=99i\r\nTEL;WORK:+84 24 5555 0142\r\nEND:VCARD\r\n';
    const card = await runDataEntryAgent({ text: vcard, target: 'contact' }, offline);
    expect(card.output.records).toEqual([{ name: 'Trần Văn Hùng', company: 'Công ty Thép Hà Nội', phone: '+842455550142' }]);
    const linkedin = 'First Name,Last Name,Email Address,Company,Position\nHannah,"Whitfield, CPA",hannah@wf.example,Whitfield & Co,Partner\nChloé,Martin 🌱,chloe@verde.example,Verde,Founder\n';
    const people = await runDataEntryAgent({ text: linkedin, target: 'contact' }, offline);
    expect(people.output.records.map((r) => r.name)).toEqual(['Hannah Whitfield', 'Chloé Martin']);
  });

  it('reads a box-drawn table with full-width digits and Japanese headings, and a Markdown table with bold names and mailto links', async () => {
    const ja = `在庫一覧表

┌──────────┬────────────┬────────┬─────────┬────────┐
│ 品番     │ 品名       │ 在庫数 │ 単価    │ 棚番   │
├──────────┼────────────┼────────┼─────────┼────────┤
│ JP-01    │ 湯呑み     │    120 │  ¥1,980 │ A-1-3  │
│ JP-02    │ 急須       │   １２ │ ¥12,800 │ B-2-1  │
└──────────┴────────────┴────────┴─────────┴────────┘`;
    const inventory = await runDataEntryAgent({ text: ja, target: 'inventory-item' }, offline);
    expect(inventory.output.records).toEqual([
      { sku: 'JP-01', name: '湯呑み', quantity: 120, unitPrice: 1980, location: 'A-1-3' },
      { sku: 'JP-02', name: '急須', quantity: 12, unitPrice: 12800, location: 'B-2-1' },
    ]);
    const md = `| Kontakt | Firma | E-post | Tlf | Prioritet | Verdi |\n|:--|:--|:--|:--|:--|--:|\n| **dr. Kari Bakke** | Bakke AS | [kari@bakke.example](mailto:kari@bakke.example) | 55 55 31 20 | Høy | 1,2 mill. kr |\n| Eirik Haugen | Haugen Rør AS | – | 915 55 012 | Middels | 45 000 kr |`;
    const leads = await runDataEntryAgent({ text: md, target: 'crm-lead' }, offline);
    expect(leads.output.records).toEqual([
      { name: 'Kari Bakke', company: 'Bakke AS', email: 'kari@bakke.example', phone: '55553120', priority: 'high', value: 1200000 },
      { name: 'Eirik Haugen', company: 'Haugen Rør AS', phone: '91555012', priority: 'medium', value: 45000 },
    ]);
  });

  it('reads a chat export line by line: the chat prefixes go, a shelf named alone is where the lines under it are', async () => {
    const text = `21/11/2026 18:02 - Ana Lima: segue a contagem
21/11/2026 18:03 - Ana Lima: *Prateleira A*
COD 1021 Caderno universitário – 86 un. – R$ 24,90
COD 1022 Caderno brochura – 140 un. – R$ 9,50
21/11/2026 18:04 - Ana Lima: *Prateleira B*
COD 2041 Marca-texto amarelo – acabou (0) – R$ 4,75`;
    const { output } = await runDataEntryAgent({ text, target: 'inventory-item' }, offline);
    expect(output.records).toEqual([
      { sku: '1021', name: 'Caderno universitário', quantity: 86, unitPrice: 24.9, location: 'Prateleira A' },
      { sku: '1022', name: 'Caderno brochura', quantity: 140, unitPrice: 9.5, location: 'Prateleira A' },
      { sku: '2041', name: 'Marca-texto amarelo', quantity: 0, unitPrice: 4.75, location: 'Prateleira B' },
    ]);
  });

  it('reads a call log one line per call, times and call directions aside', async () => {
    const text = `CALL LOG – Tue 17 Nov 2026

09:05  OUT  Bernadette Cole, Cole & Harte Solicitors, 0161 496 0725 – no answer
09:20  IN   Victor Sandoval (Sandoval Roofing) wants a quote, ballpark £18k. HOT. vsandoval@sandovalroofing.example`;
    const { output } = await runDataEntryAgent({ text, target: 'crm-lead' }, offline);
    expect(output.records).toEqual([
      { name: 'Bernadette Cole', company: 'Cole & Harte Solicitors', phone: '01614960725' },
      { name: 'Victor Sandoval', company: 'Sandoval Roofing', email: 'vsandoval@sandovalroofing.example', priority: 'high', value: 18000 },
    ]);
  });

  it("reads a reply's own signature, not its lines one by one, and not the quoted sender's", async () => {
    const text = [
      'From: Owen Tremaine <owen@tremaine.example>',
      'To: helen@kilnworks.example',
      'Subject: Re: revised quote',
      'Date: Fri, 20 Nov 2026 09:00:00 +0000',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Hi Helen,',
      '',
      'Thanks, that works. Could you invoice to accounts@tremaine.example this time?',
      '',
      'Cheers,',
      'Owen',
      '',
      '--',
      'Owen Tremaine | Studio Manager',
      'Tremaine Ceramics Ltd',
      '+44 (0)1872 555 604',
      '',
      'On Thu, 19 Nov 2026 at 16:02, Helen Vasquez <helen@kilnworks.example> wrote:',
      '> Hi Owen,',
      '>',
      "> As promised, attached is the revised quote. Let me know if you'd like to proceed.",
      '>',
      '> Best regards,',
      '>',
      '> Helen Vasquez',
      '> Key Account Manager',
      '> Kilnworks Supply Co.',
      '> Unit 9, Parkway Industrial Estate, Sheffield S9 3BL',
      '> T: +44 (0)114 555 0290 | M: +44 7700 900517',
      '> helen@kilnworks.example',
      '>',
    ].join('\r\n');
    const { output } = await runDataEntryAgent({ text, target: 'contact' }, offline);
    expect(output.records).toHaveLength(1);
    expect(output.records[0]).toMatchObject({ name: 'Owen Tremaine', company: 'Tremaine Ceramics Ltd', title: 'Studio Manager' });
  });

  it("cuts an Outlook reply header ('Von: … / Gesendet: …'), keeps a signature above a '--' disclaimer, and takes the sender's address over one named in the message", async () => {
    const mail = (body: string[]) =>
      ['From: Reto Baumgartner <r.baumgartner@holzbau.example>', 'To: c.meier@alpinscan.example', 'Subject: AW: Offerte', 'Date: Fri, 20 Nov 2026 09:00:00 +0100', 'Content-Type: text/plain; charset=utf-8', '', ...body].join('\r\n');
    const reply = await runDataEntryAgent(
      {
        text: mail([
          'Grüezi Frau Meier', '', 'Die Rechnung bitte an buchhaltung@holzbau.example.', '', 'Freundliche Grüsse', '', 'Reto Baumgartner', 'Geschäftsführer', 'Baumgartner Holzbau AG', 'Tel. 031 555 44 20',
          '', '--', 'Baumgartner Holzbau AG is registered in Bern. This e-mail is confidential.', '',
          'Von: Claudia Meier <c.meier@alpinscan.example>', 'Gesendet: Mittwoch, 18. November 2026 16:05', 'An: Reto Baumgartner', 'Betreff: Offerte', '',
          'Freundliche Grüsse', 'Claudia Meier', 'Key Account Managerin', 'AlpinScan GmbH', '+41 44 555 10 10',
        ]),
        target: 'contact',
      },
      offline,
    );
    expect(reply.output.records).toEqual([
      { name: 'Reto Baumgartner', title: 'Geschäftsführer', company: 'Baumgartner Holzbau AG', phone: '0315554420', email: 'r.baumgartner@holzbau.example' },
    ]);
  });

  it('reads pasted vCards, one contact per card', async () => {
    const text = [
      'BEGIN:VCARD', 'VERSION:3.0', 'FN:Emma Lindqvist', 'ORG:Nordic Design AB', 'TITLE:Creative Director', 'TEL;TYPE=WORK:+46 8 123 456 78',
      'EMAIL:emma@nordicdesign.se', 'ADR;TYPE=WORK:;;Sveavägen 44;Stockholm;;111 34;Sweden', 'END:VCARD',
      'BEGIN:VCARD', 'VERSION:3.0', 'N:Okafor;Chidi;;;', 'EMAIL;TYPE=INTERNET:chidi@okafor.example', 'END:VCARD',
    ].join('\r\n');
    const { output } = await runDataEntryAgent({ text, target: 'contact' }, offline);
    expect(output.rejected).toEqual([]);
    expect(output.records).toEqual([
      { name: 'Emma Lindqvist', email: 'emma@nordicdesign.se', phone: '+46812345678', company: 'Nordic Design AB', title: 'Creative Director', address: 'Sveavägen 44, 111 34 Stockholm, Sweden' },
      { name: 'Chidi Okafor', email: 'chidi@okafor.example' },
    ]);
  });

  it('finds a lead in German prose ("Herr … von der … GmbH")', async () => {
    const text = 'Kurze Notiz vom Messestand: Herr Stefan Brandt von der Brandt Metallbau GmbH (stefan.brandt@brandt-metallbau.de, 0711 987654) interessiert sich für 30 Lizenzen, Budget ca. 18.000 EUR.';
    const { output } = await runDataEntryAgent({ text, target: 'crm-lead' }, offline);
    expect(output.records).toEqual([expect.objectContaining({ name: 'Stefan Brandt', company: 'Brandt Metallbau GmbH', email: 'stefan.brandt@brandt-metallbau.de', value: 18000 })]);
  });

  it('reads a bulleted list of people met, one lead per bullet, and leaves out a bullet that names no one', async () => {
    const text = `Fair notes, Tuesday

- Met Olga Berger (Buyer, Alpenholz GmbH) at the stand, olga.berger@alpenholz.example, +43 660 555 1234. Wants a quote for 12 units, ~€9k. Hot lead!
- Tomás Ruiz from Ruiz Hermanos – call him on 0612 345 678. No budget yet. Low priority.
- A student asking for an internship, no details.`;
    const { output } = await runDataEntryAgent({ text, target: 'crm-lead' }, offline);
    expect(output.records).toEqual([
      { name: 'Olga Berger', company: 'Alpenholz GmbH', email: 'olga.berger@alpenholz.example', phone: '+436605551234', priority: 'high', value: 9000 },
      { name: 'Tomás Ruiz', company: 'Ruiz Hermanos', phone: '0612345678', priority: 'low' },
    ]);
  });

  it('reads a stock count written as chat lines: article number, count and shelf in any order; a line without an article number is rejected', async () => {
    const text = `counted the storeroom:
- 12x steel hinges (HG-STL-10), shelf A1
- door handles DH-BRS-02: 40 left, shelf A2
- 3 boxes of screws, no label`;
    const { output } = await runDataEntryAgent({ text, target: 'inventory-item' }, offline);
    expect(output.records).toEqual([
      { sku: 'HG-STL-10', name: 'steel hinges', quantity: 12, location: 'shelf A1' },
      { sku: 'DH-BRS-02', name: 'door handles', quantity: 40, location: 'shelf A2' },
    ]);
    expect(output.rejected).toHaveLength(1);
  });

  it('reads "Key: value" blocks in several languages as separate records', async () => {
    const { output } = await runDataEntryAgent({ text: read('key-values.txt'), target: 'contact' }, offline);
    expect(output.records).toEqual([
      { name: 'Peter Schulz', company: 'Kanzlei Schulz', phone: '0221445566', email: 'p.schulz@kanzlei-schulz.example' },
      { name: 'Olivia Chen', company: 'Chen Architects', email: 'olivia@chenarchitects.example' },
    ]);
  });

  it('finds a lead in a prose note', async () => {
    const { output } = await runDataEntryAgent({ text: read('lead-note.txt'), target: 'crm-lead' }, offline);
    expect(output.records[0]).toMatchObject({
      name: 'Sarah Lee',
      company: 'Fundwise Capital',
      email: 'sarah.lee@fundwise.example',
      phone: '+14155550134',
      value: 8500,
    });
    expect(output.confidence[0].name).toBeLessThan(0.9);
  });

  it('uses the model for free text and validates its answer with the same rules', async () => {
    const llm = new FakeLlm({
      records: [
        { name: 'Sarah Lee', company: 'Fundwise', email: 'sarah.lee@fundwise.example', priority: 'High', value: '8.500 €' },
        { name: 'Ghost', email: 'not an email', status: 'whatever' },
      ],
    });
    const run = await runDataEntryAgent({ text: read('lead-note.txt'), target: 'crm-lead' }, { organizationId: 'o', llm });
    expect(run.mode).toBe('llm');
    expect(run.usage).toEqual({ inputTokens: 300, outputTokens: 40 });
    expect(run.output.records).toEqual([{ name: 'Sarah Lee', company: 'Fundwise', email: 'sarah.lee@fundwise.example', priority: 'high', value: 8500 }]);
    expect(run.output.rejected[0].row).toBe(2);
  });

  it('falls back to offline parsing when the model fails, and does not call it for tables', async () => {
    const failing = new FakeLlm(new Error('rate limited'));
    const run = await runDataEntryAgent({ text: read('lead-note.txt'), target: 'crm-lead' }, { organizationId: 'o', llm: failing });
    expect(run.mode).toBe('offline');
    expect(run.output.records[0].email).toBe('sarah.lee@fundwise.example');

    const unused = new FakeLlm({ records: [] });
    await runDataEntryAgent({ text: read('leads.csv'), target: 'crm-lead' }, { organizationId: 'o', llm: unused });
    expect(unused.calls).toBe(0);
  });

  it('refuses unknown targets and empty input as permanent errors', async () => {
    await expect(runDataEntryAgent({ text: 'x', target: 'nope' }, offline)).rejects.toMatchObject({ code: 'invalid_target' });
    await expect(runDataEntryAgent({ text: 'x' }, offline)).rejects.toMatchObject({ code: 'invalid_target' });
    await expect(runDataEntryAgent({ text: ' ', target: 'contact' }, offline)).rejects.toMatchObject({ code: 'empty_input' });
    await expect(
      runDataEntryAgent({ text: 'a,b', target: { type: 'object', properties: { tags: { type: 'array' } } } }, offline),
    ).rejects.toMatchObject({ code: 'invalid_target' });
  });
});

describe("data-entry agent: an organization's own schema read by what its values are", () => {
  const rental = {
    title: 'verhuur',
    type: 'object',
    required: ['klant'],
    properties: {
      boekingsnummer: { type: 'string', pattern: '^VH-\\d{4}-\\d{3}$' },
      klant: { type: 'string' },
      klantEmail: { type: 'string', format: 'email' },
      materieel: { type: 'string', enum: ['Hoogwerker 12m', 'Steiger 6m', 'Minigraver 1,5t'] },
      aantal: { type: 'integer', minimum: 1 },
      van: { type: 'string', format: 'date' },
      tot: { type: 'string', format: 'date' },
    },
  };

  it('splits a digest into its keyed blocks and reads each: a booking number by its pattern, an e-mail inside the customer, a date range, a count after the thing', async () => {
    const digest = [
      'Nieuwe boekingen vandaag',
      '',
      'Boeking VH-2026-481',
      'Klant: Kroes Bouw B.V. (planning@kroes.example)',
      'Materieel: Hoogwerker 12 m (schaarlift) × 2',
      'Periode: 30-11-2026 t/m 04-12-2026',
      '----------------------------------------',
      'Boeking VH-2026-482',
      'Klant: Jansen Schilders – info@jansen.example',
      'Materieel: Minigraver 1,5 ton',
      'Periode: 01-12-2026 t/m 02-12-2026',
    ].join('\n');
    const { output } = await runDataEntryAgent({ text: digest, target: rental }, offline);
    expect(output.rejected).toEqual([]);
    expect(output.records).toEqual([
      { boekingsnummer: 'VH-2026-481', klant: 'Kroes Bouw B.V.', klantEmail: 'planning@kroes.example', materieel: 'Hoogwerker 12m', aantal: 2, van: '2026-11-30', tot: '2026-12-04' },
      { boekingsnummer: 'VH-2026-482', klant: 'Jansen Schilders', klantEmail: 'info@jansen.example', materieel: 'Minigraver 1,5t', van: '2026-12-01', tot: '2026-12-02' },
    ]);
  });

  it('maps columns whose headings name nothing (a form\'s questions) by their answers: e-mails, yes/no words in other languages, dates alone, a pattern', async () => {
    const applicant = {
      title: 'kandydat',
      type: 'object',
      required: ['fullName'],
      properties: {
        fullName: { type: 'string', 'x-synonyms': ["Ім'я"] },
        email: { type: 'string', format: 'email' },
        relocation: { type: 'boolean' },
        startDate: { type: 'string', format: 'date' },
        ticketId: { type: 'string', pattern: '^CV-\\d{4}$' },
      },
    };
    const form = [
      "Позначка часу\tІм'я\tВаша пошта для зв'язку\tЧи готові ви переїхати?\tКоли можете почати?\tНомер анкети",
      '22.11.2026 14:03:27\tОксана Бондар\toksana.b@mail.example\tТак\t01.12.2026\tCV-0412',
      '22.11.2026 15:40:02\tТарас Мельник\ttaras@post.example\tНі\t15.01.2027\tCV-0413',
    ].join('\n');
    const { output } = await runDataEntryAgent({ text: form, target: applicant }, offline);
    expect(output.rejected).toEqual([]);
    expect(output.records).toEqual([
      { fullName: 'Оксана Бондар', email: 'oksana.b@mail.example', relocation: true, startDate: '2026-12-01', ticketId: 'CV-0412' },
      { fullName: 'Тарас Мельник', email: 'taras@post.example', relocation: false, startDate: '2027-01-15', ticketId: 'CV-0413' },
    ]);
  });

  it('reads no value into a field when two columns or two texts fit it', async () => {
    const schema = { title: 't', type: 'object', required: ['name'], properties: { name: { type: 'string' }, code: { type: 'string', pattern: '^AB-\\d{2}$' } } };
    const { output } = await runDataEntryAgent({ text: 'Name: Ada Berg\nNote: swapped AB-12 for AB-13\n\n', target: schema }, offline);
    expect(output.records).toEqual([{ name: 'Ada Berg' }]);
  });

  it('reads a log written one entry per line: a pattern, dates by the word before them, a sum per day, yes/no said about a field, a word of its list, the rest in order', async () => {
    const rentals = {
      title: 'Udlejning',
      type: 'object',
      required: ['udstyr', 'inventarnummer', 'kunde', 'udlejet'],
      properties: {
        udstyr: { type: 'string' },
        inventarnummer: { type: 'string', pattern: '^UD-[0-9]{4}$' },
        kunde: { type: 'string' },
        udlejet: { type: 'string', format: 'date' },
        returneret: { type: 'string', format: 'date' },
        dagspris: { type: 'number', minimum: 0 },
        depositumBetalt: { type: 'boolean' },
        stand: { type: 'string', enum: ['god', 'slidt', 'defekt'] },
      },
    };
    const log = [
      'UDLEJNINGSLOG – november 2026',
      '',
      '02.11. UD-0107 Minigraver 1,5 t → Bygmester Holm ApS, 1.450 kr./dag, depositum betalt ✔, retur 06.11., stand ok',
      '03.11. UD-0031 Pladevibrator 90 kg → Lars Winther (privat), 395,- pr. dag, depositum: nej, retur 04.11., slidt bundplade',
      '09.11. Højtryksrenser → Karen Friis, 250 kr./dag',
    ].join('\n');
    const { output } = await runDataEntryAgent({ text: log, target: rentals }, offline);
    expect(output.records).toEqual([
      { udstyr: 'Minigraver 1,5 t', inventarnummer: 'UD-0107', kunde: 'Bygmester Holm ApS', udlejet: '2026-11-02', returneret: '2026-11-06', dagspris: 1450, depositumBetalt: true },
      { udstyr: 'Pladevibrator 90 kg', inventarnummer: 'UD-0031', kunde: 'Lars Winther', udlejet: '2026-11-03', returneret: '2026-11-04', dagspris: 395, depositumBetalt: false, stand: 'slidt' },
    ]);
    expect(output.rejected).toEqual([{ row: 3, reasons: ['inventarnummer: required'] }]);
  });

  it("reads a bulleted expense list: the writer who signed it for each line, a sum as the amount, 'no receipt' as no, a line without a date rejected", async () => {
    const expenses = {
      title: 'Declaratieregel',
      type: 'object',
      required: ['medewerker', 'datum', 'omschrijving', 'bedrag'],
      properties: {
        medewerker: { type: 'string', title: 'Naam medewerker' },
        datum: { type: 'string', format: 'date' },
        omschrijving: { type: 'string' },
        bedrag: { type: 'number', minimum: 0, title: 'Bedrag incl. btw (EUR)' },
        bonAanwezig: { type: 'boolean', title: 'Bon aanwezig?' },
      },
    };
    const mail = [
      'Hoi Fleur,',
      '',
      'Hierbij mijn declaraties van november 2026.',
      '',
      '- 03-11 treinkaartje Utrecht–Zwolle v.v. € 38,60',
      '- 12/11 toner voor de printer thuis €89,- (geen bon, online besteld)',
      '- fietsenmaker € 15,– datum weet ik niet meer',
      '',
      'Totaal: € 143,09',
      '',
      'Groet,',
      'Bram de Wit',
    ].join('\n');
    const { output } = await runDataEntryAgent({ text: mail, target: expenses }, offline);
    expect(output.records).toEqual([
      { medewerker: 'Bram de Wit', datum: '2026-11-03', omschrijving: 'treinkaartje Utrecht–Zwolle v.v.', bedrag: 38.6 },
      { medewerker: 'Bram de Wit', datum: '2026-11-12', omschrijving: 'toner voor de printer thuis', bedrag: 89, bonAanwezig: false },
    ]);
    expect(output.rejected).toEqual([{ row: 3, reasons: ['datum: required'] }]);
  });

  it('dates a day and month written without a year in the year the text names, and leaves them undated when it names none', async () => {
    const schema = { title: 'complaint', type: 'object', required: ['ticketId', 'receivedOn'], properties: { ticketId: { type: 'string', pattern: '^CMP-\\d{5}$' }, receivedOn: { type: 'string', format: 'date' } } };
    const table = 'ticket | received\nCMP-10231 | 02/11\nCMP-10232 | 13/11';
    const dated = await runDataEntryAgent({ text: `Complaints handover – w/c 2 Nov 2026\n\n${table}`, target: schema }, offline);
    expect(dated.output.records).toEqual([
      { ticketId: 'CMP-10231', receivedOn: '2026-11-02' },
      { ticketId: 'CMP-10232', receivedOn: '2026-11-13' },
    ]);
    const undated = await runDataEntryAgent({ text: table, target: schema }, offline);
    expect(undated.output.records).toEqual([]);
    expect(undated.output.rejected[0].reasons).toEqual(['receivedOn: "02/11" is not a date']);
  });

  it("fills a person's field from who signed the mail and a currency field from how the amounts are written", async () => {
    const claim = {
      title: 'Expense claim line',
      type: 'object',
      required: ['employee', 'date', 'amount'],
      properties: {
        employee: { type: 'string', title: 'Employee name' },
        date: { type: 'string', format: 'date' },
        description: { type: 'string' },
        amount: { type: 'number', minimum: 0 },
        currency: { type: 'string', enum: ['GBP', 'EUR', 'USD'] },
      },
    };
    const mail = 'Hi Finance,\n\nmy October expenses:\n\n| Date | Description | Amount |\n|---|---|---:|\n| 02/10/2026 | Train London–Leeds return | £142.60 |\n| 22/10/2026 | Hotel Frankfurt (2 nights) | €298.00 |\n| 23/10/2026 | Lunch Frankfurt | 74.50 |\n\nThanks,\nGareth Llewellyn';
    const { output } = await runDataEntryAgent({ text: mail, target: claim }, offline);
    expect(output.records).toEqual([
      { employee: 'Gareth Llewellyn', date: '2026-10-02', description: 'Train London–Leeds return', amount: 142.6, currency: 'GBP' },
      { employee: 'Gareth Llewellyn', date: '2026-10-22', description: 'Hotel Frankfurt (2 nights)', amount: 298, currency: 'EUR' },
      { employee: 'Gareth Llewellyn', date: '2026-10-23', description: 'Lunch Frankfurt', amount: 74.5 },
    ]);
  });

  it("joins first- and last-name columns into the schema's field for a person's name, and keeps them apart where the schema has both", async () => {
    const course = { title: 'Kurs Kaydı', type: 'object', required: ['studentName'], properties: { studentName: { type: 'string', title: 'Ad Soyad' }, email: { type: 'string', format: 'email' } } };
    const csv = 'Ad,Soyad,E-posta\nElif,Aksoy,elif@aksoy.example\nBurak,Öztürk,burak@ozturk.example';
    const joined = await runDataEntryAgent({ text: csv, target: course }, offline);
    expect(joined.output.records).toEqual([
      { studentName: 'Elif Aksoy', email: 'elif@aksoy.example' },
      { studentName: 'Burak Öztürk', email: 'burak@ozturk.example' },
    ]);
    const apart = { title: 'Anmeldung', type: 'object', required: ['vorname', 'nachname'], properties: { vorname: { type: 'string' }, nachname: { type: 'string' }, email: { type: 'string', format: 'email' } } };
    const kept = await runDataEntryAgent({ text: 'Vorname;Nachname;E-Mail\nHeike;Baumgartner;heike@fenster.example\nOliver;Stein;oliver@stein.example', target: apart }, offline);
    expect(kept.output.records[0]).toEqual({ vorname: 'Heike', nachname: 'Baumgartner', email: 'heike@fenster.example' });
  });

  it("maps a form's question to a field by its answers even when most, not all, are the field's words, and frees a column that only might have meant another field", async () => {
    const signup = {
      title: 'Webinar sign-up',
      type: 'object',
      required: ['fullName', 'email'],
      properties: { fullName: { type: 'string' }, email: { type: 'string', format: 'email' }, role: { type: 'string', enum: ['Student', 'Teacher', 'Parent', 'Other'] }, marketingConsent: { type: 'boolean' } },
    };
    const csv = [
      'Email Address,Your name,I am a...,Can we email you about future events?',
      'jessica@school.example,Mr Ahmed Karimi,Teacher,Yes',
      'lopez@school.example,Jessica Lopez,Deputy head,No',
      'tom@uni.example,Tom Baker,Student (MSc),Yes',
      'ann@home.example,Ann Lee,Parent,No',
    ].join('\n');
    const { output } = await runDataEntryAgent({ text: csv, target: signup }, offline);
    expect(output.records).toEqual([
      { fullName: 'Ahmed Karimi', email: 'jessica@school.example', role: 'Teacher', marketingConsent: true },
      { fullName: 'Jessica Lopez', email: 'lopez@school.example', marketingConsent: false },
      { fullName: 'Tom Baker', email: 'tom@uni.example', role: 'Student', marketingConsent: true },
      { fullName: 'Ann Lee', email: 'ann@home.example', role: 'Parent', marketingConsent: false },
    ]);
  });

  it('reads interview notes a paragraph per person: the name first, a phone, a number beside its word, a list value with a case ending, yes/no said about a field, a date', async () => {
    const applicant = {
      title: 'Työnhakija',
      type: 'object',
      required: ['nimi', 'sahkoposti', 'tehtava'],
      properties: {
        nimi: { type: 'string' },
        sahkoposti: { type: 'string', format: 'email', title: 'Sähköposti' },
        puhelin: { type: 'string' },
        tehtava: { type: 'string', enum: ['Varastotyöntekijä', 'Trukinkuljettaja', 'Tiiminvetäjä'], title: 'Haettu tehtävä' },
        kokemusVuosina: { type: 'number', minimum: 0, maximum: 50 },
        trukkikortti: { type: 'boolean' },
        aloituspaiva: { type: 'string', format: 'date', title: 'Voi aloittaa' },
      },
    };
    const notes = [
      'HAASTATTELUT ti 24.11.2026',
      '',
      'Emilia Virtanen – hakee trukinkuljettajaksi. 4,5 v kokemusta, trukkikortti on. Voi aloittaa 4.1.2027.',
      'emilia.virtanen@kotiposti.example, 040 555 1234',
      '',
      'Mikko Laine – varastotyöntekijäksi, ei trukkikorttia. mikko.laine@kotiposti.example. Aloitus heti.',
    ].join('\n');
    const { output } = await runDataEntryAgent({ text: notes, target: applicant }, offline);
    expect(output.records).toEqual([
      { nimi: 'Emilia Virtanen', sahkoposti: 'emilia.virtanen@kotiposti.example', puhelin: '0405551234', tehtava: 'Trukinkuljettaja', kokemusVuosina: 4.5, trukkikortti: true, aloituspaiva: '2027-01-04' },
      { nimi: 'Mikko Laine', sahkoposti: 'mikko.laine@kotiposti.example', tehtava: 'Varastotyöntekijä', trukkikortti: false },
    ]);
  });

  it('reads a fleet notebook: a plate by its pattern of letters and digits, numbers named by the word before them, a date written out in words', async () => {
    const vehicle = {
      title: 'Vehicle',
      type: 'object',
      required: ['plate', 'model'],
      properties: {
        plate: { type: 'string', pattern: '^[A-Z]{3} [0-9]{3}$' },
        model: { type: 'string' },
        mileageKm: { type: 'integer', minimum: 0, title: 'Mileage (km)' },
        fuel: { type: 'string', enum: ['diesel', 'petrol', 'electric'] },
        inspectionDue: { type: 'string', format: 'date' },
      },
    };
    const log = ['Fleet notebook', '', 'KLM 482 – VW Crafter, diesel. Mileage 184 300 km. Inspection due 15 March 2027.', 'ZEV 220 – Nissan e-NV200, electric, mileage 21 050 km'].join('\n');
    const { output } = await runDataEntryAgent({ text: log, target: vehicle }, offline);
    expect(output.records).toEqual([
      { plate: 'KLM 482', model: 'VW Crafter', fuel: 'diesel', mileageKm: 184300, inspectionDue: '2027-03-15' },
      { plate: 'ZEV 220', model: 'Nissan e-NV200', fuel: 'electric', mileageKm: 21050 },
    ]);
  });
});

