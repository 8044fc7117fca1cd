"""Invoices typed in a word processor: three flat-ODF Writer documents (tables,
tab stops) and two HTML documents opened in Writer. Amounts are formatted here
from the integer-cent results of common.compute()."""
from datetime import date
from html import escape as h

import idlib as ids
from common import money, qty_text, words_es
from doclib import Doc
from model import L, party, register

NB = "\u00a0"


def _rate_label(rate, dec):
    s = format((rate * 100).normalize(), "f")
    return s.replace(".", dec)


# =============================================================== Portugal (.fodt, tables)
@register
def pt():
    seller = party("Quinta do Vale Escuro – Azeites e Conservas, Lda.", ["Rua da Liberdade, 58", "5000-524 Vila Real"],
                   ids.pt_nif("51428306"), "geral@valeescuro.pt")
    buyer = party("Mercearia Lusitana, Unipessoal Lda.", ["Avenida da República, 1420, 2.º Esq.", "4430-192 Vila Nova de Gaia"],
                  ids.pt_nif("51672034"))
    iban = ids.iban("PT", "003501230000456789012")
    lines = [
        L("Azeite Virgem Extra DOP Trás-os-Montes 0,75 L", 48, "8.90", "0.06", code="AZ075", unit="UN"),
        L("Azeite Virgem Extra 5 L (lata)", 6, "42.50", "0.06", code="AZ500", unit="UN"),
        L("Conserva de sardinha em azeite 120 g", 120, "2.35", "0.06", code="CS120", unit="UN"),
        L("Caixa de oferta em madeira (3 garrafas)", 20, "6.80", "0.23", code="CX003", unit="UN"),
        L("Galheteiro em vidro 250 ml", 24, "3.95", "0.23", code="GV250", unit="UN"),
    ]
    nf = dict(dec=",", grp=NB)
    eur = dict(nf, suf=NB + "€")

    def render(inv, calc, path):
        d = Doc(font="Liberation Sans", size=9, lang="pt", country="PT")
        acc = "#6B4E16"
        fmtd = lambda x: x.isoformat()  # noqa: E731
        d.table([10.0, 7.0], [[
            dict(border="none", valign="top", lines=[(seller["name"], dict(size=11, bold=True, color=acc)), *seller["address"], f"NIF: {seller['vat']}",
                                                      "Tel.: 259 318 442", f"E-mail: {seller['email']}",
                                                      "Capital social: 5.000,00 € · C.R.C. Vila Real"],
                 p=dict(size=8.5)),
            dict(border="none", valign="top", lines=["FATURA", "Original"], p=dict(size=20, bold=True, align="right", color=acc)),
        ]])
        d.table([9.0, 8.0], [[
            dict(border="none", valign="top", lines=["Exmo.(s) Sr.(s)", buyer["name"], *buyer["address"],
                                                      f"NIF: {buyer['vat']}"], p=dict(size=9)),
            dict(border="all", valign="top", lines=[f"Fatura n.º: {inv['number']}", f"Data de emissão: {fmtd(inv['issue'])}",
                                                     f"Data de vencimento: {fmtd(inv['due'])}", "Condições: 30 dias",
                                                     "ATCUD: JJ3K7N2M-218"], p=dict(size=9)),
        ]])
        d.p("")
        head = dict(border="all", fill="#EDE3CF", p=dict(bold=True, size=8.5))
        rows = [[dict(head, text="Código"), dict(head, text="Descrição"), dict(head, text="Qtd.", p=dict(bold=True, size=8.5, align="right")),
                 dict(head, text="Un."), dict(head, text="Preço unit.", p=dict(bold=True, size=8.5, align="right")),
                 dict(head, text="IVA", p=dict(bold=True, size=8.5, align="center")),
                 dict(head, text="Valor s/ IVA", p=dict(bold=True, size=8.5, align="right"))]]
        for ln in inv["lines"]:
            rows.append([dict(text=ln["code"]), dict(text=ln["desc"]), dict(text=qty_text(ln["qty"], nf), p=dict(align="right")),
                         dict(text=ln["unit"]), dict(text=money(ln["price"], eur), p=dict(align="right")),
                         dict(text=_rate_label(ln["rate"], ",") + "%", p=dict(align="center")),
                         dict(text=money(ln["amount"], eur), p=dict(align="right"))])
        d.table([1.6, 6.6, 1.2, 1.0, 2.3, 1.3, 2.5], rows)
        # VAT summary + totals side by side
        vat_rows = [[dict(head, text="Taxa IVA"), dict(head, text="Incidência", p=dict(bold=True, size=8.5, align="right")),
                     dict(head, text="Valor IVA", p=dict(bold=True, size=8.5, align="right"))]]
        for _n, rate, base, tax in calc["taxes"]:
            vat_rows.append([dict(text=_rate_label(rate, ",") + "%"), dict(text=money(base, eur), p=dict(align="right")),
                             dict(text=money(tax, eur), p=dict(align="right"))])
        d.table([2.2, 3.0, 3.0], vat_rows)
        tot = lambda label, v, bold=False: [dict(border="none", text=label, p=dict(align="right", bold=bold)),  # noqa: E731
                                            dict(border="none", text=money(v, eur), p=dict(align="right", bold=bold))]
        d.table([13.0, 4.0], [tot("Total ilíquido", calc["net"]), tot("Total IVA", calc["tax"]),
                              [dict(border="top", text="Total a pagar", p=dict(align="right", bold=True, size=10.5)),
                               dict(border="top", text=money(calc["due"], eur), p=dict(align="right", bold=True, size=10.5))]])
        d.p("Pagamento por transferência bancária para o IBAN " + ids.group4(iban) + " (Caixa Geral de Depósitos).", size=8.5, before=0.4)
        d.p("Os bens foram colocados à disposição do adquirente na data do documento.", size=8.5)
        d.footer = [f"{seller['name']} · NIF {seller['vat']} · {seller['address'][0]}, {seller['address'][1]}"]
        d.write(path, f"Fatura {inv['number']}")

    return dict(key="pt-fatura-azeites", kind="fodt", country="Portugal", lang="pt", currency="EUR",
                title_meta="Fatura", number="FT A2026/218", issue=date(2026, 3, 10), due=date(2026, 4, 9),
                seller=seller, buyer=buyer, lines=lines, due_line=True, render=render,
                numfmt=dict(dec=",", grp=" "), strings=["2026-03-10", "2026-04-09", "JJ3K7N2M-218"],
                special="Writer tables; IVA 6% + 23% with a per-rate summary table (Incidência); ISO dates; space thousands separator; ATCUD code")


