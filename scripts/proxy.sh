#!/usr/bin/env bash
# A project-local nginx as reverse proxy in front of several backend instances (the scale-out test in
# scripts/e2e.sh, or by hand). Writes the configuration into a directory under .data/ and runs nginx
# in the foreground (`daemon off`, a pid file in the same directory); stop it with SIGTERM/SIGQUIT.
# No system nginx service is used or needed; scripts/ensure-nginx.sh provides the binary.
#
#   scripts/proxy.sh --port 18088 --upstream 127.0.0.1:18080 --upstream 127.0.0.1:18081 &
#   scripts/proxy.sh --port 18088 --upstream … --config-only   # write and test the config, print its path
#
# Options: --dir DIR (default .data/proxy-<port>), --listen ADDRESS (default 127.0.0.1).
# Everything goes to both instances (the backend serves the SPA too). Forwarded headers: X-Forwarded-For,
# -Proto, -Host, X-Real-IP. Bodies and answers are streamed, not buffered: uploads up to the backend's
# 25 MB limit (the limit here is higher, so the backend's own problem+json 413 answers), downloads of
# any size. A request goes to the other instance when its instance refuses the connection, errs or
# times out — for a POST or PATCH only if nothing was sent yet (nginx's default: a non-idempotent
# request that reached an instance is never repeated, so a write cannot be applied twice).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

port="" dir="" listen="127.0.0.1" config_only=0
upstreams=()
while [ "$#" -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift ;;
    --upstream) upstreams+=("$2"); shift ;;
    --dir) dir="$2"; shift ;;
    --listen) listen="$2"; shift ;;
    --config-only) config_only=1 ;;
    -h|--help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2; exit 0 ;;
    *) die "unknown argument: $1 (try --help)" ;;
  esac
  shift
done
[[ "$port" =~ ^[0-9]+$ ]] || die "--port is required"
[ "${#upstreams[@]}" -gt 0 ] || die "at least one --upstream host:port is required"

nginx_bin="$("$DUBAN_ROOT/scripts/ensure-nginx.sh")"
dir="${dir:-$DUBAN_DATA/proxy-$port}"
mkdir -p "$dir/logs" "$dir/tmp"
dir="$(cd "$dir" && pwd)"

# Run by root, nginx's workers would be `nobody`: they must be able to reach the temp directories.
user_line=""
if is_root; then
  if have runuser && runuser -u nobody -- test -x "$dir/tmp" 2>/dev/null; then
    user_line="user nobody $(id -gn nobody 2>/dev/null || echo nogroup);"
  else
    user_line="user root;  # nobody cannot reach $dir"
  fi
fi

servers=""
for u in "${upstreams[@]}"; do
  # a refused connection takes the instance out for 3 s; then it is tried again
  servers+="        server $u max_fails=1 fail_timeout=3s;"$'\n'
done

conf="$dir/nginx.conf"
cat >"$conf" <<EOF
# written by scripts/proxy.sh — regenerated on every start
$user_line
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 1024; }

http {
    access_log $dir/logs/access.log;
    client_body_temp_path $dir/tmp/client;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    server_tokens off;

    upstream duban {
$servers        keepalive 16;
    }

    server {
        listen $listen:$port;
        # above the backend's 25M limit, so that the backend's own 413 (problem+json) answers
        client_max_body_size 32m;

        location / {
            proxy_pass http://duban;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Real-IP \$remote_addr;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Host \$http_host;
            # stream both ways: evidence and import uploads, exports and downloads
            proxy_request_buffering off;
            proxy_buffering off;
            proxy_connect_timeout 2s;
            proxy_send_timeout 300s;
            proxy_read_timeout 300s;
            # the other instance on a refused connection, an error or a timeout; POST and PATCH only when
            # nothing was sent (no non_idempotent here), at most once more
            proxy_next_upstream error timeout;
            proxy_next_upstream_tries 2;
        }
    }
}
EOF
"$nginx_bin" -p "$dir" -c "$conf" -t -q || die "nginx refused the generated configuration $conf"
if [ "$config_only" = 1 ]; then printf '%s\n' "$conf"; exit 0; fi
log "proxy: nginx on $listen:$port -> ${upstreams[*]} (config $conf, logs $dir/logs)"
exec "$nginx_bin" -p "$dir" -c "$conf" -g 'daemon off;'
