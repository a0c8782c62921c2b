"""`evaluate`: score the extractor against the annotated corpus (`samples/fa/*.expected.json`).

Events are aligned one to one so that the aligned pairs share the most participants in total (ties
broken by the same type, then the same day): a greedy pass in gold order let a small gold event take
the predicted event a bigger one needed. Participants match by normalised surname (or by
being spellings of one registered official), and a gold participant known only by title matches by
role and country. Field accuracies are computed over
matched pairs; topics are micro-averaged over aligned events (unaligned events count as misses).
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .api import Extractor
from .cli import read_article
from .errors import BackendError

FIELDS = ("meeting_detection", "event_count", "participants", "role", "country", "rank", "event_type",
          "location_city", "location_country", "date", "topics")


@dataclass
class Tally:
    """Counts for one field: true/false positives and negatives, or correct/total."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    correct: int = 0
    total: int = 0

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall, F1 (1.0 when there is nothing to find and nothing found)."""
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def accuracy(self) -> float:
        """correct / total (1.0 when total is 0)."""
        return self.correct / self.total if self.total else 1.0


@dataclass
class Scores:
    """Tallies of every field, plus per-article differences."""

    tallies: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    diffs: dict[str, list[str]] = field(default_factory=dict)
    articles: int = 0

    def table(self) -> dict[str, dict[str, float]]:
        """Field → {precision, recall, f1} or {accuracy}, with the number of items scored."""
        out = {}
        for name, t in self.tallies.items():
            if name in ("meeting_detection", "participants", "topics"):
                p, r, f = t.prf()
                out[name] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "n": t.tp + t.fn}
            else:
                out[name] = {"accuracy": round(t.accuracy(), 3), "n": t.total}
        return out


class Scorer:
    """Compare predicted documents with gold documents."""

    def __init__(self, normalize, official_ids=None):
        self.normalize = normalize
        self.official_ids = official_ids or (lambda name: set())

    def _surname(self, name: str | None) -> str | None:
        if not name:
            return None
        tokens = self.normalize(name).split()
        return tokens[-1] if tokens else None

    def _same_person(self, gold: dict, pred: dict) -> bool:
        if gold.get("name"):
            g, p = self._surname(gold["name"]), self._surname(pred.get("name"))
            if not g or not p:
                return False
            if self.official_ids(gold["name"]) & self.official_ids(pred["name"]):
                return True
            gold_tokens = self.normalize(gold["name"]).split()
            pred_tokens = self.normalize(pred["name"]).split()
            return (g == p or g in pred_tokens or p in gold_tokens[1:]
                    or "".join(pred_tokens).endswith(g))
        role = (gold.get("role") or {}).get("code")
        return role == (pred.get("role") or {}).get("code") and gold.get("country") == pred.get("country")

    def _match_people(self, gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
        pairs, used = [], set()
        for g in gold:
            for j, p in enumerate(pred):
                if j not in used and self._same_person(g, p):
                    pairs.append((g, p))
                    used.add(j)
                    break
        return pairs

    def score(self, gold_doc: dict, pred_doc: dict, scores: Scores) -> None:
        """Add one article's comparison to `scores`."""
        t = scores.tallies
        diffs: list[str] = []
        scores.articles += 1
        g_meet, p_meet = bool(gold_doc.get("is_meeting")), bool(pred_doc.get("is_meeting"))
        t["meeting_detection"].tp += g_meet and p_meet
        t["meeting_detection"].fp += p_meet and not g_meet
        t["meeting_detection"].fn += g_meet and not p_meet
        if g_meet != p_meet:
            diffs.append(f"is_meeting: gold {g_meet}, predicted {p_meet}")
        gold_events, pred_events = gold_doc.get("events", []), pred_doc.get("events", [])
        t["event_count"].total += 1
        t["event_count"].correct += len(gold_events) == len(pred_events)
        if len(gold_events) != len(pred_events):
            diffs.append(f"event count: gold {len(gold_events)}, predicted {len(pred_events)}")
        keys = [[self._pair_key(ge, pe) for pe in pred_events] for ge in gold_events]
        assignment = best_assignment(keys)
        for gi, ge in enumerate(gold_events):
            best = assignment.get(gi)
            if best is None:
                t["participants"].fn += len(ge.get("participants", []))
                t["topics"].fn += len(ge.get("topics", []))
                diffs.append(f"event {gi}: not found")
                continue
            self._score_event(ge, pred_events[best], t, diffs, gi)
        remaining = [j for j in range(len(pred_events)) if j not in assignment.values()]
        for j in remaining:
            t["participants"].fp += len(pred_events[j].get("participants", []))
            t["topics"].fp += len(pred_events[j].get("topics", []))
            diffs.append(f"extra event: {pred_events[j].get('type')} «{pred_events[j]['trigger']['text']}»")
        if diffs:
            scores.diffs[gold_doc.get("doc_id", "?")] = diffs

    def _pair_key(self, ge: dict, pe: dict) -> tuple[int, bool, bool]:
        """How well a predicted event fits a gold one: people in common, then same type, then same day."""
        return (len(self._match_people(ge.get("participants", []), pe.get("participants", []))),
                ge.get("type") == pe.get("type"),
                (ge.get("date") or {}).get("value") == (pe.get("date") or {}).get("value"))

    def _score_event(self, ge: dict, pe: dict, t: dict[str, Tally], diffs: list[str], gi: int) -> None:
        gold_people, pred_people = ge.get("participants", []), pe.get("participants", [])
        pairs = self._match_people(gold_people, pred_people)
        t["participants"].tp += len(pairs)
        t["participants"].fn += len(gold_people) - len(pairs)
        t["participants"].fp += len(pred_people) - len(pairs)
        matched_gold = {id(g) for g, _ in pairs}
        matched_pred = {id(p) for _, p in pairs}
        for g in gold_people:
            if id(g) not in matched_gold:
                diffs.append(f"event {gi}: missed participant {g.get('name') or (g.get('role') or {}).get('code')}")
        for p in pred_people:
            if id(p) not in matched_pred:
                diffs.append(f"event {gi}: extra participant {p.get('name') or (p.get('role') or {}).get('code')}")
        for g, p in pairs:
            for key, getter in (("role", lambda x: (x.get("role") or {}).get("code")),
                                ("country", lambda x: x.get("country")), ("rank", lambda x: x.get("rank"))):
                gv, pv = getter(g), getter(p)
                if key == "rank" and gv is None and pv is None:
                    continue
                t[key].total += 1
                t[key].correct += gv == pv
                if gv != pv:
                    diffs.append(f"event {gi}: {g.get('name')} {key}: gold {gv}, predicted {pv}")
        t["event_type"].total += 1
        t["event_type"].correct += ge.get("type") == pe.get("type")
        if ge.get("type") != pe.get("type"):
            diffs.append(f"event {gi}: type gold {ge.get('type')}, predicted {pe.get('type')}")
        gl, pl = ge.get("location") or {}, pe.get("location") or {}
        t["location_city"].total += 1
        city_ok = (gl.get("name_en") or None) == (pl.get("name_en") or None)
        t["location_city"].correct += city_ok
        t["location_country"].total += 1
        t["location_country"].correct += gl.get("country") == pl.get("country")
        if not city_ok:
            diffs.append(f"event {gi}: location gold {gl.get('name_en')}, predicted {pl.get('name_en')}")
        gd, pd = (ge.get("date") or {}).get("value"), (pe.get("date") or {}).get("value")
        t["date"].total += 1
        t["date"].correct += gd == pd
        if gd != pd:
            diffs.append(f"event {gi}: date gold {gd}, predicted {pd} ({(pe.get('date') or {}).get('text')})")
        gt = {x["code"] for x in ge.get("topics", [])}
        pt = {x["code"] for x in pe.get("topics", [])}
        t["topics"].tp += len(gt & pt)
        t["topics"].fn += len(gt - pt)
        t["topics"].fp += len(pt - gt)
        if gt != pt:
            diffs.append(f"event {gi}: topics missing {sorted(gt - pt)}, extra {sorted(pt - gt)}")


