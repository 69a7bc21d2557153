"""Private text freed from memory must not reach Chroma's files (companion.heap).

Run in a child process with a single malloc arena, so memory the main thread frees is what Chroma's worker
threads are handed next: the setting under which a CI run once found ingested text in `data_level0.bin`.
"""

import os
import subprocess
import sys
import textwrap

import pytest

from companion.heap import harden

CHILD = textwrap.dedent("""
    import ctypes, sys
    from pathlib import Path

    from companion.config import load_settings
    from companion.ingest import ingest
    from companion.retrieval import Retriever
    from companion.vault import Vault

    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]

    data = Path(sys.argv[1])
    docs = data.parent / "docs"
    docs.mkdir()
    (docs / "note.md").write_text("A walk after the night shift helps me breathe.")
    retriever = Retriever(load_settings(env={"COMPANION_DATA_DIR": str(data)}))
    retriever.embedder.embed(["the model and the store are open before the heap is dirtied"])
    retriever.documents()
    # Raise glibc's mmap threshold, then free blocks full of someone's words in the sizes Chroma asks for.
    libc.free(libc.malloc(8 << 20))
    blocks = []
    for size in (2000, 5000, 170000, 200000):
        for _ in range(20):
            block = libc.malloc(size)
            ctypes.memmove(block, (b"PRIVATE-hospital-note " * (size // 22 + 1))[:size], size)
            blocks.append(block)
    for block in blocks:
        libc.free(block)

    report = ingest(retriever, [docs], Vault.new(), progress=False)
    assert report.chunks == 1, report
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator")
def test_freed_plaintext_does_not_reach_chroma_files(tmp_path):
    assert harden()
    data = tmp_path / "data"
    env = {**os.environ, "MALLOC_ARENA_MAX": "1"}
    run = subprocess.run([sys.executable, "-c", CHILD, str(data)], env=env, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    index = [p for p in data.rglob("*.bin") if p.name == "data_level0.bin"]
    assert index, "Chroma wrote no HNSW index: the test would prove nothing"
    leaked = [str(p) for p in data.rglob("*") if p.is_file() and b"PRIVATE-hospital" in p.read_bytes()]
    assert leaked == []
    # The unused capacity is written as zeros now, not as whatever was freed before.
    assert index[0].read_bytes()[-1000:] == bytes(1000)
