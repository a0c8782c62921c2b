"""Run a spaCy `Matcher` only where one of its patterns can start.

The Matcher starts every pattern at every token, so its cost grows with (tokens × patterns) even
when an article holds no trigger word at all. When every pattern opens with an exact word and has
a bounded length, a match can only lie in [s, s + longest) after a token s that is one of those
words (and, when the pattern's second token is a required exact word, is followed by one).
`AnchoredMatcher` runs the Matcher on the merged windows from such tokens (each extended by one
more token, so no pattern state is still open at a window's end) and shifts the offsets back; the
matches and their order are exactly those of a run over the whole Doc: a pattern started anywhere
else is rejected by its first or second token without output. Patterns that do not qualify (an
optional or non-literal first token, `*` or `+`) make it fall back to the whole Doc.
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


def _literal(token: dict | None) -> frozenset[str] | None:
    """The exact words a required pattern token must be, or None when it is not a plain literal."""
    if token is None or set(token) != {"ORTH"}:
        return None
    orth = token["ORTH"]
    if isinstance(orth, str):
        return frozenset([orth])
    if isinstance(orth, dict) and list(orth) == ["IN"] and all(isinstance(w, str) for w in orth["IN"]):
        return frozenset(orth["IN"])
    return None


class AnchoredMatcher:
    """A `Matcher` plus, per first word of its patterns, the second words they need and their reach."""

    def __init__(self, vocab, validate: bool = True):
        self.matcher = Matcher(vocab, validate=validate)
        self.anchors: dict[str, list[tuple[frozenset[str] | None, int]]] = {}
        """first word → (the words the second token must be or None, reach) per pattern"""
        self.anchored = True

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        """Add patterns under `key` (as `Matcher.add`)."""
        self.matcher.add(key, patterns)
        for pattern in patterns:
            first, longest = _literal(pattern[0] if pattern else None), _longest(pattern)
            if first is None or longest is None:
                self.anchored = False
                continue
            second = _literal(pattern[1]) if len(pattern) > 1 else None
            for word in first:
                entries = self.anchors.setdefault(word, [])
                if (second, longest + 1) not in entries:
                    entries.append((second, longest + 1))

    def __len__(self) -> int:
        return len(self.matcher)

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """Merged token windows that hold every possible match."""
        anchors = self.anchors
        tokens = words(doc)
        size = len(tokens)
        out: list[tuple[int, int]] = []
        for i, word in enumerate(tokens):
            entries = anchors.get(word)
            if entries is None:
                continue
            reach = 0
            for second, length in entries:
                if length > reach and (second is None or (i + 1 < size and tokens[i + 1] in second)):
                    reach = length
            if reach:
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
