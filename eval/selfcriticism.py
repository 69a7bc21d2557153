"""How well the self-criticism index orders and buckets hand-labelled journal sentences.

Data: eval/data/selfcriticism_dev.jsonl, written before the patterns were tuned; the `tune` half was used to
tune patterns and the bucket thresholds (companion.selfcriticism.MILD_AT / STRONG_AT, see `tune_thresholds`),
the `report` half only to report. Metrics: Spearman correlation between the index and the level
(none 0 / mild 1 / strong 2), and accuracy of the three-way bucketing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

import numpy as np
from pydantic import BaseModel, ConfigDict

from companion.selfcriticism import level, self_criticism

DATA = Path(__file__).resolve().parent / "data" / "selfcriticism_dev.jsonl"
LEVELS = ("none", "mild", "strong")


class Labelled(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    level: Literal["none", "mild", "strong"]
    split: Literal["tune", "report"]


def load(split: str | None = None, path: Path = DATA) -> list[Labelled]:
    items = [Labelled.model_validate_json(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [i for i in items if split in (None, "all", i.split)]


def _ranks(x: np.ndarray) -> np.ndarray:
    """Average ranks (ties share their mean rank), as Spearman's rho needs."""
    order = np.argsort(x, kind="mergesort")
    ranks = np.empty(len(x))
    ranks[order] = np.arange(len(x), dtype=float)
    for value in np.unique(x):
        tied = x == value
        ranks[tied] = ranks[tied].mean()
    return ranks


def spearman(a: list[float], b: list[float]) -> float:
    ra, rb = _ranks(np.asarray(a, float)), _ranks(np.asarray(b, float))
    if ra.std() == 0 or rb.std() == 0:
        return 0.0
    return float(np.corrcoef(ra, rb)[0, 1])


def evaluate(split: str = "report") -> dict:
    items = load(split)
    if not items:
        raise ValueError(f"no labelled self-criticism examples for split {split!r}")
    index = [self_criticism(i.text).index for i in items]
    gold = [LEVELS.index(i.level) for i in items]
    predicted = [level(x) for x in index]
    misses = [{"text": i.text, "level": i.level, "got": p, "index": x}
              for i, p, x in zip(items, predicted, index) if p != i.level]
    return {"split": split, "n": len(items), "spearman": round(spearman(index, gold), 4),
            "accuracy": round(float(np.mean([p == i.level for p, i in zip(predicted, items)])), 4),
            "mean_index": {lv: round(float(np.mean([x for x, i in zip(index, items) if i.level == lv])), 4) for lv in LEVELS},
            "misses": misses}


def tune_thresholds(split: str = "tune") -> tuple[float, float, float]:
    """The (mild_at, strong_at) pair maximising bucket accuracy on `split`, and that accuracy. Ties go to the
    pair nearest the middle of the tied range, so the thresholds are not pressed against one example."""
    items = load(split)
    index = np.array([self_criticism(i.text).index for i in items])
    gold = np.array([LEVELS.index(i.level) for i in items])
    grid = np.round(np.arange(0.02, 0.96, 0.01), 2)
    scored = [((np.where(index < a, 0, np.where(index < b, 1, 2)) == gold).mean(), a, b) for a in grid for b in grid if b > a]
    best = max(s for s, _, _ in scored)
    tied = [(a, b) for s, a, b in scored if s == best]
    return float(np.median([a for a, _ in tied])), float(np.median([b for _, b in tied])), float(best)


if __name__ == "__main__":
    print("tuned thresholds (mild_at, strong_at, accuracy on tune):", tune_thresholds())
    for part in ("tune", "report"):
        print(json.dumps({k: v for k, v in evaluate(part).items() if k != "misses"}))
