"""The knowledge base: every rule and gazetteer file of one language, loaded and indexed once.

Patterns are normalised exactly as article text is, and every multi-word pattern also teaches the
normaliser its fused form (`ستادکل` → `ستاد کل`), so a dropped space or ZWNJ still matches.
"""
from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from . import cache
from .errors import Errors, RuleError
from .normalize import Normalizer
from .resources import language_rules
from .rule_loader import EVENT_TYPES, ROLE_CODES, TOPIC_CODES, check_keys, load_normalization, read_jsonl, read_yaml

SHARED_ROLES = frozenset({"official", "minister", "deputy_minister", "ambassador", "envoy", "member_of_parliament",
                          "military_commander", "head_of_organization", "deputy_foreign_minister",
                          "deputy_defense_minister", "deputy_chief_of_general_staff"})
"""Roles many people hold at once in one country: a title alone (`یک مقام ارشد چینی`) names none of them."""
OWN_TITLE_ROLES = frozenset({"religious_leader"})
"""Roles a title names one holder of only when the title itself fixes the country: the supreme leader
(`رهبر معظم انقلاب`), not a city's Friday prayer leader (`امام جمعه مشهد`), a mufti or a bishop."""


@dataclass(frozen=True)
class Country:
    """A country with its Persian names and demonyms."""

    iso2: str
    name_en: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str | None


@dataclass(frozen=True)
class Place:
    """A city or venue with coordinates."""

    id: str
    name: str
    name_en: str
    country: str | None
    lat: float
    lon: float
    kind: str


@dataclass(frozen=True)
class Organization:
    """An international organisation."""

    id: str
    name_en: str
    abbr: str | None
    topic: str | None


@dataclass(frozen=True)
class Title:
    """An office title mapped to a role code."""

    id: str
    pattern: str
    role: str
    country: str | None
    org: str | None


@dataclass(frozen=True)
class Rank:
    """A military rank, service title or honorific that stands before a name."""

    id: str
    pattern: str
    kind: str
    en: str | None
    service: str | None


@dataclass(frozen=True)
class Office:
    """One office held by a registered official, with ISO (possibly partial) dates."""

    role: str
    title: str | None
    start: str | None
    end: str | None
    org: str | None = None
    """The international organisation the office is held at (its holder acts for it, not for a state)."""

    def covers(self, day: str | None) -> bool:
        """True when the office was held on `day` (ISO date); unknown days are covered by every office."""
        if day is None:
            return True
        start = (self.start or "0000")[: len(day)]
        end = (self.end or "9999")
        return (self.start is None or start <= day) and (self.end is None or day[: len(end)] <= end)


@dataclass(frozen=True)
class Official:
    """A person in the officials register."""

    id: str
    name: str
    name_en: str | None
    qid: str | None
    country: str
    rank: str | None
    surname: str | None
    surname_alone: bool
    offices: tuple[Office, ...]
    variants: tuple[str, ...] = ()
    """Other spellings of the whole name."""

    def office_on(self, day: str | None) -> Office | None:
        """The office held on `day`, or the latest one when the day is unknown."""
        held = [o for o in self.offices if o.covers(day)]
        if not held:
            return None
        return max(held, key=lambda o: o.start or "")


def common_era(officials: list[Official]) -> str | None:
    """A day on which most of `officials` (at least two) held an office: the latest start of an office that
    covers the most of them. An undated article that names Kamilov and Rouhani is about Zarif the foreign
    minister, not the vice-president he became later."""
    officials = list({o.id: o for o in officials}.values())
    if len(officials) < 2:
        return None
    best: tuple[int, str] | None = None
    for day in {office.start for o in officials for office in o.offices if office.start}:
        score = sum(any(office.covers(day) for office in o.offices) for o in officials)
        if best is None or (score, day) > best:
            best = (score, day)
    return best[1] if best is not None and best[0] >= 2 else None


@dataclass(frozen=True)
class Outlet:
    """A news outlet and its country."""

    id: str
    name: str
    name_en: str
    country: str


@dataclass(frozen=True)
class Topic:
    """A topic code and its English label."""

    code: str
    label: str


