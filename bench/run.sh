#!/usr/bin/env bash
# Smallwins vs Hugo: full builds of generated journals, then Smallwins' rebuild times. Each size
# is built by Smallwins as it comes (every page), by Smallwins with only the pages Hugo's site makes
# (hugo-pages) and by Hugo, in turn. See bench/README.md. Not a test: CI does not run it.
#
#   bench/run.sh                      # everything (about 20 minutes on 2 cores, a few of them
#                                     # deleting the moved-aside outputs at the end)
#   SIZES="1000" BIG_SIZES= bench/run.sh   # a quick run
#
# Environment:
#   SMALLWINS_JAR  the jar to benchmark (default $BENCH_DIR/smallwins.jar; copy target/smallwins.jar
#                  there first, since target/ is rebuilt under you)
#   JAVA_OPTS      if not empty: replaces bin/smallwins' JVM settings for the command line, and
#                  those of serve (-XX:+UseSerialGC) for the in-process rebuild benchmark
#   BENCH_DIR      where journals and sites go (default /tmp/bench); never inside the repository
#   SIZES          journal sizes built by both tools (default "1000 10000")
#   BIG_SIZES      sizes built by Smallwins alone, BIG_RUNS times, no warm-up (default "100000")
#   WARMUP, RUNS   uncounted and counted runs per tool and size (default 1 and 5)
#   BIG_RUNS       counted runs for BIG_SIZES (default 1)
#   HUGO_BIG=1     also build BIG_SIZES with Hugo
#   REBUILD_SIZES  sizes for the rebuild benchmark (default "1000 10000")
#   QUIET_AFTER_DELETE  seconds a run waits after the last run's outputs were deleted (default 420)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BENCH_DIR="${BENCH_DIR:-/tmp/bench}"
JAR="${SMALLWINS_JAR:-$BENCH_DIR/smallwins.jar}"
JAVA_OPTS="${JAVA_OPTS:-}"
SIZES="${SIZES-1000 10000}"
BIG_SIZES="${BIG_SIZES-100000}"
WARMUP="${WARMUP:-1}"
RUNS="${RUNS:-5}"
BIG_RUNS="${BIG_RUNS:-1}"
HUGO_BIG="${HUGO_BIG:-0}"
REBUILD_SIZES="${REBUILD_SIZES-1000 10000}"
QUIET_AFTER_DELETE="${QUIET_AFTER_DELETE:-420}"
TODAY=2026-11-24

case "$BENCH_DIR" in
  "$(cd "$HERE/.." && pwd)"*) echo "BENCH_DIR must be outside the repository" >&2; exit 2 ;;
esac
mkdir -p "$BENCH_DIR"

# --- tools -------------------------------------------------------------------------------------
apt_updated=0
need_package() { # command package
  if ! command -v "$1" >/dev/null 2>&1; then
    if [ "$apt_updated" = 0 ]; then apt-get update -q; apt_updated=1; fi
    apt-get install -y -q "$2"
  fi
}
need_package hugo hugo
[ -x /usr/bin/time ] || { [ "$apt_updated" = 1 ] || apt-get update -q; apt_updated=1; apt-get install -y -q time; }
if [ ! -f "$JAR" ]; then
  echo "No jar at $JAR. Build it and copy it there:" >&2
  echo "  (cd $(cd "$HERE/.." && pwd) && mvn -q -B package -DskipTests) && cp target/smallwins.jar $JAR" >&2
  exit 2
fi
JAR="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"

# --- journals ----------------------------------------------------------------------------------
generator_hash="$(sha256sum "$HERE/GenerateJournal.java" | cut -c1-16)"
journal() { # N -> prints the journal folder, generating it if needed
  local n="$1" dir="$BENCH_DIR/j$1"
  if [ "$(cat "$dir/.generated" 2>/dev/null)" != "$n $generator_hash" ]; then
    java "$HERE/GenerateJournal.java" "$n" "$dir" >&2
    echo "$n $generator_hash" > "$dir/.generated"
  fi
  echo "$dir"
}

