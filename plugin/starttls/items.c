/* items.c - the STARTTLS feature's fields, expert infos and items: the step of the
 * upgrade, its links, its explanation, the course notes' words for the request, and the
 * warnings (decided by starttls.c on the first pass, kept per frame).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "starttls/items.h"

#include <epan/expert.h>

#include "core/course.h"
#include "core/starttls.h"
#include "shared/conv.h"
#include "shared/tree.h"

#define TEXT_MAX 1024

static int hf_step = -1;
static int hf_protocol = -1;
static int hf_offer_frame = -1;
static int hf_request_frame = -1;
static int hf_response_frame = -1;
static int hf_tls_frame = -1;
static int hf_explain = -1;
static int hf_explain_sentence = -1;
static int hf_course_note = -1;
static int hf_course_note_sentence = -1;
static gint ett_starttls = -1;
static expert_field ei_refused = EI_INIT;
static expert_field ei_not_used = EI_INIT;
static expert_field ei_not_offered = EI_INIT;
static expert_field ei_tls_after_refusal = EI_INIT;
static expert_field ei_injection = EI_INIT;
static expert_field ei_no_tls = EI_INIT;

static value_string step_vals[TLSEDU_STARTTLS_TLS_STARTED + 1];

void
tlsedu_starttls_language(tlsedu_lang_t lang)
{
    guint n = 0;

    for (int v = TLSEDU_STARTTLS_OFFERED; v <= TLSEDU_STARTTLS_TLS_STARTED; v++) {
        step_vals[n].value = (guint32)v;
        step_vals[n++].strptr = tlsedu_starttls_step_name((tlsedu_starttls_step_t)v, lang);
    }
}

void
tlsedu_starttls_register(int proto)
{
    static hf_register_info hf[] = {
        { &hf_step,
          { "STARTTLS step", "tlsedu.starttls.step", FT_UINT8, BASE_DEC, VALS(step_vals), 0x0,
            "The step of the STARTTLS upgrade this frame is: 1 offered, 2 requested, 3 accepted, "
            "4 refused, 5 TLS started", HFILL } },
        { &hf_protocol,
          { "Protocol", "tlsedu.starttls.protocol", FT_STRING, BASE_NONE, NULL, 0x0,
            "The protocol upgraded by STARTTLS: SMTP, IMAP, POP3, FTP (AUTH TLS), LDAP (StartTLS), XMPP "
            "or PostgreSQL (SSLRequest)", HFILL } },
        { &hf_offer_frame,
          { "Offered in frame", "tlsedu.starttls.offer_frame", FT_FRAMENUM, BASE_NONE, NULL, 0x0,
            "The server's latest capability list offering the upgrade before the request", HFILL } },
        { &hf_request_frame,
          { "Requested in frame", "tlsedu.starttls.request_frame", FT_FRAMENUM, BASE_NONE, NULL, 0x0,
            "The client's STARTTLS / STLS command", HFILL } },
        { &hf_response_frame,
          { "Answered in frame", "tlsedu.starttls.response_frame", FT_FRAMENUM, BASE_NONE, NULL, 0x0,
            "The server's reply to the upgrade request (accepted or refused)", HFILL } },
        { &hf_tls_frame,
          { "TLS started in frame", "tlsedu.starttls.tls_frame", FT_FRAMENUM, BASE_NONE, NULL, 0x0,
            "The first TLS record after the server accepted (normally the ClientHello)", HFILL } },
        { &hf_explain,
          { "Explanation", "tlsedu.starttls.explain", FT_STRING, BASE_NONE, NULL, 0x0,
            "What this step of the upgrade means, explicit versus implicit TLS (whole, hidden: one item a sentence)", HFILL } },
        { &hf_course_note,
          { "Course note", "tlsedu.starttls.course_note", FT_STRING, BASE_NONE, NULL, 0x0,
            "On the upgrade request: the course notes' \"special command\" that switches the connection to TLS, "
            "and the port it runs on (whole, hidden: one item a sentence)", HFILL } },
        { &hf_course_note_sentence,
          { "Course note (sentence)", "tlsedu.starttls.course_note.sentence", FT_STRING, BASE_NONE, NULL, 0x0,
            "One sentence of the course note (within Wireshark's label limit)", HFILL } },
        { &hf_explain_sentence,
          { "Explanation sentence", "tlsedu.starttls.explain.sentence", FT_STRING, BASE_NONE, NULL, 0x0,
            "One sentence of the step's explanation (within Wireshark's label limit)", HFILL } },
    };
    static gint *ett[] = { &ett_starttls };
    static ei_register_info ei[] = {
        { &ei_refused, { "tlsedu.starttls.refused", PI_SECURITY, PI_WARN,
            "The server refused the STARTTLS upgrade: the session goes on in cleartext, or (XMPP) the server closes the connection", EXPFILL } },
        { &ei_not_used, { "tlsedu.starttls.not_used", PI_SECURITY, PI_WARN,
            "The server offered STARTTLS but the client went on in cleartext", EXPFILL } },
        { &ei_not_offered, { "tlsedu.starttls.not_offered", PI_SECURITY, PI_NOTE,
            "The client asks for STARTTLS although the server's capability list does not offer it", EXPFILL } },
        { &ei_tls_after_refusal, { "tlsedu.starttls.tls_after_refusal", PI_SECURITY, PI_WARN,
            "The client starts TLS although the server refused STARTTLS", EXPFILL } },
        { &ei_injection, { "tlsedu.starttls.injection", PI_SECURITY, PI_ERROR,
            "Cleartext bytes between the STARTTLS command or its acceptance and TLS (command or response injection)", EXPFILL } },
        { &ei_no_tls, { "tlsedu.starttls.no_tls", PI_SECURITY, PI_WARN,
            "The upgrade was accepted but what follows is not TLS", EXPFILL } },
    };

    tlsedu_starttls_language(TLSEDU_LANG_EN);
    proto_register_field_array(proto, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert_register_field_array(expert_register_protocol(proto), ei, array_length(ei));
}

static void
add_link(proto_tree *t, tvbuff_t *tvb, int hf, guint32 frame, tlsedu_lang_t lang)
{
    if (frame != 0)
        tlsedu_item(proto_tree_add_uint(t, hf, tvb, 0, 0, frame), lang);
}

/* The server's port the texts name: the side that answered the SYN or that a message
 * showed, else the service's. */
