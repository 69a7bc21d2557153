import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from companion.config import load_settings
from companion.ingest import ingest
from companion.retrieval import Retriever, chunk_text
from eval.retrieval import evaluate, load_queries


def test_labelled_queries_reach_recall_at_5_of_0_9(retriever):
    result = evaluate(retriever, load_queries(), k=5)
    assert result.n >= 40
    assert result.recall >= 0.9, [m.query for m in result.misses]
    assert result.mrr > 0.6


def test_a_query_finds_the_card_it_is_about(retriever):
    ids = [h.id for h in retriever.search_cards("What is the difference between empathy and compassion?")]
    assert "empathy-vs-compassion" in ids[:3]
    assert all(h.citation for h in retriever.search_cards("tonglen"))


def test_cautionary_cards_can_be_left_out(retriever):
    hits = retriever.search_cards("performative compassion, going through the motions", k=10, exclude_cautionary=True)
    assert hits and not any(h.card.is_cautionary for h in hits)


def test_chunking_keeps_every_word():
    text = "\n\n".join(" ".join(f"w{p}_{i}" for i in range(70)) for p in range(5))
    chunks = chunk_text(text, max_words=120)
    assert all(len(c.split()) <= 120 for c in chunks)
    assert set(" ".join(chunks).split()) == set(text.split())


def _vault():
    from companion.vault import Vault

    return Vault.new()


def test_ingest_indexes_and_skips_unchanged_files(settings, tmp_path):
    vault = _vault()
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "notes.md").write_text("# My notes\n\nWhen I get overwhelmed at the hospital I walk to the window and breathe slowly.")
    (docs / "other.txt").write_text("Gardening on Sundays restores me more than anything else.")
    retriever = Retriever(settings)
    first = ingest(retriever, [docs], vault, progress=False)
    assert len(first.added) == 2 and first.chunks == 2 and not first.failed
    hits = retriever.search_documents("what do I do when overwhelmed at work in the hospital", vault)
    assert hits[0].title == "notes.md" and hits[0].kind == "document" and "window" in hits[0].text
    # Sealed in the store: nothing of the text or the file name is on disk, and no key or another owner reads it.
    assert not [p for p in settings.data_dir.rglob("*") if p.is_file() and
                (b"hospital" in p.read_bytes() or b"notes.md" in p.read_bytes())]
    assert retriever.search_documents("hospital", None) == []
    assert retriever.search_documents("hospital", _vault(), owner="someone-else") == []
    with pytest.raises(Exception, match="passphrase"):
        ingest(retriever, [docs], None, progress=False)
    again = ingest(retriever, [docs], vault, progress=False)
    assert again.added == [] and again.updated == [] and len(again.unchanged) == 2 and again.chunks == 0
    (docs / "other.txt").write_text("Swimming in the cold sea restores me.")
    changed = ingest(retriever, [docs], vault, progress=False)
    assert len(changed.updated) == 1 and retriever.documents().count() == 2
    assert "sea" in retriever.search_documents("swimming", vault)[0].text


def test_ingest_reports_bad_files_and_keeps_the_good(settings, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("A quiet walk helps.")
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9 au lait".encode("latin-1"))
    report = ingest(Retriever(settings), [good, bad], _vault(), progress=False)
    assert len(report.added) == 1
    assert "not valid UTF-8" in report.failed[str(bad.resolve())]


def test_ingest_reads_pdf(settings, tmp_path):
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=300, height=200)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})})
    stream = DecodedStreamObject()
    stream.set_data(b"BT /F1 12 Tf 20 100 Td (Rest is part of the work.) Tj ET")
    page[NameObject("/Contents")] = writer._add_object(stream)
    pdf = tmp_path / "rest.pdf"
    with pdf.open("wb") as fh:
        writer.write(fh)
    retriever = Retriever(settings)
    vault = _vault()
    report = ingest(retriever, [pdf], vault, progress=False)
    assert report.added and "Rest is part of the work" in retriever.search_documents("rest", vault)[0].text


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    """A real `chroma run` server on loopback."""
    port = _free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    exe = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen([str(exe), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("chroma server did not start")
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    proc.wait(timeout=20)


def test_retrieval_through_a_chroma_server(chroma_server, tmp_path):
    settings = load_settings(env={"COMPANION_DATA_DIR": str(tmp_path / "data"), "COMPANION_CHROMA_URL": chroma_server})
    retriever = Retriever(settings)
    ids = [h.id for h in retriever.search_cards("I am so hard on myself, my inner voice is cruel")]
    assert "inner-critic" in ids
    # Nothing was written locally: the server holds the index.
    assert not (tmp_path / "data" / "chroma").exists()
    doc = tmp_path / "mine.md"
    doc.write_text("Calling my sister helps when the evenings get long.")
    vault = _vault()
    assert ingest(retriever, [doc], vault, progress=False).added
    assert ingest(Retriever(settings), [doc], vault, progress=False).unchanged  # a second client sees the same index


def test_a_bad_chroma_url_is_a_clear_error(tmp_path):
    from companion.errors import ConfigError

    settings = load_settings(env={"COMPANION_DATA_DIR": str(tmp_path), "COMPANION_CHROMA_URL": "chroma:9"})
    with pytest.raises(ConfigError, match="http://host:port"):
        Retriever(settings).card_collection()
