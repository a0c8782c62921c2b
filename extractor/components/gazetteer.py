"""`meeting_gazetteer`: mark every knowledge-base phrase (countries, titles, ranks, places, ...)."""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .. import cache
from ..kb import load_kb
from ..units import known_span, offsets, set_spans, text, where, words

STRUCTURE_LABELS = ("OFFICIAL", "TITLE", "RANK", "COUNTRY", "DEMONYM", "PLACE", "ORG", "OUR_COUNTRY",
                    "COUNTERPART", "REPORTER", "OUTLET", "SURNAME")
"""Labels that shape people and places; the longest of them wins where they overlap."""
_STRUCTURE_RANK = {label: i for i, label in enumerate(STRUCTURE_LABELS)}
REGION_WORDS = frozenset({"ولایت", "استان", "ایالت", "شهر", "ناحیه"})
"""Words for a province, district or city that both a title (`حاکم ولایت`, `رئیس شهر`, `رئیس ناحیه`) and a place's
name (`ولایت سرخان‌دریا`, `شهر بوستان`, `ناحیه دوستی`) may hold."""


class PhraseTrie:
    """spaCy's PhraseMatcher over token texts, in Python, with its exact output order.

    The PhraseMatcher walks a trie of pattern tokens from every token and reports, for each start,
    the matches by increasing length, and the labels of one phrase in the order of its trie node's
    hash table. The trie here holds, at the node that ends a phrase, those labels in that order,
    read from a real PhraseMatcher when the trie is built. Unlike the PhraseMatcher it needs no
    pattern Docs, so it can be stored in the disk cache and loaded without building them.
    """

    END = ""
    """the key of a node's labels (no token text is empty)"""

    def __init__(self):
        self.root: dict = {}

    @classmethod
    def from_phrase_matcher(cls, nlp: Language, phrases: dict[str, dict[str, list[str]]], pattern_doc) -> "PhraseTrie":
        """Build the PhraseMatcher of `phrases` (label → normalised text → keys) and copy it."""
        matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        pieces: dict[str, list[str]] = {}
        docs: dict[tuple[str, ...], Doc] = {}
        for label, index in phrases.items():
            patterns = [pattern_doc(nlp, text, pieces) for text in index]
            matcher.add(label, patterns)
            for doc in patterns:
                docs.setdefault(tuple(t.text for t in doc), doc)
        trie = cls()
        for tokens, doc in docs.items():
            labels = [nlp.vocab.strings[m] for m, start, end in matcher(doc) if start == 0 and end == len(doc)]
            node = trie.root
            for token in tokens:
                node = node.setdefault(token, {})
            node[cls.END] = tuple(labels)
        return trie

    def __call__(self, tokens: list[str], starts: list[int] | None = None) -> list[tuple[str, int, int]]:
        """(label, start, end) of every phrase in `tokens`, in the PhraseMatcher's order. `starts`, when given, are
        the indices of the tokens that open a phrase (the root's words; `units.where`), in order."""
        root, end_key = self.root, self.END
        size = len(tokens)
        found = []
        for i in starts if starts is not None else [i for i, token in enumerate(tokens) if token in root]:
            node = root[tokens[i]]
            j = i + 1
            while True:
                labels = node.get(end_key)
                if labels:
                    found += [(label, i, j) for label in labels]
                if j >= size:
                    break
                node = node.get(tokens[j])
                if node is None:
                    break
                j += 1
        return found


