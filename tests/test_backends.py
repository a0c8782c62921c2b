"""Model backends: the interface, the merge policy (with hand-built model spans), spacy-ner, stanza, doctor."""
from __future__ import annotations

import json

import pytest
from conftest import REFERENCE_DATE, SAMPLES, assert_offsets
from spacy.tokens import Span

from extractor import Extractor
from extractor.backends import BACKENDS, get_backend
from extractor.backends.spacy_ner import PACKAGED_MODEL
from extractor.cli import main
from extractor.errors import BackendError, RuleError

SEED = SAMPLES / "iran-russia-chiefs-of-staff.fa.txt"


def run_with_model(extractor, text: str, people=(), arguments=()):
    """Run the rules pipeline with model spans injected before `meeting_persons`, as a backend would add them.

    `people`: substrings labelled PERSON; `arguments`: (argument substring, trigger substring) pairs.
    """
    normalized = extractor.kb.normalizer.normalize(text)
    doc = extractor.nlp.make_doc(normalized.text)
    for name, component in extractor.nlp.pipeline:
        if name == "meeting_persons":
            spans = []
            for person in people:
                start = normalized.text.index(person)
                span = doc.char_span(start, start + len(person))
                spans.append(Span(doc, span.start, span.end, label="PERSON", span_id="model.test"))
            doc.spans["model_entities"] = spans
            args = []
            for argument, trigger_text in arguments:
                a = normalized.text.index(argument)
                span = doc.char_span(a, a + len(argument))
                trigger = next(t for t in doc.spans["triggers"] if trigger_text in t.text)
                args.append(Span(doc, span.start, span.end, label="WITH_ARG", kb_id=str(trigger.start),
                                 span_id="model.test"))
            doc.spans["model_arguments"] = args
        if name == "meeting_assembler":
            doc._.context = {"published": REFERENCE_DATE, "source_country": "IR", "header_date_tokens": set()}
        doc = component(doc)
    return doc


def participants(doc) -> list[tuple[str, str]]:
    return [(s.entity.first.rule if s.entity else None, s.rule) for e in doc._.events for s in e.sides]


def names(doc) -> list[str]:
    return [doc[m.start:m.end].text for m in doc._.persons]


def test_backends_registry_names():
    assert set(BACKENDS) == {"rules", "spacy-ner", "stanza"}


def test_backends_unknown_name_lists_the_known_ones():
    with pytest.raises(BackendError, match="E011.*rules, spacy-ner, stanza"):
        get_backend("bert")


def test_backends_rules_backend_adds_nothing(extractor):
    backend = get_backend("rules").load()
    assert backend.is_available()[0]
    doc = extractor.nlp.make_doc("لاوروف با عراقچی دیدار کرد.")
    assert backend.annotate(doc).entities == []


def test_backends_spacy_ner_without_model_says_how_to_rebuild(tmp_path):
    backend = get_backend("spacy-ner", model_path=tmp_path)
    ok, reason = backend.is_available()
    assert not ok and "train-ner" in reason
    with pytest.raises(BackendError, match="E012.*spacy-ner"):
        Extractor(backend="spacy-ner", model_path=tmp_path)


def test_backends_merge_model_name_without_title_becomes_participant(extractor):
    text = "کوآمه نکروما با عراقچی در تهران دیدار کرد."
    assert "کوآمه نکروما" not in names(run_with_model(extractor, text))
    doc = run_with_model(extractor, text, people=["کوآمه نکروما"])
    assert "کوآمه نکروما" in names(doc)
    rules = [rule for _, rule in participants(doc)]
    assert "model.test.person" in rules and len(rules) == 2


def test_backends_merge_rules_win_where_they_overlap(extractor):
    text = "سرلشکر محمد باقری با همتای روسی خود در مسکو دیدار کرد."
    doc = run_with_model(extractor, text, people=["سرلشکر محمد"])
    person = next(m for m in doc._.persons if "باقری" in doc[m.start:m.end].text)
    assert person.rank == "سرلشکر" and not person.rule.startswith("model")
    assert not any(m.rule.startswith("model") for m in doc._.persons)


