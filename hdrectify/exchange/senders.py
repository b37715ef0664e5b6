"""What a bundle says about the computer that made it, for the office's 交换状态 (store/senders.py).

Every bundle's manifest carries ``sender``: the member whose laptop made it (``me_member_id``, none on
the office's own computer) and, per installation it has taken bundles from, the creation stamp of the
newest one taken: that is how the office learns that a laptop imported what the office sent. On
import the facts, checked (a manifest is untrusted input: anything malformed is dropped, never
refused), go into the exchange history's line (``counts``, a JSON column) beside the row counts.
"""

from __future__ import annotations

from typing import Any

from hdrectify.exchange.records import ID_RE, STAMP_RE
from hdrectify.store.base import Store
from hdrectify.store.senders import bundles_in_order

_MAX_RECEIVED = 200  # installations a manifest may speak of; more is not a real county
_MAX_NAME = 200


def sender_facts(store: Store) -> dict[str, Any]:
    """The manifest's ``sender`` for a bundle made here now."""
    member: dict[str, str] | None = None
    me = store.setting("me_member_id")
    if me:
        row = store.get("members", str(me))
        if row is not None:
            member = {"id": str(row["id"]), "name": str(row["name"])}
    received: dict[str, str] = {}
    received_bundles: dict[str, str] = {}  # the newest bundle taken from each computer, by id: stamps are to the second
    for r in bundles_in_order(store, "import"):
        received[str(r["installation_id"])] = str(r["bundle_created_at"])
        received_bundles[str(r["installation_id"])] = str(r["bundle_id"])
    return {"member": member, "received": received, "received_bundles": received_bundles}


def read_facts(manifest: dict[str, Any]) -> dict[str, Any]:
    """``sender`` of a manifest read from a file, with only the parts that have the right shape."""
    found = manifest.get("sender")
    out: dict[str, Any] = {"role": manifest.get("role"), "member": None, "received": {}, "received_bundles": {}}
    if not isinstance(found, dict):
        return out
    member = found.get("member")
    if (
        isinstance(member, dict)
        and isinstance(member.get("id"), str)
        and ID_RE.fullmatch(member["id"])
        and isinstance(member.get("name"), str)
        and 0 < len(member["name"]) <= _MAX_NAME
    ):
        out["member"] = {"id": member["id"], "name": member["name"]}
    for key, value_re in (("received", STAMP_RE), ("received_bundles", ID_RE)):
        by_installation = found.get(key)
        if isinstance(by_installation, dict) and len(by_installation) <= _MAX_RECEIVED:
            out[key] = {
                k: v
                for k, v in by_installation.items()
                if isinstance(k, str) and ID_RE.fullmatch(k) and isinstance(v, str) and value_re.fullmatch(v)
            }
    return out
