"""Translations: the ``tr`` helper every user-facing string goes through, and the translator loader.

``pylupdate5`` files a bare ``tr("…")`` call under the ``@default`` context whatever class it sits in,
so :func:`tr` translates in that context: one context for the whole plugin, no surprises when code
moves between classes. Write ``tr("{n} plots").format(n=n)``, never an f-string inside ``tr``
(pylupdate5 only extracts string literals). Counts go through Qt's plural forms:
``tr("%n plot(s)", "", n)`` (a ``numerus`` message in the ``.ts`` files, one form per plural form of
the language).

The ``.ts`` sources live in ``i18n/`` (``make update-translations``); the ``.qm`` files are compiled by
``make translations``. :func:`install_translator` picks ``vantage_<locale>.qm`` by the QGIS
``locale/userLocale`` setting (``pt_BR`` → ``vantage_pt_BR.qm``, then ``vantage_pt.qm``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "@default"
QM_PREFIX = "vantage_"

_installed: Optional[QTranslator] = None


def tr(text: str, disambiguation: Optional[str] = None, n: int = -1) -> str:
    """``text`` in the user's language when a translation is installed, else unchanged.

    With ``n`` (a count), ``text`` is a plural message such as ``"%n plot(s)"``: the translation
    picks the language's plural form and ``%n`` becomes ``n``; untranslated (English), ``(s)`` becomes
    ``s`` unless ``n`` is 1."""
    if n < 0:
        return QCoreApplication.translate(CONTEXT, text, disambiguation)
    translated = QCoreApplication.translate(CONTEXT, text, disambiguation, n)
    return english_plural(text, n) if translated == text.replace("%n", str(n)) else translated


def english_plural(text: str, n: int) -> str:
    """An untranslated plural message: ``%n`` becomes ``n``, ``(s)`` becomes ``s`` unless ``n`` is 1."""
    return text.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


def user_locale() -> str:
    """The QGIS UI locale (``locale/userLocale``), else the system's, e.g. ``fr_FR`` or ``pt``."""
    try:
        from qgis.core import QgsSettings

        value = QgsSettings().value("locale/userLocale", "", type=str)
    except ImportError:  # pragma: no cover - qgis.core is always importable inside QGIS
        value = ""
    return value or QLocale().name()


def qm_candidates(locale: str, folder: Optional[Path] = None) -> list[Path]:
    """The ``.qm`` files to try for ``locale``, most specific first (``pt_BR`` then ``pt``)."""
    if folder is None:
        from .about import i18n_dir

        folder = i18n_dir()
    locale = (locale or "").replace("-", "_")
    names = []
    if locale:
        names.append(locale)
        short = locale.split("_")[0][:2].lower()
        if short and short not in names:
            names.append(short)
    return [Path(folder) / f"{QM_PREFIX}{name}.qm" for name in names]


def load_translator(locale: Optional[str] = None, folder: Optional[Path] = None) -> Optional[QTranslator]:
    """A loaded :class:`QTranslator` for ``locale`` (default: the QGIS locale), or ``None``."""
    for path in qm_candidates(locale if locale is not None else user_locale(), folder):
        if path.exists():
            translator = QTranslator()
            if translator.load(str(path)):
                return translator
    return None


def install_translator(locale: Optional[str] = None, folder: Optional[Path] = None) -> Optional[QTranslator]:
    """Install the plugin's translator once (a second call replaces the first); returns it or ``None``."""
    global _installed
    remove_translator()
    translator = load_translator(locale, folder)
    if translator is not None:
        QCoreApplication.installTranslator(translator)
        _installed = translator
    return translator


def remove_translator() -> None:
    """Uninstall the translator :func:`install_translator` installed, if any (``unload`` calls this)."""
    global _installed
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        _installed = None
