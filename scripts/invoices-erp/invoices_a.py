"""Invoices 1-8: data once per invoice + its own print layout."""
from reportlab.lib.pagesizes import A4
from lib import be_iban, Doc, NumFmt, fmt_date, date, table, kv, iban, de_ustid, at_uid, fr_tva, es_cif, it_piva, nl_btw, be_btw, pt_nif

GREY = (0.93, 0.93, 0.93)


def L(desc, qty, price, rate, **kw):
    d = {"desc": desc, "qty": qty, "price": price, "rate": rate}
    d.update(kw)
    return d


# =====================================================================
# 1  DE — DATEV Unternehmen online style, seller only in the footer
# =====================================================================
def render_de(c, inv, k, total):
    W, H = A4
    N, ds = inv["num"], lambda x: fmt_date(date(x), inv["datefmt"])
    s, b = inv["seller"], inv["buyer"]

    def footer(p, page, tot):
        p.hline(50, W - 50, 78, 0.5)
        cols = [
            [s["name"]] + s["address"],
            ["Tel. +49 711 4488 210", "E-Mail: " + s["email"], "www.brandauer-klima.de"],
            ["Kreissparkasse Esslingen-Nürtingen", "IBAN " + s["iban"], "BIC ESSLDE66XXX"],
            ["Geschäftsführer: Jochen Brandauer", "Amtsgericht Stuttgart HRB 738214", "USt-IdNr.: " + s["vatId"], "Steuernummer: 59/392/04417"],
        ]
        xs = [50, 178, 300, 430]
        for x, col in zip(xs, cols):
            p.lines(x, 68, col, "DejaVuC", 6.6, 8.4)
        p.t(W - 50, 20, f"Seite {page} von {tot}", "DejaVuC", 7, "r")

    doc = Doc(c, W, H, total, footer=footer, bottom=110)
    p = doc.pen
    # window address (no sender line: the seller appears only in the footer)
    p.lines(56, H - 150, [b["name"], "z. Hd. Frau Sabine Hofmann"] + b["address"], "DejaVu", 10, 13)
    kv(p, 360, H - 140, [("Rechnungs-Nr.", inv["number"]), ("Rechnungsdatum", ds(inv["issue"])),
                         ("Kunden-Nr.", "10482"), ("Auftrags-Nr.", "AB-2026-0311"), ("Leistungszeitraum", "Februar 2026")],
       font="DejaVuC", bold="DejaVuC", size=8.5, vx=85)
    p.t(56, H - 268, "Rechnung", "DejaVu-B", 15)
    p.lines(56, H - 292, ["Sehr geehrte Frau Hofmann,",
                          "für die Wartung und Instandsetzung Ihrer Kühl- und Klimaanlagen berechnen wir Ihnen wie folgt:"], "DejaVu", 9, 13)
    cols = [("pos", "Pos.", 28, "l"), ("art", "Art.-Nr.", 52, "l"), ("desc", "Bezeichnung", 185, "l"),
            ("qty", "Menge", 48, "r"), ("unit", "Einh.", 34, "l"), ("price", "Einzelpreis €", 62, "r"),
            ("vat", "USt.", 34, "r"), ("amount", "Gesamt €", 52, "r")]
    rows = []
    for i, (ln, lc) in enumerate(zip(inv["lines"], k["lines"])):
        rows.append((i, {"pos": str(i + 1), "art": ln["art"], "desc": ln["desc"], "qty": N.dec_str(ln["qty"]),
                         "unit": ln["unit"], "price": N.dec_str(ln["price"]), "vat": ln["rate"] + " %",
                         "amount": N.c(lc["amount"])}))
    y = table(doc, 50, H - 325, cols, rows, font="DejaVuC", bold="DejaVuC-B", size=8.3, head_fill=None)
    y -= 16
    tl = [("Summe netto", N.c(k["subtotal"]))]
    for v in k["vat"]:
        tl.append((f"zzgl. {v['rate']} % USt. auf {N.c(v['base'])} €", N.c(v["tax"])))
    for lab, val in tl:
        p.t(440, y, lab, "DejaVuC", 8.5, "r")
        p.t(545, y, val + " €", "DejaVuC", 8.5, "r")
        y -= 13
    p.hline(330, 545, y + 8, 0.6)
    p.t(440, y - 3, "Rechnungsbetrag", "DejaVuC-B", 9.5, "r")
    p.t(545, y - 3, N.c(k["total"]) + " €", "DejaVuC-B", 9.5, "r")
    y -= 34
    p.lines(56, y, ["Zahlbar innerhalb 14 Tagen ohne Abzug.",
                    "Bitte geben Sie bei der Zahlung die Rechnungsnummer an. Vielen Dank für Ihren Auftrag!"], "DejaVu", 9, 13)
    return doc


DE = {
    "name": "de-kaelte-datev-rechnung", "country": "Germany", "lang": "German", "currency": "EUR",
    "layout": "DATEV Unternehmen online-style Rechnung: no letterhead at all, the seller appears only in the four-column footer (address, contact, bank, register/USt-IdNr./Steuernummer); Rechnungs-Nr., Kunden-Nr. and Auftrags-Nr. stacked in one info block; Art.-Nr. column",
    "hard": "seller only in footer; 19 % and 7 % VAT (\"zzgl. 19 % USt. auf …\"); hours 2,5 Std.; shipping line; long wrapped descriptions; date \"3. März 2026\"; only \"Zahlbar innerhalb 14 Tagen\" (dueDate null)",
    "render": render_de, "num": NumFmt(".", ","), "datefmt": "de-long",
    "number": "RE-2026-0214", "issue": "2026-03-03", "due": None,
    "seller": {"name": "Brandauer Kälte- und Klimatechnik GmbH", "vatId": de_ustid("28164509"),
               "address": ["Industriestraße 14", "73760 Ostfildern"], "email": "rechnung@brandauer-klima.de",
               "iban": iban("DE", "61150500" + "0102748391")},
    "buyer": {"name": "Bäckerei Hofmann OHG", "vatId": None, "address": ["Marktplatz 3", "72631 Aichtal"], "email": None},
    "lines": [
        L("Wartung Kühlzelle TK-2, Dichtheitsprüfung nach F-Gase-Verordnung inkl. Protokoll und Eintrag ins Anlagenlogbuch", "1", "186.00", "19", art="W-100", unit="Pausch."),
        L("Arbeitszeit Kältetechniker", "2.5", "78.50", "19", art="L-010", unit="Std."),
        L("Kältemittel R449A nachgefüllt", "1.8", "64.20", "19", art="K-449", unit="kg"),
        L("Türdichtung Kühlzelle 1.950 × 850 mm", "2", "94.90", "19", art="E-2211", unit="Stk."),
        L("Fachbuch \"Kältetechnik für Praktiker\", 6. Auflage", "1", "49.90", "7", art="B-007", unit="Stk."),
        L("Versandkosten Ersatzteile", "1", "9.80", "19", art="V-001", unit="Pausch."),
    ],
}


