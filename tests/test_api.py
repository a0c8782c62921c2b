"""The Python API end to end: the seed article, bad input, offsets, messy orthography."""
import datetime as dt

import pytest
from conftest import SAMPLES, assert_offsets

from extractor import Extractor, extract

SEED = (SAMPLES / "iran-russia-chiefs-of-staff.fa.txt").read_text(encoding="utf-8")
SEED_TOPICS = {"bilateral_relations", "military_cooperation", "regional_issues", "counter_terrorism", "afghanistan",
               "syria", "arms_trade", "sco", "naval_cooperation"}


@pytest.fixture(scope="module")
def seed(extract):
    return extract(SEED, doc_id="seed")


def _by_surname(participants, surname):
    return next(p for p in participants if p["name"] and p["name"].endswith(surname))


def _names(event):
    return {p["name"] for p in event["participants"]}


def _unnamed(event):
    """(role, country) of the event's participants known only by title."""
    return {(p["role"]["code"], p["country"]) for p in event["participants"] if p["name"] is None}


def _sample(number: int) -> str:
    """The text of the corpus article fa-<number>."""
    return next((SAMPLES / "fa").glob(f"fa-{number}-*.txt")).read_text(encoding="utf-8")


def test_api_seed_participants(seed):
    event = seed["events"][0]
    assert seed["is_meeting"] and len(seed["events"]) == 1
    assert len(event["participants"]) == 2
    bagheri = _by_surname(event["participants"], "باقری")
    assert (bagheri["name"], bagheri["name_en"], bagheri["rank"], bagheri["role"]["code"], bagheri["country"]) == \
        ("محمد باقری", "Mohammad Bagheri", "سرلشکر", "chief_of_general_staff", "IR")
    gerasimov = _by_surname(event["participants"], "گراسیموف")
    assert (gerasimov["name"], gerasimov["name_en"], gerasimov["role"]["code"], gerasimov["country"]) == \
        ("والری گراسیموف", "Valery Gerasimov", "chief_of_general_staff", "RU")


def test_api_seed_mentioned_not_participants(seed):
    mentioned = {p["name"] for p in seed["mentioned_people"]}
    assert "ولادیمیر پوتین" in mentioned
    assert "سیدعلی دارابی" in mentioned
    participants = {p["name"] for p in seed["events"][0]["participants"]}
    assert not mentioned & participants


def test_api_seed_type_location_source(seed):
    event = seed["events"][0]
    assert event["type"] == "meeting"
    location = event["location"]
    assert (location["name"], location["name_en"], location["country"]) == ("مسکو", "Moscow", "RU")
    assert location["lat"] == pytest.approx(55.75, abs=0.1) and location["lon"] == pytest.approx(37.62, abs=0.1)
    assert seed["source"]["outlet"] == "صدا و سیما"
    assert (seed["source"]["outlet_en"], seed["source"]["country"]) == ("IRIB", "IR")


@pytest.mark.parametrize("published, value, jalali", [(None, None, None), ("2021-10-18", "2021-10-18", "1400-07-26")])
def test_api_seed_date(extract, published, value, jalali):
    document = extract(SEED, published=published)
    date = document["events"][0]["date"]
    assert (date["text"], date["value"], date["relative"], date["jalali"]) == ("عصر امروز", value, "today", jalali)
    assert any(w.startswith("W002") for w in document["warnings"]) == (published is None)


def test_api_seed_topics(seed):
    codes = {t["code"] for t in seed["events"][0]["topics"]}
    assert SEED_TOPICS <= codes <= SEED_TOPICS | {"iraq"}
    for topic in seed["events"][0]["topics"]:
        assert topic["evidence"]


def test_api_seed_offsets_point_at_original_text(seed):
    assert_offsets(seed, SEED)


def _arabic_letters_no_zwnj(text: str) -> str:
    return text.replace("ی", "ي").replace("ک", "ك").replace("\u200c", "")


@pytest.mark.parametrize("transform", [_arabic_letters_no_zwnj, lambda t: t.replace("\n\n", "\r\n\r\n")])
def test_api_messy_orthography_gives_the_same_event(extract, seed, transform):
    messy = transform(SEED)
    document = extract(messy)
    assert_offsets(document, messy)
    got = sorted((p["role"]["code"], p["country"]) for p in document["events"][0]["participants"])
    want = sorted((p["role"]["code"], p["country"]) for p in seed["events"][0]["participants"])
    assert got == want
    assert document["events"][0]["location"]["name_en"] == "Moscow"


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_api_empty_text_is_not_a_meeting(extract, text):
    document = extract(text)
    assert document["is_meeting"] is False and document["events"] == []
    assert any(w.startswith("W001") for w in document["warnings"])


@pytest.mark.parametrize("text, language", [("Iran's foreign minister met his Russian counterpart in Moscow.", "en"),
                                            ("التقى وزير الخارجية الإيراني نظيره الروسي في موسكو", "ar")])
def test_api_other_language_warns_without_crashing(extract, text, language):
    document = extract(text)
    assert document["language"] == language
    assert any(w.startswith("W003") for w in document["warnings"])


@pytest.mark.parametrize("bad", [b"bytes", None, 42])
def test_api_rejects_non_text(bad):
    with pytest.raises(TypeError, match="E007"):
        extract(bad)


@pytest.mark.parametrize("published", ["18-10-2021", "yesterday"])
def test_api_rejects_bad_dates(published):
    with pytest.raises(ValueError, match="E005"):
        extract("متن", published=published)


def test_api_extractor_is_reusable(extractor):
    first = extractor.extract(SEED, published=dt.date(2021, 10, 18)).to_dict()
    second = extractor.extract(SEED, published="2021-10-18").to_dict()
    assert first == second


def test_api_markup_removed_with_a_warning(extract):
    html = "<html><body><p>وزیر امور خارجه کشورمان</p><script>var x = 1;</script></body></html>"
    document = extract(html)
    assert any(w.startswith("W006") for w in document["warnings"])
    assert_offsets(document, html)


@pytest.mark.parametrize("path", sorted(SAMPLES.rglob("*.txt")), ids=lambda p: p.name)
def test_api_offsets_hold_on_every_sample(extractor, path):
    text = path.read_text(encoding="utf-8")
    assert_offsets(extractor.extract(text).to_dict(), text)


def test_api_too_long_text_is_rejected():
    from extractor.errors import InputError

    with pytest.raises(InputError, match="E004"):
        Extractor(max_chars=100).extract("الف " * 100)


def test_api_publication_date_signed_off_under_the_text(extract):
    text = ("دیوید کامرون روز چهارشنبه با حسین امیرعبداللهیان تلفنی گفت‌وگو کرد.\n\nیک دیپلمات پیشین گفت این تماس "
            "مهم بود.\n\n" + "او افزود که لندن خواهان کاهش تنش در منطقه است.\n\n" * 5
            + "۲۰ دی ۱۴۰۲\nایندیپندنت فارسی\n")
    document = extract(text)
    assert (document["source"]["published"], document["source"]["published_from"]) == ("2024-01-10", "footer")
    assert document["source"]["country"] == "GB"
    assert document["events"][0]["date"]["value"] == "2024-01-10"


@pytest.mark.parametrize(
    "header, published",
    [
        ("۲۷ مهر ۱۴۰۰ - ۱۵:۰۷", "2021-10-19"),
        ("سه‌شنبه ۲۷ مهرماه ۱۴۰۰", "2021-10-19"),
        ("۱۴۰۰/۰۷/۲۷", "2021-10-19"),
        ("2021-10-19", "2021-10-19"),
        ("۱۹ اکتبر ۲۰۲۱", "2021-10-19"),
        ("۲۷ میزان ۱۴۰۰", "2021-10-19"),
    ],
)
def test_api_publication_date_from_the_header(extract, header, published):
    text = f"{header}\nایرنا\n\nبه گزارش ایرنا، عباس عراقچی وزیر امور خارجه کشورمان روز گذشته با سرگئی لاوروف دیدار کرد."
    document = extract(text)
    assert (document["source"]["published"], document["source"]["published_from"]) == (published, "header")
    day_before = (dt.date.fromisoformat(published) - dt.timedelta(days=1)).isoformat()
    assert document["events"][0]["date"]["value"] == day_before
    overridden = extract(text, published="2022-01-10")
    assert overridden["source"]["published_from"] == "argument"
    assert overridden["events"][0]["date"]["value"] == "2022-01-09"


def test_api_meeting_of_without_ba_takes_the_person_after_it(extract):
    text = ("به گزارش ایرنا، حسن روحانی رئیس‌جمهور امروز در دیدار ژنرال قمر جاوید باجوا فرمانده ارتش پاکستان گفت: "
            "«دو کشور همسایه‌اند.»")
    events = extract(text, published="2017-11-06")["events"]
    assert len(events) == 1
    assert {p["country"] for p in events[0]["participants"]} == {"IR", "PK"}


@pytest.mark.parametrize("follow_up", [
    "این دیدار با حضور کاظم جلالی سفیر کشورمان در مسکو برگزار شد.",
    "در این نشست که با حضور کاظم جلالی سفیر کشورمان در مسکو برگزار شد، دو طرف درباره سوریه گفتند.",
    "در این دیدار که کاظم جلالی سفیر کشورمان در مسکو نیز حاضر بود، دو طرف درباره سوریه گفتند.",
])
def test_api_people_present_at_this_meeting_join_it(extract, follow_up):
    text = "سرلشکر محمد باقری روز دوشنبه با ژنرال والری گراسیموف در مسکو دیدار کرد. " + follow_up
    events = extract(text, published="2021-10-18")["events"]
    assert len(events) == 1
    assert "کاظم جلالی" in {p["name"] for p in events[0]["participants"]}


def test_api_mediated_round_of_talks_is_a_negotiation_not_multilateral(extract):
    text = ("پایان نخستین دور مذاکرات ایران و آمریکا در مسقط\n\n"
            "به گزارش ایرنا، نخستین دور گفت‌وگوهای غیرمستقیم ایران و آمریکا امروز با میانجی‌گری بدر البوسعیدی "
            "وزیر خارجه عمان در مسقط برگزار شد. در پایان نشست، عباس عراقچی و استیو ویتکاف در حضور وزیر خارجه عمان "
            "با یکدیگر گفت‌وگو کردند.")
    event = extract(text, published="2025-04-12")["events"][0]
    assert event["type"] == "negotiation"
    assert event["codes"]["cameo"] == "046"


def test_api_weak_noun_with_a_guessed_side_is_not_a_meeting(extract):
    text = ("به گزارش ایرنا، سید عباس موسوی سخنگوی وزارت امور خارجه امروز اظهارات مایک پمپئو را بی‌معنا خواند. "
            "سخنگوی وزارت امور خارجه همچنین گفت رایزنی‌ها با پاریس ادامه دارد.")
    document = extract(text, published="2019-09-16")
    assert document["is_meeting"] is False and document["events"] == []


def test_api_name_followed_by_counterpart_phrase_is_one_participant(extract):
    # (a Serbian minister the register does not hold: Vulin, the first probe, is registered now)
    text = ("به گزارش ایسنا، امیر حاتمی وزیر دفاع و پشتیبانی نیروهای مسلح امروز در مسکو با نبویشا استفانوویچ "
            "همتای صرب خود دیدار کرد.")
    participants = extract(text, published="2021-04-05")["events"][0]["participants"]
    serb = next(p for p in participants if p["name"] == "نبویشا استفانوویچ")
    assert len(participants) == 2
    assert (serb["role"]["code"], serb["country"]) == ("defense_minister", "RS")
    assert text[serb["role"]["start"]:serb["role"]["end"]] == serb["role"]["text"]


def test_api_a_registered_un_high_commissioner_acts_for_the_un_not_his_country(extract):
    text = "فیلیپو گراندی کمیسر عالی سازمان ملل متحد در امور پناهندگان امروز با امیرخان متقی دیدار کرد."
    participants = extract(text, published="2022-05-01")["events"][0]["participants"]
    grandi = next(p for p in participants if p["name"] == "فیلیپو گراندی")
    assert (grandi["role"]["code"], grandi["country"]) == ("head_of_organization", None)
    assert grandi["organization"] is not None


@pytest.mark.parametrize("text, events", [
    ("به گزارش ایرنا، رئیسی در اسفند سال گذشته برای شرکت در اجلاس گاز به الجزایر سفر کرده بود.", 0),
    ("به گزارش ایرنا، عراقچی ماه گذشته با لاوروف در مسکو دیدار کرد.", 0),
    ("به گزارش ایرنا، عراقچی امروز با لاوروف در مسکو دیدار کرد و روابط ۱۰ سال گذشته را مرور کرد.", 1),
])
def test_api_last_month_or_year_is_background_not_an_event(extract, text, events):
    document = extract(text, published="2024-10-10")
    assert len(document["events"]) == events
    assert document.get("other_contacts", []) == []


def test_api_plural_title_is_no_participant_and_delegation_leader_is(extract):
    text = ("به گزارش پژواک، نشست فرمت مسکو امروز با اشتراک نمایندگان خاص کشورهای منطقه در مسکو دایر شد. "
            "در این نشست ضمیر کابلوف نماینده خاص رئیس جمهور روسیه و حسن کاظمی قمی نماینده خاص رئیس جمهور ایران "
            "اشتراک داشتند و هیئت افغانستان را امیرخان متقی وزیر خارجه رهبری می‌کرد.")
    event = extract(text, published="2024-10-04")["events"][0]
    names = [p["name"] for p in event["participants"]]
    assert None not in names and "امیرخان متقی" in names and len(names) == 3
    assert event["type"] == "multilateral_meeting"


def test_api_meeting_soon_after_arrival_takes_the_arrival_date(extract):
    text = ("به گزارش ایرنا، سرگئی لاوروف که شامگاه چهارشنبه وارد تهران شد، ساعتی پس از ورود با ابراهیم رئیسی "
            "رئیس‌جمهور دیدار کرد.")
    event = extract(text, published="2022-06-23")["events"][0]
    assert event["date"]["value"] == "2022-06-22" and event["date"]["text"] == "شامگاه چهارشنبه"


def test_api_counterpart_of_one_office_is_not_a_minister_of_another(extract):
    text = ("به گزارش ایرنا، دریابان عبدالله بن خمیس الرئیسی رئیس ستاد نیروهای مسلح عمان که به دعوت سرلشکر محمد باقری "
            "وارد تهران شده بود، صبح امروز با همتای ایرانی خود دیدار کرد. "
            "رئیس ستاد نیروهای مسلح عمان عصر امروز نیز با امیر سرتیپ عزیز نصیرزاده وزیر دفاع دیدار کرد.")
    events = extract(text, published="2025-02-11")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["عبدالله بن خمیس الرئیسی", "محمد باقری"], ["عبدالله بن خمیس الرئیسی", "عزیز نصیرزاده"]]


def test_api_bilateral_meetings_on_the_sidelines_of_a_summit_are_their_own_events(extract):
    text = ("به گزارش فارس، نشست سه‌جانبه سران ایران، روسیه و ترکیه امروز به میزبانی حسن روحانی و با حضور "
            "ولادیمیر پوتین و رجب طیب اردوغان در تهران برگزار شد. "
            "روحانی صبح امروز پیش از آغاز نشست در دیداری جداگانه با اردوغان گفت‌وگو کرد. "
            "روحانی سپس با پوتین دیدار کرد.")
    events = extract(text, published="2018-09-07")["events"]
    assert [len(e["participants"]) for e in events] == [3, 2, 2]
    assert events[0]["type"] == "multilateral_meeting"


def test_api_summit_held_with_few_names_is_multilateral_and_keeps_sideline_meetings_apart(extract):
    text = ("به گزارش تسنیم، اجلاس سران سازمان همکاری اقتصادی امروز به میزبانی شوکت میرضیایف رئیس جمهور ازبکستان و "
            "با حضور رئیس جمهور کشورمان در تاشکند برگزار شد. "
            "رئیس جمهور کشورمان عصر امروز نیز با میرضیایف دیدار کرد.")
    events = extract(text, published="2023-11-09")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting", "meeting"]


@pytest.mark.parametrize("text, expected", [
    ("به گزارش ایرنا، مذاکرات سران دو کشور با حضور مسعود پزشکیان رئیس جمهور ایران و امامعلی رحمان رئیس جمهور "
     "تاجیکستان امروز در دوشنبه برگزار شد.", ["meeting"]),
    ("به گزارش خاور، امامعلی رحمان رئیس جمهور تاجیکستان امروز وارد تاشکند شد و با شوکت میرضیایف رئیس جمهور ازبکستان "
     "دیدار کرد. سپس گفتگوهای سران دو کشور با اشتراک اعضای هیئت‌ها، از جمله وزیر امور خارجه تاجیکستان "
     "سراج‌الدین مهرالدین، برگزار شد.", ["visit"]),
    ("به گزارش ایرنا، نشست سران کشورهای عضو سازمان همکاری شانگهای با حضور مسعود پزشکیان رئیس جمهور ایران و امامعلی "
     "رحمان رئیس جمهور تاجیکستان امروز در دوشنبه برگزار شد.", ["multilateral_meeting"])])
def test_api_leaders_of_two_countries_held_talks_are_no_summit(extract, text, expected):
    assert [e["type"] for e in extract(text, published="2025-01-15")["events"]] == expected


@pytest.mark.parametrize("attend", ["شرکت", "اشتراک"])
def test_api_leader_who_came_to_attend_a_conference_meets_the_host_leader(extract, attend):
    text = (f"دوشنبه (پژواک): رئیس جمهور حامد کرزی که برای {attend} در کنفرانس همکاری‌های اقتصادی منطقوی به تاجکستان "
            "سفر کرده است، امروز با امامعلی رحمان رئیس جمهور آن کشور دیدار کرد.")
    assert [e["type"] for e in extract(text, published="2012-03-26")["events"]] == ["meeting"]


@pytest.mark.parametrize("text, expected", [
    ("کابل (پژواک): سرتاج عزیز مشاور امور خارجه پاکستان امروز در کابل با زرار احمد عثمانی وزیر امور خارجه افغانستان "
     "دیدار کرد و دو طرف روی آمادگی‌ها برای نشست بعدی کمیسیون مشترک اقتصادی گفتگو کردند.", "meeting"),
    ("کابل (پژواک): سرتاج عزیز مشاور امور خارجه پاکستان امروز در کابل با زرار احمد عثمانی وزیر امور خارجه افغانستان "
     "دیدار کرد و طرفین بر ادامه گفتگوهای صلح تأکید کردند.", "meeting"),
    ("تهران- ایرنا- ابراهیم رحیم‌پور معاون وزیر امور خارجه امروز در دور تازه رایزنی‌های سیاسی دو کشور با حکمت خلیل "
     "کرزی معین سیاسی وزارت امور خارجه افغانستان گفتگو کرد و دو طرف بر گسترش تجارت تأکید کردند.", "negotiation")])
def test_api_a_round_the_two_sides_spoke_of_after_meeting_is_no_negotiation(extract, text, expected):
    assert [e["type"] for e in extract(text, published="2016-11-30")["events"]] == [expected]


@pytest.mark.parametrize("lead", ["به گزارش ایرنا، این نشست", "این نشست", "نشست"])
def test_api_this_session_held_after_a_security_council_session_is_that_session(extract, lead):
    text = ("ایروانی سفیر کشورمان روز پنجشنبه در نشست شش‌ماهه شورای امنیت درباره اجرای قطعنامه ۲۲۳۱ گفت: آمریکا عامل "
            f"اصلی وضعیت کنونی است. {lead} به ریاست باربارا وودوارد نماینده دائم انگلیس برگزار شد و واسیلی نبنزیا "
            "نماینده دائم روسیه نیز در آن سخنرانی کرد.")
    events = extract(text, published="2023-07-07")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting"]


@pytest.mark.parametrize("earlier", ["در اردیبهشت ۱۳۹۳", "در ۲ اردیبهشت ۱۳۹۳"])
def test_api_contact_dated_long_before_publication_is_background(extract, earlier):
    text = (f"به گزارش تسنیم، دهقان وزیر دفاع امروز درباره همکاری با چین سخن گفت. "
            f"دهقان و همتای چینی‌اش پیش‌تر {earlier} در پکن با یکدیگر دیدار کرده بودند.")
    assert extract(text, published="2016-11-14")["events"] == []


@pytest.mark.parametrize("told", ["که دو هفته پیش به این سمت منصوب شده است", "که دولت او کمتر از یک ماه پیش تشکیل شده است"])
def test_api_a_time_in_a_relative_clause_about_another_doing_does_not_date_the_contact(extract, told):
    text = ("به گزارش ایرنا، محمدجواد ظریف وزیر امور خارجه امروز در بغداد با برهم صالح رئیس‌جمهور عراق دیدار کرد. "
            f"ظریف سپس با عادل عبدالمهدی نخست‌وزیر عراق {told} دیدار کرد.")
    events = extract(text, published="2018-11-24")["events"]
    assert [[p["name"] for p in e["participants"] if p["country"] == "IQ"] for e in events] == [
        ["برهم صالح"], ["عادل عبدالمهدی"]]


def test_api_a_bodys_chair_told_by_title_is_not_a_member_of_it_named_later(extract):
    text = ("رئیس کمیسیون امنیت ملی و سیاست خارجی مجلس در دیدار با رئیس مجلس ملی ارمنستان بر گسترش روابط پارلمانی "
            "تاکید کرد.\n\nبه گزارش ایسنا، علاءالدین بروجردی امروز در ایروان با آرا بابلویان رئیس مجلس ملی ارمنستان "
            "دیدار کرد.\n\nدر این دیدار حسین نقوی حسینی عضو کمیسیون امنیت ملی و سیاست خارجی مجلس نیز حضور داشت.")
    events = extract(text, published="2016-05-10")["events"]
    assert len(events) == 1 and "علاءالدین بروجردی" in _names(events[0])


def test_api_the_members_of_this_delegation_are_the_delegation_led_by_the_head_told_with_it(extract):
    text = ("به گزارش تسنیم، هیئتی از دانشکده فرماندهی و ستاد ارتش پاکستان به سرپرستی رئیس این دانشکده امروز در تهران "
            "با فرمانده نیروی زمینی ارتش دیدار کرد.\n\nفرمانده نیروی زمینی در این دیدار بر همکاری‌های آموزشی تاکید "
            "کرد.\n\nرئیس دانشکده فرماندهی و ستاد ارتش پاکستان نیز از میزبانی ایران قدردانی کرد.\n\nاعضای این هیئت "
            "روز گذشته نیز با معاون هماهنگ‌کننده ارتش دیدار کرده بودند.")
    events = extract(text, published="2019-05-08")["events"]
    assert [sorted((p["role"]["code"], p["country"]) for p in e["participants"]) for e in events] == [
        [("head_of_organization", "PK"), ("military_commander", "IR")]] * 2


def test_api_the_head_of_this_body_named_with_the_outlets_forces_is_of_its_country(extract):
    text = ("به گزارش مهر، هیئتی از دانشگاه دفاع ملی چین روز دوشنبه از دانشگاه فرماندهی و ستاد ارتش بازدید کرد و در "
            "نشستی با رئیس این دانشگاه درباره تبادل استاد گفت‌وگو کرد.")
    participants = extract(text, published="2019-05-08")["events"][0]["participants"]
    assert ("head_of_organization", "IR") in [(p["role"]["code"], p["country"]) for p in participants]


@pytest.mark.parametrize("text, sides", [
    ("به گزارش ایرنا، هیئتی از کالج دفاع ملی هند به سرپرستی رئیس این کالج امروز در تهران با معاون هماهنگ‌کننده "
     "ارتش دیدار کرد.", [("head_of_organization", "IN"), ("military_commander", "IR")]),
    ("به گزارش مهر، هیئتی از انستیتوی نظامی تاجیکستان به سرپرستی رئیس این انستیتو امروز در تهران با معاون "
     "هماهنگ‌کننده ارتش دیدار کرد.", [("head_of_organization", "TJ"), ("military_commander", "IR")]),
    ("به گزارش ایرنا، هیئتی از دانشکده افسری ارتش قزاقستان امروز در دانشگاه عالی دفاع ملی با رئیس این دانشگاه "
     "دیدار کرد.", [("head_of_organization", "IR"), ("official", "KZ")]),
])
def test_api_the_head_of_this_college_or_university_is_of_the_body_named_before(extract, text, sides):
    participants = extract(text, published="2019-05-08")["events"][0]["participants"]
    assert sorted((p["role"]["code"], p["country"]) for p in participants) == sides


@pytest.mark.parametrize("officer, role", [("فرمانده", "head_of_organization"), ("معاون", "official")])
def test_api_the_commander_or_deputy_of_this_college_is_of_the_body_named_before(extract, officer, role):
    text = (f"به گزارش ایرنا، هیئتی از دانشکده افسری ارتش قزاقستان به سرپرستی {officer} این دانشکده امروز در تهران با "
            "معاون هماهنگ‌کننده ارتش دیدار کرد.")
    participants = extract(text, published="2019-05-08")["events"][0]["participants"]
    assert (role, "KZ") in [(p["role"]["code"], p["country"]) for p in participants]


def test_api_a_delegation_of_an_army_named_for_its_country_a_few_words_on_is_of_that_country(extract):
    text = ("به گزارش ایرنا، هیئتی از دانشگاه دفاع ملی ارتش آزادی‌بخش خلق چین امروز در تهران با معاون "
            "هماهنگ‌کننده ارتش دیدار کرد.")
    participants = extract(text, published="2019-05-08")["events"][0]["participants"]
    assert "CN" in [p["country"] for p in participants]


@pytest.mark.parametrize("part", ["ابتدای", "پایان"])
def test_api_a_title_only_speaker_at_the_start_of_this_session_attended_it(extract, part):
    text = ("به گزارش ایسنا، در نشستی که امروز با حضور محمدجواد ظریف وزیر امور خارجه و جوزپه پروونزانو سفیر ایتالیا در "
            "تهران برگزار شد، دو طرف درباره همکاری‌های اقتصادی گفت‌وگو کردند.\n\nرئیس گروه دوستی پارلمانی ایران و "
            f"ایتالیا در {part} این نشست یادآور شد که روابط دو کشور سابقه‌ای طولانی دارد.")
    participants = extract(text, published="2021-11-15")["events"][0]["participants"]
    assert (None, "member_of_parliament", "IR") in [(p["name"], p["role"]["code"], p["country"]) for p in participants]


@pytest.mark.parametrize("department", ["زراعت", "مهاجرین و عودت کنندگان"])
def test_api_a_provinces_department_head_is_an_official_of_its_country(extract, department):
    text = ("به گزارش باختر، محمد یوسف وفا والی بلخ امروز در مزارشریف با سرکنسول ازبکستان دیدار کرد. در این دیدار که "
            f"رئیس {department} ولایت بلخ نیز حضور داشت، دو طرف درباره تجارت بحث کردند.")
    participants = extract(text, published="2023-02-13")["events"][0]["participants"]
    assert (None, "official", "AF") in [(p["name"], p["role"]["code"], p["country"]) for p in participants]


def test_api_a_deputy_at_the_governorate_is_an_official_of_the_outlets_country(extract):
    text = ("به گزارش ایرنا، سفیر فرانسه در تهران امروز در استانداری با استاندار فارس دیدار کرد. معاون عمرانی "
            "استانداری نیز در این دیدار حضور داشت.")
    participants = extract(text, published="2019-10-29")["events"][0]["participants"]
    assert (None, "official", "IR") in [(p["name"], p["role"]["code"], p["country"]) for p in participants]


def test_api_the_preposition_rui_after_a_title_starts_no_name(extract):
    text = ("والی بلخ با سرکنسول ازبکستان روی تجارت سرحدی گفتگو کرد\n\nبه گزارش باختر، والی بلخ امروز در مزارشریف با "
            "سرکنسول ازبکستان دیدار کرد.")
    participants = extract(text, published="2023-02-13")["events"][0]["participants"]
    assert [p["name"] for p in participants] == [None, None]


@pytest.mark.parametrize("place", ["دانشگاه افسری امام علی (ع)", "حرم امام رضا (ع)", "دانشگاه امام حسین(ع)"])
def test_api_a_holy_figure_a_place_is_named_for_is_no_person(extract, place):
    text = f"به گزارش ایرنا، هیئتی از وزارت دفاع قزاقستان امروز در {place} با معاون وزیر دفاع دیدار کرد."
    result = extract(text, published="2019-05-08")
    people = [p["name"] for e in result["events"] for p in e["participants"]] + [
        p["name"] for p in result["mentioned_people"]]
    assert not any(name and name.split()[-1] in ("علی", "رضا", "حسین") for name in people)


@pytest.mark.parametrize("title", ["سرپرست سرکنسولگری پاکستان", "سرپرست کنسولگری پاکستان", "رئیس کنسولگری پاکستان"])
def test_api_the_head_of_a_consulate_heads_the_mission(extract, title):
    text = f"به گزارش پژواک، والی قندهار امروز در دفتر کارش با {title} در این ولایت دیدار کرد."
    participants = extract(text, published="2019-05-08")["events"][0]["participants"]
    assert ("ambassador", "PK") in [(p["role"]["code"], p["country"]) for p in participants]


def test_api_a_title_a_body_is_attached_to_is_part_of_its_name_not_a_person(extract):
    text = ("به گزارش خاور، سرپرست وزارت داخله افغانستان امروز در دوشنبه با رئیس آژانس کنترل مواد مخدر نزد "
            "رئیس‌جمهور تاجیکستان دیدار کرد.")
    participants = extract(text, published="2019-05-08")["events"][0]["participants"]
    assert sorted((p["role"]["code"], p["country"]) for p in participants) == [
        ("head_of_organization", "TJ"), ("minister", "AF")]


def test_api_a_special_rapporteur_is_an_official_not_the_outlets_reporter(extract):
    text = ("به گزارش طلوع‌نیوز، ریچارد بنت گزارشگر ویژه سازمان ملل در امور حقوق بشر افغانستان امروز در کابل با "
            "امیرخان متقی دیدار کرد.\n\nآقای بنت همچنین با شماری از فعالان مدنی دیدار کرد.")
    events = extract(text, published="2022-05-19")["events"]
    assert events and "ریچارد بنت" in _names(events[0])


def test_api_a_flag_meeting_names_no_one_flag(extract):
    text = ("به گزارش طلوع‌نیوز، روز دوشنبه یک نشست بیرقی میان قوماندان لوای سرحدی امارت اسلامی در ولسوالی برمل و "
            "قوماندان قوای سرحدی پاکستان در گذرگاه انگوراده برگزار شد.")
    result = extract(text, published="2024-09-24")
    names = [p["name"] for e in result["events"] for p in e["participants"]] + [
        p["name"] for p in result["mentioned_people"]]
    assert not any(name and "بیرقی" in name for name in names)


@pytest.mark.parametrize("head", ["رئیس سازمان بین‌المللی مهاجرت", "مدیر اجرایی دفتر مقابله با مواد مخدر و جرم سازمان ملل",
                                  "نماینده برنامه توسعه سازمان ملل"])
def test_api_the_head_of_a_un_agency_is_of_no_state(extract, head):
    text = f"به گزارش پژواک، وزیر امور مهاجرین امروز در کابل با {head} دیدار کرد."
    participants = extract(text, published="2016-09-27")["events"][0]["participants"]
    assert [p["country"] for p in participants if p["role"]["code"] != "minister"] == [None]


def test_api_a_meeting_held_where_an_invitation_letter_was_handed_is_no_request(extract):
    text = ("به گزارش ایرنا، محمدجواد ظریف وزیر امور خارجه گفت که سفیر سوئیس در تهران امروز با وی دیدار کرده و دعوت‌نامه "
            "کنفرانس ژنو را تسلیم کرده است.")
    result = extract(text, published="2014-01-08")
    assert len(result["events"]) == 1 and not result["other_contacts"]


def test_api_a_call_the_speaker_says_he_held_is_a_call(extract):
    text = ("به گزارش خاور، سراج‌الدین مهرالدین وزیر امور خارجه تاجیکستان امروز در نشست مطبوعاتی گفت: «دیروز با "
            "جینبیک کولوبایف وزیر امور خارجه قرقیزستان گفتگوی تلفنی انجام دادم. ما درباره تعیین مرز گفتگو کردیم.»")
    events = extract(text, published="2023-02-02")["events"]
    assert [e["type"] for e in events] == ["phone_call"]


def test_api_a_counter_narcotics_minister_takes_the_country_told_after_the_portfolio(extract):
    text = "به گزارش ایسنا، وزیر کشور امروز در وین با وزیر مبارزه با مواد مخدر پاکستان دیدار کرد."
    participants = extract(text, published="2019-03-15")["events"][0]["participants"]
    assert ("minister", "PK") in [(p["role"]["code"], p["country"]) for p in participants]


def test_api_a_military_attache_in_dari_is_an_official(extract):
    text = "به گزارش طلوع‌نیوز، لوی درستیز اردوی ملی روز دوشنبه در کابل با اتشه نظامی سفارت هند دیدار کرد."
    participants = extract(text, published="2019-03-12")["events"][0]["participants"]
    assert ("official", "IN") in [(p["role"]["code"], p["country"]) for p in participants]


def test_api_this_foreign_official_takes_up_the_person_of_that_country_told_before(extract):
    text = ("به گزارش فارس، ژنرال یاشار گولر رئیس ستاد کل ارتش ترکیه امروز در تهران با سرلشکر محمد باقری دیدار "
            "کرد.\n\nگولر پیام رئیس‌جمهور ترکیه را به باقری تسلیم کرد.\n\nاین مقام نظامی ترک روز گذشته نیز با "
            "امیر حاتمی وزیر دفاع دیدار کرده بود.")
    events = extract(text, published="2019-05-08")["events"]
    assert [sorted(p["country"] for p in e["participants"]) for e in events] == [["IR", "TR"]] * 2
    assert "یاشار گولر" in _names(events[1])


@pytest.mark.parametrize("handed", ["سلام پادشاه عبدالله دوم را به فرماندهان ایرانی ابلاغ کرد",
                                    "پیام تبریک پادشاه عبدالله دوم را به فرماندهان ایرانی منتقل کرد"])
def test_api_this_foreign_official_is_not_the_sender_of_a_message_told_with_his_title(extract, handed):
    # `سلام سلطان X را ابلاغ کرد`, `پیام تبریک X`: the sender is not whom `این مقام نظامی اردنی` takes up
    text = ("به گزارش فارس، رئیس ستاد مشترک ارتش اردن امروز در تهران با امیر حاتمی وزیر دفاع دیدار کرد.\n\n"
            f"رئیس ستاد مشترک ارتش اردن {handed}.\n\n"
            "همچنین محمد باقری رئیس ستاد کل نیروهای مسلح عصر امروز میزبان این مقام نظامی اردنی بود.")
    events = extract(text, published="2019-05-08")["events"]
    assert not any("عبدالله دوم" in (p["name"] or "") for e in events for p in e["participants"])


def test_api_a_corps_named_for_a_foreign_place_is_not_the_outlets_guards(extract):
    text = "به گزارش مهر، فرمانده مرزبانی فراجا امروز در زاهدان با فرمانده سپاه کویته دیدار کرد."
    participants = extract(text, published="2024-02-27")["events"][0]["participants"]
    assert sorted(p["country"] for p in participants) == ["IR", "PK"]


def test_api_what_a_spokesman_wrote_his_side_did_is_no_claim_though_another_report_is_denied(extract):
    text = ("به گزارش طلوع‌نیوز، وزیر خارجه قطر روز چهارشنبه وارد کابل شد.\n\nعبدالقهار بلخی سخنگوی وزارت خارجه "
            "در شبکه ایکس نوشت که امیرخان متقی و وزیر قطری درباره همکاری‌های اقتصادی گفت‌وگو کرده‌اند.\n\n"
            "ذبیح‌الله مجاهد گزارش دیدار وزیر قطری با رهبر طالبان را رد کرد.")
    result = extract(text, published="2024-09-12")
    assert any("امیرخان متقی" in _names(e) for e in result["events"])
    assert not any("امیرخان متقی" in _names(o) for o in result["other_contacts"])


def test_api_the_head_of_a_body_told_again_without_its_country_is_the_same_office(extract):
    text = ("به گزارش پژواک، رئیس عمومی امنیت ملی افغانستان امروز در دوشنبه با امامعلی رحمان دیدار کرد.\n\n"
            "رئیس عمومی امنیت ملی روز گذشته با رئیس کمیته دولتی امنیت ملی تاجیکستان دیدار کرده بود.")
    events = extract(text, published="2007-06-13")["events"]
    assert [sorted(p["country"] for p in e["participants"]) for e in events] == [["AF", "TJ"]] * 2


def test_api_an_accusation_rejected_denies_no_contact_a_body_wrote_of(extract):
    text = ("جنرال عاصم منیر فرمانده اردوی پاکستان در واشنگتن با آنتونی بلینکن وزیر خارجه امریکا دیدار کرده است.\n\n"
            "اداره روابط عامه نظامی پاکستان نوشته است که فرمانده اردوی پاکستان در دیدار با وزیر خارجه امریکا "
            "درباره تحولات منطقه گفتگو کرده است.\n\nذبیح‌الله مجاهد سخنگوی طالبان اتهام پناه دادن به شبه‌نظامیان را "
            "رد کرده است.")
    result = extract(text, published="2023-12-15")
    assert any("آنتونی بلینکن" in _names(e) for e in result["events"]) and not result["other_contacts"]


def test_api_who_attended_the_meeting_with_one_told_before_joins_it(extract):
    text = ("به گزارش ایسنا، امیر قطر امروز وارد ریاض شد و با محمد بن سلمان ولیعهد عربستان سعودی دیدار کرد.\n\n"
            "محمد بن عبدالرحمن آل ثانی وزیر خارجه قطر نیز امیر را همراهی می‌کند و در دیدار با ولیعهد سعودی حضور داشت.")
    events = extract(text, published="2025-02-02")["events"]
    assert len(events) == 1 and "محمد بن عبدالرحمن آل ثانی" in _names(events[0])


def test_api_what_is_told_from_inside_part_of_the_meeting_is_that_meeting(extract):
    text = ("به گزارش تسنیم، بشار اسد رئیس‌جمهور سوریه روز دوشنبه در سوچی با ولادیمیر پوتین رئیس‌جمهور روسیه دیدار "
            "کرد.\n\nدر بخشی از این دیدار، سرگئی شویگو وزیر دفاع روسیه نیز حضور داشت و رئیس‌جمهور سوریه با او درباره "
            "وضعیت میدانی گفت‌وگو کرد.")
    events = extract(text, published="2017-11-21")["events"]
    assert len(events) == 1 and "سرگئی شویگو" in _names(events[0])


def test_api_qarar_after_a_given_name_is_no_surname(extract):
    text = ("به گزارش تسنیم، پوتین امروز در تماس تلفنی با ترامپ او را در جریان نتایج دیدار با اسد قرار داد.")
    result = extract(text, published="2017-11-21")
    names = [p["name"] for e in result["events"] + result["other_contacts"] for p in e["participants"]] + [
        p["name"] for p in result["mentioned_people"]]
    assert not any(name and "قرار" in name for name in names)


def test_api_a_lead_talk_of_sides_known_by_title_is_the_call_told_in_the_body(extract):
    text = ("رئیس ستاد کل نیروهای مسلح در گفتگو با همتای روس خود بر همکاری دفاعی دو کشور تاکید کرد.\n\n"
            "به گزارش ایلنا، سرلشکر سید حسن فیروزآبادی شامگاه دوشنبه در تماس تلفنی با ارتشبد نیکلای ماکاروف رئیس "
            "ستاد کل نیروهای مسلح روسیه گفتگو کرد.")
    events = extract(text, published="2011-11-29")["events"]
    assert [e["type"] for e in events] == ["phone_call"]


def test_api_a_title_with_its_remit_and_an_and_before_the_name_is_his(extract):
    text = ("به گزارش خاور، وزیر امور خارجه تاجیکستان امروز نماینده ویژه آمریکا در امور افغانستان و پاکستان "
            "جیمز دابینز را به حضور پذیرفت.")
    participants = extract(text, published="2014-02-11")["events"][0]["participants"]
    assert [(p["name"], p["role"]["code"]) for p in participants if p["country"] == "US"] == [("جیمز دابینز", "envoy")]


def test_api_then_with_another_is_another_contact(extract):
    text = ("به گزارش مهر، علی لاریجانی رئیس مجلس امروز در الجزیره با محمد العربی ولد خلیفه رئیس مجلس ملی خلق الجزایر و "
            "سپس با عبدالمالک سلال نخست‌وزیر این کشور دیدار کرد.")
    events = extract(text, published="2014-12-15")["events"]
    assert [len(e["participants"]) for e in events] == [2, 2]


def test_api_who_welcomed_the_guest_is_no_side_of_the_meeting_told_after_it(extract):
    text = ("به گزارش ایلنا، رئیس مجلس لبنان امروز پس از ورود به فرودگاه مهرآباد از سوی محمدرضا باهنر نایب رئیس مجلس "
            "مورد استقبال قرار گرفت و ساعاتی بعد در محل مجلس با علی لاریجانی رئیس مجلس دیدار کرد.")
    events = extract(text, published="2008-09-09")["events"]
    assert events and all("محمدرضا باهنر" not in _names(e) for e in events)


def test_api_attending_a_gathering_of_expatriates_is_no_session(extract):
    text = ("به گزارش ایرنا، مسعود پزشکیان رئیس‌جمهور که برای شرکت در هفتاد و نهمین نشست مجمع عمومی سازمان ملل به "
            "نیویورک سفر کرده است، شامگاه یکشنبه در جمع صدها تن از ایرانیان مقیم آمریکا حضور یافت و سخنرانی کرد.")
    assert extract(text, published="2024-09-23")["events"] == []


def test_api_that_same_day_is_the_day_its_sentence_named(extract):
    text = ("به گزارش ایرنا، محمدعلی شاهین رئیس مجلس ترکیه امروز سه‌شنبه با محمود احمدی‌نژاد دیدار کرد.\n\n"
            "شاهین که روز دوشنبه وارد تهران شد، عصر همان روز با علی لاریجانی رئیس مجلس دیدار کرده بود.")
    events = extract(text, published="2010-02-23")["events"]
    assert [e["date"]["value"] for e in events] == ["2010-02-23", "2010-02-22"]


def test_api_a_joint_committees_session_after_the_meeting_is_another_contact(extract):
    text = ("به گزارش فارس، خالد شوانی وزیر دادگستری عراق امروز در تهران با امین حسین رحیمی وزیر دادگستری دیدار کرد.\n\n"
            "پس از این دیدار، نشست کمیته مشترک حقوقی و قضایی ایران و عراق با حضور دو وزیر برگزار شد.")
    events = extract(text, published="2023-05-14")["events"]
    assert [e["type"] for e in events] == ["meeting", "negotiation"]


def test_api_what_a_speaker_said_he_did_with_no_subject_of_its_own_is_his_contact(extract):
    text = ("بغداد- ایرنا- سفیر جمهوری اسلامی ایران در عراق گفت روز گذشته با مصطفی الکاظمی نخست‌وزیر این کشور دیدار "
            "و درباره روابط اقتصادی دو کشور گفت‌وگو کرده است.")
    events = extract(text, published="2020-07-08")["events"]
    assert [sorted(p["country"] for p in e["participants"]) for e in events] == [["IQ", "IR"]]


def test_api_a_call_a_speaker_said_he_had_opening_with_its_noun_is_his(extract):
    text = ("به گزارش ایسنا، امیر سرتیپ محمدرضا قرائی آشتیانی وزیر دفاع امروز در فرودگاه مهرآباد با خبرنگاران گفت‌وگو "
            "کرد.\n\nوزیر دفاع همچنین گفت روز گذشته در گفت‌وگوی تلفنی با روسلان ژاکسیلیکوف وزیر دفاع قزاقستان "
            "درباره همکاری‌های دریایی تبادل نظر کرده است.")
    events = extract(text, published="2022-08-15")["events"]
    assert [(e["type"], sorted(p["country"] for p in e["participants"])) for e in events] == [
        ("phone_call", ["IR", "KZ"])]


def test_api_two_separate_calls_are_two_events(extract):
    text = ("به گزارش ایرنا، محمدجواد ظریف وزیر امور خارجه امروز در دو تماس تلفنی جداگانه با زهراب مناتساکانیان "
            "وزیر امور خارجه ارمنستان و جیحون بایراموف وزیر امور خارجه جمهوری آذربایجان گفت‌وگو کرد. "
            "مناتساکانیان در گفت‌وگو با وزیر خارجه ایران روایت ایروان را تشریح کرد.")
    events = extract(text, published="2020-09-27")["events"]
    assert [(e["type"], sorted(p["country"] for p in e["participants"])) for e in events] == [
        ("phone_call", ["AM", "IR"]), ("phone_call", ["AZ", "IR"])]


@pytest.mark.parametrize("text, published, expected", [
    # the subject's second title (`عضو شورای دولتی و وزیر ...`) is no third side
    ("به گزارش ایرنا، وانگ یی عضو دفتر سیاسی و وزیر امور خارجه چین امروز در پکن به طور جداگانه با "
     "سرگئی لاوروف وزیر امور خارجه روسیه و حسین امیرعبداللهیان وزیر امور خارجه ایران دیدار کرد.",
     "2023-04-05", [["CN", "RU"], ["CN", "IR"]]),
    # two subjects who met each of two others apart, together
    ("به گزارش ایسنا، عباس عراقچی و مجید تخت‌روانچی امروز در نیویورک به‌طور جداگانه با سرگئی لاوروف "
     "و وانگ یی دیدار کردند.", "2024-09-25", [["IR", "IR", "RU"], ["CN", "IR", "IR"]]),
])
def test_api_separate_meetings_one_per_counterpart(extract, text, published, expected):
    events = extract(text, published=published)["events"]
    assert [sorted((p["country"] for p in e["participants"]), key=str) for e in events] == [
        sorted(x, key=str) for x in expected]


def test_api_contact_referred_to_is_no_contact(extract):
    text = ("به گزارش ایرنا، عباس عراقچی وزیر امور خارجه امروز در دو تماس تلفنی جداگانه با هاکان فیدان وزیر امور خارجه "
            "ترکیه و سرگئی لاوروف وزیر امور خارجه روسیه گفت‌وگو کرد. عراقچی در تماس با لاوروف نیز به گفتگوی تلفنی "
            "شنبه گذشته مسعود پزشکیان و ولادیمیر پوتین رؤسای جمهور دو کشور اشاره کرد.")
    events = extract(text, published="2025-03-10")["events"]
    assert [sorted(p["country"] for p in e["participants"]) for e in events] == [["IR", "TR"], ["IR", "RU"]]


def test_api_surname_of_a_name_before_an_unlisted_office(extract):
    text = ("به گزارش ایسنا، نشست غیررسمی قبرس امروز در ژنو با حضور نیکوس آناستاسیادس رئیس جمهور قبرس و ارسین تاتار "
            "رهبر قبرسی‌های ترک برگزار شد. آنتونیو گوترش دبیرکل سازمان ملل روز گذشته به‌طور جداگانه با آناستاسیادس و "
            "تاتار دیدار کرده بود.")
    events = extract(text, published="2021-04-28")["events"]
    assert {"آنتونیو گوترش", "ارسین تاتار"} in [_names(e) for e in events]


def test_api_co_chaired_joint_commission_is_a_negotiation(extract):
    text = ("به گزارش ایسنا، عباس عراقچی وزیر امور خارجه و سوبرامانیام جی‌شانکار وزیر امور خارجه هند امروز در دهلی‌نو "
            "ریاست بیستمین نشست کمیسیون مشترک دو کشور را بر عهده داشتند.")
    event = extract(text, published="2025-05-08")["events"][0]
    assert event["type"] == "negotiation" and len(event["participants"]) == 2


@pytest.mark.parametrize("text, published", [
    ("به گزارش ایرنا، اسماعیل بقائی سخنگوی وزارت امور خارجه امروز در نشست خبری هفتگی خود به توافقی واکنش نشان داد "
     "که با حضور دونالد ترامپ امضا شد.", "2025-08-11"),
    ("سفر وزیر دفاع به آستانه برای شرکت در نشست وزیران دفاع سازمان همکاری شانگهای\n\n"
     "به گزارش شبکه خبر، محمدرضا قرائی آشتیانی وزیر دفاع فردا برای شرکت در این نشست عازم آستانه می‌شود.",
     "2024-04-25"),
    ("به گزارش فارس، سید عباس عراقچی امروز در گفت‌وگوی تلفنی با عبدالله الیحیی وزیر امور خارجه کویت گفت‌وگو کرد. "
     "عراقچی در این تماس، همتای کویتی خود را در جریان دور نخست مذاکرات قرار داد که روز شنبه در مسقط برگزار شد.",
     "2025-04-13"),
    # a trip told in the present (`سفر می‌کند`) is still to come, and so is the summit it is for
    ("به گزارش آریانا نیوز، سخنگوی رئیس جمهور امروز اعلام کرد که محمد اشرف غنی این هفته برای اشتراک در نشست سران "
     "سازمان همکاری شانگهای به بشکیک سفر می‌کند.", "2019-06-11"),
])
def test_api_press_conferences_planned_headlines_and_talks_reported_in_a_call_are_no_extra_events(extract, text,
                                                                                                  published):
    events = extract(text, published=published)["events"]
    assert len(events) <= 1 and all(e["type"] == "phone_call" for e in events)


def test_api_this_country_and_an_ambassador_present_of_the_same_country(extract):
    text = ("به گزارش دفاع پرس، ژنرال خولیو سزار آویلس فرمانده کل ارتش نیکاراگوئه به تهران سفر کرده است. "
            "سپس سرلشکر محمد باقری رئیس ستاد کل نیروهای مسلح با حضور سفیر نیکاراگوئه در تهران با فرمانده ارتش "
            "این کشور دیدار و گفت‌وگو کرد.")
    participants = extract(text, published="2023-05-10")["events"][0]["participants"]
    assert sorted((p["name"] or "-", p["role"]["code"], p["country"]) for p in participants) == [
        ("-", "ambassador", "NI"), ("خولیو سزار آویلس", "military_commander", "NI"),
        ("محمد باقری", "chief_of_general_staff", "IR")]


def test_api_unqualified_title_is_the_outlets_own_official(extract):
    text = ("کابل (باختر): در این نشست امیر خان متقی سرپرست وزارت امور خارجه، بختیار سعیدوف وزیر امور خارجه "
            "ازبکستان و اسحاق دار وزیر امور خارجه پاکستان اشتراک داشتند.\n\n"
            "سرپرست وزارت خارجه همچنان با بختیار سعیدوف ملاقات کرد.")
    events = extract(text, published="2025-07-17", source_country="AF")["events"]
    assert {"امیرخان متقی", "بختیار سعیدوف"} == {p["name"] for p in events[-1]["participants"]}


def test_api_title_in_one_sentence_and_bare_name_in_the_next_are_one_person(extract):
    text = ("«قراردادها طبق زمان‌بندی پیش می‌رود.»\n\n"
            "این جمله را وزیر دفاع ایران روز گذشته در دیدار با رئیس سرویس فدرال همکاری‌های نظامی-فنی روسیه بر زبان آورد.\n\n"
            "به گزارش اسپوتنیک، امیر سرتیپ محمدرضا قرائی آشتیانی در این دیدار که با حضور مهدی فرحی معاون وزیر دفاع "
            "برگزار شد، با دیمیتری شوگایف درباره قراردادها گفت‌وگو کرد.")
    participants = extract(text, published="2023-03-01", source_country="RU")["events"][0]["participants"]
    found = {p["name"]: (p["role"] and p["role"]["code"], p["country"]) for p in participants}
    assert found["دیمیتری شوگایف"] == ("head_of_organization", "RU")
    assert found["مهدی فرحی"] == ("deputy_defense_minister", "IR")
    assert len(found) == 3


def test_api_attendees_join_the_meeting_told_last_and_events_follow_the_body_order(extract):
    text = ("قالیباف با پوتین دیدار کرد\n\n"
            "به گزارش مهر، مجمع پارلمانی بریکس امروز در سن‌پترزبورگ آغاز به کار کرد. محمدباقر قالیباف رئیس مجلس، "
            "ویاچسلاو ولودین رئیس دومای دولتی و والنتینا ماتویینکو رئیس شورای فدراسیون روسیه از جمله حاضران در این "
            "نشست بودند.\n\n"
            "رئیس مجلس کشورمان عصر امروز با ولادیمیر پوتین رئیس‌جمهور روسیه دیدار کرد. در این دیدار که ولودین و "
            "ماتویینکو نیز حضور داشتند، دو طرف گفت‌وگو کردند.")
    events = extract(text, published="2024-07-11")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting", "meeting"]
    assert {p["name"] for p in events[1]["participants"]} >= {"ولادیمیر پوتین", "ویاچسلاو ولودین"}


def test_api_earlier_stop_in_the_past_perfect_lends_no_date(extract):
    text = ("به گزارش ایرنا، عباس عراقچی امروز در مسقط با محمد عبدالسلام سخنگوی انصارالله دیدار کرد. "
            "عراقچی پیش از سفر به عمان در بغداد با مقامات عراقی رایزنی کرده بود و هفته پیش نیز به ریاض رفته بود.")
    events = extract(text, published="2024-10-14")["events"]
    assert len(events) == 1 and events[0]["date"]["value"] == "2024-10-14"


def test_api_lifting_sanctions_is_not_a_cancelled_meeting(extract):
    text = ("به گزارش ایرنا، در این نشست، کاظم غریب‌آبادی معاون وزیر امور خارجه و سرگئی ریابکوف معاون وزیر امور خارجه "
            "روسیه امروز درباره موضوع هسته‌ای و لغو تحریم‌ها در پکن گفت‌وگو کردند.")
    document = extract(text, published="2025-03-14")
    assert len(document["events"]) == 1 and not document.get("other_contacts")


def test_api_a_meeting_noun_that_ended_and_a_guest_received_are_contacts(extract):
    ended = ("به گزارش صدا و سیما، نشست سید عباس عراقچی وزیر امور خارجه کشورمان با یوهان وادفول و ژان نوئل بارو "
             "وزیران خارجه آلمان و فرانسه که امروز در ژنو برگزار شد، پس از سه ساعت به پایان رسید.")
    received = ("به گزارش ایسنا، محمد بن عبدالعزیز الخلیفی وزیر مشاور در وزارت امور خارجه قطر دوشنبه شب در دوحه، "
                "مجید تخت‌روانچی معاون سیاسی وزیر امور خارجه ایران را پذیرفت.")
    assert len(extract(ended, published="2025-06-20")["events"][0]["participants"]) == 3
    assert len(extract(received, published="2025-02-11")["events"][0]["participants"]) == 2


def test_api_tour_stop_welcomed_in_the_past_perfect_is_its_own_visit_and_next_stop_lends_no_place(extract):
    text = ("به گزارش ایسنا، سید ابراهیم رئیسی رئیس‌جمهور امروز وارد ماناگوآ شد و با دانیل اورتگا رئیس‌جمهور "
            "نیکاراگوئه دیدار و گفت‌وگو کرد. رئیسی روز دوشنبه در کاراکاس مورد استقبال رسمی نیکلاس مادورو قرار گرفته بود. "
            "رئیس‌جمهور فردا عازم هاوانا خواهد شد.")
    events = extract(text, published="2023-06-13")["events"]
    assert len(events) == 2
    assert all((e["location"] or {}).get("name_en") != "Havana" for e in events)


def test_api_signed_by_two_officials_is_a_contact(extract):
    text = ("به گزارش فارس، توافقنامه امنیتی مرزی دو کشور امروز در بغداد به امضای علی شمخانی دبیر شورای عالی امنیت ملی "
            "و قاسم الاعرجی مشاور امنیت ملی عراق رسید.")
    assert len(extract(text, published="2023-03-19")["events"][0]["participants"]) == 2


def test_api_speaker_of_a_reported_contact_is_not_a_side(extract):
    text = ("کابل (پژواک): اسحاق دار وزیر امور خارجه پاکستان امروز در کابل با امیرخان متقی وزیر امور خارجه امارت "
            "اسلامی گفت‌وگو کرد. معاون سخنگوی وزارت خارجه امارت اسلامی گفت که دو طرف روی تجارت گفت‌وگو کردند.")
    events = extract(text, published="2025-04-19")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 2


def test_api_a_title_seen_on_one_named_person_refers_back_to_them(extract):
    text = ("به گزارش مهر، علی باقری کنی معاون سیاسی وزیر امور خارجه و مذاکره‌کننده ارشد کشورمان امروز در دوحه با "
            "شیخ محمد بن عبدالرحمن آل ثانی وزیر خارجه قطر دیدار کرد. "
            "مذاکره‌کننده ارشد کشورمان سپس با انریکه مورا معاون دبیرکل سرویس اقدام خارجی اتحادیه اروپا دیدار کرد.")
    events = extract(text, published="2022-06-28")["events"]
    assert [sorted(p["name"] for p in e["participants"])[0] for e in events] == ["علی باقری کنی", "انریکه مورا"]
    assert all("علی باقری کنی" in {p["name"] for p in e["participants"]} for e in events)


def test_api_official_welcome_of_a_visiting_head_of_state_makes_a_visit_and_past_perfect_arrival_a_place(extract):
    welcome = ("به گزارش ایرنا، مراسم استقبال رسمی شی جین‌پینگ رئیس‌جمهور چین از سید ابراهیم رئیسی رئیس‌جمهور کشورمان "
               "امروز در پکن برگزار شد و دو رئیس‌جمهور پس از آن با یکدیگر دیدار و گفت‌وگو کردند.")
    arrived = ("به گزارش مهر، علی لاریجانی دبیر شورای عالی امنیت ملی که صبح امروز وارد بیروت شده بود، ظهر امروز با "
               "ژوزف عون رئیس‌جمهور لبنان دیدار و گفت‌وگو کرد.")
    assert extract(welcome, published="2023-02-14")["events"][0]["type"] == "visit"
    assert extract(arrived, published="2025-08-13")["events"][0]["location"]["name_en"] == "Beirut"


def test_api_arrival_told_in_passing_or_as_news_frames_a_speakers_meeting(extract):
    passing = ("به گزارش فارس، علی شمخانی دبیر شورای عالی امنیت ملی که صبح امروز در رأس هیئتی از مسئولان امنیتی، "
               "نظامی و اقتصادی وارد بغداد شد، با محمد شیاع السودانی نخست‌وزیر عراق دیدار و گفت‌وگو کرد.")
    news = ("به گزارش ایسنا، محمدباقر قالیباف رئیس مجلس شورای اسلامی امروز وارد بیروت شد. رئیس مجلس پس از ورود "
            "با نبیه بری رئیس مجلس نمایندگان لبنان دیدار و گفت‌وگو کرد.")
    assert extract(passing, published="2023-03-19")["events"][0]["type"] == "meeting"
    assert [e["type"] for e in extract(news, published="2024-10-12")["events"]] == ["meeting"]


def test_api_two_contacts_at_different_times_of_day_and_an_airport_welcome(extract):
    text = ("به گزارش ایرنا، علی لاریجانی دبیر شورای عالی امنیت ملی صبح امروز در فرودگاه بغداد از سوی فواد حسین "
            "وزیر خارجه عراق مورد استقبال قرار گرفت. "
            "دبیر شورای عالی امنیت ملی عصر امروز با قاسم الاعرجی مشاور امنیت ملی عراق دیدار کرد. "
            "لاریجانی شامگاه امروز با حضور الاعرجی با محمود المشهدانی رئیس پارلمان عراق نیز دیدار کرد.")
    events = extract(text, published="2025-08-11")["events"]
    assert [len(e["participants"]) for e in events] == [2, 3]
    assert all("فواد حسین" not in {p["name"] for p in e["participants"]} for e in events)


def test_api_speaker_before_said_without_ke_is_not_a_side(extract):
    text = ("به گزارش ایرنا، علی لاریجانی امروز در کرملین با ولادیمیر پوتین رئیس‌جمهور روسیه دیدار کرد. "
            "دیمیتری پسکوف سخنگوی کرملین گفت دیدار به درخواست طرف ایرانی برگزار شده است.")
    names = {p["name"] for e in extract(text, published="2025-07-20")["events"] for p in e["participants"]}
    assert "دیمیتری پسکوف" not in names


def test_api_who_saw_the_traveller_off_takes_no_part(extract):
    text = ("به گزارش صدا و سیما، مسعود پزشکیان رئیس‌جمهور امروز یکشنبه در اسلام‌آباد با شهباز شریف نخست‌وزیر پاکستان "
            "دیدار و گفتگو کرد. رئیس‌جمهور روز شنبه با بدرقه محمدرضا عارف معاون اول رئیس‌جمهور، تهران را ترک کرده بود و "
            "شامگاه همان روز وارد اسلام‌آباد شد.")
    events = extract(text, published="2025-08-03")["events"]
    assert len(events) == 1
    assert "محمدرضا عارف" not in {p["name"] for p in events[0]["participants"]}


def test_api_official_welcome_ceremony_in_the_lead_makes_the_leaders_talks_a_visit(extract):
    text = ("به گزارش خاور، امروز مراسم استقبال رسمی از امامعلی رحمان رئیس جمهوری تاجیکستان در تهران برگزار شد. "
            "مسعود پزشکیان رئیس جمهور ایران از او استقبال کرد.\n\n"
            "پس از نواختن سرودهای ملی، رهبران دو کشور گفت‌وگو کردند.")
    events = extract(text, published="2025-01-15")["events"]
    assert [e["type"] for e in events] == ["visit"]


def test_api_contacts_on_the_sidelines_or_an_hour_later_are_their_own_events(extract):
    text = ("به گزارش فارس، علی شمخانی دبیر شورای عالی امنیت ملی امروز در بغداد با محمد شیاع السودانی نخست‌وزیر عراق "
            "دیدار و گفت‌وگو کرد. "
            "ساعتی بعد، توافقنامه امنیتی دو کشور با حضور نخست‌وزیر عراق به امضای شمخانی و قاسم الاعرجی مشاور امنیت ملی "
            "عراق رسید.")
    assert len(extract(text, published="2023-03-19")["events"]) == 2


def test_api_contact_in_the_past_perfect_with_a_month_is_background(extract):
    text = ("به گزارش فارس، علی‌اکبر احمدیان دبیر شورای عالی امنیت ملی امروز با آرمن گریگوریان دبیر شورای امنیت ارمنستان "
            "گفت‌وگو کرد. گریگوریان فروردین‌ماه امسال نیز در سفر به تهران با علی شمخانی ملاقات کرده بود.")
    assert len(extract(text, published="2023-08-20")["events"]) == 1


def test_api_a_session_held_in_the_past_perfect_is_background(extract):
    text = ("به گزارش ایرنا، دومین نشست سازوکار ۳+۳ امروز با حضور حسین امیرعبداللهیان، سرگئی لاوروف و هاکان فیدان "
            "در تهران برگزار شد. نخستین نشست این سازوکار با حضور الهام علی‌اف و رجب طیب اردوغان در مسکو برگزار شده بود.")
    names = {p["name"] for e in extract(text, published="2023-10-23")["events"] for p in e["participants"]}
    assert "الهام علی‌اف" not in names and "حسین امیرعبداللهیان" in names


def test_api_a_round_of_trilateral_talks_is_multilateral(extract):
    text = ("به گزارش باختر، امیرخان متقی وزیر خارجه افغانستان و بلاول بوتو زرداری وزیر خارجه پاکستان امروز در "
            "پنجمین دور گفت‌وگوهای سه‌جانبه در اسلام‌آباد شرکت کردند.")
    events = extract(text, published="2023-05-06")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting"]


def test_api_suffixed_surname_in_the_headline_is_the_full_name_in_the_lead(extract):
    text = ("جلال‌زاده در دیدار سفیر ترکیه: تجارت با رژیم صهیونیستی باید متوقف شود\n\n"
            "به گزارش تسنیم، وحید جلال‌زاده رئیس کمیسیون امنیت ملی و سیاست خارجی مجلس امروز با سفیر ترکیه دیدار کرد.")
    events = extract(text, published="2023-12-06")["events"]
    person = next(p for e in events for p in e["participants"] if p["name"] and "زاده" in p["name"])
    assert person["role"]["code"] == "member_of_parliament"
    assert sum(1 for e in events for p in e["participants"] if p["name"] and "زاده" in p["name"]) == 1


def test_api_head_of_government_who_officially_welcomes_a_visitor_is_the_host(extract):
    text = ("به گزارش ایسنا، قاسم‌جومارت توکایف رئیس‌جمهور قزاقستان صبح امروز وارد تهران شد. "
            "ساعتی بعد مسعود پزشکیان رئیس‌جمهور کشورمان در مجموعه فرهنگی سعدآباد رسماً از میهمان خود استقبال کرد. "
            "دو رئیس‌جمهور سپس درباره ترانزیت و انرژی رایزنی کردند.")
    events = extract(text, published="2025-02-10")["events"]
    assert [e["type"] for e in events] == ["visit"]
    assert "مسعود پزشکیان" in {p["name"] for p in events[0]["participants"]}


def test_api_afghan_delegation_head_named_without_a_title_is_a_participant(extract):
    text = ("به گزارش پژواک، هیئتی از وزارت دفاع ملی به ریاست شبیر احمد عثمانی روز گذشته در تایباد با هیئتی از "
            "مرزبانی ایران به ریاست سردار قاسم رضایی دیدار کرد.")
    names = {p["name"] for e in extract(text, published="2023-06-01")["events"] for p in e["participants"]}
    assert "شبیر احمد عثمانی" in names


def test_api_person_present_in_the_relative_clause_of_a_held_session_takes_part(extract):
    text = ("به گزارش ایسنا، نشست عباس عراقچی وزیر امور خارجه کشورمان با ژان نوئل بارو وزیر خارجه فرانسه که با حضور "
            "کایا کالاس مسئول سیاست خارجی اتحادیه اروپا امروز در ژنو برگزار شد، پس از سه ساعت به پایان رسید.")
    names = {p["name"] for e in extract(text, published="2025-06-20")["events"] for p in e["participants"]}
    assert {"عباس عراقچی", "ژان نوئل بارو", "کایا کالاس"} <= names


@pytest.mark.parametrize("object_words, events", [("غریب‌آبادی و ریابکوف را به‌طور مشترک پذیرفت", 2),
                                                  ("پیشنهاد دو طرف را پذیرفت", 1)])
def test_api_received_a_named_person_after_a_session_is_another_contact(extract, object_words, events):
    text = ("به گزارش ایرنا، کاظم غریب‌آبادی معاون وزیر امور خارجه کشورمان امروز در پکن با سرگئی ریابکوف معاون وزیر "
            "امور خارجه روسیه گفت‌وگو کرد. پس از پایان این نشست، وانگ یی وزیر امور خارجه چین، " + object_words + ".")
    assert len(extract(text, published="2025-03-14")["events"]) == events


def test_api_delegation_head_and_a_visit_to_see_someone_are_read(extract):
    text = ("به گزارش طلوع‌نیوز، یک هیئت قزاقستانی به رهبری سریک ژومانگارین، معاون نخست‌وزیر قزاقستان، امروز در کابل "
            "با امیرخان متقی وزیر خارجه امارت اسلامی دیدار کرد. ژومانگارین پیش از این، روز گذشته به دیدار "
            "ملا محمدحسن آخوند رئیس‌الوزرای امارت اسلامی رفته بود.")
    events = extract(text, published="2024-04-20")["events"]
    names = [{p["name"] for p in e["participants"]} for e in events]
    assert "سریک ژومانگارین" in names[0] and "رهبری سریک ژومانگارین" not in names[0]
    assert len(events) == 2


def test_api_joint_committee_inside_an_office_name_is_no_negotiation(extract):
    text = ("به گزارش دفاع پرس، ژنرال ساحر شمشاد میرزا رئیس کمیته مشترک رؤسای ستاد ارتش پاکستان امروز در تهران با "
            "سرلشکر محمد باقری رئیس ستاد کل نیروهای مسلح دیدار و گفت‌وگو کرد.")
    assert [e["type"] for e in extract(text, published="2023-11-05")["events"]] == ["meeting"]


def test_api_senior_official_of_a_third_country_met_also_is_another_contact(extract):
    text = ("به گزارش تسنیم، علی‌اکبر احمدیان دبیر شورای عالی امنیت ملی امروز در سن‌پترزبورگ با ولادیمیر پوتین "
            "رئیس‌جمهور روسیه دیدار کرد. دبیر شورای عالی امنیت ملی در ادامه با یک مقام ارشد چینی نیز دیدار و درباره "
            "همکاری‌های امنیتی گفت‌وگو کرد.")
    events = extract(text, published="2024-09-11")["events"]
    assert len(events) == 2
    assert {(p["name"], p["role"]["code"], p["country"]) for p in events[1]["participants"]} >= {(None, "official", "CN")}


def test_api_contact_dated_years_back_in_its_sentence_is_background(extract):
    text = ("به گزارش ایرنا، نقطه عطف روابط دو کشور را باید شهریور ۱۴۰۰ دانست؛ زمانی که سید ابراهیم رئیسی در دوشنبه "
            "با امامعلی رحمان رئیس‌جمهور تاجیکستان دیدار کرد.")
    assert extract(text, published="2025-02-26")["events"] == []


def test_api_state_visit_is_told_once_and_the_guests_later_talks_are_meetings(extract):
    text = ("به گزارش مهر، شهباز شریف نخست‌وزیر پاکستان که عصر امروز وارد تهران شد، پس از مراسم استقبال رسمی در "
            "سعدآباد با مسعود پزشکیان رئیس‌جمهور کشورمان دیدار و گفتگو کرد. "
            "نخست‌وزیر پاکستان شامگاه امروز با علی لاریجانی دبیر شورای عالی امنیت ملی نیز دیدار کرد.")
    assert [e["type"] for e in extract(text, published="2025-05-26")["events"]] == ["visit", "meeting"]


@pytest.mark.parametrize("text, types", [
    ("به گزارش ایرنا، نخست‌وزیر پاکستان که در سفری چهارروزه در چین به سر می‌برد، امروز در پکن با شی جین‌پینگ "
     "رئیس‌جمهور این کشور دیدار کرد. شهباز شریف سپس با لی چیانگ نخست‌وزیر چین نیز دیدار کرد.", ["visit", "meeting"]),
    ("به گزارش ایرنا، شهباز شریف نخست‌وزیر پاکستان امروز در پکن با شی جین‌پینگ رئیس‌جمهور چین دیدار کرد.", ["meeting"]),
    ("به گزارش صدا و سیما، مسعود پزشکیان رئیس‌جمهور امروز در اسلام‌آباد با شهباز شریف نخست‌وزیر پاکستان دیدار کرد. "
     "رئیس‌جمهور شامگاه دیروز وارد اسلام‌آباد شده بود. در این دیدار عباس عراقچی وزیر خارجه و اسحاق دار وزیر خارجه "
     "پاکستان نیز حضور داشتند.", ["visit"]),
    ("به گزارش ایرنا، شهباز شریف نخست‌وزیر پاکستان که برای شرکت در اجلاس سران شانگهای به پکن سفر کرده است، امروز "
     "در حاشیه این اجلاس با شی جین‌پینگ رئیس‌جمهور چین دیدار کرد.", ["meeting"]),
])
def test_api_leaders_talks_in_the_hosts_country_on_a_told_trip_are_a_visit(extract, text, types):
    """A trip (`سفر` in the lead, an arrival) makes the guest leader's talks with the host leader the visit; with no
    trip told, or a summit that brought him, they stay a meeting."""
    assert [e["type"] for e in extract(text, published="2024-06-07")["events"]][:len(types)] == types


@pytest.mark.parametrize("text, types", [
    ("به گزارش ایسنا، محمدباقر قالیباف رئیس مجلس شورای اسلامی امروز وارد بیروت شد و با نبیه بری رئیس مجلس لبنان "
     "دیدار کرد.", ["meeting"]),
    ("به گزارش طلوع‌نیوز، وانگ یی وزیر خارجه چین امروز وارد کابل شد. وی نخست با امیرخان متقی سرپرست وزارت خارجه "
     "دیدار کرد. وانگ یی سپس با ملا عبدالغنی برادر معاون رئیس‌الوزرا دیدار و گفت‌وگو کرد.", ["meeting", "meeting"]),
    ("به گزارش طلوع‌نیوز، وانگ یی وزیر خارجه چین امروز وارد کابل شد.", ["visit"]),
])
def test_api_a_ministers_trip_is_a_meeting_with_each_counterpart_and_the_arrival_frames_them(extract, text, types):
    assert [e["type"] for e in extract(text, published="2022-03-24")["events"]] == types


def test_api_two_commanders_of_two_countries_attending_a_held_session_are_its_sides(extract):
    text = ("به گزارش ایسنا، نشست مشترک فرماندهان مرزی ایران و ترکمنستان روز گذشته در سرخس برگزار شد. "
            "در این نشست که سردار قاسم رضایی فرمانده مرزبانی ناجا و رئیس سرویس مرزی دولتی ترکمنستان در آن حضور "
            "داشتند، راه‌های مقابله با قاچاق بررسی شد.")
    events = extract(text, published="2018-09-12")["events"]
    assert len(events) == 1
    sides = {(p["name"], p["country"]) for p in events[0]["participants"]}
    assert sides == {("قاسم رضایی", "IR"), (None, "TM")}


def test_api_plural_title_over_two_countries_gives_both_sides_resolved_to_names_given_later(extract):
    text = ("به گزارش تسنیم، رؤسای ستاد کل نیروهای مسلح ایران و ترکیه عصر امروز در تماسی تلفنی درباره قفقاز "
            "گفت‌وگو کردند. در این تماس، سرلشکر محمد باقری رئیس ستاد کل نیروهای مسلح کشورمان گفت ایران هیچ تعرضی را "
            "تحمل نمی‌کند. ژنرال یاشار گولر رئیس ستاد کل ارتش ترکیه نیز بر هماهنگی دو کشور تأکید کرد.")
    events = extract(text, published="2020-10-05")["events"]
    assert [e["type"] for e in events] == ["phone_call"]
    assert {p["name"] for p in events[0]["participants"]} == {"محمد باقری", "یاشار گولر"}


def test_api_plural_title_without_names_keeps_one_title_only_side_per_country(extract):
    text = "به گزارش صدا و سیما، وزیران نفت ایران و ونزوئلا امروز در کاراکاس دیدار و گفت‌وگو کردند."
    events = extract(text, published="2022-06-15")["events"]
    assert {(p["name"], p["role"]["code"], p["country"]) for p in events[0]["participants"]} == {
        (None, "minister", "IR"), (None, "minister", "VE")}


def test_api_plural_title_after_a_list_of_names_gives_each_its_country_in_order(extract):
    text = ("به گزارش ایرنا، سید عباس عراقچی وزیر امور خارجه کشورمان امروز در ژنو با یوهان وادفول، ژان نوئل بارو و "
            "دیوید لامی وزیران خارجه آلمان، فرانسه و انگلیس دیدار کرد.")
    countries = {p["name"]: p["country"] for p in extract(text, published="2025-06-20")["events"][0]["participants"]}
    assert (countries["یوهان وادفول"], countries["ژان نوئل بارو"], countries["دیوید لامی"]) == ("DE", "FR", "GB")


def test_api_contact_claimed_by_others_and_denied_is_not_an_event(extract):
    text = ("به گزارش ایسنا، ناصر کنعانی سخنگوی وزارت امور خارجه امروز گزارش دیدار دو وزیر را تکذیب کرد. "
            "یک روزنامه چاپ لندن مدعی شده بود که وزیران خارجه ایران و بحرین هفته گذشته در نیویورک با یکدیگر "
            "ملاقات کرده‌اند.")
    assert extract(text, published="2023-09-25")["events"] == []


def test_api_who_headed_a_delegation_at_a_summit_attended_it_and_a_port_city_places_it(extract):
    text = ("به گزارش مهر، اجلاس سران کشورهای عضو سازمان همکاری شانگهای امروز در بندر آکتائو قزاقستان برگزار شد. "
            "در این نشست ولادیمیر پوتین رئیس‌جمهور روسیه و شی جین‌پینگ رئیس‌جمهور چین حضور داشتند و سوبرامانیام "
            "جی‌شانکار وزیر امور خارجه هند نیز ریاست هیئت کشورش را بر عهده داشت.")
    events = extract(text, published="2024-07-04")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting"]
    assert "سوبرامانیام جی‌شانکار" in {p["name"] for p in events[0]["participants"]}
    assert events[0]["location"]["name_en"] == "Aktau"


@pytest.mark.parametrize("delegation", ["هیئت ازبکستان", "هیئت ازبکستانی"])
def test_api_a_delegation_as_subject_stands_for_its_head(extract, delegation):
    text = ("به گزارش پژواک، هیئت بلندپایه ازبکستان به سرپرستی عبدالعزیز کاملوف امروز در کابل با امیرخان متقی "
            "سرپرست وزارت امور خارجه دیدار کرد. " + delegation + " بعدازظهر امروز با ملا محمد حسن آخوند "
            "رئیس‌الوزرای امارت اسلامی نیز دیدار کرد.")
    events = extract(text, published="2021-10-07")["events"]
    assert len(events) == 2
    assert {p["name"] for p in events[1]["participants"]} == {"عبدالعزیز کاملوف", "محمد حسن آخوند"}


def test_api_who_a_call_is_about_takes_no_part_and_the_named_subjects_of_this_call_do(extract):
    text = ("به گزارش باشگاه خبرنگاران جوان، وزیران امور خارجه ایران و بلاروس امروز به صورت ویدئوکنفرانس درباره "
            "سفر قریب‌الوقوع رئیس‌جمهور بلاروس به تهران گفت‌وگو کردند. در این ارتباط تصویری، حسین امیرعبداللهیان و "
            "سرگئی آلینیک اسناد همکاری را بررسی کردند.")
    events = extract(text, published="2023-03-06")["events"]
    assert [e["type"] for e in events] == ["phone_call"]
    assert {p["name"] for p in events[0]["participants"]} == {"حسین امیرعبداللهیان", "سرگئی آلینیک"}


@pytest.mark.parametrize("follow_up, kind", [
    ("در این تماس، دو وزیر بر ادامه رایزنی‌ها تأکید کردند.", "phone_call"),
    ("در این مکالمه، دو وزیر بر ادامه رایزنی‌ها تأکید کردند.", "phone_call"),
    ("در این دیدار، دو وزیر بر ادامه رایزنی‌ها تأکید کردند.", "meeting"),
])
def test_api_a_contact_referred_to_as_this_call_was_a_call(extract, follow_up, kind):
    text = ("به گزارش ایسنا، سید عباس عراقچی وزیر امور خارجه امروز با بدر عبدالعاطی وزیر امور خارجه مصر گفت‌وگو کرد. "
            + follow_up)
    assert [e["type"] for e in extract(text, published="2025-04-13")["events"]] == [kind]


def test_api_a_session_held_in_the_morning_and_a_meeting_with_another_official_in_the_evening_are_two(extract):
    text = ("به گزارش دفاع پرس، نشست کمیته مشترک نظامی ایران و عراق صبح امروز به ریاست امیر سرتیپ عزیز نصیرزاده "
            "جانشین رئیس ستاد کل نیروهای مسلح و معاون رئیس ستاد مشترک ارتش عراق در بغداد برگزار شد. "
            "جانشین رئیس ستاد کل نیروهای مسلح عصر امروز نیز با ثابت محمد سعید العباسی وزیر دفاع عراق دیدار و "
            "گفت‌وگو کرد.")
    events = extract(text, published="2023-10-03")["events"]
    assert len(events) == 2
    assert "ثابت محمد سعید العباسی" not in {p["name"] for p in events[0]["participants"]}


def test_api_reception_after_a_session_of_officials_known_by_a_plural_title_is_another_contact(extract):
    text = ("به گزارش ایرنا، نشست سه‌جانبه معاونان وزرای امور خارجه ایران، چین و روسیه صبح امروز در پکن برگزار شد. "
            "پس از پایان این نشست، وانگ یی وزیر امور خارجه چین، کاظم غریب‌آبادی و سرگئی ریابکوف را به‌طور مشترک "
            "پذیرفت.")
    assert len(extract(text, published="2025-03-14")["events"]) == 2


def test_api_the_rulers_title_after_an_office_is_its_country_not_a_person_and_the_minutes_signed_are_the_session(extract):
    text = ("به گزارش دفاع پرس، نشست کمیته مشترک نظامی ایران و عمان امروز در مسقط با حضور امیر سرتیپ عزیز نصیرزاده "
            "جانشین رئیس ستاد کل نیروهای مسلح و دریابان عبدالله بن خمیس الرئیسی رئیس ستاد نیروهای مسلح سلطان عمان "
            "برگزار شد. در پایان این نشست، صورتجلسه پایانی به امضای نصیرزاده و الرئیسی رسید.")
    events = extract(text, published="2023-12-05")["events"]
    assert len(events) == 1
    people = {p["name"]: p["country"] for p in events[0]["participants"]}
    assert people == {"عزیز نصیرزاده": "IR", "عبدالله بن خمیس الرئیسی": "OM"}


def test_api_a_signing_at_the_end_of_todays_meeting_is_that_meeting(extract):
    text = ("به گزارش فارس، سرتیپ حسین دهقان وزیر دفاع صبح امروز با ژنرال چانگ وان‌چوان وزیر دفاع چین دیدار و "
            "گفت‌وگو کرد. در پایان دیدار امروز، یادداشت تفاهم همکاری نظامی به امضای دهقان و همتای چینی‌اش رسید.")
    assert len(extract(text, published="2016-11-14")["events"]) == 1


def test_api_the_caller_named_in_the_relative_clause_of_a_call_is_a_side(extract):
    text = ("مسعود پزشکیان رئیس‌جمهور کشورمان در تماسی که شامگاه دوشنبه امانوئل مکرون رئیس‌جمهور فرانسه با وی "
            "برقرار کرد، درباره تحولات منطقه گفت‌وگو کرد.")
    events = extract(text, published="2024-08-13")["events"]
    assert [e["type"] for e in events] == ["phone_call"]
    assert {p["name"] for p in events[0]["participants"]} == {"مسعود پزشکیان", "امانوئل مکرون"}
    assert events[0]["date"]["value"] == "2024-08-12"  # `شامگاه دوشنبه` in the call's own clause


@pytest.mark.parametrize("lead, kind", [
    ("سید ابراهیم رئیسی رئیس‌جمهور کشورمان عصر امروز در گفت‌وگو با شیخ تمیم بن حمد آل ثانی امیر قطر، وضعیت غزه را "
     "بررسی کرد.", "phone_call"),
    ("سید ابراهیم رئیسی رئیس‌جمهور کشورمان عصر امروز در دوحه با شیخ تمیم بن حمد آل ثانی امیر قطر دیدار کرد.",
     "meeting"),
])
def test_api_a_headline_call_over_a_lead_that_only_says_talk_is_a_call(extract, lead, kind):
    text = "مکالمه تلفنی رئیسی و امیر قطر درباره غزه\n\nبه گزارش ایرنا، " + lead
    assert [e["type"] for e in extract(text, published="2023-10-14")["events"]] == [kind]


def test_api_a_strategic_dialogue_round_is_a_negotiation_and_not_a_name(extract):
    text = ("به گزارش صدا و سیما، وانگ یی وزیر امور خارجه چین و شاه محمود قریشی همتای پاکستانی وی امروز سومین دور "
            "گفت‌وگوی راهبردی وزرای خارجه دو کشور را در شهر چنگدو برگزار کردند.")
    events = extract(text, published="2021-07-24")["events"]
    assert [e["type"] for e in events] == ["negotiation"]
    assert {p["name"] for p in events[0]["participants"]} == {"وانگ یی", "شاه محمود قریشی"}


@pytest.mark.parametrize("request_clause, status", [
    ("جیمز کلورلی وزیر امور خارجه انگلیس نیز درخواست تماس تلفنی با امیرعبداللهیان را مطرح کرده است.", "requested"),
    ("جیمز کلورلی وزیر امور خارجه انگلیس نیز به درخواست طرف ایرانی با امیرعبداللهیان تماس تلفنی داشت.", None),
])
def test_api_a_contact_asked_for_is_requested_but_one_held_at_someones_request_happened(extract, request_clause, status):
    text = ("به گزارش مهر، حسین امیرعبداللهیان وزیر امور خارجه کشورمان امروز در تماس تلفنی با کاترین کولونا وزیر "
            "امور خارجه فرانسه گفت‌وگو کرد. ناصر کنعانی سخنگوی وزارت امور خارجه گفت " + request_clause)
    doc = extract(text, published="2023-10-18")
    statuses = [o["status"] for o in doc["other_contacts"]]
    if status:
        assert status in statuses and len(doc["events"]) == 1
    else:
        assert "requested" not in statuses


def test_api_an_official_welcome_by_a_long_named_host_is_the_visit_and_a_title_before_a_name_is_no_one_else(extract):
    text = ("به گزارش خبرآنلاین، سلطان هیثم بن طارق پادشاه عمان که صبح امروز وارد تهران شد، در مجموعه سعدآباد مورد "
            "استقبال رسمی سید ابراهیم رئیسی رئیس‌جمهور کشورمان قرار گرفت.")
    events = extract(text, published="2023-05-28")["events"]
    assert [e["type"] for e in events] == ["visit"]
    assert {p["name"] for p in events[0]["participants"]} == {"هیثم بن طارق", "ابراهیم رئیسی"}


@pytest.mark.parametrize("text", [
    "ضمیر کابلوف نماینده ویژه رئیس‌جمهور روسیه در امور افغانستان امروز در گفت‌وگویی اختصاصی با اسپوتنیک گفت مسکو آماده کمک است.",
    "ضمیر کابلوف نماینده ویژه رئیس‌جمهور روسیه در امور افغانستان امروز در گفت‌وگو با خبرگزاری ایرنا گفت مسکو آماده کمک است.",
])
def test_api_an_interview_with_an_outlet_is_no_meeting(extract, text):
    assert extract("به گزارش اسپوتنیک، " + text, published="2023-01-10")["events"] == []


def test_api_a_headline_subject_keeps_its_own_title_before_the_objects(extract):
    text = ("سرلشکر سلامی رئیس سازمان الحشد الشعبی عراق را به حضور پذیرفت\n\n"
            "به گزارش سپاه نیوز، سرلشکر پاسدار حسین سلامی فرمانده کل سپاه پاسداران انقلاب اسلامی، عصر دیروز فالح "
            "الفیاض رئیس سازمان الحشد الشعبی عراق را به حضور پذیرفت.")
    people = {p["name"]: p["country"] for e in extract(text, published="2022-01-04")["events"] for p in e["participants"]}
    assert people.get("حسین سلامی") == "IR"


def test_api_a_host_named_after_an_official_welcome_and_a_former_holder_named_later_is_not_him(extract):
    text = ("به گزارش ایرنا، سید ابراهیم رئیسی رئیس‌جمهور کشورمان که امروز وارد هراره شد، مورد استقبال رسمی امرسون "
            "منانگاگوا رئیس‌جمهور زیمبابوه قرار گرفت. رئیسی پیش‌تر در سال ۱۳۸۹ در هراره با رابرت موگابه، "
            "رئیس‌جمهور وقت این کشور، دیدار کرده بود.")
    events = extract(text, published="2023-07-13")["events"]
    assert {p["name"] for p in events[0]["participants"]} == {"ابراهیم رئیسی", "امرسون منانگاگوا"}


@pytest.mark.parametrize("earlier, events", [
    ("رئیس ستاد کل نیروهای مسلح ایران پیش از این نشست، صبح امروز با بشار اسد رئیس‌جمهور سوریه نیز دیدار و "
     "گفت‌وگو کرده بود.", 2),
    ("باقری پیش از سفر به دمشق، روز یکشنبه در بغداد با رجب طیب اردوغان دیدار کرده بود.", 1),
])
def test_api_a_name_that_is_also_a_month_makes_no_background_but_a_stop_before_the_trip_does(extract, earlier, events):
    text = ("به گزارش تسنیم، سرلشکر محمد باقری رئیس ستاد کل نیروهای مسلح عصر امروز در دمشق با علی عبدالله ایوب "
            "وزیر دفاع سوریه گفت‌وگو کرد. " + earlier)
    assert len(extract(text, published="2019-03-18")["events"]) == events


def test_api_leaders_talks_after_an_official_welcome_are_a_state_visit_not_a_negotiation(extract):
    text = ("به گزارش خاور، روز جمعه در کاخ ملت مراسم رسمی استقبال از شی جین‌پینگ رئیس جمهوری خلق چین برگزار شد و "
            "پس از آن امامعلی رحمان رئیس جمهور تاجیکستان با مهمان خود در دوشنبه مذاکره کرد.")
    assert [e["type"] for e in extract(text, published="2024-07-05")["events"]] == ["visit"]


def test_api_an_extraction_leaves_no_reference_cycles(extractor):
    """The Doc's stored spans and events are dropped once the Document is built: nothing is left for the
    cyclic garbage collector (its passes over each article's objects took ~5% of the time)."""
    import gc

    texts = [p.read_text(encoding="utf-8") for p in sorted((SAMPLES / "fa").glob("*.txt"))[:12]]
    extractor.extract(texts[0])
    enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        found = []
        for text in texts:
            document = extractor.extract(text)
            found.append(gc.collect())
            assert document.to_dict()["schema_version"]
    finally:
        if enabled:
            gc.enable()
    assert found == [0] * len(texts)


def test_api_khovar_style_titles_before_names_and_a_dateline_date(extract):
    text = ("خبرگزاری ملی تاجیکستان «خاور»\n\nدیدار وزیر امور خارجه تاجیکستان با سفیر ایران\n\n"
            "دوشنبه، ۱۴ سپتامبر ۲۰۲۲. روز گذشته وزیر امور خارجه جمهوری تاجیکستان، سراج‌الدین مهرالدین، سفیر "
            "فوق‌العاده و تام‌الاختیار جمهوری اسلامی ایران در تاجیکستان، علیرضا حقیقیان را به حضور پذیرفت.")
    doc = extract(text)
    assert doc["source"]["published"] == "2022-09-14"
    people = {p["name"]: ((p["role"] or {}).get("code"), p["country"]) for p in doc["events"][0]["participants"]}
    assert people == {"سراج‌الدین مهرالدین": ("foreign_minister", "TJ"), "علیرضا حقیقیان": ("ambassador", "IR")}


def test_api_the_host_named_in_the_clause_about_this_session_attended_it(extract):
    text = ("به گزارش مهر، نشست وزیران دفاع کشورهای عضو سازمان همکاری شانگهای امروز در چینگدائو با حضور امیر سرتیپ "
            "عزیز نصیرزاده وزیر دفاع کشورمان برگزار شد. در این نشست که به میزبانی دونگ جون وزیر دفاع چین برگزار شد، "
            "آندری بلوسوف وزیر دفاع روسیه نیز حضور داشت.")
    names = {p["name"] for e in extract(text, published="2025-06-26")["events"] for p in e["participants"]}
    assert {"دونگ جون", "آندری بلوسوف", "عزیز نصیرزاده"} <= names


def test_api_someone_present_known_only_by_title_joins_this_meeting(extract):
    text = ("به گزارش دفاع پرس، سرتیپ حسین دهقان وزیر دفاع امروز در تهران با رانا تنویر حسین وزیر تولیدات دفاعی "
            "پاکستان دیدار کرد. در این دیدار که با حضور سفیر پاکستان در تهران برگزار شد، همکاری‌های دفاعی بررسی شد.")
    sides = {(p["name"], (p["role"] or {}).get("code"), p["country"]) for e in extract(text, published="2016-05-10")["events"]
             for p in e["participants"]}
    assert (None, "ambassador", "PK") in sides


@pytest.mark.parametrize("follow_up, joins", [
    ("پس از مراسم استقبال، گفتگوهای دو طرف در نشستی با حضور عباس عراقچی وزیر امور خارجه برگزار شد.", True),
    ("دو طرف نتایج کنفرانس بغداد را که هفته گذشته با حضور عباس عراقچی وزیر امور خارجه برگزار شد، مثبت ارزیابی کردند.",
     False),
])
def test_api_someone_present_at_the_two_sides_talks_joins_them_but_not_at_another_event(extract, follow_up, joins):
    text = ("به گزارش ایرنا، مسعود پزشکیان رئیس‌جمهور کشورمان امروز در بغداد با محمد شیاع السودانی نخست‌وزیر عراق "
            "دیدار و گفت‌وگو کرد. " + follow_up)
    names = {p["name"] for e in extract(text, published="2024-09-11")["events"] for p in e["participants"]}
    assert ("عباس عراقچی" in names) == joins


def test_api_an_organisations_title_without_a_country_is_the_named_side_with_that_office(extract):
    text = ("به گزارش خاور، سراج‌الدین مهرالدین وزیر امور خارجه تاجیکستان امروز در دوشنبه با توماس نیکلاسون دیدار "
            "کرد. نماینده ویژه اتحادیه اروپا در امور افغانستان در این دیدار گفت اروپا به کمک‌ها ادامه می‌دهد.")
    events = extract(text, published="2023-03-14")["events"]
    assert len(events[0]["participants"]) == 2


def test_api_the_named_subjects_of_this_meeting_deep_in_a_reported_clause_are_its_participants(extract):
    text = ("به گزارش طلوع‌نیوز، سرپرست وزارت دفاع امروز در کابل با جنرال آستین اسکات میلر فرمانده نیروهای ناتو دیدار "
            "کرد. وزارت دفاع در خبرنامه‌ای گفته است که در این دیدار اسدالله خالد و جنرال میلر روی پشتیبانی هوایی، "
            "آموزش و برنامه‌های عملیاتی گفتگو کرده‌اند.")
    names = {p["name"] for e in extract(text, published="2019-03-10")["events"] for p in e["participants"]}
    assert names == {"اسدالله خالد", "آستین اسکات میلر"}


def test_api_a_contact_on_the_same_day_takes_the_previous_contacts_date(extract):
    text = ("به گزارش تسنیم، هادی العامری دبیرکل سازمان بدر روز گذشته در بغداد میزبان سردار اسماعیل قاآنی فرمانده "
            "نیروی قدس سپاه بود و دو طرف گفت‌وگو کردند. فرمانده نیروی قدس سپاه در همین روز با فالح الفیاض رئیس "
            "سازمان الحشد الشعبی نیز دیدار کرد.")
    events = extract(text, published="2022-10-20")["events"]
    assert [e["date"]["value"] for e in events] == ["2022-10-19", "2022-10-19"]


def test_api_an_abbreviation_with_full_stops_does_not_end_the_sentence_and_an_imams_name_is_no_person(extract):
    text = ("به گزارش مهر، سرلشکر محمد باقری امروز در آنکارا با ژنرال خلوصی آکار رئیس ستاد کل ارتش ترکیه دیدار و "
            "درباره مقابله با گروهک‌های پ.ک.ک و پژاک رایزنی کرد. مراسم دانش‌آموختگی دانشگاه افسری امام علی (ع) "
            "نیز با حضور فرمانده کل ارتش برگزار شد.")
    events = extract(text, published="2017-08-16")["events"]
    assert len(events) == 1
    assert {p["name"] for p in events[0]["participants"]} == {"محمد باقری", "خلوصی آکار"}


def test_api_a_place_in_a_headline_quote_is_not_where_the_meeting_was(extract):
    text = ("قالیباف در دیدار رئیس مجلس تاجیکستان: جنایات رژیم صهیونیستی در غزه نیازمند موضع واحد است\n\n"
            "به گزارش خانه ملت، محمدباقر قالیباف رئیس مجلس شورای اسلامی صبح امروز در دیدار با رستم امامعلی رئیس "
            "مجلس ملی تاجیکستان گفت پارلمان‌های اسلامی باید موضعی واحد داشته باشند.")
    events = extract(text, published="2024-01-20")["events"]
    assert (events[0]["location"] or {}).get("name_en") != "Gaza"


@pytest.mark.parametrize("quote, events", [
    ("«کاظم غریب‌آبادی و مجید تخت‌روانچی، معاونان وزیر امور خارجه، در این نشست با انریکه مورا گفت‌وگو کردند.»", 1),
    ("«کاظم غریب‌آبادی و مجید تخت‌روانچی، معاونان وزیر امور خارجه، هفته آینده با انریکه مورا گفت‌وگو خواهند کرد.»", 0),
])
def test_api_a_contact_only_a_quotation_says_happened_is_one(extract, quote, events):
    text = "به گزارش ایسنا، اسماعیل بقائی سخنگوی وزارت امور خارجه امروز درباره نشست روز جمعه در استانبول گفت: " + quote
    assert len(extract(text, published="2025-05-19")["events"]) == events


def test_api_a_long_hosted_guest_is_a_meeting_and_meetings_of_past_months_are_background(extract):
    text = ("بذرپاش میزبان وزیر تجارت افغانستان شد\n\n"
            "به گزارش فارس، مهرداد بذرپاش وزیر راه و شهرسازی صبح امروز در تهران میزبان نورالدین عزیزی سرپرست وزارت "
            "صنعت و تجارت حکومت سرپرست افغانستان بود. بذرپاش و عزیزی در ماه‌های گذشته نیز در کابل با یکدیگر دیدار "
            "کرده بودند.")
    events = extract(text, published="2023-05-10")["events"]
    assert len(events) == 1
    assert {p["name"] for p in events[0]["participants"]} == {"مهرداد بذرپاش", "نورالدین عزیزی"}


def test_api_who_met_the_guest_on_arrival_takes_no_part(extract):
    text = ("به گزارش ایرنا، امامعلی رحمان رئیس‌جمهور تاجیکستان صبح امروز در سعدآباد از سوی سید ابراهیم رئیسی "
            "رئیس‌جمهور کشورمان به‌طور رسمی مورد استقبال قرار گرفت. رئیس‌جمهور تاجیکستان شامگاه گذشته با استقبال "
            "رستم قاسمی وزیر راه و شهرسازی وارد فرودگاه مهرآباد شده بود.")
    events = extract(text, published="2022-05-30")["events"]
    assert len(events) == 1
    assert all("رستم قاسمی" != p["name"] for p in events[0]["participants"])


@pytest.mark.parametrize("denial, events", [
    ("خوارزمی در پیامی نوشت: «چنین دیداری صورت نگرفته است.»", 0),
    ("خوارزمی در پیامی نوشت که وزیر دفاع به کارهای خود ادامه می‌دهد.", 1),
])
def test_api_a_meeting_media_reported_and_the_article_denies_is_no_event(extract, denial, events):
    text = ("به گزارش طلوع‌نیوز، چند رسانه پاکستانی روز گذشته نوشته بودند که ملا محمد یعقوب وزیر دفاع طالبان و ژنرال "
            "ندیم انجم رئیس سازمان استخبارات ارتش پاکستان در دوحه با هم دیدار کرده‌اند. " + denial)
    assert len(extract(text, published="2023-11-02")["events"]) == events


def test_api_received_in_audience_in_the_passive_is_another_contact(extract):
    text = ("به گزارش مهر، سرلشکر محمد باقری امروز در دوشنبه با شیرعلی میرزو وزیر دفاع تاجیکستان دیدار کرد. "
            "باقری عصر همین روز از سوی امامعلی رحمان رئیس‌جمهور تاجیکستان به حضور پذیرفته شد.")
    events = extract(text, published="2022-05-17")["events"]
    assert len(events) == 2
    assert "امامعلی رحمان" in {p["name"] for p in events[1]["participants"]}


def test_api_family_name_after_a_rank_is_the_chinese_minister_not_the_pronoun(extract):
    text = ("به گزارش ایرنا، امیر سرتیپ محمدرضا قرائی آشتیانی وزیر دفاع امروز در تهران با ژنرال وی فنگه وزیر دفاع چین "
            "دیدار کرد. ژنرال وی همچنین با سرلشکر محمد باقری رئیس ستاد کل نیروهای مسلح دیدار کرد.")
    events = extract(text, published="2022-04-27")["events"]
    assert [{p["name_en"] for p in e["participants"]} for e in events] == [
        {"Mohammad-Reza Gharaei Ashtiani", "Wei Fenghe"}, {"Wei Fenghe", "Mohammad Bagheri"}]


def test_api_pronoun_subject_before_a_named_counterpart_is_a_side(extract):
    text = ("به گزارش طلوع‌نیوز، وانگ یی وزیر خارجه چین امروز وارد کابل شد. وی با امیرخان متقی سرپرست وزارت خارجه "
            "دیدار کرد.")
    events = extract(text, published="2022-03-24")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [["امیرخان متقی", "وانگ یی"]]


def test_api_subject_named_in_this_meeting_with_a_side_fills_the_side_known_by_title(extract):
    text = ("کابل (پژواک، ۱۸ ثور ۱۴۰۳): سرپرست وزارت امور مهاجرین دیروز با سفیر ایران در کابل دیدار کرده است. "
            "در خبرنامه این وزارت که به پژواک فرستاده شده آمده است که مولوی عبدالکبیر در این دیدار با علیرضا بیکدلی "
            "درباره وضعیت مهاجرین گفتگو کرده است.")
    events = extract(text)["events"]
    assert [sorted(str(p["name"]) for p in e["participants"]) for e in events] == [["عبدالکبیر", "علیرضا بیکدلی"]]


def test_api_separate_contacts_over_a_plural_title_stay_apart_and_take_the_names_told_later(extract):
    text = ("به گزارش پژواک، سراج‌الدین حقانی وزیر داخله در دو دیدار جداگانه با سفیران چین و روسیه در کابل گفتگو کرده "
            "است. حقانی روز یکشنبه با ژائو شینگ سفیر چین در کابل دیدار کرد. وزیر داخله امروز دوشنبه نیز با دمیتری "
            "ژیرنوف سفیر روسیه در کابل دیدار کرد.")
    events = extract(text, published="2024-12-30")["events"]
    assert [e["type"] for e in events] == ["meeting", "meeting"]
    assert [sorted(p["country"] for p in e["participants"]) for e in events] == [["AF", "CN"], ["AF", "RU"]]


def test_api_ship_names_in_guillemets_are_no_people_and_after_this_meeting_starts_another_contact(extract):
    text = ("به گزارش مهر، ناوهای «تیر» و «شاردول» و شناور گارد ساحلی «ویرا» روز گذشته در بندرعباس پهلو گرفتند. "
            "فرمانده ناوگروه هند صبح امروز با فرمانده منطقه یکم نیروی دریایی ارتش ایران دیدار کرد. "
            "فرمانده ناوگروه هند پس از این دیدار با استاندار هرمزگان نیز دیدار کرد.")
    document = extract(text, published="2024-02-21")
    events = document["events"]
    assert len(events) == 2
    assert all(p["name"] is None for e in events for p in e["participants"])
    assert (None, "IR") in {(p["name"], p["country"]) for p in events[1]["participants"]}
    assert "مائورو ویرا" not in {p["name"] for p in document["mentioned_people"]}


def test_api_this_meeting_was_held_with_someone_present_is_the_contact_just_told(extract):
    text = ("به گزارش ایرنا، هیئت صنایع دفاعی ایران به ریاست معاون وزیر دفاع روز چهارشنبه در کراچی با ژنرال ساحر شمشاد "
            "میرزا رئیس کمیته مشترک رؤسای ستاد ارتش پاکستان دیدار کرد. این دیدار با حضور رضا امیری مقدم سفیر کشورمان "
            "در اسلام‌آباد برگزار شد.")
    events = extract(text, published="2024-11-21")["events"]
    assert len(events) == 1
    assert "رضا امیری مقدم" in {p["name"] for p in events[0]["participants"]}


def test_api_rank_and_surname_name_the_commander_and_the_head_of_this_academy_is_a_side(extract):
    text = ("به گزارش تسنیم، دریادار شهرام ایرانی فرمانده نیروی دریایی ارتش روز شنبه در سن‌پترزبورگ با دریاسالار "
            "«نیکولای یفمنوف» فرمانده کل نیروی دریایی روسیه دیدار کرد. دریادار ایرانی امروز با حضور در آکادمی نظامی "
            "نیروی دریایی روسیه با رئیس این آکادمی دیدار کرد.")
    events = extract(text, published="2023-07-30")["events"]
    assert len(events) == 2
    assert {(p["name"], p["role"]["code"], p["country"]) for p in events[1]["participants"]} == {
        ("شهرام ایرانی", "military_commander", "IR"), (None, "head_of_organization", "RU")}


def test_api_officials_in_the_plural_meet_and_are_named_as_attending_later(extract):
    text = ("کابل (پژواک): مسئولان امنیتی ولایت نیمروز و مقام‌های مرزی ایران روز یکشنبه در زرنج با هم دیدار کردند. "
            "یک منبع محلی گفت که در این نشست مولوی محمد قاسم خالد والی نیمروز و سرهنگ علی رضایی فرمانده هنگ مرزی "
            "زابل اشتراک داشتند. در همین حال، حسن کاظمی قمی سفیر ایران در کابل با ملا محمد یعقوب مجاهد سرپرست وزارت "
            "دفاع ملی دیدار کرد.")
    events = extract(text)["events"]
    assert len(events) == 2
    assert "حسن کاظمی قمی" not in {p["name"] for p in events[0]["participants"]}


@pytest.mark.parametrize("text, expected", [
    ("به گزارش ایرنا، معاون والی نیمروز امروز با فرمانده مرزبانی سیستان دیدار کرد. عنایت‌الله خوارزمی سخنگوی وزارت "
     "دفاع گفت مرز آرام است.", None),
])
def test_api_a_generic_office_known_only_by_title_is_not_someone_named_later_in_another_office(extract, text, expected):
    events = extract(text, published="2023-05-28")["events"]
    assert len(events) == 1
    assert all(p["name"] == expected for p in events[0]["participants"])


def test_api_a_contact_in_the_past_perfect_some_days_ago_is_background(extract):
    text = ("به گزارش طلوع‌نیوز، امیرخان متقی امروز در تماسی تلفنی با محمد اسحاق دار وزیر خارجه پاکستان گفتگو کرد. "
            "اسحاق دار و متقی حدود ده روز پیش نیز در نشستی سه‌جانبه به میزبانی وانگ یی در بیجینگ با یکدیگر دیدار "
            "کرده بودند.")
    assert [e["type"] for e in extract(text, published="2025-05-31")["events"]] == ["phone_call"]


def test_api_the_source_after_according_to_is_not_a_side(extract):
    text = ("به گزارش طلوع‌نیوز، به گفته آقای عبدالقهار بلخی، امیرخان متقی روز چهارشنبه با علیرضا بیکدلی سفیر ایران "
            "در کابل گفتگو کرده است.")
    events = extract(text, published="2024-10-10")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [["امیرخان متقی", "علیرضا بیکدلی"]]


def test_api_guillemets_around_an_officials_name_and_honorifics_are_no_quotation(extract):
    text = ("به گزارش مهر، «حضرت صاحب السمو الشیخ مشعل الاحمد الجابر الصباح امیر دولت کویت» امروز یکشنبه در شهر کویت، "
            "حسین امیرعبداللهیان وزیر امور خارجه ایران را به حضور پذیرفت.")
    events = extract(text, published="2023-12-17")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["حسین امیرعبداللهیان", "مشعل الاحمد الجابر الصباح"]]


def test_api_a_call_told_only_inside_a_quote_counts_by_its_own_verb(extract):
    text = ("به گزارش ایلنا، سخنگوی وزارت امور خارجه امروز اعلام کرد که دور چهارم مذاکرات به تعویق افتاده است. "
            "اسماعیل بقائی افزود: «این پیشنهاد امروز در تماس تلفنی آقای بدر البوسعیدی با وزیر امور خارجه کشورمان "
            "مطرح شد و زمان جدید پس از هماهنگی طرفین اعلام خواهد شد.» به گفته سخنگو، سید عباس عراقچی در این تماس بر "
            "عزم ایران برای توافق تأکید کرد. وی گفت هیئت ایرانی با حسن نیت وارد گفت‌وگوها شده است.")
    document = extract(text, published="2025-05-01")
    assert [(e["type"], sorted(str(p["name"]) for p in e["participants"])) for e in document["events"]] == [
        ("phone_call", ["بدر البوسعیدی", "عباس عراقچی"])]
    assert "حسن نیت" not in {p["name"] for p in document["mentioned_people"]}


def test_api_surnames_sharing_a_suffix_split_off_by_a_lost_zwnj_are_different_people(extract):
    text = ("به گزارش مهر، احمد وحیدی وزیر کشور دیروز در باکو با ولایت عیوض اف وزیر امور داخلی جمهوری آذربایجان دیدار "
            "کرد. وزیر کشور امروز با الهام علی اف رئیس جمهور آذربایجان دیدار کرد. آقای جلال زاده نیز در تهران گفت "
            "وحید جلال زاده معاون وزیر خارجه به باکو نمی‌رود.")
    events = extract(text, published="2023-12-06")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["احمد وحیدی", "ولایت عیوض‌اف"], ["احمد وحیدی", "الهام علی‌اف"]]  # (both registered: the register's spelling)


def test_api_spokesman_reports_two_separate_calls_with_counterparts_of_two_countries(extract):
    text = ("به گزارش ایسنا، سخنگوی وزارت امور خارجه امروز دوشنبه اعلام کرد که وزیر امور خارجه کشورمان شامگاه گذشته "
            "در دو تماس تلفنی جداگانه با همتایان سعودی و قطری خود گفت‌وگو کرده است. اسماعیل بقائی افزود: «آقای "
            "عراقچی در گفت‌وگو با فیصل بن فرحان وزیر خارجه عربستان سعودی بر توقف جنگ تأکید کرد.»")
    events = extract(text, published="2024-10-07")["events"]
    assert [(e["type"], sorted(p["country"] for p in e["participants"]), e["date"]["value"]) for e in events] == [
        ("phone_call", ["IR", "SA"], "2024-10-06"), ("phone_call", ["IR", "QA"], "2024-10-06")]
    assert "اسماعیل بقائی" not in {p["name"] for e in events for p in e["participants"]}


def test_api_a_month_name_that_is_a_common_word_does_not_date_a_contact_back(extract):
    text = ("به گزارش فارس، خسرو ناظری دبیرکل اکو عصر امروز با حسین امیرعبداللهیان وزیر امور خارجه دیدار کرد. "
            "دبیرکل اکو پیش از این دیدار، صبح امروز با مهدی صفری معاون وزیر امور خارجه درباره پروژه‌های حمل و نقل "
            "گفت‌وگو کرده بود.")
    assert len(extract(text, published="2023-05-10")["events"]) == 2


def test_api_a_meeting_after_the_session_ended_is_another_contact(extract):
    text = ("به گزارش فارس، نشست گفت‌وگوی امنیتی منطقه‌ای امروز با حضور دبیران شوراهای امنیت ایران، افغانستان، روسیه "
            "و چین به میزبانی علی شمخانی دبیر شورای عالی امنیت ملی در تهران برگزار شد. حمدالله محب مشاور امنیت ملی "
            "افغانستان در این نشست حضور داشت. دبیر شورای عالی امنیت ملی پس از پایان نشست با محب دیدار و گفت‌وگو کرد.")
    events = extract(text, published="2018-12-26")["events"]
    assert len(events) == 2
    assert [p["name"] for p in events[1]["participants"]] == ["علی شمخانی", "حمدالله محب"]


def test_api_leaders_who_spoke_at_a_summit_attended_it_but_a_lone_speech_is_no_contact(extract):
    summit = ("به گزارش تسنیم، اجلاس سران دی‌هشت امروز به میزبانی مصر در قاهره برگزار شد. در این اجلاس رجب طیب اردوغان "
              "رئیس‌جمهور ترکیه و مسعود پزشکیان رئیس‌جمهور کشورمان نیز سخنرانی کردند.")
    speech = ("به گزارش فارس، امیر سرلشکر سید عبدالرحیم موسوی فرمانده کل ارتش صبح امروز در آیین صبحگاه مشترک "
              "یگان‌های ارتش سخنرانی کرد.")
    events = extract(summit, published="2024-12-19")["events"]
    assert [(e["type"], {p["name"] for p in e["participants"]}) for e in events] == [
        ("multilateral_meeting", {"رجب طیب اردوغان", "مسعود پزشکیان"})]
    assert extract(speech, published="2024-04-17")["events"] == []


def test_api_the_chair_of_this_session_attended_it(extract):
    text = ("به گزارش مهر، هیئت‌های ایران، عربستان سعودی و چین روز سه‌شنبه در ریاض گرد هم آمدند. ریاست این نشست بر عهده "
            "ولید الخریجی معاون وزیر امور خارجه عربستان بود. هیئت کشورمان را مجید تخت‌روانچی معاون سیاسی وزیر امور "
            "خارجه رهبری می‌کرد.")
    events = extract(text, published="2024-11-20")["events"]
    assert len(events) == 1
    assert {"ولید الخریجی", "مجید تخت‌روانچی"} <= {p["name"] for p in events[0]["participants"]}


def test_api_a_member_the_delegations_relative_clause_says_was_in_it_is_a_participant(extract):
    text = ("به گزارش ایرنا، خواجه محمد آصف وزیر دفاع پاکستان در رأس هیئتی بلندپایه که ژنرال ندیم انجم رئیس سازمان "
            "اطلاعات ارتش پاکستان نیز در آن حضور داشت، روز چهارشنبه به کابل سفر کرد و با ملا عبدالغنی برادر معاون "
            "اقتصادی نخست‌وزیر طالبان دیدار کرد.")
    events = extract(text, published="2023-02-22")["events"]
    assert "ندیم انجم" in {p["name"] for p in events[0]["participants"]}


@pytest.mark.parametrize("text, city", [
    ("۲۸ مهر ۱۳۹۸ - ۱۳:۴۵\nخبرگزاری مهر\n\nبه گزارش خبرگزاری مهر، الکساندر فومین معاون وزیر دفاع روسیه صبح امروز با "
     "سرلشکر محمد باقری رئیس ستاد کل نیروهای مسلح ملاقات کرد.", "Tehran"),
    ("خبرگزاری مهر\n\nبه گزارش خبرگزاری مهر، سرلشکر محمد باقری امروز با الکساندر فومین معاون وزیر دفاع روسیه ملاقات کرد. "
     "باقری در این سفر از یک کارخانه نیز بازدید کرد.", None),
    ("خبرگزاری مهر\n\nبه گزارش خبرگزاری مهر، ناوگروه ایران در بندر مسقط پهلو گرفت و فرمانده آن با عبدالله الرئیسی "
     "فرمانده نیروی دریایی عمان دیدار کرد.", "Muscat"),
])
def test_api_an_outlets_official_receiving_a_foreigner_with_no_place_or_trip_told_met_him_at_home(extract, text, city):
    events = extract(text)["events"]
    assert (events[0]["location"] or {}).get("name_en") == city


@pytest.mark.parametrize("background", [
    "آنتونی بلینکن وزیر خارجه امریکا هفته گذشته در سفری اعلام‌ناشده به کابل با اشرف غنی رئیس‌جمهور دیدار کرده بود.",
    "سید حسین عالمی بلخی وزیر امور مهاجرین در سفر تابستان امسال خود به تهران با عبدالرضا رحمانی فضلی وزیر کشور ایران "
    "دیدار کرده و خواستار توقف اخراج مهاجران شده بود.",
])
def test_api_a_past_perfect_contact_of_last_week_or_a_season_is_background(extract, background):
    text = ("به گزارش طلوع‌نیوز، محمد حنیف اتمر سرپرست وزارت خارجه امروز در یک تماس تلفنی با مولود چاووش‌اوغلو وزیر "
            "خارجه ترکیه گفتگو کرد. " + background)
    assert [e["type"] for e in extract(text, published="2021-04-20")["events"]] == ["phone_call"]


def test_api_a_meeting_and_a_call_coordinated_in_one_sentence_are_two_contacts(extract):
    text = ("به گزارش طلوع‌نیوز، امیرخان متقی وزیر خارجه امروز در کابل با ژائو شینگ سفیر چین دیدار کرده و همچنان با "
            "بختیار سعیدوف وزیر خارجه ازبکستان تلفنی گفتگو کرده است.")
    events = extract(text, published="2024-05-04")["events"]
    assert [(e["type"], sorted(p["name"] for p in e["participants"])) for e in events] == [
        ("meeting", ["امیرخان متقی", "ژائو شینگ"]), ("phone_call", ["امیرخان متقی", "بختیار سعیدوف"])]


def test_api_a_ceremony_held_in_a_summit_hall_is_no_contact(extract):
    text = ("به گزارش مهر، محمد مخبر امروز در حاشیه مراسم بزرگداشت با امامعلی رحمان رئیس‌جمهور تاجیکستان دیدار کرد. "
            "مراسم بزرگداشت رئیس‌جمهور شهید عصر امروز با حضور سران شمار زیادی از کشورها در سالن اجلاس سران تهران "
            "برگزار شد.")
    assert [e["type"] for e in extract(text, published="2024-05-22")["events"]] == ["meeting"]


@pytest.mark.parametrize("speech", ["در ادامه خبر داد که", "اعلام کرده است که"])
def test_api_the_spokesman_who_tells_of_a_call_is_no_side(extract, speech):
    text = (f"به گزارش ایلنا، اسماعیل بقائی سخنگوی وزارت امور خارجه {speech} عراقچی شامگاه یکشنبه در تماس تلفنی "
            "با بدر البوسعیدی وزیر امور خارجه عمان گفت‌وگو کرده است.")
    events = extract(text, published="2025-06-30")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [["بدر البوسعیدی", "عباس عراقچی"]]


def test_api_an_unknown_name_before_an_apposed_counterpart_is_that_counterpart(extract):
    text = ("به گزارش مهر، وزیر امور خارجه کشورمان دیروز در هلسینکی با پکا هاویستو همتای فنلاندی خود دیدار کرد.")
    events = extract(text, published="2019-08-22")["events"]
    assert ("پکا هاویستو", "FI") in {(p["name"], p["country"]) for p in events[0]["participants"]}


def test_api_khovar_title_name_title_name_gives_each_title_to_the_name_after_it(extract):
    text = ("دوشنبه، ۱۳ فوریه، «خاور». امروز وزیر امور خارجه جمهوری تاجیکستان سراج‌الدین مهرالدین، سفیر فوق‌العاده و "
            "تام‌الاختیار جمهوری اسلامی ایران در جمهوری تاجیکستان علیرضا حقیقیان را به حضور پذیرفت.")
    events = extract(text, published="2023-02-13")["events"]
    assert {(p["name"], p["role"]["code"], p["country"]) for p in events[0]["participants"]} == {
        ("سراج‌الدین مهرالدین", "foreign_minister", "TJ"), ("علیرضا حقیقیان", "ambassador", "IR")}


def test_api_ministers_present_at_the_leaders_session_join_the_visit(extract):
    text = ("به گزارش صدا و سیما، نورسلطان نظربایف رئیس‌جمهور قزاقستان صبح امروز در سعدآباد از سوی حسن روحانی "
            "رئیس‌جمهور کشورمان مورد استقبال رسمی قرار گرفت. پس از معرفی هیئت‌ها، رؤسای جمهور دو کشور در نشست "
            "هیئت‌های عالی‌رتبه که با حضور محمدجواد ظریف و ارلان ادریسوف وزرای امور خارجه دو کشور برگزار شد، "
            "گفت‌وگو کردند.")
    events = extract(text, published="2016-04-11")["events"]
    assert len(events) == 1
    assert {"محمدجواد ظریف", "ارلان ادریسوف", "حسن روحانی"} <= {p["name"] for p in events[0]["participants"]}


def test_api_the_name_after_a_delegations_ra_leads_it_and_is_of_its_country(extract):
    text = ("کابل (پژواک): دور دوم مذاکرات گروه هماهنگی چهارجانبه امروز در کابل برگزار شد. در این نشست، هیئت افغانستان را "
            "حکمت خلیل کرزی معین سیاسی وزارت امور خارجه و هیئت پاکستان را اعزاز احمد چودری معین وزارت امور خارجه آن "
            "کشور رهبری می‌کردند.")
    events = extract(text, published="2016-01-18")["events"]
    assert {(p["country"]) for p in events[0]["participants"]} == {"AF", "PK"}
    assert all(p["name"] is not None for p in events[0]["participants"])


def test_api_a_counterpart_phrase_takes_the_office_the_register_gives_the_named_side(extract):
    text = ("خبرآنلاین\n۷ خرداد ۱۳۹۸ - ۱۱:۲۵\n\nسفر روحانی به دوشنبه برای اجلاس سیکا قطعی شد\n\n"
            "وزیر امور خارجه تاجیکستان که دیروز در تهران با محمدجواد ظریف دیدار کرد، اعلام کرد که حسن روحانی "
            "رئیس‌جمهور کشورمان به دوشنبه سفر خواهد کرد.\n\nبه گزارش خبرآنلاین، سراج‌الدین مهرالدین در این دیدار "
            "درباره اجلاس سیکا با همتای ایرانی خود گفت‌وگو کرد.")
    events = extract(text)["events"]
    assert "حسن روحانی" not in {p["name"] for e in events for p in e["participants"]}


def test_api_a_leader_who_came_to_attend_a_ceremony_has_sideline_meetings_not_a_visit(extract):
    text = ("به گزارش باشگاه خبرنگاران جوان، قیس سعید رئیس‌جمهور تونس که برای شرکت در مراسم بزرگداشت به تهران سفر "
            "کرده است، عصر امروز با محمد مخبر سرپرست ریاست‌جمهوری دیدار و گفت‌وگو کرد.")
    assert [e["type"] for e in extract(text, published="2024-05-22")["events"]] == ["meeting"]


@pytest.mark.parametrize("text, expected", [
    ("حسین امیرعبداللهیان امروز در دهلی‌نو با سوبرامانیام جی‌شانکار وزیر امور خارجه هند مذاکره کرد.", "meeting"),
    ("بهرام عین‌اللهی وزیر بهداشت روز شنبه در نشستی ویدئوکنفرانسی با وزیر بهداشت کوبا گفت‌وگو کرد.", "phone_call"),
])
def test_api_ministers_who_negotiated_met_and_a_videoconference_is_a_call(extract, text, expected):
    assert [e["type"] for e in extract("به گزارش ایسنا، " + text, published="2022-06-08")["events"]] == [expected]


def test_api_delegations_that_negotiated_held_a_negotiation(extract):
    text = ("به گزارش ایرنا، هیئت ایران به ریاست علی باقری و هیئت عمان به ریاست خلیفه الحارثی امروز در مسقط "
            "مذاکره کردند.")
    assert [e["type"] for e in extract(text, published="2022-02-10")["events"]] == ["negotiation"]


def test_api_the_one_an_adviser_serves_is_no_side(extract):
    text = ("به گزارش ایلنا، علی باقری کنی معاون سیاسی وزیر امور خارجه امروز در ابوظبی با انور قرقاش مشاور "
            "دیپلماتیک رئیس امارات دیدار و گفت‌وگو کرد.")
    events = extract(text, published="2021-11-24")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [["انور قرقاش", "علی باقری کنی"]]


@pytest.mark.parametrize("text", [
    ("به گزارش ایرنا، علی شمخانی دبیر شورای عالی امنیت ملی امروز در بیروت با سمیر مقبل وزیر دفاع لبنان "
     "گفت‌وگو کرد و اعلام کرد که ایران یک محموله کمک نظامی به ارتش لبنان اهدا خواهد کرد."),
    # an invitation handed over after the contact does not make it requested
    ("به گزارش ایسنا، سفیر لبنان در تهران امروز با اسکندر مومنی وزیر کشور دیدار کرد و دعوت‌نامه رسمی همتای لبنانی "
     "وی برای سفر به بیروت را تسلیم کرد."),
])
def test_api_a_future_in_a_verb_coordinated_after_the_contact_does_not_make_it_planned(extract, text):
    assert [e["type"] for e in extract(text, published="2014-09-30")["events"]] == ["meeting"]


def test_api_the_upcoming_round_of_talks_spoken_of_is_planned_not_held(extract):
    text = ("به گزارش ایسنا، علی‌اکبر صالحی وزیر امور خارجه کشورمان روز شنبه در مونیخ با گیدو وستروله وزیر امور خارجه "
            "آلمان دیدار کرد. وستروله از ایران خواست با پیشنهادهای تازه به دور آینده مذاکرات بیاید.")
    doc = extract(text, published="2013-02-03")
    assert [e["type"] for e in doc["events"]] == ["meeting"]
    assert [(c["type"], c["status"]) for c in doc["other_contacts"]] == [("negotiation", "planned")]


@pytest.mark.parametrize("crowd", ["بیش از ۲۰ تن", "ده‌ها تن", "حدود 15 نفر", "شماری"])
def test_api_a_tally_of_contacts_with_a_crowd_is_no_event(extract, crowd):
    text = ("به گزارش صدا و سیما، سید عباس عراقچی وزیر امور خارجه امروز دوشنبه در گفت‌وگوی تلفنی با موسالیا موداوادی "
            f"وزیر امور خارجه کنیا درباره حملات اخیر گفت‌وگو کرد. عراقچی از بامداد جمعه تاکنون با {crowd} از همتایان خود "
            "در سراسر جهان گفت‌وگو کرده است.")
    events = extract(text, published="2025-06-16")["events"]
    assert [e["type"] for e in events] == ["phone_call"]


def test_api_a_spokesman_telling_of_a_call_that_asked_for_a_countrys_mediation_is_no_participant(extract):
    text = ("امیرخان متقی، وزیر خارجه امارت اسلامی، روز دوشنبه در یک تماس تیلفونی با شیخ محمد بن عبدالرحمن آل ثانی، "
            "صدراعظم و وزیر خارجه قطر، گفتگو کرد. عبدالقهار بلخی، سخنگوی وزارت خارجه، در ایکس نوشت که متقی در این "
            "گفتگو خواستار ادامه میانجیگری این کشور برای برداشتن تحریم‌ها شده است.")
    events = extract(text, published="2024-08-12")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["امیرخان متقی", "محمد بن عبدالرحمن آل ثانی"]]


def test_api_a_speech_at_another_session_adds_no_one_to_two_ministers_talks(extract):
    text = ("به گزارش ایرنا، محمدجواد ظریف وزیر امور خارجه امروز چهارشنبه در نیویورک با رتنو مرسودی وزیر امور خارجه "
            "اندونزی دیدار کرد. حسن روحانی رئیس جمهور کشورمان نیز روز سه شنبه در نشست عمومی مجمع سخنرانی کرد.")
    events = extract(text, published="2018-09-26")["events"]
    assert [(e["type"], sorted(p["name"] for p in e["participants"])) for e in events] == [
        ("meeting", ["رتنو مرسودی", "محمدجواد ظریف"])]


@pytest.mark.parametrize("speech", [
    "وزیر دفاع کشورمان پیش از این دیدار در نشست عمومی کنفرانس نیز سخنرانی کرده بود.",
    "حاتمی روز سه‌شنبه در نشست عمومی کنفرانس سخنرانی کرد.",
    "حاتمی در سخنرانی خود در نشست عمومی کنفرانس نیز خواستار خروج نیروهای بیگانه از منطقه شد.",
    "حاتمی در سخنرانی خود در این کنفرانس گفته بود ایران هرگز توان دفاعی خود را کاهش نخواهد داد.",
    "حاتمی پیش از این دیدار در مراسم افتتاحیه کنفرانس سخنرانی کرد و گفت ایران عقب‌نشینی نخواهد کرد.",
])
def test_api_a_sideline_official_speaking_at_the_session_attended_it_too(extract, speech):
    text = ("به گزارش ایرنا از مسکو، امیر حاتمی وزیر دفاع کشورمان روز سه‌شنبه در حاشیه کنفرانس امنیت بین‌المللی مسکو با "
            f"سرگئی شویگو وزیر دفاع روسیه دیدار و گفت‌وگو کرد. {speech}")
    events = extract(text, published="2019-04-24")["events"]
    assert [(e["type"], sorted(p["name"] for p in e["participants"])) for e in events] == [
        ("meeting", ["امیر حاتمی", "سرگئی شویگو"]), ("multilateral_meeting", ["امیر حاتمی"])]
    assert events[1]["location"]["name_en"] == "Moscow"


@pytest.mark.parametrize("back_reference", ["در این دیدار همچنین", "دو وزیر در این ملاقات همچنین"])
def test_api_the_meeting_keeps_its_topics_told_after_a_sideline_speech(extract, back_reference):
    text = ("به گزارش ایرنا از مسکو، امیر حاتمی وزیر دفاع کشورمان روز سه‌شنبه در حاشیه کنفرانس امنیت بین‌المللی مسکو با "
            "سرگئی شویگو وزیر دفاع روسیه دیدار و گفت‌وگو کرد. حاتمی با اشاره به سخنرانی خود در نشست عمومی کنفرانس "
            "افزود که کشورهای منطقه خود باید امنیت منطقه را تامین کنند. "
            f"{back_reference} درباره گسترش همکاری‌های نظامی دو کشور و مبارزه با تروریسم گفت‌وگو شد.")
    events = extract(text, published="2019-04-24")["events"]
    assert [e["type"] for e in events] == ["meeting", "multilateral_meeting"]
    meeting_topics = {t["code"] for t in events[0]["topics"]}
    session_topics = {t["code"] for t in events[1]["topics"]}
    assert {"military_cooperation", "counter_terrorism"} <= meeting_topics
    assert not {"military_cooperation", "counter_terrorism"} & session_topics


@pytest.mark.parametrize("speech", [
    "حسن روحانی رئیس جمهور کشورمان نیز روز سه‌شنبه در نشست عمومی مجمع سخنرانی کرد.",
    "وی سال گذشته در نشست عمومی مجمع سخنرانی کرده بود.",
])
def test_api_a_speech_on_the_sidelines_is_no_session_unless_one_who_met_gave_it_then(extract, speech):
    text = ("به گزارش ایرنا، محمدجواد ظریف وزیر امور خارجه امروز در حاشیه مجمع عمومی سازمان ملل در نیویورک با رتنو "
            f"مرسودی وزیر امور خارجه اندونزی دیدار کرد. {speech}")
    events = extract(text, published="2018-09-26")["events"]
    assert [e["type"] for e in events] == ["meeting"]


@pytest.mark.parametrize("second, status", [
    ("وی قرار است فردا با محمدجواد ظریف وزیر امور خارجه کشورمان نیز دیدار و گفتگو کند.", "planned"),
    ("وی خواستار شد که محمدجواد ظریف با همتای خود دیدار کند.", "requested"),
    ("اگر وی با محمدجواد ظریف دیدار کند، کمیسیون مشترک فعال می‌شود.", "hypothetical"),
    ("وی پیشنهاد داده است که وزیران خارجه ایران و آفریقای جنوبی در نشستی در تهران گرد هم آیند.", "requested"),
])
def test_api_a_contact_told_in_the_subjunctive_is_another_contact_with_its_status(extract, second, status):
    text = ("به گزارش ایلنا، ابراهیم ابراهیم معاون وزیر روابط بین‌الملل آفریقای جنوبی امروز با حسین امیرعبداللهیان معاون "
            f"وزیر امور خارجه دیدار کرد. {second}")
    doc = extract(text, published="2013-11-19")
    assert len(doc["events"]) == 1
    assert [c["status"] for c in doc["other_contacts"]] == [status]


def test_api_a_surname_in_allah_after_a_rank_is_the_registered_official(extract):
    text = ("به گزارش ایسنا، سپهبد عبدالامیر رشید یارالله رئیس ستاد مشترک ارتش عراق امروز با محمد باقری دیدار کرد. "
            "سپهبد یارالله که روز گذشته وارد تهران شد، عصر دیروز نیز با علی شمخانی دیدار کرده بود.")
    events = extract(text, published="2025-01-20")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["عبدالامیر رشید یارالله", "محمد باقری"], ["عبدالامیر رشید یارالله", "علی شمخانی"]]


@pytest.mark.parametrize("text", [
    # a channel's report of a contact, in an article that denies it
    ("به گزارش ایرنا، سخنگوی ارتش پاکستان گزارش الجزیره را تکذیب کرد. الجزیره روز یکشنبه گزارش داده بود که حامد کرزی "
     "در کابل با سراج‌الدین حقانی دیدار کرده است."),
    # the report of a contact rejected by its own clause
    "به گزارش رادیو فردا، کرملین گزارش دیدار قاسم سلیمانی با ولادیمیر پوتین در مسکو را رد کرد.",
    # a call said not to have been made, the negated verb a word after the noun
    ("معید یوسف مشاور امنیت ملی پاکستان از اینکه جو بایدن رئیس جمهور امریکا هنوز با عمران خان صدراعظم پاکستان "
     "تماس تلفنی نگرفته است، انتقاد کرد."),
    # a contact said not to have happened
    ("به گزارش رادیو فردا، دیمیتری پسکوف سخنگوی کرملین روز جمعه گفت: «چنین دیداری انجام نشده است.» به گفته او "
     "رئیس‌جمهور روسیه در هفته‌های اخیر با هیچ مقام نظامی ایرانی دیدار نداشته است."),
    # trips of recent months, several times
    ("به گزارش ایرنا، فرمانده ارتش پاکستان در ماه‌های اخیر چند بار به کابل سفر کرده و با حامد کرزی رئیس‌جمهور "
     "افغانستان دیدار کرده است."),
])
def test_api_reported_denied_negated_and_repeated_contacts_are_no_events(extract, text):
    assert extract(text, published="2015-08-07")["events"] == []


def test_api_a_ministers_bare_title_with_a_country_is_that_countrys_one_minister_named_before(extract):
    text = ("به گزارش ایلنا، بدر بن سعود البوسعیدی وزیر مسئول امور دفاعی عمان صبح امروز با حسین دهقان وزیر دفاع دیدار کرد. "
            "وزیر عمانی عصر نیز با علی شمخانی دبیر شورای عالی امنیت ملی دیدار کرد.")
    events = extract(text, published="2014-05-18")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["بدر بن سعود البوسعیدی", "حسین دهقان"], ["بدر بن سعود البوسعیدی", "علی شمخانی"]]


def test_api_the_first_item_of_a_trips_programme_told_as_done_is_held_not_planned(extract):
    text = ("به گزارش ایلنا، کمال خرازی وزیر امور خارجه که صبح امروز وارد کویت شد، در نخستین برنامه سفر خود با شیخ "
            "محمد صباح السالم الصباح وزیر امور خارجه کویت دیدار و گفتگو کرد.")
    doc = extract(text, published="2005-02-07")
    assert [e["type"] for e in doc["events"]] == ["meeting"] and doc["other_contacts"] == []


def test_api_a_counterpart_of_a_side_known_by_title_holds_its_office(extract):
    text = ("تهران- ایرنا- وزیر امور خارجه کشورمان دیروز (دوشنبه) در گفت‌وگوی تلفنی با همتای قزاق خود درباره روابط "
            "دوجانبه گفتگو کرد.")
    events = extract(text, published="2026-04-07")["events"]
    assert [sorted(((p["role"] or {}).get("code"), p["country"]) for p in e["participants"]) for e in events] == [
        [("foreign_minister", "IR"), ("foreign_minister", "KZ")]]


def test_api_a_press_conference_with_reporters_is_no_meeting(extract):
    text = ("به گزارش خبرگزاری فارس، سعید جلیلی دبیر شورای عالی امنیت ملی امروز چهارشنبه در نشستی خبری با حضور "
            "خبرنگاران داخلی و خارجی در تهران، به پرسش‌ها درباره گفت‌وگوهای پیش رو پاسخ داد. وی همچنین اعلام کرد "
            "نخستین دور گفت‌وگوها روز نهم مهر ماه در ژنو با حضور خاویر سولانا مسئول سیاست خارجی اتحادیه اروپا برگزار "
            "خواهد شد و ایران با دست پر در این مذاکرات شرکت می‌کند.")
    assert extract(text, published="2009-09-16")["events"] == []


@pytest.mark.parametrize("text, status, people", [
    ("به گزارش خبرگزاری فارس، سید عباس موسوی سخنگوی وزارت امور خارجه امروز سه‌شنبه از گفت‌وگوی تلفنی محمدجواد ظریف "
     "وزیر امور خارجه با «آنتونیو گوترش» دبیرکل سازمان ملل متحد خبر داد.", "actual", ["آنتونیو گوترش", "محمدجواد ظریف"]),
    ("به گزارش ایسنا، سخنگوی وزارت خارجه از دیدار آتی محمدجواد ظریف با سرگئی لاوروف در مسکو خبر داد.", "planned",
     ["سرگئی لاوروف", "محمدجواد ظریف"]),
])
def test_api_a_contact_a_spokesman_announces_is_between_those_named_in_it(extract, text, status, people):
    doc = extract(text, published="2020-03-24")
    contacts = doc["events"] if status == "actual" else doc["other_contacts"]
    assert [sorted(p["name"] for p in c["participants"]) for c in contacts] == [people]


def test_api_an_announced_call_then_told_is_one_call_with_the_ministers_own_title(extract):
    text = ("تهران - ایرنا - سخنگوی وزارت امور خارجه از گفتگوی تلفنی منوچهر متکی با همتای بحرینی خود خبر داد. "
            "سید محمدعلی حسینی امروز در نشست خبری هفتگی خود افزود: وزیر امور خارجه روز شنبه در تماس تلفنی با شیخ "
            "خالد بن احمد آل خلیفه وزیر امور خارجه بحرین، بر احترام کامل تهران به استقلال این کشور تاکید کرد.")
    events = extract(text, published="2007-07-15")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["خالد بن احمد آل خلیفه", "منوچهر متکی"]]


def test_api_an_unqualified_office_is_the_outlets_holder_named_before_not_a_foreigner_named_later(extract):
    text = ("به گزارش تسنیم، مرضیه افخم سخنگوی وزارت امور خارجه امروز پنجشنبه از دیدار محمدجواد ظریف با محمد نواز شریف "
            "نخست‌وزیر پاکستان خبر داد و گفت: وزیر امور خارجه صبح امروز در اسلام‌آباد با نخست‌وزیر پاکستان دیدار و "
            "درباره یمن رایزنی کرد. افخم درباره اظهارات سعود الفیصل وزیر خارجه عربستان گفت این اظهارات بی‌پایه است.")
    events = extract(text, published="2015-04-09")["events"]
    assert len(events) == 1
    assert {p["country"] for p in events[0]["participants"]} == {"IR", "PK"}
    assert "محمدجواد ظریف" in [p["name"] for p in events[0]["participants"]]


def test_api_the_host_of_it_is_the_host_of_the_session_the_sentence_names(extract):
    text = ("به گزارش خبرگزاری مهر، نشست میان‌دوره‌ای وزرای خارجه جنبش عدم تعهد امروز پنجشنبه با سخنرانی الهام علی‌اف "
            "رئیس جمهور آذربایجان در باکو آغاز شد. ریاست این نشست را خورخه آرئاسا وزیر امور خارجه ونزوئلا بر عهده داشت و "
            "المار محمدیاروف وزیر امور خارجه آذربایجان میزبان آن بود.")
    events = extract(text, published="2018-04-05")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting"]
    assert len(events[0]["participants"]) == 3


def test_api_a_contact_told_in_the_past_perfect_early_this_month_is_background(extract):
    text = ("به گزارش ایلنا، فیصل بن فرحان وزیر امور خارجه عربستان امروز سه‌شنبه در اسلام‌آباد با اسحاق دار وزیر امور "
            "خارجه پاکستان دیدار کرد. نخست‌وزیر پاکستان اوایل ماه جاری در مکه با ولیعهد سعودی دیدار کرده بود.")
    events = extract(text, published="2024-04-16")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [["اسحاق دار", "فیصل بن فرحان"]]


def test_api_a_counterpart_phrase_after_a_name_in_guillemets_describes_that_name(extract):
    text = "به گزارش مهر، سرگئی لاوروف امروز پنجشنبه با «چوی سون هی» همتای کره‌ای خود در پیونگ‌یانگ دیدار کرد."
    events = extract(text, published="2023-10-19")["events"]
    assert [(e["type"], len(e["participants"])) for e in events] == [("meeting", 2)]


@pytest.mark.parametrize("text, name, country", [
    ("به گزارش فارس، «لیزا جانسون» سفیر آمریکا در بیروت امروز با نبیه بری دیدار کرد.", "لیزا جانسون", "US"),
    ("به گزارش فارس، «بوریس جانسون» امروز با نبیه بری دیدار کرد.", "بوریس جانسون", "GB"),
])
def test_api_a_registered_surname_after_another_first_name_is_another_person(extract, text, name, country):
    events = extract(text, published="2024-11-14")["events"]
    assert [(e["type"], len(e["participants"])) for e in events] == [("meeting", 2)]
    assert (name, country) in {(p["name"], p["country"]) for p in events[0]["participants"]}


def test_api_ministers_meeting_as_a_joint_commission_hold_a_negotiation(extract):
    text = ("به گزارش تسنیم، نشست وزیران خارجه ایران و کشورهای گروه ۱+۵ در چارچوب کمیسیون مشترک برجام شامگاه چهارشنبه "
            "در مقر سازمان ملل برگزار شد. این نشست به ریاست فدریکا موگرینی و با حضور محمدجواد ظریف، رکس تیلرسون وزیر "
            "خارجه آمریکا و سرگئی لاوروف وزیر خارجه روسیه برگزار شد.")
    events = extract(text, published="2017-09-21")["events"]
    assert [e["type"] for e in events] == ["negotiation"]


def test_api_a_session_of_peace_talks_among_several_states_is_a_negotiation(extract):
    text = ("به گزارش آریانا نیوز، نخستین نشست رسمی گفتگوهای صلح میان هیئت حکومت افغانستان و نمایندگان طالبان روز "
            "سه‌شنبه در شهر مری پاکستان به میزبانی مقامات وزارت خارجه پاکستان برگزار شد. نمایندگانی از چین و امریکا "
            "نیز به عنوان ناظر حضور داشتند.")
    events = extract(text, published="2015-07-08")["events"]
    assert [e["type"] for e in events] == ["negotiation"]


def test_api_leaders_talks_in_an_article_that_tells_a_trip_to_the_host_are_a_visit(extract):
    text = ("به گزارش تسنیم، محمد نواز شریف نخست وزیر پاکستان روز چهارشنبه در کاخ سفید با باراک اوباما رئیس جمهور "
            "آمریکا دیدار و گفتگو کرد. این نخستین سفر شریف به واشنگتن از زمان بازگشت وی به قدرت است.")
    events = extract(text, published="2013-10-24")["events"]
    assert [e["type"] for e in events] == ["visit"]


def test_api_a_session_held_early_in_a_month_and_who_took_part_in_it_are_background(extract):
    text = ("امیرخان متقی، وزیر خارجه امارت اسلامی، روز دوشنبه با سفیر قطر در کابل در وزارت خارجه دیدار کرد. "
            "نشست سوم دوحه در اوایل ماه سرطان به میزبانی سازمان ملل برگزار شد و هیئت امارت اسلامی به رهبری ذبیح‌الله "
            "مجاهد برای نخستین بار در آن شرکت کرد.")
    events = extract(text, published="2024-08-12")["events"]
    assert len(events) == 1
    assert "ذبیح‌الله مجاهد" not in [p["name"] for p in events[0]["participants"]]


def test_api_someone_present_at_separate_ceremonies_told_together_attends_each(extract):
    text = ("تهران- ایرنا- سفرای جدید جمهوری بولیواری ونزوئلا، جمهوری بلاروس و جمهوری اندونزی صبح امروز سه‌شنبه طی مراسم "
            "جداگانه‌ای در نهاد ریاست جمهوری استوارنامه‌های خود را تقدیم محمود احمدی‌نژاد رئیس جمهوری کردند. منوچهر متکی "
            "وزیر امور خارجه نیز در این مراسم حضور داشت.")
    events = extract(text, published="2007-05-15")["events"]
    assert len(events) == 3
    assert all("منوچهر متکی" in [p["name"] for p in e["participants"]] for e in events)


def test_api_an_ambassador_summoned_to_a_ministry_named_between_is_a_meeting(extract):
    text = ("به گزارش مهر، «پرادیپ کومار گیاوالی» وزیر امور خارجه نپال روز دوشنبه «وینای موهان کواترا» سفیر هند در "
            "کاتماندو را به وزارت خارجه این کشور فراخواند و یادداشت اعتراض را به وی تسلیم کرد.")
    events = extract(text, published="2020-05-11")["events"]
    assert [(e["type"], len(e["participants"])) for e in events] == [("meeting", 2)]


def test_api_envoys_summoned_separately_are_a_summons_each(extract):
    text = ("به گزارش خبرگزاری فارس، کاردار سفارت انگلیس و سفرای هلند و دانمارک در تهران شامگاه امروز شنبه به صورت "
            "جداگانه به وزارت امور خارجه احضار شدند.")
    events = extract(text, published="2018-09-22")["events"]
    assert sorted(next(p["country"] for p in e["participants"] if (p["role"] or {}).get("code") == "ambassador")
                  for e in events) == ["DK", "GB", "NL"]
    assert all(e["type"] == "meeting" and len(e["participants"]) == 2 for e in events)


def test_api_someone_met_besides_is_no_side_of_the_other_contact(extract):
    text = ("به گزارش تسنیم، نواز شریف نخست‌وزیر پاکستان امروز در دهلی نو با نارندرا مودی نخست‌وزیر هند دیدار کرد. "
            "مودی روز سه‌شنبه علاوه بر شریف، ماهیندا راجاپاکسه رئیس‌جمهور سریلانکا را نیز به حضور پذیرفت.")
    events = extract(text, published="2014-05-27")["events"]
    assert [(e["type"], len(e["participants"])) for e in events] == [("meeting", 2), ("meeting", 2)]


def test_api_two_states_delegations_talking_hold_a_negotiation(extract):
    text = ("به گزارش ایسنا، هیئت‌های روسیه و آمریکا روز دوشنبه در مقر نمایندگی دائم آمریکا در ژنو نزدیک به هشت ساعت "
            "درباره تضمین‌های امنیتی گفت‌وگو کردند. ریاست هیئت آمریکا را وندی شرمن معاون وزیر امور خارجه و ریاست هیئت "
            "روسیه را سرگئی ریابکوف معاون وزیر امور خارجه بر عهده داشتند.")
    events = extract(text, published="2022-01-10")["events"]
    assert [e["type"] for e in events] == ["negotiation"]


def test_api_najjar_alone_is_mohammad_najjar_named_before(extract):
    text = ("به گزارش مهر، مصطفی محمدنجار وزیر دفاع روز سه‌شنبه در کاراکاس با گوستاوو رانگل بریسنیو وزیر دفاع ونزوئلا "
            "دیدار کرد. نجار امروز نیز در کاخ میرافلورس با «هوگو چاوز» رئیس‌جمهور ونزوئلا دیدار کرد.")
    events = extract(text, published="2008-11-12")["events"]
    assert [len(e["participants"]) for e in events] == [2, 2]
    assert all("مصطفی محمدنجار" in [p["name"] for p in e["participants"]] for e in events)


def test_api_the_syrian_guest_is_the_visitor_whatever_his_office(extract):
    text = ("به گزارش تسنیم، سپهبد عبدالکریم محمود ابراهیم رئیس ستاد کل ارتش سوریه صبح امروز در تهران با سرلشکر "
            "محمد باقری رئیس ستاد کل نیروهای مسلح دیدار و گفت‌وگو کرد. مهمان سوری عصر همین روز با سرلشکر حسین سلامی "
            "فرمانده کل سپاه دیدار کرد.")
    events = extract(text, published="2023-05-10")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["عبدالکریم محمود ابراهیم", "محمد باقری"], ["حسین سلامی", "عبدالکریم محمود ابراهیم"]]


def test_api_a_minister_who_took_part_in_a_council_session_attended_it_and_names_after_a_counterpart(extract):
    text = ("مینسک، «خاور». وزیر دفاع جمهوری تاجیکستان شیرعلی میرزا روز پنجشنبه در جلسه نوبتی شورای وزیران دفاع "
            "کشورهای عضو سازمان پیمان امنیت جمعی در شهر مینسک اشتراک نمود. همچنین میرزا با همتای قزاقستانی خود "
            "روسلان ژاکسیلیکوف گفتگو نمود.")
    events = extract(text, published="2023-11-23")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting", "meeting"]
    assert ("روسلان ژاکسیلیکوف", "KZ") in {(p["name"], p["country"]) for p in events[1]["participants"]}


def test_api_talks_told_in_this_session_among_its_attendees_are_the_session(extract):
    text = ("به گزارش باختر، نشست سه‌جانبه وزیران خارجه افغانستان، چین و پاکستان روز چهارشنبه به ریاست وانگ یی وزیر "
            "خارجه چین در پکن برگزار شد. در این نشست امیرخان متقی وزیر امور خارجه و محمد اسحاق دار وزیر خارجه پاکستان "
            "شرکت داشتند و هیئت‌های سه کشور درباره تجارت و امنیت گفت‌وگو کردند.")
    assert [e["type"] for e in extract(text, published="2025-05-21")["events"]] == ["multilateral_meeting"]


def test_api_who_led_the_sides_of_a_session_just_told_took_part(extract):
    text = ("به گزارش طلوع‌نیوز، هیئت‌های مذاکره‌کننده دولت و گروه طالبان روز سه‌شنبه در دوحه نخستین نشست رسمی خود را "
            "برگزار کردند. ریاست هیئت دولت را معصوم استانکزی و ریاست هیئت طالبان را مولوی عبدالحکیم حقانی بر عهده داشتند.")
    events = extract(text, published="2020-09-15")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 2


def test_api_a_meeting_told_as_carried_out_is_its_own_contact(extract):
    text = ("به گزارش ایرنا، محمدجواد ظریف وزیر امور خارجه امروز در اسلام‌آباد با شاه محمود قریشی همتای پاکستانی خود "
            "دیدار کرد. دومین دیدار وزیر امور خارجه بعدازظهر امروز در راولپندی با ژنرال قمر جاوید باجوا فرمانده ارتش "
            "پاکستان انجام شد.")
    events = extract(text, published="2019-05-24")["events"]
    counterparts = [{p["name"] for p in e["participants"]} - {"محمدجواد ظریف"} for e in events]
    assert counterparts == [{"شاه محمود قریشی"}, {"قمر جاوید باجوا"}]


def test_api_a_contact_carried_out_after_another_is_not_a_new_one(extract):
    text = ("به گزارش ایرنا، عزیز نصیرزاده وزیر دفاع امروز با ثابت العباسی وزیر دفاع عراق تلفنی گفت‌وگو کرد. "
            "این گفت‌وگو یک روز پس از دیدار بشار اسد و سرگئی لاوروف انجام شد.")
    events = extract(text, published="2024-12-09")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 2


def test_api_officials_a_lead_counts_are_the_ones_each_contact_names(extract):
    text = ("به گزارش ایلنا، محمدجواد ظریف وزیر امور خارجه امروز در بیروت با سه مقام ارشد لبنانی به‌طور جداگانه "
            "دیدار و گفت‌وگو کرد. نخستین دیدار ظریف صبح امروز با تمام سلام نخست‌وزیر لبنان انجام شد. "
            "آخرین دیدار ظریف با جبران باسیل وزیر امور خارجه لبنان برگزار شد.")
    events = extract(text, published="2015-08-11")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["تمام سلام", "محمدجواد ظریف"], ["جبران باسیل", "محمدجواد ظریف"]]


def test_api_a_contact_told_as_before_the_one_just_told_is_another(extract):
    text = ("به گزارش فارس، حسین امیرعبداللهیان معاون وزیر امور خارجه امروز در دمشق با بشار اسد رئیس‌جمهور سوریه "
            "دیدار کرد. معاون وزیر امور خارجه کشورمان پیش از این دیدار، در نشستی که صبح امروز در وزارت خارجه سوریه "
            "برگزار شد با ولید المعلم وزیر امور خارجه این کشور گفت‌وگو کرد.")
    events = extract(text, published="2015-11-10")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["بشار اسد", "حسین امیرعبداللهیان"], ["حسین امیرعبداللهیان", "ولید المعلم"]]


def test_api_a_bilateral_meeting_carried_out_at_a_summit_is_its_own_contact(extract):
    text = ("به گزارش مهر، اجلاس سران سازمان همکاری اقتصادی امروز با حضور حسن روحانی و محمد نواز شریف نخست‌وزیر "
            "پاکستان در اسلام‌آباد برگزار شد. دیدار دوجانبه روحانی پیش از آغاز نشست رسمی و با نخست‌وزیر پاکستان "
            "انجام شد.")
    events = extract(text, published="2017-03-01")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting", "meeting"]


@pytest.mark.parametrize("phrase", ["پروژه «چهارراه صلح»", "طرح «کمربند امنیتی»"])
def test_api_a_name_in_guillemets_after_a_project_is_no_person(extract, phrase):
    text = (f"به گزارش ایرنا، عباس عراقچی وزیر امور خارجه امروز در تهران با آرارات میرزویان وزیر امور خارجه "
            f"ارمنستان دیدار کرد. دو طرف درباره {phrase} گفت‌وگو کردند.")
    document = extract(text, published="2025-06-01")
    names = {p["name"] for e in document["events"] for p in e["participants"]} \
        | {p["name"] for p in document["mentioned_people"]}
    assert names == {"عباس عراقچی", "آرارات میرزویان"}


@pytest.mark.parametrize("said", ["وزارت انرژی و آب می‌گوید که", "سخنگوی وزارت انرژی و آب گفت که"])
def test_api_the_subject_of_what_was_said_is_a_side_despite_an_apposition(extract, said):
    text = (f"به گزارش طلوع‌نیوز، {said} ملا عبداللطیف منصور، وزیر انرژی و آب، روز سه‌شنبه با سفیر ترکمنستان "
            "دیدار کرده است.")
    events = extract(text, published="2023-09-06")["events"]
    assert len(events) == 1 and "عبداللطیف منصور" in {p["name"] for p in events[0]["participants"]}


def test_api_a_lead_that_sums_up_two_contacts_told_one_by_one_gives_two_events(extract):
    text = ("به گزارش ایرنا، عبدالعزیز کاملوف وزیر امور خارجه ازبکستان امروز در تهران با محمدجواد ظریف و حسن روحانی "
            "دیدار کرد. دیدار وزیران خارجه دو کشور صبح امروز در ساختمان وزارت امور خارجه برگزار شد. "
            "وزیر خارجه ازبکستان عصر امروز به دیدار رئیس‌جمهور کشورمان رفت.")
    events = extract(text)["events"]
    assert len(events) == 2
    assert {p["name"] for p in events[0]["participants"]} == {"عبدالعزیز کاملوف", "محمدجواد ظریف"}


def test_api_an_undated_article_gives_a_registered_official_the_office_of_its_time(extract):
    text = "به گزارش ایرنا، عبدالعزیز کاملوف و محمدجواد ظریف امروز در تهران دیدار کردند."
    roles = {p["name"]: p["role"]["code"] for p in extract(text)["events"][0]["participants"]}
    assert roles["محمدجواد ظریف"] == "foreign_minister"


@pytest.mark.parametrize("verb", ["دیدار و گفت‌وگو شد", "بحث و تبادل نظر شد", "رایزنی شد"])
def test_api_a_subjectless_passive_with_a_counterpart_is_the_last_subjects_contact(extract, verb):
    text = ("به گزارش ایرنا، علیرضا حقیقیان سفیر جمهوری اسلامی ایران در تاجیکستان امروز به ولایت سغد سفر کرد. "
            f"در این سفر با رجب‌بای احمدزاده رئیس ولایت سغد در شهر خجند {verb}.")
    events = extract(text, published="2024-05-20")["events"]
    assert len(events) == 1 and events[0]["type"] == "meeting"
    assert {(p["name"], p["country"]) for p in events[0]["participants"]} == {
        ("علیرضا حقیقیان", "IR"), ("رجب‌بای احمدزاده", "TJ")}


def test_api_talks_held_about_something_with_no_counterpart_make_no_contact(extract):
    text = "به گزارش ایرنا، در نشست امروز درباره همکاری با کشورهای همسایه بحث و تبادل نظر شد."
    assert extract(text, published="2024-05-20")["events"] == []


def test_api_a_contact_told_only_in_the_subjects_relative_clause_and_referred_back_is_the_event(extract):
    text = ("کابل (پژواک): فضل‌هادی مسلم‌یار رئیس مجلس سنا که روز دوشنبه با وانگ یو سفیر چین در کابل دیدار کرده بود، "
            "از پکن خواسته است برای کاهش خشونت‌ها تلاش کند. آقای مسلم‌یار در این دیدار گفته است که چین همسایه ماست.")
    events = extract(text, published="2020-10-13")["events"]
    assert len(events) == 1 and events[0]["date"]["value"] == "2020-10-12"
    assert {p["name"] for p in events[0]["participants"]} == {"فضل‌هادی مسلمیار", "وانگ یو"}  # (the register's spelling)


def test_api_a_contact_in_a_relative_clause_never_referred_back_is_background(extract):
    text = ("به گزارش تسنیم، علی لاریجانی که ماه گذشته با بشار اسد در دمشق دیدار کرده بود، امروز در گفت‌وگو با "
            "خبرنگاران گفت که روابط دو کشور راهبردی است.")
    assert extract(text, published="2024-11-20")["events"] == []


def test_api_a_lead_meeting_two_offices_told_one_by_one_sums_them_up(extract):
    text = ("به گزارش تسنیم، محمدجواد ظریف وزیر امور خارجه کشورمان امروز در باکو با رئیس‌جمهور و وزیر امور خارجه "
            "جمهوری آذربایجان دیدار و گفت‌وگو کرد. ظریف نخست با المار ممدیاروف همتای آذربایجانی خود دیدار کرد. "
            "وزیر امور خارجه کشورمان سپس در کاخ ریاست‌جمهوری با الهام علی‌اف دیدار کرد.")
    events = extract(text, published="2018-04-10")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["المار محمدیاروف", "محمدجواد ظریف"], ["الهام علی‌اف", "محمدجواد ظریف"]]


def test_api_a_trilateral_meeting_with_two_named_is_no_summary(extract):
    text = ("سرگئی لاوروف وزیر امور خارجه روسیه امروز در مسکو نشستی سه‌جانبه با جیحون بایراموف وزیر امور خارجه "
            "جمهوری آذربایجان و آرارات میرزویان وزیر امور خارجه ارمنستان برگزار کرد. پیش از آغاز این نشست، لاوروف "
            "ابتدا با بایراموف دیدار کرد.")
    events = extract(text, published="2023-05-19")["events"]
    assert events[0]["type"] == "multilateral_meeting" and len(events[0]["participants"]) == 3


@pytest.mark.parametrize("verb", ["دیدار کردند", "افتتاح شد"])
def test_api_a_contact_dated_years_back_is_history(extract, verb):
    text = ("به گزارش روزنامه ایران، پنج سال پیش در چنین روزهایی، حسن روحانی و نورسلطان نظربایف در مرز اینچه‌برون "
            f"{verb}. امروز این مسیر رونق گرفته است.")
    assert extract(text, published="2019-12-03")["events"] == []


def test_api_a_source_after_according_to_in_dari_is_no_person(extract):
    text = ("کابل (پژواک): اسد قیصر رئیس مجلس ملی پاکستان امروز با محمد اشرف غنی رئیس جمهور در ارگ ملاقات کرد. "
            "به اساس اعلامیه ارگ، رئیس جمهور غنی در این ملاقات گفته است که افغانستان خواهان صلح است.")
    names = {p["name"] for e in extract(text, published="2020-11-20")["events"] for p in e["participants"]}
    assert not any("اعلامیه" in (n or "") for n in names)


def test_api_where_an_ambassador_serves_gives_way_to_a_dateline_of_another_city(extract):
    text = ("خبرگزاری جمهوری اسلامی (ایرنا) - اصفهان\n\nبه گزارش ایرنا، در دیدار حجابی کرلانگیچ سفیر جمهوری ترکیه در "
            "تهران با سید رضا مرتضوی استاندار اصفهان که امروز در محل استانداری برگزار شد، درباره پروازهای مستقیم "
            "گفت‌وگو شد.")
    events = extract(text, published="2022-11-15")["events"]
    assert events[0]["location"]["name_en"] == "Isfahan"


def test_api_where_an_ambassador_serves_places_his_meeting_when_nothing_else_does(extract):
    text = ("به گزارش خبرگزاری مهر، محمدباقر قالیباف رئیس مجلس امروز با تسونگ پی وو سفیر چین در تهران دیدار کرد. "
            "در این دیدار درباره همکاری‌های پارلمانی گفت‌وگو شد.")
    events = extract(text, published="2023-05-10")["events"]
    assert events[0]["location"]["name_en"] == "Tehran"


def test_api_a_past_perfect_contact_of_a_named_year_is_background(extract):
    text = ("به گزارش ایسنا، سخنگوی وزارت خارجه اعلام کرد که نخست‌وزیر ژاپن هفته آینده به تهران سفر خواهد کرد. "
            "آخرین بار «تاکئو فوکودا» در سال ۱۳۵۷ در مقام نخست‌وزیر ژاپن به تهران سفر کرده بود.")
    assert extract(text, published="2019-06-05")["events"] == []


def test_api_a_title_only_speaker_whose_words_a_bare_name_goes_on_with_is_that_person(extract):
    text = ("بندرعباس - ایرنا - استاندار هرمزگان صبح امروز در دیدار با سرکنسول جمهوری هند در بندرعباس گفت: ظرفیت "
            "بنادر هرمزگان هنوز به کار گرفته نشده است.\n\nمهدی دوستی با اشاره به کریدور شمال ـ جنوب افزود: استان "
            "آماده ارائه تسهیلات است.")
    events = extract(text, published="2023-02-15")["events"]
    assert ("مهدی دوستی", "official", "IR") in {
        (p["name"], p["role"]["code"], p["country"]) for p in events[0]["participants"]}


def test_api_a_bare_name_that_replies_is_not_the_title_only_speaker(extract):
    text = ("به گزارش ایرنا، سفیر جمهوری اسلامی ایران در پاکستان امروز در دیدار با وزیر کشور این کشور گفت: امنیت "
            "زائران اولویت ماست.\n\nمحسن نقوی نیز با قدردانی از ایران افزود: همکاری ادامه می‌یابد.")
    events = extract(text, published="2024-08-13")["events"]
    assert all(p["role"] is None or p["role"]["code"] != "ambassador" or p["name"] != "محسن نقوی"
               for e in events for p in e["participants"])


def test_api_a_joint_session_held_after_a_bilateral_meeting_is_another_contact(extract):
    text = ("به گزارش ایرنا، محمدجواد ظریف وزیر امور خارجه امروز در بروکسل ابتدا با فدریکا موگرینی مسئول سیاست خارجی "
            "اتحادیه اروپا دیدار و گفت‌وگو کرد. پس از این دیدار دوجانبه، نشستی مشترک با حضور ظریف، موگرینی و "
            "وزیران امور خارجه سه کشور اروپایی، زیگمار گابریل از آلمان، ژان‌ایو لودریان از فرانسه و بوریس جانسون "
            "از انگلیس، در مقر اتحادیه اروپا برگزار شد.")
    events = extract(text, published="2018-01-11")["events"]
    assert [len(e["participants"]) for e in events] == [2, 5]
    assert events[0]["participants"][1]["role"]["code"] == "head_of_organization"


@pytest.mark.parametrize("text", [
    "به گزارش ایرنا، عباس عراقچی وزیر امور خارجه در آذرماه به قاهره سفر کرد و با بدر عبدالعاطی گفت‌وگو کرد.",
    "به گزارش دفاع پرس، نمایشگاه دستاوردهای دفاعی صبح امروز با بازدید سید ابراهیم رئیسی رئیس‌جمهور و محمدرضا "
    "قرائی آشتیانی وزیر دفاع گشایش یافت.",
    "به گزارش سپاه نیوز، سردار تنگسیری در حاشیه این رزمایش با اشاره به بیانیه اخیر نشست سران شورای همکاری خلیج "
    "فارس گفت که این جزایر متعلق به ایران است.",
])
def test_api_no_contact_in_a_past_month_an_opening_or_a_statement_spoken_of(extract, text):
    assert extract(text, published="2025-01-12")["events"] == []


def test_api_a_meeting_held_separately_before_the_one_told_is_one_contact_of_its_own(extract):
    text = ("به گزارش فارس، استفان دی میستورا فرستاده ویژه دبیرکل سازمان ملل در امور سوریه که برای رایزنی درباره دور "
            "آینده گفت‌وگوهای ژنو به تهران سفر کرده است، امروز با محمدجواد ظریف وزیر امور خارجه دیدار کرد. فرستاده "
            "سازمان ملل پیش از دیدار با ظریف، صبح امروز در نشستی جداگانه با حسین جابری انصاری معاون وزیر امور خارجه "
            "و رئیس هیئت ایرانی در نشست آستانه گفت‌وگو کرده بود.")
    events = extract(text, published="2017-02-06")["events"]
    assert [e["type"] for e in events] == ["meeting", "meeting"]
    assert [len(e["participants"]) for e in events] == [2, 2]


def test_api_a_past_perfect_contact_before_the_trip_to_a_place_is_background(extract):
    text = ("به گزارش بی‌بی‌سی فارسی، حسن روحانی رئیس جمهوری ایران روز پنجشنبه در کاخ الیزه با فرانسوا اولاند رئیس "
            "جمهوری فرانسه دیدار و گفتگو کرد. رئیس جمهوری ایران پیش از پاریس به رم رفته بود و در آنجا با ماتئو رنزی "
            "نخست وزیر ایتالیا گفتگو کرده بود.")
    events = extract(text, published="2016-01-28")["events"]
    assert len(events) == 1 and "فرانسوا اولاند" in {p["name"] for p in events[0]["participants"]}


def test_api_two_people_whose_names_end_in_khan_are_two_people(extract):
    text = ("به گزارش صدا و سیما، احمدعلی موهبتی استاندار سیستان و بلوچستان امروز در کویته با جام کمال خان وزیر "
            "اعلای ایالت بلوچستان دیدار کرد. موهبتی گفت تفاهم‌های سفر عمران خان نخست‌وزیر پاکستان به تهران باید "
            "اجرا شود.")
    names = {p["name"] for e in extract(text, published="2019-05-12")["events"] for p in e["participants"]}
    assert "جام کمال خان" in names and "عمران خان" not in names


def test_api_a_council_session_held_after_a_state_welcome_is_its_own_contact(extract):
    text = ("به گزارش ایسنا، حسن روحانی رئیس‌جمهور صبح امروز در آنکارا مورد استقبال رسمی رجب طیب اردوغان رئیس‌جمهور "
            "ترکیه قرار گرفت. سپس نشست شورای عالی همکاری‌ها به ریاست مشترک روحانی و اردوغان و با حضور محمدجواد ظریف "
            "و مولود چاووش‌اوغلو وزیران امور خارجه دو کشور برگزار شد.")
    events = extract(text, published="2018-12-20")["events"]
    assert [(e["type"], len(e["participants"])) for e in events] == [("visit", 2), ("negotiation", 4)]


def test_api_a_new_round_of_political_talks_held_under_two_chairs_is_a_negotiation(extract):
    text = ("به گزارش ایسنا، دور جدید گفت‌وگوهای سیاسی ایران و پاکستان امروز به ریاست سید عباس عراقچی معاون سیاسی "
            "وزیر امور خارجه کشورمان و سهیل محمود معاون وزیر امور خارجه پاکستان در تهران برگزار شد.")
    events = extract(text, published="2019-11-04")["events"]
    assert len(events) == 1 and events[0]["type"] == "negotiation" and len(events[0]["participants"]) == 2


def test_api_a_joint_commission_in_a_title_makes_no_negotiation(extract):
    text = ("به گزارش مهر، کاظم جلالی سفیر کشورمان در روسیه امروز با سرگئی تسیویلف وزیر انرژی روسیه و رئیس بخش روسی "
            "کمیسیون مشترک همکاری‌های اقتصادی دو کشور دیدار و گفت‌وگو کرد.")
    assert [e["type"] for e in extract(text, published="2024-12-03")["events"]] == ["meeting"]


def test_api_sheikh_and_a_first_name_is_the_long_named_emir_before(extract):
    text = ("تهران- ایرنا- شیخ صباح الاحمد الجابر الصباح امیر کویت امروز با حسن روحانی رئیس‌جمهور دیدار کرد. شیخ صباح "
            "عصر امروز نیز با حضرت آیت‌الله سید علی خامنه‌ای رهبر معظم انقلاب اسلامی دیدار کرد.")
    events = extract(text, published="2014-06-01")["events"]
    assert len(events) == 2 and all("صباح الاحمد الجابر الصباح" in {p["name"] for p in e["participants"]}
                                    for e in events)


def test_api_the_heads_of_four_countries_are_the_four_named_before_and_a_bilateral_after_is_another(extract):
    text = ("به گزارش «خاور»، امروز در شهر تورسون‌زاده با حضور امامعلی رحمان رئیس جمهور تاجیکستان، محمد اشرف غنی "
            "رئیس جمهور افغانستان، محمد نواز شریف نخست‌وزیر پاکستان و سورونبای جینبیکوف نخست‌وزیر قرقیزستان مراسم "
            "آغاز ساخت خط انتقال برق برگزار شد. سران چهار کشور پس از مراسم در نشستی گرد هم آمدند. سپس در شهر دوشنبه "
            "امامعلی رحمان و محمد اشرف غنی دیدار دوجانبه داشتند.")
    events = extract(text, published="2016-05-12")["events"]
    assert [(e["type"], len(e["participants"])) for e in events] == [("multilateral_meeting", 4), ("meeting", 2)]


def test_api_received_in_audience_after_a_long_title_and_a_surname_without_its_article(extract):
    text = ("به گزارش ایرنا، ابراهیم جعفری وزیر امور خارجه عراق امروز به حضور حضرت آیت‌الله سید علی خامنه‌ای رهبر معظم "
            "انقلاب اسلامی رسید. جعفری روز گذشته با محمدجواد ظریف وزیر امور خارجه کشورمان دیدار و گفت‌وگو کرده بود.")
    events = extract(text, published="2015-12-16")["events"]
    assert len(events) >= 1 and {p["name"] for p in events[0]["participants"]} == {"ابراهیم الجعفری", "علی خامنه‌ای"}


def test_api_the_pronoun_of_the_speaker_is_no_side_of_what_he_says(extract):
    text = ("به گزارش تسنیم، سید عباس موسوی سخنگوی وزارت امور خارجه امروز ادعای دیدار محرمانه در مسقط را رد کرد. "
            "وی افزود که سفر اخیر آقای عراقچی به عمان در چارچوب رایزنی‌های معمول دو کشور انجام شده است.")
    assert extract(text, published="2019-05-20")["events"] == []


def test_api_a_contact_of_another_day_coordinated_in_one_sentence_is_its_own(extract):
    text = ("محمد یوسف وفا والی بلخ دیروز در دفتر کارش در مزارشریف با سرکنسول جمهوری اسلامی ایران دیدار کرد و امروز "
            "نیز میزبان سرکنسول ازبکستان در این شهر بود.")
    events = extract(text, published="2024-06-11")["events"]
    assert len(events) == 2 and [len(e["participants"]) for e in events] == [2, 2]
    assert [e["date"]["value"] for e in events] == ["2024-06-10", "2024-06-11"]


def test_api_khovars_dateline_places_the_meeting_and_the_tajik_upper_house_speaker_has_his_title(extract):
    text = ("ملاقات پیشوای ملت با رئیس دومای دولتی روسیه\n\nدوشنبه، ۱۸ آوریل (خاور). امروز امامعلی رحمان رئیس جمهوری "
            "تاجیکستان ویاچسلاو ولودین را به حضور پذیرفتند. ولودین همچنین با رئیس مجلس ملی مجلس عالی رستم امامعلی "
            "ملاقات کرد.")
    events = extract(text, published="2023-04-18")["events"]
    assert [e["location"]["name_en"] for e in events] == ["Dushanbe", "Dushanbe"]
    assert {p["name"] for p in events[1]["participants"]} == {"ویاچسلاو ولودین", "رستم امامعلی"}


@pytest.mark.parametrize("earlier, events_expected", [
    ("وزیر امور خارجه کشورمان پیش از این در سفر به ریاض با محمد بن سلمان ولیعهد عربستان سعودی دیدار کرده بود.", 1),
    ("پیش از این، وزیر امور خارجه کشورمان عصر چهارشنبه با محمد شیاع السودانی نخست‌وزیر عراق دیدار کرده بود.", 2),
])
def test_api_a_contact_earlier_on_another_trip_is_background_and_earlier_on_this_one_is_not(
        extract, earlier, events_expected):
    text = ("به گزارش ایرنا، عباس عراقچی وزیر امور خارجه امروز در بغداد با فؤاد حسین وزیر امور خارجه عراق دیدار و "
            f"گفت‌وگو کرد. {earlier}")
    events = extract(text, published="2024-10-13")["events"]
    assert len(events) == events_expected
    assert events[0]["location"]["name_en"] == "Baghdad"


def test_api_a_call_made_separately_with_a_named_counterpart_is_one_call(extract):
    text = ("به گزارش تسنیم، سید عباس عراقچی وزیر امور خارجه امروز در تماس تلفنی با محمد حسن وزیر امور خارجه مالزی "
            "گفت‌وگو کرد. وزیر امور خارجه کشورمان همچنین در تماسی جداگانه با «سوگیونو» همتای اندونزیایی خود گفت‌وگو "
            "کرد.")
    assert len(extract(text, published="2025-06-16")["events"]) == 2


def test_api_a_shrine_is_no_person_and_sistani_is_a_religious_leader(extract):
    text = ("به گزارش ایرنا، حسن روحانی رئیس‌جمهور پس از زیارت حرم مطهر امیرالمؤمنین در نجف با آیت‌الله العظمی سید "
            "علی سیستانی دیدار کرد.")
    participants = extract(text, published="2019-03-13")["events"][0]["participants"]
    assert {(p["name"], p["country"]) for p in participants} == {("حسن روحانی", "IR"), ("علی سیستانی", "IQ")}


def test_api_a_minister_welcomed_by_a_president_later_on_his_trip_met_him(extract):
    text = ("به گزارش مهر، سید عباس عراقچی وزیر امور خارجه کشورمان امروز در قاهره با بدر عبدالعاطی وزیر امور خارجه مصر "
            "دیدار کرد. وزیر امور خارجه ایران عصر امروز نیز در کاخ ریاست‌جمهوری مصر مورد استقبال عبدالفتاح السیسی "
            "رئیس‌جمهور این کشور قرار گرفت.")
    assert [e["type"] for e in extract(text, published="2024-10-17")["events"]] == ["meeting", "meeting"]


def test_api_a_summit_told_in_the_relative_clause_of_its_own_noun_is_an_event(extract):
    text = ("به گزارش ایرنا، نخستین نشست سران ایران، روسیه و جمهوری آذربایجان که عصر امروز با حضور حسن روحانی، "
            "ولادیمیر پوتین و الهام علی‌اف در باکو برگزار شد، بر همکاری در مبارزه با تروریسم تأکید کرد.")
    events = extract(text, published="2016-08-08")["events"]
    assert len(events) == 1 and events[0]["type"] == "multilateral_meeting" and len(events[0]["participants"]) == 3


def test_api_a_contact_recalled_in_an_aside_with_an_apposed_counterpart_is_its_own(extract):
    text = ("به گزارش ایرنا، عزیز نصیرزاده وزیر دفاع امروز در تاشکند با شوکت میرضیایف رئیس‌جمهور ازبکستان دیدار کرد. "
            "گفتنی است که روز ۲۳ اوت وزیر دفاع ایران با همتای ازبک خود، باخودیر قربانف، در وزارت دفاع ازبکستان "
            "دیدار کرده بود.")
    events = extract(text, published="2024-08-24")["events"]
    assert len(events) == 2
    assert events[1]["date"]["value"] == "2024-08-23"
    counterpart = next(p for p in events[1]["participants"] if p["name"] == "باخودیر قربانف")
    assert (counterpart["role"]["code"], counterpart["country"]) == ("defense_minister", "UZ")


def test_api_an_aside_in_the_present_plans_nothing(extract):
    text = ("به گزارش مهر، علی لاریجانی رئیس مجلس امروز در تهران با نبیه بری رئیس مجلس لبنان دیدار کرد. یادآور "
            "می‌شود که روز گذشته رئیس مجلس لبنان با وزیر امور خارجه کشورمان نیز دیدار کرده بود.")
    assert len(extract(text, published="2019-01-20")["events"]) == 2


def test_api_a_registered_surname_inside_a_longer_name_is_not_that_official(extract):
    text = ("به گزارش پژواک، میر رحمان رحمانی رئیس ولسی جرگه امروز در اسلام‌آباد با اسد قیصر رئیس مجلس ملی پاکستان "
            "دیدار کرد.")
    participants = extract(text, published="2020-10-22")["events"][0]["participants"]
    assert {(p["name"], p["country"]) for p in participants} == {("میر رحمان رحمانی", "AF"), ("اسد قیصر", "PK")}


def test_api_a_shorter_title_refers_to_the_one_person_named_with_the_full_one(extract):
    text = ("به گزارش تسنیم، وحید جلال‌زاده رئیس کمیسیون امنیت ملی و سیاست خارجی مجلس شورای اسلامی روز دوشنبه در "
            "مسکو با لئونید اسلوتسکی رئیس کمیته امور بین‌الملل دومای دولتی روسیه دیدار کرد. رئیس کمیسیون امنیت ملی "
            "مجلس سپس با کنستانتین کوساچف معاون رئیس شورای فدراسیون روسیه دیدار کرد.")
    events = extract(text, published="2022-05-17")["events"]
    assert len(events) == 2
    assert {p["name"] for p in events[1]["participants"]} == {"وحید جلال‌زاده", "کنستانتین کوساچف"}
    speaker = next(p for p in events[0]["participants"] if p["name"] == "وحید جلال‌زاده")
    assert speaker["country"] == "IR"


def test_api_whose_ceremony_it_was_takes_no_part_and_an_invitation_places_nothing(extract):
    text = ("به گزارش ایرنا از آنکارا، سفیر ایران در ترکیه امروز در حاشیه مراسم تحلیف رئیس‌جمهور منتخب، با "
            "نعمان کورتولموش رئیس مجلس ترکیه دیدار کرد. کورتولموش از دعوت همتای ایرانی خود برای سفر به تهران "
            "قدردانی کرد.")
    event = extract(text, published="2023-06-03")["events"][0]
    assert {p["role"]["code"] for p in event["participants"]} == {"ambassador", "parliament_speaker"}
    assert event["location"]["name_en"] == "Ankara"


def test_api_a_five_word_name_opened_by_a_first_name_is_kept_whole(extract):
    text = "به گزارش ایرنا، محمدحسن حبیب‌الله‌زاده سفیر ایران در ترکیه امروز با هاکان فیدان دیدار کرد."
    names = {p["name"] for p in extract(text, published="2023-12-11")["events"][0]["participants"]}
    assert "محمدحسن حبیب‌الله‌زاده" in names


def test_api_commanders_of_a_city_this_force_and_the_outlets_own_navy_have_countries(extract):
    text = ("به گزارش تسنیم، فرمانده ناوگروه اعزامی نیروی دریایی ارتش روز دوشنبه در ستاد نیروی دریایی سلطنتی "
            "عمان با فرمانده این نیرو دیدار کرد. فرمانده ناوگروه همچنین روز سه‌شنبه با فرمانده کراچی نیروی دریایی "
            "پاکستان دیدار کرد.")
    events = extract(text, published="2015-02-03", source_country="IR")["events"]
    assert [sorted(p["country"] for p in e["participants"]) for e in events] == [["IR", "OM"], ["IR", "PK"]]


def test_api_a_date_before_a_coordinated_verb_is_that_verbs(extract):
    text = ("به گزارش ایرنا، این ناوگروه روز سه‌شنبه در بندرعباس پهلو گرفت و فرمانده آن روز چهارشنبه با مهدی دوستی "
            "استاندار هرمزگان دیدار کرد.")
    assert extract(text, published="2023-11-09")["events"][0]["date"]["value"] == "2023-11-08"


def test_api_a_first_meeting_carried_out_with_its_own_noun_is_a_contact(extract):
    text = ("به گزارش مهر، رافائل گروسی مدیرکل آژانس بین‌المللی انرژی اتمی امروز نخستین دیدار خود را در تهران با "
            "محمد اسلامی رئیس سازمان انرژی اتمی انجام داد.")
    events = extract(text, published="2024-05-07")["events"]
    assert len(events) == 1 and {p["name"] for p in events[0]["participants"]} == {"رافائل گروسی", "محمد اسلامی"}


def test_api_the_ministers_of_the_two_countries_attending_are_one_of_each(extract):
    text = ("به گزارش ایرنا، حسن روحانی امروز در آنکارا با رجب طیب اردوغان دیدار کرد. در این دیدار که وزیران امور "
            "خارجه دو کشور نیز حضور داشتند، دو طرف درباره سوریه گفت‌وگو کردند.")
    participants = extract(text, published="2018-12-20")["events"][0]["participants"]
    assert sorted((p["role"]["code"], p["country"]) for p in participants) == [
        ("foreign_minister", "IR"), ("foreign_minister", "TR"), ("head_of_state", "IR"), ("head_of_state", "TR")]


def test_api_a_call_between_the_two_told_after_their_meeting_is_its_own_contact(extract):
    text = ("به گزارش ایرنا، عباس عراقچی روز دوشنبه در نیویورک با فیصل بن فرحان وزیر امور خارجه عربستان دیدار کرد. "
            "دو وزیر دو روز پیش از این دیدار نیز تلفنی با یکدیگر گفتگو کرده بودند.")
    events = extract(text, published="2024-09-24")["events"]
    assert sorted(e["type"] for e in events) == ["meeting", "phone_call"]


def test_api_a_headline_in_the_present_says_what_a_lead_without_a_body_marker_plans(extract):
    text = ("عراقچی ریاست هیئت ایران در نشست بریکس را بر عهده دارد\n\nوزارت امور خارجه اعلام کرده است که عباس "
            "عراقچی ریاست هیئت ایران را در نشست سران بریکس در ریو بر عهده خواهد داشت.")
    document = extract(text, published="2025-07-05")
    assert document["events"] == [] and document["other_contacts"]


@pytest.mark.parametrize("sentence", [
    "علیرضا حقیقیان سفیر جدید ایران در تاجیکستان امروز استوارنامه خود را تقدیم امامعلی رحمان رئیس‌جمهور این کشور کرد.",
    "علیرضا حقیقیان سفیر جدید ایران در تاجیکستان امروز استوارنامه خود را به امامعلی رحمان رئیس‌جمهور این کشور "
    "تقدیم کرد.",
])
def test_api_presenting_credentials_is_a_meeting_with_the_head_of_state(extract, sentence):
    text = f"به گزارش ایرنا، {sentence} در این مراسم که با حضور سراج‌الدین مهرالدین وزیر امور خارجه برگزار شد، دو طرف گفتگو کردند."
    events = extract(text, published="2022-03-10")["events"]
    assert len(events) == 1
    assert {p["name"] for p in events[0]["participants"]} == {"علیرضا حقیقیان", "امامعلی رحمان", "سراج‌الدین مهرالدین"}


def test_api_a_lead_of_two_separate_contacts_one_by_telephone_sums_up_the_call_and_the_meeting(extract):
    text = ("به گزارش مهر، عباس عراقچی وزیر امور خارجه امروز در دو تماس جداگانه، یکی تلفنی و دیگری حضوری، با "
            "همتایان عمانی و ارمنستانی خود گفت‌وگو کرد. عراقچی صبح امروز در تماس تلفنی با بدر البوسعیدی وزیر خارجه "
            "عمان گفت‌وگو کرد. وزیر امور خارجه کشورمان ساعاتی بعد میزبان آرارات میرزویان وزیر امور خارجه ارمنستان بود.")
    events = extract(text, published="2025-01-20")["events"]
    assert sorted(e["type"] for e in events) == ["meeting", "phone_call"]


def test_api_an_organisations_delegation_is_its_head_and_a_head_of_its_body_is_named(extract):
    text = ("به گزارش طلوع‌نیوز، امینه محمد معاون دبیرکل سازمان ملل متحد که در رأس هیئتی به کابل آمده است، روز "
            "چهارشنبه با امیرخان متقی دیدار کرد. در این دیدار، سیما باحوث رئیس نهاد زنان سازمان ملل نیز حضور داشت. "
            "هیئت سازمان ملل پس از آن با عبدالسلام حنفی معاون اداری رئیس‌الوزرا ملاقات کرد.")
    events = extract(text, published="2023-01-18")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["امیرخان متقی", "امینه محمد", "سیما باحوث"], ["امینه محمد", "عبدالسلام حنفی"]]
    assert next(p for p in events[0]["participants"] if p["name"] == "سیما باحوث")["role"]["code"] == \
        "head_of_organization"


@pytest.mark.parametrize("welcome", [
    "سید ابراهیم رئیسی رئیس‌جمهور امروز طی مراسمی رسمی در کاخ سعدآباد از «مصطفی الکاظمی» نخست‌وزیر عراق استقبال کرد.",
    "مصطفی الکاظمی نخست‌وزیر عراق امروز در کاخ سعدآباد مورد استقبال رسمی «سید ابراهیم رئیسی» رئیس‌جمهور کشورمان "
    "قرار گرفت.",
])
def test_api_an_official_welcome_by_the_host_leader_is_the_visit(extract, welcome):
    events = extract(f"به گزارش ایرنا، {welcome}", published="2021-09-12")["events"]
    assert len(events) == 1 and events[0]["type"] == "visit"
    assert {p["name"] for p in events[0]["participants"]} == {"ابراهیم رئیسی", "مصطفی الکاظمی"}


def test_api_welcoming_a_plan_is_no_contact(extract):
    text = "به گزارش ایرنا، سید عباس عراقچی امروز به‌طور رسمی از پیشنهاد هاکان فیدان وزیر خارجه ترکیه استقبال کرد."
    assert extract(text, published="2025-03-01")["events"] == []


def test_api_a_deputys_official_welcome_before_the_talks_with_another_host_is_protocol(extract):
    text = ("به گزارش دفاع پرس، ژنرال خولیو سزار آویلس فرمانده کل ارتش نیکاراگوئه صبح امروز در ستاد کل نیروهای مسلح "
            "مورد استقبال رسمی امیر سرتیپ عزیز نصیرزاده جانشین رئیس ستاد کل قرار گرفت. سپس سرلشکر محمد باقری رئیس "
            "ستاد کل نیروهای مسلح با فرمانده ارتش نیکاراگوئه دیدار و گفت‌وگو کرد.")
    events = extract(text, published="2023-05-23")["events"]
    assert len(events) == 1
    assert {p["name"] for p in events[0]["participants"]} == {"محمد باقری", "خولیو سزار آویلس"}


def test_api_the_heads_of_two_countries_had_a_private_meeting_then_talks(extract):
    text = ("به گزارش فارس، رجب طیب اردوغان رئیس‌جمهور ترکیه امروز وارد قاهره شد و عبدالفتاح السیسی رئیس‌جمهور مصر "
            "در فرودگاه از وی استقبال کرد. رؤسای دو کشور ابتدا دیداری خصوصی و سپس گفت‌وگوهایی در سطح هیئت‌ها داشتند.")
    events = extract(text, published="2024-02-14")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 2


def test_api_a_lead_of_separate_meetings_sums_up_the_ones_told_after_it(extract):
    text = ("به گزارش طلوع‌نیوز، صلاح‌الدین ربانی وزیر امور خارجه امروز در کابل با سفیران ایران و ترکیه به‌گونه جداگانه "
            "دیدار کرد. در دیدار نخست محمدرضا بهرامی سفیر ایران در کابل با وزیر خارجه درباره مهاجران گفتگو کرد. پس از "
            "آن، اوغوز گوکسل سفیر ترکیه در کابل به وزارت امور خارجه رفت و با ربانی دیدار کرد.")
    events = extract(text, published="2018-04-10")["events"]
    assert len(events) == 2


def test_api_a_past_perfect_weeks_before_the_trip_told_is_background(extract):
    text = ("به گزارش تسنیم، شیخ تمیم بن حمد آل ثانی امیر قطر امروز در تهران با حسن روحانی دیدار کرد. سفر امیر قطر "
            "کمتر از دو هفته پس از آن انجام شد که وزیر خارجه قطر در تهران با محمدجواد ظریف گفت‌وگو کرده بود.")
    assert len(extract(text, published="2020-01-12")["events"]) == 1


@pytest.mark.parametrize("sentence", [
    "در حاشیه این سفر وزیران امور خارجه دو کشور، عبدالعزیز کاملوف و سراج‌الدین مهرالدین، در دیداری جداگانه روند "
    "اجرای توافقات مرزی را مورد بحث قرار دادند.",
    "پس از پایان نشست، کاملوف و مهرالدین ملاقات دوجانبه انجام دادند.",
])
def test_api_a_separate_or_bilateral_meeting_of_two_named_ministers(extract, sentence):
    text = ("به گزارش خاور، شوکت میرضیایف رئیس‌جمهور ازبکستان امروز وارد فرودگاه بین‌المللی دوشنبه شد و با امامعلی "
            f"رحمان دیدار کرد. {sentence}")
    events = extract(text, published="2022-06-02")["events"]
    assert len(events) == 2
    assert {p["name"] for p in events[1]["participants"]} == {"عبدالعزیز کاملوف", "سراج‌الدین مهرالدین"}
    assert events[0]["date"]["value"] == "2022-06-02"


def test_api_who_chaired_and_who_led_a_delegation_attended_the_session(extract):
    text = ("به گزارش خاور، روز چهارشنبه در شهر دوشنبه نشست دبیران شوراهای امنیت کشورهای عضو سازمان همکاری شانگهای "
            "برگزار گردید. ریاست نشست را دبیر دولتی شورای امنیت جمهوری تاجیکستان بر عهده داشت و هیئت فدراسیون روسیه را "
            "دبیر شورای امنیت این کشور نیکلای پاتروشف رهبری می‌نمود.")
    events = extract(text, published="2021-06-24")["events"]
    assert len(events) == 1
    assert sorted(p["country"] for p in events[0]["participants"]) == ["RU", "TJ"]


@pytest.mark.parametrize("headline, before, events_expected", [
    ("عبادی پس از آنکارا در تهران", "پیش از سفر به تهران", 2),
    ("سفر نخست‌وزیر عراق به تهران", "پیش از سفر به تهران", 1),
    # the day before arriving where the news is: a stop of this trip, whatever the headline
    ("سفر نخست‌وزیر عراق به تهران", "پیش از ورود به تهران", 2),
])
def test_api_an_earlier_stop_before_the_trip_is_an_event_only_when_the_headline_names_it(
        extract, headline, before, events_expected):
    text = (f"{headline}\n\nبه گزارش تسنیم، حیدر العبادی نخست‌وزیر عراق امروز در تهران با حسن روحانی دیدار کرد. "
            f"نخست‌وزیر عراق {before}، دیروز در آنکارا با رجب طیب اردوغان دیدار و گفت‌وگو کرده بود.")
    assert len(extract(text, published="2017-10-26")["events"]) == events_expected


@pytest.mark.parametrize("headline, events_expected", [
    ("عبادی پس از آنکارا وارد تهران شد", 2),
    ("سفر نخست‌وزیر عراق به تهران", 1),
])
def test_api_an_earlier_stop_the_headline_names_is_an_event_also_with_a_dateline_lead(
        extract, headline, events_expected):
    text = (f"{headline}\n\nتهران- ایرنا- حیدر العبادی نخست‌وزیر عراق امروز در تهران با حسن روحانی دیدار کرد. "
            "نخست‌وزیر عراق پیش از سفر به تهران، دیروز در آنکارا با رجب طیب اردوغان دیدار و گفت‌وگو کرده بود.")
    assert len(extract(text, published="2017-10-26")["events"]) == events_expected


@pytest.mark.parametrize("who, events_expected", [
    # the month dates his appointment, told in a closed relative clause: the meeting is this week's
    ("ولد شیخ احمد که اواخر ماه آوریل جانشین جمال بن عمر شد،", 2),
    ("ولد شیخ احمد اواخر ماه آوریل", 1),
])
def test_api_a_month_in_a_relative_clause_about_another_doing_dates_no_earlier_contact(extract, who, events_expected):
    text = ("به گزارش ایسنا، اسماعیل ولد شیخ احمد فرستاده سازمان ملل در امور یمن امروز در مسقط با یوسف بن علوی وزیر "
            f"امور خارجه عمان دیدار کرد. {who} در ریاض با عبدربه منصور هادی رئیس‌جمهور یمن دیدار کرده بود.")
    assert len(extract(text, published="2015-05-21")["events"]) == events_expected


def test_api_several_rounds_held_since_a_war_are_background(extract):
    text = ("به گزارش ایرنا، وزارت‌های خارجه ارمنستان و جمهوری آذربایجان امروز اعلام کردند که متن معاهده صلح آماده است. "
            "نیکول پاشینیان و الهام علی‌اف از سال ۲۰۲۰ تاکنون چندین دور مذاکره در پایتخت‌های مختلف برگزار کرده‌اند.")
    assert extract(text, published="2025-03-13")["events"] == []


def test_api_a_session_attended_then_told_held_in_the_next_sentence_is_one_event(extract):
    text = ("به گزارش خاور، وزیر دفاع جمهوری تاجیکستان شیرعلی میرزا روز چهارشنبه در جلسه شورای وزیران دفاع کشورهای عضو "
            "سازمان پیمان امنیت جمعی در مسکو اشتراک نمود.\n\nجلسه تحت ریاست وزیر دفاع فدراسیون روسیه آندری بلوسوف "
            "برگزار گردید و در آن وزیر دفاع جمهوری قرقیزستان نیز حضور داشت.")
    events = extract(text, published="2024-11-20")["events"]
    assert len(events) == 1 and events[0]["type"] == "multilateral_meeting"
    assert sorted(p["country"] for p in events[0]["participants"]) == ["KG", "RU", "TJ"]


@pytest.mark.parametrize("sentence, city", [
    ("زلمی خلیل‌زاد پس از شش روز گفتگو با نمایندگان طالبان در دوحه، دیروز به کابل آمد و با محمد اشرف غنی دیدار کرد.",
     "Kabul"),
    ("محمد اشرف غنی روز چهارشنبه در ارگ کابل با زلمی خلیل‌زاد دیدار کرد.", "Kabul"),
])
def test_api_where_something_else_happened_does_not_place_the_contact(extract, sentence, city):
    event = extract(f"به گزارش پژواک، {sentence}", published="2019-01-28")["events"][0]
    assert event["location"]["name_en"] == city


def test_api_the_city_a_visitor_arrived_in_places_his_earlier_told_contact(extract):
    text = ("به گزارش ایرنا، حسن روحانی امروز فیلیپ هاموند وزیر امور خارجه انگلیس را به حضور پذیرفت. وزیر خارجه انگلیس "
            "که روز گذشته وارد تهران شد، پس از مراسم بازگشایی سفارت با محمدجواد ظریف دیدار کرد.")
    events = extract(text, published="2015-08-24")["events"]
    assert [e["location"]["name_en"] for e in events] == ["Tehran", "Tehran"]
    assert events[0]["location"]["rule"] == "fa.location.arrived"


def test_api_a_summit_attended_its_sideline_meetings_and_the_meeting_of_two_told_as_a_noun(extract):
    text = ("به گزارش اسپوتنیک، ولادیمیر پوتین رئیس‌جمهور روسیه امروز در نشست سران سیکا که به میزبانی قاسم‌جومارت "
            "توکایف رئیس‌جمهور قزاقستان در آستانه برگزار شد، سخنرانی کرد. پوتین در حاشیه اجلاس با اردوغان، امیر قطر و "
            "محمود عباس دیدار کرد. رئیس‌جمهور روسیه ابتدا با رجب طیب اردوغان دیدار کرد. پوتین سپس با امیر قطر ملاقات "
            "کرد.\n\nدیدار پوتین و محمود عباس آخرین دیدار او در حاشیه این اجلاس بود.")
    events = extract(text, published="2022-10-13")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting", "meeting", "meeting", "meeting"]
    assert [p["country"] for p in events[2]["participants"]] == ["RU", "QA"]
    assert {p["name"] for p in events[3]["participants"]} == {"ولادیمیر پوتین", "محمود عباس"}


def test_api_people_who_talked_in_part_of_this_meeting_took_part_in_it(extract):
    text = ("به گزارش ایرنا، خوزه مانوئل گارسیا مارگایو وزیر امور خارجه اسپانیا امروز در تهران با محمدجواد ظریف دیدار "
            "و گفت‌وگو کرد. عباس آخوندی وزیر راه و آنا پاستور در بخشی از این نشست درباره نوسازی ناوگان ریلی گفتگو "
            "کردند.")
    events = extract(text, published="2016-04-11")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 4


def test_api_the_delegations_session_of_a_visit_is_the_visit(extract):
    text = ("به گزارش ایرنا، حسن روحانی امروز وارد آنکارا شد و در کاخ چانکایا از سوی عبدالله گل رئیس‌جمهور ترکیه مورد "
            "استقبال رسمی قرار گرفت. در نشست هیئت‌ها که با حضور محمدجواد ظریف وزیر امور خارجه برگزار شد، دو طرف "
            "درباره سوریه رایزنی کردند.")
    events = extract(text, published="2014-06-09")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 3


def test_api_hosting_a_summit_is_a_multilateral_meeting_besides_the_bilaterals_before_it(extract):
    text = ("به گزارش آناتولی، رجب طیب اردوغان امروز در آنکارا میزبان پنجمین نشست سران کشورهای ضامن روند آستانه بود. "
            "وی پیش از آغاز این نشست به طور جداگانه با حسن روحانی و ولادیمیر پوتین دیدار کرد.")
    events = extract(text, published="2019-09-16")["events"]
    assert sorted(e["type"] for e in events) == ["meeting", "meeting", "multilateral_meeting"]


def test_api_attending_a_session_by_video_is_how_they_attended_not_a_call(extract):
    text = ("به گزارش ایسنا، نشست وزرای خارجه کشورهای همسایه افغانستان امروز به میزبانی حسین امیرعبداللهیان در تهران "
            "برگزار شد. شاه محمود قریشی به صورت حضوری و وانگ یی و سرگئی لاوروف به صورت ویدئویی در این نشست شرکت کردند.")
    events = extract(text, published="2021-10-27")["events"]
    assert len(events) == 1 and events[0]["type"] == "multilateral_meeting" and len(events[0]["participants"]) == 4


def test_api_an_unqualified_title_in_an_afghan_outlet_is_the_afghan_official(extract):
    text = ("آژانس خبررسانی باختر\n\nبه گزارش باختر، مولوی امیرخان متقی سرپرست وزارت امور خارجه امروز در تاشکند با "
            "ولادیمیر نوروف سرپرست وزارت خارجه ازبکستان دیدار کرد. سرپرست وزارت خارجه سپس با ضمیر کابلوف نماینده ویژه "
            "روسیه دیدار کرد.")
    document = extract(text, published="2022-07-26")
    assert document["source"]["country"] == "AF"
    assert {p["name"] for p in document["events"][1]["participants"]} == {"امیرخان متقی", "ضمیر کابلوف"}


def test_api_deputies_who_accompanied_a_minister_in_this_meeting_took_part(extract):
    text = ("به گزارش تسنیم، سید احسان خاندوزی وزیر امور اقتصادی و دارایی روز سه‌شنبه در مسکو با ماکسیم رشتنیکوف وزیر "
            "توسعه اقتصادی روسیه دیدار کرد. در این دیدار علی فکری معاون وزیر اقتصاد و مهدی صفری معاون وزیر امور خارجه "
            "وزیر اقتصاد را همراهی می‌کردند.")
    assert len(extract(text, published="2022-05-24")["events"][0]["participants"]) == 4


def test_api_astana_before_the_counterparts_with_is_the_city(extract):
    text = ("به گزارش ایرنا، علی‌اکبر جوکار سفیر ایران در قزاقستان روز چهارشنبه در آستانه با مراد نورتلئو وزیر امور "
            "خارجه قزاقستان ملاقات کرد.")
    assert extract(text, published="2024-02-14")["events"][0]["location"]["name_en"] == "Astana"


def test_api_a_summit_of_the_heads_of_listed_states_has_each_head(extract):
    text = ("به گزارش ایرنا، حسن روحانی امروز در سوچی با ولادیمیر پوتین دیدار کرد. سپس نشست سه‌جانبه سران ایران، روسیه "
            "و ترکیه با حضور رجب طیب اردوغان برگزار شد.")
    events = extract(text, published="2017-11-22")["events"]
    assert events[1]["type"] == "multilateral_meeting"
    assert {p["name"] for p in events[1]["participants"]} == {"حسن روحانی", "ولادیمیر پوتین", "رجب طیب اردوغان"}


def test_api_talks_continued_with_another_session_formed_with_others_present(extract):
    text = ("به گزارش صدا و سیما، مجید تخت‌روانچی معاون سیاسی وزیر امور خارجه امروز در کویت با عبدالله الیحیی وزیر امور "
            "خارجه این کشور دیدار کرد. رایزنی‌های معاون سیاسی وزیر امور خارجه در کویت با نشست دیگری ادامه یافت که با "
            "حضور معاون وزیر خارجه کویت تشکیل شد.")
    assert len(extract(text, published="2024-11-05")["events"]) == 2


def test_api_speaking_at_the_opening_of_a_conference_held_in_its_relative_clause_is_attending_it(extract):
    text = ("به گزارش خاور، امامعلی رحمان امروز در شهر دوشنبه با محمد اشرف غنی ملاقات کرد. پس از این ملاقات، امامعلی "
            "رحمان و محمد اشرف غنی در مراسم افتتاح کنفرانس «قلب آسیا» که با شرکت وزیران امور خارجه بیش از ۱۵ کشور "
            "برگزار شد، سخنرانی کردند.")
    events = extract(text, published="2021-03-30")["events"]
    assert [e["type"] for e in events] == ["meeting", "multilateral_meeting"]


def test_api_a_lead_opening_with_a_place_and_the_outlet_in_brackets_is_its_dateline(extract):
    text = ("آژانس اطلاعاتی باختر\n\nکابل (باختر): الحاج نورالدین عزیزی سرپرست وزارت صنعت و تجارت روز گذشته با محمد صادق "
            "خان نماینده ویژه پاکستان دیدار کرد. دو طرف درباره بندرهای تورخم و سپین بولدک بحث کردند.")
    event = extract(text, published="2023-05-10")["events"][0]
    assert (event["location"]["name_en"], event["location"]["rule"]) == ("Kabul", "fa.location.dateline")


def test_api_a_call_coordinated_after_hosting_a_guest_has_only_the_caller_and_the_other_side(extract):
    text = ("به گزارش مهر، حسین امیرعبداللهیان وزیر امور خارجه روز شنبه ابتدا در تهران میزبان بدر البوسعیدی وزیر امور "
            "خارجه عمان بود و ساعاتی بعد با محمد بن عبدالرحمن آل ثانی وزیر امور خارجه قطر تلفنی گفتگو کرد.")
    events = extract(text, published="2022-09-18")["events"]
    assert [(e["type"], len(e["participants"])) for e in events] == [("meeting", 2), ("phone_call", 2)]


def test_api_going_to_meet_someone_is_a_contact(extract):
    text = ("به گزارش ایرنا، حسین امیرعبداللهیان امروز در ابوظبی با عبدالله بن زاید آل نهیان دیدار کرد. پس از آن، وزیر "
            "امور خارجه کشورمان به دیدار شیخ محمد بن زاید آل نهیان رئیس امارات متحده عربی رفت.")
    events = extract(text, published="2022-12-01")["events"]
    assert len(events) == 2
    assert sorted(p["role"]["code"] for p in events[1]["participants"]) == ["foreign_minister", "head_of_state"]


def test_api_a_host_leaders_official_welcome_on_arrival_is_the_visits_contact(extract):
    text = ("به گزارش ایرنا، رجب طیب اردوغان رئیس‌جمهور ترکیه امروز وارد بغداد شد و محمد شیاع السودانی نخست‌وزیر این "
            "کشور در کاخ نخست‌وزیری از وی استقبال رسمی کرد. رئیس‌جمهور ترکیه پس از آن در کاخ بغداد با عبداللطیف جمال "
            "رشید رئیس‌جمهور عراق دیدار کرد.")
    events = extract(text, published="2024-04-22")["events"]
    assert [(e["type"], len(e["participants"])) for e in events] == [("visit", 2), ("meeting", 2)]


@pytest.mark.parametrize("text", [
    "نشست ترامپ و پوتین در بوداپست فعلاً برگزار نمی‌شود\n\nبه گزارش تسنیم، یک مقام کاخ سفید امروز اعلام کرد که "
    "دونالد ترامپ در آینده نزدیک برنامه‌ای برای دیدار با ولادیمیر پوتین ندارد.",
])
def test_api_no_plan_to_meet_and_a_meeting_not_held_are_no_events(extract, text):
    assert extract(text, published="2025-10-22")["events"] == []


def test_api_a_meeting_noun_after_a_semicolon_describes_the_contact_just_told(extract):
    text = ("به گزارش صدا و سیما، ولودیمیر زلنسکی روز جمعه در کاخ سفید با دونالد ترامپ دیدار کرد؛ دیداری که با حضور "
            "جی‌دی ونس معاون رئیس‌جمهور آمریکا در دفتر بیضی برگزار شد.")
    events = extract(text, published="2025-03-01")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 3


def test_api_a_named_minister_holds_no_office_another_country_is_named_for(extract):
    text = ("خبرگزاری ملی تاجیکستان «خاور»\n\nامروز وزیر امور خارجه جمهوری تاجیکستان سراج‌الدین مهرالدین سفیر فوق‌العاده و "
            "تام‌الاختیار جمهوری اسلامی ایران در تاجیکستان را به مناسبت پایان دوره مأموریتش به حضور پذیرفت.")
    participants = extract(text, published="2022-12-14")["events"][0]["participants"]
    assert sorted((p["role"]["code"], p["country"]) for p in participants) == [("ambassador", "IR"),
                                                                              ("foreign_minister", "TJ")]


def test_api_our_country_in_an_iranian_outlet_is_not_afghanistan(extract):
    text = ("ایرنا\n\nبه گزارش ایرنا، دور جدید رایزنی‌های سیاسی دو کشور امروز به ریاست سید عباس عراقچی معاون سیاسی وزیر "
            "امور خارجه کشورمان و معین سیاسی وزارت امور خارجه افغانستان در تهران برگزار شد.")
    participants = extract(text, published="2019-01-02")["events"][0]["participants"]
    assert sorted(p["country"] for p in participants) == ["AF", "IR"]


def test_api_being_received_by_a_president_set_off_by_commas_is_a_contact(extract):
    text = ("به گزارش خاور، اسدالله خالد وزیر دفاع افغانستان امروز در دوشنبه با شیرعلی میرزا وزیر دفاع تاجیکستان ملاقات "
            "کرد. مهمان افغان همچنین از سوی امامعلی رحمان، رئیس جمهوری تاجیکستان، نیز پذیرفته شد.")
    events = extract(text, published="2019-05-16")["events"]
    assert len(events) == 2


def test_api_signatories_before_the_two_presidents_took_part_and_a_residence_is_no_person(extract):
    text = ("به گزارش ایرنا، ولادیمیر پوتین امروز پس از مراسم استقبال رسمی در اقامتگاه «کوک‌سرای» با شوکت میرضیایف "
            "رئیس‌جمهور ازبکستان دیدار و گفت‌وگو کرد. در پایان، در حضور دو رئیس‌جمهور، الکسی لیخاچف مدیرعامل روس‌اتم و "
            "جورابیک میرزامحمودوف وزیر انرژی ازبکستان قرارداد ساخت نیروگاه را امضا کردند.")
    events = extract(text, published="2024-05-27")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 4


def test_api_a_welcome_at_a_border_station_is_protocol_and_a_part_of_the_talks_is_attended(extract):
    text = ("به گزارش مهر، ولادیمیر پوتین امروز در پایگاه فضایی وستوچنی با کیم جونگ اون گفت‌وگو کرد. رهبر کره شمالی روز "
            "سه‌شنبه در ایستگاه مرزی خاسان مورد استقبال الکساندر کوزلوف وزیر منابع طبیعی روسیه قرار گرفته بود. سرگئی "
            "لاوروف وزیر امور خارجه روسیه در بخش نخست مذاکرات حضور داشت.")
    events = extract(text, published="2023-09-13")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 3


def test_api_contacts_on_that_trip_years_ago_are_background(extract):
    text = ("به گزارش تسنیم، هشت سال پیش در چنین روزهایی شی جین‌پینگ رئیس‌جمهور چین به تهران سفر کرد. شی در آن سفر با "
            "حسن روحانی رئیس‌جمهور وقت ایران گفت‌وگو کرد. پنج سال بعد، محمدجواد ظریف و وانگ یی برنامه همکاری را در تهران "
            "امضا کردند.")
    assert extract(text, published="2024-01-23")["events"] == []


def test_api_an_unqualified_title_in_an_afghan_outlet_is_not_the_american_named_before_and_the_trip_places(extract):
    text = ("آژانس اطلاعاتی باختر\n\nکابل (باختر): اسدالله خالد، سرپرست وزارت دفاع ملی، که برای اشتراک در نشست وزیران "
            "دفاع ناتو به بروکسل سفر کرده است، امروز در این نشست سخنرانی کرد. در این نشست پاتریک شاناهان، سرپرست وزارت "
            "دفاع امریکا، نیز حضور داشت. سرپرست وزارت دفاع ملی در حاشیه این نشست با ینس استولتنبرگ دیدار جداگانه داشت.")
    event = extract(text, published="2019-02-13")["events"][-1]
    assert {p["name"] for p in event["participants"]} == {"اسدالله خالد", "ینس استولتنبرگ"}
    assert event["location"]["name_en"] == "Brussels"


def test_api_a_round_attended_by_delegations_and_deputies_accompanying_a_side_and_a_meeting_before_it(extract):
    text = ("رم - ایرنا - پنجمین دور مذاکرات غیرمستقیم ایران و آمریکا امروز در رم برگزار شد.\n\nهیئت ایرانی به ریاست "
            "سید عباس عراقچی و هیئت آمریکایی به ریاست استیو ویتکاف در این دور شرکت داشتند. مجید تخت‌روانچی و کاظم "
            "غریب‌آبادی معاونان وزیر امور خارجه نیز عراقچی را همراهی می‌کردند.\n\nعراقچی پیش از آغاز گفت‌وگوها با بدر "
            "البوسعیدی وزیر خارجه عمان دیدار کرد.")
    events = extract(text, published="2025-05-23")["events"]
    assert [(e["type"], len(e["participants"])) for e in events] == [("negotiation", 4), ("meeting", 2)]


def test_api_whom_an_envoy_serves_takes_no_part_and_is_not_the_guest(extract):
    text = ("دیدارهای فرستاده ویژه پوتین با شمخانی و ظریف\n\nبه گزارش فارس، «الکساندر لاورنتیف» نماینده ویژه ولادیمیر "
            "پوتین در امور سوریه صبح امروز با علی شمخانی دبیر شورای عالی امنیت ملی دیدار کرد. مهمان روس سپس عصر امروز با "
            "محمدجواد ظریف دیدار و گفت‌وگو کرد.")
    events = extract(text, published="2019-12-16")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["الکساندر لاورنتیف", "علی شمخانی"], ["الکساندر لاورنتیف", "محمدجواد ظریف"]]


def test_api_a_parliamentary_delegation_of_a_country_and_the_deputy_speakers_title(extract):
    text = ("به گزارش خبرگزاری خانه ملت، علی نیکزاد نایب رئیس مجلس شورای اسلامی امروز در دیدار با هیئت پارلمانی "
            "پاکستان بر گسترش همکاری‌های مرزی تأکید کرد.")
    participants = extract(text, published="2022-12-07")["events"][0]["participants"]
    assert sorted(p["country"] for p in participants) == ["IR", "PK"]
    assert next(p for p in participants if p["country"] == "IR")["role"]["code"] == "member_of_parliament"


def test_api_the_king_named_before_is_not_the_crown_prince_who_attended_this_ceremony(extract):
    text = ("به گزارش تسنیم، شی جین‌پینگ امروز در ریاض با ملک سلمان دیدار کرد. محمد بن سلمان ولیعهد و نخست‌وزیر عربستان "
            "نیز در این مراسم حضور داشت. پس از مراسم امضا، رئیس‌جمهور چین و ولیعهد سعودی در نشستی جداگانه گفت‌وگو کردند.")
    events = extract(text, published="2022-12-08")["events"]
    assert len(events) == 2
    assert "محمد بن سلمان" in {p["name"] for p in events[0]["participants"]}
    assert {p["name"] for p in events[1]["participants"]} == {"شی جین‌پینگ", "محمد بن سلمان"}
    king = next(p for p in events[0]["participants"] if p["name"] == "سلمان بن عبدالعزیز")  # (`ملک سلمان`: the register's)
    assert king["country"] == "SA"


def test_api_a_round_with_the_political_directors_of_listed_countries_gives_one_side_per_country(extract):
    text = ("دور تازه گفت‌وگوهای ایران و اروپا در اسلو\n\nبه گزارش ایسنا، علی باقری کنی معاون سیاسی وزیر امور خارجه "
            "امروز در اسلو با مدیران سیاسی وزارتخانه‌های خارجه نروژ، سوئد و فنلاند گفت‌وگو کرد.")
    event = extract(text, published="2023-03-02")["events"][0]
    assert event["type"] == "negotiation"
    assert sorted(p["country"] for p in event["participants"]) == ["FI", "IR", "NO", "SE"]
    assert [p["role"]["code"] for p in event["participants"] if p["country"] != "IR"] == ["official"] * 3


def test_api_one_of_the_senior_officials_is_a_single_participant(extract):
    text = ("به گزارش ایرنا، هیئتی به ریاست یکی از مقام‌های ارشد وزارت خارجه قطر امروز در کابل با امیرخان متقی "
            "دیدار کرد.")
    participants = extract(text, published="2022-05-02")["events"][0]["participants"]
    assert sorted((p["role"]["code"], p["country"]) for p in participants if p["name"] is None) == [("official", "QA")]


def test_api_senior_officials_in_the_plural_are_one_unnamed_side_of_their_country_not_one_each(extract):
    text = ("به گزارش ایرنا، وزیر خارجه ازبکستان امروز وارد کابل شد و با مقام‌های ارشد حکومت افغانستان درباره "
            "پروژه‌های مشترک گفت‌وگو کرد.")
    events = extract(text, published="2019-03-04")["events"]
    assert [(p["role"]["code"], p["country"]) for e in events for p in e["participants"] if p["country"] == "AF"] \
        == [("official", "AF")]


def test_api_a_deputy_with_a_coordinated_portfolio_is_the_ministers_deputy_not_the_minister(extract):
    text = ("به گزارش مهر، کاظم غریب‌آبادی معاون حقوقی و بین‌الملل وزیر امور خارجه امروز در ژنو با رئیس کمیته "
            "بین‌المللی صلیب سرخ دیدار کرد.")
    participants = extract(text, published="2023-06-05")["events"][0]["participants"]
    assert "foreign_minister" not in {p["role"]["code"] for p in participants}
    assert next(p for p in participants if p["name"] == "کاظم غریب‌آبادی")["role"]["code"] == "deputy_foreign_minister"


def test_api_the_leaders_of_three_countries_who_talked_are_the_heads_named_after(extract):
    text = ("به گزارش ایرنا، رهبران سه کشور ایران، ترکیه و روسیه امروز در نشستی سه‌جانبه در آنکارا درباره سوریه "
            "گفت‌وگو کردند.\n\nرجب طیب اردوغان میزبان این نشست بود و حسن روحانی و ولادیمیر پوتین در آن شرکت کردند.")
    events = extract(text, published="2019-09-16")["events"]
    assert len(events) == 1 and events[0]["type"] == "multilateral_meeting"
    assert sorted(p["country"] for p in events[0]["participants"]) == ["IR", "RU", "TR"]


@pytest.mark.parametrize("listing", [
    "در میان اشتراک‌کنندگان این نشست زلمی خلیل‌زاد نماینده ویژه امریکا و ضمیر کابلوف نماینده ویژه روسیه بودند.",
    "اعضای هیئت‌های این نشست عبارت بودند از: زلمی خلیل‌زاد نماینده ویژه امریکا و ضمیر کابلوف نماینده ویژه روسیه.",
])
def test_api_people_listed_as_the_sessions_participants_attend_it(extract, listing):
    text = ("به گزارش پژواک، نشست نمایندگان کشورهای منطقه درباره صلح افغانستان امروز در مسکو برگزار شد.\n\n" + listing)
    events = extract(text, published="2019-02-05")["events"]
    assert len(events) == 1
    assert {p["name"] for p in events[0]["participants"]} == {"زلمی خلیل‌زاد", "ضمیر کابلوف"}


def test_api_a_session_named_for_its_city_is_there_not_where_an_office_of_a_delegation_sits(extract):
    text = ("کابل (پژواک): نشست بین‌المللی مسکو درباره صلح افغانستان امروز با سخنرانی سرگئی لاوروف وزیر خارجه روسیه "
            "گشایش یافت و هیئتی از دفتر سیاسی طالبان در قطر در آن شرکت کرد.\n\nهیئت طالبان را شیر محمد عباس استانکزی "
            "رهبری می‌کرد.")
    events = extract(text, published="2018-11-09")["events"]
    assert events[0]["location"]["name_en"] == "Moscow"
    assert {p["name"] for p in events[0]["participants"]} >= {"سرگئی لاوروف", "شیر محمد عباس استانکزی"}


def test_api_a_travellers_next_contact_is_where_his_trip_is_not_at_the_desk_that_filed_it(extract):
    text = ("کابل (پژواک): محمد حنیف اتمر وزیر خارجه که به ازبکستان سفر کرده، روز دوشنبه در تاشکند با عبدالعزیز کاملوف "
            "وزیر خارجه این کشور دیدار کرد.\n\nاتمر پس از آن با شوکت میرضیایف رئیس‌جمهور ازبکستان ملاقات کرد.")
    events = extract(text, published="2020-10-12")["events"]
    assert [e["location"]["name_en"] for e in events] == ["Tashkent", "Tashkent"]


def test_api_the_head_of_an_iranian_council_met_the_day_before_is_a_side_of_that_contact(extract):
    text = ("دمشق- ایرنا- سید کمال خرازی رئیس شورای راهبردی روابط خارجی امروز در دمشق با بشار اسد دیدار کرد.\n\n"
            "رئیس شورای راهبردی روابط خارجی روز دوشنبه نیز پس از ورود به دمشق با فیصل مقداد وزیر امور خارجه سوریه "
            "دیدار کرده بود.")
    events = extract(text, published="2024-05-21")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["بشار اسد", "کمال خرازی"], ["فیصل مقداد", "کمال خرازی"]]


def test_api_a_talk_with_one_of_the_ministers_a_lead_of_separate_calls_names_is_that_call(extract):
    text = ("به گزارش فارس، امیر حاتمی وزیر دفاع امروز در دو تماس تلفنی جداگانه با وزرای دفاع ترکیه و عراق درباره "
            "امنیت مرزها گفت‌وگو کرد.\n\nحاتمی در گفت‌وگو با خلوصی آکار وزیر دفاع ترکیه بر همکاری مرزی تأکید کرد.\n\n"
            "وزیر دفاع کشورمان سپس با جمعه عناد همتای عراقی خود تلفنی گفت‌وگو کرد.")
    events = extract(text, published="2020-10-06")["events"]
    assert [e["type"] for e in events] == ["phone_call", "phone_call"]
    assert sorted(p["country"] for p in events[0]["participants"]) == ["IR", "TR"]


def test_api_a_weekday_that_starts_a_persons_name_is_no_date(extract):
    text = "به گزارش ایرنا، وزیر دفاع کشورمان با جمعه عناد وزیر دفاع عراق دیدار کرد."
    event = extract(text, published="2020-10-06")["events"][0]
    assert event["date"]["value"] == "2020-10-06" and event["date"]["text"] is None


def test_api_a_pronoun_refers_to_the_last_person_named_also_by_a_title_that_refers_back(extract):
    text = ("به گزارش مهر، محمدجواد ظریف وزیر امور خارجه کشورمان امروز در باکو با الهام علی‌اف رئیس‌جمهور آذربایجان "
            "دیدار کرد.\n\nعلی‌اف در این دیدار بر گسترش همکاری‌ها تأکید کرد. وزیر خارجه ایران نیز از مواضع باکو "
            "قدردانی کرد.\n\nوی سپس با المار محمدیاروف وزیر امور خارجه آذربایجان دیدار کرد.")
    events = extract(text, published="2019-02-26")["events"]
    assert sorted(p["name"] for p in events[-1]["participants"]) == ["المار محمدیاروف", "محمدجواد ظریف"]


def test_api_a_member_said_to_be_in_a_delegations_line_up_attends(extract):
    text = ("به گزارش ایرنا، نشست سه‌جانبه وزیران خارجه چین، افغانستان و پاکستان امروز در کابل برگزار شد. وانگ یی "
            "وزیر امور خارجه چین و محمد اسحاق دار وزیر خارجه پاکستان در این نشست حضور داشتند. محمد صادق نماینده خاص "
            "پاکستان برای افغانستان نیز در ترکیب هیئت پاکستانی حضور داشت.")
    event = extract(text, published="2025-08-20")["events"][0]
    assert "محمد صادق" in {p["name"] for p in event["participants"]}


def test_api_dari_commanders_and_the_country_each_side_speaks_for(extract):
    text = ("هرات (پژواک): مسئولان سرحدی افغانستان و ایران روز شنبه در بندر اسلام‌قلعه ملاقات کردند.\n\nدر این ملاقات از "
            "جانب افغانستان قوماندان لوای سرحدی هرات و از جانب ایران فرمانده هنگ مرزی تایباد اشتراک داشتند.")
    events = extract(text, published="2023-05-28")["events"]
    assert len(events) == 1
    assert sorted((p["role"]["code"], p["country"]) for p in events[0]["participants"]) == [
        ("military_commander", "AF"), ("military_commander", "IR")]


def test_api_a_commission_that_ended_is_its_chairs_session_not_the_next_meeting_of_one_of_them(extract):
    text = ("به گزارش ایسنا، نشست کمیسیون مشترک اقتصادی ایران و گرجستان روز دوشنبه در تهران به کار خود پایان داد.\n\n"
            "ریاست هیئت ایرانی در این نشست بر عهده رستم قاسمی وزیر راه و شهرسازی و ریاست هیئت گرجستان بر عهده لوان "
            "داویتاشویلی وزیر اقتصاد و توسعه پایدار آن کشور بود.\n\nوزیر اقتصاد گرجستان همچنین روز دوشنبه با محمد "
            "مخبر معاون اول رئیس‌جمهور دیدار کرد.")
    events = extract(text, published="2022-11-28")["events"]
    assert [e["type"] for e in events] == ["negotiation", "meeting"]
    assert "رستم قاسمی" in {p["name"] for p in events[0]["participants"]}
    assert "رستم قاسمی" not in {p["name"] for p in events[1]["participants"]}


def test_api_a_ceremony_held_before_the_talks_is_no_other_contact(extract):
    text = ("به گزارش ایرنا، امامعلی رحمان و قاسم جومارت توکایف امروز در دوشنبه دیدار و گفت‌وگو کردند. پیش از آغاز "
            "گفت‌وگوها، مراسم رسمی استقبال از میهمان با حضور گارد افتخار برگزار شد. رحمان و توکایف سپس مذاکره کردند.")
    assert len(extract(text, published="2024-08-22")["events"]) == 1


def test_api_the_envoys_of_the_four_countries_are_the_envoys_who_attended_the_session(extract):
    text = ("به گزارش طلوع‌نیوز، نشست چهارجانبه درباره افغانستان امروز در دوشنبه برگزار شد و توماس وست نماینده ویژه "
            "امریکا، ضمیر کابلوف نماینده ویژه رئیس‌جمهور روسیه، یو شیائویونگ نماینده ویژه چین و محمد صادق نماینده ویژه "
            "پاکستان در آن اشتراک داشتند.\n\nنمایندگان ویژه چهار کشور پس از پایان نشست با امیرخان متقی دیدار کردند.")
    events = extract(text, published="2022-03-31")["events"]
    assert len(events) == 2
    assert {"امیرخان متقی", "توماس وست", "ضمیر کابلوف"} <= {p["name"] for p in events[1]["participants"]}


def test_api_the_president_at_a_credentials_ceremony_meets_the_ambassador(extract):
    text = ("تهران- ایرنا- رئیس جمهوری صبح امروز در مراسم تقدیم استوارنامه «پاتریک ماسون» سفیر جدید سوئیس در تهران "
            "گفت ایران از گسترش همکاری‌ها استقبال می‌کند.\n\nحسن روحانی افزود روابط دو کشور دیرینه است. ماسون نیز با "
            "ابلاغ سلام رئیس‌جمهور سوئیس بر ادامه گفت‌وگوها تأکید کرد.")
    events = extract(text, published="2019-03-05")["events"]
    assert len(events) == 1
    assert sorted(p["name"] for p in events[0]["participants"]) == ["حسن روحانی", "پاتریک ماسون"]


def test_api_farewell_meetings_told_together_are_one_contact_each(extract):
    text = ("به گزارش مهر، ایرج مسجدی سفیر کشورمان در عراق روز دوشنبه در دیدارهای جداگانه با «مصطفی الکاظمی» نخست وزیر "
            "و «فؤاد حسین» وزیر امور خارجه عراق دیدار و خداحافظی کرد.")
    events = extract(text, published="2021-08-02")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["ایرج مسجدی", "مصطفی الکاظمی"], ["ایرج مسجدی", "فؤاد حسین"]]


def test_api_members_named_before_among_a_delegations_members_attend(extract):
    text = ("به گزارش ایرنا، شی جین‌پینگ امروز در پکن با ولادیمیر پوتین دیدار و گفت‌وگو کرد. سرگئی لاوروف وزیر امور "
            "خارجه و سرگئی شویگو دبیر شورای امنیت روسیه از جمله اعضای هیئت روس بودند.")
    event = extract(text, published="2024-05-16")["events"][0]
    assert {"سرگئی لاوروف", "سرگئی شویگو"} <= {p["name"] for p in event["participants"]}


def test_api_leaders_named_before_among_the_participants_attend_the_summit(extract):
    text = ("آستانه (باختر): محمد اشرف غنی رئیس جمهور امروز در نشست سران کشورهای عضو سازمان همکاری شانگهای اشتراک کرد.\n\n"
            "شی جین‌پینگ رئیس جمهور چین و ولادیمیر پوتین رئیس جمهور روسیه از جمله اشتراک‌کنندگان نشست بودند.")
    event = extract(text, published="2017-06-09")["events"][0]
    assert {"شی جین‌پینگ", "ولادیمیر پوتین", "اشرف غنی"} <= {p["name"] for p in event["participants"]}


def test_api_a_session_of_an_organisation_attended_and_todays_session_held_are_one(extract):
    text = ("به گزارش ایسنا، هاکان فیدان وزیر امور خارجه ترکیه امروز در یکصدوشصت‌ودومین نشست شورای اتحادیه عرب در قاهره "
            "شرکت کرد.\n\nدر جلسه امروز که با حضور بدر عبدالعاطی وزیر امور خارجه مصر برگزار شد، فیدان درباره غزه سخن گفت.")
    events = extract(text, published="2024-09-10")["events"]
    assert len(events) == 1 and events[0]["type"] == "multilateral_meeting"
    assert {"هاکان فیدان", "بدر عبدالعاطی"} <= {p["name"] for p in events[0]["participants"]}


def test_api_a_pronoun_refers_to_the_subject_not_to_the_one_met(extract):
    text = ("به گزارش ایرنا، بیلاول بوتو زرداری وزیر خارجه پاکستان شامگاه پنجشنبه در گوا با سرگئی لاوروف دیدار کرد. "
            "وزارت خارجه پاکستان اعلام کرد دو طرف درباره انرژی گفت‌وگو کردند.\n\nوی روز جمعه نیز با چین گانگ وزیر خارجه "
            "چین ملاقات کرد.")
    events = extract(text, published="2023-05-05")["events"]
    assert sorted(p["name"] for p in events[-1]["participants"]) == ["بلاول بوتو زرداری", "چین گانگ"]


def test_api_a_pakistani_name_with_khan_inside_is_one_name(extract):
    text = ("به گزارش تسنیم، دریاسالار محمد امجد خان نیازی فرمانده نیروی دریایی پاکستان امروز در تهران با سرلشکر "
            "محمد باقری دیدار کرد.")
    names = {p["name"] for p in extract(text, published="2021-10-18")["events"][0]["participants"]}
    assert "محمد امجد خان نیازی" in names


@pytest.mark.parametrize("place, city", [("کویت", "Kuwait City"), ("تونس", "Tunis")])
def test_api_a_capital_that_bears_its_countrys_name_is_the_city(extract, place, city):
    text = f"به گزارش ایرنا، محمدجواد ظریف امروز در {place} با وزیر امور خارجه این کشور دیدار کرد."
    assert extract(text, published="2019-03-05")["events"][0]["location"]["name_en"] == city


@pytest.mark.parametrize("session", ["نشست فوق‌العاده کمیته اجرایی سازمان همکاری اسلامی", "نشست بین‌المللی تاشکند"])
def test_api_a_session_of_an_organisation_or_an_international_one_is_multilateral(extract, session):
    text = (f"به گزارش ایرنا، {session} امروز با حضور علی باقری کنی سرپرست وزارت امور خارجه و بدر البوسعیدی وزیر "
            "خارجه عمان برگزار شد.")
    assert extract(text, published="2024-08-07")["events"][0]["type"] == "multilateral_meeting"


def test_api_a_round_in_the_headline_of_an_article_with_no_agency_lead_is_a_negotiation(extract):
    text = ("دویچه وله فارسی\n\nدور تازه گفت‌وگوهای ایران و سه کشور اروپایی در ژنو\n\nمجید تخت‌روانچی معاون وزیر خارجه "
            "ایران روز دوشنبه در ژنو با مدیران سیاسی وزارتخانه‌های خارجه آلمان، فرانسه و بریتانیا گفت‌وگو کرد.")
    assert extract(text, published="2025-01-14")["events"][0]["type"] == "negotiation"


def test_api_a_contact_on_a_trip_told_years_back_is_history(extract):
    text = ("به گزارش تسنیم، هشت سال پیش شی جین‌پینگ رئیس‌جمهور چین به تهران سفر کرد. شی در آن سفر با حسن روحانی "
            "رئیس‌جمهور وقت ایران گفت‌وگو کرد.")
    assert extract(text, published="2024-01-23")["events"] == []


def test_api_a_joint_session_with_the_commanders_of_listed_flotillas_gives_one_per_country(extract):
    text = ("به گزارش صدا و سیما، دریادار شهرام ایرانی فرمانده نیروی دریایی ارتش امروز در نشستی مشترک با فرماندهان "
            "ناوگروه‌های اعزامی هند و عمان طرح رزمایش را بررسی کرد.")
    events = extract(text, published="2023-03-11")["events"]
    assert len(events) == 1
    assert sorted(p["country"] for p in events[0]["participants"]) == ["IN", "IR", "OM"]


def test_api_some_of_the_ministers_of_the_two_countries_are_no_one_minister_of_each(extract):
    text = ("به گزارش ایرنا، حسن روحانی و استفان لوفن نخست‌وزیر سوئد امروز در تهران دیدار و گفت‌وگو کردند. در این دیدار "
            "جمعی از وزرای دو کشور نیز حضور داشتند.")
    participants = extract(text, published="2017-02-11")["events"][0]["participants"]
    assert all(p["name"] is not None for p in participants)


@pytest.mark.parametrize("continued", [
    "دو رئیس‌جمهور سپس مذاکرات را با حضور مولود چاووش‌اوغلو وزیر امور خارجه ترکیه و خورخه آرئاسا وزیر امور خارجه "
    "ونزوئلا در سطح هیئت‌ها ادامه دادند.",
    "مذاکرات دو رئیس‌جمهور پس از دیدار خصوصی، با حضور مولود چاووش‌اوغلو وزیر امور خارجه ترکیه و خورخه آرئاسا وزیر "
    "امور خارجه ونزوئلا در سطح هیئت‌ها ادامه یافت.",
])
def test_api_ministers_present_when_the_talks_continued_join_the_visit_and_may_meet_again(extract, continued):
    text = ("به گزارش تسنیم، رجب طیب اردوغان رئیس‌جمهور ترکیه امروز در کاراکاس با نیکلاس مادورو رئیس‌جمهور ونزوئلا "
            "دیدار و گفت‌وگو کرد.\n\n" + continued + "\n\nچاووش‌اوغلو عصر امروز نیز با آرئاسا گفت‌وگو کرد.")
    events = extract(text, published="2018-12-03")["events"]
    assert len(events) == 2
    assert {"مولود چاووش‌اوغلو", "خورخه آرئاسا"} <= {p["name"] for p in events[0]["participants"]}
    assert sorted(p["name"] for p in events[1]["participants"]) == ["خورخه آرئاسا", "مولود چاووش‌اوغلو"]


def test_api_ministers_listed_as_present_share_the_country_that_closes_their_titles(extract):
    text = ("به گزارش ایرنا، ولادیمیر پوتین و انور ابراهیم امروز در مسکو با حضور محمد حسن وزیر امور خارجه و تنکو "
            "ظفرالعزیز وزیر سرمایه‌گذاری مالزی گفت‌وگو کردند.")
    participants = extract(text, published="2025-05-14")["events"][0]["participants"]
    assert next(p for p in participants if p["name"] == "محمد حسن")["country"] == "MY"


def test_api_the_delegations_talks_of_a_visit_with_ministers_present_are_that_visit(extract):
    text = ("به گزارش ایسنا، جوکو ویدودو رئیس‌جمهور اندونزی امروز در آنکارا مورد استقبال رسمی رجب طیب اردوغان قرار "
            "گرفت و دو رئیس‌جمهور گفت‌وگو کردند.\n\nپس از دیدار دونفره، مذاکرات هیئت‌های دو کشور با حضور رتنو مرسودی "
            "وزیر امور خارجه اندونزی و مولود چاووش‌اوغلو وزیر امور خارجه ترکیه برگزار شد.")
    events = extract(text, published="2017-07-06")["events"]
    assert len(events) == 1 and events[0]["type"] == "visit"
    assert {"رتنو مرسودی", "مولود چاووش‌اوغلو"} <= {p["name"] for p in events[0]["participants"]}


def test_api_a_high_council_chaired_by_two_leaders_is_a_negotiation(extract):
    text = ("به گزارش ایرنا، حسن روحانی امروز در آنکارا با رجب طیب اردوغان دیدار کرد.\n\nسپس نشست شورای عالی همکاری‌ها به "
            "ریاست مشترک روحانی و اردوغان و با حضور محمدجواد ظریف و مولود چاووش‌اوغلو برگزار شد.")
    events = extract(text, published="2018-12-20")["events"]
    assert "negotiation" in [e["type"] for e in events]


def test_api_a_welcome_at_an_air_base_by_a_minister_is_protocol(extract):
    text = ("به گزارش تسنیم، حسن روحانی امروز در اسلام‌آباد با محمد نواز شریف دیدار و گفت‌وگو کرد.\n\nرئیس‌جمهور که "
            "عصر جمعه وارد پایگاه هوایی نورخان در راولپندی شده بود، از سوی شاهد خاقان عباسی وزیر نفت پاکستان مورد "
            "استقبال قرار گرفت.")
    events = extract(text, published="2016-03-26")["events"]
    assert len(events) == 1


def test_api_the_mediator_of_the_talks_takes_part_without_making_them_multilateral(extract):
    text = ("به گزارش ایرنا، چهارمین دور مذاکرات غیرمستقیم ایران و آمریکا امروز در مسقط به پایان رسید. هیئت ایرانی را "
            "عباس عراقچی و هیئت آمریکایی را استیو ویتکاف رهبری می‌کردند. بدر البوسعیدی، وزیر خارجه عمان، بار دیگر "
            "میانجی گفت‌وگوها بود.")
    event = extract(text, published="2025-05-11")["events"][0]
    assert event["type"] == "negotiation"
    assert "بدر البوسعیدی" in {p["name"] for p in event["participants"]}


def test_api_whose_term_times_the_session_takes_no_part(extract):
    text = ("به گزارش ایسنا، کاظم غریب‌آبادی امروز در ژنو با انریکه مورا دیدار کرد.\n\nاین نشست یک هفته پیش از آغاز دوره "
            "دوم ریاست‌جمهوری دونالد ترامپ برگزار شد.")
    names = {p["name"] for e in extract(text, published="2025-01-13")["events"] for p in e["participants"]}
    assert "دونالد ترامپ" not in names


def test_api_a_pronoun_met_is_the_last_person_named_other_than_the_subject(extract):
    text = ("به گزارش ایرنا، سفرای جدید چند کشور امروز استوارنامه‌های خود را تقدیم رئیس‌جمهور کردند. آخرین سفیری که "
            "استوارنامه خود را تقدیم کرد، محمد مدثر تیپو بود.\n\nرئیسی در دیدار با وی بر امنیت مرزها تأکید کرد.")
    events = extract(text, published="2023-10-01")["events"]
    assert any({"محمد مدثر تیپو", "ابراهیم رئیسی"} <= {p["name"] for p in e["participants"]} for e in events)


def test_api_a_cabinet_session_of_one_states_officials_is_no_contact(extract):
    text = ("کابل (باختر): جلسه کابینه امارت اسلامی افغانستان امروز به ریاست ملا محمد حسن آخوند رئیس‌الوزرا و با حضور "
            "ملا عبدالغنی برادر معاون اقتصادی و مولوی عبدالسلام حنفی معاون اداری رئیس‌الوزرا برگزار شد.")
    assert extract(text, published="2023-11-05")["events"] == []


def test_api_a_delegations_arrival_is_no_contact_and_its_members_attend_the_talks(extract):
    text = ("آژانس باختر\n\nتاشکند (باختر): ملا عبدالغنی برادر معاون اقتصادی رئیس‌الوزرا امروز در تاشکند با عبدالله "
            "آریپوف نخست‌وزیر ازبکستان دیدار کرد.\n\nمعاون اقتصادی روز گذشته در رأس هیئتی متشکل از نورالدین عزیزی "
            "سرپرست وزارت صنعت و تجارت و مولوی عبداللطیف منصور سرپرست وزارت انرژی و آب وارد تاشکند شد.\n\nدر دیدار "
            "امروز، عزیزی و منصور نیز حضور داشتند.")
    events = extract(text, published="2023-08-17")["events"]
    assert len(events) == 1
    assert {"نورالدین عزیزی", "عبداللطیف منصور"} <= {p["name"] for p in events[0]["participants"]}


def test_api_a_name_after_a_title_and_its_remit_closed_by_a_comma(extract):
    text = ("به گزارش خاور، وزیر امور خارجه تاجیکستان امروز با نماینده ویژه اتحادیه اروپا در امور آسیای مرکزی ترهی "
            "هاکالا، که به دوشنبه سفر کرده است، ملاقات کرد.")
    names = {p["name"] for p in extract(text, published="2019-05-14")["events"][0]["participants"]}
    assert "ترهی هاکالا" in names


def test_api_two_people_of_one_surname_stay_two_after_a_bare_surname_headline(extract):
    text = ("بهرامی: افغانستان از همکاری همسایگان استقبال می‌کند\n\nکابل (پژواک): طارق شاه بهرامی سرپرست وزارت دفاع ملی "
            "امروز در دفتر کارش با محمدرضا بهرامی سفیر جمهوری اسلامی ایران در کابل دیدار کرد.")
    participants = extract(text, published="2018-01-16")["events"][0]["participants"]
    assert {"طارق شاه بهرامی", "محمدرضا بهرامی"} <= {p["name"] for p in participants}


def test_api_each_stop_of_a_tour_keeps_the_city_its_own_words_name(extract):
    text = ("به گزارش مهر، عباس عراقچی وزیر امور خارجه کشورمان صبح دیروز در مسقط با بدر البوسعیدی وزیر خارجه عمان "
            "دیدار کرد و امروز در دوحه با همتای قطری خود محمد بن عبدالرحمن آل ثانی گفت‌وگو کرد.\n\n"
            "عراقچی پس از پایان سفر به مسقط عصر دیروز وارد دوحه شد. وی در دیدار با آل ثانی درباره غزه و "
            "آماده‌سازی نشست سران کشورهای عربی و اسلامی رایزنی کرد.")
    events = extract(text, published="2024-11-05")["events"]
    places = {frozenset(p["name"] for p in e["participants"]): e["location"]["name_en"] for e in events}
    assert len(events) == 2
    assert places == {frozenset({"عباس عراقچی", "بدر البوسعیدی"}): "Muscat",
                      frozenset({"عباس عراقچی", "محمد بن عبدالرحمن آل ثانی"}): "Doha"}
    assert all(e["type"] == "meeting" for e in events)


@pytest.mark.parametrize("object_noun", ["دلایل تعویق سفر", "علت لغو دیدار"])
def test_api_a_call_that_explains_a_trip_put_off_still_happened(extract, object_noun):
    text = ("به گزارش ایسنا، سفر وزیر خارجه ترکیه به تهران به تعویق افتاد.\n\nهاکان فیدان شامگاه دوشنبه در تماسی "
            f"تلفنی با عباس عراقچی {object_noun} را توضیح داد و دو وزیر درباره تحولات سوریه گفت‌وگو کردند.")
    events = extract(text, published="2025-02-11")["events"]
    assert [e["type"] for e in events] == ["phone_call"]
    assert {p["name"] for p in events[0]["participants"]} == {"هاکان فیدان", "عباس عراقچی"}


def test_api_ministers_of_listed_states_in_a_three_party_session_without_a_contact_verb(extract):
    text = ("به گزارش ایسنا، وزیران امور خارجه ایران، روسیه و ترکیه امروز در نشستی سه‌جانبه در آستانه بیانیه‌ای "
            "را درباره سوریه تصویب کردند که بر حفظ تمامیت ارضی این کشور در شمال سوریه تأکید دارد.")
    events = extract(text, published="2019-03-01")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting"]
    assert {(p["role"]["code"], p["country"]) for p in events[0]["participants"]} == {
        ("foreign_minister", "IR"), ("foreign_minister", "RU"), ("foreign_minister", "TR")}


def test_api_a_three_party_session_told_with_its_own_verb_keeps_that_verbs_time(extract):
    text = ("به گزارش ایرنا، عراقچی و لاوروف امروز در مسکو دیدار کردند. دو وزیر ده روز پیش نیز در نشستی سه‌جانبه "
            "در پکن با وانگ یی دیدار کرده بودند.")
    assert len(extract(text, published="2025-03-14")["events"]) == 1


@pytest.mark.parametrize("sentence, city", [
    ("وزیر دفاع روسیه سپس با یاشار گولر وزیر دفاع ترکیه درباره اجرای آتش‌بس در سوریه گفت‌وگو کرد.", "Moscow"),
])
def test_api_a_place_inside_what_was_discussed_is_not_where_they_met(extract, sentence, city):
    text = ("به گزارش ایرنا، عزیز نصیرزاده وزیر دفاع کشورمان امروز در مسکو با آندری بلوسوف وزیر دفاع روسیه دیدار "
            f"کرد.\n\n{sentence}")
    events = extract(text, published="2024-12-20")["events"]
    assert {e["location"]["name_en"] for e in events if e["location"]} == {city}


@pytest.mark.parametrize("received", ["وزیران شرکت‌کننده را به حضور پذیرفت", "وزرای حاضر در نشست را به حضور پذیرفت"])
def test_api_the_participating_ministers_received_after_a_session_are_its_people(extract, received):
    text = ("به گزارش ایرنا، نشست وزیران خارجه کشورهای ساحلی خزر امروز در آستاراخان برگزار شد و حسین "
            "امیرعبداللهیان، سرگئی لاوروف، مختار تلیوبردی، جیحون بایراموف و رشید مردوف در آن شرکت کردند.\n\n"
            f"پس از پایان نشست، ولادیمیر پوتین رئیس‌جمهور روسیه {received}.")
    events = extract(text, published="2022-10-12")["events"]
    assert len(events) == 2
    assert {p["country"] for p in events[1]["participants"]} == {"RU", "IR", "KZ", "AZ", "TM"}
    assert len(events[1]["participants"]) == 6
    assert events[1]["type"] == "multilateral_meeting"


def test_api_who_opened_a_session_held_attended_it(extract):
    text = ("به گزارش ایرنا، نشست وزیران خارجه کشورهای همسایه افغانستان امروز در سمرقند برگزار شد.\n\n"
            "بختیار سعیدوف وزیر امور خارجه ازبکستان در سخنان افتتاحیه گفت ثبات افغانستان به سود همه منطقه است.\n\n"
            "حسین امیرعبداللهیان و وانگ یی نیز در این نشست حضور داشتند.")
    events = extract(text, published="2023-04-13")["events"]
    assert len(events) == 1
    assert {"بختیار سعیدوف", "حسین امیرعبداللهیان", "وانگ یی"} <= _names(events[0])


def test_api_who_opened_a_session_alone_tells_no_contact(extract):
    text = ("به گزارش ایرنا، نشست پارلمانی کشورهای آسیایی امروز در استانبول برگزار شد. نعمان کورتولموش رئیس مجلس "
            "ترکیه در سخنان افتتاحیه این نشست بر همکاری پارلمان‌ها تأکید کرد.")
    assert extract(text, published="2024-05-02")["events"] == []


@pytest.mark.parametrize("attended, joins", [
    ("عبدالله حبیب نیز در این نشست حضور دارد", True),
    ("عبدالله حبیب نیز در این نشست دو روزه به ریاست هیئت کشورش حضور دارد", True),
])
def test_api_present_tense_attendance_of_the_session_just_told(extract, attended, joins):
    text = ("به گزارش ایرنا، نشست دبیران شوراهای امنیت کشورهای عضو سازمان همکاری شانگهای امروز در دوشنبه آغاز "
            f"به کار کرد و علی شمخانی و نیکلای پاتروشف در آن شرکت کردند. {attended}.")
    events = extract(text, published="2021-06-22")["events"]
    assert ("عبدالله حبیب" in _names(events[0])) is joins


def test_api_who_runs_the_session_just_told_attends_it(extract):
    text = ("به گزارش ایرنا، نشست وزیران خارجه سازمان همکاری اقتصادی اکو امروز در باکو آغاز به کار کرد و محمدجواد "
            "ظریف و مولود چاووش‌اوغلو در آن شرکت کردند. المار محمدیاروف وزیر امور خارجه جمهوری آذربایجان اداره "
            "نشست را بر عهده دارد.")
    events = extract(text, published="2019-05-08")["events"]
    assert "المار محمدیاروف" in _names(events[0])


def test_api_an_office_held_in_a_relative_clause_is_no_chair_of_the_call(extract):
    text = ("به گزارش ایرنا، حسین امیرعبداللهیان امروز در تماسی تلفنی با همتای قطری خود گفت‌وگو کرد.\n\nدر این تماس "
            "تلفنی، محمد بن عبدالرحمن آل ثانی که نخست‌وزیری قطر را نیز بر عهده دارد، از تلاش‌های دوحه گفت. "
            "امیرعبداللهیان سپس با الکساندر لاورنتیف دیدار کرد.")
    events = extract(text, published="2023-11-02")["events"]
    assert [len(e["participants"]) for e in events] == [2, 2]


def test_api_someone_at_the_summit_a_sideline_meeting_was_held_at_is_not_in_that_meeting(extract):
    text = ("به گزارش ایسنا، نارندرا مودی نخست‌وزیر هند امروز در حاشیه نشست سران سازمان همکاری شانگهای در آستانه "
            "با شی جین‌پینگ رئیس‌جمهور چین دیدار کرد.\n\nمسعود پزشکیان رئیس‌جمهور کشورمان نیز در این نشست حضور دارد.")
    events = extract(text, published="2024-07-04")["events"]
    assert all("مسعود پزشکیان" not in _names(e) for e in events if e["type"] == "meeting")


def test_api_a_call_with_its_verb_in_the_past_perfect_a_week_back_is_background(extract):
    text = ("به گزارش ایرنا، سعید خطیب‌زاده امروز در اسلام‌آباد با شاه محمود قریشی دیدار کرد. حسین امیرعبداللهیان "
            "هفته گذشته در گفت‌وگویی تلفنی با قریشی درباره دستور کار نشست رایزنی کرده بود.")
    events = extract(text, published="2022-03-22")["events"]
    assert [e["type"] for e in events] == ["meeting"]


def test_api_people_listed_among_the_leaders_who_spoke_at_this_summit_attended_it(extract):
    text = ("به گزارش ایرنا، اجلاس سران کشورهای عضو سازمان همکاری شانگهای امروز به صورت مجازی برگزار شد و ولادیمیر "
            "پوتین و شی جین‌پینگ در آن شرکت کردند.\n\nشهباز شریف و ابراهیم رئیسی نیز از جمله رهبرانی بودند که در "
            "این اجلاس سخنرانی کردند.")
    events = extract(text, published="2023-07-04")["events"]
    assert {"شهباز شریف", "ابراهیم رئیسی"} <= _names(events[0])


def test_api_a_delegation_told_attending_under_a_named_head_has_no_other_unnamed_official(extract):
    text = ("به گزارش مهر، نشست سه‌جانبه معاونان وزیران امور خارجه ایران، روسیه و ترکیه امروز در مسکو برگزار شد.\n\n"
            "هیئت کشورمان در این نشست به ریاست علی‌اصغر خاجی دستیار ارشد وزیر امور خارجه حضور داشت.")
    participants = extract(text, published="2023-04-04")["events"][0]["participants"]
    assert [p["name"] for p in participants if p["country"] == "IR"] == ["علی‌اصغر خاجی"]
    assert {p["country"] for p in participants} == {"IR", "RU", "TR"}


def test_api_a_pronoun_after_a_message_delivered_refers_to_who_delivered_it(extract):
    text = ("به گزارش ایرنا، ولادیمیر نوروف وزیر خارجه ازبکستان امروز با مسعود پزشکیان رئیس‌جمهور کشورمان دیدار "
            "کرد. نوروف پیام شوکت میرضیایف را به رئیس‌جمهور ایران ابلاغ کرد.\n\nوی همچنین عصر امروز با محمدباقر "
            "قالیباف رئیس مجلس شورای اسلامی دیدار کرد.")
    events = extract(text, published="2024-10-08")["events"]
    assert {"ولادیمیر نوروف", "محمدباقر قالیباف"} == _names(events[-1])


def test_api_a_session_of_intra_afghan_talks_is_a_negotiation(extract):
    text = ("تهران- ایرنا- نشست گفت‌وگوی بین‌الافغانی با حضور هیئتی از دولت افغانستان به ریاست محمد یونس قانونی و "
            "هیئتی از طالبان به ریاست شیر محمد عباس استانکزی امروز با سخنرانی محمدجواد ظریف در تهران آغاز شد.")
    assert [e["type"] for e in extract(text, published="2021-07-07")["events"]] == ["negotiation"]


def test_api_talks_spoken_about_make_no_negotiation(extract):
    text = ("به گزارش ایرنا، عباس عراقچی امروز در وین با هلگا اشمید دیدار کرد و دو طرف درباره دستور کار نشست آینده "
            "کمیسیون مشترک برجام گفت‌وگو کردند.")
    assert [e["type"] for e in extract(text, published="2019-12-06")["events"]] == ["meeting"]


def test_api_the_kurdistan_region_is_a_place_and_its_prime_ministers_trip_no_state_visit(extract):
    text = ("پزشکیان نخست‌وزیر اقلیم کردستان را پذیرفت\n\nبه گزارش ایرنا، مسعود پزشکیان رئیس‌جمهور کشورمان امروز با "
            "مسرور بارزانی نخست‌وزیر اقلیم کردستان عراق که به تهران سفر کرده است، دیدار کرد.")
    events = extract(text, published="2024-11-27")["events"]
    assert [e["type"] for e in events] == ["meeting"]
    assert _names(events[0]) == {"مسعود پزشکیان", "مسرور بارزانی"}
    assert {p["country"] for p in events[0]["participants"]} == {"IR", "IQ"}


def test_api_a_delegation_that_took_part_at_the_level_of_an_office_is_that_office_of_its_country(extract):
    text = ("به گزارش مهر، دور تازه مذاکرات آستانه امروز در پایتخت قزاقستان برگزار شد. در این دور، علی‌اصغر خاجی و "
            "الکساندر لاورنتیف حضور داشتند. هیئت ترکیه نیز در سطح معاون وزیر خارجه در نشست شرکت کرد.")
    participants = extract(text, published="2024-01-25")["events"][0]["participants"]
    assert ("deputy_foreign_minister", "TR") in {(p["role"]["code"], p["country"]) for p in participants
                                                 if p["name"] is None}


def test_api_a_meeting_on_the_sidelines_of_this_summit_has_the_summits_day(extract):
    text = ("به گزارش طلوع‌نیوز، محمد اشرف غنی شب گذشته در نشست سران سازمان همکاری اسلامی که در مکه برگزار شد "
            "سخنرانی کرد و ملک سلمان بن عبدالعزیز و عمران خان نیز در این نشست حضور داشتند.\n\nآقای غنی در حاشیه این "
            "نشست با عمران خان صدراعظم پاکستان دیدار کرد.")
    events = extract(text, published="2019-06-01")["events"]
    assert {e["date"]["value"] for e in events} == {"2019-05-31"}


@pytest.mark.parametrize("text", [
    ("به گزارش ایرنا، نشست چندجانبه دبیران شوراهای امنیت درباره افغانستان امروز به میزبانی نیکلای پاتروشف در "
     "مسکو برگزار شد.\n\nمقام‌های ارشد امنیتی ایران، چین و قزاقستان در این نشست حضور داشتند. پاتروشف در "
     "سخنان آغازین نشست از همکاری کشورهای منطقه قدردانی کرد."),
    # attachés (وابستگان نظامی) are a plural title too
    ("به گزارش ایرنا، نیکلای پاتروشف امروز در مسکو میزبان جمعی از وابستگان نظامی خارجی بود. در این دیدار "
     "وابستگان نظامی ایران، چین و قزاقستان حضور داشتند."),
    # envoys "and ambassadors" of the countries: one or the other each, an official
    ("به گزارش باختر، نشست منطقه‌ای افغانستان امروز در کابل برگزار شد. نمایندگان ویژه و سفیران ایران، چین و "
     "قزاقستان در این نشست اشتراک کرده بودند."),
])
def test_api_a_plural_title_over_listed_countries_said_to_attend_is_one_of_each(extract, text):
    participants = extract(text, published="2023-02-08")["events"][0]["participants"]
    assert {p["country"] for p in participants if p["name"] is None} == {"IR", "CN", "KZ"}
    assert "ambassador" not in {p["role"]["code"] for p in participants if p["name"] is None}


def test_api_the_participants_who_spoke_at_a_session_are_no_contact_of_their_own(extract):
    text = ("به گزارش باختر، نشست همکاری منطقه‌ای امروز در کابل برگزار شد و امیرخان متقی و حسن کاظمی قمی در آن "
            "شرکت کردند.\n\nنمایندگان شرکت‌کننده در سخنان خود از برگزاری این نشست استقبال کردند.")
    assert len(extract(text, published="2024-01-29")["events"]) == 1


def test_api_an_official_welcome_of_him_is_still_a_welcome(extract):
    text = ("به گزارش ایرنا، رجب طیب اردوغان امروز وارد بغداد شد و محمد شیاع السودانی نخست‌وزیر عراق در کاخ "
            "نخست‌وزیری از وی استقبال رسمی کرد.")
    events = extract(text, published="2024-04-22")["events"]
    assert {"رجب طیب اردوغان", "محمد شیاع السودانی"} <= _names(events[0])


def test_api_the_two_presidents_talks_then_continued_with_ministers_present_are_the_visit(extract):
    text = ("به گزارش ایرنا، شوکت میرضیایف رئیس‌جمهور ازبکستان امروز در کاخ سعدآباد مورد استقبال رسمی مسعود "
            "پزشکیان رئیس‌جمهور کشورمان قرار گرفت.\n\nپس از نواخته شدن سرود ملی دو کشور، دو رئیس‌جمهور ابتدا در "
            "نشستی دونفره گفت‌وگو کردند و سپس مذاکرات با حضور بختیار سعیدوف وزیر امور خارجه ازبکستان و عباس عراقچی "
            "وزیر امور خارجه کشورمان ادامه یافت.")
    events = extract(text, published="2025-06-10")["events"]
    assert len(events) == 1
    assert {"شوکت میرضیایف", "مسعود پزشکیان", "بختیار سعیدوف", "عباس عراقچی"} <= _names(events[0])


def test_api_someone_who_accompanied_him_at_the_talks_attended_them(extract):
    text = ("به گزارش ایرنا، محمدجواد ظریف و جان کری امروز در ژنو دیدار و گفت‌وگو کردند. ریاست هیئت آمریکایی با کری بود "
            "و وندی شرمن او را همراهی می‌کرد.")
    events = extract(text, published="2015-01-14")["events"]
    assert "وندی شرمن" in _names(events[0])


def test_api_a_meeting_in_a_trips_programme_is_planned(extract):
    text = ("به گزارش ایرنا، سفیر ایران در آستانه اعلام کرد که نخست‌وزیر قزاقستان هفته آینده به تهران سفر خواهد "
            "کرد.\n\nبه گفته وی، برنامه سفر شامل مراسم استقبال رسمی از سوی محمدرضا عارف معاون اول رئیس‌جمهور، "
            "مذاکرات هیئت‌های دو کشور و دیدار با مسعود پزشکیان رئیس‌جمهور است.")
    assert extract(text, published="2024-04-22")["events"] == []


def test_api_a_guest_welcomed_by_his_counterpart_then_the_two_ministers_talks_are_one_contact(extract):
    text = ("به گزارش ایرنا، وزیر کشور امروز با شهباز شریف نخست‌وزیر پاکستان دیدار کرد.\n\nاحمد وحیدی وزیر کشور "
            "روز گذشته وارد اسلام‌آباد شد و در مقر وزارت کشور پاکستان با تشریفات رسمی از سوی محسن نقوی وزیر کشور "
            "پاکستان مورد استقبال قرار گرفت. دو وزیر ابتدا در نشستی خصوصی و سپس در جلسه هیئت‌های دو کشور با حضور "
            "مجید میراحمدی معاون امنیتی وزارت کشور گفت‌وگو کردند.")
    events = extract(text, published="2024-05-14")["events"]
    assert len(events) == 2
    assert {"احمد وحیدی", "محسن نقوی", "مجید میراحمدی"} <= _names(events[1])


@pytest.mark.parametrize("where, contact", [
    ("در ارگ ریاست جمهوری از سوی محمد اشرف غنی رئیس جمهور با تشریفات رسمی استقبال شد", True),
    ("در میدان هوایی بین‌المللی حامد کرزی از سوی صلاح‌الدین ربانی وزیر امور خارجه استقبال شد", False),
])
def test_api_a_guest_welcomed_officially_in_the_passive_is_a_visit_but_not_at_the_airport(extract, where, contact):
    text = f"کابل (پژواک): عمران خان نخست‌وزیر پاکستان امروز {where}."
    events = extract(text, published="2020-11-19")["events"]
    assert bool(events) is contact
    assert all("حامد کرزی" not in _names(e) for e in events)


def test_api_signatories_in_this_session_took_part_in_it(extract):
    text = ("به گزارش شانا، نشست کمیسیون مشترک اقتصادی ایران و روسیه امروز در مسکو به کار خود پایان داد. ریاست "
            "هیئت ایرانی را محسن پاک‌نژاد وزیر نفت و ریاست طرف روس را الکساندر نواک معاون نخست‌وزیر روسیه بر عهده "
            "داشتند.\n\nدر این نشست همچنین یادداشت تفاهمی به امضای علی فکری معاون وزیر امور اقتصادی و ولادیمیر "
            "ایلیچف معاون وزیر توسعه اقتصادی روسیه رسید.")
    events = extract(text, published="2024-12-18")["events"]
    assert len(events) == 1
    assert {"علی فکری", "ولادیمیر ایلیچف"} <= _names(events[0])


def test_api_delegations_of_two_named_states_who_talked_with_no_one_named_are_a_negotiation(extract):
    text = ("هیئت‌های فنی وزارت انرژی و آب امارت اسلامی و وزارت نیروی ایران امروز در کابل درباره حقابه هلمند "
            "گفت‌وگو کردند.")
    events = extract(text, published="2023-06-05")["events"]
    assert [e["type"] for e in events] == ["negotiation"]
    assert {(p["name"], p["role"]["code"], p["country"]) for p in events[0]["participants"]} == {
        (None, "official", "AF"), (None, "official", "IR")}
    assert_offsets(events[0], text)


def test_api_a_session_of_commissions_held_is_a_negotiation(extract):
    text = ("به گزارش ایرنا، نشست کمیسیون‌های دولتی ارمنستان و جمهوری آذربایجان برای تعیین مرز امروز در منطقه مرزی "
            "دو کشور برگزار شد. ریاست هیئت ارمنستان را نیکول پاشینیان و ریاست هیئت جمهوری آذربایجان را علی اسدوف بر "
            "عهده داشتند.")
    assert [e["type"] for e in extract(text, published="2024-04-19")["events"]] == ["negotiation"]


def test_api_a_session_taken_part_in_before_in_the_past_perfect_is_background(extract):
    text = ("به گزارش ایرنا، نارندرا مودی امروز در دوشنبه با امامعلی رحمان دیدار کرد. مودی پیش از تاجیکستان در "
            "نشست سران سازمان همکاری شانگهای در اوفا نیز شرکت کرده بود.")
    assert len(extract(text, published="2015-07-13")["events"]) == 1


def test_api_the_two_ministers_said_present_add_no_third_unnamed_minister(extract):
    text = ("به گزارش ایرنا، دور تازه مذاکرات آرارات میرزویان و جیحون بایراموف امروز در واشنگتن برگزار شد. آنتونی "
            "بلینکن در این نشست با حضور دو وزیر شرکت کرد.")
    participants = extract(text, published="2023-05-04")["events"][0]["participants"]
    assert all(p["name"] is not None for p in participants)


@pytest.mark.parametrize("before, joins", [
    ("به گزارش مهر، دور تازه مذاکرات آستانه امروز در پایتخت قزاقستان با حضور علی‌اصغر خاجی و الکساندر لاورنتیف "
     "برگزار شد.", True),
    ("به گزارش مهر، عباس عراقچی امروز در تماسی تلفنی با همتای کویتی خود درباره دور تازه مذاکرات گفت‌وگو کرد.", False),
])
def test_api_who_led_a_delegation_in_this_round_attended_it_not_a_call(extract, before, joins):
    text = before + " هیئت سوریه را نیز ایمن سوسان معاون وزیر امور خارجه سوریه در این دور هدایت می‌کرد."
    events = extract(text, published="2023-06-20")["events"]
    assert ("ایمن سوسان" in _names(events[0])) is joins


@pytest.mark.parametrize("text, contact", [
    ("به گزارش تسنیم، «جیکوب زوما» رئیس‌جمهور آفریقای جنوبی امروز در کاخ سعدآباد با استقبال رسمی حسن روحانی "
     "رئیس‌جمهور کشورمان روبه‌رو شد.", True),
    ("به گزارش ایرنا، امیری‌مقدم دعوت محمدباقر قالیباف از رئیس مجلس سنای پاکستان را ابلاغ کرد که با استقبال "
     "یوسف رضا گیلانی روبه‌رو شد.", False),
])
def test_api_a_guest_who_faced_an_official_welcome_is_on_a_visit(extract, text, contact):
    events = extract(text, published="2016-04-24")["events"]
    assert bool(events) is contact


def test_api_the_two_presidents_talks_with_ministers_present_before_the_verb(extract):
    text = ("به گزارش تسنیم، «جیکوب زوما» رئیس‌جمهور آفریقای جنوبی امروز در کاخ سعدآباد با استقبال رسمی حسن روحانی "
            "روبه‌رو شد.\n\nروسای جمهور دو کشور پس از مراسم استقبال، با حضور محمدجواد ظریف وزیر امور خارجه "
            "کشورمان، گفت‌وگوهای رسمی خود را آغاز کردند.")
    events = extract(text, published="2016-04-24")["events"]
    assert len(events) == 1
    assert {"جیکوب زوما", "حسن روحانی", "محمدجواد ظریف"} <= _names(events[0])


def test_api_a_conference_told_only_as_opened_with_a_speech_is_no_contact(extract):
    text = ("به گزارش فارس، امیر حاتمی امروز در حاشیه کنفرانس امنیت بین‌المللی مسکو با ویگن سرکیسیان وزیر دفاع "
            "ارمنستان دیدار کرد.\n\nاین کنفرانس صبح امروز با سخنرانی سرگئی شویگو وزیر دفاع روسیه آغاز به کار کرد.")
    assert [e["type"] for e in extract(text, published="2018-04-04")["events"]] == ["meeting"]


@pytest.mark.parametrize("text", [
    ("به گزارش تسنیم، هشت سال پیش شی جین‌پینگ به تهران سفر کرد. شی در آن سفر با حسن روحانی گفت‌وگو کرد.\n\n"
     "وی همچنین با آیت‌الله سیدعلی خامنه‌ای دیدار کرد."),
    ("به گزارش تسنیم، سفر ابراهیم رئیسی به پکن در بهمن ۱۴۰۱ نخستین سفر دولتی در دو دهه بود. رئیسی در این سفر با "
     "شی جین‌پینگ گفت‌وگو کرد."),
])
def test_api_contacts_on_a_trip_dated_back_and_what_he_also_did_there_are_history(extract, text):
    assert extract(text, published="2024-01-23")["events"] == []


@pytest.mark.parametrize("text, published, name, country, organization", [
    # named without his title: on that day Grossi acts for the IAEA, not for Argentina
    ("به گزارش ایرنا، محمد اسلامی رئیس سازمان انرژی اتمی امروز در وین با رافائل گروسی دیدار و گفت‌وگو کرد.",
     "2021-09-27", "رافائل گروسی", None, "iaea"),
    # a state's own representative at the UN keeps his state
    ("به گزارش ایرنا، حسین امیرعبداللهیان امروز در تهران با واسیلی نبنزیا دیدار و گفت‌وگو کرد.",
     "2022-08-10", "واسیلی نبنزیا", "RU", None),
])
def test_api_international_organisation_official_acts_for_the_body(extract, text, published, name, country,
                                                                   organization):
    participants = {p["name"]: p for e in extract(text, published=published)["events"] for p in e["participants"]}
    assert participants[name]["country"] == country
    assert participants[name].get("organization") == organization


def test_api_that_session_of_an_earlier_month_is_background(extract):
    text = ("به گزارش پژواک، دین محمد حنیف سرپرست وزارت اقتصاد روز شنبه با علیم‌خان یسنگلدیف سفیر قزاقستان در کابل "
            "ملاقات کرد. "
            "سفیر گفت کشورش به نتایج همایشی که ماه گذشته در آستانه برگزار شد پایبند است. "
            "در آن همایش که با حضور نورالدین عزیزی و سریک ژومانگارین برگزار شد، چند قرارداد امضا شد.")
    events = extract(text, published="2023-06-10")["events"]
    assert len(events) == 1
    assert "نورالدین عزیزی" not in {p["name"] for p in events[0]["participants"]}


def test_api_people_present_at_another_session_in_a_this_clause_stay_out(extract):
    text = ("به گزارش طلوع‌نیوز، عبدالله عبدالله روز سه‌شنبه با لیو جین‌سونگ سفیر چین در کابل دیدار کرد. "
            "این دیدار در حالی انجام شد که نشست سه‌جانبه وزیران خارجه در دسامبر گذشته در پکن با حضور وانگ یی و "
            "صلاح‌الدین ربانی برگزار شده بود.")
    events = extract(text, published="2018-02-06")["events"]
    assert len(events) == 1
    assert events[0]["type"] == "meeting"
    assert {p["name"] for p in events[0]["participants"]} == {"عبدالله عبدالله", "لیو جین‌سونگ"}


def test_api_round_he_came_for_and_its_people_are_not_the_meeting(extract):
    text = ("به گزارش ایسنا، علی‌اصغر خاجی که برای شرکت در دور تازه نشست آستانه به نورسلطان سفر کرده است، امروز با "
            "بیبوت آتامقلوف وزیر امور خارجه قزاقستان دیدار و گفت‌وگو کرد. دور تازه نشست آستانه از فردا آغاز می‌شود. "
            "هیئت روسیه به ریاست الکساندر لاورنتیف در این نشست حضور دارد.")
    events = extract(text, published="2019-07-31")["events"]
    assert len(events) == 1
    assert events[0]["type"] == "meeting"
    assert "الکساندر لاورنتیف" not in {p["name"] for p in events[0]["participants"]}


def test_api_register_names_a_leader_whose_given_name_is_a_month(extract):
    text = "به گزارش مهر، کاظم جلالی سفیر ایران روز پنجشنبه در گروزنی با رمضان قدیروف دیدار و گفت‌وگو کرد."
    events = extract(text, published="2022-06-10")["events"]
    assert [p["country"] for p in events[0]["participants"] if p["name"] == "رمضان قدیروف"] == ["RU"]


def test_api_contact_told_as_earlier_on_a_trip_is_background(extract):
    text = ("به گزارش مهر، علی اصغر خاجی امروز در حاشیه نشست آستانه با بشار جعفری دیدار و گفتگو کرد. "
            "خاجی پیش‌تر در سفر به دمشق با ولید المعلم وزیر امور خارجه سوریه نیز رایزنی کرده بود.")
    events = extract(text, published="2019-08-01")["events"]
    assert len(events) == 1
    assert "ولید المعلم" not in {p["name"] for p in events[0]["participants"]}


def test_api_delegation_heads_after_those_who_took_part_attended_the_same_session(extract):
    text = ("به گزارش تسنیم، نشست آستانه درباره سوریه امروز در نورسلطان پایان یافت.\n\n"
            "در این نشست علی اصغر خاجی دستیار ارشد وزیر امور خارجه کشورمان و الکساندر لاورنتیف نماینده ویژه "
            "رئیس‌جمهور روسیه شرکت داشتند. هیئت سوریه را ایمن سوسان معاون وزیر امور خارجه این کشور هدایت می‌کرد و "
            "گیر پدرسن نماینده ویژه دبیرکل سازمان ملل نیز در نشست حضور داشت.")
    events = extract(text, published="2022-06-16")["events"]
    assert len(events) == 1
    assert {"ایمن سوسان", "گیر پدرسن"} <= {p["name"] for p in events[0]["participants"]}


def test_api_heads_of_delegations_told_in_the_present_attend_the_round(extract):
    text = ("به گزارش پژواک، دور تازه گفتگوهای صلح میان امریکا و طالبان امروز در دوحه آغاز شد.\n\n"
            "زلمی خلیلزاد نماینده ویژه امریکا برای صلح افغانستان ریاست هیئت امریکایی را بر عهده دارد. "
            "هیئت طالبان را ملا عبدالغنی برادر رهبری می‌کند.")
    events = extract(text, published="2019-08-03")["events"]
    assert len(events) == 1
    assert {p["country"] for p in events[0]["participants"]} == {"US", "AF"}


def test_api_welcome_when_ships_dock_is_protocol_not_a_contact(extract):
    text = ("به گزارش ایرنا، ناوگروه اعزامی نیروی دریایی ارتش امروز در بندر چیتاگونگ بنگلادش پهلو گرفت و با استقبال "
            "مقامات نظامی این کشور و سفیر جمهوری اسلامی ایران در داکا روبه‌رو شد.")
    assert extract(text, published="2024-03-05")["events"] == []


def test_api_meeting_noun_sharing_a_later_verb_is_a_contact_and_an_envoy_of_a_leader_is_his_country(extract):
    text = ("به گزارش تسنیم، شاهین مصطفی‌یف معاون نخست‌وزیر جمهوری آذربایجان عصر امروز با سید ابراهیم رئیسی "
            "رئیس‌جمهور کشورمان دیدار و پیام کتبی الهام علی‌اف را به وی تسلیم کرد. فرستاده ویژه علی‌اف پیش از ظهر "
            "امروز نیز با مهرداد بذرپاش وزیر راه و شهرسازی دیدار کرده بود.")
    events = extract(text, published="2024-02-13")["events"]
    assert len(events) == 2
    assert {(p["role"]["code"], p["country"]) for p in events[1]["participants"]} == {("envoy", "AZ"),
                                                                                        ("minister", "IR")}


def test_api_people_present_at_a_round_still_to_come_join_no_event(extract):
    text = ("به گزارش ایرنا، عراقچی عصر سه‌شنبه در حاشیه گفت‌وگوها در دیداری دوجانبه با وندی شرمن رایزنی کرد. "
            "بر اساس اعلام دو طرف، دور سوم مذاکرات ماه آینده با حضور محمدجواد ظریف و کاترین اشتون در وین برگزار "
            "خواهد شد.")
    events = extract(text, published="2014-03-19")["events"]
    assert len(events) == 1
    assert "محمدجواد ظریف" not in {p["name"] for p in events[0]["participants"]}


def test_api_delegations_listed_by_country_and_heads_told_after_attend_the_session(extract):
    text = ("به گزارش فارس، نشست کمیسیون مشترک برجام امروز در وین به ریاست انریکه مورا و با حضور هیئت کشورمان به "
            "سرپرستی سید عباس عراقچی و هیئت‌های روسیه، چین، فرانسه، آلمان و انگلیس برگزار شد. میخائیل اولیانوف "
            "نماینده دائم روسیه و وانگ چون نماینده دائم چین ریاست هیئت‌های کشورهای خود را بر عهده داشتند.")
    participants = extract(text, published="2021-04-15")["events"][0]["participants"]
    named = {p["name"] for p in participants}
    assert {"میخائیل اولیانوف", "وانگ چون"} <= named
    unnamed = {(p["role"]["code"], p["country"]) for p in participants if p["name"] is None}
    assert unnamed == {("official", "FR"), ("official", "DE"), ("official", "GB")}


def test_api_official_of_an_international_body_heads_no_delegation_of_her_country(extract):
    text = ("به گزارش مهر، نشست کمیسیون مشترک برجام امروز در وین با حضور هیئت‌های ایران، روسیه، آلمان و فرانسه "
            "برگزار شد. ریاست این نشست را هلگا اشمید دبیرکل سرویس اقدام خارجی اتحادیه اروپا بر عهده داشت.")
    participants = extract(text, published="2019-12-06")["events"][0]["participants"]
    assert ("official", "DE") in {(p["role"]["code"], p["country"]) for p in participants if p["name"] is None}


def test_api_session_heads_told_by_office_and_a_meeting_before_it_are_two_contacts(extract):
    text = ("به گزارش فارس، دور جدید نشست کمیته فنی مشترک ایران و کویت برای تعیین حدود فلات قاره امروز یکشنبه در "
            "کویت برگزار شد.\n\nهیئت کشورمان در این نشست به ریاست مدیرکل حقوقی وزارت امور خارجه شرکت داشت. طرف کویتی "
            "را نیز معاون وزارت خارجه این کشور در امور حقوقی رهبری می‌کرد.\n\nرئیس هیئت ایرانی پیش از آغاز نشست با "
            "خالد سلیمان الجارالله معاون وزیر خارجه کویت دیدار کرد.")
    events = extract(text, published="2015-05-10")["events"]
    assert len(events) == 2
    assert {p["country"] for p in events[0]["participants"]} == {"IR", "KW"}


def test_api_guest_hosted_by_a_bare_name_whose_last_words_tell_his_embassy(extract):
    text = ("به گزارش تسنیم، علی باقری‌کنی معاون سیاسی وزیر امور خارجه روز یکشنبه میزبان کارلوس آنتونیو آلکالا "
            "کوردونس بود. آلکالا کوردونس که چند سال است سفارت ونزوئلا در تهران را اداره می‌کند، از روند همکاری‌ها "
            "گزارش داد.")
    participants = extract(text, published="2023-09-03")["events"][0]["participants"]
    assert ("کارلوس آنتونیو آلکالا کوردونس", "ambassador", "VE") in {
        (p["name"], p["role"] and p["role"]["code"], p["country"]) for p in participants}


def test_api_meeting_on_the_sidelines_of_a_round_is_a_meeting(extract):
    text = ("به گزارش فارس، حسین جابری انصاری امروز چهارشنبه در حاشیه یازدهمین دور نشست آستانه درباره سوریه با "
            "استفان دی میستورا فرستاده ویژه دبیرکل سازمان ملل در امور سوریه دیدار و گفت‌وگو کرد.")
    events = extract(text, published="2018-11-28")["events"]
    assert [e["type"] for e in events] == ["meeting"]


def test_api_source_quoted_is_no_participant(extract):
    text = ("به گزارش باختر، صلاح‌الدین ربانی وزیر امور خارجه امروز در بیجینگ با وانگ یی وزیر امور خارجه چین دیدار و "
            "گفتگو کرد.\n\nبه نقل از سخنگوی وزارت امور خارجه، دو طرف در این دیدار درباره روند صلح گفتگو کردند.")
    events = extract(text, published="2016-04-28")["events"]
    assert len(events) == 1
    assert len(events[0]["participants"]) == 2


def test_api_round_and_meeting_a_semicolon_keeps_apart_are_two_things(extract):
    text = ("دور جدید رایزنی‌های سیاسی ایران و سوئیس در برن؛ عراقچی با کاسیس دیدار کرد\n\n"
            "به گزارش تسنیم، دور جدید رایزنی‌های سیاسی دو کشور روز سه‌شنبه در برن به ریاست سید عباس عراقچی و پاسکال "
            "بائریسویل معاون وزیر خارجه سوئیس برگزار شد.\n\nعراقچی امروز نیز با ایگناتسیو کاسیس وزیر امور خارجه سوئیس دیدار و گفت‌وگو کرد.")
    events = extract(text, published="2019-02-06")["events"]
    assert [e["type"] for e in events] == ["negotiation", "meeting"]


def test_api_session_told_with_only_its_host_behind_a_sideline_meeting_is_the_setting(extract):
    text = ("به گزارش تسنیم، علی‌اکبر احمدیان دبیر شورای عالی امنیت ملی عصر امروز در حاشیه نشست دبیران شوراهای امنیت "
            "بریکس با ولادیمیر پوتین رئیس‌جمهور روسیه دیدار کرد.\n\nنشست امسال دبیران شوراهای امنیت بریکس به میزبانی "
            "سرگئی شویگو دبیر شورای امنیت روسیه برگزار شده است.")
    events = extract(text, published="2024-09-12")["events"]
    assert [e["type"] for e in events] == ["meeting"]


def test_api_counterpart_holds_the_other_sides_office_not_another_present(extract):
    text = ("به گزارش فارس، عزیز نصیرزاده وزیر دفاع و پشتیبانی نیروهای مسلح امروز در دوشنبه با امامعلی رحمان "
            "رئیس‌جمهور تاجیکستان دیدار کرد. در این دیدار شیرعلی میرزا وزیر دفاع تاجیکستان نیز حضور داشت.\n\n"
            "وزیر دفاع کشورمان روز گذشته در محل وزارت دفاع تاجیکستان با تشریفات رسمی از سوی همتای تاجیک خود "
            "استقبال شد و امامعلی صبیرزاده رئیس ستاد کل نیروهای مسلح تاجیکستان نیز در این مراسم حضور داشت.")
    events = extract(text, published="2025-05-13")["events"]
    assert "شیرعلی میرزا" in {p["name"] for p in events[-1]["participants"]}


def test_api_bare_name_after_the_lead_cue_and_his_title_in_the_next_sentence(extract):
    text = ("به گزارش خبرنگار دفاعی خبرگزاری فارس، داویت تونویان امروز دوشنبه در تهران با امیر سرتیپ امیر حاتمی "
            "وزیر دفاع و پشتیبانی نیروهای مسلح دیدار و گفت‌وگو کرد.\n\nوزیر دفاع ارمنستان که در رأس هیئتی نظامی به "
            "تهران سفر کرده است، پیش از این دیدار در مراسم استقبال رسمی حضور یافت. تونویان نیز از همکاری‌ها گفت.")
    participants = extract(text, published="2018-11-12")["events"][0]["participants"]
    assert ("داویت تونویان", "defense_minister", "AM") in {
        (p["name"], p["role"] and p["role"]["code"], p["country"]) for p in participants}


def test_api_delegations_from_listed_countries_and_a_chair_told_at_length_attend(extract):
    text = ("به گزارش ایرنا، نشست گروه کاری ویژه دریای خزر دیروز در تهران با حضور هیئت‌هایی از روسیه، قزاقستان، "
            "ترکمنستان و جمهوری آذربایجان برگزار شد.\n\nریاست این نشست بر عهده ابراهیم رحیم‌پور معاون وزیر امور خارجه "
            "و نماینده ویژه جمهوری اسلامی ایران در امور دریای خزر بود.")
    participants = extract(text, published="2016-05-18")["events"][0]["participants"]
    assert {p["country"] for p in participants} == {"IR", "RU", "KZ", "TM", "AZ"}


def test_api_round_offered_if_they_wish_is_no_contact(extract):
    """A sample where only the cue `در صورت تمایل` keeps the offered round out of the events (without it, two)."""
    text = _sample(2357)
    assert [e["type"] for e in extract(text)["events"]] == ["phone_call"]


def test_api_contact_had_before_this_one_in_the_present_perfect_is_background(extract):
    text = ("به گزارش ایرنا، ابراهیم رئیسی رئیس‌جمهور امروز در سمرقند با نارندرا مودی نخست‌وزیر هند دیدار و گفت‌وگو "
            "کرد.\n\nرئیسی پیش از این در حاشیه اجلاس با رئیس‌جمهوری روسیه نیز دیدار کرده است.")
    events = extract(text, published="2022-09-16")["events"]
    assert len(events) == 1


def test_api_coordinator_heads_and_delegations_told_present_attend_the_round(extract):
    text = ("به گزارش ایسنا، سومین دور مذاکرات ایران و گروه ۱+۵ امروز چهارشنبه در وین به پایان رسید.\n\n"
            "هیئت جمهوری اسلامی ایران در این دور به ریاست محمدجواد ظریف وزیر امور خارجه در مذاکرات شرکت کرد. کاترین "
            "اشتون مسئول سیاست خارجی اتحادیه اروپا هماهنگی گروه ۱+۵ را بر عهده داشت. وندی شرمن معاون وزیر خارجه آمریکا "
            "نیز در رأس هیئت کشورش حاضر بود و هیئت‌های چین، انگلیس، فرانسه و آلمان هم در جلسات حضور داشتند.")
    participants = extract(text, published="2014-04-09")["events"][0]["participants"]
    assert {"کاترین اشتون", "وندی شرمن"} <= {p["name"] for p in participants}
    assert {p["country"] for p in participants if p["name"] is None} == {"CN", "GB", "FR", "DE"}


def test_api_delegation_head_told_by_office_after_bar_ohdeh_is_of_the_delegations_country(extract):
    text = ("به گزارش ایرنا، نشست کمیسیون مشترک مرزی ایران و پاکستان روز گذشته در زاهدان برگزار شد.\n\n"
            "ریاست هیئت ایرانی در این نشست بر عهده فرمانده مرزبانی استان سیستان و بلوچستان و ریاست هیئت پاکستانی بر "
            "عهده بازرس کل نیروی مرزی بلوچستان بود.")
    participants = extract(text, published="2019-03-12")["events"][0]["participants"]
    assert {(p["role"]["code"], p["country"]) for p in participants} == {("military_commander", "IR"),
                                                                          ("military_commander", "PK")}


def test_api_delegation_headed_with_a_named_person_is_that_person_of_its_country(extract):
    text = ("به گزارش تسنیم، هفدهمین دور مذاکرات درباره سوریه در قالب روند آستانه امروز در نورسلطان به کار خود پایان "
            "داد.\n\nعلی‌اصغر خاجی ریاست هیئت جمهوری اسلامی ایران را در این دور بر عهده داشت. ریاست هیئت دولت سوریه با "
            "ایمن سوسان معاون وزیر امور خارجه بود.")
    participants = extract(text, published="2021-12-22")["events"][0]["participants"]
    assert ("ایمن سوسان", "SY") in {(p["name"], p["country"]) for p in participants}
    assert not [p for p in participants if p["name"] is None and p["country"] == "SY"]


def test_api_official_told_by_demonym_is_the_one_of_that_country_told_before(extract):
    text = ("به گزارش ایرنا، نشست مشورت‌های سیاسی ایران و بولیوی صبح امروز با حضور علی باقری کنی معاون سیاسی وزیر "
            "امور خارجه و معاون وزیر روابط خارجی بولیوی در تهران برگزار شد.\n\nمقام بولیویایی عصر امروز همچنین با حسین "
            "امیرعبداللهیان وزیر امور خارجه کشورمان دیدار کرد.")
    events = extract(text, published="2023-02-14")["events"]
    assert len(events) == 2
    assert ("deputy_foreign_minister", "BO") in {(p["role"]["code"], p["country"]) for p in events[1]["participants"]}


def test_api_joint_commission_session_of_several_states_is_a_negotiation(extract):
    text = ("به گزارش مهر، نشست عادی کمیسیون مشترک برجام امروز جمعه در وین با حضور هیئت‌های ایران، روسیه، چین، آلمان، "
            "فرانسه و انگلیس برگزار شد.")
    events = extract(text, published="2019-12-06")["events"]
    assert [e["type"] for e in events] == ["negotiation"]


def test_api_two_untitled_names_take_the_two_titles_of_the_next_sentence_in_order(extract):
    text = ("به گزارش پژواک، ژان مارک دوبوا روز چهارشنبه در کابل با عبدالرحیم نوری‌زاده دیدار کرد.\n\n"
            "سفیر فرانسه در این دیدار با سرپرست وزارت تجارت درباره صادرات زعفران و کشمش رایزنی کرد.")
    participants = extract(text, published="2023-03-08")["events"][0]["participants"]
    assert {(p["name"], p["role"] and p["role"]["code"]) for p in participants} == {
        ("ژان مارک دوبوا", "ambassador"), ("عبدالرحیم نوری‌زاده", "minister")}


def test_api_closing_signing_by_a_counterpart_named_later_is_the_talks_outcome(extract):
    text = ("به گزارش ایرنا، محمدرضا آشتیانی وزیر دفاع کشورمان امروز در ایروان با نیکول پاشینیان نخست‌وزیر ارمنستان "
            "دیدار کرد. در این دیدار سورن پاپیکیان وزیر دفاع ارمنستان نیز حضور داشت.\n\n"
            "وزیر دفاع کشورمان روز گذشته در محل وزارت دفاع ارمنستان از سوی همتای ارمنی خود با تشریفات رسمی استقبال "
            "شد. دو وزیر سپس با حضور ادوارد آساتریان رئیس ستاد کل نیروهای مسلح ارمنستان گفت‌وگو کردند.\n\n"
            "محور این مذاکرات آموزش نیروهای مسلح و امنیت مرزها بود. در پایان، یادداشت تفاهم همکاری در آموزش نظامی "
            "به امضای آشتیانی و پاپیکیان رسید.")
    events = extract(text, published="2024-03-12")["events"]
    assert len(events) == 2
    assert "ادوارد آساتریان" in {p["name"] for p in events[1]["participants"]}


def test_api_commander_of_this_district_is_of_the_own_forces_named_before(extract):
    text = ("به گزارش ایسنا، فرمانده ناوگروه پاکستانی روز سه‌شنبه در ستاد منطقه دوم نیروی دریایی ارتش در بوشهر "
            "با فرمانده این منطقه دیدار کرد.")
    participants = extract(text, published="2019-05-07")["events"][0]["participants"]
    assert {(p["role"]["code"], p["country"]) for p in participants} == {
        ("military_commander", "PK"), ("military_commander", "IR")}


def test_api_a_session_told_as_remote_is_a_call(extract):
    text = ("عشق‌آباد ناظر ساخت راه‌آهن در یک کنفرانس ویدیویی\n\n"
            "به گزارش ایرنا، ابراهیم رئیسی رئیس‌جمهور کشورمان و سردار بردی‌محمدوف رئیس‌جمهور ترکمنستان امروز در یک "
            "نشست ویدیویی آغاز عملیات ساخت خط آهن مرزی را اعلام کردند.")
    events = extract(text, published="2022-09-01")["events"]
    assert [e["type"] for e in events] == ["phone_call"]


def test_api_flotilla_commander_is_not_the_navy_commander_named_later(extract):
    text = ("به گزارش ایرنا، فرمانده ناوگروه اعزامی روز شنبه در بندر کلمبو با فرمانده نیروی دریایی سریلانکا "
            "دیدار کرد.\n\n"
            "این ناوگروه دو ماه پیش به دستور دریادار شهرام ایرانی فرمانده نیروی دریایی ارتش راهی آب‌های آزاد شده بود.")
    participants = extract(text, published="2023-01-14")["events"][0]["participants"]
    assert {(p["name"], p["role"]["code"], p["country"]) for p in participants} == {
        (None, "military_commander", "IR"), (None, "military_commander", "LK")}


def test_api_planning_session_held_with_representatives_listed_by_country(extract):
    text = ("به گزارش تسنیم، نشست برنامه‌ریزی رزمایش مشترک امداد و نجات دریایی روز دوشنبه به میزبانی نیروی دریایی "
            "عمان در مسقط برگزار شد و هیئتی از نیروی دریایی ارتش به ریاست معاون عملیات این نیرو در آن شرکت کرد. "
            "نمایندگان نیروهای دریایی هند و پاکستان نیز در این نشست حضور داشتند.")
    events = extract(text, published="2022-02-14")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting"]
    assert {(p["role"]["code"], p["country"]) for p in events[0]["participants"]} >= {
        ("military_commander", "IR"), ("official", "IN"), ("official", "PK")}


@pytest.mark.parametrize("text, name, country", [
    # a Persian first name speaking "in this meeting" is the outlet's side, told before by title only
    ("به گزارش ایرنا، استاندار کرمانشاه امروز در دیدار با استاندار سلیمانیه عراق خواستار تسهیل تردد مرزی شد.\n\n"
     "هوشنگ بازوند در این دیدار گفت ظرفیت مبادلات دو استان چند برابر رقم فعلی است.", "هوشنگ بازوند", "IR"),
    # a foreign name with a rank, after the outlet's `به گزارش ...،`, is the foreign side
    ("تهران- ایرنا- فرمانده نیروی دریایی سریلانکا امروز با فرمانده نیروی دریایی ارتش دیدار کرد.\n\n"
     "به گزارش خبرنگار دفاعی ایرنا، دریابان «تیسارا ساماراسینگه» در این دیدار گفت همکاری دریایی ضروری است.",
     "تیسارا ساماراسینگه", "LK"),
])
def test_api_bare_name_speaking_in_this_meeting_is_the_side_told_by_title(extract, text, name, country):
    document = extract(text, published="2018-07-23", source_country="IR")
    participants = document["events"][0]["participants"]
    assert (name, country) in {(p["name"], p["country"]) for p in participants}
    assert len(participants) == 2


@pytest.mark.parametrize("text, source, role, country", [
    # an Afghan outlet's deputy foreign minister, told by office alone, summons an ambassador in Kabul
    ("به گزارش پژواک، معین سیاسی وزارت امور خارجه روز پنجشنبه سفیر پاکستان در کابل را به این وزارت فراخواند و "
     "اعتراض حکومت را به وی ابلاغ کرد.", "AF", "deputy_foreign_minister", "AF"),
    # an Iranian outlet's border commander, told by office alone, meets his neighbour in an Iranian city
    ("به گزارش ایرنا، فرمانده مرزبانی استان روز سه‌شنبه در زابل با فرمانده پلیس مرزی ولایت نیمروز "
     "افغانستان دیدار و درباره امنیت مرز گفت‌وگو کرد.", "IR", "military_commander", "IR"),
])
def test_api_state_office_told_alone_is_the_outlets(extract, text, source, role, country):
    participants = extract(text, published="2019-05-14", source_country=source)["events"][0]["participants"]
    assert (role, country) in {(p["role"]["code"], p["country"]) for p in participants}


def test_api_state_office_told_alone_abroad_is_no_one_of_the_outlets(extract):
    text = ("به گزارش فارس، سرگئی شویگو وزیر دفاع روسیه امروز در پیونگ‌یانگ با رهبر کره شمالی دیدار کرد. در این "
            "دیدار معاون وزیر دفاع نیز حضور داشت.")
    participants = extract(text, published="2024-09-13", source_country="IR")["events"][0]["participants"]
    assert "IR" not in {p["country"] for p in participants}


@pytest.mark.parametrize("text, countries", [
    # a plural delegation with an adjective of its kind before the countries
    ("به گزارش مهر، نشست فرماندهان ائتلاف روز سه‌شنبه در دوحه برگزار شد. هیئت‌های نظامی ترکیه، اردن و قطر در این "
     "نشست حضور داشتند.", {"TR", "JO", "QA"}),
    # experts from a list of countries said to attend
    ("به گزارش ایسنا، دور جدید مذاکرات کارشناسی ایران و گروه ۱+۵ روز سه‌شنبه در وین به ریاست حمید بعیدی‌نژاد "
     "برگزار شد. در این نشست کارشناسانی از آمریکا، روسیه و چین نیز حضور داشتند.", {"US", "RU", "CN"}),
    # foreign ministries' political directors, listed after `کشورهای`
    ("به گزارش ایسنا، مذاکرات علی باقری کنی معاون وزیر خارجه کشورمان با انریکه مورا معاون مسئول سیاست خارجی "
     "اتحادیه اروپا و مدیران سیاسی وزارت خارجه کشورهای آلمان، فرانسه و انگلیس امروز در بروکسل برگزار شد.",
     {"DE", "FR", "GB"}),
])
def test_api_delegations_listed_by_country_after_their_kind(extract, text, countries):
    events = extract(text, published="2022-02-14")["events"]
    assert {p["country"] for p in events[0]["participants"] if p["name"] is None} >= countries


@pytest.mark.parametrize("text, role", [
    ("به گزارش ایرنا، معاون عملیات نیروی زمینی ارتش امروز در ایروان با معاون وزیر دفاع ارمنستان دیدار کرد.",
     "military_commander"),
    ("به گزارش ایرنا، معاون عملیات رئیس ستاد کل نیروهای مسلح ارمنستان امروز در تهران با معاون وزیر دفاع "
     "ایران دیدار کرد.", "deputy_chief_of_general_staff"),
])
def test_api_deputy_for_operations_alone_or_of_another_office(extract, text, role):
    participants = extract(text, published="2022-02-14")["events"][0]["participants"]
    assert role in {p["role"]["code"] for p in participants}


@pytest.mark.parametrize("text", [
    # a request told of in the call (the board's session the Europeans asked for) is not the call's status
    "به گزارش ایرنا، منوچهر متکی وزیر امور خارجه شامگاه جمعه در تماس تلفنی با میگل آنخل موراتینوس وزیر امور خارجه "
    "اسپانیا، درخواست سه کشور اروپایی برای تشکیل نشست فوق‌العاده شورای حکام را شتاب‌زده خواند.",
    # a meeting asked for in the call is another contact; the call was held
    "به گزارش ایرنا، منوچهر متکی وزیر امور خارجه شامگاه جمعه در تماس تلفنی با میگل آنخل موراتینوس وزیر امور خارجه "
    "اسپانیا، خواستار دیدار دو طرف در حاشیه نشست بروکسل شد.",
])
def test_api_a_call_framed_with_dar_holds_whatever_is_requested_in_it(extract, text):
    events = extract(text, published="2006-01-21")["events"]
    assert [e["type"] for e in events] == ["phone_call"]
    assert {p["name"] for p in events[0]["participants"]} == {"منوچهر متکی", "میگل آنخل موراتینوس"}


def test_api_an_invitation_handed_over_in_a_framed_meeting_leaves_the_meeting_held(extract):
    text = ("کابل (پژواک): دفتر مطبوعاتی ولسی جرگه گفت که بهادر امینیان سفیر جمهوری اسلامی ایران در کابل، امروز در "
            "دیدار با میر رحمان رحمانی رئیس ولسی جرگه دعوت‌نامه کتبی رئیس مجلس ایران را به وی سپرد.")
    events = extract(text, published="2020-01-14")["events"]
    assert [e["type"] for e in events] == ["meeting"]
    assert {"بهادر امینیان", "میر رحمان رحمانی"} <= {p["name"] for p in events[0]["participants"]}


@pytest.mark.parametrize("said", ["گفت", "میگوید"])
def test_api_a_speaker_tells_his_own_dated_contact_framed_after_that(extract, said):
    text = (f"کابل (پژواک): محمد اسماعیل خان وزیر انرژی و آب {said} که دیروز در دیدار با شیرعلی گل‌اف وزیر انرژی و "
            "صنایع تاجیکستان، دو طرف روی افزایش برق وارداتی توافق کردند.")
    events = extract(text, published="2011-05-10", source_country="AF")["events"]
    assert [{p["name"] for p in e["participants"]} for e in events] == [{"محمد اسماعیل خان", "شیرعلی گل‌اف"}]


def test_api_a_spokesman_reporting_a_framed_contact_is_no_side_of_it(extract):
    text = ("کابل (طلوع‌نیوز): سلطان احمد بهین سخنگوی وزارت امور خارجه گفت که در دیدار با سفیر امریکا، نتایج جرگه "
            "صلح مورد بحث قرار گرفت.")
    events = extract(text, published="2007-08-20", source_country="AF")["events"]
    assert all("سلطان احمد بهین" not in {p["name"] for p in e["participants"]} for e in events)


def test_api_consultations_held_with_delegation_heads_told_after_them(extract):
    text = ("دوشنبه، 22 فوریه (خاور) – امروز در وزارت امور خارجه جمهوری تاجیکستان دور نوبتی مشورتهای سیاسی میان "
            "وزارتهای امور خارجه جمهوری تاجیکستان و جمهوری اسلامی افغانستان برگزار گردید. هیئت افغانستان را معاون وزیر "
            "امور خارجه جاوید لودین و هیئت تاجیکستان را معاون وزیر امور خارجه جمهوری تاجیکستان سرپرستی می‌کردند.")
    events = extract(text, published="2011-02-22", source_country="TJ")["events"]
    assert [e["type"] for e in events] == ["negotiation"]
    assert {(p["name"], p["country"]) for p in events[0]["participants"]} == {
        ("جاوید لودین", "AF"), (None, "TJ")}


def test_api_a_flag_meeting_with_a_countrys_military_officials_in_the_plural(extract):
    text = ("به گزارش تسنیم، فرمانده هنگ مرزی میرجاوه روز گذشته در پاسگاه مرزی این شهرستان با مقام‌های نظامی پاکستان "
            "دیدار و گفت‌وگو کرد. دو طرف توافق کردند گشت‌زنی در ارتفاعات مشرف بر جاده میرجاوه هماهنگ شود.")
    document = extract(text, published="2017-05-03", source_country="IR")
    assert [{(p["name"], p["role"]["code"], p["country"]) for p in e["participants"]} for e in document["events"]] == [
        {(None, "military_commander", "IR"), (None, "military_commander", "PK")}]
    assert document["mentioned_people"] == []  # `مشرف بر` (overlooking) is not Musharraf


def test_api_consultations_with_their_ezafe_plural_fused_are_talks_the_ambassador_attended(extract):
    text = ("پکن، 14 نوامبر. /خاور/. روز چهارشنبه در شهر پکن مشورتهای سیاسی بین وزارتهای امور خارجه جمهوری تاجیکستان و "
            "جمهوری خلق چین برگزار گردید. هیئت تاجیکستان را نظام‌الدین زاهدی، معاون وزیر امور خارجه و هیئت چین را "
            "«چنگ گوپینگ»، معاون وزیر امور خارجه جمهوری خلق چین رهبری میکردند. در مشورتها سفیر جمهوری تاجیکستان در "
            "جمهوری خلق چین نیز اشتراک داشت.")
    events = extract(text, published="2013-11-14", source_country="TJ")["events"]
    assert [e["type"] for e in events] == ["negotiation"]


def test_api_a_delegation_led_by_a_title_alone_is_that_title(extract):
    text = ("کابل (پژواک): دور تازه مذاکرات افغانستان و پاکستان در مورد تجارت ترانزیتی امروز دوشنبه در کابل پایان یافت. "
            "در این مذاکرات هیئت افغانستان را معین وزارت تجارت و صنایع و هیئت پاکستان را سکرتر وزارت تجارت آن کشور "
            "رهبری میکردند.")
    events = extract(text, published="2010-07-05", source_country="AF")["events"]
    assert [sorted((p["role"]["code"], p["country"]) for p in e["participants"]) for e in events] == [
        [("deputy_minister", "AF"), ("official", "PK")]]


def test_api_a_counterparts_official_welcome_is_his_talks_not_protocol(extract):
    text = ("آنکارا، 21 فوریه. /خاور/. احمد داوود اوغلو، وزیر امور خارجه جمهوری ترکیه روز دوشنبه در آنکارا از حمراخان "
            "ظریفی، وزیر امور خارجه جمهوری تاجیکستان که با سفر رسمی در این کشور به سر میبرد، استقبال کرد. در جریان "
            "ملاقات جانبین همکاری‌های دو کشور را مورد بحث قرار دادند.\n\n"
            "همان روز وزیر امور خارجه تاجیکستان از طرف عبدالله گل، رئیس جمهوری ترکیه پذیرفته شد.")
    events = extract(text, published="2012-02-21", source_country="TJ")["events"]
    assert len(events) == 2
    assert "عبدالله گل" not in {p["name"] for p in events[0]["participants"]}


def test_api_ambassadors_received_one_by_one_under_a_headline_that_sums_them_up(extract):
    text = ("رئیس مجلس ملی سفیران ژاپن و کویت را به حضور پذیرفت\n\n"
            "دوشنبه، 2 مارس، «خاور». امروز رئیس مجلس ملی مجلس عالی جمهوری تاجیکستان، رئیس شهر دوشنبه محمدسعید "
            "عبیدالله‌یف سفیر ژاپن در جمهوری تاجیکستان را به حضور پذیرفت. در این ملاقات جانبین همکاری‌های "
            "بین‌پارلمانی را بررسی کردند.\n\n"
            "در همین روز رئیس مجلس ملی با سفیر دولت کویت در تاجیکستان نیز ملاقات کرد.")
    events = extract(text, published="2016-03-02", source_country="TJ")["events"]
    assert [sorted(p["country"] for p in e["participants"] if p["name"] is None) for e in events] == [["JP"], ["KW"]]


def test_api_a_trip_dated_months_back_places_no_contact_of_today(extract):
    text = ("به گزارش ایلنا، فضل هادی مسلمیار رئیس مشرانو جرگه افغانستان که روز گذشته وارد تهران شد، صبح امروز با علی "
            "لاریجانی رئیس مجلس شورای اسلامی دیدار کرد.\n\n"
            "رئیس مشرانو جرگه افغانستان عصر امروز با حسن روحانی رئیس‌جمهور نیز دیدار کرد.\n\n"
            "لاریجانی اردیبهشت ۱۳۸۹ به کابل سفر کرده و با مقامات افغانستان دیدار کرده بود.")
    events = extract(text, published="2018-07-10", source_country="IR")["events"]
    assert [e["location"]["name_en"] for e in events] == ["Tehran", "Tehran"]


def test_api_ministers_who_joined_this_meeting_took_part_in_it(extract):
    text = ("به گزارش طلوع‌نیوز، حامد کرزی رئیس جمهور امروز در برلین با آنگلا مرکل صدراعظم آلمان دیدار کرد. گفتگوهای دو "
            "رهبر نخست به گونه دو به دو برگزار شد و سپس زلمی رسول وزیر امور خارجه افغانستان و «گیدو وستروله» وزیر امور "
            "خارجه آلمان نیز به این نشست پیوستند.")
    events = extract(text, published="2012-05-16", source_country="AF")["events"]
    assert [len(e["participants"]) for e in events] == [4]


def test_api_an_earlier_stop_told_in_the_travellers_relative_clause_is_its_own_contact(extract):
    text = ("به گزارش خبرنگار مهر، علی‌اکبر صالحی وزیر امور خارجه که دیروز در ابوظبی با عبدالله بن زاید آل نهیان وزیر "
            "امور خارجه امارات متحده عربی گفتگو کرده بود، امروز سه‌شنبه وارد مسقط شد و با یوسف بن علوی بن عبدالله "
            "وزیر مسئول امور خارجه عمان دیدار کرد.")
    events = extract(text, published="2011-10-18", source_country="IR")["events"]
    assert sorted((e["location"]["name_en"], e["date"]["value"]) for e in events) == [
        ("Abu Dhabi", "2011-10-17"), ("Muscat", "2011-10-18")]


def test_api_the_refugee_commissioner_before_he_led_the_un_acts_for_no_state(extract):
    text = ("به گزارش ایرنا، جماهر انوری وزیر امور مهاجرین افغانستان امروز در ژنو با آنتونیو گوترش دیدار کرد.")
    participants = extract(text, published="2012-05-02", source_country="IR")["events"][0]["participants"]
    assert {p["name"]: p["country"] for p in participants}["آنتونیو گوترش"] is None


def test_api_the_guest_as_subject_of_an_earlier_meeting_is_the_visitor(extract):
    text = ("دوشنبه، 2 ژوئن، «خاور». امروز رئیس جمهوری تاجیکستان امامعلی رحمان کمیسر عالی سازمان ملل متحد در امور "
            "پناهندگان فیلیپو گراندی را به حضور پذیرفت.\n\n"
            "روز گذشته مهمان با وزیر امور خارجه جمهوری تاجیکستان سراج‌الدین مهرالدین نیز ملاقات کرده بود.")
    events = extract(text, published="2022-06-02", source_country="TJ")["events"]
    assert [{p["name"] for p in e["participants"]} for e in events][1] == {"فیلیپو گراندی", "سراج‌الدین مهرالدین"}


def test_api_a_second_host_meeting_the_guest_meets_the_visitor(extract):
    text = ("دوشنبه، 14 ژوئیه، «خاور». امروز وزیر امور خارجه جمهوری تاجیکستان حمرخان ظریفی دبیر اجرائیه کشورهای "
            "مستقل مشترک‌المنافع سرگئی لبدف را به حضور پذیرفت.\n\n"
            "بعد از ظهر همین روز نخست وزیر جمهوری تاجیکستان عاقل عاقل‌اف نیز با مهمان ملاقات کرد.")
    events = extract(text, published="2011-07-14", source_country="TJ")["events"]
    assert [{p["name"] for p in e["participants"]} for e in events][1:] == [{"عاقل عاقل‌اف", "سرگئی لبدف"}]


def test_api_a_deputy_prime_minister_by_title_is_not_the_portfolio_minister_named(extract):
    text = ("به گزارش «جمهوریت»، امروز وزیر معارف جمهوری تاجیکستان عبدالجبار رحمانف با وزیر آموزش و پرورش جمهوری "
            "اسلامی ایران حمیدرضا حاجی‌بابایی دیدار و گفتگو کرد.\n\n"
            "در همین روز وزیر آموزش و پرورش ایران از سوی معاون نخست‌وزیر جمهوری تاجیکستان پذیرفته شد.")
    events = extract(text, published="2011-11-09", source_country="TJ")["events"]
    assert len(events) == 2
    assert "عبدالجبار رحمانف" not in {p["name"] for p in events[1]["participants"]}


def test_api_a_states_diplomat_and_an_organisations_head_met_apart_are_two_contacts(extract):
    text = ("کابل (پژواک): مولوی عبدالکبیر سرپرست وزارت امور مهاجرین روز چهارشنبه در کابل با کاردار سفارت پاکستان دیدار "
            "کرد و خواستار توقف اخراج اجباری مهاجرین افغان شد.\n\n"
            "مولوی عبدالکبیر همچنان در همین روز با رئیس ماموریت سازمان بین المللی مهاجرت در افغانستان دیدار کرد.")
    events = extract(text, published="2025-04-17", source_country="AF")["events"]
    assert len(events) == 2


def test_api_a_round_of_talks_spoken_about_in_a_call_is_no_contact_of_its_own(extract):
    text = ("به گزارش ایرنا، «تانیا فایون» وزیر امور خارجه اسلوونی روز یکشنبه در گفت‌وگوی تلفنی با سید عباس عراقچی وزیر "
            "امور خارجه کشورمان، درگذشت شماری از هموطنانمان را تسلیت گفت.\n\n"
            "وزیر خارجه اسلوونی همچنین درباره دور سوم گفت‌وگوهای غیرمستقیم ایران و آمریکا که روز شنبه با میانجیگری عمان "
            "در مسقط برگزار شد، با همتای ایرانی خود تبادل نظر کرد.\n\n"
            "عراقچی نیز در این تماس گزارشی از روند مذاکرات مسقط ارائه داد و گفت ایران با حسن نیت در این گفت‌وگوها شرکت "
            "کرده است.")
    events = extract(text, published="2025-04-27", source_country="IR")["events"]
    assert [e["type"] for e in events] == ["phone_call"]


def test_api_a_clause_opening_in_the_talks_with_no_this_tells_the_talks_just_told(extract):
    text = ("دوشنبه، 12 آوریل، «خاور». امروز رئیس جمهوری جمهوری تاجیکستان امامعلی رحمان وزیر امور خارجه ترکمنستان رشید "
            "مرادوف را به حضور پذیرفت.\n\n"
            "روز گذشته رشید مرادوف با وزیر امور خارجه تاجیکستان حمرخان ظریفی مذاکره کرد. در مذاکرات، که با اشتراک سفیر "
            "ترکمنستان در تاجیکستان برگزار شد، برنامه همکاری میان وزارتخانه‌های امور خارجه دو کشور به امضا رسید.")
    events = extract(text, published="2007-04-12", source_country="TJ")["events"]
    assert len(events) == 2


def test_api_a_contact_that_may_happen_is_hypothetical(extract):
    text = ("به گزارش مهر، به گفته یک مقام وزارت امور خارجه، احتمال دارد عباس عراقچی وزیر امور خارجه کشورمان "
            "هفته بعد در حاشیه نشست ژنو با هاکان فیدان وزیر خارجه ترکیه ملاقات کند.")
    document = extract(text, published="2025-06-01")
    assert document["events"] == []
    assert [c["status"] for c in document["other_contacts"]] == ["hypothetical"]


@pytest.mark.parametrize("text, published", [
    # a counterpart of another office than the host's (a foreign minister's, not the president's)
    ("به گزارش ایرنا، جیهون بایراموف وزیر امور خارجه جمهوری آذربایجان عصر امروز در تهران با ابراهیم رئیسی "
     "دیدار کرد.\n\n"
     "بایراموف پیش‌تر در دیدار با همتای ایرانی خود درباره گشایش کریدورهای ترانزیتی گفت‌وگو کرده بود.", "2023-07-05"),
    # two offices of one country, known only by title, in two sentences
    ("به گزارش ایسنا، امیر سرتیپ کیومرث حیدری فرمانده نیروی زمینی ارتش روز دوشنبه در دوشنبه با فرمانده "
     "نیروهای زمینی تاجیکستان دیدار کرد.\n\n"
     "وی عصر همان روز با رئیس ستاد کل نیروهای مسلح تاجیکستان نیز ملاقات و درباره آموزش مشترک گفتگو کرد.", "2023-04-10"),
])
def test_api_counterparts_of_other_offices_are_other_contacts(extract, text, published):
    assert len(extract(text, published=published)["events"]) == 2


def test_api_the_host_of_the_session_told_and_the_three_ministers_are_its_people(extract):
    text = ("به گزارش مهر، عباس عراقچی امروز در نشست سه‌جانبه وزرای خارجه ایران، روسیه و ترکیه در دوحه شرکت کرد؛ "
            "نشستی که میزبان آن سرگئی لاوروف بود و هاکان فیدان وزیر خارجه ترکیه نیز در آن حضور داشت.\n\n"
            "در این نشست سه وزیر درباره سوریه گفت‌وگو کردند.")
    events = extract(text, published="2024-12-07")["events"]
    assert len(events) == 1
    assert sorted(p["country"] for p in events[0]["participants"]) == ["IR", "RU", "TR"]


def test_api_a_surname_alone_after_another_bearer_named_in_full_is_not_the_registered_one(extract):
    text = ("به گزارش طلوع‌نیوز، حکمت خلیل کرزی معین سیاسی وزارت امور خارجه روز یکشنبه در کابل با سفیر ازبکستان "
            "دیدار کرد. آقای کرزی در این دیدار بر گسترش تجارت تأکید کرد.")
    participants = extract(text, published="2017-02-05")["events"][0]["participants"]
    assert "حکمت خلیل کرزی" in {p["name"] for p in participants}


def test_api_a_host_s_welcome_followed_by_the_two_sides_talks_is_a_contact(extract):
    text = ("به گزارش ایرنا، رجب طیب اردوغان رئیس‌جمهور ترکیه امروز در کویت با نخست‌وزیر کویت دیدار و گفت‌وگو کرد.\n\n"
            "اردوغان روز گذشته در مسقط بود. هیثم بن طارق سلطان عمان در کاخ العلم از اردوغان استقبال کرد و دو طرف در "
            "دیداری که با حضور هیئت‌های دو کشور برگزار شد، روابط اقتصادی را بررسی کردند.")
    events = extract(text, published="2023-07-18")["events"]
    assert [sorted(p["country"] for p in e["participants"]) for e in events] == [["KW", "TR"], ["OM", "TR"]]


@pytest.mark.parametrize("text", [
    "به گزارش مهر، رئیس‌جمهور پیشین در سال‌های ریاست خود هر سال در اجلاس سازمان همکاری شانگهای شرکت کرد.",
    "به گزارش باختر، مراسم سالروز استقلال امروز در کابل برگزار شد. در این مراسم، عبدالله عبدالله رئیس اجرائیه و "
    "اعضای کابینه حضور داشتند.",
])
def test_api_every_year_and_attending_a_ceremony_alone_are_no_contact(extract, text):
    assert extract(text, published="2018-08-19")["events"] == []


def test_api_a_leader_who_went_at_the_head_of_a_delegation_makes_a_state_visit(extract):
    text = ("به گزارش ایرنا، مسعود پزشکیان رئیس‌جمهور کشورمان که صبح امروز در رأس هیئتی بلندپایه به ایروان رفت، "
            "عصر امروز با نیکول پاشینیان نخست‌وزیر ارمنستان در ایروان دیدار و گفت‌وگو کرد.")
    assert [e["type"] for e in extract(text, published="2025-05-20")["events"]] == ["visit"]


def test_api_the_guest_of_a_leader_the_day_before_is_a_contact_there(extract):
    text = ("به گزارش مهر، رجب طیب اردوغان امروز در اسلام‌آباد با شهباز شریف نخست‌وزیر پاکستان دیدار و گفت‌وگو کرد.\n\n"
            "اردوغان پیش از سفر به پاکستان، روز چهارشنبه در کوالالامپور مهمان انور ابراهیم نخست‌وزیر مالزی بود.")
    events = extract(text, published="2025-02-13")["events"]
    assert [(e["location"]["name_en"], e["date"]["value"]) for e in events] == [
        ("Islamabad", "2025-02-13"), ("Kuala Lumpur", "2025-02-12")]


def test_api_a_bilateral_meeting_before_a_summit_is_apart_and_the_summit_keeps_its_people(extract):
    text = ("به گزارش ایرنا، نشست سران سازمان همکاری اسلامی امروز به ریاست رجب طیب اردوغان رئیس‌جمهور ترکیه در "
            "استانبول برگزار شد؛ نشستی که با حضور حسن روحانی رئیس‌جمهور کشورمان برگزار شد.\n\n"
            "پیش از آغاز نشست، اردوغان در دیداری دوجانبه به رئیس‌جمهور ایران خوشامد گفت و دو طرف درباره قدس "
            "گفت‌وگو کردند.\n\n"
            "عمران خان نخست‌وزیر پاکستان نیز در این نشست حضور داشت.")
    events = extract(text, published="2017-12-13")["events"]
    assert [(e["type"], sorted(p["country"] for p in e["participants"])) for e in events] == [
        ("multilateral_meeting", ["IR", "PK", "TR"]), ("meeting", ["IR", "TR"])]


def test_api_a_headline_surname_spelled_unlike_the_register_is_the_registered_man_named_later(extract):
    text = ("ماکرون در بغداد\n\n"
            "به گزارش فارس، امانوئل ماکرون رئیس‌جمهور فرانسه امروز در بغداد با برهم صالح رئیس‌جمهور عراق دیدار کرد.\n\n"
            "ماکرون سپس با نچیروان بارزانی رئیس اقلیم کردستان عراق نیز دیدار کرد.")
    events = extract(text, published="2020-09-02")["events"]
    assert len(events) == 2
    assert all(("FR", "head_of_state") in {(p["country"], p["role"] and p["role"]["code"]) for p in e["participants"]}
               for e in events)


def test_api_a_part_of_separate_meetings_takes_no_later_counterpart_of_another_country(extract):
    text = ("به گزارش پژواک، امیرخان متقی امروز در کابل به گونه جداگانه با سفیران چین و روسیه دیدار کرد.\n\n"
            "متقی در دیدار با سفیر چین درباره معادن گفتگو کرد. وزیر خارجه سپس با سفیر روسیه ملاقات کرد.")
    events = extract(text, published="2022-12-25")["events"]
    assert sorted(sorted(p["country"] for p in e["participants"]) for e in events) == [["AF", "CN"], ["AF", "RU"]]


def test_api_a_closing_signing_by_the_heads_of_the_two_delegations_is_the_session_s(extract):
    text = ("به گزارش باختر، نشست کمیسیون مشترک سرحدی افغانستان و ازبکستان روز شنبه در حیرتان برگزار شد. در این نشست "
            "هیئت افغانستان به ریاست قوماندان سرحدی بلخ و هیئت ازبکستان به ریاست معاون خدمات سرحدی آن کشور اشتراک "
            "داشتند.\n\nبه گفته مقام‌های محلی، در پایان نشست صورت‌جلسه‌ای به امضای رؤسای دو هیئت رسید.")
    assert len(extract(text, published="2022-07-02")["events"]) == 1


def test_api_a_speaker_by_title_whose_quoted_words_a_bare_name_goes_on_with_is_that_person(extract):
    text = ("به گزارش ایرنا، استاندار خراسان رضوی عصر دوشنبه در دیدار با سرکنسول ترکمنستان در مشهد گفت: «مرز سرخس "
            "باید شبانه‌روزی باز باشد.»\n\n"
            "علی رستمی‌نیا با اشاره به ترانزیت کالا افزود که استان آماده همکاری است.")
    participants = extract(text, published="2023-05-08")["events"][0]["participants"]
    assert ("علی رستمی‌نیا", "official") in {(p["name"], p["role"] and p["role"]["code"]) for p in participants}


def test_api_the_register_knows_an_office_held_before_the_state_one(extract):
    text = "به گزارش پژواک، ملا عبدالغنی برادر امروز در اسلام‌آباد با شاه محمود قریشی وزیر خارجه پاکستان دیدار کرد."
    participants = extract(text, published="2020-08-25")["events"][0]["participants"]
    assert ("عبدالغنی برادر", "official") in {(p["name"], p["role"] and p["role"]["code"]) for p in participants}


def test_api_the_leader_s_audience_for_a_visiting_president_is_a_meeting(extract):
    text = ("به گزارش تسنیم، شوکت میرضیایف رئیس‌جمهور ازبکستان که برای سفری رسمی در تهران به سر می‌برد، عصر امروز با "
            "آیت‌الله سیدعلی خامنه‌ای رهبر انقلاب اسلامی دیدار کرد. در این دیدار ابراهیم رئیسی رئیس‌جمهور نیز حضور داشت.")
    assert [e["type"] for e in extract(text, published="2022-06-20")["events"]] == ["meeting"]


def test_api_a_traveller_s_next_contact_placed_only_by_the_dateline_is_on_his_trip(extract):
    text = ("کابل (پژواک): محمد اشرف غنی رئیس جمهور کشور که امروز به پاکستان سفر کرده است، در اسلام‌آباد از سوی عمران "
            "خان نخست‌وزیر پاکستان به گونه رسمی استقبال شد.\n\n"
            "غنی سپس با عارف علوی رئیس جمهور پاکستان دیدار کرد.")
    assert [e["type"] for e in extract(text, published="2019-06-27")["events"]] == ["visit", "meeting"]


def test_api_a_round_of_talks_of_a_group_named_quadrilateral_is_a_negotiation(extract):
    text = ("کابل (پژواک): دور سوم مذاکرات گروه هماهنگی چهارجانبه امروز در اسلام‌آباد برگزار شد. در این نشست هیئت "
            "افغانستان را حکمت خلیل کرزی معین سیاسی وزارت امور خارجه و هیئت پاکستان را اعزاز احمد چودری سرمنشی "
            "وزارت خارجه پاکستان رهبری می‌کردند و هیئت‌های امریکا و چین نیز حضور داشتند.")
    assert [e["type"] for e in extract(text, published="2016-02-06")["events"]] == ["negotiation"]


def test_api_three_presidents_counted_after_a_ceremony_that_named_them_are_its_talks(extract):
    text = ("به گزارش ایرنا، گذرگاه مرزی تازه امروز با حضور ابراهیم رئیسی رئیس‌جمهور کشورمان، شوکت میرضیایف رئیس‌جمهور "
            "ازبکستان و امامعلی رحمان رئیس‌جمهور تاجیکستان گشایش یافت.\n\n"
            "سه رئیس‌جمهور پیش از مراسم گشایش، در نشستی سه‌جانبه درباره ترانزیت گفتگو کردند.")
    events = extract(text, published="2023-06-01")["events"]
    assert [(e["type"], sorted(p["country"] for p in e["participants"])) for e in events] == [
        ("multilateral_meeting", ["IR", "TJ", "UZ"])]


def test_api_the_two_governors_present_at_a_joint_working_group_s_session_are_its_people(extract):
    text = ("به گزارش ایرنا از رشت، ایگور بابوشکین استاندار آستاراخان صبح امروز با اسدالله عباسی استاندار گیلان "
            "دیدار کرد."
            "\n\nعصر همان روز نخستین نشست کارگروه مشترک همکاری‌های اقتصادی دو استان با حضور دو استاندار و سرکنسول "
            "روسیه در رشت برگزار شد.")
    events = extract(text, published="2023-05-10")["events"]
    assert events[1]["type"] == "negotiation"
    assert {"ایگور بابوشکین", "اسدالله عباسی"} <= {p["name"] for p in events[1]["participants"]}


def test_api_a_sheikh_named_by_first_name_is_the_registered_emir_named_in_full_and_no_particle_runs_on(extract):
    text = ("شیخ تمیم: گفت‌وگو تنها راه است\n\n"
            "به گزارش ایرنا، شیخ تمیم بن حمد آل ثانی امیر قطر امروز در تماسی تلفنی با مسعود پزشکیان گفت‌وگو کرد.\n\n"
            "شیخ تمیم در همان روز هاکان فیدان وزیر امور خارجه ترکیه را در دوحه به حضور پذیرفت.")
    events = extract(text, published="2024-09-20")["events"]
    assert [(e["type"], sorted(p["country"] for p in e["participants"])) for e in events] == [
        ("phone_call", ["IR", "QA"]), ("meeting", ["QA", "TR"])]
    assert all("تمیم بن حمد آل ثانی" in {p["name"] for p in e["participants"]} for e in events)


def test_api_people_present_at_a_round_agreed_on_are_not_at_this_one(extract):
    text = ("به گزارش تسنیم، پنجمین دور گفت‌وگوهای ایران و عربستان امروز در بغداد برگزار شد. هیئت ایرانی را سعید "
            "ایروانی و هیئت سعودی را خالد بن علی الحمیدان رهبری می‌کردند.\n\n"
            "به گفته یک مقام عراقی، دو طرف توافق کرده‌اند دور بعدی گفت‌وگوها با حضور حسین امیرعبداللهیان و فیصل بن فرحان "
            "وزیران امور خارجه دو کشور در بغداد برگزار شود.")
    names = {p["name"] for e in extract(text, published="2022-04-21")["events"] for p in e["participants"]}
    assert "حسین امیرعبداللهیان" not in names and "فیصل بن فرحان" not in names


@pytest.mark.parametrize("text, absent", [
    ("به گزارش ایرنا، یک هفته پس از خروج دونالد ترامپ از توافق هسته‌ای، محمدجواد ظریف وزیر خارجه ایران امروز در "
     "بروکسل با فدریکا موگرینی مسئول سیاست خارجی اتحادیه اروپا دیدار کرد.", "دونالد ترامپ"),
    ("به گزارش ایرنا، نشست سران گروه بیست امروز در بالی آغاز شد. جو بایدن رئیس‌جمهور آمریکا و رجب طیب اردوغان "
     "رئیس‌جمهور ترکیه در این نشست حضور داشتند و سرگئی لاوروف به جای ولادیمیر پوتین ریاست هیئت روسیه را بر عهده "
     "داشت.", "ولادیمیر پوتین"),
])
def test_api_who_a_time_phrase_names_or_someone_stood_in_for_is_no_participant(extract, text, absent):
    names = {p["name"] for e in extract(text, published="2018-05-15")["events"] for p in e["participants"]}
    assert absent not in names


def test_api_a_summit_told_only_by_who_attended_it_stays_next_to_its_sideline_meetings(extract):
    text = ("به گزارش ایرنا، شوکت میرضیایف امروز در نشست وزیران خارجه کشورهای عضو اکو که در تاشکند گشایش یافت، "
            "خواستار گسترش تجارت منطقه‌ای شد. بختیار سعیدوف و حسین امیرعبداللهیان نیز در این نشست حضور داشتند."
            "\n\nامیرعبداللهیان سپس در حاشیه نشست با سعیدوف دیدار کرد.")
    events = extract(text, published="2023-11-09")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting", "meeting"]


def test_api_plural_guests_received_in_separate_meetings_are_one_contact_each(extract):
    text = ("به گزارش ایرنا، محمدباقر قالیباف رئیس مجلس امروز در دو دیدار جداگانه، سفیران قزاقستان و ازبکستان در "
            "تهران را به حضور پذیرفت و درباره گسترش همکاری‌های پارلمانی گفت‌وگو کرد.")
    events = extract(text, published="2022-02-15")["events"]
    assert [sorted(p["country"] for p in e["participants"]) for e in events] == [["IR", "KZ"], ["IR", "UZ"]]


def test_api_who_is_present_at_it_or_among_its_other_participants_attends_a_summit_not_whom_he_represents(extract):
    text = ("به گزارش ایرنا، نشست سران سازمان همکاری شانگهای امروز در آستانه آغاز شد و محمد مخبر معاون اول "
            "رئیس‌جمهور به نمایندگی از رئیس‌جمهور کشورمان در آن حضور دارد.\n\nشهباز شریف نخست‌وزیر پاکستان و "
            "الکساندر لوکاشنکو رئیس‌جمهور بلاروس از دیگر شرکت‌کنندگان این نشست بودند.\n\nمخبر در حاشیه اجلاس با "
            "شهباز شریف دیدار کرد.")
    events = extract(text, published="2024-07-04")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting", "meeting"]
    assert _names(events[0]) == {"محمد مخبر", "شهباز شریف", "الکساندر لوکاشنکو"}


def test_api_a_session_held_takes_who_opened_it_and_who_was_also_present_and_not_a_later_contact(extract):
    text = ("به گزارش پژواک، نشست منطقه‌ای افغانستان امروز با حضور هیئتی به رهبری امیرخان متقی در تاشکند برگزار شد."
            "\n\nبختیار سعیدوف وزیر خارجه ازبکستان نشست را افتتاح کرد. هیئت‌هایی از قزاقستان، تاجیکستان و ترکمنستان "
            "نیز حضور داشتند.\n\nمتقی همچنین با اسحاق دار دیدار کرد.")
    events = extract(text, published="2024-05-20")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting", "meeting"]
    assert {"KZ", "TJ", "TM", "UZ"} <= {p["country"] for p in events[0]["participants"]}
    assert "اسحاق دار" not in _names(events[0])


def test_api_a_summit_a_reporter_asked_about_is_no_contact(extract):
    text = ("به گزارش ایسنا، ناصر کنعانی سخنگوی وزارت امور خارجه امروز در نشست خبری هفتگی در پاسخ به سؤالی درباره "
            "برگزاری اجلاس سران کشورهای ساحلی خزر در تهران گفت: «رایزنی‌ها برای تعیین زمان آن ادامه دارد.»")
    assert extract(text, published="2023-05-22")["events"] == []


def test_api_a_guest_received_by_someone_else_later_the_same_day_has_a_contact_of_his_own(extract):
    text = ("به گزارش ایرنا، وانگ یی وزیر خارجه چین صبح امروز با ایشاق دار وزیر خارجه پاکستان دیدار کرد و شامگاه "
            "امروز نیز از سوی شهباز شریف نخست‌وزیر پاکستان به حضور پذیرفته شد.")
    events = extract(text, published="2025-08-21")["events"]
    assert [sorted(_names(e)) for e in events] == [["ایشاق دار", "وانگ یی"], ["شهباز شریف", "وانگ یی"]]


def test_api_met_and_visited_is_a_contact_and_a_zones_commander_is_not_the_forces_commander_named_before(extract):
    text = ("به گزارش ایرنا، امیر دریادار شهرام ایرانی فرمانده نیروی دریایی ارتش روز گذشته در تهران میزبان هیئتی "
            "از نیروی دریایی پاکستان بود.\n\nفرمانده نیروی دریایی پاکستان امروز در بندرعباس با فرمانده منطقه یکم "
            "نیروی دریایی ارتش دیدار و از اسکله این منطقه بازدید کرد.")
    events = extract(text, published="2023-11-21")["events"]
    commanders = [p for p in events[-1]["participants"] if p["country"] == "IR"]
    assert [(p["name"], p["role"]["code"]) for p in commanders] == [(None, "military_commander")]


def test_api_a_lead_that_counts_whom_he_met_sums_up_the_contacts_told_after_and_he_is_the_pronoun(extract):
    text = ("به گزارش ایرنا، وابسته نظامی جمهوری اسلامی ایران در مسکو با سه تن از فرماندهان نیروی دریایی روسیه "
            "دیدار و گفت‌وگو کرد.\n\nوابسته نظامی کشورمان روز یکشنبه با فرمانده ناوگان بالتیک روسیه دیدار کرد.\n\n"
            "وی روز دوشنبه نیز با فرمانده ناوگان دریای سیاه روسیه ملاقات کرد.\n\nوی روز سه‌شنبه نیز با فرمانده "
            "ناوگان شمال روسیه دیدار کرد.")
    events = extract(text, published="2024-03-06")["events"]
    assert [e["date"]["value"] for e in events] == ["2024-03-03", "2024-03-04", "2024-03-05"]
    assert all(sorted(p["country"] for p in e["participants"]) == ["IR", "RU"] for e in events)


def test_api_a_navys_chief_of_staff_commands_and_the_head_of_a_delegation_holds_the_office_told_for_him(extract):
    text = ("به گزارش مهر، نشست کارگروه مشترک دریایی ایران و پاکستان روز دوشنبه در کراچی برگزار شد. ریاست هیئت "
            "ایرانی را معاون هماهنگ‌کننده نیروی دریایی ارتش و ریاست هیئت پاکستانی را رئیس ستاد نیروی دریایی پاکستان "
            "بر عهده داشتند.\n\nرئیس هیئت ایرانی روز سه‌شنبه همچنین با فرمانده نیروی دریایی پاکستان دیدار کرد.")
    events = extract(text, published="2023-05-10")["events"]
    assert [sorted((p["role"]["code"], p["country"]) for p in e["participants"]) for e in events] == [
        [("military_commander", "IR"), ("military_commander", "PK")]] * 2


def test_api_the_commander_of_this_unit_is_of_the_country_named_with_the_unit(extract):
    text = ("به گزارش تسنیم، ناوهای ناوگان شرقی هند دیروز در بندر ولادی‌وستوک پهلو گرفتند.\n\nفرمانده ناوگروه هندی "
            "امروز در مقر ناوگان اقیانوس آرام روسیه با فرمانده این ناوگان دیدار کرد.")
    participants = extract(text, published="2014-07-16")["events"][0]["participants"]
    assert sorted(p["country"] for p in participants) == ["IN", "RU"]


@pytest.mark.parametrize("text, country", [
    ("به گزارش فارس، ناوچه «جماران» دیروز به مقر فرماندهی منطقه دریایی چیتاگونگ رفت و فرمانده ناوچه امروز "
     "با فرمانده این منطقه دیدار کرد.", "BD"),
    ("به گزارش مهر، کشتی آموزشی نیروی دریایی عمان دیروز در بندرعباس پهلو گرفت.\n\nفرمانده این کشتی امروز با "
     "فرمانده منطقه یکم نیروی دریایی ارتش دیدار کرد.", "OM"),
    ("به گزارش تسنیم، گروه ناوی نیروی دریایی چین دیروز وارد بندر چابهار شد.\n\nفرمانده این گروه ناوی امروز با "
     "استاندار سیستان و بلوچستان دیدار کرد.", "CN"),
])
def test_api_the_commander_of_this_unit_is_of_the_place_or_country_it_was_named_with(extract, text, country):
    participants = extract(text, published="2022-02-08")["events"][0]["participants"]
    assert country in [p["country"] for p in participants]


@pytest.mark.parametrize("text, country", [
    ("به گزارش پژواک، والی ننگرهار امروز با قوماندان پولیس سرحدی سپین‌بولدک دیدار کرد.", "AF"),
    ("به گزارش خاور، رئیس ولایت بدخشان امروز با فرمانده دسته مرزبانی باتکن دیدار کرد.", "KG"),
])
def test_api_a_commander_of_a_unit_named_for_a_place_is_of_its_country(extract, text, country):
    participants = extract(text, published="2022-02-08")["events"][0]["participants"]
    assert [p["country"] for p in participants if p["role"]["code"] == "military_commander"] == [country]


def test_api_more_told_of_a_joint_session_does_not_make_it_a_summary_of_separate_contacts(extract):
    text = ("به گزارش فارس، سرلشکر محمد باقری امروز با بشار اسد رئیس‌جمهور سوریه دیدار کرد.\n\nباقری روز چهارشنبه "
            "نیز در نشستی مشترک با ژنرال فهد جاسم الفریج وزیر دفاع و ژنرال علی عبدالله ایوب رئیس ستاد کل ارتش سوریه "
            "دیدار کرده بود.\n\nدر این نشست همچنین درباره هماهنگی میان فرماندهان میدانی دو کشور و هماهنگی با "
            "روسیه گفت‌وگو شد.")
    assert len(extract(text, published="2017-10-19")["events"]) == 2


def test_api_whose_decision_a_session_weighed_is_no_participant(extract):
    text = ("به گزارش ایسنا، نشست فوق‌العاده سران اتحادیه عرب برای بررسی تصمیم رئیس‌جمهور آمریکا درباره جولان امروز "
            "در تونس با حضور میشل عون و شیخ تمیم بن حمد آل ثانی برگزار شد.")
    events = extract(text, published="2019-03-31")["events"]
    assert events and all("دونالد ترامپ" not in _names(e) for e in events)


def test_api_a_title_after_as_is_the_capacity_of_someone_named_not_another_person(extract):
    text = ("به گزارش ایرنا، اجلاس سران سازمان همکاری شانگهای امروز در بیشکک برگزار شد و حسن روحانی "
            "رئیس‌جمهور کشورمان به عنوان رئیس هیئت ایران در آن سخنرانی کرد. شی جین‌پینگ و ولادیمیر پوتین نیز در این "
            "نشست حضور داشتند.")
    participants = extract(text, published="2019-06-14")["events"][0]["participants"]
    assert [p["country"] for p in participants].count("IR") == 1


def test_api_a_headline_surname_the_register_knows_is_the_man_named_in_full_after_it_and_later(extract):
    text = ("کرزی با کابلوف دیدار کرد\n\nبه گزارش پژواک، حکمت خلیل کرزی معین سیاسی وزارت امور خارجه امروز در مسکو "
            "با ضمیر کابلوف دیدار کرد.\n\nآقای کرزی همچنین با دنگ شی‌جون نماینده ویژه چین ملاقات کرد.")
    events = extract(text, published="2017-02-15")["events"]
    assert all("حکمت خلیل کرزی" in _names(e) and "حامد کرزی" not in _names(e) for e in events)


def test_api_who_was_also_present_after_the_sentence_that_names_the_session_again_attends_it(extract):
    text = ("به گزارش پژواک، نمایندگان پنج کشور امروز در مسکو درباره افغانستان رایزنی کردند.\n\nدر این نشست که به "
            "میزبانی ضمیر کابلوف برگزار شد، هیئت افغانستان به ریاست حکمت خلیل کرزی شرکت کرده بود. هیئت‌هایی از "
            "چین، پاکستان و ایران نیز حضور داشتند.\n\nمعین سیاسی وزارت خارجه پیش از آغاز نشست با آقای کابلوف دیدار "
            "کرد.")
    events = extract(text, published="2017-02-15")["events"]
    assert {"CN", "PK", "IR"} <= {p["country"] for p in events[0]["participants"]}
    assert events[0]["type"] == "multilateral_meeting"


def test_api_who_took_part_in_a_numbered_session_being_held_attended_it_with_its_chair(extract):
    text = ("به گزارش تسنیم، علی‌اکبر احمدیان دبیر شورای عالی امنیت ملی امروز در یازدهمین نشست بین‌المللی مقامات "
            "امنیتی که به ریاست نیکلای پاتروشف در مسکو برگزار می‌شود، شرکت و سخنرانی کرد.\n\nاحمدیان در حاشیه این "
            "نشست با قاسم الاعرجی مشاور امنیت ملی عراق دیدار کرد.")
    events = extract(text, published="2023-05-24")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting", "meeting"]
    assert _names(events[0]) == {"علی‌اکبر احمدیان", "نیکلای پاتروشف"}


def test_api_a_meeting_named_by_an_earlier_month_is_background_and_the_ministers_deputy_is_the_one_told(extract):
    text = ("به گزارش خاور، وزیر امور خارجه تاجیکستان سراج‌الدین مهرالدین امروز با مجید تخت‌روانچی معاون سیاسی وزیر "
            "امور خارجه ایران ملاقات کرد. در این ملاقات معاون وزیر ایرانی را سفیر کشورش علیرضا حقیقیان همراهی "
            "می‌کرد.\n\nطرفین "
            "گفتند توافقات رهبران دو کشور، امامعلی رحمان و مسعود پزشکیان، در دیدار ژانویه امسال زمینه تازه‌ای "
            "فراهم کرده است.")
    events = extract(text)["events"]
    assert len(events) == 1
    assert _names(events[0]) == {"سراج‌الدین مهرالدین", "مجید تخت‌روانچی", "علیرضا حقیقیان"}


def test_api_separate_calls_with_counterparts_of_three_countries_are_three_calls_each_told_after(extract):
    text = ("به گزارش ایرنا، سید عباس عراقچی وزیر امور خارجه امروز در سه تماس تلفنی جداگانه با همتایان عمانی، قطری و "
            "ترک خود گفتگو کرد.\n\nعراقچی نخست با بدر البوسعیدی وزیر خارجه عمان تلفنی گفتگو کرد.\n\nوزیر امور خارجه "
            "کشورمان سپس با هاکان فیدان وزیر امور خارجه ترکیه گفتگو کرد.")
    events = extract(text, published="2025-05-07")["events"]
    assert [e["type"] for e in events] == ["phone_call"] * 3
    assert sorted(c for e in events for c in {p["country"] for p in e["participants"]} - {"IR"}) == ["OM", "QA", "TR"]


@pytest.mark.parametrize("text", [
    # the relative clause after the contact noun (with its mode) names who placed the call
    ("به گزارش ایرنا، محمد شیاع السودانی امشب در تماسی تلفنی که از سوی رجب طیب اردوغان برقرار شد، تحولات سوریه را "
     "با وی بررسی کرد."),
    ("به گزارش ایرنا، محمد شیاع السودانی امشب در تماسی تلفنی که رجب طیب اردوغان با وی برقرار کرد، درباره تحولات "
     "سوریه گفتگو کرد."),
])
def test_api_the_clause_of_a_call_names_who_placed_it(extract, text):
    events = extract(text, published="2024-12-09")["events"]
    assert [_names(e) for e in events] == [{"محمد شیاع السودانی", "رجب طیب اردوغان"}]


def test_api_who_held_the_session_a_delegation_took_part_in_attended_it(extract):
    text = ("به گزارش خاور، هیئت تاجیکستان به ریاست شیرعلی میرزا امروز در نشست معاون وزیر دفاع روسیه با هیئت‌های "
            "نظامی کشورهای عضو سازمان پیمان امنیت جمعی شرکت کرد. در این نشست هیئت‌های ارمنستان، بلاروس و قزاقستان "
            "نیز حضور داشتند.")
    participants = extract(text, published="2018-08-22")["events"][0]["participants"]
    assert ("deputy_defense_minister", "RU") in {(p["role"]["code"], p["country"]) for p in participants}


def test_api_an_official_acting_for_an_international_body_that_day_is_no_third_state(extract):
    text = ("به گزارش طلوع‌نیوز، جیمز متیس وزیر دفاع امریکا و ینس استولتنبرگ امروز در کابل با عبدالله عبدالله "
            "رئیس اجرائیه حکومت وحدت ملی دیدار کردند.")
    assert [e["type"] for e in extract(text, published="2017-09-27")["events"]] == ["meeting"]


def test_api_talks_in_a_separate_contact_are_a_call_and_a_meeting_days_ago_that_sets_a_deed_is_background(extract):
    text = ("به گزارش تسنیم، شیخ محمد بن عبدالرحمن آل ثانی امروز جمعه با سرگئی لاوروف وزیر خارجه روسیه تلفنی گفتگو "
            "کرد.\n\nوی همچنین در تماسی جداگانه با هاکان فیدان وزیر امور خارجه ترکیه درباره غزه رایزنی کرد.\n\n"
            "توافق آتش‌بس پنجم نوامبر در دیدار ولادیمیر پوتین و رجب طیب اردوغان در سوچی به امضا رسید.")
    events = extract(text, published="2023-11-17")["events"]
    assert [e["type"] for e in events] == ["phone_call", "phone_call"]


def test_api_a_call_a_spokesman_quotes_takes_the_counterpart_named_in_apposition(extract):
    text = ("به گزارش ایرنا، سخنگوی وزارت امور خارجه روسیه امروز در نشست خبری گفت: «سرگئی لاوروف روز سه‌شنبه در "
            "گفت‌وگویی تلفنی با همتای تاجیک خود، سراج‌الدین مهرالدین، وضعیت مرزهای جنوبی تاجیکستان را بررسی کرد.»")
    events = extract(text, published="2021-07-08")["events"]
    assert [_names(e) for e in events] == [{"سرگئی لاوروف", "سراج‌الدین مهرالدین"}]


@pytest.mark.parametrize("text, events", [
    # the officials of one country met, never named: one unnamed side of that country
    ("به گزارش فارس، مجید میراحمدی معاون امنیتی وزیر کشور که به قطر سفر کرده است، امروز در دوحه با مقام‌های امنیتی "
     "و انتظامی این کشور دیدار و گفت‌وگو کرد.", 1),
    # a lead that sums up contacts with people it then names is no contact of its own
    ("به گزارش باختر، عبدالعزیز کاملوف وزیر خارجه ازبکستان امروز وارد کابل شد و با مقام‌های ارشد حکومت افغانستان "
     "گفتگو کرد. وی با صلاح‌الدین ربانی وزیر امور خارجه دیدار کرد.", 1),
])
def test_api_the_officials_of_one_country_met_are_one_side_unless_named(extract, text, events):
    found = extract(text, published="2018-03-26")["events"]
    assert len(found) == events and all(len(e["participants"]) == 2 for e in found)


def test_api_a_rank_and_a_name_word_before_a_registered_surname_name_another_man(extract):
    text = ("به گزارش مهر، ژنرال یونس‌بک یفکوروف معاون وزیر دفاع روسیه امروز در نیامی با ژنرال صالیفو مودی وزیر "
            "دفاع نیجر دیدار کرد.")
    participants = extract(text, published="2023-12-04")["events"][0]["participants"]
    assert ("صالیفو مودی", "NE") in {(p["name"], p["country"]) for p in participants}


def test_api_one_who_will_not_take_part_in_a_summit_met_no_one_there(extract):
    text = ("به گزارش ایرنا، دفتر ریاست‌جمهوری آفریقای جنوبی امروز اعلام کرد ولادیمیر پوتین به‌طور حضوری در اجلاس سران "
            "بریکس که ماه آینده در ژوهانسبورگ برگزار می‌شود، شرکت نخواهد کرد.")
    document = extract(text, published="2023-07-19")
    assert document["events"] == []
    assert [c["status"] for c in document["other_contacts"]] == ["cancelled"]


def test_api_a_session_held_before_the_meeting_just_told_is_this_visits_not_background(extract):
    text = ("به گزارش تسنیم، سردار قاسم رضایی فرمانده مرزبانی ناجا امروز در بغداد با محمد سالم الغبان وزیر کشور عراق "
            "دیدار کرد.\n\nپیش از این دیدار، صبح امروز اجلاس کمیته مشترک مرزی دو کشور به ریاست فرمانده مرزبانی ناجا و "
            "فرمانده نیروهای مرزبانی عراق در بغداد برگزار شده بود.")
    events = extract(text, published="2015-11-10")["events"]
    assert sorted(e["type"] for e in events) == ["meeting", "negotiation"]


@pytest.mark.parametrize("day", ["روز دوشنبه", "شامگاه دیروز"])
def test_api_a_joint_commission_session_of_this_weeks_news_told_in_the_past_perfect_is_an_event(extract, day):
    # `نشست کمیسیون مشترک دو کشور روز دوشنبه ... برگزار شده بود`: a session of the visit, dated by a day of this week
    text = ("به گزارش ایلنا، رضا اردکانیان وزیر نیرو که برای شرکت در نشست کمیسیون مشترک ایران و گرجستان به تفلیس سفر "
            "کرده است، امروز سه‌شنبه با سالومه زورابیشویلی رئیس‌جمهور گرجستان دیدار کرد.\n\nنشست کمیسیون مشترک دو کشور "
            f"{day} به ریاست اردکانیان و لوان داویتاشویلی وزیر اقتصاد گرجستان برگزار شده بود.")
    events = extract(text, published="2019-02-26")["events"]
    assert sorted(e["type"] for e in events) == ["meeting", "negotiation"]
    text = text.replace(day, "سال گذشته")
    assert [e["type"] for e in extract(text, published="2019-02-26")["events"]] == ["meeting"]


@pytest.mark.parametrize("session", [
    "سپس نشست شورای همکاری راهبردی عالی‌رتبه ترکیه و قزاقستان به ریاست مشترک دو رئیس جمهور برگزار شد.",
    "اردوغان و توکایف پس از این دیدار ریاست مشترک نشست شورای عالی همکاری راهبردی دو کشور را برعهده داشتند."])
def test_api_a_strategic_council_session_after_the_visits_talks_is_a_negotiation_of_its_own(extract, session):
    # `سپس نشست شورای همکاری راهبردی ... به ریاست مشترک دو رئیس جمهور برگزار شد`: not the visit's talks again
    text = ("به گزارش مهر، رجب طیب اردوغان رئیس جمهور ترکیه امروز در آستانه از سوی قاسم جومارت توکایف رئیس جمهور "
            f"قزاقستان رسماً استقبال شد و دو رئیس جمهور با یکدیگر گفتگو کردند.\n\n{session}")
    events = extract(text, published="2022-05-10")["events"]
    assert [e["type"] for e in events] == ["visit", "negotiation"]


def test_api_a_delegation_whose_head_is_known_only_by_title_is_that_office(extract):
    text = ("به گزارش مهر، معاون وزیر دفاع و پشتیبانی نیروهای مسلح که در رأس هیئتی به روسیه سفر کرده است، امروز با "
            "یوری بوریسوف معاون وزیر دفاع روسیه دیدار کرد.\n\nهیئت ایرانی روز گذشته نیز با رئیس شرکت متحد "
            "هواپیماسازی روسیه گفت‌وگو کرده بود.")
    events = extract(text, published="2015-08-26")["events"]
    assert all(("deputy_defense_minister", "IR") in {(p["role"]["code"], p["country"]) for p in e["participants"]}
               for e in events) and len(events) == 2


def test_api_a_contact_told_in_the_past_perfect_at_an_earlier_stop_of_the_tour_is_background(extract):
    text = ("به گزارش فارس، سرگئی شویگو وزیر دفاع روسیه امروز در ماناگوا با دانیل اورتگا رئیس‌جمهور نیکاراگوئه دیدار "
            "کرد.\n\nشویگو پیش از این در کاراکاس با نیکلاس مادورو رئیس‌جمهور ونزوئلا دیدار کرده بود.")
    events = extract(text, published="2015-02-12")["events"]
    assert [_names(e) for e in events] == [{"سرگئی شویگو", "دانیل اورتگا"}]


@pytest.mark.parametrize("text", [
    ("به گزارش پژواک، نشست کمیساران سرحدی افغانستان و ازبکستان امروز در بندر حیرتان برگزار شد. در این نشست "
     "کمیسار سرحدی افغانستان و کمیسار مرزی ازبکستان اشتراک داشتند."),
    ("به گزارش تسنیم، شانزدهمین نشست دوره‌ای فرماندهان مرزبانی ایران و قطر امروز در دوحه برگزار شد و دو طرف "
     "مسائل مرزی را بررسی کردند."),
])
def test_api_a_session_of_a_standing_bilateral_body_is_a_negotiation(extract, text):
    assert [e["type"] for e in extract(text, published="2022-03-01")["events"]] == ["negotiation"]


@pytest.mark.parametrize("text", [
    ("به گزارش ایسنا، ناصر بوریطه وزیر امور خارجه مغرب امروز در تماسی تلفنی، انتصاب عباس عراقچی به سمت وزیر امور "
     "خارجه ایران را به وی تبریک گفت."),
    ("به گزارش ایسنا، عباس عراقچی وزیر امور خارجه امروز در تماسی تلفنی، روز ملی مغرب را به ناصر بوریطه "
     "همتای مغربی خود تبریک گفت."),
])
def test_api_a_call_without_ba_is_with_whom_it_congratulated(extract, text):
    events = extract(text, published="2024-09-10")["events"]
    assert [(e["type"], _names(e)) for e in events] == [("phone_call", {"ناصر بوریطه", "عباس عراقچی"})]


def test_api_this_delegation_as_a_subject_is_the_delegation_told_before(extract):
    text = ("به گزارش تسنیم، سخنگوی وزارت امور خارجه امروز از سفر هیئتی از پاکستان به تهران خبر داد و گفت این هیئت "
            "روز گذشته با عباس عراقچی معاون سیاسی وزیر امور خارجه دیدار و گفت‌وگو کرده است.")
    events = extract(text, published="2018-12-31")["events"]
    assert [sorted((p["country"], p["name"] or "") for p in e["participants"]) for e in events] == [
        [("IR", "عباس عراقچی"), ("PK", "")]]


def test_api_a_taliban_delegation_is_of_afghanistan(extract):
    text = ("به گزارش تسنیم، هیئتی از طالبان روز گذشته به تهران سفر کرد و با عباس عراقچی معاون سیاسی وزیر امور خارجه "
            "دیدار و گفت‌وگو کرد.")
    events = extract(text, published="2018-12-31")["events"]
    assert [sorted(p["country"] for p in e["participants"]) for e in events] == [["AF", "IR"]]


def test_api_the_pakistani_presidents_house_is_a_venue_not_a_person(extract):
    text = "به گزارش پژواک، محمد اشرف غنی امروز در ایوان صدر با عارف علوی رئیس‌جمهور پاکستان دیدار کرد."
    events = extract(text, published="2019-06-27")["events"]
    assert [(_names(e), e["location"]["name_en"]) for e in events] == [({"اشرف غنی", "عارف علوی"}, "Islamabad")]


def test_api_termez_spelled_as_afghan_outlets_do_and_a_province_governor_unnamed(extract):
    text = ("به گزارش پژواک، محمد داوود مزمل والی بلخ روز گذشته در ترمز با والی ولایت سرخان‌دریا دیدار کرد. دو طرف "
            "درباره تجارت میان افغانستان و ازبکستان گفت‌وگو کردند.")
    events = extract(text, published="2022-02-10")["events"]
    assert [(sorted((p["country"], p["name"] or "") for p in e["participants"]), e["location"]["name_en"])
            for e in events] == [([("AF", "محمد داوود مزمل"), ("UZ", "")], "Termez")]


def test_api_the_word_for_brake_is_no_city(extract):
    text = "به گزارش پژواک، راننده ترمز کرد. وزیر در کابل با سفیر ازبکستان دیدار کرد."
    assert [e["location"]["name_en"] for e in extract(text, published="2022-02-10")["events"]] == ["Kabul"]


def test_api_separate_calls_whose_verb_is_a_condolence_are_one_per_counterpart(extract):
    text = ("به گزارش صدا و سیما، حسین امیرعبداللهیان وزیر امور خارجه امروز در دو تماس تلفنی جداگانه با مولود "
            "چاووش‌اوغلو و فیصل مقداد، وزیران امور خارجه ترکیه و سوریه، درگذشت شمار زیادی از مردم دو کشور در زلزله را "
            "تسلیت گفت.")
    events = extract(text, published="2023-02-06")["events"]
    assert [(e["type"], sorted(p["country"] for p in e["participants"])) for e in events] == [
        ("phone_call", ["IR", "TR"]), ("phone_call", ["IR", "SY"])]


@pytest.mark.parametrize("text, kind", [
    ("به گزارش ایرنا، نشست دو روزه کمیسیون دائمی آب به ریاست علی اکبر محرابیان وزیر نیرو و عبدالستار مراد وزیر "
     "اقتصاد افغانستان امروز در تهران برگزار شد.", "negotiation"),
    ("به گزارش ایرنا، نشست فوق‌العاده کمیته اجرایی سازمان همکاری اسلامی با حضور وزیران خارجه ایران، عربستان و "
     "ترکیه امروز در جده برگزار شد.", "multilateral_meeting"),
])
def test_api_a_commission_session_named_with_a_modifier_is_a_negotiation_unless_an_organisations_body(extract, text,
                                                                                                     kind):
    assert [e["type"] for e in extract(text, published="2021-03-24")["events"]] == [kind]


def test_api_the_representative_of_an_international_organisation_is_its_official(extract):
    text = ("به گزارش تسنیم، اسکندر مؤمنی دبیرکل ستاد مبارزه با مواد مخدر امروز در تهران با نماینده دفتر مقابله با "
            "مواد مخدر و جرم سازمان ملل متحد دیدار کرد.")
    events = extract(text, published="2022-06-26")["events"]
    assert [sorted((p["role"]["code"], p["country"] or "") for p in e["participants"]) for e in events] == [
        [("head_of_organization", "IR"), ("official", "")]]


def test_api_the_organisations_representative_told_later_is_its_envoy_named_before(extract):
    text = ("به گزارش طلوع‌نیوز، تام کوینگز نماینده ویژه سرمنشی سازمان ملل متحد برای افغانستان امروز در کابل با "
            "عبدالرحیم وردک وزیر دفاع ملی دیدار کرد.\n\nنماینده سازمان ملل پس از آن با بسم الله خان محمدی لوی درستیز "
            "اردوی ملی نیز دیدار کرد.")
    events = extract(text, published="2007-05-15")["events"]
    assert [_names(e) for e in events] == [{"تام کوینگز", "عبدالرحیم وردک"}, {"تام کوینگز", "بسم‌الله خان محمدی"}]


def test_api_talks_that_ended_without_be_are_held_talks(extract):
    text = ("به گزارش فارس، دومین روز مذاکرات سعید جلیلی دبیر شورای عالی امنیت ملی و کاترین اشتون مسئول سیاست خارجی "
            "اتحادیه اروپا امروز در استانبول بدون دستیابی به توافق پایان یافت.")
    events = extract(text, published="2011-01-22")["events"]
    assert [(e["type"], _names(e)) for e in events] == [("negotiation", {"سعید جلیلی", "کاترین اشتون"})]


def test_api_a_round_told_as_its_own_event_leaves_the_leads_meeting_a_meeting(extract):
    text = ("پوتین وانگ یی را پذیرفت؛ دور هجدهم رایزنی‌های امنیت راهبردی چین و روسیه برگزار شد\n\n"
            "به گزارش ایرنا، ولادیمیر پوتین رئیس‌جمهور روسیه امروز در کاخ کرملین با وانگ یی وزیر امور خارجه چین "
            "دیدار کرد.\n\nوانگ یی روز سه‌شنبه به همراه نیکلای پاتروشف دبیر شورای امنیت روسیه ریاست هجدهمین دور "
            "رایزنی‌های امنیت راهبردی دو کشور را بر عهده داشت.")
    events = extract(text, published="2023-02-22")["events"]
    assert [(e["type"], _names(e)) for e in events] == [
        ("meeting", {"ولادیمیر پوتین", "وانگ یی"}), ("negotiation", {"وانگ یی", "نیکلای پاتروشف"})]


def test_api_a_three_sided_meeting_with_a_mediator_is_multilateral_when_told_so(extract):
    text = ("نشست سه‌جانبه آنتالیا بدون نتیجه پایان یافت\n\nبه گزارش ایسنا، سرگئی لاوروف و دیمیترو کولبا وزیران امور "
            "خارجه روسیه و اوکراین امروز با میانجیگری مولود چاووش‌اوغلو وزیر امور خارجه ترکیه در آنتالیا گفت‌وگو کردند.")
    events = extract(text, published="2022-03-10")["events"]
    assert [(e["type"], len(e["participants"])) for e in events] == [("multilateral_meeting", 3)]


@pytest.mark.parametrize("text, city", [
    ("به گزارش مهر، فرمانده ناوگروه ایران امروز در بندر کوچی هند با فرمانده منطقه جنوبی نیروی دریایی هند دیدار کرد.",
     "Kochi"),
    ("به گزارش مهر، فرمانده ناوگروه ایران امروز در بندر ژانجیانگ چین با فرمانده ناوگان دریای جنوبی چین دیدار کرد.",
     "Zhanjiang"),
])
def test_api_port_calls_in_ports_the_gazetteer_now_holds(extract, text, city):
    assert [e["location"]["name_en"] for e in extract(text, published="2015-05-10")["events"]] == [city]


def test_api_people_present_in_a_clause_telling_the_meeting_held_took_part(extract):
    text = ("به گزارش صدا و سیما، فریدون همتی استاندار هرمزگان امروز در دیدار با فرمانده نیروی دریایی عمان که با حضور "
            "سرکنسول عمان در بندرعباس برگزار شد، بر گسترش همکاری‌های دریایی تأکید کرد.")
    events = extract(text, published="2019-05-12")["events"]
    assert [sorted((p["role"]["code"], p["country"]) for p in e["participants"]) for e in events] == [
        [("ambassador", "OM"), ("military_commander", "OM"), ("official", "IR")]]


@pytest.mark.parametrize("text, events", [
    ("به گزارش خاما، حکمت خلیل کرزی معین سیاسی وزارت امور خارجه امروز ابرار حسین سفیر پاکستان در کابل را به این "
     "وزارت فراخواند و اعتراض حکومت را به وی ابلاغ کرد.", [{"حکمت خلیل کرزی", "ابرار حسین"}]),
    ("به گزارش ایرنا، وزارت امور خارجه عراق امروز سفیر خود در تهران را برای رایزنی فراخواند.", []),
])
def test_api_an_ambassador_summoned_met_the_one_who_summoned_him_but_a_recall_is_no_contact(extract, text, events):
    assert [_names(e) for e in extract(text, published="2016-06-13")["events"]] == events


@pytest.mark.parametrize("text, city", [
    ("به گزارش ایرنا، رجب طیب اردوغان رئیس‌جمهور ترکیه امروز وارد الجزیره شد و با عبدالمجید تبون رئیس‌جمهور الجزایر "
     "دیدار کرد.", "Algiers"),
    ("به گزارش طلوع‌نیوز، گل‌آغا شیرزی والی ننگرهار امروز به پشاور رفت و با اویس احمد غنی والی ایالت سرحد پاکستان "
     "دیدار کرد.", "Peshawar"),
])
def test_api_cities_in_the_spelling_of_persian_and_dari_outlets(extract, text, city):
    assert [e["location"]["name_en"] for e in extract(text, published="2020-01-26")["events"]] == [city]


def test_api_al_jazeera_is_no_city(extract):
    text = ("به گزارش ایرنا به نقل از الجزیره، وزیر امور خارجه الجزایر امروز در تهران با همتای ایرانی خود دیدار کرد.")
    assert [e["location"]["name_en"] for e in extract(text, published="2020-01-26")["events"]] == ["Tehran"]


def test_api_a_pronoun_subject_is_the_visitor_not_the_host_named_last(extract):
    text = ("به گزارش پژواک، رشید مرادوف وزیر امور خارجه ترکمنستان امروز در اسلام‌آباد با شاه محمود قریشی همتای "
            "پاکستانی خود دیدار کرد. قریشی در این دیدار گفت صلح در افغانستان شرط اصلی اجرای پروژه است.\n\n"
            "نامبرده پس از آن با عمران خان صدراعظم پاکستان دیدار کرد.")
    events = extract(text, published="2021-02-02")["events"]
    assert [_names(e) for e in events] == [{"رشید مرادوف", "شاه محمود قریشی"}, {"رشید مرادوف", "عمران خان"}]


@pytest.mark.parametrize("text, count", [
    ("به گزارش ایرنا، شکورجان ظهوروف رئیس مجلس نمایندگان تاجیکستان امروز در تهران با علی لاریجانی دیدار کرد.\n\n"
     "وی همچنین با محمدجواد ظریف وزیر امور خارجه و اسحاق جهانگیری معاون اول رئیس‌جمهور دیدار کرد.", 3),
    ("به گزارش ایرنا، شکورجان ظهوروف رئیس مجلس نمایندگان تاجیکستان امروز در تهران با علی لاریجانی و محمدجواد ظریف "
     "وزیر امور خارجه دیدار کرد.", 1),
])
def test_api_also_meeting_two_people_named_with_their_offices_is_a_meeting_with_each(extract, text, count):
    assert len(extract(text, published="2016-11-15")["events"]) == count


def test_api_a_call_told_by_its_manner_in_the_past_perfect_is_background(extract):
    text = ("به گزارش ایسنا، وی فنگ‌خه وزیر دفاع چین امروز در سنگاپور با لوید آستین وزیر دفاع آمریکا دیدار کرد. "
            "وزیران دفاع دو کشور ماه آوریل نیز به صورت تلفنی با یکدیگر گفت‌وگو کرده بودند.")
    assert [e["type"] for e in extract(text, published="2022-06-10")["events"]] == ["meeting"]


def test_api_a_security_conference_is_a_forum_and_its_sideline_meeting_the_contact(extract):
    text = ("به گزارش مهر، امیر حاتمی وزیر دفاع که برای شرکت در هفتمین کنفرانس امنیت بین‌المللی مسکو به روسیه سفر کرده "
            "است، امروز در حاشیه این کنفرانس با خرم دستگیر خان وزیر دفاع پاکستان دیدار کرد.\n\nکنفرانس امنیت بین‌المللی "
            "مسکو امروز با پیام رئیس‌جمهور روسیه و با حضور وزیران دفاع ده‌ها کشور آغاز شد.")
    assert [e["type"] for e in extract(text, published="2018-04-04")["events"]] == ["meeting"]


def test_api_a_leaders_talks_after_an_official_welcome_told_without_a_place_are_the_visit(extract):
    text = ("به گزارش ایسنا، شینزو آبه نخست‌وزیر ژاپن صبح امروز در تهران با علی خامنه‌ای رهبر انقلاب اسلامی دیدار "
            "کرد.\n\n"
            "آبه عصر روز گذشته نیز پس از مراسم استقبال رسمی در مجموعه سعدآباد، با حسن روحانی رئیس‌جمهور دیدار و "
            "گفت‌وگو کرده بود.")
    events = extract(text, published="2019-06-13")["events"]
    assert [(e["type"], _names(e)) for e in events] == [("meeting", {"شینزو آبه", "علی خامنه‌ای"}),
                                                       ("visit", {"شینزو آبه", "حسن روحانی"})]


def test_api_the_visit_is_the_talks_with_the_host_leader_even_when_told_after_the_speakers_meeting(extract):
    text = ("به گزارش فارس، میشل سلیمان رئیس‌جمهور لبنان عصر امروز در مجلس شورای اسلامی با علی لاریجانی رئیس مجلس "
            "دیدار کرد.\n\nمیشل سلیمان روز گذشته وارد تهران شد و پس از مراسم استقبال رسمی در مجموعه سعدآباد، با محمود "
            "احمدی‌نژاد رئیس‌جمهور کشورمان گفت‌وگو کرد.")
    events = extract(text, published="2008-11-25")["events"]
    assert sorted((e["type"], tuple(sorted(_names(e)))) for e in events) == [
        ("meeting", ("علی لاریجانی", "میشل سلیمان")), ("visit", ("محمود احمدی‌نژاد", "میشل سلیمان"))]


@pytest.mark.parametrize("text, events", [
    ("به گزارش فارس، حسین دهقان وزیر دفاع امروز در همایش سالانه مدیران صنایع هوایی شرکت کرد.", []),
    ("به گزارش فارس، حسین دهقان وزیر دفاع امروز در نشست وزیران دفاع سازمان همکاری شانگهای در آستانه شرکت کرد.",
     ["multilateral_meeting"]),
])
def test_api_one_person_at_a_gathering_at_home_is_no_contact(extract, text, events):
    assert [e["type"] for e in extract(text, published="2016-06-08")["events"]] == events


def test_api_a_meeting_and_its_talks_told_in_one_sentence_with_a_representative_of_no_country_are_one(extract):
    text = ("به گزارش طلوع‌نیوز، فیروزالدین فیروز وزیر صحت عامه امروز در کابل با نماینده سازمان جهانی صحت در افغانستان "
            "دیدار کرد و دو طرف درباره کارزار واکسین فلج اطفال گفتگو کردند.")
    assert len(extract(text, published="2018-10-22")["events"]) == 1


def test_api_planning_told_after_the_contact_verb_is_someone_elses(extract):
    text = ("به گزارش مهر، اسکندر مومنی وزیر کشور امروز در تماس تلفنی با محسن نقوی وزیر کشور پاکستان خواستار اقدام "
            "فوری علیه گروهکی شد که از آن سوی مرز حملاتی را برنامه‌ریزی می‌کند.")
    events = extract(text, published="2024-05-02")["events"]
    assert [(e["type"], _names(e)) for e in events] == [("phone_call", {"اسکندر مؤمنی", "محسن نقوی"})]


def test_api_a_surname_that_is_also_a_title_is_the_person_named_before(extract):
    text = ("به گزارش ایرنا، رحمان ملک وزیر کشور پاکستان صبح امروز در تهران با مصطفی محمدنجار وزیر کشور دیدار کرد.\n\n"
            "ملک عصر امروز نیز با علی‌اکبر صالحی وزیر امور خارجه دیدار و گفتگو کرد.")
    events = extract(text, published="2011-02-14")["events"]
    assert [sorted(p["role"]["code"] for p in e["participants"]) for e in events] == [
        ["minister", "minister"], ["foreign_minister", "minister"]]


def test_api_one_host_with_title_only_officials_of_two_countries_told_apart_is_two_contacts(extract):
    text = ("به گزارش ایسنا، امیر دریادار شهرام ایرانی فرمانده نیروی دریایی ارتش امروز وابسته نظامی عراق را به حضور "
            "پذیرفت.\n\nفرمانده نیروی دریایی ارتش سپس با وابسته دفاعی اندونزی نیز گفتگو کرد.")
    events = extract(text, published="2024-02-11")["events"]
    assert sorted(p["country"] for e in events for p in e["participants"] if not p["name"]) == ["ID", "IQ"]
    assert len(events) == 2


def test_api_the_governor_of_van_is_turkish_and_a_tub_is_no_city(extract):
    text = ("به گزارش فارس، معاون استاندار آذربایجان غربی امروز در ارومیه با معاون والی وان دیدار کرد. "
            "دو طرف درباره بازارچه‌های مرزی ایران و ترکیه گفتگو کردند.")
    events = extract(text, published="2013-06-11")["events"]
    assert [sorted(p["country"] for p in e["participants"]) for e in events] == [["IR", "TR"]]
    text = "به گزارش فارس، کودک در وان حمام افتاد. وزیر در آنکارا با سفیر ترکیه دیدار کرد."
    assert [e["location"]["name_en"] for e in extract(text, published="2013-06-11")["events"]] == ["Ankara"]


def test_api_a_citys_friday_prayer_leader_is_of_its_country_and_not_the_supreme_leader(extract):
    text = "به گزارش مهر، امام جمعه مشهد امروز در مشهد با سرکنسول عراق دیدار کرد."
    events = extract(text, published="2017-10-29")["events"]
    assert [sorted((p["country"], p["name"]) for p in e["participants"]) for e in events] == [
        [("IQ", None), ("IR", None)]]


def test_api_a_trip_told_in_the_subjects_relative_clause_is_not_what_was_held(extract):
    text = ("به گزارش مهر، نیکلای پاتروشف دبیر شورای امنیت روسیه که در رأس هیئتی به چین سفر کرده است، روز سه‌شنبه دور "
            "تازه رایزنی‌های امنیتی دو کشور را به همراه یانگ جیه‌چی عضو دفتر سیاسی حزب کمونیست چین در پکن برگزار کرد.")
    events = extract(text, published="2019-11-13")["events"]
    assert [(e["type"], _names(e)) for e in events] == [("negotiation", {"نیکلای پاتروشف", "یانگ جیه‌چی"})]


@pytest.mark.parametrize("talks", ["گفتگوهای رسمی انجام داد", "مذاکرات دوجانبه انجام داد", "رایزنی‌های مفصل انجام داد"])
def test_api_talks_carried_out_with_someone_are_a_contact(extract, talks):
    text = f"به گزارش ایرنا، محمود احمدی‌نژاد امروز در دوشنبه با امامعلی رحمان رئیس‌جمهور تاجیکستان {talks}."
    events = extract(text, published="2008-09-01")["events"]
    assert [_names(e) for e in events] == [{"محمود احمدی‌نژاد", "امامعلی رحمان"}]


def test_api_the_datelines_day_is_the_dispatchs_not_the_meetings(extract):
    text = ("خبرگزاری ملی تاجیکستان «خاور»\n\nدوشنبه، 27 ژوئیه (خاور) – نشست امامعلی رحمان رئیس‌جمهور تاجیکستان و "
            "محمود احمدی‌نژاد رئیس‌جمهور ایران روز چهارشنبه در کاخ ملت برگزار شد.")
    events = extract(text, published="2006-07-27")["events"]
    assert [e["date"]["value"] for e in events] == ["2006-07-26"]


def test_api_a_namesake_of_a_registered_foreigner_takes_neither_his_country_nor_his_name(extract):
    text = ("به گزارش ایسنا، «آنتونیو ماریا کوستا» مدیر اجرایی دفتر مقابله با مواد مخدر و جرم سازمان ملل امروز در "
            "تهران با علی کردان وزیر کشور دیدار کرد.\n\nکوستا در این دیدار از کشفیات مواد مخدر در ایران قدردانی کرد.")
    events = extract(text, published="2008-09-07")["events"]
    assert [sorted((p["name"], p["role"]["code"], p["country"] or "") for p in e["participants"]) for e in events] == [
        [("آنتونیو ماریا کوستا", "head_of_organization", ""), ("علی کردان", "minister", "IR")]]


@pytest.mark.parametrize("earlier", ["حدود دو هفته پیش به کابل سفر کرد و", "سه ماه قبل به کابل سفر کرده و"])
def test_api_a_contact_dated_weeks_back_is_background_in_any_tense(extract, earlier):
    text = ("به گزارش آریانا، امیرخان متقی شب گذشته در تماس تلفنی با بلاول بوتو زرداری وزیر خارجه پاکستان گفتگو "
            "کرد.\n\n"
            f"حنا ربانی کهر معاون وزیر خارجه پاکستان {earlier} با مقام‌های امارت اسلامی درباره تجارت، ترانزیت و امنیت "
            "مرزی و گذرگاه‌های دو کشور گفتگو کرده بود.")
    assert [e["type"] for e in extract(text, published="2022-12-13")["events"]] == ["phone_call"]


def test_api_the_speakers_of_two_houses_are_two_people_and_two_contacts(extract):
    text = ("به گزارش خاور، رئیس مجلس نمایندگان مجلس عالی جمهوری تاجیکستان امروز با هیئت پارلمانی ایران ملاقات کرد.\n\n"
            "در همان روز هیئت پارلمانی ایران از سوی رئیس مجلس ملی مجلس عالی جمهوری تاجیکستان محمدسعید عبیداللهیف نیز "
            "پذیرفته شد.")
    events = extract(text, published="2014-04-16")["events"]
    assert [sorted(p["name"] or "" for p in e["participants"] if p["country"] == "TJ") for e in events] == [
        [""], ["محمدسعید عبیداللهیف"]]


def test_api_the_ministers_of_a_country_as_subject_are_its_ministers_told_before(extract):
    text = ("به گزارش ایرنا، سرگئی لاوروف وزیر امور خارجه و سرگئی شویگو وزیر دفاع روسیه امروز در قاهره با نبیل فهمی "
            "وزیر امور خارجه مصر گفتگو کردند.\n\nوزیران روسی پیش از این نشست در کاخ ریاست جمهوری با عدلی منصور "
            "رئیس‌جمهور موقت مصر دیدار کردند.")
    events = extract(text, published="2013-11-14")["events"]
    assert sorted(tuple(sorted(_names(e))) for e in events) == [
        ("سرگئی شویگو", "سرگئی لاوروف", "عدلی منصور"), ("سرگئی شویگو", "سرگئی لاوروف", "نبیل فهمی")]


def test_api_people_present_at_what_came_before_this_meeting_are_not_at_it(extract):
    text = ("به گزارش تسنیم، ابراهیم عزیزی رئیس کمیسیون امنیت ملی مجلس امروز با گریگور هاکوبیان سفیر ارمنستان در تهران "
            "گفتگو کرد.\n\nاین دیدار چند روز پس از امضای بیانیه مشترک الهام علی‌اف و نیکول پاشینیان در کاخ سفید با حضور "
            "دونالد ترامپ صورت گرفت.")
    events = extract(text, published="2025-08-12")["events"]
    assert [(e["type"], _names(e)) for e in events] == [("meeting", {"ابراهیم عزیزی", "گریگور هاکوبیان"})]


def test_api_a_consul_general_present_is_not_the_ambassador_named_before(extract):
    text = ("به گزارش ایرنا، مهدی سنایی سفیر ایران در روسیه امروز در آستاراخان با «الکساندر ژیلکین» استاندار این منطقه "
            "دیدار کرد.\n\nدر این دیدار که سرکنسول کشورمان در آستاراخان نیز حضور داشت، دو طرف درباره کشتیرانی خزر "
            "گفتگو کردند.")
    events = extract(text, published="2016-09-26")["events"]
    assert [sorted((p["name"] or "", p["role"]["code"]) for p in e["participants"]) for e in events] == [
        [("", "ambassador"), ("الکساندر ژیلکین", "official"), ("مهدی سنایی", "ambassador")]]


def test_api_amman_is_a_place_where_something_is_held_and_safety_is_no_city(extract):
    text = ("به گزارش ایرنا، نشست سران عراق، مصر و اردن امروز با حضور عبدالفتاح السیسی و مصطفی الکاظمی در امان برگزار "
            "شد.\n\nالکاظمی هفته گذشته در سفری به واشنگتن با دونالد ترامپ رئیس‌جمهور آمریکا دیدار کرده بود.")
    assert [e["location"]["name_en"] for e in extract(text, published="2020-08-25")["events"]] == ["Amman"]
    text = "به گزارش ایرنا، مردم اردن از این حمله در امان ماندند. وزیر در بغداد با سفیر اردن دیدار کرد."
    assert [e["location"]["name_en"] for e in extract(text, published="2020-08-25")["events"]] == ["Baghdad"]


def test_api_the_city_of_a_trip_told_weeks_back_places_no_later_contact(extract):
    text = ("به گزارش ایرنا، مصطفی الکاظمی نخست‌وزیر عراق امروز در حاشیه نشست سران با عبدالفتاح السیسی رئیس‌جمهور مصر "
            "دیدار کرد.\n\nالکاظمی هفته گذشته در سفری به واشنگتن با دونالد ترامپ رئیس‌جمهور آمریکا دیدار کرده بود.")
    assert [e["location"] for e in extract(text, published="2020-08-25")["events"]] == [None]


def test_api_a_name_in_guillemets_opening_with_a_first_name_is_named_again_by_its_surname(extract):
    text = ("به گزارش ایسنا، دور جدید رایزنی‌های معاونان وزیران خارجه ایران و روسیه امروز به ریاست ابراهیم رحیم‌پور و "
            "«ایگور مورگولوف» در تهران برگزار شد.\n\nمعاون وزیر خارجه روسیه در این نشست از عضویت ایران در سازمان "
            "همکاری شانگهای حمایت کرد.\n\nمورگولوف عصر امروز با محمدجواد ظریف وزیر امور خارجه نیز دیدار کرد.")
    events = extract(text, published="2016-11-27")["events"]
    assert [(e["type"], sorted((p["name"], p["country"]) for p in e["participants"])) for e in events] == [
        ("negotiation", [("ابراهیم رحیم‌پور", "IR"), ("ایگور مورگولوف", "RU")]),
        ("meeting", [("ایگور مورگولوف", "RU"), ("محمدجواد ظریف", "IR")])]


def test_api_the_two_holders_of_an_office_as_subject_are_their_contact_told_before(extract):
    text = ("به گزارش ایسنا، احمد داوود اوغلو نخست‌وزیر ترکیه امروز وارد بغداد شد و مورد استقبال حیدر العبادی نخست‌وزیر "
            "عراق قرار گرفت.\n\nدو نخست‌وزیر در گفت‌وگوهای خود که با حضور مولود چاووش اوغلو وزیر امور خارجه ترکیه و "
            "ابراهیم الجعفری وزیر امور خارجه عراق برگزار شد، درباره مبارزه با داعش گفتگو کردند.")
    events = extract(text, published="2014-11-20")["events"]
    assert [len(e["participants"]) for e in events] == [4]


def test_api_the_register_names_no_one_twice_in_a_contact(extract):
    text = ("به گزارش تسنیم، بشار اسد رئیس‌جمهور سوریه امروز در دبی با محمد بن راشد آل مکتوم معاون رئیس دولت، "
            "نخست‌وزیر امارات و حاکم دبی دیدار کرد.")
    events = extract(text, published="2022-03-18")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [["بشار اسد", "محمد بن راشد آل مکتوم"]]


def test_api_an_official_welcome_by_a_host_with_a_long_title_is_a_visit(extract):
    text = ("به گزارش تسنیم، بشار اسد رئیس‌جمهور سوریه امروز به ابوظبی رفت و در کاخ الشاطئ با استقبال رسمی محمد بن زاید "
            "آل نهیان ولیعهد ابوظبی و جانشین فرمانده کل نیروهای مسلح امارات روبه‌رو شد.")
    events = extract(text, published="2022-03-18")["events"]
    assert [(e["type"], len(e["participants"])) for e in events] == [("visit", 2)]


def test_api_representatives_of_listed_countries_among_the_participants_are_one_official_each(extract):
    text = ("به گزارش طلوع‌نیوز، کنفرانس صلح افغانستان امروز به ریاست مشترک محمد اشرف غنی و شوکت میرضیایف در تاشکند "
            "برگزار شد.\n\nدر این کنفرانس وزیران خارجه بیست کشور حضور داشتند.\n\nنمایندگان روسیه، چین و هند نیز در "
            "میان شرکت‌کنندگان بودند.")
    events = extract(text, published="2018-03-27")["events"]
    assert [sorted(p["country"] for p in e["participants"] if not p["name"]) for e in events] == [["CN", "IN", "RU"]]


@pytest.mark.parametrize("among", ["نیز در میان اشتراک‌کنندگان بودند", "در میان شرکت‌کنندگان اجلاس هستند"])
def test_api_leaders_named_among_the_participants_attend_the_session_just_told(extract, among):
    text = ("به گزارش ایرنا، نشست سران سازمان همکاری اسلامی امروز به ریاست عبدالفتاح السیسی رئیس‌جمهور مصر در قاهره "
            "گشایش یافت. کاسیم ژومارت توکایف رئیس‌جمهور قزاقستان در این نشست سخنرانی کرد. "
            f"شهباز شریف نخست‌وزیر پاکستان و الهام علی‌اف رئیس‌جمهور آذربایجان {among}.")
    events = extract(text, published="2024-05-04")["events"]
    assert {"شهباز شریف", "الهام علی‌اف"} <= _names(events[0])


@pytest.mark.parametrize("member", ["در هیئت قزاقستان مراد نورتلئو وزیر امور خارجه نیز حضور دارد",
                                    "مراد نورتلئو وزیر امور خارجه در هیئت قزاقستان حضور دارد"])
def test_api_a_named_member_of_a_delegation_present_attends_the_session_just_told(extract, member):
    text = ("به گزارش ایرنا، نشست سران سازمان همکاری شانگهای امروز در آستانه آغاز شد. قاسم جومارت توکایف "
            f"رئیس‌جمهور قزاقستان و شی جین‌پینگ رئیس‌جمهور چین در نشست افتتاحیه سخنرانی کردند. {member}.")
    events = extract(text, published="2024-07-04")["events"]
    assert "مراد نورتلئو" in _names(events[0])


def test_api_a_relative_clause_on_a_delegation_member_adds_him_to_no_earlier_contact(extract):
    text = ("به گزارش ایرنا، ابراهیم الجعفری نخست‌وزیر عراق امروز با حسن روحانی دبیر شورای عالی امنیت ملی دیدار کرد. "
            "همچنین وزیر نفت عراق که در هیئت همراه نخست‌وزیر این کشور حضور دارد، امروز با بیژن نامدار زنگنه وزیر "
            "نفت کشورمان دیدار کرد.")
    events = extract(text, published="2005-07-17")["events"]
    assert [sorted(p["role"]["code"] for p in e["participants"]) for e in events][0] == [
        "head_of_government", "security_council_secretary"]


def test_api_heads_present_at_a_session_told_by_its_chair_attend_it(extract):
    text = ("سفر دولتی حسن روحانی رئیس جمهوری ایران به تاجیکستان که همزمان با اجلاس سران سیکا انجام شد، روز یکشنبه "
            "به پایان رسید.\n\nاجلاس سران سیکا روز شنبه در کاخ ملت برگزار شد و امامعلی رحمان رئیس جمهوری تاجیکستان "
            "به عنوان رئیس کنونی سیکا ریاست آن را بر عهده داشت. ولادیمیر پوتین رئیس جمهوری روسیه و رجب طیب اردوغان "
            "رئیس جمهوری ترکیه از جمله سران حاضر در این اجلاس بودند.")
    events = extract(text, published="2019-06-17")["events"]
    assert any({"امامعلی رحمان", "ولادیمیر پوتین", "رجب طیب اردوغان"} <= _names(e) for e in events)


@pytest.mark.parametrize("apart", ["در مراسم جداگانه‌ای", "در مراسمی"])
def test_api_new_ambassadors_of_listed_countries_hand_their_credentials_one_by_one(extract, apart):
    text = (f"به گزارش ایرنا، سفرای جدید ویتنام، ایالات متحده مکزیک و کنیا امروز {apart} در مجموعه سعدآباد "
            "استوارنامه‌های خود را تقدیم مسعود پزشکیان رئیس‌جمهور کردند.")
    events = extract(text, published="2026-01-18")["events"]
    assert sorted(p["country"] for e in events for p in e["participants"] if not p["name"]) == ["KE", "MX", "VN"]
    assert len(events) == 3


@pytest.mark.parametrize("summons", ["امروز به وزارت امور خارجه احضار شد", "امروز به وزارت امور خارجه فراخوانده شد"])
def test_api_an_ambassador_summoned_to_the_ministry_met_its_official(extract, summons):
    text = f"به گزارش تسنیم، نیکلا روش سفیر فرانسه در تهران {summons}."
    events = extract(text, published="2023-01-05")["events"]
    assert [sorted((p["role"]["code"], p["country"]) for p in e["participants"]) for e in events] == [
        [("ambassador", "FR"), ("official", "IR")]]


def test_api_a_summons_told_in_the_past_perfect_of_an_earlier_month_is_background(extract):
    text = ("به گزارش ایرنا، فرماندهان مرزبانی بنگلادش و هند امروز در دهلی نو دیدار کردند.\n\nدر ماه ژانویه وزارت "
            "خارجه بنگلادش «پرانای ورما» کمیسر عالی هند در داکا را احضار کرده بود.")
    assert len(extract(text, published="2025-02-20")["events"]) == 1


def test_api_the_president_of_the_kurdistan_region_by_title_is_the_one_named_before(extract):
    text = ("به گزارش فارس، ابراهیم رئیسی رئیس‌جمهور عصر امروز در تهران با نچیروان بارزانی دیدار کرد.\n\n"
            "رئیس اقلیم کردستان عراق پیش از ظهر امروز نیز با حسین امیرعبداللهیان وزیر امور خارجه دیدار کرده بود.")
    events = extract(text, published="2024-05-06")["events"]
    assert sorted(tuple(sorted((p["name"], p["country"]) for p in e["participants"])) for e in events) == [
        (("ابراهیم رئیسی", "IR"), ("نچیروان بارزانی", "IQ")),
        (("حسین امیرعبداللهیان", "IR"), ("نچیروان بارزانی", "IQ"))]


def test_api_someone_present_at_both_meetings_joins_both(extract):
    text = ("به گزارش صدا و سیما، مسعود پزشکیان رئیس‌جمهور امروز در نیویورک با «فومیو کیشیدا» نخست‌وزیر ژاپن دیدار کرد."
            "\n\nرئیس‌جمهور شامگاه امروز نیز با «ویولا آمهرد» رئیس کنفدراسیون سوئیس دیدار کرد.\n\nسید عباس عراقچی وزیر "
            "امور خارجه در هر دو دیدار حضور داشت.")
    events = extract(text, published="2024-09-24")["events"]
    assert ["عباس عراقچی" in _names(e) for e in events] == [True, True]


def test_api_astana_opening_a_dateline_places_the_meeting(extract):
    text = ("آستانه - ایرنا - «مانموهان سینگ» نخست‌وزیر هند و «نورسلطان نظربایف» رئیس جمهور قزاقستان امروز شنبه "
            "دیدار و گفت‌وگو کردند.")
    assert [e["location"]["name_en"] for e in extract(text, published="2011-04-16")["events"]] == ["Astana"]


def test_api_a_summons_and_the_ministers_who_met_the_ambassador_are_one_contact(extract):
    text = ("سفیر پاکستان به وزارت خارجه فراخوانده شد\n\nبه گزارش طلوع‌نیوز، منصور احمد خان سفیر پاکستان در کابل روز "
            "گذشته به این وزارت فراخوانده شد و امیرخان متقی سرپرست وزارت خارجه با او دیدار کرد.\n\nذبیح‌الله مجاهد "
            "سخنگوی امارت اسلامی گفت این حملات تحمل‌ناپذیر است.")
    events = extract(text, published="2022-04-17")["events"]
    assert len(events) == 1
    assert "ذبیح‌الله مجاهد" not in _names(events[0])


def test_api_a_summons_sharing_a_past_perfect_verb_after_it_is_background(extract):
    text = ("به گزارش ایرنا، فرماندهان تیپ‌های هند و پاکستان امروز در پونچ دیدار کردند.\n\nرنجان ماتای معاون وزیر امور "
            "خارجه هند هفته گذشته سلمان بشیر کمیسر عالی پاکستان را احضار و اعتراض دهلی نو را به وی ابلاغ کرده بود.")
    assert len(extract(text, published="2013-01-14")["events"]) == 1


def test_api_an_ambassador_summoned_to_the_ministry_of_this_country_met_its_official(extract):
    text = ("به گزارش صدا و سیما، علی چگینی سفیر ایران در هند دیروز به وزارت امور خارجه این کشور فراخوانده شد.")
    events = extract(text, published="2020-03-04")["events"]
    assert [sorted(p["country"] for p in e["participants"]) for e in events] == [["IN", "IR"]]


@pytest.mark.parametrize("call", ["در یک گفتگوی تلفنی حدود یک ساعته با", "در تماس تلفنی طولانی با"])
def test_api_a_call_described_before_its_other_side_still_takes_it(extract, call):
    text = (f"به گزارش دفاع پرس، «لوید آستین» وزیر دفاع آمریکا روز جمعه {call} «سرگئی شویگو» وزیر دفاع روسیه "
            "خواستار آتش‌بس فوری در اوکراین شد.")
    events = extract(text, published="2022-05-14")["events"]
    assert [(e["type"], _names(e)) for e in events] == [("phone_call", {"لوید آستین", "سرگئی شویگو"})]


def test_api_a_call_told_again_as_talks_after_a_dated_ceremony_is_the_same_call(extract):
    text = ("به گزارش ایسنا، محمد بن سلمان ولیعهد عربستان شامگاه گذشته در تماسی تلفنی با دونالد ترامپ رئیس‌جمهور آمریکا "
            "گفتگو کرد.\n\nبن سلمان نخستین رهبر خارجی است که پس از مراسم تحلیف روز دوشنبه با رئیس‌جمهور جدید آمریکا "
            "گفت‌وگو کرده است.")
    events = extract(text, published="2025-01-23")["events"]
    assert [e["type"] for e in events] == ["phone_call"]


def test_api_talks_of_a_delegation_with_a_group_that_ended_are_a_round(extract):
    """The ezafe form `گفت‌وگوی` names what ended (`دو روز گفت‌وگوی هیئت ایران با گروه ۱+۵ ... به پایان رسید`); read on
    the lead and the next round's announcement of the sample that showed it."""
    path = next((SAMPLES / "fa").glob("fa-3121-*.txt"))
    text = "\n".join(path.read_text(encoding="utf-8").splitlines()[:11])
    events = extract(text)["events"]
    assert [(e["type"], len(e["participants"])) for e in events] == [("negotiation", 8)]

def test_api_kahramanmaras_is_a_city_not_the_surname_of_a_speaker(extract):
    text = ("به گزارش ایلنا، عصمت ییلماز وزیر دفاع ترکیه امروز در کهرمان‌مرعش با توماس دمزیر وزیر دفاع آلمان دیدار "
            "کرد.")
    events = extract(text, published="2013-02-23")["events"]
    assert [(len(e["participants"]), e["location"]["name_en"]) for e in events] == [(2, "Kahramanmaraş")]


def test_api_the_secretaries_of_the_security_councils_of_listed_countries_are_one_each(extract):
    text = ("به گزارش صدا و سیما، نشست دبیران شوراهای امنیت کشورهای عضو سازمان همکاری شانگهای امروز به ریاست آجیت "
            "دووال در دهلی‌نو برگزار شد.\n\nدر این نشست دبیران شوراهای امنیت قزاقستان، قرقیزستان و ازبکستان شرکت "
            "داشتند.")
    events = extract(text, published="2023-03-29")["events"]
    assert sorted((p["role"]["code"], p["country"]) for e in events for p in e["participants"] if not p["name"]) == [
        ("security_council_secretary", "KG"), ("security_council_secretary", "KZ"),
        ("security_council_secretary", "UZ")]


def test_api_two_ministers_who_co_chaired_a_session_held_talks(extract):
    text = ("به گزارش ایلنا، گوئو شنگ‌کون وزیر امنیت عمومی چین و تو لام وزیر امنیت عمومی ویتنام روز دوشنبه در هانوی "
            "ریاست مشترک پنجمین کنفرانس وزارتخانه‌های امنیت عمومی دو کشور درباره همکاری در مبارزه با جرایم را بر عهده "
            "داشتند.")
    events = extract(text, published="2016-09-27")["events"]
    assert [(e["type"], len(e["participants"])) for e in events] == [("negotiation", 2)]


def test_api_a_call_two_sides_agreed_their_leaders_should_have_is_planned(extract):
    text = ("به گزارش خبرآنلاین، وانگ یی و جیک سالیوان امروز در بانکوک گفتگو کردند.\n\nدو طرف توافق کردند که جو "
            "بایدن و شی جین‌پینگ در ماه‌های آینده گفت‌وگوی تلفنی داشته باشند.")
    result = extract(text, published="2024-01-27")
    assert [e["type"] for e in result["events"]] == ["meeting"]
    assert [(c["status"], c["type"]) for c in result["other_contacts"]] == [("planned", "phone_call")]


def test_api_a_leader_who_announced_he_had_talked_with_someone_is_a_side(extract):
    text = ("به گزارش ایسنا، دونالد ترامپ رئیس‌جمهور آمریکا امروز اعلام کرد که با محمد بن سلمان ولیعهد عربستان تلفنی "
            "گفت‌وگو کرده است.")
    events = extract(text, published="2020-04-02")["events"]
    assert [(e["type"], _names(e)) for e in events] == [("phone_call", {"دونالد ترامپ", "محمد بن سلمان"})]


def test_api_the_head_of_the_popular_mobilisation_by_title_is_the_one_named_before(extract):
    text = ("به گزارش تسنیم، فالح الفیاض رئیس سازمان حشدالشعبی عراق امروز با سرلشکر محمد پاکپور فرمانده کل سپاه دیدار "
            "کرد.\n\nرئیس حشدالشعبی روز گذشته نیز با علی لاریجانی دبیر شورای عالی امنیت ملی دیدار کرده بود.")
    events = extract(text, published="2025-10-21")["events"]
    assert sorted(tuple(sorted(_names(e))) for e in events) == [("علی لاریجانی", "فالح الفیاض"),
                                                              ("فالح الفیاض", "محمد پاکپور")]


def test_api_someone_who_spoke_in_the_session_of_a_summit_attended_it(extract):
    text = ("به گزارش ایلنا، اجلاس سران اتحادیه عرب امروز به میزبانی عبدالفتاح السیسی رئیس‌جمهور مصر در شرم‌الشیخ آغاز "
            "شد.\n\nدر نشست افتتاحیه، سلمان بن عبدالعزیز پادشاه عربستان گفت عملیات در یمن ادامه خواهد یافت.")
    events = extract(text, published="2015-03-28")["events"]
    assert [(e["type"], _names(e)) for e in events] == [
        ("multilateral_meeting", {"عبدالفتاح السیسی", "سلمان بن عبدالعزیز"})]


@pytest.mark.parametrize("saturday_counterpart", [
    "مدیرکل آسیای مرکزی وزارت امور خارجه تاجیکستان",
    "رئیس اداره کل کشورهای آسیایی وزارت امور خارجه تاجیکستان",
])
def test_api_lead_without_a_day_does_not_join_contacts_told_on_two_days(extract, saturday_counterpart):
    """A lead with no date takes in Saturday's contact; Sunday's (`امروز (یکشنبه) نیز`) with another official known
    only by title is another contact, not a third telling of Saturday's."""
    text = ("به گزارش تسنیم، علی‌اکبر شیرازی سفیر ایران در دوشنبه با مقام‌های وزارت امور خارجه تاجیکستان دیدار کرده "
            f"است.\n\nآقای شیرازی روز شنبه با {saturday_counterpart} دیدار کرد و درباره سفر هیئت تجاری ایران "
            "گفت‌وگو کرد.\n\nسفیر ایران امروز (یکشنبه) نیز با مدیرکل کنسولی وزارت امور خارجه تاجیکستان دیدار کرد.")
    events = extract(text, published="2024-03-10")["events"]
    assert [e["date"]["value"] for e in events] == ["2024-03-09", "2024-03-10"]
    assert all({(p["role"]["code"], p["country"]) for p in e["participants"]} == {("ambassador", "IR"), ("official", "TJ")}
               for e in events)


def test_api_plan_told_after_a_contrast_is_not_the_calls(extract):
    """`در گفتگوی تلفنی ... پذیرفته بود که ...، اما ... اعزام خواهد شد`: the future belongs to the clause after `اما`, so
    the call itself happened."""
    text = ("به گزارش ایرنا، شهباز شریف نخست‌وزیر پاکستان روز جمعه در گفتگوی تلفنی با نارندرا مودی همتای هندی خود "
            "پذیرفته بود که رئیس سازمان اطلاعات به دهلی نو برود، اما دفتر وی روز بعد اعلام کرد که یک نماینده اعزام "
            "خواهد شد.")
    result = extract(text, published="2024-03-10")
    assert [(e["type"], e["date"]["value"]) for e in result["events"]] == [("phone_call", "2024-03-08")]


def test_api_call_asked_for_with_the_ezafe_is_requested(extract):
    """`خواستار گفتگوی تلفنی با X شده`: the noun with its ezafe is still the contact asked for."""
    text = ("به گزارش پژواک، ذبیح‌الله مجاهد سخنگوی امارت اسلامی می‌گوید، امیرخان متقی وزیر خارجه امارت اسلامی "
            "خواستار گفتگوی تلفنی با عباس عراقچی وزیر خارجه ایران شده است.")
    result = extract(text, published="2025-01-10")
    assert result["events"] == []
    assert [(c["status"], c["type"]) for c in result["other_contacts"]] == [("requested", "phone_call")]


def test_api_contact_in_a_month_of_this_year_told_as_background_is_no_event(extract):
    """`فروردین امسال` dates a past-perfect meeting four months before the article: background, not an event."""
    text = ("به گزارش ایسنا، عزیز نصیرزاده وزیر دفاع امروز در تماس تلفنی با خالد بن سلمان وزیر دفاع عربستان گفتگو "
            "کرد.\n\nوزیر دفاع عربستان فروردین امسال در سفری به تهران، با مسعود پزشکیان رئیس‌جمهور دیدار و پیام پادشاه "
            "عربستان را تقدیم کرده بود.")
    assert [e["type"] for e in extract(text, published="2025-07-27")["events"]] == ["phone_call"]


def test_api_reception_coordinated_after_a_past_perfect_meeting_is_its_own_contact(extract):
    """`وی روز سه‌شنبه با X ملاقات کرده بود و روز چهارشنبه از سوی Y پذیرفته شده بود`: the passive of the past perfect
    is a reception, and its sides are the subject and Y, not X."""
    text = ("به گزارش خاور، سراج‌الدین مهرالدین وزیر امور خارجه تاجیکستان امروز در تاشکند با بختیار سعیدوف وزیر امور "
            "خارجه ازبکستان ملاقات کرد.\n\nوزیر امور خارجه تاجیکستان پیش از این در ترکمنستان بود. وی روز سه‌شنبه در "
            "عشق‌آباد با رشید مرادوف وزیر امور خارجه ترکمنستان ملاقات کرده بود و روز چهارشنبه از سوی سردار "
            "بردی‌محمداف رئیس‌جمهور ترکمنستان پذیرفته شده بود.")
    events = extract(text, published="2026-02-12")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["بختیار سعیدوف", "سراج‌الدین مهرالدین"], ["رشید مرادوف", "سراج‌الدین مهرالدین"],
        ["سراج‌الدین مهرالدین", "سردار بردی‌محمداف"]]
    assert [e["date"]["value"] for e in events] == ["2026-02-12", "2026-02-10", "2026-02-11"]


def test_api_minister_with_a_portfolio_is_not_the_foreign_minister_named_before(extract):
    """`وزیر انرژی جمهوری ازبکستان` tells his portfolio: another person than the Uzbek foreign minister named before
    (only a bare `وزیر ازبکستانی` is the one Uzbek minister named)."""
    text = ("به گزارش خاور، سراج‌الدین مهرالدین وزیر امور خارجه تاجیکستان امروز با بختیار سعیدوف وزیر امور خارجه "
            "ازبکستان ملاقات کرد. سپس سراج‌الدین مهرالدین با وزیر انرژی جمهوری ازبکستان ملاقات کرد.")
    events = extract(text, published="2026-02-12")["events"]
    assert [[(p["name"], p["role"]["code"]) for p in e["participants"] if p["country"] == "UZ"] for e in events] == [
        [("بختیار سعیدوف", "foreign_minister")], [(None, "minister")]]


TOUR_LEAD = ("به گزارش ایرنا، «ون جیابائو» نخست وزیر چین که در آخرین مرحله از سفر منطقه‌ای خود به کویت رفته است، امروز "
             "(پنجشنبه) با «شیخ صباح الاحمد الجابر الصباح» امیر کویت دیدار کرد.\n\n")


@pytest.mark.parametrize("text, names", [
    (TOUR_LEAD + "ون پیش از کویت به عمان رفته بود و روز سه‌شنبه در مسقط با «سلطان قابوس بن سعید» پادشاه عمان دیدار "
     "کرده بود.", ["صباح الاحمد الجابر الصباح", "قابوس بن سعید"]),
    # before arriving where the news is, the day before: the same trip, also with no tour told
    ("به گزارش تسنیم، مولود چاووش‌اوغلو وزیر امور خارجه ترکیه امروز چهارشنبه در قدس با «یائیر لاپید» وزیر خارجه "
     "رژیم صهیونیستی دیدار کرد.\n\nوزیر خارجه ترکیه روز گذشته پیش از ورود به قدس، به رام‌الله رفته و با «ریاض "
     "المالکی» وزیر خارجه تشکیلات خودگردان فلسطین دیدار کرده بود.", ["یائیر لاپید", "ریاض المالکی"]),
    # before a trip, with no tour told: an earlier trip's contact, background
    ("به گزارش مهر، شهباز شریف نخست‌وزیر پاکستان امروز در تهران با مسعود پزشکیان رئیس‌جمهور دیدار کرد.\n\nشریف "
     "پیش از سفر به تهران، روز یکشنبه در استانبول با رجب طیب اردوغان رئیس‌جمهور ترکیه دیدار کرده بود.",
     ["مسعود پزشکیان"]),
])
def test_api_earlier_stop_of_the_tour_told_in_the_past_perfect_is_an_event(extract, text, names):
    """A stop before this one, told in the past perfect with this week's day: an event when the article tells a tour
    (`سفر منطقه‌ای`, `مرحله از سفر`) or the stop came before arriving (`پیش از ورود به`); before a trip otherwise, it
    stays the background of another trip."""
    events = extract(text, published="2012-01-19" if "جیابائو" in text else "2024-04-25")["events"]
    assert [next(p["name"] for p in e["participants"][1:]) for e in events] == names


def test_api_pronoun_subject_is_not_the_one_met_in_guillemets(extract):
    """`او` after `... با «X» مذاکره کرده بود`: X, the one met (after `با` and a guillemet), is no antecedent; the
    subject is; and `ون` after `ون جیابائو` is his family name."""
    text = (TOUR_LEAD + "ون پیش از کویت به عمان رفته بود و روز سه‌شنبه در مسقط با «سلطان قابوس بن سعید» پادشاه عمان "
            "مذاکره کرده بود. او در نخستین مرحله از این سفر نیز روز یکشنبه در ریاض با «ملک عبدالله بن عبدالعزیز» پادشاه "
            "عربستان دیدار کرده بود.")
    events = extract(text, published="2012-01-19")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["صباح الاحمد الجابر الصباح", "ون جیابائو"], ["قابوس بن سعید", "ون جیابائو"],
        ["عبدالله بن عبدالعزیز", "ون جیابائو"]]


def test_api_provincial_council_chair_known_by_title_is_not_the_governor(extract):
    """`سپس با رئیس شورای استان کرکوک دیدار کرد` after a meeting with the governor: another person (a governor and a
    provincial council's chair are offices apart), so another contact."""
    text = ("به گزارش ایرنا، ایرج مسجدی سفیر ایران در عراق امروز در بصره با اسعد العیدانی استاندار بصره دیدار و "
            "گفت‌وگو کرد.\n\nسفیر کشورمان سپس با رئیس شورای استان بصره دیدار کرد.")
    events = extract(text, published="2018-03-12")["events"]
    assert [[(p["name"], p["role"]["code"], p["country"]) for p in e["participants"] if p["country"] == "IQ"]
            for e in events] == [[("اسعد العیدانی", "official", "IQ")], [(None, "official", "IQ")]]


def test_api_dari_governor_is_a_title(extract):
    """`گورنر` (a governor, in Dari) is a title, not the last word of the name before it."""
    text = ("کویته (پژواک): گل‌آغا شیرزی والی ننگرهار که دیروز وارد کویته مرکز ایالت بلوچستان پاکستان شد، با ذوالفقار "
            "علی مگسی گورنر این ایالت دیدار کرد.")
    events = extract(text, published="2009-05-10")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [["ذوالفقار علی مگسی", "گل‌آغا شیرزی"]]


def test_api_a_days_time_and_the_day_alone_date_one_contact(extract):
    """`روز سه‌شنبه ... در سه دیدار جداگانه با A، B و C` in the lead, then `عصر سه‌شنبه ... با C دیدار کرد`: the
    afternoon is a time of that Tuesday, so C's meeting is told twice, not held twice."""
    text = ("به گزارش ایرنا، حسن روحانی رئیس‌جمهور کشورمان روز سه‌شنبه در نیویورک در سه دیدار جداگانه با «فرانسوا "
            "اولاند» رئیس‌جمهور فرانسه، «نواز شریف» نخست‌وزیر پاکستان و «بان کی‌مون» دبیرکل سازمان ملل گفت‌وگو کرد.\n\n"
            "رئیس‌جمهور کشورمان عصر سه‌شنبه در مقر سازمان ملل با بان کی‌مون دیدار کرد. در این دیدار محمدجواد ظریف "
            "وزیر امور خارجه نیز حضور داشت.")
    events = extract(text, published="2013-09-25")["events"]
    assert len(events) == 3
    assert sorted(p["name"] for p in events[2]["participants"]) == ["بان کی‌مون", "حسن روحانی", "محمدجواد ظریف"]


def test_api_talks_over_a_telephone_line_are_a_call(extract):
    """`از طریق خط تلفن ویژه با یکدیگر گفتگو کردند`: the line makes the talks a call, whoever held them."""
    text = ("به گزارش طلوع‌نیوز، مسئولان ارشد عملیات نظامی ارتش‌های هند و پاکستان امروز از طریق خط تلفن ویژه با یکدیگر "
            "گفتگو کردند.")
    assert [e["type"] for e in extract(text, published="2013-01-16")["events"]] == ["phone_call"]


def test_api_summons_of_last_week_is_background(extract):
    """`هفته گذشته ... را احضار کرد`, in an article about today's call: a contact of last week is not its event."""
    text = ("به گزارش طلوع‌نیوز، نواز شریف نخست‌وزیر پاکستان امروز در تماس تلفنی با نارندرا مودی نخست‌وزیر هند "
            "گفتگو کرد.\n\nهفته گذشته «ویجی گوکهاله» معین وزارت خارجه هند «سهیل محمود» کمیشنر عالی پاکستان در دهلی "
            "نو را احضار کرد.")
    assert [e["type"] for e in extract(text, published="2016-01-05")["events"]] == ["phone_call"]


def test_api_first_part_of_the_talks_is_the_contact_told(extract):
    """`بخش نخست گفتگوها با حضور X و Y برگزار شد`: a part of the leaders' talks told before, so X and Y attend it; it
    is no second contact."""
    text = ("به گزارش تسنیم، «دونالد ترامپ» رئیس‌جمهور آمریکا و «ولادیمیر پوتین» رئیس‌جمهور روسیه روز گذشته در "
            "هلسینکی نخستین دیدار رسمی خود را برگزار کردند.\n\nبخش نخست گفتگوها با حضور «مایک پمپئو» و «سرگئی "
            "لاوروف» وزیران خارجه دو کشور برگزار شد و سپس دو رئیس‌جمهور به تنهایی گفتگو کردند.")
    events = extract(text, published="2018-07-17")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["دونالد ترامپ", "سرگئی لاوروف", "مایک پمپئو", "ولادیمیر پوتین"]]


@pytest.mark.parametrize("lead, expected", [
    ("در تماس‌های تلفنی جداگانه با روسای مجالس ارمنستان و جمهوری آذربایجان گفتگو کرد", "phone_call"),
    ("امروز با رئیس مجلس ملی جمهوری آذربایجان دیدار کرد", "meeting"),
])
def test_api_talk_after_a_lead_of_separate_calls_is_one_of_the_calls(extract, lead, expected):
    """`در تماس‌های تلفنی جداگانه با ...`, then `در گفتگو با X`: with no word of a meeting in person, the talk is one
    of the calls the lead sums up; after a lead of a meeting it stays a meeting."""
    text = (f"به گزارش صدا و سیما، محمدباقر قالیباف رئیس مجلس شورای اسلامی {lead}.\n\nقالیباف شامگاه دوشنبه در "
            "گفتگو با «آلن سیمونیان» رئیس مجلس ملی ارمنستان گفت راه‌حل نظامی برای مناقشه وجود ندارد.")
    events = extract(text, published="2023-09-26")["events"]
    assert [e["type"] for e in events if any(p["country"] == "AM" for p in e["participants"])] == [expected]


def test_api_sat_down_to_talk_is_a_contact(extract):
    """`با X به گفت‌وگو نشسته بود`: the guest sat down to talk with X the day before, a contact of the same trip."""
    text = ("به گزارش تسنیم، «عماد خمیس» نخست‌وزیر سوریه امروز (چهارشنبه) در تهران با حسن روحانی رئیس‌جمهور دیدار کرد."
            "\n\nخمیس روز سه‌شنبه در تهران با اسحاق جهانگیری معاون اول رئیس‌جمهور به گفت‌وگو نشسته بود.")
    events = extract(text, published="2017-01-18")["events"]
    assert [next(p["name"] for p in e["participants"] if p["country"] == "IR") for e in events] == [
        "حسن روحانی", "اسحاق جهانگیری"]


def test_api_condition_of_a_treaty_signed_at_a_meeting_is_not_the_meetings(extract):
    """`... دیدار کرده بود و دو طرف پیمانی را امضا کرده بودند که ... در صورت حمله ... خواهد شتافت`: the `که` clause
    after the past verb tells the treaty; the meeting happened."""
    text = ("به گزارش صدا و سیما، «ولادیمیر پوتین» رئیس‌جمهور روسیه امروز در هانوی با «تو لام» رئیس‌جمهور ویتنام دیدار "
            "کرد.\n\nپوتین روز چهارشنبه در پیونگ‌یانگ با «کیم جونگ اون» رهبر کره شمالی دیدار کرده بود و دو طرف پیمانی را "
            "امضا کرده بودند که بر اساس آن هر یک در صورت حمله به دیگری به کمک آن خواهد شتافت.")
    result = extract(text, published="2024-06-20")
    assert len(result["events"]) == 2 and result["other_contacts"] == []


def test_api_session_of_two_states_delegations_held_is_a_negotiation(extract):
    """`نشست ... هیئت‌های X و Y ... برگزار گردید`: the session of two states' delegations is a negotiation."""
    text = ("دوشنبه (خاور) – روز سه‌شنبه در شهر دوشنبه نشست نوبتی هیئت‌های حکومتی تاجیکستان و قرقیزستان در امور سرحد "
            "برگزار گردید. در این نشست سیمومین یتیموف و کمچی‌بیک تاشیف سخنرانی کردند.")
    assert [e["type"] for e in extract(text, published="2024-11-27")["events"]] == ["negotiation"]


@pytest.mark.parametrize("clause, present", [
    ("متکی در گفتگو با آموریم سخنان «هیلاری کلینتون» وزیر امور خارجه آمریکا را ادعایی تبلیغاتی خواند.", False),
    ("این نشست با سخنان «هیلاری کلینتون» وزیر امور خارجه آمریکا گشایش یافت.", True),
])
def test_api_whose_words_are_spoken_of_takes_no_part(extract, clause, present):
    """`سخنان X را ... خواند`: X's words are spoken of, X took no part; `با سخنان X گشایش یافت`: X spoke there."""
    text = ("به گزارش مهر، منوچهر متکی وزیر امور خارجه کشورمان شامگاه چهارشنبه در تماس تلفنی با «سلسو آموریم» وزیر "
            f"امور خارجه برزیل گفتگو کرد.\n\n{clause}")
    names = {p["name"] for e in extract(text, published="2010-06-10")["events"] for p in e["participants"]}
    assert ("هیلاری کلینتون" in names) == present


def test_api_dari_telephone_with_waw_is_a_call(extract):
    """`تماس تلفونی` (Dari, with و) is `تماس تلفنی`."""
    text = ("محمد اشرف غنی رئیس جمهور کشور روز شنبه در یک تماس تلفونی با رجب طیب اردوغان رئیس جمهور ترکیه تلاش برای "
            "کودتا را محکوم کرد.")
    assert [e["type"] for e in extract(text, published="2016-07-17")["events"]] == ["phone_call"]


def test_api_session_talked_about_is_no_event_and_an_announced_call_is_no_plan(extract):
    """`درباره نشست قاهره که با میانجی‌گری X برگزار شد، گفت`: a session spoken about, not held in this news; and `از
    گفت‌وگوی تلفنی A با B خبر داد و گفت ... بی‌اثر خواهد شد`: the future is what he said, the call happened."""
    text = ("خبرگزاری صدا و سیما\n\nسخنگوی وزارت امور خارجه از گفت‌وگوی تلفنی وزیر امور خارجه با مدیرکل آژانس بین‌المللی انرژی اتمی "
            "خبر داد و گفت تفاهم قاهره با هر اقدام خصمانه بی‌اثر خواهد شد.\n\nبه گزارش ایرنا، اسماعیل بقائی امروز در "
            "نشست خبری گفت: سید عباس عراقچی دیروز در تماس تلفنی با رافائل گروسی گفت‌وگو کرد.\n\nبقائی درباره نشست قاهره که با "
            "میانجی‌گری بدر عبدالعاطی برگزار شد، گفت این تفاهم نتیجه هفته‌ها رایزنی فنی بود.")
    result = extract(text, published="2025-09-15")
    assert [e["type"] for e in result["events"]] == ["phone_call"]
    assert result["other_contacts"] == []


def test_api_credentials_received_or_accepted_are_contacts_and_dari_country_names(extract):
    """`اعتمادنامه‌های سفیران ... را پذیرفت`, then `اعتمادنامه سفیر جدید اندونیزیا را دریافت کرد`: credentials taken
    are a contact with each ambassador; `پولند` and `اندونیزیا` are the Dari names of Poland and Indonesia."""
    text = ("کابل (پژواک) - حامد کرزی رئیس جمهور کشور روز دوشنبه اعتمادنامه سفیر جدید پولند را پذیرفت.\n\n"
            "رئیس جمهور در ادامه، اعتمادنامه سفیر جدید اندونیزیا را نیز دریافت کرد.")
    events = extract(text, published="2011-07-26")["events"]
    assert [[(p["role"]["code"], p["country"]) for p in e["participants"] if p["name"] is None] for e in events] == [
        [("ambassador", "PL")], [("ambassador", "ID")]]


def test_api_whose_government_is_no_antecedent(extract):
    """`... گفت دولت ترزا می به توافق پایبند است`, then `وی ... گفت`: the pronoun is the speaker, not the head of the
    government spoken of."""
    text = ("به گزارش ایسنا، حسن روحانی رئیس‌جمهور امروز با نیکلاس هاپتون سفیر جدید انگلیس دیدار کرد. هاپتون گفت "
            "دولت ترزا می به حفظ توافق هسته‌ای پایبند است. وی همچنین با محمدجواد ظریف وزیر امور خارجه دیدار کرد.")
    events = extract(text, published="2016-09-11")["events"]
    assert all("ترزا می" not in {p["name"] for p in e["participants"]} for e in events)
    assert [sorted(p["name"] for p in e["participants"]) for e in events][-1] == ["محمدجواد ظریف", "نیکلاس هاپتون"]


def test_api_host_receiving_two_ambassadors_known_by_title_holds_two_contacts(extract):
    """`... سفیر قزاقستان را به حضور پذیرفت`, then `همچنین ... با سفیر ترکیه ... دیدار کرد`: each draft has a country the
    other lacks (the host's title-only office is in both), so they are two contacts, not one multilateral meeting."""
    text = ("دوشنبه، «خاور». رئیس مجلس ملی مجلس عالی جمهوری تاجیکستان، رئیس شهر دوشنبه رستم امامعلی امروز سفیر جمهوری "
            "قزاقستان در جمهوری تاجیکستان را به حضور پذیرفت.\n\nهمچنین رئیس مجلس ملی امروز با سفیر جمهوری ترکیه در "
            "تاجیکستان به مناسبت پایان مأموریت دیپلماتیک وی دیدار کرد.")
    events = extract(text, published="2021-03-04")["events"]
    assert [(e["type"], sorted(p["country"] for p in e["participants"] if p["name"] is None
                               and p["role"]["code"] == "ambassador")) for e in events] == [
        ("meeting", ["KZ"]), ("meeting", ["TR"])]


@pytest.mark.parametrize("place, events_expected", [("زاهدان", 0), ("اسلام‌آباد", 1)])
def test_api_arriving_in_ones_own_country_is_no_visit(extract, place, events_expected):
    """`سرلشکر باقری روز یکشنبه وارد زاهدان شد`: a commander arriving in a city of his own country makes a trip at
    home, no visit; arriving in a foreign capital with no host named is still one."""
    text = (f"به گزارش ایرنا، سرلشکر محمد باقری رئیس ستاد کل نیروهای مسلح روز یکشنبه وارد {place} شد و از یگان‌های "
            "مرزی بازدید کرد.")
    assert len(extract(text, published="2018-10-23")["events"]) == events_expected


def test_api_separate_call_named_after_its_adverb_and_a_meeting_on_an_earlier_trip(extract):
    """`در تماس تلفنی جداگانه با X` names X after `جداگانه`; `پیش از این نیز در سفری به تهران با Y دیدار کرده بود` is a
    meeting of another trip, background."""
    text = ("به گزارش ایلنا، محمدرضا آشتیانی وزیر دفاع روز دوشنبه در تماس تلفنی با ذاکر حسن‌اف وزیر دفاع جمهوری "
            "آذربایجان گفتگو کرد.\n\nوزیر دفاع کشورمان در همان روز در تماس تلفنی جداگانه با سورن پاپیکیان وزیر دفاع "
            "ارمنستان نیز تبادل نظر کرد.\n\nوزیر دفاع ارمنستان پیش از این نیز در سفری به تهران با آشتیانی دیدار کرده بود.")
    events = extract(text, published="2024-02-20")["events"]
    assert [(e["type"], sorted(p["name"] for p in e["participants"])) for e in events] == [
        ("phone_call", ["ذاکر حسن‌اف", "محمدرضا آشتیانی"]), ("phone_call", ["سورن پاپیکیان", "محمدرضا آشتیانی"])]


def test_api_bare_surname_is_the_namesake_named_in_full(extract):
    """`آقای کرزی` after `حکمت خلیل کرزی` (registered): the deputy minister named in full, not Hamid Karzai, whom the
    register lets the surname name alone."""
    text = ("به گزارش طلوع‌نیوز، معین سیاسی وزارت امور خارجه، حکمت خلیل کرزی امروز در کابل با سفیر ژاپن دیدار کرد."
            "\n\nآقای کرزی همچنان با سفیر اندونزی دیدار و دربارهٔ روابط تجارتی گفتگو کرد.")
    events = extract(text, published="2017-05-05")["events"]
    assert [next(p["name"] for p in e["participants"] if p["country"] == "AF") for e in events] == [
        "حکمت خلیل کرزی", "حکمت خلیل کرزی"]


def test_api_leader_of_the_nation_is_rahmon_and_phoning_is_a_call(extract):
    """`پیشوای ملت` (Tajikistan's president's title) refers back to Emomali Rahmon; `به X تلفن کرد` is a call."""
    text = ("دوشنبه، /خاور/. امروز پیشوای ملت، رئیس جمهوری تاجیکستان، جناب آقای امامعلی رحمان با رئیس جمهوری "
            "ازبکستان، جناب آقای شوکت میرضیایف گفتگوی تلفنی انجام دادند.\n\nهمچنین امروز پیشوای ملت با رئیس جمهوری "
            "قزاقستان، جناب آقای قاسم‌جومارت توقایف گفتگوی تلفنی انجام دادند.\n\nروز گذشته نیز حسن روحانی رئیس "
            "جمهوری ایران به پیشوای ملت تلفن کرد.")
    events = extract(text, published="2021-05-13")["events"]
    assert [(e["type"], "امامعلی رحمان" in {p["name"] for p in e["participants"]}) for e in events] == [
        ("phone_call", True)] * 3


def test_persons_the_late_take_no_part(extract):
    """`رئیس جمهوری فقید ازبکستان، اسلام کریم‌اف`: the late president is no participant of the arrival for his funeral."""
    text = ("سمرقند، /خاور/. امروز امامعلی رحمان رئیس جمهوری تاجیکستان برای شرکت در مراسم خاکسپاری رئیس جمهوری فقید "
            "ازبکستان، اسلام کریم‌اف، وارد شهر سمرقند شد و با شوکت میرضیایف نخست‌وزیر ازبکستان دیدار کرد.")
    names = {p["name"] for e in extract(text, published="2016-09-03")["events"] for p in e["participants"]}
    assert "اسلام کریم‌اف" not in names and "شوکت میرضیایف" in names


def test_api_meeting_early_this_year_is_background(extract):
    """`اوایل سال جاری در سفر به تهران با X دیدار کرده بود`: a meeting months back, background to today's."""
    text = ("دوشنبه (خاور) – امروز وزیر دفاع تاجیکستان شیرعلی خیرالله‌یف وابسته نظامی سفارت ایران را به حضور پذیرفت."
            "\n\nیادآور می‌شویم، وزیر دفاع تاجیکستان اوایل سال جاری در سفر به تهران با احمد وحیدی وزیر دفاع ایران دیدار "
            "کرده بود.")
    assert len(extract(text, published="2011-08-30")["events"]) == 1


@pytest.mark.parametrize("aside, events", [("قابل یادآوری است که", 1), ("یادآور می‌شود که", 1), ("قابل ذکر است که", 2)])
def test_api_a_summit_recalled_days_back_is_background_and_an_aside_keeps_its_date(extract, aside, events):
    """`قابل یادآوری است که 31 مارس ... برگزار گردید`: a summit recalled, 16 days before the article, is background;
    the writer's aside (`قابل ذکر است که`) names no speaker, so the date after it is the session's."""
    text = ("دوشنبه، 16 آوریل، «خاور». امامعلی رحمان رئیس جمهوری تاجیکستان امروز جینبیک کولوبایف وزیر امور خارجه "
            f"قرقیزستان را به حضور پذیرفت.\n\n{aside} 31 مارس در شهر خجند نشست سه‌جانبه رؤسای جمهوری تاجیکستان، "
            "قرقیزستان و ازبکستان برگزار گردید.")
    found = extract(text, published="2025-04-16")["events"]
    assert sorted(e["date"]["value"] for e in found) == ["2025-03-31", "2025-04-16"][2 - events:]


@pytest.mark.parametrize("questions", ["پرسش‌هایی", "پرسشهایی", "سوالاتی"])
def test_api_a_summit_a_spokesman_was_asked_about_is_no_event(extract, questions):
    """`به پرسش‌هایی درباره نشست سران ... پاسخ داد`: the summit is what reporters asked about."""
    text = (f"رامین مهمانپرست سخنگوی وزارت امور خارجه امروز در نشست خبری هفتگی خود به {questions} درباره نشست سران "
            "جنبش عدم تعهد در تهران و آخرین وضعیت سوریه پاسخ داد.")
    assert extract(text, published="2012-08-14")["events"] == []


@pytest.mark.parametrize("link", ["و سپس", "و عصر همان روز"])
def test_api_a_second_contact_after_then_in_one_sentence_has_only_its_own_counterpart(extract, link):
    """`X با A دیدار کرد و سپس با B گفت‌وگو کرد`: two contacts, B's without A (one verb of contact each, no date
    between them); `با وی` after the first verb is still A."""
    text = ("سرگئی لاوروف روز جمعه با محمدجواد ظریف وزیر خارجه ایران دیدار کرد "
            f"{link} با مولود چاووش‌اوغلو وزیر خارجه ترکیه گفت‌وگو کرد.")
    events = extract(text, published="2019-04-05")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["سرگئی لاوروف", "محمدجواد ظریف"], ["سرگئی لاوروف", "مولود چاووش‌اوغلو"]]
    same = extract("سرگئی لاوروف روز جمعه با محمدجواد ظریف وزیر خارجه ایران دیدار کرد و سپس با وی درباره برجام "
                   "گفت‌وگو کرد.", published="2019-04-05")["events"]
    assert len(same) == 1


def test_api_a_lead_told_separately_with_one_named_sums_up_the_contacts_told_after(extract):
    """`جداگانه با رؤسای هر دو جرگه و رئیس‌جمهور کشور دیدار کرد`: the lead names one of those met (the president),
    whose own contact is told later: the lead sums the contacts up and adds none."""
    text = ("کابل (پژواک): سعیدالله خیرالله‌یف رئیس مجلس نمایندگان تاجیکستان امروز جداگانه با رؤسای هر دو جرگه و "
            "رئیس جمهور کشور دیدار کرد.\n\nوی صبح امروز با محمد یونس قانونی رئیس ولسی جرگه دیدار کرد.\n\n"
            "خیرالله‌یف بعد از ظهر امروز در ارگ ریاست جمهوری با حامد کرزی رئیس جمهور کشور دیدار کرد.")
    events = extract(text, published="2008-05-07")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["سعیدالله خیرالله‌یف", "محمد یونس قانونی"], ["حامد کرزی", "سعیدالله خیرالله‌یف"]]


def test_api_a_date_in_what_was_said_in_a_separate_call_neither_dates_nor_splits_it(extract):
    """`در تماس‌های تلفنی جداگانه با A و B ...`, then `در گفت‌وگو با A، عملیات شامگاه ۲۵ فروردین را ... خواند`: the date
    after the comma is what A was told about, so the talk is A's call again, not a contact of that day."""
    text = ("سرلشکر محمد باقری رئیس ستاد کل نیروهای مسلح روز گذشته در تماس‌های تلفنی جداگانه با عبدالله بن خمیس "
            "الرئیسی رئیس ستاد نیروهای مسلح سلطان عمان و سالم بن حمد النابت رئیس ستاد کل نیروهای مسلح قطر گفت‌وگو کرد."
            "\n\nسرلشکر باقری در گفت‌وگو با رئیس ستاد نیروهای مسلح عمان، عملیات شامگاه ۲۵ فروردین را پاسخی محدود "
            "خواند.")
    events = extract(text, published="2024-04-16")["events"]
    assert [(e["type"], e["date"]["value"]) for e in events] == [("phone_call", "2024-04-15")] * 2


@pytest.mark.parametrize("text", [
    # a meeting not on a trip's agenda
    "سخنگوی وزارت امور خارجه از سفر علی باقری کنی به بروکسل خبر داد و گفت دیدار با رابرت مالی در برنامه این سفر نیست.",
    # readiness to meet, and any summit to come
    "سرگئی لاوروف وزیر خارجه روسیه گفت رئیس‌جمهور روسیه آمادگی دیدار با ولودیمیر زلنسکی را دارد و مسکو پیش از "
    "هرگونه نشست در سطح رهبران، باید دستور کار آن را آماده کند.",
    # a meeting of an earlier trip he spoke about
    "حسین خانزادی فرمانده نیروی دریایی ارتش درباره سفر تابستان امسال خود به سن‌پترزبورگ و دیدار با نیکلای یفمنوف "
    "فرمانده نیروی دریایی روسیه گفت تفاهم‌های آن سفر در حال اجراست.",
])
def test_api_a_meeting_noun_denied_or_spoken_about_in_a_statement_is_no_event(extract, text):
    """With no contact told, a weak meeting noun may stand for one, but not when the clause negates it (`نیست`) or
    it follows `درباره` (what a speaker talked about)."""
    assert extract(text, published="2021-11-29")["events"] == []


@pytest.mark.parametrize("earlier", [
    "رئیس‌جمهور پیش از این با امانوئل ماکرون رئیس‌جمهور فرانسه نیز تلفنی گفتگو کرده بود.",
    "روحانی در سفرهای پیشین خود نیز با امانوئل ماکرون رئیس‌جمهور فرانسه گفت‌وگو کرده بود.",
])
def test_api_an_earlier_call_or_a_contact_of_earlier_trips_is_background(extract, earlier):
    """`پیش از این ... تلفنی گفتگو کرده بود` (an earlier call, undated) and `در سفرهای پیشین ... گفت‌وگو کرده بود` (on
    earlier trips) are no contacts of the article."""
    text = ("حسن روحانی رئیس‌جمهور امروز در گفتگوی تلفنی با ترزا می نخست‌وزیر انگلیس درباره برجام گفتگو کرد.\n\n"
            + earlier)
    events = extract(text, published="2018-05-23")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [["ترزا می", "حسن روحانی"]]


def test_api_a_trip_dated_months_back_is_background_and_does_not_date_the_visit(extract):
    """`سلطان قابوس مرداد امسال ... به تهران سفر کرد`: the guest's trip of months before is background, so it lends
    neither its month nor its city to the visit told."""
    text = ("به گزارش ایرنا، حسن روحانی رئیس‌جمهوری که بعدازظهر روز چهارشنبه وارد مسقط شد، پس از مراسم استقبال رسمی "
            "با سلطان قابوس بن سعید پادشاه عمان دیدار و گفت‌وگو کرد.\n\nسلطان قابوس مرداد امسال نخستین رهبر خارجی بود که پس از آغاز به کار دولت یازدهم به تهران "
            "سفر کرد.")
    events = extract(text, published="2014-03-12")["events"]
    assert [(e["date"]["value"], (e["location"] or {}).get("name_en")) for e in events] == [("2014-03-12", "Muscat")]
    assert "مرداد" not in (events[0]["date"]["text"] or "")


@pytest.mark.parametrize("obj, events", [("فرمانده این ناوگروه", 1), ("دعوت وزیر خارجه", 0)])
def test_api_receiving_someone_known_by_office_is_a_meeting_but_accepting_his_invitation_is_not(extract, obj, events):
    """`X فرمانده این ناوگروه را پذیرفت`: a reception of someone known by office; `دعوت وزیر خارجه را پذیرفت`: an
    invitation accepted, no one received."""
    text = f"عشرت‌العباد خان استاندار سند امروز در کاخ استانداری {obj} را پذیرفت."
    assert len(extract(text, published="2014-12-08")["events"]) == events


@pytest.mark.parametrize("received", ["امر سینها سفیر هند را نیز پذیرفت", "وابسته دریایی روسیه را نیز به حضور پذیرفت"])
def test_api_a_second_reception_in_a_separate_meeting_is_a_contact_of_its_own(extract, received):
    """`در دیداری جداگانه امر سینها سفیر هند را نیز پذیرفت`: a name with its title before `را نیز پذیرفت`, or an
    attaché known by office, received apart: a second contact."""
    text = ("محمد معصوم ستانکزی سرپرست وزارت دفاع ملی روز دوشنبه با مایکل مک کینلی سفیر امریکا دیدار کرد.\n\n"
            f"سرپرست وزارت دفاع ملی در همان روز در دیداری جداگانه {received}.")
    assert len(extract(text, published="2015-10-05")["events"]) == 2


@pytest.mark.parametrize("text, published", [
    ("حامد کرزی رئیس جمهور افغانستان و پرویز مشرف رئیس جمهور پاکستان امروز دوشنبه در نشستی سه جانبه به میزبانی "
     "احمد نجدت سزر رئیس جمهور ترکیه در آنکارا، بر تبادل اطلاعات و مبارزه مشترک با تروریسم توافق کردند.",
     "2007-04-30"),
])
def test_api_the_host_of_a_session_takes_part_in_it(extract, text, published):
    """`در نشستی سه جانبه به میزبانی X`: the host is one of the session's participants (a presence cue like
    `با حضور`)."""
    events = extract(text, published=published)["events"]
    assert any("احمد نجدت سزر" in {p["name"] for p in e["participants"]} for e in events)


def test_api_a_meeting_where_he_said_his_trip_was_put_off_happened_and_a_session_attended_earlier_is_background(extract):
    """`با X دیدار کرد و گفت سفر او به اسلام‌آباد ... به تعویق افتاده است`: the postponement is what he said; `پیش از
    این ... برای اشتراک در نشست سه جانبه ... به کابل آمده بود`: a session attended before this news."""
    text = ("عبدالله عبدالله رئیس اجراییه روز سه شنبه در کابل با زاهد نصرالله خان سفیر پاکستان دیدار کرد و گفت سفر او "
            "به اسلام آباد که قرار بود این هفته انجام شود، به تعویق افتاده است.\n\nشاه محمود قریشی وزیر خارجه پاکستان "
            "پیش از این در ماه قوس برای اشتراک در نشست سه جانبه وزیران خارجه افغانستان، پاکستان و چین به کابل آمده بود.")
    events = extract(text, published="2019-03-05")["events"]
    assert [(e["type"], sorted(p["name"] for p in e["participants"])) for e in events] == [
        ("meeting", ["زاهد نصرالله خان", "عبدالله عبدالله"])]


def test_api_a_minister_receiving_an_ambassador_extraordinary_and_plenipotentiary_khovar_style(extract):
    """`وزیر ... X سفیر فوق‌العاده و مختار جمهوری خلق چین در جمهوری تاجیکستان را به حضور پذیرفت`: the title after the
    minister's name is the ambassador's (China's), not the minister's."""
    text = ("دوشنبه، ۱۴ مارس. /خاور/. امروز وزیر امور خارجه جمهوری تاجیکستان حمرخان ظریفی سفیر فوق‌العاده و مختار "
            "جمهوری خلق چین در جمهوری تاجیکستان را به حضور پذیرفت.")
    events = extract(text, published="2012-03-14")["events"]
    assert [sorted((p["role"]["code"], p["country"]) for p in e["participants"]) for e in events] == [
        [("ambassador", "CN"), ("foreign_minister", "TJ")]]


def test_api_a_generic_title_is_narrowed_by_the_registered_portfolio_of_that_day(extract):
    """`شهاب بن طارق آل سعید معاون نخست‌وزیر عمان در امور دفاعی`: the text's title says deputy premier (a minister);
    the register says that on that day he holds defence, so the role is the defence minister's, its text the title's."""
    text = ("محمدرضا اشتیانی وزیر دفاع کشورمان امروز در مسقط با سید شهاب بن طارق آل سعید معاون نخست‌وزیر عمان در امور "
            "دفاعی دیدار و گفت‌وگو کرد.")
    events = extract(text, published="2024-05-15")["events"]
    shihab = next(p for e in events for p in e["participants"] if p["name"] and "شهاب" in p["name"])
    assert shihab["role"]["code"] == "defense_minister" and "role" in shihab["inferred"]


def test_api_separate_meetings_with_two_ambassadors_about_starting_peace_talks_are_two_meetings(extract):
    """`در دیدارهای جداگانه با A و B ... روی تلاش‌ها برای آغاز گفتگوهای صلح بحث کرد`: one meeting each, and talks
    they hope to start make neither a negotiation."""
    text = ("حمدالله محب مشاور امنیت ملی روز سه‌شنبه در دیدارهای جداگانه با زاهد نصرالله خان سفیر پاکستان و جان بس "
            "سفیر امریکا در کابل، روی تلاش‌های جاری برای آغاز گفتگوهای صلح با طالبان بحث کرد.")
    events = extract(text, published="2019-01-08")["events"]
    assert [(e["type"], len(e["participants"])) for e in events] == [("meeting", 2), ("meeting", 2)]


def test_api_consular_consultations_led_by_two_deputies_are_a_negotiation_apart_from_the_ministers_reception(extract):
    """`مشورت‌های کنسولی ... برگزار گردید. هیئت X را A و هیئت Y را B رهبری می‌نمودند`, then `همان روز وزیر ... B را به
    حضور پذیرفت`: the consultations (a negotiation of the two heads) and the reception are two contacts."""
    text = ("دوشنبه، 16 دسامبر، «خاور». امروز در شهر دوشنبه مشورت‌های کنسولی میان وزارت امور خارجه جمهوری تاجیکستان و "
            "وزارت امور خارجه جمهوری اسلامی ایران برگزار گردید. هیئت تاجیکستان را معاون وزیر امور خارجه جمهوری "
            "تاجیکستان و هیئت ایران را معاون وزیر امور خارجه جمهوری اسلامی ایران وحید جلال‌زاده رهبری می‌نمودند.\n\n"
            "همان روز وزیر امور خارجه جمهوری تاجیکستان سراج‌الدین مهرالدین وحید جلال‌زاده را به حضور پذیرفت.")
    events = extract(text, published="2024-12-16")["events"]
    assert [e["type"] for e in events] == ["negotiation", "meeting"]


def test_api_who_chaired_this_session_joins_it(extract):
    """`X ریاست این اجلاس را بر عهده داشت و هیئت‌هایی از A، B و C نیز در آن شرکت کردند`: the session just told, not
    another one."""
    text = ("نخستین اجلاس کشورهای عضو کنوانسیون تهران امروز با حضور فاطمه واعظ جوادی معاون رئیس‌جمهور در باکو به کار "
            "خود پایان داد. حسین‌قلی باقروف وزیر بوم‌شناسی و منابع طبیعی جمهوری آذربایجان ریاست این اجلاس را بر عهده "
            "داشت و هیئت‌هایی از روسیه، قزاقستان و ترکمنستان نیز در آن شرکت کردند.")
    events = extract(text, published="2007-05-17")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 5


def test_api_this_round_held_on_another_day_is_a_session_of_its_own(extract):
    """`X را به حضور پذیرفت` (Monday), then `این دور مشورت‌ها روز یکشنبه ... به ریاست A و X برگزار شد`: the round
    the guest came for, a day earlier, is a second contact, not more of the reception."""
    text = ("رئیس جمهور حامد کرزی امروز دوشنبه جلیل عباس جیلانی سرمنشی وزارت امور خارجه پاکستان را به حضور پذیرفت."
            "\n\nسفر جیلانی به کابل برای اشتراک در دور دوم مشورت‌های سیاسی میان وزارت‌های خارجه دو کشور صورت گرفته "
            "است. این دور مشورت‌ها روز یکشنبه در وزارت امور خارجه به ریاست جاوید لودین معین سیاسی وزارت خارجه و "
            "جیلانی برگزار شد.")
    events = extract(text, published="2013-01-21")["events"]
    assert [(e["type"], e["date"]["value"]) for e in events] == [("meeting", "2013-01-21"), ("negotiation", "2013-01-20")]


def test_api_calls_of_recent_weeks_are_background(extract):
    """`روحانی نیز در هفته‌های اخیر در تماس‌های تلفنی جداگانه با X و Y ...`: calls of the weeks before this news."""
    text = ("عباس عراقچی معاون وزیر امور خارجه امروز در ایروان با زهراب مناتساکانیان وزیر امور خارجه ارمنستان دیدار و "
            "گفت‌وگو کرد.\n\nروحانی نیز در هفته‌های اخیر در تماس‌های تلفنی جداگانه با الهام علی‌اف و نیکول پاشینیان "
            "بر ضرورت توقف درگیری‌ها تأکید کرده است.")
    assert [e["type"] for e in extract(text, published="2020-10-27")["events"]] == ["meeting"]


@pytest.mark.parametrize("second_sentence", [
    "این ناوگروه که از دو ناوچه تشکیل شده، دیروز در بندر چابهار پهلو گرفت و فرمانده آن امروز با فرمانده منطقه سوم "
    "نیروی دریایی ارتش دیدار کرد.",
    "این ناوگروه دیروز در بندر چابهار پهلو گرفت. فرمانده آن امروز با فرمانده منطقه سوم نیروی دریایی ارتش دیدار کرد.",
])
def test_api_the_commander_of_it_is_of_the_unit_told_just_before(extract, second_sentence):
    text = ("به گزارش ایرنا، ناوگروه آموزشی نیروی دریایی بنگلادش برای یک سفر سه‌روزه وارد آب‌های ایران شد.\n\n"
            + second_sentence)
    participants = extract(text, published="2022-02-08")["events"][0]["participants"]
    assert sorted(p["country"] for p in participants) == ["BD", "IR"]


@pytest.mark.parametrize("text", [
    "به گزارش ایرنا، سرکنسول ترکیه در ارومیه امروز با معاون سیاسی و امنیتی استاندار دیدار و گفت‌وگو کرد.",
    "به گزارش ایرنا، سرکنسول ترکیه در ارومیه امروز با استاندار آذربایجان غربی دیدار کرد. فرمانده مرزبانی استان نیز "
    "در این دیدار حضور داشت.",
])
def test_api_an_office_of_the_province_named_bare_is_of_the_outlets_country(extract, text):
    participants = extract(text, published="2021-05-04")["events"][0]["participants"]
    assert sorted(p["country"] for p in participants) == ["IR"] * (len(participants) - 1) + ["TR"]


def test_api_a_province_named_after_its_word_keeps_its_own_country(extract):
    text = ("به گزارش مهر، فرمانده مرزبانی استان کرمانشاه امروز در مرز خسروی با فرمانده نیروهای مرزی استان دیالی "
            "عراق دیدار کرد.")
    participants = extract(text, published="2019-09-10")["events"][0]["participants"]
    assert sorted(p["country"] for p in participants) == ["IQ", "IR"]


def test_api_a_plan_told_of_a_thing_discussed_does_not_make_the_talk_planned(extract):
    text = ("به گزارش ایرنا، امیر دریادار شهرام ایرانی فرمانده نیروی دریایی ارتش امروز در تهران با فرمانده نیروی "
            "دریایی عمان دیدار کرد. دو طرف درباره رزمایش مشترکی که قرار است ماه آینده در دریای عمان برگزار شود، "
            "گفت‌وگو کردند.")
    result = extract(text, published="2023-05-16")
    assert len(result["events"]) == 1 and not result["other_contacts"]


def test_api_a_plan_told_of_the_session_itself_keeps_it_planned(extract):
    text = ("به گزارش تسنیم، سخنگوی وزارت امور خارجه امروز اعلام کرد نشست وزیران خارجه سازوکار ۳+۳ که قرار است "
            "ماه آینده در استانبول برگزار شود، با حضور وزیران خارجه ایران، روسیه و ترکیه تشکیل می‌شود.")
    assert not extract(text, published="2024-09-16")["events"]


def test_api_a_deputy_of_the_general_staff_named_with_no_country_is_of_the_outlets_forces(extract):
    text = ("به گزارش ایرنا، فرمانده نیروی هوایی ارتش عمان امروز در تهران با معاون ستاد کل نیروهای مسلح دیدار و "
            "گفت‌وگو کرد.")
    participants = extract(text, published="2013-02-05")["events"][0]["participants"]
    deputy = next(p for p in participants if p["role"]["code"] == "deputy_chief_of_general_staff")
    assert deputy["country"] == "IR"


def test_api_a_contact_told_there_is_in_the_city_and_on_the_day_of_the_sentence_before(extract):
    text = ("به گزارش ایرنا، محمدجواد ظریف وزیر امور خارجه امروز چهارشنبه در بلگراد با ایویتسا داچیچ وزیر خارجه صربستان "
            "دیدار کرد.\n\nظریف روز سه‌شنبه نخستین بخش سفر اروپایی خود را در بوداپست آغاز کرده بود. او در آنجا با "
            "پیتر سیارتو وزیر امور خارجه مجارستان دیدار کرد.")
    events = extract(text, published="2016-02-17")["events"]
    budapest = next(e for e in events if any(p["name"] == "پیتر سیارتو" for p in e["participants"]))
    assert budapest["location"]["name_en"] == "Budapest" and budapest["date"]["value"] == "2016-02-16"


def test_api_a_contact_told_as_the_trips_programme_goes_on_happened(extract):
    text = ("به گزارش خاور، امامعلی رحمان رئیس جمهوری تاجیکستان امروز با شوکت میرضیایف رئیس جمهوری ازبکستان در "
            "تاشکند دیدار کرد. در ادامه برنامه سفر، رئیس جمهوری تاجیکستان با عبدالله آریپوف نخست‌وزیر ازبکستان "
            "دیدار کرد.")
    result = extract(text, published="2018-08-17")
    assert len(result["events"]) == 2 and not result["other_contacts"]


def test_api_a_registered_surname_before_a_surname_split_at_its_zwnj_is_a_first_name(extract):
    text = ("به گزارش خاور، امامعلی رحمان امروز در آستانه با مولن اشیم\u200cبایف رئیس سنای پارلمان قزاقستان دیدار کرد.")
    names = _names(extract(text, published="2023-06-15")["events"][0])
    assert "مایک مولن" not in names and any("اشیم" in (n or "") for n in names)


def test_api_the_host_leader_present_at_the_official_welcome_is_a_side_of_the_visit(extract):
    text = ("به گزارش خاور، امامعلی رحمان رئیس جمهوری تاجیکستان امروز با سفر دولتی وارد شهر بیشکک گردید.\n\n"
            "مراسم رسمی استقبال از رئیس جمهوری تاجیکستان در کاخ «ینی‌ارچا» با حضور صدیر ژاپاروف رئیس جمهوری "
            "قرقیزستان برگزار گردید.")
    events = extract(text, published="2025-03-13")["events"]
    assert len(events) == 1 and "صدیر ژاپاروف" in _names(events[0])


def test_api_who_heads_a_delegation_holds_his_own_office_not_the_delegations(extract):
    text = ("به گزارش ایسنا، دور تازه مذاکرات آستانه امروز با حضور حسین جابری انصاری رئیس هیئت ایران، الکساندر "
            "لاورنتیف رئیس هیئت روسیه و رئیس هیئت ترکیه در آستانه برگزار شد.")
    participants = extract(text, published="2017-10-31")["events"][0]["participants"]
    roles = {p["name"]: p["role"]["code"] for p in participants}
    assert roles["حسین جابری انصاری"] == "deputy_foreign_minister"
    assert roles[None] == "official"


def test_api_separate_credentials_ceremonies_with_the_zwnj_lost_are_one_contact_each_in_the_presidents_office(extract):
    text = ("به گزارش ایرنا، محمود احمدی‌نژاد رئیس‌جمهور صبح امروز در مراسم جداگانهای در نهاد ریاست جمهوری "
            "استوارنامه سفرای جدید کوبا، نیکاراگوئه و مالزی را دریافت کرد. وی در دیدار با سفیر کوبا از روابط "
            "هاوانا و تهران تمجید کرد.")
    events = extract(text, published="2009-06-07")["events"]
    assert len(events) == 3
    assert all(e["type"] == "meeting" and e["location"]["name_en"] == "Tehran" for e in events)


def test_api_two_contacts_told_each_after_its_own_with_in_one_sentence_are_two(extract):
    text = ("به گزارش ایرنا، رئیس‌جمهور ترکمنستان امروز در عشق‌آباد در گفتگو با سفیر چین بر اهمیت خط لوله گاز "
            "تاکید کرد و در دیدار با سفیر ترکیه، همکاری در چارچوب سازمان کشورهای ترک‌زبان را بررسی کرد.")
    events = extract(text, published="2023-02-15")["events"]
    countries = sorted(sorted(p["country"] for p in e["participants"]) for e in events)
    assert countries == [["CN", "TM"], ["TM", "TR"]]


def test_api_sultan_after_a_name_and_before_a_title_is_a_family_name(extract):
    text = ("به گزارش صدا و سیما، اجلاس کمیسیون مشترک اقتصادی ایران و عمان امروز در مسقط به ریاست شمس‌الدین حسینی "
            "وزیر امور اقتصادی و دارایی و مقبول بن علی سلطان وزیر تجارت و صنعت عمان برگزار شد. مقبول بن علی سلطان نیز "
            "گفت مسقط از گسترش خطوط کشتیرانی استقبال می‌کند.")
    result = extract(text, published="2010-05-17")
    omani = [p for p in result["events"][0]["participants"] if p["country"] == "OM"]
    assert [(p["name"], p["role"]["code"]) for p in omani] == [("مقبول بن علی سلطان", "minister")]
    assert not result["mentioned_people"]


def test_api_a_trip_to_this_country_places_the_contact_in_the_country_named_before(extract):
    text = ("به گزارش فارس، محمدجواد ظریف وزیر امور خارجه که برای عرض تسلیت درگذشت امیر فقید کویت به این کشور "
            "سفر کرده است، امروز با شیخ نواف الاحمد الجابر الصباح امیر جدید کویت دیدار کرد.")
    event = extract(text, published="2020-10-04")["events"][0]
    assert event["location"]["name_en"] == "Kuwait City"
    emir = next(p for p in event["participants"] if p["country"] == "KW")
    assert emir["role"]["code"] == "head_of_state"


def test_api_credentials_handed_to_a_leader_named_with_his_whole_honorific_are_one_contact_per_ambassador(extract):
    text = ("دوشنبه، 12 مارس (خاور) – امروز در کاخ ملت، سفیران فوق‌العاده و تام‌الاختیار جمهوری هند و جمهوری "
            "قزاقستان استوارنامه‌های خود را به اساسگذار صلح و وحدت ملی – پیشوای ملت، رئیس جمهور جمهوری تاجیکستان "
            "امامعلی رحمان تقدیم کردند.")
    events = extract(text, published="2018-03-12")["events"]
    assert sorted(sorted(p["country"] for p in e["participants"]) for e in events) == [["IN", "TJ"], ["KZ", "TJ"]]


def test_api_who_attended_the_credentials_ceremony_told_before_joins_each_contact(extract):
    text = ("به گزارش خاور، امروز در کاخ ملت، سفیران جدید هند و قزاقستان استوارنامه‌های خود را به امامعلی رحمان "
            "رئیس جمهور تاجیکستان تقدیم کردند.\n\nدر مراسم رسمی تقدیم استوارنامه‌ها که با اجرای سرود ملی همراه بود، "
            "سراج‌الدین مهرالدین وزیر امور خارجه تاجیکستان نیز حضور داشت.")
    events = extract(text, published="2018-03-12")["events"]
    assert len(events) == 2 and all("سراج‌الدین مهرالدین" in _names(e) for e in events)


def test_api_credentials_handed_to_the_outlets_president_are_handed_in_its_capital(extract):
    text = ("به گزارش ایلنا، سفیر جدید بلژیک صبح امروز استوارنامه خود را تقدیم حسن روحانی رئیس‌جمهور کرد. روحانی "
            "در این دیدار گفت شرکت‌های اروپایی نباید قربانی تحریم‌ها شوند و سفیر بلژیک بر حمایت بروکسل از برجام "
            "تاکید کرد.")
    event = extract(text, published="2018-10-07")["events"][0]
    assert event["location"]["name_en"] == "Tehran"


def test_api_credentials_an_outlets_ambassador_handed_abroad_are_not_placed_at_home(extract):
    text = ("به گزارش ایرنا، کاظم جلالی سفیر جدید ایران امروز استوارنامه خود را تقدیم ولادیمیر پوتین رئیس‌جمهور "
            "روسیه کرد.")
    event = extract(text, published="2019-12-04")["events"][0]
    assert (event["location"] or {}).get("name_en") != "Tehran"


def test_api_a_summit_one_leader_attended_keeps_the_others_told_present_beside_his_sideline_meetings(extract):
    text = ("خبرگزاری ملی تاجیکستان «خاور»\n28.11.2021 20:15\n\nپیشوای ملت در اجلاس سران اکو در عشق‌آباد شرکت کردند"
            "\n\nعشق‌آباد، ۲۸ نوامبر. «خاور». امروز پیشوای ملت، رئیس جمهوری تاجیکستان جناب آقای امامعلی رحمان در "
            "پانزدهمین اجلاس سران سازمان همکاری اقتصادی (اکو) که در شهر عشق‌آباد برگزار گردید، شرکت و سخنرانی "
            "نمودند.\n\nدر اجلاس رئیس جمهوری ترکیه رجب طیب اردوغان و رئیس جمهوری آذربایجان الهام علی‌اف حضور "
            "داشتند.\n\nدر حاشیه اجلاس، پیشوای ملت با رئیس جمهوری ترکیه رجب طیب اردوغان ملاقات کردند.")
    events = extract(text)["events"]
    summit = next(e for e in events if e["type"] == "multilateral_meeting")
    assert {"امامعلی رحمان", "رجب طیب اردوغان", "الهام علی‌اف"} <= _names(summit)
    assert len(events) == 2


def test_api_a_session_attended_then_told_held_after_its_source_is_one_session(extract):
    text = ("هاکان فیدان وزیر امور خارجه ترکیه روز چهارشنبه در نشست وزرای خارجه گروه ۲۰ در ریودوژانیرو شرکت کرد."
            "\n\nبه گزارش ایسنا، نشست وزیران خارجه گروه بیست به میزبانی مائورو ویرا وزیر امور خارجه برزیل برگزار "
            "شد. سرگئی لاوروف وزیر خارجه روسیه نیز در این نشست سخنرانی کرد.")
    events = extract(text, published="2024-02-21")["events"]
    assert len(events) == 1 and {"هاکان فیدان", "سرگئی لاوروف"} <= _names(events[0])


def test_api_a_month_told_of_when_the_one_met_took_office_does_not_make_the_meeting_background(extract):
    text = ("به گزارش خاور، دبیرکل سازمان ملل امروز در دوشنبه از سوی امامعلی رحمان رئیس جمهور تاجیکستان پذیرفته "
            "شد.\n\nپس از آن بان کی‌مون با رئیس مجلس نمایندگان شکورجان ظهوروف که ماه گذشته به این مقام انتخاب شده "
            "است، دیدار نمود.")
    assert len(extract(text, published="2010-04-05")["events"]) == 2


def test_api_a_meeting_told_of_last_month_in_its_own_relative_clause_stays_background(extract):
    text = ("به گزارش ایرنا، عباس عراقچی امروز با وزیر خارجه عمان در تهران دیدار کرد. دیداری که ماه گذشته میان دو "
            "وزیر در مسقط انجام شد، به توافق درباره کشتیرانی انجامید.")
    assert len(extract(text, published="2025-05-10")["events"]) == 1


@pytest.mark.parametrize("session, events", [("نشست وزرای دفاع سازمان همکاری شانگهای در چینگدائو", 1),
                                             ("این نشست", 2)])
def test_api_a_contact_had_earlier_on_the_sidelines_of_another_session_is_background(extract, session, events):
    text = ("به گزارش تسنیم، عزیز نصیرزاده وزیر دفاع امروز در مینسک با ویکتور خرنین وزیر دفاع بلاروس دیدار و گفتگو "
            f"کرد.\n\nنصیرزاده پیش از این در حاشیه {session} نیز با الکساندر ولفوویچ دبیر شورای امنیت بلاروس دیدار "
            "کرده بود.")
    assert len(extract(text, published="2025-12-15")["events"]) == events


def test_api_a_plural_title_closing_the_list_of_those_present_gives_one_side_per_country(extract):
    text = ("به گزارش ایرنا، نشست وزیران دفاع کشورهای عضو سازمان همکاری شانگهای امروز به ریاست راجنات سینگ وزیر "
            "دفاع هند و با حضور محمدرضا آشتیانی وزیر دفاع کشورمان و وزیران دفاع روسیه، چین و قزاقستان در دهلی نو "
            "برگزار شد.")
    participants = extract(text, published="2023-04-28")["events"][0]["participants"]
    assert {"RU", "CN", "KZ", "IN", "IR"} <= {p["country"] for p in participants}


@pytest.mark.parametrize("text, name", [
    ("به گزارش ایرنا، علی لاریجانی رئیس مجلس امروز با محمد میان سومرو رئیس مجلس سنای پاکستان دیدار کرد.",
     "محمد میان سومرو"),
])
def test_api_mian_inside_a_pakistani_name_is_part_of_it(extract, text, name):
    assert name in _names(extract(text, published="2008-06-10")["events"][0])


def test_api_mian_between_two_countries_names_no_one(extract):
    text = "به گزارش ایرنا، روابط میان ایران و پاکستان امروز در دیدار دو وزیر خارجه در تهران بررسی شد."
    result = extract(text, published="2008-06-10")
    assert all("میان" not in (p["name"] or "") for e in result["events"] for p in e["participants"])


def test_api_the_head_of_a_friendship_group_present_at_its_session_is_a_side(extract):
    text = ("به گزارش ایلنا، نشست گروه دوستی پارلمانی ایران و ژاپن امروز با حضور سفیر ژاپن در تهران در محل مجلس "
            "برگزار شد. در این نشست رئیس گروه دوستی و شماری از اعضای آن حضور داشتند.")
    events = extract(text, published="2016-02-15")["events"]
    assert len(events) == 1 and {p["role"]["code"] for p in events[0]["participants"]} >= {"member_of_parliament"}


def test_api_the_day_a_spokesman_spoke_does_not_date_the_call_he_told_of(extract):
    text = ("به گزارش مهر، اسماعیل بقائی سخنگوی وزارت امور خارجه امروز دوشنبه در نشست خبری هفتگی خود گفت عباس "
            "عراقچی وزیر امور خارجه شامگاه یکشنبه در تماس تلفنی با فواد حسین وزیر امور خارجه عراق گفتگو کرد.")
    event = extract(text, published="2026-01-12")["events"][0]
    assert event["date"]["value"] == "2026-01-11"


def test_api_the_leader_a_cleft_says_alone_attended_the_summit_is_a_side_and_whose_decree_is_not(extract):
    text = ("به گزارش تسنیم، اجلاس سران شورای همکاری خلیج فارس امروز به ریاست «شیخ صباح الاحمد الجابر الصباح» امیر "
            "کویت در کویت برگزار شد.\n\n«شیخ تمیم بن حمد آل ثانی» امیر قطر تنها رهبر کشورهای عضو بود که شخصا در این "
            "اجلاس حاضر شد. امارات پیش از اجلاس از تشکیل کمیته‌ای با فرمان «شیخ خلیفه بن زاید» رئیس امارات خبر داد.")
    names = _names(extract(text, published="2017-12-05")["events"][0])
    assert "تمیم بن حمد آل ثانی" in names and "خلیفه بن زاید آل نهیان" not in names


def test_api_countries_told_to_attend_with_delegations_are_one_side_each(extract):
    text = ("به گزارش صدا و سیما، اجلاس سران گروه دی‌هشت امروز در ابوجا برگزار شد. در این اجلاس محمود احمدی‌نژاد "
            "رئیس جمهور کشورمان و یوسف رضا گیلانی نخست‌وزیر پاکستان حضور داشتند و ترکیه، مصر و مالزی نیز با "
            "هیئت‌هایی در سطوح مختلف در اجلاس شرکت کردند.")
    participants = extract(text, published="2010-07-08")["events"][0]["participants"]
    assert {"TR", "EG", "MY"} <= {p["country"] for p in participants}


def test_api_credentials_a_host_accepted_from_several_ambassadors_are_one_contact_each(extract):
    text = ("دوشنبه، 15 ژوئن (خاور) – امروز رئیس جمهور جمهوری تاجیکستان امامعلی رحمان در کاخ ملت استوارنامه‌های "
            "سفیران فوق‌العاده و تام‌الاختیار جمهوری اسلامی ایران، جمهوری اسلامی پاکستان و دولت کویت را پذیرفت.")
    events = extract(text, published="2011-06-15")["events"]
    assert sorted(sorted(p["country"] for p in e["participants"]) for e in events) == [
        ["IR", "TJ"], ["KW", "TJ"], ["PK", "TJ"]]


def test_api_who_attended_the_official_ceremony_joins_every_ambassadors_contact(extract):
    text = ("دوشنبه، 15 ژوئن (خاور) – امروز امامعلی رحمان رئیس جمهور تاجیکستان در کاخ ملت استوارنامه‌های سفیران "
            "جمهوری اسلامی ایران و دولت کویت را پذیرفت.\n\nدر مراسم رسمی که با اجرای سرودهای ملی کشورها همراه بود، "
            "حمرخان ظریفی وزیر امور خارجه تاجیکستان نیز حضور داشت.\n\nرئیس جمهور در گفتگو با سفیر ایران بر تکمیل "
            "نیروگاه سنگتوده تأکید کرد. در دیدار با سفیر کویت، همکاری در بخش انرژی بررسی شد.")
    events = extract(text, published="2011-06-15")["events"]
    assert len(events) == 2 and all("حمرخان ظریفی" in _names(e) for e in events)


def test_api_a_plenipotentiary_of_a_government_is_an_office_not_a_man_named_mokhtar(extract):
    text = ("اسفره، «خاور». امروز در شهر اسفره ملاقات رئیس اداره سرحدی ولایت سغد با فرمانده اداره سرحدی باتکن "
            "برگزار گردید. در این ملاقات نماینده مختار حکومت جمهوری قرقیزستان در ولایت باتکن نیز اشتراک داشت.")
    result = extract(text, published="2022-01-31")
    names = [p["name"] for e in result["events"] for p in e["participants"]] + [
        p["name"] for p in result["mentioned_people"]]
    assert "مختار حکومت" not in names
    assert any(p["role"]["code"] == "official" and p["country"] == "KG" for p in result["events"][0]["participants"])


def test_api_names_listed_before_plural_counterparts_take_their_countries_in_turn(extract):
    text = ("به گزارش ایلنا، نشست وزیران خارجه کواد امروز به میزبانی «سوبرامانیام جایشانکار» وزیر خارجه هند و با حضور "
            "«آنتونی بلینکن»، «پنی وونگ» و «یوشیماسا هایاشی» همتایان آمریکایی، استرالیایی و ژاپنی وی در دهلی‌نو "
            "برگزار شد.")
    participants = extract(text, published="2023-03-03")["events"][0]["participants"]
    countries = {p["name"]: p["country"] for p in participants}
    assert countries["پنی وونگ"] == "AU" and countries["یوشیماسا هایاشی"] == "JP"
    assert len(participants) == 4


def test_api_a_call_that_invited_to_a_session_still_to_come_happened(extract):
    text = ("به گزارش ایرنا، مصطفی الکاظمی نخست‌وزیر عراق امروز در تماس تلفنی با ابراهیم رئیسی رئیس‌جمهور، از ایران "
            "برای حضور در «نشست همکاری بغداد» که قرار است آخر هفته برگزار شود، دعوت کرد.")
    events = extract(text, published="2021-08-23")["events"]
    assert len(events) == 1 and events[0]["type"] == "phone_call"


def test_api_a_surname_told_again_without_its_arabic_article_is_the_same_man(extract):
    text = ("به گزارش ایسنا، محمدجواد ظریف، مولود چاووش‌اوغلو و ابراهیم الجعفری وزیران امور خارجه ایران، ترکیه و عراق "
            "امروز در نیویورک دیدار و گفتگو کردند.\n\nظریف پیش از این نشست و در همان روز با جعفری دیداری دوجانبه "
            "داشت.")
    events = extract(text, published="2017-09-20")["events"]
    assert len(events) == 2 and any(_names(e) == {"محمدجواد ظریف", "ابراهیم الجعفری"} for e in events)


def test_api_the_personal_share_of_an_ambassador_names_no_one(extract):
    text = ("به گزارش خاور، سراج‌الدین مهرالدین وزیر امور خارجه تاجیکستان امروز سفیر قزاقستان را به حضور پذیرفت. "
            "مهرالدین از سهم شخصی سفیر در تحکیم مناسبات دو کشور قدردانی کرد.")
    result = extract(text, published="2022-11-16")
    names = [p["name"] for e in result["events"] for p in e["participants"]] + [
        p["name"] for p in result["mentioned_people"]]
    assert "سهم شخصی" not in names


@pytest.mark.parametrize("second, events", [
    ("در دیدار سفیر تاجیکستان در ازبکستان نیز حضور داشت.", 1),
    ("در دیدار صابرزاده با وزیر کشور ازبکستان که سفیر تاجیکستان نیز حضور داشت، مرزها بررسی شد.", 2),
])
def test_api_who_attended_in_the_meeting_just_told_is_not_another_meeting(extract, second, events):
    text = ("به گزارش صدای مردم، وزیر دفاع تاجیکستان امامعلی صابرزاده امروز در تاشکند با وزیر دفاع ازبکستان باخادیر "
            "قربانوف دیدار و گفتگو کرد.\n\n" + second)
    assert len(extract(text, published="2022-02-17")["events"]) == events


@pytest.mark.parametrize("told_again, events", [
    ("امیرعبداللهیان صبح امروز در وزارت خارجه روسیه با لاوروف دیدار کرد.", 2),
    ("امیرعبداللهیان عصر امروز با سرگئی شویگو وزیر دفاع روسیه نیز دیدار کرد.", 3),
])
def test_api_the_leads_contact_told_again_at_its_hour_is_the_same_contact(extract, told_again, events):
    text = ("به گزارش ایرنا، حسین امیرعبداللهیان وزیر امور خارجه امروز سه‌شنبه در مسکو در دو دیدار جداگانه با سرگئی "
            "لاوروف وزیر خارجه روسیه و نیکلای پاتروشف دبیر شورای امنیت این کشور گفتگو کرد.\n\n" + told_again)
    assert len(extract(text, published="2023-03-28")["events"]) == events


def test_api_a_contact_on_the_sidelines_of_a_summit_is_no_summit_itself(extract):
    text = ("به گزارش ایسنا، شهباز شریف نخست‌وزیر پاکستان امروز در حاشیه نشست سران سازمان همکاری شانگهای در آستانه با "
            "رجب طیب اردوغان رئیس‌جمهور ترکیه دیدار کرد.\n\nنشست سران امروز با سخنرانی قاسم جومارت توکایف آغاز شد و "
            "شریف و اردوغان در آن حضور داشتند.\n\nبه گفته دفتر نخست‌وزیری، شریف و اردوغان درباره تجارت دوجانبه "
            "گفت‌وگو کردند.")
    events = extract(text, published="2024-07-04")["events"]
    assert sorted(e["type"] for e in events) == ["meeting", "multilateral_meeting"]


def test_api_a_lead_meeting_several_counterparts_sums_up_the_meetings_told_after_it(extract):
    text = ("به گزارش ایرنا، عباس عراقچی وزیر امور خارجه امروز در حاشیه نشست وزیران خارجه بریکس در ریو با چند تن از "
            "همتایان خود دیدار کرد.\n\nعراقچی نخست با مائورو ویرا وزیر خارجه برزیل دیدار کرد. وزیر امور خارجه "
            "کشورمان سپس با سوبرامانیام جایشانکار وزیر خارجه هند دیدار کرد.")
    events = extract(text, published="2025-04-28")["events"]
    assert len(events) == 2 and all(len(e["participants"]) == 2 for e in events)


def test_api_a_session_held_months_before_the_news_is_background(extract):
    text = ("به گزارش ایرنا، علی شمخانی دبیر شورای عالی امنیت ملی امروز سه‌شنبه در تهران با قاسم الاعرجی مشاور امنیت "
            "ملی عراق دیدار کرد.\n\nالاعرجی روز دوشنبه نیز با احمد وحیدی وزیر کشور دیدار کرده بود. در آن دیدار دو طرف "
            "درباره نتایج دومین دور گفتگوهای معاونان وزیران کشور ایران و عراق که فروردین ماه با حضور مجید میراحمدی در "
            "بغداد برگزار شد، تبادل نظر کردند.")
    names = [{p["name"] for p in e["participants"]} for e in extract(text, published="2022-07-12")["events"]]
    assert len(names) == 2 and all("مجید میراحمدی" not in n for n in names)


@pytest.mark.parametrize("verb, events", [("گفت‌وگو کرد", 1), ("گفت‌وگو خواهد کرد", 0)])
def test_api_a_plan_talked_about_does_not_make_the_talk_planned(extract, verb, events):
    text = ("به گزارش ایسنا، حسین امیرعبداللهیان وزیر امور خارجه امروز در دیدار با رضا امیری مقدم سفیر ایران در "
            "پاکستان درباره برنامه سفر رئیس‌جمهور به اسلام‌آباد " + verb + ".")
    assert len(extract(text, published="2024-04-01")["events"]) == events


def test_api_a_session_named_as_the_sidelines_of_a_contact_asked_about_is_no_contact(extract):
    text = ("به گزارش ایلنا، وزارت امور خارجه پاکستان امروز اعلام کرد شهباز شریف هفته آینده به آستانه سفر خواهد کرد. "
            "ممتاز زهرا بلوچ سخنگوی وزارت امور خارجه پاکستان در پاسخ به پرسشی درباره احتمال دیدار شریف با نارندرا مودی "
            "در حاشیه نشست آستانه گفت چیزی برای اعلام ندارد.")
    assert extract(text, published="2024-06-27")["events"] == []


def test_api_khovar_sideline_meeting_with_the_subject_right_after_the_session(extract):
    text = ("دوشنبه، «خاور». امروز در شهر آستانه اجلاس سران سازمان همکاری شانگهای با اشتراک رئیس جمهور تاجیکستان "
            "امامعلی رحمان برگزار گردید.\n\nهمچنین در حاشیه اجلاس رئیس جمهور تاجیکستان با رئیس جمهور ازبکستان شوکت "
            "میرضیایف ملاقات انجام داد.")
    events = extract(text, published="2024-07-04")["events"]
    assert any({p["name"] for p in e["participants"]} == {"امامعلی رحمان", "شوکت میرضیایف"} for e in events)


@pytest.mark.parametrize("noun", ["کنفرانس", "همایش", "مجمع"])
def test_api_sideline_meeting_with_the_subject_right_after_a_conference(extract, noun):
    text = (f"وزیر دفاع قزاقستان روز سه‌شنبه در {noun} امنیتی پکن سخنرانی کرد.\n\nعصر همان روز در حاشیه {noun} "
            "وزیر دفاع قزاقستان با وزیر دفاع ملی چین دونگ جون ملاقات انجام داد.")
    events = extract(text, published="2024-09-13")["events"]
    assert any(e["type"] == "meeting" and len(e["participants"]) == 2
               and {"KZ", "CN"} == {p["country"] for p in e["participants"]} for e in events)


@pytest.mark.parametrize("cue", ["به گفته بلخی", "به نقل از بلخی"])
@pytest.mark.parametrize("clause", ["سفیر ترکیه نیز امروز با وزیر خارجه دیدار کرد",
                                    "سفیر امارات متحده عربی نیز در دیدار با وزیر خارجه، از ادامه کمک‌های کشورش خبر داد"])
def test_api_a_title_after_the_source_of_what_follows_opens_the_subject(extract, cue, clause):
    text = ("کابل (پژواک): امیرخان متقی وزیر خارجه امارت اسلامی امروز با سفیر چین در کابل دیدار کرد. عبدالقهار بلخی "
            f"سخنگوی وزارت خارجه گفت که دو طرف درباره تجارت گفتگو کردند. {cue}، {clause}.")
    events = extract(text, published="2024-02-03")["events"]
    assert len(events) == 2 and _unnamed(events[1]) == {("ambassador", "TR" if "ترکیه" in clause else "AE")}


@pytest.mark.parametrize("group, events", [("مسئولان وزارت انرژی روسیه", 2), ("مقامات وزارت نیروی روسیه", 2),
                                           ("مقامات ارشد روسیه", 1)])
def test_api_a_ministrys_officials_met_after_someone_of_their_country_was_named_before(extract, group, events):
    text = ("تاشکند (ایرنا): جمشید خوجایف معاون نخست‌وزیر ازبکستان که برای مذاکره به مسکو رفته، می‌گوید که با طرف روسی "
            "به توافق رسیده است.\n\nآقای خوجایف روز دوشنبه در مسکو با سرگئی لاوروف وزیر امور خارجه روسیه دیدار کرد."
            f"\n\nخوجایف روز سه‌شنبه با {group} دیدار کرده و جزئیات قرارداد گاز را نهایی ساخته است.")
    found = extract(text, published="2023-03-01")["events"]
    assert len(found) == events and (events == 1 or _unnamed(found[1]) == {("official", "RU")})


@pytest.mark.parametrize("tail", ["نیز پذیرفته شده بود", "به حضور پذیرفته شد"])
def test_api_received_by_another_after_a_contact_in_the_same_sentence_is_a_contact_of_its_own(extract, tail):
    text = ("مسکو (ایرنا): وزیر امور خارجه ایران روز دوشنبه در هاوانا با برونو رودریگز پاریا همتای کوبایی خود "
            f"گفت‌وگو کرده و از سوی میگل دیاز-کانل رئیس‌جمهور کوبا {tail}.")
    events = extract(text, published="2024-02-20")["events"]
    assert [{(p["role"]["code"], p["country"]) for p in e["participants"]} for e in events] == [
        {("foreign_minister", "IR"), ("foreign_minister", "CU")}, {("foreign_minister", "IR"), ("head_of_state", "CU")}]


def test_api_khovar_session_told_again_without_its_demonstrative_is_the_same_session(extract):
    text = ("دوشنبه، «خاور». امروز در شهر باکو اجلاس سران کشورهای عضو سازمان همکاری اقتصادی با اشتراک رئیس جمهور "
            "تاجیکستان امامعلی رحمان برگزار گردید.\n\nدر اجلاس که به ریاست رئیس جمهور آذربایجان الهام علی‌اف برگزار "
            "شد، رئیس جمهور ایران مسعود پزشکیان و نخست وزیر پاکستان شهباز شریف اشتراک داشتند.")
    events = extract(text, published="2025-07-04")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting"] and len(events[0]["participants"]) == 4


def test_api_khovar_first_person_reminder_opens_a_told_contact(extract):
    text = ("دوشنبه، «خاور». امروز امامعلی رحمان رئیس جمهوری تاجیکستان وزیر امور خارجه ایران عباس عراقچی را به حضور "
            "پذیرفت.\n\nیادآور می‌شویم که روز گذشته وزیر امور خارجه ایران با سراج‌الدین مهرالدین، وزیر امور خارجه "
            "جمهوری تاجیکستان، مذاکره کرد.")
    events = extract(text, published="2025-03-11")["events"]
    assert len(events) == 2 and any("سراج‌الدین مهرالدین" in {p["name"] for p in e["participants"]} for e in events)


@pytest.mark.parametrize("second, events", [
    ("در دیدار نخست که صبح امروز با حضور عباس عراقچی وزیر امور خارجه برگزار شد، فیدان پیام کتبی «رجب طیب اردوغان» "
     "رئیس‌جمهور ترکیه را تسلیم کرد.", 2),
    ("رئیس‌جمهور در دیدار نخست‌وزیر ارمنستان نیکول پاشینیان، بر گسترش روابط تأکید کرد.", 3),
])
def test_api_the_first_of_the_meetings_told_is_no_other_meeting(extract, second, events):
    text = ("به گزارش ایرنا، مسعود پزشکیان رئیس‌جمهور امروز در دو دیدار جداگانه هاکان فیدان وزیر امور خارجه ترکیه و "
            "آرارات میرزویان وزیر امور خارجه ارمنستان را به حضور پذیرفت.\n\n" + second)
    assert len(extract(text, published="2024-10-15")["events"]) == events


def test_api_a_host_of_two_separate_meetings_hosts_each_guest_apart(extract):
    text = ("به گزارش ایسنا، محمدرضا عارف معاون اول رئیس‌جمهور امروز در دو دیدار جداگانه میزبان فواد حسین وزیر امور "
            "خارجه عراق و محمد اسحاق دار وزیر امور خارجه پاکستان بود.")
    events = extract(text, published="2024-11-11")["events"]
    assert [e["type"] for e in events] == ["meeting", "meeting"] and all(len(e["participants"]) == 2 for e in events)


def test_api_calls_in_the_plural_with_two_counterparts_are_one_call_each(extract):
    text = ("عبدالله عبدالله، رئیس شورای عالی مصالحه ملی، روز یکشنبه در تماس‌های تیلفونی با مولود چاووش‌اوغلو، وزیر "
            "خارجه ترکیه، و شاه محمود قریشی، وزیر خارجه پاکستان، روی روند صلح گفتگو کرده است.")
    events = extract(text, published="2020-10-04")["events"]
    assert [e["type"] for e in events] == ["phone_call", "phone_call"]


def test_api_a_call_sought_and_not_answered_is_no_call(extract):
    text = ("به گزارش ایسنا، یوری اوشاکوف دستیار رئیس‌جمهور روسیه امروز گفت درخواست ترکیه برای دیدار رهبران دو کشور "
            "دریافت شده است.\n\nرجب طیب اردوغان پیش‌تر گفته بود دو بار برای گفت‌وگوی تلفنی با ولادیمیر پوتین تماس "
            "گرفته اما پاسخی دریافت نکرده است.")
    assert extract(text, published="2015-11-29")["events"] == []


@pytest.mark.parametrize("said, events", [
    ("«روز گذشته با آقای سراج‌الدین مهرالدین وزیر امور خارجه تاجیکستان دیدار کردم.»", 1),
    ("«من هنوز با آقای سراج‌الدین مهرالدین وزیر امور خارجه تاجیکستان دیدار نکرده‌ام.»", 0),
])
def test_api_a_speaker_telling_his_own_contact_in_a_quotation_is_its_side(extract, said, events):
    text = ("به گزارش ایرنا، علیرضا حقیقیان سفیر جمهوری اسلامی ایران در دوشنبه در گفتگو با خبرنگار ایرنا از دیدارهای "
            "خود خبر داد.\n\nحقیقیان گفت: " + said)
    result = extract(text, published="2023-05-10")["events"]
    assert len(result) == events
    assert all({p["name"] for p in e["participants"]} == {"علیرضا حقیقیان", "سراج‌الدین مهرالدین"} for e in result)


@pytest.mark.parametrize("tally, events", [("امسال سه بار", 1), ("امروز برای دومین بار", 2)])
def test_api_a_count_of_trips_is_no_trip_of_the_news(extract, tally, events):
    text = ("به گزارش ایرنا، وانگ یی وزیر امور خارجه چین امروز در پکن با سرگئی لاوروف وزیر امور خارجه روسیه دیدار کرد."
            "\n\nولادیمیر پوتین رئیس‌جمهور روسیه " + tally + " به چین سفر کرده است.")
    assert len(extract(text, published="2024-05-20")["events"]) == events


def test_api_an_interview_by_phone_with_the_agency_is_no_call_and_the_speakers_own_contacts_are_told(extract):
    text = ("به گزارش خبرنگار مهر، محمد کاظم آل صادق سفیر جمهوری اسلامی ایران در بغداد در گفتگوی تلفنی با مهر از "
            "دیدارهای خود خبر داد.\n\nوی گفت: «امروز صبح با آقای فواد حسین وزیر امور خارجه عراق تلفنی گفتگو کردم.» "
            "آل صادق درباره دیدار با نخست وزیر عراق گفت: «دو هفته پیش نیز با آقای محمد شیاع السودانی دیدار داشتم.»")
    events = extract(text, published="2023-05-10")["events"]
    assert [(len(e["participants"]), e["type"]) for e in events] == [(2, "phone_call")]
    assert "محمد شیاع السودانی" not in {p["name"] for p in events[0]["participants"]}


def test_api_a_meeting_told_in_an_interview_by_phone_is_no_call(extract):
    text = ("به گزارش خبرنگار مهر، کاظم جلالی سفیر جمهوری اسلامی ایران در مسکو امروز در گفتگوی تلفنی با مهر از دیدار "
            "خود با سرگئی لاوروف وزیر امور خارجه روسیه خبر داد.")
    assert [e["type"] for e in extract(text, published="2024-02-12")["events"]] == ["meeting"]


def test_api_an_ambassadors_request_for_a_meeting_is_requested(extract):
    text = ("به گزارش ایلنا، وحید جلال‌زاده رئیس کمیسیون امنیت ملی مجلس امروز از درخواست سفیر اوکراین در تهران برای "
            "دیدار با اعضای کمیسیون امنیت ملی خبر داد.")
    result = extract(text, published="2022-03-01")
    assert result["events"] == [] and [o["status"] for o in result["other_contacts"]] == ["requested"]


def test_api_the_spokesman_who_says_before_a_comma_takes_no_part(extract):
    text = ("کابل (پژواک): دولت وزیری سخنگوی وزارت دفاع ملی میگوید، بسم‌الله خان محمدی وزیر دفاع کشور روز پنجشنبه در "
            "بروکسل با لیون پانتا وزیر دفاع امریکا ملاقات کرده است.")
    names = {p["name"] for e in extract(text, published="2012-04-21")["events"] for p in e["participants"]}
    assert "دولت وزیری" not in names and len(names) == 2


@pytest.mark.parametrize("deputy", ["معین سیاسی این وزارت", "معاون سیاسی این وزارت"])
def test_api_the_spokesman_who_says_before_a_title_takes_no_part(extract, deputy):
    text = (f"کابل (پژواک): احمد نوری سخنگوی وزارت امور خارجه میگوید {deputy} روز دوشنبه با سفیر چین در کابل "
            "دیدار کرده است.")
    events = extract(text, published="2021-03-10", source_country="AF")["events"]
    assert [_names(e) for e in events] == [{None}]
    assert ("deputy_foreign_minister", "AF") in _unnamed(events[0])


@pytest.mark.parametrize("press", ["نشست خبری پایانی", "نشست مطبوعاتی مشترک"])
def test_api_who_was_at_the_press_conference_is_no_side_of_the_meeting_told(extract, press):
    text = ("به گزارش خبرگزاری فارس، وزیر نفت روسیه روز جمعه با نخست‌وزیر پاکستان دیدار کرد. «احمد کریمی» وزیر مشاور "
            f"در امور انرژی پاکستان که در {press} حضور داشت، گفت: «قرارداد به زودی نهایی خواهد شد.»")
    events = extract(text, published="2023-01-21")["events"]
    assert len(events) == 1 and "احمد کریمی" not in _names(events[0])


@pytest.mark.parametrize("title, role", [("وزیر کارهای خارجی", "foreign_minister"),
                                         ("معاون وزیر کارهای خارجی", "deputy_foreign_minister")])
def test_api_the_tajik_foreign_affairs_title_is_the_foreign_ministers(extract, title, role):
    text = (f"دوشنبه، خاور. امروز {title} جمهوری تاجیکستان با سفیر چین در دوشنبه ملاقات کرد و جانبین مسائل "
            "همکاری را بررسی کردند.")
    events = extract(text, published="2023-10-12", source_country="TJ")["events"]
    assert len(events) == 1
    assert [p["role"]["code"] for p in events[0]["participants"] if p["country"] == "TJ"] == [role]


def test_api_who_is_to_lead_a_delegation_at_a_session_to_come_attends_no_contact_told(extract):
    text = ("دوشنبه، خاور. امروز وزیر امور خارجه جمهوری تاجیکستان سراج‌الدین مهرالدین سفیر چین را به حضور پذیرفت. "
            "جانبین آماده‌گی‌ها برای نشست سران را که ماه آینده در آستانه برگزار می‌شود، مورد بحث قرار دادند. قرار است "
            "هیئت جمهوری تاجیکستان در این نشست را رئیس جمهوری تاجیکستان امامعلی رحمان سرپرستی کند.")
    events = extract(text, published="2024-05-10", source_country="TJ")["events"]
    assert len(events) == 1 and "امامعلی رحمان" not in _names(events[0])


def test_api_the_delegation_told_back_is_the_subject_not_its_host_before(extract):
    text = ("به گزارش خبرگزاری مهر، امیر سرلشکر سید عبدالرحیم موسوی فرمانده کل ارتش امروز سه‌شنبه با هیئتی از آکادمی "
            "نظامی روسیه به سرپرستی معاون رئیس این آکادمی دیدار کرد. اعضای این هیئت روز دوشنبه نیز از دانشگاه "
            "فرماندهی و ستاد ارتش بازدید کردند و در نشستی با رئیس این دانشگاه، با روش‌های آموزش آشنا شدند.")
    events = extract(text, published="2018-05-01")["events"]
    assert len(events) == 2 and _names(events[1]) == {None}


def test_api_a_counterpart_is_not_one_of_that_country_named_with_another_office(extract):
    text = ("تاشکند (پژواک): عطاالله عمری سرپرست وزارت زراعت که به ازبکستان سفر کرده، دیروز با همتای ازبکستانی خود "
            "دیدار کرد. عمری امروز نیز با عصمت‌الله ایرگاشف نماینده خاص رئیس‌جمهور ازبکستان برای افغانستان دیدار کرد.")
    events = extract(text, published="2024-09-16", source_country="AF")["events"]
    assert len(events) == 2 and "عصمت‌الله ایرگاشف" not in _names(events[0])
    assert ("minister", "UZ") in _unnamed(events[0])
    text = ("به گزارش ایرنا، تانر ییلدیز وزیر انرژی ترکیه امروز با مسعود میرکاظمی وزیر نفت دیدار کرد. همتای ترک "
            "میرکاظمی عصر امروز با محمدرضا رحیمی معاون اول رئیس‌جمهور نیز دیدار کرد.")
    events = extract(text, published="2010-10-19")["events"]
    assert [_names(e) for e in events] == [{"تانر ییلدیز", "مسعود میرکاظمی"}, {"تانر ییلدیز", "محمدرضا رحیمی"}]


def test_api_then_told_after_the_subject_opens_another_contact(extract):
    text = ("دیدارهای سرپرست وزارت صحت عامه\n\nکابل (پژواک): قلندر عباد سرپرست وزارت صحت عامه امروز با رمیز "
            "علی‌اکبروف معاون نماینده ویژه سرمنشی ملل متحد دیدار کرد.\n\nعباد پس از آن با رئیس هیئت کمیته بین‌المللی "
            "صلیب سرخ در کابل دیدار کرد.")
    assert len(extract(text, published="2022-06-05")["events"]) == 2


def test_api_khovar_meeting_just_told_without_its_demonstrative_is_no_new_meeting(extract):
    text = ("دوشنبه، «خاور». همان روز نخست‌وزیر جمهوری تاجیکستان قاهر رسول‌زاده وزیر امور خارجه ازبکستان بختیار سعیداف "
            "را به حضور پذیرفت. در دیدار مسائل آماده‌سازی سفر دولتی رئیس‌جمهور ازبکستان شوکت میرضیایف به تاجیکستان و "
            "دیدار وی با امامعلی رحمان مورد بررسی قرار گرفت.")
    events = extract(text, published="2023-05-10")["events"]
    assert len(events) == 1 and "شوکت میرضیایف" not in {p["name"] for p in events[0]["participants"]}


def test_api_what_the_speaker_adds_with_no_subject_of_its_own_is_his_contact(extract):
    text = ("به گزارش طلوع‌نیوز، حمدالله محب مشاور امنیت ملی رئیس جمهور امروز در یک نشست خبری در کابل گفت که روز گذشته با "
            "زلمی خلیلزاد نماینده ویژه امریکا دیدار کرده است.\n\nآقای محب گفت: «دیروز با آقای خلیلزاد ملاقات کردم.»\n\n"
            "او افزود که شب گذشته نیز با مویید یوسف مشاور امنیت ملی پاکستان تلفنی گفتگو کرده است.")
    events = extract(text, published="2020-11-02")["events"]
    assert sorted(e["type"] for e in events) == ["meeting", "phone_call"]
    assert all("حمدالله محب" in {p["name"] for p in e["participants"]} for e in events)


@pytest.mark.parametrize("text", [
    "رنگین دادفر سپنتا وزیر امور خارجه امروز چهارشنبه در یک کنفرانس خبری در کابل گفت که روز گذشته با خورشید محمود قصوری "
    "وزیر خارجه پاکستان تیلفونی صحبت کرده است.\n\nوزیر خارجه همچنین گفت که امروز صبح با تام کونیگز نماینده خاص "
    "سرمنشی ملل متحد ملاقات کرده است.",
    "سلطان احمد بهین سخنگوی وزارت خارجه امروز گفت: «آقای سپنتا دیروز با آقای خورشید محمود قصوری وزیر خارجه پاکستان "
    "تیلفونی صحبت کرد.»\n\nبهین افزود: «وزیر خارجه امروز صبح نیز سفیر چین در کابل را به حضور پذیرفت.»",
])
def test_api_a_second_contact_the_speaker_tells_is_told(extract, text):
    assert len(extract(text, published="2007-07-11")["events"]) == 2


def test_api_a_trip_to_a_city_of_ones_own_country_is_no_visit(extract):
    text = ("به گزارش صدا و سیما، «ویاچسلاو ولودین» رئیس دومای دولتی روسیه امروز در تماس تلفنی با محمدباقر قالیباف رئیس "
            "مجلس شورای اسلامی حادثه را تسلیت گفت.\n\nمسعود پزشکیان امروز برای بازدید از محل حادثه به بندرعباس سفر کرد.")
    assert [e["type"] for e in extract(text, published="2025-04-27")["events"]] == ["phone_call"]


def test_api_the_session_told_as_that_one_is_the_meeting_just_told(extract):
    text = ("دوشنبه (خاور) – روز چهارشنبه وزیر کشور ایران احمد وحیدی با رمضان رحیم‌زاده وزیر امور داخله جمهوری "
            "تاجیکستان در وزارت امور داخله ملاقات کرد. در آن نشست که با حضور سفیر ایران در دوشنبه برگزار شد، مبارزه با "
            "قاچاق مواد مخدر بررسی شد.")
    events = extract(text, published="2023-05-10")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 3


def test_api_a_future_in_what_was_said_at_a_meeting_does_not_plan_the_meeting(extract):
    text = ("به گزارش خبرگزاری مهر، علی‌اکبر محرابیان وزیر نیرو روز دوشنبه در دیدار با سفیر ارمنستان در تهران، از پیشرفت "
            "ساخت خط انتقال برق میان دو کشور خبر داد و گفت بخش ایرانی این پروژه تا پایان سال آماده بهره برداری خواهد شد.")
    assert len(extract(text, published="2022-05-09")["events"]) == 1


def test_api_the_speakers_contact_told_with_its_day_and_place_only(extract):
    text = ("محمد حنیف اتمر مشاور امنیت ملی ریاست جمهوری در صحبت با آژانس خبری پژواک گفت که دیروز در کابل با جنرال جان "
            "نیکلسون فرمانده ماموریت حمایت قاطع ناتو ملاقات کرده است.")
    events = extract(text, published="2017-09-03")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 2


def test_api_whose_invitation_is_handed_over_takes_no_part(extract):
    text = ("به گزارش خبرگزاری فارس، عباس عراقچی وزیر امور خارجه امروز در دیدار با امامعلی رحمان رئیس جمهور تاجیکستان "
            "دعوتنامه رسمی مسعود پزشکیان را به وی تسلیم کرد.")
    names = {p["name"] for e in extract(text, published="2025-03-10")["events"] for p in e["participants"]}
    assert "مسعود پزشکیان" not in names and len(names) == 2


@pytest.mark.parametrize("earlier, events", [
    ("پیش از این نیز عراقچی و الیحیی در حاشیه نشست‌های منطقه‌ای با یکدیگر دیدار کرده بودند.", 1),
    ("پیش از این دیدار، الیحیی با وزیر کشور ایران دیدار کرده بود.", 2),
])
def test_api_a_meeting_told_as_earlier_in_the_past_perfect_is_background(extract, earlier, events):
    text = ("به گزارش خبرگزاری فارس، سفیر جمهوری اسلامی ایران در کویت روز دوشنبه با عبدالله علی الیحیی وزیر امور خارجه "
            "کویت دیدار و گفتگو کرد.\n\n" + earlier)
    assert len(extract(text, published="2024-11-18")["events"]) == events


@pytest.mark.parametrize("members", [
    "سید عباس عراقچی معاون وزیر امور خارجه نیز عضو هیئت ایرانی بود.",
    "سید عباس عراقچی معاون وزیر امور خارجه نیز از اعضای این هیئت بود.",
])
def test_api_a_member_of_a_delegation_told_after_the_meeting_takes_part(extract, members):
    text = ("به گزارش خبرگزاری ایرنا، محمدجواد ظریف وزیر امور خارجه امروز در مسکو با سرگئی لاوروف همتای روس خود دیدار "
            "کرد. " + members)
    events = extract(text, published="2016-12-01")["events"]
    assert len(events) == 1 and "عباس عراقچی" in {p["name"] for p in events[0]["participants"]}


def test_api_who_accompanied_a_side_or_stood_beside_him_takes_part(extract):
    text = ("به گزارش خبرگزاری صدا و سیما، دونالد ترامپ رئیس‌جمهور آمریکا و ولادیمیر پوتین رئیس‌جمهور روسیه امروز در "
            "آنکوریج دیدار و گفتگو کردند. این نشست در قالب «سه به سه» برگزار شد؛ ترامپ را مارکو روبیو وزیر خارجه و استیو "
            "ویتکاف فرستاده ویژه‌اش همراهی کردند و سرگئی لاوروف وزیر خارجه و یوری اوشاکوف دستیار رئیس‌جمهور روسیه نیز در "
            "کنار پوتین حضور داشتند.")
    events = extract(text, published="2025-08-15")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 6


def test_api_a_plural_title_opening_a_contact_is_the_holders_of_the_session_told(extract):
    text = ("دوشنبه، خاور. نشست شورای وزیران امور خارجه سازمان همکاری شانگهای امروز در شهر دوشنبه به ریاست سراج‌الدین اسلاف "
            "وزیر امور خارجه تاجیکستان برگزار شد. در این نشست وانگ یی وزیر امور خارجه چین و سرگئی لاوروف وزیر امور خارجه "
            "روسیه شرکت کردند. پس از پایان نشست، وزیران خارجه با امامعلی رحمان رئیس جمهوری تاجیکستان دیدار کردند.")
    events = extract(text, published="2014-07-31")["events"]
    assert len(events) == 2 and len(events[1]["participants"]) == 4


def test_api_who_said_something_in_his_speech_after_a_session_told_held_attended_it(extract):
    text = ("به گزارش خبرنگار مهر، بیست و دومین نشست شورای وزیران سازمان همکاری اقتصادی (اکو) امروز در اسلام آباد برگزار "
            "شد. در این نشست مولود چاووش اوغلو وزیر امور خارجه ترکیه و خلیل ابراهیم آکچا دبیرکل اکو حضور داشتند.\n\n"
            "محمدجواد ظریف وزیر امور خارجه کشورمان در سخنرانی خود گفت: «اکو ظرفیت بزرگی دارد.»")
    events = extract(text, published="2017-02-28")["events"]
    assert len(events) == 1 and "محمدجواد ظریف" in {p["name"] for p in events[0]["participants"]}


def test_api_a_guest_known_by_his_country_is_the_subject_no_earlier_one_is_added(extract):
    text = ("روز گذشته رئیس جمهوری تاجیکستان امامعلی رحمان دبیر شورای امنیت روسیه نیکلای پاتروشف را به حضور پذیرفت. "
            "نیکلای پاتروشف سلام ولادیمیر پوتین رئیس جمهور روسیه را به رئیس جمهوری تاجیکستان ابلاغ کرد. روز سه‌شنبه "
            "میهمان روس با دبیر شورای امنیت جمهوری تاجیکستان نیز ملاقات کرده بود.")
    events = extract(text, published="2013-07-10")["events"]
    assert "ولادیمیر پوتین" not in {p["name"] for e in events for p in e["participants"]}


@pytest.mark.parametrize("quote", [
    "«دیروز در تماس تلفنی با عبدالامیر الشمری وزیر کشور عراق درباره ظرفیت مرزها صحبت کردم.»",
    "«دیروز با عبدالامیر الشمری وزیر کشور عراق تلفنی گپ زدم.»",
])
def test_api_a_call_the_speaker_tells_as_his_own_talk_is_a_call(extract, quote):
    text = "به گزارش خبرنگار صدا و سیما، اسکندر مومنی وزیر کشور امروز در جمع خبرنگاران گفت: " + quote
    events = extract(text, published="2025-07-16")["events"]
    assert [e["type"] for e in events] == ["phone_call"] and len(events[0]["participants"]) == 2


def test_api_what_the_speaker_agreed_at_a_meeting_is_no_contact_told_by_itself(extract):
    text = ("به گزارش ایلنا، علی ربیعی وزیر کار امروز در نشست خبری درباره نتایج سفر ماه گذشته خود به کابل گفت: «در دیدار "
            "با خانم آمنه افضلی وزیر کار افغانستان توافق کردیم که روادید کار صادر شود.»")
    assert extract(text, published="2014-05-20")["events"] == []


def test_api_a_claimed_call_the_speaker_calls_a_lie_is_no_call(extract):
    text = ("به گزارش صدا و سیما، لاریجانی در پاسخ به پرسشی درباره ادعای یک پایگاه خبری مبنی بر گفت‌وگوی تلفنی او با جان "
            "کری وزیر خارجه آمریکا گفت: «این خبر کذب محض است.»")
    assert extract(text, published="2015-08-19")["events"] == []


@pytest.mark.parametrize("visit", ["به دیدنم آمد", "به دیدن ما آمد"])
def test_api_someone_who_came_to_see_the_speaker_met_him(extract, visit):
    text = ("به گزارش تسنیم، امیر دریادار حسین خانزادی فرمانده نیروی دریایی ارتش امروز گفت: «امروز صبح فرمانده ناوگروه "
            f"ناوگان بالتیک روسیه {visit} و درباره تمرین‌ها هماهنگی‌های لازم صورت گرفت.»")
    events = extract(text, published="2019-12-28")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 2


def test_api_a_quoted_contact_of_the_speaker_named_by_a_common_word_is_his_whatever_he_said_next(extract):
    text = ("به گزارش خبرنگار ایلنا، محمد اسلامی رئیس سازمان انرژی اتمی ایران امروز در جمع خبرنگاران در وین سخن گفت.\n\n"
            "اسلامی اظهار کرد: «دیروز با آقای رافائل گروسی مدیرکل آژانس دیدار کردم و صریح به او گفتم که این پرونده باید "
            "بسته شود.»")
    events = extract(text, published="2022-09-27")["events"]
    assert len(events) == 1 and {p["name"] for p in events[0]["participants"]} == {"محمد اسلامی", "رافائل گروسی"}


def test_api_a_contact_in_the_past_perfect_earlier_this_month_is_background_with_its_session(extract):
    text = ("دوشنبه، خاور. رئیس جمهور جمهوری تاجیکستان امامعلی رحمان به مناسبت سالروز استقلال ترکمنستان، پیام تبریکی به "
            "رئیس جمهور ترکمنستان سردار بردی‌محمداف فرستاد.\n\n"
            "یادآور می‌شویم که رهبران دو کشور اواسط همین ماه در پنجمین نشست مشورتی سران کشورهای آسیای مرکزی در دوشنبه "
            "با یکدیگر دیدار کرده بودند.")
    assert extract(text, published="2023-09-27")["events"] == []


def test_api_a_call_coordinated_after_hosting_has_only_its_own_counterpart(extract):
    text = ("تهران- ایرنا- منوچهر متکی وزیر امور خارجه امروز دوشنبه میزبان همتای بحرینی خود بود و شامگاه نیز در تماسی "
            "تلفنی با ولید المعلم وزیر امور خارجه سوریه گفت‌وگو کرد.")
    calls = [e for e in extract(text, published="2008-11-10")["events"] if e["type"] == "phone_call"]
    assert calls and all({p["name"] for p in e["participants"]} == {"منوچهر متکی", "ولید المعلم"} for e in calls)


def test_api_a_speech_at_a_session_the_next_sentence_tells_chaired_is_its_attendance(extract):
    text = ("به گزارش خبرگزاری تسنیم، محمود احمدی‌نژاد رئیس جمهور روز دوشنبه در نشست سطح بالای مجمع عمومی سازمان ملل درباره "
            "حاکمیت قانون سخنرانی کرد.\n\nاین نشست به ریاست «ووک یرمیچ» رئیس شصت و هفتمین دوره مجمع عمومی برگزار شد.\n\n"
            "رئیس جمهور عصر دوشنبه با آصف علی زرداری رئیس جمهور پاکستان دیدار کرد.")
    events = extract(text, published="2012-09-25")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting", "meeting"]
    assert {p["name"] for p in events[0]["participants"]} == {"محمود احمدی‌نژاد", "ووک یرمیچ"}


def test_api_who_represented_a_country_at_the_session_attended_it(extract):
    text = ("به گزارش طلوع‌نیوز، رئیس جمهور محمد اشرف غنی روز پنجشنبه در سیزدهمین نشست سران سازمان همکاری اسلامی در "
            "استانبول اشتراک کرد. این نشست به میزبانی رجب طیب اردوغان رئیس جمهور ترکیه برگزار شد. پاکستان را در این "
            "نشست ممنون حسین رئیس جمهور آن کشور نمایندگی می‌کرد.")
    events = extract(text, published="2016-04-15")["events"]
    assert "ممنون حسین" in {p["name"] for e in events for p in e["participants"]}


def test_api_a_summit_told_first_in_the_body_is_read_when_the_headline_tells_a_sideline_contact(extract):
    text = (
            'خبرگزاری دانشجویان ایران (ایسنا)\n۰۳ آبان ۱۴۰۳ - ۱۱:۰۵\nکد خبر: ۱۴۰۳۰۸۰۳۰۴۵۱۲\n\nپزشکیان در کازان با السیسی '
            'و رامافوزا دیدار کرد\n\nبه گزارش ایسنا، مسعود پزشکیان رئیس جمهور روز چهارشنبه در نشست سران کشورهای عضو '
            'بریکس در قالب محدود که به میزبانی ولادیمیر پوتین رئیس جمهور روسیه در کازان برگزار شد، شرکت کرد. شی جین\u200cپینگ '
            'رئیس جمهور چین، نارندرا مودی نخست وزیر هند، سیریل رامافوزا رئیس جمهور آفریقای جنوبی، عبدالفتاح السیسی '
            'رئیس جمهور مصر، محمد بن زاید رئیس امارات متحده عربی و ابی احمد نخست وزیر اتیوپی از دیگر شرکت\u200cکنندگان '
            'این نشست بودند.\n\nپزشکیان عصر چهارشنبه با عبدالفتاح السیسی دیدار کرد. در این دیدار که سید عباس عراقچی '
            'وزیر امور خارجه نیز حضور داشت، دو طرف درباره توقف جنگ در غزه و لبنان و گسترش روابط دوجانبه گفت\u200cوگو کردند. '
            'السیسی گفت دو کشور برای ثبات منطقه باید رایزنی\u200cهای خود را ادامه دهند.\n\nرئیس جمهور امروز نیز با سیریل '
            'رامافوزا دیدار کرد و از پرونده\u200cای که آفریقای جنوبی علیه رژیم صهیونیستی در دیوان بین\u200cالمللی دادگستری '
            'گشوده است، قدردانی کرد. دو طرف همچنین درباره همکاری در حوزه معدن و انرژی تبادل نظر کردند.')
    events = extract(text)["events"]
    assert sorted(e["type"] for e in events) == ["meeting", "meeting", "multilateral_meeting"]


def test_api_a_minister_named_after_his_title_in_khovar_order_receives_an_envoy_later(extract):
    text = ("دوشنبه، ۱۶ مارس. /خاور/. روز ۱۵ مارس وزیر امور خارجه جمهوری تاجیکستان طلبک نذراف با وزیر امور خارجه "
            "جمهوری اسلامی ایران کمال خرازی تلفنی گفتگو نمود.\n\nهمان روز طلبک نذراف سفیر جمهوری اسلامی ایران در جمهوری "
            "تاجیکستان را به حضور پذیرفت.")
    events = extract(text, published="2005-03-16")["events"]
    assert [(e["type"], len(e["participants"])) for e in events] == [("phone_call", 2), ("meeting", 2)]
    assert "طلبک نذراف" in {p["name"] for p in events[0]["participants"]}


@pytest.mark.parametrize("when, events", [("اول اردیبهشت ماه", 0), ("دیروز", 1)])
def test_api_a_contact_dated_weeks_before_the_news_is_background(extract, when, events):
    text = (f"به گزارش خبرگزاری تسنیم، عمران خان نخست وزیر پاکستان {when} در سفر به تهران با حسن روحانی رئیس جمهور "
            "دیدار کرد و دو طرف بر تشکیل نیروی واکنش سریع مشترک در مرز توافق کردند.")
    assert len(extract(text, published="2019-05-14")["events"]) == events


def test_api_the_speaker_who_says_he_had_a_call_is_its_side(extract):
    text = ("کابل (پژواک): محمد عمر داودزی وزیر امور داخله کشور می‌گوید، دیروز با چودری نثار علی خان وزیر داخله پاکستان "
            "تلفنی گفتگو کرده است.")
    events = extract(text, published="2014-06-22")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 2


def test_api_someone_who_came_to_see_the_speaker_told_in_reported_speech_met_him(extract):
    text = ("به گزارش ایرنا، کمال خرازی وزیر امور خارجه امروز در جمع خبرنگاران سخن گفت. خرازی همچنین گفت که سفیر آلمان "
            "در تهران امروز صبح به دیدنش آمده و پیام برلین را منتقل کرده است.")
    events = extract(text, published="2005-05-11")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 2


def test_api_who_spoke_at_a_session_told_opened_attended_it(extract):
    text = (
            'آژانس خبری پژواک\n۱۵ حمل ۱۳۸۶\n\nافغانستان رسماً عضو هشتم سارک شد؛ کرزی با شوکت عزیز و راجاپکسه دیدار کرد\n\nنئی '
            'دهلی (پژواک، ۱۵ حمل ۸۶): افغانستان روز گذشته در چهاردهمین نشست سران سازمان همکاری\u200cهای منطقه\u200cای جنوب '
            'آسیا (سارک) در نئی دهلی به عنوان هشتمین عضو این سازمان پذیرفته شد.\n\nنشست به ریاست منموهن سنگ صدراعظم '
            'هند گشایش یافت و حامد کرزی رئیس جمهور کشور برای نخستین بار به عنوان رهبر یک کشور عضو در آن سخنرانی کرد. '
            'شوکت عزیز صدراعظم پاکستان، مهیندا راجاپکسه رئیس جمهور سریلانکا، مأمون عبدالقیوم رئیس جمهور مالدیو، گریجا '
            'پراساد کویرالا صدراعظم نپال و فخرالدین احمد رئیس حکومت موقت بنگلادش نیز در نشست حضور داشتند. نمایندگان '
            'چین، جاپان، امریکا، کوریای جنوبی و اتحادیه اروپا به عنوان ناظر در نشست اشتراک کردند.')
    events = extract(text)["events"]
    assert "حامد کرزی" in {p["name"] for e in events for p in e["participants"]}


def test_api_heads_present_at_this_summit_attended_the_summit_told_ended(extract):
    text = ("به گزارش خبرنگار اعزامی فارس به ریاض، سومین اجلاس سران کشورهای عضو اوپک امروز یکشنبه با صدور «بیانیه ریاض» "
            "به کار خود پایان داد.\n\nمحمود احمدی‌نژاد رئیس‌جمهور کشورمان، هوگو چاوز رئیس‌جمهور ونزوئلا و عبدالعزیز "
            "بوتفلیقه رئیس‌جمهور الجزایر از جمله سران حاضر در این اجلاس بودند.\n\nاحمدی‌نژاد شامگاه شنبه با هوگو چاوز "
            "رئیس‌جمهور ونزوئلا دیدار کرد.")
    events = extract(text, published="2007-11-18")["events"]
    assert sorted(e["type"] for e in events) == ["meeting", "multilateral_meeting"]


def test_api_someone_who_came_to_see_him_told_in_what_he_said_with_a_comma_after(extract):
    text = ("به گزارش ایسنا، علی کردان وزیر کشور امروز در جمع خبرنگاران سخن گفت.\n\nوزیر کشور همچنین گفت که امروز صبح "
            "سفیر عراق در تهران به دیدنش آمده و درباره تسهیل تردد زائران، بازگشایی گذرگاه‌های مرزی و مبارزه با قاچاق "
            "گفتگو کرده‌اند.")
    events = extract(text, published="2008-10-13")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 2


def test_api_a_contact_the_speaker_adds_he_had_on_this_trip_is_his(extract):
    text = ("کابل (پژواک): نشست کمیسیون مشترک افغانستان و تاجیکستان به ریاست علی احمد عثمانی وزیر انرژی و آب کشور دیروز "
            "در شهر دوشنبه برگزار شد.\n\nاو افزود که در جریان این سفر با قاهر رسول‌زاده نخست‌وزیر تاجیکستان نیز دیدار کرده "
            "است.")
    events = extract(text, published="2015-05-20")["events"]
    assert any({p["name"] for p in e["participants"]} == {"علی احمد عثمانی", "قاهر رسول‌زاده"} for e in events)


def test_api_a_meeting_media_reported_and_the_office_rejected_is_denied(extract):
    text = ("به گزارش هشت صبح، دفتر عطا محمد نور والی بلخ گزارش‌ها در مورد دیدار پنهانی آقای نور با محمد حنیف اتمر مشاور "
            "امنیت ملی را رد کرده است.\n\nشماری از رسانه‌های اجتماعی روز سه‌شنبه گزارش داده بودند که عطا محمد نور شب دوشنبه "
            "در کابل با مشاور امنیت ملی دیدار کرده است.")
    assert extract(text, published="2018-01-10")["events"] == []


def test_api_a_speech_at_a_session_its_relative_clause_tells_chaired_is_attending_it(extract):
    text = ("به گزارش طلوع‌نیوز، بسم‌الله محمدی وزیر دفاع ملی که به بروکسل رفته است، روز چهارشنبه با ینس استولتنبرگ "
            "دبیرکل ناتو دیدار کرد.\n\nمحمدی امروز در نشست وزیران دفاع کشورهای عضو ماموریت حمایت قاطع که به ریاست "
            "استولتنبرگ برگزار شد، سخنرانی کرد.")
    events = extract(text, published="2015-02-05", source_country="AF")["events"]
    assert [e["type"] for e in events] == ["meeting", "multilateral_meeting"]
    assert {p["name"] for p in events[1]["participants"]} == {"بسم‌الله خان محمدی", "ینس استولتنبرگ"}
    assert events[1]["date"]["value"] == "2015-02-05"


def test_api_a_session_its_relative_clause_tells_held_in_a_city_is_there(extract):
    text = ("به گزارش ایسنا، علی شمخانی دبیر شورای عالی امنیت ملی امروز سه‌شنبه در نشست بین‌المللی مقامات عالی امنیتی "
            "که به میزبانی نیکلای پاتروشف دبیر شورای امنیت روسیه در مسکو برگزار شد، سخنرانی کرد.\n\n"
            "شمخانی در حاشیه این نشست با اجیت دووال مشاور امنیت ملی هند نیز دیدار کرد.")
    events = extract(text, published="2018-05-22")["events"]
    assert [(e["location"] or {}).get("name_en") for e in events] == ["Moscow", "Moscow"]

def test_api_a_states_minister_meeting_an_organisations_head_at_a_summit_is_a_meeting(extract):
    text = ("به گزارش طلوع‌نیوز، بسم‌الله محمدی وزیر دفاع ملی که برای شرکت در نشست وزیران دفاع کشورهای عضو ناتو به "
            "بروکسل رفته است، روز پنجشنبه با ینس استولتنبرگ دبیرکل ناتو دیدار کرد.")
    events = extract(text, published="2015-02-05", source_country="AF")["events"]
    assert [e["type"] for e in events] == ["meeting"]


def test_api_this_official_of_a_country_named_by_its_demonym_is_its_guest_not_whose_greetings_he_brought(extract):
    text = ("به گزارش ایرنا، علی‌اکبر صالحی وزیر امور خارجه امروز در تهران با وزیر امور خارجه بورکینافاسو دیدار کرد.\n\n"
            "وزیر خارجه بورکینافاسو با ابلاغ سلام بلز کامپائوره رئیس‌جمهور این کشور گفت کشورش خواهان همکاری کشاورزی است.\n\n"
            "این مقام بورکینافاسویی روز گذشته نیز با کامران دانشجو وزیر علوم دیدار کرده بود.")
    events = extract(text, published="2012-02-20")["events"]
    assert len(events) == 2
    guest = [p for p in events[1]["participants"] if p["country"] == "BF"]
    assert [(p["name"], p["role"]["code"]) for p in guest] == [(None, "foreign_minister")]


def test_api_provincial_in_dari_is_not_velayati_unless_he_is_named_in_full(extract):
    text = ("هرات (پژواک): محمد آصف رحیمی والی هرات روز سه‌شنبه با فرمانده تیم بازسازی ولایتی ایتالیا دیدار کرد و دو طرف "
            "درباره پروژه‌های آبرسانی گفتگو کردند.\n\nاعضای شورای ولایتی هرات نیز در این دیدار حضور داشتند.")
    result = extract(text, published="2014-03-11", source_country="AF")
    named = {p["name"] for e in result["events"] for p in e["participants"]}
    named |= {p["name"] for p in result["mentioned_people"]}
    assert "علی‌اکبر ولایتی" not in named


def test_api_velayati_by_surname_after_his_full_name_is_still_him(extract):
    text = ("به گزارش ایرنا، علی‌اکبر ولایتی مشاور رهبر انقلاب در امور بین‌الملل امروز با وزیر امور خارجه سوریه دیدار "
            "کرد.\n\nولایتی در این دیدار گفت ایران در کنار دولت سوریه می‌ماند.")
    events = extract(text, published="2016-05-10")["events"]
    assert "علی‌اکبر ولایتی" in {p["name"] for p in events[0]["participants"]}


def test_api_greetings_accepted_are_no_reception_of_their_sender(extract):
    text = ("به گزارش «خاور»، نخست‌وزیر جمهوری قزاقستان کریم ماسیموف روز دوشنبه وارد دوشنبه شد و با نخست‌وزیر "
            "جمهوری تاجیکستان قاهر رسول‌زاده گفتگو کرد.\n\nامروز امامعلی رحمان رئیس جمهوری تاجیکستان نخست‌وزیر قزاقستان "
            "را به حضور پذیرفت. در این دیدار رئیس جمهوری تاجیکستان گرمی سلام نورسلطان نظربایف را پذیرفت.")
    events = extract(text, published="2015-04-14")["events"]
    assert "نورسلطان نظربایف" not in {p["name"] for e in events for p in e["participants"]}


def test_api_a_name_in_guillemets_received_takes_the_title_after_it(extract):
    text = ("به گزارش «خاور»، رئیس مجلس نمایندگان مجلس عالی جمهوری تاجیکستان شکورجان ظهوراف امروز «لامبرتو زانیر» دبیرکل "
            "سازمان امنیت و همکاری اروپا را به حضور پذیرفت.")
    events = extract(text, published="2015-06-02")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 2
    guest = next(p for p in events[0]["participants"] if p["name"] == "لامبرتو زانیر")
    assert guest["role"]["code"] is not None


def test_api_the_guest_opening_a_clause_before_a_time_is_the_visitor(extract):
    text = ("به گزارش «خاور»، رئیس مجلس ملی مجلس عالی محمدسعید عبیدالله‌اف امروز ولنتینا ماتویینکو رئیس شورای فدراسیون "
            "روسیه را که به دوشنبه سفر کرده است، به حضور پذیرفت.\n\nمهمان در همین روز با سراج‌الدین اسلاف وزیر امور "
            "خارجه نیز دیدار کرد.")
    events = extract(text, published="2016-04-12")["events"]
    assert len(events) == 2
    names = {p["name"] for p in events[1]["participants"]}
    assert len(names) == 2 and "ولنتینا ماتویینکو" in names


def test_api_received_at_his_office_is_a_reception(extract):
    text = ("هرات (پژواک): محمد آصف رحیمی والی هرات روز یکشنبه با سفیر ترکمنستان در کابل دیدار کرد.\n\n"
            "والی هرات عصر همان روز سرکنسول ایران در هرات را در دفتر کارش پذیرفت. در این دیدار درباره تردد زائران بحث شد.")
    events = extract(text, published="2016-07-18", source_country="AF")["events"]
    assert len(events) == 2
    assert {p["country"] for p in events[1]["participants"]} == {"AF", "IR"}


@pytest.mark.parametrize("text", [
    "دولت ایران هزاران پناهجو را در خاک خود پذیرفت.",
    "وزیر کشور پیشنهاد شورای ولایتی را در نشست امروز پذیرفت.",
])
def test_api_accepted_at_a_place_with_no_person_received_is_no_contact(extract, text):
    assert extract(text, published="2016-07-18", source_country="AF")["events"] == []


def test_api_a_prosecutor_general_is_an_official_of_his_country(extract):
    text = ("به گزارش میزان، «ایگور کراسنوف» دادستان کل روسیه امروز با محمدجعفر منتظری دادستان کل کشور دیدار کرد.\n\n"
            "دادستان کل روسیه روز گذشته نیز با رئیس قوه قضاییه دیدار کرده بود.")
    events = extract(text, published="2021-11-09")["events"]
    assert len(events) == 2
    krasnov = next(p for p in events[0]["participants"] if p["name"] == "ایگور کراسنوف")
    assert (krasnov["role"]["code"], krasnov["country"]) == ("official", "RU")


@pytest.mark.parametrize("title", [
    "معاون دیپلماسی اقتصادی وزارت امور خارجه",
    "معاون عربی و آفریقای وزارت امور خارجه",
    "معاون آسیا و اقیانوسیه وزارت امور خارجه",
    "معاون اروپا و آمریکای وزارت امور خارجه",
])
def test_api_a_deputy_of_the_foreign_ministry_named_by_remit_is_a_deputy_foreign_minister(extract, title):
    text = f"به گزارش ایرنا، {title} امروز در تهران با سفیر اتریش دیدار کرد."
    events = extract(text, published="2016-01-10")["events"]
    assert len(events) == 1
    assert ("deputy_foreign_minister", "IR") in {((p["role"] or {}).get("code"), p["country"])
                                                 for p in events[0]["participants"]}


def test_api_a_speech_in_a_days_debate_of_a_session_the_next_sentence_tells_chaired(extract):
    text = ("به گزارش ایرنا، حسن روحانی رئیس‌جمهور روز چهارشنبه در دومین روز مباحثات عمومی هفتاد و دومین اجلاس مجمع "
            "عمومی سازمان ملل متحد سخنرانی کرد. این نشست به ریاست رئیس این دوره از مجمع عمومی برگزار شد. امانوئل "
            "ماکرون رئیس‌جمهور فرانسه نیز در همین نشست سخنرانی کرد.\n\nروحانی روز دوشنبه با ترزا می نخست‌وزیر انگلیس "
            "دیدار کرد.")
    events = extract(text, published="2017-09-21")["events"]
    assert sorted(e["type"] for e in events) == ["meeting", "multilateral_meeting"]
    session = next(e for e in events if e["type"] == "multilateral_meeting")
    assert len(session["participants"]) == 2


def test_api_a_contact_a_report_told_that_was_rejected_after_a_comma_is_denied(extract):
    text = ("به گزارش آسیا پلاس، سخنگوی وزارت خارجه تاجیکستان روز سه‌شنبه گزارش برخی رسانه‌ها را مبنی بر اینکه وزیر "
            "دفاع هند با امامعلی رحمان درباره فرودگاه عینی مذاکره کرده است، رد کرد.")
    result = extract(text, published="2011-03-15")
    assert result["events"] == []
    assert [c["status"] for c in result["other_contacts"]] == ["denied"]


def test_api_delegations_listed_by_country_present_at_this_session_now_attend_it(extract):
    text = ("به گزارش تسنیم، دریادار شهرام ایرانی فرمانده نیروی دریایی ارتش امروز در نشست فرماندهان آیونز در بانکوک "
            "شرکت کرد. در این نشست فرماندهان نیروی دریایی هند، پاکستان و عمان نیز حضور دارند.")
    events = extract(text, published="2023-12-20")["events"]
    assert len(events) == 1
    assert {p["country"] for p in events[0]["participants"]} == {"IR", "IN", "PK", "OM"}


def test_api_a_call_in_which_a_trip_was_called_off_happened(extract):
    text = ("به گزارش ایرنا، جوزپ بورل مسئول سیاست خارجی اتحادیه اروپا روز جمعه در یک تماس تلفنی با سرگئی لاوروف به او "
            "گفت که سفر او به مسکو در شرایط کنونی انجام نخواهد شد.")
    events = extract(text, published="2022-02-19")["events"]
    assert [e["type"] for e in events] == ["phone_call"]


@pytest.mark.parametrize("recall", ["یادآور می‌شویم که", "یادآور می‌شود که"])
def test_api_a_contact_recalled_from_a_past_month_is_background(extract, recall):
    text = ("به گزارش «خاور»، رئیس ولایت سغد امروز در خجند با سفیر ترکیه ملاقات کرد.\n\n"
            f"{recall} معاهده مرز دولتی دو کشور ماه مارس در بیشکک به امضای امامعلی رحمان و صدیر جپاروف رسید و پس از "
            "تصویب به اجرا درآمد.")
    events = extract(text, published="2025-05-21")["events"]
    assert len(events) == 1


def test_api_a_contact_recalled_from_yesterday_is_still_an_event(extract):
    text = ("به گزارش «خاور»، رئیس ولایت سغد امروز در خجند با سفیر ترکیه ملاقات کرد.\n\n"
            "یادآور می‌شویم که روز گذشته وزیر امور خارجه ترکیه در دوشنبه با سراج‌الدین مهرالدین ملاقات کرده بود.")
    events = extract(text, published="2019-05-21")["events"]
    assert len(events) == 2


def test_api_xi_by_his_family_name_alone_after_his_full_name(extract):
    text = ("به گزارش ایرنا، شی جین‌پینگ رئیس‌جمهور چین امروز در آستانه با نورسلطان نظربایف دیدار کرد.\n\n"
            "شی همچنین با کریم ماسیموف نخست‌وزیر قزاقستان ملاقات کرد.")
    events = extract(text, published="2013-09-07")["events"]
    assert len(events) == 2
    assert "شی جین‌پینگ" in {p["name"] for p in events[1]["participants"]}


@pytest.mark.parametrize("office", ["مسئول دفتر سازمان بین‌المللی مهاجرت", "مسئول دفتر ساحوی یوناما"])
def test_api_the_official_in_charge_of_an_international_bodys_office_is_a_side(extract, office):
    text = (f"به گزارش طلوع‌نیوز، سرپرست وزارت مهاجرین روز سه‌شنبه در کابل با {office} دیدار کرد و دو طرف درباره "
            "بازگشت مهاجرین گفتگو کردند.")
    events = extract(text, published="2024-08-14", source_country="AF")["events"]
    assert len(events) == 1 and ("official", None) in {((p["role"] or {}).get("code"), p["country"])
                                                      for p in events[0]["participants"]}


@pytest.mark.parametrize("region", ["ولایت مختار کوهستان بدخشان", "ولایت خودمختار کوهستانی بدخشان"])
def test_api_the_head_of_tajikistans_gorno_badakhshan_is_tajik(extract, region):
    text = f"به گزارش «خاور»، رئیس {region} امروز در خاروغ با سفیر چین دیدار کرد."
    events = extract(text, published="2024-06-11")["events"]
    assert len(events) == 1
    assert {p["country"] for p in events[0]["participants"]} == {"TJ", "CN"}


def test_api_a_citys_head_met_on_a_trip_is_a_side(extract):
    text = ("به گزارش «صدای مردم»، سفیر آلمان روز سه‌شنبه در شهر خجند با رئیس ولایت سغد ملاقات کرد.\n\n"
            "سفیر آلمان روز چهارشنبه به شهر استروشن رفت و با رئیس شهر استروشن ملاقات نمود.")
    events = extract(text, published="2016-05-26")["events"]
    assert len(events) == 2


def test_api_two_international_bodies_officials_met_apart_are_two_contacts(extract):
    text = ("به گزارش پژواک، سرپرست وزارت صحت عامه امروز در کابل با ایندریکا راتواته معاون نماینده ویژه دبیرکل سازمان "
            "ملل دیدار کرد.\n\nسرپرست وزارت صحت عامه همچنین در همین روز با رئیس دفتر برنامه جهانی غذا در افغانستان "
            "دیدار کرد.")
    events = extract(text, published="2024-05-14", source_country="AF")["events"]
    assert len(events) == 2


def test_api_whose_message_was_handed_over_before_both_sides_talked_took_no_part(extract):
    text = ("به گزارش پژواک، رشید مرادوف وزیر خارجه ترکمنستان امروز در کابل با حامد کرزی دیدار کرد. مرادوف پیام "
            "قربانقلی بردی‌محمداف رئیس جمهور ترکمنستان را به کرزی رساند و دو طرف در مورد خط لوله تاپی گفتگو کردند.")
    events = extract(text, published="2012-05-20", source_country="AF")["events"]
    assert len(events) == 1
    assert "قربانقلی بردی‌محمداف" not in {p["name"] for p in events[0]["participants"]}


def test_api_a_tajik_regions_head_receiving_a_delegation_led_by_this_regions_hokim(extract):
    text = ("خجند، «خاور». رئیس ویلایت سغد رجب‌بای احمدزاده روز سه‌شنبه هیئت ولایت نمنگان جمهوری ازبکستان را به سرپرستی "
            "حاکم این ولایت به حضور پذیرفت.")
    events = extract(text, published="2022-03-10")["events"]
    assert len(events) == 1
    assert {(p["name"], p["country"]) for p in events[0]["participants"]} == {("رجب‌بای احمدزاده", "TJ"), (None, "UZ")}


def test_api_a_countrys_senior_diplomat_told_again_is_its_official_told_before(extract):
    text = ("به گزارش مهر، وانگ یی وزیر امور خارجه چین روز جمعه در حاشیه کنفرانس امنیتی مونیخ با آنالنا بربوک وزیر "
            "امور خارجه آلمان دیدار کرد.\n\nدیپلمات ارشد چین روز شنبه همچنین با دمیترو کولبا وزیر امور خارجه اوکراین "
            "دیدار کرد.")
    events = extract(text, published="2023-02-19")["events"]
    assert len(events) == 2
    assert "وانگ یی" in {p["name"] for p in events[1]["participants"]}


def test_api_balochistan_alone_is_pakistans_province(extract):
    text = ("به گزارش ایسنا، استاندار سیستان و بلوچستان امروز در کویته با فرمانده نیروی مرزی (اف سی) بلوچستان دیدار "
            "کرد.")
    events = extract(text, published="2016-11-08")["events"]
    assert len(events) == 1
    assert {p["country"] for p in events[0]["participants"]} == {"IR", "PK"}


def test_api_whose_message_was_handed_over_in_the_passive_took_no_part(extract):
    text = ("به گزارش مهر، وزیر امور خارجه امروز در تاشکند با رئیس جمهور ازبکستان دیدار کرد. در این دیدار پیام "
            "مسعود پزشکیان رئیس جمهور کشورمان به میزبان تسلیم شد و دو طرف درباره ترانزیت گفت‌وگو کردند.")
    result = extract(text, published="2025-03-04")
    assert len(result["events"]) == 1
    assert all("مسعود پزشکیان" not in _names(e) for e in result["events"])


def test_api_an_international_bodys_office_head_is_not_the_states_official_present(extract):
    text = ("کابل (باختر) - ملا عبدالغنی برادر آخوند معاون اقتصادی ریاست الوزرای امارت اسلامی افغانستان روز سه شنبه "
            "با سفیر ترکیه در کابل دیدار کرد. همچنان معاون اقتصادی ریاست الوزرا امروز با رئیس دفتر برنامه جهانی غذا "
            "در افغانستان دیدار کرد.")
    events = extract(text, published="2024-03-20")["events"]
    assert len(events) == 2
    assert [(p["role"]["code"], p["country"]) for p in events[1]["participants"]] == [("official", "AF"),
                                                                                      ("official", None)]


def test_api_on_a_summits_sidelines_the_one_titled_right_after_it_is_the_subject(extract):
    text = ("بورابای – خاور. امروز در بورابای نشست شورای سران کشورهای مستقل مشترک‌المنافع برگزار شد که در آن "
            "رئیس جمهور تاجیکستان امامعلی رحمان و رئیس جمهور بلاروس الکساندر لوکاشنکو اشتراک ورزیدند.\n\n"
            "امروز در حاشیه نشست پیشوای ملت امامعلی رحمان با رئیس جمهور بلاروس الکساندر لوکاشنکو ملاقات نمود.")
    events = extract(text, published="2015-10-16")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting", "meeting"]
    assert {e["location"]["name_en"] for e in events} == {"Burabay"}


def test_api_a_plan_in_the_next_conjunct_is_not_the_earlier_contacts(extract):
    text = ("به گزارش سپاه نیوز، رئیس ستاد کل ارتش سوریه امروز با سرلشکر حسین سلامی دیدار کرد.\n\n"
            "رئیس ستاد کل ارتش سوریه که روز شنبه وارد تهران شد، روز گذشته نیز با سرلشکر محمد باقری دیدار کرده بود "
            "و قرار است در ادامه سفر خود از برخی مراکز آموزشی بازدید کند.")
    result = extract(text, published="2021-06-13")
    assert len(result["events"]) == 2
    assert "محمد باقری" in _names(result["events"][1])


def test_api_a_pronoun_met_before_the_verb_is_the_one_named_just_before(extract):
    text = ("به گزارش ایرنا، محمدرضا بهرامی امروز با محمد صادق دیدار کرد.\n\nبهرامی شامگاه دوشنبه نیز پس از ورود "
            "ضمیر کابلوف به تهران با او دیدار کرده بود.")
    events = extract(text, published="2025-12-09")["events"]
    assert [sorted(_names(e)) for e in events] == [["محمد صادق", "محمدرضا بهرامی"], ["ضمیر کابلوف", "محمدرضا بهرامی"]]


def test_api_a_delegation_meets_a_city_head_not_the_region_head_who_received_it(extract):
    text = ("به گزارش «وارود»، روز سه‌شنبه رجب‌بای احمدزاده رئیس ولایت سغد در شهر خجند هیئت ولایت ترکستان جمهوری "
            "قزاقستان را که به ریاست آکیم این ولایت به سغد آمده است، به حضور پذیرفت.\n\n"
            "امروز هیئت قزاقستانی با سفر به شهر بوستان با رئیس شهر بوستان ملاقات کرد.")
    events = extract(text, published="2022-05-18")["events"]
    assert len(events) == 2
    assert [(p["name"], p["country"]) for p in events[1]["participants"]] == [(None, "KZ"), (None, "TJ")]
    assert events[1]["location"]["name_en"] == "Buston"


def test_api_a_spokesman_who_tells_who_attended_did_not_attend(extract):
    text = ("به گزارش طلوع‌نیوز، ارشاد احمدی معین سیاسی وزارت امور خارجه روز پنجشنبه در اسلام آباد با اعزاز احمد "
            "چودری معین وزارت خارجه پاکستان گفتگو کرد.\n\nجانان موسی زی سخنگوی وزارت امور خارجه به طلوع‌نیوز گفت که "
            "در این نشست که سفیر افغانستان در اسلام آباد نیز حضور داشت، روی روند صلح صحبت شده است.")
    result = extract(text, published="2014-02-27")
    assert "جانان موسی زی" not in _names(result["events"][0])


def test_api_a_title_told_after_a_spokesman_is_not_the_spokesman(extract):
    text = ("به گزارش پژواک، نشست کمیسیون سرحدی افغانستان و ازبکستان امروز در حیرتان برگزار شد.\n\n"
            "منیر احمد فرهاد سخنگوی والی بلخ به پژواک گفت که در این نشست کمیسار سرحدی افغانستان و کمیسار مرزی "
            "ازبکستان اشتراک داشتند.")
    result = extract(text, published="2019-07-16")
    assert all("منیر احمد فرهاد" not in _names(e) for e in result["events"])


def test_api_an_agencys_representative_met_after_an_ambassador_is_another_contact(extract):
    text = ("کابل (باختر): خلیل‌الرحمن حقانی سرپرست وزارت امور مهاجرین روز یکشنبه با حسن کاظمی قمی سفیر ایران در "
            "کابل دیدار کرد.\n\nخلیل‌الرحمن حقانی در همین روز با نماینده کمیشنری عالی سازمان ملل در امور پناهندگان "
            "در کابل نیز دیدار کرد.")
    events = extract(text, published="2022-11-20")["events"]
    assert len(events) == 2
    assert [(p["role"]["code"], p["country"]) for p in events[1]["participants"] if p["name"] is None] == [
        ("official", None)]


def test_api_a_prime_ministers_official_welcome_by_a_vice_president_is_the_visit(extract):
    text = ("به گزارش خبرگزاری مهر، مراسم استقبال رسمی از عمربیک بابانوف نخست وزیر قرقیزستان صبح امروز در مجموعه "
            "سعدآباد با حضور محمدرضا رحیمی معاون اول رئیس جمهور برگزار شد و دو طرف پس از آن درباره تجارت گفت‌وگو "
            "کردند.\n\nمهمان قرقیز ظهر امروز با محمود احمدی‌نژاد دیدار کرد.")
    events = extract(text, published="2012-08-21")["events"]
    assert [e["type"] for e in events] == ["visit", "meeting"]


def test_api_who_attended_a_welcome_joins_the_talks_told_after_it_not_the_headlines_meeting(extract):
    text = ("استقبال رسمی جهانگیری از نخست وزیر قزاقستان؛ ماسیموف با روحانی دیدار کرد\n\n"
            "به گزارش خبرنگار مهر، مراسم استقبال رسمی از «کریم ماسیموف» نخست وزیر قزاقستان صبح امروز با حضور اسحاق "
            "جهانگیری معاون اول رئیس جمهور برگزار شد و پس از آن دو طرف در نشستی خصوصی گفتگو کردند.\n\n"
            "ماسیموف عصر امروز با حسن روحانی رئیس جمهور دیدار کرد.")
    events = extract(text, published="2015-05-18")["events"]
    rouhani = next(e for e in events if "حسن روحانی" in _names(e))
    assert "اسحاق جهانگیری" not in _names(rouhani)


def test_api_the_guest_met_is_the_visitor_not_the_ambassador_who_sat_in(extract):
    text = ("دوشنبه، خاور. امروز امامعلی رحمان رئیس جمهوری تاجیکستان رابرت بلیک دستیار وزیر امور خارجه ایالات متحده "
            "در امور آسیای جنوبی و مرکزی را به حضور پذیرفت.\n\nصبح امروز مهمان آمریکایی در وزارت امور خارجه با "
            "حمراخان ظریفی وزیر امور خارجه تاجیکستان گفتگو کرد. در این گفتگو که کنت گراس سفیر ایالات متحده در "
            "تاجیکستان نیز حضور داشت، جانبین درباره ترانزیت تبادل نظر کردند.")
    events = extract(text, published="2010-02-18")["events"]
    assert [len(e["participants"]) for e in events] == [2, 3]
    assert all("رابرت بلیک" in _names(e) for e in events)


def test_api_the_islamic_development_banks_head_in_tajik_word_order(extract):
    text = ("روز ۱۲ سپتامبر سال ۲۰۱۸ در کاخ ملت امامعلی رحمان رئیس جمهوری تاجیکستان رئیس گروه بانک اسلامی توسعه "
            "بندر حجار را به حضور پذیرفت.")
    events = extract(text)["events"]
    assert [sorted(_names(e)) for e in events] == [["امامعلی رحمان", "بندر حجار"]]


def test_api_a_ship_named_after_an_admiral_is_no_participant(extract):
    text = ("به گزارش ایسنا، ناوگروهی از نیروی دریایی روسیه با ناوشکن «دریاسالار تریبوتس» امروز وارد بندرعباس شد و "
            "فرمانده این ناوگروه با فرمانده منطقه یکم نیروی دریایی ارتش دیدار کرد.")
    events = extract(text, published="2019-12-26")["events"]
    assert events and all(p["name"] is None for e in events for p in e["participants"])


def test_api_an_arab_family_name_that_is_also_a_city_before_a_title(extract):
    text = "وزیر صنعت ایران امروز در تهران با سامر الخلیل وزیر اقتصاد سوریه دیدار و گفت‌وگو کرد."
    events = extract(text, published="2019-12-17")["events"]
    assert [(p["name"], p["country"]) for p in events[0]["participants"] if p["name"]] == [("سامر الخلیل", "SY")]


def test_api_a_minister_of_state_for_foreign_affairs_takes_the_state_after_the_remit(extract):
    text = ("امروز در قصر ملت رئیس جمهوری تاجیکستان امامعلی رحمان وزیر دولت در امور خارجی دولت قطر سلطان بن سعد "
            "المریخی را به حضور پذیرفت.")
    events = extract(text, published="2022-05-17")["events"]
    guest = next(p for p in events[0]["participants"] if p["name"] and "المریخی" in p["name"])
    assert guest["country"] == "QA"


def test_api_joining_a_summit_by_video_is_no_separate_call(extract):
    text = ("اجلاس سران سازمان همکاری شانگهای امروز در دوشنبه برگزار شد. رؤسای جمهور ایران و قزاقستان به‌صورت حضوری "
            "در این نشست شرکت کردند و ولادیمیر پوتین و شی جین‌پینگ از طریق ارتباط ویدئویی در آن حاضر شدند.")
    events = extract(text, published="2021-09-17")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting"]


def test_api_a_states_ambassador_after_an_organisations_envoy_is_another_person(extract):
    text = ("کابل (پژواک): معین سیاسی وزارت امور خارجه روز گذشته به گونه جداگانه با ویگاوداس اوشاتسکاس نماینده خاص "
            "اتحادیه اروپا برای افغانستان و سفیر جمهوری اسلامی ایران در کابل دیدار نمود.")
    people = [(p["name"], p["role"]["code"], p["country"]) for e in extract(text, published="2012-08-05")["events"]
              for p in e["participants"]]
    assert (None, "ambassador", "IR") in people
    assert all(not (name and "اوشاتسکاس" in name and country == "IR") for name, _role, country in people)


def test_api_a_bare_country_after_an_afghan_title_is_afghanistan(extract):
    text = ("اسلام‌آباد (پژواک): نشست کمیسیون مشترک اقتصادی افغانستان و پاکستان امروز به ریاست مشترک وزیر مالیه "
            "کشور و وزیر مالیه پاکستان برگزار شد.\n\nعمر زاخیلوال و محمد اسحاق دار در این نشست روی ترانزیت بحث کردند.")
    events = extract(text, published="2013-11-12")["events"]
    countries = {p["name"]: p["country"] for p in events[0]["participants"] if p["name"]}
    assert countries.get("عمر زاخیلوال") == "AF"


def test_api_countries_listed_after_a_count_of_countries_each_attended(extract):
    text = ("نشست مشورتی درباره سوریه امروز در تهران برگزار شد. در این نشست نمایندگانی از حدود ۳۰ کشور، از جمله چین، "
            "عراق، پاکستان و ونزوئلا حضور داشتند.")
    events = extract(text, published="2012-08-09")["events"]
    assert {p["country"] for p in events[0]["participants"]} >= {"CN", "IQ", "PK", "VE"}


def test_api_the_short_form_of_a_deputy_foreign_ministers_office(extract):
    text = "به گفته سخنگو، نماینده ویژه ایران روز یکشنبه در کابل با معاون سیاسی وزارت خارجه افغانستان دیدار کرد."
    events = extract(text, published="2019-09-10")["events"]
    assert ("deputy_foreign_minister", "AF") in {(p["role"]["code"], p["country"]) for p in events[0]["participants"]}


def test_api_who_opened_a_session_attended_it(extract):
    text = ("نشست وزیران امور خارجه کشورهای عضو سازمان همکاری شانگهای امروز در آستانه برگزار شد. نشست را قاسم "
            "جومارت توکایف رئیس جمهور قزاقستان افتتاح نمود. در این نشست سرگئی لاوروف وزیر امور خارجه روسیه و وانگ یی "
            "وزیر امور خارجه چین شرکت داشتند.")
    events = extract(text, published="2022-07-29")["events"]
    assert "قاسم جومارت توکایف" in _names(events[0])


def test_api_delegations_present_after_a_relative_clause_on_the_session(extract):
    text = ("اجلاس فرماندهان نیروی دریایی امروز در تهران آغاز شد. در این اجلاس که به میزبانی فرمانده نیروی دریایی ارتش "
            "برگزار می‌شود، هیئت‌هایی از هند، پاکستان، بنگلادش، عمان و کنیا حضور دارند.")
    events = extract(text, published="2018-04-24")["events"]
    assert {p["country"] for p in events[0]["participants"]} >= {"IN", "PK", "BD", "OM", "KE"}


def test_api_a_meeting_told_by_its_noun_is_a_contact_of_its_own(extract):
    text = ("به گزارش تسنیم، رئیس ستاد کل نیروهای مسلح صبح سه‌شنبه در دوشنبه با وزیر دفاع تاجیکستان دیدار کرد.\n\n"
            "روز دوم سفر با دیدار صبح چهارشنبه سرلشکر باقری با امامعلی رحمان رئیس جمهوری تاجیکستان آغاز شد.")
    events = extract(text, published="2022-05-19")["events"]
    assert len(events) == 2 and "امامعلی رحمان" in _names(events[1])


def test_api_a_name_in_guillemets_that_opens_with_a_common_word(extract):
    text = "امروز «بیان جبر» وزیر کشور عراق در تهران با مصطفی پورمحمدی وزیر کشور ایران دیدار کرد."
    events = extract(text, published="2006-01-15")["events"]
    assert "بیان جبر" in _names(events[0])


def test_api_a_months_name_as_a_first_name_after_a_split_weekday(extract):
    text = ("نخست‌وزیر تاجیکستان روز سه‌شنبه رمضان عبدالطیف‌اف سفیر روسیه در تاجیکستان را به حضور پذیرفت.")
    events = extract(text, published="2008-05-14")["events"]
    assert any(name and "عبدالطیف" in name for name in _names(events[0]))


def test_api_the_resolute_support_mission_is_no_name(extract):
    names = {p["name"] for e in extract(_sample(8230))["events"] for p in e["participants"]}
    assert "حمایت قاطع" not in names


def test_api_an_arrival_and_the_talks_coordinated_after_it_are_one_visit(extract):
    events = extract(_sample(10112))["events"]
    assert len(events) == 3 and events[1]["type"] == "visit" and "حسن روحانی" in _names(events[1])


def test_api_chairs_told_by_office_take_the_names_of_the_next_sentence(extract):
    events = extract(_sample(10132))["events"]
    assert "علی عبداللهی" in _names(events[0])
    assert ("deputy_minister", "IR") not in _unnamed(events[0])


def test_api_recalling_an_own_ambassador_is_no_summons(extract):
    events = extract(_sample(4814))["events"]
    assert len(events) == 1 and events[0]["trigger"]["text"] != "فراخواند"


def test_api_the_head_of_a_negotiating_team_is_the_person_named_with_it(extract):
    events = extract(_sample(10265))["events"]
    assert any(_names(e) == {"علی باقری کنی", "محمد بن عبدالرحمن آل ثانی"} for e in events)


def test_api_good_wishes_passed_on_are_no_name(extract):
    names = {p["name"] for e in extract(_sample(9905))["events"] for p in e["participants"]}
    assert "تمنیات نیک" not in names


def test_api_a_name_after_a_joint_chair(extract):
    text = ("نشست وزیران خارجه امروز در توکیو به ریاست مشترک کوئیچیرو گمبا وزیر خارجه جاپان و زلمی رسول وزیر خارجه "
            "افغانستان برگزار شد.")
    events = extract(text, published="2012-07-08")["events"]
    assert "کوئیچیرو گمبا" in _names(events[0])


def test_api_an_ambassadors_name_after_his_seat_closes_at_the_day(extract):
    text = ("سفیر فوق‌العاده و مختار ایالات متحده آمریکا در جمهوری تاجیکستان سوزان الیوت روز سه‌شنبه در شهر قرغان‌تپه "
            "با رئیس ولایت ختلان ملاقات کرد.")
    events = extract(text, published="2014-05-28")["events"]
    assert "سوزان الیوت" in _names(events[0])


def test_api_whose_message_was_handed_over_after_the_meeting_noun_took_no_part(extract):
    text = ("وزیر خارجه هند شامگاه پنجشنبه در دیدار با یوسف رضا گیلانی نخست وزیر پاکستان پیام منموهان سینگ را به وی "
            "رساند.")
    events = extract(text, published="2010-07-16")["events"]
    assert "منموهان سینگ" not in _names(events[0])


def test_api_a_governments_plenipotentiary_representative_is_its_official(extract):
    text = ("رئیس ولایت سغد روز سه شنبه در شهر اسفره با نماینده تام الاختیار حکومت قرقیزستان در ولایت باتکن دیدار و "
            "درباره وضعیت مرز گفتگو کرد.")
    events = extract(text, published="2019-05-15")["events"]
    assert ("official", "KG") in {(p["role"]["code"], p["country"]) for p in events[0]["participants"]}


def test_api_the_host_of_a_session_with_a_long_list_present(extract):
    text = ("به گزارش ایرنا، امیر قطر عصر سه‌شنبه در دوحه میزبان نشستی با حضور پل کاگامه رئیس‌جمهور رواندا و فلیکس "
            "تشیسکدی رئیس‌جمهور جمهوری دموکراتیک کنگو بود.")
    events = extract(text, published="2025-03-19")["events"]
    assert len(events) == 1 and {"پل کاگامه", "فلیکس تشیسکدی"} <= _names(events[0])


def test_api_a_speech_at_a_session_the_next_sentence_tells_held_under_a_chair(extract):
    text = ("کابل (باختر): بسم‌الله محمدی وزیر دفاع ملی که به بروکسل سفر کرده است، امروز در نشست وزیران دفاع کشورهای "
            "عضو ناتو سخنرانی کرد.\n\nدر این نشست که به ریاست ینس استولتنبرگ، دبیرکل ناتو، و با حضور لئون پانتا، "
            "وزیر دفاع امریکا، برگزار شد، وضعیت امنیتی افغانستان بررسی شد.")
    events = extract(text, published="2012-02-02")["events"]
    assert events and events[0]["type"] == "multilateral_meeting"
    assert {"بسم‌الله خان محمدی", "ینس استولتنبرگ", "لئون پانتا"} <= _names(events[0])


def test_api_the_head_of_a_delegation_is_no_chair_of_the_session(extract):
    text = ("نشست کارگروه کشورهای ساحلی دریای خزر روز دوشنبه به ریاست میخائیل گالوزین معاون وزیر امور خارجه روسیه در "
            "مسکو برگزار شد.\n\nهیئت ایران به ریاست مدیرکل اوراسیای وزارت امور خارجه در این نشست شرکت کرد.")
    events = extract(text, published="2023-03-14")["events"]
    iranians = [p for p in events[0]["participants"] if p["name"] is None and p["role"]["code"] == "official"]
    assert all(p["country"] is not None for p in iranians)


def test_api_a_numbered_dialogue_attended_before_a_sideline_meeting_is_its_own_event(extract):
    text = ("نشست سه‌جانبه وزیران خارجه در پکن برگزار شد\n\nپکن (پژواک): صلاح‌الدین ربانی وزیر امور خارجه امروز در "
            "نخستین گفتگوی سه‌جانبه وزیران خارجه افغانستان، چین و پاکستان با وانگ یی و خواجه محمد آصف همتایان چینی و "
            "پاکستانی خود در پکن اشتراک کرد.\n\nربانی در حاشیه این نشست با خواجه آصف جداگانه دیدار کرد.")
    events = extract(text, published="2017-12-26")["events"]
    assert len(events) == 2 and events[0]["type"] == "multilateral_meeting"
    assert {"صلاح‌الدین ربانی", "وانگ یی"} <= _names(events[0])


def test_api_whom_a_talk_was_about_after_dar_mored_took_no_part(extract):
    text = ("رئیس‌جمهور افغانستان روز جمعه در یک تماس تیلفونی با مایک پمپئو وزیر خارجه امریکا در مورد پیامدهای کشته "
            "شدن قاسم سلیمانی فرمانده نیروی قدس سپاه و خطر تنش در منطقه گفتگو کرد.")
    events = extract(text, published="2020-01-05")["events"]
    assert events and "قاسم سلیمانی" not in _names(events[0])


def test_api_an_incident_condemned_after_a_title_is_no_name(extract):
    text = ("آصف علی زرداری رئیس‌جمهور پاکستان روز دوشنبه در تماس تلفنی با محمود احمدی‌نژاد رئیس‌جمهور کشورمان حادثه "
            "تروریستی سرباز را محکوم کرد.")
    events = extract(text, published="2009-10-21")["events"]
    assert _names(events[0]) == {"آصف علی زرداری", "محمود احمدی‌نژاد"}


def test_api_the_speaker_of_a_first_person_call_with_a_named_counterpart(extract):
    text = ("رحمان ملک وزیر کشور پاکستان امروز در جمع خبرنگاران در اسلام‌آباد گفت: «دیروز با همتای "
            "ایرانی‌ام آقای مصطفی "
            "محمدنجار تلفنی صحبت کردم و به ایشان گفتم که پاکستان این حمله را محکوم می‌کند.»")
    events = extract(text, published="2009-10-21")["events"]
    assert events and {"رحمان ملک", "مصطفی محمدنجار"} <= _names(events[0])


def test_api_manmohan_singh_spelled_without_the_long_vowel(extract):
    text = ("نشست سران سازمان همکاری شانگهای امروز به میزبانی دیمیتری مدودیف رئیس جمهور روسیه برگزار شد. محمود "
            "احمدی نژاد، منموهن سینگ و حامد کرزی نیز در این نشست حضور داشتند.")
    events = extract(text, published="2009-06-16")["events"]
    assert "منموهان سینگ" in _names(events[0])


def test_api_an_attendance_after_an_event_told_only_later_does_not_raise(extract):
    assert extract(_sample(7540))["is_meeting"]


def test_api_co_chairs_told_with_be_ohde_join_the_session(extract):
    text = ("نشست وزیران قلب آسیا روز دوشنبه با سخنرانی محمد اشرف غنی رئیس جمهور کشور و رجب طیب اردوغان رئیس جمهور "
            "ترکیه در شهر استانبول گشایش یافت.\n\nریاست مشترک این نشست را ادریس زمان سرپرست وزارت امور خارجه و مولود "
            "چاووش‌اوغلو وزیر خارجه ترکیه به عهده داشتند.")
    events = extract(text, published="2019-12-10")["events"]
    assert len(events) == 1 and {"ادریس زمان", "مولود چاووش‌اوغلو"} <= _names(events[0])


def test_api_who_will_lead_a_delegation_is_no_chair_of_a_session_held(extract):
    text = ("امیرخان متقی امروز در کابل با سفیر چین دیدار کرد. به گفته عبدالقهار بلخی، متقی ریاست هیئت افغانستان در "
            "کنفرانس تاشکند را به عهده خواهد داشت.")
    events = extract(text, published="2022-07-20")["events"]
    assert len(events) == 1 and "عبدالقهار بلخی" not in _names(events[0])


def test_api_the_host_of_the_conference_whose_chair_the_sentence_names(extract):
    text = ("بن (باختر): کنفرانس بین المللی بن درباره افغانستان امروز با حضور نمایندگان 85 کشور در این شهر برگزار "
            "شد. ریاست کنفرانس را زلمی رسول وزیر امور خارجه کشور به عهده داشت و گیدو وستروله وزیر خارجه آلمان میزبان "
            "آن بود.")
    events = extract(text, published="2011-12-05")["events"]
    assert len(events) == 1 and {"زلمی رسول", "گیدو وستروله"} <= _names(events[0])


def test_api_consuls_general_in_the_plural_are_met_one_by_one(extract):
    text = ("مزار شریف (پژواک): عطا محمد نور والی بلخ روز شنبه در دو دیدار جداگانه با سرکنسولان هند و روسیه در مزار "
            "شریف دیدار کرد و روی وضعیت امنیتی گفتگو نمود.")
    events = extract(text, published="2013-10-12")["events"]
    assert [{(p["role"]["code"], p["country"]) for p in e["participants"] if p["name"] is None} for e in events] \
        == [{("ambassador", "IN")}, {("ambassador", "RU")}]


def test_api_an_office_with_a_long_name_takes_the_country_of_its_ministry(extract):
    text = ("جماهر انوری وزیر امور مهاجرین روز یکشنبه در تهران با رئیس اداره کل امور اتباع و مهاجرین خارجی وزارت کشور "
            "ایران ملاقات کرد.")
    events = extract(text, published="2012-05-28")["events"]
    assert ("official", "IR") in {(p["role"]["code"], p["country"]) for p in events[0]["participants"]}


def test_api_the_ministry_where_a_titled_man_met_someone_is_not_his_office(extract):
    text = ("رئیس کمیسیون امنیت ملی مجلس روز گذشته نیز در مقر وزارت خارجه سوریه با «ولید المعلم» وزیر خارجه این کشور "
            "ملاقات کرده بود.")
    events = extract(text, published="2014-01-05")["events"]
    assert ("member_of_parliament", "SY") not in {(p["role"]["code"], p["country"]) for p in events[0]["participants"]}


def test_api_a_call_of_a_name_in_guillemets_without_ba(extract):
    text = ("مسعود پزشکیان رئیس‌جمهور شامگاه چهارشنبه در تماس تلفنی «لوئیس آرسه» رئیس‌جمهور بولیوی، از "
            "مواضع دولت و ملت "
            "بولیوی قدردانی کرد.")
    events = extract(text, published="2024-10-10")["events"]
    assert len(events) == 1 and events[0]["type"] == "phone_call" and "لوئیس آرسه" in _names(events[0])


def test_api_a_contact_on_arrival_told_in_a_relative_clause_is_its_own_event(extract):
    text = ("منوچهر متکی وزیر امور خارجه کشورمان که روز گذشته در بدو ورود به پایتخت ترکمنستان با رشید مرادوف وزیر امور "
            "خارجه این کشور دیدار و گفت‌وگو کرده بود، امروز از سوی قربانقلی بردی‌محمداف رئیس‌جمهور ترکمنستان پذیرفته "
            "شد.")
    events = extract(text, published="2008-02-12")["events"]
    assert len(events) == 2 and "رشید مرادوف" in _names(events[0])


def test_api_a_registered_surname_as_a_first_name_before_the_day(extract):
    text = ("به گزارش ایلنا، نصرالله رشنودی روز دوشنبه در مقر وزارت امور پیشمرگه با شورش اسماعیل وزیر این وزارتخانه "
            "دیدار کرد.")
    events = extract(text, published="2022-05-24")["events"]
    assert "حسن نصرالله" not in _names(events[0]) and "نصرالله رشنودی" in _names(events[0])


def test_api_a_welcome_followed_by_the_two_delegations_talks_is_the_welcomers_meeting(extract):
    text = ("ژنرال قمر جاوید باجوا فرمانده ارتش پاکستان روز یکشنبه در محل ستاد کل نیروهای مسلح با استقبال رسمی سرلشکر "
            "محمد باقری روبرو شد. "
            "پس از مراسم رسمی، دو هیئت نظامی در نشستی چند ساعته درباره امنیت مرز مشترک گفتگو کردند.\n\nفرمانده ارتش "
            "پاکستان صبح امروز در وزارت دفاع با امیر سرتیپ امیر حاتمی دیدار کرد.")
    events = extract(text, published="2017-11-06")["events"]
    assert len(events) == 2 and "محمد باقری" in _names(events[0])


def test_api_a_round_table_of_commanders_is_a_session(extract):
    text = ("امیر دریادار حسین خانزادی فرمانده نیروی دریایی ارتش روز چهارشنبه در سن‌پترزبورگ با دریاسالار نیکلای "
            "یفمنوف فرمانده نیروی دریایی روسیه دیدار کرد.\n\nامیر خانزادی صبح امروز در میزگرد فرماندهان نیروهای "
            "دریایی که به میزبانی یفمنوف در حاشیه نمایشگاه برگزار شد، سخنرانی کرد. در این میزگرد نمایندگان نیروهای "
            "دریایی چین، هند و ویتنام نیز حضور داشتند.")
    events = extract(text, published="2019-07-11")["events"]
    assert len(events) == 2 and events[1]["type"] == "multilateral_meeting"
    assert {"CN", "IN", "VN"} <= {p["country"] for p in events[1]["participants"]}


def test_api_a_meeting_of_that_year_in_the_past_perfect_is_background(extract):
    text = ("ژنرال وی فنگه وزیر دفاع چین امروز در تهران با محمدرضا آشتیانی وزیر دفاع کشورمان دیدار کرد. این نخستین سفر "
            "یک وزیر دفاع چین به ایران از سال ۲۰۱۶ است؛ در آن سال ژنرال چانگ وان‌چوان، وزیر دفاع وقت چین، در تهران با "
            "همتای ایرانی خود دیدار کرده بود.")
    events = extract(text, published="2022-04-27")["events"]
    assert len(events) == 1


def test_api_who_said_something_in_this_session_attended_it(extract):
    text = ("به گزارش ایرنا، نشست شورای امنیت درباره قطعنامه ۲۲۳۱ روز پنجشنبه به ریاست باربارا وودوارد نماینده دائم "
            "انگلیس برگزار شد و اولاف اسکوگ سفیر اتحادیه اروپا نیز در آن حضور داشت.\n\nواسیلی نبنزیا نماینده دائم "
            "روسیه نیز در این نشست گفت دبیرخانه از ماموریت خود خارج شده است.")
    events = extract(text, published="2023-07-07")["events"]
    assert len(events) == 1 and "واسیلی نبنزیا" in _names(events[0])


def test_api_a_minister_heard_by_his_own_parliament_makes_no_contact(extract):
    text = ("عباس عراقچی معاون وزیر امور خارجه امروز در نشست کمیسیون امنیت ملی مجلس حضور یافت و گزارش داد.\n\n"
            "حشمت‌الله فلاحت‌پیشه رئیس کمیسیون امنیت ملی نیز در این نشست گفت نمایندگان نگرانی‌های خود را مطرح کردند.")
    assert extract(text, published="2018-08-07")["events"] == []


def test_api_an_official_welcome_after_ba_is_no_name(extract):
    text = ("نخست وزیر تاجیکستان با استقبال رسمی داودی وارد کاخ سعدآباد شد\n\nبه گزارش ایرنا، «عاقل عاقل اف» نخست وزیر "
            "تاجیکستان صبح امروز از سوی پرویز داودی معاون اول رئیس جمهور مورد استقبال رسمی قرار گرفت.\n\n"
            "داودی و عاقل اف سپس در نشستی با حضور هیئت‌های دو کشور گفتگو کردند.")
    names = {p["name"] for e in extract(text, published="2008-06-11")["events"] for p in e["participants"]}
    assert "استقبال رسمی داودی" not in names


def test_api_meetings_told_one_after_the_other_with_be_tartib_are_one_each(extract):
    text = ("ژنرال «فان چانگ‌لونگ» نایب‌رئیس کمیسیون نظامی مرکزی چین امروز در هانوی به ترتیب با «نگوین فو "
            "ترونگ» دبیرکل "
            "حزب کمونیست ویتنام، «نگوین شوان فوک» نخست‌وزیر و «نگو شوان لیچ» وزیر دفاع این کشور دیدار کرد.")
    events = extract(text, published="2017-06-19")["events"]
    assert len(events) == 3 and all("فان چانگ‌لونگ" in _names(e) for e in events)


def test_api_present_as_a_guest_is_attendance_not_a_guests_visit(extract):
    text = ("نشست وزیران دفاع سازمان همکاری شانگهای امروز در آستانه برگزار شد. امیر سرتیپ محمدرضا آشتیانی وزیر دفاع و "
            "«سرگئی شویگو» وزیر دفاع روسیه در این نشست حضور داشتند. هیئت‌هایی از هند و پاکستان نیز در نشست "
            "شرکت کردند و "
            "«ویکتور خرنین» وزیر دفاع بلاروس به عنوان مهمان و «ژانگ مینگ» دبیرکل سازمان همکاری شانگهای هم حاضر بودند.")
    events = extract(text, published="2024-04-26")["events"]
    assert len(events) == 1 and {"ویکتور خرنین", "ژانگ مینگ"} <= _names(events[0])


@pytest.mark.parametrize("participants", ["شرکت‌کنندگان", "شرکتکنندگان"])
def test_api_among_the_other_participants_were(extract, participants):
    text = ("روز چهارشنبه در بیشکک نشست مشترک شورای وزیران امور خارجه کشورهای عضو سازمان پیمان امنیت جمعی برگزار شد. "
            f"از جمله دیگر {participants} وزیر خارجه روسیه سرگئی لاوروف، وزیر خارجه قزاقستان مختار تلئوبردی و وزیر "
            "دفاع قزاقستان نورلان یرمک‌بایف بودند.\n\nشیرعلی میرزا وزیر دفاع تاجیکستان در حاشیه این نشست با یرمک‌بایف "
            "گفتگو کرد.")
    events = extract(text, published="2019-11-28")["events"]
    assert len(events) == 2 and {"سرگئی لاوروف", "مختار تلئوبردی"} <= _names(events[0])


def test_api_a_meeting_this_call_came_weeks_after_is_background(extract):
    text = ("عمران خان نخست‌وزیر پاکستان روز چهارشنبه در تماسی تلفنی با شیخ حسینه واجد همتای بنگلادشی خود درباره کرونا "
            "گفت‌وگو کرد.\n\nاین تماس چند هفته پس از دیدار عمران احمد صدیقی کمیسر عالی پاکستان در داکا با ابوالکلام "
            "عبدالمومن وزیر امور خارجه بنگلادش صورت گرفت.")
    events = extract(text, published="2020-07-23")["events"]
    assert len(events) == 1 and events[0]["type"] == "phone_call"


def test_api_two_meetings_told_again_in_one_sentence_add_no_third(extract):
    text = ("محمد اشرف غنی رئیس جمهور روز شنبه جداگانه با وانگ یی و شاه محمود قریشی در ارگ دیدار کرد. "
            "سخنگوی رئیس جمهور "
            "گفت که غنی در دیدار با وزیر خارجه چین از حمایت‌های پکن قدردانی کرد و در دیدار با وزیر خارجه پاکستان "
            "خواستار اقدام عملی اسلام‌آباد شد.")
    events = extract(text, published="2018-12-16")["events"]
    assert len(events) == 2 and all(e["type"] == "meeting" for e in events)


@pytest.mark.parametrize("officials, country", [("مقامات روسی", "RU"), ("مسئولان وزارت انرژی روسیه", "RU"),
                                                ("مقام‌های ارشد وزارت خارجه عربستان", "SA")])
def test_api_officials_of_a_country_met_are_one_official_of_it(extract, officials, country):
    text = f"نورالدین عزیزی سرپرست وزارت صنعت و تجارت روز چهارشنبه در مسکو با {officials} دیدار کرد."
    events = extract(text, published="2022-10-05")["events"]
    assert len(events) == 1
    unnamed = [p for p in events[0]["participants"] if p["name"] is None]
    assert [(p["role"]["code"], p["country"]) for p in unnamed] == [("official", country)]


def test_api_officials_met_at_an_earlier_stop_make_no_contact(extract):
    text = ("یونس‌بک یوکوروف معاون وزیر دفاع روسیه امروز در واگادوگو با ابراهیم تراوره دیدار کرد. یوکوروف پیش از این "
            "در نیامی با مقامات نیجر گفت‌وگو کرده بود.")
    events = extract(text, published="2024-01-20")["events"]
    assert len(events) == 1


def test_api_the_korean_guest_is_the_visitor_from_south_korea(extract):
    text = ("«کیم جین‌پیو» رئیس مجلس ملی کره جنوبی امروز در دوشنبه با محمدطاهر ذاکرزاده رئیس مجلس نمایندگان تاجیکستان "
            "دیدار کرد. پس از آن، مهمان کره‌ای از سوی امامعلی رحمان رئیس جمهور تاجیکستان در قصر ملت پذیرفته شد.")
    events = extract(text, published="2023-07-04")["events"]
    assert len(events) == 2 and all("کیم جین‌پیو" in _names(e) for e in events)


@pytest.mark.parametrize("verb", ["مذاکرات گذراند", "مذاکرات رسمی گذرانیدند"])
def test_api_talks_conducted_in_tajik_wording_are_a_meeting(extract, verb):
    text = (f"دوشنبه، «خاور». امروز کمال خرازی وزیر امور خارجه ایران با طلبک نذراف وزیر امور خارجه تاجیکستان {verb}. "
            "جانب‌ها درباره همکاری‌های اقتصادی گفتگو کردند.")
    events = extract(text, published="2003-05-12")["events"]
    assert len(events) == 1 and {"کمال خرازی", "طلبک نذراف"} <= _names(events[0])


def test_api_speakers_who_spoke_in_this_session_attended_it(extract):
    text = ("نشست شورای امنیت سازمان ملل درباره برنامه هسته‌ای ایران امروز در نیویورک برگزار شد. «ویتالی چورکین» "
            "نماینده روسیه و «وانگ گوانگیا» نماینده چین نیز در این جلسه سخن گفتند.")
    events = extract(text, published="2006-12-23")["events"]
    assert len(events) == 1 and {"ویتالی چورکین", "وانگ گوانگیا"} <= _names(events[0])


def test_api_speaking_of_something_is_no_speech_at_a_session(extract):
    text = ("سید کاظم جلالی سفیر ایران در مسکو امروز در ایروان با آرارات میرزویان وزیر امور خارجه ارمنستان دیدار کرد. "
            "این دیدار چند روز پس از آن انجام شد که الهام علی‌اف رئیس‌جمهور آذربایجان بار دیگر از ایجاد "
            "«کریدور زنگزور» سخن گفت.")
    events = extract(text, published="2022-09-20")["events"]
    assert len(events) == 1 and events[0]["type"] == "meeting" and len(events[0]["participants"]) == 2


def test_api_delegation_heads_named_after_an_attribution_took_part_in_the_round(extract):
    text = ("تاشکند- ایرنا- کمیسیون‌های مرزی قزاقستان و ازبکستان روز دوشنبه در تاشکند دور تازه‌ای از مذاکرات خود را "
            "برگزار کردند. به گزارش ایرنا، ریاست هیئت قزاقستان را «رومن واسیلنکو» معاون وزیر امور خارجه این کشور و "
            "ریاست هیئت ازبکستان را معاون وزیر امور خارجه ازبکستان بر عهده داشتند. روز یکشنبه نیز «مختار تلئوبردی» "
            "وزیر امور خارجه قزاقستان سفیر ازبکستان در نورسلطان را به حضور پذیرفت.")
    events = extract(text, published="2021-03-16")["events"]
    assert len(events) == 2 and events[0]["type"] == "negotiation"
    assert "رومن واسیلنکو" in _names(events[0])
    assert {(p["role"] or {}).get("code") for p in events[0]["participants"]} == {"deputy_foreign_minister"}


def test_api_session_led_from_each_side_has_both_leaders(extract):
    text = ("امروز در ایروان نشست کمیسیون مشترک اقتصادی ایران و ارمنستان برگزار شد. نشست را از طرف ایران «رستم قاسمی» "
            "وزیر نفت و از طرف ارمنستان «آرمن موومجیان» وزیر انرژی رهبری کردند. روز گذشته «تیگران سرکیسیان» "
            "نخست‌وزیر ارمنستان وزیر نفت ایران را به حضور پذیرفت.")
    events = extract(text, published="2012-09-05")["events"]
    assert len(events) == 2
    assert {"رستم قاسمی", "آرمن موومجیان"} <= _names(events[0])


def test_api_head_of_the_asian_bank_in_dari_is_an_organisation_head(extract):
    text = ("تاکهیکو ناکائو، رئیس بانک انکشاف آسیایی، روز یک‌شنبه با عبدالستار مراد، وزیر اقتصاد، در کابل دیدار کرد "
            "و دو طرف درباره پروژه‌های راه‌آهن گفتگو کردند.")
    events = extract(text, published="2018-05-13")["events"]
    nakao = next(p for p in events[0]["participants"] if p["name"] == "تاکهیکو ناکائو")
    assert nakao["role"]["code"] == "head_of_organization"


def test_api_a_guest_received_after_a_relative_clause_is_met(extract):
    text = ("سرلشکر غانم بن شاهین الغانم رئیس ستاد مشترک نیروهای مسلح قطر روز یکشنبه در دوحه با سفیر ترکیه دیدار کرد. "
            "الغانم امروز فرمانده نیروی دریایی پاکستان را که برای شرکت در نمایشگاه دریایی به قطر آمده است، پذیرفت.")
    events = extract(text, published="2018-03-13")["events"]
    assert len(events) == 2
    assert "غانم بن شاهین الغانم" in _names(events[1])
    assert {(p["role"] or {}).get("code") for p in events[1]["participants"]} == {"chief_of_general_staff",
                                                                                 "military_commander"}


def test_api_a_time_phrase_ends_at_the_verb_of_going_before_the_reception(extract):
    text = ("وزیر امور خارجه ترکیه پس از پایان نشست سه‌جانبه به دفتر نخست‌وزیری رفت و از سوی عمران خان به حضور "
            "پذیرفته شد.")
    events = extract(text, published="2021-01-13")["events"]
    assert len(events) == 1 and "عمران خان" in _names(events[0])


@pytest.mark.parametrize("phrase", ["«تمامیت ارضی»", "«ثبات راهبردی»"])
def test_api_an_abstract_phrase_in_guillemets_is_no_person(extract, phrase):
    text = (f"شاه محمود قریشی وزیر خارجه پاکستان امروز در اسلام‌آباد با جیحون بایراموف همتای آذربایجانی خود "
            f"دیدار کرد و دو طرف بر حمایت از {phrase} یکدیگر تاکید کردند.")
    doc = extract(text, published="2021-01-13")
    people = {p["name"] for p in doc["mentioned_people"]} | _names(doc["events"][0])
    assert phrase.strip("«»") not in people


def test_api_a_speech_at_a_named_session_is_that_session_with_who_hosted_it(extract):
    text = ("به گزارش ایرنا، ابراهیم رئیسی رئیس‌جمهور کشورمان امروز در نشست سران سازمان همکاری شانگهای در سمرقند "
            "سخنرانی کرد. این نشست به میزبانی شوکت میرضیایف رئیس‌جمهور ازبکستان و با حضور ولادیمیر پوتین و شی جین‌پینگ "
            "برگزار شد.")
    events = extract(text, published="2022-09-16")["events"]
    assert len(events) == 1 and events[0]["type"] == "multilateral_meeting"
    assert {"ابراهیم رئیسی", "شوکت میرضیایف", "ولادیمیر پوتین"} <= _names(events[0])


def test_api_a_speech_told_first_stays_apart_from_the_meeting_on_the_sidelines(extract):
    text = ("محمدجواد ظریف وزیر امور خارجه کشورمان امروز در نشست شورای امنیت سازمان ملل در نیویورک سخنرانی کرد. "
            "وی پس از این نشست با سرگئی لاوروف وزیر امور خارجه روسیه دیدار کرد.")
    events = extract(text, published="2019-12-20")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting", "meeting"]
    assert _names(events[1]) == {"محمدجواد ظریف", "سرگئی لاوروف"}


def test_api_the_session_a_minister_came_for_is_not_where_he_spoke(extract):
    text = ("به گزارش ایلنا، وزیر کار که برای شرکت در نشست وزیران کار بریکس به برزیل سفر کرده است، امروز در دانشگاه "
            "برازیلیا سخنرانی کرد و با دانشجویان ایرانی دیدار کرد.")
    assert extract(text, published="2025-04-22")["events"] == []


def test_api_the_president_of_the_swiss_confederation_is_a_head_of_state(extract):
    text = "حسن روحانی امروز در نیویورک با دوریس لوتهارد رئیس کنفدراسیون سوئیس دیدار کرد."
    events = extract(text, published="2017-09-21")["events"]
    guest = next(p for p in events[0]["participants"] if p["name"] == "دوریس لوتهارد")
    assert guest["role"]["code"] == "head_of_state" and guest["country"] == "CH"


def test_api_an_official_who_only_describes_a_trip_takes_no_part(extract):
    text = ("فیصل بن فرحان وزیر امور خارجه عربستان امروز در نخستین سفر یک مقام ارشد سعودی به بغداد در ده سال گذشته "
            "وارد این شهر شد و با فؤاد حسین همتای عراقی خود دیدار کرد.")
    events = extract(text, published="2019-02-20")["events"]
    assert len(events) == 1
    assert [(p["role"] or {}).get("code") for p in events[0]["participants"] if p["name"] is None] == []


def test_api_a_present_verb_of_a_relative_clause_without_comma_plans_nothing(extract):
    text = ("والی هرات شب گذشته در تماسی تلفنی با استاندار خراسان رضوی درباره مهاجرانی که از مرز اسلام قلعه اخراج "
            "می‌شوند و صادرات برق به هرات گفتگو کرد.")
    doc = extract(text, published="2014-08-06")
    assert len(doc["events"]) == 1 and doc["events"][0]["type"] == "phone_call"


def test_api_members_of_this_delegation_are_its_head_told_before(extract):
    text = ("هیئتی از شورای ولایتی هرات به رهبری عبدالمجید صدیقی روز شنبه در مشهد با استاندار خراسان رضوی دیدار کرد. "
            "اعضای این هیئت روز یکشنبه نیز با «حسین مشتاقی» مدیرکل امور اتباع استانداری خراسان رضوی دیدار کردند.")
    events = extract(text, published="2012-10-15")["events"]
    assert len(events) == 2 and {"عبدالمجید صدیقی", "حسین مشتاقی"} <= _names(events[1])


def test_api_a_commission_that_convened_is_a_session(extract):
    text = ("کمیسیون مشترک اقتصادی ایران و ترکمنستان امروز به ریاست مشترک رستم قاسمی وزیر نفت و «رشید مرادوف» وزیر "
            "امور خارجه ترکمنستان در عشق‌آباد تشکیل جلسه داد.")
    events = extract(text, published="2012-11-20")["events"]
    assert len(events) == 1 and events[0]["type"] == "negotiation"


def test_api_a_session_at_the_same_time_as_this_meeting_is_another_contact(extract):
    text = ("قاسم الاعرجی مشاور امنیت ملی عراق امروز در تهران با علی اکبر احمدیان دبیر شورای عالی امنیت ملی دیدار کرد. "
            "همزمان با این دیدار، کمیته مشترک امنیتی دو کشور به ریاست معاون دبیر شورای عالی امنیت ملی و معاون مشاور "
            "امنیت ملی عراق تشکیل جلسه داد.")
    events = extract(text, published="2023-08-28")["events"]
    assert [e["type"] for e in events] == ["meeting", "negotiation"]


def test_api_who_acts_at_a_named_session_attended_it(extract):
    text = ("نشست وزیران خارجه کشورهای همسایه افغانستان امروز در تاشکند با حضور وانگ یی و سرگئی لاوروف برگزار شد. "
            "حسین امیرعبداللهیان وزیر امور خارجه کشورمان نیز در دومین نشست وزیران همسایگان افغانستان از ادامه "
            "کمک‌های انسانی به مردم این کشور خبر داد.")
    events = extract(text, published="2022-03-31")["events"]
    assert len(events) == 1 and "حسین امیرعبداللهیان" in _names(events[0])


def test_api_the_source_of_what_was_said_at_the_session_did_not_attend_it(extract):
    text = ("نشست سران سازمان همکاری شانگهای امروز در آستانه با حضور ولادیمیر پوتین و شی جین‌پینگ برگزار شد. "
            "به گفته دیمیتری پسکوف، پوتین در سخنرانی خود در نشست گفت روسیه از گسترش این سازمان حمایت می‌کند.")
    events = extract(text, published="2024-07-04")["events"]
    assert "دیمیتری پسکوف" not in _names(events[0])


def test_api_a_call_thanked_for_is_no_contact_of_the_article(extract):
    text = ("علی لاریجانی رئیس مجلس امروز در تهران با «اسماعیل کهرمان» رئیس مجلس ترکیه دیدار کرد. کهرمان در این دیدار "
            "از تماس‌های تلفنی محمدجواد ظریف با همتای ترکش در شب کودتا قدردانی کرد.")
    events = extract(text, published="2016-10-18")["events"]
    assert len(events) == 1 and events[0]["type"] == "meeting"


def test_api_a_round_held_weeks_ago_is_background(extract):
    text = ("فؤاد حسین وزیر امور خارجه عراق امروز در بغداد با ایرج مسجدی سفیر ایران دیدار کرد. کنفرانس همکاری بغداد "
            "دو هفته پیش با حضور سران و وزیران خارجه کشورهای همسایه عراق و فرانسه در این شهر برگزار شد.")
    events = extract(text, published="2021-09-12")["events"]
    assert [e["type"] for e in events] == ["meeting"]


def test_api_ministers_told_in_the_plural_are_those_the_session_lists(extract):
    text = ("وزرای خارجه سه کشور ضامن روند آستانه امروز در حاشیه مجمع گفتگوی دوحه درباره سوریه گفتگو کردند. "
            "در این نشست که با حضور عباس عراقچی، «سرگئی لاوروف» و «هاکان فیدان» برگزار شد، وضعیت حمص بررسی شد.")
    events = extract(text, published="2024-12-07")["events"]
    assert len(events) == 1 and {"عباس عراقچی", "سرگئی لاوروف", "هاکان فیدان"} <= _names(events[0])


def test_api_a_talk_with_each_of_the_two_is_one_contact_with_each(extract):
    text = ("سرگئی لاوروف امروز در مسکو میزبان نشست سه جانبه با جیحون بایراموف و آرارات میرزویان وزرای خارجه آذربایجان "
            "و ارمنستان بود. لاوروف پیش از آغاز نشست، جداگانه با هر یک از دو وزیر گفتگو کرد.")
    events = extract(text, published="2021-11-10")["events"]
    assert len(events) == 3
    assert [_names(e) for e in events[1:]] == [{"سرگئی لاوروف", "جیحون بایراموف"}, {"سرگئی لاوروف", "آرارات میرزویان"}]


def test_api_the_kurdistan_region_prime_minister_is_not_iraqs(extract):
    text = ("لوید آستین وزیر دفاع آمریکا امروز در بغداد با محمد شیاع السودانی نخست‌وزیر عراق دیدار کرد. آستین عصر "
            "همان روز در اربیل با مسرور بارزانی، نخست‌وزیر اقلیم کردستان، دیدار کرد.")
    events = extract(text, published="2023-03-07")["events"]
    assert [_names(e) for e in events] == [{"لوید آستین", "محمد شیاع السودانی"}, {"لوید آستین", "مسرور بارزانی"}]


@pytest.mark.parametrize("noun", ["دیدار دوجانبه‌ای", "دیدار کوتاهی"])
def test_api_an_indefinite_meeting_had_is_a_meeting(extract, noun):
    text = f"امامعلی رحمان و شوکت میرضیایف امروز پیش از آغاز نشست سران در تاشکند {noun} داشتند."
    events = extract(text, published="2019-11-29")["events"]
    assert len(events) == 1 and _names(events[0]) == {"امامعلی رحمان", "شوکت میرضیایف"}


def test_api_a_country_represented_at_the_session_adds_who_represented_it(extract):
    text = ("نشست مشورتی سران آسیای مرکزی امروز در تاشکند به ریاست شوکت میرضیایف برگزار شد. در این نشست امامعلی رحمان "
            "و قاسم‌جومارت توکایف نیز حضور داشتند و ترکمنستان را گلشات ممدوا رئیس مجلس این کشور نمایندگی میکرد.")
    events = extract(text, published="2019-11-29")["events"]
    assert len(events) == 1 and "گلشات ممدوا" in _names(events[0])


def test_api_a_present_verb_of_a_relative_clause_before_the_main_verb_plans_nothing(extract):
    text = ("نورمحمد اسلام‌جار والی هرات امروز در یک تماس تلفنی با سرکنسول ایران در هرات در مورد وضعیت مهاجرین افغان "
            "که از ایران اخراج می‌شوند صحبت کرده است.")
    result = extract(text, published="2022-08-23")
    assert [e["type"] for e in result["events"]] == ["phone_call"] and not result.get("other_contacts")


def test_api_talks_of_the_delegations_carried_out_are_a_contact(extract):
    text = ("قاهر رسول‌زاده، نخست‌وزیر تاجیکستان، امروز از سوی حسن روحانی پذیرفته شد. روز گذشته گفتگوهای رسمی "
            "هیئت‌های دو کشور به ریاست قاهر رسول‌زاده و اسحاق جهانگیری انجام گرفت.")
    events = extract(text, published="2016-10-18")["events"]
    assert {"قاهر رسول‌زاده", "اسحاق جهانگیری"} in [_names(e) for e in events]


@pytest.mark.parametrize("before", ["پیش از آن،", "پیش از این نیز"])
def test_api_a_day_told_after_before_that_dates_the_contact_itself(extract, before):
    text = ("فرمانده ناوگروه ایرانی امروز در کلمبو با دریابان «پریانتا پررا» فرمانده نیروی دریایی سریلانکا دیدار کرد. "
            f"فرمانده ناوگروه {before} روز دوشنبه با فرمانده منطقه دریایی غرب نیروی دریایی سریلانکا دیدار کرد.")
    events = extract(text, published="2024-11-26")["events"]
    assert sorted((e["date"] or {}).get("value") for e in events) == ["2024-11-25", "2024-11-26"]


def test_api_a_future_said_in_a_meeting_of_someone_is_what_was_said(extract):
    text = ("رئیس مجلس شورای اسلامی امروز در دیدار دبیر شورای امنیت روسیه گفت هرگونه مداخله نظامی خارجی در سوریه، "
            "منطقه را به سمت بی‌ثباتی سوق خواهد داد. علی لاریجانی در این دیدار با نیکلای پاتروشف درباره سوریه گفتگو کرد.")
    result = extract(text, published="2012-10-15")
    assert len(result["events"]) == 1 and not result.get("other_contacts")


def test_api_a_talk_with_a_television_channel_is_an_interview(extract):
    text = ("دور سوم مذاکرات هیئت‌های امارت اسلامی و پاکستان که روز پنجشنبه در استانبول آغاز شده بود، امروز بدون توافق "
            "پایان یافت. هیئت امارت اسلامی به ریاست عبدالحق وثیق و هیئت پاکستان به ریاست محمد عاصم ملک در این مذاکرات "
            "حضور داشتند. در مقابل، خواجه محمد آصف وزیر دفاع پاکستان در گفتگو با یک تلویزیون محلی گفت که مذاکرات به "
            "بن بست رسیده است.")
    events = extract(text, published="2025-11-08")["events"]
    assert len(events) == 1 and not any("آصف" in name for name in _names(events[0]))


def test_api_a_contact_timed_before_meeting_another_side_is_another_contact(extract):
    text = ("رئیس مجلس شورای اسلامی عصر امروز در دیدار با دبیر شورای امنیت روسیه بر همکاری اقتصادی تأکید کرد. به گزارش "
            "تسنیم، محمدباقر قالیباف در این دیدار به «نیکلای پاتروشف» گفت تحریم‌ها مانع همکاری نیست. دبیر شورای امنیت "
            "روسیه پیش از دیدار با رئیس مجلس، در دبیرخانه شورای عالی امنیت ملی با علی شمخانی گفتگو کرد.")
    events = extract(text, published="2022-11-09")["events"]
    assert [_names(e) for e in events] == [{"محمدباقر قالیباف", "نیکلای پاتروشف"}, {"نیکلای پاتروشف", "علی شمخانی"}]


def test_api_a_hyphen_inside_a_name_keeps_the_name_whole(extract):
    text = ("وزیر امور خارجه تاجیکستان امروز در دوشنبه با «آنا ماریا کوالسکا-نوواک» معاون وزیر خارجه لهستان دیدار کرد. "
            "پیتر کوپر-هیل سفیر بریتانیا در دوشنبه نیز در این دیدار حضور داشت.")
    events = extract(text, published="2021-03-02")["events"]
    assert len(events) == 1 and {"آنا ماریا کوالسکا-نوواک", "پیتر کوپر-هیل"} <= _names(events[0])


def test_api_initials_open_a_name_before_its_title(extract):
    text = ("معاون وزیر امور خارجه پاکستان روز سه‌شنبه ار. کی. سینگ معاون کمیسر عالی هند در اسلام‌آباد را احضار کرد. "
            "وزیر دفاع افغانستان نیز در دهلی نو با ان.ام. راو وزیر امور داخله هند دیدار کرد.")
    events = extract(text, published="2019-05-14")["events"]
    assert {"ار. کی. سینگ", "ان.ام. راو"} <= set().union(*(_names(e) for e in events))


def test_api_a_speaker_who_tells_who_was_present_was_not(extract):
    text = ("وزیر خارجه افغانستان امروز در کابل با معاون وزیر خارجه قطر دیدار کرد. وحید احمدی سخنگوی وزارت خارجه به "
            "خبرنگاران گفت در این دیدار که سفیر قطر در کابل نیز حضور داشت، دو طرف درباره روند صلح بحث کردند.")
    events = extract(text, published="2020-02-11")["events"]
    assert len(events) == 1 and "وحید احمدی" not in _names(events[0])


def test_api_what_someone_had_said_that_another_did_is_not_his_contact(extract):
    text = ("ناصر بهرامی سخنگوی وزارت خارجه در همان پیام گفته بود که وزیر خارجه روز دوشنبه با سفیر ترکمنستان در کابل "
            "دیدار کرده است. سفیر افغانستان در اسلام‌آباد نیز نوشته است که روز چهارشنبه در دفتر وزارت خارجه پاکستان با "
            "معاون وزیر خارجه این کشور دیدار کرده است.")
    events = extract(text, published="2021-06-16")["events"]
    assert [("ناصر بهرامی" in _names(e), len(e["participants"])) for e in events] == [(False, 2), (False, 2)]


def test_api_someone_met_too_who_holds_no_office_of_the_contact_before_is_another_contact(extract):
    text = ("هاکان فیدان وزیر امور خارجه ترکیه امروز در بغداد با محمد شیاع السودانی نخست‌وزیر عراق دیدار کرد. دو طرف "
            "درباره آب دجله و فرات گفتگو کردند. فیدان عصر امروز با وزیر کشور و رئیس دستگاه اطلاعات نیز ملاقات کرد.")
    events = extract(text, published="2024-08-20")["events"]
    assert len(events) == 2 and [e["participants"][-1]["role"]["code"] for e in events] == ["head_of_government", "minister"]


def test_api_a_subject_told_by_no_title_we_know_is_the_one_named_before(extract):
    text = ("محمدباقر قالیباف رئیس مجلس شورای اسلامی امروز در ایروان با نیکول پاشینیان نخست‌وزیر ارمنستان دیدار کرد. "
            "پاشینیان در این دیدار بر گسترش روابط تأکید کرد. ریاست قوه مقننه کشورمان عصر امروز نیز با آلن "
            "سیمونیان رئیس مجلس ارمنستان ملاقات کرد.")
    events = extract(text, published="2023-06-14")["events"]
    assert [_names(e) for e in events] == [{"محمدباقر قالیباف", "نیکول پاشینیان"}, {"محمدباقر قالیباف", "آلن سیمونیان"}]


def test_api_a_contact_reported_after_said_that_with_its_own_subject_is_no_relative_clause(extract):
    text = ("سخنگوی والی بلخ به خبرنگاران گفت که محمد داوود لغمانی شام جمعه در یک تماس تلفنی با سرکنسول ازبکستان در "
            "مزار شریف، خواستار تسهیل صدور ویزا برای بیماران شده است.")
    events = extract(text, published="2024-03-16")["events"]
    assert len(events) == 1 and events[0]["type"] == "phone_call"


@pytest.mark.parametrize("after", ["سفر وزیر خارجه پاکستان به مسکو چند هفته پس از سفر شهباز شریف به پکن انجام شد؛ "
                                   "سفری که در جریان آن شریف با شی جین‌پینگ دیدار کرد.",
                                   "این دیدار چند روز پس از آن صورت گرفت که شهباز شریف در پکن با شی جین‌پینگ دیدار "
                                   "کرده بود."])
def test_api_a_contact_this_one_is_timed_some_days_after_is_background(extract, after):
    text = ("اسحاق دار وزیر امور خارجه پاکستان امروز در مسکو با سرگئی لاوروف همتای روس خود دیدار و درباره افغانستان "
            f"گفت‌وگو کرد. {after}")
    events = extract(text, published="2024-06-12")["events"]
    assert [_names(e) for e in events] == [{"اسحاق دار", "سرگئی لاوروف"}]


@pytest.mark.parametrize("earlier", [
    "پیش از این، وابسته نظامی پاکستان در تهران در دیداری با دریادار حبیب‌الله سیاری معاون هماهنگ‌کننده ارتش، "
    "برنامه‌های این سفر و زمینه‌های همکاری‌های آموزشی را بررسی کرده بود.",
    "پیش از این، معاونان وزرای خارجه ایران، روسیه و چین در نشستی سه‌جانبه در پکن درباره برنامه هسته‌ای ایران "
    "رایزنی کرده بودند.",
    "پیش از این شهباز شریف نخست‌وزیر پاکستان نیز در تماسی تلفنی با مسعود پزشکیان رئیس‌جمهور ایران، درگذشت شمار "
    "زیادی از زائران پاکستانی در حادثه رانندگی را تسلیت گفته بود."])
def test_api_a_contact_told_before_this_in_the_past_perfect_is_background(extract, earlier):
    text = ("دریادار شهرام ایرانی فرمانده نیروی دریایی ارتش امروز در تهران با دریاسالار نوید اشرف فرمانده نیروی "
            f"دریایی پاکستان دیدار و گفت‌وگو کرد. {earlier}")
    events = extract(text, published="2024-08-27")["events"]
    assert [_names(e) for e in events] == [{"شهرام ایرانی", "نوید اشرف"}]


def test_api_another_travellers_arrival_told_after_the_talks_is_an_aside(extract):
    text = ("شهباز شریف نخست‌وزیر پاکستان امروز در آستانه در حاشیه نشست سازمان همکاری شانگهای با قاسم جومارت توکایف "
            "رئیس‌جمهور قزاقستان دیدار کرد. دو طرف درباره خط آهن ترانس‌افغان گفت‌وگو کردند. نارندرا مودی نخست‌وزیر "
            "هند نیز برای شرکت در نشست سران عصر امروز وارد آستانه شد.")
    events = extract(text, published="2024-07-03")["events"]
    assert [_names(e) for e in events] == [{"شهباز شریف", "قاسم جومارت توکایف"}]


def test_api_a_delegation_arriving_is_not_the_person_named_before(extract):
    text = ("سرلشکر محمد باقری رئیس ستاد کل نیروهای مسلح امروز در تهران با ثابت محمد العباسی وزیر دفاع عراق دیدار "
            "و گفت‌وگو کرد. سفر وزیر دفاع عراق به تهران به دعوت عزیز نصیرزاده وزیر دفاع انجام شده است. هیئت نظامی "
            "عراق روز دوشنبه وارد تهران شد.")
    events = extract(text, published="2024-11-19")["events"]
    assert [_names(e) for e in events] == [{"محمد باقری", "ثابت محمد العباسی"}]


def test_api_a_session_planned_in_a_relative_clause_of_a_call_noun_is_not_the_calls(extract):
    text = ("مولوی امیرخان متقی وزیر امور خارجه طالبان روز یکشنبه در گفت‌وگوی تلفنی با اسحاق دار وزیر امور خارجه "
            "پاکستان برگزاری نشست سه‌جانبه وزیران خارجه را که ماه آینده در کابل برگزار می‌شود، مورد بررسی قرار داد.")
    events = extract(text, published="2024-11-25")["events"]
    assert [(e["type"], _names(e)) for e in events] == [("phone_call", {"امیرخان متقی", "اسحاق دار"})]


def test_api_a_session_two_chaired_over_a_pair_of_countries_last_year_adds_no_one(extract):
    text = ("میرزا قاسم‌اف وزیر اقتصاد جمهوری آذربایجان امروز در تهران با عبدالناصر همتی وزیر اقتصاد دیدار کرد. "
            "وزیر اقتصاد جمهوری آذربایجان عصر امروز نیز با محسن پاک‌نژاد وزیر نفت دیدار کرد. همتی و قاسم‌اف سال "
            "گذشته ریاست اجلاس کمیسیون مشترک اقتصادی ایران و جمهوری آذربایجان در باکو را بر عهده داشتند.")
    events = extract(text, published="2024-10-22")["events"]
    assert [_names(e) for e in events] == [{"میرزا قاسم‌اف", "عبدالناصر همتی"}, {"میرزا قاسم‌اف", "محسن پاک‌نژاد"}]


@pytest.mark.parametrize("deputy, role, country", [
    ("معاون امنیتی و انتظامی وزارت کشور نیز", "deputy_minister", "IR"),
    ("معاون بین‌الملل وزارت دفاع کشورمان نیز", "deputy_defense_minister", "IR"),
    ("معاون امور بین‌الملل وزارت نفت عراق نیز", "deputy_minister", "IQ")])
def test_api_a_deputy_told_by_his_remit_and_ministry_is_its_deputy_minister(extract, deputy, role, country):
    text = (f"اسکندر مؤمنی وزیر کشور امروز در تهران با سفیر عراق دیدار کرد. در این دیدار که {deputy} حضور داشت، "
            "دو طرف درباره امنیت زائران اربعین گفت‌وگو کردند.")
    events = extract(text, published="2024-08-10")["events"]
    assert len(events) == 1
    assert _unnamed(events[0]) >= {
        (role, country), ("ambassador", "IQ")}


def test_api_a_deputy_of_this_ministry_is_of_the_ministry_told_before(extract):
    text = ("امیرخان متقی وزیر امور خارجه امارت اسلامی امروز در کابل با هیئتی از وزارت فرهنگ ترکمنستان به ریاست "
            "معاون آن وزارت دیدار کرد.")
    events = extract(text, published="2024-03-02")["events"]
    assert len(events) == 1
    assert ("deputy_minister", "TM") in {(p["role"]["code"], p["country"]) for p in events[0]["participants"]}


@pytest.mark.parametrize("title, role, country", [
    ("معاون امنیتی و انتظامی استانداری سیستان و بلوچستان", "official", "IR"),
    ("معاون امنیتی دبیرخانه شورای عالی امنیت ملی", "official", "IR"),
    ("معاون بین‌الملل ستاد کل نیروهای مسلح", "official", "IR")])
def test_api_an_iranian_deputy_told_by_his_office_alone_takes_part(extract, title, role, country):
    text = (f"سرتیپ احمدعلی گودرزی فرمانده مرزبانی امروز در زاهدان با فرمانده نیروی مرزی پاکستان دیدار کرد. {title} "
            "نیز در این دیدار حضور داشت.")
    events = extract(text, published="2024-05-12")["events"]
    assert len(events) == 1
    assert (role, country) in _unnamed(events[0])


def test_api_a_deputy_speaker_of_the_wolesi_jirga_is_a_member_of_it(extract):
    text = ("محمد یونس قانونی رئیس ولسی جرگه امروز در کابل با سفیر ایران دیدار کرد. میرویس یاسینی معاون اول ولسی "
            "جرگه نیز در این دیدار حضور داشت.")
    events = extract(text, published="2008-05-12")["events"]
    assert len(events) == 1
    assert {(p["name"], p["role"]["code"], p["country"]) for p in events[0]["participants"]} >= {
        ("میرویس یاسینی", "member_of_parliament", "AF")}


def test_api_the_head_of_the_peace_councils_secretariat_is_an_afghan_official(extract):
    text = ("صلاح‌الدین ربانی رئیس شورای عالی صلح امروز در اسلام‌آباد با راجه پرویز اشرف نخست‌وزیر پاکستان دیدار کرد. "
            "در این دیدار معصوم ستانکزی رئیس دارالانشای شورای عالی صلح نیز حضور داشت.")
    events = extract(text, published="2012-11-13")["events"]
    assert len(events) == 1
    assert ("معصوم ستانکزی", "official", "AF") in {(p["name"], p["role"]["code"], p["country"])
                                                    for p in events[0]["participants"]}


def test_api_who_reports_to_a_session_attended_it(extract):
    text = ("نشست شورای وزیران خارجه سازمان همکاری اقتصادی امروز در اسلام‌آباد برگزار شد و سرتاج عزیز مشاور "
            "نخست‌وزیر پاکستان و مولود چاووش‌اوغلو وزیر امور خارجه ترکیه در آن شرکت کردند. خلیل ابراهیم آکچا دبیرکل "
            "اکو نیز گزارشی از فعالیت‌های دبیرخانه ارائه داد.")
    events = extract(text, published="2016-03-01")["events"]
    assert len(events) == 1 and "خلیل ابراهیم آکچا" in _names(events[0])


def test_api_the_chair_of_a_session_a_speech_was_given_at_attended_it(extract):
    text = ("عبدالله عبدالله رئیس اجرایی افغانستان روز سه‌شنبه در نشست شورای امنیت سازمان ملل درباره وضعیت "
            "افغانستان که به ریاست ویتالی چورکین نماینده دائم روسیه برگزار شد، سخنرانی کرد. عبدالله پیش از آغاز نشست "
            "با بان کی‌مون دبیرکل سازمان ملل دیدار کرد.")
    events = extract(text, published="2016-03-01")["events"]
    assert _names(events[0]) == {"عبدالله عبدالله", "ویتالی چورکین"}


def test_api_who_spoke_at_the_opening_of_a_session_is_no_one_met(extract):
    text = ("قاسم جومارت توکایف رئیس‌جمهور قزاقستان روز سه‌شنبه در نشست سطح بالای مجمع عمومی سازمان ملل درباره "
            "تغییرات اقلیمی سخنرانی کرد. این نشست با سخنان عبدالله شاهد رئیس مجمع عمومی و آنتونیو گوترش دبیرکل سازمان "
            "ملل آغاز شد. توکایف در همان روز با آنتونیو گوترش دیدار کرد. وی سپس با عبدالله شاهد نیز گفتگو کرد.")
    events = extract(text, published="2022-03-01")["events"]
    assert [len(e["participants"]) for e in events] == [3, 2, 2]


def test_api_who_chairs_the_session_its_sentence_told_held_attended_it(extract):
    text = ("شاه محمود قریشی وزیر امور خارجه پاکستان امروز در نشست شورای وزیران خارجه سازمان همکاری اسلامی در نیامی "
            "شرکت کرد. این نشست دو روزه با سخنرانی محمد بازوم رئیس‌جمهور نیجر آغاز شد و ریاست آن را حسومی مسعودو وزیر "
            "خارجه این کشور به عهده دارد.")
    events = extract(text, published="2021-11-27")["events"]
    assert len(events) == 1 and "حسومی مسعودو" in _names(events[0])


def test_api_a_chair_told_with_darad_after_a_session_attended_it(extract):
    text = ("نشست بین‌المللی آب امروز در دوشنبه آغاز به کار کرد و وزیران و نمایندگان کشورهای عضو سازمان ملل در آن شرکت "
            "کردند. ریاست مشترک این نشست را امامعلی رحمان رئیس جمهور تاجیکستان و مارک روته نخست‌وزیر هلند بر عهده "
            "دارند.")
    events = extract(text, published="2021-11-27")["events"]
    assert [_names(e) for e in events] == [{"امامعلی رحمان", "مارک روته"}]


def test_api_a_serving_title_before_with_leaves_whom_he_met_a_person(extract):
    text = ("تامس وست نماینده ویژه آمریکا در امور افغانستان دیروز در دوشنبه با سراج‌الدین مهرالدین وزیر خارجه "
            "تاجیکستان دیدار کرد. امروز نماینده ویژه آمریکا با دبیر شورای امنیت تاجیکستان نیز دیدار کرد.")
    events = extract(text, published="2022-05-12")["events"]
    assert ("security_council_secretary", "TJ") in {(p["role"]["code"], p["country"]) for e in events
                                                    for p in e["participants"]}


@pytest.mark.parametrize("representative, country", [("نماینده پاکستان", "PK"), ("نماینده رژیم صهیونیستی", "IL")])
def test_api_a_states_representative_at_a_session_is_its_official(extract, representative, country):
    text = ("نشست شورای حکام آژانس بین‌المللی انرژی اتمی امروز با حضور رضا نجفی نماینده دائم ایران در وین برگزار شد. "
            f"{representative} نیز به صورت مجازی در این نشست شرکت کرد.")
    events = extract(text, published="2024-03-04")["events"]
    assert len(events) == 1
    assert ("official", country) in _unnamed(events[0])


def test_api_a_states_representative_after_its_envoy_is_that_envoy(extract):
    text = ("تامس وست نماینده ویژه آمریکا در امور افغانستان دیروز در دوشنبه با سراج‌الدین مهرالدین وزیر خارجه "
            "تاجیکستان دیدار کرد. امروز نماینده آمریکا با دبیر شورای امنیت تاجیکستان نیز دیدار کرد.")
    events = extract(text, published="2022-05-12")["events"]
    assert len(events) == 2
    assert "تامس وست" in _names(events[1])


@pytest.mark.parametrize("text, published, countries", [
    pytest.param(
        ("اجلاس سران سازمان همکاری اقتصادی امروز در تهران برگزار شد. رجب طیب اردوغان رئیس جمهور ترکیه در این "
         "اجلاس حضور داشت و هیئت‌های عالی‌رتبه‌ای از قزاقستان، قرقیزستان و ازبکستان نیز در آن شرکت کردند."),
        "2012-10-16", ("KZ", "KG", "UZ"), id="delegations_after_a_split_adjective_aliratbe"),
    pytest.param(
        ("اجلاس سران سازمان همکاری اقتصادی امروز در تهران برگزار شد. رجب طیب اردوغان رئیس جمهور ترکیه در این "
         "اجلاس حضور داشت و هیئت‌های بلندپایه‌ای از قزاقستان، قرقیزستان و ازبکستان نیز در آن شرکت کردند."),
        "2012-10-16", ("KZ", "KG", "UZ"), id="delegations_after_a_split_adjective_bolandpaye"),
    pytest.param(
        ("همایش فرماندهان نیروی دریایی امروز با سخنرانی حبیب‌الله سیاری فرمانده نیروی دریایی ارتش و با حضور "
         "هیئت‌هایی از کشورهای هند، عمان و استرالیا در تهران آغاز به کار کرد."),
        "2015-02-11", ("IN", "OM", "AU"), id="delegations_from_the_countries_listed"),
    pytest.param(
        ("نشست شورای امنیت درباره یمن روز سه‌شنبه در نیویورک برگزار شد. در این جلسه نمایندگان فرانسه، روسیه و "
         "چین نیز درباره مواضع کشورهای خود سخن گفتند."),
        "2016-04-12", ("FR", "RU", "CN"), id="representatives_speaking_in_this_session_attended_it"),
    pytest.param(
        ("نشست شورای حکام آژانس بین‌المللی انرژی اتمی روز دوشنبه در وین برگزار شد. نمایندگان انگلیس و آلمان "
         "در این نشست خواستار همکاری بیشتر شدند. در همان نشست، نماینده ژاپن از گزارش مدیرکل حمایت کرد و "
         "نماینده برزیل خواستار گفت‌وگو شد."),
        "2016-04-12", ("GB", "DE", "JP", "BR"), id="representatives_stating_at_the_session_just_told_attended_it"),
    pytest.param(
        ("اجلاس سران سازمان همکاری اقتصادی امروز در تهران برگزار شد. الهام علی‌اف رئیس‌جمهور آذربایجان در این اجلاس "
         "شرکت داشت. مصر، اردن و عراق نیز هیئت‌هایی به ریاست وزیر به تهران فرستاده بودند."),
        "2009-03-11", ("EG", "JO", "IQ"), id="countries_sending_delegations_to_the_session_attended_it"),
    pytest.param(
        ("نشست وزیران خارجه کشورهای همسایه افغانستان امروز در اسلام‌آباد برگزار شد. در این نشست شاه محمود قریشی وزیر "
         "خارجه پاکستان حضور داشت و چین، قزاقستان و ازبکستان نیز در سطح معاون وزیر یا سفیر در آن نمایندگی داشتند."),
        "2021-03-11", ("CN", "KZ", "UZ"), id="countries_represented_at_a_level_at_the_session_attended_it"),
    pytest.param(
        ("اجلاس سران شورای همکاری خلیج فارس امروز در کویت برگزار شد و امیر قطر در آن حاضر شد. عربستان سعودی، امارات "
         "و مصر که روابط خود را با دوحه قطع کرده‌اند، تنها هیئت‌هایی در سطح وزیر به کویت فرستادند."),
        "2017-12-05", ("SA", "AE", "EG"), id="countries_before_a_relative_clause_sending_delegations"),
])
def test_api_states_told_at_a_session_each_attended_it_by_one_official(extract, text, published, countries):
    """Delegations or representatives of states told only by their countries (sent, represented at a level,
    speaking or asking in the session just told) are one unnamed official each of that session."""
    events = extract(text, published=published)["events"]
    assert len(events) == 1
    assert {("official", c) for c in countries} <= _unnamed(events[0])


@pytest.mark.parametrize("text", [
    "بدر البوسعیدی وزیر امور خارجه عمان امروز در تهران با مسعود پزشکیان رئیس‌جمهور دیدار و پیام کتبی سلطان عمان "
    "را به وی تحویل داد. وزیر خارجه عمان سپس در محل وزارت امور خارجه با عباس عراقچی همتای ایرانی خود دیدار و "
    "گفت‌وگو کرد.",
    "وزیر امور خارجه کویت امروز در تهران با مسعود پزشکیان رئیس‌جمهور دیدار و درگذشت رئیس‌جمهور پیشین را تسلیت گفت. "
    "وزیر خارجه کویت عصر امروز با عباس عراقچی نیز دیدار کرد."])
def test_api_a_meeting_noun_sharing_a_light_verb_after_and_is_a_contact(extract, text):
    events = extract(text, published="2024-10-14")["events"]
    assert len(events) == 2 and "مسعود پزشکیان" in _names(events[0])


def test_api_a_meeting_carried_out_in_the_past_perfect_is_drafted(extract):
    text = ("امروز رئیس‌جمهور تاجیکستان امامعلی رحمان دبیرکل سازمان همکاری شانگهای ژانگ مینگ را به حضور پذیرفت. "
            "روز گذشته دبیرکل سازمان همکاری شانگهای با وزیر امور خارجه تاجیکستان سراج‌الدین مهرالدین ملاقات انجام "
            "داده بود.")
    events = extract(text, published="2023-05-12")["events"]
    assert len(events) == 2 and "سراج‌الدین مهرالدین" in _names(events[1])


def test_api_a_meeting_noun_sharing_the_next_verb_after_a_session_is_its_own_contact(extract):
    text = ("نشست شورای وزیران خارجه سازمان همکاری اقتصادی (اکو) امروز در تهران به ریاست عباس عراقچی وزیر امور خارجه "
            "برگزار شد. وزیران خارجه ترکیه، پاکستان و قزاقستان در این نشست حضور داشتند. عراقچی عصر امروز نیز با "
            "اسحاق دار وزیر خارجه پاکستان دیدار و درباره امنیت مرزهای مشترک تبادل نظر کرد.")
    events = extract(text, published="2025-03-10")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting", "meeting"]


@pytest.mark.parametrize("person, country", [("سمیع‌الله زرغون وزیر زراعت", "AF"), ("نورالدین کمالوف وزیر زراعت", None)])
def test_api_an_afghan_outlets_official_under_an_unqualified_title_is_afghan(extract, person, country):
    text = ("آژانس خبری پژواک\n۲ حمل ۱۳۹۲\n\nکابل (پژواک): " + person + " امروز با سفیر ترکمنستان در کابل دیدار "
            "کرد و در مورد صادرات میوه گفتگو کرد.")
    events = extract(text)["events"]
    assert [p["country"] for p in events[0]["participants"] if p["name"]] == [country]


@pytest.mark.parametrize("person, role", [("ژنرال قمر جاوید باجوه لوی درستیز ارتش پاکستان", "military_commander"),
                                          ("عبدالله بن خمیس الرئیسی رئیس ستاد کل نیروهای مسلح عمان",
                                           "chief_of_general_staff")])
def test_api_an_armys_chief_of_staff_the_register_holds_for_its_commander(extract, person, role):
    text = f"{person} روز دوشنبه در اسلام‌آباد با سفیر چین دیدار و درباره امنیت منطقه گفتگو کرد."
    events = extract(text, published="2018-03-05")["events"]
    assert [p["role"]["code"] for p in events[0]["participants"] if p["name"]] == [role]


def test_api_who_took_part_in_the_work_of_a_session_attended_it(extract):
    text = ("نشست شورای وزیران دفاع کشورهای عضو سازمان همکاری شانگهای امروز در شهر دوشنبه به ریاست امامعلی صابرزاده "
            "وزیر دفاع تاجیکستان برگزار شد. به گزارش خاور، در کار نشست وزیر دفاع جمهوری قزاقستان رسلان ژاکسیلیکوف و "
            "وزیر دفاع جمهوری ازبکستان شوکت خالماتوف اشتراک ورزیدند. صابرزاده در حاشیه نشست با وزیر دفاع چین دونگ جون "
            "دیدار کرد.")
    events = extract(text, published="2024-05-02")["events"]
    assert len(events) == 2
    assert {p["name"].split()[-1] for p in events[0]["participants"]} == {"صابرزاده", "ژاکسیلیکوف", "خالماتوف"}


def test_api_the_other_speakers_of_a_session_attended_it(extract):
    text = ("نشست شورای امنیت سازمان ملل درباره وضعیت خاورمیانه امروز در نیویورک برگزار شد و عباس عراقچی وزیر امور "
            "خارجه کشورمان در آن سخنرانی کرد. کایا کالاس مسئول سیاست خارجی اتحادیه اروپا و هاکان فیدان وزیر امور خارجه "
            "ترکیه از دیگر سخنرانان این نشست بودند.")
    events = extract(text, published="2025-05-01")["events"]
    assert len(events) == 1 and {"کالاس", "فیدان"} <= {p["name"].split()[-1] for p in events[0]["participants"]}


@pytest.mark.parametrize("welcome", [
    "شامگاه دیروز در فرودگاه بین‌المللی دوشنبه، قاهر رسول‌زاده نخست‌وزیر تاجیکستان از مهمان استقبال کرده بود.",
    "صبح امروز در فرودگاه دوشنبه نخست وزیر تاجیکستان قاهر رسول‌زاده از رئیس جمهور قزاقستان استقبال نمود."])
def test_api_who_welcomed_the_guest_at_the_airport_is_not_one_of_the_two_leaders(extract, welcome):
    text = ("امروز در کاخ ملت مراسم رسمی استقبال از قاسم‌جومرت توکایف رئیس‌جمهور قزاقستان که برای سفر دولتی به "
            "تاجیکستان آمده است، با شرکت امامعلی رحمان رئیس‌جمهور تاجیکستان برگزار شد. " + welcome
            + " پس از اجرای سرودهای ملی، رهبران دو کشور ابتدا در قالب محدود گفتگو کردند.")
    events = extract(text, published="2024-08-22")["events"]
    assert events and all("قاهر رسول‌زاده" not in _names(e) for e in events)
    assert any({"قاسم‌جومرت توکایف", "امامعلی رحمان"} <= _names(e) for e in events)


def test_api_who_welcomed_the_guest_at_the_airport_is_one_of_the_two_when_no_one_else_of_his_state_fits(extract):
    text = ("امروز نخست وزیر قزاقستان علیخان اسمایلوف برای سفر رسمی وارد دوشنبه شد و در فرودگاه از سوی نخست وزیر "
            "تاجیکستان قاهر رسول‌زاده استقبال شد. پس از مراسم رسمی استقبال، نخست وزیران دو کشور در قالب محدود "
            "گفتگو کردند.")
    events = extract(text, published="2024-03-06")["events"]
    assert any({"علیخان اسمایلوف", "قاهر رسول‌زاده"} <= _names(e) for e in events)


@pytest.mark.parametrize("sender", ["پیام", "پیام گرم", "سلام و پیام"])
def test_api_a_senior_diplomat_after_a_message_handed_over_is_not_the_messages_sender(extract, sender):
    text = ("دور جدید رایزنی‌های سیاسی جمهوری اسلامی ایران و سوئیس صبح امروز به ریاست علی باقری‌کنی معاون سیاسی "
            "وزیر امور خارجه و «ایو روسیه» معاون وزیر امور خارجه سوئیس در تهران برگزار شد. معاون وزیر خارجه سوئیس "
            "همچنین {sender} ایگناتسیو کاسیس رئیس کنفدراسیون و وزیر امور خارجه این کشور را به مقام‌های ایرانی "
            "منتقل کرد. دیپلمات ارشد سوئیسی روز گذشته نیز با مجید تخت‌روانچی معاون سیاسی وزارت امور خارجه دیدار "
            "کرده بود.")
    text = text.format(sender=sender)
    events = extract(text, published="2022-05-16")["events"]
    assert all("ایگناتسیو کاسیس" not in _names(e) for e in events)
    assert any({"ایو روسیه", "مجید تخت‌روانچی"} == _names(e) for e in events)


def test_api_the_foreign_ministers_of_the_two_countries_at_a_meeting_of_two_are_of_its_two_states(extract):
    text = ("نشست سه‌جانبه سران امروز به میزبانی ابراهیم رئیسی رئیس جمهور کشورمان و با حضور ولادیمیر پوتین و رجب "
            "طیب اردوغان رؤسای جمهور روسیه و ترکیه در تهران برگزار شد. رئیس جمهور کشورمان پیش از آغاز نشست، در کاخ "
            "سعدآباد با ولادیمیر پوتین رئیس جمهور روسیه دیدار کرد. در این دیدار که حسین "
            "امیرعبداللهیان و سرگئی لاوروف وزیران خارجه دو کشور نیز حضور داشتند، دو طرف درباره همکاری‌های انرژی "
            "گفت‌وگو کردند.")
    events = extract(text, published="2022-07-19")["events"]
    met = next(e for e in events if "حسین امیرعبداللهیان" in _names(e))
    assert _names(met) == {"ابراهیم رئیسی", "ولادیمیر پوتین", "حسین امیرعبداللهیان", "سرگئی لاوروف"}
    assert met["type"] == "meeting"


def test_api_who_led_a_delegation_at_the_plenary_is_not_at_the_meetings_on_its_sidelines(extract):
    text = ("دور تازه مذاکرات ایران و گروه ۱+۵ امروز در استانبول با حضور سعید جلیلی دبیر شورای عالی امنیت ملی و "
            "کاترین اشتون مسئول سیاست خارجی اتحادیه اروپا برگزار شد. جلیلی امروز در حاشیه نشست عمومی، جداگانه با "
            "رؤسای هیئت‌های روسیه و چین دیدار کرد. ویلیام برنز معاون وزیر خارجه آمریکا که ریاست هیئت کشورش را در "
            "نشست‌های عمومی بر عهده داشت، خواستار دیدار با جلیلی شده بود.")
    events = extract(text, published="2011-01-21")["events"]
    sidelines = [e for e in events if e["type"] != "negotiation"]
    assert len(sidelines) == 2 and all("ویلیام برنز" not in _names(e) and e["type"] == "meeting" for e in sidelines)


def test_api_an_unknown_name_after_a_title_and_its_state_closed_by_niz_is_a_person(extract):
    text = ("رئیس جمهور تاجیکستان امروز در دوشنبه با نخست‌وزیر قرقیزستان دیدار کرد. در این دیدار وزیر امور خارجه "
            "جمهوری قرقیزستان چوروبک ایداربیکف نیز حضور داشت.")
    events = extract(text, published="2020-05-12")["events"]
    assert len(events) == 1 and "چوروبک ایداربیکف" in _names(events[0])


@pytest.mark.parametrize("verb", ["اعلام کرد", "تأیید کرد"])
def test_api_a_spokesman_announcing_a_contact_without_ke_is_no_side(extract, verb):
    text = (f"ماریا زاخارووا سخنگوی وزارت امور خارجه روسیه امروز در نشست خبری {verb} سرگئی لاوروف وزیر امور خارجه "
            "روسیه شامگاه دوشنبه در تماسی تلفنی با هاکان فیدان وزیر امور خارجه ترکیه درباره سوریه گفتگو کرده است.")
    events = extract(text, published="2024-05-14")["events"]
    assert [_names(e) for e in events] == [{"سرگئی لاوروف", "هاکان فیدان"}]


@pytest.mark.parametrize("verb", ["تأیید کرد که", "تایید کرده است که"])
def test_api_a_spokesman_confirming_that_a_named_minister_met_is_no_side(extract, verb):
    text = (f"«مائو نینگ» سخنگوی وزارت امور خارجه چین امروز سه‌شنبه در نشست خبری {verb} «وانگ یی» وزیر امور خارجه "
            "این کشور با «چوی سون هی» وزیر امور خارجه کره شمالی در پکن دیدار و گفت‌وگو کرده است.")
    events = extract(text, published="2024-04-16")["events"]
    assert [_names(e) for e in events] == [{"وانگ یی", "چوی سون هی"}]


@pytest.mark.parametrize("text, published", [
    ("عباس عراقچی وزیر امور خارجه امروز دوشنبه در دو دیدار جداگانه با وزیران امور خارجه اتریش و سوئد درباره روابط "
     "دوجانبه گفت‌وگو کرد. عراقچی صبح امروز در دیدار با الکساندر شالنبرگ وزیر امور خارجه اتریش گفت ایران آماده "
     "گسترش همکاری است. وزیر امور خارجه کشورمان عصر امروز میزبان ماریا مالمر استنرگارد وزیر امور خارجه سوئد بود.",
     "2024-09-16"),
    ("فرستاده ویژه دبیرکل سازمان ملل در امور یمن روز دوشنبه به طور جداگانه با عباس عراقچی وزیر امور خارجه و "
     "علی لاریجانی دبیر شورای عالی امنیت ملی دیدار کرد. هانس گروندبرگ صبح امروز با عراقچی دیدار و درباره "
     "آتش‌بس یمن گفت‌وگو کرد. فرستاده سازمان ملل عصر امروز نیز با لاریجانی دیدار کرد.", "2025-09-15")])
def test_api_the_parts_of_separate_meetings_a_lead_dated_are_the_meetings_told_that_day(extract, text, published):
    assert len(extract(text, published=published)["events"]) == 2


@pytest.mark.parametrize("person, role", [("خلیل الحارثی دبیرکل وزارت دفاع عمان", "official"),
                                          ("مارک جانسون نماینده ارشد ملکی ناتو", "envoy"),
                                          ("پیتر تامسون رئیس مجمع عمومی سازمان ملل", "head_of_organization"),
                                          ("محمد عبدالسلام رئیس هیئت مذاکره‌کننده انصارالله", "official")])
def test_api_titles_of_a_ministrys_secretary_a_nato_civilian_envoy_and_a_negotiator(extract, person, role):
    text = f"{person} امروز در مسقط با سفیر ایران دیدار و درباره روابط دوجانبه گفتگو کرد."
    events = extract(text, published="2017-01-01")["events"]
    assert [p["role"]["code"] for p in events[0]["participants"] if p["name"]] == [role]


def test_api_a_deputy_premier_takes_the_office_the_register_holds_him_in(extract):
    text = "الکسی اورچوک معاون نخست‌وزیر روسیه امروز در تهران با وزیر نفت ایران دیدار و درباره انرژی گفتگو کرد."
    events = extract(text, published="2023-05-02")["events"]
    assert [p["role"]["code"] for p in events[0]["participants"] if p["name"]] == ["official"]


def test_api_a_participant_of_no_known_office_is_an_official(extract):
    text = "سفیر نروژ روز دوشنبه در کابل با محمود سعادت‌یار دیدار و گفتگو کرد."
    events = extract(text, published="2021-02-01")["events"]
    person = next(p for p in events[0]["participants"] if p["name"])
    assert person["role"]["code"] == "official" and "role" in person["inferred"]


def test_api_who_handed_over_and_took_the_chair_of_a_summit_attended_it(extract):
    text = ("چهاردهمین اجلاس سران سازمان همکاری اقتصادی امروز در عشق‌آباد آغاز شد و شوکت میرضیایف رئیس جمهور ازبکستان، "
            "ریاست دوره‌ای سازمان را به «سردار بردی‌محمداف» رئیس جمهور ترکمنستان تحویل داد. مسعود پزشکیان رئیس جمهور "
            "ایران و قاسم جومارت توکایف رئیس جمهور قزاقستان نیز در این اجلاس حضور داشتند. پزشکیان در حاشیه اجلاس با "
            "توکایف دیدار کرد.")
    events = extract(text, published="2025-07-04")["events"]
    assert len(events) == 2
    assert {"میرضیایف", "بردی\u200cمحمداف"} <= {p["name"].split()[-1] for p in events[0]["participants"]}


def test_api_the_ministers_of_the_member_states_received_after_a_session_are_its_people(extract):
    text = ("نشست وزیران امور خارجه کشورهای عضو سازمان پیمان امنیت جمعی امروز در بیشکک به ریاست جینبیک قولوبایف وزیر "
            "خارجه قرقیزستان برگزار شد. در این نشست سرگئی لاوروف وزیر خارجه روسیه، ماکسیم ریژنکوف وزیر خارجه بلاروس و "
            "مراد نورتلئو وزیر خارجه قزاقستان حضور داشتند. پس از نشست، صدر ژاپاروف رئیس جمهور قرقیزستان وزیران امور "
            "خارجه کشورهای عضو سازمان را به حضور پذیرفت.")
    events = extract(text, published="2024-07-04")["events"]
    assert len(events) == 2
    assert {"لاوروف", "ریژنکوف", "نورتلئو"} <= {p["name"].split()[-1] for p in events[1]["participants"]}


@pytest.mark.parametrize("name", ["ژان پاریس", "آنا سوئد"])
def test_api_a_name_in_guillemets_whose_surname_is_a_place_is_a_person_next_to_a_title(extract, name):
    text = (f"معاون وزیر امور خارجه ایران امروز در تهران با «{name}» معاون وزیر امور خارجه سوئیس دیدار کرد و دو طرف "
            "درباره روابط دوجانبه گفتگو کردند.")
    events = extract(text, published="2019-05-12")["events"]
    assert len(events) == 1 and name in _names(events[0])


@pytest.mark.parametrize("text", [
    "وزیر دفاع ایران امروز با امامعلی صابرزاده رئیس ستاد کل نیروهای مسلح – معاون اول وزیر دفاع تاجیکستان دیدار کرد.",
    "وزیر دفاع ایران امروز با رئیس ستاد کل نیروهای مسلح - معاون اول وزیر دفاع تاجیکستان امامعلی صابرزاده دیدار کرد.",
    "وزیر دفاع ایران امروز با معاون اول وزیر دفاع ـ رئیس ستاد کل نیروهای مسلح تاجیکستان دیدار کرد."])
def test_api_two_offices_joined_by_a_dash_are_one_person(extract, text):
    events = extract(text, published="2019-04-09")["events"]
    assert len(events) == 1
    assert [p["country"] for p in events[0]["participants"]] == ["IR", "TJ"]


@pytest.mark.parametrize("count", ["بیش از ۳۰ کشور", "بیش از سی کشور", "حدود بیست کشور آسیایی"])
def test_api_representatives_of_a_count_of_countries_among_them_those_named(extract, count):
    text = ("همایش فرماندهان نیروی دریایی امروز در بندرعباس برگزار شد. در این همایش فرماندهان و نمایندگان نیروی "
            f"دریایی {count}، از جمله عمان، قطر و تایلند شرکت کرده‌اند.")
    events = extract(text, published="2016-02-14")["events"]
    assert len(events) == 1
    assert {("official", c) for c in ("OM", "QA", "TH")} <= _unnamed(events[0])


def test_api_in_talks_with_a_counterpart_by_title_after_a_call_is_that_call(extract):
    text = ("عباس عراقچی وزیر امور خارجه امروز در تماسی تلفنی با فیصل بن فرحان وزیر خارجه عربستان درباره تحولات غزه "
            "رایزنی کرد.\n\nعراقچی در گفتگو با همتای سعودی خود بر ضرورت توقف فوری حملات به غیرنظامیان تاکید کرد.")
    events = extract(text, published="2024-10-26")["events"]
    assert [e["type"] for e in events] == ["phone_call"]


def test_api_a_meeting_named_by_month_after_mah_is_background(extract):
    text = ("سوبرامانیام جی‌شانکار وزیر امور خارجه هند امروز در پکن با وانگ یی وزیر امور خارجه چین دیدار کرد. این دیدار "
            "بر اساس توافق نارندرا مودی نخست‌وزیر هند و شی جین‌پینگ رئیس‌جمهور چین در دیدار ماه اکتبر آن‌ها در حاشیه "
            "اجلاس بریکس انجام شد.")
    events = extract(text, published="2024-12-18")["events"]
    assert len(events) == 1 and "وانگ یی" in _names(events[0])


def test_api_whoever_did_something_in_this_session_attended_it(extract):
    text = ("نشست وزیران امور خارجه کشورهای عضو سازمان همکاری اسلامی امروز در جده به ریاست فیصل بن فرحان وزیر خارجه "
            "عربستان برگزار شد و عباس عراقچی وزیر امور خارجه کشورمان در آن سخنرانی کرد. هاکان فیدان وزیر امور خارجه "
            "ترکیه و اسحاق دار وزیر امور خارجه پاکستان نیز در این نشست خواستار توقف فوری جنگ غزه شدند.")
    events = extract(text, published="2025-03-07")["events"]
    assert len(events) == 1 and {"فیدان", "دار"} <= {p["name"].split()[-1] for p in events[0]["participants"]}


@pytest.mark.parametrize("adviser", ["مشاور سیاسی و رسانه‌ای رئیس جمهور سوریه", "مشاور ارشد امنیت ملی رئیس جمهور سوریه"])
def test_api_whom_an_adviser_with_a_remit_serves_is_no_side(extract, adviser):
    text = f"وزیر امور خارجه ایران امروز در تهران با بثینه شعبان {adviser} دیدار کرد."
    events = extract(text, published="2012-08-05")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 2
    assert "head_of_state" not in {p["role"]["code"] for p in events[0]["participants"] if p.get("role")}


@pytest.mark.parametrize("text", [
    "فرمانده کل سپاه امروز در تهران با عبدالعزیز المحمداوی معروف به «ابوفدک» دیدار کرد و درباره امنیت مرزها گفتگو کرد.",
    "نخست وزیر ژاپن امروز در «خانه ساکورا» با «مون جه این» رئیس جمهور کره جنوبی دیدار کرد.",
    "به نقل از روزنامه پاکستانی «نیشن تایمز»، شهباز شریف نخست وزیر پاکستان امروز با «مون جه این» رئیس جمهور کره جنوبی "
    "دیدار کرد."])
def test_api_a_place_a_paper_or_a_nickname_in_guillemets_is_no_side(extract, text):
    events = extract(text, published="2023-05-04")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 2


def test_api_a_signing_told_in_that_session_is_the_session_just_told(extract):
    text = ("اسکندر مومنی وزیر کشور روز گذشته در تهران با محسن نقوی وزیر کشور پاکستان دیدار کرد. وزیر کشور "
            "پاکستان امروز به اسلام‌آباد بازگشت.\n\nدر آن نشست که با حضور سفیر پاکستان برگزار شد، دو وزیر سند همکاری "
            "در مبارزه با "
            "قاچاق مواد مخدر را امضا کردند.")
    assert len(extract(text, published="2024-11-12")["events"]) == 1


@pytest.mark.parametrize("person", ["عزت‌الله رحیمی‌فرد وزیر فرهنگ", "سیدعلیرضا کاظمی‌نسب وزیر فرهنگ"])
def test_api_a_split_or_sayyid_fused_persian_given_name_under_an_unqualified_title(extract, person):
    text = f"{person} روز دوشنبه در تهران با سفیر سوریه دیدار و درباره همکاری‌های فرهنگی گفتگو کرد."
    events = extract(text, published="2022-03-01")["events"]
    assert [p["country"] for p in events[0]["participants"] if p["name"]] == ["IR"]


@pytest.mark.parametrize("chair, name", [("یوهان کارلسون رئیس هفتاد و یکمین دوره مجمع عمومی", "یوهان کارلسون"),
                                         ("شیخه مریم راشد آل ثانی رئیس دوره شصت و یکم مجمع عمومی", "مریم راشد آل ثانی"),
                                         ("یوهان کارلسون رئیس این دوره از مجمع", "یوهان کارلسون")])
def test_api_the_president_of_a_general_assembly_session_heads_the_organisation(extract, chair, name):
    text = ("رئیس‌جمهور کشورمان امروز در نیویورک در نشست عمومی مجمع عمومی سازمان ملل متحد که به ریاست "
            f"{chair} برگزار شد، سخنرانی کرد.")
    events = extract(text, published="2016-09-20")["events"]
    chairs = [p for e in events for p in e["participants"] if p["name"] == name]
    assert chairs and chairs[0]["role"]["code"] == "head_of_organization" and chairs[0]["country"] is None


@pytest.mark.parametrize("text", [
    "دریادار مارتین لوپز فرمانده نیروی دریایی شیلی امروز در تهران با امیر سرلشکر عبدالرحیم موسوی فرمانده کل ارتش "
    "دیدار کرد. در این دیدار که فرمانده نیروی هوایی ارتش نیز حضور داشت، دو طرف درباره آموزش مشترک گفت‌وگو کردند.",
    "دریادار مارتین لوپز فرمانده نیروی دریایی شیلی امروز در تهران با امیر سرلشکر عبدالرحیم موسوی فرمانده کل ارتش "
    "دیدار کرد و دو طرف درباره آموزش مشترک گفت‌وگو کردند. فرمانده نیروی هوایی ارتش نیز در این دیدار حضور داشت."])
def test_api_a_commander_also_present_is_not_the_named_commander_met(extract, text):
    events = extract(text, published="2022-10-24")["events"]
    assert len(events) == 1 and ("military_commander", "IR") in _unnamed(events[0])
@pytest.mark.parametrize("too", ["امروز نیز", "روز یکشنبه نیز", "امروز هم"])
def test_api_a_contact_dated_too_is_another_contact(extract, too):
    # `X روز یکشنبه نیز با Y دیدار کرد`: a day "too" adds another contact to the one told before
    text = ("سفیر ژاپن در خجند با رئیس ولایت سغد دیدار کرد و درباره طرح‌های آبیاری گفتگو کرد. "
            f"سفیر ژاپن {too} با رئیس شهر اسفره دیدار کرد.")
    events = extract(text, published="2021-03-02")["events"]
    assert len(events) == 2 and all(len(e["participants"]) == 2 for e in events)


def test_api_a_contact_dated_too_with_the_same_people_is_a_part_told_before(extract):
    # the lead's `به طور جداگانه با A و B`, then `با A ...` and `عصر امروز نیز با B`: B's part of the lead
    text = ("رئیس‌جمهور تاجیکستان امروز در دوشنبه به طور جداگانه با شهباز شریف نخست وزیر پاکستان و اسحاق دار وزیر "
            "امور خارجه پاکستان دیدار کرد. رئیس‌جمهور تاجیکستان صبح امروز با اسحاق دار دیدار کرد. رئیس‌جمهور "
            "تاجیکستان عصر امروز نیز با شهباز شریف دیدار کرد.")
    events = extract(text, published="2024-03-05")["events"]
    assert len(events) == 2
def test_api_officials_of_one_country_as_the_second_party_between_two(extract):
    text = ("به گزارش خبرگزاری محلی، روز پنجشنبه نشستی میان قوماندان لوای سرحدی افغانستان در ولسوالی خوست "
            "و مقام‌های نظامی پاکستان در گذرگاه غلام‌خان برگزار شد و دو طرف درباره بازگشایی گذرگاه گفتگو کردند.")
    events = extract(text, published="2024-05-02")["events"]
    assert len(events) == 1 and _unnamed(events[0]) == {("military_commander", "AF"), ("official", "PK")}
@pytest.mark.parametrize("word", ["فرمانده", "قوماندان"])
def test_api_the_commander_of_a_provincial_reconstruction_team_is_of_its_country(extract, word):
    # `قوماندان تیم بازسازی ولایتی ایتالیا`: the team (PRT) is named for the country that runs it
    text = f"والی فراه روز گذشته در شهر فراه با {word} تیم بازسازی ولایتی اسپانیا در این ولایت دیدار کرد."
    events = extract(text, published="2010-06-01")["events"]
    commanders = [p for e in events for p in e["participants"] if p["role"]["code"] == "military_commander"]
    assert commanders and all(p["country"] == "ES" for p in commanders)
@pytest.mark.parametrize("earlier", ["فوریه گذشته", "مهرماه گذشته", "حوت گذشته", "زمستان گذشته"])
def test_api_a_contact_of_a_named_month_or_season_last_is_background(extract, earlier):
    text = ("سرگئی لاوروف وزیر خارجه روسیه امروز در مسکو با فیصل مقداد وزیر خارجه سوریه دیدار کرد. "
            f"لاوروف {earlier} در سفر به آنکارا با مولود چاووش‌اوغلو همتای ترکیه‌ای خود گفت‌وگو کرد.")
    events = extract(text, published="2021-05-10")["events"]
    assert len(events) == 1 and {p["name"] for p in events[0]["participants"]} >= {"فیصل مقداد"}


def test_api_a_contact_since_a_named_month_last_is_still_the_news(extract):
    text = ("سرگئی لاوروف وزیر خارجه روسیه امروز در مسکو با فیصل مقداد وزیر خارجه سوریه دیدار کرد؛ نخستین دیدار "
            "دو وزیر پس از تحولات فوریه گذشته.")
    assert len(extract(text, published="2021-05-10")["events"]) == 1


def test_api_a_put_off_trip_does_not_cancel_the_call_told_after_and(extract):
    text = ("سفر وزیر امور خارجه قزاقستان به تهران که قرار بود امروز آغاز شود، به تعویق افتاد و وی به جای آن روز "
            "گذشته در تماس تلفنی با عباس عراقچی وزیر امور خارجه ایران گفت‌وگو کرد.")
    events = extract(text, published="2025-02-11")["events"]
    assert len(events) == 1 and events[0]["type"] == "phone_call"
@pytest.mark.parametrize("text, name", [
    ("وزیر خارجه قرقیزستان امروز در دوشنبه با رئیس جمهور تاجیکستان دیدار کرد. در این دیدار از جانب قرقیزستان وزیر "
     "کشاورزی زورابک تولگانوف نیز حضور داشت.", "زورابک تولگانوف"),
    ("ریاست این نشست را که در ژنو برگزار شد، پادشاه سوئد ولمارد اوسترینگ بر عهده داشت و وزیران خارجه ده کشور در آن "
     "شرکت کردند.", "ولمارد اوسترینگ"),
    ("ریاست این نشست را که در ژنو برگزار شد، پادشاه سوئد ولمارد-اوسترینگ بر عهده داشت و وزیران خارجه ده کشور در آن "
     "شرکت کردند.", "ولمارد-اوسترینگ"),
    ("وزیر کشور تاجیکستان روز سه‌شنبه با سفیر فدراسیون روسیه در جمهوری تاجیکستان زورابک تولگانوف نیز ملاقات کرد.",
     "زورابک تولگانوف")])
def test_api_an_unknown_name_after_a_title_closed_by_the_part_its_holder_plays(extract, text, name):
    events = extract(text, published="2021-05-05")["events"]
    assert name in {p["name"] for e in events for p in e["participants"]}


def test_api_a_unit_or_region_after_a_title_closed_by_presence_is_no_name(extract):
    text = ("استاندار ایلام امروز در مرز مهران با استاندار واسط دیدار کرد. در این نشست رئیس پلیس استان واسط و "
            "فرمانده دسته مرزی اشکاشم نیز حضور داشتند.")
    names = {p["name"] for e in extract(text, published="2023-08-13")["events"] for p in e["participants"]}
    assert not {"استان واسط", "دسته مرزی اشکاشم"} & names


@pytest.mark.parametrize("office", ["مدیرکل امور اتباع و مهاجرین خارجی وزارت کشور",
                                    "مدیرکل دفتر نمایندگی وزارت امور خارجه در اصفهان",
                                    "وابسته نظامی سفارت"])
def test_api_an_official_of_a_ministry_told_with_no_country_is_the_outlets(extract, office):
    text = (f"عباس عراقچی وزیر امور خارجه امروز در تهران با سفیر اتریش دیدار کرد. در این دیدار که {office} نیز حضور "
            "داشت، دو طرف "
            "درباره گردشگری گفت‌وگو کردند.")
    events = extract(text, published="2025-05-04", source_country="IR")["events"]
    assert len(events) == 1 and _unnamed(events[0]) == {("ambassador", "AT"), ("official", "IR")}


def test_api_a_bare_session_noun_after_a_summit_is_that_summit_not_a_bilateral(extract):
    # `جلسه به ریاست Y برگزار شد` right after `X در جلسه شورای سران دولت‌های عضو سازمان ... اشتراک نمود`: the summit,
    # not the bilateral meeting of X and Y told on another day
    text = ("رئیس جمهوری قزاقستان در جلسه شورای سران سازمان همکاری شانگهای در آستانه اشتراک کرد\n\n"
            "آستانه، خاور. رئیس جمهوری قزاقستان قاسم‌جومارت توکایف امروز در جلسه شورای سران دولت‌های عضو سازمان "
            "همکاری شانگهای، که در شهر آستانه دایر گردید، اشتراک و سخنرانی نمود.\n\n"
            "جلسه به ریاست رئیس جمهوری قرقیزستان صدیر جپاروف برگزار شد. در آن رئیس جمهوری ازبکستان شوکت میرضیایف و "
            "رئیس جمهوری تاجیکستان امامعلی رحمان حضور داشتند.\n\n"
            "روز ۳۱ اوت رئیس جمهوری قزاقستان قاسم‌جومارت توکایف با رئیس جمهوری قرقیزستان صدیر جپاروف ملاقات کرد.")
    events = extract(text, published="2025-09-01")["events"]
    assert [(e["type"], e["date"]["value"], len(e["participants"])) for e in events] == [
        ("multilateral_meeting", "2025-09-01", 4), ("meeting", "2025-08-31", 2)]


def test_api_a_dated_bare_session_noun_is_the_summit_named_further_up_not_its_chairs_bilateral(extract):
    # `نشست امسال روز دوشنبه به ریاست Y گشایش یافت`, the lead having named `نشست شورای وزیران خارجه سازمان ...`: that
    # session (of an organisation), not the bilateral meeting of X with its chair Y told the sentence before
    text = ("وزیر خارجه ترکیه در جده با همتای مالزیایی دیدار کرد\n\n"
            "مولود چاووش‌اوغلو وزیر امور خارجه ترکیه روز دوشنبه در حاشیه پنجاهمین نشست شورای وزیران خارجه سازمان "
            "همکاری اسلامی در جده با سیف‌الدین عبدالله وزیر امور خارجه مالزی دیدار کرد.\n\n"
            "چاووش‌اوغلو همچنین با فیصل بن فرحان وزیر امور خارجه عربستان و رئیس این دور نشست ملاقات کرد.\n\n"
            "نشست امسال روز دوشنبه به ریاست فیصل بن فرحان گشایش یافت و وزیران خارجه کشورهای عضو در آن سخنرانی کردند.")
    events = extract(text, published="2023-03-20")["events"]
    assert sorted(e["type"] for e in events) == ["meeting", "meeting", "multilateral_meeting"]


def test_api_an_audience_on_the_day_after_a_visits_arrival_is_a_meeting_of_its_own(extract):
    # `روز ۶ مه از سوی رئیس‌جمهور به حضور پذیرفته شد` after a prime minister's arrival told on the 5th: an audience with
    # someone above the host the guest came to, another day's meeting, not the visit
    text = ("نخست‌وزیر قزاقستان برای سفر رسمی وارد تاشکند شد\n\n"
            "کریم ماسیموف نخست‌وزیر قزاقستان روز ۵ مه ۲۰۱۵ در رأس هیئتی برای یک سفر رسمی دو روزه وارد تاشکند شد.\n\n"
            "مذاکرات رسمی دو نخست‌وزیر با حضور هیئت‌های دو کشور برگزار شد و چند سند همکاری به امضا رسید.\n\n"
            "نخست‌وزیر قزاقستان روز ۶ مه از سوی اسلام کریم‌اف رئیس‌جمهور ازبکستان به حضور پذیرفته شد.")
    events = extract(text, published="2015-05-06")["events"]
    assert [(e["type"], e["date"]["value"]) for e in events] == [("visit", "2015-05-05"), ("meeting", "2015-05-06")]
    assert "اسلام کریم‌اف" in [p["name"] for p in events[1]["participants"]]


@pytest.mark.parametrize("title, role", [("کمیسرهای مرزی", "military_commander"), ("کمیساران آب", "official")])
def test_api_a_session_of_the_commissioners_of_two_countries(extract, title, role):
    text = f"به گزارش خبرگزاری محلی، نشست {title} ایران و ارمنستان روز گذشته در پایانه نوردوز برگزار شد."
    events = extract(text, published="2021-06-10")["events"]
    assert len(events) == 1 and _unnamed(events[0]) == {(role, "IR"), (role, "AM")}


@pytest.mark.parametrize("text", [
    "وزیر کشور ایران امروز در تهران در دیدار معاون نخست‌وزیر و وزیر کشور عراق بر امنیت مرزها تأکید کرد.",
    "وزیر امور خارجه ایران امروز در منامه با سلمان بن حمد آل خلیفه ولیعهد، معاون نخست‌وزیر و وزیر کشور بحرین "
    "دیدار و گفتگو کرد."])
def test_api_a_deputy_premiership_joined_to_a_ministry_is_one_persons_second_hat(extract, text):
    # `معاون نخست‌وزیر و وزیر دفاع مالزی`: one minister who is also a deputy prime minister, not two people
    events = extract(text, published="2019-11-12")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 2


@pytest.mark.parametrize("text", [
    "وزیر بهداشت ایران روز دوشنبه در بغداد با وزیر بهداشت عراق دیدار کرد.\n\nبه گفته سخنگوی وزارت بهداشت، در این "
    "دیدار که سفیر ایران در عراق نیز حضور داشت، دو طرف درباره تولید مشترک دارو گفتگو کردند.",
    "به اطلاع سخنگوی دستگاه اجرائیه رئیس جمهور جمهوری تاجیکستان، امروز رئیس جمهور جمهوری تاجیکستان با رئیس جمهور "
    "جمهوری قرقیزستان گفتگوی تلفنی انجام داد."])
def test_api_the_spokesman_a_meeting_is_told_by_is_no_participant(extract, text):
    # `به گفته سخنگوی وزارت ...، در این دیدار که ... حضور داشت`, `به اطلاع سخنگوی ...، امروز ...`: the source
    events = extract(text, published="2021-05-10")["events"]
    assert events and not [p for e in events for p in e["participants"]
                           if (p["role"]["text"] or "").startswith("سخنگو")]


@pytest.mark.parametrize("about", [
    "درباره نشست وزیران خارجه که قرار است هفته آینده در دوحه برگزار شود",
    "درباره روابط دو کشور و برنامه سفر هیئت‌های تجاری",
    "درباره سفر آینده رئیس‌جمهور به باکو"])
def test_api_a_plan_in_what_was_talked_about_is_not_the_contacts(extract, about):
    text = (f"جیحون بایراموف وزیر خارجه جمهوری آذربایجان روز دوشنبه در تماس تلفنی با عباس عراقچی وزیر امور خارجه "
            f"ایران {about} گفت‌وگو کرده است.")
    events = extract(text, published="2025-02-11")["events"]
    assert len(events) == 1 and events[0]["type"] == "phone_call"
@pytest.mark.parametrize("text", [
    "رئیس ولایت سغد امروز در خجند سفیر ژاپن را به حضور پذیرفت و درباره طرح‌های آبیاری گفتگو کرد. سفیر ژاپن عصر همان "
    "روز با رئیس شهر اسفره دیدار کرد.",
    "رئیس مجلس ملی تاجیکستان رستم امامعلی روز چهارشنبه در باکو با همتای خود ملاقات کرد. در همان روز رئیس جمهور "
    "آذربایجان الهام علی‌اف رئیس مجلس ملی تاجیکستان را به حضور پذیرفت."])
def test_api_a_contact_told_that_same_day_is_another_contact(extract, text):
    # `X عصر همان روز با Y دیدار کرد`: "that same day" ties another contact to the day of the one told before
    events = extract(text, published="2021-03-02")["events"]
    assert len(events) == 2 and all(len(e["participants"]) == 2 for e in events)
def test_api_officials_of_the_body_of_two_listed_countries_talk(extract):
    text = ("هرات (خبرگزاری محلی، ۱۲ حمل ۱۴۰۲): مسوولان گمرک افغانستان و ترکمنستان دیروز در تورغندی روی کاهش "
            "تعرفه‌های ترانزیتی گفتگو کردند.")
    events = extract(text, published="2023-04-02")["events"]
    assert len(events) == 1 and _unnamed(events[0]) == {("official", "AF"), ("official", "TM")}


def test_api_an_about_phrase_inside_an_opening_cause_ends_at_its_comma(extract):
    text = ("به گزارش خبرگزاری ایرنا، در پی اظهارات مداخله‌جویانه درباره انتخابات ریاست جمهوری، سفیر فرانسه در تهران "
            "امروز به وزارت امور خارجه احضار شد.")
    events = extract(text, published="2024-06-30")["events"]
    assert len(events) == 1 and _unnamed(events[0]) == {("ambassador", "FR"), ("official", "IR")}
def test_api_those_who_will_be_among_a_coming_summits_participants_attend_no_meeting_told(extract):
    # `... از جمله شرکت‌کنندگان آن خواهند بود`: the people of a summit still to come, not of the meeting told before
    text = ("وزیر امور خارجه کشورمان امروز در تهران با شاه محمود قریشی وزیر خارجه پاکستان دیدار کرد.\n\n"
            "اجلاس سران اکو فردا در تهران آغاز می‌شود و حامد کرزی رئیس‌جمهور افغانستان و امامعلی رحمان رئیس‌جمهور "
            "تاجیکستان از جمله شرکت‌کنندگان آن خواهند بود.")
    events = extract(text, published="2009-03-10")["events"]
    assert not [p for e in events for p in e["participants"] if p["name"] in ("حامد کرزی", "امامعلی رحمان")]


@pytest.mark.parametrize("text", [
    "وزیر امور خارجه امروز در یک گفتگوی تیلفونی با وزیر امور خارجه ازبکستان روی پروژه خط آهن و لین برق گفتگو کرد.",
    "رئیس‌جمهور امروز در تماس تلفنی با رئیس‌جمهور ترکیه گفت‌وگو کرد و جان باختن صدها تن در زلزله را تسلیت گفت."])
def test_api_a_power_line_or_a_death_is_no_one_named(extract, text):
    # `لین برق` (Dari: a power line) is no Lin, `جان باختن` (losing one's life) no John
    events = extract(text, published="2020-05-10")["events"]
    names = [p["name"] for e in events for p in e["participants"] if p["name"]]
    assert events and not [n for n in names if n.startswith(("لین", "جان"))]


def test_api_counterparts_of_no_country_in_many_calls_are_no_participant(extract):
    # `در تماس‌های تلفنی متعدد با همتایان خود، خواستار ... شده است`: his many counterparts, no one in particular
    text = ("وزیر امور خارجه کشورمان امروز در گفتگویی تلفنی با وزیر امور خارجه ایتالیا درباره تحولات منطقه "
            "گفتگو کرد.\n\n"
            "وی در روزهای اخیر در تماس‌های تلفنی متعدد با همتایان خود، خواستار توقف جنگ شده است.")
    events = extract(text, published="2023-10-20")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 2
def test_api_the_offices_that_made_up_a_delegation_at_the_contact_attended_it(extract):
    text = ("دریادار حبیب‌الله سیاری فرمانده نیروی دریایی ارتش امروز در تهران با فرمانده ناوگروه نیروی دریایی بنگلادش "
            "دیدار کرد. هیئت بنگلادشی را در این دیدار فرمانده ناوگروه، فرمانده ناوچه «بنگابندو» و وابسته دفاعی "
            "سفارت بنگلادش در تهران تشکیل می‌دادند.")
    events = extract(text, published="2015-11-11")["events"]
    unnamed = [(p["role"]["code"], p["country"]) for p in events[0]["participants"] if p["name"] is None]
    assert len(events) == 1 and sorted(unnamed) == [("military_commander", "BD"), ("military_commander", "BD"),
                                                    ("official", "BD")]


def test_api_a_foreign_ambassador_after_a_persian_named_officials_office_is_another_person(extract):
    text = ("خبرگزاری تسنیم\n\nعباس عراقچی وزیر امور خارجه امروز در تهران با هاکان فیدان وزیر امور خارجه ترکیه دیدار "
            "کرد. در این دیدار سیدمهدی موسوی‌نژاد مدیرکل اروپای غربی و سفیر ترکیه در تهران نیز حضور داشتند.")
    events = extract(text, published="2025-03-10")["events"]
    assert len(events) == 1 and ("ambassador", "TR") in _unnamed(events[0])


@pytest.mark.parametrize("title", ["جنرال قونسل", "قونسل جنرال"])
def test_api_a_dari_consul_general_is_a_consular_missions_head(extract, title):
    text = f"والی بلخ روز دوشنبه در مزار شریف با {title} ازبکستان دیدار کرد و دو طرف روی تجارت گفتگو کردند."
    events = extract(text, published="2017-05-08")["events"]
    assert len(events) == 1 and ("ambassador", "UZ") in _unnamed(events[0])


@pytest.mark.parametrize("country", ["قرقیزستان", "قرغیزستان", "قرغزستان"])
def test_api_kyrgyzstan_in_its_dari_spellings_is_a_country_of_a_list(extract, country):
    """Dari writes Kyrgyzstan `قرغزستان` too; a list of countries read through it keeps the ones after it."""
    text = (f"سفیر افغانستان روز دوشنبه در مسکو با سفیران {country}، تاجیکستان و ازبکستان دیدار کرد و دو طرف "
            "روی امنیت منطقه گفتگو کردند.")
    events = extract(text, published="2017-05-08")["events"]
    assert len(events) == 1
    assert {("ambassador", "KG"), ("ambassador", "TJ"), ("ambassador", "UZ")} <= _unnamed(events[0])
@pytest.mark.parametrize("text, name", [
    ("سران کشورهای ترک امروز در سمرقند دیدار کردند. ویکتور اوربان نخست وزیر مجارستان و تولگان اوسترگ رهبر جامعه ترک "
     "نشین قبرس نیز در نشست حضور داشتند.", "تولگان اوسترگ"),
    ("وزیر کشور پاکستان روز دوشنبه در دهلی با شارماند کولکار رئیس این آژانس دیدار کرد.", "شارماند کولکار")])
def test_api_a_name_set_off_before_the_head_of_an_office_no_title_lists(extract, text, name):
    events = extract(text, published="2022-11-11")["events"]
    assert name in {p["name"] for e in events for p in e["participants"]}


@pytest.mark.parametrize("text, name", [
    ("سران شورای همکاری خلیج فارس امروز در کویت دیدار کردند. هیئت عمان به ریاست «قیدار بن طارق آل سعید» معاون نخست "
     "وزیر این کشور در اجلاس شرکت داشت.", "قیدار بن طارق آل سعید"),
    ("اعضای گروه تماس سه جانبه شامل «مارتین سایدیک» نماینده سازمان امنیت و همکاری اروپا امروز در مینسک با رئیس جمهور "
     "بلاروس دیدار کردند.", "مارتین سایدیک")])
def test_api_a_long_patronymic_or_a_name_after_a_things_noun_in_guillemets_before_a_title(extract, text, name):
    events = extract(text, published="2015-02-12")["events"]
    assert name in {p["name"] for e in events for p in e["participants"]}


def test_api_the_last_of_two_names_a_plural_title_follows(extract):
    text = ("رئیس جمهور ایران امروز در تهران با رئیس جمهور پاکستان دیدار کرد. در این دیدار که کمال خرازی و "
            "شمشاد قادرالله وزیران امور خارجه دو کشور نیز حضور داشتند، دو طرف درباره روابط گفتگو کردند.")
    events = extract(text, published="2003-05-05")["events"]
    assert "شمشاد قادرالله" in {p["name"] for e in events for p in e["participants"]}


def test_api_a_name_after_a_presence_cue_before_the_head_of_an_office_no_title_lists(extract):
    text = ("مذاکرات دو طرف امروز در پرتوریا با حضور تولومبا اوگونده نماینده عالی این اتحادیه برگزار شد و هیئت اتیوپی "
            "با هیئت تیگرای دیدار کرد.")
    events = extract(text, published="2022-11-02")["events"]
    assert "تولومبا اوگونده" in {p["name"] for e in events for p in e["participants"]}


@pytest.mark.parametrize("told", [
    "از آمادگی کامل آستانه برای میزبانی اجلاس سران سازمان همکاری شانگهای خبر داد",
    "آمادگی پایتخت برای برگزاری ششمین اجلاس سران سیکا را تشریح کرد",
    "برنامه اجلاس سران سازمان همکاری شانگهای در آستانه را تشریح کرد",
    "از سفر رئیس‌جمهور به روسیه برای شرکت در اجلاس سران بریکس خبر داد"])
def test_api_a_summit_a_spokesman_announces_is_no_session_held(extract, told):
    text = f"سخنگوی وزارت امور خارجه قزاقستان امروز در نشست خبری هفتگی خود {told}."
    assert extract(text, published="2024-06-10")["events"] == []


def test_api_a_contact_two_sides_intend_to_hold_is_planned(extract):
    text = ("سراج‌الدین مهرالدین وزیر خارجه تاجیکستان امروز در نشست خبری گفت او و حسین امیرعبداللهیان وزیر خارجه "
            "ایران قصد دارند کمیسیون مشترک اقتصادی دو کشور را دوباره تشکیل دهند.")
    assert extract(text, published="2022-05-10")["events"] == []


def test_api_a_meeting_that_was_not_held_is_cancelled(extract):
    text = ("سورن پاپیکیان وزیر دفاع ارمنستان امروز در تهران با علی شمخانی دبیر شورای عالی امنیت ملی دیدار کرد.\n\n"
            "دیدار پاپیکیان با محمدرضا آشتیانی وزیر دفاع ایران که برای امروز پیش‌بینی شده بود، به دلیل سفر وزیر "
            "دفاع ایران به خارج از تهران انجام نشد.")
    result = extract(text, published="2022-05-10")
    assert len(result["events"]) == 1


def test_api_a_plan_in_a_relative_clause_before_a_past_perfect_contact_is_not_its(extract):
    text = ("لوید آستین وزیر دفاع آمریکا که نخستین وزیر دفاع این کشور است که به مغولستان سفر می‌کند، روز سه‌شنبه "
            "در اولان‌باتور با سایخانبیلگ وزیر دفاع مغولستان دیدار و درباره همکاری‌های دفاعی گفت‌وگو کرده بود.")
    assert len(extract(text, published="2023-08-09")["events"]) == 1


def test_api_said_at_a_session_of_an_international_body_attends_it(extract):
    # `X در نشست شورای امنیت ... گفت`: what one said at a session of a body of states is his attendance of it
    text = ("نیویورک (خبرگزاری): واسیلی نبنزیا نماینده دائم روسیه در سازمان ملل روز پنجشنبه در نشست شورای امنیت "
            "درباره وضعیت یمن گفت که راه‌حل نظامی وجود ندارد. نمایندگان فرانسه و چین نیز در این نشست سخنرانی کردند.")
    events = extract(text, published="2023-05-12")["events"]
    assert len(events) == 1 and events[0]["type"] == "multilateral_meeting"
    assert "واسیلی نبنزیا" in _names(events[0])


def test_api_one_also_in_this_session_after_an_apposition_attended_it(extract):
    # `X سرپرست نمایندگی دایمی ... نیز در این نشست خواستار آن شد که ...`: an apposition before `نیز در این نشست`, and
    # the clause's verb before its `که`
    text = ("نیویورک (خبرگزاری): واسیلی نبنزیا نماینده دائم روسیه در سازمان ملل روز پنجشنبه در نشست شورای امنیت "
            "درباره وضعیت یمن گفت که راه‌حل نظامی وجود ندارد. نمایندگان فرانسه و چین نیز در این نشست سخنرانی کردند. "
            "عبدالله السعدی سرپرست نمایندگی دایمی یمن در سازمان ملل نیز در این نشست خواستار آن شد که محاصره "
            "بنادر برداشته شود.")
    events = extract(text, published="2023-05-12")["events"]
    assert len(events) == 1 and {"واسیلی نبنزیا", "عبدالله السعدی"} <= _names(events[0])


def test_api_permanent_representative_in_dari_spelling_is_an_ambassador(extract):
    # `نماینده دایمی X` (Dari spelling of `نماینده دائم`) is a permanent representative: an ambassador
    text = ("کابل (خبرگزاری): عبدالله السعدی نماینده دایمی یمن در سازمان ملل روز دوشنبه در نیویورک با سفیر "
            "عربستان سعودی دیدار کرد.")
    events = extract(text, published="2023-05-12")["events"]
    assert len(events) == 1
    roles = {p["name"]: p["role"]["code"] for p in events[0]["participants"] if p.get("name")}
    assert roles.get("عبدالله السعدی") == "ambassador"


def test_api_two_offices_joined_before_a_name_are_one_persons(extract):
    # `با نخست‌وزیر و وزیر امور داخله کویت شیخ X دیدار کرد`: the premier who is also interior minister, one person
    text = ("رئیس‌جمهور تاجیکستان امروز در شهر کویت با نخست وزیر و وزیر امور داخله کویت شیخ صباح الخالد الصباح "
            "دیدار کرد.")
    events = extract(text, published="2021-03-02")["events"]
    assert len(events) == 1
    parts = events[0]["participants"]
    assert len(parts) == 2 and all(p["name"] for p in parts)
    assert {(p["role"] or {}).get("code") for p in parts} == {"head_of_state", "head_of_government"}


def test_api_the_summoning_ministry_is_no_one_more_when_who_met_the_envoy_is_named(extract):
    # `سفیر X به وزارت خارجه فراخوانده شد و Y معین وزارت خارجه با او دیدار کرد`: the ministry's official is Y
    text = ("به گزارش خبرگزاری پژواک، سفیر ازبکستان در کابل روز گذشته به وزارت خارجه فراخوانده شد و "
            "عبدالقهار بلخی معین وزارت خارجه افغانستان با او دیدار کرد.")
    events = extract(text, published="2022-05-10")["events"]
    assert len(events) == 1
    assert not [p for p in events[0]["participants"] if p["name"] is None and p["country"] == "AF"]


def test_api_the_sultans_armed_forces_are_no_sultan_met(extract):
    # `رئیس ستاد نیروهای مسلح سلطان` (Oman's Sultan's Armed Forces): the body's name, not the sultan himself
    text = ("فرمانده نیروی دریایی ارتش ایران امروز در مسقط با سرلشکر سالم بن مسلم القطبی رئیس ستاد نیروهای مسلح "
            "سلطان دیدار و گفتگو کرد.")
    events = extract(text, published="2019-04-02")["events"]
    assert len(events) == 1
    assert "head_of_state" not in {(p["role"] or {}).get("code") for p in events[0]["participants"]}


@pytest.mark.parametrize("verb", ["تصویب کرد", "تمدید کرد"])
def test_api_a_body_adopting_in_a_chaired_session_is_multilateral_with_its_speakers(extract, verb):
    # `شورای امنیت ... در نشستی به ریاست X ... را تصویب/تمدید کرد. ... پس از رای‌گیری، Y نماینده دائم Z گفت`: the body's
    # session, chaired by X, with the permanent representatives who spoke after the vote
    text = ("نیویورک (خبرگزاری): شورای امنیت سازمان ملل متحد روز چهارشنبه در نشستی به ریاست نماینده دائم مالزی، "
            f"ماموریت نیروهای حافظ صلح در لبنان را برای یک سال دیگر {verb}.\n\n"
            "بر اساس این تصمیم، نیروهای حافظ صلح به گشت‌زنی در جنوب لبنان ادامه خواهند داد.\n\n"
            "پس از رای‌گیری، واسیلی نبنزیا نماینده دائم روسیه در سازمان ملل گفت این تصمیم به ثبات منطقه کمک می‌کند.\n\n"
            "امیرسعید ایروانی نماینده دائم ایران در سازمان ملل نیز اظهار داشت: «ثبات لبنان به سود همه است.»")
    events = extract(text, published="2023-08-31")["events"]
    assert len(events) == 1 and events[0]["type"] == "multilateral_meeting"
    assert {"واسیلی نبنزیا", "امیرسعید ایروانی"} <= _names(events[0])


@pytest.mark.parametrize("told", ["سفیر و نماینده دائم کشورمان", "سفیر و نماینده دائم جمهوری اسلامی ایران"])
def test_api_our_countrys_representative_met_someone_is_the_ambassador_named_before(extract, told):
    # `X سفیر و نماینده دائم کشورمان ... . نماینده کشورمان با Y دیدار کرد`: the outlet's state's representative, who is
    # that ambassador
    text = (f"نیویورک- ایرنا- غلامحسین دهقانی {told} در سازمان ملل روز دوشنبه در نشست مجمع عمومی سخنرانی کرد.\n\n"
            "نماینده کشورمان پس از پایان نشست با فو کونگ نماینده دائم چین در سازمان ملل دیدار و درباره "
            "همکاری دو کشور گفت‌وگو کرد.")
    events = extract(text, published="2023-05-08")["events"]
    met = [e for e in events if "فو کونگ" in _names(e)]
    assert len(met) == 1 and "غلامحسین دهقانی" in _names(met[0])


@pytest.mark.parametrize("text", [
    "دوشنبه، خاور. امروز رئیس مجلس نمایندگان تاجیکستان با هیئت پارلمانی بیلاروس دیدار کرد.",
    "دوشنبه، خاور. امروز امامعلی رحمان سفیر جمهوری بیلاروس را به حضور پذیرفت."])
def test_api_belarus_in_its_tajik_and_dari_spelling_is_a_country(extract, text):
    # `بیلاروس` (Tajik and Dari spelling of `بلاروس`): the delegation's or the ambassador's country
    events = extract(text, published="2023-05-08")["events"]
    assert len(events) == 1 and "BY" in {p["country"] for p in events[0]["participants"]}


@pytest.mark.parametrize("subject", ["مقامات سرحدی افغانستان و مسئولان مرزی پاکستان",
                                     "مسئولان پولیس مرزی ایران و افسران گارد مرزی ترکیه"])
def test_api_officials_of_one_country_and_of_another_hold_a_contact(extract, subject):
    # `مسئولان X افغانستان و افسران Y پاکستان ... نشست برگزار کردند`: two groups, each of one country, one official of each
    text = f"کابل (خبرگزاری): {subject} روز دوشنبه در گذرگاه مرزی نشست مشترکی برگزار کردند و درباره امنیت مرز گفتگو کردند."
    events = extract(text, published="2023-05-08")["events"]
    assert len(events) == 1
    assert len({p["country"] for p in events[0]["participants"]} - {None}) == 2
@pytest.mark.parametrize("session", [
    "یازدهمین نشست مقام‌های ارشد مرزی ایران و ترکمنستان",
    "نشست نوبتی گروه کاری مشترک انرژی ایران و ترکمنستان",
    "جلسه کارگروه همکاری‌های گمرکی دو کشور",
    "نشست کمیسرهای مرزی ایران و ترکمنستان"])
def test_api_a_standing_two_state_formats_session_is_a_negotiation(extract, session):
    text = (f"به گزارش ایرنا، {session} امروز در عشق‌آباد به ریاست مشترک رضا رحمانی معاون وزیر کشور ایران و "
            "رشید مرادوف وزیر امور خارجه ترکمنستان برگزار شد.")
    events = extract(text, published="2019-05-14")["events"]
    assert [(e["type"], len(e["participants"])) for e in events] == [("negotiation", 2)]


@pytest.mark.parametrize("session", [
    "پنجمین نشست وزیران خارجه کشورهای همسایه عراق امروز به میزبانی رشید مرادوف وزیر امور خارجه ترکمنستان",
    "دومین نشست وزیران خارجه ایران، روسیه و ترکمنستان امروز به ریاست رشید مرادوف وزیر امور خارجه ترکمنستان"])
def test_api_a_numbered_session_of_several_states_stays_multilateral(extract, session):
    text = (f"به گزارش ایرنا، {session} در عشق‌آباد با حضور محمدجواد ظریف وزیر امور خارجه ایران و سرگئی لاوروف "
            "وزیر امور خارجه روسیه برگزار شد.")
    events = extract(text, published="2019-05-14")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting"]


@pytest.mark.parametrize("talks", [
    "هیئتی از وزارت کشاورزی ایران به ریاست کاظم خاوازی روز گذشته در کابل با هیئتی از وزارت زراعت افغانستان به "
    "ریاست نصیر احمد درانی دیدار کرد",
    "هیئت ایران به رهبری کاظم خاوازی و هیئت افغانستان به رهبری نصیر احمد درانی روز گذشته در کابل با یکدیگر گفتگو "
    "کردند"])
def test_api_two_delegations_each_with_its_head_hold_a_negotiation(extract, talks):
    events = extract(f"به گزارش ایرنا، {talks}.", published="2017-03-01")["events"]
    assert [(e["type"], len(e["participants"])) for e in events] == [("negotiation", 2)]


@pytest.mark.parametrize("talks", [
    "هیئتی از وزارت کشاورزی ایران به ریاست کاظم خاوازی روز گذشته در کابل با نصیر احمد درانی وزیر زراعت افغانستان "
    "دیدار کرد",
    "دومینیک دوویلپن نخست با هیئت ایران به ریاست کاظم خاوازی دیدار کرد و سپس با هیئت افغانستان به ریاست نصیر احمد "
    "درانی گفتگو کرد"])
def test_api_a_delegation_received_or_met_one_by_one_is_a_meeting(extract, talks):
    events = extract(f"به گزارش ایرنا، {talks}.", published="2017-03-01")["events"]
    assert events and all(e["type"] == "meeting" for e in events)
@pytest.mark.parametrize("text, name", [
    ("وزیر امور خارجه تاجیکستان امروز در دوشنبه با سیروس ناصری و دیگر اعضای هیئت ایرانی دیدار کرد.", "سیروس ناصری"),
    ("معاون وزیر خارجه ایران امروز در تهران با ادریس زمان و همراهانش دیدار و گفتگو کرد.", "ادریس زمان"),
    ("وزیر امور خارجه تاجیکستان امروز با میروسلاو لایچاک و هیئت همراه در دوشنبه ملاقات کرد.", "میروسلاو لایچاک"),
    # a Chinese family name before a syllable that spells a function word (`بین` between, `وی` he)
    ("رئیس شهر دوشنبه روز سه‌شنبه سفیر چین در تاجیکستان یوئه بین را به حضور پذیرفت.", "یوئه بین"),
    ("وزیر کشور ایران امروز با منگ هونگ وی رئیس پلیس چین در پکن ملاقات کرد.", "منگ هونگ وی"),
])
def test_api_given_names_missed_before_open_a_name(extract, text, name):
    events = extract(text, published="2019-05-14")["events"]
    assert len(events) == 1 and name in _names(events[0])
@pytest.mark.parametrize("welcomed", [
    "با استقبال رستم قاسمی وزیر نفت وارد فرودگاه مهرآباد شد",
    "وارد تهران شد و در فرودگاه مهرآباد مورد استقبال رستم قاسمی وزیر نفت قرار گرفت"])
def test_api_who_welcomed_the_guest_at_the_airport_is_not_the_pronoun_after_it(extract, welcomed):
    # `مورد استقبال X قرار گرفت. مراسم استقبال رسمی از وی ...`: `وی` is the guest, not the welcomer
    text = (f"رئیس جمهور قزاقستان روز یکشنبه {welcomed}. مراسم استقبال رسمی از وی ساعتی بعد با حضور محمود "
            "احمدی‌نژاد رئیس جمهور برگزار شد و دو رئیس جمهور سپس درباره گسترش تجارت گفت‌وگو کردند.")
    events = extract(text, published="2009-04-05")["events"]
    assert events and "رستم قاسمی" not in {p["name"] for e in events for p in e["participants"]}


def test_api_whose_tweet_tells_who_attended_did_not_attend(extract):
    # `به نوشته X، Y نیز در این دیدار حضور داشت`: X is the source, like `به گفته X`
    text = ("امیرخان متقی سرپرست وزارت امور خارجه امروز در کابل با سفیر ترکیه دیدار کرد. ذبیح‌الله مجاهد سخنگوی امارت "
            "اسلامی در توییتی نوشت که دو طرف روی تجارت بحث کردند. به نوشته مجاهد، نورالدین عزیزی سرپرست وزارت تجارت "
            "نیز در این دیدار حضور داشت.")
    events = extract(text, published="2022-04-05")["events"]
    assert len(events) == 1
    names = {p["name"] for p in events[0]["participants"]}
    assert "نورالدین عزیزی" in names and "ذبیح‌الله مجاهد" not in names


def test_api_who_welcomed_at_the_airport_on_an_official_trip_is_no_host(extract):
    # `در سفری رسمی وارد X شد و در فرودگاه از سوی Y مورد استقبال قرار گرفت`: an official trip, a welcome on arrival
    text = ("ولادیمیر پوتین رئیس جمهور روسیه امروز در سفری رسمی وارد دوشنبه شد و در فرودگاه از سوی قاهر رسول‌زاده "
            "نخست وزیر تاجیکستان مورد استقبال قرار گرفت. پوتین سپس با امامعلی رحمان رئیس جمهور تاجیکستان دیدار و "
            "گفتگو کرد.")
    events = extract(text, published="2019-10-05")["events"]
    assert events and "قاهر رسول‌زاده" not in {p["name"] for e in events for p in e["participants"]}


@pytest.mark.parametrize("text, sender", [
    ("سید عباس عراقچی وزیر امور خارجه کشورمان امروز در مسقط با سلطان هیثم بن طارق پادشاه عمان و بدر البوسعیدی وزیر "
     "خارجه این کشور جداگانه دیدار کرد. عراقچی در دیدار با پادشاه عمان پیام کتبی مسعود پزشکیان رئیس جمهور را تسلیم "
     "وی کرد.", "مسعود پزشکیان"),
    ("امروز وزیر امور خارجه عمان بدر البوسعیدی در مسقط با سفیر جمهوری اسلامی ایران ملاقات کرد. در ملاقات جانبین "
     "درباره تجارت بحث کردند. سفیر در ملاقات دعوتنامه وزیر امور خارجه جمهوری اسلامی ایران سید عباس عراقچی را برای "
     "سفر به تهران به وزیر تقدیم نمود.", "عباس عراقچی")])
def test_api_the_sender_of_a_written_message_or_an_invitation_handed_over_took_no_part(extract, text, sender):
    # `پیام کتبی X را تسلیم وی کرد`, `دعوتنامه وزیر ... X را ... تقدیم نمود`: whose message or invitation it was
    events = extract(text, published="2025-02-05")["events"]
    assert events and sender not in {p["name"] for e in events for p in e["participants"]}
@pytest.mark.parametrize("text, types", [
    # the talks with the first vice-president after the welcome are the visit, told after the president's audience
    ("به گزارش ایرنا، محمد شیاع السودانی نخست‌وزیر عراق که برای یک سفر رسمی دو روزه به تهران آمده است، امروز با مسعود "
     "پزشکیان رئیس‌جمهور دیدار و گفت‌وگو کرد. السودانی روز دوشنبه پس از مراسم استقبال رسمی در کاخ سعدآباد با "
     "محمدرضا عارف معاون اول رئیس‌جمهور به گفت‌وگو نشسته بود.", ["meeting", "visit"]),
    # the ceremony told in its own sentence, the talks `پس از این مراسم` in the next
    ("به گزارش ایسنا، مراسم استقبال رسمی از محمد شیاع السودانی نخست‌وزیر عراق صبح امروز با حضور محمدرضا عارف معاون "
     "اول رئیس‌جمهور در تهران برگزار شد.\n\nپس از این مراسم، عارف و السودانی در نشست هیئت‌های دو کشور گفت‌وگو "
     "کردند. السودانی ظهر امروز با مسعود پزشکیان رئیس‌جمهور دیدار کرد.", ["visit", "meeting"]),
])
def test_api_the_talks_an_official_welcome_leads_into_are_the_visit(extract, text, types):
    """`پس از مراسم استقبال رسمی ... با X به گفت‌وگو نشسته بود`: the visit is the talks the welcome leads into, though
    the guest's audience with the host's president is told first."""
    assert [e["type"] for e in extract(text, published="2024-06-05")["events"]] == types


@pytest.mark.parametrize("said", ["نتایج نشست کارشناسی فروردین‌ماه را بررسی کردند و",
                                  "از برگزاری نشست فوق‌العاده دوحه در فروردین‌ماه قدردانی کردند و"])
def test_api_a_month_naming_another_session_does_not_date_the_contact_back(extract, said):
    # `نتایج نشست کارشناسی تیرماه را بررسی کردند`: the month names the earlier session, not when the two met
    text = ("تهران (خبرگزاری): سخنگوی وزارت امور خارجه امروز نشست روز گذشته معاونان مذاکره‌کنندگان ایران و اتحادیه "
            "اروپا در استانبول را مفید خواند.\n\nدر این نشست که روز گذشته در استانبول برگزار شد، علی باقری معاون دبیر "
            "شورای عالی امنیت ملی و هلگا اشمید معاون مسئول سیاست خارجی اتحادیه اروپا "
            f"{said} درباره ادامه گفتگوها به تبادل نظر پرداختند.")
    events = extract(text, published="2023-07-25")["events"]
    assert len(events) == 1
    names = _names(events[0])
    assert "هلگا اشمید" in names and any("باقری" in name for name in names)


@pytest.mark.parametrize("verb", ["را بررسی کردند", "را ارزیابی کردند"])
def test_api_named_subjects_in_a_joint_session_met(extract, verb):
    # `A، B و C روز یکشنبه در نشستی مشترک ... را بررسی کردند`: the subjects met in that joint session
    text = ("کابل (طلوع‌نیوز): حنیف اتمر وزیر امور داخله و جنرال جان کمپبل فرمانده نیروهای آیساف روز یکشنبه در کابل "
            f"در نشستی مشترک وضعیت امنیتی ولایت‌های شرقی {verb}.")
    events = extract(text, published="2015-03-09")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 2


@pytest.mark.parametrize("met", [
    "هیئت‌های ارمنستان و آذربایجان روز دوشنبه در آلماتی با یکدیگر دیدار کردند",
    "به گزارش خبرگزاری ایرنا به نقل از رسانه‌های محلی، هیئت‌های ارمنستان و آذربایجان روز دوشنبه در شهر آلماتی، در "
    "ساختمان وزارت خارجه قزاقستان با یکدیگر دیدار کردند"])
def test_api_two_states_delegations_meeting_hold_a_negotiation(extract, met):
    text = (f"{met}. ریاست هیئت ارمنستان را آرارات میرزویان وزیر امور خارجه و ریاست هیئت آذربایجان را جیحون بایراموف "
            "وزیر امور خارجه بر عهده داشتند.")
    events = extract(text, published="2024-05-13")["events"]
    assert [e["type"] for e in events] == ["negotiation"]


def test_api_delegations_sat_at_the_negotiating_table_hold_a_negotiation(extract):
    text = ("به گزارش ایرنا، هیئت‌های ارمنستان و آذربایجان امروز در آلماتی برای دومین بار پشت میز مذاکره نشستند. ریاست "
            "هیئت ارمنستان را آرارات میرزویان وزیر امور خارجه و ریاست هیئت آذربایجان را جیحون بایراموف وزیر امور "
            "خارجه بر عهده داشتند.")
    events = extract(text, published="2024-05-13")["events"]
    assert [(e["type"], sorted(p["name"] for p in e["participants"])) for e in events] == [
        ("negotiation", ["آرارات میرزویان", "جیحون بایراموف"])]


def test_api_delegations_at_the_table_of_the_session_just_told_are_its_sides(extract):
    text = ("به گزارش ایرنا، نشست مشترک مرزبانان ایران و ترکمنستان امروز در پایانه مرزی سرخس برگزار شد و دو طرف بر "
            "مبارزه با قاچاق تاکید کردند. در این نشست هیئت ایرانی به ریاست سردار احمدعلی گودرزی فرمانده مرزبانی ناجا و "
            "با حضور "
            "فرمانده مرزبانی خراسان رضوی و هیئت ترکمنستانی به ریاست رئیس سرویس مرزی دولتی ترکمنستان پشت میز مذاکره "
            "نشستند. سرکنسول ترکمنستان در مشهد نیز در این جلسه حضور داشت.")
    events = extract(text, published="2023-02-01")["events"]
    assert len(events) == 1 and "احمدعلی گودرزی" in [p["name"] for p in events[0]["participants"]]


def test_api_the_event_told_again_before_a_name_with_its_title(run):
    # `در این دیدارها X معاون وزیر ... نیز حضور داشت`: the event's noun and its determiner, then the name
    doc = run("رئیس‌جمهور تاجیکستان امروز در باکو با رئیس‌جمهور ترکمنستان دیدار کرد. در این دیدارها فیروز حمیدوف "
              "معاون وزیر امور خارجه تاجیکستان نیز حضور داشت.")
    assert "فیروز حمیدوف" in {doc[m.name_start:m.name_end].text for m in doc._.persons if m.name_start is not None}


@pytest.mark.parametrize("text, name", [
    # `به امضای X نخست‌وزیر ... رسید`: the one who signed, after the signature
    ("این سند روز دوشنبه در جاکارتا در دیدار دو طرف به امضای آپیچات سوندرن نخست‌وزیر تایلند و رئیس‌جمهور "
     "اندونزی رسید.", "آپیچات سوندرن"),
    # a compound given name whose first half is a function word (`ولی الله`: ولی is also "but")
    ("فیض آباد (خبرگزاری): شاه ولی الله کریمی والی بدخشان روز گذشته با هیئتی از تاجیکستان دیدار کرد.",
     "شاه ولی الله کریمی"),
    # a name one of whose words spells a city (لیون) or a country (کامبوج), set off before a title
    ("کابل (خبرگزاری): لیون مارتا وزیر دفاع فرانسه امروز در کابل با رئیس‌جمهور افغانستان دیدار کرد.", "لیون مارتا"),
    ("وزیر خارجه پاکستان امروز در نیویورک با روشنا کامبوج نماینده دایمی هند در سازمان ملل دیدار کرد.",
     "روشنا کامبوج"),
    # an office's remit (`برای ...`) between the title and its holder's name
    ("وزیر امور خارجه تاجیکستان امروز نماینده ویژه دبیرکل سازمان ملل، رئیس مرکز منطقه‌ای سازمان ملل برای "
     "دیپلماسی پیشگیرانه در آسیای مرکزی ناتالیا کاپوستینا را به حضور پذیرفت.", "ناتالیا کاپوستینا"),
    ("وزیر دارایی تاجیکستان امروز با مدیر کل صندوق کویت برای توسعه اقتصادی عرب عبدالوهاب الحمد دیدار کرد.",
     "عبدالوهاب الحمد"),
])
def test_api_a_name_after_a_signature_with_a_place_word_or_after_a_remit(extract, text, name):
    events = extract(text, published="2019-05-14")["events"]
    assert len(events) == 1 and name in _names(events[0])


def test_api_a_remit_across_the_contacts_with_is_not_the_next_names(extract):
    # `نماینده ویژه آمریکا برای صلح افغانستان شامگاه شنبه با X معاون سیاسی طالبان دیدار کرد`: X is whom he met,
    # not the holder of the envoy's office
    text = ("دوحه (خبرگزاری): زلمی خلیلزاد نماینده ویژه آمریکا برای صلح افغانستان شامگاه شنبه با ملا عبدالغنی "
            "برادر معاون سیاسی طالبان دیدار کرد.")
    events = extract(text, published="2019-07-08")["events"]
    roles = {p["name"]: (p["role"] or {}).get("code") for e in events for p in e["participants"] if p["name"]}
    assert roles.get("عبدالغنی برادر", roles.get("ملا عبدالغنی برادر")) != "envoy"


@pytest.mark.parametrize("text, name", [
    # a Russian given name after a word no list knows (a body's abbreviation), closed by the presence verb
    ("در این نشست رئیس‌جمهور تاجیکستان و نیز دبیر اجرایی همسود ولادیمیر کوزنیتسوف حضور داشتند.",
     "ولادیمیر کوزنیتسوف"),
    # an emperor known by one name, after his title and country, before the verb
    ("رئیس‌جمهور ترکمنستان روز گذشته در کاخ امپراتوری با امپراتور ژاپن آکیهیتو دیدار کرد.", "آکیهیتو"),
])
def test_api_a_foreign_given_name_after_an_unknown_word_and_a_monarchs_one_name(extract, text, name):
    events = extract(text, published="2014-10-10")["events"]
    assert len(events) == 1 and name in _names(events[0])


@pytest.mark.parametrize("text", [
    "وزیر کشور امروز با همتای ترک خود درباره حفظ جان زائران را گفتگو کرد.",
    "وزیر خارجه هند دو ماه پس از آتش سوزی منقف به کویت سفر کرد و با همتای کویتی خود دیدار کرد.",
])
def test_api_a_foreign_given_name_spelled_like_a_word_opens_no_name(extract, text):
    events = extract(text, published="2024-08-18")["events"]
    names = [p["name"] for e in events for p in e["participants"] if p["name"]]
    assert not [n for n in names if n.startswith(("جان", "سوزی"))]


def test_api_belarus_in_tajik_spelling_is_a_country(extract):
    # Khovar's and Sadoi's `بیلاروس`
    text = "رئیس مجلس نمایندگان تاجیکستان امروز با هیئت پارلمانی جمهوری بیلاروس به ریاست نیکلای ایوانوف دیدار کرد."
    events = extract(text, published="2014-10-10")["events"]
    assert len(events) == 1 and "BY" in {p["country"] for p in events[0]["participants"]}


@pytest.mark.parametrize("text, name", [
    # after a rank, two name words before the day (`روز سه‌شنبه`) or the head of an office no title lists
    ("سرلشکر عاصم منیر فرمانده ارتش پاکستان و همتای هندی وی سپهبد گورمیت ساهنی روز سه‌شنبه در گذرگاه مرزی "
     "واگا دیدار کردند.", "گورمیت ساهنی"),
    ("سرپرست وزارت صحت عامه روز دوشنبه با داکتر تان چنگ نماینده سازمان صحی جهان در افغانستان دیدار کرد.",
     "تان چنگ"),
    # a Chinese name's short third syllable before its title
    ("در نشست شورای امنیت سامانتا پاور نماینده آمریکا، لیو جیه یی نماینده چین و ویتالی چورکین نماینده روسیه "
     "سخنرانی کردند.", "لیو جیه یی"),
])
def test_api_a_name_after_a_rank_runs_to_the_day_and_a_chinese_name_to_its_third_syllable(extract, text, name):
    events = extract(text, published="2016-05-10")["events"]
    assert len(events) == 1 and name in _names(events[0])


@pytest.mark.parametrize("text, name", [
    # `ژنرال ارشد` (Senior General) is one rank, then the name
    ("وزیر امور خارجه چین روز چهارشنبه در نی‌پی‌تاو با ژنرال ارشد تان هلا سو رئیس شورای اداره دولتی میانمار "
     "دیدار کرد.", "تان هلا سو"),
    # a name one of whose words spells a city (`وین`, Vienna), set off before the comma of its title
    ("کابل (خبرگزاری): \nوین لامبرت، وزیر دفاع کانادا روز سه‌شنبه در کابل با رئیس‌جمهور افغانستان دیدار کرد.",
     "وین لامبرت"),
])
def test_api_a_senior_generals_name_and_a_city_word_name_before_a_comma(extract, text, name):
    events = extract(text, published="2016-05-10")["events"]
    assert len(events) == 1 and name in _names(events[0])


def test_api_the_heads_a_summit_is_named_after_are_not_at_a_call_about_it(extract):
    # `درباره آماده‌سازی نشست سه‌جانبه سران A، B و C گفت‌وگو کرده است`: the group names the summit talked about
    text = ("وزیر امور خارجه ترکیه گفت که روز گذشته در تماس تلفنی با سید عباس عراقچی وزیر امور خارجه کشورمان درباره "
            "آماده‌سازی نشست سه‌جانبه سران ایران، ترکیه و روسیه در آستانه گفت‌وگو کرده است. به گفته وی، ولادیمیر پوتین "
            "رئیس جمهور روسیه ماه آینده به آستانه سفر می‌کند.")
    events = extract(text, published="2025-02-05")["events"]
    assert len(events) == 1 and "RU" not in {p["country"] for p in events[0]["participants"]}


@pytest.mark.parametrize("when", ["اواخر شهریورماه", "سال گذشته"])
def test_api_one_who_had_attended_a_session_of_another_month_is_not_at_the_contact(extract, when):
    # `X اواخر شهریورماه در نشست سران ... شرکت کرده بود`: a past-perfect attendance dated back, not this meeting's
    text = ("سفیر روسیه در تهران صبح امروز با وحید جلال‌زاده رئیس کمیسیون امنیت ملی مجلس دیدار کرد. در این دیدار دو "
            "طرف درباره همکاری‌های پارلمانی گفت‌وگو کردند. سید ابراهیم رئیسی رئیس جمهور کشورمان "
            f"{when} در نشست سران سازمان همکاری شانگهای در دوشنبه شرکت کرده بود.")
    events = extract(text, published="2021-09-27")["events"]
    assert len(events) == 1 and "ابراهیم رئیسی" not in {p["name"] for p in events[0]["participants"]}


def test_api_one_who_did_not_take_part_before_the_head_of_his_delegation_is_not_at_the_session(extract):
    # `X در اجلاس شرکت نکرد و Y ریاست هیئت این کشور را بر عهده داشت`: the negated verb closes X's clause
    text = ("اجلاس سران اتحادیه عرب امروز در قاهره به ریاست عبدالفتاح السیسی رئیس جمهور مصر برگزار شد و محمد بن سلمان "
            "ولیعهد عربستان و محمود عباس رئیس تشکیلات خودگردان فلسطین در آن حضور داشتند. بشار اسد رئیس جمهور سوریه در "
            "اجلاس شرکت نکرد و فیصل المقداد وزیر امور خارجه سوریه ریاست هیئت این کشور را بر عهده داشت.")
    events = extract(text, published="2023-05-19")["events"]
    assert len(events) == 1
    names = {p["name"] for p in events[0]["participants"]}
    assert "بشار اسد" not in names and "فیصل مقداد" in names
@pytest.mark.parametrize("host, present, country, n", [
    ("رئیس ولایت ختلان", "معاون رئیس ولایت ختلان و ولسوال اشکاشم افغانستان", "TJ", 2),
    ("رئیس ولایت ختلان", "معاون رئیس ولایت ختلان و ولسوال اشکاشم افغانستان", "AF", 2),
    ("فرماندار تایباد", "فرمانده هنگ مرزی تایباد و فرمانده مرزبانی استان خراسان رضوی", "IR", 3),
    ("سفیر ایران", "سفیر جمهوری اسلامی ایران", "IR", 1)])
def test_api_two_offices_of_one_country_said_to_attend_are_two_people(extract, host, present, country, n):
    # `در این دیدار والی بدخشان و ولسوال اشکاشم نیز حضور داشتند`: two titles of one role and country that are
    # different offices are two people (but `سفیر جمهوری اسلامی ایران` after `سفیر ایران` is the same one)
    text = (f"{host} دیروز با والی کندز دیدار کرد. "
            f"در این دیدار {present} نیز حضور داشتند.")
    events = extract(text, published="2023-05-10")["events"]
    assert len(events) == 1
    untitled = [p for p in events[0]["participants"] if p["name"] is None and p["country"] == country]
    assert len(untitled) == n
@pytest.mark.parametrize("lead, told", [
    # the lead by title only, then the outlet's sentence naming both, with the venue's host added
    ("وزیران امور خارجه فرانسه و مصر در دیداری در قاهره درباره آتش‌بس غزه رایزنی کردند.",
     "ژان‌نوئل بارو وزیر امور خارجه فرانسه و بدر عبدالعاطی وزیر امور خارجه مصر شامگاه دوشنبه در اقامتگاه سفیر "
     "فرانسه در قاهره با یکدیگر گفت‌وگو کردند."),
    # the lead's counterpart with no office (`همتای ترک خود`), the retelling dated `عصر همان روز`
    ("وزیر امور خارجه کشورمان در نخستین سفر خود به ترکیه با همتای ترک خود دیدار و گفت‌وگو کرد.",
     "عباس عراقچی که روز یکشنبه وارد آنکارا شده بود، عصر همان روز با هاکان فیدان وزیر امور خارجه ترکیه دیدار "
     "کرد."),
])
def test_api_a_lead_told_again_after_the_outlets_name_is_one_contact(extract, lead, told):
    # `A ... دیدار کرد. به گزارش ایسنا، X (A named) ... دیدار کرد`: the lead paragraph, then the same contact retold
    text = f"{lead}\n\nبه گزارش ایسنا، {told} دو طرف درباره روابط دوجانبه گفت‌وگو کردند."
    assert len(extract(text, published="2024-10-08")["events"]) == 1


@pytest.mark.parametrize("met, retold", [
    ("با بدر البوسعیدی وزیر خارجه عمان، محمد بن عبدالرحمن آل ثانی وزیر خارجه قطر و فیصل بن فرحان وزیر خارجه عربستان",
     "در دیدار با وزیر خارجه عمان، تجارت دریایی بررسی شد و در دیدار با آل ثانی و بن فرحان بر همکاری انرژی تأکید شد"),
    ("با محمد بن عبدالرحمن آل ثانی وزیر خارجه قطر و فیصل بن فرحان وزیر خارجه عربستان",
     "در دیدار با آل ثانی و بن فرحان بر همکاری انرژی و امنیت خلیج فارس تأکید شد"),
])
def test_api_the_separate_contacts_retold_together_are_no_contact_of_those_met(extract, met, retold):
    # `X جداگانه با A و B دیدار کرد. در دیدار با A و B ... تأکید شد`: the separate contacts again, not A with B
    text = f"عباس عراقچی وزیر امور خارجه ایران امروز در تهران جداگانه {met} دیدار کرد. {retold}."
    events = extract(text, published="2024-10-08")["events"]
    assert len(events) == len(met.split("وزیر خارجه")) - 1
    assert all("عباس عراقچی" in _names(e) for e in events)
@pytest.mark.parametrize("text, types", [
    # the welcome by the first vice-president, a visit by its own words, told after the president's audience
    ("به گزارش مهر، محمد شیاع السودانی نخست‌وزیر عراق که برای یک سفر رسمی به تهران آمده است، امروز با مسعود "
     "پزشکیان رئیس‌جمهور دیدار و گفت‌وگو کرد. السودانی روز گذشته در کاخ سعدآباد مورد استقبال رسمی محمدرضا عارف معاون "
     "اول رئیس‌جمهور قرار گرفت.", ["meeting", "visit"]),
    # the guest president's talks with the host's speaker, told after his welcome by the host president
    ("به گزارش ایرنا، قاسم‌جومارت توکایف رئیس‌جمهور قزاقستان امروز در کاخ ریاست جمهوری مورد استقبال رسمی یون سوک‌یول رئیس‌جمهور "
     "کره جنوبی قرار گرفت. توکایف که روز گذشته وارد سئول شده بود، عصر دیروز با رئیس مجلس کره جنوبی دیدار کرده بود.",
     ["visit", "meeting"]),
])
def test_api_a_visit_told_later_in_the_same_country_leaves_the_earlier_talks_meetings(extract, text, types):
    """The guest's visit is told once per country: a visit already told by its own words (`مورد استقبال رسمی ... قرار
    گرفت`), before or after, leaves his other talks there meetings."""
    assert [e["type"] for e in extract(text, published="2024-06-05")["events"]] == types


@pytest.mark.parametrize("text, kind", [
    ("به گزارش ایرنا، الهام علی‌اف رئیس‌جمهور آذربایجان عصر امروز وزرای دفاع ترکیه و گرجستان را با حضور ذاکر "
     "حسن‌اف وزیر دفاع این کشور در باکو به حضور پذیرفت.", "multilateral_meeting"),
    ("به گزارش ایرنا، شوکت میرضیایف رئیس‌جمهور ازبکستان امروز سران هیئت‌های شرکت‌کننده در نشست، از جمله عباس عراقچی "
     "وزیر خارجه ایران، را به حضور پذیرفت.", "multilateral_meeting"),
    # two states' ministers as the subject, a title with `نمایندگان`, separate audiences: no group received
    ("به گزارش ایرنا، وزیران دفاع ایران و چین امروز در پکن دیدار و گفت‌وگو کردند.", "meeting"),
    ("به گزارش ایرنا، محمدباقر قالیباف امروز در دو دیدار جداگانه رئیس مجلس نمایندگان بلاروس و رئیس پارلمان ارمنستان "
     "را به حضور پذیرفت.", "meeting"),
])
def test_api_a_group_of_several_states_officials_received_is_multilateral(extract, text, kind):
    """`وزرای دفاع ترکیه و گرجستان را به حضور پذیرفت`: with the host, three or more states, however
    few of the guests the text names."""
    assert extract(text, published="2024-06-05")["events"][0]["type"] == kind
@pytest.mark.parametrize("text, status", [
    ("به گزارش ایرنا، نمایندگان مجلس امروز از وزارت امور خارجه خواستند سفیر پاکستان را احضار کند.", "requested"),
    ("به گزارش مهر، وزیر نفت گفت: از وزیر انرژی ترکمنستان دعوت کرده‌ایم در نشست سه جانبه عشق‌آباد شرکت کند.",
     "requested"),
    ("به گزارش خاور، پیش‌بینی شده است که شی جین‌پینگ رئیس‌جمهور چین در آستانه این نشست با سفر دولتی به دوشنبه بیاید "
     "و با امامعلی رحمان مذاکره کند.", "planned"),
])
def test_api_a_contact_whose_clause_closes_in_the_subjunctive_did_not_happen(extract, text, status):
    result = extract(text, published="2019-04-10")
    assert result["events"] == []
    assert not result["other_contacts"] or result["other_contacts"][0]["status"] == status


def test_api_a_contact_asked_for_before_its_request_verb_is_requested(extract):
    text = ("به گزارش فارس، عباس عراقچی وزیر امور خارجه امروز در تماسی تلفنی با هاکان فیدان وزیر خارجه ترکیه گفتگو کرد. "
            "دفتر وزیر خارجه برای برقراری تماس تلفنی با فیصل بن فرحان وزیر خارجه عربستان نیز درخواست داده است.")
    result = extract(text, published="2024-11-05")
    assert len(result["events"]) == 1
    assert [o["status"] for o in result["other_contacts"]] == ["requested"]


@pytest.mark.parametrize("text", [
    "به گزارش هشت صبح، سخنگوی ریاست جمهوری گزارش‌هایی را که از دیدار اشرف غنی با زلمی خلیل‌زاد در دوحه خبر داده "
    "بود، رد کرد. آخرین دیدار یک مقام امریکایی با رئیس جمهور در اوایل ماه جدی انجام شد.",
    "به گزارش ایرنا، سخنگوی دولت گفت دیدار وزیر خارجه با نماینده اسرائیل نه در برنامه بوده و نه انجام شده است.",
])
def test_api_a_report_rejected_or_a_contact_neither_planned_nor_held_is_no_event(extract, text):
    assert extract(text, published="2020-02-16")["events"] == []


def test_api_a_reaction_to_a_request_for_a_call_is_no_call(extract):
    text = ("به گزارش ایرنا، عراقچی امروز به درخواست ترامپ برای تماس تلفنی با مقامات ایران واکنش نشان داد.")
    result = extract(text, published="2025-03-08")
    assert result["events"] == [] and [o["status"] for o in result["other_contacts"]] == ["requested"]


@pytest.mark.parametrize("text, events", [
    ("به گزارش خاور، نشست فرماندهان نیروهای مسلح کشورهای عضو سازمان پیمان امنیت جمعی امروز در دوشنبه برگزار شد. در "
     "این نشست امامعلی صابرزاده و آناتولی سیدوروف رئیس ستاد مشترک سازمان حضور داشتند. یادآوری میشود که سیدوروف ماه "
     "مارس در سفر به مسکو با سرگئی شویگو وزیر دفاع روسیه دیدار و درباره تقویت مرز گفتگو کرده بود.", 1),
    ("به گزارش فارس، محمدجواد ظریف وزیر امور خارجه امروز در یک نشست ویدئویی با مولود چاووش‌اوغلو وزیر امور خارجه "
     "ترکیه درباره روابط دوجانبه گفتگو کرد. ظریف و چاووش‌اوغلو در فروردین ماه نیز در تماسی تلفنی درباره همکاری دو "
     "کشور برای مقابله با کرونا گفتگو کرده بودند.", 1),
    ("به گزارش ایرنا، عباس عراقچی وزیر امور خارجه امروز در مسکو با سرگئی لاوروف وزیر خارجه روسیه دیدار و گفتگو کرد. "
     "در روزهای گذشته هیئت‌هایی از ترکیه و قطر نیز به مسکو سفر کرده و با سرگئی لاوروف دیدار کرده بودند.", 1),
    ("به گزارش ایرنا، عباس عراقچی وزیر امور خارجه امروز در مسکو با سرگئی لاوروف وزیر خارجه روسیه دیدار و گفتگو کرد. "
     "عراقچی صبح امروز و پیش از عزیمت به مسکو در تماسی تلفنی با بدر عبدالعاطی وزیر خارجه مصر گفتگو کرده بود.", 2),
])
def test_api_an_earlier_contact_recalled_in_the_past_perfect_is_background(extract, text, events):
    assert len(extract(text, published="2024-04-10")["events"]) == events


@pytest.mark.parametrize("text, events", [
    ("به گزارش ایرنا، علی‌اکبر صالحی وزیر امور خارجه امروز در تهران با محمدقسیم فهیم معاون اول رئیس‌جمهور افغانستان "
     "دیدار کرد. رامین مهمان‌پرست سخنگوی وزارت امور خارجه روز گذشته در نشست خبری هفتگی گفته بود سفر فهیم «فرصتی برای "
     "همکاری» است. حامد کرزی رئیس‌جمهور افغانستان مرداد ماه امسال در نشست سه‌جانبه سران ایران، افغانستان و تاجیکستان "
     "در تهران شرکت کرده بود.", [{"علی‌اکبر صالحی", "محمد قسیم فهیم"}]),
    ("به گزارش ایرنا، علی‌اکبر صالحی وزیر امور خارجه امروز در تهران با محمدقسیم فهیم معاون اول رئیس‌جمهور افغانستان "
     "دیدار کرد. حامد کرزی رئیس‌جمهور افغانستان مرداد ماه امسال در نشست سه‌جانبه سران ایران، افغانستان و تاجیکستان "
     "در تهران شرکت کرده بود.", [{"علی‌اکبر صالحی", "محمد قسیم فهیم"}]),
    ("دوشنبه، 28 فوریه، «خاور». امروز در دولت جلسه کمیته تشکیلاتی برگزاری کنفرانس بین‌المللی سطح عالی دهه بین‌المللی "
     "اقدام «آب برای توسعه پایدار» به ریاست نخست وزیر جمهوری تاجیکستان قاهر رسول‌زاده برگزار شد.", []),
])
def test_api_a_spokesman_named_guest_an_earlier_session_attended_or_a_governments_own_session_add_no_contact(
        extract, text, events):
    assert [_names(e) for e in extract(text, published="2011-12-20")["events"]] == events


@pytest.mark.parametrize("gathered", ["گرد هم آمدند", "دیدار کردند"])
def test_api_a_contact_held_to_talk_is_held_not_wished_for(extract, gathered):
    # `... روز گذشته در X گرد هم آمدند تا درباره ... گفت‌وگو کنند`: the subjunctive after `تا` is the purpose of a
    # contact that took place, not a contact wished for
    text = ("به گزارش ایرنا، رؤسای ستاد کل ارتش‌های روسیه، ترکیه و آمریکا روز گذشته در شهر آنتالیا " + gathered
            + " تا درباره هماهنگی عملیات نظامی در سوریه گفت‌وگو کنند.\n\nدر این نشست که به میزبانی یاشار گولر "
            "برگزار شد، والری گراسیموف و مارک میلی حضور داشتند.")
    doc = extract(text, published="2019-03-07")
    assert len(doc["events"]) == 1 and {"یاشار گولر", "والری گراسیموف", "مارک میلی"} <= _names(doc["events"][0])
    assert not [c for c in doc.get("other_contacts", []) if c["trigger"]["text"] == gathered]
@pytest.mark.parametrize("talks", ["پس از دیداری طولانی در ژنو", "پس از بیش از ده ساعت گفت‌وگوی فشرده در مسکو"])
def test_api_two_who_agreed_after_long_talks_met(extract, talks):
    # `A و B پس از دیداری طولانی / پس از ده ساعت گفت‌وگوی فشرده ... توافق کردند`: the talks that led to the deal
    text = (f"ژنو (خبرگزاری): جان کری وزیر امور خارجه آمریکا و سرگئی لاوروف وزیر امور خارجه روسیه {talks} بر سر "
            "طرحی برای آتش‌بس در سوریه توافق کردند.")
    events = extract(text, published="2016-09-10")["events"]
    assert len(events) == 1 and {"جان کری", "سرگئی لاوروف"} <= _names(events[0])
def test_api_a_two_state_commissions_ijlas_is_a_negotiation(extract):
    text = ("به گزارش ایرنا، اجلاس کمیسیون عالی همکاری‌های امنیتی ایران و ترکمنستان امروز به ریاست احمد وحیدی وزیر "
            "کشور ایران و رشید مرادوف وزیر امور خارجه ترکمنستان در تهران برگزار شد.")
    events = extract(text, published="2023-02-01")["events"]
    assert [(e["type"], len(e["participants"])) for e in events] == [("negotiation", 2)]


def test_api_a_round_told_in_a_relative_clause_does_not_make_the_meeting_a_negotiation(extract):
    text = ("به گزارش ایرنا، الکساندر شالنبرگ وزیر امور خارجه اتریش امروز در وین با محمدجواد ظریف وزیر امور خارجه "
            "ایران دیدار کرد. مجید تخت‌روانچی معاون وزیر امور خارجه که برای برگزاری دور جدید رایزنی‌های سیاسی ایران و "
            "اتریش به وین سفر کرده است، عصر امروز با الکساندر فان در بلن رئیس‌جمهور اتریش دیدار کرد.")
    events = extract(text, published="2020-01-01")["events"]
    assert [e["type"] for e in events] == ["meeting", "meeting"]
def test_api_a_name_spacy_splits_as_a_noun_and_a_clitic_is_kept_whole(extract):
    # `دینش` (Dinesh): spaCy's special case read it `دین` + `ش` (his religion), and the name was lost
    text = "وزیر امور خارجه هند امروز در کلمبو با دینش پراساد نخست‌وزیر سریلانکا دیدار کرد."
    events = extract(text, published="2024-06-20")["events"]
    assert len(events) == 1 and "دینش پراساد" in _names(events[0])


def test_api_a_lead_told_again_is_dated_by_the_retelling(extract):
    # the lead has no date; the retelling's `عصر همان روز` is the day its sentence names (`روز یکشنبه`)
    text = ("وزیر امور خارجه کشورمان در نخستین سفر خود به ترکیه با همتای ترک خود دیدار و گفت‌وگو کرد.\n\n"
            "به گزارش ایسنا، عباس عراقچی که روز یکشنبه وارد آنکارا شده بود، عصر همان روز با هاکان فیدان وزیر امور "
            "خارجه ترکیه دیدار کرد.")
    events = extract(text, published="2024-10-08")["events"]
    assert len(events) == 1 and events[0]["date"]["value"] == "2024-10-06"


@pytest.mark.parametrize("text, kind", [
    ("به گزارش طلوع‌نیوز، چهارمین نشست نمایندگان ویژه کشورها در امور افغانستان به میزبانی سازمان ملل متحد امروز با "
     "حضور ذبیح‌الله مجاهد سخنگوی امارت اسلامی و روزماری دی‌کارلو معاون دبیرکل سازمان ملل در دوحه آغاز شد.",
     "multilateral_meeting"),
    ("به گزارش ایرنا، نشست نمایندگان ایران و عراق با حضور حسن کاظمی قمی امروز در بغداد برگزار شد.", None),
])
def test_api_a_held_session_of_a_plural_group_is_multilateral(extract, text, kind):
    """`نشست نمایندگان ویژه کشورها ... آغاز شد`: a session of a group of many states, though one state's man is all
    it names; two states named are not."""
    events = extract(text, published="2024-06-30")["events"]
    assert (events[0]["type"] if events else None) != "multilateral_meeting" if kind is None \
        else events[0]["type"] == kind
@pytest.mark.parametrize("host", ["مجری شبکه سی‌ان‌ان", "سردبیر روزنامه گاردین"])
def test_api_a_talk_with_a_person_named_as_a_tv_host_or_an_editor_is_an_interview(extract, host):
    text = ("به گزارش ایرنا، حسن روحانی رئیس‌جمهور امروز در نیویورک با آنتونیو گوترش دبیرکل سازمان ملل دیدار کرد. "
            f"رئیس‌جمهور همچنین در گفت‌وگویی با کریستین امانپور {host} درباره برجام به پرسش‌ها پاسخ داد.")
    assert [_names(e) for e in extract(text, published="2017-09-20")["events"]] == [{"حسن روحانی", "آنتونیو گوترش"}]


@pytest.mark.parametrize("title, country", [
    ("استاندار ظفار", "OM"), ("استاندار مسندم", "OM"), ("رئیس شهر خوجند", "TJ"),
    ("والی کندهار", "AF"), ("حاکم ولایت لباب", "TM"), ("فرماندار دشتیاری", "IR"), ("رئیس ناحیه لیلک", "KG")])
def test_api_a_governor_known_by_title_is_of_his_places_country(extract, title, country):
    # `با استاندار ظفار دیدار کرد`, `رئیس ناحیه لیلک`, Dari `کندهار`: the place after a governor's or district head's
    # title tells his country
    text = f"سفیر ژاپن دیروز با {title} دیدار و درباره همکاری‌های اقتصادی گفتگو کرد."
    events = extract(text, published="2023-05-10")["events"]
    assert len(events) == 1
    assert {p["country"] for p in events[0]["participants"] if p["name"] is None} == {"JP", country}


@pytest.mark.parametrize("listed", ["نمایندگان ویژه چین، آمریکا و افغانستان", "نمایندگان چین، آمریکا و افغانستان"])
def test_api_special_representatives_told_by_their_countries_are_one_official_each(extract, listed):
    # `نمایندگان ویژه چین، آمریکا و افغانستان نیز حضور داشتند`: representatives told by their countries alone are one
    # unnamed official of each country, special or not (the corpus's convention)
    text = ("اسلام‌آباد - ایرنا - نشست چهارجانبه درباره صلح افغانستان امروز دوشنبه در اسلام‌آباد برگزار شد و "
            "شرکت‌کنندگان درباره راه‌های آغاز گفتگوهای صلح رایزنی کردند.\n\nاعزاز احمد چودری معاون وزیر خارجه پاکستان "
            f"ریاست نشست را بر عهده داشت و {listed} نیز در آن حضور داشتند.")
    events = extract(text, published="2016-01-11")["events"]
    unnamed = {(p["role"]["code"], p["country"]) for e in events for p in e["participants"] if p["name"] is None}
    assert unnamed == {("official", "CN"), ("official", "US"), ("official", "AF")}


def test_api_special_representatives_listed_are_the_named_envoy_of_each_country(extract):
    # `با حضور نمایندگان ویژه ایران، روسیه، چین و هند`, then Kabulov and Kazemi Qomi named at the session: Russia's and
    # Iran's representatives are those two, China and India one unnamed official each
    text = ("مسکو - ایرنا - نشست مشورتی درباره افغانستان امروز چهارشنبه با حضور نمایندگان ویژه ایران، روسیه، چین و هند "
            "در مسکو برگزار شد. این نشست به ریاست ضمیر کابلوف نماینده ویژه رئیس‌جمهور روسیه در امور افغانستان برگزار شد "
            "و حسن کاظمی قمی نماینده ویژه ایران نیز در آن حضور داشت.")
    events = extract(text, published="2022-11-16")["events"]
    assert len(events) == 1
    people = {(p["name"], p["role"]["code"], p["country"]) for p in events[0]["participants"]}
    assert people == {("ضمیر کابلوف", "envoy", "RU"), ("حسن کاظمی قمی", "envoy", "IR"), (None, "official", "CN"),
                      (None, "official", "IN")}
@pytest.mark.parametrize("delegation, country", [
    ("هیئت شهر سمرقند", "UZ"),             # a delegation of a city, of the city's country
    ("هیئت استان گیلان", "IR"),            # of a province
    ("هیئت مشهد", "IR"),                   # of a city named bare
    ("یک هیئت سفارت ژاپن در تهران", "JP"),  # of an embassy, of the embassy's state
])
def test_api_a_delegation_of_a_city_province_or_embassy_is_a_side_of_its_country(extract, delegation, country):
    text = f"به گزارش خاور، رستم امامعلی رئیس شهر دوشنبه امروز با {delegation} دیدار کرد."
    events = extract(text, published="2019-09-12")["events"]
    assert len(events) == 1 and country in {p.get("country") for p in events[0]["participants"]}


def test_api_the_hokim_of_the_city_a_delegation_came_from_heads_it(extract):
    # `هیئت شهر X به سرپرستی حاکم این شهر Y`: Y, the hokim of the city just named, is the side met
    text = ("به گزارش خاور، رستم امامعلی رئیس شهر دوشنبه امروز با هیئت شهر سمرقند به سرپرستی حاکم این شهر "
            "جهانگیر نظروف دیدار کرد.")
    events = extract(text, published="2019-09-12")["events"]
    assert len(events) == 1 and ("جهانگیر نظروف", "UZ") in {(p.get("name"), p.get("country"))
                                                          for p in events[0]["participants"]}


@pytest.mark.parametrize("span", ["طی شش ماه آینده", "در چهار هفته آینده"])
def test_api_a_count_of_months_or_weeks_ahead_is_a_span_not_the_date_of_the_contact(extract, span):
    # `توافق کردند که طی شش ماه آینده ... تلاش کنند`: a span the deal covers, not next month's date of a planned talk
    text = ("کابل (پژواک): حامد کرزی رئیس جمهور و آصف علی زرداری رئیس جمهور پاکستان در نشست سه جانبه ای در لندن "
            f"توافق کردند که {span} برای رسیدن به صلح تلاش کنند.")
    doc = extract(text, published="2013-02-05")
    assert len(doc["events"]) == 1 and not doc.get("other_contacts")


@pytest.mark.parametrize("later, value", [
    ("وی عصر پنجشنبه نیز با ولادیمیر پوتین رئیس جمهور روسیه دیدار کرد.", "2015-07-09"),  # the Thursday before
    ("وی روز شنبه نیز با ولادیمیر پوتین رئیس جمهور روسیه دیدار کرد.", "2015-07-11"),  # the Saturday after
    ("وی روز یکشنبه ۲۱ تیر نیز با ولادیمیر پوتین رئیس جمهور روسیه دیدار کرد.", "2015-07-12"),  # the year of the full date
])
def test_api_undated_article_reads_a_day_beside_its_full_date(extract, later, value):
    text = ("به گزارش خبرگزاری ایرنا، محمدجواد ظریف وزیر امور خارجه کشورمان که برای شرکت در نشست سران شانگهای به اوفا "
            "سفر کرده است، روز جمعه ۱۹ تیر ۱۳۹۴ در این شهر با سرگئی لاوروف وزیر خارجه روسیه دیدار و گفت‌وگو کرد.\n\n"
            + later)
    events = extract(text)["events"]
    assert [e["date"]["value"] for e in events] == ["2015-07-10", value]


def test_api_guest_received_after_a_relative_clause_and_a_place(extract):
    text = ("به گزارش پژواک، رئیس جمهور اشرف غنی امروز امامعلی رحمان رئیس جمهور تاجیکستان را که برای شرکت در نشست "
            "قلب آسیا به کابل آمده است، در ارگ ریاست جمهوری پذیرفت.\n\n"
            "رحمان پیش از آن با عبدالله عبدالله رئیس اجرایی دیدار کرد.")
    events = extract(text, published="2016-12-03")["events"]
    assert [sorted(p["name"] for p in e["participants"]) for e in events] == [
        ["اشرف غنی", "امامعلی رحمان"], ["امامعلی رحمان", "عبدالله عبدالله"]]


@pytest.mark.parametrize("dateline, published", [("کابل (پژواک، ۱۷ سرطان ۹۲):", "2013-07-08"),
                                                 ("هرات (پژواک، 3 حمل 01):", "2022-03-23"),
                                                 ("تهران (ایرنا، ۲۰ مهر ۹۹):", "2020-10-11")])
def test_api_publication_date_from_a_dateline_with_a_two_digit_year(extract, dateline, published):
    text = f"{dateline} محمد حنیف اتمر وزیر خارجه امروز با سفیر ایران در کابل دیدار کرد."
    document = extract(text)
    assert document["source"]["published"] == published
    assert document["events"][0]["date"]["value"] == published


@pytest.mark.parametrize("received", ["وزیران خارجه شرکت‌کننده در این نشست", "وزیران امور خارجه شرکت کننده در نشست"])
def test_api_ministers_taking_part_received_are_the_sessions_people(extract, received):
    text = ("به گزارش ایرنا، نشست وزیران خارجه ایران، روسیه و ترکیه امروز به میزبانی عباس عراقچی وزیر امور خارجه "
            "کشورمان در تهران برگزار شد و سرگئی لاوروف وزیر خارجه روسیه و هاکان فیدان وزیر امور خارجه ترکیه در آن "
            f"حضور داشتند.\n\nمسعود پزشکیان رئیس‌جمهور عصر امروز {received} را به حضور پذیرفت.")
    events = extract(text, published="2025-01-10")["events"]
    assert len(events) == 2
    assert {"سرگئی لاوروف", "هاکان فیدان", "مسعود پزشکیان"} <= {p["name"] for p in events[1]["participants"]}


@pytest.mark.parametrize("present, unnamed", [
    ("مهدی صفری معاون دیپلماسی اقتصادی وزیر امور خارجه و سفیر جمهوری اسلامی ایران در دوحه", ("ambassador", "IR")),
    ("کاظم جلالی سفیر کشورمان در مسکو و وابسته نظامی سفارت", ("official", "IR")),
])
def test_api_an_embassy_office_after_a_named_persons_other_office_is_another_person(extract, present, unnamed):
    # `X معاون وزیر امور خارجه و سفیر ایران در دوحه نیز حضور داشتند`: the ambassador (or an attaché after the
    # ambassador) joined by `و` to another office is a second person, not the named man's second hat
    text = (f"به گزارش ایرنا، حسین امیرعبداللهیان وزیر امور خارجه امروز با همتای روس خود دیدار کرد. "
            f"در این دیدار {present} نیز حضور داشتند.")
    events = extract(text, published="2023-03-05")["events"]
    assert len(events) == 1 and unnamed in _unnamed(events[0])


@pytest.mark.parametrize("side, country, code", [
    ("«دنگ آلور» همتای سودانی خود", "سودان", "SD"),  # the counterpart, of the same country
    ("سید فضل‌الله وحیدی والی هرات", "افغانستان", "AF"),  # the host, named with no office, took the envoy's before
])
def test_api_an_envoy_also_present_is_not_a_side_named_before_with_no_office(extract, side, country, code):
    # `در این دیدار که سفیر سودان در تهران نیز حضور داشت`: whoever "also attended" is someone besides the sides named
    # before with no office of that role
    text = (f"به گزارش ایرنا، علیرضا رشیدیان صبح امروز در مشهد در دیدار با {side} درباره همکاری‌ها گفت‌وگو کرد. "
            f"وی افزود که روابط دو طرف رو به گسترش است.\n\nدر این دیدار که سفیر {country} در تهران نیز حضور داشت، "
            "دو طرف بر همکاری تأکید کردند.")
    events = extract(text, published="2014-10-20")["events"]
    assert len(events) == 1 and ("ambassador", code) in _unnamed(events[0])


@pytest.mark.parametrize("unit, country", [("منطقه یکم دریایی برزیل", "BR"), ("منطقه دوم دریایی هند", "IN")])
def test_api_the_commander_of_this_numbered_district_named_with_a_country_is_of_it(extract, unit, country):
    # `در مقر فرماندهی منطقه یکم دریایی برزیل با فرمانده این منطقه دیدار کرد`: a numbered district named with its
    # country is that country's, not the outlet's own navy's (`منطقه یکم نیروی دریایی ارتش`)
    text = (f"به گزارش ایرنا، فرمانده ناوگروه ۸۶ نیروی دریایی ارتش روز دوشنبه در مقر فرماندهی {unit} "
            "با فرمانده این منطقه دیدار کرد.")
    events = extract(text, published="2023-02-28")["events"]
    assert len(events) == 1 and ("military_commander", country) in _unnamed(events[0])


@pytest.mark.parametrize("signing", ["در مراسم امضا", "در مراسم امضای این سند"])
def test_api_one_present_at_the_signing_that_closed_the_meeting_attended_it(extract, signing):
    # `این دیدار با امضای یادداشت تفاهم به پایان رسید؛ X نیز در مراسم امضا حضور داشت`: the signing closed the meeting
    # just told, so who attended the signing attended the meeting
    text = ("تهران- ایرنا- سرگئی شویگو وزیر دفاع روسیه امروز در تهران با حسین دهقان وزیر دفاع ایران دیدار کرد. "
            "این دیدار با امضای یادداشت تفاهم همکاری نظامی میان دو وزیر به پایان رسید؛ لوان جاگاریان سفیر روسیه "
            f"در تهران نیز {signing} حضور داشت.")
    events = extract(text, published="2015-01-20")["events"]
    assert len(events) == 1 and "لوان جاگاریان" in _names(events[0])


@pytest.mark.parametrize("cue", ["در این دیدارها", "در دیدارهای رئیس مجلس،", "در این ملاقات‌ها"])
def test_api_one_present_at_the_meetings_just_told_attended_each(extract, cue):
    # `A با B دیدار کرد. A سپس با C ملاقات کرد. در این دیدارها X نیز حضور داشت`: X attended both meetings
    text = ("به گزارش خبرگزاری فارس، محمدباقر قالیباف رئیس مجلس امروز در سن‌پترزبورگ با ویاچسلاو ولودین رئیس دومای "
            "دولتی روسیه دیدار کرد. رئیس مجلس سپس با صقر غباش رئیس مجلس ملی فدرال امارات ملاقات کرد. "
            f"{cue} ابراهیم عزیزی رئیس کمیسیون امنیت ملی مجلس نیز حضور داشت.")
    events = extract(text, published="2024-07-11")["events"]
    assert len(events) == 2 and all("ابراهیم عزیزی" in _names(e) for e in events)


@pytest.mark.parametrize("part", ["در بخشی از گفتگوها", "در بخشی از مذاکرات"])
def test_api_one_present_at_part_of_the_talks_just_told_attended_them(extract, part):
    # `X نیز در بخشی از گفتگوها حضور داشت`: a part of the talks just told, so X attended them
    text = ("کابل- ایرنا- حنیف اتمر وزیر خارجه امروز در کابل با جیمز وارلیک معاون وزیر خارجه آمریکا گفتگو کرد. "
            f"رنگین دادفر سپنتا، مشاور امنیت ملی رییس جمهور، نیز {part} حضور داشت.")
    events = extract(text, published="2013-05-15")["events"]
    assert len(events) == 1 and "رنگین دادفر سپنتا" in _names(events[0])


@pytest.mark.parametrize("statement", ["در اطلاعیه وزارت امور خارجه", "در این بیانیه"])
def test_api_the_subject_after_a_statements_that_meets_though_a_relative_clause_follows(extract, statement):
    # `در اطلاعیه ... آمده است که X که به آستانه سفر کرده است، امروز با Y دیدار کرد`: the `که` after `آمده است`
    # opens what the statement says, X its subject (not a relative clause that hid him and the meeting)
    text = (f"به گزارش ایسنا، {statement} آمده است که مهدی صفری معاون وزیر امور خارجه که برای شرکت در نشست‌های کاری "
            "به آستانه سفر کرده است، امروز با رومن واسیلنکو معاون وزیر امور خارجه قزاقستان دیدار کرد.")
    events = extract(text, published="2023-05-17")["events"]
    assert len(events) == 1 and _names(events[0]) == {"مهدی صفری", "رومن واسیلنکو"}


def test_api_bare_office_beside_one_foreign_side_with_no_place_is_the_outlets(extract):
    text = "به گزارش ایرنا، احسان عبدالجبار وزیر نفت عراق امروز با وزیر امور خارجه دیدار و گفت‌وگو کرد."
    sides = extract(text, published="2022-05-01")["events"][0]["participants"]
    assert sorted((p["role"]["code"], p["country"]) for p in sides) == [("foreign_minister", "IR"), ("minister", "IQ")]


@pytest.mark.parametrize("head, named", [("رئیس‌جمهور مصر", "عبدالفتاح السیسی"),
                                         ("رئیس‌جمهور ترکیه", "رجب طیب اردوغان")])
def test_api_a_call_the_lead_tells_by_title_is_the_talk_told_by_name_after(extract, head, named):
    # `رئیس‌جمهور مصر در دو تماس تلفنی جداگانه با پادشاه اردن و رئیس امارات ...`, then `السیسی در گفت‌وگو با ملک
    # عبدالله`: the same two, the lead's one by title, the body's by name, are one call
    text = (f"قاهره- ایرنا- {head} روز سه‌شنبه در دو تماس تلفنی جداگانه با پادشاه اردن و رئیس امارات متحده عربی "
            f"درباره اوضاع لیبی گفت‌وگو کرد.\n\nبه گزارش ایرنا، {named} روز سه‌شنبه در گفت‌وگو با ملک عبدالله دوم "
            f"پادشاه اردن، بر ضرورت حل سیاسی بحران لیبی تأکید کرد.\n\n{head} در همان روز با محمد بن زاید آل نهیان "
            "رئیس امارات نیز تلفنی گفت‌وگو کرد.")
    events = extract(text, published="2023-06-14")["events"]
    assert [(e["type"], _names(e)) for e in events] == [
        ("phone_call", {named, "عبدالله دوم"}), ("phone_call", {named, "محمد بن زاید"})]


@pytest.mark.parametrize("denial, events", [
    ("سخنگوی والی هرات گفت: «چنین دیداری صورت نگرفته است.»", 0),
    ("سخنگوی والی هرات این خبر را تکذیب کرد.", 0),
    ("سخنگوی والی هرات گفت که دو طرف به گفت‌وگوها ادامه می‌دهند.", 1),
])
def test_api_a_meeting_media_gave_news_of_and_the_article_denies_is_no_event(extract, denial, events):
    # `رسانه‌های محلی خبر داده بودند که X و Y ... دیدار کرده‌اند`, then `چنین دیداری صورت نگرفته است`: a contact others
    # reported, denied
    text = ("هرات (پژواک): چند رسانه محلی روز گذشته خبر داده بودند که قوماندان امنیه هرات و فرمانده مرزبانی "
            "خراسان رضوی در اسلام‌قلعه دیدار کرده‌اند. " + denial)
    assert len(extract(text, published="2023-07-06")["events"]) == events


@pytest.mark.parametrize("recalled", [
    "سفر خود به اسلام‌آباد و دیدار با شاه محمود قریشی وزیر امور خارجه پاکستان",
    "گفت‌وگوی تلفنی خود با شاه محمود قریشی وزیر امور خارجه پاکستان",
])
def test_api_a_contact_a_speaker_recalls_is_no_event(extract, recalled):
    # `با یادآوری سفر خود به اسلام‌آباد و دیدار با X، گفت ...`: a contact the speaker recalls at a press conference
    text = ("دوشنبه (خاور): سراج‌الدین مهرالدین وزیر امور خارجه تاجیکستان امروز در نشست خبری سالانه خود "
            f"به پرسش‌های خبرنگاران پاسخ داد.\n\nوزیر خارجه با یادآوری {recalled}، گفت دو کشور درباره "
            "پروژه‌های ترانزیتی به تفاهم رسیده‌اند.")
    assert extract(text, published="2022-02-10")["events"] == []


@pytest.mark.parametrize("planned", [
    "دیدار با رائول کاسترو در هاوانا و رافائل کورئا در کیتو نیز در برنامه این سفر قرار دارد.",
    "دیدار با رائول کاسترو رئیس‌جمهور کوبا و رافائل کورئا رئیس‌جمهور اکوادور در برنامه این سفر است.",
])
def test_api_a_meeting_in_the_programme_of_this_trip_is_planned(extract, planned):
    # `دیدار با X ... در برنامه این سفر قرار دارد`: a meeting the trip's programme plans, not one held
    text = ("به گزارش مهر، رامین مهمانپرست سخنگوی وزارت امور خارجه امروز در نشست خبری هفتگی گفت رئیس‌جمهور هفته آینده "
            f"به کوبا و اکوادور سفر خواهد کرد. {planned}")
    assert extract(text, published="2012-01-03")["events"] == []


def test_api_office_in_what_a_call_was_about_after_a_dated_trip_takes_no_part(extract):
    text = ("به گزارش ایرنا، حسین امیرعبداللهیان وزیر امور خارجه عصر دوشنبه در تماس تلفنی با سراج‌الدین مهرالدین "
            "وزیر امور خارجه تاجیکستان درباره اجرای اسناد امضا شده در سفر خردادماه رئیس‌جمهور به دوشنبه گفت‌وگو کرد.")
    event = extract(text, published="2023-07-11")["events"][0]
    assert _names(event) == {"حسین امیرعبداللهیان", "سراج‌الدین مهرالدین"}


@pytest.mark.parametrize("text, speaker", [
    ("به گزارش ایسنا، نشست وزیران خارجه کشورهای عضو سازمان همکاری اقتصادی امروز در استانبول برگزار شد. محمدجواد ظریف "
     "وزیر امور خارجه کشورمان در سخنرانی خود در این نشست خواستار گسترش تجارت منطقه‌ای شد.", "محمدجواد ظریف"),
    ("به گزارش ایسنا، اجلاس سران جنبش عدم تعهد امروز در کاراکاس آغاز شد. حسن روحانی رئیس‌جمهور کشورمان نیز در "
     "سخنرانی خود در این اجلاس گفت که یکجانبه‌گرایی تهدید جهانی است.", "حسن روحانی"),
])
def test_api_who_said_something_in_his_own_speech_at_this_session_attended_it(extract, text, speaker):
    events = extract(text, published="2016-09-17")["events"]
    assert [(e["type"], {p["name"] for p in e["participants"]}) for e in events] == [
        ("multilateral_meeting", {speaker})]


def test_api_who_said_something_in_his_own_speech_at_the_conference_is_not_at_a_talk_told_before(extract):
    text = ("به گزارش مهر، منوچهر متکی وزیر امور خارجه کشورمان امروز در مونیخ با کارل بیلت وزیر امور خارجه سوئد دیدار "
            "کرد. گیدو وستروله وزیر امور خارجه آلمان نیز در سخنرانی خود در این کنفرانس گفته بود صبر جامعه جهانی "
            "بی‌پایان نیست.")
    events = extract(text, published="2010-02-07")["events"]
    assert [(e["type"], {p["name"] for p in e["participants"]}) for e in events] == [
        ("meeting", {"منوچهر متکی", "کارل بیلت"})]


@pytest.mark.parametrize("chaired", ["به ریاست", "تحت ریاست"])
def test_api_a_session_chaired_by_another_after_a_two_sided_meeting_is_its_own(extract, chaired):
    # `A با B دیدار کرد. در نشست امروز که به ریاست C برگزار شد، D و E حضور داشتند`: the session C chaired, not the
    # meeting told just before, is what D and E attended
    text = ("به گزارش ایرنا، عباس عراقچی وزیر امور خارجه امروز در آستانه با سرگئی لاوروف وزیر خارجه روسیه دیدار کرد. "
            f"در نشست امروز که {chaired} هاکان فیدان وزیر امور خارجه ترکیه برگزار شد، وانگ یی وزیر خارجه چین و "
            "اسحاق دار وزیر خارجه پاکستان حضور داشتند.")
    events = extract(text, published="2025-01-10")["events"]
    assert len(events) == 2
    assert _names(events[0]) == {"عباس عراقچی", "سرگئی لاوروف"}
    assert {"هاکان فیدان", "وانگ یی"} <= _names(events[1])


@pytest.mark.parametrize("name", ["وزیران خارجه آسه‌آن به‌علاوه سه", "وزیران خارجه کشورهای عضو آسه‌آن و شرکای آن"])
def test_api_a_long_named_session_one_took_part_in_is_held_in_its_relative_clause(extract, name):
    # `X در نشست وزیران خارجه آسه‌آن به‌علاوه سه که به ریاست A و با حضور B برگزار شد، شرکت کرد`: the session the
    # relative clause tells held, however long its name, is its own event, not the meeting told before it
    text = ("به گزارش ایرنا، وانگ یی وزیر خارجه چین امروز در جاکارتا با سرگئی لاوروف وزیر خارجه روسیه دیدار کرد. "
            f"وانگ یی همچنین امروز در نشست {name} که به ریاست رتنو مرسودی وزیر خارجه اندونزی و با حضور "
            "یوشیماسا هایاشی وزیر خارجه ژاپن برگزار شد، شرکت کرد.")
    events = extract(text, published="2023-07-13")["events"]
    assert len(events) == 2
    assert _names(events[0]) == {"وانگ یی", "سرگئی لاوروف"}
    assert {"وانگ یی", "رتنو مرسودی", "یوشیماسا هایاشی"} <= _names(events[1])


@pytest.mark.parametrize("mode", ["به شکل ویدئوکنفرانس", "به صورت ویدئوکنفرانس"])
def test_api_a_session_held_by_video_that_one_took_part_in_is_no_call(extract, mode):
    # `X در دومین نشست «...» که به شکل ویدئوکنفرانس برگزار شد، شرکت کرد`: a session held remotely, not a call
    text = ("به گزارش خاور، سراج‌الدین مهرالدین وزیر امور خارجه تاجیکستان امروز در دومین نشست «گفتگوی هند – آسیای "
            f"مرکزی» که {mode} برگزار شد، شرکت کرد. در این نشست که به ریاست سوبرامانیام جیشنکار وزیر امور خارجه هند "
            "برگزار شد، مختار تلوبردی وزیر امور خارجه قزاقستان و رشید مرادف وزیر امور خارجه ترکمنستان شرکت داشتند.")
    events = extract(text, published="2020-10-28")["events"]
    assert len(events) == 1 and events[0]["type"] == "multilateral_meeting"


@pytest.mark.parametrize("deputy", ["معاون اول رئیس شورای دولتی کوبا", "معاون ارشد رئیس شورای دولتی کوبا"])
def test_api_a_deputy_told_by_rank_of_an_unlisted_head_is_the_deputy_not_the_head(extract, deputy):
    # `با X معاون اول رئیس شورای دولتی کوبا دیدار کرد`: the head's deputy, one person of Cuba, not a second person
    # heading the council; the council's head is Cuba's head of state, so his deputy is a vice-president
    text = (f"به گزارش ایرنا، اسحاق جهانگیری امروز در تهران با خوزه رامون پرز {deputy} دیدار کرد و "
            "درباره همکاری‌ها گفت‌وگو کرد.")
    events = extract(text, published="2018-11-26")["events"]
    assert len(events) == 1
    people = [(p["name"], p["role"]["code"], p["country"]) for p in events[0]["participants"]]
    assert len(people) == 2 and ("خوزه رامون پرز", "vice_president", "CU") in people


@pytest.mark.parametrize("org", ["کمیته بین‌المللی صلیب سرخ", "صلیب سرخ جهانی"])
def test_api_the_head_of_an_organisations_delegation_is_not_its_head(extract, org):
    # `با رئیس هیئت کمیته بین‌المللی صلیب سرخ در افغانستان دیدار کرد`: who heads its mission is an official, not the
    # organisation's president named later
    text = (f"فیروزالدین فیروز وزیر صحت عامه روز یکشنبه در کابل با رئیس هیئت {org} در افغانستان دیدار کرد.\n\n"
            "پیتر مورر رئیس کمیته بین‌المللی صلیب سرخ پس از این حمله گفته بود که این بدترین حمله است.")
    events = extract(text, published="2017-02-13")["events"]
    assert len(events) == 1
    assert "پیتر مورر" not in {p["name"] for p in events[0]["participants"]}
    assert ("official", None) in _unnamed(events[0])


@pytest.mark.parametrize("title, code", [("وزیر بازرگانی دولت انتقالی افغانستان", "AF"),
                                         ("وزیر تجارت افغانستان", "AF")])
def test_api_a_registered_full_name_before_another_countrys_office_is_a_namesake(extract, title, code):
    # `سید مصطفی کاظمی وزیر بازرگانی دولت انتقالی افغانستان که ...`: another Mustafa Kazemi than Iraq's al-Kadhimi, who
    # holds the Afghan office told right after his name
    text = (f"سید مصطفی کاظمی {title} که روز گذشته وارد تهران شد، صبح امروز با محمد شریعتمداری "
            "وزیر بازرگانی کشورمان دیدار و گفت و گو کرد.")
    events = extract(text, published="2003-05-10")["events"]
    assert len(events) == 1
    people = {(p["name"], p["role"]["code"], p["country"]) for p in events[0]["participants"]}
    assert ("مصطفی کاظمی", "minister", code) in people and len(people) == 2


@pytest.mark.parametrize("name", ["آتال بیهاری واجپائی", "آتال بهاری واجپایی"])
def test_api_a_registered_surname_opening_a_three_word_name_before_a_title_is_not_that_official(extract, name):
    # `آتال بیهاری واجپائی نخست وزیر هند`: the first word of another full name, not Gabriel Attal
    text = (f"به گزارش خبرنگار مهر، {name} نخست وزیر هند و پرویز مشرف رئیس جمهوری پاکستان روز دوشنبه "
            "در اسلام آباد با یکدیگر گفتگو کردند.")
    events = extract(text, published="2004-01-06")["events"]
    assert len(events) == 1
    people = {(p["name"], p["role"]["code"], p["country"]) for p in events[0]["participants"]}
    assert (name, "head_of_government", "IN") in people and len(people) == 2


@pytest.mark.parametrize("unit", ["ناحیه یکم نیروی دریایی برزیل", "ناحیه یکم دریایی برزیل"])
def test_api_the_commander_of_this_naval_district_told_as_nahiye_is_of_its_country(extract, unit):
    # `در مقر فرماندهی ناحیه یکم نیروی دریایی برزیل با فرمانده این ناحیه دیدار کرد`: `ناحیه` is a unit like `منطقه`,
    # its commander the Brazilian one
    text = (f"به گزارش ایرنا، فرمانده ناوگروه ۸۶ نیروی دریایی ارتش روز دوشنبه در مقر فرماندهی {unit} "
            "با فرمانده این ناحیه دیدار کرد.")
    events = extract(text, published="2023-02-28")["events"]
    assert len(events) == 1 and ("military_commander", "BR") in _unnamed(events[0])


@pytest.mark.parametrize("body, code", [("سرویس امنیت فدرال روسیه", "RU"), ("سازمان اطلاعات ملی ترکیه", "TR")])
def test_api_the_director_of_a_countrys_body_no_title_lists_heads_it(extract, body, code):
    # `رئیس‌جمهور تاجیکستان مدیر سرویس امنیت فدرال روسیه را به حضور پذیرفت`: a director heads his country's service as
    # a chairman does
    text = f"به گزارش خاور، امامعلی رحمان رئیس‌جمهور تاجیکستان امروز مدیر {body} را به حضور پذیرفت."
    events = extract(text, published="2016-10-06")["events"]
    assert len(events) == 1 and ("head_of_organization", code) in _unnamed(events[0])


def test_api_a_named_conference_after_a_plural_title_is_no_person(extract):
    # `کنفرانس وزیران خارجه «قلب آسیا»`: the guillemets name the conference of the ministers, not a person the bare
    # `وزیر خارجه` later in the article could be
    text = ("کابل (پژواک): زلمی رسول وزیر امور خارجه کشور امروز در تاشکند با عبدالعزیز کاملوف وزیر امور خارجه "
            "ازبکستان دیدار کرد. هدف این سفر دعوت از همسایگان برای اشتراک در کنفرانس وزیران خارجه «قلب آسیا» است. "
            "وزیر خارجه دیروز در دوشنبه با حمراخان ظریفی وزیر خارجه تاجیکستان دیدار کرد.")
    result = extract(text, published="2012-05-15")
    names = {p["name"] for event in result["events"] for p in event["participants"]}
    assert "قلب آسیا" not in names and not any("قلب" in (p["name"] or "") for p in result["mentioned_people"])


def test_api_the_kurdish_spelling_of_kurdistan_is_the_region_not_a_name(extract):
    # `ریبر احمد وزیر کشور اقلیم کوردستان`: Kurdish outlets write کوردستان; read as کردستان it is the region, not a
    # second person after the minister
    text = ("به گزارش رووداو، علی شمخانی امروز در بغداد با قاسم الاعرجی دیدار کرد. در این دیدار ریبر احمد وزیر کشور "
            "اقلیم کوردستان نیز حضور داشت.")
    events = extract(text, published="2023-03-19")["events"]
    assert len(events) == 1 and "اقلیم کوردستان" not in _names(events[0]) and "ریبر احمد" in _names(events[0])


@pytest.mark.parametrize("title", ["معاون اول رئیس شورای دولتی کوبا", "معاون اول رئیس شورای دولتی و شورای وزیران کوبا"])
def test_api_the_first_deputy_of_cubas_council_of_state_is_its_vice_president(extract, title):
    # `با میگل دیاز-کانل معاون اول رئیس شورای دولتی کوبا دیدار کرد`: the Council of State's president is Cuba's head of
    # state, so his first deputy is a vice-president
    text = f"به گزارش مهر، وزیر بهداشت امروز در هاوانا با میگل دیاز-کانل {title} دیدار کرد."
    participants = extract(text, published="2017-03-08")["events"][0]["participants"]
    cuban = next(p for p in participants if p["name"] == "میگل دیاز کانل")
    assert (cuban["role"]["code"], cuban["country"]) == ("vice_president", "CU")


def test_api_a_registered_full_name_beats_a_registered_surname_inside_it(extract):
    # `با روبرتو مورالس اوخدا وزیر بهداشت عمومی کوبا`: Cuba's health minister, not Evo Morales of Bolivia, and no
    # title-only minister beside him
    text = ("به گزارش مهر، وزیر بهداشت روز دوشنبه در هاوانا با روبرتو مورالس اوخدا وزیر بهداشت عمومی کوبا "
            "دیدار کرد.")
    participants = extract(text, published="2017-03-08")["events"][0]["participants"]
    cuban = [p for p in participants if p["country"] == "CU"]
    assert [(p["name"], p["role"]["code"]) for p in cuban] == [("روبرتو مورالس اوخدا", "minister")]
    assert all(p["country"] != "BO" for p in participants)


@pytest.mark.parametrize("verb", ["انجام شد", "صورت گرفت", "برگزار شد"])
def test_api_an_ambassador_present_at_the_meeting_done_in_its_relative_clause_took_part(extract, verb):
    # `در دیدار X ... که با حضور سفیر ونزوئلا در تهران انجام شد`: `انجام شد` / `صورت گرفت` tell the meeting held as
    # `برگزار شد` does, and who was present at it took part
    text = ("به گزارش خبرگزاری صدا و سیما، محمد مخبر معاون اول رئیس جمهور صبح امروز در دیدار «طارق العیسمی» وزیر نفت "
            f"ونزوئلا که با حضور سفیر ونزوئلا در تهران {verb}، بر گسترش همکاری‌های انرژی تاکید کرد.")
    events = extract(text, published="2022-10-25")["events"]
    assert len(events) == 1 and ("ambassador", "VE") in _unnamed(events[0])


@pytest.mark.parametrize("title, code", [("فرماندار شهرستان تایباد", "IR"), ("استاندار استان سیستان و بلوچستان", "IR"),
                                         ("والی ولایت هرات", "AF")])
def test_api_a_governor_of_a_region_word_and_its_place_is_of_the_places_country(extract, title, code):
    # `با فرماندار شهرستان تایباد دیدار کرد`: the region word `شهرستان` between the governor's title and the place
    # leaves the place to tell his country
    text = f"هرات (پژواک): ولسوال کهسان روز دوشنبه با {title} در بندر اسلام قلعه دیدار کرد."
    events = extract(text, published="2019-07-23")["events"]
    assert len(events) == 1 and ("official", code) in _unnamed(events[0])


@pytest.mark.parametrize("office, org", [("رئیس دفتر ساحوی", "یوناما"), ("رئیس دفتر فرعی", "برنامه جهانی غذا")])
def test_api_the_head_of_an_organisations_office_after_another_meeting_took_part(extract, office, org):
    # `والی کندهار امروز نیز با رئیس دفتر ساحوی یوناما دیدار کرد`: the head of the organisation's office, not the
    # listed `رئیس دفتر` alone (a title with no country, which no one could be)
    text = ("کندهار (پژواک): توریالی ویسا والی کندهار روز شنبه با سرکنسول پاکستان در کندهار دیدار کرد. "
            f"والی کندهار امروز یکشنبه با {office} {org} در زون جنوب دیدار کرد.")
    events = extract(text, published="2013-03-10")["events"]
    assert len(events) == 2 and ("official", None) in _unnamed(events[1])


@pytest.mark.parametrize("after, extra", [
    ("پس از این مراسم، دو طرف با حضور محمدجواد ظریف وزیر امور خارجه کشورمان مذاکرات رسمی را آغاز کردند.",
     {"محمدجواد ظریف"}),
    ("نخست وزیر ارمنستان عصر امروز با علی لاریجانی رئیس مجلس شورای اسلامی دیدار کرد.", set())])
def test_api_an_official_welcome_held_with_its_host_is_the_visit(extract, after, extra):
    # `مراسم استقبال رسمی از X ... با حضور Y برگزار شد`: the guest's official welcome by his host is the visit (the
    # talks the next sentence tells after the ceremony are the same visit; another host's talks a meeting)
    text = ("به گزارش ایرنا، مراسم استقبال رسمی از نیکول پاشینیان نخست وزیر ارمنستان صبح امروز در مجموعه سعدآباد "
            f"با حضور اسحاق جهانگیری معاون اول رئیس‌جمهور برگزار شد. {after}")
    events = extract(text, published="2019-02-27")["events"]
    visits = [e for e in events if e["type"] == "visit"]
    assert len(visits) == 1 and len(events) == (1 if extra else 2)
    assert {p["name"] for p in visits[0]["participants"]} == {"نیکول پاشینیان", "اسحاق جهانگیری"} | extra


@pytest.mark.parametrize("verb", ["ترتیب داد", "برگزار کرد", "برپا کرد"])
def test_api_a_banquet_given_in_a_guests_honour_is_a_meeting(extract, verb):
    # `X به افتخار Y ضیافت رسمی ترتیب داد`: the host and his guest met at the banquet
    text = ("به گزارش ایرنا، شامگاه امروز ولادیمیر پوتین رئیس‌جمهور روسیه در کاخ کرملین به افتخار "
            f"حسن روحانی رئیس‌جمهور کشورمان ضیافت شام رسمی {verb}.")
    events = extract(text, published="2017-03-28")["events"]
    assert len(events) == 1
    assert {p["name"] for p in events[0]["participants"]} == {"ولادیمیر پوتین", "حسن روحانی"}


def test_api_a_banquet_after_the_same_leaders_talks_is_no_contact_of_its_own(extract):
    # `... با X دیدار کرد. X شامگاه امروز ضیافت شامی به افتخار رئیس‌جمهور ایران برپا کرد`: part of the talks told
    text = ("به گزارش ایرنا، حسن روحانی رئیس‌جمهور کشورمان امروز در اسلام‌آباد با محمد نواز شریف نخست‌وزیر پاکستان "
            "دیدار و گفتگو کرد. نواز شریف شامگاه امروز ضیافت شامی به افتخار رئیس‌جمهور ایران برپا کرد.")
    events = extract(text, published="2016-03-26")["events"]
    assert len(events) == 1 and len(events[0]["participants"]) == 2


@pytest.mark.parametrize("cue", ["با حضور", "با اشتراک"])
def test_api_the_host_attending_an_official_welcome_ceremony_joins_the_visit(extract, cue):
    # `در کاخ ملت مراسم رسمی استقبال از مهمان با اشتراک رئیس جمهوری تاجیکستان امامعلی رحمان برگزار شد`: the Tajik and
    # Dari `با اشتراک` names the welcoming host as `با حضور` does
    text = ("به گزارش خاور، رئیس جمهوری ازبکستان شوکت میرضیایف امروز با سفر رسمی وارد شهر دوشنبه گردید. "
            f"در کاخ ملت مراسم رسمی استقبال از مهمان {cue} رئیس جمهوری تاجیکستان امامعلی رحمان برگزار شد.")
    events = extract(text, published="2018-03-09")["events"]
    assert len(events) == 1
    people = {(p["name"], p["country"]) for p in events[0]["participants"]}
    assert people == {("شوکت میرضیایف", "UZ"), ("امامعلی رحمان", "TJ")}


@pytest.mark.parametrize("text, present", [
    ("به گزارش ایرنا، حسن روحانی رئیس جمهوری اسلامی ایران و قربانقلی بردی‌محمداف رئیس جمهور ترکمنستان امروز در مراسمی "
     "در مرز سرخس ایستگاه راه آهن مشترک دو کشور را افتتاح کردند. در این مراسم عباس آخوندی وزیر راه و شهرسازی کشورمان "
     "و رشید مرادوف وزیر امور خارجه ترکمنستان نیز حضور داشتند. دو رئیس جمهور پس از افتتاح ایستگاه در محل مرز به مدت "
     "یک ساعت دیدار و گفتگو کردند.", {"عباس آخوندی", "رشید مرادوف"}),
    ("به گزارش طلوع نیوز، محمد اسحاق دار وزیر امور خارجه پاکستان در رأس هیئتی که محسن نقوی وزیر داخله این کشور نیز "
     "در آن حضور دارد، امروز وارد کابل شد و با امیرخان متقی وزیر خارجه حکومت سرپرست دیدار کرد.", {"محسن نقوی"}),
])
def test_api_attendance_told_before_any_contact_joins_the_contact_told_next(extract, text, present):
    # `در این مراسم X و Y نیز حضور داشتند. دو رئیس جمهور ... دیدار و گفتگو کردند`: no contact told before the
    # attendance, the one told in the next sentence (or in its own, `در رأس هیئتی که X نیز در آن حضور دارد`)
    events = extract(text, published="2017-06-01")["events"]
    assert len(events) == 1
    assert present <= {p["name"] for p in events[0]["participants"]}


def test_api_attendance_in_a_relative_clause_with_no_pointer_joins_no_later_contact(extract):
    # `X که به جای Y در نشست‌های ... شرکت کرده است، با Z دیدار کرد`: Y, whom X stood in for, attended nothing
    text = ("به گزارش تسنیم، وانگ یی عضو دفتر سیاسی حزب کمونیست چین که به جای چین گانگ وزیر امور خارجه این کشور در "
            "نشست‌های وزیران خارجه آسه‌آن در جاکارتا شرکت کرده است، شامگاه پنجشنبه با آنتونی بلینکن وزیر خارجه آمریکا "
            "دیدار کرد.")
    events = extract(text, published="2023-07-14")["events"]
    assert len(events) == 1
    assert "چین گانگ" not in {p["name"] for p in events[0]["participants"]}


def test_api_who_attended_separate_credentials_ceremonies_joins_each_told_after(extract):
    # `سه سفیر جدید ... در مراسمی جداگانه ... استوارنامه‌های خود را تقدیم روحانی کردند. در این مراسم ظریف نیز حضور
    # داشت. ... رئیس‌جمهور سپس استوارنامه سفیر جدید برزیل را دریافت کرد`: the minister attended each ceremony
    text = ("به گزارش ایسنا، دو سفیر جدید صبح امروز در مراسمی جداگانه در نهاد ریاست‌جمهوری استوارنامه‌های خود را "
            "تقدیم مسعود پزشکیان رئیس‌جمهور کردند. در این مراسم عباس عراقچی وزیر امور خارجه نیز حضور داشت. نخستین "
            "سفیر، سفیر جدید اتریش بود. پزشکیان در گفت‌وگو با او گفت: روابط دو کشور بر پایه احترام متقابل قابل گسترش "
            "است. رئیس‌جمهور سپس استوارنامه سفیر جدید ژاپن را دریافت کرد و افزایش تجارت دو کشور را خواستار شد.")
    events = extract(text, published="2025-02-02")["events"]
    japan = [e for e in events if any(p["country"] == "JP" for p in e["participants"])]
    assert len(japan) == 1
    assert "عباس عراقچی" in {p["name"] for p in japan[0]["participants"]}


def test_api_a_past_perfect_contact_told_with_this_weeks_day_and_also_is_an_event_with_its_subject_unnamed(extract):
    """`معاونان وزیر امور خارجه روز گذشته نیز ... با X دیدار کرده بودند`: `نیز` and a day of this week make the
    past-perfect contact with X one more contact of the trip, although its subject is no one named in its clause."""
    text = ("به گزارش ایسنا، دور جدید گفت‌وگوهای معاونان وزیر امور خارجه کشورمان با مدیران سیاسی انگلیس، فرانسه و آلمان "
            "امروز جمعه در ژنو برگزار شد. هیئت ایرانی را مجید تخت‌روانچی رهبری می‌کرد و کاظم غریب‌آبادی نیز او را "
            "همراهی می‌کرد. معاونان وزیر امور خارجه روز گذشته نیز در ژنو با انریکه مورا معاون دبیرکل سرویس اقدام خارجی "
            "اتحادیه اروپا دیدار کرده بودند.")
    events = extract(text, published="2024-11-29")["events"]
    assert len(events) == 2
    assert "انریکه مورا" in _names(events[1])


@pytest.mark.parametrize("text", [
    "به گزارش ایرنا، الهام علی‌اف رئیس‌جمهور آذربایجان امروز پنجشنبه برای سفری دو روزه وارد آنکارا شد و در فرودگاه "
    "مورد استقبال رجب طیب اردوغان رئیس‌جمهور ترکیه قرار گرفت. این نخستین سفر رسمی علی‌اف به ترکیه در سال جاری است. "
    "رئیس‌جمهور ترکیه و رئیس‌جمهور آذربایجان سپس در نشستی "
    "با حضور هیئت‌های دو کشور درباره گسترش روابط دوجانبه گفت‌وگو کردند.",
    "به گزارش ایرنا، شوکت میرضیایف رئیس‌جمهور ازبکستان صبح امروز در کاخ ریاست‌جمهوری در آنکارا از سوی رجب طیب "
    "اردوغان رئیس‌جمهور ترکیه مورد استقبال رسمی قرار گرفت. رؤسای جمهور دو کشور پس از مراسم استقبال در نشستی با "
    "حضور هاکان فیدان وزیر امور خارجه ترکیه و بختیار سعیدوف وزیر امور خارجه ازبکستان درباره همکاری‌های اقتصادی "
    "گفت‌وگو کردند.",
])
def test_api_a_leaders_talks_with_his_welcomer_after_the_welcome_are_the_visit(extract, text):
    # `X ... وارد آنکارا شد و مورد استقبال اردوغان قرار گرفت. ... سپس در نشستی ... گفت‌وگو کردند`: one visit, its talks
    events = extract(text, published="2024-05-02")["events"]
    assert len(events) == 1 and events[0]["type"] == "visit"
    assert "رجب طیب اردوغان" in _names(events[0])


def test_api_a_visiting_leaders_later_talks_with_the_hosts_prime_minister_stay_a_meeting(extract):
    # (the host's prime minister, not the welcomer, met later the same day: a meeting of its own)
    text = ("به گزارش خاور، امروز صدر جباروف رئیس‌جمهور قرقیزستان با سفر رسمی وارد دوشنبه شد و در فرودگاه مورد "
            "استقبال امامعلی رحمان رئیس‌جمهور تاجیکستان قرار گرفت. همان روز رئیس‌جمهور قرقیزستان با قاهر رسول‌زاده "
            "نخست‌وزیر تاجیکستان دیدار و درباره تجارت گفت‌وگو کرد.")
    events = extract(text, published="2024-05-02")["events"]
    assert len(events) == 2


@pytest.mark.parametrize("opening", ["در گفتگو با", "در دیدار با"])
def test_api_a_sentence_opening_with_meeting_an_ambassador_already_met_tells_that_meeting_again(extract, opening):
    # `... استوارنامه سفیران اتریش و مالزی را پذیرفت ... در گفتگو با سفیر مالزی، طرفین ...`: the audience told before,
    # not a new contact of the greeting's sender named just before
    text = ("به گزارش خاور، امروز امامعلی رحمان رئیس جمهور تاجیکستان در قصر ملت استوارنامه سفیران اتریش و مالزی را "
            "پذیرفت. پس از مراسم، رئیس دولت با هر یک از سفیران جداگانه ملاقات کرد. سفیر اتریش سلام گرم کارل نهامر "
            f"صدراعظم اتریش را به رئیس جمهور تاجیکستان ابلاغ کرد. {opening} سفیر مالزی، طرفین درباره گسترش تجارت "
            "و گردشگری تبادل نظر کردند.")
    events = extract(text, published="2024-03-05")["events"]
    assert len(events) == 2
    assert all("کارل نهامر" not in _names(e) for e in events)


@pytest.mark.parametrize("link, deed", [
    ("از راه ارتباط تصویری", "یک پل مرزی را افتتاح کردند"),
    ("از طریق ارتباط ویدئویی", "در مراسم آغاز ساخت یک نیروگاه شرکت کردند"),
])
def test_api_leaders_opening_something_together_by_video_link_make_no_call(extract, link, deed):
    # `X و Y همچنین از راه ارتباط تصویری ... افتتاح کردند`: a link used at their meeting, not a call
    text = ("به گزارش ایرنا، شوکت میرضیایف رئیس‌جمهور ازبکستان امروز در تاشکند با قاسم جومارت توکایف رئیس‌جمهور "
            f"قزاقستان دیدار و گفتگو کرد. میرضیایف و توکایف همچنین {link} {deed}.")
    events = extract(text, published="2024-03-05")["events"]
    assert [e["type"] for e in events] == ["meeting"]


@pytest.mark.parametrize("attendees", ["وابسته دفاعی پاکستان در تهران و معاون عملیات نیروی دریایی ارتش",
                                       "سفیر پاکستان در تهران"])
def test_api_attendees_then_the_two_sides_talking_retell_the_meeting_just_told(extract, attendees):
    # `در این دیدار X و Y نیز حضور داشتند و دو طرف درباره ... گفت‌وگو کردند`: the attendees of the meeting just told,
    # and its two sides talking, not a second meeting of the attendees
    text = ("به گزارش تسنیم، دریاسالار ظفر محمود عباسی فرمانده نیروی دریایی پاکستان صبح امروز در تهران با امیر دریادار "
            f"حسین خانزادی فرمانده نیروی دریایی ارتش دیدار کرد. در این دیدار {attendees} نیز حضور داشتند و دو طرف "
            "درباره امنیت دریای عمان و آموزش مشترک گفت‌وگو کردند.")
    events = extract(text, published="2018-11-27")["events"]
    assert len(events) == 1 and {"ظفر محمود عباسی", "حسین خانزادی"} <= set(_names(events[0]))
    assert len(events[0]["participants"]) == 2 + attendees.count(" و ") + 1


@pytest.mark.parametrize("verb", ["داشته باشند", "داشته باشد"])
def test_api_who_was_to_chair_a_session_did_not_meet(extract, verb):
    # `قرار بود X و Y ریاست این نشست را بر عهده داشته باشند`: the chairing is subjunctive, the session did not happen
    text = ("طلوع‌نیوز\n\nوزارت تجارت می‌گوید که نشست کمیسیون مشترک اقتصادی افغانستان و پاکستان که قرار بود در ماه "
            "جاری در اسلام‌آباد برگزار شود، به تعویق افتاده است.\n\nسخنگوی این وزارت گفت که قرار بود عبدالهادی "
            "ارغندیوال سرپرست وزارت مالیه و عبدالرزاق داوود مشاور تجارت صدراعظم پاکستان ریاست این نشست را بر عهده "
            f"{verb}، اما دو طرف توافق کردند که تاریخ جدید آن بعدا تعیین شود.")
    result = extract(text, published="2020-06-20")
    assert result["events"] == [] and result["is_meeting"] is False


@pytest.mark.parametrize("title, code", [("رئیس ناحیه اسفره", "TJ"), ("رئیس ناحیه آشت", "TJ"), ("رئیس ناحیه دوستی", "TJ"),
                                         ("حاکم ولایت بالکان", "TM"), ("حاکم ناحیه ساری‌آسیا", "UZ"),
                                         ("شهردار ژانگ جیاگانگ", "CN"), ("استاندار گلستان", "IR")])
def test_api_a_local_head_of_a_known_district_or_province_is_of_its_country(extract, title, code):
    # `با رئیس ناحیه دوستی دیدار کرد`, `با حاکم ولایت بالکان`: the district or province (Tajik, Turkmen, Uzbek, Chinese,
    # Iranian) after a local head's title tells his country; `دوستی` is a district only after `ناحیه`, `گلستان` a
    # province only after its governor
    text = (f"به گزارش خبرنگار، یک هیئت ایرانی روز دوشنبه در سفر به تاجیکستان، ترکمنستان، ازبکستان و چین با {title} "
            "دیدار و درباره همکاری‌های مرزی گفت‌وگو کرد.")
    events = extract(text, published="2022-05-16")["events"]
    assert len(events) == 1 and ("official", code) in _unnamed(events[0])


def test_api_friendship_is_no_district_without_its_region_word(extract):
    # `پیام دوستی ملت ایران`: the common word `دوستی` is the Tajik district only after `ناحیه`
    text = ("به گزارش خبرنگار، وزیر امور خارجه تاجیکستان روز دوشنبه در دوشنبه با سفیر ایران دیدار کرد و گفت این سفر "
            "پیام دوستی ملت تاجیکستان است.")
    events = extract(text, published="2022-05-16")["events"]
    assert all((e.get("location") or {}).get("name_en") != "Dusti District" for e in events)


def test_api_a_places_chamber_head_present_is_not_the_governor_named_bare_after_his_title(extract):
    # `استاندار گلستان ... علی احمدی امروز ... که رئیس اتاق بازرگانی گرگان نیز در آن حضور داشت`: the governor, told
    # by title and then by a bare name, holds no chamber's office: the chamber head is another attendee
    text = ("استاندار گلستان در گفت‌وگوی تصویری با حاکم ولایت بالکان ترکمنستان بر گسترش مبادلات تجاری ایران و "
            "ترکمنستان تأکید کرد.\n"
            "به گزارش خبرنگار از گرگان، علی احمدی امروز در این ارتباط ویدئوکنفرانسی که رئیس اتاق بازرگانی گرگان نیز در "
            "آن حضور داشت، بر همکاری‌های مرزی تأکید کرد.")
    events = extract(text, published="2020-12-12")["events"]
    assert len(events) == 1 and ("official", "IR") in _unnamed(events[0])


@pytest.mark.parametrize("ordinal", ["سوم", "پانزدهم"])
def test_api_a_numbered_ministers_session_keeps_a_sideline_meeting_of_its_own(extract, ordinal):
    text = (f"به گزارش ایرنا، نشست {ordinal} وزیران خارجه کشورهای همسایه عراق امروز در آنکارا به میزبانی هاکان فیدان "
            "برگزار شد. عباس عراقچی و سرگئی لاوروف در این نشست شرکت کردند.\n\nفواد حسین وزیر خارجه عراق که برای "
            "نشستی جداگانه به آنکارا سفر کرده است، در حاشیه این نشست با عباس عراقچی دیدار کرد. فواد حسین همچنین با "
            "هاکان فیدان دیدار و درباره آب و تجارت گفتگو کرد.")
    events = extract(text, published="2024-05-02")["events"]
    assert [e["type"] for e in events].count("meeting") == 2
    summit = next(e for e in events if e["type"] == "multilateral_meeting")
    assert not any(n and n.startswith("فواد") for n in _names(summit))


@pytest.mark.parametrize("contact, met", [
    ("پس از پایان نشست رئیس جمهور تاجیکستان با قاسم جومارت توکایف دیدار کرد.", "قاسم جومارت توکایف"),
    ("پس از آغاز نشست امامعلی رحمان با قاسم جومارت توکایف دیدار کرد.", "قاسم جومارت توکایف"),
    ("رئیس جمهور رحمان پس از نشست با ولادیمیر پوتین دیدار کرد.", "ولادیمیر پوتین"),
    ("رئیس جمهور رحمان پس از اجلاس با ولادیمیر پوتین دیدار کرد.", "ولادیمیر پوتین"),
])
def test_api_the_ones_named_around_the_session_are_the_sides_of_the_contact_after_it(extract, contact, met):
    # `پس از پایان نشست X با Y دیدار کرد` names the subject right after the session; `X پس از نشست با Y` the one met
    text = ("به گزارش ایرنا، نشست سران سازمان همکاری شانگهای امروز در دوشنبه به میزبانی امامعلی رحمان رئیس جمهور "
            "تاجیکستان برگزار شد. ولادیمیر پوتین و قاسم جومارت توکایف نیز در این نشست حضور داشتند.\n\n"
            f"{contact}")
    events = extract(text, published="2021-09-17")["events"]
    meeting = next(e for e in events if e["type"] == "meeting")
    assert _names(meeting) == {"امامعلی رحمان", met}


@pytest.mark.parametrize("present", ["هیئت‌های دو کشور، از جمله", "هیئت های عالی رتبه دو کشور و"])
def test_api_a_member_of_the_delegations_present_at_the_leaders_talks_attends_them(extract, present):
    # `دو رئیس‌جمهور ... با حضور هیئت‌های دو کشور، از جمله X، ... گفتگو کردند`: "the two countries" of the delegations
    # present is not the talks' subject; X attended the leaders' talks
    text = ("به گزارش ایرنا، شوکت میرضیایف رئیس‌جمهور ازبکستان امروز در تاشکند با قاسم جومارت توکایف رئیس‌جمهور "
            f"قزاقستان دیدار کرد. دو رئیس جمهور سپس با حضور {present} بختیار سعیدوف وزیر امور خارجه ازبکستان، "
            "درباره همکاری‌های اقتصادی گفتگو کردند.")
    events = extract(text, published="2024-03-05")["events"]
    assert len(events) == 1
    assert "بختیار سعیدوف" in _names(events[0])


@pytest.mark.parametrize("spelling, code", [("منگولیا", "MN"), ("کوریای جنوبی", "KR")])
def test_api_a_country_spelt_the_dari_way_keeps_its_representative(extract, spelling, code):
    # `نمایندگان منگولیا و کوریای جنوبی نیز حضور داشتند`: the Dari spellings of a country's name
    text = ("به گزارش طلوع‌نیوز، نشست سران حکومت‌های عضو سازمان همکاری شانگهای امروز در بیشکک با اشتراک دیمیتری "
            "مدودف صدراعظم روسیه و لی کچیانگ صدراعظم چین برگزار شد. "
            f"نمایندگان {spelling} و هند نیز در این نشست حضور داشتند.")
    events = extract(text, published="2016-11-03")["events"]
    assert (None, "official", code) in {(p["name"], p["role"]["code"], p["country"]) for p in events[0]["participants"]}


@pytest.mark.parametrize("told", ["معاون وزیر امور خارجه ترکیه در این دیدار", "در این دیدار، معاون وزیر امور خارجه ترکیه",
                                  "به گفته منابع دیپلماتیک، معاون وزیر امور خارجه ترکیه در این دیدار"])
def test_api_the_summoning_ministrys_official_told_in_the_meeting_keeps_his_office(extract, told):
    # `سفیر ... به وزارت امور خارجه ترکیه احضار شد. معاون وزیر امور خارجه ترکیه در این دیدار ...`: the ministry's
    # official who met him is that deputy minister
    text = ("به گزارش فارس، سفیر ایران در آنکارا امروز به وزارت امور خارجه ترکیه احضار شد. "
            f"{told} به سخنان مقامات ایرانی درباره رئیس‌جمهور این کشور اعتراض کرد.")
    events = extract(text, published="2020-12-12")["events"]
    assert _unnamed(events[0]) == {("ambassador", "IR"), ("deputy_foreign_minister", "TR")}


def test_api_a_president_spoken_of_in_the_summons_is_not_the_ministrys_official(extract):
    text = ("به گزارش فارس، سفیر ایران در آنکارا امروز به وزارت امور خارجه ترکیه احضار شد. "
            "در این دیدار به سخنان مقامات ایرانی درباره رئیس‌جمهور ترکیه اعتراض شد.")
    events = extract(text, published="2020-12-12")["events"]
    assert _unnamed(events[0]) == {("ambassador", "IR"), ("official", "TR")}


@pytest.mark.parametrize("head", ["هیئت ازبکستان را معین وزارت منابع آب آن کشور رهبری می‌کند.",
                                  "در راس هیئت ازبکستان معاون وزیر منابع آب ازبکستان قرار دارد."])
def test_api_a_delegation_meeting_later_stands_for_the_head_told_leading_it(extract, head):
    # `هیئت ازبکستان را T رهبری می‌کند`, `در راس هیئت ازبکستان T قرار دارد`, then `هیئت ازبکستان ... با X دیدار کرد`
    text = ("گفتگوهای فنی هیئت‌های افغانستان و ازبکستان در باره آب امروز در کابل برگزار شد. "
            f"{head} هیئت ازبکستان بعد از ظهر امروز با ملا عبداللطیف منصور وزیر انرژی و آب نیز دیدار کرد.")
    events = extract(text, published="2023-09-11")["events"]
    meeting = next(e for e in events if "عبداللطیف منصور" in _names(e))
    assert _unnamed(meeting) == {("deputy_minister", "UZ")}


@pytest.mark.parametrize("opening", ["سد مرزی دوستی امروز با حضور", "کار ساخت خط آهن منطقه‌ای امروز با حضور"])
@pytest.mark.parametrize("verb", ["افتتاح شد", "آغاز شد"])
def test_api_an_opening_before_leaders_of_three_states_is_a_multilateral_meeting(extract, opening, verb):
    # `پل ... با حضور A، B و C افتتاح شد`: the leaders of three states met at the opening, also when two of them met
    # on its sidelines
    text = (f"به گزارش ایرنا، {opening} حسن روحانی رئیس‌جمهور ایران، نورسلطان نظربایف رئیس‌جمهور قزاقستان و "
            f"قربانقلی بردی‌محمداف رئیس‌جمهور ترکمنستان در مرز دو کشور {verb}.\n\n"
            "روحانی در حاشیه این مراسم با نظربایف دیدار کرد.")
    events = extract(text, published="2014-12-03")["events"]
    assert [e["type"] for e in events] == ["multilateral_meeting", "meeting"]
    assert len(events[0]["participants"]) == 3


@pytest.mark.parametrize("text", [
    "به گزارش ایرنا، سد مرزی دوستی امروز با حضور حسن روحانی رئیس‌جمهور ایران و قربانقلی بردی‌محمداف رئیس‌جمهور "
    "ترکمنستان افتتاح شد.",
    "به گزارش ایرنا، سد مرزی دوستی سال گذشته با حضور حسن روحانی رئیس‌جمهور ایران، نورسلطان نظربایف رئیس‌جمهور "
    "قزاقستان و قربانقلی بردی‌محمداف رئیس‌جمهور ترکمنستان افتتاح شده بود.",
])
def test_api_an_opening_before_two_leaders_or_long_ago_is_no_multilateral_meeting(extract, text):
    events = extract(text, published="2014-12-03")["events"]
    assert all(e["type"] != "multilateral_meeting" for e in events)


@pytest.mark.parametrize("verb", ["تصمیم گرفتند عضویت این کشور را از هفته آینده تعلیق کنند",
                                  "بر ضرورت آتش‌بس فوری تاکید کردند"])
def test_api_a_session_of_member_states_told_in_their_relative_clause_was_held(extract, verb):
    # `وزرای خارجه کشورهای عضو X در نشستی که به ریاست Y برگزار شد، ...`: the session of the states named before it,
    # held whatever they decided in it (and who else attended it)
    text = ("به گزارش ایسنا، وزرای خارجه کشورهای عضو اتحادیه عرب امروز در نشستی فوق‌العاده در قاهره که به ریاست "
            f"حمد بن جاسم آل ثانی وزیر خارجه قطر برگزار شد، {verb}.\n\n"
            "نبیل العربی دبیرکل اتحادیه عرب نیز در این نشست حضور داشت.")
    result = extract(text, published="2011-11-12")
    assert [e["type"] for e in result["events"]] == ["multilateral_meeting"]
    assert _names(result["events"][0]) == {"حمد بن جاسم آل ثانی", "نبیل العربی"}


@pytest.mark.parametrize("crossing", ["گذرگاه مرزی حاج‌عمران", "منطقه حاج عمران"])
def test_api_the_haji_omaran_crossing_is_a_place_not_an_honorific_and_a_name(extract, crossing):
    # `با فرمانده تیپ مرزی عراق در گذرگاه حاج‌عمران دیدار کرد`: the Iraqi border town is no man `عمران` after `حاج`
    text = ("به گزارش خبرنگار از ارومیه، فرمانده هنگ مرزی پیرانشهر امروز با فرمانده تیپ مرزی نیروهای مرزبانی عراق "
            f"در {crossing} دیدار و درباره تردد کامیون‌ها گفت‌وگو کرد.")
    events = extract(text, published="2017-11-08")["events"]
    assert len(events) == 1 and _names(events[0]) == {None}


@pytest.mark.parametrize("opening, closing", [("«", "»"), ("", "")])
def test_api_a_delegations_head_named_in_guillemets_is_of_its_country(extract, opening, closing):
    # `هیئت یونان به ریاست «X» ... حضور داشتند`: the guillemet between `به ریاست` and the name keeps X the head of the
    # Greek delegation, not a man of no country beside a title-only Greek official
    text = ("به گزارش خبرگزاری مهر، دور تازه گفتگوهای ترکیه و یونان امروز در استانبول برگزار شد. در این گفتگوها هیئت "
            f"ترکیه به ریاست {opening}مهمت کایا{closing} معاون وزیر امور خارجه و هیئت یونان به ریاست "
            f"{opening}نیکوس پاپاس{closing} دیپلمات باسابقه این کشور حضور داشتند.")
    events = extract(text, published="2021-01-25")["events"]
    assert len(events) == 1
    people = {(p["name"], p["country"]) for p in events[0]["participants"]}
    assert ("نیکوس پاپاس", "GR") in people and (None, "GR") not in people


@pytest.mark.parametrize("text", [
    "دوشنبه، ۱۴ مه، «خاور». امروز وزیر امور خارجه جمهوری تاجیکستان سراج‌الدین مهرالدین سفیر تازه‌تعیین‌شده جمهوری "
    "فرانسه در تاجیکستان را به حضور پذیرفت که نسخه استوارنامه خود را به وزیر تقدیم کرد.",
    "به گزارش طلوع‌نیوز، طارق شاه بهرامی وزیر دفاع ملی کشور امروز با امیر حاتمی وزیر دفاع ایران دیدار کرد. احمد کریمی "
    "سخنگوی وزارت دفاع ملی که همراه وزیر به تهران رفته و در این دیدار حضور داشت، گفت که دو طرف گفتگو کردند."])
def test_api_a_bare_minister_after_the_named_one_is_that_minister(extract, text):
    # `... را به حضور پذیرفت که نسخه استوارنامه خود را به وزیر تقدیم کرد`, `که همراه وزیر به تهران رفته`: `وزیر`
    # alone is the minister named, not a second, title-only one
    events = extract(text, published="2018-07-15")["events"]
    assert len(events) == 1
    assert not any(role in ("minister", "foreign_minister", "defense_minister") for role, _ in _unnamed(events[0]))


@pytest.mark.parametrize("deed", ["آخرین پیشنهادهای دو طرف را بررسی کردند", "متن بیانیه مشترک را آماده کردند"])
def test_api_a_meeting_verb_coordinated_with_another_deed_is_a_contact(extract, deed):
    # `X و Y دیدار و متن بیانیه را آماده کردند`: the light verb of `دیدار` is the next verb's
    text = ("به گزارش ایرنا، محمدجواد ظریف وزیر امور خارجه امروز در مسکو با سرگئی لاوروف وزیر خارجه روسیه دیدار کرد."
            f"\n\nظریف و مولود چاووش‌اوغلو وزیر خارجه ترکیه نیز عصر امروز در مسکو دیدار و {deed}.")
    events = extract(text, published="2019-03-05")["events"]
    assert len(events) == 2
    assert _names(events[1]) == {"محمدجواد ظریف", "مولود چاووش‌اوغلو"}


def test_api_a_meeting_noun_after_this_coordinated_with_a_ceremony_adds_no_contact(extract):
    # `... نیز در این دیدار و مراسم امضا حضور داشتند`: the meeting just told, with who attended it
    text = ("به گزارش ایرنا، شهباز شریف نخست‌وزیر پاکستان امروز در ریاض با محمد بن سلمان ولیعهد عربستان دیدار کرد و "
            "دو طرف توافقنامه دفاعی را امضا کردند. اسحاق دار وزیر امور خارجه پاکستان نیز در این دیدار و مراسم امضا "
            "حضور داشت.")
    events = extract(text, published="2025-09-17")["events"]
    assert len(events) == 1
    assert "اسحاق دار" in _names(events[0])


@pytest.mark.parametrize("said", ["گفته است که", "نوشته است که"])
def test_api_what_a_bulletin_said_opens_a_clause_with_its_own_subject(extract, said):
    # `ارگ در خبرنامه‌ای گفته است که X ... با Y دیدار کرد`: the `که` after `گفته است` opens what was said, no
    # relative clause of `خبرنامه‌ای`
    text = ("کابل (پژواک): رئیس جمهور محمد اشرف غنی امروز در نشست سران سیکا در شهر دوشنبه سخنرانی کرد.\n\n"
            f"ارگ ریاست جمهوری در خبرنامه‌ای {said} غنی در حاشیه این نشست با امامعلی رحمان دیدار کرد و دو طرف روی "
            "تکمیل پروژه کاسا-۱۰۰۰، ساخت خط آهن و امنیت مرزها بحث کردند. رئیس جمهور غنی همچنین با شیخ تمیم بن حمد "
            "آل ثانی امیر قطر دیدار کرد.")
    events = extract(text, published="2019-06-15")["events"]
    assert any(e["type"] == "meeting" and _names(e) == {"اشرف غنی", "امامعلی رحمان"} for e in events)


@pytest.mark.parametrize("last", ["آخرین برنامه ظریف در مسکو دیدار با ولادیمیر پوتین رئیس‌جمهور روسیه بود.",
                                  "دیدار با ولادیمیر پوتین رئیس‌جمهور روسیه برنامه بعدی وزیر امور خارجه در مسکو بود."])
def test_api_a_meeting_told_as_an_item_of_a_visitors_program_is_a_contact(extract, last):
    # `آخرین برنامه X دیدار با Y بود`, `دیدار با Y برنامه بعدی X بود`: a meeting X had with Y, told by its noun
    text = ("به گزارش ایرنا، محمدجواد ظریف وزیر امور خارجه امروز در مسکو با سرگئی لاوروف وزیر خارجه روسیه دیدار کرد. "
            f"دو طرف درباره روابط دوجانبه گفتگو کردند.\n\n{last}")
    events = extract(text, published="2020-11-29")["events"]
    assert len(events) == 2
    assert _names(events[1]) == {"محمدجواد ظریف", "ولادیمیر پوتین"}


@pytest.mark.parametrize("text, foreign", [
    ("به گزارش ایرنا، فرمانده مرزبانی استان اردبیل روز یکشنبه در آستارا با فرمانده یگان مرزی آستارا از "
     "سرویس مرزی دولتی جمهوری آذربایجان دیدار کرد.", "AZ"),
    ("به گزارش خاور، رئیس اداره سرحدی ولایت سغد روز جمعه با فرمانده اداره سرحدی باتکن خدمات سرحدی جمهوری "
     "قرقیزستان ملاقات کرد.", "KG"),
])
def test_api_commander_of_a_unit_of_a_border_service_is_of_the_services_country(extract, text, foreign):
    """The service names the country even where the unit's place is (also) the other side's town."""
    participants = extract(text, published="2021-01-31")["events"][0]["participants"]
    assert ("military_commander", foreign) in {(p["role"]["code"], p["country"]) for p in participants}


@pytest.mark.parametrize("said", [
    "نمایندگان مکزیک، ژاپن و برزیل نیز در سخنان خود از تمدید ماموریت هیئت استقبال کردند.",
    "نمایندگان مکزیک، ژاپن و برزیل در مقابل، دولت را به نقض آتش‌بس متهم کردند.",
])
def test_api_representatives_speaking_right_after_a_speaker_at_the_session_attended_it(extract, said):
    """Listed representatives who speak in the sentence after one who spoke at the session spoke there too, though
    the session itself was told several sentences before."""
    text = ("به گزارش ایرنا، شورای امنیت سازمان ملل روز سه‌شنبه در نشستی به ریاست نماینده دائم اکوادور قطعنامه "
            "تمدید ماموریت هیئت سازمان ملل در لیبی را تصویب کرد.\n\n"
            "بر اساس این قطعنامه، ماموریت هیئت یک سال دیگر ادامه می‌یابد. این هیئت در سال ۲۰۱۱ تشکیل شد.\n\n"
            "واسیلی نبنزیا نماینده دائم روسیه نیز در این نشست گفت مسکو از روند سیاسی در لیبی حمایت می‌کند. " + said)
    participants = extract(text, published="2023-10-31")["events"][0]["participants"]
    assert {"MX", "JP", "BR"} <= {p["country"] for p in participants if p["name"] is None}


def test_api_chair_of_the_session_a_resolution_was_adopted_in_attended_it(extract):
    """The chair told in a relative clause of the session (`در جلسه‌ای که به ریاست X تشکیل شد، ... تصویب کرد`)."""
    text = ("به گزارش ایرنا، شورای امنیت سازمان ملل متحد روز جمعه در جلسه‌ای که به ریاست خوان رامون دلا فوئنته "
            "نماینده دائم مکزیک تشکیل شد، قطعنامه تمدید ماموریت نیروهای حافظ صلح در قبرس را با رای موافق همه اعضا "
            "تصویب کرد. پس از رای‌گیری، باربارا وودوارد نماینده دائم انگلیس گفت این تمدید به ثبات جزیره کمک می‌کند.")
    event = extract(text, published="2021-07-30")["events"][0]
    assert {("ambassador", "MX"), ("ambassador", "GB")} <= {(p["role"]["code"], p["country"])
                                                            for p in event["participants"]}


def test_api_the_talks_of_two_leaders_that_went_on_are_a_contact(extract):
    # `گفتگوهای X، رئیس‌جمهور A، و Y ... ادامه یافت`: the talks told by their going on
    text = ("به گزارش خاور، پس از مراسم استقبال، گفتگوهای امامعلی رحمان، رئیس‌جمهور تاجیکستان، و شوکت میرضیایف، "
            "رئیس‌جمهور ازبکستان، در قالب محدود و سپس با حضور هیئت‌ها ادامه یافت.")
    events = extract(text, published="2018-03-09")["events"]
    assert len(events) == 1
    assert _names(events[0]) == {"امامعلی رحمان", "شوکت میرضیایف"}


@pytest.mark.parametrize("led", ["را به عهده داشتند", "را در دور تازه مشوره‌های سیاسی در کابل بر عهده داشتند",
                                 "را در دور تازه مشوره‌های سیاسی در کابل به عهده داشتند"])
def test_api_the_heads_of_both_delegations_told_first_tell_a_round_of_talks(extract, led):
    # `X و Y ریاست هیئت‌های دو کشور را ... به عهده داشتند` before a later meeting of one of them: the round of talks
    text = ("به گزارش طلوع‌نیوز، میرویس ناب معین وزارت امور خارجه افغانستان و سید رسول موسوی معاون وزیر امور خارجه "
            f"ایران امروز ریاست هیئت‌های دو کشور {led}.\n\n"
            "موسوی پس از پایان این نشست با محمد اشرف غنی رئیس جمهور افغانستان دیدار کرد.")
    events = extract(text, published="2019-05-20")["events"]
    talks = next(e for e in events if "میرویس ناب" in _names(e))
    assert talks["type"] == "negotiation"
    assert _names(talks) == {"میرویس ناب", "رسول موسوی"}
    assert len(events) == 2


@pytest.mark.parametrize("body", ["کمیته امنیتی مشترک دو کشور", "کمیسیون مشترک مرزی"])
def test_api_a_joint_bodys_session_earlier_this_week_is_a_contact_of_its_own(extract, body):
    # `X روز دوشنبه نیز در نشست کمیته امنیتی مشترک دو کشور با Y شرکت کرده بود`: one more contact of the visit, on its
    # own day, not an attendee of today's meeting
    text = ("به گزارش ایرنا، حسین ذوالفقاری معاون امنیتی وزیر کشور امروز چهارشنبه در اسلام آباد با احسن اقبال وزیر "
            "کشور پاکستان دیدار کرد.\n\n"
            f"معاون وزیر کشور روز دوشنبه نیز در نشست {body} با دبیر وزارت کشور پاکستان شرکت کرده بود.")
    events = extract(text, published="2018-03-07")["events"]
    assert len(events) == 2
    meeting = next(e for e in events if e["type"] == "meeting")
    assert _names(meeting) == {"حسین ذوالفقاری", "احسن اقبال"}
    session = next(e for e in events if e["type"] == "negotiation")
    assert _unnamed(session) == {("official", "PK")} and "حسین ذوالفقاری" in _names(session)


@pytest.mark.parametrize("council", ["«شورای عالی همکاری راهبردی»", "شورای همکاری راهبردی عالی‌رتبه"])
def test_api_a_council_session_chaired_after_the_private_talk_is_a_negotiation_of_its_own(extract, council):
    # `دو رئیس‌جمهور ... دیداری خصوصی داشتند و سپس ریاست نشست شورای ... را بر عهده گرفتند`: the council's session, not
    # folded into the visit
    text = ("به گزارش ایرنا، شوکت میرضیایف رئیس‌جمهور ازبکستان امروز وارد آنکارا شد و رجب طیب اردوغان از او "
            "استقبال کرد.\n\n"
            f"دو رئیس‌جمهور پس از مراسم استقبال دیداری خصوصی داشتند و سپس ریاست نخستین نشست {council} ترکیه و "
            "ازبکستان را بر عهده گرفتند.")
    events = extract(text, published="2022-03-30")["events"]
    assert sorted(e["type"] for e in events) == ["negotiation", "visit"]
    session = next(e for e in events if e["type"] == "negotiation")
    assert _names(session) == {"شوکت میرضیایف", "رجب طیب اردوغان"}


@pytest.mark.parametrize("commander", ["فرمانده نیروهای دفاعی عمان", "فرمانده نیروهای ساحلی عمان"])
def test_api_a_commander_of_this_force_is_not_the_named_commander_of_another(extract, commander):
    # `با فرمانده این نیرو دیدار کرده بود` after `با X فرمانده نیروهای دفاعی عمان`: the navy's commander, a second
    # meeting, not X met again
    text = (f"به گزارش ایرنا، فرمانده ناوگروه اعزامی ایران امروز در مسقط با دریادار عبدالله الرئیسی {commander} "
            "دیدار کرد.\n\n"
            "فرمانده ناوگروه روز گذشته در مقر نیروی دریایی عمان با فرمانده این نیرو دیدار کرده بود.")
    events = extract(text, published="2019-03-06")["events"]
    assert len(events) == 2
    assert sum("عبدالله الرئیسی" in _names(e) for e in events) == 1


@pytest.mark.parametrize("deputies, pair", [
    ("سلمان بشیر، معین وزارت خارجه پاکستان، و نیروپاما رائو، معین وزارت خارجه هند،", "دو معین"),
    ("سلمان بشیر معاون وزیر خارجه پاکستان و نیروپاما رائو معاون وزیر خارجه هند", "دو معاون"),
])
def test_api_a_pair_of_deputies_told_back_on_the_day_before_is_their_own_contact(extract, deputies, pair):
    text = ("به گزارش خبرگزاری، حنا ربانی کهر وزیر خارجه پاکستان روز پنجشنبه در اسلام‌آباد با اس. ام. کریشنا وزیر "
            f"خارجه هند دیدار کرد. این دیدار یک روز پس از گفتگوی {deputies} برگزار شد. {pair} روز چهارشنبه در "
            "اسلام‌آباد درباره تجارت مرزی گفتگو کرده بودند.")
    events = extract(text, published="2012-09-08")["events"]
    assert sorted((sorted(_names(e)), e["date"]["value"]) for e in events) == [
        (["اس. ام. کریشنا", "حنا ربانی کهر"], "2012-09-06"), (["سلمان بشیر", "نیروپاما رائو"], "2012-09-05")]


@pytest.mark.parametrize("pair", ["دو وزیر", "دو طرف"])
def test_api_a_pair_told_back_on_a_day_of_its_own_after_an_undated_call_is_another_call(extract, pair):
    text = ("به گزارش ایرنا، سرگئی شویگو وزیر دفاع روسیه روز یکشنبه در تماسی تلفنی با بن والاس وزیر دفاع انگلیس "
            "گفت‌وگو کرد. وزیر دفاع روسیه در ادامه همان روز با لوید آستین وزیر دفاع آمریکا نیز تلفنی گفت‌وگو کرد. "
            f"این دومین تماس آستین و شویگو در سه روز است. {pair} روز جمعه نیز درباره اوکراین گفت‌وگو کرده بودند.")
    events = extract(text, published="2022-10-24")["events"]
    assert sorted((sorted(_names(e)), e["date"]["value"]) for e in events) == [
        (["بن والاس", "سرگئی شویگو"], "2022-10-23"), (["سرگئی شویگو", "لوید آستین"], "2022-10-21"),
        (["سرگئی شویگو", "لوید آستین"], "2022-10-23")]


@pytest.mark.parametrize("act", [
    "این تصمیم را «ضربه‌ای دیگر بر آینده کشور» خواند و از شورای امنیت خواست در این باره اقدام کند",
    "این اقدام را «گامی به عقب» نامید.",
])
def test_api_one_also_in_this_session_who_called_something_a_name_attended_it(extract, act):
    # `X ... نیز در این نشست این تصمیم را «...» خواند و از ... خواست ... کند`: what he called something there (the
    # guillemets hold a phrase, no quotation) is something he did at the session
    text = ("نیویورک (خبرگزاری): واسیلی نبنزیا نماینده دائم روسیه در سازمان ملل روز پنجشنبه در نشست شورای امنیت "
            "درباره وضعیت یمن گفت که راه‌حل نظامی وجود ندارد. نمایندگان فرانسه و چین نیز در این نشست سخنرانی کردند. "
            f"عبدالله السعدی سرپرست نمایندگی دایمی یمن در سازمان ملل نیز در این نشست {act}")
    if not text.endswith("."):
        text += "."
    events = extract(text, published="2023-05-12")["events"]
    assert len(events) == 1 and {"واسیلی نبنزیا", "عبدالله السعدی"} <= _names(events[0])


@pytest.mark.parametrize("after", ["پس از او", "بعد از وی"])
def test_api_named_speakers_after_the_opener_of_a_summit_spoke_at_it(extract, after):
    # `اجلاس با سخنان X آغاز شد و پس از او Y و Z سخن گفتند`: who spoke after the opener spoke at the summit
    text = ("ریاض (خبرگزاری): شهباز شریف نخست‌وزیر پاکستان امروز برای شرکت در اجلاس سران سازمان همکاری اسلامی وارد "
            "ریاض شد و در این اجلاس سخنرانی کرد. اجلاس با سخنان محمد بن سلمان ولیعهد عربستان آغاز شد و "
            f"{after} احمد ابوالغیط دبیرکل اتحادیه عرب و حسین ابراهیم طه دبیرکل سازمان همکاری اسلامی سخن گفتند.")
    events = extract(text, published="2023-11-11")["events"]
    multi = [e for e in events if e["type"] == "multilateral_meeting"]
    assert len(multi) == 1 and {"احمد ابوالغیط", "حسین ابراهیم طه"} <= _names(multi[0])


@pytest.mark.parametrize("guest, role, country", [
    ("ملس تسفایه کمیسر کل پلیس فدرال اتیوپی", "official", "ET"),  # a police commissioner
    ("کوسرت رسول علی معاون دبیرکل اتحادیه میهنی کردستان", "official", "IQ"),  # a Kurdish party of Iraq
    ("جاسم احمد رئیس اتحادیه میهنی کردستان", "head_of_organization", "IQ"),
])
def test_api_a_guest_under_a_listed_title_makes_the_meeting(extract, guest, role, country):
    text = f"به گزارش ایرنا، محمدجواد ظریف وزیر امور خارجه امروز در تهران با {guest} دیدار کرد."
    events = extract(text, published="2019-01-16")["events"]
    assert len(events) == 1
    guest_part = [p for p in events[0]["participants"] if p["name"] != "محمدجواد ظریف"]
    assert [(p["role"]["code"], p["country"]) for p in guest_part] == [(role, country)]


def test_api_the_head_of_a_naval_academy_is_a_commander(extract):
    text = ("به گزارش مهر، وابسته دفاعی ایران در چین امروز در پکن با رئیس آکادمی نیروی دریایی چین دیدار کرد.")
    events = extract(text, published="2018-05-14")["events"]
    assert len(events) == 1 and ("military_commander", "CN") in _unnamed(events[0])


@pytest.mark.parametrize("banquet, hosts", [
    ("در ضیافت ناهاری که جو بایدن معاون رئیس جمهور و هیلاری کلینتون وزیر امور خارجه آمریکا به افتخار وی ترتیب "
     "داده بودند شرکت کرد و با آنان درباره انرژی گفتگو کرد", ["جو بایدن", "هیلاری کلینتون"]),
    ("در ضیافت شامی که جو بایدن معاون رئیس جمهور آمریکا در وزارت خارجه به افتخار او برگزار کرده بود شرکت کرد",
     ["جو بایدن"]),
])
def test_api_a_banquet_the_guest_attended_told_in_a_relative_clause_is_a_meeting(extract, banquet, hosts):
    # `X در ضیافتی که Y به افتخار وی ترتیب داده بود شرکت کرد`: Y gave the banquet for X, the two met there
    text = ("به گزارش ایرنا از واشنگتن، مانموهان سینگ نخست وزیر هند امروز در کاخ سفید با باراک اوباما رئیس جمهور "
            f"آمریکا دیدار و گفتگو کرد.\n\nنخست وزیر هند ظهر همان روز {banquet}.")
    events = extract(text, published="2009-11-24")["events"]
    assert sorted(sorted(_names(e)) for e in events) == [["باراک اوباما", "منموهان سینگ"],
                                                         sorted(hosts + ["منموهان سینگ"])]


@pytest.mark.parametrize("day", ["روز دوشنبه ۲۲ مارس", "۲۰ مارس"])
def test_api_a_day_of_the_same_week_in_an_undated_article_is_no_earlier_month(extract, day):
    # no publication date: `۲۲ مارس` two days before the talks of `۲۴ مارس` is the same trip, not a month back
    text = ("به گزارش ایسنا، شاه محمود قریشی وزیر امور خارجه پاکستان روز چهارشنبه ۲۴ مارس در واشنگتن با هیلاری "
            "کلینتون وزیر امور خارجه آمریکا دیدار کرد.\n\n"
            f"پیش از این دیدار، ژنرال اشفاق پرویز کیانی فرمانده ارتش پاکستان {day} در پنتاگون با رابرت گیتس وزیر "
            "دفاع آمریکا دیدار کرده بود.")
    events = extract(text)["events"]
    assert sorted(sorted(_names(e)) for e in events) == [["اشفاق پرویز کیانی", "رابرت گیتس"],
                                                         ["شاه محمود قریشی", "هیلاری کلینتون"]]


@pytest.mark.parametrize("name", ["«کی. پی. شارما اولی»", "«اس. ام. کریشنا عزیز»"])
def test_api_a_name_with_initials_in_guillemets_is_no_quotation(extract, name):
    # `با «کی. پی. شارما اولی» نخست‌وزیر نپال دیدار کرد`: four words and the dots of two initials, a name, not a quote
    text = ("به گزارش ایرنا، ویکرام میسری معاون وزیر امور خارجه هند روز دوشنبه در کاتماندو با "
            f"{name} نخست‌وزیر نپال دیدار کرد.")
    events = extract(text, published="2024-08-12")["events"]
    assert len(events) == 1 and ("head_of_government", "NP") in {
        ((p.get("role") or {}).get("code"), p.get("country")) for p in events[0]["participants"]}


@pytest.mark.parametrize("subject, counterpart, country", [
    ("والی فراه", "رئیس مرز دوغارون", "IR"),  # a border post's head (`رئیس مرز X`)
    ("استاندار سیستان و بلوچستان", "رئیس مرکز تجارتی ترمز", "UZ"),  # a city's centre (`رئیس مرکز ... ترمز`)
    ("استاندار گیلان", "رئیس دومای منطقه آستاراخان", "RU"),  # a region's duma
    ("نماینده ویژه سازمان ملل", "اعضای شورای ولایتی هرات", "AF"),
    ("معاون وزیر امور خارجه", "هماهنگ‌کننده مقیم سازمان ملل متحد در ایران", None),
    ("وزیر فرهنگ", "نماینده سازمان آموزشی، علمی و فرهنگی ملل متحد (یونسکو) در افغانستان", None),
])
def test_api_a_local_or_office_head_told_by_title_only_is_the_counterpart(extract, subject, counterpart, country):
    # `با رئیس مرز دوغارون ایران ملاقات نمود`, `با رئیس مرکز تجارتی ... ترمز دیدار کرد`: an office no title lists,
    # named after its place, is an official of the place's country (an international body's officer has none)
    text = f"کابل (خبرگزاری): {subject} امروز با {counterpart} دیدار کرد و درباره تجارت گفتگو کرد."
    events = extract(text, published="2023-07-16")["events"]
    assert len(events) == 1
    assert (None, "official", country) in [(p["name"], p["role"]["code"], p["country"])
                                           for p in events[0]["participants"]]


@pytest.mark.parametrize("place, head, country", [
    ("شهر اسفره", "رئیس این شهر", "TJ"), ("گذرگاه حاج عمران", "مدیر این گذرگاه", "IQ")])
def test_api_the_head_of_this_city_or_crossing_is_an_official_of_its_country(extract, place, head, country):
    # `سفیر ژاپن به شهر اسفره رفت و با رئیس این شهر دیدار کرد`: the head of the place just named
    text = f"تهران (خبرگزاری): سفیر ژاپن امروز به {place} رفت و با {head} دیدار کرد."
    events = extract(text, published="2009-09-29")["events"]
    assert len(events) == 1
    assert (None, "official", country) in [(p["name"], p["role"]["code"], p["country"])
                                           for p in events[0]["participants"]]


@pytest.mark.parametrize("delegation, country", [
    ("هیئت مرزبانی کشورمان", "IR"), ("هیئت سرحدی جانب چین", "CN"), ("هیئت مرزی پاکستان", "PK")])
def test_api_a_border_delegation_is_its_countrys_side(extract, delegation, country):
    # `هیئت مرزبانی کشورمان ... با والی نیمروز دیدار کرده بود`, `هیئت سرحدی جانب چین ... با رئیس ناحیه مرغاب`
    text = f"زاهدان (خبرگزاری تسنیم): {delegation} امروز در زرنج با والی نیمروز دیدار کرد."
    events = extract(text, published="2014-09-16")["events"]
    assert len(events) == 1
    assert {p["country"] for p in events[0]["participants"]} == {country, "AF"}


@pytest.mark.parametrize("lead", ["به رهبری", "به ریاست"])
def test_api_a_group_told_by_title_and_led_by_one_named_is_that_one(extract, lead):
    # `اعضای شورای ولایتی بلخ به رهبری X، رئیس این شورا، با سرکنسول ... دیدار کردند`: X, not the group besides him
    text = (f"مزارشریف (خبرگزاری): اعضای شورای ولایتی هرات {lead} کامران علیزایی، رئیس این شورا، روز یکشنبه "
            "با سرکنسول ایران در هرات دیدار کردند.")
    events = extract(text, published="2019-01-14")["events"]
    assert len(events) == 1
    assert [(p["name"], p["role"]["code"]) for p in events[0]["participants"]] == [
        ("کامران علیزایی", "official"), (None, "ambassador")]


@pytest.mark.parametrize("told, attendee", [
    ("وزیر خارجه قزاقستان نیز با قدردانی از حضور هیئت ایرانی در این اجلاس گفت همکاری دو کشور رو به گسترش است.",
     "حسین امیرعبداللهیان"),
    ("مختار تلئوبردی نیز حضور خود در این اجلاس را نشانه اهمیت همکاری منطقه‌ای دانست.", "مختار تلئوبردی"),
    ("سخنگوی وزارت خارجه نیز گفت حضور وزیر خارجه در این اجلاس فرصتی برای تبیین مواضع ایران است.",
     "حسین امیرعبداللهیان"),
])
def test_api_attendance_told_by_a_noun_at_the_sidelined_session_is_that_session(extract, told, attendee):
    # `با قدردانی از حضور هیئت ایرانی در این اجلاس`, `حضور خود در این اجلاس را ... دانست`: one of the sideline contact's
    # people was at the session, which is its own multilateral event
    text = ("آستانه - ایرنا - حسین امیرعبداللهیان وزیر امور خارجه کشورمان امروز در حاشیه اجلاس وزیران خارجه "
            "سازمان همکاری شانگهای در آستانه با مختار تلئوبردی وزیر امور خارجه قزاقستان دیدار و گفت‌وگو کرد. " + told)
    events = extract(text, published="2023-04-28")["events"]
    sessions = [e for e in events if e["type"] == "multilateral_meeting"]
    assert len(events) == 2 and len(sessions) == 1 and _names(sessions[0]) == {attendee}
    assert sessions[0]["date"]["value"] == "2023-04-28" and sessions[0]["location"]["name_en"] == "Astana"


@pytest.mark.parametrize("told", [
    "وزیر خارجه قزاقستان نیز حضور خود در این اجلاس را تأیید کرد.",
    "سخنگوی وزارت خارجه درباره حضور وزیر خارجه در این اجلاس توضیح داد.",
    "وزیر خارجه کشورمان برای حضور در این اجلاس به آستانه رفته است.",
])
def test_api_attendance_noun_to_come_or_spoken_about_is_no_session(extract, told):
    text = ("آستانه - ایرنا - حسین امیرعبداللهیان وزیر امور خارجه کشورمان امروز در حاشیه اجلاس وزیران خارجه "
            "سازمان همکاری شانگهای در آستانه با مختار تلئوبردی وزیر امور خارجه قزاقستان دیدار و گفت‌وگو کرد. " + told)
    events = extract(text, published="2023-04-28")["events"]
    assert [e["type"] for e in events] == ["meeting"]


@pytest.mark.parametrize("told", [
    "روز گذشته نیز وزیر امور خارجه کشورمان در مراسم گشایش اجلاس شرکت کرد و در حاشیه آن با وزیر خارجه ازبکستان "
    "دیدار کرد.",
    "وزیر امور خارجه کشورمان در جلسه افتتاحیه حضور داشت.",
    "حسین امیرعبداللهیان امروز در این اجلاس سخنرانی کرد.",
])
def test_api_sideline_official_attending_the_session_later_told_is_that_session(extract, told):
    # `X در مراسم گشایش اجلاس شرکت کرد و در حاشیه آن با Z دیدار کرد`, `X در جلسه افتتاحیه حضور داشت` after his talks on
    # the session's sidelines: he attended the session
    text = ("آستانه - ایرنا - حسین امیرعبداللهیان وزیر امور خارجه کشورمان امروز در حاشیه اجلاس وزیران خارجه "
            "سازمان همکاری شانگهای در آستانه با مختار تلئوبردی وزیر امور خارجه قزاقستان دیدار و گفت‌وگو کرد. " + told)
    events = extract(text, published="2023-04-28")["events"]
    sessions = [e for e in events if e["type"] == "multilateral_meeting"]
    assert len(sessions) == 1 and _names(sessions[0]) == {"حسین امیرعبداللهیان"}
    assert sessions[0]["location"]["name_en"] == "Astana"


@pytest.mark.parametrize("told", [
    "وزیر امور خارجه کشورمان فردا در جلسه افتتاحیه حضور خواهد داشت.",
    "وزیر امور خارجه کشورمان سال گذشته نیز در این اجلاس شرکت کرده بود.",
    "وزیر امور خارجه کشورمان در دیدار با سفیر چین نیز حضور داشت.",
])
def test_api_sideline_official_attending_later_or_before_or_elsewhere_is_no_session(extract, told):
    text = ("آستانه - ایرنا - حسین امیرعبداللهیان وزیر امور خارجه کشورمان امروز در حاشیه اجلاس وزیران خارجه "
            "سازمان همکاری شانگهای در آستانه با مختار تلئوبردی وزیر امور خارجه قزاقستان دیدار و گفت‌وگو کرد. " + told)
    events = extract(text, published="2023-04-28")["events"]
    assert "multilateral_meeting" not in [e["type"] for e in events]


def test_api_sideline_official_attending_a_round_of_talks_adds_no_session(extract):
    # (a session already told as a round of talks gets no second event)
    text = ("اسلام‌آباد (پژواک): سومین دور مذاکرات گروه هماهنگی چهارجانبه امروز در اسلام‌آباد برگزار شد. هیئت افغانستان "
            "را حکمت خلیل کرزی معین سیاسی وزارت امور خارجه رهبری می‌کرد و اعزاز احمد چودری معین وزارت خارجه پاکستان و "
            "ریچارد اولسون نماینده خاص امریکا نیز حضور داشتند. در حاشیه این نشست، کرزی با چودری دیدار کرد. "
            "چودری نیز در نشست عمومی حضور داشت.")
    events = extract(text, published="2016-02-06")["events"]
    assert "negotiation" in [e["type"] for e in events] and "multilateral_meeting" not in [e["type"] for e in events]


@pytest.mark.parametrize("text, expected", [
    ("تهران- ایرنا- دور تازه رایزنی‌های سیاسی ایران و اتریش امروز در وین برگزار شد. علی باقری معاون وزیر امور خارجه "
     "کشورمان امروز با الکساندر شالنبرگ وزیر امور خارجه اتریش دیدار کرد.", "meeting"),
    ("تهران- ایرنا- دور تازه رایزنی‌های سیاسی ایران و اتریش امروز در وین برگزار شد. علی باقری معاون وزیر امور خارجه "
     "کشورمان امروز با الکساندر فان‌در‌بلن رئیس‌جمهور اتریش دیدار کرد.", "meeting"),
    ("تهران- ایرنا- دور تازه رایزنی‌های سیاسی ایران و اتریش امروز در وین برگزار شد. علی باقری معاون وزیر امور خارجه "
     "کشورمان امروز با پیتر لاونسکی معاون وزیر امور خارجه اتریش گفت‌وگو کرد.", "negotiation")])
def test_api_a_delegates_call_on_a_senior_host_is_no_round_of_talks(extract, text, expected):
    """A deputy foreign minister received by a foreign minister or head of state of the other state pays a call, a
    meeting even when the lead tells a round of talks; with his peer he holds the round."""
    assert [e["type"] for e in extract(text, published="2016-11-30")["events"]] == [expected]


@pytest.mark.parametrize("own", ["نخستین دیدار رسمی خود را", "دیدار رسمی خود را", "ملاقات رسمی خود را"])
def test_api_an_official_meeting_of_his_own_carried_out_is_a_contact(extract, own):
    """`نخستین دیدار رسمی خود را روز دوشنبه با X انجام داد`: the meeting he held, apart from a later one in another
    city with someone of the same office known only by title."""
    text = ("تهران- ایرنا- امیر دریادار حبیب‌الله سیاری فرمانده نیروی دریایی ارتش که یکشنبه شب وارد پکن شد، "
            f"{own} روز دوشنبه با دریاسالار وو شنگ‌لی فرمانده نیروی دریایی ارتش چین انجام داد. "
            "سیاری امروز با سفر به شهر بندری چینگدائو، با فرمانده ناوگان دریای شمال چین دیدار کرد.")
    events = extract(text, published="2014-10-22")["events"]
    assert len(events) == 2 and "وو شنگ‌لی" in " ".join(p["name"] or "" for p in events[0]["participants"])


@pytest.mark.parametrize("first, second", [("دور سوم", "دور دوم"), ("سومین دور", "دومین دور"),
                                           ("دومین دور", "دور اول")])
def test_api_two_rounds_told_held_with_their_ordinals_are_two_events(extract, first, second):
    """`دور سوم مذاکرات ... امروز برگزار شد؛ ... دور دوم این مذاکرات روز چهارشنبه ... برگزار شده بود`: two rounds, each
    an event of its own, not one session told twice."""
    text = (f"به گزارش ایرنا، {first} مذاکرات غیرمستقیم لبنان و رژیم صهیونیستی امروز پنجشنبه در ناقوره برگزار شد؛ یک "
            f"روز پس از آنکه {second} این مذاکرات روز چهارشنبه در همین محل برگزار شده بود. هیئت لبنانی در هر دو دور به "
            "ریاست سرتیپ بسام یاسین و هیئت صهیونیستی به ریاست اودی ادیری حضور داشتند.")
    events = extract(text, published="2020-10-29")["events"]
    assert [e["type"] for e in events] == ["negotiation", "negotiation"]


@pytest.mark.parametrize("lead", [
    "هیئت کشورمان به ریاست محمد رضایی معاون وزیر صنعت در این نمایشگاه شرکت کرد.",
    "محمد رضایی معاون وزیر صنعت که در راس یک هیئت ۴۰ نفری از تاجران ایرانی به کابل آمده است، از این نمایشگاه دیدن کرد.",
])
@pytest.mark.parametrize("head", ["رئیس هیئت ایرانی", "سرپرست هیئت ایرانی"])
def test_api_the_head_of_a_delegation_is_its_leader_named_before(extract, lead, head):
    # `رئیس هیئت ایرانی ... دیدار کرد` after `هیئت کشورمان به ریاست X` / `X که در راس هیئتی ...`: X met him
    text = (f"کابل (خبرگزاری): {lead} "
            f"{head} روز دوشنبه در کابل با عبدالرحمن نورزی رئیس اتاق تجارت افغانستان دیدار کرد.")
    events = extract(text, published="2023-05-16")["events"]
    met = [e for e in events if "عبدالرحمن نورزی" in _names(e)]
    assert len(met) == 1 and _names(met[0]) == {"محمد رضایی", "عبدالرحمن نورزی"}


@pytest.mark.parametrize("present", ["وابسته دفاعی سفارت پاکستان در تهران", "سفیر پاکستان در تهران"])
def test_api_the_titled_head_of_a_delegation_met_joins_one_of_his_state_present(extract, present):
    # `با هیئت نظامی X که به ریاست <title> این کشور ... سفر کرده است دیدار کرد. <another of X> نیز در این دیدار حضور
    # داشت`: the delegation's head met him, besides the one of his state present
    text = ("تهران (خبرگزاری): سرلشکر محمد باقری رئیس ستاد کل نیروهای مسلح امروز در دیدار با هیئت نظامی پاکستان که "
            "به ریاست معاون رئیس ستاد مشترک ارتش این کشور به تهران سفر کرده است، بر همکاری مرزی تأکید کرد. "
            f"{present} نیز در این دیدار حضور داشت.")
    events = extract(text, published="2024-05-14")["events"]
    assert len(events) == 1 and ("deputy_chief_of_general_staff", "PK") in _unnamed(events[0])


def test_api_opener_of_the_session_a_sideline_official_attended_is_at_it(extract):
    # `کنفرانس ... با سخنرانی شویگو آغاز شد و X، وزیر دفاع کشورمان، نیز در نشست افتتاحیه حضور یافت`: X (the nearest
    # subject, one of the sideline contact's people) attended, and so did the named speaker who opened the session
    text = ("مسکو - تسنیم - کنفرانس امنیت بین‌المللی مسکو صبح امروز با سخنرانی سرگئی شویگو وزیر دفاع روسیه آغاز شد و "
            "امیر حاتمی، وزیر دفاع کشورمان، نیز در نشست افتتاحیه حضور یافت. "
            "حاتمی ظهر امروز در حاشیه این کنفرانس با نبویشا استفانوویچ وزیر دفاع صربستان دیدار کرد.")
    events = extract(text, published="2021-06-23")["events"]
    sessions = [e for e in events if e["type"] == "multilateral_meeting"]
    assert len(sessions) == 1 and _names(sessions[0]) == {"امیر حاتمی", "سرگئی شویگو"}


@pytest.mark.parametrize("body", ["اتحادیه اروپا", "سازمان ملل متحد"])
def test_api_a_body_inside_a_plural_titles_list_of_countries_does_not_end_it(extract, body):
    # `با نمایندگان ویژه امریکا، فرانسه، اتحادیه اروپا و نروژ دیدار کرد`: the countries after the body are listed too
    text = ("کابل (خبرگزاری): امیرخان متقی سرپرست وزارت خارجه روز دوشنبه در اسلو با نمایندگان ویژه امریکا، بریتانیا، "
            f"فرانسه، {body} و نروژ دیدار کرد.")
    events = extract(text, published="2022-01-25")["events"]
    assert len(events) == 1 and {("official", c) for c in ("US", "GB", "FR", "NO")} <= _unnamed(events[0])


@pytest.mark.parametrize("opening", ["مراسم افتتاح", "مراسم افتتاحیه", "مراسم گشایش"])
def test_api_people_present_at_the_opening_ceremony_attended_the_session_told(extract, opening):
    # `کنفرانس ... آغاز به کار کرد. در مراسم افتتاح X و Y حضور داشتند`: they attended the session just told
    text = ("دوشنبه (خبرگزاری): امروز در کاخ ملت کنفرانس بین‌المللی آب با سخنرانی امامعلی رحمان رئیس جمهوری تاجیکستان "
            f"و شوکت میرضیایف رئیس‌جمهور ازبکستان آغاز به کار کرد. در {opening} احمد ابوالغیط دبیرکل اتحادیه عرب و "
            "آنتونیو گوترش دبیرکل سازمان ملل حضور داشتند.")
    events = extract(text, published="2025-05-30")["events"]
    assert len(events) == 1 and {"احمد ابوالغیط", "آنتونیو گوترش"} <= _names(events[0])


@pytest.mark.parametrize("met", ["دیدار دوجانبه کرد", "دیدار دو جانبه‌ای داشت", "ملاقات خصوصی کرد", "دیدار کوتاهی داشت"])
def test_api_a_meeting_verb_with_an_adjective_is_a_contact(extract, met):
    # `پس از نشست سه‌جانبه، با رئیس جمهور ترکمنستان دیدار دوجانبه کرد`: the adjective between noun and light verb
    text = ("به گزارش طلوع‌نیوز، حامد کرزی، قربانقلی بردی‌محمداف و امامعلی رحمان امروز در آتامراد در یک نشست "
            "سه‌جانبه درباره خط آهن گفتگو کردند.\n\n"
            f"حامد کرزی پس از نشست سه‌جانبه، با قربانقلی بردی‌محمداف رئیس جمهور ترکمنستان {met}.")
    events = extract(text, published="2013-06-06")["events"]
    assert sorted(sorted(_names(e)) for e in events) == [
        ["امامعلی رحمان", "حامد کرزی", "قربانقلی بردی‌محمداف"], ["حامد کرزی", "قربانقلی بردی‌محمداف"]]


@pytest.mark.parametrize("rest", ["آغاز شده است و قرار است تا روز جمعه ادامه یابد",
                                  "آغاز شد و تا روز جمعه ادامه خواهد داشت"])
def test_api_a_round_begun_whose_continuation_is_to_come_happened(extract, rest):
    """`... در ژنو آغاز شده است و قرار است تا روز جمعه ادامه یابد`: the round began; only its continuation is to
    come."""
    text = ("به گزارش ایرنا، هشتمین دور نشست‌های کمیته قانون اساسی سوریه روز دوشنبه با حضور احمد الکزبری رئیس هیئت "
            f"دولت سوریه و هادی البحره رئیس هیئت مخالفان در ژنو {rest}.")
    events = extract(text, published="2022-06-01")["events"]
    assert [e["type"] for e in events] == ["negotiation"]


@pytest.mark.parametrize("headline", [True, False])
def test_api_the_first_word_of_a_two_word_surname_is_the_one_named_in_full(extract, headline):
    # `باقری همچنین با «ژانگ مینگ» ... دیدار کرد` after `علی باقری کنی`: the first word of the registered surname
    # (also when a headline told it before the full name)
    text = ("باقری با همتای قزاق دیدار کرد\n\n" if headline else "") + (
        "آستانه (خبرگزاری): علی باقری کنی سرپرست وزارت امور خارجه امروز با مراد نورتلئو وزیر امور خارجه قزاقستان "
        "دیدار کرد. باقری همچنین در محل اجلاس با «ژانگ مینگ» دبیرکل سازمان همکاری شانگهای دیدار کرد.")
    events = extract(text, published="2024-07-03")["events"]
    assert len(events) == 2 and {frozenset(_names(e)) for e in events} == {
        frozenset({"ژانگ مینگ", "علی باقری کنی"}), frozenset({"علی باقری کنی", "مراد نورتلئو"})}


def test_api_the_registered_surname_inside_a_longer_told_name_names_him(extract):
    # `با رودریگز دیدار کرد` after `برونو رودریگز پاریا`: the register's surname, not the told name's last word
    text = ("هاوانا (خبرگزاری): منوچهر متکی وزیر امور خارجه کشورمان امروز در اجلاسی به ریاست برونو رودریگز پاریا "
            "وزیر امور خارجه کوبا سخنرانی کرد. وزیر امور خارجه کشورمان همان روز با رودریگز دیدار کرد و دو طرف بر "
            "همکاری تأکید کردند.")
    events = extract(text, published="2009-04-29")["events"]
    assert any(e["type"] == "meeting" and _names(e) == {"منوچهر متکی", "برونو رودریگز"} for e in events)


@pytest.mark.parametrize("office", ["پلیس", "پولیس"])
def test_api_a_delegation_of_a_local_office_is_of_its_places_country(extract, office):
    # `هیئت پلیس هرات ... با معاون سیاسی امنیتی استاندار خراسان رضوی دیدار کرد`: of Herat's country
    text = f"مشهد (خبرگزاری): هیئت {office} هرات امروز در مشهد با معاون استاندار خراسان رضوی دیدار کرد."
    events = extract(text, published="2009-07-15")["events"]
    assert len(events) == 1 and {p["country"] for p in events[0]["participants"]} == {"AF", "IR"}


def test_api_philemon_is_a_given_name(extract):
    # `رئیس جمهوری تاجیکستان با فیلمون یانگ ملاقات کرد`: a name no title follows
    text = ("دوشنبه (خاور): در حاشیه کنفرانس یخچال‌ها، رئیس جمهوری تاجیکستان امروز با فیلمون یانگ ملاقات کرد.")
    events = extract(text, published="2025-05-30")["events"]
    assert len(events) == 1 and "فیلمون یانگ" in _names(events[0])


@pytest.mark.parametrize("apart", ["در دیدارهایی جداگانه با هر یک از این سه سفیر", "جداگانه با هر یک از آنان"])
def test_api_ambassadors_summoned_and_then_met_each_apart_are_a_summons_each(extract, apart):
    # `سفرای انگلیس، فرانسه و آلمان ... احضار شدند. مدیرکل ... در دیدارهایی جداگانه با هر یک از این سه سفیر ...`
    text = ("تهران (خبرگزاری فارس): سفرای انگلیس، فرانسه و آلمان امروز به وزارت امور خارجه احضار شدند. "
            f"مدیرکل اروپای غربی وزارت امور خارجه {apart}، اعتراض ایران را ابلاغ کرد.")
    events = extract(text, published="2024-04-14")["events"]
    assert sorted(e["type"] for e in events) == ["meeting"] * 3
    assert sorted(next(p["country"] for p in e["participants"] if p["role"]["code"] == "ambassador")
                  for e in events) == ["DE", "FR", "GB"]


def test_api_a_session_co_chaired_by_two_met_after_is_the_session_attended_not_a_summary(extract):
    text = ("به گزارش خاور، جینبیک کولوبایف وزیر امور خارجه قرقیزستان امروز در نشست وزیران امور خارجه کشورهای عضو "
            "سازمان همکاری شانگهای که در شهر تاشکند برگزار شد، شرکت و سخنرانی کرد.\n\nاین نشست با ریاست مشترک "
            "بختیار سعیدوف وزیر امور خارجه ازبکستان و مراد نورتلیو وزیر امور خارجه قزاقستان برگزار گردید.\n\n"
            "در حاشیه این نشست، کولوبایف با بختیار سعیدوف دیدار کرد.\n\nکولوبایف همچنین با مراد نورتلیو دیدار کرد.")
    events = extract(text, published="2024-05-21")["events"]
    assert sorted(e["type"] for e in events) == ["meeting", "meeting", "multilateral_meeting"]
    session = next(e for e in events if e["type"] == "multilateral_meeting")
    assert sorted(p["country"] for p in session["participants"]) == ["KG", "KZ", "UZ"]


def test_api_a_session_attended_then_told_held_after_a_sentence_without_a_contact_is_one_event(extract):
    text = ("به گزارش خاور، هیئت پارلمانی تاجیکستان به ریاست رستم امامعلی رئیس مجلس ملی امروز در اجلاس عمومی مجمع "
            "بین‌المجالس کشورهای مستقل همسود در شهر سن‌پترزبورگ شرکت کرد. چند نماینده مجلس نمایندگان نیز عضو این "
            "هیئت هستند.\n\nاجلاس به ریاست والنتینا ماتوینکو رئیس شورای فدراسیون روسیه برگزار شد و در آن هیئت‌های "
            "پارلمانی ارمنستان و بلاروس نیز حضور داشتند.")
    events = extract(text, published="2023-04-14")["events"]
    assert len(events) == 1 and events[0]["type"] == "multilateral_meeting"
    assert {"TJ", "RU"} <= {p["country"] for p in events[0]["participants"]}


def test_api_the_rest_of_a_session_held_under_another_chair_is_that_session(extract):
    text = ("به گزارش ایسنا، اجلاس سران سازمان همکاری اسلامی امروز در استانبول با سخنرانی حسن روحانی رئیس‌جمهور "
            "کشورمان آغاز شد. روحانی ریاست دوره‌ای سازمان را به رجب طیب اردوغان رئیس‌جمهور ترکیه سپرد و ادامه نشست "
            "به ریاست اردوغان برگزار شد.")
    events = extract(text, published="2016-04-14")["events"]
    assert len(events) == 1 and events[0]["type"] == "multilateral_meeting"
    assert {p["country"] for p in events[0]["participants"]} == {"IR", "TR"}


def test_api_a_bare_meeting_noun_opening_a_sentence_before_that_is_the_meeting_just_told(extract):
    text = ("به گزارش خاور، وزیر امور خارجه تاجیکستان سراج‌الدین مهرالدین امروز در دوشنبه با سرگئی لاوروف وزیر امور "
            "خارجه روسیه ملاقات کرد.\n\nدر ملاقات، که با اشتراک سفیر فوق‌العاده و تام‌الاختیار روسیه در تاجیکستان "
            "سیمیون گریگوریف برگزار شد، جانبین وضع همکاری‌های دوجانبه را بررسی کردند.")
    events = extract(text, published="2024-03-05")["events"]
    assert len(events) == 1 and "سیمیون گریگوریف" in _names(events[0])


def test_api_bare_plural_talks_opening_a_sentence_are_the_talks_just_told(extract):
    text = ("به گزارش خاور، امامعلی رحمان رئیس‌جمهور تاجیکستان امروز در پکن با شی جین‌پینگ رئیس‌جمهور چین دیدار و "
            "گفتگو کرد.\n\nگفتگوها در آغاز رو در رو انجام شد و سپس در قالب گسترده با شرکت اعضای هیئت‌ها ادامه یافت. از "
            "جانب تاجیکستان سراج‌الدین مهرالدین وزیر امور خارجه و از جانب چین وانگ یی وزیر امور خارجه در مذاکرات "
            "گسترده حضور داشتند.")
    events = extract(text, published="2019-06-14")["events"]
    assert len(events) == 1 and {"امامعلی رحمان", "شی جین‌پینگ", "وانگ یی"} <= _names(events[0])


@pytest.mark.parametrize("verb", ["برگزار شد", "انجام شد"])
def test_api_who_talked_in_this_meeting_told_in_a_relative_clause_talked_at_it(extract, verb):
    text = ("باکو- ایرنا- خلوصی آکار وزیر دفاع ملی ترکیه و ژنرال یاشار گولر رئیس ستاد کل ارتش این کشور که برای رایزنی "
            "درباره همکاری‌های نظامی به باکو سفر کرده‌اند، امروز (دوشنبه) با وزیر دفاع و رئیس ستاد کل نیروهای مسلح "
            "جمهوری آذربایجان دیدار کردند.\n\nبه گزارش ایرنا، در این دیدار که در محل وزارت دفاع جمهوری آذربایجان "
            f"{verb}، سرهنگ‌ژنرال ذاکر حسن‌اف و سرهنگ‌ژنرال کریم ولی‌اف به همراه مقامات ترکیه‌ای درباره رزمایش‌های "
            "مشترک دو کشور گفت‌وگو کردند.")
    events = extract(text, published="2021-02-01")["events"]
    assert len(events) == 1 and {"ذاکر حسن‌اف", "کریم ولی‌اف"} <= _names(events[0])


def test_api_a_part_of_separate_meetings_told_on_two_days_is_the_one_told_later_on_its_day(extract):
    text = ("به گزارش ایلنا، عباس عراقچی وزیر امور خارجه کشورمان روز گذشته و امروز در دو دیدار جداگانه با همتایان "
            "عمانی و قطری خود درباره تحولات منطقه گفت‌وگو کرد.\n\nعراقچی روز گذشته در دیدار با بدر البوسعیدی وزیر "
            "امور خارجه عمان بر گسترش روابط دو کشور تأکید کرد.\n\nوزیر امور خارجه کشورمان امروز سه‌شنبه نیز میزبان "
            "محمد بن عبدالرحمن آل ثانی وزیر امور خارجه قطر بود.")
    events = extract(text, published="2025-01-14")["events"]
    assert sorted(e["date"]["value"] for e in events) == ["2025-01-13", "2025-01-14"]
