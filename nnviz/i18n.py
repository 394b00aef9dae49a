"""The UI's languages: Qt translation files (assets/i18n/nnviz_<lang>.ts/.qm), English built in.

``set_language("ko")`` installs the Korean translator; Qt then sends a LanguageChange
event to every widget. nnviz's own classroom widgets re-read their strings on it;
``retranslate_tree(window, old, new)`` brings the rest of a window (menus, actions,
labels, buttons, combo boxes, tool tips, dock and group titles, plot labels) to the new
language in place, by looking each text up in the translation catalogue - so a
language switch keeps the training, the lesson and the layout as they are.

The translator answers by (context, source) from the compiled .qm and, when Python's
lupdate put a string under another context than the one ``tr()`` asks at run time (it
does for ``other.tr(...)`` calls), by the source text alone from the .ts catalogue.
"""
from __future__ import annotations

import string
import xml.etree.ElementTree as ET

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from nnviz import resources

I18N_DIR = resources.i18n_dir()
LANGUAGES = {"en": "English", "ko": "한국어"}

_installed = []  # the translators installed now
# Every translator made lives as long as the process (one pair per language): a Python QTranslator freed
# after removeTranslator could still be reached by a translate() in flight or a queued LanguageChange;
# the monkey test crashed there (a use after free in Translator.translate) before they were kept.
_made: dict = {}
_current = ["en"]
_catalogs = {}   # lang -> [(context, source, translation)]


def system_language():
    """'ko' on a Korean desktop, else 'en'."""
    name = QLocale.system().name()  # e.g. "ko_KR"
    lang = name.split("_")[0]
    return lang if lang in LANGUAGES else "en"


def qm_path(lang):
    return I18N_DIR / f"nnviz_{lang}.qm"


def ts_path(lang):
    return I18N_DIR / f"nnviz_{lang}.ts"


def current_language():
    return _current[0]


def catalog(lang):
    """[(context, source, translation)] of the finished entries of ``lang``'s .ts file ([] for English)."""
    if lang == "en":
        return []
    if lang not in _catalogs:
        out = []
        p = ts_path(lang)
        if p.is_file():
            root = ET.parse(p).getroot()
            for ctx in root.iter("context"):
                cname = ctx.findtext("name") or ""
                for msg in ctx.iter("message"):
                    src = msg.findtext("source")
                    tr = msg.find("translation")
                    if src is None or tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                        continue
                    if tr.text:
                        out.append((cname, src, tr.text))
        _catalogs[lang] = out
    return _catalogs[lang]


class Translator(QTranslator):
    """A QTranslator over the compiled .qm that falls back to the source text alone, and for the
    engine's messages (whose context is their id, see core.messages) to the id alone: a reworded
    English template keeps its translation until the catalogue is next updated."""

    def __init__(self, lang, parent=None):
        super().__init__(parent)
        self.lang = lang
        self.by_source, self.by_id = {}, {}
        ids = _message_ids()
        for ctx, src, tr in catalog(lang):
            self.by_source.setdefault(src, tr)
            if ctx in ids:
                self.by_id[ctx] = tr
        for msg_id, text in _extra_by_id(lang).items():   # scripts/translations_<lang>_core.py, by id
            self.by_id.setdefault(msg_id, text)
        self.loaded_qm = self.load(str(qm_path(lang)))

    def translate(self, context, source, disambiguation=None, n=-1):
        r = super().translate(context, source, disambiguation, n) if self.loaded_qm else None
        if r:
            return r
        # None is Qt's null string, "not translated here": an empty string would be taken as the
        # translation (Qt's own texts, such as the key names of QKeySequence, would come out blank)
        return self.by_id.get(context) or self.by_source.get(source) or None

    def isEmpty(self):
        return not self.loaded_qm and not self.by_source


