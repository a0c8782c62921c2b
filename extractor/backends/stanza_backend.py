"""stanza's Persian models, offline: NER onto our candidates, and the dependency parse (when present) to attach
`با X` arguments to the trigger.

The Doc's own tokens go to stanza pretokenised, one sentence per pipeline sentence, so every stanza word is one of
our tokens and no offset mapping is needed. Nothing is downloaded: `download_method=None`.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from spacy.tokens import Doc

from ..units import units, words
from .base import Backend, ModelAnnotations

LABEL_MAP = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "ORGANIZATION": "ORG", "LOC": "GPE", "GPE": "GPE"}
"""stanza's Persian NER labels (ArmanPersoNER style, and ours in models trained from this repository) → our labels."""
ARGUMENT_RELATIONS = frozenset({"obl", "obl:arg", "nmod", "obj", "conj"})
MAX_HEAD_STEPS = 3
FETCH_COMMAND = ("python -c \"import stanza; stanza.download('fa', model_dir='{dir}', "
                 "processors='tokenize,pos,lemma,depparse,ner')\"")


def default_stanza_dir() -> Path:
    """stanza's resources directory: $STANZA_RESOURCES_DIR, else ~/stanza_resources."""
    return Path(os.environ.get("STANZA_RESOURCES_DIR") or Path.home() / "stanza_resources")


class StanzaBackend(Backend):
    """Rules plus stanza's Persian tokenize(pretokenised)/pos/lemma/depparse/ner, whichever models are present."""

    name = "stanza"
    PROCESSORS = ("pos", "lemma", "depparse", "ner")

    def __init__(self, stanza_dir: str | Path | None = None, model_paths: dict[str, str] | None = None, **_ignored):
        self.stanza_dir = Path(stanza_dir) if stanza_dir else default_stanza_dir()
        self.model_paths = dict(model_paths or {})
        self._pipeline = None

    def _present(self) -> list[str]:
        """The processors whose model files are here (explicit paths first, then the resources directory)."""
        found = [p for p in self.PROCESSORS if p in self.model_paths and Path(self.model_paths[p]).is_file()]
        lang_dir = self.stanza_dir / "fa"
        for processor in self.PROCESSORS:
            if processor not in found and (lang_dir / processor).is_dir() and any((lang_dir / processor).glob("*.pt")):
                found.append(processor)
        return [p for p in self.PROCESSORS if p in found]

    def is_available(self) -> tuple[bool, str]:
        try:
            import stanza  # noqa: F401
        except ImportError:
            return False, ("the stanza package is not installed: pip install torch==2.13.0 "
                           "'meeting-extractor[stanza]' (a CPU build of torch; see the README)")
        missing = [p for p, path in self.model_paths.items() if not Path(path).is_file()]
        if missing:
            return False, f"model files not found for {', '.join(missing)}: {[self.model_paths[p] for p in missing]}"
        present = self._present()
        if "ner" not in present and "depparse" not in present:
            return False, (f"no Persian NER or depparse model in {self.stanza_dir}; on a connected machine run "
                           + FETCH_COMMAND.format(dir=self.stanza_dir)
                           + ", then copy that directory here and pass --stanza-dir")
        return True, f"processors {', '.join(present)} from {self.stanza_dir}"

    def _load(self) -> None:
        import stanza

        present = self._present()
        processors = ["tokenize"] + present
        if "depparse" in present and "pos" not in present:
            processors.remove("depparse")
        options = {f"{p}_model_path": self.model_paths[p] for p in present if p in self.model_paths}
        resources_dir = self.stanza_dir
        if not (resources_dir / "resources.json").is_file():
            # Explicit model files with no resources directory: stanza still wants a resources.json to read.
            self._scratch = tempfile.TemporaryDirectory(prefix="meeting-stanza-")
            resources_dir = Path(self._scratch.name)
            (resources_dir / "resources.json").write_text('{"fa": {"lang_name": "Persian"}}', encoding="utf-8")
        self._pipeline = stanza.Pipeline(lang="fa", dir=str(resources_dir), processors=",".join(processors),
                                         tokenize_pretokenized=True, download_method=None, use_gpu=False,
                                         logging_level="WARN", **options)

    def annotate(self, doc: Doc) -> ModelAnnotations:
        if self._pipeline is None:
            self.load()
        token_words = words(doc)
        sentences = []
        for start, end in units(doc).sentences:
            indices = [i for i in range(start, end) if token_words[i].strip()]
            if indices:
                sentences.append(indices)
        if not sentences:
            return ModelAnnotations()
        parsed = self._pipeline([[token_words[i] for i in s] for s in sentences])
        return annotations_from_stanza(parsed, sentences, _trigger_starts(doc))

    def describe(self) -> dict:
        info = super().describe()
        try:
            import stanza
            info["stanza"] = stanza.__version__
        except ImportError:
            info["stanza"] = None
        info.update(stanza_dir=str(self.stanza_dir), processors=self._present())
        return info


def _trigger_starts(doc: Doc) -> dict[int, int]:
    """Token → start of the trigger span it belongs to."""
    return {i: span.start for span in doc.spans.get("triggers", []) for i in range(span.start, span.end)}


def annotations_from_stanza(parsed, sentences: list[list[int]], trigger_of: dict[int, int]) -> ModelAnnotations:
    """Map a stanza Document (one sentence per entry of `sentences`, words 1:1 with those token indices) to spans."""
    result = ModelAnnotations()
    for sentence, indices in zip(parsed.sentences, sentences):
        position = {id(token): k for k, token in enumerate(sentence.tokens)}
        for ent in sentence.ents:
            label = LABEL_MAP.get(ent.type)
            if label is None or not ent.tokens:
                continue
            first, last = position[id(ent.tokens[0])], position[id(ent.tokens[-1])]
            result.entities.append((indices[first], indices[last] + 1, label))
        words_ = sentence.words
        if not words_ or words_[0].head is None or words_[0].deprel is None:
            continue
        children: dict[int, list] = {}
        for word in words_:
            children.setdefault(word.head, []).append(word)
        for word in words_:
            if word.deprel not in ARGUMENT_RELATIONS:
                continue
            if not any(c.deprel == "case" and c.text == "با" for c in children.get(word.id, [])):
                continue
            trigger_start = _governing_trigger(word, words_, indices, trigger_of)
            if trigger_start is None:
                continue
            subtree = _subtree(word.id, children)
            ids = [i for i in subtree if not (words_[i - 1].deprel == "case" and words_[i - 1].text == "با")]
            result.with_arguments.append((indices[min(ids) - 1], indices[max(ids) - 1] + 1, trigger_start))
    return result


def _governing_trigger(word, words_, indices, trigger_of) -> int | None:
    """The trigger the word hangs from, within a few steps up the tree (light verbs: دیدار ← کرد)."""
    head = word.head
    for _ in range(MAX_HEAD_STEPS):
        if head == 0:
            return None
        token = indices[head - 1]
        if token in trigger_of:
            return trigger_of[token]
        for child in words_:
            if child.head == head and child.deprel.startswith("compound") and indices[child.id - 1] in trigger_of:
                return trigger_of[indices[child.id - 1]]
        head = words_[head - 1].head
    return None


def _subtree(root: int, children: dict[int, list]) -> list[int]:
    stack, seen = [root], []
    while stack:
        node = stack.pop()
        seen.append(node)
        stack.extend(c.id for c in children.get(node, []) if c.deprel != "punct" or node != root)
    return seen
