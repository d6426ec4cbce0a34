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
"$(dirname "$0")/apt-install.sh" "for the search" hunspell-da && exit 0
echo "! The search reads Debian's Danish dictionary ($DIC). Install it with:" >&2
echo "  sudo apt-get install hunspell-da" >&2
echo "  (the search works without it, less precisely)" >&2
exit 0
