"""Registry and small constructors shared by the invoice definitions."""
from common import D

INVOICES = []


def register(fn):
    INVOICES.append(fn)
    return fn


def L(desc, qty, price, rate=None, **kw):
    """one item line: price as a decimal string in the document currency"""
    return dict(desc=desc, qty=D(str(qty)), price=int(D(str(price)) * 100),
                rate=None if rate is None else D(str(rate)), **kw)


def party(name, address, vat=None, email=None):
    return dict(name=name, address=address, vat=vat, email=email)
