#!/usr/bin/python3
"""Generate the invoices-apps held-out fixture set and verify it.

    /usr/bin/python3 scripts/invoices-apps/generate.py [OUT_DIR]

Writes NAME.pdf and NAME.pdf.expected.json for 16 invoices into OUT_DIR
(default test/fixtures/invoices-apps), then checks every ground-truth value
against `pdftotext -layout` output and re-adds the totals.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1  # deterministic PDFs (fixed dates/ids in the file)

from common import ground_truth  # noqa: E402
import apps_a  # noqa: E402,F401
import apps_b  # noqa: E402,F401
from apps_a import INVOICES  # noqa: E402

DEFAULT_OUT = os.path.normpath(os.path.join(HERE, "..", "..", "test", "fixtures", "invoices-apps"))


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip()


def subsequence(needle_tokens, hay_tokens):
    it = iter(hay_tokens)
    return all(any(t == h for h in it) for t in needle_tokens)


def verify(r, pdf):
    errs = []
    L = r["lines"]
    if sum(l["amount"] for l in L) + r["adjust_lines"] != r["subtotal"]:
        errs.append("lines + adjustments != subtotal")
    if r["subtotal"] + sum(r["extras"]) != r["total"]:
        errs.append("subtotal + extras != total")
    if r["paid"]:
        if r["total"] - r["paid"] != r["amount_due"]:
            errs.append("total - paid != amountDue")
    elif r["amount_due"] is not None:
        errs.append("amountDue set without a payment")

    raw = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                         check=True).stdout
    T = norm(raw)
    toks = [t.rstrip(",;") for t in T.split(" ")]
    fm = r["fm"]

    def has(label, s):
        if norm(s) not in T:
            errs.append("%s not printed: %r" % (label, s))

    def seq(label, s):
        if not subsequence([t.rstrip(",;") for t in norm(s).split(" ")], toks):
            errs.append("%s not printed in order: %r" % (label, s))

    has("invoiceNumber", r["number"])
    has("issueDate", fm["date"](r["issue"]))
    if r["due"]:
        has("dueDate", fm.get("due_date", fm["date"])(r["due"]))
    for role in ("seller", "buyer"):
        p = r[role]
        has(role + ".name", p["name"])
        for ln in p["lines"]:
            has(role + ".address line", ln)
        seq(role + ".address", " ".join(p["lines"]))
        if p["vatId"]:
            has(role + ".vatId", p["vat_print"])
            if re.sub(r"[\s.]", "", p["vat_print"]) != p["vatId"]:
                errs.append(role + ".vatId not compact form of printed id")
        if p["email"]:
            has(role + ".email", p["email"])
    for i, l in enumerate(L):
        seq("line %d description" % (i + 1), l["d"])
        has("line %d qty" % (i + 1), fm["qty"](l["q"]))
        has("line %d unit" % (i + 1), fm["unit"](l["u"]))
        has("line %d amount" % (i + 1), fm["amount"](l["amount"]))
    has("subtotal", fm["subtotal"](r["subtotal"]))
    has("taxTotal", fm["tax"](r["tax"]))
    for label, c in r.get("print_checks", []):
        has(label, fm["total"](c))
    has("total", fm["total"](r["total"]))
    if r["amount_due"] is not None:
        has("amountDue", fm["amount_due"](r["amount_due"]))
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout).group(1))
    iso_printed = re.search(r"\b%s\b" % r["currency"], raw) is not None
    return errs, pages, iso_printed


def main():
    out = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    os.makedirs(out, exist_ok=True)
    bad = 0
    seen = set()
    for make in INVOICES:
        r = make()
        assert r["slug"] not in seen
        seen.add(r["slug"])
        pdf = os.path.join(out, r["slug"] + ".pdf")
        r["render"](pdf)
        with open(pdf + ".expected.json", "w", encoding="utf-8") as fh:
            json.dump(ground_truth(r), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        errs, pages, iso = verify(r, pdf)
        bad += len(errs)
        print("%-34s %-3s %s pages=%d iso-code-printed=%s %s" % (
            r["slug"], r["country"], r["currency"], pages, "yes" if iso else "no",
            "OK" if not errs else "FAIL"))
        for e in errs:
            print("    " + e)
    print("%d invoices, %d problems" % (len(seen), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
