#!/usr/bin/env bash
# The search asks Debian's Danish hunspell dictionary whether a query word is Danish at all and which
# dictionary word it is (search/lexicon.py): "bridge" is not corrected to "bring", "japansk madlavning"
# finds nothing rather than every cooking club. Install it from Debian when we may, else say how; the
# search works without it (a warning in the log), only less precisely, so this never stops `make run`.
set -u
DIC="${HUNSPELL_DA_DIC:-/usr/share/hunspell/da_DK.dic}"
if [ -r "$DIC" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the Danish hunspell dictionary from Debian for the search…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hunspell-da >/dev/null && exit 0
fi
echo "! The search reads Debian's Danish dictionary ($DIC). Install it with:" >&2
echo "  sudo apt-get install hunspell-da" >&2
echo "  (the search works without it, less precisely)" >&2
exit 0
