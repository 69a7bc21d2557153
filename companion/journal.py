"""The journal: entries, their analysis and reflections, sealed at rest (companion.vault, companion.db).

`Journal.open(settings, passphrase)` unlocks (or, the first time, creates) the owner's key. Every method reads
and writes whole transactions: an entry is saved completely or not at all.
"""

from __future__ import annotations

import json
import time
import uuid
from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from companion import db
from companion.config import Settings
from companion.errors import CompanionError, InputError
from companion.models import Resource, Source
from companion.vault import KdfParams, Vault, check_passphrase

ORIGINS = ("journal", "evening-reflection", "import")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Analysis(_Strict):
    emotions: dict[str, float] = Field(default_factory=dict, description="the emotion model's labels above threshold")
    self_criticism: float = 0.0
    self_criticism_evidence: list[str] = Field(default_factory=list)
    themes: list[str] = Field(default_factory=list)


class Reflection(_Strict):
    reply: str
    sources: list[Source] = Field(default_factory=list)
    mode: Literal["guided", "llm"] = "guided"
    crisis: str = "none"
    resources: list[Resource] = Field(default_factory=list)
    notice: str | None = None
    created: str


class Entry(_Strict):
    id: str
    created: str = Field(description="ISO 8601, UTC")
    text: str
    mood: int | None = Field(default=None, ge=1, le=10)
    origin: str = "journal"
    analysis: Analysis | None = None
    reflection: Reflection | None = None

    @property
    def when(self) -> datetime:
        return datetime.fromisoformat(self.created)


class NotFound(CompanionError):
    """No entry with that id."""


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).isoformat(timespec="seconds")


def unlock(connection: Connection, owner: str, passphrase: str) -> Vault:
    """The owner's data key: unwrapped with the passphrase, or created and wrapped on first use."""
    row = connection.execute(select(db.keyring).where(db.keyring.c.owner == owner)).first()
    if row is not None:
        return Vault.unwrap(passphrase, owner, KdfParams.model_validate_json(row.kdf), row.wrapped)
    vault = Vault.new()
    params, wrapped = vault.wrap(passphrase, owner)
    connection.execute(insert(db.keyring).values(owner=owner, kdf=params.model_dump_json(), wrapped=wrapped,
                                                 created=time.time()))
    return vault


def open_vault(engine: Engine, owner: str, passphrase: str | None) -> Vault:
    passphrase = check_passphrase(passphrase)
    try:
        with engine.begin() as connection:
            return unlock(connection, owner, passphrase)
    except IntegrityError:  # another process created the key first: use theirs
        with engine.begin() as connection:
            return unlock(connection, owner, passphrase)


def settings_vault(settings: Settings, passphrase: str | None = None) -> Vault:
    """The owner's key from `passphrase`, else from COMPANION_PASSPHRASE (a clear error if neither is given)."""
    if passphrase is None and settings.passphrase is not None:
        passphrase = settings.passphrase.get_secret_value()
    return open_vault(db.engine_for(settings.data_dir, settings.database_url), settings.user, passphrase)


