"""Keep Python's cyclic garbage collector from walking spaCy's heap when that frees nothing.

Importing spaCy and building the pipeline allocate ~100k objects that all stay alive; the
collector still walks the growing heap again and again meanwhile (a full pass over spaCy's
objects takes 50-100 ms). `paused_gc` stops it for those steps and switches it back on afterwards
(if it was on). `Extractor.extract` pauses it too: an article's objects all live until the
call returns, and on a long article the collector's passes over them took a quarter of the time;
what a call leaves behind is freed when it returns: the spans and caches stored on the Doc,
which refer back to it, are dropped (`api._release`), so no reference cycles are left for the
collector to find, and the components that keep working state on themselves while they run drop it
afterwards (`keep_only`), so nothing holds the Doc once the call returns and its objects are freed
at once instead of being walked by the collector's first pass after it is switched back on.

At interpreter exit, finalisation runs full collections over every object still alive, which
with spaCy and the rules loaded cost ~0.3-0.4 s of every short run (a CLI call, a batch worker).
`freeze_at_exit` registers an exit handler that moves the objects still alive into the
collector's permanent generation (`gc.freeze`), so those passes skip them; the objects are still
released as before. Exit handlers registered after it (run before it) are unaffected. Set
MEETING_EXTRACTOR_GC_FREEZE_AT_EXIT=0 to leave exit as it was.
"""
from __future__ import annotations

import atexit
import contextlib
import gc
import os

_REGISTERED = False


def freeze_at_exit() -> None:
    """Register (once) the exit handler that freezes the objects alive at exit."""
    global _REGISTERED
    if _REGISTERED or os.environ.get("MEETING_EXTRACTOR_GC_FREEZE_AT_EXIT", "1").strip() in ("0", "off", "no", "false"):
        return
    _REGISTERED = True
    atexit.register(gc.freeze)


@contextlib.contextmanager
def paused_gc(lasting: bool = False):
    """Disable the cyclic collector inside the block; restore its previous state after.

    With `lasting`, the objects the block made are meant to live as long as the process or the
    Extractor (spaCy's modules, the rules): they are moved to the collector's oldest generation
    untraversed (`gc.freeze()` then `gc.unfreeze()`), instead of being walked by the next young
    collection (~0.09 s after importing spaCy, ~0.02 s after building an Extractor) and again by the
    next middle one. They stay collectable: only full collections look at them, as they would once
    promoted. Everything else in the young generations moves with them, so it is done only when
    nothing is frozen (a host that froze objects itself keeps its permanent generation as it is).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if lasting and gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()


def keep_only(obj: object, names: frozenset[str]) -> None:
    """Drop the attributes of `obj` other than `names` (those it had when built): the working state
    a component kept of the last Doc, which would keep that Doc and its spans alive until the next call.

    >>> class C: pass
    >>> c = C(); c.a = 1; c.b = 2
    >>> keep_only(c, frozenset({"a"})); vars(c)
    {'a': 1}
    """
    state = vars(obj)
    for name in [name for name in state if name not in names]:
        del state[name]
