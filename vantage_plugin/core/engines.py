"""The engine ids: how the panel, the settings, Processing and the run record name an engine."""

from __future__ import annotations

#: The bundled offline engine (``core.engine``).
ENGINE_BUNDLED = "bundled"
#: The Vantage API of Open Atlas (``core.api``).
ENGINE_API = "api"
#: Every engine id, in the order Processing offers them (``ENGINE=0`` is the bundled engine).
ENGINES: tuple[str, ...] = (ENGINE_BUNDLED, ENGINE_API)
