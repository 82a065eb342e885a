#!/usr/bin/env bash
# Makes sure a PostgreSQL database for Duban is reachable, then prints the settings the
# backend uses as `export` lines on stdout (one status line goes to stderr).
#
#   eval "$(scripts/ensure-postgres.sh)"             # app database (duban, or DATABASE_URL's)
#   eval "$(scripts/ensure-postgres.sh duban_test)"  # a separate database for the tests
#   scripts/ensure-postgres.sh --env-file .data/db.env duban   # also write the lines to a file
#   scripts/ensure-postgres.sh --stop                # stop the project-local cluster, if any
#   scripts/ensure-postgres.sh --restart-immediate   # crash-restart it (stop -m immediate, start; make chaos)
#
# Where the database comes from (first that applies; DUBAN_PG_MODE=url|system|local forces one):
#  (a) url    DATABASE_URL=postgres://user:pass@host:port/db[?sslmode=...] or
#             QUARKUS_DATASOURCE_JDBC_URL (+ QUARKUS_DATASOURCE_USERNAME/_PASSWORD) are used as
#             given; the database is created when it is missing and the user may create it.
#  (b) system a server answering on 127.0.0.1:5432: logs in as a superuser (postgres, then the
#             current user, or DUBAN_PG_ADMIN_USER; PGPASSWORD is honoured; as root also through
#             the socket as the `postgres` OS user) and creates role duban (password duban) and
#             the database owned by it when missing.
#  (c) local  installed server binaries (initdb/pg_ctl in PATH or /usr/lib/postgresql/*/bin,
#             newest first): a project-local cluster in .data/pg on 127.0.0.1:${DUBAN_PG_PORT:-5433},
#             socket in .data/pg/run, trust for the socket, password (scram) over TCP. Run by
#             root, the cluster belongs to a system user `duban-pg` (created when missing;
#             DUBAN_PG_OS_USER overrides). Started when not running, reused when running.
#  (d) otherwise: explains what to install and exits 1.
#
# The argument names the database (default: the database of DATABASE_URL /
# QUARKUS_DATASOURCE_JDBC_URL, else `duban`); with a URL an explicit argument wins, so tests
# get their own database on the same server. Names: letters, digits, underscore.
# Other settings: DUBAN_DB_USER / DUBAN_DB_PASSWORD (role for (b)/(c), default duban/duban),
# DUBAN_PG_DIR (cluster directory for (c), default .data/pg), DUBAN_PG_BINDIR (use only the
# server binaries in this directory).
set -euo pipefail

# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2; }

DB_ARG=""
ENV_FILE=""
ACTION="ensure"
while [ "$#" -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --env-file) [ "$#" -ge 2 ] || die "--env-file needs a file name"; ENV_FILE="$2"; shift ;;
    --env-file=*) ENV_FILE="${1#*=}" ;;
    --stop) ACTION="stop" ;;
    --restart-immediate) ACTION="restart" ;;
    -*) usage; die "unknown option: $1" ;;
    *) [ -z "$DB_ARG" ] || die "only one database name, got '$DB_ARG' and '$1'"; DB_ARG="$1" ;;
  esac
  shift
done

MODE="${DUBAN_PG_MODE:-auto}"
case "$MODE" in auto|url|system|local) ;; *) die "DUBAN_PG_MODE must be auto, url, system or local (got '$MODE')" ;; esac
APP_USER="${DUBAN_DB_USER:-duban}"
APP_PASSWORD="${DUBAN_DB_PASSWORD:-duban}"
SYSTEM_HOST="127.0.0.1"
SYSTEM_PORT="5432"
LOCAL_PORT="${DUBAN_PG_PORT:-5433}"
PG_ROOT="${DUBAN_PG_DIR:-$DUBAN_DATA/pg}"

valid_ident() { [[ "$1" =~ ^[A-Za-z_][A-Za-z0-9_]{0,62}$ ]]; }
sql_literal() { printf "'%s'" "${1//\'/\'\'}"; }

