"""Model backends behind one small interface (in the spirit of Presidio's NLP engines).

* `rules` (default): no model; the rules alone.
* `spacy-ner`: the rules plus the small Persian NER shipped in `extractor/models/fa_ner`.
* `stanza`: the rules plus stanza's Persian models (NER, and the dependency parse when present), read offline.

Every backend says whether it can run here (`is_available` → (bool, reason)) before `load`; `annotate`
adds model spans to a Doc the rules have already seen. The merge policy lives in `meeting_persons`.
"""
from __future__ import annotations

from ..errors import BackendError, Errors
from .base import Backend, ModelAnnotations
from .rules import RulesBackend
from .spacy_ner import SpacyNerBackend
from .stanza_backend import StanzaBackend

BACKENDS: dict[str, type[Backend]] = {
    RulesBackend.name: RulesBackend,
    SpacyNerBackend.name: SpacyNerBackend,
    StanzaBackend.name: StanzaBackend,
}


def get_backend(name: str, **options) -> Backend:
    """A backend instance by name, not yet loaded; unknown names are an error that lists the known ones."""
    if name not in BACKENDS:
        raise BackendError(Errors.E011.format(name=name, names=", ".join(BACKENDS)))
    return BACKENDS[name](**options)


__all__ = ["BACKENDS", "Backend", "ModelAnnotations", "get_backend"]
