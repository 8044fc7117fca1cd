'use strict';
// Invoice definitions 1-8. Each entry holds its data once; render() draws the
// PDF from the same data and the computed cents (c = compute(inv)).
const { money, qty, pct, date, GREY, LIGHT, rgb, table } = require('./lib');

const A4 = [595.28, 841.89], A4L = [841.89, 595.28], A5 = [419.53, 595.28];

module.exports = [
  // 1 ---------------------------------------------------------------- Germany
  {
    file: 'de-schreinerei-footer-only-seller',
    note: 'Germany, German. Craft firm (Schreinerei); seller name/address/VAT only in a 3-column footer; quantities with units ("7,5 Std."); "Zahlbar innerhalb von 14 Tagen" -> dueDate null.',
    page: A4, family: 'Helvetica', st: 'de', df: 'dmy.', currency: 'EUR', rate: 19,
    number: '2026-0187', issue: '2026-10-12', due: null,
    seller: { name: 'Schreinerei Matthias Huber', vat: 'DE 284 517 396', addr: ['Kirchweg 7', '83646 Bad Tölz'], email: 'info@schreinerei-huber.de' },
    buyer: { name: 'Gasthof Zur Post Lenggries GmbH', addr: ['Marktstraße 3', '83661 Lenggries'] },
    lines: [
      { d: 'Anfertigung Eckbank Eiche massiv, geölt, inkl. Polsterauflagen in Stoff nach Wahl', q: '1', u: 'Stk.', p: 248000 },
      { d: 'Montage vor Ort (2 Gesellen)', q: '7.5', u: 'Std.', p: 5800 },
      { d: 'Reparatur Tischplatten Gaststube: abschleifen, Risse verleimen, neu ölen', q: '12', u: 'Stk.', p: 4500 },
      { d: 'Anfahrtspauschale', q: '2', u: 'x', p: 3500 },
      { d: 'Kleinmaterial (Schrauben, Beschläge, Leim)', q: '1', u: 'psch.', p: 3840 },
    ],
    render(doc, inv, c) {
      const M = (v) => money(v, 'de'), D = (d) => date(d, 'dmy.');
      doc.text('RECHNUNG', 57, 70, { size: 22, font: 'bold', color: rgb(0.35, 0.2, 0.1) });
      doc.lines([inv.buyer.name, 'z. Hd. Frau Anna Lechner', ...inv.buyer.addr], 57, 150, { size: 10.5, lead: 14 });
      const mx = 360, vx = 540;
      [['Rechnungs-Nr.', inv.number], ['Rechnungsdatum', D(inv.issue)], ['Kunden-Nr.', '10452'], ['Leistungszeitraum', '21.09. – 02.10.2026'], ['Ihr Auftrag vom', '04.08.2026']]
        .forEach(([k, v], i) => { doc.text(k, mx, 150 + i * 14, { size: 9, color: GREY }); doc.text(v, vx, 150 + i * 14, { size: 9, align: 'right' }); });
      doc.text(`Rechnung Nr. ${inv.number}`, 57, 265, { size: 13, font: 'bold' });
      doc.para('Sehr geehrte Damen und Herren, für die in Ihrem Haus ausgeführten Schreinerarbeiten erlauben wir uns, wie folgt zu berechnen:', 57, 285, 480, { size: 9.5 });
      let y = table(doc, {
        x: 57, y: 312, size: 9.5, ruled: 'lines', headFill: rgb(0.93, 0.9, 0.86),
        cols: [{ label: 'Pos.', w: 32 }, { label: 'Bezeichnung', w: 230, wrap: true }, { label: 'Menge', w: 70, align: 'right' }, { label: 'Einzelpreis', w: 74, align: 'right' }, { label: 'Gesamt', w: 75, align: 'right' }],
        rows: c.lines.map((l, i) => [String(i + 1), l.d, `${qty(l.q, 'de')} ${l.u}`, M(l.p), M(l.net)]),
      });
      y += 18;
      const tl = 330, tr = 533;
      doc.text('Nettobetrag', tl, y, { size: 9.5 }); doc.text(`${M(c.subtotal)} €`, tr, y, { size: 9.5, align: 'right' }); y += 15;
      doc.text(`zzgl. ${inv.rate} % MwSt.`, tl, y, { size: 9.5 }); doc.text(`${M(c.tax)} €`, tr, y, { size: 9.5, align: 'right' }); y += 6;
      doc.hline(tl, tr, y, { t: 0.8 }); y += 13;
      doc.text('Rechnungsbetrag', tl, y, { size: 10.5, font: 'bold' }); doc.text(`${M(c.total)} €`, tr, y, { size: 10.5, font: 'bold', align: 'right' }); y += 4;
      doc.hline(tl, tr, y, { t: 0.8 }); doc.hline(tl, tr, y + 2, { t: 0.8 });
      y += 30;
      y = doc.para('Zahlbar innerhalb von 14 Tagen ohne Abzug. Bitte geben Sie bei der Überweisung die Rechnungsnummer an.', 57, y, 480, { size: 9.5 });
      doc.para('Vielen Dank für Ihren Auftrag! Die gelieferte Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.', 57, y + 4, 480, { size: 9.5 });
      // 3-column footer: the only place with seller details
      const fy = doc.H - 78;
      doc.hline(57, 538, fy - 12, { t: 0.5, color: GREY });
      const o = { size: 7.5, lead: 10, color: GREY };
      doc.lines([inv.seller.name, 'Inh. Matthias Huber, Schreinermeister', ...inv.seller.addr], 57, fy, o);
      doc.lines(['Tel. 08041 79 31 20', 'Fax 08041 79 31 29', inv.seller.email, 'www.schreinerei-huber.de'], 225, fy, o);
      doc.lines(['Sparkasse Bad Tölz-Wolfratshausen', 'IBAN DE41 7005 4306 0000 2184 33', 'BIC BYLADEM1WOR', `USt-IdNr.: ${inv.seller.vat}`], 380, fy, o);
    },
  },

  // 2 ---------------------------------------------------------------- Ireland
  {
    file: 'ie-plumbing-band-deposit',
    note: 'Ireland, English. Number/dates in a coloured header band; line-level discount column; deposit deducted -> amountDue set; explicit due date.',
    page: A4, family: 'Helvetica', st: 'en', df: 'd Mon y', currency: 'EUR', rate: 13.5,
    number: 'TH-2026-0311', issue: '2026-10-16', due: '2026-10-30', deposit: 100000,
    seller: { name: 'Tara Hill Plumbing & Heating Ltd', vat: 'IE 6388047V', addr: ['Unit 9, Navan Enterprise Centre', 'Trim Road, Navan', 'Co. Meath, C15 R2K8'], email: 'office@tarahillplumbing.ie' },
    buyer: { name: 'Siobhán Murphy', addr: ['12 Abbeylands', 'Navan', 'Co. Meath, C15 X7K2'], email: 'siobhan.murphy@eircom.net' },
    lines: [
      { d: 'Supply & fit Worcester Bosch Greenstar 30i ErP combi boiler incl. flue kit and magnetic filter', q: '1', p: 215000, disc: 10 },
      { d: 'Double panel radiator 600 x 1200 mm', q: '4', p: 16500, disc: 5 },
      { d: 'Thermostatic radiator valves', q: '8', p: 2450 },
      { d: 'Labour – removal of old system, installation, commissioning', q: '14', u: 'h', p: 5500 },
    ],
    render(doc, inv, c) {
      const M = (v) => money(v, 'en'), D = (d) => date(d, 'd Mon y');
      const W = doc.W;
      doc.rect(0, 0, W, 92, { fill: rgb(0.07, 0.33, 0.27) });
      const white = rgb(1, 1, 1);
      doc.text('TAX INVOICE', 40, 52, { size: 24, font: 'bold', color: white });
      [['Invoice No.', inv.number], ['Invoice Date', D(inv.issue)], ['Due Date', D(inv.due)]].forEach(([k, v], i) => {
        doc.text(k, 380, 32 + i * 16, { size: 9.5, color: rgb(0.75, 0.9, 0.85) });
        doc.text(v, W - 40, 32 + i * 16, { size: 9.5, font: 'bold', color: white, align: 'right' });
      });
      let y = doc.lines([inv.seller.name, ...inv.seller.addr, 'Tel: 046 902 7713', inv.seller.email, `VAT No: ${inv.seller.vat}`], 40, 122, { size: 9, lead: 12, firstBold: true });
      doc.text('BILL TO', 330, 122, { size: 8, font: 'bold', color: GREY });
      doc.lines([inv.buyer.name, ...inv.buyer.addr, inv.buyer.email], 330, 136, { size: 9, lead: 12 });
      doc.text('Job: Heating system upgrade, Abbeylands', 40, y + 14, { size: 9, font: 'it' });
      y = table(doc, {
        x: 40, y: y + 30, size: 9, ruled: 'lines', headFill: rgb(0.88, 0.94, 0.92),
        cols: [{ label: 'Description', w: 245, wrap: true }, { label: 'Qty', w: 40, align: 'right' }, { label: 'Unit Price', w: 75, align: 'right' }, { label: 'Disc.', w: 55, align: 'right' }, { label: 'Net (EUR)', w: 100, align: 'right' }],
        rows: c.lines.map((l) => [l.d, qty(l.q, 'en') + (l.u ? ' ' + l.u : ''), M(l.p), l.disc ? `${l.disc}%` : '', M(l.net)]),
      });
      y += 20;
      const rows = [['Subtotal', `€${M(c.subtotal)}`], [`VAT @ ${inv.rate}%`, `€${M(c.tax)}`], ['Total', `€${M(c.total)}`, 'bold'], ['Less deposit received 18 Sep 2026', `(€${M(c.deposit)})`], ['BALANCE DUE', `€${M(c.amountDue)}`, 'bold']];
      rows.forEach(([k, v, b], i) => {
        if (i === 4) { doc.rect(300, y - 12, 255, 18, { fill: rgb(0.88, 0.94, 0.92) }); }
        doc.text(k, 305, y, { size: 9.5, font: b }); doc.text(v, 550, y, { size: 9.5, font: b, align: 'right' }); y += 18;
      });
      y += 16;
      doc.lines(['Payment by EFT to: Tara Hill Plumbing & Heating Ltd', 'AIB Navan  IBAN IE29 AIBK 9311 5212 3456 78  BIC AIBKIE2D', 'Please quote the invoice number as reference.'], 40, y, { size: 8.5, lead: 12 });
      doc.text('Registered in Ireland No. 601223. Directors: P. Brady, C. Brady.', doc.W / 2, doc.H - 30, { size: 7, align: 'center', color: GREY });
    },
  },

  // 3 ---------------------------------------------------------------- Scotland
  {
    file: 'gb-scotland-electrician-a5',
    note: 'UK (Scotland), English. VAT-registered sole trader; A5 page; Times; "2 h" quantity; "payable within 14 days" -> dueDate null.',
    page: A5, family: 'Times', st: 'en', df: 'd Month y', currency: 'GBP', rate: 20,
    number: 'INV 0093', issue: '2026-11-03', due: null,
    seller: { name: 'MacLeod Electrical', vat: 'GB 318 4429 05', addr: ['14 Harbour Street', 'Portree, Isle of Skye', 'IV51 9DJ'], email: 'iain@macleodelectrical.co.uk' },
    buyer: { name: 'Skye Bakehouse Ltd', addr: ['3 Wentworth Street', 'Portree', 'IV51 9EJ'] },
    lines: [
      { d: 'Supply and install 3 double sockets, kitchen prep area', q: '1', p: 24000 },
      { d: 'EICR periodic inspection and certificate', q: '1', p: 18000 },
      { d: 'Fault finding on oven circuit, replace isolator', q: '2', u: 'h', p: 4800 },
    ],
    render(doc, inv, c) {
      const M = (v) => money(v, 'en'), D = (d) => date(d, 'd Month y');
      const L = 34, R = doc.W - 34;
      doc.text(inv.seller.name, L, 48, { size: 17, font: 'bold' });
      doc.lines(['Iain MacLeod, Approved Electrician', ...inv.seller.addr, `Tel 07700 900412  ·  ${inv.seller.email}`, `VAT Reg. No. ${inv.seller.vat}`], L, 64, { size: 8.5, lead: 10.5 });
      doc.text('INVOICE', R, 48, { size: 15, align: 'right', font: 'bold' });
      doc.hline(L, R, 142, { t: 1 });
      doc.text('Invoice to:', L, 160, { size: 8.5, font: 'it' });
      doc.lines([inv.buyer.name, ...inv.buyer.addr], L, 172, { size: 9.5, lead: 11.5 });
      [['Invoice no:', inv.number], ['Date / tax point:', D(inv.issue)], ['Your ref:', 'PO 2217']].forEach(([k, v], i) => {
        doc.text(k, 235, 160 + i * 12, { size: 8.5, font: 'it' }); doc.text(v, R, 160 + i * 12, { size: 9, align: 'right' });
      });
      let y = table(doc, {
        x: L, y: 232, size: 9, ruled: 'head',
        cols: [{ label: 'Description', w: 190, wrap: true }, { label: 'Qty', w: 36, align: 'right' }, { label: 'Rate', w: 48, align: 'right' }, { label: 'Amount', w: R - L - 274, align: 'right' }],
        rows: c.lines.map((l) => [l.d, qty(l.q, 'en') + (l.u ? ' ' + l.u : ''), M(l.p), M(l.net)]),
      });
      y += 16;
      [['Net', `£${M(c.subtotal)}`], [`VAT at ${inv.rate}%`, `£${M(c.tax)}`], ['Total due', `£${M(c.total)}`, 'bold']].forEach(([k, v, b]) => {
        doc.text(k, 230, y, { size: 9.5, font: b }); doc.text(v, R, y, { size: 9.5, font: b, align: 'right' }); y += 13;
      });
      y += 18;
      doc.para('Payment terms: payable within 14 days of the invoice date. Bank of Scotland, sort code 80-22-60, account 10487266 (I MacLeod). Thank you for your custom.', L, y, R - L, { size: 8.5, font: 'it', lead: 11 });
    },
  },

  // 4 ---------------------------------------------------------------- France
  {
    file: 'fr-graphiste-auto-entrepreneur',
    note: 'France, French. Micro-entrepreneur, "TVA non applicable, art. 293 B du CGI" (taxTotal 0, no TVA amount printed); table without any ruling lines (columns by spacing only); explicit due date.',
    page: A4, family: 'Helvetica', st: 'fr', df: 'dmy/', currency: 'EUR', rate: 0, taxMode: 'none',
    number: 'F-2026-031', issue: '2026-10-05', due: '2026-11-04',
    seller: { name: 'Camille Roux EI', addr: ['7 rue des Capucins', '69001 Lyon'], email: 'camille@rouxdesign.fr' },
    buyer: { name: 'Le Fournil de Saint-Jean SARL', vat: 'FR 47 512 345 678', addr: ['18 rue Mercière', '69002 Lyon'] },
    lines: [
      { d: 'Création du logo et de la charte graphique (3 pistes, 2 allers-retours)', q: '1', u: 'forfait', p: 85000 },
      { d: 'Déclinaison cartes de visite', q: '2', u: 'modèle', p: 9000 },
      { d: 'Maquette flyer A5 recto-verso', q: '1', u: 'forfait', p: 22000 },
      { d: 'Retouches supplémentaires', q: '2.5', u: 'h', p: 4000 },
    ],
    render(doc, inv, c) {
      const M = (v) => money(v, 'fr'), D = (d) => date(d, 'dmy/');
      doc.lines([inv.seller.name, 'Graphiste – identité visuelle', ...inv.seller.addr, inv.seller.email, '06 12 34 56 78', 'SIRET : 892 345 671 00018', 'APE : 7410Z'], 50, 60, { size: 9, lead: 12, firstBold: true });
      doc.text('Facture', 545, 66, { size: 26, align: 'right', color: rgb(0.55, 0.2, 0.35) });
      [['N°', inv.number], ['Date', D(inv.issue)], ['Échéance', D(inv.due)]].forEach(([k, v], i) => {
        doc.text(k, 420, 96 + i * 13, { size: 9, color: GREY }); doc.text(v, 545, 96 + i * 13, { size: 9, align: 'right' });
      });
      doc.text('Facturé à', 330, 170, { size: 8, color: GREY });
      doc.lines([inv.buyer.name, 'À l\'attention de M. Julien Perrin', ...inv.buyer.addr, `TVA intracom. : ${inv.buyer.vat}`], 330, 184, { size: 9.5, lead: 12.5 });
      doc.text('Objet : identité visuelle de la boulangerie', 50, 275, { size: 9.5, font: 'bold' });
      let y = table(doc, {
        x: 44, y: 300, size: 9.5, ruled: 'none', pad: 5, headColor: GREY,
        cols: [{ label: 'Désignation', w: 245, wrap: true }, { label: 'Qté', w: 40, align: 'right' }, { label: 'Unité', w: 55 }, { label: 'Prix unit. HT', w: 80, align: 'right' }, { label: 'Total HT', w: 82, align: 'right' }],
        rows: c.lines.map((l) => [l.d, qty(l.q, 'fr'), l.u, M(l.p), M(l.net)]),
      });
      y += 24;
      doc.text('Total HT', 400, y, { size: 9.5 }); doc.text(`${M(c.subtotal)} €`, 540, y, { size: 9.5, align: 'right' }); y += 18;
      doc.text('Net à payer', 400, y, { size: 11, font: 'bold' }); doc.text(`${M(c.total)} €`, 540, y, { size: 11, font: 'bold', align: 'right' }); y += 14;
      doc.text('TVA non applicable, art. 293 B du CGI', 540, y, { size: 8.5, font: 'it', align: 'right' });
      y += 40;
      y = doc.lines(['Conditions de paiement : virement à réception, au plus tard à la date d\'échéance.', 'IBAN FR76 1027 8073 0100 0204 5120 148  –  BIC CMCIFR2A', 'Pas d\'escompte pour paiement anticipé. En cas de retard, pénalités au taux de 3 fois le taux d\'intérêt légal', 'et indemnité forfaitaire pour frais de recouvrement de 40 euros (art. L441-10 du Code de commerce).'], 50, y, { size: 8, lead: 11, color: GREY });
    },
  },

  // 5 ---------------------------------------------------------------- Spain
  {
    file: 'es-traductora-irpf-totales-izquierda',
    note: 'Spain, Spanish. Freelancer with IRPF 15 % withholding: TOTAL FACTURA = base + IVA - IRPF (recorded as total; amountDue null); totals in a box at the LEFT; quantity "12.400" palabras.',
    page: A4, family: 'Times', st: 'de', df: 'dmy/', currency: 'EUR', rate: 21, irpf: 15,
    number: '2026/047', issue: '2026-10-14', due: '2026-11-13',
    seller: { name: 'Laura Martín Ortega', vat: '47382915-K', addr: ['Calle Alfonso I, 23, 2º B', '50003 Zaragoza'], email: 'laura@martintraducciones.es' },
    buyer: { name: 'Ebro Logística Integral, S.L.', vat: 'B-50873214', addr: ['Polígono Plaza, Calle Tarento 12', '50197 Zaragoza'], email: 'administracion@ebrologistica.es' },
    lines: [
      { d: 'Traducción técnica inglés-español del manual de usuario del sistema de almacén (por palabra)', q: '12400', p: 8 },
      { d: 'Revisión terminológica y maquetación en InDesign', q: '6', u: 'h', p: 3500 },
      { d: 'Recargo por urgencia (entrega en 48 horas)', q: '1', p: 12000 },
    ],
    render(doc, inv, c) {
      const M = (v) => money(v, 'de'), D = (d) => date(d, 'dmy/');
      doc.lines([inv.seller.name, 'Traducción e interpretación', `NIF: ${inv.seller.vat}`, ...inv.seller.addr, 'Tel. 676 54 32 10', inv.seller.email], 50, 60, { size: 10, lead: 13, firstBold: true });
      doc.text('FACTURA', 545, 66, { size: 24, font: 'bold', align: 'right' });
      doc.rect(375, 82, 170, 50, { border: GREY });
      [['Nº factura:', inv.number], ['Fecha:', D(inv.issue)], ['Vencimiento:', D(inv.due)]].forEach(([k, v], i) => {
        doc.text(k, 382, 97 + i * 14, { size: 10 }); doc.text(v, 538, 97 + i * 14, { size: 10, font: 'bold', align: 'right' });
      });
      doc.text('CLIENTE', 50, 170, { size: 9, font: 'bold', color: GREY });
      doc.lines([inv.buyer.name, `CIF: ${inv.buyer.vat}`, ...inv.buyer.addr, inv.buyer.email], 50, 184, { size: 10, lead: 13 });
      let y = table(doc, {
        x: 50, y: 270, size: 10, ruled: 'grid', headFill: LIGHT,
        cols: [{ label: 'Concepto', w: 265, wrap: true }, { label: 'Cantidad', w: 70, align: 'right' }, { label: 'Precio', w: 75, align: 'right' }, { label: 'Importe', w: 85, align: 'right' }],
        rows: c.lines.map((l) => [l.d, qty(l.q, 'de') + (l.u ? ' ' + l.u : ''), M(l.p), M(l.net)]),
      });
      y += 25;
      doc.rect(50, y, 235, 86, { border: rgb(0, 0, 0), t: 1 });
      const rows = [['Base imponible', `${M(c.subtotal)} €`], [`IVA ${inv.rate} %`, `${M(c.tax)} €`], [`Retención IRPF ${inv.irpf} %`, `-${M(c.irpf)} €`], ['TOTAL FACTURA', `${M(c.total)} €`, 'bold']];
      rows.forEach(([k, v, b], i) => {
        const yy = y + 18 + i * 19;
        if (i === 3) doc.hline(50, 285, yy - 13, { t: 0.6 });
        doc.text(k, 58, yy, { size: 10.5, font: b }); doc.text(v, 278, yy, { size: 10.5, font: b, align: 'right' });
      });
      doc.lines(['Forma de pago: transferencia bancaria', 'IBAN: ES91 2100 0418 4502 0005 1332', 'Banco: CaixaBank'], 310, y + 18, { size: 9.5, lead: 13 });
      doc.para('Factura sujeta a retención del IRPF según el art. 101 de la Ley 35/2006. Los datos personales se tratarán conforme al RGPD.', 50, y + 120, 495, { size: 8.5, font: 'it', color: GREY });
    },
  },

  // 6 ---------------------------------------------------------------- Italy
  {
    file: 'it-fotografo-forfettario-bollo',
    note: 'Italy, Italian. Regime forfettario: no IVA (taxTotal 0), "Imposta di bollo" 2,00 € stamp duty as its own line (part of subtotal/total); centred letterhead; km quantity.',
    page: A4, family: 'Times', st: 'de', df: 'dmy/', currency: 'EUR', rate: 0, taxMode: 'none',
    number: '14/2026', issue: '2026-10-20', due: '2026-11-19',
    seller: { name: 'Marco Ferri Fotografo', vat: 'IT 03874250984', addr: ['Via dei Mille 18', '25122 Brescia (BS)'], email: 'studio@marcoferrifoto.it' },
    buyer: { name: 'Cantina Colli Morenici S.r.l.', vat: 'IT 02456780987', addr: ['Strada Provinciale 12, n. 40', '46040 Monzambano (MN)'], email: 'amministrazione@collimorenici.it' },
    lines: [
      { d: 'Servizio fotografico vigneti e cantina (1 giornata)', q: '1', p: 65000 },
      { d: 'Post-produzione e consegna immagini in alta risoluzione', q: '40', u: 'foto', p: 750 },
      { d: 'Rimborso spese di trasferta Brescia - Monzambano A/R', q: '126', u: 'km', p: 40 },
      { d: 'Imposta di bollo su originale', q: '1', p: 200 },
    ],
    render(doc, inv, c) {
      const M = (v) => money(v, 'de'), D = (d) => date(d, 'dmy/');
      const cx = doc.W / 2;
      doc.text(inv.seller.name, cx, 58, { size: 18, font: 'bold', align: 'center' });
      doc.text(`${inv.seller.addr.join(' - ')}  |  ${inv.seller.email}`, cx, 74, { size: 9, align: 'center' });
      doc.text(`P. IVA ${inv.seller.vat}  |  C.F. FRRMRC85C12B157X`, cx, 86, { size: 9, align: 'center' });
      doc.hline(50, 545, 96, { t: 0.5 });
      doc.text('Spett.le', 330, 130, { size: 10, font: 'it' });
      doc.lines([inv.buyer.name, ...inv.buyer.addr, `P. IVA ${inv.buyer.vat}`, `PEC: ${inv.buyer.email}`, 'Codice destinatario: M5UXCR1'], 330, 144, { size: 10, lead: 13 });
      doc.text(`FATTURA N. ${inv.number} del ${D(inv.issue)}`, 50, 245, { size: 13, font: 'bold' });
      let y = table(doc, {
        x: 50, y: 262, size: 10, ruled: 'grid', headFill: rgb(0.85, 0.85, 0.85),
        cols: [{ label: 'Descrizione', w: 255, wrap: true }, { label: 'Q.tà', w: 60, align: 'right' }, { label: 'Prezzo unitario', w: 90, align: 'right' }, { label: 'Importo', w: 90, align: 'right' }],
        rows: c.lines.map((l) => [l.d, qty(l.q, 'de') + (l.u ? ' ' + l.u : ''), M(l.p), M(l.net)]),
      });
      y += 22;
      [['Totale documento', `€ ${M(c.subtotal)}`], ['Netto a pagare', `€ ${M(c.total)}`, 'bold']].forEach(([k, v, b]) => {
        doc.text(k, 360, y, { size: 10.5, font: b }); doc.text(v, 545, y, { size: 10.5, font: b, align: 'right' }); y += 16;
      });
      y += 20;
      y = doc.para('Operazione senza applicazione dell\'IVA, effettuata ai sensi dell\'articolo 1, commi da 54 a 89, della Legge n. 190/2014 - Regime forfettario. Compenso non soggetto a ritenuta d\'acconto ai sensi dell\'art. 1, comma 67, L. 190/2014.', 50, y, 495, { size: 9, font: 'it', lead: 12 });
      y = doc.para('Imposta di bollo da 2,00 euro assolta sull\'originale (importo superiore a 77,47 euro).', 50, y + 4, 495, { size: 9, font: 'it', lead: 12 });
      doc.lines([`Scadenza pagamento: ${D(inv.due)}`, 'Modalità: bonifico bancario - IBAN IT60 X054 2811 1010 0000 0123 456'], 50, y + 16, { size: 10, lead: 13 });
    },
  },

  // 7 ---------------------------------------------------------------- Portugal
  {
    file: 'pt-oficina-landscape',
    note: 'Portugal, Portuguese. Landscape A4; wide table with Ref./Un./Desc.%/IVA columns; one line discounted 10 %; ISO dates; ATCUD.',
    page: A4L, family: 'Helvetica', st: 'fr', df: 'iso', currency: 'EUR', rate: 23,
    number: 'FT 2026/312', issue: '2026-10-08', due: '2026-11-07',
    seller: { name: 'Auto Silva & Filhos, Lda.', vat: 'PT 507 123 456', addr: ['Rua do Almada 210', '4050-032 Porto'], email: 'oficina@autosilva.pt' },
    buyer: { name: 'Transportes Douro Norte, Lda.', vat: 'PT 509 876 543', addr: ['Avenida da Boavista 1420', '4100-114 Porto'] },
    lines: [
      { ref: 'SRV-60K', d: 'Revisão completa 60.000 km – Renault Master 45-XR-12', q: '1', u: 'SV', p: 18500 },
      { ref: 'OL-5W30', d: 'Óleo motor 5W30 sintético', q: '7.5', u: 'L', p: 1120 },
      { ref: 'FO-1182', d: 'Filtro de óleo', q: '1', u: 'UN', p: 1490 },
      { ref: 'PT-4471', d: 'Pastilhas de travão dianteiras (jogo)', q: '2', u: 'JG', p: 4850, disc: 10 },
      { ref: 'MO', d: 'Mão de obra', q: '3.5', u: 'H', p: 3800 },
    ],
    render(doc, inv, c) {
      const M = (v) => money(v, 'fr'), D = (d) => date(d, 'iso');
      doc.lines([inv.seller.name, ...inv.seller.addr, `NIF: ${inv.seller.vat}`, `Tel. 222 005 118  ·  ${inv.seller.email}`, 'Capital social 50 000 € · C.R.C. Porto'], 40, 50, { size: 9, lead: 12, firstBold: true });
      doc.text('FATURA', 800, 56, { size: 22, font: 'bold', align: 'right', color: rgb(0.1, 0.25, 0.55) });
      [['Número', inv.number], ['Data', D(inv.issue)], ['Vencimento', D(inv.due)], ['ATCUD', 'JJ8K2F3M-312']].forEach(([k, v], i) => {
        doc.text(k, 640, 78 + i * 13, { size: 9, color: GREY }); doc.text(v, 800, 78 + i * 13, { size: 9, font: 'bold', align: 'right' });
      });
      doc.text('Exmo.(s) Sr.(s)', 360, 78, { size: 8, color: GREY });
      doc.lines([inv.buyer.name, ...inv.buyer.addr, `NIF: ${inv.buyer.vat}`], 360, 92, { size: 9.5, lead: 12.5 });
      let y = table(doc, {
        x: 40, y: 160, size: 9, ruled: 'lines', headFill: rgb(0.85, 0.89, 0.96),
        cols: [{ label: 'Ref.', w: 62 }, { label: 'Descrição', w: 300, wrap: true }, { label: 'Qtd.', w: 50, align: 'right' }, { label: 'Un.', w: 34 }, { label: 'Preço Unit.', w: 78, align: 'right' }, { label: 'Desc. %', w: 55, align: 'right' }, { label: 'IVA %', w: 45, align: 'right' }, { label: 'Valor', w: 138, align: 'right' }],
        rows: c.lines.map((l) => [l.ref, l.d, qty(l.q, 'fr'), l.u, M(l.p), l.disc ? pct(l.disc, 'fr') + ',00' : '0,00', String(l.rate), M(l.net)]),
      });
      y += 22;
      // tax summary on the left
      table(doc, {
        x: 40, y, size: 8.5, ruled: 'grid',
        cols: [{ label: 'Taxa IVA', w: 60, align: 'right' }, { label: 'Incidência', w: 80, align: 'right' }, { label: 'Valor IVA', w: 80, align: 'right' }],
        rows: c.taxes.map((t) => [`${t.rate}%`, M(t.base), M(t.tax)]),
      });
      const discTot = c.lines.reduce((a, l) => a + l.discAmt, 0), gross = c.lines.reduce((a, l) => a + l.gross, 0);
      [['Total ilíquido', M(gross)], ['Total descontos', M(discTot)], ['Total s/ IVA', M(c.subtotal)], ['Total IVA', M(c.tax)], ['TOTAL (EUR)', M(c.total), 'bold']].forEach(([k, v, b]) => {
        doc.text(k, 600, y + 10, { size: b ? 11 : 9.5, font: b }); doc.text(v, 800, y + 10, { size: b ? 11 : 9.5, font: b, align: 'right' }); y += 15;
      });
      doc.text('Pagamento por transferência: IBAN PT50 0033 0000 4535 7812 6490 5 (Millennium bcp)', 40, y + 30, { size: 8.5 });
      doc.text('Os bens/serviços foram colocados à disposição do adquirente na data do documento. Processado por programa certificado n.º 2871/AT.', 40, y + 44, { size: 7.5, color: GREY });
    },
  },

  // 8 ---------------------------------------------------------------- Netherlands
  {
    file: 'nl-webbureau-btw-verlegd-amount-first',
    note: 'Netherlands, Dutch. KvK; BTW verlegd (EU reverse charge to a Belgian buyer, tax 0); AMOUNT column first; Dutch month names; seller block right-aligned.',
    page: A4, family: 'Helvetica', st: 'de', df: 'nl', currency: 'EUR', rate: 0,
    number: 'F2026-0058', issue: '2026-10-09', due: '2026-10-23', printZeroTax: true,
    seller: { name: 'Studio Vermeer Webontwikkeling', vat: 'NL864213579B01', addr: ['Oudegracht 112', '3511 AX Utrecht'], email: 'hallo@studiovermeer.nl' },
    buyer: { name: 'Atelier Lumière SRL', vat: 'BE 0712.345.678', addr: ['Rue de Flandre 44', '1000 Bruxelles', 'België'] },
    lines: [
      { d: 'Ontwerp en bouw webshop (WooCommerce), incl. 3 feedbackrondes', q: '1', u: 'project', p: 320000 },
      { d: 'Koppeling met boekhoudpakket via API', q: '12', u: 'uur', p: 8500 },
      { d: 'Hosting en onderhoud november 2026 t/m oktober 2027', q: '12', u: 'mnd', p: 2950 },
    ],
    render(doc, inv, c) {
      const M = (v) => money(v, 'de'), D = (d) => date(d, 'nl');
      const R = 545;
      doc.lines([inv.seller.name, ...inv.seller.addr, inv.seller.email, 'KvK 74125896', `BTW-id ${inv.seller.vat}`, 'IBAN NL91 ABNA 0417 1643 00'], R, 55, { size: 8.5, lead: 11.5, align: 'right', firstBold: true });
      doc.text('Factuur', 50, 75, { size: 28, font: 'bold', color: rgb(0.9, 0.45, 0.1) });
      doc.lines([inv.buyer.name, 't.a.v. Mme Élodie Marchal', ...inv.buyer.addr, `BTW-nr. afnemer: ${inv.buyer.vat}`], 50, 150, { size: 10, lead: 13 });
      [['Factuurnummer', inv.number], ['Factuurdatum', D(inv.issue)], ['Vervaldatum', D(inv.due)], ['Projectcode', 'LUM-WEB']].forEach(([k, v], i) => {
        doc.text(k, 340, 150 + i * 14, { size: 9, color: GREY }); doc.text(v, R, 150 + i * 14, { size: 9, align: 'right' });
      });
      let y = table(doc, {
        x: 50, y: 250, size: 10, ruled: 'head', pad: 5,
        cols: [{ label: 'Bedrag', w: 85, align: 'right' }, { label: 'Omschrijving', w: 250, wrap: true }, { label: 'Aantal', w: 80, align: 'right' }, { label: 'Tarief', w: 80, align: 'right' }],
        rows: c.lines.map((l) => [`€ ${M(l.net)}`, l.d, `${qty(l.q, 'de')} ${l.u}`, `€ ${M(l.p)}`]),
      });
      y += 20;
      [['Subtotaal', `€ ${M(c.subtotal)}`], ['BTW verlegd', `€ ${M(c.tax)}`], ['Totaal te betalen', `€ ${M(c.total)}`, 'bold']].forEach(([k, v, b]) => {
        doc.text(v, 135, y, { size: 10.5, font: b, align: 'right' }); doc.text(k, 150, y, { size: 10.5, font: b }); y += 16;
      });
      y += 20;
      y = doc.para('BTW verlegd naar de afnemer (art. 196 Richtlijn 2006/112/EG). Autoliquidation / VAT reverse charge.', 50, y, 495, { size: 9, font: 'it' });
      doc.para(`Graag ontvangen wij het totaalbedrag uiterlijk op ${D(inv.due)} op IBAN NL91 ABNA 0417 1643 00 t.n.v. ${inv.seller.name}, onder vermelding van ${inv.number}.`, 50, y + 8, 495, { size: 9 });
    },
  },
];
