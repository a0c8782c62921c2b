"""The English-date regex opens with a lookahead on its possible first characters: same matches."""
import re

from conftest import SAMPLES

LOOKAHEAD = r"(?=[\dADFJMNOSTW])"


def test_latin_date_lookahead_changes_no_match(kb):
    fast = kb.date_rules._latin
    assert fast.pattern.startswith(LOOKAHEAD)
    plain = re.compile(fast.pattern[len(LOOKAHEAD):], fast.flags)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("**/*.txt"))]
    texts.append("on October 19, 2021 and 19 Oct 2021, Tuesday, 19 october 2021; SEPT 3, 2020; ſept 3, 2020; "
                 "Kelvin 3 Dec 2019 friday 1 JAN 2000 x2 May 5, 1999 /Mar 3, 2001 ١٩ Oct 2021 Wednesday, 3 June 2022")
    for text in texts:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
               [(m.span(), m.groups()) for m in plain.finditer(text)]
