import { esc, lines, doc, mkFmt } from '../lib.mjs';

const items = [
  ['SH-CN-M6100', 'Shimano Kette CN-M6100, 12-fach, 126 Glieder', '10', '39.90', '10'],
  ['SH-CS-M6100', 'Shimano Kassette Deore CS-M6100, 10-51 Z.', '4', '84.50', '10'],
  ['SR-GX-RD12', 'SRAM GX Eagle Schaltwerk, 12-fach', '2', '119.00', ''],
  ['SW-SV19-29', 'Schwalbe Schlauch SV19, 29 × 2.10–2.60, Presta', '20', '8.90', '15'],
  ['SW-NN-2940', 'Schwalbe Nobby Nic 29 × 2.40, Addix SpeedGrip', '6', '62.90', ''],
  ['CO-GP5000-28', 'Continental Grand Prix 5000 S TR, 700 × 28C', '6', '58.50', ''],
  ['SH-J05A', 'Shimano Bremsbeläge J05A, Resin', '15', '17.90', '10'],
  ['MG-9C', 'Magura Bremsbeläge 9.C Comfort', '8', '21.50', ''],
  ['SH-RT64-180', 'Shimano Bremsscheibe SM-RT64, 180 mm, Center Lock', '6', '34.90', ''],
  ['JW-PRO-SH', 'Jagwire Schaltzug Pro, 1.1 × 2300 mm', '25', '4.20', ''],
  ['JW-LEX-4', 'Jagwire Schaltzughülle LEX-SL, 4 mm, Rolle 10 m', '2', '39.00', ''],
  ['BM-IXON-C', 'Busch+Müller IXON Core Frontlicht, USB', '4', '69.90', ''],
  ['BM-TOPL', 'Busch+Müller Toplight Line Rücklicht', '4', '32.50', ''],
  ['PT-CC32', 'Park Tool Kettenverschleisslehre CC-3.2', '1', '19.90', ''],
  ['PT-TL12', 'Park Tool Reifenheber TL-1.2 (Set à 2)', '12', '4.90', ''],
  ['MO-WET-120', 'Muc-Off Wet Lube, 120 ml', '12', '12.90', '5'],
  ['MO-NANO-1L', 'Muc-Off Nano Tech Bike Cleaner, 1 l', '6', '16.90', ''],
  ['FL-GREASE', 'Finish Line Premium Grease, 100 g', '4', '14.50', ''],
  ['SH-PD-M520', 'Shimano PD-M520 SPD-Pedale', '3', '49.90', ''],
  ['ER-GA3-L', 'Ergon Griffe GA3, Grösse L', '5', '29.90', ''],
  ['SI-MODX', 'Selle Italia Model X Comfort+ Sattel', '2', '59.00', ''],
  ['TO-MINI20', 'Topeak Multitool Mini 20 Pro', '3', '44.90', ''],
  ['TO-JBS3', 'Topeak JoeBlow Sport III Standpumpe', '2', '54.90', ''],
  ['AB-6000-90', 'ABUS Bordo 6000/90 Faltschloss', '3', '89.90', '10'],
  ['DT-CHA-292', 'DT Swiss Champion Speiche 2.0, 292 mm', '72', '0.95', ''],
  ['DT-NIP-12', 'DT Swiss Nippel Messing 12 mm', '72', '0.35', ''],
  ['SH-BB-MT800', 'Shimano Innenlager BB-MT800, BSA', '2', '36.90', ''],
  ['KMC-ML12', 'KMC Missing Link 12-fach (2 Stk.)', '10', '7.90', ''],
  ['UDH-01', 'SRAM Universal Derailleur Hanger (UDH)', '4', '24.90', ''],
  ['RS-OIL-5', 'RockShox Gabelöl 5 wt, 1 l', '1', '27.50', ''],
  ['SH-CN-HG601', 'Shimano Kette CN-HG601, 11-fach, 116 Glieder', '6', '32.90', '10'],
  ['SH-BL-MT201', 'Shimano Bremshebel BL-MT201, links', '2', '24.90', ''],
  ['SH-SL-M6100', 'Shimano Schalthebel Deore SL-M6100, rechts', '3', '34.50', ''],
  ['MA-MT5-VR', 'Magura MT5 Scheibenbremse vorne, 2700 mm', '1', '139.00', ''],
  ['SW-MP-2850', 'Schwalbe Marathon Plus 28 × 1.50, Reflex', '8', '49.90', '10'],
  ['SW-SV20-28', 'Schwalbe Schlauch SV20, 28 × 1.10–1.75, Presta', '20', '7.90', '15'],
  ['CO-MTB-275', 'Continental Schlauch MTB 27.5 × 2.0–2.4, Sclaverand', '10', '9.50', ''],
  ['SKS-BL-60', 'SKS Bluemels Schutzblechset 60 mm, schwarz', '3', '44.90', ''],
  ['TL-RB-29', 'Tubeless-Felgenband 29 mm, Rolle 10 m', '2', '16.90', ''],
  ['SN-SEAL-473', "Stan's NoTubes Dichtmilch, 473 ml", '4', '24.90', ''],
  ['TL-V44', 'Tubeless-Ventile 44 mm, Paar', '10', '14.90', ''],
  ['PT-PCS103', 'Park Tool Montageständer PCS-10.3', '1', '289.00', ''],
  ['XLC-BCA07', 'XLC Flaschenhalter BC-A07, Alu', '10', '9.90', ''],
  ['CR-SUZU', 'Crane Suzu Glocke, Messing', '6', '19.90', ''],
  ['BU-REPBUCH', 'Buch: Das Fahrrad-Reparaturbuch', '2', '29.90', '', '2.6'],
  ['BU-TOUR-ZS', 'Buch: Velotouren Zentralschweiz', '3', '26.00', '', '2.6'],
  ['VERSAND', 'Versandkosten Post PRIORITY, Paket über 10 kg', '1', '19.00', ''],
];