# =============================================================== Slovenia (.fodt, tab stops)
@register
def si():
    seller = party("Zelenjava Kranjc d.o.o.", ["Ljubljanska cesta 27", "4000 Kranj"], "SI" + ids.si_ddv("4567891"),
                   "info@zelenjava-kranjc.si")
    buyer = party("Gostilna Pri Lipi, Marko Novak s.p.", ["Bohinjska Bela 54", "4263 Bohinjska Bela"], "SI" + ids.si_ddv("8765432"),
                  "gostilna.prilipi@siol.net")
    iban = ids.iban("SI", "051008012345678")
    lines = [
        L("Krompir rumeni, vreča 25 kg", 8, "14.20", "0.095", unit="vreča"),
        L("Čebula rdeča", 30, "1.15", "0.095", unit="kg"),
        L("Solata ledenka", 40, "0.89", "0.095", unit="kos"),
        L("Jabolka idared", 45, "1.35", "0.095", unit="kg"),
        L("Bučno olje, 1 l", 6, "13.90", "0.095", unit="kos"),
        L("Plastični zaboj (povratna embalaža)", 10, "4.50", "0.22", unit="kos"),
        L("Dostava Kranj – Bohinjska Bela", 1, "25.00", "0.22", unit="stor."),
    ]
    nf = dict(dec=",", grp=".")
    fd = lambda x: f"{x.day:02d}. {x.month:02d}. {x.year}"  # noqa: E731

    def render(inv, calc, path):
        d = Doc(font="DejaVu Sans", size=8.5, lang="sl", country="SI")
        tabs_items = [(9.2, "right"), (10.6, "left"), (12.8, "right"), (14.5, "right"), (17.0, "right")]
        d.p(seller["name"], size=14, bold=True, color="#2F6B2F")
        for x in seller["address"]:
            d.p(x)
        d.p(f"ID za DDV: {seller['vat']} · Matična št.: 6123456000")
        d.p(f"E-pošta: {seller['email']} · Tel.: 04 281 55 60")
        d.p("RAČUN", size=20, bold=True, align="right", color="#2F6B2F", before=0.2)
        d.p(["Kupec:", f"Račun št.: {inv['number']}"], tabs=[(17.0, "right")], bold=True)
        d.p([buyer["name"], f"Datum izdaje: {fd(inv['issue'])}"], tabs=[(17.0, "right")])
        d.p([buyer["address"][0], f"Datum opravljene storitve: {fd(date(2026, 3, 17))}"], tabs=[(17.0, "right")])
        d.p([buyer["address"][1], f"Rok plačila: {fd(inv['due'])}"], tabs=[(17.0, "right")])
        d.p([f"ID za DDV: {buyer['vat']}", "Kraj izdaje: Kranj"], tabs=[(17.0, "right")])
        d.p(buyer["email"])
        d.p("")
        d.p(["Opis", "Količina", "EM", "Cena", "DDV %", "Znesek EUR"], tabs=tabs_items, bold=True, border_bottom=True,
            before=0.3)
        for ln in inv["lines"]:
            d.p([ln["desc"], qty_text(ln["qty"], nf), ln["unit"], money(ln["price"], nf), _rate_label(ln["rate"], ","),
                 money(ln["amount"], nf)], tabs=tabs_items, after=0.08)
        tt = [(14.5, "right"), (17.0, "right")]
        d.p(["", "Skupaj brez DDV", money(calc["net"], nf)], tabs=tt, border_top=True, before=0.1)
        for _n, rate, base, tax in calc["taxes"]:
            d.p(["", f"DDV {_rate_label(rate, ',')} % od {money(base, nf)}", money(tax, nf)], tabs=tt)
        d.p(["", "Skupaj z DDV", money(calc["total"], nf)], tabs=tt, bold=True)
        d.p(["", "Za plačilo EUR", money(calc["due"], nf)], tabs=tt, bold=True, size=10.5, before=0.1)
        d.p("")
        d.p(f"Znesek nakažite na TRR {ids.group4(iban)} (NLB d.d.), sklic SI00 {inv['number']}.", before=0.3)
        d.p("Povratno embalažo prevzamemo ob naslednji dostavi.")
        d.p("Račun izdal: Tomaž Kranjc")
        d.footer = [f"{seller['name']}, {seller['address'][0]}, {seller['address'][1]} · Osnovni kapital 7.500,00 EUR · "
                    "Registrirano pri Okrožnem sodišču v Kranju"]
        d.write(path, f"Račun {inv['number']}")

    return dict(key="si-racun-zelenjava", tax_total_printed=False, kind="fodt", country="Slovenia", lang="sl", currency="EUR",
                title_meta="Račun", number="2026-000312", issue=date(2026, 3, 18), due=date(2026, 4, 1),
                seller=seller, buyer=buyer, lines=lines, due_line=True, render=render,
                numfmt=dict(dec=",", grp="."), strings=["18. 03. 2026", "01. 04. 2026", "17. 03. 2026"],
                special="Writer with tab stops (no table grid); DDV 9,5% + 22% with 'DDV x % od base' lines; dd. mm. yyyy dates")


