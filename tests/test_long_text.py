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
