"""Output rail: no reply may carry method or means information (doses, lethality, how-to), in any mode."""

from __future__ import annotations

import re

from companion.config import Settings
from guardrails.base import OutputVerdict

MEANS_INFO = re.compile(
    r"\b(?:lethal|fatal|deadly|toxic|overdose|od)\s+(?:dose|amount|quantity|level)s?\b"
    r"|\b\d[\d,.]*\s*(?:mg|milligrams?|g|grams?|pills|tablets|capsules)\b[^.]{0,60}\b(?:lethal|fatal|kill|die|death|overdose|enough)\b"
    r"|\b(?:lethal|fatal|kill|die|death|overdose|enough)\b[^.]{0,60}\b\d[\d,.]*\s*(?:mg|milligrams?|g|grams?|pills|tablets|capsules)\b"
    r"|\b(?:how|ways?|best way|easiest way|painless(?:ly)? way) to (?:kill (?:yourself|oneself)|end your life|commit suicide|overdose)\b"
    r"|\b(?:tie|make) a noose\b|\bwhere to cut\b|\bhow deep to cut\b",
    re.I)


class MeansSafetyRail:
    name = "means-safety"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def check(self, reply: str, user_text: str = "", generated: bool = True) -> OutputVerdict:
        match = MEANS_INFO.search(reply)
        if match:
            return OutputVerdict(flags=["output:means_information"], blocked=f"method or means information: {match.group(0)!r}")
        return OutputVerdict()
