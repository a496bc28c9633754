"""Commands: (being built) align, translate."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
