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
# server: each service gets that URL with its own database name (demo.database.name in its
# application.yml, else the database its datasource URL names), created when missing; a service with
# several datasources gets a row per datasource (demo.database.datasources.<bean>.name, run with
# --datasource <bean>).
set -uo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
services_dir="${STRATA_SERVICES_DIR:-$root/demo-services}"
strata="${STRATA_BIN:-$root/bin/strata}"

if [ $# -eq 0 ]; then
  echo "usage: scripts/run-migrations.sh <strata command> [args...]   (e.g. upgrade heads, current, downgrade -1)" >&2
  exit 2
fi

# The first YAML document of a service's application.yml (the one without a profile) as flat
# "dotted.key=value" lines; enough for the keys this script reads (maps of scalars, two-space nesting).
flat_config() {
  local file
  for file in "$1"/src/main/resources/application.yml "$1"/src/main/resources/application.yaml; do
    [ -f "$file" ] || continue
    awk '
      /^---/ { exit }
      /^[[:space:]]*(#|$)/ { next }
      match($0, /^ *[A-Za-z0-9_.-]+:/) {
        end = RLENGTH
        indent = match($0, /[^ ]/) - 1
        key = substr($0, indent + 1, end - indent - 1)
        value = substr($0, end + 1)
        sub(/[[:space:]]+#.*$/, "", value); gsub(/^[[:space:]]+|[[:space:]]+$/, "", value)
        gsub(/^["'"'"']|["'"'"']$/, "", value)
        while (depth > 0 && indents[depth] >= indent) depth--
        depth++; keys[depth] = key; indents[depth] = indent
        path = keys[1]; for (i = 2; i <= depth; i++) path = path "." keys[i]
        if (value != "") print path "=" value
      }' "$file"
    return
  done
  [ -f "$1"/src/main/resources/application.properties ] && grep -E '^[A-Za-z]' "$1"/src/main/resources/application.properties
}

# The database a service's main datasource uses: demo.database.name (what demo-support creates), else the
# last path segment of the first PostgreSQL URL in its configuration.
database_of() {
  local dir="$1" name file url
  name="$(flat_config "$dir" | sed -n 's/^demo\.database\.name=//p' | head -n 1)"
  if [ -n "$name" ]; then
    echo "$name"
    return
  fi
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

# The service's further datasources as "bean database" lines (demo.database.datasources.<bean>.name).
datasources_of() {
  flat_config "$1" | sed -n 's/^demo\.database\.datasources\.\([^.=]*\)\.name=\(.*\)$/\1 \2/p'
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

# run <row name> <database or empty> <strata options...> -- <command...>
run() {
  local row="$1" db="$2"; shift 2
  local -a options=() env_url=()
  while [ "$1" != "--" ]; do options+=("$1"); shift; done
  shift
  if [ -n "${DATABASE_URL:-}" ] && [ -n "$db" ]; then
    env_url=(env "DATABASE_URL=$(with_database "$DATABASE_URL" "$db")")
    options+=(--create-database)
  fi
  echo "=== $row: strata $*"
  if "${env_url[@]}" "$strata" "${options[@]}" "$@"; then
    result="ok"
  else
    result="FAILED"
    failed=1
  fi
  current="$("${env_url[@]}" "$strata" "${options[@]}" current 2>/dev/null | tr '\n' ' ' | sed 's/ *$//')"
  names+=("$row"); results+=("$result"); currents+=("${current:--}")
}

shopt -s nullglob
for dir in "$services_dir"/*/; do
  dir="${dir%/}"
  # A service has revisions or a Spring configuration; shared modules (demo-support) have neither.
  resources="$dir/src/main/resources"
  [ -d "$resources/db/revisions" ] || [ -f "$resources/application.yml" ] || [ -f "$resources/application.yaml" ] \
    || [ -f "$resources/application.properties" ] || continue
  name="$(basename "$dir")"
  run "$name" "$(database_of "$dir")" --dir "$dir" -- "$@"
  while read -r bean db; do
    [ -n "$bean" ] || continue
    run "$name/$bean" "$db" --dir "$dir" --datasource "$bean" -- "$@"
  done < <(datasources_of "$dir")
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
