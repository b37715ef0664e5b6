#!/usr/bin/env bash
# Debian packages hdrectify needs that a fresh Debian 12 machine may lack:
# python3-venv for the virtual environment, and the libraries Qt loads (even offscreen).
# Installs what is missing when run as root; otherwise prints the command to run.
set -euo pipefail
packages=(python3-venv libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 "$@")
command -v dpkg-query >/dev/null || exit 0   # not Debian: nothing to check
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "hdrectify needs these Debian packages: ${missing[*]}" >&2
  echo "Install them with:  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
