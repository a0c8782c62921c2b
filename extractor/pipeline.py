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


@spacy.registry.tokenizers("meeting_extractor.tokenizer.v1")
def create_tokenizer():
    """spaCy's tokenizer for the language, with the extra prefixes, suffixes and infixes above.

    Registered so that `spacy.blank` builds only this tokenizer (building the default one first
    and replacing it compiled the affix regexes and loaded the exceptions twice).
    """

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(list(defaults.prefixes) + [_GLUED_PUNCT]).search,
            suffix_search=compile_suffix_regex(list(defaults.suffixes) + [_GLUED_PUNCT]).search,
            infix_finditer=compile_infix_regex(list(defaults.infixes) + [_LETTER_DOT, _GLUED_PUNCT]).finditer,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return tokenizer_factory


def make_nlp(rules_dir: str | None = None) -> Language:
    """A blank `fa` pipeline with the meeting components, each loading rules from `rules_dir`."""
    register_extensions()
    nlp = spacy.blank("fa", config={"nlp": {"tokenizer": {"@tokenizers": "meeting_extractor.tokenizer.v1"}}})
    config = {"rules_dir": str(rules_dir) if rules_dir is not None else None}
    for name in PIPE_ORDER:
        nlp.add_pipe(name, config=config)
    return nlp
