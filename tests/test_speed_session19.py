"""Session 19's cheaper readings give what the readings they replace gave (no timing here).

* geo/names.TokenView: the name finder reads each token's text, lower-case form, capitalisation and
  hyphen-ness once per Doc, and cuts a name's text from the Doc's text instead of building a Span.
* nlp/fast_components.IndexedAttributeRuler: a token key seen for the first time is checked against
  the pattern tokens that read the word's form, and the rest come from a cache by (tag, dependency,
  is-space).
* nlp/analyze.line_breaks: one pass over the tokens.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from conflictscope.geo.names import CandidateFinder, TokenView, capitalised_runs, is_cap, is_hyphen
from conflictscope.geo.resolve import find_places
from conflictscope.nlp.analyze import MODEL_NAME
from conflictscope.nlp.fast_components import replace

# Our own sentences, in several styles: wire copy with a dateline, hyphenated and Persian names,
# possessives, capitals, line breaks, a place after a comma, names with articles.
TEXTS = [
    "KANDAHAR, Afghanistan - Gunmen on motorbikes killed two police officers in Pul-e Khumri and near Qala-e-Naw on Friday.",
    "Fighters of the pro-government Ar-Raqqa brigade shelled Ras al Ain; Russia's Kursk region reported drone debris near Estey's Bridge.",
    "In Port-au-Prince, armed gangs set fire to a market.\nResidents of Cité Soleil fled toward Delmas 33 and Kut e Abdollah.",
    "THE POLICE IN LAGOS SAID 12 PEOPLE WERE ARRESTED AFTER CLASHES IN IKEJA, LAGOS STATE.",
    "Kikuyu and Luo youths clashed in Nakuru, while President Ruto's convoy passed through Split, Croatia, on a state visit.",
    "  Pan-American observers met in the Democratic People's Republic of Korea — the talks in Geneva ended without a deal.  ",
    "",
]


def test_the_token_view_reads_what_the_tokens_say(nlp):
    for doc in nlp.pipe(TEXTS):
        view = TokenView(doc)
        assert view.n == len(doc)
        assert view.texts == [t.text for t in doc]
        assert view.lowers == [t.lower_ for t in doc]
        assert view.caps == [is_cap(t) for t in doc]
        assert view.hyphens == [is_hyphen(t) for t in doc]
        for i in range(len(doc) + 1):
            for j in range(i, min(len(doc), i + 9) + 1):
                assert view.span_text(i, j) == doc[i:j].text
        # the caller's copy of the text gives the same cuts
        assert TokenView(doc, doc.text).span_text(0, len(doc)) == doc.text


def test_capitalised_runs_are_the_same_with_a_view_read_once(nlp):
    seen = 0
    for doc in nlp.pipe(TEXTS):
        runs = capitalised_runs(doc)
        assert runs == capitalised_runs(doc, TokenView(doc))
        seen += len(runs)
    assert seen > 20
    doc = nlp(TEXTS[2])
    assert [doc[a:b].text for a, b in capitalised_runs(doc)] == ["In Port-au-Prince", "Residents of Cité Soleil", "Delmas", "Kut e Abdollah"]


def test_places_are_the_same_with_the_text_given(nlp, gaz):
    found = 0
    for doc in nlp.pipe(TEXTS):
        for embedded in (False, True):
            plain = find_places(doc, gaz, embedded=embedded)
            given = find_places(doc, gaz, embedded=embedded, text=doc.text)
            assert [(m.start, m.end, m.text, m.place) for m in plain] == [(m.start, m.end, m.text, m.place) for m in given]
            found += len(plain)
        finder = CandidateFinder(doc, gaz)
        assert finder.view is finder.view  # read once per Doc
    assert found > 10
    names = {m.text for m in find_places(nlp(TEXTS[0]), gaz)}
    assert "Pul-e Khumri" in names


@Language.component("test_speed19_line_breaks_by_index")
def _line_breaks_by_index(doc: Doc) -> Doc:
    """The reading line_breaks replaced: each token looks back at the one before it by index."""
    for k in range(1, len(doc)):
        before = doc[k - 1]
        if ("\n" in before.text_with_ws or (before.is_space and "\n" in before.text)) and not doc[k].is_space:
            doc[k].is_sent_start = True
    return doc


def test_the_ruler_and_line_breaks_annotate_every_token_as_before():
    original = spacy.load(MODEL_NAME)
    original.add_pipe("test_speed19_line_breaks_by_index", before="parser")
    fast = replace(spacy.load(MODEL_NAME))
    fast.add_pipe("conflictscope_line_breaks", before="parser")
    texts = [t for t in TEXTS if t] + [
        "Y'all ain't seen nothin' yet, the commander said.\nTroops gonna move at dawn.",
        "We can't confirm it.\n\nBut they'd said the road was cut.\n",
    ]

    def signature(doc):
        return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start, t.ent_type_) for t in doc]

    # twice: the second pass is served from the ruler's caches
    for _ in range(2):
        assert [signature(d) for d in fast.pipe(texts)] == [signature(d) for d in original.pipe(texts)]
    doc = fast(texts[-1])
    assert any(t.text == "But" and t.is_sent_start for t in doc)
