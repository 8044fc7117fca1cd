'use strict';
const L = require('./lib');
const { mul, pct, vatOfGross, sum, cents, fmt, fmtDecStr, ST, chk, leaf, multi, message, ew, rfcDate, padR, padL, dots, esc, expected } = L;

const F = [];

// =====================================================================================
// 1. UK broadband/phone bill — multipart/alternative, UTF-8 quoted-printable
F.push({
  name: 'uk-broadband-bill',
  build() {
    const vat = chk.gb('2846129'); // 9 digits
    const vatPrinted = `GB ${vat.slice(0, 3)} ${vat.slice(3, 7)} ${vat.slice(7)}`;
    const seller = { name: 'Larkspur Fibre Ltd', vatId: vatPrinted, address: '3 Calder Park Way, Wakefield, WF2 7AW', email: 'billing@larkspurfibre.co.uk' };
    const buyer = { name: 'Hollins & Reed Joinery Ltd', vatId: null, address: 'Unit 9 Thornes Lane Wharf, Wakefield, WF1 5RL', email: 'accounts@hollinsreed.co.uk' };
    const lines = [
      { d: 'Business Fibre 500', p: '1 Dec – 31 Dec 2026', a: cents('42.00') },
      { d: 'Static IP address', p: '1 Dec – 31 Dec 2026', a: cents('5.00') },
      { d: 'Business Voice line 01924 885210', p: '1 Dec – 31 Dec 2026', a: cents('12.50') },
      { d: 'Calls outside your plan (38 mins)', p: '1 Nov – 30 Nov 2026', a: cents('3.47') },
    ];
    const net = sum(lines.map((l) => l.a));
    const vatAmt = pct(net, '20');
    const total = net + vatAmt;
    const prev = cents('64.20');
    const f = (c) => '£' + fmt(c, ST.en);
    const inv = 'LF-B-26-8830417';
    const acct = '40823317';

    const plain = [
      'Larkspur Fibre',
      '',
      'Your bill is ready',
      '',
      'Hi Hollins & Reed Joinery Ltd,',
      '',
      `Your December bill is ${f(total)}. We'll collect it by Direct Debit, so there's`,
      'nothing you need to do.',
      '',
      `Account number:   ${acct}`,
      `Bill number:      ${inv}`,
      'Bill date:        18 November 2026',
      'Payment due:      2 December 2026 (Direct Debit)',
      '',
      'BILL SUMMARY',
      dots('Previous bill (18 Oct 2026)', f(prev), 64),
      dots('Payment received 3 Nov 2026 - thank you', '-' + f(prev), 64),
      dots('Balance brought forward', f(0), 64),
      '',
      'THIS BILL',
      padR('Description', 36) + padR('Period', 20) + padL('Amount', 8),
      ...lines.map((l) => padR(l.d, 36) + padR(l.p, 20) + padL(f(l.a), 8)),
      '',
      padR('Total charges (excl. VAT)', 56) + padL(f(net), 8),
      padR('VAT @ 20%', 56) + padL(f(vatAmt), 8),
      padR('Total this bill (incl. VAT)', 56) + padL(f(total), 8),
      '',
      padR('AMOUNT DUE', 56) + padL(f(total), 8),
      '',
      'View and download your bill: https://my.larkspurfibre.co.uk/bills/' + inv,
      '',
      'Bill addressed to:',
      'Hollins & Reed Joinery Ltd',
      'Unit 9 Thornes Lane Wharf',
      'Wakefield',
      'WF1 5RL',
      'accounts@hollinsreed.co.uk',
      '',
      'Questions about your bill? Call us on 0330 088 4127 (Mon-Fri 8am-8pm) or',
      'email billing@larkspurfibre.co.uk.',
      '',
      '--',
      'Larkspur Fibre Ltd, 3 Calder Park Way, Wakefield, WF2 7AW.',
      'Registered in England and Wales, company no. 11482093.',
      `VAT reg. no. ${vatPrinted}.`,
      'You are receiving this email because you have a business account with us.',
      'Manage email preferences: https://my.larkspurfibre.co.uk/preferences',
    ].join('\n');

    const row = (l) => `
<tr>
<td style="padding:10px 0;border-bottom:1px solid #e6e3ef;font:14px/20px Arial,sans-serif;color:#22203a;">${esc(l.d)}</td>
<td style="padding:10px 0;border-bottom:1px solid #e6e3ef;font:13px/20px Arial,sans-serif;color:#6b6885;">${l.p.replace('–', '&ndash;')}</td>
<td align="right" style="padding:10px 0;border-bottom:1px solid #e6e3ef;font:14px/20px Arial,sans-serif;color:#22203a;">&pound;${fmt(l.a, ST.en)}</td>
</tr>`;
    const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Your Larkspur Fibre bill</title>
<style type="text/css">body{margin:0;padding:0;background:#f3f1f8}.btn:hover{background:#4b2bb8!important}@media only screen and (max-width:620px){.wrap{width:100%!important}}</style>
</head>
<body style="margin:0;padding:0;background:#f3f1f8;">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">Your December bill is ${f(total)} &ndash; we'll collect it by Direct Debit on 2 December.&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f1f8"><tr><td align="center" style="padding:24px 8px;">
<table role="presentation" class="wrap" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="border-radius:8px;">
<tr><td style="padding:24px 32px;background:#5b34d6;border-radius:8px 8px 0 0;"><img src="https://cdn.larkspurfibre.co.uk/email/logo-white.png" width="140" height="32" alt="Larkspur Fibre" style="display:block;border:0;"></td></tr>
<tr><td style="padding:32px 32px 8px;font:24px/30px Arial,sans-serif;color:#22203a;font-weight:bold;">Your bill is ready</td></tr>
<tr><td style="padding:0 32px 16px;font:15px/22px Arial,sans-serif;color:#44415e;">Hi Hollins &amp; Reed Joinery Ltd,<br><br>Your December bill is <strong>${f(total)}</strong>. We&rsquo;ll collect it by Direct Debit, so there&rsquo;s nothing you need to do.</td></tr>
<tr><td style="padding:0 32px;">
 <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f7f6fb;border-radius:6px;">
 <tr><td style="padding:14px 16px;font:13px/20px Arial,sans-serif;color:#6b6885;">Account number<br><span style="font-size:15px;color:#22203a;">${acct}</span></td>
 <td style="padding:14px 16px;font:13px/20px Arial,sans-serif;color:#6b6885;">Bill number<br><span style="font-size:15px;color:#22203a;">${inv}</span></td></tr>
 <tr><td style="padding:0 16px 14px;font:13px/20px Arial,sans-serif;color:#6b6885;">Bill date<br><span style="font-size:15px;color:#22203a;">18 November 2026</span></td>
 <td style="padding:0 16px 14px;font:13px/20px Arial,sans-serif;color:#6b6885;">Payment due<br><span style="font-size:15px;color:#22203a;">2 December 2026 (Direct Debit)</span></td></tr>
 </table>
</td></tr>
<tr><td style="padding:24px 32px 4px;font:bold 16px/22px Arial,sans-serif;color:#22203a;">Bill summary</td></tr>
<tr><td style="padding:0 32px;">
 <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
 <tr><td style="padding:6px 0;font:14px/20px Arial,sans-serif;color:#44415e;">Previous bill (18 Oct 2026)</td><td align="right" style="font:14px/20px Arial,sans-serif;">&pound;${fmt(prev, ST.en)}</td></tr>
 <tr><td style="padding:6px 0;font:14px/20px Arial,sans-serif;color:#44415e;">Payment received 3 Nov 2026 &ndash; thank you</td><td align="right" style="font:14px/20px Arial,sans-serif;">-&pound;${fmt(prev, ST.en)}</td></tr>
 <tr><td style="padding:6px 0;font:14px/20px Arial,sans-serif;color:#44415e;">Balance brought forward</td><td align="right" style="font:14px/20px Arial,sans-serif;">&pound;0.00</td></tr>
 </table>
</td></tr>
<tr><td style="padding:24px 32px 4px;font:bold 16px/22px Arial,sans-serif;color:#22203a;">This bill</td></tr>
<tr><td style="padding:0 32px;">
 <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
 <tr><th align="left" style="font:bold 12px/18px Arial,sans-serif;color:#6b6885;text-transform:uppercase;border-bottom:2px solid #22203a;padding:6px 0;">Description</th><th align="left" style="font:bold 12px/18px Arial,sans-serif;color:#6b6885;text-transform:uppercase;border-bottom:2px solid #22203a;">Period</th><th align="right" style="font:bold 12px/18px Arial,sans-serif;color:#6b6885;text-transform:uppercase;border-bottom:2px solid #22203a;">Amount</th></tr>${lines.map(row).join('')}
 <tr><td colspan="2" style="padding:10px 0 4px;font:14px/20px Arial,sans-serif;color:#44415e;">Total charges (excl. VAT)</td><td align="right" style="font:14px/20px Arial,sans-serif;">&pound;${fmt(net, ST.en)}</td></tr>
 <tr><td colspan="2" style="padding:4px 0;font:14px/20px Arial,sans-serif;color:#44415e;">VAT @ 20%</td><td align="right" style="font:14px/20px Arial,sans-serif;">&pound;${fmt(vatAmt, ST.en)}</td></tr>
 <tr><td colspan="2" style="padding:4px 0 10px;font:14px/20px Arial,sans-serif;color:#44415e;">Total this bill (incl. VAT)</td><td align="right" style="font:14px/20px Arial,sans-serif;">&pound;${fmt(total, ST.en)}</td></tr>
 <tr><td colspan="2" style="padding:12px 0;border-top:2px solid #22203a;font:bold 18px/24px Arial,sans-serif;color:#22203a;">Amount due</td><td align="right" style="border-top:2px solid #22203a;font:bold 18px/24px Arial,sans-serif;color:#5b34d6;">&pound;${fmt(total, ST.en)}</td></tr>
 </table>
</td></tr>
<tr><td align="center" style="padding:24px 32px;"><table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td class="btn" bgcolor="#5b34d6" style="border-radius:24px;"><a href="https://my.larkspurfibre.co.uk/bills/${inv}?utm_source=email&amp;utm_campaign=bill_ready" style="display:inline-block;padding:12px 28px;font:bold 15px Arial,sans-serif;color:#ffffff;text-decoration:none;">View my bill</a></td></tr></table></td></tr>
<tr><td style="padding:0 32px 24px;font:13px/20px Arial,sans-serif;color:#6b6885;">Bill addressed to:<br>Hollins &amp; Reed Joinery Ltd<br>Unit 9 Thornes Lane Wharf<br>Wakefield<br>WF1 5RL<br>accounts@hollinsreed.co.uk</td></tr>
<tr><td style="padding:20px 32px;background:#f7f6fb;border-radius:0 0 8px 8px;font:11px/17px Arial,sans-serif;color:#8a87a3;">Questions about your bill? Call us on 0330 088 4127 (Mon&ndash;Fri 8am&ndash;8pm) or email <a href="mailto:billing@larkspurfibre.co.uk" style="color:#5b34d6;">billing@larkspurfibre.co.uk</a>.<br><br>Larkspur Fibre Ltd, 3 Calder Park Way, Wakefield, WF2 7AW. Registered in England and Wales, company no. 11482093. VAT reg. no. ${vatPrinted}.<br>You are receiving this email because you have a business account with us. <a href="https://my.larkspurfibre.co.uk/preferences" style="color:#8a87a3;">Manage email preferences</a>.</td></tr>
</table>
</td></tr></table>
<img src="https://em.larkspurfibre.co.uk/o/eyJ1IjoiNDA4MjMzMTciLCJiIjoiTEYtQi0yNi04ODMwNDE3In0.gif" width="1" height="1" alt="" style="display:block;border:0;">
</body></html>`;

    const ent = multi('alternative', [
      leaf({ type: 'text/plain', charset: 'utf-8', cte: 'quoted-printable', body: plain }),
      leaf({ type: 'text/html', charset: 'utf-8', cte: 'quoted-printable', body: html }),
    ], 'alt', null);
    const eml = message([
      ['Return-Path', '<bounce-40823317@em.larkspurfibre.co.uk>'],
      ['From', '"Larkspur Fibre" <billing@larkspurfibre.co.uk>'],
      ['To', 'accounts@hollinsreed.co.uk'],
      ['Subject', 'Your Larkspur Fibre bill is ready'],
      ['Date', rfcDate(2026, 11, 19, 6, 2, 11, '+0000')],
      ['Message-ID', '<20261119060211.8830417.billing@em.larkspurfibre.co.uk>'],
      ['List-Unsubscribe', '<https://my.larkspurfibre.co.uk/preferences>'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: inv, issueDate: '2026-11-18', dueDate: '2026-12-02', currency: 'GBP', seller, buyer,
        subtotal: net, taxTotal: vatAmt, total, amountDue: total,
        lineItems: lines.map((l) => ({ description: l.d, quantity: null, unitPrice: null, amount: l.a })),
      }),
    };
  },
});

// =====================================================================================
// 2. US SaaS invoice+receipt, already paid — text/html only, UTF-8 base64
F.push({
  name: 'us-saas-receipt-paid',
  build() {
    const seller = { name: 'Quillmate, Inc.', vatId: null, address: '548 Market St, Suite 71822, San Francisco, California 94104, United States', email: 'billing@quillmate.io' };
    const buyer = { name: 'Tidewater Paddle Co.', vatId: null, address: '1120 Harbor View Rd, Beaufort, South Carolina 29902, United States', email: 'ops@tidewaterpaddle.com' };
    const period = 'Nov 3 – Dec 3, 2026';
    const lines = [
      { d: 'Team plan', q: '7', u: '18.00' },
      { d: 'Advanced analytics add-on', q: '1', u: '49.00' },
      { d: 'Extra storage (100 GB block)', q: '2', u: '5.00' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    const itemTotal = sum(lines.map((l) => l.a));
    const disc = pct(itemTotal, '20');
    const net = itemTotal - disc;
    const tax = pct(net, '6');
    const total = net + tax;
    const f = (c) => (c < 0 ? '-$' : '$') + fmt(Math.abs(c), ST.en);
    const inv = '8F2A9C41-0007';
    const td = 'style="padding:8px 0;font:14px/20px -apple-system,BlinkMacSystemFont,\'Segoe UI\',Roboto,Helvetica,Arial,sans-serif;color:#414552;"';
    const tdr = td.replace('style="', 'align="right" style="');
    const itemRows = lines.map((l) => `
<tr><td ${td}>${esc(l.d)}<br><span style="font-size:12px;color:#687385;">${period.replace('–', '&ndash;')}</span></td>
<td ${tdr}>${l.q}</td><td ${tdr}>${f(cents(l.u))}</td><td ${tdr}>${f(l.a)}</td></tr>`).join('');
    const tot = (label, val, bold) => `<tr><td colspan="3" ${td.replace('color:#414552', 'color:#414552' + (bold ? ';font-weight:600' : ''))}>${label}</td><td ${tdr.replace('color:#414552', 'color:#414552' + (bold ? ';font-weight:600' : ''))}>${val}</td></tr>`;
    const html = `<!doctype html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Receipt from Quillmate, Inc.</title></head>
<body style="background-color:#f6f9fc;margin:0;padding:0;">
<span style="color:transparent;display:none;height:0;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all;visibility:hidden;width:0;">Receipt from Quillmate, Inc. ${f(total)} Paid November 3, 2026&nbsp;&#847;&nbsp;&#847;&nbsp;&#847;&nbsp;&#847;</span>
<table width="100%" border="0" cellpadding="0" cellspacing="0" bgcolor="#f6f9fc"><tbody><tr><td align="center">
<table width="600" border="0" cellpadding="0" cellspacing="0" style="min-width:600px;"><tbody>
<tr><td height="32" style="font-size:1px;line-height:1px;">&nbsp;</td></tr>
<tr><td align="center"><img src="https://files.quillmate.io/brand/quillmate-icon-64.png" width="48" height="48" alt="" style="border:0;"></td></tr>
<tr><td style="padding:16px 0 0;" align="center"><table width="528" bgcolor="#ffffff" border="0" cellpadding="0" cellspacing="0" style="border-radius:8px;"><tbody>
<tr><td style="padding:32px 32px 0;font:16px/24px -apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#8792a2;">Receipt from Quillmate, Inc.</td></tr>
<tr><td style="padding:4px 32px 0;font:600 36px/44px -apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#1a1f36;">${f(total)}</td></tr>
<tr><td style="padding:4px 32px 24px;font:14px/20px -apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#8792a2;">Paid November 3, 2026</td></tr>
<tr><td style="padding:0 32px;"><table width="100%" border="0" cellpadding="0" cellspacing="0"><tbody>
<tr><td ${td}><span style="color:#8792a2;">Invoice number</span></td><td ${tdr}>${inv}</td></tr>
<tr><td ${td}><span style="color:#8792a2;">Receipt number</span></td><td ${tdr}>2291-4087</td></tr>
<tr><td ${td}><span style="color:#8792a2;">Date of issue</span></td><td ${tdr}>November 3, 2026</td></tr>
<tr><td ${td}><span style="color:#8792a2;">Date paid</span></td><td ${tdr}>November 3, 2026</td></tr>
<tr><td ${td}><span style="color:#8792a2;">Payment method</span></td><td ${tdr}>Visa &ndash; 4417</td></tr>
</tbody></table></td></tr>
<tr><td style="padding:24px 32px 0;"><table width="100%" border="0" cellpadding="0" cellspacing="0"><tbody><tr>
<td valign="top" width="50%" style="font:13px/19px -apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#414552;"><strong>Quillmate, Inc.</strong><br>548 Market St<br>Suite 71822<br>San Francisco, California 94104<br>United States<br>billing@quillmate.io<br>+1 415-555-0148</td>
<td valign="top" width="50%" style="font:13px/19px -apple-system,Segoe UI,Roboto,Arial,sans-serif;color:#414552;"><span style="color:#8792a2;">Bill to</span><br><strong>Tidewater Paddle Co.</strong><br>1120 Harbor View Rd<br>Beaufort, South Carolina 29902<br>United States<br>ops@tidewaterpaddle.com</td>
</tr></tbody></table></td></tr>
<tr><td style="padding:24px 32px 0;"><table width="100%" border="0" cellpadding="0" cellspacing="0"><tbody>
<tr><td style="border-bottom:1px solid #ebeef1;font:600 12px/16px Arial,sans-serif;color:#687385;text-transform:uppercase;padding-bottom:6px;">Description</td><td align="right" style="border-bottom:1px solid #ebeef1;font:600 12px/16px Arial,sans-serif;color:#687385;">Qty</td><td align="right" style="border-bottom:1px solid #ebeef1;font:600 12px/16px Arial,sans-serif;color:#687385;">Unit price</td><td align="right" style="border-bottom:1px solid #ebeef1;font:600 12px/16px Arial,sans-serif;color:#687385;">Amount</td></tr>${itemRows}
${tot('Subtotal', f(itemTotal))}
${tot('LAUNCH20 (20% off)', f(-disc))}
${tot('Total excluding tax', f(net))}
${tot('Sales tax – South Carolina (6% on ' + f(net) + ')', f(tax))}
${tot('Total', f(total), true)}
${tot('Amount paid', f(total), true)}
${tot('Amount due', f(0), true)}
</tbody></table></td></tr>
<tr><td style="padding:24px 32px;" align="center"><a href="https://pay.quillmate.io/receipts/acct_1Q8m/2291-4087/pdf" style="display:inline-block;background:#635bff;color:#ffffff;border-radius:6px;padding:10px 18px;font:600 14px Arial,sans-serif;text-decoration:none;">Download receipt</a>&nbsp;&nbsp;<a href="https://pay.quillmate.io/invoices/acct_1Q8m/${inv}/pdf" style="display:inline-block;border:1px solid #d5dbe1;color:#414552;border-radius:6px;padding:9px 18px;font:600 14px Arial,sans-serif;text-decoration:none;">Download invoice</a></td></tr>
<tr><td style="padding:0 32px 32px;font:13px/19px Arial,sans-serif;color:#687385;">Questions? Contact us at <a href="mailto:billing@quillmate.io" style="color:#635bff;">billing@quillmate.io</a> or call +1 415-555-0148.</td></tr>
</tbody></table></td></tr>
<tr><td style="padding:24px 0;font:12px/18px Arial,sans-serif;color:#8792a2;" align="center">You're receiving this email because you made a purchase at Quillmate, Inc., which partners with a payment processor to provide invoicing and payment processing.<br>&copy; 2026 Quillmate, Inc. &middot; <a href="https://quillmate.io/legal/terms" style="color:#8792a2;">Terms</a> &middot; <a href="https://quillmate.io/legal/privacy" style="color:#8792a2;">Privacy</a></td></tr>
</tbody></table>
</td></tr></tbody></table>
<img src="https://links.quillmate.io/wf/open?upn=Qm9x-3a8f2a9c41-0007" width="1" height="1" border="0" alt="" style="height:1px!important;width:1px!important;">
</body></html>`;
    const ent = leaf({ type: 'text/html', charset: 'utf-8', cte: 'base64', body: html });
    const eml = message([
      ['From', '"Quillmate, Inc." <receipts+acct_1Q8m@quillmate.io>'],
      ['Reply-To', 'billing@quillmate.io'],
      ['To', 'ops@tidewaterpaddle.com'],
      ['Subject', 'Your receipt from Quillmate, Inc. #2291-4087'],
      ['Date', rfcDate(2026, 11, 4, 2, 14, 9, '+0000')],
      ['Message-ID', '<0102019a3f7c2d11-5e7b.2291-4087@mail.quillmate.io>'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: inv, issueDate: '2026-11-03', dueDate: null, currency: 'USD', seller, buyer,
        subtotal: net, taxTotal: tax, total, amountDue: 0,
        lineItems: lines.map((l) => ({ description: `${l.d} ${period}`, quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
      notes: { linesToSubtotal: [-disc] },
    };
  },
});

// =====================================================================================
// 3. AU web-hosting renewal, prices incl. GST — text/plain only, UTF-8 quoted-printable
F.push({
  name: 'au-hosting-renewal-gst-incl',
  build() {
    const abn = chk.au('718234905');
    const abnP = `${abn.slice(0, 2)} ${abn.slice(2, 5)} ${abn.slice(5, 8)} ${abn.slice(8)}`;
    const abn2 = chk.au('412983076');
    const abn2P = `${abn2.slice(0, 2)} ${abn2.slice(2, 5)} ${abn2.slice(5, 8)} ${abn2.slice(8)}`;
    const seller = { name: 'Kookaburra Cloud Hosting Pty Ltd', vatId: abnP, address: 'Level 3, 88 Grenfell Street, Adelaide SA 5000', email: 'accounts@kookaburracloud.com.au' };
    const buyer = { name: 'Saltbush Physiotherapy Pty Ltd', vatId: abn2P, address: '14 Jetty Road, Glenelg SA 5045', email: 'admin@saltbushphysio.com.au' };
    const lines = [
      { d: ['Business Hosting Plus - 12 months', '(05/12/2026 - 04/12/2027)'], q: '1', u: '359.40' },
      { d: ['Domain renewal saltbushphysio.com.au -', '2 years'], q: '1', u: '59.90' },
      { d: ['Domain renewal saltbushphysio.au - 1 year'], q: '1', u: '24.95' },
      { d: ['Premium SSL certificate - 12 months'], q: '1', u: '89.00' },
      { d: ['Daily off-site backups (per month)'], q: '12', u: '4.95' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    const gross = sum(lines.map((l) => l.a));
    const gst = vatOfGross(gross, '10');
    const net = gross - gst;
    const f = (c) => fmt(c, ST.en);
    const W = [44, 5, 10, 12];
    const out = [];
    for (const l of lines) {
      out.push(padR(l.d[0], W[0]) + padL(l.q, W[1]) + padL(f(cents(l.u)), W[2]) + padL(f(l.a), W[3]));
      for (const extra of l.d.slice(1)) out.push('  ' + extra);
    }
    const plain = [
      'Hi Saltbush Physiotherapy,',
      '',
      'Thanks for renewing with Kookaburra Cloud. Your tax invoice is below and a',
      'copy is saved in your client area. Your services renew on 05/12/2026.',
      '',
      '========================================================================',
      'TAX INVOICE',
      '========================================================================',
      'Kookaburra Cloud Hosting Pty Ltd',
      'ABN ' + abnP,
      'Level 3, 88 Grenfell Street',
      'Adelaide SA 5000',
      'accounts@kookaburracloud.com.au | 1300 655 214',
      '',
      'Invoice to:',
      'Saltbush Physiotherapy Pty Ltd',
      'ABN ' + abn2P,
      '14 Jetty Road',
      'Glenelg SA 5045',
      'admin@saltbushphysio.com.au',
      '',
      'Invoice number:   KCH-208117',
      'Invoice date:     21/11/2026',
      'Due date:         05/12/2026',
      'Customer ID:      C-40918',
      '',
      'All prices are in Australian dollars and include GST.',
      '',
      padR('Description', W[0]) + padL('Qty', W[1]) + padL('Unit', W[2]) + padL('Amount', W[3]),
      '-'.repeat(71),
      ...out,
      '-'.repeat(71),
      padR('Total excl. GST', 59) + padL(f(net), 12),
      padR('GST (10%)', 59) + padL(f(gst), 12),
      padR('Total incl. GST', 59) + padL(f(gross), 12),
      padR('Amount paid', 59) + padL(f(0), 12),
      padR('AMOUNT DUE (AUD)', 59) + padL('$' + f(gross), 12),
      '',
      'How to pay',
      '  Credit card:   https://my.kookaburracloud.com.au/pay/KCH-208117',
      '  BPAY:          Biller code 318472, Ref 4091801',
      '  EFT:           BSB 065-118  Account 1047 2983',
      '                 Reference KCH-208117',
      '',
      'If payment is not received by the due date your services may be',
      'suspended. Your previous invoice KCH-197402 ($579.35) was paid on',
      '21/11/2025 - thank you.',
      '',
      'Kind regards,',
      'Accounts Team - Kookaburra Cloud',
      'Support 24/7: 1300 655 214',
    ].join('\n');
    const ent = leaf({ type: 'text/plain', charset: 'utf-8', cte: 'quoted-printable', body: plain, extra: [['Content-Disposition', 'inline']] });
    const eml = message([
      ['From', 'Kookaburra Cloud Accounts <accounts@kookaburracloud.com.au>'],
      ['To', '"Saltbush Physiotherapy" <admin@saltbushphysio.com.au>'],
      ['Subject', 'Tax Invoice KCH-208117 - Renewal of your services'],
      ['Date', rfcDate(2026, 11, 21, 3, 30, 2, '+1030')],
      ['Message-ID', '<kch-208117.1795494002@billing.kookaburracloud.com.au>'],
      ['X-Mailer', 'WHMCS'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: 'KCH-208117', issueDate: '2026-11-21', dueDate: '2026-12-05', currency: 'AUD', seller, buyer,
        subtotal: net, taxTotal: gst, total: gross, amountDue: gross,
        lineItems: lines.map((l) => ({ description: l.d.join(' '), quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
      notes: { grossLines: true },
    };
  },
});

// =====================================================================================
// 4. IE coworking membership — multipart/mixed(alternative(plain, html), logo PNG)
F.push({
  name: 'ie-coworking-membership',
  build() {
    const vatS = 'IE ' + chk.ie('3498217', 'A');
    const vatB = 'IE ' + chk.ie('6431880', 'A');
    const seller = { name: 'The Liffey Loft Coworking Limited', vatId: vatS, address: 'Unit 2, Block C, Grand Canal Quay, Dublin 2, D02 XK51, Ireland', email: 'accounts@liffeyloft.ie' };
    const buyer = { name: 'Corrib Data Analytics Ltd', vatId: vatB, address: '14 Eyre Square, Galway, H91 T2C8', email: 'finance@corribdata.ie' };
    const lines = [
      { d: 'Dedicated desk membership – December 2026', q: '3', u: '320.00' },
      { d: 'Meeting room hire – November usage (hours)', q: '6.5', u: '25.00' },
      { d: 'Registered business address & mail handling', q: '1', u: '35.00' },
      { d: 'Locker rental', q: '2', u: '15.00' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    const items = sum(lines.map((l) => l.a));
    const disc = pct(lines[0].a, '10');
    const net = items - disc;
    const vat = pct(net, '23');
    const total = net + vat;
    const f = (c) => (c < 0 ? '-€' : '€') + fmt(Math.abs(c), ST.en);
    const inv = 'LL-INV-26-1193';
    const plain = [
      'Hi Corrib Data Analytics,',
      '',
      `Please find your invoice ${inv} for December below. Thanks for being`,
      'part of The Liffey Loft!',
      '',
      'INVOICE',
      `Invoice no.:   ${inv}`,
      'Invoice date:  30 November 2026',
      'Member ID:     M-0581',
      '',
      'From:',
      'The Liffey Loft Coworking Limited',
      'Unit 2, Block C, Grand Canal Quay',
      'Dublin 2',
      'D02 XK51',
      'Ireland',
      `VAT No. ${vatS}`,
      '',
      'Bill to:',
      'Corrib Data Analytics Ltd',
      '14 Eyre Square',
      'Galway',
      'H91 T2C8',
      `VAT No. ${vatB}`,
      'finance@corribdata.ie',
      '',
      padR('Item', 46) + padL('Qty', 5) + padL('Rate', 10) + padL('Amount', 11),
      ...lines.map((l) => padR(l.d, 46) + padL(l.q, 5) + padL(f(cents(l.u)), 10) + padL(f(l.a), 11)),
      '',
      padR('Subtotal', 61) + padL(f(items), 11),
      padR('Annual commitment discount (10% on desks)', 61) + padL(f(-disc), 11),
      padR('Net amount', 61) + padL(f(net), 11),
      padR('VAT @ 23%', 61) + padL(f(vat), 11),
      padR('Total', 61) + padL(f(total), 11),
      '',
      padR('Amount due', 61) + padL(f(total), 11),
      '',
      'Payment terms: payment is due within 14 days of the invoice date.',
      'Bank transfer to: The Liffey Loft Coworking Limited',
      'IBAN ' + L.groupIban(chk.iban('IE', 'AIBK93208640123857')) + ' / BIC AIBKIE2D',
      `Please quote ${inv} as the payment reference.`,
      '',
      'Account balance before this invoice: €0.00',
      '',
      'The Liffey Loft Team',
      'accounts@liffeyloft.ie | +353 1 555 0192',
      '',
      'The Liffey Loft Coworking Limited. Registered in Ireland, CRO No. 712488.',
      'Directors: A. Byrne, C. Ní Bhriain.',
    ].join('\n');
    const tdS = 'style="padding:9px 8px;border-bottom:1px solid #e4ece9;font:14px/20px Georgia,serif;color:#243b35;"';
    const tdR = tdS.replace('style="', 'align="right" style="');
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#eef4f2;">
<div style="display:none;font-size:1px;color:#eef4f2;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;">Invoice ${inv} &ndash; ${f(total)} &ndash; December membership</div>
<center><table width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;margin:20px auto;">
<tr><td style="padding:28px 36px 8px;"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td><img src="cid:liffeyloft-logo@liffeyloft.ie" width="48" height="48" alt="The Liffey Loft"></td>
<td align="right" style="font:bold 26px Georgia,serif;color:#1f6f5c;letter-spacing:2px;">INVOICE</td></tr></table></td></tr>
<tr><td style="padding:8px 36px;font:14px/21px Georgia,serif;color:#243b35;">Hi Corrib Data Analytics,<br>Please find your invoice ${inv} for December below. Thanks for being part of The Liffey Loft!</td></tr>
<tr><td style="padding:8px 36px;"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td valign="top" style="font:13px/19px Georgia,serif;color:#243b35;"><b>From</b><br>The Liffey Loft Coworking Limited<br>Unit 2, Block C, Grand Canal Quay<br>Dublin 2<br>D02 XK51<br>Ireland<br>VAT No. ${vatS}</td>
<td valign="top" style="font:13px/19px Georgia,serif;color:#243b35;"><b>Bill to</b><br>Corrib Data Analytics Ltd<br>14 Eyre Square<br>Galway<br>H91 T2C8<br>VAT No. ${vatB}<br>finance@corribdata.ie</td>
<td valign="top" align="right" style="font:13px/19px Georgia,serif;color:#243b35;">Invoice no.: <b>${inv}</b><br>Invoice date: 30 November 2026<br>Member ID: M-0581</td>
</tr></table></td></tr>
<tr><td style="padding:12px 36px;"><table width="100%" cellpadding="0" cellspacing="0">
<tr style="background:#1f6f5c;"><td style="padding:8px;font:bold 12px Arial;color:#fff;">Item</td><td align="right" style="padding:8px;font:bold 12px Arial;color:#fff;">Qty</td><td align="right" style="padding:8px;font:bold 12px Arial;color:#fff;">Rate</td><td align="right" style="padding:8px;font:bold 12px Arial;color:#fff;">Amount</td></tr>
${lines.map((l) => `<tr><td ${tdS}>${esc(l.d).replace('–', '&ndash;')}</td><td ${tdR}>${l.q}</td><td ${tdR}>${f(cents(l.u)).replace('€', '&euro;')}</td><td ${tdR}>${f(l.a).replace('€', '&euro;')}</td></tr>`).join('\n')}
<tr><td colspan="3" ${tdR}>Subtotal</td><td ${tdR}>${f(items)}</td></tr>
<tr><td colspan="3" ${tdR}>Annual commitment discount (10% on desks)</td><td ${tdR}>${f(-disc)}</td></tr>
<tr><td colspan="3" ${tdR}>Net amount</td><td ${tdR}>${f(net)}</td></tr>
<tr><td colspan="3" ${tdR}>VAT @ 23%</td><td ${tdR}>${f(vat)}</td></tr>
<tr><td colspan="3" ${tdR}><b>Total</b></td><td ${tdR}><b>${f(total)}</b></td></tr>
<tr><td colspan="3" align="right" style="padding:12px 8px;font:bold 16px Georgia,serif;color:#1f6f5c;">Amount due</td><td align="right" style="padding:12px 8px;font:bold 16px Georgia,serif;color:#1f6f5c;">${f(total)}</td></tr>
</table></td></tr>
<tr><td style="padding:8px 36px 20px;font:13px/19px Georgia,serif;color:#243b35;">Payment terms: payment is due within 14 days of the invoice date.<br>Bank transfer to The Liffey Loft Coworking Limited, IBAN ${L.groupIban(chk.iban('IE', 'AIBK93208640123857'))}, BIC AIBKIE2D. Please quote ${inv} as the payment reference.<br>Account balance before this invoice: &euro;0.00</td></tr>
<tr><td style="padding:16px 36px;background:#f5f8f7;font:11px/16px Arial,sans-serif;color:#6d837d;">The Liffey Loft Coworking Limited &middot; Registered in Ireland, CRO No. 712488 &middot; Directors: A. Byrne, C. N&iacute; Bhriain<br>accounts@liffeyloft.ie &middot; +353 1 555 0192 &middot; <a href="https://liffeyloft.ie/members/unsubscribe?m=M-0581" style="color:#6d837d;">Unsubscribe from community news</a></td></tr>
</table></center>
<img src="https://track.liffeyloft.ie/open/M-0581/${inv}.png" width="1" height="1" alt="">
</body></html>`;
    const logo = L.png(24, 24, (x, y) => ((x - 12) ** 2 + (y - 12) ** 2 < 100 ? [31, 111, 92] : [255, 255, 255]));
    const ent = multi('mixed', [
      multi('related', [
        multi('alternative', [
          leaf({ type: 'text/plain', charset: 'utf-8', cte: 'quoted-printable', body: plain }),
          leaf({ type: 'text/html', charset: 'utf-8', cte: 'quoted-printable', body: html }),
        ], 'alt', null),
        leaf({ type: 'image/png', cte: 'base64', body: logo, filename: 'liffeyloft-logo.png', disposition: 'inline', cid: 'liffeyloft-logo@liffeyloft.ie' }),
      ], 'rel', null),
      leaf({ type: 'text/plain', charset: 'utf-8', cte: 'quoted-printable', filename: 'house-rules-2026.txt', disposition: 'attachment', body: [
        'THE LIFFEY LOFT - HOUSE RULES (2026 edition)',
        '',
        '1. Quiet zone: level 2 is a phone-free area.',
        '2. Meeting rooms are booked in 30-minute slots via the member app.',
        '3. Guests must be signed in at reception before 18:00.',
        '4. Lockers are cleared on the last working day of each month unless rented.',
        '5. Kitchen: please label food and clean up after yourself.',
        '',
        'Membership changes require one calendar month\'s notice.',
      ].join('\n') }),
    ], 'mix');
    const eml = message([
      ['From', 'The Liffey Loft <accounts@liffeyloft.ie>'],
      ['To', 'Corrib Data Analytics <finance@corribdata.ie>'],
      ['Subject', `Invoice ${inv} from The Liffey Loft`],
      ['Date', rfcDate(2026, 12, 1, 7, 30, 44, '+0000')],
      ['Message-ID', '<CAJx7f2k9P-LL1193.20261201073044@liffeyloft.ie>'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: inv, issueDate: '2026-11-30', dueDate: null, currency: 'EUR', seller, buyer,
        subtotal: net, taxTotal: vat, total, amountDue: total,
        lineItems: lines.map((l) => ({ description: l.d, quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
      notes: { linesToSubtotal: [-disc] },
    };
  },
});

module.exports = F;
