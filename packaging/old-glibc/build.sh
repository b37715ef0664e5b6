#!/usr/bin/env bash
# The .deb for older Linux (UOS 20, Kylin V10): the same frozen app built inside a Debian 11
# (bullseye, glibc 2.31) chroot, so that nothing in it asks for a newer glibc than 2.28.
#
# Run as root on a Debian 12 machine, from the repository:  bash packaging/old-glibc/build.sh
# Makes dist/compat/hdrectify_<version>_amd64.deb; then check it with packaging/old-glibc/check.sh.
#
# What it does (each step is skipped when its result is already there):
#  1. debootstrap bullseye into $HDRECTIFY_CHROOT (default /srv/hdrectify-bullseye), from the
#     Debian mirror this machine's apt already uses, and keeps a pristine copy (…-clean) for check.sh;
#  2. builds CPython 3.11 (the version the app is developed with) inside it, from the upstream
#     tarball of Debian 12's python3.11 source package (apt-get source; bullseye only has 3.9), and
#     bullseye's sqlite3 and libpng from theirs, all with glibc-2.28.h (the libm functions whose
#     default symbol version moved in glibc 2.29 bound to the old one), Python without
#     sem_clockwait (glibc 2.30);
#  3. copies the working tree in, installs the app's dependencies with PySide6-Essentials 6.9.3
#     (the newest release with manylinux_2_28 wheels: 6.10 and later need glibc 2.34), PyInstaller;
#  4. runs packaging/build.py there, leaving libdbus-1 to the system (bullseye's links libsystemd,
#     which needs glibc 2.30), and packaging/build_deb.py (Depends: libc6 (>= 2.28)); fails if any
#     bundled binary asks for a GLIBC_ symbol version above 2.28.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CHROOT="${HDRECTIFY_CHROOT:-/srv/hdrectify-bullseye}"
SUITE=bullseye
GLIBC_MAX=2.28
PYPREFIX=/opt/py228   # CPython, inside the chroot
LIBPREFIX=/opt/lib228 # sqlite3 and libpng, inside the chroot
PYSIDE_COMPAT="PySide6-Essentials==6.9.3"
PYTHON_SOURCE_SUITE=bookworm
JOBS="${JOBS:-2}"

[ "$(id -u)" -eq 0 ] || { echo "run as root (debootstrap and chroot)" >&2; exit 1; }
# the Debian mirror apt uses here (deb822 sources first, then a one-line list)
MIRROR="${HDRECTIFY_MIRROR:-$(grep -h '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep '/debian$' | head -1)}"
[ -n "$MIRROR" ] || MIRROR="$(grep -h '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | grep '/debian/\?$' | head -1)"
[ -n "$MIRROR" ] || { echo "no Debian mirror found in apt's sources; set HDRECTIFY_MIRROR" >&2; exit 1; }

command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap dpkg-dev >/dev/null
command -v dpkg-source >/dev/null || apt-get install -y -qq dpkg-dev >/dev/null

# 1. the chroot
if [ ! -x "$CHROOT/usr/bin/apt-get" ]; then
  debootstrap --variant=minbase "$SUITE" "$CHROOT" "$MIRROR"
fi
[ -d "$CHROOT-clean" ] || cp -a "$CHROOT" "$CHROOT-clean"

mounted=()
cleanup() { for m in "${mounted[@]}"; do umount "$m" 2>/dev/null || true; done; }
trap cleanup EXIT
for m in proc dev; do
  mountpoint -q "$CHROOT/$m" || { mount --bind "/$m" "$CHROOT/$m"; mounted=("$CHROOT/$m" "${mounted[@]}"); }
