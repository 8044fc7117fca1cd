import fc from 'fast-check';
import { normalizeEmail, normalizePhone, parseNumber } from './coerce';
import { headerScore, mapHeaders } from './header-match';
import { finishRecords, rowsToRawRecords } from './records';
import { findTable } from './table-find';
import { withoutChatHeaders } from './note-list';
import { parseDelimited } from './table-parse';
import { BUILTIN_TARGETS } from './targets';

describe('normalizePhone with a note after the number', () => {
  it('drops an extension or a note in brackets, keeps a bracketed area code', () => {
    expect(normalizePhone('+36 62 555 0123 (115-ös mellék)')).toBe('+36625550123');
    expect(normalizePhone('+7 (495) 555-01-42, доб. 215')).toBe('+74955550142');
    expect(normalizePhone('(503) 555-0117')).toBe('5035550117');
  });
});

describe('normalizePhone and normalizeEmail on scans and crowded values', () => {
  it('reads letters OCR took for digits beside digits, and only there', () => {
    expect(normalizePhone('O1632 96O 7l4')).toBe('01632960714');
    expect(normalizePhone('T +44 (O)20 7946 0l83'.replace(/^T /, ''))).toBe('+442079460183');
    expect(normalizePhone('Mobile')).toBeNull();
  });

  it('takes the first of several numbers in one value', () => {
    expect(normalizePhone('+351 253 555 190 / telemóvel 936 555 402')).toBe('+351253555190');
    expect(normalizePhone('030 555 1234 oder 0176 555 0199')).toBe('0305551234');
    expect(normalizePhone('0711/555-3380')).toBe('07115553380');
  });

  it('reads a scanned "©" as "@" when the address has none', () => {
    expect(normalizeEmail('tom.ward©wardco.example')).toBe('tom.ward@wardco.example');
    expect(normalizeEmail('© 2026 Ward & Co')).toBeNull();
  });
});

describe('parseNumber', () => {
  it.each([
    ['1.234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['€ 1 234,5', 1234.5],
    ["1'234.50 CHF", 1234.5],
    ['12k', 12000],
    ['12 tys.', 12000],
    ['1,2 mill. kr', 1_200_000],
    ['1,2 mln zł', 1_200_000],
    ['340 000 kr', 340000],
    ['(50)', -50],
    ['0,5', 0.5],
  ])('%s → %d', (raw, expected) => expect(parseNumber(raw)?.value).toBeCloseTo(expected));

  it('marks a lone "1.234" as ambiguous and refuses words', () => {
    expect(parseNumber('1.234')).toEqual({ value: 1234, confidence: 0.7 });
    expect(parseNumber('twelve')).toBeNull();
  });

  it('round-trips integers written with thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        expect(parseNumber(n.toLocaleString('de-DE'))?.value).toBe(n);
        expect(parseNumber(n.toLocaleString('en-US'))?.value).toBe(n);
      }),
    );
  });
});

describe('e-mail and phone normalisation', () => {
  it('cleans e-mail addresses', () => {
    expect(normalizeEmail('<Anna@Example.COM>')).toBe('anna@example.com');
    expect(normalizeEmail('anna (at) example (dot) com')).toBe('anna@example.com');
    expect(normalizeEmail('anna@')).toBeNull();
  });

  it('cleans phone numbers', () => {
    expect(normalizePhone('+49 (0)30 123-456')).toBe('+4930123456');
    expect(normalizePhone('0044 20 7946 0958')).toBe('+442079460958');
    expect(normalizePhone('call me')).toBeNull();
    expect(normalizePhone('123')).toBeNull();
  });
});

describe('header matching', () => {
  const lead = BUILTIN_TARGETS['crm-lead'].fields;
  const field = (n: string) => lead.find((f) => f.name === n)!;

  it('knows synonyms in several languages and tolerates typos', () => {
    expect(headerScore('Courriel', field('email'))).toBe(1);
    expect(headerScore('Empresa', field('company'))).toBe(1);
    expect(headerScore('Tel.', field('phone'))).toBe(1);
    expect(headerScore('Phone #', field('phone'))).toBe(1);
    expect(headerScore('Compnay', field('company'))).toBeGreaterThan(0.6);
    expect(headerScore('Favourite colour', field('company'))).toBe(0);
  });

  it('combines first and last name columns', () => {
    const mapping = mapHeaders(['Vorname', 'Nachname', 'E-Mail'], lead);
    expect(mapping.firstName).toBe(0);
    expect(mapping.lastName).toBe(1);
    expect(mapping.fields.get(2)).toBe('email');
  });
});

