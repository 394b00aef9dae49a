"""CSV loading: good files round-trip; every refusal names the file, line and column."""
import io

import numpy as np
import pytest

from core import csvdata
from core.csvdata import MAX_FEATURES, MAX_ROWS, load_csv, parse_csv
from core.errors import DataError


def write(tmp_path, text, name="data.csv", encoding="utf-8"):
    p = tmp_path / name
    p.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return p


def refusal(tmp_path, text, **kw):
    """Load `text` from a file and return the DataError message (which names the file)."""
    p = write(tmp_path, text)
    with pytest.raises(DataError) as e:
        load_csv(p, **kw)
    msg = str(e.value)
    assert str(p) in msg
    return msg


# ---------------------------------------------------------------- good files

def test_header_and_class_names_round_trip(tmp_path):
    text = "x1,x2,species\n1.5,2,setosa\n3,4,virginica\n\n-1e-3,0,setosa\n7,8,versicolor\n"
    ds = load_csv(write(tmp_path, text, "iris.csv"))
    assert ds.kind == "classification" and ds.name == "iris.csv"
    assert ds.feature_names == ("x1", "x2")
    assert ds.class_names == ("setosa", "versicolor", "virginica")  # sorted, not first-seen
    assert ds.x.dtype == np.float64 and ds.x.tolist() == [[1.5, 2], [3, 4], [-1e-3, 0], [7, 8]]
    assert ds.y.dtype == np.int64 and ds.y.tolist() == [0, 2, 0, 1]
    assert [ds.class_names[i] for i in ds.y] == ["setosa", "virginica", "setosa", "versicolor"]
    # writing it back out and reading again gives the same data set
    back = "\n".join([",".join(ds.feature_names + ("species",))] + [
        f"{a!r},{b!r},{ds.class_names[c]}" for (a, b), c in zip(ds.x.tolist(), ds.y)])
    again = parse_csv(back)
    assert np.array_equal(again.x, ds.x) and np.array_equal(again.y, ds.y)
    assert again.class_names == ds.class_names and again.feature_names == ds.feature_names


def test_numeric_labels_sort_numerically_and_no_header():
    ds = parse_csv("0,0,10\n1,1,2\n2,2,-1\n3,3,2.0\n")
    assert ds.kind == "classification"
    assert ds.class_names == ("-1", "2", "10")  # numerically, and "2" == "2.0"
    assert ds.y.tolist() == [2, 1, 0, 1]
    assert ds.feature_names == ("x1", "x2") and ds.x.shape == (4, 2)


def test_regression_csv(tmp_path):
    ds = load_csv(write(tmp_path, "a,b,target\n1,2,0.5\n3,4,-1.25\n5,6,3\n"))
    assert ds.kind == "regression" and ds.class_names == () and ds.num_classes == 0
    assert ds.y.dtype == np.float64 and ds.y.tolist() == [0.5, -1.25, 3.0]
    # integers with more than 20 distinct values are a target, not classes
    many = parse_csv("".join(f"{i},{i}\n" for i in range(21)))
    assert many.kind == "regression"
    few = parse_csv("".join(f"{i},{i % 20}\n" for i in range(40)))
    assert few.kind == "classification" and few.num_classes == 20
    # kind forces the reading
    assert parse_csv("1,0\n2,1\n", kind="regression").kind == "regression"
    assert parse_csv("1,0.5\n2,1.5\n", kind="classification").class_names == ("0.5", "1.5")


def test_semicolon_tab_quotes_label_column():
    semi = parse_csv("h;w;label\n1,5;2;a\n3;4,25;b\n")  # semicolon files use decimal commas
    assert semi.x.tolist() == [[1.5, 2.0], [3.0, 4.25]] and semi.feature_names == ("h", "w")
    tab = parse_csv("1\t2\t0\n3\t4\t1\n")
    assert tab.x.tolist() == [[1, 2], [3, 4]] and tab.y.tolist() == [0, 1]
    quoted = parse_csv('"width, cm",x2,"kind"\n1,2,"a, b"\n3,4,c\n')
    assert quoted.feature_names == ("width, cm", "x2") and quoted.class_names == ("a, b", "c")
    first = parse_csv("label,x1,x2\nno,1,2\nyes,3,4\n", label_column=0)
    assert first.feature_names == ("x1", "x2") and first.y.tolist() == [0, 1]
    assert first.x.tolist() == [[1, 2], [3, 4]]


def test_bom_crlf_and_file_objects(tmp_path):
    p = write(tmp_path, "\ufeffx1,x2,y\r\n1,2,a\r\n3,4,b\r\n")
    ds = load_csv(p)
    assert ds.feature_names == ("x1", "x2") and ds.class_names == ("a", "b")
    with open(p, "rb") as f:
        assert load_csv(f).x.tolist() == ds.x.tolist()
    with open(p, encoding="utf-8-sig", newline="") as f:
        assert load_csv(f).x.tolist() == ds.x.tolist()
    assert load_csv(io.StringIO("1,2,0\n3,4,1\n")).x.shape == (2, 2)


def test_has_header_override():
    ds = parse_csv("1,2,3\n4,5,0\n6,7,1\n", has_header=True)
    assert ds.feature_names == ("1", "2") and ds.x.shape == (2, 2)
    with pytest.raises(DataError, match=r"line 1, column 1: 'a' is not a number"):
        parse_csv("a,b,c\n1,2,0\n", has_header=False)


# ---------------------------------------------------------------- refusals

