"""Numbers -> colours for every view. Pure numpy: no Qt, testable without a display.

All functions return uint8 RGBA (or RGB) arrays. A value that is not a finite
number (NaN, +-inf) is painted BAD_RGBA, a loud magenta that no scale
produces, so a broken network can never pass for a neutral grey one.
"""
from __future__ import annotations

import numpy as np

# TensorFlow Playground's diverging weight scale (shared/reference/playground_datasets.md):
# -1 orange, 0 light grey, +1 blue. Orange/blue stays distinct for the common colour-vision deficiencies.
WEIGHT_NEG = (0xF5, 0x93, 0x22)
NEUTRAL = (0xE8, 0xEA, 0xEB)
WEIGHT_POS = (0x08, 0x77, 0xBD)
# Gradients get their own scale (ColorBrewer PRGn ends, colour-blind safe) so a
# backward pass never reads as a forward one.
GRAD_NEG = (0x76, 0x2A, 0x83)  # purple
GRAD_POS = (0x1B, 0x78, 0x37)  # green
BAD_RGBA = (0xFF, 0x00, 0xFF, 0xFF)  # "not a number"

# Okabe & Ito (2008), in their order, black moved last so it is used only when
# eight or more classes need it; two classes use Playground's own pair.
OKABE_ITO = ((0xE6, 0x9F, 0x00), (0x56, 0xB4, 0xE9), (0x00, 0x9E, 0x73), (0xF0, 0xE4, 0x42),
             (0x00, 0x72, 0xB2), (0xD5, 0x5E, 0x00), (0xCC, 0x79, 0xA7), (0x00, 0x00, 0x00))
# Beyond eight: Paul Tol's muted scheme (also colour-blind safe), then repeats.
_TOL_MUTED = ((0x88, 0x22, 0x55), (0x33, 0x22, 0x88), (0x44, 0xAA, 0x99), (0x99, 0x99, 0x33),
              (0x88, 0xCC, 0xEE), (0xDD, 0xCC, 0x77), (0xCC, 0x66, 0x77), (0x11, 0x77, 0x33))


def auto_scale(values):
    """max |v| over the finite values, or 1.0 when there is none (or all are zero)."""
    v = np.asarray(values, dtype=np.float64)
    fin = v[np.isfinite(v)]
    m = float(np.max(np.abs(fin))) if fin.size else 0.0
    return m if m > 0 else 1.0


def _scaled(values, scale):
    """values / scale clamped to [-1, 1], plus the mask of non-finite inputs."""
    v = np.asarray(values, dtype=np.float64)
    s = auto_scale(v) if scale is None else float(scale)
    if not (np.isfinite(s) and s > 0):
        raise ValueError(f"a colour scale must be a positive number, not {scale!r}")
    bad = ~np.isfinite(v)
    with np.errstate(invalid="ignore"):
        t = np.clip(v / s, -1.0, 1.0)
    t[bad] = 0.0
    return t, bad


def _diverging(values, scale, neg, mid, pos):
    t, bad = _scaled(values, scale)
    neg, mid, pos = (np.asarray(c, dtype=np.float64) for c in (neg, mid, pos))
    a = np.abs(t)[..., None]
    end = np.where((t < 0)[..., None], neg, pos)
    rgb = mid + (end - mid) * a  # linear in RGB, as d3's scale in Playground
    out = np.empty(t.shape + (4,), dtype=np.uint8)
    out[..., :3] = np.rint(rgb)
    out[..., 3] = 255
    out[bad] = BAD_RGBA
    return out


def weight_rgba(w, scale=None):
    """Playground's orange <-> grey <-> blue for weights, clamped at +-scale.

    ``w`` of any shape gives shape + (4,) uint8; scale None means max |w| (1 when all zero)."""
    return _diverging(w, scale, WEIGHT_NEG, NEUTRAL, WEIGHT_POS)


def gradient_rgba(g, scale=None):
    """Purple <-> grey <-> green for gradients (a separate scale from the weights)."""
    return _diverging(g, scale, GRAD_NEG, NEUTRAL, GRAD_POS)


def diverging_image(values, scale=None):
    """(R, R) values -> (R, R, 4) uint8 image on the weight scale: regression outputs, neuron maps."""
    v = np.asarray(values)
    if v.ndim != 2:
        raise ValueError(f"diverging_image needs a 2-D array, got shape {v.shape}")
    return weight_rgba(v, scale)


