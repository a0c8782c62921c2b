"""`meeting_location`: places tied to an event by a cue (در تهران، به مسکو سفر، وارد بغداد شد، از مسکو؛)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from .. import cache
from .._extensions import set_ext
from ..kb import load_kb
from ..rule_loader import check_keys, read_yaml
from ..units import flags, positions, spans, words

LOCATION_RULE_KEYS = {"rule", "before", "after", "standalone_before", "context", "sent_to"}
HEADER_TOKENS = 40
"""A header line naming the agency's desk (`ایرنا - اصفهان`) starts within this many tokens of the text."""
CAPITAL_WORD = "پایتخت"
"""`الجزیره پایتخت الجزایر`: a city's name, then "the capital of" its country (the gazetteer's name of that city)."""
CITY_WORD = "شهر"
"""A place named with the word for city (شهر الجزیره) is a place where something happens."""
THIS_COUNTRY_REACH = 30
"""How far before `به این کشور سفر کرد` the country it points back at may be named."""
VENUES_BEFORE_A_CITY = frozenset({"کاخ", "هتل", "ساختمان", "مجموعه", "مقر", "سالن", "تالار", "اقامتگاه", "عمارت",
                                  "باغ"})
"""Venues named before the city they are in (`در کاخ میرافلورس کاراکاس`)."""
DIRECTIONS = frozenset({"جنوب", "شمال", "شرق", "غرب", "نزدیکی", "حومه", "اطراف"})
"""`در جنوب جاکارتا`: a place a venue lies near, not the venue's city."""
OFFICE_WORDS = frozenset({"وزیر", "مشاور", "معاون", "دستیار", "مدیر", "مدیرکل", "رئیس", "سخنگوی", "نماینده",
                          "کارشناس", "مسئول", "دبیر"})
"""Words of an office held `در وزارت ...` (in a ministry): what follows is the office, not a venue."""
PRIORITY = {"fa.location.in": 0, "fa.location.staying": 1, "fa.location.arrived": 1, "fa.location.travel_to": 2,
            "fa.location.dateline": 3}


@dataclass(frozen=True)
class LocationMention:
    """A place with the cue that ties it to an action; token offsets into the normalised Doc."""

    label: str
    """PLACE or COUNTRY"""
    key: str
    place_start: int
    place_end: int
    evidence_start: int
    evidence_end: int
    rule: str


def _phrases(words, norm) -> list[tuple[str, ...]]:
    return sorted({tuple(norm(w).split()) for w in words or []}, key=len, reverse=True)


@Language.factory("meeting_location", assigns=["doc._.locations"], requires=["doc.spans"],
                  default_config={"rules_dir": None})
