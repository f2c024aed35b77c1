"""The reader's binary check and the English check count characters and words with regexes and a
word counter; they must give what the plain definitions give, character by character."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from conflictscope.clean import language
from conflictscope.ingest.readers import _is_binary_text


def binary_by_definition(text: str) -> bool:
    sample = text[:65536]
    if "\x00" in sample:
        return True
    if not sample:
        return False
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or ch in "\ufffd\x7f")
    return bad / len(sample) > 0.3


def script_share_by_definition(text: str) -> tuple[int, int]:
    letters = [ch for ch in text if ch.isalpha()]
    foreign = [ch for ch in letters if ord(ch) > 0x024F and not unicodedata.name(ch, "").startswith("LATIN")]
    return len(letters), len(foreign)


# Text mixing ASCII, control characters, accented Latin, Cyrillic, Arabic, CJK, digits of other
# scripts and the replacement character.
ALPHABET = st.sampled_from(list("abcXYZ 019.,\t\n\r\x0b\x0c\x00\x01\x1b\x7f\ufffdéÅßŁżдЖمضا中文٣²ǅ"))
TEXTS = st.text(alphabet=ALPHABET, max_size=300)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_binary_check_matches_its_definition(text):
    assert _is_binary_text(text) == binary_by_definition(text)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_script_share_matches_its_definition(text):
    assert language._script_share(text) == script_share_by_definition(text)


def test_languages_are_told_apart():
    english = "Police said two men were arrested after the attack on the market in the north of the city on Friday."
    french = "Selon la police, deux hommes ont été arrêtés après une attaque dans le marché de la ville pour des raisons inconnues."
    russian = "Полиция сообщила, что двое мужчин были задержаны после нападения на рынок в пятницу утром."
    assert language.detect_language(english) == "en"
    assert language.detect_language(french) == "fr"
    assert language.detect_language(russian) == "non-latin"
    assert language.detect_language("Two killed") == "und"
    # control characters make up most of this one
    assert _is_binary_text("\x01\x02\x03\x04ab") and not _is_binary_text("plain text\twith a tab\r\n")