def test_backends_merge_title_tokens_are_cut_off_model_spans(extractor):
    text = "وزیر امور خارجه کوآمه نکروما با عراقچی دیدار کرد."
    doc = run_with_model(extractor, text, people=["خارجه کوآمه نکروما"])
    model = [m for m in doc._.persons if "کوآمه" in doc[m.start:m.end].text]
    assert model and doc[model[0].name_start:model[0].name_end].text == "کوآمه نکروما"


def test_backends_merge_model_completes_a_name_the_rules_cut_short(extractor):
    text = "دریادار یایان سفیان امروز با فرمانده ناوگان ایران دیدار کرد."
    before = run_with_model(extractor, text)
    assert "سفیان" not in " ".join(doc_name for doc_name in names(before) if "یایان" in doc_name)
    doc = run_with_model(extractor, text, people=["یایان سفیان"])
    person = next(m for m in doc._.persons if "یایان" in doc[m.start:m.end].text)
    assert doc[person.name_start:person.name_end].text == "یایان سفیان"
    assert person.rank == "دریادار" and person.rule.endswith("model.test.extend")


def test_backends_merge_parse_attaches_an_argument_outside_the_clause(extractor):
    text = "عراقچی دیروز در مسکو دیدار کرد؛ با سرگئی لاوروف وزیر خارجه روسیه."
    assert not run_with_model(extractor, text)._.events
    doc = run_with_model(extractor, text, arguments=[("سرگئی لاوروف", "دیدار")])
    sides = [(s.entity.key, s.rule) for e in doc._.events for s in e.sides]
    assert any("lavrov" in key and rule.endswith("model.parse.with_argument") for key, rule in sides)
    assert len(sides) == 2


@pytest.mark.skipif(not (PACKAGED_MODEL / "meta.json").is_file(), reason="no packaged model in this checkout")
def test_backends_spacy_ner_packaged_model_runs_and_keeps_offsets():
    extractor = Extractor(backend="spacy-ner")
    text = SEED.read_text(encoding="utf-8")
    document = extractor.extract(text).to_dict()
    assert_offsets(document, text)
    assert {p["name_en"] for p in document["events"][0]["participants"]} >= {"Valery Gerasimov"}
    doc = extractor.nlp(extractor.kb.normalizer.normalize("سرگئی لاوروف و عباس عراقچی در مسکو گفت‌وگو کردند.").text)
    labels = {s.label_ for s in doc.spans["model_entities"]}
    assert labels <= {"PERSON", "ORG", "GPE"} and "PERSON" in labels


@pytest.mark.skipif(not (PACKAGED_MODEL / "meta.json").is_file(), reason="no packaged model in this checkout")
def test_backends_spacy_ner_packaged_model_is_small():
    size = sum(p.stat().st_size for p in PACKAGED_MODEL.rglob("*") if p.is_file())
    assert size <= 20 * 1024 * 1024


def test_backends_training_sentences_are_validated(tmp_path, kb):
    from extractor.training.data import sentence_examples

    good = {"text": "لاوروف در مسکو بود.", "entities": [["لاوروف", "PERSON"], ["مسکو", "GPE"]]}
    (tmp_path / "a.jsonl").write_text(json.dumps(good, ensure_ascii=False) + "\n", encoding="utf-8")
    examples = sentence_examples(tmp_path, kb)
    assert [(examples[0].text[a:b], label) for a, b, label in examples[0].spans] == [("لاوروف", "PERSON"),
                                                                                    ("مسکو", "GPE")]
    for bad, message in [({"text": "x", "entities": [], "id": 1}, "expected keys"),
                         ({"text": "لاوروف", "entities": [["لاوروف", "PER"]]}, "unknown label"),
                         ({"text": "لاوروف", "entities": [["پوتین", "PERSON"]]}, "does not occur")]:
        (tmp_path / "a.jsonl").write_text(json.dumps(bad, ensure_ascii=False) + "\n", encoding="utf-8")
        with pytest.raises(RuleError, match=message):
            sentence_examples(tmp_path, kb)


