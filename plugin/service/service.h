/* service.h - the service feature: which service of the course's port list a frame's
 * conversation is (port, content checks, hand-offs), how it is protected, and its
 * secure alternative (tlsedu.service, tlsedu.security ...).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#ifndef TLSEDU_SERVICE_FEATURE_H
#define TLSEDU_SERVICE_FEATURE_H

#include "shared/frame.h"

extern const tlsedu_feature_t tlsedu_service_feature;

#endif /* TLSEDU_SERVICE_FEATURE_H */