class LocationFinder:
    """Collect cue-bound places into `doc._.locations`; the assembler picks one per event."""

    def __init__(self, nlp: Language, name: str, *, rules_dir: str | None = None):
        kb = load_kb(rules_dir)
        self.rules = cache.load("locations", kb.fingerprint)
        if not isinstance(self.rules, dict):
            self.rules = self._load_rules(kb)
            cache.save("locations", kb.fingerprint, self.rules)
        self.capital_of = dict(kb.capital_of)
        self._by_last: dict[int, tuple[list, dict[str, list[tuple[str, ...]]]]] = {}
        """id of a phrase list → (the list, its phrases by last word, in the list's order)"""
        self._last_words = frozenset(phrase[-1] for rule in self.rules.values()
                                     for phrase in rule["before"] + rule["standalone_before"])
        """the words a `before` or `standalone_before` phrase of some rule ends with"""

    @staticmethod
    def _load_rules(kb) -> dict:
        """`locations.yaml`, checked and normalised."""
        data = read_yaml(kb.rules_path / "locations.yaml") or {}
        check_keys(data, {"in", "staying", "travel_to", "arrived", "dateline"}, "locations.yaml", "top level")
        norm = kb.normalizer.normalize_pattern
        rules = {}
        for key, spec in data.items():
            check_keys(spec, LOCATION_RULE_KEYS, "locations.yaml", key, required={"rule", "before"})
            rules[key] = {
                "rule": spec["rule"],
                "before": _phrases(spec.get("before"), norm),
                "after": _phrases(spec.get("after"), norm),
                "standalone_before": _phrases(spec.get("standalone_before"), norm),
                "context": frozenset(norm(w) for w in spec.get("context", [])),
                "sent_to": frozenset(norm(w) for w in spec.get("sent_to", [])),
            }
        return rules

    def _ends_with(self, doc: Doc, end: int, phrases) -> int | None:
        """Start of the first phrase in `phrases` that ends right before token `end`."""
        if end == 0:
            return None
        tokens = words(doc)
        indexed = self._by_last.get(id(phrases))
        if indexed is None or indexed[0] is not phrases:
            by_last: dict[str, list[tuple[str, ...]]] = {}
            for phrase in phrases:
                by_last.setdefault(phrase[-1], []).append(phrase)
            indexed = self._by_last[id(phrases)] = (phrases, by_last)
        for phrase in indexed[1].get(tokens[end - 1], ()):
            start = end - len(phrase)
            if start >= 0 and tuple(tokens[start:end]) == phrase:
                return start
        return None

    @staticmethod
    def _starts_at(doc: Doc, start: int, phrases, window: int = 3) -> int | None:
        """End of the first phrase in `phrases` that starts within `window` tokens after `start`."""
        tokens = words(doc)
        punct = flags(doc)[1]
        for offset in range(window + 1):
            for phrase in phrases:
                s = start + offset
                if tuple(tokens[s:s + len(phrase)]) == phrase:
                    if all(not punct[k] for k in range(start, s)):
                        return s + len(phrase)
        return None

    @staticmethod
    def _venue_before(doc: Doc, start: int) -> int | None:
        """Start of `در <venue word>` one to three name words before token `start` (`در کاخ میرافلورس کاراکاس`)."""
        tokens = words(doc)
        alpha, punct = flags(doc)
        for k in range(start - 2, max(0, start - 5), -1):
            if punct[k + 1] or not alpha[k + 1] or tokens[k + 1] in DIRECTIONS:
                return None  # (`در کاخ بوگور در جنوب جاکارتا`: the city the venue lies south of is not the place)
            if tokens[k] in VENUES_BEFORE_A_CITY and k > 0 and tokens[k - 1] == "در":
                return k - 1
        return None

    @staticmethod
    def _ministry_before(doc: Doc, start: int) -> int | None:
        """Start of `در (ساختمان) وزارت <one to three words>` right before token `start` (`در وزارت امور خارجه
        روسیه`), whose country names the ministry's seat."""
        tokens = words(doc)
        alpha, punct = flags(doc)
        for k in range(start - 2, max(0, start - 5), -1):
            if punct[k + 1] or not alpha[k + 1]:
                return None
            if tokens[k] == "وزارت":
                opener = k - 2 if k > 1 and tokens[k - 1] in ("ساختمان", "مقر", "محل") else k - 1
                if opener < 0 or tokens[opener] != "در" or (opener > 0 and tokens[opener - 1] in OFFICE_WORDS):
                    return None  # (`وزیر مشاور در وزارت امور خارجه قطر`: an office, not a venue)
                return opener
        return None

    def _dateline(self, doc: Doc, span, key: str, rule: dict) -> LocationMention | None:
        """`... گزارش ... از X؛` or a line that opens with `X -`: the place the report was filed from."""
        after = {p[0] for p in rule["after"]}
        tokens = words(doc)
        nxt = tokens[span.end] if span.end < len(doc) else None
        if span.start > 0 and tokens[span.start - 1] in ("-", "–") and (nxt is None or "\n" in nxt) \
                and span.start < HEADER_TOKENS:  # `خبرگزاری جمهوری اسلامی (ایرنا) - اصفهان`: the desk it came from
            return LocationMention(span.label_, key, span.start, span.end, span.start - 1, span.end, rule["rule"])
        line_start = span.start == 0 or "\n" in tokens[span.start - 1]
        if line_start and nxt == "(" and span.start < HEADER_TOKENS and span.end + 2 < len(doc) \
                and any(t == ")" for t in tokens[span.end + 1:span.end + 10]):
            # `کابل (باختر): ...`, `کابل (پژواک، ۱۵ ثور ۱۴۰۱): ...`: the lead opens with where it was filed
            return LocationMention(span.label_, key, span.start, span.end, span.start, span.end + 1, rule["rule"])
        if nxt is None or nxt not in after:
            return None
        before = self._ends_with(doc, span.start, rule["before"])
        if line_start and (nxt in ("-", "–") or (nxt == "،" and span.start < HEADER_TOKENS)):
            # `تهران- ایرنا-`, and Khovar's `دوشنبه، ۱۸ آوریل (خاور).` opening the lead
            return LocationMention(span.label_, key, span.start, span.end, span.start, span.end + 1, rule["rule"])
        if before is None and span.start > 0 and tokens[span.start - 1] == "به":
            sent = next((i for i in range(max(0, span.start - 8), span.start - 1) if tokens[i] in rule["sent_to"]), None)
            if sent is not None:  # `به گزارش خبرنگار اعزامی ایرنا به مسکو،`: where the reporter was sent
                return LocationMention(span.label_, key, span.start, span.end, sent, span.end, rule["rule"])
        if before is None:
            return None
        left = max(0, span.start - 25)
        if not any(t in rule["context"] for t in tokens[left:span.start]):
            return None
        return LocationMention(span.label_, key, span.start, span.end, before, span.end, rule["rule"])

    def __call__(self, doc: Doc) -> Doc:
        found: list[LocationMention] = []
        tokens = words(doc)
        last_words = self._last_words
        for span in spans(doc, "structure"):
            if span.label_ not in ("PLACE", "COUNTRY"):
                continue
            key = span.kb_id_.split("|")[0]
            if span.label_ == "PLACE" and tokens[span.start] == CITY_WORD:
                found.append(LocationMention(span.label_, key, span.start, span.end, span.start, span.end,
                                             self.rules["in"]["rule"]))
                continue
            # no cue phrase ends right before the place: no rule but the dateline's other readings can hold
            cue_end = span.start
            if tokens[span.start] == CAPITAL_WORD and span.start >= 2 and tokens[span.start - 2] in last_words:
                cue_end = span.start - 1  # `به الجزیره پایتخت الجزایر سفر کرده`: the city's own name, then the apposition
            no_cue = cue_end == 0 or tokens[cue_end - 1] not in last_words
            for name, rule in self.rules.items():
                if name == "dateline":
                    mention = self._dateline(doc, span, key, rule)
                    if mention is not None:
                        found.append(mention)
                    continue
                if no_cue:
                    if name == "in" and span.label_ == "COUNTRY" and key in self.capital_of:
                        ministry = self._ministry_before(doc, span.start)
                        if ministry is not None:  # `در وزارت خارجه پاکستان`: the ministry sits in the capital
                            found.append(LocationMention("PLACE", self.capital_of[key], span.start, span.end, ministry,
                                                         span.end, rule["rule"]))
                    if name == "in" and span.label_ == "PLACE":
                        venue = self._venue_before(doc, span.start)
                        if venue is not None:  # `در کاخ میرافلورس کاراکاس`: a venue of the city, named before it
                            found.append(LocationMention(span.label_, key, span.start, span.end, venue, span.end,
                                                         rule["rule"]))
                    continue
                before = self._ends_with(doc, cue_end, rule["before"])
                if name == "travel_to":
                    standalone = self._ends_with(doc, cue_end, rule["standalone_before"])
                    if standalone is not None:
                        found.append(LocationMention(span.label_, key, span.start, span.end, standalone, span.end, rule["rule"]))
                        continue
                if before is None:
                    continue
                if rule["after"]:
                    after_end = self._starts_at(doc, span.end, rule["after"])
                    if after_end is None:
                        continue
                    found.append(LocationMention(span.label_, key, span.start, span.end, before, after_end, rule["rule"]))
                else:
                    found.append(LocationMention(span.label_, key, span.start, span.end, before, span.end, rule["rule"]))
        this_country = self._travelled_to_this_country(doc)
        if this_country:  # (kept in token order: the assembler indexes locations by sentence when they are)
            found = sorted(found + this_country, key=lambda loc: loc.place_start)
        set_ext(doc, "locations", found)
        return doc

    def _travelled_to_this_country(self, doc: Doc) -> list[LocationMention]:
        """`X که برای ... امیر پیشین کویت به این کشور سفر کرده است`: the country a trip to `این کشور` goes to is the
        one named last before it (within THIS_COUNTRY_REACH tokens, another than Iran when there is one: agencies
        call their own country `کشورمان`)."""
        tokens = words(doc)
        rule = self.rules["travel_to"]
        found = []
        countries = None
        for k in positions(doc).get("این", ()):
            if not 0 < k < len(tokens) - 2 or tokens[k + 1] != "کشور" or tokens[k - 1] != "به":
                continue
            after_end = self._starts_at(doc, k + 2, rule["after"], window=0)
            if after_end is None:
                continue
            if countries is None:
                countries = [s for s in spans(doc, "structure") if s.label_ == "COUNTRY"]
            before = [s for s in countries if k - THIS_COUNTRY_REACH <= s.start and s.end <= k]
            if not before:
                continue
            foreign = [s for s in before if s.kb_id_.split("|")[0] != "IR"]
            named = (foreign or before)[-1]
            found.append(LocationMention("COUNTRY", named.kb_id_.split("|")[0], k, k + 2, k - 1, after_end,
                                         rule["rule"]))
        return found
