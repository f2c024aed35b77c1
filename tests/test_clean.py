"""clean_text keeps every offset; sentence_breaks marks paragraph starts."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictscope.clean.text import clean_text, junk_spans, load_boilerplate, parse_boilerplate, sentence_breaks

SENTENCE = "Armenian forces shelled Ganja on Sunday, killing four civilians."


def assert_same_offsets(original: str, cleaned: str) -> None:
    assert len(cleaned) == len(original)
    for a, b in zip(original, cleaned, strict=True):
        assert b == a or (b == " " and a not in "\r\n")


@pytest.mark.parametrize(
    "junk",
    [
        "[ad_1]",
        "[ad_2]",
        '[caption id="attachment_7" align="alignnone" width="800"]<img src=x> Smoke over Ganja[/caption]',
        "[embed]https://www.youtube.com/watch?v=abc[/embed]",
        "Share this article",
        "Subscribe to our newsletter",
        "Click here to read the full report",
        "Follow us on Twitter",
        "Read more: Ceasefire collapses in Karabakh",
        "Advertisement",
        "Photo: Reuters",
        "Image caption Residents inspect a damaged house",
        "John Smith/Getty Images",
        "We use cookies to give you the best experience on our website.",
        "• Share this article",
    ],
)
def test_junk_is_blanked(junk):
    text = f"{SENTENCE}\n{junk}\nThe ministry said the attack was deliberate."
    cleaned = clean_text(text)
    assert_same_offsets(text, cleaned)
    assert cleaned.startswith(SENTENCE + "\n")
    assert cleaned.endswith("\nThe ministry said the attack was deliberate.")
    middle = cleaned[len(SENTENCE) + 1 : len(SENTENCE) + 1 + len(junk)]
    assert middle.strip() == ""


def test_inline_credit_keeps_the_sentence():
    text = "Smoke rose over Ganja (Photo by Jane Doe/AFP) after the strike, officials said."
    cleaned = clean_text(text)
    assert_same_offsets(text, cleaned)
    assert "Photo" not in cleaned and "AFP" not in cleaned
    assert cleaned.startswith("Smoke rose over Ganja ")
    assert cleaned.endswith(" after the strike, officials said.")
    start = text.index("after")
    assert cleaned[start:] == text[start:]


def test_multiline_caption_keeps_newlines():
    text = f"[caption id=\"1\"]A burned car\nin Ganja[/caption]\n{SENTENCE}"
    cleaned = clean_text(text)
    assert_same_offsets(text, cleaned)
    assert cleaned.count("\n") == text.count("\n")
    assert cleaned.strip() == SENTENCE


def test_news_is_left_alone():
    text = (
        "“We will respond,” the ministry said — adding that 12 soldiers died.\n"
        "Photographers were detained while covering the protest in Tbilisi.\n"
        "Officials refused to share details of the operation.\n"
        "Residents said they would follow the army's instructions."
    )
    assert clean_text(text) == text


def test_long_paragraph_is_never_blanked():
    text = "Click here " + "and the shelling continued " * 30
    assert clean_text(text) == text


def test_crlf_is_kept():
    text = f"{SENTENCE}\r\nAdvertisement\r\nMore text here."
    cleaned = clean_text(text)
    assert_same_offsets(text, cleaned)
    assert cleaned.count("\r\n") == 2


def test_boilerplate_is_data():
    patterns = load_boilerplate()
    assert {p.scope for p in patterns} == {"inline", "line"}
    assert any(p.name == "ad_placeholder" for p in patterns)
    custom = parse_boilerplate("# comment\nline\tmine\tboring line\n")
    assert [s[2] for s in junk_spans("x\nboring line\ny", custom)] == ["mine"]
    with pytest.raises(ValueError):
        parse_boilerplate("nonsense row")


JUNK_PIECES = [
    "[ad_1]",
    "\nShare this article\n",
    "\nAdvertisement\n",
    "(Photo by A B/AFP)",
    "[caption id=1]x[/caption]",
    "\nRead more: x\n",
    "\n\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=40), st.sampled_from(JUNK_PIECES)), max_size=12))
def test_length_and_untouched_characters(pieces):
    text = "".join(pieces)
    cleaned = clean_text(text)
    assert_same_offsets(text, cleaned)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_length_any_text(text):
    cleaned = clean_text(text)
    assert_same_offsets(text, cleaned)


def test_sentence_breaks_paragraphs():
    text = "GANJA, Azerbaijan\n\nShelling hit the city\non Sunday.\nFour people died.\n\n  The army denied it."
    breaks = sentence_breaks(text)
    assert breaks == [
        text.index("Shelling"),
        text.index("Four"),
        text.index("The army"),
    ]


def test_sentence_breaks_heading_without_blank_line():
    text = "Four killed in Ganja\nArmenian forces shelled the city on Sunday, officials said, and\nthe strikes continued."
    assert sentence_breaks(text) == [text.index("Armenian")]


@given(st.text(max_size=200))
def test_sentence_breaks_inside_text(text):
    breaks = sentence_breaks(text)
    assert breaks == sorted(set(breaks))
    assert all(0 < b < len(text) and not text[b].isspace() for b in breaks)
