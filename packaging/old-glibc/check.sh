#!/usr/bin/env bash
# Check the older-Linux .deb on Debian 11 (glibc 2.31): install it with apt into a fresh copy of the
# pristine bullseye chroot that build.sh keeps, run `hdrectify --version`, then packaging/check_frozen.py
# (checklist PDF, exports, backup, bundles, the window offscreen) with the program run inside it.
#
# Run as root, from the repository:  bash packaging/old-glibc/check.sh [DEB]
# (DEB defaults to dist/compat/hdrectify_*.deb; check_frozen runs with .venv's Python for pypdf.)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BASE="${HDRECTIFY_CHROOT:-/srv/hdrectify-bullseye}-clean"
CHECK="${BASE%-clean}-check"
DEB="${1:-$(ls "$ROOT"/dist/compat/hdrectify_*.deb | tail -1)}"
PYTHON="${PYTHON:-$ROOT/.venv/bin/python}"

[ "$(id -u)" -eq 0 ] || { echo "run as root (chroot)" >&2; exit 1; }
[ -x "$BASE/usr/bin/apt-get" ] || { echo "no $BASE: run packaging/old-glibc/build.sh first" >&2; exit 1; }
[ -f "$DEB" ] || { echo "no .deb: $DEB" >&2; exit 1; }

rm -rf "$CHECK" && cp -a "$BASE" "$CHECK"
work="$(mktemp -d /tmp/hdrectify-oldglibc-XXXXXX)"   # the same path inside the chroot and out
mounted=()
cleanup() {
  for m in "${mounted[@]}"; do umount "$m" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$CHECK$work"
for m in /proc /dev "$work"; do mount --bind "$m" "$CHECK$m"; mounted=("$CHECK$m" "${mounted[@]}"); done

echo "glibc in the chroot: $(chroot "$CHECK" ldd --version | head -1)"
cp "$DEB" "$work/"
chroot "$CHECK" apt-get update -qq
chroot "$CHECK" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$work/$(basename "$DEB")" >/dev/null
echo "installed: $(chroot "$CHECK" dpkg-query -W -f='${Package} ${Version}' hdrectify)"
echo "hdrectify --version: $(chroot "$CHECK" env QT_QPA_PLATFORM=offscreen hdrectify --version)"

# the program, run inside the chroot from the caller's folder (check_frozen's files are all under $work)
cat >"$work/hdrectify" <<EOF
#!/bin/sh
exec chroot "$CHECK" /bin/sh -c 'cd "\$0" && exec /usr/bin/hdrectify "\$@"' "\$PWD" "\$@"
EOF
chmod +x "$work/hdrectify"
TMPDIR="$work" "$PYTHON" "$ROOT/packaging/check_frozen.py" "$work/hdrectify"
