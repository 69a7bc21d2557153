"""Blocks replies in which the companion claims feelings or a human life ("I feel so sad for you",
"I missed you", "as a person who has been there"). Quoting the person's own words is allowed: text
inside quotation marks is not checked."""

from __future__ import annotations

import re

from companion.config import Settings
from guardrails.base import OutputVerdict

CLAIMS = re.compile(
    r"\bi (?:really |truly |also |too )?(?:feel|felt) (?:so |very |really )?(?:sad|sorry|bad|hurt|happy|lonely|for you|the same|your pain)\b"
    r"|\bi(?:'m| am) (?:so |really |truly )?(?:sorry|sad|heartbroken|happy|glad|proud of you|worried about you|hurt)\b"
    r"|\bi (?:love|miss|missed|care about|need) you\b|\bit hurts me\b|\bi know exactly how you feel\b|\bi(?:'ve| have) been there\b"
    r"|\bas a (?:person|human|woman|man|mother|father) (?:who|myself)\b|\bme too\b|\bi (?:get|got) lonely\b",
    re.I)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")


class HonestyRail:
    name = "honesty"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def check(self, reply: str) -> OutputVerdict:
        match = CLAIMS.search(_QUOTED.sub(" ", reply))
        if match:
            return OutputVerdict(flags=["output:claims_human_feelings"], blocked=f"claims human feelings: {match.group(0)!r}")
        return OutputVerdict()
