"""Speed and memory benchmark (not a test): start-up, articles/s in one process and with workers,
peak RSS per worker, and cost against article length.

    python benchmarks/run.py [--articles 2000] [--workers 2]

Writes benchmarks/results.json and benchmarks/RESULTS.md (quoted in the README).
"""
from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples" / "fa").glob("*.txt"))


def startup_seconds(runs: int = 3) -> float:
    """Median wall time of a fresh process that imports the package and builds an Extractor."""
    code = "from extractor import Extractor; Extractor()"
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def build_corpus(folder: Path, count: int) -> list[Path]:
    """`count` articles made from the samples (cycled), one file each."""
    paths = []
    for i in range(count):
        source = SAMPLES[i % len(SAMPLES)]
        path = folder / f"{i:06d}-{source.name}"
        path.write_bytes(source.read_bytes())
        paths.append(path)
    return paths


def single_process(paths: list[Path]) -> tuple[float, float]:
    """Articles/s of one Extractor after start-up, and this process's peak RSS in MB."""
    from extractor import Extractor

    extractor = Extractor()
    texts = [p.read_text(encoding="utf-8") for p in paths]
    started = time.perf_counter()
    for text in texts:
        extractor.extract(text)
    rate = len(texts) / (time.perf_counter() - started)
    return rate, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def batch_rate(folder: Path, workers: int) -> tuple[float, float]:
    """Articles/s of `batch --workers N` end to end (start-up of the workers included), and the peak
    RSS of the largest worker in MB."""
    out = folder.parent / f"out-{workers}.jsonl"
    code = ("import resource, sys, time; from extractor.batch import run_batch; t = time.perf_counter(); "
            f"s = run_batch({str(folder)!r}, {str(out)!r}, workers={workers}, progress=False); "
            "print(s.files / (time.perf_counter() - t)); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)")
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT)
    rate, rss = result.stdout.split()
    return float(rate), float(rss)


def length_costs(sizes=(100_000, 300_000, 1_000_000)) -> dict[str, float]:
    """Seconds to extract one article of each size (samples joined), to check the cost is linear."""
    from extractor import Extractor

    extractor = Extractor(max_chars=max(sizes) + 10)
    joined = "\n\n".join(p.read_text(encoding="utf-8") for p in SAMPLES)
    costs = {}
    for size in sizes:
        text = (joined * (size // len(joined) + 1))[:size]
        started = time.perf_counter()
        extractor.extract(text)
        costs[str(size)] = round(time.perf_counter() - started, 2)
    return costs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        paths = build_corpus(folder, args.articles)
        startup = startup_seconds()
        one_rate, one_rss = single_process(paths)
        batch_one, _ = batch_rate(folder, 1)
        batch_many, worker_rss = batch_rate(folder, args.workers)
    costs = length_costs()
    results = {
        "machine": f"{platform.machine()}, {platform.python_version()}, cores: {len(__import__('os').sched_getaffinity(0))}",
        "articles": args.articles,
        "mean_article_chars": round(sum(len(p.read_text(encoding="utf-8")) for p in SAMPLES) / len(SAMPLES)),
        "startup_seconds": round(startup, 2),
        "one_process_articles_per_second": round(one_rate, 1),
        "one_process_peak_rss_mb": round(one_rss),
        "batch_1_worker_articles_per_second": round(batch_one, 1),
        f"batch_{args.workers}_workers_articles_per_second": round(batch_many, 1),
        "speedup": round(batch_many / batch_one, 2),
        "worker_peak_rss_mb": round(worker_rss),
        "seconds_by_article_chars": costs,
    }
    out = Path(__file__).resolve().parent
    (out / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    lines = ["| measure | value |", "|---|---|"] + [f"| {k} | {v} |" for k, v in results.items()]
    (out / "RESULTS.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
