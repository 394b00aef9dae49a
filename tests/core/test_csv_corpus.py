"""A corpus of malformed CSV files: each is refused with one DataError naming the file, the line
(and column) and what to try; numbers are ASCII only; line numbers hold for long and multi-line cells."""
import tracemalloc

import pytest

from core.csvdata import MAX_CELL, load_csv
from core.errors import DataError

GOOD = "x1,x2,label\n1,2,a\n3,4,b\n5,6,a\n"

CASES = [
    # (name, file contents, text the message must contain)
    ("underscore_digits", "x1,x2,y\n1,2,0\n1_000,4,1\n", "line 3, column 1 ('x1'): '1_000'"),
    ("underscore_says_why", "x1,x2,y\n1,2,0\n3,4_5,1\n", "without the underscores"),
    ("arabic_indic", "x1,x2,y\n1,2,0\n\u0663,4,1\n", "line 3, column 1"),
    ("arabic_indic_says_why", "x1,x2,y\n1,2,0\n3,\u0664\u0665,1\n", "0-9"),
    ("full_width", "x1,x2,y\n1,2,0\n\uff13,4,1\n", "line 3, column 1"),
    ("full_width_says_why", "x1,x2,y\n1,2,0\n3,\uff14,1\n", "full-width"),
    ("superscript", "x1,x2,y\n1,2,0\n3\u00b2,4,1\n", "line 3, column 1"),
    ("devanagari", "x1,x2,y\n1,2,0\n\u0967,4,1\n", "line 3, column 1"),
    ("thousands_space", "x1,x2,y\n1,2,0\n1 000,4,1\n", "'1 000' is not a number"),
    ("hex", "x1,x2,y\n1,2,0\n0x1F,4,1\n", "'0x1F' is not a number"),
    ("two_points", "x1,x2,y\n1,2,0\n1.2.3,4,1\n", "line 3, column 1"),
    ("nan_cell", "x1,x2,y\n1,2,0\nnan,4,1\n", "not a finite number"),
    ("inf_cell", "x1,x2,y\n1,2,0\n3,-inf,1\n", "line 3, column 2"),
    ("empty_cell", "x1,x2,y\n1,2,0\n,4,1\n", "line 3, column 1 ('x1'): the cell is empty"),
    ("empty_label", "x1,x2,y\n1,2,0\n3,4,\n5,6,1\n", "line 3, column 3"),
    ("ragged_short", "x1,x2,y\n1,2,0\n3,4\n", "line 3, column 3"),
    ("ragged_long", "x1,x2,y\n1,2,0\n3,4,1,9\n", "found 4"),
    ("trailing_comma_one_row", "x1,x2,y\n1,2,0\n3,4,1,\n5,6,0\n", "line 3, column 4"),
    ("trailing_comma_one_row_named", "x1,x2,y\n1,2,0\n3,4,1,\n", "ends with a separator"),
    ("unbalanced_quote", 'x1,x2,y\n1,2,0\n3,"4,1\n5,6,0\n7,8,1\n', "line 3, column 2"),
    ("unbalanced_quote_hint", 'x1,x2,y\n1,2,0\n"3,4,1\n5,6,0\n', "closing quote missing"),
    ("long_field", "x1,x2,y\n1,2,0\n3," + "9" * (MAX_CELL + 5) + ",1\n", "line 3, column 2"),
    ("huge_quoted_field", 'x1,x2,y\n1,2,0\n3,"' + "x" * 200_000 + '",1\n', "line 3, column 2"),
    ("after_multiline_header", 'x1,"x\n2",y\n1,2,0\n3,oops,1\n', "line 4, column 2"),
    ("after_multiline_cell", 'x1,x2,y\n1,2,"a\nb"\n3,4,1\n5,?,1\n', "line 5, column 2"),
    ("multiline_cell_itself", 'x1,x2,y\n1,2,0\n"3\nx",4,1\n5,6,0\n', "line 3, column 1"),
    ("after_blank_lines", "x1,x2,y\n\n\n1,2,0\n\n3,x,1\n", "line 6, column 2"),
    ("crlf_lines", "x1,x2,y\r\n1,2,0\r\n3,x,1\r\n", "line 3, column 2"),
    ("latin1", "x1,x2,y\n1,2,caf\xe9\n".encode("latin-1"), "not UTF-8"),
    ("utf16", "x1,x2,y\n1,2,0\n".encode("utf-16"), "UTF-8"),
    ("nul_byte", b"x1,x2,y\n1,2,0\n3,\x004,1\n", "NUL"),
    ("empty", "", "empty"),
    ("blank_only", "\n \n\t\n", "empty"),
    ("bom_only", "\ufeff", "empty"),
    ("header_only", "x1,x2,y\n", "only a header"),
    ("one_column", "y\n1\n2\n", "only 1 column"),
    ("one_class", "x1,x2,y\n1,2,cat\n3,4,cat\n", "two classes"),
    ("too_many_features", ",".join(f"f{i}" for i in range(70)) + ",y\n" + "1," * 70 + "0\n", "at most 64"),
    ("semicolon_bad", "x1;x2;y\n1;2;0\n3;4,5,6;1\n", "line 3, column 2"),
    ("tab_bad", "x1\tx2\ty\n1\t2\t0\n3\tz\t1\n", "line 3, column 2 ('x2')"),
    ("regression_label_nan", "x1,x2,t\n1,2,0.5\n3,4,0.25\n5,6,nan\n", "line 4, column 3"),
    ("words_in_features", "a,b,y\n1,2,0\n3,four,1\n", "'four' is not a number"),
    ("decimal_comma_two", "x1;x2;y\n1,5;2;0\n1,5,5;2;1\n", "line 3, column 1"),
    ("quoted_number_with_space_inside", 'x1,x2,y\n1,2,0\n"1 2",3,1\n', "line 3, column 1"),
    ("plus_minus_only", "x1,x2,y\n1,2,0\n-,3,1\n", "line 3, column 1"),
]


