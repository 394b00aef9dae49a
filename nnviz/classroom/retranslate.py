"""Widgets whose texts follow a live language switch (View > Language)."""
from PySide6.QtCore import QEvent


class Retranslates:
    """Mixin (list it before the Qt class): calls ``self._retranslate()`` when Qt announces a new language.

    After the children have had the event, not in changeEvent (before them): a QDialogButtonBox puts its
    standard buttons' own texts back on LanguageChange ("Save" where the dialog says "Export…")."""

    def event(self, ev):
        handled = super().event(ev)
        if ev.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return handled
