"""The crisis input rail: detection with conversation context, and the vetted escalation reply.

- A turn at `high` or `imminent` gets a vetted response from prompts/crisis/ with locale resources; never a
  practice or generated text.
- After a `high` turn the session stays in safety mode: every turn checks in on safety, until the person
  says they are safe.
- Risk accumulates: repeated `concern` turns in a short window raise the level to `high`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from companion.config import Settings
from companion.models import Crisis, Resource
from companion.prompts import load
from companion.sessions import SessionState
from guardrails.base import InputVerdict, Override
from guardrails.crisis.detector import Assessment, detect
from guardrails.crisis.resources import resources_for

SAFE = re.compile(
    r"\b(?:i'?m|i am|i feel|feeling) (?:safe|okay now|ok now|alright now|better now)\b|\bi(?:'m| am) not going to (?:hurt|kill) myself\b|"
    r"\bi won'?t (?:hurt|kill) myself\b|\bi(?:'m| am) safe\b|\byes,? i(?:'m| am) safe\b|\bno longer in danger\b", re.I)
CONCERN_WINDOW = 4
CONCERN_TO_HIGH = 3


@dataclass
class Escalation:
    reply: str
    crisis: Crisis
    resources: list[Resource]
    flags: list[str] = field(default_factory=list)


class CrisisRail:
    name = "crisis"

    def __init__(self, settings: Settings) -> None:
        self.locale = settings.locale

    def assess(self, text: str, session: SessionState) -> Assessment:
        assessment = detect(text)
        recent = session.recent_levels[-(CONCERN_WINDOW - 1):] + [assessment.level]
        if assessment.level == "concern" and sum(lvl != "none" for lvl in recent) >= CONCERN_TO_HIGH:
            assessment = Assessment(level="high", subject="self", signals=[*assessment.signals, "accumulated"])
        return assessment

    def resources(self, assessment: Assessment) -> list[Resource]:
        kind = "abuse" if "danger_from_others" in assessment.signals else "suicide"
        return resources_for(self.locale, kind)

    def escalate(self, text: str, assessment: Assessment, session: SessionState) -> Escalation | None:
        """The vetted reply for this turn, or None when the turn may proceed normally."""
        if assessment.escalate:
            session.safety_mode = True
            session.practice = None
            session.offered_practice = None
            template = self._template(assessment)
            return Escalation(load(f"crisis/{template}.txt").render(), Crisis(level=assessment.level, subject=assessment.subject),
                              self.resources(assessment), [f"crisis:{assessment.level}", f"escalation:{template}"])
        if session.safety_mode:
            if SAFE.search(text):
                session.safety_mode = False
                return Escalation(load("crisis/safety_confirmed.txt").render(), Crisis(level=assessment.level, subject=assessment.subject),
                                  self.resources(assessment), ["safety_mode:ended"])
            return Escalation(load("crisis/safety_checkin.txt").render(), Crisis(level=assessment.level, subject=assessment.subject),
                              self.resources(assessment), ["safety_mode"])
        return None

    @staticmethod
    def _template(assessment: Assessment) -> str:
        signals = set(assessment.signals)
        if assessment.subject == "other":
            return "harm_to_others" if "harm_to_others" in signals else "other_at_risk"
        if assessment.level == "imminent":
            return "imminent_self"
        if "danger_from_others" in signals and not signals & {"active_ideation", "passive_ideation", "self_harm"}:
            return "danger_from_others"
        return "high_self"

    def check(self, text: str, session: SessionState) -> InputVerdict:
        """The rail's whole job for one message: assess, remember, escalate if needed."""
        assessment = self.assess(text, session)
        session.recent_levels = [*session.recent_levels, assessment.level][-CONCERN_WINDOW:]
        verdict = InputVerdict(crisis=Crisis(level=assessment.level, subject=assessment.subject),
                               signals=assessment.signals,
                               no_practices=assessment.level != "none" or session.safety_mode)
        if assessment.level == "concern":
            verdict.resources = self.resources(assessment)
        escalation = self.escalate(text, assessment, session)
        if escalation:
            verdict.crisis = escalation.crisis
            verdict.resources = escalation.resources
            verdict.flags = escalation.flags
            verdict.override = Override(escalation.reply, escalation.resources)
            verdict.no_practices = True
        return verdict
