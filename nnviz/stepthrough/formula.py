"""Typeset formula lines for the inspector (no Qt): one object, two renderings.

A ``Line`` *is* its plain text (a ``str``: Unicode sub- and superscripts, ``a₁⁽¹⁾ = w₁₁⁽¹⁾·x₁ + …``),
so tests, copy and paste and screen readers read it as text; ``line.html`` is the same formula in
Qt's rich-text subset (``<sub>``, ``<sup>``, Σ, a fraction as a two-row table cell with a rule), which
the inspector shows. Pieces are built with ``sym`` (a symbol with sub/superscript) and ``frac``; a
plain ``str`` piece is text, escaped for HTML.
"""
from __future__ import annotations

from html import escape

_SUB = str.maketrans("0123456789()+-−=aeijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₍₎₊₋₋₌ₐₑᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ")
_SUP = str.maketrans("0123456789()+-−=inT", "⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾⁺⁻⁻⁼ⁱⁿᵀ")


def _script(text, table, mark):
    """Unicode sub/superscript when every character has one, else ``_x`` / ``^x`` (still readable)."""
    out = text.translate(table)
    if all(c != o or c in " ,·" for c, o in zip(text, out)):
        return out
    return f"{mark}{text}" if len(text) == 1 else f"{mark}({text})"


class Sym:
    """A symbol with optional subscript and superscript: ``sym("a", "1", "(2)")`` is a₁⁽²⁾."""
    __slots__ = ("base", "sub", "sup")

    def __init__(self, base, sub="", sup=""):
        self.base, self.sub, self.sup = str(base), str(sub), str(sup)

    def plain(self):
        return (self.base + (_script(self.sub, _SUB, "_") if self.sub else "")
                + (_script(self.sup, _SUP, "^") if self.sup else ""))

    def html(self):
        return (f"<i>{escape(self.base)}</i>" if self.base.isalpha() and len(self.base) == 1 else escape(self.base)) + (
            f"<sub>{escape(self.sub)}</sub>" if self.sub else "") + (f"<sup>{escape(self.sup)}</sup>" if self.sup else "")


class Frac:
    """A fraction; shown as numerator over a rule over denominator (plain: ``num / den``)."""
    __slots__ = ("num", "den")

    def __init__(self, num, den):
        self.num, self.den = _pieces(num), _pieces(den)

    def plain(self):
        top, bottom = _plain(self.num), _plain(self.den)
        if " " not in top + bottom:
            return f"{top}/{bottom}"          # dL/da, as the seeds write a derivative
        wrap = lambda t: f"({t})" if " " in t.strip() and not t.startswith("Σ") else t  # noqa: E731
        return f"{wrap(top)} / {wrap(bottom)}"

    def html(self):
        return (f'<table cellspacing="0" cellpadding="0" style="display:inline"><tr>'
                f'<td align="center" style="border-bottom: 1px solid; padding: 0 3px">{_html(self.num)}</td></tr>'
                f'<tr><td align="center" style="padding: 0 3px">{_html(self.den)}</td></tr></table>')


def _pieces(p):
    if isinstance(p, (list, tuple)):
        return list(p)
    return [p]


def _plain(pieces):
    return "".join(p.plain() if hasattr(p, "plain") else str(p) for p in pieces)


def _html(pieces):
    return "".join(p.html() if hasattr(p, "html") and callable(p.html) else escape(str(p)) for p in pieces)


def sym(base, sub="", sup=""):
    return Sym(base, sub, sup)


def frac(num, den):
    return Frac(num, den)


class Line(str):
    """A formula line: equal to its plain text, with ``html`` for display."""
    html: str

    def __new__(cls, *pieces):
        flat = []
        for p in pieces:
            flat.extend(p.pieces if isinstance(p, Line) else [p])
        self = super().__new__(cls, _plain(flat))
        self.pieces = flat
        if any(isinstance(p, Frac) for p in flat):
            self.html = _html_with_fraction(flat)
        else:
            self.html = _html(flat)
        return self


def _html_with_fraction(pieces):
    """Qt's rich text has no inline fractions: the line becomes a one-row table whose cells hold the text
    before, the fraction (a nested two-row table) and the text after, vertically centred."""
    cells, cur = [], []
    for p in pieces:
        if isinstance(p, Frac):
            cells.append(_html(cur))
            cells.append(p.html())
            cur = []
        else:
            cur.append(p)
    cells.append(_html(cur))
    tds = "".join(f'<td valign="middle">{c}</td>' for c in cells if c)
    return f'<table cellspacing="0" cellpadding="0"><tr>{tds}</tr></table>'


def html_of(line):
    """HTML for a line that may be a plain ``str`` (a translated sentence) or a ``Line``."""
    return line.html if isinstance(line, Line) else escape(str(line))


def join(sep, parts):
    """``sep.join(parts)`` keeping the pieces (symbols, fractions) of ``Line`` parts."""
    out = []
    for k, p in enumerate(parts):
        if k:
            out.append(sep)
        out.append(p)
    return Line(*out)
