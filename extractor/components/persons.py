"""`meeting_persons`: mentions of people, with their rank, title, role and country.

Rules, in order of trust:
1. a name of the officials register (`OFFICIAL`), or a distinctive registered surname (`SURNAME`);
2. a rank/honorific chain followed by name tokens (`سردار سرلشکر پاسدار محمد باقری`);
3. name tokens next to a title (`والری گراسیموف رئیس ستاد کل ...`, `وزیر خارجه ترکیه هاکان فیدان`);
4. a «guillemet» name, and a known given name followed by a surname;
5. a PERSON span of a model backend that no rule covers (see `_model_names` for the merge policy);
   then the surname alone of anyone named in full (`باقری` after `سرلشکر محمد باقری`);
6. a title with no name (`وزیر دفاع روسیه`) and a counterpart phrase (`همتای روسی خود`).
A title's country comes from the country name or demonym right after it, or `کشورمان`.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span

from .._extensions import set_ext
from .._gc import keep_only
from ..kb import SHARED_ROLES, KnowledgeBase, load_kb
from ..units import CLAUSE_END, CLAUSE_VERBS, SENTENCE_END, backwards, flags, positions, spans, units, where, words

BOUNDARY_WORDS = frozenset({"با", "و", "،", "؛", ":", "از", "که", "به", "(", "-", "«", "»", "\"", "هم", "نیز", "را",
                            "سوی", "جانب"})
COMPOUND_TAILS = frozenset({"گذاری", "گزاری", "گذار", "گزار"})
"""Second halves of compounds a lost ZWNJ split (`علامه‌گذاری` is no rank علامه and a name)."""
COUNTRY_LABELS = ("COUNTRY", "DEMONYM", "OUR_COUNTRY")
COUNTRY_FILLERS = frozenset({"کشور", "دولت", "جانب"})
"""Words between a title and its country (`وزیر خارجه کشور X`, `هیئت سرحدی جانب چین`: of the Chinese side)."""
COUNT_VALUES = {"دو": 2, "سه": 3, "چهار": 4, "پنج": 5, "شش": 6, "هفت": 7, "هشت": 8}
"""Counts of countries a plural title or subject may name (`رهبران سه کشور`, `نمایندگان ویژه چهار کشور`, `سران چهار
کشور`)."""
COUNT_WORDS = frozenset(COUNT_VALUES)
TENS = frozenset({"ده", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود", "صد"})
"""Round counts in words (`نمایندگان بیش از شصت کشور، از جمله ...`)."""
COUNTRY_GROUP_ADJECTIVES = frozenset({"آسیایی", "اروپایی", "عربی", "اسلامی", "آفریقایی", "عضو", "منطقه", "جهان"})
"""Words after a count of countries before the ones named (`بیش از بیست کشور آسیایی، از جمله ...`)."""
GROUP_FILLERS = frozenset({"وزارتخانه", "وزارت", "های", "ها", "امور", "خارجه", "کشور", "کشورهای", "دو", "سه", "چهار",
                           "پنج", "شش", "اروپایی", "عربی", "عضو", "یعنی", ":", "اعزامی", "ناوگروه", "ناوگان", "نیروی",
                           "نیروهای", "دریایی", "هوایی", "زمینی", "مرزی", "مرزبانی", "ارتش", "ارتشهای"})
"""Words between a plural title and its list of countries (`مدیران سیاسی سه کشور اروپایی یعنی انگلیس، ...`)."""
OFFICIALS_HEADS = frozenset({"مقامات", "مسئولان", "مسئولین"})
"""Plural words for "officials" with no office of their own (`مقامات`, `مسئولان`; `مقام‌های` is read with its
suffix)."""
BODY_WORD_STOPS = frozenset({"در", "از", "به", "با", "که", "و", "را", "برای", "این", "آن", "دو", "هر", "همه"})
"""Words that end the body named after `مسئولان` (`مسئولان در ایران و عراق` names no body)."""
PAIRED_OFFICIALS_HEADS = frozenset({"مقامات", "مسئولان", "مسئولین", "افسران", "مأموران", "ماموران", "نمایندگان"})
"""Plural words for officials that open the second of two groups, each of one country (`مسئولان پولیس سرحدی افغانستان
و افسران قوای سرحدی پاکستان`)."""
OFFICIALS_QUALIFIERS = frozenset({"ارشد", "عالی", "رتبه", "عالیرتبه", "بلندپایه", "نظامی", "امنیتی", "سیاسی", "دفاعی",
                                  "اقتصادی", "دولت", "دولتی", "حکومت", "حکومتی", "محلی", "رسمی", "دیپلماسی"})
"""Words between `مقامات` and a country (`مقامات ارشد نظامی چین`, `مسئولان دولت عراق`)."""
PUNCT_GAP = frozenset({"،", ","})
ATTRIBUTION_CUES = (("به", "گفته"), ("نقل", "از"), ("به", "اطلاع"), ("به", "نوشته"))
"""Words before a name that make it the source of what follows (`به گفته بلخی، سفیر ترکیه ... دیدار کرد`): its comma
closes the attribution, and a title after it opens the clause's subject unless a comma closes it as an apposition
(`به گفته بلخی، سخنگوی وزارت خارجه، ...`)."""
LEGISLATURES = frozenset({"مجلس", "پارلمان", "شورا", "دوما"})
THIS_BODY = LEGISLATURES | {"کشور", "نیرو", "ولایت", "استان", "ایالت"}
"""`وزیر خارجه این کشور`, `رئیس کمیته امور بین‌الملل این مجلس`, `فرمانده این نیرو`: of the country named just
before."""
DELEGATION_HEAD = frozenset({"ریاست", "رهبری", "سرپرستی"})
"""`هیئتی به ریاست X`: the words after which a delegation's head is named."""
DELEGATION_WORDS = frozenset({"هیئت", "هیات"})
INDEFINITE_DELEGATIONS = frozenset({"هیئتی", "هیاتی"})
"""`هیئتی از ...`, `در رأس هیئتی`: "a delegation", one word."""
ANY_DELEGATION_WORDS = DELEGATION_WORDS | INDEFINITE_DELEGATIONS
"""`هیئت` or `هیئتی`: a delegation, told or not told before."""
DELEGATION_BODIES = frozenset({"وزارت", "وزارتخانه", "سازمان", "ستاد", "نیروی", "نیروهای", "پولیس", "پلیس", "اتاق",
                               "سفارت", "سفارتخانه"})
"""Words that open the name of a body a delegation comes from (`هیئت وزارت دفاع ...`, `یک هیئت سفارت چین در کابل`)."""
DELEGATION_PLACE_NOUNS = frozenset({"شهر", "استان", "ولایت", "ایالت"})
"""`هیئت شهر تاشکند`, `هیئت استان گیلان`: a delegation of a city or province (its country is the place's)."""
DELEGATION_HEAD_TITLES = frozenset(f"fa.title.generic_head:{word}" for word in DELEGATION_WORDS)
"""The title `رئیس هیئت X` composes: the head of a delegation, whatever his office."""
NAME_OPENERS = frozenset({"رسمی", "استقبال", "پذیرایی", "همراهی", "میزبان", "حضور", "میزبانی", "ابتکار", "سخنرانی",
                          "سخنان", "امضای"})
"""Words a name with a title may follow: `مورد استقبال رسمی امرسون منانگاگوا رئیس‌جمهور زیمبابوه قرار گرفت`,
`میزبان X ... بود`, `با حضور کازوتوشی آیکاوا سفیر ژاپن`, `به امضای X نخست‌وزیر تایلند رسید`."""
FOREIGN_SURNAME_ENDINGS = ("وف", "یف", "اف", "وا")
"""Russian and Central Asian surnames (`مخکموف`, `غنی‌یف`, `کریم‌اف`, `اوتونبایوا`): no Afghan official's."""
OUTLET_COUNTRIES = frozenset({"IR", "AF", "TJ"})
"""Countries whose outlets write Persian: what `کشورمان` can be."""
LATE_WORDS = frozenset({"فقید", "مرحوم", "درگذشته"})
"""`رئیس جمهوری فقید ازبکستان، اسلام کریم‌اف`: the late, who takes part in nothing."""
DEPARTED_BLESSINGS = frozenset({"ره", "رح", "قدس", "ع", "ص", "س", "عج"})
"""Blessings after the names of the departed and the holy: `(ره)`, `(قدس سره)`, `(ع)` for the imams, `(عج)`."""
MARTYR_WORDS = frozenset({"شهید", "شهیدان", "ترور", "شهادت", "درگذشت", "قتل", "تشییع", "مطهر", "مرقد", "حرم"})
"""Words before the name of someone dead or killed: `شهید X`, `ترور X`."""
INTERNATIONAL_ORGS = frozenset({"sco", "brics", "un", "unsc", "iaea", "nato", "csto", "eaeu", "eco", "oic", "arab_league",
                                "gcc", "eu", "opec", "cica", "cis", "icrc", "interpol", "osce", "iom", "unodc", "undp",
                                "wmo", "fao", "unhcr", "who", "wfp", "unicef", "unama"})
GUILLEMET_SURNAME_LABELS = frozenset({"PLACE", "COUNTRY", "TITLE"})
"""What a surname closing a name in guillemets next to a title or rank may also read as (`«ایو روسیه»`)."""
SESSION_FILLERS = frozenset({"دوره", "دور", "جلسه", "اجلاس", "نشست", "این", "از", "و"})
NUMBER_WORDS = COUNT_WORDS | TENS | {"یک", "نه", "یازده", "دوازده", "یکم", "دوم", "سوم", "اول"}
"""The words of a General Assembly's session told by its number (`شصت و یکمین دوره`, `دور هفتاد و یکم`)."""
NAME_AFTER_STATE_CLOSERS = frozenset({"نیز", "،", "که", "و", "هم", "را", "با", "برای"})
"""Words that may close an unknown name told after a title and its state (`وزیر خارجه تاجیکستان طلبک نظروف نیز`)."""
SUBJECT_FOLLOWERS = frozenset({"روز", "امروز", "دیروز", "صبح", "عصر", "شب", "ظهر", "بامداد", "در", "با"})
"""Words that follow the subject opening a contact's clause (`X روز یکشنبه در ارگ با Y دیدار کرد`)."""
IRANIAN_SERVICES = frozenset({"irgc", "artesh", "irgc_police"})
"""Services whose titles (سردار، امیر، پاسدار) mark an Iranian officer; plain ranks are used abroad too."""
GENERIC_ROLES = frozenset({"minister", "official", "deputy_minister"})
"""Roles that yield to a more specific second title (معاون نخست‌وزیر و وزیر امور خارجه → foreign_minister)."""
SURNAME_SOURCES = frozenset({"fa.person.register.official", "fa.person.rank_name", "fa.person.title_name",
                             "fa.person.name_title", "fa.person.given_name", "fa.person.bare_name",
                             "fa.person.name_office"})
"""Rules sure enough of a full name that its surname alone, later, is the same person (a «guillemet» phrase
may be an event's name, not a person's; `ارسین تاتار رهبر قبرسی‌های ترک` ... `با آناستاسیادس و تاتار`: a name
before an office no title lists)."""
AMBIGUOUS_PARTICLES = frozenset({"در", "دو", "دا", "دی", "د", "لا", "ام"})
REPRESENTATIVE_WORDS = frozenset({"نماینده"})
"""A word for one who represents a body: with an international organisation after it, that body's official."""
OWNED_PLACES = frozenset({"اقامتگاه", "منزل", "محل", "مقر", "دفتر"})
"""`در اقامتگاه نماینده آمریکا در ژنو`: a place told by whose it is (the venue, not a person in it)."""
OFFICE_NOUNS = frozenset({"دفتر", "نمایندگی", "ماموریت", "مأموریت"})
OFFICE_MODIFIERS = frozenset({"فرعی", "منطقه‌ای", "منطقه", "ای", "ساحوی", "محلی", "کشوری"})
"""`رئیس دفتر [فرعی] X`, `نماینده X`: who heads or represents an international body X's office in a country."""
DIRECTOR_HEADS = frozenset({"مدیر", "مدیرکل"})
"""`مدیر [اجرایی|کل] X`: a director heads an international body X the organisations list names."""
GENERIC_HEADS = frozenset({"رئیس", "مدیر"})
"""Words that head an office of a body no title lists, when a country closes the phrase (`مدیر سرویس امنیت فدرال
روسیه`: a director heads his service as a chairman does)."""
BODY_NOUNS = frozenset({"آکادمی", "اکادمی", "دانشگاه", "دانشکده", "کالج", "انستیتو", "انستیتوی", "پوهنتون", "سازمان",
                        "مرکز", "موسسه", "مؤسسه", "شرکت", "بانک", "کمیته", "کمیسیون", "بندر", "پایگاه", "اتاق", "انجمن",
                        "صندوق", "کارخانه"})
"""Bodies whose head `رئیس این ...` (the head of this ...) names."""
OWN_FORCES_NAME_WORDS = 4
"""Words after `ارتش` a country may close the army's name in (`ارتش آزادی‌بخش خلق چین`: China's, not ours)."""
GOVERNORATE_DEPUTY_WORDS = 5
"""Words of a deputy's remit before `استانداری` (`معاون هماهنگی امور اقتصادی استانداری`)."""
REMIT_STOP = frozenset({"که", "در", "با", "به", "از", "را", "نیز", "این", "آن", "هم"})
"""Words that end a deputy's remit before any `استانداری`."""
COLLEGE_NOUNS = frozenset({"آکادمی", "اکادمی", "دانشگاه", "دانشکده", "کالج", "انستیتو", "انستیتوی", "پوهنتون"})
"""Military colleges and universities, whose commander (`فرمانده این دانشکده`) heads the body."""
BODY_OFFICERS = {"فرمانده": ("head_of_organization", COLLEGE_NOUNS), "معاون": ("official", BODY_NOUNS)}
"""Officers of a body told as `<officer> این <body>` (`به سرپرستی فرمانده این دانشکده`, `معاون این دانشگاه`), with
their role and the bodies they are read for: of the body named before, as its head `رئیس این دانشکده` is (not
`فرمانده این پایگاه`, a base's commander, a military commander by his listed title)."""
LOCAL_BODIES = frozenset({"اتاق", "اطاق", "مرکز", "دومای"})
"""Bodies named after a city or region (`اتاق بازرگانی مشهد`, `مرکز تجارتی بین‌المللی ترمز`, `دومای منطقه
آستاراخان`): their head is an official of the place's country."""
LOCAL_OFFICES = frozenset({"گمرک", "گمرکات", "پایانه", "شهرداری", "اداره", "ریاست", "امنیت", "پولیس", "پلیس", "مرز",
                           "فرودگاه", "بندر", "مرزبانی", "قرارگاه"})
"""Local offices named after a place (`رئیس گمرک اسلام‌قلعه`, `رئیس اداره مهاجرین هرات`, `رئیس مرز دوغارون`): their
head is an official of the place's country."""
MONTH_GIVEN_NAMES = frozenset({"رمضان", "رجب", "شعبان", "بهمن", "آذر", "مهر"})
"""Months' names that are also first names (`رمضان عبدالطیف‌اف`)."""
SHORT_BODY_NOUNS = frozenset({"بانک", "صندوق", "سازمان", "آژانس"})
"""An international body's first noun, by which `رئیس بانک` alone names its head once the body was told in full."""
COMMON_WORD_SURNAMES = (("مشرف", ["بر"]),)
"""A registered surname alone that is a common word before the word given (`مشرف بر`, overlooking)."""
ADJECTIVE_SURNAMES = frozenset({"ولایتی", "شی"})
"""Registered surnames alone that are also a common word (`ولایتی`: provincial, in Dari; `شی`: a thing): the person
only when his full registered name is told somewhere in the article."""
SENDER_HEADS = frozenset({"سلام", "سلامهای", "درود", "درودهای", "تبریک", "تبریکات", "پیام", "تمنیات"})
"""`با ابلاغ سلام X`, `پیام X`: nouns whose genitive sent greetings or a message, no one present."""
SENDER_REACH = 10
"""How far before a title `_a_senders_title` looks for the message noun (`پیام X رئیس کنفدراسیون و وزیر امور خارجه`)."""
SENDER_PHRASE_ENDS = frozenset({"را", "،", ".", ":", "؛", "به"})
"""Words that close a message's genitive (`پیام X را`, `پیام X به Y`) before a title (`و` joins the sender's titles)."""
PLURAL_OFFICIALS = frozenset({"مقام", "مقامات", "مقامهای", "مسئولان", "مسئولین", "افسران"})
"""Plural officials (`مقام‌های`, `مقامات`, `مسئولان`) whom a contact may be with, told only by their country."""
MILITARY_ADJECTIVES = frozenset({"نظامی", "مرزی", "سرحدی"})
"""`مقام‌های نظامی / مرزی`: officers, the commanders of their side."""
PROVINCE_NOUNS = frozenset({"ولایت", "استان"})
"""Provinces whose head `رئیس این ولایت` (a Tajik region's head, after the region was named) names."""
LOCAL_PLACE_NOUNS = frozenset({"شهر", "گذرگاه"})
"""Places whose head `رئیس این شهر`, `مدیر این گذرگاه` (after `شهر اسفره`, `گذرگاه حاج عمران`) names: an official of
the place's country, as a province's head is."""
HEADED_PLACE_NOUNS = PROVINCE_NOUNS | LOCAL_PLACE_NOUNS
"""Places `رئیس این ...` names the head of: a province, a city or a crossing."""
NOT_IN_A_NAME = frozenset({"هیئت", "هیات", "رئیس", "وزیر", "نیز", "همچنین", "سپس", "دیگر"})
"""Words after `و` or a comma that start another phrase, not the rest of a body's name."""
LEGISLATURE_WORDS = frozenset({"مجلس", "پارلمان", "سنا", "سنای", "دوما", "دومای", "کنگره", "مژلیس", "مجلیس"})
"""Words of a parliament inside a body's name after `رئیس`: its head there is a member of parliament (a committee
chair), or its speaker when the body named first is the house itself (`رئیس مژلیس پارلمان قزاقستان`) or the
standing committee of China's congress (`رئیس کمیته دائمی مجلس نمایندگان خلق سراسری چین`)."""
FAR_QUALIFIER_STOP = frozenset({"که", "و", "با", "در", "به", "از", "را", "برای", "درباره", "پیرامون", "راجع"})
"""Words a title's country told a few words after it never comes after (`سه وزیر درباره سوریه`: Syria is the topic)."""


def _same_country(a: str, b: str, outlet: str | None = None) -> bool:
    """Can two countries of titles be one? `@source` (کشورمان) is the outlet's: its `outlet` country when the
    article names the outlet, else Iran, Afghanistan or Tajikistan."""
    if "@source" in (a, b):
        other = b if a == "@source" else a
        if outlet is not None and other != "@source":
            return other == outlet
        return other in OUTLET_COUNTRIES or other == "@source"
    return a == b


@dataclass
class TitleInfo:
    """A title span with the country or organisation that qualifies it."""

    start: int
    end: int
    """end of the title and its qualifier (country name, demonym, organisation)"""
    title_id: str | None
    role: str | None
    country: str | None
    country_rule: str | None
    org: str | None
    is_reporter: bool = False


@dataclass
class TitleGroup:
    """A plural title over a list of countries (`وزیران نفت ایران و ونزوئلا`): token span, title, countries."""

    start: int
    end: int
    title: TitleInfo
    countries: list[str]


VESSEL_WORDS = frozenset({"ناو", "ناوهای", "ناوشکن", "ناوچه", "شناور", "شناورهای", "کشتی", "زیردریایی",
                          "ناوبالگردبر", "ناوگروه", "ناوگان", "رزمناو"})
"""Words for a ship: a name in guillemets soon after one is the ship's (`ناوشکن «دنا»`)."""
NAMED_THINGS = frozenset({"پروژه", "طرح", "سند", "بیانیه", "عملیات", "رزمایش", "کتاب", "برنامه", "شعار", "ابتکار",
                          "کریدور", "دالان", "راهگذر", "قطعنامه", "توافقنامه", "موافقتنامه", "معاهده", "پیمان",
                          "روزنامه", "نشریه", "شبکه", "پایگاه", "کنفرانس", "همایش", "نمایشگاه", "جشنواره", "بندر",
                          "میدان", "خیابان", "فرودگاه", "هتل", "کاخ", "مجموعه", "موزه", "دانشگاه", "منطقه", "مسیر",
                          "شهر", "استان", "روستای", "شهرک", "جزیره", "اقامتگاه", "عمارت", "باغ", "سالن", "تالار", "ساختمان",
                          "مرکز", "نشست", "اجلاس", "قالب", "فرمت", "روند", "سازوکار", "ائتلاف", "گروه",
                          "گذرگاه", "پروتکل", "چارچوب", "قصر"})
"""Words for a thing that has a name: a name in guillemets right after one is the thing's (`پروژه «چهارراه صلح»`)."""
GOVERNOR_WORDS = frozenset({"والی", "استاندار", "ولایت", "فرماندار", "ایالت", "استان", "ولایتی", "گورنر", "شهردار",
                            "شهر", "جمعه", "ناحیه"})
"""Governors of a province named like its capital (`والی هرات`), mayors (`شهردار چیتاگونگ`, `رئیس شهر دوشنبه`), heads
of a district (`رئیس ناحیه اسفره`) and a city's Friday prayer leader (`امام جمعه مشهد`): the place after them is of
their country."""
COMMANDER_WORDS = frozenset({"فرمانده", "قوماندان"})

UNLISTED_OFFICE_HEADS = frozenset({"رهبر", "رئیس", "مسئول", "عضو", "نماینده", "سرپرست", "معاون", "مدیر", "مدیرکل",
                                   "دبیر", "مشاور"})
"""Words that open an office (`رهبر قبرس شمالی`, `رئیس این آژانس`, `مسئول این جنبش`) where no title is listed: a name
set off right before one is its holder's."""

PLACE_HEADS = GOVERNOR_WORDS | COMMANDER_WORDS | {"ولسوال", "شاروال"}
"""Bare titles an unknown district, city or unit follows more often than a name (`ولسوال دند پتان نیز حضور داشت`)."""
"""`فرمانده کراچی نیروی دریایی پاکستان`: a commander of a city's command is of the city's country."""
CITY_HEAD_TITLES = frozenset({"fa.title.official.city_head"})
"""`رئیس شهر دوشنبه`: a city's head, a Tajik office often held with another told before it and a comma."""
TITLE_JOINS = frozenset({"و", "-", "–", "،"})
"""What joins a person's two titles before his name (`معاون نخست‌وزیر - وزیر امور خارجه ...`)."""
DASHES = frozenset({"-", "–", "—"})
"""Dashes that join one person's two offices (Khovar's `معاون اول وزیر دفاع – رئیس ستاد کل ...`; the tatweel `ـ` is
deleted by the normaliser) or close a dateline (`دوشنبه، 27 ژوئیه (خاور) –`)."""
POSTED_HEADS = frozenset({"سفیر", "سرکنسول", "کنسول", "وابسته"})
"""Heads of a title held at a post abroad (an embassy, a consulate, its attachés): another person than one with an
office of another kind before it (`معاون سیاسی وزیر امور خارجه و سفیر ایران در مسقط`)."""
ENVOY_HEADS = frozenset({"نماینده", "فرستاده"})
"""Heads of an envoy's title, who may also head an embassy (`نماینده ویژه ... و سفیر ایران در کابل`): one person."""
OWN_FORCES = frozenset({"ارتش", "سپاه"})
"""A title of "the army" or "the guards" with no country is of the outlet's own forces."""
OFFICE_WORDS = frozenset({"دفتر", "کاخ", "نهاد"})
OFFICE_HEADS = frozenset({"رئیس", "مدیر", "مسئول", "سرپرست"})
"""`دفتر نخست‌وزیر` is the prime minister's office (a place, a source); `رئیس دفتر ...` heads it."""
MINISTRY_WORDS = frozenset({"وزارت", "وزارتخانه"})
"""A title ending in one (`سرپرست وزارت`) is followed by the ministry's portfolio."""
MINISTRY_DEPUTY_WORDS = frozenset({"معاون", "معین", "جانشین", "قائم‌مقام"})
"""Words for one deputy that name a ministry's deputy by his remit and the ministry (`معین آب وزارت انرژی و آب`)."""
PLURAL_SUFFIXES = frozenset({"ها", "های", "هایی"})
"""The plural suffix a ZWNJ splits off a noun: a word right after it is the noun's adjective, never a surname."""
ADJECTIVE_HEADS = PLURAL_SUFFIXES | ANY_DELEGATION_WORDS | frozenset({"شورای", "شورا", "مقام"})
"""Words a registered surname right after is an adjective of (`شفاخانه‌های ولایتی`, `یک هیئت ولایتی`, `شورای
ولایتی بلخ`, `یک مقام ولایتی`)."""
SURNAME_ENDINGS = frozenset({"اف", "یف", "اوف", "ایف", "بایف", "اوا", "ووا"})
"""Turkic and Slavic surname endings a lost ZWNJ splits off (`ولی‌اف`), never words of their own."""
SERVICE_ADJECTIVES = frozenset({"دریایی", "هوایی", "زمینی", "نظامی", "پدافند", "سرحدی", "مرزی"})
"""Adjectives of a unit's arm between a commander's title and the place it is named for (`منطقه دریایی X`)."""
OF_ANOTHER_TITLE = "fa.title.deputy_for_operations"
"""`معاون عملیات` is an office of its own, unless another title follows (`معاون عملیات رئیس ستاد مشترک ارتش عراق`:
the deputy of that office)."""
NAME_WORD_TITLES = frozenset({"fa.title.sultan"})
"""A ruler's title that, after a name word and right before another title, ends the name (`مقبول بن علی سلطان وزیر
تجارت عمان`): a family name, not the sultan."""
REPRESENTATIVES = frozenset({"نمایندگان", "نمایندگانی", "مدیران", "کارشناسان", "کارشناسانی"})
"""Plural "representatives" that may name the countries they come from (`نمایندگان نیروهای دریایی چین و روسیه`), and
the political directors of foreign ministries (`مدیران سیاسی وزارت خارجه کشورهای روسیه، چین و آلمان`) and experts
(`کارشناسانی از آمریکا، روسیه و چین نیز حضور داشتند`)."""
FOREIGN_MINISTRIES = ("وزارت", "وزارتخانه", "های", "امور", "خارجه")
"""Words of `وزارت (امور) خارجه` / `وزارتخانه‌های خارجه` between political directors and their countries."""
UNIT_WORDS = frozenset({"منطقه", "ناحیه", "ناوگروه", "اعزامی", "هنگ", "مرزی", "لشکر", "تیپ", "قرارگاه", "پایگاه", "ناوگان",
                        "لوای", "لوا"})
"""Words of a unit that continue a commander's title (`فرمانده ناوگروه اعزامی ...`)."""
POINTED_UNITS = UNIT_WORDS | {"کشتی", "ناو", "ناوچه", "گروه", "فرماندهی", "یگان", "دسته", "قول"}
"""Units a commander's `... این <unit>` points back at (`فرمانده این کشتی`, `فرمانده این فرماندهی`)."""
PLACED_UNITS = UNIT_WORDS | {"پولیس", "پلیس", "دسته", "یگان", "اداره", "مرزبانی", "پاسگاه", "کندک", "قوماندانی",
                             "گارد", "ساحلی", "پادگان", "دریابانی", "سرحدات", "سپاه"}
"""Words of a unit named for the place it guards (`قوماندان پولیس سرحدی سپین‌بولدک`, `فرمانده دسته مرزبانی X`)."""
BORDER_SERVICES = frozenset({"سرویس", "خدمات", "نیروهای", "نیروی"})
"""Nouns of a state's border service a unit belongs to (`یگان مرزی X از سرویس مرزی دولتی جمهوری آذربایجان`,
`اداره سرحدی باتکن خدمات سرحدی جمهوری قرقیزستان`): with `مرزی` / `سرحدی` after them, the service names the country."""
BORDER_ADJECTIVES = frozenset({"مرزی", "سرحدی"})
"""The adjectives that make a service a border service."""
BORDER_SERVICE_REACH = 6
"""How many words a unit's name may run after a commander's title before its border service."""
PLACE_OF_UNIT_STOPS = frozenset({"در", "به", "از", "وارد", "برای"})
"""Words after which a place no longer names the unit but where it went (`ناوگروه ... در بندر کوچی`)."""
HIGH_COMMISSIONER = "fa.title.high_commissioner"
"""`کمیسر عالی`: the UN's high commissioners head an organisation; a state's is its ambassador."""
APPOSITION_GAP = PUNCT_GAP | {"»"}
"""What may stand between a name and the counterpart phrase apposed to it (`با «چوی سون هی» همتای کره‌ای خود`)."""
LIST_GLUE = frozenset({"،", ",", "و", "«", "»"})
"""What may stand between the items of a list of names (`«A»، «B» و «C»`)."""
GIVING_VERBS = frozenset({"داد", "دادند", "داده", "دادن", "دهد", "دهند", "باخت", "باختند", "باخته", "باختن",
                          "خداحافظی", "وداع", "بشمارد", "بشمارند", "شمارد", "شمارند", "شمرد", "شمردند", "شمرده"})