const inv = {
  name: 'ch-velo-webshop-rechnung',
  country: 'Switzerland', language: 'German (Swiss)', currency: 'CHF',
  traits: 'Swiss bike-parts web-shop Rechnung spanning two pages: 47 positions with Art.-Nr., Rabatt % column and MWST % column, table header repeated on page 2, page footer "Seite 1 von 2" with bank/UID line on every page (CSS page-margin boxes), separate Rechnungsadresse and Lieferadresse, two VAT rates (8.1 % and 2.6 %) "MWST 8.1 % auf …", shipping as a line; dates DD.MM.YYYY; 1\'234.56 with apostrophe',
  number: '100234871',
  issue: '2025-03-11',
  due: '2025-04-10',
  pages: 2,
  seller: {
    name: 'Pedalwerk AG', vatId: 'CHE-283.104.773 MWST',
    address: ['Industriestrasse 21', '8404 Winterthur', 'Schweiz'],
    email: 'shop@pedalwerk.ch', phone: '+41 52 555 21 40', iban: 'CH13 0900 0000 8512 3456 7',
  },
  buyer: {
    name: 'Velowerkstatt Rütli GmbH', vatId: 'CHE-431.228.699 MWST',
    address: ['Bahnhofstrasse 8', '6440 Brunnen'], email: 'werkstatt@velo-ruetli.ch',
  },
  delivery: ['Velowerkstatt Rütli GmbH', 'Lager / Anlieferung hinten', 'Gersauerstrasse 31', '6440 Brunnen'],
  taxMode: 'rate',
  items: items.map(([sku, desc, qty, unit, disc, rate = '8.1']) => ({ sku, desc, qty, unit, rate, ...(disc ? { disc } : {}) })),
  fmt: mkFmt({ num: { dec: '.', grp: "'" }, date: 'dd.mm.yyyy' }),
  extraChecks: () => ['Seite 1 von 2', 'Seite 2 von 2', 'Total inkl. MWST'],
};