static guint
server_port_of(const tlsedu_frame_t *f)
{
    guint16 port = f->conv != NULL ? tlsedu_conv_server(f->conv, &f->facts) : 0;

    return port != 0 ? port : f->a.server_port;
}

/* The step item, the links of the exchange and the step's explanation. */
static void
render_step(tlsedu_frame_t *f, const tlsedu_starttls_item_t *item)
{
    const tlsedu_upgrade_proto_t proto = (tlsedu_upgrade_proto_t)item->proto;
    /* forward links from the exchange once the first pass has seen it all */
    const tlsedu_starttls_links_t *links = !f->first_pass && item->exchange != NULL ? item->exchange : &item->links;
    char *text;
    proto_item *pi;
    proto_tree *t;

    if (item->step != TLSEDU_STARTTLS_NONE)
        pi = tlsedu_item(proto_tree_add_uint(f->top_tree, hf_step, f->tvb, 0, 0, item->step), f->lang);
    else
        pi = tlsedu_item(proto_tree_add_string(f->top_tree, hf_protocol, f->tvb, 0, 0, tlsedu_upgrade_proto_name(proto)),
                         f->lang);
    t = proto_item_add_subtree(pi, ett_starttls);
    if (item->step != TLSEDU_STARTTLS_NONE)
        tlsedu_item(proto_tree_add_string(t, hf_protocol, f->tvb, 0, 0, tlsedu_upgrade_proto_name(proto)), f->lang);
    add_link(t, f->tvb, hf_offer_frame, links->offer_frame, f->lang);
    add_link(t, f->tvb, hf_request_frame, links->request_frame, f->lang);
    add_link(t, f->tvb, hf_response_frame, links->response_frame, f->lang);
    add_link(t, f->tvb, hf_tls_frame, links->tls_frame, f->lang);
    if (item->step != TLSEDU_STARTTLS_NONE) {
        text = (char *)wmem_alloc(f->pinfo->pool, TEXT_MAX);
        tlsedu_starttls_explain((tlsedu_starttls_step_t)item->step, proto, server_port_of(f), item->reply, f->lang,
                                text, TEXT_MAX);
        tlsedu_item_sentences(t, hf_explain, hf_explain_sentence, f->tvb, text, FALSE, f->lang);
    }
    if (item->step == TLSEDU_STARTTLS_REQUESTED) {
        text = (char *)wmem_alloc(f->pinfo->pool, TEXT_MAX);
        char ports[32];
        tlsedu_course_upgrade_note(tlsedu_upgrade_command(proto),
                                   tlsedu_starttls_usual_ports(proto, f->lang, ports, sizeof ports),
                                   tlsedu_starttls_has_implicit_port(proto), f->lang, text, TEXT_MAX);
        tlsedu_item_sentences(t, hf_course_note, hf_course_note_sentence, f->tvb, text, FALSE, f->lang);
    }
}

