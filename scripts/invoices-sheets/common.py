"""Money arithmetic in integer minor units, number/date formatting, words."""
from decimal import Decimal, ROUND_HALF_UP

D = Decimal


def rnd(x, step=1):
    """round a Decimal amount of cents half-up (away from zero) to a multiple of `step` cents.
    Refuses exact ties so that no rounding convention can change a printed value."""
    q = D(x) / step
    frac = abs(q) - int(abs(q))
    assert frac != D("0.5"), f"rounding tie at {x}: change the numbers"
    return int(q.quantize(D(1), rounding=ROUND_HALF_UP)) * step


def dec(cents):
    """integer cents -> '1234.50' / '-12.00'"""
    sign = "-" if cents < 0 else ""
    c = abs(cents)
    return f"{sign}{c // 100}.{c % 100:02d}"


def qstr(q):
    """Decimal quantity -> '500' / '6.4' / '-2'"""
    q = D(q)
    s = format(q.normalize(), "f")
    return s


def group(s, sep, indian=False):
    if sep is None or len(s) <= 3:
        return s
    if indian:
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        if head:
            parts.insert(0, head)
        return sep.join(parts + [tail])
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return sep.join(parts)


def money(cents, nf):
    """nf: dict(dec=',', grp='.', decimals=2, indian=False, pre='', suf='')"""
    sign = "-" if cents < 0 else ""
    c = abs(cents)
    units, frac = divmod(c, 100)
    s = group(str(units), nf.get("grp"), nf.get("indian", False))
    decimals = nf.get("decimals", 2)
    if decimals:
        s += nf["dec"] + f"{frac:02d}"
    else:
        assert frac == 0, cents
    return f"{sign}{nf.get('pre', '')}{s}{nf.get('suf', '')}"


def qty_text(q, nf):
    s = qstr(q)
    return s.replace(".", nf["dec"])


# ---------------------------------------------------------------- number words

_EN_ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
            "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
_EN_TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _en_below_1000(n):
    out = []
    if n >= 100:
        out.append(_EN_ONES[n // 100] + " Hundred")
        n %= 100
    if n >= 20:
        out.append(_EN_TENS[n // 10] + ("" if n % 10 == 0 else " " + _EN_ONES[n % 10]))
    elif n:
        out.append(_EN_ONES[n])
    return " ".join(out)


def words_en_indian(n):
    if n == 0:
        return "Zero"
    out = []
    for value, name in ((10 ** 7, "Crore"), (10 ** 5, "Lakh"), (1000, "Thousand")):
        if n >= value:
            out.append(_en_below_1000(n // value) + " " + name)
            n %= value
    if n:
        out.append(_en_below_1000(n))
    return " ".join(out)


_ES_UNITS = ["", "UNO", "DOS", "TRES", "CUATRO", "CINCO", "SEIS", "SIETE", "OCHO", "NUEVE", "DIEZ", "ONCE", "DOCE",
             "TRECE", "CATORCE", "QUINCE", "DIECISÉIS", "DIECISIETE", "DIECIOCHO", "DIECINUEVE", "VEINTE",
             "VEINTIUNO", "VEINTIDÓS", "VEINTITRÉS", "VEINTICUATRO", "VEINTICINCO", "VEINTISÉIS", "VEINTISIETE",
             "VEINTIOCHO", "VEINTINUEVE"]
_ES_TENS = ["", "", "", "TREINTA", "CUARENTA", "CINCUENTA", "SESENTA", "SETENTA", "OCHENTA", "NOVENTA"]
_ES_HUND = ["", "CIENTO", "DOSCIENTOS", "TRESCIENTOS", "CUATROCIENTOS", "QUINIENTOS", "SEISCIENTOS", "SETECIENTOS",
            "OCHOCIENTOS", "NOVECIENTOS"]


def _es_below_1000(n, apocope=False):
    if n == 100:
        return "CIEN"
    out = []
    if n >= 100:
        out.append(_ES_HUND[n // 100])
        n %= 100
    if n >= 30:
        t = _ES_TENS[n // 10]
        if n % 10:
            t += " Y " + _ES_UNITS[n % 10]
        out.append(t)
    elif n:
        out.append(_ES_UNITS[n])
    s = " ".join(out)
    if apocope:
        if s.endswith("VEINTIUNO"):
            s = s[:-len("VEINTIUNO")] + "VEINTIÚN"
        elif s.endswith("UNO"):
            s = s[:-3] + "UN"
    return s


def words_es(n):
    if n == 0:
        return "CERO"
    out = []
    if n >= 1000000:
        m = n // 1000000
        out.append("UN MILLÓN" if m == 1 else _es_below_1000(m, True) + " MILLONES")
        n %= 1000000
    if n >= 1000:
        k = n // 1000
        out.append("MIL" if k == 1 else _es_below_1000(k, True) + " MIL")
        n %= 1000
    if n:
        out.append(_es_below_1000(n))
    return " ".join(out)


# ---------------------------------------------------------------- invoice arithmetic

def compute(inv):
    """All amounts in integer cents. inv['lines'] items have qty (Decimal), price (cents), rate (Decimal)."""
    step = 100 if inv.get("whole_units") else 1
    lines = inv["lines"]
    for ln in lines:
        ln["amount"] = rnd(D(ln["qty"]) * ln["price"], step)
    items = sum(ln["amount"] for ln in lines)
    discount = 0
    if inv.get("discount_pct"):
        assert len({ln["rate"] for ln in lines}) == 1, "discount only on single-rate invoices"
        discount = -rnd(items * D(inv["discount_pct"]), step)
    ship_cents, ship_rate = inv.get("shipping", (0, None))
    ship_rate = None if ship_rate is None else D(str(ship_rate))
    net = items + discount + ship_cents
    taxes = []
    mode = inv.get("vat_mode", "rate")
    rates = []
    for ln in lines:
        if ln["rate"] not in rates:
            rates.append(ln["rate"])
    if ship_rate is not None and ship_rate not in rates:
        rates.append(ship_rate)
    if mode == "gst":
        (rate,) = rates
        half = D(rate) / 2
        for name in ("CGST", "SGST"):
            taxes.append((name, half, net, rnd(net * half, step)))
    else:
        for rate in sorted(rates, key=D):
            base = sum(ln["amount"] for ln in lines if ln["rate"] == rate)
            if ship_rate == rate:
                base += ship_cents
            if discount:
                base += discount
            if mode == "line":
                for ln in lines:
                    if ln["rate"] == rate:
                        ln["vat"] = rnd(ln["amount"] * D(rate), step)
                tax = sum(ln["vat"] for ln in lines if ln["rate"] == rate)
            else:
                tax = rnd(base * D(rate), step)
            taxes.append(("VAT", D(rate), base, tax))
    tax = sum(t[3] for t in taxes)
    total = net + tax
    withholding = -rnd(net * D(inv["withholding_pct"]), step) if inv.get("withholding_pct") else 0
    deposit = -inv.get("deposit", 0)
    due = total + withholding + deposit
    return dict(items=items, discount=discount, shipping=ship_cents, net=net, taxes=taxes, tax=tax, total=total,
                withholding=withholding, deposit=deposit, due=due)