def class_colors(k):
    """k distinct colour-blind-safe class colours, (k, 3) uint8."""
    if k < 0:
        raise ValueError(f"number of classes must be >= 0, got {k}")
    if k == 2:
        return np.array(_TWO_CLASSES or (WEIGHT_NEG, WEIGHT_POS), dtype=np.uint8)
    pal = OKABE_ITO + _TOL_MUTED
    return np.array([pal[i % len(pal)] for i in range(k)], dtype=np.uint8).reshape(k, 3)


def ramp_image(values, rgb, lo=0.0, hi=1.0):
    """(R, R) values in [lo, hi] -> grey -> ``rgb`` image: one class's probability map."""
    v = np.asarray(values, dtype=np.float64)
    bad = ~np.isfinite(v)
    with np.errstate(invalid="ignore"):
        t = np.clip((v - lo) / (hi - lo), 0.0, 1.0)
    t[bad] = 0.0
    mid, end = np.asarray(NEUTRAL, np.float64), np.asarray(rgb, np.float64)[:3]
    out = np.empty(v.shape + (4,), dtype=np.uint8)
    out[..., :3] = np.rint(mid + (end - mid) * t[..., None])
    out[..., 3] = 255
    out[bad] = BAD_RGBA
    return out


def blend_probabilities(probs, class_rgb, discretize=False, fade_uncertain=True):
    """Class probabilities (R, R, k) -> (R, R, 4) uint8 image.

    Without ``fade_uncertain`` each pixel mixes the class colours weighted by
    probability (normalised to sum 1). With it (the default) the hue mixes the
    classes that beat chance (p > 1/k), weighted by how much, and the colour fades
    to the neutral grey as the winner's margin (pmax - 1/k)/(1 - 1/k) shrinks: a
    confident region shows its class colour, a boundary is grey, a region two of
    three classes share is their pale mix - for two classes exactly Playground's
    orange <-> grey <-> blue. k == 1 is a single sigmoid output p = P(class 1),
    treated as the two classes (1 - p, p). ``discretize`` paints the argmax colour.
    A pixel with any non-finite probability is BAD_RGBA.
    """
    p = np.asarray(probs, dtype=np.float64)
    if p.ndim != 3:
        raise ValueError(f"probabilities must be (rows, cols, classes), got shape {p.shape}")
    if p.shape[2] == 1:
        p = np.concatenate([1.0 - p, p], axis=2)
    k = p.shape[2]
    rgb = np.asarray(class_rgb, dtype=np.float64)[:, :3]
    if rgb.shape[0] < k:
        raise ValueError(f"{k} classes but only {rgb.shape[0]} class colours")
    rgb = rgb[:k]
    # (drawn every frame at full speed: the all-finite, all-positive case skips the masks, and sums and
    # maxima over the short class axis go slice by slice; the numbers are the same to the last bit)
    if np.isfinite(p).all():
        bad = None
        p = np.clip(p, 0.0, None)
    else:
        bad = ~np.all(np.isfinite(p), axis=2)
        p = np.where(bad[..., None], 1.0, np.clip(p, 0.0, None))  # placeholders, overwritten below
    total = _sum_classes(p)
    p = p / total if _all_positive(total) else np.where(total > 0, p / np.where(total > 0, total, 1.0), 1.0 / k)
    if discretize:
        mixed = rgb[np.argmax(p, axis=2)]
    elif fade_uncertain and k > 1:
        # hue: the classes that beat chance, by how much; strength: the winner's margin over chance
        excess = np.clip(p - 1.0 / k, 0.0, None)
        total = _sum_classes(excess)
        hue = (excess / (total if _all_positive(total) else np.where(total > 0, total, 1.0))) @ rgb
        c = (_max_classes(p) - 1.0 / k) / (1.0 - 1.0 / k)
        grey = np.asarray(NEUTRAL, np.float64)
        mixed = grey + (hue - grey) * c
    else:
        mixed = p @ rgb
    out = np.empty(p.shape[:2] + (4,), dtype=np.uint8)
    out[..., :3] = np.rint(np.clip(mixed, 0, 255))
    out[..., 3] = 255
    if bad is not None:
        out[bad] = BAD_RGBA
    return out


def _all_positive(a):
    return a.size > 0 and a.min() > 0


