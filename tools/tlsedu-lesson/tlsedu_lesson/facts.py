# SPDX-License-Identifier: GPL-2.0-or-later
"""What Wireshark itself parsed of each handshake, for the worksheet: one tshark run with
-T fields (the stock TLS/DTLS fields, and tlsedu's certificate and STARTTLS fields)."""

AGG = "\x1f"
FIELDS = ["frame.number", "tcp.stream", "udp.stream", "tcp.srcport", "udp.srcport", "ip.src", "ipv6.src",
          "ip.dst", "ipv6.dst", "tcp.dstport", "udp.dstport", "quic.long.packet_type", "tcp.payload"]
FIELDS += [p + f for f in ("handshake.type", "record.content_type", "handshake.ciphersuite",
                           "handshake.version", "handshake.extensions.supported_version", "handshake.random",
                           "handshake.extensions_server_name", "handshake.extensions_alpn_str")
           for p in ("tls.", "dtls.")]
FIELDS += ["tls.handshake.certificate_length"]
FIELDS += ["tls.record.opaque_type", "tls.handshake.extension.type", "tlsedu.data.early_kind", "tlsedu.starttls.step", "tlsedu.starttls.protocol", "tlsedu.cert.issuer",
           "tlsedu.cert.subject", "tlsedu.cert.key", "tlsedu.cert.signature_algorithm", "tlsedu.handshake.group"]

# RFC 8446 4.1.3: a HelloRetryRequest is a ServerHello with this random
HRR_RANDOM = "cf21ad74e59a6111be1d8c021e65b891c2a211167abb8c5e079e09e2c8a8339c"
# signalling values in a ClientHello's cipher_suites, not suites (RFC 5746 3.3, RFC 7507)
SIGNALLING = {0x00ff: "TLS_EMPTY_RENEGOTIATION_INFO_SCSV", 0x5600: "TLS_FALLBACK_SCSV"}
ECH = 0xfe0d           # encrypted_client_hello (draft-ietf-tls-esni)
ESNI = 0xffce          # encrypted_server_name, its predecessor (draft-ietf-tls-esni-00 to -05)
# STARTTLS requests and replies that are binary: named, not quoted (RFC 4511 4.14.1-2, the
# PostgreSQL protocol's SSLRequest and its one-byte answer)
BINARY_UPGRADES = {"LDAP": ("ExtendedResponse (resultCode 0)", "StartTLS ExtendedRequest (1.3.6.1.4.1.1466.20037)"),
                   "PostgreSQL": ("'S'", "SSLRequest")}
VERSIONS = {0x0300: "SSL 3.0", 0x0301: "TLS 1.0", 0x0302: "TLS 1.1", 0x0303: "TLS 1.2", 0x0304: "TLS 1.3",
            0xfeff: "DTLS 1.0", 0xfefd: "DTLS 1.2", 0xfefc: "DTLS 1.3"}


def read_fields(run, capture, keylog):
    """frame number -> {field: [values]}, from a two-pass run."""
    args = ["-r", capture, "-2", "-T", "fields", "-E", "header=n", "-E", "separator=\t", "-E", "occurrence=a",
            "-E", "aggregator=" + AGG, "-o", "tlsedu.info_column:FALSE"]
    if keylog:
        args += ["-o", "tls.keylog_file:" + keylog]
    for n in FIELDS:
        args += ["-e", n]
    rows = {}
    for line in run.tshark(args).stdout.split("\n"):
        if not line:
            continue
        values = line.split("\t") + [""] * len(FIELDS)
        row = {n: (v.split(AGG) if v else []) for n, v in zip(FIELDS, values)}
        rows[int(row["frame.number"][0])] = row
    return rows


def both(row, name):
    return row["tls." + name] + row["dtls." + name]


def ints(values):
    out = []
    for v in values:
        try:
            out.append(int(v, 0))
        except ValueError:
            pass
    return out


def is_grease(code):
    """RFC 8701 2: 0x0a0a, 0x1a1a, ... 0xfafa."""
    return (code & 0x0f0f) == 0x0a0a and (code >> 8) == (code & 0xff)


def first_line(payload_hex):
    """The first line of a TCP payload (Wireshark's tcp.payload, hex), as text."""
    try:
        data = bytes.fromhex(payload_hex.replace(":", ""))
    except ValueError:
        return ""
    line = data.split(b"\n", 1)[0].rstrip(b"\r")
    return line.decode("utf-8", "replace")[:160]


def endpoint(row, side):
    addr = (row["ip." + side] or row["ipv6." + side] or [""])[0]
    port = (row["tcp." + side + "port"] or row["udp." + side + "port"] or [""])[0]
    return ("[%s]:%s" % (addr, port) if ":" in addr else "%s:%s" % (addr, port)) if port else addr


def _conversation_key(row):
    if row["tcp.stream"]:
        return ("tcp", row["tcp.stream"][0])
    if row["udp.stream"]:
        return ("udp", row["udp.stream"][0])
    return None


