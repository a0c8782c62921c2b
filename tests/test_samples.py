"""Golden samples: the articles listed as `golden` in samples/fa/manifest.json must come out right,
field by field, against their hand-made annotation (`<id>.expected.json`)."""
import json

import pytest
from conftest import SAMPLES

from extractor.evaluate import Scorer

MANIFEST = json.loads((SAMPLES / "fa" / "manifest.json").read_text(encoding="utf-8"))
GOLDEN = MANIFEST["golden"]


@pytest.fixture(scope="module")
def scorer(kb):
    """The evaluation's person matcher: same surname, or two spellings of one registered official."""
    def official_ids(name):
        return set(kb.lookup("OFFICIAL", kb.normalizer.normalize_pattern(name)))

    return Scorer(kb.normalizer.normalize_pattern, official_ids)


@pytest.fixture(scope="module")
def results(extractor):
    out = {}
    for doc_id in GOLDEN:
        text = (SAMPLES / "fa" / f"{doc_id}.txt").read_text(encoding="utf-8")
        gold = json.loads((SAMPLES / "fa" / f"{doc_id}.expected.json").read_text(encoding="utf-8"))
        out[doc_id] = (gold, extractor.extract(text, doc_id=doc_id).to_dict())
    return out


@pytest.mark.parametrize("doc_id", GOLDEN)
def test_samples_meeting_and_event_count(results, doc_id):
    gold, got = results[doc_id]
    assert got["is_meeting"] == gold["is_meeting"]
    assert len(got["events"]) == len(gold["events"])


@pytest.mark.parametrize("doc_id", GOLDEN)
def test_samples_source_and_published(results, doc_id):
    gold, got = results[doc_id]
    assert got["source"]["published"] == gold["published"]
    if gold["source"].get("outlet_en"):
        assert got["source"]["outlet_en"].split()[0] == gold["source"]["outlet_en"].split()[0]
        assert got["source"]["country"] == gold["source"]["country"]


@pytest.mark.parametrize("doc_id", GOLDEN)
def test_samples_participants_roles_countries_ranks(results, scorer, doc_id):
    gold, got = results[doc_id]
    for gold_event, event in zip(gold["events"], got["events"]):
        assert len(event["participants"]) == len(gold_event["participants"])
        for person in gold_event["participants"]:
            match = [p for p in event["participants"] if scorer._same_person(person, p)]
            assert match, person
            assert (match[0]["role"] or {}).get("code") == person["role"]["code"], person
            assert match[0]["country"] == person["country"], person
            assert match[0]["rank"] == person["rank"], person


@pytest.mark.parametrize("doc_id", GOLDEN)
def test_samples_type_location_date(results, doc_id):
    gold, got = results[doc_id]
    for gold_event, event in zip(gold["events"], got["events"]):
        assert event["type"] == gold_event["type"]
        gold_location = gold_event["location"] or {}
        assert (event["location"] or {}).get("name_en") == gold_location.get("name_en")
        assert event["date"]["value"] == gold_event["date"]["value"]


@pytest.mark.parametrize("doc_id", GOLDEN)
def test_samples_topics_cover_the_annotation(results, doc_id):
    gold, got = results[doc_id]
    for gold_event, event in zip(gold["events"], got["events"]):
        expected = {t["code"] for t in gold_event["topics"]}
        predicted = {t["code"] for t in event["topics"]}
        assert len(expected & predicted) >= 0.75 * len(expected), (expected, predicted)
        assert len(predicted - expected) <= 2, (expected, predicted)


def test_samples_manifest_and_files_agree():
    """Every listed article has its text and gold, every gold is listed once, and golden ⊆ dev; a gold left
    out of a commit would otherwise shrink a clean clone's corpus without a word."""
    directory = SAMPLES / "fa"
    listed = MANIFEST["dev"] + MANIFEST["test"]
    assert len(listed) == len(set(listed)), "an article is listed twice"
    missing = [doc_id for doc_id in listed
               if not (directory / f"{doc_id}.txt").is_file() or not (directory / f"{doc_id}.expected.json").is_file()]
    assert not missing, missing[:10]
    annotated = {path.name[: -len(".expected.json")] for path in directory.glob("*.expected.json")}
    assert annotated == set(listed), sorted(annotated ^ set(listed))[:10]
    assert set(GOLDEN) <= set(MANIFEST["dev"])
