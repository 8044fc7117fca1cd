"""A tiny spreadsheet model (cells, merges, styles, number formats, formulas)
serialised either as flat ODF (.fods) or as Office Open XML (.xlsx).

Formulas are written in plain A1 syntax with commas ("ROUND(C12*E12,2)") and
are translated to OpenFormula for .fods. Formula cells carry NO cached value,
so LibreOffice Calc has to compute every amount when it loads the sheet.
"""
import re
import zipfile
from datetime import date
from xml.sax.saxutils import escape


def col_letter(c):
    s = ""
    c += 1
    while c:
        c, r = divmod(c - 1, 26)
        s = chr(65 + r) + s
    return s


def addr(r, c):
    return f"{col_letter(c)}{r + 1}"


class NumFmt:
    """kind: number | currency | percent | date | general.
    dec/grp are only used for documentation; the locale (lang, country)
    decides separators in Calc. For xlsx the format code is en-US style."""

    def __init__(self, kind, decimals=2, grouping=True, prefix="", suffix="", lang="en", country="US",
                 date_parts=None, xlsx_code=None, pct_prefix=False):
        self.kind = kind
        self.decimals = decimals
        self.grouping = grouping
        self.prefix = prefix
        self.suffix = suffix
        self.lang = lang
        self.country = country
        self.date_parts = date_parts  # list like [('day','long'),('text','.'),('month','long'),...]
        self.xlsx_code = xlsx_code
        self.pct_prefix = pct_prefix

    def key(self):
        return (self.kind, self.decimals, self.grouping, self.prefix, self.suffix, self.lang, self.country,
                repr(self.date_parts), self.xlsx_code, self.pct_prefix)


class Cell:
    def __init__(self, value=None, formula=None, style=None, colspan=1, rowspan=1):
        self.value = value
        self.formula = formula
        self.style = style or {}
        self.colspan = colspan
        self.rowspan = rowspan


class Sheet:
    def __init__(self, name, col_widths_cm, font="Liberation Sans", font_size=9, lang="en", country="US"):
        self.name = name
        self.col_widths = col_widths_cm
        self.font = font
        self.font_size = font_size
        self.lang = lang
        self.country = country
        self.cells = {}
        self.row_heights = {}
        self.header_rows = None  # (first, last) rows repeated on every printed page
        self.footer = None  # list of ('text', str) / ('page',) / ('pages',) parts
        self.margins_cm = (1.2, 1.2, 1.5, 1.5)  # top, bottom, left, right

    def set(self, r, c, value=None, formula=None, colspan=1, rowspan=1, **style):
        self.cells[(r, c)] = Cell(value, formula, style, colspan, rowspan)
        return addr(r, c)

    def style_range(self, r, c, colspan=1, **style):
        """apply style to empty cells (borders on blank grid cells)"""
        for cc in range(c, c + colspan):
            if (r, cc) not in self.cells:
                self.cells[(r, cc)] = Cell(style=style)

    def nrows(self):
        return max(r + cell.rowspan for (r, c), cell in self.cells.items())

    def covered(self):
        cov = set()
        for (r, c), cell in self.cells.items():
            for rr in range(r, r + cell.rowspan):
                for cc in range(c, c + cell.colspan):
                    if (rr, cc) != (r, c):
                        assert (rr, cc) not in cov, f"overlapping merges at {addr(rr, cc)}"
                        cov.add((rr, cc))
        clash = cov & set(self.cells)
        assert not clash, f"cells hidden under merged cells: {sorted(addr(*x) for x in clash)}"
        assert max(c + cell.colspan for (r, c), cell in self.cells.items()) <= len(self.col_widths), "cell beyond last column"
        return cov


# ---------------------------------------------------------------- ODF (.fods)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

_REF = re.compile(r"\$?([A-Z]{1,2})\$?(\d+)(?::\$?([A-Z]{1,2})\$?(\d+))?")


