import { esc, lines, doc, NBSP, mkFmt } from '../lib.mjs';

const inv = {
  name: 'cz-softwarova-dilna-faktura',
  country: 'Czech Republic', language: 'Czech', currency: 'CZK',
  traits: '"Faktura – daňový doklad" in the style of Czech online invoicing tools: Dodavatel/Odběratel with IČO and DIČ, variabilní/konstantní symbol, three dates (vystavení, DUZP, splatnost) as "7. 2. 2025", qty "42,5 hod", "Rekapitulace DPH", "Celkem k úhradě" in Kč; commercial-register footer',
  number: '2025031',
  issue: '2025-02-07',
  taxDate: '2025-01-31',
  due: '2025-02-21',
  currencyPrinted: 'Kč',
  seller: {
    name: 'Softwarová dílna Brno s.r.o.', vatId: 'CZ28745612', ico: '28745612',
    address: ['Údolní 567/53', '602 00 Brno'],
    email: 'fakturace@swdilna.cz', phone: '+420 541 212 784', web: 'www.swdilna.cz',
    account: '2401234567/2010', iban: 'CZ29 2010 0000 0024 0123 4567', bic: 'FIOBCZPPXXX',
  },
  buyer: {
    name: 'Pekárna U Kostela s.r.o.', vatId: 'CZ07412584', ico: '07412584',
    address: ['Husova 218/12', '370 01 České Budějovice'], email: null,
  },
  taxMode: 'rate',
  items: [
    { desc: 'Vývoj e-shopu – etapa 2 (objednávkový modul)', uom: 'hod', qty: '42.5', unit: '1250.00', rate: '21' },
    { desc: 'Hosting a správa serveru – leden 2025', uom: 'měs.', qty: '1', unit: '890.00', rate: '21' },
    { desc: 'Licence platební brány – roční', uom: 'ks', qty: '1', unit: '4800.00', rate: '21' },
    { desc: 'Školení obsluhy administrace', uom: 'hod', qty: '3', unit: '950.00', rate: '21' },
  ],
  fmt: mkFmt({ num: { dec: ',', grp: NBSP }, date: 'd. m. yyyy' }),
  extraChecks: () => ['Celkem k úhradě', 'Variabilní symbol'],
};

