"""Retrieval quality on a labelled query set: recall@k (any expected card in the top k) and MRR."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from companion.retrieval import Retriever

DATA = Path(__file__).resolve().parent / "data"


class Query(BaseModel):
    model_config = ConfigDict(extra="forbid")
    query: str
    expected: list[str] = Field(min_length=1)


class Miss(BaseModel):
    query: str
    expected: list[str]
    got: list[str]


class RetrievalResult(BaseModel):
    n: int
    k: int
    recall: float
    mrr: float
    per_query: list[float]
    misses: list[Miss]


def load_queries(path: Path | None = None) -> list[Query]:
    paths = [path] if path else sorted(DATA.glob("retrieval_queries*.jsonl"))
    queries = [Query.model_validate_json(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not queries:
        raise ValueError("no retrieval queries found")
    return queries


def evaluate(retriever: Retriever, queries: list[Query], k: int = 5) -> RetrievalResult:
    unknown = {e for q in queries for e in q.expected} - retriever.cards.keys()
    if unknown:
        raise ValueError(f"queries expect cards that do not exist: {sorted(unknown)}")
    results = retriever.search_cards_batch([q.query for q in queries], k=k)
    hits, rr, misses = [], [], []
    for q, found in zip(queries, results):
        ids = [h.id for h in found]
        rank = next((i + 1 for i, cid in enumerate(ids) if cid in q.expected), None)
        hits.append(1.0 if rank else 0.0)
        rr.append(1.0 / rank if rank else 0.0)
        if not rank:
            misses.append(Miss(query=q.query, expected=q.expected, got=ids))
    n = len(queries)
    return RetrievalResult(n=n, k=k, recall=sum(hits) / n, mrr=sum(rr) / n, per_query=hits, misses=misses)
