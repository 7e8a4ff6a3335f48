"""What tlsedu should say about each frame, worked out from stock tshark's own fields
(the run without the plugin) and the issue's port table, written out again here so the
tests do not take their expectations from the plugin.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import harness

CLEARTEXT, CAN_UPGRADE, IMPLICIT_TLS, OWN_ENCRYPTION, NEGOTIATED, UPGRADED = range(6)

# (port, transport) -> (service, security): the course's port list as the issue gives it.
TABLE = {
    (20, "tcp"): ("FTP-DATA", CLEARTEXT),
    (21, "tcp"): ("FTP", CAN_UPGRADE),
    (22, "tcp"): ("SSH", OWN_ENCRYPTION),
    (25, "tcp"): ("SMTP", CAN_UPGRADE),
    (53, "tcp"): ("DNS", CLEARTEXT),
    (53, "udp"): ("DNS", CLEARTEXT),
    (67, "udp"): ("DHCP", CLEARTEXT),
    (68, "udp"): ("DHCP", CLEARTEXT),
    (69, "udp"): ("TFTP", CLEARTEXT),
    (80, "tcp"): ("HTTP", CLEARTEXT),
    (110, "tcp"): ("POP3", CAN_UPGRADE),
    (119, "tcp"): ("NNTP", CAN_UPGRADE),
    (123, "udp"): ("NTP", CLEARTEXT),
    (143, "tcp"): ("IMAP", CAN_UPGRADE),
    (161, "udp"): ("SNMP", CLEARTEXT),
    (162, "udp"): ("SNMP-TRAP", CLEARTEXT),
    (389, "tcp"): ("LDAP", CAN_UPGRADE),
    (443, "tcp"): ("HTTPS", IMPLICIT_TLS),
    (443, "udp"): ("QUIC", OWN_ENCRYPTION),
    (445, "tcp"): ("SMB", NEGOTIATED),
    (465, "tcp"): ("SMTPS", IMPLICIT_TLS),
    (500, "udp"): ("ISAKMP", OWN_ENCRYPTION),
    (563, "tcp"): ("NNTPS", IMPLICIT_TLS),
    (587, "tcp"): ("SMTP", CAN_UPGRADE),
    (636, "tcp"): ("LDAPS", IMPLICIT_TLS),
    (853, "tcp"): ("DoT", IMPLICIT_TLS),
    (990, "tcp"): ("FTPS", IMPLICIT_TLS),
    (993, "tcp"): ("IMAPS", IMPLICIT_TLS),
    (995, "tcp"): ("POP3S", IMPLICIT_TLS),
    (3389, "tcp"): ("RDP", NEGOTIATED),
    (5060, "tcp"): ("SIP", CLEARTEXT),
    (5060, "udp"): ("SIP", CLEARTEXT),
    (5061, "tcp"): ("SIPS", IMPLICIT_TLS),
    (5222, "tcp"): ("XMPP", CAN_UPGRADE),
}

STOCK_FIELDS = ["frame.number", "frame.protocols", "tcp.stream", "tcp.srcport", "tcp.dstport",
                "tcp.flags.syn", "tcp.flags.ack", "udp.srcport", "udp.dstport", "snmp.msgVersion", "snmp.msgFlags",
               "tls.record.content_type"]
PLUGIN_FIELDS = ["frame.number", "tlsedu.service", "tlsedu.service.port", "tlsedu.security",
                 "tlsedu.service.evidence", "tlsedu.direction"]


def _rule(a, b, transport):
    """No handshake seen: the listed port; when both are listed, the lower."""
    listed = [p for p in (a, b) if (p, transport) in TABLE]
    return min(listed) if listed else None


def expected(capture, extra=()):
    """frame number -> (service, server port, security) or None, from stock tshark."""
    rows = harness.fields(capture, STOCK_FIELDS, extra=extra, plugin=False, occurrence="l")
    first_of_stream = {}
    result = {}
    for r in rows:
        num = int(r["frame.number"])
        layers = r["frame.protocols"].split(":")
        if "icmp" in layers or "icmpv6" in layers:
            result[num] = None   # an ICMP error quotes another packet's ports
            continue
        if r["tcp.srcport"] and r["tcp.stream"]:
            transport, sport, dport = "tcp", int(r["tcp.srcport"]), int(r["tcp.dstport"])
            stream = r["tcp.stream"]
            if stream not in first_of_stream:
                syn, ack = r["tcp.flags.syn"] in ("1", "True"), r["tcp.flags.ack"] in ("1", "True")
                if syn and not ack:
                    server = dport            # the SYN goes to the server...
                elif syn and ack:
                    server = sport            # ...which answers with SYN/ACK
                else:
                    server = _rule(sport, dport, transport)
                if (server, transport) not in TABLE:
                    # Active-mode FTP data: the server connects from port 20 (the issue's
                    # FTP-DATA row); no other listed port counts on the connecting side.
                    client = sport if server == dport else dport
                    server = 20 if client == 20 else None
                first_of_stream[stream] = server
            server = first_of_stream[stream]
        elif r["udp.srcport"]:
            transport, sport, dport = "udp", int(r["udp.srcport"]), int(r["udp.dstport"])
            server = _rule(sport, dport, transport)
        else:
            result[num] = None
            continue
        if server is None:
            result[num] = None
            continue
        service, security = TABLE[(server, transport)]
        if service.startswith("SNMP") and r["snmp.msgVersion"] != "":
            security = OWN_ENCRYPTION if r["snmp.msgVersion"] == "3" else CLEARTEXT
            # only authPriv (auth and priv flags) encrypts, RFC 3411 section 3.4.3
            if r["snmp.msgVersion"] == "3" and r["snmp.msgFlags"] and int(r["snmp.msgFlags"], 16) & 3 != 3:
                security = CLEARTEXT
        result[num] = (service, server, security)
    _starttls_upgrades(rows, result)
    return result


def _starttls_upgrades(rows, result):
    """Issue 4: in a mail stream where stock tshark hands over to TLS after a cleartext
    SMTP/IMAP/POP reply of the server (its STARTTLS acknowledgement), the frames from the
    first TLS frame on carry security 5, upgraded to TLS by STARTTLS. The same for FTP
    AUTH TLS, LDAP StartTLS and XMPP <starttls/> (Wireshark hands over after 234, the
    extendedResp and <proceed/>). The first TLS frame is the first that carries a TLS
    record (issue 15): bytes handed to the TLS dissector without a record are no upgrade."""
    mail = {"smtp", "imap", "pop", "ftp", "ldap", "xmpp"}
    streams = {}
    for r in rows:
        num = int(r["frame.number"])
        if not r["tcp.stream"] or result.get(num) is None or result[num][0] not in ("SMTP", "IMAP", "POP3", "FTP", "LDAP", "XMPP"):
            continue
        layers = set(r["frame.protocols"].split(":"))
        st = streams.setdefault(r["tcp.stream"], {"first_tls": None, "replies": [], "frames": []})
        st["frames"].append(num)
        if "tls" in layers and r["tls.record.content_type"] and st["first_tls"] is None:
            st["first_tls"] = num
        if layers & mail and "tls" not in layers and int(r["tcp.srcport"]) == result[num][1]:
            st["replies"].append(num)
    for st in streams.values():
        if st["first_tls"] is None:
            continue
        if not any(f < st["first_tls"] for f in st["replies"]):
            continue
        for f in st["frames"]:
            if f >= st["first_tls"]:
                result[f] = (result[f][0], result[f][1], UPGRADED)


def observed(capture, extra=(), two_pass=False):
    """frame number -> (service, server port, security) or None, from tshark with tlsedu."""
    result = {}
    for r in harness.fields(capture, PLUGIN_FIELDS, extra=extra, two_pass=two_pass):
        if r["tlsedu.service"]:
            result[int(r["frame.number"])] = (r["tlsedu.service"], int(r["tlsedu.service.port"]),
                                              int(r["tlsedu.security"]))
        else:
            result[int(r["frame.number"])] = None
    return result


def named_by_content(capture, extra=()):
    """Frames whose service tlsedu takes from their content, not from the port list
    (evidence 3, a service on a port outside the list; 4, the content contradicts the
    port): test_content.py checks those against Wireshark's own dissection."""
    rows = harness.fields(capture, ["frame.number", "tlsedu.service.evidence"], extra=extra)
    return {int(r["frame.number"]) for r in rows if r["tlsedu.service.evidence"] in ("3", "4")}


def differences(capture, extra=()):
    """Human-readable lines where the plugin disagrees with the port-list expectation."""
    want, got = expected(capture, extra), observed(capture, extra)
    by_content = named_by_content(capture, extra)
    lines = []
    for num in sorted((set(want) | set(got)) - by_content):
        if want.get(num) != got.get(num):
            lines.append("frame %d: expected %s, tlsedu shows %s" % (num, want.get(num), got.get(num)))
    return lines
