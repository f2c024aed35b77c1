"""`conflictscope serve`: the REST API and the web page over a store."""

from __future__ import annotations

import sys
import threading
from typing import Optional

import typer

from conflictscope.cli._app import app, report_error
from conflictscope.cli.ingest import DbOpt, open_or_exit


def _warm_up() -> None:
    """Load the extractor and build the map's outlines before the first request needs them."""
    try:
        from conflictscope.api.extraction import default_extractor
        from conflictscope.api.outlines import outlines_geojson

        outlines_geojson()
        default_extractor()
    except Exception as exc:  # noqa: BLE001 - the request that needs it will report the problem
        report_error(f"warm-up: {type(exc).__name__}: {exc}")


@app.command("serve")
def serve_cli(
    db: Optional[str] = DbOpt,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. Anything but loopback needs --token."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="TCP port (0: any free port)."),
    token: Optional[str] = typer.Option(
        None, "--token", envvar="CONFLICTSCOPE_TOKEN", help="Require 'Authorization: Bearer TOKEN' on POST endpoints (also from $CONFLICTSCOPE_TOKEN)."
    ),
    max_bytes: int = typer.Option(6_000_000, "--max-bytes", min=1024, help="Refuse request bodies larger than this many bytes (413)."),
    warm: bool = typer.Option(True, "--warm/--no-warm", help="Load the extractor and the map outlines at start rather than on first use."),
) -> None:
    """Serve the REST API (/api, OpenAPI spec at /api/openapi.json) and the map at /.

    Everything is served by this process: nothing is fetched from the network, by the server or by
    the page. On an address other than loopback, --token is required and guards POST /api/documents
    and POST /api/extract.

    Examples:

      conflictscope serve --db events.db

      CONFLICTSCOPE_TOKEN=$(openssl rand -hex 16) conflictscope serve --host 0.0.0.0 --port 8080
    """
    from conflictscope.api.security import is_loopback

    token = token.strip() if token else None
    loopback = is_loopback(host)
    if not loopback and not token:
        report_error(f"--host {host} is reachable from other machines: give --token (or set CONFLICTSCOPE_TOKEN) so that only you can post documents [CS010]")
        raise typer.Exit(2)
    try:
        import uvicorn

        from conflictscope.api import create_app
        from conflictscope.api.app import LOOPBACK_HOSTS
    except ImportError as exc:
        report_error(f"serve needs the web dependencies (fastapi, uvicorn, xstatic-leaflet): {exc} [CS010]")
        raise typer.Exit(2) from exc

    store = open_or_exit(db)
    try:
        web = create_app(
            store,
            token=token,
            max_body_bytes=max_bytes,
            allowed_hosts=(set(LOOPBACK_HOSTS) | {host.strip("[]").lower()}) if loopback else None,
        )
        if warm:
            threading.Thread(target=_warm_up, name="warm-up", daemon=True).start()
        shown = f"[{host}]" if ":" in host else host
        print(f"conflictscope: serving {store.display_url} on http://{shown}:{port}/ (Ctrl-C to stop)", file=sys.stderr)
        config = uvicorn.Config(web, host=host, port=port, log_level="info", server_header=False, proxy_headers=False, access_log=False)
        server = uvicorn.Server(config)
        try:
            server.run()
        except KeyboardInterrupt:  # uvicorn re-raises Ctrl-C after shutting down cleanly
            pass
        if not server.started:
            raise typer.Exit(1)  # uvicorn already said why (e.g. the port is taken)
    finally:
        store.close()
    raise typer.Exit(0)
