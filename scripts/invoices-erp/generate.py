#!/usr/bin/python3
"""Generate the invoices-erp set: PDFs, ground truth and check strings.

Usage: /usr/bin/python3 scripts/invoices-erp/generate.py [NAME ...]
Writes test/fixtures/invoices-erp/NAME.pdf, NAME.pdf.expected.json and
scripts/invoices-erp/checks/NAME.json (the printed form of every value).
"""
import io
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "test", "fixtures", "invoices-erp")
CHK = os.path.join(HERE, "checks")

from reportlab.pdfgen import canvas  # noqa: E402
from reportlab.lib.pagesizes import A4, letter  # noqa: E402
import lib  # noqa: E402
from lib import compute, c2s, fmt_date, date  # noqa: E402
import invoices_a  # noqa: E402
import invoices_b  # noqa: E402

INVOICES = invoices_a.INVOICES + invoices_b.INVOICES


def pagesize(inv):
    return letter if inv["country"] == "United States" else A4


def render(inv, k, target, total):
    c = canvas.Canvas(target, pagesize=pagesize(inv), invariant=1, pageCompression=1, initialFontName="DejaVu", initialFontSize=9)
    c.setTitle(f"{inv['number']}")
    c.setAuthor("invoices-erp test set")
    c.setCreator("ReportLab")
    doc = inv["render"](c, inv, k, total)
    n = doc.finish()
    return n, doc.desc_frags


def party_gt(p):
    return {"name": p["name"], "vatId": p["vatId"], "address": ", ".join(p["address"]) if p["address"] else None, "email": p["email"]}


def build(inv):
    lib.register_fonts()
    k = compute(inv)
    n1, _ = render(inv, k, io.BytesIO(), None)
    pdf = os.path.join(OUT, inv["name"] + ".pdf")
    n2, frags = render(inv, k, pdf, n1)
    assert n1 == n2, (inv["name"], n1, n2)
    N = inv["num"]
    gt = {
        "invoiceNumber": inv["number"],
        "issueDate": inv["issue"],
        "dueDate": inv["due"],
        "currency": inv["currency"],
        "seller": party_gt(inv["seller"]),
        "buyer": party_gt(inv["buyer"]),
        "subtotal": c2s(k["subtotal"]),
        "taxTotal": c2s(k["tax"]),
        "total": c2s(k["total"]),
        "amountDue": c2s(k["due"]) if k["due"] is not None else None,
        "lineItems": [{"description": ln["desc"], "quantity": ln["qty"], "unitPrice": ln["price"], "amount": c2s(lc["amount"])}
                      for ln, lc in zip(inv["lines"], k["lines"])],
        "source": "text",
    }
    ds = lambda x: fmt_date(date(x), inv["datefmt"])  # noqa: E731
    qty_thou = inv["name"].startswith("in-") is False
    checks = {
        "pages": n2,
        "numfmt": N.spec(),
        "datefmt": inv["datefmt"],
        "mode": inv.get("mode", "net"),
        "invDiscount": inv.get("inv_discount"),
        "deposit": inv.get("deposit"),
        "printed": {
            "invoiceNumber": inv["number"],
            "issueDate": ds(inv["issue"]),
            "dueDate": ds(inv["due"]) if inv["due"] else None,
            "subtotal": N.c(k["subtotal"]),
            "taxTotal": N.c(k["tax"]),
            "total": N.c(k["total"]),
            "amountDue": N.c(k["due"]) if k["due"] is not None else None,
            "taxes": [N.c(v["tax"]) for v in k["vat"]] if inv.get("mode") != "gst" else
                     [N.c(v["cgst"]) for v in k["vat"]],
        },
        "parties": {
            r: {"name": inv[r]["name"], "vatId": inv[r]["vatId"], "addressLines": inv[r]["address"], "email": inv[r]["email"]}
            for r in ("seller", "buyer")
        },
        "lines": [{"descFragments": frags[i], "quantity": N.dec_str(ln["qty"], thou=qty_thou), "unitPrice": N.dec_str(ln["price"]),
                   "amount": N.c(lc["amount"]), "rate": ln.get("rate"), "discount": ln.get("disc"), "taxable": ln.get("taxable", True)}
                  for i, (ln, lc) in enumerate(zip(inv["lines"], k["lines"]))],
        "salesTax": inv.get("sales_tax"),
        "taxPerLine": bool(inv.get("tax_per_line")),
    }
    with open(pdf + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(gt, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(CHK, inv["name"] + ".json"), "w", encoding="utf-8") as f:
        json.dump(checks, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return n2


def main(names):
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(CHK, exist_ok=True)
    seen = set()
    for inv in INVOICES:
        assert inv["name"] not in seen
        seen.add(inv["name"])
        if names and inv["name"] not in names:
            continue
        n = build(inv)
        print(f"{inv['name']}.pdf  {n} page(s)")


if __name__ == "__main__":
    main(sys.argv[1:])
