"""The manipulation rails' learned layer: per role, logistic regressions over word/char tf-idf and MiniLM
embeddings: a binary one saying whether a text is manipulative, a kind head over "none" and each category (its
P(not none) averaged with the binary reading, as the crisis layer's kind head is: cross-validated recall at the
same false-flag budget rose from 0.785 to 0.830 on replies and from 0.760 to 0.812 on requests), and one naming
the category. It adds to the patterns (a text is flagged when either says so). A screen on the tf-idf views
alone reads every text first; only those it does not set aside are embedded (most everyday messages are not).
Fitted by eval/train_manipulation_model.py; thresholds from cross-validation.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

from companion.embeddings import default_embedder
from guardrails.crisis.features import Tfidf, char_wb_ngrams, word_ngrams
from guardrails.crisis.learned import Head, Views, softmax

MODEL = Path(__file__).resolve().parent / "model.npz"


class RoleModel:
    def __init__(self, word: Tfidf, char: Tfidf, flag: Head, category: Head, categories: list[str], threshold: float,
                 screen: Head, screen_at: float, kind: Head | None = None):
        self.word, self.char, self.flag, self.category, self.kind = word, char, flag, category, kind
        self.categories, self.threshold = categories, threshold
        self.screen, self.screen_at = screen, screen_at

    def predict(self, texts: list[str]) -> list[list[str]]:
        out: list[list[str]] = [[] for _ in texts]
        if not texts:
            return out
        views = Views.of(self.word, self.char, texts)
        keep = [int(i) for i in np.flatnonzero(self.screen.passes(views, self.screen_at))]
        if not keep:
            return out
        kept = views.subset(keep, default_embedder().embed([texts[i] for i in keep]))
        p_flag = self.p_flag(kept)
        p_cat = softmax(self.category.scores(kept))
        for i, p, c in zip(keep, p_flag, p_cat):
            if p >= self.threshold:
                out[i] = [self.categories[int(c.argmax())]]
        return out

    def p_flag(self, views: Views) -> np.ndarray:
        """P(manipulative) per row: the binary head, averaged with the kind head's P(any kind but none)."""
        p = softmax(self.flag.scores(views))[:, 1]
        if self.kind is not None:
            p = (p + softmax(self.kind.scores(views))[:, 1:].sum(axis=1)) / 2
        return p


@lru_cache(maxsize=1)
def models() -> dict[str, RoleModel]:
    if not MODEL.exists():
        return {}
    data = np.load(MODEL)
    meta = json.loads(str(data["meta"]))
    out = {}
    for role, info in meta["roles"].items():
        word = Tfidf({g: i for i, g in enumerate(data[f"{role}_word_vocab"].tolist())}, data[f"{role}_word_idf"], word_ngrams)
        char = Tfidf({g: i for i, g in enumerate(data[f"{role}_char_vocab"].tolist())}, data[f"{role}_char_idf"], char_wb_ngrams)
        n_word, n_char = len(word.idf), len(char.idf)
        flag = Head(data[f"{role}_flag_coef"], data[f"{role}_flag_bias"], n_word, n_char)
        category = Head(data[f"{role}_cat_coef"], data[f"{role}_cat_bias"], n_word, n_char)
        screen = Head(data[f"{role}_screen_coef"], data[f"{role}_screen_bias"], n_word, n_char)
        kind = Head(data[f"{role}_kind_coef"], data[f"{role}_kind_bias"], n_word, n_char) if f"{role}_kind_coef" in data else None
        out[role] = RoleModel(word, char, flag, category, info["categories"], info["threshold"], screen, info["screen_at"], kind)
    return out
