"""The only conftest: session-wide extractor, knowledge base and a fixed reference date."""
from __future__ import annotations

import atexit
import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from extractor import Extractor
from extractor.kb import load_kb

if "MEETING_EXTRACTOR_CACHE" not in os.environ:  # the tests build (and use) their own disk cache
    os.environ["MEETING_EXTRACTOR_CACHE"] = tempfile.mkdtemp(prefix="meeting-extractor-cache-")
    atexit.register(shutil.rmtree, os.environ["MEETING_EXTRACTOR_CACHE"], True)

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
# Monday 18 October 2021 (26 Mehr 1400) is "today" for every relative date in the tests.
REFERENCE_DATE = dt.date(2021, 10, 18)


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One Extractor for the whole session (rules load once)."""
    return Extractor()


@pytest.fixture(scope="session")
def kb():
    """The packaged knowledge base."""
    return load_kb()


@pytest.fixture(scope="session")
def run(extractor):
    """Run the pipeline on text and return the Doc (normalised), with an optional publication date."""

    def _run(text: str, published: dt.date | None = REFERENCE_DATE, source_country: str = "IR"):
        normalized = extractor.kb.normalizer.normalize(text)
        doc = extractor.nlp.make_doc(normalized.text)
        for name, component in extractor.nlp.pipeline:
            if name == "meeting_assembler":
                doc._.context = {"published": published, "source_country": source_country, "header_date_tokens": set()}
            doc = component(doc)
        return doc

    return _run


@pytest.fixture(scope="session")
def extract(extractor):
    """`extract(text, **kw)` returning the contract's dict."""

    def _extract(text: str, **kwargs) -> dict:
        return extractor.extract(text, **kwargs).to_dict()

    return _extract


def assert_offsets(document: dict, text: str) -> None:
    """Every evidence span of `document` points at its own text in `text`."""

    def walk(obj):
        if isinstance(obj, dict):
            if {"text", "start", "end"} <= obj.keys() and isinstance(obj.get("start"), int):
                assert text[obj["start"]:obj["end"]] == obj["text"], obj
            for value in obj.values():
                walk(value)
        elif isinstance(obj, list):
            for value in obj:
                walk(value)

    walk(document)
