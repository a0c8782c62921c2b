"""The backend interface: availability, loading, and model spans for a tokenised Doc."""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..errors import BackendError, Errors


@dataclass
class ModelAnnotations:
    """What a model adds to a Doc, in the Doc's token offsets.

    `entities`: (start, end, label) with labels PERSON, ORG, GPE.
    `with_arguments`: (start, end, trigger_start): a `با X` argument that the parse attaches to the trigger
    starting at token `trigger_start`.
    """

    entities: list[tuple[int, int, str]] = field(default_factory=list)
    with_arguments: list[tuple[int, int, int]] = field(default_factory=list)


class Backend(ABC):
    """A source of model annotations; `name` is what `--backend` and `backend=` take."""

    name: str = ""

    @abstractmethod
    def is_available(self) -> tuple[bool, str]:
        """Whether `load` can succeed here, and if not, why (with the command that fixes it)."""

    def load(self) -> "Backend":
        """Load the model (once); raises BackendError with the reason when it cannot run here."""
        ok, reason = self.is_available()
        if not ok:
            raise BackendError(Errors.E012.format(name=self.name, reason=reason))
        self._load()
        return self

    def _load(self) -> None:
        """Load the model files (called by `load` after the availability check)."""

    @abstractmethod
    def annotate(self, doc: Doc) -> ModelAnnotations:
        """Model spans for `doc` (tokenised and normalised; the rules' spans are already on it)."""

    def describe(self) -> dict:
        """Versions and files, for `doctor` and for the trace."""
        ok, reason = self.is_available()
        return {"backend": self.name, "available": ok, "reason": reason}
