"""A small BM25 index (Okapi, k1=1.5, b=0.75) for hybrid retrieval over the knowledge cards."""

from __future__ import annotations

import math
import re
from collections import Counter

_TOKEN = re.compile(r"[a-z0-9]+")
STOPWORDS = frozenset(
    "a an and are as at be been but by can do does for from had has have how i i'm if in into is it its just me my "
    "myself not of on or so that the their them then there they this to too very was we what when which who why "
    "will with you your am im ive id dont cant".split())


def tokens(text: str) -> list[str]:
    out = []
    for t in _TOKEN.findall(text.lower()):
        if t in STOPWORDS or len(t) < 2:
            continue
        # Light stemming: plural and common verb endings, enough for short queries.
        for suffix in ("ing", "ed", "es", "s"):
            if t.endswith(suffix) and len(t) - len(suffix) >= 4:
                t = t[: -len(suffix)]
                break
        out.append(t)
    return out


class BM25:
    def __init__(self, docs: dict[str, str], k1: float = 1.5, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.tf = {key: Counter(tokens(text)) for key, text in docs.items()}
        self.len = {key: sum(tf.values()) for key, tf in self.tf.items()}
        self.avg = sum(self.len.values()) / max(1, len(self.len))
        df = Counter(t for tf in self.tf.values() for t in tf)
        n = len(self.tf)
        self.idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}

    def scores(self, query: str) -> dict[str, float]:
        q = tokens(query)
        out: dict[str, float] = {}
        for key, tf in self.tf.items():
            s = 0.0
            for t in q:
                f = tf.get(t)
                if f:
                    s += self.idf[t] * f * (self.k1 + 1) / (f + self.k1 * (1 - self.b + self.b * self.len[key] / self.avg))
            if s > 0:
                out[key] = s
        return out
