"""Session state, persisted in SQLite in the data directory.

A session keeps what the companion needs to continue a conversation: which phrasings it has used (so it
does not repeat itself), an offered or running practice, and the safety state. It keeps no transcript.
"""

from __future__ import annotations

import re
import sqlite3
import time
import uuid
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from companion.errors import InputError
from companion.models import CrisisLevel

SESSION_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")


class PracticeState(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    step: int = 0
    answers: dict[str, str] = Field(default_factory=dict)


class SessionState(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    turns: int = 0
    used: list[str] = Field(default_factory=list, description="phrase keys used, newest last")
    offered_practice: str | None = None
    practice: PracticeState | None = None
    safety_mode: bool = False
    #: "direct_check" when safety mode began with a direct question (only the learned layer saw risk): a plain
    #: denial then ends it. "escalation" when the risk was stated: only "I'm safe" ends it.
    safety_reason: str | None = None
    recent_levels: list[CrisisLevel] = Field(default_factory=list)
    #: Stanley–Brown safety plan: step key → the person's answer; `safety_plan_step` is set while building it.
    safety_plan: dict[str, str] = Field(default_factory=dict)
    safety_plan_step: int | None = None
    #: LLM mode only: the last few exchanges (bounded by `history_turns`) and a running summary of older ones.
    history: list[dict[str, str]] = Field(default_factory=list)
    summary: str = ""

    def remember(self, *keys: str, keep: int = 60) -> None:
        self.used.extend(keys)
        del self.used[:-keep]


def validate_session_id(session_id: str) -> str:
    if not SESSION_ID.match(session_id):
        raise InputError("a session id is 1-64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit")
    return session_id


def new_session_id() -> str:
    return uuid.uuid4().hex[:12]


class SessionStore:
    def __init__(self, data_dir: Path) -> None:
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / "sessions.sqlite3"
        self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, state TEXT NOT NULL, updated REAL NOT NULL)")

    def exists(self, session_id: str) -> bool:
        return self._db.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone() is not None

    def load(self, session_id: str) -> SessionState:
        """The saved state, or a fresh session under that id."""
        validate_session_id(session_id)
        row = self._db.execute("SELECT state FROM sessions WHERE id = ?", (session_id,)).fetchone()
        return SessionState.model_validate_json(row[0]) if row else SessionState(id=session_id)

    def save(self, state: SessionState) -> None:
        self._db.execute(
            "INSERT INTO sessions (id, state, updated) VALUES (?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET state = excluded.state, updated = excluded.updated",
            (state.id, state.model_dump_json(), time.time()))

    def close(self) -> None:
        self._db.close()
