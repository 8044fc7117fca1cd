"""The invoices. Each function returns the invoice data, how it is printed (a layout
config for spreadsheets or a render function for documents) and what verify needs.
All names, addresses, ids and accounts are invented."""
from datetime import date

import idlib as ids

from model import L, party, register
from sheetlib import NumFmt


def cur(lang, country, pre="", suf="", decimals=2):
    return NumFmt("currency", decimals, True, pre, suf, lang, country)


def num(lang, country, decimals=2, grouping=True, xlsx=None):
    return NumFmt("number", decimals, grouping, lang=lang, country=country, xlsx_code=xlsx)


def gen(lang, country):
    return NumFmt("general", lang=lang, country=country)


def pct(lang, country, decimals=0, prefix=False, xlsx=None):
    return NumFmt("percent", decimals, False, lang=lang, country=country, pct_prefix=prefix, xlsx_code=xlsx)


def dt(lang, country, parts, xlsx=None):
    return NumFmt("date", lang=lang, country=country, date_parts=parts, xlsx_code=xlsx)


DMY = lambda sep: [("day", "long"), ("text", sep), ("month", "long"), ("text", sep), ("year", "long")]  # noqa: E731


# =============================================================== 01 Netherlands
@register
def nl():
    seller = party("Drukkerij Zeeburg B.V.", ["Cruquiusweg 112", "1019 AK Amsterdam"], ids.nl_btw("85123467"),
                   "facturen@drukkerijzeeburg.nl")
    buyer = party("Uitgeverij Het Kleine Haf B.V.", ["Postbus 4021", "3502 HA Utrecht"], ids.nl_btw("81234590"))
    iban = ids.iban("NL", "RABO0312456789")
    lines = [
        L("Roman 'Lage Landen' – paperback 240 p., oplage 500", 500, "4.85", "0.09", unit="ex."),
        L("Dichtbundel 'Zout' – gebonden, 96 p.", 250, "7.40", "0.09", unit="ex."),
        L("Promotieflyers A5, 4/4 kleur, 170 g/m² mc", 2, "34.50", "0.21", unit="1000 st."),
        L("Boekenleggers met logo, dubbelzijdig bedrukt", 1000, "0.12", "0.21", unit="st."),
        L("Opmaak en prepress", "6.5", "62.50", "0.21", unit="uur"),
        L("Proefdruk inclusief koerier", 1, "45.00", "0.21", unit="st."),
    ]
    lc = ("nl", "NL")
    money_f = cur(*lc, pre="€ ")

    def cfg(inv, calc):
        return dict(
            lang="nl", country="NL", title="FACTUUR", accent="#2E5E4E",
            cols=[("no", "#", 0.8), ("desc", "Omschrijving", 7.0), ("qty", "Aantal", 1.6), ("unit", "Eenheid", 1.6),
                  ("price", "Prijs per eenheid", 2.4), ("rate", "BTW", 1.2), ("amount", "Bedrag", 2.6)],
            fmts=dict(money=money_f, total=money_f, qty=gen(*lc), rate=pct(*lc), date=dt(*lc, DMY("-"))),
            seller_lines=[seller["name"], *seller["address"], "KvK 71234568", f"BTW-nr. {seller['vat']}",
                          seller["email"], "Tel. 020 - 462 18 90"],
            meta=[("Factuurnummer", inv["number"]), ("Factuurdatum", inv["issue"]), ("Vervaldatum", inv["due"]),
                  ("Klantnummer", "K-0388")],
            buyer_label="Factuuradres",
            buyer_lines=[buyer["name"], "t.a.v. Crediteurenadministratie", *buyer["address"], f"BTW-nr. {buyer['vat']}"],
            totals=[("items", "Subtotaal"), ("vat", "BTW 9% over", dict(rate=0.09, base=True)),
                    ("vat", "BTW 21% over", dict(rate=0.21, base=True)), ("total", "Totaal"),
                    ("due", "Te betalen")],
            totals_label_col=2, base_col=4,
            notes=["Wij verzoeken u het totaalbedrag vóór de vervaldatum over te maken onder vermelding van het factuurnummer.",
                   "Op al onze leveringen zijn de Algemene Voorwaarden van Drukkerij Zeeburg B.V. van toepassing."],
            footer_lines=[f"Drukkerij Zeeburg B.V. · IBAN {ids.group4(iban)} · BIC RABONL2U · KvK 71234568 · BTW {seller['vat']}"],
        )

    return dict(key="nl-factuur-drukkerij", tax_total_printed=False, kind="fods", country="Netherlands", lang="nl", currency="EUR",
                title_meta="Factuur", number="2026-0147", issue=date(2026, 3, 14), due=date(2026, 4, 13),
                seller=seller, buyer=buyer, lines=lines, due_line=True, cfg=cfg,
                numfmt=dict(dec=",", grp="."), strings=["14-03-2026", "13-04-2026", "FACTUUR"],
                special="Two VAT rates (9% books, 21%) with per-rate base column; € prefix; dd-mm-yyyy; attention line in bill-to")


