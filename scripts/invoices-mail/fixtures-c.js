'use strict';
const L = require('./lib');
const { mul, pct, vatOfGross, sum, cents, fmt, fmtDecStr, ST, chk, leaf, multi, message, ew, rfcDate, padR, padL, dots, esc, expected } = L;
const F = [];

// =====================================================================================
// 8. FR caterer — multipart/alternative, ISO-8859-15 base64, TVA 10 % + 20 %, NBSP thousands
F.push({
  name: 'fr-traiteur-facture',
  build() {
    const siren = chk.frSiren('84217365');
    const tva = 'FR' + chk.frKey(siren) + siren;
    const sirenB = chk.frSiren('51293847');
    const tvaB = 'FR' + chk.frKey(sirenB) + sirenB;
    const seller = { name: 'Les Tables de Margaux SARL', vatId: tva, address: '18 rue des Capucins, 69001 Lyon', email: 'contact@tables-margaux.fr' };
    const buyer = { name: 'Atelier Brunet Architectes SAS', vatId: tvaB, address: '42 quai Saint-Vincent, 69001 Lyon', email: 'compta@brunet-architectes.fr' };
    const lines = [
      { d: 'Cocktail dînatoire : 12 pièces salées et 4 sucrées par personne', q: '45', u: '32.00', r: '10' },
      { d: 'Boissons sans alcool (jus de fruits, eaux, sodas)', q: '45', u: '4.50', r: '10' },
      { d: 'Champagne brut, bouteille 75 cl', q: '12', u: '38.00', r: '20' },
      { d: 'Vin rouge Côtes-du-Rhône, bouteille 75 cl', q: '10', u: '14.50', r: '20' },
      { d: "Maître d'hôtel et serveurs (heures)", q: '16', u: '35.00', r: '10' },
      { d: 'Location de vaisselle, verrerie et nappage', q: '1', u: '180.00', r: '20' },
      { d: 'Livraison et installation sur site', q: '1', u: '60.00', r: '10' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    const rates = ['10', '20'].map((r) => { const base = sum(lines.filter((l) => l.r === r).map((l) => l.a)); return { r, base, tax: pct(base, r) }; });
    const net = sum(rates.map((x) => x.base));
    const tax = sum(rates.map((x) => x.tax));
    const total = net + tax;
    const e = (c) => fmt(c, ST.nbsp) + '\u00a0€';
    const plain = [
      'Madame, Monsieur,',
      '',
      'Suite à la réception du 14 novembre, veuillez trouver ci-dessous notre',
      'facture. Nous vous remercions de votre confiance.',
      '',
      'LES TABLES DE MARGAUX - Traiteur & réceptions',
      'Les Tables de Margaux SARL',
      '18 rue des Capucins',
      '69001 Lyon',
      'Tél. 04 78 55 12 90 - contact@tables-margaux.fr',
      '',
      'Client :',
      'Atelier Brunet Architectes SAS',
      '42 quai Saint-Vincent',
      '69001 Lyon',
      `N° TVA : ${tvaB}`,
      'compta@brunet-architectes.fr',
      '',
      'FACTURE N° F2026-0318',
      'Date de facture : 19 novembre 2026',
      'Date de la prestation : 14 novembre 2026',
      'Réf. devis : D2026-0291 du 2 octobre 2026 - Code client : CL-0457',
      '',
      padR('Désignation', 44) + padL('Qté', 4) + padL('P.U. HT', 10) + padL('TVA', 5) + padL('Total HT', 12),
      ...lines.map((l) => {
        const d = l.d.length > 43 ? [l.d.slice(0, l.d.lastIndexOf(' ', 43)), l.d.slice(l.d.lastIndexOf(' ', 43) + 1)] : [l.d];
        return [padR(d[0], 44) + padL(l.q, 4) + padL(e(cents(l.u)), 10) + padL(l.r + '%', 5) + padL(e(l.a), 12), ...d.slice(1).map((x) => '  ' + x)].join('\n');
      }),
      '',
      padR('Total HT', 63) + padL(e(net), 12),
      ...rates.map((x) => padR(`TVA ${x.r} % (base ${fmt(x.base, ST.nbsp)})`, 63) + padL(e(x.tax), 12)),
      padR('Total TVA', 63) + padL(e(tax), 12),
      padR('Total TTC', 63) + padL(e(total), 12),
      padR('NET À PAYER', 63) + padL(e(total), 12),
      '',
      'Échéance : 30 jours date de facture, soit le 19 décembre 2026.',
      'Règlement par virement : IBAN ' + L.groupIban(chk.iban('FR', '30004008210001234567834')) + ' - BIC BNPAFRPPLYO',
      "Pas d'escompte pour paiement anticipé. En cas de retard, pénalités au taux",
      "de 3 fois le taux d'intérêt légal et indemnité forfaitaire pour frais de",
      'recouvrement de 40 €.',
      '',
      'Les Tables de Margaux SARL au capital de 8 000 € - RCS Lyon 842 173 650',
      `SIRET ${siren}00027 - APE 5621Z - TVA intracommunautaire ${tva}`,
    ].join('\n');
    const td = 'style="padding:8px 6px;border-bottom:1px solid #eadfce;font:13px/18px Georgia,\'Times New Roman\',serif;color:#3a2e22;"';
    const tdr = td.replace('style="', 'align="right" style="');
    const h = (c) => fmt(c, ST.nbsp).replace(/\u00a0/g, '&nbsp;') + '&nbsp;&euro;';
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>
<body style="margin:0;padding:0;background:#f8f4ee;">
<span style="display:none;font-size:0;line-height:0;max-height:0;opacity:0;">Facture F2026-0318 &ndash; r&eacute;ception du 14 novembre &ndash; ${h(total)}</span>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f8f4ee"><tr><td align="center" style="padding:24px 0;">
<table width="640" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="padding:28px 32px 10px;"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td style="font:italic 26px Georgia,serif;color:#8a5a2b;">Les Tables de Margaux</td>
<td align="right" style="font:11px/16px Arial,sans-serif;color:#7d6a55;">Traiteur &amp; r&eacute;ceptions<br>18 rue des Capucins<br>69001 Lyon<br>T&eacute;l. 04 78 55 12 90<br>contact@tables-margaux.fr</td></tr></table></td></tr>
<tr><td style="padding:8px 32px;font:14px/21px Georgia,serif;color:#3a2e22;">Madame, Monsieur,<br>Suite &agrave; la r&eacute;ception du 14 novembre, veuillez trouver ci-dessous notre facture. Nous vous remercions de votre confiance.</td></tr>
<tr><td style="padding:12px 32px;"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td valign="top" style="font:13px/19px Georgia,serif;color:#3a2e22;"><b>FACTURE N&deg; F2026-0318</b><br>Date de facture&nbsp;: 19 novembre 2026<br>Date de la prestation&nbsp;: 14 novembre 2026<br>R&eacute;f. devis&nbsp;: D2026-0291 du 2 octobre 2026<br>Code client&nbsp;: CL-0457</td>
<td valign="top" style="font:13px/19px Georgia,serif;color:#3a2e22;border-left:3px solid #8a5a2b;padding-left:12px;"><span style="color:#7d6a55;">Client</span><br><b>Atelier Brunet Architectes SAS</b><br>42 quai Saint-Vincent<br>69001 Lyon<br>N&deg; TVA&nbsp;: ${tvaB}<br>compta@brunet-architectes.fr</td>
</tr></table></td></tr>
<tr><td style="padding:8px 32px;"><table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr style="background:#8a5a2b;"><td style="padding:7px 6px;font:bold 12px Arial;color:#fff;">D&eacute;signation</td><td align="right" style="padding:7px 6px;font:bold 12px Arial;color:#fff;">Qt&eacute;</td><td align="right" style="padding:7px 6px;font:bold 12px Arial;color:#fff;">P.U. HT</td><td align="right" style="padding:7px 6px;font:bold 12px Arial;color:#fff;">TVA</td><td align="right" style="padding:7px 6px;font:bold 12px Arial;color:#fff;">Total HT</td></tr>
${lines.map((l) => `<tr><td ${td}>${esc(l.d)}</td><td ${tdr}>${l.q}</td><td ${tdr}>${h(cents(l.u))}</td><td ${tdr}>${l.r}&nbsp;%</td><td ${tdr}>${h(l.a)}</td></tr>`).join('\n')}
</table></td></tr>
<tr><td style="padding:8px 32px;" align="right"><table cellpadding="0" cellspacing="0" border="0" width="320">
<tr><td ${td}>Total HT</td><td ${tdr}>${h(net)}</td></tr>
${rates.map((x) => `<tr><td ${td}>TVA ${x.r}&nbsp;% (base ${fmt(x.base, ST.nbsp).replace(/\u00a0/g, '&nbsp;')})</td><td ${tdr}>${h(x.tax)}</td></tr>`).join('\n')}
<tr><td ${td}>Total TVA</td><td ${tdr}>${h(tax)}</td></tr>
<tr><td ${td}><b>Total TTC</b></td><td ${tdr}><b>${h(total)}</b></td></tr>
<tr><td style="padding:10px 6px;background:#f3e9dc;font:bold 15px Georgia,serif;color:#3a2e22;">NET &Agrave; PAYER</td><td align="right" style="padding:10px 6px;background:#f3e9dc;font:bold 15px Georgia,serif;color:#3a2e22;">${h(total)}</td></tr>
</table></td></tr>
<tr><td style="padding:12px 32px;font:13px/19px Georgia,serif;color:#3a2e22;">&Eacute;ch&eacute;ance&nbsp;: 30 jours date de facture, soit le 19 d&eacute;cembre 2026.<br>R&egrave;glement par virement&nbsp;: IBAN ${L.groupIban(chk.iban('FR', '30004008210001234567834'))} &ndash; BIC BNPAFRPPLYO<br><br>
<a href="https://www.tables-margaux.fr/avis" style="color:#8a5a2b;">Donnez-nous votre avis sur la r&eacute;ception &rarr;</a></td></tr>
<tr><td style="padding:14px 32px;background:#f3e9dc;font:10px/15px Arial,sans-serif;color:#7d6a55;">Pas d'escompte pour paiement anticip&eacute;. En cas de retard, p&eacute;nalit&eacute;s au taux de 3 fois le taux d'int&eacute;r&ecirc;t l&eacute;gal et indemnit&eacute; forfaitaire pour frais de recouvrement de 40&nbsp;&euro;.<br>Les Tables de Margaux SARL au capital de 8&nbsp;000&nbsp;&euro; &middot; RCS Lyon 842 173 650 &middot; SIRET ${siren}00027 &middot; APE 5621Z &middot; TVA intracommunautaire ${tva}</td></tr>
</table></td></tr></table></body></html>`;
    const ent = multi('alternative', [
      leaf({ type: 'text/plain', charset: 'iso-8859-15', cte: 'base64', body: plain }),
      leaf({ type: 'text/html', charset: 'iso-8859-15', cte: 'base64', body: html }),
    ], 'alt');
    const eml = message([
      ['From', 'Les Tables de Margaux <contact@tables-margaux.fr>'],
      ['To', 'Atelier Brunet Architectes <compta@brunet-architectes.fr>'],
      ['Cc', 'c.brunet@brunet-architectes.fr'],
      ['Subject', ew('Facture F2026-0318 - Réception du 14 novembre', 'iso-8859-15', 'Q')],
      ['Date', rfcDate(2026, 11, 20, 9, 41, 3, '+0100')],
      ['Message-ID', '<5f3e1c9a.F2026-0318@tables-margaux.fr>'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: 'F2026-0318', issueDate: '2026-11-19', dueDate: '2026-12-19', currency: 'EUR', seller, buyer,
        subtotal: net, taxTotal: tax, total, amountDue: total,
        lineItems: lines.map((l) => ({ description: l.d, quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
    };
  },
});

// =====================================================================================
// 9. BE freelancer invoice typed in the mail body, forwarded ("TR:") with "> " quoting
F.push({
  name: 'be-freelance-tr-forward-quoted',
  build() {
    const n = chk.be('07123456');
    const tva = `BE ${n.slice(0, 4)}.${n.slice(4, 7)}.${n.slice(7)}`;
    const nb = chk.be('08461279');
    const tvaB = `BE ${nb.slice(0, 4)}.${nb.slice(4, 7)}.${nb.slice(7)}`;
    const seller = { name: 'Thomas Verhaegen', vatId: tva, address: 'Rue de la Station 42, 1300 Wavre, Belgique', email: 'thomas@verhaegen.dev' };
    const buyer = { name: 'Lambert & Associés SRL', vatId: tvaB, address: 'Avenue Louise 231, 1050 Bruxelles', email: null };
    const lines = [
      { d: 'Refonte du site vitrine (forfait)', q: '1', unit: '', u: '2400.00' },
      { d: 'Intégration du module de prise de rendez-vous', q: '12', unit: ' h', u: '65.00' },
      { d: 'Hébergement et maintenance, 1er trimestre 2027', q: '1', unit: '', u: '150.00' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    const net = sum(lines.map((l) => l.a));
    const vat = pct(net, '21');
    const total = net + vat;
    const e = (c) => fmt(c, ST.de) + ' €';
    const ogm = chk.beOgm('2611048375');
    const orig = [
      'Bonjour Sophie,',
      '',
      'Comme convenu, voici ma facture pour la refonte du site. Le nouveau site',
      'est en ligne depuis lundi, n\'hésite pas si tu vois encore un détail.',
      '',
      'FACTURE N° 2026-027',
      'Date : 13/11/2026',
      'Échéance : 13/12/2026',
      '',
      'De :',
      'Thomas Verhaegen',
      'Rue de la Station 42',
      '1300 Wavre, Belgique',
      `TVA : ${tva}`,
      'thomas@verhaegen.dev - 0477 55 62 18',
      '',
      'Pour :',
      'Lambert & Associés SRL',
      'Avenue Louise 231',
      '1050 Bruxelles',
      `TVA : ${tvaB}`,
      'Votre référence : bon de commande LA-2026-044',
      '',
      'Prestations :',
      ...lines.map((l) => `- ${l.d} : ${l.q}${l.unit} x ${e(cents(l.u))} = ${e(l.a)}`),
      '',
      `Total HTVA : ${e(net)}`,
      `TVA 21 % : ${e(vat)}`,
      `Total TVAC : ${e(total)}`,
      '',
      `Montant à payer : ${e(total)}`,
      'sur le compte ' + L.groupIban(chk.iban('BE', '068900018876')) + ' (BIC GKCCBEBB)',
      `avec la communication structurée ${ogm}`,
      '',
      'Merci et bonne fin de semaine !',
      'Thomas',
      '',
      '--',
      'Thomas Verhaegen - Développement web',
      'https://verhaegen.dev',
    ];
    const plain = [
      'Coucou Marc,',
      '',
      'Voici la facture de Thomas pour le nouveau site. Tu peux la payer avant',
      'le 10 décembre ? Je l\'ai déjà validée. Merci !',
      '',
      'Sophie',
      '',
      '-- ',
      'Sophie Lambert',
      'Lambert & Associés - Avocats',
      '+32 2 555 47 10',
      '',
      '> -------- Message transféré --------',
      '> Sujet : Facture 2026-027 - Refonte du site',
      '> Date : Fri, 13 Nov 2026 18:22:05 +0100',
      '> De : Thomas Verhaegen <thomas@verhaegen.dev>',
      '> Pour : Sophie Lambert <s.lambert@lambert-associes.be>',
      '>',
      ...orig.map((x) => (x ? '> ' + x : '>')),
    ].join('\n');
    const ent = leaf({ type: 'text/plain', charset: 'utf-8', cte: 'quoted-printable', body: plain, extra: [['Content-Disposition', 'inline']] });
    const eml = message([
      ['From', 'Sophie Lambert <s.lambert@lambert-associes.be>'],
      ['To', 'Marc Dumont <compta@lambert-associes.be>'],
      ['Subject', 'TR: Facture 2026-027 - Refonte du site'],
      ['Date', rfcDate(2026, 11, 24, 11, 3, 48, '+0100')],
      ['Message-ID', '<8a2d4c6e-1f3b-4a5c-9d7e-0b1a2c3d4e5f@lambert-associes.be>'],
      ['In-Reply-To', '<CAF0xT8v2026027.verhaegen@mail.verhaegen.dev>'],
      ['References', '<CAF0xT8v2026027.verhaegen@mail.verhaegen.dev>'],
      ['User-Agent', 'Mozilla Thunderbird'],
      ['Content-Language', 'fr-BE'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: '2026-027', issueDate: '2026-11-13', dueDate: '2026-12-13', currency: 'EUR', seller, buyer,
        subtotal: net, taxTotal: vat, total, amountDue: total,
        lineItems: lines.map((l) => ({ description: l.d, quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
    };
  },
});

// =====================================================================================
// 10. ES wholesale food supplier — multipart/alternative (short plain summary + full HTML),
//     windows-1252 QP, 12 lines, per-line discount %, IVA 4 / 10 / 21 %
F.push({
  name: 'es-mayorista-12-lineas',
  build() {
    const cif = chk.esCif('B', '2975413');
    const cifB = chk.esCif('B', '9308147');
    const seller = { name: 'Distribuciones Alimentarias Guadalmedina, S.L.', vatId: cif, address: 'Polígono Industrial El Viso, C/ Escritor Lucas Roca 12, 29006 Málaga', email: 'facturacion@dagsl.es' };
    const buyer = { name: 'Hostelería Caleta, S.L.', vatId: cifB, address: 'Paseo Marítimo El Pedregal 58, 29017 Málaga', email: 'pedidos@lacaleta-malaga.es' };
    const lines = [
      { code: 'AC0051', d: 'Aceite de oliva virgen extra garrafa 5 L', q: '6', u: '38.90', dto: 5, r: '4' },
      { code: 'HA0025', d: 'Harina de trigo T-55 saco 25 kg', q: '2', u: '17.40', dto: 0, r: '4' },
      { code: 'HU0030', d: 'Huevos camperos L bandeja 30 uds', q: '8', u: '7.85', dto: 0, r: '4' },
      { code: 'QM0300', d: 'Queso manchego curado pieza 3 kg', q: '2', u: '41.20', dto: 3, r: '4' },
      { code: 'AT1000', d: 'Atún claro en aceite de oliva lata 1 kg', q: '10', u: '9.35', dto: 5, r: '10' },
      { code: 'JS0700', d: 'Jamón serrano reserva deshuesado', q: '2', u: '62.00', dto: 0, r: '10' },
      { code: 'AG1506', d: 'Agua mineral 1,5 L pack 6', q: '20', u: '2.10', dto: 0, r: '10' },
      { code: 'CB3000', d: 'Cerveza barril 30 L', q: '3', u: '89.50', dto: 2, r: '21' },
      { code: 'VT0606', d: 'Vino tinto crianza D.O.Ca. Rioja caja 6', q: '4', u: '34.80', dto: 5, r: '21' },
      { code: 'SV2400', d: 'Servilletas papel 30x30 caja 2400', q: '2', u: '18.60', dto: 0, r: '21' },
      { code: 'DL1000', d: 'Detergente lavavajillas industrial 10 L', q: '3', u: '22.75', dto: 10, r: '21' },
      { code: 'PORTE', d: 'Portes entrega en local', q: '1', u: '12.00', dto: 0, r: '21' },
    ].map((l) => { const g = mul(l.q, l.u); return { ...l, a: l.dto ? pct(g, String(100 - l.dto)) : g }; });
    const rates = ['4', '10', '21'].map((r) => { const base = sum(lines.filter((l) => l.r === r).map((l) => l.a)); return { r, base, tax: pct(base, r) }; });
    const net = sum(rates.map((x) => x.base));
    const tax = sum(rates.map((x) => x.tax));
    const total = net + tax;
    const e = (c) => fmt(c, ST.de);
    const plain = [
      'Estimado cliente:',
      '',
      'Le remitimos la factura FV-2026-004187 correspondiente al albarán',
      'A26-11842. Si su programa de correo no muestra el formato HTML, puede',
      'descargarla en https://clientes.dagsl.es/facturas/FV-2026-004187',
      '',
      'Fecha de factura: 12/11/2026',
      `Total factura: ${e(total)} EUR`,
      'Vencimiento: 12/12/2026 (transferencia bancaria)',
      '',
      'Un saludo,',
      'Departamento de Administración',
      'Distribuciones Alimentarias Guadalmedina, S.L.',
      'Tel. 952 55 30 18',
    ].join('\n');
    const th = 'style="padding:6px 4px;background:#1d4e89;color:#ffffff;font:bold 11px Arial,Helvetica,sans-serif;"';
    const thr = th.replace('style="', 'align="right" style="');
    const td = 'style="padding:5px 4px;border-bottom:1px solid #d8e1ec;font:12px Arial,Helvetica,sans-serif;color:#1f2a36;"';
    const tdr = td.replace('style="', 'align="right" style="');
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252" /><title>Factura FV-2026-004187</title></head>
<body style="margin:0;padding:0;background-color:#eef2f7;">
<div style="display:none;max-height:0px;overflow:hidden;">Factura FV-2026-004187 &middot; Total ${e(total)} &euro; &middot; Vencimiento 12/12/2026</div>
<table width="100%" border="0" cellspacing="0" cellpadding="0" style="background-color:#eef2f7;"><tr><td align="center" style="padding:16px;">
<table width="700" border="0" cellspacing="0" cellpadding="0" style="background-color:#ffffff;border:1px solid #c9d5e3;">
<tr><td style="padding:18px 20px;border-bottom:4px solid #1d4e89;">
 <table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
 <td valign="top" style="font:bold 18px Arial,Helvetica,sans-serif;color:#1d4e89;">Distribuciones Alimentarias Guadalmedina, S.L.<br /><span style="font:12px Arial,Helvetica,sans-serif;color:#4a5a6b;line-height:17px;">Polígono Industrial El Viso, C/ Escritor Lucas Roca 12<br />29006 Málaga<br />CIF: ${cif}<br />Tel. 952 55 30 18 &middot; facturacion@dagsl.es</span></td>
 <td valign="top" align="right"><table border="0" cellspacing="0" cellpadding="3" style="border:1px solid #1d4e89;">
  <tr><td colspan="2" align="center" style="font:bold 16px Arial,Helvetica,sans-serif;color:#ffffff;background:#1d4e89;padding:6px 14px;">FACTURA</td></tr>
  <tr><td style="font:12px Arial;color:#4a5a6b;">Nº Factura:</td><td style="font:bold 12px Arial;">FV-2026-004187</td></tr>
  <tr><td style="font:12px Arial;color:#4a5a6b;">Fecha:</td><td style="font:12px Arial;">12/11/2026</td></tr>
  <tr><td style="font:12px Arial;color:#4a5a6b;">Albarán:</td><td style="font:12px Arial;">A26-11842</td></tr>
  <tr><td style="font:12px Arial;color:#4a5a6b;">Pedido:</td><td style="font:12px Arial;">P-88213</td></tr>
  <tr><td style="font:12px Arial;color:#4a5a6b;">Cód. cliente:</td><td style="font:12px Arial;">4310</td></tr>
 </table></td></tr></table>
</td></tr>
<tr><td style="padding:14px 20px;">
 <table width="60%" border="0" cellspacing="0" cellpadding="8" style="border:1px solid #c9d5e3;"><tr><td style="font:12px/17px Arial,Helvetica,sans-serif;color:#1f2a36;"><span style="color:#4a5a6b;">Cliente:</span><br /><b>Hostelería Caleta, S.L.</b> (Bar La Caleta)<br />Paseo Marítimo El Pedregal 58<br />29017 Málaga<br />CIF: ${cifB}<br />pedidos@lacaleta-malaga.es</td></tr></table>
</td></tr>
<tr><td style="padding:0 20px;">
 <table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td ${th}>Código</td><td ${th}>Descripción</td><td ${thr}>Cant.</td><td ${thr}>Precio</td><td ${thr}>Dto.%</td><td ${thr}>IVA%</td><td ${thr}>Importe</td></tr>
${lines.map((l) => `<tr><td ${td}>${l.code}</td><td ${td}>${esc(l.d)}</td><td ${tdr}>${l.q}</td><td ${tdr}>${e(cents(l.u))}</td><td ${tdr}>${l.dto ? fmtDecStr(String(l.dto), ST.de, 2) : ''}</td><td ${tdr}>${l.r}</td><td ${tdr}>${e(l.a)}</td></tr>`).join('\n')}
 </table>
</td></tr>
<tr><td style="padding:14px 20px;">
 <table border="0" cellspacing="0" cellpadding="0" align="right" style="border:1px solid #c9d5e3;">
 <tr><td ${thr}>Base imponible</td><td ${thr}>% IVA</td><td ${thr}>Cuota IVA</td></tr>
${rates.map((x) => `<tr><td ${tdr}>${e(x.base)}</td><td ${tdr}>${x.r},00</td><td ${tdr}>${e(x.tax)}</td></tr>`).join('\n')}
 <tr><td ${tdr}><b>${e(net)}</b></td><td ${tdr}></td><td ${tdr}><b>${e(tax)}</b></td></tr>
 <tr><td colspan="2" align="right" style="padding:8px 6px;font:bold 15px Arial,Helvetica,sans-serif;color:#1d4e89;">TOTAL FACTURA</td><td align="right" style="padding:8px 6px;font:bold 15px Arial,Helvetica,sans-serif;color:#1d4e89;">${e(total)} &euro;</td></tr>
 </table>
</td></tr>
<tr><td style="padding:4px 20px 14px;font:12px/18px Arial,Helvetica,sans-serif;color:#1f2a36;">Forma de pago: transferencia a 30 días &middot; Vencimiento: 12/12/2026<br />IBAN ${L.groupIban(chk.iban('ES', '01824411590201234567'))} (CaixaBank)<br />
<a href="https://clientes.dagsl.es/facturas/FV-2026-004187" style="display:inline-block;margin-top:8px;padding:8px 16px;background:#e07a1f;color:#ffffff;font:bold 13px Arial;text-decoration:none;border-radius:3px;">Descargar factura (PDF)</a></td></tr>
<tr><td style="padding:12px 20px;background:#f4f7fa;font:10px/14px Arial,Helvetica,sans-serif;color:#6b7b8c;">Inscrita en el Registro Mercantil de Málaga, Tomo 4821, Libro 3730, Folio 112, Hoja MA-10933, Inscripción 1ª. Capital social 60.000,00 &euro;.<br />De conformidad con el Reglamento (UE) 2016/679, le informamos de que sus datos se tratan con la finalidad de gestionar la relación comercial. Puede ejercer sus derechos en protecciondedatos@dagsl.es. Si no desea recibir comunicaciones comerciales, <a href="https://clientes.dagsl.es/baja?c=4310" style="color:#6b7b8c;">pulse aquí</a>.</td></tr>
</table></td></tr></table>
<img src="https://clientes.dagsl.es/t/o.gif?f=FV-2026-004187&amp;c=4310" width="1" height="1" border="0" alt="" />
</body></html>`;
    const ent = multi('alternative', [
      leaf({ type: 'text/plain', charset: 'windows-1252', cte: 'quoted-printable', body: plain }),
      leaf({ type: 'text/html', charset: 'windows-1252', cte: 'quoted-printable', body: html }),
    ], 'alt');
    const eml = message([
      ['From', '"Administración DAG" <facturacion@dagsl.es>'.replace('"Administración DAG"', ew('Administración DAG', 'windows-1252', 'Q'))],
      ['To', 'pedidos@lacaleta-malaga.es'],
      ['Subject', ew('Factura FV-2026-004187 - Albarán A26-11842', 'windows-1252', 'Q')],
      ['Date', rfcDate(2026, 11, 13, 7, 58, 19, '+0100')],
      ['Message-ID', '<ERP.FV2026004187.20261113075819@dagsl.es>'],
      ['X-Mailer', 'a3ERP Mailer 14.2'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: 'FV-2026-004187', issueDate: '2026-11-12', dueDate: '2026-12-12', currency: 'EUR', seller, buyer,
        subtotal: net, taxTotal: tax, total, amountDue: null,
        lineItems: lines.map((l) => ({ description: l.d, quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
      notes: { lineDiscount: true },
    };
  },
});

// =====================================================================================
// 11. IT courtesy copy of an e-invoice, forwarded as an attached message/rfc822
F.push({
  name: 'it-copia-cortesia-fwd-rfc822',
  build() {
    const piva = chk.it('0418237028');
    const pivaB = chk.it('0392817028');
    const seller = { name: 'Bassani Forniture Ufficio S.r.l.', vatId: 'IT' + piva, address: "Via dell'Artigianato 17, 35129 Padova (PD)", email: 'fatture@bassani-forniture.it' };
    const buyer = { name: 'Studio Pellegrini Commercialisti Associati', vatId: 'IT' + pivaB, address: 'Corso Milano 88, 35139 Padova (PD)', email: null };
    const lines = [
      { d: 'Carta A4 80 g/m² risma 500 fogli', q: '20', u: '3.95', r: '22' },
      { d: 'Toner nero compatibile CF259A', q: '2', u: '89.00', r: '22' },
      { d: 'Raccoglitore ad anelli dorso 8 cm', q: '12', u: '2.80', r: '22' },
      { d: 'Foglietti adesivi 76x76 mm, blocchetto', q: '24', u: '1.15', r: '22' },
      { d: 'Calendario da tavolo 2027', q: '5', u: '6.40', r: '22' },
      { d: 'Volume "Codice tributario commentato 2027"', q: '1', u: '95.00', r: '4' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    const rates = ['22', '4'].map((r) => { const base = sum(lines.filter((l) => l.r === r).map((l) => l.a)); return { r, base, tax: pct(base, r) }; });
    const net = sum(rates.map((x) => x.base));
    const tax = sum(rates.map((x) => x.tax));
    const total = net + tax;
    const e = (c) => fmt(c, ST.de);
    const plainInner = [
      'Gentile cliente,',
      '',
      'in allegato alla presente trasmettiamo copia di cortesia della fattura',
      'elettronica n. 1482/2026 del 05/11/2026. Il documento originale è stato',
      'trasmesso tramite il Sistema di Interscambio (SdI) al codice destinatario',
      'M5UXCR1 ed è l\'unico valido ai fini fiscali.',
      '',
      'CEDENTE/PRESTATORE',
      'Bassani Forniture Ufficio S.r.l.',
      "Via dell'Artigianato 17",
      '35129 Padova (PD)',
      `P.IVA IT${piva} - C.F. ${piva}`,
      '',
      'CESSIONARIO/COMMITTENTE',
      'Studio Pellegrini Commercialisti Associati',
      'Corso Milano 88',
      '35139 Padova (PD)',
      `P.IVA IT${pivaB}`,
      '',
      'FATTURA N. 1482/2026 del 05/11/2026',
      'DDT n. 2210 del 03/11/2026 - Vs. ordine del 29/10/2026',
      '',
      padR('Descrizione', 44) + padL('Q.tà', 5) + padL('Prezzo', 9) + padL('IVA', 5) + padL('Importo', 10),
      ...lines.map((l) => padR(l.d, 44) + padL(l.q, 5) + padL(e(cents(l.u)), 9) + padL(l.r + '%', 5) + padL(e(l.a), 10)),
      '',
      ...rates.map((x) => `Imponibile ${x.r}%: ${e(x.base)}   IVA ${x.r}%: ${e(x.tax)}`),
      `Totale imponibile: ${e(net)}`,
      `Totale IVA: ${e(tax)}`,
      `Totale documento: € ${e(total)}`,
      `NETTO A PAGARE: € ${e(total)}`,
      '',
      'Pagamento: bonifico bancario 30 gg d.f. fine mese - Scadenza 31/12/2026',
      'IBAN ' + L.groupIban(chk.iban('IT', 'X0306912117100000004816')).replace(/^IT\d\d/, (m) => m),
      '',
      'Cordiali saluti',
      'Ufficio amministrazione',
      'Bassani Forniture Ufficio S.r.l. - Tel. 049 555 7120 - fatture@bassani-forniture.it',
      'Capitale sociale € 20.000,00 i.v. - REA PD-398421 - Registro Imprese di Padova',
    ].join('\n');
    const td = 'style="padding:5px 6px;border:1px solid #cfcfcf;font:12px Verdana,Arial,sans-serif;"';
    const tdr = td.replace('style="', 'align="right" style="');
    const htmlInner = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font:12px Verdana,Arial,sans-serif;color:#222;">
<p>Gentile cliente,<br>in allegato alla presente trasmettiamo <b>copia di cortesia</b> della fattura elettronica n. 1482/2026 del 05/11/2026. Il documento originale &egrave; stato trasmesso tramite il Sistema di Interscambio (SdI) al codice destinatario M5UXCR1 ed &egrave; l'unico valido ai fini fiscali.</p>
<table cellpadding="0" cellspacing="0" width="680"><tr>
<td valign="top" width="50%" style="font:12px/17px Verdana,Arial,sans-serif;"><b>CEDENTE/PRESTATORE</b><br>Bassani Forniture Ufficio S.r.l.<br>Via dell'Artigianato 17<br>35129 Padova (PD)<br>P.IVA IT${piva} &ndash; C.F. ${piva}</td>
<td valign="top" width="50%" style="font:12px/17px Verdana,Arial,sans-serif;"><b>CESSIONARIO/COMMITTENTE</b><br>Studio Pellegrini Commercialisti Associati<br>Corso Milano 88<br>35139 Padova (PD)<br>P.IVA IT${pivaB}</td>
</tr></table>
<p style="font:bold 14px Verdana,Arial,sans-serif;margin:14px 0 4px;">FATTURA N. 1482/2026 del 05/11/2026</p>
<p style="margin:0 0 8px;">DDT n. 2210 del 03/11/2026 &ndash; Vs. ordine del 29/10/2026</p>
<table cellpadding="0" cellspacing="0" width="680" style="border-collapse:collapse;">
<tr style="background:#e9eef3;"><td ${td}><b>Descrizione</b></td><td ${tdr}><b>Q.t&agrave;</b></td><td ${tdr}><b>Prezzo</b></td><td ${tdr}><b>IVA</b></td><td ${tdr}><b>Importo</b></td></tr>
${lines.map((l) => `<tr><td ${td}>${esc(l.d)}</td><td ${tdr}>${l.q}</td><td ${tdr}>${e(cents(l.u))}</td><td ${tdr}>${l.r}%</td><td ${tdr}>${e(l.a)}</td></tr>`).join('\n')}
</table>
<table cellpadding="0" cellspacing="0" style="margin-top:10px;border-collapse:collapse;">
${rates.map((x) => `<tr><td ${td}>Imponibile ${x.r}%</td><td ${tdr}>${e(x.base)}</td><td ${td}>IVA ${x.r}%</td><td ${tdr}>${e(x.tax)}</td></tr>`).join('\n')}
<tr><td ${td}>Totale imponibile</td><td ${tdr}>${e(net)}</td><td ${td}>Totale IVA</td><td ${tdr}>${e(tax)}</td></tr>
<tr><td colspan="3" ${td}><b>Totale documento</b></td><td ${tdr}><b>&euro; ${e(total)}</b></td></tr>
<tr><td colspan="3" ${td}><b>NETTO A PAGARE</b></td><td ${tdr}><b>&euro; ${e(total)}</b></td></tr>
</table>
<p>Pagamento: bonifico bancario 30 gg d.f. fine mese &ndash; Scadenza 31/12/2026<br>IBAN ${L.groupIban(chk.iban('IT', 'X0306912117100000004816'))}</p>
<p>Cordiali saluti<br>Ufficio amministrazione</p>
<p style="font-size:10px;color:#777;">Bassani Forniture Ufficio S.r.l. &ndash; Tel. 049 555 7120 &ndash; fatture@bassani-forniture.it<br>Capitale sociale &euro; 20.000,00 i.v. &ndash; REA PD-398421 &ndash; Registro Imprese di Padova<br>Questo messaggio &egrave; stato generato automaticamente, si prega di non rispondere.</p>
</body></html>`;
    const inner = message([
      ['Return-Path', '<fatture@bassani-forniture.it>'],
      ['From', 'Bassani Forniture Ufficio <fatture@bassani-forniture.it>'],
      ['To', 'amministrazione@studiopellegrini.it'],
      ['Subject', 'Copia di cortesia fattura n. 1482/2026'],
      ['Date', rfcDate(2026, 11, 6, 10, 3, 55, '+0100')],
      ['Message-ID', '<FE-1482-2026.20261106100355@bassani-forniture.it>'],
    ], multi('alternative', [
      leaf({ type: 'text/plain', charset: 'utf-8', cte: 'base64', body: plainInner }),
      leaf({ type: 'text/html', charset: 'utf-8', cte: 'quoted-printable', body: htmlInner }),
    ], 'alt-inner', null));
    const note = [
      'Ciao Elena,',
      '',
      'ti inoltro la copia di cortesia della fattura della cancelleria (quella',
      'vera è arrivata allo SdI). Da pagare entro fine dicembre.',
      '',
      'Grazie,',
      'Marco',
      '',
      '--',
      'Dott. Marco Pellegrini',
      'Studio Pellegrini Commercialisti Associati',
    ].join('\n');
    const ent = multi('mixed', [
      leaf({ type: 'text/plain', charset: 'utf-8', cte: 'quoted-printable', body: note }),
      { headers: [['Content-Type', 'message/rfc822;\r\n\tname="Copia di cortesia fattura n. 1482_2026.eml"'], ['Content-Disposition', 'attachment;\r\n\tfilename="Copia di cortesia fattura n. 1482_2026.eml"']], body: inner },
    ], 'mix');
    const eml = message([
      ['From', 'Marco Pellegrini <marco.pellegrini@studiopellegrini.it>'],
      ['To', 'fatture-passive@studiopellegrini.it'],
      ['Subject', 'Fwd: Copia di cortesia fattura n. 1482/2026'],
      ['Date', rfcDate(2026, 11, 9, 8, 47, 20, '+0100')],
      ['Message-ID', '<d41d8cd9-1482-4b3a-8c2e-pellegrini@studiopellegrini.it>'],
      ['User-Agent', 'Mozilla Thunderbird'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: '1482/2026', issueDate: '2026-11-05', dueDate: '2026-12-31', currency: 'EUR', seller, buyer,
        subtotal: net, taxTotal: tax, total, amountDue: total,
        lineItems: lines.map((l) => ({ description: l.d, quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
    };
  },
});

// =====================================================================================
// 12. NL energy annual statement — multipart/alternative, UTF-8 base64, 5-decimal unit
//     prices, Dutch thousands ("8.412 kWh"), a negative line, advance payments deducted
F.push({
  name: 'nl-energie-jaarnota',
  build() {
    const btw = 'NL' + chk.nl('85374612') + 'B01';
    const seller = { name: 'Polderstroom Energie B.V.', vatId: btw, address: 'Postbus 4120, 3006 AC Rotterdam', email: 'klantenservice@polderstroom.nl' };
    const buyer = { name: 'Bakkerij Van Dongen V.O.F.', vatId: null, address: 'Dorpsstraat 112, 2712 AK Zoetermeer', email: null };
    const lines = [
      { d: 'Levering elektriciteit normaaltarief', q: '8412', unit: 'kWh', u: '0.24350' },
      { d: 'Levering elektriciteit daltarief', q: '5104', unit: 'kWh', u: '0.22180' },
      { d: 'Vaste leveringskosten', q: '12', unit: 'mnd', u: '6.95' },
      { d: 'Netbeheerkosten (Stedin)', q: '12', unit: 'mnd', u: '38.21' },
      { d: 'Energiebelasting elektriciteit', q: '13516', unit: 'kWh', u: '0.10154' },
      { d: 'Vermindering energiebelasting', q: '1', unit: 'jaar', u: '-524.95' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    const net = sum(lines.map((l) => l.a));
    const vat = pct(net, '21');
    const total = net + vat;
    const adv = mul('12', '435.00');
    const due = total - adv;
    const e = (c) => (c < 0 ? '- € ' : '€ ') + fmt(Math.abs(c), ST.de);
    const up = (u) => (u.startsWith('-') ? '- € ' : '€ ') + fmtDecStr(u.replace('-', ''), ST.de);
    const plain = [
      'Beste klant,',
      '',
      'Je jaarnota over de periode 1 oktober 2025 t/m 30 september 2026 staat',
      'klaar. Je hebt dit jaar 6% minder stroom verbruikt dan vorig jaar.',
      '',
      'JAARNOTA',
      'Factuurnummer:   2026-JN-0088172',
      'Factuurdatum:    2 november 2026',
      'Klantnummer:     3008-4417',
      'EAN-code:        871687120054981237',
      'Leveringsadres:  Dorpsstraat 112, 2712 AK Zoetermeer',
      '',
      'Factuuradres:',
      'Bakkerij Van Dongen V.O.F.',
      'Dorpsstraat 112',
      '2712 AK Zoetermeer',
      '',
      padR('Omschrijving', 38) + padL('Hoeveelheid', 14) + padL('Tarief', 12) + padL('Bedrag', 12),
      ...lines.map((l) => padR(l.d, 38) + padL(fmtDecStr(l.q, ST.de) + ' ' + l.unit, 14) + padL(up(l.u), 12) + padL(e(l.a), 12)),
      '',
      padR('Totaal excl. btw', 64) + padL(e(net), 12),
      padR('Btw 21%', 64) + padL(e(vat), 12),
      padR('Totaal incl. btw', 64) + padL(e(total), 12),
      padR('Betaalde termijnbedragen (12 x € 435,00)', 64) + padL(e(-adv), 12),
      padR('Nog te betalen', 64) + padL(e(due), 12),
      '',
      'We schrijven het bedrag van ' + e(due) + ' rond 16 november 2026 van je',
      'rekening af. Te betalen vóór: 16 november 2026.',
      '',
      'Je nieuwe termijnbedrag wordt € 465,00 per maand, vanaf december 2026.',
      '',
      'Vragen? Bel 088 555 0420 (werkdagen 8.00-18.00 uur).',
      '',
      'Polderstroom Energie B.V. | Postbus 4120, 3006 AC Rotterdam',
      `KvK 70418259 | btw ${btw} | klantenservice@polderstroom.nl`,
    ].join('\n');
    const td = 'style="padding:8px 6px;border-bottom:1px solid #e3ecf2;font:14px/20px Verdana,Arial,sans-serif;color:#0e2a3b;"';
    const tdr = td.replace('style="', 'align="right" style="');
    const html = `<!DOCTYPE html><html lang="nl"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1.0"><title>Je jaarnota</title>
<!--[if mso]><style>table{border-collapse:collapse;}</style><![endif]--></head>
<body style="margin:0;padding:0;background:#e8f1f6;">
<div style="display:none;max-height:0;overflow:hidden;">Je jaarnota staat klaar: nog te betalen ${e(due)}&#8203;&nbsp;&#8203;&nbsp;&#8203;&nbsp;</div>
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0"><tr><td align="center" style="padding:20px 10px;">
<table role="presentation" width="640" cellspacing="0" cellpadding="0" border="0" style="background:#ffffff;border-radius:10px;overflow:hidden;">
<tr><td style="background:#00a37a;padding:22px 28px;"><img src="https://static.polderstroom.nl/mail/logo.png" alt="Polderstroom" width="150" height="34" style="display:block;"></td></tr>
<tr><td style="padding:26px 28px 6px;font:bold 22px Verdana,Arial,sans-serif;color:#0e2a3b;">Je jaarnota staat klaar</td></tr>
<tr><td style="padding:0 28px 14px;font:14px/21px Verdana,Arial,sans-serif;color:#0e2a3b;">Beste klant,<br>Je jaarnota over de periode 1 oktober 2025 t/m 30 september 2026 staat klaar. Je hebt dit jaar 6% minder stroom verbruikt dan vorig jaar. &#127881;</td></tr>
<tr><td style="padding:0 28px;"><table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background:#f4f9fb;border-radius:8px;"><tr>
<td style="padding:14px;font:13px/20px Verdana,Arial,sans-serif;color:#43606f;">Factuurnummer<br><b style="color:#0e2a3b;">2026-JN-0088172</b><br>Factuurdatum<br><b style="color:#0e2a3b;">2 november 2026</b><br>Klantnummer<br><b style="color:#0e2a3b;">3008-4417</b></td>
<td style="padding:14px;font:13px/20px Verdana,Arial,sans-serif;color:#43606f;" valign="top">Factuuradres<br><b style="color:#0e2a3b;">Bakkerij Van Dongen V.O.F.</b><br>Dorpsstraat 112<br>2712 AK Zoetermeer<br>EAN-code 871687120054981237</td>
</tr></table></td></tr>
<tr><td style="padding:18px 28px 0;"><table role="presentation" width="100%" cellspacing="0" cellpadding="0">
<tr><td style="font:bold 12px Verdana;color:#43606f;padding:6px;border-bottom:2px solid #00a37a;">Omschrijving</td><td align="right" style="font:bold 12px Verdana;color:#43606f;padding:6px;border-bottom:2px solid #00a37a;">Hoeveelheid</td><td align="right" style="font:bold 12px Verdana;color:#43606f;padding:6px;border-bottom:2px solid #00a37a;">Tarief</td><td align="right" style="font:bold 12px Verdana;color:#43606f;padding:6px;border-bottom:2px solid #00a37a;">Bedrag</td></tr>
${lines.map((l) => `<tr><td ${td}>${esc(l.d)}</td><td ${tdr}>${fmtDecStr(l.q, ST.de)}&nbsp;${l.unit}</td><td ${tdr}>${up(l.u).replace(/ /g, '&nbsp;')}</td><td ${tdr}>${e(l.a).replace(/ /g, '&nbsp;')}</td></tr>`).join('\n')}
<tr><td colspan="3" ${td}>Totaal excl. btw</td><td ${tdr}>${e(net).replace(/ /g, '&nbsp;')}</td></tr>
<tr><td colspan="3" ${td}>Btw 21%</td><td ${tdr}>${e(vat).replace(/ /g, '&nbsp;')}</td></tr>
<tr><td colspan="3" ${td}><b>Totaal incl. btw</b></td><td ${tdr}><b>${e(total).replace(/ /g, '&nbsp;')}</b></td></tr>
<tr><td colspan="3" ${td}>Betaalde termijnbedragen (12 x &euro;&nbsp;435,00)</td><td ${tdr}>${e(-adv).replace(/ /g, '&nbsp;')}</td></tr>
<tr><td colspan="3" style="padding:12px 6px;font:bold 17px Verdana,Arial,sans-serif;color:#00a37a;">Nog te betalen</td><td align="right" style="padding:12px 6px;font:bold 17px Verdana,Arial,sans-serif;color:#00a37a;">${e(due).replace(/ /g, '&nbsp;')}</td></tr>
</table></td></tr>
<tr><td style="padding:10px 28px;font:14px/21px Verdana,Arial,sans-serif;color:#0e2a3b;">We schrijven het bedrag rond 16 november 2026 van je rekening af. Te betalen v&oacute;&oacute;r: <b>16 november 2026</b>.<br>Je nieuwe termijnbedrag wordt &euro;&nbsp;465,00 per maand, vanaf december 2026.</td></tr>
<tr><td align="center" style="padding:14px 28px 26px;"><a href="https://mijn.polderstroom.nl/jaarnota/2026-JN-0088172" style="background:#00a37a;color:#ffffff;text-decoration:none;font:bold 15px Verdana,Arial,sans-serif;padding:13px 26px;border-radius:24px;display:inline-block;">Bekijk je jaarnota</a></td></tr>
<tr><td style="padding:16px 28px;background:#0e2a3b;font:11px/17px Verdana,Arial,sans-serif;color:#a9c2cf;">Vragen? Bel 088 555 0420 (werkdagen 8.00&ndash;18.00 uur).<br>Polderstroom Energie B.V. &middot; Postbus 4120, 3006 AC Rotterdam &middot; KvK 70418259 &middot; btw ${btw} &middot; klantenservice@polderstroom.nl<br><a href="https://mijn.polderstroom.nl/afmelden" style="color:#a9c2cf;">Afmelden voor nieuwsbrieven</a></td></tr>
</table></td></tr></table>
<img src="https://click.polderstroom.nl/open.aspx?ffcb10-fec21d7d7c6d-3008-4417" width="1" height="1" alt="">
</body></html>`;
    const ent = multi('alternative', [
      leaf({ type: 'text/plain', charset: 'utf-8', cte: 'base64', body: plain }),
      leaf({ type: 'text/html', charset: 'utf-8', cte: 'base64', body: html }),
    ], 'alt');
    const eml = message([
      ['From', 'Polderstroom <noreply@mail.polderstroom.nl>'],
      ['Reply-To', 'klantenservice@polderstroom.nl'],
      ['To', 'info@bakkerijvandongen.nl'],
      ['Subject', 'Je jaarnota staat klaar'],
      ['Date', rfcDate(2026, 11, 3, 5, 12, 40, '+0100')],
      ['Message-ID', '<0100019a1e5c3d7b-2026JN0088172@mail.polderstroom.nl>'],
      ['List-Unsubscribe', '<https://mijn.polderstroom.nl/afmelden>'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: '2026-JN-0088172', issueDate: '2026-11-02', dueDate: '2026-11-16', currency: 'EUR', seller, buyer,
        subtotal: net, taxTotal: vat, total, amountDue: due,
        lineItems: lines.map((l) => ({ description: l.d, quantity: l.q, unitPrice: l.u.replace(/^(-?\d+\.\d\d)0+$/, '$1'), amount: l.a })),
      }),
    };
  },
});

module.exports = F;
