"""nnviz.colors: pure numpy, so these run without a display."""
import numpy as np
import pytest

from nnviz import colors as C

ORANGE, GREY, BLUE = (0xF5, 0x93, 0x22), (0xE8, 0xEA, 0xEB), (0x08, 0x77, 0xBD)
BAD = tuple(C.BAD_RGBA)


def rgb(a):
    return tuple(int(v) for v in np.asarray(a)[:3])


def test_weight_sign_maps_to_playground_orange_grey_blue():
    out = C.weight_rgba(np.array([-1.0, 0.0, 1.0]), scale=1.0)
    assert out.shape == (3, 4) and out.dtype == np.uint8
    assert [rgb(c) for c in out] == [ORANGE, GREY, BLUE]
    assert np.all(out[:, 3] == 255)


def test_weight_colour_is_linear_between_grey_and_the_end():
    half = C.weight_rgba(np.array([0.5, -0.5]), scale=1.0)
    assert rgb(half[0]) == tuple(int(round((g + b) / 2)) for g, b in zip(GREY, BLUE))
    assert rgb(half[1]) == tuple(int(round((g + o) / 2)) for g, o in zip(GREY, ORANGE))


def test_weights_clamp_at_the_scale():
    out = C.weight_rgba(np.array([-7.0, -1.0, 1.0, 300.0]), scale=1.0)
    assert rgb(out[0]) == rgb(out[1]) == ORANGE
    assert rgb(out[2]) == rgb(out[3]) == BLUE


def test_default_scale_is_max_abs_and_keeps_shape():
    w = np.array([[-2.0, 1.0], [0.0, 2.0]])
    out = C.weight_rgba(w)
    assert out.shape == (2, 2, 4)
    assert rgb(out[0, 0]) == ORANGE and rgb(out[1, 1]) == BLUE
    assert rgb(out[0, 1]) == rgb(C.weight_rgba(np.array([0.5]), 1.0)[0])
    # all zeros: scale 1, everything grey (no division by zero)
    assert all(rgb(c) == GREY for c in C.weight_rgba(np.zeros(3)))


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_non_finite_is_magenta_everywhere(bad):
    w = np.array([0.3, bad, -0.3])
    for f in (C.weight_rgba, C.gradient_rgba):
        out = f(w)
        assert tuple(out[1]) == BAD
        assert tuple(out[0]) != BAD and rgb(out[0]) != GREY  # the scale ignores the bad value
    img = C.diverging_image(np.array([[0.0, bad], [1.0, -1.0]]))
    assert tuple(img[0, 1]) == BAD and rgb(img[0, 0]) == GREY
    assert C.bucketize(w, 17)[1] == 17
    probs = np.full((2, 2, 3), 1 / 3)
    probs[1, 0, 2] = bad
    blended = C.blend_probabilities(probs, C.class_colors(3))
    assert tuple(blended[1, 0]) == BAD and tuple(blended[0, 0]) != BAD
    assert tuple(C.blend_probabilities(probs, C.class_colors(3), discretize=True)[1, 0]) == BAD


def test_bad_colour_is_not_any_scale_colour():
    vals = np.linspace(-1, 1, 201)
    for f in (C.weight_rgba, C.gradient_rgba):
        assert not np.any(np.all(f(vals, 1.0) == np.array(BAD, np.uint8), axis=1))
    assert tuple(C.bucket_colors(17)[-1]) == BAD


def test_gradients_use_their_own_hues_with_the_same_zero():
    w = C.weight_rgba(np.array([-1.0, 0.0, 1.0]), 1.0)
    g = C.gradient_rgba(np.array([-1.0, 0.0, 1.0]), 1.0)
    assert rgb(g[1]) == rgb(w[1]) == GREY
    assert rgb(g[0]) == C.GRAD_NEG and rgb(g[2]) == C.GRAD_POS
    assert rgb(g[0]) != rgb(w[0]) and rgb(g[2]) != rgb(w[2])


def test_class_colours():
    assert [rgb(c) for c in C.class_colors(2)] == [ORANGE, BLUE]  # Playground's pair
    three = C.class_colors(3)
    assert three.shape == (3, 3) and three.dtype == np.uint8
    assert [rgb(c) for c in three] == [(0xE6, 0x9F, 0x00), (0x56, 0xB4, 0xE9), (0x00, 0x9E, 0x73)]  # Okabe-Ito
    for k in (3, 8, 10, 16):
        cc = C.class_colors(k)
        assert len({tuple(c) for c in cc}) == k, f"class colours repeat for k={k}"
        assert BAD[:3] not in {tuple(c) for c in cc}


