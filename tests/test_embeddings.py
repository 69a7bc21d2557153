import subprocess
import sys

import numpy as np
import pytest

from companion.embeddings import MiniLMEmbedder, model_dir

TEXTS = [
    "I messed up at work and I can't stop calling myself an idiot.",
    "hi",
    "What is the difference between empathy and compassion, and why does empathic distress lead to burnout? " * 12,
    "Je veux mourir",  # non-English, accents
    "",
]


@pytest.fixture(scope="module")
def reference():
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(model_dir()), device="cpu")


def test_forward_matches_sentence_transformers(reference):
    ours = MiniLMEmbedder(batch_size=2).embed(TEXTS)  # batch of 2 forces padding across unequal lengths
    theirs = reference.encode(TEXTS, normalize_embeddings=True)
    assert ours.shape == (len(TEXTS), 384)
    cosine = (ours * theirs).sum(axis=1)
    assert cosine.min() > 0.99999, cosine
    # GELU runs in its tanh form; per component that moves a unit vector by a few 1e-4 at most, which no
    # ranking notices.
    assert np.abs(ours - theirs).max() < 5e-4


def test_rows_are_unit_length_and_distinct():
    vectors = MiniLMEmbedder().embed(TEXTS[:3])
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert (vectors[0] @ vectors[1]) < 0.9


def test_empty_batch():
    assert MiniLMEmbedder().embed([]).shape == (0, 384)


def test_embedding_never_imports_torch():
    code = ("import sys; from companion.embeddings import MiniLMEmbedder; MiniLMEmbedder().embed(['x']); "
            "print('torch' in sys.modules, 'sentence_transformers' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_repeated_texts_come_from_the_cache_with_identical_vectors():
    embedder = MiniLMEmbedder()
    first = embedder.embed(["I failed my exam", "A different sentence here"])
    again = embedder.embed(["i failed my exam", "I failed my exam"])  # uncased: the same token ids
    assert np.array_equal(again[0], first[0]) and np.array_equal(again[1], first[0])
    embedder.cache_size = 1
    embedder.embed(["one more", "and another"])
    assert len(embedder._cache) == 1


def test_the_graph_is_built_once_cached_and_rebuilt_when_damaged(tmp_path, monkeypatch):
    from companion import embeddings

    monkeypatch.setenv("COMPANION_CACHE_DIR", str(tmp_path / "cache"))
    first = MiniLMEmbedder().embed(TEXTS[:2])
    (graph,) = (tmp_path / "cache").glob("minilm-*.onnx")
    size = graph.stat().st_size
    calls = []
    monkeypatch.setattr(embeddings, "build_graph", lambda path: calls.append(path) or b"")
    assert np.array_equal(MiniLMEmbedder().embed(TEXTS[:2]), first)  # read from the cache, nothing rebuilt
    assert calls == [] and graph.stat().st_size == size
    monkeypatch.undo()
    monkeypatch.setenv("COMPANION_CACHE_DIR", str(tmp_path / "cache"))
    graph.write_bytes(graph.read_bytes()[:1000])  # a cut-short file
    assert np.allclose(MiniLMEmbedder().embed(TEXTS[:2]), first, atol=1e-6)
    assert graph.stat().st_size > 50_000_000


def test_writing_a_graph_removes_cached_graphs_unused_for_a_month(tmp_path, monkeypatch):
    import os
    import time

    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv("COMPANION_CACHE_DIR", str(cache))
    stale, recent, left_over = cache / "minilm-0000older0version.onnx", cache / "minilm-1111other0venv.onnx", \
        cache / ".minilm-abandoned.tmp"
    for f in (stale, recent, left_over):
        f.write_bytes(b"an old graph")
    month_ago = time.time() - 31 * 86400
    os.utime(stale, (month_ago, month_ago))
    os.utime(left_over, (month_ago, month_ago))
    MiniLMEmbedder().embed(TEXTS[:1])
    assert not stale.exists() and not left_over.exists() and recent.exists()
    (graph,) = [p for p in cache.glob("*minilm-*") if p != recent]  # the one just written, and nothing else
    os.utime(graph, (month_ago, month_ago))
    MiniLMEmbedder().embed(TEXTS[:1])  # a cache hit marks the graph as used
    assert time.time() - graph.stat().st_mtime < 3600


def test_an_unwritable_cache_costs_a_rebuild_not_a_failure(tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-dir"
    blocked.write_text("a file where the cache directory should be")
    monkeypatch.setenv("COMPANION_CACHE_DIR", str(blocked / "cache"))
    vectors = MiniLMEmbedder().embed(TEXTS[:2])
    assert vectors.shape == (2, 384) and np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
