#!/bin/sh
# Installs the Debian packages whose real clients and servers record the captures.
# Only needed to re-record; CI and the tests use the committed files.
# A policy-rc.d stops the packages from starting their own daemons on install:
# the recording scripts start every server by hand, on 127.0.0.1, and stop it by PID.
set -eu
export DEBIAN_FRONTEND=noninteractive
had_policy=0
if [ -e /usr/sbin/policy-rc.d ]; then had_policy=1; fi
if [ $had_policy = 0 ]; then printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod 755 /usr/sbin/policy-rc.d; fi
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
    tcpdump tshark openssl ca-certificates python3 curl \
    postfix swaks dovecot-imapd dovecot-pop3d \
    nginx-light vsftpd lftp slapd ldap-utils dnsmasq dnsutils chrony \
    tftpd-hpa tftp-hpa snmpd snmp snmptrapd sipsak kamailio baresip-core openssh-server openssh-client sshpass \
    ngtcp2-server ngtcp2-client gnutls-bin \
    postgresql mariadb-server mariadb-client \
    procps iproute2 >/dev/null
if [ $had_policy = 0 ]; then rm -f /usr/sbin/policy-rc.d; fi
