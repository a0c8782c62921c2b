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
    """Each window runs a Matcher of the patterns that match in it; past MAX_SUBSETS sets, the Matcher of all."""
    import extractor.matching as matching

    monkeypatch.setattr(matching, "MAX_SUBSETS", 2)
    windowed, whole = _pair(extractor, kb)
    for path in sorted(SAMPLES.glob("fa/*.txt"))[:40]:
        doc = extractor.nlp.make_doc(kb.normalizer.normalize(path.read_text(encoding="utf-8")).text)
        assert windowed(doc) == whole(doc)
    assert len(windowed._subset_matchers) == 2
