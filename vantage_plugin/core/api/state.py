"""The API workflow's state file: registered plots and created jobs, so a re-run or a resumed run
never registers a plot twice nor creates (and pays for) a second job.

The caller chooses the path (e.g. beside the result GeoPackage). Writes are atomic (temporary file in
the same folder, fsync, ``os.replace``). Nothing secret is stored (no password, no token).

Format (JSON, ``format_version`` 1)::

    {
      "format": "vantage-qgis-api-state",
      "format_version": 1,
      "accounts": {
        "<base_url>|<username>": {
          "plots": {"<fingerprint>": {"plot_id": "...", "tokens_cost": 4, "country": "...",
                                      "state": "...", "area_ha": 1.2, "registered_at": "ISO-8601"}},
          "jobs":  {"<batch key>":   {"job_id": "..." | null, "client_token": "...", "job_name": "...",
                                      "dry_run": false, "plot_ids": ["..."], "fingerprints": ["..."],
                                      "token_cost": 8, "status": "pending", "created_at": "ISO-8601",
                                      "updated_at": "ISO-8601"}},
          "marks": {"registration_started_at": "ISO-8601"}
        }
      }
    }

A job entry is written *before* ``make_job`` is sent (``job_id`` null, ``client_token`` set) and again as
soon as the job id is known, so a run killed in between finds its job by the token instead of paying twice.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import tempfile
import threading
from pathlib import Path
from typing import Any, Optional, Union

FORMAT = "vantage-qgis-api-state"
FORMAT_VERSION = 1


STATE_SUFFIX = ".vantage-state.json"


def state_path_for(results_path: str) -> str:
    """The API state file of a result GeoPackage (registered plots, job ids): ``<output>.vantage-state.json``.

    It sits beside the results so that checking again into the same output, from Processing or the
    dock, resumes the same job instead of creating (and paying for) a new one."""
    return str(results_path) + STATE_SUFFIX


def now_iso() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat()


def account_key(base_url: str, username: Optional[str]) -> str:
    return f"{base_url.rstrip('/')}|{username or ''}"


class StateError(Exception):
    pass


class StateFile:
    """Thread-safe view of one state file for one account. ``path=None`` keeps it in memory only."""

    def __init__(self, path: Optional[Union[str, Path]], base_url: str, username: Optional[str]) -> None:
        self.path = Path(path) if path else None
        self.key = account_key(base_url, username)
        self._lock = threading.RLock()
        self._data = self._load()
        account = self._data["accounts"].setdefault(self.key, {})
        account.setdefault("plots", {})
        account.setdefault("jobs", {})

    def _load(self) -> dict:
        empty = {"format": FORMAT, "format_version": FORMAT_VERSION, "accounts": {}}
        if self.path is None or not self.path.exists():
            return empty
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise StateError(f"The API state file {self.path} cannot be read ({error}). "
                             "Move it away to start afresh (jobs it lists may then be paid again).") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise StateError(f"{self.path} is not a Vantage for QGIS API state file.")
        if int(data.get("format_version", 0)) > FORMAT_VERSION:
            raise StateError(f"{self.path} was written by a newer plugin version; update the plugin.")
        data.setdefault("accounts", {})
        return data

    @property
    def _account(self) -> dict:
        return self._data["accounts"][self.key]

    # --- plots ---------------------------------------------------------------------------
    def plot(self, fingerprint: str) -> Optional[dict]:
        with self._lock:
            entry = self._account["plots"].get(fingerprint)
            return dict(entry) if entry else None

    def set_plot(self, fingerprint: str, entry: dict) -> None:
        with self._lock:
            self._account["plots"][fingerprint] = {**entry, "registered_at": entry.get("registered_at") or now_iso()}

    # --- account-wide marks (e.g. when registration first started) --------------------------
    def mark(self, name: str) -> Optional[str]:
        with self._lock:
            return self._account.get("marks", {}).get(name)

    def set_mark(self, name: str, value: str) -> None:
        with self._lock:
            self._account.setdefault("marks", {})[name] = value

    # --- jobs ----------------------------------------------------------------------------
    def job(self, batch_key: str) -> Optional[dict]:
        with self._lock:
            entry = self._account["jobs"].get(batch_key)
            return dict(entry) if entry else None

    def set_job(self, batch_key: str, entry: dict) -> None:
        with self._lock:
            old = self._account["jobs"].get(batch_key) or {}
            self._account["jobs"][batch_key] = {**old, **entry, "updated_at": now_iso(),
                                                "created_at": old.get("created_at") or now_iso()}

    def forget_job(self, batch_key: str) -> None:
        with self._lock:
            self._account["jobs"].pop(batch_key, None)

    def jobs(self) -> dict:
        with self._lock:
            return {k: dict(v) for k, v in self._account["jobs"].items()}

    # --- persistence -----------------------------------------------------------------------
    def save(self) -> None:
        """Write atomically (never leaves a half-written file)."""
        if self.path is None:
            return
        with self._lock:
            text = json.dumps(self._data, indent=1, sort_keys=True, ensure_ascii=False)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=self.path.name + ".", suffix=".tmp", dir=str(self.path.parent))
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(text)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(tmp, self.path)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return json.loads(json.dumps(self._data))