def to_openformula(f):
    def rep(m):
        if m.group(3):
            return f"[.{m.group(1)}{m.group(2)}:.{m.group(3)}{m.group(4)}]"
        return f"[.{m.group(1)}{m.group(2)}]"

    out = []
    # split out string literals so that text inside quotes is untouched
    for i, part in enumerate(re.split(r'("[^"]*")', f)):
        if i % 2 == 1:
            out.append(part)
        else:
            part = re.sub(r"(?<![A-Za-z])" + _REF.pattern, rep, part)
            out.append(part.replace(",", ";"))
    return "of:=" + "".join(out)


def _num_style_xml(name, nf):
    loc = f'number:language="{nf.lang}" number:country="{nf.country}"'
    if nf.kind == "date":
        parts = []
        for p in nf.date_parts:
            if p[0] == "text":
                parts.append(f"<number:text>{escape(p[1])}</number:text>")
            elif p[0] == "month_name":
                parts.append('<number:month number:textual="true" number:style="long"/>')
            elif p[0] == "month_abbr":
                parts.append('<number:month number:textual="true"/>')
            else:
                parts.append(f'<number:{p[0]} number:style="{p[1]}"/>' if p[1] == "long" else f"<number:{p[0]}/>")
        return f'<number:date-style style:name="{name}" {loc}>{"".join(parts)}</number:date-style>'
    if nf.kind == "general":
        return f'<number:number-style style:name="{name}" {loc}><number:number number:min-integer-digits="1"/></number:number-style>'
    numel = (f'<number:number number:decimal-places="{nf.decimals}" number:min-decimal-places="{nf.decimals}" '
             f'number:min-integer-digits="1"{GROUPING if nf.grouping else ""}/>')
    if nf.kind == "percent":
        if nf.pct_prefix:
            return f'<number:percentage-style style:name="{name}" {loc}><number:text>%</number:text>{numel}</number:percentage-style>'
        return f'<number:percentage-style style:name="{name}" {loc}>{numel}<number:text>%</number:text></number:percentage-style>'
    tag = "currency-style" if nf.kind == "currency" else "number-style"

    def sym(t):
        if nf.kind == "currency":
            return f'<number:currency-symbol {loc}>{escape(t)}</number:currency-symbol>'
        return f"<number:text>{escape(t)}</number:text>"

    body = ""
    if nf.prefix:
        body += sym(nf.prefix.rstrip()) + ("<number:text> </number:text>" if nf.prefix.endswith(" ") else "")
    body += numel
    if nf.suffix:
        body += ("<number:text> </number:text>" if nf.suffix.startswith(" ") else "") + sym(nf.suffix.lstrip())
    return f'<number:{tag} style:name="{name}" {loc}>{body}</number:{tag}>'


GROUPING = ' number:grouping="true"'
MARGIN = ' fo:margin-left="0.1cm"'
_BORDER_ODF = {"thin": "0.5pt solid #000000", "hair": "0.35pt solid #7f7f7f", "medium": "1.2pt solid #000000"}


