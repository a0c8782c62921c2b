"""spaCy components of the meeting pipeline, one stage per module, registered on import."""
from . import assembler, dates, gazetteer, location, model, persons, topics, triggers  # noqa: F401
