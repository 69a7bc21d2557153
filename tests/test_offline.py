"""The offline guarantee: with the network cut, the companion answers in guided mode with sources."""

import json
import shutil
import subprocess

import pytest

from tests.conftest import run_cli


def _can_unshare() -> bool:
    return shutil.which("unshare") is not None and subprocess.run(
        ["unshare", "-n", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _can_unshare(), reason="needs `unshare -n` (root or user namespaces)")
def test_chat_once_answers_with_no_network(tmp_path):
    import sys
    from pathlib import Path

    exe = str(Path(sys.executable).with_name("companion"))
    env = {"COMPANION_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    out = subprocess.run(["unshare", "-n", exe, "chat", "--once", "I keep replaying an argument with my brother.", "--json"],
                         capture_output=True, env=env, timeout=180)
    assert out.returncode == 0, out.stderr.decode()
    obj = json.loads(out.stdout)
    assert obj["mode"] == "guided" and obj["sources"]


def test_no_hub_or_telemetry_is_reached_even_when_allowed(tmp_path):
    """A socket guard: any connection attempt other than loopback fails the run."""
    guard = tmp_path / "sitecustomize.py"
    guard.write_text(
        "import socket\n"
        "_orig = socket.socket.connect\n"
        "def connect(self, address):\n"
        "    host = address[0] if isinstance(address, tuple) else address\n"
        "    if isinstance(host, str) and not (host.startswith('127.') or host in ('localhost', '::1')) and '/' not in host:\n"
        "        raise SystemExit(f'outside connection attempted: {address}')\n"
        "    return _orig(self, address)\n"
        "socket.socket.connect = connect\n")
    out = run_cli("chat", "--once", "I feel so behind in life.", "--json",
                  env={"PYTHONPATH": str(tmp_path), "HF_HUB_OFFLINE": "0"})
    assert out.returncode == 0, out.stderr.decode()
    assert json.loads(out.stdout)["sources"]
