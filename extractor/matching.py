"""Run a spaCy `Matcher` only where one of its patterns matches.

The Matcher starts every pattern at every token, so its cost grows with (tokens × patterns) even
when an article holds no trigger word at all. When every pattern opens with an exact word and has
a bounded length, a match starting at token s lies in [s, s + longest). `AnchoredMatcher` looks
at the tokens that are a first word of some pattern, checks in Python whether one of those
patterns matches there (a plain backtracking test over the few token tests the rule files use:
ORTH, ORTH IN, IS_PUNCT and the ?, {n}, {n,m} operators), and runs the Matcher only on the merged
windows [s, s + longest + 1) of such tokens, shifting the offsets back. One more token than the
longest pattern means no pattern state is open at a window's end, and a pattern started outside
the windows ends without a match, so the matches and their order are exactly those of a run over
the whole Doc. A window is run with a Matcher that holds only the patterns that match in it (the
others would start and die at every token): no other pattern can match there (a match opens at an
anchor, where its test failed), and the Matcher keeps its patterns in the order they were added and
reports the matches as its pattern states, kept in that order, complete, so the matches of the
patterns it holds come in the same order as from the Matcher of all patterns.
A pattern whose tests the check does not know is assumed to match wherever its first word is; a
pattern with an optional or non-literal first token, `*` or `+` makes the
matcher fall back to the whole Doc.
A window whose patterns test only words, punctuation and number-likeness is not run through a Matcher
at all: `_replay` follows the Matcher's own algorithm over its words in Python (building a Matcher for a
new set of patterns took ~16 µs a pattern, and a call ~100 µs however short the window).
"""
from __future__ import annotations

import re

from spacy.matcher import Matcher
from spacy.tokens import Doc

from .units import flags, where, words

_COUNT = re.compile(r"^\{(\d*)(?:(,)(\d*))?\}$")
MAX_SUBSETS = 4096
"""sets of patterns kept with a Matcher of their own (per AnchoredMatcher)"""
MAX_WINDOWS = 20_000
"""windows whose matches are kept (per AnchoredMatcher; the store is emptied when full; ~450 bytes each: the
samples leave 2,500 in the trigger matcher, 1,000 in the topic matcher)"""
LEXICAL = frozenset({"ORTH", "TEXT", "LOWER", "LENGTH", "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER",
                     "IS_TITLE", "IS_PUNCT", "IS_SPACE", "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL", "OP"})
"""Pattern keys whose tests depend on the token's word alone (its lexeme), not on where it stands."""


def _repeat(token: dict) -> tuple[int, int | None] | None:
    """(least, most) tokens one pattern token covers; most is None when unbounded; None if unknown."""
    op = token.get("OP")
    if op in (None, "1"):
        return 1, 1
    if op == "?":
        return 0, 1
    if op in ("*", "+"):
        return (0 if op == "*" else 1), None
    m = _COUNT.match(op) if isinstance(op, str) else None
    if m is None:
        return None
    low, comma, high = m.groups()
    if not comma:
        return int(low), int(low)
    return int(low or 0), (int(high) if high else None)


def _longest(pattern: list[dict]) -> int | None:
    """Most tokens a pattern can cover, or None when unbounded or an operator is not understood."""
    total = 0
    for token in pattern:
        repeat = _repeat(token)
        if repeat is None or repeat[1] is None:
            return None
        total += max(repeat[1], 1)  # "!" and the like count as one token
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


def _token_test(token: dict):
    """(words or None, is_punct or None, least, most) for one pattern token, or None if not understood."""
    repeat = _repeat(token)
    if repeat is None or repeat[1] is None or set(token) - {"ORTH", "IS_PUNCT", "OP"}:
        return None
    allowed = None
    if "ORTH" in token:
        allowed = _literal({"ORTH": token["ORTH"]})
        if allowed is None:
            return None
    punct = token.get("IS_PUNCT")
    if punct is not None and not isinstance(punct, bool):
        return None
    return allowed, punct, repeat[0], repeat[1]


