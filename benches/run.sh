#!/usr/bin/env bash
# Runs the national-scale benchmarks and prints the figures recorded in
# docs/BENCHMARKS.md. Not part of CI: it takes minutes and wants a quiet machine.
#
#   bash benches/run.sh            # 1,000 / 10,000 / 100,000 elements
#
# Needs: cargo, /usr/bin/time (GNU time, for peak memory) and, for the peer
# comparison, node + npm (ajv-cli is installed into target/, never committed).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "## check vs raw parser events (both on every core), best of several runs"
cargo bench --bench check -- 1000 10000 100000

cargo build --release --quiet
bin=target/release/kientruc
echo
echo "## peak memory and wall time of the whole CLI (short output)"
for n in 1000 10000 100000; do
  dir=target/bench-models/$n
  for _ in 1 2 3; do
    /usr/bin/time -o target/cli.time -f "$n elements: %e s wall, %M KB peak RSS" "$bin" check "$dir" --format short >/dev/null || true
    tail -n 1 target/cli.time
  done | sort -t: -k2 -n | head -n 1
done

echo
echo "## whole processes, clean and findings-heavy, beside the raw event stream (best of 3, /usr/bin/time -v)"
cargo build --release --quiet --example bench_tools
tools=target/release/examples/bench_tools
"$tools" generate 100000 target/bench-models/100000 >/dev/null
"$tools" generate 100000 target/bench-models/flawed-100000 --flawed >/dev/null
best() { # label, then the command: prints the best wall time with its user time and peak RSS
  local label=$1; shift
  for _ in 1 2 3; do
    /usr/bin/time -v -o target/run.time "$@" >/dev/null 2>&1 || true
    awk -v label="$label" '/Elapsed \(wall clock\)/ { n = split($NF, t, ":"); wall = t[n] + (n > 1 ? t[n-1] * 60 : 0) }
      /User time/ { user = $NF } /Maximum resident/ { rss = $NF }
      END { printf "%s\t%.2f s wall\t%.2f s user\t%d MB\n", label, wall, user, rss / 1024 }' target/run.time
  done | sort -t$'\t' -k2 -n | head -n 1
}
for model in 100000 flawed-100000; do
  dir=target/bench-models/$model
  best "raw events $model" "$tools" raw-events "$dir"
  best "check $model" "$bin" check "$dir" --format short
  best "check $model, one rule" "$bin" check "$dir" --format short --select FW1-INF-005
  { "$bin" check "$dir" --format short || true; } | tail -n 1
done

echo
echo "## peer: ajv-cli validating the same files against the generated schema (schema only, one thread)"
if command -v npm >/dev/null 2>&1; then
  ajv_dir=target/ajv
  if [ ! -x "$ajv_dir/node_modules/.bin/ajv" ]; then
    mkdir -p "$ajv_dir"
    npm install --silent --no-audit --no-fund --prefix "$ajv_dir" ajv-cli@5 ajv-formats@3 >/dev/null
  fi
  dir=target/bench-models/100000
  # Every section file, not the manifest (it has its own schema).
  mapfile -t files < <(find "$dir" -name '*.yaml' ! -name kientruc.yaml | sort)
  args=()
  for f in "${files[@]}"; do args+=(-d "$f"); done
  /usr/bin/time -o target/ajv.time -f "ajv-cli: %e s wall, %M KB peak RSS" \
    "$ajv_dir/node_modules/.bin/ajv" validate --spec=draft7 --strict=false -c ajv-formats \
    -s schemas/model.schema.json "${args[@]}" >/dev/null 2>&1 || true
  cat target/ajv.time
  /usr/bin/time -o target/cli.time -f "kientruc check (everything): %e s wall, %M KB peak RSS" "$bin" check "$dir" --format short >/dev/null || true
  tail -n 1 target/cli.time
else
  echo "npm not found: skipped"
fi
