# SPDX-License-Identifier: GPL-2.0-or-later
"""tlsedu-lesson's parts: run (tshark and the inputs), read (tlsedu's annotations from
tshark's PDML), capture (the annotated pcapng), page (the HTML lesson), words (the page's
words in every language), main (the command line)."""
