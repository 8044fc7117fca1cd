"""Minimal flat-ODF text document (.fodt) builder: paragraphs with tab stops and
bordered tables, the way an invoice is typed in a word processor."""
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


class Doc:
    def __init__(self, font="Liberation Sans", size=9.5, lang="en", country="US", margins_cm=(1.5, 1.5, 2.0, 2.0)):
        self.font = font
        self.size = size
        self.lang = lang
        self.country = country
        self.margins = margins_cm
        self.auto = []
        self.body = []
        self._pstyles = {}
        self._cstyles = {}
        self._tables = 0
        self.footer = None

    # paragraph style: size, bold, italic, align, color, tabs=[(pos_cm, 'left'|'right'|'char')], space_before, space_after
    def pstyle(self, **p):
        k = repr(sorted(p.items()))
        if k in self._pstyles:
            return self._pstyles[k]
        name = f"P{len(self._pstyles) + 1}"
        self._pstyles[k] = name
        pp = [f'fo:margin-top="{p.get("before", 0)}cm"', f'fo:margin-bottom="{p.get("after", 0.05)}cm"']
        if p.get("align"):
            pp.append(f'fo:text-align="{ {"left": "start", "right": "end", "center": "center"}[p["align"]] }"')
        if p.get("border_top"):
            pp.append('fo:border-top="0.5pt solid #000000" fo:padding-top="0.1cm"')
        if p.get("border_bottom"):
            pp.append('fo:border-bottom="0.5pt solid #000000" fo:padding-bottom="0.05cm"')
        tabs = ""
        if p.get("tabs"):
            ts = []
            for pos, kind in p["tabs"]:
                if kind == "char":
                    ts.append(f'<style:tab-stop style:position="{pos}cm" style:type="char" style:char=","/>')
                else:
                    ts.append(f'<style:tab-stop style:position="{pos}cm" style:type="{kind}"/>')
            tabs = "<style:tab-stops>" + "".join(ts) + "</style:tab-stops>"
        tp = [f'fo:font-size="{p.get("size", self.size)}pt"']
        if p.get("bold"):
            tp.append('fo:font-weight="bold"')
        if p.get("italic"):
            tp.append('fo:font-style="italic"')
        if p.get("color"):
            tp.append(f'fo:color="{p["color"]}"')
        if p.get("font"):
            tp.append(f'style:font-name="{p["font"]}"')
        self.auto.append(f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="Standard">'
                         f'<style:paragraph-properties {" ".join(pp)}>{tabs}</style:paragraph-properties>'
                         f'<style:text-properties {" ".join(tp)}/></style:style>')
        return name

    def cstyle(self, border="all", fill=None, valign="middle"):
        k = (border, fill, valign)
        if k in self._cstyles:
            return self._cstyles[k]
        name = f"C{len(self._cstyles) + 1}"
        self._cstyles[k] = name
        props = ['fo:padding="0.08cm"', f'style:vertical-align="{valign}"']
        line = "0.5pt solid #000000"
        if border == "all":
            props.append(f'fo:border="{line}"')
        elif border == "topbottom":
            props.append(f'fo:border-top="{line}" fo:border-bottom="{line}" fo:border-left="none" fo:border-right="none"')
        elif border == "bottom":
            props.append(f'fo:border-bottom="0.35pt solid #999999" fo:border-top="none" fo:border-left="none" fo:border-right="none"')
        elif border == "top":
            props.append(f'fo:border-top="{line}" fo:border-bottom="none" fo:border-left="none" fo:border-right="none"')
        else:
            props.append('fo:border="none"')
        if fill:
            props.append(f'fo:background-color="{fill}"')
        self.auto.append(f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties {" ".join(props)}/></style:style>')
        return name

    def p(self, text="", **style):
        """text may be a str, or a list of str (joined by tab characters)"""
        name = self.pstyle(**style)
        if isinstance(text, list):
            inner = "<text:tab/>".join(_esc(t) for t in text)
        else:
            inner = _esc(text)
        self.body.append(f'<text:p text:style-name="{name}">{inner}</text:p>')

    def table(self, widths_cm, rows, align_right_cols=()):
        """rows: list of rows; a row is a list of cells; a cell is dict(text|lines, style kwargs, border, fill, span)"""
        self._tables += 1
        tname = f"Table{self._tables}"
        total = sum(widths_cm)
        self.auto.append(f'<style:style style:name="{tname}" style:family="table"><style:table-properties style:width="{total}cm" '
                         f'table:align="left" fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>')
        cols = []
        for i, w in enumerate(widths_cm):
            cn = f"{tname}.C{i + 1}"
            self.auto.append(f'<style:style style:name="{cn}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>')
            cols.append(f'<table:table-column table:style-name="{cn}"/>')
        out = [f'<table:table table:name="{tname}" table:style-name="{tname}">'] + cols
        for row in rows:
            out.append("<table:table-row>")
            for cell in row:
                span = cell.get("span", 1)
                cs = self.cstyle(cell.get("border", "all"), cell.get("fill"), cell.get("valign", "middle"))
                base_p = cell.get("p", {})
                lines = cell.get("lines", [cell.get("text", "")])
                paras = ""
                for t in lines:
                    extra = {}
                    if isinstance(t, tuple):  # (text, paragraph style overrides)
                        t, extra = t
                    paras += f'<text:p text:style-name="{self.pstyle(**{**base_p, **extra})}">{_esc(t)}</text:p>'

                sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
                out.append(f'<table:table-cell table:style-name="{cs}"{sp} office:value-type="string">{paras}</table:table-cell>')
                out.extend(["<table:covered-table-cell/>"] * (span - 1))
            out.append("</table:table-row>")
        out.append("</table:table>")
        self.body.append("".join(out))

    def write(self, path, title):
        t, b, l, r = self.margins
        footer_style = ('<style:footer-style><style:header-footer-properties fo:min-height="0.4cm" fo:margin-top="0.3cm"/></style:footer-style>'
                        if self.footer else "<style:footer-style/>")
        footer = ""
        if self.footer:
            fp = self.pstyle(size=7.5, align="center", color="#444444")
            footer = "<style:footer>" + "".join(f'<text:p text:style-name="{fp}">{_esc(x)}</text:p>' for x in self.footer) + "</style:footer>"
        doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{escape(title)}</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="{self.font}" svg:font-family="&apos;{self.font}&apos;" style:font-pitch="variable"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties style:tab-stop-distance="1.25cm"/><style:text-properties style:font-name="{self.font}" fo:font-size="{self.size}pt" fo:language="{self.lang}" fo:country="{self.country}" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="{self.font}" fo:font-size="{self.size}pt"/></style:style>
</office:styles>
<office:automatic-styles>
{chr(10).join(self.auto)}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="{t}cm" fo:margin-bottom="{b}cm" fo:margin-left="{l}cm" fo:margin-right="{r}cm"/><style:header-style/>{footer_style}</style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">{footer}</style:master-page></office:master-styles>
<office:body><office:text>
{chr(10).join(self.body)}
</office:text></office:body></office:document>
'''
        with open(path, "w", encoding="utf-8") as f:
            f.write(doc)


def _esc(t):
    # keep runs of spaces: ODF collapses them unless written as text:s
    out = escape(t)
    return out
