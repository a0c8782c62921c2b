"""meeting_location: places tied to an action by a cue."""
import pytest


@pytest.mark.parametrize(
    "text, place, rule",
    [
        ("وزیر خارجه در تهران با همتای خود دیدار کرد", "tehran", "fa.location.in"),
        ("وزیر دفاع که به مسکو سفر کرده است با همتای خود دیدار کرد", "moscow", "fa.location.travel_to"),
        ("رئیس جمهور صبح امروز وارد بغداد شد", "baghdad", "fa.location.arrived"),
        ("به گزارش خبرنگار ما از دوشنبه؛ وزیر دفاع گفت", None, None),
        ("به گزارش خبرنگار ما از ژنو؛ وزیر خارجه گفت", "geneva", "fa.location.dateline"),
        ("در سفر به سن‌پترزبورگ با فرمانده نیروی دریایی دیدار کرد", "saint-petersburg", "fa.location.travel_to"),
        ("به گزارش خبرنگار اعزامی ایرنا به مسکو، وزیر خارجه گفت", "moscow", "fa.location.dateline"),
        ("مشهد- ایسنا- استاندار خراسان رضوی با سرکنسول افغانستان دیدار کرد", "mashhad", "fa.location.dateline"),
        ("رئیس‌جمهور در کاخ میرافلورس کاراکاس مورد استقبال قرار گرفت", "caracas", "fa.location.in"),
        # a city named, then "the capital of" its country
        ("ظریف که به الجزیره پایتخت الجزایر سفر کرده است با همتای خود دیدار کرد", "algiers", "fa.location.travel_to"),
        ("به گزارش خبرنگار اعزامی خبرگزاری صدا و سیما به مسکو، وزیر خارجه گفت", "moscow", "fa.location.dateline"),
    ],
)
def test_location_cues(run, text, place, rule):
    found = [(loc.key, loc.rule) for loc in run(text)._.locations]
    if place is None:
        assert found == []
    else:
        assert (place, rule) in found, found


def test_location_capital_of_a_country_is_its_capital_city(extract):
    text = "عراقچی عصر امروز وارد پایتخت روسیه شد و با سرگئی لاوروف دیدار کرد."
    location = extract(text, published="2024-10-10")["events"][0]["location"]
    assert (location["name_en"], location["country"]) == ("Moscow", "RU")
    assert text[location["evidence"]["start"]:location["evidence"]["end"]] == location["evidence"]["text"]


@pytest.mark.parametrize("text", [
    "به گزارش ایسنا، وزیر دفاع بلاروس که از روز سه‌شنبه در تهران به سر می‌برد، امروز با فرمانده ارتش دیدار کرد.",
    "به گزارش ایرنا، آشتیانی در این دیدار که در ساختمان وزارت دفاع در تهران برگزار شد، با دیمیتری شوگایف گفت‌وگو کرد.",
])
def test_location_a_visitors_stay_or_a_clause_about_the_meeting_places_it(extract, text):
    event = extract(text, published="2023-10-04")["events"][0]
    assert event["location"]["name_en"] == "Tehran"


@pytest.mark.parametrize("text, place", [
    ("هیئت طالبان امروز در وزارت امور خارجه روسیه با ضمیر کابلوف دیدار کرد", "moscow"),
    ("وزیر دفاع در ساختمان وزارت دفاع ترکیه با همتای خود گفت‌وگو کرد", "ankara"),
    ("باقری کنی با محمد الخلیفی وزیر مشاور در وزارت امور خارجه قطر دیدار کرد", None),
])
def test_location_a_ministrys_building_is_in_its_countrys_capital(run, text, place):
    found = [loc.key for loc in run(text)._.locations]
    assert found == ([place] if place else [])


def test_location_an_ambassador_posted_to_a_country_meets_in_its_capital(extract):
    text = ("به گزارش آسیا پلاس، محمدتقی صابری سفیر جمهوری اسلامی ایران در تاجیکستان امروز طی مراسمی استوارنامه "
            "خود را به امامعلی رحمان رئیس‌جمهور تاجیکستان تقدیم کرد.")
    location = extract(text, published="2019-10-15")["events"][0]["location"]
    assert (location["name_en"], location["country"]) == ("Dushanbe", "TJ")


def test_location_a_session_held_by_video_took_place_nowhere(extract):
    text = ("دوشنبه، ۱۶ ژوئیه (خاور) – سراج‌الدین مهرالدین وزیر امور خارجه تاجیکستان امروز در نشست وزیران امور خارجه "
            "کشورهای آسیای مرکزی و چین که به صورت ویدئوکنفرانس برگزار شد، شرکت کرد. وانگ یی و مختار تلیوبردی نیز "
            "در این نشست حضور داشتند.")
    events = extract(text, published="2020-07-16")["events"]
    assert [e["location"] for e in events] == [None]


def test_location_a_city_a_venue_lies_south_of_is_not_its_place(run):
    found = [loc.key for loc in run("رئیس‌جمهور در کاخ بوگور در جنوب جاکارتا مورد استقبال قرار گرفت")._.locations]
    assert "bogor" in found and "jakarta" not in found


def test_location_a_trip_to_this_country_is_read_in_token_order(run):
    text = ("وزیر خارجه که برای عرض تسلیت امیر فقید کویت به این کشور سفر کرده است، امروز در کاخ بیان با امیر جدید "
            "کویت دیدار کرد. وی سپس در شهر کویت با نخست‌وزیر دیدار کرد.")
    locations = run(text)._.locations
    assert any(loc.rule == "fa.location.travel_to" and loc.key == "KW" for loc in locations)
    assert [loc.place_start for loc in locations] == sorted(loc.place_start for loc in locations)


@pytest.mark.parametrize("text, city", [
    ("امامعلی رحمان امروز در کاخ ملت با سفیر چین دیدار کرد.", "Dushanbe"),
    ("جواد ظریف امروز در کاخ ملت‌ها با آنتونیو گوترش دیدار کرد.", "Geneva"),
    ("عبدالله عبدالله امروز در قصر سپیدار با سفیر چین دیدار کرد.", "Kabul"),
])
def test_location_a_presidential_palace_places_the_meeting_in_its_capital(extract, text, city):
    assert extract(text, published="2019-03-01")["events"][0]["location"]["name_en"] == city


@pytest.mark.parametrize("text, key", [
    ("رئیس جمهور امروز در شهر قازان با رئیس تاتارستان دیدار کرد.", "kazan"),
    ("رئیس جمهور امروز در بورابای با رئیس جمهور قزاقستان دیدار کرد.", "burabay"),
])
def test_location_central_asian_spellings_of_summit_towns(run, text, key):
    assert key in [loc.key for loc in run(text)._.locations]
