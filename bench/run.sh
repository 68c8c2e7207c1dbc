#!/usr/bin/env bash
# Times peerlog on generated folders, on a warm cache, beside the floor (examples/floor.rs: read
# every file once on all cores, no parsing), and measures the peak memory of each command.
#
#   bench/run.sh [--sizes "1000 10000 100000"] [--runs N] [--fresh] [--smoke]
#
#   --sizes   consultations in the generated folders (default: 1000 10000 100000)
#   --runs    timed runs per command (default: 10), after 2 warm-up runs
#   --fresh   regenerate the folders even if they exist
#   --smoke   CI mode: a debug build, the 1k folder, each command once; checks that every command
#             runs, prints no timings worth reading, asserts none
#
# Folders and results go to $BENCH_DIR (default: /tmp/peerlog-bench); the table of medians is
# printed and saved as $BENCH_DIR/results.md. Uses hyperfine where installed
# (apt-get update && apt-get install -y hyperfine), else a simple timing loop; peak memory comes
# from GNU time (apt-get install -y time). Compares with bench/appendix1.py (Python tomllib) and,
# where installed, hledger (apt-get install -y hledger) on a journal of the same consultations.
# A command this peerlog does not have yet (it exits with 2, bad usage) is reported as skipped.
set -euo pipefail # (no `head` in pipelines: an early-closed pipe would fail them)
cd "$(dirname "$0")/.."
repo=$PWD

sizes="1000 10000 100000"
runs=10
warmup=2
slow_runs=3 # for the Python script and hledger, which take many seconds at 100k
log_runs=50 # for `consult log`, whose fsyncs make single runs vary
fresh=0
smoke=0
while [ $# -gt 0 ]; do
  case $1 in
    --sizes) sizes=$2; shift ;;
    --runs) runs=$2; log_runs=$((5 * $2)); shift ;;
    --fresh) fresh=1 ;;
    --smoke) smoke=1; sizes=1000; runs=1; slow_runs=1; log_runs=1; warmup=0 ;;
    -h | --help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

work=${BENCH_DIR:-${TMPDIR:-/tmp}/peerlog-bench}
[ "$smoke" = 1 ] && work=$(mktemp -d "${TMPDIR:-/tmp}/peerlog-smoke.XXXXXX")
mkdir -p "$work"

if [ "$smoke" = 1 ]; then
  cargo build --quiet --bins --examples
  bin=${CARGO_TARGET_DIR:-$repo/target}/debug
else
  # The dist profile: release with fat LTO and one codegen unit (Cargo.toml).
  cargo build --quiet --profile dist --bins --examples
  bin=${CARGO_TARGET_DIR:-$repo/target}/dist
fi
pl=$bin/peerlog
floor=$bin/examples/floor
generate=$bin/examples/generate

have() { command -v "$1" >/dev/null 2>&1; }
use_hyperfine=0
[ "$smoke" = 0 ] && have hyperfine && use_hyperfine=1
gnu_time=""
[ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1 && gnu_time=/usr/bin/time
python=""
have python3 && python3 -c 'import tomllib' 2>/dev/null && python=python3
hledger=""
have hledger && hledger=hledger

results=$work/results.md
: >"$work/results.tsv"
skipped=()

# measure SIZE NAME COMMAND [PREPARE]: median seconds and peak memory of a shell command line
# (RUNS=n before the call overrides the number of runs). A command that exits with 2 (bad usage:
# this peerlog has no such command or flag yet) is skipped; any other failure stops the script.
measure() {
  local size=$1 name=$2 cmd=$3 prepare=${4:-true} n=${RUNS:-$runs}
  local err=$work/stderr code=0
  bash -c "$prepare"
  bash -c "$cmd" >/dev/null 2>"$err" || code=$?
  if [ "$code" = 2 ]; then
    local why
    why=$(head -n1 "$err" | cut -c1-100)
    skipped+=("$size \`$name\`: not available yet ($why)")
    echo "  skipped $name: $why" >&2
    return
  elif [ "$code" != 0 ]; then
    echo "bench/run.sh: $name failed with exit code $code:" >&2
    cat "$err" >&2
    exit 1
  fi
  local median
  if [ "$use_hyperfine" = 1 ]; then
    # No shell in between where the command needs none, so short commands are timed exactly.
    local shell=()
    case $cmd in *'>'* | *'$'* | *'|'*) ;; *) shell=(-N) ;; esac
    hyperfine "${shell[@]}" --style none --warmup "$warmup" --runs "$n" --prepare "$prepare" \
      --export-csv "$work/h.csv" "$cmd" >/dev/null
    median=$(awk -F, 'NR == 2 { print $(NF - 4) }' "$work/h.csv") # the command may hold commas
  else
    local times=() i start end
    for ((i = 0; i < warmup; i++)); do bash -c "$prepare"; bash -c "$cmd" >/dev/null 2>&1; done
    for ((i = 0; i < n; i++)); do
      bash -c "$prepare"
      start=$(date +%s%N)
      bash -c "$cmd" >/dev/null 2>&1
      end=$(date +%s%N)
      times+=("$(((end - start) / 1000))")
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END {
      m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.6f", m / 1e6 }')
  fi
  local peak=-
  if [ -n "$gnu_time" ]; then
    bash -c "$prepare"
    "$gnu_time" -f %M -o "$work/mem" bash -c "$cmd" >/dev/null 2>&1 && peak=$(tail -n1 "$work/mem")
  fi
  bash -c "$prepare"
  printf '%s\t%s\t%s\t%s\n' "$size" "$name" "$median" "$peak" >>"$work/results.tsv"
  printf '  %-28s %8.4f s  %8s KB\n' "$name" "$median" "$peak" >&2
}

