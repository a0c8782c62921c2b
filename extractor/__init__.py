"""meeting-extractor: structured events of diplomatic and military meetings from Persian news."""
from ._gc import freeze_at_exit, paused_gc
from ._imports import import_spacy_without_torch

freeze_at_exit()
with paused_gc(lasting=True):  # importing spaCy and the pipeline allocates much and frees nothing
    import_spacy_without_torch()
    from .api import Extractor, extract
    from .schema import SCHEMA_VERSION, Document, Event, Evidence, Participant

__version__ = "0.1.0"
__all__ = ["Extractor", "extract", "Document", "Event", "Evidence", "Participant", "SCHEMA_VERSION", "__version__"]
