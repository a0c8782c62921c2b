"""How spaCy is imported (`extractor._imports`): without its CLI, which stays importable."""
import subprocess
import sys
import textwrap

from conftest import ROOT


def _run(code: str, env: dict | None = None) -> str:
    import os

    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, **(env or {})}, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_spacy_cli_not_imported_but_still_usable():
    out = _run("""
        import sys
        import extractor
        print("spacy.cli" in sys.modules, "spacy.cli.info" in sys.modules, "torch" in sys.modules)
        import spacy
        assert isinstance(spacy.info(), dict)
        from spacy.cli import download  # the real package, imported on demand
        print(spacy.info.__module__, sys.modules["spacy.cli"].__file__.endswith("__init__.py"))
    """)
    assert out.splitlines() == ["False False False", "spacy.cli.info True"]


def test_spacy_imported_as_it_comes_when_asked():
    out = _run("import sys, extractor; print('spacy.cli' in sys.modules)", {"MEETING_EXTRACTOR_SPACY_CLI": "1"})
    assert out == "True"


def test_spacy_imported_again_when_it_needs_its_cli():
    """A spaCy that imports more of its CLI at import time fails with the stand-ins: it is imported without them."""
    out = _run("""
        import importlib.abc, sys

        class NeedsCli(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                cli = sys.modules.get("spacy.cli")
                if name == "spacy.glossary" and cli is not None and not getattr(cli, "__file__", None):
                    raise ImportError("this spaCy needs spacy.cli._util")
                return None

        sys.meta_path.insert(0, NeedsCli())
        import extractor, spacy
        print("spacy.cli" in sys.modules, spacy.info.__module__, "torch" in sys.modules)
    """)
    assert out == "True spacy.cli.info False"