def best_assignment(keys: list[list[tuple[int, bool, bool]]]) -> dict[int, int]:
    """Gold index -> predicted index, one to one, maximising the summed keys lexicographically.

    Every event of the smaller side is paired (as the greedy alignment did); the Hungarian method on
    weights that keep the key order (people first, then type, then day) makes the sum optimal.
    """
    rows = len(keys)
    cols = len(keys[0]) if rows else 0
    if not rows or not cols:
        return {}
    transposed = rows > cols
    if transposed:
        keys = [list(column) for column in zip(*keys)]
        rows, cols = cols, rows
    base = rows + 1
    weight = [[(people * base + same_type) * base + same_day for people, same_type, same_day in row]
              for row in keys]
    top = max(max(row) for row in weight)
    cost = [[top - w for w in row] for row in weight]
    u, v = [0] * (rows + 1), [0] * (cols + 1)
    owner, way = [0] * (cols + 1), [0] * (cols + 1)
    for i in range(1, rows + 1):
        owner[0], j0 = i, 0
        slack, used = [float("inf")] * (cols + 1), [False] * (cols + 1)
        while owner[j0]:
            used[j0] = True
            i0, delta, j1 = owner[j0], float("inf"), 0
            for j in range(1, cols + 1):
                if not used[j]:
                    reduced = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if reduced < slack[j]:
                        slack[j], way[j] = reduced, j0
                    if slack[j] < delta:
                        delta, j1 = slack[j], j
            for j in range(cols + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    slack[j] -= delta
            j0 = j1
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = {owner[j] - 1: j - 1 for j in range(1, cols + 1) if owner[j]}
    return {p: g for g, p in pairs.items()} if transposed else pairs


def load_manifest(directory: Path) -> dict[str, str]:
    """doc id → split, from `manifest.json` ({"dev": [...], "test": [...], "golden": [...]}); empty when absent.

    `golden` lists the dev articles whose fields the test suite asserts one by one.
    """
    path = directory / "manifest.json"
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {doc_id: split for split in ("dev", "test") for doc_id in data.get(split, [])}


def evaluate(directory: str | Path, split: str | None = None, extractor: Extractor | None = None) -> Scores:
    """Score every annotated article of `directory` (optionally one split)."""
    directory = Path(directory)
    extractor = extractor or Extractor()
    manifest = load_manifest(directory)
    kb = extractor.kb

    def official_ids(name: str) -> set[str]:
        return set(kb.lookup("OFFICIAL", kb.normalizer.normalize_pattern(name)))

    scorer = Scorer(kb.normalizer.normalize_pattern, official_ids)
    scores = Scores()
    for gold_path in sorted(directory.glob("*.expected.json")):
        doc_id = gold_path.name[: -len(".expected.json")]
        if split and manifest.get(doc_id) != split:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text, _ = read_article(str(gold_path.with_name(doc_id + ".txt")))
        predicted = extractor.extract(text, doc_id=doc_id).to_dict()
        scorer.score(gold, predicted, scores)
    return scores


def format_table(scores: Scores) -> str:
    """A Markdown table of the scores."""
    lines = [f"articles: {scores.articles}", "", "| field | precision | recall | F1 / accuracy | n |", "|---|---|---|---|---|"]
    for name, row in scores.table().items():
        if "f1" in row:
            lines.append(f"| {name} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} | {row['n']} |")
        else:
            lines.append(f"| {name} | | | {row['accuracy']:.3f} | {row['n']} |")
    return "\n".join(lines)


README_START, README_END = "<!-- scores -->", "<!-- /scores -->"


def readme_section(directory: str | Path, extractor: Extractor) -> str:
    """The README's score section: one table per split, as `evaluate` prints them."""
    parts = [README_START, ""]
    for split in ("dev", "test"):
        scores = evaluate(directory, split, extractor)
        parts += [f"**{split}** (`python -m extractor evaluate samples/fa --split {split}`)", "", format_table(scores), ""]
    parts.append(README_END)
    return "\n".join(parts)


MODEL_START, MODEL_END = "<!-- model-scores -->", "<!-- /model-scores -->"
COMPARED_FIELDS = ("participants", "role", "country", "event_count")


def backend_section(directory: str | Path, rules_extractor: Extractor, backends: tuple[str, ...] = ("spacy-ner",)) -> str:
    """The README's rules-versus-model table: participant precision/recall/F1 per split and backend."""
    rows = ["| backend | split | participants P | participants R | participants F1 | role | country | event count |",
            "|---|---|---|---|---|---|---|---|"]
    extractors = {"rules": rules_extractor}
    for name in backends:
        try:
            extractors[name] = Extractor(backend=name)
        except BackendError as exc:
            rows.append(f"| {name} | | not available: {exc} | | | | | |")
    for split in ("test", "dev"):
        for name, extractor in extractors.items():
            table = evaluate(directory, split, extractor).table()
            p = table["participants"]
            rows.append(f"| {name} | {split} | {p['precision']:.3f} | {p['recall']:.3f} | {p['f1']:.3f} | "
                        f"{table['role']['accuracy']:.3f} | {table['country']['accuracy']:.3f} | "
                        f"{table['event_count']['accuracy']:.3f} |")
    note = ("The dev split is part of the model's training data, so its model row is optimistic; "
            "the test split was never trained on.")
    return "\n".join([MODEL_START, "", *rows, "", note, MODEL_END])


def _replace_between(text: str, start_marker: str, end_marker: str, section: str) -> str:
    start = text.index(start_marker)
    end = text.index(end_marker) + len(end_marker) if end_marker in text else start + len(start_marker)
    return text[:start] + section + text[end:]


def update_readme(readme: str | Path, directory: str | Path, extractor: Extractor) -> None:
    """Replace the text between the score markers of the README with freshly measured tables
    (and the rules-versus-model table, where the README has its marker)."""
    path = Path(readme)
    text = _replace_between(path.read_text(encoding="utf-8"), README_START, README_END,
                            readme_section(directory, extractor))
    if MODEL_START in text:
        text = _replace_between(text, MODEL_START, MODEL_END, backend_section(directory, extractor))
    path.write_text(text, encoding="utf-8")


def readme_scores(readme: str | Path, split: str) -> dict[str, float]:
    """The F1/accuracy figures of one split's table in the README (field → value)."""
    text = Path(readme).read_text(encoding="utf-8")
    section = text[text.index(README_START):text.index(README_END)]
    block = section[section.index(f"**{split}**"):]
    figures = {}
    for line in block.splitlines()[3:]:
        if line.startswith("**"):
            break
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) == 5 and cells[0] in FIELDS:
            figures[cells[0]] = float(cells[3])
    return figures


