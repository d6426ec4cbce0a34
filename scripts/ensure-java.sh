#!/usr/bin/env bash
# The HTML validity test (tests/accessibility/test_html_validity.py) runs the Nu HTML Checker
# (vnu.jar from npm's vnu-jar) with Java; install Debian's headless Java when we may, else say how.
set -eu
if command -v java >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Java from Debian for the Nu HTML Checker…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  exit 0
fi
echo "✗ The HTML validity test needs Java. Install it with: sudo apt-get install default-jre-headless" >&2
exit 1
