# Sourced by ./bench: starts Identity, Api and Portal (Release builds, Development, demo data) on free
# loopback ports over their own databases on the benchmark PostgreSQL, as ./run does, and stops them on exit.

stack_start() {
  local root pg_port suffix
  root=$(pwd)
  pg_port=$(printf '%s' "$RIGHTHELP_BENCH_PG" | sed -n 's/.*[Pp]ort=\([0-9]*\).*/\1/p')
  pg_port=${pg_port:-5432}
  # The process id keeps two runs on one shared server apart; the databases are dropped on exit.
  suffix=$$
  stack_dbs=("bench_portal_$suffix" "bench_identity_$suffix")
  export PGOPTIONS='-c client_min_messages=warning'
  for db in "${stack_dbs[@]}"; do
    psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "DROP DATABASE IF EXISTS $db" >/dev/null
    psql -h 127.0.0.1 -p "$pg_port" -U postgres -qc "CREATE DATABASE $db" >/dev/null
  done
  stack_pg_port=$pg_port
  trap 'stack_drop_databases; cleanup' EXIT

  identity_port=$(free_port); api_port=$(free_port); portal_port=$(free_port)
  export ConnectionStrings__Portal="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=bench_portal_$suffix"
  export ConnectionStrings__Identity="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=bench_identity_$suffix"
  export ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development
  export Services__Portal="http://127.0.0.1:$portal_port"
  export Services__Api="http://127.0.0.1:$api_port"
  export Services__Identity="http://127.0.0.1:$identity_port"
  export DataProtection__KeysPath="$work/portal-keys"
  export Identity__ClientSecret=portal-dev-secret
  # The load runs come from one address: lift every rate limit (Api, Identity, Portal) so they measure
  # speed, not refusals. The limits have their own tests.
  for limit in GraphQLPerUser GraphQLPerAddress PublicMutation SignIn OneTimeCode Invitation Feedback; do
    export "RateLimits__${limit}__PermitLimit=1000000"
  done
  # Console logging of every request would be measured too; warnings and errors are still written.
  export Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft=Warning

  say "Migrating and seeding the benchmark stack's databases ..."
  # Identity's and the Api's databases are separate: seed them side by side.
  local project seeding=()
  for project in Identity Api; do
    (cd "src/$project" && dotnet "$root/src/$project/bin/Release/net10.0/RightHelp.$project.dll" seed) >>"$work/seed-$project.log" &
    seeding+=($!)
  done
  for pid in "${seeding[@]}"; do wait "$pid"; done
  # The demo data expects Identity on 5200 and the Portal on 5000; this stack has its own ports.
  psql -h 127.0.0.1 -p "$pg_port" -U postgres -d "bench_portal_$suffix" -qc \
    "UPDATE account_links SET issuer = 'http://127.0.0.1:$identity_port'" >/dev/null
  psql -h 127.0.0.1 -p "$pg_port" -U postgres -d "bench_identity_$suffix" -qc \
    "UPDATE clients SET \"RedirectUris\" = array_append(\"RedirectUris\", 'http://127.0.0.1:$portal_port/signin-oidc'),
       \"PostLogoutRedirectUris\" = array_append(\"PostLogoutRedirectUris\", 'http://127.0.0.1:$portal_port/signed-out')
     WHERE \"ClientId\" = 'portal'" >/dev/null

  say "Starting Identity, Api and Portal on 127.0.0.1:$identity_port, :$api_port and :$portal_port ..."
  stack_app Identity "$identity_port"; identity_pid=$!
  stack_app Api "$api_port"; api_pid=$!
  stack_app Portal "$portal_port"; portal_pid=$!
  wait_ready Identity "http://127.0.0.1:$identity_port/health/ready" 120
  wait_ready Api "http://127.0.0.1:$api_port/health/ready" 120
  wait_ready Portal "http://127.0.0.1:$portal_port/health/ready" 120
}

stack_app() {
  # stack_app NAME PORT: runs the app from its project folder (content, wwwroot) and leaves its pid in $!.
  local name=$1 port=$2
  (cd "src/$name" && exec dotnet "$(pwd)/bin/Release/net10.0/RightHelp.$name.dll" --urls "http://127.0.0.1:$port") \
    >"$work/$name.log" 2>&1 &
  stack_pids+=($!)
}

stack_arguments() {
  printf -- '--identity http://127.0.0.1:%s --api http://127.0.0.1:%s --portal http://127.0.0.1:%s --api-pid %s --portal-pid %s --portal-db %s' \
    "$identity_port" "$api_port" "$portal_port" "$api_pid" "$portal_pid" "$ConnectionStrings__Portal"
}

stack_drop_databases() {
  if [ ${#stack_pids[@]} -gt 0 ]; then
    kill "${stack_pids[@]}" 2>/dev/null || true
    wait "${stack_pids[@]}" 2>/dev/null || true
    stack_pids=()
  fi
  for db in "${stack_dbs[@]}"; do
    psql -h 127.0.0.1 -p "$stack_pg_port" -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  done
}
