#!/usr/bin/env bash
# Runs one strata command for every service under demo-services/ (or $STRATA_SERVICES_DIR), each
# against its own database, then prints a summary table. Tries every service; exits 1 if any failed.
#
#   scripts/run-migrations.sh upgrade heads
#   scripts/run-migrations.sh current
#   scripts/run-migrations.sh downgrade -1
#
# Each service's database comes from its own configuration (DATABASE_URL is not passed through as is,
# since it would point every service at one database). With DATABASE_URL set, it is taken as the
# server: each service gets that URL with its own database name (the one its application.yml names).
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
services_dir="${STRATA_SERVICES_DIR:-$root/demo-services}"
strata="${STRATA_BIN:-$root/bin/strata}"

if [ $# -eq 0 ]; then
  echo "usage: scripts/run-migrations.sh <strata command> [args...]   (e.g. upgrade heads, current, downgrade -1)" >&2
  exit 2
fi

# The database name a service's configuration points at (last path segment of its datasource URL).
database_of() {
  local dir="$1" file url
  for file in "$dir"/src/main/resources/application.yml "$dir"/src/main/resources/application.yaml \
              "$dir"/src/main/resources/application.properties; do
    [ -f "$file" ] || continue
    url=$(grep -Eo '(jdbc:|r2dbc:)?postgres(ql)?://[^ "'"'"'}]+' "$file" | head -n 1)
    if [ -n "$url" ]; then
      url="${url%%\?*}"
      echo "${url##*/}"
      return
    fi
  done
}

# DATABASE_URL with its database replaced by $2.
with_database() {
  local base="${1%%\?*}" query="" db="$2"
  case "$1" in *\?*) query="?${1#*\?}" ;; esac
  local scheme="${base%%://*}" rest="${base#*://}"
  local authority="${rest%%/*}"
  echo "${scheme}://${authority}/${db}${query}"
}

declare -a names results currents
failed=0
shopt -s nullglob
for dir in "$services_dir"/*/; do
  dir="${dir%/}"
  # A service has revisions or a Spring configuration; shared modules (demo-support) have neither.
  resources="$dir/src/main/resources"
  [ -d "$resources/db/revisions" ] || [ -f "$resources/application.yml" ] || [ -f "$resources/application.yaml" ] \
    || [ -f "$resources/application.properties" ] || continue
  name="$(basename "$dir")"
  env_url=()
  if [ -n "${DATABASE_URL:-}" ]; then
    db="$(database_of "$dir")"
    if [ -n "$db" ]; then
      env_url=(env "DATABASE_URL=$(with_database "$DATABASE_URL" "$db")")
    fi
  fi
  echo "=== $name: strata $*"
  if "${env_url[@]}" "$strata" --dir "$dir" "$@"; then
    result="ok"
  else
    result="FAILED"
    failed=1
  fi
  current="$("${env_url[@]}" "$strata" --dir "$dir" current 2>/dev/null | tr '\n' ' ' | sed 's/ *$//')"
  names+=("$name"); results+=("$result"); currents+=("${current:--}")
done

if [ ${#names[@]} -eq 0 ]; then
  echo "No services found under $services_dir" >&2
  exit 1
fi

echo
printf '%-28s %-8s %s\n' "SERVICE" "RESULT" "CURRENT"
for i in "${!names[@]}"; do
  printf '%-28s %-8s %s\n' "${names[$i]}" "${results[$i]}" "${currents[$i]}"
done
exit $failed
