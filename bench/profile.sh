#!/usr/bin/env bash
# Where Smallwins' time goes, and what JVM flags and class-data sharing do. See bench/README.md.
#
#   bench/profile.sh            # JFR profile of one 10,000-entry build, then flags and CDS
#
# Environment: SMALLWINS_JAR, BENCH_DIR (as in run.sh), PROFILE_N (default 10000),
# FLAG_SIZES (default "1000 10000"), FLAG_RUNS (default 3 counted runs per flag set and size, after
# one warm-up of the default flags), CDS_RUNS (default 5).
# Run bench/run.sh first (it generates the journals), or this generates them itself.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BENCH_DIR="${BENCH_DIR:-/tmp/bench}"
JAR="${SMALLWINS_JAR:-$BENCH_DIR/smallwins.jar}"
PROFILE_N="${PROFILE_N:-10000}"
FLAG_SIZES="${FLAG_SIZES-1000 10000}"
FLAG_RUNS="${FLAG_RUNS:-3}"
CDS_RUNS="${CDS_RUNS:-5}"
TODAY=2026-11-24
[ -f "$JAR" ] || { echo "No jar at $JAR (see run.sh)" >&2; exit 2; }
[ -x /usr/bin/time ] || { apt-get update -q && apt-get install -y -q time; }

generator_hash="$(sha256sum "$HERE/GenerateJournal.java" | cut -c1-16)"
journal() {
  local n="$1" dir="$BENCH_DIR/j$1"
  if [ "$(cat "$dir/.generated" 2>/dev/null)" != "$n $generator_hash" ]; then
    java "$HERE/GenerateJournal.java" "$n" "$dir" >&2
    echo "$n $generator_hash" > "$dir/.generated"
  fi
  echo "$dir"
}

# build N "JAVA FLAGS" -> "seconds peakKB"
build() {
  local dir out="$BENCH_DIR/out-profile"
  dir="$(journal "$1")"
  # Clean builds: the build cache beside the output would let later runs skip the work.
  rm -rf "$out" "$BENCH_DIR/.out-profile.smallwins-cache"
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %M" -o "$BENCH_DIR/.time" java $2 -jar "$JAR" build "$dir" --output "$out" --today "$TODAY" -q \
    >"$BENCH_DIR/.log" 2>&1 || { cat "$BENCH_DIR/.log" >&2; exit 1; }
  tail -n 1 "$BENCH_DIR/.time"
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

OUT="$BENCH_DIR/profile.txt"
echo "# Smallwins profile, $(date -u +%Y-%m-%dT%H:%MZ); load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT"

# 1. JFR ------------------------------------------------------------------------------------------
echo "## JFR, one build of N=$PROFILE_N (settings=profile)" | tee -a "$OUT"
rm -f "$BENCH_DIR/sw.jfr"
dir="$(journal "$PROFILE_N")"
rm -rf "$BENCH_DIR/out-profile" "$BENCH_DIR/.out-profile.smallwins-cache"
# The launcher's settings (bin/smallwins), as a user runs it, plus the recording; huge pages where
# the kernel offers them, as the launcher asks. No class archive: the profile shows classes loading.
LAUNCHER_FLAGS="-XX:TieredStopAtLevel=1 -XX:CompileThresholdScaling=0.25 -XX:C1MaxInlineSize=20 -XX:CICompilerCount=1 -XX:+UseParallelGC -XX:MaxTenuringThreshold=0 -XX:MaxNewSize=128m -XX:InitialRAMPercentage=12"
case "$(cat /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null)" in
  *"[always]"*|*"[madvise]"*) LAUNCHER_FLAGS="$LAUNCHER_FLAGS -XX:+UseTransparentHugePages" ;;
esac
java $LAUNCHER_FLAGS -XX:StartFlightRecording=duration=600s,filename="$BENCH_DIR/sw.jfr",settings=profile \
  -jar "$JAR" build "$dir" --output "$BENCH_DIR/out-profile" --today "$TODAY" -v 2>/dev/null | tee -a "$OUT"
java "$HERE/HotMethods.java" "$BENCH_DIR/sw.jfr" 25 | tee -a "$OUT"

