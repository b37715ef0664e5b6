"""Encrypted bundles: a bundle sealed to the office, so that a lost USB stick leaks nothing.

Every installation holds an X25519 key pair (``installation_box_key``, migration 0015) beside its
Ed25519 signing key. The public half travels in the manifest of every signed bundle
(``installation.encryption_key``), so a receiver learns it together with the fingerprint it
already confirms (``trusted_installations.encryption_key``, written by
:func:`hdrectify.exchange.trust.record`). A member laptop that trusts an office with a known key
seals its bundles to that office by default.

The sealed file is the whole signed bundle (the ZIP) encrypted, chunk by chunk (the STREAM
construction), so neither side holds more than a chunk of it in memory::

    header   MAGIC (16 bytes) · VERSION (1) · recipient's fingerprint (29, ASCII)
             · ephemeral X25519 public key (32) · chunk size (4, big-endian)
    chunks   ChaCha20-Poly1305(key, nonce = index (11 bytes) · last (1 byte), chunk,
             associated data = header · index (8) · last (1))

The key is HKDF-SHA256 of the X25519 agreement between a fresh ephemeral key and the recipient's
key, salted with both public keys: one key per file, so a counter is a safe nonce. The header is
in every chunk's associated data (an edited recipient or key is refused), the index orders the
chunks (none swapped or dropped) and the last flag ends them (a file cut at a chunk boundary is
refused too). Whatever fails (another office's bundle, a wrong key, a byte changed, a file cut
short) is refused before anything is read from the bundle inside; the signature is then checked
as for any bundle.
"""

from __future__ import annotations

import base64
import binascii
import os
import struct
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from hdrectify.exchange.records import BundleError
from hdrectify.exchange.signing import fingerprint, own_public_key
from hdrectify.outputs import atomic_output
from hdrectify.store.base import Store

MAGIC = b"hdrectify-sealed"
VERSION = 1
CHUNK = 1 << 20  # plaintext bytes per chunk: what either side holds of the bundle at once
MAX_CHUNK = 16 << 20
_TAG = 16
_FINGERPRINT_BYTES = 29  # six groups of four and five dashes
_HEADER = struct.Struct(f">16sB{_FINGERPRINT_BYTES}s32sI")
_INFO = b"hdrectify sealed bundle v1"


@dataclass(frozen=True)
class Recipient:
    """An installation bundles can be sealed to: its name, signing fingerprint and X25519 public key."""

    name: str
    fingerprint: str
    key: bytes


def own_encryption_key(store: Store) -> bytes:
    return bytes(store.scalar("SELECT public_key FROM installation_box_key WHERE id = 1"))


def decoded_key(text: object) -> bytes | None:
    """An X25519 public key as the manifest and the trust list hold it (base64), or None if it is not one."""
    if not isinstance(text, str) or len(text) > 64:
        return None
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None


def office(store: Store) -> tuple[Recipient | None, str | None]:
    """Whom this installation's bundles are sealed to by default: on a member laptop, the office it
    trusts (the latest trusted, if several) when that office's key is known. Returns the recipient,
    or None and the name of a trusted office whose key is not known yet (None if there is none)."""
    if store.setting("role") != "member":
        return None, None
    found = store.rows(
        "SELECT name, fingerprint, encryption_key FROM trusted_installations WHERE role = 'office'"
        " ORDER BY encryption_key IS NULL, created_at DESC"
    )
    if not found:
        return None, None
    key = decoded_key(found[0]["encryption_key"])
    if key is None:
        return None, str(found[0]["name"])
    return Recipient(str(found[0]["name"]), str(found[0]["fingerprint"]), key), None


