#!/usr/bin/env bash
# Creates .venv in the repository root and installs the project into it.
# `--test` also installs what the test suite needs.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "companion needs Python 3.11 or newer")'
[ -x .venv/bin/python ] || "$PY" -m venv .venv
export PIP_DISABLE_PIP_VERSION_CHECK=1
# pip's notes about local index folders it skips are noise; its exit status still counts (pipefail).
pip_install() { .venv/bin/pip install --quiet "$@" 2>&1 | { grep -v '^WARNING: Location' || true; }; }
# torch first and pinned to the CPU wheel: anything looser pulls gigabytes of CUDA packages.
pip_install torch==2.13.0
if [ "${1:-}" = "--test" ]; then
  pip_install -e '.[test]'
else
  pip_install -e .
fi
