"""The relevance pass parses a note whose heading names its event ("Security measures: ..."), even
when none of its other words is in the trigger lexicon, so the fast path and the full one read the
same units. Fixture sentences written for these tests."""

from __future__ import annotations

from conflictscope.nlp.relevance import opens_with_label, plan


def test_a_heading_of_the_table_makes_the_note_relevant():
    text = "Security measures: On 14 June 2021, the provincial governor announced that face masks are mandatory in all markets."
    assert opens_with_label(text)
    assert plan(text).parse == frozenset({0})


def test_headings_are_matched_case_and_space_insensitively_at_the_start_only():
    assert opens_with_label("  PROPERTY  destruction: On 2 May 2021, settlers cut down olive trees.")
    # the same words inside a sentence, or a heading the table does not list, are no label
    assert not opens_with_label("On 2 May 2021, the report listed property destruction: homes and a shop.")
    assert not opens_with_label("Weather: On 2 May 2021, heavy rain fell on the capital.")


def test_a_note_without_a_heading_or_event_words_is_not_parsed():
    text = "On 14 June 2021, the provincial governor announced that face masks are mandatory in all markets."
    assert plan(text).parse == frozenset()
    # and each line of a text is judged on its own heading
    two = "Weather: heavy rain fell on the capital.\nSecurity measures: On 14 June 2021, the governor closed all markets."
    assert plan(two).parse == frozenset({1})
