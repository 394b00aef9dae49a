"""The window translates engine messages and worker notices by id (Qt's translation system), so
rewording an English template keeps its Korean; no message is parsed back from its text."""
import subprocess
from pathlib import Path

import pytest

import core
from core import catalogue
from nnviz import i18n
from nnviz.classroom import messages

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def korean(qapp):
    i18n.set_language("ko", qapp)
    yield
    i18n.set_language("en", qapp)


def _too_wide():
    try:
        core.Network.from_spec({"sizes": [2, 5000, 3]})
    except core.SpecError as e:
        return e
    raise AssertionError("not refused")


def test_engine_error_in_korean(korean):
    text = i18n.translate(_too_wide())
    assert "유닛 5000개짜리 층" in text and "1024" in text


def test_rewording_an_english_template_keeps_its_korean(korean, monkeypatch):
    monkeypatch.setitem(catalogue.CATALOGUE, "spec.too_wide",
                        "{field}: {n} units in one layer are too many for nnviz (limit {limit})")
    e = _too_wide()
    assert str(e).endswith("(limit 1024)")            # the English is the new wording
    assert "유닛 5000개짜리 층" in i18n.translate(e)   # the Korean is found by id


def test_notices_by_id(korean, monkeypatch):
    n = messages.notice("notice.weight", weight="W1[0, 1]", value="0.5")
    assert messages.translate_message(n) == "가중치 W1[0, 1]을(를) 0.5(으)로 바꿨습니다"
    monkeypatch.setitem(messages.NOTICES, "notice.weight", "the weight {weight} is now {value}")
    assert messages.translate_message(n) == "가중치 W1[0, 1]을(를) 0.5(으)로 바꿨습니다"
    both = (messages.notice("notice.reset"), messages.notice("notice.iteration", it=7))
    assert messages.translate_message(both) == "신경망 초기화: 초기 가중치로 되돌렸습니다; 반복 7"


def test_english_without_a_translator(qapp):
    i18n.set_language("en", qapp)
    assert i18n.translate(_too_wide()) == str(_too_wide())
    assert messages.translate_message(messages.notice("notice.saved", path="x.nnviz")) == "saved x.nnviz"


def test_no_regular_expression_parses_a_message_in_these_modules():
    out = subprocess.run(["grep", "-n", r"re\.\(compile\|match\|sub\|search\|fullmatch\)",
                          str(ROOT / "nnviz" / "i18n.py"), str(ROOT / "nnviz" / "classroom" / "messages.py")],
                         capture_output=True, text=True)
    assert out.stdout == ""
