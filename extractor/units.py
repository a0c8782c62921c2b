"""Sentences and clauses over a normalised Doc, computed once and cached on `doc._.clauses`."""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, LENGTH, ORTH
from spacy.tokens import Doc, Span

from ._extensions import get_ext, set_ext

SENTENCE_END = frozenset({".", "؟", "?", "!", "…"})
FUSED_INITIALS = re.compile(r"^\w{1,2}(?:\.\w{1,2})+$")
"""Initials with their inner dots in one token (`ام.کی`)."""
CLAUSE_END = frozenset({"؛", ";", ":"})
LINE_WRAPPED_AFTER = frozenset({"و", "درباره", "پیرامون", "با", "در", "به", "از", "که", "را", "برای", "،", "تا", "بر"})
"""Words no sentence ends with: a single line break after one wraps a line, it ends no sentence."""
_BOUNDARIES = SENTENCE_END | CLAUSE_END
NAME_IN_GUILLEMETS = 16
"""Tokens within which a `«` and its `»` enclose a name or title rather than a quoted statement."""


@dataclass(frozen=True)
class Units:
    """Token index → sentence id and clause id, plus the token ranges of each."""

    sentence_of: list[int]
    clause_of: list[int]
    sentences: list[tuple[int, int]]
    clauses: list[tuple[int, int]]


_LEXEMES: dict[tuple, dict[int, tuple[str, bool, bool]]] = {}
"""Per pair of a vocab's IS_ALPHA and IS_PUNCT getters: ORTH hash → (text, is alphabetic, is punctuation). A hash
names one string in every vocab, and a lexeme's flags are its getters' values for its text, so one table serves
every vocab with the same getters."""


def words(doc: Doc) -> list[str]:
    """The token texts of `doc`, computed once (iterating a Doc builds a Token object per token)."""
    cached = doc.user_data.get("meeting_words")
    if cached is None:
        cached = _token_arrays(doc)[0]
    return cached


def flags(doc: Doc) -> tuple[list[bool], list[bool]]:
    """Per token: is it alphabetic, is it punctuation (computed once per Doc)."""
    cached = doc.user_data.get("meeting_flags")
    if cached is None:
        cached = _token_arrays(doc)[2]
    return cached


def _token_arrays(doc: Doc) -> tuple[list[str], tuple[list[int], list[int]], tuple[list[bool], list[bool]]]:
    """The token texts, offsets and flags of `doc`, stored for `words`, `offsets` and `flags` (every article needs
    all three). One `to_array` call reads the tokens' ORTH, IDX and LENGTH; each ORTH's text and flags are read
    once per process (`_LEXEMES`; `to_array` took as long for the two flags as for the other three attributes
    together)."""
    data = doc.user_data
    if len(doc):
        array = doc.to_array([ORTH, IDX, LENGTH])
        getters = doc.vocab.lex_attr_getters
        kind = (getters.get(IS_ALPHA), getters.get(IS_PUNCT))
        table = _LEXEMES.get(kind)
        if table is None or len(table) > 1_000_000:
            table = _LEXEMES[kind] = {}
        orths = array[:, 0].tolist()
        entries = list(map(table.get, orths))
        if not all(entries):  # (a word new to the table; `None in entries` compares each entry with None, slowly)
            vocab = doc.vocab
            for i, entry in enumerate(entries):
                if entry is None:
                    lexeme = vocab[orths[i]]
                    entries[i] = table[orths[i]] = (lexeme.orth_, lexeme.is_alpha, lexeme.is_punct)
        found, alpha, punct = map(list, zip(*entries))
        idx = array[:, 1]
        positions = (idx.tolist(), (idx + array[:, 2]).tolist())
        marks = (alpha, punct)
    else:
        found, positions, marks = [], ([], []), ([], [])
    data.setdefault("meeting_words", found)
    data.setdefault("meeting_offsets", positions)
    data.setdefault("meeting_flags", marks)
    return data["meeting_words"], data["meeting_offsets"], data["meeting_flags"]


def positions(doc: Doc) -> dict[str, list[int]]:
    """Each distinct token text of `doc` → its token indices in ascending order (computed once per Doc).

    Many rules look for a few words anywhere in the article; `where` reads their positions here instead of
    testing every token of the Doc once per rule (a 1 MB article has ~200k tokens, ~7k distinct). The lists
    are shared: callers must not change them.
    """
    cached = doc.user_data.get("meeting_positions")
    if cached is None:
        cached = {}
        get = cached.get
        for i, word in enumerate(words(doc)):
            found = get(word)
            if found is None:
                cached[word] = [i]
            else:
                found.append(i)
        doc.user_data["meeting_positions"] = cached
    return cached


