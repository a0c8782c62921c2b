"""`meeting_model`: run a model backend (spacy-ner, stanza) and put its spans on the Doc for the rules to merge.

Writes `doc.spans["model_entities"]` (label PERSON/ORG/GPE, `id_` = `model.<backend>`) and
`doc.spans["model_arguments"]` (label WITH_ARG: a `با X` argument; `kb_id_` = the start token of its trigger).
Added to the pipeline only when a backend other than `rules` is chosen.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..backends import get_backend


@Language.factory("meeting_model", assigns=["doc.spans"],
                  default_config={"backend": "rules", "model_path": None, "stanza_dir": None, "model_paths": {}})
class ModelSpans:
    """Loads the backend once; raises BackendError at construction when it cannot run here."""

    def __init__(self, nlp: Language, name: str, *, backend: str, model_path: str | None, stanza_dir: str | None,
                 model_paths: dict):
        self.backend = get_backend(backend, model_path=model_path, stanza_dir=stanza_dir,
                                   model_paths=dict(model_paths)).load()
        self.source = f"model.{self.backend.name}"

    def __call__(self, doc: Doc) -> Doc:
        found = self.backend.annotate(doc)
        doc.spans["model_entities"] = [Span(doc, start, end, label=label, span_id=self.source)
                                       for start, end, label in found.entities if 0 <= start < end <= len(doc)]
        doc.spans["model_arguments"] = [Span(doc, start, end, label="WITH_ARG", kb_id=str(trigger), span_id=self.source)
                                        for start, end, trigger in found.with_arguments if 0 <= start < end <= len(doc)]
        return doc