def set_language(lang, app=None):
    """Install the translator for ``lang`` (replacing any other); 'en' removes them.

    Returns the language now in force. Widgets get Qt's LanguageChange event;
    ``retranslate_tree`` updates a window that does not rebuild its texts itself."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; nnviz speaks {', '.join(LANGUAGES)}")
    app = app or QCoreApplication.instance()
    if lang != "en" and not (qm_path(lang).is_file() or ts_path(lang).is_file()):
        raise FileNotFoundError(f"translation file {qm_path(lang)} is missing; run scripts/update-translations.sh")
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    _current[0] = lang
    if lang == "en":
        return "en"
    if lang not in _made:
        qt = QTranslator()  # Qt's own texts (file dialogs, OK/Cancel, key names) when Qt ships them
        loaded = qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _made[lang] = ([qt] if loaded else []) + [Translator(lang)]   # ours last: asked first
    for t in _made[lang]:
        app.installTranslator(t)
        _installed.append(t)
    return lang


def tr(context, text):
    """QCoreApplication.translate: for code outside a QObject."""
    return QCoreApplication.translate(context, text)


def qt_tr(context, template):
    """The ``tr(context, template)`` that core.messages.render takes: Qt's translation system."""
    return QCoreApplication.translate(context, template)


def translate(message):
    """A core.messages.Message (or an NNVizError, or a tuple of Messages) in the current language,
    translated by its id; a plain str is shown as it is."""
    from core.messages import Message, render
    m = getattr(message, "message", message) if not isinstance(message, (str, tuple, list)) else message
    if isinstance(m, (tuple, list)):
        return "; ".join(translate(p) for p in m)
    if isinstance(m, Message):
        return render(m, qt_tr)
    return "" if m is None else str(m)


def _message_ids():
    from core.catalogue import CATALOGUE
    from nnviz.classroom.messages import NOTICES
    return set(CATALOGUE) | set(NOTICES)


def _extra_by_id(lang):
    """Translations keyed by message id from scripts/translations_<lang>_core.py when the source tree has
    it (a development checkout; an installed app has them compiled into its .qm)."""
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "scripts" / f"translations_{lang}_core.py"
    if not path.is_file():
        return {}
    import importlib.util
    spec = importlib.util.spec_from_file_location(f"_nnviz_translations_{lang}_core", path)
    mod = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(mod)
    except Exception:   # a broken development file must not stop the app: the .qm still applies
        return {}
    return dict(getattr(mod, "BY_ID", {}))


# ---------------------------------------------------------------- re-translating texts in place

_NUMERIC = frozenset("-+0123456789.,eE%\u2009 ")


def _split(template):
    """(literal parts, placeholder keys) of a str.format template; parts has one more entry than keys.
    '{}' counts 0, 1, ...; '{0}', '{n:.3g}' by name."""
    parts, keys, auto = [""], [], 0
    try:
        pieces = list(string.Formatter().parse(template))
    except ValueError:   # not a format template (a lone brace): all literal
        return [template], []
    for literal, name, _spec, _conv in pieces:
        parts[-1] += literal
        if name is None:
            continue
        name = name.split(".")[0].split("[")[0]
        if name == "":
            keys.append(auto)
            auto += 1
        else:
            keys.append(int(name) if name.isdigit() else name)
        parts.append("")
    return parts, keys


def _fields(template):
    return _split(template)[1]


def _match(parts, text, numeric):
    """The values filling the placeholders between ``parts`` so that they make ``text``, or None: each
    placeholder takes the shortest non-empty text that lets the rest match (what a lazy pattern did)."""
    if not text.startswith(parts[0]) or len(text) < sum(map(len, parts)):
        return None

    def rest(i, pos):
        lit = parts[i]
        if i == len(parts) - 1:   # the last literal closes the text
            end = len(text) - len(lit)
            v = text[pos:end]
            ok = end > pos and text.endswith(lit) and not (numeric and not set(v) <= _NUMERIC)
            return [v] if ok else None
        end = text.find(lit, pos + 1) if lit else pos + 1
        while 0 <= end <= len(text):
            v = text[pos:end]
            if numeric and not set(v) <= _NUMERIC:
                return None   # a longer value would hold the same bad character
            tail = rest(i + 1, end + len(lit))
            if tail is not None:
                return [v] + tail
            end = text.find(lit, end + 1) if lit else end + 1
        return None

    return rest(1, len(parts[0])) if len(parts) > 1 else ([] if text == parts[0] else None)


