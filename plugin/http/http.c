/* http.c - the HTTP feature: redirects to HTTPS and HSTS headers.
 *
 * Read from Wireshark's HTTP fields: http.response.code, http.location, and the header
 * lines http.response.line (Wireshark 4.0 has no field of its own for
 * Strict-Transport-Security; the line's text is parsed by core/web.c).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "http/http.h"

#include <string.h>

#include <epan/expert.h>
#include <epan/proto_data.h>

#include "core/web.h"
#include "shared/compat.h"
#include "shared/fields.h"
#include "shared/ids.h"
#include "shared/tree.h"

/* Other dissectors' fields read here (hf ids looked up at hand-off). */
static int hf_of_http_code = -1;
static int hf_of_http_location = -1;
static int hf_of_http_line = -1;

static int hf_tlsedu_http_redirect_status = -1;
static int hf_tlsedu_http_redirect_permanent = -1;
static int hf_tlsedu_http_hsts_max_age = -1;
static int hf_tlsedu_http_hsts_include_subdomains = -1;
static int hf_tlsedu_http_hsts_obeyed = -1;
static int hf_tlsedu_http_explain = -1;
static gint ett_tlsedu_http = -1;
static expert_field ei_tlsedu_http_redirect_to_https = EI_INIT;
static expert_field ei_tlsedu_http_hsts = EI_INIT;

static void
register_fields(int proto)
{
    static hf_register_info hf[] = {
        { &hf_tlsedu_http_redirect_status,
          { "Redirect to HTTPS", "tlsedu.http.redirect_status", FT_UINT16, BASE_DEC, NULL, 0x0,
            "The status code of a redirect whose Location is an https:// URL", HFILL } },
        { &hf_tlsedu_http_redirect_permanent,
          { "Permanent redirect", "tlsedu.http.redirect_permanent", FT_BOOLEAN, BASE_NONE, TFS(&tlsedu_tfs_true_false), 0x0,
            "Whether the redirect to HTTPS is permanent (301 or 308), the preferred kind", HFILL } },
        { &hf_tlsedu_http_hsts_max_age,
          { "HSTS max-age", "tlsedu.http.hsts.max_age", FT_UINT32, BASE_DEC, NULL, 0x0,
            "How many seconds the browser must use only HTTPS for this site (Strict-Transport-Security)", HFILL } },
        { &hf_tlsedu_http_hsts_include_subdomains,
          { "HSTS includes subdomains", "tlsedu.http.hsts.include_subdomains", FT_BOOLEAN, BASE_NONE, TFS(&tlsedu_tfs_true_false), 0x0,
            "Whether the HSTS policy covers every subdomain of the site too (includeSubDomains)", HFILL } },
        { &hf_tlsedu_http_hsts_obeyed,
          { "HSTS obeyed", "tlsedu.http.hsts.obeyed", FT_BOOLEAN, BASE_NONE, TFS(&tlsedu_tfs_true_false), 0x0,
            "Whether browsers obey this HSTS header: only when it arrives over HTTPS (RFC 6797 8.1)", HFILL } },
        { &hf_tlsedu_http_explain,
          { "Explanation", "tlsedu.http.explain", FT_STRING, BASE_NONE, NULL, 0x0,
            "What this redirect or HSTS header does for moving users from HTTP to HTTPS", HFILL } },
    };
    static gint *ett[] = { &ett_tlsedu_http };
    static ei_register_info ei[] = {
        { &ei_tlsedu_http_redirect_to_https,
          { "tlsedu.http.redirect_to_https", PI_SECURITY, PI_CHAT,
            "A redirect from HTTP to HTTPS", EXPFILL } },
        { &ei_tlsedu_http_hsts,
          { "tlsedu.http.hsts", PI_SECURITY, PI_CHAT,
            "An HSTS header (Strict-Transport-Security)", EXPFILL } },
    };

    proto_register_field_array(proto, hf, array_length(hf));
    proto_register_subtree_array(ett, array_length(ett));
    expert_register_field_array(expert_register_protocol(proto), ei, array_length(ei));
}

static void
want(GArray *wanted)
{
    const char *const names[] = { "http.response.code", "http.location", "http.response.line" };
    int *const ids[] = { &hf_of_http_code, &hf_of_http_location, &hf_of_http_line };

    tlsedu_want_fields(wanted, names, ids, G_N_ELEMENTS(names));
}

