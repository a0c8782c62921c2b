"""Orthography cases of the normaliser, each with what it fixes, and the offset map."""
import pytest

from extractor.normalize import NormalizedText


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("علي", "علی"),  # Arabic yeh (ي) → Persian yeh (ی)
        ("کھوسو", "کهوسو"),  # Urdu heh doachashmee (ھ) → heh (ه)
        ("كشور", "کشور"),  # Arabic kaf (ك) → Persian keheh (ک)
        ("مصطفى", "مصطفی"),  # alef maksura (ى) → Persian yeh
        ("می‌کند", "می کند"),  # ZWNJ → space, so it agrees with the spaced form
        ("می کند", "می کند"),  # the spaced form is left alone
        ("۱۴۰۰/۰۷/۲۷", "1400/07/27"),  # Persian digits → ASCII
        ("١٤٠٠", "1400"),  # Arabic-Indic digits → ASCII
        ("رأس", "راس"),  # alef with hamza above → plain alef
        ("رؤسای", "روسای"),  # waw with hamza → waw
        ("شناسهٔ", "شناسه"),  # hamza above on heh (ezafe) is dropped
        ("مـــسکو", "مسکو"),  # tatweel (kashida) is dropped
        ("مُحَمَّد", "محمد"),  # diacritics are dropped
        ("رییس", "رئیس"),  # two spellings of رئیس
        ("هیات", "هیئت"),  # two spellings of هیئت
        ("گفت و گو", "گفتگو"),  # گفت‌وگو written with spaces
        ("گفت‌وگو", "گفتگو"),  # گفت‌وگو with its ZWNJ
        ("گفتوگو", "گفتگو"),  # گفت‌وگو with its ZWNJ dropped
        ("تلیفونی صحبت کرد", "تلفنی صحبت کرد"),  # Dari تلیفونی (by telephone), ی after ت
        ("هیئتهایی از ترکیه", "هیئت هایی از ترکیه"),  # plural delegations with the ZWNJ before هایی dropped
        ("ریاست نشست را برعهده داشت", "ریاست نشست را بر عهده داشت"),  # `بر عهده` (chaired) with its space dropped
        ("سفیر را بحضور پذیرفت", "سفیر را به حضور پذیرفت"),  # `به حضور پذیرفت` (received), به joined to its noun
        ("ستادکل", "ستاد کل"),  # a fused compound of a title, split by the compound lexicon
        ("بینالمللی", "بین المللی"),  # dropped ZWNJ in بین‌المللی
        ("جمهوریاسلامی", "جمهوری اسلامی"),  # dropped space inside a country's long name
        ('در دیدار "سرژ سرکیسیان" گفت', "در دیدار «سرژ سرکیسیان» گفت"),  # straight quotes paired → guillemets
        ('قطعنامه 1747 "ناعادلانه" است"', "قطعنامه 1747 «ناعادلانه» است\""),  # an unpaired quote stays
        ('گفت: "بله\nنه"', 'گفت: "بله\nنه"'),  # quotes do not pair across a line
        ("“سرژ سرکیسیان”", "«سرژ سرکیسیان»"),  # curly double quotes → guillemets
        ("", ""),  # the empty string stays empty
    ],
)
def test_normalize_orthography(kb, raw, expected):
    assert kb.normalizer.normalize(raw).text == expected


@pytest.mark.parametrize(
    "raw",
    [
        "سردار سرلشکر محمدباقری رئیس ستادکل نیروهای مسلح",
        "وزیر امور خارجه كشورمان با همتاي روسی خود گفت‌وگو كرد",
        "در تاریخ ۲۷ مهر ۱۴۰۰\u200f و \u200bبا\u0640\u0640 حضور",
        "گفت و گو\u00a0و مُحَمَّد",
    ],
)
def test_normalize_offsets_point_into_original(kb, raw):
    norm = kb.normalizer.normalize(raw)
    assert len(norm.starts) == len(norm.text) == len(norm.ends)
    for start, end in ((0, len(norm.text)), (2, 9), (len(norm.text) // 2, len(norm.text))):
        o_start, o_end = norm.to_original(start, end)
        assert 0 <= o_start <= o_end <= len(raw)
    words = norm.text.split()
    position = 0
    for word in words:
        i = norm.text.index(word, position)
        o_start, o_end = norm.to_original(i, i + len(word))
        assert kb.normalizer.normalize(raw[o_start:o_end]).text.replace(" ", "") == word.replace(" ", "")
        position = i + len(word)


@pytest.mark.parametrize("start, end", [(0, 0), (3, 3)])
def test_normalize_empty_span_maps_to_a_point(start, end):
    norm = NormalizedText("abcd", "abcd", [0, 1, 2, 3], [1, 2, 3, 4])
    assert norm.to_original(start, end) == (start, start)


def test_normalize_paired_quotes_keep_their_offsets(kb):
    raw = 'در دیدار "سرژ سرکیسیان" وزیر دفاع'
    norm = kb.normalizer.normalize(raw)
    opening, closing = norm.text.index("«"), norm.text.index("»")
    assert norm.to_original(opening, closing + 1) == (raw.index('"'), raw.rindex('"') + 1)