# =====================================================================
# 2  AT — sevDesk-style gross prices, deposit deducted
# =====================================================================
def render_at(c, inv, k, total):
    W, H = A4
    N, ds = inv["num"], lambda x: fmt_date(date(x), inv["datefmt"])
    s, b = inv["seller"], inv["buyer"]

    def footer(p, page, tot):
        p.hline(45, W - 45, 62, 0.4, color=(0.5, 0.5, 0.5))
        p.t(W / 2, 50, f"{s['name']} · {s['address'][0]} · {s['address'][1]} · UID: {s['vatId']} · FN 412233 k, LG Salzburg", "Lib", 6.8, "c")
        p.t(W / 2, 40, f"Salzburger Sparkasse · IBAN {s['iban']} · BIC SBGSAT2SXXX · {s['email']}", "Lib", 6.8, "c")
        p.t(W - 45, 28, f"Seite {page}/{tot}", "Lib", 6.8, "r")

    doc = Doc(c, W, H, total, footer=footer, bottom=90)
    p = doc.pen
    p.t(45, H - 60, s["name"], "Lib-B", 17, color=(0.15, 0.35, 0.25))
    p.t(45, H - 74, "Wirtshaus · Catering · Feiern", "Lib", 8.5, color=(0.4, 0.4, 0.4))
    p.t(45, H - 128, f"{s['name']}, {s['address'][0]}, {s['address'][1]}", "Lib", 6.5)
    p.hline(45, 270, H - 131, 0.3)
    p.lines(45, H - 146, [b["name"]] + b["address"], "Lib", 10, 13)
    kv(p, 355, H - 120, [("Rechnungsnr.", inv["number"]), ("Rechnungsdatum", ds(inv["issue"])), ("Lieferdatum", "07.03.2026"),
                         ("Kundennr.", "K-3390"), ("Ansprechpartner", "Maria Gruber")], font="Lib", bold="Lib", size=8.5, vx=190, valign="r")
    p.t(45, H - 240, f"Rechnung Nr. {inv['number']}", "Lib-B", 13)
    p.lines(45, H - 262, ["Sehr geehrter Herr Pichler,", "vielen Dank für Ihre Feier bei uns. Wir erlauben uns, folgende Leistungen in Rechnung zu stellen:"], "Lib", 9, 12.5)
    cols = [("pos", "Pos.", 30, "l"), ("desc", "Beschreibung", 215, "l"), ("qty", "Menge", 45, "r"), ("unit", "Einheit", 48, "l"),
            ("price", "Preis (brutto)", 70, "r"), ("vat", "USt.", 35, "r"), ("amount", "Gesamt (brutto)", 62, "r")]
    rows = [(i, {"pos": str(i + 1), "desc": ln["desc"], "qty": N.dec_str(ln["qty"]), "unit": ln["unit"],
                 "price": N.dec_str(ln["price"]) + " €", "vat": ln["rate"] + " %", "amount": N.c(lc["amount"]) + " €"})
            for i, (ln, lc) in enumerate(zip(inv["lines"], k["lines"]))]
    y = table(doc, 45, H - 295, cols, rows, font="Lib", bold="Lib-B", size=8.5, head_fill=(0.87, 0.93, 0.89))
    y -= 18
    x1, x2 = 330, W - 45
    p.t(x1, y, "Gesamtbetrag (brutto)", "Lib-B", 9); p.t(x2, y, N.c(k["total"]) + " €", "Lib-B", 9, "r"); y -= 14
    for v in k["vat"]:
        p.t(x1, y, f"darin enthalten {v['rate']} % USt. von netto {N.c(v['base'])} €", "Lib", 8); p.t(x2, y, N.c(v["tax"]) + " €", "Lib", 8, "r"); y -= 12
    p.t(x1, y, "Nettobetrag", "Lib", 8); p.t(x2, y, N.c(k["subtotal"]) + " €", "Lib", 8, "r"); y -= 14
    p.t(x1, y, "abzüglich Anzahlung vom 02.02.2026", "Lib", 9); p.t(x2, y, "-" + N.c(k["deposit"]) + " €", "Lib", 9, "r"); y -= 5
    p.hline(x1, x2, y, 0.8); y -= 13
    p.t(x1, y, "Offener Betrag", "Lib-B", 10.5); p.t(x2, y, N.c(k["due"]) + " €", "Lib-B", 10.5, "r")
    y -= 34
    p.lines(45, y, [f"Bitte überweisen Sie den offenen Betrag bis {ds(inv['due'])} auf das unten angeführte Konto.",
                    "Wir freuen uns, Sie bald wieder bei uns begrüßen zu dürfen!"], "Lib", 9, 12.5)
    return doc


AT = {
    "name": "at-gasthof-brutto-anzahlung", "country": "Austria", "lang": "German (Austrian)", "currency": "EUR",
    "layout": "sevDesk/lexoffice-style Rechnung: logo text top left, sender line above the window address, right-aligned info block, green table header, one-line centred footer with UID, FN and bank",
    "hard": "all prices printed gross (Preis brutto), 10 % and 20 % VAT only as \"darin enthalten … von netto …\"; deposit deducted (Offener Betrag ≠ Gesamtbetrag); due date only inside a sentence",
    "render": render_at, "num": NumFmt(".", ","), "datefmt": "dd.mm.yyyy", "mode": "gross",
    "number": "RE-2026-0087", "issue": "2026-03-13", "due": "2026-03-27", "deposit": "800.00",
    "seller": {"name": "Gasthof Alpenblick Wallner KG", "vatId": at_uid("6321748"),
               "address": ["Dorfstraße 21", "5301 Eugendorf"], "email": "office@alpenblick-wallner.at",
               "iban": iban("AT", "20404" + "00000172839")},
    "buyer": {"name": "Ing. Thomas Pichler", "vatId": None, "address": ["Gaisbergstraße 47/3", "5020 Salzburg"], "email": None},
    "lines": [
        L("Festmenü \"Alpenblick\" (Suppe, Hauptgang, Dessert)", "46", "42.50", "10", unit="Pers."),
        L("Kinderteller", "6", "14.90", "10", unit="Pers."),
        L("Getränkepauschale alkoholfrei", "52", "12.00", "20", unit="Pers."),
        L("Wein \"Grüner Veltliner Federspiel\" 0,75 l", "18", "29.80", "20", unit="Fl."),
        L("Hochzeitstorte dreistöckig", "1", "245.00", "10", unit="Stk."),
        L("Raummiete Stüberl inkl. Dekoration", "1", "180.00", "20", unit="Pausch."),
    ],
}


