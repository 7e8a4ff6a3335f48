#!/usr/bin/python3
"""Traffic generator for the tlsedu benchmark capture (Python 3 standard library only).

Talks to the real servers make-capture.sh starts on 127.0.0.1 and keeps every exchange
small: the point is many conversations and handshakes, not bytes.

usage: load.py KIND COUNT [--workers N] [--ca FILE]

KIND:
  smtp   EHLO, STARTTLS, EHLO, one short mail, QUIT            (port 25)
  submit EHLO, STARTTLS, EHLO, AUTH PLAIN, one short mail, QUIT (port 587)
  imap   CAPABILITY, STARTTLS, LOGIN, SELECT INBOX, LOGOUT      (port 143)
  imaps  implicit TLS, LOGIN, LOGOUT                            (port 993)
  pop3   CAPA, STLS, USER/PASS, STAT, QUIT                      (port 110)
  http   one GET / on a new TCP connection                      (port 80)
  dns    one A query over UDP (every 50th over TCP)             (port 53)

Prints one line: KIND ok=N failed=M seconds=S.
"""
import argparse
import concurrent.futures
import http.client
import imaplib
import poplib
import random
import smtplib
import socket
import ssl
import struct
import sys
import time

HOST = "127.0.0.1"
USER = "student"
PASSWORD = "s3cret-Passw0rd"
SENDER = "teacher@example.org"
RCPT = "student@localhost"
MAIL = ("From: Teacher <teacher@example.org>\r\nTo: Student <student@localhost>\r\n"
        "Subject: tlsedu benchmark\r\n\r\nHello.\r\n")


def ctx_for(args, i):
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cafile=args.ca)
    if i % 2:                     # every other session: TLS 1.2
        ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def smtp(args, i, port=25, auth=False):
    s = smtplib.SMTP(HOST, port, local_hostname="client.tlsedu.test", timeout=20)
    s.ehlo()
    s.starttls(context=ctx_for(args, i))
    s.ehlo()
    if auth:
        s.login(USER, PASSWORD)
    s.sendmail(SENDER, [RCPT], MAIL)
    s.quit()


def submit(args, i):
    smtp(args, i, port=587, auth=True)


def imap(args, i):
    m = imaplib.IMAP4(HOST, 143, timeout=20)
    m.starttls(ssl_context=ctx_for(args, i))
    m.login(USER, PASSWORD)
    m.select("INBOX", readonly=True)
    m.logout()


def imaps(args, i):
    m = imaplib.IMAP4_SSL(HOST, 993, ssl_context=ctx_for(args, i), timeout=20)
    m.login(USER, PASSWORD)
    m.logout()


def pop3(args, i):
    p = poplib.POP3(HOST, 110, timeout=20)
    p.stls(context=ctx_for(args, i))
    p.user(USER)
    p.pass_(PASSWORD)
    p.stat()
    p.quit()


def http_get(args, i):
    c = http.client.HTTPConnection(HOST, 80, timeout=20)
    c.request("GET", "/", headers={"Host": "www.tlsedu.test", "Connection": "close"})
    c.getresponse().read()
    c.close()


def dns_query(name, qid):
    q = struct.pack("!HHHHHH", qid, 0x0100, 1, 0, 0, 0)
    for label in name.split("."):
        q += bytes([len(label)]) + label.encode()
    return q + b"\x00" + struct.pack("!HH", 1, 1)


def dns(args, i):
    name = f"host{i % 997}.tlsedu.test"
    q = dns_query(name, random.randrange(65536))
    if i % 50 == 49:              # a few over TCP (length-prefixed)
        with socket.create_connection((HOST, 53), timeout=5) as s:
            s.sendall(struct.pack("!H", len(q)) + q)
            n = struct.unpack("!H", s.recv(2))[0]
            while n > 0:
                n -= len(s.recv(n))
        return
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.settimeout(2)
        s.sendto(q, (HOST, 53))
        s.recvfrom(4096)


KINDS = {"smtp": smtp, "submit": submit, "imap": imap, "imaps": imaps, "pop3": pop3,
         "http": http_get, "dns": dns}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kind", choices=sorted(KINDS))
    ap.add_argument("count", type=int)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--ca", default=None)
    args = ap.parse_args()
    fn = KINDS[args.kind]
    ok = failed = 0
    first_error = None
    t0 = time.monotonic()

    def one(i):
        try:
            fn(args, i)
            return None
        except Exception as e:  # count and go on: a benchmark load, not a test
            return f"{type(e).__name__}: {e}"

    with concurrent.futures.ThreadPoolExecutor(args.workers) as ex:
        for err in ex.map(one, range(args.count)):
            if err is None:
                ok += 1
            else:
                failed += 1
                first_error = first_error or err
    print(f"{args.kind} ok={ok} failed={failed} seconds={time.monotonic() - t0:.1f}"
          + (f" first_error={first_error}" if first_error else ""), file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