@Language.factory("meeting_gazetteer", assigns=["doc.spans"], default_config={"rules_dir": None})
class GazetteerMatcher:
    """Phrase-match the knowledge base on normalised tokens.

    Writes `doc.spans["kb"]` (every match, overlapping) and `doc.spans["structure"]` (the longest
    non-overlapping matches of the structural labels). Each span's `kb_id_` holds the entry keys
    joined by `|`; its `id_` names the rule file.
    """

    def __init__(self, nlp: Language, name: str, *, rules_dir: str | None = None):
        self.kb = load_kb(rules_dir)
        key = self.kb.fingerprint
        self.trie = cache.load("gazetteer", key)
        if not isinstance(self.trie, PhraseTrie):
            self.trie = PhraseTrie.from_phrase_matcher(nlp, self.kb.phrases, self._pattern_doc)
            cache.save("gazetteer", key, self.trie)
        self._ids: dict[tuple[str, str], tuple] = {}
        """(label, phrase) → string ids of its label, entry keys and rule; () when no entry has it"""

    @staticmethod
    def _pattern_doc(nlp: Language, text: str, pieces: dict[str, list[str]]) -> Doc:
        """A pattern cut exactly as the tokenizer cuts text (it splits suffixes: کشورمان → کشور مان).

        Each distinct word is tokenized once; the pattern is assembled from the pieces.
        """
        words: list[str] = []
        for word in text.split(" "):
            if word not in pieces:
                pieces[word] = [t.text for t in nlp.make_doc(word)]
            words.extend(pieces[word])
        return Doc(nlp.vocab, words=words)

    def _ambiguous_places(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Cities named by a common word (دوشنبه): only after a cue, and when their country is named."""
        if not any(word in text(doc) for word in self.kb.ambiguous_places):
            return []
        countries = {key for s in spans if s.label_ in ("COUNTRY", "DEMONYM") for key in s.kb_id_.split("|")}
        found = []
        tokens = words(doc)
        places = self.kb.ambiguous_places
        for i in where(doc, places):
            spec = places[tokens[i]]
            dateline = spec["dateline"] and (i == 0 or "\n" in tokens[i - 1]) and i + 1 < len(tokens) \
                and tokens[i + 1] in ("،", "-", "–")  # `دوشنبه، ۱۴ سپتامبر ۲۰۲۲ (خاور).` opens the lead
            if spec["country_named"] not in countries and not (dateline and spec["dateline_alone"]):
                continue  # (`آستانه، 3 ژوئیه (خاور) –` opening a line is the city, its country named or not)
            before = any(i - len(cue) >= 0 and tuple(tokens[i - len(cue):i]) == cue for cue in spec["cues"])
            after = any(tuple(tokens[i + 1:i + 1 + len(cue)]) == cue for cue in spec["cues_after"])
            if before or after or dateline:
                found.append(known_span(doc, i, i + 1, "PLACE", spec["place"], "kb.place.ambiguous",
                                        ("PLACE", spec["place"], "kb.place.ambiguous")))
        return found

    @staticmethod
    def _share_region_words(doc: Doc, spans: list[Span], labels: list[str], bounds: list[tuple[int, int]]) -> None:
        """`حاکم ولایت سرخان‌دریا`: a title that ends in a region word (`حاکم ولایت`) keeps it, and the place named
        with that word (`ولایت سرخان‌دریا`) starts after it, so the longer place no longer swallows the title."""
        tokens = words(doc)
        title_ends = {end for label, (start, end) in zip(labels, bounds)
                      if label == "TITLE" and end - start >= 2 and tokens[end - 1] in REGION_WORDS}
        if not title_ends:
            return
        for i, (label, (start, end)) in enumerate(zip(labels, bounds)):
            if label == "PLACE" and start + 1 in title_ends and tokens[start] in REGION_WORDS and end - start >= 2:
                span = spans[i]
                spans[i] = known_span(doc, start + 1, end, span.label, span.kb_id, span.id,
                                      (span.label_, span.kb_id_, span.id_))
                bounds[i] = (start + 1, end)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        labels = []
        source = text(doc)
        starts, ends = offsets(doc)
        strings = doc.vocab.strings
        ids = self._ids
        bounds = []
        for label, start, end in self.trie(words(doc), where(doc, self.trie.root)):
            phrase = source[starts[start]:ends[end - 1]]
            found = ids.get((label, phrase))
            if found is None:
                if len(ids) > 100_000:
                    ids.clear()
                keys = self.kb.lookup(label, phrase)
                joined, rule = "|".join(keys), f"kb.{label.lower()}"
                found = ids[(label, phrase)] = (
                    (strings.add(label), strings.add(joined), strings.add(rule), (label, joined, rule)) if keys else ())
            if not found:
                continue
            spans.append(known_span(doc, start, end, found[0], found[1], found[2], found[3]))
            labels.append(label)
            bounds.append((start, end))
        ambiguous = self._ambiguous_places(doc, spans)
        spans += ambiguous
        labels += ["PLACE"] * len(ambiguous)
        bounds += [(s.start, s.end) for s in ambiguous]
        self._share_region_words(doc, spans, labels, bounds)
        set_spans(doc, "kb", spans)
        set_spans(doc, "structure", [spans[i] for i in longest(structural_order(labels), bounds, len(doc))])
        return doc


def structural_order(labels: list[str]) -> list[int]:
    """The indices of the structural labels, by `STRUCTURE_LABELS` rank, then index (`sorted((rank, i))`).

    >>> structural_order(["PLACE", "TOPIC", "TITLE", "PLACE"])
    [2, 0, 3]
    """
    rank = _STRUCTURE_RANK
    buckets: list[list[int]] = [[] for _ in STRUCTURE_LABELS]
    for i, label in enumerate(labels):
        r = rank.get(label)
        if r is not None:
            buckets[r].append(i)
    return [i for bucket in buckets for i in bucket]


def longest(order: list[int], bounds: list[tuple[int, int]], size: int) -> list[int]:
    """`spacy.util.filter_spans` on the spans `order` picks (token bounds in `bounds`), as indices in token order.

    The (first) longest span wins where spans overlap; sorting ints instead of Span objects by a key that
    reads their attributes takes a fraction of the time. `size` bounds the token offsets (the Doc's length).

    >>> longest([0, 1, 2], [(0, 2), (1, 3), (3, 4)], 4)
    [0, 2]
    """
    width = size + 1  # (length, -start) as one int: length * width - start
    rank = [(end - start) * width - start for start, end in bounds]
    ranked = sorted(order, key=rank.__getitem__, reverse=True)
    kept = []
    seen: set[int] = set()
    for i in ranked:
        start, end = bounds[i]
        if start not in seen and end - 1 not in seen:
            kept.append(i)
            seen.update(range(start, end))
    kept.sort(key=[start for start, _ in bounds].__getitem__)
    return kept
