"""Predicates over a parsed sentence that the event builder asks (events/build.py and its stage modules:
happened.py, event_places.py, sides.py, harm.py, hit.py, parties.py, movers.py; events/roles.py):

- syntax: walking the parse (no knowledge of events)
- scheme: names of ACLED's taxonomy and groups of actor kinds the rules test
- entries: the trigger entries a re-read trigger is given
- lexicon: the loaders of the word tables (knowledge/data/builder_words.tsv, typing_words.tsv,
  ordinal_words.tsv), each read once
- one module a concern, each with the word lists it uses: places, territory, agreements, weapons, fire,
  captures, movement, crowds, fights, victims, attacks

These modules never import the builder, its stage modules or events/roles.py.
"""