def _split_suffix(text):
    """("Reset", " (R)") for a text ending in a parenthesised part, else None."""
    if not text.endswith(")"):
        return None
    i = text.rfind("(")
    if i <= 0 or ")" in text[i:-1] or "(" in text[i + 1:]:
        return None
    head = text[:i].rstrip()
    return (head, text[len(head):]) if head else None


class Retranslator:
    """Maps a text shown in one language to the same text in another, formatted texts included
    ("{} steps/s" shown as "200 steps/s" becomes the Korean template filled with "200")."""

    def __init__(self):
        self._langs = set()
        self._entries = {}    # source -> {lang: text}, "en" = the source
        self._exact = {}      # (lang, text) -> {lang: text}
        self._patterns = {}   # lang -> [(parts, numeric only, keys, {lang: text}, length)], longest first

    def _ensure(self, lang):
        if lang == "en" or lang in self._langs:
            return
        self._langs.add(lang)
        for _ctx, src, text in catalog(lang):
            self._entries.setdefault(src, {"en": src}).setdefault(lang, text)
        self._exact, self._patterns = {}, {}
        for texts in self._entries.values():
            fields_en = _fields(texts["en"])
            for lg, t in texts.items():
                self._exact.setdefault((lg, t), texts)
                parts, keys = _split(t)
                if not keys or set(keys) != set(fields_en):
                    continue
                letters = sum(ch.isalpha() for ch in "".join(parts))
                if letters == 0:
                    continue  # "{}" or "{}: {}" would match anything
                # a short literal ("{k}층") only matches numbers in its placeholders
                self._patterns.setdefault(lg, []).append((parts, letters < 3, keys, texts,
                                                           len("".join(parts))))
        for lst in self._patterns.values():
            lst.sort(key=lambda item: -item[4])

    def convert(self, text, old, new):
        """``text`` shown in language ``old``, in language ``new``; None when it is not a known text.
        A known text followed by a shortcut in parentheses ("Reset (R)") keeps the parentheses."""
        if not text or old == new:
            return None
        out = self._convert(text, old, new)
        if out is None:
            split = _split_suffix(text)
            if split:
                head = self._convert(split[0], old, new)
                if head is not None:
                    return head + split[1]
        return out

    def _convert(self, text, old, new):
        self._ensure(old)
        self._ensure(new)
        texts = self._exact.get((old, text))
        if texts is not None:
            return texts.get(new)
        for parts, numeric, keys, texts, _n in self._patterns.get(old, ()):
            got = _match(parts, text, numeric)
            if got is None:
                continue
            target = texts.get(new)
            if target is None:
                return None
            values = dict(zip(keys, got))
            pieces, tkeys = _split(target)
            out = [pieces[0]]
            for k, rest in zip(tkeys, pieces[1:]):
                out.append(values.get(k, ""))
                out.append(rest)
            return "".join(out)
        return None


_retranslator = Retranslator()


def convert_text(text, old, new):
    return _retranslator.convert(text, old, new)


