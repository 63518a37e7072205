"""The attribute layouts of protected-area and indigenous-land data (WDPA, WDPCA, LandMark, FUNAI, a
generic fallback): detecting a source's schema, resolving each role to a field, and normalising the
values read (IUCN category, extractive-activity legality, government acknowledgement, data version).
"""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Optional, Sequence

KINDS = ("pa", "il")

#: IUCN management categories the API allows (anything else, e.g. "Not Reported", becomes None).
IUCN_CATEGORIES: tuple[str, ...] = ("Ia", "Ib", "II", "III", "IV", "V", "VI")
_IUCN_LOOKUP = {c.upper(): c for c in IUCN_CATEGORIES} | {"1A": "Ia", "1B": "Ib"}

_LEGALITY_SYNONYMS = {
    "allowed": "allowed",
    "permitted": "allowed",
    "limited": "limited",
    "restricted": "limited",
    "conditional": "limited",
    "prohibited": "prohibited",
    "forbidden": "prohibited",
    "not allowed": "prohibited",
}

# --- schemas -----------------------------------------------------------------------------------
# Canonical roles read from a source. Output keys per kind are chosen in _detail().
ROLES_PA = (
    "area_id",
    "area_name",
    "local_name",
    "iucn_category",
    "type",
    "status",
    "source_name",
    "extractive_activity_legality",
    "extractive_activity_conditions",
)
ROLES_IL = ("id", "name", "government_acknowledged", "land_status", "source_name")

#: Accepted field_map keys → canonical role (per kind).
ROLE_ALIASES = {
    "pa": {
        "id": "area_id",
        "area_id": "area_id",
        "name": "area_name",
        "area_name": "area_name",
        "local_name": "local_name",
        "iucn": "iucn_category",
        "iucn_category": "iucn_category",
        "type": "type",
        "designation": "type",
        "status": "status",
        "source_name": "source_name",
        "legality": "extractive_activity_legality",
        "extractive_activity_legality": "extractive_activity_legality",
        "conditions": "extractive_activity_conditions",
        "extractive_activity_conditions": "extractive_activity_conditions",
    },
    "il": {
        "id": "id",
        "area_id": "id",
        "name": "name",
        "area_name": "name",
        "government_acknowledged": "government_acknowledged",
        "acknowledged": "government_acknowledged",
        "land_status": "land_status",
        "status": "land_status",
        "source_name": "source_name",
    },
}


@dataclass(frozen=True)
class Schema:
    """A known attribute layout: detected when every group of ``signature`` has a field present."""

    name: str
    signature: tuple[tuple[str, ...], ...]
    pa: Mapping[str, tuple[str, ...]]
    il: Mapping[str, tuple[str, ...]]
    acknowledged_by_status: bool = False
    """Government acknowledgement derived from the land status (FUNAI's ``fase_ti``)."""

    def candidates(self, kind: str) -> Mapping[str, tuple[str, ...]]:
        return self.pa if kind == "pa" else self.il


SCHEMAS: tuple[Schema, ...] = (
    # WDPCA (Protected Planet, 2026): SITE_ID/SITE_PID replace WDPAID/WDPA_PID, NAME_ENG is new.
    Schema(
        "WDPCA",
        (("SITE_ID",),),
        pa={
            "area_id": ("SITE_ID",),
            "area_name": ("NAME_ENG", "NAME", "ORIG_NAME"),
            "local_name": ("ORIG_NAME", "NAME"),
            "iucn_category": ("IUCN_CAT",),
            "type": ("DESIG", "DESIG_ENG"),
            "status": ("STATUS",),
        },
        il={"id": ("SITE_ID",), "name": ("NAME_ENG", "NAME", "ORIG_NAME"), "land_status": ("STATUS",)},
    ),
    Schema(
        "WDPA",
        (("WDPAID", "WDPA_PID"),),
        pa={
            "area_id": ("WDPAID", "WDPA_PID"),
            "area_name": ("NAME", "ORIG_NAME"),
            "local_name": ("ORIG_NAME", "NAME"),
            "iucn_category": ("IUCN_CAT",),
            "type": ("DESIG", "DESIG_ENG"),
            "status": ("STATUS",),
        },
        il={"id": ("WDPAID", "WDPA_PID"), "name": ("NAME", "ORIG_NAME"), "land_status": ("STATUS",)},
    ),
    # LandMark: Form_Rec / Doc_Status (current); Ofcl_Rec / Rec_Status (older exports).
    Schema(
        "LandMark",
        (("Form_Rec", "Ofcl_Rec", "Doc_Status", "Rec_Status"),),
        pa={"area_id": ("LM_ID", "ID", "OBJECTID"), "area_name": ("Name",), "type": ("Category",)},
        il={
            "id": ("LM_ID", "ID", "OBJECTID"),
            "name": ("Name",),
            "government_acknowledged": ("Form_Rec", "Ofcl_Rec"),
            "land_status": ("Doc_Status", "Rec_Status"),
        },
    ),
    # FUNAI (Brazil): official terras indígenas layer, and the simplified TerraME copy.
    Schema(
        "FUNAI",
        (("terrai_cod", "terrai_nom", "TERRA_IND"),),
        pa={"area_id": ("terrai_cod",), "area_name": ("terrai_nom", "TERRA_IND"), "type": ("modalidade",)},
        il={
            "id": ("terrai_cod",),
            "name": ("terrai_nom", "TERRA_IND"),
            "land_status": ("fase_ti",),
        },
        acknowledged_by_status=True,
    ),
)

