"""`meeting_assembler`: turn triggers, people, places, dates and topics into events.

The result stays in token offsets of the normalised Doc (`doc._.events`, `doc._.other_contacts`);
`extractor.api` maps it to the original text.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace
from heapq import merge
from itertools import islice
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from .._extensions import get_ext, set_ext
from .._gc import keep_only
from ..dates import ResolvedDate, to_jalali
from ..kb import KnowledgeBase, common_era, load_kb
from ..units import CLAUSE_VERBS, backwards, offsets, positions, relative_clause_tokens, spans, text, units, words
from .location import PRIORITY, LocationMention
from .persons import (
    ANY_DELEGATION_WORDS,
    CITY_HEAD_TITLES,
    COUNT_VALUES,
    COUNT_WORDS,
    COUNTRY_LABELS,
    DASHES,
    DELEGATION_HEAD,
    DELEGATION_HEAD_TITLES,
    DELEGATION_WORDS,
    GROUP_FILLERS,
    GUEST_WORDS,
    INDEFINITE_DELEGATIONS,
    SENDER_HEADS,
    SERVING_HEADS,
    UNIT_WORDS,
    PersonMention,
    TitleInfo,
)
from .triggers import REMOTE_MODES, SUMMONS_TRIGGERS

PLANNING = ("برنامه", "ریزی")
"""`برنامه‌ریزی` plans a contact (`دیداری برنامه‌ریزی شده`) unless a session is named for it (`نشست برنامه‌ریزی`)."""
PLANNED_CUES = (("قرار", "است"), ("قرار", "بود"), ("خواهد",), ("خواهند",), ("در", "نظر", "دارد"), PLANNING,
                ("قصد", "دارد"), ("قصد", "دارند"),  # `دو طرف قصد دارند کمیسیون مشترک را دوباره تشکیل دهند`
                ("برنامه", "ای", "برای"), ("برنامهای", "برای"),  # `برنامه‌ای برای دیدار با X دارد / ندارد`
                ("برنامه", "سفر"), ("برنامه", "های", "سفر"),  # `برنامه سفر شامل ... دیدار با X است`
                ("در", "برنامه", "این", "سفر"),  # `دیدار با X در هاوانا نیز در برنامه این سفر قرار دارد`
                ("می", "شود"), ("می", "شوند"), ("می", "رود"), ("می", "روند"),
                ("سفر", "می", "کند"), ("سفر", "می", "کنند"))  # `این هفته ... به بشکیک سفر می‌کند`: a trip to come
FUTURE_AUXILIARIES = frozenset({"خواهد", "خواهند", "نخواهد", "نخواهند"})
SUBJUNCTIVE_VERBS = frozenset({"کند", "کنند", "نماید", "نمایند", "بیاید", "بیایند", "برود", "بروند", "یابد", "یابند",
                               "ورزد", "ورزند", "دهد", "دهند"})
"""A clause's verb in the subjunctive after a contact noun (`در نشست تهران شرکت کند`): wished for, not done."""
PRESENT_CUES = frozenset({("می", "شود"), ("می", "شوند")})
"""Present-tense cues of PLANNED_CUES: inside a relative clause they describe what is going on."""
CANCELLED_CUES = (("لغو", "شد"), ("لغو", "شده"), ("لغو", "گردید"), ("لغو", "کرد"), ("لغو", "کردند"), ("لغو", "سفر"),
                  ("لغو", "دیدار"), ("لغو", "نشست"), ("لغو", "این"), ("به", "تعویق"), ("تعویق",),
                  ("نخواهد",), ("نخواهند",),  # `در اجلاس ... شرکت نخواهد کرد`: will not take part
                  ("انجام", "نشد"), ("برگزار", "نشد"))  # `دیدار X با Y که برای امروز پیش‌بینی شده بود، ... انجام نشد`
"""`لغو` as a verb or with a contact as its object: `لغو تحریم‌ها` (lifting sanctions) cancels nothing."""
DENIED_CUES = (("تکذیب",),)
CLAIM_WORDS = frozenset({"مدعی", "ادعا", "ادعای", "مدعیان"})
REPORTED_WORDS = frozenset({"نوشته", "نوشتند", "نوشت", "گزارش", "خبر"})
"""`رسانه‌ها نوشته بودند که ...`, `الجزیره گزارش داده بود که ...`, `رسانه‌های اجتماعی خبر داده بودند که ...`: what
others reported, before `که`."""
REPORT_NOUNS = frozenset({"گزارش", "گزارشها", "گزارشهای", "گزارشی", "خبر", "اخبار", "ادعا", "ادعای", "ادعاها",
                          "شایعه", "شایعات", "شایعه‌ها"})
"""What is rejected when a contact's report is (`گزارش‌ها ... را رد کرد`)."""
REQUEST_WORDS = frozenset({"درخواست", "خواستار", "دعوت"})
THIS_OFFICIAL = "fa.title.senior_official"
"""`مقام نظامی`, `مقام ارشد`: after `این`, an official told before (`این مقام نظامی پاکستانی`)."""
HELD_LIGHT_VERBS = frozenset({"کرد", "کرده", "کردند", "نمود", "نموده", "داشت", "داشتند"})
"""A contact noun's past light verb: the contact was held (`دیدار کرده و دعوت‌نامه ... را تسلیم کرد`)."""
REQUESTED_CONTACTS = frozenset({"تماس", "دیدار", "ملاقات", "گفتگو", "سفر", "مذاکره", "نشست", "رایزنی",
                                "گفتگوی", "مذاکرات", "دیداری", "ملاقاتی", "تماسی"})  # (`خواستار گفتگوی تلفنی با X شده`)
HYPOTHETICAL_CUES = (("در", "صورتی", "که"), ("در", "صورت"), ("اگر",), ("چنانچه",),  # `در صورت تمایل`: if they wish
                     ("احتمال", "دارد"), ("احتمال", "می", "رود"))  # `احتمال دارد X نیز ... با Y ملاقات کند`: it may be
BACKGROUND_CUES = (("هر", "سال"), ("ماه", "گذشته"), ("ماه", "پیش"), ("ماه", "قبل"), ("سال", "گذشته"), ("سال", "پیش"),
                   ("سال", "قبل"),
                   ("ماه", "های", "گذشته"), ("ماههای", "گذشته"), ("سال", "های", "گذشته"), ("سالهای", "گذشته"),
                   ("هفته", "های", "گذشته"), ("هفتههای", "گذشته"), ("چندین", "دور"), ("چندین", "بار"),
                   ("در", "آن", "سفر"), ("هفته", "گذشته"), ("هفته", "پیش"), ("هفته", "قبل"), ("چند", "بار"),
                   ("ماه", "های", "اخیر"), ("ماههای", "اخیر"), ("اوایل", "سال"), ("اوایل", "امسال"))
"""A contact dated last week, month or year, or early this year (`اوایل سال جاری`), told as several rounds or times,
every year (`هر سال`), or on "that" trip (`در آن سفر`), is background to the article, not its event."""
BACKGROUND_CUE_SET = frozenset(BACKGROUND_CUES)
SESSION_CONTINUED = "ادامه"
"""Before a session noun told held (`ادامه نشست ... برگزار شد`): the rest of the session just told."""
IN_RECENT_WEEKS = (("در", "هفته", "های", "اخیر"), ("در", "هفتههای", "اخیر"))
"""`در هفته‌های اخیر` (in recent weeks), right before a contact: no cue of the whole clause (`طالبان در هفته‌های اخیر
... تصرف کرده‌اند` after a session held today)."""
NEGATED_COPULAS = frozenset({"نیست", "نبود", "نشد", "نشده"})
"""`دیدار با X در برنامه نیست`: a contact noun's clause that says it is not (on the agenda, held)."""
NEGATED_LIGHT_VERBS = frozenset({"نداشت", "نداشته", "نداشتند", "نکرد", "نکرده", "نکردند", "ننمود", "ننموده",
                                 "نگرفت", "نگرفته", "نگرفتند"})
"""The negated verb right after a contact noun (`دیدار نداشته است`): the contact did not happen."""
MINISTER_ROLES = frozenset({"minister", "foreign_minister", "defense_minister"})
"""Roles a minister's bare title (`وزیر عمانی`) may refer back to."""
BARE_MINISTER = "وزیر"
"""`وزیر` alone, with no portfolio or country: the minister the text has already named (`نسخه استوارنامه خود را
به وزیر تقدیم کرد`, `همراه وزیر به تهران رفته`)."""
PROGRAMME_ORDINALS = frozenset({"نخستین", "اولین", "دومین", "سومین", "آخرین", "واپسین", "ادامه"})
"""`در نخستین برنامه سفر خود با X دیدار کرد`, `در ادامه برنامه سفر`: an item of the trip's programme told as done,
not the plan."""
ANNOUNCED_NOUNS = frozenset({"fa.trigger.phone_noun", "fa.trigger.meeting_noun"})
"""Contact nouns a clause may announce (`از گفت‌وگوی تلفنی A با B خبر داد`)."""
SUBJUNCTIVE_TRIGGERS = frozenset({"fa.trigger.meet_verb_subjunctive", "fa.trigger.gathered_subjunctive"})
"""Contacts told in the subjunctive (`دیدار کند`, `گرد هم آیند`): not happened; their status is read by
`_subjunctive_status`."""
UPCOMING_WORDS = frozenset({"آینده", "آتی"})
"""`دور آینده مذاکرات`: a round still to come (not `بعدی`, which may be the next round held)."""
STATUS_CUES = (("cancelled", CANCELLED_CUES), ("denied", DENIED_CUES), ("hypothetical", HYPOTHETICAL_CUES),
               ("planned", PLANNED_CUES))
PERSIAN_SPEAKING = frozenset({"IR", "AF", "TJ"})
SAID = frozenset({"گفت", "گفتند", "افزود", "نوشت"})
SAID_PARTICIPLES = frozenset({"گفته", "نوشته", "افزوده"})
"""Participles of saying that, with `است`/`بود`, tell what someone had said (`گفته بود که`)."""
STATED_IN = "آمده"
"""`در این اطلاعیه آمده است که X ... دیدار کرد`: what a statement says; its `که` opens the clause said, no relative
clause."""
SAID_OR_THAT = SAID | {"که"}
"""What ends a speaker's `X گفت (که)` before the words said."""
SAYS = frozenset({"میگوید", "میگویند", "گوید", "گویند"})
"""The present of "say" (Afghan outlets' `... میگوید، X ...`): before a comma, what follows is what is said."""
ANNOUNCING = frozenset({"اعلام", "تایید", "تأیید", "اظهار"})
"""Speech nouns whose light verb may be followed by what was said with no `که` (`اعلام کرد وزیر ... دیدار کرد`)."""
SAID_OR_SAYS = SAID | SAYS
"""A verb of saying before `که` (`گفت که`, `میگوید که`): what follows is what was said."""
SEEING_OFF = frozenset({"بدرقه"})
BY_WAY_OF = (["از", "طریق"], ["از", "راه"])
"""`از طریق ارتباط ویدئویی`, `از راه ارتباط تصویری`: by a video link."""
ABOUT = frozenset({"درباره", "پیرامون"})
SIDES_TOGETHER = frozenset({"طرفین", "جانبین"})
"""The two sides of a contact as one subject (also `دو طرف`)."""
CHAIR_GLUE = frozenset({"را", "بر", "عهده"})
"""What stands between a session's noun and `داشته باشند` when someone is to chair it (`ریاست نشست را بر عهده`)."""
BARE_MEETING_FOLLOWERS = frozenset({"همچنین", "جانبین", "طرفین", "،"})
"""Words after a clause's opening `در ملاقات` / `در دیدار` with no `این`: it speaks from inside the meeting told."""
SENTENCE_STOPS = frozenset({".", "؟", "!"})
COUNTED_EVENTS = {"دو": 2, "سه": 3, "چهار": 4}
"""`در هر دو دیدار`: the number of contacts "each of" takes back."""
MEETINGS_TOLD = frozenset({"دیدارها", "دیدارهای", "ملاقاتها", "ملاقاتهای"})
"""Plural nouns of the contacts just told (`در این دیدارها X نیز حضور داشت`): an attendee of each of them (also
written with a ZWNJ the normaliser reads as a space: `دیدار ها`)."""
MINISTRY_WORDS = frozenset({"وزارت", "وزارتخانه"})
OFFICES_APART = frozenset({frozenset({"fa.title.ambassador", "fa.title.consul_general"}),
                           frozenset({"fa.title.official", "fa.title.official.provincial_council"}),  # (a governor)
                           frozenset({"fa.title.official.governor_dari", "fa.title.official.provincial_council"})})
"""Offices of one role that one person never holds at once: a title of one never refers back to a holder of the
other."""
DEPUTY_PRIME_MINISTER = "fa.title.deputy_prime_minister"
"""The deputy prime ministers' offices (their ids start so), titled `minister` as portfolio ministers are."""
CHAIR_WORDS = frozenset({"رئیس", "نایب", "نایب‌رئیس", "سخنگوی", "دبیر"})
MEMBER_WORDS = frozenset({"عضو", "اعضای"})
"""A body's chair (or deputy chair, spokesman, secretary) and a member of it: never one person's two titles."""
MINISTERS_PLURAL = frozenset({"وزیران", "وزرای"})
MINISTERS = frozenset({"foreign_minister", "defense_minister", "minister"})
"""`وزیران روسی`: the plural of a minister, and the roles it takes back."""
"""A dash closes a dateline (`دوشنبه، 27 ژوئیه (خاور) –`)."""
PLURAL_VERBS = frozenset({"کردند", "داشتند", "شدند", "نمودند", "اند"})
"""Verbs (and the perfect's `اند`) of a plural subject: `X و Y ... گفت‌وگو کرده‌اند`."""
LEADER_ROLES = frozenset({"head_of_state", "head_of_government"})
BEGIN_WORDS = frozenset({"آغاز", "شروع"})
BEGUN_ENDINGS = frozenset({"شد", "شده", "است", "گردید"})
"""`آغاز شد`, `آغاز شده است`, `شروع گردید`: a session begun (its continuation may be what is to come)."""
ROUND_NOUNS = frozenset({"دور", "نشست", "اجلاس", "جلسه"})
ROUND_ORDINALS = frozenset({"نخست", "اول", "دوم", "سوم", "چهارم", "پنجم", "ششم", "هفتم", "هشتم", "نهم", "دهم"})
FIRST_ORDINALS = {"اول": "نخست"}
"""`دور سوم` / `سومین دور`: the ordinal of a round (`نخستین` and `اولین` are both the first)."""
SENIOR_HOST_ROLES = frozenset({"head_of_state", "head_of_government", "foreign_minister"})
DELEGATE_ROLES = frozenset({"deputy_foreign_minister", "ambassador", "envoy"})
"""A delegate (`معاون وزیر خارجه`, `سفیر`, `نماینده ویژه`) received by a senior host of another state (`وزیر خارجه
رومانی`, `رئیس‌جمهور`) pays a call, a meeting even in an article about a round of talks."""
STATE_OFFICE_ROLES = frozenset({
    "vice_president", "minister", "foreign_minister", "defense_minister",
    "deputy_minister", "deputy_foreign_minister", "deputy_defense_minister", "parliament_speaker",
    "member_of_parliament", "security_council_secretary", "chief_of_general_staff", "deputy_chief_of_general_staff",
    "military_commander"})
"""Offices only a state has: told with no country at all (`معین سیاسی وزارت امور خارجه`, `فرمانده مرزبانی`), the
outlet's own (not an ambassador's, envoy's or official's, who may serve an international organisation, nor a
leader's: an unresolved `رئیس جمهور` is rather a mention gone astray)."""
WELCOME_TRIGGERS = frozenset({"fa.trigger.official_welcome", "fa.trigger.welcomed_officially", "fa.trigger.was_welcomed",
                              "fa.trigger.faced_a_welcome"})
ARRIVAL_POINTS = frozenset({"فرودگاه", "ایستگاه", "مرزی", "گذرگاه", "اسکله"})
WELCOME_REACH = 20
"""how many words before and after a person `_welcomed_on_arrival` reads for the arrival point and the welcome"""
"""Where a guest is met on arrival (`در ایستگاه مرزی خاسان مورد استقبال X قرار گرفت`): protocol, not the contact."""
THIS_MEETING_NOUNS = frozenset({"دیدار", "نشست", "ملاقات", "جلسه", "گفتگو", "گفتگوها", "مذاکرات", "رایزنی"})
"""Nouns of the contact itself (not `سفر`, a trip with further contacts): `در این نشست` speaks from inside it."""
MEETING_BACK_NOUNS = THIS_MEETING_NOUNS - {"نشست", "جلسه"}
"""`این دیدار` after a session's speech points back to the meeting, where `این نشست` may be the session itself."""
FORMAL_TALKS = frozenset({"fa.trigger.round_of_talks", "fa.trigger.joint_commission", "fa.trigger.strategic_dialogue",
                          "fa.trigger.high_council", "fa.trigger.partnership_council"})
"""Triggers that name a negotiation format, whoever leads it."""
CREDENTIALS_WORDS = frozenset({"تقدیم", "استوارنامه", "استوارنامهها", "اعتمادنامه"})
"""Words naming a credentials ceremony (`مراسم تقدیم استوارنامه‌ها`)."""
SIGNING_WORDS = frozenset({"امضا", "امضای"})
"""Words naming a signing ceremony (`در مراسم امضای سند`): one that closes the contact just told."""
FORMER_WORDS = frozenset({"وقت", "سابق", "پیشین"})
IN_PERSON_WORDS = frozenset({"دیدار", "ملاقات", "نشست", "دیداری", "ملاقاتی", "نشستی", "پذیرفت", "حضور"})
"""Trigger words that say the contact was in person."""
JOINT_BODIES = frozenset({"کمیته", "کمیسیون", "کارگروه", "کمیسیونهای", "کمیتههای"})
"""Standing bodies two states hold sessions of (`کمیسیون مشترک`, `کمیته مشترک`)."""
CONTACT_NOUNS = frozenset({"تماسی", "دیداری", "ملاقاتی", "گفتگویی", "نشستی"})
TALK_NOUNS = frozenset({"دیدار", "ملاقات", "گفتگو", "گفتگوها", "گفتگوهای", "مذاکره", "مذاکرات", "رایزنی"})
"""A meeting of two sides (not a session): `در بخشی از این دیدار` speaks from inside the one just told."""
LINKING_WORDS = frozenset({"با", "و", "از", "به", "در", "که", "را", "برای"})
"""Words that join two phrases: a noun after one is not a modifier of the noun before."""
ANTECEDENT_REACH = 12
"""Mentions looked back over for a pronoun subject of another country than the one it met."""
GREETINGS = frozenset({"تبریک", "تسلیت"})
"""What a call can convey to the one called: `... را به وی تبریک گفت`."""
GREETING_VERBS = SAID | {"کرد", "کردند"}
"""The verb after a greeting (`تبریک گفت`, `تسلیت کرد`)."""
"""Indefinite contact nouns a relative clause may follow: `در تماسی که X با وی برقرار کرد`."""
SEQUENCE_CUES = (("ساعتی", "بعد"), ("سپس",), ("پس", "از", "آن"), ("بعد", "از", "آن"), ("پس", "از", "پایان"),
                 ("بعد", "از", "پایان"))
"""Sentence openings that tell the next contact of a trip."""
PARTY_COUNT_MARKERS = (("سه", "جانبه"), ("سهجانبه",), ("چندجانبه",), ("چند", "جانبه"), ("چهارجانبه",), ("چهار", "جانبه"))
"""Three or more parties: a round of such talks is a multilateral meeting."""
MERGE_WINDOW = 24
"""A draft is merged with the lead event or one of the last 24 events: a news article never tells one
contact again two dozen contacts later, and the window keeps a very long text linear."""
ROLE_SCAN = 8
"""The holders of a role a title-only mention is matched with are scanned when they are this few, else indexed."""
LEAD_SCAN = 32
"""A lead longer than this (a contact told outside any scope has the whole text before it) is read backwards from the
contact for its best place, not listed whole."""
"""Finite speech verbs: what follows them is reported, so whoever precedes them is the speaker."""
NUMBER_WORDS = frozenset({"یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "چند", "ده", "چندین"})
CROWD_WORDS = frozenset({"سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "صد", "چندین", "بیست", "سی"})
"""Head counts that make `با N تن از ...` a tally of contacts (`دو تن` may be the two sides of one meeting)."""
QUOTE_OPEN, QUOTE_CLOSE = "«", "»"
FINITE_VERBS = frozenset({"شد", "شدند", "کرد", "کردند", "است", "بود", "بودند", "گردید", "داشت", "داشتند"})
"""Verbs that end a coordinated clause: the attendees of `... برگزار شد و X در آن حضور داشت` come after them."""
HANDOVER_VERBS = frozenset({"تحویل", "واگذار"})
HANDOVER_LIGHT_VERBS = frozenset({"داد", "دادند", "کرد", "کردند", "نمود", "گرفت", "گرفتند", "شد", "گردید"})
"""`ریاست ... را به X تحویل داد / واگذار کرد`, `... را از X تحویل گرفت`: the chair of a session handed over (the
noun, then its light verb)."""
COORDINATED_LIGHT_VERBS = frozenset({"گفت", "گفتند", "نمود", "نمودند", "داد", "دادند", "رساند", "رساندند"})
"""Past light verbs a contact noun shares when a second predicate follows it: `با X دیدار و ... را تسلیت گفت`,
`با X دیدار و پیام Y را به وی تحویل داد`."""
SINGULAR_PAST_VERBS = frozenset({"کرد", "کرده", "نمود", "نموده", "داشت", "داشته"})
"""The light verb of a contact one person had (`ملاقات کرد`, `دیدار کرده`), not a plural or a first person's."""
MOTION_VERBS = frozenset({"رفت", "رفتند", "آمد", "آمدند", "رسید", "رسیدند"})
"""Verbs of going that end a time phrase (`پس از پایان نشست به دفتر X رفت و ...`)."""
SPEECH_GOES_ON = frozenset({"گفت", "افزود", "اظهار", "تصریح", "تاکید", "ادامه", "خاطرنشان"})
"""Verbs of speech: a title-only speaker whose words a bare name goes on with (`افزود`, see `_name_the_speaker`)."""
REFERRING_WORDS = frozenset({"اشاره", "بیانیه", "قطعنامه", "نتایج", "مصوبات", "اعلامیه"})
REFERRED_VERBS = frozenset({"کرد", "کردند", "نمود", "نمودند", "داشت", "داشتند", "کرده"})
"""The light verb of `اشاره` (`به دیدار ... اشاره کرد`: referred to a contact)."""
RECALLING_WORDS = frozenset({"یادآوری", "یادآور"})
"""`با یادآوری سفر خود به اسلام‌آباد و دیدار با X، گفت ...`: what a speaker recalls, after `با`."""
NO_CONTACT_BEFORE = frozenset({"هرگونه", "هیچ", "آمادگی", "امکان", "احتمال", "خواستار", "درخواست", "پیشنهاد"})
"""Words before a weak contact noun that make it no contact (`آمادگی دیدار`: readiness to meet)."""
GENITIVE_HEADS = frozenset({"دعوت", "دعوتنامه", "پیشنهاد", "درخواست", "پیام", "طرح", "نظر", "نامه", "مسئولیت",
                            "ریاست", "توصیه", "شرط", "شروط", "دیدگاه", "استعفای", "استعفا"})
"""Nouns an office can be the genitive of before `را پذیرفت` (`دعوت وزیر خارجه را پذیرفت`: accepted an invitation)."""
RECEIVED_GUEST = frozenset({"fa.trigger.received_guest", "fa.trigger.received_guest_at",
                            "fa.trigger.received_guest_after_relative"})
"""`X را پذیرفت`, `X را در دفتر کارش پذیرفت`, `X را که ... به دوحه آمده است، پذیرفت`: a reception when a person is the
object (else an accepted proposal)."""
GUEST_THEN = frozenset({"در", "صبح", "عصر", "ظهر", "شب", "امروز", "دیروز", "روز", "همچنین", "سپس", "پس", "بعد"})
"""Words after a bare `مهمان` opening a clause that start a time or a sequence (`مهمان در همین روز با X ...`), not
an adjective that makes it a counterpart phrase (`مهمان عراقی`)."""
GREETING_HEADS = SENDER_HEADS - {"پیام"}
"""`گرمی سلام X را پذیرفت`: nouns whose genitive sent greetings, not one present."""
QUESTION_WORDS = frozenset({"پرسش", "پرسشی", "سوال", "سوالی", "پرسشهایی", "سوالهایی", "سوالاتی"})
"""`در پاسخ به پرسشی درباره X`: what follows `درباره` is what a reporter asked about."""
"""Words right before a noun trigger that make the session a thing spoken of (`بیانیه نشست سران`)."""
BEFORE_AFTER = frozenset({"پس", "پیش", "بعد", "قبل"})
"""`پس از` / `پیش از` ...: a phrase about another contact than the one just told."""
PUNCT_ONLY = frozenset({"»", "«", ".", "،", ":", "؛", "!", "؟"})
"""Tokens that make no sentence of their own."""
COUNTED = {**{w: COUNT_VALUES[w] for w in ("دو", "سه", "چهار", "پنج")}, "چند": 2}
"""Counts before a title (`با سه مقام ارشد لبنانی`), with the number each says: officials a lead sums up, each named
in a contact of his own."""
ATTENDED_NOUN_REACH = 10
"""How far before `که` the session noun after `در` may stand when `شرکت کرد` follows (its name between)."""
CLAUSE_STOPS = frozenset({"،", ".", "؛", ":", "!", "؟"})
"""Marks no session's name runs across (guillemets may stand inside one)."""
HELD_TRIGGERS = frozenset({"fa.trigger.held", "fa.trigger.carried_out", "fa.trigger.opened", "fa.trigger.ended",
                           "fa.trigger.ended_itself", "fa.trigger.adopted_in_session", "fa.trigger.convened"})
BANQUET_TRIGGERS = frozenset({"fa.trigger.gave_a_banquet", "fa.trigger.gave_a_banquet_in_honour"})
"""A banquet given for a guest (`X ضیافت شامی به افتخار Y ترتیب داد`, `به افتخار Y ... برگزار کرد`)."""
BANQUET_NOUNS = frozenset({"ضیافت", "ضیافتی"})
COUNCIL_TRIGGERS = frozenset({"fa.trigger.partnership_council", "fa.trigger.high_council"})
"""Names of a two-state strategic council (`شورای همکاری راهبردی عالی‌رتبه`, `شورای عالی همکاری`), whose sessions are
negotiations."""
CHAIRED_TRIGGERS = frozenset({"fa.trigger.chaired", "fa.trigger.chaired_together"})
"""`ریاست نشست ... را بر عهده داشت`; also by two, over a pair of countries (`ریاست نشست شورای ... ترکیه و مصر را بر عهده
گرفتند`)."""
BACK_REFERENCED_NOUNS = frozenset({"fa.trigger.round_of_talks", "fa.trigger.joint_commission", "fa.trigger.summit",
                                   "fa.trigger.meeting_noun"})
"""Noun triggers that report no new contact inside a clause about one already told."""
CALL_MODES = frozenset({"تلفنی", "ویدئویی", "تصویری"})
"""What ends a call's noun (`در تماسی تلفنی`): its verb follows later (`... گفتگو کرده بودند`)."""
SEASONS = frozenset({"بهار", "تابستان", "پاییز", "زمستان"})
PART_OF_MONTH = frozenset({"اوایل", "اواسط", "اواخر", "اوائل"})
"""A season dates a contact back like a month (`در سفر تابستان امسال ... دیدار کرده بود`)."""
WORD_MONTHS = frozenset({"حمل", "ثور", "سرطان", "اسد", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت", "صفر", "می", "مه"})
"""Month names that are also common words (`حمل و نقل`, `میزان`, `جدی`, the verb prefix `می`): months only next to a number or `ماه`."""
VENUE_WORDS = frozenset({"سالن", "ساختمان", "محل", "کاخ", "مرکز"})
"""Words before an event noun that make it a venue's name (`سالن اجلاس سران`)."""
CEREMONY_TRIGGERS = frozenset({"fa.trigger.opened", "fa.trigger.held"})
"""`افتتاح شد`, `آغاز شد`, `برگزار شد` with no event noun before: what was opened or held before those present."""
CEREMONY_WORDS = frozenset({"مراسم", "آیین", "جشن"})
"""A held ceremony (a memorial, a parade, a celebration) is no contact, whoever attends."""
NOT_SUBJECT_BEFORE = frozenset({"با", "به", "پیام", "نامه"})
MESSAGE_HEADS = frozenset({"پیام", "نامه", "سلام", "دعوتنامه"})
"""`پیام X را ... رساند`: nouns whose genitive sent what was handed over, not one present."""
MESSAGE_KINDS = frozenset({"کتبی", "شفاهی", "مکتوب", "تبریک", "تسلیت", "ویژه", "نیک", "گرم"})
"""`پیام کتبی X`, `پیام تبریک X`: a word between a message noun and its sender that tells the kind of message."""
MESSAGE_HANDOVER = frozenset({"را", "تسلیم", "ابلاغ", "تحویل"})
"""After a message's sender, words that tell it was handed over: the object marker, or passive `تسلیم شد`."""
OPENING_QUOTES = frozenset({"«", "\"", "“"})
NARROWER_ROLES = {"deputy_minister": frozenset({"deputy_foreign_minister", "deputy_defense_minister"})}
"""`معاون وزیر ایرانی` (a deputy of an unnamed minister) may be the deputy foreign minister the contact has."""
COPULAS = frozenset({"بود", "بودند", "است", "هستند"})
DEED_WORDS = frozenset({"تصمیم", "اقدام", "دستور", "فرمان", "دعوتنامه"})
GOVERNMENT_WORDS = frozenset({"دولت", "حکومت", "کابینه"})
"""`دولت ترزا می`: whose government; the one named is not a later pronoun's antecedent."""
SAYINGS = frozenset({"سخنان", "اظهارات", "ادعای", "ادعاهای", "مواضع", "گفتههای"})
"""`سخنان کلینتون`: the words of someone, spoken of in a contact he took no part in."""
OFFICIALLY = frozenset({"رسمی", "رسما", "رسماً"})
"""`استقبال رسمی`, `رسماً استقبال شد`: what makes a welcome the official one of a visit."""
WELCOMER_HEADS = frozenset({"استقبال", "بدرقه"})
"""`با استقبال X وارد فرودگاه شد`, `مورد استقبال X قرار گرفت`: who welcomed (or saw off) the guest at the airport; `مراسم
استقبال رسمی از وی` after it speaks of the guest, not of him."""
SOURCE_CUES = (["نقل", "از"], ["به", "گفته"], ["به", "اطلاع"], ["به", "نوشته"])
"""Words before a name that make it the source of what is told, not one who took part (`به نوشته X، Y نیز در این
دیدار حضور داشت`: X tweeted who attended)."""
NO_ANTECEDENT_AFTER = NOT_SUBJECT_BEFORE | SAYINGS | GOVERNMENT_WORDS | WELCOMER_HEADS
"""Words before a name that keep it from being a later pronoun's antecedent."""
"""`تصمیم رئیس‌جمهور آمریکا`, `به دستور X`: whose decision or order is spoken of, not someone present."""
"""Words before a person who is no subject a later `وی` refers to (`پیام X را به رئیس‌جمهور ایران ابلاغ کرد`)."""
ATTENDEE_RULES = ("fa.person.attended", "fa.person.present", "+present", "fa.person.opened_session")
"""Rules of sides only said to attend (`با حضور X`): not who the contact was between."""
BARE_OFFICE_HEADS = frozenset({"فرمانده", "قوماندان", "رئیس", "معاون", "مدیرکل", "مسئول", "نماینده", "سرپرست", "مدیر",
                          "مقام", "جانشین"})
"""Titles that are only an office's head word (`فرمانده`): the words after them tell which office (`فرمانده هنگ مرزی
ماکو` and `فرمانده تیپ مرزی دوغوبایزید` are two people)."""
DEMONSTRATIVES = frozenset({"این", "آن", "همین", "همان"})
"""Words that point back at an office told before (`فرمانده این نیرو`), not words of the office."""
LIGHT_VERBS = frozenset({"کرد", "کردند", "کرده", "داشت", "داشتند", "نمود", "نمودند", "داد", "دادند", "داده",
                         "شود", "گردد", "شویم", "گردیم"})
"""The verb after a speech noun (`اعلام کرد`, `اظهار داشت`, impersonal `یادآور می‌شود`, Khovar's `یادآور می‌شویم`)."""
PARTICIPLES = frozenset({"کرده", "نموده", "شده", "داشته"})
PAST_AUXILIARIES = frozenset({"بود", "بودند"})
WRITER_ASIDES = frozenset({"گفتنی", "ذکر", "یادآوری"})
"""`گفتنی است که`, `قابل ذکر است که`, `قابل یادآوری است که`: the writer's aside; what follows is told, nobody said it."""
SESSION_NOUNS = frozenset({"نشست", "جلسه", "اجلاس", "نشستهای", "جلسات", "میزگرد"})
BARE_TOLD_NOUNS = SESSION_NOUNS | {"ملاقات", "دیدار"}
"""Nouns that, opening a sentence bare (`در ملاقات، که ... برگزار شد`: Khovar leaves out `این`), are the contact just
told."""
BARE_PLURAL_TALKS = frozenset({"گفتگوها", "مشورتها", "رایزنیها", "دیدارها", "ملاقاتها"})
"""A bare plural of talks opening a sentence with nobody named (`گفتگوها ... انجام شد`): the talks just told."""
# heads of a plural group received or met together (`وزرای دفاع ترکیه و گرجستان را به حضور پذیرفت`)
GROUP_HEADS = frozenset({"وزرای", "وزیران", "سران", "نمایندگان", "روسای", "رؤسای", "رئیسان", "اعضای"})
MEETING_IN_PERSON = frozenset({"دیدار", "ملاقات", "نشست", "دیدارش", "ملاقاتش", "حضور", "پذیرفت", "پذیرفته", "میزبان"})
"""Words of a trigger that tell a contact in person (`گفتگو کرد` alone may be a call)."""
PART_ORDINALS = frozenset({"نخست", "اول", "دوم", "سوم", "پایانی", "نخستین", "دومین"})
"""`بخش نخست گفتگوها`: a part of talks already told."""
MEETING_ORDINALS = PART_ORDINALS - {"نخستین", "دومین"} | {"چهارم", "آخر"}
"""`در دیدار نخست`, `در ملاقات دوم`: one of the contacts already told, by its place in the day (the ordinals that
follow their noun)."""
WHAT_WAS_TALKED = frozenset({"مسائل", "مسایل", "موضوعات", "جانبین", "طرفین", "روند", "وضع", "وضعیت"})
"""Words that open what a meeting talked of or who talked (`در دیدار مسائل ...`, `در ملاقات جانبین ...`)."""
TRIP_WORDS = frozenset({"سفر", "عزیمت", "ورود"})
ARRIVAL_WORDS = frozenset({"عزیمت", "ورود"})
"""`پیش از ورود به قدس`: before arriving where the article's news is, on the same trip."""
TOUR_WORDS = frozenset({"منطقهای", "منطقه"})
"""`سفر منطقه‌ای`: a trip with several stops (the ZWNJ dropped or read as a space)."""
PAST_VERBS = frozenset({"کردند", "کرد", "داشتند", "داشت", "شد", "شدند"})
"""Past verbs that tell, inside a quotation, a contact that happened."""
TALKING_NOUNS = frozenset({"صحبت", "گفتگو", "رایزنی", "بحث", "گپ", "مذاکره", "تبادل"})
"""The nouns of "talked" in compound verbs (`صحبت کردم`, `گفتگو کردیم`)."""
FIRST_PERSON_PAST = frozenset({"کردم", "کردیم", "داشتم", "داشتیم", "نمودم", "نمودیم", "زدم", "زدیم"})
"""`دیروز با X دیدار کردم`, `با X تلفنی گپ زدم`: the speaker of a quotation tells a contact of his own (also when
the contact is a noun and the clause's verb is his: `در تماس تلفنی با X درباره ... صحبت کردم`)."""
QUOTED_CONTACT_VERBS = PAST_VERBS | {"پذیرفت", "پذیرفتند"}
"""Verbs closing a contact a quotation tells in the third person (`«... سفیر چین را به حضور پذیرفت»`)."""
DONE_VERBS = PAST_VERBS | frozenset({"گردید", "نمود", "نمودند", "پرداخت", "پرداختند"})
"""Past verbs of a main clause: what they tell was done."""
AFTER_HIM = (["پس", "از", "او"], ["پس", "از", "وی"], ["بعد", "از", "او"], ["بعد", "از", "وی"])
"""`پس از او Y سخن گفت`: after the one just told (who spoke first)."""
SPOKE_AFTER = (["سخن", "گفتند"], ["سخن", "گفت"], ["سخنرانی", "کردند"], ["سخنرانی", "کرد"])
"""`Y و Z سخن گفتند`, `Y سخنرانی کرد`: they spoke (at a session)."""
CALLED_VERBS = frozenset({"خواند", "خواندند", "نامید", "نامیدند"})
"""Past verbs of calling something a name (`این تصمیم را «ضربه‌ای دیگر» خواند`): what a speaker said he did."""
PERFECT_PARTICIPLES = frozenset({"کرده", "شده", "نموده", "داشته"})
"""Participles of light verbs that, with `است`/`بود`, tell something done (`گفتگو کرده است`)."""
COORDINATED_PAST_ENDINGS = DONE_VERBS | MOTION_VERBS | frozenset({"افتاد", "افتادند", "یافت", "یافتند"})
"""Simple past verbs that, before `و`, close a clause another coordinated clause follows (`سفر ... به تعویق افتاد و
وی ... گفتگو کرد`)."""
TOLD_DONE_ENDINGS = PAST_VERBS | PARTICIPLES
"""The last word of a contact verb told done (`دیدار کرد`, `دیدار کرده`)."""
PAST_CLOSINGS = PAST_VERBS | PAST_AUXILIARIES
"""A verb that closes a clause in the past (`کرد`, `کرده بود`): a `که` after it opens what was said or signed."""
GENERIC_PLURALS = frozenset({"مسئولان", "مسئولین", "مقامات", "مقامهای", "هیئتهای", "نمایندگان", "کمیسیونهای", "وزرای",
                             "کمیتههای"})
GENERIC_PLURAL_HEADS = frozenset({"مقام", "هیئت", "کمیسیون", "کمیته"})
"""Officials in the plural (`مقامات`, `مقام‌های`): a contact of theirs may name them only later."""
NOMINAL_CONTACT_ENDS = frozenset({"بود", "آغاز", "انجام", "صورت"})
"""Verbs that close a clause telling a meeting by its noun (`... دیدار X با Y بود`, `... آغاز شد`, `انجام شد`)."""
PROGRAM_NOUNS = frozenset({"برنامه"})
"""A visitor's program (`آخرین برنامه X دیدار با Y بود`, `دیدار با Y برنامه بعدی X بود`): a meeting with Y that was
one of X's doings there."""
HELD_IN_RELATIVE = frozenset({"برگزار", "انجام", "صورت"})
"""Verbs of a relative clause after the one met that tell the meeting held (`در دیدار با X که با حضور سفیر ونزوئلا
در تهران انجام شد`, `... که با حضور Y صورت گرفت`, `... که با حضور Z برگزار شد`)."""
SESSION_PARTS = frozenset({"ابتدای", "آغاز", "پایان", "ادامه", "خلال", "جریان", "طول"})
"""`در آغاز`, `در پایان`, `در ادامه`, `در جریان`, `در ابتدای این نشست`: parts of the session just told, not another
occasion (what is said there is said in it all the same)."""
OPENING_TRIGGERS = frozenset({"fa.trigger.opened_session", "fa.trigger.opened_the_session"})
"""`در سخنان افتتاحیه`, `نشست را X افتتاح کرد`: who opened a session told held."""
OPENING_CEREMONY_WORDS = frozenset({"افتتاح", "افتتاحیه", "گشایش"})
PRESENCE_TRIGGERS = frozenset({"fa.trigger.took_part", "fa.trigger.was_present"})
"""`در مراسم افتتاح (افتتاحیه، گشایش) X و Y حضور داشتند`: who attended the opening of the session just told."""
REPORT_TRIGGERS = frozenset({"fa.trigger.presented_report"})
"""`X دبیرکل سازمان نیز گزارشی از فعالیت‌های دبیرخانه ارائه داد`: who reported to a session told held."""
HEADED_DELEGATION = frozenset({"fa.trigger.headed_delegation", "fa.trigger.headed_delegation_at"})
"""`X و Y ریاست هیئت‌های دو کشور را بر عهده داشتند`, also with where between (`را در دور تازه مشوره‌ها ... به عهده
داشتند`): who led the sides."""
ATTENDANCE_TRIGGERS = frozenset({"fa.trigger.took_part", "fa.trigger.spoke_at", "fa.trigger.chair_was",
                                 "fa.trigger.participants_were",
                                 "fa.trigger.joined_session", "fa.trigger.present_noun", "fa.trigger.participants_noun",
                                 "fa.trigger.host_or_mediator",
                                 "fa.trigger.was_present", "fa.trigger.led_delegation", *HEADED_DELEGATION,
                                 "fa.trigger.accompanied", "fa.trigger.members_were", "fa.trigger.opened_session",
                                 "fa.trigger.opened_the_session", "fa.trigger.presented_report",
                                 "fa.trigger.is_present_at_this", "fa.trigger.headed_delegation_with",
                                 "fa.trigger.were_among_participants", "fa.trigger.member_of_delegation",
                                 "fa.trigger.represented", "fa.trigger.were_present_at_this",
                                 "fa.trigger.formed_delegation"})
LISTING_TRIGGERS = frozenset({"fa.trigger.participants_noun", "fa.trigger.present_noun", "fa.trigger.members_were",
                              "fa.trigger.among_participants", "fa.trigger.among_those_who"})
"""Cues whose list of people comes after them: `در میان اشتراک‌کنندگان این نشست A، B و C بودند`, `اعضای هیئت‌های
این نشست عبارت بودند از: A، B و C`."""
EARLIER_CUES = (("پیش", "از", "این"), ("قبل", "از", "این"), ("پیش", "تر"), ("پیشتر",), ("قبلا",))
"""`پیش از این`, `پیش‌تر`, `قبلاً`: "earlier", before the contact the article tells."""
ROUNDS_OF_TALKS = frozenset({"fa.trigger.round_of_talks", "fa.trigger.joint_commission",
                             "fa.trigger.intra_afghan_talks", "fa.trigger.intra_afghan_talks.fused",
                             "fa.trigger.peace_talks"})
"""Triggers that name talks as negotiations whoever sits at them (a round, a joint commission's session)."""
FORUM_NOUNS = frozenset({"کنفرانس", "همایش", "مجمع"})
FORUM_THEMES = frozenset({"امنیت", "امنیتی", "دیپلماسی"})
"""A conference, forum or gathering named for security or diplomacy (`کنفرانس امنیت مونیخ`) is a forum of speeches."""
SENT_DELEGATION_WORDS = frozenset({"فرستادند", "فرستاده", "فرستاد", "اعزام", "نمایندگی"})
"""Words of a clause that tells countries sent delegations to a session or were represented at it."""
FUTURE_WORDS = frozenset({"خواهند", "خواهد", "قرار", "می", "میشود", "میکنند", "بفرستند"})
"""Words of a clause that tells of something still to come."""
THIS_ONE = (["این"], ["همین"], ["همان"])
"""`در این / همین / همان نشست`: the one just told (as a one-word slice)."""
SESSION_NAMING_NOUNS = frozenset({"نشست", "اجلاس", "کنفرانس", "همایش"})
"""Nouns of a session that may be named for its city (`نشست مسکو`, `کنفرانس تاشکند`)."""
ANY_SESSION_NOUNS = SESSION_NOUNS | SESSION_NAMING_NOUNS
"""Any noun of a session, named for its city or not."""
OCCASION_SESSION_NOUNS = ANY_SESSION_NOUNS | {"مجمع"}
"""Nouns of a session that is no one's when a subject is named right after it (`در حاشیه کنفرانس وزیر دفاع تاجیکستان
با X ملاقات کرد`: the minister met X on the conference's sidelines, it is not his conference)."""
THANKS = frozenset({"قدردانی", "تشکر", "سپاسگزاری", "تقدیر", "سپاس"})
"""Nouns of thanking (`از ... قدردانی کرد`): what one thanks for was done before."""
STANDING_SESSION_NOUNS = frozenset({"نشست", "جلسه", "جلسات"})
PERIODIC_WORDS = frozenset({"نوبتی", "سالانه", "ادواری"})
"""`نشست نوبتی رایزنی‌های سالانه ...`: a session held at set times, of a standing format."""
STANDING_BODIES = (("گروه", "کاری"), ("کارگروه",), ("کمیسرهای",), ("کمیسارهای",), ("کمیساران",), ("سازوکار",))
"""Standing bodies of two states whose sessions are negotiations (`جلسه گروه کاری مشترک انرژی`, `نشست کمیسرهای مرزی
دو کشور`, `نشست سازوکار امنیتی عالی‌رتبه`)."""
NEGOTIATED_TRIGGERS = frozenset({"fa.trigger.negotiated", "fa.trigger.sat_at_negotiating_table"})
"""`مذاکره کردند`, `پشت میز مذاکره نشستند`: talks that are a negotiation when delegations hold them (`هیئت‌های روسیه و
اوکراین ... پشت میز مذاکره نشستند`), a meeting when ministers do (and then merged with a session just told: `در این نشست
هیئت ایرانی به ریاست X و هیئت ترکمنستانی ... پشت میز مذاکره نشستند`)."""
FORMAT_NAME_ENDS = frozenset({"که", "با", "به", "در", "درباره", "پیرامون", "،"})
"""Words after which a session's name has ended (`... دو کشور در امور مرزی`, `... به میزبانی X`, `... که از ...`)."""
ORDINAL_PARTS = frozenset({"و", "نخستین", "اولین", "شصت", "هفتاد", "هشتاد", "پنجاه", "چهل", "سی", "بیست", "صد"})
"""Words of a spelled-out ordinal besides those ending in `مین` (`شصت و چهارمین`)."""
SAID_OF_A_SESSION = frozenset({"که", "گفت", "نوشت", "افزود", "اعلام", "گفته", "واکنش", "سخنان", "اشتراک", "حضور",
                               "شرکت"})
"""Words between a subject and `در <session>` that make the session what he spoke of or someone's attendance, not
where he acted (`X نوشت که اشتراک هیئت افغانستان در نشست اکو ...`)."""
NO_ATTENDANCE_BEFORE = frozenset({"برای", "جهت", "عدم", "منتظر", "درباره", "پیرامون", "بر", "لزوم", "آخرین"})
"""Words before `حضور` that make it no attendance told done (`برای حضور در نشست`, `عدم حضور`, `درباره حضور X در ...`,
`تأکید بر حضور فعال ایران در نشست`)."""
UNDONE_ATTENDANCE = frozenset({"خواهد", "خواهند", "قرار", "تایید", "تأیید", "نمی", "نخواهد"})
"""Words after `حضور ... در این نشست` in its clause that make the attendance one to come or denied (`حضور خود را
در نشست تأیید کرد`)."""
ATTENDANCE_ADJECTIVES = frozenset({"گسترده", "فعال", "فعالانه", "موثر", "مؤثر", "پرشمار"})
"""Adjectives of an attendance noun (`حضور گسترده هیئت ایرانی در مجمع`) that name no one."""
DELEGATION_NOUNS = frozenset({"هیئت", "هیات", "هیأت"})
OPENING_SPEECH_NOUNS = frozenset({"سخنرانی", "سخنان", "نطق"})
"""`با سخنرانی X ... آغاز شد`: the speech a session opened with."""
SESSION_OPENINGS = frozenset({"گشایش", "افتتاحیه", "افتتاح", "عمومی"})
"""Words after `مراسم` / `جلسه` / `نشست` that make it a session's opening or plenary (`مراسم گشایش مجمع`)."""
SPEECH_SESSION_NOUNS = ANY_SESSION_NOUNS - {"همایش", "میزگرد"} | {"مجمع", "اجلاسیه"}
"""Sessions a speech at which is attendance of a meeting of states (not a seminar's `همایش` or a round table)."""
REPRESENTING = frozenset({"نمایندگی", "حضور", "شرکت", "اشتراک"})
"""Words of a sentence that says who represented or attended a session."""
ATTENDING = ("شرکت", "اشتراک")
"""`برای شرکت در` and its Dari `برای اشتراک در` (`کرزی که برای اشتراک در کنفرانس ریکا به تاجکستان سفر کرده است`): came
to attend an occasion."""
WELCOME_ATTENDANCE = frozenset({"حضور", "اشتراک"})
"""Nouns after which an official welcome names its host: `مراسم رسمی استقبال ... با حضور X برگزار شد` and the Tajik and
Dari `با اشتراک رئیس جمهوری تاجیکستان امامعلی رحمان برگزار شد`."""
WELCOME_HOST_WORDS = WELCOME_ATTENDANCE | {"شرکت"}
"""`مراسم استقبال رسمی از X با حضور (با اشتراک، با شرکت) Y برگزار شد`: Y, the host who welcomed the guest."""
MEDIATOR_WORDS = frozenset({"میانجی", "میانجیگر", "میانجیگری", "میزبان"})
SOME_OF = (["جمعی", "از"], ["شماری", "از"], ["تعدادی", "از"], ["برخی", "از"], ["گروهی", "از"])
"""An unspecified number of a plural title's holders."""
LIST_ENDS = frozenset({"بودند", "بود", "حضور", "نیز"})
DEPUTY_ROLES = frozenset({"deputy_foreign_minister", "deputy_minister", "deputy_defense_minister"})
"""The offices `معین` / `معاون` names as a pair's title (`دو معین`)."""
DELEGATION_LEADERS = frozenset({"رئیس", "رییس", "سرپرست"})
"""The head words of `رئیس هیئت X` / `سرپرست هیئت X`: who leads a delegation."""
PAIR_ROLES = {"خارجه": frozenset({"foreign_minister"}), "جمهور": frozenset({"head_of_state"}),
              "دفاع": frozenset({"defense_minister"}), "رهبر": frozenset({"head_of_state", "head_of_government"}),
              "وزیر": frozenset({"foreign_minister", "defense_minister", "minister"}),
              "معین": DEPUTY_ROLES, "معاون": DEPUTY_ROLES}
"""The office a plural subject before `دو` names (`وزیران خارجه دو کشور`): the pair it refers to holds it."""
DUAL_SUBJECTS = frozenset({("دو", "کشور"), ("دو", "طرف"), ("دو", "وزیر"), ("دو", "فرمانده"), ("دو", "رئیس"),
                           ("دو", "مقام"), ("دو", "رهبر"), ("دو", "معین"), ("دو", "معاون"), ("طرفین", "در"),
                           ("جمهور", "دو"), ("خارجه", "دو")})
"""A pair told back (`دو کشور`, `دو معین روز سه‌شنبه ... گفتگو کرده بودند`: the two deputies just named)."""
DUAL_FIRSTS = frozenset(first for first, _ in DUAL_SUBJECTS)
"""the first words of `DUAL_SUBJECTS` (tested before a pair is cut out of the words at each position)"""
DELEGATION_FILLERS = frozenset({"های", "ها", "اعضای", "عالی", "رتبه", "عالی‌رتبه"})
"""Words that may stand with a delegation word in a list of those present (`اعضای هیئت‌های عالی‌رتبه دو کشور`)."""


COUNTED_PEOPLE = {**COUNT_VALUES, "چند": 2}
"""`با دو تن از ...`, `با چند تن از ...`: the least number of people a contact's `با` counts."""


@dataclass
class Entity:
    """One person across the article: all mentions, and what they say about the person."""

    key: str
    mentions: list[PersonMention] = field(default_factory=list)
    official_id: str | None = None
    _reporter: tuple[int, bool] = field(default=(0, False), init=False, repr=False, compare=False)
    """`is_reporter` and the number of mentions it was read from"""

    @property
    def first(self) -> PersonMention:
        """The earliest mention."""
        return self.mentions[0]

    def best(self, attr: str):
        """The first non-empty value of a mention attribute."""
        for m in self.mentions:
            value = getattr(m, attr)
            if value:
                return value
        return None

    @property
    def named(self) -> list[PersonMention]:
        """Mentions that carry a name."""
        return [m for m in self.mentions if m.name_start is not None]

    @property
    def is_reporter(self) -> bool:
        """The person is the reporter of the article (read again only when mentions have been added: the
        rules ask for each candidate side, and in a long article an entity has many mentions)."""
        count, value = self._reporter
        if count != len(self.mentions):
            value = any(m.is_reporter for m in self.mentions)
            self._reporter = (len(self.mentions), value)
        return value


@dataclass
class Side:
    """A participant slot of a draft event: a known entity, or a side known only by title/counterpart."""

    entity: Entity | None
    mention: PersonMention
    role: str | None = None
    country: str | None = None
    rule: str = ""


@dataclass
class DraftEvent:
    """An event while it is being assembled (token offsets)."""

    type: str
    trigger: Span
    triggers: list[Span]
    sides: list[Side]
    status: str = "actual"
    location: LocationMention | None = None
    date: tuple | None = None
    date_resolved: ResolvedDate | None = None
    topics: dict[str, list[Span]] = field(default_factory=dict)
    scope: tuple[int, int] = (0, 0)
    confidence: float = 0.0
    trace: dict = field(default_factory=dict)
    anaphoric: bool = False
    """the sides are "the two sides" of the contact just reported (دو طرف)"""
    follow_ups: list[Span] = field(default_factory=list)
    """later sentences about this contact (دو طرف ... گفتگو کردند): not where its place or date is read"""
    contact_clause: tuple[int, int] | None = None
    """`در تماسی که شامگاه دوشنبه X با وی برقرار کرد`: the relative clause that tells the contact itself"""
    coordinated: bool = False
    """the second of two contacts one sentence tells (`با Y دیدار کرده و با Z تلفنی گفتگو کرده است`)"""
    told_from: int = 0
    """where the words of a coordinated contact start (its date is read from there)"""
    unnamed: bool = False
    """told of officials in the plural, who are named later if at all (`مقام‌های مرزی دو کشور ... دیدار کردند`)"""
    announced: bool = False
    """told as news someone gave (`از گفت‌وگوی تلفنی A با B خبر داد`): the clause's date is the announcement's"""
    announced_end: int | None = None
    """where the announcing verb (`خبر داد`) ends: the contact's status is read up to there"""
    separate: int | None = None
    """one of the contacts a clause says were separate (`در دو دیدار جداگانه با A و B`): that clause's trigger"""
    speech: bool = False
    """a speech at a session the clause names (`X در نشست عمومی مجمع سخنرانی کرد`): the speaker attended that
    session; it is no bilateral meeting of his"""
    inside_at: int | None = None
    """where `در (بخشی از) این نشست` stands in the clause: the subjects before it are more people of the meeting
    just told (the draft joins it; with nothing told before, it is a contact with all its sides)"""

    def entity_keys(self) -> set[str]:
        """Keys of the named sides."""
        return {s.entity.key for s in self.sides if s.entity is not None}


def membership(pool: list[DraftEvent]):
    """A test that tells what `draft in pool` tells (the same draft, or one equal to it), without comparing the
    draft with every draft of the pool: drafts are equal only if their triggers are, and spans only if their
    characters are the same, so a draft is compared only with those whose trigger has its bounds."""
    same = {id(d) for d in pool}
    by_bounds: dict[tuple[int, int], list[DraftEvent]] = {}
    for d in pool:
        by_bounds.setdefault((d.trigger.start_char, d.trigger.end_char), []).append(d)
    return lambda draft: id(draft) in same or draft in by_bounds.get((draft.trigger.start_char,
                                                                      draft.trigger.end_char), ())


def _end_with_title(m: PersonMention) -> int:
    """Where a person's mention ends, its title after the name included (`X رئیس جمهور مصر`)."""
    return max(m.end, m.title.end if m.title is not None else m.end)


MINISTRY_OF = frozenset({"امور", "خارجه", "دفاع", "کشور", "اقتصاد", "نفت", "انرژی"})
"""Words a plural minister title takes before what it says of them (`وزیران امور خارجه شرکت‌کننده`)."""


def between(starts: list[int], items: list, start: int, end: int) -> list:
    """The items whose start (from the sorted `starts`) lies in [start, end)."""
    return items[bisect_left(starts, start):bisect_left(starts, end)]


def _relative_end(k: int, end: int, relative: set[int]) -> int:
    """Where the relative clause that holds token `k` ends (at most `end`)."""
    while k < end and k in relative:
        k += 1
    return k


def _earlier_cue(words: list[str], k: int) -> int:
    """The length of an `EARLIER_CUES` cue standing at `words[k]`, 0 when none does."""
    return next((len(cue) for cue in EARLIER_CUES if tuple(words[k:k + len(cue)]) == cue), 0)


class _RoleHolders:
    """The named holders of one role, `(entity, country, sorted named starts, their sentences)` in article order, as
    `_attach_title_only` reads them for a title-only mention: more than `ROLE_SCAN` are indexed by country, by
    sentence and by start, so a long text's mention is not compared with every holder (their countries stay as they
    are meanwhile: a mention joins a person only with no country or with the person's own); fewer are scanned."""

    def __init__(self, group: list[tuple[Entity, str | None, list[int], set[int]]]):
        self.group = group
        if len(group) <= ROLE_SCAN:
            return  # (read as a list: `find` scans it)
        self.of_country: dict[str | None, list[int]] = {}
        self.named_in: dict[int, list[int]] = {}
        entries = []
        for i, (_e, country, starts, named_sentences) in enumerate(group):
            self.of_country.setdefault(country, []).append(i)
            for k in named_sentences:
                self.named_in.setdefault(k, []).append(i)
            entries += [(start, i) for start in starts]
        entries.sort()
        self.entries = {None: entries}
        """(named start, holder) in order: all, and (read when asked) those of one country"""

    def _entries(self, country: str | None) -> list[tuple[int, int]]:
        found = self.entries.get(country)
        if found is None:
            found = self.entries[country] = [pair for pair in self.entries[None] if self.group[pair[1]][1] == country]
        return found

    def any_match(self, country: str, sentence: int) -> bool:
        """Is any holder of `country` not named in `sentence`?"""
        if len(self.group) <= ROLE_SCAN:
            return any(c == country and sentence not in named for _e, c, _s, named in self.group)
        named_here = set(self.named_in.get(sentence, ()))
        return any(i not in named_here for i in self.of_country.get(country, ()))

    def find(self, start: int, country: str | None, sentence: int, source: str | None) -> tuple:
        """(the match named last before `start`, the earliest on a tie; the only match, when there is one) of a
        title-only mention at `start` with `country` in `sentence`: the holders of its country not named in its
        sentence; with no country, those of the outlet's country `source` if any such is left, else all."""
        if len(self.group) <= ROLE_SCAN:
            matches = [(e, starts) for e, c, starts, named_sentences in self.group
                       if (country is None or c == country) and sentence not in named_sentences]
            if country is None and source:
                matches = [(e, starts) for e, c, starts, named_sentences in self.group
                           if c == source and sentence not in named_sentences] or matches
            before = [(starts[bisect_left(starts, start) - 1], e) for e, starts in matches
                      if bisect_left(starts, start) > 0]
            if before:
                return max(before, key=lambda pair: pair[0])[1], None
            return None, matches[0][0] if len(matches) == 1 else None
        named_here = set(self.named_in.get(sentence, ()))
        pool = None  # the matches' country, None for all
        if country is not None:
            pool = country
        elif source and any(i not in named_here for i in self.of_country.get(source, ())):
            pool = source  # (`any` stops at the first: at most one more than the holders named here)
        entries = self._entries(pool) if pool is not None else self.entries[None]
        k = bisect_left(entries, (start, -1)) - 1
        while k >= 0 and entries[k][1] in named_here:
            k -= 1
        if k >= 0:
            at, best = entries[k]
            k -= 1
            while k >= 0 and entries[k][0] == at:  # (one start for two holders: the first in article order)
                if entries[k][1] not in named_here:
                    best = entries[k][1]
                k -= 1
            return self.group[best][0], None
        members = self.of_country.get(pool, ()) if pool is not None else range(len(self.group))
        excluded = sum(1 for i in named_here if pool is None or self.group[i][1] == pool)
        if len(members) - excluded != 1:
            return None, None
        return None, self.group[next(i for i in members if i not in named_here)][0]


class Assembler:
    """The event rules, bound to one knowledge base."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.date_rules = kb.date_rules
        self.relative_markers = kb.words("relative_markers")
        self.pronouns = kb.words("pronouns")
        self.stopwords = kb.words("stopwords")
        self.presence_cues = [tuple(c.split()) for c in kb.words("presence_cues")]
        self._presence_by_first: dict[str, list[tuple[str, ...]]] = {}
        """the presence cues by first word, each list in the order of `presence_cues`"""
        for cue in self.presence_cues:
            self._presence_by_first.setdefault(cue[0], []).append(cue)
        self.speech_verbs = kb.words("speech_verbs")
        self._subject_openers = self.speech_verbs | SAID | SAID_PARTICIPLES | WRITER_ASIDES | ANNOUNCING \
            | {"به", "بنابه", STATED_IN}
        """the words at which `_draft` may move the subject's start (`_said_that`, SAID, `به گفته`)"""
        self.name_suffixes = kb.words("name_suffixes")
        self.plural_heads = kb.words("plural_heads")
        self.object_after = frozenset(r["id"] for r in kb.triggers if r.get("object_after"))
        """Trigger rules whose other side follows them without `با` (`در دیدار وزیر خارجه ... گفت`)."""
        self._surnames: dict[str, str] = {}
        self._capital_names: dict[str, str] = {}

    # ---- people across the article -------------------------------------------------------
    def entities(self, doc: Doc, mentions: list[PersonMention]) -> list[Entity]:
        """Group name mentions into people: same register id, same surname, or one name fused.

        Indexed by surname and by fused name, so the cost grows with the number of mentions, not its square.
        """
        entities: list[Entity] = []
        by_key: dict[str, Entity] = {}
        by_last: dict[str, list[Entity]] = {}
        firsts: dict[tuple[str, str], set[str]] = {}
        by_fused: dict[str, Entity] = {}

        def index(entity: Entity, tokens: list[str]) -> None:
            last = self._last_name(tokens)
            if entity not in by_last.setdefault(last, []):
                by_last[last].append(entity)
            firsts.setdefault((entity.key, last), set()).add(tokens[0] if len(tokens) > 1 else "")
            by_fused.setdefault("".join(tokens), entity)
            if len(tokens) >= 3 and tokens[-1] in self.name_suffixes:  # `وحید جلال زاده` is also `جلال زاده`
                by_fused.setdefault("".join(tokens[-2:]), entity)
            for k in range(1, len(tokens) - 1):  # `آلکالا کوردونس` after `کارلوس آنتونیو آلکالا کوردونس`
                by_fused.setdefault("".join(tokens[k:]), entity)

        for m in mentions:
            if m.kind != "name":
                continue
            tokens = self._words[m.name_start:m.name_end]
            official = self.kb.officials.get(m.official_id) if m.official_id else None
            found = None
            if official is not None and m.rule != "fa.person.register.official":
                # `آقای کرزی` after `حکمت خلیل کرزی`, also when a headline's `کرزی` was taken as the registered man
                found = next((e for e in reversed(by_last.get(self._last_name(tokens), []))
                              if (e.official_id is None and self._named_otherwise(e, official))
                              or self._namesake_named_in_full(e, official)), None)
                if found is not None:
                    official = None
                    self._forget_register_country(m)
            if official is not None:
                found = by_key.get("id:" + official.id)
                full = m.rule == "fa.person.register.official"  # the whole registered name, not a bare surname
                if found is None and official.surname:
                    surname = self._surname(official.surname)
                    roles = {office.role for office in official.offices} | {None}
                    written = by_last.get(self._last_name(tokens), []) if full else []
                    # (`ماکرون` in the headline, `امانوئل ماکرون` in the lead: the register spells him `مکرون`)
                    first = by_last.get(surname.split()[0], []) if full and " " in official.surname else []
                    # (`باقری` in the headline, `علی باقری کنی` in the lead: the first word of his surname)
                    found = next((e for e in by_last.get(self._last_name(surname.split()), []) + written + first
                                  if e.official_id is None and (not full or e.best("role") in roles)), None)
                if found is None and full:  # `شیخ تمیم` in the headline, `شیخ تمیم بن حمد آل ثانی` in the lead
                    found = next((e for e in by_last.get(tokens[0], []) if e.official_id is None and all(
                        x.name_end - x.name_start == 1 and self._words[x.name_start - 1] == "شیخ" for x in e.named)),
                        None)
                    # (`ملک سلمان`, a king, is not `محمد بن سلمان` named after him)
            elif found is None:
                found = self._match_by_name(tokens, by_last, firsts, by_fused)
                if found is None and len(tokens) == 1 and m.name_start > 0 and self._words[m.name_start - 1] == "شیخ":
                    # `شیخ صباح`: the emir named before with his long name
                    found = next((e for e in entities for x in e.named[:1] if x.name_end - x.name_start >= 3
                                  and self._words[x.name_start] == tokens[0]), None)
            if found is None:
                key = "id:" + official.id if official else "name:" + " ".join(tokens)
                found = Entity(key=key, official_id=official.id if official else None)
                entities.append(found)
                by_key[key] = found
            elif official is not None and found.official_id is None:
                if m.rule != "fa.person.register.official" and self._named_otherwise(found, official):
                    official = None  # `آقای کرزی` after `حکمت خلیل کرزی`: that man, not Hamid Karzai of the register
                    self._forget_register_country(m)
                else:
                    found.official_id = official.id
                    by_key["id:" + official.id] = found
            if official is not None and official.surname:
                surname = self._surname(official.surname).split()
                index(found, surname)
                if len(surname) >= 2 and m.rule == "fa.person.register.official" and " " in official.surname:
                    index(found, surname[:1])  # `باقری` after `علی باقری کنی`: the first word of a two-word surname
            index(found, tokens)
            found.mentions.append(m)
        return entities

    def _namesake_named_in_full(self, entity: Entity, official) -> bool:
        """`آقای کرزی` after `حکمت خلیل کرزی`: another registered official of the same surname, named in full in the
        article, is whom the bare surname means (not Hamid Karzai, whom the register lets the surname name alone)."""
        other = self.kb.officials.get(entity.official_id) if entity.official_id else None
        if other is None or other.id == official.id or official.surname is None:
            return False
        other_surname = other.surname or other.name.split()[-1]  # (`غانم بن شاهین الغانم`, registered with no
        # surname of its own, then `الغانم` alone: him, not Kuwait's `مرزوق الغانم`)
        return self._surname(other_surname) == self._surname(official.surname) \
            and any(x.rule == "fa.person.register.official" for x in entity.named)

    @staticmethod
    def _forget_register_country(m: PersonMention) -> None:
        """A surname the register gave the country of another man of that surname: a foreign one says nothing of
        this man (`کوستا` after `آنتونیو ماریا کوستا` of the UN is not Portugal's António Costa), while a Persian
        surname of an Iranian, Afghan or Tajik official is most likely another national's of that country."""
        if m.title is None and m.country_rule == "fa.country.register" and m.country not in PERSIAN_SPEAKING:
            m.country = m.country_rule = None

    def _named_otherwise(self, entity: Entity, official) -> bool:
        """The entity is named in full with a first name the registered official's names do not have, and holds
        none of the offices he held on the publication day by its title: another person of the same surname."""
        names = [official.name, *official.variants]
        known = {w for name in names for w in self._surname(name).split()}
        role = entity.best("role")
        day = self._published.isoformat() if self._published else None
        return (role is None or role not in {office.role for office in official.offices if office.covers(day)}) and any(
            x.name_end - x.name_start >= 2 and not known.issuperset(self._words[x.name_start:x.name_end - 1])
            for x in entity.named)  # (`محمد معصوم استانکزی` is not `شیر محمد عباس استانکزی`)

    def _last_name(self, tokens: list[str]) -> str:
        """The surname's last word, with a suffix split off by a lost ZWNJ joined back (`عیوض اف`, not `اف`), and with
        the word before a closing `خان` (`جام کمال خان` is not `عمران خان`), and without the Arabic article."""
        if len(tokens) >= 2 and (tokens[-1] in self.name_suffixes or tokens[-1] == "خان"):
            return tokens[-2] + tokens[-1]
        last = tokens[-1]  # `الجعفری` and `جعفری`: the Arabic article is written or left out
        return last[2:] if last.startswith("ال") and len(last) > 5 else last

    def _surname(self, surname: str) -> str:
        """A registered surname normalised like article text (once per surname)."""
        normalized = self._surnames.get(surname)
        if normalized is None:
            normalized = self._surnames[surname] = self.kb.normalizer.normalize_pattern(surname)
        return normalized

    def _match_by_name(self, tokens: list[str], by_last, firsts, by_fused) -> Entity | None:
        """An earlier person with the same surname (and no clashing first name), or whose name fused is this one."""
        fused = "".join(tokens)
        last = self._last_name(tokens)
        surname_only = len(tokens) == 1 or (len(tokens) == 2 and last != tokens[-1])
        for entity in by_last.get(last, []):
            known = firsts.get((entity.key, last), set())
            if not surname_only and known <= {""} and entity.official_id is not None \
                    and entity.official_id in self.kb.officials \
                    and tokens[0] not in self.kb.first_names(entity.official_id):
                continue  # `کرزی` in the headline taken as Hamid Karzai, then `حکمت خلیل کرزی`: another man
            if surname_only or tokens[0] in known or known <= {""}:
                return entity  # (a bare surname given one first name takes no other: `طارق شاه بهرامی`, `محمدرضا بهرامی`)
        if fused in by_fused:
            return by_fused[fused]
        if len(tokens) >= 3 and tokens[-1] in self.name_suffixes and "".join(tokens[-2:]) in by_fused:
            return by_fused["".join(tokens[-2:])]  # `جلال زاده` in the headline, `وحید جلال زاده` in the lead
        if len(tokens) == 1:
            for cut in range(2, len(fused) - 1):
                if fused[:cut] in self.kb.given_names and by_last.get(fused[cut:]):
                    return by_last[fused[cut:]][0]
        return None

    # ---- events ------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        context = get_ext(doc, "context") or {}
        published: dt.date | None = context.get("published")
        self._published = published
        source_country = context.get("source_country")
        self._source_country = source_country
        mentions: list[PersonMention] = get_ext(doc, "persons") or []
        for m in mentions:
            if m.country == "@source" and m.official_id in self.kb.officials:
                m.country = self.kb.officials[m.official_id].country  # a registered official under an unqualified title
            elif m.country == "@source":
                # a Persian-named official under an unqualified title is the outlet's own, unless the outlet
                # writes Persian from abroad (Sputnik, BBC Persian): then Iran's
                m.country = source_country if source_country in PERSIAN_SPEAKING else "IR"
            if m.title is not None and m.title.country == "@source":
                m.title.country = source_country
        self._country_of: dict[int, tuple[int, str | None]] = {}
        self._words = words(doc)
        self._text = text(doc)
        self._starts = offsets(doc)[0]
        self._positions: dict[str, list[int]] = {}
        self._word_index = positions(doc)
        self._background_at: list[int] | None = None
        self._body_start = self._word_index.get("گزارش", [len(self._words)])[0]
        self._trigger_spans = [t for t in spans(doc, "triggers") if not (
            t.id_ == "fa.trigger.round_of_talks" and t.start >= 2 and self._words[t.start - 2] in ("رئیس", "ریاست")
            and self._words[t.start - 1] in ("این", "آن")) and not self._spoke_of_something(t)]
        # (`رئیس این دور نشست`: a title, no round told)
        self._trigger_starts = [t.start for t in self._trigger_spans]
        self._trigger_start_set = set(self._trigger_starts)
        self._first_occasion: tuple | None = None
        self._foreign_place: bool | None = None
        self._structure = list(spans(doc, "structure"))
        self._structure_starts = [s.start for s in self._structure]
        self._quotes = self._quote_tokens(doc)
        self._topic_spans = list(spans(doc, "topics"))
        self._topic_starts = [t.start for t in self._topic_spans]
        self._org_topics = [(span, org.topic) for span in self._structure if span.label_ == "ORG"
                            for org in [self.kb.organizations.get(span.kb_id_.split("|")[0])]
                            if org is not None and org.topic in ("sco", "brics")]
        self._org_starts = [span.start for span, _ in self._org_topics]
        self._places = [span for span in self._structure if span.label_ == "PLACE"]
        self._place_span_starts = [span.start for span in self._places]  # (in token order, as the structure is)
        self._groups: list | None = None
        self._named_countries: dict[str | None, int] | None = None
        self._trilateral: bool | None = None
        self._group_starts: list[int] = []
        self._place_keys: list[tuple[int, int, str, str | None]] | None = None
        self._place_starts: list[int] | None = None
        self._mentions = mentions
        self._mention_starts = [m.start for m in mentions]
        header = context.get("header_date_tokens") or set()
        self._dates = [d for d in get_ext(doc, "dates") or [] if d[1] not in header]
        self._date_starts = [d[1] for d in self._dates]
        entities = self.entities(doc, mentions)
        self._era = None if published is not None else common_era(
            [self.kb.officials[e.official_id] for e in entities if e.official_id in self.kb.officials])
        entity_of = {id(m): e for e in entities for m in e.mentions}
        self._units = units(doc)
        self._summit_sentences = {self._units.sentence_of[t.start] for t in self._trigger_spans
                                  if t.id_ == "fa.trigger.summit" and not self._summit_spoken_about(t)}
        self._clause_dates: dict[int, str | None] = {}
        self._clause_date_mentions: dict[int, object] = {}
        self._tour: bool | None = None
        self._own_places: dict[int, LocationMention | None] = {}
        self._mediated: set[int] | None = None
        self._sidelined: set[str] | None = None
        self._mediator_of: dict[int, tuple[int, bool]] = {}
        self._region_leader: dict[int, tuple[int, bool]] = {}
        self._trigger_index = None
        self._held_spans: list[Span] | None = None
        self._held_starts: list[int] = []
        self._date_start_set: set[int] | None = None
        self._former_of: dict[int, tuple[int, bool]] = {}
        self._country_index: tuple | None = None
        self._clause_status: dict[int, str] = {}
        self._denial: bool | None = None
        self._all_dates = list(get_ext(doc, "dates") or [])
        self._first_day: tuple | None = None
        starts = [d[1] for d in self._all_dates]
        self._all_date_starts = starts if starts == sorted(starts) else None
        self._attach_title_only(entities, mentions, entity_of)
        u = units(doc)
        negotiation_cues = [t.start for t in self._trigger_spans if t.label_ == "negotiation"
                            and not {"میزبانی", "رئیس", "دبیر", "بخش", "آغاز", *ABOUT}
                            & set(self._words[max(0, t.start - 4):t.start])
                            and not (t.kb_id_.startswith("weak") and ABOUT.intersection(
                                self._words[u.clauses[u.clause_of[t.start]][0]:t.start]))
                            and not self._came_to_attend(t.start) and not self._names_the_sidelines(t)]
        self._negotiation_sentences: dict[int, list[int]] = {}  # where those cues stand, by sentence
        self._background_sessions: set[int] = set()  # sentences of sessions held before the article's news
        for start in negotiation_cues:
            self._negotiation_sentences.setdefault(u.sentence_of[start], []).append(start)
        # `از نقش قزاقستان در میزبانی دو دور از مذاکرات هسته‌ای قدردانی کرد`: rounds it hosted before, not these talks;
        # `برای رایزنی درباره دور آینده گفت‌وگوهای ژنو`: talks spoken about; `رئیس بخش روسی کمیسیون مشترک`: a title
        self._index_locations(doc, u)
        drafts: list[DraftEvent] = []
        for trigger in self._trigger_spans:
            strength, status = trigger.kb_id_.split(":")
            announced = self._announced_contact(trigger, mentions, entity_of, u)
            if announced is not None:
                announced.status = self._status(doc, trigger, u)
                if announced.status in ("planned", "hypothetical"):  # `از گفت‌وگوی تلفنی A با B خبر داد و گفت ...
                    # بی‌اثر خواهد شد`: what he said next is no plan of the contact
                    announced.status = self._read_status(doc, u.clauses[u.clause_of[trigger.start]][0],
                                                         announced.announced_end)
                if announced.status == "actual" and not UPCOMING_WORDS.isdisjoint(
                        self._words[trigger.start:announced.sides[-1].mention.end]):
                    announced.status = "planned"  # `از دیدار آتی X با Y خبر داد`: a contact to come
                drafts.append(announced)
                continue
            if trigger.id_ == "fa.trigger.meeting_noun":
                draft = self._meeting_of_two(trigger, mentions, entity_of, u)
                if draft is not None:
                    draft.status = self._status(doc, trigger, u)
                    if draft.status == "actual" and self._timed_after_it(trigger, u):
                        draft.status = "background"  # `این تماس چند هفته پس از دیدار X با Y صورت گرفت`
                    drafts.append(draft)
                    continue
            speech = self._speech_at_a_named_session(trigger, u)
            contacts = [d for d in drafts if d.status == "actual" and len(d.sides) >= 2
                        and not self._in_headline(doc, d.trigger, u)] if speech else []
            if speech and (not contacts or self._sidelined_sessions()):
                # (a speech told after the contacts an article is about is how the speaker spent his day there; on
                # the sidelines of a session, the speech of one of those it tells met, `در حاشیه کنفرانس با Y دیدار
                # کرد ... در نشست عمومی کنفرانس سخنرانی کرده بود`, is that session, which others who spoke attended)
                draft = self._draft(doc, trigger, mentions, entity_of, u)
                if draft is not None and contacts and draft.entity_keys().isdisjoint(
                        set().union(*(d.entity_keys() for d in contacts))) \
                        and not any(d.speech and d.status == "actual" for d in drafts):
                    continue
                if draft is not None:
                    draft.type, draft.speech = "multilateral_meeting", True
                    s_start = u.sentences[u.sentence_of[trigger.start]][0]
                    if self._chaired_in_its_relative(trigger, u) and (
                            self._organisation_between(s_start, trigger.start)
                            or self._names_several_states(self._words[s_start:trigger.start])):
                        self._chairs_of_the_session(draft, mentions, entity_of, u)  # `در نشست شورای امنیت ... که به
                        # ریاست / به میزبانی Y برگزار شد، سخنرانی کرد`: the chair or host attended the session too (not
                        # the speaker of a state's own parliament a guest spoke to: `در جلسه علنی ولسی جرگه که به ریاست
                        # Y ...`)
                    draft.status = self._status(doc, trigger, u)
                    past_perfect = self._past_perfect(trigger) and not self._sideline_speech(trigger, u)
                    if draft.status == "actual" and (past_perfect or self._years_ago(trigger)
                                                     or self._long_ago_or_counted(trigger)
                                                     or {"بود", "بودند"} & set(self._words[s_start:trigger.start])):
                        # (`اجلاس ... برگزار شده بود و X در جلسه افتتاحیه آن سخنرانی کرد`: a session told as past)
                        draft.status = "background"
                    drafts.append(draft)
                continue
            if strength != "strong" and status == "actual" and not self._receives_a_person(trigger) \
                    and not self._noun_of_a_coordinated_verb(trigger, u):
                continue
            if trigger.label_ in ("negotiation", "multilateral_meeting") and self._names_the_sidelines(trigger):
                continue  # `در حاشیه یازدهمین دور نشست آستانه با X دیدار کرد`: the round is where, not the contact
            if self._with_a_crowd(trigger, u):
                continue  # `از جمعه تاکنون با بیش از ۲۰ تن از همتایان خود گفت‌وگو کرده است`: a tally of contacts
            if trigger.id_ == "fa.trigger.was_welcomed" and self._at_an_arrival_point(trigger, u):
                continue  # `در میدان هوایی کابل از سوی X استقبال شد`: protocol on arrival, told apart from the talks
            if trigger.id_ == "fa.trigger.faced_a_welcome" and (self._welcome_of_what_was_said(trigger)
                                                                  or self._at_an_arrival_point(trigger, u)):
                continue  # `دعوت X را ابلاغ کرد که با استقبال Y روبه‌رو شد`: an invitation welcomed, no guest (or
                # protocol on arrival: `در بندر X پهلو گرفت و با استقبال مقامات ... روبه‌رو شد`)
            if trigger.id_ == "fa.trigger.welcomed_officially" and not self._welcomes_a_guest(trigger, mentions):
                continue  # `از برگزاری این نشست استقبال کردند`: welcomed an idea, received no one
            if trigger.id_ in ("fa.trigger.in_meeting_of", "fa.trigger.in_meeting_with") and any(
                    t.id_ in ATTENDANCE_TRIGGERS and {"با", "که"}.isdisjoint(self._words[trigger.end:t.start])
                    and (trigger.id_ == "fa.trigger.in_meeting_of" or self._met_before(trigger, t, mentions, entity_of))
                    for t in self._triggers_between(trigger.end, u.clauses[u.clause_of[trigger.start]][1])):
                continue  # `در دیدار سفیر ... نیز حضور داشت`: who attended the meeting just told, not another one
                # (not `در دیدار A با B که X نیز حضور داشت`: that meeting, with who attended it; `در دیدار با ولیعهد
                # سعودی حضور داشت`: the meeting with one told before)
            if trigger.id_ == "fa.trigger.in_meeting_of" and self._in_the_meeting_told(trigger):
                continue  # `در دیدار مسائل ...`, `در دیدار نخست که ...`: the meeting already told
            if trigger.id_ == "fa.trigger.phone_noun" and trigger.start > 0 and self._words[trigger.start - 1] == "برای" \
                    and any(w in NEGATED_LIGHT_VERBS or (w.startswith("ن") and w[1:] in PAST_VERBS)
                            for w in self._words[trigger.end:u.clauses[u.clause_of[trigger.start]][1]]):
                continue  # `برای گفت‌وگوی تلفنی با پوتین تماس گرفته اما پاسخی دریافت نکرده است`: a call sought, not had
            if trigger.id_ == "fa.trigger.in_a_multiparty_session" and self._verb_later_in_clause(trigger, u):
                continue  # `در نشستی سه‌جانبه ... دیدار کرده بودند`: the verb tells the contact (and when)
            draft = self._with_title_group(doc, trigger, self._draft(doc, trigger, mentions, entity_of, u), u)
            if draft is not None and len(draft.sides) == 1 and trigger.id_ in SUMMONS_TRIGGERS:
                self._add_summoning_ministry(draft, u)
            if draft is not None and len(draft.sides) == 1 and trigger.id_ == "fa.trigger.came_to_see_him":
                seen = self._antecedent(mentions, entity_of, draft.sides[0].mention.start)
                if seen is not None and seen is not draft.sides[0].entity:  # `X گفت که سفیر آلمان به دیدنش آمده`: X
                    draft.sides.insert(0, Side(seen, seen.first, rule="fa.person.seen_by_the_visitor"))
            if strength == "strong" and (draft is None or len(draft.sides) <= 1):
                draft = self._counted_heads(trigger, mentions, entity_of, u) or draft
            if draft is None and strength == "strong" and self._generic_plural_subject(trigger, u):
                # `مسئولان امنیتی ولایت نیمروز و مقام‌های مرزی ایران ... دیدار کردند`: who they were may follow
                c_start = u.clauses[u.clause_of[trigger.start]][0]
                draft = DraftEvent(trigger.label_, trigger, [trigger], [], unnamed=True,
                                   anaphoric=self._inside_this_meeting(c_start, trigger.start) is not None)
                # (`وزرای دفاع سه کشور در این نشست ... گفت‌وگو کردند`: the session just told)
            if draft is not None and trigger.id_ == "fa.trigger.signed" and (
                    self._signed_before_leaders(trigger, u) or self._signed_in_that_meeting(trigger, u)):
                draft.anaphoric = True  # `در حضور دو رئیس‌جمهور، X و Y قرارداد ... را امضا کردند`: at their meeting
                # (`در آن نشست که ... برگزار شد، دو وزیر یادداشت تفاهم ... را امضا کردند`: at the session just told)
            if draft is not None and trigger.id_ == "fa.trigger.sat_at_negotiating_table" and self._inside_this_meeting(
                    u.clauses[u.clause_of[trigger.start]][0], trigger.start) is not None:
                draft.anaphoric = True  # `در این نشست هیئت ایرانی به ریاست X و هیئت ... پشت میز مذاکره نشستند`: who sat
                # at the session just told
            if draft is not None and trigger.id_ == "fa.trigger.hosted" and self._hosts_a_summit(trigger):
                draft.type = "multilateral_meeting"  # `میزبان پنجمین نشست سران کشورهای ضامن روند آستانه بود`
            if draft is not None and trigger.id_ in CHAIRED_TRIGGERS and self._this_session_before(trigger, u):
                draft.anaphoric = True  # `X ریاست این اجلاس را بر عهده داشت`: who chaired the session just told
            if draft is not None and trigger.id_ == "fa.trigger.hosted" and self._hosts_what_was_told(trigger):
                draft.anaphoric = True  # `...؛ نشستی که میزبان آن X بود و Y نیز در آن حضور داشت`: who hosted it
            if draft is not None and strength == "strong":
                self._after_coordinated_contact(draft, u)
            if draft is not None:
                draft.status = status if status != "actual" else self._status(doc, trigger, u)
                if trigger.id_ in SUBJUNCTIVE_TRIGGERS:
                    draft.status = self._subjunctive_status(doc, trigger, u)
                if draft.status == "actual" and self._past_perfect(trigger) and (
                        (len(draft.sides) <= 1 and not self._also_this_week(trigger, u))
                        or self._names_a_month(trigger, u)
                        or (self._before_the_trip(trigger, u) and not self._stop_in_headline(trigger, u)
                            and self._words[trigger.end - 1] not in CALL_MODES  # (a call before the trip is no stop)
                            and not (self._dated_this_week(trigger, u)
                                     and (self._tour_told() or self._before_the_trip(trigger, u, ARRIVAL_WORDS))))
                        or self._days_ago(trigger) or self._names_a_year(trigger, u) or self._earlier_on(trigger, u)
                        or self._past_days(trigger, u)
                        or self._earlier_call(trigger, u) or self._on_earlier_trips(trigger, u)):
                    # `... رایزنی کرده بود`: an earlier stop with nobody named to meet, or `فروردین‌ماه ... ملاقات
                    # کرده بود`: a contact of an earlier month
                    draft.status = "background"
                if draft.status == "actual" and self._long_ago_or_counted(trigger):
                    draft.status = "background"
                if draft.status == "actual" and len(draft.sides) <= 1 and trigger.label_ == "visit" \
                        and self._dated_months_back(*u.clauses[u.clause_of[trigger.start]]):
                    draft.status = "background"  # `سلطان قابوس مرداد امسال ... به تهران سفر کرد`: a trip months before
                if draft.status == "actual" and self._in_recent_weeks(trigger, u):
                    draft.status = "background"  # `روحانی نیز در هفته‌های اخیر در تماس‌های تلفنی جداگانه با X و Y ...`
                if draft.status == "actual" and self._clause_told_earlier(trigger, u):
                    draft.status = "background"  # `پیش از این ... برای اشتراک در نشست سه جانبه ... آمده بود`
                if draft.status == "actual" and self._meeting_of_a_month(trigger):
                    draft.status = "background"  # `توافقات رهبران دو کشور در دیدار ژانویه امسال`: an earlier meeting
                if draft.status == "actual" and self._done_before_this(trigger, u):
                    draft.status = "background"  # `رئیسی پیش از این ... با X نیز دیدار کرده است`: met before, not now
                if draft.status == "actual" and self._thanked_for(trigger, u):
                    draft.status = "background"  # `از تماس‌های تلفنی X با همتای ترکش در شب کودتا قدردانی کرد`
                if draft.status == "actual" and self._in_that_year(trigger, u):
                    draft.status = "background"  # `... از سال ۲۰۱۶ است؛ در آن سال X با Y دیدار کرده بود`
                if draft.status == "actual" and trigger.label_ == "phone_call" and self._earlier_call(trigger, u) \
                        and self._verb_after_in_past_perfect(trigger):
                    draft.status = "background"  # `پیش از این X نیز در تماسی تلفنی با Y، ... را تسلیت گفته بود`
                if draft.status == "actual" and self._in_what_this_came_after(trigger, u):
                    draft.status = "background"  # `این دیدار چند روز پس از سفر X به مسقط انجام شد؛ سفری که ...`
                if len(draft.sides) >= 3:  # `مودی علاوه بر شریف، راجاپاکسه را نیز به حضور پذیرفت`: besides him, another
                    draft.sides = [s for s in draft.sides if self._words[max(0, s.mention.start - 2):s.mention.start]
                                   != ["علاوه", "بر"]]
                drafts.append(draft)
        first_held = min((u.sentence_of[t.start] for t in self._trigger_spans if t.id_ in HELD_TRIGGERS),
                         default=len(u.sentences))
        for trigger in self._trigger_spans:
            if trigger.id_ in HELD_TRIGGERS:
                draft = self._held(doc, trigger, mentions, entity_of, u)
                if draft is not None:
                    if draft.status == "actual" and (self._years_ago(trigger) or self._weeks_ago(trigger)):
                        draft.status = "background"  # `پنج سال پیش ... با حضور X و Y افتتاح شد`, `حدود سه هفته پیش
                        # ... برگزار شد`
                    if draft.status == "actual" and (self._early_in_a_month(trigger, u)
                                                     or self._only_dated_months_back(trigger, u)):
                        # `نشست سوم دوحه در اوایل ماه سرطان ... برگزار شد`, `گفتگوهای سفیران ... که خرداد ماه ... برگزار
                        # شد` (told in Tir): a session before the article's news
                        draft.status = "background"
                        self._background_sessions.add(u.sentence_of[trigger.start])  # (and who took part in it)
                    drafts.append(draft)
            elif trigger.id_ == "fa.trigger.took_part" and u.sentence_of[trigger.start] < first_held:
                # a session told as held (`برگزار شد`) before or in the same sentence is drafted from that
                draft = self._took_part(doc, trigger, mentions, entity_of, u)
                if draft is not None:
                    drafts.append(draft)
        drafts = [part for d in drafts for part in self._each_of_those(d, mentions, entity_of, u)]
        drafts = [part for d in drafts for part in self._split_separate(d, u)]
        drafts.sort(key=lambda d: d.trigger.start)
        first_contact = min((u.sentence_of[d.trigger.start] for d in drafts if d.status == "actual" and d.sides
                             and not (d.trigger.id_ == "fa.trigger.took_part" and len(d.sides) < 2)), default=None)
        # (`X در اجلاس سران ... شرکت کرد` names one side of the summit: who else attended is still to be read)
        first_in_body = min((u.sentence_of[d.trigger.start] for d in drafts if d.status == "actual" and d.sides
                             and not (d.trigger.id_ == "fa.trigger.took_part" and len(d.sides) < 2)
                             and not self._in_headline(doc, d.trigger, u)), default=first_contact)
        # (`پزشکیان در کازان با السیسی و رامافوزا دیدار کرد` as the headline: the summit told first in the body is
        # still read)
        summit_attendance = self._summit_attended_before(first_in_body, u) if first_contact is not None and not any(
            d.status == "actual" and d.type == "multilateral_meeting" and len(d.sides) >= 2
            and not self._in_headline(doc, d.trigger, u) for d in drafts) else []
        # (a headline that tells the session by its ministers' titles does not tell who the body says attended it)
        chaired_speeches = self._speeches_at_a_chaired_session(u)
        speech_starts = {d.trigger.start for d in drafts if d.speech}
        if first_contact is None or summit_attendance or chaired_speeches:
            earlier_clauses = {u.clause_of[d.trigger.start]: d.trigger.start for d in drafts
                               if d.status == "background"}
            for trigger in self._trigger_spans:
                if trigger.kb_id_ != "weak:actual" or (trigger.id_ in ("fa.trigger.spoke_at", "fa.trigger.chair_was",
                                                                       *OPENING_TRIGGERS, *REPORT_TRIGGERS)
                                                       and trigger not in chaired_speeches):
                    continue  # a speech alone is no contact (it tells who attended a session told otherwise)
                if first_contact is not None and trigger not in summit_attendance and trigger not in chaired_speeches:
                    continue
                if trigger.start in speech_starts:
                    continue  # (drafted already as a speech at the session its clause names)
                if trigger.start < earlier_clauses.get(u.clause_of[trigger.start], -1) \
                        and self._words[trigger.start] in SESSION_NAMING_NOUNS:
                    continue  # `اواسط همین ماه در پنجمین نشست ... با یکدیگر دیدار کرده بودند`: the session where a
                    # contact told as background took place is background too
                if trigger.id_ == "fa.trigger.meeting_noun" and any(
                        t.id_ in ATTENDANCE_TRIGGERS for t in self._triggers_between(trigger.end, trigger.end + 1)):
                    continue  # `X نیز در نشست حضور داشت`: the noun is the attendance's, drafted from its verb
                if trigger.id_ in RECEIVED_GUEST and not self._receives_a_person(trigger):
                    continue  # `دعوت وزیر خارجه را پذیرفت`: an invitation accepted, no one received
                if trigger.id_ != "fa.trigger.spoke_at" and self._spoken_about(trigger, u):
                    continue  # `درباره سفر تابستان امسال خود و دیدار با X گفت`: a contact he spoke about (a speech
                    # is about something: `درباره حاکمیت قانون سخنرانی کرد`)
                if self._names_the_sidelines(trigger):
                    continue  # `... دیدار A با B در حاشیه نشست اوفا`: the session is where, not a contact
                if trigger.id_ == "fa.trigger.took_part" and self._among_a_crowd(trigger, u):
                    continue  # `در جمع ایرانیان مقیم آمریکا حضور یافت`: a gathering, no session or counterpart
                if not NO_CONTACT_BEFORE.isdisjoint(self._words[max(0, trigger.start - 2):trigger.start]):
                    continue  # `آمادگی دیدار با همتای خود را دارد`, `پیش از هرگونه نشست`: no contact told
                if trigger.id_ == "fa.trigger.summit" and self._summit_prepared_for(trigger):
                    continue  # `از آمادگی دوشنبه برای میزبانی اجلاس سران ... خبر داد`: a summit still to come
                draft = self._draft(doc, trigger, mentions, entity_of, u)
                if draft is not None:  # a weak noun alone is no evidence for guessing a side from an earlier sentence
                    draft.sides = [s for s in draft.sides if s.rule != "fa.person.previous_subject"]
                if draft is not None and (trigger in summit_attendance or trigger in chaired_speeches):
                    self._chairs_of_the_session(draft, mentions, entity_of, u)
                countries = {self._side_country(s) for s in draft.sides} if draft is not None else set()
                if draft is not None and trigger.id_ in HELD_TRIGGERS and len(draft.sides) >= 2 \
                        and len(countries) == 1 and None not in countries:
                    continue  # `نمایشگاه ... با بازدید رئیس‌جمهور و وزیر دفاع گشایش یافت`: one state's officials
                if draft is not None and (len(draft.sides) >= 2 or trigger.label_ == "multilateral_meeting"):
                    if trigger.id_ in ATTENDANCE_TRIGGERS and any(
                            d.status == "actual" and d.trigger.start < trigger.start
                            and (d.trigger.id_ in HELD_TRIGGERS or d.trigger.id_ == "fa.trigger.took_part"
                                 or d.trigger in chaired_speeches)
                            for d in drafts):
                        draft.anaphoric = True  # `نشست ... برگزار شد. ... هیئت X را Y رهبری می‌کرد`: who attended it
                        # (or `در این نشست X و Y شرکت داشتند. ...`)
                    draft.status = self._status(doc, trigger, u)
                    if draft.status == "actual" and (self._years_ago(trigger) or self._early_in_a_month(trigger, u)
                                                     or self._only_dated_months_back(trigger, u)):
                        draft.status = "background"  # (`آخرین دیدار ... با X در اوایل ماه قوس انجام شد`: an earlier one)
                    if draft.status == "actual" and self._negated_after(trigger, u):
                        draft.status = "denied"  # `گفت دیدار با نماینده آمریکا در برنامه این سفر نیست`
                    drafts.append(draft)
            if summit_attendance or chaired_speeches:
                drafts.sort(key=lambda d: d.trigger.start)  # the summit goes before its sideline contacts (and the
                # speech before the sentence that tells who chaired its session)
        if first_contact is not None:
            told = {d.trigger.start for d in drafts}
            for trigger in self._trigger_spans:
                if trigger.kb_id_ == "weak:actual" and trigger.start not in told \
                        and self._nominal_contact(doc, trigger, mentions, u):
                    draft = self._nominal_draft(trigger, mentions, entity_of, u)
                    if draft is not None:
                        draft.status = self._status(doc, trigger, u)
                        if draft.status == "actual" and (self._years_ago(trigger) or self._early_in_a_month(trigger, u)
                                                         or self._only_dated_months_back(trigger, u)
                                                         or self._timed_after_it(trigger, u)):
                            draft.status = "background"  # `آخرین دیدار ... با X در اوایل ماه قوس انجام شد`
                        drafts.append(draft)
                elif trigger.start not in told and self._heads_of_sides_first(doc, trigger, drafts, u):
                    # (`X و Y امروز ریاست هیئت‌های دو کشور را در دور تازه مشوره‌ها به عهده داشتند` before a later
                    # meeting of one of them: the round of talks, told by who led its sides)
                    draft = self._draft(doc, trigger, mentions, entity_of, u)
                    states = {self._side_country(s) for s in draft.sides} - {None} if draft is not None else set()
                    if len(states) >= 2:
                        if len(states) == 2:
                            draft.type = "negotiation"  # (the delegations of two states: a round of talks)
                        draft.status = self._status(doc, trigger, u)
                        drafts.append(draft)
            drafts.sort(key=lambda d: d.trigger.start)
        if self._quotes:  # (when something else reports a contact, only those the speaker tells as his own)
            drafts += self._quoted_contacts(doc, mentions, entity_of, u, own_only=any(
                d.status == "actual" and len(d.sides) >= 2 for d in drafts))
        if not any(d.status == "actual" and len(d.sides) >= 2 for d in drafts):
            drafts += self._relative_contacts(doc, mentions, entity_of, u)
        else:  # (an earlier stop told again later, with the same people, is that contact already)
            told = [d.entity_keys() for d in drafts if d.status == "actual"]
            drafts += [d for d in self._relative_contacts(doc, mentions, entity_of, u, earlier_stops_only=True)
                       if not any(d.entity_keys() <= keys for keys in told)]
        phone_sentences = {u.sentence_of[t.start] for t in self._trigger_spans if t.label_ == "phone_call"
                           and not ("با" in self._words[t.end - 1:t.end + 1] and self._an_interview(t))}
        # (`در گفتگوی تلفنی با مهر از دیدار خود با X خبر داد`: an interview by phone makes no meeting a call)
        coordinated = {u.sentence_of[d.trigger.start] for d in drafts if d.coordinated}
        for draft in drafts:
            if draft.type in ("meeting", "negotiation") and u.sentence_of[draft.trigger.start] in phone_sentences \
                    and u.sentence_of[draft.trigger.start] not in coordinated \
                    and not (draft.trigger.id_ in HELD_TRIGGERS and self._session_joined_by_video(draft.trigger, u)):
                draft.type = "phone_call"
        self._background_sentences = {u.sentence_of[d.trigger.start] for d in drafts  # another trip's, told before
                                      if d.status == "background"
                                      and (self._earlier_on(d.trigger, u) or self._days_ago(d.trigger))}
        # (`X هفته گذشته در سفری به واشنگتن با Y دیدار کرده بود`: that trip's city is no later contact's)
        self._talks_after_the_welcome(drafts, u)
        drafts = [d for d in drafts if not self._banquet_of_a_contact_told(d, drafts)]
        actual = [d for d in drafts if d.status == "actual"]
        actual = self._merge([d for d in actual if not self._protocol_welcome(d, actual)], doc, u)
        for event in actual:
            self._drop_counted_titles(event)
        actual = [e for e in actual if not self._one_states_arrival(e)]
        self._attendance(doc, actual, mentions, entity_of, u)
        self._plural_back_references(actual, u)
        self._counted_title_sides(actual, u)
        actual = self._fold_back_references(actual, u)
        actual = self._fold_pair_subjects(actual, u)
        for event in actual:
            self._drop_counted_titles(event)  # (again: `سه وزیر` counts one named only as attending)
            if event.unnamed and len(event.sides) < 2:
                self._delegations_of_countries(event, u)
        actual = [e for e in actual if self._enough_sides(e) and not self._one_states_session(e)]
        actual = [e for e in actual if not self._an_arrival_aside(e, actual)]
        if any(self._on_sidelines(e.trigger) for e in actual):
            actual = [e for e in actual if not self._only_its_host(e)]
        others = [d for d in drafts if d.status not in ("actual", "background") and d.sides]
        for event in actual + others:
            self._resolve_counterparts(event, entities)
        actual = self._fold_closing_signings(actual, u)
        for event in actual:
            self._drop_group_titles_named_apart(event)
            self._drop_bare_minister_named(event)
        self._subject_with_a_side(actual, mentions, entity_of, u)
        for event in actual + others:
            self._resolve_type(event, doc, u)
        self._subjects_at_the_session(doc, actual, mentions, entity_of, u)
        self._lead_negotiation(actual, doc, u)
        self._scopes(actual, doc, u)
        self._previous_date = None
        for event in actual + others:
            self._locate(event, doc, u)
            self._date(event, doc, u, published)
            if event.date_resolved is not None and event.status == "actual":
                self._previous_date = (event.date, event.date_resolved)
        actual = [e for e in actual if not self._dated_long_before(e, published)] or actual[:0]
        self._calls_by_reference(actual, doc, u)
        self._state_visits(doc, actual, entity_of, u)
        self._welcoming_hosts(actual, entity_of, u)
        actual = self._working_trips(actual)
        actual = self._talks_of_the_visit(actual)
        actual = self._unnamed_guest_met_again(actual, u)
        actual = [e for e in actual if not self._ceremony_by_video(e, u)]
        actual += self._attendance_told_by_a_noun(doc, actual, mentions, entity_of, u)
        previous = None
        arrivals = [e for e in actual if e.location is not None
                    and e.location.rule in ("fa.location.arrived", "fa.location.travel_to")]
        previous_event = None
        for event in actual:
            if event.location is None and previous is not None and event.type != "phone_call":
                event.location = previous
                event.trace["location"] = "fa.location.previous_event"
            elif event.location is not None and event.location.rule == "fa.location.dateline" \
                    and previous is not None and previous.rule != "fa.location.dateline" \
                    and self._location_country(previous) != self._location_country(event.location) \
                    and previous_event is not None and (previous_event.entity_keys() & event.entity_keys()
                                                        or self._on_sidelines(event.trigger)):
                # `کابل (پژواک): X که به ترکمنستان سفر کرده، در عشق‌آباد با A ... دیدار کرد ... X پس از آن با B ملاقات
                # کرد`: the traveller's next contact is where his trip is, not at the desk the report came from
                event.location = previous
                event.trace["location"] = "fa.location.previous_event"
            if event.location is None and previous is None and event.type != "phone_call":
                # `روحانی امروز X را به حضور پذیرفت` ... `X که روز گذشته وارد تهران شد، ... با ظریف دیدار کرد`: the
                # city the visitor arrived in, told with his later contact
                later = next((e for e in arrivals if e.entity_keys() & event.entity_keys()), None)
                if later is not None:
                    event.location = later.location
                    event.trace["location"] = "fa.location.later_arrival"
            previous = event.location or previous
            if event.location is not None:
                previous_event = event
            if event.location is None and event.type != "phone_call":
                event.location = self._home_capital(event)
                if event.location is not None:
                    event.trace["location"] = event.location.rule
            self._topics(event, doc)
            self._confidence(event)
        for event in actual + others:
            self._unqualified_offices(event)
        set_ext(doc, "events", actual)
        set_ext(doc, "other_contacts", [o for o in others if o.sides])
        set_ext(doc, "context", {**context, "entities": entities, "era": self._era})
        return doc

    def _attach_title_only(self, entities: list[Entity], mentions: list[PersonMention], entity_of: dict) -> None:
        """A title-only mention joins the person it refers back to.

        That is the nearest person named before it, in an earlier sentence, with the same role (and
        country, when the title has one; else preferably of the outlet's country); with nobody before it,
        the only such person in the article.
        """
        sentence_of = self._units.sentence_of
        by_role: dict[str, list[tuple[Entity, str | None, list[int], set[int]]]] = {}
        for e in entities:
            role = e.best("role")
            if role is not None and not e.is_reporter and not self._former(e) and not self._only_a_sender(e):
                starts = sorted(x.start for x in e.named)
                by_role.setdefault(role, []).append((e, self._country(e), starts, {sentence_of[x] for x in starts}))
        role_index: dict[str, _RoleHolders] = {}  # (the holders of each role asked about, indexed)
        bare_by_sentence: dict[int, list[Entity]] = {}  # people named by a bare name only, by the sentences naming them
        for e in entities:
            if not e.official_id and not e.is_reporter and any(x.rule in ("fa.person.bare_name", "fa.person.guillemets")
                                                                for x in e.named):
                for k in {sentence_of[x.start] for x in e.named}:
                    bare_by_sentence.setdefault(k, []).append(e)
        holders: dict[str, set[str]] = {}  # a title seen attached to one named person (`مذاکره‌کننده ارشد کشورمان`)
        by_title: dict[str, Entity] = {}
        titled: dict[tuple[str, ...], list[tuple[tuple[str, ...], Entity]]] = {}  # named people's titles by 3 words
        words = self._words
        for e in entities:
            for x in e.named:
                for title in (x.title, x.extra.get("second_title")):
                    if title is not None and title.title_id and not e.is_reporter and not self._former(e):
                        holders.setdefault(title.title_id, set()).add(e.key)
                        by_title.setdefault(title.title_id, e)
                        full_title = tuple(words[title.start:title.end])
                        if title.country is None or title.country_rule == "fa.country.institution_after_title":
                            # (not `سرپرست وزارت خارجه ازبکستان`: a title named with its country is that country's)
                            titled.setdefault(full_title[:3], []).append((full_title, e))
        of_org: dict[str, list[tuple[int, Entity]]] = {}  # people named with an organisation's office, by organisation
        for e in entities:
            for x in e.named:
                if x.title is not None and x.title.org and not e.is_reporter:
                    of_org.setdefault(x.title.org, []).append((x.start, e))
        surnamed: dict[str, tuple[int, Entity]] = {}  # people named in full with a role, by surname
        for e in entities:
            if not e.is_reporter and e.best("role") is not None:
                for x in e.named:
                    if x.name_end - x.name_start >= 2:
                        surnamed.setdefault(self._last_name(words[x.name_start:x.name_end]), (x.start, e))
        leaders: dict[str | None, list[tuple[int, Entity]]] | None = None  # (delegations' heads, read when asked)
        for m in mentions:
            if m.kind != "title_only" or m.role is None:
                continue
            if m.end - m.start == 1 and surnamed.get(words[m.start], (m.start,))[0] < m.start:
                # `ملک همچنین اعلام کرد` after `رحمان ملک وزیر کشور پاکستان`: his surname, not a king's title
                known = surnamed[words[m.start]][1]
                known.mentions.append(m)
                entity_of[id(m)] = known
                continue
            title_id = m.title.title_id if m.title is not None else None
            if (title_id or "").startswith(THIS_OFFICIAL) and m.start > 0 and words[m.start - 1] == "این" \
                    and m.country is not None:
                told = self._official_told_before(m, entity_of)
                if isinstance(told, Entity):  # `این مقام نظامی پاکستانی`: the Pakistani told before, whatever
                    # his office
                    own = next((x.title for x in told.mentions if x.title is not None and x.title.role), None)
                    m.title = replace(own, start=m.title.start, end=m.title.end) if own is not None else None
                    # (his office, not the generic `مقام`; with none told, the register's)
                    told.mentions.append(m)
                    entity_of[id(m)] = told
                    continue
                if told is not None:  # (one told by title only: his office, told at this mention)
                    m.title = replace(told.title, start=m.title.start, end=m.title.end)
                    continue
            if title_id == "fa.title.representative_of_org":
                # `نماینده سازمان ملل` after `تام کوینگز نماینده ویژه سرمنشی سازمان ملل`: the one named with that
                # body's office
                named = {e.key: e for start, e in of_org.get(m.title.org, ()) if start < m.start} or {
                    e.key: e for e in entities if not e.is_reporter
                    and e.best("role") in ("envoy", "head_of_organization")
                    and self._country(e) is None and min(x.start for x in e.named) < m.start}
                # (or the one envoy or head of a body of no state named before: `کوفی عنان نماینده ویژه مشترک ...`)
                if len(named) == 1:
                    known = next(iter(named.values()))
                    known.mentions.append(m)
                    entity_of[id(m)] = known
                    continue
            known = by_title.get(title_id) if len(holders.get(title_id, ())) == 1 else None
            if known is not None and self._bare_office_apart(m.title, known):
                known = None  # `فرمانده این نیرو` is not `X فرمانده نیروهای دفاعی تانزانیا`: one head word, two offices
            if known is None and m.title is not None and m.title.end - m.title.start >= 3:
                # `رئیس کمیسیون امنیت ملی مجلس` after `X رئیس کمیسیون امنیت ملی و سیاست خارجی مجلس شورای اسلامی`:
                # the shorter title of one person named with the full one
                head = tuple(words[m.title.start:m.title.end])
                full = {e.key: e for t, e in titled.get(head[:3], ()) if len(t) > len(head) and t[:len(head)] == head}
                known = next(iter(full.values())) if len(full) == 1 else None
            if known is not None and m.country is None and self._source_country \
                    and self._country(known) != self._source_country \
                    and any(self._country(e) == self._source_country for e, _c, _s, _n in by_role.get(m.role, [])):
                known = None  # `سرپرست وزارت خارجه` in Bakhtar is the Afghan one, not Uzbekistan's named with that title
            if known is not None and min(x.start for x in known.named) < m.start \
                    and (m.country is None or m.country == self._country(known)):
                known.mentions.append(m)
                entity_of[id(m)] = known
                continue
            if self._heads_a_delegation(m):
                if leaders is None:
                    leaders = self._delegation_leaders(entities)
                led = [e for start, e in leaders.get(m.country, ()) if start < m.start]
                if led:  # `رئیس هیئت ایرانی` after `هیئت کشورمان به ریاست X`, `X که در راس هیئتی ...`: X
                    led[-1].mentions.append(m)
                    entity_of[id(m)] = led[-1]
                    continue
            of_role = role_index.get(m.role)
            if of_role is None:
                of_role = role_index[m.role] = _RoleHolders(by_role.get(m.role, []))
            # (the matches: the holders of the role (of the title's country) not named in its sentence; with no
            # country, the outlet's own officials when one fits: `سرپرست وزارت خارجه`)
            nearest, only = of_role.find(m.start, m.country, sentence_of[m.start], self._source_country)
            if nearest is not None and not UNIT_WORDS.isdisjoint(self._words[m.title.start:m.title.end]) \
                    and self._commands_another_unit(m, nearest):
                nearest = None  # `فرمانده منطقه یکم نیروی دریایی` after `خانزادی فرمانده نیروی دریایی`: a unit's
            same_office = only is not None and title_id is not None and title_id in self._titles_of(only)
            later_only = (m.role != "official" or m.country is not None or same_office) and (
                m.role != "military_commander" or title_id is None or same_office)
            # `معاون والی` is not the spokesman named later: an office of role `official` must be the same office;
            # nor is `فرمانده ناوگروه` the navy's commander named later (`به دستور دریادار X فرمانده نیروی دریایی`)
            if nearest is not None and self._holds_an_office_apart(m, nearest):
                nearest = None  # `سرکنسول کشورمان` is not the ambassador named before
            if only is not None and self._holds_an_office_apart(m, only):
                only = None
            if only is not None and nearest is None and self._holds_another_fixed_office(m, only):
                only = None  # `رئیس مجلس نمایندگان ... تاجیکستان` is not `X رئیس مجلس ملی ... تاجیکستان` named later
            pick = nearest if nearest is not None else (only if only is not None and later_only else None)
            if pick is not None and self._in_another_office(m, pick) and self._also_present(m) \
                    and self._named_in_meeting_told(pick, sentence_of[m.start]):
                pick = None  # `... با سرلشکر X فرمانده کل ارتش دیدار کرد. در این دیدار که فرمانده نیروی زمینی ارتش
                # نیز حضور داشت`: someone else who also attended, not X of the same role met in it
            if pick is None and m.country is not None and m.country != self._source_country \
                    and not of_role.any_match(m.country, sentence_of[m.start]):
                pick = self._only_bare_name_before(bare_by_sentence, m)
            if pick is None and m.role == "minister" and m.country is not None and m.country != self._source_country \
                    and title_id == "fa.title.minister":  # (`وزیر انرژی ازبکستان` tells a portfolio: not any minister)
                pick = self._only_minister_before(by_role, m)
            if m.country is None and self._source_country and pick is not None \
                    and self._country(pick) not in (None, self._source_country):
                pick = self._own_office_holder_before(entities, m) or pick  # (not Saud al-Faisal, named later)
            if pick is not None:
                pick.mentions.append(m)
                entity_of[id(m)] = pick
        self._pair_titles_to_names(entities, mentions, entity_of)
        self._name_the_speaker(entities, mentions, entity_of)
        self._name_the_one_in_the_meeting(entities, mentions, entity_of)
        self._name_the_chairs(mentions, entity_of)

    def _heads_a_delegation(self, m: PersonMention) -> bool:
        """`رئیس هیئت ایرانی`, `سرپرست هیئت مذاکره‌کننده کشورمان`: the head of a state's delegation (not the head of a
        mission, `رئیس هیئت نمایندگی`, nor of a board or cabinet), with its country told."""
        words = self._words
        return m.title is not None and m.country is not None and m.role in ("official", "envoy") \
            and m.title.end - m.title.start >= 2 and words[m.title.start] in DELEGATION_LEADERS \
            and words[m.title.start + 1] in DELEGATION_WORDS

    def _delegation_leaders(self, entities: list[Entity]) -> dict[str | None, list[tuple[int, Entity]]]:
        """The people named as leading a delegation (`هیئت کشورمان به ریاست X`, `X که در راس یک هیئت ... آمده است`),
        by country, in the order of those mentions."""
        words = self._words
        found: list[tuple[int, Entity]] = []
        for e in entities:
            if e.is_reporter:
                continue
            for x in e.named:
                opening = min(x.start, x.title.start) if x.title is not None else x.start
                end = max(x.end, x.title.end) if x.title is not None else x.end
                if (opening >= 2 and words[opening - 1] in DELEGATION_HEAD and words[opening - 2] == "به") \
                        or ("راس" in words[end:end + 4] and not ANY_DELEGATION_WORDS.isdisjoint(
                            words[end:end + 6])):
                    found.append((x.start, e))
        leaders: dict[str | None, list[tuple[int, Entity]]] = {}
        for start, e in sorted(found, key=lambda f: f[0]):
            leaders.setdefault(self._country(e), []).append((start, e))
        return leaders

    def _official_told_before(self, m: PersonMention, entity_of: dict) -> Entity | PersonMention | None:
        """Whom `این مقام نظامی پاکستانی` (this Pakistani military official) takes up: the nearest person of that
        country told in the sentences before (within about 150 words), named or by title."""
        sentence_of = self._units.sentence_of
        low = bisect_left(self._mention_starts, max(0, m.start - 150))
        for x in reversed(self._mentions[low:bisect_left(self._mention_starts, m.start)]):
            if sentence_of[x.start] == sentence_of[m.start] or x.is_reporter or x.start in self._quotes \
                    or (x.start > 0 and self._words[x.start - 1] in GENITIVE_HEADS) \
                    or self._message_head_before(x) is not None:
                continue  # (not whose message was handed over: `پیام ژنرال X را ... تسلیم کرد`, `سلام سلطان X را
                # ابلاغ کرد`, `پیام تبریک X`)
            entity = entity_of.get(id(x))
            country = self._country(entity) if entity is not None else x.country
            if country == m.country and (entity is not None or (x.kind == "title_only" and x.role)):
                return entity if entity is not None else x
        return None

    def _own_office_holder_before(self, entities: list[Entity], m: PersonMention) -> Entity | None:
        """`وزیر امور خارجه` with no country, in an outlet of Iran, after `محمدجواد ظریف` named with no title: the one
        person of the outlet's country named before it whom the register gives that office on the day."""
        found = [e for e in entities if not e.is_reporter and e.best("role") is None and e.official_id
                 and self._country(e) == self._source_country and self._role(e) == m.role
                 and min(x.start for x in e.named) < m.start]
        return found[0] if len(found) == 1 else None

    def _only_minister_before(self, by_role: dict, m: PersonMention) -> Entity | None:
        """`وزیر عمانی` (a minister, no portfolio told) after `بدر بن سعود وزیر مسئول امور دفاعی عمان`: the one
        minister of that country, whatever the portfolio, named before it."""
        found = {e.key: e for role, holders in by_role.items() if role in MINISTER_ROLES
                 for e, country, starts, _sentences in holders if country == m.country and starts and starts[0] < m.start}
        return next(iter(found.values())) if len(found) == 1 else None

    def _pair_titles_to_names(self, entities: list[Entity], mentions: list[PersonMention], entity_of: dict) -> None:
        """`ژائو شینگ ... با شهاب‌الدین دلاور دیدار کرد. سفیر چین در این دیدار با سرپرست وزارت معادن ...`: two
        people named with no office (`A ... با B`), then two titles no one holds in the same shape opening the next
        sentence (`T1 ... با T2`): T1 is A's office and T2 is B's."""
        u = self._units
        words = self._words
        unheld: dict[int, list[PersonMention]] = {}  # title-only mentions still nobody's, by sentence
        for m in mentions:
            if m.kind == "title_only" and m.role is not None and entity_of.get(id(m)) is None:
                unheld.setdefault(u.sentence_of[m.start], []).append(m)
        if not unheld:
            return
        untitled: dict[int, list[tuple[PersonMention, Entity]]] = {}  # people named with no office, by sentence
        for e in entities:
            if e.official_id or e.is_reporter or e.best("role") is not None or e.best("country") is not None:
                continue
            for x in e.named:
                untitled.setdefault(u.sentence_of[x.start], []).append((x, e))
        for k, titles in unheld.items():
            if k == 0 or len(titles) != 2 or titles[0].start != u.sentences[k][0]:
                continue
            first, second = titles
            if words[second.start - 1] != "با" or "با" in words[first.end:second.start - 1]:
                continue
            named = untitled.get(self._sentence_before(k), [])
            if len(named) != 2 or named[0][1] is named[1][1]:
                continue
            (a, person_a), (b, person_b) = sorted(named, key=lambda pair: pair[0].start)
            if words[b.start - 1] != "با" or "با" in words[a.end:b.start - 1]:
                continue
            for title, person in ((first, person_a), (second, person_b)):
                person.mentions.append(title)
                entity_of[id(title)] = person

    def _only_bare_name_before(self, bare_by_sentence: dict[int, list[Entity]], m: PersonMention) -> Entity | None:
        """`داویت تونویان ... با X دیدار کرد. وزیر دفاع ارمنستان که ... سفر کرده است`: a foreign title no one named
        holds, opening the sentence after the one that named a person by a bare name (`_bare_names`: no office, no
        country, not registered), is that person's when he is the only such one."""
        u = self._units
        sentence = u.sentence_of[m.start]
        if sentence == 0 or u.sentences[sentence][0] != m.start:
            return None
        bare = [e for e in bare_by_sentence.get(self._sentence_before(sentence), ())
                if e.best("role") is None and e.best("country") is None]
        return bare[0] if len(bare) == 1 else None

    def _name_the_speaker(self, entities: list[Entity], mentions: list[PersonMention], entity_of: dict) -> None:
        """`استاندار هرمزگان ... گفت: ... . مهدی دوستی ... افزود`: a speaker known by title, whose words the next
        sentence goes on with under a bare name (no title, not registered), is that person."""
        u = self._units
        for e in entities:
            first = e.first
            if e.official_id or e.best("role") or e.best("country") or first.kind != "name" or e.is_reporter:
                continue
            k = u.sentence_of[first.start]
            goes_on = self._words[first.end:min(first.end + 15, u.sentences[k][1])]
            if k == 0 or u.sentences[k][0] != first.start or self._words[first.end] in ("نیز", "هم") \
                    or not any(w in ("افزود", "ادامه") for w in goes_on):
                continue  # `X نیز ... گفت` is the other side's reply; `X ... افزود` goes on with the same words
            speaker = None
            for j in range(k - 1, max(-1, k - 4), -1):  # (the sentence before, or the one a quote's sentences follow)
                p_start, p_end = u.sentences[j]
                if not any(w.strip() and w not in PUNCT_ONLY for w in self._words[p_start:p_end]):
                    continue  # (a blank line, or a quotation's closing mark left alone)
                speaker = next((m for m in between(self._mention_starts, mentions, p_start, p_end)
                                if m.kind == "title_only" and m.role and entity_of.get(id(m)) is None), None)
                if speaker is not None or not any(i in self._quotes for i in range(p_start, p_end)):
                    break  # (only a quotation's sentences may stand between the speaker and his name)
            if speaker is None or not any(w in SPEECH_GOES_ON for w in self._words[speaker.end:p_end]):
                continue
            title_id = speaker.title.title_id if speaker.title is not None else None
            for m in mentions:
                if m.kind == "title_only" and entity_of.get(id(m)) is None and m.title is not None \
                        and m.title.title_id == title_id and (m.country or None) == (speaker.country or None):
                    e.mentions.append(m)
                    entity_of[id(m)] = e
            e.mentions.sort(key=lambda x: x.start)

    def _name_the_one_in_the_meeting(self, entities: list[Entity], mentions: list[PersonMention],
                                     entity_of: dict) -> None:
        """`استاندار کرمانشاه ... در دیدار با استاندار سلیمانیه ... شد. هوشنگ بازوند در این دیدار ... گفت`: a bare name
        (no title, not registered) that opens a sentence speaking "in this meeting" is the one side of the meeting
        told before only by title, of the outlet's country for a Persian first name, of another for a foreign one."""
        u = self._units
        source = self._source_country
        for e in entities:
            first = e.first
            if e.official_id or e.best("role") or e.best("country") or first.kind != "name" or e.is_reporter \
                    or source is None:
                continue
            k = u.sentence_of[first.start]
            if k == 0 or not self._opens_sentence(first.start, u.sentences[k][0]):
                continue
            j = first.end
            while j < len(self._words) and self._words[j] in ("»", "نیز"):
                j += 1
            w = self._words[j:j + 4]
            if not ((w[:2] == ["در", "این"] and w[2:3] and w[2] in THIS_MEETING_NOUNS)
                    or (w[:3] == ["پس", "از", "این"] and w[3:4] and w[3] in THIS_MEETING_NOUNS)):
                continue
            told = None
            for before in range(k - 1, max(-1, k - 4), -1):
                t_start, t_end = u.sentences[before]
                if any(t_start <= t < t_end for t in self._trigger_starts):
                    told = (t_start, t_end)
                    break
            if told is None:
                continue
            persian = self._words[first.name_start if first.name_start is not None else first.start] \
                in self.kb.persian_given_names
            sides = [m for m in between(self._mention_starts, mentions, *told)
                     if m.kind == "title_only" and m.role and entity_of.get(id(m)) is None and m.country is not None
                     and (m.country == source) == persian]
            if len(sides) != 1:
                continue
            title_id = sides[0].title.title_id if sides[0].title is not None else None
            for m in mentions:
                if m.kind == "title_only" and entity_of.get(id(m)) is None and m.title is not None \
                        and m.title.title_id == title_id and m.country == sides[0].country:
                    e.mentions.append(m)
                    entity_of[id(m)] = e
            e.mentions.sort(key=lambda x: x.start)

    def _name_the_chairs(self, mentions: list[PersonMention], entity_of: dict) -> None:
        """`نشست ... به ریاست معاون امنیتی وزیر کشور و معین امنیتی وزارت داخله افغانستان برگزار شد. علی عبداللهی در این
        نشست ... گفت`: the chairs of a session told by their offices, then named in the next sentence as its people
        (`A و B در این نشست`, `در این نشست ... A و B ... بحث کردند`): each name takes the office nobody holds of his
        country and role, or, of two such, the one in the same place of the list."""
        u = self._units
        words = self._words
        for k, t1 in enumerate(mentions):
            if t1.kind != "title_only" or t1.role is None or "ریاست" not in words[max(0, t1.start - 3):t1.start]:
                continue
            t2 = next((m for m in mentions[k + 1:k + 2] if m.kind == "title_only" and m.role is not None
                       and words[t1.end:m.start] == ["و"]), None)
            if t2 is None:
                continue
            titles = [t1, t2]
            nxt = next((k for k in range(u.sentence_of[t1.start] + 1, len(u.sentences)) if self._has_words(k)), None)
            if nxt is None:
                continue
            s_start, s_end = u.sentences[nxt]
            if not any(words[i] == "این" and words[i + 1] in THIS_MEETING_NOUNS and words[i - 1] == "در"
                       for i in range(s_start + 1, min(s_end, len(words) - 1))):
                continue
            named = [m for m in between(self._mention_starts, mentions, s_start, s_end) if m.kind == "name"]
            if not named:
                continue
            heads = named[:2] if len(named) >= 2 and words[named[0].end:named[1].start] == ["و"] else named[:1]
            people = [entity_of.get(id(m)) for m in heads]
            if any(p is None or p.is_reporter for p in people):
                continue
            held = {id(entity_of[id(t)]) for t in titles if entity_of.get(id(t)) is not None}
            for place, person in enumerate(people):
                if id(person) in held:
                    continue
                fits = [t for t in titles if entity_of.get(id(t)) is None
                        and (self._country(person) is None or t.country is None or self._country(person) == t.country)
                        and person.best("role") in (None, "official", t.role)]
                pick = fits[0] if len(fits) == 1 else (titles[place] if len(fits) == 2 and len(people) == 2 else None)
                if pick is not None:
                    person.mentions.append(pick)
                    person.mentions.sort(key=lambda x: x.start)
                    entity_of[id(pick)] = person
                    held.add(id(person))

    def _opens_sentence(self, i: int, s_start: int) -> bool:
        """Token `i` opens its sentence, or follows only the outlet's `به گزارش ...،` (and a guillemet)."""
        if i > s_start and self._words[i - 1] == "«":
            i -= 1
        if i == s_start:
            return True
        head = self._words[s_start:i]
        return head[:2] == ["به", "گزارش"] and head[-1] == "،" and "،" not in head[:-1] and len(head) <= 8

    @staticmethod
    def _office(title: TitleInfo) -> str:
        """A title's office: its id without a variant's `.N`."""
        head, _, tail = (title.title_id or "").rpartition(".")
        return head if tail.isdigit() else title.title_id or ""

    @staticmethod
    def _title_id(m: PersonMention) -> str | None:
        return m.title.title_id if m.title is not None else None

    def _also_present(self, m: PersonMention) -> bool:
        """`T نیز حضور داشت`, `در این دیدار که T و S نیز حضور داشتند`, `T نیز در این نشست حضور داشت`: the title is
        the subject of "also attended" (`نیز`/`هم` then `حضور`/`حاضر` before the clause's verb)."""
        end = self._units.sentences[self._units.sentence_of[m.start]][1]
        for j in range(m.end, min(end, m.end + 12)):
            w = self._words[j]
            if w in FINITE_VERBS or w == "که":
                return False
            if w in ("نیز", "هم"):
                return any(t in ("حضور", "حاضر") for t in self._words[j + 1:min(end, j + 6)])
        return False

    def _also_present_apart(self, side: Side, entity: Entity) -> bool:
        """`... با سرلشکر X فرمانده کل ارتش دیدار کرد. در این دیدار که فرمانده نیروی زمینی ارتش نیز حضور داشت`: a side
        known by title, said to have also attended, is not a side of the same role and country named in another
        office."""
        m = side.mention
        if m.kind != "title_only" or not any(r in (side.rule or "") for r in ATTENDEE_RULES) or not self._also_present(m):
            return False
        if self._in_another_office(m, entity):
            return True
        return not (self._titles_of(entity) - {None}) and self._role(entity) != m.role \
            and any(x.start < m.start for x in entity.named)
        # (`متکی در دیدار با «دنگ آلور» همتای سودانی خود ... . در این دیدار که سفیر سودان در تهران نیز حضور داشت`:
        # nor a side named before with no office, not of that role)

    def _in_another_office(self, m: PersonMention, entity: Entity) -> bool:
        """The person is named with a title, and none of them is the title of `m`."""
        titles = self._titles_of(entity) - {None}
        return m.title is not None and m.title.title_id is not None and bool(titles) \
            and m.title.title_id not in titles

    def _named_in_meeting_told(self, entity: Entity, sentence: int) -> bool:
        """The person is named in `sentence` or the sentence with words before it: a side of the contact an
        attendance clause there speaks of (`در این دیدار`)."""
        sentence_of = self._units.sentence_of
        told = {sentence, self._sentence_before(sentence)}
        return any(sentence_of[x.start] in told for x in entity.named)

    def _holds_an_office_apart(self, m: PersonMention, entity: Entity) -> bool:
        """The title-only mention and the entity's titles are offices of one role that one person never holds at once
        (a consul general and an ambassador, OFFICES_APART)."""
        if m.title is None:
            return False
        mine = self._office(m.title)
        titles = [t for x in entity.named for t in (x.title, x.extra.get("second_title")) if t is not None]
        if self._words[m.title.start] in CHAIR_WORDS and titles \
                and all(self._words[t.start] in MEMBER_WORDS for t in titles):
            return True  # `رئیس کمیسیون امنیت ملی ... مجلس` is not `X عضو کمیسیون امنیت ملی ...`: the chair, not
            # a member
        if titles and all(self._words[t.start] == "سخنگوی" for t in titles) and self._words[m.title.start] != "سخنگوی":
            return True  # `کمیسار سرحدی افغانستان` is not `X سخنگوی والی بلخ`: a spokesman holds no other office told
        told = titles or [x.title for x in entity.mentions if x.kind == "title_only" and x.title is not None]
        if mine.endswith("_of_place") and told and all(self._office(t) != mine for t in told):
            return True  # `رئیس اتاق تجارت و صنایع هرات` is not `X والی هرات`: a city's chamber, not its governor (nor
            # one named bare after the title alone: `استاندار گلستان ... هادی حق‌شناس`)
        if mine in CITY_HEAD_TITLES and titles and not any(self._office(t) in CITY_HEAD_TITLES for t in titles):
            return True  # `رئیس شهر بوستان` is not `X رئیس ولایت سغد`: a city's head, not the region's
        if mine.startswith(DEPUTY_PRIME_MINISTER) and titles \
                and not any(self._office(t).startswith(DEPUTY_PRIME_MINISTER) for t in titles):
            return True  # `معاون نخست‌وزیر` is not `وزیر معارف ... عبدالجبار رحمانف`: the deputy prime minister's is
            # an office of its own (the minister a deputy prime minister may also be names both)
        if m.title.org and titles and all(t.org != m.title.org for t in titles) \
                and (any(t.org for t in titles) or all(t.country for t in titles) or m.role == "official"):
            return True  # `رئیس دفتر برنامه جهانی غذا` is not `X معاون نماینده ویژه دبیرکل سازمان ملل`: an office
            # of another international body, nor `X معاون اقتصادی ریاست الوزرای ... افغانستان`: a state's (nor is
            # `رئیس هیئت کمیته بین‌المللی صلیب سرخ`, an official of that body, `X معاون نماینده ویژه`: no office of it)
        if self._bare_office_apart(m.title, entity):
            return True  # `فرمانده این نیرو` is not `X فرمانده نیروهای دفاعی تانزانیا`
        return any(frozenset({mine, self._office(t)}) in OFFICES_APART for t in titles)

    def _holds_another_fixed_office(self, m: PersonMention, entity: Entity) -> bool:
        """The title-only mention and the entity's titles each name their country themselves, and are titles of
        different offices (title ids differing beyond a variant's `.N`): the two houses' speakers of one parliament."""
        if m.title is None or m.title.country_rule != "fa.country.title_fixed":
            return False
        theirs = [t for x in entity.named for t in (x.title, x.extra.get("second_title"))
                  if t is not None and t.country_rule == "fa.country.title_fixed" and t.country == m.title.country]
        return bool(theirs) and all(self._office(t) != self._office(m.title) for t in theirs)

    @staticmethod
    def _titles_of(entity: Entity) -> set[str]:
        return {t.title_id for x in entity.named for t in (x.title, x.extra.get("second_title")) if t is not None}

    def _country(self, entity: Entity) -> str | None:
        """The country of the entity's first mention that has one. Read again only when mentions have been added:
        the rules ask it for every candidate, and on a long text a person has hundreds of mentions, often none with
        a country. (Mentions are only appended; the one list sorted, in `_name_the_speaker`, had no country; the one
        mention given a country later, a delegation's head in `_attendance`, drops the entity's entry.)"""
        mentions = entity.mentions
        if mentions and mentions[0].country:
            return mentions[0].country
        known = self._country_of.get(id(entity))
        if known is not None and known[0] == len(mentions):
            return known[1]
        value = next((m.country for m in mentions if m.country), None)
        self._country_of[id(entity)] = (len(mentions), value)
        return value

    def _role(self, entity: Entity) -> str | None:
        """The role a title gives the entity in this text, else the register's office on the publication day."""
        role = entity.best("role")
        if role is None and entity.official_id:
            official = self.kb.officials[entity.official_id]
            office = official.office_on(self._published.isoformat()) if self._published else \
                official.office_on(self._era) or official.office_on(None)
            role = office.role if office is not None else None
        return role

    def _status(self, doc: Doc, trigger: Span, u) -> str:
        """planned / cancelled / denied / hypothetical when the trigger's clause says so (read once per
        clause); a headline says what its lead says (`سفر وزیر به آستانه` over `فردا ... عازم آستانه می‌شود`)."""
        status = self._clause_status_at(doc, u, trigger.start)
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        verb = trigger.end
        while self._words[verb:verb + 1] and self._words[verb] in CHAIR_GLUE and verb < trigger.end + 3:
            verb += 1
        if self._words[verb:verb + 2] in (["داشته", "باشند"], ["داشته", "باشد"]):
            return "planned"  # `توافق کردند که X و Y گفت‌وگوی تلفنی داشته باشند`: the contact's own verb is subjunctive
            # (`قرار بود X و Y ریاست این نشست را بر عهده داشته باشند`: so is the chairing of it)
        if status == "actual" and trigger.label_ == "negotiation" \
                and not UPCOMING_WORDS.isdisjoint(self._words[trigger.start:trigger.end]):
            return "planned"  # `به دور آینده مذاکرات بیاید`: the upcoming round, whatever the clause's verb
        if status in ("planned", "requested") and trigger.kb_id_.startswith("strong") \
                and (self._words[trigger.end - 1] in PAST_VERBS or (
                    self._words[trigger.end - 1] in ("کرده", "داشته")
                    and self._words[trigger.end:trigger.end + 2] in (["بود", "و"], ["بودند", "و"]))):
            # `با X گفت‌وگو کرد و اعلام کرد که ... اهدا خواهد کرد`: the future is the next verb's, not this contact's
            # (`با X دیدار کرد و دعوت‌نامه ... را تسلیم کرد`: the invitation is what was handed over; `... دیدار کرده
            # بود و قرار است ... بازدید کند`: the plan is the next verb's)
            status = self._read_status(doc, c_start, trigger.end)
        if status == "planned" and self._said_after_the_one_met(trigger, c_end):
            speech = next((k for k in range(trigger.end, c_end) if self._words[k] in SAID), None)
            if speech is not None:  # `در دیدار با X، از پیشرفت ... خبر داد و گفت ... آماده خواهد شد`: the future is what
                status = self._read_status(doc, c_start, speech)  # was said, the contact happened
        if status != "actual" and trigger.id_ == "fa.trigger.spoke_at":
            said = next((k for k in range(trigger.end - 1, c_end) if self._words[k] in SAID | SAID_PARTICIPLES), None)
            if said is not None:  # `در سخنرانی خود در کنفرانس گفته بود پکن ... منتشر خواهد کرد`, `سخنرانی کرد و گفت
                status = self._read_status(doc, c_start, said)  # ... نخواهد داد`: what he said is to come, the speech
                # was given
        if status in ("cancelled", "denied", "hypothetical") and self._framed(trigger):
            speech = next((k for k in range(trigger.end, c_end) if self._words[k] in SAID), None)
            if speech is not None:  # `در یک تماس تلفنی با X به او گفت که سفر به پکن سازنده نخواهد بود`: what was said
                status = self._read_status(doc, c_start, speech)
        if status == "requested" and self._framed(trigger):
            comma = self._said_after_the_one_met(trigger, c_end)
            status = self._read_status(doc, c_start, comma or trigger.end)  # `در تماس تلفنی با X، درخواست سه
            # کشور ... را ... خواند`, `در دیدار با X دعوت‌نامه Y را به وی سپرد`: a request told of in the contact, or
            # one asked for or handed over in it, is not this contact's
        if status == "planned":
            begun = self._begun_before_and(trigger, c_end)
            if begun is not None:  # `دور هشتم نشست‌ها ... آغاز شده است و قرار است تا روز جمعه ادامه یابد`: the round
                status = self._read_status(doc, c_start, begun)  # began; what is to come is its continuation
        if status in ("planned", "requested", "hypothetical"):
            close = self._clause_closed_after(trigger, u)
            if close is not None:  # `در گفت‌وگوی تلفنی با X پذیرفته بود که Y به هند برود، اما ... اعزام خواهد شد`
                status = self._read_status(doc, c_start, close)
        after = self._words[trigger.end:trigger.end + 2]
        if status in ("cancelled", "denied") and trigger.kb_id_.startswith("strong") \
                and self._words[trigger.end - 1] in PAST_VERBS and len(after) == 2 and after[0] == "و" \
                and after[1] in SAID:
            # `با X دیدار کرد و گفت سفر او به اسلام‌آباد ... به تعویق افتاده است`: what he said was put off
            status = self._read_status(doc, c_start, trigger.end)
        if status == "cancelled" and trigger.kb_id_.startswith("strong") and self._cancels_a_later_noun(trigger, u):
            status = self._read_status(doc, c_start, trigger.end)
        if status in ("planned", "cancelled", "denied"):
            joint = self._and_after_a_past_verb(c_start, trigger.start)
            if joint is not None:  # `سفر X به تهران به تعویق افتاد و وی به جای آن در تماس تلفنی با Y گفتگو کرد`: the
                status = self._read_status(doc, joint, c_end)  # cue is the first coordinated clause's, not the call's
        if status == "actual" and self._recalled_from_a_past_month(trigger, u):
            return "background"
        if status == "actual" and self._claimed_and_denied(trigger, u):
            return "denied"
        if status == "actual" and self._report_rejected(trigger, u):
            return "denied"
        if status == "actual" and trigger.start > 0 and self._words[trigger.start - 1] == "نه":
            return "denied"  # `چنین دیداری نه در برنامه بوده و نه انجام شده است`: neither planned nor held
        if status == "actual" and self._closed_by_a_subjunctive(trigger, u):
            asked = self._words[u.sentences[u.sentence_of[trigger.start]][0]:trigger.start]
            return "requested" if not REQUEST_WORDS.isdisjoint(asked) or "خواستند" in asked or "خواست" in asked \
                else "planned"  # `از وزارت خارجه خواستند سفیر را احضار کند`, `... بیاید و با X مذاکره کند`
        if status == "actual" and not NEGATED_LIGHT_VERBS.isdisjoint(self._words[trigger.end:trigger.end + 2]):
            return "denied"  # `با هیچ مقام نظامی ایرانی دیدار نداشته است`, `تماس تلفنی نگرفته است`: no contact, said so
        if status == "actual" and self._in_headline(doc, trigger, u):
            lead_sentence = self._lead_sentence(u.sentence_of[trigger.start])
            lead = self._read_status(doc, *u.sentences[lead_sentence]) if lead_sentence is not None else None
            if lead in ("planned", "cancelled", "denied"):
                return lead
        return status

    def _closed_by_a_subjunctive(self, trigger: Span, u) -> bool:
        """A contact noun whose clause closes in the subjunctive (`از X دعوت کرده‌ایم در نشست سه جانبه تهران شرکت کند`,
        `خواستند سفیر ایران را احضار کند`, `پیش‌بینی شده است که ... بیاید و با X مذاکره کند`): the first verb after the
        noun is a subjunctive (no `می`), and no verb told done follows it in the clause: a contact wished for, not held."""
        words = self._words
        if words[trigger.end - 1] in FINITE_VERBS or words[trigger.end - 1] in LIGHT_VERBS \
                or words[trigger.end - 1] in DONE_VERBS or words[trigger.end - 1] in MOTION_VERBS:
            return False  # (the trigger's own verb tells it: `گرد هم آمدند`)
        c_end = u.clauses[u.clause_of[trigger.start]][1]
        for k in range(trigger.end, min(c_end, trigger.end + 12)):
            w = words[k]
            if w == "تا":
                return False  # `... گرد هم آمدند تا درباره ... گفت‌وگو کنند`: the subjunctive is the purpose of a contact held
            if w in SUBJUNCTIVE_VERBS and words[k - 1] not in ("می", "نمی"):
                return not any(words[j] in DONE_VERBS or words[j] in PERFECT_PARTICIPLES for j in range(k + 1, c_end))
            if w in FINITE_VERBS or w in DONE_VERBS or w in PERFECT_PARTICIPLES or w in SAID or w in COPULAS \
                    or w in SENTENCE_STOPS or w in ("می", "نمی", "خواهد", "خواهند"):
                return False
        return False

    def _impersonal_after(self, k: int) -> bool:
        """`یادآور می‌شود`, `یادآور می‌شویم` (Khovar's), also written with no half-space as one token (`یادآوری
        میشود`): the impersonal verb after token `k` that opens a writer's aside."""
        return self._words[k + 1:k + 3] in (["می", "شود"], ["می", "شویم"]) \
            or self._words[k + 1:k + 2] in (["میشود"], ["میشویم"])

    def _begun_before_and(self, trigger: Span, c_end: int) -> int | None:
        """The `و` after the trigger that follows a verb of beginning (`آغاز شد و`, `آغاز شده است و`, `شروع شده و`)
        in its clause: where the told start of the session ends."""
        words = self._words
        return next((k for k in range(trigger.end + 1, c_end) if words[k] == "و"
                     and words[k - 1] in BEGUN_ENDINGS and not BEGIN_WORDS.isdisjoint(words[max(0, k - 3):k])), None)

    def _and_after_a_past_verb(self, c_start: int, position: int) -> int | None:
        """The token after the last `و` that follows a simple past verb (`... به تعویق افتاد و ...`) between `c_start`
        and `position`: where the clause told last before `position` starts."""
        words = self._words
        return next((k + 1 for k in range(position - 1, c_start, -1)
                     if words[k] == "و" and words[k - 1] in COORDINATED_PAST_ENDINGS
                     and words[k - 2] not in FUTURE_AUXILIARIES), None)  # (not `سفر خواهد کرد و ...`)

    def _recalled_from_a_past_month(self, trigger: Span, u) -> bool:
        """`یادآور می‌شویم که معاهده ... ماه مارس در بیشکک به امضای X و Y رسید`: a sentence the writer opens as a
        reminder, dating the contact by a past month and by no day, recalls an earlier contact."""
        s_start, s_end = u.sentences[u.sentence_of[trigger.start]]
        while s_start < s_end and self._words[s_start].isspace():
            s_start += 1
        if not any(self._impersonal_after(k) and self._said_that(k, s_end)
                   for k in range(s_start, min(s_start + 2, s_end))):
            return False
        c_end = u.clauses[u.clause_of[trigger.start]][1]
        dates = list(between(self._date_starts, self._dates, s_start, c_end))
        if self._published is None or any(mention.kind in ("relative_day", "weekday") for mention, _s, _e in dates):
            return False
        resolved = [self.date_rules.resolve(mention, self._published) for mention, _s, _e in dates]
        if any(r is not None and r.granularity == "day" for r in resolved):
            return False
        months = self.date_rules.months
        named = any(self._words[k] in months["gregorian"] or (self._words[k - 1] == "ماه" and any(
            self._words[k] in months[calendar] for calendar in ("jalali", "afghan"))) for k in range(s_start, c_end))
        # (`ماه مارس`, `در ماه مه`: a month with no year, which the date rules leave unread)
        return named or any(r is not None and r.value and r.granularity == "month"
                            and dt.date.fromisoformat(r.value) < self._published.replace(day=1) for r in resolved)

    def _clause_closed_after(self, trigger: Span, u) -> int | None:
        """Where a contrast after a comma (`، اما`, `، ولی`) closes the trigger's clause: a plan told past it is the
        contrast's. After a contact told done (`دیدار کرده بود`), so does a `که` after a past verb: `پیمانی را امضا کرده
        بودند که ... در صورت حمله ... خواهد شتافت` tells what was signed. (Not after a noun: `دور دوم مذاکرات ... انجام
        شد که قرار است ... برگزار شود` describes the talks.)"""
        c_end = u.clauses[u.clause_of[trigger.start]][1]
        words = self._words
        told_done = trigger.kb_id_.startswith("strong") and words[trigger.end - 1] in TOLD_DONE_ENDINGS
        return next((k for k in range(trigger.end + 1, c_end)
                     if (words[k] in ("اما", "ولی") and words[k - 1] == "،")
                     or (told_done and words[k] == "که" and words[k - 1] in PAST_CLOSINGS)), None)

    def _at_an_arrival_point(self, trigger: Span, u) -> bool:
        """An airport, station or border crossing (`فرودگاه`, `میدان هوایی`, `مرزی`) named in the trigger's clause, or
        ships that docked (`در بندر X پهلو گرفت و با استقبال ... روبه‌رو شد`)."""
        c_start = u.clauses[u.clause_of[trigger.start]][0]
        words = self._words[c_start:trigger.start]
        return not ARRIVAL_POINTS.isdisjoint(words) or "هوایی" in words or "پهلو" in words

    def _welcome_of_what_was_said(self, trigger: Span) -> bool:
        """`... که با استقبال Y روبه‌رو شد`: the welcome is told in a relative clause (of a thing said or offered)."""
        cue = next((k for k in range(trigger.start - 1, max(-1, trigger.start - 16), -1)
                    if self._words[k] == "استقبال" and self._words[k - 1] == "با"), None)
        return cue is not None and cue >= 2 and self._words[cue - 2] == "که"

    def _verb_later_in_clause(self, trigger: Span, u) -> bool:
        """Another strong trigger follows in the trigger's clause."""
        c_end = u.clauses[u.clause_of[trigger.start]][1]
        return any(t.kb_id_.startswith("strong") for t in self._triggers_between(trigger.start + 1, c_end))

    def _spoke_of_something(self, trigger: Span) -> bool:
        """`سخن گفت` tells a speech at a session only with the session just before it (`نیز در این جلسه سخن گفت`), not
        what someone spoke of (`از ایجاد کریدور زنگزور سخن گفت`) or a word two people had (`با یکدیگر سخن گفتند`)."""
        if trigger.id_ != "fa.trigger.spoke_at" or self._words[trigger.start] != "سخن":
            return False
        before = self._words[max(0, trigger.start - 6):trigger.start]
        session = max((k for k, w in enumerate(before) if w in ANY_SESSION_NOUNS), default=None)
        if session is None and self._opens_in_this_session(trigger.start):
            return False  # `در این جلسه نمایندگان A، B و C نیز درباره مواضع کشورهای خود سخن گفتند`: spoke at it
        return session is None or "از" in before[session:]

    def _opens_in_this_session(self, end: int) -> bool:
        """The sentence that `end` closes opens with `در این` (`همین`, `همان`) and a session's noun (`در این جلسه،`),
        and holds no `با` after it (not `... با یکدیگر سخن گفتند`: a word two people had)."""
        start = end
        while start > 0 and end - start < 40 and self._words[start - 1] not in (".", "\n", "\n\n", "؟", "!"):
            start -= 1
        if self._words[start:start + 2] == ["به", "گزارش"]:
            start = next((k + 1 for k in range(start, end) if self._words[k] == "،"), start)
        words = self._words
        return words[start:start + 1] == ["در"] and words[start + 1:start + 2] in THIS_ONE and start + 2 < end \
            and words[start + 2] in ANY_SESSION_NOUNS and "با" not in words[start + 3:end]

    def _triggers_between(self, start: int, end: int) -> list[Span]:
        """The triggers that start in [start, end) (found by bisection)."""
        starts = self._trigger_starts
        return self._trigger_spans[bisect_left(starts, start):bisect_left(starts, end)]

    def _cancels_a_later_noun(self, trigger: Span, u) -> bool:
        """`در تماسی تلفنی با X دلایل تعویق سفر را تشریح کرد`: every `لغو` / `تعویق` of the clause comes after the
        contact and governs another contact noun (the trip put off), so it says nothing of this one."""
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        words = self._words
        cues = [k for k in range(c_start, c_end) if words[k] in ("لغو", "تعویق")]
        return bool(cues) and all(trigger.end <= k and k + 1 < c_end and words[k + 1] in REQUESTED_CONTACTS
                                  for k in cues)

    def _lead_sentence(self, headline: int) -> int | None:
        """The lead's sentence: the one holding `به گزارش ...`, else (no body marker, as in BBC Persian) the first
        sentence after the headline that ends in a full stop."""
        u = self._units
        if self._body_start < len(self._words):
            return u.sentence_of[self._body_start]
        for k in range(headline + 1, min(headline + 6, len(u.sentences))):
            start, end = u.sentences[k]
            if any(self._words[i] == "." for i in range(start, end)):
                return k
        return None

    def _claimed_and_denied(self, trigger: Span, u) -> bool:
        """`روزنامه‌ای مدعی شده بود که دو وزیر ... ملاقات کرده‌اند`, `رسانه‌ها نوشته بودند که ...`, in an article that
        denies it (`تکذیب`, `صحت ندارد`, `صورت نگرفته است`, `کذب محض است`, `... را رد کرده است`): a contact only
        claimed by others."""
        s_start, _ = u.sentences[u.sentence_of[trigger.start]]
        before = self._words[s_start:trigger.start]
        if (CLAIM_WORDS.isdisjoint(before) and REPORTED_WORDS.isdisjoint(before)) or not any(
                w in CLAIM_WORDS or (w in REPORTED_WORDS and k + 2 < len(before)
                                     and ("که" in before[k + 1:k + 4] or "مبنی" in before[k + 1:k + 10])
                                     and not (w != "گزارش" and between(self._mention_starts, self._mentions,
                                                                         s_start, s_start + k)))
                for k, w in enumerate(before)):
            return False  # `مدعی شده بود که ...`, `رسانه‌ها نوشته بودند که ...`, `گزارش برخی رسانه‌ها را مبنی بر
            # اینکه ...` (not `سخنگوی وزارت ... نوشت که`: a person told by name or office writes what his side did)
        if self._denial is None:  # whether the article denies anything: read once per article
            words = self._words
            self._denial = any(
                w in ("تکذیب", "کذب") or (w == "صحت" and i + 1 < len(words) and words[i + 1] in ("ندارد", "نداشت"))
                or (w == "رد" and i > 0 and words[i - 1] == "را" and i + 1 < len(words)
                    and words[i + 1] in ("کرد", "کرده", "کردند", "نمود")
                    and not REPORT_NOUNS.isdisjoint(words[max(0, i - 18):i]))
                # (`گزارش‌ها ... را رد کرده است`; not `اتهام پناه دادن ... را رد کرده`: another thing rejected)
                or (w == "رد" and i > 0 and words[i - 1] in ("،", ",") and i + 1 < len(words)
                    and words[i + 1] in ("کرد", "کرده", "کردند", "نمود")
                    and (("مبنی" in words[max(0, i - 40):i] and not REPORT_NOUNS.isdisjoint(words[max(0, i - 40):i]))
                         or any(words[j] in REPORT_NOUNS and "که" in words[j + 1:j + 4]
                                for j in range(max(0, i - 40), i))))
                # (`گزارش ... را مبنی بر اینکه ...، رد کرد`: the report's content told before its rejection;
                # `گزارش‌هایی را که از دیدار X با Y خبر داده بود، رد کرد`: the report told in its relative clause)
                or (w in ("صورت", "انجام") and i + 1 < len(words) and words[i + 1] in ("نگرفته", "نشده", "نگرفت"))
                for i, w in enumerate(words))
        return self._denial

    def _report_rejected(self, trigger: Span, u) -> bool:
        """`کرملین گزارش دیدار X با Y را رد کرد`, `... را بی‌اساس خواند`: the report or news of the contact (`گزارش` /
        `خبر` right before it) is rejected by its clause's verb."""
        if trigger.start == 0 or self._words[trigger.start - 1] not in ("گزارش", "خبر", "گزارشهای", "اخبار"):
            return False
        c_end = u.clauses[u.clause_of[trigger.start]][1]
        after = self._words[trigger.end:c_end]
        return any(a == "را" and (b == "رد" or b in ("بی", "بیاساس", "ساختگی", "نادرست", "دروغ"))
                   for a, b in zip(after, after[1:]))

    def _lead_end(self, u) -> int:
        """The token after the lead (the first body sentence, `به گزارش ...`); 0 when there is no body marker."""
        return u.sentences[u.sentence_of[self._body_start]][1] if self._body_start < len(self._words) else 0

    def _clause_status_at(self, doc: Doc, u, token: int) -> str:
        """The status of the clause holding `token` (read once per clause)."""
        clause = u.clause_of[token]
        status = self._clause_status.get(clause)
        if status is None:
            status = self._clause_status[clause] = self._read_status(doc, *u.clauses[clause])
        return status

    def _read_status(self, doc: Doc, c_start: int, c_end: int) -> str:
        aside = next((j for k in range(c_start, min(c_start + 3, c_end))
                      if self._impersonal_after(k) and (j := self._said_that(k, c_end)) is not None), None)
        if aside is not None:
            c_start = aside  # `یادآور می‌شود که ... دیدار کرده بود`: the aside's present tense plans nothing
        words = self._words[c_start:c_end]
        present = set(words)
        relative = None
        for status, cues in STATUS_CUES:
            for cue in cues:
                if not present.issuperset(cue):
                    continue
                n = len(cue)
                if (cue in PRESENT_CUES or status == "planned") and relative is None:
                    relative = relative_clause_tokens(doc, c_start, c_end, self.relative_markers)
                if any(tuple(words[i:i + n]) == cue
                       and not (cue == PLANNING
                                and (self._planning_session(words, i) or self._told_after_done(words, i)))
                       and not (cue[0] == "برنامه" and i > 0 and words[i - 1] in PROGRAMME_ORDINALS)
                       and not (cue[:2] == ("در", "برنامه") and words[i + n:i + n + 1]
                                and words[i + n] in NEGATED_COPULAS)  # (`در برنامه این سفر نیست`: denied)
                       and not (status == "planned" and self._about_what_was_done(words, i))
                       and not (cue in PRESENT_CUES and c_start + i in relative)
                       and not (cue in PRESENT_CUES and "که" in words[max(0, i - 8):i]
                                and (words[i + n:i + n + 1] == ["و"]
                                     or not TOLD_DONE_ENDINGS.isdisjoint(words[i + n + 1:i + n + 3])))
                       # (`مهاجرینی که ... اخراج می‌شوند و ...`, `... که از ایران اخراج می‌شوند صحبت کرده است`: the
                       # verb of a relative clause no comma closes, before the main clause's `و` or its past verb)
                       and not (status == "planned" and c_start + i in relative
                                and self._plan_of_another_thing(c_start, c_end, c_start + i, relative))
                       for i in range(len(words) - n + 1)):
                    return status  # (`در نشستی که ... برگزار می‌شود، شرکت کرد`: a session being held, not planned)
        if not present.isdisjoint(REQUEST_WORDS) and self._requests_a_contact(words):
            return "requested"
        for mention, start, _end in self._dates_between(c_start, c_end):
            if mention.kind in ("relative_day", "relative_period", "weekday") \
                    and (mention.offset > 0 or (mention.kind == "weekday" and mention.direction > 0)):
                if relative is None:
                    relative = relative_clause_tokens(doc, c_start, c_end, self.relative_markers)
                if not (start in relative and self._plan_of_another_thing(c_start, c_end, start, relative)) \
                        and not self._about_what_was_done(words, start - c_start):
                    return "planned"  # (`درباره برنامه سفر آینده X گفتگو کرده است`: the time of what was talked about)
        if self._background(doc, c_start, c_end) or self._dated_weeks_back(c_start, c_end):
            return "background"
        return "actual"

    def _dated_weeks_back(self, start: int, end: int) -> bool:
        """A day's date between `start` and `end` more than twenty days before publication (or a month's, ending more
        than about two months before: `لاریجانی اردیبهشت ۱۳۸۹ به کابل سفر کرده بود`) and no day of this week
        (`عمران خان اول اردیبهشت ماه ... با روحانی دیدار کرد`, told on the 24th): an earlier contact, not the news."""
        return not any(mention.kind in ("relative_day", "weekday")
                       for mention, _s, _e in between(self._date_starts, self._dates, start, end)) \
            and (self._dated_back(start, end, 20, ("day",)) or self._dated_back(start, end, 75, ("month",)))

    def _plan_of_another_thing(self, c_start: int, c_end: int, cue: int, relative: set[int]) -> bool:
        """`درباره رزمایشی که قرار است هفته آینده برگزار شود، گفت‌وگو کردند`: a plan (or a time) told in a relative
        clause about something other than a contact (no event noun in the eight words before its `که`), in a clause
        that outside its relative clauses tells something done (a past verb, not `خواهد کرد`), is that thing's, not
        ours."""
        marker = next((k for k in range(cue, c_start - 1, -1) if self._words[k] in self.relative_markers), None)
        if marker is None:
            return False
        noun = next((k for k in range(max(c_start, marker - 8), marker) if self._words[k] in self.kb.event_nouns), None)
        if noun is not None and not any(t.kb_id_.startswith("strong") or self._framed(t)
                                        for t in self._triggers_between(c_start, noun)):
            return False  # (unless a contact told before it in the clause is what happened: `در تماس تلفنی با X ...
            # برای حضور در «نشست بغداد» که قرار است آخر هفته برگزار شود، دعوت کرد`, also one told by its noun: `در
            # گفت‌وگوی تلفنی با X آماده‌سازی نشستی را که ماه آینده برگزار می‌شود، بررسی کرد`)
        return any((self._words[k] in DONE_VERBS and self._words[k - 1] not in FUTURE_AUXILIARIES)
                   or (self._words[k] in ("داد", "دادند") and self._words[k - 1] == "قرار")  # `مورد بحث قرار داد`
                   or (self._words[k] in PERFECT_PARTICIPLES and self._words[k + 1:k + 2] in (["بود"], ["بودند"]))
                   # (`X که نخستین وزیر دفاع این کشور است که به لائوس سفر می‌کند، با Y دیدار ... کرده بود`)
                   for k in range(c_start + 1, c_end) if k not in relative)

    def _planning_session(self, words: list[str], i: int) -> bool:
        """`نشست مقدماتی برنامه‌ریزی رزمایش ... برگزار شد`: a session that plans something else (a session noun
        in the two words before) is held, not planned."""
        return any(w in self.kb.event_nouns for w in words[max(0, i - 2):i])

    @staticmethod
    def _done_after(words: list[str], i: int) -> bool:
        """`درباره برنامه سفر رئیس‌جمهور ... گفت‌وگو کرد`: the plan right after `درباره` is what was talked about, when
        a past verb (not `خواهد کرد`) follows it, or a perfect (`گفتگو کرده است`, `رایزنی کرده بودند`)."""
        return any((words[k] in DONE_VERBS and words[k - 1] not in FUTURE_AUXILIARIES)
                   or (words[k] in PERFECT_PARTICIPLES and words[k + 1:k + 2] in (["است"], ["اند"], ["بود"], ["بودند"]))
                   for k in range(i + 1, len(words)))

    def _about_what_was_done(self, words: list[str], i: int) -> bool:
        """`درباره نشست ژنو که قرار است یکشنبه آینده برگزار شود گفت‌وگو کرد`, `درباره روند ... و برنامه سفر هیئت‌ها
        گفت‌وگو کرد`: a plan (or a time to come) in what a `درباره` phrase names, with no verb between them, and a past
        verb after it, is what was talked about, not the contact's."""
        about = next((j for j in range(i - 1, max(-1, i - 16), -1) if words[j] in ABOUT), None)
        if about is None or any(w in DONE_VERBS or w in SENTENCE_STOPS or w in ("؛", ":") for w in words[about:i]):
            return False
        return self._done_after(words, i)

    @staticmethod
    def _told_after_done(words: list[str], i: int) -> bool:
        """`خواستار برخورد با گروهکی شد که ... علیه ایران برنامه‌ریزی می‌کنند`: the planning is told in a `که`
        clause after the clause's verb has closed in the past, so it is someone else's, not the contact's."""
        return any(words[k] == "که" and words[k - 1] in PAST_VERBS for k in range(1, i))

    @staticmethod
    def _requests_a_contact(words: list[str]) -> bool:
        """`درخواست تماس تلفنی ... را مطرح کرده است`, `خواستار دیدار با ... شد`, `از X برای سفر به تهران دعوت کرد`,
        `دعوت X برای سفر به تهران`: a contact asked for, not held (`به درخواست X برگزار شد`, at X's request, was held)."""
        for i in [i for i, word in enumerate(words) if word in REQUEST_WORDS]:
            word = words[i]
            if i > 0 and words[i - 1] == "به" and not (
                    word == "درخواست" and any(words[j] == "برای" and words[j + 1:j + 2] and words[j + 1] in REQUESTED_CONTACTS
                                              for j in range(i + 1, min(i + 4, len(words))))
                    and not any(w in DONE_VERBS for w in words[i + 1:])):
                continue  # (`به درخواست X برگزار شد`: at X's request; but `واکنش ... به درخواست X برای تماس تلفنی با
                # مقامات ایران`: a request for a contact, answered, no contact held)
            window = words[i + 1:i + 4] if word != "دعوت" else words[max(0, i - 8):i]
            if word == "دعوت" and any(w in REQUESTED_CONTACTS and b in HELD_LIGHT_VERBS
                                      for w, b in zip(window, window[1:])):
                continue  # `با وی دیدار کرده و دعوت‌نامه نشست لاهه را تسلیم کرد`: a meeting held, an invitation handed
            if not REQUESTED_CONTACTS.isdisjoint(window):
                return True
            if word == "درخواست" and words[i + 1:i + 2] in (["داده"], ["کرده"], ["داد"], ["کرد"]) and any(
                    words[j] == "برای" and not REQUESTED_CONTACTS.isdisjoint(words[j + 1:j + 3])
                    for j in range(max(0, i - 16), i)):
                return True  # `برای برقراری تماس تلفنی با X درخواست داده است`: a contact asked for
            invited_for = words[i + 1:i + 8]  # `از دعوت همتای ایرانی خود برای سفر به تهران قدردانی کرد`, `از
            # درخواست سفیر اوکراین در تهران برای دیدار با ... خبر داد`
            if word in ("دعوت", "درخواست") and "برای" in invited_for and not REQUESTED_CONTACTS.isdisjoint(
                    invited_for[invited_for.index("برای") + 1:]):
                return True
        return False

    def _background(self, doc: Doc, c_start: int, c_end: int) -> bool:
        """`ماه گذشته` / `سال گذشته` (not `۱۰ سال گذشته`) in the clause, and no day-level date there."""
        words = self._words
        cues = self._background_cues()
        told = [i for i in cues[bisect_left(cues, c_start):bisect_left(cues, c_end - 1)]
                if not (i > c_start and (words[i - 1].isdigit() or words[i - 1] in NUMBER_WORDS))]
        if told:
            relative = relative_clause_tokens(doc, c_start, c_end, self.relative_markers)
            told = [i for i in told if not (i in relative and self._plan_of_another_thing(c_start, c_end, i, relative))]
            # (`با X که ماه گذشته به این مقام انتخاب شده است، دیدار نمود`: when he took office, not when they met)
        if not told:
            return False
        return not any(mention.kind in ("relative_day", "weekday", "absolute")
                       for mention, _start, _end in self._dates_between(c_start, c_end))

    def _where(self, word: str) -> list[int]:
        """The positions of `word` among the Doc's tokens (worked out once per Doc and word).

        Several rules look for one word anywhere in the article (`این` before an event noun, `استقبال`,
        the guillemets); reading its positions once is cheaper than testing every token each time.
        """
        found = self._word_index.get(word)  # (see `units.positions`)
        return found if found is not None else []

    def _background_cues(self) -> list[int]:
        """Where a `BACKGROUND_CUES` cue (`ماه گذشته`, `ماه‌های گذشته`) starts in the Doc."""
        found = self._background_at
        if found is None:
            words = self._words
            cues = BACKGROUND_CUE_SET  # (a set: `در` alone stands thousands of times in a long text)
            found = self._background_at = sorted(
                [i for first in {cue[0] for cue in BACKGROUND_CUES} for i in self._where(first)
                 if tuple(words[i:i + 2]) in cues or tuple(words[i:i + 3]) in cues]
                + [i - 1 for i in self._where("گذشته") if i > 0 and self._last_named_month(i - 1)])
        return found

    def _last_named_month(self, k: int) -> bool:
        """`ژانویه گذشته`, `اسفندماه گذشته`, `جدی گذشته`, `پاییز گذشته`: a month or season named with `گذشته` (last
        January, last autumn) dates a contact back like `ماه گذشته` (not `از دی ماه گذشته`, since then, nor `پس از
        حملات ممبی در ماه نوامبر گذشته`, what it came after)."""
        words, months = self._words, self.date_rules.month_words
        word = words[k]
        if not (word in SEASONS or word == "خزان" or (word in months and word not in ("می", "ماه"))
                or (word.endswith("ماه") and word[:-3] in months)):
            return False
        return "از" not in words[max(0, k - 6):k]

    def _tokens_starting(self, prefix: str) -> list[int]:
        """The tokens that start with `prefix`, in order: where the text holds it at a token's start (once per Doc)."""
        key = "\0" + prefix
        found = self._positions.get(key)
        if found is not None:
            return found
        starts = self._starts
        found = self._positions[key] = []
        at = self._text.find(prefix)
        while at != -1:
            k = bisect_left(starts, at)
            if k < len(starts) and starts[k] == at and self._words[k].startswith(prefix):
                found.append(k)
            at = self._text.find(prefix, at + 1)
        return found

    def _headline_quotes(self) -> set[int]:
        """`قالیباف در دیدار رئیس مجلس تاجیکستان: جنایات ... در غزه ...`: after a colon, a headline quotes its speaker."""
        inside: set[int] = set()
        words = self._words
        for k in self._where(":"):
            if k >= self._body_start:
                break
            start = next((j for j in range(k - 1, max(-1, k - 30), -1) if "\n" in words[j]), None)
            end = next((j for j in range(k + 1, min(len(words), k + 30)) if "\n" in words[j]), None)
            if start is None and k >= 30 or end is None or words[k - 1] in (")", "(") \
                    or any(w in SENTENCE_STOPS for w in words[(start or -1) + 1:end]):
                continue  # not a title line (`کابل (پژواک): ...` opens a lead)
            inside.update(range(k + 1, end))
        return inside

    def _quote_tokens(self, doc: Doc) -> set[int]:
        """Tokens inside «...» quotations (guillemets around a short name, ≤ 5 tokens besides the dots of initials, are
        not quotes) and after a headline's colon."""
        inside: set[int] = self._headline_quotes()
        stack: list[int] = []
        closes = self._where(QUOTE_CLOSE)
        if not closes:
            return inside
        for i in sorted(self._where(QUOTE_OPEN) + closes):
            if self._words[i] == QUOTE_OPEN:
                stack.append(i)
            elif stack:
                start = stack.pop()
                initials = sum(1 for k in range(start + 2, i) if self._words[k] == "." and len(self._words[k - 1]) <= 2)
                # (`«کی. پی. شارما اولی»`: the dots of initials make the name no longer)
                if i - start - 1 - initials > 5 and not self._titled_name(start + 1, i):
                    inside.update(range(start + 1, i))
        return inside

    def _last_that(self, start: int, end: int) -> int | None:
        """The last `که` (a relative marker) after `start` and before `end`."""
        return next((k for k in range(end - 1, start, -1) if self._words[k] in self.relative_markers), None)

    def _said_that_before(self, start: int, end: int) -> bool:
        """The last `که` between `start` and `end` follows a verb of saying (`گفت که`, `میگوید که`): what is said, no
        relative clause."""
        marker = self._last_that(start, end)
        return marker is not None and self._words[marker - 1] in SAID_OR_SAYS

    def _reported_with_its_subject(self, trigger: Span, c_start: int) -> int | None:
        """`X گفت که A ... در تماس تلفنی با B، ...`, `در خبرنامه آمده است که در همان روز A در گفت‌وگوی تلفنی با B ...`,
        `در خبرنامه‌ای گفته است که A ... با B دیدار کرد`: the `که` after a verb of saying opens what was reported, a
        clause with its own subject named before the contact, no relative clause (whose comma would close it). The
        `که`, or None."""
        words = self._words
        marker = self._last_that(c_start, trigger.start)
        if marker is None or not (words[marker - 1] in SAID_OR_SAYS or (
                words[marker - 1] in ("است", "بود") and words[marker - 2] in SAID_PARTICIPLES | {STATED_IN})):
            return None
        return marker if any(m.kind == "name" and not m.is_reporter
                             for m in between(self._mention_starts, self._mentions, marker + 1, trigger.start)) else None

    def _own_dated_contact(self, trigger: Span, c_start: int) -> bool:
        """`X گفت که دیروز در دیدار با Y، ...`: a framed contact dated right after the speaker's `که` is one the
        speaker (no spokesman, who reports his minister's) tells as his own."""
        words = self._words
        marker = next((k for k in range(trigger.start - 1, c_start, -1) if words[k] in self.relative_markers), None)
        return marker is not None and marker + 1 < trigger.start and self._framed(trigger) \
            and "سخنگوی" not in words[c_start:marker] and "سخنگو" not in words[c_start:marker] \
            and bool(between(self._date_starts, self._dates, marker + 1, trigger.start)) \
            and self._only_time_before_with(marker + 1, trigger.end, upto=trigger.start)

    def _titled_name(self, start: int, end: int) -> bool:
        """`«حضرت صاحب السمو الشیخ مشعل الاحمد الجابر الصباح امیر دولت کویت»`: guillemets around a registered
        official's name with his honorifics and title, no verb or clause break inside, are no quotation."""
        if end - start > 14 or any(w in FINITE_VERBS or w in ("،", ".", ":", "؛") for w in self._words[start:end]):
            return False
        k = bisect_left(self._structure_starts, start)
        return any(span.label_ == "OFFICIAL" and span.end <= end for span in self._structure[k:k + end - start]
                   if span.start < end)

    def _draft(self, doc: Doc, trigger: Span, mentions: list[PersonMention], entity_of: dict, u,
               allow_empty: bool = False, quoted: bool = False) -> DraftEvent | None:
        """The sides of one trigger: people of its clause before it, and after it when it ends in `با`.
        With `quoted`, a trigger and people inside a quotation count too."""
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        quotes = set() if quoted else self._quotes
        if trigger.start in quotes:
            return None
        relative = relative_clause_tokens(doc, c_start, c_end, self.relative_markers)
        if trigger.start in relative and (trigger.id_ == "fa.trigger.came_to_see_him" or self._own_dated_contact(
                trigger, c_start)) and self._said_that_before(c_start, trigger.start):
            relative = set()  # `X گفت که سفیر عراق به دیدنش آمده و درباره ...، ... گفتگو کرده‌اند`, `X گفت که دیروز
            # در دیدار با Y، دو طرف ... توافق کردند`: what he said
        reported = self._reported_with_its_subject(trigger, c_start) if trigger.start in relative else None
        if reported is not None:  # `سخنگوی والی گفت که خانزاده شام یکشنبه در یک تماس تلفنی با Y، خواستار ... شده است`:
            relative = set(range(c_start, reported + 1))  # what was reported, the speaker no side of it
        if trigger.start in relative:
            if not ((trigger.id_ in HELD_TRIGGERS and self._describes_its_noun(trigger, c_start, relative))
                    or (trigger.id_ in BANQUET_TRIGGERS and self._banquet_attended(trigger, c_start))):
                return None
            # `نخستین نشست سران ... که عصر امروز با حضور X، Y و Z برگزار شد، ...`: the clause tells the event itself
            relative = {i for i in relative if i > trigger.end}
        if trigger.id_ in BACK_REFERENCED_NOUNS and self._refers_back(c_start, c_end):
            return None  # `در این تماس ... در جریان دور نخست مذاکرات قرار داد`: the talks are what was said
        if trigger.id_ in BACK_REFERENCED_NOUNS and any(
                w in REFERRING_WORDS for w in self._words[max(c_start, trigger.start - 4):trigger.start]):
            return None  # `با اشاره به بیانیه اخیر نشست سران شورای همکاری`: a session spoken of, not attended
        if self._recalled_noun(trigger):
            return None  # `با یادآوری سفر خود به اسلام‌آباد در ماه دسامبر و دیدار با X، گفت`: a contact recalled
        if trigger.id_ in BACK_REFERENCED_NOUNS and trigger.start > 0 and self._words[trigger.start - 1] in ABOUT:
            return None  # `درباره دور سوم گفت‌وگوهای ایران و آمریکا ... تبادل نظر کرد`: talks spoken about, not held
        if self._referred_to(trigger, c_end):
            return None  # `به گفتگوی تلفنی چهارشنبه گذشته A و B اشاره کرد`: a contact he referred to, not this one
        if trigger.id_ in BACK_REFERENCED_NOUNS and self._asked_about(max(c_start, trigger.start - 8), trigger.start):
            return None  # `در پاسخ به پرسشی درباره میزبانی ایران از اجلاس سران ...`: what a reporter asked about
        if trigger.id_ == "fa.trigger.official_welcome" and (
                not ARRIVAL_POINTS.isdisjoint(self._words[c_start:c_end])
                or any(a == "پایگاه" and b == "هوایی" for a, b in zip(self._words[c_start:c_end],
                                                                       self._words[c_start + 1:c_end]))):
            return None  # welcomed at the airport or the border station: the welcomers are not the contact
        if trigger.id_ == "fa.trigger.welcomed_officially" and not self._welcomes_a_guest(trigger, mentions):
            return None  # `از پیشنهاد ایران استقبال کرد`: a plan welcomed, no guest
        if trigger.id_ == "fa.trigger.phone_by_phone" and any(
                t.id_ in ATTENDANCE_TRIGGERS and t.start - trigger.end <= 6
                for t in self._triggers_between(trigger.end, min(c_end, trigger.end + 7))):
            return None  # `X و Y به صورت ویدئویی در این نشست شرکت کردند`: how they attended a session
        takes_object = self._words[trigger.end - 1] == "با" or (trigger.end < len(doc) and self._words[trigger.end] == "با") \
            or self._with_after_modifiers(trigger, c_end) \
            or trigger.id_ in self.object_after or (trigger.end + 1 < c_end and self._words[trigger.end] == "جداگانه"
                                                    and self._words[trigger.end + 1] == "با"
                                                    and not self._triggers_between(trigger.end, c_end))
        # (`در دو تماس تلفنی جداگانه با A و B، ... را تسلیت گفت`: the calls' other sides follow the adjective when no
        # verb of contact that would take them closes the clause)
        if takes_object and self._an_interview(trigger):
            return None  # `در گفت‌وگویی اختصاصی با اسپوتنیک`, `در گفتگوی تلفنی با مهر`: an interview
        window_end = c_end if takes_object else trigger.start
        if takes_object:
            for j in range(trigger.end, c_end):
                if self._words[j] == "،" and self._words[j - 1] in ("خود", "خویش") \
                        and between(self._mention_starts, self._mentions, j + 1, j + 2):
                    continue  # `با همتای تاجیک خود، سراج‌الدین مهرالدین، ...`: the counterpart's name in apposition
                if self._words[j] in ("،", "گفت", "افزود", "تاکید", "اظهار") or j in relative \
                        or self._words[j] in ABOUT \
                        or (self._words[j] == "در" and self._words[j + 1] in ("مورد", "خصوص")) \
                        or (j in self._trigger_start_set and self._words[trigger.end - 1] == "با"
                            and self._words[j:j + 2] == ["در", "دیدار"]):
                    window_end = j  # (`با X در مورد پیامدهای کشته شدن Y گفتگو کرد`: whom it was about took no part;
                    break  # `در دیدار با A ... و در دیدار با B ...`: B is the next contact's)
        presence = self._presence_start(doc, trigger.end, c_end)
        present_in_relative = self._presence_in_relative(c_start, trigger.start, relative) \
            if trigger.id_ in HELD_TRIGGERS else self._presence_in_relative(c_start, trigger.start, relative,
                                                                           in_event_noun=True)
        present_in_relative += self._delegation_members(c_start, trigger.start, relative)
        if takes_object:
            present_in_relative += self._present_at_the_meeting_held(trigger.end, c_end, relative)
        parsed = [(a.start, a.end) for a in spans(doc, "model_arguments") if a.kb_id_ == str(trigger.start)]
        low = min([c_start] + [a for a, _ in parsed])
        high = max([c_end, window_end] + [b for _, b in parsed])
        sides: list[Side] = []
        attending: list[Side] = []  # sides only said to be present
        seen: set[str] = set()
        subject_start = c_start
        openers, toks = self._subject_openers, self._words  # no other word moves the subject's start
        for k in [k for k in range(c_start, trigger.start - 1) if toks[k] in openers]:
            # `سخنگو گفت (که) دو طرف ... گفت‌وگو کردند`: the speaker is not a side
            said = self._said_that(k, trigger.start)
            if said is not None and toks[k] in SAID_PARTICIPLES and not self._someone_before_with(mentions, said,
                                                                                               trigger.start):
                said = None  # `X نوشته است که روز چهارشنبه در دفتر وزارت خارجه با Y دیدار کرده`: no subject after
                # `که`, the writer tells his own meeting
            if said is None:
                said = self._announced_subject(k, trigger.start)  # `سخنگو اعلام کرد «وزیر» ... گفت‌وگو کرده است`
            if said is not None:
                subject_start = said  # `سخنگو اعلام کرد که وزیر ... گفت‌وگو کرده است`, `خبر داد که`
            elif self._words[k] in SAID or (self._words[k] in SAYS and self._words[k + 1] == "،"):
                subject_start = k + 1  # (`سخنگوی وزارت دفاع میگوید، وزیر ... ملاقات کرده است`)
            elif self._words[k] in ("به", "بنابه") and self._words[k + 1] in ("گفته", "اطلاع"):
                # (Khovar's `به اطلاع سخنگوی دستگاه اجرائیه رئیس جمهور، امروز ...`: as the spokesman informs)
                comma = next((j for j in range(k + 2, trigger.start) if self._words[j] == "،"), None)
                if comma is not None:  # `به گفته آقای بلخی، ...`: the source is not a side
                    subject_start = comma + 1
        if subject_start > c_start and (
                (self._words[subject_start - 1] in SAID_OR_THAT
                 and (self._only_time_before_with(subject_start, trigger.start)
                      or ("با" in self._words[trigger.end - 1:trigger.end + 1]  # (`گفت دیروز در گفتگوی تلفنی با X`)
                          and self._only_time_before_with(subject_start, trigger.start, upto=trigger.start))))
                or (self._words[subject_start] == "،" and self._words[subject_start - 1] in SAYS
                    and self._only_time_before_with(subject_start + 1, trigger.start))):
            subject_start = c_start  # `ترامپ اعلام کرد که با X تلفنی گفت‌وگو کرده`, `او افزود که شب گذشته نیز با
            # X ...`, `X می‌گوید، دیروز با Y تلفنی گفتگو کرده`: no subject of its own, the speaker's

        if subject_start - 1 in relative and self._words[subject_start - 1] == "که" and subject_start > c_start:
            # `وزارت می‌گوید که ملا عبداللطیف منصور، وزیر انرژی، با سفیر دیدار کرده`: what was said, no relative clause
            k = subject_start - 1
            while k in relative and k < trigger.start:
                relative.discard(k)
                if self._words[k] in ("،", ","):
                    break
                k += 1
        about = self._about_phrases(subject_start, trigger.start, relative)
        contact_clause = self._contact_noun_clause(c_start, trigger.start, relative)
        if contact_clause is None and trigger.end < c_end and trigger.end in relative \
                and self._words[trigger.end] in self.relative_markers and self._words[trigger.start] in CONTACT_NOUNS:
            # `در تماسی تلفنی که از سوی رجب طیب اردوغان برقرار شد، ...`: the trigger's own clause names the other side
            contact_clause = (trigger.end, _relative_end(trigger.end, c_end, relative))
        presence_before = self._presence_start(doc, subject_start, trigger.start) \
            if trigger.id_ == "fa.trigger.talks_continued" or (
                trigger.id_ in HELD_TRIGGERS and any(self._words[k] in self.kb.event_nouns
                                                     and self._words[k + 1] in DELEGATION_WORDS
                                                     for k in range(c_start, trigger.start - 1))) else None
        # (`... مذاکرات را با حضور A و B ادامه دادند`, `مذاکرات هیئت‌های دو کشور با حضور A و B برگزار شد`)
        spoken_of: set[int] = set()  # where the names of those whose words were spoken of end
        for m in between(self._mention_starts, mentions, low, high):
            if any(a <= m.start < b for a, b in about):
                continue  # `درباره سفر رئیس‌جمهور بلاروس ... گفت‌وگو کردند`: who is talked about takes no part
            inside = (subject_start <= m.start < trigger.start) or (takes_object and trigger.end <= m.start < window_end) \
                or (presence is not None and presence <= m.start < c_end and m.start not in relative)
            by_parse = not inside and any(a <= m.start < b for a, b in parsed)
            present = any(a <= m.start < b for a, b in present_in_relative) \
                or (contact_clause is not None and contact_clause[0] <= m.start < contact_clause[1])
            inside = inside or by_parse or present
            if not inside or (m.start in relative and not present) or m.is_reporter:
                continue
            if m.start in quotes:
                continue
            if m.start > 0 and self._words[m.start - 1] in SEEING_OFF:
                continue  # `با بدرقه محمدرضا عارف ... ترک کرد`: who saw the traveller off took no part
            if self._words[max(0, m.start - 2):m.start] in SOURCE_CUES:
                continue  # `به نقل از سخنگوی وزارت امور خارجه، دو طرف ...`: the source quoted took no part
            head = self._message_head_before(m)
            if head is not None and (self._words[trigger.end - 1] != "با" or head > trigger.end) \
                    and not MESSAGE_HANDOVER.isdisjoint(self._words[m.end:min(trigger.start if trigger.start > m.end
                                                                              else c_end, m.end + 14)]):
                continue  # `X پیام Y رئیس جمهور ترکمنستان را به Z رساند و دو طرف ...`, `پیام Y به Z تسلیم شد`,
                # `در دیدار با Z پیام Y را به وی رساند`: whose message was handed over took no part
            if trigger.id_ not in WELCOME_TRIGGERS and self._words[max(0, m.start - 2):m.start] in (
                    ["از", "سوی"], ["از", "طرف"]) and "استقبال" in self._words[m.end:min(trigger.start, m.end + 12)]:
                continue  # `در فرودگاه از سوی X مورد استقبال قرار گرفت و ساعاتی بعد با Y دیدار کرد`: the welcomer
            if m.kind == "name" and m.start > 1 and self._words[m.start - 1] == "ویژه" \
                    and self._words[m.start - 2] in SERVING_HEADS:
                continue  # `الکساندر لاورنتیف نماینده ویژه ولادیمیر پوتین`: whom the envoy serves took no part
            if m.start > 3 and self._words[m.start - 1] == "با" and self._words[m.start - 2] in self.kb.event_nouns \
                    and self._after_before_or_after(m.start - 2) and not (
                        self._words[m.start - 2] in SESSION_NOUNS
                        and "با" not in self._words[m.end:trigger.end]):
                continue  # `پیش از دیدار با ظریف، ... با جابری انصاری گفت‌وگو کرده بود`: the other contact's counterpart
                # (but `X پس از نشست با Y دیدار کرد`, with no other `با` before the verb: after the summit, Y is the one
                # met)
            if self._words[trigger.end - 1] == "با" and m.start < trigger.start and self._words[m.start - 1] == "با" and any(
                    t.end == m.start and t.start != trigger.start for t in self._triggers_between(m.start - 4, m.start)):
                continue  # `X در گفتگو با A بر ... تأکید کرد و در دیدار با B، ...`: the earlier contact's counterpart
            if m.start > 1 and self._words[m.start - 1] == "استقبال" and self._words[m.start - 2] == "با":
                continue  # `با استقبال رستم قاسمی ... وارد فرودگاه مهرآباد شد`: who met the guest on arrival
            if m.start > 0 and (self._words[m.start - 1] in DEED_WORDS or (
                    self._words[m.start - 1] in ("«", "رسمی", "کتبی") and m.start > 1
                    and self._words[m.start - 2] in DEED_WORDS)):
                continue  # `برای بررسی تصمیم رئیس‌جمهور آمریکا درباره قدس`: whose decision the session was about
                # (`دعوتنامه رسمی محمود احمدی‌نژاد را به وی تسلیم کرد`: whose invitation was handed over)
            if (self._word_before_name(m) in SAYINGS and not self._sayings_given_there(m)) \
                    or (m.kind == "title_only" and (m.start in spoken_of or m.start - 1 in spoken_of)):
                spoken_of.add(m.end)  # `در گفتگو با آموریم سخنان «کلینتون» وزیر خارجه آمریکا را ... خواند`: whose
                continue  # words were spoken of (and his title after his name)
            if self._as_a_capacity(m):
                continue  # `روحانی به عنوان رئیس هیئت ایران ... سخنرانی کرد`: the capacity of someone named
            if self._stood_in_for(m.start) or (
                    m.start > 2 and self._words[m.start - 2] == "از" and self._words[m.start - 3] in BEFORE_AFTER
                    and self._words[m.start - 1] not in self.stopwords):
                continue  # `به جای ولادیمیر پوتین`, `به نمایندگی از رئیس‌جمهور`: who did not come; `پس از خروج دونالد
                # ترامپ از ...`: a time told
                # (not `پس از آن X ...`: then X ...)
            if m.extra.get("departed"):
                continue  # `امام خمینی (ره)`, `ترور اسماعیل هنیه`
            if m.kind == "title_only" and m.start > 1 and self._words[m.start - 1] == "یک" \
                    and self._words[m.start - 2] in TRIP_WORDS:
                continue  # `در نخستین سفر یک مقام ارشد سعودی به لبنان`: what kind of trip it was, no one more
            if m.kind == "title_only" and m.start > 0 and self._words[m.start - 1] in ("دو", "طرفین"):
                if self._words[m.start - 1] == "دو" and m.role \
                        and self._presence_start(doc, c_start, m.start) is not None:
                    # `با حضور دو استاندار و سرکنسول روسیه برگزار شد`: the last two governors named are present
                    for entity in self._last_pair(mentions, entity_of, m.start, frozenset({m.role})):
                        if entity.key not in seen:
                            seen.add(entity.key)
                            side = Side(entity, m, rule="fa.person.counted_pair+present")
                            attending.append(side)
                            sides.append(side)
                continue
            entity = entity_of.get(id(m))
            if entity is not None:
                if entity.key in seen or entity.is_reporter:
                    continue
                seen.add(entity.key)
            side = Side(entity, m, rule=f"{m.rule}+model.parse.with_argument" if by_parse else m.rule)
            if (present and not (subject_start <= m.start < trigger.start and m.start not in relative)) \
                    or (presence_before is not None and presence_before <= m.start < trigger.start):
                side.rule += "+present"
                attending.append(side)
            sides.append(side)
        with_at = next((i for i in range(subject_start, trigger.start) if self._words[i] == "با"), trigger.start)
        if not any(subject_start <= s.mention.start < with_at for s in sides):
            delegation = self._this_delegation(mentions, subject_start, with_at, u)
            if delegation is not None:  # `... از سفر هیئتی از طالبان خبر داد و گفت این هیئت با X دیدار کرده است`
                sides.insert(0, Side(None, delegation, rule="fa.person.this_delegation"))
            else:
                head = self._head_of_this_delegation(mentions, entity_of, subject_start, with_at)
                if head is not None and head.key not in seen:
                    seen.add(head.key)
                    sides.insert(0, Side(head, head.first, rule="fa.person.this_delegation_head"))
        dual = next((i for i in range(trigger.start - 1, c_start - 1, -1) if self._words[i] in DUAL_FIRSTS
                     and tuple(self._words[i:i + 2]) in DUAL_SUBJECTS
                     and not self._titles_a_presence_list(c_start, i)), None)
        # (the nearest, not the title of people listed present: `پس از نواخته شدن سرود ملی دو کشور ...، دو رئیس‌جمهور
        # ...`, `رؤسای جمهور دو کشور ... در نشستی که با حضور X و Y وزرای امور خارجه دو کشور برگزار شد ...`)
        plural_head = dual is not None and dual > c_start and self._words[dual - 1] in self.plural_heads \
            and self._words[trigger.end - 1] in PLURAL_VERBS  # `رؤسای دو کشور ... دیداری خصوصی داشتند`
        role = next((PAIR_ROLES[w] for w in self._words[max(c_start, dual - 2):dual + 3] if w in PAIR_ROLES), None) \
            if dual is not None else None
        cue = presence if presence is not None else (
            self._presence_start(doc, dual, trigger.start) if role is not None else None)
        if role is not None and cue is not None:
            # `دو رئیس‌جمهور ابتدا در نشستی دونفره گفت‌وگو کردند و سپس مذاکرات ... با حضور A و B ادامه یافت`, `روسای
            # جمهور دو کشور ... با حضور A و B گفت‌وگوهای رسمی خود را آغاز کردند`: the pair of that office talked; the
            # people after the presence cue attended
            for side in sides:
                if cue <= side.mention.start and side not in attending:
                    side.rule += "+present"
                    attending.append(side)
        if dual is not None and len(sides) > len(attending) and self._attended_then_both_sides(sides, attending, dual, u):
            # `در این دیدار X و Y نیز حضور داشتند و دو طرف درباره ... گفت‌وگو کردند`: who attended the meeting just told,
            # then the two sides of it talked
            for side in sides:
                if side not in attending:
                    side.rule += "+present"
                    attending.append(side)
        if dual is not None and (len(sides) == len(attending)
                                 or (plural_head and len({s.entity.key for s in sides if s.entity}) < 2)):
            pair = (role and self._last_pair(mentions, entity_of, c_start, role)) \
                or self._last_pair(mentions, entity_of, c_start, role, unknown_too=True)
            if pair:  # `رؤسای جمهور دو کشور ... در نشستی که با حضور X و Y برگزار شد گفت‌وگو کردند` (or one side named)
                keys = {e.key for e in pair}
                return DraftEvent(trigger.label_, trigger, [trigger], [Side(e, e.first, rule="fa.person.dual_subject")
                                                                       for e in pair]
                                  + [s for s in attending if s.entity is None or s.entity.key not in keys],
                                  anaphoric=True)
        if trigger.id_ == "fa.trigger.talked_passive" and sides:
            with_at = next((i for i in range(subject_start, trigger.start) if self._words[i] == "با"), trigger.start)
            antecedent = self._antecedent(mentions, entity_of, c_start)
            if all(s.mention.start > with_at for s in sides) and antecedent is not None and antecedent.key not in seen:
                # `در این سفر با رجب‌بای احمدزاده ... دیدار و گفت‌وگو شد`: the passive's agent is the last subject
                sides.insert(0, Side(antecedent, antecedent.first, rule="fa.person.previous_subject"))
                seen.add(antecedent.key)
        if trigger.label_ == "phone_call" and not takes_object:
            for m in self._congratulated_in_call(mentions, trigger.end, c_end, relative):
                entity = entity_of.get(id(m))
                if entity is None or entity.key in seen or m.start in quotes:
                    continue
                seen.add(entity.key)
                sides.append(Side(entity, m, rule=f"{m.rule}+fa.person.congratulated"))
        named = [s.mention.start for s in sides if s.entity is not None]
        pronoun = next((i for i in range(subject_start, trigger.start) if (
            self._words[i] in self.pronouns or (self._words[i] in GUEST_WORDS
                                                and (self._words[i + 1] in ("با", "نیز")
                                                     or (i == subject_start and self._words[i + 1] in GUEST_THEN
                                                         and "با" in self._words[i + 2:i + 6]))
                                                and self._words[i - 1] not in ("به", "عنوان")))
                        and i not in relative and not self._after_rank(i)), None)  # `وی افزود که ...`: the speaker
        # (`روز گذشته مهمان با وزیر امور خارجه ... ملاقات کرده بود`, `مهمان در همین روز با X ... دیدار کرد`: the guest,
        # a subject told back like `وی`)
        if not named or (pronoun is not None and pronoun < min(named)
                         and self._words[pronoun - 1] != "با"):
            # `وی با امیرخان متقی دیدار کرد`: the pronoun subject is a side besides the named counterpart
            met = {self._country(s.entity) for s in sides if s.entity is not None} - {None}
            antecedent = self._antecedent(mentions, entity_of, pronoun if pronoun is not None else c_start,
                                          other_than=met if pronoun is not None else frozenset())
            with_at = next((i for i in range(subject_start, trigger.start) if self._words[i] == "با"), trigger.start)
            titled_subject = any(s.entity is None and s.mention.kind in ("title_only", "counterpart")
                                 and subject_start <= s.mention.start < with_at for s in sides) \
                or (any(s.entity is None and s.mention.kind == "delegation"
                        and subject_start <= s.mention.start < with_at for s in sides)
                    and (any(s.mention.start > with_at for s in sides) or trigger.id_ == "fa.trigger.arrived")) \
                or (sides and sides[0].rule == "fa.person.this_delegation"
                    and any(s.mention.start > with_at for s in sides))
            # (`امروز هیئت قزاقستانی با سفر به شهر بوستان با رئیس شهر ... ملاقات کرد`: the delegation is the subject of
            # a contact whose other side is told; `هیئت نظامی سودان روز دوشنبه وارد تهران شد`: the delegation arrives,
            # not the person named last before it)
            # (`اعضای این هیئت ... در نشستی با رئیس این دانشگاه ... آشنا شدند`: the delegation told before is the
            # subject, with its counterpart told; not whoever hosted it in the contact before)
            if antecedent is not None and antecedent.key not in seen and (pronoun is not None or sides) \
                    and (pronoun is not None or not titled_subject):  # `وزیر امور خارجه کشورمان ... با`, `میهمان روس
                # ... با`: a subject
                sides.insert(0, Side(antecedent, antecedent.first, rule="fa.person.pronoun" if pronoun is not None
                                     else "fa.person.previous_subject"))
            elif antecedent is None and pronoun is not None and pronoun == subject_start:
                titled = self._titled_subject_before(mentions, pronoun, u)
                if titled is not None:  # `وابسته دفاعی کشورمان روز یکشنبه ... دیدار کرد. وی روز دوشنبه نیز با X ...`
                    sides.insert(0, Side(None, titled, role=titled.role, country=titled.country,
                                         rule="fa.person.pronoun"))
        with_at = next((i for i in range(subject_start, trigger.start) if self._words[i] == "با"), None)
        if trigger.id_ == "fa.trigger.meet_verb" and named and pronoun is None and with_at is not None \
                and with_at > subject_start and all(s.mention.start > with_at for s in sides) \
                and self._phrase_start(sides[0].mention) == with_at + 1 \
                and self._words[trigger.end - 1] in SINGULAR_PAST_VERBS \
                and (trigger.end >= len(self._words) or self._words[trigger.end] not in ("بودند", "اند")) \
                and self._words[subject_start] not in DELEGATION_WORDS \
                and not self._triggers_between(subject_start, with_at) \
                and not any(self._words[k] in FINITE_VERBS and k not in relative for k in range(subject_start, with_at)):
            # `ریاست مجلس کشورمان ظهر امروز نیز با آرتور راسی‌زاده ملاقات کرد`, `سانتوس عصر امروز با X دیدار کرد`: a
            # subject told by no name or title we know (or by the last word of a name told before), who met someone
            # of another country named after `با`: the one whose name it ends, else the last one named of another
            # country (not `... برگزار شد که X در دمشق با Y دیدار کرده بود`: another clause's subject; nor a plural
            # subject, `رهبران آفریقایی ... دیدار کرده بودند`, nor a delegation, `هیئت طالبان که به رهبری X ...`)
            met = {self._side_country(s) for s in sides} - {None}
            slot = set(self._words[subject_start:with_at])
            ours = any(span.label_ == "OUR_COUNTRY" for span in self._structure[
                bisect_left(self._structure_starts, subject_start):bisect_left(self._structure_starts, with_at)])
            home = (self._source_country if self._source_country in PERSIAN_SPEAKING else "IR") if ours else None
            named_before = [entity_of[id(m)] for m in islice(backwards(mentions, bisect_left(self._mention_starts,
                                                                                              subject_start)), 40)
                            if m.kind == "name" and id(m) in entity_of and not m.is_reporter and m.start not in quotes]
            subject = next((e for e in named_before if any(  # (the rest of a name told before: `سانتوس`)
                len(w) > 2 and w in slot for x in e.named for w in self._words[x.start + 1:x.end])), None) \
                if not ours else next((e for e in named_before if self._country(e) == home), None)
            if subject is None and not ours:
                subject = self._antecedent(mentions, entity_of, c_start, other_than=met)
            if subject is not None and subject.key not in seen and met and not subject.is_reporter \
                    and self._country(subject) not in met | {None}:
                sides.insert(0, Side(subject, subject.first, rule="fa.person.previous_subject"))
                seen.add(subject.key)
        guest_met = next((k + 1 for k in range(subject_start, trigger.start - 1) if self._words[k] == "با"
                          and self._words[k + 1] in GUEST_WORDS
                          and (k + 2 == trigger.start or self._words[k + 2] == "نیز")), None)
        if guest_met is not None and len(sides) == 1 and sides[0].entity is not None:
            # `بعد از ظهر همین روز نخست وزیر ... نیز با مهمان ملاقات کرد`: the guest, the visitor told before
            guest = self._antecedent(mentions, entity_of, guest_met,
                                     other_than={self._country(sides[0].entity)} - {None})
            if guest is not None and guest.key != sides[0].entity.key:
                sides.append(Side(guest, guest.first, rule="fa.person.guest_met"))
        met, named_from = (trigger.end, c_start) if self._words[trigger.end - 1] == "با" else (None, c_start)
        if met is None and trigger.start >= 2 and self._words[trigger.start - 2] == "با" \
                and self._words[trigger.start - 1] in self.pronouns and trigger.label_ != "phone_call":
            met = named_from = trigger.start - 1  # `... پس از ورود کابلوف به تهران با او دیدار کرده بود`: whom he
            # met, told before the pronoun
        if met is not None and met < len(self._words) and self._words[met] in self.pronouns and len(sides) == 1 \
                and met not in self._quotes:
            # `رئیسی در دیدار با وی ...`: the one met is the last person named before, other than the subject
            keys = {x.entity.key for x in sides if x.entity is not None}
            other = next((entity_of[id(m)] for m in backwards(mentions, bisect_left(self._mention_starts, named_from))
                          if m.kind == "name" and not m.is_reporter and id(m) in entity_of
                          and entity_of[id(m)].key not in keys and m.start not in self._quotes), None)
            if other is not None:
                sides.append(Side(other, other.first, rule="fa.person.pronoun_object"))
        if not sides and not allow_empty:
            return None
        inside = self._inside_this_meeting(c_start, trigger.start)
        s_start = u.sentences[u.sentence_of[trigger.start]][0]
        part = inside if inside is not None \
            else self._inside_this_meeting(s_start, c_start) if s_start < c_start else None
        if part is not None and self._words[part + 1] == "بخشی" and self._words[part + 4] in TALK_NOUNS:
            # `در بخشی از این دیدار، A و B نیز حضور داشتند و C با آنان ... گفت‌وگو کرد`: part of the meeting just told
            # (not `در جریان این اجلاس X با Y دیدار کرد`: a meeting on a session's sidelines)
            return DraftEvent(trigger.label_, trigger, [trigger], sides, anaphoric=True, inside_at=part)
        told_at = inside if inside is not None else part
        if told_at is not None and self._words[told_at + 3] == "که" and sides \
                and all(s.mention.start > told_at for s in sides) \
                and "با" not in self._words[min(s.mention.start for s in sides):trigger.start]:
            # `در این دیدار که در محل وزارت دفاع برگزار شد، A و B ... درباره ... گفت‌وگو کردند`: who talked at the
            # meeting just told, not a contact of their own
            return DraftEvent(trigger.label_, trigger, [trigger], sides, anaphoric=True)
        if inside is not None and any(s.mention.start < inside for s in sides):
            # `آخوندی و پاستور در بخشی از این نشست ... گفتگو کردند`: more people of the meeting just told
            return DraftEvent(trigger.label_, trigger, [trigger], sides, anaphoric=True, inside_at=inside)
        if inside is not None and trigger.id_ in ("fa.trigger.signed_by", "fa.trigger.signed"):
            # `در این نشست همچنین یادداشت تفاهم ... به امضای A و B رسید`: the signers took part in the session just told
            return DraftEvent(trigger.label_, trigger, [trigger], sides, anaphoric=True)
        return DraftEvent(trigger.label_, trigger, [trigger], sides, contact_clause=contact_clause)

    def _referred_to(self, trigger: Span, c_end: int) -> bool:
        """A contact noun after `به` whose clause closes `اشاره کرد` (`به دیدار فروردین ماه خود با X اشاره کرد`): what
        was referred to, not a contact told."""
        words = self._words
        if trigger.start == 0 or words[trigger.start - 1] != "به":
            return False
        return any(words[k] == "اشاره" and words[k + 1] in REFERRED_VERBS for k in range(trigger.end, c_end - 1))

    def _recalled_noun(self, trigger: Span) -> bool:
        """A contact told by its noun (`دیدار با`, `گفت‌وگوی تلفنی`) after `با یادآوری` in its sentence, no verb between:
        a contact the speaker recalls (`با یادآوری سفر خود به اسلام‌آباد و دیدار با X، گفت ...`), not one now held."""
        words = self._words
        if words[trigger.end - 1] != "با" and trigger.id_ not in BACK_REFERENCED_NOUNS \
                and trigger.id_ != "fa.trigger.phone_noun":
            return False
        s_start, _ = self._units.sentences[self._units.sentence_of[trigger.start]]
        for k in range(trigger.start - 2, max(s_start, trigger.start - 30) - 1, -1):
            if words[k] in FINITE_VERBS or words[k] in SENTENCE_STOPS:
                return False
            if words[k] == "با" and words[k + 1] in RECALLING_WORDS:
                return True
        return False

    def _with_after_modifiers(self, trigger: Span, c_end: int) -> bool:
        """`در یک گفتگوی تلفنی حدود یک ساعته با X`: a call noun whose other side follows `با` after up to three
        words that describe it (no punctuation, verb, person or other trigger between); any contact noun, after
        `خود`."""
        if self._words[trigger.end - 1] in FINITE_VERBS:
            return False
        if trigger.label_ != "phone_call":  # `از دیدار خود با X خبر داد`: the own contact of the subject
            return self._words[trigger.end:trigger.end + 2] in (["خود", "با"], ["خویش", "با"])
        for k in range(trigger.end, min(trigger.end + 4, c_end)):
            word = self._words[k]
            if word == "با":
                return k > trigger.end
            if word in PUNCT_ONLY or word in FINITE_VERBS or word == "جداگانه" \
                    or between(self._mention_starts, self._mentions, k, k + 1):
                return False  # (`جداگانه` has its own reading, above)
        return False

    def _present_at_the_meeting_held(self, start: int, end: int, relative: set[int]) -> list[tuple[int, int]]:
        """`در دیدار با X که با حضور Y ... برگزار شد`: a relative clause after the one met that tells the meeting held;
        the people after its presence cue were at it."""
        words = self._words
        found = []
        for k in range(start, end):
            if words[k] not in self.relative_markers or k not in relative:
                continue
            close = _relative_end(k, end, relative)
            held = any(words[j] in HELD_IN_RELATIVE for j in range(k, close))
            cue = next((j for j in range(k + 1, min(close, k + 4))
                        if words[j] == "حضور" and words[j - 1] in ("با", "در")), None)
            if held and cue is not None:
                found.append((cue + 1, close))
        return found

    def _this_delegation(self, mentions: list[PersonMention], start: int, end: int, u) -> PersonMention | None:
        """The delegation `این هیئت` (opening the subject between `start` and `end`) takes up: the last delegation of a
        known country told in its sentence or the one before (`اعضای این هیئت`: its members, who went as one, with the
        last delegation told in the article)."""
        opening = self._this_delegation_opening(start, end)
        if opening is None:
            return None
        members = opening > start
        start = opening
        low = 0 if members else u.sentences[self._sentence_before(u.sentence_of[start])][0]
        return next((m for m in backwards(mentions, bisect_left(self._mention_starts, start))
                     if m.start >= low and m.kind == "delegation" and m.country and m.start not in self._quotes), None)

    def _this_delegation_opening(self, start: int, end: int) -> int | None:
        """Where `این هیئت` opens the subject between `start` and `end`, also after `اعضای` (its members)."""
        k = start + 1 if start + 2 < end and self._words[start] == "اعضای" else start
        return k if k + 1 < end and self._words[k] == "این" and self._words[k + 1] in DELEGATION_WORDS else None

    def _head_of_this_delegation(self, mentions: list[PersonMention], entity_of: dict, start: int,
                                 end: int) -> Entity | None:
        """`اعضای این هیئت` / `این هیئت` opening the subject, after `هیئتی از شورای ولایتی هرات به رهبری X` told of no
        state: X, who led it (named right after the last `به رهبری` / `به ریاست` / `به سرپرستی` before)."""
        if self._this_delegation_opening(start, end) is None:
            return None
        lead = next((i for i in range(start - 1, max(0, start - 400), -1)
                     if self._words[i:i + 2] in (["به", "رهبری"], ["به", "ریاست"], ["به", "سرپرستی"])
                     and any(w.startswith(("هیئت", "هیات")) for w in self._words[max(0, i - 8):i])), None)
        if lead is None:
            return None
        led = next((m for m in between(self._mention_starts, mentions, lead + 2, lead + 4) if m.kind == "name"), None)
        return entity_of.get(id(led)) if led is not None else None

    def _congratulated_in_call(self, mentions: list[PersonMention], start: int, end: int,
                               relative: set[int]) -> list[PersonMention]:
        """Who a call without `با` congratulated or consoled: `در تماسی تلفنی، انتصاب X ... را به وی تبریک گفت`
        (X, named before `را به وی`) or `... را به X تبریک گفت` (X, after `را به`)."""
        words = self._words
        for k in range(start, end - 3):
            if words[k] != "را" or words[k + 1] != "به" or k in relative:
                continue
            verb = next((j for j in range(k + 2, min(end - 1, k + 8)) if words[j] in GREETINGS), None)
            if verb is None or words[verb + 1] not in GREETING_VERBS:
                continue
            if words[k + 2] in self.pronouns:
                return [m for m in between(self._mention_starts, mentions, start, k)
                        if m.kind == "name" and m.start not in relative]
            return [m for m in between(self._mention_starts, mentions, k + 2, verb) if m.start == k + 2]
        return []

    def _signed_in_that_meeting(self, trigger: Span, u) -> bool:
        """The signing's sentence opens with `در این / آن` and a meeting noun: signed at the meeting just told."""
        s_start = u.sentences[u.sentence_of[trigger.start]][0]
        words = self._words[s_start:trigger.start]
        return len(words) > 2 and words[0] == "در" and words[1] in ("این", "آن") and words[2] in THIS_MEETING_NOUNS

    def _inside_this_meeting(self, c_start: int, end: int) -> int | None:
        """Where the clause says "in (part of / the course of) this meeting" (`در بخشی از این نشست`), within its
        first words: it speaks from inside the meeting just told."""
        words = self._words[c_start:end]
        for k in range(min(len(words) - 2, 8)):
            if words[k] != "در":
                continue
            rest = words[k + 1:k + 5]
            if rest[:1] in (["بخشی"], ["جریان"]):
                rest = rest[2:] if rest[1:2] == ["از"] else rest[1:]
            if k == 0 and len(rest) > 1 and rest[0] in THIS_MEETING_NOUNS and rest[1] in BARE_MEETING_FOLLOWERS:
                return c_start  # `در ملاقات همچنین درباره ... تبادل نظر شد`, `در ملاقات جانبین ...`: Tajik outlets' "in
                # the meeting", the one just told
            return c_start + k if rest[:1] == ["این"] and len(rest) > 1 and rest[1] in THIS_MEETING_NOUNS else None
        return None

    def _protocol_welcome(self, draft: DraftEvent, drafts: list[DraftEvent]) -> bool:
        """`X ... مورد استقبال رسمی Y جانشین رئیس ستاد کل قرار گرفت. سپس Z با X دیدار کرد`: an official welcome by
        someone other than a head of state or government, before the guest's talks with another host, is protocol;
        the welcomer only welcomed."""
        if draft.trigger.id_ not in WELCOME_TRIGGERS:
            return False
        roles = {self._role(s.entity) if s.entity is not None else s.mention.role for s in draft.sides}
        if roles & LEADER_ROLES:
            return False
        if len(draft.sides) == 2 and len(roles) == 1 and None not in roles:
            return False  # `X وزیر امور خارجه ترکیه ... از Y وزیر امور خارجه تاجیکستان ... استقبال کرد`: the guest's
            # counterpart welcomed him, the host of his talks
        if self._two_sides_talk_next(draft.trigger):
            return False  # `... با استقبال رسمی X روبرو شد. پس از مراسم رسمی، دو هیئت ... گفتگو کردند`: the welcomer's
            # own talks follow
        keys = draft.entity_keys()
        later = [{s.entity.key for s in d.sides if s.entity is not None and not s.rule.endswith(ATTENDEE_RULES)}
                 for d in drafts if d.trigger.start > draft.trigger.start and d.trigger.kb_id_.startswith("strong")]
        if any(keys <= principals for principals in later):
            return False  # `... از سوی همتای خود مورد استقبال قرار گرفت. دو وزیر ... گفت‌وگو کردند`: the welcomer's talks
        return any(principals & keys and principals - keys for principals in later)

    def _two_sides_talk_next(self, trigger: Span) -> bool:
        """The sentence after the trigger's opens on the two sides or delegations (`دو طرف`, `دو هیئت`, `طرفین`,
        `جانبین`, within its first eight words) and tells a contact of theirs."""
        u = self._units
        nxt = self._sentence_after(u.sentence_of[trigger.start])
        if nxt is None:
            return False
        s_start, s_end = u.sentences[nxt]
        words = self._words
        opening = range(s_start, min(s_start + 8, s_end - 1))
        if not any((words[k] == "دو" and words[k + 1] in ("طرف", "هیئت")) or words[k] in ("طرفین", "جانبین")
                   for k in opening):
            return False
        return any(t.kb_id_ == "strong:actual" for t in self._triggers_between(s_start, s_end))

    def _welcomes_a_guest(self, trigger: Span, mentions: list[PersonMention]) -> bool:
        """`X طی مراسمی رسمی ... از «Y» نخست‌وزیر عراق ... استقبال کرد`: an official welcome (`رسمی` in the sentence, or
        the two sides' talks after it; not at an airport) of a person (`از` right before a person's mention or a
        pronoun)."""
        s_start, s_end = self._units.sentences[self._units.sentence_of[trigger.start]]
        words = self._words[s_start:trigger.start]
        talks_follow = any(a == "دو" and b == "طرف" for a, b in zip(self._words[trigger.end:s_end],
                                                                    self._words[trigger.end + 1:s_end]))
        # (`امیر قطر در کاخ لوسیل از اردوغان استقبال کرد و دو طرف در دیداری ... بررسی کردند`: the host's welcome
        # and then their talks)
        if not ({"رسمی", "رسما", "رسمیت"} & set(self._words[s_start:trigger.end]) or talks_follow) \
                or "فرودگاه" in words:
            return False
        guests = {m.start for m in between(self._mention_starts, mentions, s_start, trigger.start)}
        return any(w == "از" and (k + 1 + s_start in guests or words[k + 1:k + 2] == ["«"] and k + 2 + s_start in guests
                                  or words[k + 1:k + 2] and words[k + 1] in self.pronouns)
                   for k, w in enumerate(words))

    def _after_before_or_after(self, i: int, low: int = 0) -> bool:
        """Token `i` follows `پس از`, `پیش از`, `بعد از` or `قبل از` (looking no further back than `low`): it opens a
        phrase about another contact than the one told (`پس از این دیدار`, `پیش از دیدار با ظریف`); so does
        `همزمان با` (`همزمان با این دیدار، کمیته مشترک ... تشکیل جلسه داد`: another session at the same time)."""
        return i - 2 >= low and ((self._words[i - 1] == "از" and self._words[i - 2] in BEFORE_AFTER)
                                 or (self._words[i - 1] == "با" and self._words[i - 2] == "همزمان"))

    def _describes_its_noun(self, trigger: Span, c_start: int, relative: set[int]) -> bool:
        """The relative clause of a held trigger follows the sentence's subject, an event noun not pointing back
        (`نخستین نشست سران ایران، روسیه و آذربایجان که ... برگزار شد`)."""
        marker = next((k for k in range(trigger.start - 1, c_start - 1, -1) if self._words[k] in self.relative_markers),
                      None)
        if marker is None:
            return False
        s_start = self._units.sentences[self._units.sentence_of[trigger.start]][0]
        head = self._words[s_start:marker]
        if "گزارش" in head[:2] and "،" in head:
            head = head[head.index("،") + 1:]
        nouns = [k for k, w in enumerate(head[:3]) if w in self.kb.event_nouns]
        if bool(nouns) and (nouns[0] == 0 or head[nouns[0] - 1] not in ("این", "همین")) \
                and not any(w in FINITE_VERBS for w in head):
            return True
        # `X ... در نشست سران این مجمع که به میزبانی Y در آستانه برگزار شد، سخنرانی کرد`: the session X attended
        _, s_end = self._units.sentences[self._units.sentence_of[trigger.start]]
        reach = ATTENDED_NOUN_REACH if self._took_part_after(trigger, s_end) else 6
        attended_in = any(self._words[k] in self.kb.event_nouns and "در" in self._words[max(s_start, k - 3):k]
                          and (k >= marker - 6 or not any(w in FINITE_VERBS or w in CLAUSE_STOPS
                                                          for w in self._words[k + 1:marker]))
                          for k in range(max(s_start + 1, marker - reach), marker))
        # (`در مراسم افتتاح کنفرانس «...» که`; `در نشست وزیران خارجه آسه‌آن به‌علاوه سه که به ریاست X ... برگزار شد،
        # شرکت کرد`: the name of a session one took part in may run longer, unbroken)
        attends = any(t.id_ in ("fa.trigger.took_part", "fa.trigger.spoke_at") and trigger.end < t.start < s_end
                      for t in self._triggers_between(trigger.end, s_end))
        return attended_in and (attends or self._several_states_in_session(s_start, marker))

    def _banquet_attended(self, trigger: Span, c_start: int) -> bool:
        """The relative clause of a banquet trigger describes the banquet the sentence's subject attended (`X در ضیافت
        ناهاری که Y به افتخار وی ترتیب داده بود شرکت کرد`): the host and the guest met there."""
        marker = next((k for k in range(trigger.start - 1, c_start - 1, -1) if self._words[k] in self.relative_markers),
                      None)
        if marker is None or BANQUET_NOUNS.isdisjoint(self._words[max(c_start, marker - 2):marker]):
            return False
        _, s_end = self._units.sentences[self._units.sentence_of[trigger.start]]
        return any(t.id_ in ATTENDANCE_TRIGGERS for t in self._triggers_between(trigger.end, s_end))

    def _several_states_in_session(self, s_start: int, marker: int) -> bool:
        """`وزرای خارجه کشورهای عضو اتحادیه عرب در نشستی فوق‌العاده که ...`: the subject (after the last comma) before
        the session noun (after `در`, just before the relative) names several states: the session is theirs, whatever
        they did in it."""
        noun = next((k for k in range(marker - 1, max(s_start + 1, marker - 6) - 1, -1)
                     if self._words[k] in self.kb.event_nouns and self._words[k - 1] == "در"), None)
        if noun is None:
            return False
        subject = self._words[s_start:noun - 1]
        subject = subject[len(subject) - subject[::-1].index("،"):] if "،" in subject else subject
        return self._names_several_states(subject)  # (not `پس از معرفی اعضای هیئت‌ها، رئیس‌جمهور و سلطان در نشستی`)

    def _after_rank(self, i: int) -> bool:
        """Token `i` follows a rank (`ژنرال وی`: Wei Fenghe's surname, not the pronoun)."""
        return any(span.label_ == "RANK" and span.end == i for j in range(max(0, i - 3), i)
                   for span in self._structure_at(j))

    def _organisation_between(self, start: int, end: int) -> bool:
        """An international organisation named in tokens [start, end)."""
        k = bisect_left(self._structure_starts, start)
        while k < len(self._structure) and self._structure[k].start < end:
            if self._structure[k].label_ == "ORG":
                return True
            k += 1
        return False

    def _structure_at(self, i: int) -> list[Span]:
        """Gazetteer spans that start at token `i`."""
        k = bisect_left(self._structure_starts, i)
        found = []
        while k < len(self._structure) and self._structure[k].start == i:
            found.append(self._structure[k])
            k += 1
        return found

    def _presence_in_relative(self, start: int, end: int, relative: set[int],
                              in_event_noun: bool = False) -> list[tuple[int, int]]:
        """`نشست X با Y که با حضور Z ... برگزار شد، به پایان رسید`: a relative clause that says how the event was
        held names people present at it; the token ranges from the presence cue to the clause's held verb. With
        `in_event_noun`, only a clause on `در <event noun>` counts (`در نشست هیئت‌ها که با حضور Z برگزار شد، ...
        گفت‌وگو کردند`)."""
        ranges = []
        if self._held_spans is None:
            self._held_spans = [t for t in self._trigger_spans if t.id_ in HELD_TRIGGERS]
            self._held_starts = [t.start for t in self._held_spans]
        for t in self._held_spans[bisect_left(self._held_starts, start):bisect_left(self._held_starts, end)]:
            if t.start in relative:
                cue = self._presence_start(None, start, t.start)
                if cue is not None and cue - 1 in relative:
                    marker = next((k for k in range(cue - 1, start - 1, -1) if self._words[k] in self.relative_markers),
                                  None)
                    if in_event_noun and (marker is None or not any(
                            self._words[k] == "در" and self._words[k + 1] in self.kb.event_nouns
                            for k in range(max(start, marker - 8), marker - 1))):
                        continue
                    ranges.append((cue, t.start))
        return ranges

    def _delegation_members(self, start: int, end: int, relative: set[int]) -> list[tuple[int, int]]:
        """`در رأس هیئتی که X نیز در آن حضور داشت، ... دیدار کرد`: who the relative clause of the delegation says was
        in it is a member present at the contact; the token ranges of such clauses."""
        ranges = []
        for k in range(start + 1, end):
            if self._words[k] not in self.relative_markers or k not in relative \
                    or not any(w.startswith("هیئت") for w in self._words[max(start, k - 3):k]):
                continue
            stop = _relative_end(k, end, relative)
            if any(self._words[j] == "حضور" and self._words[j + 1] in ("داشت", "داشتند") for j in range(k, stop - 1)):
                ranges.append((k, stop))
        return ranges

    def _contact_noun_clause(self, start: int, end: int, relative: set[int]) -> tuple[int, int] | None:
        """`در تماسی که امانوئل مکرون با وی برقرار کرد، ... گفت‌وگو کرد`: the relative clause of the contact itself
        names the other side; its token range (from `که` to the clause's end)."""
        for k in range(start + 2, end):
            noun = k - 2 if self._words[k - 1] in REMOTE_MODES else k - 1  # (`در تماسی تلفنی که ...`)
            if self._words[k] in self.relative_markers and noun > start and self._words[noun - 1] in ("در", "طی") \
                    and self._words[noun] in CONTACT_NOUNS and k in relative:
                return k, _relative_end(k, end, relative)
        return None

    def _dates_a_noun(self, k: int) -> bool:
        """The date at `k` qualifies the trip or session noun before it (`اسناد امضا شده در سفر خردادماه رئیس‌جمهور`):
        part of what was talked about, not the contact's own time."""
        return k > 0 and (self._words[k - 1] in TRIP_WORDS or self._words[k - 1] in SESSION_NOUNS
                          or self._words[k - 1] in ("دیدار", "ملاقات"))

    def _about_phrases(self, start: int, end: int, relative: set[int]) -> list[tuple[int, int]]:
        """Token ranges of `درباره ...` (`در مورد ...`, `در خصوص ...`) phrases before the trigger (outside relative
        clauses), each up to the next `با`, date or `به میزبانی`, else the trigger: what the contact was about; and of
        `در حاشیه ...` and `برای شرکت در ...` phrases, up to the next comma, `با` or `به`: the occasion."""
        ranges = []
        if self._date_start_set is None:
            self._date_start_set = set(self._date_starts)
        dates = self._date_start_set
        for k in range(start, end):
            if k not in relative and (self._words[k] in ABOUT or (
                    self._words[k] in ("مورد", "خصوص") and k > start and self._words[k - 1] == "در")):
                # (`در مورد پیامدهای کشته شدن X گفتگو کرد`: whom the talk was about took no part)
                stop = next((j for j in range(k + 1, end) if self._words[j] == "با"
                             or (j in dates and not self._dates_a_noun(j))
                             or (self._words[j] == "به" and self._words[j + 1] == "میزبانی")
                             or (self._words[j] == "،" and self._in_a_cause_phrase(start, k))), end)
                ranges.append((k, stop))
            elif k > start and k not in relative and (
                    (self._words[k] == "حاشیه" and self._words[k - 1] == "در")
                    or (self._words[k] == "شرکت" and self._words[k - 1] == "برای" and self._words[k + 1] == "در")):
                # `در حاشیه مراسم تحلیف رئیس‌جمهور منتخب، با X دیدار کرد`, `برای شرکت در مراسم تحلیف رئیس‌جمهور به
                # تهران سفر کرده‌اند`: whose ceremony or trip it was takes no part
                stop = next((j for j in range(k + 1, end) if self._words[j] in ("،", "با", "به")), end)
                if self._words[k] == "حاشیه" and k + 2 < stop and self._words[k + 1] in OCCASION_SESSION_NOUNS \
                        and any(m.start == k + 2 or (m.title is not None and m.title.start == k + 2)
                                for m in between(self._mention_starts, self._mentions, k + 2, k + 8)) \
                        and not between(self._mention_starts, self._mentions, start, k):
                    stop = k + 2  # `همچنین در حاشیه اجلاس رئیس جمهور تاجیکستان با X ملاقات انجام داد`: no session is
                    # anyone's; the one named right after it (or after his title: `پیشوای ملت امامعلی رحمان`), with no
                    # subject before, is the subject
                ranges.append((k, stop))
            elif k > start and k + 1 < end and k not in relative and self._words[k] == "از" \
                    and self._words[k - 1] in BEFORE_AFTER and self._words[k + 1] in ("آغاز", "پایان", "شروع"):
                # `این نشست یک هفته پیش از آغاز دوره دوم ریاست‌جمهوری دونالد ترامپ برگزار شد`: whose term it times
                # (up to a verb: `پس از پایان نشست به دفتر نخست‌وزیری رفت و از سوی X ... پذیرفته شد`)
                stop = next((j for j in range(k + 1, end) if self._words[j] in ("،", "با")
                             or self._words[j] in FINITE_VERBS or self._words[j] in MOTION_VERBS), end)
                if k + 3 < stop and self._words[k + 2] in OCCASION_SESSION_NOUNS \
                        and any(m.start == k + 3 or (m.title is not None and m.title.start == k + 3)
                                for m in between(self._mention_starts, self._mentions, k + 3, k + 9)) \
                        and not between(self._mention_starts, self._mentions, start, k):
                    stop = k + 3  # `پس از پایان نشست پیشوای ملت با X ملاقات کرد`: no session is anyone's; the one
                    # named right after it (or after his title), with no subject before, is the subject
                ranges.append((k, stop))
        return ranges

    def _in_a_cause_phrase(self, start: int, k: int) -> bool:
        """`در پی تکرار ادعاهای ... درباره جزایر ...، کاردار سفارت روسیه ... احضار شد`: the `درباره` phrase is inside
        an opening phrase of cause (`در پی`, `به دنبال`, `در واکنش به`, `در اعتراض به`), which its comma closes."""
        for j in range(k - 1, start - 1, -1):
            if self._words[j] in ("،", ".", ":"):
                return False
            if (self._words[j] == "پی" and j > 0 and self._words[j - 1] == "در") \
                    or (self._words[j] == "دنبال" and j > 0 and self._words[j - 1] == "به") \
                    or (self._words[j] in ("واکنش", "اعتراض") and j > 0 and self._words[j - 1] == "در"
                        and self._words[j + 1] == "به"):
                return True
        return False

    def _each_of_those(self, draft: DraftEvent, mentions: list[PersonMention], entity_of: dict,
                       u) -> list[DraftEvent]:
        """`لاوروف ... جداگانه با هر یک از دو وزیر گفتگو کرد`: one contact with each of the last people of that count
        named before, besides the subject (who alone is the draft's side)."""
        if len(draft.sides) != 1 or draft.sides[0].entity is None:
            return [draft]
        c_start, c_end = u.clauses[u.clause_of[draft.trigger.start]]
        words = self._words
        at = next((k for k in range(c_start, c_end - 4) if words[k:k + 4] == ["با", "هر", "یک", "از"]), None)
        if at is None:
            return [draft]
        count = COUNT_VALUES.get(words[at + 4]) if at + 4 < c_end else None
        if count is None or count < 2:
            return [draft]
        subject = draft.sides[0].entity
        those: list[Entity] = []
        for m in backwards(mentions, bisect_left(self._mention_starts, c_start)):
            entity = entity_of.get(id(m))
            if m.kind != "name" or m.is_reporter or entity is None or entity is subject or entity in those:
                continue
            those.append(entity)
            if len(those) == count:
                return [self._part(draft, [draft.sides[0], Side(e, e.first, rule="fa.person.each_of_those")])
                        for e in reversed(those)]
        return [draft]

    def _each_apart_next(self, trigger: Span, u) -> bool:
        """`سفرای انگلیس، فرانسه و آلمان ... احضار شدند. مدیرکل ... در دیدارهایی جداگانه با هر یک از این سه سفیر ...`:
        the next sentence tells the contacts apart, one with each."""
        k = u.sentence_of[trigger.start] + 1
        while k < len(u.sentences) and all(not w.strip() for w in self._words[u.sentences[k][0]:u.sentences[k][1]]):
            k += 1  # (past a paragraph break)
        if k >= len(u.sentences):
            return False
        words = self._words[u.sentences[k][0]:u.sentences[k][1]]
        return "جداگانه" in words and any(a == "هر" and b == "یک" for a, b in zip(words, words[1:]))

    def _split_separate(self, draft: DraftEvent, u) -> list[DraftEvent]:
        """`X در دو تماس تلفنی جداگانه با A و B گفت‌وگو کرد`: one contact per counterpart, all with X."""
        c_start, c_end = u.clauses[u.clause_of[draft.trigger.start]]
        ordered = sorted(draft.sides, key=lambda s: s.mention.start)
        words = self._words[c_start:c_end]
        if draft.trigger.id_ == "fa.trigger.was_summoned" and len(ordered) >= 2 and all(
                self._side_role(x) == "ambassador" for x in ordered) \
                and ("جداگانه" in words or self._each_apart_next(draft.trigger, u)):
            # `کاردار سفارت انگلیس و سفرای هلند و دانمارک به صورت جداگانه به وزارت امور خارجه احضار شدند`: a summons
            # each, at the ministry
            parts = [self._part(draft, [side]) for side in ordered]
            for part in parts:
                self._add_summoning_ministry(part, u)
            return parts
        group = [x for x in ordered if x.rule == "fa.person.plural_title"]
        others = [x for x in ordered if x.rule != "fa.person.plural_title"]
        if len(group) >= 2 and others and len({x.mention.start for x in group}) == 1 \
                and ((group[0].mention.start < others[0].mention.start
                      and ("جداگانه" in words or draft.trigger.id_.startswith("fa.trigger.credentials")))

                     or (draft.trigger.id_.startswith("fa.trigger.credentials")
                         and not any(self._side_role(x) == "ambassador" for x in others))) \
                and not self._in_headline(draft.trigger.doc, draft.trigger, u):  # (a headline sums the ceremonies up)
            # `سفرای جدید A، B و C (در مراسم جداگانه‌ای) استوارنامه‌های خود را تقدیم X کردند`: one contact per country
            # of the plural title that is the subject, each with the others (credentials are always handed one by one, also
            # when the host is the subject: `X استوارنامه‌های سفیران A، B و C را پذیرفت`)
            return [self._part(draft, [*others, side]) for side in group]
        if len(group) >= 2 and others and len({x.mention.start for x in group}) == 1 \
                and draft.trigger.id_ == "fa.trigger.received_in_audience" \
                and all(self._side_role(x) == "ambassador" for x in group) \
                and not any(self._side_role(x) == "ambassador" for x in others):
            # `X سفیران ژاپن و کویت را به حضور پذیرفت`: ambassadors are received one by one, also in a headline (each
            # part then is the reception the body tells)
            return [self._part(draft, [*others, side]) for side in group]
        if len(ordered) >= 3 and "جداگانه" not in words and self._also_met_each(ordered, c_start, draft.trigger.start):
            return [self._part(draft, [ordered[0], side]) for side in ordered[1:]]
        if len(ordered) >= 3 and all(self._then_with(a.mention.end, b.mention.start)
                                     for a, b in zip(ordered[1:], ordered[2:])) \
                and "با" in self._words[ordered[0].mention.end:ordered[1].mention.start]:
            # `با X رئیس مجلس ... و سپس با Y نخست‌وزیر این کشور دیدار کرده بود`: one contact after the other
            return [self._part(draft, [ordered[0], side]) for side in ordered[1:]]
        if len(ordered) >= 3 and "جداگانه" not in words and self._plural_calls_with(c_start, draft.trigger.end):
            words = [*words, "جداگانه"]  # `در تماس‌های تیلفونی با A و B گفتگو کرد`: the calls, one with each
        if len(ordered) >= 3 and "جداگانه" not in words and any(a == "به" and b == "ترتیب"
                                                                 for a, b in zip(words, words[1:])):
            words = [*words, "جداگانه"]  # `به ترتیب با A، B و C دیدار کرد`: one after the other, one meeting each
        ordered = [s for k, s in enumerate(ordered) if not (k == 1 and self._another_title_of(ordered[0], s)) and (
            s.entity is None or all(s.entity is not o.entity for o in ordered[:k]))]
        # (`وانگ شیائوهونگ عضو شورای دولتی و وزیر امنیت عمومی چین ... به طور جداگانه با A، B و C`: the subject's
        # second title is no one more)
        if "جداگانه" not in words or len(ordered) < 3:
            return [draft]
        k = words.index("جداگانه")
        if k > 0 and self._indefinite_event_noun(words[k - 1]):
            return [draft]  # `در نشستی / تماسی جداگانه با X`: one contact apart from the one told, not several
        subjects = self._subjects_before_with(ordered)
        objects = ordered[len(subjects):]
        between_them = self._words[subjects[-1].mention.end:objects[0].mention.start]
        if "با" not in between_them and "میزبان" not in between_them \
                and "را" not in self._words[objects[-1].mention.end:draft.trigger.start]:
            return [draft]  # (`در دو دیدار جداگانه، سفیران A و B را به حضور پذیرفت`: the ones received; `در دو دیدار
            # جداگانه میزبان A و B بود`: the ones hosted)
        return [self._part(draft, [*subjects, side]) for side in objects]

    def _another_title_of(self, named: Side, side: Side) -> bool:
        """`X عضو شورای دولتی و وزیر امنیت عمومی چین`: a title told right after the first side's name, its first title
        and `و`, no comma or `با` between, is that side's second title."""
        if side.mention.kind != "title_only" or side.entity is not None or named.mention.kind != "name":
            return False
        gap = self._words[named.mention.end:side.mention.start]
        return len(gap) > 1 and gap[-1] == "و" and "،" not in gap and "با" not in gap and "و" not in gap[:-1]

    def _subjects_before_with(self, ordered: list[Side]) -> list[Side]:
        """`A و B به‌طور جداگانه با C و D دیدار کردند`: the sides joined by `و` before the `با` of those met apart
        (A and B, who met each of C and D together); else the first side alone."""
        subjects = ordered[:1]
        for side in ordered[1:-1]:
            gap = self._words[subjects[-1].mention.end:side.mention.start]
            if gap != ["و"]:
                break
            subjects.append(side)
        if len(subjects) > 1 and "با" not in self._words[subjects[-1].mention.end:ordered[len(subjects)].mention.start]:
            return ordered[:1]
        return subjects

    def _among_a_crowd(self, trigger: Span, u) -> bool:
        """`در جمع X حضور یافت`: the clause has its subject among a crowd (`در جمع`) before the verb, with no session
        noun between."""
        c_start, _ = u.clauses[u.clause_of[trigger.start]]
        words = self._words
        crowd = next((k for k in range(trigger.start - 1, c_start, -1) if words[k - 1:k + 1] == ["در", "جمع"]), None)
        return crowd is not None and not any(w in self.kb.event_nouns for w in words[crowd + 1:trigger.start])

    def _then_with(self, start: int, end: int) -> bool:
        """Between two people met, `و سپس با` / `و بعد با` / `و پس از آن با`: the second was met after the first."""
        gap = self._words[start:end]
        return len(gap) <= 12 and "با" in gap[-2:] and any(
            w == "سپس" or (w in ("بعد", "پس") and gap[k + 1:k + 3] in (["از", "آن"], ["با"]))
            for k, w in enumerate(gap))

    def _plural_calls_with(self, start: int, end: int) -> bool:
        """`تماس‌های تلفنی با`, `تماس‌های تیلفونی خود با` between `start` and `end`: calls in the plural, each with
        one of those named after `با`."""
        words = self._words
        return any(words[k] == "تماس" and words[k + 1] in ("های", "ها") and "با" in words[k + 2:k + 5]
                   for k in range(start, end - 2))

    @staticmethod
    def _part(draft: DraftEvent, sides: list[Side]) -> DraftEvent:
        """One of the separate contacts `draft` tells."""
        part = DraftEvent(draft.type, draft.trigger, list(draft.triggers), sides, separate=draft.trigger.start)
        part.status = draft.status
        return part

    def _also_met_each(self, ordered: list[Side], c_start: int, end: int) -> bool:
        """`وی همچنین با A وزیر ... و B رئیس ... دیدار کرد`: "also met" two or more people named, of one country other
        than the subject's: a meeting with each, as the ones told before it were."""
        subject, objects = ordered[0], ordered[1:]
        with_at = next((k for k in range(max(c_start, subject.mention.end), objects[0].mention.start)
                        if self._words[k] == "با"), None)
        if with_at is None or "همچنین" not in self._words[c_start:with_at] or not all(
                s.entity is not None and s.mention.kind == "name" and s.mention.end < end for s in objects):
            return False
        countries = {self._country(s.entity) for s in objects}
        if len(countries) != 1 or (subject.entity is not None
                                   and (None in countries or self._country(subject.entity) in countries)):
            return False
        return all(self._words[a.mention.end:b.mention.start].count("و") >= 1 and "،" not in
                   self._words[a.mention.end:b.mention.start] for a, b in zip(objects, objects[1:]))

    def _past_perfect(self, trigger: Span) -> bool:
        """The trigger's verb in the past perfect (`دیدار کرده بود`, `رفته بودند`), also when it shares the auxiliary
        of a participle coordinated after it (`دیدار کرده و خواستار ... شده بود`)."""
        end, words = trigger.end, self._words
        if (end < len(words) and words[end - 1] == "با") or trigger.id_ == "fa.trigger.phone_by_phone" \
                or words[end - 1] in CALL_MODES:
            # (`در تماسی تلفنی درباره ... گفتگو کرده بودند`: a call's noun, its verb later)
            # `در گفت‌وگویی تلفنی با X ... رایزنی کرده بود`: the verb that follows the one met (or the manner told:
            # `به صورت تلفنی با یکدیگر گفت‌وگو کرده بودند`)
            return self._verb_after_in_past_perfect(trigger)
        if end >= len(words):
            return False
        if not words[end - 1].endswith("ه") and not (trigger.id_ in SUMMONS_TRIGGERS and words[end] == "و"):
            return False  # (`X را احضار و اعتراض ... را به وی ابلاغ کرده بود`: the summons shares the verb after it)
        if words[end] in ("بود", "بودند"):
            return True
        if words[end] != "و":
            return False
        for k in range(end + 1, min(end + 16, len(words))):
            if words[k] in SENTENCE_STOPS or words[k] in FINITE_VERBS:
                return words[k] in ("بود", "بودند") and words[k - 1].endswith("ه")
        return False

    def _verb_after_in_past_perfect(self, trigger: Span) -> bool:
        """The first finite verb after the trigger in its clause closes a past perfect (`در گفت‌وگویی تلفنی با X ...
        رایزنی کرده بود`)."""
        words = self._words
        c_end = self._units.clauses[self._units.clause_of[trigger.start]][1]
        verb = next((k for k in range(trigger.end, min(trigger.end + 24, c_end)) if words[k] in FINITE_VERBS), None)
        return verb is not None and words[verb] in ("بود", "بودند") and words[verb - 1].endswith("ه")

    def _subjunctive_status(self, doc: Doc, trigger: Span, u) -> str:
        """A contact told in the subjunctive (`دیدار کند`) has not happened: requested when the sentence asks for it
        before (`خواستار شد که X با Y دیدار کند`, `از او خواست ...`), else what its clause says, else planned."""
        s_start = u.sentences[u.sentence_of[trigger.start]][0]
        asked = self._words[s_start:trigger.start]
        if not REQUEST_WORDS.isdisjoint(asked) or "خواست" in asked or "پیشنهاد" in asked:
            return "requested"  # (`پیشنهاد داده است که ... گرد هم آیند`: proposed, asked for)
        said = self._status(doc, trigger, u)
        return said if said != "actual" else "planned"

    def _early_in_a_month(self, trigger: Span, u) -> bool:
        """`در اوایل ماه سرطان`, `اواخر ماه گذشته`: a part of a month (no day of it) dates the clause's session
        before the article's news."""
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        words = self._words
        if not any(words[k] in PART_OF_MONTH and words[k + 1] == "ماه" for k in range(c_start, c_end - 1)):
            return False
        return not any(mention.kind in ("relative_day", "weekday", "absolute")
                       for mention, _start, _end in self._dates_between(c_start, c_end))

    def _only_dated_months_back(self, trigger: Span, u) -> bool:
        """The trigger's clause names a day or month more than a month before publication and no day of this week
        (`امروز شنبه ... به پایان رسید و ... سوم خرداد ... برگزار شود` is today's)."""
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        return self._dated_months_back(c_start, c_end) and not any(
            mention.kind in ("relative_day", "weekday") for mention, _start, _end in self._dates_between(c_start, c_end))

    def _with_a_crowd(self, trigger: Span, u) -> bool:
        """The contact's `با` takes a head count of three or more (`با بیش از ۲۰ تن از همتایان خود`, `با ده‌ها نفر از`):
        a tally of many contacts, no one contact of this article."""
        c_start = u.clauses[u.clause_of[trigger.start]][0]
        words = self._words
        for k in range(max(c_start, trigger.start - 16), trigger.start):
            if words[k] != "با":
                continue
            n = k + 1
            if words[n:n + 2] == ["بیش", "از"] or words[n:n + 2] == ["نزدیک", "به"]:
                n += 2
            elif n < trigger.start and words[n] in ("حدود", "قریب"):
                n += 1
            if words[n:n + 2] in SOME_OF:
                return True  # `با شماری از همتایان خود دیدار کرده است`: some of them, a tally
            crowd = (words[n].isdigit() and int(words[n]) >= 3) or words[n] in CROWD_WORDS
            if words[n] in ("ده", "صد") and words[n + 1:n + 2] == ["ها"]:
                n += 1  # `ده‌ها تن`: the normaliser splits the plural suffix off
            if crowd and n + 1 < trigger.start and words[n + 1] in ("تن", "نفر"):
                return True
        return False

    def _days_ago(self, trigger: Span) -> bool:
        """The clause dates the contact some time back (`حدود ده روز پیش`, `دو هفته قبل`, `هفته گذشته`)."""
        c_start, c_end = self._units.clauses[self._units.clause_of[trigger.start]]
        words = self._words[c_start:c_end]
        return any(((w in ("روز", "هفته", "ماه", "سال") and b in ("پیش", "قبل") and c != "از")
                    or (w in ("هفته", "ماه", "سال") and b == "گذشته")
                    or (w in ("هفته", "ماه", "سال") and b == "پس" and c == "از"))
                   # (`دو هفته پس از آن ... که ... کرده بود`)
                   and not self._in_a_closed_relative(c_start + k, trigger, c_start)
                   for k, (w, b, c) in enumerate(zip(words, words[1:], words[2:] + [""])))
        # (`دو روز پیش از این دیدار`: this story's)

    def _past_days(self, trigger: Span, u) -> bool:
        """`در روزهای گذشته هیئت‌هایی ... دیدار کرده بودند`: the past days named in the clause of a contact told in the
        past perfect: an earlier one (not `جمعه گذشته ... دیدار کرده بود`, a day of this story)."""
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        words = self._words
        return any(words[k + 1] == "گذشته" and words[k] in ("روزهای", "روزها")
                   and not self._in_a_closed_relative(k, trigger, c_start) for k in range(c_start, c_end - 1))

    def _weeks_ago(self, trigger: Span) -> bool:
        """The clause dates the contact weeks or more back (`حدود دو هفته پیش به کابل سفر کرده و ...`), in any tense:
        an earlier contact the article recalls (not `دو هفته پیش از این دیدار`, which times this one)."""
        c_start, c_end = self._units.clauses[self._units.clause_of[trigger.start]]
        words = self._words[c_start:c_end]
        return any(w in ("هفته", "ماه", "سال") and b in ("پیش", "قبل") and c != "از" and k > 0
                   and (words[k - 1].isdigit() or words[k - 1] in NUMBER_WORDS)
                   and not self._in_a_closed_relative(c_start + k, trigger, c_start)
                   for k, (w, b, c) in enumerate(zip(words, words[1:], words[2:] + [""])))

    def _in_a_closed_relative(self, position: int, trigger: Span, c_start: int) -> bool:
        """`با حسان دیاب که کابینه او کمتر از یک ماه پیش تشکیل شده است دیدار کرد`: `position` lies in a relative clause
        about someone's other doing (no event noun before its `که`, no contact or trip in it) that its own verb closes
        before the trigger: that doing's time, not the contact's."""
        words = self._words
        if position >= trigger.start:
            return False
        marker = next((k for k in range(position - 1, c_start - 1, -1) if words[k] in self.relative_markers), None)
        if marker is None or any(words[k] in self.kb.event_nouns for k in range(max(c_start, marker - 8), marker)):
            return False
        close = next((k for k in range(position + 1, trigger.start) if words[k] in CLAUSE_VERBS), None)
        return close is not None and all(t.id_ in HELD_TRIGGERS for t in self._triggers_between(marker, close + 1))

    def _long_ago_or_counted(self, trigger: Span) -> bool:
        """The clause dates the contact years or weeks back, or counts such contacts (`امسال سه بار به چین سفر کرده
        است`): background, no contact of the news."""
        return self._years_ago(trigger) or self._weeks_ago(trigger) or self._times_over(trigger)

    def _times_over(self, trigger: Span) -> bool:
        """`سه بار`, `چند بار` before the trigger in its clause: a count of contacts over a time, no one of them
        (`برای دومین بار` counts nothing: it has no number word)."""
        c_start, _ = self._units.clauses[self._units.clause_of[trigger.start]]
        words = self._words
        return any(words[k] == "بار" and (words[k - 1].isdigit() or words[k - 1] in NUMBER_WORDS)
                   for k in range(c_start + 1, trigger.start))

    def _done_before_this(self, trigger: Span, u) -> bool:
        """A contact verb in the present perfect (`دیدار کرده است`) in a clause that opens with `پیش از این` (or `قبلا`,
        `پیش‌تر`): a contact had before the one told, not this article's."""
        end, words = trigger.end, self._words
        if end >= len(words) or words[end] not in ("است", "اند") or not words[end - 1].endswith("ه"):
            return False
        c_start, _ = u.clauses[u.clause_of[trigger.start]]
        head = words[c_start:trigger.start]
        return any(_earlier_cue(head, k) for k in range(min(len(head), 4)))

    def _earlier_on(self, trigger: Span, u) -> bool:
        """`پیش از این در سفر به ریاض با X دیدار کرده بود`, `پیش‌تر در سفر به ...`: the clause says "earlier, on a
        trip" (another trip; not `پیش از این، عصر چهارشنبه ...`, earlier on this one)."""
        c_start, _ = u.clauses[u.clause_of[trigger.start]]
        words = self._words[c_start:trigger.start]
        return any((n := _earlier_cue(words, k)) and (
            not {"سفر", "سفری"}.isdisjoint(words[k + n:k + n + 3])  # (`در سفری به عربستان`: on a trip)
            or (words[k + n:k + n + 2] == ["در", "حاشیه"] and words[k + n + 2:k + n + 3] != ["این"])
            # (`پیش از این در حاشیه نشست وزرای دفاع ... در چینگدائو`: at another session, not `در حاشیه این نشست`)
            or (words[k + n:k + n + 1] == ["در"] and any(s.label_ == "PLACE" and s.start == c_start + k + n + 1
                                                        for s in self._structure_at(c_start + k + n + 1))))
            for k in range(len(words)))  # (`پیش از این در کاراکاس با X دیدار کرده بود`: the tour's earlier stop)

    def _in_recent_weeks(self, trigger: Span, u) -> bool:
        """`در هفته‌های اخیر` right before the contact in its clause: contacts of recent weeks, told as background (the
        clause's `ماه‌های اخیر` is a background cue of its own)."""
        c_start, _ = u.clauses[u.clause_of[trigger.start]]
        words = self._words[max(c_start, trigger.start - 8):trigger.start]
        return any(tuple(words[k:k + len(cue)]) == cue for k in range(len(words)) for cue in IN_RECENT_WEEKS)

    def _clause_told_earlier(self, trigger: Span, u) -> bool:
        """A session attended (`برای اشتراک در نشست ...`) in a clause that opens `پیش از این` (or `قبلا`, `پیش‌تر`) and
        closes in the past perfect (`... برای اشتراک در نشست سه جانبه ... به کابل آمده بود`): before this news."""
        words = self._words
        if not any(words[k] in ("شرکت", "اشتراک") and words[k + 1] == "در"
                   for k in range(max(0, trigger.start - 2), min(trigger.start + 1, len(words) - 1))):
            return False  # (only a session one came to attend: the verbs of contact have past-perfect checks)
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        head = words[c_start:trigger.start]
        last = c_end - 1
        while last > c_start and words[last] in (".", "،", "؛", "!", "؟"):
            last -= 1
        return any(_earlier_cue(head, k) for k in range(len(head))) \
            and words[last] in PAST_AUXILIARIES and words[last - 1].endswith("ه")

    def _earlier_call(self, trigger: Span, u) -> bool:
        """`پیش از این با X نیز تلفنی گفتگو کرده بود`: a call told as earlier, with no date of its own (no trip makes
        it an earlier stop of this one); or a meeting so told (`پیش از این نیز A و B در حاشیه ... دیدار کرده بودند`),
        not `پیش از این دیدار` (before the meeting just told, on the same trip)."""
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        head = self._words[c_start:trigger.start]
        if trigger.label_ != "phone_call":
            return trigger.label_ in ("meeting", "multilateral_meeting") and any(
                (n := _earlier_cue(head, k)) and k + n < len(head) and head[k + n] in ("نیز", "هم", "،")
                # (`پیش از این، وابسته دفاعی در دیداری با X زمینه‌های این سفر را بررسی کرده بود`: set apart by a
                # comma, "before this" opens the sentence's own time)
                for k in range(len(head))) and not self._dated_between(c_start, c_end)
        return any(_earlier_cue(head, k) for k in range(len(head))) and not self._dated_between(c_start, c_end)

    def _on_earlier_trips(self, trigger: Span, u) -> bool:
        """`در سفرهای پیشین خود نیز با X گفت‌وگو کرده بود`, `در سفر قبلی`: on an earlier trip."""
        c_start, _ = u.clauses[u.clause_of[trigger.start]]
        words = self._words[c_start:trigger.start]
        return any(w in ("سفر", "سفرهای", "سفرها") and not {"پیشین", "قبلی", "قبل"}.isdisjoint(words[k + 1:k + 3])
                   for k, w in enumerate(words))

    def _names_a_year(self, trigger: Span, u) -> bool:
        """`در سال ۱۳۵۷ ... سفر کرده بود`: the clause names a year (`سال` and four digits)."""
        c_start, _ = u.clauses[u.clause_of[trigger.start]]
        words = self._words[c_start:trigger.start]
        return any(a == "سال" and b.isdigit() and len(b) == 4 for a, b in zip(words, words[1:]))

    def _timed_after_it(self, trigger: Span, u) -> bool:
        """`این تماس چند هفته پس از دیدار X با Y صورت گرفت`: a contact the clause's own ("this") contact is timed
        after (`پس از` / `بعد از` right before the noun), an earlier one."""
        words = self._words
        if trigger.start < 2 or words[trigger.start - 1] != "از" or words[trigger.start - 2] not in ("پس", "بعد"):
            return False
        c_start, _ = u.clauses[u.clause_of[trigger.start]]
        return any(words[k] == "این" and words[k + 1] in self.kb.event_nouns for k in range(c_start, trigger.start - 3))

    def _in_that_year(self, trigger: Span, u) -> bool:
        """`در آن سال` / `در آن زمان` before the trigger in its clause, and a past perfect (`دیدار کرده بود`): a contact
        of the time the sentence before named."""
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        words = self._words
        if not any(words[k] == "در" and words[k + 1] == "آن" and words[k + 2] in ("سال", "زمان")
                   for k in range(c_start, trigger.start - 2)):
            return False
        return any(w in ("بود", "بودند") for w in words[trigger.end - 1:min(c_end, trigger.end + 2)])

    def _in_what_this_came_after(self, trigger: Span, u) -> bool:
        """`این دیدار کمتر از یک ماه پس از سفر X به مسقط انجام شد؛ سفری که در جریان آن X با Y دیدار کرد`, `سفر وزیر
        چند روز پس از آن صورت می‌گیرد که X با Y دیدار کرده بود`: the contact lies in the `که` clause of what this one is
        timed some days or weeks after (not `دو روز پس از آن که وارد مسکو شد، با پوتین دیدار کرد`: no `انجام`/`صورت`
        tells this one's taking place before the `که`)."""
        s_start = u.sentences[u.sentence_of[trigger.start]][0]
        words = self._words
        for k in range(s_start + 1, trigger.start - 3):
            if words[k:k + 2] == ["پس", "از"] and words[k + 2] in ("سفر", "آن") \
                    and (words[k - 1] in ("هفته", "ماه") or words[k - 2:k] == ["چند", "روز"]):
                # (`یک روز پس از آن ... که X با Y گفت‌وگو کرد`: yesterday's contact is still news)
                rel = next((m for m in range(k + 3, trigger.start) if words[m] == "که"), None)
                return rel is not None and not {"انجام", "صورت"}.isdisjoint(words[k + 3:rel])
        return False

    def _years_ago(self, trigger: Span) -> bool:
        """The sentence, up to the trigger, dates the contact years back (`پنج سال پیش`, `۱۰ سال قبل`): history,
        whatever the tense."""
        sentences = self._units.sentences
        sentence = self._units.sentence_of[trigger.start]
        s_start, _ = sentences[sentence]
        first = next((k for k in range(s_start, trigger.start) if self._words[k].strip()), trigger.start)
        if sentence > 0 and self._words[first] in self.pronouns and self._words[first + 1:first + 2] == ["همچنین"]:
            sentence = self._sentence_before(sentence)  # `وی همچنین با X دیدار کرد`: on the trip the sentence before told
            s_start, _ = sentences[sentence]
        words = self._words[s_start:trigger.start]
        if sentence > 0 and any(a == "در" and b in ("آن", "این") and c in ("سفر", "دیدار", "زمان")
                                for a, b, c in zip(words, words[1:], words[2:])):
            # `هشت سال پیش ... شی به تهران سفر کرد. شی در آن سفر با روحانی گفت‌وگو کرد`: that trip's time; `سفر رئیسی
            # به پکن در بهمن ۱۴۰۱ ... رئیسی در این سفر با شی گفت‌وگو کرد`, a year before the report: that trip's too
            p_start, _ = sentences[self._sentence_before(sentence)]
            if self._dated_months_back(p_start, s_start):
                return True
            words = self._words[p_start:trigger.start]
        return "سال" in words and any((a.isdigit() or a in NUMBER_WORDS) and b == "سال" and c in ("پیش", "قبل", "بعد")
                                      for a, b, c in zip(words, words[1:], words[2:]))  # (`in` tests in C)

    def _sentence_after(self, sentence: int) -> int | None:
        """The nearest sentence after `sentence` with words, if any (see `_sentence_before`)."""
        sentences, words = self._units.sentences, self._words
        k = sentence + 1
        while k < len(sentences) and not any(w.strip() for w in words[slice(*sentences[k])]):
            k += 1
        return k if k < len(sentences) else None

    def _sentence_before(self, sentence: int) -> int:
        """The nearest sentence before `sentence` with words (a blank line is a sentence of its own)."""
        k = sentence - 1
        while k > 0 and not self._has_words(k):
            k -= 1
        return max(k, 0)

    def _dated_months_back(self, start: int, end: int) -> bool:
        """A month-or-day date between `start` and `end` more than a month before publication."""
        return self._dated_back(start, end, 31, ("day", "month"))

    def _dated_back(self, start: int, end: int, days: int, granularities: tuple[str, ...]) -> bool:
        """A date of one of `granularities` between `start` and `end` more than `days` days before publication."""
        published = self._published
        if published is None:
            return False
        for mention, _s, _e in between(self._date_starts, self._dates, start, end):
            resolved = self.date_rules.resolve(mention, published)
            if resolved is not None and resolved.value and resolved.granularity in granularities \
                    and dt.date.fromisoformat(resolved.value) < published - dt.timedelta(days=days):
                return True
        return False

    def _before_the_trip(self, trigger: Span, u, nouns: frozenset[str] = TRIP_WORDS) -> bool:
        """`پیش از سفر به تهران، ... در استانبول با اردوغان دیدار کرده بود`: an earlier stop, before this trip (with
        `nouns`, only before one of those: `پیش از ورود به قدس`, before arriving)."""
        s_start, _ = u.sentences[u.sentence_of[trigger.start]]
        words = self._words[s_start:trigger.start]
        return any(words[i] in ("پیش", "قبل") and words[i + 1] == "از" and (
            words[i + 2] in nouns
            or (nouns is TRIP_WORDS
                and any(span.label_ in ("PLACE", "COUNTRY") for span in self._structure_at(s_start + i + 2))))
            for i in range(len(words) - 2))  # `پیش از پاریس به رم رفته بود و ... گفتگو کرده بود`

    def _tour_told(self) -> bool:
        """The article tells a tour of several stops (`سفر منطقه‌ای`, `آخرین مرحله از سفر`, `تور منطقه‌ای`)."""
        if self._tour is None:
            words = self._words
            self._tour = any((w in ("سفر", "تور") and words[k + 1] in TOUR_WORDS)
                             or (w == "مرحله" and "سفر" in words[k + 1:k + 4]) for k, w in enumerate(words[:-1]))
        return self._tour

    def _dated_this_week(self, trigger: Span, u) -> bool:
        """The trigger's clause dates the contact by a weekday or a day of the last few days (`روز سه‌شنبه در ابوظبی ...
        مذاکره کرده بود`, `دیروز`): with a tour told, an earlier stop of it, not of another trip."""
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        return any(mention.kind == "weekday" or (mention.kind == "relative_day" and -7 <= mention.offset < 0)
                   for mention, _start, _end in self._dates_between(c_start, c_end))

    def _dated_days_before(self, trigger: Span, u) -> bool:
        """The trigger's clause dates it by a bare weekday (`روز دوشنبه`, not `شنبه گذشته`) or a day of the last week
        (`شامگاه دیروز`), and by no month or year: a day of the news the article reports, told in the past perfect."""
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        dates = [mention for mention, _start, _end in self._dates_between(c_start, c_end)]
        return any((mention.kind == "weekday" and not mention.explicit)
                   or (mention.kind == "relative_day" and -7 <= mention.offset < 0) for mention in dates) \
            and all(mention.kind in ("weekday", "relative_day") for mention in dates)

    def _also_this_week(self, trigger: Span, u) -> bool:
        """`وی روز دوشنبه نیز با X دیدار کرده بود`: a day of this week and `نیز` before the trigger in its clause
        tell one more contact (with someone after `با`) of the visit the article reports, even with its subject not named
        again; not a trip (`... نیز بود و X به این شهر سفر کرده بود`)."""
        c_start, _ = u.clauses[u.clause_of[trigger.start]]
        before = self._words[c_start:trigger.start]
        return "نیز" in before and "با" in before and trigger.label_ != "visit" and self._dated_this_week(trigger, u)

    def _meeting_of_a_month(self, trigger: Span) -> bool:
        """`در دیدار ژانویه امسال`, `در دیدار فروردین ۱۴۰۲`: a contact noun named by a month and its year."""
        words = self._words
        if trigger.id_ != "fa.trigger.in_meeting_of" or trigger.start + 3 >= len(words):
            return False
        month, after = words[trigger.start + 2], words[trigger.start + 3]
        if month == "ماه" and after in self.date_rules.month_words:
            return True  # `در دیدار ماه اکتبر آن‌ها در حاشیه اجلاس کازان`: the meeting of a month named
        return month in self.date_rules.month_words and (after in ("امسال", "گذشته", "سال") or after.isdigit())

    def _names_a_month(self, trigger: Span, u) -> bool:
        """A month name (Jalali, Afghan, Gregorian, Hijri) or a season in the trigger's clause."""
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        months = self.date_rules.month_words
        named = {i for m in between(self._mention_starts, self._mentions, c_start, c_end) for i in range(m.start, m.end)}
        named.update(i for start, end in self._days_of_this_week(c_start, c_end) for i in range(start, end))
        words = self._words

        def dated(i: int) -> bool:  # `۲۴ حوت`, `حمل ۱۴۰۲`, `میزان‌ماه`: a month word that is also a common word
            return any(0 <= j < len(words) and (words[j].isdigit() or words[j] in NUMBER_WORDS or words[j] == "ماه")
                       for j in (i - 1, i + 1))

        return any((((w in months or (w.endswith("ماه") and w[:-3] in months)) and c_start + k not in named
                     and (w not in WORD_MONTHS or dated(c_start + k))) or w in SEASONS
                    or (w in PART_OF_MONTH and (words[c_start + k + 1:c_start + k + 2] == ["ماه"]
                                                or words[c_start + k + 1:c_start + k + 3] in (["همین", "ماه"],
                                                                                              ["این", "ماه"]))))
                   and not (self._in_a_closed_relative(c_start + k, trigger, c_start)
                            and not self._triggers_between(c_start + k, trigger.start))
                   for k, w in enumerate(words[c_start:c_end]))  # `بشار اسد` names no month (اسد)
        # (`X که اواخر ماه آوریل جانشین Y شد، روز سه‌شنبه در ریاض با Z دیدار کرده بود`: the month of his other doing;
        # not `که در ماه ژوئیه ... جلسه ... برگزار شده بود و در آن ... گفتگو نموده بودند`: that session's month)
        # (`اوایل ماه جاری ... دیدار کرده بود`, `اواسط همین ماه ... دیدار کرده بودند`: earlier this month, another trip)

    def _stop_in_headline(self, trigger: Span, u) -> bool:
        """Where the trigger's clause places the contact (`در آنکارا`) is named before the lead too (`عبادی پس از آنکارا
        در تهران`): the earlier stop is part of the tour the article tells, not another trip."""
        body_start = self._body_start
        if body_start >= len(self._words):
            # `سعیدوف پس از عشق‌آباد وارد تهران شد\n\nتهران- ایرنا- ...`: no `به گزارش`, a dateline opens the lead
            # after the headline's line
            body_start = next((k for k, w in enumerate(self._words) if "\n" in w), len(self._words))
            if body_start >= len(self._words):
                return False
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        first, last = bisect_left(self._structure_starts, c_start + 1), bisect_left(self._structure_starts, c_end)
        here = {s.kb_id_ for s in self._structure[first:last] if s.label_ == "PLACE" and self._words[s.start - 1] == "در"}
        head = self._structure[:bisect_left(self._structure_starts, body_start)]
        return bool(here) and any(s.label_ == "PLACE" and s.kb_id_ in here for s in head)

    def _days_of_this_week(self, c_start: int, c_end: int) -> list[tuple[int, int]]:
        """Token spans of the clause's day-level dates that fall in the week before publication (`روز ۱۳ ژوئن` in an
        article of 14 June): a month named with such a day dates no earlier month. With no publication date, the week
        before the article's first day-level date (`ژنرال کیانی روز دوشنبه ۲۲ مارس ... دیدار کرده بود` after talks
        `روز چهارشنبه ۲۴ مارس`)."""
        if self._published is None:
            lead = self._first_day_date()
            if lead is None:
                return []
            return [(start, end) for mention, start, end in self._dates_between(c_start, c_end)
                    if mention.kind in ("absolute", "no_year") and mention.day is not None
                    and (mention.calendar, mention.month) == (lead.calendar, lead.month)
                    and mention.year in (None, lead.year) and 0 <= lead.day - mention.day <= 7]
        spans = []
        for mention, start, end in self._dates_between(c_start, c_end):
            if mention.kind in ("absolute", "no_year") and mention.day is not None:
                value = self.date_rules.resolve(mention, self._published).value
                if value and 0 <= (self._published - dt.date.fromisoformat(value)).days <= 7:
                    spans.append((start, end))
        return spans

    def _first_day_date(self):
        """The article's first date that names a day of a month (`۲۴ مارس`), or None."""
        if self._first_day is None:
            self._first_day = (next((m for m, _s, _e in self._all_dates
                                     if m.kind in ("absolute", "no_year") and m.day is not None and m.month is not None),
                                    None),)
        return self._first_day[0]

    def _dates_between(self, start: int, end: int) -> list:
        """The article's (mention, token start, token end) dates that start in [start, end)."""
        dates, starts = self._all_dates, self._all_date_starts
        if starts is None:  # not in token order: scan them all
            return [d for d in dates if start <= d[1] < end]
        return dates[bisect_left(starts, start):bisect_left(starts, end)]

    def _attended_then_both_sides(self, sides: list, attending: list, dual: int, u) -> bool:
        """The sentence opens inside a contact just told (`در این دیدار`), everyone not yet attending is named before
        `حضور داشت(ند)`, and the pair (`دو طرف`) comes after it."""
        s_start = u.sentences[u.sentence_of[dual]][0]
        if not self._refers_back(s_start, min(s_start + 4, dual)):
            return False
        words = self._words
        verb = next((i for i in range(dual - 1, s_start, -1) if words[i - 1] == "حضور" and words[i] in ("داشت", "داشتند")),
                    None)
        return verb is not None and all(s.mention.start < verb for s in sides if s not in attending)

    def _refers_back(self, start: int, end: int) -> bool:
        """The clause speaks from inside an event already told (`در این تماس`, `در این دیدار`)."""
        words = self._words
        return any(words[i] == "در" and words[i + 1] == "این" and words[i + 2] in self.kb.event_nouns
                   for i in range(start, end - 2))

    def _presence_start(self, doc: Doc, start: int, end: int) -> int | None:
        """Where `با حضور` (or the like) opens the list of people present, after the trigger."""
        words = self._words
        by_first = self._presence_by_first
        for i in range(start, end):
            for cue in by_first.get(words[i], ()):
                if tuple(words[i:i + len(cue)]) == cue:
                    return i + len(cue)
        return None

    def _state_visits(self, doc: Doc, events: list[DraftEvent], entity_of: dict, u) -> None:
        """A head of state or government who arrives in another side's country for the talks makes a visit."""
        arrivals = [t for t in self._trigger_spans if t.label_ == "visit" and t.kb_id_.startswith("strong")]
        visitors = []  # the first named person of each arrival's sentence before it (the same for every event)
        for arrival in arrivals:
            s_start, _ = u.sentences[u.sentence_of[arrival.start]]
            subjects = [entity_of.get(id(m)) for m in between(self._mention_starts, self._mentions, s_start,
                                                             arrival.start) if m.kind == "name"]
            visitors.append(subjects[0] if subjects else None)
        welcomes = [i for i in self._where("استقبال")  # an official welcome ceremony (`استقبال رسمی`, `رسمی استقبال`)
                    if (i < len(self._words) - 2 and self._words[i + 1] == "رسمی") or (i > 0 and self._words[i - 1] == "رسمی")]
        lead_end = self._lead_end(u)
        visited: set[tuple[str, str | None]] = set()  # (visitor, host country): the visit is told once per country
        for event in events:  # a visit already told (`مورد استقبال رسمی ... قرار گرفت`) with a host's counterpart, though
            # told after his talks with the host's president: those talks are meetings
            if event.type == "visit" and event.location is not None:
                host = self._location_country(event.location)
                if any(self._side_country(s) == host for s in event.sides):
                    visited.update((s.entity.key, host) for s in event.sides if s.entity is not None
                                   and self._side_country(s) not in (host, None))
        for event in events:  # the guest of an official welcome by a named host (`مراسم استقبال رسمی از X با حضور Y
            # برگزار شد`), though told after his talks with the host's president: those talks are meetings
            if event.type == "visit" and event.trace.get("type") == "fa.type.welcome_ceremony":
                host = self._side_country(event.sides[-1])
                visited.update((s.entity.key, host) for s in event.sides[:-1] if s.entity is not None)
        self._welcome_visits(events, welcomes, visited, u)
        placed = None  # the last event placed by its own words (not by the desk the report came from)
        for position, event in enumerate(events):
            if event.type == "visit" and event.location is not None:
                visited.update((s.entity.key, self._location_country(event.location)) for s in event.sides
                               if s.entity is not None)
            if event.location is not None and event.location.rule != "fa.location.dateline":
                placed = event
            if event.type != "meeting" or (event.location is None and (
                    placed is None or not placed.entity_keys() & event.entity_keys())):
                continue
            # (a contact told with no place of its own is at the place of the traveller's contact told before it)
            host = self._location_country(event.location if event.location is not None else placed.location)
            if event.location is not None and event.location.rule == "fa.location.dateline" and placed is not None \
                    and placed.entity_keys() & event.entity_keys():
                host = self._location_country(placed.location)  # (the traveller's next contact is on his trip)
            if any((s.entity.key, host) in visited for s in event.sides if s.entity is not None
                   and self._side_country(s) != host):
                continue  # the guest's later talks with others in the same country are meetings
            if any(s.entity is not None and self._role(s.entity) == "religious_leader" for s in event.sides):
                continue  # the Leader's audience for a visiting president is a meeting (the visit is the host's)
            leaders = {s.entity.key: s for s in event.sides if s.entity is not None
                       and self._role(s.entity) in LEADER_ROLES and not self._leads_a_region(s.entity)}
            s_start, s_end = u.sentences[u.sentence_of[event.trigger.start]]
            in_sentence = bool(welcomes) and bisect_left(welcomes, s_start) < bisect_left(welcomes, s_end)
            # (welcomes are sorted)
            if self._welcomed_guest(event, leaders, host, in_sentence or (bool(welcomes) and welcomes[0] < lead_end),
                                    in_sentence):
                self._mark_visit(event, host, visited, "fa.type.state_visit_welcome")
                continue
            for visitor in visitors if not self._brought_by_an_occasion(events, event, u) else ():
                if visitor is None or visitor.key not in leaders or (len(leaders) < 2 and self._host_leader_met_later(
                        events[:position] + events[position + 1:], visitor)):
                    continue  # (the speaker met first in the text: the visit is the talks with the host leader told
                    # after; or, `مورد استقبال رسمی مون قرار گرفت ... روز چهارشنبه با رئیس مجلس دیدار کرده بود`, before)
                hosts = {self._side_country(s) for s in event.sides if s.entity is None or s.entity.key != visitor.key}
                if host in hosts and host != self._country(visitor):
                    self._mark_visit(event, host, visited, "fa.type.state_visit")
                    break
            else:
                if len(leaders) == 2 and self._leader_trip(events, event, host, u, lead_end):
                    self._mark_visit(event, host, visited, "fa.type.state_visit_trip")

    def _welcome_visits(self, events: list[DraftEvent], welcomes: list[int], visited: set, u) -> None:
        """The talks the guest leader's official welcome leads into are the visit, wherever the text tells them:
        a welcome in the talks' own sentence (`پس از مراسم استقبال رسمی ... با X به گفت‌وگو نشسته بود`, `با مراسم
        رسمی استقبال شد و پس از آن با X دیدار کرد`), or in the sentence before when the talks follow the ceremony
        (`مراسم استقبال رسمی از ... برگزار شد. پس از این مراسم، X و Y ... گفتگو کردند`). His talks with the host's
        president told before them (`... امروز با رئیس جمهور دیدار کرد`) are then meetings."""
        words = self._words
        welcomes = sorted(set(welcomes) | {i for i in self._where("استقبال")  # (`با مراسم رسمی در کابل استقبال شد`)
                                           if "مراسم" in words[max(0, i - 5):i]
                                           and not OFFICIALLY.isdisjoint(words[max(0, i - 4):i])})
        if not welcomes:
            return
        placed = None
        for event in events:
            if event.location is not None and event.location.rule != "fa.location.dateline":
                placed = event
            if event.type != "meeting" or u.sentence_of[event.trigger.start] in self._summit_sentences:
                continue
            location = event.location if event.location is not None else (
                placed.location if placed is not None and placed.entity_keys() & event.entity_keys() else next(
                    (e.location for e in events if e.location is not None and e.entity_keys() & event.entity_keys()
                     and e.location.rule in ("fa.location.arrived", "fa.location.travel_to")), None))
            # (with no place of its own, the city the guest arrived in, though told later)
            if location is None:
                continue
            host = self._location_country(location)
            sentence = u.sentence_of[event.trigger.start]
            s_start, _ = u.sentences[sentence]
            told = any(s_start <= i < event.trigger.start and i not in self._quotes for i in welcomes)
            if not told and sentence > 0 and any(  # `پس از این مراسم، ...`: the ceremony told just before
                    words[k] == "پس" and words[k + 1] == "از" and "مراسم" in words[k + 2:k + 4]
                    for k in range(s_start, event.trigger.start - 2)):
                before = sentence - 1
                while before > 0 and all(not w.strip() for w in words[slice(*u.sentences[before])]):
                    before -= 1  # (a paragraph break is a sentence of its own)
                p_start, p_end = u.sentences[before]
                told = any(p_start <= i < p_end and i not in self._quotes for i in welcomes)
            if not told or any((s.entity.key, host) in visited for s in event.sides if s.entity is not None
                               and self._side_country(s) != host):
                continue
            leaders = {s.entity.key: s for s in event.sides if s.entity is not None
                       and self._role(s.entity) in LEADER_ROLES and not self._leads_a_region(s.entity)}
            if self._welcomed_guest(event, leaders, host, True, True):
                self._mark_visit(event, host, visited, "fa.type.state_visit_welcome")

    @staticmethod
    def _mark_visit(event: DraftEvent, host: str | None, visited: set[tuple[str, str | None]], rule: str) -> None:
        """Type `event` a visit (by `rule`) and remember its people as visited in the host's country."""
        event.type = "visit"
        event.trace["type"] = rule
        visited.update((s.entity.key, host) for s in event.sides if s.entity is not None)

    def _welcomed_guest(self, event: DraftEvent, leaders: dict, host: str | None, welcome_told: bool,
                        in_sentence: bool) -> bool:
        """The event is a guest leader's official welcome and talks: two leaders, one a guest, with a welcome in the
        lead or the event's sentence; or one guest leader with a host of any office, the welcome in the event's own
        sentence (`مراسم استقبال رسمی از بابانوف ... با حضور محمدرضا رحیمی معاون اول رئیس جمهور برگزار شد و دو طرف
        ... گفت‌وگو کردند`)."""
        if len(leaders) == 2 and welcome_told:
            return len([s for s in leaders.values() if self._side_country(s) not in (host, None)]) == 1
        if len(leaders) == 1 and in_sentence:
            guest = next(iter(leaders.values()))
            return self._side_country(guest) not in (host, None) \
                and any(self._side_country(x) == host for x in event.sides if x is not guest)
        return False

    def _trip_to(self, host: str) -> bool:
        """The article names a trip to the host's country anywhere (`نخستین سفر شریف به واشنگتن`, `اسلام‌آباد را به مقصد
        واشنگتن ترک کرد`): `سفر ... به` or `به مقصد`, then a place or the country itself."""
        words = self._words
        cues = [i + 1 for i in self._where("مقصد") if i > 0 and words[i - 1] == "به"]
        cues += [k + 1 for i in self._where("سفر") for k in range(i + 1, min(i + 4, len(words))) if words[k] == "به"]
        for k in cues:
            for span in self._structure_at(k):
                key = span.kb_id_.split("|")[0]
                country = key if span.label_ == "COUNTRY" else (
                    self.kb.places[key].country if span.label_ == "PLACE" and key in self.kb.places else None)
                if country == host:
                    return True
        return False

    def _host_leader_met_later(self, later: list[DraftEvent], visitor: Entity) -> bool:
        """One of the `later` events of the text has `visitor` with a head of state or government of another country."""
        return any(visitor.key in e.entity_keys() and any(
            s.entity is not None and s.entity.key != visitor.key and self._role(s.entity) in LEADER_ROLES
            and self._country(s.entity) != self._country(visitor) for s in e.sides) for e in later)

    def _leads_a_region(self, entity: Entity) -> bool:
        """`مسرور بارزانی نخست‌وزیر اقلیم کردستان عراق`: a leader's title over a region, not a state (his trip is no
        state visit). Read again only when mentions have been added (a leader of a long text has hundreds)."""
        count, value = self._region_leader.get(id(entity), (-1, False))
        if count != len(entity.mentions):
            value = any(m.role in LEADER_ROLES and m.country_rule == "fa.country.province_after_title"
                        for m in entity.mentions)
            self._region_leader[id(entity)] = (len(entity.mentions), value)
        return value

    def _brought_by_an_occasion(self, events: list[DraftEvent], event: DraftEvent, u) -> bool:
        """A summit, an inauguration or an event he came to attend (`برای شرکت در ...`) told up to the talks' sentence:
        a leader's talks on that trip are sideline meetings (a summit he goes on to later does not make them so).
        The first such sentence is read once."""
        if self._first_occasion is None or self._first_occasion[0] is not events:
            attending = sorted(i for noun in ATTENDING for i in self._where(noun)[:50]  # `برای شرکت در مراسم ...`
                               if 0 < i < len(self._words) - 1
                               and self._words[i - 1] in ("برای", "جهت", "منظور") and self._words[i + 1] == "در")
            sentences = list(self._summit_sentences) + [u.sentence_of[i] for i in self._where("تحلیف")[:1]] \
                + [u.sentence_of[e.trigger.start] for e in events if e.type == "multilateral_meeting"] \
                + [u.sentence_of[i] for i in attending[:1]]
            self._first_occasion = (events, min(sentences, default=len(u.sentences)))
        return self._first_occasion[1] <= u.sentence_of[event.trigger.start]

    def _leader_trip(self, events: list[DraftEvent], event: DraftEvent, host: str | None, u, lead_end: int) -> bool:
        """Two leaders' talks in the host's country, in an article that tells the guest's trip (an arrival, `سفر` in
        the lead or the talks' sentence, or a delegation headed there) and no summit or inauguration that would have
        brought him there."""
        countries = [self._side_country(s) for s in event.sides
                     if s.entity is not None and self._role(s.entity) in LEADER_ROLES]
        if host is None or countries.count(host) != 1 or None in countries or len(set(countries)) != 2:
            return False
        if self._brought_by_an_occasion(events, event, u):
            return False
        if any(t.label_ == "visit" and t.kb_id_.startswith("strong") for t in self._trigger_spans):
            return True
        sentence = u.sentence_of[event.trigger.start]
        if any(i < lead_end or u.sentence_of[i] == sentence for i in self._tokens_starting("سفر")):
            return True
        if self._trip_to(host) and not self._summit_sentences \
                and all(e.type != "multilateral_meeting" for e in events):
            return True  # (a trip to a summit, however told, brings him for the summit: `به مقصد سوچی`)
        s_start, s_end = u.sentences[sentence]  # `که در رأس هیئتی ... به پایتخت روسیه رفت، ... دیدار کرد`
        words = self._words
        return any(words[i] in ("رأس", "راس")
                   and (words[i + 1] in DELEGATION_WORDS or words[i + 1] in INDEFINITE_DELEGATIONS)
                   for i in range(s_start, min(s_end, len(words) - 1)))

    def _working_trips(self, events: list[DraftEvent]) -> list[DraftEvent]:
        """A minister's or commander's trip is a meeting with each counterpart: his arrival merged with talks is a
        meeting, and an arrival told on its own frames the talks reported after it (kept only when nobody is named
        to meet). A leader's arrival likewise frames the state visit told in the same country."""
        previous_host = None
        for event in events:
            host = self._location_country(event.location) if event.location is not None else previous_host
            previous_host = host  # (a contact with no place told is where the one before it was)
            if event.type != "visit" or host is None or event.trace.get("type", "").startswith("fa.type.state_visit"):
                continue
            guests = [s for s in event.sides if self._side_country(s) not in (host, None)]
            if guests and len(guests) < len(event.sides) and not any(
                    s.entity is not None and self._role(s.entity) in LEADER_ROLES for s in guests):
                event.type = "meeting"
                event.trace["type"] = "fa.type.working_trip"
        framed = set()
        for k, event in enumerate(events):
            host = self._location_country(event.location) if event.location is not None else None
            if event.type != "visit" or host is None or not event.sides:
                continue
            if any(self._side_country(s) in (host, None) for s in event.sides):
                continue  # a counterpart of the host country is named: the visit itself
            leader = any(s.entity is not None and self._role(s.entity) in LEADER_ROLES for s in event.sides)
            keys = event.entity_keys()
            for j, other in enumerate(events):
                other_host = self._location_country(other.location) if other.location is not None \
                    else host if j > k and other.type != "phone_call" else None  # it will take the arrival's place
                if other is event or other_host != host or not keys & other.entity_keys():
                    continue
                if other.type == "visit" or (not leader and other.type == "meeting"):
                    framed.add(k)
                    break
        return [e for k, e in enumerate(events) if k not in framed]

    def _home_capital(self, event: DraftEvent) -> LocationMention | None:
        """An outlet's official meeting a foreigner, with no place told and no trip in the article, met him at home:
        the outlet country's capital (`سرلشکر باقری ... با معاون وزیر دفاع روسیه ملاقات کرد` in Tasnim: Tehran).
        The evidence is the host's mention: the inference rests on who received the guest."""
        home = self._source_country
        if home is not None and self._credentials_at_home(event, home):
            return self._capital_of_host(next(s for s in event.sides if self._side_country(s) == home), home)
        if home is None or self._tokens_starting("سفر") or any(
                t.label_ == "visit" and t.kb_id_.startswith("strong") for t in self._trigger_spans):
            return None
        if any(w in REMOTE_MODES for t in event.triggers for w in self._words[t.start:t.end]) \
                or any(w in REMOTE_MODES for w in self._words[slice(*event.scope)]):
            return None  # a video summit took place nowhere
        if self._foreign_place is None:
            self._foreign_place = any(self.kb.places[key].country != home for span in self._places
                                      for key in [span.kb_id_.split("|")[0]] if key in self.kb.places)
        if self._foreign_place:
            return None  # a foreign place is named: the contact may have been there
        hosts = [s for s in event.sides if self._side_country(s) == home]
        if not hosts or not any(self._side_country(s) not in (home, None) for s in event.sides):
            return None
        if all(self._side_role(s) == "ambassador" for s in hosts):
            return None  # `کاظم جلالی سفیر ایران ... استوارنامه خود را تقدیم پوتین کرد`: the envoy is where he serves
        return self._capital_of_host(hosts[0], home)

    def _capital_of_host(self, host: Side, home: str) -> LocationMention | None:
        """The capital of the outlet's country, with the host's mention as its evidence."""
        capital = self.kb.capital_of.get(home)
        if capital is None:
            return None
        m = host.mention
        return LocationMention("PLACE", capital, m.start, m.end, m.start, m.end, "fa.location.home_capital")

    def _credentials_at_home(self, event: DraftEvent, home: str) -> bool:
        """Credentials (or their copies) a foreign ambassador handed to an official of the outlet's country: handed in
        its capital, whatever other places the article names (`سفیر جدید بلژیک ... بروکسل`)."""
        if not any(t.id_.startswith("fa.trigger.credentials") for t in event.triggers):
            return False
        roles = [(self._side_country(s), self._side_role(s)) for s in event.sides]
        return any(c == home and r != "ambassador" for c, r in roles) \
            and any(c not in (home, None) and r == "ambassador" for c, r in roles)

    def _welcoming_hosts(self, events: list[DraftEvent], entity_of: dict, u) -> None:
        """`X رسماً از میهمان ... استقبال کرد`, `در مراسم استقبال رسمی`: the host country's head of state or
        government who officially welcomes the visitor is the visit's host, though no meeting verb names him."""
        welcomes = self._where("استقبال")
        if not welcomes:
            return
        for event in events:
            if event.type != "visit" or event.location is None:
                continue
            host = self._location_country(event.location)
            keys = event.entity_keys()
            if host is None or not any(self._side_country(s) not in (host, None) for s in event.sides):
                continue
            for i in welcomes[bisect_left(welcomes, event.scope[0]):bisect_left(welcomes, event.scope[1])]:
                s_start, s_end = u.sentences[u.sentence_of[i]]
                words = self._words[s_start:s_end]
                if not any(w in OFFICIALLY and words[k - 1:k] not in (["سفر"], ["سفری"])
                           for k, w in enumerate(words)) or i in self._quotes:
                    continue  # (`در سفری رسمی وارد بیشکک شد`: an official trip, not an official welcome)
                for m in between(self._mention_starts, self._mentions, s_start, s_end):
                    if m.start > i and WELCOME_ATTENDANCE.isdisjoint(self._words[i:m.start]):
                        continue  # (after the welcome only who attended it: `مراسم رسمی استقبال ... با حضور X برگزار شد`)
                    entity = entity_of.get(id(m))
                    if entity is None or entity.key in keys or m.kind != "name" or self._country(entity) != host \
                            or entity.best("role") not in LEADER_ROLES:
                        continue
                    event.sides.append(Side(entity, m, rule="fa.person.official_welcome_host"))
                    keys.add(entity.key)

    def _listed_present(self, c_start: int, group_start: int) -> bool:
        """`با حضور X ... و وزیران دفاع روسیه، چین و ...`: a group that closes the list of those present."""
        return self._words[group_start - 1] == "و" and any(
            self._words[k] == "با" and self._words[k + 1] == "حضور" for k in range(c_start, group_start - 2))

    def _people_of(self, draft: DraftEvent) -> int:
        """How many people a draft's sides are: a title-only side with the office and country of a named side is
        that person (`پیشوای ملت، رئیس جمهور جمهوری تاجیکستان امامعلی رحمان`)."""
        named = {(self._role(s.entity), self._side_country(s)) for s in draft.sides if s.entity is not None}
        return sum(1 for s in draft.sides if s.entity is not None or s.mention.kind != "title_only"
                   or (s.mention.role, self._side_country(s)) not in named)

    def _with_title_group(self, doc: Doc, trigger: Span, draft: DraftEvent | None, u) -> DraftEvent | None:
        """`رؤسای ستاد کل ایران و ترکیه ... گفت‌وگو کردند`: a plural title over countries before the trigger, in its
        clause, gives one title-only side per country the draft lacks (named later, they resolve to those people)."""
        c_start, _ = u.clauses[u.clause_of[trigger.start]]
        met_after = self._words[trigger.end - 1] == "با"  # `در نشستی مشترک با فرماندهان ناوگروه‌های روسیه و چین`
        groups = [g for g in self._title_groups_between(doc, c_start, trigger.end + 1)
                  if (g.end <= trigger.start or (met_after and g.start == trigger.end)) and not self._names_a_session(g)]
        if not groups or trigger.start in self._quotes:
            return draft
        if draft is not None and self._people_of(draft) >= 2 and self._words[groups[-1].start - 1] not in ("با", "حضور") \
                and not self._listed_present(c_start, groups[-1].start):
            return draft  # `X و Y با مدیران سیاسی آلمان، فرانسه و انگلیس ...`: the group met is still each country's
        if draft is None and trigger.start in relative_clause_tokens(doc, *u.clauses[u.clause_of[trigger.start]],
                                                                     self.relative_markers):
            return draft
        if groups[-1].title.title_id == "fa.title.officials_of_a_country" and self._past_perfect(trigger):
            return draft  # `در نیامی با مقامات نیجر گفت‌وگو کرده بود`: a contact of an earlier stop
        if len(groups[-1].countries) == 1 and self._country_named(
                groups[-1].countries[0], groups[-1].end if "وزارت" in self._words[groups[-1].start:groups[-1].end] else 0):
            return draft  # `با مقام‌های ارشد حکومت افغانستان گفتگو کرد`, the people then named: a summary of them
            # (not `X با کابلوف دیدار کرد ... X روز چهارشنبه با مسئولان وزارت انرژی روسیه دیدار کرد`: the officials of
            # one ministry met after someone of their country was named, with no one of theirs named after)
        sides = list(draft.sides) if draft is not None else []
        self._add_group_sides(sides, groups[-1], "fa.person.plural_title")
        if len(sides) < 2:
            return draft
        if draft is None:
            return DraftEvent(trigger.label_, trigger, [trigger], sides)
        draft.sides = sides
        return draft

    def _names_a_session(self, group) -> bool:
        """`درباره آماده‌سازی نشست سه‌جانبه سران ایران، پاکستان و افغانستان گفت‌وگو کرد`: a title group that is the
        genitive of a session noun (past one or two words of its kind) the contact talked about names that session, not
        people at the contact (`نشست فرماندهان مرزی دو کشور` with no `درباره` before it is their session)."""
        low = max(0, group.start - 3)
        before = self._words[low:group.start]
        k = next((j for j in range(len(before) - 1, -1, -1) if before[j] in ANY_SESSION_NOUNS), None)
        return k is not None and not {"با", "حضور", "و", "،", "که"} & set(before[k + 1:]) \
            and not ABOUT.isdisjoint(self._words[max(0, low + k - 3):low + k])

    def _country_named(self, country: str, after: int = 0) -> bool:
        """Someone of `country` is named in the article at or after token `after` (by the mention's country or the
        register's)."""
        if country == "@source":
            country = self._source_country if self._source_country in PERSIAN_SPEAKING else "IR"
        if self._named_countries is None:  # (read once per article: each country's last name's start)
            officials = self.kb.officials
            self._named_countries = {}
            for m in self._mentions:
                if m.kind == "name":
                    for named in {m.country, officials[m.official_id].country if m.official_id in officials else None}:
                        self._named_countries[named] = max(m.start, self._named_countries.get(named, -1))
        return self._named_countries.get(country, -1) >= after

    def _title_groups_between(self, doc: Doc, start: int, end: int) -> list:
        """The title groups (`رؤسای ستاد کل ایران و ترکیه`) that start in [start, end), in token order (the Doc's
        groups are sorted once)."""
        if self._groups is None:
            self._groups = sorted(get_ext(doc, "title_groups") or [], key=lambda g: g.start)
            self._group_starts = [g.start for g in self._groups]
        return self._groups[bisect_left(self._group_starts, start):bisect_left(self._group_starts, end)]

    def _add_group_sides(self, sides: list[Side], group, rule: str) -> None:
        """One title-only side of the group's office for each of its countries `sides` lack (a delegation told only by
        its country yields to the office: `نمایندگان ویژه چین و پاکستان` after `نمایندگان روسیه، چین و پاکستان`)."""
        have = {self._side_country(s) for s in sides if s.mention.kind != "delegation"}
        for country in group.countries:
            if country == "@source":
                country = self._source_country if self._source_country in PERSIAN_SPEAKING else "IR"
            if country in have:
                continue
            mention = PersonMention(group.start, group.end, "title_only", "fa.person.plural_title", title=group.title,
                                    country=country, country_rule="fa.country.plural_title_list")
            sides.append(Side(None, mention, role=group.title.role, country=country, rule=rule))
            have.add(country)

    def _quoted_contacts(self, doc: Doc, mentions: list[PersonMention], entity_of: dict, u,
                         own_only: bool = False) -> list[DraftEvent]:
        """`سخنگو گفت: «X و Y در این نشست با مدیران سیاسی سه کشور گفت‌وگو کردند»`: when nothing else reports a
        contact, one a quotation says happened (a past verb, two named sides, nothing planned or denied) is one; with
        `own_only`, only those the speaker tells in the first person (`«دیروز با X دیدار کردم»`)."""
        found = []
        for trigger in self._trigger_spans:
            if trigger.start not in self._quotes or trigger.kb_id_ != "strong:actual":
                continue
            c_end = u.clauses[u.clause_of[trigger.start]][1]
            own = self._words[trigger.end - 1] in FIRST_PERSON_PAST or trigger.id_ == "fa.trigger.came_to_see_me" or (
                trigger.label_ in ("meeting", "phone_call") and self._words[trigger.end - 1] not in FINITE_VERBS
                and (any(a in TALKING_NOUNS and b in FIRST_PERSON_PAST
                         for a, b in zip(self._words[trigger.end:c_end], self._words[trigger.end + 1:c_end]))
                     or self._words[trigger.end:trigger.end + 2] in (["انجام", "دادم"], ["انجام", "دادیم"])))
            # (`با X گفتگوی تلفنی انجام دادم`: a call he held)
            # (`در تماس تلفنی با X درباره ... صحبت کردم`; not `در دیدار با X توافق کردیم`: what was agreed, maybe on
            # an earlier trip)
            if own_only and not own:
                continue
            if self._words[trigger.end - 1] not in QUOTED_CONTACT_VERBS and not own and not (  # `در تماس تلفنی X با Y مطرح شد`
                    trigger.label_ == "phone_call" and any(w in PAST_VERBS for w in self._words[trigger.end:c_end])):
                continue
            draft = self._draft(doc, trigger, mentions, entity_of, u, quoted=True)
            if own and draft is not None and sum(s.entity is not None or s.mention.kind != "counterpart"
                                                 for s in draft.sides) == 1:
                # (`«با همتای ایرانی‌ام آقای X تلفنی صحبت کردم»`: the counterpart phrase is X, no side of its own)
                speaker = self._quote_speaker(trigger.start, mentions, entity_of, u)
                if speaker is not None and (speaker.entity is None or speaker.entity.key not in draft.entity_keys()):
                    draft.sides.insert(0, speaker)  # `مالکی گفت: «روز گذشته با آقای X دیدار کردم»`
            if draft is None or not any(s.entity is not None for s in draft.sides) or len(draft.sides) < 2:
                continue
            c_start = u.clauses[u.clause_of[trigger.start]][0]
            verb = next((i for i in range(trigger.end - 1, c_end)
                         if self._words[i] in PAST_VERBS or self._words[i] in FIRST_PERSON_PAST), None)
            # `در تماس تلفنی X با Y مطرح شد و زمان جدید ... اعلام خواهد شد`, `«با X دیدار کردم و گفتم که ... باید بسته
            # شود»`: the status of the contact's own verb
            draft.status = self._read_status(doc, c_start, verb + 1) if verb is not None else self._status(doc, trigger, u)
            if draft.status == "actual" and self._long_ago_or_counted(trigger):
                draft.status = "background"  # `«دو هفته پیش نیز با آقای X دیدار داشتم»`
            if draft.status == "actual":
                draft.trace["status"] = "fa.status.quoted_contact"
                found.append(draft)
        return found

    def _met_before(self, trigger: Span, attended: Span, mentions: list[PersonMention], entity_of: dict) -> bool:
        """Everyone named between `در دیدار با` and its `حضور داشت` was named before the trigger (the meeting with
        them was told already)."""
        named = between(self._mention_starts, mentions, trigger.end, attended.start)
        return bool(named) and all(
            (entity := entity_of.get(id(m))) is not None and min(x.start for x in entity.mentions) < trigger.start
            for m in named)

    def _someone_before_with(self, mentions: list[PersonMention], start: int, end: int) -> bool:
        """A person is told from `start` to the first `با` before `end`, or no `با` is: the clause does not leave out
        the one who met (`گفته بود که افغانستان در فهرست شرکت‌کنندگان ... قرار ندارد`)."""
        with_at = next((k for k in range(start, end) if self._words[k] == "با"), None)
        return with_at is None or bool(between(self._mention_starts, mentions, start, with_at))

    def _only_time_before_with(self, start: int, end: int, upto: int | None = None) -> bool:
        """From `start` to the first `با` before `end` (or to `upto`) there is only when and where (a date, `در` and a
        place, `نیز`): the clause has no subject."""
        words = self._words
        with_at = upto if upto is not None else next((k for k in range(start, end) if words[k] == "با"), None)
        if with_at is None:
            return False
        timed = {k for _m, a, b in between(self._date_starts, self._dates, start, with_at) for k in range(a, b)}
        placed = {k for k in range(start, with_at) for span in self._structure_at(k)
                  if span.label_ in ("PLACE", "COUNTRY") and span.start > start and words[span.start - 1] == "در"}
        trip = {k for k in range(start, with_at - 1) if words[k] in ("این", "همین") and words[k + 1] in TRIP_WORDS}
        trip |= {k + 1 for k in trip} | {k - 1 for k in trip if k > start and words[k - 1] in ("جریان", "طی", "خلال")}
        return all(k in timed or k in placed or k in trip or words[k] in ("نیز", "هم", "همچنین", "در")
                   or words[k] in self.date_rules.day_parts
                   for k in range(start, with_at))  # (`امروز صبح`: the part of the day after the day; `دیروز در کابل`;
        # `در جریان این سفر`: on the trip told)

    def _in_the_meeting_told(self, trigger: Span) -> bool:
        """`در دیدار` followed by what it talked of (`در دیدار مسائل آماده‌سازی سفر ... مورد بررسی قرار گرفت`, Khovar
        leaving out `این`) or by an ordinal (`در دو دیدار جداگانه ... را به حضور پذیرفت. در دیدار نخست که ...`; not
        `در دیدار نخست‌وزیر`): the meeting already told, no meeting with those named after it."""
        after = self._words[trigger.end:trigger.end + 2]
        return bool(after) and (after[0] in WHAT_WAS_TALKED or after[0] in BARE_MEETING_FOLLOWERS
                                or (after[0] in MEETING_ORDINALS and after[1:] != ["وزیر"]))

    def _an_interview(self, trigger: Span) -> bool:
        """The contact is held with an outlet or a reporter (`در گفت‌وگویی اختصاصی با اسپوتنیک`, `در گفتگوی تلفنی با
        مهر`, `در گفتگو با خبرنگار ما`): an interview."""
        words = self._words
        met = trigger.end + 1 if trigger.end + 1 < len(words) and words[trigger.end] == "با" else trigger.end
        if met + 1 < len(words) and words[met] == "یک":
            met += 1  # (`در گفتگو با یک تلویزیون محلی`)
        if met < len(words) and any(m.end < len(words) and words[m.end] in self.kb.interview_objects
                                    for m in between(self._mention_starts, self._mentions, met, met + 1)):
            return True  # `در گفت‌وگو با چارلی رز مجری شبکه پی‌بی‌اس`: a person named as a TV host or a reporter
        return met < len(words) and (words[met] in self.kb.interview_objects or "اختصاصی" in words[trigger.start:trigger.end]
                                     or any(s.label_ == "OUTLET" for s in self._structure_at(met)))

    def _quote_speaker(self, position: int, mentions: list[PersonMention], entity_of: dict, u) -> Side | None:
        """Who says the quotation that holds `position`: the first person named in the sentence that opens it, before
        its `«` (`مالکی گفت: «...`, `سفیر کشورمان افزود: «...`, `X درباره دیدار با Y گفت: «...`)."""
        opening = next((k for k in range(position - 1, -1, -1) if self._words[k] == QUOTE_OPEN), None)
        if opening is None:
            return None
        s_start = u.sentences[u.sentence_of[opening]][0]
        said = [m for m in between(self._mention_starts, mentions, s_start, opening)
                if m.end <= opening and not m.is_reporter]
        if not said:  # `وی گفت: «...`: the pronoun's antecedent
            pronoun = next((k for k in range(s_start, opening) if self._words[k] in self.pronouns), None)
            antecedent = self._antecedent(mentions, entity_of, pronoun) if pronoun is not None else None
            if antecedent is None and opening - s_start >= 2:
                antecedent = self._named_by_surname_before(mentions, entity_of, s_start)
            return Side(antecedent, antecedent.first, rule="fa.person.quote_speaker") if antecedent else None
        m = said[0]
        return Side(entity_of.get(id(m)), m, rule="fa.person.quote_speaker")

    def _named_by_surname_before(self, mentions: list[PersonMention], entity_of: dict, start: int) -> Entity | None:
        """`اسلامی اظهار کرد: «...`: a sentence that opens with a word no rule took for a name (it is also a common
        word) which is the last word of someone named in full before it: that person."""
        word = self._words[start]
        for m in backwards(mentions, bisect_left(self._mention_starts, start)):
            entity = entity_of.get(id(m))
            if m.kind == "name" and m.name_end is not None and self._words[m.name_end - 1] == word \
                    and m.name_end - m.name_start >= 2 and entity is not None:
                return entity
        return None

    def _signed_before_leaders(self, trigger: Span, u) -> bool:
        """`در حضور دو رئیس‌جمهور` / `در حضور رؤسای جمهور دو کشور` in the signing's sentence: the signing is part of the
        leaders' meeting just told, and the signatories took part in it."""
        s_start, _ = u.sentences[u.sentence_of[trigger.start]]
        words = self._words[s_start:trigger.start]
        return any(a == "در" and b == "حضور" and c in ("دو", "رؤسای", "روسای", "رهبران", "سران")
                   for a, b, c in zip(words, words[1:], words[2:]))

    def _hosts_what_was_told(self, trigger: Span) -> bool:
        """`میزبان آن X بود`, `میزبان این نشست X بود`: the host of the session just told, not another contact."""
        words = self._words
        host = next((k for k in range(trigger.start - 1, max(-1, trigger.start - 17), -1) if words[k] == "میزبان"),
                    None)
        if host is None or host + 2 >= len(words):
            return False
        after, nouns = words[host + 1], self.kb.event_nouns
        if after == "آن":  # (`نشستی که میزبان آن`: of that session; not `به این شهر آمده بود که میزبان آن ...`)
            if host >= 2 and words[host - 1] == "که" and (words[host - 2] in nouns or words[host - 2][:-1] in nouns):
                return True
            s_start = self._units.sentences[self._units.sentence_of[host]][0]
            return any(words[k] in ("این", "ریاست") and words[k + 1] in nouns for k in range(s_start, host - 1))
            # (`ریاست این نشست را X بر عهده داشت و Y میزبان آن بود`, `ریاست کنفرانس را ...`: "it" is the session the
            # sentence names)
        return after in ("این", "همین") and words[host + 2] in nouns

    def _hosts_a_summit(self, trigger: Span) -> bool:
        """`میزبان ... نشست سران ... بود`: what is hosted is a session of several states."""
        words = self._words[max(0, trigger.start - 16):trigger.start]
        if "میزبان" not in words:
            return False
        hosted = words[len(words) - words[::-1].index("میزبان"):]
        return any(w in self.kb.event_nouns for w in hosted) and self._names_several_states(hosted)

    def _announced_contact(self, trigger: Span, mentions: list[PersonMention], entity_of: dict,
                           u) -> DraftEvent | None:
        """`سخنگوی وزارت خارجه از گفت‌وگوی تلفنی A با B خبر داد`: a contact the clause announces (`از ... خبر داد`) is
        between the one named after its noun and the one after `با`; whoever announced it is no side."""
        words = self._words
        if trigger.id_ not in ANNOUNCED_NOUNS or trigger.start == 0 or words[trigger.start - 1] != "از":
            return None
        s_end = u.sentences[u.sentence_of[trigger.start]][1]
        news = next((k for k in range(trigger.end, min(s_end - 1, trigger.end + 40))
                     if words[k] == "خبر" and words[k + 1] in ("داد", "دادند", "داده", "می")), None)
        with_at = next((k for k in range(trigger.end, news) if words[k] == "با"), None) if news else None
        if with_at is None:
            return None
        sides: list[Side] = []
        keys: set[str] = set()
        for m in between(self._mention_starts, mentions, trigger.end, news):
            entity = entity_of.get(id(m))
            if entity is not None and entity.key not in keys:
                keys.add(entity.key)
                sides.append(Side(entity, m, rule=m.rule + "+announced"))
            elif entity is None and m.kind in ("title_only", "counterpart"):
                sides.append(Side(None, m, role=m.role, country=m.country, rule=m.rule + "+announced"))
        if not any(s.mention.start < with_at for s in sides) or not any(s.mention.start > with_at for s in sides):
            return None  # (`از دیدار خود با X خبر داد`: the announcer's own contact, drafted as any other)
        return DraftEvent(trigger.label_, trigger, [trigger], sides, announced=True, announced_end=news + 2)

    def _meeting_of_two(self, trigger: Span, mentions: list[PersonMention], entity_of: dict, u) -> DraftEvent | None:
        """`دیدار پوتین و محمود عباس آخرین دیدار او در حاشیه این اجلاس بود`: a sentence that opens with "the meeting
        of X and Y" tells their contact."""
        s_start, s_end = u.sentences[u.sentence_of[trigger.start]]
        if trigger.start != s_start or trigger.start in self._quotes:
            return None
        i = bisect_left(self._mention_starts, trigger.end)
        pair = self._mentions[i:i + 2]
        if len(pair) < 2 or pair[0].start != trigger.end or pair[0].end >= s_end \
                or self._words[pair[0].end] != "و" or pair[1].start != pair[0].end + 1:
            return None
        entities = [entity_of.get(id(m)) for m in pair]
        if any(e is None for e in entities) or entities[0].key == entities[1].key:
            return None
        sentence = self._words[pair[1].end:s_end]
        if not any(w in ("بود", "شد", "گردید") for w in sentence) or any(w in ("نبود", "نشد", "نمی") for w in sentence):
            return None  # (`نشست ترامپ و پوتین در بوداپست فعلاً برگزار نمی‌شود`: not held)
        return DraftEvent(trigger.label_, trigger, [trigger],
                          [Side(e, m, rule=m.rule + "+meeting_of") for e, m in zip(entities, pair)])

    def _this_session_before(self, trigger: Span, u) -> bool:
        """`این` and an event noun in the trigger's clause before it (`ریاست این اجلاس را بر عهده داشت`)."""
        c_start, _ = u.clauses[u.clause_of[trigger.start]]
        words, nouns = self._words, self.kb.event_nouns
        return any(words[k] == "این" and words[k + 1] in nouns for k in range(c_start, trigger.start - 1))

    def _spoken_about(self, trigger: Span, u) -> bool:
        """The noun follows `درباره` in its clause with no `با` and no verb of contact between: what was talked about."""
        c_start, _ = u.clauses[u.clause_of[trigger.start]]
        words = self._words
        about = next((k for k in range(trigger.start - 1, c_start - 1, -1) if words[k] in ABOUT), None)
        return about is not None and "با" not in words[about:trigger.start] and not any(
            t.kb_id_.startswith("strong") for t in self._triggers_between(about, trigger.start))

    def _negated_after(self, trigger: Span, u) -> bool:
        """A negated copula after a contact noun in its clause (`دیدار با X در برنامه نیست`): the contact is denied."""
        _, c_end = u.clauses[u.clause_of[trigger.start]]
        return not NEGATED_COPULAS.isdisjoint(self._words[trigger.end:c_end])

    def _noun_of_a_coordinated_verb(self, trigger: Span, u) -> bool:
        """`با X دیدار و پیام کتبی Y را به وی تسلیم کرد`: `دیدار` shares the verb of a second predicate
        coordinated after it (one that is no contact verb itself), so it tells a contact as surely as `دیدار کرد`."""
        if trigger.id_ != "fa.trigger.meeting_noun" or trigger.end >= len(self._words) \
                or self._words[trigger.end] != "و":
            return False
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        return "با" in self._words[c_start:trigger.start] \
            and any(self._words[k] in FINITE_VERBS | COORDINATED_LIGHT_VERBS for k in range(trigger.end + 1, c_end)) \
            and not self._verb_later_in_clause(trigger, u)  # (`دیدار و درباره ... گفت‌وگو کرد`: that verb's)

    def _receives_a_person(self, trigger: Span) -> bool:
        """`X، Y و Z را پذیرفت`: `را پذیرفت` is a reception when a named person is its object (else it may be
        "accepted a proposal")."""
        if trigger.id_ not in RECEIVED_GUEST:
            return False
        ra = trigger.start - 1
        reach = 18 if trigger.id_ == "fa.trigger.received_guest_after_relative" else 5  # (past its relative clause)
        while ra > 0 and not (self._words[ra] == "را" and (reach == 5 or self._words[ra + 1] == "که")) \
                and trigger.start - ra < reach:
            ra -= 1
        i = bisect_left(self._mention_starts, ra)
        if self._words[ra] != "را" or i == 0:
            return False
        received = self._mentions[i - 1]
        if received.start > 0 and self._words[received.start - 1] in GREETING_HEADS:
            return False  # `گرمی سلام X را پذیرفت`: greetings passed on, their sender not received
        if received.kind == "name" and received.title is not None and received.title.end == ra:
            return True  # `امر سینها سفیر هند را نیز پذیرفت`: a name with its title after it
        if received.end != ra and not (received.kind == "title_only" and (
                (received.end == ra - 2 and self._words[ra - 2] in ("این", "آن"))
                or (self._words[received.end] == "در" and ra - received.end <= 4))):
            return False  # (`فرمانده این ناوگروه را`: the office of the unit told before; `سفیر هند در تاجیکستان را`)
        # (or someone known by an office: `استاندار سند فرمانده این ناوگروه را پذیرفت`, not `دعوت وزیر خارجه را`)
        return received.kind == "name" or (received.kind == "title_only" and received.role is not None
                                           and self._words[received.start - 1] not in GENITIVE_HEADS)

    def _after_coordinated_contact(self, draft: DraftEvent, u) -> None:
        """`X با Y دیدار کرده و همچنین با Z تلفنی گفتگو کرده است`: a second contact coordinated after another in the
        sentence has the sentence's subject and only the people after the first contact's verb."""
        trigger = draft.trigger
        s_start, _ = u.sentences[u.sentence_of[trigger.start]]
        starts = self._trigger_starts
        before = self._trigger_spans[bisect_left(starts, s_start):bisect_left(starts, trigger.start)]
        previous = [t for t in before if t.end < trigger.start
                    and t.kb_id_.startswith("strong") and self._and_after(t.end)
                    and not {"با", "میزبان", "سوی"}.isdisjoint(self._words[t.end:trigger.end + 1])
                    and (t.label_ != trigger.label_ or self._dated_between(t.end, trigger.start)
                         or self._sequenced_between(t.end, trigger.start)
                         or (trigger.id_ == "fa.trigger.was_received" and "سوی" in self._words[t.end:trigger.start]))]
        # (`دیروز با X دیدار کرد و امروز نیز میزبان Y بود`: a contact of its own day; `و عصر نیز از سوی Y به حضور
        # پذیرفته شد`: received by Y, also with no day told, `با X گفت‌وگو کرده و از سوی Y نیز پذیرفته شده بود`; `و سپس
        # با Y گفت‌وگو کرد`: the next contact; `میزبان A و B بود و شامگاه نیز در تماسی تلفنی با C ...`: the `با` right
        # after the second contact's noun)
        if not previous or trigger.start in self._quotes:
            return
        first_with = next((i for i in range(s_start, previous[-1].start) if self._words[i] in ("با", "میزبان")), None)
        if first_with is None:
            return
        subject = [s for s in draft.sides if s.mention.start < first_with][:1]
        objects = [s for s in draft.sides if s.mention.start >= previous[-1].end]
        if subject and objects:
            draft.sides = subject + objects
            draft.coordinated = True
            draft.told_from = previous[-1].end

    def _sequenced_between(self, start: int, end: int) -> bool:
        """`سپس` or `همان روز` between `start` and `end` (`... دیدار کرد و عصر همان روز با Y گفت‌وگو کرد`): what
        follows is told as a later contact."""
        words = self._words[start:end]
        return any(cue == tuple(words[k:k + len(cue)]) for k in range(len(words)) for cue in SEQUENCE_CUES) \
            or any(a in ("همان", "همین") and b == "روز" for a, b in zip(words, words[1:]))

    def _and_after(self, end: int) -> bool:
        """`و` at `end`, or after the auxiliary that closes a participle there (`ملاقات کرده بود و ...`)."""
        words = self._words
        return words[end] == "و" or (words[end] in ("بود", "بودند", "است", "اند") and end + 1 < len(words)
                                     and words[end + 1] == "و")

    def _dated_between(self, start: int, end: int) -> bool:
        """A date mention starts between tokens `start` and `end`."""
        k = bisect_left(self._date_starts, start)
        return k < len(self._date_starts) and self._date_starts[k] < end

    def _counted_heads(self, trigger: Span, mentions: list[PersonMention], entity_of: dict, u) -> DraftEvent | None:
        """`سران چهار کشور ... گرد هم آمدند`, with nobody named in the sentence: the last heads of state or government
        of that many countries named before it."""
        s_start, _ = u.sentences[u.sentence_of[trigger.start]]
        words = self._words[s_start:min(trigger.start, s_start + 4)]
        count = next((COUNT_VALUES[b] for a, b, c in zip(words, words[1:], words[2:])
                      if a in ("سران", "رهبران", "رؤسای", "روسای") and b in COUNT_VALUES and c == "کشور"), None)
        if count is None and words and words[0] in COUNT_VALUES \
                and (words[1:3] in (["رئیس", "جمهور"], ["نخست", "وزیر"]) or words[1:2] == ["رهبر"]):
            count = COUNT_VALUES[words[0]]  # `سه رئیس‌جمهور پیش از مراسم گشایش ... گفتگو کردند`: the three named
        if count is None or trigger.start in self._quotes:
            return None
        heads: list[Entity] = []
        countries: set[str] = set()
        for m in backwards(mentions, bisect_left(self._mention_starts, s_start)):
            entity = entity_of.get(id(m))
            if entity is None or entity in heads or self._role(entity) not in ("head_of_state", "head_of_government"):
                continue
            country = self._country(entity)
            if country in countries:
                continue
            heads.append(entity)
            countries.add(country)
            if len(heads) == count:
                break
        if len(heads) < count:
            return None
        sides = [Side(e, e.first, rule="fa.person.counted_heads") for e in reversed(heads)]
        return DraftEvent("multilateral_meeting" if count > 2 else trigger.label_, trigger, [trigger], sides)

    def _generic_plural_subject(self, trigger: Span, u) -> bool:
        """Officials in the plural (`مقام‌های مرزی دو کشور`, `هیئت‌های ایران، عربستان و چین`) are the subject of the
        trigger's sentence, which names nobody."""
        s_start, _ = u.sentences[u.sentence_of[trigger.start]]
        if trigger.start in self._quotes or trigger.start in self._relative_of(trigger, u):
            return False
        words = self._words[s_start:trigger.start]
        if "گزارش" in words[:2] and "،" in words:  # `به گزارش خبرگزاری مهر، ...`
            words = words[words.index("،") + 1:]
        elif ":" in words[:8]:  # `کابل (پژواک): ...`
            words = words[words.index(":") + 1:]
        elif "-" in words[:5]:  # `باکو- ایرنا- ...`
            words = words[max(k for k, w in enumerate(words[:5]) if w == "-") + 1:]
        return any(w in GENERIC_PLURALS or (w in GENERIC_PLURAL_HEADS and k + 1 < len(words) and words[k + 1] == "های")
                   for k, w in enumerate(words[:4]))

    def _relative_of(self, trigger: Span, u) -> set[int]:
        """The tokens of relative clauses in the trigger's sentence."""
        return relative_clause_tokens(trigger.doc, *u.sentences[u.sentence_of[trigger.start]], self.relative_markers)

    def _held(self, doc: Doc, trigger: Span, mentions, entity_of, u) -> DraftEvent | None:
        """`نشست ... برگزار شد`: an event named by a noun; its people may come later (`حضور داشتند`)."""
        c_start, _ = u.clauses[u.clause_of[trigger.start]]
        nouns = [(i, self.kb.event_nouns[self._words[i]]) for i in range(c_start, trigger.start)
                 if self._words[i] in self.kb.event_nouns
                 and (i == 0 or self._words[i - 1] not in VENUE_WORDS)  # `در سالن اجلاس سران` is a hall
                 and not (i >= 1 and self._words[i - 1] == "این"
                          and self._after_before_or_after(i - 1))  # `پیش از این دیدار`: the other one
                 and not (i >= 2 and self._words[i - 1] in ("آغاز", "شروع", "پایان") and self._words[i - 2] == "از")]
        # (`پیش از آغاز گفت‌وگوها، مراسم استقبال ... برگزار شد`: the talks only time what was held)
        welcome = self._welcome_ceremony(c_start, trigger.start)
        if welcome is not None:
            nouns = [(welcome, "visit")]  # (`مراسم استقبال رسمی از X که با سفر رسمی ... آمده است`: the welcome is held)
        if not nouns and welcome is None and trigger.id_ in CEREMONY_TRIGGERS \
                and trigger.start not in self._quotes and not self._refers_back(c_start, trigger.start):
            return self._opened_before_leaders(doc, trigger, mentions, entity_of, u)
        if not nouns or trigger.start in self._quotes or self._refers_back(c_start, trigger.start):
            return None
        if len(nouns) > 1 and self.relative_markers.intersection(self._words[c_start:nouns[0][0]]):
            relative = self._relative_of(trigger, u)
            nouns = [n for n in nouns if n[0] not in relative] or nouns
            # (`X که در رأس هیئتی به چین سفر کرده است، دور تازه رایزنی‌ها را ... برگزار کرد`: the trip told in the
            # subject's relative clause is not what was held)
        if self._words[c_start] in CEREMONY_WORDS and welcome is None:
            return None  # `مراسم بزرگداشت ... با حضور سران ... برگزار شد`: a ceremony, not a contact
        if self._names_a_forum(nouns[0][0], trigger.start):
            return None  # `کنفرانس امنیت بین‌المللی مسکو ... آغاز شد`: a forum of speeches; its sideline meetings
            # are the contacts
        event_type = nouns[0][1]
        gap = nouns[1][0] - nouns[0][0] if len(nouns) > 1 else 0
        if gap == 1 and nouns[1][1] == "negotiation" and event_type == "multilateral_meeting" \
                and self._words[nouns[0][0]] in ("اجلاس", "اجلاسیه") \
                and self._two_states_between(nouns[0][0], trigger.start):
            event_type = "meeting"  # `اجلاس کمیسیون عالی همکاری‌های امنیتی ایران و ترکیه ... برگزار شد`: a two-state
            # commission's session, read as `نشست کمیسیون ...` below (not `اجلاس کمیسیون ... کشورهای عضو`)
        if gap and nouns[1][1] == "negotiation" and event_type == "meeting" and (gap == 1 or (
                gap <= 3 and not self._organisation_between(nouns[1][0], min(nouns[1][0] + 8, trigger.start))
                and not any(self._words[k] in PUNCT_ONLY or self._words[k] in LINKING_WORDS
                            for k in range(nouns[0][0] + 1, nouns[1][0])))):
            event_type = "negotiation"  # `نشست (دو روزه) کمیسیون‌های دولتی ... برگزار شد`: the session of a commission
            # (not `نشست فوق‌العاده کمیته اجرایی سازمان همکاری اسلامی`: an organisation's body meets multilaterally)
        if event_type == "meeting" and self._words[nouns[0][0] + 1:nouns[0][0] + 3] == ["دوره", "ای"]:
            event_type = "negotiation"  # `شانزدهمین نشست دوره‌ای فرماندهان مرزبانی دو کشور`: a standing body's session
        if event_type == "meeting" and self._standing_session(nouns[0][0], trigger.start) \
                and self._two_states_between(nouns[0][0], trigger.start):
            event_type = "negotiation"  # `نشست نوبتی گروه کاری مشترک دو کشور برگزار شد`: a standing format's session
        if event_type == "meeting" and any(t.id_ in COUNCIL_TRIGGERS
                                           for t in self._triggers_between(nouns[0][0] + 1, nouns[0][0] + 2)):
            event_type = "negotiation"  # `نشست شورای همکاری راهبردی عالی‌رتبه ترکیه و ازبکستان ... برگزار شد`
        words = self._words[c_start:trigger.start]
        first = nouns[0][0]
        of_body = min(first + 8, trigger.start)
        if self._names_several_states(words) or (
                event_type == "meeting" and self._organisation_between(first, of_body)
                and "حاشیه" not in self._words[first:of_body]):
            event_type = "multilateral_meeting"  # (`نشست فوق‌العاده کمیته اجرایی سازمان همکاری اسلامی ... برگزار شد`)
        if event_type == "meeting" and self._bare_session_after_a_multilateral_one(first, u):
            event_type = "multilateral_meeting"
        if event_type == "meeting" and trigger.id_ == "fa.trigger.adopted_in_session" \
                and self._organisation_between(c_start, first):
            event_type = "multilateral_meeting"  # `شورای امنیت ... در نشستی به ریاست X قطعنامه ... را تصویب کرد`: the
            # body the clause opens with adopted it in its own session
        if event_type == "visit" and welcome is None:
            return None
        draft = self._with_title_group(doc, trigger, self._draft(doc, trigger, mentions, entity_of, u, allow_empty=True), u)
        if welcome is not None:
            if draft is None or not self._welcome_with_its_host(draft, welcome, trigger.start):
                return None  # (a welcome told with its guest alone: the talks told next are the visit)
            draft.trace["type"] = "fa.type.welcome_ceremony"
        if draft is None:
            return None
        draft.type = event_type
        draft.status = self._status(doc, trigger, u)
        if draft.status in ("planned", "hypothetical") and self._words[trigger.end - 1] in PAST_VERBS \
                and self._words[trigger.end:trigger.end + 1] == ["،"] \
                and self.relative_markers.intersection(self._words[c_start:trigger.start]):
            draft.status = self._read_status(doc, c_start, trigger.end)  # `در نشستی که ... برگزار شد، تصمیم گرفتند
            # ... را از هفته آینده تعلیق کنند`: the session was held; the plan is what it decided
        if trigger.id_ == "fa.trigger.adopted_in_session" and event_type == "multilateral_meeting":
            # `شورای امنیت در جلسه‌ای که به ریاست X تشکیل شد، قطعنامه ... را تصویب کرد`: X chaired the session
            self._chairs_of_the_session(draft, mentions, entity_of, u)
        first = nouns[0][0]
        if (first > c_start and (self._words[first - 1] in ("این", "همین") or (
                self._words[first - 1] == "آن" and first > 1 and self._words[first - 2] == "در"))) \
                or self._words[first + 1:first + 3] == ["امروز", "که"] \
                or self._words[first + 1] == "را":  # (`در جلسه امروز که با حضور X برگزار شد`, `X نشست را افتتاح کرد`)
            if trigger.id_ == "fa.trigger.carried_out":
                return None  # `این گفت‌وگو پس از تماس X و Y انجام شد`: when the contact told took place
            draft.anaphoric = True  # `این دیدار با حضور X برگزار شد`: the contact just told
            timed = next((k for k in range(first + 1, trigger.start) if self._words[k] in self.kb.event_nouns
                          and self._after_before_or_after(k, first + 1)), None)
            if timed is not None:  # `این دیدار یک روز پس از گفتگوی A و B برگزار شد`: A and B had the other contact
                draft.sides = [x for x in draft.sides if x.mention.start < timed]
        elif first > c_start and self._words[first - 1] == "در" and self._words[first] in BARE_TOLD_NOUNS \
                and "که" in self._words[first + 1:first + 3] and self._words[first + 1] in ("که", "،") \
                and u.sentences[u.sentence_of[first]][0] == first - 1:
            draft.anaphoric = True  # `در اجلاس که به ریاست X برگزار شد، ...` (Khovar leaves out `این`): the session just
            # told (`در ملاقات، که با اشتراک سفیر روسیه X برگزار شد، ...`: the meeting just told)
        elif first == u.sentences[u.sentence_of[first]][0] and self._words[first] in BARE_PLURAL_TALKS \
                and not draft.sides:
            draft.anaphoric = True  # `گفتگوها در آغاز رو در رو انجام شد و سپس ...`: the talks just told
        elif first >= 2 and self._words[first - 2] == "بخش" and self._words[first - 1] in PART_ORDINALS:
            draft.anaphoric = True  # `بخش نخست گفتگوها با حضور X و Y برگزار شد`: a part of the contact just told
        elif first > c_start and self._words[first - 1] == SESSION_CONTINUED:
            draft.anaphoric = True  # `اجلاس ... با سخنرانی X آغاز شد و ادامه نشست به ریاست Y برگزار شد`: the rest of
            # the session just told
        elif first > 0 and self._words[first - 1] == "؛" and self._words[first].endswith("ی") \
                and first + 1 < len(self._words) and self._words[first + 1] == "که":
            draft.anaphoric = True  # `... دیدار کرد؛ دیداری که با حضور X در دفتر بیضی برگزار شد`: the contact just told
        elif first + 1 < trigger.start and self._words[first + 1] in DELEGATION_WORDS and (
                (first > c_start and self._words[first - 1] == "در")
                or (self._words[first + 2:first + 4] == ["دو", "کشور"] and draft.sides
                    and all(x.rule.endswith("+present") for x in draft.sides))):
            # `در نشست هیئت‌ها که با حضور X برگزار شد، ...`, `مذاکرات هیئت‌های دو کشور با حضور A و B برگزار شد`: the
            # delegations' talks of the visit
            draft.anaphoric = True
        if draft.status == "actual" and first > c_start and self._words[first - 1] in ABOUT \
                and first + 2 < trigger.start and "که" in self._words[first + 1:trigger.start]:
            draft.status = "background"  # `درباره نشست قاهره که با میانجی‌گری X برگزار شد، گفت`: a session talked about
        if draft.status == "actual" and self._past_perfect(trigger) and not self._before_the_contact_told(trigger) \
                and not self._dated_days_before(trigger, u):
            draft.status = "background"  # `نخستین نشست ... برگزار شده بود`: an earlier session (not `پیش از این
            # دیدار، صبح دیروز اجلاس کمیته مشترک ... برگزار شده بود`: the same visit's session, told after; nor `نشست
            # کمیسیون مشترک دو کشور روز دوشنبه ... برگزار شده بود`: a session of this week's news)
        if draft.status == "actual" and first > c_start and self._words[first - 1] == "آن" \
                and self._that_one_was_background(doc, first, u):
            draft.status = "background"  # `همایشی که ماه گذشته ... برگزار شد. در آن همایش که با حضور X ...`
        return draft

    def _opened_before_leaders(self, doc: Doc, trigger: Span, mentions, entity_of, u) -> DraftEvent | None:
        """`پل ... با حضور A، B و C افتتاح شد`: a project opened (or a ceremony held) before officials of three or more
        states, all told as present, is a multilateral meeting of theirs; before two it is the visit's own ceremony."""
        c_start = u.clauses[u.clause_of[trigger.start]][0]
        presence = next((i for i in range(c_start, trigger.start - 1)
                         if self._words[i] == "با" and self._words[i + 1] == "حضور"), None)
        if presence is None or {"این", "همین"}.intersection(self._words[c_start:presence]):
            return None  # (`این مراسم با حضور A، B و C برگزار شد`: the signing just told)
        draft = self._draft(doc, trigger, mentions, entity_of, u)
        if draft is None or not draft.sides or any(s.mention.start < presence for s in draft.sides) \
                or len({self._side_country(s) for s in draft.sides} - {None}) < 3:
            return None
        draft.type = "multilateral_meeting"
        draft.status = self._status(doc, trigger, u)
        if draft.status == "actual" and self._past_perfect(trigger):
            draft.status = "background"  # `... با حضور A، B و C امضا شده بود`: an earlier signing
        draft.trace["type"] = "fa.type.opened_before_leaders"
        return draft

    def _welcome_ceremony(self, start: int, end: int) -> int | None:
        """`مراسم (رسمی) استقبال (رسمی) از X ... با حضور Y برگزار شد` between start and end: where the guest's official
        welcome by his host is named (the visit itself, not a memorial's or a parade's ceremony; nor, after the
        ceremony's own `برگزار شد`, the talks held next: `... برگزار گردید و پس از آن مذاکرات ... انجام شد`)."""
        words = self._words
        return next((i for i in range(start, end) if words[i] == "استقبال" and "مراسم" in words[max(start, i - 2):i]
                     and "از" in words[i + 1:min(end, i + 3)]
                     and not any(t.id_ in HELD_TRIGGERS for t in self._triggers_between(i, end))), None)

    def _welcome_with_its_host(self, draft: DraftEvent, welcome: int, end: int) -> bool:
        """The welcome's guest follows its `از` and its host a `با حضور` (`با اشتراک`, `با شرکت`) before `end`: the
        draft keeps those two sides only."""
        words = self._words
        present = next((k + 1 for k in range(welcome + 1, end - 1)
                        if words[k] == "با" and words[k + 1] in WELCOME_HOST_WORDS), None)
        if present is None:
            return False
        guests = [s for s in draft.sides if welcome < s.mention.start < present]
        hosts = [s for s in draft.sides if present < s.mention.start < end]
        if not guests or not hosts:
            return False
        draft.sides = [guests[0], hosts[0]]
        return True

    def _talks_after_the_welcome(self, drafts: list[DraftEvent], u) -> None:
        """`مراسم استقبال رسمی از X با حضور Y برگزار شد. پس از این مراسم (پس از نواخته شدن سرودهای ملی)، دو طرف ...
        گفتگو کردند`: the talks the next sentence tells after the ceremony are the same visit (and add who sat in
        them)."""
        words = self._words
        for welcome in [d for d in drafts if d.trace.get("type") == "fa.type.welcome_ceremony"]:
            sentence = u.sentence_of[welcome.trigger.start] + 1
            while sentence < len(u.sentences) and all(not w.strip() for w in words[slice(*u.sentences[sentence])]):
                sentence += 1  # (a paragraph break is a sentence of its own)
            if sentence >= len(u.sentences):
                continue
            s_start, s_end = u.sentences[sentence]
            opening = [w for w in words[s_start:min(s_end, s_start + 5)] if w not in ("این", "آن", "،")]
            if opening[:2] != ["پس", "از"]:
                continue
            for draft in drafts:
                if draft is not welcome and s_start <= draft.trigger.start < s_end and draft.status == "actual":
                    draft.anaphoric = True

    @staticmethod
    def _banquet_of_a_contact_told(draft: DraftEvent, drafts: list[DraftEvent]) -> bool:
        """`پوتین شامگاه امروز ضیافت شامی به افتخار رئیس‌جمهور ایران برگزار کرد` after the two leaders' talks: the
        banquet is part of a contact already told between the same people (a summit's is not)."""
        if draft.trigger.id_ not in BANQUET_TRIGGERS or draft.status != "actual":
            return False
        keys = draft.entity_keys()
        return bool(keys) and any(d is not draft and d.status == "actual" and d.type != "multilateral_meeting"
                                  and d.trigger.start < draft.trigger.start and keys <= d.entity_keys()
                                  for d in drafts)

    def _standing_session(self, noun: int, end: int) -> bool:
        """A session (`نشست`, `جلسه`) of a standing two-state format: numbered past the first (`هشتمین نشست ...`),
        told periodic (`نشست نوبتی ...`, `نشست سالانه ...`), or of a joint working group or of border commissioners
        (`جلسه گروه کاری مشترک ...`, `نشست کمیسرهای مرزی ...`). (That two states, not more, sit at it is read by
        `_two_states_between`.)"""
        words = self._words
        if words[noun] not in STANDING_SESSION_NOUNS:
            return False
        if noun > 0 and words[noun - 1].endswith("مین") and words[noun - 1] not in ("نخستین", "اولین"):
            return True  # `بیست و سومین نشست نمایندگان ویژه دو کشور` (not `نخستین نشست`: a first may be any meeting)
        after = words[noun + 1:min(end, noun + 4)]
        if after[:1] and after[0] in PERIODIC_WORDS:
            return True
        return any(tuple(after[k:k + len(body)]) == body for body in STANDING_BODIES for k in range(len(after)))

    def _round_ordinal(self, trigger: Span) -> str | None:
        """The ordinal of the round or session its clause tells held (`دور سوم مذاکرات`, `نخستین دور مذاکرات`,
        `دومین نشست`), first and `اول` alike; None when it has none."""
        words = self._words
        c_start = self._units.clauses[self._units.clause_of[trigger.start]][0]
        for k in range(c_start, trigger.start):
            if words[k] not in ROUND_NOUNS:
                continue
            for j in (k - 1, k + 1):
                if not c_start <= j < trigger.start:
                    continue
                word = words[j][:-2] if words[j].endswith("ین") else words[j]  # (`سومین` is `سوم`)
                if word in ROUND_ORDINALS or (word.endswith("م") and len(word) >= 3 and words[j].endswith("مین")):
                    return FIRST_ORDINALS.get(word, word)  # (not `همین نشست`: the same one)
        return None

    def _other_rounds(self, a: Span, b: Span) -> bool:
        """Two sessions told held with different ordinals (`دومین دور مذاکرات ... برگزار شد` and `نخستین دور مذاکرات ...
        برگزار شده بود`): two rounds, two events."""
        first, second = self._round_ordinal(a), self._round_ordinal(b)
        return first is not None and second is not None and first != second

    def _two_states_between(self, start: int, end: int) -> bool:
        """`دو کشور`, or exactly two states named, in the session's name read from token start up to end (a bilateral
        format's session; not `نشست وزیران خارجه ایران، روسیه و ترکیه`, nor `سومین نشست وزیران خارجه کشورهای همسایه
        افغانستان ... به میزبانی وزیر خارجه چین`, whose host's state is no part of the name)."""
        words = self._words
        end = next((k for k in range(start + 1, end) if words[k] in FORMAT_NAME_ENDS), end)
        if "کشورهای" in words[start:end]:
            return False
        if any(words[k:k + 2] == ["دو", "کشور"] for k in range(start, end - 1)):
            return True
        states = {span.kb_id_ for k in range(start, end) for span in self._structure_at(k)
                  if span.label_ in ("COUNTRY", "DEMONYM")}
        return len(states) == 2

    def _names_a_forum(self, noun: int, end: int) -> bool:
        """The noun opens a security or diplomacy forum's name (`کنفرانس امنیت بین‌المللی مسکو`, `مجمع دیپلماسی
        آنتالیا`, `همایش امنیتی ...`): a stage for speeches, not a meeting of states."""
        return self._words[noun] in FORUM_NOUNS \
            and not FORUM_THEMES.isdisjoint(self._words[noun + 1:min(end, noun + 3)])

    def _that_one_was_background(self, doc: Doc, noun: int, u) -> bool:
        """`در آن همایش`: the same noun (or `همایشی`) told last in the two sentences before, in a clause of an earlier
        month."""
        sentence = u.sentence_of[noun]
        start = u.sentences[max(0, sentence - 2)][0]
        word = self._words[noun]
        earlier = next((i for i in range(noun - 1, start - 1, -1) if self._words[i] in (word, word + "ی")), None)
        if earlier is None:
            return False
        c_start, c_end = u.clauses[u.clause_of[earlier]]
        return self._background(doc, c_start, c_end) or self._dated_months_back(c_start, c_end)

    def _bare_session_after_a_multilateral_one(self, noun: int, u) -> bool:
        """`X امروز در جلسه شورای سران دولت‌های عضو سازمان ... اشتراک نمود. جلسه به ریاست Y برگزار شد`: a sentence
        that opens (past a `به گزارش ...،` and an `این`) with a bare session noun (`جلسه`, `نشست`, `اجلاس`, then `به
        ریاست`/`تحت ریاست`) tells the session the sentence before named, here one of several states."""
        words = self._words
        s_start, s_end = u.sentences[u.sentence_of[noun]]
        opening = s_start
        if words[s_start:s_start + 2] == ["به", "گزارش"] and "،" in words[s_start:noun]:
            opening = max(k for k in range(s_start, noun) if words[k] == "،") + 1  # `به گزارش ایرنا، این نشست ...`
        if opening < noun and words[opening] == "این":
            opening += 1  # `این نشست به ریاست Y برگزار شد`: the session just named
        if noun != opening or words[noun] not in ANY_SESSION_NOUNS:
            return False
        chair = next((k for k in range(noun + 1, min(noun + 6, s_end - 1))
                      if words[k] in ("به", "تحت") and words[k + 1] == "ریاست"), None)
        if chair is None:
            return False
        dated = {k for _m, start, end in between(self._date_starts, self._dates, noun + 1, chair)
                 for k in range(start, end)}
        if not all(k in dated or words[k] == "امسال" for k in range(noun + 1, chair)):
            return False  # (`نشست امسال روز جمعه به ریاست Y گشایش یافت`: only when it was held between)
        earlier = self._worded_sentences(0, u.sentence_of[noun])
        if chair == noun + 1:
            earlier = earlier[-1:]
        # (a session dated or told `امسال` is the yearly session a sentence further up named: `X در حاشیه چهل‌وششمین
        # نشست شورای وزیران خارجه سازمان همکاری اسلامی با Y دیدار کرد ... نشست امسال روز جمعه به ریاست Z گشایش یافت`)
        for before in earlier:
            p_start, p_end = u.sentences[before]
            if any(words[k] in ANY_SESSION_NOUNS and (self._names_several_states(words[k:min(k + 8, p_end)])
                                                     or self._organisation_between(k, min(k + 8, p_end)))
                   for k in range(p_start, p_end)):
                return True
        return False

    def _names_several_states(self, words: list[str]) -> bool:
        """A multilateral marker of `event_nouns.yaml` among `words` (`سه جانبه`, `سران`, `کشورهای عضو`), unless a
        marker's group is told as two (`گفتگوهای سران دو کشور با اشتراک اعضای هیئت‌ها برگزار شد`)."""
        found = [i + len(m) for m in self.kb.multilateral_markers for i in range(len(words))
                 if (not m or words[i] == m[0]) and tuple(words[i:i + len(m)]) == m]
        return bool(found) and not any(k < len(words) and words[k] in self.kb.bilateral_after_marker for k in found)

    def _took_part(self, doc: Doc, trigger: Span, mentions, entity_of, u) -> DraftEvent | None:
        """`X در جلسه شورای وزیران دفاع کشورهای عضو ... اشتراک نمود`: who took part in a session of several states
        attended a multilateral meeting (a session told with its own `برگزار شد` is drafted from that)."""
        c_start, _ = u.clauses[u.clause_of[trigger.start]]
        words = self._words[c_start:trigger.start]
        nouns = [k for k, w in enumerate(words) if w in self.kb.event_nouns and k > 0 and (
            words[k - 1] == "در" or (words[k - 1].endswith("مین") and "در" in words[max(0, k - 3):k - 1]))]
        # (`در یکصدوشصت‌ودومین نشست شورای اتحادیه عرب`: an ordinal before the noun)
        if not nouns or trigger.start in self._quotes or self._refers_back(c_start, trigger.start) \
                or self._among_a_crowd(trigger, u):
            return None  # (`... که برای شرکت در نشست مجمع عمومی ... سفر کرده، در جمع ایرانیان مقیم آمریکا حضور یافت`: a
            # gathering, not the session the trip was for)
        with_at = self._joint_body_session_this_week(trigger, c_start + nouns[0], u)
        if with_at is not None:
            return self._joint_body_session(doc, trigger, c_start + nouns[0], with_at, mentions, entity_of, u)
        if not self._names_several_states(words[nouns[0]:]) \
                and self.kb.event_nouns[words[nouns[0]]] != "multilateral_meeting" \
                and not self._organisation_between(c_start + nouns[0], trigger.start):
            return None  # (`در نشست شورای اتحادیه عرب ... شرکت کرد`: a session of an organisation is multilateral)
        draft = self._draft(doc, trigger, mentions, entity_of, u)
        if draft is None:
            return None
        noun = c_start + nouns[0]
        draft.sides = [s for s in draft.sides if s.mention.start < noun  # the subject, not the venue's
                       or (s.mention.start == noun + 1 and self._words[s.mention.end:s.mention.end + 1] == ["با"])]
        # (but `در نشست معاون وزیر دفاع روسیه با هیئت‌های ... شرکت کرد`: who held the session with them)
        if not draft.sides:
            return None
        self._chairs_of_the_session(draft, mentions, entity_of, u)
        draft.type = "multilateral_meeting"
        draft.status = self._status(doc, trigger, u)
        if draft.status == "actual" and self._past_perfect(trigger):
            draft.status = "background"  # `در نشست‌های سران بریکس ... نیز شرکت کرده بود`: an earlier session
        draft.trace["type"] = "fa.type.took_part_in_session"
        return draft

    def _joint_body_session_this_week(self, trigger: Span, noun: int, u) -> int | None:
        """`X روز دوشنبه نیز در نشست کمیته امنیتی مشترک دو کشور با Y شرکت کرده بود`: a session of a joint body of two
        states, with the counterpart after `با`, on a day of this week, one more contact of the visit: where `با`
        stands."""
        words = self._words
        body = next((k for k in range(noun + 1, trigger.start) if words[k] in JOINT_BODIES), None)
        if body is None or "مشترک" not in words[body + 1:body + 4] or not self._also_this_week(trigger, u):
            return None
        return next((k for k in range(body, trigger.start) if words[k] == "با"), None)

    def _joint_body_session(self, doc: Doc, trigger: Span, noun: int, with_at: int, mentions, entity_of,
                            u) -> DraftEvent | None:
        """The negotiation of `_joint_body_session_this_week`: the subject before the session's noun and whom he held
        it with."""
        draft = self._draft(doc, trigger, mentions, entity_of, u)
        if draft is None:
            return None
        draft.sides = [s for s in draft.sides if s.mention.start < noun or with_at < s.mention.start < trigger.start]
        if len(draft.sides) < 2:
            return None
        draft.type = "negotiation"
        draft.status = self._status(doc, trigger, u)
        draft.trace["type"] = "fa.type.joint_body_session"
        return draft

    def _one_states_arrival(self, event: DraftEvent) -> bool:
        """`X در رأس هیئتی متشکل از A و B وارد تاشکند شد`: an arrival whose people all come from one state is the
        delegation travelling, no contact (its talks are told apart)."""
        if event.trigger.label_ != "visit" or len(event.sides) < 2:
            return False
        # (a member with no country, listed in the delegation, is of it)
        return self._of_one_state(event, lambda s: "متشکل" in self._words[max(0, s.mention.start - 12):s.mention.start])

    def _one_states_session(self, event: DraftEvent) -> bool:
        """`جلسه کابینه ... به ریاست X و با حضور Y و Z برگزار شد`: a session held whose people, three or more, all
        serve one state is that state's own business, no contact between states."""
        if event.trigger.id_ not in HELD_TRIGGERS:
            return False
        if event.sides and self._own_body_session(event) and self._of_one_state(event):
            return True  # `جلسه نوبتی حکومت ... به ریاست X برگزار شد`, `جلسه کمیته تشکیلاتی ... به ریاست نخست وزیر`
        if event.type != "meeting" or len(event.sides) < 3:
            return False  # (intra-Afghan talks are a negotiation)
        return self._of_one_state(event)

    def _own_body_session(self, event: DraftEvent) -> bool:
        """The held session's noun, in its sentence before the trigger, is a government's or an organising committee's
        (`جلسه حکومت`, `جلسه نوبتی حکومت`, `جلسه هیئت دولت`, `نشست کابینه`, `جلسه کمیته تشکیلاتی`): a state's own
        business, whoever chairs it."""
        u, words = self._units, self._words
        s_start = u.sentences[u.sentence_of[event.trigger.start]][0]
        for k in range(s_start, event.trigger.start):
            if words[k] not in SESSION_NOUNS:
                continue
            after = words[k + 1:k + 4]
            if after[:1] == ["نوبتی"] or after[:1] == ["عادی"]:
                after = after[1:]
            if after[:1] and (after[0] in GOVERNMENT_WORDS or after[:2] == ["هیئت", "دولت"]
                              or after[1:2] == ["تشکیلاتی"]):
                return True
        return False

    def _of_one_state(self, event: DraftEvent, listed=lambda side: False) -> bool:
        """Every side is named and of one known state (a side of no country that `listed` accepts is left out)."""
        if any(s.entity is None for s in event.sides):
            return False
        countries = {country for s in event.sides
                     for country in [self._side_country(s)] if not (country is None and listed(s))}
        return len(countries) == 1 and None not in countries

    def _enough_sides(self, event: DraftEvent) -> bool:
        """Two sides make a contact; one is enough for a visit or a multilateral meeting, unless he only opened it
        (`در سخنان افتتاحیه`, `با سخنرانی X آغاز به کار کرد`)."""
        if len(event.sides) >= 2:
            return True
        side = event.sides[0] if len(event.sides) == 1 else None
        return side is not None and event.type in ("visit", "multilateral_meeting") \
            and side.rule != "fa.person.opened_session" \
            and not (side.mention.start > 0 and self._words[side.mention.start - 1] == "سخنرانی") \
            and not self._attended_a_ceremony(event) \
            and not (event.type == "visit" and self._arrives_at_home(event, self._side_country(side))) \
            and (event.type == "visit" or self._beyond_one_state(event, self._side_country(side)))

    def _talks_of_the_visit(self, events: list[DraftEvent]) -> list[DraftEvent]:
        """`X ... از سوی Y مورد استقبال رسمی قرار گرفت. رؤسای جمهور دو کشور پس از مراسم استقبال در نشستی ...
        گفت‌وگو کردند`: the talks told right after a leader's visit (its welcome or arrival), between the guest and
        the host country's leader on the same day, are that visit, not a meeting of their own."""
        kept: list[DraftEvent] = []
        for event in events:
            visit = kept[-1] if kept else None
            if visit is not None and self._visit_talks(visit, event):
                visit.triggers += [t for t in event.triggers if t not in visit.triggers]
                visit.follow_ups += event.follow_ups
                known = visit.entity_keys()
                visit.sides += [s for s in event.sides if s.entity is not None and s.entity.key not in known]
                visit.scope = (min(visit.scope[0], event.scope[0]), max(visit.scope[1], event.scope[1]))
                continue
            kept.append(event)
        return kept

    def _unnamed_guest_met_again(self, events: list[DraftEvent], u) -> list[DraftEvent]:
        """`رئیس‌جمهور استوارنامه سفیران ایران و پاکستان را پذیرفت ... در گفتگو با سفیر پاکستان، طرفین ...`: a sentence
        opening `در دیدار با` (or `در گفتگو با`) one known only by title (office and country) who is a side of an
        earlier contact the same day tells that contact again (its subject, when none is told, is no one new)."""
        kept: list[DraftEvent] = []
        for event in events:
            s_start, _ = u.sentences[u.sentence_of[event.trigger.start]]
            opening = next((t for t in event.triggers if t.id_ == "fa.trigger.in_meeting_with"
                            and t.start <= s_start + 1), None)
            day = event.date_resolved.value if event.date_resolved else None
            earlier = None
            if opening is not None and day is not None:
                unnamed = self._titles_unnamed(event)
                earlier = next((e for e in reversed(kept) if e.date_resolved is not None and e.date_resolved.value == day
                                and any(None not in title and title in unnamed for title in self._titles_unnamed(e))),
                               None)
            if earlier is not None:
                earlier.follow_ups.append(opening)
                continue
            kept.append(event)
        return kept

    @staticmethod
    def _titles_unnamed(event: DraftEvent) -> list[tuple[str | None, str | None]]:
        """(role, country) of the event's sides known only by title."""
        return [(s.role or s.mention.role, s.country or s.mention.country) for s in event.sides if s.entity is None]

    def _ceremony_by_video(self, event: DraftEvent, u) -> bool:
        """`سران دو کشور از راه ارتباط تصویری دو گذرگاه مرزی را افتتاح کردند`, `از طریق ارتباط ویدئویی در مراسم ...
        شرکت کردند`: a video link the sides used together to open something, with no one talked to (`با`) and no
        talk told in its clause, is no call."""
        trigger = event.trigger
        if event.type != "phone_call" or len(event.triggers) != 1 or trigger.id_ != "fa.trigger.phone_noun" \
                or self._words[max(0, trigger.start - 2):trigger.start] not in BY_WAY_OF:
            return False
        _, c_end = u.clauses[u.clause_of[trigger.start]]
        rest = self._words[trigger.end:c_end]
        return "با" not in rest[:1] and TALKING_NOUNS.isdisjoint(rest)

    def _visit_talks(self, visit: DraftEvent, event: DraftEvent) -> bool:
        """`event` tells the talks of `visit`: a meeting of the same day in the visit's country that has all the
        visit's people, the host country's leader who is one of them or told with the visit (its welcomer; not the
        prime minister the guest meets later), and nobody of a third country."""
        if visit.type != "visit" or event.type != "meeting" or visit.location is None or event.separate is not None:
            return False
        host = self._location_country(visit.location)
        keys = visit.entity_keys()
        if host is None or not keys or not keys <= event.entity_keys() \
                or (event.location is not None and self._location_country(event.location) != host):
            return False
        day = (visit.date_resolved.value if visit.date_resolved else None,
               event.date_resolved.value if event.date_resolved else None)
        if None in day or day[0] != day[1]:
            return False
        countries = {self._side_country(s) for s in visit.sides}
        guests = [s for s in visit.sides if self._side_country(s) not in (host, None)]
        told = self._units.sentence_of[visit.trigger.start]
        return bool(guests) and any(s.entity is not None and self._role(s.entity) in LEADER_ROLES for s in guests) \
            and any(s.entity is not None and self._side_country(s) == host and self._role(s.entity) in LEADER_ROLES
                    and (s.entity.key in keys or any(self._units.sentence_of[m.start] == told
                                                     for m in s.entity.mentions))
                    for s in event.sides) \
            and all(self._side_country(s) in countries | {host} for s in event.sides) \
            and not any(s.entity is not None and self._role(s.entity) == "religious_leader" for s in event.sides)
        # (the Leader's audience for the guest, the host president present, is a meeting of its own)

    def _an_arrival_aside(self, event: DraftEvent, events: list[DraftEvent]) -> bool:
        """`عمران خان نیز برای شرکت در نشست سران عصر امروز وارد بیشکک شد`, told after a contact of others: one
        traveller's arrival, an aside in news of other people's talks (not `X امروز وارد کابل شد` told first, nor an
        arrival told with its welcome or as an official trip: `در چارچوب سفری دولتی وارد شیان شد و ... مورد استقبال`)."""
        if event.trigger.id_ != "fa.trigger.arrived" or len(event.sides) != 1:
            return False
        s_start, s_end = self._units.sentences[self._units.sentence_of[event.trigger.start]]
        if not {"استقبال", "رسمی", "دولتی"}.isdisjoint(self._words[s_start:s_end]):
            return False
        keys = event.entity_keys()
        return any(e is not event and len(e.sides) >= 2 and e.trigger.start < event.trigger.start
                   and not e.entity_keys() & keys for e in events)

    def _arrives_at_home(self, event: DraftEvent, country: str | None) -> bool:
        """`سرلشکر باقری روز یکشنبه وارد زاهدان شد`, `... به بندرعباس سفر کرد`: the one who arrives comes to a place
        of his own country, a trip at home, no visit."""
        if country is None or event.trigger.id_ not in ("fa.trigger.arrived", "fa.trigger.travelled"):
            return False
        if event.trigger.id_ == "fa.trigger.travelled":  # `پزشکیان امروز ... به بندرعباس سفر کرد`: the place before
            starts, end = self._structure_starts, event.trigger.start
            span = next((x for x in self._structure[bisect_left(starts, end - 6):bisect_left(starts, end)]
                         if x.end == end and x.label_ in ("PLACE", "COUNTRY") and x.start > 0
                         and self._words[x.start - 1] == "به"), None)
            if span is None:
                return False
            key = span.kb_id_.split("|")[0]
            place = self.kb.places.get(key) if span.label_ == "PLACE" else None
            return (place.country if place is not None else key) == country
        for span in self._structure_at(event.trigger.start + 1):
            if span.label_ == "PLACE":
                place = self.kb.places.get(span.kb_id_.split("|")[0])
                return place is not None and place.country == country
            if span.label_ == "COUNTRY":
                return span.kb_id_.split("|")[0] == country
        return False

    def _beyond_one_state(self, event: DraftEvent, country: str | None) -> bool:
        """The sentence of a session one person attended names another state, an international body or a summit
        (`در اجلاس سران شانگهای شرکت کرد`), not just a gathering at home (`در همایش سالانه مدیران صنایع هوایی`)."""
        sentence = self._units.sentence_of[event.trigger.start]
        if sentence in self._summit_sentences:
            return True
        start, end = self._units.sentences[sentence]
        if event.speech and not self._sidelined_sessions().isdisjoint(self._words[start:end]):
            return True  # `در حاشیه کنفرانس مسکو ... دیدار کرد. X در نشست عمومی کنفرانس سخنرانی کرد`: that session
        places = self.kb.places
        starts = self._structure_starts
        for span in self._structure[bisect_left(starts, start):bisect_left(starts, end)]:
            key = span.kb_id_.split("|")[0]
            if span.label_ == "ORG" or (span.label_ in ("COUNTRY", "DEMONYM") and key != country) or (
                    span.label_ == "PLACE" and key in places and places[key].country != country):
                return True
        return self._names_several_states(self._words[start:end])

    def _summit_attended_before(self, first_contact: int, u) -> list[Span]:
        """`X در نشست وزیران ... گشایش یافت ... Y و Z نیز در نشست حضور داشتند`, told before the article's first
        contact: the attendance of a summit, drafted although sideline contacts follow."""
        summit = next((t for t in self._trigger_spans if t.id_ == "fa.trigger.summit"), None)
        took_part = [t for t in self._trigger_spans if t.id_ == "fa.trigger.took_part" and t.kb_id_ == "weak:actual"
                     and u.sentence_of[t.start] < first_contact]
        if summit is None or u.sentence_of[summit.start] >= first_contact:
            # `X امروز در دهمین نشست بین‌المللی ... که به ریاست Y برگزار می‌شود، شرکت و سخنرانی کرد`: a numbered session
            return [t for t in took_part if self._in_a_numbered_session(t, u)]
        return [t for t in took_part if summit.start < t.start]

    def _speeches_at_a_chaired_session(self, u) -> list[Span]:
        """`X در نشست عمومی مجمع سخنرانی کرد. این نشست به ریاست Y برگزار شد.`: a speech at a session the next sentence
        tells held under a chair is the speaker's attendance of it (the chair's sentence points back at it); so is a
        speech at a session its own relative clause tells held under a chair or host (`X در نشست ... که به ریاست Y
        برگزار شد، سخنرانی کرد`)."""
        found = []
        words = self._words
        for trigger in self._trigger_spans:
            if trigger.id_ != "fa.trigger.spoke_at" or trigger.kb_id_ != "weak:actual":
                continue
            if self._chaired_in_its_relative(trigger, u):
                found.append(trigger)
                continue
            c_start, _ = u.clauses[u.clause_of[trigger.start]]
            if not any(words[k] == "در" and self._session_named_from(k + 1, trigger.start)
                       for k in range(c_start, trigger.start - 1)):
                continue  # (`در نشست عمومی`, `در نخستین روز مباحثات عمومی هفتادمین اجلاس مجمع عمومی`)
            k = self._sentence_after(u.sentence_of[trigger.start])
            if k is None:
                continue
            s_start, s_end = u.sentences[k]
            while words[s_start].isspace():
                s_start += 1  # (the paragraph break that opens it)
            s_start = self._after_attribution(s_start, s_end)  # (`به گزارش ایسنا، این جلسه به ریاست Y برگزار شد`)
            if words[s_start] == "در":
                s_start += 1  # (`در این نشست که به ریاست Y ... برگزار شد، ...`)
            opening = words[s_start:s_start + 2]
            if opening[:1] == ["این"] and opening[1:] and opening[1] in ANY_SESSION_NOUNS \
                    and any(a == "به" and b == "ریاست"
                            for a, b in zip(words[s_start:s_end], words[s_start + 1:s_end])) \
                    and any(t.id_ in HELD_TRIGGERS for t in self._triggers_between(s_start, s_end)):
                found.append(trigger)
        return found

    def _thanked_for(self, trigger: Span, u) -> bool:
        """`از تماس‌های تلفنی ظریف ... قدردانی کرد`: a contact noun after `از` that the clause ends thanking for is
        one made before, not this article's."""
        if self._words[trigger.start - 1:trigger.start] != ["از"] or self._words[trigger.end - 1] == "با":
            return False
        _, c_end = u.clauses[u.clause_of[trigger.start]]
        return not THANKS.isdisjoint(self._words[trigger.end:c_end])

    def _subjects_at_the_session(self, doc: Doc, events: list[DraftEvent], mentions: list[PersonMention],
                                 entity_of: dict, u) -> None:
        """`X در ششمین نشست وزیران کنفرانس قلب آسیا ... از پاکستان خواست ...`: whoever a clause tells doing something
        at a session it names (after `در`, not on its sidelines) attended it, when the article tells one multilateral
        meeting and the clause no contact of its own."""
        sessions = [e for e in events if e.type == "multilateral_meeting"]
        if len(sessions) != 1:
            return
        event = sessions[0]
        keys = event.entity_keys()
        words = self._words
        for k in self._word_index.get("در", ()):
            if k in self._quotes or not self._names_a_session_after(k):
                continue
            c_start, c_end = u.clauses[u.clause_of[k]]
            if "با" in words[k:c_end] or any(t.label_ in ("meeting", "phone_call", "visit")
                                             and t.kb_id_.startswith("strong")
                                             for t in self._triggers_between(c_start, c_end)):
                continue  # (`X در نشست ... با Y دیدار کرد`: a contact of its own)
            if self._clause_status_at(doc, u, k) != "actual" or any(
                    w.startswith(("نکرد", "نداشت", "نیافت", "نشد", "نمی")) for w in words[k:c_end]):
                continue  # (`X در اجلاس امسال شرکت نکرد`)
            relative = relative_clause_tokens(doc, c_start, k, self.relative_markers)
            subject = next((m for m in between(self._mention_starts, mentions, c_start, k)
                            if (m.kind == "name" or (m.kind == "title_only" and m.country is not None))
                            and m.start not in relative and words[m.start - 1:m.start] != ["با"]
                            and words[max(0, m.start - 2):m.start] not in (["نقل", "از"], ["به", "گفته"])), None)
            # (not the source: `به گفته هروی، کرزی در سخنرانی خود در نشست گفت`)
            if subject is None or not SAID_OF_A_SESSION.isdisjoint(words[subject.end:k]):
                continue  # (`X نوشت که اشتراک هیئت افغانستان در نشست اکو ...`: what he said of the session)
            self._join(event, subject, entity_of, keys, "fa.person.at_the_session")

    def _names_a_session_after(self, k: int) -> bool:
        """`در` at `k` opens a session's name (`در ششمین نشست وزیران ...`), not `در این نشست`, `در حاشیه نشست`."""
        words = self._words
        for j in range(k + 1, min(k + 5, len(words))):
            if words[j] in SPEECH_SESSION_NOUNS:
                return words[j + 1:j + 2] not in (["خبری"], ["مطبوعاتی"])  # (not a press conference)
            if not (words[j].endswith("مین") or words[j] in ORDINAL_PARTS or words[j].isdigit()):
                return False  # (only an ordinal before the noun: `در ششمین نشست`, `در شصت و چهارمین اجلاس`)
        return False

    def _session_held(self, draft: DraftEvent) -> bool:
        """`نشست امسال به میزبانی X ... برگزار شد`: a session told held (its noun in the held verb's clause)."""
        if draft.trigger.id_ not in HELD_TRIGGERS:
            return False
        c_start, _ = self._units.clauses[self._units.clause_of[draft.trigger.start]]
        return not SPEECH_SESSION_NOUNS.isdisjoint(self._words[c_start:draft.trigger.start])

    def _speech_at_a_named_session(self, trigger: Span, u) -> bool:
        """`X در نشست عمومی مجمع عمومی سخنرانی کرد`: a speech at a session its clause names after `در` (not `در این
        نشست`, who spoke at the session just told, which `_attendance` reads), outside quotes."""
        if trigger.id_ == "fa.trigger.meeting_noun" and self._said_at_a_body_session(trigger, u):
            return True
        if trigger.id_ != "fa.trigger.spoke_at" or trigger.kb_id_ != "weak:actual" or trigger.start in self._quotes:
            return False
        c_start, _ = u.clauses[u.clause_of[trigger.start]]
        words = self._words
        relative = relative_clause_tokens(trigger.doc, c_start, trigger.start, self.relative_markers)
        for at in range(trigger.start - 2, c_start - 1, -1):
            if words[at] != "در" or at in relative or words[at - 2:at] in (["برای", "شرکت"], ["برای", "حضور"]):
                continue  # (`که برای شرکت در نشست ... آمده است`: why he came, not where he spoke)
            if words[at + 1] in ("این", "همین") and words[at + 2] in SPEECH_SESSION_NOUNS \
                    and words[at + 2] in words[u.sentences[u.sentence_of[trigger.start]][0]:at]:
                return True  # `X که برای شرکت در اجلاس ... وارد ریاض شد، عصر امروز در این اجلاس سخنرانی کرد`
            if words[at + 1] in ("این", "آن", "همین", "همان", "یک"):
                return False  # (`در جریان یک نشست پارلمانی ... سخنرانی کرد`: a scene told in passing)
            if self._session_named_from(at + 1, trigger.start, SPEECH_SESSION_NOUNS, ("این", "آن", "یک")):
                return True
        return self._own_speech_at_a_session(trigger, u)

    def _sideline_speech(self, trigger: Span, u) -> bool:
        """A speech told in the past perfect at the session the article's contacts are on the sidelines of, with no
        month, year or earlier time in its clause (`در حاشیه کنفرانس ... دیدار کرد. وی پیش از این دیدار در نشست عمومی
        کنفرانس سخنرانی کرده بود`): the session of the article's time, not background."""
        c_start, _ = u.clauses[u.clause_of[trigger.start]]
        sessions = self._sidelined_sessions()
        return bool(sessions) and not sessions.isdisjoint(self._words[c_start:trigger.end + 4]) \
            and not self._attended_long_before(trigger, u)

    def _own_speech_at_a_session(self, trigger: Span, u) -> bool:
        """`X در سخنرانی خود در نشست عمومی کنفرانس گفت` in an article of contacts on a session's sidelines (`در حاشیه
        اجلاس ... دیدار کرد`): his own speech, the session named right after it (`در این اجلاس` too)."""
        words = self._words
        at = trigger.end
        if not self._own_speech(trigger) or words[at:at + 1] != ["در"] or not self._sidelined_sessions():
            return False  # (with no sidelines told, a speech quoted is what was said: `وی افزود: روحانی در سخنرانی خود
            # در مجمع عمومی اعلام کرد`)
        _, c_end = u.clauses[u.clause_of[trigger.start]]
        if words[at + 1] in ("این", "همین") and at + 2 < len(words) and words[at + 2] in SPEECH_SESSION_NOUNS:
            return words[at + 2] in self._sidelined_sessions()
        return self._session_named_from(at + 1, c_end, SPEECH_SESSION_NOUNS, ("این", "آن", "یک", "همین", "همان"))

    def _attendance_told_by_a_noun(self, doc: Doc, events: list[DraftEvent], mentions: list[PersonMention],
                                   entity_of: dict, u) -> list[DraftEvent]:
        """`Y با قدردانی از حضور هیئت ایرانی در این کنفرانس گفت`, `X حضور خود در این نشست را نشانه ... دانست`: in an
        article of contacts on a session's sidelines that tells no session, one of those contacts' people said, by
        the noun `حضور`, to be at that session (himself, his state's delegation or his title) attended it. The session
        is drafted with him alone, where and when his first sideline contact was."""
        if any(e.type in ("multilateral_meeting", "negotiation") for e in events):
            return []  # (a session told already, or a round of talks: no second event of it)
        sideline = [e for e in events if e.type == "meeting" and self._on_sidelines(e.trigger)]
        if not sideline:
            return []
        sessions = self._sidelined_sessions()
        words = self._words
        for i in self._word_index.get("حضور", ()) if sessions else ():
            at = next((k for k in range(i + 1, min(i + 9, len(words))) if words[k] == "در" or not words[k].isalnum()),
                      None)
            if i == 0 or at is None or words[at] != "در" or words[i - 1] in NO_ATTENDANCE_BEFORE:
                continue
            noun = at + 2 if words[at + 1:at + 2] in THIS_ONE else at + 1
            c_start, c_end = u.clauses[u.clause_of[i]]
            if noun >= c_end or words[noun] not in sessions or not UNDONE_ATTENDANCE.isdisjoint(words[noun:c_end]):
                continue
            held = [w for w in words[i + 1:at] if w not in ATTENDANCE_ADJECTIVES]
            if held == ["خود"]:  # (`X ... حضور خود در این نشست را ...`: the sentence's subject)
                s_start = u.sentences[u.sentence_of[i]][0]
                told = between(self._mention_starts, mentions, s_start, i)
                keys = {entity_of[id(m)].key for m in told[:1] if id(m) in entity_of}
                wanted = lambda s: s.entity is not None and s.entity.key in keys  # noqa: E731
            elif held[:1] and held[0] in DELEGATION_NOUNS:  # (`حضور هیئت پارلمانی پاکستان در ...`: his state's)
                country = next((x.kb_id_.split("|")[0] for k in range(i + 2, at) for x in self._structure_at(k)
                                if x.label_ in ("COUNTRY", "DEMONYM")), None)
                if country is None and "کشورمان" in held:
                    country = self._source_country
                wanted = lambda s: country is not None and self._side_country(s) == country  # noqa: E731
            else:  # (`حضور وزیر دفاع در این کنفرانس`: the person named)
                told = between(self._mention_starts, mentions, i + 1, i + 2)
                keys = {entity_of[id(m)].key for m in told if id(m) in entity_of}
                wanted = lambda s: s.entity is not None and s.entity.key in keys  # noqa: E731
            home = next((e for e in sideline for s in e.sides if wanted(s)), None)
            if home is None:
                continue
            side = next(s for s in home.sides if wanted(s))
            trigger = Span(doc, i, i + 1, label="multilateral_meeting", kb_id="weak:actual",
                           span_id="fa.trigger.attendance_noun")
            return [self._session_of_a_sideline(home, side, trigger, (i, c_end))]
        return self._sidelined_session_attended(doc, sideline, mentions, entity_of, u)

    def _sidelined_session_attended(self, doc: Doc, sideline: list[DraftEvent], mentions: list[PersonMention],
                                    entity_of: dict, u) -> list[DraftEvent]:
        """`X روز گذشته در مراسم گشایش مجمع شرکت کرد و در حاشیه آن با Y دیدار کرد`, `X در جلسه افتتاحیه حضور داشت`,
        `X در این همایش سخنرانی کرد`, told after the article's sideline contacts: one of their people attended (or
        addressed) the session they are on the sidelines of, its opening or its plenary; drafted with him alone, where
        and when his first sideline contact was."""
        sessions = self._sidelined_sessions()
        words = self._words
        met = set().union(*(e.entity_keys() for e in sideline))
        for t in self._trigger_spans:
            if t.id_ not in ("fa.trigger.took_part", "fa.trigger.spoke_at") or t.kb_id_ != "weak:actual" \
                    or t.start in self._quotes or words[t.end:t.end + 1] in (["بود"], ["بودند"]):
                continue
            c_start, _ = u.clauses[u.clause_of[t.start]]
            if not UNDONE_ATTENDANCE.isdisjoint(words[c_start:t.end]):
                continue
            aside = words[t.end:t.end + 4] in (["و", "در", "حاشیه", "آن"], ["و", "در", "حاشیه", "این"])
            at = next((k for k in range(t.start - 2, c_start - 1, -1)
                       if words[k] == "در" and self._attended_session_at(k + 1, sessions, aside)), None)
            if at is None:
                continue
            told = between(self._mention_starts, mentions, c_start, at)
            keys = next(({entity_of[id(m)].key} for m in reversed(told)  # (the nearest of them: `... با سخنرانی
                         if id(m) in entity_of and entity_of[id(m)].key in met), set())  # شویگو آغاز شد و X نیز ...`)
            home = next((e for e in sideline if keys & e.entity_keys()), None)
            if home is None:
                continue
            side = next(s for s in home.sides if s.entity is not None and s.entity.key in keys)
            event = self._session_of_a_sideline(home, side, t, (c_start, t.end))
            opener = self._opener_of_the_session(u.sentence_of[t.start], mentions, entity_of, u)
            if opener is not None and opener.key not in keys:
                event.sides.insert(0, Side(opener, opener.first, rule="fa.person.opened_the_session"))
            return [event]
        return []

    @staticmethod
    def _session_of_a_sideline(home: DraftEvent, side: Side, trigger: Span, scope: tuple[int, int]) -> DraftEvent:
        """The session one of a sideline contact's sides attended, with him alone, where and when that contact was
        (its topics are what `scope` says of it, not the talks')."""
        event = DraftEvent("multilateral_meeting", trigger, [trigger], [replace(side, rule="fa.person.attended")],
                           location=home.location, date=home.date, date_resolved=home.date_resolved, scope=scope)
        event.trace = {k: v for k, v in home.trace.items() if k in ("location", "date")}
        return event

    def _opener_of_the_session(self, sentence: int, mentions: list[PersonMention], entity_of: dict,
                               u) -> Entity | None:
        """`کنفرانس ... صبح امروز با سخنرانی سرگئی شویگو، وزیر دفاع روسیه، آغاز شد`, in the attendance's sentence or
        the one before: the named speaker who opened the session attended it."""
        words = self._words
        for k in (sentence, sentence - 1):
            if k < 0:
                continue
            s_start, s_end = u.sentences[k]
            for j in range(s_start, s_end - 2):
                if words[j] != "با" or words[j + 1] not in OPENING_SPEECH_NOUNS:
                    continue
                start = next((m.start for m in between(self._mention_starts, mentions, j + 2, j + 5)), None)
                opened = next((i for i in range(j + 2, s_end - 1) if words[i] == "آغاز"
                               and words[i + 1] in ("شد", "گردید", "به")), None)
                if start is None or opened is None:
                    continue
                opener = next((entity_of[id(m)] for m in between(self._mention_starts, mentions, start, start + 1)
                               if id(m) in entity_of), None)
                if opener is not None:
                    return opener
        return None

    def _attended_session_at(self, j: int, sessions: set[str], aside: bool) -> bool:
        """`در` before `j` names the session the contacts are on the sidelines of (a noun of `sessions`), its opening
        or plenary (`مراسم گشایش مجمع`, `جلسه افتتاحیه`), or, with `و در حاشیه آن` after the verb (`aside`), any
        session."""
        words = self._words
        if words[j:j + 1] in THIS_ONE:
            j += 1
        if words[j:j + 1] == ["مراسم"] and words[j + 1:j + 2] and words[j + 1] in SESSION_OPENINGS:
            return words[j + 2:j + 3] != [] and words[j + 2] in SPEECH_SESSION_NOUNS | {"همایش"}
        if words[j:j + 1] in (["جلسه"], ["نشست"]) and words[j + 1:j + 2] and words[j + 1] in SESSION_OPENINGS:
            return bool(sessions)
        return words[j:j + 1] != [] and (words[j] in sessions
                                         or (aside and words[j] in SPEECH_SESSION_NOUNS | {"همایش"}))

    def _sidelined_sessions(self) -> set[str]:
        """The session nouns the article tells contacts on the sidelines of (`در حاشیه [این] اجلاس ...`), read once per
        article (asked for each speech and event)."""
        if self._sidelined is not None:
            return self._sidelined
        words = self._words
        found: set[str] = set()
        for i in self._word_index.get("حاشیه", ()):
            if i > 0 and words[i - 1] == "در":
                for k in range(i + 1, min(i + 7, len(words))):  # (`در حاشیه هفتاد و نهمین نشست مجمع عمومی`)
                    if not words[k].isalnum():
                        break
                    if words[k] in SPEECH_SESSION_NOUNS:
                        found.add(words[k])
        self._sidelined = found
        return found

    def _said_at_a_body_session(self, trigger: Span, u) -> bool:
        """`X روز سه‌شنبه در نشست شورای امنیت این سازمان در نیویورک گفت که ...`: what a named person said at a session
        of an international body (the session noun after `در`, the body's name right after it, `گفت`/`افزود` closing
        the clause) tells he attended it (not `در نشست شورای امنیت ملی`, a state's own council)."""
        words = self._words
        if words[trigger.start] not in SESSION_NOUNS or trigger.start in self._quotes \
                or words[trigger.start - 1:trigger.start] != ["در"]:
            return False
        k = bisect_left(self._structure_starts, trigger.end)
        if k >= len(self._structure) or self._structure[k].start != trigger.end \
                or self._structure[k].label_ != "ORG" \
                or words[self._structure[k].end:self._structure[k].end + 1] == ["ملی"]:
            return False
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        if not any(words[k] in SAID for k in range(self._structure[k].end, c_end)):
            return False
        return any(m.kind == "name" for m in between(self._mention_starts, self._mentions, c_start, trigger.start - 1))

    def _session_named_from(self, start: int, end: int, nouns: frozenset[str] = ANY_SESSION_NOUNS,
                            stops: tuple[str, ...] = ()) -> bool:
        """A session noun (of `nouns`) within the first eight words from `start` (before `end`), with no punctuation
        and none of the words `stops` before it."""
        for k in range(start, min(start + 8, end)):
            if self._words[k] in nouns:
                return True
            if not self._words[k].replace("\u200c", "").isalnum() or self._words[k] in stops:
                return False  # (a word joined by a non-joiner is a word: `در یکی از پنل‌های مجمع اسلو`)
        return False

    def _session_after_dar(self, start: int, end: int) -> bool:
        """A `در` in [start, end) with a session noun among the three words after it (`در نشست ...`, `در دهمین نشست
        ...`)."""
        words = self._words
        return any(words[k] == "در" and ANY_SESSION_NOUNS.intersection(words[k + 1:k + 4]) for k in range(start, end))

    def _chaired_in_its_relative(self, trigger: Span, u) -> bool:
        """`در نشست ... که به ریاست / به میزبانی Y ... برگزار شد، [به نمایندگی از Z] سخنرانی کرد`: the speech's own
        sentence tells the session it was given at held under a chair or host, in a relative clause closed by its
        held verb, with no other verb between that and the speech."""
        words = self._words
        s_start, _ = u.sentences[u.sentence_of[trigger.start]]
        held = [t for t in self._triggers_between(s_start, trigger.start) if t.id_ in HELD_TRIGGERS]
        if not held:
            return False
        held_at = held[-1]
        if any(words[k] in FINITE_VERBS for k in range(held_at.end, trigger.start)):
            return False
        relative = next((k for k in range(held_at.start - 1, s_start, -1) if words[k] == "که"), None)
        if relative is None or not any(words[k] == "به" and words[k + 1] in ("ریاست", "میزبانی")
                                       for k in range(relative + 1, held_at.start - 1)):
            return False
        return self._session_after_dar(s_start, relative)

    def _chairs_of_the_session(self, draft: DraftEvent, mentions: list[PersonMention], entity_of: dict, u) -> None:
        """`در نشستی که به ریاست / به میزبانی X برگزار می‌شود، شرکت کرد`: who chairs or hosts the session attended
        it."""
        s_start, _ = u.sentences[u.sentence_of[draft.trigger.start]]
        keys = draft.entity_keys()
        for m in self._named_after(mentions, s_start, draft.trigger.start - 2, ("ریاست", "میزبانی")):
            self._join(draft, m, entity_of, keys, "fa.person.attended")

    def _named_after(self, mentions: list[PersonMention], start: int, end: int, heads) -> list[PersonMention]:
        """The people named right after `به میزبانی` / `به ریاست` (`به` and one of `heads`), cues in [start, end)."""
        words = self._words
        return [m for k in range(start, end) if words[k] == "به" and words[k + 1] in heads
                for m in between(self._mention_starts, mentions, k + 2, k + 3)]

    def _in_a_numbered_session(self, trigger: Span, u) -> bool:
        """`در دهمین نشست ...` (`در نخستین اجلاس ...`, `در نخستین گفتگوی ...`) in the trigger's sentence: a session of a
        recurring forum."""
        s_start, _ = u.sentences[u.sentence_of[trigger.start]]
        words = self._words
        return any(words[k] == "در" and (words[k + 1].endswith("مین") or words[k + 1] == "نخستین")
                   and (words[k + 2] in ANY_SESSION_NOUNS or words[k + 2] == "گفتگوی")
                   for k in range(s_start, trigger.start - 2))  # (`در نخستین گفتگوی سه‌جانبه وزیران خارجه ...`)

    def _attended_long_before(self, trigger: Span, u) -> bool:
        """Attendance in the past perfect whose clause names a month, a year or a cue like `سال گذشته` before the verb
        (`در اسد سال گذشته در نشست چهارجانبه ... اشتراک کرده بود`): a session of another time, not the one told."""
        if not self._past_perfect(trigger):
            return False
        c_start, _ = u.clauses[u.clause_of[trigger.start]]
        cues = self._background_cues()
        return self._names_a_month(trigger, u) or self._names_a_year(trigger, u) \
            or bisect_left(cues, c_start) < bisect_left(cues, trigger.start)

    def _attended_a_ceremony(self, event: DraftEvent) -> bool:
        """`در این مراسم، X ... حضور داشتند`: one person said to attend a ceremony met no one there."""
        if event.trigger.id_ not in ATTENDANCE_TRIGGERS:
            return False
        c_start, c_end = self._units.clauses[self._units.clause_of[event.trigger.start]]
        s_start = self._units.sentences[self._units.sentence_of[event.trigger.start]][0]
        if event.speech and not self._sidelined_sessions().isdisjoint(self._words[s_start:c_end]):
            return False  # `در حاشیه مجمع ... دیدار کرد. X در مراسم افتتاحیه مجمع سخنرانی کرد`: the session's opening
        return not CEREMONY_WORDS.isdisjoint(self._words[s_start:c_end])

    def _only_its_host(self, event: DraftEvent) -> bool:
        """A session told with nobody but its host (`نشست ... به میزبانی X برگزار شده است`), in an article whose contact
        is on its sidelines: the setting, not a contact of the article."""
        if len(event.sides) != 1 or event.type != "multilateral_meeting":
            return False
        start = event.sides[0].mention.start
        return self._words[max(0, start - 2):start] == ["به", "میزبانی"]

    def _own_speech(self, trigger: Span) -> bool:
        """The trigger is `در سخنرانی خود` (`X در سخنرانی خود در این اجلاس گفت`), a speech told by what it said."""
        return trigger.id_ == "fa.trigger.spoke_at" and self._words[trigger.end - 1] == "خود"

    def _attendance(self, doc: Doc, events: list[DraftEvent], mentions: list[PersonMention], entity_of: dict,
                    u) -> None:
        """`X نیز در این دیدار حضور داشت`: people said to attend "this meeting" join the latest event."""
        for trigger in self._trigger_spans:
            if trigger.id_ not in ATTENDANCE_TRIGGERS:
                continue
            if u.sentence_of[trigger.start] in self._background_sessions:
                continue  # `نشست ... در اوایل ماه سرطان برگزار شد و هیئت ... در آن شرکت کرد`: that session's people
            if self._attended_long_before(trigger, u):
                continue  # `X اواخر شهریورماه در نشست سران ... شرکت کرده بود`: a session of an earlier month
            if (self._words[trigger.end - 1] in SUBJUNCTIVE_VERBS
                    or not FUTURE_AUXILIARIES.isdisjoint(self._words[trigger.start:trigger.end])) \
                    and self._clause_status_at(doc, u, trigger.start) in ("planned", "hypothetical"):
                continue  # `قرار است هیئت تاجیکستان در این نشست را X سرپرستی کند`: who will lead it at a session to come
            if any(e.trigger.start == trigger.start and e.trace.get("type") == "fa.type.joint_body_session"
                   for e in events):
                continue  # `X روز دوشنبه نیز در نشست کمیته مشترک ... با Y شرکت کرده بود`: a contact of its own
            c_start, c_end = u.clauses[u.clause_of[trigger.start]]
            low = max(0, c_start - 3)
            words = self._words[low:c_end]  # `در این دیدار | که X نیز حضور داشت`
            s_start = u.sentences[u.sentence_of[trigger.start]][0]
            opening = self._after_attribution(s_start, trigger.start)
            chaired = trigger.id_ in ("fa.trigger.chair_was", "fa.trigger.led_delegation",
                                      "fa.trigger.headed_delegation_with") \
                and (self._words[opening] == "ریاست" or ((self._words[opening] in DELEGATION_WORDS
                                                            or self._words[opening] == "طرف"  # (`طرف کویتی را X ...`)
                                                            or (self._words[opening] in ANY_SESSION_NOUNS
                                                                and self._words[opening + 1:opening + 2] == ["را"]))
                                                           and trigger.id_ == "fa.trigger.led_delegation"))
            formed = trigger.id_ == "fa.trigger.formed_delegation" and self._words[opening] in DELEGATION_WORDS \
                and "را" in self._words[opening + 1:opening + 4]
            # (`هیئت پاکستانی را در این دیدار فرمانده ناوگروه، فرمانده ناوچه «شمشیر» و وابسته دفاعی سفارت پاکستان
            # تشکیل می‌دادند`: the members of a side's delegation at the contact just told)
            if trigger.id_ == "fa.trigger.formed_delegation" and not formed:
                continue  # (`کمیته‌ای مشترک تشکیل دادند`: something set up, no one's attendance)
            chaired = chaired or formed
            # (`ریاست نشست را X بر عهده داشت و هیئت روسیه را Y رهبری می‌نمود`, `به گزارش ایرنا، ریاست هیئت A را X و
            # ریاست هیئت B را Y بر عهده داشتند`, `جلسه را از جانب A X و از جانب B Y رهبری کردند`)
            if trigger.id_ == "fa.trigger.accompanied" and not chaired:
                chaired = self._accompanies_a_side(events, trigger, mentions, entity_of)
            if trigger.id_ == "fa.trigger.took_part" and not chaired:
                chaired = self._beside_a_side(events, trigger, entity_of)
            if trigger.id_ == "fa.trigger.represented" and not chaired:
                latest = self._latest_before(events, trigger.start)
                chaired = latest is not None and (latest.trigger.id_ in HELD_TRIGGERS
                                                  or latest.type == "multilateral_meeting") \
                    and self._country_then_ra(c_start, trigger.start)
                # (`... حضور داشتند و ترکمنستان را X رئیس مجلس این کشور نمایندگی می‌کرد`: who stood for a state there)
            if trigger.id_ == "fa.trigger.host_or_mediator" and self._words[trigger.end:trigger.end + 1] in (
                    ["کشور"], ["دولت"]):
                continue  # `خواستار ادامه میانجیگری این کشور شد`: a country's mediation, no one's role at the session
            if trigger.id_ == "fa.trigger.is_present_at_this" and any(
                    a in ("برای", "جهت") and b in ("شرکت", "حضور") for a, b in zip(words, words[1:])):
                continue  # `برای شرکت در این گفت‌وگوها در دوحه حضور دارد`: there for talks still to come
            if trigger.id_ == "fa.trigger.is_present_at_this" and self._words[trigger.end:trigger.end + 1] == ["،"] \
                    and "که" in self._words[u.sentences[u.sentence_of[trigger.start]][0]:trigger.start] \
                    and not DELEGATION_WORDS.isdisjoint(words):
                continue  # `وزیر نفت عراق که در هیئت همراه نخست‌وزیر حضور دارد، با X دیدار کرد`: who he is, told by
                # a relative clause of the subject of another contact
            if trigger.id_ == "fa.trigger.chair_was" and not chaired and self._chairs_it_told_held(trigger, u):
                chaired = True  # `این نشست با سخنرانی X آغاز شد و ریاست آن را Y به عهده دارد`: the session just told
            if trigger.id_ == "fa.trigger.chair_was" and not chaired \
                    and self._words[trigger.start] in ("دارد", "دارند") \
                    and not any(a in ("اداره", "ریاست") and (b in self.kb.event_nouns or b in DELEGATION_WORDS)
                                for a, b in zip(words, words[1:])):
                continue  # `X که نخست‌وزیری قطر را نیز بر عهده دارد`: an office held, not a session chaired or a
                # delegation led (`ریاست هیئت امریکایی را بر عهده دارد`; but `ریاست مشترک این نشست را X و Y بر عهده
                # دارند`, a sentence that opens with the chair)
            if trigger.id_ in OPENING_TRIGGERS or trigger.id_ in REPORT_TRIGGERS:
                # `X در سخنان افتتاحیه گفت`, `نشست را X افتتاح کرد`, `X دبیرکل سازمان گزارشی از ... ارائه داد`: who
                # opened or reported to the session just told held (not a bilateral talk) attended it
                latest = self._latest_before(events, trigger.start)
                chaired = latest is not None and (latest.trigger.id_ in HELD_TRIGGERS
                                                  or latest.type == "multilateral_meeting")
                if chaired and trigger.id_ in REPORT_TRIGGERS:
                    chaired = latest.type == "multilateral_meeting" \
                        or (latest.type != "phone_call" and len(latest.sides) >= 2)
                    # (not `تماس با X انجام شد. ... در این گفتگو گزارشی از ... ارائه کرد`: a report in a call; not `سنا
                    # در نشست به ریاست Y ... تصویب کرد. X که گزارش دولت را به سنا ارائه کرد`: a state's own session)
                if not chaired:
                    continue
            if trigger.id_ in ("fa.trigger.participants_were", "fa.trigger.were_among_participants") and not chaired:
                latest = self._latest_before(events, trigger.start)  # `از جمله دیگر شرکت‌کنندگان X و Y بودند`, `X و Y
                chaired = latest is not None and (latest.trigger.id_ in HELD_TRIGGERS  # نیز در میان اشتراک‌کنندگان
                                                  or latest.type == "multilateral_meeting")  # بودند`: the participants
                # of the session just told
            each = next((COUNTED_EVENTS[b] for a, b, c in zip(words, words[1:], words[2:])
                         if a == "هر" and b in COUNTED_EVENTS and c in self.kb.event_nouns), None)
            # (`X در هر دو دیدار حضور داشت`: at each of the last two contacts)
            s_words = self._words[s_start:trigger.start]
            plural = any(a in ("این", "همین", "در") and (b in MEETINGS_TOLD or b + c in MEETINGS_TOLD)
                         for a, b, c in zip(s_words, s_words[1:], s_words[2:] + [""]))
            # (`در این دیدارها X نیز حضور داشت`, `در دیدارهای رئیس مجلس، X نیز حضور داشت`: at each contact just told)
            names_it = each is not None or plural or any(self._names_the_session(trigger.id_, words, k, low)
                                               and not self._after_before_or_after(low + k, low)
                                               for k in range(len(words) - 1))
            if not chaired and not names_it and not self._also_present_at_the_session(trigger, events, u) \
                    and not self._spoke_at_the_session_just_told(trigger, events, u):
                continue  # `ریاست هیئت دولت را X ... بر عهده داشتند`: who led the sides of the session just told
                # (`پس از این دیدار، نشستی با حضور X ...`: another session, not the one just told)
            if chaired and trigger.id_ != "fa.trigger.accompanied":
                c_start = s_start
            event = self._latest_before(events, trigger.start)
            if event is not None and self._told_bilateral(event.trigger) \
                    and any(a in ("این", "در") and b in SESSION_NAMING_NOUNS for a, b in zip(words, words[1:])):
                # `... در دیداری دوجانبه ... گفت‌وگو کردند. X نیز در این نشست حضور داشت` (`در اجلاس شرکت کرد`): the
                # session told before it
                event = next((e for e in islice(reversed(events), MERGE_WINDOW) if e.type == "multilateral_meeting"
                              and e.trigger.start < event.trigger.start), event)
            if event is None and names_it:
                event = self._told_next_sentence(events, trigger, u, self._points_back(words))
            if event is None:
                continue
            if not chaired and self._this_is_another_session(doc, event, low, c_end, u):
                continue  # `دور ... نشست آستانه از فردا آغاز می‌شود. ... در این نشست حضور دارند`: that session's people
            if trigger.id_ == "fa.trigger.spoke_at" and event.type in ("meeting", "phone_call") \
                    and "این" not in words and not (event.trigger.id_ in HELD_TRIGGERS
                                                    and ("آن" in words or SESSION_NOUNS.intersection(words))):
                # (but a session told held: `نشست ... گشایش یافت و X ... در آن سخنرانی کرد`, `... در نشست افتتاحیه
                # سخنرانی کردند`)
                continue  # `X نیز روز سه‌شنبه در نشست عمومی مجمع سخنرانی کرد` after two ministers' talks: a speech at
                # another session (one gives a speech at a session, not at this one's talks unless told `در این ...`)
            if self._own_speech(trigger) and event.type in ("meeting", "phone_call") \
                    and event.trigger.id_ not in HELD_TRIGGERS:
                continue  # `X در سخنرانی خود در این کنفرانس گفت` after a talk on its sidelines: a speech at the
                # conference, not at the talk
            if trigger.id_ == "fa.trigger.were_present_at_this" and event.type != "multilateral_meeting" \
                    and event.trigger.id_ not in HELD_TRIGGERS | CHAIRED_TRIGGERS:
                continue  # `X از جمله سران حاضر در این اجلاس بود` after a bilateral meeting: the summit's, not told
                # (but `اجلاس ... برگزار شد و Y ریاست آن را بر عهده داشت. X از جمله سران حاضر در این اجلاس بود`: the
                # session just told by its chair)
            if event.type == "phone_call" and trigger.id_ in HEADED_DELEGATION | {"fa.trigger.led_delegation"}:
                continue  # `X هیئت آمریکایی را در این دور هدایت می‌کرد` after a call that told of the round: the round's
            if event.type != "multilateral_meeting" and self._on_sidelines(event.trigger) and any(
                    (a == "این" and b in SESSION_NAMING_NOUNS)
                    or (a == "در" and b in SESSION_NOUNS and event.trigger.id_ not in HELD_TRIGGERS)
                    for a, b in zip(words, words[1:])):
                continue  # `X در حاشیه این نشست با Y دیدار کرد ... Z نیز در این نشست حضور دارد`: at the summit; `...
                # جداگانه با A و B دیدار کرد. Z که ریاست هیئت کشورش را در نشست‌های عمومی بر عهده داشت`, `Z روز گذشته در
                # نشست مقدماتی ... شرکت کرده بود`: at a session, not at the contact on its sidelines
            keys = event.entity_keys()
            relative = relative_clause_tokens(doc, c_start, trigger.start, self.relative_markers)
            verbs = [i for i in range(c_start, trigger.start) if (self._words[i] in FINITE_VERBS or (
                self._words[i].startswith("ن") and self._words[i][1:] in FINITE_VERBS)) and i not in relative]
            # (`X در اجلاس شرکت نکرد و Y ریاست هیئت این کشور را بر عهده داشت`: a negated verb closes X's clause too)
            # (`A و B که به‌عنوان میهمان دعوت شده بود نیز در جلسه ... سخنرانی کردند`: the relative clause's verb)
            subject_start = verbs[-1] + 1 if verbs else c_start
            if verbs and self._words[verbs[-1]] in COPULAS and self._words[verbs[-1] + 1:verbs[-1] + 2] == ["که"] \
                    and not self._words[verbs[-1] - 1].endswith("ه"):  # (not `گفته بود که`: what was said)
                subject_start = c_start  # `X تنها رهبری بود که در این اجلاس حاضر شد`: the one the cleft is about
            said = next((i for i in range(trigger.start - 2, subject_start - 1, -1) if self._words[i] in SAID
                         and i not in relative), None)
            if said is not None:
                subject_start = said + (2 if self._words[said + 1] in ("که", "،") else 1)
                # `X سخنگوی وزارت ... گفت که در این نشست که Y نیز حضور داشت`, `X سخنگوی رئیس جمهور گفت در این دیدار
                # که Y نیز حضور داشت`: the speaker tells who attended, he did not
            s_start, _ = u.sentences[u.sentence_of[trigger.start]]
            hosts = self._named_after(mentions, s_start, subject_start - 1, ("میزبانی",))
            rule = "fa.person.opened_session" if trigger.id_ in OPENING_TRIGGERS else "fa.person.attended"
            delegation = None
            end = trigger.start
            if trigger.id_ in REPORT_TRIGGERS:  # `Y گزارش تازه دبیرکل را ارائه کرد`: the one who reported, not whose
                end = max(k for k in range(subject_start, trigger.start) if self._words[k] in ("گزارش", "گزارشی"))
            for m in hosts + list(between(self._mention_starts, mentions, subject_start, end)):
                if self._words[max(0, m.start - 2):m.start] in SOURCE_CUES:
                    continue  # `به گفته X، Y گزارشی از ... ارائه کرد`: who tells of the report, not who made it; `به
                    # گفته سخنگوی وزارت، در این دیدار که سفیر نیز حضور داشت`: the source, not one who attended
                if m.kind == "delegation":
                    delegation = m
                elif formed and m.kind == "title_only" and m.country is None and delegation is not None \
                        and delegation.country:
                    m = replace(m, country=delegation.country, country_rule="fa.country.delegation_member")
                    # (`هیئت پاکستانی را ... فرمانده ناوگروه ... تشکیل می‌دادند`: a member of the Pakistani delegation)
                elif m.kind == "title_only" and m.country is None and delegation is not None and delegation.country \
                        and (self._words[m.start - 2:m.start] in (["در", "سطح"], ["بر", "عهده"])
                             or self._words[m.start - 1] in DELEGATION_HEAD) \
                        and not self._side_country_known(event, delegation.country):
                    # `هیئت ترکیه نیز در سطح معاون وزیر خارجه در نشست شرکت کرد`: that delegation's head, by office
                    m = replace(m, country=delegation.country, country_rule="fa.country.delegation_level")
                elif m.kind == "name" and delegation is not None and delegation.country and m.country is None \
                        and (self._words[m.start - 1] in ("با", *DELEGATION_HEAD)
                             or self._words[m.start - 2:m.start] == ["بر", "عهده"]) \
                        and id(m) in entity_of and self._country(entity_of[id(m)]) is None:
                    # `ریاست هیئت دولت سوریه با ایمن سوسان معاون وزیر امور خارجه بود`: the delegation is its head's
                    m.country, m.country_rule = delegation.country, "fa.country.delegation_head"
                    self._country_of.pop(id(entity_of[id(m)]), None)  # (its country is read again)
                    event.sides = [s for s in event.sides if s.mention is not delegation]
                self._join(event, m, entity_of, keys, rule, listed=formed)
                for earlier in (self._events_before(events, event, each - 1) if each
                                else self._meetings_of_one_side_before(events, event) if plural else ()):
                    self._join(earlier, m, entity_of, earlier.entity_keys(), rule)
                for later in (self._later_credentials(events, event, trigger, u) if not CEREMONY_WORDS.isdisjoint(words)
                              else ()):
                    self._join(later, m, entity_of, later.entity_keys(), rule)
                told_together = event.separate is not None and not each and (all(
                    u.sentence_of[t.start] == u.sentence_of[event.separate] for t in event.triggers)
                    or "مراسم" in words)  # (`در مراسم رسمی ... X نیز حضور داشت`: at the ceremony all were at)
                for part in (e for e in events if told_together and e.separate == event.separate and e is not event):
                    # `طی مراسم جداگانه‌ای ... X نیز در این مراسم حضور داشت`: at each of the separate ceremonies
                    self._join(part, m, entity_of, part.entity_keys(), rule)
            self._join_officials_of_both(event, subject_start, trigger.start)
            for group in self._title_groups_between(doc, subject_start, trigger.start):
                # `مقام‌های ارشد امنیتی هند، ایران، چین و ... در این نشست حضور داشتند`: one of each country
                self._add_group_sides(event.sides, group, "fa.person.attended")
        self._listed_attendees(events, mentions, entity_of, u)
        self._presence_back_reference(doc, events, mentions, entity_of, u)
        self._subjects_back_reference(events, mentions, entity_of, u)
        self._speakers_at_the_session(events, mentions, entity_of, u)
        self._representatives_after_the_vote(events, mentions, entity_of, u)
        self._representatives_stating(events, mentions, entity_of, u)
        self._delegations_sent(events, mentions, entity_of, u)
        self._chair_handed_over(events, mentions, entity_of, u)

    def _representatives_stating(self, events: list[DraftEvent], mentions: list[PersonMention], entity_of: dict,
                                 u) -> None:
        """`نمایندگان روسیه و چین در این نشست خواستار ... شدند`, `در همان نشست، نماینده آمریکا ایران را ... متهم کرد و
        نماینده روسیه خواستار ... شد`: states' representatives told only by their countries, opening a clause (or a
        part of it after `و`) that tells what they said or asked, right after a session was told held (or in a
        sentence that names "this session"), spoke at it: one official of each country attended (not in a clause
        with a contact of its own, nor in quotes)."""
        words = self._words
        by_start = {m.start: m for m in mentions}
        joined_in: int | None = None  # the last sentence whose representatives joined a session
        for c_start, c_end in u.clauses:
            k = c_start
            while k < c_end and words[k] in ("و", "اما", "،", "\n", "\n\n"):
                k += 1
            if words[k:k + 1] == ["در"] and words[k + 1:k + 2] in THIS_ONE and k + 2 < c_end \
                    and words[k + 2] in ANY_SESSION_NOUNS:
                k += 3 + (words[k + 3:k + 4] == ["،"])  # `در همان نشست، نماینده آمریکا ...`
            if any(t.kb_id_.startswith("strong") and not self._welcomed_no_one(t, mentions)
                   for t in self._triggers_between(c_start, c_end)):
                continue  # (not `نمایندگان A و B نیز از تصویب قطعنامه استقبال کردند`: a welcome of no guest)
            for j in [k] + [j for j in range(k + 1, c_end) if words[j - 1] == "و"]:
                listed = self._representatives_at(j, by_start)
                if not listed or j in self._quotes \
                        or not any(w in FINITE_VERBS or w in SAID for w in words[listed[-1].end:c_end]):
                    continue
                event = self._latest_before(events, j)
                if event is None:
                    continue
                sentence = u.sentence_of[j]
                s_start, s_end = u.sentences[sentence]
                this_session = any(a in ("این", "همین", "همان") and b in ANY_SESSION_NOUNS
                                   for a, b in zip(words[s_start:s_end], words[s_start + 1:s_end]))
                told = self._told_last_before(event, j)
                if joined_in is not None and told is not None and joined_in > told \
                        and not self._worded_sentences(joined_in + 1, sentence):
                    told = joined_in  # `نمایندگان روسیه و چین در این نشست ... شدند. نماینده امریکا اما گفت ...`
                spoke = self._spoke_last_before(event, j)
                if spoke is not None and told is not None and spoke > told:
                    told = spoke  # `X نماینده روسیه نیز ... گفت ... . نمایندگان انگلیس و چین نیز در سخنان خود ...`
                if not (event.type == "multilateral_meeting" or (event.trigger.id_ in HELD_TRIGGERS and this_session)) \
                        or told is None or (not this_session and len(self._worded_sentences(told + 1, sentence)) > 1):
                    continue  # (a statement two sentences past the session, naming none, may be made anywhere)
                keys = event.entity_keys()
                for m in listed:
                    self._join(event, m, entity_of, keys, "fa.person.spoke_at_the_session")
                joined_in = sentence

    def _representatives_after_the_vote(self, events: list[DraftEvent], mentions: list[PersonMention],
                                        entity_of: dict, u) -> None:
        """`شورای امنیت ... در نشستی به ریاست X قطعنامه ... را تصویب کرد. ... پس از رای‌گیری، Y نماینده دائم آمریکا
        گفت ...`: a named permanent representative who opens a sentence that tells what he said, in the sentences
        right after a body's session told as adopting something (no other contact told in between), spoke at that
        session."""
        words = self._words
        for event in events:
            if event.trigger.id_ != "fa.trigger.adopted_in_session" or event.type != "multilateral_meeting":
                continue
            first = u.sentence_of[event.trigger.start] + 1
            for sentence in self._worded_sentences(first, len(u.sentences))[:8]:
                s_start, s_end = u.sentences[sentence]
                if any(t.kb_id_.startswith("strong") and not self._welcomed_no_one(t, mentions)
                       for t in self._triggers_between(s_start, s_end)):
                    break  # (another contact told: what follows may be about it)
                k = s_start
                while k < s_end and not words[k].strip():
                    k += 1
                comma = next((j for j in range(k, min(k + 5, s_end)) if words[j] == "،"), None)
                if comma is not None and words[k] in ("پس", "پیش", "بعد", "در") \
                        and not between(self._mention_starts, mentions, k, comma):
                    k = comma + 1  # `پس از رای‌گیری، Y ...`
                m = next(iter(between(self._mention_starts, mentions, k, k + 1)), None)
                if m is None or m.kind != "name" or m.role != "ambassador" or m.title is None \
                        or "نماینده" not in words[m.title.start:m.title.end] or m.start in self._quotes:
                    continue
                verb_end = next((j for j in range(m.end, s_end) if words[j] in ("«", ":")), s_end)
                told = words[m.end:verb_end]
                if SAID.isdisjoint(told) and not any(a == "اظهار" and b in ("داشت", "کرد")
                                                     for a, b in zip(told, told[1:])):
                    continue  # (`X ... گفت`, `X ... اظهار داشت:`)
                self._join(event, m, entity_of, event.entity_keys(), "fa.person.spoke_at_the_session")

    def _welcomed_no_one(self, trigger: Span, mentions: list[PersonMention]) -> bool:
        """`از تصویب قطعنامه استقبال کردند`: a welcome of something said or done, no guest received."""
        return trigger.id_ == "fa.trigger.welcomed_officially" and not self._welcomes_a_guest(trigger, mentions)

    def _delegations_sent(self, events: list[DraftEvent], mentions: list[PersonMention], entity_of: dict, u) -> None:
        """`ترکیه، قزاقستان و ترکمنستان نیز هیئت‌هایی به ریاست وزیر به تهران فرستاده بودند`, `امارات، بحرین و عمان نیز
        هیئت‌هایی در سطح ولیعهد اعزام کردند`, `ترکیه، کویت و اردن نیز در سطح معاون وزیر یا سفیر در آن نمایندگی
        داشتند`: countries listed as sending delegations to (or being represented at) the multilateral session told
        just before attended it, one official of each (not in a clause with a contact of its own, nor one still to
        come)."""
        words = self._words
        listed = [m for m in mentions if m.kind == "delegation" and m.country
                  and m.country_rule == "fa.country.delegations_listed"]
        for c_start, c_end in u.clauses if listed else ():
            group = [m for m in listed if c_start <= m.start < c_end]
            if len(group) < 2 or group[0].start in self._quotes:
                continue
            clause = words[group[-1].end:c_end]
            if SENT_DELEGATION_WORDS.isdisjoint(clause) or not FUTURE_WORDS.isdisjoint(words[c_start:c_end]) \
                    or any(t.kb_id_.startswith("strong") for t in self._triggers_between(group[0].start, c_end)):
                continue
            event = self._latest_before(events, group[0].start)
            pointing = any((a in ("این", "همین") and b in ANY_SESSION_NOUNS) or (a, b) == ("در", "آن")
                           for a, b in zip(clause, clause[1:]))  # (`در این اجلاس`, `در آن نمایندگی داشتند`)
            if event is None or not (event.type == "multilateral_meeting"
                                     or (event.trigger.id_ in HELD_TRIGGERS and pointing)):
                continue
            told = self._told_last_before(event, group[0].start)
            sentence = u.sentence_of[group[0].start]
            if told is None or len(self._worded_sentences(told + 1, sentence)) > 1:
                continue  # (delegations sent, told two sentences past the session, may have gone anywhere)
            keys = event.entity_keys()
            for m in group:
                self._join(event, m, entity_of, keys, "fa.person.attended")

    def _representatives_at(self, k: int, by_start: dict[int, PersonMention]) -> list[PersonMention]:
        """The states' representatives told at token `k` by their countries alone: `نمایندگان A، B و C` (one
        delegation mention of each), or `نماینده A` (the title of a country's representative)."""
        words = self._words
        listed: list[PersonMention] = []
        if words[k:k + 1] == ["نمایندگان"]:
            j = k + 1
            while j in by_start and by_start[j].kind == "delegation" and by_start[j].country:
                listed.append(by_start[j])
                j = by_start[j].end + (words[by_start[j].end:by_start[j].end + 1] in (["،"], ["و"]))
        elif k in by_start and by_start[k].kind == "title_only" and by_start[k].title is not None \
                and by_start[k].title.title_id == "fa.title.representative_of_country" and by_start[k].country:
            listed.append(by_start[k])
        return listed

    def _chair_handed_over(self, events: list[DraftEvent], mentions: list[PersonMention], entity_of: dict,
                           u) -> None:
        """`اجلاس ... آغاز شد و X ریاست دوره‌ای جنبش را به Y تحویل داد` (`... را از Y تحویل گرفت`, `ریاست ... از Z به Y
        واگذار شد`, `X ... ریاست دوره‌ای شورا را به عهده گرفت`): who handed the chair of a multilateral session told
        before it over, and who took it, attended that session."""
        words = self._words
        for k in self._word_index.get("ریاست", ()):
            if k in self._quotes or words[k - 1:k] == ["به"] or words[k + 1:k + 2] == ["جمهوری"]:
                continue  # (`به ریاست X`: a chair told elsewhere; `ریاست جمهوری`: the presidency)
            _, s_end = u.sentences[u.sentence_of[k]]
            verb = next((j for j in range(k + 1, min(k + 20, s_end - 1))
                         if (words[j] in HANDOVER_VERBS and words[j + 1] in HANDOVER_LIGHT_VERBS)
                         or words[j] in ("سپرد", "سپردند")
                         or (words[j] == "عهده" and words[j - 1] in ("به", "بر") and words[j + 1] in ("گرفت", "گرفتند"))
                         or not words[j].strip() or words[j] in (".", "؛", ":")), None)
            if verb is None or not words[verb].strip() or words[verb] in (".", "؛", ":"):
                continue
            event = self._latest_before(events, k)
            if event is None or event.type != "multilateral_meeting" \
                    or self._clause_status_at(event.trigger.doc, u, k) != "actual":
                continue
            people = [m for j in range(k + 1, verb) if words[j] in ("به", "از")
                      for m in between(self._mention_starts, mentions, j + 1, j + 2 + (words[j + 1] == "«"))]
            # (`... را به «حسنی مبارک» رئیس جمهور مصر تحویل داد`)
            if "را" in words[k + 1:verb] and words[verb + 1:verb + 2] != ["شد"]:
                subject = self._subject_before(mentions, k)
                if subject is not None:
                    people.insert(0, subject)
            keys = event.entity_keys()
            for m in people:
                if m.kind in ("name", "title_only"):
                    self._join(event, m, entity_of, keys, "fa.person.handed_the_chair")

    def _subject_before(self, mentions: list[PersonMention], k: int) -> PersonMention | None:
        """The person named last before word `k` in its sentence, with no verb between them but one of a relative
        clause on him (`X که ریاست دوره پیشین را بر عهده داشت، ...`), nor a preposition before him."""
        words = self._words
        s_start, _ = self._units.sentences[self._units.sentence_of[k]]
        m = next(iter(reversed(between(self._mention_starts, mentions, s_start, k))), None)
        if m is None or words[m.start - 1:m.start] in (["با"], ["به"], ["از"]):
            return None
        end = _end_with_title(m)
        rest = words[end:k]
        that = rest.index("که") if "که" in rest else len(rest)
        return None if FINITE_VERBS.intersection(rest[:that]) else m

    def _chairs_it_told_held(self, trigger: Span, u) -> bool:
        """`ریاست آن را` before the trigger in a sentence that told a session (its noun) held before it (`اجلاس ... آغاز
        شد و ریاست آن را X بر عهده دارد`)."""
        s_start = u.sentences[u.sentence_of[trigger.start]][0]
        chair = next((k for k in range(s_start, trigger.start - 2) if self._words[k:k + 3] == ["ریاست", "آن", "را"]),
                     None)
        # (not `گروه دوستی ... تشکیل شد و X ریاست آن را بر عهده دارد`: a body formed, whose head holds an office)
        return chair is not None and any(t.id_ in HELD_TRIGGERS for t in self._triggers_between(s_start, chair)) \
            and not ANY_SESSION_NOUNS.isdisjoint(self._words[s_start:chair])

    def _after_attribution(self, s_start: int, end: int) -> int:
        """The sentence's first word after an opening `به گزارش X،` (its own start when there is none)."""
        if self._words[s_start:s_start + 2] != ["به", "گزارش"]:
            return s_start
        comma = next((i for i in range(s_start + 2, min(end, s_start + 8)) if self._words[i] in ("،", ",")), None)
        return comma + 1 if comma is not None and comma + 1 < end else s_start

    def _country_then_ra(self, start: int, end: int) -> bool:
        """The clause opens with a country and `را` (`ترکمنستان را ...`), the object of `نمایندگی کرد`."""
        return any(s.label_ in COUNTRY_LABELS and s.start == start and self._words[s.end:s.end + 1] == ["را"]
                   for s in self._structure_at(start))

    @staticmethod
    def _meetings_of_one_side_before(events: list[DraftEvent], event: DraftEvent) -> list[DraftEvent]:
        """The in-person contacts told right before `event` that share a side with it (`A با B دیدار کرد. A همچنین
        با C دیدار کرد. در این دیدارها X نیز حضور داشت`): not a summit or a call between them."""
        k = next(i for i, e in enumerate(events) if e is event)
        keys, run = event.entity_keys(), []
        while k > 0 and events[k - 1].type in ("meeting", "visit") and events[k - 1].entity_keys() & keys:
            k -= 1
            run.append(events[k])
        return run

    @staticmethod
    def _events_before(events: list[DraftEvent], event: DraftEvent, count: int) -> list[DraftEvent]:
        """The `count` events told just before `event`."""
        k = next(i for i, e in enumerate(events) if e is event)
        return events[max(0, k - count):k]

    def _speakers_at_the_session(self, events: list[DraftEvent], mentions: list[PersonMention], entity_of: dict,
                                 u) -> None:
        """`در نشست افتتاحیه، سلمان بن عبدالعزیز ... گفت`: someone who spoke in the session of a summit told held (a
        sentence that opens with `در` and the session's noun, then a comma) attended it."""
        words = self._words
        for k, (s_start, s_end) in enumerate(u.sentences):
            self._speaker_in_his_speech(events, mentions, entity_of, s_start, s_end)
            self._speaker_in_this_session(events, mentions, entity_of, s_start, s_end)
            self._speakers_after_the_opener(events, mentions, entity_of, s_start, s_end)
            if s_end - s_start < 5 or words[s_start] != "در" or words[s_start + 1] not in ("نشست", "اجلاس", "جلسه"):
                continue
            comma = next((j for j in range(s_start + 2, min(s_start + 5, s_end)) if words[j] == "،"), None)
            if comma is None or not SAID.intersection(words[comma:s_end]):
                continue
            event = self._latest_before(events, s_start)
            if event is None or event.type != "multilateral_meeting" or event.trigger.id_ not in HELD_TRIGGERS:
                continue
            verb = next(j for j in range(comma, s_end) if words[j] in SAID)
            keys = event.entity_keys()
            for m in between(self._mention_starts, mentions, comma + 1, verb):
                if m.kind == "name":
                    self._join(event, m, entity_of, keys, "fa.person.spoke_at_the_session")

    def _speakers_after_the_opener(self, events: list[DraftEvent], mentions: list[PersonMention], entity_of: dict,
                                   s_start: int, s_end: int) -> None:
        """`اجلاس با سخنان X آغاز شد و پس از او Y و Z سخن گفتند`: the named people who spoke after the one whose
        words opened a multilateral session, in the same sentence, spoke at it."""
        words = self._words
        opened = next((k for k in range(s_start, s_end - 1) if words[k] == "با" and words[k + 1] in SAYINGS), None)
        if opened is None:
            return
        after = next((k for k in range(opened + 2, s_end - 3) if words[k:k + 3] in AFTER_HIM), None)
        if after is None:
            return
        spoke = next((k for k in range(after + 3, s_end - 1) if words[k:k + 2] in SPOKE_AFTER), None)
        event = self._latest_before(events, after)
        if spoke is None or event is None or event.type != "multilateral_meeting" \
                or any(w in FINITE_VERBS or w in SAID or w == "که" for w in words[after + 3:spoke]):
            return
        keys = event.entity_keys()
        for m in between(self._mention_starts, mentions, after + 3, spoke):
            if m.kind == "name":
                self._join(event, m, entity_of, keys, "fa.person.spoke_at_the_session")

    def _speaker_in_this_session(self, events: list[DraftEvent], mentions: list[PersonMention], entity_of: dict,
                                 s_start: int, s_end: int) -> None:
        """`X نماینده دائم روسیه نیز در این نشست گفت ...`: the person a sentence opens with, who said something "in this
        session" right after a multilateral session was told, attended it."""
        words = self._words
        while s_start < s_end and not words[s_start].strip():
            s_start += 1
        m = next(iter(between(self._mention_starts, mentions, s_start, s_start + 1)), None)
        if m is None or not (m.kind == "name" or (m.kind == "title_only" and m.role and m.country
                                                  and m.title.title_id not in DELEGATION_HEAD_TITLES)):
            return  # (`رئیس گروه دوستی پارلمانی ایران و ژاپن در ابتدای این نشست یادآور شد`: known by title; not
            # `رئیس هیئت ایرانی در این نشست گفت`, the head told before by his office)
        subjects = [m]
        end = _end_with_title(m)
        while end + 1 < s_end and words[end] in ("،", "و"):
            # `A، B و C (نیز) در این نشست درباره ... گفت‌وگو کردند`: a list of named subjects
            n = next(iter(between(self._mention_starts, mentions, end + 1, end + 2)), None)
            if n is None or n.kind != "name":
                break
            subjects.append(n)
            end = _end_with_title(n)
        if len(subjects) == 1 and words[end:end + 1] != ["نیز"]:
            # `X سرپرست نمایندگی دایمی افغانستان در سازمان ملل نیز در این نشست ...`: an apposition the title reader
            # missed, up to `نیز در این` (no punctuation, `که` or verb in it)
            also = next((j for j in range(end, min(end + 12, s_end - 3))
                         if (words[j] == "نیز" and words[j + 1:j + 3] == ["در", "این"])
                         or (words[j] == "در" and words[j + 1] in SESSION_PARTS and words[j + 2] == "این")), None)
            # (`رئیس گروه دوستی پارلمانی ایران و ژاپن در ابتدای این نشست`: up to when in the session he spoke)
            if also is not None and all(w.isalnum() and w != "که" and w not in FINITE_VERBS
                                        for w in words[end:also]):
                end = also
        k = end + (words[end] in ("نیز", "هم") if end < s_end else 0)
        if words[k:k + 1] == ["در"] and k + 1 < s_end and words[k + 1] in SESSION_PARTS:
            k += 1  # `در ابتدای این نشست`, `در پایان این جلسه`: at its start or end, in it all the same
        elif words[k:k + 1] != ["در"]:
            return
        if words[k + 1:k + 2] != ["این"] or k + 2 >= s_end or words[k + 2] not in ANY_SESSION_NOUNS:
            return
        event = self._latest_before(events, s_start)
        if event is None or len(event.sides) < 2 or (event.type != "multilateral_meeting"
                                                     and event.trigger.id_ not in HELD_TRIGGERS):
            return  # (one side told at a session of his own state's parliament is no contact: no one joins it)
        if SAID.isdisjoint(words[k + 3:k + 5]):
            # `X نیز در این نشست خواستار توقف فوری جنگ شد`, `... در این نشست بر ... تأکید کرد`: whatever he did there,
            # when his clause ends in a verb told as done (not `شرکت نکرد`, not `... خواهد کرد`)
            _, c_end = self._units.clauses[self._units.clause_of[k + 2]]
            c_end = next((j for j in range(k + 4, c_end) if words[j] == "که"), c_end)  # (`خواستار آن شد که ...`)
            verb = words[c_end - 1] if words[c_end - 1].isalnum() else words[c_end - 2]
            called = next((j for j in range(k + 4, c_end) if words[j] in CALLED_VERBS and words[j - 1] == "»"
                           and (j + 1 == c_end or words[j + 1] in ("و", "،", "."))
                           and words[k + 3:j].count("«") == 1), None)
            if called is not None and verb not in DONE_VERBS:
                # `X نیز در این نشست این تصمیم را «ضربه‌ای دیگر» خواند و از ... خواست ... کند`: his first part ends in
                # what he called something (the guillemets hold the phrase, no quotation)
                verb, c_end = words[called], called
            if verb not in DONE_VERBS | CALLED_VERBS \
                    or "خواهد" in words[k + 3:c_end] or "خواهند" in words[k + 3:c_end] \
                    or any(w.startswith("ن") and w[1:] in DONE_VERBS for w in words[k + 3:c_end]) \
                    or ("«" in words[k + 3:c_end] and called is None) or ":" in words[k + 3:c_end]:
                return
        for subject in subjects:
            self._join(event, subject, entity_of, event.entity_keys(), "fa.person.spoke_at_the_session")

    def _speaker_in_his_speech(self, events: list[DraftEvent], mentions: list[PersonMention], entity_of: dict,
                               s_start: int, s_end: int) -> None:
        """`متکی ... در سخنرانی خود گفت`: the person a sentence opens with, who said something in his speech, right
        after a session told held (and no contact of his own told in between), attended that session."""
        words = self._words
        speech = next((k for k in range(s_start + 1, min(s_end - 3, s_start + 40))
                       if words[k] == "در" and words[k + 1] in ("سخنرانی", "سخنان")
                       and words[k + 2] in ("خود", "افتتاحیه")
                       and not SAID.isdisjoint(words[k + 3:k + 6])), None)
        if speech is None:
            return
        m = next(iter(between(self._mention_starts, mentions, s_start, s_start + 1)), None)
        event = self._latest_before(events, s_start)
        if m is None or m.kind != "name" or event is None or event.type != "multilateral_meeting" \
                or event.trigger.id_ not in HELD_TRIGGERS or any(
                    t.label_ != "multilateral_meeting" for t in self._triggers_between(s_start, speech)):
            return
        self._join(event, m, entity_of, event.entity_keys(), "fa.person.spoke_at_the_session")

    def _also_present_at_the_session(self, trigger: Span, events: list[DraftEvent], u) -> bool:
        """`... نیز حضور داشتند` in the sentence after a session told held (`نشست ... برگزار شد`), or after the one
        that tells who opened it: its people, although the clause does not name the session."""
        if trigger.id_ not in ("fa.trigger.took_part", "fa.trigger.were_among_participants") \
                or "نیز" not in self._words[max(0, trigger.start - 3):trigger.start]:
            return False  # (`نمایندگان روسیه، چین و هند نیز در میان شرکت‌کنندگان بودند`)
        event = self._latest_before(events, trigger.start)
        if event is None:
            return False
        sentence = u.sentence_of[trigger.start]
        if event.trigger.id_ not in HELD_TRIGGERS:  # `در این نشست که به میزبانی X برگزار شد، ...`: the session again
            s_start, s_end = u.sentences[self._sentence_before(sentence)]
            words = self._words[s_start:s_end]
            return any(a == "این" and b in SESSION_NAMING_NOUNS for a, b in zip(words, words[1:])) \
                and event.trigger.start < s_start
        told = self._told_last_before(event, trigger.start)
        if told is None:
            return False
        if sentence - told <= 1:
            return True
        # `در این کنفرانس وزیران خارجه ... حضور داشتند. نمایندگان روسیه، چین و هند نیز در میان شرکت‌کنندگان بودند`:
        # one sentence of attendance between (paragraph breaks aside)
        told_between = self._worded_sentences(told + 1, sentence)
        return len(told_between) == 1 and any(t.id_ in ATTENDANCE_TRIGGERS
                                              for t in self._triggers_between(*u.sentences[told_between[0]]))

    def _spoke_last_before(self, event: DraftEvent, position: int) -> int | None:
        """The last sentence before `position` naming someone who joined `event` by speaking at its session."""
        sentence_of = self._units.sentence_of
        return max((sentence_of[s.mention.start] for s in event.sides
                    if s.rule == "fa.person.spoke_at_the_session" and s.mention.start < position), default=None)

    def _told_last_before(self, event: DraftEvent, position: int) -> int | None:
        """The last sentence before `position` that tells `event` (its trigger or a follow-up); None when none does."""
        sentence_of = self._units.sentence_of
        return max((sentence_of[t.start] for t in [event.trigger, *event.follow_ups] if t.start < position),
                   default=None)

    def _worded_sentences(self, first: int, end: int) -> list[int]:
        """The sentences in [first, end) that hold words."""
        return [k for k in range(first, end) if self._has_words(k)]

    def _has_words(self, sentence: int) -> bool:
        """The sentence holds words (a blank line is a sentence of its own)."""
        return any(w.strip() for w in self._words[slice(*self._units.sentences[sentence])])

    def _nominal_contact(self, doc: Doc, trigger: Span, mentions: list[PersonMention], u) -> bool:
        """`روز سوم سفر با دیدار صبح چهارشنبه باقری با امامعلی رحمان ... آغاز شد`, `آخرین دیدار رسمی X ظهر چهارشنبه با Y
        بود`: a meeting told by its noun in the body, with whose it was and with whom in its own clause, is a contact
        of its own although a verb tells none."""
        if trigger.id_ == "fa.trigger.meeting_with_held" and trigger.start not in self._quotes \
                and not self._in_headline(doc, trigger, u):
            return self._program_meeting(trigger, mentions, u) is not None
        if trigger.id_ != "fa.trigger.meeting_noun" or trigger.start in self._quotes \
                or self._in_headline(doc, trigger, u):
            return False
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        words = self._words
        if not NOMINAL_CONTACT_ENDS.intersection(words[max(trigger.end, c_end - 3):c_end]):
            return False
        if trigger.start > 0 and words[trigger.start - 1] in ("این", "همین", "آن", "همان"):
            return False  # `این دیدار چند روز پس از ... صورت گرفت`: the meeting already told
        with_at = next((k for k in range(trigger.end, c_end) if words[k] == "با"), None)
        if with_at is None or any(not words[k].isalnum() for k in range(trigger.end, with_at)) \
                or words[with_at + 1:with_at + 2] == ["حضور"]:
            return False
        before = between(self._mention_starts, mentions, trigger.end, with_at)
        after = between(self._mention_starts, mentions, with_at + 1, c_end)
        return bool(before) and bool(after) and not any(m.kind == "delegation" for m in before)

    def _program_meeting(self, trigger: Span, mentions: list[PersonMention], u) -> tuple | None:
        """`آخرین برنامه X دیدار با Y بود`, `دیدار با Y برنامه بعدی X در نجف بود`: a meeting with Y told as an item of
        X's program, in a clause closed by `بود`. (X's mention, Y's mention), or None."""
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        words = self._words
        if "بود" not in words[max(trigger.end, c_end - 3):c_end]:
            return None
        program = next((k for k in range(c_start, c_end) if words[k] in PROGRAM_NOUNS), None)
        if program is None:
            return None
        owner = next((m for m in between(self._mention_starts, mentions, program + 1, program + 3)
                      if not m.is_reporter), None)
        met = next((m for m in between(self._mention_starts, mentions, trigger.end, trigger.end + 2)
                    if not m.is_reporter), None)
        if owner is None or met is None or owner is met or (program < trigger.start and owner.start >= trigger.start):
            return None
        return owner, met

    def _heads_of_sides_first(self, doc: Doc, trigger: Span, drafts: list[DraftEvent], u) -> bool:
        """`X و Y ریاست هیئت‌های دو کشور را ... بر عهده داشتند` in the body before any contact it could tell who
        attended: the heads of two sides, named as its plural subject, tell a session of their own."""
        if trigger.id_ not in HEADED_DELEGATION or trigger.kb_id_ != "weak:actual" \
                or self._words[trigger.start] != "داشتند" or self._in_headline(doc, trigger, u):
            return False
        return not any(d.status == "actual" and d.trigger.start < trigger.start
                       and not self._in_headline(doc, d.trigger, u) for d in drafts)

    def _nominal_draft(self, trigger: Span, mentions: list[PersonMention], entity_of: dict, u) -> DraftEvent | None:
        """The people of a meeting told by its noun (`_nominal_contact`): those named in its clause after the noun
        (or the program's owner and the one met, `_program_meeting`)."""
        c_end = u.clauses[u.clause_of[trigger.start]][1]
        sides: list[Side] = []
        keys: set[str] = set()
        pair = self._program_meeting(trigger, mentions, u) if trigger.id_ == "fa.trigger.meeting_with_held" else None
        for m in pair or between(self._mention_starts, mentions, trigger.end, c_end):
            entity = entity_of.get(id(m))
            if m.is_reporter or (entity is not None and entity.key in keys):
                continue
            if entity is not None:
                sides.append(Side(entity, m, rule="fa.person.nominal_contact"))
                keys.add(entity.key)
            elif m.kind == "title_only" and m.role:
                sides.append(Side(None, m, role=m.role, country=m.country, rule="fa.person.nominal_contact"))
        if len(sides) < 2:
            return None
        draft = DraftEvent(trigger.label_, trigger, [trigger], sides)
        draft.trace["status"] = "fa.status.nominal_contact"
        return draft

    def _spoke_at_the_session_just_told(self, trigger: Span, events: list[DraftEvent], u) -> bool:
        """`نشست ... برگزار شد. ... A و B پس از رای‌گیری سخنرانی کردند`: speeches in the sentence after a session told
        held, with no other occasion named (`در`, but for `در آغاز` / `در پایان` / `در ادامه` of the session), were
        made at it."""
        if trigger.id_ != "fa.trigger.spoke_at":
            return False
        event = self._latest_before(events, trigger.start)
        if event is None or (event.type != "multilateral_meeting" and event.trigger.id_ not in HELD_TRIGGERS):
            return False
        told = self._told_last_before(event, trigger.start)
        sentence = u.sentence_of[trigger.start]
        if told is None or sentence == told or len(self._worded_sentences(told + 1, sentence)) > 1:
            return False
        c_start = u.clauses[u.clause_of[trigger.start]][0]
        words = self._words[c_start:trigger.start]
        return all(b in SESSION_PARTS for a, b in zip(words, words[1:]) if a == "در") \
            and not ({"«", ":"} & set(words))

    def _plural_back_references(self, events: list[DraftEvent], u) -> None:
        """`نمایندگان ویژه چهار کشور پس از پایان نشست با X دیدار کردند`: a plural title of "the N countries" as the
        subject is the holders of that office who took part in an earlier event (one of each country)."""
        for k, event in enumerate(events):
            if k == 0:
                continue
            c_start, _ = u.clauses[u.clause_of[event.trigger.start]]
            words = self._words
            taking_part = next((i for i in range(c_start, event.trigger.start - 1) if words[i] in self.plural_heads
                                and self._of_the_participants(i)
                                and (words[i - 1] == "با" or "را" in words[i + 2:i + 13])), None)
            # (the ones received or met: `... را به حضور پذیرفت`, `با ... دیدار کرد`; not `نمایندگان شرکت‌کننده ...
            # از برگزاری این نشست استقبال کردند`, who spoke at it)
            if taking_part is not None:
                # `اردوغان وزیران شرکت‌کننده را به حضور پذیرفت`: the people of the last session before it
                session = next((e for e in backwards(events, k) if len(e.sides) >= 3), None)
                keys = event.entity_keys()
                hosts = {self._side_country(s) for s in event.sides} if "خارجی" in words[taking_part:taking_part + 4] \
                    else set()  # (`سران هیئت‌های خارجی ...`: the foreign ones, not the host's own)
                for side in session.sides if session is not None else ():
                    if side.entity is not None and side.entity.key not in keys \
                            and (self._side_country(side) is None or self._side_country(side) not in hosts):
                        event.sides.append(Side(side.entity, side.mention, rule="fa.person.plural_back_reference"))
                        keys.add(side.entity.key)
                continue
            ministers = self._ministers_of_a_country(c_start, event.trigger.start)
            if ministers is not None:
                # `وزیران روسی پیش از آغاز نشست با X دیدار کردند`: the ministers of that country told before
                keys = event.entity_keys()
                for e in backwards(events, k):
                    for side in e.sides:
                        if side.entity is not None and side.entity.key not in keys \
                                and self._country(side.entity) == ministers and self._role(side.entity) in MINISTERS:
                            event.sides.append(Side(side.entity, side.mention, rule="fa.person.plural_back_reference"))
                            keys.add(side.entity.key)
                continue
            for i in range(c_start, event.trigger.start - 2):
                counted = self._counted_plural_title(i, len(self._words)) or self._plural_title_subject(i, event)
                if counted is None:
                    continue
                title = counted[1]
                holders = next(([s for s in e.sides if s.entity is not None and self._role(s.entity) == title.role]
                                for e in backwards(events, k)
                                if sum(s.entity is not None and self._role(s.entity) == title.role
                                       for s in e.sides) >= 2), [])
                keys = event.entity_keys()
                for side in holders:
                    if side.entity.key not in keys:
                        event.sides.append(Side(side.entity, side.mention, rule="fa.person.plural_back_reference"))
                        keys.add(side.entity.key)
                break

    def _of_the_participants(self, i: int) -> bool:
        """The plural title at `i` names the participants of a session: `وزیران شرکت‌کننده`, `نمایندگان حاضر`, `رؤسای
        هیئت‌های شرکت‌کننده در نشست`, `سران هیئت‌های خارجی اشتراک‌کننده`, `وزیران خارجه کشورهای عضو (سازمان)`."""
        words = self._words
        if words[i + 1:i + 3] == ["شرکت", "کننده"] or words[i + 1:i + 2] == ["حاضر"]:
            return True
        for j in range(i + 1, min(i + 6, len(words) - 1)):
            if not words[j].isalnum():
                return False
            if words[j] in ("شرکت", "اشتراک") and words[j + 1] == "کننده" and (
                    words[i + 1] in DELEGATION_WORDS or set(words[i + 1:j]) <= MINISTRY_OF):
                return True  # `رؤسای هیئت‌های (خارجی) شرکت‌کننده`, `وزیران (امور) خارجه شرکت‌کننده در این نشست`
            if words[j:j + 2] == ["کشورهای", "عضو"]:
                return True  # `وزیران امور خارجه کشورهای عضو سازمان ... را به حضور پذیرفت`
        return False

    def _ministers_of_a_country(self, start: int, end: int) -> str | None:
        """The country of `وزیران روسی` / `وزرای روس` opening the clause [start, end) as its subject, else None."""
        for i in range(start, min(start + 2, end - 1)):
            if self._words[i] in MINISTERS_PLURAL:
                demonym = next((x for x in self._structure_at(i + 1) if x.label_ == "DEMONYM"), None)
                return demonym.kb_id_.split("|")[0] if demonym is not None else None
        return None

    def _counted_title_sides(self, events: list[DraftEvent], u) -> None:
        """`طرف اروپایی را مدیران سیاسی وزارتخانه‌های خارجه سه کشور نمایندگی می‌کردند`, in the sentence after a session:
        a plural title of "the N countries" that represented or attended it is one office holder of each of the N
        countries listed last before it (`... ایران با آلمان، فرانسه و انگلیس ...`)."""
        for k, event in enumerate(events):
            first = u.sentence_of[event.trigger.start]
            following = u.sentence_of[events[k + 1].trigger.start] if k + 1 < len(events) else len(u.sentences)
            for sentence in range(first + 1, min(following, first + 3, len(u.sentences))):
                s_start, s_end = u.sentences[sentence]
                if not REPRESENTING.intersection(self._words[s_start:s_end]) or s_start in self._quotes:
                    continue
                for i in range(s_start, s_end - 2):
                    counted = self._counted_plural_title(i, s_end, fillers=True)  # (`مدیران سیاسی وزارتخانه‌های ...`)
                    if counted is None:
                        continue
                    span, title, count, end = counted
                    have = {self._side_country(x) for x in event.sides}
                    states = [c for c in have if c]
                    listed = states if count == 2 and len(states) == 2 else self._countries_listed_before(i, count)
                    # (`در این دیدار که A و B وزیران خارجه دو کشور نیز حضور داشتند`: the two states of a contact of two
                    # are its own, not the last two named before it, `رؤسای جمهور روسیه و ترکیه`)
                    for country in listed:
                        if country in have:
                            continue
                        mention = PersonMention(span.start, end, "title_only", "fa.person.plural_title",
                                                title=TitleInfo(span.start, end, title.id, title.role,
                                                                country, "fa.country.countries_listed_before",
                                                                title.org), country=country,
                                                country_rule="fa.country.countries_listed_before")
                        event.sides.append(Side(None, mention, role=title.role, country=country,
                                                rule="fa.person.attended+plural_title"))
                    break

    def _plural_title_subject(self, i: int, event: DraftEvent):
        """`وزیران خارجه پس از پایان نشست با X دیدار کردند`: a plural title with no country or count, opening the
        clause of a contact with one side, is the holders of that office at the session told before (as
        `_counted_plural_title`: the title span and title, else None)."""
        if len(event.sides) != 1 or self._words[i] not in self.plural_heads or not (
                i == self._units.clauses[self._units.clause_of[event.trigger.start]][0]
                or self._words[i - 1] in ("،", ",")):  # (`پس از پایان نشست، وزیران خارجه ...`)
            return None
        span = next((x for x in self._structure_at(i) if x.label_ == "TITLE"), None)
        title = self.kb.titles.get(span.kb_id_.split("|")[0]) if span is not None else None
        if title is None or span.end >= event.trigger.start or self._words[span.end] in COUNT_WORDS:
            return None
        with_at = next((k for k in range(span.end, event.trigger.start) if self._words[k] == "با"), event.trigger.start)
        if any(x.label_ in COUNTRY_LABELS for k in range(span.end, with_at)
               for x in self._structure_at(k)):
            return None  # (`وزیران خارجه و دفاع آمریکا پس از ... با مودی دیدار کردند`: of one country, not all)
        return span, title

    def _counted_plural_title(self, i: int, end: int, fillers: bool = False):
        """A plural title at token `i` over "the N countries" (`نمایندگان ویژه چهار کشور`; with `fillers`, also with
        words of the body between: `مدیران سیاسی وزارتخانه‌های خارجه سه کشور`), ending before `end`: (title span,
        title, N, the token after `کشور`), else None."""
        if self._words[i] not in self.plural_heads:
            return None
        span = next((x for x in self._structure_at(i) if x.label_ == "TITLE"), None)
        title = self.kb.titles.get(span.kb_id_.split("|")[0]) if span is not None else None
        if title is None:
            return None
        j = span.end
        while fillers and j < end and j - i < 8 and self._words[j] in GROUP_FILLERS \
                and self._words[j] not in COUNT_WORDS and self._words[j] != "کشور":
            j += 1
        after = self._words[j:j + 2]
        if len(after) < 2 or after[0] not in COUNT_WORDS or after[1] != "کشور":
            return None
        return span, title, COUNT_VALUES[after[0]], j + 2

    def _delegations_of_countries(self, event: DraftEvent, u) -> None:
        """`هیئت‌های فنی وزارت انرژی و آب امارت اسلامی و وزارت نیروی ایران ... گفت‌وگو کردند`, with no one named after:
        one unnamed official of each country the plural subject names (two or more)."""
        s_start = u.sentences[u.sentence_of[event.trigger.start]][0]
        structure = self._structure
        countries: dict[str, Span] = {}  # (the first span of each country, in text order)
        for k in range(bisect_left(self._structure_starts, s_start), bisect_left(self._structure_starts, event.trigger.start)):
            span = structure[k]
            if span.label_ in COUNTRY_LABELS:
                code = (self._source_country or "IR") if span.label_ == "OUR_COUNTRY" else span.kb_id_.split("|")[0]
                countries.setdefault(code, span)
        have = {self._side_country(s) for s in event.sides}
        if len(countries) < 2:
            return
        words = self._words
        head = next((k for k in range(s_start, event.trigger.start) if words[k] in GENERIC_PLURALS
                     or (words[k] in GENERIC_PLURAL_HEADS and words[k + 1] == "های")), None)
        for code, span in countries.items():
            if code in have:
                continue
            start = head if head is not None and head < span.start else span.start  # (the subject names them)
            title = TitleInfo(start, span.end, None, "official", code, "fa.country.delegations_named", None)
            mention = PersonMention(start, span.end, "title_only", "fa.person.unnamed_delegation", title=title,
                                    country=code, country_rule="fa.country.delegations_named")
            event.sides.append(Side(None, mention, role="official", country=code, rule="fa.person.unnamed_delegation"))

    def _countries_listed_before(self, position: int, count: int) -> list[str]:
        """The last run of exactly `count` countries joined by `،` / `و` before `position`."""
        structure = self._structure
        run: list[Span] = []
        for span in (structure[k] for k in range(bisect_left(self._structure_starts, position) - 1, -1, -1)
                     if structure[k].label_ == "COUNTRY"):
            gap = self._words[span.end:run[-1].start] if run else []
            if gap and all(w in ("،", "و") for w in gap):
                run.append(span)
                continue
            if len(run) == count:
                break
            run = [span]
        return [x.kb_id_.split("|")[0] for x in reversed(run)] if len(run) == count else []

    def _listed_attendees(self, events: list[DraftEvent], mentions: list[PersonMention], entity_of: dict, u) -> None:
        """`در میان اشتراک‌کنندگان این نشست A، B و C بودند`, `اعضای هیئت‌های این نشست عبارت بودند از: A، B، C`: the
        people listed after a cue of "the participants of this session" (up to its verb) attend the latest event."""
        for trigger in self._trigger_spans:
            if trigger.id_ not in LISTING_TRIGGERS or trigger.start in self._quotes:
                continue
            s_start, s_end = u.sentences[u.sentence_of[trigger.start]]
            if trigger.id_ == "fa.trigger.members_were" and not any(
                    self._words[k] == "این" and self._words[k + 1] in self.kb.event_nouns
                    for k in range(s_start, trigger.start - 1)):
                continue  # (`اهداف سفر عبارت بودند از ...`: no session's people)
            if trigger.id_ == "fa.trigger.among_those_who" and not any(
                    self._words[k] == "این" and self._words[k + 1] in self.kb.event_nouns
                    for k in range(trigger.end, s_end - 1)):
                continue  # `A و B از جمله رهبرانی بودند که در این اجلاس سخنرانی کردند` (not any other group)
            c_end = u.clauses[u.clause_of[trigger.start]][1]
            if not FUTURE_AUXILIARIES.isdisjoint(self._words[max(s_start, trigger.start - 2):c_end]):
                continue  # `A، B و C از جمله شرکت‌کنندگان آن خواهند بود`: the people of a session still to come
            event = self._latest_before(events, trigger.start)
            if event is None:
                continue
            if trigger.id_ in ("fa.trigger.among_participants", "fa.trigger.among_those_who"):
                # `A، B و C از جمله اشتراک‌کنندگان نشست بودند`
                start, end = u.clauses[u.clause_of[trigger.start]][0], trigger.start
            else:
                start = trigger.end
                end = next((k for k in range(trigger.end, s_end) if self._words[k] in LIST_ENDS), s_end)
            keys = event.entity_keys()
            for m in between(self._mention_starts, mentions, start, end):
                self._join(event, m, entity_of, keys, "fa.person.attended")

    def _accompanies_a_side(self, events: list[DraftEvent], trigger: Span, mentions: list[PersonMention],
                            entity_of: dict) -> bool:
        """`X و Y نیز عراقچی را همراهی می‌کردند`, `ترامپ را X و Y همراهی کردند`: the one accompanied
        (before the clause's `را`) is a side of the latest event."""
        event = self._latest_before(events, trigger.start)
        c_start, _ = self._units.clauses[self._units.clause_of[trigger.start]]
        ra = next((k for k in range(trigger.start - 1, max(c_start, trigger.start - 16) - 1, -1)
                   if self._words[k] == "را"), None)
        if event is None or ra is None:
            return False
        if self._words[ra - 1] in self.pronouns:
            return True  # `وندی شرمن ... او را همراهی می‌کرد`: him, the side just told
        i = bisect_left(self._mention_starts, ra)
        accompanied = entity_of.get(id(self._mentions[i - 1])) if i > 0 and self._mentions[i - 1].end == ra else None
        return accompanied is not None and accompanied.key in event.entity_keys()

    def _beside_a_side(self, events: list[DraftEvent], trigger: Span, entity_of: dict) -> bool:
        """`X و Y نیز در کنار پوتین حضور داشتند`: present beside a side of the latest event, so at that event."""
        event = self._latest_before(events, trigger.start)
        c_start, _ = self._units.clauses[self._units.clause_of[trigger.start]]
        if event is None:
            return False
        keys = event.entity_keys()
        for k in range(max(c_start, trigger.start - 8), trigger.start - 2):
            if self._words[k:k + 2] == ["در", "کنار"]:
                m = next(iter(between(self._mention_starts, self._mentions, k + 2, k + 3)), None)
                beside = entity_of.get(id(m)) if m is not None else None
                return beside is not None and beside.key in keys
        return False

    def _join_officials_of_both(self, event: DraftEvent, start: int, end: int) -> None:
        """`در این دیدار که وزیران امور خارجه دو کشور نیز حضور داشتند`: a plural title of "the two countries" said to
        attend adds one title-only side of that office for each country the event's sides are of."""
        for k in range(start, end):
            if self._words[k] not in self.plural_heads or self._words[max(0, k - 2):k] in SOME_OF:
                continue  # (`جمعی از وزرای دو کشور`: some of them, no one office holder of each)
            for span in self._structure_at(k):
                title = self.kb.titles.get(span.kb_id_.split("|")[0]) if span.label_ == "TITLE" else None
                if title is None or self._words[span.end:span.end + 2] not in (["دو", "کشور"], ["دو", "طرف"]):
                    continue
                countries = list(dict.fromkeys(c for c in map(self._side_country, event.sides) if c))
                for country in countries[:2]:
                    if any(s.role == title.role and self._side_country(s) == country for s in event.sides) or any(
                            s.entity is not None and self._role(s.entity) == title.role
                            and self._country(s.entity) == country for s in event.sides):
                        continue
                    info = TitleInfo(span.start, span.end + 2, title.id, title.role, country, "fa.country.both_sides",
                                     title.org)
                    mention = PersonMention(span.start, span.end + 2, "title_only", "fa.person.plural_title",
                                            title=info, country=country, country_rule="fa.country.both_sides")
                    event.sides.append(Side(None, mention, role=title.role, country=country,
                                            rule="fa.person.attended+plural_title"))

    def _drop_counted_titles(self, event: DraftEvent) -> None:
        """`با سه مقام ارشد لبنانی ... دیدار کرد` merged into the contact that names one of them: the officials
        summed up are that named side."""
        named_countries = {self._side_country(s) for s in event.sides if s.entity is not None}
        named = sum(1 for s in event.sides if s.entity is not None)
        event.sides = [s for s in event.sides if not (
            s.entity is None and s.mention.kind == "title_only" and s.mention.start > 0
            and self._words[s.mention.start - 1] in COUNTED
            and (self._side_country(s) in named_countries  # (`سه وزیر ... گفت‌وگو کردند`: the three named)
                 or (self._side_country(s) is None and named >= COUNTED[self._words[s.mention.start - 1]])))]

    def _drop_group_titles_named_apart(self, event: DraftEvent) -> None:
        """`نشست معاونان وزیران خارجه ایران، روسیه و ترکیه ... هیئت کشورمان به ریاست X حضور داشت`: a country of the
        plural title whose delegation is told attending under someone named has that person, not another unnamed
        one (whatever his office); so has a group told by title that he led."""
        attended = {self._side_country(s) for s in event.sides
                    if s.entity is not None and s.rule.endswith(ATTENDEE_RULES)}
        if attended:
            event.sides = [s for s in event.sides if not (s.entity is None and s.rule == "fa.person.plural_title"
                                                          and self._side_country(s) in attended)]
        named_at = {m.start for s in event.sides if s.entity is not None for m in s.entity.mentions}
        per_mention = Counter(s.mention.start for s in event.sides)
        event.sides = [s for s in event.sides if not (s.entity is None and s.mention.kind == "title_only"
                                                      and per_mention[s.mention.start] == 1
                                                      and self._led_by_one_named(s.mention.end, named_at))]
        # (not `وزیران خارجه آلمان، فرانسه ... به ریاست X`: the ministers of several states, whom X chaired)
        generic = [s for s in event.sides if s.entity is None and s.rule == "fa.person.plural_title"
                   and s.mention.title is not None and s.mention.title.title_id == "fa.title.officials_of_a_country"]
        if generic:  # `مسئولان سرحدی افغانستان و تاجیکستان ...؛ فرمانده سرحدی بدخشان و ...`: the officials of a
            # country told with no office yield to one of its own told with his office
            told = {self._side_country(s) for s in event.sides if s not in generic}
            event.sides = [s for s in event.sides if s not in generic or self._side_country(s) not in told]

    def _led_by_one_named(self, end: int, named_at: set[int]) -> bool:
        """`اعضای شورای ولایتی بلخ به رهبری X، رئیس این شورا، ... دیدار کردند`: a group told by title right before `به
        رهبری` / `به ریاست` / `به سرپرستی` and a side named in the event is that one, who led it."""
        words = self._words
        return words[end:end + 1] == ["به"] and end + 2 in named_at and words[end + 1] in DELEGATION_HEAD

    def _drop_bare_minister_named(self, event: DraftEvent) -> None:
        """`سفیر ... نسخه استوارنامه خود را به وزیر تقدیم کرد`: a bare `وزیر` of no other country than a minister named
        in the contact is that minister, not another one."""
        named = {self._side_country(s) for s in event.sides
                 if s.entity is not None and self._role(s.entity) in MINISTER_ROLES}
        if named:
            event.sides = [s for s in event.sides if not (
                s.entity is None and s.mention.kind == "title_only" and s.mention.end - s.mention.start == 1
                and self._words[s.mention.start] == BARE_MINISTER
                and self._side_country(s) in named | {None, "@source"})]  # (its country not yet told: the outlet's)

    def _fold_back_references(self, events: list[DraftEvent], u) -> list[DraftEvent]:
        """`در این نشست X و Y شرکت داشتند و ... گفت‌وگو کردند`: a contact told in a sentence that opens with "in this
        session", among people now known to have attended the event before it, is that event."""
        return self._fold_into_previous(events, u, lambda event, previous, s_start: (
            event.entity_keys() and event.entity_keys() <= previous.entity_keys()
            and self._refers_back(s_start, min(s_start + 4, event.trigger.start))))

    def _fold_pair_subjects(self, events: list[DraftEvent], u) -> list[DraftEvent]:
        """`دو نخست‌وزیر در گفت‌وگوهای خود که با حضور X و Y برگزار شد ...`: a contact whose subject is "the two" holders
        of an office is the contact of the two holders told before it; the people present there join that one."""
        kept: list[DraftEvent] = []
        for event in events:
            c_start = u.clauses[u.clause_of[event.trigger.start]][0]
            role = next((self.kb.titles[x.kb_id_.split("|")[0]].role for i in (c_start, c_start + 1)
                         if i + 1 < event.trigger.start and self._words[i] == "دو"
                         for x in self._structure_at(i + 1) if x.label_ == "TITLE"), None)
            pair = next((e for e in reversed(kept[-MERGE_WINDOW:])
                         if sum(s.entity is not None and self._role(s.entity) == role for s in e.sides) == 2), None) \
                if role is not None else None
            if pair is None or self._council_session_then(event.trigger):
                kept.append(event)  # (`دو رئیس‌جمهور ... و سپس ریاست نشست شورای ... را بر عهده گرفتند`: the council's)
                continue
            keys = pair.entity_keys()
            for side in event.sides:
                if side.entity is None or side.entity.key not in keys:
                    pair.sides.append(side)
                    keys |= {side.entity.key} if side.entity is not None else set()
            pair.triggers += event.triggers
            pair.follow_ups.append(event.trigger)
        return kept

    def _fold_into_previous(self, events: list[DraftEvent], u, belongs) -> list[DraftEvent]:
        """Each event that `belongs(event, previous, its sentence's start)` to the one kept before it, told in another
        sentence, becomes that event's follow-up."""
        kept: list[DraftEvent] = []
        for event in events:
            previous = kept[-1] if kept else None
            s_start = u.sentences[u.sentence_of[event.trigger.start]][0]
            if previous is not None and u.sentence_of[event.trigger.start] != u.sentence_of[previous.trigger.start] \
                    and belongs(event, previous, s_start):
                previous.triggers += event.triggers
                previous.follow_ups.append(event.trigger)
                continue
            kept.append(event)
        return kept

    def _fold_closing_signings(self, events: list[DraftEvent], u) -> list[DraftEvent]:
        """`... با تشریفات از سوی همتای تاجیک خود استقبال شد و ... گفت‌وگو کردند. در پایان، برنامه ... به امضای
        نصیرزاده و میرزا رسید`: a signing that closes the talks told before it, by people all at those talks, is
        their outcome, not another contact. Read once counterparts are resolved (before, `همتای تاجیک خود` was
        nobody yet, and the signers looked like a new pair)."""
        words = self._words

        def closes(event: DraftEvent, previous: DraftEvent, s_start: int) -> bool:
            if event.trigger.id_ not in ("fa.trigger.signed_by", "fa.trigger.signed"):
                return False
            opening = words[s_start:min(s_start + 8, event.trigger.start)]
            if not any(a == "در" and b == "پایان" for a, b in zip(opening, opening[1:])):
                return False
            keys = event.entity_keys()
            if not keys and event.sides:  # (`در پایان نشست ... به امضای رؤسای دو هیئت رسید`: by titles only)
                return {self._side_country(s) for s in event.sides} - {None} \
                    <= {self._side_country(s) for s in previous.sides}
            return len(keys) >= 2 and keys <= previous.entity_keys()

        return self._fold_into_previous(events, u, closes)

    def _later_credentials(self, events: list[DraftEvent], event: DraftEvent, trigger: Span, u) -> list[DraftEvent]:
        """`سفرای جدید A، B و C در مراسم جداگانه‌ای استوارنامه‌های خود را تقدیم X کردند. Y نیز در این مراسم حضور داشت.
        ... X سپس استوارنامه سفیر جدید B را دریافت کرد`: who attended the separate ceremonies told together attended
        each credentials contact of the same receiver told after them."""
        told = [t for t in event.triggers if t.id_.startswith("fa.trigger.credentials")]
        if not told:
            return []
        sentence = u.sentence_of[trigger.start]
        if not any(w.startswith("جداگانه") for k in range(max(0, sentence - 1), sentence + 1)
                   for w in self._words[slice(*u.sentences[k])]):
            return []  # (`در مراسم جداگانه‌ای`: the ceremonies told together, in the attendance's sentence or the one
            # before it)
        receivers = [s for s in event.sides if s.entity is not None and self._side_role(s) != "ambassador"]
        offices = {(self._side_role(s), c) for s in receivers for c in (self._side_country(s), None)}
        return [e for e in events if e is not event and e.trigger.start > told[0].start
                and any(t.id_.startswith("fa.trigger.credentials") for t in e.triggers)
                and (not {s.entity.key for s in receivers}.isdisjoint(e.entity_keys())
                     or any(s.entity is None and (self._side_role(s), self._side_country(s)) in offices
                            for s in e.sides))]
        # (`رئیس‌جمهور سپس استوارنامه سفیر جدید برزیل را دریافت کرد`: the receiver by his office, his country not yet
        # read)

    @staticmethod
    def _told_next_sentence(events: list[DraftEvent], trigger: Span, u, same: bool) -> DraftEvent | None:
        """`... در مراسمی ... خط لوله را افتتاح کردند. در این مراسم X و Y نیز حضور داشتند. دو رئیس جمهور پیش از افتتاح
        ... دیدار و گفتگو کردند`: with no contact told before the attendance, the one told in the next sentence (at the
        occasion those present attended), or in its own when `same` (`در رأس هیئتی که X نیز در آن حضور دارد، ... با Y
        دیدار کرد`; not `X که به جای Y در نشست‌های ... شرکت کرده است، با Z دیدار کرد`)."""
        sentence = u.sentence_of[trigger.start]
        return next((e for e in events if e.trigger.start > trigger.start
                     and sentence + (not same) <= u.sentence_of[e.trigger.start] <= sentence + 1), None)

    def _points_back(self, words: list[str]) -> bool:
        """Words that point back at a session, ceremony or delegation just named: `در آن`, `این نشست`, `همین هیئت`."""
        return any((a, b) == ("در", "آن") or (a in ("این", "همین") and (
            b in self.kb.event_nouns or b in CEREMONY_WORDS or b in DELEGATION_WORDS)) for a, b in zip(words, words[1:]))

    def _latest_before(self, events: list[DraftEvent], position: int) -> DraftEvent | None:
        """The event told last before `position`: the one with the latest trigger before it (a headline
        trigger merged into an event does not make it the latest)."""
        if self._trigger_index is None or self._trigger_index[0] is not events:
            pairs = sorted((t.start, k) for k, e in enumerate(events) for t in e.triggers)
            self._trigger_index = (events, [p for p, _ in pairs], [k for _, k in pairs])
        _, starts, owners = self._trigger_index
        i = bisect_left(starts, position)
        return events[owners[i - 1]] if i else None

    def _as_a_capacity(self, m: PersonMention) -> bool:
        """`X به عنوان رئیس هیئت ایران`: a title after `به عنوان` tells in what capacity someone named acts."""
        return m.kind == "title_only" and self._words[max(0, m.start - 2):m.start] == ["به", "عنوان"]

    def _stood_in_for(self, start: int) -> bool:
        """`به جای X`, `به نمایندگی از X`: X sent someone in his place and did not come."""
        words = self._words
        return words[max(0, start - 2):start] == ["به", "جای"] \
            or words[max(0, start - 3):start] == ["به", "نمایندگی", "از"]

    def _side_country_known(self, event: DraftEvent, country: str) -> bool:
        """Has `event` a person (not just a delegation) of `country` already?"""
        return any(s.mention.kind != "delegation" and self._side_country(s) == country for s in event.sides)

    def _join(self, event: DraftEvent, m: PersonMention, entity_of: dict, keys: set[str], rule: str,
              listed: bool = False) -> None:
        """Add someone said to attend or be present to `event`: a named person not yet in it (`keys`), or a
        person known only by title whose office and country it lacks (`listed`: whose very title it lacks, a member
        of a delegation listed by office); never the reporter or someone quoted."""
        if m.start in self._quotes or (m.kind == "title_only" and m.start > 0
                                       and self._words[m.start - 1] in ("دو", "طرفین")) \
                or self._stood_in_for(m.start) or self._as_a_capacity(m):
            return  # (`با حضور دو وزیر`: the two named already, no third person; `به جای X`: not X; `به عنوان
            # رئیس هیئت`: the capacity of someone named)
        entity = entity_of.get(id(m))
        if entity is not None and entity.key not in keys and not entity.is_reporter:
            event.sides.append(Side(entity, m, rule=rule))
            keys.add(entity.key)
        elif entity is None and m.kind == "title_only" and not any(
                s.entity is None and (s.role, s.country) == (m.role, m.country)
                and (not listed or self._title_id(s.mention) == self._title_id(m))
                and not self._offices_apart(s.mention, m) for s in event.sides):
            # (`در این دیدار والی بدخشان و ولسوال اشکاشم نیز حضور داشتند`: two officials of one country, two offices)
            event.sides.append(Side(None, m, role=m.role, country=m.country, rule=rule))
        elif entity is None and m.kind == "delegation" and m.country \
                and not any(self._state_of(s) == m.country for s in event.sides):
            event.sides.append(Side(None, m, country=m.country, rule=rule))  # `هیئت‌های چین و آلمان هم حضور داشتند`

    def _offices_apart(self, a: PersonMention, b: PersonMention) -> bool:
        """Two title-only mentions of one role and country whose titles are different offices (`والی بدخشان` and
        `ولسوال اشکاشم`, `رئیس ولایت ختلان` and `معاون رئیس ولایت ختلان`, `فرمانده مرزبانی استان` and `فرمانده هنگ
        مرزی ارومیه`): two people, not one told twice (`سفیر ایران` and `سفیر جمهوری اسلامی ایران`, `فرمانده ناوگروه`
        and `فرمانده ناوگروه اعزامی`, a bare `فرمانده` or `نماینده ایران` after a full title are one)."""
        if a.kind != "title_only" or b.kind != "title_only" or a.title is None or b.title is None \
                or a.rule.endswith("plural_title") or b.rule.endswith("plural_title") \
                or a.title.country is None or b.title.country is None:
            return False  # (only titles that tell their country themselves: `فرمانده پایگاه` after `فرمانده ناوگروه`
            # may be the host's, of another country the context failed to tell)
        mine, theirs = self._office_words(a.title), self._office_words(b.title)
        if mine is None or theirs is None:
            return False
        return mine[:len(theirs)] != theirs and theirs[:len(mine)] != mine

    def _bare_office_apart(self, title: TitleInfo, entity: Entity) -> bool:
        """A title that is a bare head word with its office after it (`فرمانده این نیرو`) names another office than
        each of the entity's titles told by that bare head (`فرمانده نیروهای دفاعی تانزانیا`); a
        demonstrative is no word of the office (`فرمانده این ناوگروه` is `فرمانده ناوگروه اعزامی`). Only the word after
        the head is compared: `فرمانده ستاد مرکزی آمریکا` is `فرمانده ستاد مرکزی نیروهای مسلح آمریکا`."""
        mine = self._office_words(title)
        mine = tuple(w for w in mine if w not in DEMONSTRATIVES) if mine is not None else ()
        if len(mine) < 2 or mine[0] not in BARE_OFFICE_HEADS:
            return False
        theirs = [self._office_words(t) for x in entity.named for t in (x.title, x.extra.get("second_title"))
                  if t is not None and t.title_id == title.title_id]
        theirs = [w for w in theirs if w is not None]
        return bool(theirs) and all(len(w) >= 2 and w[1] != mine[1] for w in theirs)

    def _office_words(self, title: TitleInfo) -> tuple[str, ...] | None:
        """The words of a title's office: its listed pattern (variants of spelling made one), the title's own words
        when the pattern is a bare head (`فرمانده هنگ مرزی ارومیه`), a composed title's id (`رئیس گمرک ...`, a
        deputy's); None for a bare head with at most a country after it (`فرمانده`, `نماینده ایران`), whoever's."""
        title_id = title.title_id or ""
        base, plus, extra = title_id.partition("+")
        entry = self.kb.titles.get(base)
        if entry is None:
            return (title_id,) if ":" in title_id or plus else None
        words = tuple(self.kb.normalizer.normalize_pattern(entry.pattern).split())
        if len(words) == 1 and words[0] in BARE_OFFICE_HEADS:
            if title.end - title.start <= 2:
                return None
            words = tuple(self._words[title.start:title.end])
        return ((extra,) if plus else ()) + words  # (a deputy's office first: no prefix of the chief's)

    def _presence_back_reference(self, doc: Doc, events: list[DraftEvent], mentions: list[PersonMention],
                                 entity_of: dict, u) -> None:
        """`این دیدار با حضور X برگزار شد`, `در این نشست که با حضور X ... برگزار شد`, `گفت‌وگوهای دو طرف ... با حضور X`,
        `در این مراسم که با حضور X برگزار شد` (a credentials ceremony): the people after a presence cue, in a clause that points back at "this meeting" or "the two sides", join
        the latest event before it."""
        nouns = self.kb.event_nouns
        tokens, clause_of = self._words, u.clause_of
        pointing = {clause_of[i] for i in self._where("این")  # clauses with `این` + an event noun or `مراسم`
                    if i + 1 < len(tokens) and (tokens[i + 1] in nouns or tokens[i + 1] in CEREMONY_WORDS)
                    and clause_of[i + 1] == clause_of[i] and not self._after_before_or_after(i)}
        # (`پس از این دیدار، نشستی با حضور X ... برگزار شد`: another session, not the one just told)
        sides = {clause_of[i] for i in self._where("دو")  # `گفت‌وگوهای دو طرف ... با حضور X برگزار شد`
                 if i + 1 < len(tokens) and tokens[i + 1] == "طرف" and clause_of[i + 1] == clause_of[i]} - pointing
        for k, (c_start, c_end) in enumerate(u.clauses):  # `... برگزار شد؛ نشستی که با حضور X ... بود`: restated
            for j in (c_start, c_start + 1):
                if 0 < j < len(tokens) - 1 and tokens[j - 1] == "؛" and tokens[j].endswith("ی") \
                        and tokens[j][:-1] in nouns and tokens[j + 1] == "که":
                    pointing.add(k)
        for k, (c_start, c_end) in enumerate(u.clauses):
            if k not in pointing and k not in sides:
                continue
            presence = self._presence_start(None, c_start, c_end)
            chair = self._chair_of_the_session_pointed_at(c_start, c_end) if k in pointing else None
            cue = min((c for c in (presence, chair) if c is not None), default=None)
            # (`در این نشست که به ریاست X (و با حضور Y) برگزار شد`: the chair attended the session too)
            if cue is None:
                continue
            if k in sides and cue - 1 in relative_clause_tokens(doc, c_start, c_end, self.relative_markers):
                continue  # `دو طرف نتایج کنفرانسی را که با حضور X برگزار شد ارزیابی کردند`: another event's people
            if any(t.kb_id_.startswith("strong") and self._status(doc, t, u) not in ("actual", "background")
                   for t in self._triggers_between(c_start, c_end)) \
                    or any(w in ("شود", "شوند") for w in self._words[cue:c_end]):
                continue  # `دور سوم مذاکرات ... با حضور X و Y برگزار خواهد شد`: a round still to come (or one agreed
                # on: `توافق کرده‌اند دور بعدی ... با حضور X و Y ... برگزار شود`)
            if k in pointing and self._another_event_before_cue(c_start, cue):
                continue  # `این دیدار در حالی انجام شد که نشست سه‌جانبه ... با حضور X برگزار شده بود`: that session's
            event = next((e for e in events if any(c_start <= t.start < c_end and t.kb_id_.startswith("strong")
                                                   and t.start > cue for t in e.triggers)), None) \
                if k in sides else None
            # (`مراسم استقبال ... با حضور X برگزار شد و پس از آن دو طرف ... گفتگو کردند`: the contact told in this
            # clause, not one its headline told before)
            event = event or self._latest_before(events, c_start)
            if event is not None and event.type != "multilateral_meeting" and cue == chair and presence is not None:
                cue = presence  # (a contact of two: only those present joined it)
            if event is None or (self._words[cue - 2] == "به" and event.type != "multilateral_meeting"):
                continue  # (`این نشست که به میزبانی X برگزار شد`: a host joins the session, not a contact of two)
            keys = event.entity_keys()
            stop = next((i for i in range(cue, c_end) if self._words[i] in FINITE_VERBS), c_end)
            for m in between(self._mention_starts, mentions, cue, stop):
                self._join(event, m, entity_of, keys, "fa.person.present")

    def _chair_of_the_session_pointed_at(self, c_start: int, c_end: int) -> int | None:
        """`در این نشست که به ریاست X ... برگزار شد`: where the chair's name begins, in a relative clause on the session
        the clause points back at (not `هیئت ... به ریاست X در این نشست شرکت کرد`, the head of a delegation)."""
        words = self._words
        nouns = self.kb.event_nouns
        pointer = next((i for i in range(c_start, c_end - 1) if words[i] == "این" and words[i + 1] in nouns), None)
        if pointer is None:
            return None
        return next((i + 2 for i in range(pointer + 2, c_end - 1) if words[i] == "به" and words[i + 1] == "ریاست"
                     and "که" in words[pointer + 2:i]), None)

    def _mention_at(self, k: int) -> bool:
        """Whether a person's mention starts at token `k`."""
        i = bisect_left(self._mention_starts, k)
        return i < len(self._mention_starts) and self._mention_starts[i] == k

    def _names_the_session(self, trigger_id: str, words: list[str], k: int, low: int = 0) -> bool:
        """Words `k` and `k + 1` of an attendance clause (its words from token `low`) tie it to the session just told,
        or to a side of it."""
        a, b = words[k], words[k + 1]
        nouns = self.kb.event_nouns
        if words[k + 2:k + 3] in (["خبری"], ["مطبوعاتی"]):
            return False  # `X که در نشست خبری پایانی حضور داشت، گفت`: a press conference, not the session just told
        session_or_side = b in nouns or b in DELEGATION_WORDS
        return ((a in ("این", "همین", "در") and session_or_side)  # `در این دیدار`, `در همین نشست`, `در هیئت`
                or (a == "ترکیب" and b in DELEGATION_WORDS)  # `در ترکیب هیئت پاکستانی`
                or (trigger_id == "fa.trigger.host_or_mediator" and a in MEDIATOR_WORDS and b in nouns)
                # (`X میانجی گفت‌وگوها بود`)
                or (a == "این" and b in CEREMONY_WORDS)  # `نیز در این مراسم حضور داشت`
                or (a == "در" and b == "مراسم" and (not CREDENTIALS_WORDS.isdisjoint(words[k + 2:k + 5])
                                                     or words[k + 2:k + 4] == ["رسمی", "که"]
                                                     or not SIGNING_WORDS.isdisjoint(words[k + 2:k + 3])))
                # (`در مراسم رسمی تقدیم استوارنامه‌ها ... X نیز حضور داشت`, `در مراسم رسمی که ...`: the ceremony just
                # told; `... دیدار با امضای یادداشت تفاهم به پایان رسید؛ X نیز در مراسم امضا حضور داشت`: the signing
                # that closed the contact)
                or (trigger_id == "fa.trigger.spoke_at" and a == "مراسم" and b in ("گشایش", "افتتاحیه"))
                # (`در مراسم گشایش سخنرانی کرد`)
                or (a == "مراسم" and b in OPENING_CEREMONY_WORDS and k > 0 and words[k - 1] == "در"
                    and trigger_id in PRESENCE_TRIGGERS and k + 2 < len(words)
                    and (words[k + 2] in ("این", "همین", "آن", "نیز", "هم", "حضور", "حاضر") or words[k + 2] in nouns
                         or self._mention_at(low + k + 2)))
                # (`کنفرانس ... آغاز به کار کرد. در مراسم افتتاح X و Y حضور داشتند`, `... و X نیز در مراسم افتتاحیه آن
                # حضور داشت`: the opening of the session told, not `در مراسم افتتاحیه جام جهانی ...`, of something else)
                or (trigger_id == "fa.trigger.chair_was" and a in ("اداره", "ریاست") and session_or_side)
                # (`اداره نشست را بر عهده دارد`, `ریاست هیئت X را بر عهده دارد`)
                or (trigger_id == "fa.trigger.chair_was" and a == "هماهنگی")  # `هماهنگی گروه ۱+۵ را بر عهده داشت`
                or (trigger_id in HEADED_DELEGATION and a == "ریاست" and b in DELEGATION_WORDS)
                # (`X و Y ریاست هیئت‌های کشورهای خود را بر عهده داشتند`)
                or (a == "در" and b in ("رأس", "راس") and not DELEGATION_WORDS.isdisjoint(words[k + 2:k + 4]))
                # (`در رأس هیئت‌های کشورشان حاضر بودند`)
                or (a, b) == ("در", "آن")  # `X نیز در آن هیئت حضور داشت`: a member
                or (trigger_id == "fa.trigger.member_of_delegation" and (a == "نیز" or (a, b) == ("این", "هیئت")))
                # (`X نیز عضو هیئت افغانستان بود`, `... از اعضای این هیئت بودند`: a member of a side just told)
                # (`در بخش نخست مذاکرات`, `در بخشی از گفتگوها حضور داشت`: a part of the talks just told; `در کار
                # اجلاس A و B اشتراک کردند`: the Tajik "took part in the work of")
                or (a == "در" and b in ("بخش", "بخشی", "جریان", "آغاز", "کار")
                    and any(w in nouns for w in words[k + 2:k + 4])))

    def _this_is_another_session(self, doc: Doc, event: DraftEvent, start: int, end: int, u) -> bool:
        """`در این نشست` whose session noun was last told, not itself as "this session", in a sentence after the
        event's own that tells another contact not held now (a round still to come, an earlier one): that one."""
        words = self._words
        pointer = next((i for i in range(start, end - 1) if words[i] == "این" and words[i + 1] in SESSION_NAMING_NOUNS),
                       None)
        if pointer is None:
            return False
        earlier = next((i for i in range(pointer - 1, -1, -1) if words[i] in SESSION_NAMING_NOUNS), None)
        if earlier is None or words[earlier - 1] in ("این", "همین"):
            return False  # (`این نشست به ریاست X برگزار شد. ... شرکت‌کنندگان این نشست بودند`: the event still)
        sentence = u.sentence_of[earlier]
        if not max(u.sentence_of[t.start] for t in event.triggers) < sentence < u.sentence_of[pointer]:
            return False
        own = {t.start for t in event.triggers}
        s_start, s_end = u.sentences[sentence]
        return not any(start in own for start in range(s_start, s_end)) \
            and any(t.kb_id_.startswith("strong") and t.id_ not in ATTENDANCE_TRIGGERS
                    and self._status(doc, t, u) != "actual" for t in self._triggers_between(s_start, s_end))

    def _another_event_before_cue(self, c_start: int, cue: int) -> bool:
        """An event noun, or a phrase opened by `پس از` / `پیش از` (`چند روز پس از امضای بیانیه ... با حضور X`),
        between the clause's `این` + noun and the presence cue: the people present are that event's."""
        words, nouns = self._words, self.kb.event_nouns
        pointer = next((i for i in range(c_start, cue - 1) if words[i] == "این" and words[i + 1] in nouns), None)
        return pointer is not None and any(words[i] in nouns or self._after_before_or_after(i, pointer + 2)
                                           for i in range(pointer + 2, cue))

    def _subjects_back_reference(self, events: list[DraftEvent], mentions: list[PersonMention], entity_of: dict,
                                 u) -> None:
        """`در این ارتباط تصویری، X و Y ... را بررسی کردند`: two or more people named as the plural subject of a clause
        about "this" contact are its participants (the lead may have named only their offices)."""
        for i in self._where("این"):
            if i == 0 or self._words[i - 1] != "در" or i + 1 >= len(self._words) \
                    or self._words[i + 1] not in self.kb.event_nouns:
                continue
            c_start, c_end = i + 2, u.sentences[u.sentence_of[i]][1]
            verb = next((k for k in range(c_start, c_end) if self._words[k] in PLURAL_VERBS), None)
            if verb is None:
                continue
            named = [m for m in between(self._mention_starts, mentions, c_start, verb) if m.kind == "name"
                     and m.start not in self._quotes]
            if len(named) < 2 or not any(self._words[a.end:b.start] == ["و"] for a, b in zip(named, named[1:])):
                continue
            event = self._latest_before(events, c_start)
            if event is None:
                continue
            keys = event.entity_keys()
            for m in named:
                entity = entity_of.get(id(m))
                if entity is not None and entity.key not in keys and not entity.is_reporter:
                    event.sides.append(Side(entity, m, rule="fa.person.subject_of_this_meeting"))
                    keys.add(entity.key)

    def _subject_with_a_side(self, events: list[DraftEvent], mentions: list[PersonMention], entity_of: dict,
                             u) -> None:
        """`X در این دیدار با Y ... گفتگو کرده است`: a person named as the subject right before "in this meeting" with
        one of its sides is the side the event knew only by title (or the side it lacked)."""
        for i in self._where("این"):
            if i < 2 or self._words[i - 1] != "در" or i + 2 >= len(self._words) \
                    or self._words[i + 1] not in self.kb.event_nouns or self._words[i + 2] != "با":
                continue
            before = between(self._mention_starts, mentions, u.sentences[u.sentence_of[i]][0], i - 1)
            after = between(self._mention_starts, mentions, i + 3, i + 4)
            if not before or not after or before[-1].end not in (i - 1, i - 2) or before[-1].kind != "name" \
                    or before[-1].start in self._quotes:
                continue
            subject, other = entity_of.get(id(before[-1])), entity_of.get(id(after[0]))
            event = self._latest_before(events, i)
            if subject is None or other is None or event is None or subject.is_reporter:
                continue
            keys = event.entity_keys()
            if other.key not in keys or subject.key in keys:
                continue
            country = self._country(subject)
            titled = [s for s in event.sides if s.entity is None and s.mention.kind == "title_only"
                      and country in (None, self._side_country(s)) and self._side_country(s) != self._country(other)]
            if titled:
                subject.mentions.append(titled[0].mention)
                event.sides[event.sides.index(titled[0])] = Side(subject, before[-1], rule="fa.person.subject_with_a_side")
            elif len(event.sides) < 2:
                event.sides.append(Side(subject, before[-1], rule="fa.person.subject_with_a_side"))

    def _titles_a_presence_list(self, low: int, i: int) -> bool:
        """Token `i` ends `با حضور X و Y ...` within twelve tokens: a title apposed to the people listed present."""
        cue = next((k for k in range(i - 1, max(low, i - 12) - 1, -1) if self._words[k] == "حضور"), None)
        return cue is not None and (any(True for _ in between(self._mention_starts, self._mentions, cue, i))
                                    or self._delegations_listed(cue + 1, i))

    def _delegations_listed(self, start: int, end: int) -> bool:
        """Only delegation words between `start` and `end` (`با حضور هیئت‌های دو کشور، از جمله X`, `با اشتراک اعضای
        هیئت‌ها`): the pair there names whose delegations were present, not the subject of the contact."""
        words = self._words[start:end]
        delegations = [w.split("\u200c")[0] in DELEGATION_WORDS for w in words]
        return any(delegations) and all(d or w in DELEGATION_FILLERS for d, w in zip(delegations, words))

    def _last_pair(self, mentions: list[PersonMention], entity_of: dict, before: int,
                   role: frozenset[str] | None = None, unknown_too: bool = False) -> list[Entity]:
        """The last two named people before `before` with different countries (`دو طرف`, `رؤسای جمهور دو کشور`),
        both holding one of the roles `role` when it is given (`وزیران خارجه دو کشور`, `دو رهبر`), or, `unknown_too`,
        of no known office (`دو وزیر` after a president is named: not him). One who welcomed the guest at the
        airport gives way to another of his state who fits (`رهبران دو کشور` after the prime minister's welcome: the
        president), else he is the host who talked."""
        pair = self._pair_before(mentions, entity_of, before, role, unknown_too, skip_welcomers=False)
        welcomes = self._where("استقبال")
        if not welcomes or welcomes[0] >= before + WELCOME_REACH:
            return pair  # (no welcome told near or before: no one to skip)
        hosts = self._pair_before(mentions, entity_of, before, role, unknown_too, skip_welcomers=True)
        return hosts if hosts and {self._country(e) for e in hosts} == {self._country(e) for e in pair} else pair

    def _pair_before(self, mentions: list[PersonMention], entity_of: dict, before: int,
                     role: frozenset[str] | None, unknown_too: bool, skip_welcomers: bool) -> list[Entity]:
        """`_last_pair`'s scan, past the airport's welcomers when `skip_welcomers`."""
        pair: list[Entity] = []
        for m in backwards(mentions, bisect_left(self._mention_starts, before)):
            if m.kind != "name" or m.is_reporter:
                continue
            entity = entity_of.get(id(m))
            if entity is None or entity in pair or (role is not None and self._role(entity) not in role
                                                    and not (unknown_too and self._role(entity) is None)):
                continue
            if skip_welcomers and self._welcomed_on_arrival(m):
                continue
            if pair and self._country(entity) == self._country(pair[0]):
                continue
            pair.append(entity)
            if len(pair) == 2:
                return list(reversed(pair))
        return []

    def _welcomed_on_arrival(self, m: PersonMention) -> bool:
        """`شامگاه دیروز در فرودگاه دوشنبه، X نخست‌وزیر تاجیکستان از مهمان استقبال کرده بود`: who welcomed the guest
        at the airport (his sentence names an arrival point and, after him, the welcome) is not one of `دو کشور`."""
        words = self._words
        start = next((k + 1 for k in range(m.start - 1, max(-1, m.start - WELCOME_REACH), -1) if words[k] == "."),
                     max(0, m.start - WELCOME_REACH))
        end = next((k for k in range(m.end, min(len(words), m.end + WELCOME_REACH)) if words[k] == "."),
                   min(len(words), m.end + WELCOME_REACH))
        return not ARRIVAL_POINTS.isdisjoint(words[start:m.start]) and "استقبال" in words[m.end:end]

    def _titled_subject_before(self, mentions: list[PersonMention], before: int, u) -> PersonMention | None:
        """The person known only by title who opens one of the three sentences before token `before` and is the
        subject of its contact (the one a pronoun takes up when nobody named was told before it)."""
        sentence = u.sentence_of[before]
        starts = self._trigger_starts
        for _ in range(3):
            if sentence == 0:
                break
            sentence = self._sentence_before(sentence)
            start, end = u.sentences[sentence]
            m = next(iter(between(self._mention_starts, mentions, start, start + 1)), None)
            if m is None or m.kind != "title_only" or not m.role or m.is_reporter or m.start in self._quotes:
                continue
            if any(t.kb_id_.startswith("strong") and t.id_ not in ATTENDANCE_TRIGGERS
                   for t in self._trigger_spans[bisect_left(starts, m.end):bisect_left(starts, end)]):
                return m
        return None

    def _antecedent(self, mentions: list[PersonMention], entity_of: dict, before: int,
                    other_than: set[str] | frozenset[str] = frozenset()) -> Entity | None:
        """The last named, non-reporter person mentioned before token `before` (by name, or by a title that refers
        back to someone named: `وزیر خارجه ایران نیز ... اعلام کرد. وی سپس ...`). With `other_than`, the countries of
        the ones a pronoun subject met: the last such person of another country, when one is named in the last
        dozen mentions (`قریشی نیز گفت ... نامبرده پس از آن با عمران خان دیدار کرد`: the visitor, not Qureshi)."""
        first = None
        for n, m in enumerate(backwards(mentions, bisect_left(self._mention_starts, before))):
            if other_than and n >= ANTECEDENT_REACH:
                break
            if m.kind in ("name", "title_only") and not m.is_reporter and m.start not in self._quotes \
                    and self._word_before_name(m) not in NO_ANTECEDENT_AFTER:
                # (the one met is no subject, nor whom a message went to, nor whose message it was)
                entity = entity_of.get(id(m))
                if entity is None:
                    continue
                if not other_than or self._country(entity) not in other_than:
                    return entity
                first = first or entity
        return first

    @staticmethod
    def _phrase_start(m: PersonMention) -> int:
        """Where a mention starts, with a title told before it."""
        return min(m.start, m.title.start) if m.title is not None else m.start

    def _message_head_before(self, m: PersonMention) -> int | None:
        """Where the message noun stands whose sender a mention (with its title) is: `پیام X`, `دعوتنامه وزیر کشور X`,
        `پیام کتبی X` (past one word that tells the kind of message)."""
        k = self._phrase_start(m) - 1
        if k > 0 and self._words[k] in MESSAGE_KINDS:
            k -= 1
        return k if k >= 0 and self._words[k] in MESSAGE_HEADS else None

    def _only_a_sender(self, entity: Entity) -> bool:
        """`پیام دیدیه بورکهالتر را به مقام‌های ایرانی منتقل کرد`, `سلام و پیام نیک X را رساند`: one named only as the
        sender of a message handed over is not whom a later title (`دیپلمات ارشد سوئیسی`, `میهمان روس`) refers to."""
        named = False
        for m in entity.mentions:  # (asked of every candidate: no list of the named mentions built each time)
            if m.name_start is not None:
                if self._message_head_before(m) is None:
                    return False
                named = True
        return named

    def _word_before_name(self, m: PersonMention) -> str | None:
        """The word before a mention, past an opening guillemet and a one-word title (`با «سلطان قابوس»`)."""
        k = self._phrase_start(m) - 1
        if k >= 1 and self._words[k] not in NOT_SUBJECT_BEFORE and self._words[k - 1] in OPENING_QUOTES \
                and any(span.label_ in ("TITLE", "RANK") and span.end == k + 1 for span in self._structure_at(k)):
            k -= 1
        if k >= 0 and self._words[k] in OPENING_QUOTES:
            k -= 1
        return self._words[k] if k >= 0 else None

    def _sayings_given_there(self, m: PersonMention) -> bool:
        """`با سخنان X گشایش یافت`: a speech given at the session (`با` or `در` before `سخنان`), its speaker present."""
        k = self._phrase_start(m) - 1
        while k >= 0 and self._words[k] not in SAYINGS:
            k -= 1
        return k >= 1 and self._words[k - 1] in ("با", "در")

    def _arrival_then_talks(self, arrival: DraftEvent, talks: DraftEvent) -> bool:
        """`X وارد تهران شد و پس از مراسم استقبال رسمی ... مذاکرات رسمی دو کشور را آغاز کرد`: an arrival and the
        talks coordinated right after it, with no other day or `سپس` between, are one contact."""
        return (arrival.trigger.label_ == "visit" and "وارد" in self._words[arrival.trigger.start:arrival.trigger.end]
                and talks.coordinated and talks.type != "phone_call" and talks.told_from == arrival.trigger.end
                and self._keys(arrival) <= self._keys(talks)
                and not self._dated_between(arrival.trigger.end, talks.trigger.start)
                and not self._sequenced_between(arrival.trigger.end, talks.trigger.start))

    def _compatible(self, a: DraftEvent, b: DraftEvent) -> bool:
        """Two drafts describe one contact: one side set contains the other, and counterparts fit.

        Two sessions "held" (برگزار شد) of one type, one's people among the other's, are one event: a headline
        restates its lead.
        """
        if a.speech or b.speech:  # a speech at a session is that session (told held or attended by others), not the
            return all(d.type == "multilateral_meeting" or self._session_held(d) for d in (a, b))  # speaker's
            # bilateral meeting on its sidelines
        ka, kb_ = self._keys(a), self._keys(b)
        if (a.announced or b.announced) and a.type == b.type and self._announced_fits(*((a, b) if a.announced else (b, a))):
            return True  # the contact announced, then told: `از گفت‌وگوی تلفنی A با B خبر داد ... A در تماس با B ...`
        if not (ka <= kb_ or kb_ <= ka):  # neither side set holds the other (95% of the pairs the merge compares):
            # only a session attended and then told held makes them one, as the tests below would find
            return self._session_attended_then_held(a, b) or self._session_attended_then_held(b, a)
        if a.trigger.id_ in HELD_TRIGGERS and b.trigger.id_ in HELD_TRIGGERS and a.type == b.type:
            return not self._other_rounds(a.trigger, b.trigger)
        if self._lead_retold(a, b) or self._lead_retold(b, a):
            return True  # `وزیران خارجه A و B ... رایزنی کردند. به گزارش ایسنا، X و Y ... گفت‌وگو کردند`: the lead told
            # again, its people now named (whatever the retelling adds: a place, a date, the host of the venue)
        if self._session_attended_then_held(a, b) or self._session_attended_then_held(b, a):
            return True
        if a.separate is not None and a.separate == b.separate:
            return False  # the parts of `در دو دیدار جداگانه با A و B`
        if (a.coordinated or b.coordinated) and a.trigger.start != b.trigger.start \
                and self._units.sentence_of[a.trigger.start] == self._units.sentence_of[b.trigger.start] \
                and not self._arrival_then_talks(a, b) and not self._arrival_then_talks(b, a):
            return False  # `با X دیدار کرد و امروز نیز میزبان Y بود`: the two contacts one sentence tells
        if not (ka <= kb_ or kb_ <= ka):
            return False
        if any(not d.sides and (d.unnamed or (d.trigger.id_ in HELD_TRIGGERS
                                              and other.trigger.kb_id_.startswith("strong")))
               for d, other in ((a, b), (b, a))) \
                and self._units.sentence_of[a.trigger.start] != self._units.sentence_of[b.trigger.start] \
                and not {a.trigger.id_, b.trigger.id_} & ATTENDANCE_TRIGGERS:
            # a contact of officials not yet named, or a session held whose people come later, is no other sentence's
            # contact (but who led or took part)
            return False
        later, earlier = (b, a) if a.trigger.start < b.trigger.start else (a, b)
        if (later.trigger.kb_id_.startswith("strong") or self._receives_a_person(later.trigger)
                or later.trigger.id_ in HELD_TRIGGERS) \
                and self._units.sentence_of[later.trigger.start] != self._units.sentence_of[earlier.trigger.start] \
                and (self._on_sidelines(later.trigger)
                     or (len(later.sides) >= 2
                         and (earlier.trigger.start > (self._body_start if self._body_start < len(self._words) else 0)
                              or earlier.trigger.id_ in HELD_TRIGGERS)  # (a session the lead told held)
                         and self._before_the_contact_told(later.trigger))
                     or (self._also_with_someone_new(later, earlier) and earlier.trigger.id_ in HELD_TRIGGERS)
                     or self._with_someone_new_too(later, earlier)
                     or (self._dated_too(later.trigger) and earlier.separate is None
                         and not all(any(self._same_person(s, x) for x in earlier.sides) for s in later.sides))
                     or self._before_or_after_meeting_the_other(later, earlier)
                     or self._committee_session_after(later.trigger)  # `پس از این دیدار، نشست کمیته مشترک ...`
                     or (self._opens_with_sequence_cue(later.trigger) and self._signature(a) != self._signature(b)
                         and earlier.separate is None  # (a part of `با A و B جداگانه دیدار کرد` sums up what follows)
                         and (earlier.type != "visit" or later.trigger.id_ in HELD_TRIGGERS)
                         and (len(earlier.sides) >= 2 or earlier.trigger.id_ in HELD_TRIGGERS))):
            return False  # `در حاشیه این نشست ... دیدار کرد`, `ساعتی بعد ... به امضای X و Y رسید`: another contact
        if all(t.kb_id_.startswith("strong") or t.id_ in HELD_TRIGGERS for t in (a.trigger, b.trigger)) \
                and ("visit" not in (a.type, b.type)  # an arrival the evening before belongs to the visit
                     or any(d.type != "visit" and "حضور" in self._words[max(0, d.trigger.start - 1):d.trigger.end]
                            for d in (a, b))):
            # (but not an audience the next day: `روز ۱۱ اکتبر از سوی رئیس‌جمهور به حضور پذیرفته شد`, someone above
            # the host the guest came to, is a meeting of its own)
            if self._told_on_other_days(a, b):
                return False  # `عصر امروز ... دیدار کرد` and `شامگاه امروز ... دیدار کرد`: two contacts
        small, large = (a, b) if len(ka) <= len(kb_) else (b, a)
        small_keys = ka if small is a else kb_
        if len(small_keys) >= 2 and small.trigger.kb_id_.startswith("strong") \
                and all(self._units.sentence_of[small.trigger.start] != self._units.sentence_of[t.start]
                        for t in large.triggers + large.follow_ups) \
                and small_keys <= {s.entity.key for s in large.sides
                                   if s.entity is not None and s.rule.endswith(ATTENDEE_RULES)}:
            return False  # two ministers present at their leaders' talks who then meet each other: another contact
        large_countries = {self._side_country(s) for s in large.sides}
        for part, other in ((a, b), (b, a)):
            if part.separate is not None:  # `به گونه جداگانه با سفیران ترکمنستان و قزاقستان`: the part of one of them
                titled = {self._side_country(s) for s in part.sides
                          if s.entity is None and s.mention.kind in ("title_only", "counterpart")}
                own = {self._side_country(s) for s in part.sides if s.entity is not None}
                other_titled = {self._side_country(s) for s in other.sides
                                if s.entity is None and s.mention.kind in ("title_only", "counterpart")} \
                    | ({self._side_country(s) for s in other.sides if s.entity is not None} - own)
                # (`در سه تماس جداگانه با همتایان سعودی، ترک و قطری خود`: the Saudi call is not the one with Fidan)
                if (titled - other_titled) - {None} and (other_titled - titled) - {None}:
                    return False  # (each has a country the other lacks: the summoning ministry's own is in both)
        for multi, bilateral in ((a, b), (b, a)):
            if multi.type == "multilateral_meeting" and bilateral.type != "multilateral_meeting" \
                    and self._told_bilateral(bilateral.trigger):
                return False  # `پیش از آغاز نشست، ولیعهد سعودی در دیداری دوجانبه به X خوشامد گفت`: not the summit
        for multi, bilateral in ((large, small), (small, large)):
            if self._is_summit(multi) and len({self._side_country(s) for s in bilateral.sides} - {None}) == 2 \
                    and (bilateral.trigger.kb_id_.startswith("strong") or bilateral.trigger.id_ in HELD_TRIGGERS
                         or self._noun_of_a_coordinated_verb(bilateral.trigger, self._units)) \
                    and self._units.sentence_of[bilateral.trigger.start] != self._units.sentence_of[multi.trigger.start]:
                return False  # a bilateral meeting on the sidelines of a summit is its own contact (also `با X دیدار و
                # درباره ... تبادل نظر کرد`, the noun sharing the next predicate's verb)
        titled_a, titled_b = (
            {self._titled_party(s) for s in d.sides if s.entity is None and s.mention.kind == "title_only"} - {None}
            for d in (a, b))
        if titled_a - titled_b and titled_b - titled_a \
                and (self._units.sentence_of[a.trigger.start] != self._units.sentence_of[b.trigger.start]
                     or (a.trigger.start != b.trigger.start
                         and all(self._words[d.trigger.end - 1] == "با" and d.separate is None for d in (a, b)))):
            return False  # `وابسته نظامی سوریه را به حضور پذیرفت`, then `با وابسته دفاعی الجزایر نیز گفت‌وگو کرد`: the
            # same host with officials of two other countries known only by title, told apart (or each after its own
            # `با`: `در گفتگو با سفیر چین ... و در دیدار با سفیر ترکیه ...`): two contacts
        small_roles = {self._role(s.entity) for s in small.sides if s.entity is not None} - {None}
        for side in small.sides:
            if side.mention.start > 0 and self._words[side.mention.start - 1] in COUNTED:
                continue  # `با سه مقام ارشد لبنانی به‌طور جداگانه دیدار کرد`: the officials each later contact names
            if side.entity is None and side.mention.kind == "title_only" and side.mention.role \
                    and side.mention.country is not None and side.rule != "fa.person.summoning_ministry" \
                    and any(s.entity is not None and self._side_country(s) == side.mention.country
                            and s.entity.best("role") not in (None, side.mention.role) for s in large.sides) \
                    and not any(s.entity is not None and self._side_country(s) == side.mention.country
                                and s.entity.best("role") == side.mention.role for s in large.sides):
                return False  # `معاون رئیس ستاد ارتش عراق` in one, `وزیر دفاع عراق` in the other: two contacts
            if side.entity is None and side.mention.kind == "title_only" and any(
                    s.entity is not None and self._holds_another_fixed_office(side.mention, s.entity)
                    for s in large.sides):
                return False  # the speaker of one house by title in one, the other house's named in the other
            if side.entity is None and side.mention.kind == "title_only" \
                    and (side.mention.country is not None
                         or (side.mention.title is not None and side.mention.title.org)) \
                    and any(s.entity is not None and self._side_country(s) == side.mention.country
                            and self._holds_an_office_apart(side.mention, s.entity) for s in large.sides) \
                    and not any(s.entity is None and s.mention.title is not None and side.mention.title is not None
                                and self._office(s.mention.title) == self._office(side.mention.title)
                                for s in large.sides) \
                    and self._units.sentence_of[a.trigger.start] != self._units.sentence_of[b.trigger.start]:
                return False  # `با نجم‌الدین کریم استاندار کرکوک`, then `با رئیس شورای استان کرکوک`: two people (or
                # two international bodies' officials: `با X معاون نماینده ویژه دبیرکل`, then `با رئیس دفتر برنامه
                # جهانی غذا`)
            if side.entity is None and side.mention.kind == "title_only" and side.mention.title is not None \
                    and side.mention.title.org and side.mention.country is None and side.mention.role == "official" \
                    and all(s.entity is not None and self._side_country(s) is not None
                            and not any(t.org == side.mention.title.org for x in s.entity.named
                                        for t in (x.title, x.extra.get("second_title")) if t is not None)
                            for s in large.sides) \
                    and self._units.sentence_of[a.trigger.start] != self._units.sentence_of[b.trigger.start]:
                return False  # `با کاظمی قمی ... دیدار کرد`, then `با نماینده کمیشنری عالی سازمان ملل ... نیز دیدار
                # کرد`: an international body's official, where the other contact had only states' people: two contacts
            if side.entity is None and side.mention.kind == "title_only" and side.mention.role \
                    and side.mention.country \
                    and any(s.entity is None and s.mention.kind == "title_only" and s.mention.role
                            and s.mention.country == side.mention.country for s in large.sides) \
                    and not any(s.entity is None and (s.mention.role, s.mention.country)
                                == (side.mention.role, side.mention.country) for s in large.sides) \
                    and self._units.sentence_of[a.trigger.start] != self._units.sentence_of[b.trigger.start]:
                return False  # `با فرمانده این نیرو دیدار کرده بود`, then `با رئیس ستاد نیروهای مسلح عمان نیز ملاقات
                # کرد`: two offices of one country, known only by title, told apart: two contacts
            if side.entity is None and side.mention.kind == "title_only" and side.mention.country \
                    and side.mention.country not in large_countries and None not in large_countries \
                    and len(self._keys(large)) >= 2:
                return False  # `با یک مقام ارشد چینی نیز دیدار کرد`: someone of a third country, another contact
            if side.entity is None and side.mention.kind == "counterpart" and side.mention.country:
                if side.mention.country not in large_countries and large.sides and len(self._keys(large)) >= 2:
                    return False
                # `همتای ایرانی خود` has the office of the one it is a counterpart of: a named Iranian with
                # another office on the other draft is someone else, so the drafts are two contacts.
                large_roles = {self._role(s.entity) for s in large.sides if s.entity is not None
                               and s.entity.key not in self._keys(small)
                               and self._side_country(s) == side.mention.country} - {None}
                if small_roles and large_roles and not (small_roles & large_roles) and not side.mention.extra.get("guest"):
                    return False
        if (a.trigger.id_ == "fa.trigger.arrived") != (b.trigger.id_ == "fa.trigger.arrived"):
            place_a, place_b = self._own_place(a.trigger), self._own_place(b.trigger)
            if place_a is not None and place_b is not None and place_a.key != place_b.key:
                return False  # `دیروز در لاپاز با X دیدار کرد`, then `... وارد کاراکاس شد`: the tour's next stop
        if (a.type == "phone_call") != (b.type == "phone_call"):
            other, call = (b, a) if a.type == "phone_call" else (a, b)
            # `در گفت‌وگو با` says nothing of the mode: with the same two people it is the call again, or one of the
            # separate calls a lead told (`در دو تماس تلفنی جداگانه با وزرای دفاع A و B`)
            by_title = bool(other.sides) and self._keys(other) <= self._keys(call) \
                and any(s.entity is None for s in other.sides) \
                and {self._side_country(s) for s in other.sides} - {None} <= {self._side_country(s) for s in call.sides}
            # (`رئیس ستاد کل ... در گفتگو با همتای روس خود`; `عراقچی در گفتگو با همتای سعودی خود` after his call with
            # the Saudi minister, named)
            same_two = len(call.sides) == len(other.sides) == 2 \
                and {self._side_country(s) for s in call.sides} == {self._side_country(s) for s in other.sides}
            # (`رئیس‌جمهور مصر در دو تماس تلفنی جداگانه با پادشاه اردن و ...`, then `السیسی در گفت‌وگو با ملک عبدالله`:
            # the same two, one told by title, the other by name)
            if not ((ka == kb_ or same_two or call.separate is not None or by_title)
                    and other.trigger.id_ == "fa.trigger.in_meeting_with" and "گفتگو" in other.trigger.text) \
                    and not ((call.separate is not None or (ka == kb_ and self._own_place(other.trigger) is None))
                             and other.trigger.id_ == "fa.trigger.meet_verb"
                             and other.trigger.text.startswith("گفتگو")) \
                    and not self._modes_mixed(other):
                return False  # (`سپس با X گفتگو کرد` after `در سه تماس تلفنی جداگانه`: one of the calls)
        return True

    def _met_apart_by_one(self, draft: DraftEvent, events: list[DraftEvent]) -> DraftEvent | None:
        """`X با A و B به‌طور جداگانه دیدار کرد. در دیدار با A ... و در دیدار با B ... بحث شد`: a draft whose people
        are only those one subject met in separate contacts told before (each in another), without that subject,
        tells those contacts again, not a contact of A with B. Returns the first of them."""
        if len(draft.sides) < 2 or draft.type != "meeting":
            return None
        s_start, _ = self._units.sentences[self._units.sentence_of[draft.trigger.start]]
        first = min(x.mention.start for x in draft.sides)
        if first < s_start or "با" not in self._words[s_start:first]:
            return None  # (all after a `با` in the sentence: not `A و B ... دیدار کردند`)
        owners = []
        for side in draft.sides:
            owner = next((e for e in events if any(self._same_person(side, x) for x in e.sides)), None)
            if owner is None or any(owner is o for o in owners):
                return None
            owners.append(owner)
        shared = [s for s in owners[0].sides if all(any(self._same_person(s, x) for x in o.sides) for o in owners[1:])]
        if not shared or any(self._same_person(s, x) for s in shared for x in draft.sides) \
                or any(len(o.sides) != 2 or o.type != "meeting" for o in owners):
            return None
        return owners[0]

    def _lead_retold(self, lead: DraftEvent, told: DraftEvent) -> bool:
        """`استاندار خراسان با حاکم ولایت آخال دیدار کرد. به گزارش ایسنا، علیرضا رشیدیان روز گذشته ... با حاکم ولایت
        آخال دیدار و گفتگو کرد`: a lead paragraph before the outlet's `به گزارش X،` sentence, and that sentence telling
        a contact of the same kind with each of the lead's people (by name, or holding the title the lead gave): the
        one contact, told twice. A date, a sideline (`در حاشیه بازدید از ...`) or another official of the venue's
        country the retelling adds makes it no other contact. The retelling, with its date and place, then leads the
        merged event (`عصر همان روز` dates it by the day its sentence names)."""
        body = self._body_start
        if body >= len(self._words) or body == 0 or self._words[body - 1] != "به" or lead.type != told.type \
                or not lead.sides or lead.separate is not None or told.separate is not None:
            return False
        u = self._units
        if not lead.trigger.start < body <= told.trigger.start \
                or u.sentence_of[told.trigger.start] != u.sentence_of[body] \
                or u.sentence_of[lead.trigger.start] != self._sentence_before(u.sentence_of[body]) \
                or self._in_headline(None, lead.trigger, u):  # (a headline joins the contact it names as before)
            return False

        def fits(s: Side) -> bool:
            if any(self._same_person(s, x) for x in told.sides):
                return True
            if s.entity is not None:
                return False
            country, role = self._side_country(s), s.role or s.mention.role
            return country is not None and any(
                self._side_country(x) == country
                and (role is None or role == (self._role(x.entity) if x.entity is not None else x.mention.role))
                for x in told.sides)
        unfit = [s for s in lead.sides if not fits(s)]
        # (one titled side of the lead may be the one the retelling names with no title or country of its own:
        # `استاندار خراسان رضوی`, then `علیرضا رشیدیان`)
        return not unfit or (len(unfit) == 1 and unfit[0].entity is None and unfit[0].mention.kind == "title_only"
                             and any(x.entity is not None and self._side_country(x) is None
                                     and self._role(x.entity) is None for x in told.sides))

    def _titled_party(self, side: Side) -> str | None:
        """Whom a side known by title acts for: its country, or the international organisation of its office (`رئیس
        ماموریت سازمان بین المللی مهاجرت`, no country)."""
        country = self._side_country(side)
        if country is None and side.mention.title is not None and side.mention.title.org:
            return f"org:{side.mention.title.org}"
        return country

    def _told_bilateral(self, trigger: Span) -> bool:
        """`در دیداری دوجانبه`, `دیدار دو جانبه`: a contact the text calls bilateral (right after its noun; the
        normalised text writes `دوجانبه` as two words)."""
        words = self._words
        return any(words[k:k + 2] == ["دو", "جانبه"]
                   for k in range(trigger.end - 2, min(trigger.end + 1, len(words) - 1)))

    def _session_attended_then_held(self, attended: DraftEvent, held: DraftEvent) -> bool:
        """`X در جلسه شورای وزیران دفاع ... اشتراک نمود. جلسه تحت ریاست Y برگزار گردید`: the next sentence opens with
        the noun of the session just attended and tells it held: one session."""
        if attended.trigger.id_ != "fa.trigger.took_part" or held.trigger.id_ not in HELD_TRIGGERS:
            return False
        u = self._units
        k, j = u.sentence_of[held.trigger.start], u.sentence_of[attended.trigger.start]
        between = [m for m in range(j + 1, k) if any(w.strip() for w in self._words[slice(*u.sentences[m])])]
        if k <= j or len(between) > 1 or any(self._triggers_between(*u.sentences[m]) for m in between):
            return False  # (only a paragraph break between, or one sentence that tells no contact: `X نیز عضو این
            # هیئت است`)
        opening = self._words[u.sentences[k][0]]
        c_start, _ = u.clauses[u.clause_of[attended.trigger.start]]
        if opening in self.kb.event_nouns and opening in self._words[c_start:attended.trigger.start]:
            return True
        # (`به گزارش ایسنا ...، نشست وزیران خارجه گروه بیست به میزبانی Y ... برگزار شد`: a source named first)
        attended_nouns = {w for w in self._words[c_start:attended.trigger.start] if w in SESSION_NAMING_NOUNS}
        h_start, _ = u.clauses[u.clause_of[held.trigger.start]]
        return self._words[u.sentences[k][0]:u.sentences[k][0] + 2] == ["به", "گزارش"] \
            and not attended_nouns.isdisjoint(self._words[h_start:held.trigger.start])

    def _modes_mixed(self, draft: DraftEvent) -> bool:
        """A part of `در دو تماس جداگانه، یکی تلفنی و دیگری حضوری، با A و B`: its mode is told by the contact it
        sums up, a call or a meeting."""
        if draft.separate is None:
            return False
        c_start, c_end = self._units.clauses[self._units.clause_of[draft.trigger.start]]
        words = self._words[c_start:c_end]
        return "حضوری" in words and not REMOTE_MODES.isdisjoint(words)

    def _round_of_talks_told(self, event: DraftEvent, u) -> bool:
        """A round of talks (`دور ... مذاکرات`) or a joint commission's session names the event in one of its sentences,
        not a summit's, not a ministers' trilateral dialogue (`گفتگوهای سه‌جانبه`), not leaders meeting."""
        sentences = {u.sentence_of[t.start] for t in event.triggers}
        rounds = [t for k in sentences if k in self._negotiation_sentences
                  for t in self._triggers_between(*u.sentences[k]) if t.id_ in ROUNDS_OF_TALKS]
        return bool(rounds) and not any(self._multilateral_marker(t, u) for t in rounds) \
            and not (sentences & self._summit_sentences and not self._ministers_of_a_commission(sentences, rounds, u)) \
            and not self._leaders_only(event)

    def _ministers_of_a_commission(self, sentences: set[int], rounds: list[Span], u) -> bool:
        """`نشست وزیران ... در چارچوب کمیسیون مشترک برجام برگزار شد`: ministers meeting as a joint commission hold its
        session (a negotiation), unlike heads of state at a summit (`سران`)."""
        summits = [t for k in sentences for t in self._triggers_between(*u.sentences[k]) if t.id_ == "fa.trigger.summit"]
        return any(t.id_ == "fa.trigger.joint_commission" for t in rounds) and bool(summits) \
            and not any("سران" in self._words[t.start:t.end] for t in summits)

    def _trilateral_told(self) -> bool:
        """The headline, or a phrase taking the contact up (`این نشست سه‌جانبه`), says it had three or more sides."""
        if self._trilateral is None:
            words = self._words
            self._trilateral = any(
                tuple(words[k:k + len(marker)]) == marker and (
                    k < self._body_start or (k >= 2 and words[k - 2] == "این" and words[k - 1] in self.kb.event_nouns))
                for marker in PARTY_COUNT_MARKERS for k in self._where(marker[0]))
        return self._trilateral

    def _multilateral_marker(self, trigger: Span, u) -> bool:
        """A marker of three or more parties (`سه‌جانبه`, `چندجانبه`) in the trigger's clause, not in a body's name."""
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        words = self._words[c_start:c_end]
        return any(tuple(words[i:i + len(m)]) == m and "گروه" not in words[max(0, i - 2):i]
                   for m in PARTY_COUNT_MARKERS for i in range(len(words)))
        # (`دور دوم مذاکرات گروه هماهنگی چهارجانبه`: a body's name, whose round of talks is a negotiation)

    def _unqualified_offices(self, event: DraftEvent) -> None:
        """A side known only by a state's office and told with no country (`معین سیاسی وزارت امور خارجه سفیر پاکستان
        را فراخواند`, `مشاور امنیت ملی نیز حضور داشت`) holds that office in the outlet's country, as a Persian-named
        official under an unqualified title does (see `__call__`), when the contact is held there or has another
        side of that country."""
        source = self._source_country
        if source is None:
            return
        source = source if source in PERSIAN_SPEAKING else "IR"
        where = self._location_country(event.location) if event.location is not None else None
        countries = {side.country or side.mention.country for side in event.sides}
        if where != source and source not in countries and (where is not None or len(countries - {None}) != 1):
            return  # (`وزیر دفاع روسیه ... در پیونگ‌یانگ`: no side of the outlet's country at all; but with no place
            # told, one foreign side and a bare office, `وزیر نفت عراق با وزیر امور خارجه دیدار کرد`, is the outlet's)
        for side in event.sides:
            m = side.mention
            if side.entity is None and side.country is None and m.country is None and m.kind == "title_only" \
                    and ((side.role or m.role) in STATE_OFFICE_ROLES or self._official_of_a_ministry(side)):
                side.country = source
                m.country_rule = "fa.country.unqualified_title_source"

    def _official_of_a_ministry(self, side: Side) -> bool:
        """An official known by an office of a state's ministry or embassy told with no country (`مدیرکل اداره کل امور
        اتباع وزارت کشور`, `مدیرکل دفتر نمایندگی وزارت امور خارجه در مشهد`, `وابسته نظامی سفارت`): not of an
        international organisation."""
        m = side.mention
        if (side.role or m.role) != "official" or m.title is None or m.title.org:
            return False
        words = self._words
        for k in range(m.start, min(len(words), m.end + 10)):
            w = words[k]
            if k >= m.end and (w in PUNCT_ONLY or w in ("نیز", "هم", "که", "را") or w in FINITE_VERBS):
                return False
            if w in MINISTRY_WORDS or w == "سفارت":
                return not any(x.label_ in ("ORG", "COUNTRY", "DEMONYM") for j in range(k + 1, min(len(words), k + 4))
                               for x in self._structure_at(j))
        return False

    def _add_summoning_ministry(self, draft: DraftEvent, u) -> None:
        """`سفیر فرانسه ... به وزارت امور خارجه احضار شد`, `وزارت خارجه ... سفیر X را احضار کرد`: the ambassador met an
        official of the ministry that summoned him, one of its country (named after it, else the outlet's)."""
        c_start, c_end = u.clauses[u.clause_of[draft.trigger.start]]
        ministry = next((k for k in range(c_start, draft.trigger.start) if self._words[k] in MINISTRY_WORDS), None)
        if ministry is None:
            return
        country = next((x.kb_id_.split("|")[0] for k in range(ministry + 1, min(ministry + 5, c_end))
                        for x in self._structure_at(k) if x.label_ == "COUNTRY"), None)
        if country is None and ["این", "کشور"] in (self._words[k:k + 2] for k in range(ministry + 1, ministry + 5)):
            # `سفیر ایران در هند ... به وزارت امور خارجه این کشور فراخوانده شد`: the country named before it
            s_start = u.sentences[u.sentence_of[ministry]][0]
            country = next((x.kb_id_.split("|")[0] for k in range(ministry - 1, s_start - 1, -1)
                            for x in self._structure_at(k) if x.label_ == "COUNTRY"), None)
        country = country or self._source_country
        summoned = draft.sides[0]
        if country is None or self._side_country(summoned) in (None, country):
            return
        office = TitleInfo(ministry, ministry + 1, "fa.title.summoning_ministry", "official", country,
                           "fa.country.summoning_ministry", None)
        mention = PersonMention(ministry, ministry + 1, "title_only", "fa.person.summoning_ministry", title=office,
                                country=country, country_rule=office.country_rule)
        draft.sides.append(Side(None, mention, role="official", country=country, rule="fa.person.summoning_ministry"))

    def _summoning_office_told(self, event: DraftEvent, side: Side, entities: list[Entity]) -> str | None:
        """`سفیر ایران به وزارت امور خارجه ترکیه احضار شد. معاون وزیر امور خارجه ترکیه در این دیدار ... اعتراض کرد`:
        the summoning ministry's official is the title no one holds, of its country, that speaks "in this meeting" as
        the subject of one of the next three sentences (`T در این دیدار`, `در این دیدار، T`, `به گفته ...، T در این
        دیدار`); his office, if any."""
        u = self._units
        words = self._words
        held = {id(x) for e in entities for x in e.mentions}
        k = u.sentence_of[event.trigger.start]
        for j in range(k + 1, min(k + 4, len(u.sentences))):
            s_start, s_end = u.sentences[j]
            for m in between(self._mention_starts, self._mentions, s_start, s_end):
                if m.kind != "title_only" or not m.role or m.role in ("ambassador", "envoy") \
                        or m.country != side.country or id(m) in held:
                    continue
                lead = m.start == s_start or (words[m.start - 1] == "،" and m.start - s_start <= 6
                                              and "،" not in words[s_start:m.start - 1])  # (`به گفته منابع دیپلماتیک، T`)
                opens = lead and self._in_this_meeting(m.end)
                after = self._in_this_meeting(s_start) and m.start in (s_start + 3, s_start + 4) \
                    and all(w in PUNCT_ONLY for w in words[s_start + 3:m.start])
                if opens or after:
                    return m.role
        return None

    def _in_this_meeting(self, k: int) -> bool:
        """`در این دیدار` (or نشست, ملاقات ...) begins at token `k`."""
        w = self._words[k:k + 3]
        return len(w) == 3 and w[0] == "در" and w[1] == "این" and w[2] in THIS_MEETING_NOUNS

    def _summit_prepared_for(self, summit: Span) -> bool:
        """A summit named as what something is for (`برای میزبانی / برگزاری پنجمین اجلاس سران`, `برای شرکت در اجلاس
        سران`) or as a programme (`برنامه اجلاس سران ... را تشریح کرد`), when no contact is told otherwise: what a
        spokesman announces, not a session held."""
        words = self._words
        k = summit.start
        while k > 0 and words[k - 1].endswith("مین"):  # (`پنجمین`, `شانزدهمین`)
            k -= 1
        before = words[max(0, k - 3):k]
        return before[-1:] == ["برنامه"] or ("برای" in before and not {"برگزاری", "میزبانی", "شرکت"}.isdisjoint(before))

    def _summit_spoken_about(self, summit: Span) -> bool:
        """`وی در دیدار با X درباره ... آماده‌سازی نشست سران جنبش عدم تعهد رایزنی کرد`: a summit after `درباره` in a
        clause that tells another contact is what they discussed, not where they met."""
        c_start, c_end = self._units.clauses[self._units.clause_of[summit.start]]
        if not any(w in ABOUT for w in self._words[c_start:summit.start]):
            return False
        return any(t.id_ != "fa.trigger.summit" and t.kb_id_.startswith("strong")
                   for t in self._triggers_between(c_start, c_end))

    def _names_the_sidelines(self, trigger: Span) -> bool:
        """The trigger stands in a `در حاشیه ...` phrase (no comma or `با` between): it names whose sidelines."""
        words = self._words
        for k in range(trigger.start - 1, max(0, trigger.start - 6), -1):
            if words[k] in ("،", "با", "و", ".", "؛", ":"):
                return False
            if words[k] == "حاشیه" and words[k - 1] == "در":
                return True
        return False

    def _on_sidelines(self, trigger: Span) -> bool:
        """`در حاشیه ...` in the trigger's clause: a contact on the sidelines of another."""
        c_start, c_end = self._units.clauses[self._units.clause_of[trigger.start]]
        words = self._words
        return any(words[i] == "در" and words[i + 1] == "حاشیه" for i in range(c_start, min(c_end, trigger.start) - 1))

    def _signature(self, draft: DraftEvent) -> set:
        """Who a draft names: its named sides' keys, and the office and country of those known only by title."""
        return draft.entity_keys() | {(s.mention.role, self._side_country(s)) for s in draft.sides if s.entity is None}

    def _asked_about(self, start: int, end: int) -> bool:
        """`پرسشی درباره ...` between `start` and `end`: what follows is the subject of a question."""
        words = self._words
        return any(words[k] == "درباره" and (words[k - 1] in QUESTION_WORDS or (
            words[k - 1] in ("ها", "هایی") and k > 1 and words[k - 2] in QUESTION_WORDS))  # (`پرسش‌هایی درباره`)
            for k in range(max(start, 1), end))

    def _before_the_contact_told(self, trigger: Span) -> bool:
        """`X پیش از این دیدار / پیش از آغاز گفت‌وگوها ... با Y گفت‌وگو کرد`: the sentence tells what came before the
        contact just told."""
        s_start, _ = self._units.sentences[self._units.sentence_of[trigger.start]]
        words = self._words
        return any(words[i] in ("پیش", "قبل") and words[i + 1] == "از" and words[i + 2] in ("این", "آغاز", "شروع")
                   and words[i + 3] in self.kb.event_nouns for i in range(s_start, trigger.start - 3))

    def _before_or_after_meeting_the_other(self, later: DraftEvent, earlier: DraftEvent) -> bool:
        """`X پیش از دیدار با رئیس مجلس، ... با Y گفتگو کرد`: the later clause times its contact by a meeting with
        someone of the earlier contact (by name or by the same title) who is no side of its own: another contact."""
        s_start, _ = self._units.sentences[self._units.sentence_of[later.trigger.start]]
        words = self._words
        for i in range(s_start, later.trigger.start - 3):
            if not (words[i] in BEFORE_AFTER and words[i + 1] == "از" and words[i + 2] in self.kb.event_nouns
                    and words[i + 3] == "با"):
                continue
            met = next(iter(between(self._mention_starts, self._mentions, i + 4, i + 5)), None)
            if met is None or any(s.mention is met for s in later.sides):
                return False
            return any(s.mention is met or (s.entity is None and met.role is not None
                                            and (s.mention.role, s.mention.country) == (met.role, met.country))
                       for s in earlier.sides)
        return False

    def _also_with_someone_new(self, later: DraftEvent, earlier: DraftEvent) -> bool:
        """`X همچنین با Y دیدار کرد`, Y named by no side of the contact before: another contact of X's."""
        c_start, _ = self._units.clauses[self._units.clause_of[later.trigger.start]]
        words = self._words[c_start:later.trigger.start]
        if "همچنین" not in words:
            return False
        also = words.index("همچنین")
        if "با" not in words[also:]:
            return False
        counterpart = c_start + also + words[also:].index("با")
        known = self._keys(earlier)
        return any(s.entity is not None and s.entity.key not in known and s.mention.start > counterpart
                   for s in later.sides)

    def _dated_too(self, trigger: Span) -> bool:
        """`X روز یکشنبه نیز با Y دیدار کرد`, `امروز هم ...`, `X همان روز با Y دیدار کرد`: the clause dates its contact
        with a day "too" (the date right before `نیز`/`هم`) or with "that same day", outside a relative clause, adding
        it to one told before: another contact."""
        u = self._units
        c_start, _ = u.clauses[u.clause_of[trigger.start]]
        relative = self._relative_of(trigger, u)
        words = self._words
        return any(start not in relative and end < trigger.start and words[end] in ("نیز", "هم")
                   for _mention, start, end in between(self._date_starts, self._dates, c_start, trigger.start)) \
            or (trigger.kb_id_.startswith("strong")
                and any(words[k:k + 2] == ["همان", "روز"] and k not in relative
                        for k in range(c_start, trigger.start - 1)))
        # (`سفیر ایران همان روز با رئیس شهر خجند نیز دیدار کرد`: "that same day" ties another contact to the day told;
        # not `عصر همان روز، نشست ... برگزار شد`, the session someone was told to attend)

    def _with_someone_new_too(self, later: DraftEvent, earlier: DraftEvent) -> bool:
        """`X با وزیر امور داخله نیز ملاقات کرده است`: the one met "too", right before the verb, is no side of the contact
        with someone told before (named apart from its sides, or by a title whose office none of them holds): another
        contact (an arrival told before is not the contact the "too" adds to)."""
        trigger = later.trigger
        if earlier.type == "visit" or len(earlier.sides) < 2 \
                or trigger.start < 1 or self._words[trigger.start - 1] not in ("نیز", "هم"):
            return False
        c_start, _ = self._units.clauses[self._units.clause_of[trigger.start]]
        words = self._words[c_start:trigger.start]
        if "با" not in words:
            return False
        counterpart = c_start + len(words) - 1 - words[::-1].index("با")
        known = self._keys(earlier)
        offices = {(self._role(s.entity) if s.entity is not None else s.mention.role) for s in earlier.sides}
        return any(s.mention.start > counterpart and (
            (s.entity is not None and s.entity.key not in known)
            or (s.entity is None and s.mention.kind == "title_only" and s.mention.role
                and s.mention.role not in offices)) for s in later.sides)

    def _committee_session_after(self, trigger: Span) -> bool:
        """A session of a joint body told held after the contact just told (`پس از این دیدار، نشست کمیته مشترک حقوقی
        ... برگزار شد`): the standing body's talks, another contact than a meeting of the same people before. Also a
        strategic council's session held or co-chaired then (`سپس نشست شورای همکاری راهبردی ... به ریاست مشترک دو
        رئیس جمهور برگزار شد`, `X و Y پس از این دیدار ریاست مشترک نشست شورای همکاری راهبردی ... را برعهده داشتند`)."""
        if not self._opens_with_sequence_cue(trigger):
            return False
        if (trigger.id_ == "fa.trigger.co_chaired" or trigger.id_ in HELD_TRIGGERS) \
                and self._council_session_before(trigger):
            return True
        if trigger.id_ not in HELD_TRIGGERS:
            return False
        c_start, _ = self._units.clauses[self._units.clause_of[trigger.start]]
        words = self._words[c_start:trigger.start]
        return any(a in JOINT_BODIES and b == "مشترک" for a, b in zip(words, words[1:]))

    def _council_session_then(self, trigger: Span) -> bool:
        """A strategic council's session chaired after another deed of the same sentence (`... دیداری خصوصی داشتند و
        سپس ریاست نشست شورای عالی همکاری راهبردی ... را بر عهده گرفتند`)."""
        if trigger.id_ not in CHAIRED_TRIGGERS | {"fa.trigger.co_chaired"}:
            return False
        s_start, _ = self._units.sentences[self._units.sentence_of[trigger.start]]
        words = self._words
        then = next((i + 1 for i in range(s_start, trigger.start - 1) if (words[i], words[i + 1]) == ("و", "سپس")),
                    None)
        return then is not None and any(
            t.id_ in COUNCIL_TRIGGERS and not SESSION_NOUNS.isdisjoint(words[max(then, t.start - 2):t.start])
            for t in self._triggers_between(then, trigger.start))  # (`نشست «شورای ...»`: a guillemet between)

    def _council_session_before(self, trigger: Span) -> bool:
        """A session noun right before a strategic council's name in the trigger's clause (`نشست شورای عالی همکاری
        راهبردی`)."""
        c_start, _ = self._units.clauses[self._units.clause_of[trigger.start]]
        return any(t.id_ in COUNCIL_TRIGGERS and t.start > c_start and self._words[t.start - 1] in SESSION_NOUNS
                   for t in self._triggers_between(c_start, trigger.start))

    def _opens_with_sequence_cue(self, trigger: Span) -> bool:
        """The trigger's sentence opens with a sequence cue (`ساعتی بعد`، `سپس`، `پس از آن`)."""
        s_start, _ = self._units.sentences[self._units.sentence_of[trigger.start]]
        head = tuple(self._words[s_start:s_start + 3])
        if any(head[:len(cue)] == cue for cue in SEQUENCE_CUES):
            return True
        words = self._words  # `X پس از این دیدار / پس از پایان نشست ... با Y نیز دیدار کرد`: after the contact just told
        return any(words[i] in ("پس", "بعد") and words[i + 1] == "از" and (
            (words[i + 2] == "این" and words[i + 3] in self.kb.event_nouns) or words[i + 2] == "پایان"
            or (words[i + 2] == "آن" and i > s_start))  # (`عباد پس از آن با X دیدار کرد`)
            for i in range(s_start, trigger.start - 3))

    @staticmethod
    def _pair_told_back(draft: DraftEvent) -> bool:
        """The draft's sides are a pair told back by title (`دو معین روز سه‌شنبه ... گفتگو کرده بودند`)."""
        return any(s.rule == "fa.person.dual_subject" for s in draft.sides)

    def _also_on_a_day_of_its_own(self, event: DraftEvent, draft: DraftEvent) -> bool:
        """`دو وزیر روز جمعه نیز ... گفت‌وگو کرده بودند` after a call told `در ادامه همان روز` (no date of its own): the
        draft's clause dates it with `نیز` after the date, the event's strong triggers name no date: another day's."""
        when = self._clause_date_text(draft.trigger)
        if not when or any(self._clause_date_text(t) for t in event.triggers
                           if t.kb_id_.startswith("strong") or t.id_ in HELD_TRIGGERS):
            return False
        c_start = self._units.clauses[self._units.clause_of[draft.trigger.start]][0]
        words = self._words
        date_words = when.split()
        size = len(date_words)
        return any(words[k:k + size] == date_words and words[k + size:k + size + 1] == ["نیز"]
                   for k in range(c_start, draft.trigger.start - size))

    def _told_on_other_days(self, a: DraftEvent, b: DraftEvent) -> bool:
        """The two drafts' own clauses date them differently. A merged event is dated by the first of its strong
        triggers that has a date: a lead without one (`... دیدار کرده است`) that took in `روز یکشنبه ... دیدار کرده`
        is Sunday's contact, not also `امروز (دوشنبه) نیز ... دیدار کرد`."""
        when_a, when_b = (next((w.removeprefix("روز ") for t in d.triggers
                                if t.kb_id_.startswith("strong") or t.id_ in HELD_TRIGGERS
                                for w in [self._clause_date_text(t)] if w), None) for d in (a, b))
        if not (when_a and when_b) or when_a == when_b or when_a.endswith(" " + when_b) or when_b.endswith(" " + when_a):
            return False  # (`صبح امروز` and `امروز`, `عصر سه‌شنبه` and `روز سه‌شنبه`, are one day's times)
        mentions = [next((self._clause_date_mentions.get(t.start) for t in d.triggers
                          if (t.kb_id_.startswith("strong") or t.id_ in HELD_TRIGGERS) and self._clause_date_text(t)),
                         None) for d in (a, b)]
        days = {self.date_rules.resolve(m, self._published).value for m in mentions if m is not None} \
            if self._published is not None and None not in mentions else {None}
        if len(days) == 1 and None not in days and (a.separate is not None or b.separate is not None):
            return False  # `روز چهارشنبه به طور جداگانه با A و B دیدار کرد` told on a Wednesday, then `صبح امروز با A`
        if any(d.separate is not None and self._two_days_told(d) for d in (a, b)):
            return False  # `روز گذشته و امروز در دو دیدار جداگانه با A و B`: a part is of either day
        if self._keys(a) != self._keys(b) and a.separate is None and b.separate is None:
            return True  # (but a part of `در دو دیدار جداگانه با وزیران خارجه A و B` told `امروز دوشنبه`, then `صبح
            # امروز با X وزیر خارجه A`: the lead's part and that contact, by name, one day's)
        # The same two people `امروز دوشنبه` and `صبح امروز` (or `دیروز` and `روز گذشته`): the contact the lead told,
        # told again; but `عصر امروز` and `شامگاه امروز` are two times of one day.
        (part_a, day_a), (part_b, day_b) = self._day_and_part(when_a), self._day_and_part(when_b)
        return bool(part_a and part_b and part_a != part_b) or not (day_a <= day_b or day_b <= day_a)

    def _two_days_told(self, draft: DraftEvent) -> bool:
        """The draft's clause names two days joined by `و` before its trigger (`روز گذشته و امروز در دو دیدار
        جداگانه ...`): the separate contacts it tells fall on those days, not all on the first."""
        u = self._units
        c_start, _ = u.clauses[u.clause_of[draft.trigger.start]]
        dates = list(between(self._date_starts, self._dates, c_start, draft.trigger.start))
        return any(self._words[first[2]:second[1]] == ["و"] for first, second in zip(dates, dates[1:]))

    def _day_and_part(self, when: str) -> tuple[str | None, frozenset[str]]:
        """A date's words split into the part of the day it opens with (`صبح`, `بعد از ظهر`) and the words naming the
        day (`امروز دوشنبه` → {امروز, دوشنبه})."""
        part = next((p for p in self.date_rules.day_parts if when == p or when.startswith(p + " ")), None)
        rest = when[len(part):].strip() if part else when
        days = self.date_rules.relative_days  # (`دیروز` and `روز گذشته` name one day)
        whole = days.get(rest) or days.get("روز " + rest)
        if whole is not None:
            return part, frozenset({whole[0]})
        return part, frozenset(days[w][0] if w in days else w for w in rest.removeprefix("روز ").split())

    def _clause_date_text(self, trigger: Span) -> str | None:
        """The words of the first date expression in the trigger's own clause (outside relative clauses), if any."""
        if trigger.start in self._clause_dates:
            return self._clause_dates[trigger.start]
        u = self._units
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        relative = self._relative_of(trigger, u)
        found = None
        said = self._said_after_the_one_met(trigger, c_end)
        reported = self._report_start(c_start, trigger.start)  # (`امروز گفت که روز گذشته با X ...`: when
        # he spoke is not when the contact was)
        for _mention, start, end in between(self._date_starts, self._dates, reported, c_end if said is None else said):
            if start not in relative and not any(self._after_before_or_after(k, c_start)
                                                 and "،" not in self._words[k:start]
                                                 and not (self._words[k] in ("این", "آن")
                                                          and self._words[k + 1] in ("نیز", "هم", "،"))
                                                 for k in range(max(c_start, start - 3), start + 1)):
                # (`که شامگاه یکشنبه ... سفر کرده است،` dates the arrival, not the meeting; `پس از مراسم تحلیف روز
                # دوشنبه` the ceremony it followed, but `پیش از آن، روز دوشنبه` and `پیش از این نیز روز دوشنبه` (before
                # this) the contact itself)
                found = " ".join(self._words[start:end])
                self._clause_date_mentions[trigger.start] = _mention
                break
        self._clause_dates[trigger.start] = found
        return found

    def _own_place(self, trigger: Span) -> LocationMention | None:
        """The city a contact's own words put it in: the last `در X` or `وارد X` between the previous trigger of its
        clause and its end (`دیروز در لاپاز با A دیدار کرد و امروز در کاراکاس با B ملاقات کرد`)."""
        if trigger.start in self._own_places:
            return self._own_places[trigger.start]
        found = None
        by_sentence = self._locations_by_sentence
        if by_sentence is not None:
            u = self._units
            low = u.clauses[u.clause_of[trigger.start]][0]
            k = bisect_left(self._trigger_starts, trigger.start)
            if k:
                low = max(low, self._trigger_spans[k - 1].end)
            for _, loc in by_sentence.get(u.sentence_of[trigger.start], ()):
                if low <= loc.place_start < trigger.end and loc.label == "PLACE" \
                        and loc.rule in ("fa.location.in", "fa.location.arrived") \
                        and self.kb.places[loc.key].kind in ("city", "capital"):  # (a venue is inside a city)
                    found = loc
        self._own_places[trigger.start] = found
        return found

    def _is_summit(self, draft: DraftEvent) -> bool:
        """Three or more states, or a summit noun (اجلاس سران، نشست وزیران) in the draft's sentence, unless the draft
        is told on the summit's sidelines (`در حاشیه نشست سران ... با X دیدار کرد`)."""
        if len({self._side_country(s) for s in draft.sides} - {None}) >= 3 or draft.type == "multilateral_meeting":
            return True
        return self._units.sentence_of[draft.trigger.start] in self._summit_sentences \
            and not self._on_sidelines(draft.trigger)

    def _announced_fits(self, announced: DraftEvent, told: DraftEvent) -> bool:
        """Each side of an announced contact has a partner among the sides of the contact told after it: the same
        person, or one of the same country (`همتای بحرینی خود` and `شیخ خالد`), or a title of the same office and
        no country yet (`وزیر امور خارجه` and `منوچهر متکی`)."""
        free = list(told.sides)
        for side in announced.sides:
            country = self._side_country(side)
            role = self._role(side.entity) if side.entity is not None else side.mention.role
            partner = next((s for s in free if (side.entity is not None and s.entity is not None
                                                and s.entity.key == side.entity.key)
                            or (country is not None and self._side_country(s) == country
                                and (side.entity is None or s.entity is None))
                            or (s.entity is None and s.mention.kind == "title_only" and s.mention.country is None
                                and role is not None and s.mention.role == role)), None)
            if partner is None:
                return False
            free.remove(partner)
        return True

    def _side_role(self, side: Side) -> str | None:
        """The role of a side: its entity's, or its mention's when it names no one (a title only)."""
        return side.mention.role if side.entity is None else self._role(side.entity)

    def _side_country(self, side: Side) -> str | None:
        if side.country:
            return side.country
        if side.entity is not None:
            return self._country(side.entity)
        return side.mention.country

    def _merge(self, drafts: list[DraftEvent], doc: Doc, u) -> list[DraftEvent]:
        """Merge drafts of the same contact; the first main-clause trigger in text order leads.

        Body drafts go first. A headline draft (`X با A و B دیدار کرد` may sum up two meetings) then
        joins the first body event it fits, adding its trigger but no people; it stands alone only
        when the body reported nothing.
        """
        self._keys_memo = {}
        try:
            return self._merge_drafts(drafts, doc, u)
        finally:
            self._keys_memo = None

    def _keys(self, draft: DraftEvent) -> set[str]:
        """`draft.entity_keys()`, read again during the merge only when the draft's sides have changed (the merge
        compares each draft with up to MERGE_WINDOW events, and on a long text thousands of times). The set is
        shared: callers only read it."""
        memo = self._keys_memo
        if memo is None:
            return draft.entity_keys()
        known = memo.get(id(draft))
        sides = draft.sides
        if known is None or known[0] is not sides or known[1] != len(sides):
            known = memo[id(draft)] = (sides, len(sides), draft.entity_keys(), draft)  # (the draft keeps its id)
        return known[2]

    def _merge_drafts(self, drafts: list[DraftEvent], doc: Doc, u) -> list[DraftEvent]:
        body = [d for d in drafts if not self._in_headline(doc, d.trigger, u)]
        headlines = [d for d in drafts if self._in_headline(doc, d.trigger, u)]
        summaries = [d for i, d in enumerate(body) if self._sums_up(d, body[i + 1:i + 1 + MERGE_WINDOW], u)]
        in_summaries = membership(summaries)
        if summaries:  # `X امروز با A و B دیدار کرد` in the lead, then each contact on its own: the lead as a headline
            body = [d for d in body if not in_summaries(d)]
            headlines = summaries + headlines
        events: list[DraftEvent] = []
        for draft in body:
            if draft.anaphoric and draft.trigger.id_ in HELD_TRIGGERS and events \
                    and events[-1].type != "multilateral_meeting" and self._on_sidelines(events[-1].trigger):
                draft.anaphoric = False  # `X در حاشیه کنفرانس ... با Y دیدار کرد. این کنفرانس ... آغاز به کار کرد`
            if draft.anaphoric and draft.trigger.id_ in HELD_TRIGGERS and events \
                    and self._chaired_by_another(draft, events[-1]):
                draft.anaphoric = False  # `A با B دیدار کرد. در نشست امروز که به ریاست C برگزار شد، D و E حضور
                # داشتند`: the session C chaired, not A and B's meeting
            if draft.anaphoric and events and self._pair_told_back(draft) and self._past_perfect(draft.trigger) \
                    and self._also_on_a_day_of_its_own(events[-1], draft):
                events.append(draft)  # `دو وزیر روز جمعه نیز ... گفت‌وگو کرده بودند`: the pair's contact of that day
                continue
            if draft.anaphoric and events and not (draft.type == "phone_call" != events[-1].type) \
                    and not ((draft.trigger.id_ == "fa.trigger.held"
                              or (self._pair_told_back(draft) and self._past_perfect(draft.trigger)))
                             and self._told_on_other_days(events[-1], draft)) \
                    and not self._committee_session_after(draft.trigger) \
                    and not self._council_session_then(draft.trigger):
                # (`این دور مشورت‌ها روز یکشنبه ... برگزار شد` after Monday's reception: the session of its own day)
                # (`دو وزیر ... تلفنی با یکدیگر گفتگو کرده بودند` after their meeting: another contact; `دو معین روز
                # سه‌شنبه ... گفتگو کرده بودند` after Wednesday's meeting: the pair's own contact of its own day)
                events[-1].follow_ups.append(draft.trigger)
                known = self._keys(events[-1])
                full = len(events[-1].sides) >= 2  # `به امضای رؤسای دو هیئت رسید` names the two a held session lacked
                events[-1].sides += [s for s in draft.sides if (s.entity is None or s.entity.key not in known)
                                     and not (full and s.rule == "fa.person.dual_subject")  # and who attended
                                     and (draft.inside_at is None or s.mention.start < draft.inside_at)]
                continue
            if events and self._council_session_then(draft.trigger):
                draft.type = "negotiation"  # `دو رئیس‌جمهور ... دیداری خصوصی داشتند و سپس ریاست نشست شورای عالی
                events.append(draft)  # همکاری راهبردی ... را بر عهده گرفتند`: the council's session, a contact apart
                continue
            nearby = events if len(events) <= MERGE_WINDOW else events[:1] + events[-MERGE_WINDOW:]
            target = next((e for e in nearby if self._compatible(e, draft)), None)
            if target is None:
                met_apart = self._met_apart_by_one(draft, nearby)
                if met_apart is not None:
                    met_apart.follow_ups.append(draft.trigger)
                    continue
                events.append(draft)
                continue
            target.triggers.append(draft.trigger)
            if draft.speech:
                target.type = "multilateral_meeting"  # (the session a speech was given at)
            if target.separate is None:
                target.separate = draft.separate  # a headline or lead trigger merged into one of the separate parts
            known = target.entity_keys()
            for side in draft.sides:
                if side.entity is not None and side.entity.key in known:
                    continue
                if side.entity is None and any(s.entity is None and s.mention.country == side.mention.country
                                               for s in target.sides):
                    continue
                target.sides.append(side)
            if (self._is_main(doc, draft.trigger, u) and not self._is_main(doc, target.trigger, u)) \
                    or self._lead_retold(target, draft) \
                    or (draft.type == "phone_call" != target.type and self._modes_mixed(target)) \
                    or (target.announced and not draft.announced) \
                    or (target.separate is not None and draft.separate is None and self._two_days_told(target)):
                # (the telling, not the announcement, dates it; a contact's own telling, not `روز گذشته و امروز در دو
                # دیدار جداگانه`)
                target.trigger, target.type = draft.trigger, draft.type  # (the call a mixed lead sums up is a call)
        for draft in headlines:
            summary = in_summaries(draft)
            candidates = (list(islice((e for e in events if any(t.start > draft.trigger.start for t in e.triggers)),
                                      MERGE_WINDOW))  # (an event told again after the summary, also one its noun led)
                          if summary else events)
            target = next((e for e in candidates if self._compatible(e, draft)), None)
            if target is None and summary:
                met = self._met_after_with(draft, u)
                covering = [next((e for e in candidates if any(self._same_person(s, x) for x in e.sides)), None)
                            for s in met]
                if None in covering:
                    events.append(draft)
                    continue
                target = covering[0] if covering else None  # each one met has a contact of his own: the summary
                # adds nothing (and one that names no one met after its `با` joins none)
            if target is not None:
                target.triggers.append(draft.trigger)
            elif not events:
                events.append(draft)
        headline = {id(d.trigger) for d in headlines}
        events.sort(key=lambda e: min([t.start for t in e.triggers if id(t) not in headline]
                                      or [t.start for t in e.triggers]))
        if any(e.type == "phone_call" and self._calls_in_the_plural(e) for e in events):
            for e in events:  # `در تماس‌های تلفنی جداگانه با ...`, then `در گفتگو با A`: that talk was one of the calls
                if e.type == "meeting" and len(e.triggers) == 1 and self._own_place(e.trigger) is None \
                        and MEETING_IN_PERSON.isdisjoint(self._words[e.trigger.start:e.trigger.end]):
                    e.type = "phone_call"
        return events

    def _session_joined_by_video(self, trigger: Span, u) -> bool:
        """`X در دومین نشست «...» که به شکل ویدئوکنفرانس برگزار شد، شرکت کرد`: a session held by video that one took
        part in is a session (held remotely), not a call."""
        return self._took_part_after(trigger, u.sentences[u.sentence_of[trigger.start]][1])

    def _took_part_after(self, trigger: Span, end: int) -> bool:
        """A `شرکت کرد` (took part) trigger after `trigger`, before `end`."""
        return any(t.id_ == "fa.trigger.took_part" for t in self._triggers_between(trigger.end, end))

    def _chaired_by_another(self, held: DraftEvent, event: DraftEvent) -> bool:
        """A session told held `به ریاست C` (or `تحت ریاست C`) right after a contact of two sides that C is not one
        of: another session (the two met on its sidelines), not that contact."""
        if event.type == "multilateral_meeting" or len(event.sides) != 2:
            return False
        known = self._keys(event)
        return any(self._words[max(0, s.mention.start - 2):s.mention.start] in (["به", "ریاست"], ["تحت", "ریاست"])
                   and s.entity is not None and s.entity.key not in known for s in held.sides)

    def _calls_in_the_plural(self, event: DraftEvent) -> bool:
        """The event's triggers tell separate calls in the plural (`در تماس‌های تلفنی جداگانه`)."""
        return any(t.label_ == "phone_call" and any(w.endswith("های") or w == "های" for w in self._words[t.start:t.end])
                   and "جداگانه" in self._words[t.start:t.end + 2] for t in event.triggers)

    def _relative_contacts(self, doc: Doc, mentions: list[PersonMention], entity_of: dict, u,
                           earlier_stops_only: bool = False) -> list[DraftEvent]:
        """`X رئیس مجلس سنا که روز دوشنبه با Y دیدار کرده بود، ... گفت`, then `در این دیدار ...`: when the article
        tells no other contact, a contact in the relative clause of a named subject, referred back to later, is
        the article's (a past perfect there is the report's frame, not an earlier time). With `earlier_stops_only`
        (the article tells other contacts), only an earlier stop of the subject's trip, dated in days and placed
        (`X که دیروز در ابوظبی با Y گفتگو کرده بود، امروز وارد مسقط شد`), is one."""
        found = []
        for trigger in self._trigger_spans:
            if not trigger.kb_id_.startswith("strong") or trigger.start in self._quotes:
                continue
            c_start, c_end = u.clauses[u.clause_of[trigger.start]]
            relative = relative_clause_tokens(doc, c_start, c_end, self.relative_markers)
            if trigger.start not in relative:
                continue
            marker = next(k for k in range(trigger.start - 1, c_start - 1, -1)
                          if self._words[k] in self.relative_markers)
            with_at = next((k for k in range(marker + 1, trigger.start) if self._words[k] == "با"), None)
            subject = next((m for m in backwards(mentions, bisect_left(self._mention_starts, marker))
                            if m.kind == "name" and entity_of.get(id(m)) is not None), None)
            if with_at is None or subject is None \
                    or max(subject.end, subject.title.end if subject.title else 0) != marker:
                continue
            close = max(relative & set(range(marker, c_end)))
            if earlier_stops_only:
                if not self._earlier_stop(marker, trigger.start):
                    continue
            elif not any(self._words[k] == "این" and self._words[k + 1] in self.kb.event_nouns
                         for k in range(close, len(self._words) - 1)):
                continue
            sides = [Side(entity_of[id(subject)], subject, rule="fa.person.relative_clause_subject")]
            for m in between(self._mention_starts, mentions, with_at + 1, trigger.start):
                entity = entity_of.get(id(m))
                if entity is not None and entity.key != sides[0].entity.key:
                    sides.append(Side(entity, m, rule=m.rule))
                elif entity is None and m.kind == "title_only":
                    sides.append(Side(None, m, role=m.role, country=m.country, rule=m.rule))
            if len(sides) < 2:
                continue
            draft = DraftEvent(trigger.label_, trigger, [trigger], sides, contact_clause=(marker, close + 1))
            draft.status = self._read_status(doc, marker, trigger.end)
            draft.trace["status"] = "fa.status.relative_clause_referred_back"
            found.append(draft)
        return found

    def _earlier_stop(self, start: int, end: int) -> bool:
        """Between `start` and `end`: a date told in days (`دیروز`, `روز دوشنبه`; not `ماه گذشته`) and `در` a city
        (`که دیروز در ابوظبی با ...`) or the arrival (`در بدو ورود`)."""
        dated = any(mention.kind in ("relative_day", "weekday")
                    for mention, _s, _e in between(self._date_starts, self._dates, start, end))
        placed = any(self._words[k] == "در" and any(span.label_ == "PLACE" and span.start == k + 1
                                                    for span in self._structure_at(k + 1))
                     for k in range(start, end - 1))
        placed = placed or any(self._words[k] == "بدو" and self._words[k + 1] == "ورود" for k in range(start, end - 1))
        # (`که روز گذشته در بدو ورود به عشق‌آباد با X دیدار کرده بود`: on his arrival, before today's talks)
        return dated and placed

    def _met_after_with(self, draft: DraftEvent, u) -> list[Side]:
        """The sides named after the draft's `با` (not those only present): whom its subject met."""
        c_start, _ = u.clauses[u.clause_of[draft.trigger.start]]
        with_at = next((i for i in range(draft.trigger.start - 1, c_start - 1, -1) if self._words[i] == "با"), None)
        if with_at is None or draft.separate is not None:
            return []
        if self._words[with_at + 1] in ("حضور", "شرکت", "مشارکت", "اشتراک", "سخنان", "سخنرانی", "ریاست"):
            return []  # `در نشستی که با حضور X و Y برگزار شد`: who was present, not whom the subject met (`این نشست
            # با سخنان X و Y آغاز شد`: who spoke at its opening; `این نشست با ریاست مشترک X و Y برگزار گردید`: who
            # chaired it)
        return [s for s in draft.sides
                if with_at < s.mention.start < draft.trigger.start and not s.rule.endswith("+present")]

    def _same_person(self, a: Side, b: Side) -> bool:
        """Two sides are one person: one entity, or a title (office and country) the other holds."""
        if a.entity is not None and b.entity is not None:
            return a.entity.key == b.entity.key
        titled, other = (a, b) if a.entity is None else (b, a)
        role, country = titled.role or titled.mention.role, titled.country or titled.mention.country
        if role is None or country is None:
            return False
        if other.entity is None:  # (`رئیس ولایت سغد` and `رئیس شهر اسفره`: two offices of one country, two people)
            return (other.role or other.mention.role, other.country or other.mention.country) == (role, country) \
                and not self._offices_apart(titled.mention, other.mention)
        return self._role(other.entity) == role and self._side_country(other) == country \
            and (titled.mention.title is None or not self._bare_office_apart(titled.mention.title, other.entity))
        # (`فرمانده این نیرو` is not `X فرمانده نیروهای دفاعی تانزانیا`: a second meeting, not the first told again)

    def _sums_up(self, draft: DraftEvent, following: list[DraftEvent], u) -> bool:
        """The draft meets two or more people after its `با` (`با محمدجواد ظریف و حسن روحانی دیدار کرد`, `با رئیس‌جمهور
        و وزیر امور خارجه آذربایجان`), and a contact told in a later sentence (among the `following` drafts) has
        one of them without the others: the draft sums up separate contacts."""
        met = self._met_after_with(draft, u)
        sentence = u.sentence_of[draft.trigger.start]
        count = self._counted_counterparts(draft, u)
        if count and draft.type != "multilateral_meeting":  # `با دو تن از فرماندهان ... دیدار کرد`, each told after
            return sum(1 for d in following if d.status == draft.status and u.sentence_of[d.trigger.start] > sentence
                       and d.sides) >= count
        if len(met) == 1 and draft.type != "multilateral_meeting" and self._told_separately(draft, u):
            # `جداگانه با رؤسای هر دو جرگه و رئیس‌جمهور دیدار کرد`: the only one named has a contact told later
            return any(d.status == draft.status and u.sentence_of[d.trigger.start] > sentence and not d.anaphoric
                       and any(self._same_person(met[0], x) for x in d.sides) for d in following)
        if len(met) < 2 or draft.type == "multilateral_meeting" or self._multilateral_marker(draft.trigger, u):
            return False  # `نشستی سه‌جانبه با X و Y برگزار کرد`: one meeting of three
        for d in following:
            if d.status != draft.status or u.sentence_of[d.trigger.start] <= sentence or d.anaphoric:
                continue  # (`در این نشست ... گفت‌وگو شد` tells more of the contact just told, not one of its parts)
            matched = [s for s in met if any(self._same_person(s, x) for x in d.sides)]
            if len(matched) == 1 and any(not any(self._same_person(x, s) for s in met) for x in d.sides):
                return True
        return False

    def _told_separately(self, draft: DraftEvent, u) -> bool:
        """`جداگانه` (not `دیداری جداگانه` / `جداگانه‌ای`: one contact apart) in the clause before the trigger: the
        contact stands for several, one per person met."""
        c_start, _ = u.clauses[u.clause_of[draft.trigger.start]]
        words = self._words
        return any(words[k] == "جداگانه" and words[k + 1] != "ای" and not self._indefinite_event_noun(words[k - 1])
                   for k in range(max(c_start, 1), draft.trigger.start))

    def _indefinite_event_noun(self, word: str) -> bool:
        """`دیداری`, `تماسی` (`در دیداری جداگانه`): one contact, the indefinite form of an event noun."""
        return word.endswith("ی") and (word in self.kb.event_nouns or word[:-1] in self.kb.event_nouns)

    def _counted_counterparts(self, draft: DraftEvent, u) -> int | None:
        """`با دو تن از فرماندهان ... دیدار کرد`: how many people the contact's `با` counts (None when it names
        them); `با چند تن از همتایان خود` counts at least two."""
        c_start, _ = u.clauses[u.clause_of[draft.trigger.start]]
        words = self._words
        return next((COUNTED_PEOPLE[words[k + 1]] for k in range(c_start, draft.trigger.start - 3)
                     if words[k] == "با" and words[k + 1] in COUNTED_PEOPLE and words[k + 2:k + 4] == ["تن", "از"]),
                    None)

    def _in_headline(self, doc: Doc, trigger: Span, u) -> bool:
        """Is the trigger in a title line: a short line before the body, without a full stop?"""
        s_start, s_end = u.sentences[u.sentence_of[trigger.start]]
        line = self._words[s_start:s_end]
        body_started = self._body_start < s_start
        return not body_started and len(line) <= 25 and not any(w in (".", "؟") for w in line)

    def _is_main(self, doc: Doc, trigger: Span, u) -> bool:
        c_start, _ = u.clauses[u.clause_of[trigger.start]]
        return trigger.start not in relative_clause_tokens(doc, c_start, trigger.end, self.relative_markers)

    def _resolve_counterparts(self, event: DraftEvent, entities: list[Entity]) -> None:
        """`همتای روسی خود` becomes the named Russian with the same office, or a title-only side."""
        named_roles = [role for s in event.sides if s.entity is not None  # from a title, else the register
                       for role in [self._role(s.entity)] if role] or [
            s.mention.role for s in event.sides if s.entity is None and s.mention.kind == "title_only"
            and s.mention.role]  # (`وزیر امور خارجه کشورمان ... با همتای قزاق خود`: the office of a side known by title)
        keys = event.entity_keys()
        resolved: list[Side] = []
        for side in event.sides:
            if side.rule == "fa.person.summoning_ministry" and any(
                    s.entity is not None and self._side_country(s) == side.country
                    and self._role(s.entity) != "ambassador" for s in event.sides):
                continue  # `سفیر پاکستان به این وزارت فراخوانده شد و متقی سرپرست وزارت خارجه با او دیدار کرد`: the
                # ministry's official who met him is named; the ministry is no one more (not another envoy of
                # that country, the summons of each other's ambassadors: `وزارت خارجه انگلیس نیز سفیر کشورمان را
                # فراخواند` after `سفیر انگلیس احضار شد`)
            if side.entity is None and side.mention.kind == "delegation":
                pick = self._delegation_head(side, event, entities, keys)
                if pick is not None:
                    if pick.key not in keys:
                        pick.mentions.append(side.mention)
                        resolved.append(Side(pick, side.mention, rule="fa.person.delegation+resolved"))
                        keys.add(pick.key)
                elif not any(self._state_of(s) == side.mention.country for s in event.sides if s is not side):
                    head = self._titled_head_of_delegation(side.mention)
                    if head is not None:  # `معاون وزیر دفاع ... که در رأس هیئتی ... سفر کرده است`, then `هیئت ایرانی`
                        resolved.append(Side(None, head, role=head.role, country=side.mention.country,
                                             rule="fa.person.delegation+titled_head"))
                    else:
                        resolved.append(Side(None, side.mention, country=side.mention.country,
                                             rule="fa.person.delegation"))
                else:
                    head = self._titled_head_of_delegation(side.mention)
                    if head is not None and not any(
                            self._state_of(s) == side.mention.country and (s.entity is not None or s.mention is head
                                                                           or s.mention.role == head.role)
                            for s in event.sides if s is not side):
                        # `با هیئت نظامی عراق که به ریاست معاون رئیس ستاد ... این کشور ... سفر کرده است ... دیدار کرد.
                        # وابسته دفاعی سفارت عراق نیز در این دیدار حضور داشت`: the delegation's head, besides one of
                        # his state present (of another office)
                        resolved.append(Side(None, head, role=head.role, country=side.mention.country,
                                             rule="fa.person.delegation+titled_head"))
                continue
            if side.entity is not None and side.entity.best("role") is None and named_roles \
                    and any("apposed_counterpart" in m.extra for m in side.entity.mentions):
                others = [s.entity.best("role") for s in event.sides if s.entity is not side.entity
                          and s.entity is not None and s.entity.best("role")]
                side.role = others[0] if others else None
            if side.rule == "fa.person.summoning_ministry":
                side.role = self._summoning_office_told(event, side, entities) or side.role
            if side.entity is not None or side.mention.kind not in ("counterpart", "title_only") \
                    or side.rule == "fa.person.summoning_ministry":  # (whoever of the ministry met him: no one named)
                resolved.append(side)
                continue
            country = side.mention.country
            role = side.mention.role or (named_roles[0] if named_roles and not side.mention.extra.get("guest") else None)
            office = side.mention.role or (role if side.mention.kind == "counterpart" else None)
            guest = bool(side.mention.extra.get("guest"))
            present = [s.entity for s in event.sides if s.entity is not None and country is not None
                       and self._country(s.entity) == country
                       and not (guest and any(r in (s.rule or "") for r in ATTENDEE_RULES))
                       # (`مهمان آمریکایی ... گفتگو کرد`, `که سفیر ایالات متحده نیز حضور داشت`: the guest is not the
                       # ambassador who sat in)
                       and (office is None or self._role(s.entity) in (None, office)
                            or self._role(s.entity) in NARROWER_ROLES.get(office, ()))
                       and not self._holds_an_office_apart(side.mention, s.entity)
                       and not self._also_present_apart(side, s.entity)]
            # (`همتای تاجیک خود` holds the other side's office: not the Tajik chief of staff also present)
            sentence = self._units.sentence_of[side.mention.start]
            bare = [s.entity for s in event.sides if s.entity is not None and self._role(s.entity) is None
                    and self._country(s.entity) is None
                    and all(self._units.sentence_of[m.start] != sentence for m in s.entity.mentions)]
            if not present and side.mention.kind == "title_only" and len(bare) == 1 \
                    and not self._also_present_apart(side, bare[0]):
                present = bare  # `در دیدار با رئیس سرویس ... روسیه` ... `با دیمیتری شوگایف`: one person
            if not present and side.mention.kind == "title_only" and country is None and side.mention.role:
                present = [s.entity for s in event.sides if s.entity is not None  # `نماینده ویژه اتحادیه اروپا`
                           and self._role(s.entity) == side.mention.role
                           and not (side.mention.title is not None and side.mention.title.org
                                    and self._holds_an_office_apart(side.mention, s.entity))][:1]
                # (not `رئیس دفتر برنامه جهانی غذا` for a state's official present: an international body's office)
            if present:
                present[0].mentions.append(side.mention)
                continue
            candidates = (e for e in self._entities_of_country(entities, country) if e.key not in keys
                          and not e.is_reporter and (country is None or self._country(e) == country)
                          and not self._former(e) and not self._only_served(e) and not self._only_a_sender(e))
            first, count, same_role = None, 0, None  # (the candidates are read up to the first of the same role)
            for e in candidates:
                first, count = e if first is None else first, count + 1
                if self._role(e) == role and (country is not None or role != "official") \
                        and not self._commands_another_unit(side.mention, e) \
                        and not (side.mention.kind == "title_only"
                                 and (self._holds_another_fixed_office(side.mention, e)
                                      or self._holds_an_office_apart(side.mention, e))):
                    # (any office, any country; not the speaker of the other house, nor the governor for the
                    # provincial council's chair)
                    same_role = e
                    break
            unique_country = count == 1 and country is not None and first.best("role") is None \
                and (side.mention.kind != "title_only" or role is None
                     or self._role(first) in (None, role))  # (the head of a ministry's office is not Putin)
            pick = same_role if same_role is not None else (
                first if first is not None and country is not None
                and ((side.mention.kind == "counterpart" and self._may_be_counterpart(side.mention, first, role))
                     or unique_country)
                else None)
            if pick is not None:
                pick.mentions.append(side.mention)
                resolved.append(Side(pick, side.mention, rule=side.mention.rule + "+resolved"))
                keys.add(pick.key)
            elif not any(s.entity is None and s.country == country and s.role == role
                         and self._org_of(s.mention) == self._org_of(side.mention)
                         and (side.mention.country_rule != "fa.country.delegation_member"
                              or self._title_id(s.mention) == self._title_id(side.mention))
                         and not self._offices_apart(s.mention, side.mention) for s in resolved):
                # (two bodies' officials of one role are two people: `با نماینده کمیشنری عالی ... و رئیس دفتر سازمان
                # بین‌المللی مهاجرت`; so are two offices in a delegation's list: `فرمانده ناوگروه، فرمانده ناوچه ...`,
                # and two offices of one country said to attend: `والی بدخشان و ولسوال اشکاشم نیز حضور داشتند`)
                resolved.append(Side(None, side.mention, role=role, country=country, rule=side.mention.rule))
        event.sides = resolved

    def _may_be_counterpart(self, m: PersonMention, entity: Entity, role: str | None) -> bool:
        """`با همتای ازبکستانی خود` of a minister is not the Uzbek president's envoy named later: one named with another
        office than the side's is no counterpart (ministers of any portfolio may be, the side's being told loosely).
        (But `همتای ترک میرکاظمی` is the counterpart of the one named after it, whatever the side's office.)"""
        if m.end < len(self._words) and self._names_someone_told(m.end):
            return True
        held = self._role(entity)
        if role is None or held is None or held == role or held in NARROWER_ROLES.get(role, ()):
            return True
        return role.endswith("minister") and held.endswith("minister") and "deputy" not in role + held

    def _names_someone_told(self, i: int) -> bool:
        """Token `i` starts a name mention, the last word of a name told before it (`میرکاظمی`), or that whole name
        again (`مسعود میرکاظمی`, not kept as a mention of its own after the counterpart phrase)."""
        k = bisect_left(self._mention_starts, i)
        if k < len(self._mention_starts) and self._mention_starts[k] == i:
            return True
        for p in self._word_index.get(self._words[i], ()):
            if p >= i:
                break
            j = bisect_right(self._mention_starts, p) - 1
            if j < 0 or self._mentions[j].kind != "name":
                continue
            told = self._mentions[j]
            if told.end == p + 1:
                return True
            width = told.end - told.start
            if told.start == p and self._words[i:i + width] == self._words[p:p + width]:
                return True
        return False

    @staticmethod
    def _org_of(m: PersonMention) -> str | None:
        """The international body a mention's title is an office of, if any."""
        return m.title.org if m.title is not None else None

    def _commands_another_unit(self, m: PersonMention, entity: Entity) -> bool:
        """`فرمانده ناوگروه ایرانی` is not `دریادار X فرمانده نیروی دریایی ارتش`: a commander known by title is not a
        named commander whose title is of another unit."""
        if m.kind != "title_only" or m.role != "military_commander" or m.title is None or m.title.title_id is None:
            return False
        titles = self._titles_of(entity) - {None}
        return bool(titles) and m.title.title_id not in titles

    def _only_served(self, entity: Entity) -> bool:
        """Named only as whom an envoy or adviser serves (`فرستاده ویژه پوتین`): not a counterpart anyone met."""
        words = self._words
        return all(m.start > 1 and (words[m.start - 1] in SERVING_HEADS
                                    or (words[m.start - 1] == "ویژه" and words[m.start - 2] in SERVING_HEADS))
                   for m in entity.mentions)

    def _entities_of_country(self, entities: list[Entity], country: str | None) -> Iterable[Entity]:
        """The entities that may be of `country`, in article order: those of it when first indexed, and those of no
        country then (they may have gained one since). Long articles have thousands of entities (read lazily: the
        caller stops at the first that fits)."""
        if country is None:
            return entities
        index = self._country_index
        if index is None or index[0] is not entities:
            by_country: dict[str | None, list[int]] = {}
            for k, e in enumerate(entities):
                by_country.setdefault(self._country(e), []).append(k)
            index = self._country_index = (entities, by_country)
        by_country = index[1]
        return (entities[k] for k in merge(by_country.get(country, []), by_country.get(None, [])))

    def _former(self, entity: Entity) -> bool:
        """`رابرت موگابه، رئیس‌جمهور وقت این کشور`: someone named as a former holder of the office."""
        known = self._former_of.get(id(entity))
        if known is None or known[0] != len(entity.mentions):
            former = any(m.title is not None and not FORMER_WORDS.isdisjoint(self._words[m.title.start:m.title.end + 1])
                         for m in entity.mentions)
            known = self._former_of[id(entity)] = (len(entity.mentions), former)
        return known[1]

    def _state_of(self, side: Side) -> str | None:
        """The state a side acts for: none for an official of an international body (Ashton is no British delegate)."""
        if side.entity is not None and (self._serves_a_body(side.entity) or self._office_at_a_body(side.entity)):
            return None
        return self._side_country(side)

    def _office_at_a_body(self, entity: Entity) -> bool:
        """The register's office of the person on the publication day is at an international organisation
        (Stoltenberg in 2017 is NATO's, not Norway's)."""
        official = self.kb.officials.get(entity.official_id) if entity.official_id else None
        if official is None or self._published is None:
            return False
        office = official.office_on(self._published.isoformat())
        return office is not None and office.org is not None

    def _serves_a_body(self, entity: Entity) -> bool:
        """Every office the register gives the person is at an international organisation (Helga Schmid of the EU's
        service is no German delegation's head)."""
        official = self.kb.officials.get(entity.official_id) if entity.official_id else None
        return official is not None and bool(official.offices) and all(o.org for o in official.offices)

    def _titled_head_of_delegation(self, delegation: PersonMention) -> PersonMention | None:
        """The person known only by title who leads a delegation of the same country, told before it (`X که در رأس
        هیئتی ... سفر کرده است`, `هیئتی به ریاست X`): whom `هیئت ایرانی` stands for."""
        words = self._words
        for m in between(self._mention_starts, self._mentions, delegation.end, delegation.end + 4):
            if m.kind == "title_only" and m.role and m.country == delegation.country \
                    and words[m.start - 1] in DELEGATION_HEAD and words[m.start - 2] == "به":
                return m  # `هیئتی از دانشکده دفاع ملی عراق به سرپرستی رئیس این دانشکده`: the head told right after it
        low = bisect_left(self._mention_starts, delegation.start - 400)  # (told in the article's last few paragraphs)
        for m in reversed(self._mentions[low:bisect_left(self._mention_starts, delegation.start)]):
            if m.kind != "title_only" or not m.role or m.country != delegation.country:
                continue
            after = words[m.end:m.end + 4]
            before = words[max(0, m.start - 5):m.start]
            if ("راس" in after and not ANY_DELEGATION_WORDS.isdisjoint(after)) \
                    or (m.start >= 2 and words[m.start - 1] in DELEGATION_HEAD and words[m.start - 2] == "به"):
                return m
            if not DELEGATION_WORDS.isdisjoint(before) and (
                    (before[-1:] == ["را"] and "رهبری" in words[m.end:m.end + 6]) or before[-4:-2] == ["در", "راس"]):
                return m  # `هیئت ازبکستان را معین وزارت منابع آب رهبری می‌کند`, `در راس هیئت افغانستان معین آب ...`
        return None

    def _delegation_head(self, side: Side, event: DraftEvent, entities: list[Entity], keys: set[str]) -> Entity | None:
        """Who `هیئت ازبکستان` stands for: a side of that country already in the event, else the person of that
        country named before as a delegation's head (`به سرپرستی X`, `در رأس`), else the first person of that country
        named. `هیئت سازمان ملل` stands for a person with a title of that organisation."""
        country, org = side.mention.country, side.mention.extra.get("org")

        def of_delegation(e: Entity) -> bool:  # of its country, or (`هیئت سازمان ملل`) with a title of its body
            if org is not None:
                return any(m.title is not None and m.title.org == org for m in e.mentions)
            return self._country(e) == country and not self._serves_a_body(e)

        present = [s.entity for s in event.sides if s.entity is not None and of_delegation(s.entity)]
        if present:
            return present[0]
        earlier = (e for e in entities if e.key not in keys and not e.is_reporter and of_delegation(e)
                   and min(m.start for m in e.mentions) < side.mention.start)
        first = None  # (read up to the first head: thousands of entities in a long text)
        for e in earlier:
            if any(m.start > 0 and self._words[m.start - 1] in DELEGATION_HEAD for m in e.mentions):
                return e
            first = e if first is None else first
        return first

    def _resolve_type(self, event: DraftEvent, doc: Doc | None = None, u=None) -> None:
        """Three or more states make a multilateral meeting; a joint commission or a round of talks in the
        event's sentences makes a negotiation (calls stay calls). (An official of an international body is no state.)"""
        countries = {self._state_of(s) for s in event.sides if not self._is_mediator(s)} - {None}
        if event.type == "visit" and doc is not None and len(event.sides) >= 2 and any(
                t.label_ == "meeting" and t.kb_id_.startswith("strong") for t in event.triggers) \
                and event.trigger.start in self._relative_of(event.trigger, u):
            # an arrival told in passing (`X که صبح امروز وارد بغداد شد، با Y دیدار کرد`) frames the meeting,
            # which is the event; an arrival told as the news itself stays a visit
            event.type = "meeting"
            event.trace["type"] = "fa.type.arrival_in_passing"
        if event.type == "meeting" and event.sides and all(s.rule == "fa.person.unnamed_delegation" for s in event.sides):
            event.type = "negotiation"  # `هیئت‌های فنی دو وزارتخانه ... گفت‌وگو کردند`: delegations' talks, no one named
            event.trace["type"] = "fa.type.delegations_talked"
        if event.type == "meeting" and u is not None and any(t.id_ in NEGOTIATED_TRIGGERS for t in event.triggers):
            c_start = u.clauses[u.clause_of[event.trigger.start]][0]
            words = self._words
            if any(words[k].startswith("هیئت") and (k == c_start or words[k - 1] in ("دو", "،", "و"))
                   for k in range(c_start, event.trigger.start)):
                event.type = "negotiation"  # `هیئت‌های دو کشور مذاکره کردند`: delegations' talks; ministers' are a meeting
                event.trace["type"] = "fa.type.delegations_negotiated"
        if event.type == "meeting" and u is not None and self._delegations_talked(event.trigger, u):
            event.type = "negotiation"  # `هیئت‌های روسیه و آمریکا ... گفت‌وگو کردند`: two states' delegations' talks
            event.trace["type"] = "fa.type.delegations_of_two_talked"
        if event.type == "meeting" and u is not None and self._two_led_delegations(event.trigger, u):
            event.type = "negotiation"  # `هیئتی ... به ریاست X با هیئتی ... به ریاست Y دیدار کرد`: delegations' talks
            event.trace["type"] = "fa.type.two_led_delegations"
        summit_noun = u is not None and u.sentence_of[event.trigger.start] in self._summit_sentences
        if event.type == "meeting" and summit_noun and (event.trigger.id_ in HELD_TRIGGERS or (
                len(countries) != 2 and not self._state_meets_a_body(event, countries))):
            event.type = "multilateral_meeting"  # اجلاس سران ... برگزار شد: a summit, however few are named
            event.trace["type"] = "fa.type.summit"
        if len(countries) >= 3 and event.type == "meeting":
            event.type = "multilateral_meeting"
        elif event.type == "meeting" and len({self._side_country(s) for s in event.sides} - {None}) >= 3 \
                and self._trilateral_told():
            event.type = "multilateral_meeting"  # `نشست سه‌جانبه آنتالیا`: a mediator at the table makes it three-sided
            event.trace["type"] = "fa.type.three_sided_with_mediator"
        if event.type == "meeting" and u is not None and len(countries) < 3 and self._session_of_a_group(event, u):
            event.type = "multilateral_meeting"  # `سومین نشست نمایندگان ویژه کشورها ... آغاز شد`
            event.trace["type"] = "fa.type.session_of_a_group"
        if event.type == "meeting" and u is not None and len(countries) < 3 and self._received_a_group(event, u):
            event.type = "multilateral_meeting"  # `وزیران خارجه چین، روسیه و قرقیزستان را به حضور پذیرفت`
            event.trace["type"] = "fa.type.received_a_group_of_states"
        if doc is not None and event.type == "multilateral_meeting" and len(countries) >= 3 \
                and self._round_of_talks_told(event, u):
            event.type = "negotiation"  # `هفدهمین دور مذاکرات آستانه`: a round of talks, however many states sit at it
            event.trace["type"] = "fa.type.round_of_several"
        if doc is not None and event.type in ("meeting", "multilateral_meeting") and len(countries) <= 2 \
                and not self._call_on_a_senior(event):  # (`سفیر ... با وزیر خارجه ... درباره کمیسیون مشترک گفت‌وگو کرد`)
            # (a round and a meeting a semicolon keeps apart are two things told:
            # `دور جدید رایزنی‌ها ...؛ X با Y دیدار کرد`)
            if any("؛" not in self._words[min(cue, t.start):max(cue, t.start)]
                   and not self._cue_in_a_relative_clause(cue, t, u) and not self._sides_spoke_of(event, cue)
                   for t in event.triggers for cue in self._negotiation_sentences.get(u.sentence_of[t.start], ())):
                event.type = "negotiation"
                event.trace["type"] = "fa.type.negotiation_cue"
        if event.type == "negotiation" and self._leaders_only(event) \
                and not any(t.id_ in FORMAL_TALKS for t in event.triggers) and not self._format_named_before(event, u):
            event.type = "meeting"  # `مذاکرات سران دو کشور`: leaders' talks are a meeting, not a negotiation round
            event.trace["type"] = "fa.type.leaders_talks"
        if event.type == "negotiation" and u is not None and self._multilateral_marker(event.trigger, u):
            event.type = "multilateral_meeting"  # `پنجمین دور گفت‌وگوهای سه‌جانبه وزیران خارجه`: several states
            event.trace["type"] = "fa.type.multilateral_round"

    def _sides_spoke_of(self, event: DraftEvent, cue: int) -> bool:
        """The round or commission comes after the contact, in a clause the two sides open (`X با Y دیدار کرد و دو طرف
        بر فعال شدن کمیسیون مشترک تأکید کردند`): what they spoke of, not what the contact was."""
        words = self._words
        first = min(t.end for t in event.triggers)
        return cue > first and any(words[k] == "و" and (words[k + 1] in SIDES_TOGETHER or (
            words[k + 1] == "دو" and words[k + 2] == "طرف")) for k in range(first, cue - 1))

    def _session_of_a_group(self, event: DraftEvent, u) -> bool:
        """A session held whose noun is of a plural group (`سومین نشست نمایندگان ویژه کشورها در امور افغانستان ... آغاز
        شد`, `نشست شورای وزیران دفاع ائتلاف ... برگزار شد`): a meeting of many, unless two states are all it names
        (`نشست نمایندگان ایران و عراق`, `نشست وزیران دو کشور`)."""
        if event.trigger.id_ not in HELD_TRIGGERS:
            return False
        c_start = u.clauses[u.clause_of[event.trigger.start]][0]
        words = self._words
        for k in range(c_start, event.trigger.start - 1):
            if words[k] not in SESSION_NOUNS:
                continue
            g = k + 2 if words[k + 1] == "شورای" else k + 1
            if g >= event.trigger.start or words[g] not in GROUP_HEADS:
                continue
            after = words[g + 1:min(g + 8, event.trigger.start)]
            if "دو" in after:
                return False
            named = {span.kb_id_.split("|")[0] for j in range(g + 1, min(g + 8, event.trigger.start))
                     for span in self._structure_at(j) if span.label_ == "COUNTRY"}
            return len(named) != 2
        return False

    def _received_a_group(self, event: DraftEvent, u) -> bool:
        """Before the trigger in its clause, a plural group received (closed by `را`) of several states' officials
        (`وزرای دفاع ترکیه و گرجستان`: two or more countries named, three states with the sides') or of a session's
        participants (`سران هیئت‌های اشتراک‌کننده در نشست`): with whoever receives them, three or more parties, however
        few of them the text names."""
        c_start = u.clauses[u.clause_of[event.trigger.start]][0]
        words = self._words
        for k in range(c_start, event.trigger.start):
            if words[k] not in GROUP_HEADS or words[k - 1] in ("مجلس", "خانه", "شورای", "کنگره"):
                continue  # (`رئیس مجلس نمایندگان بلاروس`: a title, no group)
            if "جداگانه" in words[c_start:event.trigger.start]:
                return False  # `در دو دیدار جداگانه ... را به حضور پذیرفت`: each on his own
            end = next((j for j in range(k + 1, min(k + 24, event.trigger.start)) if words[j] == "را"), None)
            if end is None:
                continue  # (the group received, not the subject: `وزیران دفاع ایران و چین دیدار کردند` is two states)
            if any(words[j] == "کننده" and words[j - 1] in ("شرکت", "اشتراک") and words[j + 1] == "در"
                   for j in range(k + 2, end - 1)):
                return True
            named = {span.kb_id_.split("|")[0] for j in range(k + 1, end) for span in self._structure_at(j)
                     if span.label_ == "COUNTRY"}
            if len(named) >= 2 and len(named | {self._state_of(s) for s in event.sides} - {None}) >= 3:
                return True
        return False

    def _cue_in_a_relative_clause(self, cue: int, trigger: Span, u) -> bool:
        """The round or commission is told in a relative clause the trigger is not in (`X که برای برگزاری دور جدید
        رایزنی‌های سیاسی به وین سفر کرده است، امروز با Y دیدار کرد`, `X که ریاست هیئت ایران در دور چهاردهم مذاکرات را بر
        عهده دارد، با Y دیدار کرد`): why someone came or who he is, not what the meeting was."""
        if trigger.id_ in ATTENDANCE_TRIGGERS:
            return False  # `X در نخستین نشست گفتگوهای صلح ... که دیروز برگزار شد، حضور داشت`: the session attended
        relative = self._relative_of(trigger, u)
        return cue in relative and trigger.start not in relative

    def _state_meets_a_body(self, event: DraftEvent, countries: set[str]) -> bool:
        """Two sides, one state's and one international body's official (`X ... با راسموسن دبیرکل ناتو دیدار کرد`):
        a meeting of two parties, though the summit that brought them is told in its sentence."""
        return len(event.sides) == 2 and len(countries) == 1 and any(
            s.entity is not None and self._state_of(s) is None and self._side_country(s) != next(iter(countries))
            and (self._serves_a_body(s.entity) or self._office_at_a_body(s.entity)) for s in event.sides)

    def _delegations_talked(self, trigger: Span, u) -> bool:
        """The clause's subject is the delegations of two states (`هیئت‌های روسیه و آمریکا`, `هیئت‌های دو کشور`) and its
        verb is talks or a meeting (`گفت‌وگو کردند`, `با یکدیگر دیدار کردند`): the delegations' talks."""
        c_start = u.clauses[u.clause_of[trigger.start]][0]
        words = self._words
        if trigger.id_ in HELD_TRIGGERS:  # `نشست هیئت‌های حکومتی تاجیکستان و قرقیزستان ... برگزار گردید`: their session
            return any(words[k] in DELEGATION_WORDS and words[k + 1] == "های"
                       and not SESSION_NOUNS.isdisjoint(words[max(c_start, k - 2):k])
                       and self._two_states_after(k + 2, trigger.start) for k in range(c_start, trigger.start - 2))
        if trigger.id_ != "fa.trigger.meet_verb":
            return False  # (`هیئت‌های کره شمالی و کره جنوبی ... با یکدیگر دیدار کردند`: a meeting verb too)
        k = next((k for k in range(c_start, min(c_start + 6, trigger.start)) if words[k] in DELEGATION_WORDS
                  and (k == c_start or words[k - 1] in ("،", ","))), None)  # (after `به گزارش ایسنا،`)
        s_start = u.sentences[u.sentence_of[trigger.start]][0]
        if k is None:  # (after `به گزارش خبرگزاری تسنیم به نقل از یونهاپ،`, or before a comma that closes an adverbial:
            # `هیئت‌های A و B روز سه‌شنبه در ...، در ... با یکدیگر دیدار کردند`), with no verb between
            k = next((k for k in range(s_start, min(s_start + 12, trigger.start)) if words[k] in DELEGATION_WORDS
                      and (k == s_start or words[k - 1] in ("،", ","))), None)
            if k is not None and not COORDINATED_PAST_ENDINGS.isdisjoint(words[k:trigger.start]):
                k = None
        if k is None or words[k + 1:k + 2] != ["های"]:
            return False
        after = words[k + 2:k + 5]
        return after[:2] == ["دو", "کشور"] or any(s.label_ in ("COUNTRY", "DEMONYM") for s in self._structure_at(k + 2))

    def _two_led_delegations(self, trigger: Span, u) -> bool:
        """Two delegations, each with its head named (`به ریاست`, `به رهبری`, `به سرپرستی`), stand before the trigger in
        its sentence (`هیئتی از ... به رهبری X و هیئت ... به رهبری Y با یکدیگر گفت‌وگو کردند`): the two sides' talks,
        not one delegation received by a host."""
        if trigger.id_ in HELD_TRIGGERS or trigger.start in self._quotes:
            return False
        s_start, _ = u.sentences[u.sentence_of[trigger.start]]
        words = self._words
        if "؛" in words[s_start:trigger.start]:
            s_start = max(k for k in range(s_start, trigger.start) if words[k] == "؛") + 1
        delegations = [k for k in range(s_start, trigger.start)
                       if words[k] in DELEGATION_WORDS or words[k] in INDEFINITE_DELEGATIONS]
        if len(delegations) != 2 or words[delegations[0] + 1] == "های" or words[delegations[1] + 1] == "های":
            return False
        if not COORDINATED_PAST_ENDINGS.isdisjoint(words[delegations[0]:trigger.start]):
            return False  # `X نخست با هیئت A به ریاست Y دیدار کرد و سپس با هیئت B به ریاست Z گفت‌وگو کرد`: one by one
        ends = [delegations[1], trigger.start]
        return all(any(words[j] == "به" and words[j + 1] in DELEGATION_HEAD for j in range(k + 1, min(k + 10, end - 1)))
                   for k, end in zip(delegations, ends))

    def _two_states_after(self, k: int, end: int) -> bool:
        """`دو کشور`, or two countries named (within six words, before `end`), from token k."""
        words = self._words
        if words[k:k + 2] == ["دو", "کشور"]:
            return True
        return sum(1 for i in range(k, min(k + 7, end)) for span in self._structure_at(i)
                   if span.label_ in ("COUNTRY", "DEMONYM")) >= 2

    def _format_named_before(self, event: DraftEvent, u) -> bool:
        """A negotiation format named before the trigger in its sentence (`نشست شورای عالی همکاری‌ها به ریاست مشترک
        روحانی و اردوغان ... برگزار شد`): a format, whoever leads it."""
        if u is None:
            return False
        s_start, _ = u.sentences[u.sentence_of[event.trigger.start]]
        return any(t.id_ in FORMAL_TALKS for t in self._triggers_between(s_start, event.trigger.start))

    def _call_on_a_senior(self, event: DraftEvent) -> bool:
        """Sides of exactly two states, one's including a head of state or government or a foreign minister and all
        the other's delegates (`DELEGATE_ROLES`): a delegate's call on a senior host, no negotiation round (unless it is
        told as talks held: `هیئت امارت اسلامی به رهبری X با هیئت اتحادیه اروپا دور دوم گفتگوها را برگزار کرد`)."""
        if event.trigger.id_ in HELD_TRIGGERS or event.trigger.id_ in FORMAL_TALKS \
                or event.trigger.id_ == "fa.trigger.talks_began":
            return False
        roles: dict[str, set] = {}
        for side in event.sides:
            country = self._side_country(side)
            if country == "@source":
                country = self._source_country or "IR"
            if country is not None:
                roles.setdefault(country, set()).add(self._side_role(side))
        if len(roles) != 2:
            return False
        first, second = roles.values()
        return bool((first & SENIOR_HOST_ROLES and second <= DELEGATE_ROLES)
                    or (second & SENIOR_HOST_ROLES and first <= DELEGATE_ROLES))

    def _leaders_only(self, event: DraftEvent) -> bool:
        """Two or more sides, every one a named head of state or government (their talks are no negotiation round)."""
        principal = [s for s in event.sides if not s.rule.endswith(ATTENDEE_RULES)]
        return len(principal) >= 2 and all(s.entity is not None and self._role(s.entity) in LEADER_ROLES
                                           for s in principal)

    @staticmethod
    def _make_call(event: DraftEvent, rule: str) -> None:
        """Type `event` a phone call; where a caller sat is not where a call took place."""
        event.type, event.trace["type"] = "phone_call", rule
        event.location = None
        event.trace.pop("location", None)

    def _calls_by_reference(self, events: list[DraftEvent], doc: Doc, u) -> None:
        """A meeting told with a call's trigger among its body triggers (`گفت‌وگو کرد` in the lead, `گفت‌وگوی تلفنی`
        later), or followed before the next contact by `در این تماس` / `در این گفت‌وگوی تلفنی`, was a call (a
        headline may sum up a meeting and a call)."""
        starts = sorted(min(t.start for t in e.triggers) for e in events)
        strong = sorted(t.start for t in self._trigger_spans if t.kb_id_.startswith("strong"))
        headline_call = any(t.label_ == "phone_call" and self._in_headline(doc, t, u) for t in self._trigger_spans)
        for k, event in enumerate(events):
            if event.type != "meeting":
                continue
            body = [t for t in event.triggers if not self._in_headline(doc, t, u)]
            in_person = any(w in IN_PERSON_WORDS for t in body for w in self._words[t.start:t.end]
                            if t.end >= len(self._words) or self._words[t.end] not in REMOTE_MODES) \
                or (event.location is not None and event.location.rule == "fa.location.in")  # (not `نشست مجازی`)
            remote_noun = any(self._remote_session_in_clause(t, u) for t in event.triggers)
            if any(t.label_ == "phone_call" for t in body) or (
                    (k == 0 and headline_call or any(t.label_ == "phone_call" for t in event.triggers) or remote_noun)
                    and not in_person):
                # `مکالمه تلفنی X و Y` over `X در گفت‌وگو با Y ...`: a headline call and a lead that says only "talk"
                # (or a session the body calls remote: `در یک نشست ویدیویی ... شاهد امضای تفاهم‌نامه بودند`)
                self._make_call(event, "fa.type.call_trigger_merged")
                continue
            first = event.trigger.start
            sentence = u.sentence_of[first]
            k = bisect_right(strong, first)
            while k < len(strong) and u.sentence_of[strong[k]] == sentence:
                k += 1
            later = bisect_right(starts, first)
            following = min(starts[later] if later < len(starts) else len(self._words),
                            strong[k] if k < len(strong) else len(self._words))
            for i in range(first, min(following, len(self._words) - 2)):
                if self._words[i] == "در" and self._words[i + 1] == "این" \
                        and self.kb.event_nouns.get(self._words[i + 2]) == "phone_call":
                    self._make_call(event, "fa.type.call_by_reference")
                    break

    def _remote_session_in_clause(self, trigger: Span, u) -> bool:
        """`در یک کنفرانس ویدیویی ... امضا کردند`, `در این نشست مجازی`: the trigger's clause names a session held
        at a distance (a session noun, then a remote mode)."""
        c_start, c_end = u.clauses[u.clause_of[trigger.start]]
        words = self._words
        nouns = self.kb.event_nouns
        return any(words[k] in REMOTE_MODES and (words[k - 1] in nouns or words[k - 1] == "کنفرانس" or (
            words[k - 1] == "ای" and k - 2 >= c_start and words[k - 2] in nouns)) for k in range(c_start + 1, c_end))

    def _lead_negotiation(self, events: list[DraftEvent], doc: Doc, u) -> None:
        """An article whose headline or lead reports a round of talks (`نخستین دور مذاکرات ... برگزار شد`) makes its
        first in-person event of two parties (mediators aside) a negotiation."""
        if not events or events[0].type not in ("meeting", "multilateral_meeting"):
            return
        event = events[0]
        lead_end = self._lead_end(u) or u.sentences[u.sentence_of[event.trigger.start]][1]  # (no `به گزارش`: its lead)
        cues = [t for t in self._trigger_spans if t.label_ == "negotiation" and t.kb_id_.startswith("strong")
                and t.start < lead_end and u.sentence_of[t.start] in self._negotiation_sentences
                and not self._came_to_attend(t.start)]
        if not cues:  # (not talks hosted before or spoken about: `برای رایزنی درباره دور آینده گفت‌وگوهای ژنو`)
            return
        if any(other.type == "negotiation" and other.trigger.label_ == "negotiation" for other in events[1:]):
            return  # `پوتین وانگ یی را پذیرفت؛ دور هجدهم رایزنی‌ها ... برگزار شد`: the round is told as its own event
        if self._leaders_only(event) and not any(t.id_ in FORMAL_TALKS for t in cues):
            return  # `رؤسای جمهور دو کشور مذاکره کردند`: leaders' talks
        countries = {self._side_country(s) for s in event.sides if not self._is_mediator(s)} - {None}
        if self._multilateral_marker(event.trigger, u):
            event.type = "multilateral_meeting"
            event.trace["type"] = "fa.type.multilateral_round"
        elif self._call_on_a_senior(event):
            return  # `تخت‌روانچی که برای دور جدید رایزنی‌ها آمده، از سوی وزیر خارجه رومانی پذیرفته شد`: a call
        elif len(countries) <= 2 or (any(t.id_ == "fa.trigger.round_of_talks" for t in cues)
                                     and u.sentence_of[event.trigger.start] not in self._summit_sentences):
            event.type = "negotiation"  # `دور تازه گفت‌وگوهای ایران و سه کشور اروپایی`: a round, whoever sits at it
            event.trace["type"] = "fa.type.negotiation_in_lead"

    def _came_to_attend(self, position: int) -> bool:
        """`برای شرکت در سیزدهمین دور نشست آستانه به نورسلطان سفر کرده`: the round is why he came (within the eight
        words before `position`), not the contact the lead tells."""
        words = self._words[max(0, position - 8):position]
        return any(a in ("برای", "جهت") and b in ("شرکت", "حضور", "اشتراک") and c == "در"
                   for a, b, c in zip(words, words[1:], words[2:]))

    def _is_mediator(self, side: Side) -> bool:
        """A side introduced as the mediator (`با میانجی‌گری X`) is not a party: Oman's minister does not make
        Iran-US talks multilateral."""
        if self._mediated is None:  # token positions with a `میانجی...` word among the three before them
            cues = self._tokens_starting("میانجی")
            self._mediated = {i + k for i in cues for k in (1, 2, 3)}
        if not self._mediated:
            return False
        if side.entity is None:
            return side.mention.start in self._mediated
        mentions = side.entity.mentions  # read again only when mentions have been added
        count, value = self._mediator_of.get(id(side.entity), (-1, False))
        if count != len(mentions):
            value = any(m.start in self._mediated for m in mentions)
            self._mediator_of[id(side.entity)] = (len(mentions), value)
        return value

    def _scopes(self, events: list[DraftEvent], doc: Doc, u) -> None:
        """Each event owns the text from its first sentence to the next event's first sentence. A session's speech told
        inside a meeting's account owns only its sentence when the text after it speaks from the meeting again (`با
        اشاره به سخنرانی خود در نشست عمومی کنفرانس افزود ... در این دیدار همچنین ...`): the meeting keeps that text."""
        starts = [u.sentences[u.sentence_of[min(t.start for t in e.triggers)]][0] for e in events]
        for i, event in enumerate(events):
            start = 0 if i == 0 else starts[i]
            end = starts[i + 1] if i + 1 < len(events) else len(doc)
            event.scope = (start, max(end, start))
        for before, event in zip(events, events[1:]):
            if not event.speech or before.speech or len(before.sides) < 2:
                continue
            own_end = u.sentences[u.sentence_of[min(t.start for t in event.triggers)]][1]
            later = self._words[own_end:event.scope[1]]
            if any(a == "این" and b in MEETING_BACK_NOUNS for a, b in zip(later, later[1:])):
                before.scope = (before.scope[0], event.scope[1])
                event.scope = (event.scope[0], own_end)

    def _index_locations(self, doc: Doc, u) -> None:
        """Locations by sentence (with their position in the list) and their starts, when in token order."""
        locations: list[LocationMention] = get_ext(doc, "locations") or []
        posted = {i for m in self._mentions if m.role in ("ambassador", "envoy")
                  for i in range(m.start, _end_with_title(m) + 1)}
        self._posted = sorted((loc for loc in locations
                               if loc.rule == "fa.location.in" and loc.evidence_start in posted),
                              key=lambda loc: loc.place_start)
        self._posted_starts = [loc.place_start for loc in self._posted]
        if self._posted:  # `سفیر ترکیه در تهران با استاندار اصفهان دیدار کرد`: where he serves, known to be where they
            kept = {id(loc) for loc in self._posted}  # met only when nothing else says
            locations = [loc for loc in locations if id(loc) not in kept]
            set_ext(doc, "locations", locations)
        starts = [loc.place_start for loc in locations]
        self._datelines = [loc for loc in locations if loc.rule == "fa.location.dateline"]
        self._dateline_starts = None
        if starts != sorted(starts):
            self._locations_by_sentence, self._location_starts = None, starts
            return
        by_sentence: dict[int, list[tuple[int, LocationMention]]] = {}
        for i, loc in enumerate(locations):
            by_sentence.setdefault(u.sentence_of[loc.place_start], []).append((i, loc))
        self._locations_by_sentence, self._location_starts = by_sentence, starts
        self._dateline_starts = [loc.place_start for loc in self._datelines]
        self._dateline_labels = [[], []]  # ([(start, index)] of the other datelines, of the PLACE datelines)
        for i, loc in enumerate(self._datelines):
            self._dateline_labels[loc.label == "PLACE"].append((loc.place_start, i))

    def _locate(self, event: DraftEvent, doc: Doc, u) -> None:
        """Where: a cue in a trigger's sentence, else anywhere in the event's scope, else the dateline."""
        if event.type == "phone_call" or self._held_remotely(event, u):
            return
        locations: list[LocationMention] = get_ext(doc, "locations") or []
        there = self._there_sentence(event, u)
        if there is not None:
            low, high = u.sentences[there]
            told = [loc for loc in locations if low <= loc.place_start < high and loc.label == "PLACE"
                    and loc.rule != "fa.location.dateline"]
            if told:  # `X روز دوشنبه سفر خود را در تاشکند آغاز کرده بود. او در آنجا با Y دیدار کرد`
                event.location = told[-1]
                event.trace["location"] = "fa.location.there"
                return
        sentences = {u.sentence_of[t.start] for t in event.triggers}
        main_clause = u.clause_of[event.trigger.start]

        own = self._own_place(event.trigger)  # (`دیروز در لاپاز با A ... و امروز در کاراکاس با B ...`: each its own)

        def rank(loc: LocationMention):
            same_clause = u.clause_of[loc.place_start] == main_clause
            return (not same_clause, loc is not own, PRIORITY.get(loc.rule, 9), loc.label != "PLACE",
                    abs(loc.place_start - event.trigger.start))

        first_sentence = u.sentences[u.sentence_of[min(t.start for t in event.triggers)]][0]
        relative: set[int] = set()
        for sentence in sentences:
            relative |= relative_clause_tokens(doc, *u.sentences[sentence], self.relative_markers)
        for i in sorted(relative):  # `در این دیدار که در تهران برگزار شد`: a clause about the meeting itself places it
            if i in relative and self._words[i] in self.relative_markers and i > 0 \
                    and (self._words[i - 1] in self.kb.event_nouns or self._held_session_clause(i, relative)):
                j = i
                while j in relative:
                    relative.discard(j)
                    j += 1
        if event.contact_clause is not None:
            relative -= set(range(*event.contact_clause))  # the contact's own clause places it
        main_sentence = u.sentence_of[event.trigger.start]
        by_sentence, starts = self._locations_by_sentence, self._location_starts
        long_lead = None
        if by_sentence is None:  # locations out of token order: scan them all
            in_sentences = locations
            lead_window = scope_window = locations
        else:
            in_sentences = [loc for _, loc in sorted(pair for s in sentences | {main_sentence}
                                                     for pair in by_sentence.get(s, []))]
            lead_window = locations[bisect_left(starts, event.scope[0]):bisect_left(starts, first_sentence)]
            scope_window = locations[bisect_left(starts, event.scope[0]):bisect_left(starts, event.scope[1])]
            if len(lead_window) > LEAD_SCAN:  # (a contact told outside any scope: the whole text before it)
                long_lead, lead_window = lead_window, []
        if self._quotes:  # a place someone spoke of (`جنایات ... در غزه`) is not where they met
            quoted = self._quotes
            in_sentences = [loc for loc in in_sentences if loc.place_start not in quoted]
            lead_window = [loc for loc in lead_window if loc.place_start not in quoted]
            scope_window = [loc for loc in scope_window if loc.place_start not in quoted]
        near = [loc for loc in in_sentences if u.sentence_of[loc.place_start] == main_sentence
                and loc.rule != "fa.location.dateline"
                and not (loc.rule == "fa.location.in" and loc.place_start in relative)
                and not (loc.rule == "fa.location.in" and self._in_phrase_of_another_time(loc.place_start,
                                                                                         event.trigger.start))
                and not (loc.rule == "fa.location.in" and self._seat_of_an_office(loc))
                and not (loc.rule == "fa.location.in" and self._inside_a_topic(loc.place_start, event.trigger))
                and (event.contact_clause is None
                     or event.contact_clause[0] <= loc.place_start < event.contact_clause[1])]
        near_other = [loc for loc in in_sentences if u.sentence_of[loc.place_start] in sentences - {main_sentence}
                      and loc.rule != "fa.location.dateline" and loc.place_start not in relative
                      and (loc.rule != "fa.location.in" or (loc.label == "PLACE"
                                                            and not self._inside_a_topic(loc.place_start)))]
        lead = [loc for loc in lead_window if event.scope[0] <= loc.place_start < first_sentence
                and loc.rule != "fa.location.dateline"]
        if any(loc.label == "PLACE" for loc in lead):  # (`... به بروکسل سفر کرده ... در افغانستان`: the city)
            lead = [loc for loc in lead if loc.label == "PLACE"]
        if long_lead is not None:
            lead = self._nearest_lead(long_lead, event, first_sentence, main_clause, own, rank)
        scoped = [loc for loc in scope_window if event.scope[0] <= loc.place_start < event.scope[1]
                  and loc.rule in ("fa.location.travel_to", "fa.location.arrived")
                  and u.sentence_of[loc.place_start] not in self._background_sentences  # `پیش از این در سفر به ریاض`
                  and self._clause_status_at(doc, u, loc.place_start) == "actual"]  # not `فردا عازم هاوانا خواهد شد`
        datelines = self._datelines
        posted = []
        for low, high in [event.scope] + [u.sentences[k] for k in sorted(sentences)]:  # (starts sorted: by bisect)
            first = bisect_left(self._posted_starts, low)
            posted += [loc for loc in self._posted[first:bisect_left(self._posted_starts, high, first)]
                       if loc not in posted]
        in_clause = [loc for loc in posted if u.clause_of[loc.place_start] == main_clause]
        if in_clause and not any(d.key != p.key and self._location_country(d) == self._location_country(p)
                                 for d in datelines for p in in_clause):
            near += in_clause  # `سفیر ایران در کابل ... دیدار کرد`: where he serves, unless a dateline says otherwise
        named = self._session_named_for_a_city(event, u) if not (near or lead or near_other or scoped) else []
        for group in (near, lead, near_other, scoped, named, datelines, posted):
            if group is datelines and len(datelines) > LEAD_SCAN and self._dateline_starts is not None:
                group = self._near_datelines(event.trigger.start, *u.clauses[main_clause])
            if group:
                event.location = min(group, key=rank)
                event.trace["location"] = event.location.rule
                if event.location.label == "COUNTRY":
                    city = self._city_in(doc, event.location.key, event.scope)
                    if city is not None:
                        event.location = city
                        event.trace["location"] += "+city_in_country"
                    elif event.location in posted and (capital := self.kb.capital_of.get(event.location.key)):
                        # `سفیر ایران در تاجیکستان ... در کاخ ملت ... استوارنامه خود را تقدیم کرد`: where he is posted,
                        # a country, is met in its capital
                        event.location = replace(event.location, label="PLACE", key=capital)
                        event.trace["location"] += "+capital_of_the_posting"
                    elif (capital := self._capital_named_alike(event.location)) is not None:
                        # `در تونس`, `در کویت`: a capital that bears its country's name is the city meant
                        event.location = replace(event.location, label="PLACE", key=capital)
                        event.trace["location"] += "+capital_of_the_same_name"
                return

    def _there_sentence(self, event: DraftEvent, u) -> int | None:
        """The sentence before the trigger's, when the trigger's clause says `در آنجا` (there) before it."""
        c_start = u.clauses[u.clause_of[event.trigger.start]][0]
        sentence = u.sentence_of[event.trigger.start]
        if sentence == 0 or not any(self._words[k] == "در" and self._words[k + 1] == "آنجا"
                                    for k in range(c_start, event.trigger.start - 1)):
            return None
        return sentence - 1

    def _nearest_lead(self, window: list[LocationMention], event: DraftEvent, first_sentence: int, main_clause: int,
                      own: LocationMention | None, rank) -> list[LocationMention]:
        """`_locate`'s lead group (its PLACEs if it has any) cut to its first element by `rank`, read backwards from
        the event over a long `window` (sorted by start): a PLACE with a cue of the first priority ends the search,
        since everything before it ranks lower (outside the main clause, not `own`, further away)."""
        quoted = self._quotes
        low = event.scope[0]
        c_start = self._units.clauses[main_clause][0]
        bound = min(c_start, event.trigger.start, own.place_start if own is not None else c_start)
        best_place = best_other = None
        place_rank = other_rank = None
        for k in range(len(window) - 1, -1, -1):
            loc = window[k]
            start = loc.place_start
            if place_rank is not None and place_rank[2] == 0 and start < best_place.place_start and start < bound:
                break  # (each earlier one ranks after `best_place`)
            if not low <= start < first_sentence or loc.rule == "fa.location.dateline" or start in quoted:
                continue
            r = rank(loc)
            if loc.label == "PLACE":
                if place_rank is None or r <= place_rank:  # (on a tie the earlier, as `min` keeps the first)
                    best_place, place_rank = loc, r
            elif best_place is None and (other_rank is None or r <= other_rank):
                best_other, other_rank = loc, r
        best = best_place if best_place is not None else best_other
        return [best] if best is not None else []

    def _near_datelines(self, at: int, c_start: int, c_end: int) -> list[LocationMention]:
        """The datelines (sorted by start) among which `_locate`'s `rank` finds its first: those in the contact's main
        clause, and of each label the nearest before `at` and the nearest from it (all of one start), in their order
        (a long text joins many articles, each with its dateline)."""
        starts = self._dateline_starts
        picked = set(range(bisect_left(starts, c_start), bisect_left(starts, c_end)))
        for pairs in self._dateline_labels:
            k = bisect_left(pairs, (at, -1))
            for j in (k, k - 1):
                if 0 <= j < len(pairs):
                    start = pairs[j][0]
                    same = pairs[bisect_left(pairs, (start, -1)):bisect_left(pairs, (start + 1, -1))]
                    picked.update(i for _, i in same)
        return [self._datelines[i] for i in sorted(picked)]

    def _held_remotely(self, event: DraftEvent, u) -> bool:
        """A session held by video (`که به صورت ویدئوکنفرانس برگزار شد`, `نشست مجازی`): a word of a remote mode in
        the clause of the session's main trigger; it took place nowhere (a talk by video is a call already)."""
        c_start, c_end = u.clauses[u.clause_of[event.trigger.start]]
        return event.type in ("multilateral_meeting", "negotiation") \
            and not REMOTE_MODES.isdisjoint(self._words[c_start:c_end])

    def _session_named_for_a_city(self, event: DraftEvent, u) -> list[LocationMention]:
        """`نشست بین‌المللی مسکو ... گشایش یافت`: a session named for its city, in a sentence of the event, took
        place there (`نشست مسکو`, `کنفرانس تاشکند`)."""
        sentences = {u.sentence_of[t.start] for t in event.triggers}
        found = []
        starts = self._place_span_starts
        in_sentences = [span for k in sorted(sentences) for span in
                        self._places[bisect_left(starts, u.sentences[k][0]):bisect_left(starts, u.sentences[k][1])]]
        for span in in_sentences:
            k = span.start - 1
            while k > 0 and self._words[k] in ("بین", "المللی"):  # (`نشست بین‌المللی مسکو`)
                k -= 1
            if k >= 0 and self._words[k] in SESSION_NAMING_NOUNS \
                    and self.kb.places[span.kb_id_.split("|")[0]].kind in ("city", "capital"):
                found.append(LocationMention("PLACE", span.kb_id_.split("|")[0], span.start, span.end, k, span.end,
                                             "fa.location.session_named"))
        return found

    def _capital_named_alike(self, loc: LocationMention) -> str | None:
        """The capital of the country `loc` names, when the words naming the country are the capital's name too."""
        capital = self.kb.capital_of.get(loc.key)
        place = self.kb.places.get(capital) if capital is not None else None
        if place is None:
            return None
        name = self._capital_names.get(capital)
        if name is None:  # (normalised once per capital)
            name = self._capital_names[capital] = self.kb.normalizer.normalize(place.name).text
        told = self._words[loc.place_start:loc.place_end]
        if told == ["این", "کشور"] and loc.key in self.kb.countries:  # `به این کشور سفر کرده` after `کویت`
            return capital if any(self.kb.normalizer.normalize(n).text == name
                                  for n in self.kb.countries[loc.key].names) else None
        return capital if " ".join(told) == name else None

    def _inside_a_topic(self, place: int, trigger: Span | None = None) -> bool:
        """`با X درباره اجرای آتش‌بس در سوریه گفت‌وگو کرد`: a place inside what was discussed (after `درباره` with no
        `با` or trigger between), or, after the contact's verb, in a `که` clause about something else (`سندی را
        تصویب کردند که بر آتش‌بس در سوریه تأکید دارد`), is not where they met."""
        words = self._words
        c_start = self._units.clauses[self._units.clause_of[place]][0]
        triggers = self._trigger_starts
        if place + 1 < len(words) and words[place + 1] == "با":
            return False  # `در حاشیه اجلاس ... درباره قدس در استانبول با اردوغان دیدار کرد`: where, then whom
        for k in range(place - 1, max(c_start - 1, place - 13), -1):
            if words[k] == "با" or (k in self._trigger_start_set):
                break
            if words[k] in ABOUT or (words[k] in ("مورد", "خصوص") and k > 0 and words[k - 1] == "در"):
                return True
        if trigger is None or place < trigger.end:
            return False
        that = next((k for k in range(trigger.end, place) if words[k] == "که"), None)
        return that is not None and words[that - 1] not in self.kb.event_nouns \
            and bisect_left(triggers, that) == bisect_left(triggers, place)  # (no other contact told between)

    def _seat_of_an_office(self, loc: LocationMention) -> bool:
        """`هیئتی از دفتر سیاسی طالبان در قطر`: where an office sits, not where its people met (unless they met
        in it)."""
        words = self._words
        for k in range(loc.evidence_start - 1, max(-1, loc.evidence_start - 5), -1):
            if words[k] in ("،", ".", "\n", "\n\n", "و"):
                return False
            if words[k] == "دفتر":
                return k == 0 or words[k - 1] != "در"  # (`در دفتر کارش در کابل`: where they met)
        return False

    def _in_phrase_of_another_time(self, place: int, trigger: int) -> bool:
        """`پس از شش روز گفتگو ... در دوحه، دیروز به کابل آمد و ... دیدار کرد`: a place inside a `پس از` / `پیش از`
        phrase closed by a comma before the trigger is where something else happened."""
        if not place < trigger:
            return False
        words = self._words
        comma = next((j for j in range(place, trigger) if words[j] == "،"), None)
        if comma is None:
            return False
        for k in range(place - 1, max(-1, place - 20), -1):
            if words[k] in ("،", ".", "\n", "\n\n"):
                return False
            if words[k] == "از" and k > 0 and words[k - 1] in BEFORE_AFTER:
                return True
        return False

    def _held_session_clause(self, marker: int, relative: set[int]) -> bool:
        """`در نشست بین‌المللی ... که به میزبانی X در مسکو برگزار شد`: a relative clause that tells a session held,
        the session named a few words before it after `در`, is about the session (and places it)."""
        end = marker
        while end in relative:
            end += 1
        if not any(t.id_ in HELD_TRIGGERS for t in self._triggers_between(marker, end)):
            return False
        return self._session_after_dar(max(0, marker - 12), marker)

    def _location_country(self, loc: LocationMention) -> str | None:
        if loc.label != "PLACE":
            return loc.key
        place = self.kb.places.get(loc.key)
        return place.country if place is not None else None

    def _city_in(self, doc: Doc, country: str, scope: tuple[int, int]) -> LocationMention | None:
        """The first city of `country` named in the scope (or the article): a country is a coarse place."""
        if self._place_keys is None:  # (start, end, key, country) of each place, read once per Doc
            self._place_keys = [(span.start, span.end, key, self.kb.places[key].country) for span in self._places
                                for key in [span.kb_id_.split("|")[0]]]
            starts = self._place_span_starts
            self._place_starts = starts if starts == sorted(starts) else None
            self._first_place_of: dict[str | None, tuple] = {}  # the article's first place of each country
            for place in reversed(self._place_keys):
                self._first_place_of[place[3]] = place
        places, starts = self._place_keys, self._place_starts
        low, high = scope
        first = bisect_left(starts, low) if starts is not None else 0  # places in token order: skip to the window
        for k in range(first, len(places)):
            start, end, key, place_country = places[k]
            if starts is not None and start >= high:
                break
            if low <= start < high and place_country == country:
                return LocationMention("PLACE", key, start, end, start, end, "fa.location.city_named")
        place = self._first_place_of.get(country)  # (every place lies in the article: the first of the country)
        if place is not None:
            start, end, key, _ = place
            return LocationMention("PLACE", key, start, end, start, end, "fa.location.city_named")
        return None

    def _date(self, event: DraftEvent, doc: Doc, u, published: dt.date | None) -> None:
        """When: the date in the trigger's clause, else its sentence, else the lead, else the publication date."""
        dates = self._dates
        candidates = []
        for trigger in [event.trigger] + [t for t in event.triggers if t is not event.trigger]:
            c_start, c_end = u.clauses[u.clause_of[trigger.start]]
            s_start, s_end = u.sentences[u.sentence_of[trigger.start]]
            reported = self._report_start(s_start, trigger.start)  # `سخنگو امروز اعلام کرد که ... شامگاه گذشته`
            if reported == s_start:
                reported = self._said_before_a_date(s_start, trigger.start)  # `... امروز دوشنبه گفت X شامگاه یکشنبه`
            relative = relative_clause_tokens(doc, reported, s_end, self.relative_markers)  # the `که` after `گفت` opens none
            if event.contact_clause is not None:
                relative -= set(range(*event.contact_clause))  # the contact's own clause dates it
            in_sentence = [d for d in between(self._date_starts, dates, max(reported, event.told_from), s_end)
                           if d[1] not in relative]  # (`دیروز با X ... و امروز نیز با Y`: the second contact's own day)
            said = self._said_after_the_one_met(trigger, c_end)
            if said is not None:  # `در گفت‌وگو با X، عملیات شامگاه ۲۵ فروردین را ... خواند`: a date in what was said
                in_sentence = [d for d in in_sentence if not said < d[1] < c_end]
            in_clause = [d for d in in_sentence if c_start <= d[1] < c_end]
            own = [d for d in in_clause if not self._verb_coordinated_between(d[2], trigger.start)]
            if self._datelines and len(in_sentence) > 1:
                dispatched = [d for d in in_sentence if self._dates_the_dispatch(d[1], d[2])]
                # (`دوشنبه، 27 ژوئیه (خاور) – نشست ... روز چهارشنبه برگزار شد`: the dateline's day is the dispatch's)
                if len(dispatched) < len(in_sentence):
                    own = [d for d in own if d not in dispatched]
                    in_clause = [d for d in in_clause if d not in dispatched]
                    in_sentence = [d for d in in_sentence if d not in dispatched]
            if len(in_sentence) > 0:
                others = [d for d in in_sentence if self._dates_another_session(d, event)]
                own = [d for d in own if d not in others]
                in_clause = [d for d in in_clause if d not in others]
                in_sentence = [d for d in in_sentence if d not in others]
            candidates += (own or in_clause) + in_sentence
            if not in_sentence and self._soon_after_arrival(s_start, s_end):
                candidates += [d for d in between(self._date_starts, dates, s_start, s_end) if d[0].kind != "relative_period"]
        s_start, s_end = u.sentences[u.sentence_of[event.trigger.start]]
        words = self._words[s_start:s_end]
        same = next((s_start + k for k, (a, b) in enumerate(zip(words, words[1:]))
                     if a in ("همین", "همان") and b in ("روز", "شب", "عصر", "شامگاه", "صبح")), None)
        named = [d for d in between(self._date_starts, dates, s_start, same)
                 if d[0].kind in ("weekday", "absolute", "relative_day")] if not candidates and same is not None else []
        if named:  # `X که روز دوشنبه وارد تهران شد، عصر همان روز با Y دیدار کرده بود`: the day its sentence named
            mention, start, end = named[-1]
            event.date, event.date_resolved = (mention, start, end), self._resolve_date(mention, start, published)
            event.trace["date"] = "fa.date.same_day_as_named"
            return
        if not candidates and self._previous_date is not None and same is not None:
            event.date, event.date_resolved = self._previous_date  # `در همین روز با X نیز دیدار کرد`
            event.trace["date"] = "fa.date.same_day_as_previous"
            return
        if not candidates and self._previous_date is not None and any(
                a == "حاشیه" and b == "این" and c in self.kb.event_nouns for a, b, c in zip(words, words[1:], words[2:])):
            event.date, event.date_resolved = self._previous_date  # `در حاشیه این نشست با X دیدار کرد`: the session's day
            event.trace["date"] = "fa.date.sidelines_of_previous"
            return
        if not candidates and (there := self._there_sentence(event, u)) is not None:
            candidates = [d for d in between(self._date_starts, dates, *u.sentences[there])
                          if d[0].kind != "relative_period"]  # `... روز دوشنبه در تاشکند ... او در آنجا با Y دیدار کرد`
        if not candidates:
            first_sentence = u.sentences[u.sentence_of[event.trigger.start]][0]
            low, high = bisect_left(self._date_starts, event.scope[0]), bisect_left(self._date_starts, first_sentence)
            candidates = next(([dates[k]] for k in range(high - 1, low - 1, -1)  # the lead's last date, read backwards
                               if dates[k][0].kind != "relative_period"), [])
        if candidates:
            mention, start, end = candidates[0]
            event.date = (mention, start, end)
            event.date_resolved = self._resolve_date(mention, start, published)
            event.trace["date"] = mention.rule
        elif published is not None:
            event.date_resolved = ResolvedDate(published.isoformat(), "day", "published", None, to_jalali(published))
            event.trace["date"] = "fa.date.publication_fallback"

    def _resolve_date(self, mention, start: int, published: dt.date | None) -> ResolvedDate:
        """The mention's date, against the publication date; without one, a weekday or a year-less date is read
        beside the last full date the article gave before it (`روز جمعه ۱۹ تیر ۱۳۹۴ ... عصر پنجشنبه`)."""
        resolved = self.date_rules.resolve(mention, published)
        if resolved.value is not None or published is not None or mention.kind not in ("weekday", "no_year"):
            return resolved
        for earlier, _s, _e in reversed(between(self._date_starts, self._dates, 0, start)):
            if earlier.kind == "absolute":
                anchor = self.date_rules.resolve(earlier, None)
                if anchor.value is not None:
                    return self.date_rules.resolve_near(mention, dt.date.fromisoformat(anchor.value)) or resolved
        return resolved

    def _dates_another_session(self, date, event: DraftEvent) -> bool:
        """A month or a full date that closes the name of another session (`نتایج نشست کارشناسی تیرماه را بررسی
        کردند`, `در نشست فوق‌العاده الجزایر در مهرماه`): a session noun no trigger of the event holds, one to three
        words of its name before the date (a noun and the date alone, `دیدار روز گذشته`, tell the contact's own day)."""
        mention, start, _end = date
        if mention.kind not in ("month", "absolute", "no_year") or start < 2:
            return False
        words = self._words
        units = self._units
        own = {k for t in event.triggers for k in range(t.start, t.end)}
        held = [t for t in event.triggers if t.id_ in HELD_TRIGGERS]  # (`نشست ... برگزار شد`: the noun is the event's)
        for k in range(start - 1, max(-1, start - 6), -1):
            word = words[k]
            if word in SESSION_NOUNS and k < start - 1 and k not in own and not any(
                    units.clause_of[t.start] == units.clause_of[k] and k < t.start for t in held):
                return True
            if not word.isalpha() or word in ("که", "و", "با", "را", "از") or word in CLAUSE_VERBS \
                    or word in self.kb.event_nouns:
                return False
        return False

    def _said_after_the_one_met(self, trigger: Span, c_end: int) -> int | None:
        """The comma closing `در گفت‌وگو با X،` (a contact noun opening with `در`/`طی` and ending in `با`): what the
        clause tells after it is what was said in the contact."""
        if not self._framed(trigger):
            return None
        return next((k for k in range(trigger.end, c_end) if self._words[k] == "،"
                     or (self._words[k] in SAID and self._words[k - 1] not in ("و", "،"))), None)
        # (`در دیدار دبیر شورای امنیت روسیه گفت ... خواهد داد`: with no comma, the speech verb closes the one met)

    def _framed(self, trigger: Span) -> bool:
        """A contact noun opening with `در`/`طی` and ending in `با` (`در دیدار با`), or the noun alone with `در` and
        `با` around it (`در تماس تلفنی با`): the clause tells what was said or done in the contact."""
        words = self._words
        before = trigger.start - 1 if trigger.start > 1 and words[trigger.start - 1] == "یک" else trigger.start
        return (words[trigger.start] in ("در", "طی") and (words[trigger.end - 1] == "با"
                                                           or trigger.id_ == "fa.trigger.in_meeting_of")) \
            or (before > 0 and words[before - 1] in ("در", "طی")
                and words[trigger.end:trigger.end + 1] == ["با"])  # (also `در یک تماس تلفنی با`)

    def _dates_the_dispatch(self, start: int, end: int) -> bool:
        """The date at tokens [start, end) follows a dateline's place and closes the dateline (a dash or the
        agency's name in brackets after it): `دوشنبه، 27 ژوئیه (خاور) –`."""
        words = self._words
        return any(0 < start - loc.place_start <= 3 for loc in self._datelines) \
            and any(w in DASHES for w in words[end:end + 4])

    def _verb_coordinated_between(self, start: int, end: int) -> bool:
        """A finite verb and `و` between `start` and `end` (`روز سه‌شنبه ... پهلو گرفت و فرمانده آن روز چهارشنبه ...
        دیدار کرد`): a date before it is the first verb's."""
        words = self._words
        return any(words[k] in CLAUSE_VERBS and words[k + 1] == "و" for k in range(start, end - 1))

    def _said_before_a_date(self, start: int, trigger: int) -> int:
        """Where what was said begins when a speech verb with no `که` (`سخنگو امروز دوشنبه گفت X شامگاه یکشنبه ...`)
        stands before the trigger and a date follows it: the date before the verb is when he spoke (else `start`)."""
        words = self._words
        for k in range(trigger - 2, start, -1):
            if words[k] in SAID and between(self._date_starts, self._dates, k + 1, trigger) \
                    and between(self._date_starts, self._dates, start, k):
                return k + 1
        return start

    def _report_start(self, start: int, trigger: int) -> int:
        """Where what a speaker reports begins, after `اعلام کرد که` or `گفت که` before the trigger (else `start`):
        a date before it is when he spoke."""
        for k in range(trigger - 2, start - 1, -1):
            said = self._said_that(k, trigger)
            if said is not None:
                return said
        return start

    def _said_that(self, k: int, end: int) -> int | None:
        """Token `k` opens `X گفت که`, `اعلام کرد که`, `خبر داده است که` (a speech word, its light verb, `است`):
        the token after its `که`, if that comes before `end`."""
        words = self._words
        if words[k] == STATED_IN:  # `در این بیانیه آمده است که X که ... سفر کرده، با Y دیدار کرد`
            return k + 3 if k + 3 < end and words[k + 1:k + 3] == ["است", "که"] else None
        if words[k] not in self.speech_verbs and words[k] not in SAID and words[k] not in WRITER_ASIDES \
                and words[k] not in SAID_PARTICIPLES:
            return None
        j = k + 1
        if j + 1 < end and words[j] == "می":
            j += 1  # `یادآور می شود`
        elif j + 1 < end and words[j] in ("میشود", "میشویم"):
            j += 1  # `یادآوری میشود که`: written with no half-space, one token
            return j + 1 if words[j] == "که" else None
        if j < end and words[j] in LIGHT_VERBS:
            j += 1
            if j < end and words[j] in ("است", "بود"):
                j += 1  # (`اعلام کرده بود که`)
        elif words[k] in SAID_PARTICIPLES and j < end and words[j] in ("است", "بود", "بودند"):
            j += 1  # `بلخی در همان پیام گفته بود که متقی ... دیدار کرده است`
        elif words[k] in WRITER_ASIDES and j < end and words[j] == "است":  # `گفتنی است که`: no speaker
            j += 1
        return j + 1 if j < end and words[j] == "که" else None

    def _announced_subject(self, k: int, end: int) -> int | None:
        """`سخنگوی کرملین اعلام کرد ولادیمیر پوتین ... گفتگو کردند`, `سخنگو تأیید کرد «وانگ یی» ...`, `سخنگو میگوید
        معین سیاسی ... دیدار کرده`: a speech noun and its light verb (or `میگوید`) with no `که`, then a person who
        opens what was said: the speaker is no side of it. The token where that person starts, or None."""
        words = self._words
        if words[k] in SAYS:
            j = k + 1
        elif words[k] in ANNOUNCING and k + 1 < end and words[k + 1] in LIGHT_VERBS:
            j = k + 2
            if j < end and words[j] in ("است", "بود"):
                j += 1
        else:
            return None
        that = j < end and words[j] == "که"
        if that:  # `سخنگو تأیید کرد که «وانگ یی» با ... دیدار کرده است`: a named person opens what he confirmed
            j += 1
        start = j + 1 if j < end and words[j] == "«" else j
        opening = between(self._mention_starts, self._mentions, start, start + 1) if start < end else []
        if not opening or (that and opening[0].kind != "name"):
            return None
        return j

    def _dated_long_before(self, event: DraftEvent, published: dt.date | None) -> bool:
        """An event whose own clause dates it more than a month before publication (its sentence, more than a
        year) is background (`دیدار دو وزیر در اردیبهشت ۱۳۹۳`), not this article's contact."""
        if published is None or event.date is None or event.date_resolved is None or not event.date_resolved.value:
            return False
        mention, start, _end = event.date
        c_start, c_end = self._units.clauses[self._units.clause_of[event.trigger.start]]
        margin = {"day": 31, "month": 31}.get(event.date_resolved.granularity)  # a month begun a month before: past
        if margin is None:
            return False
        if margin == 31 and event.date_resolved.granularity == "day" \
                and all(t.id_ == "fa.trigger.in_meeting_of" for t in event.triggers):
            margin = 3  # `پروتکل ... پنجم مارس در دیدار پوتین و اردوغان به امضا رسید`: the setting of a deed days ago
        if margin == 31 and event.date_resolved.granularity == "day" and self._recalled(event.trigger.start):
            margin = 3  # `قابل یادآوری است که 31 مارس ... برگزار گردید`: recalled, a contact of days before
        if not c_start <= start < c_end:
            s_start, s_end = self._units.sentences[self._units.sentence_of[event.trigger.start]]
            if not s_start <= start < s_end:
                return False
            margin = 366  # `نقطه عطف را باید شهریور ۱۴۰۰ دانست؛ زمانی که ... دیدار کرد`: the sentence dates it years back
        return dt.date.fromisoformat(event.date_resolved.value) < published - dt.timedelta(days=margin)

    def _recalled(self, trigger: int) -> bool:
        """The trigger's sentence opens with the writer recalling something (`یادآور می‌شود که`, `قابل یادآوری است
        که`): told as a reminder of the past."""
        words = self._words
        s_start = self._units.sentences[self._units.sentence_of[trigger]][0]
        return any(words[k] in ("یادآور", "یادآوری") and self._said_that(k, trigger) is not None
                   for k in range(s_start, min(trigger, s_start + 4)))

    def _soon_after_arrival(self, start: int, end: int) -> bool:
        """`X که شامگاه چهارشنبه وارد تهران شد، ساعتی پس از ورود با Y دیدار کرد`: the arrival's date (in the
        relative clause) is the meeting's too."""
        words = self._words
        return any(words[i] == "پس" and words[i + 1] == "از" and words[i + 2] in ("ورود", "ورودش", "رسیدن")
                   for i in range(start, end - 2))

    def _topics(self, event: DraftEvent, doc: Doc) -> None:
        """Topic evidence inside the event's scope.

        A country topic (syria, iraq, ...) is not given when that country is a side of the event or its
        venue: the bilateral frame is already in the participants and location.
        """
        own = {self._side_country(s) for s in event.sides}
        if event.location is not None:
            own.add(self._location_country(event.location))
        own_codes = {code for code, iso in (("syria", "SY"), ("afghanistan", "AF"), ("iraq", "IQ"), ("yemen", "YE"),
                                            ("lebanon", "LB"), ("palestine", "PS"), ("ukraine", "UA")) if iso in own}
        for span in between(self._topic_starts, self._topic_spans, event.scope[0], event.scope[1]):
            if span.label_ in own_codes:
                continue
            event.topics.setdefault(span.label_, []).append(span)
        for span, topic in between(self._org_starts, self._org_topics, event.scope[0], event.scope[1]):
            event.topics.setdefault(topic, []).append(span)

    def _confidence(self, event: DraftEvent) -> None:
        """A transparent score: which fields the rules could fill, and how firmly."""
        named = sum(1 for s in event.sides if s.entity is not None)
        score = 0.35
        score += 0.15 if event.trigger.kb_id_.startswith("strong") else 0.0
        score += min(named, 2) * 0.12 + (0.06 if len(event.sides) >= 2 and named < 2 else 0.0)
        score += 0.08 if event.location is not None or event.type == "phone_call" else 0.0
        score += 0.08 if event.date is not None else 0.0
        event.confidence = round(min(score, 0.99), 2)


@Language.factory("meeting_assembler", assigns=["doc._.events", "doc._.other_contacts"],
                  requires=["doc._.persons", "doc._.dates", "doc._.locations", "doc.spans"],
                  default_config={"rules_dir": None})
class EventAssembler:
    """Assemble `doc._.events` (contacts that happened) and `doc._.other_contacts` (the rest)."""

    def __init__(self, nlp: Language, name: str, *, rules_dir: str | None = None):
        self.assembler = Assembler(load_kb(rules_dir))
        self._lasting = frozenset(vars(self.assembler))

    def __call__(self, doc: Doc) -> Doc:
        doc = self.assembler(doc)
        keep_only(self.assembler, self._lasting)  # keep nothing of the Doc (see `extractor._gc`)
        return doc
