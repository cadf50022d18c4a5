#!/usr/bin/env bash
# Bills the previous month (Europe/Luxembourg) from cron, appends everything to a log, and returns the job's exit
# code (0 ok, 1 failed - re-run to resume, 2 bad configuration, 3 ok with rejects, 4 refused).
#   crontab:  30 2 1 * *  /opt/support-billing/scripts/cron-monthly.sh
# Extra arguments are passed to the job (e.g. --input=/srv/billing/in --output=/srv/billing/out).
# It runs in the caller's directory (cron: the crontab owner's home), so relative paths and a config/application.yml
# there are the caller's; the log defaults to the installation's logs/ folder.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
log=${BILLING_LOG:-$root/logs/billing.log}
mkdir -p "$(dirname "$log")"
{
  echo "=== $(date '+%Y-%m-%d %H:%M:%S %Z') monthly billing starts: $*"
  "$root/scripts/bill" "$@"
  code=$?
  echo "=== $(date '+%Y-%m-%d %H:%M:%S %Z') monthly billing ends with exit code $code"
  exit $code
} >>"$log" 2>&1
