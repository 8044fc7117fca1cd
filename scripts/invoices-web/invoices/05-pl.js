'use strict';
// Polish Faktura VAT (inFakt-like): NIP, 23 % and 8 %, yyyy-mm-dd dates, "Do zapłaty", "Słownie",
// net and gross per line, VAT summary by rate.
module.exports = function (L) {
  const F = c => L.num(c, { dec: ',', grp: ' ' });
  const seller = {
    name: 'Modrzew Pracownia Mebli Sp. z o.o.',
    vatId: L.plNip('778214035'),
    address: ['ul. Obornicka 229', '60-650 Poznań'],
    email: 'faktury@modrzew-meble.pl',
  };
  const buyer = {
    name: 'Zielone Tarasy Development Sp. z o.o.',
    vatId: L.plNip('599318462'),
    address: ['ul. Kostrzyńska 18', '66-400 Gorzów Wielkopolski'],
    email: null,
  };
  if (!seller.vatId || !buyer.vatId) throw new Error('NIP');
  const items = [
    { description: 'Fronty kuchenne dąb naturalny, lakier matowy', qty: '38', jm: 'szt.', unit: 28500, rate: '23' },
    { description: 'Blat kuchenny dębowy 40 mm, dł. 260 cm', qty: '6', jm: 'szt.', unit: 114000, rate: '23' },
    { description: 'Korpusy szafek dolnych 60 cm', qty: '24', jm: 'szt.', unit: 31000, rate: '23' },
    { description: 'Korpusy szafek górnych 60 cm', qty: '18', jm: 'szt.', unit: 24500, rate: '23' },
    { description: 'Uchwyty meblowe czarne 160 mm', qty: '96', jm: 'szt.', unit: 1850, rate: '23' },
    { description: 'Zawiasy z cichym domykiem', qty: '120', jm: 'szt.', unit: 1240, rate: '23' },
    { description: 'Transport Poznań – Gorzów Wielkopolski', qty: '1', jm: 'usł.', unit: 45000, rate: '23' },
    { description: 'Montaż zabudowy kuchennej w lokalach mieszkalnych, budynek B', qty: '6', jm: 'kpl.', unit: 125000, rate: '8' },
    { description: 'Obróbka i docinanie blatów na budowie', qty: '12', jm: 'godz.', unit: 11000, rate: '8' },
  ];
  for (const it of items) { it.amount = L.lineAmount(it.qty, it.unit); it.vat = L.taxOn(it.amount, it.rate); }
  const taxes = L.taxTable(items);
  const subtotal = items.reduce((a, i) => a + i.amount, 0);
  const taxTotal = taxes.reduce((a, t) => a + t.tax, 0);
  const total = subtotal + taxTotal;
  // per-line VAT must add up to the per-rate VAT for a consistent document
  for (const t of taxes) {
    const s = items.filter(i => i.rate === t.rate).reduce((a, i) => a + i.vat, 0);
    if (s !== t.tax) throw new Error('PL line VAT sum differs for rate ' + t.rate);
  }
  if (total !== 5040342) throw new Error('PL: update "Słownie" text, total is ' + total);
  const slownie = 'pięćdziesiąt tysięcy czterysta trzy PLN 42/100';
  const no = 'FV 42/11/2026';
  const acct = L.iban('PL', '10901362' + '0000000147893321');

  const rows = items.map((it, i) => `<tr><td class="c">${i + 1}</td><td>${L.esc(it.description)}</td><td class="r">${it.qty}</td><td class="c">${it.jm}</td><td class="r">${F(it.unit)}</td><td class="r">${F(it.amount)}</td><td class="c">${it.rate}%</td><td class="r">${F(it.vat)}</td><td class="r">${F(it.amount + it.vat)}</td></tr>`).join('');
  const sumRows = taxes.map(t => `<tr><td></td><td class="r">${F(t.base)}</td><td class="c">${t.rate}%</td><td class="r">${F(t.tax)}</td><td class="r">${F(t.base + t.tax)}</td></tr>`).join('');

  const html = `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Faktura ${no}</title>
<style>
@page { size: A4; margin: 12mm 12mm 14mm; }
body { font-family: 'Noto Sans', sans-serif; font-size: 8.3pt; color: #222; margin: 0; }
.top { display: flex; justify-content: space-between; align-items: flex-start; }
.top h1 { font-size: 15pt; margin: 0; }
.top .place { text-align: right; line-height: 1.6; }
.top .place b { display: inline-block; min-width: 25mm; text-align: right; font-weight: 600; }
.parties { display: flex; gap: 8mm; margin: 7mm 0 6mm; }
.parties > div { flex: 1; border-top: 2pt solid #f06a28; padding-top: 2mm; line-height: 1.5; }
.parties h3 { margin: 0 0 1mm; font-size: 8pt; color: #f06a28; text-transform: uppercase; }
table.it { width: 100%; border-collapse: collapse; }
table.it th { background: #f3f3f3; border: .5pt solid #bbb; padding: 1.5mm 1mm; font-size: 7.2pt; font-weight: 600; }
table.it td { border: .5pt solid #bbb; padding: 1.5mm 1mm; }
.r { text-align: right; white-space: nowrap; } .c { text-align: center; }
table.vs { margin: 3mm 0 0 auto; border-collapse: collapse; }
table.vs th, table.vs td { border: .5pt solid #bbb; padding: 1.3mm 2mm; font-size: 7.8pt; }
table.vs th { background: #f3f3f3; font-weight: 600; }
table.vs .razem td { font-weight: 700; }
.pay { display: flex; justify-content: space-between; margin-top: 6mm; }
.pay .l { line-height: 1.7; }
.pay .due { text-align: right; font-size: 13pt; font-weight: 700; }
.pay .due small { display: block; font-size: 8pt; font-weight: 400; }
.sign { display: flex; gap: 20mm; margin-top: 22mm; }
.sign div { flex: 1; border-top: .5pt dotted #555; text-align: center; font-size: 7pt; padding-top: 1mm; color: #666; }
</style></head><body>
<div class="top">
  <div><h1>Faktura VAT nr ${no}</h1><div style="margin-top:1mm;color:#666">ORYGINAŁ</div></div>
  <div class="place">
    Miejsce wystawienia: <b>Poznań</b><br>
    Data wystawienia: <b>2026-11-18</b><br>
    Data sprzedaży: <b>2026-11-16</b>
  </div>
</div>
<div class="parties">
  <div><h3>Sprzedawca</h3><b>${seller.name}</b><br>${seller.address.join('<br>')}<br>NIP: ${seller.vatId}<br>${seller.email}</div>
  <div><h3>Nabywca</h3><b>${buyer.name}</b><br>${buyer.address.join('<br>')}<br>NIP: ${buyer.vatId}</div>
</div>
<table class="it"><thead><tr><th>Lp.</th><th>Nazwa towaru lub usługi</th><th>Ilość</th><th>J.m.</th><th>Cena netto</th><th>Wartość netto</th><th>Stawka VAT</th><th>Kwota VAT</th><th>Wartość brutto</th></tr></thead>
<tbody>${rows}</tbody></table>
<table class="vs"><thead><tr><th></th><th>Wartość netto</th><th>Stawka VAT</th><th>Kwota VAT</th><th>Wartość brutto</th></tr></thead>
<tbody>${sumRows}<tr class="razem"><td>Razem</td><td class="r">${F(subtotal)}</td><td class="c"></td><td class="r">${F(taxTotal)}</td><td class="r">${F(total)}</td></tr></tbody></table>
<div class="pay">
  <div class="l">Sposób płatności: <b>przelew</b><br>Termin płatności: <b>2026-12-02</b> (14 dni)<br>
    Numer konta: <b>${acct.slice(2).replace(/^(\d\d)(\d{4})(\d{4})(\d{4})(\d{4})(\d{4})(\d{4})$/, '$1 $2 $3 $4 $5 $6 $7')}</b><br>Bank: Wielkopolski Bank Spółdzielczy</div>
  <div class="due">Do zapłaty: ${F(total)} PLN<small>Zapłacono: 0,00 PLN</small><small>Słownie: ${slownie}</small></div>
</div>
<div class="sign"><div>Osoba upoważniona do odbioru</div><div>Osoba upoważniona do wystawienia<br>Agnieszka Wróblewska</div></div>
</body></html>`;

  const expected = L.expected({
    invoiceNumber: no, issueDate: '2026-11-18', dueDate: '2026-12-02', currency: 'PLN',
    seller, buyer, subtotal, taxTotal, total, amountDue: total,
    items: items.map(i => ({ description: i.description, qty: i.qty, unit: i.unit, amount: i.amount })),
  });
  const checks = [no, '2026-11-18', '2026-12-02', seller.name, seller.vatId, ...seller.address, seller.email,
    buyer.name, buyer.vatId, ...buyer.address, F(subtotal), F(taxTotal), F(total), 'Do zapłaty: ' + F(total) + ' PLN',
    ...items.flatMap(i => [i.description, i.qty, F(i.unit), F(i.amount)])];
  return { name: 'pl-faktura-vat', html, expected, checks, arith: { lineAdjust: 0, amountDue: total } };
};
