#!/usr/bin/env bash
# Runs before the tests (npm pretest): the browser tests drive Debian's Chromium, installed here
# when missing. Never a browser download from a CDN: only the Debian package.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "ensure-chromium: /usr/bin/chromium missing, installing Debian's chromium package" >&2
if [ "$(id -u)" = 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "ensure-chromium: cannot install chromium (not root, no sudo); run: apt-get install -y chromium" >&2
  exit 1
fi
/usr/bin/chromium --version >&2