# =====================================================================
# 3  FR — Sage 50-style facture, invoice-level discount
# =====================================================================
def render_fr(c, inv, k, total):
    W, H = A4
    N, ds = inv["num"], lambda x: fmt_date(date(x), inv["datefmt"])
    s, b = inv["seller"], inv["buyer"]
    SF, SB = "DejaVuSerif", "DejaVuSerif-B"

    def footer(p, page, tot):
        p.lines(W / 2, 64, ["En cas de retard de paiement, pénalités au taux de trois fois le taux d'intérêt légal et indemnité forfaitaire pour frais de recouvrement de 40 €.",
                            f"{s['name']} – SAS au capital de 20 000 € – SIRET 81234567800029 – APE 2512Z – TVA intracommunautaire {s['vatId']}",
                            f"{s['address'][0]}, {s['address'][1]} – {s['email']}"], "DejaVu", 6.3, 8.5, "c")
        p.t(W - 40, 28, f"Page {page}/{tot}", "DejaVu", 7, "r")

    doc = Doc(c, W, H, total, footer=footer)
    p = doc.pen
    p.lines(40, H - 50, [s["name"]], SB, 13)
    p.lines(40, H - 66, s["address"] + ["Tél. 04 72 31 58 90", s["email"]], "DejaVu", 8.5, 11)
    p.rect(340, H - 88, 215, 48)
    p.t(447, H - 58, "FACTURE", SB, 15, "c")
    p.t(350, H - 78, f"N° {inv['number']}", "DejaVu-B", 9)
    p.t(545, H - 78, f"du {ds(inv['issue'])}", "DejaVu", 9, "r")
    p.rect(320, H - 205, 235, 95)
    p.lines(332, H - 128, [b["name"]] + b["address"], "DejaVu", 9.5, 13)
    p.t(332, H - 195, f"N° TVA : {b['vatId']}", "DejaVu", 8)
    grid = [("Code client", "CL00457"), ("Réf. commande", "BC-2026-118"), ("Représentant", "M. Girard"), ("Mode de règlement", "Virement")]
    x = 40
    for lab, val in grid:
        p.rect(x, H - 262, 128.75, 30)
        p.t(x + 4, H - 243, lab, "DejaVu", 7)
        p.t(x + 4, H - 256, val, "DejaVu-B", 8.5)
        x += 128.75
    cols = [("ref", "Référence", 70, "l"), ("desc", "Désignation", 215, "l"), ("qty", "Qté", 45, "r"),
            ("price", "P.U. HT", 65, "r"), ("amount", "Montant HT", 75, "r"), ("tva", "TVA", 45, "c")]
    rows = [(i, {"ref": ln["ref"], "desc": ln["desc"], "qty": N.dec_str(ln["qty"]), "price": N.dec_str(ln["price"]),
                 "amount": N.c(lc["amount"]), "tva": "1"}) for i, (ln, lc) in enumerate(zip(inv["lines"], k["lines"]))]
    y = table(doc, 40, H - 275, cols, rows, grid=True, head_fill=GREY, size=8.3)
    y -= 20
    v = k["vat"][0]
    p.rect(40, y - 52, 250, 52)
    p.lines(46, y - 12, ["Code   Base HT        Taux      Montant TVA", f"1        {N.c(v['base'])}      {v['rate']},00 %      {N.c(v['tax'])}"], "DejaVuMono", 7.6, 12)
    p.t(46, y - 46, "Conditions de règlement : 30 jours fin de mois", "DejaVu", 7.6)
    rowsT = [("Total HT", N.c(k["goods"])), (f"Remise {N.dec_str(inv['inv_discount'])} %", "-" + N.c(k["inv_disc"])),
             ("Net HT", N.c(k["subtotal"])), (f"TVA {v['rate']},00 %", N.c(k["tax"])), ("Total TTC", N.c(k["total"]))]
    yy = y
    for lab, val in rowsT:
        p.rect(340, yy - 16, 110, 16); p.rect(450, yy - 16, 105, 16)
        p.t(345, yy - 12, lab, "DejaVu", 8.5); p.t(550, yy - 12, val, "DejaVu", 8.5, "r")
        yy -= 16
    p.rect(340, yy - 20, 215, 20, fill=GREY)
    p.t(345, yy - 14, "NET À PAYER (EUR)", "DejaVu-B", 9.5); p.t(550, yy - 14, N.c(k["total"]) + " €", "DejaVu-B", 9.5, "r")
    p.t(40, yy - 60, f"Règlement par virement : IBAN {s['iban']} – BIC CCBPFRPPLYO", "DejaVu", 8)
    return doc


FR = {
    "name": "fr-usinage-sage-facture", "country": "France", "lang": "French", "currency": "EUR",
    "layout": "Sage 50-style facture: FACTURE box top right, client address in a framed box, grid row Code client / Réf. commande / Représentant / Mode de règlement, full-grid table with VAT code column, monospace VAT recap (Code/Base HT/Taux/Montant TVA), stacked totals boxes and shaded NET À PAYER",
    "hard": "invoice-level discount (Remise 5 %) so subtotal = Net HT ≠ sum of lines; quantities printed with two decimals (3,00); 1 234,56 with space grouping; due only as \"30 jours fin de mois\" (dueDate null); legal footer repeats the seller VAT id",
    "render": render_fr, "num": NumFmt(" ", ","), "datefmt": "dd/mm/yyyy", "inv_discount": "5",
    "number": "FA26-00318", "issue": "2026-03-16", "due": None,
    "seller": {"name": "Usinage Lyonnais de Précision", "vatId": fr_tva("812345678"),
               "address": ["14 rue des Forges", "69800 Saint-Priest"], "email": "compta@usinage-ulp.fr",
               "iban": iban("FR", "13825" + "00200" + "08001234567" + "85")},
    "buyer": {"name": "Hydrauliques du Rhône SARL", "vatId": fr_tva("443061841"),
              "address": ["ZI des Gaulnes", "7 allée des Frênes", "69150 Décines-Charpieu"], "email": None},
    "lines": [
        L("Axe de vérin rectifié Ø 40 mm, acier 42CrMo4 trempé, longueur 612 mm, selon plan HR-2231 indice C", "12.00", "148.60", "20", ref="AX40-612"),
        L("Bague bronze CuSn12 Ø 40/50 × 45", "24.00", "18.75", "20", ref="BG4050"),
        L("Flasque aluminium usinée 5 axes", "6.00", "212.40", "20", ref="FL-5AX"),
        L("Traitement de surface nickel chimique (lot)", "1.00", "385.00", "20", ref="TS-NICK"),
        L("Frais de programmation CAO/FAO", "3.50", "68.00", "20", ref="PROG-H"),
        L("Emballage et transport messagerie", "1.00", "46.00", "20", ref="PORT"),
    ],
}


