"""Genuineness in [0, 1]: a logistic combination of the dimension scores, fitted on the labelled development
set (eval/data/genuineness_dev.jsonl) and stored in eval/genuineness.json. `companion eval calibrate` refits it
and reports held-out accuracy and pairwise ranking (a genuine reply above a performative one to the same message).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
from pydantic import BaseModel, ConfigDict

from eval.scorers import ScoreInput, ScoreResult, all_scorers

DATA = Path(__file__).resolve().parent / "data" / "genuineness_dev.jsonl"
WEIGHTS = Path(__file__).resolve().parent / "genuineness.json"
NEUTRAL = 0.75  # a dimension that does not apply (no harm described, no sources) neither helps nor hurts much


class Labelled(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    message: str
    response: str
    label: int
    kind: str


class Scored(BaseModel):
    genuineness: float
    dimensions: dict[str, float | None]
    results: list[ScoreResult]
    flags: list[str]


class Calibration(BaseModel):
    n_train: int
    n_test: int
    accuracy: float
    pairwise: float
    pairs: int
    cv_accuracy: float
    by_kind: dict[str, float]


def features(results: list[ScoreResult]) -> np.ndarray:
    return np.array([r.value if r.value is not None else NEUTRAL for r in results], dtype=float)


def _fit(x: np.ndarray, y: np.ndarray, l2: float = 0.01, steps: int = 4000, lr: float = 0.5) -> tuple[np.ndarray, float]:
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = p - y
        w -= lr * (x.T @ g / len(y) + l2 * w)
        b -= lr * g.mean()
    return w, b


class Genuineness:
    def __init__(self, weights: dict[str, float] | None = None, bias: float = 0.0) -> None:
        self.scorers = all_scorers()
        if weights is None and WEIGHTS.exists():
            saved = json.loads(WEIGHTS.read_text())
            weights, bias = saved["weights"], saved["bias"]
        if weights is None:
            raise FileNotFoundError(f"{WEIGHTS} is missing: run `companion eval calibrate`")
        self.weights = np.array([weights[s.name] for s in self.scorers])
        self.bias = bias

    def results(self, item: ScoreInput) -> list[ScoreResult]:
        return [s.score(item) for s in self.scorers]

    def score(self, item: ScoreInput) -> Scored:
        results = self.results(item)
        z = float(features(results) @ self.weights + self.bias)
        flags = [f"{r.name}: {r.reason}" for r in results if r.value is not None and r.value < 0.5]
        return Scored(genuineness=round(1 / (1 + math.exp(-z)), 4), dimensions={r.name: r.value for r in results},
                      results=results, flags=flags)


def load_dev(path: Path = DATA) -> list[Labelled]:
    return [Labelled.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def calibrate(path: Path = DATA, write: bool = True) -> Calibration:
    items = load_dev(path)
    scorers = all_scorers()
    x = np.array([features([s.score(ScoreInput(message=i.message, reply=i.response)) for s in scorers]) for i in items])
    y = np.array([i.label for i in items], dtype=float)
    # Split by message, so a message's genuine and performative replies stay on the same side.
    messages = sorted({i.message for i in items})
    rng = np.random.default_rng(0)
    test_messages = set(rng.choice(messages, size=len(messages) * 3 // 10, replace=False))
    test = np.array([i.message in test_messages for i in items])
    w, b = _fit(x[~test], y[~test])
    p = 1 / (1 + np.exp(-(x @ w + b)))
    accuracy = float(((p[test] >= 0.5) == (y[test] == 1)).mean())
    pairs = wins = 0
    for m in test_messages:
        idx = [k for k, i in enumerate(items) if i.message == m]
        for a in idx:
            for c in idx:
                if y[a] == 1 and y[c] == 0:
                    pairs += 1
                    wins += p[a] > p[c]
    folds = rng.permutation(len(messages)) % 5
    fold_of = {m: f for m, f in zip(messages, folds)}
    fold = np.array([fold_of[i.message] for i in items])
    correct = 0
    for f in range(5):
        wf, bf = _fit(x[fold != f], y[fold != f])
        correct += int((((x[fold == f] @ wf + bf) >= 0) == (y[fold == f] == 1)).sum())
    by_kind: dict[str, list[bool]] = {}
    for k, i in enumerate(items):
        if test[k]:
            by_kind.setdefault(i.kind, []).append(bool((p[k] >= 0.5) == (y[k] == 1)))
    w_all, b_all = _fit(x, y)
    if write:
        WEIGHTS.write_text(json.dumps({"weights": {s.name: round(float(v), 4) for s, v in zip(scorers, w_all)},
                                       "bias": round(float(b_all), 4), "fitted_on": DATA.name, "n": len(items)}, indent=2))
    return Calibration(n_train=int((~test).sum()), n_test=int(test.sum()), accuracy=accuracy,
                       pairwise=wins / max(1, pairs), pairs=pairs, cv_accuracy=correct / len(items),
                       by_kind={k: sum(v) / len(v) for k, v in sorted(by_kind.items())})