# =============================================================== 02 Ireland (xlsx)
@register
def ie():
    seller = party("Cloonan Building Supplies Ltd", ["Unit 7, Ballybrit Business Park", "Galway H91 K2E3"],
                   "IE" + ids.ie_vat("3298547", "H"), "accounts@cloonanbuilding.ie")
    buyer = party("Ó Súilleabháin Renovations Ltd", ["14 Father Griffin Road", "Galway H91 X2F7"],
                  "IE" + ids.ie_vat("6433412", "A"), "accounts@osrenovations.ie")
    iban = ids.iban("IE", "BOFI90123478561234")
    lines = [
        L("Plasterboard 12.5mm 2400 x 1200mm", 60, "11.95", "0.23", code="PB-1225"),
        L("Multi-finish plaster 25kg", 20, "13.40", "0.23", code="PL-MF25"),
        L("C16 treated timber 47 x 100mm, 4.8m lengths", 45, "9.85", "0.23", code="TB-C16-48"),
        L("Delivery – Galway city, crane offload", 1, "65.00", "0.23", code="DEL-GC"),
        L("Site survey and measurement", 1, "180.00", "0.135", code="SRV-SVY"),
        L("Supply & fit internal doors – labour (per door)", 6, "95.00", "0.135", code="LAB-DR"),
    ]
    eur = num("en", "IE", xlsx='"€"#,##0.00')

    def cfg(inv, calc):
        return dict(
            lang="en", country="IE", title="INVOICE", accent="#7A1F1F", font="Arial", font_size=9,
            cols=[("code", "Item code", 2.1), ("desc", "Description", 6.8), ("qty", "Qty", 1.2),
                  ("price", "Unit price", 2.2), ("rate", "VAT rate", 1.5), ("amount", "Net amount", 2.5)],
            fmts=dict(money=eur, total=eur, qty=gen("en", "IE"), rate=pct("en", "IE", 1, xlsx="0.0%"),
                      date=dt("en", "IE", None, xlsx="d mmmm yyyy")),
            seller_lines=[seller["name"], *seller["address"], f"VAT No. {seller['vat']}", "CRO No. 612345",
                          f"Email: {seller['email']}", "Tel: 091 771 204"],
            meta=[("Invoice No.", inv["number"]), ("Invoice date", inv["issue"]), ("Account ref.", "OSR-044"),
                  ("Terms", "30 days")],
            buyer_label="Invoice to",
            buyer_lines=[buyer["name"], *buyer["address"], f"VAT No. {buyer['vat']}", buyer["email"]],
            totals=[("items", "Net total"), ("vat", "VAT @ 13.5% on", dict(rate=0.135, base=True)),
                    ("vat", "VAT @ 23% on", dict(rate=0.23, base=True)), ("vat_total", "Total VAT"), ("total", "Invoice total"),
                    ("due", "Balance due")],
            totals_label_col=1, base_col=3, meta_label=(2, 2), meta_value=(4, 2),
            notes=["Payment due within 30 days of invoice date. Please quote the invoice number with your payment.",
                   "Goods remain the property of Cloonan Building Supplies Ltd until paid in full."],
            footer_lines=[f"Bank of Ireland, Galway · IBAN {ids.group4(iban)} · BIC BOFIIE2D",
                          "Cloonan Building Supplies Ltd · Registered in Ireland No. 612345 · Directors: S. Cloonan, M. Fahy"],
        )

    return dict(key="ie-invoice-building-supplies", kind="xlsx", country="Ireland", lang="en", currency="EUR",
                title_meta="Invoice", number="CBS-10482", issue=date(2026, 2, 27), due=None,
                seller=seller, buyer=buyer, lines=lines, due_line=True, cfg=cfg,
                numfmt=dict(dec=".", grp=","), strings=["27 February 2026", "30 days"],
                special="Excel .xlsx; VAT 23% + 13.5% (building services); delivery as an item row; only payment terms, no due date")


# =============================================================== 03 Italy
@register
def it():
    seller = party("Ing. Giulia Ferraresi", ["Via San Vitale 41", "40125 Bologna (BO)"], ids.it_piva("0391234037"),
                   "giulia.ferraresi@ingpec.eu")
    buyer = party("Officine Meccaniche Zanardi S.r.l.", ["Via dell'Industria 18/A", "40138 Bologna (BO)"],
                  ids.it_piva("0218765037"))
    cf = ids.it_cf("FRRGLI82C54A944")
    iban = ids.iban("IT", "X0888302400000000123456")
    lines = [
        L("Progettazione esecutiva impianto elettrico capannone B", 1, "2800.00", "0.22", unit="a corpo"),
        L("Direzione lavori – fase 1", 14, "65.00", "0.22", unit="ore"),
        L("Pratica SCIA antincendio e asseverazione", 1, "650.00", "0.22", unit="a corpo"),
        L("Rilievo e restituzione grafica dello stato di fatto", 1, "420.00", "0.22", unit="a corpo"),
    ]
    lc = ("it", "IT")
    eur = cur(*lc, pre="€ ")

    def cfg(inv, calc):
        return dict(
            lang="it", country="IT", title="FATTURA", accent="#1F3F7A", font="DejaVu Sans", font_size=8.5,
            cols=[("desc", "Descrizione", 8.4), ("qty", "Q.tà", 1.3), ("unit", "U.M.", 1.7),
                  ("price", "Prezzo unitario", 2.6), ("amount", "Importo", 2.7)],
            fmts=dict(money=eur, total=eur, qty=gen(*lc), rate=pct(*lc), date=dt(*lc, DMY("/"))),
            seller_lines=[seller["name"], *seller["address"], f"P.IVA {seller['vat']}", f"C.F. {cf}",
                          f"PEC: {seller['email']}", "Tel. 051 644 2187"],
            meta=[("Fattura n.", inv["number"]), ("Data", inv["issue"]), ("Scadenza", inv["due"])],
            buyer_label="Spett.le",
            buyer_lines=[buyer["name"], *buyer["address"], f"P.IVA e C.F. {buyer['vat']}",
                         "Codice destinatario SDI: M5UXCR1"],
            totals=[("items", "Imponibile"), ("vat", "IVA 22%", dict(rate=0.22)), ("total", "Totale fattura"),
                    ("withholding", "Ritenuta d'acconto 20%", dict(pct=0.2)), ("due", "Netto a pagare")],
            boxed="due",
            notes=["Ritenuta d'acconto del 20% sull'imponibile ai sensi dell'art. 25 del D.P.R. 600/1973.",
                   "Pagamento: bonifico bancario a 30 giorni data fattura."],
            footer_lines=[f"Banca di Bologna · IBAN {ids.group4(iban)} · intestato a Giulia Ferraresi"],
        )

    return dict(key="it-fattura-ingegnere", kind="fods", country="Italy", lang="it", currency="EUR",
                title_meta="Fattura", number="12/2026", issue=date(2026, 3, 16), due=date(2026, 4, 15),
                seller=seller, buyer=buyer, lines=lines, due_line=True, withholding_pct="0.20", cfg=cfg,
                numfmt=dict(dec=",", grp="."), strings=["16/03/2026", "15/04/2026", cf, "M5UXCR1"],
                special="Professional's invoice: IVA 22% plus 20% ritenuta d'acconto withheld (amount due < total); P.IVA and codice fiscale")


