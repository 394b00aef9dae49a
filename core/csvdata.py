"""Read a person's CSV file into a Dataset, refusing bad files with a message that says
which file, line and column are wrong and what to try.

Numeric feature columns plus one label column (the last by default). Line numbers are
1-based physical lines of the file (blank lines count), columns are 1-based.
"""
import csv
import io
import math
import os

import numpy as np

from .datasets import CLASSIFICATION, REGRESSION, Dataset
from .errors import DataError

MAX_ROWS = 100_000
MAX_FEATURES = 64
MAX_AUTO_CLASSES = 20  # integer labels with more distinct values than this are a regression target
_SEPARATORS = ("\t", ";", ",")


def load_csv(path_or_text_file, kind="auto", label_column=-1, has_header="auto") -> Dataset:
    """Read a CSV from a path or an open file (text or binary) and parse it (see parse_csv)."""
    if hasattr(path_or_text_file, "read"):
        source = str(getattr(path_or_text_file, "name", "<file>"))
        data = path_or_text_file.read()
    else:
        source = os.fspath(path_or_text_file)
        try:
            with open(source, "rb") as f:
                data = f.read()
        except FileNotFoundError:
            raise DataError(f"{source}: no such file; check the path and the file name") from None
        except OSError as e:
            raise DataError(f"{source}: cannot be read ({e.strerror or e}); "
                            "check that it is a file you may read") from None
    return parse_csv(data, kind, label_column, has_header, source=source)


def parse_csv(text, kind="auto", label_column=-1, has_header="auto", source="<text>") -> Dataset:
    """Parse CSV text (str, or bytes that must be UTF-8) into a Dataset."""
    if kind not in ("auto", CLASSIFICATION, REGRESSION):
        raise DataError(f"kind must be 'auto', 'classification' or 'regression'; got {kind!r}")
    if has_header not in ("auto", True, False):
        raise DataError(f"has_header must be 'auto', True or False; got {has_header!r}")
    text = _decode(text, source)

    rows = _read_rows(text, source)
    if not rows:
        raise DataError(f"{source}: the file is empty; it needs rows of numbers separated by "
                        "commas, semicolons or tabs, with the label in one column")
    first_line, first = rows[0]
    ncols = len(first)
    if ncols < 2:
        raise DataError(f"{source}: line {first_line} has only 1 column, so there is no feature "
                        "column besides the label; separate the cells with commas, semicolons or tabs")
    if isinstance(label_column, bool) or not isinstance(label_column, int) \
            or not -ncols <= label_column < ncols:
        raise DataError(f"{source}: label column {label_column!r} does not exist; line {first_line} "
                        f"has {ncols} columns (use 0 to {ncols - 1}, counted from 0, or -1 for the last)")
    label_col = label_column % ncols
    feat_cols = [c for c in range(ncols) if c != label_col]
    if len(feat_cols) > MAX_FEATURES:
        c = feat_cols[MAX_FEATURES]
        raise DataError(f"{source}: line {first_line}, column {c + 1}: {len(feat_cols)} feature "
                        f"columns, at most {MAX_FEATURES} are supported; remove some columns")

    # A header is a first row whose feature cells are not all numbers.
    if has_header == "auto":
        has_header = any(_number(first[c]) is None for c in feat_cols)
    if has_header:
        names = [cell or f"column {c + 1}" for c, cell in enumerate(first)]
        rows = rows[1:]
        if not rows:
            raise DataError(f"{source}: only a header (line {first_line}), no data rows; "
                            "add rows of numbers below it")
    else:
        names = None
    feature_names = tuple(names[c] for c in feat_cols) if names else tuple(
        f"x{i + 1}" for i in range(len(feat_cols)))

    def where(line, c):  # "line 7, column 2 ('x2')"
        head = f" ({names[c]!r})" if names and c < len(names) else ""
        return f"{source}: line {line}, column {c + 1}{head}"

    if len(rows) > MAX_ROWS:
        raise DataError(f"{source}: line {rows[MAX_ROWS][0]}: more than {MAX_ROWS} data rows; "
                        f"use a sample of at most {MAX_ROWS} rows")

    x = np.empty((len(rows), len(feat_cols)), dtype=np.float64)
    labels = []
    for r, (line, cells) in enumerate(rows):
        if len(cells) != ncols:
            c = min(len(cells), ncols)  # the first column that is missing or extra
            raise DataError(f"{where(line, c)}: expected {ncols} cells (like line {first_line}) but "
                            f"found {len(cells)}; every row needs the same number of cells")
        for j, c in enumerate(feat_cols):
            x[r, j] = _finite(cells[c], where(line, c))
        labels.append(cells[label_col])

    y, class_names, kind = _labels(labels, rows, label_col, kind, where)
    return Dataset(x, y, kind, class_names, feature_names, os.path.basename(source) or source)


