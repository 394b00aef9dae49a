"""The worker's notices are data (Messages of nnviz.model.notices), numbered as the diagram draws (issue 8.3,
11.4); without Qt."""
import subprocess
import sys

import pytest

import core
from core.messages import Message
from nnviz.model import notices
from nnviz.model.controller import Controller
from nnviz.model.messages import layer_names, render_parts, where_parts
from nnviz.worker import commands as C


@pytest.fixture
def ctl():
    c = Controller()
    c.build_initial()
    return c


def test_the_notice_catalogue_is_qt_free():
    code = "import sys; import nnviz.model.notices; print('PySide6' in sys.modules)"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "False"


def test_every_notice_the_controller_sends_is_a_message(ctl):
    for cmd in (C.Reset(), C.SetTrain({"lr": 0.1, "optimizer": "momentum"}), C.SetRegularization("l2", 0.001),
                C.SetRegularization(None, 0.0), C.EditWeight(0, 0, 1, 0.5), C.ToggleFeature("x1^2")):
        ctl.apply(cmd)
        snap = ctl.snapshot()
        assert snap.message and all(isinstance(m, Message) for m in snap.message), (cmd, snap.message)
        assert all(m.id in notices.NOTICES for m in snap.message)


def test_a_live_setting_names_its_settings_by_id(ctl):
    ctl.apply(C.SetTrain({"optimizer": "momentum", "lr": 0.1}))
    (m,) = ctl.message
    assert m.id == "notice.train"
    assert [p.args["name"] for p in m.args["what"]] == [Message("setting.optimizer", {}), Message("setting.lr", {})]
    assert notices.english(m) == "training setting changed live: optimizer momentum, lr 0.1"
    fake_ko = {"notice.train": "학습 설정: {what}", "setting.lr": "학습률", "setting.optimizer": "옵티마이저"}
    assert notices.render(m, lambda ctx, t: fake_ko.get(ctx, t)) == "학습 설정: 옵티마이저 momentum, 학습률 0.1"


def test_text_is_shown_as_it_is_and_an_unknown_id_is_refused():
    assert notices.render("weight W1[0, 1] set to 0.5", lambda ctx, t: "가중치") == "weight W1[0, 1] set to 0.5"
    with pytest.raises(KeyError):
        notices.notice("notice.no_such_thing")


def test_layer_k_in_a_nan_message_is_the_diagrams_column_k():
    net = core.Network.from_spec({"sizes": [2, 3, 3, 2], "activation": "sigmoid"})
    names = layer_names(net)
    assert names[:4] == ["Affine", "Sigmoid", "Affine", "Sigmoid"]
    # engine layer 3 = the second Sigmoid: column 2 of the diagram, not "layer 4"
    text = render_parts(where_parts(3, "Sigmoid", "forward", names=names))
    assert text.startswith("Bad numbers at layer 2 (Sigmoid), forward stage")
    assert render_parts(where_parts(0, "Affine", "backward", kind="grad_norm", names=names)).startswith(
        "Gradient norm breakpoint at layer 1 (Affine)")


def test_a_click_on_the_diagram_says_why_by_id(ctl):
    ctl.apply(C.ChangeUnits(0, 1))
    (m,) = ctl.message
    assert m.id == "notice.rebuilt" and m.args["reason"] == notices.notice("notice.why.units", arrow="2-10-3 → 2-11-3")
    assert notices.english(m) == "network reset because the number of neurons changed (2-10-3 → 2-11-3)"
