/* explain_end.c - the sentences of the end of a handshake and after it: Finished per
 * version, side and order, application data per direction and cipher, alerts per sender.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "explain_int.h"

#include <stdio.h>

#include "names.h"
#include "tls_types.h"

#define say tlsedu_ex_say

/* TLS <= 1.2 (RFC 5246 7.3, 7.4.9): a full handshake has the client's Finished first, an
 * abbreviated one (a resumption) the server's first; it->completes marks the second. */
static void
finished_12(tlsedu_ex_t *x, bool inferred)
{
    const bool second = x->it->completes;

    if (x->client) {
        say(x, inferred ? S_FIN12_INF_CLIENT : S_FIN12_CLIENT);
        say(x, S_FIN_MAC);
        say(x, second ? S_FIN12_RESUMED_DONE : S_FIN12_SERVER_NEXT);
    } else {
        say(x, inferred ? S_FIN12_INF_SERVER : S_FIN12_SERVER);
        say(x, S_FIN_MAC);
        say(x, second ? S_FIN12_DONE : S_FIN12_CLIENT_NEXT);
    }
}

/* TLS 1.3 (RFC 8446 2, 4.4, 4.4.4, 7.1): the server's Finished first, then the client's,
 * after its Certificate and CertificateVerify under the same handshake keys. */
static void
finished_13(tlsedu_ex_t *x, bool inferred)
{
    if (x->server && !inferred) {
        say(x, S_FIN13_SERVER);
        say(x, S_FIN13_SERVER_DATA);
    } else if (x->client && !inferred) {
        say(x, S_FIN13_CLIENT);
        say(x, S_FIN13_CLIENT_KEYS);
    } else if (x->client) {
        say(x, S_FIN13_INF_CLIENT);
        say(x, S_FIN13_INF_ENDS);
        if (x->it->server_unseen) {
            say(x, S_FIN13_LONE);
            say(x, S_FIN13_LONE_WHY);
        } else if (x->it->uncertain) {
            say(x, S_FIN13_UNCERTAIN);
        }
    } else {
        say(x, S_FIN_INF_ANY);
    }
}

void
tlsedu_explain_finished(tlsedu_ex_t *x)
{
    const bool inferred = x->it->msg == TLSEDU_MSG_INF_FINISHED;

    if ((!x->tls12 && !x->tls13) || (!x->client && !x->server)) {
        /* the version or the side is not known: true of every version and both sides */
        say(x, inferred ? S_FIN_INF_ANY : S_FIN_ANY);
        if (!inferred)
            say(x, S_FIN_MAC);
    } else if (x->tls13) {
        finished_13(x, inferred);
    } else {
        finished_12(x, inferred);
    }
}

static void
early(tlsedu_ex_t *x)
{
    switch (x->it->early_kind) {
    case TLSEDU_EARLY_CLIENT_0RTT:      /* RFC 8446 2.3, 8 */
        say(x, x->it->msg == TLSEDU_MSG_APP_DATA ? S_EARLY_0RTT : S_EARLY_0RTT_INF);
        say(x, S_EARLY_0RTT_RISK);
        break;
    case TLSEDU_EARLY_SERVER_05RTT:     /* RFC 8446 4.4.4 */
        say(x, S_EARLY_05RTT);
        say(x, S_EARLY_05RTT_RISK);
        break;
    case TLSEDU_EARLY_FALSE_START:      /* RFC 7918 */
        say(x, S_EARLY_FALSE_START);
        say(x, S_EARLY_FALSE_START_RISK);
        break;
    default:
        say(x, S_EARLY_ANY);
        break;
    }
}