static const tlsedu_web_t *
read_fields(proto_tree *tree, gboolean over_tls)
{
    GPtrArray *codes = tlsedu_finfos(tree, hf_of_http_code);
    GPtrArray *locs, *lines;
    tlsedu_web_t w;
    gint64 code = 0;

    if (codes == NULL)
        return NULL;   /* no HTTP response in this frame */
    memset(&w, 0, sizeof w);
    if (!tlsedu_finfo_int((field_info *)g_ptr_array_index(codes, 0), &code) || code < 100 || code > 999)
        return NULL;
    w.status = (uint16_t)code;
    w.over_tls = over_tls;
    /* a move from HTTP to HTTPS: only a response that came in cleartext (one over HTTPS that
     * points to another https:// address moves nothing to TLS) */
    if (!over_tls && (code == 301 || code == 302 || code == 307 || code == 308) &&
        (locs = tlsedu_finfos(tree, hf_of_http_location)) != NULL) {
        const char *loc = tlsedu_finfo_string((field_info *)g_ptr_array_index(locs, 0));
        if (loc != NULL && tlsedu_web_location_is_https(loc, strlen(loc))) {
            w.redirect_to_https = TRUE;
            w.permanent = code == 301 || code == 308;
        }
    }
    if ((lines = tlsedu_finfos(tree, hf_of_http_line)) != NULL) {
        for (guint i = 0; i < lines->len && !w.hsts; i++) {
            const char *l = tlsedu_finfo_string((field_info *)g_ptr_array_index(lines, i));
            if (l != NULL)
                w.hsts = tlsedu_web_hsts_line(l, strlen(l), &w.max_age, &w.include_subdomains);
        }
    }
    if (!w.redirect_to_https && !w.hsts)
        return NULL;
    return (const tlsedu_web_t *)wmem_memdup(wmem_file_scope(), &w, sizeof w);
}

static void
decide(tlsedu_frame_t *f)
{
    const tlsedu_web_t *w = NULL;

    if (f->conv == NULL)
        return;
    if (!f->first_pass)
        w = (const tlsedu_web_t *)p_get_proto_data(wmem_file_scope(), f->pinfo, proto_tlsedu, TLSEDU_KEY_HTTP);
    else if (f->tree != NULL && (w = read_fields(f->tree, f->facts.has_tls)) != NULL)
        p_add_proto_data(wmem_file_scope(), f->pinfo, proto_tlsedu, TLSEDU_KEY_HTTP, (void *)w);
    f->a.web = w;
    if (w != NULL)
        f->a.warns = TRUE;   /* its expert infos (chat) */
}

/* The items under tlsedu's tree, the expert infos on its item. */
static void
render(tlsedu_frame_t *f)
{
    const tlsedu_web_t *w = f->a.web;
    proto_tree *top_tree = f->top_tree;
    tvbuff_t *tvb = f->tvb;
    char text[400];
    proto_item *pi;
    proto_tree *t;

    if (w == NULL)
        return;
    if (w->redirect_to_https) {
        tlsedu_web_redirect_text(w, f->lang, text, sizeof text);
        pi = tlsedu_item(proto_tree_add_uint(top_tree, hf_tlsedu_http_redirect_status, tvb, 0, 0, w->status), f->lang);
        t = proto_item_add_subtree(pi, ett_tlsedu_http);
        tlsedu_item(proto_tree_add_boolean(t, hf_tlsedu_http_redirect_permanent, tvb, 0, 0, w->permanent), f->lang);
        tlsedu_item(proto_tree_add_string(t, hf_tlsedu_http_explain, tvb, 0, 0, text), f->lang);
        expert_add_info_format(f->pinfo, f->top, &ei_tlsedu_http_redirect_to_https, "%s", text);
        f->a.warnings |= TLSEDU_WK_BIT(TLSEDU_WK_HTTP_REDIRECT);
    }
    if (w->hsts) {
        tlsedu_web_hsts_text(w, f->lang, text, sizeof text);
        pi = tlsedu_item(proto_tree_add_uint(top_tree, hf_tlsedu_http_hsts_max_age, tvb, 0, 0, w->max_age), f->lang);
        t = proto_item_add_subtree(pi, ett_tlsedu_http);
        tlsedu_item(proto_tree_add_boolean(t, hf_tlsedu_http_hsts_include_subdomains, tvb, 0, 0, w->include_subdomains),
                    f->lang);
        tlsedu_item(proto_tree_add_boolean(t, hf_tlsedu_http_hsts_obeyed, tvb, 0, 0, w->over_tls), f->lang);
        tlsedu_item(proto_tree_add_string(t, hf_tlsedu_http_explain, tvb, 0, 0, text), f->lang);
        expert_add_info_format(f->pinfo, f->top, &ei_tlsedu_http_hsts, "%s", text);
        f->a.warnings |= TLSEDU_WK_BIT(TLSEDU_WK_HSTS);
    }
}

const tlsedu_feature_t tlsedu_http_feature = {
    register_fields, want, NULL, decide, render,
};
