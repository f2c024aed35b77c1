"""Near-duplicate detection: republished copies match, different reports do not."""

from __future__ import annotations

from conflictscope.store import fingerprint

from . import reports as R


def test_copies_share_the_sketch_and_are_confirmed():
    copy = "Reprinted from our partners. " + R.MONITOR + " Edited by the desk."
    assert fingerprint.near_duplicates(R.MONITOR, copy)
    assert fingerprint.near_duplicates(copy, R.MONITOR)
    a, b = fingerprint.minhash(R.MONITOR), fingerprint.minhash(copy)
    assert any(x == y for x, y in zip(a, b))
    trimmed = R.MONITOR.split(". ")[0] + "."
    assert fingerprint.near_duplicates(trimmed, R.MONITOR)


def test_different_reports_and_templated_bulletins_are_not_copies():
    assert not fingerprint.near_duplicates(R.MINISTRY, R.MONITOR)
    first, second = R.many_reports(2)
    assert not fingerprint.near_duplicates(first["text"], second["text"])
    bulletin = "The ministry said 3 soldiers were killed near the village on 4 October."
    assert not fingerprint.near_duplicates(bulletin, bulletin.replace("3 soldiers", "5 soldiers"))
    assert fingerprint.near_duplicates(bulletin, bulletin + " More follows.")


def test_hashes_are_stable_and_fit_bigint():
    assert fingerprint.content_hash("abc") == fingerprint.content_hash("abc") != fingerprint.content_hash("abd")
    for value in fingerprint.minhash(R.MINISTRY):
        signed = fingerprint.to_signed(value)
        assert -(1 << 63) <= signed < (1 << 63)
    assert fingerprint.minhash("") == (0, 0, 0, 0)
