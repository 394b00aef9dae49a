"""Widgets whose texts follow a live language switch (View > Language)."""
from PySide6.QtCore import QEvent


class Retranslates:
    """Mixin (list it before the Qt class): calls ``self._retranslate()`` when Qt announces a new language."""

    def changeEvent(self, ev):
        if ev.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(ev)
