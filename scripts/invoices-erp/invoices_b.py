"""Invoices 9-16: data once per invoice + its own print layout."""
import random
from reportlab.lib.pagesizes import A4, letter
from lib import Doc, NumFmt, fmt_date, date, table, kv, iban, pl_nip, se_momsnr, dk_cvr, ie_vat, gr_afm, tr_vkn, gstin

GREY = (0.92, 0.92, 0.92)


def L(desc, qty, price, rate, **kw):
    d = {"desc": desc, "qty": qty, "price": price, "rate": rate}
    d.update(kw)
    return d


# =====================================================================
# 9  PL — wFirma/inFakt-style Faktura VAT, two pages
# =====================================================================
def render_pl(c, inv, k, total):
    W, H = A4
    N, ds = inv["num"], lambda x: fmt_date(date(x), inv["datefmt"])
    s, b = inv["seller"], inv["buyer"]

    def footer(p, page, tot):
        p.hline(40, W - 40, 48, 0.4)
        p.t(40, 36, f"Faktura {inv['number']}", "Noto", 7)
        p.t(W - 40, 36, f"strona {page} z {tot}", "Noto", 7, "r")

    def cont(p, page, tot):
        p.t(40, H - 50, f"Faktura VAT nr {inv['number']} (ciąg dalszy)", "Noto-B", 9.5)
        return H - 68

    doc = Doc(c, W, H, total, footer=footer, cont_header=cont, bottom=70)
    p = doc.pen
    p.t(40, H - 60, "Faktura VAT", "Noto-B", 18)
    p.t(40, H - 78, f"nr {inv['number']}", "Noto-B", 12)
    kv(p, 330, H - 50, [("Data wystawienia:", ds(inv["issue"])), ("Data sprzedaży:", "13.03.2026"), ("Miejsce wystawienia:", "Poznań"),
                        ("Nr zamówienia:", "ZAM/2026/112"), ("Nr klienta:", "K/0871")], font="Noto", bold="Noto", size=8.5, vx=225, valign="r")
    p.hline(40, W - 40, H - 128, 0.6)
    for x, lab, party, extra in [(40, "Sprzedawca", s, [f"NIP: {s['vatId']}", s["email"]]), (220, "Nabywca", b, [f"NIP: {b['vatId']}"])]:
        p.t(x, H - 145, lab, "Noto-B", 8.5)
        p.lines(x, H - 160, [party["name"]] + party["address"] + extra, "Noto", 8.5, 11.5)
    p.t(400, H - 145, "Odbiorca", "Noto-B", 8.5)
    p.lines(400, H - 160, ["Piekarnia Złoty Kłos", "Magazyn nr 2", "ul. Przemysłowa 5", "62-080 Tarnowo Podgórne"], "Noto", 8.5, 11.5)
    cols = [("lp", "Lp.", 24, "c"), ("desc", "Nazwa towaru lub usługi", 200, "l"), ("qty", "Ilość", 45, "r"), ("jm", "J.m.", 30, "c"),
            ("price", "Cena netto", 62, "r"), ("vat", "Stawka\nVAT", 40, "c"), ("amount", "Wartość netto", 114, "r")]
    rows = [(i, {"lp": str(i + 1), "desc": ln["desc"], "qty": N.dec_str(ln["qty"]), "jm": ln["jm"], "price": N.dec_str(ln["price"]),
                 "vat": ln["rate"] + "%", "amount": N.c(lc["amount"])}) for i, (ln, lc) in enumerate(zip(inv["lines"], k["lines"]))]
    y = table(doc, 40, H - 240, cols, rows, font="Noto", bold="Noto-B", size=8, grid=True, head_fill=GREY, lead=9.6, pad=3)
    y -= 16
    if y < 230:
        y = doc.new_page()
    p.t(250, y, "Stawka VAT", "Noto-B", 8); p.t(360, y, "Wartość netto", "Noto-B", 8, "r"); p.t(440, y, "Kwota VAT", "Noto-B", 8, "r"); p.t(W - 40, y, "Wartość brutto", "Noto-B", 8, "r")
    y -= 4
    for v in k["vat"]:
        y -= 12
        p.t(250, y, f"{v['rate']}%", "Noto", 8); p.t(360, y, N.c(v["base"]), "Noto", 8, "r"); p.t(440, y, N.c(v["tax"]), "Noto", 8, "r"); p.t(W - 40, y, N.c(v["base"] + v["tax"]), "Noto", 8, "r")
    y -= 14
    p.hline(250, W - 40, y + 9, 0.5)
    p.t(250, y, "Razem", "Noto-B", 8); p.t(360, y, N.c(k["subtotal"]), "Noto-B", 8, "r"); p.t(440, y, N.c(k["tax"]), "Noto-B", 8, "r"); p.t(W - 40, y, N.c(k["total"]), "Noto-B", 8, "r")
    y -= 30
    p.t(40, y, "Do zapłaty:", "Noto-B", 11); p.t(130, y, N.c(k["total"]) + " PLN", "Noto-B", 11)
    y -= 16
    kv(p, 40, y, [("Sposób płatności:", "przelew"), ("Termin płatności:", f"{ds(inv['due'])} (14 dni)"),
                  ("Numer konta:", s["iban"]), ("Bank:", "mBank S.A.")], font="Noto", bold="Noto", size=8.5, vx=95)
    y -= 80
    p.hline(60, 220, y, 0.4, dash=(1, 2)); p.hline(W - 220, W - 60, y, 0.4, dash=(1, 2))
    p.t(140, y - 10, "Osoba upoważniona do odbioru", "Noto", 6.5, "c"); p.t(W - 140, y - 10, "Osoba upoważniona do wystawienia", "Noto", 6.5, "c")
    return doc


_pl = [
    ("Mąka pszenna typ 650, worek 25 kg", "40", "worek", "52.80", "8"),
    ("Mąka żytnia typ 2000, worek 25 kg", "12", "worek", "61.40", "8"),
    ("Drożdże piekarskie świeże, kostka 1 kg", "25", "szt.", "7.35", "8"),
    ("Masło ekstra 82%", "12.5", "kg", "34.90", "8"),
    ("Cukier biały kryształ", "50", "kg", "3.89", "8"),
    ("Sól kamienna jodowana", "20", "kg", "1.45", "8"),
    ("Ziarno słonecznika łuskane", "15", "kg", "9.80", "8"),
    ("Siemię lniane złociste", "7.5", "kg", "11.20", "8"),
    ("Mak niebieski", "5", "kg", "24.60", "8"),
    ("Jaja kurze klasa L, wytłaczanka 30 szt.", "18", "opak.", "27.90", "8"),
    ("Mleko 3,2% UHT 1 l", "48", "szt.", "3.65", "8"),
    ("Czekolada deserowa 54% w pastylkach, do wypieków i dekoracji (opakowanie zbiorcze 5 kg)", "2", "opak.", "219.00", "8"),
    ("Rodzynki sułtańskie", "10", "kg", "16.40", "8"),
    ("Polewa kakaowa", "6", "kg", "18.75", "8"),
    ("Papier do pieczenia, rolka 50 m", "10", "szt.", "14.90", "23"),
    ("Torebki papierowe na pieczywo 1000 szt.", "4", "karton", "89.00", "23"),
    ("Rękawiczki nitrylowe rozm. L, 100 szt.", "8", "opak.", "21.50", "23"),
    ("Środek do dezynfekcji powierzchni 5 l", "3", "szt.", "64.00", "23"),
    ("Forma do chleba stalowa 30 cm", "12", "szt.", "38.40", "23"),
    ("Koszyk do wyrastania ciasta z rattanu, okrągły Ø 22 cm", "20", "szt.", "26.90", "23"),
    ("Skrobka do ciasta plastikowa", "10", "szt.", "4.20", "23"),
    ("Ściereczki kuchenne bawełniane", "24", "szt.", "5.10", "23"),
    ("Worki na odpady 120 l, rolka 25 szt.", "6", "rolka", "12.60", "23"),
    ("Olej rzepakowy 5 l", "8", "szt.", "42.30", "8"),
    ("Miód wielokwiatowy 1,2 kg", "6", "słoik", "46.00", "8"),
    ("Transport – dostawa samochodem chłodnią", "1", "usł.", "180.00", "23"),
    ("Płatki owsiane górskie", "12", "kg", "6.40", "8"),
    ("Otręby pszenne", "4.5", "kg", "4.10", "8"),
    ("Etykiety termiczne 58 × 40 mm", "10", "rolka", "9.95", "23"),
    ("Nożyk do nacinania chleba (lame)", "5", "szt.", "17.80", "23"),
    ("Kminek cały", "1.25", "kg", "39.00", "8"),
    ("Czyszczenie i konserwacja pieca piekarniczego – usługa serwisowa", "1", "usł.", "450.00", "23"),
    ("Pudełka na ciasto 30 × 30 cm", "100", "szt.", "1.35", "23"),
    ("Kakao naturalne 22%", "3", "kg", "48.90", "8"),
    ("Wanilia w laskach (10 szt.)", "2", "opak.", "79.00", "8"),
    ("Cukier puder", "10", "kg", "5.20", "8"),
    ("Szczotka do mąki z naturalnego włosia", "3", "szt.", "22.00", "23"),
]

