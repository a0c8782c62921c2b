"""`meeting-extractor doctor`: versions, which backends can run here and why not, and the rules loaded."""
from __future__ import annotations

import argparse
import json
import platform
from importlib import metadata

from .backends import BACKENDS
from .kb import load_kb

PACKAGES = ("meeting-extractor", "spacy", "dateparser", "jdatetime", "PyYAML", "tqdm", "stanza", "torch")


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def report(rules_dir: str | None = None, stanza_dir: str | None = None, model_path: str | None = None) -> dict:
    """Everything `doctor` prints, as one dict."""
    kb = load_kb(rules_dir)
    backends = {}
    for name, cls in BACKENDS.items():
        backends[name] = cls(stanza_dir=stanza_dir, model_path=model_path).describe()
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "packages": {p: _version(p) for p in PACKAGES},
        "backends": backends,
        "rules": {"directory": str(kb.rules_path), **kb.counts()},
    }


def cmd_doctor(args: argparse.Namespace) -> int:
    """Print the report; exit 0 when the rules load (a missing optional backend is not a failure)."""
    data = report(args.rules_dir, args.stanza_dir, args.model_path)
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
        return 0
    print(f"python {data['python']} on {data['platform']}")
    for package, version in data["packages"].items():
        print(f"  {package:<18} {version or 'not installed'}")
    print("backends:")
    for name, info in data["backends"].items():
        state = "available" if info["available"] else "NOT available"
        print(f"  {name:<10} {state}: {info['reason']}")
    print(f"rules from {data['rules']['directory']}:")
    for key, value in data["rules"].items():
        if key != "directory":
            print(f"  {key:<18} {value}")
    return 0


def add_parser(sub) -> None:
    """Register the `doctor` subcommand."""
    p = sub.add_parser("doctor", help="versions, available backends and why not, rule counts")
    p.add_argument("--rules-dir")
    p.add_argument("--stanza-dir", help="stanza resources directory to check")
    p.add_argument("--model-path", help="spacy-ner model directory to check")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_doctor)
