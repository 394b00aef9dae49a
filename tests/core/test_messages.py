"""Engine messages are data (an id and its arguments) rendered from one catalogue; every id has Korean."""
import ast
import runpy
import string
from pathlib import Path

import pytest

import core
from core import spec as S
from core.catalogue import CATALOGUE
from core.messages import Message, fields, msg, render, render_all

ROOT = Path(__file__).resolve().parents[2]
BY_ID = runpy.run_path(str(ROOT / "scripts" / "translations_ko_core.py"))["BY_ID"]


def test_every_template_is_marked_with_its_id_as_context():
    tree = ast.parse((ROOT / "core" / "catalogue.py").read_text(encoding="utf-8"))
    marked = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for k, v in zip(node.keys, node.values):
                assert isinstance(v, ast.Call) and v.func.id == "QT_TRANSLATE_NOOP", k.value
                assert v.args[0].value == k.value, f"{k.value}: context {v.args[0].value}"
                marked[k.value] = v.args[1].value
    assert marked == CATALOGUE
    for t in CATALOGUE.values():
        list(string.Formatter().parse(t))   # every template is a valid format string


def test_every_message_id_has_korean_with_the_same_placeholders():
    missing = sorted(set(CATALOGUE) - set(BY_ID))
    assert not missing, f"no Korean in scripts/translations_ko_core.py for {missing}"
    for msg_id, ko in BY_ID.items():
        if msg_id in CATALOGUE:
            assert fields(ko) == fields(CATALOGUE[msg_id]), msg_id
            assert any("\uac00" <= ch <= "\ud7a3" for ch in ko), f"{msg_id} is not Korean: {ko!r}"


def test_errors_carry_an_id_and_arguments_and_render_english_from_them():
    with pytest.raises(core.SpecError) as e:
        core.Session({"network": {"sizes": [2, 10**6, 3]}})
    err = e.value
    assert err.msg_id == "spec.too_wide" and err.msg_args["n"] == 10**6 and err.msg_args["limit"] == S.MAX_WIDTH
    assert str(err) == CATALOGUE["spec.too_wide"].format(**err.msg_args)
    # a translation is applied by id, then the arguments go in
    assert err.text(lambda ctx, t: "[{n}]" if ctx == "spec.too_wide" else t) == "[1000000]"
    # a stale translation asking for an argument the message lacks is not used
    assert err.text(lambda ctx, t: "{nope}") == str(err)


def test_numeric_error_is_structured():
    s = core.Session({})
    s.network.params[2][...] = float("nan")
    with pytest.raises(core.NumericError) as e:
        s.step()
    err = e.value
    assert err.msg_id == "numeric.stopped" and err.iteration == 0 and err.stage in ("forward", "loss", "update")
    what = err.msg_args["what"]
    assert isinstance(what, Message) and what.id == f"numeric.what.{err.stage}"
    assert err.msg_args["where"].id == "numeric.at_iteration" and str(err).startswith("Training stopped at iteration 0:")


def test_nested_messages_and_lists_render_with_the_same_translation():
    m = msg("io.refused", path="a.nnviz", why=msg("io.empty"))
    up = render(m, lambda ctx, t: t.upper() if ctx == "io.empty" else t)
    assert up.startswith("cannot open a.nnviz: THE FILE IS EMPTY")
    assert render_all([msg("bp.iteration", it=3), msg("bp.what.update", name="W")]) == \
        "Iteration 3: the parameter W holds NaN/inf after an update."


def test_unknown_id_refused():
    with pytest.raises(KeyError):
        msg("no.such.id")
    with pytest.raises(KeyError):
        core.SpecError("no.such.id", x=1)


def test_breakpoint_hits_carry_messages():
    from core.breakpoints import Breakpoints, check_session
    s = core.Session({})
    s.step()
    hit = check_session(s, Breakpoints(grad_norm=1e-12))
    assert hit.kind == "grad_norm" and [m.id for m in hit.messages] == ["bp.grad_norm"]
    assert hit.message == render_all(hit.messages)
    assert hit.parts[0][0] == CATALOGUE["bp.grad_norm"]   # the older pairs, for callers not yet switched
