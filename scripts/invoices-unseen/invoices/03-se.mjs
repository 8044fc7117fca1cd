import { esc, lines, doc, mkFmt } from '../lib.mjs';

const inv = {
  name: 'se-snickeri-faktura',
  country: 'Sweden', language: 'Swedish', currency: 'SEK',
  traits: 'Swedish small-business faktura (Fortnox-like): buyer in the envelope window on the right, info box with Fakturadatum/Förfallodatum/OCR, Er/Vår referens, Art.nr column, "À-pris", totals strip "Exkl. moms / Moms 25 % / Att betala", footer in four columns with Bankgiro, Org.nr, Momsreg.nr and "Godkänd för F-skatt"; dates YYYY-MM-DD; 18 900,00 with plain spaces',
  number: '10482',
  issue: '2025-05-06',
  due: '2025-06-05',
  seller: {
    name: 'Fjällström Snickeri AB', vatId: 'SE556812447201', orgnr: '556812-4472',
    address: ['Verkstadsgatan 9', '852 38 Sundsvall'],
    email: 'faktura@fjallstromsnickeri.se', phone: '060-12 34 56', bankgiro: '5123-4567',
  },
  buyer: {
    name: 'Brf Linden 4', vatId: null,
    address: ['Lindvägen 4 B', '171 64 Solna'], email: null,
  },
  taxMode: 'rate',
  ocr: '104828',
  items: [
    { sku: 'ARB', desc: 'Montering av ytterdörr, trapphus B', qty: '14', uom: 'tim', unit: '585.00', rate: '25' },
    { sku: 'D1021-EK', desc: 'Ytterdörr ek 10×21, inkl. karm och foder', qty: '1', uom: 'st', unit: '18900.00', rate: '25' },
    { sku: 'TR-AL90', desc: 'Tröskel aluminium 90 cm', qty: '1', uom: 'st', unit: '640.00', rate: '25' },
    { sku: 'ASSA-DC140', desc: 'Dörrstängare ASSA DC 140', qty: '1', uom: 'st', unit: '2475.00', rate: '25' },
    { sku: 'ARB', desc: 'Reparation av fönsterbänkar, trapphus A', qty: '3.5', uom: 'tim', unit: '585.00', rate: '25' },
    { sku: 'DEP', desc: 'Bortforsling och deponi', qty: '1', uom: 'st', unit: '950.00', rate: '25' },
  ],
  fmt: mkFmt({ num: { dec: ',', grp: ' ' }, date: 'iso' }),
  extraChecks: () => ['Att betala', 'Godkänd för F-skatt'],
};

inv.render = (c, f) => {
  const s = inv.seller, b = inv.buyer;
  const rows = c.lines.map((l) => `<tr><td>${l.sku}</td><td>${esc(l.desc)}</td><td class="r">${f.q(l.qty)}</td><td>${l.uom}</td><td class="r">${f.u(l.unit)}</td><td class="r">${f.m(l.net)}</td></tr>`).join('\n');
  const css = `
@page { size: A4; margin: 12mm 15mm 12mm 18mm; }
body { font-family: 'Liberation Sans'; font-size: 9pt; color: #000; }
.page { position: relative; min-height: 270mm; }
.top { display: flex; justify-content: space-between; }
.logo { font-family: 'Liberation Serif'; font-size: 19pt; color: #5b3a1a; }
.logo span { display: inline-block; background: #5b3a1a; color: #fff; padding: 2px 8px; margin-right: 6px; font-weight: bold; }
.title { width: 88mm; }
.title h1 { font-size: 16pt; margin: 0 0 4px; letter-spacing: 1px; }
.box { border: 1px solid #000; width: 88mm; border-collapse: collapse; }
.box td { border: 1px solid #000; padding: 1px 4px; vertical-align: top; width: 50%; }
.box .l { font-size: 6.5pt; display: block; }
.addrs { display: flex; justify-content: space-between; margin-top: 10mm; }
.refs { line-height: 1.5; margin-top: 4mm; }
.window { width: 88mm; font-size: 10.5pt; line-height: 1.35; min-height: 28mm; }
.items { width: 100%; border-collapse: collapse; margin-top: 12mm; }
.items th { text-align: left; border-bottom: 1px solid #000; font-size: 8pt; padding: 3px 3px; }
.items td { padding: 3px 3px; }
.r { text-align: right !important; white-space: nowrap; }
.strip { width: 100%; border-collapse: collapse; margin-top: 14mm; }
.strip td { border: 1px solid #000; padding: 2px 5px; width: 25%; }
.strip .l { font-size: 6.5pt; display: block; }
.strip .v { font-size: 10pt; text-align: right; display: block; }
.strip .pay { background: #eee; font-weight: bold; }
.terms { margin-top: 6mm; font-size: 8pt; }
.foot { position: absolute; bottom: 0; left: 0; right: 0; border-top: 1px solid #000; padding-top: 2mm; display: flex; justify-content: space-between; font-size: 7.5pt; line-height: 1.4; }
.foot .h { font-weight: bold; }`;
  const body = `<div class="page">
<div class="top">
  <div class="logo"><span>FS</span>Fjällström Snickeri</div>
  <div class="title"><h1>FAKTURA</h1>
    <table class="box">
      <tr><td><span class="l">Fakturadatum</span>${f.d(inv.issue)}</td><td><span class="l">Fakturanr</span>${inv.number}</td></tr>
      <tr><td><span class="l">Kundnr</span>2207</td><td><span class="l">OCR</span>${inv.ocr}</td></tr>
      <tr><td><span class="l">Förfallodatum</span>${f.d(inv.due)}</td><td><span class="l">Betalningsvillkor</span>30 dagar netto</td></tr>
    </table>
  </div>
</div>
<div class="addrs">
  <div class="refs">Er referens: Karin Ek<br>Vår referens: Olle Fjällström<br>Leveransdatum: 2025-04-30<br>Dröjsmålsränta: 10 %</div>
  <div class="window">${esc(b.name)}<br>${lines(b.address)}</div>
</div>
<table class="items">
<thead><tr><th>Art.nr</th><th>Benämning</th><th class="r">Antal</th><th>Enhet</th><th class="r">À-pris</th><th class="r">Summa</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<table class="strip"><tr>
  <td><span class="l">Exkl. moms</span><span class="v">${f.m(c.subtotal)}</span></td>
  <td><span class="l">Moms 25 %</span><span class="v">${f.m(c.tax)}</span></td>
  <td><span class="l">Valuta</span><span class="v">SEK</span></td>
  <td class="pay"><span class="l">Att betala</span><span class="v">${f.m(c.total)}</span></td>
</tr></table>
<div class="terms">Vid betalning ange OCR-nummer ${inv.ocr}. Efter förfallodagen debiteras dröjsmålsränta enligt räntelagen.</div>
<div class="foot">
  <div><span class="h">Adress</span><br>${esc(s.name)}<br>${lines(s.address)}</div>
  <div><span class="h">Telefon</span><br>${s.phone}<br><span class="h">E-post</span><br>${s.email}</div>
  <div><span class="h">Bankgiro</span><br>${s.bankgiro}</div>
  <div><span class="h">Org.nr</span><br>${s.orgnr}<br><span class="h">Momsreg.nr</span><br>${s.vatId}<br>Godkänd för F-skatt</div>
</div>
</div>`;
  return doc({ lang: 'sv', title: `Faktura ${inv.number}`, css, body });
};

export default inv;
