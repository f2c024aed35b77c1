"""conflictscope: conflict news in, geocoded, claim-aware ACLED-style events out."""

from __future__ import annotations

__version__ = "0.1.0"
