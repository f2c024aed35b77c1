"""The faster attribute ruler and lemmatizer give every token the annotation the model's own
components give it."""

from __future__ import annotations

import spacy

from conflictscope.nlp.analyze import MODEL_NAME, get_nlp
from conflictscope.nlp.fast_components import CachedLemmatizer, IndexedAttributeRuler, replace

# Our own sentences, chosen to hit the ruler's special cases: contractions ("ain't", "gonna",
# "can't"), pronoun cases by dependency ("I", "you" as subjects), "but" as an adverb, spaces,
# proper nouns, numbers, and verbs in every form.
TEXTS = [
    "Militants ain't gonna stop, a commander said, but they can't hold the bridge for long.",
    "I told you the convoy was shelled twice; you said it wasn't.",
    "  Two  soldiers were killed and 14 were wounded when gunmen ambushed their patrol near Gao.\n\nThe army said it had retaliated.",
    "She'd have fled if they'd let her: the shelling kept on and on, but the clinic stayed open.",
    "Protesters marched, chanting; police fired tear gas and arrested 32 people, the ministry's spokesman said.",
    "There were but three survivors. Who's responsible? Nobody has claimed it yet, and we'll never know.",
    "THE REBELS SEIZED THE TOWN OF KIDAL ON TUESDAY AFTER HEAVY FIGHTING WITH GOVERNMENT TROOPS.",
    "Drones struck 3 trucks at 04:30; the U.S.-led coalition denied involvement. Y'all don't believe 'em?",
]


def signature(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]


def test_the_pipeline_uses_the_stand_ins():
    components = dict(get_nlp().pipeline)
    assert isinstance(components["attribute_ruler"], IndexedAttributeRuler)
    assert isinstance(components["lemmatizer"], CachedLemmatizer)
    assert get_nlp().pipe_names.index("attribute_ruler") < get_nlp().pipe_names.index("lemmatizer")


def test_every_token_is_annotated_as_by_the_models_own_components():
    original = spacy.load(MODEL_NAME)
    fast = replace(spacy.load(MODEL_NAME))
    compared = 0
    for a, b in zip(original.pipe(TEXTS), fast.pipe(TEXTS)):
        assert signature(a) == signature(b)
        compared += len(a)
    assert compared > 150
    # Twice over: the second pass is served from the lemma cache.
    assert [signature(d) for d in fast.pipe(TEXTS)] == [signature(d) for d in original.pipe(TEXTS)]
    # The special cases really were exercised: the ruler's lemmas for the contractions.
    doc = fast(TEXTS[0])
    assert [t.lemma_ for t in doc if t.lower_ in ("ai", "gon", "na")] == ["be", "go", "to"]


def test_a_ruler_with_patterns_it_cannot_reproduce_is_kept():
    nlp = spacy.load(MODEL_NAME)
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "big"}]], {"TAG": "JJ"})
    replace(nlp)
    components = dict(nlp.pipeline)
    assert not isinstance(components["attribute_ruler"], IndexedAttributeRuler)
    assert isinstance(components["lemmatizer"], CachedLemmatizer)
    assert nlp("a very very big blast")[3].tag_ == "JJ"
