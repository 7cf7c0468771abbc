#!/bin/sh
# `parley export` in N shards side by side with GNU parallel, then their manifests merged into
# the one manifest.json a single export makes (docs/deploy.md, docs/export.md):
#   deploy/export-parallel.sh ARCHIVE OUT [SHARDS [EXPORT OPTIONS…]]
#   deploy/export-parallel.sh Samples Output 3 --formats svg,png
# SHARDS defaults to the number of cores; each shard runs one worker (--jobs 1), since the
# shards are the processes. Every shard runs even when one fails (an invalid model is reported
# and skipped, exit status 1, as in a single export); the manifests are merged all the same, and
# the exit status is 1 when a shard failed. `parley` is taken from PATH, or from $PARLEY.
set -eu
if [ $# -lt 2 ]; then
  echo "usage: $0 ARCHIVE OUT [SHARDS [EXPORT OPTIONS...]]" >&2
  exit 2
fi
archive=$1
out=$2
shards=${3:-$(nproc)}
[ $# -ge 3 ] && shift 3 || shift $#
parley=${PARLEY:-parley}
case $shards in
  '' | *[!0-9]* | 0) echo "$0: SHARDS must be a positive whole number, not '$shards'" >&2; exit 2 ;;
esac

# -q: the command's words reach parley as they are (no shell in between), so paths may hold
# spaces; {} is the shard's number.
status=0
seq 1 "$shards" | parallel -q -j "$shards" "$parley" export "$archive" --out "$out" --jobs 1 --shard "{}/$shards" "$@" || status=1
# A shard that crashed wrote no manifest: merging the others would make a manifest.json that
# silently lacks its files.
missing=""
for shard in $(seq 1 "$shards"); do
  [ -f "$out/manifest.shard-$shard-of-$shards.json" ] || missing="$missing $shard"
done
if [ -n "$missing" ]; then
  echo "$0: shard(s)$missing of $shards wrote no manifest ($out/manifest.shard-K-of-$shards.json); run them again, then merge" >&2
  exit 1
fi
"$parley" merge-manifests "$out"/manifest.shard-*-of-"$shards".json -o "$out"/manifest.json
exit $status
