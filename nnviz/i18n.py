"""The UI's languages: Qt translation files (assets/i18n/nnviz_<lang>.qm), English built in."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "assets" / "i18n"
LANGUAGES = {"en": "English", "ko": "한국어"}

_installed = []  # keep translators alive: Qt does not own them


def system_language():
    """'ko' on a Korean desktop, else 'en'."""
    name = QLocale.system().name()  # e.g. "ko_KR"
    lang = name.split("_")[0]
    return lang if lang in LANGUAGES else "en"


def qm_path(lang):
    return I18N_DIR / f"nnviz_{lang}.qm"


def set_language(lang, app=None):
    """Install the translator for ``lang`` (replacing any other); 'en' removes them.

    Returns the language now in force. Widgets re-read their strings on the
    LanguageChange event Qt sends to every widget."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; nnviz speaks {', '.join(LANGUAGES)}")
    app = app or QCoreApplication.instance()
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang == "en":
        return "en"
    t = QTranslator()
    if not t.load(str(qm_path(lang))):
        raise FileNotFoundError(f"translation file {qm_path(lang)} is missing; run scripts/update-translations.sh")
    app.installTranslator(t)
    _installed.append(t)
    return lang
