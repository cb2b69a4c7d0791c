#!/usr/bin/env bash
# Remakes the fonts the activation letter embeds (assets/fonts/*.ttf.lzma) from Debian's own
# font packages, offline:
#   apt-get install fonts-dejavu-core python3-fonttools xz-utils
#   assets/fonts/make.sh
# Each font is cut down to the characters listed below (pyftsubset, no hinting, no layout
# tables: the letter lays out one glyph per character), then compressed with LZMA (`xz
# --format=lzma -9e`); wxgo decompresses one the first time a letter needs it, and embeds in
# each letter only the glyphs that letter uses. Chinese, Japanese and Korean come from the
# machine's own fonts (README.md here says why).
set -euo pipefail
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

subset() { # FONT NAME --unicodes=...
  local font=$1 name=$2
  shift 2
  /usr/bin/python3 -m fontTools.subset "$font" "$@" --output-file="$out/$name.ttf" \
    --no-hinting --layout-features='' --notdef-outline --no-recalc-timestamp \
    --drop-tables+=FFTM,GDEF,GPOS,GSUB,kern,gasp,vhea,vmtx
  xz --format=lzma -9e -c "$out/$name.ttf" >"$name.ttf.lzma"
}

dejavu=/usr/share/fonts/truetype/dejavu
# Latin with its extensions (Vietnamese too), IPA (Akan and Ewe names use it), combining marks,
# Greek, Cyrillic, Hebrew, punctuation, currency, numero, trade mark, and U+FFFD (what stands in
# for a character no font has).
subset "$dejavu/DejaVuSans.ttf" DejaVuSans --unicodes=U+0020-007E,U+00A0-036F,U+0370-03FF,U+0400-052F,U+0590-05FF,U+1E00-1EFF,U+2000-206F,U+20A0-20C0,U+2116,U+2122,U+FFFD
# Headings: ASCII, Latin-1 and punctuation (anything else falls back to the regular face).
subset "$dejavu/DejaVuSans-Bold.ttf" DejaVuSans-Bold --unicodes=U+0020-007E,U+00A0-00FF,U+2010-2027
# Codes, addresses and dates.
subset "$dejavu/DejaVuSansMono.ttf" DejaVuSansMono --unicodes=U+0020-007E
subset "$dejavu/DejaVuSansMono-Bold.ttf" DejaVuSansMono-Bold --unicodes=U+0020-007E
ls -l ./*.ttf.lzma
