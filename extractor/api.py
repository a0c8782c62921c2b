"""The Python API: `extract(text)` and the reusable `Extractor`.

The Extractor loads rules and builds the pipeline once; `extract` runs intake → normalisation →
spaCy pipeline → output, mapping every span back to the original text.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import os
import re
from dataclasses import replace

from spacy.tokens import Doc

from ._extensions import get_ext, set_ext
from ._gc import paused_gc
from .components.assembler import DEPUTY_PRIME_MINISTER, DraftEvent, Entity, Side
from .components.persons import REPRESENTATIVES
from .dates import alternation, to_jalali
from .errors import Errors, InputError, Warnings
from .intake import intake
from .kb import KnowledgeBase, load_kb
from .normalize import NormalizedText
from .pipeline import make_nlp
from .schema import Document, Event, Evidence, Participant
from .units import offsets, prime, spans
from .units import text as doc_text

DEFAULT_MAX_CHARS = 1_000_000
LONG_TEXT = 20_000
"""articles at least this long have their distinct words tokenized first (see `Extractor._make_doc`)"""
PRIMED_MAX = 1_000_000
HEADER_LINES = 8
HEADER_LINE_MAX = 120
DATELINE_CHARS = 40
"""A full date this close to the start of one of the first lines is the dateline's (the publication date)."""
DELEGATION_HEAD_PREFIXES = ("fa.title.generic_head:هیئت", "fa.title.generic_head:هیات")
"""Titles of the head of a country's delegation (`رئیس هیئت روسیه`)."""
NARROWABLE_ROLES = frozenset({"minister", "official"})
PORTFOLIO_ROLES = frozenset({"defense_minister", "foreign_minister"})
"""A title's generic role (not `deputy_minister`, unlike the persons' GENERIC_ROLES) that the register's office of that
day narrows to a portfolio (a deputy premier who is the foreign minister)."""
JOINT_STAFF_WORDS = ("کل", "مشترک", "مسلح")
"""Words of a title that heads all the armed forces (`رئیس ستاد کل نیروهای مسلح عمان`), not one army's staff."""
FOOTER_LINES = 3
FOOTER_CHARS = 400
"""A date signed off under the text is on one of its last three lines (within the last FOOTER_CHARS characters)."""
_COUNTRY = re.compile(r"^[A-Z]{2}$")


def _deputy_premier(title_id: str | None) -> bool:
    """A title of a deputy prime minister (`معاون نخست‌وزیر`, `معاون رئیس‌الوزرا`, `معاون صدراعظم`)."""
    return bool(title_id) and (title_id.startswith(DEPUTY_PRIME_MINISTER)
                               or title_id.startswith("fa.title.prime_minister") and title_id.endswith("+deputy"))


