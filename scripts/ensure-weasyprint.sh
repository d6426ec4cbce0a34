#!/usr/bin/env bash
# The printable catalogue (catalogue/) lays out its PDF with WeasyPrint, which draws text with the
# system's pango and fonts. Install them from Debian when we may, else say how; the portal runs
# without them (/katalog/ then answers 503 with a message), so this never stops `make run`.
set -u
PYTHON="${PYTHON_BIN:-.venv/bin/python}"
if "$PYTHON" -c "import weasyprint" >/dev/null 2>&1 && fc-list 2>/dev/null | grep -q .; then
  exit 0
fi
PACKAGES="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fontconfig"
# shellcheck disable=SC2086 # one word per package
"$(dirname "$0")/apt-install.sh" "for the PDF catalogue" $PACKAGES && exit 0
echo "! The PDF catalogue (/katalog/) needs pango and a font. Install them with:" >&2
echo "  sudo apt-get install $PACKAGES" >&2
echo "  (the rest of the portal works without them)" >&2
exit 0
