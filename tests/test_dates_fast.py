"""The English-date regex opens with a lookahead on its possible first characters: same matches."""
import re

from conftest import SAMPLES

LOOKAHEAD = r"(?=[\dADFJMNOSTW])"


def test_latin_date_lookahead_changes_no_match(kb):
    fast = kb.date_rules._latin
    assert fast.pattern.startswith(LOOKAHEAD)
    plain = re.compile(fast.pattern[len(LOOKAHEAD):], fast.flags)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("**/*.txt"))]
    texts.append("on October 19, 2021 and 19 Oct 2021, Tuesday, 19 october 2021; SEPT 3, 2020; ſept 3, 2020; "
                 "Kelvin 3 Dec 2019 friday 1 JAN 2000 x2 May 5, 1999 /Mar 3, 2001 ١٩ Oct 2021 Wednesday, 3 June 2022")
    for text in texts:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
               [(m.span(), m.groups()) for m in plain.finditer(text)]


# The Persian date regexes: word lists written as tries, and a scan that skips to the characters before a match.
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from extractor import dates as dates_module  # noqa: E402


def _list_alternation(words) -> str:
    """The plain form `alternation` replaced: the words longest first, `|`-joined."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _date_words(kb) -> list[str]:
    rules = kb.date_rules
    return sorted(set(rules.month_words) | set(rules.weekdays) | set(rules.ordinals) | set(rules.relative_days)
                  | set(rules.relative_periods) | set(rules.weekday_direction))


def _texts(kb):
    words = _date_words(kb)
    pieces = words + [w[:-1] for w in words if len(w) > 1] + [w + "ها" for w in words[:20]] + \
        ["۱۴۰۳", "1403", "12", "۲", "/", "-", ".", "،", "\u200c", "روز", "ماه", "سال", "سه", "دو", "در", "a", "2024"]
    separators = [" ", "  ", "\n", "\t", "", " \u200c", "/", "\u00a0"]
    return st.lists(st.tuples(st.sampled_from(pieces), st.sampled_from(separators)), max_size=30).map(
        lambda parts: "".join(p + s for p, s in parts))


def test_trie_alternation_same_as_the_list(kb):
    words = _date_words(kb)
    for group in (words, list(kb.date_rules.month_words), ["ab", "abc", "a b", "a bc", "x"], ["a"], []):
        trie, plain = dates_module.alternation(group), _list_alternation(group)
        for context in ("(?<![\\w/])({})(?![\\w/])", "(?<![\\w/])({})(?:\\s+(\\d{{4}}))?(?![\\w/])", "({})\\s+(\\w+)"):
            fast, slow = re.compile(context.format(trie)), re.compile(context.format(plain))
            text = " ".join(group) + " " + "  ".join(group[::-1]) + " " + "\n".join(g + "ها" for g in group)
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
                   [(m.span(), m.groups()) for m in slow.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_date_scans_and_tries_same_matches_as_the_plain_regexes(kb, data):
    text = data.draw(_texts(kb))
    for name, scan in kb.date_rules._scans.items():
        assert scan.fast is not None, name
        found = [(start, m.end(), m.groups()) for start, m in scan(text)]
        assert found == [(m.start(), m.end(), m.groups()) for m in scan.pattern.finditer(text)], name
    words = _date_words(kb)
    trie, plain = dates_module.alternation(words), _list_alternation(words)
    context = "(?<![\\w/])(?:({})\\s+)?({})(?:\\s+(\\d+))?(?![\\w/])"
    assert [(m.span(), m.groups()) for m in re.finditer(context.format(trie, trie), text)] == \
           [(m.span(), m.groups()) for m in re.finditer(context.format(plain, plain), text)]


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_scans_read_off_the_shared_starts_find_what_finditer_finds(kb, data):
    """`_starts` holds every position where one of the six word-led patterns matches: each pattern tried only there
    gives the matches of its `finditer`."""
    rules = kb.date_rules
    text = data.draw(_texts(kb))
    starts = rules._starts(text)
    assert starts is not None
    for name in ("_named", "_month_year", "_month_alone", "_relative_day", "_period", "_weekday"):
        scan = rules._scans[name]
        found = [(start, m.end(), m.groups()) for start, m in scan(text, starts)]
        assert found == [(m.start(), m.end(), m.groups()) for m in scan.pattern.finditer(text)], name
    text += data.draw(st.sampled_from(["", " 1403/05/12", " 20.08.2025", " x1403/05/12", " 12 1403 - 05 - 12 /3"]))
    numbers = [m.start() for m in dates_module._NUMBER_BEFORE_SEPARATOR.finditer(text)]
    for name in ("_numeric", "_numeric_dmy"):
        scan = rules._scans[name]
        found = [(start, m.end(), m.groups()) for start, m in scan(text, numbers)]
        assert found == [(m.start(), m.end(), m.groups()) for m in scan.pattern.finditer(text)], name


def test_absolute_dates_are_the_absolute_mentions_of_find(kb):
    """`absolute` skips a text without a digit: every full date has its year in digits."""
    rules = kb.date_rules
    lines = [line for p in sorted(SAMPLES.glob("**/*.txt")) for line in p.read_text(encoding="utf-8").split("\n")]
    lines += ["۱۲ مرداد ۱۴۰۳", "12 مرداد", "دوازدهم مرداد سال ۱۴۰۳", "October 19, 2021", "اکتبر ۲۰۲۱", "امروز"]
    normalized = [kb.normalizer.normalize(line).text for line in lines]
    found = 0
    for text in normalized:
        expected = [m for m in rules.find(text) if m.kind == "absolute"]
        assert rules.absolute(text) == expected
        found += len(expected)
    assert found > 100


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_gated_scans_find_what_ungated_ones_find(kb, data):
    """A scan is skipped on a text without a string its every match holds (a Latin letter, a numeric date's two
    separators, `ماه`, the parts of the weekday, relative-day and period words): the mentions are the same."""
    from unittest import mock

    rules = kb.date_rules
    text = data.draw(_texts(kb)) + data.draw(st.sampled_from(["", " 1403/05/12", " 20.08.2025", " 3 May 2021"]))
    gated = rules.find(text)
    everywhere = re.compile("")
    with mock.patch.object(dates_module, "_TWO_SEPARATORS", everywhere), \
            mock.patch.object(dates_module, "_LATIN_LETTER", everywhere), \
            mock.patch.object(dates_module, "_MONTH_WORD", ""), \
            mock.patch.object(rules, "_needles", {name: None for name in rules._needles}):
        assert rules.find(text) == gated


def test_needles_are_held_by_every_word(kb):
    rules = kb.date_rules
    for name, words in (("_relative_day", rules.relative_days), ("_period", rules.relative_periods),
                        ("_weekday", rules.weekdays)):
        needles = rules._needles[name]
        assert needles and all(any(n in piece for n in needles for piece in w.split(" ")) for w in words), name
    assert dates_module._needles(["a b", "ab"]) in (("a", "b", "ab"), ("ab", "a"), ("ab", "b"))
    assert dates_module._needles(["", "x"]) is None
