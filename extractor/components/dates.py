"""`meeting_dates`: date expressions of the article, as `DateMention`s with token positions."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .._extensions import get_ext, set_ext
from ..kb import load_kb
from ..units import spans, text


@Language.factory("meeting_dates", assigns=["doc._.dates"], default_config={"rules_dir": None})
class DateFinder:
    """Find dates with the compiled `dates.yaml` rules; store (mention, token start, token end) on `doc._.dates`.

    A weekday that the gazetteer read as a city (به دوشنبه سفر کرد) or that starts a person's name (جمعه عناد)
    is not a date.
    """

    def __init__(self, nlp: Language, name: str, *, rules_dir: str | None = None):
        kb = load_kb(rules_dir)
        self.rules = kb.date_rules

    def __call__(self, doc: Doc) -> Doc:
        found = []
        taken = {i for s in spans(doc, "structure") if s.label_ == "PLACE" for i in range(s.start, s.end)}
        taken.update(i for m in get_ext(doc, "persons") or [] if m.kind == "name" and m.name_start is not None
                     for i in range(m.name_start, m.name_end))
        for mention in self.rules.find(text(doc)):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and taken.isdisjoint(range(span.start, span.end)):
                found.append((mention, span.start, span.end))
        set_ext(doc, "dates", found)
        return doc
