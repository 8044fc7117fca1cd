'use strict';
// German Rechnung, lexoffice/sevDesk-like, DIN 5008 form B window address with sender line,
// two VAT rates (19 % and 7 %), amountDue not printed (only "Gesamtbetrag brutto").
module.exports = function (L) {
  const F = c => L.num(c, { dec: ',', grp: '.' });
  const E = c => F(c) + ' €';
  const seller = {
    name: 'Hafenlicht Verlag & Redaktionsbüro GmbH',
    vatId: L.deVat('28471936'),
    address: ['Am Speicher XI 4', '28217 Bremen'],
    email: 'buchhaltung@hafenlicht-verlag.de',
  };
  const buyer = {
    name: 'Wärmenetz Oldenburger Land GmbH',
    vatId: null,
    address: ['Bahnhofstraße 41', '26122 Oldenburg'],
    email: null,
  };
  const items = [
    { pos: 1, description: 'Lektorat Manuskript „Wärmepumpen im Bestand“', sub: 'inkl. Stilprüfung und Fahnenkorrektur', qty: '142', unitLabel: 'Seite', unit: 480, rate: '19' },
    { pos: 2, description: 'Satz und Layout Innenteil', sub: '168 Seiten, 2-farbig, Druck-PDF/X-4', qty: '168', unitLabel: 'Seite', unit: 650, rate: '19' },
    { pos: 3, description: 'Umschlaggestaltung inkl. 2 Korrekturschleifen', qty: '1', unitLabel: 'pauschal', unit: 45000, rate: '19' },
    { pos: 4, description: 'Bildrechte Agenturfotos (Nutzungslizenz Print)', qty: '7', unitLabel: 'Stk.', unit: 3500, rate: '19' },
    { pos: 5, description: 'Fachbuch „Kommunale Wärmeplanung kompakt“, 2. Auflage', qty: '25', unitLabel: 'Stk.', unit: 2990, rate: '7' },
    { pos: 6, description: 'Fachbuch „Netzanschluss für Praktiker“', qty: '10', unitLabel: 'Stk.', unit: 2400, rate: '7' },
  ];
  // The sub-line is printed as a second line of the description cell -> it is part of the description.
  for (const it of items) { it.amount = L.lineAmount(it.qty, it.unit); it.gt = it.sub ? it.description + ' ' + it.sub : it.description; }
  const taxes = L.taxTable(items);
  const subtotal = items.reduce((a, i) => a + i.amount, 0);
  const taxTotal = taxes.reduce((a, t) => a + t.tax, 0);
  const total = subtotal + taxTotal;
  const no = 'RE-2026-0417';

  const rows = items.map(it => `
      <tr><td class="c">${it.pos}</td><td>${L.esc(it.description)}${it.sub ? `<div class="sub">${L.esc(it.sub)}</div>` : ''}</td>
      <td class="r">${L.qfmt(it.qty)}</td><td>${it.unitLabel}</td><td class="r">${it.rate} %</td><td class="r">${E(it.unit)}</td><td class="r">${E(it.amount)}</td></tr>`).join('');
  const taxRows = taxes.map(t => `<tr><td>zzgl. Umsatzsteuer ${t.rate} % auf ${E(t.base)}</td><td class="r">${E(t.tax)}</td></tr>`).join('');

  const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Rechnung ${no}</title>
<style>
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color: #222; }
.page { position: relative; width: 210mm; height: 297mm; padding: 0; }
.logo { position: absolute; top: 14mm; right: 20mm; text-align: right; }
.logo .mark { font-family: 'DejaVu Serif', serif; font-size: 20pt; color: #0b5c73; letter-spacing: .5pt; }
.logo .tag { font-size: 7.5pt; color: #6a7f86; }
.window { position: absolute; top: 45mm; left: 25mm; width: 85mm; height: 45mm; }
.sender { font-size: 7pt; color: #555; border-bottom: .4pt solid #999; padding-bottom: 1mm; margin-bottom: 3mm; white-space: nowrap; }
.addr div { line-height: 1.35; }
.info { position: absolute; top: 50mm; left: 125mm; width: 65mm; font-size: 8.5pt; }
.info table { width: 100%; border-collapse: collapse; }
.info td { padding: .6mm 0; }
.info td.r { text-align: right; }
.content { position: absolute; top: 103mm; left: 25mm; right: 20mm; }
h1 { font-size: 14pt; margin: 0 0 5mm; font-weight: bold; }
p { margin: 0 0 3mm; line-height: 1.4; }
table.items { width: 100%; border-collapse: collapse; margin-top: 4mm; }
table.items th { text-align: left; font-size: 8pt; border-bottom: .8pt solid #222; padding: 1.5mm 1mm; }
table.items td { border-bottom: .4pt solid #ccc; padding: 1.8mm 1mm; vertical-align: top; }
.r { text-align: right; white-space: nowrap; } .c { text-align: center; }
th.r { text-align: right; }
.sub { font-size: 8pt; color: #666; }
table.sum { width: 95mm; margin-left: auto; border-collapse: collapse; margin-top: 3mm; }
table.sum td { padding: 1.2mm 1mm; }
table.sum tr.tot td { font-weight: bold; border-top: .8pt solid #222; border-bottom: 2pt double #222; }
.footer { position: absolute; bottom: 12mm; left: 25mm; right: 20mm; font-size: 7pt; color: #555; display: flex; gap: 6mm; border-top: .4pt solid #bbb; padding-top: 2mm; }
.footer div { flex: 1; line-height: 1.35; }
.fold { position: absolute; left: 4mm; width: 5mm; border-top: .4pt solid #999; }
</style></head><body><div class="page">
<div class="fold" style="top:105mm"></div><div class="fold" style="top:148.5mm; width:7mm"></div><div class="fold" style="top:210mm"></div>
<div class="logo"><div class="mark">HAFENLICHT</div><div class="tag">Verlag &amp; Redaktionsbüro</div></div>
<div class="window">
  <div class="sender">${L.esc(seller.name)} · ${seller.address.join(' · ')}</div>
  <div class="addr">
    <div>${L.esc(buyer.name)}</div>
    <div>z. Hd. Frau Dr. Imke Ahlers</div>
    <div>${buyer.address[0]}</div>
    <div>${buyer.address[1]}</div>
  </div>
</div>
<div class="info"><table>
  <tr><td>Rechnungsnr.</td><td class="r">${no}</td></tr>
  <tr><td>Kundennr.</td><td class="r">10384</td></tr>
  <tr><td>Rechnungsdatum</td><td class="r">05.11.2026</td></tr>
  <tr><td>Lieferdatum</td><td class="r">30.10.2026</td></tr>
  <tr><td>Ihr Ansprechpartner</td><td class="r">Jonas Brüggemann</td></tr>
  <tr><td>Telefon</td><td class="r">0421 6934 1170</td></tr>
</table></div>
<div class="content">
  <h1>Rechnung Nr. ${no}</h1>
  <p>Sehr geehrte Damen und Herren,</p>
  <p>vielen Dank für Ihren Auftrag und das damit verbundene Vertrauen! Hiermit stellen wir Ihnen die folgenden Leistungen und Lieferungen in Rechnung:</p>
  <table class="items"><thead><tr><th class="c">Pos.</th><th>Beschreibung</th><th class="r">Menge</th><th>Einheit</th><th class="r">USt.</th><th class="r">Einzelpreis</th><th class="r">Gesamtpreis</th></tr></thead>
  <tbody>${rows}</tbody></table>
  <table class="sum">
    <tr><td>Gesamtbetrag netto</td><td class="r">${E(subtotal)}</td></tr>
    ${taxRows}
    <tr class="tot"><td>Gesamtbetrag brutto</td><td class="r">${E(total)}</td></tr>
  </table>
  <p style="margin-top:6mm">Zahlungsbedingungen: Zahlung innerhalb von 14 Tagen ohne Abzug. Bitte überweisen Sie den Rechnungsbetrag unter Angabe der Rechnungsnummer bis zum 19.11.2026 auf das unten genannte Konto.</p>
  <p>Mit freundlichen Grüßen<br>Jonas Brüggemann</p>
</div>
<div class="footer">
  <div>${L.esc(seller.name)}<br>${seller.address.join('<br>')}<br>${seller.email}</div>
  <div>Geschäftsführerin: Merle Tietjen<br>Amtsgericht Bremen HRB 38211 HB<br>Steuernummer: 60 145 23817<br>USt-IdNr.: ${seller.vatId}</div>
  <div>Sparkasse an der Weser<br>IBAN: ${L.ibanSpaced(L.iban('DE', '29050000' + '0713388205'))}<br>BIC: SPWEDE21XXX</div>
</div>
</div></body></html>`;

  const expected = L.expected({
    invoiceNumber: no, issueDate: '2026-11-05', dueDate: '2026-11-19', currency: 'EUR',
    seller, buyer, subtotal, taxTotal, total, amountDue: null,
    items: items.map(i => ({ description: i.gt, qty: i.qty, unit: i.unit, amount: i.amount })),
  });
  const checks = [no, '05.11.2026', '19.11.2026', seller.name, seller.vatId, ...seller.address, seller.email,
    buyer.name, ...buyer.address, E(subtotal), E(total), ...taxes.map(t => E(t.tax)),
    ...items.flatMap(i => [i.gt, L.qfmt(i.qty), E(i.unit), E(i.amount)])];
  return { name: 'de-rechnung-din5008', html, expected, checks, arith: { lineAdjust: 0 } };
};
