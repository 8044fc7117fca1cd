'use strict';
// Bulgarian фактура (Cyrillic): ЕИК and ИН по ДДС, ДДС 20 %, buyer (Получател) printed LEFT of the
// seller (Доставчик), 10-digit invoice number, amounts in EUR with the BGN equivalent at the fixed
// rate 1.95583 (dual display during the 2026 euro changeover), amount in words.
module.exports = function (L) {
  const F = c => L.num(c, { dec: ',', grp: ' ' });
  const E = c => F(c) + ' €';
  const eik = L.bgEik('20451738');
  const bEik = L.bgEik('13172604');
  const seller = {
    name: 'Родопа Софтуер ЕООД',
    vatId: 'BG' + eik,
    address: ['гр. Пловдив 4000, ул. „Княз Богориди“ № 18, ет. 3'],
    email: 'office@rodopa-soft.bg',
  };
  const buyer = {
    name: 'Зора Търговия АД',
    vatId: 'BG' + bEik,
    address: ['гр. София 1407, бул. „Черни връх“ № 51Б'],
    email: null,
  };
  const items = [
    { description: 'Абонамент ERP система „Склад+“ за ноември 2026 г.', mu: 'бр.', qty: '1', unit: 48000 },
    { description: 'Допълнителни потребителски лицензи', mu: 'бр.', qty: '12', unit: 1500 },
    { description: 'Внедряване на модул „Каси“ в търговски обекти', mu: 'обект', qty: '6', unit: 22000 },
    { description: 'Обучение на персонала', mu: 'час', qty: '8', unit: 5500 },
    { description: 'Пътни разходи Пловдив – София – Пловдив', mu: 'бр.', qty: '1', unit: 9640 },
  ];
  for (const it of items) it.amount = L.lineAmount(it.qty, it.unit);
  const subtotal = items.reduce((a, i) => a + i.amount, 0);
  const taxTotal = L.taxOn(subtotal, '20');
  const total = subtotal + taxTotal;
  if (total !== 301968) throw new Error('BG: update words, total ' + total);
  const words = 'три хиляди и деветнадесет евро и 68 евроцента';
  const bgn = L.absDiv(total * 195583, 100000);
  const no = '0000002417';
  const ib = L.iban('BG', 'TTBK' + '9155' + '10' + '42718305');
  const D = s => s + ' г.';

  const rows = items.map((it, i) => `<tr><td class="c">${i + 1}</td><td>${L.esc(it.description)}</td><td class="c">${it.mu}</td><td class="r">${it.qty}</td><td class="r">${F(it.unit)}</td><td class="r">${F(it.amount)}</td></tr>`).join('');

  const html = `<!doctype html><html lang="bg"><head><meta charset="utf-8"><title>Фактура ${no}</title>
<style>
@page { size: A4; margin: 14mm 15mm; }
body { font-family: 'DejaVu Serif', serif; font-size: 8.8pt; color: #111; margin: 0; }
.title { text-align: center; margin-bottom: 5mm; }
.title .t { font-size: 20pt; font-weight: 700; letter-spacing: 4pt; }
.title .o { display: inline-block; border: 1pt solid #111; padding: .5mm 4mm; margin-top: 1.5mm; font-size: 9pt; letter-spacing: 2pt; }
.meta { display: flex; justify-content: center; gap: 12mm; margin-bottom: 5mm; }
.parties { display: flex; gap: 5mm; }
.parties > div { flex: 1; border: .8pt solid #111; padding: 2.5mm 3.5mm; line-height: 1.6; }
.parties .h { font-weight: 700; text-transform: uppercase; border-bottom: .5pt solid #111; margin-bottom: 1.5mm; }
table.it { width: 100%; border-collapse: collapse; margin-top: 5mm; }
table.it th, table.it td { border: .6pt solid #111; padding: 1.6mm 1.5mm; }
table.it th { background: #eee; font-size: 8pt; }
.r { text-align: right; white-space: nowrap; } .c { text-align: center; }
.sum { display: flex; justify-content: space-between; gap: 6mm; margin-top: 4mm; }
.sum .words { flex: 1; line-height: 1.6; }
.sum table { border-collapse: collapse; width: 85mm; }
.sum table td { border: .6pt solid #111; padding: 1.5mm 2mm; }
.sum table .p td { font-weight: 700; background: #eee; }
.pay { margin-top: 5mm; line-height: 1.6; }
.sig { display: flex; gap: 15mm; margin-top: 15mm; }
.sig div { flex: 1; }
.sig span { display: inline-block; border-bottom: .5pt dotted #111; width: 45mm; }
.note { margin-top: 8mm; font-size: 7.3pt; color: #444; }
</style></head><body>
<div class="title"><div class="t">ФАКТУРА</div><div class="o">ОРИГИНАЛ</div></div>
<div class="meta"><div>№ <b>${no}</b></div><div>Дата на издаване: <b>${D('20.11.2026')}</b></div><div>Дата на данъчното събитие: <b>${D('20.11.2026')}</b></div></div>
<div class="parties">
  <div><div class="h">Получател</div><b>${buyer.name}</b><br>ЕИК: ${bEik}<br>ИН по ДДС: ${buyer.vatId}<br>Адрес: ${buyer.address[0]}<br>МОЛ: Васил Колев Драганов</div>
  <div><div class="h">Доставчик</div><b>${seller.name}</b><br>ЕИК: ${eik}<br>ИН по ДДС: ${seller.vatId}<br>Адрес: ${seller.address[0]}<br>МОЛ: Петър Иванов Стоянов<br>e-mail: ${seller.email}</div>
</div>
<table class="it"><thead><tr><th>№</th><th>Наименование на стоката/услугата</th><th>Мярка</th><th>Количество</th><th>Ед. цена (€)</th><th>Стойност (€)</th></tr></thead>
<tbody>${rows}</tbody></table>
<div class="sum">
  <div class="words">Словом: <i>${words}</i><br>Равностойност в лева по фиксирания курс 1,95583: ${F(bgn)} лв.</div>
  <table>
    <tr><td>Данъчна основа 20 %</td><td class="r">${E(subtotal)}</td></tr>
    <tr><td>Начислен ДДС 20 %</td><td class="r">${E(taxTotal)}</td></tr>
    <tr class="p"><td>Сума за плащане</td><td class="r">${E(total)}</td></tr>
  </table>
</div>
<div class="pay">Начин на плащане: по банков път · Срок за плащане: ${D('04.12.2026')}<br>
IBAN: ${L.ibanSpaced(ib)} · BIC: TTBKBGSF · Банка: Тракийска търговска банка АД</div>
<div class="sig"><div>Получил: <span></span></div><div>Съставил: <span style="border:none;width:auto">Петя Ангелова</span></div></div>
<div class="note">Съгласно чл. 6, ал. 1 от Закона за счетоводството, чл. 114 от ЗДДС и чл. 78 от ППЗДДС печатът и подписът не са задължителни реквизити на фактурата.</div>
</body></html>`;

  const expected = L.expected({
    invoiceNumber: no, issueDate: '2026-11-20', dueDate: '2026-12-04', currency: 'EUR',
    seller, buyer, subtotal, taxTotal, total, amountDue: total,
    items: items.map(i => ({ description: i.description, qty: i.qty, unit: i.unit, amount: i.amount })),
  });
  const checks = [no, '20.11.2026', '04.12.2026', seller.name, seller.vatId, seller.address[0], seller.email,
    buyer.name, buyer.vatId, buyer.address[0], E(subtotal), E(taxTotal), E(total),
    ...items.flatMap(i => [i.description, i.qty, F(i.unit), F(i.amount)])];
  return { name: 'bg-faktura', html, expected, checks, arith: { lineAdjust: 0, amountDue: total } };
};
