#!/usr/bin/env bash
# Installs the system packages the tests use, when they are missing (Debian/Ubuntu):
#   tmux              drives the real binary end to end
#   python3-aiosmtpd  the real SMTP server the mail tests send to
#   poppler-utils     pdftoppm, to read the printed letter's QR code back; pdftotext and pdffonts,
#                     to read its text and fonts
#   fonts-wqy-microhei a TrueType CJK font: the letter takes Chinese, Japanese and Korean glyphs
#                     from the machine's fonts (none fits in the binary)
#   sqlite3           the baseline the benchmarks compare against
#   e2fsprogs         chattr, to make a database file unwritable even for root
#   python3-venv      the virtual environment wxc-sdk is installed into (below)
#   nodejs, npm       run Stoplight Prism (below; Node 18 or later)
set -euo pipefail
need=()
command -v tmux >/dev/null 2>&1 || need+=(tmux)
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || need+=(python3-aiosmtpd)
command -v pdftoppm >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
command -v chattr >/dev/null 2>&1 || need+=(e2fsprogs)
python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || need+=(python3-venv)
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing: ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

# The Webex API conformance tests (tests/it/webex_client/conformance.rs), into tests/.tools (git-ignored):
#   @stoplight/prism-cli 5.14.x  checks every request and response against Webex's OpenAPI specs
#   wxc-sdk (PyPI)               a second client for the numbers endpoints, which no spec file covers
tools="$(cd "$(dirname "$0")" && pwd)/.tools"
mkdir -p "$tools"
if [ ! -x "$tools/node_modules/.bin/prism" ]; then
  echo "installing: @stoplight/prism-cli 5.14 (npm) into $tools" >&2
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "@stoplight/prism-cli@~5.14.0" >/dev/null
fi
# find_spec, not import: importing wxc_sdk takes seconds.
if ! "$tools/venv/bin/python" -c 'import importlib.util, sys; sys.exit(importlib.util.find_spec("wxc_sdk") is None)' >/dev/null 2>&1; then
  echo "installing: wxc-sdk (pip) into $tools/venv" >&2
  python3 -m venv "$tools/venv"
  "$tools/venv/bin/python" -m pip install --quiet --disable-pip-version-check "wxc-sdk~=1.41.0"
fi
