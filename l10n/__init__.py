"""l10n: parallel Russian, English and Arabic statements kept as gettext catalogs.

Segments statements into sentences, keeps the translations in PO catalogs, checks that every
figure states the same value in every language, and builds the localized pages.
"""

from __future__ import annotations

__version__ = "0.1.0"