describe('table parsing', () => {
  it('handles quotes, escaped quotes and newlines inside quotes', () => {
    expect(parseDelimited('a,"b, c","say ""hi""","multi\nline"\n1,2,3,4', ',')).toEqual([
      ['a', 'b, c', 'say "hi"', 'multi\nline'],
      ['1', '2', '3', '4'],
    ]);
  });

  const fields = (target: string) => BUILTIN_TARGETS[target].fields;
  const records = (text: string, target: string) => {
    const table = findTable(text, fields(target))!;
    return finishRecords(rowsToRawRecords(table.rows, table.mapping), BUILTIN_TARGETS[target]);
  };

  it('finds the header under a title line in any delimiter, and leaves prose out', () => {
    expect(findTable('a;b;c\nName;E-Mail;Firma\nAnna;anna@x.de;X GmbH', fields('contact'))?.layout).toBe(';');
    expect(findTable('Name\tE-Mail\nAnna\tanna@x.de', fields('contact'))?.layout).toBe('tab');
    const markdown = findTable('# Pipeline\nNotes from Monday.\n\n| Contact | Email |\n|---|---|\n| Anna | anna@x.de |\n\nThanks!', fields('contact'))!;
    expect(markdown).toMatchObject({ layout: 'pipes', header: ['Contact', 'Email'], rows: [['Anna', 'anna@x.de']] });
    expect(findTable('just one line of prose', fields('contact'))).toBeNull();
  });

  it('reads a stock list under a title, with a totals row at the bottom', () => {
    const out = records(
      `\uFEFFLagerbestand Hauptlager – Stand 31.10.2026;;;;\n;;;;\nArtikelnummer;Bezeichnung;Lagerort;Bestand;EK-Preis netto (€)\nA-100;Schraube M6;Regal 3;1.200;0,12 €\nA-101;Mutter M6;Regal 3;800;0,05 €\n;;;Summe;2.000`,
      'inventory-item',
    );
    expect(out.records).toEqual([
      { sku: 'A-100', name: 'Schraube M6', location: 'Regal 3', quantity: 1200, unitPrice: 0.12 },
      { sku: 'A-101', name: 'Mutter M6', location: 'Regal 3', quantity: 800, unitPrice: 0.05 },
    ]);
    expect(out.rejected).toHaveLength(1);
  });

  it('cuts a report with aligned columns by its headings, numbers aligned right', () => {
    const out = records(
      `STOCK STATUS REPORT                                PAGE 1\n\nITEM NO.     DESCRIPTION                 BIN      ON HAND   UNIT COST\n---------    --------------------------  -------  -------   ---------\nHX-100       Hex bolt M8 x 40            A-01-3       450        0.18\nWS-220       Washer, zinc, 8 mm          A-01-4     1,200        0.02`,
      'inventory-item',
    );
    expect(out.records).toEqual([
      { sku: 'HX-100', name: 'Hex bolt M8 x 40', location: 'A-01-3', quantity: 450, unitPrice: 0.18 },
      { sku: 'WS-220', name: 'Washer, zinc, 8 mm', location: 'A-01-4', quantity: 1200, unitPrice: 0.02 },
    ]);
  });

  it("reads a CRM's export: first and last name, prefixed headings, its own stage words, the mobile when the phone is empty", () => {
    const out = records(
      `"First Name","Last Name","Company / Account","Email","Phone","Mobile","Lead Status","Rating","Deal - Waarde"\n"Derek","Olawale","Harborview","derek@harborview.org","(503) 555-0117","","Open - Not Contacted","Warm","18.500"\n"Linda","Castellano","Castellano Dental","linda@cd.com","","(971) 555-0163","Working - Contacted","Hot",""\n"Ivo","Marek","Marek s.r.o.","ivo@marek.cz","","","Pending review","Cold",""`,
      'crm-lead',
    );
    expect(out.records).toEqual([
      { name: 'Derek Olawale', company: 'Harborview', email: 'derek@harborview.org', phone: '5035550117', status: 'new', priority: 'medium', value: 18500 },
      { name: 'Linda Castellano', company: 'Castellano Dental', email: 'linda@cd.com', phone: '9715550163', status: 'contacted', priority: 'high' },
      // a stage it does not know costs the stage, not the lead
      { name: 'Ivo Marek', company: 'Marek s.r.o.', email: 'ivo@marek.cz', priority: 'low' },
    ]);
    expect(out.dropped).toEqual([{ row: 3, field: 'status', reason: expect.stringContaining('Pending review') }]);
  });

  it("reads a stage from a second column of the same meaning when the first holds what it cannot read, and drops an export's record links", () => {
    const out = records(
      `"Transakcja - Tytuł","Transakcja - Wartość","Transakcja - Organizacja","Transakcja - Osoba kontaktowa","Transakcja - Etap","Transakcja - Status"\n"WMS","85000","Logistyka Centralna Sp. z o.o. (https://app.example/org/17)","Katarzyna Wiśniewska","Nowy lead","Otwarta"\n"Pilotaż","18000","Piekarnia Kłos s.c.","Marek Dąbrowski","Negocjacje","Przegrana"`,
      'crm-lead',
    );
    expect(out.records).toEqual([
      { name: 'Katarzyna Wiśniewska', company: 'Logistyka Centralna Sp. z o.o.', status: 'new', value: 85000 },
      { name: 'Marek Dąbrowski', company: 'Piekarnia Kłos s.c.', status: 'lost', value: 18000 },
    ]);
  });

  it('reads a board exported in groups: group titles, repeated headings and indented sub-tables are no records', () => {
    const out = records(
      [
        'Sales pipeline;;;;',
        'Nieuwe leads;;;;',
        'Name;Status;Bedrijf;E-mail;Dealwaarde',
        'Sanne de Vries;Nieuw;Bakkerij Van Dam B.V.;sanne@vandam.example;8500',
        'Nieuw item;;;;',
        ';;;;',
        'In gesprek;;;;',
        'Name;Status;Bedrijf;E-mail;Dealwaarde',
        'Fatima El Amrani;Offerte gestuurd;El Amrani Consultancy;fatima@elamrani.example;14750',
        ';Subitems;Status;Datum;',
        ';Follow-up bellen;Bezig;2026-11-25;',
        'Pieter-Jan Claes;Gekwalificeerd;Claes & Co BV;pj@claesco.example;31000',
      ].join('\n'),
      'crm-lead',
    );
    expect(out.records.map((r) => r.name)).toEqual(['Sanne de Vries', 'Fatima El Amrani', 'Pieter-Jan Claes']);
    expect(out.records[1]).toMatchObject({ status: 'proposal', value: 14750 });
  });

  it('reads a stock count whose rows are grouped under section titles (a warehouse, a product group)', () => {
    const out = records(
      [
        'Інвентаризаційний опис № 14 від 20.11.2026;;;;;',
        '№;Артикул;Найменування;Фактична кількість;Ціна, грн;Місце зберігання',
        ';;Склад №1 (Київ);;;',
        '1;ЕЛ-ПР-2.5;Провід ПВ-3 2,5 мм²;14;1 245,00;Стелаж А-2',
        ';;Склад №2 (Львів);;;',
        '2;ЕЛ-АВ-16;Автоматичний вимикач 16А;86;189,50;Стелаж Б-1',
      ].join('\n'),
      'inventory-item',
    );
    expect(out.records).toEqual([
      { sku: 'ЕЛ-ПР-2.5', name: 'Провід ПВ-3 2,5 мм²', quantity: 14, unitPrice: 1245, location: 'Стелаж А-2' },
      { sku: 'ЕЛ-АВ-16', name: 'Автоматичний вимикач 16А', quantity: 86, unitPrice: 189.5, location: 'Стелаж Б-1' },
    ]);
  });

  it('reads stages and priorities in Swedish and Korean, and HubSpot lead statuses', () => {
    const sv = records('Namn,Företag,E-post,Steg,Prioritet\nJohan Lindqvist,Nordisk Trä AB,,Offert skickad,Hög\nEmma Karlsson,,emma@telia.example,Ny,Låg', 'crm-lead');
    expect(sv.records).toEqual([
      { name: 'Johan Lindqvist', company: 'Nordisk Trä AB', status: 'proposal', priority: 'high' },
      { name: 'Emma Karlsson', email: 'emma@telia.example', status: 'new', priority: 'low' },
    ]);
    const ko = records('담당자명\t회사명\t단계\t우선순위\n김민준\t(주)한빛테크\t제안서 발송\t상\n최유나\t하늘건축\t실주\t하', 'crm-lead');
    expect(ko.records).toEqual([
      { name: '김민준', company: '(주)한빛테크', status: 'proposal', priority: 'high' },
      { name: '최유나', company: '하늘건축', status: 'lost', priority: 'low' },
    ]);
    const hubspot = records('First Name,Last Name,Company Name,Lead Status\nPéter,Nagy,Tisza Agrár Zrt.,Attempted to contact\nAnna,Tóth,Duna Kft.,Open Deal', 'crm-lead');
    expect(hubspot.records.map((r) => r.status)).toEqual(['contacted', 'qualified']);
  });

  it("takes the retail price over the supply price and a store's stock over a tracking flag, and reads Vietnamese headings with Đ", () => {
    const lightspeed = records('sku,name,supply_price,retail_price,track_inventory,inventory_Boutique_Lyon\nSAV-LAV-100,Savon à la lavande 100 g,2.10,5.90,1,48', 'inventory-item');
    expect(lightspeed.records).toEqual([{ sku: 'SAV-LAV-100', name: 'Savon à la lavande 100 g', unitPrice: 5.9, quantity: 48 }]);
    const vi = records('Mã hàng\tTên hàng\tTồn cuối kỳ\tĐơn giá (VNĐ)\nVT-0203\tSơn chống thấm 18L\t24\t1.250.000', 'inventory-item');
    expect(vi.records).toEqual([{ sku: 'VT-0203', name: 'Sơn chống thấm 18L', quantity: 24, unitPrice: 1250000 }]);
  });

  it('joins an address exported in columns of its own: street, postcode and city, country', () => {
    const salesforce = records(
      `"FIRSTNAME","LASTNAME","ACCOUNT.NAME","EMAIL","MAILINGSTREET","MAILINGCITY","MAILINGPOSTALCODE","MAILINGSTATE","MAILINGCOUNTRY"\n"Francesca","Rinaldi","Ceramiche Venete S.r.l.","f.rinaldi@cv.example","Via dell'Artigianato, 14","Nove","36055","","Italia"`,
      'contact',
    );
    expect(salesforce.records).toEqual([{ name: 'Francesca Rinaldi', company: 'Ceramiche Venete S.r.l.', email: 'f.rinaldi@cv.example', address: "Via dell'Artigianato, 14, 36055 Nove, Italia" }]);
    const german = records('Name;Firma;E-Mail;Straße;PLZ;Ort\nJonas Kühn;Kühn Metallbau GmbH;jk@kuehn.example;Gewerbepark 7;93055;Regensburg', 'contact');
    expect(german.records[0].address).toBe('Gewerbepark 7, 93055 Regensburg');
  });

  it('rejects a record given twice (a badge scanned again) and takes "[not provided]" as nothing', () => {
    const out = records(
      'First Name,Last Name,Company,Email\nRebecca,Lawson,Lakeside Clinic,r.lawson@lakeside.example\nAmir,[not provided],[not provided],amir@web.example\nRebecca,Lawson,Lakeside Clinic,R.Lawson@lakeside.example',
      'crm-lead',
    );
    expect(out.records).toEqual([
      { name: 'Rebecca Lawson', company: 'Lakeside Clinic', email: 'r.lawson@lakeside.example' },
      { name: 'Amir', email: 'amir@web.example' },
    ]);
    expect(out.rejected).toEqual([{ row: 3, reasons: ['the same record as row 1'] }]);
  });

  it('reads a value said in the notes column when no column holds it, and leaves a value column alone', () => {
    const out = records('Vorname,Nachname,Firma,E-Mail,Beschreibung\nMatthias,Kern,Kern & Söhne KG,m.kern@ks.example,"Budget ca. 25.000 € für Pilot, Entscheidung im Q1."\nJulia,Brandt,Hohenlohe GmbH,j.brandt@h.example,Interesse an Wartungsvertrag', 'crm-lead');
    expect(out.records).toEqual([
      { name: 'Matthias Kern', company: 'Kern & Söhne KG', email: 'm.kern@ks.example', value: 25000 },
      { name: 'Julia Brandt', company: 'Hohenlohe GmbH', email: 'j.brandt@h.example' },
    ]);
    const valued = records('Name,Email,Deal value,Notes\nTom,t@x.example,1200,budget about $9k', 'crm-lead');
    expect(valued.records[0].value).toBe(1200);
  });

  it('reads a stage in negotiation as a proposal, a lead not converted as lost, and a priority with an emoji before it', () => {
    const out = records('Name,Email,Etapa,Prioridade\nMariana Costa,m@costa.example,Negocjacje,🔥 Alta\nJonas Weber,j@w.example,Geschlossen - Nicht konvertiert,⭐ Baixa', 'crm-lead');
    expect(out.records.map((r) => [r.status, r.priority])).toEqual([
      ['proposal', 'high'],
      ['lost', 'low'],
    ]);
  });

  it('takes a bare "Nom" beside "Prénom" as the surname', () => {
    const mapping = mapHeaders(['Prénom', 'Nom', 'Courriel'], fields('contact'));
    expect([mapping.firstName, mapping.lastName, mapping.fields.get(2)]).toEqual([0, 1, 'email']);
  });

  it('takes first and last name over a column only like a name ("Contact owner")', () => {
    const mapping = mapHeaders(['First Name', 'Last Name', 'Email', 'Contact owner'], fields('contact'));
    expect([mapping.firstName, mapping.lastName, mapping.fields.get(2), mapping.fields.get(3)]).toEqual([0, 1, 'email', undefined]);
  });

  it('reads a box-drawn table ("+----+") whose headings run over two lines', () => {
    const text = `Stock count, workshop

+----------+-------------------+---------+-----------+
| Article- | Description       | Qty     | Unit      |
| number   |                   |         | price EUR |
+----------+-------------------+---------+-----------+
| AB-01    | Brake pads front  |      14 |     38.50 |
| AB-02    | Brake disc 280 mm |       6 |     54.90 |
+----------+-------------------+---------+-----------+`;
    const table = findTable(text, fields('inventory-item'))!;
    expect(table.layout).toBe('pipes');
    expect(table.header).toEqual(['Articlenumber', 'Description', 'Qty', 'Unit price EUR']);
    expect(table.rows).toEqual([
      ['AB-01', 'Brake pads front', '14', '38.50'],
      ['AB-02', 'Brake disc 280 mm', '6', '54.90'],
    ]);
  });

  it('takes no line of prose or of values for a heading: a sentence cut at its commas, a row with an e-mail address, a count with its unit', () => {
    const prose = 'Emilia Virtanen – hakee trukinkuljettajaksi. 4,5 v kokemusta, trukkikortti on.\nemilia@kotiposti.example, 040 555 1234, https://profiili.example/emilia\nJari Mäkinen – ei sähköpostia, puh 044 555 9090';
    expect(findTable(prose, fields('contact'))).toBeNull();
    const stock = 'hylly 2 (rikki, ei myyntiin): LP-01 1 kpl\nvarasto takana: SU-10 suodatinpaperi, 240 pkt à 2,50 €';
    expect(findTable(stock, fields('inventory-item'))).toBeNull();
  });

  it('reads headings in Turkish, Lithuanian, Bulgarian and Hindi, whose vowel signs are part of the word', () => {
    const mapping = mapHeaders(['Firma', 'Yetkili', 'Görev', 'E-posta'], fields('contact'));
    expect([...mapping.fields.entries()]).toEqual(expect.arrayContaining([[0, 'company'], [1, 'name'], [2, 'title'], [3, 'email']]));
    expect(mapHeaders(['Vardas, pavardė', 'El. paštas'], fields('contact')).fields.get(0)).toBe('name');
    expect(mapHeaders(['Име', 'Телефон'], fields('contact')).fields.get(0)).toBe('name');
    expect(mapHeaders(['नाम', 'ईमेल'], fields('contact')).fields.get(0)).toBe('name');
  });
});


