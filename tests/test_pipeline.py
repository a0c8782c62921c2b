"""The tokenizer: sentence ends whose space was lost are split; URLs and abbreviations stay whole."""
import pytest


@pytest.mark.parametrize("text, tokens", [
    # a full stop between two words whose space was lost ends a sentence (spaCy's URL matcher took it for a domain)
    ("گفتگو کرد.بدربن سعود گفت", ["گفتگو", "کرد", ".", "بدربن", "سعود", "گفت"]),
    ("کشورمان.وی گفت", ["کشورمان", ".", "وی", "گفت"]),
    # an abbreviation of short parts and a Latin URL are one token each
    ("(آی.اس.آی)", ["(", "آی.اس.آی", ")"]),
    ("www.irna.ir", ["www.irna.ir"]),
])
def test_pipeline_tokenizer_splits_glued_sentence_ends_only(extractor, text, tokens):
    assert [t.text for t in extractor._make_doc(text)] == tokens


def test_pipeline_a_contact_after_a_glued_full_stop_is_found(extract):
    text = ("به گزارش ایلنا، بدر بن سعود وزیر مسئول امور دفاعی عمان صبح امروز با حسین دهقان وزیر دفاع دیدار کرد."
            "وی عصر نیز با علی شمخانی دبیر شورای عالی امنیت ملی دیدار کرد.بدربن سعود گفت مسقط از گفتگو حمایت میکند.")
    events = extract(text, published="2014-05-18")["events"]
    assert len(events) == 2
