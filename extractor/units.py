"""Sentences and clauses over a normalised Doc, computed once and cached on `doc._.clauses`."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

SENTENCE_END = frozenset({".", "؟", "?", "!", "…"})
CLAUSE_END = frozenset({"؛", ";", ":"})


@dataclass(frozen=True)
class Units:
    """Token index → sentence id and clause id, plus the token ranges of each."""

    sentence_of: list[int]
    clause_of: list[int]
    sentences: list[tuple[int, int]]
    clauses: list[tuple[int, int]]


def words(doc: Doc) -> list[str]:
    """The token texts of `doc`, computed once (iterating a Doc builds a Token object per token)."""
    cached = doc.user_data.get("meeting_words")
    if cached is None:
        cached = doc.user_data["meeting_words"] = [t.text for t in doc]
    return cached


def flags(doc: Doc) -> tuple[list[bool], list[bool]]:
    """Per token: is it alphabetic, is it punctuation (computed once per Doc)."""
    cached = doc.user_data.get("meeting_flags")
    if cached is None:
        cached = doc.user_data["meeting_flags"] = ([t.is_alpha for t in doc], [t.is_punct for t in doc])
    return cached


def text(doc: Doc) -> str:
    """`doc.text`, computed once (spaCy rebuilds it from the tokens at every access)."""
    cached = doc.user_data.get("meeting_text")
    if cached is None:
        cached = doc.user_data["meeting_text"] = doc.text
    return cached


def units(doc: Doc) -> Units:
    """Split `doc` into sentences (., ؟, !, blank lines) and clauses (also ؛ and :)."""
    if doc._.clauses is not None:
        return doc._.clauses
    sentence_of, clause_of = [], []
    sentences, clauses = [], []
    s_start = c_start = 0
    for i, word in enumerate(words(doc)):
        sentence_of.append(len(sentences))
        clause_of.append(len(clauses))
        ends_sentence = word in SENTENCE_END or ("\n" in word and not word.strip())
        if ends_sentence or word in CLAUSE_END:
            clauses.append((c_start, i + 1))
            c_start = i + 1
        if ends_sentence:
            sentences.append((s_start, i + 1))
            s_start = i + 1
    if s_start < len(doc) or not sentences:
        sentences.append((s_start, len(doc)))
    if c_start < len(doc) or not clauses:
        clauses.append((c_start, len(doc)))
    result = Units(sentence_of, clause_of, sentences, clauses)
    doc._.clauses = result
    return result


def relative_clause_tokens(doc: Doc, start: int, end: int, markers: frozenset[str]) -> set[int]:
    """Tokens inside `که ... ،` relative clauses between `start` and `end` (their verbs are not ours)."""
    inside: set[int] = set()
    i = start
    while i < end:
        if doc[i].text in markers:
            j = i + 1
            while j < end and doc[j].text not in ("،", ","):
                j += 1
            if j < end:
                inside.update(range(i, j + 1))
            i = j
        i += 1
    return inside
