/* starttls_texts.c - what a student reads about STARTTLS in its six protocols (SMTP, IMAP,
 * POP3, FTP AUTH TLS, LDAP StartTLS, XMPP), English and French side by side.
 *
 * Accurate to RFC 3207 (SMTP STARTTLS), RFC 2595 and RFC 9051 (IMAP STARTTLS, POP3 STLS),
 * RFC 8314 (implicit TLS for mail access and submission preferred), RFC 4954/5034/3501
 * (AUTH, AUTHENTICATE, LOGIN), and for FTP, LDAP and XMPP the RFCs named at their words
 * below.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "starttls.h"

#include <stdio.h>
#include <string.h>

static const char *const step_names[][TLSEDU_LANG_COUNT] = {
    [TLSEDU_STARTTLS_NONE] = { "none", "aucune" },
    [TLSEDU_STARTTLS_OFFERED] = { "offered", "proposé" },
    [TLSEDU_STARTTLS_REQUESTED] = { "requested", "demandé" },
    [TLSEDU_STARTTLS_ACCEPTED] = { "accepted", "accepté" },
    [TLSEDU_STARTTLS_REFUSED] = { "refused", "refusé" },
    [TLSEDU_STARTTLS_TLS_STARTED] = { "TLS started", "TLS démarré" },
};

const char *
tlsedu_starttls_step_name(tlsedu_starttls_step_t step, tlsedu_lang_t lang)
{
    if ((unsigned)step > TLSEDU_STARTTLS_TLS_STARTED || (unsigned)lang >= TLSEDU_LANG_COUNT)
        return "?";
    return step_names[step][lang];
}

char *
tlsedu_starttls_info(tlsedu_starttls_step_t step, tlsedu_lang_t lang, char *buf, size_t len)
{
    const bool fr = lang == TLSEDU_LANG_FR;

    if (buf == NULL || len == 0)
        return buf;
    buf[0] = '\0';
    if (step <= TLSEDU_STARTTLS_NONE || step > TLSEDU_STARTTLS_TLS_STARTED)
        return buf;
    snprintf(buf, len, fr ? "[avancement STARTTLS %u : %s]" : "[STARTTLS step %u: %s]", (unsigned)step,
             tlsedu_starttls_step_name(step, fr ? TLSEDU_LANG_FR : TLSEDU_LANG_EN));
    return buf;
}

/* Per protocol: the offer, the request, the acceptance, the refusal, and the port of the
 * implicit-TLS variant with its name. */
typedef struct {
    const char *offer[TLSEDU_LANG_COUNT];
    const char *request;
    const char *accept;
    const char *refuse;
    unsigned implicit_port;
    const char *implicit_name;
} proto_words_t;

static const proto_words_t words[] = {
    [TLSEDU_UPG_SMTP] = { { "its EHLO reply lists STARTTLS", "sa réponse à EHLO contient STARTTLS" },
                           "STARTTLS", "220", "454 (or another 4xx/5xx code)", 465, "SMTPS (submissions)" },
    [TLSEDU_UPG_IMAP] = { { "its capabilities list STARTTLS", "ses capacités contiennent STARTTLS" },
                           "tag STARTTLS", "tag OK", "tag NO or tag BAD", 993, "IMAPS" },
    [TLSEDU_UPG_POP3] = { { "its CAPA listing contains STLS", "sa liste CAPA contient STLS" },
                           "STLS", "+OK", "-ERR", 995, "POP3S" },
    /* RFC 4217 (FTPS explicit), RFC 4511 section 4.14 and RFC 4513 (LDAP StartTLS, LDAPS on
     * 636 in practice), RFC 6120 section 5 (XMPP STARTTLS) and XEP-0368 (direct TLS, 5223) */
    [TLSEDU_UPG_FTP] = { { "its FEAT reply lists AUTH TLS", "sa réponse FEAT contient AUTH TLS" },
                          "AUTH TLS", "234", "a 4xx/5xx reply", 990, "FTPS (implicit)" },
    [TLSEDU_UPG_LDAP] = { { "its root DSE lists the StartTLS operation", "son root DSE contient l'opération StartTLS" },
                           "extended request 1.3.6.1.4.1.1466.20037", "extendedResp success (0)",
                           "an extendedResp error code", 636, "LDAPS" },
    [TLSEDU_UPG_XMPP] = { { "its stream features contain <starttls/>", "ses stream features contiennent <starttls/>" },
                           "<starttls/>", "<proceed/>", "<failure/>", 5223, "XMPP direct TLS (XEP-0368)" },
};

static const proto_words_t *
words_of(tlsedu_upgrade_proto_t proto)
{
    return proto >= TLSEDU_UPG_SMTP && proto < TLSEDU_UPG_COUNT ? &words[proto] : &words[TLSEDU_UPG_SMTP];
}

