#!/usr/bin/env python3
"""Generates the invoices-sheets test set: spreadsheet (.fods/.xlsx) and word-processor
(.fodt/.html) invoice sources, plus the ground truth NAME.pdf.expected.json and the
verification hints NAME.checks.json. Run build.sh afterwards to make the PDFs with
LibreOffice, then verify.mjs.

All amounts are computed here in integer cents (common.compute). The spreadsheets do
not contain these numbers: their amount cells are formulas that Calc evaluates when
it loads the file, so verify.mjs cross-checks Calc's results against ours.
Every company, person, address, tax id and bank account is invented.
"""
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import compute, dec, qstr  # noqa: E402
from sheetlib import write_fods, write_xlsx  # noqa: E402
from sheetinv import build_sheet  # noqa: E402

SRC = os.path.join(HERE, "sources")
CHECKS = os.path.join(HERE, "checks")
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "test", "fixtures", "invoices-sheets"))

from model import INVOICES  # noqa: E402


def expected_json(inv, calc):
    def p(x):
        return {"name": x["name"], "vatId": x["vat"], "address": ", ".join(x["address"]), "email": x["email"]}

    return {
        "invoiceNumber": inv["number"],
        "issueDate": inv["issue"].isoformat() if inv["issue"] else None,
        "dueDate": inv["due"].isoformat() if inv.get("due") else None,
        "currency": inv["currency"],
        "seller": p(inv["seller"]),
        "buyer": p(inv["buyer"]),
        "subtotal": dec(calc["net"]),
        "taxTotal": dec(calc["tax"]),
        "total": dec(calc["total"]),
        "amountDue": dec(calc["due"]) if inv.get("due_line") else None,
        "lineItems": [
            {"description": " ".join(ln["desc"].split()),
             "quantity": qstr(ln["qty"]) if inv.get("has_qty", True) else None,
             "unitPrice": dec(ln["price"]) if inv.get("has_price", True) else None,
             "amount": dec(ln["amount"])}
            for ln in inv["lines"]
        ],
        "source": "text",
    }


import invoices  # noqa: E402,F401  (registers the invoices)


def main():
    os.makedirs(SRC, exist_ok=True)
    os.makedirs(CHECKS, exist_ok=True)
    os.makedirs(OUT, exist_ok=True)
    only = set(sys.argv[1:])
    for fn in INVOICES:
        inv = fn()
        if only and inv["key"] not in only:
            continue
        calc = compute(inv)
        inv["calc"] = calc
        kind = inv["kind"]
        src = os.path.join(SRC, f"{inv['key']}.{kind}")
        title = f"{inv['title_meta']} {inv['number']}"
        if kind in ("fods", "xlsx"):
            sheet = build_sheet(inv, inv["cfg"](inv, calc))
            (write_fods if kind == "fods" else write_xlsx)(sheet, src, title)
        else:
            inv["render"](inv, calc, src)
        exp = expected_json(inv, calc)
        with open(os.path.join(OUT, f"{inv['key']}.pdf.expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        checks = {
            "file": f"{inv['key']}.pdf",
            "source": os.path.basename(src),
            "country": inv["country"], "language": inv["lang"], "special": inv["special"],
            "numfmt": inv["numfmt"],
            "strings": inv.get("strings", []),
            "adjust": {k: dec(calc[k]) for k in ("discount", "shipping", "deposit", "withholding") if calc[k]},
            "shippingIsLineItem": inv.get("shipping_line_item", False),
            # when no VAT total is printed, the per-rate VAT amounts that are printed instead
            "taxComponents": None if inv.get("tax_total_printed", True) else [dec(t[3]) for t in calc["taxes"]],
            "minPages": inv.get("min_pages", 1),
        }
        with open(os.path.join(CHECKS, f"{inv['key']}.checks.json"), "w", encoding="utf-8") as f:
            json.dump(checks, f, ensure_ascii=False, indent=2)
            f.write("\n")
        print(f"{inv['key']:<28} {kind:<5} net {dec(calc['net']):>12} tax {dec(calc['tax']):>11} total {dec(calc['total']):>12} due {dec(calc['due']):>12}")


if __name__ == "__main__":
    main()
