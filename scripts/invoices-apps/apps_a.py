"""Invoices 1-8: Zoho (US), Stripe (US), Wave (CA), FreshBooks (UK), Square (IE),
Billomat (DE, two pages), SumUp/Debitoor (AT), Moneybird (NL)."""
from kit import (Pdf, A4, letter, HexColor, white, black, GREY, LIGHT, MID,
                 num, qfmt, fdate, pct_of)
from common import party, items

INVOICES = []


def register(fn):
    INVOICES.append(fn)
    return fn


def usd(c):
    return ("-$" if c < 0 else "$") + num(abs(c))


# ------------------------------------------------------------------ 1 Zoho Invoice, US
@register
def us_zoho():
    seller = party("Hudson Valley Print Co. LLC",
                   ["41 Main Street", "Beacon, NY 12508", "U.S.A."],
                   email="billing@hvprintco.com")
    buyer = party("Riverside Yoga Collective",
                  ["220 Columbus Drive", "Poughkeepsie, NY 12601", "U.S.A."])
    L = items([
        ("Tri-fold brochures, 100 lb gloss text, 8.5 x 11 in", "500", 86, None, "T"),
        ("Business cards, 16 pt matte, double-sided (box of 250)", "6", 3850, None, "T"),
        ("Retractable banner stand 33 x 81 in with printed graphic", "2", 18900, None, "T"),
        ("Graphic design services (hourly)", "7.5", 8500, None, None),
        ("Rush production fee", "1", 7500, None, None),
    ])
    sub = sum(l["amount"] for l in L)
    taxable = sum(l["amount"] for l in L if l["tag"] == "T")
    tax = pct_of(taxable, "8.125")
    total = sub + tax
    paid = 50000
    due = total - paid
    r = dict(slug="us-zoho-balance-due", app="Zoho Invoice", country="US",
             number="INV-000318", issue="2026-08-03", due="2026-09-02", currency="USD",
             seller=seller, buyer=buyer, lines=L, subtotal=sub, tax=tax, total=total,
             amount_due=due, paid=paid, adjust_lines=0, extras=[tax],
             note="Letter; 'Balance Due' box top right; NY county sales tax 8.125% on 3 of 5 lines; "
                  "payment made $500.00 so amountDue != total; qty printed as 500.00.")
    fm = dict(qty=lambda q: qfmt(q, fixed=2), unit=lambda c: num(c), amount=lambda c: num(c),
              subtotal=lambda c: num(c), tax=lambda c: num(c), total=usd, amount_due=usd,
              date=lambda d: fdate(d, "d Mon Y"))
    r["fm"] = fm

    def render(path):
        p = Pdf(path, letter, "LibSans", title="INV-000318")
        W, H = p.W, p.H
        y = H - 60
        p.t(40, y, seller["name"], 12, True)
        p.lines(40, y - 16, seller["lines"] + [seller["email"]], 9, color=GREY)
        p.t(W - 40, y + 4, "INVOICE", 26, False, align="r")
        p.t(W - 40, y - 16, "# " + r["number"], 10, True, align="r")
        p.t(W - 40, y - 42, "Balance Due", 8, True, GREY, align="r")
        p.t(W - 40, y - 58, fm["amount_due"](due), 14, True, align="r")
        y = H - 170
        p.t(40, y, "Bill To", 9, False, GREY)
        p.t(40, y - 14, buyer["name"], 10, True)
        p.lines(40, y - 28, buyer["lines"], 9)
        p.kv(W - 250, W - 40, y - 14, [
            ("Invoice Date :", fm["date"](r["issue"])),
            ("Terms :", "Net 30"),
            ("Due Date :", fm["date"](r["due"])),
            ("P.O.# :", "RYC-2026-14"),
        ], 9, valign="r", lcolor=GREY)
        y = H - 270
        cols = [("#", 24, "c"), ("Item & Description", 250, "l"), ("Qty", 60, "r"),
                ("Rate", 70, "r"), ("Tax", 56, "r"), ("Amount", 72, "r")]
        rows = [[str(i + 1), l["d"], fm["qty"](l["q"]), fm["unit"](l["u"]),
                 "8.125%" if l["tag"] else "", fm["amount"](l["amount"])] for i, l in enumerate(L)]
        y, _ = p.table(40, y, cols, rows, 9, head_fill=HexColor("#3C3D3A"), head_color=white,
                       rule=MID, lead=12, gap=6)
        y -= 14
        xl, xr = W - 290, W - 44
        p.kv(xl, xr, y, [("Sub Total", fm["subtotal"](sub)),
                         ("Dutchess County Sales Tax (8.125%)", fm["tax"](tax))], 9, valign="r")
        y -= 30
        p.t(xl, y, "Total", 10, True)
        p.t(xr, y, usd(total), 10, True, align="r")
        y -= 16
        p.t(xl, y, "Payment Made", 9)
        p.t(xr, y, "(-) " + num(paid), 9, color=HexColor("#D0021B"), align="r")
        y -= 20
        p.rect(xl - 6, y - 6, xr - xl + 10, 20, fill=LIGHT)
        p.t(xl, y, "Balance Due", 10, True)
        p.t(xr, y, usd(due), 10, True, align="r")
        y -= 40
        p.t(40, y, "Notes", 9, True)
        y = p.para(40, y - 13, 520, "Thank you for your business. Proofs were approved by email on "
                   "July 27, 2026. Banner stands ship with a padded carry bag.", 8.5)
        y -= 8
        p.t(40, y, "Terms & Conditions", 9, True)
        y = p.para(40, y - 13, 520, "Payment is due within 30 days of the invoice date. Checks "
                   "payable to Hudson Valley Print Co. LLC. A finance charge of 1.5% per month may "
                   "be applied to balances outstanding after the due date.", 8.5)
        y -= 8
        p.t(40, y, "Pay online: https://pay.hvprintco.com/i/INV-000318", 8.5, color=HexColor("#1A73E8"))
        p.save()

    r["render"] = render
    return r


