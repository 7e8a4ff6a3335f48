#!/bin/bash
# Records the "other services" captures (FTP, FTPS, LDAP StartTLS, SSH, DNS, NTP, TFTP,
# SNMP, SIP) from real Debian servers and clients on 127.0.0.1. Each server is started
# in the foreground with a config generated into $WORK and stopped by PID.
# Usage (as root, from anywhere): bash captures/record/30-services.sh [ftp ldap ldapbind ssh dns ntp tftp snmp sip]
# Test login for FTP and SSH: local user "student", password s3cret-Passw0rd (created if absent).
set -eu
. "$(dirname "$0")/common.sh"

CLIENTS="$(cd "$(dirname "$0")" && pwd)/clients"
CA="$PKI/ca.crt"
TUSER=student
TPASS='s3cret-Passw0rd'
SRV_PID=""
STEPS=${*:-ftp ftps ldap ldapbind ssh ssh443 dns ntp tftp snmp sip}

want() { case " $STEPS " in *" $1 "*) return 0;; esac; return 1; }

# srv_start CMD ARGS...: start one server in the foreground (remembered in SRV_PID).
srv_start() { bg_start "$@"; SRV_PID=$LAST_PID; }
srv_stop() {
    [ -n "$SRV_PID" ] || return 0
    stop_pid "$SRV_PID"
    STARTED_PIDS=$(printf '%s' "$STARTED_PIDS" | sed "s/ $SRV_PID\b//")
    SRV_PID=""
}

keys() { rm -f "$CAPDIR/$1.keys"; echo "$CAPDIR/$1.keys"; }

ensure_user() {
    if ! id "$TUSER" >/dev/null 2>&1; then
        useradd -m -s /bin/bash "$TUSER"
    fi
    echo "$TUSER:$TPASS" | chpasswd
}

# ---------------------------------------------------------------- FTP (vsftpd)
# The FTP root with one file, and the test user.
ftp_prepare() {
    ensure_user
    mkdir -p "$WORK/ftp" "$WORK/vsftpd-empty"
    chmod 755 "$WORK/ftp"; chmod 555 "$WORK/vsftpd-empty"
    echo "hello from tlsedu ftp" > "$WORK/ftp/hello.txt"
    chmod 644 "$WORK/ftp/hello.txt"
}

# vsftpd_conf TLS(YES|NO) [PORT [IMPLICIT(YES|NO)]]
vsftpd_conf() {
    cat > "$WORK/vsftpd.conf" <<EOF
listen=YES
listen_ipv6=NO
listen_address=127.0.0.1
listen_port=${2:-21}
background=NO
anonymous_enable=NO
local_enable=YES
write_enable=NO
local_root=$WORK/ftp
pam_service_name=vsftpd
secure_chroot_dir=$WORK/vsftpd-empty
seccomp_sandbox=NO
isolate=NO
isolate_network=NO
xferlog_enable=NO
vsftpd_log_file=$WORK/vsftpd.log
ftpd_banner=tlsedu test FTP server
port_enable=YES
connect_from_port_20=YES
ftp_data_port=20
pasv_enable=YES
pasv_address=127.0.0.1
pasv_min_port=40000
pasv_max_port=40010
ssl_enable=$1
implicit_ssl=${3:-NO}
rsa_cert_file=$PKI/server-chain.crt
rsa_private_key_file=$PKI/server.key
allow_anon_ssl=NO
force_local_logins_ssl=YES
force_local_data_ssl=YES
require_ssl_reuse=NO
ssl_ciphers=HIGH
EOF
}

if want ftp; then
    ftp_prepare

    log "ftp-auth-tls-21"
    vsftpd_conf YES
    srv_start vsftpd "$WORK/vsftpd.conf"; wait_port 21
    rec_start ftp-auth-tls-21 "tcp port 21 or tcp port 20 or tcp portrange 40000-40010"
    python3 "$CLIENTS/ftp_client.py" tls 127.0.0.1 "$TUSER" "$TPASS" "$CA" "$(keys ftp-auth-tls-21)" >&2 || log "FTPS client failed"
    rec_stop; grep -h "dropped" "$WORK/tcpdump.err" >&2 || true; srv_stop

    log "ftp-cleartext-21"
    vsftpd_conf NO
    srv_start vsftpd "$WORK/vsftpd.conf"; wait_port 21
    rec_start ftp-cleartext-21 "tcp port 21 or tcp port 20 or tcp portrange 40000-40010"
    python3 "$CLIENTS/ftp_client.py" plain 127.0.0.1 "$TUSER" "$TPASS" hello.txt >&2 || log "FTP client failed"
    rec_stop; grep -h "dropped" "$WORK/tcpdump.err" >&2 || true; srv_stop
