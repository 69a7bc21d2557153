#!/usr/bin/env bash
# Creates .venv in the repository root and installs the project into it.
# `--test` also installs what the test suite needs.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
"$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "companion needs Python 3.11 or newer")'
# The tests use real servers and a real browser: PostgreSQL and Chromium from Debian's packages.
if [ "${1:-}" = "--test" ]; then
  need=()
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
  [ -x /usr/bin/chromium ] || need+=(chromium)
  if [ ${#need[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "installing ${need[*]} from Debian's packages (for the tests)"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi
fi
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