# ------------------------------------------------------------------ 2 Stripe-hosted invoice PDF, US
@register
def us_stripe():
    seller = party("Lumen Analytics, Inc.",
                   ["548 Market Street", "PMB 73112", "San Francisco, California 94104",
                    "United States"], email="billing@lumenanalytics.io")
    buyer = party("Tidewater Logistics LLC",
                  ["1900 Harbor Boulevard", "Columbus, Ohio 43215", "United States"],
                  email="ap@tidewaterlogistics.com")
    L = items([
        ("Growth plan (per seat)", "14", 4900),
        ("Data warehouse connector add-on", "1", 25000),
        ("Additional API calls (per 10k)", "37", 120),
    ])
    sub = sum(l["amount"] for l in L)
    tax = pct_of(sub, "7.25")
    total = sub + tax
    r = dict(slug="us-stripe-hosted-invoice", app="Stripe-hosted invoice PDF", country="US",
             number="7C1F2A9B-0007", issue="2026-06-01", due="2026-07-01", currency="USD",
             seller=seller, buyer=buyer, lines=L, subtotal=sub, tax=tax, total=total,
             amount_due=None, paid=0, adjust_lines=0, extras=[tax],
             note="Letter; big '$X USD due <date>' line above the table; Ohio sales tax 7.25% on all "
                  "lines; Subtotal/Total/Amount due equal; pay-online link.")
    fm = dict(qty=lambda q: qfmt(q), unit=usd, amount=usd, subtotal=usd, tax=usd, total=usd,
              amount_due=usd, date=lambda d: fdate(d, "Month d, Y"))
    r["fm"] = fm

    def render(path):
        p = Pdf(path, letter, "Noto", title="Invoice 7C1F2A9B-0007")
        W, H = p.W, p.H
        y = H - 64
        p.t(48, y, "Invoice", 20, True)
        p.t(W - 48, y, seller["name"], 10, True, align="r")
        y -= 30
        p.kv(48, 160, y, [("Invoice number", r["number"]),
                          ("Date of issue", fdate(r["issue"], "Month d, Y")),
                          ("Date due", fdate(r["due"], "Month d, Y"))], 9, lbold=True)
        y -= 66
        p.t(48, y, seller["name"], 9, True)
        p.lines(48, y - 13, seller["lines"] + [seller["email"]], 9)
        p.t(260, y, "Bill to", 9, True)
        p.lines(260, y - 13, [buyer["name"]] + buyer["lines"] + [buyer["email"]], 9)
        y -= 110
        p.t(48, y, "%s USD due %s" % (usd(total), fdate(r["due"], "Month d, Y")), 16, True)
        y -= 20
        p.t(48, y, "Pay online", 9, color=HexColor("#635BFF"))
        p.t(110, y, "https://billing.lumenanalytics.io/pay/in_7C1F2A9B0007", 9, color=HexColor("#635BFF"))
        y -= 34
        p.t(48, y, "Jun 1 – Jul 1, 2026", 8, False, GREY)
        y -= 18
        cols = [("Description", 300, "l"), ("Qty", 50, "r"), ("Unit price", 80, "r"), ("Amount", 86, "r")]
        rows = [[l["d"], fm["qty"](l["q"]), usd(l["u"]), usd(l["amount"])] for l in L]
        y, _ = p.table(44, y, cols, rows, 9, head_color=GREY, head_bold=False, head_rule=MID,
                       lead=12, gap=8)
        y -= 6
        p.hl(300, W - 48, y + 10, MID)
        xl, xr = 300, W - 48
        for lab, val, b in [("Subtotal", usd(sub), False),
                            ("Sales Tax - Ohio (7.25%% on %s)" % usd(sub), usd(tax), False),
                            ("Total", usd(total), False), ("Amount due", usd(total), True)]:
            p.t(xl, y, lab, 9, b)
            p.t(xr, y, val, 9, b, align="r")
            p.hl(xl, xr, y - 6, LIGHT)
            y -= 20
        y -= 24
        p.para(48, y, 500, "Questions? Reply to billing@lumenanalytics.io. Seats are billed in "
               "advance for the period shown; usage is billed for the previous period.", 8, color=GREY)
        p.t(48, 40, "%s · %s due %s · Page 1 of 1" % (r["number"], usd(total),
                                                      fdate(r["due"], "Month d, Y")), 7.5, color=GREY)
        p.save()

    r["render"] = render
    return r


