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

#include <stdarg.h>
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
    snprintf(buf, len, fr ? "[avancement STARTTLS %u\xc2\xa0: %s]" : "[STARTTLS step %u: %s]", (unsigned)step,
             tlsedu_starttls_step_name(step, fr ? TLSEDU_LANG_FR : TLSEDU_LANG_EN));
    return buf;
}

/* Per protocol: the offer, the request, the acceptance, what the client does once the
 * upgrade is accepted, a refusal whose code is not known, the registered ports of the
 * protocol, and the port of the implicit-TLS variant with its name. */
typedef struct {
    const char *offer[TLSEDU_LANG_COUNT];
    const char *request;
    const char *accept;
    const char *after[TLSEDU_LANG_COUNT];   /* "" where the protocol says nothing */
    const char *refuse[TLSEDU_LANG_COUNT];
    unsigned usual[2];                      /* 0: none */
    const char *role[2][TLSEDU_LANG_COUNT]; /* what each usual port is for, NULL: the protocol's */
    unsigned implicit_port;
    const char *implicit_name[TLSEDU_LANG_COUNT];
} proto_words_t;

static const proto_words_t words[] = {
    /* RFC 3207 section 4.2: the client MUST discard what it learnt and SHOULD send EHLO
     * again; RFC 8314 section 3.3: implicit TLS on 465 is for submission only */
    [TLSEDU_UPG_SMTP] = { { "its EHLO reply lists STARTTLS", "sa réponse à EHLO contient STARTTLS" },
                           "STARTTLS", "220",
                           { " What was said in cleartext no longer counts: the client should send EHLO again inside TLS.",
                             " Ce qui a été dit en clair ne compte plus\xc2\xa0: le client devrait renvoyer EHLO dans TLS." },
                           { "a 4xx or 5xx code", "un code 4xx ou 5xx" }, { 25, 587 },
                           /* RFC 5321 (relay on 25), RFC 6409 (submission on 587) */
                           { { "SMTP relay", "du relais SMTP" }, { "mail submission", "de la soumission de courrier" } },
                           465, { "SMTPS, for submission", "SMTPS, pour la soumission" } },
    /* RFC 9051 section 6.2.1 (and RFC 2595 section 3.1): MUST discard the cached
     * capabilities, SHOULD ask again */
    [TLSEDU_UPG_IMAP] = { { "its capabilities list STARTTLS", "ses capacités contiennent STARTTLS" },
                           "tag STARTTLS", "tag OK",
                           { " The client must forget the capabilities seen in cleartext and should ask for them again inside TLS.",
                             " Le client doit oublier les capacités vues en clair et devrait les redemander dans TLS." },
                           { "NO or BAD", "NO ou BAD" }, { 143, 0 }, { { NULL, NULL }, { NULL, NULL } },
                           993, { "IMAPS", "IMAPS" } },
    /* RFC 2595 section 4: the same for CAPA */
    [TLSEDU_UPG_POP3] = { { "its CAPA listing contains STLS", "sa liste CAPA contient STLS" },
                           "STLS", "+OK",
                           { " The client must forget the capabilities seen in cleartext and should ask for them again (CAPA) inside TLS.",
                             " Le client doit oublier les capacités vues en clair et devrait les redemander (CAPA) dans TLS." },
                           { "-ERR", "-ERR" }, { 110, 0 }, { { NULL, NULL }, { NULL, NULL } },
                           995, { "POP3S", "POP3S" } },
    /* RFC 4217 (FTPS explicit; implicit FTPS on 990 is common practice, not in the RFC),
     * RFC 4511 section 4.14 and RFC 4513 (LDAP StartTLS, LDAPS on 636 in practice): no
     * rule to ask for capabilities again */
    [TLSEDU_UPG_FTP] = { { "its FEAT reply lists AUTH TLS", "sa réponse FEAT contient AUTH TLS" },
                          "AUTH TLS", "234", { "", "" },
                          { "a 4xx or 5xx code", "un code 4xx ou 5xx" }, { 21, 0 }, { { NULL, NULL }, { NULL, NULL } },
                          990, { "implicit FTPS", "FTPS implicite" } },
    [TLSEDU_UPG_LDAP] = { { "its root DSE lists the StartTLS operation", "son root DSE contient l'opération StartTLS" },
                           "extended request 1.3.6.1.4.1.1466.20037", "extendedResp success (0)", { "", "" },
                           { "an error code in the extendedResp", "un code d'erreur dans l'extendedResp" }, { 389, 0 }, { { NULL, NULL }, { NULL, NULL } },
                           636, { "LDAPS", "LDAPS" } },
    /* RFC 6120 section 5.4.3.3: the initiating entity opens a new stream inside TLS, the
     * receiving entity sends its features again; XEP-0368: direct TLS for clients on 5223 */
    [TLSEDU_UPG_XMPP] = { { "its stream features contain <starttls/>", "ses fonctionnalités de flux contiennent <starttls/>" },
                           "<starttls/>", "<proceed/>",
                           { " The initiating side then opens a new XML stream inside TLS and the receiving server lists its features again.",
                             " L'initiateur ouvre ensuite un nouveau flux XML dans TLS et le serveur récepteur annonce de nouveau ses fonctionnalités." },
                           { "<failure/>", "<failure/>" }, { 5222, 5269 },
                           /* RFC 6120 section 14.7: 5222 client-to-server, 5269 server-to-server */
                           { { "XMPP client", "des clients XMPP" }, { "server-to-server XMPP", "du XMPP entre serveurs" } },
                           5223, { "direct TLS, XEP-0368", "TLS direct, XEP-0368" } },
    /* PostgreSQL 15 documentation, section 55.2.10 (SSL Session Encryption): no offer (the
     * client just asks), one byte 'S' or 'N' answers; no implicit-TLS port in 15 */
    [TLSEDU_UPG_PGSQL] = { { "it answers SSLRequest with 'S'", "il répond 'S' à SSLRequest" },
                            "SSLRequest", "'S'", { "", "" },
                            { "'N'", "'N'" }, { 5432, 0 }, { { NULL, NULL }, { NULL, NULL } },
                            0, { "", "" } },
};

