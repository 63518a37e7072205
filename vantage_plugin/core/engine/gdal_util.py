"""Calling GDAL/OGR the same way whatever its error mode.

``gdal.UseExceptions()`` is process-wide: inside QGIS another plugin (or a test) may have turned it
on, so a failed open either returns ``None`` or raises ``RuntimeError``. :func:`call_quietly`
gives one answer in both modes and keeps GDAL's own message for ours.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from osgeo import gdal


def call_quietly(func: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Optional[Any], str]:
    """``(result, gdal_error_message)``; the result is ``None`` when GDAL failed in either error mode."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    gdal.ErrorReset()
    try:
        try:
            result = func(*args, **kwargs)
        except RuntimeError as error:
            return None, str(error)
        return result, gdal.GetLastErrorMsg()
    finally:
        gdal.PopErrorHandler()
