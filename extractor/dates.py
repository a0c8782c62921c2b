"""Date expressions in normalised Persian text, and their resolution to ISO dates.

Jalali and Afghan solar dates convert through jdatetime (dateparser would read `۱۴۰۰/۰۷/۲۷` as the
Gregorian year 1400); Gregorian dates in Persian are built directly (`2021-10-19`, `۱۹ اکتبر ۲۰۲۱`),
and dates written in English (`October 19, 2021`) are read by dateparser; lunar Hijri dates use the tabular Islamic calendar and say so
in their reason. Relative expressions (`عصر امروز`, `روز گذشته`, `شامگاه یکشنبه`) resolve against the
publication date and stay unresolved without one.
"""
from __future__ import annotations

import datetime as dt
import functools
from bisect import bisect_left, bisect_right
import re
from dataclasses import dataclass, replace

import jdatetime

from . import cache


@dataclass(frozen=True)
class DateMention:
    """A date expression found at [start, end) of the normalised text."""

    start: int
    end: int
    kind: str
    """absolute | no_year | month | relative_day | weekday | relative_period"""
    calendar: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    offset: int = 0
    relative: str | None = None
    weekday: int | None = None
    direction: int = -1
    explicit: bool = False
    """a weekday with گذشته/آینده: never the publication day itself"""
    unit: str | None = None
    rule: str = ""


@dataclass(frozen=True)
class ResolvedDate:
    """An ISO date with its granularity and the reason it was chosen."""

    value: str | None
    granularity: str | None
    reason: str
    relative: str | None
    jalali: str | None

    @property
    def is_future(self) -> bool:
        """True for expressions that point after the publication date (فردا, هفته آینده)."""
        return self.relative is not None and (self.relative.startswith("next") or self.relative.startswith("tomorrow")
                                              or self.relative.endswith("_next") or self.relative == "day_after_tomorrow")


_LATIN_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
                 r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")


def _parse_latin(text: str) -> dt.date | None:
    """A date written in English (`October 19, 2021`), read by dateparser (imported only when needed)."""
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed is not None else None


def _source(pattern: str, flags: int = 0) -> tuple[str, int]:
    """A regex to compile (all of `DateRules` are compiled at once, through the disk cache)."""
    return pattern, flags


def _initials(*groups, digits: bool = False) -> str | None:
    """A character class body of the first characters of the words of `groups` (and of digits): what a
    pattern opening with optional parts made of these words can open with. None when a word is empty
    or opens with white space (a pattern's match could then open elsewhere).

    >>> _initials(["ماه", "سال"], {"روز": 1}, digits=True)
    'رسم\\\\d'
    """
    words = [w for group in groups for w in group]
    if any(not w or w[0].isspace() for w in words):
        return None
    return "".join(sorted({re.escape(w[0]) for w in words})) + (r"\d" if digits else "")


def _needles(words) -> tuple[str, ...] | None:
    """A few strings one of which every match of `alternation(words)` holds as it is written: a text holding
    none of them has no match, and is not scanned. None when a word has no such string (an empty word).

    A word's match holds each of its space-separated pieces verbatim (only the spaces stand for any run of
    white space), so any part of a piece will do; parts of three characters or more (or a whole shorter
    piece), which are rarer in a text than a letter, shared by most words first (`شنبه` and `جمعه` for the
    weekdays, `هفته` and `ماه` for the periods).
    """
    parts_of = []
    for word in dict.fromkeys(words):
        parts = {piece[i:j] for piece in word.split(" ") for i in range(len(piece))
                 for j in range(i + min(3, len(piece)), len(piece) + 1)}
        if not parts:
            return None
        parts_of.append(parts)
    chosen: list[str] = []
    left = parts_of
    while left:
        counts: dict[str, int] = {}
        for parts in left:
            for part in parts:
                counts[part] = counts.get(part, 0) + 1
        best = max(counts, key=lambda part: (counts[part], len(part), part))
        chosen.append(best)
        left = [parts for parts in left if best not in parts]
    return tuple(chosen)


