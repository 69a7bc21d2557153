"""Retrieval over the knowledge cards and the person's own documents, in Chroma.

Embeddings are ours (MiniLM in ONNX Runtime, companion/embeddings.py), passed explicitly: chromadb's default embedding function would
download a model. The card collection's name carries a fingerprint of knowledge/, so an edit to any card
builds a fresh index and a second process never sees a half-built one as complete.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict

from companion.config import Settings
from companion.embeddings import MiniLMEmbedder, default_embedder
from companion.errors import ConfigError
from companion.heap import harden
from companion.knowledge import Card, fingerprint, load_cards
from companion.lexical import BM25
from companion.models import Source

CARD_PREFIX = "knowledge-"
DOCUMENTS = "documents"
#: Reciprocal-rank-fusion constant (the usual 60): dense and lexical ranks count alike.
RRF_K = 60


class Hit(BaseModel):
    model_config = ConfigDict(extra="forbid", arbitrary_types_allowed=True)

    id: str
    title: str
    citation: str
    text: str
    score: float
    kind: Literal["card", "document"]
    card: Card | None = None

    def source(self) -> Source:
        return self.card.as_source() if self.card else Source(id=self.id, title=self.title, citation=self.citation)


def chunk_text(text: str, max_words: int = 120) -> list[str]:
    """Group paragraphs into chunks of at most about max_words words (a long paragraph is split)."""
    chunks: list[str] = []
    current: list[str] = []
    count = 0
    for para in (p.strip() for p in re.split(r"\n\s*\n", text)):
        if not para:
            continue
        words = para.split()
        while len(words) > max_words:
            if current:
                chunks.append(" ".join(current))
                current, count = [], 0
            chunks.append(" ".join(words[:max_words]))
            words = words[max_words - 20:]  # a little overlap keeps a thought whole
        if count + len(words) > max_words and current:
            chunks.append(" ".join(current))
            current, count = [], 0
        current.append(" ".join(words))
        count += len(words)
    if current:
        chunks.append(" ".join(current))
    return chunks


def card_chunks(card: Card) -> list[str]:
    """What a card is found by: its body in chunks, its title with its offer, and each of its `asks`."""
    head = f"{card.title}. " + (card.offer or "")
    return [f"{card.title}. {c}" for c in chunk_text(card.body)] + [head.strip()] + list(card.asks)


def make_client(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        if url.scheme not in {"http", "https"} or not url.hostname:
            raise ConfigError(f"COMPANION_CHROMA_URL must look like http://host:port, not {settings.chroma_url!r}")
        return chromadb.HttpClient(host=url.hostname, port=url.port or (443 if url.scheme == "https" else 8000),
                                   ssl=url.scheme == "https", settings=chroma_settings)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    harden()  # before this process allocates any index it will write: see companion.heap
    return chromadb.PersistentClient(path=str(settings.data_dir / "chroma"), settings=chroma_settings)


class Retriever:
    def __init__(self, settings: Settings, embedder: MiniLMEmbedder | None = None, client=None) -> None:
        self.settings = settings
        self.embedder = embedder or default_embedder()
        self._client = client
        self.cards: dict[str, Card] = load_cards(settings.knowledge_dir)
        self._cards_collection = None
        self._documents = None
        self._bm25 = BM25({cid: " ".join([c.title, c.body, c.offer or "", *c.asks]) for cid, c in self.cards.items()})

    @property
    def client(self):
        if self._client is None:
            self._client = make_client(self.settings)
        return self._client

    def _collection(self, name: str):
        return self.client.get_or_create_collection(name, embedding_function=None, metadata={"hnsw:space": "cosine"})

    def card_collection(self):
        """The card index for the current knowledge/, built if missing or incomplete."""
        if self._cards_collection is not None:
            return self._cards_collection
        name = CARD_PREFIX + fingerprint(self.settings.knowledge_dir)
        collection = self._collection(name)
        ids, texts, metas = [], [], []
        for card in self.cards.values():
            for i, text in enumerate(card_chunks(card)):
                ids.append(f"{card.id}#{i}")
                texts.append(text)
                metas.append({"card": card.id})
        if collection.count() != len(ids):
            collection.upsert(ids=ids, documents=texts, metadatas=metas, embeddings=self.embedder.embed(texts).tolist())
        for other in self.client.list_collections():
            other_name = other if isinstance(other, str) else other.name
            if other_name.startswith(CARD_PREFIX) and other_name != name:
                try:
                    self.client.delete_collection(other_name)
                except Exception:  # another process removed it first
                    pass
        self._cards_collection = collection
        return collection

    def documents(self):
        if self._documents is None:
            self._documents = self._collection(DOCUMENTS)
        return self._documents

    def search_cards(self, query: str, k: int | None = None, exclude_cautionary: bool = False) -> list[Hit]:
        return self.search_cards_batch([query], k, exclude_cautionary)[0]

    def search_cards_batch(self, queries: list[str], k: int | None = None,
                           exclude_cautionary: bool = False) -> list[list[Hit]]:
        k = k or self.settings.retrieval_k
        collection = self.card_collection()
        vectors = self.embedder.embed(queries).tolist()
        result = collection.query(query_embeddings=vectors, n_results=min(collection.count(), k * 6),
                                  include=["metadatas", "distances"])
        out = []
        for query, metas, dists in zip(queries, result["metadatas"], result["distances"]):
            dense: dict[str, float] = {}
            for meta, dist in zip(metas, dists):
                card_id = meta["card"]
                if card_id in self.cards:
                    dense[card_id] = max(dense.get(card_id, -1.0), 1.0 - dist)
            lexical = self._bm25.scores(query)
            fused: dict[str, float] = {}
            for ranking in (dense, lexical):
                for rank, cid in enumerate(sorted(ranking, key=lambda c: -ranking[c]), 1):
                    fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + rank)
            ranked = [cid for cid in sorted(fused, key=lambda c: -fused[c])
                      if not (exclude_cautionary and self.cards[cid].is_cautionary)][:k]
            # The score reported is the dense similarity (0 when only the lexical side found it).
            out.append([self._card_hit(self.cards[cid], max(dense.get(cid, 0.0), 0.0)) for cid in ranked])
        return out

    @staticmethod
    def _card_hit(card: Card, score: float) -> Hit:
        return Hit(id=card.id, title=card.title, citation=card.citation, text=card.body, score=score,
                   kind="card", card=card)

    def search_documents(self, query: str, vault=None, owner: str = "local", k: int | None = None) -> list[Hit]:
        """The owner's own ingested passages nearest the query, opened with their key (none without it)."""
        import base64

        from companion.ingest import document_context

        k = k or self.settings.retrieval_k
        collection = self.documents()
        if vault is None or collection.count() == 0:
            return []
        mine = collection.get(where={"owner": owner}, include=[])["ids"]
        if not mine:
            return []
        result = collection.query(query_embeddings=self.embedder.embed([query]).tolist(), n_results=min(len(mine), k),
                                  where={"owner": owner}, include=["metadatas", "distances"])
        hits = []
        for chunk_id, meta, dist in zip(result["ids"][0], result["metadatas"][0], result["distances"][0]):
            doc = vault.open_json(base64.b64decode(meta["sealed"]), document_context(owner, chunk_id))
            hits.append(Hit(id=f"doc:{doc['name']}#{meta['chunk']}", title=doc["name"],
                            citation=f"{doc['path']}, part {meta['chunk'] + 1}", text=doc["text"], score=1.0 - dist,
                            kind="document"))
        return hits


def hits_to_sources(hits: Iterable[Hit]) -> list[Source]:
    seen: dict[str, Source] = {}
    for hit in hits:
        seen.setdefault(hit.id, hit.source())
    return list(seen.values())
