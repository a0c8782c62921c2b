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
