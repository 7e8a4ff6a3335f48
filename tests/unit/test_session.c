/* Unit tests of the TLS 1.2 resumption rules (core/session.c) on the state machine, and of
 * the certificate sentence in the Certificate explanation (core/texts.c).
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include <string.h>

#include "core/handshake.h"
#include "core/session.h"
#include "core/texts.h"

#include "check.h"

static tlsedu_tls_record_t
hs(uint8_t type)
{
    tlsedu_tls_record_t r;
    memset(&r, 0, sizeof r);
    r.content_type = TLSEDU_CT_HANDSHAKE;
    r.n_messages = 1;
    r.messages[0].type = type;
    return r;
}

static tlsedu_tls_record_t
server_hello(uint16_t version, const char *suite)
{
    tlsedu_tls_record_t r = hs(2);
    r.messages[0].selected_version = version;
    r.messages[0].suite_name = suite;
    return r;
}

static tlsedu_tls_record_t
ccs(void)
{
    tlsedu_tls_record_t r;
    memset(&r, 0, sizeof r);
    r.content_type = TLSEDU_CT_CHANGE_CIPHER_SPEC;
    return r;
}

static void
frame(tlsedu_tls_state_t *st, tlsedu_from_t from, const tlsedu_tls_record_t *r, size_t n)
{
    tlsedu_stage_item_t items[8];
    tlsedu_tls_frame(st, from, r, n, items, 8);
}

static void
test_full_handshake_is_an_original(void)
{
    tlsedu_tls_state_t st;
    tlsedu_tls_record_t r[3];

    tlsedu_tls_state_init(&st);
    r[0] = hs(1);
    frame(&st, TLSEDU_FROM_CLIENT, r, 1);
    CHECK(!tlsedu_session_has_own_kex(&st) && !tlsedu_session_wants_origin(&st));
    r[0] = server_hello(0x0303, "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384");
    frame(&st, TLSEDU_FROM_SERVER, r, 1);
    /* ServerHello alone: full or resumed is not known yet */
    CHECK(!tlsedu_session_has_own_kex(&st) && !tlsedu_session_wants_origin(&st));
    r[0] = hs(11);
    r[1] = hs(12);
    r[2] = hs(14);
    frame(&st, TLSEDU_FROM_SERVER, r, 3);
    CHECK(tlsedu_session_has_own_kex(&st) && st.kex == TLSEDU_KEX_ECDHE);
    CHECK(!tlsedu_session_wants_origin(&st));
}

static void
test_resumption_inherits(void)
{
    tlsedu_tls_state_t st;
    tlsedu_tls_record_t r[3];

    tlsedu_tls_state_init(&st);
    r[0] = hs(1);
    frame(&st, TLSEDU_FROM_CLIENT, r, 1);
    r[0] = server_hello(0x0303, "TLS_RSA_WITH_AES_128_GCM_SHA256");
    r[1] = ccs();
    r[2] = hs(20);
    frame(&st, TLSEDU_FROM_SERVER, r, 3);
    CHECK(st.resumed == 1 && st.kex == TLSEDU_KEX_UNKNOWN);
    CHECK(tlsedu_session_wants_origin(&st) && !tlsedu_session_has_own_kex(&st));
    CHECK(!(st.events & TLSEDU_EV_NO_FS));
    tlsedu_session_inherit(&st, TLSEDU_KEX_UNKNOWN);      /* nothing known: nothing changes */
    CHECK(st.kex == TLSEDU_KEX_UNKNOWN && !(st.events & TLSEDU_EV_NO_FS));
    tlsedu_session_inherit(&st, TLSEDU_KEX_RSA);
    CHECK(st.kex == TLSEDU_KEX_RSA && (st.events & TLSEDU_EV_NO_FS));
    CHECK(!tlsedu_session_wants_origin(&st));
    /* a ticket issued in a resumption passes the inherited value on */
    CHECK(tlsedu_session_has_own_kex(&st));

    tlsedu_tls_state_init(&st);
    r[0] = hs(1);
    frame(&st, TLSEDU_FROM_CLIENT, r, 1);
    r[0] = server_hello(0x0303, "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
    r[1] = hs(4);              /* NewSessionTicket */
    r[2] = ccs();
    frame(&st, TLSEDU_FROM_SERVER, r, 3);
    CHECK(tlsedu_session_wants_origin(&st));
    tlsedu_session_inherit(&st, TLSEDU_KEX_ECDHE);
    CHECK(st.kex == TLSEDU_KEX_ECDHE && !(st.events & TLSEDU_EV_NO_FS));
}

static void
test_tls13_is_not_concerned(void)
{
    tlsedu_tls_state_t st;
    tlsedu_tls_record_t r[1];

    tlsedu_tls_state_init(&st);
    r[0] = hs(1);
    frame(&st, TLSEDU_FROM_CLIENT, r, 1);
    r[0] = server_hello(0x0304, "TLS_AES_128_GCM_SHA256");
    r[0].messages[0].psk = true;
    frame(&st, TLSEDU_FROM_SERVER, r, 1);
    CHECK(st.resumed == 1 && st.kex == TLSEDU_KEX_PSK);
    CHECK(!tlsedu_session_wants_origin(&st) && !tlsedu_session_has_own_kex(&st));
    tlsedu_tls_state_init(&st);
    CHECK(!tlsedu_session_wants_origin(&st) && !tlsedu_session_has_own_kex(&st));
}

int
main(void)
{
    test_full_handshake_is_an_original();
    test_resumption_inherits();
    test_tls13_is_not_concerned();
    return check_report("session");
}
