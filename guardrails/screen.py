"""`companion guard`: screen one message with every rail, outside a conversation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from companion.models import CrisisLevel
from guardrails.crisis.detector import Assessment, assess_batch, detect
from guardrails.manipulation.detector import input_categories, output_categories, prime


class GuardLine(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str | int
    text: str
    role: Literal["user", "assistant"] = "user"
    #: For an assistant line: the message it answers (needed to see a goodbye being ignored).
    context: str | None = None


class CrisisResult(BaseModel):
    level: CrisisLevel
    subject: Literal["self", "other"] | None
    signals: list[str]


class ManipulationResult(BaseModel):
    flagged: bool = False
    categories: list[str] = Field(default_factory=list)


class GuardResult(BaseModel):
    id: str | int
    crisis: CrisisResult
    manipulation: ManipulationResult


def _result(line: GuardLine, assessment: Assessment, primed: Mapping[str, list[str]]) -> GuardResult:
    categories = (input_categories(line.text, primed=primed) if line.role == "user"
                  else output_categories(line.text, line.context or ""))
    return GuardResult(id=line.id, crisis=CrisisResult(level=assessment.level, subject=assessment.subject,
                                                       signals=assessment.signals),
                       manipulation=ManipulationResult(flagged=bool(categories), categories=categories))


def screen_batch(lines: list[GuardLine]) -> list[GuardResult]:
    """Screen many lines at once. Messages from people get both layers (the learned one embeds them in
    batches); assistant replies get the patterns only, since the learned layer knows how people write."""
    users = [i for i, line in enumerate(lines) if line.role == "user"]
    assessed = dict(zip(users, assess_batch([lines[i].text for i in users])))
    primed = prime("user", [lines[i].text for i in users])
    return [_result(line, assessed[i] if i in assessed else detect(line.text), primed) for i, line in enumerate(lines)]


def screen(line: GuardLine) -> GuardResult:
    return screen_batch([line])[0]
