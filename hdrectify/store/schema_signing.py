"""Migration 0012: this installation's key pair (Ed25519), which signs its bundles, and the trust list.

Kept out of ``schema.py`` so that module stays small; registered in its ``STEPS``. The key is
generated in the migration's transaction, so ``init`` makes one and an older database gets one as it
is upgraded (hdrectify/exchange/signing.py, trust.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

_STAMPS = "created_at TEXT NOT NULL, updated_at TEXT NOT NULL"

# Who this installation is to others, and whom it accepts bundles from (exchange/signing.py).
# ``installation_key``: its Ed25519 key pair, one row, made here so that every database has one
# from the moment it exists (a new one at ``init``, an older one on the upgrade, in the upgrade's
# transaction). The private key stays in the database because the database *is* the installation:
# a backup restored elsewhere is the same installation; the file is the user's to protect.
# Neither table travels in bundles nor is audited row by row with its key bytes.
# ``trusted_installations``: the senders whose bundles are accepted, with the key they sign with;
# ``how`` says whether a user confirmed the fingerprint or a member laptop took its first office bundle.
_SIGNING = [
    """CREATE TABLE installation_key (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        private_key BLOB NOT NULL CHECK (length(private_key) = 32),
        public_key BLOB NOT NULL CHECK (length(public_key) = 32),
        created_at TEXT NOT NULL)""",
    f"""CREATE TABLE trusted_installations (
        id TEXT PRIMARY KEY,
        installation_id TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('office', 'member')),
        public_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL UNIQUE,
        how TEXT NOT NULL CHECK (how IN ('confirmed', 'first_office')),
        {_STAMPS})""",
]


def signing(db: Database) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from hdrectify.store.audit import now_stamp

    for statement in _SIGNING:
        db.execute(statement)
    key = Ed25519PrivateKey.generate()
    raw = serialization.Encoding.Raw
    db.execute(
        "INSERT INTO installation_key (id, private_key, public_key, created_at) VALUES (1, ?, ?, ?)",
        [
            key.private_bytes(raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()),
            key.public_key().public_bytes(raw, serialization.PublicFormat.Raw),
            now_stamp(),
        ],
    )


# Migration 0015: the key bundles are encrypted to (exchange/sealing.py). ``installation_box_key``:
# this installation's X25519 key pair, one row, made here like the signing key (a new database at
# ``init``, an older one on the upgrade). Its public half travels in the manifest of every signed
# bundle, so a receiver learns it with the fingerprint it already confirms:
# ``trusted_installations.encryption_key`` (base64; NULL until a bundle from that sender brought it).
_ENCRYPTION = [
    """CREATE TABLE installation_box_key (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        private_key BLOB NOT NULL CHECK (length(private_key) = 32),
        public_key BLOB NOT NULL CHECK (length(public_key) = 32),
        created_at TEXT NOT NULL)""",
    "ALTER TABLE trusted_installations ADD COLUMN encryption_key TEXT",
]


def encryption(db: Database) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from hdrectify.store.audit import now_stamp

    for statement in _ENCRYPTION:
        db.execute(statement)
    key = X25519PrivateKey.generate()
    raw = serialization.Encoding.Raw
    db.execute(
        "INSERT INTO installation_box_key (id, private_key, public_key, created_at) VALUES (1, ?, ?, ?)",
        [
            key.private_bytes(raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()),
            key.public_key().public_bytes(raw, serialization.PublicFormat.Raw),
            now_stamp(),
        ],
    )