# ------------------------------------------------------------------ 3 Wave, Canada (BC)
@register
def ca_wave():
    seller = party("Salish Sea Woodworks Ltd.",
                   ["1187 Industrial Way", "Victoria, British Columbia V8Z 1G5", "Canada"],
                   vat="781234562RT0001", vat_print="781234562 RT0001",
                   email="hello@salishseawoodworks.ca")
    buyer = party("Oak Bay Family Dental Inc.",
                  ["2250 Oak Bay Avenue", "Victoria, British Columbia V8R 1G4"],
                  email="reception@oakbaydental.ca")
    L = items([
        ("Custom walnut reception counter", "1", 485000, None, "GP"),
        ("Maple waiting-room bench", "3", 64000, None, "GP"),
        ("Design consultation (hours)", "4", 9500, None, "G"),
        ("Delivery & installation", "1", 27500, None, "G"),
    ])
    sub = sum(l["amount"] for l in L)
    gst = pct_of(sub, "5")
    pst = pct_of(sum(l["amount"] for l in L if l["tag"] == "GP"), "7")
    total = sub + gst + pst
    paid = 300000
    due = total - paid
    cad = usd
    r = dict(slug="ca-wave-gst-pst-deposit", app="Wave", country="CA",
             number="1047", issue="2026-05-14", due="2026-06-13", currency="CAD",
             seller=seller, buyer=buyer, lines=L, subtotal=sub, tax=gst + pst, total=total,
             amount_due=due, paid=paid, adjust_lines=0, extras=[gst, pst],
             note="Letter; 'Amount Due (CAD)' in the header block; GST 5% all lines, PST 7% on "
                  "goods only, plus a 'Total taxes' line; delivery as a line item; $3,000.00 "
                  "deposit so amountDue != total.")
    fm = dict(qty=lambda q: qfmt(q), unit=cad, amount=cad, subtotal=cad, tax=cad, total=cad,
              amount_due=cad, date=lambda d: fdate(d, "Month d, Y"))
    r["fm"] = fm

    def render(path):
        p = Pdf(path, letter, "DejaVu", title="Invoice 1047")
        W, H = p.W, p.H
        y = H - 56
        p.t(W - 40, y, "INVOICE", 22, False, align="r")
        p.t(W - 40, y - 22, seller["name"], 10, True, align="r")
        yy = y - 36
        for ln in seller["lines"] + ["GST Registration No.: " + seller["vat_print"], seller["email"]]:
            p.t(W - 40, yy, ln, 8.5, align="r")
            yy -= 11.5
        p.hl(40, W - 40, H - 160, MID)
        y = H - 180
        p.t(40, y, "BILL TO", 8.5, True, GREY)
        p.lines(40, y - 14, [buyer["name"]] + buyer["lines"] + [buyer["email"]], 9, bold_first=True)
        p.kv(W - 260, W - 40, y, [("Invoice Number:", r["number"]),
                                  ("Invoice Date:", fdate(r["issue"], "Month d, Y")),
                                  ("Payment Due:", fdate(r["due"], "Month d, Y"))],
             9, lbold=True, valign="r")
        p.rect(W - 268, y - 60, 236, 18, fill=LIGHT)
        p.t(W - 260, y - 54, "Amount Due (CAD):", 9.5, True)
        p.t(W - 40, y - 54, cad(due), 9.5, True, align="r")
        y = H - 290
        cols = [("Items", 300, "l"), ("Quantity", 70, "c"), ("Price", 80, "r"), ("Amount", 82, "r")]
        rows = [[l["d"], fm["qty"](l["q"]), cad(l["u"]), cad(l["amount"])] for l in L]
        y, _ = p.table(40, y, cols, rows, 9, head_fill=HexColor("#2D3E50"), head_color=white,
                       rule=LIGHT, lead=12, gap=9)
        y -= 10
        xl, xr = W - 330, W - 44
        rows2 = [("Subtotal:", cad(sub)), ("GST 5% (781234562 RT0001):", cad(gst)),
                 ("PST 7%:", cad(pst)), ("Total taxes:", cad(gst + pst))]
        y = p.kv(xl, xr, y, rows2, 9, valign="r", lbold=False)
        p.hl(xl, xr, y + 6, MID)
        y -= 6
        p.t(xl, y, "Total:", 9.5, True)
        p.t(xr, y, cad(total), 9.5, True, align="r")
        y -= 15
        p.t(xl, y, "Payment on May 14, 2026 using bank transfer:", 9)
        p.t(xr, y, cad(paid), 9, align="r")
        y -= 8
        p.hl(xl, xr, y, MID, 1.2)
        y -= 14
        p.t(xl, y, "Amount Due (CAD):", 10, True)
        p.t(xr, y, cad(due), 10, True, align="r")
        y -= 46
        p.t(40, y, "Notes / Terms", 9, True)
        p.para(40, y - 14, 520, "Deposit of $3,000.00 received with the signed quote. Balance due "
               "within 30 days of installation. E-transfer to accounts@salishseawoodworks.ca or "
               "cheque payable to Salish Sea Woodworks Ltd. PST is not charged on design services "
               "or installation labour.", 8.5)
        p.save()

    r["render"] = render
    return r


