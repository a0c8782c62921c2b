"""Build the spaCy pipeline: a blank Persian tokenizer and the meeting components, in order."""
from __future__ import annotations

import _sre
import re

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from . import (
    cache,
    components,  # noqa: F401  (registers the factories)
)
from ._extensions import register_extensions

PIPE_ORDER = ("meeting_gazetteer", "meeting_triggers", "meeting_persons", "meeting_dates", "meeting_location",
              "meeting_topics", "meeting_assembler")

# spaCy's special cases that split a word into a noun and a possessive clitic but spell a person's name (`دینش
# گوناواردنا`, Dinesh Gunawardena, not `دین` + `ش` "his religion"): kept whole.
NAME_LIKE_EXCEPTIONS = frozenset({"دینش"})
# A full stop between two letters (`کشورمان.وی`) is a sentence end whose space was lost.
_LETTER_DOT = r"(?<=[\u0600-\u06FF])[.](?=[\u0600-\u06FF])"
# Guillemets, Persian comma and semicolon glued to words are their own tokens.
_GLUED_PUNCT = r"[«»،؛]"
# A dash glued to the end of a word (`تهران- ایرنا-`, a dateline) is its own token.
_GLUED_DASH = r"(?<=[\u0600-\u06FF])[-–]"


@spacy.registry.tokenizers("meeting_extractor.tokenizer.v1")
def create_tokenizer():
    """spaCy's tokenizer for the language, with the extra prefixes, suffixes and infixes above.

    Registered so that `spacy.blank` builds only this tokenizer (building the default one first
    and replacing it compiled the affix regexes and loaded the exceptions twice).
    """

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        prefix, suffix, infix = _affix_regexes(defaults)
        return Tokenizer(
            nlp.vocab,
            rules={k: v for k, v in defaults.tokenizer_exceptions.items() if k not in NAME_LIKE_EXCEPTIONS},
            prefix_search=prefix.search,
            suffix_search=suffix.search,
            infix_finditer=infix.finditer,
            token_match=defaults.token_match,
            url_match=_latin_url_match(defaults.url_match),
        )

    return tokenizer_factory


def _latin_url_match(url_match):
    """spaCy's URL matcher, for chunks with a Latin letter or an abbreviation's short parts (`آی.اس.آی`) only: it
    took `کرد.وی` (a sentence end whose space was lost) for a domain name, so `_LETTER_DOT` never split it.

    Kept a compiled pattern's `match` (spaCy serialises the tokenizer through `url_match.__self__.pattern`).
    """
    if url_match is None:
        return None
    url = url_match.__self__
    pattern = url.pattern.removeprefix("(?u)")
    return re.compile(rf"(?=\S*[A-Za-z])(?:{pattern})|{_ABBREVIATION}$", url.flags).match


_ABBREVIATION = r"[^.\s]{1,2}(?:\.[^.\s]{1,2})+\.?"


def _affix_regexes(defaults) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The prefix, suffix and infix regexes, as spaCy's `compile_*_regex` make them.

    Compiling them (long alternations of large character classes) is a good part of start-up, so
    the compiled form (the `re` module's own code for the pattern) is kept in the disk cache and
    the Pattern objects are rebuilt from it. An entry is stored only after checking that the
    rebuilt Pattern equals the one `re.compile` made (same pattern, flags and code); anything that
    does not work on this Python just compiles as before.
    """
    key = cache.code_key()
    stored = cache.load("affixes", key)
    if stored is not None:
        try:
            return tuple(_sre.compile(*args) for args in stored)
        except Exception:  # an entry this Python cannot use: compile afresh
            pass
    compiled = (compile_prefix_regex(list(defaults.prefixes) + [_GLUED_PUNCT]),
                compile_suffix_regex(list(defaults.suffixes) + [_GLUED_PUNCT, _GLUED_DASH]),
                compile_infix_regex(list(defaults.infixes) + [_LETTER_DOT, _GLUED_PUNCT]))
    try:
        stored = tuple(cache.sre_arguments(regex.pattern) for regex in compiled)
        if all(_sre.compile(*args) == regex for args, regex in zip(stored, compiled)):
            cache.save("affixes", key, stored)
    except Exception:  # no re._compiler/_parser here (Python 3.10) or another layout: no cache
        pass
    return compiled


def make_blank() -> Language:
    """A blank `fa` pipeline with our tokenizer: the one the rules and every trained model see."""
    return spacy.blank("fa", config={"nlp": {"tokenizer": {"@tokenizers": "meeting_extractor.tokenizer.v1"}}})


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
