"""The REST API and the web page (``conflictscope serve``).

``create_app(store, ...)`` builds the FastAPI application over an open store; routes live in
``api/routes/``, response and request shapes in ``api/schemas.py``, the page's own files in
``conflictscope/web/``.
"""

from conflictscope.api.app import create_app

__all__ = ["create_app"]
