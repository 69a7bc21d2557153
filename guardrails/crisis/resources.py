"""Crisis resources by locale, from prompts/crisis/resources.yaml (vetted, never generated)."""

from __future__ import annotations

from functools import lru_cache

import yaml

from companion.errors import ConfigError
from companion.models import Resource
from companion.prompts import PROMPTS_DIR


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, list[Resource]]]:
    raw = yaml.safe_load((PROMPTS_DIR / "crisis" / "resources.yaml").read_text(encoding="utf-8"))
    return {loc: {kind: [Resource(**r) for r in items] for kind, items in kinds.items()} for loc, kinds in raw.items()}


def locales() -> list[str]:
    return sorted(_table())


def resources_for(locale: str, kind: str = "suicide") -> list[Resource]:
    """Resources for a locale ('en_US', 'en-GB', 'de', ...), falling back to language, then to 'default'."""
    table = _table()
    key = locale.replace("-", "_")
    candidates = [key, key.split("_")[0], "default"]
    for cand in candidates:
        for name in (cand, cand.lower()):
            if name in table:
                entry = table[name]
                chosen = entry.get(kind) or entry.get("suicide")
                if chosen:
                    return chosen
    raise ConfigError(f"no crisis resources for locale {locale!r}")
