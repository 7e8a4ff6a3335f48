/* tlsedu.h - registration ids shared by the glue files of the plugin.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_H
#define TLSEDU_H

#include <epan/packet.h>
#include <epan/expert.h>

#include "compat.h"

extern int proto_tlsedu;

/* Fields under tlsedu. (registered in tlsedu.c) */
extern int hf_tlsedu_service;
extern int hf_tlsedu_service_port;
extern int hf_tlsedu_security;
extern int hf_tlsedu_secure_alternative;
extern int hf_tlsedu_service_explain;
extern int hf_tlsedu_service_evidence;
extern int hf_tlsedu_direction;
extern int hf_tlsedu_stage;
extern int hf_tlsedu_stage_inferred;
extern int hf_tlsedu_data_early;
extern int hf_tlsedu_explain;
extern int hf_tlsedu_message;
extern int hf_tlsedu_handshake_version;
extern int hf_tlsedu_handshake_cipher_suite;
extern int hf_tlsedu_handshake;
extern int hf_tlsedu_handshake_kex;
extern int hf_tlsedu_handshake_forward_secrecy;
extern int hf_tlsedu_handshake_resumed;
extern int hf_tlsedu_handshake_round_trips;
extern int hf_tlsedu_handshake_duration;
extern int hf_tlsedu_handshake_client_hello_frame;
extern int hf_tlsedu_handshake_server_hello_frame;
extern int hf_tlsedu_handshake_finished_frame;

extern expert_field ei_tlsedu_handshake_failed;
extern expert_field ei_tlsedu_weak_version;
extern expert_field ei_tlsedu_no_forward_secrecy;
extern expert_field ei_tlsedu_service_mismatch;

extern gint ett_tlsedu;
extern gint ett_tlsedu_service;
extern gint ett_tlsedu_stage;
extern gint ett_tlsedu_handshake;

/* Values of tlsedu.direction */
#define TLSEDU_DIR_TO_SERVER 1
#define TLSEDU_DIR_TO_CLIENT 2

/* Ids of other protocols the plugin reads about (set at hand-off). */
extern int tlsedu_proto_tcp;
extern int tlsedu_proto_icmp;
extern int tlsedu_proto_icmpv6;
extern int tlsedu_proto_tls;
extern int tlsedu_proto_dtls;

/* The postdissector (postdissector.c). */
int tlsedu_dissect(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data);

#endif /* TLSEDU_H */
