'use strict';
// French facture of a micro-entrepreneur (Pennylane/Sellsy-like): SIREN/SIRET, no VAT
// ("TVA non applicable, art. 293 B du CGI"), narrow no-break space as thousands separator,
// deposit already paid ("Acompte versé") -> Net à payer < Total.
module.exports = function (L) {
  const NNBSP = '\u202f';
  const F = c => L.num(c, { dec: ',', grp: NNBSP, minus: '\u2212' });
  const E = c => F(c) + '\u00a0€';
  const siren = L.frSiren('91438207');
  const siret = L.frSiret(siren, '0002');
  const buyerSiren = L.frSiren('84217653');
  const seller = {
    name: 'Camille Roussel EI',
    vatId: null,
    address: ['7 impasse des Glycines', '44300 Nantes'],
    email: 'bonjour@camille-roussel-design.fr',
  };
  const buyer = {
    name: 'Brasserie des Quatre Vents SAS',
    vatId: L.frTva(buyerSiren),
    address: ['18 rue des Verriers', '69004 Lyon'],
    email: 'compta@brasserie-quatrevents.fr',
  };
  const items = [
    { description: 'Création identité visuelle – logo et déclinaisons (3 pistes, 2 allers-retours)', qty: '1', unit: 120000 },
    { description: 'Charte graphique (PDF 24 pages)', qty: '1', unit: 65000 },
    { description: 'Design menu saisonnier, format A3 recto-verso', qty: '3', unit: 18000 },
    { description: 'Retouches photos des plats (forfait 10 photos)', qty: '2', unit: 9500 },
    { description: 'Frais de déplacement Nantes – Lyon (aller-retour)', qty: '1', unit: 14840 },
  ];
  for (const it of items) it.amount = L.lineAmount(it.qty, it.unit);
  const subtotal = items.reduce((a, i) => a + i.amount, 0);
  const taxTotal = 0;
  const total = subtotal;
  const deposit = 80000;
  const due = total - deposit;
  const no = 'F-2026-087';

  // French RIB key and IBAN
  const bank = '30004', guichet = '01328', compte = '00021874509';
  const key = 97n - ((89n * BigInt(bank) + 15n * BigInt(guichet) + 3n * BigInt(compte)) % 97n);
  const ib = L.iban('FR', bank + guichet + compte + String(key).padStart(2, '0'));

  const rows = items.map(it => `<tr><td>${L.esc(it.description)}</td><td class="r">${L.qfmt(it.qty)}</td><td class="r">${E(it.unit)}</td><td class="r">${E(it.amount)}</td></tr>`).join('');
  const sirenSp = siren.replace(/(\d{3})(\d{3})(\d{3})/, '$1 $2 $3');
  const siretSp = sirenSp + ' ' + siret.slice(9);

  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Facture ${no}</title>
<style>
@page { size: A4; margin: 16mm 16mm 18mm; }
body { font-family: 'Noto Sans', sans-serif; font-size: 9pt; color: #1d2433; margin: 0; }
.top { display: flex; justify-content: space-between; align-items: flex-start; }
.brand { font-size: 16pt; font-weight: 700; color: #5b3df5; }
.brand small { display: block; font-size: 8pt; color: #7a8194; font-weight: 400; }
.meta { text-align: right; }
.meta h1 { margin: 0 0 2mm; font-size: 22pt; font-weight: 300; letter-spacing: 1pt; }
.meta table { margin-left: auto; border-collapse: collapse; }
.meta td { padding: .7mm 0 .7mm 5mm; }
.meta td:first-child { color: #7a8194; }
.parties { display: flex; gap: 10mm; margin: 6mm 0 5mm; }
.party { flex: 1; background: #f5f4ff; border-radius: 3mm; padding: 4mm 5mm; line-height: 1.45; }
.party h3 { margin: 0 0 1.5mm; font-size: 7.5pt; text-transform: uppercase; letter-spacing: .8pt; color: #5b3df5; }
.party .n { font-weight: 700; }
.obj { margin-bottom: 4mm; }
table.items { width: 100%; border-collapse: collapse; }
table.items th { background: #1d2433; color: #fff; font-weight: 600; font-size: 8pt; padding: 2.2mm 2.5mm; text-align: left; }
table.items td { padding: 2mm 2.5mm; border-bottom: .5pt solid #e2e4ea; }
.r, table.items th.r { text-align: right; white-space: nowrap; }
.totals { width: 80mm; margin: 5mm 0 0 auto; border-collapse: collapse; }
.totals td { padding: 1.6mm 2.5mm; }
.totals .g td { font-weight: 700; border-top: .8pt solid #1d2433; }
.totals .due td { font-weight: 700; font-size: 11pt; background: #5b3df5; color: #fff; }
.mention { margin-top: 3mm; font-style: italic; }
.pay { margin-top: 6mm; border-top: .5pt solid #e2e4ea; padding-top: 4mm; line-height: 1.5; }
.legal { margin-top: 4mm; font-size: 7pt; color: #7a8194; line-height: 1.45; }
</style></head><body>
<div class="top">
  <div>
    <div class="brand">camille roussel<small>design graphique &amp; identité de marque</small></div>
    <div style="margin-top:4mm; line-height:1.5">
      <b>${seller.name}</b><br>${seller.address.join('<br>')}<br>${seller.email}<br>06 42 18 77 93<br>
      SIREN : ${sirenSp}<br>SIRET : ${siretSp}
    </div>
  </div>
  <div class="meta">
    <h1>FACTURE</h1>
    <table>
      <tr><td>Numéro</td><td><b>${no}</b></td></tr>
      <tr><td>Date d'émission</td><td>13 novembre 2026</td></tr>
      <tr><td>Date de la prestation</td><td>octobre 2026</td></tr>
      <tr><td>Date d'échéance</td><td>13 décembre 2026</td></tr>
    </table>
  </div>
</div>
<div class="parties">
  <div class="party"><h3>Émetteur</h3><div class="n">${seller.name}</div>${seller.address.join('<br>')}<br>France</div>
  <div class="party"><h3>Facturé à</h3><div class="n">${buyer.name}</div>${buyer.address.join('<br>')}<br>France<br>
    N° TVA intracommunautaire : ${buyer.vatId}<br>${buyer.email}</div>
</div>
<div class="obj"><b>Objet :</b> Refonte de l'identité visuelle – devis D-2026-031 accepté le 28 septembre 2026</div>
<table class="items"><thead><tr><th>Désignation</th><th class="r">Qté</th><th class="r">Prix unitaire HT</th><th class="r">Total HT</th></tr></thead>
<tbody>${rows}</tbody></table>
<table class="totals">
  <tr><td>Total HT</td><td class="r">${E(subtotal)}</td></tr>
  <tr><td>TVA</td><td class="r">—</td></tr>
  <tr class="g"><td>Total TTC</td><td class="r">${E(total)}</td></tr>
  <tr><td>Acompte versé le 2 octobre 2026</td><td class="r">${E(-deposit)}</td></tr>
  <tr class="due"><td>Net à payer</td><td class="r">${E(due)}</td></tr>
</table>
<div class="mention">TVA non applicable, art. 293 B du CGI</div>
<div class="pay">
  <b>Conditions de paiement :</b> 30 jours à compter de la date d'émission, par virement bancaire.<br>
  Titulaire : Camille Roussel · IBAN : ${L.ibanSpaced(ib)} · BIC : PSSTFRPPNTE<br>
  Merci d'indiquer le numéro de facture ${no} en référence du virement.
</div>
<div class="legal">
  Pas d'escompte pour paiement anticipé. En cas de retard de paiement, des pénalités calculées au taux de 3 fois le taux d'intérêt légal seront exigibles,
  ainsi qu'une indemnité forfaitaire pour frais de recouvrement de 40 € (art. L441-10 et D441-5 du Code de commerce).<br>
  ${seller.name} – Entrepreneur individuel – SIRET ${siretSp} – Code APE 7410Z – Dispensé d'immatriculation au registre du commerce et des sociétés (RCS) et au répertoire des métiers (RM).
</div>
</body></html>`;

  const expected = L.expected({
    invoiceNumber: no, issueDate: '2026-11-13', dueDate: '2026-12-13', currency: 'EUR',
    seller, buyer, subtotal, taxTotal, total, amountDue: due,
    items: items.map(i => ({ description: i.description, qty: i.qty, unit: i.unit, amount: i.amount })),
  });
  const checks = [no, '13 novembre 2026', '13 décembre 2026', seller.name, ...seller.address, seller.email,
    buyer.name, buyer.vatId, ...buyer.address, buyer.email, E(subtotal), E(total), E(due),
    'TVA non applicable, art. 293 B du CGI', siretSp,
    ...items.flatMap(i => [i.description, L.qfmt(i.qty), E(i.unit), E(i.amount)])];
  return { name: 'fr-facture-micro-entrepreneur', html, expected, checks, arith: { lineAdjust: 0, amountDue: due } };
};