class Journal:
    def __init__(self, settings: Settings, engine: Engine, vault: Vault, owner: str) -> None:
        self.settings, self.engine, self.vault, self.owner = settings, engine, vault, owner

    @classmethod
    def open(cls, settings: Settings, passphrase: str | None = None) -> "Journal":
        vault = settings_vault(settings, passphrase)
        return cls(settings, db.engine_for(settings.data_dir, settings.database_url), vault, settings.user)

    # -- sealing ------------------------------------------------------------------------------------------
    def _seal(self, column: str, entry_id: str, value: object) -> bytes:
        return self.vault.seal_json(value, db.context("entries", column, self.owner, entry_id))

    def _open(self, column: str, entry_id: str, sealed: bytes | None):
        return None if sealed is None else self.vault.open_json(sealed, db.context("entries", column, self.owner, entry_id))

    def _entry(self, row) -> Entry:
        body = self._open("body", row.id, row.body)
        analysis = self._open("analysis", row.id, row.analysis)
        reflection = self._open("reflection", row.id, row.reflection)
        return Entry(id=row.id, created=_iso(row.created), **body,
                     analysis=Analysis(**analysis) if analysis else None,
                     reflection=Reflection(**reflection) if reflection else None)

    # -- entries ------------------------------------------------------------------------------------------
    def add(self, text: str, mood: int | None = None, origin: str = "journal", analysis: Analysis | None = None,
            created: float | None = None, entry_id: str | None = None, analyser=None) -> Entry:
        """Save an entry. `analyser(text) -> Analysis` runs only after the text has passed its checks."""
        from companion.pipeline import check_text

        text = check_text(text, self.settings.max_entry_chars)
        if mood is not None and not (isinstance(mood, int) and 1 <= mood <= 10):
            raise InputError("mood is a whole number from 1 to 10")
        if origin not in ORIGINS:
            raise InputError(f"origin must be one of {', '.join(ORIGINS)}")
        if analysis is None and analyser is not None:
            analysis = analyser(text)
        created = time.time() if created is None else created
        entry = Entry(id=entry_id or uuid.uuid4().hex, created=_iso(created), text=text, mood=mood, origin=origin,
                      analysis=analysis)
        with self.engine.begin() as connection:
            connection.execute(self._insert(entry, created))
        return entry

    def _insert(self, entry: Entry, created: float):
        """The sealed row for an entry (its analysis and reflection too, when it has them)."""
        seal = lambda column, value: self._seal(column, entry.id, value.model_dump()) if value else None  # noqa: E731
        return insert(db.entries).values(
            id=entry.id, owner=self.owner, created=created,
            body=self._seal("body", entry.id, {"text": entry.text, "mood": entry.mood, "origin": entry.origin}),
            analysis=seal("analysis", entry.analysis), reflection=seal("reflection", entry.reflection))

    def get(self, entry_id: str) -> Entry:
        with self.engine.begin() as connection:
            row = connection.execute(select(db.entries).where(db.entries.c.owner == self.owner,
                                                              db.entries.c.id == entry_id)).first()
        if row is None:
            raise NotFound(f"no journal entry with id {entry_id!r}")
        return self._entry(row)

    def entries(self, since: float | None = None) -> list[Entry]:
        """All entries, oldest first."""
        query = select(db.entries).where(db.entries.c.owner == self.owner).order_by(db.entries.c.created, db.entries.c.id)
        if since is not None:
            query = query.where(db.entries.c.created >= since)
        with self.engine.begin() as connection:
            rows = connection.execute(query).all()
        return [self._entry(row) for row in rows]

    def search(self, words: str) -> list[Entry]:
        """Entries containing every word (case-insensitive). Done after decryption: the database cannot read them."""
        needles = [w.casefold() for w in words.split()]
        return [e for e in self.entries() if all(n in e.text.casefold() for n in needles)]

    def _set(self, entry_id: str, column: str, value: dict) -> None:
        with self.engine.begin() as connection:
            done = connection.execute(update(db.entries).where(
                db.entries.c.owner == self.owner, db.entries.c.id == entry_id).values(
                {column: self._seal(column, entry_id, value)})).rowcount
        if not done:
            raise NotFound(f"no journal entry with id {entry_id!r}")

    def set_analysis(self, entry_id: str, analysis: Analysis) -> None:
        self._set(entry_id, "analysis", analysis.model_dump())

    def set_reflection(self, entry_id: str, reflection: Reflection) -> None:
        self._set(entry_id, "reflection", reflection.model_dump())

    def delete(self, entry_id: str) -> None:
        with self.engine.begin() as connection:
            done = connection.execute(delete(db.entries).where(db.entries.c.owner == self.owner,
                                                                db.entries.c.id == entry_id)).rowcount
        if not done:
            raise NotFound(f"no journal entry with id {entry_id!r}")

    def delete_all(self) -> int:
        """Every entry, chat message and session of this owner; the key stays so the passphrase still works."""
        with self.engine.begin() as connection:
            count = connection.execute(delete(db.entries).where(db.entries.c.owner == self.owner)).rowcount
            connection.execute(delete(db.messages).where(db.messages.c.owner == self.owner))
            connection.execute(delete(db.sessions).where(db.sessions.c.owner == self.owner))
        return count

    # -- export / import ----------------------------------------------------------------------------------
    def export(self, fmt: Literal["json", "markdown"] = "json") -> str:
        entries = self.entries()
        if fmt == "json":
            return json.dumps({"format": "companion-journal", "version": 1,
                               "entries": [e.model_dump(exclude_none=True) for e in entries]},
                              ensure_ascii=False, indent=2)
        if fmt != "markdown":
            raise InputError("export format is json or markdown")
        out = ["# Journal", ""]
        for e in entries:
            out += [f"## {e.created[:16].replace('T', ' ')} UTC" + (f" · mood {e.mood}/10" if e.mood else ""), "",
                    e.text, ""]
            if e.reflection:
                out += ["> " + line for line in e.reflection.reply.splitlines()] + [""]
        return "\n".join(out)

    def import_json(self, raw: bytes | str) -> tuple[int, int]:
        """Entries from an export; ones already present (same id) are skipped. Returns (added, skipped).
        The whole file is checked before anything is written."""
        try:
            text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            data = json.loads(text)
        except UnicodeDecodeError:
            raise InputError("the import file is not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise InputError(f"the import file is not JSON ({exc.msg}, line {exc.lineno})") from None
        if not isinstance(data, dict) or data.get("format") != "companion-journal":
            raise InputError("the import file is not a companion journal export")
        try:
            entries = [Entry.model_validate(e) for e in data.get("entries", [])]
        except ValidationError as exc:
            raise InputError(f"the import file has an invalid entry: {exc.errors()[0]['msg']}") from None
        with self.engine.begin() as connection:
            have = set(connection.execute(select(db.entries.c.id).where(db.entries.c.owner == self.owner)).scalars())
        added = 0
        with self.engine.begin() as connection:
            for e in entries:
                if e.id in have:
                    continue
                connection.execute(self._insert(e, e.when.timestamp()))
                added += 1
        return added, len(entries) - added

    # -- passphrase rotation ------------------------------------------------------------------------------
    def rotate(self, new_passphrase: str) -> int:
        """A new data key, wrapped with the new passphrase; every sealed value re-sealed. One transaction:
        if anything fails, the old passphrase still opens everything. Returns how many values were re-sealed."""
        check_passphrase(new_passphrase)
        fresh = Vault.new()
        params, wrapped = fresh.wrap(new_passphrase, self.owner)
        count = 0
        with self.engine.begin() as connection:
            for table_name, columns in db.SEALED.items():
                table = db.metadata.tables[table_name]
                keys = [c for c in table.primary_key.columns]
                for row in connection.execute(select(table).where(table.c.owner == self.owner)).all():
                    values = {}
                    for column in columns:
                        sealed = getattr(row, column)
                        if sealed is None or (table_name == "sessions" and not row.sealed):
                            continue
                        where = db.context(table_name, column, self.owner, row.id)
                        values[column] = fresh.seal(self.vault.open(sealed, where), where)
                    if values:
                        connection.execute(update(table).where(*[k == getattr(row, k.name) for k in keys]).values(values))
                        count += len(values)
            connection.execute(update(db.keyring).where(db.keyring.c.owner == self.owner).values(
                kdf=params.model_dump_json(), wrapped=wrapped, rotated=time.time()))
        self.vault = fresh
        return count
