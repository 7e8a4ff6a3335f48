/* http.h - the HTTP feature: redirects from HTTP to HTTPS and HSTS headers, read from
 * Wireshark's HTTP fields and explained in the tlsedu tree (tlsedu.http.*).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_HTTP_FEATURE_H
#define TLSEDU_HTTP_FEATURE_H

#include "shared/frame.h"

extern const tlsedu_feature_t tlsedu_http_feature;

#endif /* TLSEDU_HTTP_FEATURE_H */
