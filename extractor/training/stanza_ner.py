"""Train a small stanza Persian NER from the repository's data, without pretrained vectors (`--no_pretrain`).

Used by the test suite to run the stanza backend end to end offline, and by anyone who wants a stanza NER
that speaks our label set. The files it writes (`train.json`, `dev.json`, `fa_meeting_nertagger.pt`) are
stanza's own formats: a list of sentences of `{"id", "text", "ner"}` tokens, BIO tags.
"""
from __future__ import annotations

import json
from pathlib import Path

from .data import TrainingText, article_examples, sentence_examples, token_sentences

MODEL_NAME = "fa_meeting_nertagger.pt"


def export(texts: list[TrainingText], out_dir: str | Path, heldout_every: int = 10) -> tuple[Path, Path]:
    """Write stanza's train/dev JSON (every `heldout_every`-th sentence to dev)."""
    from ..pipeline import make_blank

    nlp = make_blank()
    sentences = [s for text in texts for s in token_sentences(text, nlp)]
    as_json = [[{"id": i + 1, "text": word, "ner": tag} for i, (word, tag) in enumerate(s)] for s in sentences]
    dev = as_json[::heldout_every]
    train = [s for i, s in enumerate(as_json) if i % heldout_every]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    train_path, dev_path = out / "train.json", out / "dev.json"
    train_path.write_text(json.dumps(train, ensure_ascii=False), encoding="utf-8")
    dev_path.write_text(json.dumps(dev, ensure_ascii=False), encoding="utf-8")
    return train_path, dev_path


def train(samples_dir: str | Path, sentences_dir: str | Path | None, out_dir: str | Path, *, max_steps: int = 2000,
          dim: int = 64, limit: int | None = None, seed: int = 0) -> Path:
    """Train the NER into `out_dir` and return the model file's path."""
    from stanza.models import ner_tagger

    texts = article_examples(samples_dir)
    if sentences_dir is not None:
        texts += sentence_examples(sentences_dir)
    if limit:
        texts = texts[:limit]
    out = Path(out_dir)
    train_path, dev_path = export(texts, out)
    ner_tagger.main([
        "--train_file", str(train_path), "--eval_file", str(dev_path), "--shorthand", "fa_meeting",
        "--no_pretrain", "--save_dir", str(out), "--save_name", MODEL_NAME, "--max_steps", str(max_steps),
        "--eval_interval", str(max(max_steps // 2, 1)), "--hidden_dim", str(dim), "--char_hidden_dim", str(dim),
        "--word_emb_dim", str(dim), "--batch_size", "16", "--cpu", "--seed", str(seed),
    ])
    return out / MODEL_NAME