# =============================================================== South Africa (.fodt, tables)
@register
def za():
    seller = party("Karoo Solar Installations (Pty) Ltd", ["Unit 4, Hanover Business Park", "21 Voortrekker Road",
                                                          "Beaufort West", "6970"],
                   ids.luhn_complete("462018734"), "info@karoosolar.co.za")
    buyer = party("Die Kliphuis Gastehuis CC", ["3 Kerkstraat", "Prince Albert", "6930"], ids.luhn_complete("415027681"),
                  "bookings@kliphuis.co.za")
    lines = [
        L("Hybrid inverter 8 kW, 48 V, with Wi-Fi dongle", 1, "38950.00", "0.15"),
        L("Lithium iron phosphate battery 5.12 kWh, rack-mount", 2, "24600.00", "0.15"),
        L("Mono PERC solar panel 550 W", 12, "2150.00", "0.15"),
        L("Roof mounting rails & clamps (per panel)", 12, "385.00", "0.15"),
        L("DC/AC cabling, isolators & surge protection", 1, "6480.00", "0.15"),
        L("Installation, commissioning & electrical COC", 1, "14500.00", "0.15"),
    ]
    nf = dict(dec=".", grp=NB)
    rand = dict(nf, pre="R" + NB)
    fd = lambda x: x.strftime("%Y/%m/%d")  # noqa: E731

    def render(inv, calc, path):
        d = Doc(font="Liberation Sans", size=9, lang="en", country="ZA")
        acc = "#B45309"
        d.table([10.0, 7.0], [[
            dict(border="none", valign="top", lines=[(seller["name"], dict(size=12, bold=True)), *seller["address"]], p=dict(size=9)),
            dict(border="none", valign="top", lines=["TAX INVOICE"], p=dict(size=20, bold=True, align="right", color=acc)),
        ]])
        d.p(f"Reg. No. 2019/123456/07 · VAT No. {seller['vat']} · Tel: 023 414 2290 · {seller['email']}", size=8.5)
        d.p("")
        d.table([8.5, 4.0, 4.5], [
            [dict(border="bottom", text="BILL TO", p=dict(bold=True, color=acc)), dict(border="none", text="Invoice No:", p=dict(bold=True)),
             dict(border="none", text=inv["number"], p=dict(align="right"))],
            [dict(border="none", text=buyer["name"]), dict(border="none", text="Invoice Date:", p=dict(bold=True)),
             dict(border="none", text=fd(inv["issue"]), p=dict(align="right"))],
            [dict(border="none", text=buyer["address"][0]), dict(border="none", text="Due Date:", p=dict(bold=True)),
             dict(border="none", text=fd(inv["due"]), p=dict(align="right"))],
            [dict(border="none", text=buyer["address"][1]), dict(border="none", text="Quote Ref:", p=dict(bold=True)),
             dict(border="none", text="Q-0388", p=dict(align="right"))],
            [dict(border="none", text=buyer["address"][2]), dict(border="none", text="Sales Rep:", p=dict(bold=True)),
             dict(border="none", text="J. van Wyk", p=dict(align="right"))],
            [dict(border="none", text=f"VAT No. {buyer['vat']}"), dict(border="none", text=""), dict(border="none", text="")],
            [dict(border="none", text=buyer["email"]), dict(border="none", text=""), dict(border="none", text="")],
        ])
        head = dict(border="all", fill=acc, p=dict(bold=True, color="#FFFFFF"))
        hr = lambda t: dict(head, text=t, p=dict(bold=True, color="#FFFFFF", align="right"))  # noqa: E731
        rows = [[dict(head, text="Description"), hr("Qty"), hr("Unit Price (excl.)"), hr("Amount (excl.)")]]
        for ln in inv["lines"]:
            rows.append([dict(text=ln["desc"]), dict(text=qty_text(ln["qty"], nf), p=dict(align="right")),
                         dict(text=money(ln["price"], nf), p=dict(align="right")),
                         dict(text=money(ln["amount"], nf), p=dict(align="right"))])
        d.table([9.0, 1.5, 3.0, 3.5], rows)
        tot = lambda label, v, bold=False, border="none": [dict(border=border, text=label, p=dict(align="right", bold=bold)),  # noqa: E731
                                                           dict(border=border, text=money(v, rand), p=dict(align="right", bold=bold))]
        d.table([13.0, 4.0], [
            tot("Subtotal (excl. VAT)", calc["net"]), tot("VAT @ 15%", calc["tax"]),
            tot("Total (incl. VAT)", calc["total"], True, "top"),
            tot("Less: deposit received 2026/02/20", calc["deposit"]),
            tot("BALANCE DUE", calc["due"], True, "topbottom"),
        ])
        d.p("Banking details: First National Bank · Account name: Karoo Solar Installations (Pty) Ltd · "
            "Account no. 62812345678 · Branch code 250655 · Reference: KSI-0412", size=8.5, before=0.4)
        d.p("Equipment remains the property of Karoo Solar Installations (Pty) Ltd until paid in full. "
            "Workmanship guaranteed for 24 months.", size=8.5)
        d.write(path, f"Tax Invoice {inv['number']}")

    return dict(key="za-tax-invoice-solar", kind="fodt", country="South Africa", lang="en", currency="ZAR",
                title_meta="Tax Invoice", number="KSI-0412", issue=date(2026, 3, 9), due=date(2026, 3, 23),
                seller=seller, buyer=buyer, lines=lines, due_line=True, deposit=8000000, render=render,
                numfmt=dict(dec=".", grp=" "), strings=["2026/03/09", "2026/03/23", "R 160 482.50"],
                special="Writer tables; VAT 15%; deposit deducted → balance due; R prefix, space thousands + decimal point; yyyy/mm/dd dates; 4-line seller address")


# =============================================================== Luxembourg (HTML, credit note)
@register
def lu():
    seller = party("Bureautique Mosellane S.à r.l.", ["12, rue du Pont", "L-5405 Bech-Kleinmacher"], "LU" + ids.lu_tva("234567"),
                   "comptabilite@bureautique-mosellane.lu")
    buyer = party("Weber & Schmit Architectes S.à r.l.", ["45, avenue de la Liberté", "L-1931 Luxembourg"],
                  "LU" + ids.lu_tva("198765"))
    iban = ids.iban("LU", "0019175512345000")
    lines = [
        L("Fauteuil de bureau ergonomique « Ergo Plus » – retour", -2, "389.00", "0.17", code="MOB-EP01"),
        L("Cartouche toner HP 59A – retour, emballage d'origine", -6, "98.50", "0.17", code="TON-59A"),
        L("Geste commercial – retard de livraison", -1, "75.00", "0.17", code="DIV"),
    ]
    nf = dict(dec=",", grp=".")
    eur = dict(nf, suf=NB + "€")

    def render(inv, calc, path):
        rows = "".join(
            f"<tr><td>{h(ln['code'])}</td><td>{h(ln['desc'])}</td><td align=\"right\">{qty_text(ln['qty'], nf)}</td>"
            f"<td align=\"right\">{money(ln['price'], eur)}</td><td align=\"center\">17&nbsp;%</td>"
            f"<td align=\"right\">{money(ln['amount'], eur)}</td></tr>" for ln in inv["lines"])
        html = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Note de crédit {h(inv['number'])}</title></head>
