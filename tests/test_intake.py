"""Text intake: markup blanked without moving offsets, decoding, language guess."""
import pytest

from extractor.errors import InputError
from extractor.intake import decode, detect_language, intake, strip_markup


@pytest.mark.parametrize(
    "raw, visible",
    [
        ('<div id="x"><script type="text/JavaScript" src="a.js"></script></div>متن', "متن"),
        ("<p>سلام</p><p>خبر</p>", "سلام خبر"),
        ("a &amp; b", "a & b"),
        ("<style>p {color: red}</style>دیدار", "دیدار"),
        ("بدون نشانه‌گذاری", "بدون نشانه‌گذاری"),
    ],
)
def test_intake_markup_is_blanked_and_length_kept(raw, visible):
    cleaned, _ = strip_markup(raw)
    assert len(cleaned) == len(raw)
    assert " ".join(cleaned.split()) == visible


@pytest.mark.parametrize(
    "text, language",
    [
        ("وزیر امور خارجه کشورمان با همتای روسی خود دیدار کرد", "fa"),
        ("التقى وزير الخارجية السعودي نظيره الإيراني في الرياض اليوم", "ar"),
        ("The foreign ministers of Iran and Russia met in Moscow today.", "en"),
        ("Министр иностранных дел России встретился с коллегой", "ru"),
        ("", "und"),
    ],
)
def test_intake_detects_language(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("data, code", [(b"\x00\x01\x02binary", "E002"), (b"\xff\xfe\x00\x00", "E002")])
def test_intake_rejects_binary(data, code):
    with pytest.raises(InputError, match=code):
        decode(data, "x.bin")


# Windows-1256 has no Persian yeh: old files carry the Arabic ي, which normalisation fixes later.
@pytest.mark.parametrize("data", ["ديدار وزيران گفتگو".encode("cp1256")])
def test_intake_reads_windows_1256_with_a_warning(data):
    text, warnings = decode(data, "old.txt")
    assert text == "ديدار وزيران گفتگو"
    assert warnings and warnings[0].startswith("W005")


@pytest.mark.parametrize("data", ["دیدار".encode("utf-8"), "\ufeffدیدار".encode("utf-8")])
def test_intake_reads_utf8_with_or_without_bom(data):
    assert decode(data, "a.txt")[0] == "دیدار"


@pytest.mark.parametrize("text", ["Hello world, nothing Persian here at all."])
def test_intake_warns_on_other_languages(text):
    result = intake(text)
    assert result.language == "en"
    assert any(w.startswith("W003") for w in result.warnings)


def test_strip_markup_changes_only_the_regions_it_touches():
    """`strip_markup` edits the regions of its changes; the result is what editing every character gives."""
    import random

    from extractor.intake import _blanked, _parsed

    rng = random.Random(5)
    pieces = ["<p>", "</p>", "<div class='share'>", "</div>", "<br/>", "<script>x<y</script>", "&nbsp;", "&amp;",
              "&#1608;", "&raquo", "&bogus;", "<!-- c -->", "<nav>", "</nav>", "\n", " ", "وزیر", "a < b", "&", "<",
              "<style>p{}</style>", "<header>", "</header>", "<li>", "<img src=x>", "متن"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        want = _blanked(text, _parsed(text)) if "<" in text or "&" in text else text
        assert strip_markup(text) == (want, want != text), text


def test_script_counts_same_as_the_regexes():
    """`_script_counts` counts over UTF-16 code units what the regexes count."""
    from conftest import SAMPLES

    from extractor.intake import _ARABIC_SCRIPT_RUNS, _CYRILLIC, _LATIN, _count, _script_counts
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("**/*.txt"))]
    texts += ["", "abc", "\U0001F600 سلام \ud800 \udfff ﻻ ﷲ", "\u05ff\u0600\u06ff\u0700 \ufb4f\ufb50\ufdff\ufe00",
              "\ufe6f\ufe70\ufeff\uff00", "Привет мир Ѐӿ\u03ff\u0500", "@AZ[`az{ \uff21", "\U00010600\U0001fe70"]
    for text in texts:
        assert _script_counts(text) == (_count(_ARABIC_SCRIPT_RUNS, text), _count(_LATIN, text), _count(_CYRILLIC, text))
