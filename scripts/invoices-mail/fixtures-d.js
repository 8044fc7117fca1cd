'use strict';
const L = require('./lib');
const { mul, pct, vatOfGross, sum, cents, fmt, fmtDecStr, ST, chk, leaf, multi, message, ew, rfcDate, padR, padL, dots, esc, expected } = L;
const F = [];

// =====================================================================================
// 13. PT accountant's monthly fee — text/html only, windows-1252 base64, no item table
F.push({
  name: 'pt-honorarios-contabilidade',
  build() {
    const nif = chk.pt('51473820');
    const nifB = chk.pt('51620394');
    const seller = { name: 'Contas Certas, Contabilidade e Gestão, Lda.', vatId: nif, address: 'Rua de Santa Catarina 611, 2.º Esq., 4000-450 Porto', email: 'geral@contascertas.pt' };
    const buyer = { name: 'Padaria Flor do Bolhão, Unipessoal Lda.', vatId: nifB, address: 'Rua Formosa 244, 4000-247 Porto', email: null };
    const net = cents('280.00');
    const vat = pct(net, '23');
    const total = net + vat;
    const e = (c) => fmt(c, ST.de) + ' &euro;';
    const row = (k, v, b) => `<tr><td style="padding:7px 10px;border-bottom:1px solid #e5e5e5;font:14px Arial,Helvetica,sans-serif;color:#555;">${k}</td><td align="right" style="padding:7px 10px;border-bottom:1px solid #e5e5e5;font:${b ? 'bold ' : ''}14px Arial,Helvetica,sans-serif;color:#222;">${v}</td></tr>`;
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body style="margin:0;padding:0;background:#f2f2f2;">
<div style="display:none;max-height:0;overflow:hidden;">Fatura FT 2026/318 &ndash; honorários de novembro &ndash; ${e(total)}</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2;"><tr><td align="center" style="padding:20px;">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">
<tr><td style="padding:22px 30px;border-bottom:3px solid #0b6e4f;"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td style="font:bold 20px Arial,Helvetica,sans-serif;color:#0b6e4f;">Contas Certas<br><span style="font:12px Arial;color:#777;">Contabilidade e Gestão</span></td>
<td align="right" style="font:11px/16px Arial,Helvetica,sans-serif;color:#555;">Contas Certas, Contabilidade e Gestão, Lda.<br>Rua de Santa Catarina 611, 2.º Esq.<br>4000-450 Porto<br>NIF: ${nif}<br>Tel. 22 555 1840 &middot; geral@contascertas.pt</td></tr></table></td></tr>
<tr><td style="padding:24px 30px 8px;font:14px/22px Arial,Helvetica,sans-serif;color:#222;">Exmos. Senhores,<br><br>Pelos serviços de contabilidade organizada, processamento salarial (4 colaboradores) e cumprimento das obrigações declarativas referentes a novembro de 2026, apresentamos a nossa fatura de honorários.</td></tr>
<tr><td style="padding:10px 30px;"><table width="100%" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #e5e5e5;">
${row('Fatura n.º', 'FT 2026/318', true)}
${row('Data de emissão', '30/11/2026')}
${row('Data de vencimento', '15/12/2026')}
${row('ATCUD', 'JFK7Q2MX-318')}
${row('Cliente', 'Padaria Flor do Bolhão, Unipessoal Lda.<br>Rua Formosa 244<br>4000-247 Porto<br>NIF: ' + nifB)}
${row('Valor sem IVA', e(net))}
${row('IVA (23%)', e(vat))}
${row('Total', e(total))}
${row('<b>Total a pagar</b>', e(total), true)}
</table></td></tr>
<tr><td style="padding:14px 30px;font:14px/22px Arial,Helvetica,sans-serif;color:#222;">Pagamento por transferência bancária para o IBAN ${L.groupIban(chk.iban('PT', '003500990000123456789'))} ou por Referência Multibanco: Entidade 21345, Referência 318 204 957.<br><br>
<span style="color:#a33;">Lembramos que a fatura FT 2026/291, de 31/10/2026, no valor de 319,80 &euro;, se encontra ainda por liquidar.</span><br><br>
<a href="https://portal.contascertas.pt/faturas/FT2026-318" style="display:inline-block;background:#0b6e4f;color:#fff;padding:10px 20px;text-decoration:none;font:bold 14px Arial;">Ver fatura no portal</a><br><br>
Com os melhores cumprimentos,<br>Ana Rita Figueiredo<br>Contabilista Certificada n.º 87412</td></tr>
<tr><td style="padding:14px 30px;background:#f7f7f7;font:10px/15px Arial,Helvetica,sans-serif;color:#888;">Contas Certas, Contabilidade e Gestão, Lda. &middot; Capital social 5.000,00 &euro; &middot; Matriculada na C.R.C. do Porto sob o n.º único de matrícula e NIF ${nif}.<br>Processado por programa certificado n.º 2931/AT. Esta mensagem e os seus anexos são confidenciais. Se não deseja receber as nossas comunicações, <a href="https://portal.contascertas.pt/cancelar" style="color:#888;">clique aqui</a>.</td></tr>
</table></td></tr></table>
<img src="https://portal.contascertas.pt/mail/open/FT2026-318.gif" width="1" height="1" alt="" border="0">
</body></html>`;
    const ent = leaf({ type: 'text/html', charset: 'windows-1252', cte: 'base64', body: html });
    const eml = message([
      ['From', 'Contas Certas <geral@contascertas.pt>'],
      ['To', 'geral@padariaflordobolhao.pt'],
      ['Subject', ew('Fatura FT 2026/318 - Honorários de novembro 2026', 'utf-8', 'B')],
      ['Date', rfcDate(2026, 12, 1, 10, 15, 8, '+0000')],
      ['Message-ID', '<FT2026-318.1796120108@portal.contascertas.pt>'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: 'FT 2026/318', issueDate: '2026-11-30', dueDate: '2026-12-15', currency: 'EUR', seller, buyer,
        subtotal: net, taxTotal: vat, total, amountDue: total, lineItems: [],
      }),
    };
  },
});

// =====================================================================================
// 14. PL printing house — text/plain only, ISO-8859-2 QP, wide aligned table, 23 % + 5 %
F.push({
  name: 'pl-drukarnia-faktura-vat',
  build() {
    const nip = chk.pl('782310945');
    const nipP = `${nip.slice(0, 3)}-${nip.slice(3, 6)}-${nip.slice(6, 8)}-${nip.slice(8)}`;
    const nipB = chk.pl('584201736');
    const nipBP = `${nipB.slice(0, 3)}-${nipB.slice(3, 6)}-${nipB.slice(6, 8)}-${nipB.slice(8)}`;
    const seller = { name: 'Drukarnia Offsetowa PRINTEX Sp. z o.o.', vatId: nipP, address: 'ul. Przemysłowa 27, 61-579 Poznań', email: 'biuro@printex-poznan.pl' };
    const buyer = { name: 'Oficyna Wydawnicza Bursztyn Sp. z o.o.', vatId: nipBP, address: 'ul. Długa 14/3, 80-827 Gdańsk', email: null };
    const lines = [
      { d: ['Książka "Bursztynowy szlak", 240 s.,', 'oprawa twarda, ISBN 978-83-67812-04-1'], q: '500', unit: 'szt.', u: '18.40', r: '5' },
      { d: ['Ulotki A5 dwustronne 4+4, kreda 170 g'], q: '5000', unit: 'szt.', u: '0.09', r: '23' },
      { d: ['Plakaty B2, kreda 200 g'], q: '150', unit: 'szt.', u: '3.20', r: '23' },
      { d: ['Zakładki do książek 5x15 cm'], q: '1000', unit: 'szt.', u: '0.35', r: '23' },
      { d: ['Transport paletowy Poznań - Gdańsk'], q: '1', unit: 'usł.', u: '280.00', r: '23' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    lines.forEach((l) => { l.t = pct(l.a, l.r); });
    const rates = ['23', '5'].map((r) => { const base = sum(lines.filter((l) => l.r === r).map((l) => l.a)); return { r, base, tax: pct(base, r) }; });
    const net = sum(rates.map((x) => x.base));
    const tax = sum(rates.map((x) => x.tax));
    const total = net + tax;
    const z = (c) => fmt(c, ST.sp);
    const W = [4, 40, 5, 7, 10, 11, 5, 10, 11];
    const rowS = (cols) => cols.map((c, i) => (i <= 1 || i === 2 ? padR(c, W[i]) : padL(c, W[i]))).join(' ');
    const tbl = [
      rowS(['Lp.', 'Nazwa towaru lub usługi', 'J.m.', 'Ilość', 'Cena netto', 'Wart. netto', 'VAT', 'Kwota VAT', 'Wart. brutto']),
      '-'.repeat(112),
    ];
    lines.forEach((l, i) => {
      tbl.push(rowS([String(i + 1) + '.', l.d[0], l.unit, fmtDecStr(l.q, ST.sp), z(cents(l.u)), z(l.a), l.r + '%', z(l.t), z(l.a + l.t)]));
      for (const x of l.d.slice(1)) tbl.push(padR('', W[0]) + ' ' + x);
    });
    tbl.push('-'.repeat(112));
    const body = [
      'Dzień dobry,',
      '',
      'w związku z realizacją zamówienia ZAM/2026/0932 przesyłamy fakturę VAT.',
      'Faktura została również przesłana do Krajowego Systemu e-Faktur (KSeF).',
      '',
      'FAKTURA VAT nr FV/1187/11/2026',
      '',
      'Data wystawienia:  2026-11-16          Miejsce wystawienia: Poznań',
      'Data sprzedaży:    2026-11-13',
      'Numer KSeF:        7823109450-20261116-8A41C2D0E9F3-7B',
      '',
      'Sprzedawca:                               Nabywca:',
      padR('Drukarnia Offsetowa PRINTEX Sp. z o.o.', 41) + 'Oficyna Wydawnicza Bursztyn Sp. z o.o.',
      padR('ul. Przemysłowa 27', 41) + 'ul. Długa 14/3',
      padR('61-579 Poznań', 41) + '80-827 Gdańsk',
      padR('NIP: ' + nipP, 41) + 'NIP: ' + nipBP,
      '',
      ...tbl,
      '',
      'Zestawienie według stawek VAT:',
      padR('Stawka', 10) + padL('Netto', 14) + padL('VAT', 12) + padL('Brutto', 14),
      ...rates.map((x) => padR(x.r + '%', 10) + padL(z(x.base), 14) + padL(z(x.tax), 12) + padL(z(x.base + x.tax), 14)),
      padR('Razem', 10) + padL(z(net), 14) + padL(z(tax), 12) + padL(z(total), 14),
      '',
      `DO ZAPŁATY: ${z(total)} PLN`,
      'Słownie: jedenaście tysięcy pięćset siedemdziesiąt osiem złotych 80/100',
      '',
      'Sposób płatności: przelew',
      'Termin płatności: 2026-11-30 (14 dni)',
      'Nr rachunku: ' + L.groupIban(chk.iban('PL', '10203000451110000002718456')),
      '',
      'Uwagi: nakład książki wydany zgodnie z zamówieniem, reklamacje do 7 dni.',
      '',
      'Z poważaniem',
      'Katarzyna Nowicka, dział rozliczeń',
      'tel. +48 61 555 78 20, biuro@printex-poznan.pl',
      '',
      '--',
      'Drukarnia Offsetowa PRINTEX Sp. z o.o., ul. Przemysłowa 27, 61-579 Poznań',
      'Sąd Rejonowy Poznań - Nowe Miasto i Wilda w Poznaniu, VIII Wydział',
      'Gospodarczy KRS, KRS 0000418273, REGON 302718459,',
      'kapitał zakładowy 50 000,00 zł',
    ].join('\n');
    const ent = leaf({ type: 'text/plain', charset: 'iso-8859-2', cte: 'quoted-printable', body });
    const eml = message([
      ['From', ew('Drukarnia PRINTEX - dział rozliczeń', 'iso-8859-2', 'Q') + ' <biuro@printex-poznan.pl>'],
      ['To', 'ksiegowosc@oficynabursztyn.pl'],
      ['Subject', ew('Faktura VAT FV/1187/11/2026 - zamówienie ZAM/2026/0932', 'iso-8859-2', 'Q')],
      ['Date', rfcDate(2026, 11, 17, 12, 40, 6, '+0100')],
      ['Message-ID', '<20261117114006.FV1187@printex-poznan.pl>'],
      ['X-Mailer', 'Subiekt nexo PRO'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: 'FV/1187/11/2026', issueDate: '2026-11-16', dueDate: '2026-11-30', currency: 'PLN', seller, buyer,
        subtotal: net, taxTotal: tax, total, amountDue: total,
        lineItems: lines.map((l) => ({ description: l.d.join(' '), quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
    };
  },
});

// =====================================================================================
// 15. SE credit note — multipart/alternative, UTF-8 QP, negative amounts
F.push({
  name: 'se-kreditfaktura',
  build() {
    const org = chk.se('556874310');
    const orgB = chk.se('559102384');
    const seller = { name: 'Norrsken Kontorsmöbler AB', vatId: `SE${org}01`, address: 'Industrigatan 9, 582 77 Linköping', email: 'order@norrskenmobler.se' };
    const buyer = { name: 'Fjällbacka Redovisning AB', vatId: `SE${orgB}01`, address: 'Storgatan 21, 457 40 Fjällbacka', email: 'ekonomi@fjallbackaredovisning.se' };
    const lines = [
      { d: 'Kontorsstol Ergo Pro, svart (retur)', art: 'KS-4410', q: '-2', u: '2490.00' },
      { d: 'Returfrakt', art: 'FR-01', q: '-1', u: '395.00' },
      { d: 'Prisavdrag höj- och sänkbart skrivbord, skadad skiva', art: 'PA', q: '-1', u: '750.00' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    const net = sum(lines.map((l) => l.a));
    const vat = pct(net, '25');
    const total = net + vat;
    const k = (c) => fmt(c, ST.sp);
    const plain = [
      'Hej!',
      '',
      'Här kommer en kreditfaktura för returen av kontorsstolarna och',
      'prisavdraget på skrivbordet, enligt vår överenskommelse.',
      '',
      'KREDITFAKTURA',
      'Kreditfakturanr:   70412',
      'Fakturadatum:      2026-11-09',
      'Avser faktura:     70233 (2026-10-21)',
      'Kundnr:            10388',
      'Er referens:       Maria Holm',
      'Vår referens:      Johan Ek',
      '',
      'Säljare:',
      'Norrsken Kontorsmöbler AB',
      'Industrigatan 9',
      '582 77 Linköping',
      `Momsreg.nr: SE${org}01`,
      '',
      'Kund:',
      'Fjällbacka Redovisning AB',
      'Storgatan 21',
      '457 40 Fjällbacka',
      `Momsreg.nr: SE${orgB}01`,
      'ekonomi@fjallbackaredovisning.se',
      '',
      padR('Art.nr', 9) + padR('Benämning', 52) + padL('Antal', 6) + padL('À-pris', 10) + padL('Belopp', 11),
      ...lines.map((l) => padR(l.art, 9) + padR(l.d, 52) + padL(l.q, 6) + padL(k(cents(l.u)), 10) + padL(k(l.a), 11)),
      '',
      padR('Summa exkl. moms', 77) + padL(k(net), 11),
      padR('Moms 25 %', 77) + padL(k(vat), 11),
      padR('Summa kredit SEK', 77) + padL(k(total), 11),
      '',
      'Beloppet krediteras mot er nästa faktura eller betalas tillbaka på begäran.',
      '',
      'Med vänliga hälsningar',
      'Johan Ek, Norrsken Kontorsmöbler',
      '',
      `Norrsken Kontorsmöbler AB | Org.nr ${org.slice(0, 6)}-${org.slice(6)} | Säte: Linköping | Godkänd för F-skatt`,
      'Bankgiro 5412-9087 | Tel 013-555 40 20 | order@norrskenmobler.se',
    ].join('\n');
    const td = 'style="padding:6px 8px;border-bottom:1px solid #e6e9ef;font:13px/18px Helvetica,Arial,sans-serif;color:#1c2433;"';
    const tdr = td.replace('style="', 'align="right" style="');
    const kh = (c) => k(c).replace(/ /g, '&nbsp;');
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f6fa;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="660" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #dfe3ea;">
<tr><td style="padding:20px 24px;background:#12294a;color:#ffffff;font:bold 18px Helvetica,Arial,sans-serif;">NORRSKEN <span style="font-weight:normal;">Kontorsmöbler</span></td></tr>
<tr><td style="padding:20px 24px 6px;font:14px/21px Helvetica,Arial,sans-serif;color:#1c2433;">Hej!<br>Här kommer en kreditfaktura för returen av kontorsstolarna och prisavdraget på skrivbordet, enligt vår överenskommelse.</td></tr>
<tr><td style="padding:10px 24px;"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td valign="top" style="font:13px/19px Helvetica,Arial,sans-serif;color:#1c2433;"><b style="font-size:17px;">KREDITFAKTURA</b><br>Kreditfakturanr: 70412<br>Fakturadatum: 2026-11-09<br>Avser faktura: 70233 (2026-10-21)<br>Kundnr: 10388<br>Er referens: Maria Holm<br>Vår referens: Johan Ek</td>
<td valign="top" style="font:13px/19px Helvetica,Arial,sans-serif;color:#1c2433;">Säljare:<br>Norrsken Kontorsmöbler AB<br>Industrigatan 9<br>582 77 Linköping<br>Momsreg.nr: SE${org}01</td>
<td valign="top" style="font:13px/19px Helvetica,Arial,sans-serif;color:#1c2433;">Kund:<br>Fjällbacka Redovisning AB<br>Storgatan 21<br>457 40 Fjällbacka<br>Momsreg.nr: SE${orgB}01<br>ekonomi@fjallbackaredovisning.se</td>
</tr></table></td></tr>
<tr><td style="padding:10px 24px;"><table width="100%" cellpadding="0" cellspacing="0">
<tr style="background:#eef1f6;"><td ${td}><b>Art.nr</b></td><td ${td}><b>Benämning</b></td><td ${tdr}><b>Antal</b></td><td ${tdr}><b>À-pris</b></td><td ${tdr}><b>Belopp</b></td></tr>
${lines.map((l) => `<tr><td ${td}>${l.art}</td><td ${td}>${esc(l.d)}</td><td ${tdr}>${l.q}</td><td ${tdr}>${kh(cents(l.u))}</td><td ${tdr}>${kh(l.a)}</td></tr>`).join('\n')}
<tr><td colspan="4" ${tdr}>Summa exkl. moms</td><td ${tdr}>${kh(net)}</td></tr>
<tr><td colspan="4" ${tdr}>Moms 25 %</td><td ${tdr}>${kh(vat)}</td></tr>
<tr><td colspan="4" align="right" style="padding:10px 8px;font:bold 15px Helvetica,Arial,sans-serif;">Summa kredit SEK</td><td align="right" style="padding:10px 8px;font:bold 15px Helvetica,Arial,sans-serif;">${kh(total)}</td></tr>
</table></td></tr>
<tr><td style="padding:10px 24px 20px;font:13px/19px Helvetica,Arial,sans-serif;color:#1c2433;">Beloppet krediteras mot er nästa faktura eller betalas tillbaka på begäran.<br><br>Med vänliga hälsningar<br>Johan Ek, Norrsken Kontorsmöbler</td></tr>
<tr><td style="padding:12px 24px;background:#f4f6fa;font:11px/16px Helvetica,Arial,sans-serif;color:#6b7587;">Norrsken Kontorsmöbler AB &middot; Org.nr ${org.slice(0, 6)}-${org.slice(6)} &middot; Säte: Linköping &middot; Godkänd för F-skatt &middot; Bankgiro 5412-9087 &middot; Tel 013-555 40 20 &middot; order@norrskenmobler.se</td></tr>
</table></td></tr></table></body></html>`;
    const ent = multi('alternative', [
      leaf({ type: 'text/plain', charset: 'utf-8', cte: 'quoted-printable', body: plain }),
      leaf({ type: 'text/html', charset: 'utf-8', cte: 'quoted-printable', body: html }),
    ], 'alt');
    const eml = message([
      ['From', ew('Norrsken Kontorsmöbler AB', 'utf-8', 'Q') + ' <order@norrskenmobler.se>'],
      ['To', ew('Fjällbacka Redovisning', 'utf-8', 'Q') + ' <ekonomi@fjallbackaredovisning.se>'],
      ['Subject', ew('Kreditfaktura 70412 från Norrsken Kontorsmöbler AB', 'utf-8', 'Q')],
      ['Date', rfcDate(2026, 11, 10, 13, 22, 51, '+0100')],
      ['Message-ID', '<kf70412.20261110132251@norrskenmobler.se>'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: '70412', issueDate: '2026-11-09', dueDate: null, currency: 'SEK', seller, buyer,
        subtotal: net, taxTotal: vat, total, amountDue: null,
        lineItems: lines.map((l) => ({ description: l.d, quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
    };
  },
});

// =====================================================================================
// 16. CZ web hosting renewal — text/html only, windows-1250 base64
F.push({
  name: 'cz-webhosting-faktura',
  build() {
    const ico = chk.cz('2838471');
    const icoB = chk.cz('0618274');
    const seller = { name: 'Vltava Hosting s.r.o.', vatId: 'CZ' + ico, address: 'Křižíkova 148/34, 186 00 Praha 8', email: 'fakturace@vltavahosting.cz' };
    const buyer = { name: 'Cukrárna U Zlatého kohouta s.r.o.', vatId: 'CZ' + icoB, address: 'Masarykovo náměstí 12, 586 01 Jihlava', email: 'objednavky@ukohouta.cz' };
    const lines = [
      { d: 'Webhosting Business – roční předplatné', sub: 'období 1. 12. 2026 – 30. 11. 2027', q: '1', unit: 'ks', u: '2988.00' },
      { d: 'Doména ukohouta.cz – prodloužení o 1 rok', q: '1', unit: 'ks', u: '249.00' },
      { d: 'E-mailová schránka Pro (10 GB)', q: '5', unit: 'ks', u: '360.00' },
      { d: 'Denní zálohování', sub: '12 měsíců', q: '12', unit: 'měs.', u: '49.00' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    const net = sum(lines.map((l) => l.a));
    const vat = pct(net, '21');
    const total = net + vat;
    const k = (c) => fmt(c, ST.sp).replace(/ /g, '&nbsp;');
    const td = 'style="padding:7px 6px;border-bottom:1px solid #e2e6ea;font:13px/18px Tahoma,Arial,sans-serif;color:#20262d;"';
    const tdr = td.replace('style="', 'align="right" style="');
    const html = `<!DOCTYPE html><html lang="cs"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"><title>Faktura 2026110457</title></head>
<body style="margin:0;padding:0;background:#eceff3;">
<div style="display:none;max-height:0;overflow:hidden;">Faktura č. 2026110457 na ${k(total)} Kč, splatnost 30. 11. 2026</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:18px;">
<table width="640" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">
<tr><td style="padding:18px 26px;background:#0a4d8c;"><span style="font:bold 20px Tahoma,Arial;color:#ffffff;">vltava</span><span style="font:20px Tahoma,Arial;color:#9cc7ee;">hosting</span></td></tr>
<tr><td style="padding:20px 26px 4px;font:14px/21px Tahoma,Arial,sans-serif;color:#20262d;">Dobrý den,<br>děkujeme, že jste prodloužili služby u Vltava Hostingu. Níže posíláme fakturu – daňový doklad. Služby jsou již prodlouženy.</td></tr>
<tr><td style="padding:12px 26px;"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="50%" valign="top" style="font:13px/19px Tahoma,Arial,sans-serif;color:#20262d;"><b>Dodavatel</b><br>Vltava Hosting s.r.o.<br>Křižíkova 148/34<br>186 00 Praha 8<br>IČO: ${ico}<br>DIČ: CZ${ico}<br>fakturace@vltavahosting.cz</td>
<td width="50%" valign="top" style="font:13px/19px Tahoma,Arial,sans-serif;color:#20262d;"><b>Odběratel</b><br>Cukrárna U Zlatého kohouta s.r.o.<br>Masarykovo náměstí 12<br>586 01 Jihlava<br>IČO: ${icoB}<br>DIČ: CZ${icoB}<br>objednavky@ukohouta.cz</td>
</tr></table></td></tr>
<tr><td style="padding:4px 26px;"><table width="100%" cellpadding="4" cellspacing="0" style="background:#f3f6f9;font:13px Tahoma,Arial,sans-serif;color:#20262d;">
<tr><td><b>Faktura – daňový doklad č. 2026110457</b></td><td align="right">Číslo objednávky: 884120</td></tr>
<tr><td>Datum vystavení: 16. 11. 2026</td><td align="right">Variabilní symbol: 2026110457</td></tr>
<tr><td>Datum uskutečnění zdanitelného plnění: 15. 11. 2026</td><td align="right">Konstantní symbol: 0308</td></tr>
<tr><td>Datum splatnosti: <b>30. 11. 2026</b></td><td align="right">Forma úhrady: převodem</td></tr>
</table></td></tr>
<tr><td style="padding:12px 26px;"><table width="100%" cellpadding="0" cellspacing="0">
<tr><td ${td}><b>Položka</b></td><td ${tdr}><b>Množství</b></td><td ${tdr}><b>Cena/MJ bez DPH</b></td><td ${tdr}><b>DPH</b></td><td ${tdr}><b>Celkem bez DPH</b></td></tr>
${lines.map((l) => `<tr><td ${td}>${esc(l.d).replace(/–/g, '&ndash;')}${l.sub ? `<br><span style="font-size:11px;color:#6c7680;">${l.sub.replace(/–/g, '&ndash;')}</span>` : ''}</td><td ${tdr}>${l.q}&nbsp;${l.unit}</td><td ${tdr}>${k(cents(l.u))}</td><td ${tdr}>21&nbsp;%</td><td ${tdr}>${k(l.a)}</td></tr>`).join('\n')}
</table></td></tr>
<tr><td style="padding:0 26px;" align="right"><table cellpadding="0" cellspacing="0" width="330">
<tr><td ${td}>Základ daně 21 %</td><td ${tdr}>${k(net)} Kč</td></tr>
<tr><td ${td}>DPH 21 %</td><td ${tdr}>${k(vat)} Kč</td></tr>
<tr><td ${td}>Celkem s DPH</td><td ${tdr}>${k(total)} Kč</td></tr>
<tr><td style="padding:10px 6px;font:bold 16px Tahoma,Arial;color:#0a4d8c;">Celkem k úhradě</td><td align="right" style="padding:10px 6px;font:bold 16px Tahoma,Arial;color:#0a4d8c;">${k(total)}&nbsp;Kč</td></tr>
</table></td></tr>
<tr><td style="padding:14px 26px;font:13px/20px Tahoma,Arial,sans-serif;color:#20262d;">Bankovní účet: 2801447712/2010 (IBAN ${L.groupIban(chk.iban('CZ', '20100000002801447712'))})<br>Fakturu máte zároveň ke stažení v <a href="https://klient.vltavahosting.cz/faktury/2026110457" style="color:#0a4d8c;">zákaznické administraci</a>.<br>Technická podpora: +420 228 555 018 (nonstop)</td></tr>
<tr><td style="padding:12px 26px;background:#f3f6f9;font:10px/15px Tahoma,Arial,sans-serif;color:#7a848e;">Vltava Hosting s.r.o., Křižíkova 148/34, 186 00 Praha 8. Společnost je zapsána v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 283741. Tento e-mail je generován automaticky. <a href="https://klient.vltavahosting.cz/nastaveni/notifikace" style="color:#7a848e;">Nastavení upozornění</a></td></tr>
</table></td></tr></table>
<img src="https://klient.vltavahosting.cz/mail/px/2026110457.gif" width="1" height="1" alt="">
</body></html>`;
    const ent = leaf({ type: 'text/html', charset: 'windows-1250', cte: 'base64', body: html });
    const eml = message([
      ['From', 'Vltava Hosting <fakturace@vltavahosting.cz>'],
      ['To', 'objednavky@ukohouta.cz'],
      ['Subject', ew('Faktura č. 2026110457 – prodloužení služeb', 'windows-1250', 'Q')],
      ['Date', rfcDate(2026, 11, 16, 4, 2, 33, '+0100')],
      ['Message-ID', '<invoice-2026110457@klient.vltavahosting.cz>'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: '2026110457', issueDate: '2026-11-16', dueDate: '2026-11-30', currency: 'CZK', seller, buyer,
        subtotal: net, taxTotal: vat, total, amountDue: total,
        lineItems: lines.map((l) => ({ description: l.sub ? `${l.d} ${l.sub}` : l.d, quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
    };
  },
});

// =====================================================================================
// 17. FI cleaning company — text/plain only, UTF-8 base64, ALV 25,5 %
F.push({
  name: 'fi-siivous-lasku',
  build() {
    const yt = chk.fi('2948173');
    const ytB = chk.fi('3120586');
    const seller = { name: 'Siivouspalvelu Kirkas Oy', vatId: 'FI' + yt.replace('-', ''), address: 'Hämeenkatu 33 B, 33200 Tampere', email: 'laskutus@kirkas-siivous.fi' };
    const buyer = { name: 'Tilitoimisto Pirkanmaan Numero Oy', vatId: null, address: 'Itsenäisyydenkatu 8 A 5, 33100 Tampere', email: null };
    const lines = [
      { d: 'Toimistosiivous sopimuksen mukaan, marraskuu 2026', q: '1', unit: 'kk', u: '640.00' },
      { d: 'Lisätyö: ikkunanpesu 12.11.2026', q: '6.5', unit: 'h', u: '42.00' },
      { d: 'Mattovuokra, vaihto 2 krt/kk', q: '4', unit: 'kpl', u: '18.50' },
      { d: 'Siivoustarvikkeet (WC-paperi, käsipyyhkeet)', q: '1', unit: 'erä', u: '56.80' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    const net = sum(lines.map((l) => l.a));
    const vat = pct(net, '25.5');
    const total = net + vat;
    const ref = chk.fiRef('13587');
    const f = (c) => fmt(c, ST.sp);
    const body = [
      'Hei,',
      '',
      'ohessa marraskuun lasku. Kiitos yhteistyöstä!',
      '',
      'LASKU',
      '',
      'Laskuttaja:',
      'Siivouspalvelu Kirkas Oy',
      'Hämeenkatu 33 B',
      '33200 Tampere',
      `Y-tunnus ${yt}, ALV-rekisteröity`,
      `ALV-numero ${'FI' + yt.replace('-', '')}`,
      '',
      'Asiakas:',
      'Tilitoimisto Pirkanmaan Numero Oy',
      'Itsenäisyydenkatu 8 A 5',
      '33100 Tampere',
      `Y-tunnus ${ytB}`,
      '',
      'Laskun numero:     13587',
      'Laskun päiväys:    30.11.2026',
      'Asiakasnumero:     2207',
      'Viitteenne:        Kalle Lehtonen',
      'Maksuehto:         14 pv netto',
      'Eräpäivä:          14.12.2026',
      'Viivästyskorko:    8 %',
      '',
      padR('Kuvaus', 46) + padL('Määrä', 8) + padL('à-hinta', 10) + padL('Yhteensä', 11),
      '-'.repeat(75),
      ...lines.map((l) => padR(l.d, 46) + padL(fmtDecStr(l.q, ST.sp) + ' ' + l.unit, 8) + padL(f(cents(l.u)), 10) + padL(f(l.a), 11)),
      '-'.repeat(75),
      padR('Veroton yhteensä', 64) + padL(f(net), 11),
      padR('ALV 25,5 %', 64) + padL(f(vat), 11),
      padR('Maksettava yhteensä EUR', 64) + padL(f(total), 11),
      '',
      'Maksutiedot:',
      'Saaja:        Siivouspalvelu Kirkas Oy',
      'Tilinumero:   ' + L.groupIban(chk.iban('FI', '57112000012345')),
      'BIC:          NDEAFIHH',
      'Viitenumero:  ' + ref,
      'Eräpäivä:     14.12.2026',
      `Summa:        ${f(total)} €`,
      '',
      'Huomautusmaksu 5,00 € / muistutus. Viivästyskorko korkolain mukaan.',
      '',
      'Ystävällisin terveisin',
      'Minna Virtanen',
      'Siivouspalvelu Kirkas Oy',
      'puh. 040 555 7312 | laskutus@kirkas-siivous.fi',
      'Kotipaikka Tampere',
    ].join('\n');
    const ent = leaf({ type: 'text/plain', charset: 'utf-8', cte: 'base64', body });
    const eml = message([
      ['From', 'Siivouspalvelu Kirkas Oy <laskutus@kirkas-siivous.fi>'],
      ['To', 'kirjanpito@pirkanmaannumero.fi'],
      ['Subject', ew('Lasku 13587 / marraskuu 2026 - Siivouspalvelu Kirkas', 'utf-8', 'Q')],
      ['Date', rfcDate(2026, 11, 30, 15, 20, 4, '+0200')],
      ['Message-ID', '<lasku13587.1796044804@kirkas-siivous.fi>'],
      ['X-Mailer', 'Netvisor'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: '13587', issueDate: '2026-11-30', dueDate: '2026-12-14', currency: 'EUR', seller, buyer,
        subtotal: net, taxTotal: vat, total, amountDue: total,
        lineItems: lines.map((l) => ({ description: l.d, quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
    };
  },
});

// =====================================================================================
// 18. GR hotel folio / invoice — multipart/alternative, ISO-8859-7 QP, ΦΠΑ 13 % + 24 %,
//     non-VAT climate fee, deposit deducted, dd/mm/yyyy with day and month <= 12
F.push({
  name: 'gr-xenodocheio-timologio',
  build() {
    const afm = chk.gr('80147392');
    const afmB = chk.gr('99628413');
    const seller = { name: 'ΚΑΛΛΙΣΤΗ ΞΕΝΟΔΟΧΕΙΑΚΕΣ ΕΠΙΧΕΙΡΗΣΕΙΣ Α.Ε.', vatId: afm, address: 'Λεωφόρος Ελ. Βενιζέλου 112, 73100 Χανιά', email: 'reception@kallistebay.gr' };
    const buyer = { name: 'ΠΕΛΑΓΟΣ ΝΑΥΤΙΛΙΑΚΗ ΜΟΝΟΠΡΟΣΩΠΗ Ε.Π.Ε.', vatId: afmB, address: 'Ακτή Μιαούλη 47, 18536 Πειραιάς', email: null };
    const lines = [
      { d: 'Διαμονή - Δίκλινο Superior με θέα θάλασσα (08/11 - 12/11/2026)', q: '4', u: '112.00', r: '13' },
      { d: 'Δείπνο εστιατόριο «Θαλασσινό»', q: '1', u: '38.50', r: '13' },
      { d: 'Mini bar', q: '1', u: '14.00', r: '24' },
      { d: 'Πλυντήριο ρούχων', q: '1', u: '12.00', r: '24' },
      { d: 'Τέλος ανθεκτικότητας στην κλιματική κρίση', q: '4', u: '1.50', r: '0' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    const rates = ['13', '24'].map((r) => { const base = sum(lines.filter((l) => l.r === r).map((l) => l.a)); return { r, base, tax: pct(base, r) }; });
    const net = sum(lines.map((l) => l.a));
    const tax = sum(rates.map((x) => x.tax));
    const total = net + tax;
    const dep = cents('150.00');
    const due = total - dep;
    const e = (c) => fmt(c, ST.de) + ' €';
    const plain = [
      'Αγαπητέ κύριε Σταθόπουλε,',
      '',
      'σας ευχαριστούμε για τη διαμονή σας στο Kalliste Bay Hotel. Παρακάτω θα',
      'βρείτε το τιμολόγιο της διαμονής σας, όπως ζητήθηκε, στα στοιχεία της',
      'εταιρείας σας.',
      '',
      'ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ',
      'Αρ. Παραστατικού: ΤΠΥ-4471',
      'Ημερομηνία έκδοσης: 12/11/2026',
      'Folio: 88213 - Δωμάτιο 312 - Άφιξη 08/11/2026 - Αναχώρηση 12/11/2026',
      'Πελάτης (επισκέπτης): Νικόλαος Σταθόπουλος',
      '',
      'Εκδότης:',
      'ΚΑΛΛΙΣΤΗ ΞΕΝΟΔΟΧΕΙΑΚΕΣ ΕΠΙΧΕΙΡΗΣΕΙΣ Α.Ε.',
      '(Kalliste Bay Hotel)',
      'Λεωφόρος Ελ. Βενιζέλου 112',
      '73100 Χανιά',
      `ΑΦΜ: ${afm} - ΔΟΥ: Χανίων`,
      'ΑΡ. ΓΕΜΗ: 158832407000 - ΜΗΤΕ: 1042Κ014Α0123400',
      '',
      'Στοιχεία αντισυμβαλλόμενου:',
      'ΠΕΛΑΓΟΣ ΝΑΥΤΙΛΙΑΚΗ ΜΟΝΟΠΡΟΣΩΠΗ Ε.Π.Ε.',
      'Ακτή Μιαούλη 47',
      '18536 Πειραιάς',
      `ΑΦΜ: ${afmB} - ΔΟΥ: ΦΑΕ Πειραιά`,
      '',
      padR('Περιγραφή', 64) + padL('Ποσ.', 5) + padL('Τιμή', 8) + padL('ΦΠΑ', 5) + padL('Αξία', 9),
      ...lines.map((l) => padR(l.d, 64) + padL(l.q, 5) + padL(fmt(cents(l.u), ST.de), 8) + padL(l.r + '%', 5) + padL(fmt(l.a, ST.de), 9)),
      '',
      padR('Αξία υποκείμενη σε ΦΠΑ', 82) + padL(e(net - lines[4].a), 11),
      padR('Τέλος κλιματικής κρίσης (εκτός ΦΠΑ)', 82) + padL(e(lines[4].a), 11),
      padR('Σύνολο καθαρής αξίας', 82) + padL(e(net), 11),
      ...rates.map((x) => padR(`ΦΠΑ ${x.r}% (επί ${fmt(x.base, ST.de)})`, 82) + padL(e(x.tax), 11)),
      padR('Σύνολο', 82) + padL(e(total), 11),
      padR('Προκαταβολή 23/10/2026 (Visa ****4417)', 82) + padL('-' + e(dep), 11),
      padR('Υπόλοιπο προς πληρωμή', 82) + padL(e(due), 11),
      '',
      'Τρόπος πληρωμής: Επί πιστώσει - Ημερομηνία λήξης πληρωμής: 12/12/2026',
      'IBAN: ' + L.groupIban(chk.iban('GR', '01107620000076200123456')) + ' (Εθνική Τράπεζα)',
      'ΜΑΡΚ: 400001958234117 - Πάροχος ηλεκτρονικής τιμολόγησης: InvoPlus Α.Ε.',
      '',
      'Με εκτίμηση,',
      'Ελένη Μαρκάκη, Reception Manager',
      'Kalliste Bay Hotel - +30 28210 55 410 - reception@kallistebay.gr',
    ].join('\n');
    const td = 'style="padding:6px 6px;border-bottom:1px solid #e0e6ea;font:13px/18px Arial,sans-serif;color:#1b2b34;"';
    const tdr = td.replace('style="', 'align="right" style="');
    const tr2 = (k, v, b) => `<tr><td ${td}>${b ? '<b>' + k + '</b>' : k}</td><td ${tdr}>${b ? '<b>' + v + '</b>' : v}</td></tr>`;
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7"></head>
<body style="margin:0;background:#f1f5f7;">
<div style="display:none;max-height:0;overflow:hidden;">Τιμολόγιο ΤΠΥ-4471 - Kalliste Bay Hotel - υπόλοιπο ${e(due)}</div>
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="680" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:20px 26px;background:#0f5c73;font:bold 20px Georgia,serif;color:#ffffff;letter-spacing:1px;">KALLISTE BAY HOTEL <span style="font:12px Arial;color:#bfe1ea;">Chania &middot; Crete</span></td></tr>
<tr><td style="padding:18px 26px 6px;font:14px/21px Arial,sans-serif;color:#1b2b34;">Αγαπητέ κύριε Σταθόπουλε,<br>σας ευχαριστούμε για τη διαμονή σας στο Kalliste Bay Hotel. Παρακάτω θα βρείτε το τιμολόγιο της διαμονής σας, όπως ζητήθηκε, στα στοιχεία της εταιρείας σας.</td></tr>
<tr><td style="padding:10px 26px;"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td valign="top" width="50%" style="font:12px/18px Arial,sans-serif;color:#1b2b34;"><b>Εκδότης</b><br>ΚΑΛΛΙΣΤΗ ΞΕΝΟΔΟΧΕΙΑΚΕΣ ΕΠΙΧΕΙΡΗΣΕΙΣ Α.Ε.<br>(Kalliste Bay Hotel)<br>Λεωφόρος Ελ. Βενιζέλου 112<br>73100 Χανιά<br>ΑΦΜ: ${afm} &middot; ΔΟΥ: Χανίων<br>ΑΡ. ΓΕΜΗ: 158832407000<br>ΜΗΤΕ: 1042Κ014Α0123400</td>
<td valign="top" width="50%" style="font:12px/18px Arial,sans-serif;color:#1b2b34;"><b>Στοιχεία αντισυμβαλλόμενου</b><br>ΠΕΛΑΓΟΣ ΝΑΥΤΙΛΙΑΚΗ ΜΟΝΟΠΡΟΣΩΠΗ Ε.Π.Ε.<br>Ακτή Μιαούλη 47<br>18536 Πειραιάς<br>ΑΦΜ: ${afmB} &middot; ΔΟΥ: ΦΑΕ Πειραιά</td>
</tr></table></td></tr>
<tr><td style="padding:8px 26px;font:13px/19px Arial,sans-serif;color:#1b2b34;background:#f6fafb;"><b>ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ</b> &middot; Αρ. Παραστατικού: <b>ΤΠΥ-4471</b> &middot; Ημερομηνία έκδοσης: 12/11/2026<br>Folio: 88213 &middot; Δωμάτιο 312 &middot; Άφιξη 08/11/2026 &middot; Αναχώρηση 12/11/2026 &middot; Επισκέπτης: Νικόλαος Σταθόπουλος</td></tr>
<tr><td style="padding:10px 26px;"><table width="100%" cellpadding="0" cellspacing="0">
<tr style="background:#0f5c73;"><td style="padding:6px;font:bold 12px Arial;color:#fff;">Περιγραφή</td><td align="right" style="padding:6px;font:bold 12px Arial;color:#fff;">Ποσ.</td><td align="right" style="padding:6px;font:bold 12px Arial;color:#fff;">Τιμή</td><td align="right" style="padding:6px;font:bold 12px Arial;color:#fff;">ΦΠΑ</td><td align="right" style="padding:6px;font:bold 12px Arial;color:#fff;">Αξία</td></tr>
${lines.map((l) => `<tr><td ${td}>${esc(l.d)}</td><td ${tdr}>${l.q}</td><td ${tdr}>${fmt(cents(l.u), ST.de)}</td><td ${tdr}>${l.r}%</td><td ${tdr}>${fmt(l.a, ST.de)}</td></tr>`).join('\n')}
</table></td></tr>
<tr><td style="padding:0 26px;" align="right"><table width="380" cellpadding="0" cellspacing="0">
${tr2('Αξία υποκείμενη σε ΦΠΑ', e(net - lines[4].a))}
${tr2('Τέλος κλιματικής κρίσης (εκτός ΦΠΑ)', e(lines[4].a))}
${tr2('Σύνολο καθαρής αξίας', e(net))}
${rates.map((x) => tr2(`ΦΠΑ ${x.r}% (επί ${fmt(x.base, ST.de)})`, e(x.tax))).join('\n')}
${tr2('Σύνολο', e(total), true)}
${tr2('Προκαταβολή 23/10/2026 (Visa ****4417)', '-' + e(dep))}
${tr2('Υπόλοιπο προς πληρωμή', e(due), true)}
</table></td></tr>
<tr><td style="padding:14px 26px;font:13px/19px Arial,sans-serif;color:#1b2b34;">Τρόπος πληρωμής: Επί πιστώσει &middot; Ημερομηνία λήξης πληρωμής: 12/12/2026<br>IBAN: ${L.groupIban(chk.iban('GR', '01107620000076200123456'))} (Εθνική Τράπεζα)<br><span style="font-size:11px;color:#6d7f88;">ΜΑΡΚ: 400001958234117 &middot; Πάροχος ηλεκτρονικής τιμολόγησης: InvoPlus Α.Ε.</span><br><br>Με εκτίμηση,<br>Ελένη Μαρκάκη, Reception Manager</td></tr>
<tr><td style="padding:12px 26px;background:#f1f5f7;font:11px/16px Arial,sans-serif;color:#6d7f88;">Kalliste Bay Hotel &middot; +30 28210 55 410 &middot; reception@kallistebay.gr &middot; <a href="https://kallistebay.gr/review?f=88213" style="color:#0f5c73;">Αξιολογήστε τη διαμονή σας</a></td></tr>
</table></td></tr></table></body></html>`;
    const ent = multi('alternative', [
      leaf({ type: 'text/plain', charset: 'iso-8859-7', cte: 'quoted-printable', body: plain }),
      leaf({ type: 'text/html', charset: 'iso-8859-7', cte: 'quoted-printable', body: html }),
    ], 'alt');
    const eml = message([
      ['From', 'Kalliste Bay Hotel <reception@kallistebay.gr>'],
      ['To', ew('Νικόλαος Σταθόπουλος', 'iso-8859-7', 'B') + ' <n.stathopoulos@pelagos-shipping.gr>'],
      ['Subject', ew('Τιμολόγιο ΤΠΥ-4471 - Kalliste Bay Hotel', 'iso-8859-7', 'B')],
      ['Date', rfcDate(2026, 11, 13, 9, 2, 17, '+0200')],
      ['Message-ID', '<folio88213.tpy4471@pms.kallistebay.gr>'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: 'ΤΠΥ-4471', issueDate: '2026-11-12', dueDate: '2026-12-12', currency: 'EUR', seller, buyer,
        subtotal: net, taxTotal: tax, total, amountDue: due,
        lineItems: lines.map((l) => ({ description: l.d, quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
    };
  },
});

module.exports = F;
