"""Read a person's CSV file into a Dataset, refusing bad files with a message that says
which file, line and column are wrong and what to try.

Numeric feature columns plus one label column (the last by default). Line numbers are
1-based physical lines of the file (blank lines count; a record with a quoted line break
is named by the line it starts on), columns are 1-based. Numbers are ASCII only: digits,
sign, decimal point (or one decimal comma), exponent - Python's float() would also take
``1_000``, Arabic-Indic and full-width digits, which no spreadsheet writes as data.
A separator after the last cell of every row (a trailing comma) is recognised: the empty
column it makes is dropped and ``Dataset.notes`` says so.
"""
import csv
import io
import math
import os

import numpy as np

from .datasets import CLASSIFICATION, REGRESSION, Dataset
from .errors import DataError
from .messages import msg

MAX_ROWS = 100_000
MAX_FEATURES = 64
MAX_AUTO_CLASSES = 20  # integer labels with more distinct values than this are a regression target
MAX_BYTES = 200 * 2**20  # MAX_ROWS rows of MAX_FEATURES long numbers fit well below this
MAX_CELL = 1000        # characters in one cell: no number is longer; csv's own limit is 131072
_SEPARATORS = ("\t", ";", ",")
_NUMBER_CHARS = frozenset("0123456789+-.eE")
_WORDS = ("nan", "inf", "infinity")   # read so they can be refused as "not a finite number"


def load_csv(path_or_text_file, kind="auto", label_column=-1, has_header="auto") -> Dataset:
    """Read a CSV from a path or an open file (text or binary) and parse it (see parse_csv)."""
    if hasattr(path_or_text_file, "read"):
        source = str(getattr(path_or_text_file, "name", "<file>"))
        data = _read_bounded(path_or_text_file)
    else:
        source = os.fspath(path_or_text_file)
        try:
            with open(source, "rb") as f:
                # too big: refused by its size, unread (None)
                data = None if os.fstat(f.fileno()).st_size > MAX_BYTES else _read_bounded(f)
        except FileNotFoundError:
            raise DataError("csv.missing", source=source) from None
        except OSError as e:
            raise DataError("csv.unreadable", source=source, error=str(e.strerror or e)) from None
    if data is None or len(data) > MAX_BYTES:
        raise DataError("csv.too_large", source=source, limit=f"{MAX_BYTES // 2**20} MB", rows=MAX_ROWS)
    return parse_csv(data, kind, label_column, has_header, source=source)


def _read_bounded(f):
    """At most MAX_BYTES + 1 bytes (or characters) of an open file, read in pieces (a read(n) of the
    whole limit would reserve it at once)."""
    parts, n = [], 0
    while n <= MAX_BYTES:
        piece = f.read(1 << 20)
        if not piece:
            break
        parts.append(piece)
        n += len(piece)
    return (parts[0][:0] if parts else b"").join(parts)


def parse_csv(text, kind="auto", label_column=-1, has_header="auto", source="<text>") -> Dataset:
    """Parse CSV text (str, or bytes that must be UTF-8) into a Dataset.

    Every failure is a DataError naming the file: one that the checks below did not foresee
    (a memory error on a huge file, say) too."""
    try:
        return _parse(text, kind, label_column, has_header, source)
    except DataError:
        raise
    except Exception as e:   # noqa: BLE001 - no other exception type leaves the loader
        raise DataError("csv.unexpected", source=source, error=f"{type(e).__name__}: {str(e)[:200]}") from e