@dataclass
class KnowledgeBase:
    """All rule data of one language, normalised and indexed by matcher label."""

    rules_path: Path
    normalizer: Normalizer
    countries: dict[str, Country] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    titles: dict[str, Title] = field(default_factory=dict)
    ranks: dict[str, Rank] = field(default_factory=dict)
    officials: dict[str, Official] = field(default_factory=dict)
    outlets: dict[str, Outlet] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    given_names: frozenset[str] = frozenset()
    persian_given_names: frozenset[str] = frozenset()
    persian_compound_given_names: frozenset[tuple[str, str]] = frozenset()
    """Persian given names a ZWNJ splits in two tokens (`عزت‌الله` → `عزت الله`)."""
    foreign_given_names: frozenset[str] = frozenset()
    """Given names of regions that share no names with Afghanistan (all lists but persian_arabic and south_asian)."""
    family_first_names: frozenset[str] = frozenset()
    """Chinese family names, said before the given name (`یوئه بین`, `وانگ وی`)."""
    compound_given_names: frozenset[tuple[str, str]] = frozenset()
    """Given names a ZWNJ splits in two tokens (`عصمت‌الله` → `عصمت الله`): matched as a pair only."""
    function_words: dict[str, frozenset[str]] = field(default_factory=dict)
    dates: dict = field(default_factory=dict)
    triggers: list[dict] = field(default_factory=list)
    topic_patterns: list[tuple[str, list]] = field(default_factory=list)
    title_composition: dict = field(default_factory=dict)
    event_nouns: dict[str, str] = field(default_factory=dict)
    ambiguous_places: dict[str, dict] = field(default_factory=dict)
    venue_city: dict[str, str | None] = field(default_factory=dict)
    capital_of: dict[str, str] = field(default_factory=dict)
    """country → the place id of its capital"""
    multilateral_markers: list[tuple[str, ...]] = field(default_factory=list)
    interview_objects: frozenset[str] = frozenset()
    bilateral_after_marker: frozenset[str] = frozenset()
    """a word right after a multilateral marker that makes its group two states (`سران دو کشور`)"""
    phrases: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    """label → normalised pattern → entry keys (iso2, place id, title id, ...)."""
    fingerprint: str | None = None
    """the cache key of everything derived from the rule files (see `extractor.cache`)"""

    def lookup(self, label: str, normalized_text: str) -> list[str]:
        """Entry keys of `label` whose pattern is exactly `normalized_text`."""
        return self.phrases.get(label, {}).get(normalized_text, [])

    def words(self, name: str) -> frozenset[str]:
        """A closed word class from `function_words.yaml`, normalised."""
        return self.function_words.get(name, frozenset())

    def first_names(self, official_id: str) -> set[str]:
        """The first words of a registered official's spellings, normalised like article text (`حکمت خلیل کرزی` is
        not Hamid Karzai: `حکمت` opens none of his names)."""
        official = self.officials.get(official_id)
        if official is None:
            return set()
        return {word for name in (official.name, *official.variants)
                for word in self.normalizer.normalize_pattern(name).split()[:1]}

    @functools.cached_property
    def date_rules(self):
        """The compiled date rules of `dates.yaml`, built once and shared by every stage that reads dates."""
        from .dates import DateRules

        return DateRules(self.dates, self.normalizer.normalize_pattern)

    def holder(self, role: str | None, country: str | None, day: str | None, *,
               title_fixed: bool = True) -> Official | None:
        """The one registered official who held `role` for `country` on `day` (None unless exactly one);
        `title_fixed` says whether the title named the country itself (see OWN_TITLE_ROLES)."""
        if role is None or country is None or day is None or role in SHARED_ROLES \
                or (role in OWN_TITLE_ROLES and not title_fixed):
            return None
        holders = [o for o in self.officials.values() if o.country == country
                   and any(off.role == role and off.start and off.covers(day) for off in o.offices)]
        return holders[0] if len(holders) == 1 else None

    def token_pattern(self, pattern: str | list) -> list[dict]:
        """A spaCy Matcher pattern with its ORTH strings normalised like article text.

        A string pattern becomes one ORTH per word; list values that normalise to two words are dropped.
        """
        norm = self.normalizer.normalize_pattern
        if isinstance(pattern, str):
            return [{"ORTH": w} for w in norm(pattern).split()]
        out = []
        for token in pattern:
            token = dict(token)
            orth = token.get("ORTH")
            if isinstance(orth, str):
                token["ORTH"] = norm(orth)
            elif isinstance(orth, dict):
                token["ORTH"] = {op: [v for v in (norm(x) for x in values) if " " not in v] for op, values in orth.items()}
            out.append(token)
        return out

    def matcher_patterns(self, pattern: str | list) -> list[list[dict]]:
        """`token_pattern`, with a first token of several words split into one pattern per word.

        The Matcher tests every pattern's first token at every position; an exact ORTH is tested in C,
        an IN-list in Python, so splitting the first token makes matching markedly faster.
        """
        tokens = self.token_pattern(pattern)
        first = tokens[0] if tokens else {}
        orth = first.get("ORTH")
        if len(first) == 1 and isinstance(orth, dict) and list(orth) == ["IN"]:
            return [[{"ORTH": word}] + tokens[1:] for word in orth["IN"]]
        return [tokens]

    def counts(self) -> dict[str, int]:
        """How many entries of each kind were loaded (for `doctor`)."""
        return {"countries": len(self.countries), "places": len(self.places), "organizations": len(self.organizations),
                "titles": len(self.titles), "ranks": len(self.ranks), "officials": len(self.officials),
                "outlets": len(self.outlets), "topics": len(self.topics), "given_names": len(self.given_names),
                "triggers": len(self.triggers), "matcher_patterns": self.pattern_count}

    @property
    def pattern_count(self) -> int:
        """How many distinct (label, pattern) pairs the matchers know."""
        return sum(len(v) for v in self.phrases.values())