done
in_chroot() { chroot "$CHROOT" env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

# libraries PyInstaller bundles or Qt loads (the Makefile's and build_deb's lists), plus a compiler
in_chroot apt-get update -qq
in_chroot env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  build-essential binutils pkg-config tcl ca-certificates zlib1g-dev libssl-dev libffi-dev libsqlite3-dev libbz2-dev \
  liblzma-dev uuid-dev libexpat1-dev libgdbm-dev libreadline-dev libncurses-dev \
  libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 libcups2 \
  libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 >/dev/null

# 2. CPython 3.11 from Debian's source package, sqlite3 and libpng from bullseye's
cp "$ROOT/packaging/old-glibc/glibc-2.28.h" "$CHROOT/build/glibc-2.28.h"
OLD_CFLAGS="-O2 -include /build/glibc-2.28.h"
src="$(mktemp -d)"
sources() {  # sources SUITE PACKAGE...: Debian source packages, downloaded into $src
  cat >"$src/src.sources" <<EOF
Types: deb-src
URIs: $MIRROR
Suites: $1
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  rm -rf "$src/lists" && mkdir -p "$src/lists/partial"
  local apt_src=(-o Dir::Etc::SourceList="$src/src.sources" -o Dir::Etc::SourceParts=/dev/null -o Dir::State::Lists="$src/lists")
  apt-get "${apt_src[@]}" update -qq
  shift
  (cd "$src" && apt-get "${apt_src[@]}" source --download-only "$@" >/dev/null 2>&1)
}
unpack() {  # unpack TARBALL DIR: into the chroot's /build/DIR
  rm -rf "${CHROOT:?}/build/$2" && mkdir -p "$CHROOT/build/$2"
  tar -xf "$1" -C "$CHROOT/build/$2" --strip-components=1
}
if [ ! -e "$CHROOT$LIBPREFIX/lib/libsqlite3.so.0" ] || [ ! -e "$CHROOT$LIBPREFIX/lib/libpng16.so.16" ]; then
  sources "$SUITE" sqlite3 libpng1.6
  unpack "$(ls "$src"/sqlite3_*.orig.tar.xz)" sqlite3
  unpack "$(ls "$src"/libpng1.6_*.orig.tar.*)" libpng
  # the feature flags of Debian's own sqlite3 (debian/rules) that Python and sqlite-utils use
  in_chroot sh -c "cd /build/sqlite3 && ./configure -q --prefix=$LIBPREFIX --disable-static --disable-tcl LIBS=-lm \
      CFLAGS='$OLD_CFLAGS -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS3 -DSQLITE_ENABLE_FTS3_PARENTHESIS \
      -DSQLITE_ENABLE_FTS4 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_JSON1 -DSQLITE_ENABLE_RTREE -DSQLITE_ENABLE_DBSTAT_VTAB \
      -DSQLITE_ENABLE_UNLOCK_NOTIFY -DSQLITE_SECURE_DELETE -DSQLITE_MAX_VARIABLE_NUMBER=250000' \
      && make -s -j$JOBS >/dev/null 2>&1 && make -s install >/dev/null 2>&1"
  in_chroot sh -c "cd /build/libpng && ./configure -q --prefix=$LIBPREFIX --disable-static CFLAGS='$OLD_CFLAGS' \
      && make -s -j$JOBS >/dev/null 2>&1 && make -s install >/dev/null 2>&1"
fi
PY=$PYPREFIX/bin/python3.11
if [ ! -x "$CHROOT$PY" ]; then
  sources "$PYTHON_SOURCE_SUITE" python3.11
  unpack "$(ls "$src"/python3.11_*.orig.tar.*)" cpython
  in_chroot sh -c "cd /build/cpython && ./configure -q --prefix=$PYPREFIX --enable-shared ac_cv_func_sem_clockwait=no \
      CFLAGS='-include /build/glibc-2.28.h' CPPFLAGS='-I$LIBPREFIX/include' \
      LDFLAGS='-L$LIBPREFIX/lib -Wl,-rpath,$PYPREFIX/lib:$LIBPREFIX/lib' \
      && make -s -j$JOBS >/dev/null 2>&1 && make -s altinstall >/dev/null 2>&1"
fi
rm -rf "$src"
in_chroot "$PY" -c 'import ssl, sqlite3, ctypes, lzma, bz2, zlib, uuid, sys; print("Python", sys.version, "sqlite", sqlite3.sqlite_version)'

# 3. the working tree and its dependencies
rm -rf "$CHROOT/build/src" && mkdir -p "$CHROOT/build/src"
tar -C "$ROOT" --exclude=./.venv --exclude=./build --exclude=./dist --exclude=./.git --exclude='*/__pycache__' \
  --exclude=./.demo --exclude=./.mypy_cache --exclude=./.ruff_cache --exclude=./.pytest_cache -cf - . |
  tar -C "$CHROOT/build/src" -xf -
pyinstaller="$("$ROOT/.venv/bin/python" -m pip list 2>/dev/null | awk '$1=="pyinstaller"{print "pyinstaller=="$2}' || true)"
[ "$(in_chroot readlink -f /build/venv/bin/python 2>/dev/null)" = "$PY" ] || { rm -rf "$CHROOT/build/venv"; in_chroot "$PY" -m venv /build/venv; }
# pip inside trusts what this machine trusts (a proxy's certificate authority, if any)
cp /etc/ssl/certs/ca-certificates.crt "$CHROOT/build/host-ca.crt"
in_chroot env PIP_CERT=/build/host-ca.crt ${PIP_INDEX_URL:+PIP_INDEX_URL=$PIP_INDEX_URL} PIP_DEFAULT_TIMEOUT=180 \
  /build/venv/bin/python - "$PYSIDE_COMPAT" "${pyinstaller:-pyinstaller}" <<'EOF'
import subprocess, sys, tomllib
deps = tomllib.load(open("/build/src/pyproject.toml", "rb"))["project"]["dependencies"]
deps = [sys.argv[1] if d.split("=")[0].strip().lower() == "pyside6-essentials" else d for d in deps]
pip = [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--only-binary=:all:"]
subprocess.run([*pip, *deps, sys.argv[2], "pypdf", "setuptools>=68"], check=True)
subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation", "-e", "/build/src"],
               check=True)
EOF

# 4. the bundle and the .deb
in_chroot env LD_LIBRARY_PATH=$LIBPREFIX/lib HDRECTIFY_SYSTEM_LIBS="libdbus-1.so.3 libsystemd.so.0" \
  sh -c "cd /build/src && /build/venv/bin/python packaging/build.py --force && \
  /build/venv/bin/python packaging/build_deb.py --libc $GLIBC_MAX --libstdcxx 8 --out /build/out"
worst="$(find "$CHROOT/build/src/dist/hdrectify" -type f \( -name '*.so*' -o -name hdrectify \) -exec objdump -T {} + 2>/dev/null |
  grep -o 'GLIBC_2\.[0-9]*' | sort -Vu | tail -1)"
echo "highest glibc symbol version the bundle asks for: $worst"
if [ "$(printf '%s\n' "$worst" "GLIBC_$GLIBC_MAX" | sort -V | tail -1)" != "GLIBC_$GLIBC_MAX" ]; then
  echo "the bundle needs $worst, more than glibc $GLIBC_MAX" >&2
  exit 1
fi
mkdir -p "$ROOT/dist/compat"
cp "$CHROOT"/build/out/hdrectify_*.deb "$ROOT/dist/compat/"
ls -l "$ROOT"/dist/compat/hdrectify_*.deb
