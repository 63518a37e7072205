#!/usr/bin/env python3
"""Build the plugin zip for plugins.qgis.org, or deploy a built zip into a QGIS profile.

    python scripts/package.py --out dist/vantage_plugin-<version>.zip
    python scripts/package.py --deploy dist/vantage_plugin-<version>.zip [--plugins-dir DIR]

The zip holds one top-level ``vantage_plugin/`` folder: the package code, ``metadata.txt`` and
``LICENSE`` (copied from the repository root), ``resources/`` (icons, styles, demo data) and the
compiled translations ``i18n/*.qm``; never tests, caches, ``.pyc``, ``__pycache__``, ``.git`` or
native binaries. The build checks the result against the plugins.qgis.org upload validator's rules.
No QGIS import: runs with any Python 3.9+.
"""

from __future__ import annotations

import argparse
import configparser
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path, PurePosixPath
from typing import Iterable, Optional

REPO = Path(__file__).resolve().parents[1]
PLUGIN = "vantage_plugin"
MAX_BYTES = 25 * 1024 * 1024
FOLDER_PATTERN = re.compile(r"^[a-z_][a-z0-9_]*$")
REQUIRED_METADATA = (
    "name", "description", "version", "qgisMinimumVersion", "author", "email", "about", "tracker", "repository",
)
EXCLUDED_DIRS = {"__pycache__", ".git", "__MACOSX", ".pytest_cache", ".mypy_cache", ".ruff_cache", "tests",
                 ".idea", ".vscode"}
EXCLUDED_SUFFIXES = {".pyc", ".pyo", ".so", ".pyd", ".dll", ".dylib", ".exe", ".o", ".a", ".lib", ".ts", ".pro",
                     ".bak", ".orig", ".swp"}
EXCLUDED_NAMES = {".DS_Store", "Thumbs.db", ".gitignore", ".gitattributes"}
#: SQLite side files of an open GeoPackage are never part of the data.
EXCLUDED_NAME_SUFFIXES = ("-wal", "-shm", "-journal", "~")