def alternation(words) -> str:
    """A regex for any of `words`, longest first, a space in a word standing for any run of white space.

    Written as a trie (`ا(?:کتبر|وت)|...`) rather than a list (`اکتبر|اوت|...`): the regex engine tries the
    alternatives of a list one by one at every position, and a list of a hundred month names made the date
    scan slow. The matches are the same. At a position the words that match lie on one path of the trie
    (their symbols, a character or a run of white space, are prefixes of one another: a run of white space
    is followed by a character that is not white space, so it matches one way), and the trie tries them
    deepest first, then the shorter ones as the text after them fails: the order of the list, longest
    first. A word the argument does not cover (empty, or with white space other than single inner spaces)
    keeps the list.
    """
    ordered = sorted({w for w in words}, key=len, reverse=True)
    if not all(w and w == " ".join(w.split(" ")) and all(p and not any(c.isspace() for c in p) for p in w.split(" "))
               for w in ordered):
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
    end = ""  # the key of "a word ends here" (no symbol is empty)
    root: dict = {}
    for word in ordered:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[end] = True

    def regex(node: dict) -> str:
        branches = [(r"\s+" if char == " " else re.escape(char)) + regex(child)
                    for char, child in sorted(node.items()) if char != end]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if end in node else body

    branches = [(r"\s+" if char == " " else re.escape(char)) + regex(child) for char, child in sorted(root.items())]
    return "|".join(branches)


_BOUNDARY = r"(?<![\w/])"
_DIGIT = re.compile(r"\d")
_LATIN_LETTER = re.compile(r"[a-z]", re.I)
"""A Latin date names its month in Latin letters: a text without one (most Persian articles) holds none. (The
class under IGNORECASE matches exactly the characters the month names' letters do, K and ſ included.)"""
_TWO_SEPARATORS = re.compile(r"\d\s*[/\-.]\s*\d+\s*[/\-.]")
"""What a numeric date (`۱۴۰۲/۰۵/۱۲`, `۲۰.۰۸.۲۰۲۵`) holds whatever its order: a digit, a separator, digits and a
second separator. A text without it (most articles: 1,936 of the 1,953 samples have no numeric date) is not
scanned for them; the regex opens with a digit, so the engine skips to the digits of the text."""
_NUMBER_BEFORE_SEPARATOR = re.compile(r"\d+\s*[/\-.]")
"""How both numeric dates open (digits, maybe spaces, a separator). A numeric date opens a run of digits (what
precedes it is no word character), and no match of this regex holds the character before such a run, so each
numeric date opens where one of its matches does: the numeric scans try only there (the digits are few, and
the engine skips to them)."""
_MONTH_WORD = "ماه"
"""The word every `_month_alone` name ends with (the names are chosen so)."""
_THIS_YEAR = ("امسال", "سال جاری")
"""A bare month name (`فروردین`, also a given name or a common word) is a date when this year follows it."""
_THIS_YEAR_CUE = re.compile("|".join(_THIS_YEAR))
"""A text with neither `ماه` nor one of `_THIS_YEAR` has no `_month_alone` date."""
ABSOLUTE_MEMO_MAX = 10_000
NEAR_FUTURE_DAYS = 30
"""a year-less date up to this many days after publication is this year's (an announced `۲۵ تیر`), not last year's"""
"""texts whose full dates `DateRules.absolute` keeps (the store is emptied when full)"""


