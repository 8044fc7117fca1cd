'use strict';
const L = require('./lib');
const { mul, pct, vatOfGross, sum, cents, fmt, fmtDecStr, ST, chk, leaf, multi, message, ew, rfcDate, padR, padL, dots, esc, expected } = L;
const F = [];

// =====================================================================================
// 19. JP 請求書 — text/plain, ISO-2022-JP 7bit, 10 % + 8 % (reduced rate)
F.push({
  name: 'jp-seikyusho-iso2022jp',
  build() {
    const tno = 'T' + chk.jp('370100148832');
    const seller = { name: '株式会社アオバ珈琲商会', vatId: tno, address: '〒980-0811 宮城県仙台市青葉区一番町二丁目4番15号', email: 'seikyu@aoba-coffee.co.jp' };
    const buyer = { name: '合同会社ミナト設計事務所', vatId: null, address: '〒231-0023 神奈川県横浜市中区山下町31番地2 ミナトビル4階', email: null };
    const lines = [
      { d: '業務用コーヒー豆 ブラジル・サントス 1kg', q: '3', u: '3200', r: '8' },
      { d: '業務用コーヒー豆 エチオピア・モカ 1kg', q: '2', u: '3800', r: '8' },
      { d: 'ペーパーフィルター 100枚入', q: '10', u: '330', r: '10' },
      { d: 'コーヒーマシン レンタル料（11月分）', q: '1', u: '8800', r: '10' },
      { d: 'メンテナンス出張費', q: '1', u: '5500', r: '10' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    // consumption tax per rate, rounded down to whole yen
    const rates = ['10', '8'].map((r) => { const base = sum(lines.filter((l) => l.r === r).map((l) => l.a)); return { r, base, tax: Math.floor((base / 100) * Number(r) / 100) * 100 }; });
    const net = sum(rates.map((x) => x.base));
    const tax = sum(rates.map((x) => x.tax));
    const total = net + tax;
    const y = (c) => fmt(c, ST.jp);
    const body = [
      '合同会社ミナト設計事務所',
      '経理ご担当者様',
      '',
      'いつも大変お世話になっております。',
      '株式会社アオバ珈琲商会 経理担当の佐藤でございます。',
      '',
      '11月分のご請求書をお送りいたします。',
      'ご確認のほど、よろしくお願い申し上げます。',
      '',
      '━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
      '　　　　　　　　　請　求　書',
      '━━━━━━━━━━━━━━━━━━━━━━━━━━━━',
      '',
      '合同会社ミナト設計事務所　御中',
      '〒231-0023 神奈川県横浜市中区山下町31番地2 ミナトビル4階',
      '',
      '請求番号　　：AOB-2026-1120-03',
      '請求日　　　：2026年11月20日',
      '取引先コード：M-0217',
      'お支払期限　：2026年12月31日',
      '',
      '株式会社アオバ珈琲商会',
      '〒980-0811 宮城県仙台市青葉区一番町二丁目4番15号',
      'TEL 022-555-3187　FAX 022-555-3188',
      'seikyu@aoba-coffee.co.jp',
      `登録番号：${tno}`,
      '',
      `■ご請求金額　￥${y(total)}（税込）`,
      '',
      '【明細】',
      ...lines.map((l, i) => `${i + 1}. ${l.d}\n　　数量 ${l.q}　単価 ${y(cents(l.u))}円　金額 ${y(l.a)}円　税率 ${l.r}%${l.r === '8' ? '※' : ''}`),
      '',
      '　※は軽減税率（8%）対象品目です。',
      '',
      `小計（税抜）　　　　　　　　　　${y(net)}円`,
      ...rates.map((x) => `　内訳 消費税（${x.r}%対象 ${y(x.base)}円）　${y(x.tax)}円`),
      `消費税合計　　　　　　　　　　　${y(tax)}円`,
      `合計（税込）　　　　　　　　　　${y(total)}円`,
      '',
      '【お振込先】',
      '七十七銀行 本店営業部 普通 1048213',
      '口座名義 カ）アオバコーヒーショウカイ',
      '※振込手数料は貴社にてご負担くださいますようお願いいたします。',
      '',
      '――――――――――――――――――――――',
      '株式会社アオバ珈琲商会　経理部　佐藤 美咲',
      'TEL 022-555-3187（平日9:00～17:00）',
      '――――――――――――――――――――――',
    ].join('\n');
    const ent = leaf({ type: 'text/plain', charset: 'ISO-2022-JP', cte: '7bit', body });
    const eml = message([
      ['From', ew('株式会社アオバ珈琲商会 経理部', 'ISO-2022-JP', 'B') + ' <seikyu@aoba-coffee.co.jp>'],
      ['To', ew('合同会社ミナト設計事務所', 'ISO-2022-JP', 'B') + ' <keiri@minato-sekkei.jp>'],
      ['Subject', ew('【請求書送付】11月分ご請求のご案内（AOB-2026-1120-03）', 'ISO-2022-JP', 'B')],
      ['Date', rfcDate(2026, 11, 20, 10, 31, 5, '+0900')],
      ['Message-ID', '<20261120103105.AOB2026112003@aoba-coffee.co.jp>'],
      ['X-Mailer', 'Becky! ver. 2.81.04'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: 'AOB-2026-1120-03', issueDate: '2026-11-20', dueDate: '2026-12-31', currency: 'JPY', seller, buyer,
        subtotal: net, taxTotal: tax, total, amountDue: total,
        lineItems: lines.map((l) => ({ description: l.d, quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
    };
  },
});

// =====================================================================================
// 20. TR e-Arşiv invoice from an online shop — text/html only, ISO-8859-9 QP
F.push({
  name: 'tr-e-arsiv-fatura',
  build() {
    const vkn = chk.tr('324058716');
    const vknB = chk.tr('618203947');
    const seller = { name: 'Ege Teknoloji Pazarlama Ticaret A.Ş.', vatId: vkn, address: 'Kazımdirik Mah. 372/7 Sok. No:14, 35100 Bornova / İzmir', email: 'efatura@egeteknoloji.com.tr' };
    const buyer = { name: 'Karadeniz Lojistik Ltd. Şti.', vatId: vknB, address: 'Atatürk Cad. No:58 Kat:3, 61030 Ortahisar / Trabzon', email: 'muhasebe@karadenizlojistik.com.tr' };
    const lines = [
      { d: 'Kablosuz Klavye Mouse Seti', q: '4', u: '749.17' },
      { d: '27 inç IPS Monitör', q: '2', u: '5415.83' },
      { d: 'USB-C Çoklu Bağlantı İstasyonu', q: '2', u: '1249.17' },
      { d: 'Kargo Ücreti', q: '1', u: '83.33' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    const items = sum(lines.map((l) => l.a));
    const disc = cents('500.00');
    const net = items - disc;
    const kdv = pct(net, '20');
    const total = net + kdv;
    const t = (c) => fmt(c, ST.de) + ' TL';
    const td = 'style="border:1px solid #999;padding:4px 5px;font:11px Arial,Helvetica,sans-serif;"';
    const tdr = td.replace('style="', 'align="right" style="');
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-9"><title>e-Arşiv Fatura</title></head>
<body style="font:12px Arial,Helvetica,sans-serif;color:#000;">
<div style="display:none;">e-Arşiv faturanız oluşturuldu: EGT2026000004183</div>
<p>Sayın Karadeniz Lojistik Ltd. Şti.,</p>
<p>PazarYeri üzerinden verdiğiniz <b>7742019384</b> numaralı siparişinize ait e-Arşiv faturanız aşağıdadır. Faturanın PDF halini <a href="https://earsiv.egeteknoloji.com.tr/goruntule?ettn=5c2b9e1a-47d3-4f0e-9a61-2c8d3b7e4f10">buraya tıklayarak</a> görüntüleyebilirsiniz.</p>
<table width="760" cellpadding="0" cellspacing="0" border="0"><tr>
<td valign="top" width="50%" style="font:11px/16px Arial,Helvetica,sans-serif;border-top:1px solid #000;border-bottom:1px solid #000;padding:6px 0;"><b>Ege Teknoloji Pazarlama Ticaret A.Ş.</b><br>Kazımdirik Mah. 372/7 Sok. No:14<br>35100 Bornova / İzmir<br>Tel: 0232 555 41 90<br>E-Posta: efatura@egeteknoloji.com.tr<br>Vergi Dairesi: Bornova<br>VKN: ${vkn}<br>Mersis No: 0${vkn}00015<br>Ticaret Sicil No: 198442</td>
<td valign="top" align="center" width="20%"><img src="https://earsiv.egeteknoloji.com.tr/img/gib-logo.png" width="90" height="90" alt="e-Arşiv Fatura"><br><b>e-Arşiv Fatura</b></td>
<td valign="top" width="30%"><table cellpadding="0" cellspacing="0" border="0" style="border:1px solid #000;">
<tr><td ${td}><b>Özelleştirme No:</b></td><td ${td}>TR1.2</td></tr>
<tr><td ${td}><b>Senaryo:</b></td><td ${td}>EARSIVFATURA</td></tr>
<tr><td ${td}><b>Fatura Tipi:</b></td><td ${td}>SATIS</td></tr>
<tr><td ${td}><b>Fatura No:</b></td><td ${td}>EGT2026000004183</td></tr>
<tr><td ${td}><b>Fatura Tarihi:</b></td><td ${td}>20-11-2026</td></tr>
<tr><td ${td}><b>Düzenleme Saati:</b></td><td ${td}>14:27:09</td></tr>
<tr><td ${td}><b>Sipariş No:</b></td><td ${td}>7742019384</td></tr>
<tr><td ${td}><b>Sipariş Tarihi:</b></td><td ${td}>18-11-2026</td></tr>
</table></td></tr></table>
<table width="760" cellpadding="0" cellspacing="0" border="0" style="margin-top:8px;"><tr><td style="font:11px/16px Arial,Helvetica,sans-serif;border-top:1px solid #000;border-bottom:1px solid #000;padding:6px 0;"><b>SAYIN</b><br>Karadeniz Lojistik Ltd. Şti.<br>Atatürk Cad. No:58 Kat:3<br>61030 Ortahisar / Trabzon<br>E-Posta: muhasebe@karadenizlojistik.com.tr<br>Vergi Dairesi: Karadeniz<br>VKN: ${vknB}</td></tr></table>
<p style="font:11px Arial;"><b>ETTN:</b> 5c2b9e1a-47d3-4f0e-9a61-2c8d3b7e4f10</p>
<table width="760" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">
<tr style="background:#ddd;"><td ${td}><b>Sıra No</b></td><td ${td}><b>Mal Hizmet</b></td><td ${tdr}><b>Miktar</b></td><td ${tdr}><b>Birim Fiyat</b></td><td ${tdr}><b>KDV Oranı</b></td><td ${tdr}><b>Mal Hizmet Tutarı</b></td></tr>
${lines.map((l, i) => `<tr><td ${td}>${i + 1}</td><td ${td}>${esc(l.d)}</td><td ${tdr}>${l.q} Adet</td><td ${tdr}>${t(cents(l.u))}</td><td ${tdr}>%20,00</td><td ${tdr}>${t(l.a)}</td></tr>`).join('\n')}
</table>
<table cellpadding="0" cellspacing="0" border="0" align="right" style="border-collapse:collapse;margin-top:8px;">
<tr><td ${td}><b>Mal Hizmet Toplam Tutarı</b></td><td ${tdr}>${t(items)}</td></tr>
<tr><td ${td}><b>Toplam İskonto</b></td><td ${tdr}>${t(disc)}</td></tr>
<tr><td ${td}><b>Vergi Hariç Tutar</b></td><td ${tdr}>${t(net)}</td></tr>
<tr><td ${td}><b>Hesaplanan KDV(%20)</b></td><td ${tdr}>${t(kdv)}</td></tr>
<tr><td ${td}><b>Vergiler Dahil Toplam Tutar</b></td><td ${tdr}>${t(total)}</td></tr>
<tr><td ${td}><b>Ödenecek Tutar</b></td><td ${tdr}><b>${t(total)}</b></td></tr>
</table>
<br clear="all">
<p style="font:11px Arial;">Yalnız: ONDOKUZBİNDOKSANİKİ TL BİR KR.<br>Ödeme Şekli: Kredi Kartı (tek çekim) &middot; Kampanya: Kasım fırsatı 500 TL indirim<br>Bu alışverişinizle 190 ParaPuan kazandınız.</p>
<p style="font:10px Arial;color:#555;">e-Arşiv izni kapsamında elektronik ortamda iletilmiştir. Bu e-posta otomatik olarak gönderilmiştir, lütfen yanıtlamayınız. İade ve değişim koşulları için <a href="https://www.egeteknoloji.com.tr/iade">iade politikamızı</a> inceleyiniz. E-posta bildirimlerinden çıkmak için <a href="https://www.egeteknoloji.com.tr/abonelik">tıklayınız</a>.</p>
<img src="https://earsiv.egeteknoloji.com.tr/t/open.gif?f=EGT2026000004183" width="1" height="1" alt="">
</body></html>`;
    const ent = leaf({ type: 'text/html', charset: 'iso-8859-9', cte: 'quoted-printable', body: html });
    const eml = message([
      ['From', 'Ege Teknoloji <efatura@egeteknoloji.com.tr>'],
      ['To', 'muhasebe@karadenizlojistik.com.tr'],
      ['Subject', ew('e-Arşiv Faturanız Oluşturuldu - EGT2026000004183', 'iso-8859-9', 'Q')],
      ['Date', rfcDate(2026, 11, 21, 9, 14, 55, '+0300')],
      ['Message-ID', '<5c2b9e1a-47d3-4f0e-9a61-2c8d3b7e4f10@earsiv.egeteknoloji.com.tr>'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: 'EGT2026000004183', issueDate: '2026-11-20', dueDate: null, currency: 'TRY', seller, buyer,
        subtotal: net, taxTotal: kdv, total, amountDue: total,
        lineItems: lines.map((l) => ({ description: l.d, quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
      notes: { linesToSubtotal: [-disc] },
    };
  },
});

// =====================================================================================
// 21. US freelancer, invoice typed in a reply with an older quoted thread below
F.push({
  name: 'us-freelancer-reply-chain',
  build() {
    const seller = { name: 'Dana Whitfield Creative LLC', vatId: null, address: '2217 SE Ankeny St, Portland, OR 97214', email: 'dana@whitfieldcreative.co' };
    const buyer = { name: 'Cascade Cider Works', vatId: null, address: '410 Mill St, Hood River, OR 97031', email: null };
    const lines = [
      { d: 'Website copywriting (product & about pages)', q: '14.5', unit: ' hrs', u: '85.00', per: '/hr' },
      { d: 'Brand voice guide (flat fee)', q: '1', unit: '', u: '650.00', per: '' },
      { d: 'Product photography, half day on site', q: '1', unit: '', u: '450.00', per: '' },
      { d: 'Stock image licenses', q: '6', unit: '', u: '12.00', per: '' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    const total = sum(lines.map((l) => l.a));
    const d = (c) => '$' + fmt(c, ST.en);
    const body = [
      'Hi Mike,',
      '',
      "Glad the launch went smoothly! Here's my invoice for the project -",
      'details below. Let me know if your AP team needs anything else.',
      '',
      'INVOICE #1043',
      'Date: 11/18/2026',
      'Terms: Net 30',
      '',
      'From:',
      'Dana Whitfield Creative LLC',
      '2217 SE Ankeny St',
      'Portland, OR 97214',
      'dana@whitfieldcreative.co',
      '',
      'Bill to:',
      'Cascade Cider Works',
      'Attn: Mike Ostrowski',
      '410 Mill St',
      'Hood River, OR 97031',
      'Your PO: CCW-PO-2026-118',
      '',
      'Services:',
      ...lines.map((l) => `- ${l.d}: ${l.q}${l.unit} @ ${d(cents(l.u))}${l.per} = ${d(l.a)}`),
      '',
      `Total: ${d(total)}`,
      `Amount due: ${d(total)}`,
      '',
      'Payment by ACH or check payable to Dana Whitfield Creative LLC.',
      'ACH details are on file with your AP team from the last project; Zelle',
      'also works (dana@whitfieldcreative.co).',
      '',
      'Thanks so much - it was a pleasure working with you all!',
      '',
      'Dana',
      '',
      '--',
      'Dana Whitfield | Copy & Photography',
      'whitfieldcreative.co | (503) 555-0186',
      '',
      'On Mon, Nov 16, 2026 at 4:12 PM Mike Ostrowski <mike@cascadeciderworks.com> wrote:',
      '> Dana,',
      '>',
      '> The new site is live and looks fantastic. The photos turned out great too.',
      "> Go ahead and send over the invoice when you're ready, and please reference",
      '> our PO CCW-PO-2026-118 so AP can match it.',
      '>',
      '> We had budgeted around $2,500 for the whole thing, so we should be in good',
      '> shape.',
      '>',
      '> Mike',
      '>',
      '> On Thu, Oct 29, 2026 at 9:03 AM Dana Whitfield <dana@whitfieldcreative.co> wrote:',
      '>> Hi Mike,',
      '>>',
      '>> Quick update: copy for the product pages is done (about 9 hours so far)',
      '>> and the voice guide draft is in your inbox. For the remainder I estimate',
      '>> 5-6 more hours of copy plus the photo half-day at $450.',
      '>>',
      '>> Can we shoot on Nov 5 at the taproom?',
      '>>',
      '>> Dana',
    ].join('\n');
    const ent = leaf({ type: 'text/plain', charset: 'utf-8', cte: 'quoted-printable', body });
    const eml = message([
      ['From', 'Dana Whitfield <dana@whitfieldcreative.co>'],
      ['To', 'Mike Ostrowski <mike@cascadeciderworks.com>'],
      ['Cc', 'ap@cascadeciderworks.com'],
      ['Subject', 'Re: Website refresh - wrapping up'],
      ['Date', rfcDate(2026, 11, 18, 17, 46, 12, '-0800')],
      ['Message-ID', '<CAKd7Yh3m1043Xq=whitfield@mail.gmail-like.invalid>'],
      ['In-Reply-To', '<BYAPR11MB2901CCW118@BYAPR11MB2901.namprd11.prod.outlook.com>'],
      ['References', '<CAKd7Yh2kOct29Xq=whitfield@mail.gmail-like.invalid> <BYAPR11MB2901CCW118@BYAPR11MB2901.namprd11.prod.outlook.com>'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: '1043', issueDate: '2026-11-18', dueDate: null, currency: 'USD', seller, buyer,
        subtotal: total, taxTotal: 0, total, amountDue: total,
        lineItems: lines.map((l) => ({ description: l.d, quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
    };
  },
});

// =====================================================================================
// 22. NO web shop, consumer prices incl. MVA — multipart/mixed(html, terms .txt)
F.push({
  name: 'no-nettbutikk-faktura-inkl-mva',
  build() {
    const org = chk.no('91933481');
    const orgP = `NO ${org.slice(0, 3)} ${org.slice(3, 6)} ${org.slice(6)} MVA`;
    const seller = { name: 'Fjordlys Interiør AS', vatId: orgP, address: 'Kanalveien 62, 5068 Bergen', email: 'kundeservice@fjordlys.no' };
    const buyer = { name: 'Ingrid Solheim', vatId: null, address: 'Tollbugata 9B, 0152 Oslo', email: 'ingrid.solheim@fjellpost.no' };
    const lines = [
      { d: 'Ullpledd «Hardanger», grå 130x170', q: '1', u: '899.00' },
      { d: 'Duftlys Tindved & Lyng', q: '3', u: '149.00' },
      { d: 'Keramikkopp Skjærgård, 4 stk', q: '1', u: '459.00' },
      { d: 'Saueskinn, naturhvit', q: '1', u: '1290.00' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    const goods = sum(lines.map((l) => l.a));
    const disc = pct(goods, '10');
    const ship = cents('99.00');
    const total = goods - disc + ship;
    const vat = vatOfGross(total, '25');
    const net = total - vat;
    const k = (c) => (c < 0 ? '-' : '') + fmt(Math.abs(c), ST.nbsp).replace(/\u00a0/g, '&nbsp;');
    const td = 'style="padding:10px 0;border-bottom:1px solid #ece7e1;font:14px/20px \'Helvetica Neue\',Arial,sans-serif;color:#2b2622;"';
    const tdr = td.replace('style="', 'align="right" style="');
    const tr2 = (a, b, bold) => `<tr><td colspan="3" style="padding:5px 0;font:${bold ? 'bold ' : ''}14px Arial,sans-serif;color:#2b2622;">${a}</td><td align="right" style="padding:5px 0;font:${bold ? 'bold ' : ''}14px Arial,sans-serif;color:#2b2622;">${b}</td></tr>`;
    const html = `<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>Faktura 2026-310554</title></head>
<body style="margin:0;padding:0;background:#faf8f5;">
<div style="display:none;max-height:0;overflow:hidden;">Takk for handelen! Her er fakturaen for ordre 100482771.&#8199;&#65279;&#847;&#8199;&#65279;&#847;</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#faf8f5;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">
<tr><td align="center" style="padding:28px 0 12px;font:300 28px Georgia,serif;letter-spacing:6px;color:#2b2622;">FJORDLYS</td></tr>
<tr><td align="center" style="padding:0 0 20px;font:12px Arial,sans-serif;letter-spacing:2px;color:#8a7f75;">INTERIØR &middot; BERGEN</td></tr>
<tr><td style="padding:0 36px 12px;font:15px/23px Arial,sans-serif;color:#2b2622;">Hei Ingrid!<br>Takk for handelen. Pakken din er sendt med Posten og skal være hos deg i løpet av 1&ndash;3 virkedager. Her er fakturaen din.</td></tr>
<tr><td style="padding:0 36px;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4efe9;"><tr>
<td style="padding:14px 16px;font:13px/20px Arial,sans-serif;color:#2b2622;" valign="top"><b>Faktura</b><br>Fakturanr.: 2026-310554<br>Fakturadato: 22.11.2026<br>Ordrenr.: 100482771<br>Ordredato: 20.11.2026</td>
<td style="padding:14px 16px;font:13px/20px Arial,sans-serif;color:#2b2622;" valign="top"><b>Faktureres til</b><br>Ingrid Solheim<br>Tollbugata 9B<br>0152 Oslo<br>ingrid.solheim@fjellpost.no</td>
</tr></table></td></tr>
<tr><td style="padding:18px 36px 0;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td style="font:bold 11px Arial;color:#8a7f75;letter-spacing:1px;padding-bottom:6px;border-bottom:1px solid #2b2622;">VARE</td><td align="right" style="font:bold 11px Arial;color:#8a7f75;letter-spacing:1px;border-bottom:1px solid #2b2622;">ANTALL</td><td align="right" style="font:bold 11px Arial;color:#8a7f75;letter-spacing:1px;border-bottom:1px solid #2b2622;">PRIS</td><td align="right" style="font:bold 11px Arial;color:#8a7f75;letter-spacing:1px;border-bottom:1px solid #2b2622;">SUM</td></tr>
${lines.map((l) => `<tr><td ${td}>${esc(l.d).replace('«', '&laquo;').replace('»', '&raquo;')}</td><td ${tdr}>${l.q}</td><td ${tdr}>${k(cents(l.u))}</td><td ${tdr}>${k(l.a)}</td></tr>`).join('\n')}
${tr2('Varer', k(goods))}
${tr2('Rabatt (kode VELKOMMEN10, 10&nbsp;%)', k(-disc))}
${tr2('Frakt (Posten, levering hjem)', k(ship))}
${tr2('Totalt NOK', k(total), true)}
${tr2('Herav mva. 25&nbsp;%', k(vat))}
${tr2('Totalt eks. mva.', k(net))}
</table></td></tr>
<tr><td style="padding:16px 36px;font:14px/21px Arial,sans-serif;color:#2b2622;">Betalt med Vipps 20.11.2026: kr&nbsp;${k(total)}<br>Du har tjent <b>288 bonuspoeng</b> på dette kjøpet. Du har nå 1&nbsp;042 poeng.</td></tr>
<tr><td align="center" style="padding:8px 36px 24px;"><a href="https://www.fjordlys.no/konto/ordre/100482771" style="display:inline-block;padding:12px 30px;background:#2b2622;color:#ffffff;font:bold 13px Arial;letter-spacing:1px;text-decoration:none;">SPOR PAKKEN</a></td></tr>
<tr><td style="padding:18px 36px;background:#f4efe9;font:11px/17px Arial,sans-serif;color:#8a7f75;">Fjordlys Interiør AS &middot; Kanalveien 62, 5068 Bergen &middot; Org.nr.: ${orgP} &middot; kundeservice@fjordlys.no &middot; tlf. 55 55 20 48<br>Angrerett: 14 dager fra mottak, se vedlagte salgsbetingelser.<br><a href="https://www.fjordlys.no/nyhetsbrev/avmeld" style="color:#8a7f75;">Meld deg av nyhetsbrevet</a></td></tr>
</table></td></tr></table>
<img src="https://t.fjordlys.no/o/100482771.gif" width="1" height="1" alt="" style="display:block;">
</body></html>`;
    const terms = [
      'SALGSBETINGELSER - FJORDLYS INTERIØR AS',
      '',
      '1. Partene: Selger er Fjordlys Interiør AS. Kjøper er forbrukeren som foretar bestillingen.',
      '2. Priser: Alle priser er oppgitt i norske kroner inkludert merverdiavgift.',
      '3. Levering: Varene sendes normalt innen 2 virkedager. Frakt koster kr 99,-',
      '   (gratis over kr 1 500,- etter rabatt gjelder kun medlemmer).',
      '4. Angrerett: Du har 14 dagers angrerett etter angrerettloven.',
      '5. Reklamasjon: Reklamasjonsfristen er 2 år, for varer ment å vare vesentlig',
      '   lenger 5 år.',
      '6. Personopplysninger: Se personvernerklæringen på fjordlys.no.',
    ].join('\n');
    const ent = multi('mixed', [
      leaf({ type: 'text/html', charset: 'utf-8', cte: 'quoted-printable', body: html }),
      leaf({ type: 'text/plain', charset: 'utf-8', cte: 'base64', body: terms, filename: 'salgsbetingelser.txt', disposition: 'attachment' }),
    ], 'mix');
    const eml = message([
      ['From', ew('Fjordlys Interiør', 'utf-8', 'Q') + ' <ordre@fjordlys.no>'],
      ['Reply-To', 'kundeservice@fjordlys.no'],
      ['To', 'Ingrid Solheim <ingrid.solheim@fjellpost.no>'],
      ['Subject', 'Faktura for ordre 100482771 - takk for handelen!'],
      ['Date', rfcDate(2026, 11, 22, 12, 5, 44, '+0100')],
      ['Message-ID', '<order-100482771-invoice@shop.fjordlys.no>'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: '2026-310554', issueDate: '2026-11-22', dueDate: null, currency: 'NOK', seller, buyer,
        subtotal: net, taxTotal: vat, total, amountDue: null,
        lineItems: lines.map((l) => ({ description: l.d, quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
      notes: { grossLines: true, linesToTotal: [-disc, ship] },
    };
  },
});

// =====================================================================================
// 23. BG SaaS, reverse charge to a German customer — text/html only, windows-1251 base64
F.push({
  name: 'bg-saas-obratno-nachislyavane',
  build() {
    const eik = chk.bg('20618743');
    const de = 'DE' + chk.de('31845207');
    const seller = { name: 'Балкан Код ЕООД', vatId: 'BG' + eik, address: 'бул. „Цар Освободител“ 14, ет. 3, 1000 София, България', email: 'invoices@balkancode.bg' };
    const buyer = { name: 'Rheinwerk Logistik GmbH', vatId: de, address: 'Hafenstraße 31, 47119 Duisburg, Германия', email: 'ap@rheinwerk-logistik.de' };
    const lines = [
      { d: 'Абонамент RouteMind Business – декември 2026', q: '1', unit: 'бр.', u: '1250.00' },
      { d: 'Допълнителни потребители', q: '15', unit: 'бр.', u: '12.00' },
      { d: 'API заявки над включения лимит (за 1000 бр.)', q: '48', unit: 'пакет', u: '0.90' },
      { d: 'Техническа поддръжка и обучение', q: '6', unit: 'ч.', u: '55.00' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    const net = sum(lines.map((l) => l.a));
    const total = net;
    const e = (c) => fmt(c, ST.sp).replace(/ /g, '&nbsp;');
    const td = 'style="padding:6px;border:1px solid #c7ccd4;font:13px Arial,sans-serif;color:#1e2430;"';
    const tdr = td.replace('style="', 'align="right" style="');
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>
<body style="margin:0;padding:0;background:#ffffff;">
<div style="display:none;">Фактура № 0000002417 / Invoice 0000002417 – ${e(total)} EUR</div>
<table width="700" cellpadding="0" cellspacing="0" border="0" style="margin:16px;">
<tr><td style="font:14px/21px Arial,sans-serif;color:#1e2430;padding-bottom:12px;">Уважаеми клиенти,<br>Dear customer,<br><br>Изпращаме Ви фактура за месец декември 2026 г. / Please find your invoice for December 2026 below.</td></tr>
<tr><td align="center" style="font:bold 22px Arial,sans-serif;color:#1e2430;padding:8px 0;">ФАКТУРА / INVOICE<br><span style="font:14px Arial;">№ 0000002417 &nbsp; ОРИГИНАЛ</span></td></tr>
<tr><td><table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td width="50%" valign="top" style="font:13px/19px Arial,sans-serif;color:#1e2430;padding:8px;border:1px solid #c7ccd4;"><b>Получател / Customer</b><br>Rheinwerk Logistik GmbH<br>Hafenstraße 31<br>47119 Duisburg<br>Германия<br>ДДС № / VAT No: ${de}<br>ap@rheinwerk-logistik.de</td>
<td width="50%" valign="top" style="font:13px/19px Arial,sans-serif;color:#1e2430;padding:8px;border:1px solid #c7ccd4;"><b>Доставчик / Supplier</b><br>Балкан Код ЕООД<br>бул. „Цар Освободител“ 14, ет. 3<br>1000 София<br>България<br>ЕИК: ${eik}<br>ИН по ДДС: BG${eik}<br>МОЛ: Радослав Петков<br>invoices@balkancode.bg</td>
</tr></table></td></tr>
<tr><td style="padding:10px 0;font:13px/20px Arial,sans-serif;color:#1e2430;">Дата на издаване: <b>30.11.2026 г.</b> &nbsp;|&nbsp; Дата на данъчното събитие: 30.11.2026 г. &nbsp;|&nbsp; Място на сделката: София<br>Договор № RM-2025-118 &nbsp;|&nbsp; Клиентски номер: C-00731</td></tr>
<tr><td><table width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;">
<tr style="background:#e9edf3;"><td ${td}><b>№</b></td><td ${td}><b>Наименование на стоката/услугата</b></td><td ${tdr}><b>Мярка</b></td><td ${tdr}><b>Количество</b></td><td ${tdr}><b>Ед. цена</b></td><td ${tdr}><b>Стойност</b></td></tr>
${lines.map((l, i) => `<tr><td ${td}>${i + 1}</td><td ${td}>${esc(l.d).replace('–', '&ndash;')}</td><td ${tdr}>${l.unit}</td><td ${tdr}>${l.q}</td><td ${tdr}>${e(cents(l.u))}</td><td ${tdr}>${e(l.a)}</td></tr>`).join('\n')}
<tr><td colspan="5" ${tdr}>Данъчна основа / Net amount</td><td ${tdr}>${e(net)}</td></tr>
<tr><td colspan="5" ${tdr}>ДДС 0% / VAT 0%</td><td ${tdr}>0,00</td></tr>
<tr><td colspan="5" ${tdr}><b>Сума за плащане / Amount due (EUR)</b></td><td ${tdr}><b>${e(total)}</b></td></tr>
</table></td></tr>
<tr><td style="padding:10px 0;font:13px/20px Arial,sans-serif;color:#1e2430;">Словом: хиляда осемстотин и три евро и 20 евроцента<br>Основание за неначисляване на ДДС: чл. 21, ал. 2 от ЗДДС – обратно начисляване / Reverse charge, Art. 196 of Directive 2006/112/EC<br>Падеж / Due date: <b>14.12.2026 г.</b><br>Начин на плащане: банков превод &nbsp;|&nbsp; IBAN ${L.groupIban(chk.iban('BG', 'UNCR70001524318907'))} &nbsp;|&nbsp; BIC UNCRBGSF</td></tr>
<tr><td style="padding:8px 0;font:13px Arial,sans-serif;color:#1e2430;">Съставил: Мария Илиева &nbsp;&nbsp;&nbsp; Получил: ..................</td></tr>
<tr><td style="padding:10px 0;border-top:1px solid #c7ccd4;font:11px/16px Arial,sans-serif;color:#6a7384;">Съгласно чл. 7, ал. 1 от Закона за счетоводството и чл. 114, ал. 6 от ЗДДС подписът и печатът не са задължителни реквизити на фактурата.<br>Балкан Код ЕООД &middot; invoices@balkancode.bg &middot; +359 2 555 8041</td></tr>
</table>
<img src="https://app.routemind.balkancode.bg/mail/o.gif?i=0000002417" width="1" height="1" alt="">
</body></html>`;
    // ß is not in windows-1251: the sender's template writes it as an entity
    const ent = leaf({ type: 'text/html', charset: 'windows-1251', cte: 'base64', body: html.replace(/ß/g, '&szlig;') });
    const eml = message([
      ['From', ew('Балкан Код – фактури', 'windows-1251', 'B') + ' <invoices@balkancode.bg>'],
      ['To', 'ap@rheinwerk-logistik.de'],
      ['Subject', ew('Фактура № 0000002417 / Invoice 0000002417 – RouteMind', 'windows-1251', 'B')],
      ['Date', rfcDate(2026, 12, 1, 9, 0, 12, '+0200')],
      ['Message-ID', '<inv-0000002417@app.routemind.balkancode.bg>'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: '0000002417', issueDate: '2026-11-30', dueDate: '2026-12-14', currency: 'EUR', seller, buyer,
        subtotal: net, taxTotal: 0, total, amountDue: total,
        lineItems: lines.map((l) => ({ description: l.d, quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
    };
  },
});

// =====================================================================================
// 24. DK self-storage rent, one row — multipart/alternative, ISO-8859-1 QP
F.push({
  name: 'dk-depotrum-faktura',
  build() {
    const cvr = chk.dk('3829471');
    const seller = { name: 'Nordhavn Opbevaring ApS', vatId: 'DK' + cvr, address: 'Sundkrogsgade 30, 2150 Nordhavn', email: 'udlejning@nordhavn-opbevaring.dk' };
    const buyer = { name: 'Vestergaard Blomster I/S', vatId: null, address: 'Jagtvej 117, 2200 København N', email: null };
    const l = { d: 'Leje af depotrum B-214 (10 m²), december 2026', q: '1', u: '1150.00' };
    l.a = mul(l.q, l.u);
    const net = l.a;
    const vat = pct(net, '25');
    const total = net + vat;
    const k = (c) => fmt(c, ST.de);
    const plain = [
      'Kære Vestergaard Blomster',
      '',
      'Hermed faktura for leje af depotrum i december. Beløbet trækkes ikke',
      'automatisk - husk venligst at betale senest betalingsdatoen.',
      '',
      'FAKTURA',
      'Fakturanr.:      26-04512',
      'Fakturadato:     23. november 2026',
      'Kundenr.:        2091',
      'Betalingsdato:   1. december 2026',
      '',
      'Udlejer:                          Lejer:',
      'Nordhavn Opbevaring ApS           Vestergaard Blomster I/S',
      'Sundkrogsgade 30                  Jagtvej 117',
      '2150 Nordhavn                     2200 København N',
      `Momsnr.: DK${cvr}`,
      '',
      padR('Beskrivelse', 50) + padL('Antal', 6) + padL('Pris', 10) + padL('Beløb', 10),
      padR(l.d, 50) + padL(l.q, 6) + padL(k(cents(l.u)), 10) + padL(k(l.a), 10),
      '',
      padR('Subtotal', 66) + padL(k(net), 10),
      padR('Moms 25%', 66) + padL(k(vat), 10),
      padR('I alt inkl. moms', 66) + padL(k(total), 10),
      '',
      padR('At betale, kr.', 66) + padL(k(total), 10),
      '',
      'Betaling via FI-kort: +71< 000000265045125 +83447120<',
      'eller bankoverførsel til reg.nr. 5301 konto 0001234567.',
      '',
      'Depositum på kr. 2.300,00 (indbetalt 01.03.2025) er uændret.',
      '',
      'Venlig hilsen',
      'Nordhavn Opbevaring',
      'Tlf. 31 55 72 04 - udlejning@nordhavn-opbevaring.dk',
      `CVR ${cvr}`,
    ].join('\n');
    const td = 'style="padding:8px 6px;border-bottom:1px solid #dde3e8;font:14px Arial,sans-serif;color:#23313d;"';
    const tdr = td.replace('style="', 'align="right" style="');
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="margin:0;background:#eef1f4;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:20px 28px;background:#23313d;color:#f5c542;font:bold 20px Arial,sans-serif;">NORDHAVN <span style="color:#ffffff;font-weight:normal;">Opbevaring</span></td></tr>
<tr><td style="padding:20px 28px 8px;font:14px/21px Arial,sans-serif;color:#23313d;">Kære Vestergaard Blomster<br><br>Hermed faktura for leje af depotrum i december. Beløbet trækkes ikke automatisk &ndash; husk venligst at betale senest betalingsdatoen.</td></tr>
<tr><td style="padding:8px 28px;"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td valign="top" style="font:13px/19px Arial,sans-serif;color:#23313d;"><b>FAKTURA</b><br>Fakturanr.: 26-04512<br>Fakturadato: 23. november 2026<br>Kundenr.: 2091<br>Betalingsdato: <b>1. december 2026</b></td>
<td valign="top" style="font:13px/19px Arial,sans-serif;color:#23313d;">Udlejer:<br>Nordhavn Opbevaring ApS<br>Sundkrogsgade 30<br>2150 Nordhavn<br>Momsnr.: DK${cvr}</td>
<td valign="top" style="font:13px/19px Arial,sans-serif;color:#23313d;">Lejer:<br>Vestergaard Blomster I/S<br>Jagtvej 117<br>2200 København N</td>
</tr></table></td></tr>
<tr><td style="padding:12px 28px;"><table width="100%" cellpadding="0" cellspacing="0">
<tr><td ${td}><b>Beskrivelse</b></td><td ${tdr}><b>Antal</b></td><td ${tdr}><b>Pris</b></td><td ${tdr}><b>Beløb</b></td></tr>
<tr><td ${td}>Leje af depotrum B-214 (10 m&sup2;), december 2026</td><td ${tdr}>1</td><td ${tdr}>${k(cents(l.u))}</td><td ${tdr}>${k(l.a)}</td></tr>
<tr><td colspan="3" ${tdr}>Subtotal</td><td ${tdr}>${k(net)}</td></tr>
<tr><td colspan="3" ${tdr}>Moms 25%</td><td ${tdr}>${k(vat)}</td></tr>
<tr><td colspan="3" ${tdr}>I alt inkl. moms</td><td ${tdr}>${k(total)}</td></tr>
<tr><td colspan="3" align="right" style="padding:10px 6px;font:bold 16px Arial,sans-serif;color:#23313d;">At betale, kr.</td><td align="right" style="padding:10px 6px;font:bold 16px Arial,sans-serif;color:#23313d;">${k(total)}</td></tr>
</table></td></tr>
<tr><td style="padding:8px 28px 20px;font:13px/20px Arial,sans-serif;color:#23313d;">Betaling via FI-kort: +71&lt; 000000265045125 +83447120&lt;<br>eller bankoverf&oslash;rsel til reg.nr. 5301 konto 0001234567.<br>Depositum p&aring; kr. 2.300,00 (indbetalt 01.03.2025) er u&aelig;ndret.</td></tr>
<tr><td style="padding:12px 28px;background:#f5f7f9;font:11px/16px Arial,sans-serif;color:#6b7a88;">Nordhavn Opbevaring ApS &middot; Sundkrogsgade 30 &middot; 2150 Nordhavn &middot; CVR ${cvr} &middot; Tlf. 31 55 72 04 &middot; udlejning@nordhavn-opbevaring.dk</td></tr>
</table></td></tr></table></body></html>`;
    const ent = multi('alternative', [
      leaf({ type: 'text/plain', charset: 'iso-8859-1', cte: 'quoted-printable', body: plain }),
      leaf({ type: 'text/html', charset: 'iso-8859-1', cte: 'quoted-printable', body: html }),
    ], 'alt');
    const eml = message([
      ['From', 'Nordhavn Opbevaring <udlejning@nordhavn-opbevaring.dk>'],
      ['To', 'butik@vestergaardblomster.dk'],
      ['Subject', ew('Faktura 26-04512 - leje af depotrum, december', 'iso-8859-1', 'Q')],
      ['Date', rfcDate(2026, 11, 23, 6, 30, 0, '+0100')],
      ['Message-ID', '<26-04512.20261123063000@nordhavn-opbevaring.dk>'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: '26-04512', issueDate: '2026-11-23', dueDate: '2026-12-01', currency: 'DKK', seller, buyer,
        subtotal: net, taxTotal: vat, total, amountDue: total,
        lineItems: [{ description: l.d, quantity: l.q, unitPrice: cents(l.u), amount: l.a }],
      }),
    };
  },
});

module.exports = F;