def test_blend_of_certain_pixels_is_the_class_colour():
    cc = C.class_colors(3)
    probs = np.zeros((1, 3, 3))
    probs[0, [0, 1, 2], [0, 1, 2]] = 1.0
    out = C.blend_probabilities(probs, cc)
    assert out.shape == (1, 3, 4) and out.dtype == np.uint8
    assert [rgb(out[0, j]) for j in range(3)] == [rgb(c) for c in cc]


def test_blend_weights_sum_to_one():
    cc = C.class_colors(3).astype(float)
    p = np.array([0.5, 0.3, 0.2])
    out = C.blend_probabilities(p.reshape(1, 1, 3), cc, fade_uncertain=False)
    assert rgb(out[0, 0]) == tuple(int(v) for v in np.rint(p @ cc))
    # probabilities that do not sum to 1 are normalised first
    out2 = C.blend_probabilities((3 * p).reshape(1, 1, 3), cc, fade_uncertain=False)
    assert rgb(out2[0, 0]) == rgb(out[0, 0])


def test_blend_fades_uncertain_pixels_to_grey():
    cc = C.class_colors(3)
    uniform = C.blend_probabilities(np.full((1, 1, 3), 1 / 3), cc)
    assert rgb(uniform[0, 0]) == GREY
    # two classes: p = 0.75 sits halfway between grey and that class's colour
    two = C.blend_probabilities(np.array([[[0.25, 0.75]]]), C.class_colors(2))
    assert rgb(two[0, 0]) == tuple(int(round((g + b) / 2)) for g, b in zip(GREY, BLUE))


def test_single_sigmoid_output_is_two_classes():
    p = np.array([[[0.9], [0.2]]])
    one = C.blend_probabilities(p, C.class_colors(2))
    two = C.blend_probabilities(np.concatenate([1 - p, p], axis=2), C.class_colors(2))
    assert np.array_equal(one, two)
    assert rgb(one[0, 0])[2] > rgb(one[0, 1])[2]  # p = 0.9 is bluer than p = 0.2


def test_discretize_paints_the_argmax_colour():
    cc = C.class_colors(3)
    probs = np.array([[[0.4, 0.35, 0.25], [0.1, 0.2, 0.7]]])
    out = C.blend_probabilities(probs, cc, discretize=True)
    assert rgb(out[0, 0]) == rgb(cc[0]) and rgb(out[0, 1]) == rgb(cc[2])


def test_diverging_image_needs_2d_and_uses_the_weight_scale():
    v = np.array([[-2.0, 0.0], [2.0, 1.0]])
    img = C.diverging_image(v)
    assert img.shape == (2, 2, 4)
    assert rgb(img[0, 0]) == ORANGE and rgb(img[0, 1]) == GREY and rgb(img[1, 0]) == BLUE
    with pytest.raises(ValueError):
        C.diverging_image(np.zeros(3))


def test_bucketize():
    w = np.array([-5.0, -1.0, -0.01, 0.0, 0.01, 1.0, 5.0])
    b = C.bucketize(w, 17, scale=1.0)
    assert b.dtype.kind == "i"
    assert list(b) == [0, 0, 8, 8, 8, 16, 16]
    assert np.all(np.diff(C.bucketize(np.linspace(-1, 1, 100), 16, 1.0)) >= 0)  # monotone
    assert set(C.bucketize(np.linspace(-1, 1, 1000), 16, 1.0)) == set(range(16))
    cols = C.bucket_colors(17)
    assert cols.shape == (18, 4)
    assert rgb(cols[0]) == ORANGE and rgb(cols[8]) == GREY and rgb(cols[16]) == BLUE


def test_output_probabilities():
    assert np.allclose(C.output_probabilities(np.array([[-1.0], [0.0], [1.0]]), "tanh"), [[0], [0.5], [1]])
    assert np.allclose(C.output_probabilities(np.array([[0.2, 0.8]]), "softmax"), [[0.2, 0.8]])
    assert np.allclose(C.output_probabilities(np.array([[-3.0]]), "identity"), [[0.0]])
    assert np.isnan(C.output_probabilities(np.array([[np.nan]]), "sigmoid")[0, 0])
