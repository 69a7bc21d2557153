"""`companion guard`: screen one message with every rail, outside a conversation."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from companion.models import CrisisLevel
from guardrails.crisis.detector import detect


class GuardLine(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str | int
    text: str
    role: Literal["user", "assistant"] = "user"


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


def screen(line: GuardLine) -> GuardResult:
    assessment = detect(line.text)
    # The manipulation rail (its own issue) fills the second half; until it lands nothing is flagged.
    return GuardResult(id=line.id, crisis=CrisisResult(level=assessment.level, subject=assessment.subject,
                                                       signals=assessment.signals),
                       manipulation=ManipulationResult())
