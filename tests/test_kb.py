"""Knowledge-base probes: each entry found in its usual spelling, without ZWNJ and with Arabic letters."""
import pytest


def _variants(text: str) -> list[str]:
    """The text as written, with its ZWNJs dropped, and with Arabic ي/ك."""
    return [text, text.replace("\u200c", ""), text.replace("ی", "ي").replace("ک", "ك")]


def _labels(run, text):
    doc = run(text)
    return {(s.label_, key) for s in doc.spans["kb"] for key in s.kb_id_.split("|")}


@pytest.mark.parametrize(
    "text, label, key",
    [
        ("جمهوری اسلامی ایران", "COUNTRY", "IR"),
        ("فدراسیون روسیه", "COUNTRY", "RU"),
        ("آمریکا", "COUNTRY", "US"),
        ("امریکا", "COUNTRY", "US"),
        ("ایالات متحده", "COUNTRY", "US"),
        ("کره شمالی", "COUNTRY", "KP"),
        ("کره جنوبی", "COUNTRY", "KR"),
        ("روسی", "DEMONYM", "RU"),
        ("آمریکایی", "DEMONYM", "US"),
        ("سعودی", "DEMONYM", "SA"),
        ("ترکیه‌ای", "DEMONYM", "TR"),
        ("افغان", "DEMONYM", "AF"),
        ("سن‌پترزبورگ", "PLACE", "saint-petersburg"),
        ("شرم‌الشیخ", "PLACE", "sharm-el-sheikh"),
        ("تیانجین", "PLACE", "tianjin"),
        ("مسقط", "PLACE", "muscat"),
        ("ژنو", "PLACE", "geneva"),
        ("سازمان همکاری شانگهای", "ORG", "sco"),
        ("پیمان شانگهای", "ORG", "sco"),
        ("آژانس بین‌المللی انرژی اتمی", "ORG", "iaea"),
        ("سرتیپ دوم", "RANK", "fa.rank.sartip_dovom"),
        ("دریادار", "RANK", "fa.rank.daryadar"),
        ("حجت‌الاسلام", "RANK", None),
        ("سرگئی لاوروف", "OFFICIAL", "ru.sergey-lavrov"),
        ("لاوروف", "SURNAME", "ru.sergey-lavrov"),
        ("محمدباقری", "OFFICIAL", "ir.mohammad-bagheri"),
        ("محمد باقری", "OFFICIAL", "ir.mohammad-bagheri"),
        ("حسین امیرعبداللهیان", "OFFICIAL", "ir.hossein-amir-abdollahian"),
        # names whose words are also common ones: Friday (`جمعه`) and head (`رئیس`)
        ("دلیر جمعه", "OFFICIAL", "tj.daler-juma"),
        ("رئیس یتیم", "OFFICIAL", "my.rais-yatim"),
        ("ادریس دبی", "OFFICIAL", "td.idriss-deby"),  # (`دبی` is also Dubai)
    ],
)
def test_kb_probe(run, text, label, key):
    for variant in _variants(text):
        found = _labels(run, variant)
        if key is None:
            assert any(lab == label for lab, _ in found), (variant, found)
        else:
            assert (label, key) in found, (variant, found)


