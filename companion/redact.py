"""Redaction of personal details before text leaves the machine (COMPANION_REDACT_PII=1)."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PHONE = re.compile(r"(?<![\w])(?:\+?\d[\d\s().-]{6,}\d)(?![\w])")
_ADDRESS = re.compile(
    r"\b\d{1,5}\s+(?:[A-Z][\w'-]*\s+){1,4}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|ct|"
    r"place|pl|terrace|close|crescent|square|sq)\b\.?", re.I)


def redact(text: str) -> str:
    text = _EMAIL.sub("[email]", text)
    text = _ADDRESS.sub("[address]", text)
    return _PHONE.sub(lambda m: "[phone]" if sum(c.isdigit() for c in m.group(0)) >= 7 else m.group(0), text)
