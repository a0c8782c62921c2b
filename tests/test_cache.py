"""The disk cache of rule-derived data: a warm start gives exactly what a cold one gives."""
import json
import shutil

from conftest import SAMPLES

from extractor import Extractor, cache
from extractor.components.gazetteer import PhraseTrie
from extractor.kb import load_kb
from extractor.resources import language_rules


def _fields(kb) -> dict:
    out = {k: v for k, v in vars(kb).items() if k != "normalizer"}
    out["normalizer"] = vars(kb.normalizer)
    return out


def test_cached_knowledge_base_equals_a_fresh_one(tmp_path, monkeypatch):
    monkeypatch.setenv("MEETING_EXTRACTOR_CACHE", str(tmp_path))
    cold = load_kb.__wrapped__()
    assert list(tmp_path.glob("kb-*.pickle"))
    warm = load_kb.__wrapped__()
    assert warm is not cold
    assert _fields(warm) == _fields(cold)


def test_warm_extractor_gives_the_same_output(tmp_path, monkeypatch):
    monkeypatch.setenv("MEETING_EXTRACTOR_CACHE", str(tmp_path))
    load_kb.cache_clear()
    try:
        cold = Extractor()
        assert list(tmp_path.glob("gazetteer-*.pickle"))
        load_kb.cache_clear()
        warm = Extractor()
    finally:
        load_kb.cache_clear()
    assert isinstance(warm.nlp.get_pipe("meeting_gazetteer").trie, PhraseTrie)
    assert warm.nlp.get_pipe("meeting_gazetteer").trie.root == cold.nlp.get_pipe("meeting_gazetteer").trie.root
    for path in sorted(SAMPLES.glob("**/*.txt"))[:12]:
        text = path.read_text(encoding="utf-8")
        assert json.dumps(warm.extract(text).to_dict()) == json.dumps(cold.extract(text).to_dict())


def test_edited_rules_are_a_new_key_and_a_broken_entry_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("MEETING_EXTRACTOR_CACHE", str(tmp_path / "cache"))
    rules = tmp_path / "rules" / "fa"
    shutil.copytree(language_rules("fa"), rules)
    key = cache.fingerprint(rules)
    with open(rules / "function_words.yaml", "a", encoding="utf-8") as handle:
        handle.write("\n# edited\n")
    assert cache.fingerprint(rules) != key
    cache.save("kb", key, {"a": 1})
    assert cache.load("kb", key) == {"a": 1}
    next(iter((tmp_path / "cache").glob("kb-*.pickle"))).write_bytes(b"not a pickle")
    assert cache.load("kb", key) is None


def test_cache_off_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("MEETING_EXTRACTOR_CACHE", "off")
    assert cache.folder() is None
    cache.save("kb", "0" * 64, {"a": 1})
    assert cache.load("kb", "0" * 64) is None


def test_cached_affix_regexes_equal_compiled_ones(tmp_path, monkeypatch):
    import spacy

    from extractor.pipeline import _affix_regexes

    monkeypatch.setenv("MEETING_EXTRACTOR_CACHE", str(tmp_path))
    defaults = spacy.blank("fa").Defaults
    cold = _affix_regexes(defaults)
    warm = _affix_regexes(defaults)
    assert warm == cold  # Pattern equality compares the pattern, the flags and the compiled code
    assert [r.pattern for r in warm] == [r.pattern for r in cold]


def test_cached_date_regexes_equal_compiled_ones(tmp_path, monkeypatch, kb):
    from extractor.dates import DateRules

    monkeypatch.setenv("MEETING_EXTRACTOR_CACHE", str(tmp_path))
    names = ("_numeric", "_named", "_month_year", "_relative_day", "_period", "_weekday", "_latin", "_number_before")
    cold = DateRules(kb.dates, kb.normalizer.normalize_pattern)
    assert list(tmp_path.glob("dates-*.pickle"))
    warm = DateRules(kb.dates, kb.normalizer.normalize_pattern)
    monkeypatch.setenv("MEETING_EXTRACTOR_CACHE", "off")
    plain = DateRules(kb.dates, kb.normalizer.normalize_pattern)
    for name in names:  # Pattern equality compares the pattern, the flags and the compiled code
        assert getattr(warm, name) == getattr(cold, name) == getattr(plain, name), name
    for name, scan in warm._scans.items():
        assert scan.fast == cold._scans[name].fast == plain._scans[name].fast, name
