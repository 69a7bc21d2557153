"""The emotion model measured through its run-time path (companion.emotions.EmotionModel, NumPy only) on a
GoEmotions split: macro-F1, micro-F1 and F1 per label, with labels decided exactly as `predict` decides them.

Data: $COMPANION_GOEMOTIONS_DIR, else <repo>/../shared/data/goemotions (Apache-2.0; Demszky et al., 2020).
The test split is for reporting only; thresholds were chosen on dev (eval/train_emotion_model.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from companion.emotions import LABELS, EmotionModel, decide
from companion.errors import CompanionError

ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    path = Path(os.environ.get("COMPANION_GOEMOTIONS_DIR") or ROOT.parent / "shared" / "data" / "goemotions")
    if not (path / "labels.txt").exists():
        raise CompanionError(f"GoEmotions data not found in {path} (expected train.tsv, dev.tsv, test.tsv, labels.txt); "
                             "set COMPANION_GOEMOTIONS_DIR to the folder that holds them")
    return path


def load_split(split: str, limit: int | None = None) -> tuple[list[str], np.ndarray]:
    """Texts and a (n, 28) bool label matrix for train, dev or test (first `limit` lines if given)."""
    if split not in ("train", "dev", "test"):
        raise ValueError(f"unknown split {split!r}: expected train, dev or test")
    path = data_dir()
    names = tuple(path.joinpath("labels.txt").read_text(encoding="utf-8").split())
    if names != LABELS:
        raise CompanionError(f"{path / 'labels.txt'} does not list the 28 GoEmotions labels in the expected order")
    lines = path.joinpath(f"{split}.tsv").read_text(encoding="utf-8").splitlines()[:limit]
    texts, y = [], np.zeros((len(lines), len(LABELS)), dtype=bool)
    for n, line in enumerate(lines):
        text, ids, _ = line.split("\t")
        texts.append(text)
        y[n, [int(i) for i in ids.split(",")]] = True
    return texts, y


def f1_scores(gold: np.ndarray, predicted: np.ndarray) -> dict:
    """Macro-F1 (mean over the 28 labels), micro-F1 (pooled counts) and F1 per label; 0 when undefined."""
    tp = (gold & predicted).sum(axis=0).astype(float)
    fp = (~gold & predicted).sum(axis=0)
    fn = (gold & ~predicted).sum(axis=0)
    denom = 2 * tp + fp + fn
    per = np.divide(2 * tp, denom, out=np.zeros_like(tp), where=denom > 0)
    micro = 2 * tp.sum() / max(1.0, float(denom.sum()))
    return {"macro_f1": round(float(per.mean()), 4), "micro_f1": round(float(micro), 4),
            "per_label_f1": {name: round(float(v), 4) for name, v in zip(LABELS, per)},
            "support": {name: int(v) for name, v in zip(LABELS, gold.sum(axis=0))}}


def evaluate(split: str = "test", limit: int | None = None, model: EmotionModel | None = None) -> dict:
    texts, gold = load_split(split, limit)
    model = model or EmotionModel()
    predicted = decide(model.probabilities(texts), model.thresholds)
    return {"split": split, "n": len(texts), **f1_scores(gold, predicted)}


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(evaluate(sys.argv[1] if len(sys.argv) > 1 else "test"), indent=1))