def handshakes(rows):
    """One record per conversation with a ClientHello, in the order of their ClientHellos."""
    convs = {}
    for num in sorted(rows):
        r = rows[num]
        key = _conversation_key(r)
        if key is None:
            continue
        port = (r["tcp.srcport"] or r["udp.srcport"])[0]
        types = ints(both(r, "handshake.type"))
        hs = convs.get(key)
        if hs is None:
            if 1 not in types:
                continue
            hs = convs[key] = new_handshake(key, num, r, port)
        hs["frames"].append(num)
        observe(hs, num, r, port, types)
    return list(convs.values())


def new_handshake(key, num, r, port):
    return {"key": key, "client_port": port, "client": endpoint(r, "src"), "server": endpoint(r, "dst"),
            "quic": bool(r["quic.long.packet_type"]), "dtls": bool(r["dtls.handshake.type"]),
            "client_hello": num, "suites": None, "not_suites": [], "server_hello": None, "hrr": None,
            "ech": False, "esni": False, "early_data": None, "ticket": None, "client_cert": None,
            "server_cert_sent": False, "flight_decrypted": False,
            "version": None, "suite": None, "ccs": {}, "cert": None, "sni": "", "alpn": "",
            "group": "", "frames": []}


def observe(hs, num, r, port, types):
    client = port == hs["client_port"]
    codes = ints(both(r, "handshake.ciphersuite"))
    if client and 1 in types and hs["suites"] is None and codes:   # not a fragment (DTLS)
        hs["client_hello"] = num
        hs["not_suites"] = [("GREASE (0x%04x)" % c) if is_grease(c) else "%s (0x%04x)" % (SIGNALLING[c], c)
                            for c in codes if is_grease(c) or c in SIGNALLING]
        hs["suites"] = len(codes) - len(hs["not_suites"])
        hs["sni"] = (both(r, "handshake.extensions_server_name") or [""])[0]
        hs["alpn"] = ", ".join(both(r, "handshake.extensions_alpn_str"))
        hs["ech"] = ECH in ints(r["tls.handshake.extension.type"])
        hs["esni"] = ESNI in ints(r["tls.handshake.extension.type"])
    if client and hs["early_data"] is None and ("1" in r["tlsedu.data.early_kind"] or
                                                (hs["quic"] and 1 in ints(r["quic.long.packet_type"]))):
        hs["early_data"] = num      # 0-RTT data (RFC 8446 2.3; QUIC: a 0-RTT packet, RFC 9000 17.2.3)
    if 11 in types and not client:
        hs["server_cert_sent"] = True
    if 8 in types and not client:    # EncryptedExtensions seen: TLS 1.3's flight decrypted
        hs["flight_decrypted"] = True
    if 11 in types and client and hs["client_cert"] is None and r["tls.handshake.certificate_length"]:
        hs["client_cert"] = num     # a client Certificate that is not empty (RFC 5246 7.4.6)
    if not client and 4 in types and hs["ticket"] is None:
        hs["ticket"] = num          # a NewSessionTicket (in the clear up to TLS 1.2, RFC 5077 3.3)
    if not client and 2 in types and hs["server_hello"] is None:
        randoms = [x.replace(":", "").lower() for x in both(r, "handshake.random")]
        if HRR_RANDOM in randoms:
            hs["hrr"] = num
        else:
            hs["server_hello"] = num
            versions = ints(both(r, "handshake.extensions.supported_version")) or ints(both(r, "handshake.version"))
            hs["version"] = versions[-1] if versions else None
            suites = ints(both(r, "handshake.ciphersuite"))
            hs["suite"] = suites[0] if suites else None
    if 20 in ints(both(r, "record.content_type")) and hs["server_hello"] is not None:
        hs["ccs"].setdefault("client" if client else "server", num)
    if not client and r["tlsedu.cert.issuer"] and hs["cert"] is None:
        hs["cert"] = {"frame": num, "issuer": r["tlsedu.cert.issuer"][0],
                      "subject": (r["tlsedu.cert.subject"] or [""])[0], "key": (r["tlsedu.cert.key"] or [""])[0],
                      "signature": (r["tlsedu.cert.signature_algorithm"] or [""])[0]}
    if r["tlsedu.handshake.group"] and not hs["group"]:
        hs["group"] = r["tlsedu.handshake.group"][0]


def starttls(rows, key):
    """The STARTTLS exchange of one TCP conversation: {step: (frame, first line)} (tlsedu's
    steps; the lines are Wireshark's tcp.payload)."""
    out = {}
    for num in sorted(rows):
        r = rows[num]
        if _conversation_key(r) != key or not r["tlsedu.starttls.step"]:
            continue
        step = int(r["tlsedu.starttls.step"][0])
        if step not in out:
            out[step] = (num, first_line((r["tcp.payload"] or [""])[0]), (r["tlsedu.starttls.protocol"] or [""])[0])
    return out


def version_name(code):
    return VERSIONS.get(code, "0x%04x" % code if code is not None else "?")
