import { esc, lines, doc, NBSP, mkFmt } from '../lib.mjs';

const inv = {
  name: 'be-studio-facture-moderne',
  country: 'Belgium', language: 'French (Belgium)', currency: 'EUR',
  traits: 'modern two-column Belgian "Facture": coloured left sidebar with logo and payment details (IBAN, BIC, communication structurée +++…+++), parties side by side in cards ("De" / "Facturé à"), TVA column, mileage line with a four-decimal unit price (0,4415 €/km), totals box on the right "Total HTVA / TVA 21 % / Total TVAC"; dates DD-MM-YYYY; 1.234,56 € (symbol after)',
  number: 'F2025-0042',
  issue: '2025-02-28',
  due: '2025-03-30',
  currencyPrinted: '€',
  seller: {
    name: 'Studio Lumen SRL', vatId: 'BE 0712.345.630',
    address: ['Avenue Louise 287', '1050 Ixelles'],
    email: 'bonjour@studiolumen.be', phone: '+32 2 640 18 77', iban: 'BE79 0630 4123 4533', bic: 'GKCCBEBB',
  },
  buyer: {
    name: 'Brasserie du Canal SA', vatId: 'BE 0456.789.133',
    address: ['Quai des Charbonnages 40', '1080 Molenbeek-Saint-Jean'], email: 'compta@brasserieducanal.be',
  },
  ogm: '+++202/5004/20093+++',
  taxMode: 'rate',
  items: [
    { desc: 'Shooting photo – nouvelle carte de printemps', qty: '1', unit: '650.00', rate: '21' },
    { desc: 'Retouche photo, par image', qty: '24', unit: '18.50', rate: '21' },
    { desc: 'Conception graphique du menu (A3 recto/verso)', qty: '1', unit: '780.00', rate: '21' },
    { desc: 'Déclinaisons réseaux sociaux (story et post)', qty: '6', unit: '45.00', rate: '21' },
    { desc: 'Frais de déplacement (km)', qty: '38', unit: '0.4415', rate: '21' },
  ],
  fmt: mkFmt({ num: { dec: ',', grp: '.' }, date: 'dd-mm-yyyy' }),
  extraChecks: () => ['Total TVAC', 'Total HTVA', '+++202/5004/20093+++'],
};