# =============================================================== 04 Spain
@register
def es():
    seller = party("Suministros Hosteleros Levante, S.L.", ["Calle Músico Peydró, 22 – bajo", "46001 Valencia"],
                   ids.es_cif("B", "9812345"), "administracion@shlevante.es")
    buyer = party("Restaurante La Albufera Nou, S.L.", ["Avenida del Puerto, 187", "46023 Valencia"],
                  ids.es_cif("B", "4678901"))
    iban = ids.iban("ES", "21000418450200051332")
    lines = [
        L("Cafetera industrial 2 grupos, acero inoxidable", 1, "1890.00", "0.21", code="CAF-2G"),
        L("Molinillo de café profesional 64 mm", 1, "420.00", "0.21", code="MOL-64"),
        L("Vaso de caña 33 cl (caja 24 uds.)", 12, "18.60", "0.21", code="VAS-33"),
        L("Plato llano porcelana 27 cm", 60, "4.35", "0.21", code="PLA-27"),
        L("Cubertería 18/10 – juego 24 piezas", 8, "36.90", "0.21", code="CUB-24"),
        L("Delantal de cocina negro con bolsillo", 10, "9.80", "0.21", code="DEL-NG"),
    ]
    lc = ("es", "ES")
    eur = cur(*lc, suf=" €")
    long_date = [("day", "short"), ("text", " de "), ("month_name",), ("text", " de "), ("year", "long")]

    def cfg(inv, calc):
        return dict(
            lang="es", country="ES", title="FACTURA", accent="#8A4B08",
            cols=[("code", "Ref.", 1.7), ("desc", "Descripción", 7.0), ("qty", "Cant.", 1.2),
                  ("price", "Precio unit.", 2.3), ("amount", "Importe", 3.0)],
            fmts=dict(money=eur, total=eur, qty=gen(*lc), rate=pct(*lc), date=dt(*lc, long_date)),
            seller_lines=[seller["name"], *seller["address"], f"CIF: {seller['vat']}", f"Tel. 963 52 18 40 · {seller['email']}"],
            meta=[("Factura nº", inv["number"]), ("Fecha", inv["issue"]), ("Vencimiento", inv["due"]),
                  ("Forma de pago", "Transferencia")],
            meta_label=(2, 2), meta_value=(4, 1),
            buyer_label="Datos del cliente",
            buyer_lines=[buyer["name"], *buyer["address"], f"CIF: {buyer['vat']}"],
            totals=[("items", "Suma"), ("discount", "Descuento comercial 5%", dict(pct=0.05)),
                    ("net", "Base imponible"), ("vat", "IVA 21%", dict(rate=0.21)), ("total", "TOTAL FACTURA")],
            totals_label_col=1,
            notes=[f"Transferencia a {ids.group4(iban)} (CaixaBank) indicando el número de factura.",
                   "Inscrita en el Registro Mercantil de Valencia, Tomo 10.432, Folio 118, Hoja V-178.245."],
        )

    return dict(key="es-factura-hosteleria", kind="fods", country="Spain", lang="es", currency="EUR",
                title_meta="Factura", number="FV-2026/0312", issue=date(2026, 3, 9), due=date(2026, 4, 8),
                seller=seller, buyer=buyer, lines=lines, due_line=False, discount_pct="0.05", cfg=cfg,
                numfmt=dict(dec=",", grp="."), strings=["9 de marzo de 2026", "8 de abril de 2026"],
                special="5% commercial discount in the totals block before IVA 21%; long Spanish dates; no amount-due line")


# =============================================================== 05 Hungary
@register
def hu():
    seller = party("Kovács és Társa Informatikai Kft.", ["1117 Budapest, Irinyi József utca 4–20."],
                   ids.hu_adoszam("2468135", "2", "43"), "szamlazas@kovacsestarsa.hu")
    buyer = party("Dunakanyar Oktatási Központ Nonprofit Kft.", ["2000 Szentendre, Dózsa György út 12."],
                  ids.hu_adoszam("1812345", "2", "13"))
    lines = [
        L("Laptop Lenovo ThinkPad E14 Gen 6, 16 GB RAM, 512 GB SSD", 4, "389900", "0.27", unit="db"),
        L("Microsoft 365 Business Standard licenc (12 hónap)", 4, "52800", "0.27", unit="db"),
        L("Telepítés, adatmigráció és beüzemelés", 6, "18500", "0.27", unit="óra"),
        L("Szakkönyv: Hálózatbiztonság a gyakorlatban", 4, "8900", "0.05", unit="db"),
    ]
    lc = ("hu", "HU")
    huf = cur(*lc, suf=" Ft", decimals=0)
    giro = "11773016-01234567-00000000"

    def cfg(inv, calc):
        return dict(
            lang="hu", country="HU", title="SZÁMLA", accent="#3B3B98", font_size=8.5,
            cols=[("desc", "Megnevezés", 5.4), ("qty", "Menny.", 1.2), ("unit", "Me.", 1.0),
                  ("price", "Nettó egységár", 2.2), ("amount", "Nettó érték", 2.4), ("rate", "ÁFA", 1.1),
                  ("vat_amt", "ÁFA érték", 2.2), ("gross", "Bruttó érték", 2.5)],
            fmts=dict(money=huf, total=huf, qty=gen(*lc), rate=pct(*lc),
                      date=dt(*lc, [("year", "long"), ("text", "."), ("month", "long"), ("text", "."), ("day", "long"), ("text", ".")])),
            seller_heading="Eladó",
            seller_lines=[seller["name"], *seller["address"], f"Adószám: {seller['vat']}",
                          f"Közösségi adószám: HU{seller['vat'][:8]}", "Cégjegyzékszám: 01-09-123456", f"E-mail: {seller['email']}"],
            name_size=9,
            meta=[("Számla sorszáma", inv["number"]), ("Számla kelte", inv["issue"]),
                  ("Teljesítés dátuma", date(2026, 3, 11)), ("Fizetési határidő", inv["due"]),
                  ("Fizetési mód", "átutalás")],
            meta_label=(4, 2), meta_value=(6, 2),
            buyer_label="Vevő",
            buyer_lines=[buyer["name"], *buyer["address"], f"Adószám: {buyer['vat']}"],
            totals=[("items", "Nettó összesen"), ("vat_line", "ÁFA 5%", dict(rate=0.05)),
                    ("vat_line", "ÁFA 27%", dict(rate=0.27)), ("vat_total", "ÁFA összesen"), ("total", "Bruttó összesen"),
                    ("due", "Fizetendő")],
            totals_label_col=4,
            notes=["Kérjük, átutaláskor a közleményben tüntesse fel a számla sorszámát.",
                   "A számla tartalma a teljesítéssel megegyezik."],
            footer_lines=[f"Számlavezető bank: OTP Bank Nyrt. · Bankszámlaszám: {giro} · IBAN: {ids.group4(ids.iban('HU', giro.replace('-', '')))}"],
        )

    return dict(key="hu-szamla-informatika", kind="fods", country="Hungary", lang="hu", currency="HUF",
                title_meta="Számla", number="KT-2026/0093", issue=date(2026, 3, 12), due=date(2026, 3, 27),
                seller=seller, buyer=buyer, lines=lines, due_line=True, whole_units=True, vat_mode="line", cfg=cfg,
                numfmt=dict(dec=",", grp=" ", decimals=0), strings=["2026.03.12.", "2026.03.27.", "2026.03.11."],
                special="HUF in whole forints; ÁFA 27% + 5% computed per line (net, ÁFA and gross columns); yyyy.mm.dd. dates; 'Eladó' heading above seller")


