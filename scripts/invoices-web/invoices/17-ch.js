'use strict';
// Swiss Rechnung with QR-bill payment part (Empfangsschein + Zahlteil, real Swiss QR code with the
// SPC payload), CHF with apostrophe grouping in the body and space grouping in the payment part,
// MWST 8.1 % and 2.6 %, address window on the right, decimal quantity (hours).
module.exports = function (L) {
  const C = c => L.num(c, { dec: '.', grp: "'" });           // 1'234.56
  const Q = c => L.num(c, { dec: '.', grp: ' ' });           // QR-bill: 1 234.56
  const seller = {
    name: 'Rebberg Catering Meier GmbH',
    vatId: L.chUid('28461930'),
    address: ['Unterdorfstrasse 14', '8472 Seuzach'],
    email: 'info@rebberg-catering.ch',
  };
  const buyer = {
    name: 'Immobilien Seeblick AG',
    vatId: null,
    address: ['Seestrasse 210', '8800 Thalwil'],
    email: null,
  };
  if (!seller.vatId) throw new Error('UID');
  const items = [
    { description: 'Apéro-Platten «Zürcher Oberland», für 12 Personen', qty: '6', mu: 'Stk.', unit: 9600, rate: '2.6' },
    { description: 'Gemüse-Sticks mit zwei Dips, Schale', qty: '8', mu: 'Stk.', unit: 2450, rate: '2.6' },
    { description: 'Hausgebackenes Sauerteigbrot 1 kg', qty: '10', mu: 'Stk.', unit: 980, rate: '2.6' },
    { description: 'Mineralwasser still / mit Kohlensäure 50 cl', qty: '120', mu: 'Fl.', unit: 190, rate: '2.6' },
    { description: 'Servicepersonal, Einsatz 17:00–22:30 Uhr (3 Personen)', qty: '16.5', mu: 'Std.', unit: 5800, rate: '8.1' },
    { description: 'Miete Stehtische inkl. Husse', qty: '12', mu: 'Stk.', unit: 1400, rate: '8.1' },
    { description: 'Lieferung und Abholung Thalwil', qty: '1', mu: 'pauschal', unit: 8500, rate: '8.1' },
  ];
  for (const it of items) it.amount = L.lineAmount(it.qty, it.unit);
  const taxes = L.taxTable(items);
  const subtotal = items.reduce((a, i) => a + i.amount, 0);
  const taxTotal = taxes.reduce((a, t) => a + t.tax, 0);
  const total = subtotal + taxTotal;
  const no = '2026-1127';
  const qrIban = L.iban('CH', '31999' + '123000889012');
  const ref = L.qrRef('00000000000013842026112700'.slice(0, 26));
  const payload = ['SPC', '0200', '1', qrIban, 'S', seller.name, 'Unterdorfstrasse', '14', '8472', 'Seuzach', 'CH',
    '', '', '', '', '', '', '', L.dot(total), 'CHF', 'S', buyer.name, 'Seestrasse', '210', '8800', 'Thalwil', 'CH',
    'QRR', ref, 'Rechnung ' + no, 'EPD'].join('\n');
  const qr = L.qrSvg('ch-qr-rechnung', payload, 46);
  const cross = `<svg class="cross" width="7mm" height="7mm" viewBox="0 0 19.8 19.8"><rect width="19.8" height="19.8" fill="#fff"/><rect x="0.7" y="0.7" width="18.4" height="18.4" fill="#000"/><rect x="8.3" y="4" width="3.3" height="11" fill="#fff"/><rect x="4.4" y="7.9" width="11" height="3.3" fill="#fff"/></svg>`;
  const ibanSp = L.ibanSpaced(qrIban);
  const refSp = L.qrRefSpaced(ref);

  const rows = items.map((it, i) => `<tr><td>${i + 1}</td><td>${L.esc(it.description)}</td><td class="r">${L.qfmt(it.qty, '.')}</td><td>${it.mu}</td><td class="r">${C(it.unit)}</td><td class="r">${it.rate}%</td><td class="r">${C(it.amount)}</td></tr>`).join('');
  const taxRows = taxes.map(t => `<tr><td>MWST ${t.rate}% auf CHF ${C(t.base)}</td><td class="r">${C(t.tax)}</td></tr>`).join('');

  const html = `<!doctype html><html lang="de-CH"><head><meta charset="utf-8"><title>Rechnung ${no}</title>
<style>
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9pt; color: #000; }
.page { position: relative; width: 210mm; height: 297mm; }
.body { position: absolute; top: 12mm; left: 20mm; right: 15mm; }
.head { display: flex; justify-content: space-between; }
.logo { font-size: 15pt; font-weight: 700; color: #6b2d5c; }
.logo small { display: block; font-size: 7.5pt; font-weight: 400; color: #555; }
.sender { font-size: 8pt; line-height: 1.45; text-align: right; }
.win { position: absolute; top: 34mm; left: 98mm; width: 77mm; line-height: 1.45; }
.win .pp { font-size: 6.5pt; white-space: nowrap; border-bottom: .4pt solid #000; margin-bottom: 2mm; padding-bottom: .5mm; }
.meta { position: absolute; top: 34mm; left: 0; line-height: 1.55; }
.meta td { padding: 0 4mm 0 0; }
.main { position: absolute; top: 70mm; left: 0; right: 0; }
h1 { font-size: 13pt; margin: 0 0 2mm; }
table.it { width: 100%; border-collapse: collapse; margin-top: 3mm; font-size: 8.3pt; }
table.it th { text-align: left; border-bottom: .8pt solid #000; padding: 1.3mm 1mm; }
table.it td { padding: 1.3mm 1mm; border-bottom: .3pt solid #bbb; }
.r, th.r { text-align: right !important; white-space: nowrap; }
table.tot { width: 85mm; margin: 2mm 0 0 auto; border-collapse: collapse; font-size: 8.5pt; }
table.tot td { padding: 1mm 1mm; }
table.tot .g td { font-weight: 700; border-top: .8pt solid #000; border-bottom: .8pt solid #000; }
.cond { margin-top: 2.5mm; font-size: 8pt; line-height: 1.45; }
/* QR-bill payment part */
.qrbill { position: absolute; top: 192mm; left: 0; width: 210mm; height: 105mm; border-top: .3pt dashed #000; display: flex; font-family: 'Liberation Sans', Arial, sans-serif; }
.qrbill .scis { position: absolute; top: -2.6mm; left: 5mm; font-size: 8pt; background: #fff; }
.receipt { width: 62mm; padding: 5mm; border-right: .3pt dashed #000; position: relative; }
.receipt .ttl, .pay .ttl { font-size: 11pt; font-weight: 700; margin-bottom: 3mm; }
.receipt .h { font-size: 6pt; font-weight: 700; margin-top: 2.5mm; }
.receipt .v { font-size: 8pt; line-height: 1.25; }
.receipt .amt { display: flex; gap: 6mm; margin-top: 5mm; }
.receipt .acc { position: absolute; right: 5mm; top: 82mm; font-size: 6pt; font-weight: 700; }
.pay { width: 148mm; padding: 5mm; display: flex; gap: 5mm; }
.pay .left { width: 51mm; }
.pay .qrbox { position: relative; width: 46mm; height: 46mm; margin: 2mm 0 6mm; }
.pay .qrbox .cross { position: absolute; left: 19.5mm; top: 19.5mm; }
.pay .amt { display: flex; gap: 6mm; }
.pay .h { font-size: 8pt; font-weight: 700; margin-top: 2.5mm; }
.pay .v { font-size: 10pt; line-height: 1.25; }
.pay .right { flex: 1; padding-top: 7mm; }
</style></head><body><div class="page">
<div class="body">
  <div class="head"><div class="logo">Rebberg Catering<small>Apéro · Buffet · Events im Zürcher Weinland</small></div>
    <div class="sender">${seller.name}<br>${seller.address.join('<br>')}<br>052 316 44 80 · ${seller.email}<br>MWST-Nr.: ${seller.vatId}</div></div>
  <div class="meta"><table>
    <tr><td>Rechnung Nr.</td><td><b>${no}</b></td></tr>
    <tr><td>Datum</td><td>10.11.2026</td></tr>
    <tr><td>Kunden-Nr.</td><td>1384</td></tr>
    <tr><td>Anlass</td><td>Apéro Eröffnung Showroom, 06.11.2026</td></tr>
  </table></div>
  <div class="win"><div class="pp">${seller.name}, ${seller.address.join(', ')}</div>${buyer.name}<br>Frau Claudia Brunner<br>${buyer.address.join('<br>')}</div>
  <div class="main">
    <h1>Rechnung ${no}</h1>
    Sehr geehrte Frau Brunner, besten Dank für Ihren Auftrag. Wir erlauben uns, Ihnen folgende Leistungen in Rechnung zu stellen:
    <table class="it"><thead><tr><th>Pos.</th><th>Bezeichnung</th><th class="r">Menge</th><th>Einheit</th><th class="r">Preis</th><th class="r">MWST</th><th class="r">Betrag CHF</th></tr></thead>
    <tbody>${rows}</tbody></table>
    <table class="tot">
      <tr><td>Total exkl. MWST</td><td class="r">${C(subtotal)}</td></tr>
      ${taxRows}
      <tr class="g"><td>Total zu bezahlen CHF</td><td class="r">${C(total)}</td></tr>
    </table>
    <div class="cond">Zahlbar bis 10.12.2026 (30 Tage netto) mit beiliegendem QR-Einzahlungsschein.</div>
  </div>
</div>
<div class="qrbill"><span class="scis">✂</span>
  <div class="receipt">
    <div class="ttl">Empfangsschein</div>
    <div class="h">Konto / Zahlbar an</div><div class="v">${ibanSp}<br>${seller.name}<br>${seller.address.join('<br>')}</div>
    <div class="h">Referenz</div><div class="v">${refSp}</div>
    <div class="h">Zahlbar durch</div><div class="v">${buyer.name}<br>${buyer.address.join('<br>')}</div>
    <div class="amt"><div><div class="h">Währung</div><div class="v">CHF</div></div><div><div class="h">Betrag</div><div class="v">${Q(total)}</div></div></div>
    <div class="acc">Annahmestelle</div>
  </div>
  <div class="pay">
    <div class="left">
      <div class="ttl">Zahlteil</div>
      <div class="qrbox">${qr}${cross}</div>
      <div class="amt"><div><div class="h">Währung</div><div class="v">CHF</div></div><div><div class="h">Betrag</div><div class="v">${Q(total)}</div></div></div>
    </div>
    <div class="right">
      <div class="h">Konto / Zahlbar an</div><div class="v">${ibanSp}<br>${seller.name}<br>${seller.address.join('<br>')}</div>
      <div class="h">Referenz</div><div class="v">${refSp}</div>
      <div class="h">Zusätzliche Informationen</div><div class="v">Rechnung ${no}</div>
      <div class="h">Zahlbar durch</div><div class="v">${buyer.name}<br>${buyer.address.join('<br>')}</div>
    </div>
  </div>
</div>
</div></body></html>`;

  const expected = L.expected({
    invoiceNumber: no, issueDate: '2026-11-10', dueDate: '2026-12-10', currency: 'CHF',
    seller, buyer, subtotal, taxTotal, total, amountDue: total,
    items: items.map(i => ({ description: i.description, qty: i.qty, unit: i.unit, amount: i.amount })),
  });
  const checks = [no, '10.11.2026', '10.12.2026', seller.name, seller.vatId, ...seller.address, seller.email,
    buyer.name, ...buyer.address, C(subtotal), C(total), Q(total), ...taxes.map(t => C(t.tax)),
    ...items.flatMap(i => [i.description, L.qfmt(i.qty, '.'), C(i.unit), C(i.amount)])];
  return { name: 'ch-qr-rechnung', html, expected, checks, arith: { lineAdjust: 0, amountDue: total } };
};
