"""Crisis detector: normalisation + patterns, clause by clause, with idiom, negation and history handling."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from companion.models import CRISIS_ORDER, CrisisLevel
from guardrails.crisis.normalise import normalise
from guardrails.crisis.patterns import BREAKERS, IDIOMS, NEGATORS, PAST, PATTERNS, PRESENT, RESOLVED, Pattern

_CLAUSES = re.compile(r"(?<=[.!?;\n])\s+|\s+(?:but|although|though|however)\s+")


class Assessment(BaseModel):
    model_config = ConfigDict(extra="forbid")
    level: CrisisLevel = "none"
    subject: str | None = None
    signals: list[str] = Field(default_factory=list)

    @property
    def escalate(self) -> bool:
        return CRISIS_ORDER[self.level] >= CRISIS_ORDER["high"]


def _negated(clause: str, start: int, end: int, inside: bool = True) -> bool:
    """A negator inside the match ('i'm not suicidal') or among the few words before it, not cut off by
    'if', 'but' and the like. Patterns whose wording is itself negative ('nothing ever gets better') look
    only before the match (inside=False) or are marked not negatable."""
    if inside and NEGATORS.search(clause[start:end]):
        return True
    before = clause[:start].split()[-4:]
    window = " ".join(before)
    cut = list(BREAKERS.finditer(window))
    if cut:
        window = window[cut[-1].end():]
    return bool(NEGATORS.search(window))


def _is_resolved_history(clause: str, full: str) -> bool:
    return bool(PAST.search(clause)) and not PRESENT.search(clause) and (
        bool(RESOLVED.search(full)) or "used to" in clause)


def detect(text: str) -> Assessment:
    norm = normalise(text)
    norm = IDIOMS.sub(" ", norm)
    found: list[tuple[Pattern, str]] = []
    history = False
    for clause in _CLAUSES.split(norm):
        for pattern in PATTERNS:
            match = pattern.regex.search(clause)
            if not match:
                continue
            if pattern.negatable and _negated(clause, match.start(), match.end(), inside=pattern.level != "concern"):
                continue
            if pattern.level != "concern" and _is_resolved_history(clause, norm):
                history = True
                continue
            found.append((pattern, clause))
    if not found:
        return Assessment(signals=["history_resolved"] if history else [])
    top = max(CRISIS_ORDER[p.level] for p, _ in found)
    level = next(lvl for lvl, rank in CRISIS_ORDER.items() if rank == top)
    signals = sorted({p.signal for p, _ in found})
    at_top = [p for p, _ in found if CRISIS_ORDER[p.level] == top]
    subject = "self" if any(p.subject == "self" for p in at_top) else "other"
    return Assessment(level=level, subject=subject, signals=signals)