# =============================================================== 06 Slovakia
@register
def sk():
    seller = party("Stavebniny Horák s.r.o.", ["Priemyselná 14", "917 01 Trnava"], "SK" + ids.sk_dic("202018765"),
                   "fakturacia@stavebniny-horak.sk")
    buyer = party("Ing. Peter Baláž – STAVBY", ["Hlavná 88", "919 43 Cífer"], "SK" + ids.sk_dic("107123456"))
    iban = ids.iban("SK", "11000000002612345678")
    lines = [
        L("Tehla Porotherm 30 Profi", 480, "2.95", "0.23", unit="ks"),
        L("Malta na tenkovrstvové murovanie 25 kg", 24, "8.40", "0.23", unit="vrece"),
        L("Oceľová výstuž B500B Ø 10 mm, dĺžka 6 m", 60, "6.15", "0.23", unit="ks"),
        L("Cement CEM II/B-M 42,5 R, 25 kg", 40, "5.60", "0.23", unit="vrece"),
        L("Keramický preklad KP 7 – 175 cm", 12, "14.90", "0.23", unit="ks"),
        L("Doprava hydraulickou rukou (Trnava – Cífer)", 1, "85.00", "0.23", unit="jazda"),
    ]
    lc = ("sk", "SK")
    eur = cur(*lc, suf=" €")

    def cfg(inv, calc):
        return dict(
            lang="sk", country="SK", title="FAKTÚRA", accent="#0B5394",
            cols=[("no", "P. č.", 1.0), ("desc", "Názov položky", 6.9), ("qty", "Množstvo", 1.6), ("unit", "MJ", 1.3),
                  ("price", "Cena za MJ bez DPH", 2.5), ("amount", "Spolu bez DPH", 2.6)],
            fmts=dict(money=eur, total=eur, qty=gen(*lc), rate=pct(*lc),
                      date=dt(*lc, [("day", "short"), ("text", ". "), ("month", "short"), ("text", ". "), ("year", "long")])),
            seller_heading="Dodávateľ:",
            seller_lines=[seller["name"], *seller["address"], "IČO: " + ids.sk_ico("3651234"),
                          "DIČ: " + seller["vat"][2:], "IČ DPH: " + seller["vat"], seller["email"]],
            name_size=9,
            meta=[("Faktúra č.", inv["number"]), ("Dátum vystavenia", inv["issue"]), ("Dátum dodania", date(2026, 3, 4)),
                  ("Dátum splatnosti", inv["due"]), ("Variabilný symbol", inv["number"])],
            buyer_label="Odberateľ:",
            buyer_lines=[buyer["name"], *buyer["address"], "IČO: " + ids.sk_ico("4123456"), "DIČ: " + buyer["vat"][2:],
                         "IČ DPH: " + buyer["vat"]],
            totals=[("items", "Základ dane 23 %"), ("vat", "DPH 23 %", dict(rate=0.23)), ("total", "Celkom s DPH"),
                    ("deposit", "Uhradené zálohou (ZF-2026/017)"), ("due", "K úhrade")],
            totals_label_col=2,
            boxed="due",
            notes=["Záloha vo výške 1 500,00 € bola uhradená dňa 20. 2. 2026 na základe zálohovej faktúry ZF-2026/017.",
                   "Faktúru vystavil: Mgr. Lucia Horáková"],
            footer_lines=[f"Tatra banka, a.s. · IBAN: {ids.group4(iban)} · SWIFT: TATRSKBX",
                          "Spoločnosť je zapísaná v Obchodnom registri Okresného súdu Trnava, oddiel Sro, vložka č. 31245/T"],
        )

    return dict(key="sk-faktura-stavebniny", kind="fods", country="Slovakia", lang="sk", currency="EUR",
                title_meta="Faktúra", number="2026030045", issue=date(2026, 3, 5), due=date(2026, 3, 19),
                seller=seller, buyer=buyer, lines=lines, due_line=True, deposit=150000, cfg=cfg,
                numfmt=dict(dec=",", grp=" "), strings=["5. 3. 2026", "19. 3. 2026", "4. 3. 2026"],
                special="Deposit (záloha) already paid deducted: K úhrade < total; DPH 23%; d. m. yyyy dates; IČO/DIČ/IČ DPH all printed (vatId = IČ DPH)")


