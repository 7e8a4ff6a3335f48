/* conv.c - tlsedu's state of a conversation.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "conv.h"

#include "tlsedu.h"

tlsedu_conv_t *
tlsedu_conv_get(conversation_t *conv)
{
    tlsedu_conv_t *cd = (tlsedu_conv_t *)conversation_get_proto_data(conv, proto_tlsedu);

    if (cd == NULL) {
        cd = wmem_new0(wmem_file_scope(), tlsedu_conv_t);
        tlsedu_content_init(&cd->content);
        conversation_add_proto_data(conv, proto_tlsedu, cd);
    }
    return cd;
}

void
tlsedu_conv_set_service(tlsedu_conv_t *cd, const char *service, unsigned transport,
                        guint16 server_port, tlsedu_evidence_t evidence, guint32 frame)
{
    const tlsedu_service_t *s = tlsedu_catalogue_by_name(service, transport);

    if (s == NULL)
        return;
    cd->decided = TRUE;
    cd->service = s;
    cd->server_port = server_port;
    cd->evidence = evidence;
    cd->content.decided = TRUE;
    cd->content_frame = frame;
}
