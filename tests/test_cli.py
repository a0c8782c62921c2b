"""CLI round trips and exit codes."""
import json
import subprocess
import sys

import pytest
from conftest import SAMPLES

from extractor.cli import main

SEED = SAMPLES / "iran-russia-chiefs-of-staff.fa.txt"


def test_cli_extract_one_file_prints_one_document(capsys):
    assert main(["extract", str(SEED), "--published", "2021-10-18", "--pretty"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["doc_id"] == "iran-russia-chiefs-of-staff.fa"
    assert document["events"][0]["date"]["value"] == "2021-10-18"


def test_cli_extract_several_files_prints_json_lines(capsys):
    files = sorted((SAMPLES / "fa").glob("fa-00[1-3]*.txt"))
    assert main(["extract", *map(str, files)]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert [json.loads(line)["doc_id"] for line in lines] == [f.stem for f in files]


def test_cli_extract_stdin(monkeypatch, capsys):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    assert main(["extract", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["doc_id"] == "stdin"


@pytest.mark.parametrize(
    "argv, code, message",
    [
        (["extract", "no-such-file.txt"], 2, "E001"),
        (["extract", str(SEED), "--published", "2021/13/45"], 2, "E005"),
        (["extract", str(SEED), "--source-country", "Iran"], 2, "E006"),
        (["frobnicate"], 2, ""),
    ],
)
def test_cli_usage_errors(capsys, argv, code, message):
    assert main(argv) == code
    assert message in capsys.readouterr().err


@pytest.mark.parametrize("content, code", [(b"\x00\x01\x02\x03binary\x00", "E002"), (b"\xff\xfe\xfa\x80\x81", "E003")])
def test_cli_bad_file_names_the_file(tmp_path, capsys, content, code):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    assert main(["extract", str(bad)]) == 2
    err = capsys.readouterr().err
    assert code in err and "bad.txt" in err


def test_cli_batch_survives_bad_files(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SEED.read_bytes())
    (folder / "b.txt").write_bytes(b"\x00\x00binary")
    (folder / "c.txt").write_text("", encoding="utf-8")
    (folder / "d.txt").mkdir()
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "--quiet"]) == 1
    records = {r["doc_id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert set(records) == {"a", "b", "c", "d"}
    assert records["a"]["is_meeting"] is True
    assert "E002" in records["b"]["error"] and "E008" in records["d"]["error"]
    assert records["c"]["is_meeting"] is False
    assert "files 4, meetings 1, errors 2" in capsys.readouterr().err


def test_cli_module_entry_point_runs():
    result = subprocess.run([sys.executable, "-m", "extractor", "extract", str(SEED)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["is_meeting"] is True
