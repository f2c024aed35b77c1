"""The first schema: documents, actors, places, mentions, claims, fused events, corrections, errors.

Revision ID: 0001
Revises:
Create Date: 2025-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("doc_key", sa.String(512), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("minhash0", sa.BigInteger(), nullable=False),
        sa.Column("minhash1", sa.BigInteger(), nullable=False),
        sa.Column("minhash2", sa.BigInteger(), nullable=False),
        sa.Column("minhash3", sa.BigInteger(), nullable=False),
        sa.Column("duplicate_of", sa.Integer(), sa.ForeignKey("documents.id"), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("source", sa.String(512), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("n_events", sa.Integer(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("content_hash", name="uq_documents_content_hash"),
    )
    for column in ("doc_key", "minhash0", "minhash1", "minhash2", "minhash3", "duplicate_of", "published"):
        op.create_index(f"ix_documents_{column}", "documents", [column])

    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(700), nullable=False),
        sa.Column("name", sa.String(512), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("country_code", sa.String(2), nullable=True),
        sa.UniqueConstraint("key", name="uq_actors_key"),
    )
    op.create_index("ix_actors_name", "actors", ["name"])

    op.create_table(
        "places",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(700), nullable=False),
        sa.Column("name", sa.String(512), nullable=False),
        sa.Column("country_code", sa.String(2), nullable=True),
        sa.Column("admin1", sa.String(512), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=False),
        sa.Column("longitude", sa.Float(), nullable=False),
        sa.Column("geonameid", sa.Integer(), nullable=True),
        sa.UniqueConstraint("key", name="uq_places_key"),
    )
    op.create_index("ix_places_country_code", "places", ["country_code"])

    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("event_uid", sa.String(64), nullable=False),
        sa.Column("fused_id", sa.String(64), nullable=True),
        sa.Column("event_type", sa.String(64), nullable=False),
        sa.Column("sub_event_type", sa.String(128), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("time_precision", sa.Integer(), nullable=False),
        sa.Column("relative_date", sa.Boolean(), nullable=False),
        sa.Column("place_id", sa.Integer(), sa.ForeignKey("places.id"), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("geo_precision", sa.Integer(), nullable=True),
        sa.Column("actor1_id", sa.Integer(), sa.ForeignKey("actors.id"), nullable=True),
        sa.Column("actor2_id", sa.Integer(), sa.ForeignKey("actors.id"), nullable=True),
        sa.Column("fatalities", sa.Integer(), nullable=False),
        sa.Column("fatalities_stated", sa.Boolean(), nullable=False),
        sa.Column("injuries", sa.Integer(), nullable=True),
        sa.Column("civilian_targeting", sa.Boolean(), nullable=False),
        sa.Column("disputed", sa.Boolean(), nullable=False),
        sa.Column("historical", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("event", sa.JSON(), nullable=False),
        sa.UniqueConstraint("document_id", "event_uid", name="uq_mentions_document_event"),
    )
    op.create_index("ix_mentions_document_id", "mentions", ["document_id"])
    op.create_index("ix_mentions_event_uid", "mentions", ["event_uid"])
    op.create_index("ix_mentions_fused_id", "mentions", ["fused_id"])
    op.create_index("ix_mentions_fusion", "mentions", ["date", "latitude"])

    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("mention_id", sa.Integer(), sa.ForeignKey("mentions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("speaker_name", sa.String(512), nullable=False),
        sa.Column("speaker_kind", sa.String(40), nullable=False),
        sa.Column("speaker_country", sa.String(2), nullable=True),
        sa.Column("stance", sa.String(40), nullable=False),
        sa.Column("via", sa.String(512), nullable=True),
        sa.Column("fatalities", sa.Integer(), nullable=True),
        sa.Column("injuries", sa.Integer(), nullable=True),
        sa.Column("evidence_text", sa.Text(), nullable=False),
        sa.Column("evidence_start", sa.Integer(), nullable=False),
        sa.Column("evidence_end", sa.Integer(), nullable=False),
    )
    op.create_index("ix_claims_mention_id", "claims", ["mention_id"])

    op.create_table(
        "fused_events",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("event_type", sa.String(64), nullable=False),
        sa.Column("sub_event_type", sa.String(128), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("place_id", sa.Integer(), sa.ForeignKey("places.id"), nullable=True),
        sa.Column("country_code", sa.String(2), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("actor1_id", sa.Integer(), sa.ForeignKey("actors.id"), nullable=True),
        sa.Column("actor2_id", sa.Integer(), sa.ForeignKey("actors.id"), nullable=True),
        sa.Column("actor1_name", sa.String(512), nullable=True),
        sa.Column("actor2_name", sa.String(512), nullable=True),
        sa.Column("fatalities", sa.Integer(), nullable=False),
        sa.Column("fatalities_low", sa.Integer(), nullable=True),
        sa.Column("fatalities_high", sa.Integer(), nullable=True),
        sa.Column("disputed", sa.Boolean(), nullable=False),
        sa.Column("sources", sa.Integer(), nullable=False),
        sa.Column("n_mentions", sa.Integer(), nullable=False),
        sa.Column("corrected", sa.Boolean(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_fused_events_event_type", "fused_events", ["event_type"])
    op.create_index("ix_fused_events_date", "fused_events", ["date"])
    op.create_index("ix_fused_events_country_code", "fused_events", ["country_code"])
    op.create_index("ix_fused_events_disputed", "fused_events", ["disputed"])

    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("field", sa.String(40), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.Column("analyst", sa.String(200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_corrections_event_id", "corrections", ["event_id"])

    op.create_table(
        "ingest_errors",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("origin", sa.Text(), nullable=False),
        sa.Column("code", sa.String(16), nullable=True),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("occurrences", sa.Integer(), nullable=False),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    for table in ("ingest_errors", "corrections", "fused_events", "claims", "mentions", "places", "actors", "documents"):
        op.drop_table(table)