def where(doc: Doc, wanted) -> list[int]:
    """`[i for i, word in enumerate(words(doc)) if word in wanted]`, read from `positions` (`wanted`: any
    container of strings: a set, a tuple, a dict's keys)."""
    index = positions(doc)
    if wanted.__class__ is tuple or wanted.__class__ is list:
        wanted = set(wanted)
    if len(wanted) < len(index):
        found = [index[word] for word in wanted if word in index]
    else:
        found = [at for word, at in index.items() if word in wanted]
    if not found:
        return []
    if len(found) == 1:
        return list(found[0])
    return sorted([i for at in found for i in at])


def backwards(items: list, end: int):
    """`reversed(items[:end])` without copying the first `end` items: read lazily, the last first (on a long
    text the rules look back from a mention through tens of thousands of earlier ones, and most stop soon)."""
    return map(items.__getitem__, range(end - 1, -1, -1))


def text(doc: Doc) -> str:
    """`doc.text`, computed once (spaCy rebuilds it from the tokens at every access).

    `prime` stores the string the Doc was made from, which is the same text (the tokenizer keeps
    every character).
    """
    cached = doc.user_data.get("meeting_text")
    if cached is None:
        cached = doc.user_data["meeting_text"] = doc.text
    return cached


def prime(doc: Doc, source: str) -> Doc:
    """Record that `doc` was tokenized from `source`, so `text(doc)` need not rebuild it."""
    doc.user_data["meeting_text"] = source
    return doc


def offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Per token: its start and end character in `text(doc)` (computed once per Doc)."""
    cached = doc.user_data.get("meeting_offsets")
    if cached is None:
        cached = _token_arrays(doc)[1]
    return cached


def spans(doc: Doc, name: str) -> list[Span]:
    """The spans of `doc.spans[name]` (empty when unset) as one list per Doc.

    Iterating a SpanGroup builds a new Span object per span every time; the components read the
    same groups again and again. The list is rebuilt when the group is replaced.
    """
    group = doc.spans.data.get(name)  # (SpanGroups is a UserDict: its own `get` goes through three Python calls)
    if group is None:
        return []
    key = ("meeting_spans", name)
    cached = doc.user_data.get(key)
    if cached is None or cached[0] is not group:
        cached = doc.user_data[key] = (group, list(group))
    return cached[1]


class KnownSpan(Span):
    """A Span whose `start`, `end`, `label_`, `kb_id_` and `id_` are plain attributes.

    Each of these is a call into spaCy on a Span (`label_`, `kb_id_` and `id_` decode the string from the
    StringStore every time, ~200 ns; `start` and `end` ~90 ns), and the components read them thousands of
    times per article. The components make their spans with `known_span` and never change them; the
    SpanGroups in `doc.spans` hold plain copies as before.
    """

    __slots__ = ("start", "end", "label_", "kb_id_", "id_")


_IDS: dict[tuple[str | int, str | int, str | int], tuple[object, tuple[int, int, int]]] = {}
"""(label, kb id, span id) as given → (the StringStore they were added to, their ids in it)"""


def _string_ids(strings, label: int | str, kb_id: int | str, span_id: int | str) -> tuple[int, int, int]:
    """The ids of a span's label, kb id and id (strings added to `strings`, as `Span` adds them), cached.

    `Span(...)` hashes and adds each string it is given at every call (~1 µs each for Persian rule ids); the ids
    of the same strings in the same StringStore are the same ints, so they are looked up once.
    """
    key = (label, kb_id, span_id)
    cached = _IDS.get(key)
    if cached is not None and cached[0] is strings:
        return cached[1]
    if len(_IDS) > 100_000:
        _IDS.clear()
    ids = tuple(strings.add(v) if isinstance(v, str) else v for v in key)
    _IDS[key] = (strings, ids)
    return ids


def known_span(doc: Doc, start: int, end: int, label: int | str, kb_id: int | str, span_id: int | str,
               names: tuple[str, str, str]) -> KnownSpan:
    """`Span(doc, start, end, label=label, kb_id=kb_id, span_id=span_id)` whose label, kb id and id are
    `names` (their strings)."""
    if label.__class__ is str or kb_id.__class__ is str or span_id.__class__ is str:
        label, kb_id, span_id = _string_ids(doc.vocab.strings, label, kb_id, span_id)
    span = KnownSpan(doc, start, end, label, None, None, kb_id, span_id)
    span.start, span.end = start, end
    span.label_, span.kb_id_, span.id_ = names
    return span


def set_spans(doc: Doc, name: str, items: list[Span]) -> None:
    """Set `doc.spans[name]` and keep `items` as its list for `spans`."""
    doc.spans[name] = items
    doc.user_data[("meeting_spans", name)] = (doc.spans[name], list(items))


def units(doc: Doc) -> Units:
    """Split `doc` into sentences (., ؟, !, blank lines) and clauses (also ؛ and :)."""
    cached = get_ext(doc, "clauses")
    if cached is not None:
        return cached
    sentence_of: list[int] = []
    clause_of: list[int] = []
    sentences: list[tuple[int, int]] = []
    clauses: list[tuple[int, int]] = []
    s_start = c_start = 0
    tokens = words(doc)
    opened = -NAME_IN_GUILLEMETS  # the last `«` seen
    for i in sorted([i for word, at in positions(doc).items() if word in _BOUNDARIES or word == "«" or "\n" in word
                     for i in at]):
        word = tokens[i]
        if word == "«":
            opened = i
            continue
        ends_sentence = word in SENTENCE_END or ("\n" in word and not word.strip())
        if ends_sentence and word.count("\n") == 1 and i > 0 and tokens[i - 1] in LINE_WRAPPED_AFTER:
            ends_sentence = False  # `... دیدار و درباره⏎جزئیات ... گفت‌وگو کرد`: a line wrapped mid-sentence
        if word == "." and 0 < i < len(tokens) - 1 and len(tokens[i - 1]) == 1 and len(tokens[i + 1]) == 1:
            continue  # `پ.ک.ک`: the full stops of an abbreviation end nothing
        if word == "." and i > 0 and FUSED_INITIALS.match(tokens[i - 1]):
            continue  # `ام.کی. نارایانان`: the dot after initials the tokenizer kept together ends nothing
        if word == "." and 2 < i < len(tokens) - 2 and len(tokens[i - 1]) <= 2 and (
                (tokens[i + 2] == "." and len(tokens[i + 1]) <= 2)
                or (tokens[i - 2] == "." and len(tokens[i - 3]) <= 2)):
            continue  # `ژنرال وی. کی. سینگ`: the dots of two initials end nothing
        if word == "." and i - opened < NAME_IN_GUILLEMETS and len(tokens[i - 1]) <= 2 \
                and "»" in tokens[i + 1:opened + NAME_IN_GUILLEMETS]:
            continue  # `«اس. ام. قمرالحسن»`: the dot of an initial inside a short name ends nothing
        if word in CLAUSE_END and i - opened < NAME_IN_GUILLEMETS \
                and "»" in tokens[i + 1:opened + NAME_IN_GUILLEMETS]:
            continue  # `کنفرانس «آسیای مرکزی و جنوبی: پیوستگی منطقه‌ای» ... برگزار شد`: a colon inside a short name
        if ends_sentence or word in CLAUSE_END:
            clause_of.extend([len(clauses)] * (i + 1 - c_start))
            clauses.append((c_start, i + 1))
            c_start = i + 1
        if ends_sentence:
            sentence_of.extend([len(sentences)] * (i + 1 - s_start))
            sentences.append((s_start, i + 1))
            s_start = i + 1
    size = len(doc)
    sentence_of.extend([len(sentences)] * (size - s_start))
    clause_of.extend([len(clauses)] * (size - c_start))
    if s_start < size or not sentences:
        sentences.append((s_start, size))
    if c_start < size or not clauses:
        clauses.append((c_start, size))
    result = Units(sentence_of, clause_of, sentences, clauses)
    set_ext(doc, "clauses", result)
    return result


def relative_clause_tokens(doc: Doc, start: int, end: int, markers: frozenset[str]) -> set[int]:
    """Tokens inside `که ... ،` relative clauses between `start` and `end` (their verbs are not ours)."""
    inside: set[int] = set()
    tokens = words(doc)
    if markers.isdisjoint(tokens[start:end]):  # (most clauses: nothing to walk through)
        return inside
    i = start
    while i < end:
        if tokens[i] in markers:
            first_comma = None
            j = i + 1
            verb_seen = False
            while j < end:
                if tokens[j] in ("،", ","):
                    if first_comma is None:
                        first_comma = j
                    if verb_seen:  # a comma inside a list (`امنیتی، نظامی و اقتصادی`) does not close the clause
                        break
                elif tokens[j] in CLAUSE_VERBS:
                    verb_seen = True
                j += 1
            close = j if j < end else first_comma
            if close is not None:
                inside.update(range(i, close + 1))
                i = close
            else:
                i = j
        i += 1
    return inside


CLAUSE_VERBS = frozenset({"شد", "شدند", "شده", "کرد", "کردند", "کرده", "است", "اند", "بود", "بودند", "داشت", "داشتند",
                          "گردید", "رسید", "رسیدند", "دارد", "دارند", "کند", "کنند", "شود", "شوند", "آمد", "رفت",
                          "یافت", "گرفت", "نمود"})
"""Finite verbs that end a relative clause's own predicate."""
