# nginx.sh - nginx on 127.0.0.1 for the web/TLS recordings (sourced by 20-web-tls.sh and
# 25-cert-names.sh after common.sh): a test page, a test user's htpasswd, and
#   nginx_start "SERVER BLOCKS"   start nginx with these server { } blocks, wait for its ports
#   nginx_stop                    stop it
#   tls_server PORT CERT KEY EXTRA   a TLS server { } block on PORT (localhost)
#
# SPDX-License-Identifier: GPL-2.0-or-later

NGINX_PID=""

mkdir -p "$WORK/www" "$WORK/ngx"
printf '<html><body><h1>tlsedu test page</h1></body></html>\n' > "$WORK/www/index.html"
# htpasswd for HTTP Basic: user student, password s3cret-Passw0rd (apr1 = Apache MD5).
printf 'student:%s\n' "$(openssl passwd -apr1 's3cret-Passw0rd')" > "$WORK/htpasswd"
chmod 644 "$WORK/htpasswd"

# nginx_start SERVER_BLOCKS: write $WORK/nginx.conf around the given server{} blocks and
# start nginx in the foreground; waits for every "listen 127.0.0.1:PORT" of the blocks.
nginx_start() {
    cat > "$WORK/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log info;
events { worker_connections 64; }
http {
    access_log $WORK/nginx-access.log;
    client_body_temp_path $WORK/ngx/body;
    proxy_temp_path $WORK/ngx/proxy;
    fastcgi_temp_path $WORK/ngx/fastcgi;
    uwsgi_temp_path $WORK/ngx/uwsgi;
    scgi_temp_path $WORK/ngx/scgi;
    default_type text/html;
    keepalive_timeout 5;
    root $WORK/www;
$1
}
EOF
    bg_start nginx -e "$WORK/nginx-error.log" -c "$WORK/nginx.conf" -g 'daemon off;'
    NGINX_PID=$LAST_PID
    for p in $(printf '%s\n' "$1" | sed -n 's/.*listen 127\.0\.0\.1:\([0-9]*\).*/\1/p'); do
        wait_port "$p"
    done
}

nginx_stop() {
    stop_pid "$NGINX_PID"
    STARTED_PIDS=$(printf '%s' "$STARTED_PIDS" | sed "s/ $NGINX_PID\b//")
    NGINX_PID=""
}

# tls_server PORT CERT KEY EXTRA: one HTTPS server{} block.
tls_server() {
    cat <<EOF
    server {
        listen 127.0.0.1:$1 ssl;
        server_name localhost;
        ssl_certificate $2;
        ssl_certificate_key $3;
        $4
    }
EOF
}
