# SPDX-License-Identifier: GPL-2.0-or-later
"""Adding packet comments to a pcapng file: several opt_comment options per packet.

editcap -a keeps a single comment per frame (Wireshark 4.0), so the lesson writes its
comments itself. The file is read block by block; every block is copied byte for byte
except the packets that get comments: an Enhanced Packet Block (type 6) or an obsolete
Packet Block (type 2) gets its new opt_comment options (code 1, UTF-8, padded to 4 bytes)
before its opt_endofopt, after the options it already has, and its two total-length fields
are fixed. A Simple Packet Block (type 3) counts as a packet but cannot hold options: it is
left as it is. Frame numbers start at 1 and run across the file's sections, as Wireshark
numbers them. The output is written to a temporary file beside it, then renamed.
"""
import os
import shutil
import struct
import tempfile

SHB = 0x0A0D0D0A
EPB, PB, SPB = 6, 2, 3
BYTE_ORDER_MAGIC = 0x1A2B3C4D
OPT_ENDOFOPT, OPT_COMMENT = 0, 1
PACKET_HEADER = 20        # EPB: interface, ts high, ts low, caplen, len; PB: iface(2), drops(2), ...
MAX_BLOCK = 1 << 30       # a sanity bound on a block's total length


class PcapngError(Exception):
    """The file is not a pcapng file this module can rewrite."""


def pad4(n):
    return (n + 3) & ~3


def comment_option(text, endian):
    """One opt_comment option: code 1, length, the UTF-8 text padded to 4 bytes."""
    data = text.encode("utf-8")
    if len(data) > 0xFFFF:
        raise PcapngError("comment too long for a pcapng option (%d bytes)" % len(data))
    return struct.pack(endian + "HH", OPT_COMMENT, len(data)) + data + b"\0" * (pad4(len(data)) - len(data))


def read_block(f, endian):
    """The next block as (type, whole block bytes, endian of its section), or None at the end."""
    head = f.read(8)
    if not head:
        return None
    if len(head) < 8:
        raise PcapngError("truncated block header")
    if struct.unpack("<I", head[:4])[0] == SHB:       # the same in both byte orders
        magic = f.read(4)
        if len(magic) < 4:
            raise PcapngError("truncated section header")
        if struct.unpack("<I", magic)[0] == BYTE_ORDER_MAGIC:
            endian = "<"
        elif struct.unpack(">I", magic)[0] == BYTE_ORDER_MAGIC:
            endian = ">"
        else:
            raise PcapngError("bad byte-order magic in a section header")
        head += magic
    elif endian is None:
        raise PcapngError("not a pcapng file (no section header first)")
    btype, total = struct.unpack(endian + "II", head[:8])
    if total < 12 or total % 4 or total > MAX_BLOCK or total < len(head) + 4:
        raise PcapngError("bad block length %d (block type %#x)" % (total, btype))
    rest = f.read(total - len(head))
    if len(rest) < total - len(head):
        raise PcapngError("truncated block (type %#x)" % btype)
    block = head + rest
    if struct.unpack(endian + "I", block[-4:])[0] != total:
        raise PcapngError("block lengths disagree (block type %#x)" % btype)
    return btype, block, endian


def options_end(block, start, endian):
    """Where the options of a packet block (starting at start) end: the offset of its
    opt_endofopt, or of the trailing length when it has none."""
    pos, end = start, len(block) - 4
    while pos + 4 <= end:
        code, length = struct.unpack(endian + "HH", block[pos:pos + 4])
        if code == OPT_ENDOFOPT:
            return pos
        pos += 4 + pad4(length)
    if pos != end:
        raise PcapngError("malformed options in a packet block")
    return end


def add_comments(btype, block, endian, texts):
    """The packet block with the comments added after its options (EPB and PB)."""
    caplen = struct.unpack(endian + "I", block[20:24])[0]
    start = 8 + PACKET_HEADER + pad4(caplen)
    if start > len(block) - 4:
        raise PcapngError("packet data longer than its block (block type %#x)" % btype)
    keep = options_end(block, start, endian)
    options = block[start:keep] + b"".join(comment_option(t, endian) for t in texts)
    options += struct.pack(endian + "HH", OPT_ENDOFOPT, 0)
    total = start + len(options) + 4
    length = struct.pack(endian + "I", total)
    return block[:4] + length + block[8:start] + options + length


def annotate(src, dst, comments):
    """Copies the pcapng file src to dst with comments ({frame number: [text, ...]}) added
    to those frames. Returns the number of frames that received comments."""
    out_dir = os.path.dirname(os.path.abspath(dst))
    fd, tmp = tempfile.mkstemp(prefix=".tlsedu-", suffix=".pcapng.tmp", dir=out_dir)
    done = 0
    try:
        with open(src, "rb") as fin, os.fdopen(fd, "wb") as fout:
            done = copy_blocks(fin, fout, comments)
        shutil.copymode(src, tmp)
        os.replace(tmp, dst)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return done


def copy_blocks(fin, fout, comments):
    endian, frame, done = None, 0, 0
    while True:
        got = read_block(fin, endian)
        if got is None:
            return done
        btype, block, endian = got
        if btype in (EPB, PB, SPB):
            frame += 1
            texts = comments.get(frame)
            if texts and btype != SPB:
                block = add_comments(btype, block, endian, texts)
                done += 1
        fout.write(block)
