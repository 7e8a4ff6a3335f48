#!/bin/sh
# Makes the TEST-ONLY PKI used to record the captures in ../: a root CA, a server
# certificate for localhost/127.0.0.1, a client certificate, an expired server
# certificate, a self-signed one and one from a second CA that no client trusts.
# Every key here is public, committed on purpose and good for nothing but these tests.
# Usage: sh make-test-pki.sh   (from any folder; writes next to this script)
set -eu
cd "$(dirname "$0")"
umask 022
days=3650
subj="/O=tlsedu TEST-ONLY"

key() { openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" 2>/dev/null; }

# CA signing through "openssl ca" so that start and end dates can lie in the past.
ca_sign() { # ca_name csr out startdate enddate extsection
    d=$(mktemp -d)
    : > "$d/index.txt"; echo 1000 > "$d/serial"
    cat > "$d/ca.cnf" <<CNF
[ca]
default_ca = c
[c]
dir = $d
database = $d/index.txt
serial = $d/serial
new_certs_dir = $d
default_md = sha256
policy = p
unique_subject = no
copy_extensions = copy
[p]
commonName = supplied
organizationName = optional
[server]
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost,DNS:mail.tlsedu.test,DNS:www.tlsedu.test,IP:127.0.0.1
[client]
basicConstraints = critical,CA:false
keyUsage = critical,digitalSignature
extendedKeyUsage = clientAuth
CNF
    openssl ca -batch -config "$d/ca.cnf" -cert "$1.crt" -keyfile "$1.key" \
        -in "$2" -out "$3" -startdate "$4" -enddate "$5" -extensions "$6" -notext 2>/dev/null
    rm -rf "$d"
}

mkca() { # name cn
    key "$1.key"
    openssl req -x509 -new -key "$1.key" -sha256 -days $days -subj "$subj/CN=$2" \
        -addext "basicConstraints=critical,CA:true" -addext "keyUsage=critical,keyCertSign,cRLSign" \
        -out "$1.crt"
}

leaf() { # ca name cn start end ext
    key "$2.key"
    openssl req -new -key "$2.key" -subj "$subj/CN=$3" -out "$2.csr"
    ca_sign "$1" "$2.csr" "$2.crt" "$4" "$5" "$6"
    rm -f "$2.csr"
}

start=20260101000000Z
end=20360101000000Z
mkca ca "tlsedu TEST-ONLY Root CA"
leaf ca server localhost $start $end server
leaf ca client "tlsedu TEST-ONLY student client" $start $end client
leaf ca expired localhost 20200101000000Z 20210101000000Z server
mkca other-ca "tlsedu TEST-ONLY Unknown CA (trusted by nobody)"
leaf other-ca unknown-ca-server localhost $start $end server
# self-signed server certificate
key selfsigned.key
openssl req -x509 -new -key selfsigned.key -sha256 -days $days -subj "$subj/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -out selfsigned.crt
# an ECDSA server certificate for ECDHE-ECDSA suites
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out server-ecdsa.key
openssl req -new -key server-ecdsa.key -subj "$subj/CN=localhost" -out server-ecdsa.csr
ca_sign ca server-ecdsa.csr server-ecdsa.crt $start $end server
rm -f server-ecdsa.csr
cat server.crt ca.crt > server-chain.crt
chmod 644 ./*.key ./*.crt
echo "test-only PKI written to $(pwd)"
