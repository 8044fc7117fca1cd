'use strict';
// Japanese 請求書 (適格請求書 / qualified invoice): 登録番号 T + 13-digit corporate number,
// 10 % and 8 % (軽減税率, marked ※), tax computed once per rate and rounded down (切り捨て),
// yen without decimals, 2026年11月5日 dates, buyer with honorific 御中 (not part of the name).
module.exports = function (L) {
  const Y = c => L.num(c, { dec: '.', grp: ',', decimals: 0 });
  const yen = n => n * 100; // whole yen -> "cents" for the ground truth
  const floorTax = (base, pct) => Math.floor(base * pct / 100 / 100) * 100; // base in yen*100
  const seller = {
    name: '株式会社みなと食品サービス',
    vatId: 'T' + L.jpCorp('120001194735'),
    address: ['〒530-0012', '大阪府大阪市北区芝田二丁目8番11号', 'みなとビル4階'],
    email: 'seikyu@minato-foods.co.jp',
  };
  const buyer = {
    name: '合同会社さくらデリ',
    vatId: null,
    address: ['〒542-0081 大阪府大阪市中央区南船場三丁目5番18号'],
    email: null,
  };
  const items = [
    { description: '国産こしひかり 10kg', qty: '5', mu: '袋', unit: yen(5980), rate: 8 },
    { description: '有機緑茶ティーバッグ 100包入', qty: '4', mu: '箱', unit: yen(2450), rate: 8 },
    { description: '北海道産無塩バター 450g', qty: '12', mu: '個', unit: yen(1180), rate: 8 },
    { description: '国産強力粉 パン用 2.5kg', qty: '8', mu: '袋', unit: yen(1320), rate: 8 },
    { description: '業務用ラップ 30cm×50m', qty: '10', mu: '本', unit: yen(560), rate: 10 },
    { description: '紙製テイクアウト容器 500個入', qty: '3', mu: 'ケース', unit: yen(6800), rate: 10 },
    { description: '食品用ニトリル手袋 Mサイズ 100枚入', qty: '15', mu: '箱', unit: yen(480), rate: 10 },
    { description: '配送料（冷蔵便）', qty: '1', mu: '式', unit: yen(1500), rate: 10 },
  ];
  for (const it of items) it.amount = L.lineAmount(it.qty, it.unit);
  const base10 = items.filter(i => i.rate === 10).reduce((a, i) => a + i.amount, 0);
  const base8 = items.filter(i => i.rate === 8).reduce((a, i) => a + i.amount, 0);
  const tax10 = floorTax(base10, 10), tax8 = floorTax(base8, 8);
  const subtotal = base10 + base8;
  const taxTotal = tax10 + tax8;
  const total = subtotal + taxTotal;
  const no = 'MS-202611-0058';

  const rows = items.map((it, i) => `<tr><td class="c">${i + 1}</td><td class="c mark">${it.rate === 8 ? '※' : ''}</td><td>${L.esc(it.description)}</td><td class="r">${it.qty}</td><td class="c">${it.mu}</td><td class="r">${Y(it.unit)}</td><td class="r">${Y(it.amount)}</td></tr>`).join('');

  const html = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>請求書 ${no}</title>
<style>
@page { size: A4; margin: 14mm 15mm; }
body { font-family: 'Noto Sans CJK JP', sans-serif; font-size: 8.8pt; color: #222; margin: 0; }
h1 { text-align: center; font-size: 20pt; letter-spacing: 12pt; font-weight: 500; margin: 0 0 6mm; border-bottom: 1.5pt double #222; padding-bottom: 2mm; }
.top { display: flex; justify-content: space-between; }
.cust { width: 98mm; }
.cust .n { font-size: 13pt; border-bottom: .8pt solid #222; padding-bottom: 1mm; margin-bottom: 1.5mm; }
.cust .n span { font-size: 11pt; margin-left: 3mm; }
.right { width: 74mm; line-height: 1.6; position: relative; font-size: 8.3pt; }
.right table { border-collapse: collapse; margin-left: auto; }
.right table td { padding: .3mm 0 .3mm 4mm; }
.seller { margin-top: 3mm; position: relative; padding-right: 17mm; }
.seller .n { font-size: 10.5pt; font-weight: 700; }
.seal { position: absolute; right: 0; top: 0; width: 15mm; height: 15mm; border: 1.2pt solid #d22; color: #d22; font-size: 7pt; display: flex; align-items: center; justify-content: center; text-align: center; line-height: 1.2; opacity: .8; }
.amount { margin-top: 4mm; display: flex; align-items: stretch; border: 1.2pt solid #222; width: 110mm; }
.amount .l { background: #eef3f8; padding: 2mm 4mm; font-size: 10pt; border-right: .8pt solid #222; display: flex; align-items: center; }
.amount .v { padding: 2mm 5mm; font-size: 17pt; font-weight: 700; flex: 1; text-align: right; }
.subj { margin-top: 4mm; line-height: 1.6; }
table.it { width: 100%; border-collapse: collapse; margin-top: 4mm; }
table.it th { background: #eef3f8; border: .6pt solid #555; padding: 1.4mm; font-weight: 500; }
table.it td { border: .6pt solid #555; padding: 1.5mm 1.5mm; }
.r { text-align: right; white-space: nowrap; } .c { text-align: center; }
.mark { width: 6mm; color: #c00; }
.sums { display: flex; justify-content: space-between; gap: 6mm; margin-top: 3mm; }
table.bd, table.tt { border-collapse: collapse; }
table.bd td, table.bd th, table.tt td { border: .6pt solid #555; padding: 1.3mm 2.5mm; }
table.bd th { background: #eef3f8; font-weight: 500; }
table.tt { width: 70mm; }
table.tt .g td { font-weight: 700; background: #eef3f8; }
.note { margin-top: 2mm; font-size: 7.8pt; }
.bank { margin-top: 6mm; border: .6pt solid #555; padding: 2.5mm 4mm; line-height: 1.6; }
</style></head><body>
<h1>請求書</h1>
<div class="top">
  <div class="cust">
    <div class="n">${buyer.name}<span>御中</span></div>
    ${buyer.address[0]}
    <div class="subj">件名：11月分 食材・消耗品納品代金<br>下記のとおりご請求申し上げます。</div>
  </div>
  <div class="right">
    <table><tr><td>請求日</td><td>2026年11月5日</td></tr><tr><td>請求書番号</td><td>${no}</td></tr><tr><td>お支払期限</td><td>2026年11月30日</td></tr></table>
    <div class="seller"><div class="n">${seller.name}</div>${seller.address.join('<br>')}<br>TEL 06-6372-4810<br>${seller.email}<br>登録番号：${seller.vatId}
      <div class="seal">みなと<br>食品<br>之印</div></div>
  </div>
</div>
<div class="amount"><div class="l">ご請求金額（税込）</div><div class="v">¥${Y(total)}-</div></div>
<table class="it"><thead><tr><th>No.</th><th></th><th>品名</th><th>数量</th><th>単位</th><th>単価</th><th>金額</th></tr></thead>
<tbody>${rows}</tbody></table>
<div class="sums">
  <div>
    <table class="bd"><tr><th>税率区分</th><th>対象金額（税抜）</th><th>消費税額</th></tr>
      <tr><td>10%対象</td><td class="r">¥${Y(base10)}</td><td class="r">¥${Y(tax10)}</td></tr>
      <tr><td>8%対象（軽減税率）</td><td class="r">¥${Y(base8)}</td><td class="r">¥${Y(tax8)}</td></tr></table>
    <div class="note">※印は軽減税率（8%）対象品目です。消費税は税率ごとに合計し、1円未満を切り捨てています。</div>
  </div>
  <table class="tt">
    <tr><td>小計（税抜）</td><td class="r">¥${Y(subtotal)}</td></tr>
    <tr><td>消費税</td><td class="r">¥${Y(taxTotal)}</td></tr>
    <tr class="g"><td>合計（税込）</td><td class="r">¥${Y(total)}</td></tr>
  </table>
</div>
<div class="bank"><b>お振込先</b>：なにわ中央銀行 梅田支店 普通 4718263 カ）ミナトシヨクヒンサービス<br>
恐れ入りますが、振込手数料は貴社にてご負担くださいますようお願い申し上げます。</div>
</body></html>`;

  const expected = L.expected({
    invoiceNumber: no, issueDate: '2026-11-05', dueDate: '2026-11-30', currency: 'JPY',
    seller, buyer, subtotal, taxTotal, total, amountDue: total,
    items: items.map(i => ({ description: i.description, qty: i.qty, unit: i.unit, amount: i.amount })),
  });
  const checks = [no, '2026年11月5日', '2026年11月30日', seller.name, seller.vatId, ...seller.address, seller.email,
    buyer.name, buyer.address[0], '¥' + Y(subtotal), '¥' + Y(taxTotal), '¥' + Y(total), '¥' + Y(tax10), '¥' + Y(tax8),
    ...items.flatMap(i => [i.description, Y(i.unit), Y(i.amount)])];
  return { name: 'jp-tekikaku-seikyusho', html, expected, checks, arith: { lineAdjust: 0, amountDue: total } };
};
