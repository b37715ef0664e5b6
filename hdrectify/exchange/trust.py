"""Whom this installation accepts bundles from: the trust list, and the decision on each bundle.

A bundle's signature (checked when it is read: :mod:`hdrectify.exchange.signing`) proves which key
made it; the trust list says which keys this computer accepts, for which installation. On import,
before any row is read:

- the sender's installation is on the list with the same key: accepted;
- it is on the list with *another* key: refused and flagged (a copied database, or a forgery under
  a known installation's id); the message says how to check and, if the change is real, to remove
  the old entry first (``hdrectify trust remove``);
- it is not on the list: refused with the sender's name, installation and fingerprint, unless the
  user gives that fingerprint (``--trust``, or the window's confirmation), compared with the
  sender's screen. One exception, trust on first use: a member laptop that trusts no office yet
  takes its first office bundle (the one the office prepared for it) and says so.

The entry is written in the import's transaction: a refused or dry-run import leaves no trust behind.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from hdrectify.domain.errors import InputError
from hdrectify.exchange.bundle import Bundle
from hdrectify.exchange.identity import fresh, installation_name
from hdrectify.exchange.records import BundleError
from hdrectify.exchange.sealing import decoded_key, own_encryption_key
from hdrectify.exchange.signing import encode_key, fingerprint, normalised_fingerprint, own_public_key
from hdrectify.store.base import Row, Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Identity:
    """This installation as others see it (``hdrectify identity``, 设置)."""

    installation: str
    name: str
    role: str
    fingerprint: str
    encryption_key: str = ""  # the X25519 key bundles are sealed to it with (base64; exchange/sealing.py)

    def as_dict(self) -> dict[str, str]:
        return {
            "installation": self.installation,
            "name": self.name,
            "role": self.role,
            "fingerprint": self.fingerprint,
            "encryption_key": self.encryption_key,
        }


def identity(store: Store) -> Identity:
    return Identity(
        str(store.setting("installation_id") or ""),
        installation_name(store),
        str(store.setting("role") or "office"),
        fingerprint(own_public_key(store)),
        encode_key(own_encryption_key(store)),
    )


def trusted(store: Store) -> list[Row]:
    """The trust list, by name."""
    return store.rows(
        "SELECT installation_id, name, role, fingerprint, how, created_at FROM trusted_installations"
        " ORDER BY name, created_at"
    )


def remove(store: Store, text: str) -> list[Row]:
    """Take the installations with this fingerprint off the trust list (one transaction); returns them."""
    wanted = normalised_fingerprint(text)
    if wanted is None:
        raise InputError("trust.fingerprint_bad", "fingerprint", given=text[:40])
    with store.transaction():
        found = store.rows("SELECT * FROM trusted_installations WHERE fingerprint = ?", [wanted])
        if not found:
            raise InputError("trust.not_listed", "fingerprint", fingerprint=wanted)
        for row in found:
            store.delete("trusted_installations", str(row["id"]), reason="trust remove")
    return found


@dataclass(frozen=True)
class Sender:
    """Who signed a bundle, and what the import does about trusting it."""

    name: str
    installation: str
    role: str
    fingerprint: str
    trust_now: str | None  # 'confirmed' / 'first_office': added to the trust list by this import; None: already on it


def check_sender(store: Store, bundle: Bundle, trust: str | None = None) -> Sender:
    """Decide whether ``bundle``'s signer is accepted here; raises :class:`BundleError` if not. Writes nothing."""
    given = None if trust is None else normalised_fingerprint(trust)
    if trust is not None and given is None:
        raise InputError("trust.fingerprint_bad", "trust", given=trust[:40])
    key = encode_key(bundle.public_key)
    sender = dict(
        name=bundle.installation_name,
        installation=bundle.installation_id,
        role=bundle.role,
        fingerprint=bundle.fingerprint,
    )
    known = store.rows("SELECT * FROM trusted_installations WHERE installation_id = ?", [bundle.installation_id])
    if known:
        if known[0]["public_key"] == key:
            return Sender(**sender, trust_now=None)
        log.warning(  # flagged in the log too: a copied database or a forgery
            "bundle %s claims installation %s with key %s; trusted key is %s",
            bundle.bundle_id,
            bundle.installation_id,
            bundle.fingerprint,
            known[0]["fingerprint"],
        )
        raise BundleError("exchange.sender_key_changed", None, trusted=known[0]["fingerprint"], **sender)
    if given is not None:
        if given != bundle.fingerprint:
            raise BundleError("exchange.trust_mismatch", None, given=given, **sender)
        return Sender(**sender, trust_now="confirmed")
    if bundle.role == "office" and _first_office(store, bundle):
        return Sender(**sender, trust_now="first_office")
    raise BundleError("exchange.sender_unknown", None, **sender)


def _first_office(store: Store, bundle: Bundle) -> bool:
    """A member laptop (or an empty database the bundle makes one) that trusts no office yet."""
    if store.scalar("SELECT 1 FROM trusted_installations WHERE role = 'office'"):
        return False
    if store.setting("role") == "member":
        return True
    return bundle.manifest.get("for_member") is not None and fresh(store)


def record(store: Store, bundle: Bundle, sender: Sender) -> None:
    """Put the sender on the trust list (inside the import's transaction), if the decision was to; and
    learn the key its bundles are sealed to (exchange/sealing.py), which its signed manifest carries."""
    key = decoded_key(bundle.manifest["installation"].get("encryption_key"))
    box = None if key is None else encode_key(key)
    if sender.trust_now is None:
        known = store.rows(
            "SELECT id, encryption_key FROM trusted_installations WHERE installation_id = ?", [sender.installation]
        )
        if box is not None and known and known[0]["encryption_key"] != box:
            store.update("trusted_installations", str(known[0]["id"]), {"encryption_key": box}, reason="encryption key")
        return
    values: dict[str, Any] = {
        "encryption_key": box,
        "installation_id": sender.installation,
        "name": sender.name,
        "role": sender.role,
        "public_key": encode_key(bundle.public_key),
        "fingerprint": sender.fingerprint,
        "how": sender.trust_now,
    }
    store.insert("trusted_installations", values)
