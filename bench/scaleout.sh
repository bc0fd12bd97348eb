#!/usr/bin/env bash
# The scale-out benchmark of issue 11 (item 7), on loopback only, not run by CI:
# three `palermo serve` instances on one PostgreSQL database behind haproxy.
#   A. wrk -c64 for DURATION over the public pages (bench/abuse/users.lua) through
#      haproxy while `palermo stats import` runs again and again through the CLI
#      (another process): errors and non-2xx answers (the issue: zero); A2 the same
#      with one import every IMPORT_EVERY seconds (default 5);
#   V. a change imported through the CLI and the time until each of the three
#      instances, asked directly, shows it (the issue: under one second each):
#      three treaty-status imports (one more party each; no statistics reload)
#      and three statistics imports (a new dataset of 199 rows each);
#   K. kill -9 of one instance a third into the run: what the clients saw;
#   R. PostgreSQL restarted (pg_ctl restart -m fast) a third into the run: what the
#      clients saw, and whether every instance answers again by itself (a page that
#      reads the database, after a new import);
#   S. the same pages on one instance over SQLite and over PostgreSQL, and on three
#      over PostgreSQL behind haproxy: median, p99, requests/s.
# Starts its own throw-away PostgreSQL cluster (Debian's package, as user postgres,
# on a free port of 127.0.0.1, fsync off) so that it can restart it; removes
# everything it made on exit. Needs: a release build (cargo build --release -p
# palermo-cli), wrk, haproxy (Debian: apt-get install wrk haproxy), curl, runuser.
#
#   DURATION=30s bench/scaleout.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=${BIN:-$ROOT/target/release/palermo}
DURATION=${DURATION:-30s}
secs=${DURATION%s}
[ -x "$BIN" ] || { echo "build first: cargo build --release -p palermo-cli" >&2; exit 1; }
for t in wrk haproxy curl runuser; do command -v $t >/dev/null || { echo "needs $t" >&2; exit 1; }; done
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
T=$(mktemp -d /tmp/palermo-scaleout.XXXXXX)
chmod 755 "$T"
PIDS=()
free_port() { for p in $(seq "$1" $(($1 + 60))); do if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi; done; exit 1; }
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$T/pg/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$T"
}
trap cleanup EXIT

# PostgreSQL of our own.
mkdir -p "$T/pg" && chown postgres "$T/pg"
PGPORT=$(free_port 55500)
runuser -u postgres -- "$PGBIN/initdb" -D "$T/pg/data" -U palermo --auth=trust >/dev/null
pgctl() { runuser -u postgres -- "$PGBIN/pg_ctl" -D "$T/pg/data" -l "$T/pg/log" -w \
  -o "-p $PGPORT -k $T/pg -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100" "$@" >/dev/null; }
pgctl start
URL="postgres://palermo@127.0.0.1:$PGPORT/postgres"
export PALERMO_LOG=warn
GLOTIP=$T/glotip.csv
gzip -dc data/glotip/unodc_glotip_data_portal.csv.gz > "$GLOTIP"
head -200 "$GLOTIP" > "$T/probe.csv"
"$BIN" --db "$URL" db migrate >/dev/null

# Three instances and the balancer.
PORTS=()
start_instance() { # $1: index
  (PALERMO_LOG=warn exec "$BIN" --db "$URL" serve --addr "127.0.0.1:${PORTS[$1]}" >/dev/null 2>"$T/serve$1.err") &
  IPID[$1]=$!; PIDS+=("${IPID[$1]}")
}
IPID=()
for i in 0 1 2; do PORTS[$i]=$(free_port $((18300 + 10 * i))); start_instance $i; done
LB=$(free_port 18400)
cat > "$T/haproxy.cfg" <<EOF
global
  maxconn 4096
defaults
  mode http
  timeout connect 1s
  timeout client 30s
  timeout server 30s
  timeout check 3s
  retries 3
  option redispatch 1
  retry-on conn-failure empty-response response-timeout
