# Shared by ./run, ./test and ./bench. Sourced, not run.
# Installs what a fresh Debian machine lacks and manages a private PostgreSQL cluster.

say() { printf '%s\n' "$*" >&2; }

apt_updated=0
apt_install() {
  # Installs Debian packages that are missing; needs root (as CI and a fresh machine are).
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    say "Please install these packages first (as root): ${missing[*]}"
    return 1
  fi
  say "Installing ${missing[*]} ..."
  if [ "$apt_updated" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_dotnet() {
  command -v dotnet >/dev/null 2>&1 || { say "The .NET 10 SDK is needed (dotnet on PATH)."; return 1; }
}

ensure_node() {
  command -v npm >/dev/null 2>&1 || apt_install nodejs npm
}

pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] || { say "PostgreSQL binaries not found"; return 1; }
  printf '%s' "$dir"
}

ensure_postgres() {
  # pg_trgm (directory search) ships in postgresql-contrib on older Debian releases.
  apt_install postgresql postgresql-contrib
}

# as_pg CMD...: PostgreSQL refuses to run as root, so as root it runs as the postgres user.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# pg_start DATADIR PORT: initialises (once) and starts a cluster on 127.0.0.1:PORT, trusting
# local connections only (it listens on loopback and nothing else).
pg_start() {
  local data=$1 port=$2 bin
  bin=$(pg_bin) || return 1
  mkdir -p "$data"
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$data"; chmod 700 "$data"; fi
  if [ ! -f "$data/PG_VERSION" ]; then
    as_pg "$bin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  as_pg "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k /tmp -c fsync=${PG_FSYNC:-on} -c max_connections=300" start >/dev/null
}

pg_stop() {
  local data=$1 bin
  bin=$(pg_bin) || return 0
  [ -f "$data/postmaster.pid" ] && as_pg "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1
  return 0
}

free_port() {
  python3 - <<'PY' 2>/dev/null || echo $((40000 + RANDOM % 20000))
import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()
PY
}

wait_ready() {
  # wait_ready NAME URL SECONDS
  local name=$1 url=$2 limit=${3:-120} i=0
  while [ "$i" -lt "$limit" ]; do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 1; i=$((i + 1))
  done
  say "$name did not become ready at $url within ${limit}s"
  return 1
}