# ------------------------------------------------------------------ 4 FreshBooks, UK
@register
def uk_freshbooks():
    seller = party("Kestrel & Finch Design Studio Ltd",
                   ["3rd Floor, 27 Tib Street", "Manchester", "M4 1LX", "United Kingdom"],
                   vat="GB284615307", vat_print="GB 284 6153 07", email="studio@kestrelfinch.co.uk")
    buyer = party("Northern Quarter Coffee Roasters Ltd",
                  ["12 Dale Street", "Manchester", "M1 1JA"], email="accounts@nqroasters.co.uk")
    L = items([
        ("Brand identity refresh – logo suite and colour palette", "1", 185000),
        ("Packaging design, 250 g retail bag (per variant)", "3", 42000),
        ("Website banner set, social and web sizes (per asset)", "12", 3500),
        ("Photography art direction, half day", "1", 38000),
    ])
    sub = sum(l["amount"] for l in L)
    vat = pct_of(sub, "20")
    total = sub + vat
    gbp = lambda c: ("-£" if c < 0 else "£") + num(abs(c))
    r = dict(slug="uk-freshbooks-amount-due", app="FreshBooks", country="GB",
             number="0000482", issue="2026-09-14", due="2026-10-14", currency="GBP",
             seller=seller, buyer=buyer, lines=L, subtotal=sub, tax=vat, total=total,
             amount_due=None, paid=0, adjust_lines=0, extras=[vat],
             note="A4; header row Billed To / Date of Issue / Invoice Number / 'Amount Due (GBP)' "
                  "big figure before the table; VAT 20%; Amount Paid £0.00; dd/mm/yyyy.")
    fm = dict(qty=lambda q: qfmt(q), unit=gbp, amount=gbp, subtotal=gbp, tax=gbp, total=gbp,
              amount_due=gbp, date=lambda d: fdate(d, "dmy/"))
    r["fm"] = fm

    def render(path):
        p = Pdf(path, A4, "LibSans", title="Invoice 0000482")
        W, H = p.W, p.H
        p.rect(0, H - 14, W, 14, fill=HexColor("#0075DD"))
        y = H - 60
        p.t(40, y, seller["name"], 13, True)
        yy = y
        for ln in seller["lines"] + [seller["email"], "VAT Reg. No. " + seller["vat_print"]]:
            p.t(W - 40, yy, ln, 8.5, color=GREY, align="r")
            yy -= 11.5
        y = H - 170
        p.t(40, y, "Billed To", 8.5, True, GREY)
        p.lines(40, y - 14, [buyer["name"]] + buyer["lines"] + [buyer["email"]], 9)
        p.t(250, y, "Date of Issue", 8.5, True, GREY)
        p.t(250, y - 14, fdate(r["issue"], "dmy/"), 9)
        p.t(250, y - 36, "Due Date", 8.5, True, GREY)
        p.t(250, y - 50, fdate(r["due"], "dmy/"), 9)
        p.t(370, y, "Invoice Number", 8.5, True, GREY)
        p.t(370, y - 14, r["number"], 9)
        p.t(W - 40, y, "Amount Due (GBP)", 8.5, True, GREY, align="r")
        p.t(W - 40, y - 30, gbp(total), 24, False, HexColor("#0075DD"), align="r")
        y = H - 270
        p.hl(40, W - 40, y + 14, HexColor("#0075DD"), 2)
        cols = [("Description", 290, "l"), ("Rate", 80, "r"), ("Qty", 50, "r"), ("Line Total", 95, "r")]
        rows = [[l["d"], gbp(l["u"]), fm["qty"](l["q"]), gbp(l["amount"])] for l in L]
        y, _ = p.table(40, y, cols, rows, 9, head_color=GREY, rule=LIGHT, lead=12, gap=10)
        y -= 10
        xl, xr = W - 250, W - 44
        y = p.kv(xl, xr, y, [("Subtotal", gbp(sub)), ("VAT (20%)", gbp(vat))], 9, valign="r")
        p.hl(xl, xr, y + 8, MID)
        y -= 4
        y = p.kv(xl, xr, y, [("Total", gbp(total)), ("Amount Paid", gbp(0))], 9, valign="r")
        p.hl(xl, xr, y + 8, MID, 1.4)
        y -= 6
        p.t(xl, y, "Amount Due (GBP)", 10, True)
        p.t(xr, y, gbp(total), 10, True, align="r")
        y -= 50
        p.t(40, y, "Notes", 9, True)
        y = p.para(40, y - 14, 515, "Please pay by BACS to Kestrel & Finch Design Studio Ltd, sort "
                   "code 04-00-04, account 31928475, quoting the invoice number.", 8.5)
        y -= 6
        p.t(40, y, "Terms", 9, True)
        p.para(40, y - 14, 515, "Payment within 30 days. Usage rights for the final artwork transfer "
               "on receipt of payment in full. Registered in England and Wales, company no. 10938271.",
               8.5)
        p.save()

    r["render"] = render
    return r