<body style="font-family: 'Liberation Serif', serif; font-size: 10pt">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td valign="top" width="55%"><font size="4"><b>{h(seller['name'])}</b></font><br>
{h(seller['address'][0])}<br>{h(seller['address'][1])}<br>
TVA : {h(seller['vat'])} · RCS Luxembourg B 187654<br>{h(seller['email'])}</td>
<td valign="top" align="right"><font size="6" color="#1D4E89"><b>NOTE DE CRÉDIT</b></font><br><br>
<b>N° :</b> {h(inv['number'])}<br><b>Date :</b> 5 mars 2026<br>
<b>Concerne la facture :</b> F-2026-0211 du 20 février 2026</td></tr></table>
<p>&nbsp;</p>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td width="55%"></td>
<td valign="top"><b>Client</b><br>{h(buyer['name'])}<br>À l'attention de M. Luc Schmit<br>
{h(buyer['address'][0])}<br>{h(buyer['address'][1])}<br>TVA : {h(buyer['vat'])}</td></tr></table>
<p>&nbsp;</p>
<p>Madame, Monsieur,<br>suite au retour de marchandise du 2 mars 2026, nous vous créditons les montants suivants :</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<tr bgcolor="#DCE6F2"><th align="left">Réf.</th><th align="left">Désignation</th><th align="right">Qté</th>
<th align="right">Prix unitaire HTVA</th><th>TVA</th><th align="right">Montant HTVA</th></tr>
{rows}
</table>
<p>&nbsp;</p>
<table width="45%" align="right" border="0" cellpadding="3" cellspacing="0">
<tr><td>Total HTVA</td><td align="right">{money(calc['net'], eur)}</td></tr>
<tr><td>TVA 17&nbsp;%</td><td align="right">{money(calc['tax'], eur)}</td></tr>
<tr><td><b>Total TTC</b></td><td align="right"><b>{money(calc['total'], eur)}</b></td></tr>
</table>
<br clear="all">
<p>&nbsp;</p>
<p>Le montant de cette note de crédit sera déduit de votre prochaine facture.<br>
Banque : BCEE · IBAN {ids.group4(iban)} · BIC BCEELULL</p>
</body></html>
"""
        with open(path, "w", encoding="utf-8") as f:
            f.write(html)

    return dict(key="lu-note-de-credit", kind="html", country="Luxembourg", lang="fr", currency="EUR",
                title_meta="Note de crédit", number="NC-2026-0009", issue=date(2026, 3, 5), due=None,
                seller=seller, buyer=buyer, lines=lines, due_line=False, render=render,
                numfmt=dict(dec=",", grp="."), strings=["5 mars 2026", "F-2026-0211", "NOTE DE CRÉDIT"],
                special="Credit note (negative quantities and amounts), TVA 17%; HTML opened in Writer; references the original invoice; no amount-due line")


# =============================================================== Mexico (HTML, CFDI-style)
@register
def mx():
    seller = party("Consultores Fiscales del Bajío, S.C.", ["Blvd. Adolfo López Mateos 1520 Ote., Int. 302",
                                                           "Col. Jardines del Moral", "C.P. 37160, León, Gto."],
                   "CFB180523QK4", "facturacion@cfbajio.com.mx")
    buyer = party("Calzado Artesanal Hidalgo, S.A. de C.V.", ["Av. Hidalgo 845", "Col. Centro",
                                                             "C.P. 36300, San Francisco del Rincón, Gto."],
                  "CAH0907146R8")
    lines = [
        L("Servicio de contabilidad mensual – marzo 2026", 1, "12500.00", "0.16", code="84111500", unit="E48 Unidad de servicio"),
        L("Declaración informativa de operaciones con terceros (DIOT)", 1, "1850.00", "0.16", code="84111500", unit="E48 Unidad de servicio"),
        L("Asesoría fiscal", 6, "1450.00", "0.16", code="80101500", unit="HUR Hora"),
        L("Timbrado de recibos de nómina", 42, "18.50", "0.16", code="81112100", unit="E48 Unidad de servicio"),
    ]
    nf = dict(dec=".", grp=",")
    usd = dict(nf, pre="$")

    def render(inv, calc, path):
        pesos, cent = divmod(calc["total"], 100)
        words = f"{words_es(pesos)} PESOS {cent:02d}/100 M.N."
        rows = "".join(
            f"<tr><td>{ln['code']}</td><td align=\"right\">{qty_text(ln['qty'], nf)}</td><td>{h(ln['unit'])}</td>"
            f"<td>{h(ln['desc'])}</td><td align=\"right\">{money(ln['price'], usd)}</td>"
            f"<td align=\"right\">{money(ln['amount'], usd)}</td></tr>" for ln in inv["lines"])
        html = f"""<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>Factura {h(inv['number'])}</title></head>
