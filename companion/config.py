"""Typed configuration. Environment variables override an optional TOML file (COMPANION_CONFIG)."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, model_validator

from companion.errors import ConfigError

#: Top of the source tree: knowledge/ and prompts/ live here.
PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    data_dir: Path = Field(description="Where sessions and the vector store live.")
    chroma_url: str | None = Field(default=None, description="A Chroma server (http://host:port); embedded if unset.")
    locale: str = Field(default="default", pattern=r"^[A-Za-z_-]{2,16}$")
    knowledge_dir: Path = PROJECT_ROOT / "knowledge"
    prompts_dir: Path = PROJECT_ROOT / "prompts"
    max_message_chars: int = Field(default=20_000, ge=100)
    retrieval_k: int = Field(default=5, ge=1, le=20)
    mode: Literal["auto", "guided", "llm"] = "auto"
    escalation_webhook: str | None = Field(default=None, pattern=r"^https?://")
    # LLM mode (any OpenAI-compatible server).
    openai_api_key: SecretStr | None = None
    openai_base_url: str | None = Field(default=None, pattern=r"^https?://")
    model: str = "gpt-4o-mini"
    llm_timeout: float = Field(default=20.0, gt=0, le=300)
    redact_pii: bool = False
    #: An optional second opinion on crisis language from the provider's moderation endpoint (needs a key).
    moderation: bool = False
    moderation_model: str = "omni-moderation-latest"
    history_turns: int = Field(default=6, ge=0, le=40)
    # Storage (#7): SQLite in data_dir unless a PostgreSQL URL is given; sealed with a key from the passphrase.
    database_url: str | None = Field(default=None, description="postgresql://… ; SQLite in data_dir if unset.")
    passphrase: SecretStr | None = Field(default=None, description="Opens the journal and chat history.")
    user: str = Field(default="local", pattern=r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$",
                      description="Whose data this is; the app sets it per signed-in person.")
    max_entry_chars: int = Field(default=100_000, ge=100)

    @model_validator(mode="after")
    def _moderation_needs_a_key(self) -> "Settings":
        if self.moderation and self.openai_api_key is None:
            raise ValueError("COMPANION_MODERATION needs OPENAI_API_KEY (and OPENAI_BASE_URL for a local server)")
        return self


_ENV = {
    "COMPANION_DATA_DIR": "data_dir",
    "COMPANION_CHROMA_URL": "chroma_url",
    "COMPANION_LOCALE": "locale",
    "COMPANION_MODE": "mode",
    "COMPANION_ESCALATION_WEBHOOK": "escalation_webhook",
    "OPENAI_API_KEY": "openai_api_key",
    "OPENAI_BASE_URL": "openai_base_url",
    "COMPANION_MODEL": "model",
    "COMPANION_LLM_TIMEOUT": "llm_timeout",
    "COMPANION_REDACT_PII": "redact_pii",
    "COMPANION_MODERATION": "moderation",
    "COMPANION_MODERATION_MODEL": "moderation_model",
    "COMPANION_DATABASE_URL": "database_url",
    "COMPANION_PASSPHRASE": "passphrase",
    "COMPANION_USER": "user",
}


def load_settings(env: dict[str, str] | None = None, **overrides: object) -> Settings:
    """Build settings from COMPANION_CONFIG (TOML), then environment variables, then explicit overrides."""
    env = dict(os.environ if env is None else env)
    values: dict[str, object] = {}
    config_path = env.get("COMPANION_CONFIG")
    if config_path:
        path = Path(config_path)
        try:
            values.update(tomllib.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            raise ConfigError(f"config file not found: {path}") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
    for var, field in _ENV.items():
        if env.get(var):
            values[field] = env[var]
    values.update({k: v for k, v in overrides.items() if v is not None})
    values.setdefault("data_dir", platformdirs.user_data_dir("companion", appauthor=False))
    try:
        return Settings(**values)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise ConfigError(f"invalid configuration: {problems}") from None
