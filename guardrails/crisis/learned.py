"""The learned layer: softmax regression over all-MiniLM-L6-v2 sentence embeddings (none / concern / risk).

It may only raise the pattern layer's level, never lower it. Long messages are read in windows and the
riskiest window counts. Weights live in guardrails/crisis/model.npz, fitted by eval/train_crisis_model.py
from the labelled dev split; thresholds were chosen there by cross-validation.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from companion.embeddings import MiniLMEmbedder, default_embedder

MODEL = Path(__file__).resolve().parent / "model.npz"
CLASSES = ("none", "concern", "risk")
WINDOW_WORDS = 60


def windows(text: str, size: int = WINDOW_WORDS) -> list[str]:
    """Whole sentences grouped up to about `size` words; no overlap, so a long post costs its length once."""
    if len(text.split()) <= size:
        return [text]
    out: list[str] = []
    current: list[str] = []
    # In a long post only the sentences that touch risk vocabulary are read (see GATE).
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
    return out or [" ".join(text.split()[:size])]


# The layer reads only messages that touch death, harm, despair or disappearing: everything else has
# nothing for it to find, and embedding costs most of the detector's time.
GATE = re.compile(
    r"\b(?:die|dying|died|dead|death|live|living|alive|life|exist\w*|end\w*|over|gone|away|disappear\w*|sleep|wake|"
    r"hurt\w*|pain\w*|harm\w*|cut\w*|blood|bleed\w*|pills?|meds|overdos\w*|kill\w*|suicid\w*|burden|hopeless\w*|point|"
    r"tired|done|enough|give up|giving up|gave up|goodbye|bye|better off|nobody|no one|alone|empty|numb|fog|dark\w*|"
    r"worthless|useless|hate|scared|afraid|unsafe|safe|hit\w*|threat\w*|weapon|gun|knife|rope|bridge|jump\w*|plan\w*|"
    r"note|letter|tonight|last|anymore|trapped|escape|stop|can't|cannot|nothing|never|forever|god|heaven|peace|"
    r"relief|vanish|fade|burden|drown\w*|edge|hole|crash\w*|disappoint\w*|ruin\w*|broken|lost|miss|grief|grey|gray)\b",
    re.I)


def gated(text: str) -> bool:
    return bool(GATE.search(text))


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class CrisisModel:
    def __init__(self, weights: np.ndarray, bias: np.ndarray, concern_at: float, high_at: float,
                 embedder: MiniLMEmbedder | None = None) -> None:
        self.w, self.b = weights, bias
        self.concern_at, self.high_at = concern_at, high_at
        self.embedder = embedder or default_embedder()

    @classmethod
    def load(cls, path: Path = MODEL) -> "CrisisModel":
        data = np.load(path)
        meta = json.loads(str(data["meta"]))
        return cls(data["w"], data["b"], meta["concern_at"], meta["high_at"])

    def risk(self, texts: list[str]) -> np.ndarray:
        """P(risk) per text: the maximum over its windows."""
        spans, flat = [], []
        for t in texts:
            parts = windows(t)
            spans.append((len(flat), len(flat) + len(parts)))
            flat.extend(parts)
        probs = softmax(self.embedder.embed(flat) @ self.w + self.b)[:, CLASSES.index("risk")]
        return np.array([probs[a:b].max() for a, b in spans])


@lru_cache(maxsize=1)
def default_model() -> CrisisModel | None:
    return CrisisModel.load() if MODEL.exists() else None
