"""`companion app …`: serve the app, and manage who may sign in to a multi-user deployment."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from companion.errors import InputError


@click.group("app")
def app_group() -> None:
    """The Gradio app (the same as `python app.py`) and its sign-in file."""


@app_group.command("serve")
def serve() -> None:
    """Start the app on 127.0.0.1 (GRADIO_SERVER_PORT, default 7860)."""
    import runpy

    runpy.run_path(str(Path(__file__).resolve().parent.parent / "app.py"), run_name="__main__")


@app_group.command("user-add")
@click.argument("name")
@click.option("--auth-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Defaults to COMPANION_AUTH_FILE.")
def user_add(name: str, auth_file: Path | None) -> None:
    """Add (or reset) a person who may sign in. The password comes from COMPANION_NEW_PASSWORD or a prompt;
    only a salted scrypt hash is written."""
    from companion.ui.context import add_user

    path = auth_file or (Path(os.environ["COMPANION_AUTH_FILE"]) if os.environ.get("COMPANION_AUTH_FILE") else None)
    if path is None:
        raise InputError("give --auth-file or set COMPANION_AUTH_FILE")
    password = os.environ.get("COMPANION_NEW_PASSWORD")
    if not password:
        if not sys.stdin.isatty():
            raise InputError("set COMPANION_NEW_PASSWORD, or run this at a terminal")
        password = click.prompt(f"Password for {name}", hide_input=True, confirmation_prompt=True, err=True)
    add_user(path, name, password)
    click.echo(json.dumps({"user": name, "auth_file": str(path)}))
