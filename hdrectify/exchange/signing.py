"""Who made a bundle: this installation's Ed25519 key, the signature on its bundles, fingerprints.

Every database holds one key pair (``installation_key``, made by migration 0010: at ``init`` for a
new database, on the upgrade for an older one). A bundle's manifest names its installation and
carries that installation's public key; ``signature.json`` beside it holds the Ed25519 signature
of the manifest's exact bytes. The manifest holds every other member's SHA-256 and size, so the
signature covers the whole bundle: a byte changed anywhere after signing is refused, whatever
hashes were recomputed. Whom a receiver accepts is :mod:`hdrectify.exchange.trust`'s business.

A fingerprint is what people compare aloud or on two screens: the SHA-256 of the raw public key,
its first 120 bits in base32 (letters and the digits 2–7, no 0/1/8/9 to mistake for O/I/B/g), as
six groups of four.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re

from hdrectify.exchange.records import BundleError
from hdrectify.store.base import Store

SIGNATURE = "signature.json"
ALGORITHM = "ed25519"
MAX_SIGNATURE = 4096  # the signature member: a few hundred bytes

_FINGERPRINT = re.compile(r"[A-Z2-7]{24}")


def fingerprint(public_key: bytes) -> str:
    """``public_key``'s fingerprint: six groups of four, e.g. ``K7QF-2MZX-…``."""
    text = base64.b32encode(hashlib.sha256(public_key).digest()[:15]).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, 24, 4))


def normalised_fingerprint(text: str) -> str | None:
    """A fingerprint as typed (any case, with or without dashes or spaces) in its canonical form;
    None if it is not one."""
    bare = re.sub(r"[\s\-]", "", text or "").upper()
    if not _FINGERPRINT.fullmatch(bare):
        return None
    return "-".join(bare[i : i + 4] for i in range(0, 24, 4))


def encode_key(public_key: bytes) -> str:
    return base64.b64encode(public_key).decode("ascii")


def own_public_key(store: Store) -> bytes:
    return bytes(store.scalar("SELECT public_key FROM installation_key WHERE id = 1"))


def signature_member(store: Store, manifest: bytes) -> bytes:
    """The ``signature.json`` of a bundle whose manifest is ``manifest`` (its exact bytes), signed with
    this installation's key."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private = bytes(store.scalar("SELECT private_key FROM installation_key WHERE id = 1"))
    key = Ed25519PrivateKey.from_private_bytes(private)
    found = {
        "algorithm": ALGORITHM,
        "public_key": encode_key(own_public_key(store)),
        "signature": base64.b64encode(key.sign(manifest)).decode("ascii"),
    }
    return json.dumps(found, sort_keys=True).encode("ascii")


def verify(manifest: bytes, signature: bytes) -> bytes:
    """The public key that signed ``manifest``, read from the bundle's ``signature.json``; raises
    :class:`BundleError` ("交换包已被改动或损坏") unless the signature is good for these exact bytes."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        found = json.loads(signature.decode("ascii"))
        if not isinstance(found, dict) or found.get("algorithm") != ALGORITHM:
            raise ValueError
        public = base64.b64decode(str(found["public_key"]), validate=True)
        signed = base64.b64decode(str(found["signature"]), validate=True)
        if len(public) != 32 or len(signed) != 64:
            raise ValueError
        Ed25519PublicKey.from_public_bytes(public).verify(signed, manifest)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, binascii.Error, RecursionError, InvalidSignature):
        raise BundleError("exchange.signature_bad") from None
    return public
