"""Predicates over a parsed sentence that the event builder (events/build.py, events/roles.py) asks:

- syntax: walking the parse (no knowledge of events)
- scheme: names of ACLED's taxonomy and groups of actor kinds the rules test
- entries: the trigger entries a re-read trigger is given
- lexicon: the loaders of the word tables (knowledge/data/builder_words.tsv, typing_words.tsv,
  ordinal_words.tsv), each read once
- one module a concern, each with the word lists it uses: places, territory, agreements, weapons, fire,
  captures, movement, crowds, fights, victims, attacks

These modules never import events/build.py or events/roles.py; this package imports none of them.
"""
