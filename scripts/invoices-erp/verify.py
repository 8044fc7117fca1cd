#!/usr/bin/python3
"""Verify the invoices-erp set against the PDFs' text layer.

Usage: /usr/bin/python3 scripts/invoices-erp/verify.py [NAME ...]
Needs Debian's poppler-utils (pdftotext, pdfinfo, pdffonts).

For every NAME.pdf it checks: the page count; that all fonts are embedded;
that every ground-truth value, in its printed form, occurs in the text
extracted by pdftotext (whitespace normalised), and that the printed form
parses back to the ground-truth value (numbers with the invoice's separators,
dates with its date style); and that the ground truth's arithmetic holds
(line = qty x unit price less line discount, rounded half up to the cent;
sum of lines vs subtotal; VAT per rate; subtotal + tax = total; total -
deposit = amount due). It does not import the generator's code.
Ends with "N passed, N failed".
"""
import json
import os
import re
import subprocess
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
FIX = os.path.join(ROOT, "test", "fixtures", "invoices-erp")
CHK = os.path.join(HERE, "checks")

MONTHS = {
    "januar": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8, "september": 9,
    "oktober": 10, "november": 11, "dezember": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}


def norm(s):
    s = re.sub(r"[\u00a0\u2009\u202f\u2007]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def text_of(pdf):
    out = []
    for args in (["pdftotext", "-enc", "UTF-8"], ["pdftotext", "-enc", "UTF-8", "-layout"], ["pdftotext", "-enc", "UTF-8", "-raw"]):
        out.append(subprocess.run(args + [pdf, "-"], capture_output=True, text=True, check=True).stdout)
    return [norm(t) for t in out]


def pages_of(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def fonts_embedded(pdf):
    out = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    return [ln for ln in out if ln.split()[-5] != "yes"]


def parse_num(s, spec):
    s = s.strip()
    if spec["thou"]:
        s = s.replace(spec["thou"], "")
    s = s.replace(spec["dec"], ".")
    assert re.fullmatch(r"-?\d+(\.\d+)?", s), s
    return s


def parse_date(s, style):
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if style == "iso" and m:
        return s
    if style in ("dd.mm.yyyy", "dd/mm/yyyy", "dd-mm-yyyy"):
        d, mo, y = re.fullmatch(r"(\d{2})[./-](\d{2})[./-](\d{4})", s).groups()
    elif style == "mm/dd/yyyy":
        mo, d, y = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})", s).groups()
    else:
        parts = re.findall(r"\d+|[^\W\d_]+", s)
        nums = [p for p in parts if p.isdigit()]
        names = [p.lower() for p in parts if not p.isdigit() and p.lower() in MONTHS]
        d, y = nums[0], nums[-1]
        mo = MONTHS[names[0]]
    return f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"