# ------------------------------------------------------------------ 5 Square Invoices, Ireland
@register
def ie_square():
    seller = party("Wild Atlantic Bakehouse",
                   ["7 Quay Street", "Westport, Co. Mayo", "F28 X2C4"],
                   vat="IE3456789LH", vat_print="IE 3456789LH", email="orders@wildatlanticbakehouse.ie")
    buyer = party("Clew Bay Events Ltd",
                  ["Rosmoney", "Westport, Co. Mayo", "F28 K7P1"], email="events@clewbayevents.ie")
    L = items([
        ("Seeded sourdough loaves", "24", 550),
        ("Wedding cake, 3-tier lemon & elderflower", "1", 42000),
        ("Mini scones with jam & cream (per dozen)", "15", 1600),
        ("Coffee & tea station (per guest)", "80", 275),
    ])
    sub = sum(l["amount"] for l in L)
    vat = pct_of(sub, "13.5")
    tip = 4000
    total = sub + vat + tip
    eur = lambda c: ("-€" if c < 0 else "€") + num(abs(c))
    r = dict(slug="ie-square-tip", app="Square Invoices", country="IE",
             number="000214", issue="2026-10-16", due="2026-10-30", currency="EUR",
             seller=seller, buyer=buyer, lines=L, subtotal=sub, tax=vat, total=total,
             amount_due=None, paid=0, adjust_lines=0, extras=[vat, tip],
             note="A4; centred business name, big 'Amount due' box on top; VAT 13.5%; a €40.00 tip "
                  "in the totals block only (not a line item).")
    fm = dict(qty=lambda q: qfmt(q), unit=eur, amount=eur, subtotal=eur, tax=eur, total=eur,
              amount_due=eur, date=lambda d: fdate(d, "d Mon Y"))
    r["fm"] = fm

    def render(path):
        p = Pdf(path, A4, "Noto", title="Invoice #000214")
        W, H = p.W, p.H
        y = H - 64
        p.t(W / 2, y, seller["name"], 16, True, align="c")
        p.t(W / 2, y - 15, ", ".join(seller["lines"]), 8, False, GREY, align="c")
        p.t(W / 2, y - 29, "Invoice #" + r["number"], 10, False, GREY, align="c")
        p.rect(150, y - 102, W - 300, 58, stroke=MID, r=6)
        p.t(W / 2, y - 62, "Amount due", 9, False, GREY, align="c")
        p.t(W / 2, y - 84, eur(total), 20, True, align="c")
        p.t(W / 2, y - 118, "Due " + fdate(r["due"], "d Mon Y"), 9, align="c")
        y = H - 210
        p.t(56, y, "Customer", 8.5, True, GREY)
        p.lines(56, y - 14, [buyer["name"]] + buyer["lines"] + [buyer["email"]], 9)
        p.t(330, y, "Invoice details", 8.5, True, GREY)
        p.kv(330, 430, y - 14, [("Invoice date", fdate(r["issue"], "d Mon Y")),
                                ("Due date", fdate(r["due"], "d Mon Y")),
                                ("Event", "Sat 24 Oct 2026")], 9)
        y = H - 300
        p.t(56, y, "Message", 8.5, True, GREY)
        y = p.para(56, y - 14, 480, "Thanks for having us at the Rosmoney wedding! Delivery and "
                   "set-up at 10:00 on the day. Tip added at your request for the serving staff.", 9)
        y -= 16
        cols = [("Item", 280, "l"), ("Qty", 50, "r"), ("Price", 70, "r"), ("Amount", 83, "r")]
        rows = [[l["d"], fm["qty"](l["q"]), eur(l["u"]), eur(l["amount"])] for l in L]
        y, _ = p.table(56, y, cols, rows, 9, head_color=GREY, head_rule=MID, rule=LIGHT, lead=12, gap=9)
        y -= 10
        xl, xr = 330, W - 60
        y = p.kv(xl, xr, y, [("Subtotal", eur(sub)), ("VAT (13.5%)", eur(vat)), ("Tip", eur(tip))],
                 9, valign="r")
        p.hl(xl, xr, y + 8, MID)
        y -= 4
        p.t(xl, y, "Total", 10, True)
        p.t(xr, y, eur(total), 10, True, align="r")
        y -= 16
        p.t(xl, y, "Amount due", 10, True)
        p.t(xr, y, eur(total), 10, True, align="r")
        y -= 50
        p.para(56, y, 480, "Pay online: https://wildatlanticbakehouse.ie/pay/000214 · Bank transfer: "
               "IBAN IE64 AIBK 9310 1234 5678 90, BIC AIBKIE2D.", 8.5, color=GREY)
        p.t(56, 50, "%s · VAT No. %s · %s" % (seller["name"], seller["vat_print"], seller["email"]),
            7.5, color=GREY)
        p.save()

    r["render"] = render
    return r


