"""Build the spaCy pipeline: a blank Persian tokenizer and the meeting components, in order."""
from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from . import components  # noqa: F401  (registers the factories)
from ._extensions import register_extensions

PIPE_ORDER = ("meeting_gazetteer", "meeting_triggers", "meeting_persons", "meeting_dates", "meeting_location",
              "meeting_topics", "meeting_assembler")

# A full stop between two letters (`کشورمان.وی`) is a sentence end whose space was lost.
_LETTER_DOT = r"(?<=[\u0600-\u06FF])[.](?=[\u0600-\u06FF])"
# Guillemets, Persian comma and semicolon glued to words are their own tokens.
_GLUED_PUNCT = r"[«»،؛]"


def make_blank() -> Language:
    """A blank `fa` pipeline with our tokenizer: the one the rules and every trained model see."""
    nlp = spacy.blank("fa")
    default = nlp.tokenizer
    nlp.tokenizer = Tokenizer(
        nlp.vocab,
        rules=default.rules,
        prefix_search=compile_prefix_regex(list(nlp.Defaults.prefixes) + [_GLUED_PUNCT]).search,
        suffix_search=compile_suffix_regex(list(nlp.Defaults.suffixes) + [_GLUED_PUNCT]).search,
        infix_finditer=compile_infix_regex(list(nlp.Defaults.infixes) + [_LETTER_DOT, _GLUED_PUNCT]).finditer,
        token_match=default.token_match,
        url_match=default.url_match,
    )
    return nlp


def make_nlp(rules_dir: str | None = None, backend: str = "rules", backend_options: dict | None = None) -> Language:
    """A blank `fa` pipeline with the meeting components, each loading rules from `rules_dir`.

    With a `backend` other than `rules`, `meeting_model` runs after the triggers, so the rules' spans and
    the triggers are there for the model's spans to be merged with (see `meeting_persons`).
    """
    register_extensions()
    nlp = make_blank()
    config = {"rules_dir": str(rules_dir) if rules_dir is not None else None}
    for name in PIPE_ORDER:
        if name == "meeting_persons" and backend != "rules":
            options = {k: v for k, v in (backend_options or {}).items() if v is not None}
            nlp.add_pipe("meeting_model", config={"backend": backend, **options})
        nlp.add_pipe(name, config=config)
    return nlp
