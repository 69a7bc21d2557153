"""Text normalisation for crisis patterns: case, accents, leetspeak, masking, dotted letters, common typos."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})
# Words whose obfuscated or misspelt forms should still be recognised.
KEYWORDS = ("suicide", "suicidal", "myself", "kill", "killing", "die", "dying", "dead", "life", "alive",
            "overdose", "pills", "cutting", "hurt", "harm", "goodbye")
_MASKED = re.compile(r"\b[a-z]*[*#_.-][a-z*#_.-]*[a-z]\b")


def _edits1(word: str) -> set[str]:
    """Every string one edit away: deletion, adjacent transposition, substitution, insertion."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in letters}
            | {a + c + b for a, b in splits for c in letters})


# Misspelling → keyword, for keywords long enough that one edit rarely makes another real word.
_TYPOS: dict[str, str] = {}
for _k in KEYWORDS:
    if len(_k) >= 6:
        for _v in _edits1(_k):
            _TYPOS.setdefault(_v, _k)
for _k in KEYWORDS:
    _TYPOS.pop(_k, None)
# Real words one edit from a keyword are not misspellings of it: "I've been putting myself first" is not cutting,
# "willing myself out of bed" is not killing. (The one-edit forms of every keyword, checked against the words of
# the GoEmotions comments and by hand.)
for _word in ("putting", "butting", "gutting", "jutting", "nutting", "rutting", "tutting", "cuttings", "willing", "filling",
              "billing", "milling", "pilling", "tilling", "hilling", "gilling", "rilling", "kilning", "overdone", "overdoes"):
    _TYPOS.pop(_word, None)
# Short words where one edit could make another real word: only known misspellings.
_TYPOS.update({"kil": "kill", "kll": "kill", "klll": "kill", "mysef": "myself", "myslf": "myself", "mself": "myself"})


def _unmask(token: str) -> str:
    """'s*icide' → 'suicide' when one keyword fits the visible letters."""
    pattern = re.compile("^" + "".join("." if c in "*#_.-" else re.escape(c) for c in token) + "$")
    fits = [k for k in KEYWORDS if pattern.match(k)]
    return fits[0] if len(fits) == 1 else token


def _correct(token: str) -> str:
    return _TYPOS.get(token, token)


_CONTRACTIONS = {
    "wasnt": "wasn't", "werent": "weren't", "dont": "don't", "cant": "can't", "didnt": "didn't", "wont": "won't",
    "isnt": "isn't", "arent": "aren't", "couldnt": "couldn't", "wouldnt": "wouldn't", "shouldnt": "shouldn't",
    "doesnt": "doesn't", "havent": "haven't", "im": "i'm", "ive": "i've", "ill": "i'll", "youre": "you're",
    "theyre": "they're", "shes": "she's", "hes": "he's", "thats": "that's", "whats": "what's", "theres": "there's",
    "abt": "about", "bc": "because", "rn": "right now", "u": "you", "ur": "your", "wanna": "want to", "gonna": "going to",
    "tryna": "trying to", "wnat": "want", "wna": "want to", "tonite": "tonight", "2nite": "tonight", "tmrw": "tomorrow", "tmr": "tomorrow", "idk": "i don't know", "tbh": "", "fr": "", "lowkey": "", "ngl": "",
}


# A guard batch reads each message several times (the crisis patterns, the crisis layer, the manipulation layer's
# batch and its per-line lookup); the result depends on the text alone, so the recent ones are kept. 1,024 covers a
# batch of 256 with room, and bounds the memory even for 20 kB messages.
@lru_cache(maxsize=1024)
def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    # A capital I inside a lower-case word stands for an l ("kiII myself"); names that begin with I are left alone.
    text = re.sub(r"\b[a-z][a-zI]*I[a-zI]*\b", lambda m: m.group(0).replace("I", "l"), text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    # Letters split by spaces or dots ("k i l l") are rejoined; then mixed letter/digit tokens are de-leeted.
    text = re.sub(r"\b(?:[a-z]\s){3,}[a-z]\b", lambda m: m.group(0).replace(" ", ""), text)
    # Dotted letters joined, a closing full stop kept (it may end the sentence): "k.m.s." -> "kms.", "3 a.m." -> "3 am."
    text = re.sub(r"\b(?:[a-z]\.){2,}[a-z]?\.?(?=\s|$)", lambda m: m.group(0).replace(".", "") + ("." if m.group(0).endswith(".") else ""), text)
    text = re.sub(r"(?<=[a-z])!(?=[a-z])", "i", text)
    # Not times, ordinals and measures ("11pm", "2nd", "500mg"): those digits are meant.
    text = re.sub(r"\b(?!\d+(?:am|pm|st|nd|rd|th|s|h|hrs?|mins?|k|kg|km|lbs?|mg|ml|g|x|yo|ft|m)\b)(?=\w*[a-z])(?=\w*[0-9@$])[\w@$!]+",
                  lambda m: m.group(0).translate(_LEET), text)
    text = _MASKED.sub(lambda m: _unmask(m.group(0)), text)
    text = re.sub(r"[a-z']+", lambda m: _correct(m.group(0)), text)
    text = re.sub(r"\b[a-z]+\b", lambda m: _CONTRACTIONS.get(m.group(0), m.group(0)), text)
    # "kill my self": the reflexive split in two ("my self-esteem", "my self harm counter" are left alone).
    text = re.sub(r"\bmy self\b(?![- ]?(?:esteem|worth|image|confidence|respect|care|doubt|talk|belief|harm\w*|injur\w*|destruct\w*|hatred|loathing|sabotage|control|awareness|help))", "myself", text)
    # "to dei": a slip of the fingers on "die" ("dei" alone is a word in other languages).
    text = re.sub(r"\b(to|want to|going to) dei\b", r"\1 die", text)
    return re.sub(r"\s+", " ", text).strip()