def test_backends_training_never_reads_the_test_split(kb):
    from extractor.evaluate import load_manifest
    from extractor.training.data import article_examples

    manifest = load_manifest(SAMPLES / "fa")
    sources = {e.source for e in article_examples(SAMPLES / "fa", kb)}
    assert sources and all(manifest[s] == "dev" for s in sources)


@pytest.mark.slow
def test_backends_spacy_ner_train_command_builds_a_loadable_model(tmp_path):
    from extractor.training.spacy_ner import train

    report = train(SAMPLES / "fa", tmp_path / "none", tmp_path / "model", epochs=1, limit=12, log=lambda _: None)
    assert report["train_texts"] + report["heldout_texts"] == 12
    backend = get_backend("spacy-ner", model_path=tmp_path / "model").load()
    assert backend.describe()["available"]


def test_backends_doctor_reports_backends_and_rules(capsys):
    assert main(["doctor", "--stanza-dir", "/nonexistent-stanza"]) == 0
    out = capsys.readouterr().out
    assert "rules      available" in out and "stanza     NOT available" in out and "officials" in out
    assert main(["doctor", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rules"]["countries"] > 150 and data["backends"]["rules"]["available"]


def test_backends_cli_unavailable_backend_is_a_usage_error(capsys, tmp_path):
    code = main(["extract", str(SEED), "--backend", "stanza", "--stanza-dir", str(tmp_path)])
    assert code == 2
    err = capsys.readouterr().err
    assert "E012" in err and ("stanza.download" in err or "pip install" in err)


def test_backends_stanza_parse_attaches_with_arguments():
    stanza_doc = pytest.importorskip("stanza.models.common.doc")
    from extractor.backends.stanza_backend import annotations_from_stanza

    # عراقچی با لاوروف دیدار کرد . — "لاوروف" is an obl of the light verb کرد, via the compound دیدار.
    words = [
        {"id": 1, "text": "عراقچی", "head": 4, "deprel": "nsubj", "ner": "S-PER"},
        {"id": 2, "text": "با", "head": 3, "deprel": "case", "ner": "O"},
        {"id": 3, "text": "لاوروف", "head": 5, "deprel": "obl", "ner": "S-PER"},
        {"id": 4, "text": "دیدار", "head": 5, "deprel": "compound:lvc", "ner": "O"},
        {"id": 5, "text": "کرد", "head": 0, "deprel": "root", "ner": "O"},
        {"id": 6, "text": ".", "head": 5, "deprel": "punct", "ner": "O"},
    ]
    document = stanza_doc.Document([words])
    document.sentences[0].build_ents()
    tokens = [10, 11, 12, 13, 14, 15]
    result = annotations_from_stanza(document, [tokens], trigger_of={13: 13, 14: 13})
    assert (10, 11, "PERSON") in result.entities and (12, 13, "PERSON") in result.entities
    assert result.with_arguments == [(12, 13, 13)]


@pytest.mark.slow
def test_backends_stanza_tiny_model_trained_here_runs_end_to_end(tmp_path):
    pytest.importorskip("stanza")
    from extractor.training.stanza_ner import train

    model = train(SAMPLES / "fa", None, tmp_path / "stanza", max_steps=150, dim=32, limit=40)
    assert model.is_file()
    extractor = Extractor(backend="stanza", model_paths={"ner": str(model)}, stanza_dir=tmp_path / "resources")
    text = SEED.read_text(encoding="utf-8")
    document = extractor.extract(text, published="2021-10-18").to_dict()
    assert_offsets(document, text)
    assert {p["name_en"] for p in document["events"][0]["participants"]} == {"Mohammad Bagheri", "Valery Gerasimov"}
    doc = extractor.nlp(extractor.kb.normalizer.normalize(text).text)
    spans = list(doc.spans["model_entities"])
    assert spans and all(s.id_ == "model.stanza" and s.label_ in {"PERSON", "ORG", "GPE"} for s in spans)
