"""The manipulation rails.

- Output: every reply, guided or generated, is checked before the person sees it; a flagged reply is blocked
  (the pipeline replaces it, or an LLM backend regenerates once and then falls back).
- Input: a request to manipulate someone else is declined, briefly and without a lecture, with a vetted reply
  from prompts/manipulation/decline.yaml that turns toward what the person seems to need.
"""

from __future__ import annotations

import re

from companion.config import Settings
from companion.prompts import load_bank
from companion.sessions import SessionState
from guardrails.base import InputVerdict, OutputVerdict, Override
from guardrails.manipulation.detector import input_categories, output_categories

HEARTBREAK = re.compile(r"\b(?:my ex|ex[- ](?:boyfriend|girlfriend|husband|wife|partner)|broke up|dumped me|left me|cheated|breakup|break-up)\b", re.I)


class ManipulationOutputRail:
    name = "manipulation"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def check(self, reply: str, user_text: str = "", generated: bool = True) -> OutputVerdict:
        """Every reply meets the patterns; generated ones also the learned layer (guided replies are composed
        from curated text, where it can only add false alarms and time)."""
        found = output_categories(reply, user_text, learned=generated)
        if not found:
            return OutputVerdict()
        return OutputVerdict(flags=[f"manipulation:{c}" for c in found], blocked=f"manipulative reply: {', '.join(found)}")


class ManipulationInputRail:
    name = "manipulation-request"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.bank = load_bank("manipulation/decline.yaml")

    def check(self, text: str, session: SessionState) -> InputVerdict:
        # Inside a practice the person is answering its prompts ("what would you say to a friend?" -> "I would tell
        # them it was one bad meeting"), not asking for anything: the rules still apply, the learned layer (which
        # read that answer as a request to deceive) does not.
        found = input_categories(text, learned=session.practice is None)
        if not found:
            return InputVerdict()
        key = "heartbreak" if HEARTBREAK.search(text) and found[0] in {"guilt_trip", "love_bombing", "gaslighting"} else found[0]
        return InputVerdict(flags=[f"manipulation_request:{c}" for c in found],
                            override=Override(self.bank[key][0].render()))