# =====================================================================
# 4  ES — Holded-style factura, line discounts, IVA 21 % + 10 %
# =====================================================================
def render_es(c, inv, k, total):
    W, H = A4
    N, ds = inv["num"], lambda x: fmt_date(date(x), inv["datefmt"])
    s, b = inv["seller"], inv["buyer"]
    ACC = (0.18, 0.33, 0.64)

    def footer(p, page, tot):
        p.t(45, 40, f"{s['name']} · NIF {s['vatId']} · Inscrita en el Registro Mercantil de Valencia, Tomo 10234, Folio 88, Hoja V-177012", "Noto", 6.5)
        p.t(W - 45, 40, f"{page}/{tot}", "Noto", 7, "r")

    doc = Doc(c, W, H, total, footer=footer)
    p = doc.pen
    p.t(45, H - 70, "Factura", "Noto-B", 26, color=ACC)
    p.lines(W - 45, H - 50, [s["name"], "NIF " + s["vatId"]] + s["address"] + [s["email"]], "Noto", 8.5, 11.5, "r")
    kv(p, 45, H - 110, [("Nº factura", inv["number"]), ("Fecha", ds(inv["issue"])), ("Vencimiento", ds(inv["due"])), ("Nº pedido", "PED-0932")],
       font="Noto", bold="Noto-B", size=8.5, vx=75)
    p.t(45, H - 190, "CLIENTE", "Noto-B", 7.5, color=ACC)
    p.lines(45, H - 204, [b["name"], "NIF " + b["vatId"]] + b["address"], "Noto", 9, 12)
    cols = [("desc", "CONCEPTO", 210, "l"), ("price", "PRECIO", 65, "r"), ("qty", "UDS.", 45, "r"), ("disc", "DTO.", 45, "r"),
            ("amount", "SUBTOTAL", 75, "r"), ("vat", "IVA", 65, "r")]
    rows = [(i, {"desc": ln["desc"], "price": N.dec_str(ln["price"]) + " €", "qty": N.dec_str(ln["qty"]),
                 "disc": (N.dec_str(ln["disc"]) + " %") if ln.get("disc") else "", "amount": N.c(lc["amount"]) + " €",
                 "vat": ln["rate"] + " %"}) for i, (ln, lc) in enumerate(zip(inv["lines"], k["lines"]))]
    y = table(doc, 45, H - 290, cols, rows, font="Noto", bold="Noto-B", size=8.3, head_fill=None, head_color=ACC)
    y -= 20
    x1, x2 = 360, W - 45
    p.t(x1, y, "BASE IMPONIBLE", "Noto", 8.5); p.t(x2, y, N.c(k["subtotal"]) + " €", "Noto", 8.5, "r"); y -= 14
    for v in k["vat"]:
        p.t(x1, y, f"IVA {v['rate']}%", "Noto", 8.5); p.t(x2, y, N.c(v["tax"]) + " €", "Noto", 8.5, "r"); y -= 14
    p.rect(x1 - 8, y - 10, x2 - x1 + 8, 22, fill=(0.9, 0.93, 0.98), stroke=False)
    p.t(x1, y - 3, "TOTAL", "Noto-B", 11, color=ACC); p.t(x2 - 4, y - 3, N.c(k["total"]) + " €", "Noto-B", 11, "r", ACC)
    y -= 50
    p.t(45, y, "Forma de pago", "Noto-B", 8.5)
    p.lines(45, y - 13, ["Transferencia bancaria", "IBAN " + s["iban"]], "Noto", 8.5, 12)
    return doc


ES = {
    "name": "es-mobiliario-holded-factura", "country": "Spain", "lang": "Spanish", "currency": "EUR",
    "layout": "Holded-style factura: big coloured \"Factura\" title, seller block right-aligned top right, label/value block (Nº factura, Fecha, Vencimiento, Nº pedido), CLIENTE block, borderless table CONCEPTO/PRECIO/UDS./DTO./SUBTOTAL/IVA, tinted TOTAL bar, registry footer",
    "hard": "dates \"15 de marzo de 2026\"; per-line discount column (subtotal after discount); IVA 21 % and 10 %; the NIF printed with \"NIF\" label next to both parties",
    "render": render_es, "num": NumFmt(".", ","), "datefmt": "es-long",
    "number": "F2026-0042", "issue": "2026-03-15", "due": "2026-04-14",
    "seller": {"name": "Taller de Mobiliario Turia S.L.", "vatId": es_cif("B", "9782315"),
               "address": ["Carrer de Sant Vicent Màrtir 188", "46007 València"], "email": "facturas@mobiliarioturia.es",
               "iban": iban("ES", "2100" + "0813" + "61" + "0123456789")},
    "buyer": {"name": "Hostal Las Arenas C.B.", "vatId": es_cif("E", "4631927"),
              "address": ["Calle de Eugenia Viñes 22", "46011 València"], "email": None},
    "lines": [
        L("Mesa de comedor roble macizo 180 × 90 cm", "4", "685.00", "21", disc="10"),
        L("Silla tapizada modelo Albufera", "16", "129.50", "21", disc="10"),
        L("Aparador lacado blanco con tres puertas y cajones de cierre amortiguado", "2", "940.00", "21"),
        L("Servicio de desayuno para montadores (menú)", "6", "8.50", "10"),
        L("Montaje e instalación en planta", "7.5", "38.00", "21"),
    ],
}


# =====================================================================
# 5  IT — Fatture in Cloud-style fattura, delivery address, scadenze
# =====================================================================
def render_it(c, inv, k, total):
    W, H = A4
    N, ds = inv["num"], lambda x: fmt_date(date(x), inv["datefmt"])
    s, b = inv["seller"], inv["buyer"]
    BL = (0.1, 0.45, 0.75)

    def footer(p, page, tot):
        p.t(W / 2, 30, f"Pagina {page} di {tot}", "Lib", 7, "c")

    doc = Doc(c, W, H, total, footer=footer, bottom=70)
    p = doc.pen
    p.t(40, H - 55, s["name"], "Lib-B", 14)
    p.lines(40, H - 70, s["address"] + [f"P.IVA {s['vatId']} – C.F. {s['vatId']}", s["email"], "Tel. 051 6340 227"], "Lib", 8.5, 11)
    p.t(W - 40, H - 55, "FATTURA", "Lib-B", 20, "r", BL)
    p.t(W - 40, H - 73, f"n. {inv['number']} del {ds(inv['issue'])}", "Lib-B", 10, "r")
    p.rect(40, H - 240, 250, 95)
    p.t(48, H - 158, "Spett.le", "Lib", 7.5, color=BL)
    p.lines(48, H - 172, [b["name"]] + b["address"] + [f"P.IVA {b['vatId']}", "Codice destinatario: M5UXCR1"], "Lib", 9, 12)
    p.rect(305, H - 240, 250, 95)
    p.t(313, H - 158, "Destinazione merce", "Lib", 7.5, color=BL)
    p.lines(313, H - 172, [b["name"], "Magazzino – Via dell'Artigiano 9", "40065 Pianoro (BO)"], "Lib", 9, 12)
    cols = [("code", "Codice", 55, "l"), ("desc", "Descrizione", 185, "l"), ("qty", "Q.tà", 40, "r"), ("um", "U.m.", 32, "c"),
            ("price", "Prezzo", 58, "r"), ("disc", "Sconto", 40, "r"), ("amount", "Importo", 62, "r"), ("vat", "IVA", 43, "r")]
    rows = [(i, {"code": ln["code"], "desc": ln["desc"], "qty": N.dec_str(ln["qty"]), "um": ln["um"], "price": N.dec_str(ln["price"]),
                 "disc": (N.dec_str(ln["disc"]) + "%") if ln.get("disc") else "", "amount": N.c(lc["amount"]), "vat": ln["rate"] + "%"})
            for i, (ln, lc) in enumerate(zip(inv["lines"], k["lines"]))]
    y = table(doc, 40, H - 262, cols, rows, font="Lib", bold="Lib-B", size=8.3, head_fill=(0.86, 0.92, 0.98))
    y -= 18
    p.t(40, y, "Riepilogo IVA", "Lib-B", 8.5)
    y2 = y - 4
    # simple grid for the VAT summary
    p.rect(40, y2 - 14, 220, 14, fill=(0.94, 0.94, 0.94))
    p.t(44, y2 - 10, "Aliquota", "Lib-B", 8); p.t(170, y2 - 10, "Imponibile", "Lib-B", 8, "r"); p.t(256, y2 - 10, "Imposta", "Lib-B", 8, "r")
    yy = y2 - 14
    for v in k["vat"]:
        p.t(44, yy - 11, f"{v['rate']}%", "Lib", 8); p.t(170, yy - 11, N.c(v["base"]), "Lib", 8, "r"); p.t(256, yy - 11, N.c(v["tax"]), "Lib", 8, "r")
        yy -= 14
    x1, x2 = 350, W - 40
    for lab, val, f in [("Imponibile", N.c(k["subtotal"]), "Lib"), ("IVA", N.c(k["tax"]), "Lib"), ("Totale documento", "€ " + N.c(k["total"]), "Lib-B")]:
        p.t(x1, y, lab, f, 9); p.t(x2, y, val, f, 9, "r"); y -= 15
    p.rect(x1 - 5, y - 8, x2 - x1 + 10, 20, fill=(0.86, 0.92, 0.98), stroke=False)
    p.t(x1, y - 1, "Netto a pagare", "Lib-B", 10); p.t(x2, y - 1, "€ " + N.c(k["total"]), "Lib-B", 10, "r")
    y = min(y, yy) - 40
    p.t(40, y, "Scadenze", "Lib-B", 8.5)
    p.t(40, y - 13, f"{ds(inv['due'])}    € {N.c(k['total'])}    Bonifico bancario – IBAN {s['iban']}", "Lib", 8.5)
    p.t(40, y - 40, "Contributo ambientale CONAI assolto ove dovuto.", "Lib", 7.5)
    return doc