PL = {
    "name": "pl-hurt-piekarski-faktura-2str", "country": "Poland", "lang": "Polish", "currency": "PLN",
    "layout": "wFirma/inFakt-style Faktura VAT: title and number top left, date/place/order/customer-number block top right, three columns Sprzedawca/Nabywca/Odbiorca, full-grid 37-line table over two pages with a continuation header, VAT summary by rate (netto/VAT/brutto), Do zapłaty, payment block, signature lines, \"strona x z y\" footer",
    "hard": "two pages; 8 % and 23 % VAT; quantities with decimals and units (12,5 kg, 1,25 kg); 1 234,56 with space grouping; NIP printed with dashes; separate Odbiorca (delivery) block; Do zapłaty equals the total (amountDue null)",
    "render": render_pl, "num": NumFmt(" ", ","), "datefmt": "dd.mm.yyyy",
    "number": "FV 45/03/2026", "issue": "2026-03-16", "due": "2026-03-30",
    "seller": {"name": "Hurtownia Piekarska WIELKOPOL Sp. z o.o.", "vatId": None,
               "address": ["ul. Głogowska 218", "60-104 Poznań"], "email": "faktury@wielkopol-hurt.pl",
               "iban": iban("PL", "11402004" + "0000350212345678")},
    "buyer": {"name": "Piekarnia Złoty Kłos Anna Nowicka", "vatId": None, "address": ["ul. Rynek 7", "62-080 Tarnowo Podgórne"], "email": None},
    "lines": [L(d, q, pr, r, jm=u) for d, q, u, pr, r in _pl],
}
_n = pl_nip("778149032")
PL["seller"]["vatId"] = f"{_n[:3]}-{_n[3:6]}-{_n[6:8]}-{_n[8:]}"
_n = pl_nip("777002196")
PL["buyer"]["vatId"] = f"{_n[:3]}-{_n[3:6]}-{_n[6:8]}-{_n[8:]}"