"""`خبر داد`, `جان باختند`, `با کرزی و رسول خداحافظی کرد`, `را محترم بشمارد`: the verb (or the noun of a compound verb)
closing a clause is never a word of a name no rule knows (nor one after the honorific `محترم`)."""
LINE_WORDS = frozenset({"برق", "انتقال", "فایبر", "آهن", "لوله", "ترانزیتی", "هوایی"})
"""Dari's `لین` (a line, from English) before what the line carries (`لین برق`, `لین انتقال برق`, `لین فایبر نوری`,
`لین آهن`): no given name Lin (`لین جیان`) before a surname."""
REGION_WORDS = frozenset({"استان", "ولایت", "ایالت", "شهرستان", "ولسوالی"})
"""Words for a province or district before its name, after a commander's unit (`فرمانده مرزبانی استان ایلام`)."""
DETERMINERS = frozenset({"آن", "این", "همان", "همین", "دو", "سه", "چهار", "هر", "هردو"})
"""Words before `کشور` that make it some other country (`وزیر خارجه آن کشور`), not the outlet's."""

NAMED_COUNTRY_RULES = frozenset({"fa.country.country_after_title", "fa.country.demonym_after_title",
                                 "fa.country.title_fixed"})
"""Rules by which a title's country is named in the title itself (`وزیر بازرگانی افغانستان`), not guessed."""

BARE_UNITS = frozenset({"ناوگروه", "ناوگان"})
"""Units an article tells of once and then names bare (`فرمانده ناوگروه`): the one named before."""
BARE_PROVINCE_FOLLOWERS = frozenset({"نیز", "هم", "در", "را", "و", "با", "که", "به", "از", "،", ".", "؛"})
"""Words after a bare `استان` that show no province's name follows (`فرمانده مرزبانی استان نیز حضور داشت`)."""
UNIT_PHRASE_STOPS = frozenset({"،", ".", "؛", ":", "با", "که", "و"})
"""Words that end the phrase naming a unit (`ناوگان اقیانوس آرام روسیه`) before its country could follow."""
ORDINALS = frozenset({"یکم", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "اول"})
"""`منطقه یکم`: a numbered district (of the navy, with no country: the outlet's own)."""
SPLIT_SUFFIXES = frozenset({"ای", "ها", "های"})
"""Suffixes a lost ZWNJ split off a word (`همایش‌های`, `جاده‌ای`)."""
DELEGATION_ADJECTIVES = frozenset({"پارلمانی", "نظامی", "اقتصادی", "تجاری", "تجارتی", "سیاسی", "بلندپایه", "عالیرتبه",
                                   "رسمی", "دفاعی", "امنیتی", "دیپلماتیک", "فرهنگی", "مرزی", "سرحدی", "مرزبانی"})
"""Words between a delegation and its country (`هیئت پارلمانی پاکستان`, `هیئت مرزبانی کشورمان`)."""
SPLIT_DELEGATION_ADJECTIVES = frozenset({("عالی", "رتبه"), ("بلند", "پایه")})
"""`عالی‌رتبه` and `بلندپایه` with the ZWNJ read as a space: the two words of one adjective of a delegation."""
OFFICIALS_ADJECTIVES = DELEGATION_ADJECTIVES | MILITARY_ADJECTIVES | {"ارشد"}
"""Words between plural officials and their country (`مقام‌های ارشد نظامی پاکستان`)."""
INHERITED_COUNTRY_RULES = frozenset({"fa.country.own_forces", "fa.country.institution_after_title",
                                     "fa.country.shortened_title", "fa.country.our_country", "fa.country.title_fixed"})
"""Countries a shortened title may take from an earlier, longer one: those its words imply (or the outlet's own,
named), not a foreign country named."""
GUEST_WORDS = frozenset({"مهمان", "میهمان"})
"""`مهمان سوری` (the Syrian guest) refers back like a counterpart phrase: the visitor of that country."""
INDEFINITES = frozenset({"یک", "هیچ", "چند", "برخی", "هر"})
"""Words before a title that make it anyone's office, not a person's."""
SERVING_HEADS = frozenset({"مشاور", "دستیار", "نماینده", "فرستاده", "سخنگوی", "مشاوران"})
"""Offices held for someone else: the title after them names whom they serve (`مشاور رئیس‌جمهور`)."""
DEPUTY_HEADS = frozenset({"معاون", "نایب"})
"""A deputy's office: with a remit after it (`معاون اول رئیس شورای دولتی`), the title after that is whose deputy."""
SERVING_REMITS = frozenset({"سیاسی", "رسانه‌ای", "رسانه", "ای", "ارشد", "سیاست", "خارجی", "امنیت", "ملی", "امور", "و",
                            "اقتصادی", "ویژه", "عالی", "نظامی", "حقوقی", "دیپلماتیک", "داخلی", "خاص", "دفاعی",
                            "امنیتی", "راهبردی", "فرهنگی", "اول", "دوم"})
"""Words of a serving office's remit (`مشاور سیاسی و رسانه‌ای`, `مشاور ارشد امنیت ملی`, `معاون اول`)."""
CALLING_VERBS = frozenset({"خواند", "خواندند", "نامید", "نامیدند", "دانست", "دانستند", "توصیف"})
"""Verbs that say what something was called (`X را «...» خواند`): the guillemets before them hold a phrase."""
CALLED = (["موسوم", "به"], ["با", "عنوان"], ["تحت", "عنوان"], ["معروف", "به"], ["ملقب", "به"])
"""Words before «...» that say what a thing is called (`موسوم به`, `با عنوان`), not who someone is (`فردی به نام
«...»` may name a person); `X معروف به «ابوفلان»`: the nickname of someone just named, no second
person."""
INITIAL_LOOKALIKES = frozenset({"شد", "زد", "مه", "نه", "ها", "را", "حل", "ما", "او", "من", "هم", "ده", "دو", "سه", "صد",
                                "شب", "کم", "کل", "که", "از", "با", "به", "در", "بر", "تا", "ه", "ق", "ش", "م", "ه.ش", "ه.ق"})
"""Words of one or two letters that end a sentence or a date with their dot (`دیدار شد.`, `۱۷ مه.`, `ه.ش.`): no
initials (those that spell one, `کی`, `وی`, `ای`, may)."""
NOT_NAME_WORDS = frozenset({"مراسم", "بزرگداشت", "گرامیداشت", "سالگرد", "جداگانه", "آیین", "جشن", "همایش",
                            "اساس", "اعلامیه", "خبرنامه", "بیانیه", "گزارش", "نقل", "اعلام", "زیارت", "حرم", "مطهر",
                            "چارچوب", "نتایج",
                            "قرارداد", "سند", "اسناد", "تفاهمنامه", "توافقنامه", "موافقتنامه", "یادداشت",
                            "ابلاغ", "پیام", "سلام", "تبریک", "تسلیت", "تقدیم", "دعوت", "امضای", "انتصاب", "انتخاب",
                            "دفتر", "مطبوعاتی", "ماموریت", "حکومت", "سرپرست", "دریای", "اقیانوس", "بیرقی",
                            "تمنیات", "آرزوهای", "درودهای", "تبریکات",
                            "حادثه", "حوادث", "حمله", "حملات", "انفجار", "جنایت", "فاجعه", "رویداد", "تروریستی",
                            "استقبال", "خواستار", "برقرار", "برگزار"})
"""Words of ceremonies and manners that open headlines before a title (`مراسم بزرگداشت رئیس‌جمهور فقید`), of
sources (`به اساس اعلامیه ارگ، رئیس جمهور غنی ...`), of shrines (`زیارت حرم مطهر`), of documents signed
(`وزیر انرژی ازبکستان قرارداد ساخت نیروگاه را امضا کردند`, `به امضای علی فکری معاون وزیر ... رسید`), of messages
passed on (`با ابلاغ سلام امپراتور`), of offices and missions (`دفتر مطبوعاتی والی قندهار`, `فرمانده ماموریت حمایت
قاطع`), of governments and seas (`حکومت سرپرست`, `ناوگان دریای شرق`), of incidents (`رئیس‌جمهور کشورمان حادثه
تروریستی سرباز را محکوم کرد`: what he condemned), of welcomes (`با استقبال رسمی داودی`), and words of talks and
light verbs that may follow a title (`با وزیر کشور پاکستان خواستار برخورد جدی و ... شد`)."""
ABSTRACT_NOUNS = frozenset({"بهای", "تمامیت", "حاکمیت", "استقلال", "امنیت", "ثبات", "صلح", "همکاری", "همکاریهای",
                            "توسعه", "مبارزه", "مقابله", "حمایت", "سیاست", "راهبرد", "اصل", "اصول"})
"""Abstract nouns that open a phrase in guillemets, never a name (`«تمامیت ارضی»`, `«ثبات راهبردی»`)."""
AUXILIARIES = frozenset({"شده", "شد", "شدند", "است", "بود", "اند", "شود"})
"""Words after which a one-word title is a participle (`فرستاده شده`)."""
FAMILY_NAME_FIRST = frozenset({"CN", "KP", "KR", "VN"})
"""Countries whose names put the family name first (`وی فنگه`: Wei is the family name)."""
PHRASE_LINKS = frozenset({"به", "از", "در", "با", "را", "برای", "و"})
"""Prepositions and `و` inside guillemets make a phrase (`«وفاداری به مقاومت»`), never a name."""
STOPWORD_SYLLABLES = frozenset({"بین", "وی"})
"""Chinese syllables spelled like Persian function words (between, he): after a family name, the end of the name
(`یوئه بین سفیر چین`, `منگ هونگ‌وی رئیس اینترپل`)."""

WORD_GIVEN_NAMES = frozenset({"جان"})
"""Foreign given names that are also common Persian words (`حفظ جان زائران را`: life): never opening a name after
another word (see `_foreign_name_after`)."""

MONARCH_TITLES = frozenset({"fa.title.king", "fa.title.king.3", "fa.title.emperor"})
"""Titles of kings and emperors, who are often known by one name (`آکیهیتو`, `گیانندرا`)."""

REMIT_REACH = 6
"""How many words an office's remit after `برای` may run to before its holder's name (`برای آسیای مرکزی`)."""
REMIT_STOPS = frozenset({"با", "را", "که", "به", "از", "نیز", "هم", "برای"})
"""Words that end a remit (`برای ... `) before a name: the clause goes on."""

FUSED_SURNAME_ENDINGS = ("زاده", "زوده", "اف", "یف", "وف", "ویچ", "یوا", "اوا")
"""Endings of Persian, Tajik and Russian surnames written fused: a registered surname before a word ending so is a
first name."""


@dataclass
class PersonMention:
    """One mention of a person; token offsets into the normalised Doc."""

    start: int
    end: int
    kind: str
    """name | title_only | counterpart | delegation"""
    rule: str
    name_start: int | None = None
    name_end: int | None = None
    rank: str | None = None
    service: str | None = None
    title: TitleInfo | None = None
    official_id: str | None = None
    country: str | None = None
    country_rule: str | None = None
    is_reporter: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def role(self) -> str | None:
        """The role code of the attached title, if any."""
        return self.title.role if self.title else None


