#!/usr/bin/env bash
# HAProxy in front of Taitoura nodes with sticky sessions (a cookie names the node), on loopback:
#   ops/load-balancer.sh start DIR LB_PORT NODE_PORT...   installs Debian's haproxy when missing (as root), writes
#                                                        DIR/haproxy.cfg from ops/haproxy.cfg and starts it
#   ops/load-balancer.sh stop DIR
# The production set-up (TLS, health checks, draining a node) is in docs/operations.md.
set -euo pipefail
cmd=${1:?start|stop DIR ...}
dir=$(realpath -m "${2:?DIR}")
here=$(cd "$(dirname "$0")" && pwd)
case "$cmd" in
  start)
    lb_port=${3:?LB_PORT}; shift 3
    if ! command -v haproxy >/dev/null 2>&1 && ! [ -x /usr/sbin/haproxy ]; then
      if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing Debian's haproxy..." >&2
        (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy) >/dev/null
      fi
    fi
    haproxy=$(command -v haproxy || echo /usr/sbin/haproxy)
    [ -x "$haproxy" ] || { echo "HAProxy is needed: apt-get install haproxy (Debian/Ubuntu)" >&2; exit 1; }
    mkdir -p "$dir"
    servers=""; i=0
    for p in "$@"; do
      i=$((i + 1))
      servers+="    server node$i 127.0.0.1:$p cookie node$i check inter 2s fall 2 rise 2"$'\n'
    done
    sed -e "s|@BIND@|127.0.0.1:$lb_port|" -e "/@SERVERS@/{
r /dev/stdin
d
}" "$here/haproxy.cfg" > "$dir/haproxy.cfg" <<<"$servers"
    "$haproxy" -c -q -f "$dir/haproxy.cfg"
    "$haproxy" -D -f "$dir/haproxy.cfg" -p "$dir/haproxy.pid"
    echo "HAProxy on 127.0.0.1:$lb_port in front of $* (config $dir/haproxy.cfg)" >&2
    ;;
  stop)
    [ -f "$dir/haproxy.pid" ] && kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
    ;;
  *) echo "usage: $0 start DIR LB_PORT NODE_PORT... | stop DIR" >&2; exit 2 ;;
esac
