"""Alembic environment: the store runs migrations programmatically (``session.open_store``) and hands
over its open connection in ``config.attributes["connection"]``."""

from __future__ import annotations

from alembic import context

from conflictscope.store.models import Base

target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:  # `alembic -x url=...` from a shell, for developers
        from sqlalchemy import create_engine

        url = context.get_x_argument(as_dictionary=True).get("url")
        if not url:
            raise SystemExit("give the database with: alembic -x url=sqlite:///conflictscope.db upgrade head")
        with create_engine(url).connect() as conn:
            context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
            with context.begin_transaction():
                context.run_migrations()
            conn.commit()
        return
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("conflictscope migrations run online only")
run_migrations_online()
