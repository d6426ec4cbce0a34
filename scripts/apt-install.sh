#!/usr/bin/env bash
# Install Debian packages when we may (as root, with apt-get), for the ensure-*.sh scripts; exits 1 when we
# may not or apt-get failed, and the calling script then says how to install them by hand.
#   scripts/apt-install.sh "for the search" hunspell-da
set -u
purpose="$1"
shift
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing $* from Debian $purpose…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null && exit 0
fi
exit 1
