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


def register_extensions() -> None:
    """Register the `doc._.*` attributes the meeting components read and write."""
    for name, default in _DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
