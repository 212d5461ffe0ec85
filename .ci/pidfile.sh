# Sourced by the .ci/ server scripts (virtuoso.sh, jena.sh): stop the process a pid file names.
# Needs log() from the script that sources it.

# stop_pidfile PIDFILE GRACE_SECONDS [quiet]: TERM, wait up to GRACE_SECONDS, then KILL.
stop_pidfile() {
  local pidfile="$1" grace="$2" quiet="${3:-}" pid i
  [[ -f "$pidfile" ]] || { [[ "$quiet" == quiet ]] || log "not running"; return 0; }
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid"
    for i in $(seq 1 "$grace"); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid"; fi
  fi
  rm -f "$pidfile"
  [[ "$quiet" == quiet ]] || log "stopped (pid $pid)"
}
