"""Emotions in a piece of writing: 27 emotions plus neutral, as labelled in GoEmotions (Demszky et al., 2020).

One logistic regression per label over the all-MiniLM-L6-v2 sentence embedding (companion.embeddings), fitted
with scikit-learn by eval/train_emotion_model.py; here only NumPy: p = sigmoid(x @ coef.T + intercept).
Everything lives in companion/emotions.npz: coef (28, 384), intercept (28,), thresholds (28,), labels.

- Thresholds: one per label, chosen on the GoEmotions dev split to maximise that label's F1 (never below 0.1).
- Neutral is exclusive: a text reads as neutral only when neutral clears its threshold by a wider margin
  (probability / threshold) than every emotion; otherwise neutral is dropped from the labels. On dev this
  costs 0.014 macro-F1 and 0.006 micro-F1 against letting neutral sit beside emotions, a price paid
  because "sadness, neutral" reads as nonsense in a journal.
- Long texts (journal entries) are read in windows of whole sentences of up to about 20 words (longer
  sentences are cut), and each label takes its maximum over windows: an emotion voiced once is in the entry,
  and a mean would dilute one frightened sentence among ordinary ones. The model was fitted on Reddit comments
  (13 words on average, 33 at most), so short windows stay close to what it learned. Checked on 150 "entries"
  of six dev comments each, scored against the union of their labels: windows of 60 / 40 / 30 / 20 / 15 words
  gave macro-F1 0.24 / 0.28 / 0.33 / 0.40 / 0.42 and 1.9 / 2.4 / 3.1 / 4.4 / 5.1 labels per entry against 4.6
  true; 20 keeps most sentences whole with about the right number of labels. The cost of the max: longer
  entries collect more labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict

from companion.embeddings import MiniLMEmbedder, default_embedder
from companion.errors import CompanionError
from guardrails.crisis.learned import windows

WEIGHTS = Path(__file__).resolve().parent / "emotions.npz"
WINDOW_WORDS = 20
LABELS: tuple[str, ...] = (
    "admiration", "amusement", "anger", "annoyance", "approval", "caring", "confusion", "curiosity", "desire",
    "disappointment", "disapproval", "disgust", "embarrassment", "excitement", "fear", "gratitude", "grief", "joy",
    "love", "nervousness", "optimism", "pride", "realization", "relief", "remorse", "sadness", "surprise", "neutral",
)
NEUTRAL = LABELS.index("neutral")
#: Coarse groups for plots: the Ekman mapping the GoEmotions authors published, plus neutral.
GROUPS: dict[str, tuple[str, ...]] = {
    "joy": ("joy", "amusement", "approval", "excitement", "gratitude", "love", "optimism", "relief", "pride",
            "admiration", "desire", "caring"),
    "sadness": ("sadness", "disappointment", "embarrassment", "grief", "remorse"),
    "fear": ("fear", "nervousness"),
    "anger": ("anger", "annoyance", "disapproval"),
    "disgust": ("disgust",),
    "surprise": ("surprise", "realization", "confusion", "curiosity"),
    "neutral": ("neutral",),
}


class EmotionModelMissing(CompanionError):
    """The fitted weights are not where they should be."""


class EmotionReading(BaseModel):
    model_config = ConfigDict(extra="forbid")
    scores: dict[str, float]
    labels: list[str]
    top: str


def decide(probabilities: np.ndarray, thresholds: np.ndarray) -> np.ndarray:
    """Which labels each row carries (n, 28) bool: above threshold, with neutral exclusive (see module doc)."""
    chosen = probabilities >= thresholds
    margin = probabilities / thresholds
    neutral = chosen[:, NEUTRAL] & (margin[:, NEUTRAL] >= np.delete(margin, NEUTRAL, axis=1).max(axis=1))
    chosen[neutral] = False
    chosen[:, NEUTRAL] = neutral
    return chosen


class EmotionModel:
    """Lazily loaded; `probabilities(texts)` → (n, 28), `predict(texts)` → readings."""

    def __init__(self, path: Path | str | None = None, embedder: MiniLMEmbedder | None = None) -> None:
        self.path = Path(path) if path else WEIGHTS
        self._embedder = embedder
        self._loaded = False

    def _load(self) -> None:
        if self._loaded:
            return
        if not self.path.exists():
            raise EmotionModelMissing(f"emotion model weights not found at {self.path}; "
                                      "run `python -m eval.train_emotion_model` to fit them")
        with np.load(self.path) as data:
            if tuple(data["labels"].tolist()) != LABELS:
                raise EmotionModelMissing(f"{self.path} holds labels that do not match companion.emotions.LABELS")
            self.coef = data["coef"].astype(np.float32)
            self.intercept = data["intercept"].astype(np.float32)
            self.thresholds = data["thresholds"].astype(np.float64)
        self._embedder = self._embedder or default_embedder()
        self._loaded = True

    def window_probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """Per text as given, no windowing: sigmoid over the embedding (what the training script fitted)."""
        self._load()
        if not texts:
            return np.zeros((0, len(LABELS)))
        assert self._embedder is not None
        z = self._embedder.embed(list(texts)) @ self.coef.T + self.intercept
        return 1.0 / (1.0 + np.exp(-z.astype(np.float64)))

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """(n, 28) in [0, 1]: per label, the maximum over the text's windows of whole sentences."""
        spans, flat = [], []
        for text in texts:
            parts = windows(text, WINDOW_WORDS) if text.strip() else [text]
            spans.append((len(flat), len(flat) + len(parts)))
            flat.extend(parts)
        p = self.window_probabilities(flat)
        return np.stack([p[a:b].max(axis=0) for a, b in spans]) if spans else p

    def predict(self, texts: Sequence[str]) -> list[EmotionReading]:
        p = self.probabilities(texts)
        chosen = decide(p, self.thresholds)
        out = []
        for row, keep in zip(p, chosen):
            labels = [LABELS[i] for i in np.argsort(-row, kind="stable") if keep[i]]
            out.append(EmotionReading(scores={name: round(float(v), 4) for name, v in zip(LABELS, row)},
                                      labels=labels, top=labels[0] if labels else LABELS[int(row.argmax())]))
        return out

    def read(self, text: str) -> EmotionReading:
        return self.predict([text])[0]


def grouped(reading: EmotionReading) -> dict[str, float]:
    """The reading's scores folded into the coarse GROUPS (max within each group)."""
    return {group: max(reading.scores[name] for name in names) for group, names in GROUPS.items()}


@lru_cache(maxsize=1)
def default_emotion_model() -> EmotionModel:
    return EmotionModel()
