"""`companion ingest PATH...`: index a person's own .md/.txt/.pdf files for retrieval.

Each file's chunks carry the file's SHA-256; a file whose hash is already indexed is skipped, so
re-ingesting unchanged files does nothing. A changed file's old chunks are replaced. The text, path and file
name are sealed with the owner's key (companion.vault); Chroma holds only the embedding, the owner and
pseudonymous ids, and a search opens only the owner's own passages.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from companion.errors import InputError
from companion.retrieval import Retriever, chunk_text
from companion.vault import Locked, Vault

SUFFIXES = {".md", ".txt", ".markdown", ".pdf"}


class IngestReport(BaseModel):
    model_config = ConfigDict(extra="forbid")
    added: list[str] = Field(default_factory=list)
    updated: list[str] = Field(default_factory=list)
    unchanged: list[str] = Field(default_factory=list)
    failed: dict[str, str] = Field(default_factory=dict)
    chunks: int = 0


def discover(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        elif path.is_file():
            yield path
        else:
            raise InputError(f"no such file or folder: {path}")


def read_text(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix.lower() == ".pdf":
        import io

        from pypdf import PdfReader
        from pypdf.errors import PdfReadError

        try:
            reader = PdfReader(io.BytesIO(data))
            return "\n\n".join(page.extract_text() or "" for page in reader.pages)
        except (PdfReadError, ValueError) as exc:
            raise InputError(f"{path}: not a readable PDF ({exc})") from None
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(f"{path}: only {', '.join(sorted(SUFFIXES))} files can be ingested")
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{path}: not valid UTF-8 text; convert it first (for example: iconv -f latin1 -t utf-8)")


def document_context(owner: str, chunk_id: str) -> str:
    return f"documents.chunk:{owner}:{chunk_id}"


def ingest(retriever: Retriever, paths: Iterable[Path], vault: Vault | None, owner: str = "local",
           progress: bool = True) -> IngestReport:
    """Index files for retrieval. The vector store keeps only embeddings, the owner, pseudonymous ids and the
    chunk text sealed with the owner's key: without a passphrase nothing is ingested."""
    from tqdm import tqdm

    if vault is None:
        raise Locked("your documents are kept encrypted: give the passphrase (COMPANION_PASSPHRASE) to ingest them")
    files = list(discover(paths))
    report = IngestReport()
    collection = retriever.documents()
    for path in tqdm(files, desc="ingesting", unit="file", disable=not progress):
        key = str(path.resolve())
        path_id = hashlib.sha256(f"{owner}\0{key}".encode()).hexdigest()[:24]
        try:
            text = read_text(path)
        except InputError as exc:
            report.failed[key] = str(exc)
            continue
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        existing = collection.get(where={"path_id": path_id}, include=["metadatas"])
        if existing["ids"] and all(m.get("sha256") == digest for m in existing["metadatas"]):
            report.unchanged.append(key)
            continue
        chunks = chunk_text(text)
        if not chunks:
            report.failed[key] = f"{path}: no text found"
            continue
        if existing["ids"]:
            collection.delete(ids=existing["ids"])
        ids = [f"{path_id}-{i}" for i in range(len(chunks))]
        sealed = [base64.b64encode(vault.seal_json({"text": chunk, "path": key, "name": path.name},
                                                   document_context(owner, chunk_id))).decode()
                  for chunk_id, chunk in zip(ids, chunks)]
        collection.add(
            ids=ids,
            metadatas=[{"owner": owner, "path_id": path_id, "chunk": i, "sha256": digest, "sealed": sealed[i]}
                       for i in range(len(chunks))],
            embeddings=retriever.embedder.embed(chunks).tolist(),
        )
        (report.updated if existing["ids"] else report.added).append(key)
        report.chunks += len(chunks)
    return report