inv.render = (c, f) => {
  const s = inv.seller, b = inv.buyer;
  const eur = (x) => `${x}${NBSP}€`;
  const rows = c.lines.map((l) => `<tr><td>${esc(l.desc)}</td><td class="r">${f.q(l.qty)}</td><td class="r">${eur(f.u(l.unit))}</td><td class="r">${l.rate}${NBSP}%</td><td class="r">${eur(f.m(l.net))}</td></tr>`).join('\n');
  const css = `
@page { size: A4; margin: 0; }
body { font-family: 'Liberation Sans'; font-size: 9pt; color: #222; }
.wrap { display: flex; min-height: 297mm; }
.side { width: 58mm; background: #1d2b53; color: #e9ecf5; padding: 16mm 7mm; font-size: 8pt; line-height: 1.55; }
.side .logo { font-size: 19pt; font-weight: bold; color: #fff; letter-spacing: 1px; line-height: 1.1; }
.side .logo span { color: #ffb703; }
.side h4 { color: #ffb703; font-size: 7.5pt; text-transform: uppercase; letter-spacing: 1px; margin: 10mm 0 2mm; }
.main { flex: 1; padding: 16mm 14mm 12mm 12mm; }
h1 { font-size: 28pt; margin: 0; font-weight: bold; color: #1d2b53; }
.meta { display: flex; gap: 8mm; margin-top: 4mm; }
.meta div { font-size: 8pt; }
.meta span { display: block; color: #888; font-size: 7pt; text-transform: uppercase; letter-spacing: 1px; }
.meta b { font-size: 10pt; }
.cards { display: flex; gap: 6mm; margin-top: 9mm; }
.card { flex: 1; background: #f3f5fa; border-radius: 6px; padding: 4mm; line-height: 1.5; }
.card .h { font-size: 7pt; text-transform: uppercase; letter-spacing: 1px; color: #888; }
.card b { font-size: 10pt; color: #1d2b53; }
.items { width: 100%; border-collapse: collapse; margin-top: 9mm; }
.items th { text-align: left; font-size: 7.5pt; color: #888; text-transform: uppercase; letter-spacing: .5px; font-weight: normal; padding: 3px; border-bottom: 2px solid #1d2b53; }
.items td { padding: 7px 3px; border-bottom: 1px solid #e5e8f0; }
.r { text-align: right !important; white-space: nowrap; }
.bottom { display: flex; justify-content: space-between; margin-top: 8mm; align-items: flex-start; }
.note { width: 48%; font-size: 8pt; color: #555; line-height: 1.5; }
.box { width: 46%; background: #1d2b53; color: #fff; border-radius: 6px; padding: 4mm 5mm; }
.box table { width: 100%; border-collapse: collapse; }
.box td { padding: 2px 0; }
.box .g td { border-top: 1px solid #ffb703; font-size: 13pt; font-weight: bold; padding-top: 5px; color: #ffb703; }
.legal { margin-top: 14mm; font-size: 7pt; color: #888; line-height: 1.5; }`;
  const body = `<div class="wrap">
<div class="side">
  <div class="logo">STUDIO<br><span>LUMEN</span></div>
  <div style="margin-top:3mm">photo · graphisme · web</div>
  <h4>Paiement</h4>
  IBAN<br><b>${s.iban}</b><br>BIC ${s.bic}<br><br>Communication structurée<br><b>${inv.ogm}</b>
  <h4>Contact</h4>
  ${s.phone}<br>${s.email}<br>www.studiolumen.be
</div>
<div class="main">
  <h1>Facture</h1>
  <div class="meta">
    <div><span>N° de facture</span><b>${inv.number}</b></div>
    <div><span>Date</span><b>${f.d(inv.issue)}</b></div>
    <div><span>Échéance</span><b>${f.d(inv.due)}</b></div>
    <div><span>Référence</span><b>Devis D2025-011</b></div>
  </div>
  <div class="cards">
    <div class="card"><div class="h">De</div><b>${esc(s.name)}</b><br>${lines(s.address)}<br>TVA ${s.vatId}</div>
    <div class="card"><div class="h">Facturé à</div><b>${esc(b.name)}</b><br>${lines(b.address)}<br>TVA ${b.vatId}<br>${b.email}</div>
  </div>
  <table class="items">
  <thead><tr><th>Description</th><th class="r">Qté</th><th class="r">Prix unitaire</th><th class="r">TVA</th><th class="r">Total HTVA</th></tr></thead>
  <tbody>${rows}</tbody>
  </table>
  <div class="bottom">
    <div class="note">Merci de verser le montant avant le ${f.d(inv.due)} en mentionnant la communication structurée ${inv.ogm}.<br>En cas de retard de paiement, un intérêt de 8 % l'an et une indemnité forfaitaire de 40 € seront dus de plein droit.</div>
    <div class="box"><table>
      <tr><td>Total HTVA</td><td class="r">${eur(f.m(c.subtotal))}</td></tr>
      <tr><td>TVA 21 %</td><td class="r">${eur(f.m(c.tax))}</td></tr>
      <tr class="g"><td>Total TVAC</td><td class="r">${eur(f.m(c.total))}</td></tr>
    </table></div>
  </div>
  <div class="legal">${esc(s.name)} · ${s.address.join(', ')} · TVA ${s.vatId} · RPM Bruxelles, section francophone · Conditions générales disponibles sur www.studiolumen.be/cgv</div>
</div>
</div>`;
  return doc({ lang: 'fr-BE', title: `Facture ${inv.number}`, css, body });
};

export default inv;