frontend public
  bind 127.0.0.1:$LB
  default_backend palermo
backend palermo
  balance roundrobin
  option httpchk GET /
  server p0 127.0.0.1:${PORTS[0]} check inter 250ms fall 2 rise 1
  server p1 127.0.0.1:${PORTS[1]} check inter 250ms fall 2 rise 1
  server p2 127.0.0.1:${PORTS[2]} check inter 250ms fall 2 rise 1
EOF
haproxy -f "$T/haproxy.cfg" -db >"$T/haproxy.log" 2>&1 & PIDS+=($!)
ready() { until [[ $(curl -fsS "http://127.0.0.1:$1/api/v1/statistics/datasets" 2>/dev/null || true) == *'"dataset":"glotip"'* ]]; do sleep 0.2; done; }
for i in 0 1 2; do ready "${PORTS[$i]}"; done
ready "$LB"
wrk -t1 -c4 -d3s -s bench/abuse/users.lua "http://127.0.0.1:$LB" >/dev/null

load() { cut -d' ' -f1-3 /proc/loadavg; }
users() { wrk -t2 -c64 -d"$DURATION" --latency -s bench/abuse/users.lua "http://127.0.0.1:$1" > "$2"; }
report() { # $1: wrk output
  local med p99 rps errs non2xx
  med=$(awk '$1 == "50%" {print $2}' "$1"); p99=$(awk '$1 == "99%" {print $2}' "$1")
  rps=$(awk '/Requests\/sec/ {print $2}' "$1")
  errs=$(awk '/Socket errors/ {print $0}' "$1" | sed 's/^ *//'); non2xx=$(awk '/Non-2xx/ {print $NF}' "$1")
  echo "median $med, p99 $p99, $rps req/s, non-2xx ${non2xx:-0}, ${errs:-socket errors 0}; load $(load)"
}
import_loop() { # imports through the CLI until $1 seconds have passed, $2 seconds apart (0: back to back); count in $T/imports
  local end=$((SECONDS + $1)) n=0
  while [ $SECONDS -lt "$end" ]; do
    "$BIN" --db "$URL" stats import "$GLOTIP" --dataset glotip --report "$T/rej.csv" >/dev/null 2>>"$T/import.err" && n=$((n + 1))
    [ "${2:-0}" -gt 0 ] && sleep "$2"
  done
  echo "$n" > "$T/imports"
}

echo "== A. 3 instances behind haproxy, wrk -c64 $DURATION, imports through the CLI meanwhile, back to back"
import_loop "$secs" 0 & il=$!
users "$LB" "$T/a.txt"; wait $il
echo "    $(report "$T/a.txt"); $(cat "$T/imports") imports of the GLOTIP table committed meanwhile"
echo "== A2. as A, one import every ${IMPORT_EVERY:-5} s"
import_loop "$secs" "${IMPORT_EVERY:-5}" & il=$!
users "$LB" "$T/a2.txt"; wait $il
echo "    $(report "$T/a2.txt"); $(cat "$T/imports") imports of the GLOTIP table committed meanwhile"

echo "== V. a change imported through the CLI, seen by each instance (asked directly)"
ms() { date +%s%3N; }
seen_by_all() { # $1: path, $2: text; the time since now until each instance's $1 shows $2 (given up after 10 s)
  local t0 line="" i
  t0=$(ms)
  for i in 0 1 2; do
    until curl -fsS "http://127.0.0.1:${PORTS[$i]}$1" 2>/dev/null | grep -qF "$2"; do
      [ $(($(ms) - t0)) -gt 10000 ] && { line="$line instance $i NOT within 10 s;"; break; }
      sleep 0.02
    done
    line="$line instance $i after $(($(ms) - t0)) ms;"
  done
  echo "$line"
}
dataset_seen() { seen_by_all /api/v1/statistics/datasets "\"dataset\":\"$1\""; }
# Treaty status: the bundled TIP table with one more party each time (the
# Czech Republic, the Republic of Korea, then Japan given a consent in a later snapshot);
# only the treaty pages change, no statistics reload.
"$BIN" --db "$URL" treaty export --instrument tip > "$T/tip0.csv"
parties=$(curl -fsS "http://127.0.0.1:${PORTS[0]}/instruments/tip" | grep -o '<strong>[0-9]*</strong> parties' | head -1 | tr -dc 0-9)
prev=$T/tip0.csv
k=0
for change in CZE,2014-12-24,2015-01-01 KOR,2015-11-05,2016-01-01 JPN,2017-07-11,2017-08-01; do
  IFS=, read -r iso consent asof <<<"$change"; k=$((k + 1))
  python3 - "$prev" "$T/tip$k.csv" "$iso" "$consent" <<'PY'
