"""Invoice record helpers shared by the per-app layouts."""
from kit import dec, qgt, line_amount


def party(name, lines, vat=None, vat_print=None, email=None):
    """vat: compact ground-truth id; vat_print: the id exactly as printed."""
    return dict(name=name, lines=lines, vatId=vat, vat_print=vat_print, email=email,
                address=", ".join(lines))


def items(specs):
    """specs: (description, qty, unit_cents[, disc_pct[, tag]])."""
    out = []
    for s in specs:
        s = list(s) + [None] * (5 - len(s))
        d, q, u, disc, tag = s
        out.append(dict(d=d, q=q, u=u, disc=disc, tag=tag, amount=line_amount(q, u, disc)))
    return out


def ground_truth(r):
    def pty(p):
        return dict(name=p["name"], vatId=p["vatId"], address=p["address"], email=p["email"])

    def amt(c):
        return None if c is None else dec(c)

    return {
        "invoiceNumber": r["number"],
        "issueDate": r["issue"],
        "dueDate": r["due"],
        "currency": r["currency"],
        "seller": pty(r["seller"]),
        "buyer": pty(r["buyer"]),
        "subtotal": amt(r["subtotal"]),
        "taxTotal": amt(r["tax"]),
        "total": amt(r["total"]),
        "amountDue": amt(r["amount_due"]),
        "lineItems": [
            {"description": li["d"], "quantity": qgt(li["q"]), "unitPrice": dec(li["u"]),
             "amount": dec(li["amount"])}
            for li in r["lines"]
        ],
        "source": "text",
    }
