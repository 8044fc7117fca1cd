'use strict';
// Greek Τιμολόγιο Πώλησης – Δελτίο Αποστολής: Greek script, ΑΦΜ + ΔΟΥ, ΦΠΑ 13 % and 24 %, product code
// column, dd/mm/yyyy dates where day and month are both <= 12, myDATA ΜΑΡΚ and QR code.
module.exports = function (L) {
  const F = c => L.num(c, { dec: ',', grp: '.' });
  const E = c => F(c) + ' €';
  const Q = q => L.group(q, '.');
  const seller = {
    name: 'Αφοί Μαυρίδη Ο.Ε.',
    vatId: L.grAfm('09981234'),
    address: ['Ναυάρχου Νοταρά 112', '18535 Πειραιάς'],
    email: 'logistirio@afoi-mavridi.gr',
  };
  const buyer = {
    name: 'Θαλασσινό Ξενοδοχειακές Επιχειρήσεις Α.Ε.',
    vatId: L.grAfm('80164572'),
    address: ['Παραλία Καμαρίου', '84700 Θήρα'],
    email: null,
  };
  const items = [
    { code: 'ΕΛ-005', description: 'Ελαιόλαδο εξαιρετικό παρθένο, δοχείο 5 lt', mm: 'ΤΕΜ', qty: '12', unit: 3850, rate: '13' },
    { code: 'ΜΕΛ-250', description: 'Μέλι θυμαρίσιο Κρήτης 250 g', mm: 'ΤΕΜ', qty: '48', unit: 420, rate: '13' },
    { code: 'ΜΑΡ-030', description: 'Μαρμελάδα σύκο ατομική 30 g', mm: 'ΤΕΜ', qty: '600', unit: 35, rate: '13' },
    { code: 'ΣΑΠ-025', description: 'Σαπούνι ελαιολάδου 25 g, ατομική συσκευασία', mm: 'ΤΕΜ', qty: '1200', unit: 28, rate: '24' },
    { code: 'ΣΑΜ-030', description: 'Σαμπουάν βοτάνων 30 ml', mm: 'ΤΕΜ', qty: '1200', unit: 32, rate: '24' },
    { code: 'ΠΕΤ-590', description: 'Πετσέτες προσώπου βαμβακερές 50×90', mm: 'ΤΕΜ', qty: '60', unit: 690, rate: '24' },
    { code: 'ΜΕΤ-01', description: 'Μεταφορικά έξοδα Πειραιάς – Θήρα (ακτοπλοϊκώς)', mm: 'ΥΠΗ', qty: '1', unit: 14500, rate: '24' },
  ];
  for (const it of items) it.amount = L.lineAmount(it.qty, it.unit);
  const taxes = L.taxTable(items);
  const subtotal = items.reduce((a, i) => a + i.amount, 0);
  const taxTotal = taxes.reduce((a, t) => a + t.tax, 0);
  const total = subtotal + taxTotal;
  const no = 'ΤΔΑ-1187';
  const mark = '400001937522341';
  const qr = L.qrSvg('gr-timologio', `MARK:${mark};AFM:${seller.vatId};AA:${no};DATE:12/11/2026;TOTAL:${L.dot(total)}`, 24);
  const ib = L.iban('GR', '0172' + '0210' + '0005021045873');

  const rows = items.map(it => `<tr><td>${it.code}</td><td>${L.esc(it.description)}</td><td class="c">${it.mm}</td><td class="r">${Q(it.qty)}</td><td class="r">${F(it.unit)}</td><td class="r">${F(it.amount)}</td><td class="c">${it.rate}%</td></tr>`).join('');
  const taxRows = taxes.map(t => `<tr><td>ΦΠΑ ${t.rate}% (επί ${E(t.base)})</td><td class="r">${E(t.tax)}</td></tr>`).join('');

  const html = `<!doctype html><html lang="el"><head><meta charset="utf-8"><title>Τιμολόγιο ${no}</title>
<style>
@page { size: A4; margin: 12mm 13mm; }
body { font-family: 'Noto Sans', sans-serif; font-size: 8.2pt; color: #1b1b1b; margin: 0; }
.hdr { display: flex; justify-content: space-between; border: .8pt solid #1a4d8f; }
.hdr .co { padding: 3mm 4mm; line-height: 1.5; }
.hdr .co .n { font-size: 12pt; font-weight: 700; color: #1a4d8f; }
.hdr .doc { background: #1a4d8f; color: #fff; padding: 3mm 5mm; min-width: 70mm; line-height: 1.6; }
.hdr .doc .t { font-size: 10.5pt; font-weight: 700; margin-bottom: 1mm; }
.cust { margin-top: 4mm; border: .6pt solid #999; padding: 2.5mm 4mm; display: flex; gap: 8mm; line-height: 1.55; }
.cust > div { flex: 1; }
.cust .lab { font-weight: 700; color: #1a4d8f; }
table.it { width: 100%; border-collapse: collapse; margin-top: 4mm; }
table.it th { background: #e7eef8; border: .5pt solid #8aa; padding: 1.6mm 1.2mm; font-size: 7.4pt; }
table.it td { border-left: .5pt solid #8aa; border-right: .5pt solid #8aa; padding: 1.4mm 1.2mm; }
table.it tbody tr:last-child td { border-bottom: .5pt solid #8aa; }
.r { text-align: right; white-space: nowrap; } .c { text-align: center; }
.bottom { display: flex; gap: 6mm; margin-top: 4mm; }
.bottom .left { flex: 1; font-size: 7.6pt; line-height: 1.55; }
.bottom table.sum { width: 82mm; border-collapse: collapse; }
table.sum td { border: .5pt solid #8aa; padding: 1.4mm 2mm; }
table.sum .pay td { background: #1a4d8f; color: #fff; font-weight: 700; font-size: 10pt; }
.mydata { margin-top: 5mm; display: flex; gap: 4mm; align-items: center; font-size: 7.2pt; color: #555; border-top: .5pt dashed #999; padding-top: 3mm; }
.sig { display: flex; gap: 20mm; margin-top: 12mm; }
.sig div { flex: 1; text-align: center; border-top: .5pt solid #999; padding-top: 1mm; font-size: 7pt; color: #666; }
</style></head><body>
<div class="hdr">
  <div class="co"><div class="n">${seller.name}</div>
    Χονδρικό εμπόριο τροφίμων &amp; ξενοδοχειακών ειδών<br>
    ${seller.address.join(', ')}<br>
    ΑΦΜ: ${seller.vatId} · ΔΟΥ: Α' Πειραιά · ΓΕΜΗ: 123569907000<br>
    Τηλ.: 210 4128 337 · ${seller.email}</div>
  <div class="doc"><div class="t">ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ – ΔΕΛΤΙΟ ΑΠΟΣΤΟΛΗΣ</div>
    Αρ. Παραστατικού: <b>${no}</b><br>
    Ημερομηνία: <b>12/11/2026</b><br>
    Ώρα αποστολής: 07:45<br>
    Σελίδα 1 από 1</div>
</div>
<div class="cust">
  <div><span class="lab">ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ</span><br><b>${buyer.name}</b><br>${buyer.address.join(', ')}<br>ΑΦΜ: ${buyer.vatId} · ΔΟΥ: Θήρας<br>Δραστηριότητα: Ξενοδοχεία</div>
  <div><span class="lab">ΣΤΟΙΧΕΙΑ ΑΠΟΣΤΟΛΗΣ</span><br>Σκοπός διακίνησης: Πώληση<br>Τόπος φόρτωσης: Έδρα μας<br>Τόπος παράδοσης: Έδρα πελάτη<br>Τρόπος πληρωμής: Επί πιστώσει · Λήξη: 12/12/2026</div>
</div>
<table class="it"><thead><tr><th>Κωδικός</th><th>Περιγραφή</th><th>Μ.Μ.</th><th>Ποσότητα</th><th>Τιμή μον.</th><th>Αξία</th><th>ΦΠΑ</th></tr></thead>
<tbody>${rows}</tbody></table>
<div class="bottom">
  <div class="left">
    Παρατηρήσεις: Παράδοση με το πλοίο της Πέμπτης, παραλαβή από τον παραλήπτη στο λιμάνι Αθηνιού.<br>
    Τράπεζα: IBAN ${L.ibanSpaced(ib)}<br>Δικαιούχος: ${seller.name}
  </div>
  <table class="sum">
    <tr><td>Σύνολο καθαρής αξίας</td><td class="r">${E(subtotal)}</td></tr>
    ${taxRows}
    <tr><td>Σύνολο ΦΠΑ</td><td class="r">${E(taxTotal)}</td></tr>
    <tr><td>Συνολική αξία</td><td class="r">${E(total)}</td></tr>
    <tr class="pay"><td>ΠΛΗΡΩΤΕΟ ΠΟΣΟ</td><td class="r">${E(total)}</td></tr>
  </table>
</div>
<div class="mydata">${qr}<div>ΜΑΡΚ: ${mark}<br>UID: 7E1D94C0A3B25F8816E0C4A1B9D0F2E637A8C5B1<br>Διαβιβάστηκε στην ΑΑΔΕ (myDATA) μέσω παρόχου ηλεκτρονικής τιμολόγησης.</div></div>
<div class="sig"><div>Ο ΕΚΔΟΤΗΣ</div><div>Ο ΠΑΡΑΛΑΒΩΝ</div></div>
</body></html>`;

  const expected = L.expected({
    invoiceNumber: no, issueDate: '2026-11-12', dueDate: '2026-12-12', currency: 'EUR',
    seller, buyer, subtotal, taxTotal, total, amountDue: total,
    items: items.map(i => ({ description: i.description, qty: i.qty, unit: i.unit, amount: i.amount })),
  });
  const checks = [no, '12/11/2026', '12/12/2026', seller.name, seller.vatId, seller.address.join(', '), seller.email,
    buyer.name, buyer.vatId, buyer.address.join(', '), E(subtotal), E(taxTotal), E(total), ...taxes.map(t => E(t.tax)),
    ...items.flatMap(i => [i.description, Q(i.qty), F(i.unit), F(i.amount)])];
  return { name: 'gr-timologio', html, expected, checks, arith: { lineAdjust: 0, amountDue: total } };
};