def parse_published(value: str | dt.date | None) -> dt.date | None:
    """Accept an ISO date string or a date; raise ValueError (E005) otherwise."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError(Errors.E005.format(value=value)) from None


def check_country(value: str | None) -> str | None:
    """Accept an ISO alpha-2 code (any case); raise ValueError (E006) otherwise."""
    if value is None:
        return None
    code = str(value).strip().upper()
    if not _COUNTRY.match(code):
        raise ValueError(Errors.E006.format(value=value))
    return code


class Extractor:
    """Loads the rules and the pipeline once; call `extract` for each article."""

    def __init__(self, rules_dir: str | os.PathLike | None = None, max_chars: int = DEFAULT_MAX_CHARS,
                 backend: str = "rules", model_path: str | os.PathLike | None = None,
                 stanza_dir: str | os.PathLike | None = None, model_paths: dict[str, str] | None = None):
        """`backend`: rules (default), spacy-ner or stanza (see `extractor.backends`); `model_path` overrides the
        packaged spaCy NER, `stanza_dir` stanza's resources directory, `model_paths` stanza model files by processor."""
        rules = str(rules_dir) if rules_dir is not None else None
        self.backend = backend
        options = {"model_path": str(model_path) if model_path else None,
                   "stanza_dir": str(stanza_dir) if stanza_dir else None,
                   "model_paths": {k: str(v) for k, v in (model_paths or {}).items()}}
        with paused_gc(lasting=True):
            self.kb: KnowledgeBase = load_kb(rules)
            self.nlp = make_nlp(rules, backend=backend, backend_options=options)
            self.date_rules = self.kb.date_rules
        self.max_chars = max_chars
        self._primed: set[str] = set()
        """chunks already in the tokenizer's cache, or never cached (see `_make_doc`)"""

    def extract(self, text: str, published: str | dt.date | None = None, source_country: str | None = None,
                doc_id: str | None = None) -> Document:
        """Extract the meeting events of one article (see CONTRACT.md for the output).

        The cyclic garbage collector is paused meanwhile (see `extractor._gc`): the article's objects
        live until the end of the call, and on a long article the collector's repeated passes over
        them took a quarter of the time. What the call leaves behind is freed when it returns (see
        `_release`).
        """
        with paused_gc():
            return self._extract(text, published, source_country, doc_id)

    def _extract(self, text: str, published: str | dt.date | None, source_country: str | None,
                 doc_id: str | None) -> Document:
        if not isinstance(text, str):
            raise TypeError(Errors.E007.format(type_name=type(text).__name__))
        if len(text) > self.max_chars:
            raise InputError(Errors.E004.format(path=doc_id or "<text>", size=len(text), limit=self.max_chars))
        published_date = parse_published(published)
        source_country = check_country(source_country)
        prepared = intake(text)
        warnings = list(prepared.warnings)
        source = {"outlet": None, "outlet_en": None, "country": source_country,
                  "published": published_date.isoformat() if published_date else None,
                  "published_from": "argument" if published_date else None}
        if not prepared.text.strip():
            warnings.append(Warnings.W001)
            return Document(doc_id, prepared.language, source, warnings=warnings)
        normalized = self.kb.normalizer.normalize(prepared.text)
        doc = prime(self._make_doc(normalized.text), normalized.text)
        context: dict = {}
        for name, component in self.nlp.pipeline:
            if name == "meeting_assembler":
                context = self._context(doc, normalized, text, source, published_date, warnings)
                set_ext(doc, "context", context)
            doc = component(doc)
        document = _DocumentBuilder(self.kb, doc, normalized, text, get_ext(doc, "context") or context).build(
            doc_id, prepared.language, source, warnings)
        _release(doc)
        return document

    def _make_doc(self, text: str) -> Doc:
        """Tokenize `text`; a long text has each of its distinct words tokenized first.

        spaCy's tokenizer keeps the tokens of each whitespace-delimited chunk in a cache, but stops
        adding to it within a Doc once a special case has been used (spaCy issue #1250), so in a
        long article almost every chunk is split by the affix rules again. Tokenizing the distinct
        chunks first fills the cache exactly as earlier articles would have (a chunk that involves a
        special case is not cached either way), and the article then reads its tokens from it. The
        Doc is the same; only the time differs. The chunks that cannot involve a special case (no
        special case's text is part of them) are tokenized together in one call (one call per chunk
        took ~5 µs each), the others one by one. The chunks tokenized so are remembered (up to
        `PRIMED_MAX`), and a later long article tokenizes only the chunks new to it.
        """
        if len(text) >= LONG_TEXT:
            primed = self._primed
            if len(primed) > PRIMED_MAX:
                primed.clear()
            new = set(text.split())
            new.difference_update(primed)
            if new:
                tokenizer = self.nlp.tokenizer
                specials = self._specials_scan(tokenizer)
                chunks = list(new)
                joined = " ".join(chunks)
                risky = set()
                if specials is not None:
                    starts = list(itertools.accumulate((len(c) + 1 for c in chunks), initial=0))
                    risky = {bisect.bisect_right(starts, m.start()) - 1 for m in specials.finditer(joined)}
                if risky:
                    for i in risky:
                        tokenizer(chunks[i])
                    joined = " ".join(c for i, c in enumerate(chunks) if i not in risky)
                tokenizer(joined)
                primed.update(new)
        return self.nlp.make_doc(text)

    def _specials_scan(self, tokenizer) -> re.Pattern | None:
        """A regex that finds the text of any special case of `tokenizer` without white space (the ones a
        chunk can hold), rebuilt when the special cases change; None when there are none."""
        rules = tokenizer.rules or {}
        cached = getattr(self, "_specials_cached", None)
        if cached is None or cached[0] is not rules or cached[1] != len(rules):
            keys = [k for k in rules if k and not any(c.isspace() for c in k)]
            cached = self._specials_cached = (rules, len(rules), re.compile(alternation(keys)) if keys else None)
        return cached[2]

    def _context(self, doc: Doc, normalized: NormalizedText, original: str, source: dict, published: dt.date | None,
                 warnings: list[str]) -> dict:
        """Outlet, source country and publication date, read before events are assembled."""
        outlet_span = next((s for s in spans(doc, "structure") if s.label_ == "OUTLET"), None)
        if outlet_span is not None:
            outlet = self.kb.outlets[outlet_span.kb_id_.split("|")[0]]
            source.update(outlet=outlet.name, outlet_en=outlet.name_en)
            if source["country"] is None:
                source["country"] = outlet.country
            start, end = normalized.to_original(outlet_span.start_char, outlet_span.end_char)
            source["evidence"] = Evidence(original[start:end], start, end).to_dict()
        header_tokens: set[int] = set()
        if published is None:
            header, where = self._header_date(doc), "header"
            if header is None:
                header, where = self._footer_date(doc), "footer"
            if header is not None:
                mention, value, tok_start = header
                published = value
                source["published"] = value.isoformat()
                source["published_from"] = where
                start, end = normalized.to_original(mention.start, mention.end)
                source["published_evidence"] = Evidence(original[start:end], start, end).to_dict()
                header_tokens.add(tok_start)
        uses_our_country = any(s.label_ == "OUR_COUNTRY" for s in spans(doc, "structure"))
        country = source["country"]
        if country is None and uses_our_country:
            country = "IR"
            warnings.append(Warnings.W004.format(country=country))
        return {"published": published, "source_country": country, "header_date_tokens": header_tokens}

    def _header_date(self, doc: Doc):
        """A full date (with year) on one of the first short lines, else at the very start of one of the first
        lines (a dateline that opens the lead: `کابل (پژواک، ۱۵ ثور ۱۴۰۱): ...`, `دوشنبه، ۱۴ سپتامبر ۲۰۲۲. ...`):
        the publication date."""
        lines = doc_text(doc).split("\n", HEADER_LINES + 4)  # the first lines (and the rest, unread)
        return self._first_full_date(doc, lines[:HEADER_LINES], HEADER_LINE_MAX, whole_lines=True) \
            or self._first_full_date(doc, lines[:HEADER_LINES + 4], DATELINE_CHARS, whole_lines=False)

    def _footer_date(self, doc: Doc):
        """A full date alone on one of the last short lines (services that sign off `۲۰ دی ۱۴۰۲` under the text)."""
        text = doc_text(doc)
        start = max(0, len(text) - FOOTER_CHARS)
        if start:
            start = text.find("\n", start) + 1
        lines = text[start:].split("\n")
        kept = [k for k, line in enumerate(lines) if line.strip()][-FOOTER_LINES:]
        if not kept:
            return None
        first = kept[0]
        offset = start + sum(len(line) + 1 for line in lines[:first])
        return self._first_full_date(doc, lines[first:], HEADER_LINE_MAX, whole_lines=True, offset=offset)

    def _first_full_date(self, doc: Doc, lines: list[str], chars: int, whole_lines: bool, offset: int = 0):
        """The first date with a year in `lines`: in lines of at most `chars` characters (`whole_lines`), or
        ending within the first `chars` characters of a line. (mention in Doc characters, date, token start)"""
        for line in lines:
            if not whole_lines or len(line.strip()) <= chars:
                head = line if whole_lines else line[:chars]
                for mention in self.date_rules.absolute(head) or self.date_rules.dateline_short_year(head):
                    resolved = self.date_rules.resolve(mention, None)
                    if resolved.value and (whole_lines or mention.end < chars):
                        shifted = replace(mention, start=mention.start + offset, end=mention.end + offset)
                        span = doc.char_span(shifted.start, shifted.end, alignment_mode="expand")
                        return shifted, dt.date.fromisoformat(resolved.value), span.start if span else -1
            offset += len(line) + 1
        return None