def test_corpus_is_large_enough():
    assert len(CASES) >= 40 and len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("name, text, wanted", CASES, ids=[c[0] for c in CASES])
def test_malformed_csv_refused(tmp_path, name, text, wanted):
    p = tmp_path / f"{name}.csv"
    p.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    tracemalloc.start()
    try:
        with pytest.raises(DataError) as e:
            load_csv(p)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    msg = str(e.value)
    assert str(p) in msg and wanted in msg, msg
    assert e.value.message.id.startswith("csv."), e.value.message.id
    assert peak < 64 * 2**20


def test_ascii_numbers_in_every_usual_form_are_read():
    ds = load_csv_text("x1,x2,y\n-1.5e3,+2,0\n.5,3.,1\n1E-2,0,0\n7,1e+2,1\n")
    assert ds.x.tolist() == [[-1500.0, 2.0], [0.5, 3.0], [0.01, 0.0], [7.0, 100.0]]
    assert load_csv_text("a;b;y\n1,5;2,25;0\n3;4;1\n").x.tolist() == [[1.5, 2.25], [3.0, 4.0]]


def test_trailing_comma_on_every_row_is_recognised_and_named():
    ds = load_csv_text("x1,x2,label,\n1,2,a,\n3,4,b,\n5,6,a,\n")
    assert ds.x.shape == (3, 2) and ds.class_names == ("a", "b") and ds.feature_names == ("x1", "x2")
    assert len(ds.notes) == 1 and "every row ends with a separator" in str(ds.notes[0])
    assert load_csv_text(GOOD).notes == ()


def test_huge_file_refused_without_reading_it_all(tmp_path):
    from core import csvdata
    p = tmp_path / "big.csv"
    with open(p, "wb") as f:
        f.write(b"x1,x2,y\n")
        f.seek(csvdata.MAX_BYTES + 10)
        f.write(b"\n")
    tracemalloc.start()
    try:
        with pytest.raises(DataError, match="larger than") as e:
            load_csv(p)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "big.csv" in str(e.value) and peak < csvdata.MAX_BYTES + 64 * 2**20


def load_csv_text(text):
    import io
    f = io.BytesIO(text.encode())
    f.name = "t.csv"
    return load_csv(f)


def test_an_unforeseen_failure_is_still_one_data_error(monkeypatch):
    from core import csvdata

    def boom(*a, **k):
        raise MemoryError("simulated")

    monkeypatch.setattr(csvdata, "_read_rows", boom)
    with pytest.raises(DataError, match=r"x\.csv: cannot be read \(MemoryError: simulated\)"):
        csvdata.parse_csv("1,2,0\n", source="x.csv")
