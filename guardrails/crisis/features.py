"""Text features for the learned crisis layer, computed without scikit-learn at run time.

The same transform as scikit-learn's TfidfVectorizer with sublinear tf and l2 norm — word unigrams+bigrams
(token pattern \\b\\w\\w+\\b) and character 3–5-grams within word boundaries (`char_wb`) — from a vocabulary and
idf weights fitted by eval/train_crisis_model.py. tests/test_crisis_learned.py checks it against scikit-learn.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_SPACE = re.compile(r"\s\s+")


def word_ngrams(text: str, n_max: int = 2) -> list[str]:
    tokens = _TOKEN.findall(text.lower())
    grams = list(tokens)
    for n in range(2, n_max + 1):
        grams += [" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1)]
    return grams


def char_wb_ngrams(text: str, n_min: int = 3, n_max: int = 5) -> list[str]:
    grams: list[str] = []
    for word in _SPACE.sub(" ", text.lower()).split():
        w = f" {word} "
        for n in range(n_min, n_max + 1):
            offset = 0
            grams.append(w[offset:offset + n])
            while offset + n < len(w):
                offset += 1
                grams.append(w[offset:offset + n])
            if offset == 0:
                break
    return grams


class Tfidf:
    def __init__(self, vocabulary: dict[str, int], idf: np.ndarray, analyzer) -> None:
        self.vocabulary, self.idf, self.analyzer = vocabulary, idf, analyzer

    def rows(self, texts: list[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per text, the (columns, values) of its l2-normalised sublinear tf-idf vector."""
        out = []
        for text in texts:
            counts = Counter(g for g in self.analyzer(text) if g in self.vocabulary)
            cols = np.fromiter((self.vocabulary[g] for g in counts), dtype=np.int64, count=len(counts))
            vals = np.fromiter((1.0 + math.log(c) for c in counts.values()), dtype=np.float64, count=len(counts))
            vals = vals * self.idf[cols]
            norm = np.sqrt((vals * vals).sum())
            out.append((cols, vals / norm if norm > 0 else vals))
        return out


def project(rows: list[tuple[np.ndarray, np.ndarray]], weights: np.ndarray) -> np.ndarray:
    """X @ weights without building X, from `Tfidf.rows`: (n_rows, weights.shape[1])."""
    return np.stack([vals @ weights[cols] for cols, vals in rows]) if rows else np.zeros((0, weights.shape[1]))
