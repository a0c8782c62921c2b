"""Run a spaCy `Matcher` only where one of its patterns can start.

The Matcher starts every pattern at every token, so its cost grows with (tokens × patterns) even
when an article holds no trigger word at all. When every pattern opens with an exact word and has
a bounded length, a match can only lie in [s, s + longest) after a token s that is one of those
words. `AnchoredMatcher` runs the Matcher on the merged windows around such tokens (each extended
by one more token, so no pattern state is still open at a window's end) and shifts the offsets
back; the matches and their order are exactly those of a run over the whole Doc. Patterns that do
not qualify (an optional or non-literal first token, `*` or `+`) make it fall back to the whole Doc.
"""
from __future__ import annotations

import re

from spacy.matcher import Matcher
from spacy.tokens import Doc

from .units import words

_COUNT = re.compile(r"^\{(\d*)(?:(,)(\d*))?\}$")


def _longest(pattern: list[dict]) -> int | None:
    """Most tokens a pattern can cover, or None when unbounded (or an operator is not understood)."""
    total = 0
    for token in pattern:
        op = token.get("OP")
        if op in (None, "1", "?", "!"):
            total += 1
            continue
        m = _COUNT.match(op) if isinstance(op, str) else None
        if m is None:
            return None
        low, comma, high = m.groups()
        if comma and not high:
            return None
        total += int(high if comma else low)
    return total


def _first_words(pattern: list[dict]) -> frozenset[str] | None:
    """The exact words a pattern's first token must be, or None when it is not a plain literal."""
    if not pattern:
        return None
    first = pattern[0]
    if set(first) != {"ORTH"}:
        return None
    orth = first["ORTH"]
    if isinstance(orth, str):
        return frozenset([orth])
    if isinstance(orth, dict) and list(orth) == ["IN"] and all(isinstance(w, str) for w in orth["IN"]):
        return frozenset(orth["IN"])
    return None


class AnchoredMatcher:
    """A `Matcher` plus the first words and the longest length of its patterns."""

    def __init__(self, vocab, validate: bool = True):
        self.matcher = Matcher(vocab, validate=validate)
        self.anchors: set[str] = set()
        self.longest = 0
        self.anchored = True

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        """Add patterns under `key` (as `Matcher.add`)."""
        self.matcher.add(key, patterns)
        for pattern in patterns:
            first, longest = _first_words(pattern), _longest(pattern)
            if first is None or longest is None:
                self.anchored = False
            else:
                self.anchors |= first
                self.longest = max(self.longest, longest)

    def __len__(self) -> int:
        return len(self.matcher)

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Merged token windows that hold every possible match."""
        reach = self.longest + 1
        anchors = self.anchors
        size = len(doc)
        out: list[tuple[int, int]] = []
        for i, word in enumerate(words(doc)):
            if word in anchors:
                end = min(size, i + reach)
                if out and i <= out[-1][1]:
                    out[-1] = (out[-1][0], max(out[-1][1], end))
                else:
                    out.append((i, end))
        return out

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match_id, start, end) triples, as `Matcher.__call__(doc)` returns them."""
        if not len(self.matcher):
            return []
        if not self.anchored:
            return self.matcher(doc)
        found = []
        for start, end in self.windows(doc):
            if start == 0 and end == len(doc):
                return self.matcher(doc)
            found += [(key, s + start, e + start) for key, s, e in self.matcher(doc[start:end])]
        return found