IT = {
    "name": "it-tipografia-fattureincloud", "country": "Italy", "lang": "Italian", "currency": "EUR",
    "layout": "Fatture in Cloud-style fattura: seller top left with P.IVA/C.F., FATTURA n. … del … top right, two framed boxes Spett.le (with Codice destinatario) and Destinazione merce, table Codice/Descrizione/Q.tà/U.m./Prezzo/Sconto/Importo/IVA, Riepilogo IVA grid, Netto a pagare band, Scadenze line",
    "hard": "separate delivery address box; IVA 22 % and 4 % (books); Sconto column; \"n. 27/2026 del 16/03/2026\" on one line; due date only in the Scadenze line",
    "render": render_it, "num": NumFmt(".", ","), "datefmt": "dd/mm/yyyy",
    "number": "27/2026", "issue": "2026-03-16", "due": "2026-04-30",
    "seller": {"name": "Tipografia Felsinea di Marco Bellini", "vatId": it_piva("0318475120"),
               "address": ["Via del Lavoro 41", "40127 Bologna (BO)"], "email": "amministrazione@tipografiafelsinea.it",
               "iban": iban("IT", "X" + "05387" + "02400" + "000001234567")},
    "buyer": {"name": "Edizioni Reno S.r.l.", "vatId": it_piva("0227781370"),
              "address": ["Piazza Galvani 6", "40124 Bologna (BO)"], "email": None},
    "lines": [
        L("Stampa volume \"Portici di Bologna\" 192 pagine, 4+4 colori, brossura cucita", "1500", "6.84", "4", code="LIB-192", um="pz"),
        L("Sovracoperta plastificata opaca", "1500", "0.62", "22", code="SOV-01", um="pz", disc="5"),
        L("Prove colore certificate", "12", "18.00", "22", code="PRV-C", um="pz"),
        L("Segnalibri promozionali 5 × 18 cm", "3000", "0.045", "22", code="SEG-518", um="pz"),
        L("Trasporto su pallet", "2", "85.00", "22", code="TRASP", um="plt"),
    ],
}


# =====================================================================
# 6  NL — Exact Online-style factuur, two pages with Transport lines
# =====================================================================
def render_nl(c, inv, k, total):
    W, H = A4
    N, ds = inv["num"], lambda x: fmt_date(date(x), inv["datefmt"])
    s, b = inv["seller"], inv["buyer"]
    lines = inv["lines"]

    def footer(p, page, tot):
        p.hline(40, W - 40, 58, 0.4)
        p.t(40, 46, f"{s['name']} | KvK 61873254 | Btw-nr. {s['vatId']} | IBAN {s['iban']} | BIC INGBNL2A", "Lib", 6.8)
        p.t(W - 40, 46, f"Pagina {page} van {tot}", "Lib", 7, "r")

    def cont(p, page, tot):
        p.t(40, H - 50, f"Factuur {inv['number']} – vervolg", "Lib-B", 10)
        return H - 70

    def carry(p, y, n):
        amt = sum(l["amount"] for l in k["lines"][:n])
        p.t(W - 200, y - 12, "Transport", "Lib-B", 8.5); p.t(W - 80, y - 12, N.c(amt), "Lib-B", 8.5, "r")
        return y - 20

    def brought(p, y, n):
        amt = sum(l["amount"] for l in k["lines"][:n])
        p.t(W - 200, y, "Transport", "Lib-B", 8.5); p.t(W - 80, y, N.c(amt), "Lib-B", 8.5, "r")
        return y - 10

    doc = Doc(c, W, H, total, footer=footer, cont_header=cont, bottom=80)
    p = doc.pen
    p.t(40, H - 60, "DE GROENE", "Lib-B", 18, color=(0.2, 0.5, 0.2)); p.t(40, H - 72, "HOVENIERSGROOTHANDEL", "Lib", 7.5, color=(0.2, 0.5, 0.2))
    p.lines(W - 40, H - 50, [s["name"]] + s["address"] + ["T 0318 - 62 41 90", s["email"]], "Lib", 8.5, 11, "r")
    p.t(40, H - 125, "Factuur", "Lib-B", 20)
    labs = [("Factuurnummer", inv["number"]), ("Factuurdatum", ds(inv["issue"])), ("Vervaldatum", ds(inv["due"])),
            ("Klantnummer", "20377"), ("Ordernummer", "VO-58812"), ("Uw referentie", "Project Beekstraat")]
    x, wcol = 40, (W - 80) / 6
    for lab, val in labs:
        p.rect(x, H - 170, wcol, 32, fill=GREY if False else None)
        p.t(x + 4, H - 150, lab, "Lib", 7)
        p.t(x + 4, H - 163, val, "Lib-B", 8.5)
        x += wcol
    p.t(40, H - 192, "Factuuradres", "Lib-B", 8)
    p.lines(40, H - 206, [b["name"], "t.a.v. crediteurenadministratie"] + b["address"], "Lib", 9, 12)
    p.t(300, H - 192, "Afleveradres", "Lib-B", 8)
    p.lines(300, H - 206, [b["name"], "Bouwplaats Beekstraat 12-18", "3871 AV Hoevelaken"], "Lib", 9, 12)
    cols = [("art", "Artikel", 62, "l"), ("desc", "Omschrijving", 190, "l"), ("qty", "Aantal", 42, "r"), ("unit", "Eenh.", 35, "l"),
            ("price", "Prijs", 55, "r"), ("disc", "Korting", 40, "r"), ("amount", "Bedrag", 61, "r"), ("vat", "Btw", 30, "r")]
    rows = [(i, {"art": ln["art"], "desc": ln["desc"], "qty": N.dec_str(ln["qty"]), "unit": ln["unit"], "price": N.dec_str(ln["price"]),
                 "disc": (N.dec_str(ln["disc"]) + "%") if ln.get("disc") else "", "amount": N.c(lc["amount"]), "vat": ln["rate"] + "%"})
            for i, (ln, lc) in enumerate(zip(lines, k["lines"]))]
    y = table(doc, 40, H - 270, cols, rows, font="Lib", bold="Lib-B", size=8, head_fill=GREY, carry=carry, brought=brought, bottom=90)
    y -= 16
    if y < 190:
        y = doc.new_page()
    x1, x2 = 330, W - 40
    p.t(x1, y, "Totaal excl. btw", "Lib", 9); p.t(x2, y, "€ " + N.c(k["subtotal"]), "Lib", 9, "r"); y -= 14
    for v in k["vat"]:
        p.t(x1, y, f"Btw {v['rate']}% over € {N.c(v['base'])}", "Lib", 9); p.t(x2, y, "€ " + N.c(v["tax"]), "Lib", 9, "r"); y -= 14
    p.t(x1, y, "Totaal btw", "Lib", 9); p.t(x2, y, "€ " + N.c(k["tax"]), "Lib", 9, "r"); y -= 14
    p.hline(x1, x2, y + 9, 0.6)
    p.t(x1, y - 3, "Totaal incl. btw", "Lib-B", 10.5); p.t(x2, y - 3, "€ " + N.c(k["total"]), "Lib-B", 10.5, "r")
    p.lines(40, y - 40, [f"Wij verzoeken u het totaalbedrag vóór de vervaldatum over te maken onder vermelding van factuurnummer {inv['number']}.",
                         "Op al onze leveringen zijn de algemene voorwaarden van de branchevereniging van toepassing."], "Lib", 8, 11)
    return doc


