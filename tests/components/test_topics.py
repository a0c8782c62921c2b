"""meeting_topics: topic evidence, longest match, titles and countries of titles excluded."""
import pytest


@pytest.mark.parametrize(
    "text, codes",
    [
        ("دو طرف درباره مبارزه با تروریسم گفتگو کردند", {"counter_terrorism"}),
        ("همکاریهای مشترک دریایی و رزمایش مشترک بررسی شد", {"naval_cooperation", "military_cooperation"}),
        ("تحولات افغانستان و سوریه بررسی شد", {"afghanistan", "syria"}),
        ("از حمایت روسیه از پیوستن ایران به پیمان شانگهای قدردانی کرد", {"sco"}),
        ("روابط نیروهای مسلح دو کشور رو به گسترش است", {"bilateral_relations"}),
        ("وزیر امور خارجه سوریه گفت", set()),  # the country of a title is not a topic
        ("وزیر جهاد کشاورزی گفت", set()),  # a word inside a title is not a topic
    ],
)
def test_topics_codes(run, text, codes):
    assert {s.label_ for s in run(text).spans["topics"]} == codes
