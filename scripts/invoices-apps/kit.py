"""Drawing, money and date helpers for the invoices-apps fixture generator.

All amounts are integer cents. Nothing here knows about any particular invoice.
"""
import datetime
from decimal import Decimal, ROUND_HALF_UP

from reportlab.lib.colors import HexColor, black, white
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_FILES = {
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVu-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuCond-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuMono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibNarrow": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Regular.ttf",
    "LibNarrow-Bold": "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
    "Noto": "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "Noto-Bold": "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "NotoSerif": "/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf",
    "NotoSerif-Bold": "/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf",
}
_registered = False


def register_fonts():
    global _registered
    if _registered:
        return
    for name, path in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, path))
    _registered = True


# ---------------------------------------------------------------- amounts
def rhu(x):
    """Round a Decimal number of cents half-up to an int."""
    return int(Decimal(x).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def line_amount(qty, unit_cents, disc_pct=None):
    v = Decimal(qty) * unit_cents
    if disc_pct:
        v = v * (Decimal(100) - Decimal(disc_pct)) / Decimal(100)
    return rhu(v)


def pct_of(base_cents, rate):
    return rhu(Decimal(base_cents) * Decimal(rate) / Decimal(100))


def dec(c):
    """Ground-truth decimal string: 123456 -> '1234.56'."""
    s = "-" if c < 0 else ""
    c = abs(c)
    return "%s%d.%02d" % (s, c // 100, c % 100)


def num(c, th=",", dp=".", neg="-", decimals=2):
    s = neg if c < 0 else ""
    c = abs(c)
    whole = str(c // 100)
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = th.join(groups)
    if decimals:
        out += dp + "%02d" % (c % 100)
    return s + out


def qfmt(q, dp=".", fixed=None):
    """Printed quantity. q is a decimal string like '6.5'."""
    d = Decimal(q)
    if fixed is not None:
        s = str(d.quantize(Decimal(1).scaleb(-fixed)))
    else:
        s = format(d.normalize(), "f")
    return s.replace(".", dp)


def qgt(q):
    return format(Decimal(q).normalize(), "f")


# ---------------------------------------------------------------- dates
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
           "september", "oktober", "november", "desember"],
    "da": ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
           "september", "oktober", "november", "december"],
}


def D(s):
    return datetime.date.fromisoformat(s)


def fdate(iso, style, lang="en"):
    d = D(iso)
    m = MONTHS[lang][d.month - 1]
    if style == "dmy.":
        return d.strftime("%d.%m.%Y")
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "mdy/":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return iso
    if style == "d Mon Y":        # 03 Aug 2026
        return "%02d %s %d" % (d.day, m[:3], d.year)
    if style == "Mon d, Y":       # Aug 3, 2026
        return "%s %d, %d" % (m[:3], d.day, d.year)
    if style == "Month d, Y":     # August 3, 2026
        return "%s %d, %d" % (m, d.day, d.year)
    if style == "d month Y":      # 3 augustus 2026
        return "%d %s %d" % (d.day, m, d.year)
    if style == "d. month Y":     # 3. august 2026
        return "%d. %s %d" % (d.day, m, d.year)
    raise ValueError(style)


