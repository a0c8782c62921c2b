"""`meeting_triggers`: find the words that report a contact (دیدار و گفتگو کرد، تلفنی گفتگو کرد، وارد ... شد)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import Errors, RuleError
from ..kb import load_kb
from ..matching import AnchoredMatcher
from ..units import flags, known_span, set_spans, words
from ..units import spans as span_list

REMOTE_MODES = frozenset({"تلفنی", "ویدئویی", "ویدیویی", "تصویری", "ویدئوکنفرانس", "ویدیوکنفرانس", "ویدئوکنفرانسی",
                          "ویدیوکنفرانسی", "مجازی"})
"""Words of a contact held at a distance (by telephone or video): a talk told with one is a call, and it took
place nowhere."""


GLOSS_BRACKETS = frozenset({"(", ")", "«", "»"})
"""Brackets around a gloss (`رئیس شورای عالی (جوگورکو کنش) قرقیزستان`) or a name (`استوارنامه خود را به «ولادیمیر
پوتین» ... تقدیم کرد`) do not end the stretch a cue is looked for in."""


SESSION_WORDS = frozenset({"این", "آن", "همین", "نشست", "اجلاس", "کنفرانس", "جلسه", "همایش", "اجلاسیه", "مجمع", "کار",
                           "نشستی", "جلسات", "نشستهای"})
"""Words between `در` and the verb of taking part in a session (`در این نشست شرکت کرد`, `در آن حاضر شدند`)."""


TAKING_PART = frozenset({"شرکت", "حاضر", "حضور"})

SUMMONS_TRIGGERS = frozenset({"fa.trigger.summoned", "fa.trigger.was_summoned"})
RECALL_CUES = [("مشورت",), ("مشورتهای",), ("خود",), ("خویش",)]
"""Words before a summons verb (within eight, no punctuation between) that make it a recall (`سفیر خود در تهران را برای مشورت به برلین فراخواند`): a
state calling its own envoy home, no contact with another."""


APPOSITION_MARKS = frozenset({"،", ",", "–", "-"})
"""Marks an apposition of titles may hold (`through_commas`)."""


@Language.factory("meeting_triggers", assigns=["doc.spans"], default_config={"rules_dir": None})
class TriggerMatcher:
    """Match `triggers.jsonl`; write `doc.spans["triggers"]` (longest first, no overlaps).

    A span's label is the event type, its `kb_id_` the trigger strength and status
    (`strong:actual`), its `id_` the rule id.
    """

    def __init__(self, nlp: Language, name: str, *, rules_dir: str | None = None):
        self.kb = load_kb(rules_dir)
        self.matcher = AnchoredMatcher(nlp.vocab, validate=True)
        self.rules = {}
        for rule in self.kb.triggers:
            self.matcher.add(rule["id"], self.kb.matcher_patterns(rule["pattern"]))
            self.rules[rule["id"]] = rule
        self.not_before = {r["id"]: frozenset(self.kb.normalizer.normalize_pattern(w) for w in r.get("not_before", []))
                           for r in self.kb.triggers}
        self.not_after = {r["id"]: frozenset(self.kb.normalizer.normalize_pattern(w) for w in r.get("not_after", []))
                          for r in self.kb.triggers}
        self.cue_before = {}
        for r in self.kb.triggers:
            spec = r.get("cue_before")
            if spec is None:
                continue
            unknown = set(spec) - {"words", "within", "stop", "through_commas"}
            if unknown or "words" not in spec:
                raise RuleError(Errors.E101.format(file="triggers.jsonl", line=r["id"], keys=sorted(unknown) or ["words?"],
                                                   allowed="words, within, stop, through_commas"))
            norm = self.kb.normalizer.normalize_pattern
            self.cue_before[r["id"]] = ([tuple(norm(w).split()) for w in spec["words"]], int(spec.get("within", 8)),
                                        frozenset(norm(w) for w in spec.get("stop", [])),
                                        bool(spec.get("through_commas", False)))

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        in_titles = {i for s in span_list(doc, "structure") if s.label_ == "TITLE" for i in range(s.start, s.end)}
        tokens = words(doc)
        punct = flags(doc)[1]
        for match_id, start, end in self.matcher(doc):
            rule = self.rules[doc.vocab.strings[match_id]]
            if start in in_titles and rule["strength"] != "strong":
                continue  # `رئیس کمیته مشترک رؤسای ستاد`: a word of an office's name, not a joint committee
            if end < len(tokens) and tokens[end] in self.not_before.get(rule["id"], ()):
                continue
            if start > 0 and tokens[start - 1] in self.not_after.get(rule["id"], ()):
                continue
            if rule["id"] in self.cue_before and not self._cue_before(doc, start, *self.cue_before[rule["id"]]):
                continue
            if rule.get("focus") == "last":
                start = end - 1
            elif rule.get("focus") == "except_last":
                end -= 1
            if rule["id"] in SUMMONS_TRIGGERS and self._cue_before(doc, start, RECALL_CUES, 8, frozenset()):
                continue
            if self._joins_a_session(tokens, punct, end) and (
                    rule["type"] == "phone_call" or not REMOTE_MODES.isdisjoint(tokens[start:end])):
                continue  # `پوتین از طریق ارتباط ویدئویی در آن حاضر شد`: a session joined by video, not a call
            meta = f"{rule['strength']}:{rule.get('status', 'actual')}"
            label = rule["type"]
            if label == "meeting" and (not REMOTE_MODES.isdisjoint(tokens[start:end])
                                       or self._remote_before(tokens, punct, start, self.kb.interview_objects)):
                label = "phone_call"  # `در گفت‌وگویی تلفنی با`: a talk by telephone or video is a call
            spans.append(known_span(doc, start, end, label, meta, rule["id"], (label, meta, rule["id"])))
        strong_first = sorted(spans, key=lambda s: (not s.kb_id_.startswith("strong"), -(s.end - s.start), s.start))
        kept: list[Span] = []
        taken: set[int] = set()
        for span in strong_first:
            if taken.isdisjoint(range(span.start, span.end)):
                kept.append(span)
                taken.update(range(span.start, span.end))
        set_spans(doc, "triggers", sorted(kept, key=lambda s: s.start))
        return doc

    @staticmethod
    def _joins_a_session(tokens: list[str], punct, end: int) -> bool:
        """`به صورت ویدئویی در این نشست شرکت کرد`: right after the mode, `در`, words of the session and the verb of
        taking part, with no punctuation between."""
        if end >= len(tokens) or tokens[end] != "در":
            return False
        for k in range(end + 1, min(end + 5, len(tokens))):
            if tokens[k] in TAKING_PART:
                return k > end + 1
            if punct[k] or tokens[k] not in SESSION_WORDS:
                return False
        return False

    @staticmethod
    def _remote_before(tokens: list[str], punct, start: int, interviewers: frozenset[str] = frozenset(),
                       within: int = 12) -> bool:
        """`تلفنی با یکدیگر گفتگو کرده`, `به صورت تلفنی با X گفت‌وگو کرد`: a mode word before the counterpart's `با`,
        in the same stretch of text, makes the talk a call (not `در گفتگوی تلفنی با مهر از دیدار خود ...`: an
        interview by phone, with one of the `interviewers`)."""
        for k in range(start - 1, max(-1, start - 1 - within), -1):
            if punct[k]:
                return False
            if tokens[k] in REMOTE_MODES and k + 1 < start and tokens[k + 1] == "با":
                return k + 2 >= start or tokens[k + 2] not in interviewers
        return False

    @staticmethod
    def _cue_before(doc: Doc, start: int, cues: list[tuple[str, ...]], within: int, stop: frozenset[str],
                    through_commas: bool = False) -> bool:
        """Does a cue (`میزبان`, `به امضای`) end within `within` tokens before `start`, with no punctuation (but
        commas and dashes, `through_commas`: `از سوی X، رئیس‌جمهور تاجیکستان، پذیرفته شد`, `به اساسگذار صلح و وحدت
        ملی – پیشوای ملت، ... تقدیم کردند`) or stop word between? (A cheap
        lookbehind instead of a Matcher wildcard over a long window.)"""
        tokens = words(doc)
        _alpha, punct = flags(doc)
        lasts = {cue[-1] for cue in cues if cue}  # (a cue that ends at k ends with the word at k; an empty one anywhere)
        anywhere = not all(cues)
        for k in range(start - 1, max(-1, start - 1 - within), -1):
            if anywhere or tokens[k] in lasts:
                for cue in cues:
                    if tuple(tokens[k - len(cue) + 1:k + 1]) == cue:
                        return True
            if tokens[k] in stop:  # (but a cue its relative clause follows: `در این اجلاس که ...، X حضور دارند`)
                return any(tuple(tokens[k - len(cue):k]) == cue for cue in cues if cue[:2] == ("در", "این"))
            if punct[k] and tokens[k] not in GLOSS_BRACKETS and not (through_commas and tokens[k] in APPOSITION_MARKS):
                return False
        return False

