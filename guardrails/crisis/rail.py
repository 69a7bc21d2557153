"""The crisis input rail: detection with conversation context, and the vetted escalation reply.

- A turn at `high` or `imminent` gets a vetted response from prompts/crisis/ with locale resources, never a
  practice or generated text; the operator log (and webhook, when configured) records it.
- After a `high` turn the session stays in safety mode: every turn checks in on safety, until the person says
  they are safe. A safety plan (Stanley–Brown steps) can be built then; it is saved and shown on request.
- Risk accumulates: repeated `concern` turns raise the level to `high`; means or timing mentioned soon after
  ideation raises it to `imminent`.
"""

from __future__ import annotations

import re

from companion.config import Settings
from companion.models import Crisis, Resource
from companion.prompts import load, load_bank
from companion.sessions import SessionState
from guardrails.base import InputVerdict, Override
from guardrails.crisis.detector import Assessment, assess
from guardrails.crisis.events import append_log, make_event, post_webhook
from guardrails.crisis.normalise import normalise
from guardrails.crisis.resources import resources_for

SAFE = re.compile(
    r"\b(?:i'?m|i am|i feel|feeling) (?:safe|okay now|ok now|alright now|better now)\b|\bi(?:'m| am) not going to (?:hurt|kill) myself\b|"
    r"\bi won'?t (?:hurt|kill) myself\b|\bi(?:'m| am) safe\b|\byes,? i(?:'m| am) safe\b|\bno longer in danger\b", re.I)
WANTS_PLAN = re.compile(r"\b(?:safety plan|make a plan|build a plan|yes,? (?:please|let'?s)|yes\b|ok(?:ay)?,? let'?s)", re.I)
# An answer to the direct question that says it is not that.
DENIAL = re.compile(r"^\W*(?:no|nope|nah|not really|not at all|no,? not (?:like )?that|god no|definitely not)\b|"
                    r"\b(?:i'?m not (?:suicidal|going to (?:hurt|kill) myself|thinking (?:about|of) (?:that|suicide|hurting myself))|"
                    r"(?:nothing|not anything) like that|no thoughts? (?:like that|of (?:that|suicide|hurting myself))|"
                    r"i don'?t (?:want to die|have (?:those|any) thoughts)|not having (?:those|any) thoughts|just a (?:bad|rough|hard) day)\b", re.I)
SHOW_PLAN = re.compile(r"^\s*/safety-plan\s*$|\b(?:show|see|read) (?:me )?my (?:safety )?plan\b", re.I)
SKIP = re.compile(r"^\s*(?:skip|pass|don'?t know|dunno|not sure|none|nothing|n/?a)\s*[.!]?\s*$", re.I)
MEANS_OR_TIME = re.compile(r"\b(?:pills?|tablets|rope|noose|gun|razor|blades?|bridge|ledge|roof|tracks|tonight|tomorrow|"
                           r"this weekend|note|letters? to|goodbye|after (?:work|school|they leave))\b")
CONCERN_WINDOW = 4
CONCERN_TO_HIGH = 3
PLAN_HEADINGS = ("Warning signs", "Things I can do on my own", "People and places that help",
                 "People I can ask for help", "Professionals and services", "Making things safer")


