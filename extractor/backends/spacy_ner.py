"""The small Persian spaCy NER shipped in the package (`extractor/models/fa_ner`, rebuilt by `train-ner`)."""
from __future__ import annotations

import json
from pathlib import Path

from spacy.tokens import Doc

from ..units import units
from .base import Backend, ModelAnnotations

PACKAGED_MODEL = Path(__file__).resolve().parent.parent / "models" / "fa_ner"
LABELS = frozenset({"PERSON", "ORG", "GPE"})


def _trigger_windows(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges to tag: each sentence with a trigger and the sentence before it, overlapping ranges merged."""
    sentences = units(doc).sentences
    trigger_tokens = {span.start for span in doc.spans.get("triggers", [])}
    chosen = sorted({k for k, (a, b) in enumerate(sentences) if any(a <= t < b for t in trigger_tokens)}
                    | {k - 1 for k, (a, b) in enumerate(sentences) if k and any(a <= t < b for t in trigger_tokens)})
    windows: list[tuple[int, int]] = []
    for k in chosen:
        start, end = sentences[k]
        if windows and windows[-1][1] >= start:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


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
        """Entities of the sentences that hold a trigger (and of the one before each, for antecedents):
        the only places a participant can come from, at a fraction of the cost of the whole article."""
        if self._ner is None:
            self.load()
        entities = []
        for start, end in _trigger_windows(doc):
            part = self._ner(doc[start:end].as_doc())
            entities += [(start + e.start, start + e.end, e.label_) for e in part.ents if e.label_ in LABELS]
        return ModelAnnotations(entities=entities)

    def describe(self) -> dict:
        info = super().describe()
        meta = self.model_path / "meta.json"
        if meta.is_file():
            data = json.loads(meta.read_text(encoding="utf-8"))
            info.update(model=str(self.model_path), model_version=data.get("version"),
                        heldout=data.get("training", {}).get("heldout", {}).get("f"))
        return info
