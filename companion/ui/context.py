"""Who is using the app, and their own pipeline, journal and rate limit.

Single-user by default (no login; the person is "local"). A deployment turns on sign-in with
COMPANION_AUTH_FILE (lines `name:salt:hash` written by `companion app-user add NAME`), or trusts a reverse
proxy's header with COMPANION_TRUSTED_USER_HEADER (only do that behind a proxy that sets it). Every person's
data is kept apart by owner; their passphrase opens only their own key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import threading
import time
from collections import deque
from pathlib import Path

from companion.config import Settings
from companion.errors import CompanionError, InputError
from companion.journal import Journal
from companion.pipeline import Pipeline
from companion.retrieval import Retriever

USER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$")


class RateLimited(CompanionError):
    """Too many requests from one person in a short time."""


# -- sign-in ---------------------------------------------------------------------------------------------
def _hash(password: str, salt: bytes) -> str:
    return base64.b64encode(hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)).decode()


def add_user(path: Path, name: str, password: str) -> None:
    if not USER_NAME.match(name):
        raise InputError("a user name is letters, digits, '.', '_', '@' or '-' (up to 64)")
    if len(password) < 8:
        raise InputError("a password needs at least 8 characters")
    salt = os.urandom(16)
    lines = [line for line in (path.read_text().splitlines() if path.exists() else []) if not line.startswith(f"{name}:")]
    lines.append(f"{name}:{base64.b64encode(salt).decode()}:{_hash(password, salt)}")
    path.write_text("\n".join(lines) + "\n")
    path.chmod(0o600)


def check_login(path: Path, name: str, password: str) -> bool:
    try:
        lines = path.read_text().splitlines()
    except FileNotFoundError:
        return False
    for line in lines:
        user, _, rest = line.partition(":")
        if user == name and rest:
            salt, _, digest = rest.partition(":")
            return hmac.compare_digest(_hash(password, base64.b64decode(salt)), digest)
    return False


# -- per-person state -----------------------------------------------------------------------------------
class RateLimit:
    """At most `per_minute` actions per person in any 60 seconds."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._seen: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, user: str) -> None:
        now = time.monotonic()
        with self._lock:
            seen = self._seen.setdefault(user, deque())
            while seen and now - seen[0] > 60:
                seen.popleft()
            if len(seen) >= self.per_minute:
                raise RateLimited("that is a lot of messages in a minute; please wait a moment and send it again "
                                  "(your text is still in the box)")
            seen.append(now)


class People:
    """Per-person settings, journals (once unlocked) and pipelines, in this server's memory only."""

    def __init__(self, settings: Settings, retriever: Retriever | None = None) -> None:
        self.settings = settings
        self.retriever = retriever or Retriever(settings)
        self.header = os.environ.get("COMPANION_TRUSTED_USER_HEADER")
        auth = os.environ.get("COMPANION_AUTH_FILE")
        self.auth_file = Path(auth) if auth else None
        self.limit = RateLimit(int(os.environ.get("COMPANION_RATE_LIMIT", "30")))
        self._journals: dict[str, Journal] = {}
        self._pipelines: dict[tuple[str, str, int], Pipeline] = {}
        self._choices: dict[str, dict[str, str]] = {}
        self._lock = threading.Lock()
        if settings.passphrase is not None and not self.multi_user:
            self._journals[settings.user] = Journal.open(settings)

    @property
    def multi_user(self) -> bool:
        return bool(self.header or self.auth_file)

    def user(self, request) -> str:
        """The signed-in person, the proxy's named person, or "local" for the single-user app."""
        name = None
        if self.auth_file is not None:
            name = getattr(request, "username", None)
        elif self.header:
            name = request.headers.get(self.header.lower()) if request is not None else None
        else:
            return self.settings.user
        if not name or not USER_NAME.match(name):
            raise InputError("not signed in")
        return name

    def settings_for(self, user: str) -> Settings:
        update: dict[str, object] = {"user": user, **self._choices.get(user, {})}
        if self.multi_user:
            update["passphrase"] = None  # each person brings their own
        return self.settings.model_copy(update=update)

    def choose(self, user: str, **values: str) -> None:
        """A person's own mode, model or locale for this server's lifetime (validated like any setting)."""
        choices = {**self._choices.get(user, {}), **values}
        try:
            Settings.model_validate({**self.settings.model_dump(), **choices})
        except ValueError as exc:
            raise InputError(f"not a valid choice: {exc.errors()[0]['msg'] if hasattr(exc, 'errors') else exc}") from None
        self._choices[user] = choices

    def unlock(self, user: str, passphrase: str) -> Journal:
        journal = Journal.open(self.settings_for(user), passphrase)
        with self._lock:
            self._journals[user] = journal
        return journal

    def lock(self, user: str) -> None:
        with self._lock:
            self._journals.pop(user, None)

    def journal(self, user: str) -> Journal:
        journal = self._journals.get(user)
        if journal is None:
            from companion.vault import Locked

            raise Locked("the journal is locked: enter your passphrase in Settings first")
        return journal

    def unlocked(self, user: str) -> bool:
        return user in self._journals

    def pipeline(self, user: str) -> Pipeline:
        settings = self.settings_for(user)
        journal = self._journals.get(user)
        key = (user, settings.mode, settings.model, settings.locale, id(journal.vault) if journal else 0)
        with self._lock:
            if key not in self._pipelines:
                self._pipelines[key] = Pipeline(settings, retriever=self.retriever,
                                                vault=journal.vault if journal else None)
            return self._pipelines[key]
