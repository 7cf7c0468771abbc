#!/usr/bin/env bash
# Benchmark: how long `parley validate` takes on a generated model of N rounds (default 10,000),
# each with a table of 9 seats, two events and an outcome. Prints wall time and peak memory.
set -euo pipefail
rounds=${1:-10000}
parley=${PARLEY:-.build/release/parley}
model=$(mktemp --suffix=.yaml)
trap 'rm -f "$model"' EXIT
python3 - "$rounds" > "$model" <<'PY'
import sys
n = int(sys.argv[1])
print("parley: 1\nid: load-bench\ntimezone: Europe/Moscow\nparties:\n  - {id: ru, name: Russia}\n  - {id: ua, name: Ukraine}\n  - {id: tr, name: Turkey, role: mediator}\npeople:")
print("  - {id: medinsky, name: Vladimir Medinsky, party: ru}\n  - {id: umerov, name: Rustem Umerov, party: ua}\nrounds:")
for i in range(n):
    day = 1 + i % 28
    print(f"  - id: round-{i}\n    date: 2025-06-{day:02d}\n    start: \"14:43\"\n    end: \"15:57\"")
    print("    events:\n      - {at: \"14:50\", label: Memoranda exchanged, parties: [ru, ua]}\n      - {label: Untimed note}")
    print("    outcomes:\n      - {text: Exchange agreed, parties: [ru, ua]}")
    print("    table: {shape: u, head: [tr], left: [medinsky, ru, ru, ru], right: [umerov, ua, ua, ua], flags: [ru, tr, ua]}")
PY
echo "model: $rounds rounds, $(wc -c < "$model") bytes"
for run in 1 2 3; do
  /usr/bin/time -f "run $run: %e s wall, %M KiB peak" "$parley" validate "$model"
done
