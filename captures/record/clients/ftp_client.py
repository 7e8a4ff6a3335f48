#!/usr/bin/env python3
"""FTP client for the tlsedu captures (Python ftplib, a real FTP/FTPS client).

  ftp_client.py plain HOST USER PASSWORD FILE
      cleartext FTP: USER/PASS, LIST and RETR FILE over ACTIVE-mode data connections
      (PORT; the server connects back from port 20).
  ftp_client.py tls HOST USER PASSWORD CAFILE KEYLOG
      explicit FTPS: FEAT, AUTH TLS, USER/PASS inside TLS, PBSZ 0/PROT P, and LIST over
      a passive (PASV), TLS-protected data connection. TLS secrets go to KEYLOG (NSS
      key log format) for Wireshark.
"""
import ftplib
import ssl
import sys


def plain(host, user, password, filename):
    ftp = ftplib.FTP()
    ftp.connect(host, 21, timeout=10)
    ftp.login(user, password)
    ftp.set_pasv(False)           # active mode: PORT, server connects from port 20
    ftp.retrlines("LIST")
    ftp.retrbinary("RETR " + filename, lambda data: sys.stdout.buffer.write(data))
    ftp.quit()


def tls(host, user, password, cafile, keylog):
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.keylog_filename = keylog
    ftp = ftplib.FTP_TLS(context=ctx)
    ftp.connect(host, 21, timeout=10)
    print(ftp.sendcmd("FEAT"))    # the server advertises AUTH TLS, PBSZ, PROT
    ftp.auth()                    # AUTH TLS, then the TLS handshake on the control channel
    ftp.login(user, password)     # USER/PASS now travel inside TLS
    ftp.prot_p()                  # PBSZ 0 + PROT P: data connections use TLS as well
    ftp.set_pasv(True)
    ftp.retrlines("LIST")
    ftp.quit()


if __name__ == "__main__":
    if len(sys.argv) == 6 and sys.argv[1] == "plain":
        plain(*sys.argv[2:])
    elif len(sys.argv) == 7 and sys.argv[1] == "tls":
        tls(*sys.argv[2:])
    else:
        sys.exit(__doc__)
