"""meeting_triggers: which words report a contact, its type and its status."""
import pytest


@pytest.mark.parametrize(
    "text, label, meta",
    [
        ("با همتای خود دیدار و گفتگو کرد", "meeting", "strong:actual"),
        ("با همتای خود دیدار و گفت‌وگو کردند", "meeting", "strong:actual"),
        ("با همتای خود دیدار و گفت و گو کرد", "meeting", "strong:actual"),
        ("با وزیر خارجه ملاقات کرد", "meeting", "strong:actual"),
        ("در دیدار با وزیر خارجه گفت", "meeting", "strong:actual"),
        ("رهبر انقلاب در دیدار «میشل سلیمان» رئیس‌جمهور لبنان گفت", "meeting", "strong:actual"),
        ("با همتای ترکیه ای خود تلفنی گفتگو کرد", "phone_call", "strong:actual"),
        ("در گفتگوی تلفنی با همتای خود", "phone_call", "strong:actual"),
        ("در تماس‌های تلفنی جداگانه با همتایان خود", "phone_call", "strong:actual"),
        ("در مکالمه‌ای تلفنی با وزیر خارجه", "phone_call", "strong:actual"),
        ("دیروز با کرزی تیلفونی صحبت کرد", "phone_call", "strong:actual"),
        ("نیز در تماس جداگانه‌ای با ظریف ابراز همدردی کرد", "phone_call", "strong:actual"),
        ("معین سیاسی سفیر پاکستان را به این وزارت فراخواند", "meeting", "strong:actual"),
        ("وزیر خارجه سفیر آلمان را احضار کرد", "meeting", "strong:actual"),
        ("در ارتباط تصویری با رئیس‌جمهور چین", "phone_call", "strong:actual"),
        ("با وزیر خارجه قزاقستان صحبت تلفنی انجام داد", "phone_call", "strong:actual"),  # Tajik outlets' wording
        ("در جریان صحبت تلفنی طرفین مسایل روابط را بررسی نمودند", "phone_call", "strong:actual"),
        ("در گفت‌وگویی تلفنی با همتای ازبک خود", "phone_call", "strong:actual"),
        ("با همتای خود به صورت تصویری گفتگو کرد", "phone_call", "strong:actual"),
        ("صبح امروز وارد مسکو شد", "visit", "strong:actual"),
        ("هفته آینده با وزیر خارجه دیدار خواهد کرد", "meeting", "strong:planned"),
        ("سفر وزیر خارجه به ریاض لغو شد", "meeting", "weak:cancelled"),
        ("دو هیئت مذاکره کردند", "meeting", "strong:actual"),
        ("ملاقات و گفتگوی سران دو کشور در قالب محدود ادامه یافت", "meeting", "strong:actual"),  # Khovar's wording
        ("رئیس جمهور اعتمادنامه‌های سفیران هند و ژاپن را قبول نمود", "meeting", "strong:actual"),  # Tajik wording
        ("با وزیر دفاع آلمان دیدار کوتاهی داشته است", "meeting", "strong:actual"),
        ("شب گذشته با مشاور امنیت ملی پاکستان تیلفونی گپ زده است", "phone_call", "strong:actual"),  # Dari: chatted
        ("ریاست ششمین نشست کمیسیون مشترک همکاری‌های اقتصادی دو کشور را بر عهده داشت", "meeting", "strong:actual"),
        ("لاوروف امروز نشستی سه‌جانبه با وزیران خارجه آذربایجان و ارمنستان برگزار کرد", "meeting", "strong:actual"),
        ("دور تازه‌ای از رایزنی‌های سیاسی دو کشور برگزار شد", "negotiation", "strong:actual"),
        ("دور جدید مشورت‌های سیاسی دو کشور در رم برگزار شد", "negotiation", "strong:actual"),
        ("بیست و دومین دور روند آستانه در پایتخت قزاقستان به پایان رسید", "negotiation", "strong:actual"),
        ("با سفیر ترکمنستان دیدار و گفت‌وگو شد", "meeting", "strong:actual"),
        ("دومین نشست شورای مشارکت استراتژیک افغانستان و هند برگزار شد", "negotiation", "weak:actual"),
        ("با وزیر خارجه روسیه دیداری داشت", "meeting", "strong:actual"),
        ("با همتای خود گفت‌وگویی صمیمانه داشتند", "meeting", "strong:actual"),
        ("دو طرف رایزنی‌هایی انجام دادند", "meeting", "strong:actual"),
        # a farewell meeting held (`دیدار خداحافظی انجام داد`), as Tajik outlets tell an ambassador's leaving call
        ("وزیر امور خارجه با سفیر ترکیه دیدار خداحافظی انجام داد", "meeting", "strong:actual"),
        ("در دیداری جداگانه با رئیس‌جمهور فرانسه", "meeting", "strong:actual"),
        ("هفته آینده با وزیر خارجه دیداری خواهد داشت", "meeting", "strong:planned"),
        ("به حضور رهبر معظم انقلاب اسلامی رسید", "meeting", "strong:actual"),
        ("رئیس‌جمهور تاجیکستان را به حضور پذیرفت", "meeting", "strong:actual"),
        ("رئیس‌جمهور در دیدار فرمانده ارتش پاکستان گفت", "meeting", "strong:actual"),
        ("وزیر دفاع شامگاه شنبه در تهران میزبان همتای هندی خود بود", "meeting", "strong:actual"),
        ("ربیعی میزبان نسرین اوریاخیل وزیر کار، امور اجتماعی، شهدا و معلولین افغانستان بود", "meeting", "strong:actual"),
        ("نشست عراقچی با وزیران خارجه سه کشور اروپایی در ژنو به پایان رسید", "meeting", "weak:actual"),
        ("وزیر مشاور قطر معاون سیاسی وزیر خارجه ایران را پذیرفت", "meeting", "weak:actual"),
        ("رئیسی و السودانی در دیداری خصوصی به گفت‌وگو پرداختند", "meeting", "strong:actual"),
        ("وزیر خارجه پاکستان را که در دوشنبه به سر می‌برد، به حضور پذیرفت", "meeting", "strong:actual"),
        ("امر سینها سفیر هند را نیز پذیرفت", "meeting", "weak:actual"),
        ("در دیدارهای جداگانه با سفیران پاکستان و امریکا بحث کرد", "meeting", "strong:actual"),
        ("هیئت ایرانی را سید عباس عراقچی رهبری میکنند", "multilateral_meeting", "weak:actual"),  # ZWNJ lost
        ("هیئت ایران را وحید جلال‌زاده رهبری می‌نمودند", "multilateral_meeting", "weak:actual"),
    ],
)
def test_triggers_type_and_status(run, text, label, meta):
    doc = run(text)
    spans = doc.spans["triggers"]
    assert any(s.label_ == label and s.kb_id_ == meta for s in spans), [(s.text, s.label_, s.kb_id_) for s in spans]