inv.render = (c, f) => {
  const s = inv.seller, b = inv.buyer;
  const rows = c.lines.map((l) => `<tr><td>${esc(l.desc)}</td><td class="r">${f.q(l.qty)}${NBSP}${l.uom}</td><td class="r">${f.u(l.unit)}</td><td class="r">${l.rate}${NBSP}%</td><td class="r">${f.m(l.net)}</td></tr>`).join('\n');
  const rec = c.byRate.map((r) => `<tr><td>${r.rate}${NBSP}%</td><td class="r">${f.m(r.net)}</td><td class="r">${f.m(r.tax)}</td><td class="r">${f.m(r.gross)}</td></tr>`).join('');
  const css = `
@page { size: A4; margin: 16mm 16mm 14mm 16mm; }
body { font-family: 'Liberation Sans'; font-size: 9pt; color: #222; }
.head { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 3px solid #e4572e; padding-bottom: 6px; }
.head h1 { margin: 0; font-size: 20pt; font-weight: normal; }
.head h1 b { color: #e4572e; }
.head .sub { font-size: 10pt; color: #666; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 28px; margin-top: 16px; }
.lbl { font-size: 7.5pt; text-transform: uppercase; color: #999; letter-spacing: 1px; margin-bottom: 3px; }
.party { line-height: 1.5; }
.party b { font-size: 10.5pt; }
.kv { width: 100%; border-collapse: collapse; }
.kv td { padding: 1.5px 0; }
.kv td:last-child { text-align: right; font-weight: bold; }
.items { width: 100%; border-collapse: collapse; margin-top: 22px; }
.items th { text-align: left; font-weight: normal; color: #888; font-size: 8pt; border-bottom: 1px solid #ccc; padding: 4px; }
.items td { padding: 6px 4px; border-bottom: 1px solid #eee; }
.items th.r, .r { text-align: right; white-space: nowrap; }
.sumwrap { display: flex; justify-content: space-between; margin-top: 16px; align-items: flex-start; }
.rec { border-collapse: collapse; font-size: 8pt; }
.rec th, .rec td { padding: 2px 8px; border-bottom: 1px solid #eee; }
.rec th { color: #888; font-weight: normal; text-align: right; }
.rec th:first-child { text-align: left; }
.total { text-align: right; }
.total .t1 { color: #888; }
.total .big { font-size: 18pt; font-weight: bold; color: #e4572e; margin-top: 4px; }
.issued { margin-top: 36px; font-size: 8.5pt; }
.foot { margin-top: 40px; font-size: 7pt; color: #888; border-top: 1px solid #ddd; padding-top: 4px; }`;
  const body = `
<div class="head"><h1><b>Faktura</b> ${inv.number}</h1><div class="sub">daňový doklad</div></div>
<div style="font-size:8pt;color:#666;margin-top:3px">Faktura – daňový doklad č. ${inv.number}</div>
<div class="grid">
  <div><div class="lbl">Dodavatel</div><div class="party"><b>${esc(s.name)}</b><br>${lines(s.address)}<br>IČO: ${s.ico}<br>DIČ: ${s.vatId}</div></div>
  <div><div class="lbl">Odběratel</div><div class="party"><b>${esc(b.name)}</b><br>${lines(b.address)}<br>IČO: ${b.ico}<br>DIČ: ${b.vatId}</div></div>
  <div><table class="kv">
    <tr><td>Bankovní účet</td><td>${s.account}</td></tr>
    <tr><td>IBAN</td><td>${s.iban}</td></tr>
    <tr><td>BIC/SWIFT</td><td>${s.bic}</td></tr>
    <tr><td>Variabilní symbol</td><td>${inv.number}</td></tr>
    <tr><td>Konstantní symbol</td><td>0308</td></tr>
    <tr><td>Způsob platby</td><td>převodem</td></tr>
  </table></div>
  <div><table class="kv">
    <tr><td>Datum vystavení</td><td>${f.d(inv.issue)}</td></tr>
    <tr><td>Datum zdanitelného plnění</td><td>${f.d(inv.taxDate)}</td></tr>
    <tr><td>Datum splatnosti</td><td>${f.d(inv.due)}</td></tr>
    <tr><td>Objednávka č.</td><td>OBJ-2024-117</td></tr>
  </table></div>
</div>
<div style="margin-top:14px">Fakturujeme Vám za dodané služby:</div>
<table class="items">
<thead><tr><th>Označení dodávky</th><th class="r">Počet m.j.</th><th class="r">Cena za m.j.</th><th class="r">DPH</th><th class="r">Celkem bez DPH</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<div class="sumwrap">
  <div><div class="lbl">Rekapitulace DPH v Kč</div>
  <table class="rec"><thead><tr><th>Sazba</th><th>Základ</th><th>DPH</th><th>Celkem</th></tr></thead><tbody>${rec}</tbody></table></div>
  <div class="total">
    <div class="t1">Celkem bez DPH ${f.m(c.subtotal)} Kč</div>
    <div class="t1">DPH celkem ${f.m(c.tax)} Kč</div>
    <div style="margin-top:8px">Celkem k úhradě</div>
    <div class="big">${f.m(c.total)} Kč</div>
  </div>
</div>
<div class="issued">Fakturu vystavil: Ing. Petr Kolář, ${s.phone}, ${s.email}</div>
<div class="foot">${esc(s.name)} je zapsána v obchodním rejstříku vedeném Krajským soudem v Brně, oddíl C, vložka 84512. · ${s.web}</div>`;
  return doc({ lang: 'cs', title: `Faktura ${inv.number}`, css, body });
};

export default inv;
