"""Plugin discovery through entry points. Responders, practices and rails register themselves in their
package metadata (pyproject.toml for the built-in ones); the core loads whatever is registered."""

from __future__ import annotations

from functools import lru_cache
from importlib.metadata import entry_points


@lru_cache(maxsize=None)
def registered(group: str) -> dict[str, object]:
    """name → loaded object for every entry point in `group` (e.g. 'companion.practices')."""
    return {ep.name: ep.load() for ep in entry_points(group=group)}
