"""`meeting_topics`: topic evidence (مبارزه با تروریسم → counter_terrorism) from `topics.yaml`."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..kb import load_kb
from ..matching import AnchoredMatcher
from ..units import known_span, set_spans, spans

BLOCKING_LABELS = frozenset({"TITLE", "OFFICIAL", "RANK", "OUTLET", "REPORTER"})


@Language.factory("meeting_topics", assigns=["doc.spans"], requires=["doc.spans"], default_config={"rules_dir": None})
class TopicMatcher:
    """Write `doc.spans["topics"]`: label = topic code, `id_` = the rule that matched.

    Keywords come from the gazetteer's TOPIC and TOPIC_COUNTRY matches; where keywords overlap the
    longest wins, and a match inside a title or a person's name is not topic evidence.
    A country name counts only when it does not qualify a title (`وزیر امور خارجه سوریه`).
    """

    def __init__(self, nlp: Language, name: str, *, rules_dir: str | None = None):
        self.kb = load_kb(rules_dir)
        self.matcher = AnchoredMatcher(nlp.vocab, validate=True)
        for code, pattern in self.kb.topic_patterns:
            self.matcher.add(code, self.kb.matcher_patterns(pattern))

    def __call__(self, doc: Doc) -> Doc:
        blocked: set[int] = set()
        title_followers: set[int] = set()
        for span in spans(doc, "structure"):
            if span.label_ in BLOCKING_LABELS:
                blocked.update(range(span.start, span.end))
                if span.label_ == "TITLE":
                    title_followers.update(range(span.end, min(span.end + 3, len(doc))))
        candidates = []
        for span in spans(doc, "kb"):
            if span.label_ not in ("TOPIC", "TOPIC_COUNTRY"):
                continue
            if blocked.intersection(range(span.start, span.end)):
                continue
            if span.label_ == "TOPIC_COUNTRY" and span.start in title_followers:
                continue
            for code in span.kb_id_.split("|"):
                rule = f"fa.topic.{code}.{'country' if span.label_ == 'TOPIC_COUNTRY' else 'keyword'}"
                candidates.append(known_span(doc, span.start, span.end, code, 0, rule, (code, "", rule)))
        for match_id, start, end in self.matcher(doc):
            if blocked.intersection(range(start, end)):
                continue
            code = doc.vocab.strings[match_id]
            rule = f"fa.topic.{code}.pattern"
            candidates.append(known_span(doc, start, end, code, 0, rule, (code, "", rule)))
        candidates.sort(key=lambda s: (-(s.end - s.start), s.start))
        kept: list[Span] = []
        taken: set[int] = set()
        kept_spans: set[tuple[int, int]] = set()
        for span in candidates:
            tokens = set(range(span.start, span.end))
            if tokens & taken and (span.start, span.end) not in kept_spans:
                continue
            kept.append(span)
            kept_spans.add((span.start, span.end))
            taken |= tokens
        set_spans(doc, "topics", sorted(kept, key=lambda s: s.start))
        return doc
