import { esc, lines, doc, NNBSP, mkFmt } from '../lib.mjs';

const inv = {
  name: 'no-regnskap-faktura',
  country: 'Norway', language: 'Norwegian (bokmål)', currency: 'NOK',
  traits: 'Norwegian accounting-firm faktura: "Org.nr. … MVA" for both parties, KID and kontonummer in a payment box, discount column "Rab. %" and MVA % column, "Sum eks. mva / MVA 25 % / Å betale"; dates DD.MM.YYYY; narrow no-break space thousands (8 500,00)',
  number: '2025-0388',
  issue: '2025-08-19',
  due: '2025-09-02',
  seller: {
    name: 'Nordlys Regnskap AS', vatId: '918 476 326 MVA',
    address: ['Storgata 41', '9008 Tromsø'],
    email: 'post@nordlysregnskap.no', phone: '77 60 12 90', account: '1503.27.84412',
  },
  buyer: {
    name: 'Fiskebrygga Restaurant AS', vatId: '923 118 543 MVA',
    address: ['Sjøgata 2', '8006 Bodø'], email: 'faktura@fiskebrygga.no',
  },
  kid: '0001048271',
  taxMode: 'rate',
  items: [
    { desc: 'Regnskapsføring juli 2025', qty: '1', unit: '8500.00', rate: '25' },
    { desc: 'Lønnskjøring, 12 ansatte', qty: '12', unit: '185.00', rate: '25' },
    { desc: 'MVA-melding 3. termin', qty: '1', unit: '2400.00', disc: '10', rate: '25' },
    { desc: 'Årsoppgjør 2024, restarbeid (timer)', qty: '6.5', unit: '1150.00', rate: '25' },
    { desc: 'Lisens regnskapsprogram, august', qty: '1', unit: '450.00', disc: '20', rate: '25' },
  ],
  fmt: mkFmt({ num: { dec: ',', grp: NNBSP }, date: 'dd.mm.yyyy' }),
  extraChecks: (c) => ['Å betale', `KID: ${inv.kid}`],
};

inv.render = (c, f) => {
  const s = inv.seller, b = inv.buyer;
  const rows = c.lines.map((l) => `<tr><td>${esc(l.desc)}</td><td class="r">${f.q(l.qty)}</td><td class="r">${f.u(l.unit)}</td><td class="r">${l.disc ? l.disc : ''}</td><td class="r">${l.rate}</td><td class="r">${f.m(l.net)}</td></tr>`).join('\n');
  const css = `
@page { size: A4; margin: 0; }
body { font-family: 'Liberation Sans'; font-size: 9pt; color: #1b1b1b; }
.band { background: #203a72; color: #fff; padding: 10mm 16mm 8mm; display: flex; justify-content: space-between; align-items: flex-end; }
.band .name { font-size: 17pt; font-weight: bold; }
.band .name small { display: block; font-size: 8pt; font-weight: normal; color: #c9d3ea; margin-top: 2px; }
.band h1 { margin: 0; font-size: 24pt; letter-spacing: 3px; font-weight: normal; }
.wrap { padding: 8mm 16mm 0; }
.two { display: flex; justify-content: space-between; }
.to { line-height: 1.5; font-size: 10pt; }
.meta td { padding: 1px 0 1px 14px; }
.meta td:first-child { color: #666; padding-left: 0; }
.meta td:last-child { text-align: right; }
.items { width: 100%; border-collapse: collapse; margin-top: 10mm; }
.items th { background: #e8ecf5; text-align: left; font-size: 8pt; padding: 4px; }
.items td { padding: 4px; border-bottom: 1px solid #dde2ee; }
.r { text-align: right !important; white-space: nowrap; }
.bottom { display: flex; justify-content: space-between; margin-top: 8mm; }
.paybox { border: 1.5px solid #203a72; padding: 6px 10px; line-height: 1.6; width: 80mm; }
.paybox b { display: inline-block; min-width: 28mm; }
.tot { border-collapse: collapse; min-width: 68mm; }
.tot td { padding: 3px 4px; }
.tot .grand td { background: #203a72; color: #fff; font-weight: bold; font-size: 11pt; }
.note { margin-top: 10mm; font-size: 8pt; color: #555; }
.foot { position: fixed; bottom: 8mm; left: 16mm; right: 16mm; border-top: 1px solid #bbb; padding-top: 2mm; font-size: 7.5pt; color: #555; display: flex; justify-content: space-between; }`;
  const body = `
<div class="band"><div class="name">${esc(s.name)}<small>Autorisert regnskapsførerselskap</small></div><h1>FAKTURA</h1></div>
<div class="wrap">
<div class="two">
  <div class="to">${esc(b.name)}<br>${lines(b.address)}<br><span style="font-size:8.5pt">Org.nr. ${b.vatId}<br>${b.email}</span></div>
  <table class="meta">
    <tr><td>Fakturanr.</td><td>${inv.number}</td></tr>
    <tr><td>Fakturadato</td><td>${f.d(inv.issue)}</td></tr>
    <tr><td>Forfallsdato</td><td>${f.d(inv.due)}</td></tr>
    <tr><td>Kundenr.</td><td>30415</td></tr>
    <tr><td>Deres ref.</td><td>Ingrid Hansen</td></tr>
    <tr><td>Vår ref.</td><td>Siv Mikkelsen</td></tr>
  </table>
</div>
<table class="items">
<thead><tr><th>Beskrivelse</th><th class="r">Antall</th><th class="r">Pris</th><th class="r">Rab. %</th><th class="r">MVA %</th><th class="r">Beløp</th></tr></thead>
<tbody>${rows}</tbody>
</table>
<div class="bottom">
  <div class="paybox"><b>Kontonr.:</b> ${s.account}<br><b>KID:</b> ${inv.kid}<br><b>Forfall:</b> ${f.d(inv.due)}<br><span style="font-size:8pt">KID: ${inv.kid} må oppgis ved betaling.</span></div>
  <table class="tot">
    <tr><td>Sum eks. mva</td><td class="r">${f.m(c.subtotal)}</td></tr>
    <tr><td>MVA 25 %</td><td class="r">${f.m(c.tax)}</td></tr>
    <tr class="grand"><td>Å betale NOK</td><td class="r">${f.m(c.total)}</td></tr>
  </table>
</div>
<div class="note">Ved for sen betaling beregnes forsinkelsesrente etter forsinkelsesrenteloven.</div>
</div>
<div class="foot"><span>${esc(s.name)} · ${s.address.join(', ')}</span><span>Org.nr. ${s.vatId}</span><span>Tlf. ${s.phone} · ${s.email}</span></div>`;
  return doc({ lang: 'nb', title: `Faktura ${inv.number}`, css, body });
};

export default inv;
