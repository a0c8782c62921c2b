"""The default backend: no model at all."""
from __future__ import annotations

from spacy.tokens import Doc

from .base import Backend, ModelAnnotations


class RulesBackend(Backend):
    """Rules only; always available."""

    name = "rules"

    def __init__(self, **_options):
        """Takes (and ignores) the model options the other backends take."""

    def is_available(self) -> tuple[bool, str]:
        return True, "no model needed"

    def annotate(self, doc: Doc) -> ModelAnnotations:
        return ModelAnnotations()