/* The step's items under tlsedu's tree, its warnings on tlsedu's item (the mail logins'
 * warnings are the credentials feature's). */
void
tlsedu_starttls_render(tlsedu_frame_t *f)
{
    static const struct { guint32 bit; expert_field *ei; tlsedu_warning_kind_t kind; } experts[] = {
        { TLSEDU_STW_REFUSED, &ei_refused, TLSEDU_WK_STARTTLS_REFUSED },
        { TLSEDU_STW_NOT_USED, &ei_not_used, TLSEDU_WK_STARTTLS_NOT_USED },
        { TLSEDU_STW_NOT_OFFERED, &ei_not_offered, TLSEDU_WK_STARTTLS_NOT_OFFERED },
        { TLSEDU_STW_TLS_AFTER_REFUSAL, &ei_tls_after_refusal, TLSEDU_WK_TLS_AFTER_REFUSAL },
        { TLSEDU_STW_INJECTION, &ei_injection, TLSEDU_WK_STARTTLS_INJECTION },
        { TLSEDU_STW_NO_TLS, &ei_no_tls, TLSEDU_WK_NO_TLS_AFTER_STARTTLS },
    };
    const guint32 exchange_warnings = TLSEDU_STW_REFUSED | TLSEDU_STW_NOT_OFFERED |
                                      TLSEDU_STW_TLS_AFTER_REFUSAL | TLSEDU_STW_INJECTION | TLSEDU_STW_NO_TLS;
    const tlsedu_starttls_item_t *item = f->a.starttls;
    char *text;

    if (item == NULL)
        return;
    if (f->top_tree != NULL && (item->step != TLSEDU_STARTTLS_NONE || (item->warnings & exchange_warnings)))
        render_step(f, item);
    text = (char *)wmem_alloc(f->pinfo->pool, TEXT_MAX);
    for (size_t i = 0; i < G_N_ELEMENTS(experts); i++) {
        if (!(item->warnings & experts[i].bit))
            continue;
        tlsedu_starttls_warning_text_reply(experts[i].bit == TLSEDU_STW_INJECTION &&
                                                   (item->warnings & TLSEDU_STW_INJECTION_SERVER)
                                               ? TLSEDU_STW_INJECTION_SERVER : experts[i].bit,
                                           (tlsedu_upgrade_proto_t)item->proto, item->mechanism,
                                           item->reply, f->lang, text, TEXT_MAX);
        expert_add_info_format(f->pinfo, f->top, experts[i].ei, "%s", text);
        f->a.warnings |= TLSEDU_WK_BIT(experts[i].kind);
    }
}

