"""core.spec: one set of defaults, ranges and limits for everything that builds a session."""
import numpy as np
import pytest

import core
from core import datasets as D
from core import spec as S
from core.errors import SpecError


def test_default_spec_is_complete_valid_and_the_only_copy():
    d = S.default_spec()
    assert S.validate_spec(d) == d
    assert d["network"]["sizes"] == [2, 10, 3] and d["network"]["init"] == "book"
    assert d["data"]["name"] == "spiral" and d["train"]["lr"] == 1.0 and d["train"]["batch_size"] == 30
    d["network"]["sizes"].append(4)   # a copy: changing it changes no later default
    assert S.default_spec()["network"]["sizes"] == [2, 10, 3]
    from core import network, session
    assert network.DEFAULT_SPEC is S.NETWORK_DEFAULTS and session.DEFAULT_TRAIN is S.TRAIN_DEFAULTS


@pytest.mark.parametrize("section, key, bad", [
    ("train", "lr", -1), ("train", "lr", float("nan")), ("train", "lr", "0.1"), ("train", "lr", True),
    ("train", "batch_size", 0), ("train", "batch_size", 10**6), ("train", "batch_size", 2.5),
    ("train", "momentum", 1.0), ("train", "beta2", -0.1), ("train", "max_grad", 0), ("train", "eval_every", -1),
    ("network", "reg_rate", -1.0), ("network", "reg_rate", float("inf")), ("network", "seed", -3),
    ("data", "noise", 0.7), ("data", "test_ratio", 0.95), ("data", "classes", 9), ("data", "n", 10**7),
])
def test_every_range_is_enforced_with_the_setting_named(section, key, bad):
    spec = S.default_spec()
    spec[section][key] = bad
    with pytest.raises(SpecError) as e:
        S.validate_spec(spec)
    assert f"{section}.{key}" in str(e.value) and e.value.msg_id == "spec.range"
    assert S.RANGES[f"{section}.{key}"].describe() in str(e.value)


def test_size_limits_refused_before_anything_is_allocated():
    import tracemalloc
    tracemalloc.start()
    with pytest.raises(SpecError, match=f"at most {S.MAX_WIDTH} units") as e:
        core.Session({"network": {"sizes": [2, 100_000_000, 3]}})
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 5 * 2**20 and e.value.msg_id == "spec.too_wide" and "network.sizes[1]" in str(e.value)
    with pytest.raises(SpecError, match="weights and biases") as e:
        core.Network.from_spec({"sizes": [2] + [S.MAX_WIDTH] * 4 + [3]})
    assert e.value.msg_id == "spec.too_many_params" and f"{S.MAX_PARAMS:,}" in str(e.value)
    with pytest.raises(SpecError, match="hidden layers"):
        core.Network.from_spec({"sizes": [2] + [3] * (S.MAX_HIDDEN + 1) + [3]})
    # the limits themselves are allowed
    assert S.param_count([2, S.MAX_WIDTH, 3]) < S.MAX_PARAMS
    core.Network.from_spec({"sizes": [2, S.MAX_WIDTH, 3]})


def test_set_regularization_refuses_a_negative_rate_at_the_call():
    s = core.Session({})
    with pytest.raises(SpecError, match="regularisation rate"):
        s.set_regularization("l2", -1.0)
    assert s.network.reg is None and s.network.reg_rate == 0.0
    core.Session(s.spec)   # a reset (a new session from the spec) still works
    s.set_regularization("l2", 0.01)
    assert s.spec["network"]["reg_rate"] == 0.01


def test_merge_spec_updates_key_by_key_and_drops_weights():
    base = S.default_spec()
    base["network"]["weights"] = [[1]]
    out = S.merge_spec(base, {"train": {"lr": 0.1}, "network": {"sizes": [2, 5, 3]}})
    assert out["train"]["lr"] == 0.1 and out["train"]["batch_size"] == 30
    assert out["network"]["sizes"] == [2, 5, 3] and "weights" not in out["network"]
    assert base["train"]["lr"] == 1.0   # the original is unchanged


