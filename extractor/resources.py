"""The single place that finds the rules directory.

An installed wheel carries the rules inside the package (`extractor/rules`); a source checkout or an
editable install uses the repository's top-level `rules/`. Config may point elsewhere.
"""
from __future__ import annotations

import os
from pathlib import Path

from .errors import Errors, RuleError

_PACKAGE_DIR = Path(__file__).resolve().parent


def rules_dir(override: str | os.PathLike | None = None) -> Path:
    """Return the rules directory: `override`, else $MEETING_EXTRACTOR_RULES, else the packaged one."""
    candidates = []
    if override is not None:
        candidates = [Path(override)]
    elif os.environ.get("MEETING_EXTRACTOR_RULES"):
        candidates = [Path(os.environ["MEETING_EXTRACTOR_RULES"])]
    else:
        candidates = [_PACKAGE_DIR / "rules", _PACKAGE_DIR.parent / "rules"]
    for path in candidates:
        if path.is_dir():
            return path
    raise RuleError(Errors.E106.format(path=candidates[0]))


def language_rules(language: str = "fa", override: str | os.PathLike | None = None) -> Path:
    """Return the rules folder of one language, e.g. `rules/fa`."""
    return rules_dir(override) / language