class PersonRules:
    """The token-level rules, bound to one knowledge base."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.stopwords = kb.words("stopwords")
        self.not_bare_names = frozenset(kb.words("speech_verbs")) | CLAUSE_VERBS | GIVING_VERBS | VESSEL_WORDS
        dates = kb.dates
        self.time_words = frozenset(  # `وانگ بعدازظهر امروز با ...`: a time after a surname is no part of the name
            kb.normalizer.normalize_pattern(w) for w in [*dates.get("day_parts", []),
                                                         *(w for rel in dates.get("relative_days", {}).values()
                                                           for w in rel["words"])] if " " not in w)
        weekdays = [w for names in dates.get("weekdays", {}).values() for w in names]
        self.day_words = frozenset(  # `... عبدالرحمان قادری روز دوشنبه در خجند با ...`: a day after a name, before its `با`
            kb.normalizer.normalize_pattern(w).split()[0] for w in ["روز", *weekdays])
        self.particles = kb.words("name_particles")
        self.given = kb.given_names
        self.family_first = kb.family_first_names
        self.compound_given = kb.compound_given_names
        self.compound_firsts = frozenset(first for first, _ in self.compound_given)
        self.extenders = kb.words("title_extenders")
        self.name_suffixes = kb.words("name_suffixes")
        self.adjectives = kb.title_composition["qualifier_adjectives"]
        self.institutions = kb.title_composition["institution_countries"]
        self._institution_firsts = frozenset(name[0] for name in self.institutions) if all(self.institutions) else None
        """the first words of the institutions' names (looked up before the names are compared)"""
        self.service_titles = frozenset(r.pattern for r in kb.ranks.values() if r.kind == "service_title")
        self.plural_heads = kb.words("plural_heads")
        self.title_words = frozenset(kb.normalizer.normalize(t.pattern).text.split()[0] for t in kb.titles.values()) \
            | self.plural_heads
        """words that open an office title (`سرپرست`, `نمایندگان`): a run of them is no bare name"""
        self._given_words: dict[str, bool] = {}
        self._title_starts: Collection[int] = ()
        """where the current Doc's titles start, listed or composed (set by `find`)"""

    def is_given(self, text: str) -> bool:
        """A known given name, also when fused with سید/میر (سیدعلی، میرحسین); remembered per word."""
        known = self._given_words.get(text)
        if known is None:
            if len(self._given_words) > 100_000:
                self._given_words.clear()
            known = self._given_words[text] = self._is_given(text)
        return known

    def _is_given(self, text: str) -> bool:
        if text in self.given:
            return True
        for prefix in ("سید", "میر", "سیده"):
            if text.startswith(prefix) and text[len(prefix):] in self.given:
                return True
        return False

    def find(self, doc: Doc) -> list[PersonMention]:
        """All person mentions of `doc`, sorted by position, without overlaps."""
        structure = list(spans(doc, "structure"))
        if any(s.kb_id_.startswith(OF_ANOTHER_TITLE) for s in structure):
            title_starts = {s.start for s in structure if s.label_ == "TITLE"}
            structure = [s for s in structure if not (s.kb_id_.startswith(OF_ANOTHER_TITLE) and s.end in title_starts)]
        if any(s.kb_id_ in NAME_WORD_TITLES for s in structure):
            structure = [s for s in structure if not (s.kb_id_ in NAME_WORD_TITLES and s.start > 0
                                                      and doc[s.start - 1].text == "مسلح")]
            # (`رئیس ستاد نیروهای مسلح سلطان`: Oman's Sultan's Armed Forces, a body's name, not the sultan met)
            title_starts = {s.start for s in structure if s.label_ == "TITLE"}
            named_before = {doc[s.start - 1].text for s in structure  # `مقبول بن علی سلطان وزیر تجارت`: a family name
                            if s.kb_id_ in NAME_WORD_TITLES and s.end in title_starts and s.start > 0
                            and doc[s.start - 1].is_alpha and doc[s.start - 1].text not in self.stopwords}
            structure = [s for s in structure if not (s.kb_id_ in NAME_WORD_TITLES and (
                s.start > 0 and doc[s.start - 1].text in named_before
                or (s.end < len(doc) and doc[s.end].text in ("بن", "بنت"))))]
            # (and so wherever the word before it is the same: `مقبول بن علی سلطان نیز گفت`; and a given name before
            # `بن`: `سلطان بن سعد المریخی`)
        at: dict[int, Span] = {}
        for span in structure:
            for i in range(span.start, span.end):
                at[i] = span
        triggers = {i for s in spans(doc, "triggers") for i in range(s.start, s.end)}
        self._contact_starts = {s.start for s in spans(doc, "triggers") if s.kb_id_.startswith("strong")}
        self._doc, self._at, self._triggers = doc, at, triggers
        self._structure = structure
        self._structure_starts = [s.start for s in structure]
        outlet = next((s for s in structure if s.label_ == "OUTLET"), None)
        self._outlet_country = self.kb.outlets[outlet.kb_id_.split("|")[0]].country if outlet is not None else None
        self.groups: list[TitleGroup] = []
        self._words = words(doc)
        self._alpha, self._punct = flags(doc)
        titles = [self._title_info(doc, s, at) for s in structure if s.label_ in ("TITLE", "REPORTER")]
        titles += self._generic_heads(at)
        offices = {t.start: t.end for t in titles if t.title_id == "fa.title.generic_head:org_office" or (
            (t.title_id or "").startswith("fa.title.generic_head:") and self._words[t.start] in BODY_OFFICERS)}
        titles = [t for t in titles if offices.get(t.start, t.end) <= t.end]
        # (`رئیس دفتر ساحوی یوناما`: the head of an organisation's office, not the listed `رئیس دفتر` alone; `فرمانده
        # این دانشکده`: the body's commander, not the listed `فرمانده` alone)
        titles.sort(key=lambda t: t.start)
        for k, t in enumerate(titles):
            if (t.title_id or "").startswith("fa.title.official_of_a_country") and t.country:
                # `مقام بولیویایی` after `معاون وزیر روابط خارجی بولیوی` (`دیپلمات ارشد چین` after `وانگ یی وزیر
                # امور خارجه چین`): that official, by his office
                earlier = next((e for e in backwards(titles, k) if e.country == t.country and e.role
                                and e.title_id != t.title_id
                                and not self._a_senders_title(e.start)), None)
                # (not whose greetings or message were passed on: `با ابلاغ سلام X رئیس دولت انتقالی این کشور`)
                if earlier is not None:
                    titles[k] = replace(t, role=earlier.role)
            elif t.title_id == "fa.title.representative_of_country":
                # `نماینده آمریکا` after `نماینده ویژه آمریکا در امور افغانستان`: that envoy again, by his office
                earlier = next((e for e in backwards(titles, k) if e.country and t.country and e.role
                                and _same_country(e.country, t.country, self._outlet_country)
                                and not REPRESENTATIVE_WORDS.isdisjoint(self._words[e.start:e.end])), None)
                # (`سفیر و نماینده دائم کشورمان`, then `نماینده کشورمان`: that ambassador)
                if earlier is not None:
                    titles[k] = replace(t, role=earlier.role)
        title_by_start = {t.start: t for t in titles}
        title_by_end = {t.end: t for t in titles}
        self._title_starts = title_by_start.keys()
        mentions: list[PersonMention] = []
        used: set[int] = set()

        def add(m: PersonMention) -> None:
            if used.isdisjoint(range(m.start, m.end)):
                mentions.append(m)
                used.update(range(m.start, m.end))

        starts_of_chains = self._rank_chains(doc, structure)
        full_names = {span.kb_id_ for span in structure if span.label_ == "OFFICIAL"}
        for span in structure:
            if span.label_ == "SURNAME" and (self._inside_other_name(span.start)
                                             or self._runs_into_a_longer_name(span)):
                continue
            if span.label_ == "SURNAME" and span.start > 0 and (
                    self._words[span.start - 1] in ADJECTIVE_HEADS
                    or self._words[span.start - 1].endswith("های")):
                continue  # `شفاخانه‌های ولایتی`, `یک هیئت ولایتی`: an adjective after a plural noun or a delegation,
                # not Velayati
            if self._names_a_vessel(span.start) or self._names_an_airport(span.start):
                continue
            if span.label_ == "SURNAME" and self._after_another_first_name(span):
                continue  # `«لیزا جانسون»`: another Johnson than the registered Boris
            if span.label_ == "SURNAME" and self._words[span.start] in ADJECTIVE_SURNAMES \
                    and span.kb_id_ not in full_names:
                continue  # `تیم بازسازی ولایتی ترکیه`, `شورای ولایتی`: provincial, with Velayati nowhere named in full
            if span.label_ == "SURNAME" and (self._words[span.start], self._words[span.end:span.end + 1]) in (
                    COMMON_WORD_SURNAMES):
                continue  # `ارتفاعات مشرف بر جاده`: heights overlooking the road, not Musharraf
            if span.label_ in ("OFFICIAL", "SURNAME"):
                chain = starts_of_chains.get(span.start)
                start = chain[0] if chain else span.start
                m = PersonMention(start, span.end, "name", f"fa.person.register.{span.label_.lower()}",
                                  span.start, span.end, official_id=span.kb_id_.split("|")[0])
                self._apply_chain(m, chain)
                add(m)
        for end, chain in sorted((c[1], c) for c in starts_of_chains.values()):
            name_end = max(self._longer_surname(end, self._take_name(doc, end), used), self._run_to_title(end))
            if name_end + 1 < len(self._words) and self._words[name_end] == "(" \
                    and self._words[name_end + 1] in DEPARTED_BLESSINGS:
                continue  # `دانشگاه افسری امام علی (ع)`, `فرودگاه امام خمینی (ره)`: a holy figure a place is named for
            if self._names_a_vessel(chain[0]):
                continue  # `ناوچه «دریاسالار گورشکوف»`: a ship named after an admiral
            if name_end > end:
                m = PersonMention(chain[0], name_end, "name", "fa.person.rank_name", end, name_end)
                self._apply_chain(m, chain)
                add(m)
        plural_heads = self.plural_heads
        is_plural = {t.start for t in titles if (self._words[t.start] in plural_heads
                                                 or (t.start + 1 < len(self._words) and self._words[t.start + 1] == "های"))
                     and self._words[max(0, t.start - 2):t.start] != ["یکی", "از"]}  # (`یکی از مقام‌های ارشد`: one)
        for title in titles:
            if title.start in is_plural:
                last = self._last_of_names(title.start, used)
                if last is not None:  # `کمال خرازی و عبدالستار وزیران امور خارجه دو کشور`: the last of two names
                    add(PersonMention(last[0], last[1], "name", "fa.person.last_of_names", last[0], last[1]))
                continue  # `سومین دور گفت‌وگوی راهبردی وزرای خارجه`: a plural title has no one name before or after it
            before = self._name_before(doc, title.start)
            if before is not None:
                add(PersonMention(before[0], before[1], "name", "fa.person.name_title", before[0], before[1]))
            after = self._name_after(doc, title.end, title.start > 0 and self._words[title.start - 1] == "با",
                                     named_before=before is not None or (title.start - 1) in used)
            if after is not None:
                add(PersonMention(after[0], after[1], "name", "fa.person.title_name", after[0], after[1]))
            if before is None and after is None and (title.title_id or "").split("|")[0] in MONARCH_TITLES \
                    and title.country is not None:
                one = self._monarchs_name(title)
                if one is not None:
                    add(PersonMention(one, one + 1, "name", "fa.person.monarch_name", one, one + 1))
        for k in where(doc, UNLISTED_OFFICE_HEADS) if not UNLISTED_OFFICE_HEADS.isdisjoint(self._words) else ():
            if k in title_by_start or k in at or (k - 1) in at or k in used:
                continue
            # `و ارسین تاتار رهبر قبرس شمالی نیز حضور داشتند`, `با شاراد کومار رئیس این آژانس دیدار کرد`: a name set
            # off by a boundary before the head of an office no title lists is its holder's
            before = self._name_before(doc, k)
            if before is not None and before[1] - before[0] >= 2 and self._set_off(before[0]):
                add(PersonMention(before[0], before[1], "name", "fa.person.name_office", before[0], before[1]))
        for span in structure:
            if span.label_ == "COUNTERPART":  # `با پکا هاویستو همتای فنلاندی خود`: the name the counterpart is apposed to
                before = self._name_before(doc, span.start)
                if before is not None:
                    add(PersonMention(before[0], before[1], "name", "fa.person.name_counterpart", before[0], before[1]))
        for start, end in self._guillemet_names(doc):
            chain = starts_of_chains.get(start)
            m = PersonMention(chain[0] if chain else start, end, "name", "fa.person.guillemets", start, end)
            self._apply_chain(m, chain)
            add(m)
        known, is_given = self._given_words, self.is_given  # given names first: a word is rarely one
        distinct = positions(doc).keys()  # each word of the article looked up once, then its tokens picked by set tests
        given_here = {word for word in distinct if (known[word] if word in known else is_given(word))}
        candidates = given_here | self.compound_firsts.intersection(distinct)
        for i in [i for i in where(doc, candidates)
                  if self._words[i] in given_here or self._compound_given_at(i)]:
            if i in used or not (self._name_token(i) or self._compound_given_at(i)):
                continue  # (`ولی الله سیف`: a compound given name whose first half is a common word)
            if i > 0 and self._name_token(i - 1) and (i - 1) not in used and not self._foreign_name_after(i):
                continue
            end = self._longer_surname(i, self._take_name(doc, i), used)
            if end - i >= 2:
                add(PersonMention(i, end, "name", "fa.person.given_name", i, end))
        for start, end in self._bare_names(doc, used):
            add(PersonMention(start, end, "name", "fa.person.bare_name", start, end))
        for start, end in self._names_listed_with_names(mentions, used):
            add(PersonMention(start, end, "name", "fa.person.listed_with_names", start, end))
        for start, end, source in self._model_names(doc, used):
            add(PersonMention(start, end, "name", f"{source}.person", start, end))
        self._extend_by_model(doc, mentions, used)
        for i, end in self._surnames_of_named(mentions, used):
            add(PersonMention(i, end, "name", "fa.person.surname_of_named", i, end))
        for i, official_id in self._family_names_after_rank(mentions, used, starts_of_chains):
            chain = starts_of_chains[i]
            m = PersonMention(chain[0], i + 1, "name", "fa.person.family_name_after_rank", i, i + 1,
                              official_id=official_id)
            self._apply_chain(m, chain)
            add(m)
        mentions.sort(key=lambda m: m.start)
        self._name_starts = {m.start for m in mentions if m.kind == "name"}
        self._name_ends = {m.end for m in mentions if m.kind == "name"}
        self._country_by_surname: dict[str, str] = {}
        for m in mentions:
            self._attach_title(doc, m, title_by_start, title_by_end)
            if m.title is None and m.kind == "name":
                m.title = self._office_held(m, at)
            if m.kind == "name" and m.title is not None and m.title.country and m.name_end is not None:
                self._country_by_surname.setdefault(self._words[m.name_end - 1], m.title.country)
        attached = {m.title.start for m in mentions if m.title} | {m.extra["second_title"].start for m in mentions
                                                                     if "second_title" in m.extra}
        # (by position: a title given its qualifier's country is a copy of the one found)
        plural = [t for t in titles if t.start in is_plural]
        self.groups = sorted(self._title_groups(plural, at) + self._summit_heads(at)
                             + self._officials_met(at, {t.start for t in plural}), key=lambda g: g.start)
        self._share_plural_titles(mentions, plural)
        inside = {i for t in titles for i in range(t.start + 1, t.end)}
        titles_by_end: dict[int, list[TitleInfo]] = {}
        for t in titles:
            titles_by_end.setdefault(t.end, []).append(t)
        name_starts = self._name_starts | {i - 1 for i in self._name_starts if i > 0 and self._words[i - 1] == "«"}
        named_at = {m.start: m for m in mentions if m.kind == "name"}
        one_of_dashed, dashed_to = self._dashed_titles(titles, name_starts)
        for title in titles:
            if title.start in one_of_dashed:
                continue  # `صابرزاده رئیس ستاد کل نیروهای مسلح – معاون اول وزیر دفاع`: one person's two offices
            if (title.title_id or "").startswith("fa.title.generic_head:") and title.start in self._name_ends \
                    and self._words[title.start + 1:title.start + 2] == ["این"]:
                continue  # `با مجتبی ذوالنور رئیس این کمیسیون دیدار کرد`: the office of the one just named
            serving = title.end in named_at and self._serves_whom(title)
            if title.start in attached or title.is_reporter or title.start in is_plural \
                    or title.start in inside or (title.end in name_starts and not serving):
                continue  # `سلطان هیثم بن طارق پادشاه عمان`: a title right before a name is that person's
            if title.end - title.start == 1 and title.end < len(self._words) and self._words[title.end] in AUXILIARIES:
                continue  # `که به پژواک فرستاده شده`: a participle (sent), not the title (envoy)
            if title.start > 0 and self._words[title.start - 1] in INDEFINITES and title.country is None:
                continue  # `نخستین سفر یک مقام بلندپایه خارجی`: any official, no one in particular (but `یک مقام چینی`)
            if title.title_id == "fa.title.generic_head:unga_president" and self._words[title.start - 1] == "ریاست":
                continue  # `به ریاست رئیس این دوره از مجمع عمومی`: the session's chair told by no name attends no one's
            if self._serves(title, titles_by_end):
                continue  # `مشاور دیپلماتیک رئیس امارات`: the president is whom the adviser serves, not a person here
            if self._second_hat_of_next(title, title_by_start):
                continue  # `ولیعهد، معاون نخست‌وزیر و وزیر دفاع عربستان`, `در دیدار معاون نخست‌وزیر و وزیر دفاع
                # مالزی`: a deputy prime minister's office is the first of one person's two
            if title.start > 0 and self._words[title.start - 1] == "نزد":
                continue  # `آژانس کنترل مواد مخدر نزد رئیس‌جمهور تاجیکستان`: the body's name (attached to the
                # president)
            if title.start > 0 and self._words[title.start - 1] in OFFICE_WORDS and title.country is None \
                    and (title.start < 2 or self._words[title.start - 2] not in OFFICE_HEADS):
                continue  # `در دفتر نخست‌وزیر`, `به گفته دفتر نخست‌وزیر`: the office, a place or a source, no one in it
            country, country_rule = title.country, title.country_rule
            if country is None and title.start in dashed_to:  # (`معاون وزیر دفاع – رئیس ستاد کل ... تاجیکستان`)
                country, country_rule = dashed_to[title.start].country, dashed_to[title.start].country_rule
            served = self.kb.officials.get(named_at[title.end].official_id or "") if serving else None
            if country is None and served is not None:
                # `فرستاده ویژه علی‌اف`: an envoy of Azerbaijan's
                country, country_rule = served.country, "fa.country.whom_it_serves"
            add(PersonMention(title.start, title.end, "title_only", "fa.person.title_only", title=title,
                              country=country, country_rule=country_rule))
        for title in self._plural_officials_met(at):
            add(PersonMention(title.start, title.end, "title_only", "fa.person.plural_officials", title=title,
                              country=title.country, country_rule=title.country_rule))
        for span in structure:
            if span.label_ == "COUNTERPART":
                country, country_rule, end = self._qualifier(doc, span.end, at)
                if country is None and self._words[span.start] in GUEST_WORDS:
                    continue  # `به عنوان میهمان`: a guest of no country named is no one to resolve
                if country is None and self._words[span.start] == "همتایان" \
                        and self._words[end:end + 1] in (["خود"], ["خویش"]) \
                        and (end + 1 >= len(doc) or self._punct[end + 1] or self._words[end + 1] in ("در", "از")):
                    continue  # `در تماس‌های تلفنی متعدد با همتایان خود، خواستار ... شده است`: his counterparts of
                    # no country named, no one in particular (`همتایان خود در کشورهای اسلامی`, `از اروپا`)
                span_start = span.start
                while country is not None and end + 1 < len(doc) and self._words[end] in ("و", "،"):
                    other = self._qualifier(doc, end + 1, at)
                    if other[0] is None or other[0] == country:
                        break
                    # `همتایان سعودی و قطری خود`, `همتایان سعودی، ترک و قطری خود`: one counterpart of each country
                    add(PersonMention(span_start, end, "counterpart", "fa.person.counterpart",
                                      country=country, country_rule=country_rule))
                    span_start, (country, country_rule, end) = end + 1, other
                end = end + 1 if end < len(doc) and self._words[end] in ("خود", "خویش", "ایشان") else end
                m = PersonMention(span_start, end, "counterpart", "fa.person.counterpart",
                                  country=country, country_rule=country_rule)
                if self._words[span.start] in GUEST_WORDS:
                    m.extra["guest"] = True  # the visitor, whatever his office
                add(m)
                named = self._name_after_counterpart(end, used)
                if named is not None:  # `با همتای قزاقستانی خود روسلان ژاکسیلیکوف گفتگو نمود`
                    add(PersonMention(named[0], named[1], "name", "fa.person.counterpart_name", named[0], named[1],
                                      country=country, country_rule=country_rule))
        for i in where(doc, REPRESENTATIVES) \
                if not REPRESENTATIVES.isdisjoint(distinct) else ():
            for start, end, country in self._representatives_listed(i, at):
                # `نمایندگان نیروهای دریایی چین، روسیه و ترکیه نیز حضور داشتند`: one delegation of each country
                add(PersonMention(start, end, "delegation", "fa.person.delegation", country=country,
                                  country_rule="fa.country.delegations_listed"))
        for i in [i for i in where(doc, ANY_DELEGATION_WORDS) if self._words[i] in DELEGATION_WORDS
                  or self._words[i + 1:i + 2] == ["از"]] \
                if not ANY_DELEGATION_WORDS.isdisjoint(distinct) else ():
            # (`با هیئتی از پولیس ... ایران دیدار کرد`: a delegation told by where it comes from)
            for start, end, country in self._delegations_listed(i, at):
                # `هیئت‌های روسیه، چین، فرانسه، آلمان و انگلیس`: one delegation of each country
                add(PersonMention(start, end, "delegation", "fa.person.delegation", country=country,
                                  country_rule="fa.country.delegations_listed"))
            if i not in used and (i + 1) not in used \
                    and (i == 0 or self._words[i - 1] not in ("رئیس", "سرپرست", "عضو", "اعضای")):  # `رئیس هیئت ایرانی`
                j = i + 1
                while j < len(self._words) and j - i < 5 and (
                        self._words[j] in DELEGATION_ADJECTIVES
                        or (self._words[j] == "و" and j + 1 < len(self._words)
                            and self._words[j + 1] in DELEGATION_ADJECTIVES)):
                    j += 1  # `هیئت پارلمانی پاکستان`, `هیئت بلندپایه نظامی روسیه`, `هیئت تجاری و اقتصادی ...`
                country, country_rule, end = self._qualifier(doc, j, at)
                if country is None and j + 1 < len(self._words) and self._words[j] == "از":
                    country, country_rule, end = self._delegation_origin(j + 1, at) or (None, None, end)
                elif country is None and j < len(self._words) and (
                        self._words[j] in DELEGATION_PLACE_NOUNS or (j in at and at[j].start == j
                                                                      and at[j].label_ == "PLACE")):
                    # `هیئت شهر تاشکند به سرپرستی ...`, `هیئت صنعا`: a delegation of a city or province, of its country
                    country, country_rule, end = self._delegation_origin(j, at) or (None, None, end)
                elif country is None and j < len(self._words) and self._words[j] in DELEGATION_BODIES:
                    # `هیئت وزارت تولیدات دفاعی پاکستان`: a delegation of a ministry or body of that country
                    country, country_rule, end = self._body_origin(j, at) or (None, None, end)
                org = at.get(i + 1)
                if country is None and org is not None and org.start == i + 1 and org.label_ == "ORG":
                    m = PersonMention(i, org.end, "delegation", "fa.person.delegation")
                    m.extra["org"] = org.kb_id_.split("|")[0]  # `هیئت سازمان ملل ... ملاقات کرد`: its head
                    add(m)
                if country is not None:  # `هیئت ازبکستان ... دیدار کرد`: the delegation, i.e. its head
                    add(PersonMention(i, end, "delegation", "fa.person.delegation", country=country,
                                      country_rule=country_rule))
                    named = self._bare_name(end + 1, lambda e: self._words[e] in GENERIC_HEADS or (
                        e in self._at and self._at[e].label_ == "TITLE"), used) \
                        if end + 1 < len(self._words) and self._words[end] == "را" else None
                    if named is not None:  # `هیئت تاجیکستان را سیمومین یتیموف رئیس کمیته ... رهبری می‌کرد`
                        add(PersonMention(named[0], named[1], "name", "fa.person.delegation_leader",
                                          named[0], named[1]))
        for i in [i for i in where(doc, frozenset({"سطح"})) if i > 1 and self._words[i - 1] == "در"] \
                if "سطح" in distinct else ():
            for start, end, country in self._countries_listed_before(i - 1, at):
                # `ترکیه، عربستان، کویت و اردن نیز در سطح معاون وزیر یا سفیر در آن نمایندگی داشتند`: each country's
                # delegation, at that level
                add(PersonMention(start, end, "delegation", "fa.person.delegation", country=country,
                                  country_rule="fa.country.delegations_listed"))
        for i in self._surnames_without_article(mentions, used):
            add(PersonMention(i, i + 1, "name", "fa.person.surname_without_article", i, i + 1))
        mentions.sort(key=lambda m: m.start)
        for m in mentions:
            if self._departed(m):
                m.extra["departed"] = True
        mentions = self._apposed_counterparts(mentions)
        self._shared_qualifiers(mentions)
        for m in mentions:
            self._resolve_country(m)
        self._shortened_titles(mentions)
        self._deputies_of_the_minister_told(mentions)
        self._delegation_leaders(mentions)
        self._heads_of_delegations_told(mentions)
        return mentions

    def _surnames_without_article(self, mentions: list[PersonMention], used: set[int]) -> list[int]:
        """`با جعفری دیداری دوجانبه داشت` after `ابراهیم الجعفری`: a lone word that is the last word of a name told
        before, written without its Arabic article, names him again (a word the gazetteers know is left alone)."""
        told: dict[str, int] = {}
        for m in mentions:
            if m.kind == "name" and m.name_start is not None and m.name_end - m.name_start >= 2:
                last = self._words[m.name_end - 1]
                if last.startswith("ال") and len(last) > 4:
                    told.setdefault(last[2:], m.end)
        if not told:
            return []
        return [i for word, after in told.items() for i in where(self._doc, frozenset({word}))
                if i >= after and i not in used and i not in self._at and self._alpha[i]
                and not (i > 0 and self._alpha[i - 1] and self._words[i - 1] not in self.stopwords)]

    def _deputies_of_the_minister_told(self, mentions: list[PersonMention]) -> None:
        """`ظریف وزیر امور خارجه و با حضور عراقچی و تخت‌روانچی معاونان وزیر`, `بائریسویل معاون وزیر و دبیر دولتی
        وزارت خارجه سوئیس`: a deputy of "the minister", named in a sentence that just told the foreign (or defence)
        minister, or with that ministry right after, is his deputy."""
        words = self._words
        deputy_of = {"foreign_minister": "deputy_foreign_minister", "defense_minister": "deputy_defense_minister"}
        for k, m in enumerate(mentions):
            if m.title is None or m.title.title_id != "fa.title.deputy_minister":
                continue
            role = None
            for j in range(m.title.end, min(m.title.end + 8, len(words) - 1)):
                if (self._punct[j] and words[j] != "،") or words[j] == "\n":
                    break
                if words[j] == "وزارت":
                    nxt = words[j + 1:j + 3]
                    role = "deputy_foreign_minister" if "خارجه" in nxt else (
                        "deputy_defense_minister" if nxt[:1] == ["دفاع"] else None)
                    break
            if role is None:
                for other in reversed(mentions[max(0, k - 4):k]):
                    if m.start - other.end > 30 or any(w == "." for w in words[other.end:m.start]):
                        break
                    if other.role in deputy_of and (m.country is None or other.country in (m.country, None)):
                        role = deputy_of[other.role]
                        break
            if role is not None:
                m.title = replace(m.title, role=role)

    def _shared_qualifiers(self, mentions: list[PersonMention]) -> None:
        """`محمد حسن وزیر امور خارجه و تنکو ظفرالعزیز وزیر سرمایه‌گذاری مالزی`: titled people joined by `و` share
        the country that closes the last title (an unregistered one only; the register knows the others)."""
        named = [m for m in mentions if m.kind == "name" and m.title is not None]
        for first, second in reversed(list(zip(named, named[1:]))):
            if first.country or first.official_id or first.title.country or second.country is None \
                    and second.title.country is None:
                continue
            if first.title.end + 1 == second.start and self._words[first.title.end] == "و" \
                    and self._in_presence_list(first.start):
                first.country = second.country or second.title.country
                first.country_rule = "fa.country.shared_qualifier"

    def _in_presence_list(self, start: int) -> bool:
        """Token `start` is in a list opened by `با حضور` (not by `به ریاست`: co-chairs are of two countries)."""
        for k in range(start - 1, max(-1, start - 60), -1):
            word = self._words[k]
            if word in (".", "\n", "\n\n", "ریاست", "رؤسای", "روسای"):
                return False
            if word == "حضور":
                return True
        return False

    def _shortened_titles(self, mentions: list[PersonMention]) -> None:
        """`فرمانده ناوگروه` after `فرمانده ناوگروه اعزامی نیروی دریایی ارتش`: a title-only mention of no country whose
        words (two or more) begin an earlier title-only mention of the same role takes that mention's country."""
        seen: dict[tuple, list[tuple[tuple[str, ...], PersonMention]]] = {}
        """the mentions seen, by role and first two words (those a title of two or more words can begin)"""
        for m in mentions:
            if m.kind != "title_only" or m.title is None:
                continue
            words = tuple(self._words[m.title.start:m.title.end])
            if m.country is None and len(words) >= 2:
                earlier = next((e for full, e in reversed(seen.get((m.role, words[:2]), ()))
                                if full[:len(words)] == words), None)
                if earlier is not None:
                    m.country, m.country_rule = earlier.country, "fa.country.shortened_title"
            if m.country is not None and (m.country_rule in INHERITED_COUNTRY_RULES or m.country == self._outlet_country):
                # (not `سرپرست وزارت دفاع امریکا` in an Afghan outlet: a title named with a foreign country)
                seen.setdefault((m.role, words[:2]), []).append((words, m))

    def _delegation_leaders(self, mentions: list[PersonMention]) -> None:
        """`هیئت پاکستان را اعزاز احمد چودری معین وزارت امور خارجه آن کشور ... رهبری می‌کرد`: the name (or the title
        alone: `هیئت افغانستان را معین وزارت تجارت ... رهبری میکردند`) after the delegation's `را` is its leader, of
        its country (a title's `آن کشور` may point at another one)."""
        starts = {m.start: m for m in mentions if m.kind in ("name", "title_only")}
        titled = {m.title.start: m for m in mentions if m.kind == "name" and m.title is not None}
        for m in mentions:
            if m.kind != "delegation" or not m.country or m.end >= len(self._words) or self._words[m.end] != "را":
                continue
            leader = next((starts[k] for k in range(m.end + 1, m.end + 4) if k in starts), None) \
                or titled.get(m.end + 1)  # `هیئت افغانستان را معاون وزیر امور خارجه جاوید لودین ... سرپرستی می‌کرد`
            if leader is not None and (leader.country is None or leader.country_rule in (
                    "fa.country.this_country", "fa.country.unqualified_title_source")):
                leader.country, leader.country_rule = m.country, "fa.country.delegation_led"

    def _heads_of_delegations_told(self, mentions: list[PersonMention]) -> None:
        """`ریاست هیئت ایرانی را معاون هماهنگ‌کننده نیروی دریایی ... بر عهده داشت` and later `رئیس هیئت ایرانی`: the
        head of that delegation holds the office told for him (not `head_of_organization` of a delegation)."""
        words = self._words
        led: dict[str, PersonMention] = {}
        for k, m in enumerate(mentions):
            if m.kind == "delegation" and m.country and m.start > 0 and words[m.start - 1] == "ریاست" \
                    and words[m.end:m.end + 1] == ["را"]:
                leader = next((x for x in mentions[k + 1:k + 3] if x.start <= m.end + 2 and x.title is not None
                               and x.kind in ("name", "title_only")), None)
                if leader is not None:
                    led[m.country] = leader
            elif m.kind == "title_only" and m.title is not None and m.title.title_id in DELEGATION_HEAD_TITLES \
                    and m.country in led:
                told = led[m.country].title
                m.title = replace(m.title, title_id=told.title_id, role=told.role)

    def _longer_surname(self, start: int, end: int, used: set[int]) -> int:
        """A two-word surname (`حسین مدرس خیابانی`, `محمد مدثر تیپو`, `مهدی احمدپور سامانی`) before a boundary."""
        if end - start >= 2 and end + 1 < len(self._words) and self._name_token(end) and end not in used \
                and not self.is_given(self._words[end]) and self._ends_name(end + 1):
            return end + 1
        return end

    def _officials_met(self, at: dict[int, Span], plural_starts: set[int]) -> list[TitleGroup]:
        """`با مسئولان وزارت انرژی روسیه دیدار کرد`, `با مقامات ارشد چینی`: officials of one country met, told with no
        office (titles of one, `مقام‌های امنیتی روسیه`, are read as plural titles): one official of that country."""
        groups = []
        for i in where(self._doc, OFFICIALS_HEADS | {"مقام"}):
            pos = i + 1
            if self._words[i] == "مقام":
                if pos >= len(self._words) or self._words[pos] != "های":
                    continue
                pos += 1
            if i in plural_starts:
                continue
            met = i > 0 and self._words[i - 1] == "با"
            pos, free = self._officials_body_end(at, pos, met)
            span = at.get(pos)
            if span is None or span.start != pos or span.label_ not in COUNTRY_LABELS:
                continue
            country = "@source" if span.label_ == "OUR_COUNTRY" else span.kb_id_.split("|")[0]
            countries, end = [country], span.end
            while end + 1 < len(self._words) and self._words[end] in ("و", "،") and (end + 1) in at \
                    and at[end + 1].start == end + 1 and at[end + 1].label_ in COUNTRY_LABELS:
                span = at[end + 1]  # `مسئولان راه آهن افغانستان و ازبکستان ... گفتگو کردند`: one of each country
                countries.append("@source" if span.label_ == "OUR_COUNTRY" else span.kb_id_.split("|")[0])
                end = span.end
            if not met and len(countries) == 1 and end + 2 < len(self._words) and self._words[end] == "و" \
                    and self._words[end + 1] in PAIRED_OFFICIALS_HEADS:
                # `مسئولان پولیس سرحدی افغانستان و افسران قوای سرحدی پاکستان ... نشست بیرقی برگزار کردند`: the officials
                # of one country and those of another, one of each
                other, _ = self._officials_body_end(at, end + 2, False)
                span = at.get(other)
                if span is not None and span.start == other and span.label_ in COUNTRY_LABELS:
                    second = "@source" if span.label_ == "OUR_COUNTRY" else span.kb_id_.split("|")[0]
                    if second != country:
                        countries, end = [country, second], span.end
            if not met and (len(countries) < 2 or len(set(countries)) < len(countries)):
                continue  # (with no `با`, officials of two countries or more: `مقامات ایران گفتند` is no contact)
            if met:
                countries, end = [country], at[pos].end
            elif free and self._words[i] == "مقام":
                continue  # (`مقام‌های ...` with a body's words is a plural title when it is one)
            title = TitleInfo(i, end, "fa.title.officials_of_a_country", "official", country if met else None,
                              "fa.country.officials_of_a_country" if met else None, None)
            groups.append(TitleGroup(i, end, title, countries))
        return groups

    def _officials_body_end(self, at: dict[int, Span], pos: int, met: bool) -> tuple[int, int]:
        """Where the words after `مسئولان`/`مقامات` that qualify them or name their body (`ارشد نظامی`, `وزارت انرژی`,
        `پولیس سرحدی`) end, and how many free words of a body were among them."""
        limit = min(pos + 5, len(self._words))
        free = 0  # words of the body they serve (`مسوولان راه آهن افغانستان و ازبکستان`)
        while pos < limit and pos not in at:
            word = self._words[pos]
            if word in OFFICIALS_QUALIFIERS or word in GROUP_FILLERS:
                pos += 1
            elif self._words[pos - 1] == "وزارت":  # `مسئولان وزارت انرژی روسیه`: the ministry's own word
                pos += 1
            elif not met and free < 2 and word.isalpha() and word not in BODY_WORD_STOPS:
                pos += 1
                free += 1
            else:
                break
        return pos, free

    def _summit_heads(self, at: dict[int, Span]) -> list[TitleGroup]:
        """`نشست سه‌جانبه سران ایران، روسیه و ترکیه`: the heads of the states listed after `سران`, one each."""
        groups = []
        for i in where(self._doc, ("سران", "رهبران")):
            countries, pos = [], i + 1
            if pos + 1 < len(self._words) and self._words[pos] in COUNT_WORDS and self._words[pos + 1] == "کشور":
                pos += 2  # `رهبران سه کشور ایران، روسیه و جمهوری آذربایجان`
            while pos < len(self._words):
                span = at.get(pos)
                if span is None or span.start != pos or span.label_ != "COUNTRY":
                    break
                countries.append(span.kb_id_.split("|")[0])
                pos = span.end
                if pos + 1 < len(self._words) and self._words[pos] in ("،", "و") and (pos + 1) in at:
                    pos += 1
            if len(countries) >= 2 and len(set(countries)) == len(countries):
                title = TitleInfo(i, i + 1, "fa.title.summit_heads", "head_of_state", None, None, None)
                groups.append(TitleGroup(i, pos, title, countries))
        return groups

    def _title_groups(self, plural: list[TitleInfo], at: dict[int, Span]) -> list[TitleGroup]:
        """`رؤسای ستاد کل نیروهای مسلح ایران و ترکیه`: a plural title over a list of countries, one office holder
        of each (the assembler makes them sides when a contact has no one else to name)."""
        groups = []
        for title in plural:
            countries = [title.country] if title.country else []
            pos = title.end
            if not countries:  # `مدیران سیاسی وزارتخانه‌های خارجه آلمان، فرانسه و انگلیس`: a few words of the body
                skip = pos
                while skip < min(pos + 5, len(self._words)) and self._words[skip] in GROUP_FILLERS \
                        and skip not in at:
                    skip += 1
                span = at.get(skip)
                if skip > pos and span is not None and span.start == skip and span.label_ in COUNTRY_LABELS:
                    countries.append("@source" if span.label_ == "OUR_COUNTRY" else span.kb_id_.split("|")[0])
                    pos = span.end
            while pos + 1 < len(self._words) and self._words[pos] in ("و", "،") and (pos + 1) in at \
                    and at[pos + 1].start == pos + 1 and (at[pos + 1].label_ in COUNTRY_LABELS
                                                          or self._organisation_in_list(at, pos + 1)):
                span = at[pos + 1]
                if span.label_ not in COUNTRY_LABELS:
                    pos = span.end  # `نمایندگان ویژه امریکا، فرانسه، اتحادیه اروپا و نروژ`: a body listed among them
                    continue
                countries.append("@source" if span.label_ == "OUR_COUNTRY" else span.kb_id_.split("|")[0])
                pos = span.end
            if title.role is not None and len(set(countries)) == len(countries) and (
                    len(countries) >= 2 or (countries and title.start > 0 and self._words[title.start - 1] == "با")
                    or (countries and self._second_of_between(title.start))):
                # (`با مقام‌های امنیتی این کشور دیدار کرد`: the officials of one country met, one side of it)
                if title.start >= 2 and self._words[title.start - 1] == "و" \
                        and not self.plural_heads.isdisjoint(self._words[max(0, title.start - 4):title.start - 1]):
                    title = replace(title, role="official")  # `نمایندگان ویژه و سفیران A، B و C`: one or the other
                groups.append(TitleGroup(title.start, pos, title, countries))
        return groups

    def _organisation_in_list(self, at: dict[int, Span], k: int) -> bool:
        """An international body named at `k` inside a plural title's list of countries, a country after it."""
        span = at[k]
        after = at.get(span.end + 1)
        return span.label_ == "ORG" and span.end + 1 < len(self._words) and self._words[span.end] in ("و", "،") \
            and after is not None and after.start == span.end + 1 and after.label_ in COUNTRY_LABELS

    def _second_of_between(self, start: int) -> bool:
        """`نشست بیرقی میان قوماندان لوای سرحدی افغانستان و مقام‌های نظامی پاکستان`: the plural title after `و` is the
        second party of `میان/بین A و B`, the officials of one country (not `با ... و` nor a clause apart)."""
        if start < 2 or self._words[start - 1] != "و":
            return False
        for k in range(start - 2, max(-1, start - 14), -1):
            if self._words[k] in ("میان", "بین"):
                return True
            if self._words[k] in ("،", ".", "و", "با", "که", ":", "؛"):
                return False
        return False

    def _share_plural_titles(self, mentions: list[PersonMention], plural: list[TitleInfo]) -> None:
        """`ناخدا A، ناخدا B و ناخدا C فرماندهان سه ناو`: a plural title after a list of names is each one's title."""
        by_end = {m.end: m for m in mentions if m.kind == "name"}
        for title in plural:
            end = title.start - 1 if title.start > 0 and self._words[title.start - 1] in PUNCT_GAP else title.start
            listed = []
            while end in by_end and by_end[end].title in (None, title):
                m = by_end[end]
                listed.append(m)
                gap = m.start - 1
                if gap < 0 or self._words[gap] not in ("و", "،", ","):
                    break
                end = gap
            if len(listed) < 2:
                continue
            listed.reverse()
            group = next((g for g in self.groups if g.title is title), None)
            for k, m in enumerate(listed):
                if group is not None:  # `X، Y و Z وزیران خارجه آلمان، فرانسه و انگلیس`: one country each, in order
                    country = group.countries[k] if len(group.countries) == len(listed) else None
                    m.title = replace(title, country=country, country_rule="fa.country.plural_title_list" if country
                                      else None)
                    m.rule += "+plural_title"
                elif m.title is None:
                    m.title = title
                    m.rule += "+plural_title"

    def _departed(self, m: PersonMention) -> bool:
        """`امام خمینی (ره)`, `شهید اسماعیل هنیه`, `ترور اسماعیل هنیه`: a name with a blessing or title for the
        departed, or the object of a killing, names no one who takes part (the person stays a mentioned one)."""
        words, end = self._words, m.end
        if (m.start > 0 and words[m.start - 1] in MARTYR_WORDS) or words[m.start] in MARTYR_WORDS \
                or (m.start > 1 and words[m.start - 1] == "«" and words[m.start - 2] in MARTYR_WORDS):
            return True  # `ترور شهید اسماعیل هنیه`, `پیامدهای ترور اسماعیل هنیه`, `سالگرد شهادت «X»`
        if (m.start > 0 and words[m.start - 1] in LATE_WORDS) or (end < len(words) and words[end] in LATE_WORDS) \
                or (m.start > 1 and words[m.start - 1] == "،"
                    and not LATE_WORDS.isdisjoint(words[max(0, m.start - 5):m.start - 1])):
            return True  # `مرحوم X`, `رئیس جمهوری فقید ازبکستان، اسلام کریم‌اف`: the late
        return end + 2 < len(words) and words[end] == "(" and words[end + 1] in DEPARTED_BLESSINGS

    def _after_another_first_name(self, span: Span) -> bool:
        """A registered surname right after a first name that none of its officials' names holds."""
        if span.start == 0 or not (self.is_given(self._words[span.start - 1]) or (
                span.start >= 2 and self._words[span.start - 2] == "«" and self._name_token(span.start - 1))):
            return False  # (a known first name, or any word opening the same guillemets: `«لیزا جانسون»`)
        first = self._words[span.start - 1]
        names = [self.kb.officials[key] for key in span.kb_id_.split("|") if key in self.kb.officials]
        return bool(names) and not any(
            first in self.kb.normalizer.normalize_pattern(" ".join([o.name, *o.variants])).split() for o in names)

    def _chained(self, a: PersonMention, b: PersonMention) -> bool:
        """Mention `b` follows `a` in a list: only commas, `و` and guillemets between them."""
        return a.end <= b.start and all(w in LIST_GLUE for w in self._words[a.end:b.start])

    def _respective_counterparts(self, mentions: list[PersonMention]) -> list[PersonMention]:
        """`«A»، «B» و «C» همتایان آمریکایی، استرالیایی و ژاپنی وی`: as many names as the plural counterpart phrase
        right after them has countries, each of its country in turn (the phrase then names no one else)."""
        dropped: set[int] = set()
        for j in range(1, len(mentions)):
            run = [mentions[j]]
            while run[-1].kind == "counterpart" and j + len(run) < len(mentions) \
                    and mentions[j + len(run)].kind == "counterpart" and self._chained(run[-1], mentions[j + len(run)]):
                run.append(mentions[j + len(run)])
            k = len(run)
            if k < 2 or run[0].kind != "counterpart" or j < k:
                continue
            names = mentions[j - k:j]
            if not all(n.kind == "name" and n.title is None for n in names) \
                    or not all(self._chained(a, b) for a, b in zip(names, names[1:])) \
                    or not self._chained(names[-1], run[0]):
                continue
            for name, phrase in zip(names, run):
                name.extra["apposed_counterpart"] = phrase
                if name.country is None and phrase.country is not None:
                    name.country, name.country_rule = phrase.country, "fa.country.counterpart_apposition"
                dropped.add(id(phrase))
        return [m for m in mentions if id(m) not in dropped] if dropped else mentions

    def _apposed_counterparts(self, mentions: list[PersonMention]) -> list[PersonMention]:
        """`با الکساندر وولین همتای صرب خود`, `با همتای تاجیک خود، سپهبد شیرعلی میرزا،`: a counterpart phrase right
        before or after a name describes that person. The name takes the phrase's country and keeps the phrase (its
        role comes from the other side later)."""
        mentions = self._respective_counterparts(mentions)
        kept: list[PersonMention] = []
        for m in mentions:
            previous = kept[-1] if kept else None
            if previous is None or not (m.start == previous.end or (m.start == previous.end + 1
                                                                    and self._words[previous.end] in APPOSITION_GAP)):
                kept.append(m)
                continue
            if m.kind == "counterpart" and previous.kind == "name" and previous.title is None:
                name, phrase = previous, m
            elif previous.kind == "counterpart" and m.kind == "name" and self._whose_counterpart(previous, m, kept):
                continue  # `همتای ترک میرکاظمی`: whose counterpart, no one else at the contact
            elif previous.kind == "counterpart" and m.kind == "name" and m.title is None:
                name, phrase = m, previous
                kept[-1] = m
            else:
                kept.append(m)
                continue
            name.extra["apposed_counterpart"] = phrase
            if name.country is None and phrase.country is not None:
                name.country, name.country_rule = phrase.country, "fa.country.counterpart_apposition"
        return kept

    def _names_listed_with_names(self, mentions: list[PersonMention], used: set[int]) -> list[tuple[int, int]]:
        """`لیندزی گراهام، الیزابت وارن، شلدون وایتهاوس و دیوید پردیو`: two or three name tokens no rule knows, an item
        of a list (set off by commas or `و`) whose items next to it are names on both sides, or at the list's edge two
        names on its one side, are a name too."""
        words = self._words
        items = {(m.start, m.end) for m in mentions if m.kind == "name"}
        by_start = {a: (a, b) for a, b in items}
        by_end = {b: (a, b) for a, b in items}
        found: list[tuple[int, int]] = []

        def item_after(end: int) -> tuple[int, int] | None:  # the list item right after a glue at `end`
            return by_start.get(end + 1) if end < len(words) and words[end] in ("،", "و") else None

        def item_before(start: int) -> tuple[int, int] | None:  # the list item right before a glue at `start - 1`
            return by_end.get(start - 1) if start > 0 and words[start - 1] in ("،", "و") else None

        changed = True
        while changed:
            changed = False
            for a, b in sorted(items):
                for size in (2, 3):
                    for start, end in ((b + 1, b + 1 + size), (a - 1 - size, a - 1)):
                        if start < 0 or end >= len(words) or (start, end) in items or words[end] not in ("،", "و") \
                                or not (start == 0 or words[start - 1] in ("،", "و") or self._punct[start - 1]
                                        or "\n" in words[start - 1]):
                            continue
                        if not all(self._name_token(k) and k not in used and k not in self._at
                                   for k in range(start, end)) \
                                or any(w in self.stopwords or w in self.not_bare_names or w.endswith("گان")
                                       for w in words[start:end]):
                            continue
                        left, right = item_before(start), item_after(end)
                        inner = (right is not None and item_after(right[1]) is not None) or (
                            left is not None and item_before(left[0]) is not None)
                        if (left is not None and right is not None) or inner:
                            items.add((start, end))
                            by_start[start], by_end[end] = (start, end), (start, end)
                            found.append((start, end))
                            changed = True
        return found

    def _whose_counterpart(self, phrase: PersonMention, m: PersonMention, before: list[PersonMention]) -> bool:
        """`همتای ترک میرکاظمی`: a registered official of another country right after a counterpart phrase with no
        `خود` (and no comma: `در تماس با همتای قطری، امیرعبداللهیان و ...`) is whose counterpart it is (a genitive),
        not the counterpart. A surname alone (`همتای افغان حاتمی`) is of the official named with it `before`."""
        official_id = m.official_id
        if official_id is None and m.rule == "fa.person.surname_of_named":
            surname = self._words[m.start:m.end]
            official_id = next((e.official_id for e in reversed(before) if e.kind == "name" and e.official_id
                                and e.name_end is not None
                                and self._words[e.name_end - len(surname):e.name_end] == surname), None)
        official = self.kb.officials.get(official_id) if official_id else None
        return m.start == phrase.end and official is not None and phrase.country is not None \
            and official.country is not None \
            and self._words[phrase.end - 1] not in ("خود", "خویش", "ایشان") \
            and not _same_country(official.country, phrase.country, self._outlet_country)

    def _model_names(self, doc: Doc, used: set[int]) -> list[tuple[int, int, str]]:
        """The merge policy for model PERSON spans (backends spacy-ner and stanza).

        Rules win: a model span that touches any rule mention is dropped, and tokens the rules know as something
        else (a title, a rank, a place, a trigger, a function word) are cut off its edges. What is left must be a
        run of two or more name tokens: a lone word (`اشغالی`, `بنا`) is too often a common word, and a lone
        surname of someone named in full earlier is the rules' coreference's job. The model adds names the rules lack.
        """
        names = []
        for span in doc.spans.get("model_entities", []):
            if span.label_ != "PERSON" or not used.isdisjoint(range(span.start, span.end)):
                continue
            start, end = span.start, span.end
            while start < end and not self._name_token(start):
                start += 1
            while end > start and not self._name_token(end - 1):
                end -= 1
            if start == end or not all(self._name_token(i) for i in range(start, end)):
                continue
            if end - start < 2:
                continue
            names.append((start, end, span.id_ or "model"))
        return names

    def _surnames_of_named(self, mentions: list[PersonMention], used: set[int]) -> list[tuple[int, int]]:
        """Tokens that repeat the surname of a person named in full elsewhere in the article (`باقری` after
        `سرلشکر محمد باقری`, `ون` after `ون جیابائو`), also when the register cannot tell whose surname it is;
        coreference links them."""
        surnames, split = set(), set()
        for m in mentions:
            if m.kind != "name" or m.name_start is None or m.name_end - m.name_start < 2 \
                    or (m.rule.split("+")[0] not in SURNAME_SOURCES
                        and not (m.rule == "fa.person.guillemets" and (m.end + 1 in self._title_starts
                                                                        or self.is_given(self._words[m.name_start])))):
                continue  # (a «guillemet» phrase with an office after it, or opening with a first name, is a name)
            last = self._words[m.name_end - 1]
            official = self.kb.officials.get(m.official_id) if m.official_id else None
            if official is not None and official.country in FAMILY_NAME_FIRST and official.surname \
                    and self.kb.normalizer.normalize_pattern(official.surname) == self._words[m.name_start]:
                last = self._words[m.name_start]  # `ون` after `ون جیابائو`: the family name the register gives, first
            if last in self.name_suffixes and m.name_end - m.name_start >= 3:
                split.add((self._words[m.name_end - 2], last))  # `قلی اف` after `الچین قلی اف`: a lost ZWNJ
            elif len(last) >= 2 and last not in self.particles and last not in self.stopwords:
                surnames.add(last)
            if official is not None and official.surname and official.country not in FAMILY_NAME_FIRST:
                # `باقری` after `علی باقری کنی`, `رودریگز` after `برونو رودریگز پاریا`: the first word of the surname
                # the register gives (a two-word one, or one the told name runs on after)
                first = self.kb.normalizer.normalize_pattern(official.surname.split(" ")[0])
                if first != last and " " not in first and len(first) >= 2 and first not in self.particles \
                        and first not in self.stopwords:  # (not `بردی` of `بردی‌محمداف`: one word with a ZWNJ)
                    surnames.add(first)
        words = self._words
        found = [(i, i + 1) for i in where(self._doc, surnames) if i not in used and self._name_token(i)]
        if split:
            found += [(i, i + 2) for i in where(self._doc, {first for first, _ in split}) if i + 1 < len(words)
                      and (words[i], words[i + 1]) in split and i not in used and i + 1 not in used
                      and self._name_token(i)]
            found.sort()
        return found

    def _family_names_after_rank(self, mentions: list[PersonMention], used: set[int],
                                 chains: dict[int, tuple]) -> list[tuple[int, str]]:
        """`ژنرال وی` after `ژنرال وی فنگه`, `دریادار ایرانی` after `دریادار شهرام ایرانی`: the family name of a
        registered official named in full in the article (first in a Chinese, Korean or Vietnamese name) names
        him when a rank stands right before it; the rank is what tells Wei from the pronoun وی, and Irani from
        the demonym."""
        first: dict[str, str] = {}
        for m in mentions:
            if m.kind == "name" and m.official_id and m.name_start is not None and m.name_end - m.name_start >= 2:
                official = self.kb.officials.get(m.official_id)
                if official is not None:
                    family = m.name_start if official.country in FAMILY_NAME_FIRST else m.name_end - 1
                    first.setdefault(self._words[family], m.official_id)
        return [(i, first[self._words[i]]) for i in sorted(chains)
                if i < len(self._words) and self._words[i] in first and i not in used]

    def _extend_by_model(self, doc: Doc, mentions: list[PersonMention], used: set[int]) -> None:
        """A model PERSON span that starts where a rule's name starts and runs on over name tokens the rules left
        (`دریادار یایان | سفیان رئیس ...`) completes that name; rank, title and register evidence stay the rules'."""
        by_name_start = {m.name_start: m for m in mentions if m.kind == "name" and m.name_start is not None
                         and not m.rule.startswith("fa.person.register") and m.end == m.name_end}
        for span in doc.spans.get("model_entities", []):
            m = by_name_start.get(span.start)
            if span.label_ != "PERSON" or m is None or span.end <= m.name_end or span.end - span.start > 6:
                continue
            extra = range(m.name_end, span.end)
            if not used.isdisjoint(extra) or not all(self._name_token(i) for i in extra):
                continue
            used.update(extra)
            m.end = m.name_end = span.end
            m.rule = f"{m.rule}+{span.id_ or 'model'}.extend"

    def _office_held(self, m: PersonMention, at: dict[int, Span]) -> TitleInfo | None:
        """`ژاکسیلیکوف از دی ماه ۱۴۰۰ وزارت دفاع قزاقستان را بر عهده دارد`, `ضمیر ... به وزارت امور خارجه این کشور
        منصوب شده است`, `X که ... سفارت ونزوئلا در تهران را اداره می‌کند`: a name opening a sentence that says which
        ministry or embassy of which country he holds or was given has that role (foreign, defence, else minister;
        ambassador) and country."""
        u = units(self._doc)
        s_start, s_end = u.sentences[u.sentence_of[m.start]]
        if m.start != s_start:
            return None
        words = self._words
        k = next((k for k in range(m.end, min(m.end + 12, s_end)) if words[k] in ("وزارت", "سفارت")), None)
        if k is None or any(i in self._name_starts for i in range(m.end, k)):
            return None
        held = next((j for j in range(k + 1, min(k + 10, s_end)) if words[j] == "منصوب" or (
            words[j] == "را" and (words[j + 1:j + 3] == ["بر", "عهده"] or words[j + 1] == "اداره"))), None)
        if held is None:
            return None
        portfolio = words[k + 1:held]
        role = "ambassador" if words[k] == "سفارت" else "foreign_minister" if "خارجه" in portfolio[:3] \
            else "defense_minister" if "دفاع" in portfolio[:2] else "minister"
        country, rule = None, None
        for j in range(k + 1, held):
            span = at.get(j)
            if span is not None and span.start == j and span.label_ in COUNTRY_LABELS:
                country, rule = (("@source", "fa.country.our_country") if span.label_ == "OUR_COUNTRY"
                                 else (span.kb_id_.split("|")[0], "fa.country.office_held"))
                break
            if words[j] == "این" and j + 1 < held and words[j + 1] in THIS_BODY:
                country, rule = self._country_before(j), "fa.country.this_country"
                break
        if country is None:
            return None
        return TitleInfo(k, held, "fa.title.office_held", role, country, rule, None)

    def _bare_names(self, doc: Doc, used: set[int]) -> list[tuple[int, int]]:
        """`با روسلان ژاکسیلیکوف دیدار و گفت‌وگو کرد`, `کابل (باختر): مطلق بن ماجد القحطانی روز یکشنبه ... دیدار کرد`:
        two to four name words with no title next to them, as the one met (after `با`, right before the contact verb;
        `میزبان X بود`) or as the subject opening a contact's clause, are a name when their last word (or their last
        words) opens another sentence of the article (`ژاکسیلیکوف از دی ماه ... بر عهده دارد`): a common word seldom
        does both."""
        if not self._contact_starts:
            return []
        u = units(doc)
        words = self._words
        opening: dict[str, list[int]] = {}  # where each sentence opens, by its first word
        for s_start, s_end in u.sentences:
            if s_start < s_end:
                opening.setdefault(words[s_start], []).append(s_start)
        found = []

        def run_from(start: int) -> int:
            j = start
            while j < len(words) and j - start < 4 and j not in used and (
                    self._name_token(j) or (j > start and words[j] in self.particles and self._name_token(j + 1))):
                j += 1
            return j

        def told_again(start: int, end: int) -> bool:  # the surname, or the name from any word on (`آلکالا کوردونس`)
            sentence = u.sentence_of[start]
            return any(u.sentence_of[o] != sentence for o in opening.get(words[end - 1], ())) or any(
                u.sentence_of[o] != sentence and words[o:o + end - k] == words[k:end]
                for k in range(start, end - 1) for o in opening.get(words[k], ()))

        for i in where(self._doc, ("با", "میزبان")):
            end = run_from(i + 1)
            verb = end in self._contact_starts if words[i] == "با" \
                else end < len(words) and words[end] in ("بود", "بودند")
            if 2 <= end - i - 1 and verb and words[i + 1] not in self.title_words and told_again(i + 1, end) \
                    and not self._common_words(i + 1, end):
                found.append((i + 1, end))  # (`میزبان X بود`: the one hosted; not `با استقبال رسمی X وارد ... شد`)
        for i in where(self._doc, DELEGATION_HEAD):
            end = run_from(i + 1)
            if i > 0 and words[i - 1] == "به" and 2 <= end - i - 1 and words[i + 1] not in self.title_words \
                    and (end in self._contact_starts or (end < len(words) and self._punct[end])) \
                    and told_again(i + 1, end):
                found.append((i + 1, end))  # `با هیئت مخالفان به ریاست نصر الحریری گفت‌وگو کرد`: the head of the one met
        leads = [(k + 1, u.clauses[u.clause_of[k]][1]) for s_start, s_end in u.sentences
                 if words[s_start:s_start + 2] == ["به", "گزارش"]
                 for k in [next((k for k in range(s_start + 2, min(s_start + 12, s_end)) if words[k] == "،"), None)]
                 if k is not None]  # (`به گزارش خبرگزاری فارس، داویت تونویان امروز ... دیدار کرد`)
        for c_start, c_end in u.clauses + leads:
            end = run_from(c_start)
            if 2 <= end - c_start and end < c_end and words[end] in SUBJECT_FOLLOWERS \
                    and words[c_start] not in self.title_words \
                    and any(k in self._contact_starts for k in range(end, c_end)) and told_again(c_start, end):
                found.append((c_start, end))
        again = [(o, o + end - k) for start, end in found
                 for o in sorted({o for k in range(start, end - 1) for o in opening.get(words[k], ())} - {start})
                 for k in [next((k for k in range(start, end - 1) if words[o:o + end - k] == words[k:end]), None)]
                 if k is not None]
        return found + again  # (the name told again, whole or its last words: `آلکالا کوردونس که ...`)

    def _runs_into_a_longer_name(self, span: Span) -> bool:
        """A registered surname of first names only (`احمد ناصر` of Ahmad Nasser al-Sabah, `عبدالله بن ناصر` of Abdullah
        bin Nasser Al Thani) right before an Arabic family name (`احمد ناصر الرئیسی`, `عبدالله بن ناصر البکری`): another
        man's full name."""
        end = span.end
        names = self._words[span.start:end]
        return span.end - span.start >= 2 and all(self.is_given(w) or w in self.particles for w in names) \
            and any(self.is_given(w) for w in names) \
            and end < len(self._words) and end not in self._at and self._words[end].startswith("ال") \
            and len(self._words[end]) > 4

    def _inside_other_name(self, i: int) -> bool:
        """A registered surname right after a particle or a given name belongs to another full name
        (`عبدالله بن خمیس الرئیسی` is not Imad Khamis; `محمد رئیسی` is not Ebrahim Raisi)."""
        if i + 1 < len(self._words) and self._words[i + 1] == "خان" and (i + 1) not in self._at:
            return True  # `زاهد نصرالله خان`: a Pakistani name, not Hassan Nasrallah
        if i + 1 < len(self._words) and (i + 1) not in self._at and self._alpha[i + 1] \
                and len(self._words[i + 1]) > 4 and self._words[i + 1].endswith(FUSED_SURNAME_ENDINGS):
            return True  # `نصرالله محمودزاده`: a first name before a Tajik surname, not Hassan Nasrallah
        if i + 3 < len(self._words) and (i + 1) not in self._at and (i + 2) not in self._at \
                and self._name_token(i + 1) and self._name_token(i + 2) \
                and self._words[i + 2].endswith(FUSED_SURNAME_ENDINGS) and len(self._words[i + 2]) > 3 \
                and (i + 3) in self._at and self._at[i + 3].label_ == "TITLE" and self._at[i + 3].start == i + 3:
            return True  # `مولن اشیم‌بایف رئیس سنای قزاقستان`: a first name before a surname split at its ZWNJ
        if i + 3 < len(self._words) and (i + 1) not in self._at and (i + 2) not in self._at \
                and self._name_token(i + 1) and self._name_token(i + 2) and (i + 3) in self._at \
                and self._at[i + 3].label_ == "TITLE" and self._at[i + 3].start == i + 3 \
                and i in self._at and self._at[i].end == i + 1:
            return True  # `آتال بیهاری واجپائی نخست وزیر هند`: the first of three name words before a title, not
            # Gabriel Attal
        if self.is_given(self._words[i]) and i + 2 < len(self._words) and (i + 1) not in self._at \
                and self._name_token(i + 1) and (self._punct[i + 2] or (
                    (i + 2) in self._at and self._at[i + 2].label_ == "TITLE" and self._at[i + 2].start == i + 2)
                or self._day_at(i + 2) or self._words[i + 2] in self.time_words):
            return True  # `نصرالله رشنودی سرکنسول ایران`, `نصرالله رشنودی روز دوشنبه ...`: a first name before an
            # unknown surname and a title or the day
        if i >= 2 and self._initial_at(i - 2):
            return True  # `جی. پی. سینگ معاون کمیسر عالی هند`: after initials, another man's (not Manmohan Singh)
        if i == 0 or (i - 1) in self._at:
            return False
        before = self._words[i - 1]
        if before in self.particles or (self.is_given(before) and self._alpha[i - 1]) \
                or (i >= 2 and (self._words[i - 2], before) in self.compound_given):
            return True  # (`احمد ولی کرزی`: after a compound given name, not Hamid Karzai)
        if not (self._alpha[i - 1] and before not in self.stopwords and len(before) >= 3) or i < 2:
            return False
        if self._words[i - 2] in ("بن", "بنت"):
            return True  # `سعود بن هلال البوسعیدی`: a family name after a patronymic is another man's (not Badr's)
        rank = self._at.get(i - 2)
        if rank is not None and rank.label_ == "RANK" and rank.end == i - 1:
            # `ژنرال صالیفو مودی`: a rank and one name word before the surname name another man (not Modi), unless
            # the word opens the registered man's name
            official_id = self._at[i].kb_id_.split("|")[0]
            return official_id not in self.kb.officials or before not in self.kb.first_names(official_id)
        # `محمد معصوم استانکزی`, `رحیم حیات قریشی`: a given name and one more name word before the surname
        return (i - 2) not in self._at and self.is_given(self._words[i - 2]) and self._alpha[i - 2]

    def _name_token(self, i: int) -> bool:
        """Can token `i` be part of a person's name? (A registered surname inside another name can.)"""
        doc = self._doc
        if i < 0 or i >= len(doc) or i in self._triggers:
            return False
        text = self._words[i]
        if (text in self.time_words and not self._month_as_given_name(i)) or text.endswith("شنبه"):
            return False  # (`روز سه شنبه X`: a weekday the normaliser split, no name)
        if not self._alpha[i] or len(text) < 2 or text in self.stopwords or text in GIVING_VERBS:
            return False  # (`جان باختند`, `جان باختن`: lost their lives, no John)
        if text in LINE_WORDS and i > 0 and self._words[i - 1] == "لین":
            return False  # `روی پروژه‌های تاپی و لین برق گفتگو کرد`: a power line, no one named Lin
        span = self._at.get(i)
        return span is None or (span.label_ == "SURNAME" and (self._inside_other_name(span.start)
                                                              or self._runs_into_a_longer_name(span))) \
            or (span.label_ == "PLACE" and span.end == i + 1 and i > 0 and self.is_given(self._words[i - 1])
                and i + 1 < len(self._words) and (i + 1) not in self._at and self._alpha[i + 1]
                and self._words[i + 1] not in self.stopwords) \
            or (span.label_ == "DEMONYM" and span.start == i and span.end == i + 1 and i > 0
                and self.is_given(self._words[i - 1]) and i + 1 < len(self._words)
                and (i + 1) in self._at and self._at[i + 1].label_ == "TITLE" and self._at[i + 1].start == i + 1) \
            or (span.label_ == "PLACE" and span.start == i and span.end == i + 1 and text.startswith("ال") and i > 0
                and self._alpha[i - 1] and (i - 1) not in self._at and self._words[i - 1] not in self.stopwords
                and (i + 1) in self._at and self._at[i + 1].label_ == "TITLE" and self._at[i + 1].start == i + 1)
        # (`عباس بدخشان زهوری`: a place word inside a name; `علی بحرینی سفیر ...`: a demonym as a surname, between a
        # given name and a title; `سامر الخلیل وزیر اقتصاد سوریه`: an Arab family name that is also a city's, between a
        # name word and a title)

    def _month_as_given_name(self, i: int) -> bool:
        """`رمضان عبدالطیف‌اف سفیر روسیه`, `بهمن ...`: a month's name that is also a first name, right before another
        name word (not in a date: `۱۰ رمضان`, `ماه رمضان`, `از رمضان تا ...`)."""
        words = self._words
        if words[i] not in MONTH_GIVEN_NAMES or i + 1 >= len(words) or not self._alpha[i + 1] \
                or words[i + 1] in self.time_words or words[i + 1] in self.stopwords or (i + 1) in self._at:
            return False
        return i == 0 or not (self._doc[i - 1].like_num or words[i - 1] in ("ماه", "از", "تا", "اول", "اواسط"))

    def _after_particle(self, i: int) -> bool:
        """Token `i` after `بن` / `آل` continues the name even when it reads as a demonym or a place
        (`مروان بن ترکی آل سعید`)."""
        if self._name_token(i):
            return True
        span = self._at.get(i)
        return span is not None and span.label_ in ("DEMONYM", "PLACE") and self._words[i - 1] in ("بن", "بنت", "آل") \
            and self._alpha[i] and i not in self._triggers

    def _take_name(self, doc: Doc, start: int, limit: int = 8) -> int:
        """End of the name that starts at `start`.

        Given names and particles run on to one surname token; a particle after the surname
        continues it (`فیصل بن فرحان آل سعود`).
        """
        j = start
        while j < len(doc) and j - start < limit:
            text = self._words[j]
            if j > start and self._name_hyphen(j) and self.is_given(self._words[j - 1]) and self._name_token(j + 1):
                j += 2  # `فرانک-والتر شتاین‌مایر`: a double given name joined by a hyphen
                continue
            if self._compound_given_at(j) and (self._name_token(j + 1)
                                               or (j + 2 < len(doc) and self._name_token(j + 2))):
                j += 2  # `عصمت الله`: a given name a ZWNJ split (`احمد ولی کرزی`: its half a common word)
                continue
            if (self._name_token(j) or (j > start and self._after_particle(j))) and text not in self.particles:
                j += 1
                if self.is_given(text) or (text == "خان" and j < len(doc) and self._name_token(j)
                                           and not self._ends_name(j)):
                    continue  # `امان‌الله خان یاسین‌زی`: خان inside a name
                if j + 1 < len(doc) and self._words[j] in self.particles and self._after_particle(j + 1) \
                        and self._particle_here(j):
                    j += 1
                    continue
                break
            if text in self.particles and j > start and self._after_particle(j + 1) and self._particle_here(j):
                j += 1
                continue
            break
        while j > start and self._words[j - 1] in self.particles:
            j -= 1
        if j - start in (1, 2) and self._words[start] in self.family_first and j < len(doc) \
                and self._words[j] in STOPWORD_SYLLABLES and j not in self._at and self._ends_name(j + 1) \
                and self._words[j + 1:j + 2] != ["و"]:
            j += 1  # `یوئه بین را پذیرفت`, `با منگ هونگ وی رئیس اینترپل`: a Chinese name's last syllable that spells a
            # function word, right before the name's end (not before `و`: `وانگ و وی`)
        elif j - start == 2 and self._words[start] in self.family_first and j + 1 < len(doc) \
                and len(self._words[j]) <= 3 and self._name_token(j) and j not in self._at \
                and self._words[j] not in self.particles and self._ends_name(j + 1):
            j += 1  # `لیو جیه یی نماینده چین`: a Chinese name's third syllable, short, right before the name's end
        while start < j and self._name_hyphen(j):
            j += 2  # `ایگور لیاکین-فرالف`, `ماریا لووا-بلووا`: a double surname joined by a hyphen with no space
        if start < j < len(doc) and self._words[j] in self.name_suffixes and self._name_token(j):
            j += 1  # `ایمانی پور`: a suffix the ZWNJ (read as a space) cut off the surname
        elif j == start + 1 and j < len(doc) and self._words[j] == "الله" and (start - 1) in self._at \
                and self._at[start - 1].label_ == "RANK":
            j += 1  # `سپهبد یارالله`: a surname after a rank that ends in الله, split where the register spells it spaced
        elif j == start + 1 and j + 1 < len(doc) and self._words[j + 1] in SURNAME_ENDINGS and self._alpha[j] \
                and j not in self._at and j not in self._triggers:
            j += 2  # `کریم ولی اف`: a surname a lost ZWNJ split into a common word (ولی) and a Turkic ending
        if j < len(doc) and j - start >= 3 and any(self._words[k] in self.particles for k in range(start, j)) \
                and self._words[j].startswith("ال") and len(self._words[j]) > 3 and self._name_token(j):
            j += 1  # an Arabic family name after a patronymic: عبدالله بن خمیس | الرئیسی
        return j

    def _name_hyphen(self, i: int) -> bool:
        """Token `i` is a hyphen written with no space between a name word and one more (`لیاکین-فرالف`); the word
        after it may spell a function word (`مون جائه-این`), never a place or a trigger (`باکو-تفلیس`)."""
        doc = self._doc
        return 0 < i < len(doc) - 1 and self._words[i] in ("-", "‐") and not doc[i - 1].whitespace_ \
            and not doc[i].whitespace_ and self._alpha[i - 1] and self._alpha[i + 1] and (i + 1) not in self._triggers \
            and ((i + 1) not in self._at or self._at[i + 1].label_ == "SURNAME") and len(self._words[i + 1]) >= 2

    def _compound_given_at(self, i: int) -> bool:
        """Tokens `i` and `i + 1` are one given name a ZWNJ split (`عصمت‌الله`, `فصیح‌الدین`)."""
        return self._words[i] in self.compound_firsts and i + 1 < len(self._words) \
            and (self._words[i], self._words[i + 1]) in self.compound_given

    def _ends_name(self, i: int) -> bool:
        """Can a name end right before token `i`? (punctuation, a function word, a title, a verb-like boundary)"""
        if i >= len(self._words):
            return True
        word = self._words[i]
        span = self._at.get(i)
        return self._punct[i] or word in BOUNDARY_WORDS or word in self.stopwords or "\n" in word \
            or (span is not None and span.start == i and span.label_ in ("TITLE", "RANK"))

    def _particle_here(self, i: int) -> bool:
        """Is the particle at `i` part of a name? Those that are also Persian words (در، دو، دا، دی، لا، ام)
        only after a given name or another particle (`شارل دو گل`, `فون در لاین`, not `باقری در مراسم`)."""
        word = self._words[i]
        if word not in AMBIGUOUS_PARTICLES:
            return True
        before = self._words[i - 1] if i > 0 else ""
        if word == "در":  # (only `فون در لاین`, `فان در بلن`: not `شیخ تمیم در همان روز`)
            return before in self.particles or before in ("فان", "ون", "وان")
        return self.is_given(before) or before in self.particles

    def _run_to_title(self, start: int, limit: int = 3) -> int:
        """After a rank, the name tokens that run up to a title or a comma (دریاسالار نوید اشرف فرمانده ...), or, four
        at most, up to the contact's verb (`با مارشال هوایی ظهیر احمد بابر سیدهو دیدار کرد`)."""
        j = start
        while j < len(self._words) and j - start < limit + 1 and self._name_token(j):
            j += 1
        if j > start and j < len(self._words) and (j in self._contact_starts
                                                   or (j == start + limit + 1 and self._opens_a_title(j))):
            return j  # (`مارشال هوایی ظهیر احمد بابر سیدهو فرمانده ...`: four names, then his title)
        j = min(j, start + limit)
        if j > start + 1 and self._words[j - 1] == "سرپرست" and j in self._title_starts:
            j -= 1  # `جنرال محمد شریف یفتلی سرپرست لوی درستیز`: "acting" opens the title
        nxt = self._at.get(j)
        if j > start and (j == len(self._words) or self._words[j] in PUNCT_GAP or j in self._title_starts
                          or (self._words[j] == "سرپرست" and j + 1 in self._title_starts)
                          or (nxt is not None and nxt.start == j and nxt.label_ == "TITLE")):
            return j  # (a title the register lists, or one composed: `رئیس سرویس دولتی مرزی جمهوری آذربایجان`)
        if j - start >= 2 and j < len(self._words) and self._words[j] == "که":
            return j  # `با ژنرال دیپک کاپور که به دوشنبه آمده است`: a relative clause ends the name
        if j - start >= 2 and j < len(self._words) and (self._words[j] in UNLISTED_OFFICE_HEADS or self._day_at(j)):
            return j  # `سپهبد وینود باتیا روز سه‌شنبه ...`, `با داکتر لوو داپنگ نماینده سازمان صحی جهان`: the day or
            # the head of an office no title lists ends the name
        return start

    def _opens_a_title(self, j: int) -> bool:
        """A title the register lists, or one composed, starts at token j."""
        span = self._at.get(j)
        return j in self._title_starts or (span is not None and span.start == j and span.label_ == "TITLE")

    def _rank_chains(self, doc: Doc, structure: list[Span]) -> dict[int, tuple[int, int, list[Span]]]:
        """Runs of adjacent RANK spans, keyed by the token right after each run."""
        ranks = [s for s in structure if s.label_ == "RANK"]
        chains: dict[int, tuple[int, int, list[Span]]] = {}
        run: list[Span] = []
        for span in ranks + [None]:
            if span is not None and run and span.start == run[-1].end:
                run.append(span)
                continue
            if run and not (run[-1].end < len(self._words) and self._words[run[-1].end] in COMPOUND_TAILS):
                after = run[-1].end
                if after < len(self._words) and self._words[after] == "بازنشسته":
                    after += 1  # `سپهبد بازنشسته ناصر خان جنجوعه`: a retired officer keeps his rank
                chains[after] = (run[0].start, after, list(run))
                if after < len(self._words) and self._words[after] == "«":
                    chains[after + 1] = chains[after]  # `دریاسالار «نیکولای یفمنوف»`
            run = [span] if span is not None else []
        return chains

    def _apply_chain(self, m: PersonMention, chain) -> None:
        """Take the rank (the last true rank of the chain) and the service from a rank chain."""
        if not chain:
            return
        for span in chain[2]:
            for key in span.kb_id_.split("|"):
                rank = self.kb.ranks[key]
                if rank.kind == "rank":
                    core = [w for w in rank.pattern.split() if w not in self.service_titles]
                    m.rank = " ".join(core) or rank.pattern
                if rank.service and rank.kind != "honorific":
                    m.service = m.service or rank.service
        m.extra["rank_span"] = (chain[0], chain[1])

    def _title_info(self, doc: Doc, span: Span, at: dict[int, Span]) -> TitleInfo:
        if span.label_ == "REPORTER":
            return TitleInfo(span.start, span.end, None, None, None, None, None, is_reporter=True)
        title = self.kb.titles[span.kb_id_.split("|")[0]]
        extended = span.end
        while extended < len(doc) and extended - span.end < 12 and extended not in at and (
                self._words[extended] in self.extenders or self._words[extended] in self.adjectives
                or (self._words[extended] in SPLIT_SUFFIXES and self._words[extended - 1] in self.extenders)
                or (self._words[extended] in ("،", "و") and extended + 1 < len(doc)
                    and self._words[extended + 1] in self.extenders and extended + 1 not in at)):
            extended += 1  # `وزیر تجارت، صنعت و تشویق سرمایه‌گذاری عمان`: a list of portfolios, then the country
            # (`وزیر حمل و نقل جاده‌ای، بزرگراه‌ها و کشتیرانی هند`: a suffix a lost ZWNJ split off a portfolio)
        country, rule, end = self._qualifier(doc, extended, at)
        if country is None:
            country, rule, end = self._qualifier(doc, span.end, at)
        owner = at.get(extended)
        if country is None and owner is not None and owner.start == extended and owner.label_ == "TITLE" \
                and self.kb.titles[owner.kb_id_.split("|")[0]].country:
            # `رئیس ستاد نیروهای مسلح سلطان عمان`: the office of a ruler's forces is that ruler's country's
            country, rule, end = self.kb.titles[owner.kb_id_.split("|")[0]].country, "fa.country.ruler_after_title", owner.end
        if country is None and owner is not None and owner.start == extended and owner.label_ == "TITLE" \
                and self._words[span.start] in SERVING_HEADS:
            # `مشاور امنیت ملی نخست‌وزیر پاکستان`: the office of whom it serves is told with that one's country
            served_country, _served_rule, served_end = self._qualifier(doc, owner.end, at)
            if served_country is not None:
                country, rule, end = served_country, "fa.country.whom_it_serves", served_end
        if country is None:
            for far in range(extended + 1, min(extended + 7, len(doc))):
                if self._punct[far - 1] or (far - 1) in at or (
                        self._words[far - 1] in FAR_QUALIFIER_STOP
                        and not (self._words[far - 1] == "و" and title.role == "minister")
                        and not (self._words[far - 1] == "در" and self._words[far:far + 2] in (
                            ["امور", "خارجی"], ["امور", "خارجه"]))):
                    break  # (`وزیر بوم‌شناسی و منابع طبیعی جمهوری آذربایجان`: portfolios joined by `و`, then the
                    # country; `وزیر دولت در امور خارجی دولت قطر`: a remit in foreign affairs, then the country)
                country, rule, end = self._qualifier(doc, far, at)
                if country is not None:
                    rule = "fa.country.after_title_far"
                    break
            else:
                end = span.end
            if country is None:
                end = span.end
        if country is None and title.role == "official":  # (a deputy minister's ministry is his remit, read elsewhere)
            country, rule, end = self._office_of_a_ministry(extended, at) or (None, None, end)
        if country is None and title.role == "military_commander":
            country, rule, end = self._border_service_of(span.end, at) or self._unit_of_a_place(span.end, at) \
                or (None, None, end)
        org = title.org
        if end == span.end and span.end in at and at[span.end].label_ == "ORG":
            org = org or at[span.end].kb_id_.split("|")[0]
            end = at[span.end].end
        if title.country:
            country, rule = title.country, "fa.country.title_fixed"
        if org is not None and org in INTERNATIONAL_ORGS:
            country, rule = None, "fa.country.international_organization"
        start, role, title_id = span.start, title.role, title.id
        if title.id == HIGH_COMMISSIONER and country is not None and org is None:
            role = "ambassador"  # `کمیسر عالی پاکستان در دهلی‌نو`: a state's high commissioner heads its mission
        deputy = self._deputy_start(doc, span.start, at)
        if deputy is not None and not title.role.startswith("deputy") and title.role != "vice_president":
            start = deputy
            role = self.kb.title_composition["deputy_of"].get(title.role, "official")
            title_id = title.id + "+deputy"
        return TitleInfo(start, end, title_id, role, country, rule, org)

    def _office_of_a_ministry(self, start: int, at: dict[int, Span]) -> tuple[str, str, int] | None:
        """`رئیس اداره کل امور اتباع و مهاجرین خارجی وزارت کشور ایران`: an office's long name, then the ministry it
        belongs to and that ministry's country (plain words up to `وزارت`, one to three words of its portfolio)."""
        words = self._words
        for k in range(start, min(start + 14, len(words) - 2)):
            if words[k] in MINISTRY_WORDS:
                for q in range(k + 2, min(k + 5, len(words))):
                    country, rule, end = self._qualifier(self._doc, q, at)
                    if country is not None and country != "@source":
                        return country, "fa.country.ministry_after_office", end
                    if not self._alpha[q] or q in at:
                        return None
                return None
            if not self._alpha[k] or (k in at and at[k].label_ != "ORG") or (words[k] in FAR_QUALIFIER_STOP
                                                                            and words[k] != "و"):
                return None  # (`رئیس کمیسیون ... روز گذشته در مقر وزارت خارجه سوریه`: where he was, not his office)
        return None

    def _representatives_listed(self, i: int, at: dict[int, Span]) -> list[tuple[int, int, str]]:
        """The countries listed after `نمایندگان` (`نمایندگانی از`, `نمایندگان نیروهای دریایی`, `نمایندگان کشورهای`):
        two or more, each country's representatives (not `نمایندگان مجلس`, which names no country list)."""
        k = i + 1
        words = self._words
        if words[i] == "مدیران":
            if words[k:k + 1] != ["سیاسی"]:
                return []  # (`مدیران شرکت‌های ...`: no one's delegation)
            k += 1
            while k < len(words) and words[k] in FOREIGN_MINISTRIES:
                k += 1
        if k + 1 < len(words) and words[k] in ("نیروهای", "نیروی") and words[k + 1] in SERVICE_ADJECTIVES:
            k += 2  # (`نمایندگان نیروی دریایی بیش از ۲۰ کشور، از جمله ...`)
        if k < len(words) and words[k] == "از":
            k = self._past_a_count_of_countries(k + 1)
        elif k < len(words) and words[k] in ("بیش", "حدود", "نزدیک"):
            k = self._past_a_count_of_countries(k)  # `نمایندگان بیش از شصت کشور، از جمله چین، عراق و ...`
        if k + 1 < len(words) and words[k] in ("نیروهای", "نیروی") and words[k + 1] in SERVICE_ADJECTIVES:
            k += 2
        elif k < len(words) and words[k] in ("کشورهای", "کشور"):
            k += 1
        return self._countries_listed(k, at)

    def _delegations_listed(self, i: int, at: dict[int, Span]) -> list[tuple[int, int, str]]:
        """The countries listed after a plural `هیئت‌های` / `هیئت‌هایی از` (two or more, joined by commas and `و`), or
        before `هیئت‌هایی` they sent (`ترکیه، مصر و مالزی نیز با هیئت‌هایی در اجلاس شرکت کردند`)."""
        if i + 2 >= len(self._words) or self._words[i + 1] not in ("های", "هایی"):
            return []
        k = i + 2
        split = False
        while k + 1 < len(self._words):
            if self._words[k] in DELEGATION_ADJECTIVES or self._words[k] == "ای":
                k += 1  # `هیئت‌های نظامی عربستان، امارات و اردن` (`هیئت‌های بلندپایه‌ای از`: its suffix split off)
            elif tuple(self._words[k:k + 2]) in SPLIT_DELEGATION_ADJECTIVES:
                k, split = k + 2, True  # `هیئت‌های عالی‌رتبه‌ای از جمهوری آذربایجان، قزاقستان و ...`: a compound
                # its ZWNJ split
            else:
                break
        if split and self._words[k] != "از":
            return []  # (`نشست هیئت‌های عالی‌رتبه ایران و آذربایجان برگزار شد`: the sides of a visit's talks)
        if k + 1 < len(self._words) and self._words[k] in ("کشورهای", "کشور"):
            k += 1  # `هیئت‌های کشورهای روسیه، چین و هند`
        if self._words[k] == "از":  # `هیئت‌هایی از روسیه، قزاقستان و ...`
            k = self._past_a_count_of_countries(k + 1)
            if k + 1 < len(self._words) and self._words[k] == "کشورهای":
                k += 1  # `هیئت‌هایی از کشورهای هند، عمان و فرانسه`
        elif self._words[i + 1] == "هایی":
            return self._countries_listed(k, at) or self._countries_listed_before(i, at)
        return self._countries_listed(k, at)

    def _past_a_count_of_countries(self, k: int) -> int:
        """`نمایندگانی از حدود ۳۰ کشور، از جمله چین، عراق و ...`: past a count of countries and `از جمله`, where the
        list of those named begins (else `k`)."""
        words = self._words
        j = k
        while j < len(words) and words[j] in ("حدود", "بیش", "از", "نزدیک", "به", "بالغ", "بر"):
            j += 1
        if j >= len(words) or not (self._doc[j].like_num or words[j] in COUNT_WORDS or words[j] in TENS):
            return k
        j += 1
        if j < len(words) and words[j] == "کشور":
            j += 1
            if j < len(words) and words[j] in COUNTRY_GROUP_ADJECTIVES:
                j += 1  # `بیش از بیست کشور آسیایی، از جمله ...`
        if j < len(words) and words[j] in PUNCT_GAP:
            j += 1
        if words[j:j + 2] == ["از", "جمله"]:
            return j + 2
        if j < len(words) and words[j] == "ازجمله":
            return j + 1
        return k

    def _countries_listed_before(self, i: int, at: dict[int, Span]) -> list[tuple[int, int, str]]:
        """Two or more countries, joined by commas and `و`, that end right before `(نیز) (با) هیئت‌هایی` at `i` (or
        before a relative clause on them: `عربستان، امارات و بحرین که ... قطع کرده‌اند، تنها هیئت‌هایی ...`)."""
        k = i
        while k > 0 and self._words[k - 1] in ("نیز", "هم", "با", "تنها", "فقط"):
            k -= 1
        if k > 0 and self._words[k - 1] == "،":
            that = next((j for j in range(k - 2, max(-1, k - 30), -1)
                         if self._words[j] == "که" or (self._punct[j] and self._words[j] != "،")), None)
            if that is not None and self._words[that] == "که" and self._words[that - 1:that] != ["،"]:
                k = that  # (the relative clause set off by its closing comma)
        listed = []
        while k > 0:
            span = at.get(k - 1)
            if span is None or span.end != k or span.label_ != "COUNTRY":
                break
            listed.append((span.start, span.end, span.kb_id_.split("|")[0]))
            k = span.start
            if k > 0 and self._words[k - 1] in ("،", "و"):
                k -= 1
                continue
            break
        return listed[::-1] if len(listed) >= 2 else []

    def _countries_listed(self, k: int, at: dict[int, Span]) -> list[tuple[int, int, str]]:
        """Two or more countries from `k` on, joined by commas and `و`."""
        listed = []
        while k < len(self._words):
            span = at.get(k)
            if span is None or span.start != k or span.label_ != "COUNTRY":
                break
            listed.append((span.start, span.end, span.kb_id_.split("|")[0]))
            k = span.end
            if k < len(self._words) and self._words[k] in ("،", "و"):
                k += 1
                continue
            break
        return listed if len(listed) >= 2 else []

    def _delegation_origin(self, start: int, at: dict[int, Span]) -> tuple[str, str, int] | None:
        """`هیئتی از استان خراسان رضوی ایران`, `هیئتی از ازبکستان`: where a delegation comes from (a country, or a
        province or city, optionally after `استان` / `ولایت` / `شهر`) gives its country."""
        k = start + 1 if start not in at and self._words[start] in ("استان", "ولایت", "شهر", "ایالت") else start
        span = at.get(k)
        if span is None or span.start != k:
            return self._body_origin(start, at)
        if span.label_ in ("COUNTRY", "DEMONYM"):
            return span.kb_id_.split("|")[0], "fa.country.delegation_from", span.end
        place = self.kb.places.get(span.kb_id_.split("|")[0]) if span.label_ == "PLACE" else None
        if place is None:
            return None
        after = at.get(span.end)  # (`خراسان رضوی ایران`: the province's country told after it)
        end = after.end if after is not None and after.start == span.end and after.label_ == "COUNTRY" else span.end
        return place.country, "fa.country.delegation_from", end

    def _body_origin(self, start: int, at: dict[int, Span]) -> tuple[str, str, int] | None:
        """`هیئتی از پولیس مبارزه با مواد مخدر ایران`, `هیئتی از نیروی دریایی ارتش`: a delegation of a body whose
        name closes with its country (within six words, no punctuation), or of the outlet's own forces."""
        words = self._words
        for k in range(start, min(start + 7, len(words))):
            if self._punct[k] or words[k] in ("که", "به", "را", "برای"):
                return None
            span = at.get(k)
            if span is not None and span.start == k and span.label_ in ("COUNTRY", "DEMONYM"):
                return span.kb_id_.split("|")[0], "fa.country.delegation_from", span.end
            if span is not None and span.start == k and span.label_ == "PLACE" \
                    and (words[start] in LOCAL_BODIES or words[start] in LOCAL_OFFICES) \
                    and span.kb_id_.split("|")[0] in self.kb.places:  # `هیئت اتاق بازرگانی مشهد`, `هیئت پلیس هرات`: of
                # the city's country
                return self.kb.places[span.kb_id_.split("|")[0]].country, "fa.country.delegation_from", span.end
            if words[k] in OWN_FORCES:
                army = self._army_of_a_country(k, at)
                if army is not None:
                    return army  # (not `ستاد ارتش پاکستان`: that country's army)
                return "@source", "fa.country.own_forces", k + 1
        return None

    def _army_of_a_country(self, k: int, at: dict[int, Span]) -> tuple[str, str, int] | None:
        """`ارتش پاکستان`, `ارتش آزادی‌بخش خلق چین`: the forces word at `k` closed by a country within a few words (no
        punctuation between): that country's forces, not the outlet's."""
        for j in range(k + 1, min(k + OWN_FORCES_NAME_WORDS + 1, len(self._words))):
            if self._punct[j] or self._words[j] in ("که", "به", "را", "برای", "و", "در", "با"):
                return None
            span = at.get(j)
            if span is not None and span.start == j and span.label_ in ("COUNTRY", "DEMONYM"):
                return span.kb_id_.split("|")[0], "fa.country.delegation_from", span.end
        return None

    def _border_service_of(self, start: int, at: dict[int, Span]) -> tuple[str, str, int] | None:
        """`فرمانده یگان مرزی بیله سوار از سرویس مرزی دولتی جمهوری آذربایجان`: a commander of a unit (named for a
        place) of a country's border service is of that country, whatever country the place is also in."""
        words = self._words
        for k in range(start, min(start + BORDER_SERVICE_REACH, len(words) - 1)):
            span = at.get(k)
            if self._punct[k] or (words[k] in FAR_QUALIFIER_STOP and words[k] != "از") or (
                    span is not None and span.label_ not in ("PLACE", "ORG")):
                return None
            if words[k] in BORDER_SERVICES and words[k + 1] in BORDER_ADJECTIVES:
                found = self._body_origin(k + 2, at)
                return (found[0], "fa.country.border_service", found[2]) \
                    if found is not None and found[0] != "@source" else None
        return None

    def _unit_of_a_place(self, start: int, at: dict[int, Span]) -> tuple[str, str, int] | None:
        """`فرمانده منطقه دریایی چیتاگونگ`, `فرمانده پایگاه هوایی X`: a commander of a unit named for a place (up to
        three unit words, then the place) is of the place's country."""
        k = start
        while k < len(self._words) and k - start < 4 and k not in at and (
                self._words[k] in PLACED_UNITS or self._words[k] in SERVICE_ADJECTIVES
                or self._words[k] in REGION_WORDS):
            k += 1  # (`فرمانده مرزبانی استان ایلام`: the province the unit guards)
        span = at.get(k)
        if k == start or span is None or span.start != k or span.label_ != "PLACE":
            return None
        place = self.kb.places.get(span.kb_id_.split("|")[0])
        return (place.country, "fa.country.unit_place_after_title", span.end) if place is not None else None

    def _a_senders_title(self, start: int) -> bool:
        """The title at `start` is one of a message's sender (`پیام X رئیس کنفدراسیون و وزیر امور خارجه این کشور`,
        `با ابلاغ سلام X رئیس دولت`): a message noun stands before it, within reach, and nothing closes its genitive."""
        for k in range(start - 1, max(-1, start - SENDER_REACH - 1), -1):
            if self._words[k] in SENDER_HEADS:
                return True
            if self._words[k] in SENDER_PHRASE_ENDS:
                return False
        return False

    def _generic_heads(self, at: dict[int, Span]) -> list[TitleInfo]:
        """`رئیس کمیته دولتی امنیت ملی تاجیکستان`: the head of a body no title lists, named by its country (or by the
        international organisation it belongs to)."""
        heads = []
        for i in list(positions(self._doc).get("مقام", ())):
            span = at.get(i + 1)
            if i not in at and span is not None and span.start == i + 1 and span.label_ == "DEMONYM" \
                    and (i == 0 or self._words[i - 1] not in ("در", "قائم", "به")):
                # `مقام بولیویایی عصر امروز با X دیدار کرد`: an official of that country (not `در مقام ...`)
                heads.append(TitleInfo(i, span.end, "fa.title.official_of_a_country", "official",
                                       span.kb_id_.split("|")[0], "fa.country.demonym_after_title", None))
        for i in where(self._doc, OFFICE_HEADS):
            if i + 1 >= len(self._words) or (i in at and not (at[i].label_ == "TITLE" and at[i].start == i
                                                              and at[i].end == i + 2
                                                              and self._words[i + 1] in OFFICE_NOUNS)):
                continue  # (a title of its own, but `رئیس دفتر` before an organisation's name is its office's head)
            if self._words[i + 1] not in OFFICE_NOUNS:
                continue
            j = i + 2
            while j < min(i + 5, len(self._words)) and self._words[j] in OFFICE_MODIFIERS:
                j += 1
            org = at.get(j)
            if org is not None and org.start == j and org.label_ == "ORG":
                # `رئیس دفتر برنامه جهانی غذا در افغانستان`: an official of an international body's office in a
                # country
                heads.append(TitleInfo(i, org.end, "fa.title.generic_head:org_office", "official", None,
                                       "fa.country.international_organization", org.kb_id_.split("|")[0]))
        for i in where(self._doc, ("دبیر", "سکرتر", "منشی")):
            if i in at or self._words[i + 1:i + 2] != ["وزارت"]:
                continue
            for j in range(i + 2, min(i + 9, len(self._words))):
                span = at.get(j)
                if span is not None and span.start == j and span.label_ in ("COUNTRY", "DEMONYM"):
                    # `دبیر وزارت کنترل مواد مخدر پاکستان`, `سکرتر وزارت تجارت پاکستان`: a ministry's secretary, an
                    # official of that country
                    heads.append(TitleInfo(i, span.end, "fa.title.generic_head:ministry_secretary", "official",
                                           span.kb_id_.split("|")[0], "fa.country.generic_head", None))
                    break
                if self._punct[j] or (span is not None and span.start == j and span.label_ in ("TITLE", "PLACE")):
                    break
        for i in where(self._doc, ("رئیس",)):
            end = self._assembly_presidency(i, at)
            if end is not None:
                # `موگنس لیکتوفت رئیس مجمع عمومی`, `X رئیس شصت و یکمین دوره مجمع عمومی`, `رئیس این دوره از مجمع`:
                # the president of the UN General Assembly (of its session), head of the organisation
                heads.append(TitleInfo(i, end, "fa.title.generic_head:unga_president", "head_of_organization", None,
                                       "fa.country.international_organization", "unga"))
        for i in where(self._doc, ("حاکم",)):
            if i not in at and i + 2 < len(self._words) and self._words[i + 1] in ("این", "آن") \
                    and self._words[i + 2] in PROVINCE_NOUNS | {"شهر"}:
                # `هیئت ولایت فرغانه را به سرپرستی حاکم این ولایت پذیرفت`: the hokim of the region just named (`هیئت
                # شهر سمرقند به سرپرستی حاکم این شهر`: or of the city)
                country, rule = self._this_provinces_country(i, self._words[i + 2])
                heads.append(TitleInfo(i, i + 3, f"fa.title.generic_head:{self._words[i + 2]}", "official",
                                       country, rule, None))
        for i in where(self._doc, DIRECTOR_HEADS):
            if i in at:
                continue
            j = i + 2 if self._words[i + 1:i + 2] in (["اجرایی"], ["کل"]) else i + 1
            org = at.get(j)
            if org is not None and org.start == j and org.label_ == "ORG":
                # `مدیر برنامه عمران سازمان ملل متحد`, `مدیر اجرایی یونیسف`: the head of an international body
                heads.append(TitleInfo(i, org.end, "fa.title.generic_head:org", "head_of_organization", None,
                                       "fa.country.international_organization", org.kb_id_.split("|")[0]))
        for i in where(self._doc, BODY_OFFICERS):
            role, bodies = BODY_OFFICERS[self._words[i]]
            if i + 2 < len(self._words) and self._words[i + 1] == "این" and self._words[i + 2] in bodies:
                # `هیئتی از دانشکده ستاد اندونزی به سرپرستی فرمانده این دانشکده`: the college's commander, its head
                # (`معاون این دانشگاه`: its deputy head), of the country of the body named before
                country, rule = self._this_bodys_country(i, self._words[i + 2])
                heads.append(TitleInfo(i, i + 3, f"fa.title.generic_head:{self._words[i + 2]}", role, country, rule,
                                       None))
        for i in where(self._doc, ("معاون",)):
            if i in at:
                continue
            for j in range(i + 2, min(i + GOVERNORATE_DEPUTY_WORDS + 2, len(self._words))):
                if self._punct[j] or not self._alpha[j] or self._words[j] in REMIT_STOP or j in at:
                    break
                if self._words[j] == "استانداری":
                    # `معاون هماهنگی امور اقتصادی استانداری`: a deputy at a province's governorate (`استانداری
                    # خوزستان`: of the province named after it), an official of its country, else of the outlet's
                    place = at.get(j + 1)
                    place = self.kb.places.get(place.kb_id_.split("|")[0]) if place is not None \
                        and place.start == j + 1 and place.label_ == "PLACE" else None
                    heads.append(TitleInfo(i, j + 1, "fa.title.generic_head:governorate_deputy", "official",
                                           place.country if place is not None else "@source",
                                           "fa.country.generic_head" if place is not None else "fa.country.our_country",
                                           None))
                    break
        directed = {h.start for h in heads}
        for i in where(self._doc, GENERIC_HEADS):
            if i in at or i in directed:
                continue  # (`مدیر اجرایی یونیسف`: read above, as the head of an international body)
            if i + 2 < len(self._words) and self._words[i + 1] == "این" and self._words[i + 2] in BODY_NOUNS:
                # `رئیس این آکادمی`: the head of the body just named, of the country named last before it
                country, rule = self._this_bodys_country(i, self._words[i + 2])
                heads.append(TitleInfo(i, i + 3, f"fa.title.generic_head:{self._words[i + 2]}", "head_of_organization",
                                       country, rule, None))
                continue
            if i + 2 < len(self._words) and self._words[i + 1] == "این" \
                    and self._words[i + 2] in HEADED_PLACE_NOUNS:
                # `در سفری به ولایت ختلان با رئیس این ولایت دیدار کرد`: the head of the province just named
                country, rule = self._this_provinces_country(i, self._words[i + 2])
                heads.append(TitleInfo(i, i + 3, f"fa.title.generic_head:{self._words[i + 2]}", "official",
                                       country, rule, None))
                continue
            org = at.get(i + 1)
            if org is not None and org.start == i + 1 and org.label_ == "ORG":
                # `رئیس بانک توسعه آسیایی`: the head of an international body the organisations list names
                heads.append(TitleInfo(i, org.end, "fa.title.generic_head:org", "head_of_organization", None,
                                       "fa.country.international_organization", org.kb_id_.split("|")[0]))
                continue
            told = self._international_body_told(i)
            if told is not None:
                # `رئیس بانک آسیایی سرمایه‌گذاری ...` told first, then `رئیس بانک با نخست‌وزیر ...`: the same head
                heads.append(TitleInfo(i, i + 2, "fa.title.generic_head:org_told", "head_of_organization", None,
                                       "fa.country.international_organization", told))
                continue
            attached_to = None  # `آژانس کنترل مواد مخدر نزد رئیس‌جمهور تاجیکستان`: the title the body is attached to
            for j in range(i + 2, min(i + 16, len(self._words))):
                if j >= i + 14 and attached_to is None:
                    break
                span = at.get(j)
                if attached_to is not None and j < attached_to.end:
                    continue
                if self._words[j - 1] == "نزد" and span is not None and span.start == j and span.label_ == "TITLE":
                    attached_to = span
                    continue
                # `رئیس اتاق بازرگانی، صنایع، معادن و کشاورزی ایران`: a comma or `و` inside the body's name
                inside_name = self._words[j - 1] in ("،", "و") and j not in at and not self.is_given(self._words[j]) \
                    and j - 1 > i + 1 and self._words[j] not in NOT_IN_A_NAME
                if not inside_name and ((self._punct[j - 1] and self._words[j - 1] not in ("(", ")"))
                                        or ((j - 1) in at and not (attached_to is not None and j == attached_to.end))
                                        or self._words[j - 1] in FAR_QUALIFIER_STOP):
                    break
                if span is None and self._words[j] in OWN_FORCES and self._words[i + 1] in DELEGATION_WORDS \
                        and (j + 1 >= len(self._words) or self._punct[j + 1] or (j + 1) not in at):
                    # `رئیس هیئت نیروی دریایی ارتش`: the head of a delegation of the outlet's own forces
                    heads.append(TitleInfo(i, j + 1, "fa.title.generic_head:own_forces_delegation", "military_commander",
                                           "@source", "fa.country.own_forces", None))
                    break
                if span is None and self._words[j] == "کشور" and j + 1 < len(self._words) \
                        and (j + 1) not in at and self._words[j + 1] not in ("های", "ها") and j > i + 2:
                    if self._words[j - 1] in ("این", "آن"):  # `رئیس سازمان اطلاعات ملی این کشور`: the one named last
                        key = "_".join(self._words[i + 1:j - 1])
                        country, rule = self._country_before(i), "fa.country.this_country"
                    else:  # `رئیس سازمان پدافند غیرعامل کشور`: a national body, of the outlet's country
                        key = "_".join(self._words[i + 1:j])
                        country, rule = "@source", "fa.country.our_country"
                    role = "official" if "وزارت" in self._words[i + 2:j] else "head_of_organization"
                    # (`رئیس اداره همکاری‌های نظامی وزارت دفاع این کشور`: a department of a ministry, as below)
                    heads.append(TitleInfo(i, j + 1, f"fa.title.generic_head:{key}", role, country, rule, None))
                    break
                legislature = self._legislature_at(j)
                if span is None and legislature is not None:
                    # `رئیس کمیسیون امور بین‌المللی ولسی جرگه`, `رئیس کمیته دفاع این مجلس`: a committee chair of a
                    # parliament (named, or "this" one: of the parliament or country named last) is a member of it
                    end, country, rule = legislature
                    heads.append(TitleInfo(i, end, "fa.title.generic_head:legislature", "member_of_parliament",
                                           country, rule, None))
                    break
                if span is None and self._words[j] in ("دوما", "دومای"):
                    # `رئیس کمیته امور بین‌الملل دوما`: a committee chair of the Russian parliament
                    end = j + 2 if self._words[j + 1:j + 2] == ["دولتی"] else j + 1
                    heads.append(TitleInfo(i, end, "fa.title.generic_head:duma", "member_of_parliament", "RU",
                                           "fa.country.generic_head", None))
                    break
                if span is not None and span.start == j and span.label_ in ("COUNTRY", "DEMONYM"):
                    key = "_".join(self._words[i + 1:j])
                    # `رئیس کمیته روابط خارجی سنای آمریکا`: a committee chair of a parliament is a member of it
                    body = self._words[i + 1:j]
                    role = "official" if body[0] in DELEGATION_WORDS else \
                        "parliament_speaker" if body[0] in LEGISLATURE_WORDS or (
                            body[:2] == ["کمیته", "دائمی"] and body[2:3] and body[2] in LEGISLATURE_WORDS) else \
                        "member_of_parliament" if LEGISLATURE_WORDS.intersection(body) else \
                        self._ministry_role(body[1:]) if body[0] == "وزارت" else \
                        "official" if "وزارت" in body[1:] else "head_of_organization"  # (`رئیس اداره ... وزارت دفاع`)
                    # (`رئیس وزارت امور خارجه سوئیس`: the Swiss title of the foreign minister; `رئیس هیئت ترکیه`: who
                    # heads a delegation holds an office of his own, not the delegation's)
                    heads.append(TitleInfo(i, span.end, f"fa.title.generic_head:{key}", role,
                                           span.kb_id_.split("|")[0], "fa.country.generic_head", None))
                    break
                if span is not None and span.start == j and span.label_ == "PLACE" and span.kb_id_.split("|")[0] in \
                        self.kb.places and ((j > i + 2 and self._words[i + 1] in LOCAL_BODIES)
                                            or self._words[i + 1] in LOCAL_OFFICES
                                            or (j > i + 2 and self._words[j - 1] in PROVINCE_NOUNS)
                                            or (j > i + 1 and self._words[j] in PROVINCE_NOUNS)):
                    # `رئیس اتاق تجارت و صنایع هرات`, `رئیس اتاق بازرگانی مشهد`: a city's chamber, or `رئیس گمرک
                    # اسلام‌قلعه`: a local office; `رئیس مهاجرین و عودت‌کنندگان ولایت هرات`: a province's department;
                    # an official of the place's country
                    place = self.kb.places[span.kb_id_.split("|")[0]]
                    heads.append(TitleInfo(i, span.end, f"fa.title.generic_head:{self._words[i + 1]}_of_place",
                                           "official", place.country, "fa.country.generic_head", None))
                    break
                if span is not None and span.start == j and span.label_ == "ORG":
                    # `رئیس نهاد زنان سازمان ملل`: the head of a body of an international organisation (`رئیس هیئت
                    # کمیته بین‌المللی صلیب سرخ در افغانستان`: of its delegation, an official, not its head)
                    role = "official" if self._words[i + 1] in DELEGATION_WORDS or self._words[i] == "مدیر" \
                        else "head_of_organization"  # (`مدیر دفتر نمایندگی بانک توسعه آسیایی`: one office's director)
                    heads.append(TitleInfo(i, span.end, "fa.title.generic_head:org_body", role, None,
                                           "fa.country.international_organization", span.kb_id_.split("|")[0]))
                    break
        for i in where(self._doc, MINISTRY_DEPUTY_WORDS):
            if i not in at:
                deputy = self._deputy_of_a_ministry(i, at)
                if deputy is not None:
                    heads.append(deputy)
        heads += self._heads_told_again(heads, at)
        heads += self._representatives_of_organisations(at)
        deputy_of = self.kb.title_composition["deputy_of"]
        composed = []
        for h in heads:
            # `معاون رئیس سرویس امنیت ملی ارمنستان`, `معاون اول رئیس شورای دولتی کوبا`: the head's deputy (told with
            # his rank among the deputies or his remit), an official, never the head
            deputy = self._deputy_start(self._doc, h.start, at) if h.start > 0 else None
            composed.append(h if deputy is None else replace(h, start=deputy, title_id=f"{h.title_id}:deputy",
                                                             role=deputy_of.get(h.role, "official")))
        return composed

    def _assembly_presidency(self, i: int, at: dict[int, Span]) -> int | None:
        """The end of `رئیس [the session told by its number or `این`] مجمع عمومی [سازمان ملل]` opening at token `i`
        (a title the register lists is left to it)."""
        if i in at:
            return None
        words, j = self._words, i + 1
        while j < min(i + 9, len(words)) and (words[j] in SESSION_FILLERS or words[j] in NUMBER_WORDS
                                              or self._doc[j].like_num or words[j].endswith("مین")
                                              or (words[j].endswith("م") and words[j][:-1] in NUMBER_WORDS)):
            j += 1
        if words[j:j + 1] != ["مجمع"]:
            return None
        org = at.get(j)
        if org is not None and org.start == j and org.label_ == "ORG":
            return org.end if org.kb_id_.split("|")[0] == "unga" else None
        return j + 2 if words[j + 1:j + 2] == ["عمومی"] else (j + 1 if words[i + 1:i + 2] == ["این"] else None)

    def _deputy_of_a_ministry(self, i: int, at: dict[int, Span]) -> TitleInfo | None:
        """`معاون امنیتی و انتظامی وزارت کشور`, `معاون بین‌الملل وزارت دفاع`, `معین نشرات این وزارت`: a deputy told by
        his remit (no title among its words) and the ministry he serves is a deputy of its minister (the role the
        titles give the portfolio's minister), of the country told after the portfolio, else of the outlet's (a
        ministry told bare is the outlet's country's); `این وزارت` is the ministry told last before."""
        words = self._words
        k = next((k for k in range(i + 1, min(i + 8, len(words) - 1)) if words[k] in MINISTRY_WORDS), None)
        if k is None or (i > 0 and words[i - 1] == "یک") or any(
                (j in at or not (self._alpha[j] or words[j] == "،") or self.is_given(words[j])
                 or words[j] in FAR_QUALIFIER_STOP and words[j] != "و") for j in range(i + 1, k)):
            return None  # (`معاون سخنگوی وزارت خارجه`: a title of its own in between; `یک معاون ارشد وزارت خارجه`:
            # one of its deputies, no office told)
        if words[k - 1] in ("این", "آن"):
            # `مهاجر فراهی، معین نشرات این وزارت`, `هیئتی از وزارت فرهنگ ترکمنستان به ریاست معاون آن وزارت`
            told = next((j for j in range(k - 2, max(-1, k - 80), -1) if words[j] in MINISTRY_WORDS), None)
            found = self._ministry_at(told, at) if told is not None else None
            role, country, rule = found[:3] if found is not None else ("deputy_minister", "@source",
                                                                         "fa.country.our_country")
            return TitleInfo(i, k + 1, "fa.title.generic_head:ministry_deputy", role, country, rule, None)
        if k == i + 1:
            return None  # (`معاون وزارت ...`: the titles list it)
        found = self._ministry_at(k, at)
        if found is None:
            return None
        role, country, rule, end = found
        return TitleInfo(i, end, "fa.title.generic_head:ministry_deputy", role, country, rule, None)

    def _ministry_at(self, k: int, at: dict[int, Span]) -> tuple[str, str, str, int] | None:
        """The ministry named at `k` (`وزارت انرژی و آب`): its deputy's role, its country (told after the portfolio,
        else the outlet's) with the rule that gave it, and where its name ends."""
        words = self._words
        if k + 1 >= len(words) or words[k + 1] in PLURAL_SUFFIXES:
            return None  # (`معین‌های وزارت‌های خارجه دو کشور`: deputies of two)
        portfolio = next((n for n in (4, 3, 2, 1)
                          if self.kb.lookup("TITLE", " ".join(["وزیر", *words[k + 1:k + 1 + n]]))), None)
        if portfolio is None:  # (a portfolio no minister's title lists: its plain words)
            portfolio = next((n for n in (3, 2, 1)
                              if all(self._alpha[j] and j not in at for j in range(k + 1, k + 1 + n))
                              and words[k + n] not in FAR_QUALIFIER_STOP), 0)
            if portfolio == 0:
                return None
        role = self.kb.title_composition["deputy_of"].get(self._ministry_role(words[k + 1:k + 1 + portfolio]),
                                                         "deputy_minister")
        country, rule, end = self._qualifier(self._doc, k + 1 + portfolio, at)
        if country is None:
            country, rule, end = "@source", "fa.country.our_country", k + 1 + portfolio
        return role, country, rule, end

    def _heads_told_again(self, heads: list[TitleInfo], at: dict[int, Span]) -> list[TitleInfo]:
        """`رئیس عمومی امنیت ملی روز گذشته با ...` after `رئیس عمومی امنیت ملی افغانستان`: the head of a body told
        before with its country, told again without it, is the same office (of that country)."""
        bodies = {}
        for h in heads:
            if (h.title_id or "").startswith("fa.title.generic_head:") and h.country is not None:
                body = tuple(h.title_id.split(":", 1)[1].split("_"))
                if len(body) >= 2 and tuple(self._words[h.start + 1:h.start + 1 + len(body)]) == body:
                    bodies.setdefault(body, h)
        if not bodies:
            return []
        taken = {h.start for h in heads}
        again = []
        for i in where(self._doc, GENERIC_HEADS):
            if i in at or i in taken:
                continue
            for body, h in bodies.items():
                end = i + 1 + len(body)
                if end <= len(self._words) and tuple(self._words[i + 1:end]) == body and i > h.start \
                        and end not in at:
                    again.append(replace(h, start=i, end=end, country_rule="fa.country.head_told_before"))
                    break
        return again

    def _international_body_told(self, i: int) -> str | None:
        """`رئیس بانک` (a head, then a body's noun and nothing of a name) after an international body of that noun was
        named in full (`بانک آسیایی سرمایه‌گذاری در زیرساخت‌ها`): that body's id."""
        words = self._words
        if i + 2 >= len(words) or words[i + 1] not in SHORT_BODY_NOUNS or i + 1 in self._at \
                or not (self._punct[i + 2] or words[i + 2] in BOUNDARY_WORDS or words[i + 2] in CLAUSE_VERBS
                        or words[i + 2] in self.time_words or words[i + 2] in self.day_words):
            return None
        for span in reversed(self._structure[:bisect_left(self._structure_starts, i)]):
            if span.label_ == "ORG" and words[span.start] == words[i + 1]:
                return span.kb_id_.split("|")[0]
        return None

    def _this_bodys_country(self, i: int, body: str) -> tuple[str | None, str]:
        """`رئیس این دانشگاه` after `از دانشگاه فرماندهی و ستاد ارتش (دافوس) بازدید کردند`: the body last named (within
        80 words) with the outlet's own forces is the outlet's; else the country named last before."""
        words = self._words
        named = next((k for k in range(i - 1, max(-1, i - 80), -1) if words[k] == body), None)
        if named is not None:
            end = min(named + 8, i)
            stop = next((j for j in range(named + 1, end) if (self._punct[j] and words[j] not in ("(", ")"))
                         or (j in self._at and self._at[j].start == j and self._at[j].label_ in COUNTRY_LABELS)), None)
            # (`دانشکده فرماندهی و ستاد ارتش پاکستان`: the army of the country named)
            uncountried = stop is None or self._punct[stop]
            if uncountried and not OWN_FORCES.isdisjoint(words[named + 1:end if stop is None else stop]):
                return "@source", "fa.country.own_forces"
            if named > 0 and words[named - 1] == "در" and uncountried and not any(
                    span.label_ in ("PLACE",) + COUNTRY_LABELS for span in self._structure[
                        bisect_left(self._structure_starts, named):bisect_left(self._structure_starts, i)]):
                return "@source", "fa.country.unnamed_body"  # `در دانشگاه عالی دفاع ملی با رئیس این دانشگاه`: ours
        return self._country_before(i), "fa.country.this_body"

    def _plural_officials_met(self, at: dict[int, Span]) -> list[TitleInfo]:
        """`با مقام‌های نظامی پاکستان دیدار کرد`: a country's military or border officials a contact is with, told in
        the plural right after `با`, stand for that country's side, its commanders (a flag meeting names no one)."""
        heads = []
        words = self._words
        for i in where(self._doc, PLURAL_OFFICIALS):
            if i == 0 or words[i - 1] != "با" or (i in at and not (at[i].label_ == "TITLE" and at[i].start == i and (
                    at[i].kb_id_.split("|")[0].startswith("fa.title.senior_official")))):
                continue  # (`مقام های نظامی` is read as the singular title's plural)
            k = i + 1
            if words[i] == "مقام":
                if words[k:k + 1] != ["های"]:
                    continue
                k += 1
            military = False
            while k < len(words) and words[k] in OFFICIALS_ADJECTIVES:
                military = military or words[k] in MILITARY_ADJECTIVES
                k += 1
            span = at.get(k)
            if not military or span is None or span.start != k or span.label_ not in ("COUNTRY", "DEMONYM"):
                continue  # (`با مقام‌های لبنانی دیدار کرد` sums up the meetings told one by one after it)
            heads.append(TitleInfo(i, span.end, "fa.title.plural_officials", "military_commander",
                                   span.kb_id_.split("|")[0], "fa.country.plural_officials", None))
        return heads

    def _this_provinces_country(self, i: int, noun: str) -> tuple[str | None, str]:
        """The country of the province last named (`ولایت ختلان`, within 80 words) before `رئیس این ولایت`, else the
        country named last before it."""
        for k in range(i - 1, max(0, i - 80), -1):
            span = self._at.get(k + 1)
            if self._words[k] == noun and span is not None and span.start == k + 1 and span.label_ == "PLACE":
                place = self.kb.places.get(span.kb_id_.split("|")[0])
                if place is not None:
                    return place.country, "fa.country.this_province"
        return self._country_before(i), "fa.country.this_body"

    def _representatives_of_organisations(self, at: dict[int, Span]) -> list[TitleInfo]:
        """`نماینده یونیسف در افغانستان`, `نماینده دفتر مقابله با مواد مخدر و جرم سازمان ملل`: the representative of an
        international organisation (or of one of its offices), within eight words, before any country is named (`نماینده
        ایران در سازمان ملل` is the state's)."""
        heads = []
        for i in where(self._doc, REPRESENTATIVE_WORDS):
            if i in at:
                continue
            span = at.get(i + 1)
            if span is not None and span.start == i + 1 and span.label_ in ("COUNTRY", "OUR_COUNTRY") \
                    and (i == 0 or self._words[i - 1] not in OWNED_PLACES):
                # `نماینده آمریکا ایران را به عدم همکاری با آژانس متهم کرد`: a state's representative at a session,
                # an official of that state (`نماینده مجلس`, `نماینده ویژه`, `نماینده دائم` are titles of their own);
                # `نماینده کشورمان پیش از آغاز نشست با X دیدار کرد`: the outlet's own state's
                heads.append(TitleInfo(i, span.end, "fa.title.representative_of_country", "official",
                                       "@source" if span.label_ == "OUR_COUNTRY" else span.kb_id_.split("|")[0],
                                       "fa.country.country_after_title", None))
                continue
            for j in range(i + 1, min(i + 9, len(self._words))):
                span = at.get(j)
                if (self._punct[j] and self._words[j] not in ("(", ")")) or (
                        span is not None and span.start == j and span.label_ != "ORG"):
                    break
                if span is not None and span.start == j:
                    heads.append(TitleInfo(i, span.end, "fa.title.representative_of_org", "official", None,
                                           "fa.country.international_organization", span.kb_id_.split("|")[0]))
                    break
        return heads

    def _ministry_role(self, portfolio: list[str]) -> str:
        """The role of a ministry's head: the role the titles give the minister of that portfolio (`وزیر امور خارجه`,
        `وزیر دفاع`), else a minister's."""
        titles = self.kb.titles
        found = self.kb.lookup("TITLE", " ".join(["وزیر", *portfolio]))
        return titles[found[0]].role if found and found[0] in titles else "minister"

    def _institution_at(self, j: int) -> tuple[tuple[str, ...], str] | None:
        """The first of `institutions` (name, country) named from token `j` (`شورای اسلامی`, `ولسی جرگه`)."""
        words, firsts = self._words, self._institution_firsts
        if firsts is not None and (j >= len(words) or words[j] not in firsts):
            return None  # (most tokens: no name to compare)
        for name, iso in self.institutions.items():
            if tuple(words[j:j + len(name)]) == name:
                return name, iso
        return None

    def _legislature_at(self, j: int) -> tuple[int, str | None, str] | None:
        """A parliament named from token `j` (`ولسی جرگه`), or `این مجلس` for the parliament or country named last:
        where the phrase ends, its country and the rule that gave it."""
        words = self._words
        found = self._institution_at(j)
        if found is not None:
            return j + len(found[0]), found[1], "fa.country.institution_after_title"
        if words[j] == "این" and j + 1 < len(words) and words[j + 1] in LEGISLATURES:
            for k in range(j - 1, max(-1, j - 60), -1):
                found = self._institution_at(k)
                if found is not None:
                    return j + 2, found[1], "fa.country.this_country"
            return j + 2, self._country_before(j), "fa.country.this_country"
        return None

    def _deputy_start(self, doc: Doc, title_start: int, at: dict[int, Span]) -> int | None:
        """Start of `معاون [modifiers] ` right before a title (معاون اجرایی وزیر امور خارجه), the modifiers possibly a
        list with commas closed by `و` (`معاون کنسولی، مجلس و امور ایرانیان وزیر امور خارجه`)."""
        composition = self.kb.title_composition
        words, modifiers = self._words, 0
        for i in range(title_start - 1, -1, -1):
            if words[i] in composition["deputy_words"]:
                return i
            listed = words[i] in ("،", ",") and "و" in words[i + 1:title_start]
            deputys = i in at and at[i].label_ == "TITLE" and words[at[i].start] in composition["deputy_words"] \
                and any(w in ("،", ",") for w in words[i:title_start])
            # (`معاون کنسولی، مجلس و ...`: the first remit of a list is itself a deputy's title; not `دستیار ویژه
            # رئیس‌جمهور`, a title of its own)
            if (self._punct[i] and not listed) or (i in at and not deputys) \
                    or (i == title_start - 1 and words[i] == "و"):
                return None  # (`معاون رئیس کابینه و وزیر امور خارجه`: two offices, the second not a deputy's)
            modifiers += not self._punct[i] and words[i] != "و"
            if modifiers > composition["max_modifiers"]:
                return None
        return None

    def _qualifier(self, doc: Doc, start: int, at: dict[int, Span]) -> tuple[str | None, str | None, int]:
        """A country name, demonym or کشورمان right after a title (also after `کشور`); `این کشور` (this
        country) is the country named last before it, within the sentence before or this one."""
        if start < len(doc) and self._words[start] == "(":  # `رئیس شورای عالی (جوگورکو کنش) قرقیزستان`: a gloss
            close = next((k for k in range(start + 1, min(start + 5, len(doc))) if self._words[k] == ")"), None)
            if close is not None:
                start = close + 1
        found = self._institution_at(start)
        if found is not None:
            return found[1], "fa.country.institution_after_title", start + len(found[0])
        if start + 1 < len(doc) and self._words[start] == "این" and self._words[start + 1] in THIS_BODY:
            country = self._force_before(start, at) if self._words[start + 1] == "نیرو" else None
            country = country or self._country_before(start)
            if country is not None:
                return country, "fa.country.this_country", start + 2
        if start >= 2 and self._words[start - 2] == "این" and self._words[start - 1] in LEGISLATURES:
            country = self._country_before(start - 2)  # `رئیس این مجلس`: the title names the body named before
            if country is not None:
                return country, "fa.country.this_country", start
        for i in (start, start + 1):
            if i > start and not (start < len(doc) and self._words[start] in COUNTRY_FILLERS):
                break
            span = at.get(i)
            if span is not None and span.start == i and span.label_ in COUNTRY_LABELS:
                if span.label_ == "OUR_COUNTRY":
                    return "@source", "fa.country.our_country", span.end
                return span.kb_id_.split("|")[0], f"fa.country.{span.label_.lower()}_after_title", span.end
            if span is not None and span.start == i == start and span.label_ == "PLACE":
                place = self.kb.places.get(span.kb_id_.split("|")[0])
                if place is not None and (place.kind == "province" or self._words[start - 1] in GOVERNOR_WORDS
                                          or self._words[start - 1] in COMMANDER_WORDS):
                    return place.country, "fa.country.province_after_title", span.end  # `استاندار آذربایجان شرقی`
        if 0 < start + 1 < len(doc) and self._words[start] in REGION_WORDS and self._words[start - 1] in GOVERNOR_WORDS:
            span = at.get(start + 1)  # `فرماندار شهرستان تایباد`, `والی ولایت هرات`: a region word before the place
            place = self.kb.places.get(span.kb_id_.split("|")[0]) if span is not None and span.start == start + 1 \
                and span.label_ == "PLACE" else None
            if place is not None:
                return place.country, "fa.country.province_after_title", span.end
        if 0 < start < len(doc) and self._words[start] == "کشور" and self._words[start - 1] not in DETERMINERS and (
                start + 1 == len(doc) or self._words[start + 1] in BARE_PROVINCE_FOLLOWERS):
            return "@source", "fa.country.bare_country", start + 1  # `وزیر مالیه کشور و ...`: our country's
        if start + 1 < len(doc) and self._words[start] == "استان" and self._words[start + 1] in BARE_PROVINCE_FOLLOWERS:
            return "@source", "fa.country.bare_province", start + 1  # `فرمانده مرزبانی استان نیز ... حضور داشت`
        if start > 0 and self._words[start - 1] == "استاندار" and not self._place_at(start, at) and any(
                w in self.kb.title_composition["deputy_words"] for w in self._words[max(0, start - 8):start - 1]):
            return "@source", "fa.country.bare_province", start  # `با معاون سیاسی، امنیتی و اجتماعی استاندار`
        return None, None, start

    @staticmethod
    def _place_at(position: int, at: dict[int, Span]) -> bool:
        """A place's or country's name begins at `position`."""
        span = at.get(position)
        return span is not None and span.start == position and span.label_ in ("PLACE",) + COUNTRY_LABELS

    def _force_before(self, position: int, at: dict[int, Span]) -> str | None:
        """`هیئتی از نیروی دریایی ارتش ... به ریاست معاون عملیات این نیرو`: "this force" is the force named last
        (within 40 words): the country named with it, else the outlet's own for `ارتش` / `سپاه`."""
        for k in range(position - 1, max(-1, position - 40), -1):
            if self._words[k] == "نیروی":
                origin = self._body_origin(k + 1, at)
                return origin[0] if origin is not None and origin[2] <= position else None
        return None

    def _country_before(self, position: int, reach: int = 60) -> str | None:
        """The country `این کشور` points back at: the nearest COUNTRY, DEMONYM or PLACE (its country) before
        `position`, within `reach` tokens. Iran only when no other country is there: Persian agencies say
        `کشورمان` for their own country, so `این کشور` is almost always the foreign side."""
        found = []
        first = bisect_left(self._structure_starts, max(0, position - reach - 12))
        structure = self._structure
        for k in range(first, len(structure)):  # (not a copy of the list's tail: thousands of spans in a long text)
            span = structure[k]
            if span.start >= position:
                break
            if position - span.end > reach:
                continue
            key = span.kb_id_.split("|")[0]
            if span.label_ in ("COUNTRY", "DEMONYM"):
                found.append(key)
            elif span.label_ == "PLACE" and key in self.kb.places:
                found.append(self.kb.places[key].country)
        foreign = [c for c in found if c != "IR"]
        return foreign[-1] if foreign else (found[-1] if found else None)

    def _name_before(self, doc: Doc, title_start: int) -> tuple[int, int] | None:
        """Name tokens right before a title (`والری گراسیموف رئیس ...`), possibly after a comma."""
        end = title_start
        if end > 0 and self._words[end - 1] in PUNCT_GAP:
            end -= 1
        if end > 0 and self._words[end - 1] == "»":
            return None
        start = end
        while start > 0 and (end - start < 4 or (end - start == 4 and self.is_given(self._words[start - 1]))) \
                and self._words[start - 1] not in NAME_OPENERS and (
                self._name_token(start - 1) or (self._words[start - 1] in self.particles and end - start > 0
                                                and self._particle_here(start - 1))
                or (end - start > 0 and self._compound_given_at(start - 1) and (start - 1) not in self._triggers)
                or (end - start > 0 and self._name_hyphen(start - 1) and self._name_token(start - 2))):
            # `با محسن نقوی در دفتر وزیر کشور`: `در` after a surname is no particle; a fifth token only when it is a
            # first name (`محمد حسن حبیب الله زاده`); `شرارد کوپر-کولز سفیر بریتانیا`: a hyphen inside the surname;
            # `شاه ولی الله ادیب والی ...`: a compound given name whose first half is a function word (but)
            start -= 2 if self._words[start - 1] in ("-", "‐") else 1
        while start < end and self._words[start] in self.particles:
            start += 1
        if end - start <= 1 and (end == title_start or self._words[end] in PUNCT_GAP):  # (`وین مپ، وزیر دفاع ...`)
            placed = self._place_in_name(start, end, title_start)
            if placed is not None:
                return placed
        if end - start >= 3 and start > 0 and self._words[start - 1] in DETERMINERS \
                and self._event_noun(self._words[start]):
            start += 1  # `در این دیدارها طلبک نظروف وزیر ...`: the event told again, then the name
        if start == end:
            return None
        named = start
        while start >= 2 and self._initial_at(start - 2):
            start -= 2  # `جی. پی. سینگ معاون کمیسر عالی هند`, `دی.پی. سریواستاوا سفیر هند`: initials before the name
        if start < named and not self._common_words(named, end):
            return start, end  # (initials open a name wherever it stands: `روز جمعه جی. پی. سینگ ...`)
        first = self._words[start]
        before = self._words[start - 1] if start else ""
        boundary = start == 0 or before in BOUNDARY_WORDS or before in DELEGATION_HEAD or before in NAME_OPENERS \
            or (before == "مشترک" and self._words[start - 2:start - 1] == ["ریاست"]) \
            or before in (".", "؟", "!") or before in self.time_words or before.endswith("شنبه") \
            or "\n" in before or (start - 1) in self._triggers \
            or self._words[max(0, start - 2):start] in (["قرار", "بود"], ["قرار", "است"]) \
            or (start >= 2 and self._words[start - 2] in DETERMINERS and self._event_noun(before))
        # (`در دیدار خورخه رودریگز رئیس مجلس ملی ونزوئلا`; `قرار بود جماهر انوری وزیر ... گفتگو کند`: the subject of
        # what was planned; `در این دیدارها X وزیر خارجه ... نیز حضور داشت`: the subject after the event told again)
        if self.is_given(first) or (boundary and end - start >= 2 and not self._common_words(start, end)):
            return start, end
        if end - start >= 2 and self.is_given(self._words[start + 1]):
            return start + 1, end
        return None

    def _place_in_name(self, start: int, end: int, title_start: int) -> tuple[int, int] | None:
        """`کابل: لیون پنتا وزیر دفاع آمریکا`, `با گابی لیون وزیر فرهنگ لبنان`, `به ریاست روچیرا کامبوج نماینده دایمی
        هند`: a two-word name one of whose words spells a city or a country (one token of the gazetteer), the other
        an unknown name word, set off before a title or its comma (a country's only when the title names another
        one)."""
        if start == end:  # the place last: `گابی | لیون`
            first, place = end - 2, end - 1
        else:  # the place first: `لیون | پنتا`
            first, place = start - 1, start - 1
        span = self._at.get(place)
        if first < 0 or span is None or span.start != place or span.end != place + 1 \
                or span.label_ not in ("PLACE", "COUNTRY") or place in self._triggers or not self._alpha[place] \
                or not self._set_off(first) or (first > 0 and self._words[first - 1] in ("در", "به", "از")):
            return None
        other = first if place == end - 1 else end - 1
        if other in self._at or not self._name_token(other) or self._words[other] in self.title_words \
                or self._common_words(other, other + 1) or self._words[other] in self.not_bare_names:
            return None
        if span.label_ == "COUNTRY":
            title = self._at.get(title_start)
            country = next((self._at[k] for k in range(title.end, min(title.end + 3, len(self._words)))
                            if k in self._at and self._at[k].label_ == "COUNTRY"), None) \
                if title is not None and title.label_ == "TITLE" else None
            if country is None or country.kb_id_ == span.kb_id_:
                return None
        return first, end

    def _foreign_name_after(self, i: int) -> bool:
        """`رئیس کمیته اجرائیه همسود سرگئی لبدیف حضور داشتند`, `رئیس پالاتای نمایندگان ... بیلاروس ولادیمیر
        اندریچنکو`: a given name of a region that shares none with Persian (Russian, Western, Chinese ...) after a
        word no list knows (a body's or a country's name) opens the name, not a second given name of a longer one."""
        words = self._words
        if words[i] not in self.kb.foreign_given_names or words[i] in WORD_GIVEN_NAMES or self.is_given(words[i - 1]) \
                or words[i - 1] in self.particles or (i >= 2 and (words[i - 2], words[i - 1]) in self.compound_given):
            return False
        end = self._take_name(self._doc, i)
        return end - i >= 2 and end < len(words) and (
            end in self._triggers or self._presence_at(end) or words[end] in ("را", "نیز", "،")
            or (end in self._at and self._at[end].label_ == "TITLE" and self._at[end].start == end))
        # (closed by the verb, `را`, `نیز`, a comma or a title: not `آتش سوزی منقف`, `ساختمان رونالد ریگان این شهر`)

    def _monarchs_name(self, title: TitleInfo) -> int | None:
        """The one word a monarch is known by, right after his title and country before the verb, `را`, a comma or the
        end (`با امپراتور ژاپن آکیهیتو دیدار کرد`), or right before them after `از سوی`, `با`, `و` or another royal
        title (`از سوی اکیهیتو امپراتور جاپان`, `ملک گیانندرا پادشاه نپال`)."""
        words = self._words
        k = title.end
        if k + 1 < len(words) and self._lone_name_word(k) and (
                (k + 1) in self._triggers or words[k + 1] in ("را", "،", ".", "نیز") or self._presence_at(k + 1)):
            return k
        k = title.start - 1
        if k >= 1 and self._lone_name_word(k) and (
                words[k - 1] in ("سوی", "با", "و") or ((k - 1) in self._at and self._at[k - 1].label_ == "TITLE"
                                                       and self._at[k - 1].end == k)):
            return k
        return None

    def _lone_name_word(self, k: int) -> bool:
        """A word no list knows that may be a name by itself (no function, time, title or event word)."""
        word = self._words[k]
        return self._alpha[k] and len(word) >= 4 and k not in self._at and k not in self._triggers \
            and self._name_token(k) and word not in self.title_words and word not in self.not_bare_names \
            and not self._common_words(k, k + 1) and not self._day_at(k)

    def _event_noun(self, word: str) -> bool:
        """An event's noun, or its plural (`دیدار`, `دیدارها`, `نشست‌ها`)."""
        nouns = self.kb.event_nouns
        return word in nouns or (word.endswith("ها") and word[:-2] in nouns)

    def _last_of_names(self, title_start: int, used: set[int]) -> tuple[int, int] | None:
        """One to three name words between `و` after a name found and a plural title (`سرگئی لاوروف و فلیپه پرز روکه
        وزیران خارجه روسیه و کوبا`): the last of the names the title is shared by."""
        end = title_start - 1 if title_start > 0 and self._words[title_start - 1] in PUNCT_GAP else title_start
        start = end
        while start > 0 and end - start < 3 and (start - 1) not in used and (start - 1) not in self._at \
                and self._name_token(start - 1) and self._words[start - 1] not in NOT_IN_A_NAME:
            start -= 1
        if start == end or start < 2 or self._words[start - 1] != "و" or (start - 2) not in used \
                or self._common_words(start, end) \
                or any(self._words[k] in self.not_bare_names for k in range(start, end)):
            return None
        return start, end

    def _set_off(self, start: int) -> bool:
        """A name starting at `start` opens its phrase: after `و`, `با`, `را`, a comma, a full stop, a line break, a
        word a name with a title follows or the head of a delegation."""
        if start == 0:
            return True
        before = self._words[start - 1]
        return before in ("و", "با", "،", ".", ":", "را") or "\n" in before or (start - 1) in self._triggers \
            or before in NAME_OPENERS or before in DELEGATION_HEAD
        # (`با حضور اولوسگون اوباسانجو نماینده عالی این اتحادیه`, `به رهبری سایمون گس نماینده عالی`, `ریاست هیئت را
        # سیروس ناصری عضو ارشد تیم مذاکره‌کننده بر عهده داشت`)

    def _name_after_counterpart(self, start: int, used: set[int]) -> tuple[int, int] | None:
        """Two or three name tokens right after a counterpart phrase, before a verb, a trigger or a clause break;
        or set off by commas after it (`با همتای ازبک خود، باخودیر قربانف، ...`)."""
        if start < len(self._words) and self._words[start] in PUNCT_GAP:
            return self._bare_name(start + 1, lambda end: self._words[end] in PUNCT_GAP, used)
        return self._bare_name(start, lambda end: end in self._triggers or self._punct[end]
                               or self._words[end] in ("را", "نیز", "در", "درباره", "گفتگو"), used)

    def _second_hat_of_next(self, title: TitleInfo, by_start: dict[int, TitleInfo]) -> TitleInfo | None:
        """`معاون نخست‌وزیر و وزیر دفاع مالزی`, `معاون رئیس کابینه وزیران و وزیر امور خارجه ترکمنستان`: a deputy
        head of government's office of no country, joined by `و` to an office of a country, is a second hat of the
        one person holding that office (a minister of the cabinet), not a person of its own."""
        if title.role != "minister" or title.country is not None or title.org is not None \
                or self._words[title.start] not in MINISTRY_DEPUTY_WORDS or title.end + 1 >= len(self._words) \
                or self._words[title.end] != "و":
            return None
        nxt = by_start.get(title.end + 1)
        return nxt if nxt is not None and nxt.country is not None and nxt.role not in (None, "head_of_government") \
            else None

    def _serves(self, title: TitleInfo, ends: dict[int, list[TitleInfo]]) -> bool:
        """The title is the genitive of a serving office just before it (an adviser, an aide, an envoy of ...);
        `ends` holds the titles by the token they end at."""
        for end in (title.start, title.start - 1):
            for other in ends.get(end, ()):
                if other is not title and self._words[other.start] in SERVING_HEADS \
                        and all(not self._punct[k] and k not in self._at and self._words[k] not in FAR_QUALIFIER_STOP
                                and self._words[k] not in self.not_bare_names for k in range(other.end, title.start)):
                    return True  # (not `نماینده آمریکا با دبیر شورای امنیت تاجیکستان دیدار کرد`: whom he met; not
                    # `سخنگوی وزارت خارجه میگوید معین سیاسی این وزارت ...`: a speech verb ends the spokesman's title)
        k = title.start - 1
        while k > 0 and title.start - k <= 5 and self._words[k] in SERVING_REMITS and k not in self._at:
            k -= 1  # `مشاور سیاسی و رسانه‌ای رئیس جمهور سوریه`, `مشاور ارشد سیاست خارجی نخست‌وزیر انگلیس`,
            # `معاون اول رئیس شورای دولتی کوبا`: the office's remit between it and whom it serves
        if k < title.start - 1 and self._words[k + 1] != "و" and self._words[title.start - 1] != "و":
            return any(other is not title and self._words[other.start] in SERVING_HEADS | DEPUTY_HEADS
                       for other in ends.get(k + 1, ()))
        return False

    def _common_words(self, start: int, end: int) -> bool:
        """`دیدارهای جداگانه`, `مراسم بزرگداشت` before a title: words of events and ceremonies, plurals, no name."""
        nouns = self.kb.event_nouns
        return any(w in nouns or w in NOT_NAME_WORDS or w.endswith("های") for w in self._words[start:end])

    def _name_after(self, doc: Doc, title_end: int, met: bool = False,
                    named_before: bool = False) -> tuple[int, int] | None:
        """A name right after a title and its country (`وزیر خارجه ترکیه هاکان فیدان`); after a title someone is
        `met` with (`با`), also an unknown name closed by the contact's verb; after a title whose holder is not
        `named_before` it, also one closed by `نیز`, a comma, `که` ... (`NAME_AFTER_STATE_CLOSERS`)."""
        start = title_end
        if self._words[title_end - 1] in MINISTRY_WORDS:
            return None  # `سرپرست وزارت صحت عامه`: the ministry's portfolio follows, not a name
        if met and start + 2 < len(doc) and self._words[start] == "در" and self._words[start + 1] == "امور":
            # `با نماینده ویژه اتحادیه اروپا در امور آسیای مرکزی ترهی هاکالا، که ...`: the remit, then the name
            close = next((k for k in range(start + 4, min(start + 9, len(doc)))
                          if self._words[k] in ("،", "که") or k in self._triggers), None)
            named = self._bare_name(close - 2, lambda end: end == close) if close is not None else None
            if named is not None and not self._common_words(*named):
                return named
        if start + 2 < len(doc) and self._words[start] == "در" and self._words[start + 1] == "امور":
            # `وزیر دولت در امور خارجی دولت قطر سلطان بن سعد المریخی را`: the remit and its state, then the name
            country = next((self._at[k] for k in range(start + 2, min(start + 6, len(doc)))
                            if k in self._at and self._at[k].label_ in COUNTRY_LABELS), None)
            if country is not None and all(self._alpha[k] and k not in self._at
                                           for k in range(start + 2, country.start)):
                named = self._given_name_at(doc, country.end)
                if named is not None:
                    return named
        if start + 3 < len(doc) and self._words[start] == "برای":
            named = self._name_after_remit(start)
            if named is not None:
                return named
        if start < len(doc) and self._words[start] in PUNCT_GAP:
            start += 1
        if start + 1 < len(doc) and self._words[start] == "در" and (start + 1) in self._at \
                and self._at[start + 1].label_ in ("PLACE", "COUNTRY"):
            # `سفیر روسیه در دوشنبه سیمیون گریگوریف را`: the mission's seat, then the name (`... در جمهوری تاجیکستان
            # سیمیون گریگوریف نیز ملاقات کرد`)
            named = self._bare_name(self._at[start + 1].end,
                                    lambda end: self._words[end] in ("را", "،", "که", "نیز") or end in self._triggers
                                    or self._presence_at(end)
                                    or (self._day_at(end) and "با" in self._words[end + 1:end + 8]))
            if named is not None and not self._common_words(*named) and not self._continues_a_title(*named):
                return named
        named = self._given_name_at(doc, start)
        if named is not None:
            return named
        # `دبیرکل سازمان پیمان امنیت جمعی ایمانغالی تاسماغامبتوف را پذیرفت`, `با رئیس مجلس نمایندگان محمدطاهر ذاکرزاده
        # دیدار کرد`
        present = self._words[title_end - 1] not in PLACE_HEADS  # (not a district: `ولسوال دند پتان نیز حضور داشت`)
        found = self._bare_name(start, lambda end: self._words[end] in ("را", "با", "برای") or (
            present and self._presence_at(end) and not self._continues_a_title(start, end))
                                or (self._words[end] in self.time_words and "با" in self._words[end + 1:end + 4])
                                or (self._day_at(end) and ("با" in self._words[end + 1:end + 6]
                                                           or "را" in self._words[end + 3:end + 14]))
                                or (met and (
            end in self._triggers or self._words[end] in ("که", "،"))))  # `با رئیس سنای ازبکستان تنزیله نربایوا که`
        # (`وزیر امور خارجه جمهوری تاجیکستان طلبک نذراف با ...`: the subject named after his title, then his `با`, or
        # his trip's `برای`: `نخست وزیر جمهوری قرقیزستان محمدکلی ابیلغازیف برای سفر رسمی وارد دوشنبه شد`, or a time
        # before his `با`: `وزیر حمل و نقل جمهوری تاجیکستان خدایار خدایارزاده امروز با X دیدار کرد`)
        if found is None and not named_before and self._ends_in_its_country(title_end):
            # `رئیس جمهور قرقیزستان صدیر ژاپاروف نیز حضور داشت`, `وزیر خارجه تاجیکستان طلبک نظروف، ...`: after a title
            # whose state closes it, two or three unknown words before `نیز`, a comma, `که`, `و` or the time are the
            # name of the one holding it (not after one named before his title: `با رحمان ملک وزیر کشور پاکستان
            # خواستار برخورد جدی و ...`)
            found = self._bare_name(start, lambda end: self._words[end] in NAME_AFTER_STATE_CLOSERS
                                    or end in self._triggers or self._words[end] in self.time_words)
        return None if found is not None and self._common_words(*found) else found

    def _name_after_remit(self, start: int) -> tuple[int, int] | None:
        """`مدیر کل صندوق کویت برای توسعه اقتصادی عرب عبدالوهاب البدر دیدار کرد`, `رئیس مرکز ... برای دیپلماسی
        پیشگیرانه در آسیای مرکزی میروسلاو ینچا را پذیرفت`: after a title, its remit (`برای` and a few words), then a
        name of two or three words opening with a given name, closed by `را`, `نیز`, a comma, `که` or the verb."""
        words = self._words
        for close in range(start + 3, min(start + REMIT_REACH + 4, len(words))):
            if close in self._triggers or words[close] in ("را", "نیز", "،", "که") or self._presence_at(close):
                for size in (3, 2):
                    first = close - size
                    if first > start + 1 and self.is_given(words[first]) and self._remit_start(first) == start:
                        named = self._bare_name(first, lambda end: end == close)
                        if named is not None and not self._common_words(*named):
                            return named
                return None
            if self._punct[close] or "\n" in words[close]:
                return None
        return None

    def _remit_start(self, name_start: int) -> int | None:
        """Where `برای` opens an office's remit that runs up to a name at `name_start` (`... سازمان ملل برای آسیای
        مرکزی X`): one to REMIT_REACH words with no punctuation, verb, title or other `برای` between."""
        words = self._words
        for k in range(name_start - 1, max(0, name_start - REMIT_REACH - 2), -1):
            if words[k] == "برای":
                return k if k < name_start - 1 else None
            if not self._alpha[k] or k in self._triggers or words[k] in REMIT_STOPS or words[k] in self.time_words \
                    or self._day_at(k) or (
                    k in self._at and self._at[k].label_ in ("TITLE", "OFFICIAL", "SURNAME", "RANK")):
                return None
        return None

    def _presence_at(self, i: int) -> bool:
        """A clause that tells the subject's part opens at token `i`: `حضور داشت`, `بر عهده داشت`, `سخنرانی کرد`
        (`وزیر امور خارجه طلبک نذروف حضور داشتند`, `ریاست آن را پادشاه هلند ویلم الکساندر بر عهده دارند`)."""
        words = self._words
        if i + 2 < len(words) and words[i] in ("نیز", "هم"):
            i += 1  # (`وزیر توسعه اقتصادی زوقی زوقی‌زاده نیز حضور داشت`)
        if i + 1 >= len(words):
            return False
        word, after = words[i], words[i + 1]
        return (word == "حضور" and after.startswith(("داشت", "یافت", "دار")))  \
            or (word == "بر" and after == "عهده") or (word == "سخنرانی" and after.startswith(("کرد", "نمود")))

    def _continues_a_title(self, start: int, end: int) -> bool:
        """Words of an office's unit, region or portfolio, no name: `فرمانده دسته مرزی اشکاشم`, `رئیس پلیس استان
        واسط`."""
        return any(w in PLACED_UNITS or w in REGION_WORDS or w in BODY_NOUNS or w in LOCAL_OFFICES
                   or w in self.extenders for w in self._words[start:end])

    def _ends_in_its_country(self, title_end: int) -> bool:
        """The title ends in its country's name (`وزیر امور خارجه جمهوری تاجیکستان`; not a demonym: `رئیس شرکت
        روسی اتم استروی اکسپورت` names a firm)."""
        span = self._at.get(title_end - 1)
        return span is not None and span.end == title_end and span.label_ == "COUNTRY"

    def _given_name_at(self, doc: Doc, start: int) -> tuple[int, int] | None:
        """A name of two words or more opening at `start` with a given name, or with any word before a patronymic
        (`سلطان بن سعد`)."""
        if start < len(doc) and (self.is_given(self._words[start])
                                 or self._words[start + 1:start + 2] in (["بن"], ["بنت"])) and self._name_token(start):
            end = self._take_name(doc, start)
            if end - start >= 2:
                return start, end
        return None

    def _day_at(self, i: int) -> bool:
        """`روز`, a weekday, or the first word of one the normaliser split (`سه شنبه`) at token `i`."""
        word = self._words[i]
        return word in self.day_words and (word == "روز" or word.endswith("شنبه") or word == "جمعه"
                                           or self._words[i + 1:i + 2] == ["شنبه"])

    def _bare_name(self, start: int, closes, used: set[int] | frozenset[int] = frozenset()) -> tuple[int, int] | None:
        """Two or three name tokens from `start` that no rule knows (no function word, gazetteer span or trigger,
        none in `used`), closed by a token `closes` accepts."""
        words = self._words
        for end in (start + 2, start + 3):
            if end < len(words) and closes(end) and all(
                    k not in used and k not in self._at and k not in self._triggers and (self._name_token(k) or (
                        start < k < end - 1 and self._name_hyphen(k)))
                    and words[k] not in self.stopwords and words[k] not in self.not_bare_names
                    for k in range(start, end)):  # (`همتای بحرینی خود خبر داد`: a verb, no name; `ویلم-الکساندر`: a
                # double given name joined by a hyphen)
                return start, end
        return None

    def _names_an_airport(self, start: int) -> bool:
        """`میدان هوایی بین‌المللی حامد کرزی`, `فرودگاه بین‌المللی امام خمینی`: a person's name given to an airport."""
        k = start - 1
        while k >= 0 and self._words[k] in ("بین", "المللی", "بینالمللی"):
            k -= 1
        return k >= 0 and self._words[k] in ("فرودگاه", "هوایی")

    def _names_a_vessel(self, start: int) -> bool:
        """`ناوهای «تیر» و «شاردول» و شناور گارد ساحلی «ویرا»`: a name in guillemets shortly after a word for a
        ship is the ship's."""
        if start == 0 or self._words[start - 1] != "«":
            return False
        window = self._words[max(0, start - 8):start - 1]
        return any(w in VESSEL_WORDS for w in window) and not any(w in SENTENCE_END or w in CLAUSE_END for w in window)

    def _guillemet_names(self, doc: Doc) -> list[tuple[int, int]]:
        """«...» holding a name: 2–4 letter tokens, or one next to a title (a quotation is longer)."""
        titles = {s.start for s in self._structure if s.label_ == "TITLE"}
        title_ends = {s.end for s in self._structure if s.label_ == "TITLE"}
        office_ends = title_ends | {s.end for s in self._structure if s.label_ == "ORG" or (
            s.label_ in COUNTRY_LABELS and s.start in title_ends)}  # (`سفیر چین «...»`, not `... تاجیکستان «...»`)
        found = []
        for i in list(positions(doc).get("«", ())):
            j, initials = i + 1, 0
            while j < len(doc) and j - i - initials <= 7 and self._words[j] != "»":
                if self._initial_dot(j) or self._name_hyphen(j):
                    initials += 1  # `«اس. ام. قمرالحسن»`: the dot of an initial is no word of the name, nor the hyphen
                    # of a double name (`«مایته نکوآنا-مشابانه»`)
                j += 1
            size = j - i - 1 - initials
            split_off = sum(self._words[k] in self.name_suffixes or (self._words[k] in ("بن", "بنت", "آل")
                                                                      and i + 1 < k < j - 1) for k in range(i + 2, j))
            if j >= len(doc) or self._words[j] != "»" or not 1 <= size - split_off <= 4:
                continue  # (a suffix its ZWNJ cut off is no word of its own: `«ادیلبیک قاسم‌علی‌یف»`; nor a patronymic's
                # particle: `«فهد بن محمود آل سعید»`)
            inner = [k for k in range(i + 1, j) if not self._initial_dot(k) and not self._name_hyphen(k)]
            ranked = i > 0 and i - 1 in self._at and self._at[i - 1].label_ == "RANK"
            if not all(self._alpha[k] and k not in self._triggers and
                       (k not in self._at or self._at[k].label_ in ("OFFICIAL", "SURNAME")
                        or (k == i + 1 and size >= 2 and self._at[k].label_ == "PLACE" and self._at[k].end < j
                            and (ranked or i in office_ends or j + 1 in titles))
                        or (k == j - 1 and size >= 2 and self._at[k].start > i + 1 and self._at[k].end == j
                            and self._at[k].label_ in GUILLEMET_SURNAME_LABELS
                            and (ranked or i in office_ends or j + 1 in titles))) for k in inner):
                continue  # (a given name that is also a city's, next to a rank or title: `ژنرال «میلان ...»`; so a
                # surname that is also a country's, a city's or a title's: `«ایو روسیه» معاون وزیر خارجه سوئیس`,
                # `سپهبد «سین وین»`, `«شاهد ملک» کمیسر عالی پاکستان`)
            first = self._words[i + 1]
            if first in self.kb.event_nouns or (first.endswith("ی") and first[:-1] in self.kb.event_nouns):
                continue  # `«گفت‌وگوی ثبات راهبردی»`: the name of a format of talks
            if self._words[j - 1] in CLAUSE_VERBS or "می" in self._words[i + 1:j] or "نمی" in self._words[i + 1:j]:
                continue  # `«لحظه‌شماری می‌کند»`: a quoted verb phrase, not a name
            titled_after = size >= 2 and (j + 1 in titles or self._words[j + 1:j + 2] == ["نماینده"]) \
                and self._words[j - 1] not in self.stopwords  # (`«هایدی تالیاوینی» نماینده سازمان امنیت و ...`)
            if (first in self.stopwords and not titled_after) or first in NOT_NAME_WORDS or first in ABSTRACT_NOUNS \
                    or not PHRASE_LINKS.isdisjoint(self._words[i + 1:j]):
                continue  # `«در فضای مثبت»`, `«وفاداری به مقاومت»`: a phrase, not a name; `«بیانیه آستانه»`: a document
                # (but `«بیان جبر» وزیر کشور عراق`: a name that opens with a common word, a title right after it)
            if self._words[j - 1] in self.stopwords and not (size > 1 and (i in office_ends or j + 1 in titles)):
                continue  # (but right after an office, `رئیس بانک جهانی «جین لی‌چون»`, `سفیر چین «...»`, or before a
                # title: a Chinese syllable may spell a function word)
            if size == 1 and not (j + 1 in titles or i in title_ends or self.is_given(self._words[i + 1])):
                continue
            if any(self._words[k] in PLURAL_SUFFIXES or (len(self._words[k]) > 5 and self._words[k].endswith("های"))
                   for k in inner):
                continue  # `با «پیشنهادهای مشخص» بیاید`: a plural noun (its ZWNJ lost or not) is a phrase, not a name
            if any(self._words[k] in CALLING_VERBS for k in range(j + 1, min(j + 6, len(doc)))
                   if not any(self._punct[x] for x in range(j + 1, k))):
                continue  # `امارات را «شریک راهبردی جامع» و مهم چین خواند`: what something was called
            before = i - 2 if i > 1 and self._words[i - 1] in SPLIT_SUFFIXES else i - 1  # (`همایش‌های «...»`)
            if before >= 0 and self._words[before] == "در" and not titled_after:
                continue  # `در «خانه صلح» با ... دیدار کرد`: where it took place, not who
            if self._names_a_vessel(i + 1) or (before >= 0 and self._words[before] in NAMED_THINGS) \
                    or (self._thing_named_before(before) and not titled_after) \
                    or self._words[max(0, i - 2):i] in CALLED:
                continue  # (`نشستی موسوم به «فلگ میتنگ»`: what something is called; but not a name a title follows,
                # after a word that also names a thing: `اعضای گروه تماس شامل «هایدی تالیاوینی» نماینده ...`)
            found.append((i + 1, j))
        return found

    def _initial_at(self, k: int) -> bool:
        """Token `k` is an initial of one or two letters, or initials joined by dots (`دی.پی`), written with its dot
        right after it (not `شد.` closing a sentence)."""
        word = self._words[k]
        return k + 1 < len(self._words) and self._words[k + 1] == "." and not self._doc[k].whitespace_ \
            and word not in INITIAL_LOOKALIKES and k not in self._at \
            and all(part.isalpha() and len(part) <= 2 for part in word.split("."))

    def _initial_dot(self, k: int) -> bool:
        """Token `k` is the dot after an initial of one or two letters (`اس.`, `ام.`)."""
        return self._words[k] == "." and k > 0 and self._alpha[k - 1] and len(self._words[k - 1]) <= 2

    def _thing_named_before(self, end: int) -> bool:
        """`طرح چندمنظوره برق‌آبی و آبرسانی «اوما اویا»`: a thing's noun a few words before the guillemets, in the
        same phrase, names what they hold."""
        for k in range(end, max(-1, end - 6), -1):
            if self._punct[k] or (k in self._at and self._at[k].label_ not in COUNTRY_LABELS + ("PLACE",)
                                  and not self._plural_title_at(k)) \
                    or self._words[k] in ("با", "از", "به", "که", "را", "در"):
                return False  # (a country or place may qualify it: `روزنامه پاکستانی «...»`, `روند استانبول «...»`;
                # so may whose meeting it is: `کنفرانس وزیران خارجه «قلب آسیا»`)
            if self._words[k] in NAMED_THINGS:
                return True
        return False

    def _plural_title_at(self, k: int) -> bool:
        """Token `k` is inside a title opened by a plural (`وزیران خارجه`, `سران`): a group, never one person's office."""
        span = self._at[k]
        return span.label_ == "TITLE" and self._words[span.start] in self.plural_heads

    def _subject_before_comma(self, start: int) -> bool:
        """A comma right before `start` closes a phrase after a person named just before it in the sentence (`علی‌اف
        در همان روز، X ...`): the name after the comma is no sentence's subject."""
        if start < 1 or self._words[start - 1] != "،":
            return False
        for k in range(start - 2, max(-1, start - 10), -1):
            if self._words[k] in (".", "؟", "!") or "\n" in self._words[k]:
                return False
            if k in self._name_starts:
                return True
        return False

    def _attach_title(self, doc: Doc, m: PersonMention, by_start: dict[int, TitleInfo], by_end: dict[int, TitleInfo]) -> None:
        """Attach the title right after the name (after an optional comma) or right before the mention."""
        if m.kind != "name":
            return
        after = m.end
        if after < len(doc) and self._words[after] == "»":
            after += 1
        if after + 1 < len(doc) and self._words[after] == "سرپرست" and after + 1 in by_start:
            after += 1  # `X سرپرست لوی درستیز`: the acting holder of the office
        for pos in (after, after + 1 if after < len(doc) and self._words[after] in PUNCT_GAP else None):
            if pos is not None and pos in by_start:
                if pos > after and not self._may_hold(m, by_start[pos]):
                    break  # `دیدار با امیرعبداللهیان، رئیس‌جمهور و شمخانی`: a list, not an apposition
                if not self._of_own_country(m, by_start[pos]) and self._namesake(m, by_start[pos], pos == after,
                                                                                 by_end):
                    m.official_id, m.rule = None, "fa.person.name_title"
                elif not self._of_own_country(m, by_start[pos]):
                    break  # `وزیر خارجه تاجیکستان مهرالدین سفیر ... ایران را پذیرفت`: the object's title
                known = self._country_by_surname.get(self._words[m.name_end - 1]) if m.name_end is not None else None
                if known and by_start[pos].country \
                        and not _same_country(known, by_start[pos].country, self._outlet_country):
                    break  # (the same, named with his title of another country before: `همان روز طلبک نذراف سفیر
                    # جمهوری اسلامی ایران ... را به حضور پذیرفت`)
                if pos > after and m.start in by_end:
                    break  # `وزیر خارجه تاجیکستان X، سفیر ایران در تاجیکستان Y را پذیرفت`: his title came before
                titled_before = m.start in by_end and not (
                    by_end[m.start].start in self._name_ends and self._object_title_ends(by_start[pos].end))
                # (not `امامعلی رحمانف رئیس جمهوری تاجیکستان کریم خلیلی معاون رئیس جمهوری افغانستان را`: the title
                # before is the subject's, told after his name, and the one right before `را` is the object's)
                if pos == after and titled_before and by_end[m.start].role != by_start[pos].role \
                        and "را" in self._words[by_start[pos].end:by_start[pos].end + 15]:
                    break  # `رئیس جمهوری تاجیکستان امامعلی رحمان وزیر امور خارجه بریتانیا X را پذیرفت`: the object's
                title_end = by_start[pos].end
                comma = next((k for k in range(title_end, min(title_end + 4, len(doc))) if self._words[k] in PUNCT_GAP),
                             None)
                if pos > after and comma is None and self._in_event_phrase(m.start):
                    break  # `در دیدار عراقچی و شالنبرگ، وزیر امور خارجه کشورمان گفت`: the comma closes the phrase
                if pos > after and tuple(self._words[max(0, m.start - 2):m.start]) in ATTRIBUTION_CUES \
                        and (title_end >= len(doc) or self._words[title_end] not in PUNCT_GAP):
                    break  # `به گفته تکل، سفیر امارات نیز در دیدار با وزیر خارجه ...`: the source, then the subject
                if pos > after and (title_end in self._name_starts or (comma is not None and comma + 1 in self._name_starts)):
                    break  # `وزیر خارجه تاجیکستان، X، سفیر ایران، Y را پذیرفت`: the next title opens the next name
                opens = m.start - 1 if m.start > 1 and self._words[m.start - 1] == "«" \
                    and self._words[m.start - 2] != "با" else m.start
                # (`X امروز «Y» رئیس ... را پذیرفت`: the guillemets open the object's name, not a new phrase)
                if title_end < len(doc) and self._words[title_end] == "را" and (
                        opens == 0 or (self._punct[opens - 1] and not self._subject_before_comma(opens))
                        or "\n" in self._words[opens - 1] or titled_before):
                    break  # `سرلشکر سلامی رئیس سازمان الحشد الشعبی را پذیرفت`: a subject, then its object's title
                    # (`رئیس جمهور غنی وزیر کشور ایران را ... پذیرفت`: his title came before; but `علی‌اف در همان
                    # روز، الکسی اورچوک معاون نخست‌وزیر روسیه را ... پذیرفت`: the subject was named before the comma)
                m.title = by_start[pos]
                break
        if m.title is None and after + 1 < len(doc) and self._words[after] == "که" and after + 1 in by_start:
            title = by_start[after + 1]  # `ایرگاشف که نماینده ویژه رئیس‌جمهور ازبکستان در امور افغانستان است`
            verb = next((k for k in range(title.end, min(title.end + 6, len(doc)))
                         if self._words[k] in ("است", "بود", "می‌باشد") or self._punct[k]), None)
            if verb is not None and not self._punct[verb] and self._of_own_country(m, title):
                m.title = title
        if m.title is None:
            start = m.start
            if start > 0 and self._words[start - 1] == "«":
                start -= 1
            for pos in (start, start - 1 if start > 0 and self._words[start - 1] in PUNCT_GAP else None):
                if pos is not None and pos in by_end:
                    if pos == start and self._serves_whom(by_end[pos]):
                        break  # `فرستاده ویژه پوتین`: Putin is whom the envoy serves, not the envoy
                    if pos < start and not self._of_own_country(m, by_end[pos]):
                        break  # `رحمان رئیس جمهوری تاجیکستان، احمدی‌نژاد ...`: a list, the title is the name's before
                    m.title = by_end[pos]
                    first = by_end.get(m.title.start - 1) if self._words[m.title.start - 1] in TITLE_JOINS else None
                    if first is not None and first.country is None and first.role in GENERIC_ROLES:
                        m.extra["second_title"] = first  # `معاون نخست‌وزیر و وزیر امور خارجه پاکستان محمد اسحاق دار`
                        # (Khovar: `معاون نخست‌وزیر - وزیر امور خارجه جمهوری قزاقستان مراد نورتلیو`)
                    elif first is not None and m.title.title_id in CITY_HEAD_TITLES and first.role is not None:
                        # Khovar: `رئیس مجلس ملی مجلس عالی جمهوری تاجیکستان، رئیس شهر دوشنبه رستم امامعلی` (or `و`):
                        # the office of state told first is his, the city he heads a second one
                        m.extra["second_title"], m.title = m.title, first
                    elif first is not None and pos == start and first.role is not None \
                            and first.country is None \
                            and first.start not in self._name_ends and first.end not in self._name_starts:
                        # `با نخست‌وزیر و وزیر امور داخله قطر شیخ عبدالله ...`: one person's two offices, told
                        # before his name; the first told is his rank (taking the second's country), the other
                        # his second hat (not a person of its own)
                        m.extra["second_title"] = m.title
                        m.title = replace(first, country=m.title.country, country_rule=m.title.country_rule)
                    break
            if m.title is None and start > 0 and self._words[start - 1] in PUNCT_GAP:
                for k in range(start - 2, max(0, start - 5), -1):  # `سفیر ایران در تاجیکستان، علیرضا حقیقیان`
                    if self._words[k] == "در" and k in by_end:
                        m.title = by_end[k]
                        break
                    if self._punct[k]:
                        break
            if m.title is None and start > 1:
                for k in range(start - 2, max(0, start - 10), -1):  # `سفیر ایران در جمهوری تاجیکستان علیرضا حقیقیان`
                    if self._words[k] == "در" and k in by_end and all(
                            j in self._at and self._at[j].label_ in ("COUNTRY", "PLACE") for j in range(k + 1, start)):
                        m.title = by_end[k]
                        break
                    if self._words[k] == "در" and k in by_end and self._words[k + 1] == "امور" \
                            and not any(self._punct[j]
                                        or (self._words[j] in FAR_QUALIFIER_STOP and self._words[j] != "و")
                                        for j in range(k + 1, start)) \
                            and after < len(self._words) and self._words[after] in ("،", "که", "را"):
                        m.title = by_end[k]  # `نماینده ویژه اتحادیه اروپا در امور آسیای مرکزی ترهی هاکالا`, `... در
                        break  # امور قفقاز و آسیای مرکزی «جیمز اپاتورای» را ...` (Khovar's object)
            if m.title is None and start > 2:
                k = self._remit_start(start)
                if k is not None and k in by_end:
                    m.title = by_end[k]  # `رئیس مرکز ... سازمان ملل برای آسیای مرکزی ناتالیا گرمان را`: the office's
                    # remit between it and its holder's name
        if m.title is not None and m.title.is_reporter:
            m.is_reporter = True
        if m.title is not None:
            for nxt in range(m.title.end, min(m.title.end + 6, len(doc) - 1)):
                if nxt == m.title.end and self._words[nxt] in PUNCT_GAP and nxt + 1 in by_start:
                    hat = self._second_hat_of_next(by_start[nxt + 1], by_start)
                    own = m.title.country or (self.kb.officials[m.official_id].country if m.official_id else None)
                    if hat is not None and hat.end not in self._name_starts \
                            and (own is None or _same_country(hat.country, own, self._outlet_country)):
                        m.extra["second_title"] = hat  # `محمد بن سلمان ولیعهد، معاون نخست‌وزیر و وزیر دفاع عربستان`:
                        # his three offices (the deputy premiership is dropped as a person by itself); the
                        # cabinet office names his role when the first is a generic one (the crown prince's)
                        if m.title.role in GENERIC_ROLES and hat.role not in GENERIC_ROLES:
                            m.extra["second_title"], m.title = m.title, hat
                        break
                if self._punct[nxt]:
                    break
                if self._words[nxt] == "و" and nxt + 1 in by_start:
                    second = by_start[nxt + 1]
                    own = m.title.country or (self.kb.officials[m.official_id].country if m.official_id else None)
                    if second.country and own and not _same_country(second.country, own, self._outlet_country) \
                            and second.country_rule != "fa.country.this_country":
                        break  # `فرمانده مرزبانی ناجا و رئیس سرویس مرزی ترکمنستان`: another person's title
                    if self._words[second.start] in POSTED_HEADS \
                            and self._words[m.title.start] not in ENVOY_HEADS | {self._words[second.start]}:
                        break  # `X معاون سیاسی وزیر امور خارجه و سفیر ایران در مسقط`, `X سفیر چین در تهران و وابسته
                        # نظامی سفارت این کشور`: the embassy's head or attaché after another office is another person
                    if second.country and not own and m.title.org:
                        break  # `با X نماینده خاص اتحادیه اروپا برای افغانستان و سفیر ایران`: a state's office after an
                        # organisation's is another person's
                    if second.country and not own and self._outlet_country and m.name_start is not None \
                            and not _same_country(second.country, self._outlet_country, self._outlet_country) \
                            and (second.role == "ambassador"
                                 or (second.role == m.title.role and second.role != "official"
                                     and "prime_minister" not in (m.title.title_id or ""))) \
                            and self._persian_first_names(m):
                        break  # `سیدحسین نقوی‌حسینی سخنگوی کمیسیون و سفیر عراق در تهران`, `سید محمد حسینی وزیر فرهنگ و
                        # ارشاد اسلامی و وزیر فرهنگ تاجیکستان`: a foreign state's embassy, or an office of the same
                        # role, after the untold-country office of a Persian-named man of the outlet's country is
                        # another person's (not `احمد الحمود الصباح معاون نخست وزیر و وزیر کشور کویت`, `محمد فیصل
                        # مدیرکل جنوب آسیا و سخنگوی وزارت امور خارجه پاکستان`: one man's two offices)
                    m.extra["second_title"] = second
                    if (m.title.role in GENERIC_ROLES and second.role not in GENERIC_ROLES
                            and not (second.title_id or "").startswith("fa.title.generic_head")) \
                            or (m.title.role == "envoy" and second.role == "head_of_organization" and second.org):
                        # (`نماینده خاص سرمنشی سازمان ملل و رئیس یوناما`: the head of the mission)
                        m.extra["second_title"], m.title = m.title, second
                    if m.title.country is None and m.extra["second_title"].country is not None:
                        qualifier = m.extra["second_title"]
                        m.title = replace(m.title, country=qualifier.country, country_rule=qualifier.country_rule)
                    break

    def _dashed_titles(self, titles: list[TitleInfo], name_starts: set[int]) -> tuple[set[int], dict]:
        """Khovar's `معاون اول وزیر دفاع – رئیس ستاد کل نیروهای مسلح`: two titles joined by a dash are one person's
        offices. The starts of the titles that make no person of their own: the second of the two, and the first
        when the second titles a name right after it (`... – معاون اول وزیر دفاع تاجیکستان امامعلی صابرزاده`); and
        each first title's second, by its start."""
        by_start = {t.start: t for t in titles}
        skip, partner = set(), {}
        for t in titles:
            second = by_start.get(t.end + 1)
            gap = self._words[t.end] if second is not None and t.end < len(self._words) else "\n"
            if gap not in DASHES and (gap.strip() or "\n" in gap):
                continue  # (a tatweel dash, `وزیر دفاع ـ رئیس ستاد کل`, is normalised to a blank; a line break is
                # no dash: a headline's title, then the lead's)
            if t.country and second.country and not _same_country(t.country, second.country, self._outlet_country):
                continue  # (two states' officials)
            skip.add(second.start)
            partner[t.start] = second
            if second.end in name_starts:
                skip.add(t.start)
        return skip, partner

    def _object_title_ends(self, end: int) -> bool:
        """The title ending at `end` closes the object: `را` follows, right after it or after a qualifier of its office
        (`دستیار وزیر امور خارجه ایالات متحده در امور آسیای جنوبی و مرکزی را`), no name or punctuation between."""
        for k in range(end, min(end + 9, len(self._words))):
            if self._words[k] == "را":
                return True
            if self._punct[k] or k in self._name_starts or (k == end and self._words[k] != "در"):
                return False
        return False

    def _in_event_phrase(self, start: int) -> bool:
        """The name at `start` ends `در دیدار X و Y` (an event noun after `در`, no punctuation between)."""
        for k in range(start - 1, max(0, start - 8), -1):
            if self._punct[k]:
                return False
            if self._words[k] in self.kb.event_nouns and self._words[k - 1] == "در":
                return True
        return False

    def _serves_whom(self, title: TitleInfo) -> bool:
        """A title that is only a serving office (`نماینده ویژه`, `مشاور`, `دستیار`): a name right after it is whom
        it serves."""
        words = [w for w in self._words[title.start:title.end] if w != "ویژه"]
        return len(words) == 1 and words[0] in SERVING_HEADS

    def _of_own_country(self, m: PersonMention, title: TitleInfo) -> bool:
        """A registered official holds no office a title gives to another country by name."""
        official = self.kb.officials.get(m.official_id) if m.official_id else None
        return official is None or not title.country or not official.country \
            or title.country_rule == "fa.country.this_country" \
            or _same_country(title.country, official.country, self._outlet_country)

    def _namesake(self, m: PersonMention, title: TitleInfo, adjacent: bool, by_end: dict[int, TitleInfo]) -> bool:
        """`سید مصطفی کاظمی وزیر بازرگانی دولت انتقالی افغانستان که ...`: a full name the register lists, with no title
        before it, right before an office of another country named by name (not the object's: no `را` after it in the
        clause; not a plural title shared out over a list, `A و B وزرای خارجه ایران و عربستان`) is another man of that
        name, who holds that office."""
        return adjacent and m.rule == "fa.person.register.official" and m.name_start is not None \
            and m.name_end - m.name_start >= 2 and m.start not in by_end and title.country is not None \
            and title.country_rule in NAMED_COUNTRY_RULES and title.role is not None \
            and self._words[title.start] not in self.plural_heads \
            and not self._object_before_break(title.end)

    def _object_before_break(self, end: int) -> bool:
        """`را` follows within ten words of `end`, before any punctuation (`X سفیر چین در تاجیکستان یوی بین را`)."""
        for k in range(end, min(end + 10, len(self._words))):
            if self._words[k] == "را":
                return True
            if self._punct[k]:
                return False
        return False

    def _may_hold(self, m: PersonMention, title: TitleInfo) -> bool:
        """Could the registered official of `m` hold `title`? Anyone not registered could; a registered official only
        an office of his own country, and a one-holder office (head of state, foreign minister) only if the register
        lists it (anyone could hold an office many hold at once)."""
        official = self.kb.officials.get(m.official_id) if m.official_id else None
        if official is None:
            return True
        if not self._of_own_country(m, title):
            return False  # `با اردوغان، امیر قطر و محمود عباس`: a list; the emir of Qatar is not Erdoğan
        if title.role is None or title.role in SHARED_ROLES:
            return True
        return any(office.role == title.role for office in official.offices)

    def _delegation_country(self, head_word: int) -> str | None:
        """`هیئت بلندپایه قزاقستان به رهبری X`, `هیئتی از وزارت دفاع ملی امارت اسلامی به ریاست X`: the country of the
        delegation X heads (within eight words before)."""
        for i in range(head_word - 1, max(-1, head_word - 10), -1):
            if self._words[i] in DELEGATION_WORDS or self._words[i] in INDEFINITE_DELEGATIONS:
                for j in range(i + 1, head_word):
                    span = self._at.get(j)
                    if span is not None and span.start == j and span.label_ in ("COUNTRY", "DEMONYM"):
                        return span.kb_id_.split("|")[0]
                return None
            if self._punct[i]:
                return None
        return None

    def _head_word_before(self, start: int) -> int | None:
        """Where `ریاست`/`رهبری` stands right before a name, past an opening guillemet (`هیئت یونان به ریاست «X»`)."""
        k = start - 1
        if k > 1 and self._words[k] == "«":
            k -= 1
        return k if k > 0 and self._words[k] in DELEGATION_HEAD else None

    def _resolve_country(self, m: PersonMention) -> None:
        """Country of a mention: the title's qualifier, else the register, else an Iranian service title."""
        if m.country:
            return
        if m.title and m.title.country and not (m.official_id and m.rule == "fa.person.register.official"
                                                and m.title.country_rule == "fa.country.this_country"):
            m.country, m.country_rule = m.title.country, m.title.country_rule
        elif m.official_id:  # (`اسماعیل خطیب وزیر اطلاعات این کشور`: the register knows better than a guess at `این`)
            m.country, m.country_rule = self.kb.officials[m.official_id].country, "fa.country.register"
        elif m.service in IRANIAN_SERVICES:
            m.country, m.country_rule = "IR", "fa.country.iranian_service_title"
        elif m.kind == "name" and (head := self._head_word_before(m.start)) is not None \
                and self._delegation_country(head) is not None:
            m.country, m.country_rule = self._delegation_country(head), "fa.country.delegation_head"
        elif m.title is not None and m.name_start is not None \
                and (self._persian_first_names(m) or self._afghan_outlets_own(m)) \
                and not (m.title.title_id or "").startswith("fa.title.king"):  # (no outlet country has a king)
            m.country, m.country_rule = "@source", "fa.country.unqualified_title_source"
        elif m.title is not None and m.title.country is None and self._own_forces(m.title):
            m.country, m.country_rule = "@source", "fa.country.own_forces"
        elif m.title is not None and m.title.country is None and self._words[m.title.end:m.title.end + 1] == ["این"] \
                and (country := self._this_units_country(m.title)) is not None:
            m.country, m.country_rule = country, "fa.country.this_unit"  # (before the outlet's own forces: `در مقر
            # فرماندهی منطقه یکم دریایی برزیل با فرمانده این منطقه`, a numbered district named with its country)
        elif m.title is not None and m.title.country is None and self._this_unit_of_own_forces(m.title):
            m.country, m.country_rule = "@source", "fa.country.own_forces"
        elif m.title is not None and m.title.country is None \
                and (country := self._this_units_country(m.title)) is not None:
            m.country, m.country_rule = country, "fa.country.this_unit"
        elif (country := self._on_behalf_of(m.start)) is not None:
            m.country, m.country_rule = country, "fa.country.on_behalf_of"

    def _persian_first_names(self, m: PersonMention) -> bool:
        """A first name of the name is a Persian one (`زرار احمد عثمانی`; not after `بن`: `مطلق بن ماجد القحطانی`)."""
        first_names = []
        for w in self._words[m.name_start:max(m.name_start + 1, m.name_end - 1)]:
            if w in self.particles:
                break
            first_names.append(w)
        persian = self.kb.persian_given_names
        # (`عزت‌الله ضرغامی`, split by its ZWNJ in two tokens; `سیدعلیرضا آوایی`, the honorific fused to the name)
        compound = self.kb.persian_compound_given_names
        return any(w in persian or (w.startswith("سید") and self._persian_given(w[3:])) for w in first_names) \
            or (any(pair in compound for pair in zip(first_names, first_names[1:]))
                and not self._words[m.name_end - 1].endswith(FOREIGN_SURNAME_ENDINGS)
                and not self._words[m.name_end - 1].startswith("ال"))
        # (a compound such as `نورالدین`, `صلاح‌الدین` is also Central Asian and Arab: not with `کمالوف`, `النمروش`)

    def _persian_given(self, word: str) -> bool:
        """`علیرضا` of `سیدعلیرضا`: a Persian given name, one token or a compound the normaliser splits."""
        parts = tuple(self.kb.normalizer.normalize_pattern(word).split())
        return (len(parts) == 1 and parts[0] in self.kb.persian_given_names) \
            or parts in self.kb.persian_compound_given_names

    def _afghan_outlets_own(self, m: PersonMention) -> bool:
        """An Afghan outlet's official under a state title it does not qualify (`وحیدالله شهرانی وزیر معادن`,
        `جماهر انوری وزیر امور مهاجرین`, `توریالی ویسا والی کندهار`): Afghan given names are often Pashto or
        shared with Pakistan's, so any name counts unless a given name is of another region (`الهام مخکموف`) or the
        surname is Russian or Central Asian (`-وف`, `-یف`, `-اف`, `-وا`)."""
        if self._outlet_country != "AF" or m.title.country_rule == "fa.country.international_organization" \
                or m.title.org is not None or m.name_end is None:
            return False
        tokens = self._words[m.name_start:m.name_end]
        return not any(w in self.kb.foreign_given_names for w in tokens[:-1]) \
            and not tokens[-1].endswith(FOREIGN_SURNAME_ENDINGS)

    def _on_behalf_of(self, start: int) -> str | None:
        """`از جانب افغانستان قوماندان لوای سرحدی هرات`: the country a side speaks for, right before it."""
        for k in range(max(0, start - 6), start - 1):
            if self._words[k] == "از" and self._words[k + 1] in ("جانب", "سوی", "طرف"):
                span = self._at.get(k + 2)
                if span is not None and span.start == k + 2 and span.end == start and span.label_ in COUNTRY_LABELS:
                    return "@source" if span.label_ == "OUR_COUNTRY" else span.kb_id_.split("|")[0]
        return None

    def _units_named_before(self, title: TitleInfo, reach: int) -> Iterator[int]:
        """Where the unit a commander's `... این ناوگان` points back at was named (within `reach` tokens), nearest
        first."""
        words = self._words
        end = title.end
        if end + 1 < len(words) and words[end] == "این" and words[end + 1] in POINTED_UNITS:
            unit = words[end + 1]
        elif end - title.start == 2 and words[end - 1] in BARE_UNITS:
            unit = words[end - 1]  # `فرمانده ناوگروه` after `ناوگروه نیروی دریایی ارتش ... پهلو گرفت`: the one told
        elif end - title.start == 1 and end < len(words) and words[end] == "آن":
            unit = self._unit_of_pronoun(title.start)  # `این ناوگروه که ... پهلو گرفت و فرمانده آن ... دیدار کرد`
            if unit is None:
                return
        else:
            return
        for k in range(title.start - 1, max(-1, title.start - reach), -1):
            if words[k] == unit:
                yield k

    def _unit_of_pronoun(self, start: int) -> str | None:
        """The unit a bare `فرمانده آن` points back at: the last `این <unit>` of its sentence or the one before."""
        sentence_ends = 0
        for k in range(start - 1, max(0, start - 60), -1):
            sentence_ends += self._words[k] in SENTENCE_END or "\n" in self._words[k]
            if sentence_ends == 2:
                return None
            if self._words[k] in POINTED_UNITS and self._words[k - 1] == "این":
                return self._words[k]
        return None

    def _this_unit_of_own_forces(self, title: TitleInfo) -> bool:
        """`در ستاد منطقه یکم نیروی دریایی ارتش با فرمانده این منطقه دیدار کرد`: a commander of "this" unit, where
        the unit was last named as one of the outlet's own forces."""
        k = next(self._units_named_before(title, 100), None)
        if k is None:
            return False
        window = self._words[k:k + 7]
        return not OWN_FORCES.isdisjoint(window) or (len(window) > 1 and window[1] in ORDINALS)

    def _this_units_country(self, title: TitleInfo) -> str | None:
        """`در مقر ناوگان اقیانوس آرام روسیه با فرمانده این ناوگان دیدار کرد`: a commander of "this" unit is of the
        country named with the unit (in the last three times it was named, nearest first), or of the place the unit
        is named for (`در مقر فرماندهی منطقه دریایی کراچی با فرمانده این منطقه`)."""
        words = self._words
        for k in islice(self._units_named_before(title, 120), 3):
            names_the_unit = True
            for j in range(k + 1, min(k + 10, len(words))):
                if words[j] in UNIT_PHRASE_STOPS:
                    break
                names_the_unit = names_the_unit and words[j] not in PLACE_OF_UNIT_STOPS
                span = self._at.get(j)
                if span is not None and span.start == j and span.label_ in COUNTRY_LABELS:
                    return "@source" if span.label_ == "OUR_COUNTRY" else span.kb_id_.split("|")[0]
                if names_the_unit and span is not None and span.start == j and span.label_ == "PLACE" \
                        and span.kb_id_.split("|")[0] in self.kb.places:
                    return self.kb.places[span.kb_id_.split("|")[0]].country
            if words[k] == "قول" and words[k + 1:k + 2] in (["اردو"], ["اردوی"]):
                return "AF"  # `قول اردوی ۲۰۷ ظفر`: a corps of the Afghan army (Dari), whatever place it is named for
        return None

    def _own_forces(self, title: TitleInfo) -> bool:
        """`فرمانده ناوگروه اعزامی نیروی دریایی ارتش`: a title of "the army" or "the guards" named with no country
        is of the outlet's own forces."""
        end = title.end
        while end < len(self._words) and end - title.end < 6 and (
                self._words[end] in self.extenders or self._words[end] in UNIT_WORDS
                or (self._words[end - 1] == "منطقه" and self._words[end] in ORDINALS)):
            end += 1  # (`فرمانده منطقه یکم نیروی دریایی ارتش`: a numbered district of the navy)
        words = self._words[title.start:end]
        if any(self._words[k] in OWN_FORCES and self._place_at(k + 1, self._at) for k in range(title.start, end)):
            return False  # `فرمانده سپاه کویته`: a corps of the place named, not the outlet's Guards
        if words[-2:] == ["نیروهای", "مسلح"] and "ستاد" in words:
            return True  # `معاون بین‌الملل ستاد کل نیروهای مسلح`: the general staff named with no country is ours
        return not OWN_FORCES.isdisjoint(words) or "اعزامی" in words or any(
            a == "منطقه" and b in ORDINALS for a, b in zip(words, words[1:]))  # (the navy's first district is ours;
        # `فرمانده ناوگروه اعزامی` with no country is of the flotilla the outlet's country sent)


@Language.factory("meeting_persons", assigns=["doc._.persons"], requires=["doc.spans"],
                  default_config={"rules_dir": None})
class PersonFinder:
    """Find person mentions and store them on `doc._.persons` (`@source` marks کشورمان)."""

    def __init__(self, nlp: Language, name: str, *, rules_dir: str | None = None):
        self.rules = PersonRules(load_kb(rules_dir))
        self._lasting = frozenset(vars(self.rules))

    def __call__(self, doc: Doc) -> Doc:
        set_ext(doc, "persons", self.rules.find(doc))
        set_ext(doc, "title_groups", self.rules.groups)
        keep_only(self.rules, self._lasting)  # keep nothing of the Doc (see `extractor._gc`)
        self.rules._title_starts = ()  # (nor the article's titles, which the collector would walk again and again)
        return doc

