#!/usr/bin/env bash
# A throwaway Apache Jena SPARQL server for the remote-store contract tests, on 127.0.0.1 only:
# Jena's own query and update engine (ARQ 4.5.0, Debian's libapache-jena-java) over an
# in-memory transactional dataset, served with Fuseki's URL layout by .ci/jena/JenaSparqlServer.java
# (query /regkg/sparql, update /regkg/update, graph store /regkg/data, no authentication).
#
#   bash .ci/jena.sh install   # Debian's libapache-jena-java and a JDK, non-interactively
#   bash .ci/jena.sh start && . /tmp/regkg-jena/env   # REGKG_TEST_JENA for the tests
#   bash .ci/jena.sh stop
#
# Why not Fuseki itself: it is not packaged for Debian, and Maven Central (where its jars are)
# is not reachable from this machine or CI (`mvn dependency:get` fails: unknown host). The
# engine is Jena's; only the thin HTTP layer is ours (docs/scaling.md, "Jena").
# JENA_DIR (default /tmp/regkg-jena) is wiped by `start`; JENA_PORT defaults to 3030.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
DIR="${JENA_DIR:-/tmp/regkg-jena}"
PORT="${JENA_PORT:-3030}"
DATASET=regkg
JARS=/usr/share/java
# Jena 4.5.0 and what it loads, as Debian names the jars (no jar is committed or downloaded).
CLASSPATH_JARS=(jena-arq jena-base jena-core jena-dboe-base jena-dboe-index jena-dboe-storage
  jena-dboe-trans-data jena-dboe-transaction jena-iri commons-cli commons-codec commons-compress
  commons-csv commons-io commons-lang3 dexx.collection gson guava httpclient httpcore
  jackson-core jackson-databind jackson-annotations jsonld-java jakarta.json-api protobuf
  slf4j-api slf4j-nop thrift titanium-json-ld)

log() { echo "jena.sh: $*" >&2; }
# shellcheck source=.ci/pidfile.sh
. "$(dirname "$0")/pidfile.sh"

install() {
  local packages=()
  [[ -f "$JARS/jena-arq.jar" ]] || packages+=(libapache-jena-java)
  command -v javac >/dev/null || packages+=(default-jdk-headless)
  command -v curl >/dev/null || packages+=(curl)
  if [[ ${#packages[@]} -eq 0 ]]; then
    log "already installed"
    return
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends "${packages[@]}" >&2
}

classpath() {
  local jar path=""
  for jar in "${CLASSPATH_JARS[@]}"; do
    [[ -f "$JARS/$jar.jar" ]] || { log "missing $JARS/$jar.jar"; return 1; }
    path+="$JARS/$jar.jar:"
  done
  echo "$DIR/classes:$DIR/resources:$path"
}

build() {
  # Debian's jena-core moved Jena's copy of Xerces to the package `xerces` but left its message
  # files under org/apache/jena/ext/xerces: without them every XSD datatype fails to initialise
  # ("internal error" in XSSimpleTypeDecl). Put them where the classes look.
  python3 - "$JARS/jena-core.jar" "$DIR/resources" <<'PY'
import sys, zipfile
jar, target = sys.argv[1:3]
old = "org/apache/jena/ext/xerces/"
with zipfile.ZipFile(jar) as archive:
    for name in archive.namelist():
        if name.startswith(old) and name.endswith(".properties"):
            archive.extract(name, target)
import os, shutil
shutil.copytree(f"{target}/{old}", f"{target}/xerces")
shutil.rmtree(f"{target}/org")
PY
  mkdir -p "$DIR/classes"
  javac -nowarn -d "$DIR/classes" -cp "$(classpath)" "$HERE/jena/JenaSparqlServer.java" \
    2> >(grep -v 'bad path element' >&2)
}

wait_sparql() {
  local url="http://127.0.0.1:$PORT/$DATASET/sparql" i
  for i in $(seq 1 60); do
    if curl -fsS -o /dev/null --max-time 5 -G "$url" 2>/dev/null \
        --data-urlencode 'query=ASK { ?s ?p ?o }' -H 'Accept: application/sparql-results+json'; then
      return 0
    fi
    if ! kill -0 "$(cat "$DIR/jena.pid")" 2>/dev/null; then
      log "the server exited; its log:"; tail -30 "$DIR/server.log" >&2 || true
      return 1
    fi
    sleep 1
  done
  log "no SPARQL answer at $url after 60 s"; tail -30 "$DIR/server.log" >&2 || true
  return 1
}

start() {
  install
  stop_server quiet
  rm -rf "$DIR"
  mkdir -p "$DIR"
  build
  # Detached from every descriptor of the caller, in its own session (as .ci/virtuoso.sh does).
  python3 - "$DIR" "$(classpath)" "$PORT" "$DATASET" <<'PY'
import subprocess, sys
folder, classpath, port, dataset = sys.argv[1:5]
with open(f"{folder}/server.log", "wb") as log:
    proc = subprocess.Popen(
        ["java", "-Xmx1g", "-cp", classpath, "JenaSparqlServer", port, dataset], cwd=folder,
        stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
        start_new_session=True, close_fds=True,
    )
with open(f"{folder}/jena.pid", "w") as pidfile:
    pidfile.write(f"{proc.pid}\n")
PY
  wait_sparql
  echo "export REGKG_TEST_JENA=sparql+http://127.0.0.1:$PORT/$DATASET/sparql" >"$DIR/env"
  log "ready: http://127.0.0.1:$PORT/$DATASET/sparql (pid $(cat "$DIR/jena.pid")); variables in $DIR/env"
}

stop_server() { stop_pidfile "$DIR/jena.pid" 30 "${1:-}"; }

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop_server ;;
  *) echo "usage: $0 install|start|stop" >&2; exit 2 ;;
esac
