"""Shared fixtures: an isolated data directory for every test, one real Chroma card index per run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path, monkeypatch):
    """No test touches the real data directory or inherits a model key or config."""
    monkeypatch.setenv("COMPANION_DATA_DIR", str(tmp_path / "data"))
    for var in ("COMPANION_CHROMA_URL", "COMPANION_CONFIG", "COMPANION_MODE", "COMPANION_LOCALE",
                "OPENAI_API_KEY", "OPENAI_BASE_URL", "COMPANION_PASSPHRASE", "COMPANION_NEW_PASSPHRASE",
                "COMPANION_DATABASE_URL", "COMPANION_USER"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(scope="session")
def shared_data_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("shared-data")


@pytest.fixture(scope="session")
def retriever(shared_data_dir):
    """A real embedded Chroma holding the card index, built once per test run."""
    from companion.config import load_settings
    from companion.retrieval import Retriever

    r = Retriever(load_settings(env={"COMPANION_DATA_DIR": str(shared_data_dir)}))
    r.card_collection()
    return r


@pytest.fixture
def settings(tmp_path):
    from companion.config import load_settings

    return load_settings(env={"COMPANION_DATA_DIR": str(tmp_path / "data")})


PASSPHRASE = "test passphrase, long enough"


@pytest.fixture
def sealed_settings(tmp_path):
    """Settings with a passphrase: sessions, transcripts and the journal are kept, encrypted."""
    from companion.config import load_settings

    return load_settings(env={"COMPANION_DATA_DIR": str(tmp_path / "data"), "COMPANION_PASSPHRASE": PASSPHRASE})


@pytest.fixture
def pipeline(settings, retriever):
    """A pipeline with its own session store, sharing the card index."""
    from companion.pipeline import Pipeline

    return Pipeline(settings, retriever=retriever, seed=7)


def run_cli(*args: str | bytes, input: bytes | None = None, env: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the installed `companion` command as a person would."""
    exe = Path(sys.executable).with_name("companion")
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([str(exe), *args], input=input, capture_output=True, env=full_env, timeout=timeout)


@pytest.fixture(scope="session")
def postgres_url():
    """A real PostgreSQL server, started for this test run and removed after it."""
    from tests.postgres import Cluster

    cluster = Cluster()
    try:
        yield cluster.start()
    finally:
        cluster.stop()