# ---------------------------------------------------------------- drawing
class Pdf:
    def __init__(self, path, size=A4, font="DejaVu", bold=None, bottom=56, title=None):
        register_fonts()
        self.c = canvas.Canvas(path, pagesize=size, pageCompression=1, initialFontName=font)
        self.c.setAuthor("")
        self.c.setCreator("invoice generator")
        if title:
            self.c.setTitle(title)
        self.W, self.H = size
        self.font = font
        self.bold = bold or (font + "-Bold")
        self.bottom = bottom
        self.page = 1

    def f(self, bold=False, font=None):
        if font:
            return font
        return self.bold if bold else self.font

    def t(self, x, y, s, size=9, bold=False, color=black, align="l", font=None):
        c = self.c
        c.setFillColor(color)
        c.setFont(self.f(bold, font), size)
        if align == "r":
            c.drawRightString(x, y, s)
        elif align == "c":
            c.drawCentredString(x, y, s)
        else:
            c.drawString(x, y, s)
        c.setFillColor(black)

    def width(self, s, size=9, bold=False, font=None):
        return pdfmetrics.stringWidth(s, self.f(bold, font), size)

    def wrap(self, s, width, size=9, bold=False, font=None):
        out = []
        for para in s.split("\n"):
            words = para.split(" ")
            cur = ""
            for w in words:
                cand = (cur + " " + w) if cur else w
                if self.width(cand, size, bold, font) <= width or not cur:
                    cur = cand
                else:
                    out.append(cur)
                    cur = w
            out.append(cur)
        return out

    def para(self, x, y, w, s, size=8, lead=None, bold=False, color=black, font=None, align="l"):
        lead = lead or size * 1.3
        for ln in self.wrap(s, w, size, bold, font):
            xx = x + w if align == "r" else x
            self.t(xx, y, ln, size, bold, color, align, font)
            y -= lead
        return y

    def lines(self, x, y, rows, size=9, lead=None, bold_first=False, color=black, align="l", font=None):
        lead = lead or size * 1.35
        for i, r in enumerate(rows):
            self.t(x, y, r, size, bold_first and i == 0, color, align, font)
            y -= lead
        return y

    def rect(self, x, y, w, h, fill=None, stroke=None, lw=0.6, r=0):
        c = self.c
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(lw)
        if r:
            c.roundRect(x, y, w, h, r, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
        else:
            c.rect(x, y, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
        c.setFillColor(black)
        c.setStrokeColor(black)

    def hl(self, x1, x2, y, color=black, lw=0.5):
        c = self.c
        c.setStrokeColor(color)
        c.setLineWidth(lw)
        c.line(x1, y, x2, y)
        c.setStrokeColor(black)

    def kv(self, x_label, x_val, y, pairs, size=9, lead=None, lbold=False, vbold=False,
           lcolor=black, valign="l"):
        lead = lead or size * 1.45
        for k, v in pairs:
            self.t(x_label, y, k, size, lbold, lcolor)
            self.t(x_val, y, v, size, vbold, black, valign)
            y -= lead
        return y

    def table(self, x, y, cols, rows, size=8.5, head_size=None, head_fill=None, head_color=black,
              head_bold=True, rule=None, zebra=None, pad=4, lead=None, bottom=None, head=True,
              font=None, bold_cols=(), gap=3, head_rule=None):
        """cols: [(title, width, align)]; rows: list of list[str].
        Draws rows while they fit above `bottom`; returns (y, rows_drawn)."""
        lead = lead or size * 1.3
        head_size = head_size or size
        bottom = self.bottom if bottom is None else bottom
        total_w = sum(cw for _, cw, _ in cols)
        if head:
            rb = y - pad - 0.3 * head_size
            rt = y + 0.9 * head_size + 0.6 * pad
            if head_fill is not None:
                self.rect(x, rb, total_w, rt - rb, fill=head_fill)
            cx = x
            for title, cw, al in cols:
                tx = cx + pad if al == "l" else (cx + cw - pad if al == "r" else cx + cw / 2)
                self.t(tx, y, title, head_size, head_bold, head_color, al, font)
                cx += cw
            if head_rule is not None:
                self.hl(x, x + total_w, rb, head_rule, 0.8)
            y = rb - pad - 0.8 * size
        drawn = 0
        for ri, row in enumerate(rows):
            cells = []
            for (title, cw, al), txt in zip(cols, row):
                cells.append(self.wrap(txt, cw - 2 * pad, size, False, font) if txt else [""])
            nl = max(len(c) for c in cells)
            rh = nl * lead + gap
            if y - rh < bottom:
                break
            if zebra is not None and ri % 2 == 1:
                self.rect(x, y - rh + lead - 2, total_w, rh, fill=zebra)
            cx = x
            for ci, ((title, cw, al), cl) in enumerate(zip(cols, cells)):
                tx = cx + pad if al == "l" else (cx + cw - pad if al == "r" else cx + cw / 2)
                yy = y
                for ln in cl:
                    self.t(tx, yy, ln, size, ci in bold_cols, black, al, font)
                    yy -= lead
                cx += cw
            y -= rh
            if rule is not None:
                self.hl(x, x + total_w, y + lead - 1.5, rule, 0.4)
            drawn += 1
        return y, drawn

    def new_page(self):
        self.c.showPage()
        self.page += 1

    def save(self):
        self.c.showPage()
        self.c.save()


GREY = HexColor("#666666")
LIGHT = HexColor("#EEEEEE")
MID = HexColor("#BBBBBB")
__all__ = ["A4", "letter", "HexColor", "black", "white", "GREY", "LIGHT", "MID"]