_nl_items = [
    ("TB-1102", "Taxus baccata, kluit 60-80 cm", "24", "st", "12.40", "9", None),
    ("BU-0450", "Buxus sempervirens bol Ø 40 cm", "8", "st", "34.95", "9", None),
    ("GR-2001", "Graszoden speelgazon, geleverd op pallet", "180", "m²", "2.85", "9", None),
    ("PO-5512", "Potgrond professioneel 70 liter", "40", "zk", "6.20", "9", "5"),
    ("BM-3310", "Boomschors grof 10-40 mm", "6.5", "m³", "48.00", "21", None),
    ("SB-1200", "Sierbestrating betonklinker antraciet 21 × 10,5 × 8 cm, inclusief zeefzand voor het invegen", "42.5", "m²", "27.80", "21", "7.5"),
    ("OP-0800", "Opsluitband 100 × 20 × 6 cm grijs", "64", "st", "3.45", "21", None),
    ("ZA-0001", "Straatzand (ophoogzand) los gestort", "9", "m³", "19.50", "21", None),
    ("WD-2214", "Worteldoek 100 g/m², rol 2 × 100 m", "2", "rol", "64.90", "21", None),
    ("BV-7700", "Beregeningsslang druppel 16 mm, 50 m", "3", "rol", "42.00", "21", None),
    ("KR-1010", "Koppelstuk druppelslang 16 mm", "25", "st", "0.95", "21", None),
    ("LV-0304", "Lavendel Hidcote P9", "60", "st", "1.85", "9", None),
    ("HR-0890", "Hortensia paniculata 'Limelight' C5", "12", "st", "11.90", "9", None),
    ("FA-0200", "Fagus sylvatica haagplant 125-150 cm blote wortel", "90", "st", "3.60", "9", "10"),
    ("MS-0099", "Meststof organisch 25 kg", "4", "zk", "28.75", "9", None),
    ("TL-3001", "Tuinverlichting LED grondspot 3W, 12V inclusief kabel", "8", "st", "39.00", "21", None),
    ("TR-3002", "Transformator 12V 60W buiten", "1", "st", "89.00", "21", None),
    ("HK-4410", "Hardhouten kantopsluiting 2,5 × 15 cm, 4 m", "22", "st", "9.40", "21", None),
    ("PA-6000", "Piketpaal geïmpregneerd 4 × 4 × 60 cm", "50", "st", "0.78", "21", None),
    ("VI-1180", "Vijverfolie EPDM 1,0 mm", "21.6", "m²", "8.95", "21", None),
    ("VP-1181", "Vijverpomp 3500 l/u", "1", "st", "129.00", "21", None),
    ("WP-0770", "Waterplanten mix (10 stuks)", "2", "set", "24.50", "9", None),
    ("SG-0505", "Siergrind Ardenner split 8-16 mm", "1.75", "ton", "118.00", "21", None),
    ("BB-9900", "Big bag retour (statiegeld)", "2", "st", "15.00", "21", None),
    ("ZD-0100", "Zaaigoed bloemenmengsel 'Bijenweide' 1 kg", "3", "kg", "32.00", "9", None),
    ("GH-0011", "Gieter kunststof 10 liter", "4", "st", "5.95", "21", None),
    ("TS-0020", "Tuinslang 1/2\" 25 m met koppelingen", "2", "st", "27.50", "21", None),
    ("SC-4000", "Schaduwdoek 90% 2 × 10 m", "1", "rol", "49.00", "21", None),
    ("KB-1515", "Kunststof plantenbak 80 × 40 × 40 cm", "6", "st", "22.80", "21", None),
    ("KR-2020", "Kokosmat 1 × 25 m", "1", "rol", "36.40", "21", None),
    ("BZ-0303", "Bemesting buxus 2,5 kg", "2", "st", "12.95", "9", None),
    ("VR-0001", "Vrachtkosten levering bouwplaats Hoevelaken", "1", "rit", "95.00", "21", None),
]

NL = {
    "name": "nl-hovenier-exact-factuur", "country": "Netherlands", "lang": "Dutch", "currency": "EUR",
    "layout": "Exact Online-style factuur: logo left, seller address right-aligned, one row of six framed label/value cells (Factuurnummer, Factuurdatum, Vervaldatum, Klantnummer, Ordernummer, Uw referentie), Factuuradres and Afleveradres side by side, 32-line article table over two pages with \"Transport\" carry-forward lines and a continuation header, footer with KvK/Btw/IBAN and \"Pagina x van y\"",
    "hard": "two pages, table continues on page 2 with carried-forward sums; invoice, customer and order numbers next to each other; btw 21 % and 9 %; decimal quantities in m², m³, ton; korting column; separate delivery address",
    "render": render_nl, "num": NumFmt(".", ","), "datefmt": "dd-mm-yyyy",
    "number": "F26-004471", "issue": "2026-03-18", "due": "2026-04-17",
    "seller": {"name": "De Groene Hoveniersgroothandel B.V.", "vatId": nl_btw("85512390"),
               "address": ["Industrieweg 27", "6702 DR Wageningen"], "email": "debiteuren@degroene-groothandel.nl",
               "iban": iban("NL", "INGB" + "0006523948")},
    "buyer": {"name": "Tuinen van Veldhuizen V.O.F.", "vatId": None, "address": ["Postbus 118", "3870 CC Hoevelaken"], "email": None},
    "lines": [L(d, q, pr, r, art=a, unit=u, **({"disc": dc} if dc else {})) for a, d, q, u, pr, r, dc in _nl_items],
}

