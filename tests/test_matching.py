"""The windowed Matcher finds exactly what spaCy's Matcher finds over the whole Doc, in the same order."""
import random

from conftest import SAMPLES
from spacy.matcher import Matcher

from extractor.matching import AnchoredMatcher, _longest


def _pair(extractor, kb):
    windowed = AnchoredMatcher(extractor.nlp.vocab)
    whole = Matcher(extractor.nlp.vocab)
    for rule in kb.triggers:
        windowed.add(rule["id"], kb.matcher_patterns(rule["pattern"]))
        whole.add(rule["id"], kb.matcher_patterns(rule["pattern"]))
    for code, pattern in kb.topic_patterns:
        windowed.add(code, kb.matcher_patterns(pattern))
        whole.add(code, kb.matcher_patterns(pattern))
    return windowed, whole


def test_windowed_matcher_equals_whole_doc_matcher(extractor, kb):
    windowed, whole = _pair(extractor, kb)
    assert windowed.anchored
    rng = random.Random(3)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("**/*.txt"))]
    for text in texts:
        normalized = kb.normalizer.normalize(text).text
        doc = extractor.nlp.make_doc(normalized)
        assert windowed(doc) == whole(doc)
        words = [t.text for t in doc if not t.is_space]
        for _ in range(3):  # the same words in another order: matches at new places and at the edges
            rng.shuffle(words)
            shuffled = extractor.nlp.make_doc(" ".join(words[:200]))
            assert windowed(shuffled) == whole(shuffled)


def test_unbounded_patterns_fall_back_to_the_whole_doc(extractor):
    matcher = AnchoredMatcher(extractor.nlp.vocab)
    matcher.add("X", [[{"ORTH": "a"}, {"OP": "*"}, {"ORTH": "b"}]])
    assert not matcher.anchored
    doc = extractor.nlp.make_doc("a x y z b")
    assert [(s, e) for _, s, e in matcher(doc)] == [(0, 5)]
    assert _longest([{"ORTH": "a"}, {"IS_PUNCT": False, "OP": "{0,3}"}, {"ORTH": "b", "OP": "?"}]) == 5


def test_windows_run_with_matchers_of_their_patterns_only_up_to_a_limit(extractor, kb, monkeypatch):
    """A window whose patterns are not replayed in Python runs a Matcher of the patterns that match in it; past
    MAX_SUBSETS sets, the Matcher of all."""
    import extractor.matching as matching

    monkeypatch.setattr(matching, "MAX_SUBSETS", 2)
    windowed, whole = _pair(extractor, kb)
    windowed._steps = [None] * len(windowed._steps)
    for path in sorted(SAMPLES.glob("fa/*.txt"))[:40]:
        doc = extractor.nlp.make_doc(kb.normalizer.normalize(path.read_text(encoding="utf-8")).text)
        assert windowed(doc) == whole(doc)
    assert len(windowed._subset_matchers) == 2


def test_known_spans_from_strings_equal_spacy_spans(extractor):
    """`known_span` passes the ids of its strings (looked up once per StringStore): the same Span as spaCy's."""
    from spacy.tokens import Span

    from extractor.units import known_span

    doc = extractor.nlp.make_doc("دیدار وزیر امور خارجه با همتای روسی")
    for args in [("meeting", "strong:actual", "fa.trigger.x"), ("PLACE", 0, "kb.place"), ("نو", "کلید", "قاعده")]:
        span = known_span(doc, 1, 4, *args, tuple(a if isinstance(a, str) else "" for a in args))
        plain = Span(doc, 1, 4, label=args[0], kb_id=args[1], span_id=args[2])
        assert (span.label, span.kb_id, span.id, span.start_char, span.end_char) == \
               (plain.label, plain.kb_id, plain.id, plain.start_char, plain.end_char)
        assert (Span.label_.__get__(span), Span.kb_id_.__get__(span), Span.id_.__get__(span)) == \
               (plain.label_, plain.kb_id_, plain.id_)


def test_windows_of_one_pattern_listed_in_python_equal_the_matcher(extractor, kb):
    """A window of one pattern that opens once in it has its matches listed in Python (every end, shortest first):
    texts dense in the words of the gapped patterns (`مورد استقبال ... قرار گرفت`, `روابط ... دو کشور`) give
    the Matcher's matches, in its order."""
    windowed, whole = _pair(extractor, kb)
    rng = random.Random(11)
    vocab = ["مورد", "استقبال", "قرار", "گرفت", "گرفتند", "گرفته", "،", ".", "x", "y", "روابط", "همکاری", "های", "دو",
             "کشور", "با", "تهران", "ایران", "و", "دیدار", "کرد", "\n"]
    listed = 0
    for _ in range(400):
        doc = extractor.nlp.make_doc(" ".join(rng.choice(vocab) for _ in range(rng.randint(1, 60))))
        assert windowed(doc) == whole(doc)
        listed += sum(1 for s, e, m in windowed.windows(doc) if windowed._one_pattern(
            tuple(sorted(m)), [t.text for t in doc], s, e, doc) is not None)
    assert listed > 100


def test_windows_of_several_patterns_replayed_equal_the_matcher(extractor, kb):
    """A window of several patterns is replayed in Python (`_replay`): texts dense in the words of the patterns, with
    their optional and repeated tokens, give the Matcher's matches, in its order."""
    windowed, whole = _pair(extractor, kb)
    assert None not in windowed._steps
    pattern_words = sorted({w for _, pattern in windowed.singles for token in pattern
                            for w in ([token["ORTH"]] if isinstance(token.get("ORTH"), str)
                                      else token.get("ORTH", {}).get("IN", []))})
    rng = random.Random(7)
    replayed = 0
    for _ in range(300):
        vocab = rng.sample(pattern_words, 30) + ["،", ".", "x", "۱۲", "با", "و"]
        doc = extractor.nlp.make_doc(" ".join(rng.choice(vocab) for _ in range(rng.randint(1, 80))))
        assert windowed(doc) == whole(doc)
        replayed += sum(1 for _, _, m in windowed.windows(doc) if len(m) > 1)
    assert replayed > 100
