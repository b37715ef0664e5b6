"""The notice's ledger as shipped (``resources/seed/ledger.json``) and the ids its rows get.

Below every other module of the store: the schema's migrations, the ledger and the problems'
numbering all read it, and it reads nothing of theirs. The ids derive from the rows' numbers
(UUID v5), so loading the seed twice adds nothing, and two laptops that both load it agree on
every id.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from hdrectify.paths import SEED

SEED_PATH = SEED / "ledger.json"
_NAMESPACE = uuid.UUID("0b7c6a52-3c0e-4f7e-9b43-3a4e1c8d2f10")


def seed_id(*parts: object) -> str:
    return str(uuid.uuid5(_NAMESPACE, "/".join(str(p) for p in parts)))


def read_seed(path: Path = SEED_PATH) -> dict[str, Any]:
    with open(path, encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data
