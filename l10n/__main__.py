"""`python -m l10n` runs the command-line tool."""

from __future__ import annotations

from l10n.cli import main

main()