# =====================================================================
# 10  SE — Visma eEkonomi-style faktura, prices incl. moms, bankgiro slip
# =====================================================================
def render_se(c, inv, k, total):
    W, H = A4
    N, ds = inv["num"], lambda x: fmt_date(date(x), inv["datefmt"])
    s, b = inv["seller"], inv["buyer"]

    doc = Doc(c, W, H, total, footer=None)
    p = doc.pen
    p.t(45, H - 60, s["name"], "Lib-B", 15)
    p.t(W - 45, H - 60, "FAKTURA", "Lib-B", 18, "r")
    kv(p, 345, H - 85, [("Fakturanummer", inv["number"]), ("Fakturadatum", ds(inv["issue"])), ("Förfallodatum", ds(inv["due"])),
                        ("Kundnummer", "1093"), ("Er referens", b["name"]), ("Vår referens", "Johan Ek"), ("Betalningsvillkor", "30 dagar netto")],
       font="Lib", bold="Lib", size=8.5, vx=90, lead=12)
    p.lines(55, H - 140, [b["name"]] + b["address"], "Lib", 10.5, 14)
    p.t(45, H - 215, "Alla priser inkl. moms.", "Lib", 8)
    cols = [("desc", "Benämning", 250, "l"), ("qty", "Antal", 55, "r"), ("unit", "Enhet", 45, "l"), ("price", "À-pris", 65, "r"),
            ("vat", "Moms", 35, "r"), ("amount", "Belopp", 55, "r")]
    rows = [(i, {"desc": ln["desc"], "qty": N.dec_str(ln["qty"]), "unit": ln["unit"], "price": N.dec_str(ln["price"]),
                 "vat": ln["rate"] + "%", "amount": N.c(lc["amount"])}) for i, (ln, lc) in enumerate(zip(inv["lines"], k["lines"]))]
    y = table(doc, 45, H - 225, cols, rows, font="Lib", bold="Lib-B", size=8.5, head_fill=None)
    y -= 18
    x1, x2 = 330, W - 45
    for lab, val in [("Summa inkl. moms", N.c(k["total"]))] + [(f"varav moms {v['rate']} %", N.c(v["tax"])) for v in k["vat"]] + [("Summa exkl. moms", N.c(k["subtotal"]))]:
        p.t(x1, y, lab, "Lib", 8.5); p.t(x2, y, val, "Lib", 8.5, "r"); y -= 13
    p.rect(x1 - 5, y - 9, x2 - x1 + 5, 20, fill=GREY, stroke=False)
    p.t(x1, y - 2, "Att betala SEK", "Lib-B", 10.5); p.t(x2 - 3, y - 2, N.c(k["total"]), "Lib-B", 10.5, "r")
    # footer columns
    p.hline(45, W - 45, 250, 0.4)
    for x, col in [(45, ["Adress", s["name"]] + s["address"]), (200, ["Kontakt", "Tel 0155-21 40 60", s["email"]]),
                   (340, ["Bankgiro", "5402-1187"]), (440, ["Organisationsnr", "556812-3349", "Momsreg.nr", s["vatId"], "Godkänd för F-skatt"])]:
        p.t(x, 238, col[0], "Lib-B", 7)
        p.lines(x, 228, col[1:], "Lib", 7, 9)
    # bankgiro payment slip
    p.hline(0, W, 170, 0.6, dash=(4, 3))
    p.rect(0, 0, W, 170, fill=(1.0, 0.97, 0.88), stroke=False)
    p.t(30, 150, "INBETALNING/GIRERING AVI", "Lib-B", 9)
    kv(p, 30, 128, [("Betalningsmottagare", s["name"]), ("Bankgironummer", "5402-1187"), ("OCR/referens", "4711002618"),
                    ("Förfallodag", ds(inv["due"]))], font="Lib", bold="Lib", size=8.5, vx=110, lead=13)
    p.rect(330, 95, 230, 40, fill=(1, 1, 1))
    p.t(336, 124, "Kronor", "Lib", 7); p.t(552, 104, N.c(k["total"]), "LibMono", 13, "r")
    p.t(300, 30, "# 4711002618 #    " + str(k["total"] // 100) + " " + f"{k['total'] % 100:02d}" + "  8 >    54021187#41#", "LibMono", 10, "c")
    return doc


SE = {
    "name": "se-gardskok-visma-faktura", "country": "Sweden", "lang": "Swedish", "currency": "SEK",
    "layout": "Visma eEkonomi-style faktura: seller name top left, FAKTURA top right with a label/value block (Fakturanummer … Betalningsvillkor), window address, \"Alla priser inkl. moms\", four-column footer (Adress/Kontakt/Bankgiro/Organisationsnr + Momsreg.nr) above a tinted bankgiro payment slip with OCR line",
    "hard": "B2C prices printed incl. moms (12 % food, 25 % other), totals printed as \"Summa inkl. moms / varav moms 25 % / varav moms 12 % / Summa exkl. moms / Att betala\"; hours 4,5 tim; the amount is repeated on the slip and in the OCR line; ISO dates; Org.nr and Momsreg.nr both printed",
    "render": render_se, "num": NumFmt(" ", ","), "datefmt": "iso", "mode": "gross",
    "number": "20260317", "issue": "2026-03-09", "due": "2026-04-08",
    "seller": {"name": "Strömsholms Gårdskök AB", "vatId": se_momsnr("556812334"),
               "address": ["Gårdsvägen 3", "734 94 Strömsholm"], "email": "info@stromsholmsgardskok.se"},
    "buyer": {"name": "Elin Sandberg", "vatId": None, "address": ["Kungsgatan 14 B", "722 11 Västerås"], "email": None},
    "lines": [
        L("Festbuffé \"Mälardalen\" (varmrätt, sallader, bröd)", "38", "325.00", "12", unit="st"),
        L("Tårta med hjortron och grädde, 40 bitar", "1", "1480.00", "12", unit="st"),
        L("Alkoholfri dryck, flaska 33 cl", "60", "29.00", "12", unit="st"),
        L("Hyra porslin och glas, komplett kuvert", "40", "45.00", "25", unit="st"),
        L("Serveringspersonal", "4.5", "495.00", "25", unit="tim"),
        L("Transport och utkörning", "1", "650.00", "25", unit="st"),
    ],
}


# =====================================================================
# 11  DK — e-conomic-style faktura with aconto deduction
# =====================================================================
def render_dk(c, inv, k, total):
    W, H = A4
    N, ds = inv["num"], lambda x: fmt_date(date(x), inv["datefmt"])
    s, b = inv["seller"], inv["buyer"]

    def footer(p, page, tot):
        p.t(W / 2, 40, f"{s['name']} · {s['address'][0]} · {s['address'][1]} · CVR-nr. {s['vatId']} · {s['email']}", "DejaVuC", 7, "c")
        p.t(W / 2, 30, "Danske Bank · Reg.nr. 3409 · Kontonr. 10472285", "DejaVuC", 7, "c")

    doc = Doc(c, W, H, total, footer=footer)
    p = doc.pen
    p.lines(W - 45, H - 55, [s["name"]] + s["address"] + ["Tlf. 86 12 44 90", "CVR-nr. " + s["vatId"]], "DejaVuC", 8.5, 11, "r")
    p.lines(50, H - 130, [b["name"], "Att.: Kasper Holm"] + b["address"], "DejaVu", 10, 13)
    p.t(50, H - 225, "Faktura", "DejaVu-B", 16)
    kv(p, 360, H - 170, [("Fakturanr.", inv["number"]), ("Dato", ds(inv["issue"])), ("Kundenr.", "1044"), ("Deres ref.", "Kasper Holm"),
                         ("Side", f"1 af {doc.tot()}")], font="DejaVuC", bold="DejaVuC", size=8.5, vx=185, valign="r")
    cols = [("no", "Varenr.", 55, "l"), ("desc", "Beskrivelse", 215, "l"), ("qty", "Antal", 50, "r"), ("unit", "Enhed", 45, "l"),
            ("price", "Pris", 65, "r"), ("amount", "Beløb", 75, "r")]
    rows = [(i, {"no": ln["no"], "desc": ln["desc"], "qty": N.dec_str(ln["qty"]), "unit": ln["unit"], "price": N.dec_str(ln["price"]),
                 "amount": N.c(lc["amount"])}) for i, (ln, lc) in enumerate(zip(inv["lines"], k["lines"]))]
    y = table(doc, 45, H - 245, cols, rows, font="DejaVuC", bold="DejaVuC-B", size=8.5, head_fill=None)
    y -= 18
    x1, x2 = 330, W - 45
    v = k["vat"][0]
    rowsT = [("Subtotal", N.c(k["subtotal"]), "DejaVuC"), (f"Moms ({v['rate']}%)", N.c(k["tax"]), "DejaVuC"),
             ("Total DKK", N.c(k["total"]), "DejaVuC-B"), ("Aconto faktureret og betalt 05-02-2026", "-" + N.c(k["deposit"]), "DejaVuC"),
             ("Restbeløb DKK", N.c(k["due"]), "DejaVuC-B")]
    for lab, val, f in rowsT:
        p.t(x1, y, lab, f, 9); p.t(x2, y, val, f, 9, "r"); y -= 14
        if lab.startswith("Total") or lab.startswith("Aconto"):
            p.hline(x1, x2, y + 10, 0.5)
    y -= 20
    p.lines(50, y, [f"Betalingsbetingelser: Netto 8 dage – Forfaldsdato: {ds(inv['due'])}",
                    "Ved betaling efter forfald tilskrives renter på 0,7% pr. påbegyndt måned.",
                    "FI-indbetaling: +71< 000000010447216 +87651234<"], "DejaVuC", 8.5, 12)
    return doc


DK = {
    "name": "dk-toemrer-economic-aconto", "country": "Denmark", "lang": "Danish", "currency": "DKK",
    "layout": "e-conomic-style faktura: seller block right-aligned top right, recipient with Att.-line left, Faktura title and a right-hand Fakturanr./Dato/Kundenr./Deres ref./Side grid, Varenr. column, totals Subtotal/Moms (25%)/Total DKK followed by an aconto deduction and Restbeløb, FI payment line, centred footer",
    "hard": "aconto (deposit) deducted, Restbeløb ≠ Total; dates dd-mm-yyyy; hours 37,5; due date printed inside the payment-terms sentence; the aconto date also printed near the totals",
    "render": render_dk, "num": NumFmt(".", ","), "datefmt": "dd-mm-yyyy", "deposit": "25000.00",
    "number": "2026-1183", "issue": "2026-03-17", "due": "2026-03-25",
    "seller": {"name": "Tømrerfirmaet Kristensen & Søn ApS", "vatId": dk_cvr("3841762"),
               "address": ["Hasselager Allé 12", "8260 Viby J"], "email": "faktura@kristensen-toemrer.dk"},
    "buyer": {"name": "Andelsboligforeningen Frederiksbjerg", "vatId": None, "address": ["Jægergårdsgade 88", "8000 Aarhus C"], "email": None},
    "lines": [
        L("Udskiftning af vinduer i opgang 2, 1.-4. sal, inkl. fuger og lysninger", "16", "4850.00", "25", no="VIN-01", unit="stk."),
        L("Tømrerarbejde, svend", "37.5", "465.00", "25", no="T-100", unit="timer"),
        L("Lærling", "22", "275.00", "25", no="T-110", unit="timer"),
        L("Lukning af facadestillads", "1", "3200.00", "25", no="ST-02", unit="stk."),
        L("Bortskaffelse af gamle vinduer", "1", "1850.00", "25", no="AFF-01", unit="stk."),
    ],
}


# =====================================================================
# 12  IE — Xero-style tax invoice with payment advice
# =====================================================================
def render_ie(c, inv, k, total):
    W, H = A4
    N, ds = inv["num"], lambda x: fmt_date(date(x), inv["datefmt"])
    s, b = inv["seller"], inv["buyer"]

    doc = Doc(c, W, H, total, footer=None)
    p = doc.pen
    p.t(45, H - 70, "TAX INVOICE", "Noto-B", 20)
    p.lines(55, H - 95, [b["name"], "Attention: Accounts Payable"] + b["address"], "Noto", 9, 12)
    p.lines(330, H - 60, ["Invoice Date", ds(inv["issue"]), "", "Invoice Number", inv["number"], "", "Reference", "PO 7781", "", "VAT Number", s["vatId"]], "Noto", 8.5, 10.5)
    p.lines(440, H - 60, [s["name"]] + s["address"] + [s["email"]], "Noto", 8.5, 10.5)
    cols = [("desc", "Description", 240, "l"), ("qty", "Quantity", 55, "r"), ("price", "Unit Price", 65, "r"), ("vat", "VAT", 50, "r"),
            ("amount", "Amount EUR", 95, "r")]
    rows = [(i, {"desc": ln["desc"], "qty": N.dec_str(ln["qty"]), "price": N.dec_str(ln["price"]), "vat": ln["vat_label"],
                 "amount": N.c(lc["amount"])}) for i, (ln, lc) in enumerate(zip(inv["lines"], k["lines"]))]
    y = table(doc, 45, H - 230, cols, rows, font="Noto", bold="Noto-B", size=8.3, head_fill=None)
    y -= 14
    x1, x2 = 360, W - 45
    p.t(x1, y, "Subtotal", "Noto", 8.5); p.t(x2, y, N.c(k["subtotal"]), "Noto", 8.5, "r"); y -= 14
    for v in k["vat"]:
        p.t(x1, y, f"TOTAL VAT {v['rate']}%", "Noto", 8.5); p.t(x2, y, N.c(v["tax"]), "Noto", 8.5, "r"); y -= 14
    p.hline(x1, x2, y + 8, 1.2)
    p.t(x1, y - 4, "TOTAL EUR", "Noto-B", 10); p.t(x2, y - 4, N.c(k["total"]), "Noto-B", 10, "r")
    y -= 40
    p.t(45, y, f"Due Date: {ds(inv['due'])}", "Noto-B", 9)
    p.lines(45, y - 14, ["Payment by EFT to Bank of Ireland, Galway", f"IBAN {s['iban']}   BIC BOFIIE2D",
                         "Please quote the invoice number as your payment reference."], "Noto", 8.5, 11.5)
    p.t(45, 258, "Company Registration No: 598231. Registered Office: " + ", ".join(s["address"]) + ".", "Noto", 6.8)
    p.hline(0, W, 240, 0.6, dash=(3, 3))
    p.t(45, 246, "✂", "DejaVu", 9)
    p.t(45, 210, "PAYMENT ADVICE", "Noto-B", 14)
    p.lines(45, 185, ["To: " + s["name"]] + s["address"], "Noto", 8.5, 11)
    kv(p, 300, 210, [("Customer", b["name"]), ("Invoice Number", inv["number"]), ("Amount Due", N.c(k["total"])), ("Due Date", ds(inv["due"]))],
       font="Noto", bold="Noto-B", size=8.5, vx=90, lead=16)
    p.t(300, 138, "Amount Enclosed", "Noto-B", 8.5); p.hline(390, W - 45, 136, 0.6)
    p.t(390, 124, "Enter the amount you are paying above", "Noto", 6.5)
    return doc


IE = {
    "name": "ie-signs-xero-tax-invoice", "country": "Ireland", "lang": "English (IE)", "currency": "EUR",
    "layout": "Xero-style TAX INVOICE: big title top left, customer address under it, a middle column of stacked label/value pairs (Invoice Date, Invoice Number, Reference, VAT Number), seller address on the far right, plain table with VAT label per line, Subtotal / TOTAL VAT x% / TOTAL EUR, Due Date line, scissors-cut PAYMENT ADVICE slip repeating amount and due date",
    "hard": "two VAT rates 23 % and 13.5 % (printed per line as \"23%\" / \"13.5%\"); dates \"16 Mar 2026\"; labels above values instead of beside them; seller VAT number in the invoice-details column, not with the seller address; payment advice \"Amount Due\" equals the total (amountDue null)",
    "render": render_ie, "num": NumFmt(",", "."), "datefmt": "en-short",
    "number": "INV-0412", "issue": "2026-03-16", "due": "2026-04-15",
    "seller": {"name": "Corrib Signs & Print Ltd", "vatId": ie_vat("3391207"),
               "address": ["Unit 4, Ballybrit Business Park", "Galway", "H91 P2X8"], "email": "accounts@corribsigns.ie",
               "iban": iban("IE", "BOFI" + "904112" + "38501929")},
    "buyer": {"name": "Salthill Seafood Kitchen Ltd", "vatId": None, "address": ["142 Upper Salthill Road", "Galway", "H91 E6T3"], "email": None},
    "lines": [
        L("Illuminated fascia sign 4200 × 900 mm, aluminium tray with LED modules, fabricated and powder-coated to RAL 5011", "1", "3450.00", "23", vat_label="23%"),
        L("Window vinyl graphics, frosted with cut lettering", "6.5", "48.00", "23", vat_label="23%"),
        L("Printed menu boards A2, foamex 5 mm", "8", "36.50", "23", vat_label="23%"),
        L("Installation of signage (two fitters)", "7.5", "62.00", "13.5", vat_label="13.5%"),
        L("Site survey and design proofs", "1", "180.00", "23", vat_label="23%"),
    ],
}


# =====================================================================
# 13  US — QuickBooks Online-style invoice, ship-to, deposit
# =====================================================================
def render_us(c, inv, k, total):
    W, H = letter
    N, ds = inv["num"], lambda x: fmt_date(date(x), inv["datefmt"])
    s, b = inv["seller"], inv["buyer"]
    TEAL = (0.13, 0.47, 0.52)

    def footer(p, page, tot):
        p.t(W / 2, 30, f"Page {page} of {tot}", "Lib", 7, "c")

    doc = Doc(c, W, H, total, footer=footer)
    p = doc.pen
    p.lines(45, H - 50, [s["name"]] + s["address"] + [s["email"], "(845) 555-0142"], "Lib", 9, 11.5)
    p.t(45, H - 130, "INVOICE", "Lib", 22, color=TEAL)
    p.t(45, H - 160, "BILL TO", "Lib-B", 8, color=TEAL)
    p.lines(45, H - 173, [b["name"]] + b["address"], "Lib", 9, 11.5)
    p.t(205, H - 160, "SHIP TO", "Lib-B", 8, color=TEAL)
    p.lines(205, H - 173, [b["name"], "Attn: Site Super", "211 Rondout Landing", "Kingston, NY 12401"], "Lib", 9, 11.5)
    kv(p, 390, H - 160, [("INVOICE #", inv["number"]), ("DATE", ds(inv["issue"])), ("DUE DATE", ds(inv["due"])), ("TERMS", "Net 30")],
       font="Lib", bold="Lib-B", size=8.5, vx=80, lead=12.5)
    kv(p, 45, H - 240, [("SHIP DATE", "03/05/2026"), ("SHIP VIA", "Own truck"), ("P.O. NUMBER", "RL-0394")], font="Lib", bold="Lib-B", size=8, vx=70, lead=11.5)
    p.hline(45, W - 45, H - 285, 1, color=TEAL)
    cols = [("sku", "SKU", 60, "l"), ("desc", "DESCRIPTION", 230, "l"), ("tax", "TAX", 35, "c"), ("qty", "QTY", 50, "r"),
            ("price", "RATE", 65, "r"), ("amount", "AMOUNT", 82, "r")]
    rows = [(i, {"sku": ln["sku"], "desc": ln["desc"], "tax": "T" if ln.get("taxable", True) else "", "qty": N.dec_str(ln["qty"]),
                 "price": N.dec_str(ln["price"]), "amount": N.c(lc["amount"])}) for i, (ln, lc) in enumerate(zip(inv["lines"], k["lines"]))]
    y = table(doc, 45, H - 290, cols, rows, font="Lib", bold="Lib-B", size=8.5, head_fill=(0.85, 0.93, 0.94), head_color=TEAL, rule=False)
    y -= 12
    p.hline(45, W - 45, y + 6, 0.4, dash=(2, 2))
    x1, x2 = 370, W - 45
    for lab, val, f in [("SUBTOTAL", N.c(k["subtotal"]), "Lib"), ("TAX", N.c(k["tax"]), "Lib"), ("TOTAL", N.c(k["total"]), "Lib"),
                        ("DEPOSIT", N.c(k["deposit"]), "Lib")]:
        p.t(x1, y - 6, lab, f, 9); p.t(x2, y - 6, val, f, 9, "r"); y -= 15
    p.t(x1, y - 12, "BALANCE DUE", "Lib", 9); p.t(x2, y - 14, "$" + N.c(k["due"]), "Lib-B", 15, "r")
    p.lines(45, y + 40, [f"Sales tax {inv['sales_tax']}% on taxable items (T).",
                         "Thank you for your business! Make checks payable to " + s["name"] + "."], "Lib", 8, 11)
    p.t(45, y - 60, "TAX SUMMARY", "Lib-B", 8, color=TEAL)
    p.lines(45, y - 73, [f"RATE {inv['sales_tax']}%      TAX {N.c(k['tax'])}      NET {N.c(k['taxable'])}"], "Lib", 8, 11)
    return doc


US = {
    "name": "us-tile-quickbooks-invoice", "country": "United States", "lang": "English (US)", "currency": "USD",
    "layout": "QuickBooks Online-style invoice: seller block top left, large INVOICE title, BILL TO / SHIP TO side by side, INVOICE # / DATE / DUE DATE / TERMS block, SHIP DATE / SHIP VIA / P.O. NUMBER strip, SKU/DESCRIPTION/TAX/QTY/RATE/AMOUNT table with a T marker for taxable lines, SUBTOTAL/TAX/TOTAL/DEPOSIT/BALANCE DUE and a tax summary",
    "hard": "dates mm/dd/yyyy (and a ship date close by); sales tax 8.125 % only on the taxable lines (labour not taxable); deposit deducted, BALANCE DUE ≠ TOTAL; amounts printed without currency symbol except the balance; separate ship-to address",
    "render": render_us, "num": NumFmt(",", "."), "datefmt": "mm/dd/yyyy", "mode": "us", "sales_tax": "8.125", "deposit": "1500.00",
    "number": "1047", "issue": "2026-03-06", "due": "2026-04-05",
    "seller": {"name": "Hudson Valley Tile & Stone LLC", "vatId": None, "address": ["58 Broadway", "Kingston, NY 12401"],
               "email": "billing@hvtilestone.com"},
    "buyer": {"name": "Rondout Landing Condominiums", "vatId": None, "address": ["PO Box 3310", "Poughkeepsie, NY 12603"], "email": None},
    "lines": [
        L("Porcelain floor tile 24\" x 24\", matte charcoal", "412.5", "6.85", None, sku="PT-2424C"),
        L("Thinset mortar, polymer-modified 50 lb", "18", "32.40", None, sku="TM-50"),
        L("Schluter edge trim, brushed stainless, 8 ft", "24", "21.75", None, sku="SCH-8SS"),
        L("Tile installation labor, lobby and corridors (includes surface prep and leveling)", "64", "72.00", None, sku="LAB-INST", taxable=False),
        L("Grout sealer, 1 gal", "3", "48.90", None, sku="GS-1G"),
    ],
}


# =====================================================================
# 14  IN — Tally-style GST tax invoice, two pages, Indian digit grouping
# =====================================================================
ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen",
        "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _w99(n):
    return ONES[n] if n < 20 else (TENS[n // 10] + (" " + ONES[n % 10] if n % 10 else ""))


def _w999(n):
    h, r = divmod(n, 100)
    return ((ONES[h] + " Hundred" + (" " if r else "")) if h else "") + (_w99(r) if r else "")


def words_in(n):
    parts = []
    for div, name in [(10000000, "Crore"), (100000, "Lakh"), (1000, "Thousand")]:
        q, n = divmod(n, div)
        if q:
            parts.append(_w999(q) + " " + name)
    if n:
        parts.append(_w999(n))
    return " ".join(parts)


def rupees_words(c):
    r, p = divmod(c, 100)
    s = "INR " + words_in(r)
    if p:
        s += " and " + _w99(p) + " paise"
    return s + " Only"


def render_in(c, inv, k, total):
    W, H = A4
    N, ds = inv["num"], lambda x: fmt_date(date(x), inv["datefmt"])
    s, b = inv["seller"], inv["buyer"]
    X0, X1 = 30, W - 30

    def footer(p, page, tot):
        p.t(W / 2, 22, "This is a Computer Generated Invoice", "DejaVuC", 7, "c")
        if page < tot:
            p.t(X1, 36, f"continued to page number {page + 1}", "DejaVuC", 7.5, "r")

    def cont(p, page, tot):
        p.t(W / 2, H - 35, f"Tax Invoice (Page {page})", "DejaVuC-B", 10, "c")
        p.t(X0, H - 52, f"Invoice No. {inv['number']}", "DejaVuC", 8); p.t(X1, H - 52, f"Dated {ds(inv['issue'])}", "DejaVuC", 8, "r")
        return H - 60

    doc = Doc(c, W, H, total, footer=footer, cont_header=cont, bottom=55)
    p = doc.pen
    p.t(W / 2, H - 35, "Tax Invoice", "DejaVuC-B", 11, "c")
    top = H - 45
    p.rect(X0, top - 260, X1 - X0, 260, lw=0.6)
    mid = 300
    p.vline(mid, top, top - 260)
    p.hline(X0, mid, top - 85); p.hline(X0, mid, top - 170)
    p.t(X0 + 4, top - 12, s["name"], "DejaVuC-B", 9)
    p.lines(X0 + 4, top - 23, s["address"] + [f"GSTIN/UIN: {s['vatId']}", "State Name : Maharashtra, Code : 27", f"E-Mail : {s['email']}"], "DejaVuC", 7.5, 9.5)
    p.t(X0 + 4, top - 95, "Consignee (Ship to)", "DejaVuC", 7)
    p.lines(X0 + 4, top - 106, [b["name"], "Plot 44, MIDC Chakan Phase II", "Pune 410501", "State Name : Maharashtra, Code : 27"], "DejaVuC", 7.5, 9.5)
    p.t(X0 + 4, top - 180, "Buyer (Bill to)", "DejaVuC", 7)
    p.lines(X0 + 4, top - 191, [b["name"]] + b["address"] + [f"GSTIN/UIN : {b['vatId']}", "State Name : Maharashtra, Code : 27"], "DejaVuC-B", 7.5, 9.5)
    grid = [("Invoice No.", inv["number"], "Dated", ds(inv["issue"])), ("Delivery Note", "DN/118", "Mode/Terms of Payment", "30 Days"),
            ("Reference No. & Date.", "", "Other References", ""), ("Buyer's Order No.", "PO/CH/2026/0417", "Dated", "02-Mar-2026"),
            ("Dispatch Doc No.", "LR 58120", "Delivery Note Date", "12-Mar-2026"), ("Dispatched through", "Shree Ganesh Roadlines", "Destination", "Chakan")]
    rh = 260 / 7
    cm = (mid + X1) / 2
    p.vline(cm, top, top - rh * 6)
    for i, (l1, v1, l2, v2) in enumerate(grid):
        yy = top - i * rh
        p.hline(mid, X1, yy - rh)
        p.t(mid + 4, yy - 10, l1, "DejaVuC", 7); p.t(mid + 4, yy - 22, v1, "DejaVuC-B", 8)
        p.t(cm + 4, yy - 10, l2, "DejaVuC", 7); p.t(cm + 4, yy - 22, v2, "DejaVuC-B", 8)
    p.t(mid + 4, top - 6 * rh - 10, "Terms of Delivery", "DejaVuC", 7); p.t(mid + 4, top - 6 * rh - 22, "Door delivery, freight paid", "DejaVuC", 8)
    cols = [("sl", "Sl\nNo.", 24, "c"), ("desc", "Description of Goods", 190, "l"), ("hsn", "HSN/SAC", 50, "c"), ("qty", "Quantity", 68, "r"),
            ("price", "Rate", 60, "r"), ("per", "per", 30, "c"), ("gst", "GST\nRate", 32, "r"), ("amount", "Amount", 81, "r")]
    rows = [(i, {"sl": str(i + 1), "desc": (ln["desc"],), "hsn": ln["hsn"], "qty": (N.dec_str(ln["qty"], thou=False) + " " + ln["per"],),
                 "price": N.dec_str(ln["price"]), "per": ln["per"], "gst": ln["rate"] + " %", "amount": (N.c(lc["amount"]),)})
            for i, (ln, lc) in enumerate(zip(inv["lines"], k["lines"]))]
    for v in k["vat"]:
        half = str(float(v["rate"]) / 2).rstrip("0").rstrip(".")
        rows.append((None, {"desc": (f"Output CGST @ {half}%",), "gst": half + " %", "amount": (N.c(v["cgst"]),)}))
    for v in k["vat"]:
        half = str(float(v["rate"]) / 2).rstrip("0").rstrip(".")
        rows.append((None, {"desc": (f"Output SGST @ {half}%",), "gst": half + " %", "amount": (N.c(v["sgst"]),)}))
    rows.append((None, {"desc": ("Total",), "amount": ("₹ " + N.c(k["total"]),)}))
    y = table(doc, X0, top - 262, cols, rows, font="DejaVuC", bold="DejaVuC-B", size=7.8, grid=True, head_fill=None, lead=9.4, pad=3)
    if y < 330:
        y = doc.new_page()
    p.t(X0, y - 12, "Amount Chargeable (in words)", "DejaVuC", 7.5); p.t(X1, y - 12, "E. & O.E", "DejaVuC", 7.5, "r")
    p.t(X0, y - 24, rupees_words(k["total"]), "DejaVuC-B", 8.5)
    y -= 38
    hcols = [("h", "HSN/SAC", 95, "l"), ("tv", "Taxable\nValue", 85, "r"), ("cr", "Central Tax\nRate", 50, "r"), ("ca", "Central Tax\nAmount", 75, "r"),
             ("sr", "State Tax\nRate", 50, "r"), ("sa", "State Tax\nAmount", 75, "r"), ("tt", "Total\nTax Amount", 105, "r")]
    hrows = []
    for v in k["vat"]:
        half = str(float(v["rate"]) / 2).rstrip("0").rstrip(".")
        hsn = [ln["hsn"] for ln in inv["lines"] if ln["rate"] == v["rate"]][0]
        hrows.append((None, {"h": hsn, "tv": N.c(v["base"]), "cr": half + "%", "ca": N.c(v["cgst"]), "sr": half + "%", "sa": N.c(v["sgst"]), "tt": N.c(v["tax"])}))
    hrows.append((None, {"h": ("Total",), "tv": (N.c(k["subtotal"]),), "ca": (N.c(sum(v["cgst"] for v in k["vat"])),),
                         "sa": (N.c(sum(v["sgst"] for v in k["vat"])),), "tt": (N.c(k["tax"]),)}))
    y = table(doc, X0, y, hcols, hrows, font="DejaVuC", bold="DejaVuC-B", size=7.6, grid=True, head_fill=None, lead=9, pad=3)
    p.t(X0, y - 12, "Tax Amount (in words) :  " + rupees_words(k["tax"]), "DejaVuC", 7.5)
    y -= 30
    p.t(300, y, "Company's Bank Details", "DejaVuC", 7.5)
    kv(p, 300, y - 11, [("Bank Name", ": HDFC Bank Ltd"), ("A/c No.", ": 50200048123391"), ("Branch & IFS Code", ": Bhosari & HDFC0001182")],
       font="DejaVuC-B", bold="DejaVuC", size=7.5, vx=75, lead=10)
    p.t(X0, y, f"Company's PAN : {s['vatId'][2:12]}", "DejaVuC", 7.5)
    p.lines(X0, y - 20, ["Declaration", "We declare that this invoice shows the actual price of the", "goods described and that all particulars are true and correct."], "DejaVuC", 7, 9)
    p.t(X1, y - 60, f"for {s['name']}", "DejaVuC-B", 8, "r")
    p.t(X1, y - 95, "Authorised Signatory", "DejaVuC", 7.5, "r")
    return doc


_in = [
    ("Hex Bolt M12 × 60 HT 8.8 Zinc Plated", "7318", "1250", "Nos", "14.80", "18"),
    ("Hex Nut M12 HT 8.8", "7318", "1250", "Nos", "3.10", "18"),
    ("Plain Washer M12", "7318", "2500", "Nos", "0.95", "18"),
    ("Spring Washer M12", "7318", "1250", "Nos", "1.20", "18"),
    ("Allen Cap Screw M8 × 30 Black 12.9", "7318", "800", "Nos", "6.45", "18"),
    ("Allen Cap Screw M10 × 40 Black 12.9", "7318", "600", "Nos", "9.80", "18"),
    ("Stud Bolt M16 × 120 with 2 Nuts", "7318", "200", "Nos", "48.50", "18"),
    ("Anchor Fastener 12 × 100 mm (Wedge Type)", "7318", "300", "Nos", "22.40", "18"),
    ("Self Tapping Screw 8 × 1 inch, Pan Head", "7318", "5000", "Nos", "0.62", "18"),
    ("Threaded Rod M10 × 1 m, GI", "7318", "120", "Nos", "64.00", "18"),
    ("Eye Bolt M16 Forged", "7318", "40", "Nos", "118.00", "18"),
    ("Rivet Aluminium 4.8 × 12 mm", "7318", "12.500", "Kg", "412.00", "18"),
    ("Carriage Bolt M8 × 50", "7318", "1000", "Nos", "4.35", "18"),
    ("Lock Nut Nylon Insert M8", "7318", "1000", "Nos", "2.25", "18"),
    ("Foundation Bolt J-type M20 × 450 mm, with nut and washer, hot-dip galvanised", "7318", "64", "Nos", "186.00", "18"),
    ("Circlip External 25 mm", "7318", "500", "Nos", "1.80", "18"),
    ("Dowel Pin 8 × 40 Hardened", "7318", "400", "Nos", "5.60", "18"),
    ("Grub Screw M6 × 10", "7318", "1500", "Nos", "1.15", "18"),
    ("Square Nut M10", "7318", "750", "Nos", "2.70", "18"),
    ("Wing Nut M8", "7318", "300", "Nos", "3.95", "18"),
    ("Jute Gunny Bag 50 kg capacity (packing)", "6305", "180", "Nos", "38.00", "5"),
    ("Jute Hessian Cloth 40\" width", "6305", "85.5", "Mtr", "72.00", "5"),
    ("Jute Twine 3 ply", "6305", "14.250", "Kg", "145.00", "5"),
    ("Washer Flat M16 Heavy", "7318", "800", "Nos", "2.85", "18"),
    ("Hex Bolt M20 × 100 HT 10.9", "7318", "150", "Nos", "62.00", "18"),
    ("Hex Nut M20 HT 10.9", "7318", "150", "Nos", "14.50", "18"),
    ("U-Bolt M10 for 2\" pipe", "7318", "220", "Nos", "26.40", "18"),
    ("Chemical Anchor Stud M12 × 160", "7318", "90", "Nos", "78.00", "18"),
    ("Jute Sutli (Sewing Twine)", "6305", "6.750", "Kg", "160.00", "5"),
    ("Socket Head Shoulder Screw 10 × 30", "7318", "100", "Nos", "34.00", "18"),
    ("Hex Bolt M16 × 80 HT 8.8 Zinc Plated", "7318", "400", "Nos", "28.60", "18"),
    ("Hex Nut M16 HT 8.8", "7318", "400", "Nos", "6.90", "18"),
    ("Countersunk Screw M6 × 20 Stainless Steel A2", "7318", "1200", "Nos", "2.40", "18"),
    ("Jute Bag Laminated with Handle 16 × 14 inch", "6305", "250", "Nos", "46.00", "5"),
    ("Cable Tie Mount Screw M4 × 12", "7318", "2000", "Nos", "0.48", "18"),
    ("Tension Pin 6 × 30 Spring Steel", "7318", "600", "Nos", "1.65", "18"),
]

IN = {
    "name": "in-fasteners-tally-gst-2pg", "country": "India", "lang": "English (India)", "currency": "INR",
    "layout": "Tally-style \"Tax Invoice\": boxed grid with seller/consignee (ship to)/buyer (bill to) on the left and the Invoice No./Dated/Delivery Note/Mode of Payment/Buyer's Order No./Dispatch grid on the right, full-grid item table (Sl No., Description of Goods, HSN/SAC, Quantity with unit, Rate, per, GST Rate, Amount) over two pages with \"continued to page number 2\" and \"Tax Invoice (Page 2)\", Output CGST/SGST ledger rows inside the table, amount in words, HSN-wise tax table, bank details, declaration, Authorised Signatory",
    "hard": "Indian digit grouping (1,23,456.78); GST split into CGST + SGST halves at two rates (18 %, 5 %) printed as ledger rows in the item table (taxTotal = sum of all four); quantities with three decimals and units (12.500 Kg); no due date (30 Days terms only); dates \"16-Mar-2026\" next to a buyer's order date; two pages",
    "render": render_in, "num": NumFmt(",", ".", indian=True), "datefmt": "tally", "mode": "gst",
    "number": "SVF/25-26/1187", "issue": "2026-03-16", "due": None,
    "seller": {"name": "Shree Vinayak Fasteners Pvt. Ltd.", "vatId": gstin("27", "AAKCS4821M"),
               "address": ["Gat No. 112, Bhosari Industrial Area", "Pune 411026"], "email": "accounts@svfasteners.in"},
    "buyer": {"name": "Chakan Auto Components LLP", "vatId": gstin("27", "AAMFC7093Q"), "address": ["Survey No. 88, Nighoje Road", "Chakan, Pune 410501"], "email": None},
    "lines": [L(d, q, pr, r, hsn=h, per=u) for d, h, q, u, pr, r in _in],
}


# =====================================================================
# 15  GR — Greek ERP-style τιμολόγιο, ΦΠΑ 24 % + 13 %, ΜΑΡΚ
# =====================================================================
def render_gr(c, inv, k, total):
    W, H = A4
    N, ds = inv["num"], lambda x: fmt_date(date(x), inv["datefmt"])
    s, b = inv["seller"], inv["buyer"]

    def footer(p, page, tot):
        p.t(40, 30, "Εκδόθηκε μέσω παρόχου ηλεκτρονικής τιμολόγησης · Σελίδα " + f"{page} από {tot}", "Noto", 6.8)

    doc = Doc(c, W, H, total, footer=footer)
    p = doc.pen
    p.t(40, H - 50, s["name"], "Noto-B", 12)
    p.lines(40, H - 64, ["Χονδρικό εμπόριο τροφίμων και ποτών"] + s["address"] + [f"ΑΦΜ: {s['vatId']} · ΔΟΥ: ΚΑΛΑΜΑΡΙΑΣ", f"Τηλ. 2310 445 120 · {s['email']}"], "Noto", 8, 10.5)
    p.rect(360, H - 130, 195, 95, fill=(0.95, 0.95, 0.95))
    p.t(457, H - 52, "ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ", "Noto-B", 10, "c")
    kv(p, 368, H - 72, [("Σειρά", "ΤΠ"), ("Αριθμός", inv["number"]), ("Ημερομηνία", ds(inv["issue"])), ("ΜΑΡΚ", "400001947316528")],
       font="Noto", bold="Noto", size=8.3, vx=70, lead=12)
    p.rect(40, H - 245, 515, 95)
    p.t(48, H - 163, "ΣΤΟΙΧΕΙΑ ΠΕΛΑΤΗ", "Noto-B", 8)
    kv(p, 48, H - 180, [("Επωνυμία", b["name"]), ("ΑΦΜ", b["vatId"]), ("ΔΟΥ", "Ζ' ΑΘΗΝΩΝ"), ("Διεύθυνση", b["address"][0]), ("Πόλη / ΤΚ", b["address"][1])],
       font="Noto", bold="Noto-B", size=8.3, vx=75, lead=12)
    kv(p, 340, H - 180, [("Τρόπος πληρωμής", "Επί πιστώσει 30 ημερών"), ("Σκοπός διακίνησης", "Πώληση"), ("Τόπος αποστολής", "Έδρα μας"),
                         ("Αρ. παραγγελίας", "ΠΑΡ-3310")], font="Noto", bold="Noto-B", size=8.3, vx=85, lead=12)
    cols = [("code", "Κωδικός", 50, "l"), ("desc", "Περιγραφή", 175, "l"), ("qty", "Ποσ.", 40, "r"), ("mm", "ΜΜ", 30, "c"),
            ("price", "Τιμή μον.", 52, "r"), ("disc", "Έκπτ.%", 40, "r"), ("vat", "ΦΠΑ%", 38, "r"), ("amount", "Καθαρή αξία", 90, "r")]
    rows = [(i, {"code": ln["code"], "desc": ln["desc"], "qty": N.dec_str(ln["qty"]), "mm": ln["mm"], "price": N.dec_str(ln["price"]),
                 "disc": N.dec_str(ln.get("disc", "0")), "vat": ln["rate"], "amount": N.c(lc["amount"])}) for i, (ln, lc) in enumerate(zip(inv["lines"], k["lines"]))]
    y = table(doc, 40, H - 260, cols, rows, font="Noto", bold="Noto-B", size=7.9, grid=True, head_fill=(0.85, 0.85, 0.85), lead=9.8, pad=3)
    y -= 16
    p.t(40, y, "Ανάλυση ΦΠΑ", "Noto-B", 8)
    yy = y - 12
    p.t(40, yy, "Συντ. ΦΠΑ", "Noto-B", 7.5); p.t(160, yy, "Καθαρή αξία", "Noto-B", 7.5, "r"); p.t(240, yy, "Φ.Π.Α.", "Noto-B", 7.5, "r")
    for v in k["vat"]:
        yy -= 11
        p.t(40, yy, f"{v['rate']}%", "Noto", 7.5); p.t(160, yy, N.c(v["base"]), "Noto", 7.5, "r"); p.t(240, yy, N.c(v["tax"]), "Noto", 7.5, "r")
    x1, x2 = 340, W - 40
    rowsT = [("Αξία προ έκπτωσης", N.c(k["before_disc_total"])), ("Σύνολο εκπτώσεων", N.c(k["line_disc_total"])),
             ("Σύνολο καθαρής αξίας", N.c(k["subtotal"])), ("Σύνολο ΦΠΑ", N.c(k["tax"]))]
    for lab, val in rowsT:
        p.t(x1, y, lab, "Noto", 8.3); p.t(x2, y, val, "Noto", 8.3, "r"); y -= 13
    p.rect(x1 - 5, y - 8, x2 - x1 + 5, 19, fill=(0.85, 0.85, 0.85), stroke=False)
    p.t(x1, y - 2, "ΣΥΝΟΛΙΚΗ ΑΞΙΑ €", "Noto-B", 9.5); p.t(x2 - 3, y - 2, N.c(k["total"]), "Noto-B", 9.5, "r")
    y = min(y, yy) - 40
    p.t(40, y, f"Τράπεζα Πειραιώς · IBAN {s['iban']}", "Noto", 8)
    p.hline(60, 200, y - 50, 0.4); p.t(130, y - 60, "ΕΚΔΟΣΗ", "Noto", 7, "c")
    p.hline(W - 200, W - 60, y - 50, 0.4); p.t(W - 130, y - 60, "ΠΑΡΑΛΑΒΗ", "Noto", 7, "c")
    return doc


GR = {
    "name": "gr-trofima-timologio-polisis", "country": "Greece", "lang": "Greek", "currency": "EUR",
    "layout": "Greek commercial-ERP τιμολόγιο πώλησης: seller letterhead with ΑΦΜ/ΔΟΥ top left, shaded document box (Σειρά, Αριθμός, Ημερομηνία, ΜΑΡΚ) top right, framed customer block with a second label column (payment method, purpose of shipment, order no.), full-grid table with Έκπτ.% and ΦΠΑ% columns, ΦΠΑ analysis, totals before/after discount, ΕΚΔΟΣΗ/ΠΑΡΑΛΑΒΗ signature lines",
    "hard": "Greek script labels; series and number printed in separate cells (number only in the ground truth); ΦΠΑ 24 % and 13 %; line discounts; the 15-digit ΜΑΡΚ number near the invoice number; due date only as \"Επί πιστώσει 30 ημερών\" (dueDate null)",
    "render": render_gr, "num": NumFmt(".", ","), "datefmt": "dd/mm/yyyy",
    "number": "1532", "issue": "2026-03-12", "due": None,
    "seller": {"name": "Μακεδονική Διανομή Τροφίμων Α.Ε.", "vatId": gr_afm("80152763"),
               "address": ["Ανθέων 12, ΒΙ.ΠΕ. Καλαμαριάς", "551 33 Θεσσαλονίκη"], "email": "logistirio@makdiatrofima.gr",
               "iban": iban("GR", "0172" + "2520" + "0005252012345678")},
    "buyer": {"name": "Ξενοδοχείο Ακρόπολις Βιου Ο.Ε.", "vatId": gr_afm("99721530"), "address": ["Ροβέρτου Γκάλλι 41", "Αθήνα 117 42"], "email": None},
    "lines": [
        L("Ελαιόλαδο εξαιρετικό παρθένο 5 lt", "24", "42.50", "13", code="ΕΛ-005", mm="τεμ", disc="5"),
        L("Φέτα ΠΟΠ σε άλμη, δοχείο 13 kg", "6", "118.00", "13", code="ΤΥ-013", mm="τεμ"),
        L("Μέλι ελάτης 1 kg", "20", "14.80", "13", code="ΜΕ-001", mm="τεμ", disc="10"),
        L("Καφές espresso blend 1 kg", "15", "21.40", "24", code="ΚΦ-100", mm="τεμ"),
        L("Χαρτοπετσέτες 2φυλλες 33 × 33, κιβώτιο 2.400 τεμαχίων", "8", "36.90", "24", code="ΧΡ-233", mm="κιβ"),
        L("Ντομάτες ψιλοκομμένες σε κονσέρβα", "42.5", "2.16", "13", code="ΚΝ-400", mm="kg"),
    ],
}


# =====================================================================
# 16  TR — e-Arşiv fatura (Logo/Mikro-style print), İskonto, KDV per line
# =====================================================================
def render_tr(c, inv, k, total):
    W, H = A4
    N, ds = inv["num"], lambda x: fmt_date(date(x), inv["datefmt"])
    s, b = inv["seller"], inv["buyer"]

    doc = Doc(c, W, H, total, footer=None)
    p = doc.pen
    p.hline(35, 250, H - 40, 0.6)
    p.lines(35, H - 55, [s["name"]] + s["address"] + ["Tel: 0232 461 22 80", f"E-Posta: {s['email']}", "Vergi Dairesi: KARŞIYAKA", f"VKN: {s['vatId']}"], "DejaVuC", 8, 10.5)
    p.hline(35, 250, H - 140, 0.6)
    p.t(W / 2 + 15, H - 70, "e-Arşiv Fatura", "DejaVu-B", 11, "c")
    rnd = random.Random(16)
    for i in range(21):
        for j in range(21):
            if rnd.random() < 0.45 or (i < 6 and j < 6) or (i > 14 and j < 6) or (i < 6 and j > 14):
                p.rect(W - 120 + i * 4, H - 125 + j * 4, 4, 4, fill=(0, 0, 0), stroke=False)
    p.hline(35, 250, H - 155, 0.6)
    p.t(35, H - 168, "SAYIN", "DejaVu-B", 8.5)
    p.lines(35, H - 181, [b["name"]] + b["address"] + ["Vergi Dairesi: KONAK", f"VKN: {b['vatId']}"], "DejaVuC", 8, 10.5)
    p.hline(35, 250, H - 250, 0.6)
    p.t(35, H - 265, "ETTN: 7c1f4e2a-93b5-4d0e-b8a1-2f6c90d35e17", "DejaVuC", 7.5)
    box = [("Özelleştirme No", "TR1.2"), ("Senaryo", "EARSIVFATURA"), ("Fatura Tipi", "SATIS"), ("Fatura No", inv["number"]),
           ("Fatura Tarihi", ds(inv["issue"])), ("Son Ödeme Tarihi", ds(inv["due"])), ("Sipariş No", "SP-2026-0288")]
    y = H - 160
    for lab, val in box:
        p.rect(350, y - 4, 95, 14); p.rect(445, y - 4, 115, 14)
        p.t(354, y, lab + ":", "DejaVuC-B", 7.5); p.t(449, y, val, "DejaVuC", 7.5)
        y -= 14
    cols = [("sn", "Sıra\nNo", 26, "c"), ("desc", "Mal Hizmet", 150, "l"), ("qty", "Miktar", 50, "r"), ("price", "Birim Fiyat", 55, "r"),
            ("dr", "İskonto\nOranı", 40, "r"), ("da", "İskonto\nTutarı", 50, "r"), ("vr", "KDV\nOranı", 34, "r"), ("va", "KDV\nTutarı", 52, "r"),
            ("amount", "Mal Hizmet\nTutarı", 68, "r")]
    rows = []
    for i, (ln, lc) in enumerate(zip(inv["lines"], k["lines"])):
        rows.append((i, {"sn": str(i + 1), "desc": ln["desc"], "qty": N.dec_str(ln["qty"]) + " " + ln["unit"], "price": N.dec_str(ln["price"]) + " TL",
                         "dr": "%" + N.dec_str(ln.get("disc", "0")), "da": N.c(lc["disc"]) + " TL", "vr": "%" + ln["rate"],
                         "va": N.c(__import__("lib").pct_of(lc["amount"], ln["rate"])) + " TL", "amount": N.c(lc["amount"]) + " TL"}))
    y = table(doc, 35, H - 285, cols, rows, font="DejaVuC", bold="DejaVuC-B", size=7.3, grid=True, head_fill=None, lead=9, pad=3)
    y -= 10
    rowsT = [("Mal Hizmet Toplam Tutarı", N.c(k["before_disc_total"])), ("Toplam İskonto", N.c(k["line_disc_total"])),
             ("Vergi Hariç Tutar", N.c(k["subtotal"]))] + [(f"Hesaplanan KDV(%{v['rate']})", N.c(v["tax"])) for v in k["vat"]] + \
            [("Vergiler Dahil Toplam Tutar", N.c(k["total"])), ("Ödenecek Tutar", N.c(k["total"]))]
    for lab, val in rowsT:
        p.rect(350, y - 14, 125, 14); p.rect(475, y - 14, 85, 14)
        p.t(471, y - 10, lab, "DejaVuC-B", 7.5, "r"); p.t(556, y - 10, val + " TL", "DejaVuC", 7.5, "r")
        y -= 14
    y -= 20
    p.rect(35, y - 45, 525, 45)
    p.lines(40, y - 12, ["Not: Yalnız " + "#" + N.c(k["total"]) + " TL# tutarındaki bedel ödenecektir.",
                         f"Banka: Ziraat Bankası İzmir Karşıyaka Şb. · IBAN: {s['iban']}",
                         "Bu fatura e-Arşiv kapsamında elektronik ortamda iletilmiştir."], "DejaVuC", 7.5, 10.5)
    return doc


TR = {
    "name": "tr-tekstil-e-arsiv-fatura", "country": "Turkey", "lang": "Turkish", "currency": "TRY",
    "layout": "e-Arşiv fatura as printed by Turkish ERP/accounting packages: seller block between rules top left, \"e-Arşiv Fatura\" mark and QR-like block top right, SAYIN buyer block, ETTN, framed label/value box (Özelleştirme No, Senaryo, Fatura Tipi, Fatura No, Fatura Tarihi, Son Ödeme Tarihi, Sipariş No), full-grid table with İskonto Oranı/Tutarı and KDV Oranı/Tutarı per line, boxed totals ending in Ödenecek Tutar, note box",
    "hard": "16-character invoice number (GIB format) next to the ETTN UUID and order number; per-line KDV amounts (taxTotal is their sum per rate); KDV %20 and %10; line discounts so the goods total differs from the net; amounts with \"TL\" suffix; dates dd-mm-yyyy; Ödenecek Tutar equals the total (amountDue null)",
    "render": render_tr, "num": NumFmt(".", ","), "datefmt": "dd-mm-yyyy", "tax_per_line": True,
    "number": "EAR2026000000412", "issue": "2026-03-11", "due": "2026-04-10",
    "seller": {"name": "Ege Pamuk Tekstil San. ve Tic. Ltd. Şti.", "vatId": tr_vkn("325081764"),
               "address": ["Cumhuriyet Mah. 2071 Sok. No: 14", "35600 Çiğli / İZMİR"], "email": "muhasebe@egepamuktekstil.com.tr",
               "iban": iban("TR", "00010" + "0" + "0012345678905001")},
    "buyer": {"name": "Kordon Otelcilik Turizm A.Ş.", "vatId": tr_vkn("576204318"), "address": ["Atatürk Cad. No: 212", "35220 Alsancak Konak / İZMİR"], "email": None},
    "lines": [
        L("Otel tipi pamuklu nevresim takımı, çift kişilik, 200 iplik saten", "60", "1450.00", "10", unit="Takım", disc="8"),
        L("Havlu seti 50 × 90 + 70 × 140, 550 gr/m²", "120", "385.00", "10", unit="Set", disc="8"),
        L("Bornoz, waffle kumaş, logolu nakış", "80", "620.00", "10", unit="Adet"),
        L("Nakış ve logo işleme hizmeti", "80", "45.00", "20", unit="Adet"),
        L("Kargo ve teslimat", "1", "1750.00", "20", unit="Adet"),
    ],
}

INVOICES = [PL, SE, DK, IE, US, IN, GR, TR]