def write_fods(sheet, path, title="Invoice"):
    numstyles, cellstyles = {}, {}
    auto = []

    def numstyle(nf):
        k = nf.key()
        if k not in numstyles:
            numstyles[k] = f"N{len(numstyles) + 1}"
            auto.append(_num_style_xml(numstyles[k], nf))
        return numstyles[k]

    def cellstyle(st):
        k = repr(sorted((a, b.key() if isinstance(b, NumFmt) else b) for a, b in st.items()))
        if k in cellstyles:
            return cellstyles[k]
        name = f"ce{len(cellstyles) + 1}"
        cellstyles[k] = name
        ds = f' style:data-style-name="{numstyle(st["fmt"])}"' if "fmt" in st else ""
        tcp = []
        if st.get("fill"):
            tcp.append(f'fo:background-color="{st["fill"]}"')
        for side in ("top", "bottom", "left", "right"):
            b = st.get("border_" + side) or st.get("border")
            if b:
                tcp.append(f'fo:border-{side}="{_BORDER_ODF[b]}"')
        if st.get("wrap"):
            tcp.append('fo:wrap-option="wrap"')
        tcp.append(f'style:vertical-align="{st.get("valign", "middle")}"')
        if st.get("align"):
            tcp.append('style:text-align-source="fix"')
        tcp.append('fo:padding="0.06cm"')
        pp = ""
        if st.get("align"):
            al = {"left": "start", "right": "end", "center": "center"}[st["align"]]
            pp = f'<style:paragraph-properties fo:text-align="{al}"{MARGIN if al == "start" else ""}/>'
        tp = []
        if st.get("size"):
            tp.append(f'fo:font-size="{st["size"]}pt"')
        if st.get("bold"):
            tp.append('fo:font-weight="bold"')
        if st.get("italic"):
            tp.append('fo:font-style="italic"')
        if st.get("color"):
            tp.append(f'fo:color="{st["color"]}"')
        if st.get("font"):
            tp.append(f'style:font-name="{st["font"]}"')
        auto.append(f'<style:style style:name="{name}" style:family="table-cell" style:parent-style-name="Default"{ds}>'
                    f'<style:table-cell-properties {" ".join(tcp)}/>{pp}'
                    f'<style:text-properties {" ".join(tp)}/></style:style>')
        return name

    ncols = len(sheet.col_widths)
    for i, w in enumerate(sheet.col_widths):
        auto.append(f'<style:style style:name="co{i + 1}" style:family="table-column">'
                    f'<style:table-column-properties fo:break-before="auto" style:column-width="{w}cm"/></style:style>')
    rowstyles = {}

    def rowstyle(h):
        if h not in rowstyles:
            rowstyles[h] = f"ro{len(rowstyles) + 1}"
            if h == "auto":
                props = 'style:row-height="0.5cm" style:use-optimal-row-height="true"'
            else:
                props = f'style:row-height="{h}cm" style:use-optimal-row-height="false"'
            auto.append(f'<style:style style:name="{rowstyles[h]}" style:family="table-row">'
                        f'<style:table-row-properties fo:break-before="auto" {props}/></style:style>')
        return rowstyles[h]

    cov = sheet.covered()
    rows_xml = []
    nrows = sheet.nrows()
    for r in range(nrows):
        cells = []
        for c in range(ncols):
            if (r, c) in cov:
                cells.append("<table:covered-table-cell/>")
                continue
            cell = sheet.cells.get((r, c))
            if cell is None:
                cells.append("<table:table-cell/>")
                continue
            attrs = []
            if cell.style:
                attrs.append(f'table:style-name="{cellstyle(cell.style)}"')
            if cell.colspan > 1 or cell.rowspan > 1:
                attrs.append(f'table:number-columns-spanned="{cell.colspan}" table:number-rows-spanned="{cell.rowspan}"')
            content = ""
            v = cell.value
            if cell.formula:
                attrs.append(f'table:formula="{escape(to_openformula(cell.formula), {chr(34): "&quot;"})}"')
            elif isinstance(v, date):
                attrs.append(f'office:value-type="date" office:date-value="{v.isoformat()}"')
            elif isinstance(v, (int, float)) and not isinstance(v, bool):
                t = "percentage" if cell.style.get("fmt") is not None and cell.style["fmt"].kind == "percent" else "float"
                attrs.append(f'office:value-type="{t}" office:value="{v}"')
            elif hasattr(v, "as_tuple"):  # Decimal
                t = "percentage" if cell.style.get("fmt") is not None and cell.style["fmt"].kind == "percent" else "float"
                attrs.append(f'office:value-type="{t}" office:value="{v}"')
            elif v is not None:
                attrs.append('office:value-type="string"')
                lines = v if isinstance(v, list) else [v]
                content = "".join(f"<text:p>{escape(line)}</text:p>" for line in lines)
            cells.append(f'<table:table-cell {" ".join(attrs)}>{content}</table:table-cell>')
        h = sheet.row_heights.get(r, "auto")
        rows_xml.append(f'<table:table-row table:style-name="{rowstyle(h)}">{"".join(cells)}</table:table-row>')
    if sheet.header_rows:
        a, b = sheet.header_rows
        rows_xml = rows_xml[:a] + ["<table:table-header-rows>"] + rows_xml[a:b + 1] + ["</table:table-header-rows>"] + rows_xml[b + 1:]

    t, bm, l, rm = sheet.margins_cm
    footer_style = ('<style:footer-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-top="0.2cm"/></style:footer-style>'
                    if sheet.footer else "<style:footer-style/>")
    auto.append(f'<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
                f'style:print-orientation="portrait" fo:margin-top="{t}cm" fo:margin-bottom="{bm}cm" fo:margin-left="{l}cm" '
                f'fo:margin-right="{rm}cm" style:print="objects charts drawings zero-values" style:scale-to-X="1"/>'
                f'<style:header-style/>{footer_style}</style:page-layout>')
    auto.append('<style:style style:name="ta1" style:family="table" style:master-page-name="Invoice">'
                '<style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>')
    footer = ""
    if sheet.footer:
        parts = []
        for p in sheet.footer:
            if p[0] == "text":
                parts.append(escape(p[1]))
            elif p[0] == "page":
                parts.append("<text:page-number>1</text:page-number>")
            elif p[0] == "pages":
                parts.append("<text:page-count>1</text:page-count>")
        footer = f'<style:footer><style:region-right><text:p>{"".join(parts)}</text:p></style:region-right></style:footer>'
    cols_xml = "".join(f'<table:table-column table:style-name="co{i + 1}" table:default-cell-style-name="Default"/>'
                       for i in range(ncols))
    fname = sheet.font
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><dc:title>{escape(title)}</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="{fname}" svg:font-family="&apos;{fname}&apos;" style:font-pitch="variable"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="table-cell"><style:paragraph-properties style:tab-stop-distance="1.25cm"/><style:text-properties style:font-name="{fname}" fo:font-size="{sheet.font_size}pt" fo:language="{sheet.lang}" fo:country="{sheet.country}"/></style:default-style>
<style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="{fname}" fo:font-size="{sheet.font_size}pt"/></style:style>
</office:styles>
<office:automatic-styles>
{chr(10).join(auto)}
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Invoice" style:page-layout-name="pm1"><style:header style:display="false"/>{footer or '<style:footer style:display="false"/>'}</style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="{escape(sheet.name)}" table:style-name="ta1" table:print="true">
{cols_xml}
{chr(10).join(rows_xml)}
</table:table></office:spreadsheet></office:body></office:document>
'''
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)


# ---------------------------------------------------------------- OOXML (.xlsx)

def _xlsx_numfmt_code(nf):
    if nf.xlsx_code:
        return nf.xlsx_code
    if nf.kind == "general":
        return "General"
    base = ("#,##0" if nf.grouping else "0") + ("." + "0" * nf.decimals if nf.decimals else "")
    if nf.kind == "percent":
        return base.replace("#,##", "") + "%"
    pre = f'"{nf.prefix}"' if nf.prefix else ""
    suf = f'"{nf.suffix}"' if nf.suffix else ""
    return f"{pre}{base}{suf}"


def _estimate_row_height_cm(sheet, r):
    """Excel stores row heights; emulate what Excel's autofit would have saved for
    rows with wrapped text (conservative: never fewer lines than Calc will need)."""
    import textwrap
    lines_needed = 1
    size = sheet.font_size
    for (rr, c), cell in sheet.cells.items():
        if rr != r or not cell.style.get("wrap") or not isinstance(cell.value, str):
            continue
        sz = cell.style.get("size", sheet.font_size)
        size = max(size, sz)
        width = sum(sheet.col_widths[c:c + cell.colspan]) - 0.3
        per_line = max(4, int(width / (0.195 * sz / 9)))
        lines_needed = max(lines_needed, len(textwrap.wrap(cell.value, per_line)) or 1)
    if lines_needed == 1:
        return None
    return round(lines_needed * size * 1.3 / 28.35 + 0.12, 2)


def write_xlsx(sheet, path, title="Invoice"):
    fonts, fills, borders, numfmts, xfs = [], [], [], {}, []
    fonts.append(f'<font><sz val="{sheet.font_size}"/><name val="{sheet.font}"/><family val="2"/></font>')
    fills.append('<fill><patternFill patternType="none"/></fill>')
    fills.append('<fill><patternFill patternType="gray125"/></fill>')
    borders.append("<border><left/><right/><top/><bottom/><diagonal/></border>")
    xfs.append('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>')
    xf_index = {}

    def idx(lst, xml):
        if xml not in lst:
            lst.append(xml)
        return lst.index(xml)

    def xf(st):
        k = repr(sorted((a, b.key() if isinstance(b, NumFmt) else b) for a, b in st.items()))
        if k in xf_index:
            return xf_index[k]
        f = [f'<sz val="{st.get("size", sheet.font_size)}"/>']
        if st.get("bold"):
            f.insert(0, "<b/>")
        if st.get("italic"):
            f.insert(0, "<i/>")
        if st.get("color"):
            f.append(f'<color rgb="FF{st["color"].lstrip("#").upper()}"/>')
        f.append(f'<name val="{st.get("font", sheet.font)}"/><family val="2"/>')
        font_id = idx(fonts, "<font>" + "".join(f) + "</font>")
        fill_id = 0
        if st.get("fill"):
            fill_id = idx(fills, f'<fill><patternFill patternType="solid"><fgColor rgb="FF{st["fill"].lstrip("#").upper()}"/>'
                                 f'<bgColor indexed="64"/></patternFill></fill>')
        b = []
        for side in ("left", "right", "top", "bottom"):
            v = st.get("border_" + side) or st.get("border")
            b.append(f'<{side} style="{v}"><color auto="1"/></{side}>' if v else f"<{side}/>")
        border_id = idx(borders, "<border>" + "".join(b) + "<diagonal/></border>")
        nf_id = 0
        if "fmt" in st:
            code = _xlsx_numfmt_code(st["fmt"])
            if code != "General":
                if code not in numfmts:
                    numfmts[code] = 164 + len(numfmts)
                nf_id = numfmts[code]
        al = []
        if st.get("align"):
            al.append(f'horizontal="{st["align"]}"')
        al.append(f'vertical="{ {"middle": "center"}.get(st.get("valign", "middle"), st.get("valign", "middle")) }"')
        if st.get("wrap"):
            al.append('wrapText="1"')
        xfs.append(f'<xf numFmtId="{nf_id}" fontId="{font_id}" fillId="{fill_id}" borderId="{border_id}" xfId="0" '
                   f'applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">'
                   f'<alignment {" ".join(al)}/></xf>')
        xf_index[k] = len(xfs) - 1
        return xf_index[k]

    cov = sheet.covered()
    ncols = len(sheet.col_widths)
    rows = []
    merges = []
    for r in range(sheet.nrows()):
        cs = []
        for c in range(ncols):
            cell = sheet.cells.get((r, c))
            ref = addr(r, c)
            if (r, c) in cov:
                # find the merge owner to copy its border style onto covered cells
                owner = None
                for (rr, cc), oc in sheet.cells.items():
                    if rr <= r < rr + oc.rowspan and cc <= c < cc + oc.colspan:
                        owner = oc
                        break
                s = xf({k: v for k, v in owner.style.items() if k.startswith("border") or k == "fill"}) if owner else 0
                cs.append(f'<c r="{ref}" s="{s}"/>')
                continue
            if cell is None:
                continue
            s = xf(cell.style) if cell.style else 0
            if cell.colspan > 1 or cell.rowspan > 1:
                merges.append(f"{ref}:{addr(r + cell.rowspan - 1, c + cell.colspan - 1)}")
            v = cell.value
            if cell.formula:
                cs.append(f'<c r="{ref}" s="{s}"><f>{escape(cell.formula)}</f></c>')
            elif isinstance(v, date):
                serial = (v - date(1899, 12, 30)).days
                cs.append(f'<c r="{ref}" s="{s}"><v>{serial}</v></c>')
            elif isinstance(v, (int, float)) or hasattr(v, "as_tuple"):
                cs.append(f'<c r="{ref}" s="{s}"><v>{v}</v></c>')
            elif v is not None:
                text = " ".join(v) if isinstance(v, list) else v
                cs.append(f'<c r="{ref}" s="{s}" t="inlineStr"><is><t xml:space="preserve">{escape(text)}</t></is></c>')
            else:
                cs.append(f'<c r="{ref}" s="{s}"/>')
        h = sheet.row_heights.get(r, "auto")
        if h == "auto":
            h = _estimate_row_height_cm(sheet, r)
        ht = "" if h is None else f' ht="{h * 28.35:.2f}" customHeight="1"'
        rows.append(f'<row r="{r + 1}"{ht}>{"".join(cs)}</row>')
    cols = "".join(f'<col min="{i + 1}" max="{i + 1}" width="{w / 0.2:.2f}" customWidth="1"/>' for i, w in enumerate(sheet.col_widths))
    t, bm, l, rm = [x / 2.54 for x in sheet.margins_cm]
    footer = ""
    if sheet.footer:
        parts = []
        for p in sheet.footer:
            parts.append({"text": lambda: escape(p[1]), "page": lambda: "&amp;P", "pages": lambda: "&amp;N"}[p[0]]())
        footer = f'<headerFooter><oddFooter>&amp;R{"".join(parts)}</oddFooter></headerFooter>'
    sheet_xml = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>
<sheetViews><sheetView workbookViewId="0" showGridLines="0"/></sheetViews>
<sheetFormatPr defaultRowHeight="13.2"/>
<cols>{cols}</cols>
<sheetData>{"".join(rows)}</sheetData>
{f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + "</mergeCells>" if merges else ""}
<pageMargins left="{l:.3f}" right="{rm:.3f}" top="{t:.3f}" bottom="{bm:.3f}" header="0.3" footer="0.3"/>
<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>
{footer}
</worksheet>'''
    nf_xml = "".join(f'<numFmt numFmtId="{i}" formatCode="{escape(code, {chr(34): "&quot;"})}"/>' for code, i in numfmts.items())
    styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="{len(numfmts)}">{nf_xml}</numFmts>
<fonts count="{len(fonts)}">{"".join(fonts)}</fonts>
<fills count="{len(fills)}">{"".join(fills)}</fills>
<borders count="{len(borders)}">{"".join(borders)}</borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="{len(xfs)}">{"".join(xfs)}</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>'''
    workbook = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<bookViews><workbookView/></bookViews>
<sheets><sheet name="{escape(sheet.name)}" sheetId="1" r:id="rId1"/></sheets>
<calcPr calcId="191029" fullCalcOnLoad="1"/>
</workbook>'''
    ct = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>'''
    rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>'''
    wbrels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>'''
    core = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{escape(title)}</dc:title></cp:coreProperties>'''
    fixed = (2026, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", workbook),
                           ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles),
                           ("xl/worksheets/sheet1.xml", sheet_xml), ("docProps/core.xml", core)]:
            z.writestr(zipfile.ZipInfo(name, fixed), data)