def is_sealed(path: Path) -> bool:
    """Whether the file at ``path`` starts like a sealed bundle (False if it cannot be read)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def sealed_to(path: Path) -> str:
    """The fingerprint a sealed bundle names as its recipient (as written; checked by :func:`unseal`)."""
    with open(path, "rb") as f:
        head = f.read(_HEADER.size)
    if len(head) < _HEADER.size:
        raise BundleError("exchange.sealed_damaged")
    return head[17 : 17 + _FINGERPRINT_BYTES].decode("ascii", "replace")


def _key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=_INFO).derive(shared)


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return header + struct.pack(">QB", index, last)


def seal(source: Path, out: Path, recipient: Recipient) -> None:
    """Encrypt the bundle at ``source`` to ``recipient`` into ``out`` (through a temporary file)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    ephemeral = X25519PrivateKey.generate()
    public = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient.key))
    aead = ChaCha20Poly1305(_key(shared, public, recipient.key))
    header = _HEADER.pack(MAGIC, VERSION, recipient.fingerprint.encode("ascii"), public, CHUNK)
    with open(source, "rb") as src, atomic_output(Path(out)) as tmp, open(tmp, "wb") as dst:
        dst.write(header)
        index = 0
        chunk = src.read(CHUNK)
        while True:
            following = src.read(CHUNK)  # one chunk ahead: the last one is marked as such
            last = not following
            dst.write(aead.encrypt(_nonce(index, last), chunk, _aad(header, index, last)))
            if last:
                break
            chunk, index = following, index + 1


def _chunks(f: BinaryIO, size: int) -> Iterator[tuple[int, bytes, bool]]:
    """(index, ciphertext, last) of each chunk as the file holds it, reading one ahead."""
    index = 0
    chunk = f.read(size)
    while True:
        following = f.read(size)
        yield index, chunk, not following
        if not following:
            return
        chunk, index = following, index + 1


def unseal(store: Store, source: Path, out: BinaryIO) -> None:
    """Decrypt the sealed bundle at ``source`` with this installation's key into ``out``; raises
    :class:`BundleError` if it is sealed to another installation, or damaged, cut short or changed."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    own = fingerprint(own_public_key(store))
    with open(source, "rb") as f:
        header = f.read(_HEADER.size)
        if len(header) < _HEADER.size:
            raise BundleError("exchange.sealed_damaged")
        magic, version, to, ephemeral, size = _HEADER.unpack(header)
        if magic != MAGIC:
            raise BundleError("exchange.sealed_damaged")
        if version != VERSION:
            raise BundleError("exchange.sealed_too_new", None, version=version, supported=VERSION)
        recipient = to.decode("ascii", "replace")
        if recipient != own:
            raise BundleError("exchange.sealed_for_other", None, fingerprint=recipient, own=own)
        if not 0 < size <= MAX_CHUNK:
            raise BundleError("exchange.sealed_damaged")
        private = bytes(store.scalar("SELECT private_key FROM installation_box_key WHERE id = 1"))
        key = X25519PrivateKey.from_private_bytes(private)
        try:
            shared = key.exchange(X25519PublicKey.from_public_bytes(ephemeral))
        except ValueError:  # a low-order point put in an edited header
            raise BundleError("exchange.sealed_damaged") from None
        aead = ChaCha20Poly1305(_key(shared, ephemeral, key.public_key().public_bytes_raw()))
        for index, chunk, last in _chunks(f, size + _TAG):
            try:
                out.write(aead.decrypt(_nonce(index, last), chunk, _aad(header, index, last)))
            except InvalidTag:
                raise BundleError("exchange.sealed_damaged") from None


@contextmanager
def opened(store: Store, path: Path) -> Iterator[tuple[Path, bool]]:
    """The bundle at ``path`` as a plain bundle file: itself, or (sealed) decrypted into a temporary
    file beside the database (on the disk that holds the same data already), removed afterwards.
    Yields (the plain file, whether it was sealed)."""
    if not is_sealed(path):
        yield path, False
        return
    folder = store.path.parent if store.path is not None else None
    try:
        fd, name = tempfile.mkstemp(prefix=".hdrectify-import.", suffix=".part", dir=folder)
    except OSError:  # a database in a folder this user cannot write (a read-only dry run)
        fd, name = tempfile.mkstemp(prefix="hdrectify-import.", suffix=".part")
    plain = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            unseal(store, path, out)
        yield plain, True
    finally:
        plain.unlink(missing_ok=True)
