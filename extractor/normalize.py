"""Normalise Persian text for matching, keeping one map back to the original offsets.

Everything the pipeline matches runs on `NormalizedText.text`; every offset it reports goes through
`NormalizedText.to_original`. This module is the only place that knows how the two relate.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from pathlib import Path
from typing import Mapping

from .rule_loader import NormalizationRules, load_normalization

_WORD = re.compile(r"\w+")
CHUNK_CACHE_MAX = 200_000
"""chunks whose touched words a Normalizer keeps (see `Normalizer._touch_present`)"""
_NOTHING: frozenset[str] = frozenset()


PAIRED_QUOTES = re.compile(r'"([^"\n]+)"')
"""Straight double quotes paired within a paragraph (`در دیدار "سرژ سرکیسیان" وزیر دفاع ارمنستان`): read as the
guillemets Persian writes, around a name or a quotation (one character for one, so offsets stay)."""


def _is_word(ch: str) -> bool:
    """`\\w` for one character (what `re` tests: alphanumeric or the underscore)."""
    return ch.isalnum() or ch == "_"


class NormalizedText:
    """A normalised string with, for each of its characters, the original span it came from.

    Characters inserted by normalisation (a space that splits a fused compound) have an empty span
    at the position where they were inserted.

    The map is `starts` and `ends` (one entry per character), or, as `Normalizer.normalize` builds it,
    segments: runs of characters copied unchanged, each shifted by one offset, and the few rewritten
    words with their own entries. Building two lists of a million ints for a 1 MB article took longer
    than all the lookups made in them; `starts` and `ends` are built from the segments when read.
    """

    __slots__ = ("text", "original", "_starts", "_ends", "_positions", "_segments")

    def __init__(self, text: str, original: str, starts: list[int] | None = None, ends: list[int] | None = None,
                 segments: tuple[list[int], list] | None = None):
        """Either `starts` and `ends`, or `segments`: the text positions where segments begin, and for each
        the shift of a copied run (`original position = position + shift`) or its (starts, ends) lists."""
        self.text, self.original = text, original
        self._starts, self._ends = starts, ends
        self._positions, self._segments = segments if segments is not None else (None, None)
        if starts is None and segments is None:
            raise TypeError("NormalizedText needs starts and ends, or segments")

    def __repr__(self) -> str:
        return f"NormalizedText({self.text!r}, {self.original!r})"

    def __eq__(self, other) -> bool:
        if not isinstance(other, NormalizedText):
            return NotImplemented
        return (self.text, self.original, self.starts, self.ends) == \
            (other.text, other.original, other.starts, other.ends)

    __hash__ = None  # type: ignore[assignment]

    @property
    def starts(self) -> list[int]:
        """For each character of `text`, where its span in `original` starts."""
        if self._starts is None:
            self._materialise()
        return self._starts

    @property
    def ends(self) -> list[int]:
        """For each character of `text`, where its span in `original` ends."""
        if self._ends is None:
            self._materialise()
        return self._ends

    def _materialise(self) -> None:
        starts: list[int] = []
        ends: list[int] = []
        positions, segments = self._positions, self._segments
        bounds = positions[1:] + [len(self.text)]
        for at, upto, segment in zip(positions, bounds, segments):
            if segment.__class__ is int:
                starts.extend(range(at + segment, upto + segment))
                ends.extend(range(at + segment + 1, upto + segment + 1))
            else:
                starts.extend(segment[0])
                ends.extend(segment[1])
        self._starts, self._ends = starts, ends

    def _start(self, i: int) -> int:
        if self._positions is None:
            return self._starts[i]
        k = bisect_right(self._positions, i) - 1
        segment = self._segments[k]
        return i + segment if segment.__class__ is int else segment[0][i - self._positions[k]]

    def _end(self, i: int) -> int:
        if self._positions is None:
            return self._ends[i]
        k = bisect_right(self._positions, i) - 1
        segment = self._segments[k]
        return i + segment + 1 if segment.__class__ is int else segment[1][i - self._positions[k]]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the span of the original it came from.

        >>> n = NormalizedText("", "", [], [])
        >>> n.to_original(0, 0)
        (0, 0)
        >>> n = NormalizedText("a bc", "abc", segments=([0, 1, 2], [0, ([1], [1]), -1]))
        >>> n.starts, n.ends, n.to_original(2, 4), n.to_original(1, 2), n.to_original(4, 4)
        ([0, 1, 1, 2], [1, 1, 2, 3], (1, 3), (1, 1), (3, 3))
        """
        size = len(self._starts) if self._starts is not None else len(self.text)
        if start >= end:
            pos = self._start(start) if start < size else len(self.original)
            return pos, pos
        orig_start = self._start(start)
        orig_end = max(self._end(end - 1), orig_start)
        return orig_start, orig_end


