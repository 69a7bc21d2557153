"""Session state, persisted in the companion database (companion.db), sealed when a passphrase is given.

A session keeps what the companion needs to continue a conversation: which phrasings it has used (so it
does not repeat itself), an offered or running practice, and the safety state. The transcript of a conversation
is kept (sealed) only when a passphrase is given.
"""

from __future__ import annotations

import json
import re
import time
import uuid

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import delete, insert, select

from companion import db
from companion.errors import InputError
from companion.models import CrisisLevel
from companion.vault import Locked, Vault

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
    #: A finished evening reflection, offered to be kept as a journal entry (kept only for the next turn).
    pending_entry: str | None = None
    #: Set on load (never saved) when a practice had to end because its answers were not kept (no passphrase).
    lost_practice: str | None = Field(default=None, exclude=True)

    def remember(self, *keys: str, keep: int = 60) -> None:
        self.used.extend(keys)
        del self.used[:-keep]


def validate_session_id(session_id: str) -> str:
    if not SESSION_ID.match(session_id):
        raise InputError("a session id is 1-64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit")
    return session_id


def new_session_id() -> str:
    return uuid.uuid4().hex[:12]


#: What a person wrote, inside a session: kept only sealed. Without a passphrase it lives in this process only.
PERSONAL = ("history", "summary", "safety_plan", "pending_entry")


def impersonal(state: SessionState) -> dict:
    """The part of a session that holds nothing the person wrote (phrases used, levels, practice step)."""
    data = state.model_dump(exclude=set(PERSONAL))
    if data.get("practice"):
        data["practice"]["answers"] = {}
    return data


class SessionStore:
    """Sessions in the companion database. With a vault, the whole state is sealed; without one, only its
    impersonal part is saved and the personal part is kept in memory for this process."""

    def __init__(self, settings, vault: Vault | None = None) -> None:
        self.engine = db.engine_for(settings.data_dir, settings.database_url)
        self.owner = settings.user
        self.vault = vault
        self._memory: dict[str, SessionState] = {}

    def _context(self, session_id: str) -> str:
        return db.context("sessions", "state", self.owner, session_id)

    def _row(self, session_id: str):
        with self.engine.begin() as connection:
            return connection.execute(select(db.sessions).where(db.sessions.c.owner == self.owner,
                                                                db.sessions.c.id == session_id)).first()

    def exists(self, session_id: str) -> bool:
        return self._row(session_id) is not None

    def load(self, session_id: str) -> SessionState:
        """The saved state, or a fresh session under that id."""
        validate_session_id(session_id)
        row = self._row(session_id)
        if row is None:
            return SessionState(id=session_id)
        if row.sealed:
            if self.vault is None:
                raise Locked("this conversation is kept encrypted: give the passphrase (COMPANION_PASSPHRASE) to continue it")
            return SessionState.model_validate_json(self.vault.open(row.state, self._context(session_id)))
        state = SessionState.model_validate_json(row.state)
        kept = self._memory.get(session_id)
        if kept is None and state.practice is not None and state.practice.step > 0:
            # Its earlier answers were in another process's memory: end it rather than quote what is gone.
            state.lost_practice, state.practice = state.practice.name, None
        elif kept is not None:
            state = state.model_copy(update={k: getattr(kept, k) for k in PERSONAL})
            if kept.practice and state.practice and kept.practice.name == state.practice.name:
                state.practice.answers = dict(kept.practice.answers)
        return state

    def save(self, state: SessionState) -> None:
        if self.vault is not None:
            payload, sealed = self.vault.seal(state.model_dump_json().encode(), self._context(state.id)), True
        else:
            payload, sealed = json.dumps(impersonal(state)).encode(), False
            self._memory[state.id] = state.model_copy(deep=True)
        where = (db.sessions.c.owner == self.owner, db.sessions.c.id == state.id)
        with self.engine.begin() as connection:
            connection.execute(delete(db.sessions).where(*where))
            connection.execute(insert(db.sessions).values(owner=self.owner, id=state.id, updated=time.time(),
                                                          state=payload, sealed=sealed))

    def append(self, session_id: str, *messages: tuple[str, str]) -> None:
        """Add (role, text) pairs to the conversation's transcript, sealed. Without a vault nothing is kept."""
        if self.vault is None:
            return
        with self.engine.begin() as connection:
            for role, text in messages:
                row_id = connection.execute(insert(db.messages).values(
                    owner=self.owner, session_id=session_id, created=time.time(), role=role,
                    content=b"")).inserted_primary_key[0]
                context = db.context("messages", "content", self.owner, row_id)
                connection.execute(db.messages.update().where(db.messages.c.id == row_id).values(
                    content=self.vault.seal(text.encode(), context)))

    def transcript(self, session_id: str | None = None) -> list[dict]:
        """Saved messages (oldest first), of one conversation or all."""
        if self.vault is None:
            raise Locked("chat history is kept encrypted: give the passphrase (COMPANION_PASSPHRASE) to read it")
        query = select(db.messages).where(db.messages.c.owner == self.owner).order_by(db.messages.c.id)
        if session_id is not None:
            query = query.where(db.messages.c.session_id == session_id)
        with self.engine.begin() as connection:
            rows = connection.execute(query).all()
        return [{"session": r.session_id, "role": r.role, "created": r.created,
                 "text": self.vault.open(r.content, db.context("messages", "content", self.owner, r.id)).decode()}
                for r in rows]

    def close(self) -> None:
        """Nothing to release: the engine is shared per process."""
