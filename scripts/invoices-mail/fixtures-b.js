'use strict';
const L = require('./lib');
const { mul, pct, vatOfGross, sum, cents, fmt, fmtDecStr, ST, chk, leaf, multi, message, ew, rfcDate, padR, padL, dots, esc, expected } = L;
const F = [];

// =====================================================================================
// 5. DE painter (craftsman) — text/plain only, ISO-8859-15 quoted-printable, dot leaders,
//    deposit already paid (Abschlag), Stammkapital in footer
F.push({
  name: 'de-maler-schlussrechnung',
  build() {
    const ust = 'DE' + chk.de('28491736');
    const seller = { name: 'Malerbetrieb Krause & Söhne GmbH', vatId: ust, address: 'Gewerbestraße 14, 34131 Kassel', email: 'buero@maler-krause-kassel.de' };
    const buyer = { name: 'Hausverwaltung Lindner KG', vatId: null, address: 'Wilhelmshöher Allee 201, 34121 Kassel', email: null };
    const lines = [
      { d: 'Treppenhaus abkleben und abdecken (Schutzfolie, Kreppband)', q: '1', unit: 'psch.', u: '240.00' },
      { d: 'Wandflächen spachteln und schleifen, Q2', q: '86.5', unit: 'm²', u: '9.80' },
      { d: 'Dispersionsfarbe weiß, 2 Anstriche', q: '86.5', unit: 'm²', u: '7.40' },
      { d: 'Treppengeländer schleifen und lackieren', q: '24', unit: 'lfm', u: '18.50' },
      { d: 'Wohnungseingangstüren lackieren (beidseitig)', q: '6', unit: 'Stk.', u: '65.00' },
      { d: 'Materialpauschale Farbe/Lack', q: '1', unit: 'psch.', u: '312.40' },
      { d: 'Entsorgung und Baustellenreinigung', q: '1', unit: 'psch.', u: '95.00' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    const net = sum(lines.map((l) => l.a));
    const vat = pct(net, '19');
    const total = net + vat;
    const dep = cents('1500.00');
    const depVat = vatOfGross(dep, '19');
    const due = total - dep;
    const e = (c) => fmt(c, ST.de) + ' €';
    const labour = cents('1982.40');
    const body = [];
    body.push(
      'Sehr geehrte Frau Lindner,',
      '',
      'vielen Dank für Ihren Auftrag. Nach Abschluss der Arbeiten im Objekt',
      'Goethestraße 9 (Treppenhaus, 4 Etagen) erhalten Sie unsere Schlussrechnung',
      'direkt hier in der E-Mail.',
      '',
      '----------------------------------------------------------------------',
      'Malerbetrieb Krause & Söhne GmbH',
      'Gewerbestraße 14',
      '34131 Kassel',
      'Tel. 0561 555 3920 · buero@maler-krause-kassel.de',
      '',
      'Rechnungsempfänger:',
      'Hausverwaltung Lindner KG',
      'z. Hd. Frau Petra Lindner',
      'Wilhelmshöher Allee 201',
      '34121 Kassel',
      '',
      'SCHLUSSRECHNUNG',
      '',
      'Rechnungsnummer:   RE-2026-0412',
      'Rechnungsdatum:    20.11.2026',
      'Kundennummer:      10734',
      'Auftragsnummer:    AU-2026-118 (Angebot vom 12.10.2026)',
      'Leistungszeitraum: 02.11.2026 bis 13.11.2026',
      'Objekt:            Goethestraße 9, 34119 Kassel',
      '',
    );
    lines.forEach((l, i) => {
      body.push(`Pos. ${i + 1}  ${l.d}`);
      body.push(dots(`        ${fmtDecStr(l.q, ST.de)} ${l.unit} x ${e(cents(l.u))}`, e(l.a), 70));
    });
    body.push(
      '',
      dots('Summe netto', e(net), 70),
      dots('zzgl. 19 % Umsatzsteuer', e(vat), 70),
      dots('Rechnungsbetrag brutto', e(total), 70),
      dots('abzgl. Abschlagszahlung (RE-2026-0388 vom 04.11.2026)', '-' + e(dep), 70),
      `        (darin enthaltene Umsatzsteuer ${e(depVat)})`,
      '======================================================================',
      dots('Noch zu zahlender Betrag', e(due), 70),
      '======================================================================',
      '',
      'Bitte überweisen Sie den offenen Betrag bis zum 04.12.2026 ohne Abzug',
      'unter Angabe der Rechnungsnummer auf unser Konto.',
      '',
      `Im Rechnungsbetrag enthaltene Arbeitskosten nach § 35a EStG: ${e(labour)}`,
      `netto zzgl. ${e(pct(labour, '19'))} USt.`,
      '',
      'Mit freundlichen Grüßen',
      'Jens Krause',
      '',
      '----------------------------------------------------------------------',
      'Malerbetrieb Krause & Söhne GmbH · Gewerbestraße 14 · 34131 Kassel',
      'Geschäftsführer: Jens Krause, Tobias Krause',
      'Amtsgericht Kassel HRB 18822 · Stammkapital 25.000 €',
      `Steuernummer 026 231 45678 · USt-IdNr. ${ust}`,
      'Kasseler Sparkasse · IBAN ' + L.groupIban(chk.iban('DE', '520503530001234567')) + ' · BIC HELADEF1KAS',
      'Mitglied der Maler- und Lackiererinnung Kassel',
    );
    const ent = leaf({ type: 'text/plain', charset: 'iso-8859-15', cte: 'quoted-printable', body: body.join('\n'), extra: [['Content-Disposition', 'inline']] });
    const eml = message([
      ['From', ew('Malerbetrieb Krause & Söhne', 'iso-8859-15', 'Q') + ' <buero@maler-krause-kassel.de>'],
      ['To', 'p.lindner@hv-lindner-kassel.de'],
      ['Subject', 'Schlussrechnung RE-2026-0412 - BV ' + ew('Goethestraße 9', 'iso-8859-15', 'Q')],
      ['Date', rfcDate(2026, 11, 21, 8, 12, 37, '+0100')],
      ['Message-ID', '<6f1c2a90-0412-4e8b-9a51-krause@maler-krause-kassel.de>'],
      ['X-Mailer', 'Microsoft Outlook 16.0'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: 'RE-2026-0412', issueDate: '2026-11-20', dueDate: '2026-12-04', currency: 'EUR', seller, buyer,
        subtotal: net, taxTotal: vat, total, amountDue: due,
        lineItems: lines.map((l) => ({ description: l.d, quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
    };
  },
});

// =====================================================================================
// 6. DE car workshop, forwarded inline (Outlook "WG:") — text/plain, windows-1252 QP
F.push({
  name: 'de-kfz-werkstatt-wg-forward',
  build() {
    const ust = 'DE' + chk.de('14730962');
    const seller = { name: 'Kfz-Meisterbetrieb Ostertag e.K.', vatId: ust, address: 'Industriestraße 8, 71032 Böblingen', email: 'service@kfz-ostertag.de' };
    const buyer = { name: 'Gartenbau Wöhrle GmbH', vatId: null, address: 'Sindelfinger Straße 55, 71065 Sindelfingen', email: 'info@gartenbau-woehrle.de' };
    const lines = [
      { d: 'Wartung Service B nach Herstellervorgabe', q: '1', unit: 'Stk', u: '189.00' },
      { d: 'Bremsbeläge und -scheiben vorne erneuert', q: '1.5', unit: 'Std', u: '98.00' },
      { d: 'Bremsscheibe vorne', q: '2', unit: 'Stk', u: '86.40' },
      { d: 'Bremsbelagsatz vorne', q: '1', unit: 'Satz', u: '74.90' },
      { d: 'Motoröl 5W-30', q: '8.5', unit: 'Ltr', u: '14.20' },
      { d: 'Ölfilter', q: '1', unit: 'Stk', u: '18.60' },
      { d: 'Luftfilter', q: '1', unit: 'Stk', u: '32.10' },
      { d: 'Wischerblätter Satz', q: '1', unit: 'Satz', u: '39.90' },
      { d: 'Altöl- und Altteilentsorgung', q: '1', unit: 'psch', u: '12.50' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    const net = sum(lines.map((l) => l.a));
    const vat = pct(net, '19');
    const total = net + vat;
    const e = (c) => fmt(c, ST.de);
    const inv = [
      'Kfz-Meisterbetrieb Ostertag e.K.',
      'Industriestraße 8, 71032 Böblingen',
      'Tel. 07031 555 2210 | service@kfz-ostertag.de',
      '',
      'Kunde:',
      'Gartenbau Wöhrle GmbH',
      'Sindelfinger Straße 55',
      '71065 Sindelfingen',
      'E-Mail: info@gartenbau-woehrle.de',
      '',
      'RECHNUNG Nr. 2026-11873',
      '',
      'Rechnungsdatum:  17.11.2026        Kunden-Nr.:   40211',
      'Leistungsdatum:  16.11.2026        Auftrags-Nr.: A-55120',
      'Fahrzeug:        Mercedes-Benz Sprinter 316 CDI',
      'Kennzeichen:     BB-GW 412         km-Stand:     148.322',
      'FIN:             WDB9066331S7740218',
      'Erstzulassung:   03.05.2019',
      '',
      padR('Pos', 4) + padR('Bezeichnung', 42) + padL('Menge', 6) + ' ' + padR('ME', 5) + padL('E-Preis', 9) + padL('Betrag', 10),
      '-'.repeat(76),
      ...lines.map((l, i) => padR(String(i + 1), 4) + padR(l.d, 42) + padL(fmtDecStr(l.q, ST.de), 6) + ' ' + padR(l.unit, 5) + padL(e(cents(l.u)), 9) + padL(e(l.a), 10)),
      '-'.repeat(76),
      padR('Nettobetrag', 61) + padL(e(net), 10) + ' EUR',
      padR('MwSt. 19 %', 61) + padL(e(vat), 10) + ' EUR',
      padR('Rechnungsbetrag', 61) + padL(e(total), 10) + ' EUR',
      '',
      'Zahlbar innerhalb von 14 Tagen ohne Abzug.',
      'Nächste HU fällig: 05/2027. Nächster Service: 168.000 km oder 11/2027.',
      '',
      'Bankverbindung: Kreissparkasse Böblingen',
      'IBAN ' + L.groupIban(chk.iban('DE', '603501300000456789')) + ' | BIC BBKRDE6BXXX',
      `USt-IdNr.: ${ust} | Inhaber: Markus Ostertag`,
    ];
    const plain = [
      'Hallo zusammen,',
      '',
      'anbei die Rechnung der Werkstatt für den Sprinter (Inspektion + Bremsen).',
      'Bitte buchen und überweisen, Kostenstelle Fuhrpark.',
      '',
      'Viele Grüße',
      'Jana',
      '',
      '--',
      'Jana Wöhrle',
      'Büro / Disposition',
      'Gartenbau Wöhrle GmbH',
      'Tel. 07031 555 8840 | Mobil 0171 555 2093',
      '',
      '-----Ursprüngliche Nachricht-----',
      'Von: Kfz-Meisterbetrieb Ostertag <service@kfz-ostertag.de>',
      'Gesendet: Dienstag, 17. November 2026 16:41',
      'An: info@gartenbau-woehrle.de',
      'Betreff: Ihre Rechnung 2026-11873',
      '',
      'Sehr geehrte Damen und Herren,',
      '',
      'vielen Dank für Ihren Besuch. Nachfolgend erhalten Sie unsere Rechnung.',
      '',
      ...inv,
      '',
      'Mit freundlichen Grüßen',
      'Ihr Team vom Kfz-Meisterbetrieb Ostertag',
    ].join('\n');
    const ent = leaf({ type: 'text/plain', charset: 'windows-1252', cte: 'quoted-printable', body: plain });
    const eml = message([
      ['From', ew('Jana Wöhrle', 'windows-1252', 'Q') + ' <jana.woehrle@gartenbau-woehrle.de>'],
      ['To', '"Rechnungseingang" <rechnungen@gartenbau-woehrle.de>'],
      ['Subject', ew('WG: Ihre Rechnung 2026-11873 – Kfz-Meisterbetrieb Ostertag', 'windows-1252', 'Q')],
      ['Date', rfcDate(2026, 11, 23, 9, 14, 52, '+0100')],
      ['Message-ID', '<AM8PR04MB7731D2F0E1A3B4C5D6E7F8A9B0C1D@AM8PR04MB7731.eurprd04.prod.outlook.com>'],
      ['Thread-Topic', 'Ihre Rechnung 2026-11873'],
      ['Content-Language', 'de-DE'],
      ['X-MS-Has-Attach', ''],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: '2026-11873', issueDate: '2026-11-17', dueDate: null, currency: 'EUR', seller, buyer,
        subtotal: net, taxTotal: vat, total, amountDue: null,
        lineItems: lines.map((l) => ({ description: l.d, quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
    };
  },
});

// =====================================================================================
// 7. CH language school — text/html only, ISO-8859-1 quoted-printable, 1'234.50, exempt + 2.6 %
F.push({
  name: 'ch-sprachschule-kursrechnung',
  build() {
    const uid = chk.ch('11628395');
    const mwst = `CHE-${uid.slice(0, 3)}.${uid.slice(3, 6)}.${uid.slice(6)}`;
    const seller = { name: 'Sprachatelier Limmat GmbH', vatId: mwst, address: 'Badenerstrasse 141, 8004 Zürich', email: 'kurse@sprachatelier-limmat.ch' };
    const buyer = { name: 'Hofstetter Präzisionstechnik AG', vatId: null, address: 'Industriestrasse 22, 8604 Volketswil', email: null };
    const lines = [
      { d: 'Intensivkurs Deutsch B1 (60 Lektionen à 45 Min.)', sub: 'Kurs DE-B1-I-47, 16.11.&ndash;18.12.2026, Teilnehmerin: Ana Ribeiro', subTxt: 'Kurs DE-B1-I-47, 16.11.–18.12.2026, Teilnehmerin: Ana Ribeiro', q: '60', u: '38.50', code: 'A' },
      { d: 'Einschreibegebühr', q: '1', u: '80.00', code: 'A' },
      { d: 'Lehrmittel «Spurwechsel B1», Kurs- und Arbeitsbuch', q: '1', u: '48.00', code: 'R' },
    ].map((l) => ({ ...l, a: mul(l.q, l.u) }));
    const net = sum(lines.map((l) => l.a));
    const baseR = sum(lines.filter((l) => l.code === 'R').map((l) => l.a));
    const baseA = net - baseR;
    const vat = pct(baseR, '2.6');
    const total = net + vat;
    const c = (x) => fmt(x, ST.ch);
    const qrIban = L.groupIban(chk.iban('CH', '30808001234567890'));
    const td = 'style="padding:7px 6px;border-bottom:1px solid #dcdcdc;font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#222;vertical-align:top;"';
    const tdr = td.replace('style="', 'align="right" style="');
    const rows = lines.map((l, i) => `<tr><td ${td}>${i + 1}</td><td ${td}>${esc(l.d)}${l.sub ? `<br><span style="font-size:11px;color:#777;">${l.sub}</span>` : ''}</td><td ${tdr}>${l.q}</td><td ${tdr}>${c(cents(l.u))}</td><td ${tdr}>${l.code}</td><td ${tdr}>${c(l.a)}</td></tr>`).join('\n');
    const html = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Rechnung 26-1147</title></head>
<body bgcolor="#ffffff" style="margin:0;padding:0;">
<div style="display:none!important;mso-hide:all;">Ihre Rechnung 26-1147 &uuml;ber CHF ${c(total)} &ndash; zahlbar bis 16.12.2026</div>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:20px 10px;">
<table width="620" cellpadding="0" cellspacing="0" border="0" style="border-top:6px solid #c8102e;">
<tr><td style="padding:22px 0 6px;font-family:Helvetica,Arial,sans-serif;font-size:20px;font-weight:bold;color:#c8102e;">Sprachatelier Limmat</td>
<td align="right" style="padding:22px 0 6px;font-family:Helvetica,Arial,sans-serif;font-size:11px;color:#555;line-height:16px;">Sprachatelier Limmat GmbH<br>Badenerstrasse 141<br>8004 Z&uuml;rich<br>044 555 71 30<br>kurse@sprachatelier-limmat.ch</td></tr>
<tr><td colspan="2" style="padding:18px 0;"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="55%" valign="top" style="font-family:Helvetica,Arial,sans-serif;font-size:13px;line-height:19px;color:#222;">
<table cellpadding="0" cellspacing="0">
<tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:13px;padding-right:14px;color:#666;">Rechnung Nr.</td><td style="font-family:Helvetica,Arial,sans-serif;font-size:13px;"><b>26-1147</b></td></tr>
<tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:13px;padding-right:14px;color:#666;">Rechnungsdatum</td><td style="font-family:Helvetica,Arial,sans-serif;font-size:13px;">16.11.2026</td></tr>
<tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:13px;padding-right:14px;color:#666;">Kunden-Nr.</td><td style="font-family:Helvetica,Arial,sans-serif;font-size:13px;">K-2093</td></tr>
<tr><td style="font-family:Helvetica,Arial,sans-serif;font-size:13px;padding-right:14px;color:#666;">MWST-Nr.</td><td style="font-family:Helvetica,Arial,sans-serif;font-size:13px;">${mwst}</td></tr>
</table></td>
<td valign="top" style="font-family:Helvetica,Arial,sans-serif;font-size:13px;line-height:19px;color:#222;">Hofstetter Pr&auml;zisionstechnik AG<br>z. Hd. Frau Sandra Meier, Personal<br>Industriestrasse 22<br>8604 Volketswil</td>
</tr></table></td></tr>
<tr><td colspan="2" style="font-family:Helvetica,Arial,sans-serif;font-size:18px;font-weight:bold;color:#222;padding-bottom:10px;">Rechnung</td></tr>
<tr><td colspan="2"><table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr bgcolor="#f2f2f2"><td ${td}><b>Pos.</b></td><td ${td}><b>Bezeichnung</b></td><td ${tdr}><b>Menge</b></td><td ${tdr}><b>Preis CHF</b></td><td ${tdr}><b>MWST</b></td><td ${tdr}><b>Total CHF</b></td></tr>
${rows}
<tr><td colspan="5" ${tdr}>Total exkl. MWST</td><td ${tdr}>${c(net)}</td></tr>
<tr><td colspan="5" ${tdr}>A = von der MWST ausgenommen (Art. 21 Abs. 2 Ziff. 11 MWSTG), Basis ${c(baseA)}</td><td ${tdr}>0.00</td></tr>
<tr><td colspan="5" ${tdr}>R = MWST 2.6 % auf ${c(baseR)}</td><td ${tdr}>${c(vat)}</td></tr>
<tr><td colspan="5" align="right" style="padding:9px 6px;font-family:Helvetica,Arial,sans-serif;font-size:15px;font-weight:bold;border-top:2px solid #222;">Zu bezahlen</td><td align="right" style="padding:9px 6px;font-family:Helvetica,Arial,sans-serif;font-size:15px;font-weight:bold;border-top:2px solid #222;">CHF ${c(total)}</td></tr>
</table></td></tr>
<tr><td colspan="2" style="padding:18px 0;font-family:Helvetica,Arial,sans-serif;font-size:13px;line-height:19px;color:#222;">Zahlbar innert 30 Tagen, bis 16.12.2026. Bitte verwenden Sie die QR-Rechnung im Kundenportal oder &uuml;berweisen Sie auf QR-IBAN ${qrIban} mit der Referenz 00 00000 00000 26114 70000 00012.<br><br>
<a href="https://portal.sprachatelier-limmat.ch/rechnungen/26-1147" style="background:#c8102e;color:#ffffff;text-decoration:none;padding:10px 22px;display:inline-block;font-weight:bold;">Rechnung online bezahlen</a><br><br>
Freundliche Gr&uuml;sse<br>Regula Brunner, Kursadministration</td></tr>
<tr><td colspan="2" style="border-top:1px solid #dcdcdc;padding-top:10px;font-family:Helvetica,Arial,sans-serif;font-size:10px;color:#888;line-height:15px;">Sprachatelier Limmat GmbH &middot; Badenerstrasse 141 &middot; 8004 Z&uuml;rich &middot; Handelsregister des Kantons Z&uuml;rich &middot; UID ${mwst} &middot; Stammkapital CHF 20'000 &middot; eduQua-zertifiziert<br>Sie erhalten diese E-Mail als Kunde des Sprachatelier Limmat. <a href="https://portal.sprachatelier-limmat.ch/abmelden" style="color:#888;">Newsletter abbestellen</a></td></tr>
</table></td></tr></table>
<img src="https://portal.sprachatelier-limmat.ch/px/o.gif?r=26-1147" width="1" height="1" alt="">
</body></html>`;
    const ent = leaf({ type: 'text/html', charset: 'iso-8859-1', cte: 'quoted-printable', body: html });
    const eml = message([
      ['From', 'Sprachatelier Limmat <kurse@sprachatelier-limmat.ch>'],
      ['To', 'personal@hofstetter-praezision.ch'],
      ['Subject', 'Rechnung 26-1147 Intensivkurs Deutsch B1'],
      ['Date', rfcDate(2026, 11, 16, 14, 5, 27, '+0100')],
      ['Message-ID', '<20261116130527.26-1147@portal.sprachatelier-limmat.ch>'],
    ], ent);
    return {
      eml,
      expected: expected({
        invoiceNumber: '26-1147', issueDate: '2026-11-16', dueDate: '2026-12-16', currency: 'CHF', seller, buyer,
        subtotal: net, taxTotal: vat, total, amountDue: total,
        lineItems: lines.map((l) => ({ description: l.sub ? `${l.d} ${l.subTxt}` : l.d, quantity: l.q, unitPrice: cents(l.u), amount: l.a })),
      }),
    };
  },
});

module.exports = F;