def _sum_classes(p):
    """``p.sum(axis=2, keepdims=True)`` with the same result (numpy adds a short axis in order), ~5x
    faster for a few classes: numpy's reduction over a short last axis is slow."""
    if p.shape[2] > 8:
        return p.sum(axis=2, keepdims=True)
    s = p[..., 0].copy()
    for i in range(1, p.shape[2]):
        s += p[..., i]
    return s[..., None]


def _max_classes(p):
    """``p.max(axis=2, keepdims=True)`` for p without NaN, slice by slice (see _sum_classes)."""
    m = p[..., 0].copy()
    for i in range(1, p.shape[2]):
        np.maximum(m, p[..., i], out=m)
    return m[..., None]


def bucketize(w, n_buckets, scale=None):
    """Colour-bucket index per weight: 0 = -scale (orange) .. n_buckets-1 = +scale (blue).

    Values are clamped at +-scale; an odd n_buckets gives zero its own (grey) bucket.
    A non-finite weight gets index ``n_buckets``: the extra "bad" bucket that
    ``bucket_colors`` paints magenta. Returns int64 of w's shape."""
    if n_buckets < 2:
        raise ValueError(f"need at least 2 buckets, got {n_buckets}")
    t, bad = _scaled(w, scale)
    idx = np.rint((t + 1.0) * 0.5 * (n_buckets - 1)).astype(np.int64)
    idx[bad] = n_buckets
    return idx


def bucket_values(n_buckets):
    """The weight (as a fraction of the scale, -1..1) at the centre of each bucket."""
    return np.linspace(-1.0, 1.0, n_buckets)


def bucket_colors(n_buckets, gradient=False):
    """(n_buckets + 1, 4) uint8: each bucket's colour, then the magenta "bad" bucket."""
    f = gradient_rgba if gradient else weight_rgba
    return np.vstack([f(bucket_values(n_buckets), 1.0), np.array([BAD_RGBA], dtype=np.uint8)])


def output_probabilities(out, output):
    """A classifier's raw answer (..., k) -> class probabilities in [0, 1] for drawing.

    softmax/sigmoid outputs already are probabilities; tanh and identity outputs were
    trained on +-1 targets (Playground's convention, see core.session.encode_targets
    for one output; tanh also for several), so they map by (o + 1) / 2. identity with
    several outputs was trained on 0/1 targets and is only clipped. NaN stays NaN."""
    o = np.asarray(out, dtype=np.float64)
    if output == "tanh" or (output == "identity" and o.shape[-1] == 1):
        o = (o + 1.0) * 0.5
    with np.errstate(invalid="ignore"):
        return np.clip(o, 0.0, 1.0)


# ---------------------------------------------------------------- palettes (View > Colours)
# Each palette sets the weight scale (negative, zero, positive) and the class colours.
# "playground" is the default above. "colorblind" is Paul Tol's blue <-> red diverging pair with
# his "bright" qualitative scheme: distinct under deuteranopia, protanopia and tritanopia alike.
# "high_contrast" pushes the weight ends to the darkest safe blue and vermillion (Okabe & Ito) for
# a washed-out projector.
PALETTES = {
    "playground": {"weight_neg": (0xF5, 0x93, 0x22), "neutral": (0xE8, 0xEA, 0xEB), "weight_pos": (0x08, 0x77, 0xBD),
                   "classes": OKABE_ITO, "two_classes": None},
    "colorblind": {"weight_neg": (0xB2, 0x18, 0x2B), "neutral": (0xEE, 0xEE, 0xEE), "weight_pos": (0x21, 0x66, 0xAC),
                   "classes": ((0x44, 0x77, 0xAA), (0xEE, 0x66, 0x77), (0x22, 0x88, 0x33), (0xCC, 0xBB, 0x44),
                               (0x66, 0xCC, 0xEE), (0xAA, 0x33, 0x77), (0xBB, 0xBB, 0xBB), (0x00, 0x00, 0x00)),
                   "two_classes": ((0xEE, 0x66, 0x77), (0x44, 0x77, 0xAA))},
    "high_contrast": {"weight_neg": (0xD5, 0x5E, 0x00), "neutral": (0xF2, 0xF2, 0xF2), "weight_pos": (0x00, 0x3F, 0x8A),
                      "classes": ((0xD5, 0x5E, 0x00), (0x00, 0x72, 0xB2), (0x00, 0x9E, 0x73), (0xE6, 0x9F, 0x00),
                                  (0xCC, 0x79, 0xA7), (0x56, 0xB4, 0xE9), (0xF0, 0xE4, 0x42), (0x00, 0x00, 0x00)),
                      "two_classes": None},
}
_palette = ["playground"]


