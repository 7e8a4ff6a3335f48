#!/usr/bin/env python3
"""Mail client for the tlsedu captures (SMTP, IMAP, POP3 with and without TLS).

Uses only the Python standard library (smtplib, imaplib, poplib, ssl, socket).
Every TLS connection trusts the test CA and writes its secrets to an NSS key log,
so Wireshark can decrypt the recording.

usage: mailclient.py SCENARIO --port P [--keylog FILE] [--ca FILE] [--tls12]

Scenarios:
  smtp-starttls      EHLO, STARTTLS, EHLO, one mail, QUIT
  smtp-starttls-auth EHLO, STARTTLS, EHLO, AUTH PLAIN, one mail, QUIT
  smtps-auth         implicit TLS, EHLO, AUTH PLAIN, one mail, QUIT
  smtp-auth-clear    EHLO (STARTTLS offered), AUTH PLAIN in cleartext, one mail, QUIT
  smtp-starttls-refused  EHLO, STARTTLS (refused), one mail in cleartext, QUIT
  smtp-injection     EHLO, "STARTTLS\\r\\nRSET\\r\\n" in one send, TLS, EHLO, QUIT (raw socket)
  smtp-injection-separate  EHLO, "STARTTLS\\r\\n" in one send, "RSET\\r\\n" in another before
                     reading the answer (TCP_NODELAY: two segments), then TLS, EHLO, QUIT (raw socket)
  smtp-tls-after-refusal  EHLO (no STARTTLS offered), STARTTLS (refused), a ClientHello anyway
                     (the handshake fails: the server answers in cleartext), QUIT (raw socket)
  imap-starttls      STARTTLS, LOGIN, SELECT INBOX, LOGOUT
  imaps              implicit TLS, LOGIN, LOGOUT
  imap-login-clear   LOGIN in cleartext (STARTTLS offered), SELECT INBOX, LOGOUT
  imap-starttls-refused  STARTTLS (server has no TLS: BAD), LOGOUT
  pop3-stls          CAPA, STLS, USER/PASS, STAT, QUIT
  pop3s              implicit TLS, USER/PASS, QUIT
  pop3-userpass-clear  CAPA (STLS offered), USER/PASS in cleartext, STAT, QUIT
  pop3-stls-refused  CAPA, STLS (server has no TLS: -ERR), QUIT
  imap-tls-after-refusal  STARTTLS (server has no TLS: BAD), a ClientHello anyway (raw socket)
"""
import argparse
import imaplib
import poplib
import smtplib
import socket
import ssl
import sys
import time

# The test certificate holds IP 127.0.0.1 in its subjectAltName, so the clients
# connect to (and verify) the address; Python sends no SNI for an IP address.
HOST = "127.0.0.1"
USER = "student"
PASSWORD = "s3cret-Passw0rd"
SENDER = "teacher@example.org"
RCPT = "student@localhost"


def message(subject):
    return (
        f"From: Teacher <{SENDER}>\r\n"
        f"To: Student <{RCPT}>\r\n"
        f"Subject: {subject}\r\n"
        "\r\n"
        "Hello student,\r\n"
        "this is a short test mail for the tlsedu captures.\r\n"
    )


def tls_context(args):
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=args.ca)
    ctx.keylog_filename = args.keylog
    if args.tls12:
        ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def show(what, value):
    print(f"  {what}: {value}", file=sys.stderr)


def finish(sock):
    """Close like a polite client: after QUIT/LOGOUT wait until the server has sent its
    TLS close_notify and FIN, then close our side. Closing at once would make the kernel
    answer the server's late close_notify with a TCP RST at the end of the capture."""
    sock.settimeout(3)
    try:
        while sock.recv(4096):
            pass
    except (OSError, ssl.SSLError):
        pass
    sock.close()


def smtp_quit(s):
    s.docmd("quit")              # what smtplib.quit() sends, without its immediate close()
    finish(s.sock)
    s.sock = s.file = None


def patch_close(obj, method):
    """Make imaplib/poplib wait for the server to close (see finish())."""
    def close():
        sock = obj.sock
        obj.file.close()
        finish(sock)
    setattr(obj, method, close)