# ---------------------------------------------------------------- tools
server_bindirs_candidates() {
  if have initdb && have pg_ctl; then
    dirs+=("$(dirname "$(readlink -f "$(command -v initdb)" 2>/dev/null || command -v initdb)")")
  fi
  for d in /usr/lib/postgresql/*/bin /usr/pgsql-*/bin /opt/homebrew/opt/postgresql@*/bin \
           /usr/local/opt/postgresql@*/bin /opt/homebrew/bin /usr/local/pgsql/bin; do
    dirs+=("$d")
  done
}

# Directory of the newest installed PostgreSQL server binaries (initdb + pg_ctl + postgres),
# preferring the major version given as $1 (an existing cluster needs its own version).
server_bindir() {
  local want="${1:-}" d dirs=() best="" best_v="" v
  if [ -n "${DUBAN_PG_BINDIR:-}" ]; then
    dirs=("$DUBAN_PG_BINDIR")
  else
    server_bindirs_candidates
  fi
  for d in "${dirs[@]}"; do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ] || continue
    v="$("$d/pg_ctl" --version 2>/dev/null | awk '{print $3}')" || continue
    [ -n "$v" ] || continue
    if [ -n "$want" ] && [ "${v%%.*}" = "$want" ]; then printf '%s\n' "$d"; return 0; fi
    if [ -z "$best_v" ] || [ "$(printf '%s\n%s\n' "$best_v" "$v" | sort -V | tail -n1)" = "$v" ]; then
      best="$d"; best_v="$v"
    fi
  done
  [ -n "$want" ] && [ -n "$best" ] && { warn "no PostgreSQL $want binaries for the existing cluster"; return 1; }
  [ -n "$best" ] && printf '%s\n' "$best"
}

# A client tool (psql, pg_isready) from PATH or from the server binaries.
client_tool() {
  if have "$1"; then command -v "$1"; return 0; fi
  local d; d="$(server_bindir)" || return 1
  [ -n "$d" ] && [ -x "$d/$1" ] && printf '%s\n' "$d/$1"
}

PSQL=""
need_psql() {
  [ -n "$PSQL" ] && return 0
  PSQL="$(client_tool psql)" || true
  [ -n "$PSQL" ] || die "psql (PostgreSQL client) not found. Debian: apt-get install postgresql-client; macOS: brew install libpq"
}

# Is a PostgreSQL accepting connections on host:port?
pg_ready() {
  local tool; tool="$(client_tool pg_isready)" || tool=""
  if [ -n "$tool" ]; then
    "$tool" -q -h "$1" -p "$2" -t 3 >/dev/null 2>&1
  else
    timeout 3 bash -c "exec 3<>/dev/tcp/$1/$2" >/dev/null 2>&1
  fi
}

port_taken() { timeout 3 bash -c "exec 3<>/dev/tcp/$1/$2" >/dev/null 2>&1; }

# Runs a command as another user (root only), in a directory that user can enter.
run_as() {
  local user="$1"; shift
  if [ -z "$user" ] || [ "$user" = "$(id -un)" ]; then "$@"; return; fi
  if have runuser; then runuser -u "$user" -- "$@"
  elif have sudo; then sudo -n -u "$user" -- "$@"
  else su -s /bin/sh "$user" -c "$(printf '%q ' "$@")"
  fi
}

# ---------------------------------------------------------------- provisioning
# ADMIN: the command prefix (array) of an admin psql connected to the maintenance database.
ADMIN=()
admin_sql() { "${ADMIN[@]}" -X -q -w -At -v ON_ERROR_STOP=1 -c "$1"; }

admin_ok() {
  local r
  r="$(admin_sql "select rolsuper or (rolcreaterole and rolcreatedb) from pg_roles where rolname = current_user" 2>/dev/null)" || return 1
  [ "$r" = "t" ]
}

