"""The kinds of fault a database or a file write can meet, and how the system's own error numbers map
onto them: one place for :mod:`hdrectify.store.faults` (the database) and :mod:`hdrectify.outputs`
(the files the user asks for), so neither imports the other. Pure Python, no I/O.
"""

from __future__ import annotations

import errno

FULL, READ_ONLY, BUSY, DAMAGED, CANT_OPEN, IO, OTHER = (
    "full",
    "read_only",
    "busy",
    "damaged",
    "cant_open",
    "io",
    "other",
)

FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
DENIED_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


def os_error_kind(error: OSError) -> str:
    """A system refusal: a full disk (ENOSPC, EDQUOT), a refused write (EACCES, EPERM, EROFS), else I/O."""
    if error.errno in FULL_ERRNOS:
        return FULL
    if error.errno in DENIED_ERRNOS:
        return READ_ONLY
    return IO
