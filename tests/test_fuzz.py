"""Fuzzing: `extract` never raises on random text, and every offset points at its own text."""
from conftest import SAMPLES, assert_offsets
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PERSIAN = "".join(chr(c) for c in range(0x0621, 0x064B)) + "پچژگکیۀ‌ ۰۱۲۳۴۵۶۷۸۹،؛«»." + "\u200c\u200f\u0640\u064b"
SEED = (SAMPLES / "iran-russia-chiefs-of-staff.fa.txt").read_text(encoding="utf-8")
FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.text(max_size=400))
def test_fuzz_random_unicode(extractor, text):
    document = extractor.extract(text).to_dict()
    assert_offsets(document, text)


@FUZZ
@given(st.text(alphabet=PERSIAN, max_size=600))
def test_fuzz_random_persian(extractor, text):
    document = extractor.extract(text).to_dict()
    assert_offsets(document, text)


@FUZZ
@given(st.lists(st.tuples(st.integers(0, len(SEED) - 1), st.integers(0, 40),
                          st.sampled_from(["", " ", "\u200c", "<b>", "ي", "ك", "\n", "«", "۱۴۰۰", "&amp;"])),
                max_size=12))
def test_fuzz_mutated_seed(extractor, edits):
    text = SEED
    for position, length, insert in edits:
        text = text[:position] + insert + text[position + length:]
    document = extractor.extract(text).to_dict()
    assert_offsets(document, text)