# ------------------------------------------------------------------ 6 Billomat, Germany (two pages)
@register
def de_billomat():
    seller = party("Brandt & Söhne Elektrotechnik GmbH",
                   ["Hafenstraße 112", "28217 Bremen"],
                   vat="DE318445902", vat_print="DE 318 445 902", email="rechnung@brandt-elektro.de")
    buyer = party("Weserblick Hotelbetriebs GmbH & Co. KG",
                  ["Am Deich 41", "28199 Bremen"])
    specs = [
        ("NYM-J 3x1,5 mm² Mantelleitung", "250", 98, "5"),
        ("NYM-J 5x2,5 mm² Mantelleitung", "120", 245, "5"),
        ("Unterputzdose Ø 68 mm, tief", "85", 64, None),
        ("Schuko-Steckdose reinweiß, Serie Rahmenlos", "64", 718, "10"),
        ("Wechselschalter reinweiß", "22", 812, "10"),
        ("Abdeckrahmen 1-fach reinweiß", "86", 295, "10"),
        ("LED-Einbaustrahler 7 W, 3000 K, dimmbar", "48", 3490, "8"),
        ("LED-Panel 620 x 620 mm, 36 W", "12", 8950, "8"),
        ("Bewegungsmelder Decke 360°", "6", 5420, None),
        ("Leitungsschutzschalter B16, 1-polig", "18", 489, None),
        ("FI-Schutzschalter 40 A / 30 mA, 4-polig", "4", 6780, None),
        ("Unterverteilung 4-reihig, Aufputz", "1", 28900, None),
        ("Kabelkanal 40 x 60 mm, 2 m", "30", 1140, None),
        ("Installationsrohr M20, flexibel (50 m)", "4", 2290, None),
        ("Wago-Verbindungsklemmen 221, Sortiment", "3", 3650, None),
        ("Netzwerkdose Cat.6A, 2-fach", "14", 2870, "5"),
        ("Verlegekabel Cat.7 S/FTP (m)", "310", 112, "5"),
        ("Patchpanel 24 Port Cat.6A", "1", 14800, None),
        ("Rauchwarnmelder mit 10-Jahres-Batterie", "16", 2490, None),
        ("Notleuchte LED, Rettungszeichen", "5", 11200, None),
        ("Elektroinstallation Etage 2, Zimmer 201–212 (Std.)", "46.5", 6800, None),
        ("Montage Beleuchtung Flur und Lobby (Std.)", "18", 6800, None),
        ("Messung und Prüfprotokoll nach DIN VDE 0100-600", "1", 49000, None),
        ("Entsorgung Altmaterial, pauschal", "1", 14500, None),
        ("Anfahrt und Fahrzeugkosten (Tage)", "7", 3900, None),
        ("Kleinmaterial, Befestigung und Verbrauchsmaterial", "1", 8640, None),
    ]
    L = items(specs)
    sub = sum(l["amount"] for l in L)
    vat = pct_of(sub, "19")
    total = sub + vat
    eur = lambda c: num(c, ".", ",") + " €"
    r = dict(slug="de-billomat-zwei-seiten-rabatt", app="Billomat", country="DE",
             number="RE-2026-0587", issue="2026-07-17", due="2026-07-31", currency="EUR",
             seller=seller, buyer=buyer, lines=L, subtotal=sub, tax=vat, total=total,
             amount_due=None, paid=0, adjust_lines=0, extras=[vat],
             note="A4, two pages with 'Übertrag' carry-over; 26 positions with a per-line Rabatt % "
                  "column (amount = after discount); USt 19%; DIN address window with sender line.")
    fm = dict(qty=lambda q: qfmt(q, ","), unit=lambda c: num(c, ".", ","),
              amount=lambda c: num(c, ".", ","), subtotal=eur, tax=eur, total=eur, amount_due=eur,
              date=lambda d: fdate(d, "dmy."))
    r["fm"] = fm

    def footer(p):
        y = 58
        p.hl(50, p.W - 50, y + 12, MID)
        cols = [[seller["name"], "Hafenstraße 112, 28217 Bremen", "Geschäftsführer: Jan Brandt"],
                ["Tel. 0421 38 44 10", seller["email"], "www.brandt-elektro.de"],
                ["Sparkasse Bremen", "IBAN DE42 2905 0101 0012 3456 78", "BIC SBREDE22XXX"],
                ["Amtsgericht Bremen HRB 31877", "USt-IdNr. " + seller["vat_print"], "St.-Nr. 60 145 12345"]]
        for i, col in enumerate(cols):
            p.lines(50 + i * 126, y, col, 6.5, color=GREY)
        p.t(p.W - 50, 24, "Seite %d von 2" % p.page, 7.5, align="r")

    def render(path):
        p = Pdf(path, A4, "LibSans", bottom=110, title="Rechnung RE-2026-0587")
        W, H = p.W, p.H
        p.t(W - 50, H - 60, "Brandt & Söhne", 18, True, HexColor("#B3261E"), align="r")
        p.t(W - 50, H - 74, "Elektrotechnik · Gebäudetechnik · Netzwerk", 8, color=GREY, align="r")
        p.t(57, H - 140, "Brandt & Söhne Elektrotechnik GmbH · Hafenstraße 112 · 28217 Bremen", 6.5,
            color=GREY)
        p.hl(57, 300, H - 143, GREY, 0.3)
        p.lines(57, H - 160, [buyer["name"], "z. Hd. Frau Katrin Oltmanns"] + buyer["lines"], 10)
        p.kv(370, W - 50, H - 150, [("Rechnungsnr.", r["number"]),
                                    ("Rechnungsdatum", fdate(r["issue"], "dmy.")),
                                    ("Leistungszeitraum", "22.06.–10.07.2026"),
                                    ("Kundennr.", "K-10482"),
                                    ("Ihre Bestellung", "WB-0614 vom 02.06.2026"),
                                    ("Ansprechpartner", "Jan Brandt")], 8.5, valign="r")
        y = H - 270
        p.t(57, y, "Rechnung " + r["number"], 14, True)
        y = p.para(57, y - 22, 480, "Sehr geehrte Frau Oltmanns,\nfür die Elektroinstallation im "
                   "2. Obergeschoss erlauben wir uns, folgende Leistungen in Rechnung zu stellen:", 9.5)
        y -= 8
        cols = [("Pos.", 30, "l"), ("Bezeichnung", 200, "l"), ("Menge", 45, "r"), ("Einzelpreis", 70, "r"),
                ("Rabatt", 50, "r"), ("Gesamtpreis", 87, "r")]
        rows = [[str(i + 1), l["d"], fm["qty"](l["q"]), fm["unit"](l["u"]),
                 (l["disc"] + " %") if l["disc"] else "", fm["amount"](l["amount"])]
                for i, l in enumerate(L)]
        y, n = p.table(52, y, cols, rows, 8.5, head_fill=LIGHT, rule=LIGHT, lead=11, gap=4)
        carry = sum(l["amount"] for l in L[:n])
        y -= 4
        p.t(370, y, "Übertrag", 9, True)
        p.t(534, y, eur(carry), 9, True, align="r")
        footer(p)
        p.new_page()
        y = H - 60
        p.t(57, y, "Rechnung %s vom %s" % (r["number"], fdate(r["issue"], "dmy.")), 9, color=GREY)
        y -= 24
        p.t(370, y, "Übertrag", 9, True)
        p.t(534, y, eur(carry), 9, True, align="r")
        y -= 22
        y, n2 = p.table(52, y, cols, rows[n:], 8.5, head_fill=LIGHT, rule=LIGHT, lead=11, gap=4)
        assert n + n2 == len(rows), (n, n2)
        y -= 8
        xl, xr = 330, 534
        y = p.kv(xl, xr, y, [("Nettobetrag", eur(sub)), ("zzgl. 19 % USt.", eur(vat))], 9.5,
                 valign="r")
        p.hl(xl, xr + 4, y + 9, black, 0.8)
        y -= 4
        p.t(xl, y, "Rechnungsbetrag", 10.5, True)
        p.t(xr, y, eur(total), 10.5, True, align="r")
        p.hl(xl, xr + 4, y - 5, black, 0.8)
        p.hl(xl, xr + 4, y - 7, black, 0.8)
        y -= 40
        y = p.para(57, y, 480, "Bitte überweisen Sie den Rechnungsbetrag ohne Abzug bis zum %s "
                   "unter Angabe der Rechnungsnummer auf das unten genannte Konto. Die Rabatte "
                   "entsprechen unserem Rahmenangebot AN-2026-112. Leistungsdatum entspricht dem "
                   "Leistungszeitraum." % fdate(r["due"], "dmy."), 9)
        y -= 10
        p.para(57, y, 480, "Mit freundlichen Grüßen\nJan Brandt", 9)
        footer(p)
        p.save()

    r["render"] = render
    return r