# An "empty" folder: one group with a peer and a recipient, no consultations.
empty=$work/empty
if [ ! -f "$empty/peerlog.toml" ] || [ "$fresh" = 1 ]; then
  rm -rf "$empty"
  "$pl" --quiet init "$empty"
  g=$("$pl" --quiet --dir "$empty" group add 'Rīgas vecāku atbalsta grupa' --leader 'Inese Kalniņa' \
    --venue 'Rīga, Brīvības iela 1')
  "$pl" --quiet --dir "$empty" peer add 'Līga Ozoliņa' --group "$g" --role parent --date 2020-01-06 \
    --consent peer --consent-date 2020-01-06 >/dev/null
  "$pl" --quiet --dir "$empty" participant add 'Anna Bērziņa' --group "$g" --role parent \
    --consent recipient --consent-date 2020-01-06 >/dev/null
fi
if [ ! -d "$empty/consultations/2020" ]; then
  # One held consultation for `feedback record` to be about.
  "$pl" --quiet --dir "$empty" consult log --peer ozolina --recipient berzina --date 2020-02-03 \
    --time 16:00-17:00 --place 'Rīga, Brīvības iela 1' --topic 'Robežu noteikšana' >/dev/null
fi
empty_peer=$(grep -l '^\[\[peer.stages\]\]' "$empty"/people/*.toml | awk 'NR == 1' | xargs basename -s .toml)
empty_recipient=$(grep -L '^\[\[peer.stages\]\]' "$empty"/people/*.toml | awk 'NR == 1' | xargs basename -s .toml)

# consult_log SIZE NAME DIR PEER RECIPIENT DATE: one `consult log` by IDs, undone before each run:
# the file it wrote (newer than a marker) is deleted, as the duplicate-slot rule would refuse the
# second run and the folder must not grow.
consult_log() {
  local size=$1 name=$2 dir=$3 peer=$4 recipient=$5 date=$6
  local marker=$work/marker day=$dir/consultations/${date%%-*}/$date
  touch "$marker"
  mkdir -p "$day"
  RUNS=$log_runs measure "$size" "$name" \
    "'$pl' --dir '$dir' consult log --peer $peer --recipient $recipient --date $date --time 21:00-21:45 --place 'Rīga, Brīvības iela 1' --topic 'Robežu noteikšana'" \
    "find '$day' -name '*.toml' -newer '$marker' -delete"
}

# feedback_record SIZE NAME DIR CONSULTATION DATE: one `feedback record` from the peer about a held
# consultation, undone before each run with `peerlog rm` (the one-answer-per-side rule would
# refuse the second run; removing it through peerlog keeps the answers cache current, as a
# coordinator's own commands do).
feedback_record() {
  local size=$1 name=$2 dir=$3 consultation=$4 date=$5
  local made=$work/feedback-id
  : >"$made"
  RUNS=$log_runs measure "$size" "$name" \
    "'$pl' --dir '$dir' feedback record --consultation $consultation --from peer --date $date --expected 'Atbalstu' --met yes --benefit 'Drošību' >'$made'" \
    "if [ -s '$made' ]; then '$pl' --quiet --dir '$dir' rm \$(cat '$made') >/dev/null; fi; : >'$made'"
}

for size in $sizes; do
  dir=$work/$size
  journal=$work/$size.journal
  if [ ! -f "$dir/peerlog.toml" ] || [ "$fresh" = 1 ]; then
    rm -rf "$dir" "$journal"
    "$generate" "$dir" "$size" --journal "$journal"
  fi
  group=$(ls "$dir/groups" | awk 'NR == 1')
  group=${group%.toml}
  # A new consultation of a pair that already has one, on the busiest day of the folder.
  day=$(find "$dir/consultations" -name '*.toml' -printf '%h\n' | sort | uniq -c | sort -k1,1nr -k2 | awk 'NR == 1 { print $2 }')
  first=$(find "$day" -name '*.toml' | sort | awk 'NR == 1')
  peer=$(sed -n 's/^peer = "\(.*\)"$/\1/p' "$first")
  recipient=$(sed -n 's/^recipient = "\(.*\)"$/\1/p' "$first")
  date=$(basename "$day")
  # A held consultation of that day without the peer's feedback, for `feedback record`.
  answered=$work/answered-$size
  grep -rl --include='*.toml' '^from = "peer"' "$dir/feedback" | xargs grep -ho 'c-[a-z0-9]*' | sort -u >"$answered"
  held=$(grep -l '^status = "held"' "$day"/*.toml | xargs -n1 basename -s .toml | grep -vxFf "$answered" | awk 'NR == 1')
  empty_held=$(find "$empty/consultations" -name '*.toml' | awk 'NR == 1' | xargs basename -s .toml)
  "$floor" "$dir" >/dev/null # warm the cache

  echo "$size consultations ($dir):" >&2
  measure "$size" "floor" "'$floor' '$dir'"
  measure "$size" "report appendix1 --all-groups" \
    "'$pl' --quiet --dir '$dir' report appendix1 --all-groups --force --output-dir '$work/sheets-$size'"
  measure "$size" "report appendix1 --group" "'$pl' --dir '$dir' report appendix1 --group $group"
  measure "$size" "report summary" "'$pl' --dir '$dir' report summary"
  measure "$size" "report overview" "'$pl' --dir '$dir' report overview --as-of 2026-01-01"
  measure "$size" "check" "'$pl' --dir '$dir' check"
  measure "$size" "consult list --format json" "'$pl' --dir '$dir' consult list --format json"
  consult_log "$size" "consult log (this folder)" "$dir" "$peer" "$recipient" "$date"
  consult_log "$size" "consult log (empty folder)" "$empty" "$empty_peer" "$empty_recipient" "$date"
  feedback_record "$size" "feedback record (this folder)" "$dir" "$held" "$date"
  feedback_record "$size" "feedback record (empty folder)" "$empty" "$empty_held" "2020-02-03"
  measure "$size" "peerlog --help" "'$pl' --help"
  measure "$size" "peerlog --version" "'$pl' --version"
  if [ -n "$python" ]; then
    RUNS=$slow_runs measure "$size" "python3 bench/appendix1.py" "$python '$repo/bench/appendix1.py' '$dir' $group"
  fi
  if [ -n "$hledger" ]; then
    RUNS=$slow_runs measure "$size" "hledger register -O csv" "$hledger -f '$journal' register -O csv"
  fi
done

{
  echo "Machine: $(nproc) cores, $(uptime | sed 's/.*load average/load average/') when the run ended;"
  echo "$("$pl" --version); runs per command: $runs (median), warm-up runs: $warmup;" \
    "$([ "$use_hyperfine" = 1 ] && hyperfine --version || echo 'timing loop (no hyperfine)')."
  echo
  echo "| consultations | command | median | × floor | peak memory |"
  echo "| ---: | --- | ---: | ---: | ---: |"
  awk -F'\t' '
    $2 == "floor" { floor[$1] = $3 }
    { rows[NR] = $0 }
    END {
      for (i = 1; i <= NR; i++) {
        split(rows[i], f, "\t")
        ratio = (f[1] in floor && floor[f[1]] > 0) ? sprintf("%.2f", f[3] / floor[f[1]]) : "-"
        med = (f[3] < 1) ? sprintf("%.1f ms", f[3] * 1000) : sprintf("%.2f s", f[3])
        mem = (f[4] == "-") ? "-" : sprintf("%.1f MB", f[4] / 1024)
        printf "| %s | `%s` | %s | %s | %s |\n", f[1], f[2], med, ratio, mem
      }
    }' "$work/results.tsv"
  echo
  awk -F'\t' '
    $2 == "consult log (this folder)" { here[$1] = $3 }
    $2 == "consult log (empty folder)" { empty[$1] = $3 }
    $2 == "feedback record (this folder)" { fhere[$1] = $3 }
    $2 == "feedback record (empty folder)" { fempty[$1] = $3 }
    END {
      for (n in here) if (empty[n] > 0) printf "- `consult log` into the %s folder: %.2f x the same into an empty folder\n", n, here[n] / empty[n]
      for (n in fhere) if (fempty[n] > 0) printf "- `feedback record` into the %s folder: %.2f x the same into an empty folder\n", n, fhere[n] / fempty[n]
    }
  ' "$work/results.tsv" | sort -t' ' -k2,2 -k6,6n
  for s in "${skipped[@]}"; do echo "- skipped: $s"; done
} >"$results"
cat "$results"
if [ "$smoke" = 1 ]; then
  rm -rf "$work"
fi
