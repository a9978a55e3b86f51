#!/usr/bin/env bash
# Finds redis-server, which the class server's test of several processes starts, installing
# Debian's package when it can. Prints the path; on failure says what to install and exits 1.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then command -v redis-server; exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "redis-server not found: installing Debian's redis-server package..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq redis-server >&2
  # The package starts a system service on the default port; the tests start their own.
  if command -v redis-server >/dev/null 2>&1; then command -v redis-server; exit 0; fi
fi
echo "The class server's tests need redis-server: install it (Debian/Ubuntu: apt-get install redis-server) or put it on the PATH." >&2
exit 1
