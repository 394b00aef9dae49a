"""The UI's languages: Qt translation files (assets/i18n/nnviz_<lang>.ts/.qm), English built in.

``set_language("ko")`` installs the Korean translator; Qt then sends a LanguageChange
event to every widget, and each sets its texts again from their sources in its own
``retranslate_ui`` (Qt's convention; the main window's calls its menus', actions' and
panels'), so a language switch keeps the training, the lesson and the layout as they are.
No on-screen text is ever looked up or converted back.

The translator answers by (context, source) from the compiled .qm and, when Python's
lupdate put a string under another context than the one ``tr()`` asks at run time (it
does for ``other.tr(...)`` calls), by the source text alone from the .ts catalogue.
"""
from __future__ import annotations

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

    Returns the language now in force. Widgets get Qt's LanguageChange event and retranslate
    themselves (``retranslate_ui``)."""
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