def tls_info(sock):
    if isinstance(sock, ssl.SSLSocket):
        show("TLS", f"{sock.version()} {sock.cipher()[0]}")


# ---------------------------------------------------------------- SMTP

def smtp_open(args, implicit=False):
    if implicit:
        s = smtplib.SMTP_SSL(HOST, args.port, local_hostname="client.tlsedu.test",
                             context=tls_context(args))
        tls_info(s.sock)
    else:
        s = smtplib.SMTP(HOST, args.port, local_hostname="client.tlsedu.test")
    return s


def smtp_starttls(s, args):
    s.ehlo()
    show("EHLO", s.esmtp_features.keys())
    code, reply = s.starttls(context=tls_context(args))
    show("STARTTLS", (code, reply))
    tls_info(s.sock)
    s.ehlo()
    show("EHLO in TLS", s.esmtp_features.keys())


def cmd_smtp_starttls(args, auth=False):
    s = smtp_open(args)
    smtp_starttls(s, args)
    if auth:
        s.login(USER, PASSWORD)
    s.sendmail(SENDER, [RCPT], message(f"STARTTLS on port {args.port}"))
    smtp_quit(s)


def cmd_smtps_auth(args):
    s = smtp_open(args, implicit=True)
    s.ehlo()
    s.login(USER, PASSWORD)
    s.sendmail(SENDER, [RCPT], message("implicit TLS on port 465"))
    smtp_quit(s)


def cmd_smtp_auth_clear(args):
    s = smtp_open(args)
    s.ehlo()
    show("EHLO", s.esmtp_features.keys())
    assert s.has_extn("starttls"), "server should offer STARTTLS"
    # The client ignores the STARTTLS offer: AUTH PLAIN goes out in cleartext.
    s.login(USER, PASSWORD)
    s.sendmail(SENDER, [RCPT], message("cleartext AUTH although STARTTLS was offered"))
    smtp_quit(s)


def cmd_smtp_starttls_refused(args):
    s = smtp_open(args)
    s.ehlo()
    show("EHLO", s.esmtp_features.keys())
    try:
        s.starttls(context=tls_context(args))
        raise SystemExit("STARTTLS should have been refused")
    except smtplib.SMTPResponseException as e:   # smtplib raises on a non-220 answer
        show("STARTTLS refused", (e.smtp_code, e.smtp_error))
    # Opportunistic client: falls back to cleartext and sends the mail anyway.
    s.sendmail(SENDER, [RCPT], message("sent in cleartext after STARTTLS was refused"))
    smtp_quit(s)


def recv_reply(f):
    """Read one (possibly multi-line) SMTP reply from a file object."""
    lines = []
    while True:
        line = f.readline()
        if not line:
            break
        lines.append(line)
        if len(line) < 4 or line[3:4] != b"-":
            break
    for line in lines:
        show("S", line.rstrip())
    return lines


def recv_line_raw(sock):
    """Read one line byte by byte, so nothing after it is taken from the socket."""
    buf = b""
    while not buf.endswith(b"\n"):
        c = sock.recv(1)
        if not c:
            break
        buf += c
    return buf


def cmd_smtp_injection(args):
    sock = socket.create_connection((HOST, args.port))
    f = sock.makefile("rb")
    recv_reply(f)                                   # 220 banner
    sock.sendall(b"EHLO client.tlsedu.test\r\n")
    recv_reply(f)                                   # 250-... STARTTLS
    f.close()  # nothing is buffered: the server waits for our next command
    # The attack: a cleartext command pipelined behind STARTTLS, in ONE segment.
    sock.sendall(b"STARTTLS\r\n" + args.inject.encode() + b"\r\n")
    line = recv_line_raw(sock)
    show("S", line.rstrip())
    if not line.startswith(b"220"):
        sock.close()
        return
    tls = tls_context(args).wrap_socket(sock, server_hostname=HOST)
    tls_info(tls)
    # Wait a moment: a vulnerable server would now answer the injected command
    # inside the TLS session, before we said anything.
    tls.settimeout(1.5)
    try:
        data = tls.recv(4096)
        show("S (unsolicited, inside TLS)", data)
    except (socket.timeout, TimeoutError):
        show("S", "nothing unsolicited inside TLS")
    tls.settimeout(10)
    f = tls.makefile("rb")
    tls.sendall(b"EHLO client.tlsedu.test\r\n")
    recv_reply(f)
    tls.sendall(b"QUIT\r\n")
    recv_reply(f)
    f.close()
    finish(tls)


