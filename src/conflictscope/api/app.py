"""The FastAPI application: REST API under ``/api``, the web page at ``/``, its files under ``/static``.

Everything the page loads comes from this process: our own JS/CSS (``conflictscope/web``), Leaflet
from the installed ``xstatic-leaflet`` package, country outlines built from an installed Natural
Earth package (``/api/outlines``). Static files are served only from that fixed list of folders.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from conflictscope.api.extraction import default_extractor, new_lock
from conflictscope.api.security import BodyLimitMiddleware, SecurityHeadersMiddleware
from conflictscope.store.session import Store

log = logging.getLogger("conflictscope.api")

WEB_DIR = Path(__file__).resolve().parent.parent / "web"
DEFAULT_MAX_BODY_BYTES = 6_000_000  # a 5 MB document (the CLI's default limit) plus JSON escaping
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})


def leaflet_dir() -> Path:
    """Leaflet's files inside the installed xstatic-leaflet package."""
    import xstatic.pkg.leaflet as leaflet

    return Path(leaflet.BASE_DIR)


def static_folders() -> dict[str, Path]:
    """URL prefix -> folder: the only places files are served from."""
    return {"/static/app": WEB_DIR, "/static/leaflet": leaflet_dir()}


class HostCheckMiddleware:
    """Answers only requests whose Host header names one of ``allowed`` (DNS-rebinding defence for
    a server bound to loopback)."""

    def __init__(self, app, allowed: Iterable[str]):
        self.app = app
        self.allowed = {h.lower() for h in allowed}

    @staticmethod
    def _host(value: str) -> str:
        value = value.strip().lower()
        if value.startswith("["):
            return value[1 : value.find("]")] if "]" in value else value
        return value.rsplit(":", 1)[0] if value.count(":") == 1 else value

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            host = ""
            for name, value in scope.get("headers", []):
                if name == b"host":
                    host = self._host(value.decode("latin-1"))
            if host not in self.allowed:
                response = JSONResponse({"detail": "unexpected Host header: this server answers only on its own address"}, status_code=400)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _validation_message(exc: RequestValidationError) -> tuple[str, list[dict[str, Any]]]:
    parts = []
    errors = []
    for error in exc.errors():
        location = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "body"
        message = str(error.get("msg", "invalid value"))
        parts.append(f"{location}: {message}")
        errors.append({"loc": [str(p) for p in error.get("loc", ())], "msg": message, "type": str(error.get("type", ""))})
    return "; ".join(parts) or "invalid request", errors


def create_app(
    store: Store,
    *,
    token: str | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    max_document_bytes: int | None = None,
    allowed_hosts: Iterable[str] | None = None,
    extractor_factory: Callable[[], Any] | None = None,
) -> FastAPI:
    """The web app over an open ``store``.

    ``token``: when set, POST endpoints need ``Authorization: Bearer <token>``.
    ``max_body_bytes``: larger request bodies get a 413. ``max_document_bytes``: the document size
    limit (default: the body limit). ``allowed_hosts``: Host header names to answer (None: any).
    ``extractor_factory``: returns the extractor (default: ``Extractor.default()``).
    """
    from conflictscope import __version__
    from conflictscope.api.routes import documents, events, extract, meta

    app = FastAPI(
        title="conflictscope",
        version=__version__,
        description="Geocoded, claim-aware ACLED-style events fused across news reports.",
        openapi_url="/api/openapi.json",
        docs_url=None,  # the stock docs pages load scripts from a CDN
        redoc_url=None,
    )
    app.state.store = store
    app.state.token = token or None
    app.state.max_body_bytes = max_body_bytes
    app.state.max_document_bytes = max_document_bytes or max_body_bytes
    app.state.extractor_factory = extractor_factory or default_extractor
    app.state.extract_lock = new_lock()

    for router in (events.router, documents.router, extract.router, meta.router):
        app.include_router(router)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        message, errors = _validation_message(exc)
        return JSONResponse({"detail": message, "errors": errors}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s %s", request.method, request.url.path)
        return JSONResponse({"detail": f"internal error: {type(exc).__name__}"}, status_code=500)

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(WEB_DIR / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(WEB_DIR / "favicon.svg", media_type="image/svg+xml")

    for prefix, folder in static_folders().items():
        app.mount(prefix, StaticFiles(directory=folder, follow_symlink=False), name=prefix.strip("/").replace("/", "-"))

    app.add_middleware(BodyLimitMiddleware, max_bytes=max_body_bytes)
    if allowed_hosts is not None:
        app.add_middleware(HostCheckMiddleware, allowed=allowed_hosts)
    app.add_middleware(SecurityHeadersMiddleware)  # outermost: headers on every response
    return app
