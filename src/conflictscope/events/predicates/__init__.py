"""Predicates over a parsed sentence that the event builder (events/build.py) asks, one module a concern:

- syntax: walking the parse (no knowledge of events)
- scheme: names of ACLED's taxonomy and groups of actor kinds the rules test
- entries: the trigger entries a re-read trigger is given
- lexicon: the typing word lists (knowledge/data/typing_words.tsv)
- one module a concern, with the word lists it uses: places, territory, agreements, weapons, fire, captures, movement, crowds, fights, victims, attacks

These modules never import events/build.py; this package imports none of them.
"""
