"""Lays an invoice out on a spreadsheet the way a Calc/Excel invoice template does:
company block top left, big title top right, meta block, bill-to block, a bordered
item grid whose amounts are formulas, a totals block of formulas, notes, bank footer."""
from sheetlib import Sheet, addr, col_letter


def build_sheet(inv, cfg):
    cols = cfg["cols"]
    n = len(cols)
    L = n - 1
    sh = Sheet(cfg.get("sheet_name", "Invoice"), [c[2] for c in cols], font=cfg.get("font", "Liberation Sans"),
               font_size=cfg.get("font_size", 9), lang=cfg["lang"], country=cfg["country"])
    accent = cfg.get("accent", "#1F4E79")
    head_fill = cfg.get("head_fill", accent)
    head_color = cfg.get("head_color", "#FFFFFF")
    half = cfg.get("left_span", (n + 1) // 2)
    F = cfg["fmts"]  # dict: money, total, qty, rate, date
    d = 0 if inv.get("whole_units") else 2

    # --- company block (top left) and title (top right)
    seller_lines = list(cfg["seller_lines"])
    tspan = cfg.get("title_span", 3)
    mr0 = cfg.get("meta_row", 3)
    lab_c, lab_span = cfg.get("meta_label", (L - 2, 2))
    val_c, val_span = cfg.get("meta_value", (L, 1))
    n_meta = len(cfg["meta"])

    def left_span(row):
        sp = half
        if row < 2:
            sp = min(sp, n - tspan)
        if mr0 <= row < mr0 + n_meta:
            sp = min(sp, lab_c)
        return sp

    r = 0
    if cfg.get("seller_heading"):
        sh.set(r, 0, cfg["seller_heading"], colspan=left_span(r), bold=True, color=accent, align="left", size=8.5)
        r += 1
    sh.set(r, 0, seller_lines[0], colspan=left_span(r), size=cfg.get("name_size", 13), bold=True,
           color=None if cfg.get("seller_heading") else accent, align="left")
    sh.row_heights[r] = 0.75 if not cfg.get("seller_heading") else 0.55
    r += 1
    for line in seller_lines[1:]:
        sh.set(r, 0, line, colspan=left_span(r), align="left", size=cfg.get("block_size", 8.5))
        r += 1
    left_end = r
    sh.set(0, n - tspan, cfg["title"], colspan=tspan, rowspan=2, size=cfg.get("title_size", 22), bold=True,
           color=accent, align="right", valign="top")
    # --- meta (right) : label spans two columns, value in the last column (or as configured)
    mr = mr0
    for label, value in cfg["meta"]:
        st = dict(align="right", size=8.5)
        if hasattr(value, "isoformat"):
            st["fmt"] = F["date"]
        sh.set(mr, lab_c, label, colspan=lab_span, align="right", bold=True, size=8.5)
        sh.set(mr, val_c, value, colspan=val_span, **st)
        mr += 1
    r = max(left_end, mr) + 1
    # --- bill to
    sh.set(r, 0, cfg["buyer_label"], colspan=half, bold=True, color=accent, align="left", border_bottom="thin")
    r += 1
    for line in cfg["buyer_lines"]:
        sh.set(r, 0, line, colspan=half, align="left")
        r += 1
    for extra in cfg.get("extra_right", []):  # (row offset from bill-to, label, value)
        off, label, value = extra
        rr = r - len(cfg["buyer_lines"]) - 1 + off
        sh.set(rr, lab_c, label, colspan=lab_span, align="right", bold=True, size=8.5)
        st = dict(align="right", size=8.5)
        if hasattr(value, "isoformat"):
            st["fmt"] = F["date"]
        sh.set(rr, val_c, value, colspan=val_span, **st)
    r += 1
    for line in cfg.get("pre_grid", []):
        sh.set(r, 0, line, colspan=n, align="left", italic=True)
        r += 1
    if cfg.get("pre_grid"):
        r += 1

    # --- item grid
    head_r = r
    keycol = {c[0]: i for i, c in enumerate(cols)}
    for i, (key, label, _w) in enumerate(cols):
        sh.set(r, i, label, bold=True, fill=head_fill, color=head_color, border="thin",
               align="left" if key in ("desc", "code", "unit", "hsn") else ("center" if key in ("no", "rate") else "right"),
               wrap=True)
    sh.row_heights[r] = cfg.get("head_height", 0.75)
    r += 1
    first = r
    C = {k: col_letter(i) for k, i in keycol.items()}
    for idx, ln in enumerate(inv["lines"]):
        b = dict(border="thin") if cfg.get("grid", "full") == "full" else dict(border_left="thin", border_right="thin", border_bottom="hair")
        for key, i in keycol.items():
            ref_r = r + 1
            if key == "no":
                sh.set(r, i, idx + 1, align="center", **b)
            elif key == "desc":
                sh.set(r, i, ln["desc"], align="left", wrap=True, **b)
            elif key in ("code", "hsn", "unit"):
                sh.set(r, i, ln[key], align="left" if key != "unit" else "center", **b)
            elif key == "qty":
                sh.set(r, i, float(ln["qty"]) if "." in str(ln["qty"]) else int(ln["qty"]), fmt=F["qty"], align="right", **b)
            elif key == "price":
                sh.set(r, i, ln["price"] / 100, fmt=F["money"], align="right", **b)
            elif key == "rate":
                sh.set(r, i, float(ln["rate"]), fmt=F["rate"], align="center", **b)
            elif key == "amount":
                sh.set(r, i, formula=f"ROUND({C['qty']}{ref_r}*{C['price']}{ref_r},{d})", fmt=F["money"], align="right", **b)
            elif key == "vat_amt":
                sh.set(r, i, formula=f"ROUND({C['amount']}{ref_r}*{C['rate']}{ref_r},{d})", fmt=F["money"], align="right", **b)
            elif key == "gross":
                sh.set(r, i, formula=f"{C['amount']}{ref_r}+{C['vat_amt']}{ref_r}", fmt=F["money"], align="right", **b)
        r += 1
    last = r - 1
    if cfg.get("grid") == "open":
        for i in range(n):
            sh.cells[(last, i)].style["border_bottom"] = "thin"
    if cfg.get("repeat_header"):
        sh.header_rows = (head_r, head_r)
    rng = lambda k: f"{C[k]}{first + 1}:{C[k]}{last + 1}"

    # --- totals
    r += cfg.get("gap_after_grid", 0)
    tl = cfg.get("totals_label_col", L - 3)
    refs = {}
    vat_refs = []
    for spec in cfg["totals"]:
        kind, label = spec[0], spec[1]
        opt = spec[2] if len(spec) > 2 else {}
        strong = kind in ("total", "due") and opt.get("strong", True)
        lab_style = dict(align="right", bold=strong or opt.get("bold", False))
        val_style = dict(align="right", bold=strong, fmt=F["total"] if strong or opt.get("total_fmt") else F["money"])
        if kind == cfg.get("boxed", "total"):
            val_style.update(border_top="thin", border_bottom="medium")
            lab_style.update(border_top="thin", border_bottom="medium")
        show_base = opt.get("base")
        base_col = cfg.get("base_col", L - 1)
        span = (base_col - tl) if show_base else (L - tl)
        sh.set(r, tl, label, colspan=span, **lab_style)
        me = addr(r, L)
        if kind == "items":
            f = f"SUM({rng('amount')})"
        elif kind == "discount":
            f = f"-ROUND({refs['items']}*{opt['pct']},{d})"
        elif kind == "shipping":
            sh.set(r, L, inv["shipping"][0] / 100, **val_style)
            refs[kind] = me
            r += 1
            continue
        elif kind == "net":
            f = "+".join(refs[k] for k in ("items", "discount", "shipping") if k in refs)
        elif kind in ("vat", "vat_line"):
            rate = opt["rate"]
            if "rate" in C:
                base = f"SUMIF({rng('rate')},{rate},{rng('amount')})"
                if cfg.get("shipping_rate") == rate and "shipping" in refs:
                    base += f"+{refs['shipping']}"
                if "discount" in refs:
                    base += f"+{refs['discount']}"
            else:
                base = refs.get("net", refs["items"])
            if show_base:
                sh.set(r, base_col, formula=base, fmt=F["money"], align="right", colspan=L - base_col)
                base = addr(r, base_col)
            if kind == "vat_line":
                f = f"SUMIF({rng('rate')},{rate},{rng('vat_amt')})"
            else:
                f = f"ROUND(({base})*{rate},{d})"
            vat_refs.append(me)
        elif kind == "gst":
            f = f"ROUND({refs.get('net', refs['items'])}*{opt['rate']},{d})"
            vat_refs.append(me)
        elif kind == "vat_total":
            f = "+".join(vat_refs)
            refs["vat_total"] = me
            sh.set(r, L, formula=f, **val_style)
            r += 1
            continue
        elif kind == "total":
            f = refs.get("net", refs.get("items")) + "+" + (refs["vat_total"] if "vat_total" in refs else "+".join(vat_refs))
        elif kind == "withholding":
            f = f"-ROUND({refs.get('net', refs['items'])}*{opt['pct']},{d})"
        elif kind == "deposit":
            sh.set(r, L, -inv["deposit"] / 100, **val_style)
            refs[kind] = me
            r += 1
            continue
        elif kind == "due":
            f = "+".join(refs[k] for k in ("total", "withholding", "deposit") if k in refs)
        elif kind == "gross_line":  # sum of a per-line gross column
            f = f"SUM({rng('gross')})"
        else:
            raise ValueError(kind)
        sh.set(r, L, formula=f, **val_style)
        refs[kind] = me
        if strong:
            sh.row_heights[r] = 0.6
        r += 1

    r += 1
    for line in cfg.get("notes", []):
        if isinstance(line, tuple):
            text, h = line
            sh.set(r, 0, text, colspan=n, align="left", wrap=True, valign="top", size=8.5)
            sh.row_heights[r] = h
        else:
            sh.set(r, 0, line, colspan=n, align="left", size=8.5)
        r += 1
    if cfg.get("footer_lines"):
        r += 1
        for i, line in enumerate(cfg["footer_lines"]):
            st = dict(align="center", size=7.5, color="#404040")
            if i == 0:
                st["border_top"] = "thin"
            sh.set(r, 0, line, colspan=n, **st)
            r += 1
    if cfg.get("page_footer"):
        sh.footer = cfg["page_footer"]
    return sh
