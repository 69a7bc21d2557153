"""The manipulation rails' learned layer: per role, a logistic regression over word/char tf-idf and MiniLM
embeddings saying whether a text is manipulative, and one naming the category. It adds to the patterns (a text
is flagged when either says so). A screen on the tf-idf views alone reads every text first; only those it does
not set aside are embedded (most everyday messages are not). Fitted by eval/train_manipulation_model.py;
thresholds from cross-validation.
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
                 screen: Head, screen_at: float):
        self.word, self.char, self.flag, self.category = word, char, flag, category
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
        p_flag = softmax(self.flag.scores(kept))[:, 1]
        p_cat = softmax(self.category.scores(kept))
        for i, p, c in zip(keep, p_flag, p_cat):
            if p >= self.threshold:
                out[i] = [self.categories[int(c.argmax())]]
        return out


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
        out[role] = RoleModel(word, char, flag, category, info["categories"], info["threshold"], screen, info["screen_at"])
    return out