static const proto_words_t *
words_of(tlsedu_upgrade_proto_t proto)
{
    return proto >= TLSEDU_UPG_SMTP && proto < TLSEDU_UPG_COUNT ? &words[proto] : &words[TLSEDU_UPG_SMTP];
}

bool
tlsedu_starttls_usual_port(tlsedu_upgrade_proto_t proto, unsigned port)
{
    const proto_words_t *w;

    if (proto < TLSEDU_UPG_SMTP || proto >= TLSEDU_UPG_COUNT || port == 0)
        return false;
    w = &words[proto];
    return port == w->usual[0] || port == w->usual[1];
}

/* Which implicit-TLS alternative is true on this port. */
typedef enum {
    ALT_IMPLICIT,   /* the protocol's implicit-TLS port */
    ALT_RELAY,      /* SMTP on 25, relay between servers: no implicit-TLS port (RFC 8314 scope) */
    ALT_SMTP_ANY,   /* SMTP on another port: submission or relay, the port does not tell */
    ALT_NONE        /* XMPP between servers (5269): no client port to offer; PostgreSQL: none */
} alt_t;

static alt_t
alternative(tlsedu_upgrade_proto_t proto, unsigned port)
{
    if (proto == TLSEDU_UPG_SMTP)
        return port == 25 ? ALT_RELAY : port == 587 ? ALT_IMPLICIT : ALT_SMTP_ANY;
    if ((proto == TLSEDU_UPG_XMPP && port == 5269) || proto == TLSEDU_UPG_PGSQL)
        return ALT_NONE;
    return ALT_IMPLICIT;
}

