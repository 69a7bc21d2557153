"""Prompt templates are files under prompts/. Variables are `{name}`; a missing or unknown one fails loudly.

Plain templates are `.txt`/`.md` files. Phrase banks are YAML files mapping keys to a template or a list
of alternative templates.
"""

from __future__ import annotations

import string
from functools import lru_cache
from pathlib import Path

import yaml

from companion.config import PROJECT_ROOT
from companion.errors import PromptError

PROMPTS_DIR = PROJECT_ROOT / "prompts"


class Template:
    def __init__(self, text: str, name: str = "<template>") -> None:
        self.text = text
        self.name = name
        try:
            fields = [f for _, f, _, _ in string.Formatter().parse(text) if f is not None]
        except ValueError as exc:
            raise PromptError(f"template {name} is malformed: {exc}") from None
        if any(f == "" or not f.isidentifier() for f in fields):
            raise PromptError(f"template {name} has a positional or malformed field; use {{name}}")
        self.variables = frozenset(fields)

    def render(self, **values: object) -> str:
        missing = self.variables - values.keys()
        if missing:
            raise PromptError(f"template {self.name} needs {', '.join(sorted(missing))}")
        unknown = values.keys() - self.variables
        if unknown:
            raise PromptError(f"template {self.name} has no variable {', '.join(sorted(unknown))}")
        return self.text.format(**values)

    def __repr__(self) -> str:
        return f"Template({self.name!r}, variables={sorted(self.variables)})"


def _resolve(name: str, root: Path) -> Path:
    path = (root / name).resolve()
    if root.resolve() not in path.parents:
        raise PromptError(f"prompt name escapes the prompts folder: {name}")
    return path


@lru_cache(maxsize=256)
def load(name: str, root: Path = PROMPTS_DIR) -> Template:
    """Load prompts/<name> (a text file) as a Template."""
    path = _resolve(name, root)
    try:
        return Template(path.read_text(encoding="utf-8").strip("\n"), name)
    except FileNotFoundError:
        raise PromptError(f"prompt file missing: {path}") from None


@lru_cache(maxsize=64)
def load_bank(name: str, root: Path = PROMPTS_DIR) -> dict[str, tuple[Template, ...]]:
    """Load a YAML phrase bank: every key maps to one or more alternative templates."""
    path = _resolve(name, root)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PromptError(f"prompt file missing: {path}") from None
    except yaml.YAMLError as exc:
        raise PromptError(f"prompt bank {name} is not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise PromptError(f"prompt bank {name} must map keys to templates")
    bank: dict[str, tuple[Template, ...]] = {}
    for key, value in raw.items():
        items = value if isinstance(value, list) else [value]
        if not items or not all(isinstance(i, str) for i in items):
            raise PromptError(f"prompt bank {name}: {key} must be a string or a list of strings")
        bank[str(key)] = tuple(Template(t.strip(), f"{name}:{key}[{i}]") for i, t in enumerate(items))
    return bank