fi

# ------------------------------------------------- implicit FTPS on 990 (TLS from the first byte)
if want ftps; then
    log "ftps-990"
    ftp_prepare
    vsftpd_conf YES 990 YES
    srv_start vsftpd "$WORK/vsftpd.conf"; wait_port 990
    rec_start ftps-990 "tcp port 990 or tcp portrange 40000-40010"
    SSLKEYLOGFILE=$(keys ftps-990) curl -sS --resolve localhost:990:127.0.0.1 --cacert "$CA" \
        --user "$TUSER:$TPASS" "ftps://localhost:990/" >&2 || log "curl (FTPS) failed"
    rec_stop; grep -h "dropped" "$WORK/tcpdump.err" >&2 || true; srv_stop
fi

# ---------------------------------------------------------------- LDAP StartTLS (slapd)
if want ldap || want ldapbind; then
    mkdir -p "$WORK/ldap"
    cat > "$WORK/slapd.conf" <<EOF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
modulepath /usr/lib/ldap
moduleload back_mdb
pidfile $WORK/slapd.pid
TLSCACertificateFile $CA
TLSCertificateFile $PKI/server.crt
TLSCertificateKeyFile $PKI/server.key
database mdb
suffix "dc=tlsedu,dc=test"
rootdn "cn=admin,dc=tlsedu,dc=test"
rootpw admin-s3cret
directory $WORK/ldap
maxsize 10485760
EOF
    cat > "$WORK/base.ldif" <<EOF
dn: dc=tlsedu,dc=test
objectClass: dcObject
objectClass: organization
dc: tlsedu
o: tlsedu TEST-ONLY

dn: ou=people,dc=tlsedu,dc=test
objectClass: organizationalUnit
ou: people

dn: uid=student,ou=people,dc=tlsedu,dc=test
objectClass: inetOrgPerson
uid: student
cn: Test Student
sn: Student
mail: student@tlsedu.test
EOF
    slapadd -q -f "$WORK/slapd.conf" -l "$WORK/base.ldif" 2>"$WORK/slapadd.err"
    srv_start slapd -d 0 -f "$WORK/slapd.conf" -h ldap://127.0.0.1:389/
    wait_port 389
fi
if want ldap; then
    log "ldap-starttls-389"
    rec_start ldap-starttls-389 "tcp port 389"
    # libldap (GnuTLS) writes the key log named by SSLKEYLOGFILE.
    LDAPCONF=/dev/null LDAPTLS_CACERT="$CA" LDAPTLS_REQCERT=demand SSLKEYLOGFILE=$(keys ldap-starttls-389) \
        ldapsearch ${LDAPDEBUG:-} -ZZ -x -H ldap://127.0.0.1:389/ -b dc=tlsedu,dc=test "(uid=student)" cn mail >&2 ||
        log "ldapsearch failed"
    rec_stop; grep -h "dropped" "$WORK/tcpdump.err" >&2 || true
fi
if want ldapbind; then
    # A simple bind with the admin's password and no StartTLS: the password in cleartext.
    log "ldap-simple-bind-389"
    rec_start ldap-simple-bind-389 "tcp port 389"
    LDAPCONF=/dev/null ldapsearch -x -H ldap://127.0.0.1:389/ -D "cn=admin,dc=tlsedu,dc=test" -w admin-s3cret \
        -b dc=tlsedu,dc=test "(uid=student)" cn >&2 || log "ldapsearch failed"
    rec_stop; grep -h "dropped" "$WORK/tcpdump.err" >&2 || true
fi
if want ldap || want ldapbind; then
    srv_stop
fi

# An sshd configuration listening on 127.0.0.1:$1 (password login for the test user only).
sshd_config() {
    cat <<EOF
ListenAddress 127.0.0.1:$1
HostKey $WORK/ssh_host_ed25519_key
PidFile $WORK/sshd.pid
UsePAM yes
PasswordAuthentication yes
KbdInteractiveAuthentication no
PubkeyAuthentication no
PermitRootLogin no
AllowUsers $TUSER
PrintMotd no
EOF
}

# The run directory sshd insists on (privilege separation) and a host key for the tests.
sshd_prepare() {
    ensure_user
    mkdir -p /run/sshd
    [ -f "$WORK/ssh_host_ed25519_key" ] ||
        ssh-keygen -q -t ed25519 -N '' -C tlsedu-test-host -f "$WORK/ssh_host_ed25519_key"
}

ssh_login() {
    sshpass -p "$TPASS" ssh -F /dev/null -p "$1" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
        -o PubkeyAuthentication=no -o PreferredAuthentications=password -o LogLevel=ERROR \
        "$TUSER@127.0.0.1" echo hello >&2 || log "ssh failed"
}