# 1b. async-profiler (Maven Central's tools.profiler:async-profiler jar carries the native library).
# JFR samples Java frames only; with event=itimer every thread's CPU time counts: the collector,
# the JIT compiler, and system calls (file creation), which JFR does not see.
if [ "$(uname -sm)" = "Linux x86_64" ]; then
  AP="$BENCH_DIR/async-profiler"
  if [ ! -f "$AP/linux-x64/libasyncProfiler.so" ]; then
    mvn -q dependency:copy -Dartifact=tools.profiler:async-profiler:3.0 -DoutputDirectory="$AP" \
      && (cd "$AP" && unzip -q -o async-profiler-3.0.jar 'linux-x64/*')
  fi
  if [ -f "$AP/linux-x64/libasyncProfiler.so" ]; then
    echo "## async-profiler (event=itimer, 5 ms), one build of N=$PROFILE_N" | tee -a "$OUT"
    rm -rf "$BENCH_DIR/out-profile" "$BENCH_DIR/.out-profile.smallwins-cache" "$BENCH_DIR/sw.collapsed"
    java $LAUNCHER_FLAGS \
      -agentpath:"$AP/linux-x64/libasyncProfiler.so=start,event=itimer,interval=5ms,threads,collapsed,file=$BENCH_DIR/sw.collapsed" \
      -jar "$JAR" build "$dir" --output "$BENCH_DIR/out-profile" --today "$TODAY" -q >/dev/null 2>&1
    java "$HERE/HotMethods.java" "$BENCH_DIR/sw.collapsed" 15 5 | tee -a "$OUT"
  fi
fi

# 2. JVM flags ------------------------------------------------------------------------------------
FLAGS=("" "-XX:TieredStopAtLevel=1" "-XX:+UseParallelGC" "-XX:+UseSerialGC" "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
  "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
for n in $FLAG_SIZES; do
  echo "## JVM flags, N=$n ($FLAG_RUNS counted runs each, flag sets alternating)" | tee -a "$OUT"
  build "$n" "" >/dev/null  # warm-up (page cache)
  declare -A T=() M=()
  for ((i = 0; i < FLAG_RUNS; i++)); do
    for f in "${!FLAGS[@]}"; do
      read -r s k <<<"$(build "$n" "${FLAGS[$f]}")"
      T[$f]+="$s "; M[$f]+="$k "
    done
  done
  for f in "${!FLAGS[@]}"; do
    printf "  %-48s median %6.2f s   peak RSS %5.0f MB   (runs: %s)\n" "${FLAGS[$f]:-(default: G1, tiered C1+C2)}" \
      "$(echo ${T[$f]} | tr ' ' '\n' | median)" "$(echo ${M[$f]} | tr ' ' '\n' | sort -g | tail -n 1 | awk '{ print $1 / 1024 }')" \
      "${T[$f]% }" | tee -a "$OUT"
  done
  unset T M
done

# 3. Class-data sharing ---------------------------------------------------------------------------
echo "## Class-data sharing (AppCDS), N=1000 ($CDS_RUNS runs each, alternating)" | tee -a "$OUT"
rm -f "$BENCH_DIR/sw.jsa"
build 1000 "-XX:ArchiveClassesAtExit=$BENCH_DIR/sw.jsa" >/dev/null
ls -l "$BENCH_DIR/sw.jsa" | awk '{ printf "  archive %s: %.0f MB\n", $9, $5 / 1048576 }' | tee -a "$OUT"
declare -A C=()
for ((i = 0; i < CDS_RUNS; i++)); do
  read -r s k <<<"$(build 1000 "")"; C[off]+="$s "
  read -r s k <<<"$(build 1000 "-XX:SharedArchiveFile=$BENCH_DIR/sw.jsa")"; C[on]+="$s "
  read -r s k <<<"$(build 1000 "-XX:SharedArchiveFile=$BENCH_DIR/sw.jsa -XX:TieredStopAtLevel=1")"; C[on1]+="$s "
done
printf "  %-48s median %6.2f s (runs: %s)\n" "default (JDK's own CDS archive only)" "$(echo ${C[off]} | tr ' ' '\n' | median)" "${C[off]% }" | tee -a "$OUT"
printf "  %-48s median %6.2f s (runs: %s)\n" "-XX:SharedArchiveFile=sw.jsa" "$(echo ${C[on]} | tr ' ' '\n' | median)" "${C[on]% }" | tee -a "$OUT"
printf "  %-48s median %6.2f s (runs: %s)\n" "sw.jsa + -XX:TieredStopAtLevel=1" "$(echo ${C[on1]} | tr ' ' '\n' | median)" "${C[on1]% }" | tee -a "$OUT"
echo "Saved in $OUT"
