"""`Normalizer.normalize` finds the words to change without visiting every word: it must give exactly
what the plain scan over every word gives (text and both offset maps)."""
import random

from conftest import SAMPLES

from extractor.normalize import PAIRED_QUOTES, NormalizedText


def reference(normalizer, text: str) -> NormalizedText:
    """The plain algorithm: every scan match through `_replacement`, offsets mapped char by char."""
    translated = PAIRED_QUOTES.sub(r"«\1»", text.translate(normalizer._table))
    if normalizer._delete_re is not None and normalizer._delete_re.search(translated):
        kept = [i for i, ch in enumerate(translated) if ch not in normalizer._delete]
        stage1 = "".join(translated[i] for i in kept)
        starts1 = kept
    else:
        stage1, starts1 = translated, None
    out, span_starts, span_ends, last = [], [], [], 0
    for match in normalizer._scan.finditer(stage1):
        word = match.group(0)
        replacement = normalizer._replacement(word)
        if replacement is None:
            continue
        a, b = match.span()
        if a > last:
            out.append(stage1[last:a])
            span_starts.extend(range(last, a))
            span_ends.extend(range(last + 1, a + 1))
        normalizer._emit(word, replacement, a, b, out, span_starts, span_ends)
        last = b
    if last < len(stage1):
        out.append(stage1[last:])
        span_starts.extend(range(last, len(stage1)))
        span_ends.extend(range(last + 1, len(stage1) + 1))
    if starts1 is not None:
        def back(i):
            return starts1[i] if i < len(starts1) else len(text)

        starts = [back(s) for s in span_starts]
        ends = [back(e - 1) + 1 if e > s else back(s) for s, e in zip(span_starts, span_ends)]
    else:
        starts, ends = span_starts, span_ends
    return NormalizedText("".join(out), text, starts, ends)


def _texts(normalizer):
    samples = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("**/*.txt"))]
    yield from samples
    rng = random.Random(11)
    touch = sorted(normalizer._touch)
    phrases = [src for src, _ in normalizer.rules.phrase_rewrites]
    rewrites = [src for src, _ in normalizer.rules.word_rewrites]
    glue = [" ", "  ", "\n", "\t", "،", ".", "_", "-", "(", ")", "\u200c", "\u064b", "\u0640", "1", "۲", "a", ""]
    pieces = [w for text in samples[:20] for w in text.split()]
    for _ in range(300):
        parts = []
        for _ in range(rng.randint(1, 40)):
            pool = rng.choice((touch, phrases, rewrites, pieces))
            parts.append(rng.choice(pool) if pool else "x")
            parts.append(rng.choice(glue))
        yield "".join(parts)


def test_normalize_equals_the_plain_scan(kb):
    normalizer = kb.normalizer
    for text in _texts(normalizer):
        got, want = normalizer.normalize(text), reference(normalizer, text)
        assert (got.text, got.starts, got.ends) == (want.text, want.starts, want.ends), text[:80]
        size = len(got.text)  # `to_original` reads the segments `normalize` builds, not the lists
        spans = [(a, b) for a in range(0, size + 1, 13) for b in (a - 1, a, a + 1, a + 9) if 0 <= b <= size]
        assert [got.to_original(a, b) for a, b in spans] == [want.to_original(a, b) for a, b in spans], text[:80]
