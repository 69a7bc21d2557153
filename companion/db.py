"""Storage: SQLAlchemy 2 over SQLite in the data directory, or PostgreSQL when COMPANION_DATABASE_URL names one.
The schema is migrated with Alembic (companion/migrations) whenever a database is opened.

Everything a person wrote is stored sealed (companion.vault); the tables hold only ids, owners, times and
ciphertext. `SEALED` lists each sealed column so that passphrase rotation can re-seal them all.

Two processes may write at once: SQLite runs in WAL mode and every transaction begins IMMEDIATE (it waits for
the write lock up to the busy time-out instead of failing on upgrade); PostgreSQL serialises migrations with an
advisory lock. A transaction is committed whole or not at all, so a killed process loses nothing already saved.
"""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import (Boolean, Column, Float, Integer, LargeBinary, MetaData, String, Table, Text, create_engine,
                        event)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from companion.errors import ConfigError

metadata = MetaData()

keyring = Table(
    "keyring", metadata,
    Column("owner", String(64), primary_key=True),
    Column("kdf", Text, nullable=False),          # KdfParams as JSON (no secret in it)
    Column("wrapped", LargeBinary, nullable=False),
    Column("created", Float, nullable=False),
    Column("rotated", Float),
)

entries = Table(
    "entries", metadata,
    Column("id", String(32), primary_key=True),
    Column("owner", String(64), nullable=False, index=True),
    Column("created", Float, nullable=False, index=True),
    Column("body", LargeBinary, nullable=False),    # sealed {"text", "mood", "origin"}
    Column("analysis", LargeBinary),                # sealed {"emotions", "self_criticism", "themes"}
    Column("reflection", LargeBinary),              # sealed {"reply", "sources", "mode", "crisis"}
)

sessions = Table(
    "sessions", metadata,
    Column("owner", String(64), primary_key=True),
    Column("id", String(64), primary_key=True),
    Column("updated", Float, nullable=False),
    Column("state", LargeBinary, nullable=False),   # sealed SessionState, or its impersonal part as plain JSON
    Column("sealed", Boolean, nullable=False),
)

messages = Table(
    "messages", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("owner", String(64), nullable=False, index=True),
    Column("session_id", String(64), nullable=False, index=True),
    Column("created", Float, nullable=False),
    Column("role", String(16), nullable=False),
    Column("content", LargeBinary, nullable=False),  # sealed text
)

#: table → (sealed columns). Rotation re-seals exactly these; `context()` binds each value to its place.
SEALED: dict[str, tuple[str, ...]] = {
    "entries": ("body", "analysis", "reflection"),
    "messages": ("content",),
    "sessions": ("state",),
}


def context(table: str, column: str, owner: str, row_id: object) -> str:
    return f"{table}.{column}:{owner}:{row_id}"


def database_url(data_dir: Path, configured: str | None) -> str:
    if configured:
        return configured
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data_dir / 'companion.sqlite3'}"


_engines: dict[str, Engine] = {}
_lock = threading.Lock()


def engine_for(data_dir: Path, configured: str | None = None) -> Engine:
    """One migrated engine per URL per process."""
    url = database_url(data_dir, configured)
    with _lock:
        if url not in _engines:
            _engines[url] = _open(url)
        return _engines[url]


def _open(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigError(f"COMPANION_DATABASE_URL is not a database URL: {url!r}") from None
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 60, "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_connection, _record) -> None:
            dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" below decides how transactions start
            dbapi_connection.execute("PRAGMA journal_mode=WAL")
            dbapi_connection.execute("PRAGMA synchronous=FULL")
            dbapi_connection.execute("PRAGMA busy_timeout=60000")
            dbapi_connection.execute("PRAGMA secure_delete=ON")  # deleted rows are overwritten, not just unlinked

        @event.listens_for(engine, "begin")
        def _sqlite_begin(connection) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
    elif parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        engine = create_engine(parsed, pool_pre_ping=True)
    else:
        raise ConfigError(f"unsupported database {parsed.get_backend_name()!r}: use sqlite or postgresql")
    try:
        migrate(engine)
    except OperationalError as exc:
        raise ConfigError(f"cannot open the database at {parsed.render_as_string(hide_password=True)}: "
                          f"{exc.orig}") from None
    return engine


def migrate(engine: Engine, revision: str = "head") -> None:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).resolve().parent / "migrations"))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