def _checker(pattern: list[dict]):
    """A function (tokens, punct, start) → does the pattern match from `start`; None if not understood."""
    tests = [_token_test(token) for token in pattern]
    if any(t is None for t in tests):
        return None
    fixed = 0  # the leading tokens that match exactly one token are tested in a plain loop
    while fixed < len(tests) and tests[fixed][2] == tests[fixed][3] == 1:
        fixed += 1
    head = [(t[0], t[1]) for t in tests[:fixed]]
    count = len(tests)
    # The first token after the optional or repeated ones that follow the head and must be one of some words (`پایان`
    # in `به کار? خود? پایان رسید`): it lies between the least and the most tokens those cover, and a start without
    # it there has no match (tested before the backtracking, which most starts fail).
    need = None
    k = fixed
    while k < count and not (tests[k][2] >= 1 and tests[k][0] is not None):
        k += 1
    if fixed < k < count:
        need = (sum(t[2] for t in tests[:k]), sum(t[3] for t in tests[:k]), tests[k][0])

    def ok(test, tokens, punct, i) -> bool:
        allowed, is_punct = test[0], test[1]
        return (allowed is None or tokens[i] in allowed) and (is_punct is None or punct[i] == is_punct)

    def match(tokens, punct, k: int, i: int) -> bool:
        if k == count:
            return True
        test = tests[k]
        least, most = test[2], test[3]
        size = len(tokens)
        taken = 0
        while taken < least:
            if i + taken >= size or not ok(test, tokens, punct, i + taken):
                return False
            taken += 1
        while True:
            if match(tokens, punct, k + 1, i + taken):
                return True
            if taken >= most or i + taken >= size or not ok(test, tokens, punct, i + taken):
                return False
            taken += 1

    def check(tokens, punct, start: int) -> bool:
        if start + fixed > len(tokens):
            return False
        i = start
        for allowed, is_punct in head:
            if (allowed is not None and tokens[i] not in allowed) or (is_punct is not None and punct[i] != is_punct):
                return False
            i += 1
        if need is not None:
            least, most, allowed = need
            if allowed.isdisjoint(tokens[start + least:start + most + 1]):
                return False
        return match(tokens, punct, fixed, i)

    return check


def _orth_test(token: dict) -> tuple[frozenset[str] | None, bool] | None:
    """A pattern token's ORTH test as (words, words are excluded): (None, False) when it tests no ORTH; None when
    the ORTH test is other than a string, IN or NOT_IN."""
    if "ORTH" not in token:
        return None, False
    orth = token["ORTH"]
    if isinstance(orth, str):
        return frozenset([orth]), False
    if isinstance(orth, dict) and len(orth) == 1 and list(orth)[0] in ("IN", "NOT_IN") \
            and all(isinstance(w, str) for w in list(orth.values())[0]):
        return frozenset(list(orth.values())[0]), list(orth)[0] == "NOT_IN"
    return None


def _span_tests(pattern: list[dict]) -> list[tuple] | None:
    """Per pattern token (words, words are excluded, is_punct or None, least, most): `_token_test` with ORTH NOT_IN
    too; None when a token tests anything else (or is unbounded)."""
    tests = []
    for token in pattern:
        repeat = _repeat(token)
        if repeat is None or repeat[1] is None or set(token) - {"ORTH", "IS_PUNCT", "OP"}:
            return None
        orth = _orth_test(token)
        if orth is None:
            return None
        words, excluded = orth
        punct = token.get("IS_PUNCT")
        if punct is not None and not isinstance(punct, bool):
            return None
        tests.append((words, excluded, punct, repeat[0], repeat[1]))
    return tests


def _ends(tests: list[tuple], tokens: list[str], punct: list[bool], start: int, limit: int) -> list[int]:
    """Every end e <= `limit` such that the pattern of `tests` matches tokens[start:e], in increasing order."""
    positions = {start}
    for allowed, excluded, is_punct, least, most in tests:
        reached = set()
        for p in positions:
            taken = 0
            while True:
                if taken >= least:
                    reached.add(p + taken)
                if taken >= most:
                    break
                i = p + taken
                if i >= limit or (allowed is not None and (tokens[i] in allowed) == excluded) \
                        or (is_punct is not None and punct[i] != is_punct):
                    break
                taken += 1
        positions = reached
        if not positions:
            return []
    return sorted(e for e in positions if e > start)


