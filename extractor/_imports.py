"""Import spaCy without letting thinc import torch, and without spaCy's command-line interface.

thinc probes for torch when it is imported (`thinc.compat`) and, when a user has installed torch for the
stanza backend, that probe alone costs about 2 s and 200 MB per process; no part of our spaCy pipeline
(rules or the packaged NER) uses torch. So spaCy is imported with `torch` masked, and the mask is lifted
at once: a later `import torch` (by stanza, or by the host application) imports it normally.
`MEETING_EXTRACTOR_THINC_TORCH=1` keeps thinc's probe.

`import spacy` also imports `spacy.cli` (for the one name `spacy.info`), and with it the code of every
spaCy command: typer, weasel, httpx, requests, the project and download commands, about 350 modules and
a quarter of spaCy's import time. Nothing the pipeline runs uses them. So spaCy is imported with
`spacy.cli` and `spacy.cli.info` stood in for by two empty modules, removed again at once: a later
`import spacy.cli` (or `from spacy.cli import ...`, `python -m spacy`) imports the real package, and
`spacy.info` imports the real function when first called. Should spaCy's import fail with the stand-ins
(a spaCy version that needs more of its CLI at import), spaCy is imported again without them.
`MEETING_EXTRACTOR_SPACY_CLI=1` imports spaCy as it comes.
"""
from __future__ import annotations

import os
import sys
import types

_CLI = ("spacy.cli", "spacy.cli.info")


def _info(*args, **kwargs):
    """`spacy.info`, imported from `spacy.cli.info` when first called."""
    import spacy
    from spacy.cli.info import info

    spacy.info = info
    return info(*args, **kwargs)


def _cli_stand_ins() -> dict[str, types.ModuleType]:
    package = types.ModuleType("spacy.cli")
    package.__path__ = []  # a package (so `spacy.cli.info` can be its submodule) with nothing to find in it
    module = types.ModuleType("spacy.cli.info")
    module.info = _info
    return {"spacy.cli": package, "spacy.cli.info": module}


def import_spacy_without_torch() -> None:
    """Import spaCy (once) with torch hidden from thinc's import-time probe and its CLI left out."""
    if "spacy" in sys.modules:
        return
    mask_torch = "torch" not in sys.modules and os.environ.get("MEETING_EXTRACTOR_THINC_TORCH") != "1"
    stand_ins = _cli_stand_ins() if os.environ.get("MEETING_EXTRACTOR_SPACY_CLI") != "1" else {}
    if mask_torch:
        sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` now raises ImportError
    try:
        sys.modules.update(stand_ins)
        try:
            import spacy  # noqa: F401
        except Exception:
            if not stand_ins:
                raise
            _forget_spacy(stand_ins)
            stand_ins = {}
            import spacy  # noqa: F401
    finally:
        _forget_spacy(stand_ins, partial=False)
        if mask_torch and "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]


def _forget_spacy(stand_ins: dict[str, types.ModuleType], partial: bool = True) -> None:
    """Remove the stand-ins from `sys.modules` and, after a failed import (`partial`), every spaCy module."""
    for name, module in stand_ins.items():
        if sys.modules.get(name) is module:
            del sys.modules[name]
    if partial:
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]
