#!/usr/bin/env bash
# Runs before the tests (npm pretest): the browser tests drive Debian's Chromium, installed here
# when missing, with a CJK font so the console's Chinese renders in the screenshots instead of
# empty boxes. Only Debian packages: never a browser or font download from a CDN.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} = 0 ]; then exit 0; fi
echo "ensure-chromium: installing Debian's ${missing[*]}" >&2
install() { DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null; }
if [ "$(id -u)" = 0 ]; then
  install "${missing[@]}"
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo bash -c "$(declare -f install); install ${missing[*]}"
else
  echo "ensure-chromium: cannot install ${missing[*]} (not root, no sudo); run: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
/usr/bin/chromium --version >&2
