"""How the app looks in front of a class: light or dark (or the OS's), high contrast, a scale for
fonts and controls (100-250 %), and the colour palette of weights and classes.

The views' content (diagram nodes and labels, plot fonts, markers) follows the same scale through
nnviz.appearance.scale (set here, read by the views); the toolbar icons are drawn from the palette
(nnviz.appearance.icons), so they follow the theme.

``Appearance`` holds the choices; ``apply_appearance(app, window, appearance)`` puts them on the
whole application: QPalette, the application font, a style sheet for paddings and icon sizes,
pyqtgraph's plot backgrounds and axes, widgets that set their own pixel font sizes, the diagram's
labels, and the palette of nnviz.colors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QToolBar, QWidget

from nnviz import colors
from nnviz.appearance import icons
from nnviz.appearance import scale as content

THEMES = ("system", "light", "dark")
SCALES = (100, 125, 150, 175, 200, 225, 250)
MIN_SCALE, MAX_SCALE = 100, 250
DEFAULT_PRESENTER_SCALE = 175
_BASE_PROP = "nnviz_base_stylesheet"
_PX = re.compile(r"(font-size\s*:\s*)(\d+(?:\.\d+)?)(px|pt)")
_COLOR = re.compile(r"(?<![-\w])(color\s*:\s*)(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3})\b")


@dataclass(frozen=True)
class Appearance:
    theme: str = "system"          # "system" | "light" | "dark"
    high_contrast: bool = False
    scale: int = 100               # percent, 100-250 (the presenter scale while presenting)
    palette: str = "playground"    # a key of nnviz.colors.PALETTES

    def with_(self, **kw):
        return replace(self, **kw)


def clamp_scale(percent):
    return int(min(MAX_SCALE, max(MIN_SCALE, round(float(percent)))))


def system_is_dark():
    """True when the desktop asks for a dark colour scheme (QStyleHints.colorScheme)."""
    hints = QGuiApplication.styleHints()
    try:
        return hints.colorScheme() == Qt.ColorScheme.Dark
    except AttributeError:  # Qt < 6.5
        return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def is_dark(appearance):
    return appearance.theme == "dark" or (appearance.theme == "system" and system_is_dark())


# ---------------------------------------------------------------- palettes

def _pal(roles):
    p = QPalette()
    for role, c in roles.items():
        col = QColor(c)
        p.setColor(QPalette.ColorGroup.Active, role, col)
        p.setColor(QPalette.ColorGroup.Inactive, role, col)
    return p


def make_palette(dark, high_contrast=False):
    R = QPalette.ColorRole
    if dark and high_contrast:
        roles = {R.Window: "#000000", R.WindowText: "#ffffff", R.Base: "#000000", R.AlternateBase: "#1a1a1a",
                 R.Text: "#ffffff", R.Button: "#000000", R.ButtonText: "#ffffff", R.BrightText: "#ffff00",
                 R.Highlight: "#ffff00", R.HighlightedText: "#000000", R.ToolTipBase: "#000000",
                 R.ToolTipText: "#ffffff", R.Link: "#7fdbff", R.PlaceholderText: "#d0d0d0", R.Mid: "#ffffff",
                 R.Dark: "#ffffff", R.Light: "#ffffff", R.Midlight: "#ffffff", R.Shadow: "#ffffff"}
        disabled = "#a0a0a0"
    elif dark:
        roles = {R.Window: "#26282b", R.WindowText: "#e8e8e8", R.Base: "#1c1d1f", R.AlternateBase: "#2c2e31",
                 R.Text: "#e8e8e8", R.Button: "#32353a", R.ButtonText: "#e8e8e8", R.BrightText: "#ff6b6b",
                 R.Highlight: "#3d8fd6", R.HighlightedText: "#ffffff", R.ToolTipBase: "#32353a",
                 R.ToolTipText: "#e8e8e8", R.Link: "#7ab8f5", R.PlaceholderText: "#9a9a9a", R.Mid: "#45484d",
                 R.Dark: "#151618", R.Light: "#4a4d52", R.Midlight: "#3a3d42", R.Shadow: "#000000"}
        disabled = "#7c7c7c"
    elif high_contrast:
        roles = {R.Window: "#ffffff", R.WindowText: "#000000", R.Base: "#ffffff", R.AlternateBase: "#eeeeee",
                 R.Text: "#000000", R.Button: "#ffffff", R.ButtonText: "#000000", R.BrightText: "#b00000",
                 R.Highlight: "#00308f", R.HighlightedText: "#ffffff", R.ToolTipBase: "#ffffe0",
                 R.ToolTipText: "#000000", R.Link: "#0000c0", R.PlaceholderText: "#404040", R.Mid: "#000000",
                 R.Dark: "#000000", R.Light: "#ffffff", R.Midlight: "#d0d0d0", R.Shadow: "#000000"}
        disabled = "#606060"
    else:
        roles = {R.Window: "#efefef", R.WindowText: "#1e1e1e", R.Base: "#ffffff", R.AlternateBase: "#f5f5f5",
                 R.Text: "#1e1e1e", R.Button: "#efefef", R.ButtonText: "#1e1e1e", R.BrightText: "#ffffff",
                 R.Highlight: "#3072c4", R.HighlightedText: "#ffffff", R.ToolTipBase: "#ffffdc",
                 R.ToolTipText: "#1e1e1e", R.Link: "#1a5fb4", R.PlaceholderText: "#7a7a7a", R.Mid: "#b8b8b8",
                 R.Dark: "#a0a0a0", R.Light: "#ffffff", R.Midlight: "#e3e3e3", R.Shadow: "#767676"}
        disabled = "#9a9a9a"
    p = _pal(roles)
    for role in (R.WindowText, R.Text, R.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    for role in (R.Window, R.Base, R.Button):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(roles[role]))
    return p


def plot_colors(dark, high_contrast=False):
    """(background, axis pen, text) colours for the pyqtgraph plots."""
    if dark:
        return ("#000000", "#ffffff", "#ffffff") if high_contrast else ("#1c1d1f", "#a8a8a8", "#e0e0e0")
    return ("#ffffff", "#000000", "#000000") if high_contrast else ("#ffffff", "#5a5a5a", "#3c3c3c")


# ---------------------------------------------------------------- applying

class _Base:
    """What the application looked like before nnviz changed anything (restored at 100 %)."""
    font = None
    style = None
    point_size = None


def base_font(app):
    if _Base.font is None:
        _Base.font = QFont(app.font())
        ps = _Base.font.pointSizeF()
        _Base.point_size = ps if ps > 0 else 10.0
        cur = app.style()
        _Base.style = cur.base_name if isinstance(cur, icons.NnvizStyle) else cur.objectName()
    return QFont(_Base.font)


def style_sheet(scale, high_contrast, dark):
    """The application style sheet: paddings that grow with the scale, thicker focus frames in high
    contrast. Empty at 100 % without high contrast (the platform's look, untouched)."""
    if scale <= 100 and not high_contrast:
        return ""
    k = scale / 100.0
    pad = max(2, round(3 * k))
    hpad = max(4, round(6 * k))
    parts = [
        f"QPushButton {{ padding: {pad}px {hpad + 2}px; }}",
        f"QToolButton {{ padding: {pad}px; }}",
        f"QComboBox, QSpinBox, QDoubleSpinBox, QLineEdit {{ padding: {max(1, pad - 1)}px {pad}px; }}",
        f"QMenu::item {{ padding: {pad}px {hpad * 3}px {pad}px {hpad * 3}px; }}",
        f"QMenuBar::item {{ padding: {pad}px {hpad}px; }}",
        f"QSlider::handle:horizontal {{ width: {round(14 * k)}px; margin: -{round(4 * k)}px 0; }}",
        f"QSlider::groove:horizontal {{ height: {max(4, round(4 * k))}px; }}",
    ]
    if high_contrast:
        fg = "#ffffff" if dark else "#000000"
        focus = "#ffff00" if dark else "#00308f"
        parts += [
            f"QPushButton, QToolButton, QComboBox, QSpinBox, QDoubleSpinBox, QLineEdit {{ border: 2px solid {fg}; }}",
            f"QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus {{ border: 3px solid {focus}; }}",
            f"QToolTip {{ border: 2px solid {fg}; }}",
        ]
    return "\n".join(parts)


def _text_color(hex_color, dark, high_contrast):
    """A text colour a widget chose for a light background, made readable on the theme's background."""
    c = QColor(hex_color)
    if high_contrast:
        return "#ffffff" if dark else "#000000"
    if dark and c.lightness() < 140:
        h, s_, l_, _a = c.getHsl()
        return QColor.fromHsl(max(h, 0), s_, 255 - l_).name()
    return hex_color


def scale_widget_sheets(root, scale, dark=False, high_contrast=False):
    """Widgets that set their own pixel font sizes in a style sheet ("font-size: 11px") get them scaled;
    the grey text colours they chose for a light background are turned light in a dark theme (sheets
    that paint their own background keep their colours)."""
    k = scale / 100.0
    for w in [root] + root.findChildren(QWidget):
        base = w.property(_BASE_PROP)
        sheet = w.styleSheet()
        if base is None:
            if not sheet or ("font-size" not in sheet and "color" not in sheet):
                continue
            base = sheet
            w.setProperty(_BASE_PROP, base)
        new = _PX.sub(lambda m: f"{m.group(1)}{float(m.group(2)) * k:.4g}{m.group(3)}", base)
        if "background" not in new:
            new = _COLOR.sub(lambda m: m.group(1) + _text_color(m.group(2), dark, high_contrast), new)
        if new != sheet:
            w.setStyleSheet(new)


def scale_fixed_sizes(root, scale):
    """Labels given a fixed size for their widest text (the status bar, the epoch counter) grow with the
    scale, or their text would be clipped."""
    from PySide6.QtWidgets import QLabel
    k = scale / 100.0
    for w in root.findChildren(QLabel):
        base = w.property("nnviz_base_fixed")
        if base is None:
            if w.minimumSize() != w.maximumSize() or w.minimumWidth() == 0:
                continue
            base = (w.minimumWidth(), w.minimumHeight())
            w.setProperty("nnviz_base_fixed", base)
        w.setFixedSize(round(base[0] * k), round(base[1] * k))


def style_plots(root, dark, high_contrast, scale):
    """Background, axes and text of every pyqtgraph plot under ``root``."""
    try:
        import pyqtgraph as pg
    except ImportError:  # pragma: no cover
        return
    bg, axis, text = plot_colors(dark, high_contrast)
    k = scale / 100.0
    tick_font = QFont(QApplication.font())
    tick_font.setPointSizeF(max(7.0, (_Base.point_size or 10.0) * 0.9 * k))
    for pw in root.findChildren(pg.PlotWidget):
        pw.setBackground(bg)
        pi = pw.getPlotItem()
        for name, ax in list(pi.axes.items()):
            item = ax["item"] if isinstance(ax, dict) else ax
            item.setPen(pg.mkPen(axis, width=2 if high_contrast else 1))
            item.setTextPen(pg.mkPen(text))
            item.setTickFont(tick_font)
            style = dict(item.labelStyle or {})
            style["color"] = text
            style["font-size"] = f"{(_Base.point_size or 10.0) * k:.3g}pt"
            item.labelStyle = style
            item._updateLabel()
        if pi.legend is not None:
            pi.legend.setLabelTextColor(text)
            pi.legend.setLabelTextSize(f"{(_Base.point_size or 10.0) * 0.9 * k:.3g}pt")
            pi.legend.setBrush(pg.mkBrush(bg + ("e6" if len(bg) == 7 else "")))


def refresh_palette_dependent(window):
    """Views that cache colours: the diagram's edge pens, the boundary's points and key, the data
    thumbnails."""
    d = getattr(window, "diagram", None)
    if d is not None and hasattr(d, "refresh_colors"):
        d.refresh_colors()
    b = getattr(window, "boundary", None)
    if b is not None and getattr(b, "_snap", None) is not None:
        b.set_snapshot(b._snap)
    dp = getattr(window, "data_panel", None)
    if dp is not None and getattr(dp, "buttons", None):
        try:
            from PySide6.QtGui import QIcon, QPixmap

            from core import datasets as ds_mod
            from nnviz.panels.data_panel import thumbnail
            for name, b in dp.buttons.items():
                ds = ds_mod.make(name, n=240 if name == "spiral" else None)
                b.setIcon(QIcon(QPixmap.fromImage(thumbnail(ds))))
            dp._fill_classes()
        except Exception:  # noqa: BLE001 - a thumbnail is not worth breaking the window over
            pass


# the toolbar actions (window.actions keys) that get a palette-drawn icon
ACTION_ICONS = {"reset": "reset", "play": "play", "step": "step", "step_epoch": "step_epoch",
                "step_back": "step_back", "step_stage": "step_stage", "autoplay_stages": "play"}


def apply_icons(window):
    """Palette-drawn icons on the window's step and play actions (they repaint in any theme)."""
    acts = getattr(window, "actions", None)
    if not isinstance(acts, dict):
        return
    for key, name in ACTION_ICONS.items():
        a = acts.get(key)
        if a is not None:
            if key == "play" and getattr(getattr(window, "last_snapshot", None), "running", False):
                name = "pause"
            a.setIcon(icons.icon(name))


def apply_content_scale(window, appearance, dark, high_contrast):
    """The views' content at the presenter factor, and the diagram's canvas in the theme's colours."""
    k = appearance.scale / 100.0
    content.set_content_scale(k, _Base.point_size)
    for w in [window] + window.findChildren(QWidget):
        if type(w).__module__.startswith("nnviz.views.") and hasattr(w, "set_content_scale"):
            w.set_content_scale(k)
    d = getattr(window, "diagram", None)
    if d is not None and hasattr(d, "set_canvas"):
        bg, _axis, text = plot_colors(dark, high_contrast)
        d.set_canvas(QColor(bg).getRgb()[:3], QColor(text).getRgb()[:3])


def install_style(app, custom):
    """The platform style (or Fusion for nnviz's own palettes) under NnvizStyle, unless already there."""
    want = "fusion" if custom else (_Base.style or "fusion")
    cur = app.style()
    name = cur.base_name if isinstance(cur, icons.NnvizStyle) else cur.objectName()
    if isinstance(cur, icons.NnvizStyle) and name.lower() == want.lower():
        return
    base = QStyleFactory.create(want) or QStyleFactory.create("fusion")
    icons.install_style(app, base)


def relayout_diagram(window):
    """The diagram places its labels for the font in force: lay it out again after a font change."""
    d = getattr(window, "diagram", None)
    if d is None:
        return
    snap = getattr(d, "_snap", None)
    if snap is not None and hasattr(d, "_arch"):
        for c in getattr(d, "_controls", []):
            c.hide()  # the diagram replaces them (deleteLater); gone from view at once
        d._arch = None
        d.set_snapshot(snap)


def _reinherit_fonts(root):
    """Widgets that a style sheet rule once matched can keep that rule's font after the sheet and the
    application font change (Qt does not pass the new font on to them). Those without a font of their
    own (no WA_SetFont) inherit their parent's again."""
    def depth(w):
        d = 0
        while w is not None:
            w, d = w.parentWidget(), d + 1
        return d
    size_bits = 0x2 | 0x4   # QFont's "size resolved" bits: a font that fixes its own size is left alone
    for w in sorted(root.findChildren(QWidget), key=depth):
        p = w.parentWidget()
        if p is None:
            continue
        f, pf = w.font(), p.font()
        if f.pointSizeF() == pf.pointSizeF() and f.family() == pf.family():
            continue
        if not w.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            w.setFont(QFont())
        elif not f.resolveMask() & size_bits and f.pixelSize() <= 0:
            own = QFont()              # keep what the widget chose (bold, italic, a family), inherit the size
            mask = f.resolveMask()
            if mask & 16:
                own.setWeight(f.weight())
            if mask & 32:
                own.setItalic(f.italic())
            if mask & 131072:
                own.setFamily(f.family())
            w.setFont(QFont())
            w.setFont(own)


def _repolish_sheets(root):
    """Widgets with a style sheet of their own (and the widgets under them) keep the palette they had
    when the sheet was set: text stays dark on a dark theme. Setting the sheet again re-polishes them
    with the palette in force."""
    for w in [root] + root.findChildren(QWidget):
        sheet = w.styleSheet()
        if sheet:
            w.setStyleSheet("")
            w.setStyleSheet(sheet)


def apply_appearance(app, window, appearance, old=None):
    """Put ``appearance`` on the application and the window (and everything under it)."""
    dark = is_dark(appearance)
    hc = appearance.high_contrast
    custom = dark or hc or appearance.theme != "system"
    base = base_font(app)
    # With an application style sheet in force Qt does not pass a new application font on to the widgets:
    # take the sheet off, change palette and font, let the change reach every widget, then put it back.
    app.setStyleSheet("")
    install_style(app, custom)
    if custom:
        app.setPalette(make_palette(dark, hc))
    else:
        app.setPalette(app.style().standardPalette())
    f = QFont(base)
    f.setPointSizeF(_Base.point_size * appearance.scale / 100.0)
    if hc:
        f.setWeight(QFont.Weight.Medium)
    app.setFont(f)
    QCoreApplication.sendPostedEvents(None, 0)
    for top in QApplication.topLevelWidgets():
        _reinherit_fonts(top)
        _repolish_sheets(top)
    app.setStyleSheet(style_sheet(appearance.scale, hc, dark))
    if old is None or old.palette != appearance.palette:
        colors.set_palette(appearance.palette)
    if window is not None:
        k = appearance.scale / 100.0
        for tb in window.findChildren(QToolBar):
            base_icon = tb.property("nnviz_base_icon")
            if base_icon is None:
                base_icon = tb.iconSize().width()
                tb.setProperty("nnviz_base_icon", base_icon)
            s = max(8, round(int(base_icon) * k))
            tb.setIconSize(QSize(s, s))
        scale_widget_sheets(window, appearance.scale, dark, hc)
        scale_fixed_sizes(window, appearance.scale)
        style_plots(window, dark, hc, appearance.scale)
        apply_content_scale(window, appearance, dark, hc)
        apply_icons(window)
        if old is None or old.palette != appearance.palette:
            refresh_palette_dependent(window)
        relayout_diagram(window)
    else:
        content.set_content_scale(appearance.scale / 100.0, _Base.point_size)
    return dark
