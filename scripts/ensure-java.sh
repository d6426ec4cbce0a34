#!/usr/bin/env bash
# The HTML validity test (tests/accessibility/test_html_validity.py) runs the Nu HTML Checker
# (vnu.jar from npm's vnu-jar) with Java; install Debian's headless Java when we may, else say how.
set -eu
if command -v java >/dev/null 2>&1; then
  exit 0
fi
"$(dirname "$0")/apt-install.sh" "for the Nu HTML Checker" default-jre-headless && exit 0
echo "✗ The HTML validity test needs Java. Install it with: sudo apt-get install default-jre-headless" >&2
exit 1
