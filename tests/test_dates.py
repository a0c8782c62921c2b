"""Date rules against the corpus in tests/corpus/dates.yaml, at one fixed reference date."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from extractor.dates import DateRules, to_jalali

CORPUS = yaml.safe_load((Path(__file__).parent / "corpus" / "dates.yaml").read_text(encoding="utf-8"))
REFERENCE = dt.date.fromisoformat(str(CORPUS["reference_date"]))
POSITIVE = [(value, text) for value, texts in CORPUS["examples"].items() for text in texts]


@pytest.fixture(scope="module")
def rules(kb):
    return DateRules(kb.dates, kb.normalizer.normalize_pattern)


def _read(rules, kb, text):
    normalized = kb.normalizer.normalize(text).text
    return normalized, rules.find(normalized)


@pytest.mark.parametrize("expected, text", POSITIVE)
def test_dates_corpus_positive(rules, kb, expected, text):
    normalized, mentions = _read(rules, kb, text)
    assert len(mentions) == 1, mentions
    mention = mentions[0]
    assert normalized[mention.start:mention.end].strip() == normalized.strip()
    assert rules.resolve(mention, REFERENCE).value == expected


@pytest.mark.parametrize("text", CORPUS["negative"])
def test_dates_corpus_negative(rules, kb, text):
    _, mentions = _read(rules, kb, text)
    assert [m for m in mentions if rules.resolve(m, REFERENCE).value] == []


@pytest.mark.parametrize("text, relative", [("عصر امروز", "today"), ("روز گذشته", "yesterday"),
                                            ("شامگاه یکشنبه", "last_sunday")])
def test_dates_relative_without_publication_stays_unresolved(rules, kb, text, relative):
    _, mentions = _read(rules, kb, text)
    resolved = rules.resolve(mentions[0], None)
    assert resolved.value is None
    assert resolved.relative == relative


@pytest.mark.parametrize("day, jalali", [(dt.date(2021, 10, 18), "1400-07-26"), (dt.date(2023, 3, 21), "1402-01-01")])
def test_dates_jalali_form(day, jalali):
    assert to_jalali(day) == jalali


@pytest.mark.parametrize("text", ["۲۷ مهر ۱۴۰۰"])
def test_dates_jalali_is_not_read_as_gregorian_year_1400(rules, kb, text):
    _, mentions = _read(rules, kb, text)
    assert rules.resolve(mentions[0], None).value.startswith("2021")


@pytest.mark.parametrize("text, expected", [("روز پنجشنبه، ۲۵ جدی ۱۳۹۹", "2021-01-14"),
                                            ("امروز چهارشنبه ۲۱ اسفند ۱۳۸۷", "2009-03-11")])
def test_dates_day_word_named_by_a_full_date_needs_no_publication(rules, kb, text, expected):
    _, mentions = _read(rules, kb, text)
    assert [rules.resolve(m, None).value for m in mentions] == [expected]


@pytest.mark.parametrize("text, expected", [("۱۰ آبان", "2021-11-01"),  # announced, two weeks ahead: this year
                                            ("۲۰ آذر", "2020-12-10"),  # more than a month ahead: last year
                                            ("۲۰ مهر", "2021-10-12")])
def test_dates_year_less_date_soon_after_publication_is_this_years(rules, kb, text, expected):
    _, mentions = _read(rules, kb, text)
    assert rules.resolve(mentions[0], REFERENCE).value == expected
