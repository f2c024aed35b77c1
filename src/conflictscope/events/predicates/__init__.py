"""Predicates over a parsed sentence that the event builder (events/build.py) asks, one module a concern:

- syntax: walking the parse (no knowledge of events)

These modules never import events/build.py; this package imports none of them.
"""