# ---------------------------------------------------------------- SSH (OpenSSH)
if want ssh; then
    log "ssh-22"
    sshd_prepare
    sshd_config 22 > "$WORK/sshd_config"
    srv_start /usr/sbin/sshd -D -e -f "$WORK/sshd_config"
    wait_port 22
    rec_start ssh-22 "tcp port 22"
    ssh_login 22
    rec_stop; grep -h "dropped" "$WORK/tcpdump.err" >&2 || true; srv_stop
fi

# ------------------------------------------- SSH on the HTTPS port (a port/content mismatch)
if want ssh443; then
    log "ssh-port-443"
    sshd_prepare
    sshd_config 443 > "$WORK/sshd_config_443"
    srv_start /usr/sbin/sshd -D -e -f "$WORK/sshd_config_443"
    wait_port 443
    rec_start ssh-port-443 "tcp port 443"
    ssh_login 443
    rec_stop; grep -h "dropped" "$WORK/tcpdump.err" >&2 || true; srv_stop
fi

# ---------------------------------------------------------------- DNS (dnsmasq)
if want dns; then
    log "dns-53"
    srv_start dnsmasq -k --conf-file=/dev/null --no-resolv --no-hosts --no-poll \
        --listen-address=127.0.0.1 --bind-interfaces --except-interface=none --port=53 \
        --address=/tlsedu.test/127.0.0.1 --pid-file="$WORK/dnsmasq.pid" --user=root --log-facility=-
    wait_port 53 udp
    rec_start dns-53 "port 53"
    dig @127.0.0.1 www.tlsedu.test A >&2 || true
    dig @127.0.0.1 www.tlsedu.test A +tcp >&2 || true
    rec_stop; grep -h "dropped" "$WORK/tcpdump.err" >&2 || true; srv_stop
fi

# ---------------------------------------------------------------- NTP (chrony)
if want ntp; then
    log "ntp-123"
    cat > "$WORK/chrony.conf" <<EOF
port 123
bindaddress 127.0.0.1
cmdport 0
local stratum 8
allow 127.0.0.1
pidfile $WORK/chronyd.pid
EOF
    # -x: never touch the system clock; -U: no user switch needed for a pidfile in $WORK
    srv_start chronyd -d -x -U -u root -f "$WORK/chrony.conf"
    wait_port 123 udp
    sleep 1
    rec_start ntp-123 "udp port 123"
    # chronyd as a one-shot client: -Q only measures the offset, never sets the clock.
    chronyd -Q -u root -U "pidfile $WORK/chronyd-client.pid" "cmdport 0" "port 0" \
        "server 127.0.0.1 iburst maxsamples 4" >&2 2>&1 || log "chronyd -Q failed"
    rec_stop; grep -h "dropped" "$WORK/tcpdump.err" >&2 || true; srv_stop
fi

# ---------------------------------------------------------------- TFTP (tftpd-hpa)
if want tftp; then
    log "tftp-69"
    mkdir -p "$WORK/tftp" "$WORK/tftp-client"
    echo "hello from tlsedu tftp" > "$WORK/tftp/hello.txt"
    chmod 755 "$WORK/tftp"; chmod 644 "$WORK/tftp/hello.txt"
    # -R: the server's transfer (data) port comes from 50000-50010 so the filter can catch it
    srv_start in.tftpd -L -a 127.0.0.1:69 -R 50000:50010 -u root -s "$WORK/tftp"
    wait_port 69 udp
    rec_start tftp-69 "udp port 69 or udp portrange 50000-50010"
    (cd "$WORK/tftp-client" && tftp 127.0.0.1 -c get hello.txt && cat hello.txt >&2) || log "tftp failed"
    rec_stop; grep -h "dropped" "$WORK/tcpdump.err" >&2 || true; srv_stop
fi

# ---------------------------------------------------------------- SNMP (Net-SNMP)
if want snmp; then
    log "snmp-161"
    mkdir -p "$WORK/snmp-persist" "$WORK/snmp-client"
    cat > "$WORK/snmpd.conf" <<EOF
