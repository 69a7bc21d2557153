"""The first schema: keyring, journal entries, sessions and chat messages.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "keyring",
        sa.Column("owner", sa.String(64), primary_key=True),
        sa.Column("kdf", sa.Text, nullable=False),
        sa.Column("wrapped", sa.LargeBinary, nullable=False),
        sa.Column("created", sa.Float, nullable=False),
        sa.Column("rotated", sa.Float),
    )
    op.create_table(
        "entries",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("owner", sa.String(64), nullable=False),
        sa.Column("created", sa.Float, nullable=False),
        sa.Column("body", sa.LargeBinary, nullable=False),
        sa.Column("analysis", sa.LargeBinary),
        sa.Column("reflection", sa.LargeBinary),
    )
    op.create_index("ix_entries_owner", "entries", ["owner"])
    op.create_index("ix_entries_created", "entries", ["created"])
    op.create_table(
        "sessions",
        sa.Column("owner", sa.String(64), primary_key=True),
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("updated", sa.Float, nullable=False),
        sa.Column("state", sa.LargeBinary, nullable=False),
        sa.Column("sealed", sa.Boolean, nullable=False),
    )
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("owner", sa.String(64), nullable=False),
        sa.Column("session_id", sa.String(64), nullable=False),
        sa.Column("created", sa.Float, nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
    )
    op.create_index("ix_messages_owner", "messages", ["owner"])
    op.create_index("ix_messages_session_id", "messages", ["session_id"])


def downgrade() -> None:
    op.drop_table("messages")
    op.drop_table("sessions")
    op.drop_table("entries")
    op.drop_table("keyring")
