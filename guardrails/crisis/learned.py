"""The learned layer: logistic regressions over three views of a message — all-MiniLM-L6-v2 sentence
embeddings, word uni/bigram tf-idf and character 3–5-gram tf-idf.

- level head: none / concern / high / imminent;
- subject head: self / other (for messages the patterns did not place).

It may only raise the pattern layer's level, never lower it, and never overrides a negation, idiom or resolved
history that the patterns recognised. Long messages are read in windows of whole sentences; the riskiest window
counts. Everything lives in guardrails/crisis/model.npz, fitted by eval/train_crisis_model.py from the labelled
training split, with thresholds chosen there by cross-validation. No scikit-learn at run time.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from companion.embeddings import MiniLMEmbedder, default_embedder
from guardrails.crisis.features import Tfidf, char_wb_ngrams, word_ngrams

MODEL = Path(__file__).resolve().parent / "model.npz"
LEVELS = ("none", "concern", "high", "imminent")
WINDOW_WORDS = 60
#: Embeddings are scaled up beside the (l2-normalised, sparse) tf-idf views so the three weigh alike.
EMBED_SCALE = 2.0


def windows(text: str, size: int = WINDOW_WORDS) -> list[str]:
    """Whole sentences grouped up to about `size` words; no overlap, so a long post costs its length once."""
    if len(text.split()) <= size:
        return [text]
    out: list[str] = []
    current: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        words = sentence.split()
        while len(words) > size:
            out.append(" ".join(words[:size]))
            words = words[size:]
        if current and len(current) + len(words) > size:
            out.append(" ".join(current))
            current = []
        current.extend(words)
    if current:
        out.append(" ".join(current))
    return out or [text]


def gated(text: str) -> bool:
    """The layer reads messages of three words or more; shorter ones are the patterns' alone."""
    return len(text.split()) >= 3


# A learned reading alone may escalate only a message that touches death, dying, self-harm, means or violence.
# Without this, everyday narration ("I'm in the waiting room", "he's packing a bag") was escalated: the training
# sets' imminent and third-party examples are full of such narration. Elsewhere the layer can still say concern.
ESCALATION_GATE = re.compile(
    r"\b(?:die|dies|dying|died|dead|death|alive|suicid\w*|unaliv\w*|kms|ctb|kill\w*|end (?:it|it all|my life|things|everything)|"
    r"(?:not|never) (?:wake|woke|waking|be here|exist)|stop existing|disappear\w*|better off without|burden|"
    r"hurt(?:ing)? (?:myself|me|him|her|them)|harm\w*|cut(?:s|ting)? (?:myself|my)|bleed\w*|blood|burn(?:ing|ed|t)? (?:myself|my)|"
    r"pills|overdos\w*|rope|noose|gun|knife|blade|razor|bridge|ledge|jump\w*|"
    r"hit(?:s|ting)? me|beat\w*|chok\w*|strangl\w*|abus\w*|rap(?:e|ed|ing)|threat\w*|violent|weapon|"
    r"without me|give (?:away|my (?:things|stuff))|giving (?:away|my (?:things|stuff))|gave (?:away|my (?:things|stuff))|"
    r"won't be (?:here|around)|not be around|last (?:message|time|day|goodbye)|my (?:affairs|will)|letters? to|note to|"
    r"goodbye forever|at peace with|made (?:my )?peace|no way out|can't go on|tired of (?:living|life|being)|"
    r"morir\w*|muerte|matar\w*|mourir|tuer|suicider|sterben|umbringen|morrer|morte)\b", re.I)


def may_escalate(text: str) -> bool:
    return bool(ESCALATION_GATE.search(text))


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class Reading:
    """Per message: P(escalate) = P(high) + P(imminent), P(imminent), P(at least concern), P(other)."""

    def __init__(self, escalate: float, imminent: float, concern: float, other: float) -> None:
        self.escalate, self.imminent, self.concern, self.other = escalate, imminent, concern, other


class Head:
    """One logistic regression over [word tf-idf | char tf-idf | embedding]."""

    def __init__(self, coef: np.ndarray, bias: np.ndarray, n_word: int, n_char: int) -> None:
        self.w_word, self.w_char = coef[:n_word], coef[n_word:n_word + n_char]
        self.w_emb, self.bias = coef[n_word + n_char:], bias

    def scores(self, word: Tfidf, char: Tfidf, texts: list[str], vectors: np.ndarray) -> np.ndarray:
        return word.project(texts, self.w_word) + char.project(texts, self.w_char) + \
            (vectors * EMBED_SCALE) @ self.w_emb + self.bias


class CrisisModel:
    def __init__(self, word: Tfidf, char: Tfidf, level: Head, subject: Head, thresholds: dict[str, float],
                 embedder: MiniLMEmbedder | None = None) -> None:
        self.word, self.char, self.level, self.subject = word, char, level, subject
        self.high_at = thresholds["high_at"]
        self.imminent_at = thresholds["imminent_at"]
        self.concern_at = thresholds["concern_at"]
        self.embedder = embedder or default_embedder()

    @classmethod
    def load(cls, path: Path = MODEL) -> "CrisisModel":
        data = np.load(path)
        meta = json.loads(str(data["meta"]))
        word = Tfidf({g: i for i, g in enumerate(data["word_vocab"].tolist())}, data["word_idf"], word_ngrams)
        char = Tfidf({g: i for i, g in enumerate(data["char_vocab"].tolist())}, data["char_idf"], char_wb_ngrams)
        n_word, n_char = len(word.idf), len(char.idf)
        level = Head(data["level_coef"], data["level_bias"], n_word, n_char)
        subject = Head(data["subject_coef"], data["subject_bias"], n_word, n_char)
        return cls(word, char, level, subject, meta["thresholds"])

    def probabilities(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Per text (already normalised): level probabilities (n, 4) and P(other) (n,)."""
        vectors = self.embedder.embed(texts)
        levels = softmax(self.level.scores(self.word, self.char, texts, vectors))
        other = softmax(self.subject.scores(self.word, self.char, texts, vectors))[:, 1]
        return levels, other

    def read(self, texts: list[str]) -> list[Reading]:
        spans, flat = [], []
        for t in texts:
            parts = windows(t)
            spans.append((len(flat), len(flat) + len(parts)))
            flat.extend(parts)
        levels, other = self.probabilities(flat)
        out = []
        for a, b in spans:
            lv = levels[a:b]
            esc = lv[:, 2] + lv[:, 3]
            k = a + int(esc.argmax())
            out.append(Reading(escalate=float(esc.max()), imminent=float(lv[:, 3].max()),
                               concern=float(lv[:, 1:].sum(axis=1).max()), other=float(other[k])))
        return out


@lru_cache(maxsize=1)
def default_model() -> CrisisModel | None:
    return CrisisModel.load() if MODEL.exists() else None
