#!/usr/bin/env bash
# Starts a throwaway PostgreSQL on loopback for the storage tests and prints its async URL.
# Best effort: prints nothing (and the suite runs on SQLite alone) where PostgreSQL cannot be had.
# `postgres.sh stop` stops the server the last call started.
set -u
if [ "${1:-}" = stop ]; then
  [ -f /tmp/policybot-pg.last ] || exit 0
  read -r bindir data < /tmp/policybot-pg.last
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$bindir/pg_ctl" -D "$data" stop -m fast >/dev/null 2>&1
  else "$bindir/pg_ctl" -D "$data" stop -m fast >/dev/null 2>&1; fi
  rm -f /tmp/policybot-pg.last
  exit 0
fi
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null 2>&1
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi
[ -n "$bindir" ] || exit 0
dir=$(mktemp -d /tmp/policybot-pg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
run=()
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || exit 0
  chown postgres "$dir"
  run=(runuser -u postgres --)
fi
"${run[@]}" "$bindir/initdb" -D "$dir/data" -U policybot --auth=trust >/dev/null 2>&1 || exit 0
"${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" \
  -l "$dir/log" -w start >/dev/null 2>&1 || exit 0
"${run[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U policybot policybot_test >/dev/null 2>&1 || exit 0
echo "$bindir $dir/data" > /tmp/policybot-pg.last
echo "postgresql+asyncpg://policybot@127.0.0.1:$port/policybot_test"