# Creates role APP_USER (LOGIN, password) and database $1 owned by it, when missing.
provision() {
  local db="$1" u="$APP_USER" exists owner
  exists="$(admin_sql "select 1 from pg_roles where rolname = $(sql_literal "$u")")"
  if [ -z "$exists" ]; then
    admin_sql "create role \"$u\" login password $(sql_literal "$APP_PASSWORD")" >/dev/null
  else
    admin_sql "alter role \"$u\" login password $(sql_literal "$APP_PASSWORD")" >/dev/null \
      || warn "could not set the password of role $u"
  fi
  owner="$(admin_sql "select pg_get_userbyid(datdba) from pg_database where datname = $(sql_literal "$db")")"
  if [ -z "$owner" ]; then
    admin_sql "create database \"$db\" owner \"$u\" encoding 'UTF8' template template0" >/dev/null 2>&1 \
      || admin_sql "create database \"$db\" owner \"$u\" encoding 'UTF8' lc_collate 'C' lc_ctype 'C' template template0" >/dev/null
  elif [ "$owner" != "$u" ]; then
    admin_sql "alter database \"$db\" owner to \"$u\"" >/dev/null
  fi
}

# Can APP_USER log in to database $3 on $1:$2 over TCP with its password?
app_login_ok() {
  PGPASSWORD="$APP_PASSWORD" PGCONNECT_TIMEOUT=5 "$PSQL" -X -q -w -At -h "$1" -p "$2" -U "$APP_USER" -d "$3" \
    -c 'select 1' >/dev/null 2>"${4:-/dev/null}"
}

# ---------------------------------------------------------------- output
OUT_HOST="" OUT_PORT="" OUT_DB="" OUT_USER="" OUT_PASSWORD="" OUT_JDBC=""

# Plain when safe, else single-quoted: the lines work with eval and `source`.
shell_quote() {
  if [[ "$1" =~ ^[A-Za-z0-9_@%+=:,./-]*$ ]]; then printf '%s' "$1"
  else printf "'%s'" "${1//\'/\'\\\'\'}"; fi
}

emit() {
  local lines
  [ -n "$OUT_JDBC" ] || OUT_JDBC="jdbc:postgresql://$OUT_HOST:$OUT_PORT/$OUT_DB"
  lines="$(
    for kv in "DB_HOST=$OUT_HOST" "DB_PORT=$OUT_PORT" "DB_NAME=$OUT_DB" "DB_USER=$OUT_USER" \
              "DB_PASSWORD=$OUT_PASSWORD" "QUARKUS_DATASOURCE_JDBC_URL=$OUT_JDBC" \
              "QUARKUS_DATASOURCE_USERNAME=$OUT_USER" "QUARKUS_DATASOURCE_PASSWORD=$OUT_PASSWORD"; do
      printf 'export %s=%s\n' "${kv%%=*}" "$(shell_quote "${kv#*=}")"
    done
  )"
  printf '%s\n' "$lines"
  if [ -n "$ENV_FILE" ]; then
    mkdir -p "$(dirname "$ENV_FILE")"
    printf '# written by scripts/ensure-postgres.sh\n%s\n' "$lines" >"$ENV_FILE"
  fi
}

# ---------------------------------------------------------------- (a) url
url_decode() {
  case "$1" in *%*) local s="${1//\\/\\\\}"; printf '%b' "${s//%/\\x}" ;; *) printf '%s' "$1" ;; esac
}