/* Appends a formatted piece to buf (always terminated, cut when full). */
static void
append(char *buf, size_t len, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void
append(char *buf, size_t len, const char *fmt, ...)
{
    size_t used = strlen(buf);
    va_list ap;

    if (used + 1 >= len)
        return;
    va_start(ap, fmt);
    vsnprintf(buf + used, len - used, fmt, ap);
    va_end(ap);
}

/* "on port 2525" / "on port 25 (the usual SMTP relay port)" */
static void
port_words(char *buf, size_t len, tlsedu_upgrade_proto_t proto, unsigned port, bool fr)
{
    if (port == 0)
        return;   /* not known: no port named */
    const proto_words_t *w = words_of(proto);
    const char *role = w->role[port == w->usual[0] ? 0 : 1][fr ? 1 : 0];

    if (tlsedu_starttls_usual_port(proto, port) && role != NULL)
        append(buf, len, fr ? " sur le port %u (le port habituel %s)" : " on port %u (the usual %s port)", port, role);
    else if (tlsedu_starttls_usual_port(proto, port))
        append(buf, len, fr ? " sur le port %u (le port habituel pour %s)" : " on port %u (the usual %s port)", port,
               tlsedu_upgrade_proto_name(proto));
    else
        append(buf, len, fr ? " sur le port %u" : " on port %u", port);
}

/* The offer's and the refusal's last sentence: what avoids the cleartext start. RFC 8314
 * section 3.3 (465 for submission), RFC 8461 section 5 (MTA-STS) and RFC 7672 section
 * 2.2 (DANE) for relay, which has no implicit-TLS port. */
static void
implicit_sentence(char *buf, size_t len, const proto_words_t *w, alt_t alt, bool refused, bool fr)
{
    switch (alt) {
    case ALT_RELAY:
        append(buf, len, "%s", fr ? " Le relais entre serveurs n'a pas de port TLS implicite\xc2\xa0: MTA-STS ou DANE peuvent y rendre TLS obligatoire."
                                  : " Relay between servers has no implicit-TLS port: MTA-STS or DANE can make TLS mandatory there.");
        break;
    case ALT_SMTP_ANY:
        append(buf, len, "%s", fr ? " La soumission peut passer par le TLS implicite (port 465)\xc2\xa0; le relais n'en a pas\xc2\xa0: MTA-STS ou DANE peuvent y rendre TLS obligatoire."
                                  : " Submission can use implicit TLS (port 465); relay has none: MTA-STS or DANE can make TLS mandatory there.");
        break;
    case ALT_IMPLICIT:
        if (refused)
            append(buf, len, fr ? " Le TLS implicite (port %u, %s) n'a pas ce point faible\xc2\xa0: sans TLS, pas de session."
                                : " Implicit TLS (port %u, %s) has no such weak point: no TLS, no session.",
                   w->implicit_port, w->implicit_name[fr ? 1 : 0]);
        else
            append(buf, len, fr ? " Avec le TLS implicite (port %u, %s), TLS commence dès le premier octet."
                                : " With implicit TLS (port %u, %s) TLS starts with the very first byte.",
                   w->implicit_port, w->implicit_name[fr ? 1 : 0]);
        break;
    default:
        break;
    }
}

/* The refusing reply as a student reads it: LDAP's resultCode and XMPP's element named,
 * IMAP's status before its tag (kept as "tag status"). */
static void
reply_words(char *buf, size_t len, tlsedu_upgrade_proto_t proto, const proto_words_t *w, const char *reply, bool fr)
{
    const char *space = reply != NULL ? strchr(reply, ' ') : NULL;

    if (reply == NULL || reply[0] == '\0')
        append(buf, len, "%s", w->refuse[fr ? 1 : 0]);
    else if (proto == TLSEDU_UPG_IMAP && space != NULL)
        append(buf, len, fr ? "%s (étiquette %.*s)" : "%s (tag %.*s)", space + 1, (int)(space - reply), reply);
    else if (proto == TLSEDU_UPG_LDAP)
        append(buf, len, "resultCode %s", reply);
    else if (proto == TLSEDU_UPG_XMPP)
        append(buf, len, "<%s/>", reply);
    else
        append(buf, len, "%s", reply);
}

/* IMAP's request and acceptance as the frames show them, with the request's real tag
 * ("a001 STARTTLS", "a001 OK"; RFC 9051 section 2.2.1), else the protocol's words. */
static const char *
quoted(tlsedu_upgrade_proto_t proto, const char *reply, const char *fallback)
{
    return proto == TLSEDU_UPG_IMAP && reply != NULL && reply[0] != '\0' ? reply : fallback;
}

static void
explain_offered(char *buf, size_t len, tlsedu_upgrade_proto_t proto, unsigned port, bool fr)
{
    const proto_words_t *w = words_of(proto);

    append(buf, len, fr ? "Le serveur %s propose TLS\xc2\xa0: %s. La connexion a commencé en clair" : "The %s server offers TLS: %s. The connection started in cleartext",
           tlsedu_upgrade_proto_name(proto), w->offer[fr ? 1 : 0]);
    port_words(buf, len, proto, port, fr);
    /* RFC 6120 section 5.4.3.3: between servers (5269) the initiating side asks */
    if (alternative(proto, port) == ALT_NONE)
        append(buf, len, "%s", fr ? "\xc2\xa0; elle n'est chiffrée que si l'initiateur le demande (TLS explicite)."
                                  : "; it is encrypted only if the initiating side asks (explicit TLS).");
    else
        append(buf, len, "%s", fr ? "\xc2\xa0; elle n'est chiffrée que si le client le demande (TLS explicite)."
                                  : "; it is encrypted only if the client asks (explicit TLS).");
    implicit_sentence(buf, len, w, alternative(proto, port), false, fr);
}

static void
explain_tls_started(char *buf, size_t len, tlsedu_upgrade_proto_t proto, unsigned port, bool fr)
{
    const proto_words_t *w = words_of(proto);
    const alt_t alt = alternative(proto, port);

    append(buf, len, fr ? "La négociation TLS commence sur la même connexion TCP\xc2\xa0: une fois terminée, la session %s est chiffrée (TLS explicite par %s"
                        : "The TLS handshake starts on the same TCP connection: once it completes, the %s session is encrypted (explicit TLS by %s",
           tlsedu_upgrade_proto_name(proto), tlsedu_upgrade_command(proto));
    if (alt == ALT_IMPLICIT)
        append(buf, len, fr ? ", alors que le port %u commence directement en TLS)." : ", whereas port %u starts in TLS right away).",
               w->implicit_port);
    else if (alt == ALT_SMTP_ANY)
        append(buf, len, "%s", fr ? ", alors que la soumission sur le port 465 commence directement en TLS)."
                                  : ", whereas submission on port 465 starts in TLS right away).");
    else if (alt == ALT_RELAY)
        append(buf, len, "%s", fr ? "\xc2\xa0; le relais entre serveurs n'a pas de port TLS implicite)."
                                  : "; relay between servers has no implicit-TLS port).");
    else
        append(buf, len, "%s", ").");
}

char *
tlsedu_starttls_explain(tlsedu_starttls_step_t step, tlsedu_upgrade_proto_t proto, unsigned server_port,
                        const char *reply, tlsedu_lang_t lang, char *buf, size_t len)
{
    const proto_words_t *w = words_of(proto);
    const bool fr = lang == TLSEDU_LANG_FR;

    if (buf == NULL || len == 0)
        return buf;
    buf[0] = '\0';
    switch (step) {
    case TLSEDU_STARTTLS_OFFERED:
        explain_offered(buf, len, proto, server_port, fr);
        break;
    case TLSEDU_STARTTLS_REQUESTED:
        append(buf, len, fr
               ? "Le client demande le passage à TLS (%s). Il ne doit plus rien envoyer en clair avant la négociation TLS\xc2\xa0: tout ce qui suivrait la commande pourrait être exécuté comme si c'était déjà protégé."
               : "The client asks to upgrade to TLS (%s). It must send nothing more in cleartext before the TLS handshake: anything after the command could be run as if it were already protected.",
               quoted(proto, reply, w->request));
        break;
    case TLSEDU_STARTTLS_ACCEPTED:
        append(buf, len, fr
               ? "Le serveur accepte (%s)\xc2\xa0: les prochains octets de la connexion ouvrent une négociation TLS (le ClientHello).%s"
               : "The server accepts (%s): the next bytes on the connection start a TLS handshake (the ClientHello).%s",
               quoted(proto, reply, w->accept), w->after[fr ? 1 : 0]);
        break;
    case TLSEDU_STARTTLS_REFUSED:
        /* RFC 6120 section 5.4.2.2: after <failure/> the receiving entity closes the XML
         * stream and the TCP connection; XEP-0368: direct TLS on 5223 */
        if (proto == TLSEDU_UPG_XMPP) {
            append(buf, len, "%s", fr ? "Le serveur refuse TLS\xc2\xa0: il répond <failure/>, puis ferme le flux XML et la connexion TCP (RFC 6120, 5.4.2.2). L'initiateur doit se reconnecter\xc2\xa0; un client qui exige TLS peut passer par le TLS direct (port 5223, XEP-0368)."
                                      : "The server refuses TLS: it answers <failure/>, then closes the XML stream and the TCP connection (RFC 6120, 5.4.2.2). The initiating side must reconnect; a client that requires TLS can use direct TLS (port 5223, XEP-0368).");
            break;
        }
        /* RFC 3207 section 4.1: after a refusal the client decides whether to go on */
        append(buf, len, "%s", fr ? "Le serveur refuse TLS\xc2\xa0: sa réponse est " : "The server refuses TLS: its reply is ");
        reply_words(buf, len, proto, w, reply, fr);
        append(buf, len, "%s", fr ? ". Un client qui continue envoie tout en clair, identifiants compris\xc2\xa0; un client qui exige TLS coupe la connexion."
                                  : ". A client that goes on sends everything in cleartext, credentials included; one that requires TLS hangs up.");
        implicit_sentence(buf, len, w, alternative(proto, server_port), true, fr);
        break;
    case TLSEDU_STARTTLS_TLS_STARTED:
        explain_tls_started(buf, len, proto, server_port, fr);
        break;
    default:
        break;
    }
    return buf;
}

/* tlsedu.starttls.refused: the reply as the server sent it (RFC 3207 section 4: 454;
 * RFC 9051: tagged NO/BAD), and what follows from it. */
static void
refused_warning(char *buf, size_t len, tlsedu_upgrade_proto_t proto, const char *reply, bool fr)
{
    buf[0] = '\0';
    append(buf, len, fr ? "Le serveur a refusé %s" : "The server refused %s", tlsedu_upgrade_command(proto));
    if (reply != NULL && reply[0] != '\0') {
        append(buf, len, "%s", fr ? " (réponse " : " (reply ");
        reply_words(buf, len, proto, words_of(proto), reply, fr);
        append(buf, len, "%s", ")");
    }
    if (proto == TLSEDU_UPG_XMPP)   /* RFC 6120 section 5.4.2.2 */
        append(buf, len, "%s", fr ? "\xc2\xa0: le serveur doit alors fermer le flux XML et la connexion"
                                  : ": the server must then close the XML stream and the connection");
    else
        append(buf, len, "%s", fr ? "\xc2\xa0: la suite de la session est en clair" : ": the rest of the session is cleartext");
}

char *
tlsedu_starttls_warning_text(uint32_t warning, tlsedu_upgrade_proto_t proto, const char *mechanism,
                             tlsedu_lang_t lang, char *buf, size_t len)
{
    return tlsedu_starttls_warning_text_reply(warning, proto, mechanism, NULL, lang, buf, len);
}

char *
tlsedu_starttls_warning_text_reply(uint32_t warning, tlsedu_upgrade_proto_t proto, const char *mechanism,
                                   const char *reply, tlsedu_lang_t lang, char *buf, size_t len)
{
    const bool fr = lang == TLSEDU_LANG_FR;
    const char *cmd = tlsedu_upgrade_command(proto);
    const char *mech = mechanism != NULL ? mechanism : (fr ? "un identifiant" : "a login");

    if (buf == NULL || len == 0)
        return buf;
    switch (warning) {
    case TLSEDU_STW_REFUSED:
        refused_warning(buf, len, proto, reply, fr);
        break;
    case TLSEDU_STW_NOT_USED:
        snprintf(buf, len, fr ? "Le serveur propose %s mais le client continue en clair"
                              : "The server offers %s but the client goes on in cleartext", cmd);
        break;
    case TLSEDU_STW_NOT_OFFERED:
        /* RFC 3207 section 4, RFC 2595 section 3.1: the client should not ask for what was
         * not advertised; the usual cause is a server without TLS (the refusal follows) */
        snprintf(buf, len, fr ? "Le client demande %s alors que la liste des capacités du serveur ne le propose pas (serveur sans TLS, ou intermédiaire qui a retiré l'offre)"
                              : "The client asks for %s although the server's capability list does not offer it (a server without TLS, or a middlebox that removed the offer)", cmd);
        break;
    case TLSEDU_STW_TLS_AFTER_REFUSAL:
        snprintf(buf, len, fr ? "Le client démarre TLS alors que le serveur a refusé %s"
                              : "The client starts TLS although the server refused %s", cmd);
        break;
    case TLSEDU_STW_INJECTION:
        snprintf(buf, len, fr ? "Octets en clair après %s et avant TLS\xc2\xa0: injection de commandes STARTTLS (CVE-2011-0411 et suivantes)\xc2\xa0; ils pourraient être exécutés comme s'ils étaient protégés"
                              : "Cleartext bytes after %s and before TLS: STARTTLS command injection (CVE-2011-0411 and successors); they could be run as if they were protected", cmd);
        break;
    case TLSEDU_STW_NO_TLS:
        snprintf(buf, len, fr ? "Le passage à TLS a été accepté mais la suite n'est pas du TLS"
                              : "The upgrade was accepted but what follows is not TLS");
        break;
    case TLSEDU_STW_CREDENTIALS:
        snprintf(buf, len, fr ? "Identifiants en clair (%s)\xc2\xa0: quiconque écoute le réseau les lit%s"
                              : "Credentials in cleartext (%s): anyone on the path can read them%s", mech,
                 strncmp(mech, "AUTH", 4) != 0 ? "" : fr ? " (base64 est un codage, pas un chiffrement)"
                                                         : " (base64 is an encoding, not encryption)");
        break;
    case TLSEDU_STW_CHALLENGE:
        snprintf(buf, len, fr ? "Connexion par défi-réponse en clair (%s)\xc2\xa0: le mot de passe ne circule pas, mais la session reste lisible"
                              : "Challenge-response login in cleartext (%s): the password does not travel, but the session stays readable", mech);
        break;
    default:
        buf[0] = '\0';
        break;
    }
    return buf;
}