def cmd_smtp_injection_separate(args):
    sock = socket.create_connection((HOST, args.port))
    # no Nagle: each send leaves at once in its own segment
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    f = sock.makefile("rb")
    recv_reply(f)                                   # 220 banner
    sock.sendall(b"EHLO client.tlsedu.test\r\n")
    recv_reply(f)                                   # 250-... STARTTLS
    f.close()
    # The attack, sent separately: STARTTLS in one write, the injected command in a second
    # write right after it, before the server's answer has been read.
    sock.sendall(b"STARTTLS\r\n")
    sock.sendall(args.inject.encode() + b"\r\n")
    line = recv_line_raw(sock)
    show("S", line.rstrip())
    if not line.startswith(b"220"):
        sock.close()
        return
    try:
        tls = tls_context(args).wrap_socket(sock, server_hostname=HOST)
    except (ssl.SSLError, OSError) as e:
        # Postfix reads the injected bytes as the start of the handshake ("wrong version
        # number") and resets the connection; the failed wrap has closed the socket.
        show("TLS failed", e)
        return
    tls_info(tls)
    tls.settimeout(1.5)
    try:
        data = tls.recv(4096)
        show("S (unsolicited, inside TLS)", data)
    except (socket.timeout, TimeoutError):
        show("S", "nothing unsolicited inside TLS")
    except (ssl.SSLError, OSError) as e:
        show("TLS error", e)
        finish(tls)
        return
    tls.settimeout(10)
    f = tls.makefile("rb")
    tls.sendall(b"EHLO client.tlsedu.test\r\n")
    recv_reply(f)
    tls.sendall(b"QUIT\r\n")
    recv_reply(f)
    f.close()
    finish(tls)


def tls_anyway(args, sock):
    """Start TLS although the server refused: a careless client. The server reads the
    ClientHello as a (bad) command and answers in cleartext, so the handshake fails."""
    sock.settimeout(5)
    try:
        tls = tls_context(args).wrap_socket(sock, server_hostname=HOST)
        show("TLS (unexpected)", tls.version())
        return tls
    except (ssl.SSLError, OSError) as e:
        show("TLS failed, as expected", e)   # the failed wrap has closed the socket
        return None


def cmd_smtp_tls_after_refusal(args):
    sock = socket.create_connection((HOST, args.port))
    f = sock.makefile("rb")
    recv_reply(f)                                   # 220 banner
    sock.sendall(b"EHLO client.tlsedu.test\r\n")
    recv_reply(f)                                   # 250-...: no STARTTLS
    sock.sendall(b"STARTTLS\r\n")
    reply = recv_reply(f)                           # 502: refused
    f.close()
    assert reply and reply[-1][:1] in (b"4", b"5"), "STARTTLS should have been refused"
    tls = tls_anyway(args, sock)
    if tls is not None:
        finish(tls)


# ---------------------------------------------------------------- IMAP

def cmd_imap_starttls(args):
    m = imaplib.IMAP4(HOST, args.port)
    show("greeting capabilities", m.capabilities)
    m.starttls(ssl_context=tls_context(args))
    tls_info(m.sock)
    m.login(USER, PASSWORD)
    show("SELECT", m.select("INBOX"))
    patch_close(m, "shutdown")
    m.logout()


def cmd_imaps(args):
    m = imaplib.IMAP4_SSL(HOST, args.port, ssl_context=tls_context(args))
    tls_info(m.sock)
    m.login(USER, PASSWORD)
    patch_close(m, "shutdown")
    m.logout()


def cmd_imap_login_clear(args):
    m = imaplib.IMAP4(HOST, args.port)
    show("greeting capabilities", m.capabilities)
    assert "STARTTLS" in m.capabilities, "server should offer STARTTLS"
    m.login(USER, PASSWORD)           # cleartext LOGIN
    show("SELECT", m.select("INBOX"))
    patch_close(m, "shutdown")
    m.logout()