FUNCTION_WORD_KEYS = ("stopwords", "our_country", "counterpart", "reporter_titles", "pronouns", "name_particles",
                      "relative_markers", "speech_verbs", "title_extenders", "presence_cues", "plural_heads",
                      "name_suffixes")
GIVEN_NAME_KEYS = ("persian_arabic", "russian_slavic", "turkic_central_asian", "chinese", "south_asian", "western", "other")
DATE_KEYS = ("jalali_months", "afghan_months", "gregorian_months", "hijri_months", "ordinal_days", "weekdays", "day_parts",
             "relative_days", "relative_periods", "weekday_past", "weekday_future", "not_date_after_number",
             "not_weekday_after")


UNIQUE_NAME_LABELS = frozenset({"COUNTRY", "DEMONYM", "PLACE", "ORG", "OFFICIAL", "OUTLET"})
"""Labels whose names must denote one entry only: two entries sharing a name is a data error."""


def _optional(path: Path) -> bool:
    return path.exists()


@functools.lru_cache(maxsize=4)
def load_kb(rules_dir: str | None = None, language: str = "fa") -> KnowledgeBase:
    """Load (once per process and rules directory) the knowledge base of `language`.

    A knowledge base built from the same rule files by the same code is read from the disk cache
    (see `extractor.cache`) instead of being built again.
    """
    root = language_rules(language, rules_dir)
    key = cache.fingerprint(root)
    kb = cache.load("kb", key)
    if not isinstance(kb, KnowledgeBase):
        kb = build_kb(root)
        cache.save("kb", key, kb)
    kb.rules_path = root
    kb.fingerprint = key
    return kb