# =============================================================== 07 Croatia (long, 2 pages)
HR_ITEMS = [  # 45 rows
    ("KAB-NYM-3x1.5", "Kabel NYM-J 3x1,5 mm² (kolut 100 m)", "kol", 6, "62.40"),
    ("KAB-NYM-3x2.5", "Kabel NYM-J 3x2,5 mm² (kolut 100 m)", "kol", 4, "98.90"),
    ("KAB-NYM-5x2.5", "Kabel NYM-J 5x2,5 mm²", "m", 120, "1.72"),
    ("KAB-PPY-2x1.5", "Kabel PP-Y 2x1,5 mm²", "m", 200, "0.58"),
    ("KAB-UTP-C6", "Mrežni kabel U/UTP Cat.6 (kutija 305 m)", "kom", 2, "84.50"),
    ("CIJ-GIB-16", "Savitljiva cijev 16 mm (kolut 50 m)", "kol", 10, "11.20"),
    ("CIJ-GIB-20", "Savitljiva cijev 20 mm (kolut 50 m)", "kol", 8, "13.65"),
    ("KUT-PZ-60", "Kutija podžbukna Ø60 mm", "kom", 150, "0.34"),
    ("KUT-RAZ-100", "Razvodna kutija 100x100 mm IP55", "kom", 24, "2.85"),
    ("UTI-SCH-1", "Utičnica šuko podžbukna, bijela", "kom", 80, "3.95"),
    ("UTI-SCH-2", "Dvostruka utičnica šuko, bijela", "kom", 20, "7.80"),
    ("SKL-OBI-1", "Sklopka obična 10 A, bijela", "kom", 40, "3.20"),
    ("SKL-IZM-1", "Sklopka izmjenična 10 A, bijela", "kom", 16, "3.75"),
    ("SKL-KRI-1", "Sklopka križna 10 A, bijela", "kom", 6, "6.10"),
    ("OKV-1M", "Okvir jednostruki, bijeli", "kom", 90, "0.95"),
    ("OKV-2M", "Okvir dvostruki, bijeli", "kom", 20, "1.60"),
    ("OSI-B16-1P", "Instalacijski prekidač B16 1P 6 kA", "kom", 30, "3.45"),
    ("OSI-B10-1P", "Instalacijski prekidač B10 1P 6 kA", "kom", 12, "3.45"),
    ("OSI-C32-3P", "Instalacijski prekidač C32 3P 6 kA", "kom", 2, "18.90"),
    ("FID-40-4P", "Zaštitna strujna sklopka (FID) 40 A 4P 30 mA", "kom", 3, "42.70"),
    ("ORM-36M", "Razdjelni ormar podžbukni 36 modula", "kom", 2, "54.30"),
    ("ORM-12M", "Razdjelni ormar nadžbukni 12 modula IP65", "kom", 1, "28.40"),
    ("SAB-CU-10", "Sabirnica Cu 10 mm² češljasta 1P (1 m)", "kom", 4, "6.85"),
    ("STZ-WAGO-3", "Spojnica WAGO 221 za 3 vodiča", "kom", 300, "0.41"),
    ("STZ-WAGO-5", "Spojnica WAGO 221 za 5 vodiča", "kom", 100, "0.63"),
    ("LED-PAN-60", "LED panel 60x60 cm 40 W 4000 K", "kom", 18, "24.90"),
    ("LED-DL-18", "LED downlight ugradni 18 W 3000 K", "kom", 36, "9.85"),
    ("LED-TRAK-5", "LED traka 14,4 W/m 24 V (5 m)", "kom", 6, "17.40"),
    ("LED-NAP-100", "Napajanje za LED 24 V 100 W", "kom", 3, "21.60"),
    ("SVJ-VANJ-1", "Vanjska zidna svjetiljka IP54, antracit", "kom", 4, "32.50"),
    ("SVJ-PAN-1", "Panik svjetiljka 3 h autonomije", "kom", 6, "27.80"),
    ("SEN-PIR-360", "Senzor pokreta 360° stropni", "kom", 5, "14.20"),
    ("ZVO-SET-1", "Set zvonca bežični", "kom", 1, "19.90"),
    ("UZE-TRAK-25", "Uzemljivačka traka FeZn 25x4 mm", "m", 40, "2.15"),
    ("UZE-STAP-1.5", "Štap za uzemljenje 1,5 m", "kom", 2, "12.60"),
    ("IZO-TRAK-19", "Izolirna traka 19 mm x 20 m, crna", "kom", 20, "0.89"),
    ("VEZ-200", "Vezice kabelske 200 x 4,8 mm (100 kom)", "pak", 10, "2.40"),
    ("TIP-8", "Tiple 8 mm s vijkom (100 kom)", "pak", 6, "4.35"),
    ("GIP-BRZ-5", "Gips brzovezujući 5 kg", "kom", 3, "6.95"),
    ("PRE-ALU-2", "Prenaponska zaštita tip 2, 4P 40 kA", "kom", 1, "64.80"),
    ("TER-DIG-1", "Termostat sobni digitalni, podžbukni", "kom", 4, "23.40"),
    ("KAB-H07-6", "Vodič H07V-K 6 mm², žuto-zeleni", "m", 50, "0.98"),
    ("NOS-KAB-60", "Kabelska polica perforirana 60 mm (3 m)", "kom", 8, "7.15"),
    ("POK-KAN-40", "Instalacijski kanal 40x25 mm (2 m), bijeli", "kom", 15, "3.30"),
    ("USL-DOST", "Dostava Zagreb – Osijek", "usl", 1, "45.00"),
]


@register
def hr():
    seller = party("Elektro Vukić d.o.o.", ["Slavonska avenija 52", "10000 Zagreb"], ids.hr_oib("6954173846"),
                   "racuni@elektro-vukic.hr")
    buyer = party("Instalacije Perić j.d.o.o.", ["Ulica kralja Zvonimira 7", "31000 Osijek"], ids.hr_oib("4820913775"),
                  "nabava@instalacije-peric.hr")
    iban = ids.iban("HR", "23600001102345678")
    lines = [L(desc, q, p, "0.25", code=code, unit=u) for code, desc, u, q, p in HR_ITEMS]
    lc = ("hr", "HR")
    n2 = num(*lc)

    def cfg(inv, calc):
        return dict(
            lang="hr", country="HR", title="RAČUN", accent="#B22222", font_size=8.5,
            cols=[("no", "R.br.", 0.9), ("code", "Šifra", 2.7), ("desc", "Naziv artikla / usluge", 6.1), ("unit", "Jed.", 1.0),
                  ("qty", "Kol.", 1.1), ("price", "Cijena (EUR)", 1.9), ("amount", "Iznos (EUR)", 2.2)],
            fmts=dict(money=n2, total=n2, qty=gen(*lc), rate=pct(*lc), date=dt(*lc, DMY(".") + [("text", ".")])),
            seller_lines=[seller["name"], *seller["address"], f"OIB: {seller['vat']}", f"IBAN: {iban}",
                          f"E-mail: {seller['email']}", "Tel: +385 1 6189 400"],
            meta=[("Račun br.", inv["number"]), ("Datum izdavanja", inv["issue"]), ("Vrijeme izdavanja", "10:42"),
                  ("Datum isporuke", inv["issue"]), ("Datum dospijeća", inv["due"])],
            meta_label=(3, 3), meta_value=(6, 1),
            buyer_label="Kupac",
            buyer_lines=[buyer["name"], *buyer["address"], f"OIB: {buyer['vat']}", buyer["email"]],
            totals=[("items", "Ukupno bez PDV-a"), ("vat", "PDV 25%", dict(rate=0.25)), ("total", "Sveukupno (EUR)")],
            totals_label_col=4,
            repeat_header=True,
            notes=["Način plaćanja: transakcijski račun. Plaćanje na IBAN " + iban + ", model HR01, poziv na broj 148-1-1.",
                   "Operater: Ivana Kovačević · Oznaka operatera: IK01",
                   "ZKI: 3b7f0c2e9a41d6e58c2b9f0a7d134e6c",
                   "JIR: 6f1d2c8a-47b3-4e9f-a0c5-2d8e91b73f40",
                   "Društvo upisano u sudski registar Trgovačkog suda u Zagrebu, MBS 081234567.",
                   "Temeljni kapital 2.654,46 EUR uplaćen u cijelosti. Uprava: Damir Vukić."],
            page_footer=[("text", "Stranica "), ("page",), ("text", " od "), ("pages",)],
        )

    return dict(key="hr-racun-elektro-45-stavki", kind="fods", country="Croatia", lang="hr", currency="EUR",
                title_meta="Račun", number="148-1-1", issue=date(2026, 3, 14), due=date(2026, 3, 28),
                seller=seller, buyer=buyer, lines=lines, due_line=False, cfg=cfg, min_pages=2,
                numfmt=dict(dec=",", grp="."), strings=["14.03.2026.", "28.03.2026.", "Stranica 2 od 2"],
                special="45 item rows spilling onto page 2 (header row repeated, 'Stranica X od Y'); PDV 25%; OIB as tax id; article code column; fiscal ZKI/JIR codes")