def cmd_imap_starttls_refused(args):
    m = imaplib.IMAP4(HOST, args.port)
    show("greeting capabilities", m.capabilities)
    # imaplib.starttls() checks the capability first; send the command anyway.
    try:
        m.xatom("STARTTLS")
    except imaplib.IMAP4.error as e:
        show("STARTTLS refused", e)
    patch_close(m, "shutdown")
    m.logout()


def cmd_imap_tls_after_refusal(args):
    sock = socket.create_connection((HOST, args.port))
    f = sock.makefile("rb")
    show("S", f.readline().rstrip())                # * OK [CAPABILITY ...] without STARTTLS
    sock.sendall(b"a1 STARTTLS\r\n")
    line = f.readline()                             # a1 BAD: refused
    show("S", line.rstrip())
    f.close()
    assert line.split()[1:2] in ([b"BAD"], [b"NO"]), "STARTTLS should have been refused"
    tls = tls_anyway(args, sock)
    if tls is not None:
        finish(tls)


# ---------------------------------------------------------------- POP3

def cmd_pop3_stls(args):
    p = poplib.POP3(HOST, args.port)
    # poplib.stls() sends CAPA itself and checks that STLS is listed
    show("STLS", p.stls(context=tls_context(args)))
    tls_info(p.sock)
    p.user(USER)
    p.pass_(PASSWORD)
    show("STAT", p.stat())
    patch_close(p, "close")
    p.quit()


def cmd_pop3s(args):
    p = poplib.POP3_SSL(HOST, args.port, context=tls_context(args))
    tls_info(p.sock)
    p.user(USER)
    p.pass_(PASSWORD)
    patch_close(p, "close")
    p.quit()


def cmd_pop3_userpass_clear(args):
    p = poplib.POP3(HOST, args.port)
    caps = p.capa()
    show("CAPA", caps)
    assert "STLS" in caps, "server should offer STLS"
    p.user(USER)                     # cleartext USER / PASS
    p.pass_(PASSWORD)
    show("STAT", p.stat())
    patch_close(p, "close")
    p.quit()


def cmd_pop3_stls_refused(args):
    p = poplib.POP3(HOST, args.port)
    show("CAPA", p.capa())
    # poplib.stls() checks CAPA first; send the command anyway.
    try:
        p._shortcmd("STLS")
    except poplib.error_proto as e:
        show("STLS refused", e)
    patch_close(p, "close")
    p.quit()


SCENARIOS = {
    "smtp-starttls": cmd_smtp_starttls,
    "smtp-starttls-auth": lambda a: cmd_smtp_starttls(a, auth=True),
    "smtps-auth": cmd_smtps_auth,
    "smtp-auth-clear": cmd_smtp_auth_clear,
    "smtp-starttls-refused": cmd_smtp_starttls_refused,
    "smtp-injection": cmd_smtp_injection,
    "smtp-injection-separate": cmd_smtp_injection_separate,
    "smtp-tls-after-refusal": cmd_smtp_tls_after_refusal,
    "imap-tls-after-refusal": cmd_imap_tls_after_refusal,
    "imap-starttls": cmd_imap_starttls,
    "imaps": cmd_imaps,
    "imap-login-clear": cmd_imap_login_clear,
    "imap-starttls-refused": cmd_imap_starttls_refused,
    "pop3-stls": cmd_pop3_stls,
    "pop3s": cmd_pop3s,
    "pop3-userpass-clear": cmd_pop3_userpass_clear,
    "pop3-stls-refused": cmd_pop3_stls_refused,
}


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("scenario", choices=sorted(SCENARIOS))
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--keylog", help="NSS key log file for the TLS secrets")
    ap.add_argument("--ca", default=None, help="CA certificate to trust")
    ap.add_argument("--tls12", action="store_true", help="limit TLS to version 1.2")
    ap.add_argument("--inject", default="RSET",
                    help="cleartext command pipelined behind STARTTLS (smtp-injection)")
    args = ap.parse_args()
    print(f"{args.scenario} on port {args.port}", file=sys.stderr)
    SCENARIOS[args.scenario](args)
    time.sleep(0.2)


if __name__ == "__main__":
    main()
