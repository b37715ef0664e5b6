"""The writer the crash harness kills: small commits through the Store, each reported once committed.

Run: python crash_writer.py DB RUN. Each transaction inserts one member and corrects
it (two audited writes); after COMMIT returns, the member's name goes to stdout.
"""

from __future__ import annotations

import sys

from hdrectify.store.base import Store


def main() -> None:
    path, run = sys.argv[1], sys.argv[2]
    with Store.open(path, actor="crash-writer") as store:
        i = 0
        while True:
            name = f"crash-{run}-{i}"
            with store.transaction():
                row = store.insert("members", {"name": name})
                store.update("members", row["id"], {"phone": str(i)}, reason="crash test")
            sys.stdout.write(name + "\n")
            sys.stdout.flush()
            i += 1


if __name__ == "__main__":
    main()
