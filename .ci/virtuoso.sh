#!/usr/bin/env bash
# A throwaway Virtuoso for the store contract tests (and bench/load.py), on 127.0.0.1 only.
#
#   bash .ci/virtuoso.sh install   # Debian's virtuoso-opensource-7-bin, non-interactively
#   bash .ci/virtuoso.sh start && . /tmp/regkg-virtuoso/env   # the REGKG_* variables for tests
#   bash .ci/virtuoso.sh stop
#
# Only the -bin package is installed: the `virtuoso-opensource` metapackage also installs and
# starts a system service (on all interfaces, with a debconf dba password); we want none of
# that. The database lives in a fresh directory (VIRTUOSO_DIR, default /tmp/regkg-virtuoso)
# that `start` wipes, with its own ini: HTTP on 127.0.0.1:8890, SQL on 127.0.0.1:1111.
# The dba password is random per start and kept in $VIRTUOSO_DIR/dba-password (mode 600).
set -euo pipefail

DIR="${VIRTUOSO_DIR:-/tmp/regkg-virtuoso}"
HTTP_PORT="${VIRTUOSO_HTTP_PORT:-8890}"
SQL_PORT="${VIRTUOSO_SQL_PORT:-1111}"
# 8 KiB pages: 170000 is ~1.3 GiB (enough for the tests and 1M triples); bench/stores.py --big
# (10M triples) wants VIRTUOSO_BUFFERS=340000 (~2.6 GiB), Virtuoso's figure for 4 GiB of RAM.
BUFFERS="${VIRTUOSO_BUFFERS:-170000}"
DIRTY="${VIRTUOSO_DIRTY_BUFFERS:-$((BUFFERS * 13 / 17))}"
# One thread per query by default: with intra-query parallelism the parity tests saw export
# queries lose rows in one run and not the next (same data, fresh database). The benchmarks
# in README "Scaling" ran with VIRTUOSO_THREADS_PER_QUERY=2.
THREADS_PER_QUERY="${VIRTUOSO_THREADS_PER_QUERY:-1}"
ISQL=/usr/bin/isql-vt
SERVER=/usr/bin/virtuoso-t

log() { echo "virtuoso.sh: $*" >&2; }
# shellcheck source=.ci/pidfile.sh
. "$(dirname "$0")/pidfile.sh"

install() {
  if [[ -x "$SERVER" && -x "$ISQL" ]]; then
    log "already installed"
    return
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin >&2
}

write_ini() {
  cat >"$DIR/virtuoso.ini" <<EOF
[Database]
DatabaseFile = $DIR/virtuoso.db
ErrorLogFile = $DIR/virtuoso.log
LockFile = $DIR/virtuoso.lck
TransactionFile = $DIR/virtuoso.trx
xa_persistent_file = $DIR/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = $DIR/virtuoso-temp.db
TransactionFile = $DIR/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:$SQL_PORT
LiteMode = 0
DisableUnixSocket = 1
DisableTcpSocket = 0
MaxClientConnections = 10
CheckpointInterval = 60
O_DIRECT = 0
CaseMode = 2
MaxStaticCursorRows = 5000
TempAllocationPct = 50
ThreadsPerQuery = $THREADS_PER_QUERY
AsyncQueueMaxThreads = 4
NumberOfBuffers = $BUFFERS
MaxDirtyBuffers = $DIRTY
DirsAllowed = ., $DIR, /usr/share/virtuoso-opensource-7/vad
TransactionAfterImageLimit = 500000000

[HTTPServer]
ServerPort = 127.0.0.1:$HTTP_PORT
ServerRoot = $DIR/www
ServerThreads = 10
MaxClientConnections = 10
MaxKeepAlives = 10
KeepAliveTimeout = 10
MaxCachedProxyConnections = 10
ProxyConnectionCacheTimeout = 15
HTTPThreadSize = 280000
HttpTimeout = 300
EnableRequestTrap = 0

[AutoRepair]
BadParentLinks = 0

[Client]
SQL_PREFETCH_ROWS = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT = 0
SQL_TXN_TIMEOUT = 0

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 300
DefaultQuery = select distinct ?Concept where {[] a ?Concept} LIMIT 100
DeferInferenceRulesInit = 0
MaxSortedTopRows = 100000
EOF
}

