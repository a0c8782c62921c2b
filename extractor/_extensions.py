"""Custom Doc attributes, registered once (guarded so re-imports do not fail)."""
from spacy.tokens import Doc

_DOC_ATTRIBUTES = {
    "context": None,
    "persons": None,
    "title_groups": None,
    "dates": None,
    "locations": None,
    "events": None,
    "other_contacts": None,
    "clauses": None,
}

_PLAIN: set[str] = set()
"""attributes registered as plain values with a None default: read and written in `doc.user_data` directly"""


def register_extensions() -> None:
    """Register the `doc._.*` attributes the meeting components read and write."""
    for name, default in _DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
        if Doc.get_extension(name) == (None, None, None, None):
            _PLAIN.add(name)
        else:
            _PLAIN.discard(name)


def get_ext(doc: Doc, name: str):
    """`doc._.<name>`, without building an `Underscore` object (about 5 µs each, ~25 reads per article).

    spaCy keeps a plain extension's value in `doc.user_data` under `("._.", name, None, None)` and returns
    the default (None here) when it is unset, which is what this reads.
    """
    if name in _PLAIN:
        return doc.user_data.get(("._.", name, None, None))
    return getattr(doc._, name)


def set_ext(doc: Doc, name: str, value) -> None:
    """`doc._.<name> = value` (see `get_ext`)."""
    if name in _PLAIN:
        doc.user_data[("._.", name, None, None)] = value
    else:
        setattr(doc._, name, value)