def _release(doc: Doc) -> None:
    """Drop what the components stored on the Doc, once the Document is built from it.

    The spans, events and caches the components keep in `doc.user_data` refer back to the Doc, so an
    article's objects form reference cycles that only the cyclic garbage collector could free: its passes
    over them after each call (and now and then over the whole heap) took about 5% of the time. Without
    them the objects are freed as soon as the Doc is no longer used. The Document holds none of them.
    """
    doc.user_data.clear()


class _DocumentBuilder:
    """Map the assembled token-level events onto the contract's JSON, in original offsets."""

    def __init__(self, kb: KnowledgeBase, doc: Doc, normalized: NormalizedText, original: str, context: dict):
        self.kb, self.doc, self.normalized, self.context = kb, doc, normalized, context
        self.original = original
        """the text given to the extractor; `normalized.original` is it with markup blanked (same length)"""
        self._evidence: dict[tuple[int, int], Evidence] = {}
        self._entity_facts: dict[int, tuple] = {}
        self._apposed_of: dict[int, tuple] = {}

    def evidence(self, start_token: int, end_token: int) -> Evidence:
        """Evidence for tokens [start_token, end_token) of the normalised Doc (each worked out once)."""
        key = (start_token, end_token)
        found = self._evidence.get(key)
        if found is None:
            starts, ends = offsets(self.doc)
            if 0 <= start_token < end_token <= len(starts):
                found = self.char_evidence(starts[start_token], ends[end_token - 1])
            else:
                span = self.doc[start_token:end_token]
                found = self.char_evidence(span.start_char, span.end_char)
            self._evidence[key] = found
        return found

    def char_evidence(self, start_char: int, end_char: int) -> Evidence:
        """Evidence for characters of the normalised text."""
        start, end = self.normalized.to_original(start_char, end_char)
        cleaned = self.normalized.original[start:end]
        stripped = cleaned.strip()
        if stripped != cleaned:
            start += len(cleaned) - len(cleaned.lstrip())
            end = start + len(stripped)
        return Evidence(self.original[start:end], start, end)

    def build(self, doc_id, language, source, warnings) -> Document:
        """The Document for this article."""
        drafts, other_drafts = get_ext(self.doc, "events") or [], get_ext(self.doc, "other_contacts") or []
        events = [self.event(e) for e in drafts]
        others = [self.event(e) for e in other_drafts]
        participants = {s.entity.key for e in drafts + other_drafts
                        for s in e.sides if s.entity is not None}
        mentioned = []
        for entity in self.context.get("entities", []):
            if entity.key in participants or not entity.named:
                continue
            person = self.person(entity, None)
            mentioned.append({"name": person.name, "name_en": person.name_en, "country": person.country,
                              "role": person.role, "mentions": [m.to_dict() for m in person.mentions]})
        if any(e.date.get("relative") and e.date.get("value") is None for e in events):
            warnings.append(Warnings.W002)
        return Document(doc_id, language, source, events, mentioned, others, warnings)

    def _name_text(self, entity: Entity) -> str | None:
        named = entity.named
        if not named:
            return None
        longest = max(named, key=lambda m: (m.name_end - m.name_start, -m.start))
        evidence = self.evidence(longest.name_start, longest.name_end)
        text = self.normalized.original[evidence.start:evidence.end]
        return " ".join(self.kb.normalizer.char_level(text.replace("\u200c", "\x00")).replace("\x00", "\u200c").split())

    def _facts(self, entity: Entity) -> tuple:
        """What `person` reads from all mentions of an entity, worked out once per entity.

        (name text, rank, mention rules, country and its rule from the mentions, mention evidence)
        """
        facts = self._entity_facts.get(id(entity))
        if facts is None:
            name = None if entity.official_id and entity.official_id in self.kb.officials else self._name_text(entity)
            country, country_rule = None, None
            for m in sorted(entity.mentions, key=lambda m: m.title is None or m.title.country is None):
                if m.country:
                    country, country_rule = m.country, m.country_rule
                    break
            mentions = [self.evidence(m.start, m.end) for m in sorted(entity.mentions, key=lambda m: m.start)]
            facts = (name, entity.best("rank"), sorted({m.rule for m in entity.mentions}), country, country_rule,
                     list(dict.fromkeys(mentions)))
            self._entity_facts[id(entity)] = (entity, facts)  # the entity is kept so that its id stays its own
        else:
            facts = facts[1]
        return facts

    def person(self, entity: Entity, day: str | None) -> Participant:
        """A participant (or mentioned person) from all mentions of one entity."""
        official = self.kb.officials.get(entity.official_id) if entity.official_id else None
        inferred: list[str] = []
        name_text, rank, rules, mention_country, mention_country_rule, unique = self._facts(entity)
        name = official.name if official else name_text
        role = None
        trace: dict = {"mentions": list(rules)}
        office = None
        if official is not None:
            era = self.context.get("era") if day is None else None  # an undated article: the offices of its time
            office = (era and official.office_on(era)) or official.office_on(day)
        titled = next((m for m in entity.mentions if m.title is not None and m.title.role
                       and not (office is not None and m.title.title_id
                                and m.title.title_id.startswith(DELEGATION_HEAD_PREFIXES))), None)
        # (`حسین جابری انصاری رئیس هیئت ایران`: heading a delegation is no office; the register's office is his role)
        if titled is not None:
            title = titled.title
            ev = self.evidence(title.start, title.end)
            role = {"code": title.role, "text": ev.text, "start": ev.start, "end": ev.end}
            trace["role"] = title.title_id
        if titled is None and office is not None:
            role = {"code": office.role, "text": office.title}
            inferred.append("role")
            trace["role"] = "register"
        elif titled is not None and office is not None and titled.title.role in NARROWABLE_ROLES \
                and office.role in PORTFOLIO_ROLES:
            role["code"] = office.role  # `معاون نخست‌وزیر عمان در امور دفاعی`: a deputy premier who holds defence
            inferred.append("role")
            trace["role"] = f"{title.title_id}+register"
        elif titled is not None and office is not None and office.role in NARROWABLE_ROLES \
                and office.role != title.role and _deputy_premier(title.title_id):
            role["code"] = office.role  # `معاون اقتصادی رئیس‌الوزرا`, `معاون نخست‌وزیر روسیه`: a deputy premier is
            inferred.append("role")  # a minister of a cabinet or an official of a premier's office, as the register
            trace["role"] = f"{title.title_id}+register"  # holds him on that day
        elif titled is not None and office is not None and titled.title.role == "chief_of_general_staff" \
                and office.role == "military_commander" and not any(w in role["text"] for w in JOINT_STAFF_WORDS):
            role["code"] = office.role  # `لوی درستیز ارتش پاکستان`, `رئیس ستاد ارتش هند`: the army's own commander
            inferred.append("role")  # (Chief of Army Staff), whom the register holds for one, not a general staff's
            trace["role"] = f"{title.title_id}+register"
        country, country_rule = mention_country, mention_country_rule
        organization = titled.title.org if titled is not None else None
        if titled is not None and titled.title.country_rule == "fa.country.international_organization":
            country, country_rule = None, titled.title.country_rule
        elif country_rule in (None, "fa.country.register") and office is not None and office.org is not None:
            # Grossi named without his title: on that day he acts for the IAEA, not for Argentina
            country, country_rule, organization = None, "register.international_organization", office.org
        elif country is None and official is not None:
            country, country_rule = official.country, "register"
            inferred.append("country")
        trace["country"] = country_rule
        participant = Participant(name, official.name_en if official else None, rank, role, country, list(unique),
                                  id=official.qid if official else None, inferred=inferred, trace=trace)
        participant.organization = organization
        return participant

    def _apposed(self, entity: Entity):
        """The counterpart phrase apposed to one of the entity's mentions, if any (worked out once per entity)."""
        key = id(entity)
        if key not in self._apposed_of:
            self._apposed_of[key] = (entity, next((m.extra["apposed_counterpart"] for m in entity.mentions
                                                   if "apposed_counterpart" in m.extra), None))
        return self._apposed_of[key][1]

    def side(self, side: Side, day: str | None) -> Participant:
        """A participant from an event side: a person, or a side known only by title or counterpart."""
        if side.entity is not None:
            participant = self.person(side.entity, day)
            participant.trace["rule"] = side.rule
            apposed = self._apposed(side.entity)
            if participant.role is None and side.role and apposed is not None:
                ev = self.evidence(apposed.start, apposed.end)
                participant.role = {"code": side.role, "text": ev.text, "start": ev.start, "end": ev.end}
                participant.trace["role"] = "fa.role.counterpart_of_other_side"
            if participant.role is None:
                # a participant whose office neither the text nor the register tells (`فوزیه کوفی`, `محمد علوش`, a
                # Taliban member): the generic code, as the gold gives every participant one
                participant.role = {"code": "official", "text": None}
                participant.inferred = [*participant.inferred, "role"]
                participant.trace["role"] = "fa.role.unknown_office"
            return participant
        m = side.mention
        ev = self.evidence(m.start, m.end)
        role_code = side.role or m.role
        trace = {"rule": side.rule}
        if role_code is None and m.kind == "delegation":
            role_code, trace["role"] = "official", "fa.role.delegation_head"  # a delegation stands for its unnamed head
        elif role_code == "envoy" and side.rule == "fa.person.plural_title" \
                and self.doc[m.start].text in REPRESENTATIVES:
            role_code, trace["role"] = "official", "fa.role.representatives_listed"
            # (`نمایندگان ویژه چین و پاکستان` left unnamed, not the envoy of that country named at the contact: one
            # official of each, like `نمایندگان چین و پاکستان`)
        role = {"code": role_code, "text": ev.text, "start": ev.start, "end": ev.end} if role_code else None
        if m.country_rule == "fa.country.unqualified_title_source":
            trace["country"] = m.country_rule
        participant = Participant(None, None, None, role, side.country or m.country, [ev], trace=trace)
        holder = self.kb.holder(role_code, participant.country, day, title_fixed=m.title is not None
                                and m.title.country_rule == "fa.country.title_fixed")
        if holder is not None:
            participant.name, participant.name_en, participant.id = holder.name, holder.name_en, holder.qid
            participant.inferred = ["name", "name_en"]
        return participant

    @staticmethod
    def _distinct(participants: list[Participant]) -> list[Participant]:
        """Drop a side named only by the register's holder of its office when that person is already a participant
        (`معاون رئیس دولت، نخست‌وزیر امارات` after `محمد بن راشد آل مکتوم` named both offices' holder twice)."""
        named = {p.name for p in participants if p.name and "name" not in (p.inferred or ())}
        kept, seen = [], set()
        for p in participants:
            if p.name and "name" in (p.inferred or ()) and (p.name in named or p.name in seen):
                continue
            seen.add(p.name)
            kept.append(p)
        return kept

    def event(self, draft: DraftEvent) -> Event:
        """The contract's event from a draft."""
        date = self.date(draft)
        day = date["value"] if date.get("granularity") == "day" else None
        participants = self._distinct([self.side(s, day) for s in draft.sides])
        trigger = self.evidence(draft.trigger.start, draft.trigger.end)
        topics = []
        for code, cues in draft.topics.items():
            topic = self.kb.topics.get(code)
            evidence = list(dict.fromkeys(self.evidence(s.start, s.end) for s in cues))
            topics.append({"code": code, "label": topic.label if topic else code,
                           "evidence": [e.to_dict() for e in evidence], "rule": cues[0].id_ or f"fa.topic.{code}"})
        trace = {"trigger": draft.trigger.id_, "triggers": [t.id_ for t in draft.triggers], **draft.trace}
        location = self.location(draft)
        event = Event(draft.type, trigger, participants, location, date, topics, draft.confidence,
                      codes=self.codes(draft.type, participants, location), trace=trace, status=draft.status)
        return event

    def location(self, draft: DraftEvent) -> dict | None:
        """The event's place with coordinates and the cue that tied it to the event."""
        loc = draft.location
        if loc is None:
            return None
        evidence = self.evidence(loc.evidence_start, loc.evidence_end)
        if loc.label == "PLACE":
            place = self.kb.places[loc.key]
            out = {"name": place.name, "name_en": place.name_en, "country": place.country, "lat": place.lat,
                   "lon": place.lon, "kind": place.kind, "evidence": evidence.to_dict(), "rule": loc.rule}
            city = self.kb.places.get(self.kb.venue_city.get(place.id) or "")
            if place.kind == "venue" and city is not None:
                out.update(name=city.name, name_en=city.name_en, kind=city.kind,
                           venue={"name": place.name, "name_en": place.name_en})
            return out
        country = self.kb.countries[loc.key]
        return {"name": country.names[0], "name_en": country.name_en, "country": country.iso2, "lat": None, "lon": None,
                "kind": "country", "evidence": evidence.to_dict(), "rule": loc.rule}

    def date(self, draft: DraftEvent) -> dict:
        """The event's date: value, text, relative form, Jalali form, granularity, reason, evidence."""
        resolved = draft.date_resolved
        out = {"value": None, "text": None, "relative": None, "jalali": None, "granularity": None, "reason": None,
               "evidence": None}
        if draft.date is not None:
            mention, _start, _end = draft.date
            ev = self.char_evidence(mention.start, mention.end)
            out.update(text=ev.text, evidence=ev.to_dict())
        if resolved is not None:
            out.update(value=resolved.value, relative=resolved.relative, jalali=resolved.jalali,
                       granularity=resolved.granularity, reason=resolved.reason)
            if resolved.value and resolved.granularity == "day" and not resolved.jalali:
                out["jalali"] = to_jalali(dt.date.fromisoformat(resolved.value))
        return out

    @staticmethod
    def codes(event_type: str, participants: list[Participant], location: dict | None) -> dict:
        """CAMEO and PLOVER codes from the type, the first side's country and the place."""
        if event_type == "phone_call":
            return {"cameo": "041", "plover": {"event": "CONSULT", "mode": "phone"}}
        countries = [p.country for p in participants if p.country]
        place = location["country"] if location else None
        if event_type == "negotiation":
            cameo = "046"
        elif place is None or not countries:
            cameo = "040"
        elif place == countries[0]:
            cameo = "043"
        elif place in countries[1:]:
            cameo = "042"
        else:
            cameo = "044"
        mode = {"043": "host", "042": "visit", "044": "third-party"}.get(cameo)
        if event_type == "negotiation" and place is not None and countries:
            mode = "host" if place == countries[0] else "visit" if place in countries else "third-party"
        return {"cameo": cameo, "plover": {"event": "CONSULT", "mode": mode}}


@functools.lru_cache(maxsize=3)
def _default_extractor(backend: str = "rules") -> Extractor:
    return Extractor(backend=backend)


def extract(text: str, published: str | dt.date | None = None, source_country: str | None = None,
            doc_id: str | None = None, backend: str = "rules") -> Document:
    """Extract with a process-wide `Extractor` per backend (rules and model loaded on first use)."""
    return _default_extractor(backend).extract(text, published=published, source_country=source_country,
                                               doc_id=doc_id)


__all__ = ["Extractor", "extract", "parse_published", "check_country", "to_jalali"]