inv.render = (c, f) => {
  const s = inv.seller, b = inv.buyer;
  const rows = c.lines.map((l, i) => `<tr><td>${i + 1}</td><td>${l.sku}</td><td>${esc(l.desc)}</td><td class="r">${f.q(l.qty)}</td><td class="r">${f.u(l.unit)}</td><td class="r">${l.disc ? l.disc + ' %' : ''}</td><td class="r">${l.rate}</td><td class="r">${f.m(l.net)}</td></tr>`).join('\n');
  const vat = c.byRate.map((r) => `<tr><td>MWST ${r.rate} % auf ${f.m(r.net)}</td><td class="r">${f.m(r.tax)}</td></tr>`).join('');
  const css = `
@page {
  size: A4; margin: 14mm 14mm 22mm 18mm;
  @bottom-left { content: "${s.name} · ${s.address.join(', ')} · ${s.vatId} · PostFinance IBAN ${s.iban}"; font: 7pt 'Liberation Sans'; color: #555; }
  @bottom-right { content: "Seite " counter(page) " von " counter(pages); font: 7pt 'Liberation Sans'; color: #555; }
}
body { font-family: 'Liberation Sans'; font-size: 8.5pt; color: #111; }
.top { display: flex; justify-content: space-between; align-items: flex-start; }
.logo { font-size: 20pt; font-weight: bold; color: #d52b1e; letter-spacing: -0.5px; }
.logo span { color: #111; }
.logo small { display: block; font-size: 7pt; color: #555; letter-spacing: 1px; font-weight: normal; }
.sender { font-size: 6.5pt; text-decoration: underline; margin-bottom: 2mm; }
.window { width: 85mm; margin-top: 12mm; font-size: 10pt; line-height: 1.35; }
h1 { font-size: 15pt; margin: 10mm 0 3mm; }
.info { display: flex; gap: 10mm; }
.info table td { padding: 1px 10px 1px 0; }
.info table td:first-child { color: #555; }
.deliv { line-height: 1.4; }
.deliv .h { color: #555; }
.items { width: 100%; border-collapse: collapse; margin-top: 7mm; }
.items thead th { text-align: left; border-bottom: 1.2px solid #111; border-top: 1.2px solid #111; padding: 3px 3px; font-size: 7.5pt; background: #f4f4f4; }
.items td { padding: 2.6px 3px; border-bottom: 0.5px solid #ddd; }
.items tr { break-inside: avoid; }
.r { text-align: right !important; white-space: nowrap; }
.sum { break-inside: avoid; margin-top: 4mm; display: flex; justify-content: flex-end; }
.sum table { border-collapse: collapse; min-width: 85mm; }
.sum td { padding: 2px 4px; }
.sum .g td { border-top: 1.2px solid #111; border-bottom: 3px double #111; font-weight: bold; font-size: 10pt; }
.pay { break-inside: avoid; margin-top: 8mm; line-height: 1.5; }`;
  const body = `
<div class="top">
  <div class="logo">PEDAL<span>WERK</span><small>VELOTEILE · WERKSTATTBEDARF · SEIT 2009</small></div>
  <div class="window"><div class="sender">${esc(s.name)}, ${s.address.slice(0, 2).join(', ')}</div>${esc(b.name)}<br>${lines(b.address)}</div>
</div>
<h1>Rechnung</h1>
<div class="info">
  <table>
    <tr><td>Rechnungsnummer</td><td>${inv.number}</td></tr>
    <tr><td>Rechnungsdatum</td><td>${f.d(inv.issue)}</td></tr>
    <tr><td>Bestellnummer</td><td>WEB-558120</td></tr>
    <tr><td>Bestelldatum</td><td>06.03.2025</td></tr>
    <tr><td>Kundennummer</td><td>K-20417</td></tr>
    <tr><td>Ihre MWST-Nr.</td><td>${b.vatId}</td></tr>
    <tr><td>E-Mail</td><td>${b.email}</td></tr>
  </table>
  <div class="deliv"><span class="h">Lieferadresse:</span><br>${lines(inv.delivery)}<br><span class="h">Versand:</span> Post PRIORITY, 2 Pakete</div>
  <div class="deliv"><span class="h">Kontakt:</span><br>${s.phone}<br>${s.email}</div>
</div>
<table class="items">
<thead><tr><th>Pos.</th><th>Art.-Nr.</th><th>Bezeichnung</th><th class="r">Menge</th><th class="r">Einzelpreis</th><th class="r">Rabatt</th><th class="r">MWST %</th><th class="r">Total CHF</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<div class="sum"><table>
  <tr><td>Total exkl. MWST</td><td class="r">${f.m(c.subtotal)}</td></tr>
  ${vat}
  <tr><td>MWST total</td><td class="r">${f.m(c.tax)}</td></tr>
  <tr class="g"><td>Total inkl. MWST CHF</td><td class="r">${f.m(c.total)}</td></tr>
</table></div>
<div class="pay">Zahlbar bis ${f.d(inv.due)} (30 Tage netto) auf PostFinance, IBAN ${s.iban}, zugunsten ${esc(s.name)}, Vermerk: Rechnung ${inv.number}.<br>Vielen Dank für Ihre Bestellung. Rücksendungen innert 14 Tagen mit Rücksendeschein.</div>`;
  return doc({ lang: 'de-CH', title: `Rechnung ${inv.number}`, css, body });
};

export default inv;
