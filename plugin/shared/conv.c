/* conv.c - tlsedu's state of a conversation, and which side is the server.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "shared/conv.h"

#include "shared/ids.h"

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

guint16
tlsedu_conv_server(const tlsedu_conv_t *cd, const tlsedu_facts_t *facts)
{
    if (facts->handshake_server != 0)
        return facts->handshake_server;
    return cd != NULL ? cd->learnt_server : 0;
}

void
tlsedu_conv_learn_server(tlsedu_conv_t *cd, guint16 port)
{
    if (cd != NULL && cd->learnt_server == 0)
        cd->learnt_server = port;
}

guint8
tlsedu_direction(const tlsedu_facts_t *facts, guint16 server_port)
{
    if (facts->src_port == facts->dst_port || server_port == 0)
        return 0; /* e.g. NTP 123 -> 123: the ports do not tell */
    return facts->dst_port == server_port ? TLSEDU_DIR_TO_SERVER : TLSEDU_DIR_TO_CLIENT;
}
