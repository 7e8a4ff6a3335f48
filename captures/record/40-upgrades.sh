#!/bin/bash
# Records the in-protocol upgrades outside the course's port list and the two-step logins,
# from real Debian software on 127.0.0.1:
#   pgsql  postgresql-tls-5432.pcap: PostgreSQL 15 (ssl = on, the test PKI), psql with
#          sslmode=require: SSLRequest, the server's 'S', then TLS on the same connection
#          (bookworm's libpq 15 writes no key log: no .keys file)
#   mysql  mysql-tls-3306.pcap: MariaDB server and client (--ssl): the server's greeting,
#          the client's SSL request, then TLS (no key log either)
#   mail   smtp-auth-login-two-step-587.pcap, imap-authenticate-two-step-143.pcap,
#          pop3-auth-two-step-110.pcap: AUTH LOGIN / AUTHENTICATE PLAIN / AUTH PLAIN in
#          cleartext without an initial response: the secret goes on its own line after the
#          server's continuation (Postfix and Dovecot as in 10-mail.sh, client clients/twostep.py)
# Run as root: bash captures/record/40-upgrades.sh [pgsql mysql mail]
set -euo pipefail
# the Postfix/Dovecot helpers of 10-mail.sh (it sources common.sh: WORK, rec_start ...)
TLSEDU_MAIL_HELPERS_ONLY=1 source "$(dirname "$0")/10-mail.sh"
STEPS=${*:-pgsql mysql mail}
step() { case " $STEPS " in *" $1 "*) return 0;; esac; return 1; }
TPASS='s3cret-Passw0rd'

# ------------------------------------------------------------------ PostgreSQL
PGBIN=/usr/lib/postgresql/15/bin
pgsql() {
    local data="$WORK/pg" run="$WORK/pg-run"
    mkdir -p "$data" "$run"
    printf '%s\n' "$TPASS" > "$WORK/pg.pw"
    cp "$PKI/server-chain.crt" "$WORK/pg-server.crt"; cp "$PKI/server.key" "$WORK/pg-server.key"
    chown postgres "$data" "$run" "$WORK/pg.pw" "$WORK/pg-server.crt" "$WORK/pg-server.key"
    chmod 600 "$WORK/pg-server.key"
    setpriv --reuid=postgres --regid=postgres --init-groups -- \
        "$PGBIN/initdb" -D "$data" -U student --pwfile="$WORK/pg.pw" --auth=scram-sha-256 >/dev/null
    cat >> "$data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = 5432
unix_socket_directories = '$run'
ssl = on
ssl_cert_file = '$WORK/pg-server.crt'
ssl_key_file = '$WORK/pg-server.key'
EOF
    bg_start setpriv --reuid=postgres --regid=postgres --init-groups -- "$PGBIN/postgres" -D "$data"
    local pg_pid=$LAST_PID
    wait_port 5432
    log "recording postgresql-tls-5432"
    rec_start postgresql-tls-5432 "tcp port 5432"
    # gssencmode=disable: no GSSENCRequest before the SSLRequest
    PGPASSWORD="$TPASS" psql "host=127.0.0.1 port=5432 user=student dbname=postgres sslmode=require gssencmode=disable" \
        -c "SELECT 'hello from tlsedu' AS greeting"
    rec_stop
    stop_pid "$pg_pid"
}

# ------------------------------------------------------------------ MariaDB
mysql() {
    local data="$WORK/mysql" sock="$WORK/mysql/mysqld.sock"
    mkdir -p "$data"
    cp "$PKI/server-chain.crt" "$WORK/my-server.crt"; cp "$PKI/server.key" "$WORK/my-server.key"
    chown mysql "$data" "$WORK/my-server.crt" "$WORK/my-server.key"
    chmod 600 "$WORK/my-server.key"
    mariadb-install-db --no-defaults --user=mysql --datadir="$data" --auth-root-authentication-method=socket >/dev/null
    bg_start mariadbd --no-defaults --user=mysql --datadir="$data" --socket="$sock" --pid-file="$data/mysqld.pid" \
        --bind-address=127.0.0.1 --port=3306 --skip-name-resolve --log-error="$data/mysqld.err" \
        --ssl-ca="$PKI/ca.crt" --ssl-cert="$WORK/my-server.crt" --ssl-key="$WORK/my-server.key"
    local my_pid=$LAST_PID
    wait_port 3306
    mariadb --no-defaults --socket="$sock" -u root \
        -e "CREATE USER 'student'@'127.0.0.1' IDENTIFIED BY '$TPASS' REQUIRE SSL;"
    log "recording mysql-tls-3306"
    rec_start mysql-tls-3306 "tcp port 3306"
    mariadb --no-defaults -h 127.0.0.1 -P 3306 -u student -p"$TPASS" --ssl --ssl-ca="$PKI/ca.crt" \
        --ssl-verify-server-cert -e "SELECT 'hello from tlsedu' AS greeting"
    rec_stop
    stop_pid "$my_pid"
}

# ------------------------------------------------------------------ two-step logins
mail() {
    local client="/usr/bin/python3 $CAPDIR/record/clients/twostep.py"
    mkdir -p "$WORK/mail"
    chown "$MAILUID:$MAILGID" "$WORK/mail"
    printf 'student:%s:%s:%s::%s\n' "$(doveadm pw -s SHA512-CRYPT -p "$TPASS")" \
        "$MAILUID" "$MAILGID" "$WORK/mail/student" > "$WORK/dovecot.passwd"
    chmod 644 "$WORK/dovecot.passwd"
    dovecot_conf main yes
    dovecot_start main
    postfix_start "$PF_LAX"     # 587: STARTTLS offered, AUTH allowed without it
    wait_port 587
    log "recording smtp-auth-login-two-step-587"
    rec_start smtp-auth-login-two-step-587 "tcp port 587"
    $client smtp-login --port 587
    rec_stop
    postfix_stop
    log "recording imap-authenticate-two-step-143"
    rec_start imap-authenticate-two-step-143 "tcp port 143"
    $client imap-plain --port 143
    rec_stop
    log "recording pop3-auth-two-step-110"
    rec_start pop3-auth-two-step-110 "tcp port 110"
    $client pop3-plain --port 110
    rec_stop
    stop_pid "$DOVECOT_PID"
}

for s in pgsql mysql mail; do
    if step "$s"; then "$s"; fi
done
log "done"