# The same journal with the pages Hugo's site does not make left out (see "The Hugo site" in
# bench/README.md): its entries hard-linked, not copied, and made again with the journal.
pages_journal() { # N -> prints the folder
  local n="$1" dir="$BENCH_DIR/j$1" same="$BENCH_DIR/j$1-hugo-pages"
  if ! cmp -s "$dir/.generated" "$same/.generated"; then
    rm -rf "$same"
    mkdir -p "$same"
    cp -al "$dir/content" "$same/content"
    cp "$dir/.generated" "$same/.generated"
  fi
  # Written at every run, so a journal made by an earlier version of this script gets today's line.
  { cat "$dir/journal.yml"; echo "disable: [search, progress, tag-years]"; } > "$same/journal.yml"
  echo "$same"
}

# The Hugo site is copied out of the repository: Hugo writes a lock file and resources/ next to it.
HUGO_SITE="$BENCH_DIR/hugo-site"
rm -rf "$HUGO_SITE"
cp -r "$HERE/hugo" "$HUGO_SITE"

# --- measuring -------------------------------------------------------------------------------
# Smallwins runs as a user runs it: through bin/smallwins, with its JVM settings, unless JAVA_OPTS
# is set and not empty (then exactly those).
LAUNCHER="$HERE/../bin/smallwins"
export SMALLWINS_JAR="$JAR"
if [ -n "$JAVA_OPTS" ]; then export SMALLWINS_JAVA_OPTS="$JAVA_OPTS"; fi

# Clean output folders come from moving the last run's output aside, not deleting it, until the
# end. On ext4 without a journal (as here), the file system will not reuse an inode freed in the
# last minute, or the last six while its inode table block is not written back: each new file or
# folder then costs a scan past every such inode. Deleting 23,000 files and folders before each
# 10,000-entry build made the next builds pay for it, more with every run: kernel time 2.3, 4.9,
# 6.3 s for Smallwins and 3.9, 5.9, 7.6 s for Hugo over three rounds, against about 2.3 and 4 s
# with the old output moved aside. The delete at the end costs the next run too: 10,000-entry
# builds after it took 3.3-4.0 s of kernel time instead of 0.5-0.8 s on one machine, 2.2-2.5 s
# instead of 1.5 s on another, for up to six minutes (bench/HISTORY.md, 2026-12-01, eighteenth and
# nineteenth). A user's first build follows no such mass delete, so a run starts only when the last
# delete is QUIET_AFTER_DELETE seconds old.
TRASH="$BENCH_DIR/trash"
DELETED_AT="$BENCH_DIR/.trash-deleted-at"
empty_trash() {
  if [ -d "$TRASH" ]; then rm -rf "$TRASH"; sync; date +%s > "$DELETED_AT"; fi
}
if [ -d "$TRASH" ]; then
  echo "Deleting $TRASH, left by an earlier run" >&2
  empty_trash
fi
if [ -f "$DELETED_AT" ]; then
  wait_s=$(( $(cat "$DELETED_AT") + QUIET_AFTER_DELETE - $(date +%s) ))
  if [ "$wait_s" -gt 0 ]; then
    echo "Waiting ${wait_s} s: the last run's outputs were deleted less than ${QUIET_AFTER_DELETE} s ago" >&2
    sleep "$wait_s"
  fi
fi
mkdir -p "$TRASH"
trap empty_trash EXIT
set_aside() { # FOLDER: moves it into the trash if it exists
  if [ -e "$1" ]; then mv "$1" "$(mktemp -d "$TRASH/run.XXXXXX")/"; fi
}