# ------------------------------------------------------------------ 7 SumUp Invoices (Debitoor), Austria
@register
def at_sumup():
    seller = party("Tischlerei Huber e.U.",
                   ["Gewerbestraße 5", "6020 Innsbruck", "Österreich"],
                   vat="ATU68241537", vat_print="ATU68241537", email="office@tischlerei-huber.at")
    buyer = party("Alpenhof Seefeld Betriebs GmbH",
                  ["Münchner Straße 88", "6100 Seefeld in Tirol", "Österreich"],
                  vat="ATU73159846", vat_print="ATU73159846")
    L = items([
        ("Einbauschrank Eiche massiv, Zimmer 12–14", "3", 148000),
        ("Montage vor Ort", "9.5", 6200),
        ("Anfahrt Innsbruck–Seefeld", "2", 4500),
    ])
    sub = sum(l["amount"] for l in L)
    vat = pct_of(sub, "20")
    total = sub + vat
    eur = lambda c: "€ " + num(c, ".", ",")
    r = dict(slug="at-sumup-ust-20", app="Debitoor / SumUp Invoices", country="AT",
             number="2026-0093", issue="2026-10-09", due="2026-10-23", currency="EUR",
             seller=seller, buyer=buyer, lines=L, subtotal=sub, tax=vat, total=total,
             amount_due=None, paid=0, adjust_lines=0, extras=[vat],
             note="A4; Austrian '€ 1.234,56' prefix format; both UID numbers printed; USt 20%; "
                  "Skonto offer in the terms is a distractor, not a discount.")
    fm = dict(qty=lambda q: qfmt(q, ","), unit=eur, amount=eur, subtotal=eur, tax=eur, total=eur,
              amount_due=eur, date=lambda d: fdate(d, "dmy."))
    r["fm"] = fm

    def render(path):
        p = Pdf(path, A4, "DejaVu", title="Rechnung 2026-0093")
        W, H = p.W, p.H
        y = H - 60
        p.t(50, y, seller["name"], 13, True)
        p.lines(50, y - 16, seller["lines"] + [seller["email"], "UID: " + seller["vat_print"]], 8.5,
                color=GREY)
        p.t(W - 50, y, "Rechnung", 22, True, HexColor("#1F6FEB"), align="r")
        y = H - 170
        p.t(50, y, "Rechnung an", 8, True, GREY)
        p.lines(50, y - 14, [buyer["name"]] + buyer["lines"] + ["UID: " + buyer["vat_print"]], 9.5)
        p.kv(350, W - 50, y - 14, [("Rechnungsnummer", r["number"]),
                                   ("Rechnungsdatum", fdate(r["issue"], "dmy.")),
                                   ("Lieferdatum", "05.10.2026"),
                                   ("Fälligkeitsdatum", fdate(r["due"], "dmy."))], 9, valign="r")
        y = H - 290
        cols = [("Beschreibung", 215, "l"), ("Menge", 48, "r"), ("Einheit", 50, "l"), ("Preis", 72, "r"),
                ("USt.", 40, "r"), ("Betrag", 70, "r")]
        units = ["Stk.", "Std.", "pausch."]
        rows = [[l["d"], fm["qty"](l["q"]), units[i], eur(l["u"]), "20 %", eur(l["amount"])]
                for i, l in enumerate(L)]
        y, _ = p.table(45, y, cols, rows, 9, head_fill=HexColor("#F2F5F9"), rule=LIGHT, lead=12, gap=8)
        y -= 12
        xl, xr = 330, W - 54
        y = p.kv(xl, xr, y, [("Summe netto", eur(sub)), ("USt. 20 % von " + eur(sub), eur(vat))],
                 9, valign="r")
        p.hl(xl, xr, y + 9, black)
        y -= 4
        p.t(xl, y, "Gesamtbetrag", 11, True)
        p.t(xr, y, eur(total), 11, True, align="r")
        y -= 50
        p.t(50, y, "Zahlungsbedingungen", 9, True)
        y = p.para(50, y - 14, 495, "Zahlbar innerhalb von 14 Tagen ohne Abzug bis %s. Bei Zahlung "
                   "innerhalb von 7 Tagen gewähren wir 2 %% Skonto. Bankverbindung: Raiffeisen-"
                   "Landesbank Tirol, IBAN AT85 3600 0000 0123 4567, BIC RZTIAT22." %
                   fdate(r["due"], "dmy."), 9)
        y -= 8
        p.para(50, y, 495, "Vielen Dank für Ihren Auftrag! Die Einbauschränke bleiben bis zur "
               "vollständigen Bezahlung unser Eigentum.", 9)
        p.t(50, 40, "Tischlerei Huber e.U. · Inhaber Markus Huber · FN 482913 t · Landesgericht Innsbruck",
            7, color=GREY)
        p.save()

    r["render"] = render
    return r