@pytest.mark.parametrize("text", ["روابط دو کشور گسترش یافته است", "وزیر خارجه گفت که تحریم‌ها ظالمانه است",
                                  "در دیدار دو جانبه‌ای که برگزار نشد", "در دیدار اخیر خود گفت"])
def test_triggers_none_in_plain_statements(run, text):
    assert [s for s in run(text).spans["triggers"] if s.kb_id_.startswith("strong")] == []


@pytest.mark.parametrize("text, word", [("به حضور رهبر معظم انقلاب اسلامی رسید", "رسید"),
                                        ("رئیس‌جمهور تاجیکستان را به حضور پذیرفت", "پذیرفت")])
def test_triggers_focus_last_keeps_people_outside_the_trigger(run, text, word):
    assert [s.text for s in run(text).spans["triggers"] if s.kb_id_.startswith("strong")] == [word]


@pytest.mark.parametrize("text", ["هیئت ایرانی با حسن نیت وارد گفت‌وگوها شده است", "ایران وارد مرحله تازه‌ای شد"])
def test_triggers_entering_talks_or_a_stage_is_no_arrival(run, text):
    assert not any(s.label_ == "visit" for s in run(text).spans["triggers"])


@pytest.mark.parametrize("text, expected", [
    ("مادورو و بوهاری از جمله شرکت‌کنندگان این اجلاس بودند", True),
    ("حاضران در این نشست بر همکاری تأکید کردند", True),
    ("این گروه دعوتی برای شرکت در این گفتگوها دریافت نکرده است", False),
])
def test_triggers_who_took_part_is_told_by_a_participants_noun_not_by_an_infinitive(run, text, expected):
    ids = {s.id_ for s in run(text).spans["triggers"]}
    assert bool(ids & {"fa.trigger.participants_noun", "fa.trigger.present_noun",
                       "fa.trigger.among_participants"}) == expected



@pytest.mark.parametrize("text", ["در دیدار شامگاه چهارشنبه وزیر خارجه نیز حضور داشت",
                                  "در دیدار روز گذشته دو طرف توافق کردند"])
def test_triggers_a_meeting_noun_before_a_time_names_no_one_met(run, text):
    assert not any(s.id_ == "fa.trigger.in_meeting_of" for s in run(text).spans["triggers"])


def test_triggers_a_cue_reaches_over_guillemets_around_a_name(run):
    doc = run("کاظم جلالی امروز استوارنامه خود را به «ولادیمیر پوتین» رئیس‌جمهور روسیه تقدیم کرد.")
    assert "fa.trigger.credentials_handed" in {t.id_ for t in doc.spans["triggers"]}


def test_triggers_credentials_accepted_with_the_honorific_plural(run):
    doc = run("امروز رئیس جمهوری تاجیکستان امامعلی رحمان اعتمادنامه‌های سفیران دولت قطر و جمهوری اتریش را قبول نمودند.")
    assert [s.id_ for s in doc.spans["triggers"]] == ["fa.trigger.credentials_received"]