def _parse(text, kind, label_column, has_header, source):
    if kind not in ("auto", CLASSIFICATION, REGRESSION):
        raise DataError("csv.bad_kind", value=repr(kind))
    if has_header not in ("auto", True, False):
        raise DataError("csv.bad_has_header", value=repr(has_header))
    text = _decode(text, source)

    rows, sep = _read_rows(text, source)
    if not rows:
        raise DataError("csv.empty", source=source)
    notes = []
    if len(rows[0][1]) > 2 and all(cells[-1] == "" for _, cells in rows):
        # every row ends with a separator: an empty last column that is no label
        rows = [(line, cells[:-1]) for line, cells in rows]
        notes.append(msg("csv.trailing_separator_note", source=source, sep=repr(sep)))
    first_line, first = rows[0]
    ncols = len(first)
    if ncols < 2:
        raise DataError("csv.one_column", source=source, line=first_line)
    if isinstance(label_column, bool) or not isinstance(label_column, int) \
            or not -ncols <= label_column < ncols:
        raise DataError("csv.no_label_column", source=source, value=repr(label_column), line=first_line,
                        n=ncols, last=ncols - 1)
    label_col = label_column % ncols
    feat_cols = [c for c in range(ncols) if c != label_col]
    if len(feat_cols) > MAX_FEATURES:
        raise DataError("csv.too_many_features", source=source, line=first_line, col=feat_cols[MAX_FEATURES] + 1,
                        n=len(feat_cols), limit=MAX_FEATURES)

    # A header is a first row whose feature cells are not all numbers.
    if has_header == "auto":
        has_header = any(_number(first[c]) is None for c in feat_cols)
    if has_header:
        names = [cell or f"column {c + 1}" for c, cell in enumerate(first)]
        rows = rows[1:]
        if not rows:
            raise DataError("csv.header_only", source=source, line=first_line)
    else:
        names = None
    feature_names = tuple(names[c] for c in feat_cols) if names else tuple(
        f"x{i + 1}" for i in range(len(feat_cols)))

    def where(line, c):  # "line 7, column 2 ('x2')"
        head = f" ({names[c]!r})" if names and c < len(names) else ""
        return f"{source}: line {line}, column {c + 1}{head}"

    if len(rows) > MAX_ROWS:
        raise DataError("csv.too_many_rows", source=source, line=rows[MAX_ROWS][0], limit=MAX_ROWS)

    x = np.empty((len(rows), len(feat_cols)), dtype=np.float64)
    labels = []
    for r, (line, cells) in enumerate(rows):
        if len(cells) != ncols:
            c = min(len(cells), ncols)  # the first column that is missing or extra
            if len(cells) == ncols + 1 and cells[-1] == "":
                raise DataError("csv.trailing_separator_row", where=where(line, ncols), sep=repr(sep), n=ncols,
                                first=first_line)
            raise DataError("csv.ragged", where=where(line, c), n=ncols, first=first_line, found=len(cells))
        for j, c in enumerate(feat_cols):
            x[r, j] = _finite(cells[c], where(line, c))
        labels.append(cells[label_col])

    y, class_names, kind = _labels(labels, rows, label_col, kind, where)
    return Dataset(x, y, kind, class_names, feature_names, os.path.basename(source) or source, tuple(notes))


def _decode(text, source):
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as e:
            line = text[:e.start].count(b"\n") + 1
            raise DataError("csv.not_utf8", source=source, byte=f"0x{text[e.start]:02x}", line=line) from None
    if "\x00" in text:  # UTF-16 text or a binary file (a spreadsheet) read as text
        line = text[:text.index("\x00")].count("\n") + 1
        raise DataError("csv.nul", source=source, line=line)
    return text[1:] if text.startswith("\ufeff") else text  # drop a byte-order mark


def _read_rows(text, source):
    """([(line number where the record starts, stripped cells)] of the non-blank rows, separator)."""
    first = next((ln for ln in io.StringIO(text, newline="") if ln.strip()), "")
    sep = _sniff(first)
    # newline="" lets csv see \r\n and quoted line breaks itself, as the csv docs ask
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    rows = []
    start = 1     # the physical line the next record starts on
    last_line = text.count("\n") + (0 if text.endswith("\n") else 1)
    try:
        for cells in reader:
            if any(len(c) > MAX_CELL for c in cells):
                c = next(i for i, v in enumerate(cells) if len(v) > MAX_CELL)
                raise DataError("csv.long_cell", source=source, line=start, col=c + 1, limit=MAX_CELL)
            if reader.line_num > start and reader.line_num >= last_line and any("\n" in c or "\r" in c for c in cells):
                # a quoted cell that runs over line ends to the end of the file: its quote never closed
                c = next(i for i, v in enumerate(cells) if "\n" in v or "\r" in v)
                raise DataError("csv.unclosed_quote", source=source, line=start, col=c + 1)
            cells = [c.strip() for c in cells]
            if any(cells):  # blank lines (and rows of empty cells) are skipped
                rows.append((start, cells))
                if len(rows) > MAX_ROWS + 1:  # header + limit: enough to refuse, stop reading
                    break
            start = reader.line_num + 1
    except csv.Error as e:
        line_text = text.splitlines()[start - 1] if start - 1 < len(text.splitlines()) else ""
        q = line_text.find('"')
        col = line_text[:q].count(sep) + 1 if q >= 0 else 1
        raise DataError("csv.unreadable_quotes", source=source, line=start, col=col, error=str(e)) from None
    return rows, sep