GENERIC = Schema(
    "generic",
    (),
    pa={
        "area_id": ("id", "site_id", "objectid", "code", "codigo"),
        "area_name": ("name", "name_eng", "nome", "nombre", "nom"),
        "local_name": ("orig_name", "local_name"),
        "iucn_category": ("iucn_cat", "iucn_category", "iucn"),
        "type": ("desig", "desig_eng", "designation", "type", "categoria"),
        "status": ("status",),
    },
    il={
        "id": ("id", "objectid", "code", "codigo"),
        "name": ("name", "nome", "nombre", "nom"),
        "government_acknowledged": ("government_acknowledged", "acknowledged", "form_rec", "ofcl_rec"),
        "land_status": ("land_status", "status", "doc_status"),
    },
)

#: FUNAI phases (fase_ti) in which the state has recognised the land's limits.
_FUNAI_ACKNOWLEDGED = ("regularizada", "homologada", "declarada", "delimitada")
_FUNAI_NOT_YET = ("em estudo", "encaminhada", "interditada")


def detect_schema(fields: Iterable[str]) -> Schema:
    """The first known schema whose signature fields are present (case-insensitive), else generic."""
    present = {f.lower() for f in fields}
    for schema in SCHEMAS:
        if all(any(name.lower() in present for name in group) for group in schema.signature):
            return schema
    return GENERIC


def resolve_fields(
    fields: Sequence[str],
    kind: str,
    field_map: Optional[Mapping[str, str]] = None,
    schema: Optional[Schema] = None,
) -> tuple[Schema, dict[str, str]]:
    """``(schema, role → actual field name)`` for a layer's fields; ``field_map`` overrides detection.

    Raises ValueError for a mapped field that is not in the layer, or an unknown role.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be 'pa' or 'il', not {kind!r}")
    by_lower = {f.lower(): f for f in fields}
    schema = schema or detect_schema(fields)
    resolved: dict[str, str] = {}
    for role, names in schema.candidates(kind).items():
        for name in names:
            if name.lower() in by_lower:
                resolved[role] = by_lower[name.lower()]
                break
    aliases = ROLE_ALIASES[kind]
    for key, field_name in (field_map or {}).items():
        if not field_name:
            continue
        found = aliases.get(key.lower())
        if found is None:
            known = ", ".join(sorted(aliases))
            raise ValueError(f"unknown field_map role {key!r} for {kind!r} (roles: {known})")
        actual = by_lower.get(str(field_name).lower())
        if actual is None:
            raise ValueError(
                f"field '{field_name}' (mapped to {key}) is not in the layer (fields: {', '.join(fields)})"
            )
        resolved[found] = actual
    return schema, resolved


# --- value normalisation ---------------------------------------------------------------------
def text_value(value: Any) -> Optional[str]:
    """A value as stripped text (None for None, NaN or blank; whole floats without ".0")."""
    if value is None:
        return None
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        if value.is_integer():
            return str(int(value))
    text = str(value).strip()
    return text or None


def normalise_iucn(value: Any) -> Optional[str]:
    """``Ia``, ``Ib``, ``II`` … ``VI`` (case and a ``Category`` prefix forgiven), else None."""
    text = text_value(value)
    if text is None:
        return None
    text = re.sub(r"^(iucn\s*)?(category|cat\.?)\s*", "", text, flags=re.IGNORECASE).strip()
    return _IUCN_LOOKUP.get(text.upper())


def normalise_legality(value: Any) -> Optional[str]:
    """``allowed`` / ``limited`` / ``prohibited`` (synonyms mapped); other text lower-cased; else None."""
    text = text_value(value)
    if text is None:
        return None
    low = re.sub(r"\s+", " ", text.lower())
    return _LEGALITY_SYNONYMS.get(low, low)


def parse_acknowledged(value: Any) -> Optional[bool]:
    """Government acknowledgement from a boolean, a yes/no, or LandMark's "(Not) acknowledged by govt"."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return bool(value) if value in (0, 1) else None
    text = str(value).strip().lower()
    if not text:
        return None
    negative = text.startswith(("not ", "non ", "unacknowledged", "unrecogni"))
    if negative or "not acknowledged" in text or "not recogni" in text:
        return False
    if "acknowledged" in text or "recognized" in text or "recognised" in text:
        return True
    if text in ("yes", "y", "true", "t", "1", "sim", "si", "sí", "oui"):
        return True
    if text in ("no", "n", "false", "f", "0", "não", "nao", "non"):
        return False
    return None


def funai_acknowledged(phase: Any) -> Optional[bool]:
    text = (text_value(phase) or "").lower()
    if not text:
        return None
    if text.startswith(_FUNAI_ACKNOWLEDGED):
        return True
    if text.startswith(_FUNAI_NOT_YET):
        return False
    return None


_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"


def guess_data_version(path: str) -> Optional[str]:
    """A version from a file name: ``WDPA_Jan2025_Public`` → ``Jan2025``, ``…_v202509`` → ``202509``."""
    name = os.path.basename(path.replace("\\", "/").rstrip("/"))
    match = re.search(rf"(?<![A-Za-z])({_MONTHS})[a-z]*[_-]?(\d{{4}})", name, re.IGNORECASE)
    if match:
        return f"{match.group(1).capitalize()}{match.group(2)}"
    match = re.search(r"(?<!\d)(20\d{2}(?:[-_]?\d{2}){0,2})(?!\d)", name)
    if match:
        return match.group(1)
    match = re.search(r"[vV](\d+(?:\.\d+)+)", name)
    return f"v{match.group(1)}" if match else None