<body style="font-family: 'Liberation Sans', sans-serif; font-size: 9pt">
<table width="100%" border="0" cellpadding="2" cellspacing="0"><tr>
<td valign="top" width="60%"><font size="4" color="#7B1E3A"><b>{h(seller['name'])}</b></font><br>
RFC: {h(seller['rfc'] if 'rfc' in seller else seller['vat'])}<br>
Régimen fiscal: 601 General de Ley Personas Morales<br>
{h(seller['address'][0])}<br>{h(seller['address'][1])}<br>{h(seller['address'][2])}<br>
Tel. 477 718 2045 · {h(seller['email'])}</td>
<td valign="top" align="right"><font size="6" color="#7B1E3A"><b>FACTURA</b></font><br>
CFDI de Ingreso · Versión 4.0<br>
<b>Serie y folio:</b> {h(inv['number'])}<br>
<b>Fecha de emisión:</b> 2026-03-31 17:42:10<br>
<b>Lugar de expedición:</b> 37160<br>
<b>Folio fiscal (UUID):</b><br>9A1C3E52-7B4D-4F16-8E2A-5D03C7B19F64</td></tr></table>
<p>&nbsp;</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0"><tr><td>
<b>Receptor:</b> {h(buyer['name'])}<br>
<b>RFC:</b> {h(buyer['vat'])}<br>
<b>Domicilio:</b> {h(buyer['address'][0])}<br>{h(buyer['address'][1])}<br>{h(buyer['address'][2])}<br>
<b>Uso CFDI:</b> G03 Gastos en general · <b>Régimen fiscal receptor:</b> 601</td></tr></table>
<p>&nbsp;</p>
<table width="100%" border="1" cellpadding="3" cellspacing="0">
<tr bgcolor="#F3E1E7"><th>Clave prod./serv.</th><th>Cantidad</th><th>Clave unidad</th><th>Descripción</th>
<th>Valor unitario</th><th>Importe</th></tr>
{rows}
</table>
<p>&nbsp;</p>
<table width="42%" align="right" border="1" cellpadding="3" cellspacing="0">
<tr><td>Subtotal</td><td align="right">{money(calc['net'], usd)}</td></tr>
<tr><td>IVA Trasladado 16%</td><td align="right">{money(calc['tax'], usd)}</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>{money(calc['total'], usd)}</b></td></tr>
</table>
<p><b>Forma de pago:</b> 03 Transferencia electrónica de fondos<br>
<b>Método de pago:</b> PUE Pago en una sola exhibición<br>
<b>Moneda:</b> MXN Peso Mexicano<br>
<b>Condiciones de pago:</b> 15 días</p>
<br clear="all">
<p><b>Importe con letra:</b> ({h(words)})</p>
<p>&nbsp;</p>
<p><font size="1">Este documento es una representación impresa de un CFDI. Sello digital del emisor:
kR3c9Yq0Zt1vQm8N2xLb7Ws4Hd6Jf5Pg0Ae3Uo9Ti1Ry8Ew2Qa7Sz4Xc6Vb5Nm3Ml1Kj0Hg9Fd8Sa7Po6Iu5Yt4Re3We2Qq1==<br>
No. de serie del certificado SAT: 00001000000712345678 · Fecha de certificación: 2026-03-31T17:42:15</font></p>
</body></html>
"""
        with open(path, "w", encoding="utf-8") as f:
            f.write(html)

    return dict(key="mx-factura-cfdi", kind="html", country="Mexico", lang="es", currency="MXN",
                title_meta="Factura", number="A-1094", issue=date(2026, 3, 31), due=None,
                seller=seller, buyer=buyer, lines=lines, due_line=False, render=render,
                numfmt=dict(dec=".", grp=","), strings=["2026-03-31", "15 días", "9A1C3E52-7B4D-4F16-8E2A-5D03C7B19F64"],
                special="CFDI 4.0-style printed invoice from HTML; IVA 16%; RFC ids; $ amounts in MXN; SAT product/unit keys; amount in words; terms only, no due date")
