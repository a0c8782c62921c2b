"""`meeting_triggers`: find the words that report a contact (دیدار و گفتگو کرد، تلفنی گفتگو کرد، وارد ... شد)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..kb import load_kb
from ..matching import AnchoredMatcher
from ..units import set_spans


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

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            rule = self.rules[doc.vocab.strings[match_id]]
            if end < len(doc) and doc[end].text in self.not_before.get(rule["id"], ()):
                continue
            if rule.get("focus") == "last":
                start = end - 1
            elif rule.get("focus") == "except_last":
                end -= 1
            meta = f"{rule['strength']}:{rule.get('status', 'actual')}"
            spans.append(Span(doc, start, end, label=rule["type"], kb_id=meta, span_id=rule["id"]))
        strong_first = sorted(spans, key=lambda s: (not s.kb_id_.startswith("strong"), -(s.end - s.start), s.start))
        kept: list[Span] = []
        taken: set[int] = set()
        for span in strong_first:
            if taken.isdisjoint(range(span.start, span.end)):
                kept.append(span)
                taken.update(range(span.start, span.end))
        set_spans(doc, "triggers", sorted(kept, key=lambda s: s.start))
        return doc