def palette_name():
    return _palette[0]


def set_palette(name):
    """Make ``name`` (a key of PALETTES) the colours of every view from now on; returns it.

    Views that cache colours (the diagram's edge pens, the data thumbnails) must be redrawn."""
    global WEIGHT_NEG, NEUTRAL, WEIGHT_POS, OKABE_ITO, _TWO_CLASSES
    if name not in PALETTES:
        raise ValueError(f"unknown palette {name!r}; choose one of {', '.join(PALETTES)}")
    p = PALETTES[name]
    WEIGHT_NEG, NEUTRAL, WEIGHT_POS = p["weight_neg"], p["neutral"], p["weight_pos"]
    OKABE_ITO = p["classes"]
    _TWO_CLASSES = p["two_classes"]
    _palette[0] = name
    return name


_TWO_CLASSES = None


# ---------------------------------------------------------------- tints and contrast
REGION_TINT = 0.45   # a region shows this share of its class colour over white (Playground's light regions)


def tint(rgba, strength=REGION_TINT):
    """Colours mixed with white: ``strength`` 1 keeps them, 0 is white. BAD_RGBA pixels stay magenta, so a
    broken network still cannot pass for a pale one. Same shape, uint8."""
    a = np.asarray(rgba)
    out = a.copy()
    bad = bad_pixels(a) if a.shape[-1] == 4 else None
    out[..., :3] = np.rint(255.0 - (255.0 - a[..., :3].astype(np.float64)) * float(strength))
    if bad is not None:
        out[bad] = BAD_RGBA
    return out


def bad_pixels(rgba):
    """(...) bool: which pixels of an (..., 4) image are BAD_RGBA. A uint8 image is compared as one
    32-bit word per pixel (a comparison over the 4 channels costs ~50x more, every frame)."""
    a = np.asarray(rgba)
    if a.dtype == np.uint8 and a.ndim >= 1 and a.shape[-1] == 4 and a.flags.c_contiguous:
        return a.view(np.uint32)[..., 0] == _BAD_WORD
    return np.all(a[..., :4] == np.asarray(BAD_RGBA, np.uint8), axis=-1)


_BAD_WORD = np.array(BAD_RGBA, np.uint8).view(np.uint32)[0]


def relative_luminance(rgb):
    """WCAG 2 relative luminance of sRGB colours (..., 3) in 0-255."""
    c = np.asarray(rgb, dtype=np.float64)[..., :3] / 255.0
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return lin @ np.array([0.2126, 0.7152, 0.0722])


def contrast_ratio(a, b):
    """WCAG 2 contrast ratio (1-21) between colours a and b (0-255 RGB)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    return (np.maximum(la, lb) + 0.05) / (np.minimum(la, lb) + 0.05)


def outline_for(rgb):
    """An outline colour that stands out from ``rgb`` and from the light region tints around it:
    near-black, or white for a colour too dark for black to read on it."""
    return (255, 255, 255) if relative_luminance(rgb) < 0.08 else (0x1A, 0x1A, 0x1A)


def edge_bucket_colors(n_buckets, gradient=False, background=None):
    """Bucket colours for edges drawn on a canvas of colour ``background`` (RGB): the scale's zero is
    the canvas itself, so a near-zero weight fades into it on a dark canvas as on a light one
    (the light default keeps the scale's own grey)."""
    cols = bucket_colors(n_buckets, gradient)
    if background is None or relative_luminance(background) > 0.5:
        return cols
    t = np.abs(bucket_values(n_buckets))[:, None]
    bg = np.asarray(background, dtype=np.float64)[:3]
    mid = np.asarray(NEUTRAL, dtype=np.float64)
    # ends keep their colour; the path from them to zero ends at the canvas instead of the grey
    end = mid + (cols[:n_buckets, :3].astype(np.float64) - mid) / np.where(t > 0, t, 1.0)
    out = cols.copy()
    out[:n_buckets, :3] = np.rint(np.clip(bg + (end - bg) * t, 0, 255))
    return out