@pytest.mark.parametrize(
    "text, role",
    [
        ("معاون وزیر امور خارجه در امور سیاسی", "deputy_foreign_minister"),
        ("رئیس ستاد کل نیروهای مسلح", "chief_of_general_staff"),
        ("رئیس ستادکل نیروهای مسلح", "chief_of_general_staff"),
        ("فرمانده نیروی دریایی ارتش", "military_commander"),
        ("دبیر شورای عالی امنیت ملی", "security_council_secretary"),
        ("سفیر و نماینده تام‌الاختیار", "ambassador"),
        ("کاردار", "ambassador"),
        ("امیر قطر", "head_of_state"),
        ("سلطان عمان", "head_of_state"),
        ("رئیس مجلس اعلای اسلامی عراق", "head_of_organization"),  # a party's council, not a parliament
        ("نماینده ویژه", "envoy"),
        ("رئیس مجلس شورای اسلامی", "parliament_speaker"),
        ("رئیس‌جمهور", "head_of_state"),
        ("وزیر دفاع", "defense_minister"),
    ],
)
def test_kb_title_roles(kb, run, text, role):
    for variant in _variants(text):
        doc = run(variant)
        titles = [s for s in doc.spans["structure"] if s.label_ == "TITLE"]
        assert titles and titles[0].start == 0 and titles[0].end == len(doc), (variant, [t.text for t in titles])
        assert kb.titles[titles[0].kb_id_.split("|")[0]].role == role


@pytest.mark.parametrize(
    "role, country, day, name",
    [
        ("foreign_minister", "RU", "2021-10-18", "سرگئی لاوروف"),
        ("defense_minister", "RU", "2021-10-18", "سرگئی شویگو"),
        ("defense_minister", "RU", "2025-01-10", "آندری بلوسوف"),
        ("foreign_minister", "IR", "2022-03-01", "حسین امیرعبداللهیان"),
        ("foreign_minister", "IR", "2019-03-01", "محمدجواد ظریف"),
    ],
)
def test_kb_register_names_the_office_holder_of_a_day(kb, role, country, day, name):
    holder = kb.holder(role, country, day)
    assert holder is not None and holder.name == name


@pytest.mark.parametrize("text", ["به گزارش خبرنگار ما", "در این دیدار گفت"])
def test_kb_no_entries_in_plain_words(run, text):
    assert {lab for lab, _ in _labels(run, text)} <= {"REPORTER", "TOPIC"}


@pytest.mark.parametrize("text, place, found", [
    # after a cue or before a `cues_after` word
    ("اجلاس سران شانگهای امروز به ریاست رئیس‌جمهور قزاقستان در آستانه برگزار شد.", "astana", True),
    ("رئیس‌جمهور قزاقستان در آستانه سفر به چین گفت همکاری ادامه دارد.", "astana", False),
    # opening a dateline
    ("دوشنبه، ۱۴ سپتامبر ۲۰۲۲. روز گذشته وزیر امور خارجه تاجیکستان با سفیر ایران دیدار کرد.", "dushanbe", True),
    ("روز دوشنبه، وزیر امور خارجه تاجیکستان با سفیر ایران دیدار کرد.", "dushanbe", False),
    # a dateline that needs no country named (`dateline_alone`), and one that does
    ("آستانه، 3 ژوئیه (خاور) – وزیر امور خارجه تاجیکستان امروز با وزیر خارجه هند ملاقات کرد.", "astana", True),
    ("دوشنبه، ۱۴ مهر. وزیر امور خارجه ایران با سفیر هند دیدار کرد.", "dushanbe", False),
])
def test_kb_ambiguous_city_read_only_in_its_contexts(run, text, place, found):
    doc = run(text)
    assert any(s.label_ == "PLACE" and s.kb_id_ == place for s in doc.spans["structure"]) == found


def test_kb_common_era_is_a_day_most_officials_held_office(kb):
    from extractor.kb import common_era
    officials = [kb.officials[i] for i in ("ir.mohammad-javad-zarif", "uz.abdulaziz-kamilov")]
    era = common_era(officials)
    assert era is not None and kb.officials["ir.mohammad-javad-zarif"].office_on(era).role == "foreign_minister"
    assert common_era(officials[:1]) is None


@pytest.mark.parametrize("day, name", [("2013-05-22", "میر هزار خان کهوسو"), ("2008-01-10", "محمد میان سومرو")])
def test_kb_pakistans_caretaker_prime_ministers(kb, day, name):
    holder = kb.holder("head_of_government", "PK", day)
    assert holder is not None and holder.name == name