# measure TOOL N JOURNAL OUT: one clean build; prints "seconds peakKB cpuSeconds" (CPU: user + system)
measure() {
  local tool="$1" n="$2" dir="$3" out="$4" stats="$BENCH_DIR/.time" log="$BENCH_DIR/.log"
  # A clean build: no output folder and no build cache beside it (see cached rebuilds below).
  set_aside "$out"
  set_aside "$(dirname "$out")/.$(basename "$out").smallwins-cache"
  sync
  if [ "$tool" = hugo-pages ]; then
    dir="$(pages_journal "$n")"
  fi
  if [ "$tool" != hugo ]; then
    /usr/bin/time -f "%e %M %U %S" -o "$stats" "$LAUNCHER" build "$dir" --output "$out" \
      --today "$TODAY" -q >"$log" 2>&1 || { cat "$log" >&2; echo "smallwins failed" >&2; exit 1; }
  else
    sed "s#@JOURNAL@#$dir#g" "$HUGO_SITE/mounts.toml.in" > "$HUGO_SITE/mounts-$n.toml"
    (cd "$HUGO_SITE" && /usr/bin/time -f "%e %M %U %S" -o "$stats" hugo --config "hugo.toml,mounts-$n.toml" \
      --destination "$out" --quiet >"$log" 2>&1) || { cat "$log" >&2; echo "hugo failed" >&2; exit 1; }
  fi
  tail -n 1 "$stats" | awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

RESULTS="$BENCH_DIR/results.txt"
{
  echo "# Smallwins benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "# nproc $(nproc); $(free -h | awk '/^Mem:/ { print "memory " $2 }'); $(java -version 2>&1 | head -n 1); $(hugo version | cut -d' ' -f1-2)"
  # Machines of the same name differ: the same build has taken twice the CPU time on one as on another.
  # Family and model tell processor generations apart (AMD family 25 is Zen 3 and 4, 26 is Zen 5);
  # some virtual machines report no cache sizes to lscpu, only cpuinfo's per-core figure.
  cpuinfo() { sed -n "s/^$1[[:space:]]*: //p" /proc/cpuinfo | head -n 1; }
  echo "# cpu: $(cpuinfo 'model name') (family $(cpuinfo 'cpu family'), model $(cpuinfo model), $(cpuinfo 'cpu MHz') MHz); flags: $(grep -m1 -o -w -E 'avx512f|avx2' /proc/cpuinfo | sort -u | tr '\n' ' '); L2 $(lscpu 2>/dev/null | sed -n 's/^L2 cache:[[:space:]]*//p'), L3 $(lscpu 2>/dev/null | sed -n 's/^L3 cache:[[:space:]]*//p'), cpuinfo cache size $(cpuinfo 'cache size'); kernel $(uname -r)"
  echo "# jar $JAR ($(sha256sum "$JAR" | cut -c1-12)); JAVA_OPTS='$JAVA_OPTS'; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$RESULTS"

declare -A TIMES RSS CPU PAGES FILES
bench_size() { # N tools runs warmup
  local n="$1" tools="$2" runs="$3" warmup="$4" dir
  dir="$(journal "$n")"
  local i tool
  for ((i = 0; i < warmup + runs; i++)); do
    for tool in $tools; do  # alternating: A B A B ...
      local out="$BENCH_DIR/out-$tool-$n"
      local result secs kb cpu
      result="$(measure "$tool" "$n" "$dir" "$out")"
      read -r secs kb cpu <<<"$result"
      if ((i >= warmup)); then
        TIMES[$tool,$n]+="$secs "
        RSS[$tool,$n]+="$kb "
        CPU[$tool,$n]+="$cpu "
        echo "  N=$n $tool run $((i - warmup + 1)): ${secs}s, ${kb} KB, ${cpu}s CPU" >&2
      else
        echo "  N=$n $tool warm-up: ${secs}s" >&2
      fi
      PAGES[$tool,$n]="$(find "$out" -name '*.html' | wc -l)"
      FILES[$tool,$n]="$(find "$out" -type f | wc -l)"
    done
  done
}

for n in $SIZES; do bench_size "$n" "smallwins hugo-pages hugo" "$RUNS" "$WARMUP"; done
for n in $BIG_SIZES; do
  if [ "$HUGO_BIG" = 1 ]; then bench_size "$n" "smallwins hugo" "$BIG_RUNS" 0
  else bench_size "$n" "smallwins" "$BIG_RUNS" 0; fi
done

{
  echo
  printf "%-8s %-10s %5s %10s %9s %8s %10s %8s %7s  %s\n" N tool runs "median s" "ms/entry" "CPU s" "peak RSS" "pages" files "Smallwins/Hugo (rounds)"
  for n in $SIZES $BIG_SIZES; do
    for tool in smallwins hugo-pages hugo; do
      [ -n "${TIMES[$tool,$n]:-}" ] || continue
      runs=$(echo ${TIMES[$tool,$n]} | wc -w)
      med=$(echo ${TIMES[$tool,$n]} | tr ' ' '\n' | median)
      cpu=$(echo ${CPU[$tool,$n]} | tr ' ' '\n' | median)
      rss=$(echo ${RSS[$tool,$n]} | tr ' ' '\n' | sort -g | tail -n 1)
      ratio=""
      if [ "$tool" != hugo ] && [ -n "${TIMES[hugo,$n]:-}" ]; then
        hmed=$(echo ${TIMES[hugo,$n]} | tr ' ' '\n' | median)
        ratio=$(awk -v a="$med" -v b="$hmed" 'BEGIN { printf "%.2fx", a / b }')
        # Each round's ratio: the machine's speed drifts from minute to minute, and a round's
        # builds ran side by side, so the spread says how far the median ratio can be trusted.
        ratio="$ratio ($(paste -d' ' <(echo ${TIMES[$tool,$n]} | tr ' ' '\n') <(echo ${TIMES[hugo,$n]} | tr ' ' '\n') \
          | awk '{ r = $1 / $2; if (NR == 1 || r < lo) lo = r; if (NR == 1 || r > hi) hi = r }
                 END { printf "%.2f-%.2f", lo, hi }'))"
      fi
      printf "%-8s %-10s %5s %10.2f %9.2f %8.2f %7.0f MB %8s %7s  %s\n" "$n" "$tool" "$runs" "$med" \
        "$(awk -v s="$med" -v n="$n" 'BEGIN { print s * 1000 / n }')" "$cpu" "$(awk -v k="$rss" 'BEGIN { print k / 1024 }')" \
        "${PAGES[$tool,$n]}" "${FILES[$tool,$n]}" "$ratio"
    done
  done
  echo "(median wall time of the counted runs, clean output folder each time; CPU s is the median of user plus"
  echo " system time, all cores together; peak RSS is the largest of the runs;"
  echo " pages = .html files; files = every file written, Smallwins' robots.txt, assets and manifest included;"
  echo " hugo-pages = Smallwins with 'disable: [search, progress]', the pages Hugo's site makes;"
  echo " Smallwins/Hugo is the ratio of the medians, in brackets the lowest and highest of the rounds' ratios)"
} | tee -a "$RESULTS"

# --- rebuilds --------------------------------------------------------------------------------
for n in $REBUILD_SIZES; do
  dir="$(journal "$n")"
  {
    echo
    echo "## Rebuilds, N=$n"
    echo "In process (one Smallwins instance, render() only, as the preview server does; JVM settings ${JAVA_OPTS:--XX:+UseSerialGC}):"
    # With bin/smallwins' settings for serve (serial GC, both JIT compilers) unless JAVA_OPTS is set.
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:--XX:+UseSerialGC} -cp "$JAR" "$HERE/RebuildBenchmark.java" "$dir" 20 | sed 's/^/  /'
    echo "Command line (bin/smallwins) into the same folder: first, again 3 times with nothing changed, then one entry edited:"
    out="$BENCH_DIR/out-rebuild-$n"
    set_aside "$out"; set_aside "$BENCH_DIR/.out-rebuild-$n.smallwins-cache"
    "$LAUNCHER" build "$dir" --output "$out" --today "$TODAY" | sed 's/^/  first:  /'
    for run in 1 2 3 edit; do
      if [ "$run" = edit ]; then
        entry="$(find "$dir/content/wins" -name '*.md' | sort | sed -n 1p)"  # not head: with pipefail, sort's SIGPIPE would stop the script
        cp -p "$entry" "$BENCH_DIR/.entry"
        printf '\nOne more small thing.\n' >> "$entry"
      fi
      /usr/bin/time -f "%e s wall, %M KB peak RSS" -o "$BENCH_DIR/.time" \
        "$LAUNCHER" build "$dir" --output "$out" --today "$TODAY" -v | tr -s ' \n' ' ' | sed "s/^/  $run: /"
      echo " [$(cat "$BENCH_DIR/.time")]"
    done
    cp -p "$BENCH_DIR/.entry" "$entry"
  } | tee -a "$RESULTS"
done
echo
echo "Results saved in $RESULTS"
