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


def test_numpy_forward_matches_sentence_transformers(reference):
    ours = MiniLMEmbedder(batch_size=2).embed(TEXTS)  # batch of 2 forces padding across unequal lengths
    theirs = reference.encode(TEXTS, normalize_embeddings=True)
    assert ours.shape == (len(TEXTS), 384)
    cosine = (ours * theirs).sum(axis=1)
    assert cosine.min() > 0.99999, cosine
    # GELU runs in its tanh form (several times faster in NumPy); per component that moves a unit
    # vector by a few 1e-4 at most, which no ranking notices.
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