def _decode(text, source):
    if isinstance(text, (bytes, bytearray)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as e:
            line = text[:e.start].count(b"\n") + 1
            raise DataError(f"{source}: not UTF-8 text (byte 0x{text[e.start]:02x} on line {line}); "
                            "save it again as 'CSV UTF-8'") from None
    if "\x00" in text:  # UTF-16 text or a binary file (a spreadsheet) read as text
        line = text[:text.index("\x00")].count("\n") + 1
        raise DataError(f"{source}: line {line} holds a NUL character, so this is not a CSV text "
                        "file; export it from the spreadsheet as 'CSV UTF-8'")
    return text[1:] if text.startswith("\ufeff") else text  # drop a byte-order mark


def _read_rows(text, source):
    """[(line number, stripped cells)] of the non-blank rows."""
    first = next((ln for ln in io.StringIO(text, newline="") if ln.strip()), "")
    sep = _sniff(first)
    # newline="" lets csv see \r\n and quoted line breaks itself, as the csv docs ask
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    rows = []
    try:
        for cells in reader:
            cells = [c.strip() for c in cells]
            if any(cells):  # blank lines (and rows of empty cells) are skipped
                rows.append((reader.line_num, cells))
                if len(rows) > MAX_ROWS + 1:  # header + limit: enough to refuse, stop reading
                    break
    except csv.Error as e:
        raise DataError(f"{source}: line {reader.line_num + 1}: cannot be read as CSV ({e}); "
                        "check the quotes on that line") from None
    return rows


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
    """float(cell), or None when it is not a number. A decimal comma is accepted."""
    try:
        return float(cell)
    except ValueError:
        if cell.count(",") == 1 and "." not in cell:
            try:
                return float(cell.replace(",", "."))
            except ValueError:
                pass
        return None


def _finite(cell, where):
    if cell == "":
        raise DataError(f"{where}: the cell is empty; fill it in or delete the row")
    v = _number(cell)
    if v is None:
        raise DataError(f"{where}: {cell!r} is not a number; correct it or delete the row")
    if not math.isfinite(v):
        raise DataError(f"{where}: {cell!r} is not a finite number; replace it with a value "
                        "or delete the row")
    return v


def _labels(labels, rows, col, kind, where):
    """(y, class_names, kind) from the raw label cells."""
    values = [_number(s) for s in labels]
    for (line, _), s, v in zip(rows, labels, values):
        if s == "":
            raise DataError(f"{where(line, col)}: the label cell is empty; fill it in or delete the row")
        if v is not None and not math.isfinite(v):
            raise DataError(f"{where(line, col)}: label {s!r} is not a finite number; "
                            "replace it or delete the row")
    numeric = all(v is not None for v in values)
    if kind == "auto":
        whole = numeric and all(v.is_integer() for v in values)
        kind = CLASSIFICATION if not numeric or (whole and len(set(values)) <= MAX_AUTO_CLASSES) \
            else REGRESSION
    if kind == REGRESSION:
        if not numeric:
            r = next(i for i, v in enumerate(values) if v is None)
            raise DataError(f"{where(rows[r][0], col)}: label {labels[r]!r} is not a number, but "
                            "regression needs numeric targets; use kind='classification'")
        return np.array(values, dtype=np.float64), (), REGRESSION

    # Classes sorted (numbers numerically before names alphabetically) so the index of a
    # class does not depend on row order; numbers are keyed by value so "1" and "1.0" agree.
    keys = [(0, v, "") if v is not None else (1, 0.0, s) for s, v in zip(labels, values)]
    classes = sorted(set(keys))
    if len(classes) < 2:
        raise DataError(f"{where(rows[0][0], col)}: every data row (lines {rows[0][0]}-{rows[-1][0]}) "
                        f"has the same label {labels[0]!r}; classification needs at least two "
                        "classes (or use kind='regression')")
    index = {k: i for i, k in enumerate(classes)}
    names = tuple(s if num else (str(int(v)) if v.is_integer() else repr(v))
                  for num, v, s in classes)
    return np.array([index[k] for k in keys], dtype=np.int64), names, CLASSIFICATION