def build_kb(root: Path) -> KnowledgeBase:
    """Read, validate and index every rule file of the language folder `root`."""
    base = Normalizer(load_normalization(root / "normalization.yaml"))
    raw: dict[str, list[tuple[str, str, str, int]]] = defaultdict(list)
    """label → [(pattern, key, file, line)] before normalisation."""
    kb = KnowledgeBase(rules_path=root, normalizer=base)

    if _optional(root / "countries.jsonl"):
        for line, r in read_jsonl(root / "countries.jsonl", "countries"):
            kb.countries[r["iso2"]] = Country(r["iso2"], r["name_en"], tuple(r["names"]), tuple(r["demonyms"]), r.get("capital"))
            raw["COUNTRY"] += [(n, r["iso2"], "countries.jsonl", line) for n in r["names"]]
            raw["DEMONYM"] += [(n, r["iso2"], "countries.jsonl", line) for n in r["demonyms"]]
    if _optional(root / "places.jsonl"):
        for line, r in read_jsonl(root / "places.jsonl", "places"):
            kb.places[r["id"]] = Place(r["id"], r["name"], r["name_en"], r["country"], float(r["lat"]), float(r["lon"]), r["kind"])
            raw["PLACE"] += [(n, r["id"], "places.jsonl", line) for n in [r["name"], *r["variants"]]]
        capitals = {(p.country, p.name_en): p.id for p in kb.places.values() if p.kind == "capital"}
        kb.capital_of = {c.iso2: capitals[(c.iso2, c.capital)] for c in kb.countries.values()
                         if (c.iso2, c.capital) in capitals}
        for iso2, place_id in kb.capital_of.items():  # «پایتخت روسیه» (the capital of Russia) names Moscow
            raw["PLACE"] += [(f"پایتخت {n}", place_id, "countries.jsonl", 0) for n in kb.countries[iso2].names]
    if _optional(root / "organizations.jsonl"):
        for line, r in read_jsonl(root / "organizations.jsonl", "organizations"):
            kb.organizations[r["id"]] = Organization(r["id"], r["name_en"], r.get("abbr"), r.get("topic"))
            raw["ORG"] += [(n, r["id"], "organizations.jsonl", line) for n in r["names"]]
    for line, r in read_jsonl(root / "titles.jsonl", "titles") if _optional(root / "titles.jsonl") else []:
        kb.titles[r["id"]] = Title(r["id"], r["pattern"], r["role"], r.get("country"), r.get("org"))
        raw["TITLE"].append((r["pattern"], r["id"], "titles.jsonl", line))
    for line, r in read_jsonl(root / "ranks.jsonl", "ranks") if _optional(root / "ranks.jsonl") else []:
        kb.ranks[r["id"]] = Rank(r["id"], r["pattern"], r["kind"], r.get("en"), r.get("service"))
        raw["RANK"].append((r["pattern"], r["id"], "ranks.jsonl", line))
    for line, r in read_jsonl(root / "officials.jsonl", "officials") if _optional(root / "officials.jsonl") else []:
        offices = tuple(Office(o["role"], o.get("title"), o.get("start"), o.get("end"), o.get("org"))
                        for o in r["offices"])
        kb.officials[r["id"]] = Official(r["id"], r["name"], r.get("name_en"), r.get("qid"), r["country"], r.get("rank"),
                                         r.get("surname"), bool(r.get("surname_alone")), offices,
                                         tuple(r["variants"]))
        raw["OFFICIAL"] += [(n, r["id"], "officials.jsonl", line) for n in [r["name"], *r["variants"]]]
        if r.get("surname") and r.get("surname_alone"):
            raw["SURNAME"].append((r["surname"], r["id"], "officials.jsonl", line))
    for line, r in read_jsonl(root / "outlets.jsonl", "outlets") if _optional(root / "outlets.jsonl") else []:
        kb.outlets[r["id"]] = Outlet(r["id"], r["name"], r["name_en"], r["country"])
        raw["OUTLET"] += [(n, r["id"], "outlets.jsonl", line) for n in r["names"]]

    words = read_yaml(root / "function_words.yaml") or {}
    check_keys(words, FUNCTION_WORD_KEYS, "function_words.yaml", "top level", required=FUNCTION_WORD_KEYS)
    for key in ("our_country", "counterpart", "reporter_titles"):
        label = {"our_country": "OUR_COUNTRY", "counterpart": "COUNTERPART", "reporter_titles": "REPORTER"}[key]
        raw[label] += [(w, key, "function_words.yaml", 0) for w in words[key]]

    topics = read_yaml(root / "topics.yaml") or {}
    for code, spec in topics.items():
        if code not in TOPIC_CODES:
            raise RuleError(Errors.E103.format(file="topics.yaml", line=code, field="topic", value=code,
                                               allowed=", ".join(sorted(TOPIC_CODES))))
        check_keys(spec, {"label", "keywords", "country_names", "patterns"}, "topics.yaml", code,
                   required={"label", "keywords"})
        kb.topics[code] = Topic(code, spec["label"])
        kb.topic_patterns += [(code, p) for p in spec.get("patterns") or []]
        raw["TOPIC"] += [(w, code, "topics.yaml", 0) for w in spec["keywords"]]
        iso = spec.get("country_names")
        if iso:
            if iso not in kb.countries:
                raise RuleError(Errors.E103.format(file="topics.yaml", line=code, field="country_names", value=iso,
                                                   allowed="a country of countries.jsonl"))
            raw["TOPIC_COUNTRY"] += [(n, code, "topics.yaml", 0) for n in kb.countries[iso].names]

    ambiguous = read_yaml(root / "ambiguous_places.yaml") or {}
    for word, spec in ambiguous.items():
        check_keys(spec, {"place", "cues", "country_named", "cues_after", "dateline", "dateline_alone"},
                   "ambiguous_places.yaml", word,
                   required={"place", "cues", "country_named"})
        if spec["place"] not in kb.places:
            raise RuleError(Errors.E103.format(file="ambiguous_places.yaml", line=word, field="place", value=spec["place"],
                                               allowed="an id of places.jsonl"))
    composition = read_yaml(root / "title_composition.yaml") or {}
    check_keys(composition, {"deputy_words", "max_modifiers", "deputy_of", "qualifier_adjectives", "plurals",
                             "institution_countries"},
               "title_composition.yaml", "top level", required={"deputy_words", "deputy_of"})
    for name, iso in (composition.get("institution_countries") or {}).items():
        if iso not in kb.countries:
            raise RuleError(Errors.E103.format(file="title_composition.yaml", line=name, field="institution_countries",
                                               value=iso, allowed="a country of countries.jsonl"))
    for role in list(composition["deputy_of"]) + list(composition["deputy_of"].values()):
        if role not in ROLE_CODES:
            raise RuleError(Errors.E103.format(file="title_composition.yaml", line="deputy_of", field="role", value=role,
                                               allowed=", ".join(sorted(ROLE_CODES))))
    kb.title_composition = composition
    raw["TITLE"] += _plural_titles(raw["TITLE"], composition.get("plurals") or {}, base)
    event_nouns = read_yaml(root / "event_nouns.yaml") or {}
    check_keys(event_nouns, {"nouns", "multilateral_markers", "bilateral_after_marker", "interview_objects"},
               "event_nouns.yaml", "top level", required={"nouns", "multilateral_markers", "interview_objects"})
    for noun, event_type in event_nouns["nouns"].items():
        if event_type not in EVENT_TYPES:
            raise RuleError(Errors.E103.format(file="event_nouns.yaml", line=noun, field="type", value=event_type,
                                               allowed=", ".join(sorted(EVENT_TYPES))))
    given = read_yaml(root / "given_names.yaml") if _optional(root / "given_names.yaml") else {}
    check_keys(given or {}, GIVEN_NAME_KEYS, "given_names.yaml", "top level")
    dates = read_yaml(root / "dates.yaml") or {}
    check_keys(dates, DATE_KEYS, "dates.yaml", "top level", required=DATE_KEYS)
    kb.triggers = [r for _, r in read_jsonl(root / "triggers.jsonl", "triggers")]

    honorifics = {base.char_level(r.pattern) for r in kb.ranks.values() if r.kind == "honorific" and " " not in r.pattern}
    kb.normalizer = base.with_splits(_compound_splits(base, raw, honorifics))
    norm = kb.normalizer.normalize_pattern
    for label, entries in raw.items():
        index: dict[str, list[str]] = defaultdict(list)
        where: dict[str, tuple[str, str, int]] = {}
        for pattern, key, file, line in entries:
            text = norm(pattern)
            if not text:
                continue
            if label in UNIQUE_NAME_LABELS and text in where and where[text][0] != key:
                other_key, other_file, other_line = where[text]
                raise RuleError(Errors.E108.format(file=file, line=line, name=pattern,
                                                   other=f"{other_key} in {other_file}", other_line=other_line))
            where.setdefault(text, (key, file, line))
            if key not in index[text]:
                index[text].append(key)
        kb.phrases[label] = dict(index)
    kb.function_words = {k: frozenset(norm(w) for w in words[k]) for k in FUNCTION_WORD_KEYS}
    kb.function_words["plural_heads"] |= {norm(p) for ps in (kb.title_composition.get("plurals") or {}).values()
                                          for p in ps}  # (a title's plural heads a group, as the words listed do)
    kb.given_names = frozenset(norm(n) for names in (given or {}).values() for n in names or [] if " " not in norm(n))
    kb.persian_given_names = frozenset(norm(n) for n in (given or {}).get("persian_arabic") or [] if " " not in norm(n))
    persian = (given or {}).get("persian_arabic") or []
    kb.persian_compound_given_names = frozenset(tuple(norm(n).split()) for n in persian if len(norm(n).split()) == 2)
    kb.foreign_given_names = frozenset(norm(n) for key, names in (given or {}).items()
                                       if key not in ("persian_arabic", "south_asian")
                                       for n in names or [] if " " not in norm(n)) - kb.persian_given_names
    kb.family_first_names = frozenset(norm(n) for n in (given or {}).get("chinese") or [] if " " not in norm(n))
    kb.compound_given_names = frozenset(tuple(norm(n).split()) for names in (given or {}).values() for n in names or []
                                        if len(norm(n).split()) == 2)
    kb.dates = dates
    composition = kb.title_composition
    kb.title_composition = {
        "deputy_words": frozenset(norm(w) for w in composition["deputy_words"] if " " not in norm(w)),
        "max_modifiers": int(composition.get("max_modifiers", 3)),
        "deputy_of": dict(composition["deputy_of"]),
        "qualifier_adjectives": frozenset(norm(w) for w in composition.get("qualifier_adjectives", [])),
        "institution_countries": {tuple(norm(name).split()): iso
                                  for name, iso in (composition.get("institution_countries") or {}).items()},
    }
    kb.ambiguous_places = {norm(w): {"place": spec["place"], "country_named": spec["country_named"],
                                     "cues": [tuple(norm(c).split()) for c in spec["cues"]],
                                     "cues_after": [tuple(norm(c).split()) for c in spec.get("cues_after", [])],
                                     "dateline": bool(spec.get("dateline", False)),
                                     "dateline_alone": bool(spec.get("dateline_alone", False))}
                           for w, spec in ambiguous.items()}
    for place in kb.places.values():
        if place.kind == "venue":
            kb.venue_city[place.id] = _nearest_city(place, kb.places.values())
    kb.event_nouns = {norm(k): v for k, v in event_nouns["nouns"].items()}
    kb.multilateral_markers = [tuple(norm(w).split()) for w in event_nouns["multilateral_markers"]]
    kb.interview_objects = frozenset(norm(w).split()[0] for w in event_nouns["interview_objects"])
    kb.bilateral_after_marker = frozenset(norm(w) for w in event_nouns.get("bilateral_after_marker") or ())
    return kb