# ------------------------------------------------------------------ 8 Moneybird, Netherlands
@register
def nl_moneybird():
    seller = party("Studio Veldkamp Fotografie",
                   ["Oudegracht 214", "3511 NV Utrecht"],
                   vat="NL004512873B51", vat_print="NL004512873B51", email="info@studioveldkamp.nl")
    buyer = party("Bakkerij De Gouden Korst B.V.",
                  ["Voorstraat 18", "3512 AM Utrecht"])
    L = items([
        ("Bedrijfsreportage, dagdeel (4 uur)", "1", 69500),
        ("Nabewerking beelden (per foto)", "40", 1250),
        ("Fotoalbum linnen 30 × 30 cm", "2", 8900),
        ("Verzendkosten fotoalbum (PostNL, verzekerd)", "1", 695),
    ])
    sub = sum(l["amount"] for l in L)
    vat = pct_of(sub, "21")
    total = sub + vat
    eur = lambda c: "€ " + num(c, ".", ",")
    r = dict(slug="nl-moneybird-verzendkosten", app="Moneybird", country="NL",
             number="2026-0142", issue="2026-04-22", due="2026-05-06", currency="EUR",
             seller=seller, buyer=buyer, lines=L, subtotal=sub, tax=vat, total=total,
             amount_due=None, paid=0, adjust_lines=0, extras=[vat],
             note="A4; quantity-first columns (Aantal | Omschrijving | Prijs | Totaal); shipping "
                  "(verzendkosten) as a line item; 21% btw; iDEAL pay-online link; Dutch month names.")
    fm = dict(qty=lambda q: qfmt(q, ","), unit=eur, amount=eur, subtotal=eur, tax=eur, total=eur,
              amount_due=eur, date=lambda d: fdate(d, "d month Y", "nl"))
    r["fm"] = fm

    def render(path):
        p = Pdf(path, A4, "Noto", title="Factuur 2026-0142")
        W, H = p.W, p.H
        y = H - 70
        p.t(W - 60, y, seller["name"], 12, True, align="r")
        yy = y - 15
        for ln in seller["lines"] + [seller["email"], "KvK 71234567", "Btw-id " + seller["vat_print"],
                                     "IBAN NL91 ABNA 0417 1643 00"]:
            p.t(W - 60, yy, ln, 8.5, color=GREY, align="r")
            yy -= 11.5
        y = H - 150
        p.lines(60, y, [buyer["name"], "t.a.v. Ilse de Wit"] + buyer["lines"], 9.5)
        y = H - 250
        p.t(60, y, "Factuur", 20, True)
        y -= 26
        p.kv(60, 160, y, [("Factuurnummer", r["number"]),
                          ("Factuurdatum", fdate(r["issue"], "d month Y", "nl")),
                          ("Vervaldatum", fdate(r["due"], "d month Y", "nl")),
                          ("Referentie", "Reportage nieuwe winkel")], 9)
        y -= 78
        cols = [("Aantal", 50, "l"), ("Omschrijving", 290, "l"), ("Prijs", 75, "r"), ("Totaal", 60 + 20, "r")]
        rows = [[fm["qty"](l["q"]), l["d"], eur(l["u"]), eur(l["amount"])] for l in L]
        y, _ = p.table(56, y, cols, rows, 9, head_rule=black, rule=LIGHT, lead=12, gap=8)
        y -= 10
        xl, xr = 330, W - 63
        y = p.kv(xl, xr, y, [("Subtotaal", eur(sub)), ("21% btw", eur(vat))], 9, valign="r")
        p.hl(xl, xr, y + 9, black)
        y -= 3
        p.t(xl, y, "Totaal", 10, True)
        p.t(xr, y, eur(total), 10, True, align="r")
        y -= 50
        y = p.para(60, y, 480, "We verzoeken u vriendelijk het bovenstaande bedrag van %s vóór %s te "
                   "voldoen op onze bankrekening onder vermelding van het factuurnummer %s. Voor vragen "
                   "kunt u contact opnemen per e-mail." % (eur(total), fdate(r["due"], "d month Y", "nl"),
                                                          r["number"]), 9)
        y -= 8
        p.t(60, y, "Direct online betalen met iDEAL: https://betalen.studioveldkamp.nl/f/2026-0142",
            9, color=HexColor("#0A66C2"))
        p.save()

    r["render"] = render
    return r
