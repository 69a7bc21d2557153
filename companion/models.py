"""Typed models at the boundaries: what a turn returns, and what the CLI prints."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

CrisisLevel = Literal["none", "concern", "high", "imminent"]
CRISIS_ORDER: dict[str, int] = {"none": 0, "concern": 1, "high": 2, "imminent": 3}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Crisis(_Strict):
    level: CrisisLevel = "none"
    subject: Literal["self", "other"] | None = None


class Resource(_Strict):
    name: str
    contact: str


class Source(_Strict):
    id: str
    title: str
    citation: str


class ChatReply(_Strict):
    """One turn's answer: the `companion chat --json` contract."""

    reply: str
    mode: Literal["guided", "llm"]
    crisis: Crisis = Field(default_factory=Crisis)
    resources: list[Resource] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    flags: list[str] = Field(default_factory=list)
    notice: str | None = None


class BatchLine(_Strict):
    """One input line of `companion chat --jsonl`."""

    id: str | int
    text: str
    session: str | None = None
