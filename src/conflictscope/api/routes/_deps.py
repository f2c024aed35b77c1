"""Shared pieces of the route modules: the store of the running app, paging parameters, and the
mapping of store failures to HTTP errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from fastapi import HTTPException, Request

from conflictscope.store.session import Store

T = TypeVar("T")

EVENT_ID_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"
MAX_PK = 2**31 - 1  # the documents key is a 32-bit integer on PostgreSQL


def get_store(request: Request) -> Store:
    return request.app.state.store


def guarded(call: Callable[[], T]) -> T:
    """Run a store call; a database that cannot answer becomes a 503 with the reason."""
    from sqlalchemy.exc import OperationalError

    from conflictscope.store.session import StoreError

    try:
        return call()
    except (OperationalError, StoreError) as exc:
        message = " ".join(str(getattr(exc, "orig", exc) or exc).split())[:200]
        raise HTTPException(status_code=503, detail=f"the database is unavailable: {message}") from exc