char *
tlsedu_starttls_explain(tlsedu_starttls_step_t step, tlsedu_upgrade_proto_t proto, tlsedu_lang_t lang,
                        char *buf, size_t len)
{
    const proto_words_t *w = words_of(proto);
    const char *name = tlsedu_upgrade_proto_name(proto);
    const bool fr = lang == TLSEDU_LANG_FR;

    if (buf == NULL || len == 0)
        return buf;
    switch (step) {
    case TLSEDU_STARTTLS_OFFERED:
        snprintf(buf, len, fr
                 ? "Le serveur %s propose de passer à TLS : %s. La connexion a commencé en clair sur le port habituel ; elle ne sera chiffrée que si le client le demande (TLS explicite). Avec le TLS implicite (port %u, %s), TLS commence dès le premier octet."
                 : "The %s server offers to upgrade to TLS: %s. The connection started in cleartext on the usual port; it becomes encrypted only if the client asks (explicit TLS). With implicit TLS (port %u, %s) TLS starts with the very first byte.",
                 name, w->offer[fr ? 1 : 0], w->implicit_port, w->implicit_name);
        break;
    case TLSEDU_STARTTLS_REQUESTED:
        snprintf(buf, len, fr
                 ? "Le client demande le passage à TLS (%s). Il ne doit plus rien envoyer en clair avant la négociation TLS : tout ce qui suivrait la commande pourrait être exécuté comme si c'était déjà protégé."
                 : "The client asks to upgrade to TLS (%s). It must send nothing more in cleartext before the TLS handshake: anything after the command could be run as if it were already protected.",
                 w->request);
        break;
    case TLSEDU_STARTTLS_ACCEPTED:
        snprintf(buf, len, fr
                 ? "Le serveur accepte (%s) : les deux côtés conviennent que le prochain octet de la connexion est le début d'une négociation TLS (le ClientHello). Tout ce qui a été dit avant, en clair, ne compte plus : le client doit redemander les capacités une fois dans TLS."
                 : "The server accepts (%s): both sides agree that the next byte on the connection starts a TLS handshake (the ClientHello). Everything said before, in cleartext, no longer counts: the client must ask for the capabilities again inside TLS.",
                 w->accept);
        break;
    case TLSEDU_STARTTLS_REFUSED:
        snprintf(buf, len, fr
                 ? "Le serveur refuse le passage à TLS (%s). Si le client continue, tout part en clair, identifiants compris ; un client strict doit couper la connexion. Le TLS implicite (port %u, %s) n'a pas ce point faible : sans TLS, pas de session."
                 : "The server refuses the upgrade (%s). If the client goes on, everything travels in cleartext, credentials included; a strict client must close the connection. Implicit TLS (port %u, %s) has no such weak point: no TLS, no session.",
                 w->refuse, w->implicit_port, w->implicit_name);
        break;
    case TLSEDU_STARTTLS_TLS_STARTED:
        snprintf(buf, len, fr
                 ? "La négociation TLS commence sur la même connexion TCP : à partir d'ici, la session %s est chiffrée (TLS explicite par %s, alors que le port %u commence directement en TLS)."
                 : "The TLS handshake starts on the same TCP connection: from here on, the %s session is encrypted (explicit TLS by %s, whereas port %u starts in TLS right away).",
                 name, tlsedu_upgrade_command(proto), w->implicit_port);
        break;
    default:
        buf[0] = '\0';
        break;
    }
    return buf;
}

char *
tlsedu_starttls_warning_text(uint32_t warning, tlsedu_upgrade_proto_t proto, const char *mechanism,
                             tlsedu_lang_t lang, char *buf, size_t len)
{
    const bool fr = lang == TLSEDU_LANG_FR;
    const char *cmd = tlsedu_upgrade_command(proto);
    const char *mech = mechanism != NULL ? mechanism : (fr ? "un identifiant" : "a login");

    if (buf == NULL || len == 0)
        return buf;
    switch (warning) {
    case TLSEDU_STW_REFUSED:
        snprintf(buf, len, fr ? "Le serveur a refusé %s : la suite de la session est en clair"
                              : "The server refused %s: the rest of the session is cleartext", cmd);
        break;
    case TLSEDU_STW_NOT_USED:
        snprintf(buf, len, fr ? "Le serveur propose %s mais le client continue en clair"
                              : "The server offers %s but the client goes on in cleartext", cmd);
        break;
    case TLSEDU_STW_NOT_OFFERED:
        snprintf(buf, len, fr ? "Le client demande %s alors que la liste des capacités du serveur ne le propose pas (un intermédiaire qui le retire, ou un serveur mal configuré)"
                              : "The client asks for %s although the server's capability list does not offer it (a middlebox stripping it, or a misconfigured server)", cmd);
        break;
    case TLSEDU_STW_TLS_AFTER_REFUSAL:
        snprintf(buf, len, fr ? "Le client démarre TLS alors que le serveur a refusé %s"
                              : "The client starts TLS although the server refused %s", cmd);
        break;
    case TLSEDU_STW_INJECTION:
        snprintf(buf, len, fr ? "Octets en clair après %s et avant TLS : injection de commandes STARTTLS (CVE-2011-0411 et suivantes) ; ils pourraient être exécutés comme s'ils étaient protégés"
                              : "Cleartext bytes after %s and before TLS: STARTTLS command injection (CVE-2011-0411 and successors); they could be run as if they were protected", cmd);
        break;
    case TLSEDU_STW_NO_TLS:
        snprintf(buf, len, fr ? "Le passage à TLS a été accepté mais la suite n'est pas du TLS"
                              : "The upgrade was accepted but what follows is not TLS");
        break;
    case TLSEDU_STW_CREDENTIALS:
        snprintf(buf, len, fr ? "Identifiants en clair (%s) : quiconque écoute le réseau les lit%s"
                              : "Credentials in cleartext (%s): anyone on the path can read them%s", mech,
                 strncmp(mech, "AUTH", 4) != 0 ? "" : fr ? " (base64 est un codage, pas un chiffrement)"
                                                         : " (base64 is an encoding, not encryption)");
        break;
    case TLSEDU_STW_CHALLENGE:
        snprintf(buf, len, fr ? "Connexion par défi-réponse en clair (%s) : le mot de passe ne circule pas, mais la session reste lisible"
                              : "Challenge-response login in cleartext (%s): the password does not travel, but the session stays readable", mech);
        break;
    default:
        buf[0] = '\0';
        break;
    }
    return buf;
}
