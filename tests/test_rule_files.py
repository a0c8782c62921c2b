"""Every rule file validates; broken files fail with the file, line and key named."""
import json
import shutil

import pytest
from spacy.matcher import Matcher

from extractor import Extractor
from extractor.errors import RuleError
from extractor.kb import load_kb
from extractor.resources import language_rules
from extractor.rule_loader import read_jsonl

RULES = language_rules("fa")
JSONL_KINDS = {"countries.jsonl": "countries", "places.jsonl": "places", "organizations.jsonl": "organizations",
               "titles.jsonl": "titles", "ranks.jsonl": "ranks", "officials.jsonl": "officials",
               "outlets.jsonl": "outlets", "triggers.jsonl": "triggers"}


@pytest.mark.parametrize("name, kind", sorted(JSONL_KINDS.items()))
def test_rule_files_validate(name, kind):
    records = read_jsonl(RULES / name, kind)
    assert records, f"{name} is empty"


@pytest.mark.parametrize("name, minimum", [("countries.jsonl", 197), ("places.jsonl", 400), ("titles.jsonl", 200),
                                           ("organizations.jsonl", 40), ("ranks.jsonl", 60)])
def test_rule_files_hold_enough_entries(name, minimum):
    assert len(read_jsonl(RULES / name, JSONL_KINDS[name])) >= minimum


def test_rule_files_token_patterns_are_valid_matcher_patterns(kb, extractor):
    matcher = Matcher(extractor.nlp.vocab, validate=True)
    for rule in kb.triggers:
        matcher.add(rule["id"], [kb.token_pattern(rule["pattern"])])
    for code, pattern in kb.topic_patterns:
        matcher.add(code, [kb.token_pattern(pattern)])
    assert len(matcher) == len(kb.triggers) + len({c for c, _ in kb.topic_patterns})


def _broken_copy(tmp_path, name: str, line: str):
    target = tmp_path / "fa"
    shutil.copytree(RULES, target)
    with open(target / name, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")
    return tmp_path


@pytest.mark.parametrize(
    "name, line, message",
    [
        ("titles.jsonl", json.dumps({"id": "x.1", "pattern": "وزیر", "role": "minister", "colour": "red"}),
         "unknown keys ['colour']"),
        ("titles.jsonl", json.dumps({"id": "x.2", "pattern": "وزیر", "role": "king"}), "role has value 'king'"),
        ("titles.jsonl", json.dumps({"id": "fa.title.foreign_minister", "pattern": "وزیر", "role": "minister"}),
         "duplicate id 'fa.title.foreign_minister'"),
        ("places.jsonl", json.dumps({"id": "x", "name": "ایکس", "variants": [], "name_en": "X", "country": "IR",
                                     "lat": 123.0, "lon": 1.0, "kind": "city"}), "lat must be a latitude"),
        ("countries.jsonl", "{not json", "invalid JSON"),
        ("places.jsonl", json.dumps({"id": "moscow-copy", "name": "مسكو", "variants": [], "name_en": "Moscow",
                                     "country": "RU", "lat": 55.7, "lon": 37.6, "kind": "city"}),
         "conflicts with moscow"),
        ("officials.jsonl", json.dumps({"id": "ir.x", "name": "ایکس", "variants": [], "country": "IR",
                                        "offices": [{"role": "minister", "start": "1400/01/01"}]}),
         "start must be YYYY"),
    ],
)
def test_rule_files_reject_bad_entries_naming_file_and_line(tmp_path, name, line, message):
    root = _broken_copy(tmp_path, name, line)
    load_kb.cache_clear()
    try:
        with pytest.raises(RuleError) as info:
            load_kb(str(root))
    finally:
        load_kb.cache_clear()
    assert name in str(info.value)
    assert message in str(info.value)


def test_rule_files_missing_directory_is_a_clear_error(tmp_path):
    with pytest.raises(RuleError, match="E106"):
        load_kb(str(tmp_path / "nowhere"))


def test_rule_files_an_official_registered_without_surname_is_matched_by_full_name(tmp_path):
    entry = {"id": "zz.test-official", "name": "آرمان نیکسرشت", "variants": [], "surname": None, "surname_alone": False,
             "name_en": None, "qid": None, "country": "FR", "rank": None,
             "offices": [{"role": "foreign_minister", "title": "وزیر امور خارجه فرانسه", "start": "2020", "end": None}]}
    extractor = Extractor(rules_dir=_broken_copy(tmp_path, "officials.jsonl", json.dumps(entry, ensure_ascii=False)))
    text = "به گزارش ایرنا، آرمان نیکسرشت امروز در تهران با عباس عراقچی وزیر امور خارجه دیدار کرد."
    events = extractor.extract(text, published="2024-10-01").to_dict()["events"]
    assert [sorted((p["name"], p["country"]) for p in e["participants"]) for e in events] == [
        [("آرمان نیکسرشت", "FR"), ("عباس عراقچی", "IR")]]
