"""Command-line interface: `extract` files or stdin, `batch` a directory, `evaluate` on the corpus."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .api import DEFAULT_MAX_CHARS, Extractor, check_country, parse_published
from .backends import BACKENDS
from .batch import Task, cpu_count, read_task, run_batch
from .errors import BackendError, Errors, ExtractorError
from .intake import decode

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def read_article(path: str, max_chars: int = DEFAULT_MAX_CHARS) -> tuple[str, list[str]]:
    """Read one article file (or stdin for `-`) as text; raise InputError with a coded message."""
    if path == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>")
    text, _options, warnings = read_task(Task(doc_id_for(path), path), max_chars)
    return text, warnings


def doc_id_for(path: str) -> str:
    """The document id of a file: its name without the last extension (`a.fa.txt` → `a.fa`)."""
    return "stdin" if path == "-" else Path(path).stem


def _dump(document: dict, pretty: bool) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2 if pretty else None)


def explain(document: dict) -> str:
    """A readable account of each event and the rules behind each field."""
    lines = [f"{document['doc_id']}: {len(document['events'])} event(s), language {document['language']}"]
    for i, event in enumerate(document["events"], 1):
        trigger = event["trigger"]
        lines.append(f"  event {i}: {event['type']} (confidence {event['confidence']}) "
                     f"trigger «{trigger['text']}» @{trigger['start']} rule {event['trace'].get('trigger')}")
        for p in event["participants"]:
            role = (p.get("role") or {}).get("code")
            lines.append(f"    participant {p['name'] or '(title only)'} | rank {p['rank']} | role {role} | "
                         f"country {p['country']} | rules {p.get('trace', {})}")
        loc = event.get("location")
        if loc:
            lines.append(f"    location {loc['name']} ({loc['country']}) rule {loc.get('rule')} "
                         f"evidence «{loc['evidence']['text']}»")
        date = event["date"]
        lines.append(f"    date {date['value']} text «{date['text']}» reason {date.get('reason')}")
        for topic in event["topics"]:
            lines.append(f"    topic {topic['code']} «{topic['evidence'][0]['text']}» rule {topic.get('rule')}")
    for other in document.get("other_contacts", []):
        lines.append(f"  other contact: {other['status']} {other['type']} «{other['trigger']['text']}»")
    for warning in document["warnings"]:
        lines.append(f"  warning: {warning}")
    return "\n".join(lines)


def cmd_extract(args: argparse.Namespace) -> int:
    """Extract each file; one JSON document (or one line per file when several)."""
    try:
        published = parse_published(args.published)
        country = check_country(args.source_country)
    except ValueError as exc:
        print(f"meeting-extractor: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        extractor = Extractor(rules_dir=args.rules_dir, max_chars=args.max_chars, **backend_options(args))
    except BackendError as exc:
        print(f"meeting-extractor: {exc}", file=sys.stderr)
        return EXIT_USAGE
    status = EXIT_OK
    several = len(args.files) > 1
    for path in args.files:
        try:
            text, warnings = read_article(path, args.max_chars)
            document = extractor.extract(text, published=published, source_country=country, doc_id=doc_id_for(path))
            document.warnings[:0] = warnings
        except ExtractorError as exc:
            print(f"meeting-extractor: {exc}", file=sys.stderr)
            status = EXIT_USAGE
            continue
        out = document.to_dict()
        if args.explain:
            print(explain(out))
        else:
            print(_dump(out, args.pretty and not several))
    return status


def cmd_batch(args: argparse.Namespace) -> int:
    """Extract every matching file of a directory into one JSON Lines file; never stop on a bad file."""
    if not Path(args.directory).is_dir():
        print(f"meeting-extractor: {Errors.E001.format(path=args.directory)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        published = parse_published(args.published)
        country = check_country(args.source_country)
    except ValueError as exc:
        print(f"meeting-extractor: {exc}", file=sys.stderr)
        return EXIT_USAGE
    workers = args.workers if args.workers > 0 else cpu_count()
    try:
        summary = run_batch(args.directory, args.output, workers=workers, pattern=args.glob, resume=args.resume,
                            rules_dir=args.rules_dir, max_chars=args.max_chars,
                            published=published.isoformat() if published else None, source_country=country,
                            progress=not args.quiet, backend=backend_options(args))
    except KeyboardInterrupt:
        print("\nmeeting-extractor: interrupted; the output holds whole records only: rerun with --resume",
              file=sys.stderr)
        return 130
    print(summary.line(), file=sys.stderr)
    return EXIT_FAILED if summary.errors else EXIT_OK


def add_backend_arguments(p: argparse.ArgumentParser) -> None:
    """--backend and the model locations it may need."""
    p.add_argument("--backend", default="rules", choices=sorted(BACKENDS),
                   help="rules (default), spacy-ner (rules + the packaged NER) or stanza (rules + stanza's Persian models)")
    p.add_argument("--model-path", help="spacy-ner: another trained model directory")
    p.add_argument("--stanza-dir", help="stanza: the resources directory holding fa/ models (offline)")


def backend_options(args: argparse.Namespace) -> dict:
    """The Extractor keyword arguments for the chosen backend."""
    return {"backend": args.backend, "model_path": args.model_path, "stanza_dir": args.stanza_dir}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `meeting-extractor`."""
    parser = argparse.ArgumentParser(prog="meeting-extractor", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--published", help="publication date YYYY-MM-DD (overrides the article's own)")
        p.add_argument("--source-country", help="ISO code of the outlet's country (resolves کشورمان)")
        p.add_argument("--rules-dir", help="use another rules directory")
        p.add_argument("--max-chars", type=int, default=DEFAULT_MAX_CHARS, help="reject longer articles")
        add_backend_arguments(p)

    p_extract = sub.add_parser("extract", help="extract events from article files ('-' for stdin)")
    p_extract.add_argument("files", nargs="+")
    p_extract.add_argument("--pretty", action="store_true", help="indent the JSON")
    p_extract.add_argument("--explain", action="store_true", help="print each field with the rule behind it")
    common(p_extract)
    p_extract.set_defaults(func=cmd_extract)

    p_batch = sub.add_parser("batch", help="extract every article of a directory into JSON Lines")
    p_batch.add_argument("directory")
    p_batch.add_argument("-o", "--output", required=True)
    p_batch.add_argument("--workers", type=int, default=1, help="worker processes, each loading the pipeline once "
                         "(0: one per core)")
    p_batch.add_argument("--glob", default="*.txt", help="which files: '*.txt', '*.html', '*.jsonl' (records with "
                         "text and optional id, published, url, source_country)")
    p_batch.add_argument("--resume", action="store_true", help="skip doc_ids already in the output and append")
    p_batch.add_argument("--quiet", action="store_true", help="no progress bar")
    common(p_batch)
    p_batch.set_defaults(func=cmd_batch)

    from .doctor import add_parser as add_doctor
    from .evaluate import add_parser as add_evaluate

    add_evaluate(sub)
    add_doctor(sub)
    p_train = sub.add_parser("train-ner", help="rebuild the packaged spaCy NER from the repository's data")
    p_train.add_argument("--samples", default="samples/fa", help="annotated corpus (its dev split is used)")
    p_train.add_argument("--sentences", default="training/fa/ner", help="hand-written training sentences")
    p_train.add_argument("--out", default=str(Path(__file__).resolve().parent / "models" / "fa_ner"))
    p_train.add_argument("--epochs", type=int, default=30)
    p_train.add_argument("--seed", type=int, default=0)
    p_train.set_defaults(func=cmd_train_ner)
    return parser


def cmd_train_ner(args: argparse.Namespace) -> int:
    """Train the spaCy NER and write it to --out."""
    from .training.spacy_ner import train

    for path in (args.samples, args.sentences):
        if not Path(path).is_dir():
            print(f"meeting-extractor: {Errors.E001.format(path=path)} (run from a source checkout)", file=sys.stderr)
            return EXIT_USAGE
    train(args.samples, args.sentences, args.out, epochs=args.epochs, seed=args.seed,
          log=lambda line: print(line, file=sys.stderr))
    print(f"model written to {args.out}", file=sys.stderr)
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code not in (0, None) else EXIT_OK
    return args.func(args)
