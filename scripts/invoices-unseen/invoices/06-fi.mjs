import { esc, lines, doc, THIN, mkFmt } from '../lib.mjs';

const inv = {
  name: 'fi-pitopalvelu-lasku',
  country: 'Finland', language: 'Finnish', currency: 'EUR',
  traits: 'Finnish catering lasku: header grid (Päivämäärä, Laskun numero, Viitenumero, Eräpäivä, Maksuehto, Viivästyskorko), two VAT rates ALV 14 % and 25,5 % with an ALV breakdown table, Y-tunnus and ALV-tunniste, a date inside a description, and the bank transfer form (tilisiirto) at the bottom repeating the amount; dates 3.6.2025; thin-space thousands; €',
  number: '20250612',
  issue: '2025-06-03',
  due: '2025-06-17',
  currencyPrinted: 'EUR',
  seller: {
    name: 'Pohjolan Pitopalvelu Oy', vatId: 'FI28475614', ytunnus: '2847561-4',
    address: ['Satamakatu 7', '40100 Jyväskylä'],
    email: 'laskutus@pohjolanpito.fi', phone: '014 123 4560', iban: 'FI21 1234 5600 0007 85', bic: 'NDEAFIHH',
  },
  buyer: {
    name: 'Insinööritoimisto Kallio Oy', vatId: null,
    address: ['Hämeenkatu 20 B 14', '33200 Tampere'], email: null,
  },
  ref: '202 50610',
  taxMode: 'rate',
  items: [
    { desc: 'Lounasbuffet, kokouspäivä 28.5.2025', qty: '45', uom: 'hlö', unit: '24.90', rate: '14' },
    { desc: 'Kahvitarjoilu ja suolainen leivonnainen', qty: '45', uom: 'hlö', unit: '6.80', rate: '14' },
    { desc: 'Alkoholittomat juomat', qty: '60', uom: 'kpl', unit: '3.20', rate: '14' },
    { desc: 'Tarjoiluhenkilökunta', qty: '12', uom: 'h', unit: '42.00', rate: '25.5' },
    { desc: 'Astiavuokra ja kuljetus', qty: '1', uom: 'erä', unit: '185.00', rate: '25.5' },
  ],
  fmt: mkFmt({ num: { dec: ',', grp: THIN }, date: 'd.m.yyyy' }),
  extraChecks: () => ['Viitenumero', 'Y-tunnus 2847561-4', 'ALV 25,5 %'],
};

