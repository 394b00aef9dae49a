import numpy as np

import core


def test_decision_grid_matches_the_network_pointwise():
    s = core.Session.from_spec({"network": {"sizes": [4, 5, 3, 3], "activation": ["tanh", "relu"]},
                                "data": {"name": "spiral", "features": ["x1", "x2", "x1*x2", "sin_x2"]}})
    for _ in range(30):
        s.step()
    before = [p.copy() for p in s.network.params]
    g = core.decision_grid(s.network, (-1, 1, -2, 2), 7, s.features)
    assert g["output"].shape == (7, 7, 3)
    assert [h.shape for h in g["hidden"]] == [(7, 7, 5), (7, 7, 3)]
    np.testing.assert_allclose(g["output"].sum(axis=2), 1.0)
    iy, ix = 2, 5
    x, y = g["xs"][ix], g["ys"][iy]
    assert (x, y) == (np.linspace(-1, 1, 7)[5], np.linspace(-2, 2, 7)[2])
    feats = core.features.transform(np.array([[x, y]]), s.features)
    np.testing.assert_allclose(g["output"][iy, ix], s.network.output(feats)[0], atol=1e-12)
    s.network.predict(feats)
    np.testing.assert_allclose(g["hidden"][0][iy, ix], s.network.layers[1].out[0], atol=1e-12)
    np.testing.assert_allclose(g["hidden"][1][iy, ix], s.network.layers[3].out[0], atol=1e-12)
    assert all(np.array_equal(a, b) for a, b in zip(before, s.network.params))