def cmd_evaluate(args: argparse.Namespace) -> int:
    """Print the score table (or one JSON line), and per-article differences with -v."""
    try:
        extractor = Extractor(rules_dir=args.rules_dir, backend=args.backend, model_path=args.model_path,
                              stanza_dir=args.stanza_dir)
    except BackendError as exc:
        print(f"meeting-extractor: {exc}", file=sys.stderr)
        return 2
    if args.update_readme:
        update_readme(args.update_readme, args.directory, extractor)
        print(f"scores written to {args.update_readme}")
        return 0
    scores = evaluate(args.directory, args.split, extractor)
    if args.json:
        print(json.dumps({"split": args.split, "articles": scores.articles, "scores": scores.table()}, ensure_ascii=False))
    else:
        print(format_table(scores))
    if args.verbose:
        for doc_id, diffs in scores.diffs.items():
            print(f"\n{doc_id}", file=sys.stdout)
            for d in diffs:
                print(f"  {d}")
    return 0


def add_parser(sub) -> None:
    """Register the `evaluate` subcommand."""
    p = sub.add_parser("evaluate", help="score the extractor on an annotated corpus directory")
    p.add_argument("directory")
    p.add_argument("--split", choices=("dev", "test"))
    p.add_argument("--json", action="store_true", help="one JSON line")
    p.add_argument("-v", "--verbose", action="store_true", help="per-article differences")
    p.add_argument("--rules-dir")
    p.add_argument("--update-readme", metavar="README", help="rewrite the README's score tables (dev and test)")
    from .cli import add_backend_arguments

    add_backend_arguments(p)
    p.set_defaults(func=cmd_evaluate)
