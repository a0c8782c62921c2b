import pytest

from extractor.units import units


def _clause_words(extractor, text):
    doc = extractor.nlp.make_doc(extractor.kb.normalizer.normalize(text).text)
    u = units(doc)
    return [[t.text for t in doc[a:b]] for a, b in u.clauses]


@pytest.mark.parametrize("text", [
    "کنفرانس «آسیای مرکزی و جنوبی: پیوستگی منطقه‌ای» امروز برگزار شد.",
    "همایش «امنیت خلیج فارس؛ چشم‌انداز همکاری» امروز برگزار شد.",
])
def test_units_a_colon_inside_a_short_name_in_guillemets_ends_no_clause(extractor, text):
    assert len(_clause_words(extractor, text)) == 1


def test_units_a_colon_before_a_quote_still_ends_a_clause(extractor):
    clauses = _clause_words(extractor, "وزیر گفت: «همکاری ادامه دارد.»")
    assert clauses[0][-1] == ":"


def test_units_the_dots_of_initials_inside_guillemets_end_no_sentence(extractor):
    text = "سپهبد «اس. ام. قمرالحسن» امروز با فرمانده ارتش پاکستان دیدار کرد. دو طرف گفتگو کردند."
    doc = extractor.nlp.make_doc(extractor.kb.normalizer.normalize(text).text)
    assert len(units(doc).sentences) == 2


@pytest.mark.parametrize("text, sentences", [
    ("وزیر دفاع با ژنرال وی. کی. سینگ فرمانده نیروی زمینی هند ملاقات نمود. دو طرف گفتگو کردند.", 2),
    ("امروز وزیر دفاع با وی. در این دیدار گفت.", 2),  # a pronoun before a full stop is no initial
    ("سعید جلیلی روز دوشنبه با ام.کی. نارایانان مشاور امنیت ملی هند دیدار کرد. دو طرف گفتگو کردند.", 2),
])
def test_units_the_dots_of_two_initials_end_no_sentence(extractor, text, sentences):
    """`وی. کی. سینگ`: two initials, each with its dot, start a name (the pronoun `وی` too looks like one)."""
    doc = extractor.nlp.make_doc(extractor.kb.normalizer.normalize(text).text)
    assert len(units(doc).sentences) == sentences


@pytest.mark.parametrize("text, sentences", [
    ("وزیر امروز با سفیر ایران دیدار و درباره\nجزئیات نشست کمیسیون گفت‌وگو کرد.", 1),
    ("وزیر امروز با سفیر ایران دیدار کرد\nدو طرف گفت‌وگو کردند.", 2),
    ("وزیر امروز با سفیر ایران دیدار و درباره\n\nجزئیات نشست کمیسیون گفت‌وگو کرد.", 2),
])
def test_units_a_line_wrapped_after_a_word_no_sentence_ends_with_ends_no_sentence(extractor, text, sentences):
    doc = extractor.nlp.make_doc(extractor.kb.normalizer.normalize(text).text)
    assert len([s for s in units(doc).sentences if any(not t.is_space for t in doc[s[0]:s[1]])]) == sentences
