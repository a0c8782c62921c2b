"""Import spaCy without letting thinc import torch.

thinc probes for torch when it is imported (`thinc.compat`) and, when a user has installed torch for the
stanza backend, that probe alone costs about 2 s and 200 MB per process; no part of our spaCy pipeline
(rules or the packaged NER) uses torch. So spaCy is imported with `torch` masked, and the mask is lifted
at once: a later `import torch` (by stanza, or by the host application) imports it normally.
`MEETING_EXTRACTOR_THINC_TORCH=1` keeps thinc's probe.
"""
from __future__ import annotations

import os
import sys


def import_spacy_without_torch() -> None:
    """Import spaCy (once) with torch hidden from thinc's import-time probe."""
    if "spacy" in sys.modules or "torch" in sys.modules or os.environ.get("MEETING_EXTRACTOR_THINC_TORCH") == "1":
        return
    sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` now raises ImportError
    try:
        import spacy  # noqa: F401
    finally:
        if "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]