/* Decrypted application data: its size on the wire and what Wireshark found inside. */
static void
decrypted(tlsedu_ex_t *x)
{
    const tlsedu_explain_ctx_t *c = x->ctx;
    char bytes[16];

    snprintf(bytes, sizeof bytes, "%u", c->data_bytes);
    tlsedu_ex_say1(x, c->kex == TLSEDU_KEX_RSA                 ? S_DATA_DECRYPTED_RSA
                      : c->kex == TLSEDU_KEX_PSK && !x->tls13 ? S_DATA_DECRYPTED_PSK
                                                              : S_DATA_DECRYPTED, bytes);
    if (c->data_protocol != NULL && c->data_message != NULL)
        tlsedu_ex_say2(x, S_DATA_INSIDE, c->data_protocol, c->data_message);
    else if (c->data_protocol != NULL)
        tlsedu_ex_say1(x, S_DATA_INSIDE_PROTO, c->data_protocol);
    else
        say(x, S_DATA_INSIDE_UNKNOWN);
}

/* An inferred TLS 1.3 item under an integrity-only suite (RFC 9150 1, 9): the same facts as
 * for an encrypted one, said as "protected", then what the suite leaves readable. */
void
tlsedu_explain_clear13(tlsedu_ex_t *x)
{
    static const struct {
        tlsedu_msg_t msg;
        tlsedu_sentence_id_t first, repeat;
    } kinds[] = {
        { TLSEDU_MSG_INF_SERVER_FLIGHT, S_INF13C_SERVER, S_INF13C_MORE },
        { TLSEDU_MSG_INF_SERVER_FLIGHT_PSK, S_INF13C_SERVER_PSK, S_INF13C_MORE },
        { TLSEDU_MSG_INF_CLIENT_AUTH, S_INF13C_CLIENT_AUTH, S_INF13C_MORE },
        { TLSEDU_MSG_INF_FINISHED, S_INF13C_FINISHED, S_INF13C_FINISHED },
        { TLSEDU_MSG_INF_APP_DATA, S_INF13C_RECORD, S_INF13C_RECORD },
        { TLSEDU_MSG_INF_END_OF_EARLY_DATA, S_INF13C_EOED, S_INF13C_EOED },
    };
    const tlsedu_msg_t msg = x->it->msg;

    if (msg == TLSEDU_MSG_INF_EARLY_DATA && x->it->early_kind == TLSEDU_EARLY_CLIENT_0RTT) {
        say(x, S_INF13C_EARLY);
        say(x, S_EARLY_0RTT_RISK);
    } else if (msg == TLSEDU_MSG_INF_EARLY_DATA || x->it->early) {
        early(x);
    }
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (kinds[i].msg == msg && !(msg == TLSEDU_MSG_INF_APP_DATA && x->it->early))
            say(x, x->ctx->repeat ? kinds[i].repeat : kinds[i].first);
    if (msg == TLSEDU_MSG_INF_FINISHED && x->client) {
        say(x, S_FIN13_INF_ENDS);
        if (x->it->uncertain)
            say(x, S_INF13C_UNCERTAIN);   /* not "without the keys": they would not help here */
    }
    say(x, S_INF_CLEAR13);   /* RFC 9150: the content and the real type travel readable */
    if (msg == TLSEDU_MSG_INF_SERVER_FLIGHT && !x->ctx->repeat)
        say(x, S_INF13C_KEYLOG);   /* not "load the key log": Wireshark 4.0 cannot use it here */
}

void
tlsedu_explain_data(tlsedu_ex_t *x)
{
    const unsigned weak = tlsedu_suite_weakness(x->ctx->suite_name);

    if (x->it->early || x->it->msg == TLSEDU_MSG_INF_EARLY_DATA) {
        early(x);
    } else if (x->it->msg == TLSEDU_MSG_INF_APP_DATA && x->tls13) {
        say(x, S_DATA13_INF);         /* RFC 8446 5.2 (integrity-only suites: tlsedu_explain_clear13) */
        if (x->it->after_server_flight)
            say(x, S_DATA13_AFTER_FLIGHT);
        say(x, S_DATA13_INF_WHICH);
        say(x, S_DATA_SEEN);
    } else if (x->it->msg == TLSEDU_MSG_INF_APP_DATA) {
        say(x, S_DATA_INF);
    } else if (weak & TLSEDU_WEAK_NO_MAC) {
        say(x, S_DATA_NULL_NULL);
    } else if (weak & TLSEDU_WEAK_NULL) {
        say(x, S_DATA_NULL);
    } else {
        say(x, S_DATA_WHAT);
        if (x->ctx->data_decrypted && x->it->msg == TLSEDU_MSG_APP_DATA)
            decrypted(x);
        say(x, S_DATA_SEEN);
    }
}

