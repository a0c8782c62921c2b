"""A long article is tokenized with a warmed tokenizer cache: the tokens are exactly spaCy's."""
from conftest import SAMPLES
from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LIKE_NUM, NORM, ORTH, SHAPE, SPACY

from extractor.api import LONG_TEXT
from extractor.pipeline import make_nlp


def test_long_text_tokens_equal_a_cold_tokenizer(extractor, kb):
    joined = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("**/*.txt")))
    text = kb.normalizer.normalize((joined * 2)[: max(LONG_TEXT * 3, 150_000)]).text
    assert len(text) >= LONG_TEXT
    warmed = extractor._make_doc(text)
    cold = make_nlp().make_doc(text)
    attrs = [ORTH, IDX, SPACY, NORM, SHAPE, IS_ALPHA, IS_PUNCT, IS_SPACE, LIKE_NUM]
    assert (warmed.to_array(attrs) == cold.to_array(attrs)).all()
    assert warmed.text == cold.text == text


def test_long_texts_after_one_another_tokenize_only_new_chunks_and_equal_a_cold_tokenizer(kb):
    """The chunks a long article tokenized first are remembered; the next long article tokenizes the others."""
    from extractor import Extractor

    extractor = Extractor()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("**/*.txt"))]
    first = kb.normalizer.normalize("\n\n".join(texts[:150])).text
    second = kb.normalizer.normalize("\n\n".join(texts[100:400])).text
    assert min(len(first), len(second)) >= LONG_TEXT
    cold = make_nlp()
    attrs = [ORTH, IDX, SPACY, NORM, SHAPE, IS_ALPHA, IS_PUNCT, IS_SPACE, LIKE_NUM]
    for text in (first, second, first):
        warmed = extractor._make_doc(text)
        assert (warmed.to_array(attrs) == cold.make_doc(text).to_array(attrs)).all()
    assert extractor._primed == set(first.split()) | set(second.split())


def test_long_text_cost_grows_linearly_with_length():
    """Eight times the text costs about eight times the CPU (a rule that compares every event or draft with every
    other one makes it grow with the square; three such rules crept in before and were found on 1 MB only).
    The bound is generous: it catches a square term (64 times), not noise (on a quiet machine the ratio is about
    8; on a loaded one, 13 to 14 were seen)."""
    import time

    from extractor import Extractor

    extractor = Extractor(max_chars=1_000_000)
    joined = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("fa/*.txt")))

    def cost(size: int) -> float:
        text = joined[:size]
        runs = []
        for _ in range(3):
            started = time.process_time()
            extractor.extract(text)
            runs.append(time.process_time() - started)
        return min(runs)

    extractor.extract(joined[:480_000])  # first-call costs and caches (tokenizer, vocabulary) out of both measures
    small, large = cost(60_000), cost(480_000)
    assert large / small < 8 * 2