inv.render = (c, f) => {
  const s = inv.seller, b = inv.buyer;
  const rows = c.lines.map((l) => `<tr><td>${esc(l.desc)}</td><td class="r">${f.q(l.qty)}</td><td>${l.uom}</td><td class="r">${f.u(l.unit)}</td><td class="r">${f.rate(l.rate)}</td><td class="r">${f.m(l.net)}</td></tr>`).join('\n');
  const alv = c.byRate.map((r) => `<tr><td>ALV ${f.rate(r.rate)} %</td><td class="r">${f.m(r.net)}</td><td class="r">${f.m(r.tax)}</td><td class="r">${f.m(r.gross)}</td></tr>`).join('');
  const css = `
@page { size: A4; margin: 12mm 12mm 10mm 16mm; }
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans'; font-size: 8.5pt; color: #111; }
.page { position: relative; height: 274mm; }
.top { display: flex; justify-content: space-between; }
.logo { color: #7a1f3d; font-size: 15pt; font-weight: bold; border-left: 6px solid #7a1f3d; padding-left: 8px; line-height: 1.1; }
.logo small { display: block; color: #555; font-size: 7.5pt; font-weight: normal; }
.hdr { width: 95mm; }
.hdr h1 { margin: 0 0 3px; font-size: 14pt; letter-spacing: 2px; }
.hdr table { width: 100%; border-collapse: collapse; }
.hdr td { padding: 1px 0; }
.hdr td:first-child { color: #555; width: 40%; }
.addr { margin-top: 10mm; display: flex; justify-content: space-between; }
.addr .b { font-size: 10pt; line-height: 1.4; width: 90mm; }
.addr .s { width: 95mm; line-height: 1.4; font-size: 8pt; color: #333; }
.items { width: 100%; border-collapse: collapse; margin-top: 10mm; }
.items th { text-align: left; font-size: 7.5pt; border-bottom: 1px solid #111; padding: 3px; }
.items td { padding: 3px; }
.r { text-align: right !important; white-space: nowrap; }
.sums { display: flex; justify-content: space-between; margin-top: 6mm; border-top: 1px solid #111; padding-top: 3mm; }
.alv { border-collapse: collapse; font-size: 8pt; }
.alv th { font-weight: normal; color: #555; text-align: right; padding: 1px 6px; }
.alv td { padding: 1px 6px; }
.tot { border-collapse: collapse; }
.tot td { padding: 1px 4px; }
.tot .g td { font-weight: bold; font-size: 10.5pt; border-top: 1px solid #111; }
.form { position: absolute; bottom: 0; left: 0; right: 0; border-top: 1px dashed #666; padding-top: 4mm; }
.form table { width: 100%; border-collapse: collapse; font-size: 8pt; }
.form td { border: 1px solid #000; padding: 2px 4px; vertical-align: top; height: 9mm; }
.form .l { font-size: 6pt; display: block; line-height: 1.1; }
.foot { position: absolute; bottom: 62mm; left: 0; right: 0; font-size: 7pt; color: #555; display: flex; justify-content: space-between; }`;
  const body = `<div class="page">
<div class="top">
  <div class="logo">POHJOLAN<br>PITOPALVELU<small>Juhlat · Kokoukset · Lounaat</small></div>
  <div class="hdr"><h1>LASKU</h1><table>
    <tr><td>Päivämäärä</td><td>${f.d(inv.issue)}</td></tr>
    <tr><td>Laskun numero</td><td>${inv.number}</td></tr>
    <tr><td>Asiakasnumero</td><td>1047</td></tr>
    <tr><td>Viitenumero</td><td>${inv.ref}</td></tr>
    <tr><td>Eräpäivä</td><td>${f.d(inv.due)}</td></tr>
    <tr><td>Maksuehto</td><td>14 pv netto</td></tr>
    <tr><td>Viivästyskorko</td><td>11,5 %</td></tr>
    <tr><td>Viitteenne</td><td>Tiina Kallio</td></tr>
  </table></div>
</div>
<div class="addr">
  <div class="b">${esc(b.name)}<br>${lines(b.address)}</div>
  <div class="s">${esc(s.name)}<br>${lines(s.address)}<br>Y-tunnus ${s.ytunnus} · ALV-tunniste ${s.vatId}<br>${s.email} · puh. ${s.phone}</div>
</div>
<table class="items">
<thead><tr><th>Kuvaus</th><th class="r">Määrä</th><th>Yks.</th><th class="r">À-hinta</th><th class="r">Alv %</th><th class="r">Veroton yhteensä</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<div class="sums">
  <table class="alv"><tr><th style="text-align:left">Erittely</th><th>Veroton</th><th>Vero</th><th>Verollinen</th></tr>${alv}</table>
  <table class="tot">
    <tr><td>Veroton yhteensä</td><td class="r">${f.m(c.subtotal)} €</td></tr>
    <tr><td>ALV yhteensä</td><td class="r">${f.m(c.tax)} €</td></tr>
    <tr class="g"><td>Yhteensä EUR</td><td class="r">${f.m(c.total)} €</td></tr>
  </table>
</div>
<div class="foot"><span>${esc(s.name)} · Kotipaikka Jyväskylä</span><span>IBAN ${s.iban} · BIC ${s.bic}</span></div>
<div class="form"><table>
  <tr><td style="width:16%"><span class="l">Saajan tilinumero<br>Mottagarens kontonummer</span></td><td colspan="3">IBAN ${s.iban}</td><td style="width:18%"><span class="l">BIC</span>${s.bic}</td></tr>
  <tr><td><span class="l">Saaja<br>Mottagare</span></td><td colspan="4">${esc(s.name)}</td></tr>
  <tr><td><span class="l">Maksajan nimi ja osoite<br>Betalarens namn och adress</span></td><td colspan="4">${esc(b.name)}, ${b.address.join(', ')}</td></tr>
  <tr><td><span class="l">Viitenro<br>Ref.nr</span></td><td colspan="4">${inv.ref}</td></tr>
  <tr><td><span class="l">Eräpäivä<br>Förfallodag</span></td><td style="width:30%">${f.d(inv.due)}</td><td style="width:12%"><span class="l">Euro</span></td><td colspan="2" class="r">${f.m(c.total)}</td></tr>
</table></div>
</div>`;
  return doc({ lang: 'fi', title: `Lasku ${inv.number}`, css, body });
};

export default inv;