import csv, sys
src, dst, iso, consent = sys.argv[1:]
rows = list(csv.DictReader(open(src, newline="")))
for r in rows:
    if r["iso3"] == iso:
        r["consent_date"] = consent
        r["consent_type"] = "ratification" if r["signature_date"] else "accession"
w = csv.DictWriter(open(dst, "w", newline=""), fieldnames=list(rows[0].keys()))
w.writeheader(); w.writerows(rows)
PY
  prev=$T/tip$k.csv
  "$BIN" --db "$URL" treaty import "$prev" --instrument tip --as-of "$asof" --format palermo >/dev/null 2>>"$T/import.err"
  echo "    treaty change $k ($iso party, as of $asof):$(seen_by_all /instruments/tip "<strong>$((parties + k))</strong> parties")"
done
# Statistics: a new dataset of 199 rows beside the 46,556 bundled cells.
for k in 1 2 3; do
  "$BIN" --db "$URL" stats import "$T/probe.csv" --dataset "probe$k" --report "$T/rej.csv" >/dev/null 2>>"$T/import.err"
  echo "    statistics change $k:$(dataset_seen "probe$k")"
done

echo "== K. kill -9 of one instance a third into wrk -c64 $DURATION through haproxy"
users "$LB" "$T/k.txt" & w=$!
sleep $((secs / 3)); kill -9 "${IPID[2]}"; echo "    killed instance 2 at $((secs / 3)) s"
wait $w
echo "    $(report "$T/k.txt")"
start_instance 2; ready "${PORTS[2]}"; sleep 1

echo "== R. PostgreSQL restarted a third into wrk -c64 $DURATION through haproxy"
users "$LB" "$T/r.txt" & w=$!
sleep $((secs / 3)); t0=$(ms); pgctl -m fast restart; echo "    PostgreSQL down and up again in $(($(ms) - t0)) ms"
wait $w
echo "    $(report "$T/r.txt")"
"$BIN" --db "$URL" stats import "$T/probe.csv" --dataset probe_after_restart --report "$T/rej.csv" >/dev/null
echo "    after the restart, a new import:$(dataset_seen probe_after_restart)"

echo "== S. the same pages, wrk -c64 $DURATION: one instance on SQLite, one on PostgreSQL, three on PostgreSQL behind haproxy"
SQ=$(free_port 18500)
(cd "$T" && PALERMO_LOG=warn exec "$BIN" --db "$T/s.db" serve --addr "127.0.0.1:$SQ" >/dev/null 2>"$T/sqlite.err") & PIDS+=($!)
ready "$SQ"; wrk -t1 -c4 -d3s -s bench/abuse/users.lua "http://127.0.0.1:$SQ" >/dev/null
users "$SQ" "$T/s1.txt"; echo "    SQLite, one instance:            $(report "$T/s1.txt")"
users "${PORTS[0]}" "$T/s2.txt"; echo "    PostgreSQL, one instance:        $(report "$T/s2.txt")"
users "$LB" "$T/s3.txt"; echo "    PostgreSQL, three behind haproxy: $(report "$T/s3.txt")"
echo "    machine: $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
