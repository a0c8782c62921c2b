"""Text intake: decode files, blank out HTML markup and page boilerplate, tell the language.

Markup is replaced by spaces (a newline for block-level tags) rather than removed, so the cleaned
text has the same length as the original and offsets need no map at this stage. Saved news pages go
through the standard library's HTML parser, which also drops menus, share links, related headlines,
scripts and styles.
"""
from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from html.parser import HTMLParser

import numpy

from .errors import Errors, InputError, Warnings

_BLOCK_TAGS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 tr td table section article header footer title".split())
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_DROPPED_TAGS = frozenset("script style noscript iframe svg template nav header footer aside form button select".split())
_DROPPED_NAMES = re.compile(r"menu|navbar|\bnav\b|share|social|related|breadcrumb|footer|sidebar|comment|banner|"
                            r"\bads?\b|advert|most-?read|popular|tags", re.I)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_ARABIC_SCRIPT_RUNS = re.compile(_ARABIC_SCRIPT.pattern + "+")
_LATIN = re.compile(r"[A-Za-z]")
_PERSIAN_ONLY_LETTERS = "پچژگی"
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


class _MarkupMap(HTMLParser):
    """Find, with the standard library's HTML parser, the character regions that are not article text:
    tags, comments, entities, and whole elements such as scripts, menus, share links and related
    headlines."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.blank: list[tuple[int, int, bool]] = []
        self.entities: list[tuple[int, int]] = []
        self.dropping: list[list] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _tag_end(self, start: int) -> int:
        end = self.text.find(">", start)
        return len(self.text) if end < 0 else end + 1

    def handle_starttag(self, tag, attrs):
        start = self._offset()
        end = start + len(self.get_starttag_text() or "")
        self.blank.append((start, end, tag in _BLOCK_TAGS))
        if tag in _VOID_TAGS:
            return
        if self.dropping and self.dropping[-1][0] == tag:
            self.dropping[-1][2] += 1
            return
        names = " ".join(v for k, v in attrs if k in ("class", "id", "role") and v)
        if not self.dropping and (tag in _DROPPED_TAGS or (names and _DROPPED_NAMES.search(names))):
            self.dropping.append([tag, start, 1])

    def handle_endtag(self, tag):
        start = self._offset()
        end = self._tag_end(start)
        self.blank.append((start, end, tag in _BLOCK_TAGS))
        if self.dropping and self.dropping[-1][0] == tag:
            self.dropping[-1][2] -= 1
            if self.dropping[-1][2] == 0:
                _, opened, _ = self.dropping.pop()
                self.blank.append((opened, end, True))

    def handle_startendtag(self, tag, attrs):
        start = self._offset()
        self.blank.append((start, start + len(self.get_starttag_text() or ""), tag in _BLOCK_TAGS))

    def _blank_construct(self, data_length: int, opener: str, closer: str) -> None:
        start = self._offset()
        self.blank.append((start, start + len(opener) + data_length + len(closer), False))

    def handle_comment(self, data):
        self._blank_construct(len(data), "<!--", "-->")

    def handle_decl(self, decl):
        self._blank_construct(len(decl), "<!", ">")

    def handle_pi(self, data):
        self._blank_construct(len(data), "<?", ">")

    def unknown_decl(self, data):
        self._blank_construct(len(data), "<![", "]>")

    def handle_entityref(self, name):
        start = self._offset()
        self.entities.append((start, start + len(name) + 2 if self.text.startswith(";", start + len(name) + 1)
                              else start + len(name) + 1))

    def handle_charref(self, name):
        start = self._offset()
        self.entities.append((start, start + len(name) + 3 if self.text.startswith(";", start + len(name) + 2)
                              else start + len(name) + 2))


def _parsed(text: str) -> _MarkupMap:
    """`text` read by the markup parser; broken markup ends the reading, and an element left open is dropped
    to the end of the text."""
    parser = _MarkupMap(text)
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError, IndexError):
        pass
    if parser.dropping:
        parser.blank.append((parser.dropping[0][1], len(text), True))
    return parser


def strip_markup(text: str) -> tuple[str, bool]:
    """Blank out HTML tags, hidden or boilerplate elements and entities, keeping the length.

    >>> strip_markup("")
    ('', False)
    """
    if "<" not in text and "&" not in text:
        return text, False
    parser = _parsed(text)
    size = len(text)
    regions = []  # the characters each change may touch
    for start, end, block in parser.blank:
        if start < 0:
            return _blanked(text, parser), True
        regions.append((start, max(min(end, size), start + 1 if block and start < size else start)))
    for start, end in parser.entities:
        if not 0 <= start < end <= size:
            return _blanked(text, parser), True
        regions.append((start, end))
    regions = [(a, b) for a, b in regions if a < b]
    if not regions:
        return text, False
    merged: list[list[int]] = []  # the regions joined where they overlap or touch
    for a, b in sorted(regions):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    firsts = [a for a, _ in merged]
    pieces = [list(text[a:b]) for a, b in merged]

    def piece(start: int) -> tuple[list[str], int]:
        k = bisect_right(firsts, start) - 1
        return pieces[k], firsts[k]

    for start, end, block in parser.blank:
        if start >= size or end <= start and not block:
            continue
        chars, at = piece(start)
        for i in range(start - at, min(end, size) - at):
            if chars[i] != "\n":
                chars[i] = " "
        if block:
            chars[start - at] = "\n"
    for start, end in parser.entities:
        raw = text[start:end]
        value = html.unescape(raw)
        if len(value) == 1 and value != raw:
            value = " " if value == "\u00a0" else value
            chars, at = piece(start)
            chars[start - at:end - at] = [value] + [" "] * (end - start - 1)
    out, last = [], 0
    for (a, b), chars in zip(merged, pieces):
        out += [text[last:a], "".join(chars)]
        last = b
    out.append(text[last:])
    cleaned = "".join(out)
    return cleaned, cleaned != text


def _blanked(text: str, parser: _MarkupMap) -> str:
    """`strip_markup`'s changes made on a list of every character (what it does when a change reaches
    outside the text; otherwise it changes only the regions its changes touch, the same result)."""
    chars = list(text)
    for start, end, block in parser.blank:
        for i in range(max(start, 0), min(end, len(text))):
            if chars[i] != "\n":
                chars[i] = " "
        if block and start < len(chars):
            chars[start] = "\n"
    for start, end in parser.entities:
        raw = text[start:end]
        value = html.unescape(raw)
        if len(value) == 1 and value != raw:
            value = " " if value == "\u00a0" else value
            chars[start:end] = [value] + [" "] * (end - start - 1)
    return "".join(chars)


def _count(char_class: re.Pattern, text: str) -> int:
    """How many characters of `text` a one-character regex matches (without a list of them).

    For a class most characters belong to, pass its runs (`[...]+`): one match per word rather than one per
    letter, the same count. (A rare class is faster one character at a time.)
    """
    return len(text) - len(char_class.sub("", text))


_OTHER, _ARABIC, _LATIN_UNIT, _CYRILLIC_UNIT, _PERSIAN_ONLY = range(5)
_UNIT_CLASS = numpy.zeros(0x10000, dtype=numpy.uint8)
"""The class of each UTF-16 code unit: Arabic script (the Persian-only letters apart), Latin letter, Cyrillic."""
for _low, _high, _class in ((0x0600, 0x06FF, _ARABIC), (0xFB50, 0xFDFF, _ARABIC), (0xFE70, 0xFEFF, _ARABIC),
                            (0x41, 0x5A, _LATIN_UNIT), (0x61, 0x7A, _LATIN_UNIT), (0x0400, 0x04FF, _CYRILLIC_UNIT)):
    _UNIT_CLASS[_low:_high + 1] = _class
_UNIT_CLASS[[ord(c) for c in _PERSIAN_ONLY_LETTERS]] = _PERSIAN_ONLY  # (all in U+0600-U+06FF)


def _class_counts(text: str) -> list[int]:
    """How many UTF-16 code units of `text` each class of `_UNIT_CLASS` has (one table lookup and one count)."""
    units = numpy.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype="<u2")
    return numpy.bincount(_UNIT_CLASS.take(units), minlength=5).tolist()


def _script_counts(text: str) -> tuple[int, int, int]:
    """(`_count(_ARABIC_SCRIPT_RUNS, text)`, `_count(_LATIN, text)`, `_count(_CYRILLIC, text)`): the characters
    of each script, counted over the UTF-16 code units with numpy (a character outside the BMP becomes two
    surrogates, which lie in none of the ranges; so does a lone surrogate, kept by `surrogatepass`) instead of
    three regex passes, one of them cutting out every word."""
    counts = _class_counts(text)
    return counts[_ARABIC] + counts[_PERSIAN_ONLY], counts[_LATIN_UNIT], counts[_CYRILLIC_UNIT]


def detect_language(text: str) -> str:
    """A coarse script-based guess: 'fa', 'ar', 'en', 'ru', or 'und' when there is too little text.

    >>> detect_language("")
    'und'
    """
    counts = _class_counts(text[:20000])
    persian_letters = counts[_PERSIAN_ONLY]  # (each of `_PERSIAN_ONLY_LETTERS` is one code unit)
    arabic, latin, cyrillic = counts[_ARABIC] + persian_letters, counts[_LATIN_UNIT], counts[_CYRILLIC_UNIT]
    if max(arabic, latin, cyrillic) < 10:
        return "und"
    if arabic >= latin and arabic >= cyrillic:
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