describe('finishRecords on values read from free text', () => {
  it('treats a placeholder as nothing given and takes the honorific off a person’s name', () => {
    const out = finishRecords(
      [
        { row: 1, values: { name: { raw: 'Sr. Joaquim Alves Pereira', confidence: 0.9 }, company: { raw: '—', confidence: 0.9 }, email: { raw: 'joaquim@quinta.example', confidence: 0.9 } } },
        { row: 2, values: { name: { raw: 'Eng.ª Marta Cardoso', confidence: 0.9 }, email: { raw: 'm.cardoso@texteis.example', confidence: 0.9 } } },
        { row: 3, values: { name: { raw: '(em branco)', confidence: 0.9 }, email: { raw: 'geral@padaria.example', confidence: 0.9 } } },
      ],
      BUILTIN_TARGETS.contact,
    );
    expect(out.records).toEqual([
      { name: 'Joaquim Alves Pereira', email: 'joaquim@quinta.example' },
      { name: 'Marta Cardoso', email: 'm.cardoso@texteis.example' },
    ]);
    expect(out.rejected).toEqual([{ row: 3, reasons: ['name: required'] }]);
  });
});

describe('withoutChatHeaders', () => {
  it('drops the sender-and-time lines of Telegram and Slack exports, and keeps the messages', () => {
    const text = 'Zuzana Hrušková, [20.11.2026 8:43]\nIng. Martin Šimko, Agro Trnava s.r.o.\nRohit Sharma  10:14 AM\nKavita Menon, Menon Logistics, 10:30 call';
    expect(withoutChatHeaders(text).split('\n').filter(Boolean)).toEqual(['Ing. Martin Šimko, Agro Trnava s.r.o.', 'Kavita Menon, Menon Logistics, 10:30 call']);
  });
});