wait_sparql() {
  local url="http://127.0.0.1:$HTTP_PORT/sparql" i
  for i in $(seq 1 120); do
    if curl -fsS -o /dev/null --max-time 5 -G "$url" 2>/dev/null \
        --data-urlencode 'query=ASK { ?s ?p ?o }' -H 'Accept: application/sparql-results+json'; then
      return 0
    fi
    if [[ -f "$DIR/virtuoso.pid" ]] && ! kill -0 "$(cat "$DIR/virtuoso.pid")" 2>/dev/null; then
      log "the server exited; its log:"; tail -30 "$DIR/virtuoso.log" >&2 || true
      return 1
    fi
    sleep 1
  done
  log "no SPARQL answer at $url after 120 s"; tail -30 "$DIR/virtuoso.log" >&2 || true
  return 1
}

start() {
  install
  command -v curl >/dev/null || { apt-get install -y -qq curl >&2; }
  stop_server quiet
  rm -rf "$DIR"
  mkdir -p "$DIR/www"
  chmod 700 "$DIR"
  (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$DIR/dba-password")
  write_ini
  echo "$SQL_PORT" >"$DIR/sql-port"
  # In the foreground of its own session, detached from every descriptor of the caller (a
  # `$(...)` capture would otherwise stay open): Python's Popen closes them and tells the pid.
  python3 - "$DIR" "$SERVER" <<'PY'
import subprocess, sys
folder, server = sys.argv[1], sys.argv[2]
with open(f"{folder}/stdout.log", "wb") as log:
    proc = subprocess.Popen(
        [server, "+foreground", "+configfile", f"{folder}/virtuoso.ini"], cwd=folder,
        stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True, close_fds=True,
    )
with open(f"{folder}/virtuoso.pid", "w") as pidfile:
    pidfile.write(f"{proc.pid}\n")
PY
  wait_sparql
  grant
  log "ready: http://127.0.0.1:$HTTP_PORT/sparql (pid $(cat "$DIR/virtuoso.pid")); variables in $DIR/env"
  (umask 077; env_lines >"$DIR/env")  # not printed: CI logs must not show the password
}

env_lines() {
  cat <<EOF
export REGKG_TEST_VIRTUOSO=sparql+http://127.0.0.1:$HTTP_PORT/sparql
export REGKG_REMOTE_UPDATE_URL=http://127.0.0.1:$HTTP_PORT/sparql-auth
export REGKG_REMOTE_USER=dba
export REGKG_REMOTE_PASSWORD=$(cat "$DIR/dba-password")
EOF
}

grant() {
  # One isql session with the new database's dba/dba: updates go to /sparql-auth as dba
  # (digest auth; dba holds SPARQL_UPDATE, granted again in case), the anonymous /sparql
  # stays read-only, then dba gets the random password (over stdin: never in `ps`).
  printf '%s\n' 'GRANT SPARQL_UPDATE TO "dba";' \
    "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 1);" \
    "SET PASSWORD dba \"$(cat "$DIR/dba-password")\";" \
    | "$ISQL" "127.0.0.1:$SQL_PORT" dba dba >"$DIR/grant.log" 2>&1 \
    || { log "isql failed:"; cat "$DIR/grant.log" >&2; return 1; }
  if grep -q '^\*\*\* Error' "$DIR/grant.log"; then
    log "isql reported errors:"; cat "$DIR/grant.log" >&2; return 1
  fi
  if ! printf 'user = "dba:%s"\n' "$(cat "$DIR/dba-password")" | curl -K - -fsS -o /dev/null \
      --max-time 10 --digest "http://127.0.0.1:$HTTP_PORT/sparql-auth" \
      --data-urlencode 'update=DROP SILENT GRAPH <urn:regkg:ci-probe>'; then
    log "updates at /sparql-auth are refused"; return 1
  fi
}

isql() {
  # For bench/*.py and debugging; the password is passed on isql's command line. The SQL port
  # is the one this directory's server was started with (not whatever VIRTUOSO_SQL_PORT says
  # now): bench/stores.py wipes the database it reaches, and must not reach another one.
  local port="$SQL_PORT"
  [[ -f "$DIR/sql-port" ]] && port="$(cat "$DIR/sql-port")"
  "$ISQL" "127.0.0.1:$port" dba "$(cat "$DIR/dba-password")" "$@"
}

stop_server() { stop_pidfile "$DIR/virtuoso.pid" 60 "${1:-}"; }

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop_server ;;
  isql) shift; isql "$@" ;;
  *) echo "usage: $0 install|start|stop|isql [args]" >&2; exit 2 ;;
esac
