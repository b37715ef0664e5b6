"""Languages: Simplified Chinese first (the source language of every string), English second.

Strings are written in Chinese in ``self.tr()``; English comes from
``resources/translations/hdrectify_en.qm``. Qt's own strings (确定/取消 on standard
buttons, the file chooser) come from Qt's ``qtbase_<lang>.qm``, and what that leaves in English
from ``resources/translations/qtbase_extra_zh_CN.qm``. The choice is kept in QSettings, since
it is needed before any database is open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from hdrectify.domain.errors import InputError
from hdrectify.domain.messages import CONTEXT, MESSAGES
from hdrectify.domain.periods import Period
from hdrectify.domain.wording import Phrase
from hdrectify.paths import TRANSLATIONS

LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
_installed: list[QTranslator] = []


def saved_language() -> str:
    value = QSettings().value("language", DEFAULT_LANGUAGE)
    return value if isinstance(value, str) and value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(language: str) -> None:
    QSettings().setValue("language", language)


def install(language: str) -> list[str]:
    """Load the translators for ``language``; returns the files loaded."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"qtbase_{language}", qt_dir)]
    if language == "zh_CN":  # installed last, asked first: only what Qt's own catalogue leaves in English
        candidates.append(("qtbase_extra_zh_CN", str(TRANSLATIONS)))
    else:
        candidates.append((f"hdrectify_{language}", str(TRANSLATIONS)))
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if language == "zh_CN"
        else QLocale(QLocale.Language.English)
    )
    return loaded


def error_text(error: InputError) -> str:
    """What the window shows for a refusal: its catalogue text in the user's language.

    A value that is itself a label (an obligation, a field's name) is translated in the context
    ``Labels``; names, numbers and dates stay as they are (a text with no translation is left
    unchanged). A value that is a refusal (one measure of a bulk change) is said the same way.
    A refusal not yet given a code shows its sentence as it is.
    """
    template = MESSAGES.get(error.code)
    if template is None:
        return str(error)
    values = {name: _value_text(value) for name, value in error.params.items()}
    return QCoreApplication.translate(CONTEXT, template).format(**values)


def _value_text(value: object) -> object:
    if isinstance(value, InputError):
        return error_text(value)
    if isinstance(value, Period):
        from hdrectify.ui.labels import period_text

        return period_text(value)
    if isinstance(value, Phrase):
        from hdrectify.ui.labels import phrase_text

        return phrase_text(value, _value_text)
    if isinstance(value, str) and value:
        return QCoreApplication.translate("Labels", value)
    return value
