"""Responders turn a turn's context into a draft reply. Each backend subclasses Responder and registers
itself as a `companion.responders` entry point; the pipeline chooses among whatever is registered."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import ClassVar, Literal

from companion.config import Settings
from companion.errors import ConfigError
from companion.models import Source
from companion.plugins import registered
from companion.retrieval import Hit
from companion.sessions import SessionState
from guardrails.crisis.detector import Assessment


@dataclass
class TurnContext:
    text: str
    session: SessionState
    hits: list[Hit]
    crisis: Assessment
    settings: Settings
    rng: random.Random = field(default_factory=random.Random)
    #: False on any turn with crisis language or in safety mode: no practice may be offered or run.
    allow_practices: bool = True
    #: "journal": the text is a journal entry to reflect on (one considered reply), not a chat message.
    task: Literal["chat", "journal"] = "chat"
    #: For journal entries: the entry's Analysis (emotions, self-criticism, themes).
    analysis: object | None = None


@dataclass
class Draft:
    reply: str
    sources: list[Source] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    notice: str | None = None
    #: Which kind of responder produced this reply, when it differs from the configured one (a fallback).
    mode: Literal["guided", "llm"] | None = None
    #: Already delivered through the stream callback (and checked sentence by sentence on the way).
    streamed: bool = False


class Responder:
    name: ClassVar[str]
    mode: ClassVar[Literal["guided", "llm"]]

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    @classmethod
    def available(cls, settings: Settings) -> bool:
        """Whether this backend can run with these settings (a key, a server...)."""
        return True

    def respond(self, ctx: TurnContext) -> Draft:
        raise NotImplementedError


def responders() -> dict[str, type[Responder]]:
    return registered("companion.responders")  # type: ignore[return-value]


def choose_responder(settings: Settings) -> Responder:
    """`guided` or `llm` when asked; with `auto`, the first available LLM backend, else guided."""
    backends = responders()
    if settings.mode == "auto":
        for cls in backends.values():
            if cls.mode == "llm" and cls.available(settings):
                return cls(settings)
        wanted = "guided"
    else:
        wanted = settings.mode
    for cls in backends.values():
        if cls.mode == wanted and cls.available(settings):
            return cls(settings)
    raise ConfigError(f"no {wanted} responder is available (registered: {', '.join(sorted(backends)) or 'none'})")