class Normalizer:
    """Apply the orthography rules of `normalization.yaml` plus a lexicon of fused compounds.

    `compound_splits` maps a word whose inner space or ZWNJ was dropped (`ستادکل`) to its spaced form
    (`ستاد کل`); the knowledge base derives it from its multi-word patterns.
    """

    def __init__(self, rules: NormalizationRules, compound_splits: Mapping[str, str] | None = None):
        self.rules = rules
        table: dict[int, str | None] = {}
        for source, target in rules.char_map:
            for src_char, dst_char in zip(source, target):
                table[ord(src_char)] = dst_char
        self._delete = frozenset(rules.delete_chars)
        self._table = table
        self._changed = {chr(k): v for k, v in table.items() if v != chr(k)}
        """the characters `_table` changes, and what to (`_translate`)"""
        self._changed_re = re.compile("[" + re.escape("".join(sorted(self._changed))) + "]") if self._changed else None
        self._changed_items = sorted(self._changed.items())
        self._replace_in_turn = all(len(target) == 1 for target in self._changed.values()) \
            and not set(self._changed.values()) & set(self._changed)
        """No character is changed into one that is changed itself: replacing each in turn (`str.replace`, a
        C loop, and only the ones the text holds) gives what one pass does, without a Python call per match."""
        self._delete_re = re.compile("[" + re.escape("".join(sorted(self._delete))) + "]") if self._delete else None
        self._word_rewrites = dict(rules.word_rewrites)
        self._splits = dict(compound_splits or {})
        self._single_char_deletes = all(len(ch) == 1 for ch in self._delete)
        self._touch = frozenset(w for w in list(self._word_rewrites) + list(self._splits)
                                if not any(c in w for c in " \n\t"))
        """words `_replacement` may change; any other word without white space stays as it is"""
        phrases = sorted((self.char_level(src) for src, _ in rules.phrase_rewrites), key=len, reverse=True)
        self._phrase_targets = {self.char_level(src): self.char_level(dst) for src, dst in rules.phrase_rewrites}
        alternatives = [r"(?<!\w)" + re.escape(p).replace(r"\ ", r"\s+") + r"(?!\w)" for p in phrases]
        self._scan = re.compile("|".join(alternatives + [r"\w+"]))
        self._phrase_scan = None
        """the phrase alternatives alone, when every phrase opens with a word character (see `_changes`)"""
        if phrases and all(p and _is_word(p[0]) for p in phrases):
            firsts = "".join(sorted({re.escape(p[0]) for p in phrases}))
            self._phrase_scan = re.compile("(?=[" + firsts + r"])(?<!\w)(?:" + "|".join(
                re.escape(p).replace(r"\ ", r"\s+") + r"(?!\w)" for p in phrases) + ")")
        self._fast_scan = not phrases or self._phrase_scan is not None
        self._touch_words = frozenset(w for w in self._touch if all(_is_word(c) for c in w))
        """the words of `_touch` a run of word characters can be"""
        self._touch_in_chunk: dict[str, frozenset[str]] = {}
        """a whitespace-delimited chunk → the words of `_touch_words` among its runs of word characters"""

    @classmethod
    def from_path(cls, path: str | Path, compound_splits: Mapping[str, str] | None = None) -> "Normalizer":
        """Build a normaliser from a `normalization.yaml` file."""
        return cls(load_normalization(Path(path)), compound_splits)

    def with_splits(self, compound_splits: Mapping[str, str]) -> "Normalizer":
        """Return a normaliser that also splits the given fused compounds."""
        return Normalizer(self.rules, compound_splits)

    def char_level(self, text: str) -> str:
        """Apply only the one-character rules (letters, digits, spaces, deletions).

        >>> Normalizer(NormalizationRules([], [], [], [])).char_level("")
        ''
        """
        text = self._translate(text)
        if self._delete_re is not None:
            text = self._delete_re.sub("", text)
        return text

    def _translate(self, text: str) -> str:
        """`text.translate(self._table)`, touching only the characters the table changes.

        `str.translate` looks every character up in the table (building an int for each one outside
        Latin-1), ~150 ns a character; an article has a few dozen characters to change in a thousand.
        Each entry maps one character to one character, so replacing the matches of a class of the changed
        characters gives the same string.
        """
        if self._changed_re is None:
            return text
        if self._replace_in_turn:
            for char, target in self._changed_items:
                if char in text:
                    text = text.replace(char, target)
            return text
        changed = self._changed
        return self._changed_re.sub(lambda m: changed[m.group()], text)

    def normalize_pattern(self, text: str) -> str:
        """Normalise a rule pattern exactly as article text is normalised, collapsing spaces."""
        return " ".join(self.normalize(text).text.split())

    def normalize(self, text: str) -> NormalizedText:
        """Normalise `text`, returning the new string and its map to `text`.

        >>> Normalizer(NormalizationRules([], [], [], [])).normalize("").text
        ''
        """
        translated = self._translate(text)
        if '"' in translated:
            translated = PAIRED_QUOTES.sub(r"«\1»", translated)
        delete_re = self._delete_re
        deleted: list[int] = []
        if delete_re is not None and delete_re.search(translated):
            if self._single_char_deletes:
                deleted = [m.start() for m in delete_re.finditer(translated)]
                stage1 = delete_re.sub("", translated)
            else:
                deleted = [i for i, ch in enumerate(translated) if ch in self._delete]
                stage1 = "".join(ch for ch in translated if ch not in self._delete)
        else:
            stage1 = translated
        # stage-1 position p → original position p + shift: runs between deleted characters, each with its shift
        run_starts = [0] + [d + 1 - k for k, d in enumerate(deleted, 1)] if deleted else None
        out: list[str] = []
        positions: list[int] = []
        segments: list = []
        size = 0  # characters of `out` so far

        def back(p: int) -> int:
            return p + bisect_right(run_starts, p) - 1  # the shift of run k is k

        def plain(x: int, y: int) -> None:
            """Characters x..y of stage 1, copied unchanged: one segment per run of stage 1 they cross."""
            nonlocal size
            out.append(stage1[x:y])
            if run_starts is None:
                positions.append(size)
                segments.append(x - size)
            else:
                p = x
                while p < y:
                    k = bisect_right(run_starts, p) - 1
                    stop = min(run_starts[k + 1], y) if k + 1 < len(run_starts) else y
                    positions.append(size + p - x)
                    segments.append(x - size + k)
                    p = stop
            size += y - x

        last = 0
        replacement_of = self._replacement
        for a, b, word in self._changes(stage1):
            replacement = replacement_of(word)
            if replacement is None:
                continue
            if a > last:
                plain(last, a)
            span_starts: list[int] = []
            span_ends: list[int] = []
            self._emit(word, replacement, a, b, out, span_starts, span_ends)
            if run_starts is not None:
                span_ends = [back(e - 1) + 1 if e > s else back(s) for s, e in zip(span_starts, span_ends)]
                span_starts = [back(s) for s in span_starts]
            positions.append(size)
            segments.append((span_starts, span_ends))
            size += len(span_starts)
            last = b
        if last < len(stage1):
            plain(last, len(stage1))
        return NormalizedText("".join(out), text, segments=(positions, segments))

    def _changes(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, text) of the scan matches (`_scan`) that `_replacement` may change, in order.

        The scan reads a phrase (tried first) or a run of word characters at each word start, so
        it meets every word. Only phrases and the words of `_touch` can change, and there are few:
        the phrases are found by a regex of their own, which can only match where the scan tries
        them (each opens with a word character after a non-word one), and the words of `_touch`
        present in the text are found with `str.find`, keeping whole runs not inside a phrase (a
        `_touch` entry with a non-word character is never a run, so never a scan match).
        """
        if not self._fast_scan:  # a phrase opening with a non-word character: scan every word
            touch = self._touch
            return [(m.start(), m.end(), m.group()) for m in self._scan.finditer(text)
                    if m.group() in touch or not m.group().isalnum()]
        found = [(m.start(), m.end(), m.group()) for m in self._phrase_scan.finditer(text)] if self._phrase_scan else []
        present = self._touch_present(text)
        if not present:
            return found
        size = len(text)
        phrase_starts = [start for start, _, _ in found]
        words = []
        for word in present:
            length = len(word)
            i = text.find(word)
            while i != -1:
                j = i + length
                if (i == 0 or not _is_word(text[i - 1])) and (j == size or not _is_word(text[j])):
                    k = bisect_right(phrase_starts, i) - 1
                    if k < 0 or found[k][1] <= i:
                        words.append((i, j, word))
                i = text.find(word, j)
        return sorted(found + words)

    def _touch_present(self, text: str) -> set[str]:
        """`_touch_words.intersection(_WORD.findall(text))`, read chunk by chunk.

        No run of word characters crosses white space, so the runs of `text` are those of its chunks
        (`text.split()`); an article repeats its chunks and shares most with earlier ones, so what each
        chunk holds is kept (up to `CHUNK_CACHE_MAX` chunks) instead of listing every run of every article.
        """
        known = self._touch_in_chunk
        touch = self._touch_words
        present: set[str] = set()
        for chunk in set(text.split()):
            found = known.get(chunk)
            if found is None:
                if len(known) >= CHUNK_CACHE_MAX:
                    known.clear()
                found = known[chunk] = touch.intersection(_WORD.findall(chunk)) or _NOTHING
            if found:
                present |= found
        return present

    def _replacement(self, word: str) -> str | None:
        """The normalised form of one scanned word or phrase, or None when it stays as it is."""
        if " " in word or "\n" in word or "\t" in word:
            key = " ".join(word.split())
            return self._phrase_targets.get(key)
        rewritten = self._word_rewrites.get(word, word)
        split = self._splits.get(rewritten)
        if split is not None:
            return split
        return rewritten if rewritten != word else None

    @staticmethod
    def _emit(word: str, replacement: str, a: int, b: int, out: list[str], starts: list[int], ends: list[int]) -> None:
        """Append `replacement` for `word` (at a..b), aligning characters where it only adds spaces."""
        out.append(replacement)
        if replacement.replace(" ", "") == word:
            i = a
            for ch in replacement:
                if ch == " ":
                    starts.append(i)
                    ends.append(i)
                else:
                    starts.append(i)
                    ends.append(i + 1)
                    i += 1
        elif len(replacement) == len(word):
            starts.extend(range(a, b))
            ends.extend(range(a + 1, b + 1))
        else:
            starts.extend([a] * len(replacement))
            ends.extend([b] * len(replacement))