def cents(x):
    return int((Decimal(x) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def rnd(x):
    return int(Decimal(x).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def check(name):
    errs, notes = [], []
    pdf = os.path.join(FIX, name + ".pdf")
    gt = json.load(open(pdf + ".expected.json", encoding="utf-8"))
    ck = json.load(open(os.path.join(CHK, name + ".json"), encoding="utf-8"))
    texts = text_of(pdf)
    if len(texts[0]) < 200:
        errs.append("no text layer")
    n = pages_of(pdf)
    if n != ck["pages"]:
        errs.append(f"pages {n} != {ck['pages']}")
    bad = fonts_embedded(pdf)
    if bad:
        errs.append(f"fonts not embedded: {bad}")

    def present(label, s):
        if s is None:
            return
        if not any(norm(s) in t for t in texts):
            errs.append(f"{label}: {s!r} not in text")

    spec, pr = ck["numfmt"], ck["printed"]
    # header fields
    if pr["invoiceNumber"] != gt["invoiceNumber"]:
        errs.append("invoiceNumber printed form differs")
    present("invoiceNumber", pr["invoiceNumber"])
    for f in ("issueDate", "dueDate"):
        if (pr[f] is None) != (gt[f] is None):
            errs.append(f"{f}: null mismatch")
        elif pr[f] is not None:
            if parse_date(pr[f], ck["datefmt"]) != gt[f]:
                errs.append(f"{f}: {pr[f]} does not parse to {gt[f]}")
            present(f, pr[f])
    if not re.fullmatch(r"[A-Z]{3}", gt["currency"]):
        errs.append("currency not ISO")
    for f in ("subtotal", "taxTotal", "total", "amountDue"):
        if (pr[f] is None) != (gt[f] is None):
            errs.append(f"{f}: null mismatch")
        elif gt[f] is not None:
            if parse_num(pr[f], spec) != gt[f]:
                errs.append(f"{f}: {pr[f]} does not parse to {gt[f]}")
            if f == "taxTotal" and len(pr["taxes"]) > 1 and not any(norm(pr[f]) in t for t in texts):
                # judgement call (see README): multi-rate invoices that print only
                # the VAT per rate; taxTotal is the sum of those printed amounts
                if sum(cents(parse_num(t, spec)) for t in pr["taxes"]) != cents(gt[f]):
                    errs.append("taxTotal != sum of the printed per-rate taxes")
                notes.append("taxTotal = sum of printed per-rate amounts")
            else:
                present(f, pr[f])
    for t in pr["taxes"]:
        present("tax per rate", t)
    # parties
    for role in ("seller", "buyer"):
        p, g = ck["parties"][role], gt[role]
        if p["name"] != g["name"] or p["vatId"] != g["vatId"] or p["email"] != g["email"]:
            errs.append(f"{role}: printed form differs")
        if ", ".join(p["addressLines"]) != g["address"]:
            errs.append(f"{role}: address join differs")
        present(f"{role}.name", p["name"])
        present(f"{role}.vatId", p["vatId"])
        present(f"{role}.email", p["email"])
        for ln in p["addressLines"]:
            present(f"{role}.address", ln)
    # line items
    if len(ck["lines"]) != len(gt["lineItems"]):
        errs.append("line count differs")
    line_cents = []
    for i, (c, g) in enumerate(zip(ck["lines"], gt["lineItems"])):
        if " ".join(c["descFragments"]) != g["description"]:
            errs.append(f"line {i + 1}: wrapped description does not rejoin to ground truth")
        for fr in c["descFragments"]:
            present(f"line {i + 1} description", fr)
        for f in ("quantity", "unitPrice", "amount"):
            if parse_num(c[f], spec) != g[f]:
                errs.append(f"line {i + 1} {f}: {c[f]} does not parse to {g[f]}")
            present(f"line {i + 1} {f}", c[f])
        disc = Decimal(c["discount"] or "0")
        exp = rnd(Decimal(cents(Decimal(g["quantity"]) * Decimal(g["unitPrice"]))) * (100 - disc) / 100)
        if exp != cents(g["amount"]):
            errs.append(f"line {i + 1}: {g['quantity']} x {g['unitPrice']} (-{disc}%) != {g['amount']}")
        line_cents.append(cents(g["amount"]))
    # totals arithmetic
    sub, tax, tot = cents(gt["subtotal"]), cents(gt["taxTotal"]), cents(gt["total"])
    rates = []
    for c in ck["lines"]:
        if c["rate"] is not None and c["rate"] not in rates:
            rates.append(c["rate"])
    by_rate = {r: sum(a for a, c in zip(line_cents, ck["lines"]) if c["rate"] == r) for r in rates}
    mode = ck["mode"]
    if mode == "net":
        if ck["invDiscount"]:
            d = Decimal(ck["invDiscount"])
            bases = {r: b - rnd(Decimal(b) * d / 100) for r, b in by_rate.items()}
        else:
            bases = by_rate
        if sum(bases.values()) != sub:
            errs.append(f"sum of (discounted) lines {sum(bases.values())} != subtotal {sub}")
        if ck["taxPerLine"]:
            exp_tax = sum(rnd(Decimal(a) * Decimal(c["rate"]) / 100) for a, c in zip(line_cents, ck["lines"]))
        else:
            exp_tax = sum(rnd(Decimal(b) * Decimal(r) / 100) for r, b in bases.items())
    elif mode == "gross":
        if sum(line_cents) != tot:
            errs.append("sum of gross lines != total")
        exp_tax = sum(rnd(Decimal(b) * Decimal(r) / (100 + Decimal(r))) for r, b in by_rate.items())
    elif mode == "gst":
        if sum(line_cents) != sub:
            errs.append("sum of lines != subtotal")
        exp_tax = sum(2 * rnd(Decimal(b) * Decimal(r) / 200) for r, b in by_rate.items())
    elif mode == "us":
        if sum(line_cents) != sub:
            errs.append("sum of lines != subtotal")
        taxable = sum(a for a, c in zip(line_cents, ck["lines"]) if c["taxable"])
        exp_tax = rnd(Decimal(taxable) * Decimal(ck["salesTax"]) / 100)
    else:
        errs.append("unknown mode")
        exp_tax = tax
    if exp_tax != tax:
        errs.append(f"tax {tax} != expected {exp_tax}")
    if sub + tax != tot:
        errs.append("subtotal + tax != total")
    if ck["deposit"]:
        if gt["amountDue"] is None or cents(gt["amountDue"]) != tot - cents(ck["deposit"]):
            errs.append("amountDue != total - deposit")
    elif gt["amountDue"] is not None:
        errs.append("amountDue set without a deposit")
    if gt["source"] != "text":
        errs.append("source")
    return errs, notes


def main(names):
    all_names = sorted(f[:-4] for f in os.listdir(FIX) if f.endswith(".pdf"))
    names = names or all_names
    passed = failed = 0
    for name in names:
        try:
            errs, notes = check(name)
        except Exception as e:  # noqa: BLE001
            errs, notes = [f"exception: {e!r}"], []
        if errs:
            failed += 1
            print(f"FAIL {name}")
            for e in errs:
                print(f"     {e}")
        else:
            passed += 1
            print(f"ok   {name}" + (f"  ({'; '.join(notes)})" if notes else ""))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