def test_non_numeric_feature_cell(tmp_path):
    rows = "x1,x2,y\n" + "1,2,a\n" * 5 + "1,abc,b\n"
    msg = refusal(tmp_path, rows)
    assert "line 7, column 2 ('x2'): 'abc' is not a number" in msg
    # blank lines still count
    msg = refusal(tmp_path, "x1,x2,y\n\n1,2,a\n\n3,x,b\n")
    assert "line 5, column 2 ('x2')" in msg


def test_no_header_message_has_no_name(tmp_path):
    msg = refusal(tmp_path, "1,2,0\n3,4,1\n5,6,oops\n7,?,1\n")
    assert "line 4, column 2: '?' is not a number" in msg


@pytest.mark.parametrize("cell", ["nan", "inf", "-Infinity"])
def test_nan_and_inf_features(tmp_path, cell):
    msg = refusal(tmp_path, f"a,b,y\n1,2,0\n3,{cell},1\n")
    assert "line 3, column 2 ('b')" in msg and "not a finite number" in msg


def test_empty_feature_cell(tmp_path):
    msg = refusal(tmp_path, "a,b,y\n1,2,0\n,4,1\n")
    assert "line 3, column 1 ('a')" in msg and "empty" in msg


def test_nan_regression_label(tmp_path):
    msg = refusal(tmp_path, "a,b,t\n1,2,0.5\n3,4,0.25\n5,6,nan\n")
    assert "line 4, column 3 ('t')" in msg and "finite" in msg


def test_non_numeric_label_when_regression_asked(tmp_path):
    msg = refusal(tmp_path, "a,b,t\n1,2,0.5\n3,4,high\n", kind="regression")
    assert "line 3, column 3 ('t')" in msg and "classification" in msg


@pytest.mark.parametrize("row,found,column", [("1,2", 2, 3), ("1,2,3,4", 4, 4)])
def test_ragged_rows(tmp_path, row, found, column):
    msg = refusal(tmp_path, f"a,b,y\n1,2,0\n\n{row}\n")
    assert f"line 4, column {column}" in msg
    assert "expected 3 cells" in msg and f"found {found}" in msg


@pytest.mark.parametrize("text", ["", "\n\n  \n", "\ufeff"])
def test_empty_file(tmp_path, text):
    assert "empty" in refusal(tmp_path, text)


def test_header_only(tmp_path):
    msg = refusal(tmp_path, "x1,x2,label\n\n")
    assert "only a header" in msg and "line 1" in msg


def test_single_class(tmp_path):
    msg = refusal(tmp_path, "x1,x2,label\n1,2,cat\n\n3,4,cat\n")
    assert "column 3 ('label')" in msg and "lines 2-4" in msg and "two classes" in msg


def test_too_many_rows(tmp_path):
    text = "a,b\n" + "1,0\n2,1\n" * (MAX_ROWS // 2) + "3,1\n"
    msg = refusal(tmp_path, text)
    assert f"line {MAX_ROWS + 2}" in msg and str(MAX_ROWS) in msg
    # exactly the limit is fine
    assert len(load_csv(write(tmp_path, "a,b\n" + "1,0\n2,1\n" * (MAX_ROWS // 2)))) == MAX_ROWS


def test_too_many_features(tmp_path):
    header = ",".join(f"f{i}" for i in range(MAX_FEATURES + 1)) + ",y"
    row = ",".join("1" for _ in range(MAX_FEATURES + 1)) + ",0"
    msg = refusal(tmp_path, f"{header}\n{row}\n{row[:-1]}1\n")
    assert f"line 1, column {MAX_FEATURES + 1}" in msg and str(MAX_FEATURES) in msg
    ok = ",".join("1" for _ in range(MAX_FEATURES)) + ",0\n"
    assert parse_csv(ok + ok[:-2] + "1\n").x.shape == (2, MAX_FEATURES)


def test_no_feature_column(tmp_path):
    msg = refusal(tmp_path, "label\n1\n2\n")
    assert "line 1" in msg and "only 1 column" in msg


def test_label_column_out_of_range(tmp_path):
    assert "label column 5" in refusal(tmp_path, "1,2,0\n3,4,1\n", label_column=5)


def test_not_utf8(tmp_path):
    p = write(tmp_path, "x,y,label\n1,2,caf\xe9\n3,4,b\n", encoding="latin-1")
    with pytest.raises(DataError, match=r"not UTF-8.*line 2") as e:
        load_csv(p)
    assert str(p) in str(e.value)
    utf16 = write(tmp_path, "x,y\n1,0\n2,1\n", "u16.csv", encoding="utf-16")
    with pytest.raises(DataError, match="UTF-8"):
        load_csv(utf16)


def test_missing_file(tmp_path):
    p = tmp_path / "nowhere.csv"
    with pytest.raises(DataError, match="nowhere.csv") as e:
        load_csv(p)
    assert "no such file" in str(e.value)
    with pytest.raises(DataError, match=str(tmp_path.name)):
        load_csv(tmp_path)  # a folder, not a file


def test_bad_options():
    with pytest.raises(DataError, match="kind"):
        parse_csv("1,0\n2,1\n", kind="cluster")
    with pytest.raises(DataError, match="has_header"):
        parse_csv("1,0\n2,1\n", has_header="yes")


def test_limits_are_the_documented_ones():
    assert csvdata.MAX_ROWS == 100_000 and csvdata.MAX_FEATURES == 64
