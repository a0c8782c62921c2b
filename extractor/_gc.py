"""Pause Python's cyclic garbage collector while building long-lived objects.

Importing spaCy and building the pipeline allocate hundreds of thousands of objects that all stay
alive; the collector still walks the growing heap again and again meanwhile (a full pass over
spaCy's objects takes tens of milliseconds). Pausing it for those steps frees nothing less, it
only stops the futile passes; it is switched back on afterwards (if it was on).
"""
from __future__ import annotations

import contextlib
import gc


@contextlib.contextmanager
def paused_gc():
    """Disable the cyclic collector inside the block; restore its previous state after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
