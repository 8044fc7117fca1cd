"""Shared helpers for the invoices-erp set: exact integer-cent arithmetic,
locale number/date formatting, check-digit helpers and a small ReportLab
drawing toolkit. Every invoice keeps its data once (invoices.py); the printed
PDF, the ground truth and the check strings are all derived from it here."""
from decimal import Decimal, ROUND_HALF_UP
import datetime as dt

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

# ---------------------------------------------------------------- fonts
FONTS = {
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVu-B": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuC": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuC-B": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuSerif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
    "DejaVuSerif-B": "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "DejaVuMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "Lib": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "Lib-B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibN": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibN-B": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-B": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibMono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "Noto": "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "Noto-B": "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "NotoSerif": "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf",
    "NotoSerif-B": "/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf",
}
_registered = False


def register_fonts():
    global _registered
    if not _registered:
        for name, path in FONTS.items():
            pdfmetrics.registerFont(TTFont(name, path))
        _registered = True


# ---------------------------------------------------------------- arithmetic
def D(s):
    return Decimal(str(s))


def cents(x):
    """Decimal amount -> integer cents, rounding half away from zero."""
    return int((D(x) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def pct_of(base_cents, rate):
    """rate% of an integer-cent amount, rounded half up to a cent."""
    return int((D(base_cents) * D(rate) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def tax_in_gross(gross_cents, rate):
    """VAT contained in a gross amount: gross * r / (100 + r), rounded."""
    return int((D(gross_cents) * D(rate) / (100 + D(rate))).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def c2s(c):
    """integer cents -> canonical decimal string with two decimals"""
    sign = "-" if c < 0 else ""
    c = abs(c)
    return f"{sign}{c // 100}.{c % 100:02d}"


def compute(inv):
    """Derive every amount of an invoice from its data, in integer cents.

    inv["lines"]: dicts with qty, price (decimal strings as printed, '.'),
    optional disc (percent), rate (VAT rate, string), optional taxable (US).
    inv["mode"]: "net" (prices net, VAT added per rate), "gross" (prices incl.
    VAT, VAT extracted per rate), "gst" (India: CGST+SGST halves per rate),
    "us" (sales tax on taxable lines only, single rate inv["sales_tax"]).
    """
    mode = inv.get("mode", "net")
    out = {"lines": []}
    for ln in inv["lines"]:
        gross_line = cents(D(ln["qty"]) * D(ln["price"]))
        disc = D(ln.get("disc", "0"))
        amt = int((D(gross_line) * (100 - disc) / 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        out["lines"].append({"before_disc": gross_line, "disc": gross_line - amt, "amount": amt})
    goods = sum(l["amount"] for l in out["lines"])
    out["goods"] = goods
    out["line_disc_total"] = sum(l["disc"] for l in out["lines"])
    out["before_disc_total"] = sum(l["before_disc"] for l in out["lines"])
    rates = []
    for ln in inv["lines"]:
        if ln.get("rate") is not None and ln["rate"] not in rates:
            rates.append(ln["rate"])
    out["rates"] = rates
    by_rate = {r: sum(l["amount"] for l, src in zip(out["lines"], inv["lines"]) if src.get("rate") == r) for r in rates}
    disc_pct = inv.get("inv_discount")
    out["inv_disc"] = 0
    out["vat"] = []
    if mode == "net":
        for r in rates:
            base = by_rate[r]
            d = pct_of(base, disc_pct) if disc_pct else 0
            out["inv_disc"] += d
            base -= d
            if inv.get("tax_per_line"):
                assert not disc_pct
                tax = sum(pct_of(l["amount"], r) for l, src in zip(out["lines"], inv["lines"]) if src.get("rate") == r)
            else:
                tax = pct_of(base, r)
            out["vat"].append({"rate": r, "base": base, "tax": tax})
        out["subtotal"] = goods - out["inv_disc"]
        out["tax"] = sum(v["tax"] for v in out["vat"])
        out["total"] = out["subtotal"] + out["tax"]
    elif mode == "gross":
        assert not disc_pct
        for r in rates:
            g = by_rate[r]
            t = tax_in_gross(g, r)
            out["vat"].append({"rate": r, "gross": g, "base": g - t, "tax": t})
        out["total"] = goods
        out["tax"] = sum(v["tax"] for v in out["vat"])
        out["subtotal"] = out["total"] - out["tax"]
    elif mode == "gst":
        for r in rates:
            base = by_rate[r]
            half = D(r) / 2
            cg = pct_of(base, half)
            out["vat"].append({"rate": r, "base": base, "cgst": cg, "sgst": cg, "tax": 2 * cg})
        out["subtotal"] = goods
        out["tax"] = sum(v["tax"] for v in out["vat"])
        out["total"] = goods + out["tax"]
    elif mode == "us":
        taxable = sum(l["amount"] for l, src in zip(out["lines"], inv["lines"]) if src.get("taxable", True))
        out["taxable"] = taxable
        out["subtotal"] = goods
        out["tax"] = pct_of(taxable, inv["sales_tax"])
        out["total"] = goods + out["tax"]
    else:
        raise ValueError(mode)
    dep = inv.get("deposit")
    out["deposit"] = cents(dep) if dep else 0
    out["due"] = out["total"] - out["deposit"] if dep else None
    return out


# ---------------------------------------------------------------- formatting
def group(intpart, sep, indian=False):
    s = str(intpart)
    if not sep:
        return s
    if indian and len(s) > 3:
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


class NumFmt:
    def __init__(self, thou, dec, indian=False):
        self.thou, self.dec, self.indian = thou, dec, indian

    def dec_str(self, s, thou=True):
        """format a decimal string (canonical '.', any number of decimals) as printed"""
        s = str(s)
        neg = s.startswith("-")
        s = s.lstrip("-")
        ip, _, fp = s.partition(".")
        r = group(int(ip), self.thou if thou else "", self.indian)
        if fp:
            r += self.dec + fp
        return ("-" if neg else "") + r

    def c(self, c):
        return self.dec_str(c2s(c))

    def spec(self):
        return {"thou": self.thou, "dec": self.dec, "indian": self.indian}


MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
}


def fmt_date(d, style):
    if style == "dd.mm.yyyy":
        return d.strftime("%d.%m.%Y")
    if style == "dd/mm/yyyy":
        return d.strftime("%d/%m/%Y")
    if style == "dd-mm-yyyy":
        return d.strftime("%d-%m-%Y")
    if style == "mm/dd/yyyy":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "de-long":
        return f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}"
    if style == "es-long":
        return f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
    if style == "en-short":  # 15 Mar 2026
        return f"{d.day} {MONTHS['en'][d.month - 1][:3]} {d.year}"
    if style == "tally":  # 15-Mar-2026
        return f"{d.day}-{MONTHS['en'][d.month - 1][:3]}-{d.year}"
    raise ValueError(style)


def date(s):
    return dt.date.fromisoformat(s)


# ---------------------------------------------------------------- check digits
def iban(country, bban):
    """build an IBAN with valid check digits; returns it grouped in fours"""
    conv = "".join(str(int(ch, 36)) for ch in (bban + country + "00"))
    chk = 98 - int(conv) % 97
    raw = f"{country}{chk:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def de_ustid(first8):
    """DE USt-IdNr: ISO 7064 MOD 11,10 over 8 digits"""
    p = 10
    for ch in first8:
        s = (int(ch) + p) % 10
        if s == 0:
            s = 10
        p = (2 * s) % 11
    c = 11 - p
    if c == 10:
        c = 0
    return f"DE{first8}{c}"


def nl_btw(first8):
    """NL BTW: 9-digit number passing the elfproef, + B01"""
    w = [9, 8, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(first8, w))
    c = s % 11
    assert c < 10, "pick other digits"
    return f"NL{first8}{c}B01"


def be_btw(first7):
    """BE enterprise number: 0 + 7 digits + (97 - n mod 97), printed BE 0xxx.xxx.xxx"""
    n8 = "0" + first7
    full = n8 + f"{97 - int(n8) % 97:02d}"
    return f"BE {full[:4]}.{full[4:7]}.{full[7:]}"


def be_iban(bank3, acct7):
    ten = bank3 + acct7
    key = int(ten) % 97 or 97
    return iban("BE", f"{ten}{key:02d}")


def fr_tva(siren):
    key = (12 + 3 * (int(siren) % 97)) % 97
    return f"FR{key:02d}{siren}"


def it_piva(first10):
    s = 0
    for i, ch in enumerate(first10):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return f"{first10}{(10 - s % 10) % 10}"


def pt_nif(first8):
    s = sum(int(d) * w for d, w in zip(first8, range(9, 1, -1)))
    c = 11 - s % 11
    if c >= 10:
        c = 0
    return f"{first8}{c}"


def pl_nip(first9):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    assert c < 10, "pick other digits"
    return f"{first9}{c}"


def luhn_digit(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def se_momsnr(first9):
    return f"SE{first9}{luhn_digit(first9)}01"


def dk_cvr(first7):
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(first7, w))
    r = s % 11
    c = (11 - r) % 11
    assert c < 10, "pick other digits"
    return f"{first7}{c}"


def ie_vat(first7):
    s = sum(int(d) * w for d, w in zip(first7, range(8, 1, -1)))
    return f"IE{first7}{'WABCDEFGHIJKLMNOPQRSTUV'[s % 23]}"


def gr_afm(first8):
    s = sum(int(d) * (2 ** (8 - i)) for i, d in enumerate(first8))
    return f"{first8}{(s % 11) % 10}"


def tr_vkn(first9):
    digits = [int(c) for c in first9]
    tot = 0
    for i, d in enumerate(digits):
        tmp = (d + 9 - i) % 10
        if tmp != 0:
            tmp = (tmp * (2 ** (9 - i))) % 9
            if tmp == 0:
                tmp = 9
        tot += tmp
    return f"{first9}{(10 - tot % 10) % 10}"


def es_cif(letter, first7):
    s_even = sum(int(first7[i]) for i in (1, 3, 5))
    s_odd = 0
    for i in (0, 2, 4, 6):
        d = int(first7[i]) * 2
        s_odd += d // 10 + d % 10
    c = (10 - (s_even + s_odd) % 10) % 10
    return f"{letter}{first7}{c}"


def gstin(state2, pan10, entity="1"):
    chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    body = f"{state2}{pan10}{entity}Z"
    s = 0
    for i, ch in enumerate(body):
        v = chars.index(ch) * (2 if i % 2 else 1)
        s += v // 36 + v % 36
    return body + chars[(36 - s % 36) % 36]


def at_uid(first7):
    s = 0
    for i, ch in enumerate(first7):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            d = d // 10 + d % 10
        s += d
    return f"ATU{first7}{(96 - s) % 10}"


# ---------------------------------------------------------------- drawing
class Pen:
    """Thin wrapper over a ReportLab canvas with text helpers."""

    def __init__(self, canvas, W, H):
        self.c, self.W, self.H = canvas, W, H

    def t(self, x, y, s, font="DejaVu", size=9, align="l", color=None):
        c = self.c
        if color:
            c.setFillColorRGB(*color)
        c.setFont(font, size)
        if align == "l":
            c.drawString(x, y, s)
        elif align == "r":
            c.drawRightString(x, y, s)
        else:
            c.drawCentredString(x, y, s)
        if color:
            c.setFillColorRGB(0, 0, 0)

    def lines(self, x, y, items, font="DejaVu", size=9, lead=None, align="l"):
        lead = lead or size * 1.3
        for s in items:
            self.t(x, y, s, font, size, align)
            y -= lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=True, lw=0.6):
        c = self.c
        c.setLineWidth(lw)
        if fill:
            c.setFillColorRGB(*fill)
        c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)
        c.setFillColorRGB(0, 0, 0)

    def hline(self, x1, x2, y, lw=0.5, dash=None, color=None):
        c = self.c
        c.setLineWidth(lw)
        if color:
            c.setStrokeColorRGB(*color)
        if dash:
            c.setDash(*dash)
        c.line(x1, y, x2, y)
        c.setDash()
        c.setStrokeColorRGB(0, 0, 0)

    def vline(self, x, y1, y2, lw=0.5):
        self.c.setLineWidth(lw)
        self.c.line(x, y1, x, y2)

    def wrap(self, s, font, size, width):
        return simpleSplit(s, font, size, width)

    def width(self, s, font, size):
        return pdfmetrics.stringWidth(s, font, size)


class Doc:
    """Multi-page document: the generator renders twice, first to count pages
    (total=None), then with the real total so footers can print "x of y"."""

    def __init__(self, canvas, W, H, total, footer=None, cont_header=None, bottom=90):
        self.pen = Pen(canvas, W, H)
        self.c = canvas
        self.W, self.H = W, H
        self.total = total
        self.page = 1
        self.footer = footer
        self.cont_header = cont_header
        self.bottom = bottom
        self.desc_frags = {}

    def tot(self):
        return self.total or 9

    def new_page(self):
        if self.footer:
            self.footer(self.pen, self.page, self.tot())
        self.c.showPage()
        self.page += 1
        return self.cont_header(self.pen, self.page, self.tot()) if self.cont_header else self.H - 60

    def finish(self):
        if self.footer:
            self.footer(self.pen, self.page, self.tot())
        self.c.showPage()
        self.c.save()
        return self.page


def table(doc, x0, y, cols, rows, *, font="DejaVu", bold="DejaVu-B", size=8.5, lead=None,
          head_fill=(0.9, 0.9, 0.9), head_color=None, grid=False, rule=True, pad=4, head_h=16,
          desc_key="desc", carry=None, brought=None, zebra=None, head_lines=None, bottom=None):
    """Draw a table. cols: [(key, title, width, align)], title may contain '\\n'.
    rows: list of (index_or_None, {key: str}). The desc column wraps; its
    fragments are recorded in doc.desc_frags[index] for the check strings.
    carry(pen, y, n_done) draws a carried-forward line at a page bottom and
    returns y; brought(pen, y, n_done) draws the brought-forward line on the
    next page and returns y."""
    pen = doc.pen
    lead = lead or size * 1.25
    width = sum(cw for _, _, cw, _ in cols)
    bottom = bottom or doc.bottom

    def header(y):
        titles = [str(t).split("\n") for _, t, _, _ in cols]
        nl = max(len(t) for t in titles)
        h = max(head_h, nl * (size + 1.5) + 6)
        if head_fill:
            pen.rect(x0, y - h, width, h, fill=head_fill, stroke=grid)
        x = x0
        for (key, title, cw, al), tl in zip(cols, titles):
            yy = y - 4 - size
            for tline in tl:
                if al == "r":
                    pen.t(x + cw - pad, yy, tline, bold, size, "r", head_color)
                elif al == "c":
                    pen.t(x + cw / 2, yy, tline, bold, size, "c", head_color)
                else:
                    pen.t(x + pad, yy, tline, bold, size, "l", head_color)
                yy -= size + 1.5
            x += cw
        if not head_fill and rule:
            pen.hline(x0, x0 + width, y - h, 0.8)
        return y - h

    y = header(y)
    n_done = 0
    for ri, (idx, row) in enumerate(rows):
        cells = []
        for key, title, cw, al in cols:
            v = row.get(key, "")
            f = bold if isinstance(v, tuple) else font
            if isinstance(v, tuple):
                v = v[0]
            if key == desc_key and v:
                parts = []
                for para in v.split("\n"):
                    parts += pen.wrap(para, f, size, cw - 2 * pad)
                if idx is not None:
                    doc.desc_frags[idx] = parts
                cells.append((parts, f))
            else:
                cells.append(([v] if v else [], f))
        nl = max(1, max(len(p) for p, _ in cells))
        h = nl * lead + 2 * pad - 1
        if y - h < bottom:
            if carry:
                y = carry(pen, y, n_done)
            y = doc.new_page()
            if brought:
                y = brought(pen, y, n_done)
            y = header(y)
        if zebra and ri % 2 == 1:
            pen.rect(x0, y - h, width, h, fill=zebra, stroke=False)
        x = x0
        for (key, title, cw, al), (parts, f) in zip(cols, cells):
            yy = y - pad - size + 1
            for p in parts:
                if al == "r":
                    pen.t(x + cw - pad, yy, p, f, size, "r")
                elif al == "c":
                    pen.t(x + cw / 2, yy, p, f, size, "c")
                else:
                    pen.t(x + pad, yy, p, f, size, "l")
                yy -= lead
            if grid:
                pen.rect(x, y - h, cw, h, stroke=True, lw=0.4)
            x += cw
        y -= h
        if rule and not grid:
            pen.hline(x0, x0 + width, y, 0.3, color=(0.6, 0.6, 0.6))
        n_done += 1
    return y


def kv(pen, x, y, pairs, *, font="DejaVu", bold="DejaVu-B", size=8.5, lead=None, vx=None, valign="l", lw=None):
    """label/value grid: pairs [(label, value)], values at x+vx (or right-aligned at x+vx)."""
    lead = lead or size * 1.45
    vx = vx if vx is not None else 90
    for lab, val in pairs:
        pen.t(x, y, lab, bold if lw is None else lw, size)
        if valign == "r":
            pen.t(x + vx, y, val, font, size, "r")
        else:
            pen.t(x + vx, y, val, font, size)
        y -= lead
    return y