class _Scan:
    """`finditer` of a pattern that opens with `(?<![\\w/])`, as (start, match) pairs, found faster.

    A pattern that opens with a lookbehind gives the regex engine nothing to skip by: it enters the
    pattern at every position of the text. The same pattern opening with the character the lookbehind
    rules out instead (`[^\\w/]`, consumed) lets the engine skip in one loop to the characters that can
    precede a match, spaces and punctuation. A match of it at q is the pattern's match at q + 1 (the
    same groups; only `start()` counts the consumed character), and the first one from q >= p - 1 is the
    first match from p of the pattern itself; a match at 0 (nothing before it) is tried on its own. So
    the pairs are those of `finditer`, in order.
    """

    def __init__(self, pattern: re.Pattern, fast: re.Pattern | None = None):
        self.pattern = pattern
        self.fast = fast
        if fast is None and self.fast_source(pattern.pattern, pattern.flags) is not None:
            self.fast = re.compile(*self.fast_source(pattern.pattern, pattern.flags))

    @staticmethod
    def fast_source(pattern: str, flags: int, initials: str | None = None) -> tuple[str, int] | None:
        """The pattern opening with `[^\\w/]` instead of the lookbehind (None when it has none).

        `initials`, a character class body (`\\dا-ی`), names every character a match can open with: then
        the consumed character is followed by a lookahead for them, so at most spaces the engine gives up
        after one test instead of trying each branch of the pattern (the matches are the same).
        """
        if not pattern.startswith(_BOUNDARY):
            return None
        head = r"[^\w/]" + (f"(?=[{initials}])" if initials else "")
        return head + pattern[len(_BOUNDARY):], flags

    def __call__(self, text: str, starts: list[int] | None = None) -> list[tuple[int, re.Match]]:
        """The (start, match) pairs of `pattern.finditer(text)`. `starts`, when given, holds (in order) every
        position where the pattern matches, and maybe others (see `DateRules._starts`): only those are tried."""
        if starts is not None:
            return self._at(text, starts)
        if self.fast is None:
            return [(m.start(), m) for m in self.pattern.finditer(text)]
        found = []
        search = self.fast.search
        m = self.pattern.match(text, 0)
        start = 0
        while True:
            if m is None:
                m = search(text, start - 1 if start else 0)
                if m is None:
                    return found
                start = m.start() + 1
            if m.end() <= start:  # an empty match: `finditer` steps over it its own way
                return [(m.start(), m) for m in self.pattern.finditer(text)]
            found.append((start, m))
            start = m.end()
            m = None

    def _at(self, text: str, starts: list[int]) -> list[tuple[int, re.Match]]:
        """`finditer` read off the positions `starts`: from where the last match ended, the first one where the
        pattern matches is where `finditer` finds its next match (the same match: the lookbehind reads the
        text before the position)."""
        found = []
        match = self.pattern.match
        end = 0
        for start in starts:
            if start >= end:
                m = match(text, start)
                if m is not None:
                    if m.end() <= start:  # an empty match: `finditer` steps over it its own way
                        return [(m.start(), m) for m in self.pattern.finditer(text)]
                    found.append((start, m))
                    end = m.end()
        return found


_G2J = getattr(jdatetime, "GregorianToJalali", None)
_J2G = getattr(jdatetime, "JalaliToGregorian", None)
_J_DAYS = getattr(jdatetime, "j_days_in_month", None)
"""jdatetime's own conversions (from jalali_core), called without building a `jdatetime.date`: its constructor
looks up the locale and its `strftime` runs a regex substitution with a callback, ~40 µs of the ~45 µs a
conversion took. Used only where the date is plainly valid (not the last month's 30th, which depends on the leap
year), so the results are jdatetime's; anything else goes through `jdatetime.date` as before."""
_FAST_JALALI = _G2J is not None and _J2G is not None and _J_DAYS is not None


@functools.lru_cache(maxsize=4096)
def _jalali_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    try:
        if _FAST_JALALI and jdatetime.MINYEAR <= year <= jdatetime.MAXYEAR and 1 <= month <= 11 \
                and 1 <= day <= _J_DAYS[month - 1] and type(year) is int and type(month) is int and type(day) is int:
            return dt.date(*_J2G(year, month, day).getGregorianList())
        return jdatetime.date(year, month, day).togregorian()
    except ValueError:
        return None


def _hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Tabular Islamic calendar (civil epoch); may differ by a day or two from the observed calendar."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    jd = (day + int(29.5 * (month - 1) + 0.99) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439)
    return dt.date.fromordinal(jd - 1721425)


@functools.lru_cache(maxsize=4096)
def to_jalali(day: dt.date) -> str:
    """The Solar Hijri form of a Gregorian date, `YYYY-MM-DD`.

    >>> to_jalali(dt.date(2021, 10, 18))
    '1400-07-26'
    """
    if _FAST_JALALI:
        year, month, mday = _G2J(day.year, day.month, day.day).getJalaliList()
        if jdatetime.MINYEAR <= year <= jdatetime.MAXYEAR and 1 <= month <= 11 and 1 <= mday <= _J_DAYS[month - 1]:
            return "%d-%s-%s" % (year, "%02.d" % month, "%02.d" % mday)  # (what `strftime("%Y-%m-%d")` writes)
    return jdatetime.date.fromgregorian(date=day).strftime("%Y-%m-%d")


