"""A disk cache of data derived from the rule files, keyed by a hash of everything it derives from.

Building the knowledge base (reading, validating and normalising every rule file) and the
gazetteer's phrase index (tokenizing every pattern) takes a good part of start-up; the result
depends only on the rule files, this package's code and the spaCy and Python versions. The first
process to need it stores it (pickled) under `~/.cache/meeting-extractor/` (or
`$XDG_CACHE_HOME/meeting-extractor/`); later processes load it. The key is a SHA-256 of the
content of every file of the rules folder, of every module of this package, and of the versions,
so an edited rule file or an upgraded spaCy is a new key, never a stale entry.

`MEETING_EXTRACTOR_CACHE=off` turns the cache off; any other value is the folder to use. A
folder that cannot be written, or an entry that cannot be read, only means building afresh.
"""
from __future__ import annotations

import _sre
import hashlib
import os
import pickle
import platform
import re
import tempfile
from pathlib import Path

FORMAT = 1
KEEP = 8
"""entries of each kind kept in the folder (the newest)"""
_PACKAGE_DIR = Path(__file__).resolve().parent


def folder() -> Path | None:
    """The cache folder, or None when the cache is off."""
    value = os.environ.get("MEETING_EXTRACTOR_CACHE")
    if value is not None:
        if value.strip().lower() in ("", "0", "off", "no", "false", "none"):
            return None
        return Path(value)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "meeting-extractor"


def _code_digest() -> bytes:
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE_DIR.rglob("*.py")):
        digest.update(str(path.relative_to(_PACKAGE_DIR)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.digest()


_CODE: bytes | None = None


def _code_and_versions() -> "hashlib._Hash":
    global _CODE
    import spacy

    if _CODE is None:
        _CODE = _code_digest()
    digest = hashlib.sha256(_CODE)
    digest.update(f"{FORMAT}|{spacy.__version__}|{platform.python_implementation()}|{platform.python_version()}".encode())
    return digest


def code_key() -> str:
    """The key of what derives from this package's code and the spaCy and Python versions only."""
    return _code_and_versions().hexdigest()


def fingerprint(rules_root: Path) -> str:
    """The key of everything derived from `rules_root`: its files, this package's code, the versions."""
    digest = _code_and_versions()
    for path in sorted(p for p in rules_root.rglob("*") if p.is_file()):
        digest.update(b"\0" + str(path.relative_to(rules_root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _path(kind: str, key: str) -> Path | None:
    where = folder()
    return None if where is None else where / f"{kind}-{key[:40]}.pickle"


def load(kind: str, key: str | None):
    """The cached object of `kind` under `key`, or None."""
    path = _path(kind, key) if key else None
    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except Exception:  # missing, unreadable or written by an incompatible version: build afresh
        return None


def save(kind: str, key: str | None, value) -> None:
    """Store `value` under `key` (atomically); keep only the newest entries of `kind`."""
    path = _path(kind, key) if key else None
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{kind}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        entries = sorted(path.parent.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except Exception:  # an unwritable folder or an unpicklable value: no cache entry, nothing else
        pass


def sre_arguments(pattern: str, flags: int = 0) -> tuple:
    """The arguments `re` passes to `_sre.compile` for `re.compile(pattern, flags)` (CPython 3.11+)."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (pattern, int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, dict(groupindex),
            tuple(indexgroup))


def compiled(kind: str, specs: list[tuple[str, int]]) -> list[re.Pattern]:
    """`re.compile(pattern, flags)` of each spec, rebuilt from the regex engine's code kept in the cache.

    Compiling long alternations takes a good part of start-up; the compiled form depends only on the
    pattern, the flags and the Python version, so it is kept under a key made of those (and this
    package's code). An entry is stored only after checking that each rebuilt Pattern equals the one
    `re.compile` made (same pattern, flags and code); anything that does not work on this Python
    just compiles as before.
    """
    key = hashlib.sha256((code_key() + "\0" + repr(specs)).encode()).hexdigest()
    stored = load(kind, key)
    if stored is not None:
        try:
            return [_sre.compile(*args) for args in stored]
        except Exception:  # an entry this Python cannot use: compile afresh
            pass
    patterns = [re.compile(pattern, flags) for pattern, flags in specs]
    try:
        stored = [sre_arguments(pattern, flags) for pattern, flags in specs]
        if all(_sre.compile(*args) == regex for args, regex in zip(stored, patterns)):
            save(kind, key, stored)
    except Exception:  # no re._compiler/_parser here (Python 3.10) or another layout: no cache
        pass
    return patterns