class CrisisRail:
    name = "crisis"
    priority = 0  # before every other rail: a crisis turn is answered by the crisis rail

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.locale = settings.locale
        self.plan_bank = load_bank("crisis/safety_plan.yaml")
        self.moderation = None
        if settings.moderation:
            from guardrails.crisis.moderation import Moderation

            self.moderation = Moderation(settings)

    # -- assessment ---------------------------------------------------------------------------------------
    def assess(self, text: str, session: SessionState) -> Assessment:
        assessment = self._second_opinion(text, assess(text))
        recent = session.recent_levels[-(CONCERN_WINDOW - 1):]
        if assessment.level in {"none", "concern"} and "high" in recent[-3:] and MEANS_OR_TIME.search(normalise(text)):
            return Assessment(level="imminent", subject="self", signals=[*assessment.signals, "means_after_ideation"])
        if assessment.level == "concern" and sum(lvl != "none" for lvl in [*recent, "concern"]) >= CONCERN_TO_HIGH:
            return Assessment(level="high", subject="self", signals=[*assessment.signals, "accumulated"])
        return assessment

    def _second_opinion(self, text: str, assessment: Assessment) -> Assessment:
        """The moderation endpoint may raise a none/concern reading to high; it never lowers one."""
        from guardrails.crisis.moderation import SELF_HARM_AT

        if self.moderation is None or assessment.level not in {"none", "concern"}:
            return assessment
        score = self.moderation.self_harm(text)
        if score is None:
            return Assessment(level=assessment.level, subject=assessment.subject,
                              signals=[*assessment.signals, "moderation_unavailable"])
        if score >= SELF_HARM_AT:
            return Assessment(level="high", subject="self", signals=[*assessment.signals, "moderation"])
        return assessment

    def resources(self, assessment: Assessment) -> list[Resource]:
        kind = "abuse" if "danger_from_others" in assessment.signals else "suicide"
        return resources_for(self.locale, kind)

    # -- the rail -----------------------------------------------------------------------------------------
    def check(self, text: str, session: SessionState) -> InputVerdict:
        """Assess the message, remember the level, and decide whether a vetted reply replaces the turn."""
        assessment = self.assess(text, session)
        session.recent_levels = [*session.recent_levels, assessment.level][-CONCERN_WINDOW:]
        crisis = Crisis(level=assessment.level, subject=assessment.subject)
        # A crisis turn or safety mode stops any practice; concern only keeps new ones from being offered.
        verdict = InputVerdict(crisis=crisis, signals=assessment.signals,
                               no_practices=assessment.escalate or session.safety_mode)
        if assessment.level == "concern":
            verdict.resources = self.resources(assessment)
        reply, flags = self._vetted_reply(text, assessment, session)
        if reply is not None:
            resources = self.resources(assessment)
            verdict.resources, verdict.flags = resources, flags
            verdict.override = Override(reply, resources)
            verdict.no_practices = True
        return verdict

    def _vetted_reply(self, text: str, assessment: Assessment, session: SessionState) -> tuple[str | None, list[str]]:
        if assessment.escalate:
            template = self._template(assessment)
            # Someone else at risk: the writer gets help for helping, not safety check-ins about themselves.
            if assessment.subject == "self" or "harm_to_others" in assessment.signals:
                if not session.safety_mode or session.safety_reason == "direct_check":
                    session.safety_reason = "direct_check" if template == "direct_check" else "escalation"
                session.safety_mode = True
            session.practice = None
            session.offered_practice = None
            session.safety_plan_step = None
            self._notify(text, assessment, session)
            return load(f"crisis/{template}.txt").render(), [f"crisis:{assessment.level}", f"escalation:{template}"]
        if SHOW_PLAN.search(text):
            return self._show_plan(session), ["safety_plan:shown"]
        if session.safety_plan_step is not None:
            return self._plan_step(text, session)
        if session.safety_mode:
            if SAFE.search(text) or (session.safety_reason == "direct_check" and DENIAL.search(text)):
                cleared = "direct_check_cleared" if session.safety_reason == "direct_check" else "safety_confirmed"
                session.safety_mode = False
                session.safety_reason = None
                return load(f"crisis/{cleared}.txt").render(), ["safety_mode:ended"]
            if WANTS_PLAN.search(text):
                session.safety_plan_step = 1
                return (self.plan_bank["intro"][0].render() + "\n\n" + self.plan_bank["step1"][0].render(),
                        ["safety_mode", "safety_plan:started"])
            return load("crisis/safety_checkin.txt").render(), ["safety_mode"]
        return None, []

    def _plan_step(self, text: str, session: SessionState) -> tuple[str, list[str]]:
        step = session.safety_plan_step or 1
        if not SKIP.match(text):
            session.safety_plan[f"step{step}"] = " ".join(text.split())[:1000]
        if step < len(PLAN_HEADINGS):
            session.safety_plan_step = step + 1
            return self.plan_bank[f"step{step + 1}"][0].render(), ["safety_mode", f"safety_plan:step{step + 1}"]
        session.safety_plan_step = None
        return self.plan_bank["close"][0].render(plan=format_plan(session.safety_plan)), ["safety_mode", "safety_plan:saved"]

    def _show_plan(self, session: SessionState) -> str:
        if not session.safety_plan:
            return self.plan_bank["none_saved"][0].render()
        return self.plan_bank["shown"][0].render(plan=format_plan(session.safety_plan))

    def _notify(self, text: str, assessment: Assessment, session: SessionState) -> None:
        event = make_event(assessment.level, assessment.subject, session.id, assessment.signals, text)
        append_log(self.settings.data_dir, event)
        if self.settings.escalation_webhook:
            post_webhook(self.settings.escalation_webhook, event)

    @staticmethod
    def _template(assessment: Assessment) -> str:
        signals = set(assessment.signals)
        # Only the learned layer saw risk: ask directly rather than assume (C-SSRS style), resources included.
        # So has a moderation second opinion alone.
        second = {"learned", "moderation"}
        if signals <= second | {"accumulated", "moderation_unavailable"} and signals & second and assessment.level == "high":
            return "direct_check"
        if assessment.subject == "other":
            return "harm_to_others" if "harm_to_others" in signals else "other_at_risk"
        if assessment.level == "imminent":
            return "imminent_self"
        if "danger_from_others" in signals and not signals & {"active_ideation", "passive_ideation", "self_harm"}:
            return "danger_from_others"
        return "high_self"


def format_plan(plan: dict[str, str]) -> str:
    return "\n".join(f"{i}. {heading}: {plan.get(f'step{i}', '(not filled in yet)')}"
                     for i, heading in enumerate(PLAN_HEADINGS, 1))
