"""Text intake: decode files, blank out HTML markup, tell the language.

Markup is replaced by spaces (a newline for block-level tags) rather than removed, so the cleaned
text has the same length as the original and offsets need no map at this stage.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from .errors import Errors, InputError, Warnings

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>|<!--.*?-->", re.S)
_HIDDEN_BLOCK = re.compile(r"<(script|style|noscript|iframe|svg|template)\b.*?</\1\s*>", re.S | re.I)
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")
_BLOCK_TAGS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 tr td table section article header footer title".split())
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN = re.compile(r"[A-Za-z]")
_PERSIAN_ONLY = re.compile(r"[پچژگی]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")


@dataclass
class IntakeResult:
    """The article ready for normalisation: same length as the original text."""

    text: str
    warnings: list[str] = field(default_factory=list)
    language: str = "fa"
    had_markup: bool = False


def decode(data: bytes, path: str = "<bytes>") -> tuple[str, list[str]]:
    """Decode file bytes as UTF-8 (BOM allowed), else Windows-1256; reject binary content."""
    if b"\x00" in data[:8192]:
        raise InputError(Errors.E002.format(path=path, detail="NUL bytes"))
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        raise InputError(Errors.E003.format(path=path, detail=str(utf8_error))) from None
    if not _plausible_arabic_script(text):
        raise InputError(Errors.E003.format(path=path, detail=str(utf8_error)))
    return text, [Warnings.W005]


def _plausible_arabic_script(text: str) -> bool:
    """Does a Windows-1256 decoding read as Persian/Arabic text rather than noise?"""
    letters = len(_ARABIC_LETTER.findall(text))
    plain = sum(1 for ch in text if ch.isspace() or (" " <= ch <= "~"))
    return letters >= 3 and (letters + plain) / max(len(text), 1) >= 0.95


def _blank(match: re.Match, newline: bool = False) -> str:
    span = match.group(0)
    if newline and span:
        return "\n" + re.sub(r"[^\n]", " ", span[1:])
    return re.sub(r"[^\n]", " ", span)


def strip_markup(text: str) -> tuple[str, bool]:
    """Blank out HTML tags, hidden blocks (scripts, styles) and entities, keeping the length.

    >>> strip_markup("")
    ('', False)
    """
    if "<" not in text and "&" not in text:
        return text, False
    cleaned = _HIDDEN_BLOCK.sub(lambda m: _blank(m, newline=True), text)
    cleaned = _TAG.sub(lambda m: _blank(m, newline=(m.group(2) or "").lower() in _BLOCK_TAGS), cleaned)

    def entity(m: re.Match) -> str:
        value = html.unescape(m.group(0))
        if len(value) != 1 or value == m.group(0):
            return m.group(0)
        value = " " if value in "\u00a0" else value
        return value + " " * (len(m.group(0)) - 1)

    cleaned = _ENTITY.sub(entity, cleaned)
    return cleaned, cleaned != text


def detect_language(text: str) -> str:
    """A coarse script-based guess: 'fa', 'ar', 'en', 'ru', or 'und' when there is too little text.

    >>> detect_language("")
    'und'
    """
    sample = text[:20000]
    arabic = len(_ARABIC_SCRIPT.findall(sample))
    latin = len(_LATIN.findall(sample))
    cyrillic = len(_CYRILLIC.findall(sample))
    if max(arabic, latin, cyrillic) < 10:
        return "und"
    if arabic >= latin and arabic >= cyrillic:
        persian_letters = len(_PERSIAN_ONLY.findall(sample))
        return "fa" if persian_letters >= max(2, arabic // 200) else "ar"
    if cyrillic > latin:
        return "ru"
    return "en"


def intake(text: str) -> IntakeResult:
    """Prepare raw article text: blank markup, detect language, collect warnings."""
    cleaned, had_markup = strip_markup(text)
    result = IntakeResult(text=cleaned, had_markup=had_markup)
    if had_markup:
        result.warnings.append(Warnings.W006)
    result.language = detect_language(cleaned)
    if not cleaned.strip():
        result.language = "und"
    elif result.language != "fa":
        result.warnings.append(Warnings.W003.format(language=result.language))
    return result