# =====================================================================
# 7  BE — Odoo-style factuur (Flemish), discounts, 21 % + 6 %
# =====================================================================
def render_be(c, inv, k, total):
    W, H = A4
    N, ds = inv["num"], lambda x: fmt_date(date(x), inv["datefmt"])
    s, b = inv["seller"], inv["buyer"]
    PUR = (0.44, 0.29, 0.40)

    def footer(p, page, tot):
        p.hline(40, W - 40, 52, 0.8, color=PUR)
        p.t(W / 2, 40, f"+32 9 265 18 40 | {s['email']} | www.koffiebranderij-gent.be | {s['vatId']}", "DejaVu", 7, "c")
        p.t(W / 2, 28, f"Pagina: {page} / {tot}", "DejaVu", 7, "c")

    doc = Doc(c, W, H, total, footer=footer)
    p = doc.pen
    p.t(40, H - 55, "☕ KOFFIEBRANDERIJ", "DejaVu-B", 14, color=PUR)
    p.lines(40, H - 80, [s["name"]] + s["address"], "DejaVu", 8.5, 11)
    p.lines(330, H - 130, [b["name"]] + b["address"] + [b["vatId"]], "DejaVu", 9.5, 12.5)
    p.t(40, H - 130, "Leveringsadres:", "DejaVu-B", 8)
    p.lines(40, H - 143, [b["name"], "Café De Zwarte Kat", "Korenmarkt 4", "9000 Gent"], "DejaVu", 8.5, 11)
    p.t(40, H - 225, f"Factuur {inv['number']}", "DejaVu", 17, color=PUR)
    x = 40
    for lab, val in [("Factuurdatum:", ds(inv["issue"])), ("Vervaldatum:", ds(inv["due"])), ("Bron:", "S00452"), ("Klantreferentie:", "BO-2026-031")]:
        p.t(x, H - 250, lab, "DejaVu-B", 8); p.t(x, H - 262, val, "DejaVu", 8.5)
        x += 130
    cols = [("desc", "Omschrijving", 215, "l"), ("qty", "Aantal", 60, "r"), ("price", "Eenheidsprijs", 70, "r"),
            ("disc", "Kort.%", 45, "r"), ("vat", "Btw", 50, "r"), ("amount", "Bedrag", 75, "r")]
    rows = [(i, {"desc": ln["desc"], "qty": N.dec_str(ln["qty"]) + " " + ln["unit"], "price": N.dec_str(ln["price"]),
                 "disc": N.dec_str(ln.get("disc", "0.00")), "vat": f"Btw {ln['rate']}%", "amount": N.c(lc["amount"]) + " €"})
            for i, (ln, lc) in enumerate(zip(inv["lines"], k["lines"]))]
    y = table(doc, 40, H - 285, cols, rows, font="DejaVu", bold="DejaVu-B", size=8.2, head_fill=None, zebra=(0.97, 0.95, 0.97))
    y -= 15
    x1, x2 = 345, W - 40
    p.hline(x1, x2, y + 8, 0.5)
    p.t(x1, y - 3, "Onbelast bedrag", "DejaVu-B", 8.5); p.t(x2, y - 3, N.c(k["subtotal"]) + " €", "DejaVu", 8.5, "r"); y -= 16
    for v in k["vat"]:
        p.t(x1, y - 3, f"Btw {v['rate']}%", "DejaVu", 8.5); p.t(x2, y - 3, N.c(v["tax"]) + " €", "DejaVu", 8.5, "r"); y -= 15
    p.hline(x1, x2, y + 6, 0.5)
    p.t(x1, y - 6, "Totaal", "DejaVu-B", 9.5); p.t(x2, y - 6, N.c(k["total"]) + " €", "DejaVu-B", 9.5, "r")
    y -= 40
    p.lines(40, y, ["Gelieve de volgende mededeling te gebruiken bij uw betaling: +++090/9337/55493+++",
                    f"Betalingstermijn: 30 dagen  –  Rekening: {s['iban']}  –  BIC: GEBABEBB"], "DejaVu", 8.2, 12)
    return doc


BE = {
    "name": "be-koffie-odoo-factuur", "country": "Belgium", "lang": "Dutch (Flemish)", "currency": "EUR",
    "layout": "Odoo-style factuur: company block top left, customer address on the right with its btw-nummer, Leveringsadres block on the left, purple \"Factuur INV/2026/00187\" title, a row of Factuurdatum/Vervaldatum/Bron/Klantreferentie, table Omschrijving/Aantal (with unit)/Eenheidsprijs/Kort.%/Btw/Bedrag with zebra rows, totals Onbelast bedrag/Btw x%/Totaal, gestructureerde mededeling",
    "hard": "Odoo-style number INV/2026/00187; discount % column on every line (0,00 where none); quantities with units in the cell (2,5 kg); btw 21 % and 6 %; shipping as a line; delivery address separate from the billing address",
    "render": render_be, "num": NumFmt(".", ","), "datefmt": "dd/mm/yyyy",
    "number": "INV/2026/00187", "issue": "2026-03-10", "due": "2026-04-09",
    "seller": {"name": "Koffiebranderij Van Damme BV", "vatId": be_btw("4427153"),
               "address": ["Dok Noord 7", "9000 Gent", "België"], "email": "boekhouding@koffievandamme.be",
               "iban": be_iban("096", "1234567")},
    "buyer": {"name": "Horeca Blomme & Zonen BV", "vatId": be_btw("6638201"),
              "address": ["Kortrijksesteenweg 1022", "9051 Sint-Denijs-Westrem"], "email": None},
    "lines": [
        L("Espressoblend \"Gentse Nacht\" bonen 1 kg", "24", "21.40", "6", unit="kg", disc="5.00"),
        L("Single origin Ethiopië Yirgacheffe bonen", "2.5", "34.80", "6", unit="kg"),
        L("Onderhoudscontract espressomachine La Marzocco, halfjaarlijks (incl. ontkalking en vervanging groepsdichtingen)", "1", "245.00", "21", unit="st"),
        L("Reinigingstabletten 100 st", "3", "18.90", "21", unit="doos", disc="10.00"),
        L("Verzendkosten", "1", "12.50", "21", unit="st"),
    ],
}


