"""Named-entity training examples from the annotated corpus and the hand-written sentences.

Two sources, both normalised exactly as articles are at run time, so the model sees what the pipeline sees:

* the annotated articles of the `dev` split (never `test`): PERSON spans are every occurrence of a gold
  participant's or mentioned person's name, and of its surname alone where it is not part of a longer span;
  GPE and ORG spans come from the gazetteer (countries, places, organisations);
* `training/fa/ner/*.jsonl`: sentences written for training, `{"text": ..., "entities": [[span_text, label], ...]}`,
  where every occurrence of `span_text` carries `label`.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..cli import read_article
from ..evaluate import load_manifest
from ..kb import KnowledgeBase, load_kb
from ..rule_loader import RuleError

LABELS = ("PERSON", "ORG", "GPE")
GAZETTEER_LABELS = {"COUNTRY": "GPE", "PLACE": "GPE", "ORG": "ORG"}
MIN_SURNAME_CHARS = 3


@dataclass
class TrainingText:
    """A normalised text with entity character spans (normalised offsets) and where it came from."""

    text: str
    spans: list[tuple[int, int, str]]
    source: str


def name_pattern(normalized_name: str) -> re.Pattern:
    """A regex for a normalised name at word boundaries, tolerant of lost or extra spaces between its words."""
    parts = [re.escape(p) for p in normalized_name.split()]
    return re.compile(r"(?<!\w)" + r"\s*".join(parts) + r"(?!\w)")


def _occurrences(text: str, normalized_name: str) -> Iterator[tuple[int, int]]:
    if not normalized_name.strip():
        return
    for match in name_pattern(normalized_name).finditer(text):
        yield match.start(), match.end()


def _drop_overlaps(spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Longest span first, then earliest; a span overlapping a kept one is dropped."""
    kept: list[tuple[int, int, str]] = []
    for start, end, label in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if all(end <= a or start >= b for a, b, _ in kept):
            kept.append((start, end, label))
    return sorted(kept)


def gold_names(gold: dict) -> list[str]:
    """Every person's name in an annotation: participants of events and other contacts, mentioned people."""
    names = []
    for event in gold.get("events", []) + gold.get("other_contacts", []):
        names += [p.get("name") for p in event.get("participants", [])]
    names += [p.get("name") for p in gold.get("mentioned_people", [])]
    return [n for n in names if n]


def article_examples(samples_dir: str | Path, kb: KnowledgeBase | None = None, splits: tuple[str, ...] = ("dev",),
                     nlp=None) -> list[TrainingText]:
    """Training texts from the annotated articles of `splits` (the manifest's; `test` is never used by default)."""
    from ..pipeline import make_nlp

    kb = kb or load_kb()
    nlp = nlp or make_nlp()
    gazetteer = nlp.get_pipe("meeting_gazetteer")
    directory = Path(samples_dir)
    manifest = load_manifest(directory)
    examples = []
    for gold_path in sorted(directory.glob("*.expected.json")):
        doc_id = gold_path.name[: -len(".expected.json")]
        if manifest.get(doc_id) not in splits:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw, _ = read_article(str(gold_path.with_name(doc_id + ".txt")))
        text = kb.normalizer.normalize(raw).text
        doc = gazetteer(nlp.make_doc(text))
        spans = [(s.start_char, s.end_char, GAZETTEER_LABELS[s.label_]) for s in doc.spans["structure"]
                 if s.label_ in GAZETTEER_LABELS]
        people: list[tuple[int, int, str]] = []
        surnames = set()
        for name in gold_names(gold):
            normalized = kb.normalizer.normalize_pattern(name)
            people += [(a, b, "PERSON") for a, b in _occurrences(text, normalized)]
            words = normalized.split()
            if len(words) >= 2 and len(words[-1]) >= MIN_SURNAME_CHARS and not kb.lookup("PLACE", words[-1]) \
                    and not kb.lookup("COUNTRY", words[-1]):
                surnames.add(words[-1])
        for surname in surnames:
            people += [(a, b, "PERSON") for a, b in _occurrences(text, surname)]
        examples.append(TrainingText(text, _drop_overlaps(people + spans), f"{doc_id}"))
    return examples


def sentence_examples(directory: str | Path, kb: KnowledgeBase | None = None) -> list[TrainingText]:
    """Training texts from the hand-written JSONL sentence files of `directory`; malformed lines are errors."""
    kb = kb or load_kb()
    examples = []
    for path in sorted(Path(directory).glob("*.jsonl")):
        for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path}:{line_no}"
            record = json.loads(line)
            unknown = set(record) - {"text", "entities"}
            if unknown or "text" not in record:
                raise RuleError(f"{where}: expected keys text and entities, got {sorted(record)}")
            text = kb.normalizer.normalize(record["text"]).text
            spans = []
            for span_text, label in record.get("entities", []):
                if label not in LABELS:
                    raise RuleError(f"{where}: unknown label {label!r}; use one of {LABELS}")
                found = list(_occurrences(text, kb.normalizer.normalize_pattern(span_text)))
                if not found:
                    raise RuleError(f"{where}: entity {span_text!r} does not occur in the text")
                spans += [(a, b, label) for a, b in found]
            examples.append(TrainingText(text, _drop_overlaps(spans), where))
    return examples


def token_sentences(example: TrainingText, nlp) -> list[list[tuple[str, str]]]:
    """The example as sentences of (token, BIO tag), tokenised by the pipeline's tokenizer (for stanza)."""
    doc = nlp.make_doc(example.text)
    tags = ["O"] * len(doc)
    for start, end, label in example.spans:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or not len(span):
            continue
        tags[span.start] = f"B-{label}"
        for i in range(span.start + 1, span.end):
            tags[i] = f"I-{label}"
    sentences, current = [], []
    for token, tag in zip(doc, tags):
        if token.is_space:
            continue
        current.append((token.text, tag))
        if token.text in (".", "؟", "?", "!") and not tag.startswith(("B-", "I-")):
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences
