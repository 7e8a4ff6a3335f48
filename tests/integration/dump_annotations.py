"""Prints what tlsedu says about every frame of the project's captures, one line a frame:
capture, frame, and the tlsedu fields. tools/ws-versions.sh runs it under each Wireshark
version and compares the outputs: the classroom annotations must not depend on the version.

SPDX-License-Identifier: GPL-2.0-or-later
"""
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402

FIELDS = ["frame.number", "tlsedu.service", "tlsedu.service.port", "tlsedu.security",
          "tlsedu.service.evidence", "tlsedu.direction", "tlsedu.secure_alternative",
          "tlsedu.stage", "tlsedu.message", "tlsedu.stage.inferred", "tlsedu.data.early",
          "tlsedu.handshake.version", "tlsedu.handshake.cipher_suite", "tlsedu.handshake.kex",
          "tlsedu.handshake.forward_secrecy", "tlsedu.handshake.resumed",
          "tlsedu.handshake.round_trips", "tlsedu.handshake.finished_frame"]


def main():
    for path in sorted(glob.glob(os.path.join(harness.CAPTURES, "*.pcap"))):
        name = os.path.basename(path)
        for row in harness.fields(path, FIELDS, extra=harness.keylog_args(path)):
            print("\t".join([name] + [row[f] for f in FIELDS]))


if __name__ == "__main__":
    main()