# =============================================================== 08 Estonia (reverse charge)
@register
def ee():
    seller = party("Põhjala Tarkvara OÜ", ["Narva mnt 7-512", "10117 Tallinn"], "EE" + ids.ee_kmkr("10234567"),
                   "arved@pohjalatarkvara.ee")
    buyer = party("Saimaan Logistiikka Oy", ["Satamakatu 9 B", "53900 Lappeenranta", "Soome"], "FI" + ids.fi_alv("2765433"),
                  "ostolaskut@saimaanlogistiikka.fi")
    reg = ids.ee_regcode("1481234")
    iban = ids.iban("EE", "7700771001234567")
    lines = [
        L("Tarkvaraarendus – laohaldusmooduli liidesed", 86, "72.00", "0", unit="h"),
        L("Projektijuhtimine ja analüüs", 12, "80.00", "0", unit="h"),
        L("Serveri majutus ja hooldus, märts 2026", 1, "240.00", "0", unit="kuu"),
        L("Kasutajakoolitus kohapeal, Lappeenranta", "1.5", "640.00", "0", unit="päev"),
    ]
    lc = ("et", "EE")
    eur = cur(*lc, suf=" €")

    def cfg(inv, calc):
        return dict(
            lang="et", country="EE", title="ARVE", accent="#004C6D",
            cols=[("desc", "Kirjeldus", 8.2), ("qty", "Kogus", 1.4), ("unit", "Ühik", 1.3), ("price", "Ühiku hind", 2.3),
                  ("rate", "KM", 1.1), ("amount", "Summa", 2.5)],
            fmts=dict(money=eur, total=eur, qty=gen(*lc), rate=pct(*lc), date=dt(*lc, DMY("."))),
            seller_lines=[seller["name"], *seller["address"], f"Registrikood: {reg}", f"KMKR nr: {seller['vat']}",
                          seller["email"]],
            meta=[("Arve nr", inv["number"]), ("Kuupäev", inv["issue"]), ("Maksetähtaeg", inv["due"]),
                  ("Viitenumber", "20260417")],
            buyer_label="Maksja",
            buyer_lines=[buyer["name"], *buyer["address"], f"KMKR nr: {buyer['vat']}", buyer["email"]],
            totals=[("items", "Summa km-ta"), ("vat", "Käibemaks 0%", dict(rate=0)), ("total", "Kokku"),
                    ("due", "Tasuda")],
            totals_label_col=1,
            notes=["Pöördmaksustamine: käibemaksu tasub teenuse saaja (KMS § 10 lg 4; direktiiv 2006/112/EÜ art 196).",
                   "Reverse charge – VAT to be accounted for by the recipient."],
            footer_lines=[f"AS LHV Pank · IBAN {ids.group4(iban)} · BIC LHVBEE22 · Registrikood {reg}"],
        )

    return dict(key="ee-arve-poordmaksustamine", kind="fods", country="Estonia", lang="et", currency="EUR",
                title_meta="Arve", number="PT-2026-041", issue=date(2026, 3, 13), due=date(2026, 3, 27),
                seller=seller, buyer=buyer, lines=lines, due_line=True, cfg=cfg,
                numfmt=dict(dec=",", grp=" "), strings=["13.03.2026", "27.03.2026", "Pöördmaksustamine"],
                special="Intra-EU reverse charge to a Finnish buyer: 0% VAT, tax total 0.00; fractional quantity 1,5; buyer country printed")


# =============================================================== 09 Turkey
@register
def tr():
    seller = party("Ege Gıda ve Temizlik Ürünleri Tic. Ltd. Şti.", ["Kazımdirik Mah. 372/8 Sok. No: 14", "35100 Bornova / İZMİR"],
                   ids.tr_vkn("325123456"), "muhasebe@egegida.com.tr")
    buyer = party("Körfez Otelcilik Turizm A.Ş.", ["Atatürk Cad. No: 212", "35220 Alsancak / Konak / İZMİR"],
                  ids.tr_vkn("587012345"))
    iban = ids.iban("TR", "0006400000112345678901")
    lines = [
        L("Zeytinyağı Natürel Sızma 5 L teneke", 12, "689.00", "0.10", unit="Adet"),
        L("Beyaz peynir tam yağlı 5 kg teneke", 8, "1240.00", "0.10", unit="Adet"),
        L("Domates salçası 4,3 kg", 10, "315.50", "0.10", unit="Adet"),
        L("Bulaşık makinesi deterjanı 20 kg", 6, "1875.00", "0.20", unit="Adet"),
        L("Yüzey temizleyici 5 L", 12, "189.90", "0.20", unit="Adet"),
        L("Çöp poşeti jumbo boy (10'lu paket)", 40, "64.75", "0.20", unit="Paket"),
    ]
    lc = ("tr", "TR")
    try_ = cur(*lc, suf=" ₺")

    def cfg(inv, calc):
        assert calc["total"] == 4281986, "update the amount in words"
        return dict(
            lang="tr", country="TR", title="FATURA", accent="#A61C1C",
            cols=[("no", "Sıra No", 1.0), ("desc", "Mal Hizmet", 6.3), ("qty", "Miktar", 1.3), ("unit", "Birim", 1.2),
                  ("price", "Birim Fiyat", 2.3), ("rate", "KDV Oranı", 1.4), ("amount", "Mal Hizmet Tutarı", 2.7)],
            fmts=dict(money=try_, total=try_, qty=gen(*lc), rate=pct(*lc, prefix=True), date=dt(*lc, DMY("-"))),
            seller_lines=[seller["name"], *seller["address"], "Vergi Dairesi: Bornova", f"VKN: {seller['vat']}",
                          "Mersis No: 0325123456200014", f"E-posta: {seller['email']}"],
            meta=[("Fatura No", inv["number"]), ("Fatura Tarihi", inv["issue"]), ("Senaryo", "TEMELFATURA"),
                  ("Fatura Tipi", "SATIŞ"), ("Son Ödeme Tarihi", inv["due"])],
            meta_label=(3, 2), meta_value=(5, 2),
            buyer_label="SAYIN",
            buyer_lines=[buyer["name"], *buyer["address"], "Vergi Dairesi: Kordon", f"VKN: {buyer['vat']}"],
            totals=[("items", "Mal Hizmet Toplam Tutarı"), ("vat", "Hesaplanan KDV (%10)", dict(rate=0.1)),
                    ("vat", "Hesaplanan KDV (%20)", dict(rate=0.2)), ("total", "Vergiler Dahil Toplam Tutar"),
                    ("due", "Ödenecek Tutar")],
            notes=["ETTN: 4c8e2a17-93d5-4b06-bf21-7e5a0d9c3f88",
                   "Yalnız: Kırk İki Bin Sekiz Yüz On Dokuz Türk Lirası Seksen Altı Kuruş"],
            footer_lines=[f"Türkiye İş Bankası Bornova Şubesi · IBAN: {ids.group4(iban)}"],
        )

    return dict(key="tr-fatura-gida", tax_total_printed=False, kind="fods", country="Turkey", lang="tr", currency="TRY",
                title_meta="Fatura", number="EGE2026000000187", issue=date(2026, 3, 11), due=date(2026, 4, 10),
                seller=seller, buyer=buyer, lines=lines, due_line=True, cfg=cfg,
                numfmt=dict(dec=",", grp="."), strings=["11-03-2026", "10-04-2026"],
                special="TRY with ₺ suffix; KDV 10% + 20%; percent printed as %20; e-Fatura style labels (Ödenecek Tutar); VKN tax numbers")


