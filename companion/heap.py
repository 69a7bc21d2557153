"""Fresh heap memory comes zeroed and freed memory is overwritten, so Chroma cannot write old plaintext to disk.

Why this exists: Chroma's HNSW index (hnswlib) mallocs its arrays at full capacity (100 slots for the first
vectors) and writes all of them to `data_level0.bin` when the index is created, filled or not. The empty slots
held whatever the allocator handed back: in a process that had handled someone's writing, their words (seen once
in CI; tests/test_heap.py reproduces it on purpose).

On glibc, `mallopt(M_PERTURB, 0xFF)` makes every later `malloc` return memory filled with zero bytes, whatever
it held before, and every `free` overwrite the block with 0xFF. `make_client` turns it on before the embedded
store opens. Blocks of up to 1,032 bytes recycled through a thread's own cache skip it; Chroma allocates on its
own worker threads, whose caches hold only what is handed to Chroma (vectors, pseudonymous ids, sealed
metadata). Other C libraries (macOS, musl) are left as they are, and `harden()` returns False there. Cost: a
memset per large allocation and free, in processes that open the store.
"""

from __future__ import annotations

import ctypes
import functools

M_PERTURB = -6
#: Freed blocks are filled with this byte; fresh ones with its complement, 0x00.
PERTURB_BYTE = 0xFF


@functools.cache
def harden() -> bool:
    """Turn the scrubbing on for this process (once); True when the C library supports it."""
    try:
        mallopt = ctypes.CDLL(None).mallopt  # the process's own C library
    except (OSError, AttributeError, TypeError):  # TypeError: Windows has no CDLL(None)
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return mallopt(M_PERTURB, PERTURB_BYTE) == 1