sysDescr tlsedu TEST-ONLY SNMP agent
sysLocation loopback lab
sysContact student@tlsedu.test
rocommunity public 127.0.0.1
createUser student SHA "auth-s3cret-Passw0rd" AES "priv-s3cret-Passw0rd"
rouser student authpriv
EOF
    export SNMP_PERSISTENT_DIR="$WORK/snmp-persist" SNMPCONFPATH="$WORK/snmp-client" MIBS=
    srv_start snmpd -f -Lo -C -c "$WORK/snmpd.conf" -p "$WORK/snmpd.pid" udp:127.0.0.1:161
    wait_port 161 udp
    sleep 0.5
    rec_start snmp-161 "udp port 161"
    snmpget -v2c -c public 127.0.0.1:161 1.3.6.1.2.1.1.1.0 >&2 || log "snmpget v2c failed"
    snmpget -v3 -l authPriv -u student -a SHA -A auth-s3cret-Passw0rd -x AES -X priv-s3cret-Passw0rd \
        127.0.0.1:161 1.3.6.1.2.1.1.1.0 >&2 || log "snmpget v3 failed"
    rec_stop; grep -h "dropped" "$WORK/tcpdump.err" >&2 || true; srv_stop

    log "snmp-trap-162"
    cat > "$WORK/snmptrapd.conf" <<EOF
authCommunity log public
EOF
    srv_start snmptrapd -f -Lo -C -c "$WORK/snmptrapd.conf" -p "$WORK/snmptrapd.pid" udp:127.0.0.1:162
    wait_port 162 udp
    sleep 0.5
    rec_start snmp-trap-162 "udp port 162"
    # coldStart trap (SNMPv2-MIB::coldStart = 1.3.6.1.6.3.1.1.5.1) with sysLocation.0 attached
    snmptrap -v2c -c public 127.0.0.1:162 '' 1.3.6.1.6.3.1.1.5.1 \
        1.3.6.1.2.1.1.6.0 s "loopback lab" >&2 || log "snmptrap failed"
    sleep 0.5
    rec_stop; grep -h "dropped" "$WORK/tcpdump.err" >&2 || true; srv_stop
    unset SNMP_PERSISTENT_DIR SNMPCONFPATH MIBS
fi

# ---------------------------------------------------------------- SIP (Kamailio + sipsak)
if want sip; then
    log "sip-5060"
    mkdir -p "$WORK/kamailio"
    cat > "$WORK/kamailio.cfg" <<EOF
#!KAMAILIO
# Minimal registrar for the tlsedu capture: answers OPTIONS, asks REGISTER for digest
# credentials (user student, password s3cret-Passw0rd) and stores the binding in memory.
listen=udp:127.0.0.1:5060
disable_tcp=yes
children=1
log_stderror=yes
debug=1
alias="127.0.0.1"
mpath="/usr/lib/x86_64-linux-gnu/kamailio/modules/"
loadmodule "tm.so"
loadmodule "sl.so"
loadmodule "pv.so"
loadmodule "maxfwd.so"
loadmodule "usrloc.so"
loadmodule "registrar.so"
loadmodule "auth.so"
loadmodule "siputils.so"
loadmodule "xlog.so"
loadmodule "textops.so"

request_route {
    if (!mf_process_maxfwd_header("10")) { sl_send_reply("483", "Too Many Hops"); exit; }
    if (is_method("OPTIONS")) {
        sl_send_reply("200", "OK");
        exit;
    }
    if (is_method("REGISTER")) {
        if (!pv_www_authenticate("\$td", "$TPASS", "0")) {
            www_challenge("\$td", "0");
            exit;
        }
        save("location");
        exit;
    }
    sl_send_reply("404", "Not Found");
}
EOF
    srv_start kamailio -DD -E -f "$WORK/kamailio.cfg" -P "$WORK/kamailio.pid" -Y "$WORK/kamailio" -m 32 -M 8
    wait_port 5060 udp
    sleep 0.5
    rec_start sip-5060 "udp port 5060"
    # OPTIONS ping, then a REGISTER (401 challenge, REGISTER with Authorization, 200 OK)
    sipsak -vv -l 5070 -s sip:"$TUSER"@127.0.0.1 >&2 || log "sipsak OPTIONS failed"
    sipsak -vv -l 5070 -U -C sip:"$TUSER"@127.0.0.1:5070 -x 300 -s sip:"$TUSER"@127.0.0.1 \
        -u "$TUSER" -a "$TPASS" >&2 || log "sipsak REGISTER failed"
    rec_stop; grep -h "dropped" "$WORK/tcpdump.err" >&2 || true; srv_stop
fi

# Sanity check: warn when a capture misses a TCP segment (then simply run the script again).
for f in ftp-auth-tls-21 ftp-cleartext-21 ftps-990 ldap-starttls-389 ssh-22 ssh-port-443 dns-53; do
    [ -f "$CAPDIR/$f.pcap" ] || continue
    n=$(tshark -r "$CAPDIR/$f.pcap" -Y 'tcp.analysis.lost_segment or tcp.analysis.ack_lost_segment' 2>/dev/null | wc -l)
    [ "$n" = 0 ] || log "WARNING: $f.pcap misses TCP segments; re-run this script"
done

log "done: service captures in $CAPDIR"