def version(repo: Path = REPO) -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(repo / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def _wanted(path: Path) -> bool:
    if any(part in EXCLUDED_DIRS for part in path.parts):
        return False
    if path.name in EXCLUDED_NAMES or path.name.endswith(EXCLUDED_NAME_SUFFIXES):
        return False
    return path.suffix.lower() not in EXCLUDED_SUFFIXES


def _walk(root: Path) -> Iterable[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in EXCLUDED_DIRS)
        for name in sorted(filenames):
            path = Path(dirpath) / name
            if _wanted(path.relative_to(root)):
                yield path


def compile_translations(repo: Path = REPO) -> None:
    """``lrelease`` each ``i18n/*.ts`` whose ``.qm`` is missing or older (when lrelease exists)."""
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    for ts in sorted((repo / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if lrelease is None:
            print(f"warning: lrelease not found, {qm.name} not rebuilt", file=sys.stderr)
            continue
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


def files_to_package(repo: Path = REPO) -> list[tuple[Path, str]]:
    """(source file, name in the zip) of everything the zip holds."""
    entries: list[tuple[Path, str]] = []
    package = repo / PLUGIN
    for path in _walk(package):
        entries.append((path, f"{PLUGIN}/{path.relative_to(package).as_posix()}"))
    for name in ("metadata.txt", "LICENSE"):
        source = package / name if (package / name).exists() else repo / name
        if not source.exists():
            raise SystemExit(f"missing {name}: it must be in the zip")
        if not any(arcname == f"{PLUGIN}/{name}" for _, arcname in entries):
            entries.append((source, f"{PLUGIN}/{name}"))
    resources = repo / "resources"
    if resources.is_dir():
        for path in _walk(resources):
            entries.append((path, f"{PLUGIN}/resources/{path.relative_to(resources).as_posix()}"))
    for qm in sorted((repo / "i18n").glob("*.qm")):
        entries.append((qm, f"{PLUGIN}/i18n/{qm.name}"))
    return entries


def check_zip(path: Path) -> list[str]:
    """Problems the plugins.qgis.org validator would find in the zip (empty when it passes)."""
    problems: list[str] = []
    size = Path(path).stat().st_size
    if size > MAX_BYTES:
        problems.append(f"the zip is {size / 1e6:.1f} MB (at most 25 MB)")
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        for name in names:
            parts = PurePosixPath(name).parts
            if name.startswith("/") or "\\" in name or ".." in parts or re.match(r"^[A-Za-z]:", name):
                problems.append(f"unsafe path {name!r}")
            if name.endswith((".pyc", ".pyo")):
                problems.append(f"compiled Python file {name}")
            if any(p in ("__pycache__", ".git", "__MACOSX") for p in parts):
                problems.append(f"forbidden folder in {name}")
        tops = {PurePosixPath(n).parts[0] for n in names if n.strip("/")}
        if len(tops) != 1:
            problems.append(f"the zip must hold one top-level folder, not {sorted(tops)}")
            return problems
        top = tops.pop()
        if not FOLDER_PATTERN.match(top):
            problems.append(f"folder name {top!r} does not match {FOLDER_PATTERN.pattern}")
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if f"{top}/{required}" not in names:
                problems.append(f"{top}/{required} is missing")
        if f"{top}/metadata.txt" in names:
            parser = configparser.ConfigParser(interpolation=None)
            try:
                parser.read_string(archive.read(f"{top}/metadata.txt").decode("utf-8"))
                general = parser["general"]
                for key in REQUIRED_METADATA:
                    if not general.get(key, "").strip():
                        problems.append(f"metadata.txt lacks {key}")
                if "/" in general.get("author", ""):
                    problems.append("metadata author must not contain '/'")
            except (KeyError, UnicodeDecodeError, configparser.Error) as error:
                problems.append(f"metadata.txt is not valid: {error}")
    return problems


def build(out: Optional[Path] = None, repo: Path = REPO, compile_qm: bool = True) -> Path:
    """Write the zip (atomically) and return its path; raises SystemExit when it breaks a rule."""
    out = Path(out) if out else repo / "dist" / f"{PLUGIN}-{version(repo)}.zip"
    out.parent.mkdir(parents=True, exist_ok=True)
    if compile_qm:
        compile_translations(repo)
    entries = files_to_package(repo)
    fd, temp = tempfile.mkstemp(suffix=".zip", dir=out.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as archive:
            seen: set[str] = set()
            for source, arcname in entries:
                if arcname in seen:
                    continue
                seen.add(arcname)
                archive.write(source, arcname)
        problems = check_zip(Path(temp))
        if problems:
            raise SystemExit("the plugin zip breaks the plugins.qgis.org rules:\n- " + "\n- ".join(problems))
        os.chmod(temp, 0o644)  # mkstemp makes it private; the zip is meant to be shared
        os.replace(temp, out)
    finally:
        if os.path.exists(temp):
            os.remove(temp)
    return out


def default_plugins_dir() -> Path:
    """The plugins folder of the active profile: ``$QGIS_CUSTOM_CONFIG_PATH`` or the default profile."""
    custom = os.environ.get("QGIS_CUSTOM_CONFIG_PATH")
    if custom:
        base = Path(custom) / "profiles" / "default"
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home())) / "QGIS" / "QGIS3" / "profiles" / "default"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / "QGIS" / "QGIS3" / "profiles" / "default"
    else:
        base = Path.home() / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default"
    return base / "python" / "plugins"


def deploy(zip_path: Path, plugins_dir: Optional[Path] = None) -> Path:
    """Unzip into the profile's plugins folder, replacing an old copy. Returns the plugin folder."""
    problems = check_zip(zip_path)
    if problems:
        raise SystemExit("refusing to deploy a zip that breaks the rules:\n- " + "\n- ".join(problems))
    plugins_dir = Path(plugins_dir) if plugins_dir else default_plugins_dir()
    plugins_dir.mkdir(parents=True, exist_ok=True)
    target = plugins_dir / PLUGIN
    staging = Path(tempfile.mkdtemp(prefix=f".{PLUGIN}-", dir=plugins_dir))
    try:
        with zipfile.ZipFile(zip_path) as archive:
            archive.extractall(staging)
        old = plugins_dir / f".{PLUGIN}-old"
        if old.exists():
            shutil.rmtree(old)
        if target.exists():
            target.rename(old)
        (staging / PLUGIN).rename(target)
        if old.exists():
            shutil.rmtree(old)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="zip to write (default dist/vantage_plugin-<version>.zip)")
    parser.add_argument("--deploy", type=Path, metavar="ZIP", help="install this zip into a QGIS profile")
    parser.add_argument("--plugins-dir", type=Path, help="plugins folder to deploy into (default: the profile's)")
    args = parser.parse_args(argv)
    if args.deploy:
        target = deploy(args.deploy, args.plugins_dir)
        print(f"installed {args.deploy} into {target}")
        return 0
    out = build(args.out)
    print(f"{out} ({out.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
