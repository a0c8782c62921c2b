"""The small Persian spaCy NER shipped in the package (`extractor/models/fa_ner`, rebuilt by `train-ner`)."""
from __future__ import annotations

import json
from pathlib import Path

from spacy.tokens import Doc

from .base import Backend, ModelAnnotations

PACKAGED_MODEL = Path(__file__).resolve().parent.parent / "models" / "fa_ner"
LABELS = frozenset({"PERSON", "ORG", "GPE"})


class SpacyNerBackend(Backend):
    """Runs the trained `ner` pipe on the pipeline's own Doc: same tokenizer, same normalisation."""

    name = "spacy-ner"

    def __init__(self, model_path: str | Path | None = None, **_ignored):
        self.model_path = Path(model_path) if model_path else PACKAGED_MODEL
        self._ner = None

    def is_available(self) -> tuple[bool, str]:
        if not (self.model_path / "meta.json").is_file() or not (self.model_path / "ner").is_dir():
            return False, (f"no trained model at {self.model_path}; rebuild it with "
                           f"`meeting-extractor train-ner --out {self.model_path}` from a source checkout")
        return True, f"model at {self.model_path}"

    def _load(self) -> None:
        import spacy

        self._ner = spacy.load(self.model_path).get_pipe("ner")

    def annotate(self, doc: Doc) -> ModelAnnotations:
        if self._ner is None:
            self.load()
        saved = doc.ents
        predicted = self._ner(doc)
        entities = [(e.start, e.end, e.label_) for e in predicted.ents if e.label_ in LABELS]
        doc.ents = saved
        return ModelAnnotations(entities=entities)

    def describe(self) -> dict:
        info = super().describe()
        meta = self.model_path / "meta.json"
        if meta.is_file():
            data = json.loads(meta.read_text(encoding="utf-8"))
            info.update(model=str(self.model_path), model_version=data.get("version"),
                        heldout=data.get("training", {}).get("heldout", {}).get("f"))
        return info