void
tlsedu_explain_alert(tlsedu_ex_t *x)
{
    const tlsedu_stage_item_t *it = x->it;
    const char *name = it->alert_known ? tlsedu_alert_name(it->alert_description) : NULL;
    char cause[TLSEDU_SENTENCE_BYTES + 1];

    if (name == NULL) {   /* encrypted (TLS <= 1.2 after ChangeCipherSpec): the sender only */
        say(x, x->client ? S_ALERT_HIDDEN_CLIENT : x->server ? S_ALERT_HIDDEN_SERVER : S_ALERT_ANY);
        if (it->alert_by_size)
            say(x, S_ALERT_BY_SIZE);
        return;
    }
    tlsedu_ex_say2(x, x->client ? S_ALERT_CLIENT : x->server ? S_ALERT_SERVER : S_ALERT_SIDE, name,
                   tlsedu_sentence_word(it->alert_level == 2 ? W_FATAL : W_WARNING, x->lang));
    if (it->msg == TLSEDU_MSG_ENCRYPTED_ALERT && !x->cleartext13)   /* RFC 9150: not encrypted */
        say(x, S_ALERT_ENCRYPTED);
    if (it->alert_description == TLSEDU_ALERT_CLOSE_NOTIFY) {
        say(x, S_ALERT_CLOSE);
        return;
    }
    if (tlsedu_alert_item_cause(it, x->lang, cause, sizeof cause) != NULL)
        tlsedu_ex_say1(x, S_ALERT_CAUSE, cause);
    if (it->handshake_failed && it->alert_level == 2)
        say(x, S_ALERT_FAILS);
}

char *
tlsedu_alert_item_cause(const tlsedu_stage_item_t *it, tlsedu_lang_t lang, char *buf, size_t len)
{
    tlsedu_explanation_t one;

    if (it == NULL || !it->alert_known || buf == NULL || len == 0)
        return NULL;
    if (it->after_declined && it->alert_description == TLSEDU_ALERT_HANDSHAKE_FAILURE) {
        one.n = 0;
        tlsedu_say(&one, lang, tlsedu_alert_declined_sentence(tlsedu_version_is_tls13(it->version)), NULL, NULL, NULL);
        return tlsedu_explanation_join(&one, buf, len);
    }
    return tlsedu_alert_cause_text(it->alert_description, (tlsedu_from_t)it->from, lang, buf, len);
}

char *
tlsedu_alert_cause_text(uint8_t description, tlsedu_from_t sender, tlsedu_lang_t lang, char *buf, size_t len)
{
    const tlsedu_sentence_t *s = tlsedu_alert_cause_sentence(description);
    tlsedu_explanation_t one;

    if (s == NULL || buf == NULL || len == 0)
        return NULL;
    one.n = 0;
    tlsedu_say(&one, lang, s,
               tlsedu_sentence_word(sender == TLSEDU_FROM_CLIENT ? W_SENDER_CLIENT
                                    : sender == TLSEDU_FROM_SERVER ? W_SENDER_SERVER : W_SENDER_SIDE, lang),
               tlsedu_sentence_word(sender == TLSEDU_FROM_CLIENT ? W_OF_SERVER
                                    : sender == TLSEDU_FROM_SERVER ? W_OF_CLIENT : W_OF_SIDE, lang),
               NULL);
    return tlsedu_explanation_join(&one, buf, len);
}
