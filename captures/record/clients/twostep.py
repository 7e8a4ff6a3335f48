#!/usr/bin/env python3
"""Two-step SASL logins in cleartext for the tlsedu captures (standard library only).

The client sends the AUTH / AUTHENTICATE command without an initial response; the secret
goes on its own line after the server's continuation (SMTP 334, IMAP and POP3 "+").

usage: twostep.py smtp-login|imap-plain|pop3-plain --port P
"""
import argparse
import base64
import imaplib
import poplib
import smtplib

HOST = "127.0.0.1"
USER = "student"
PASSWORD = "s3cret-Passw0rd"


def plain_response():
    return base64.b64encode(("\0%s\0%s" % (USER, PASSWORD)).encode()).decode()


def smtp_login(port):
    # EHLO, AUTH LOGIN (no initial response), 334 Username, user, 334 Password, password
    s = smtplib.SMTP(HOST, port, local_hostname="client.tlsedu.test")
    s.ehlo()
    s.user, s.password = USER, PASSWORD   # what auth_login answers the two 334s with
    s.auth("LOGIN", s.auth_login, initial_response_ok=False)
    s.quit()


def imap_plain(port):
    # tag AUTHENTICATE PLAIN, "+ ", the base64 line, tag OK; then LOGOUT
    m = imaplib.IMAP4(HOST, port)
    m.authenticate("PLAIN", lambda _challenge: ("\0%s\0%s" % (USER, PASSWORD)).encode())
    m.logout()


def pop3_plain(port):
    # CAPA, AUTH PLAIN (no initial response), "+ ", the base64 line, +OK; STAT, QUIT
    p = poplib.POP3(HOST, port)
    p.capa()
    p._shortcmd("AUTH PLAIN")
    p._shortcmd(plain_response())
    p.stat()
    p.quit()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("scenario", choices=["smtp-login", "imap-plain", "pop3-plain"])
    ap.add_argument("--port", type=int, required=True)
    args = ap.parse_args()
    {"smtp-login": smtp_login, "imap-plain": imap_plain, "pop3-plain": pop3_plain}[args.scenario](args.port)


if __name__ == "__main__":
    main()