class DateRules:
    """Compiled date patterns from `dates.yaml` (normalised by the caller)."""

    def __init__(self, data: dict, norm):
        self.months: dict[str, dict[str, int]] = {}
        for calendar, key in (("jalali", "jalali_months"), ("afghan", "afghan_months"),
                              ("gregorian", "gregorian_months"), ("hijri", "hijri_months")):
            self.months[calendar] = {norm(w): int(m) for m, words in data[key].items() for w in words}
        self.weekdays = {norm(w): int(d) for d, words in data["weekdays"].items() for w in words}
        self.ordinals = {norm(w): int(d) for d, words in data["ordinal_days"].items() for w in words}
        self.relative_days = {norm(w): (name, spec["offset"]) for name, spec in data["relative_days"].items()
                              for w in spec["words"]}
        self.relative_periods = {norm(w): (name, spec["unit"], spec["offset"])
                                 for name, spec in data["relative_periods"].items() for w in spec["words"]}
        self.not_after_number = frozenset(norm(w) for w in data["not_date_after_number"])
        self.not_weekday_after = frozenset(norm(w) for w in data["not_weekday_after"])
        past = [norm(w) for w in data["weekday_past"]]
        future = [norm(w) for w in data["weekday_future"]]
        self.weekday_direction = {**{w: -1 for w in past}, **{w: 1 for w in future}}
        month_words = {w: (cal, m) for cal, table in self.months.items() for w, m in table.items()}
        self.month_words = month_words
        day_parts = alternation(norm(w) for w in data["day_parts"])
        b, e = _BOUNDARY, r"(?![\w/])"
        months = alternation(month_words)
        sources: dict[str, tuple[str, int]] = {}
        sources["_numeric"] = _source(b + r"(\d{4})\s*([/\-.])\s*(\d{1,2})\s*\2\s*(\d{1,2})" + e)
        sources["_numeric_dmy"] = _source(b + r"(\d{1,2})\s*([/.])\s*(\d{1,2})\s*\2\s*((?:19|20)\d{2})" + e)
        sources["_named"] = _source(
            b + r"(?:(?:" + day_parts + r")\s+)?(?:(?:روز\s+)?(?:" + alternation(self.weekdays) + r")\s+)?(\d{1,2}|" + alternation(self.ordinals) + r")\s+("
            + months + r")(?:\s+(?:ماه\s+)?(?:سال\s+)?(\d{4}))?" + e)
        sources["_month_year"] = _source(b + r"(" + months + r")\s+(?:ماه\s+)?(?:سال\s+)?(\d{4})" + e)
        month_alone = [w for w in month_words if w.endswith(_MONTH_WORD) and w != _MONTH_WORD]  # `آذرماه`, not the common `آذر`
        sources["_month_alone"] = _source(b + r"(?:(" + months + r")(?:\s+ماه)?\s+(?:" + alternation(_THIS_YEAR) + r")|("
                                          + alternation(month_alone) + r"))" + e)  # `فروردین امسال`, `آذرماه`
        sources["_relative_day"] = _source(
            b + r"(?:(?:" + day_parts + r")\s+)?(?:روز\s+)?(" + alternation(self.relative_days) + r")(?:\s+(?:"
            + alternation(self.weekdays) + r"))?" + e)
        sources["_period"] = _source(b + r"(" + alternation(self.relative_periods) + r")" + e)
        sources["_weekday"] = _source(
            b + r"(?:(?:" + day_parts + r")\s+)?(?:روز\s+)?(" + alternation(self.weekdays) + r")(?:\s+("
            + alternation(self.weekday_direction) + r"))?" + e)
        # The lookahead names the characters a match can open with (a weekday's or a month's initial,
        # or a digit): the same matches, but most places are rejected by one character test.
        sources["_latin"] = _source(
            r"(?=[\dADFJMNOSTW])(?<![\w/])(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
            r"(?:\d{1,2}\s+" + _LATIN_MONTHS + r"\.?,?\s+\d{4}|" + _LATIN_MONTHS + r"\.?\s+\d{1,2},?\s+\d{4})(?![\w/])", re.I)
        # a count before a day or period is a span, not a date (`دو روز پیش` aside, a relative day of its own):
        # `طی شش ماه آینده`, `در چهار هفته گذشته`
        sources["_number_before"] = _source(
            r"(?<!\w)(\d+|یک|دو|سه|چهار|پنج|شش|شیش|هفت|هشت|ده|دوازده|چند|چندین)\s*$")
        scanned = ("_numeric", "_numeric_dmy", "_named", "_month_year", "_month_alone", "_relative_day", "_period",
                   "_weekday")
        parts = [norm(w) for w in data["day_parts"]]
        self.day_parts = tuple(sorted(set(parts), key=len, reverse=True))  # longest first: `بعد از ظهر` before `ظهر`
        initials = {"_numeric": _initials(digits=True), "_numeric_dmy": _initials(digits=True),
                    "_named": _initials(parts, ["روز"], self.weekdays, self.ordinals, digits=True),
                    "_month_year": _initials(month_words),
                    "_month_alone": _initials(month_alone, month_words),
                    "_relative_day": _initials(parts, ["روز"], self.relative_days),
                    "_period": _initials(self.relative_periods),
                    "_weekday": _initials(parts, ["روز"], self.weekdays)}
        fast = [_Scan.fast_source(*sources[name], initials[name]) for name in scanned]
        # Where one of the six patterns that open with a word matches (after the character their boundary consumes,
        # as in `_Scan`): one scan of the text for the six, each then tried only there (see `_starts`).
        shared = ("_named", "_month_year", "_month_alone", "_relative_day", "_period", "_weekday")
        starts = None
        if all(sources[name][0].startswith(_BOUNDARY) and sources[name][1] == 0 and initials[name] for name in shared):
            union = "".join(sorted({c for name in shared for c in re.findall(r"\\.|[^\\]", initials[name])}))
            firsts = alternation([*parts, "روز", *self.weekdays, *self.ordinals, *month_words, *month_alone,
                                  *self.relative_days, *self.relative_periods])
            starts = (r"[^\w/](?=[" + union + r"])(?=\d|(?:" + firsts + r")(?![\w/]))", 0)
        patterns = cache.compiled("dates", list(sources.values()) + [f for f in fast if f is not None]
                                  + ([starts] if starts else []))
        self._starts_re = patterns.pop() if starts else None
        """see `_starts`"""
        for name, pattern in zip(sources, patterns):
            setattr(self, name, pattern)
        compiled_fast = iter(patterns[len(sources):])
        solar = alternation(w for w, (cal, _m) in month_words.items() if cal in ("jalali", "afghan"))
        self._short_year = re.compile(r"\(\s*[^()\n]{1,30}?[،,]\s*(\d{1,2})\s+(" + solar + r")\s+(\d{2})\s*\)")
        """a dateline's solar date with a two-digit year: `کابل (پژواک، ۱۷ سرطان ۹۲):`"""
        self._absolute_memo: dict[str, tuple[DateMention, ...]] = {}
        self._needles = {"_relative_day": _needles(self.relative_days), "_period": _needles(self.relative_periods),
                         "_weekday": _needles(self.weekdays)}
        """per scan, strings one of which its every match holds (the words of its one required group)"""
        self._scans = {name: _Scan(getattr(self, name), next(compiled_fast) if f is not None else None)
                       for name, f in zip(scanned, fast)}

    def find(self, text: str) -> list[DateMention]:
        """All date mentions, longest first where they overlap, in text order."""
        found: list[DateMention] = []
        scans = self._scans
        numeric = _TWO_SEPARATORS.search(text) is not None
        starts = self._starts(text)
        numbers = [m.start() for m in _NUMBER_BEFORE_SEPARATOR.finditer(text)] if numeric else None
        for start, m in scans["_numeric"](text, numbers) if numeric else ():
            year, month, day = int(m.group(1)), int(m.group(3)), int(m.group(4))
            calendar = "jalali" if 1300 <= year <= 1499 else "gregorian" if 1900 <= year <= 2100 else None
            if calendar and 1 <= month <= 12 and 1 <= day <= 31:
                found.append(DateMention(start, m.end(), "absolute", calendar, year, month, day, rule=f"fa.date.numeric_{calendar}"))
        for start, m in scans["_numeric_dmy"](text, numbers) if numeric else ():  # `۲۰/۰۸/۲۰۲۵`: a European header's day/month/year
            day, month, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
            if 1 <= month <= 12 and 1 <= day <= 31:
                found.append(DateMention(start, m.end(), "absolute", "gregorian", year, month, day,
                                         rule="fa.date.numeric_gregorian_dmy"))
        for start, m in scans["_named"](text, starts):
            calendar, month = self.month_words[self._key(m.group(2))]
            day = int(m.group(1)) if m.group(1).isdigit() else self.ordinals[m.group(1)]
            year = int(m.group(3)) if m.group(3) else None
            if not 1 <= day <= 31:
                continue
            kind = "absolute" if year else "no_year"
            found.append(DateMention(start, m.end(), kind, calendar, year, month, day, rule=f"fa.date.named_{calendar}"))
        for m in self._latin.finditer(text) if _LATIN_LETTER.search(text) else ():
            day = _parse_latin(m.group(0))
            if day is not None:
                found.append(DateMention(m.start(), m.end(), "absolute", "gregorian", day.year, day.month, day.day,
                                         rule="fa.date.latin_dateparser"))
        for start, m in scans["_month_year"](text, starts):
            calendar, month = self.month_words[self._key(m.group(1))]
            found.append(DateMention(start, m.end(), "month", calendar, int(m.group(2)), month, rule=f"fa.date.month_{calendar}"))
        for start, m in scans["_month_alone"](text, starts) if _MONTH_WORD in text or _THIS_YEAR_CUE.search(text) \
                else ():  # `در آذرماه`, `فروردین امسال`: the latest such month up to publication
            if m.group(1) and text[max(0, start - 12):start].split()[-1:] == ["خبرگزاری"]:
                continue  # `خبرگزاری مهر امسال ...`: the agency, not the month
            calendar, month = self.month_words[self._key(m.group(1) or m.group(2))]
            found.append(DateMention(start, m.end(), "month", calendar, None, month,
                                     rule=f"fa.date.month_alone_{calendar}"))
        for start, m in scans["_relative_day"](text, starts) if self._holds("_relative_day", text) else ():
            if self._number_before.search(text[max(0, start - 12): start]):
                continue
            name, offset = self.relative_days[self._key(m.group(1))]
            found.append(DateMention(start, m.end(), "relative_day", offset=offset, relative=name, rule=f"fa.date.relative.{name}"))
        for start, m in scans["_period"](text, starts) if self._holds("_period", text) else ():
            if self._number_before.search(text[max(0, start - 12): start]):
                continue
            name, unit, offset = self.relative_periods[self._key(m.group(1))]
            found.append(DateMention(start, m.end(), "relative_period", offset=offset, relative=name, unit=unit,
                                     rule=f"fa.date.period.{name}"))
        for start, m in scans["_weekday"](text, starts) if self._holds("_weekday", text) else ():
            before = text[max(0, start - 16):start].split()
            if before and before[-1] in self.not_weekday_after:
                continue  # `امام جمعه مشهد`, `نماز جمعه`: a title or a prayer, not a day
            weekday = self.weekdays[self._key(m.group(1))]
            direction = self.weekday_direction.get(self._key(m.group(2) or ""), -1)
            label = ("next_" if direction > 0 else "last_") + ["monday", "tuesday", "wednesday", "thursday", "friday",
                                                              "saturday", "sunday"][weekday]
            found.append(DateMention(start, m.end(), "weekday", weekday=weekday, direction=direction, relative=label,
                                     explicit=m.group(2) is not None, rule="fa.date.weekday"))
        found += self._named_days(text, found)
        found.sort(key=lambda d: (d.start, -(d.end - d.start)))
        kept: list[DateMention] = []
        for mention in found:
            if kept and mention.start < kept[-1].end:
                continue
            kept.append(mention)
        return kept

    @staticmethod
    def _named_days(text: str, found: list[DateMention]) -> list[DateMention]:
        """A weekday or `امروز` that a full date names at once (`روز پنجشنبه، ۲۵ جدی ۱۳۹۹`, `امروز چهارشنبه ۲۱
        اسفند ۱۳۸۷`): one mention of the date over both, so the day word, kept as the longer or earlier match, no
        longer hides the date (left unresolved without a publication date, or leaving only `اسفند ۱۳۸۷`)."""
        dated = sorted((m for m in found if m.kind in ("absolute", "no_year")), key=lambda m: m.start)
        starts = [m.start for m in dated]
        merged = []
        for day in found:
            if day.kind not in ("weekday", "relative_day"):
                continue
            for date in dated[bisect_left(starts, day.start):bisect_right(starts, day.end + 3)]:
                if date.end > day.end and (date.start < day.end or not text[day.end:date.start].strip(" ،,")):
                    merged.append(replace(date, start=day.start, rule=date.rule + "+named_day"))
                    break
        return merged

    def absolute(self, text: str) -> list[DateMention]:
        """The mentions of `find(text)` that are full dates (kind `absolute`).

        A full date has its year in digits (`۱۴۰۳/۰۵/۱۲`, `۱۲ مرداد ۱۴۰۳`, `October 19, 2021`), so a text
        without a digit has none and is not scanned; and it is a match of one of four patterns, so a
        text none of them matches has none either (`find` keeps some of the patterns' matches). The
        mentions (frozen) of each text are kept: the header lines it is asked about (an outlet's
        boilerplate, a dateline) recur from one article to the next.
        """
        memo = self._absolute_memo
        found = memo.get(text)
        if found is None:
            if _DIGIT.search(text) is None:
                found = ()
            elif not (self._numeric.search(text) or self._numeric_dmy.search(text) or self._named.search(text)
                      or (_LATIN_LETTER.search(text) and self._latin.search(text))):
                found = ()
            else:
                found = tuple(m for m in self.find(text) if m.kind == "absolute")
            if len(memo) >= ABSOLUTE_MEMO_MAX:
                memo.clear()
            memo[text] = found
        return list(found)

    def dateline_short_year(self, text: str) -> list[DateMention]:
        """The solar date in a dateline's brackets written with a two-digit year (`(پژواک، ۱۷ سرطان ۹۲)`, as Afghan
        agencies sign them): the year of the current century, 1350-1449."""
        match = self._short_year.search(text)
        if match is None or not 1 <= int(match.group(1)) <= 31:
            return []
        calendar, month = self.month_words[self._key(match.group(2))]
        short = int(match.group(3))
        year = (1300 if short >= 50 else 1400) + short
        return [DateMention(match.start(1), match.end(3), "absolute", calendar, year, month, int(match.group(1)),
                            rule="fa.date.dateline_short_year")]

    def _starts(self, text: str) -> list[int] | None:
        """Every position where one of the six word-led patterns matches, and a few more (the start of the text), in
        order; None when they cannot be found together (a pattern without the boundary).

        Each of the six scans entered the regex engine at every space of the text (~0.1 µs each time); one scan
        with the six patterns as lookaheads enters it once there, and each pattern is then tried at the few
        positions found (the matches and the positions of a pattern's `finditer` are those; see `_Scan._at`)."""
        if self._starts_re is None:
            return None
        return [0] + [m.start() + 1 for m in self._starts_re.finditer(text)]

    def _holds(self, scan: str, text: str) -> bool:
        """Does `text` hold one of the strings every match of `scan` holds (see `_needles`)?"""
        needles = self._needles[scan]
        return needles is None or any(needle in text for needle in needles)

    @staticmethod
    def _key(text: str) -> str:
        return " ".join(text.split())

    def resolve(self, mention: DateMention, published: dt.date | None) -> ResolvedDate:
        """Turn a mention into an ISO date, using `published` for relative and year-less forms."""
        if mention.kind in ("absolute", "no_year", "month"):
            year = mention.year
            if year is None:
                if published is None:
                    return ResolvedDate(None, "day", "no_year:unresolved", None, None)
                year = self._nearest_year(mention, published)
            day = mention.day or 1
            greg = self._convert(mention.calendar, year, mention.month, day)
            if greg is None:
                return ResolvedDate(None, None, "invalid_date", None, None)
            granularity = "month" if mention.kind == "month" else "day"
            value = greg.isoformat()
            jalali = to_jalali(greg) if granularity == "day" else (
                f"{year:04d}-{mention.month:02d}" if mention.calendar in ("jalali", "afghan") else None)
            reason = f"{mention.calendar}" + ("+published_year" if mention.kind == "no_year" else "")
            return ResolvedDate(value, granularity, reason, None, jalali)
        if published is None:
            return ResolvedDate(None, "week" if mention.unit == "week" else "month" if mention.unit == "month" else "day",
                                "relative:unresolved", mention.relative, None)
        if mention.kind == "relative_day":
            day = published + dt.timedelta(days=mention.offset)
            return ResolvedDate(day.isoformat(), "day", f"relative:{mention.relative}+published", mention.relative, to_jalali(day))
        if mention.kind == "weekday":
            delta = (published.weekday() - mention.weekday) % 7
            if delta == 0 and mention.explicit:
                delta = 7
            if mention.direction > 0:
                delta = -((mention.weekday - published.weekday()) % 7 or 7)
            day = published - dt.timedelta(days=delta)
            return ResolvedDate(day.isoformat(), "day", f"weekday:{mention.relative}+published", mention.relative, to_jalali(day))
        if mention.unit == "week":
            day = published + dt.timedelta(days=7 * mention.offset)
            return ResolvedDate(day.isoformat(), "week", f"relative:{mention.relative}+published", mention.relative, None)
        month_index = published.year * 12 + published.month - 1 + mention.offset
        value = f"{month_index // 12:04d}-{month_index % 12 + 1:02d}-01"
        return ResolvedDate(value, "month", f"relative:{mention.relative}+published", mention.relative, None)

    def resolve_near(self, mention: DateMention, anchor: dt.date) -> ResolvedDate | None:
        """A weekday or a year-less date read beside a full date the article gave before it, when no publication
        date is known (`روز جمعه ۱۹ تیر ۱۳۹۴ ... عصر پنجشنبه`, `... سه‌شنبه ۲۰ تیر`): the day of that name
        nearest the anchor, either side, within three days; the year that puts the date nearest it. None for
        other kinds, which the anchor does not fix."""
        if mention.kind == "weekday":
            shift = (mention.weekday - anchor.weekday()) % 7
            day = anchor + dt.timedelta(days=shift if shift <= 3 else shift - 7)
            return ResolvedDate(day.isoformat(), "day", f"weekday:{mention.relative}+article_date", mention.relative,
                                to_jalali(day))
        if mention.kind != "no_year":
            return None
        base = jdatetime.date.fromgregorian(date=anchor).year if mention.calendar in ("jalali", "afghan") else anchor.year
        days = [d for d in (self._convert(mention.calendar, y, mention.month, mention.day or 1)
                            for y in (base - 1, base, base + 1)) if d is not None]
        if mention.calendar == "hijri" or not days:
            return None
        day = min(days, key=lambda d: abs((d - anchor).days))
        return ResolvedDate(day.isoformat(), "day", f"{mention.calendar}+article_year", None, to_jalali(day))

    def _convert(self, calendar: str | None, year: int, month: int, day: int) -> dt.date | None:
        if calendar in ("jalali", "afghan"):
            return _jalali_to_gregorian(year, month, day)
        if calendar == "hijri":
            return _hijri_to_gregorian(year, month, day)
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    def _nearest_year(self, mention: DateMention, published: dt.date) -> int:
        """The year that puts a year-less date nearest before (or on) the publication date, or in the month after it."""
        if mention.calendar in ("jalali", "afghan"):
            base = jdatetime.date.fromgregorian(date=published).year
        elif mention.calendar == "hijri":
            base = int((published.year - 622) * 1.0307) + 1
        else:
            base = published.year
        ahead = dt.timedelta(days=NEAR_FUTURE_DAYS if mention.day else 1)  # (a month alone: the latest one begun)
        for year in (base, base - 1):
            day = self._convert(mention.calendar, year, mention.month, mention.day or 1)
            if day is not None and day <= published + ahead:
                return year
        return base - 1
