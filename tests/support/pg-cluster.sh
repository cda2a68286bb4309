#!/bin/sh
# A throwaway PostgreSQL 15 cluster for the test run.
#
#   pg-cluster.sh start DIR   initdb + pg_ctl start in DIR (unix socket in DIR, no TCP);
#                             prints the URL base and writes it to DIR/url
#   pg-cluster.sh stop DIR    stops the server and removes DIR
#
# PostgreSQL refuses to run as root: when started as root (CI) the cluster belongs to the
# "postgres" user (created by the Debian package), otherwise to the calling user.
set -eu

action=${1:?usage: pg-cluster.sh start|stop DIR}
dir=${2:?usage: pg-cluster.sh start|stop DIR}
bin=${NOVOSELYE_PG_BIN:-/usr/lib/postgresql/15/bin}

if [ "$(id -u)" = 0 ]; then
    owner=postgres
    as() { runuser -u "$owner" -- "$@"; }
else
    owner=$(id -un)
    as() { "$@"; }
fi

case "$action" in
start)
    if [ ! -x "$bin/initdb" ]; then
        echo "pg-cluster: $bin/initdb not found (install the postgresql package)" >&2
        exit 1
    fi
    if [ -f "$dir/data/postmaster.pid" ]; then
        "$0" stop "$dir" || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    chown "$owner" "$dir"
    chmod 700 "$dir"
    as "$bin/initdb" -D "$dir/data" -U novoselye --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    # One account that must give a password (for the password tests): novoselye_pw, pw-2018.
    printf 'local all novoselye_pw scram-sha-256\n' >"$dir/hba"
    cat "$dir/data/pg_hba.conf" >>"$dir/hba"
    as cp "$dir/hba" "$dir/data/pg_hba.conf"
    rm -f "$dir/hba"
    # fsync off: a test cluster lives for one run; speed matters more than crash safety
    as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off \
            -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    "$bin/psql" -q -h "$dir" -U novoselye -d postgres -c \
        "CREATE ROLE novoselye_pw LOGIN CREATEDB PASSWORD 'pw-2018'" >/dev/null ||
        { echo "pg-cluster: cannot create the password account" >&2; exit 1; }
    # the host part is the socket folder, percent-encoded
    host=$(printf '%s' "$dir" | sed 's,/,%2F,g')
    url="postgresql://novoselye@$host:5432/postgres"
    printf '%s\n' "$url" >"$dir/url"
    chmod 755 "$dir"
    echo "$url"
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
    fi
    # a run leaves a gigabyte of test databases: removed in the background, not waited for
    if [ -d "$dir" ]; then
        mv "$dir" "$dir.old.$$" && { rm -rf "$dir.old.$$" >/dev/null 2>&1 & }
    fi
    ;;
*)
    echo "usage: pg-cluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
