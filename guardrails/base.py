"""What a rail returns. Input rails see the person's message before anything else happens
(`check(text, session) -> InputVerdict`); output rails see every draft reply, with the message it answers,
before the person does (`check(reply, user_text, generated) -> OutputVerdict`; `generated` is False for guided
replies, composed from curated text)."""

from __future__ import annotations

from dataclasses import dataclass, field

from companion.models import Crisis, Resource


@dataclass
class Override:
    """A reply that replaces whatever the responder would have said (vetted text, never generated)."""

    reply: str
    resources: list[Resource] = field(default_factory=list)


@dataclass
class InputVerdict:
    crisis: Crisis = field(default_factory=Crisis)
    signals: list[str] = field(default_factory=list)
    resources: list[Resource] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    override: Override | None = None
    #: No practice or exercise may be offered or run on this turn.
    no_practices: bool = False


@dataclass
class OutputVerdict:
    flags: list[str] = field(default_factory=list)
    #: Why the draft must not reach the person; None when it passes.
    blocked: str | None = None