# =============================================================== 10 Austria
@register
def at():
    seller = party("Bio-Hofladen Steiner KG", ["Dorfstraße 23", "4861 Schörfling am Attersee"], ids.at_uid("6812345"),
                   "bestellung@hofladen-steiner.at")
    buyer = party("Hotel Seeblick Unterach GmbH", ["Seepromenade 5", "4866 Unterach am Attersee"], ids.at_uid("7423156"))
    iban = ids.iban("AT", "3452400000012345")
    lines = [
        L("Bio-Bergkäse, 12 Monate gereift", "6.4", "24.90", "0.10", unit="kg"),
        L("Bio-Heumilch 3,5 % Fett, 1 l", 48, "1.69", "0.10", unit="Stk."),
        L("Bauernbrot aus Natursauerteig, 1 kg Laib", 20, "5.40", "0.10", unit="Stk."),
        L("Apfelsaft naturtrüb, 1 l", 24, "2.85", "0.10", unit="Fl."),
        L("Geschenkkorb „Attersee“, leer", 5, "18.50", "0.20", unit="Stk."),
        L("Bio-Zirbenschnaps 38 % vol., 0,5 l", 3, "29.90", "0.20", unit="Fl."),
    ]
    lc = ("de", "AT")
    eur = cur(*lc, pre="€ ")

    def cfg(inv, calc):
        return dict(
            lang="de", country="AT", title="RECHNUNG", accent="#4E6E1E", font="DejaVu Sans", font_size=8.5,
            cols=[("no", "Pos.", 0.9), ("desc", "Bezeichnung", 7.0), ("qty", "Menge", 1.3), ("unit", "Einh.", 1.4),
                  ("price", "Einzelpreis", 2.2), ("rate", "USt.", 1.2), ("amount", "Gesamtpreis", 2.5)],
            fmts=dict(money=eur, total=eur, qty=gen(*lc), rate=pct(*lc), date=dt(*lc, DMY("."))),
            seller_lines=[seller["name"], *seller["address"], f"UID: {seller['vat']}", "Tel. +43 7662 3318",
                          seller["email"]],
            meta=[("Rechnungsnummer", inv["number"]), ("Rechnungsdatum", inv["issue"]), ("Lieferdatum", date(2026, 3, 18)),
                  ("Kundennummer", "10244"), ("Zahlbar bis", inv["due"])],
            buyer_label="Rechnungsempfänger",
            buyer_lines=[buyer["name"], "z. Hd. Frau Mag. Eva Leitner", *buyer["address"], f"UID: {buyer['vat']}"],
            totals=[("items", "Summe Positionen netto"), ("shipping", "Versandkosten (Kühltransport) netto"),
                    ("net", "Gesamtbetrag netto"), ("vat", "zzgl. 10 % USt.", dict(rate=0.1)),
                    ("vat", "zzgl. 20 % USt. (inkl. Versand)", dict(rate=0.2)), ("total", "Gesamtbetrag brutto"),
                    ("due", "Zahlbetrag")],
            shipping_rate=0.2,
            totals_label_col=1,
            notes=["Zahlbar ohne Abzug bis zum angegebenen Datum. Vielen Dank für Ihren Einkauf!"],
            footer_lines=[f"Raiffeisenbank Attersee-Süd · IBAN {ids.group4(iban)} · BIC RZOOAT2L524",
                          f"Bio-Hofladen Steiner KG · FN 412345 a · Landesgericht Wels · UID {seller['vat']}"],
        )

    return dict(key="at-rechnung-hofladen", tax_total_printed=False, kind="fods", country="Austria", lang="de", currency="EUR",
                title_meta="Rechnung", number="RE-2026-0318", issue=date(2026, 3, 19), due=date(2026, 4, 2),
                seller=seller, buyer=buyer, lines=lines, due_line=True, shipping=(3500, "0.20"), cfg=cfg,
                numfmt=dict(dec=",", grp="."), strings=["19.03.2026", "02.04.2026", "18.03.2026"],
                special="USt 10% + 20%; shipping charge in the totals block (taxed at 20%, part of the net total, not a line item); weight quantity 6,4 kg; € prefix")


