#!/usr/bin/env bash
# Installs the system packages the tests use, when they are missing (Debian/Ubuntu):
#   tmux              drives the real binary end to end
#   python3-aiosmtpd  the real SMTP server the mail tests send to
#   poppler-utils     pdftoppm, to read the printed letter's QR code back
#   sqlite3           the baseline the benchmarks compare against
#   e2fsprogs         chattr, to make a database file unwritable even for root
set -euo pipefail
need=()
command -v tmux >/dev/null 2>&1 || need+=(tmux)
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || need+=(python3-aiosmtpd)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
command -v chattr >/dev/null 2>&1 || need+=(e2fsprogs)
[ ${#need[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing: ${need[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