# =====================================================================
# 8  PT — certified billing software fatura, IVA 23/13/6 %, ATCUD + QR
# =====================================================================
def render_pt(c, inv, k, total):
    W, H = A4
    N, ds = inv["num"], lambda x: fmt_date(date(x), inv["datefmt"])
    s, b = inv["seller"], inv["buyer"]

    def footer(p, page, tot):
        p.t(40, 36, "JFM3-Processado por programa certificado n.º 0000/AT · Os bens/serviços foram colocados à disposição do adquirente na data do documento.", "DejaVuC", 6.3)
        p.t(W - 40, 36, f"Pág. {page}/{tot}", "DejaVuC", 7, "r")

    doc = Doc(c, W, H, total, footer=footer)
    p = doc.pen
    p.t(40, H - 55, s["name"], "DejaVu-B", 12)
    p.lines(40, H - 70, s["address"] + [f"NIF: {s['vatId']}", "Capital social: 5.000,00 €", s["email"]], "DejaVuC", 8, 10.5)
    p.t(W - 40, H - 55, "Original", "DejaVuC", 8, "r")
    p.t(W - 40, H - 75, f"Fatura {inv['number']}", "DejaVu-B", 13, "r")
    p.t(W - 40, H - 89, f"ATCUD: JFM3K7P2-118", "DejaVuC", 8, "r")
    p.rect(320, H - 205, 235, 90)
    p.t(328, H - 128, "Exmo.(s) Sr.(s)", "DejaVuC", 7.5)
    p.lines(328, H - 142, [b["name"]] + b["address"], "DejaVu", 9, 12)
    hdr = [("Data de emissão", ds(inv["issue"])), ("Data de vencimento", ds(inv["due"])), ("Condições de pagamento", "30 dias"),
           ("V/ N.º Contribuinte", b["vatId"]), ("Requisição", "REQ 2026/77")]
    x, wc = 40, (W - 80) / 5
    for lab, val in hdr:
        p.rect(x, H - 252, wc, 30, fill=GREY)
        p.t(x + 4, H - 233, lab, "DejaVuC", 6.8); p.t(x + 4, H - 246, val, "DejaVuC-B", 8.3)
        x += wc
    cols = [("art", "Artigo", 50, "l"), ("desc", "Descrição", 195, "l"), ("qty", "Qtd.", 40, "r"), ("un", "Un.", 30, "c"),
            ("price", "Preço Unit.", 60, "r"), ("vat", "IVA", 35, "r"), ("amount", "Valor", 105, "r")]
    rows = [(i, {"art": ln["art"], "desc": ln["desc"], "qty": N.dec_str(ln["qty"]), "un": ln["un"], "price": N.dec_str(ln["price"]),
                 "vat": ln["rate"] + "%", "amount": N.c(lc["amount"])}) for i, (ln, lc) in enumerate(zip(inv["lines"], k["lines"]))]
    y = table(doc, 40, H - 265, cols, rows, font="DejaVuC", bold="DejaVuC-B", size=8.2, head_fill=GREY)
    y -= 20
    p.t(40, y, "Quadro resumo do IVA", "DejaVuC-B", 8)
    y2 = y - 4
    p.rect(40, y2 - 13, 250, 13, fill=GREY)
    for xx, tt, al in [(44, "Taxa", "l"), (150, "Incidência", "r"), (220, "Valor IVA", "r"), (286, "Motivo isenção", "r")]:
        p.t(xx, y2 - 10, tt, "DejaVuC-B", 7.5, al)
    for v in k["vat"]:
        y2 -= 12
        p.t(44, y2 - 10, f"IVA {v['rate']}%", "DejaVuC", 7.5); p.t(150, y2 - 10, N.c(v["base"]), "DejaVuC", 7.5, "r"); p.t(220, y2 - 10, N.c(v["tax"]), "DejaVuC", 7.5, "r")
    x1, x2 = 360, W - 40
    for lab, val, f in [("Total Ilíquido", N.c(k["subtotal"]) + " €", "DejaVuC"), ("Total IVA", N.c(k["tax"]) + " €", "DejaVuC")]:
        p.t(x1, y, lab, f, 9); p.t(x2, y, val, f, 9, "r"); y -= 14
    p.rect(x1 - 5, y - 8, x2 - x1 + 5, 20, fill=(0.2, 0.2, 0.2), stroke=False)
    p.t(x1, y - 1, "Total (EUR)", "DejaVuC-B", 10, color=(1, 1, 1)); p.t(x2 - 4, y - 1, N.c(k["total"]) + " €", "DejaVuC-B", 10, "r", (1, 1, 1))
    # QR-code-like block (decorative pseudo-pattern, not a real QR code)
    qy = min(y, y2) - 110
    import random
    rnd = random.Random(118)
    p.rect(40, qy, 80, 80, stroke=True, lw=0.4)
    for i in range(20):
        for j in range(20):
            if rnd.random() < 0.45 or (i < 5 and j < 5) or (i > 14 and j < 5) or (i < 5 and j > 14):
                p.rect(40 + i * 4, qy + j * 4, 4, 4, fill=(0, 0, 0), stroke=False)
    p.lines(135, qy + 70, ["Pagamento por transferência bancária:", f"IBAN {s['iban']}", "BIC/SWIFT: CGDIPTPL",
                           "Emitido em conformidade com o regime de IVA normal."], "DejaVuC", 8, 11)
    return doc


PT = {
    "name": "pt-ferragens-fatura-atcud", "country": "Portugal", "lang": "Portuguese", "currency": "EUR",
    "layout": "Portuguese certified-billing-software fatura: Original marker, \"Fatura FT 2026A/118\" with ATCUD code top right, Exmo.(s) Sr.(s) box, five shaded label/value cells (Data de emissão, Data de vencimento, Condições, V/ N.º Contribuinte, Requisição), Quadro resumo do IVA, dark total bar, QR-code-like block and certified-program footer",
    "hard": "three VAT rates (23 %, 13 %, 6 %) in one invoice; ISO dates; 1 234,56 with space grouping; buyer NIF printed in the header grid, not in the address box; invoice number with a space (FT 2026A/118); shipping (Portes) as a line",
    "render": render_pt, "num": NumFmt(" ", ","), "datefmt": "iso",
    "number": "FT 2026A/118", "issue": "2026-03-19", "due": "2026-04-18",
    "seller": {"name": "Ferragens do Mondego, Lda.", "vatId": pt_nif("51372948"),
               "address": ["Rua da Sofia 211", "3000-389 Coimbra"], "email": "geral@ferragensmondego.pt",
               "iban": iban("PT", "0035" + "0697" + "00012345678" + "27")},
    "buyer": {"name": "Quinta do Vale Escuro - Turismo Rural, Lda.", "vatId": pt_nif("50812763"),
              "address": ["Estrada Nacional 17, km 42", "3420-100 Tábua"], "email": None},
    "lines": [
        L("Dobradiça inox 100 × 75 mm", "36", "4.85", "23", art="DB100", un="un"),
        L("Fechadura de embutir com cilindro de segurança e três chaves", "6", "38.90", "23", art="FC-S3", un="un"),
        L("Tinta exterior acrílica branca 15 L", "4", "72.50", "23", art="TX-15", un="un"),
        L("Adubo orgânico certificado 25 kg", "10", "14.20", "6", art="AD-ORG", un="sc"),
        L("Rede de sombreamento agrícola", "55.5", "1.95", "13", art="RS-AG", un="m²"),
        L("Portes de envio", "1", "18.00", "23", art="PORTES", un="sv"),
    ],
}

INVOICES = [DE, AT, FR, ES, IT, NL, BE, PT]