try_url() {
  local host port db params user pass rest
  if [ -n "${DATABASE_URL:-}" ]; then
    local re='^postgres(ql)?://(([^:@/]*)(:([^@/]*))?@)?(\[[^]/]+\]|[^:/?]+)(:([0-9]+))?(/([^?]*))?(\?.*)?$'
    [[ "$DATABASE_URL" =~ $re ]] || die "DATABASE_URL is not postgres://user:password@host:port/database"
    user="$(url_decode "${BASH_REMATCH[3]}")"; pass="$(url_decode "${BASH_REMATCH[5]}")"
    host="${BASH_REMATCH[6]}"; port="${BASH_REMATCH[8]:-5432}"; db="$(url_decode "${BASH_REMATCH[10]}")"
    params="${BASH_REMATCH[11]}"
    [ -n "$user" ] || user="${PGUSER:-$(id -un)}"
    [ -n "$pass" ] || pass="${PGPASSWORD:-}"
  elif [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
    local re='^jdbc:postgresql://(\[[^]/]+\]|[^:/?,]+)(:([0-9]+))?/([^?]*)(\?.*)?$'
    user="${QUARKUS_DATASOURCE_USERNAME:-${PGUSER:-$APP_USER}}"
    pass="${QUARKUS_DATASOURCE_PASSWORD:-${PGPASSWORD:-}}"
    if ! [[ "$QUARKUS_DATASOURCE_JDBC_URL" =~ $re ]]; then
      # e.g. several hosts: pass it through untouched, without checks.
      warn "cannot parse QUARKUS_DATASOURCE_JDBC_URL; using it unchecked"
      OUT_JDBC="$QUARKUS_DATASOURCE_JDBC_URL" OUT_USER="$user" OUT_PASSWORD="$pass"
      OUT_HOST="" OUT_PORT="" OUT_DB="${DB_ARG:-}"
      log "PostgreSQL: as given by QUARKUS_DATASOURCE_JDBC_URL (unchecked)"
      emit; exit 0
    fi
    host="${BASH_REMATCH[1]}"; port="${BASH_REMATCH[3]:-5432}"; db="${BASH_REMATCH[4]}"; params="${BASH_REMATCH[5]}"
  else
    return 1
  fi
  local src="QUARKUS_DATASOURCE_JDBC_URL"; [ -z "${DATABASE_URL:-}" ] || src="DATABASE_URL"
  [ -z "$DB_ARG" ] || db="$DB_ARG"
  [ -n "$db" ] || db="duban"
  case "$db" in *[\"\'/]*) die "database name '$db' contains quotes or slashes" ;; esac
  need_psql

  local psql_host="${host#[}"; psql_host="${psql_host%]}"
  local sslmode=""
  [[ "$params" =~ [?\&]sslmode=([^\&]*) ]] && sslmode="${BASH_REMATCH[1]}"
  local conn=(env PGPASSWORD="$pass" PGCONNECT_TIMEOUT=10 ${sslmode:+PGSSLMODE="$sslmode"} "$PSQL"
              -X -q -w -At -v ON_ERROR_STOP=1 -h "$psql_host" -p "$port" -U "$user")
  local err; err="$(mktemp)"
  if ! "${conn[@]}" -d "$db" -c 'select 1' >/dev/null 2>"$err"; then
    if grep -q 'does not exist' "$err" \
       && [ -z "$("${conn[@]}" -d postgres -c "select 1 from pg_database where datname = $(sql_literal "$db")" 2>/dev/null)" ] \
       && "${conn[@]}" -d postgres -c "create database \"$db\"" >/dev/null 2>>"$err"; then
      log "created database $db"
    else
      cat "$err" >&2; rm -f "$err"
      die "cannot connect to database $db at $host:$port as $user (from $src)"
    fi
  fi
  rm -f "$err"
  OUT_HOST="$host" OUT_PORT="$port" OUT_DB="$db" OUT_USER="$user" OUT_PASSWORD="$pass"
  OUT_JDBC="jdbc:postgresql://$host:$port/$db$params"
  log "PostgreSQL: $host:$port database $db as $user (from $src)"
  return 0
}

# ---------------------------------------------------------------- (b) system
try_system() {
  local db="$1" cand cands=() me
  pg_ready "$SYSTEM_HOST" "$SYSTEM_PORT" || { SYSTEM_WHY="no server answers on $SYSTEM_HOST:$SYSTEM_PORT"; return 1; }
  need_psql
  me="$(id -un)"
  [ -n "${DUBAN_PG_ADMIN_USER:-}" ] && cands+=("$DUBAN_PG_ADMIN_USER")
  cands+=(postgres)
  [ "$me" != postgres ] && cands+=("$me")
  local found=""
  for cand in "${cands[@]}"; do
    ADMIN=(env PGCONNECT_TIMEOUT=5 "$PSQL" -h "$SYSTEM_HOST" -p "$SYSTEM_PORT" -U "$cand" -d postgres)
    if admin_ok; then found="$cand over TCP"; break; fi
  done
  if [ -z "$found" ] && getent passwd postgres >/dev/null 2>&1 && can_be_root; then
    # Debian's default: peer authentication for the postgres OS user on the socket.
    if is_root; then ADMIN=(run_as postgres); else ADMIN=(sudo -n -u postgres --); fi
    ADMIN+=(env PGCONNECT_TIMEOUT=5 "$PSQL" -p "$SYSTEM_PORT" -d postgres)
    if (cd / && admin_ok); then found="postgres via the socket"; fi
  fi
  if [ -n "$found" ]; then
    (cd / && provision "$db") || { SYSTEM_WHY="creating role $APP_USER / database $db failed"; return 1; }
  fi
  local err; err="$(mktemp)"
  if ! app_login_ok "$SYSTEM_HOST" "$SYSTEM_PORT" "$db" "$err"; then
    if [ -n "$found" ]; then
      SYSTEM_WHY="role $APP_USER cannot log in to $db on $SYSTEM_HOST:$SYSTEM_PORT with its password (pg_hba.conf?): $(head -n1 "$err")"
    else
      SYSTEM_WHY="a server answers on $SYSTEM_HOST:$SYSTEM_PORT, but no superuser login worked (tried ${cands[*]}; set PGPASSWORD or DUBAN_PG_ADMIN_USER) and $APP_USER cannot log in to $db"
    fi
    rm -f "$err"; return 1
  fi
  rm -f "$err"
  OUT_HOST="$SYSTEM_HOST" OUT_PORT="$SYSTEM_PORT" OUT_DB="$db" OUT_USER="$APP_USER" OUT_PASSWORD="$APP_PASSWORD"
  log "PostgreSQL: server on $SYSTEM_HOST:$SYSTEM_PORT, database $db as $APP_USER"
  return 0
}

# ---------------------------------------------------------------- (c) local cluster
PG_OS_USER=""     # the OS user owning the cluster ("" = the current user)

file_owner() { stat -c %U "$1" 2>/dev/null || stat -f %Su "$1"; }

pick_os_user() {
  PG_OS_USER=""
  is_root || return 0
  if [ -e "$PG_ROOT/data/PG_VERSION" ]; then PG_OS_USER="$(file_owner "$PG_ROOT/data")"; return 0; fi
  if [ -n "${DUBAN_PG_OS_USER:-}" ]; then PG_OS_USER="$DUBAN_PG_OS_USER"
  elif id duban-pg >/dev/null 2>&1; then PG_OS_USER="duban-pg"
  elif { have useradd && useradd --system --user-group --no-create-home --home-dir /nonexistent \
           --shell /usr/sbin/nologin duban-pg >/dev/null 2>&1; } \
       || { have adduser && adduser --system --group --no-create-home --home /nonexistent \
           --shell /usr/sbin/nologin duban-pg >/dev/null 2>&1; }; then PG_OS_USER="duban-pg"
  elif id postgres >/dev/null 2>&1; then PG_OS_USER="postgres"
  else PG_OS_USER="nobody"
  fi
  [ "$PG_OS_USER" != root ] || die "the local cluster cannot belong to root; set DUBAN_PG_OS_USER"
}

# Where the cluster goes when root runs the script but the cluster owner cannot reach PG_ROOT.
alt_pg_root() { printf '/var/tmp/duban-pg-%s' "$(printf '%s' "$PG_ROOT" | cksum | cut -d' ' -f1)"; }

# Runs a command as the cluster owner, from a directory it can enter.
as_pg() { (cd "$PG_ROOT" && run_as "$PG_OS_USER" "$@"); }

local_paths() {
  PGDATA_DIR="$PG_ROOT/data"
  SOCK_DIR="$PG_ROOT/run"
  LOG_FILE="$PG_ROOT/postgres.log"
  # Unix socket paths are limited to ~107 bytes.
  if [ "$(( ${#SOCK_DIR} + 16 ))" -gt 100 ]; then
    SOCK_DIR="/tmp/duban-pg-$(printf '%s' "$PG_ROOT" | cksum | cut -d' ' -f1)"
  fi
}

# Is the cluster running? Sets RUN_PORT / RUN_SOCK from postmaster.pid.
local_running() {
  [ -f "$PGDATA_DIR/postmaster.pid" ] || return 1
  as_pg "$BIN/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1 || return 1
  RUN_PORT="$(sed -n 4p "$PGDATA_DIR/postmaster.pid")"
  RUN_SOCK="$(sed -n 5p "$PGDATA_DIR/postmaster.pid")"
  # Starting up or recovering after a crash: give it a moment.
  local i
  for i in $(seq 1 30); do
    pg_ready 127.0.0.1 "$RUN_PORT" && return 0
    sleep 1
  done
  LOCAL_WHY="the local cluster ($PGDATA_DIR, pid $(sed -n 1p "$PGDATA_DIR/postmaster.pid")) seems to run but does not answer on port $RUN_PORT; see $LOG_FILE"
  return 2
}

try_local() {
  local db="$1" want="" v
  [ -f "$PG_ROOT/data/PG_VERSION" ] && want="$(cat "$PG_ROOT/data/PG_VERSION")"
  BIN="$(server_bindir "$want")" || BIN=""
  if [ -z "$BIN" ]; then LOCAL_WHY="no PostgreSQL server binaries (initdb, pg_ctl) found"; return 1; fi
  PSQL="${PSQL:-$BIN/psql}"; [ -x "$PSQL" ] || need_psql
  v="$("$BIN/pg_ctl" --version | awk '{print $3}')"

  mkdir -p "$PG_ROOT"
  pick_os_user
  if [ -n "$PG_OS_USER" ]; then
    chown "$PG_OS_USER" "$PG_ROOT"
    if ! run_as "$PG_OS_USER" test -w "$PG_ROOT" 2>/dev/null; then
      # e.g. the project lives under /root: the cluster owner cannot reach it.
      local alt; alt="$(alt_pg_root)"
      warn "$PG_OS_USER cannot write $PG_ROOT; the cluster goes to $alt (set DUBAN_PG_DIR to choose)"
      PG_ROOT="$alt"; mkdir -p "$PG_ROOT"; chown "$PG_OS_USER" "$PG_ROOT"
      [ -f "$PG_ROOT/data/PG_VERSION" ] && PG_OS_USER="$(file_owner "$PG_ROOT/data")"
    fi
  fi
  local_paths
  mkdir -p "$SOCK_DIR"; chmod 700 "$SOCK_DIR"
  [ -z "$PG_OS_USER" ] || chown "$PG_OS_USER" "$SOCK_DIR"
  touch "$LOG_FILE"; [ -z "$PG_OS_USER" ] || chown "$PG_OS_USER" "$LOG_FILE"

  RUN_PORT="" RUN_SOCK=""
  local rc=0
  local_running || rc=$?
  [ "$rc" -ne 2 ] || return 1
  if [ "$rc" -ne 0 ]; then
    if [ ! -f "$PGDATA_DIR/PG_VERSION" ]; then
      [ -z "$PG_OS_USER" ] || { mkdir -p "$PGDATA_DIR"; chown "$PG_OS_USER" "$PGDATA_DIR"; }
      if ! as_pg "$BIN/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >>"$LOG_FILE" 2>&1 \
         && ! { rm -rf "${PGDATA_DIR:?}"/* && as_pg "$BIN/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust -E UTF8 --no-locale >>"$LOG_FILE" 2>&1; }; then
        tail -n 20 "$LOG_FILE" >&2; LOCAL_WHY="initdb failed (log: $LOG_FILE)"; return 1
      fi
      # Trust on the (owner-only) socket, passwords over TCP.
      as_pg sh -c 'cat > "$1"' sh "$PGDATA_DIR/pg_hba.conf" <<'EOF'
# written by scripts/ensure-postgres.sh
local   all   all                  trust
host    all   all   127.0.0.1/32   scram-sha-256
host    all   all   ::1/128        scram-sha-256
EOF
      grep -q "include_if_exists = 'duban.conf'" "$PGDATA_DIR/postgresql.conf" \
        || as_pg sh -c 'printf "\ninclude_if_exists = '\''duban.conf'\''\n" >> "$1"' sh "$PGDATA_DIR/postgresql.conf"
    fi
    if port_taken 127.0.0.1 "$LOCAL_PORT"; then
      LOCAL_WHY="port $LOCAL_PORT on 127.0.0.1 is taken by another program; set DUBAN_PG_PORT"; return 1
    fi
    as_pg sh -c 'cat > "$1"' sh "$PGDATA_DIR/duban.conf" <<EOF
# written by scripts/ensure-postgres.sh on every start
listen_addresses = '127.0.0.1'
port = $LOCAL_PORT
unix_socket_directories = '${SOCK_DIR//\'/\'\'}'
unix_socket_permissions = 0700
password_encryption = 'scram-sha-256'
synchronous_commit = off
max_connections = 200
EOF
    if ! as_pg "$BIN/pg_ctl" -D "$PGDATA_DIR" -l "$LOG_FILE" -w -t 60 -s start >/dev/null 2>&1; then
      tail -n 20 "$LOG_FILE" >&2; LOCAL_WHY="the local cluster did not start (log: $LOG_FILE)"; return 1
    fi
    local_running || { LOCAL_WHY="the local cluster stopped right after starting (log: $LOG_FILE)"; return 1; }
    log "started the project-local PostgreSQL $v in $PGDATA_DIR"
  fi

  ADMIN=(as_pg "$PSQL" -h "$RUN_SOCK" -p "$RUN_PORT" -U postgres -d postgres)
  admin_ok || { LOCAL_WHY="cannot log in to the local cluster as postgres"; return 1; }
  provision "$db" || { LOCAL_WHY="creating role $APP_USER / database $db failed"; return 1; }
  local err; err="$(mktemp)"
  if ! app_login_ok 127.0.0.1 "$RUN_PORT" "$db" "$err"; then
    LOCAL_WHY="$APP_USER cannot log in to the local cluster: $(head -n1 "$err")"; rm -f "$err"; return 1
  fi
  rm -f "$err"
  OUT_HOST="127.0.0.1" OUT_PORT="$RUN_PORT" OUT_DB="$db" OUT_USER="$APP_USER" OUT_PASSWORD="$APP_PASSWORD"
  log "PostgreSQL: project-local cluster $v on 127.0.0.1:$RUN_PORT ($PGDATA_DIR), database $db as $APP_USER"
  return 0
}

stop_local() {
  local want=""
  [ -f "$PG_ROOT/data/PG_VERSION" ] || ! [ -f "$(alt_pg_root)/data/PG_VERSION" ] || PG_ROOT="$(alt_pg_root)"
  [ -f "$PG_ROOT/data/PG_VERSION" ] || { log "no project-local cluster in $PG_ROOT"; return 0; }
  want="$(cat "$PG_ROOT/data/PG_VERSION")"
  BIN="$(server_bindir "$want")" || die "no PostgreSQL $want binaries to stop the cluster with"
  pick_os_user
  local_paths
  if as_pg "$BIN/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; then
    as_pg "$BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w -s stop
    log "stopped the project-local PostgreSQL in $PGDATA_DIR"
  else
    log "the project-local PostgreSQL in $PGDATA_DIR is not running"
  fi
}

# The cluster dies as in a power cut (no checkpoint, clients cut off) and starts again with crash
# recovery; returns once it accepts connections, and prints when it was told to stop and when it was
# ready again (stopping_ms=… ready_ms=…, epoch milliseconds). DUBAN_PG_DOWN_SECONDS keeps it down
# that long in between.
restart_local() {
  [ -f "$PG_ROOT/data/PG_VERSION" ] || ! [ -f "$(alt_pg_root)/data/PG_VERSION" ] || PG_ROOT="$(alt_pg_root)"
  [ -f "$PG_ROOT/data/PG_VERSION" ] || die "no project-local cluster in $PG_ROOT"
  BIN="$(server_bindir "$(cat "$PG_ROOT/data/PG_VERSION")")" || die "no PostgreSQL binaries for the cluster in $PG_ROOT"
  pick_os_user
  local_paths
  as_pg "$BIN/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1 || die "the project-local PostgreSQL in $PGDATA_DIR is not running"
  printf 'stopping_ms=%s\n' "$(date +%s%3N)"
  as_pg "$BIN/pg_ctl" -D "$PGDATA_DIR" -m immediate -w -s stop
  sleep "${DUBAN_PG_DOWN_SECONDS:-0}"
  if ! as_pg "$BIN/pg_ctl" -D "$PGDATA_DIR" -l "$LOG_FILE" -w -t 60 -s start >/dev/null 2>&1; then
    tail -n 20 "$LOG_FILE" >&2; die "the local cluster did not start again (log: $LOG_FILE)"
  fi
  printf 'ready_ms=%s\n' "$(date +%s%3N)"
  log "restarted the project-local PostgreSQL in $PGDATA_DIR (immediate mode)"
}

explain_and_exit() {
  {
    echo "error: no PostgreSQL available for Duban."
    [ -n "${SYSTEM_WHY:-}" ] && echo "  - $SYSTEM_WHY"
    [ -n "${LOCAL_WHY:-}" ] && echo "  - $LOCAL_WHY"
    echo "Do one of:"
    echo "  - install PostgreSQL (server binaries are enough, a project-local cluster is started):"
    echo "      Debian/Ubuntu: sudo apt-get install postgresql"
    echo "      Fedora/RHEL:   sudo dnf install postgresql-server"
    echo "      macOS:         brew install postgresql@16"
    echo "  - or point Duban at an existing database:"
    echo "      export DATABASE_URL=postgres://user:password@host:5432/duban"
  } >&2
  exit 1
}

# ---------------------------------------------------------------- main
if [ "$ACTION" = stop ]; then stop_local; exit 0; fi
if [ "$ACTION" = restart ]; then restart_local; exit 0; fi

if [ "$MODE" = auto ] || [ "$MODE" = url ]; then
  if try_url; then emit; exit 0; fi
  [ "$MODE" = auto ] || die "DUBAN_PG_MODE=url but neither DATABASE_URL nor QUARKUS_DATASOURCE_JDBC_URL is set"
fi

DB="${DB_ARG:-duban}"
valid_ident "$DB" || die "database name '$DB': use letters, digits and underscores"
valid_ident "$APP_USER" || die "role name '$APP_USER': use letters, digits and underscores"

SYSTEM_WHY="" LOCAL_WHY=""
if [ "$MODE" = auto ] || [ "$MODE" = system ]; then
  if try_system "$DB"; then emit; exit 0; fi
  [ "$MODE" = system ] && die "$SYSTEM_WHY"
  [ "$SYSTEM_WHY" = "no server answers on $SYSTEM_HOST:$SYSTEM_PORT" ] || warn "$SYSTEM_WHY; trying a project-local cluster"
fi
if try_local "$DB"; then emit; exit 0; fi
explain_and_exit
