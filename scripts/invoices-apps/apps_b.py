"""Invoices 9-16: Fiken (NO), Holded (ES), Facturama (MX, two pages), PayPal (FR),
Shopify order invoice (IT), Invoice Ninja (BE, French), Tripletex (DK), Etsy seller (AU)."""
import hashlib
import base64
from decimal import Decimal

from kit import (Pdf, A4, letter, HexColor, white, black, GREY, LIGHT, MID,
                 num, qfmt, fdate, pct_of, rhu)
from common import party, items
from apps_a import register, usd


def luhn_digit(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


# ------------------------------------------------------------------ 9 Fiken, Norway
@register
def no_fiken():
    seller = party("Nordvik Rørlegger AS",
                   ["Strandgaten 44", "5013 Bergen"],
                   vat="NO918443275MVA", vat_print="NO 918 443 275 MVA", email="post@nordvikror.no")
    buyer = party("Borettslaget Solsiden",
                  ["Solsidevegen 3", "5031 Bergen"])
    L = items([
        ("Utskifting av varmtvannsbereder 200 l", "1", 1490000),
        ("Arbeid rørlegger", "6.5", 98500),
        ("Rørdeler og koblinger", "1", 124800),
        ("Kjøring", "2", 42000),
    ])
    sub = sum(l["amount"] for l in L)
    vat = pct_of(sub, "25")
    total = sub + vat
    nok = lambda c: "kr " + num(c, " ", ",")
    plain = lambda c: num(c, " ", ",")
    kid_base = "1024537"
    kid = kid_base + luhn_digit(kid_base)
    r = dict(slug="no-fiken-kid-mva", app="Fiken", country="NO",
             number="10245", issue="2026-11-02", due="2026-11-16", currency="NOK",
             seller=seller, buyer=buyer, lines=L, subtotal=sub, tax=vat, total=total,
             amount_due=None, paid=0, adjust_lines=0, extras=[vat],
             note="A4; 'kr 1 234,56' with space thousands; MVA 25%; org.nr. with MVA suffix; "
                  "KID and account number; 'Å betale' total and a giro-style payment strip.")
    fm = dict(qty=lambda q: qfmt(q, ","), unit=plain, amount=plain, subtotal=nok, tax=nok, total=nok,
              amount_due=nok, date=lambda d: fdate(d, "dmy."))
    r["fm"] = fm

    def render(path):
        p = Pdf(path, A4, "LibSans", title="Faktura 10245")
        W, H = p.W, p.H
        y = H - 60
        p.t(50, y, seller["name"], 14, True)
        p.lines(50, y - 16, seller["lines"] + [seller["email"], "Org.nr. " + seller["vat_print"]], 8.5,
                color=GREY)
        p.t(W - 50, y, "Faktura", 22, True, align="r")
        y = H - 160
        p.lines(50, y, [buyer["name"], "v/ styreleder Kari Haugland"] + buyer["lines"], 10)
        p.kv(340, W - 50, y, [("Fakturanr.", r["number"]),
                              ("Fakturadato", fdate(r["issue"], "dmy.")),
                              ("Forfallsdato", fdate(r["due"], "dmy.")),
                              ("Leveringsdato", "30.10.2026"),
                              ("Kundenr.", "37"),
                              ("KID", kid),
                              ("Kontonr.", "1503 22 87451")], 9, valign="r")
        y = H - 300
        cols = [("Beskrivelse", 230, "l"), ("Antall", 50, "r"), ("Enhet", 45, "l"), ("Pris", 70, "r"),
                ("MVA", 40, "r"), ("Beløp", 65, "r")]
        un = ["stk", "timer", "stk", "tur"]
        rows = [[l["d"], fm["qty"](l["q"]), un[i], plain(l["u"]), "25 %", plain(l["amount"])]
                for i, l in enumerate(L)]
        y, _ = p.table(46, y, cols, rows, 9, head_rule=black, rule=LIGHT, lead=12, gap=7)
        y -= 10
        xl, xr = 330, W - 54
        y = p.kv(xl, xr, y, [("Sum eks. mva", nok(sub)), ("Mva 25 %", nok(vat))], 9.5, valign="r")
        p.hl(xl, xr, y + 9, black)
        y -= 4
        p.t(xl, y, "Å betale", 11, True)
        p.t(xr, y, nok(total), 11, True, align="r")
        y -= 40
        p.para(50, y, 495, "Arbeidet er utført i henhold til avtale av 21.10.2026. Garanti på "
               "utstyr og arbeid i 5 år etter NS 8406. Ved for sen betaling beregnes forsinkelsesrente "
               "etter forsinkelsesrenteloven.", 9)
        # giro strip
        gy = 150
        p.hl(40, W - 40, gy + 40, GREY, 0.4)
        p.t(50, gy + 26, "BETALINGSINFORMASJON", 8, True)
        p.rect(45, gy - 50, W - 90, 66, fill=HexColor("#FFF6D8"))
        p.kv(55, 150, gy, [("Kontonummer", "1503 22 87451"), ("KID", kid),
                           ("Beløp", nok(total)), ("Forfallsdato", fdate(r["due"], "dmy."))], 9)
        p.t(330, gy, "Betalt av", 8, color=GREY)
        p.lines(330, gy - 13, [buyer["name"]] + buyer["lines"], 8.5)
        p.save()

    r["render"] = render
    return r


# ------------------------------------------------------------------ 10 Holded, Spain
@register
def es_holded():
    seller = party("Cerámica Albaicín S.L.",
                   ["Calle Elvira 57", "18010 Granada", "España"],
                   vat="B18765432", vat_print="B18765432", email="hola@ceramicaalbaicin.es")
    buyer = party("Restaurante La Alacena S.L.",
                  ["Calle San Jerónimo 14", "18001 Granada", "España"],
                  vat="B19234567", vat_print="B19234567")
    L = items([
        ("Plato llano 27 cm, esmalte granadino", "60", 1850, "10"),
        ("Cuenco de tapas 12 cm", "120", 680, "10"),
        ("Jarra de agua 1 l, decorada a mano", "24", 2200),
        ("Personalización con logotipo (serigrafía)", "1", 18000),
    ])
    sub = sum(l["amount"] for l in L)
    vat = pct_of(sub, "21")
    total = sub + vat
    eur = lambda c: num(c, ".", ",") + " €"
    r = dict(slug="es-holded-descuento-linea", app="Holded", country="ES",
             number="F260318", issue="2026-06-18", due="2026-07-18", currency="EUR",
             seller=seller, buyer=buyer, lines=L, subtotal=sub, tax=vat, total=total,
             amount_due=None, paid=0, adjust_lines=0, extras=[vat],
             note="A4; upper-case column heads with DTO. column (line discount 10% on two lines, "
                  "amount after discount); CIF without ES prefix; BASE IMPONIBLE / IVA 21% / TOTAL.")
    fm = dict(qty=lambda q: qfmt(q, ","), unit=eur, amount=eur, subtotal=eur, tax=eur, total=eur,
              amount_due=eur, date=lambda d: fdate(d, "dmy/"))
    r["fm"] = fm

    def render(path):
        p = Pdf(path, A4, "Noto", title="Factura F260318")
        W, H = p.W, p.H
        acc = HexColor("#E2445C")
        y = H - 62
        p.t(50, y, "FACTURA", 24, True, acc)
        p.kv(50, 120, y - 30, [("Nº", r["number"]), ("FECHA", fdate(r["issue"], "dmy/")),
                               ("VENCIMIENTO", fdate(r["due"], "dmy/"))], 9, lbold=True)
        p.t(W - 50, y, seller["name"], 11, True, align="r")
        yy = y - 14
        for ln in ["CIF: " + seller["vat_print"]] + seller["lines"] + [seller["email"], "+34 958 21 44 09"]:
            p.t(W - 50, yy, ln, 8.5, color=GREY, align="r")
            yy -= 11.5
        y = H - 200
        p.t(50, y, "CLIENTE", 8, True, GREY)
        p.lines(50, y - 14, [buyer["name"], "CIF: " + buyer["vat_print"]] + buyer["lines"], 9.5,
                bold_first=True)
        y = H - 300
        cols = [("CONCEPTO", 210, "l"), ("PRECIO", 65, "r"), ("UNIDADES", 58, "r"), ("DTO.", 40, "r"),
                ("SUBTOTAL", 72, "r"), ("IVA", 50, "r")]
        rows = [[l["d"], eur(l["u"]), fm["qty"](l["q"]), (l["disc"] + "%") if l["disc"] else "",
                 eur(l["amount"]), "21%"] for l in L]
        y, _ = p.table(46, y, cols, rows, 9, head_size=7.5, head_color=GREY, head_rule=MID, rule=LIGHT,
                       lead=12, gap=8)
        y -= 14
        xl, xr = 330, W - 54
        y = p.kv(xl, xr, y, [("BASE IMPONIBLE", eur(sub)), ("IVA 21%", eur(vat))], 9, valign="r",
                 lcolor=GREY)
        y -= 4
        p.rect(xl - 8, y - 6, xr - xl + 14, 19, fill=HexColor("#FBE3E7"))
        p.t(xl, y, "TOTAL", 11, True)
        p.t(xr, y, eur(total), 11, True, align="r")
        y -= 50
        p.t(50, y, "FORMA DE PAGO", 8, True, GREY)
        y = p.para(50, y - 13, 495, "Transferencia bancaria a 30 días · IBAN ES12 2100 4567 8912 "
                   "3456 7890 (CaixaBank). Indique el número de factura en el concepto.", 9)
        y -= 8
        p.t(50, y, "NOTAS", 8, True, GREY)
        p.para(50, y - 13, 495, "Descuento del 10% aplicado en vajilla según presupuesto P260211. "
               "Piezas hechas a mano: pequeñas variaciones de color no se consideran defecto.", 9)
        p.t(50, 40, "Cerámica Albaicín S.L. · Inscrita en el Registro Mercantil de Granada, Tomo 1623, "
            "Folio 88, Hoja GR-41207", 7, color=GREY)
        p.save()

    r["render"] = render
    return r


# ------------------------------------------------------------------ 11 Facturama CFDI, Mexico (two pages)
UNITS = ["", "UN", "DOS", "TRES", "CUATRO", "CINCO", "SEIS", "SIETE", "OCHO", "NUEVE", "DIEZ",
         "ONCE", "DOCE", "TRECE", "CATORCE", "QUINCE", "DIECISÉIS", "DIECISIETE", "DIECIOCHO",
         "DIECINUEVE", "VEINTE", "VEINTIÚN", "VEINTIDÓS", "VEINTITRÉS", "VEINTICUATRO", "VEINTICINCO",
         "VEINTISÉIS", "VEINTISIETE", "VEINTIOCHO", "VEINTINUEVE"]
TENS = ["", "", "", "TREINTA", "CUARENTA", "CINCUENTA", "SESENTA", "SETENTA", "OCHENTA", "NOVENTA"]
HUND = ["", "CIENTO", "DOSCIENTOS", "TRESCIENTOS", "CUATROCIENTOS", "QUINIENTOS", "SEISCIENTOS",
        "SETECIENTOS", "OCHOCIENTOS", "NOVECIENTOS"]


def _lt1000(n):
    if n == 100:
        return "CIEN"
    h, rest = divmod(n, 100)
    parts = [HUND[h]] if h else []
    if rest < 30:
        if rest:
            parts.append(UNITS[rest])
    else:
        t, u = divmod(rest, 10)
        parts.append(TENS[t] + (" Y " + UNITS[u] if u else ""))
    return " ".join(parts)


def pesos_en_letra(c):
    n, cts = divmod(c, 100)
    th, rest = divmod(n, 1000)
    words = []
    if th:
        words.append("MIL" if th == 1 else _lt1000(th) + " MIL")
    if rest:
        words.append(_lt1000(rest))
    return "%s PESOS %02d/100 M.N." % (" ".join(words), cts)


@register
def mx_facturama():
    seller = party("Taller Gráfico Xochimilco S.A. de C.V.",
                   ["Av. Guadalupe I. Ramírez 412, Col. San Juan", "Xochimilco, C.P. 16000, Ciudad de México"],
                   vat="TGX150312AB7", vat_print="TGX150312AB7", email="facturacion@tallerxochimilco.mx")
    buyer = party("Distribuidora Alameda del Centro S.A. de C.V.",
                  ["Av. Juárez 88, Col. Centro", "Cuauhtémoc, C.P. 06050, Ciudad de México"],
                  vat="DAC190827KJ3", vat_print="DAC190827KJ3", email="cuentasxpagar@alamedacentro.mx")
    specs = [
        ("Impresión de catálogo 24 págs., couché 150 g, engrapado", "1500", 1840, "82121500", "H87"),
        ("Volantes media carta a 4x4 tintas, couché 130 g", "10000", 85, "82121500", "H87"),
        ("Lona impresa 3 × 2 m con ojillos", "6", 115000, "82121500", "H87"),
        ("Diseño editorial del catálogo (horas)", "12", 65000, "80141600", "HUR"),
        ("Tarjetas de presentación (millar)", "8", 42000, "82121500", "XKI"),
        ("Carteles 60 × 90 cm, papel bond 120 g", "150", 3800, "82121500", "H87"),
        ("Etiquetas adhesivas troqueladas 5 × 5 cm (millar)", "20", 31500, "82121500", "XKI"),
        ("Pruebas de color certificadas", "4", 29000, "82121500", "H87"),
    ]
    L = items([(d, q, u) for d, q, u, _, _ in specs])
    sub = sum(l["amount"] for l in L)
    vat = pct_of(sub, "16")
    total = sub + vat
    mxn = usd
    r = dict(slug="mx-facturama-cfdi-dos-paginas", app="Facturama", country="MX",
             number="A-1482", issue="2026-09-08", due="2026-10-08", currency="MXN",
             seller=seller, buyer=buyer, lines=L, subtotal=sub, tax=vat, total=total,
             amount_due=None, paid=0, adjust_lines=0, extras=[vat],
             note="Letter, two pages (CFDI seals and original string on page 2); RFC as tax id; "
                  "ISO 'MXN' printed as Moneda; IVA trasladado 16%; ISO timestamp issue date; total in words.")
    fm = dict(qty=lambda q: qfmt(q, fixed=2), unit=mxn, amount=mxn, subtotal=mxn, tax=mxn, total=mxn,
              amount_due=mxn, date=lambda d: d, due_date=lambda d: fdate(d, "dmy/"))
    r["fm"] = fm
    seed = hashlib.sha256(b"A-1482").digest()
    blob = base64.b64encode(b"".join(hashlib.sha512(seed + bytes([i])).digest() for i in range(6))).decode()

    def footer(p):
        p.t(p.W / 2, 30, "Este documento es una representación impresa de un CFDI 4.0 · Página %d de 2"
            % p.page, 7, color=GREY, align="c")

    def render(path):
        p = Pdf(path, letter, "DejaVuCond", title="Factura A-1482")
        W, H = p.W, p.H
        y = H - 50
        p.t(40, y, seller["name"], 12, True)
        p.lines(40, y - 15, ["RFC: " + seller["vat_print"], "Régimen fiscal: 601 - General de Ley Personas Morales"]
                + seller["lines"] + [seller["email"]], 8)
        p.rect(W - 220, y - 84, 180, 98, stroke=MID)
        p.t(W - 130, y, "FACTURA", 13, True, align="c")
        p.kv(W - 212, W - 48, y - 18, [("Folio:", r["number"]),
                                       ("Fecha de emisión:", "2026-09-08T11:42:17"),
                                       ("Lugar de expedición:", "16000"),
                                       ("Tipo de comprobante:", "I - Ingreso"),
                                       ("Fecha de vencimiento:", fdate(r["due"], "dmy/"))], 7.5, valign="r")
        p.t(40, y - 104, "Folio fiscal (UUID): 5E2A9C41-7B3D-4F10-9A6E-2C8D41B7F093", 7.5, color=GREY)
        y = H - 175
        p.rect(36, y - 62, W - 72, 76, fill=HexColor("#F3F6F4"))
        p.t(44, y, "RECEPTOR", 8, True)
        p.lines(44, y - 13, [buyer["name"], "RFC: " + buyer["vat_print"],
                             "Dirección: " + ", ".join(buyer["lines"]), buyer["email"]], 8)
        p.kv(W - 250, W - 48, y - 13, [("Uso CFDI:", "G03 - Gastos en general"),
                                       ("Domicilio fiscal:", "06050"),
                                       ("Régimen fiscal:", "601")], 8, valign="r")
        y = H - 262
        cols = [("Clave SAT", 52, "l"), ("Cantidad", 58, "r"), ("Unidad", 40, "c"), ("Descripción", 212, "l"),
                ("Valor unitario", 78, "r"), ("Importe", 92, "r")]
        rows = [[specs[i][3], fm["qty"](l["q"]), specs[i][4], l["d"], mxn(l["u"]), mxn(l["amount"])]
                for i, l in enumerate(L)]
        y, n = p.table(36, y, cols, rows, 8, head_fill=HexColor("#1E5631"), head_color=white, rule=LIGHT,
                       lead=10.5, gap=5)
        assert n == len(rows)
        y -= 10
        xl, xr = W - 230, W - 44
        y = p.kv(xl, xr, y, [("Subtotal", mxn(sub)), ("IVA Trasladado 16%", mxn(vat))], 8.5, valign="r")
        p.t(xl, y, "Total", 10, True)
        p.t(xr, y, mxn(total), 10, True, align="r")
        y -= 22
        p.t(40, y, "Importe con letra: (%s)" % pesos_en_letra(total), 8, True)
        y -= 22
        p.kv(40, 160, y, [("Moneda:", "MXN - Peso Mexicano"), ("Tipo de cambio:", "1"),
                          ("Forma de pago:", "99 - Por definir"),
                          ("Método de pago:", "PPD - Pago en parcialidades o diferido"),
                          ("Condiciones de pago:", "Crédito 30 días"),
                          ("Exportación:", "01 - No aplica")], 8)
        footer(p)
        p.new_page()
        y = H - 50
        p.t(40, y, "Factura %s · %s" % (r["number"], seller["name"]), 8, color=GREY)
        y -= 30
        p.rect(40, y - 96, 100, 100, stroke=black)
        p.t(90, y - 50, "[QR]", 8, color=GREY, align="c")
        p.kv(160, 320, y, [("No. de serie del certificado del emisor:", "00001000000712345678"),
                           ("No. de serie del certificado del SAT:", "00001000000705250068"),
                           ("Fecha y hora de certificación:", "2026-09-08T11:42:31"),
                           ("RFC del proveedor de certificación:", "SPR190613I52")], 7.5)
        y -= 130
        for title, chunk in [("Sello digital del CFDI:", blob[:344]), ("Sello del SAT:", blob[344:688]),
                             ("Cadena original del complemento de certificación digital del SAT:",
                              "||1.1|5E2A9C41-7B3D-4F10-9A6E-2C8D41B7F093|2026-09-08T11:42:31|SPR190613I52|"
                              + blob[688:900] + "|00001000000705250068||")]:
            p.t(40, y, title, 8, True)
            y = p.para(40, y - 12, W - 80, " ".join(chunk[i:i + 8] for i in range(0, len(chunk), 8)),
                       6.5, font="DejaVuMono") - 12
        y -= 10
        p.para(40, y, W - 80, "Los pagos deberán realizarse a la cuenta CLABE 012180001234567891 (BBVA) a "
               "nombre de Taller Gráfico Xochimilco S.A. de C.V. Al recibir el pago se emitirá el "
               "complemento de pago correspondiente.", 8)
        footer(p)
        p.save()

    r["render"] = render
    return r


# ------------------------------------------------------------------ 12 PayPal invoice, France
NB = "\u00a0"


@register
def fr_paypal():
    seller = party("Atelier Lin & Lumière SARL",
                   ["14 rue des Tanneurs", "69005 Lyon", "France"],
                   vat="FR47852316904", vat_print="FR 47 852 316 904", email="contact@atelierlinlumiere.fr")
    buyer = party("Hôtel Les Terrasses de Fourvière",
                  ["3 montée Saint-Barthélemy", "69005 Lyon", "France"], email="compta@terrasses-fourviere.fr")
    L = items([
        ("Parure de lit en lin lavé 240 × 260, coloris sauge", "6", 14500),
        ("Taie d'oreiller en lin 65 × 65", "12", 2400),
        ("Nappe en lin 160 × 250, ourlet point de Venise", "2", 11100),
    ])
    gross = sum(l["amount"] for l in L)
    disc = pct_of(gross, "10")
    sub = gross - disc
    vat = pct_of(sub, "20")
    total = sub + vat
    eur = lambda c: ("-" if c < 0 else "") + num(abs(c), NB, ",") + NB + "€"
    r = dict(slug="fr-paypal-remise-globale", app="PayPal invoice", country="FR",
             number="FAC-2026-0061", issue="2026-02-10", due="2026-03-12", currency="EUR",
             seller=seller, buyer=buyer, lines=L, subtotal=sub, tax=vat, total=total,
             amount_due=None, paid=0, adjust_lines=-disc, extras=[vat],
             note="A4; 'Montant dû' box top right; invoice-level 10 % remise between Sous-total and "
                  "Total HT (subtotal = Total HT after discount); TVA 20 %; NBSP thousands separators.")
    fm = dict(qty=lambda q: qfmt(q, ","), unit=eur, amount=eur, subtotal=eur, tax=eur, total=eur,
              amount_due=eur, date=lambda d: fdate(d, "dmy/"))
    r["fm"] = fm

    def render(path):
        p = Pdf(path, A4, "LibSans", title="Facture FAC-2026-0061")
        W, H = p.W, p.H
        y = H - 60
        p.t(50, y, seller["name"], 12, True)
        p.lines(50, y - 15, seller["lines"] + [seller["email"], "N° TVA intracom. : " + seller["vat_print"],
                                               "SIRET 852 316 904 00018"], 8.5, color=GREY)
        p.t(W - 50, y, "FACTURE", 20, True, HexColor("#003087"), align="r")
        p.kv(W - 250, W - 50, y - 24, [("N° de facture :", r["number"]),
                                       ("Date de facture :", fdate(r["issue"], "dmy/")),
                                       ("Conditions :", "30 jours"),
                                       ("Date d'échéance :", fdate(r["due"], "dmy/"))], 9, valign="r")
        p.rect(W - 250, y - 130, 200, 44, fill=HexColor("#EAF1FB"))
        p.t(W - 240, y - 104, "Montant dû :", 9, True)
        p.t(W - 60, y - 122, eur(total), 16, True, align="r")
        y = H - 215
        p.t(50, y, "Facturer à", 9, True)
        p.lines(50, y - 14, [buyer["name"]] + buyer["lines"] + [buyer["email"]], 9)
        y = H - 310
        cols = [("Description", 270, "l"), ("Quantité", 60, "r"), ("Prix", 80, "r"), ("Montant", 85, "r")]
        rows = [[l["d"], fm["qty"](l["q"]), eur(l["u"]), eur(l["amount"])] for l in L]
        y, _ = p.table(46, y, cols, rows, 9, head_fill=HexColor("#F5F7FA"), rule=LIGHT, lead=12, gap=8)
        y -= 12
        xl, xr = 320, W - 54
        y = p.kv(xl, xr, y, [("Sous-total", eur(gross)), ("Remise (10" + NB + "%)", eur(-disc)),
                             ("Total HT", eur(sub)), ("TVA (20" + NB + "%)", eur(vat))], 9, valign="r")
        p.hl(xl, xr, y + 9, MID)
        y -= 3
        p.t(xl, y, "Total TTC", 10, True)
        p.t(xr, y, eur(total), 10, True, align="r")
        y -= 16
        p.t(xl, y, "Montant dû (EUR)", 10, True)
        p.t(xr, y, eur(total), 10, True, align="r")
        y -= 44
        p.t(50, y, "Remarque pour le destinataire", 9, True)
        y = p.para(50, y - 13, 495, "Remise partenaire hôtellerie de 10" + NB + "% appliquée sur "
                   "l'ensemble de la commande. Linge livré le 06/02/2026.", 9)
        y -= 8
        p.t(50, y, "Conditions générales", 9, True)
        y = p.para(50, y - 13, 495, "Paiement à 30 jours. En cas de retard, pénalités au taux de 3 fois "
                   "le taux d'intérêt légal et indemnité forfaitaire pour frais de recouvrement de 40" + NB
                   + "€ (art. L441-10 du Code de commerce). Pas d'escompte pour paiement anticipé.", 9)
        y -= 10
        p.t(50, y, "Payer en ligne : https://pay.atelierlinlumiere.fr/facture/FAC-2026-0061", 9,
            color=HexColor("#0070BA"))
        p.save()

    r["render"] = render
    return r


# ------------------------------------------------------------------ 13 Shopify order invoice, Italy
@register
def it_shopify():
    seller = party("Frantoio Colle degli Ulivi S.r.l.",
                   ["Via Provinciale 128", "58054 Scansano (GR)", "Italia"],
                   vat="IT01684950531", vat_print="IT01684950531", email="ordini@colledegliulivi.it")
    buyer = party("Giulia Ferraresi", ["Via Saragozza 41", "40123 Bologna (BO)", "Italia"])
    L = items([
        ("Olio extravergine di oliva biologico 0,75 l", "3", 1690),
        ("Olio EVO latta 3 l – raccolta 2025", "2", 5400),
        ("Olio EVO aromatizzato al limone 250 ml", "2", 980),
    ])
    gross = sum(l["amount"] for l in L)
    disc = pct_of(gross, "10")
    ship = 990
    total = gross - disc + ship
    net = rhu(Decimal(total) / Decimal("1.04"))
    vat = total - net
    eur = lambda c: ("-€ " if c < 0 else "€ ") + num(abs(c), ".", ",")
    r = dict(slug="it-shopify-iva-inclusa-sconto", app="Shopify order invoice", country="IT",
             number="2026/0187", issue="2026-05-12", due=None, currency="EUR",
             seller=seller, buyer=buyer, lines=L, subtotal=net, tax=vat, total=total,
             amount_due=None, paid=0, adjust_lines=net - gross, extras=[vat],
             note="A4; B2C consumer order with VAT-inclusive prices (IVA 4% inclusa); discount code "
                  "10% and shipping in the totals; subtotal = Imponibile from the VAT summary; no due date.")
    fm = dict(qty=lambda q: qfmt(q, ","), unit=eur, amount=eur, subtotal=eur, tax=eur, total=eur,
              amount_due=eur, date=lambda d: fdate(d, "d month Y", "it"))
    r["fm"] = fm

    def render(path):
        p = Pdf(path, A4, "DejaVu", title="Fattura 2026/0187")
        W, H = p.W, p.H
        y = H - 60
        p.t(50, y, "Fattura", 20, True)
        p.kv(50, 150, y - 26, [("Fattura n.", r["number"]), ("Ordine", "#1187"),
                               ("Data", fdate(r["issue"], "d month Y", "it"))], 9)
        p.t(W - 50, y, seller["name"], 10, True, align="r")
        yy = y - 14
        for ln in seller["lines"] + ["P. IVA " + seller["vat_print"], seller["email"]]:
            p.t(W - 50, yy, ln, 8.5, color=GREY, align="r")
            yy -= 11.5
        y = H - 180
        p.t(50, y, "Fatturare a", 9, True)
        p.lines(50, y - 14, [buyer["name"]] + buyer["lines"], 9)
        p.t(300, y, "Spedire a", 9, True)
        p.lines(300, y - 14, [buyer["name"]] + buyer["lines"] + ["Tel. +39 051 644 21 87"], 9)
        y = H - 270
        p.t(50, y, "Dettagli ordine", 11, True)
        y -= 20
        cols = [("Quantità", 55, "l"), ("Articolo", 280, "l"), ("Prezzo", 80, "r"), ("Totale", 80, "r")]
        rows = [[fm["qty"](l["q"]), l["d"], eur(l["u"]), eur(l["amount"])] for l in L]
        y, _ = p.table(46, y, cols, rows, 9, head_rule=black, rule=LIGHT, lead=12, gap=8)
        y -= 10
        xl, xr = 310, W - 54
        y = p.kv(xl, xr, y, [("Subtotale", eur(gross)), ("Sconto (OLIO10)", eur(-disc)),
                             ("Spedizione (Corriere espresso)", eur(ship))], 9, valign="r")
        p.hl(xl, xr, y + 9, black)
        y -= 3
        p.t(xl, y, "Totale", 11, True)
        p.t(xr, y, eur(total), 11, True, align="r")
        y -= 14
        p.t(xl, y, "IVA 4% inclusa", 8.5, color=GREY)
        p.t(xr, y, eur(vat), 8.5, color=GREY, align="r")
        y -= 40
        p.t(50, y, "Riepilogo IVA", 9, True)
        y -= 14
        cols = [("Aliquota", 100, "l"), ("Imponibile", 110, "r"), ("Imposta", 100, "r"), ("Totale", 110, "r")]
        y, _ = p.table(46, y, cols, [["IVA 4%", eur(net), eur(vat), eur(total)]], 9, head_fill=LIGHT,
                       lead=12, gap=4)
        y -= 20
        y = p.para(50, y, 495, "Metodo di pagamento: carta di credito (Visa •••• 4417). Prezzi IVA "
                   "inclusa; lo sconto OLIO10 e la spedizione sono soggetti alla stessa aliquota.", 8.5)
        y -= 6
        p.para(50, y, 495, "Grazie per il tuo acquisto! Per resi e assistenza scrivi a "
               "ordini@colledegliulivi.it indicando il numero d'ordine.", 8.5)
        p.t(50, 40, "Frantoio Colle degli Ulivi S.r.l. · REA GR-112934 · Capitale sociale € 20.000,00 i.v.",
            7, color=GREY)
        p.save()

    r["render"] = render
    return r


# ------------------------------------------------------------------ 14 Invoice Ninja, Belgium (French)
@register
def be_invoiceninja():
    seller = party("Les Jardins de Mélanie SRL",
                   ["Rue de la Station 23", "1300 Wavre", "Belgique"],
                   vat="BE0712345678", vat_print="BE 0712.345.678", email="info@jardinsmelanie.be")
    buyer = party("ACP Résidence Le Clos des Tilleuls",
                  ["Avenue des Tilleuls 8", "1410 Waterloo", "Belgique"],
                  vat="BE0845123987", vat_print="BE 0845.123.987", email="syndic@closdestilleuls.be")
    skus = ["JRD-TAIL", "JRD-TONTE", "JRD-PLANT", "JRD-MO"]
    L = items([
        ("Taille des haies (charmille), évacuation des déchets verts comprise", "1", 64000),
        ("Tonte pelouse, forfait mensuel avril–juin", "3", 18500),
        ("Plantation de vivaces, fourniture incluse (m²)", "24", 3850),
        ("Main-d'œuvre supplémentaire (heures)", "6", 4800),
    ])
    sub = sum(l["amount"] for l in L)
    vat = pct_of(sub, "21")
    total = sub + vat
    paid = 100000
    due = total - paid
    eur = lambda c: num(c, ".", ",") + " €"
    base = 2026000076
    chk = base % 97 or 97
    s = "%010d%02d" % (base, chk)
    ogm = "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])
    r = dict(slug="be-invoiceninja-acompte", app="Invoice Ninja", country="BE",
             number="0076", issue="2026-07-03", due="2026-08-02", currency="EUR",
             seller=seller, buyer=buyer, lines=L, subtotal=sub, tax=vat, total=total,
             amount_due=due, paid=paid, adjust_lines=0, extras=[vat],
             note="A4, French; 'Solde dû' box in the header; separate Article (SKU) and Description "
                  "columns; TVA 21%; acompte 1.000,00 € paid so amountDue != total; structured "
                  "communication and pay-online link.")
    fm = dict(qty=lambda q: qfmt(q, ","), unit=eur, amount=eur, subtotal=eur, tax=eur, total=eur,
              amount_due=eur, date=lambda d: fdate(d, "dmy/"))
    r["fm"] = fm

    def render(path):
        p = Pdf(path, A4, "Noto", title="Facture 0076")
        W, H = p.W, p.H
        acc = HexColor("#2F7D32")
        p.rect(0, H - 110, W, 110, fill=HexColor("#F1F8F1"))
        y = H - 50
        p.t(50, y, seller["name"], 14, True, acc)
        p.lines(50, y - 16, seller["lines"][:2] + [seller["email"], "TVA " + seller["vat_print"]], 8.5)
        p.kv(W - 240, W - 50, y, [("Numéro de facture", r["number"]),
                                  ("Date de facture", fdate(r["issue"], "dmy/")),
                                  ("Date d'échéance", fdate(r["due"], "dmy/"))], 9, valign="r")
        p.t(W - 240, y - 48, "Solde dû", 10, True, acc)
        p.t(W - 50, y - 48, eur(due), 12, True, acc, align="r")
        y = H - 150
        p.t(50, y, "FACTURE", 18, True)
        y -= 28
        p.t(50, y, "Client", 8.5, True, GREY)
        p.lines(50, y - 14, [buyer["name"]] + buyer["lines"] + ["TVA " + buyer["vat_print"], buyer["email"]],
                9)
        y = H - 310
        cols = [("Article", 70, "l"), ("Description", 235, "l"), ("Coût unitaire", 75, "r"),
                ("Quantité", 52, "r"), ("Total", 68, "r")]
        rows = [[skus[i], l["d"], eur(l["u"]), fm["qty"](l["q"]), eur(l["amount"])] for i, l in enumerate(L)]
        y, _ = p.table(46, y, cols, rows, 8.5, head_fill=acc, head_color=white, zebra=HexColor("#F6F6F6"),
                       lead=11.5, gap=8)
        y -= 12
        xl, xr = 300, W - 54
        y = p.kv(xl, xr, y, [("Sous-total", eur(sub)), ("TVA 21 %", eur(vat)), ("Total", eur(total)),
                             ("Acompte payé le 12/05/2026", "-" + eur(paid))], 9, valign="r")
        p.rect(xl - 6, y - 6, xr - xl + 10, 20, fill=HexColor("#E3F1E4"))
        p.t(xl, y, "Solde dû", 10, True)
        p.t(xr, y, eur(due), 10, True, align="r")
        y -= 46
        p.t(50, y, "Conditions", 9, True)
        y = p.para(50, y - 13, 495, "Paiement à 30 jours par virement sur BE71 0961 2345 6769 (BIC GKCCBEBB) "
                   "avec la communication structurée %s. Tout retard de paiement entraîne de plein droit "
                   "un intérêt de retard de 8 %% l'an." % ogm, 9)
        y -= 8
        p.t(50, y, "Notes", 9, True)
        y = p.para(50, y - 13, 495, "Travaux réalisés d'avril à juin 2026 selon le devis 0041. TVA 21 % : "
                   "entretien d'espaces verts non éligible au taux réduit.", 9)
        y -= 8
        p.t(50, y, "Payer en ligne : https://factures.jardinsmelanie.be/client/pay/0076", 9, color=acc)
        p.save()

    r["render"] = render
    return r


# ------------------------------------------------------------------ 15 Tripletex-style, Denmark
@register
def dk_tripletex():
    seller = party("Havnens Maskinværksted ApS",
                   ["Værftsvej 9", "9000 Aalborg"],
                   vat="38175294", vat_print="38 17 52 94", email="faktura@havnensmaskin.dk")
    buyer = party("Limfjord Fiskeeksport A/S",
                  ["Fiskerivej 22", "9900 Frederikshavn"],
                  vat="29418803", vat_print="29 41 88 03")
    L = items([
        ("Reparation af hydraulikpumpe, trawlspil", "1", 875000),
        ("Pakningssæt, hydraulik", "2", 118500),
        ("Værkstedsarbejde", "14.5", 64500),
        ("Svejsning, rustfrit stål", "3.25", 72000),
        ("Miljøgebyr", "1", 9500),
    ])
    sub = sum(l["amount"] for l in L)
    vat = pct_of(sub, "25")
    total = sub + vat
    dkk = lambda c: num(c, ".", ",")
    fik_base = "00000002026118"
    fik = fik_base + luhn_digit(fik_base)
    r = dict(slug="dk-tripletex-moms-fik", app="Tripletex", country="DK",
             number="20261188", issue="2026-08-28", due="2026-09-27", currency="DKK",
             seller=seller, buyer=buyer, lines=L, subtotal=sub, tax=vat, total=total,
             amount_due=None, paid=0, adjust_lines=0, extras=[vat],
             note="A4, Danish invoice in a Tripletex-style (Nordic ERP) layout; amounts without symbol, currency only as 'DKK' in the totals labels; "
                  "moms 25%; CVR numbers with spaces; environmental fee as a line item; FIK payment line.")
    fm = dict(qty=lambda q: qfmt(q, ","), unit=dkk, amount=dkk, subtotal=dkk, tax=dkk, total=dkk,
              amount_due=dkk, date=lambda d: fdate(d, "dmy-"))
    r["fm"] = fm

    def render(path):
        p = Pdf(path, A4, "LibSerif", bold="LibSerif-Bold", title="Faktura 20261188")
        W, H = p.W, p.H
        y = H - 56
        p.t(50, y, seller["name"], 15, True)
        p.t(W - 50, y, "FAKTURA", 18, True, align="r")
        y = H - 150
        p.lines(50, y, [buyer["name"], "Att.: Indkøb / Ole Madsen"] + buyer["lines"], 10)
        p.t(50, y - 62, "CVR-nr. " + buyer["vat_print"], 9)
        p.rect(330, y - 92, W - 380, 106, stroke=MID)
        p.kv(338, W - 58, y, [("Fakturanr.", r["number"]), ("Fakturadato", fdate(r["issue"], "dmy-")),
                              ("Forfaldsdato", fdate(r["due"], "dmy-")), ("Kundenr.", "1042"),
                              ("Deres ref.", "Ole Madsen"), ("Vores ref.", "Henrik Sørensen"),
                              ("Ordrenr.", "4415")], 9, valign="r")
        y = H - 280
        cols = [("Varenr.", 50, "l"), ("Beskrivelse", 200, "l"), ("Antal", 45, "r"), ("Enhed", 40, "l"),
                ("Enhedspris", 75, "r"), ("Beløb", 85, "r")]
        vn = ["SRV-100", "HYD-PK2", "ARB-01", "ARB-SV", "GEB-MIL"]
        un = ["stk.", "stk.", "timer", "timer", "stk."]
        rows = [[vn[i], l["d"], fm["qty"](l["q"]), un[i], dkk(l["u"]), dkk(l["amount"])]
                for i, l in enumerate(L)]
        y, _ = p.table(46, y, cols, rows, 9, head_rule=black, lead=12, gap=6, rule=LIGHT)
        y -= 12
        xl, xr = 320, W - 54
        y = p.kv(xl, xr, y, [("Beløb ekskl. moms DKK", dkk(sub)), ("Moms 25 %", dkk(vat))], 9.5, valign="r")
        p.hl(xl, xr, y + 9, black)
        y -= 3
        p.t(xl, y, "At betale DKK", 11, True)
        p.t(xr, y, dkk(total), 11, True, align="r")
        y -= 46
        p.para(50, y, 495, "Betalingsbetingelser: netto 30 dage. Beløbet bedes indbetalt på Reg.nr. 9070 "
               "Kontonr. 1628445221 senest %s med angivelse af fakturanummer. Ved betaling efter "
               "forfald tilskrives renter på 0,8 %% pr. påbegyndt måned." % fdate(r["due"], "dmy-"), 9)
        p.t(50, 110, "FIK: +71< %s +85412345<" % fik, 10, font="DejaVuMono")
        p.hl(50, W - 50, 78, MID)
        p.t(W / 2, 64, "%s · %s · CVR-nr. %s · Tlf. 98 12 44 70 · %s" %
            (seller["name"], ", ".join(seller["lines"]), seller["vat_print"], seller["email"]), 7.5,
            color=GREY, align="c")
        p.save()

    r["render"] = render
    return r


# ------------------------------------------------------------------ 16 Etsy-style marketplace seller invoice, Australia
@register
def au_etsy():
    seller = party("Saltbush & Clay Ceramics",
                   ["Unit 2, 18 Glebe Street", "Fremantle WA 6160", "Australia"],
                   vat="53618204917", vat_print="53 618 204 917", email="hello@saltbushclay.com.au")
    buyer = party("Emma Nguyen", ["45 Kingsford Drive", "Brisbane QLD 4000", "Australia"])
    L = items([
        ("Speckled stoneware mug, 350 ml – Colour: Eucalyptus", "4", 4200),
        ("Serving bowl, 24 cm – Colour: Sandstone", "1", 6800),
    ])
    sub = sum(l["amount"] for l in L)
    ship = 1850
    wrap = 600
    gst = pct_of(sub + ship + wrap, "10")
    total = sub + ship + wrap + gst
    aud = usd
    r = dict(slug="au-etsy-seller-tax-invoice", app="Etsy / marketplace seller invoice", country="AU",
             number="3318204912", issue="2026-02-19", due=None, currency="AUD",
             seller=seller, buyer=buyer, lines=L, subtotal=sub, tax=gst, total=total,
             amount_due=None, paid=0, adjust_lines=0, extras=[ship, wrap, gst],
             note="A4 tax invoice for a paid marketplace order; ABN; '$' only (no ISO code anywhere); "
                  "shipping and gift-wrap fee in the totals only; GST 10% on items+shipping+wrap; no due date.")
    fm = dict(qty=lambda q: qfmt(q), unit=aud, amount=aud, subtotal=aud, tax=aud, total=aud,
              amount_due=aud, date=lambda d: fdate(d, "d Mon Y"))
    r["fm"] = fm

    def render(path):
        p = Pdf(path, A4, "DejaVu", title="Tax invoice 3318204912")
        W, H = p.W, p.H
        acc = HexColor("#C45500")
        y = H - 60
        p.t(50, y, "Tax invoice", 20, True)
        p.t(50, y - 22, "Order #" + r["number"], 11, True, acc)
        p.kv(50, 150, y - 44, [("Order date", fdate(r["issue"], "d Mon Y")),
                               ("Invoice no.", r["number"]), ("Payment", "Paid – Visa ending 4417")], 9)
        p.t(W - 50, y, "Sold by", 8.5, True, GREY, align="r")
        yy = y - 14
        for ln in [seller["name"]] + seller["lines"] + ["ABN " + seller["vat_print"], seller["email"]]:
            p.t(W - 50, yy, ln, 9, align="r")
            yy -= 12
        y = H - 200
        p.t(50, y, "Ship to", 8.5, True, GREY)
        p.lines(50, y - 14, [buyer["name"]] + buyer["lines"], 9.5)
        p.t(300, y, "Delivery", 8.5, True, GREY)
        p.lines(300, y - 14, ["Australia Post Parcel Post", "Tracking 33QX 7710 2284 01", "Gift wrap: yes"], 9)
        y = H - 300
        cols = [("Item", 300, "l"), ("Qty", 50, "r"), ("Price", 70, "r"), ("Total", 80, "r")]
        rows = [[l["d"], fm["qty"](l["q"]), aud(l["u"]), aud(l["amount"])] for l in L]
        y, _ = p.table(46, y, cols, rows, 9.5, head_rule=MID, rule=LIGHT, lead=12.5, gap=10)
        y -= 10
        xl, xr = 330, W - 54
        y = p.kv(xl, xr, y, [("Item subtotal", aud(sub)), ("Shipping", aud(ship)), ("Gift wrap", aud(wrap)),
                             ("GST (10%)", aud(gst))], 9.5, valign="r")
        p.hl(xl, xr, y + 9, black)
        y -= 3
        p.t(xl, y, "Order total", 11, True)
        p.t(xr, y, aud(total), 11, True, align="r")
        y -= 50
        p.t(50, y, "Note from seller", 9, True)
        y = p.para(50, y - 13, 495, "Thank you so much for your order! Each piece is wheel-thrown in our "
                   "Fremantle studio, so glaze speckles vary slightly. Dishwasher safe; not for the oven.", 9)
        y -= 8
        p.para(50, y, 495, "Prices are shown excluding GST; GST has been added at checkout. This document "
               "is a tax invoice for GST purposes.", 8.5, color=GREY)
        p.save()

    r["render"] = render
    return r
