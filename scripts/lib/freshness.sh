# Sourced by the scripts that build or generate something: the one rule for "is this output up to date".
#
#   refresh OUTPUT SOURCE... -- COMMAND...
# runs COMMAND when OUTPUT is missing or older than a file under one of the SOURCEs, then dates OUTPUT from the
# moment COMMAND started: a source saved while it ran is newer, so the next call runs it again. COMMAND must create
# OUTPUT; when it fails, OUTPUT keeps its old date (or stays missing) and the failure is returned.
refresh() {
  local output=$1 sources=()
  shift
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do sources+=("$1"); shift; done
  shift
  if [ -e "$output" ] && [ -z "$(find "${sources[@]}" -newer "$output" -print -quit)" ]; then
    return 0
  fi
  local started
  started=$(mktemp "${TMPDIR:-/tmp}/support-billing-started.XXXXXX")
  "$@" || { local code=$?; rm -f "$started"; return $code; }
  touch -r "$started" "$output"
  rm -f "$started"
}