# =============================================================== 11 India (GST)
@register
def india():
    seller = party("Shreeji Packaging Solutions Pvt. Ltd.", ["Plot No. 42, 2nd Phase, Peenya Industrial Area",
                                                             "Bengaluru, Karnataka 560058"],
                   ids.in_gstin("29", "AAKCS4821M"), "accounts@shreejipack.in")
    buyer = party("Nandini Organic Foods LLP", ["No. 18, 5th Cross, Jayanagar 4th Block", "Bengaluru, Karnataka 560011"],
                  ids.in_gstin("29", "AAVFN7812K"))
    lines = [
        L("Corrugated Boxes 5-Ply, 450 x 300 x 300 mm", 2500, "38.50", "0.18", hsn="48191010", unit="Nos"),
        L("Printed Laminated Stand-up Pouches 1 kg with Zipper", 12000, "6.75", "0.18", hsn="39232990", unit="Nos"),
        L("BOPP Packing Tape 48 mm x 65 m", 360, "42.00", "0.18", hsn="39191000", unit="Rolls"),
        L("Food-grade Kraft Paper Bags 2 kg", 8000, "3.20", "0.18", hsn="48193000", unit="Nos"),
    ]
    lc = ("en", "IN")
    inr = num(*lc)
    date_f = dt(*lc, [("day", "long"), ("text", "-"), ("month_abbr",), ("text", "-"), ("year", "long")])

    def cfg(inv, calc):
        from common import words_en_indian
        rupees, paise = divmod(calc["total"], 100)
        words = f"Indian Rupees {words_en_indian(rupees)}" + (f" and {words_en_indian(paise)} Paise" if paise else "") + " Only"
        return dict(
            lang="en", country="IN", title="TAX INVOICE", title_span=4, title_size=18, accent="#5B2C6F",
            cols=[("no", "Sl No.", 1.0), ("desc", "Description of Goods", 6.3), ("hsn", "HSN/SAC", 1.8),
                  ("qty", "Quantity", 1.5), ("unit", "Unit", 1.2), ("price", "Rate", 1.8), ("amount", "Amount (₹)", 2.6)],
            fmts=dict(money=inr, total=inr, qty=gen(*lc), rate=pct(*lc), date=date_f),
            seller_lines=[seller["name"], *seller["address"], f"GSTIN/UIN: {seller['vat']}", "PAN: AAKCS4821M",
                          "State Name: Karnataka, Code: 29", f"E-Mail: {seller['email']}"],
            meta=[("Invoice No.", inv["number"]), ("Dated", inv["issue"]), ("Due Date", inv["due"]),
                  ("Buyer's Order No.", "NOF/PO/2026/0312"), ("Mode of Transport", "Road")],
            meta_label=(3, 2), meta_value=(5, 2),
            buyer_label="Buyer (Bill to)",
            buyer_lines=[buyer["name"], *buyer["address"], f"GSTIN/UIN: {buyer['vat']}", "State Name: Karnataka, Code: 29",
                         "Place of Supply: Karnataka"],
            totals=[("items", "Taxable Value"), ("gst", "CGST @ 9%", dict(rate=0.09)), ("gst", "SGST @ 9%", dict(rate=0.09)),
                    ("vat_total", "Total Tax Amount"), ("total", "Grand Total (₹)")],
            notes=[f"Amount Chargeable (in words): {words}",
                   ("Declaration: We declare that this invoice shows the actual price of the goods described and that all "
                    "particulars are true and correct.", 0.85),
                   "Subject to Bengaluru jurisdiction. E. & O.E."],
            footer_lines=["Bank: HDFC Bank Ltd, Peenya Branch · A/c No. 50200071234567 · IFSC: HDFC0001234",
                          "This is a computer generated invoice."],
        )

    return dict(key="in-tax-invoice-gst", kind="fods", country="India", lang="en", currency="INR",
                title_meta="Tax Invoice", number="SPS/25-26/1187", issue=date(2026, 3, 14), due=date(2026, 4, 13),
                seller=seller, buyer=buyer, lines=lines, due_line=False, vat_mode="gst", cfg=cfg,
                numfmt=dict(dec=".", grp=",", indian=True), strings=["14-Mar-2026", "13-Apr-2026", "48191010"],
                special="Intra-state GST split CGST 9% + SGST 9%; Indian digit grouping (2,57,204.60); HSN column; amount in words; no amount-due line")


# =============================================================== 12 New Zealand (xlsx)
@register
def nz():
    seller = party("Kauri Coast Landscaping Limited", ["38 Hokianga Harbour Drive", "Dargaville 0310"],
                   ids.nz_gst("11234567"), "accounts@kauricoastlandscaping.co.nz")
    buyer = party("Aroha & Tane Ngata", ["17 Kaihu Valley Road", "RD 1", "Dargaville 0371"], None, "aroha.ngata@xtra.co.nz")
    lines = [
        L("Retaining wall – H4 treated pine, 14 lineal metres", 1, "4850.00", "0.15"),
        L("Topsoil, screened (m³)", 12, "68.00", "0.15"),
        L("Instant turf – supply & lay (m²)", 85, "12.45", "0.15"),
        L("Native plants – flax, hebe & coprosma (PB3)", 40, "14.90", "0.15"),
        L("Labour – landscaping crew (hours)", 32, "85.00", "0.15"),
        L("Freight – truck & trailer", 2, "90.00", "0.15"),
    ]
    plain = num("en", "NZ", xlsx="#,##0.00")
    dollars = num("en", "NZ", xlsx='"$"#,##0.00')

    def cfg(inv, calc):
        return dict(
            lang="en", country="NZ", title="TAX INVOICE", title_span=2, title_size=20, accent="#14532D", font="Arial",
            cols=[("desc", "Description", 8.8), ("qty", "Quantity", 1.7), ("price", "Unit Price", 2.4), ("amount", "Amount NZD", 2.8)],
            fmts=dict(money=plain, total=dollars, qty=gen("en", "NZ"), rate=pct("en", "NZ"),
                      date=dt("en", "NZ", None, xlsx="dd/mm/yyyy")),
            seller_lines=[seller["name"], *seller["address"], f"GST No: {seller['vat']}", seller["email"], "027 448 1902"],
            left_span=1,
            meta=[("Invoice Date", inv["issue"]), ("Invoice Number", inv["number"]), ("Reference", "Kaihu Valley Rd"),
                  ("Due Date", inv["due"])],
            meta_label=(1, 2), meta_value=(3, 1),
            buyer_label="Bill To",
            buyer_lines=[buyer["name"], *buyer["address"], buyer["email"]],
            totals=[("items", "Subtotal"), ("vat", "TOTAL GST 15%", dict(rate=0.15)), ("total", "TOTAL NZD"),
                    ("due", "Amount Due")],
            totals_label_col=1,
            notes=["Payment by direct credit to Kauri Coast Landscaping Limited, ANZ 01-0506-0123456-00.",
                   "Please use the invoice number as your reference. Thank you for your business!"],
        )

    return dict(key="nz-tax-invoice-landscaping", kind="xlsx", country="New Zealand", lang="en", currency="NZD",
                title_meta="Tax Invoice", number="INV-2291", issue=date(2026, 2, 5), due=date(2026, 2, 20),
                seller=seller, buyer=buyer, lines=lines, due_line=True, cfg=cfg, shipping_line_item=True,
                numfmt=dict(dec=".", grp=","), strings=["05/02/2026", "20/02/2026"],
                special="Excel .xlsx; GST 15%; private-person buyer (no tax id); freight as an item row; day ≤ 12 dates (05/02/2026 = 5 Feb)")


import documents  # noqa: E402,F401  (word-processor invoices)
