"""Writing a bundle: the rows part by part, a MiB at a time, the evidence files, the manifest that
holds every part's SHA-256, and the signature over the manifest (the format: :mod:`hdrectify.exchange.bundle`).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import zipfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from hdrectify.exchange.bundle import MANIFEST
from hdrectify.exchange.signing import SIGNATURE
from hdrectify.outputs import atomic_output


def write_bundle(
    out: Path,
    manifest: dict[str, Any],
    tables: Mapping[str, Iterable[dict[str, Any]]],
    evidence: Mapping[str, Path],
    sign: Callable[[bytes], bytes],
) -> None:
    """Write a bundle to ``out`` (through a temporary file: a failure leaves no half bundle).

    ``tables`` maps a table to its records ({id, vv, origin, changed_at, deleted, row});
    ``evidence`` maps a sha256 to the stored file. ``manifest`` gets ``parts`` and ``counts``;
    ``sign`` turns the manifest's exact bytes into the ``signature.json`` member.
    """
    parts: dict[str, dict[str, Any]] = {}
    counts: dict[str, int] = {}
    with (
        atomic_output(Path(out)) as tmp,
        zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf,
    ):
        for table, records in tables.items():
            found = iter(records)
            first = next(found, None)
            if first is None:
                continue
            name = f"rows/{table}.jsonl"
            digest, size, n = hashlib.sha256(), 0, 0
            # a MiB at a time into the member: a generator of records is never held whole
            with zf.open(name, "w", force_zip64=True) as member:
                chunk: list[bytes] = []
                held = 0
                for record in itertools.chain((first,), found):
                    line = (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")
                    chunk.append(line)
                    held += len(line)
                    n += 1
                    if held >= 1 << 20:
                        data = b"".join(chunk)
                        member.write(data)
                        digest.update(data)
                        size += len(data)
                        chunk, held = [], 0
                data = b"".join(chunk)
                member.write(data)
                digest.update(data)
                size += len(data)
            parts[name] = {"sha256": digest.hexdigest(), "size": size}
            counts[table] = n
        for sha, source in sorted(evidence.items()):
            name = f"evidence/{sha}"
            zf.write(source, name, compress_type=zipfile.ZIP_STORED)  # scans and photos do not shrink
            parts[name] = {"sha256": sha, "size": source.stat().st_size}
        full = {**manifest, "counts": counts, "evidence_files": len(evidence), "parts": parts}
        data = json.dumps(full, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
        zf.writestr(MANIFEST, data)
        zf.writestr(SIGNATURE, sign(data))
