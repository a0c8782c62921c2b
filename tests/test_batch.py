"""Batch at scale: workers, no loss and no duplicates across a kill and --resume, every input kind."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import SAMPLES

from extractor.batch import chunk_size, done_ids, run_batch

ARTICLES = sorted((SAMPLES / "fa").glob("fa-0*.txt"))


def _records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        for article in ARTICLES:
            (folder / f"{i}-{article.name}").write_bytes(article.read_bytes())
    return folder


def test_batch_two_workers_one_record_per_file(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    summary = run_batch(corpus, out, workers=2, progress=False)
    ids = [r["doc_id"] for r in _records(out)]
    assert sorted(ids) == sorted(p.stem for p in corpus.glob("*.txt"))
    assert summary.files == len(ids) and summary.errors == 0
    assert summary.meetings == sum(r["is_meeting"] for r in _records(out))


@pytest.mark.slow
def test_batch_killed_then_resumed_gives_exactly_one_record_per_file(corpus, tmp_path):
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "extractor", "batch", str(corpus), "-o", str(out), "--quiet", "--workers", "2"]
    process = subprocess.Popen(command, start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and (not out.exists() or out.stat().st_size < 2000):
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    with open(out, "ab") as handle:
        handle.write(b'{"doc_id": "torn')  # a record cut in half by the crash
    partial = len(done_ids(out))
    total = len(list(corpus.glob("*.txt")))
    assert 0 < partial < total
    resumed = subprocess.run(command + ["--resume"], capture_output=True, text=True, timeout=600)
    assert resumed.returncode == 0, resumed.stderr
    ids = [r["doc_id"] for r in _records(out)]
    assert len(ids) == len(set(ids)) == total
    assert f"skipped {partial}" in resumed.stderr


def test_batch_every_bad_input_gets_an_error_record(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(ARTICLES[0].read_bytes())
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "latin1.txt").write_bytes("café déjà vu".encode("latin-1"))
    (folder / "old.txt").write_bytes("ديدار وزيران خارجه ايران و روسيه".encode("cp1256"))
    (folder / "huge.txt").write_text("الف " * 3000, encoding="utf-8")
    (folder / "folder.txt").mkdir()
    (folder / "dangling.txt").symlink_to(folder / "missing-target.txt")
    out = tmp_path / "out.jsonl"
    summary = run_batch(folder, out, max_chars=5000, progress=False)
    records = {r["doc_id"]: r for r in _records(out)}
    assert set(records) == {"good", "empty", "binary", "latin1", "old", "huge", "folder", "dangling"}
    assert records["good"]["is_meeting"] is True
    assert records["empty"]["is_meeting"] is False
    assert any(w.startswith("W005") for w in records["old"]["warnings"])
    assert records["binary"]["error"].startswith("E002")
    assert records["latin1"]["error"].startswith("E003")
    assert records["huge"]["error"].startswith("E004")
    assert records["folder"]["error"].startswith("E008")
    assert records["dangling"]["error"].startswith("E001")
    assert summary.errors == 5


def test_batch_reads_saved_html_pages(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    body = ARTICLES[0].read_text(encoding="utf-8").replace("\n\n", "</p><p>")
    page = ("<!DOCTYPE html><html><head><title>خبر</title><style>p{}</style></head><body>"
            "<nav><ul><li>صفحه اصلی</li><li>سیاسی</li></ul></nav>"
            f"<article><p>{body}</p></article>"
            '<div class="share-links"><a href="#">اشتراک گذاری</a></div>'
            '<div class="related-news"><ul><li>دیدار وزیر خارجه ترکیه با همتای آذربایجانی</li></ul></div>'
            "<script>var x = '<p>دیدار</p>';</script></body></html>")
    (folder / "page.html").write_text(page, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch(folder, out, pattern="*.html", progress=False)
    record = _records(out)[0]
    assert record["is_meeting"] is True and len(record["events"]) == 1
    for event in record["events"]:
        trigger = event["trigger"]
        assert page[trigger["start"]:trigger["end"]] == trigger["text"]
    names = {p["name"] for e in record["events"] for p in e["participants"]}
    assert not any("آذربایجان" in (n or "") for n in names)


def test_batch_reads_jsonl_records(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = ARTICLES[0].read_text(encoding="utf-8")
    lines = [json.dumps({"id": "a1", "text": text, "published": "2023-06-17", "url": "https://example.org/1"}),
             json.dumps({"text": "متن کوتاه بدون دیدار"}),
             "{not json",
             json.dumps({"id": "no-text", "body": "x"})]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    summary = run_batch(folder, out, pattern="*.jsonl", progress=False)
    records = {r["doc_id"]: r for r in _records(out)}
    assert set(records) == {"a1", "feed:2", "feed:3", "no-text"}
    assert records["a1"]["source"]["url"] == "https://example.org/1"
    assert records["a1"]["source"]["published"] == "2023-06-17"
    assert records["feed:3"]["error"].startswith("E010") and records["no-text"]["error"].startswith("E010")
    assert summary.errors == 2


@pytest.mark.parametrize("tasks, workers, expected", [(0, 2, 1), (45, 2, 2), (2000, 2, 32), (100_000, 8, 32)])
def test_batch_chunk_size_keeps_every_worker_busy(tasks, workers, expected):
    assert chunk_size(tasks, workers) == expected
