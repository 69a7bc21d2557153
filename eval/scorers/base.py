"""The scorer contract."""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field


class ScoreInput(BaseModel):
    model_config = ConfigDict(extra="forbid")
    message: str
    reply: str
    context: list[str] = Field(default_factory=list, description="earlier messages in the conversation")
    sources: list[str] = Field(default_factory=list, description="text of the cards the reply cites")


class ScoreResult(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    value: float | None = Field(description="in [0, 1], higher is more genuine; None when it does not apply")
    reason: str
    evidence: list[str] = Field(default_factory=list)


class Scorer:
    name: ClassVar[str]
    description: ClassVar[str]

    def score(self, item: ScoreInput) -> ScoreResult:
        raise NotImplementedError

    @staticmethod
    def find(pattern: re.Pattern[str], text: str) -> list[str]:
        return [m.group(0) for m in pattern.finditer(text)]


_REGISTRY: list[type[Scorer]] = []


def register(cls: type[Scorer]) -> type[Scorer]:
    _REGISTRY.append(cls)
    return cls


def all_scorers() -> list[Scorer]:
    # Importing the dimension modules registers them.
    from eval.scorers import dimensions  # noqa: F401

    return [cls() for cls in _REGISTRY]
