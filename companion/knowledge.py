"""Knowledge cards: Markdown files with YAML front matter under knowledge/."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from companion.errors import KnowledgeError
from companion.models import Source

TAGS = frozenset(
    "neff:self-kindness neff:common-humanity neff:mindfulness cft:threat cft:drive cft:soothing "
    "cft:compassionate-self cft:inner-critic practice concept risk decay ai empathy equanimity "
    "accountability presence".split()
)
PracticeName = Literal[
    "self-compassion-break", "friend-letter", "soothing-breathing", "compassion-pause",
    "evening-reflection", "three-systems-checkin",
]


class CardSource(BaseModel):
    model_config = ConfigDict(extra="forbid")
    document: str
    section: str


class Card(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    title: str
    source: CardSource
    reference: str | None = None
    tags: tuple[str, ...]
    offer: str | None = None
    practice: PracticeName | None = None
    #: Situations and questions, in a person's own words, that this card answers (indexed for retrieval).
    asks: tuple[str, ...] = ()
    body: str

    @field_validator("tags")
    @classmethod
    def _known_tags(cls, tags: tuple[str, ...]) -> tuple[str, ...]:
        unknown = set(tags) - TAGS
        if unknown:
            raise ValueError(f"unknown tags {sorted(unknown)}")
        return tags

    @property
    def citation(self) -> str:
        ref = f"; after {self.reference}" if self.reference else ""
        return f"{self.source.document}, {self.source.section}{ref}"

    def as_source(self) -> Source:
        """How a reply cites this card."""
        return Source(id=self.id, title=self.title, citation=self.citation)

    @property
    def is_cautionary(self) -> bool:
        """Cards about risks and decay: they inform judgement (and scoring); only their `offer`, if any, is said to a person."""
        return bool({"risk", "decay"} & set(self.tags))


_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n(.*)\Z", re.S)


def parse_card(path: Path) -> Card:
    text = path.read_text(encoding="utf-8")
    match = _FRONT.match(text)
    if not match:
        raise KnowledgeError(f"{path.name}: no YAML front matter")
    try:
        meta = yaml.safe_load(match.group(1)) or {}
        card = Card(**meta, body=match.group(2).strip())
    except (yaml.YAMLError, ValidationError, TypeError) as exc:
        raise KnowledgeError(f"{path.name}: {exc}") from None
    if card.id != path.stem:
        raise KnowledgeError(f"{path.name}: id {card.id!r} does not match the file name")
    return card


@lru_cache(maxsize=4)
def load_cards(directory: Path) -> dict[str, Card]:
    cards = {}
    for path in sorted(directory.glob("*.md")):
        card = parse_card(path)
        cards[card.id] = card
    if not cards:
        raise KnowledgeError(f"no knowledge cards in {directory}")
    return cards


def fingerprint(directory: Path) -> str:
    """Changes whenever any card's text changes: decides whether the index is stale."""
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.md")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
