"""Train the small spaCy NER shipped with the package (`extractor/models/fa_ner`), from the repository alone.

    meeting-extractor train-ner [--samples samples/fa] [--sentences training/fa/ner] [--out extractor/models/fa_ner]

Deterministic for a given seed on one machine. A tenth of the texts (every tenth, in a fixed order) is held out to
report entity precision/recall; the test split of the annotated corpus is never read.
"""
from __future__ import annotations

import json
import random
import time
from pathlib import Path

from .data import LABELS, TrainingText, article_examples, sentence_examples

MODEL_CONFIG = {
    "@architectures": "spacy.TransitionBasedParser.v2",
    "state_type": "ner",
    "extra_state_tokens": False,
    "hidden_width": 64,
    "maxout_pieces": 2,
    "use_upper": True,
    "nO": None,
    "tok2vec": {
        "@architectures": "spacy.HashEmbedCNN.v2",
        "pretrained_vectors": None,
        "width": 96,
        "depth": 4,
        "embed_size": 2000,
        "window_size": 1,
        "maxout_pieces": 3,
        "subword_features": True,
    },
}
"""A CPU-sized transition-based NER with its own hashed-embedding CNN (no vectors, no shared tok2vec)."""


def _examples(nlp, texts: list[TrainingText]):
    from spacy.tokens import Span
    from spacy.training import Example
    from spacy.util import filter_spans

    examples = []
    for item in texts:
        reference = nlp.make_doc(item.text)
        spans = []
        for start, end, label in item.spans:
            span = reference.char_span(start, end, label=label, alignment_mode="contract")
            if span is not None and len(span):
                spans.append(Span(reference, span.start, span.end, label=label))
        reference.ents = filter_spans(spans)
        examples.append(Example(nlp.make_doc(item.text), reference))
    return examples


def train(samples_dir: str | Path, sentences_dir: str | Path, out: str | Path, *, epochs: int = 30, seed: int = 0,
          limit: int | None = None, log=print) -> dict:
    """Train, evaluate on the held-out tenth, write the model to `out`; returns the scores written to meta.json."""
    import spacy
    from spacy.util import compounding, fix_random_seed, minibatch

    from ..pipeline import make_blank

    fix_random_seed(seed)
    started = time.perf_counter()
    nlp = make_blank()
    texts = article_examples(samples_dir) + sentence_examples(sentences_dir)
    if limit:
        texts = texts[:limit]
    heldout_texts = texts[::10]
    train_texts = [t for i, t in enumerate(texts) if i % 10]
    ner = nlp.add_pipe("ner", config={"model": MODEL_CONFIG})
    for label in LABELS:
        ner.add_label(label)
    train_examples = _examples(nlp, train_texts)
    heldout = _examples(nlp, heldout_texts)
    optimizer = nlp.initialize(lambda: train_examples)
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(train_examples)
        losses: dict = {}
        for batch in minibatch(train_examples, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        if epoch % 5 == 4 or epoch == epochs - 1:
            scores = nlp.evaluate(heldout)
            log(f"epoch {epoch + 1}: loss {losses.get('ner', 0):.1f}, held-out P {scores['ents_p']:.3f} "
                f"R {scores['ents_r']:.3f} F {scores['ents_f']:.3f}")
    scores = nlp.evaluate(heldout)
    per_type = {label: {k: round(v, 3) for k, v in row.items()} for label, row in scores["ents_per_type"].items()}
    report = {"train_texts": len(train_texts), "heldout_texts": len(heldout_texts), "epochs": epochs, "seed": seed,
              "heldout": {"p": round(scores["ents_p"], 3), "r": round(scores["ents_r"], 3),
                          "f": round(scores["ents_f"], 3), "per_type": per_type},
              "seconds": round(time.perf_counter() - started, 1), "spacy": spacy.__version__}
    nlp.meta.update(name="meeting_fa_ner", version="0.1.0", description="Small Persian NER for meeting-extractor",
                    labels={"ner": list(LABELS)}, training=report)
    out = Path(out)
    nlp.to_disk(out)
    log(json.dumps(report, ensure_ascii=False))
    return report