def _steps(pattern: list[dict]) -> tuple[tuple, ...] | None:
    """The pattern's tokens as the Matcher compiles them, for `_replay`: a token repeated {n,m} times is n
    required steps then m - n optional ones (`?` one optional step). Each step is (optional, words, words
    are excluded, is_punct or None, like_num or None). None when a token tests anything else, is unbounded
    or negated (`!`)."""
    steps = []
    for token in pattern:
        repeat = _repeat(token)
        if repeat is None or repeat[1] is None or token.get("OP") == "!" \
                or set(token) - {"ORTH", "IS_PUNCT", "LIKE_NUM", "OP"}:
            return None
        orth = _orth_test(token)
        if orth is None:
            return None
        words, excluded = orth
        punct, like_num = token.get("IS_PUNCT"), token.get("LIKE_NUM")
        if any(test is not None and not isinstance(test, bool) for test in (punct, like_num)):
            return None
        least, most = repeat
        steps += [(False, words, excluded, punct, like_num)] * least
        steps += [(True, words, excluded, punct, like_num)] * (most - least)
    return tuple(steps) if steps else None


def _replay(patterns: list[tuple[int, tuple[tuple, ...]]], tokens: list[str], punct: list[bool], like_num,
            start: int, end: int) -> list[tuple[int, int, int]]:
    """What `Matcher.__call__` returns for tokens[start:end] (offsets from `start`) when it holds `patterns`
    ((key id, `_steps`) in the order they were added), found by its own algorithm (spaCy's `find_matches`).

    At each token a state (pattern, step, start, length) opens for each pattern, and every open state, in order,
    reads the token: a required step that passes advances (or, the last, matches with the token), one that fails
    drops the state; an optional step that passes also opens a state at the next step with the token taken
    (added after the others), and is then skipped on the same token, as one that fails is; an optional last step
    matches with the token (and without it, unless that is empty) when it passes, without it when it fails.
    The states left at the end match where only optional steps remain. Matches are reported in the order they
    are made, each (key, start, end) once and none empty. Unlike the Matcher, a state is opened only where its
    first step passes (a failing required first step drops it at once; an anchored pattern opens with one), and a
    state equal to one before it is dropped: it would do the same things after it, and its matches would all be
    repeats (the Matcher keeps them: a window of `{0,14}` steps took it 4 ms). `like_num(i)` reads token i's flag.
    """
    made: list[tuple[int, int, int]] = []
    states: list[tuple[int, int, int, int]] = []
    for i in range(start, end):
        word, is_punct = tokens[i], punct[i]
        number = None
        for n, (_key, steps) in enumerate(patterns):
            optional, words, excluded, wants_punct, wants_number = steps[0]
            if optional or ((words is None or (word in words) != excluded)
                            and (wants_punct is None or wants_punct == is_punct)
                            and (wants_number is None or wants_number == like_num(i))):
                states.append((n, 0, i, 0))
        kept: list[tuple[int, int, int, int]] = []
        added: list[tuple[int, int, int, int]] = []
        for n, k, s, length in states:
            key, steps = patterns[n]
            last = len(steps) - 1
            while True:
                optional, words, excluded, wants_punct, wants_number = steps[k]
                if wants_number is not None and number is None:
                    number = like_num(i)
                passes = ((words is None or (word in words) != excluded)
                          and (wants_punct is None or wants_punct == is_punct)
                          and (wants_number is None or wants_number == number))
                if not optional:
                    if passes:
                        if k == last:
                            made.append((key, s, length + 1))
                        else:
                            kept.append((n, k + 1, s, length + 1))
                    break
                if k == last:
                    if passes:
                        if length:
                            made.append((key, s, length))
                        made.append((key, s, length + 1))
                    else:
                        made.append((key, s, length))
                    break
                if passes:
                    added.append((n, k + 1, s, length + 1))
                k += 1
        states = list(dict.fromkeys(kept + added))
    for n, k, s, length in states:
        key, steps = patterns[n]
        while steps[k][0]:
            if k == len(steps) - 1:
                made.append((key, s, length))
                break
            k += 1
    seen: set[tuple[int, int, int]] = set()
    found = []
    for key, s, length in made:
        match = (key, s - start, s - start + length)
        if length and match not in seen:
            seen.add(match)
            found.append(match)
    return found


def _simplified(pattern: list[dict]) -> list[dict]:
    """`{"ORTH": {"IN": [w]}}` as `{"ORTH": w}`: the same test, made in C instead of Python."""
    out = []
    for token in pattern:
        orth = token.get("ORTH")
        if isinstance(orth, dict) and list(orth) == ["IN"] and len(orth["IN"]) == 1 and isinstance(orth["IN"][0], str):
            token = {**token, "ORTH": orth["IN"][0]}
        out.append(token)
    return out


class AnchoredMatcher:
    """A `Matcher` plus, per first word of its patterns, a match test and the pattern's reach."""

    def __init__(self, vocab, validate: bool = True):
        self.vocab = vocab
        self.matcher = Matcher(vocab, validate=validate)
        self.singles: list[tuple[str, list[dict]]] = []
        """(key, pattern) of each pattern, by index"""
        self._subset_matchers: dict[tuple[int, ...], Matcher] = {}
        self.anchors: dict[str, list[tuple[int, object, int, frozenset[str] | None]]] = {}
        """first word → (pattern index, match test or None, reach, the words the second token must be) per pattern"""
        self.anchored = True
        self.lexical = True
        """every pattern tests only the words themselves (`LEXICAL`): a window's matches depend on its words alone"""
        self._found: dict[tuple[tuple[int, ...], tuple[str, ...]], list[tuple[int, int, int]]] = {}
        """(patterns, words of a window) → the Matcher's matches in it, offsets from the window's start"""
        self._spans: list[tuple | None] = []
        """per pattern index: (its key's id, its first words, `_span_tests`) when its matches can be listed in
        Python (see `__call__`), else None"""
        self._steps: list[tuple[int, tuple[tuple, ...]] | None] = []
        """per pattern index: (its key's id, `_steps`), or None when `_replay` cannot follow it"""
        self._by_second: dict[str, tuple[list, dict[str, list]]] = {}
        """first word → (its entries that need no second word, second word → those and the entries that need it),
        built from `anchors` when first read"""

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        """Add patterns under `key` (as `Matcher.add`)."""
        simplified = [_simplified(p) for p in patterns]
        self.matcher.add(key, simplified)
        self._by_second = {}
        if any(not LEXICAL.issuperset(token) for pattern in simplified for token in pattern):
            self.lexical = False
        for pattern, simple in zip(patterns, simplified):
            index = len(self.singles)
            self.singles.append((key, simple))
            steps = _steps(simple)
            self._steps.append((self.vocab.strings.add(key), steps) if steps is not None else None)
            tests = _span_tests(simple)
            first = tests[0] if tests else None
            self._spans.append((self.vocab.strings.add(key), first[0], tests)
                               if first is not None and first[0] is not None and not first[1] and first[2] is None
                               and first[3] == first[4] == 1 else None)
            first, longest = _literal(pattern[0] if pattern else None), _longest(pattern)
            if first is None or longest is None:
                self.anchored = False
                continue
            check = _checker(pattern)
            second = _literal(pattern[1]) if len(pattern) > 1 else None
            for word in first:
                self.anchors.setdefault(word, []).append((index, check, longest + 1, second))

    def _subset(self, indices: set[int]) -> Matcher:
        """A Matcher holding only the patterns `indices` (each under its key, in the order they were added),
        built when first needed; the Matcher of all patterns once many sets have been seen."""
        return self._subset_of(tuple(sorted(indices)))

    def _subset_of(self, key: tuple[int, ...]) -> Matcher:
        """`_subset` of the sorted pattern indices `key`."""
        matcher = self._subset_matchers.get(key)
        if matcher is None:
            if len(self._subset_matchers) >= MAX_SUBSETS:
                return self.matcher
            matcher = self._subset_matchers[key] = Matcher(self.vocab, validate=False)
            for index in key:
                name, pattern = self.singles[index]
                matcher.add(name, [pattern])
        return matcher

    def __len__(self) -> int:
        return len(self.matcher)

    def windows(self, doc: Doc) -> list[tuple[int, int, set[int]]]:
        """Merged token windows that hold every match, with the indices of the patterns that match there."""
        anchors = self.anchors
        tokens = words(doc)
        punct = None
        size = len(tokens)
        out: list[tuple[int, int, set[int]]] = []
        grouped = self._by_second
        for i in where(doc, anchors):
            word = tokens[i]
            entries = grouped.get(word)
            if entries is None:
                entries = grouped[word] = self._group(anchors[word])
            if punct is None:
                punct = flags(doc)[1]
            reach = 0
            matching = set()
            # (the entries whose required second word is not there are not tried; the order of the tests does not
            # matter: the window is the union of what matches)
            always, by_second = entries
            for index, check, length in (by_second.get(tokens[i + 1], always) if i + 1 < size else always):
                if check is None or check(tokens, punct, i):
                    matching.add(index)
                    if length > reach:
                        reach = length
            if reach:
                end = min(size, i + reach)
                if out and i <= out[-1][1]:
                    out[-1] = (out[-1][0], max(out[-1][1], end), out[-1][2] | matching)
                else:
                    out.append((i, end, matching))
        return out

    def _one_pattern(self, subset: tuple[int, ...], tokens: list[str], start: int, end: int,
                     doc: Doc) -> list[tuple[int, int, int]] | None:
        """The Matcher's matches in the window [start, end) when it holds one pattern, which opens with one exact word
        found at one place in the window: every end the pattern reaches from there, shortest first (the Matcher
        reports a match when it reads its last token, and one match of a start and an end however reached).
        None otherwise. (`مورد استقبال ... {0,14} ... قرار گرفت` took the Matcher 4 ms a window.)"""
        if len(subset) != 1:
            return None
        spec = self._spans[subset[0]]
        if spec is None:
            return None
        key, firsts, tests = spec
        at = [i for i in range(start, end) if tokens[i] in firsts]
        if len(at) != 1:
            return None
        s = at[0]
        return [(key, s - start, e - start) for e in _ends(tests, tokens, flags(doc)[1], s, end)]

    @staticmethod
    def _group(entries: list[tuple[int, object, int, frozenset[str] | None]]) -> tuple[list, dict[str, list]]:
        """The entries of one first word as (those that need no second word, second word → those and the entries
        that need it)."""
        always: list[tuple[int, object, int]] = []
        needing: dict[str, list[tuple[int, object, int]]] = {}
        for index, check, length, second in entries:
            if second is None:
                always.append((index, check, length))
            else:
                for word in second:
                    needing.setdefault(word, []).append((index, check, length))
        return always, {word: always + entries for word, entries in needing.items()}

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """(match_id, start, end) triples, as `Matcher.__call__(doc)` returns them."""
        if not len(self.matcher):
            return []
        if not self.anchored:
            return self.matcher(doc)
        found = []
        if not self.lexical:
            for start, end, matching in self.windows(doc):
                matcher = self._subset(matching)
                if start == 0 and end == len(doc):
                    found += matcher(doc)
                else:
                    found += [(key, s + start, e + start) for key, s, e in matcher(doc[start:end])]
            return found
        # The same words in a window, with the same patterns, give the same matches (every test reads the
        # words alone): a window seen before (a common phrase and its next words) is not run again. A window
        # that ends before the Doc does has one token more than any of its patterns reaches, and no pattern of
        # the window matches from it (the window would reach further): which word it is changes nothing, and
        # it is left out of the key (76% of the windows over the samples are found again, 63% with it).
        known = self._found
        tokens = words(doc)
        size = len(tokens)
        for start, end, matching in self.windows(doc):
            subset = tuple(sorted(matching))
            key = (subset, tuple(tokens[start:end - 1]) if end < size else (*tokens[start:end], None))
            matches = known.get(key)
            if matches is None:
                matches = self._one_pattern(subset, tokens, start, end, doc)
            if matches is None:
                patterns = [self._steps[index] for index in subset]
                if None in patterns:
                    matcher = self._subset_of(subset)
                    matches = matcher(doc) if start == 0 and end == len(doc) else matcher(doc[start:end])
                else:
                    matches = _replay(patterns, tokens, flags(doc)[1], lambda i: doc[i].like_num, start, end)
                if len(known) >= MAX_WINDOWS:
                    known.clear()
                known[key] = matches
            found += [(match_id, s + start, e + start) for match_id, s, e in matches]
        return found
