"""Which manipulation categories a reply or a request falls in."""

from __future__ import annotations

import re

from companion.responders.language import is_goodbye
from guardrails.manipulation.patterns import INPUT_EXEMPT, INPUT_RE, OUTPUT_RE

_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_LETS_GO = re.compile(r"\b(?:take care|go gently|goodbye|bye|good night|look after yourself|rest well|see you|until next time)\b", re.I)


def output_categories(reply: str, user_text: str = "") -> list[str]:
    """Tactics in a reply. Text the reply quotes (the person's own words) is not held against it. A reply to
    a goodbye that asks a question or fails to say goodbye at all is ignoring the goodbye."""
    text = _QUOTED.sub(" ", reply)
    found = [name for name, rx in OUTPUT_RE.items() if rx.search(text)]
    if user_text and is_goodbye(user_text) and ("?" in text or not _LETS_GO.search(text)):
        found.append("farewell_ignore")
    return found


def input_categories(text: str) -> list[str]:
    """Requests to manipulate someone else. Asking how to recognise or resist manipulation is not one."""
    if INPUT_EXEMPT.search(text):
        return []
    return [name for name, rx in INPUT_RE.items() if rx.search(text)]