def _plural_titles(titles: list[tuple], plurals: dict[str, list[str]], base) -> list[tuple]:
    """`وزیران نفت`, `رؤسای ستاد کل`: each title whose first word has a plural in `title_composition.yaml`, in the
    plural, under the same title id (a listed title with that text keeps its own entry)."""
    taken = {base.char_level(pattern) for pattern, *_ in titles}
    added = []
    for pattern, key, _file, line in titles:
        head, _, rest = pattern.partition(" ")
        for plural in plurals.get(head, []):
            text = f"{plural} {rest}" if rest else plural
            if base.char_level(text) not in taken:
                taken.add(base.char_level(text))
                added.append((text, key, "title_composition.yaml", line))
    return added


def _nearest_city(venue: Place, places) -> str | None:
    """The city (not venue) of the same country nearest to a venue, within about 60 km."""
    best, best_distance = None, 0.6 ** 2
    for place in places:
        if place.kind == "venue" or place.country != venue.country:
            continue
        distance = (place.lat - venue.lat) ** 2 + ((place.lon - venue.lon) * 0.8) ** 2
        if distance < best_distance:
            best, best_distance = place.id, distance
    return best


def _compound_splits(base: Normalizer, raw: dict[str, list[tuple[str, str, str, int]]],
                     keep_fused: set[str] = frozenset()) -> dict[str, str]:
    """Fused forms of every multi-word pattern (and of its 2- to 4-word stretches) → spaced form.

    A fused form that is itself a known single-word pattern is not split, nor one that starts with a
    word of `keep_fused` (سیدعلی is a given name; سید علی is an honorific and a name).
    """
    single_words: set[str] = set()
    spaced_patterns: list[list[str]] = []
    for entries in raw.values():
        for pattern, *_ in entries:
            tokens = base.char_level(pattern).split()
            if len(tokens) == 1:
                single_words.add(tokens[0])
            elif len(tokens) > 1:
                spaced_patterns.append(tokens)
    splits: dict[str, str] = {}
    for tokens in spaced_patterns:
        for size in range(2, min(len(tokens), 4) + 1):
            for i in range(len(tokens) - size + 1):
                part = tokens[i : i + size]
                if part[0] in keep_fused:
                    continue
                fused = "".join(part)
                if fused not in single_words and len(fused) > 3 and fused not in splits:
                    splits[fused] = " ".join(part)
    return splits
