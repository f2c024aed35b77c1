"""Walking spaCy's parse: the token at a character, the head of a place name, a token's heads going up,
appositions. No knowledge of events here."""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflictscope.types import DateMention, PlaceMention


def token_at(sent: Span, char: int) -> Token | None:
    for token in sent:
        if token.idx <= char < token.idx + len(token.text):
            return token
    return None


def place_token(sent: Span, mention: PlaceMention) -> Token | None:
    """The syntactic head of a place name's tokens."""
    span = sent.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None else token_at(sent, mention.start)


def in_subtree(token: Token, root: Token | None) -> bool:
    return root is not None and root.left_edge.i <= token.i <= root.right_edge.i and token.is_ancestor(token) is False and (
        token == root or root.is_ancestor(token)
    )


def clause_verb(token: Token | None) -> Token | None:
    """The verb whose clause holds the token (the token itself when it is a verb; the root when no verb
    is above it)."""
    node = token
    while node is not None and node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def upward(token: Token, steps: int):
    """(node, its head) for each of the first ``steps`` steps up the parse from ``token``, stopping
    at the root."""
    node = token
    for _ in range(steps):
        head = node.head
        if head is node:
            return
        yield node, head
        node = head


def appositions(token: Token) -> list[Token]:
    """The appositions of a noun, and theirs, also past a list of places ("La Central, Colima, a
    police patrol", "in Culiacan, Sinaloa, a police officer")."""
    found, frontier = [], [token]
    for _ in range(3):
        frontier = [c for t in frontier for c in t.children if c.dep_ in ("appos", "conj")]
        found += [t for t in frontier if t.dep_ == "appos" and t.pos_ == "NOUN"]  # (not "Kagara (Rafi, Niger)")
    return found


def nearest_date(dates: list[DateMention], token: Token) -> DateMention | None:
    if not dates:
        return None
    return min(dates, key=lambda d: abs(d.start - token.idx))


def governed_by(token: Token, lemmas: frozenset[str] | set[str], steps: int) -> bool:
    """Is ``token``, or one of its first ``steps`` heads going up (itself included), one of ``lemmas``?"""
    node = token
    for _ in range(steps):
        if node.lemma_.lower() in lemmas:
            return True
        if node.head is node:
            break
        node = node.head
    return False


def subjects(verb: Token) -> list[Token]:
    """The verb's subjects: its ``nsubj`` children, and the noun the parser hangs as the object of the
    verb's own conjunction when a clause's subject carries a hyphenated modifier ("after a mob of
    self-styled vigilantes beat him": "mob" parsed as the object of "after", the mark of "beat")."""
    found = [c for c in verb.children if c.dep_ == "nsubj"]
    if found or verb.pos_ != "VERB":
        return found
    return [o for c in verb.children if c.dep_ == "mark" and c.i < verb.i for o in c.children if o.dep_ == "pobj" and o.i < verb.i]