def retranslate_tree(root, old, new):
    """Bring every text under ``root`` (a widget: its children, actions, menus) from language ``old``
    to ``new``. Texts that are not in the catalogue (numbers, names, data) stay. Returns how many
    texts changed."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QDockWidget,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMenu,
        QTabBar,
        QTabWidget,
        QWidget,
    )

    changed = [0]

    def conv(get, set_):
        try:
            t = get()
        except RuntimeError:  # a deleted C++ object
            return
        if not t:
            return
        n = convert_text(t, old, new)
        if n is not None and n != t:
            set_(n)
            changed[0] += 1

    widgets = [root] + root.findChildren(QWidget)
    own = {id(w) for w in widgets if getattr(w, "retranslate_ui", None) is not None}

    def translates_itself(w):
        while w is not None:
            if id(w) in own:
                return True
            w = w.parentWidget()
        return False

    actions = set()
    for w in widgets:
        if own and translates_itself(w):
            continue  # a widget that re-reads its strings on LanguageChange itself (and its children)
        conv(w.toolTip, w.setToolTip)
        conv(w.statusTip, w.setStatusTip)
        conv(w.whatsThis, w.setWhatsThis)
        if w.isWindow() or isinstance(w, QDockWidget):
            conv(w.windowTitle, w.setWindowTitle)
        if isinstance(w, QLabel):
            conv(w.text, w.setText)
        elif isinstance(w, QAbstractButton):
            conv(w.text, w.setText)
        elif isinstance(w, QGroupBox):
            conv(w.title, w.setTitle)
        elif isinstance(w, QLineEdit):
            conv(w.placeholderText, w.setPlaceholderText)
        elif isinstance(w, QMenu):
            conv(w.title, w.setTitle)
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                conv(lambda i=i: w.itemText(i), lambda t, i=i: w.setItemText(i, t))
                from PySide6.QtCore import Qt
                conv(lambda i=i: w.itemData(i, Qt.ItemDataRole.ToolTipRole) or "",
                     lambda t, i=i: w.setItemData(i, t, Qt.ItemDataRole.ToolTipRole))
            if w.isEditable() and w.lineEdit() is not None:
                conv(w.lineEdit().placeholderText, w.lineEdit().setPlaceholderText)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                conv(lambda i=i: w.tabText(i), lambda t, i=i: w.setTabText(i, t))
                conv(lambda i=i: w.tabToolTip(i), lambda t, i=i: w.setTabToolTip(i, t))
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                conv(lambda i=i: w.tabText(i), lambda t, i=i: w.setTabText(i, t))
        for a in QWidget.actions(w):
            actions.add(a)
        if isinstance(w, QMenu):
            actions.add(w.menuAction())
    for a in root.findChildren(QAction):
        actions.add(a)
    for a in actions:
        conv(a.text, a.setText)
        conv(a.iconText, a.setIconText)
        conv(a.toolTip, a.setToolTip)
        conv(a.statusTip, a.setStatusTip)
        m = a.menu()
        if m is not None:
            conv(m.title, m.setTitle)
    _retranslate_plots(root, old, new, changed)
    return changed[0]


def _retranslate_plots(root, old, new, changed):
    """pyqtgraph draws its axis labels and legends itself (no QLabel to find)."""
    try:
        import pyqtgraph as pg
    except ImportError:  # pragma: no cover
        return
    for pw in root.findChildren(pg.PlotWidget):
        for a in getattr(pw.scene(), "contextMenu", []) or []:  # pyqtgraph's own "Export..." entry
            if a.text().rstrip(".…") in ("Export", QCoreApplication.translate("Classroom", "Export…").rstrip(".…")):
                a.setText(QCoreApplication.translate("Classroom", "Export…"))
        pi = pw.getPlotItem()
        for name in ("left", "bottom", "right", "top"):
            ax = pi.getAxis(name) if name in pi.axes else None
            if ax is None:
                continue
            text = getattr(ax, "labelText", "")
            n = convert_text(text, old, new) if text else None
            if n:
                ax.setLabel(n, units=ax.labelUnits or None, unitPrefix=ax.labelUnitPrefix or None)
                changed[0] += 1
        legend = pi.legend
        if legend is not None:
            for _sample, label in legend.items:
                n = convert_text(label.text, old, new)
                if n:
                    label.setText(n)
                    changed[0] += 1