def test_regenerate_rule():
    spec = S.default_spec()
    assert S.regenerates_data({"data": {"noise": 0.2}}, spec)
    assert S.regenerates_data({"data": {"name": "xor"}}, spec)
    assert not S.regenerates_data({"data": {"noise": 0.0}}, spec)        # unchanged value
    assert not S.regenerates_data({"data": {"test_ratio": 0.5}}, spec)   # only re-splits
    assert not S.regenerates_data({"data": {"features": ["x1"]}}, spec)
    assert not S.regenerates_data({"data": {"name": "csv", "seed": 3}}, spec)
    assert S.regenerates_data({"data": {"seed": 3}}) and not S.regenerates_data({"train": {"lr": 1}})


def test_fit_spec_to_data():
    spec = S.default_spec()
    out = S.fit_spec_to_data(spec, D.make("reg_plane"))["network"]
    assert out["sizes"][-1] == 1 and out["output"] == "identity" and out["loss"] == "mse"
    two = S.fit_spec_to_data(spec, D.make("circle"))["network"]
    assert two["sizes"] == [2, 10, 2] and two["loss"] == "cross_entropy"


# ---------------------------------------------------------------- defaults that learn (issue 10.6)

def test_initialiser_defaults_follow_the_data():
    assert S.default_init("spiral", "tanh", [2, 4, 3]) == "book"
    assert S.default_init("gate_xor", "sigmoid", [2, 2, 1]) == "book"
    assert S.default_init("xor", "tanh", [2, 4, 2, 1]) == "uniform"        # Playground's own, on its nets
    assert S.default_init("xor", "tanh", [2, 64, 64, 2]) == "xavier"
    assert S.default_init("circle", "relu", [2, 64, 2]) == "he"
    assert core.Session({"data": {"name": "spiral"}}).spec["network"]["init"] == "book"
    assert core.Session({"data": {"name": "circle"}, "network": {"sizes": [2, 4, 2]}}).spec["network"]["init"] \
        == "uniform"
    # a chosen init stays; a default one follows the data set
    chosen = S.merge_spec(S.validate_spec({"network": {"init": "he"}}), {"data": {"name": "xor"}})
    assert chosen["network"]["init"] == "he"
    moved = S.merge_spec(S.default_spec(), {"data": {"name": "xor"}, "network": {"sizes": [2, 4, 2]}})
    assert moved["network"]["init"] == "uniform"
    back = S.merge_spec(moved, {"data": {"name": "spiral"}})
    assert back["network"]["init"] == "book"


@pytest.mark.parametrize("name", ["xor", "circle"])
def test_playground_settings_learn_xor_and_circle(name):
    """Playground's own settings: tanh 4-2, tanh output, squared error, lr 0.03, batch 10, 500 points."""
    s = core.Session({"network": {"sizes": [2, 4, 2, 1], "activation": "tanh", "output": "tanh", "loss": "mse"},
                      "data": {"name": name}, "train": {"lr": 0.03, "batch_size": 10}})
    for _ in range(100):   # 5,000 steps, at most
        s.step_epoch()
        if s.evaluate()[1] > 0.9:
            break
    assert s.evaluate()[1] > 0.9, f"{name} did not learn: accuracy {s.evaluate()[1]:.2f}"


def test_book_init_stalls_where_the_playground_default_learns():
    """Why the default differs by data set: the book's 0.01·N(0, 1) stays at chance on XOR."""
    s = core.Session({"network": {"sizes": [2, 4, 2, 1], "activation": "tanh", "output": "tanh", "loss": "mse",
                                  "init": "book"},
                      "data": {"name": "xor"}, "train": {"lr": 0.03, "batch_size": 10}})
    for _ in range(50):
        s.step_epoch()
    assert s.evaluate()[1] < 0.7
    assert np.all(np.abs(s.network.get_weights()[0][0]) < 0.2)
