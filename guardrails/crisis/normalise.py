"""Text normalisation for crisis patterns: case, accents, leetspeak, masking, common typos."""

from __future__ import annotations

import re
import unicodedata

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})
# Words whose obfuscated or misspelt forms should still be recognised.
KEYWORDS = ("suicide", "suicidal", "myself", "kill", "killing", "die", "dying", "dead", "life", "alive",
            "overdose", "pills", "cutting", "hurt", "harm", "goodbye")
_MASKED = re.compile(r"\b[a-z]*[*#_.-][a-z*#_.-]*[a-z]\b")


def _osa(a: str, b: str) -> int:
    """Optimal string alignment distance (edits, with adjacent transpositions)."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def _unmask(token: str) -> str:
    """'s*icide' → 'suicide' when one keyword fits the visible letters."""
    pattern = re.compile("^" + "".join("." if c in "*#_.-" else re.escape(c) for c in token) + "$")
    fits = [k for k in KEYWORDS if pattern.match(k)]
    return fits[0] if len(fits) == 1 else token


def _correct(token: str) -> str:
    if len(token) < 6 or token in KEYWORDS:
        return token
    for k in KEYWORDS:
        if len(k) >= 6 and abs(len(k) - len(token)) <= 1 and _osa(token, k) == 1:
            return k
    return token


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    # Letters split by spaces or dots ("k i l l") are rejoined; then mixed letter/digit tokens are de-leeted.
    text = re.sub(r"\b(?:[a-z]\s){3,}[a-z]\b", lambda m: m.group(0).replace(" ", ""), text)
    text = re.sub(r"\b(?=\w*[a-z])(?=\w*[0-9@$])[\w@$!]+", lambda m: m.group(0).translate(_LEET), text)
    text = _MASKED.sub(lambda m: _unmask(m.group(0)), text)
    text = re.sub(r"[a-z']+", lambda m: _correct(m.group(0)), text)
    return re.sub(r"\s+", " ", text).strip()
