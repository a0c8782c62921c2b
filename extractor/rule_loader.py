"""Read the rule and gazetteer files under `rules/` into validated records.

Every file is checked on load: unknown keys are rejected and named, required keys must be present,
codes must be ones the contract knows, ids must be unique. Errors name the file and line.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from .errors import Errors, RuleError

ROLE_CODES = frozenset(
    """head_of_state head_of_government vice_president foreign_minister deputy_foreign_minister
    defense_minister deputy_defense_minister chief_of_general_staff deputy_chief_of_general_staff
    military_commander ambassador envoy minister deputy_minister parliament_speaker member_of_parliament
    security_council_secretary head_of_organization religious_leader official""".split()
)
TOPIC_CODES = frozenset(
    """bilateral_relations military_cooperation arms_trade naval_cooperation counter_terrorism
    regional_issues syria afghanistan iraq yemen lebanon palestine ukraine caucasus persian_gulf sco brics
    nuclear sanctions economic_cooperation energy border_security consular""".split()
)
EVENT_TYPES = frozenset({"meeting", "visit", "phone_call", "negotiation", "multilateral_meeting"})
STATUSES = frozenset({"actual", "planned", "requested", "cancelled", "denied", "hypothetical"})


@dataclass(frozen=True)
class Field:
    """One key of a record: its accepted types, whether it is required, and a value check."""

    types: tuple[type, ...]
    required: bool = True
    allowed: frozenset | None = None
    check: Callable[[Any], bool] | None = None
    expected: str = ""


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)


def _is_country(value: Any) -> bool:
    return value is None or (isinstance(value, str) and len(value) == 2 and value.isupper())


def _is_iso_date(value: Any) -> bool:
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    parts = value.split("-")
    return 1 <= len(parts) <= 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4


STR = (str,)
OPT_STR = (str, type(None))
LIST = (list,)
NUM = (int, float)

SCHEMAS: dict[str, dict[str, Field]] = {
    "countries": {
        "iso2": Field(STR, check=_is_country, expected="an ISO alpha-2 code"),
        "name_en": Field(STR),
        "names": Field(LIST, check=_is_str_list, expected="a list of non-empty strings"),
        "demonyms": Field(LIST, check=_is_str_list, expected="a list of strings"),
        "capital": Field(OPT_STR, required=False),
    },
    "places": {
        "id": Field(STR),
        "name": Field(STR),
        "variants": Field(LIST, check=_is_str_list, expected="a list of strings"),
        "name_en": Field(STR),
        "country": Field(OPT_STR, check=_is_country, expected="an ISO alpha-2 code"),
        "lat": Field(NUM, check=lambda v: -90 <= v <= 90, expected="a latitude"),
        "lon": Field(NUM, check=lambda v: -180 <= v <= 180, expected="a longitude"),
        "kind": Field(STR, allowed=frozenset({"capital", "city", "venue", "province"})),
    },
    "organizations": {
        "id": Field(STR),
        "name_en": Field(STR),
        "abbr": Field(OPT_STR, required=False),
        "names": Field(LIST, check=_is_str_list, expected="a list of non-empty strings"),
        "topic": Field(OPT_STR, required=False, allowed=TOPIC_CODES | {None}),
    },
    "titles": {
        "id": Field(STR),
        "pattern": Field(STR),
        "role": Field(STR, allowed=ROLE_CODES),
        "country": Field(OPT_STR, required=False, check=_is_country, expected="an ISO alpha-2 code"),
        "org": Field(OPT_STR, required=False),
    },
    "ranks": {
        "id": Field(STR),
        "pattern": Field(STR),
        "kind": Field(STR, allowed=frozenset({"rank", "honorific", "service_title"})),
        "en": Field(OPT_STR, required=False),
        "service": Field(OPT_STR, required=False),
    },
    "officials": {
        "id": Field(STR),
        "name": Field(STR),
        "variants": Field(LIST, check=_is_str_list, expected="a list of strings"),
        "surname": Field(OPT_STR, required=False),
        "surname_alone": Field((bool,), required=False),
        "name_en": Field(OPT_STR, required=False),
        "qid": Field(OPT_STR, required=False, check=lambda v: v is None or (v[:1] == "Q" and v[1:].isdigit()),
                     expected="a Wikidata id such as Q7747 or null"),
        "country": Field(STR, check=_is_country, expected="an ISO alpha-2 code"),
        "rank": Field(OPT_STR, required=False),
        "offices": Field(LIST),
    },
    "offices": {
        "role": Field(STR, allowed=ROLE_CODES),
        "title": Field(OPT_STR, required=False),
        "start": Field(OPT_STR, required=False, check=_is_iso_date, expected="YYYY[-MM[-DD]] or null"),
        "end": Field(OPT_STR, required=False, check=_is_iso_date, expected="YYYY[-MM[-DD]] or null"),
        "org": Field(OPT_STR, required=False),
    },
    "triggers": {
        "id": Field(STR),
        "label": Field(STR, allowed=frozenset({"TRIGGER"})),
        "pattern": Field((str, list)),
        "type": Field(STR, allowed=EVENT_TYPES),
        "strength": Field(STR, allowed=frozenset({"strong", "weak"})),
        "status": Field(STR, required=False, allowed=STATUSES),
        "focus": Field(STR, required=False, allowed=frozenset({"all", "last", "except_last"})),
        "object_after": Field((bool,), required=False),
        "not_before": Field(list, required=False),
        "not_after": Field(list, required=False),
        "cue_before": Field(dict, required=False),
    },
    "outlets": {
        "id": Field(STR),
        "name": Field(STR),
        "name_en": Field(STR),
        "names": Field(LIST, check=_is_str_list, expected="a list of strings"),
        "country": Field(STR, check=_is_country, expected="an ISO alpha-2 code"),
    },
}


def validate_record(kind: str, record: Any, file: str, line: int) -> dict:
    """Check one record against its schema and return it; raise `RuleError` naming file and line."""
    schema = SCHEMAS[kind]
    if not isinstance(record, dict):
        raise RuleError(Errors.E105.format(file=file, line=line, field="record", expected="a JSON object", value=record))
    unknown = sorted(set(record) - set(schema))
    if unknown:
        raise RuleError(Errors.E101.format(file=file, line=line, keys=unknown, allowed=sorted(schema)))
    missing = sorted(k for k, f in schema.items() if f.required and k not in record)
    if missing:
        raise RuleError(Errors.E102.format(file=file, line=line, keys=missing))
    for key, value in record.items():
        spec = schema[key]
        if not isinstance(value, spec.types) or (isinstance(value, bool) and bool not in spec.types):
            names = "/".join("null" if t is type(None) else t.__name__ for t in spec.types)
            raise RuleError(Errors.E105.format(file=file, line=line, field=key, expected=names, value=value))
        if spec.allowed is not None and value not in spec.allowed:
            raise RuleError(Errors.E103.format(file=file, line=line, field=key, value=value,
                                               allowed=", ".join(sorted(str(a) for a in spec.allowed))))
        if spec.check is not None and not spec.check(value):
            raise RuleError(Errors.E105.format(file=file, line=line, field=key, expected=spec.expected, value=value))
    if kind == "officials":
        for office in record["offices"]:
            validate_record("offices", office, file, line)
    return record


def read_jsonl(path: Path, kind: str) -> list[tuple[int, dict]]:
    """Read a JSON Lines rule file as (line number, validated record) pairs; ids must be unique."""
    records: list[tuple[int, dict]] = []
    first_seen: dict[str, int] = {}
    id_key = "iso2" if kind == "countries" else "id"
    with open(path, encoding="utf-8") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise RuleError(Errors.E100.format(file=path.name, line=number, detail=exc.msg)) from None
            validate_record(kind, record, path.name, number)
            key = record[id_key]
            if key in first_seen:
                raise RuleError(Errors.E104.format(file=path.name, line=number, id=key, first_line=first_seen[key]))
            first_seen[key] = number
            records.append((number, record))
    return records


def read_yaml(path: Path) -> Any:
    """Read a YAML rule file; syntax errors name the file.

    PyYAML is imported here, not with the module: a start-up that finds the rules in the disk cache
    reads no YAML. libyaml's safe loader is used when PyYAML was built with it (several times
    faster), else the pure-Python one.
    """
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.load(handle, Loader=loader)
    except yaml.YAMLError as exc:
        raise RuleError(Errors.E107.format(file=path.name, detail=str(exc).splitlines()[0])) from None


def check_keys(mapping: Any, allowed: Iterable[str], file: str, where: str, required: Iterable[str] = ()) -> dict:
    """Reject unknown keys (and missing required ones) of a YAML mapping; `where` names its place."""
    allowed = set(allowed)
    if not isinstance(mapping, dict):
        raise RuleError(Errors.E105.format(file=file, line=where, field="entry", expected="a mapping", value=mapping))
    unknown = sorted(set(mapping) - allowed)
    if unknown:
        raise RuleError(Errors.E101.format(file=file, line=where, keys=unknown, allowed=sorted(allowed)))
    missing = sorted(set(required) - set(mapping))
    if missing:
        raise RuleError(Errors.E102.format(file=file, line=where, keys=missing))
    return mapping


@dataclass(frozen=True)
class NormalizationRules:
    """The contents of `normalization.yaml`."""

    char_map: list[tuple[str, str]]
    delete_chars: list[str]
    word_rewrites: list[tuple[str, str]]
    phrase_rewrites: list[tuple[str, str]]


def load_normalization(path: Path) -> NormalizationRules:
    """Load and validate `normalization.yaml`."""
    data = read_yaml(path) or {}
    check_keys(data, {"char_map", "delete_chars", "word_rewrites", "phrase_rewrites"}, path.name, "top level")
    char_map, deletes, words, phrases = [], [], [], []
    for i, entry in enumerate(data.get("char_map", []), 1):
        check_keys(entry, {"from", "to", "why"}, path.name, f"char_map[{i}]", required={"from", "to", "why"})
        if len(entry["from"]) != len(entry["to"]):
            raise RuleError(Errors.E105.format(file=path.name, line=f"char_map[{i}]", field="to",
                                               expected="as many characters as 'from'", value=entry["to"]))
        char_map.append((entry["from"], entry["to"]))
    for i, entry in enumerate(data.get("delete_chars", []), 1):
        check_keys(entry, {"chars", "why"}, path.name, f"delete_chars[{i}]", required={"chars", "why"})
        deletes.extend(entry["chars"])
    for section, target in (("word_rewrites", words), ("phrase_rewrites", phrases)):
        for i, entry in enumerate(data.get(section, []), 1):
            check_keys(entry, {"from", "to", "why"}, path.name, f"{section}[{i}]", required={"from", "to", "why"})
            target.append((entry["from"], entry["to"]))
    return NormalizationRules(char_map, deletes, words, phrases)