def _sniff(line):
    """The separator of the first line: tab, then semicolon, then comma, outside quotes.

    A tab or semicolon wins over commas, because files with a semicolon separator
    usually write decimal commas ("1,5;2,5").
    """
    outside = line.split('"')[::2]  # the text between quoted parts
    for sep in _SEPARATORS:
        if any(sep in part for part in outside):
            return sep
    return ","


def _number(cell):
    """float(cell) for an ASCII number (a decimal comma accepted), or None when it is not one."""
    if not cell or not cell.isascii() or not (set(cell) <= _NUMBER_CHARS or cell.lstrip("+-").lower() in _WORDS
                                             or (cell.count(",") == 1 and set(cell) <= _NUMBER_CHARS | {","})):
        return None
    try:
        return float(cell.replace(",", ".") if "," in cell and "." not in cell else cell)
    except ValueError:
        return None


def _not_a_number(cell, where):
    """The refusal for a cell that is not an ASCII number, naming why when float() would have taken it."""
    if any(ch.isdigit() for ch in cell) and not cell.isascii():
        return DataError("csv.non_ascii_digits", where=where, cell=repr(cell))
    if "_" in cell:
        try:
            float(cell)
            return DataError("csv.underscore", where=where, cell=repr(cell))
        except ValueError:
            pass
    return DataError("csv.not_a_number", where=where, cell=repr(cell))


def _finite(cell, where):
    if cell == "":
        raise DataError("csv.empty_cell", where=where)
    v = _number(cell)
    if v is None:
        raise _not_a_number(cell, where)
    if not math.isfinite(v):
        raise DataError("csv.not_finite", where=where, cell=repr(cell))
    return v


def _labels(labels, rows, col, kind, where):
    """(y, class_names, kind) from the raw label cells."""
    values = [_number(s) for s in labels]
    for (line, _), s, v in zip(rows, labels, values):
        if s == "":
            raise DataError("csv.empty_label", where=where(line, col))
        if v is not None and not math.isfinite(v):
            raise DataError("csv.label_not_finite", where=where(line, col), cell=repr(s))
    numeric = all(v is not None for v in values)
    if kind == "auto":
        whole = numeric and all(v.is_integer() for v in values)
        kind = CLASSIFICATION if not numeric or (whole and len(set(values)) <= MAX_AUTO_CLASSES) \
            else REGRESSION
    if kind == REGRESSION:
        if not numeric:
            r = next(i for i, v in enumerate(values) if v is None)
            raise DataError("csv.label_not_number", where=where(rows[r][0], col), cell=repr(labels[r]))
        return np.array(values, dtype=np.float64), (), REGRESSION

    # Classes sorted (numbers numerically before names alphabetically) so the index of a
    # class does not depend on row order; numbers are keyed by value so "1" and "1.0" agree.
    keys = [(0, v, "") if v is not None else (1, 0.0, s) for s, v in zip(labels, values)]
    classes = sorted(set(keys))
    if len(classes) < 2:
        raise DataError("csv.one_class", where=where(rows[0][0], col), first=rows[0][0], last=rows[-1][0],
                        label=repr(labels[0]))
    index = {k: i for i, k in enumerate(classes)}
    names = tuple(s if num else (str(int(v)) if v.is_integer() else repr(v))
                  for num, v, s in classes)
    return np.array([index[k] for k in keys], dtype=np.int64), names, CLASSIFICATION
