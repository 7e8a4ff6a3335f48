/* starttls_texts.c - what a student reads about STARTTLS in its six protocols (SMTP, IMAP,
 * POP3, FTP AUTH TLS, LDAP StartTLS, XMPP, PostgreSQL), English, French and Russian side by
 * side: the steps and the explanations here, the warnings in starttls_warnings.c.
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

#include "starttls_texts.h"

static const char *const step_names[][TLSEDU_LANG_COUNT] = {
    [TLSEDU_STARTTLS_NONE] = { "none", "aucune", "нет" },
    [TLSEDU_STARTTLS_OFFERED] = { "offered", "proposé", "предложен" },
    [TLSEDU_STARTTLS_REQUESTED] = { "requested", "demandé", "запрошен" },
    [TLSEDU_STARTTLS_ACCEPTED] = { "accepted", "accepté", "принят" },
    [TLSEDU_STARTTLS_REFUSED] = { "refused", "refusé", "отклонён" },
    [TLSEDU_STARTTLS_TLS_STARTED] = { "TLS started", "TLS démarré", "TLS начат" },
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
    if (buf == NULL || len == 0)
        return buf;
    buf[0] = '\0';
    if (step <= TLSEDU_STARTTLS_NONE || step > TLSEDU_STARTTLS_TLS_STARTED)
        return buf;
    lang = tlsedu_starttls_lang(lang);
    /* the STARTTLS steps are a numbering of their own: "avancement", "ход", never a stage's word */
    snprintf(buf, len, TLSEDU_BY_LANG(lang, "[STARTTLS step %u: %s]", "[avancement STARTTLS %u\xc2\xa0: %s]", "[ход STARTTLS %u: %s]"),
             (unsigned)step, tlsedu_starttls_step_name(step, lang));
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
    [TLSEDU_UPG_SMTP] = { { "its EHLO reply lists STARTTLS", "sa réponse à EHLO contient STARTTLS", "его ответ на EHLO содержит STARTTLS" },
                           "STARTTLS", "220",
                           { " What was said in cleartext no longer counts: the client should send EHLO again inside TLS.",
                             " Ce qui a été dit en clair ne compte plus\xc2\xa0: le client devrait renvoyer EHLO dans TLS.",
                             " Сказанное открытым текстом больше не в счёт: клиенту следует снова отправить EHLO внутри TLS." },
                           { "a 4xx or 5xx code", "un code 4xx ou 5xx", "код 4xx или 5xx" }, { 25, 587 },
                           /* RFC 5321 (relay on 25), RFC 6409 (submission on 587) */
                           { { "SMTP relay", "du relais SMTP", "пересылки SMTP" },
                             { "mail submission", "de la soumission de courrier", "отправки почты" } },
                           465, { "SMTPS, for submission", "SMTPS, pour la soumission", "SMTPS, для отправки" } },
    /* RFC 9051 section 6.2.1 (and RFC 2595 section 3.1): MUST discard the cached
     * capabilities, SHOULD ask again */
    [TLSEDU_UPG_IMAP] = { { "its capabilities list STARTTLS", "ses capacités contiennent STARTTLS",
                             "его список возможностей (CAPABILITY) содержит STARTTLS" },
                           "tag STARTTLS", "tag OK",
                           { " The client must forget the capabilities seen in cleartext and should ask for them again inside TLS.",
                             " Le client doit oublier les capacités vues en clair et devrait les redemander dans TLS.",
                             " Клиент должен забыть возможности, увиденные открытым текстом, и ему следует запросить их снова внутри TLS." },
                           { "NO or BAD", "NO ou BAD", "NO или BAD" }, { 143, 0 }, { { NULL }, { NULL } },
                           993, { "IMAPS", "IMAPS", "IMAPS" } },
    /* RFC 2595 section 4: the same for CAPA */
    [TLSEDU_UPG_POP3] = { { "its CAPA listing contains STLS", "sa liste CAPA contient STLS", "его список CAPA содержит STLS" },
                           "STLS", "+OK",
                           { " The client must forget the capabilities seen in cleartext and should ask for them again (CAPA) inside TLS.",
                             " Le client doit oublier les capacités vues en clair et devrait les redemander (CAPA) dans TLS.",
                             " Клиент должен забыть возможности, увиденные открытым текстом, и ему следует снова запросить их (CAPA) внутри TLS." },
                           { "-ERR", "-ERR", "-ERR" }, { 110, 0 }, { { NULL }, { NULL } },
                           995, { "POP3S", "POP3S", "POP3S" } },
    /* RFC 4217 (FTPS explicit; implicit FTPS on 990 is common practice, not in the RFC),
     * RFC 4511 section 4.14 and RFC 4513 (LDAP StartTLS, LDAPS on 636 in practice): no
     * rule to ask for capabilities again */
    [TLSEDU_UPG_FTP] = { { "its FEAT reply lists AUTH TLS", "sa réponse FEAT contient AUTH TLS", "его ответ на FEAT содержит AUTH TLS" },
                          "AUTH TLS", "234", { "", "", "" },
                          { "a 4xx or 5xx code", "un code 4xx ou 5xx", "код 4xx или 5xx" }, { 21, 0 }, { { NULL }, { NULL } },
                          990, { "implicit FTPS", "FTPS implicite", "неявный FTPS" } },
    [TLSEDU_UPG_LDAP] = { { "its root DSE lists the StartTLS operation", "son root DSE contient l'opération StartTLS",
                             "его root DSE содержит операцию StartTLS" },
                           "extended request 1.3.6.1.4.1.1466.20037", "extendedResp success (0)", { "", "", "" },
                           { "an error code in the extendedResp", "un code d'erreur dans l'extendedResp", "код ошибки в extendedResp" },
                           { 389, 0 }, { { NULL }, { NULL } },
                           636, { "LDAPS", "LDAPS", "LDAPS" } },
    /* RFC 6120 section 5.4.3.3: the initiating entity opens a new stream inside TLS, the
     * receiving entity sends its features again; XEP-0368: direct TLS for clients on 5223 */
    [TLSEDU_UPG_XMPP] = { { "its stream features contain <starttls/>", "ses fonctionnalités de flux contiennent <starttls/>",
                             "его возможности потока (stream features) содержат <starttls/>" },
                           "<starttls/>", "<proceed/>",
                           { " The initiating side then opens a new XML stream inside TLS and the receiving server lists its features again.",
                             " L'initiateur ouvre ensuite un nouveau flux XML dans TLS et le serveur récepteur annonce de nouveau ses fonctionnalités.",
                             " Затем инициатор открывает новый XML-поток внутри TLS, а принимающий сервер снова перечисляет свои возможности." },
                           { "<failure/>", "<failure/>", "<failure/>" }, { 5222, 5269 },
                           /* RFC 6120 section 14.7: 5222 client-to-server, 5269 server-to-server */
                           { { "XMPP client", "des clients XMPP", "клиентов XMPP" },
                             { "server-to-server XMPP", "du XMPP entre serveurs", "XMPP между серверами" } },
                           5223, { "direct TLS, XEP-0368", "TLS direct, XEP-0368", "прямой TLS, XEP-0368" } },
    /* PostgreSQL 15 documentation, section 55.2.10 (SSL Session Encryption): no offer (the
     * client just asks), one byte 'S' or 'N' answers; no implicit-TLS port in 15 */
    [TLSEDU_UPG_PGSQL] = { { "it answers SSLRequest with 'S'", "il répond 'S' à SSLRequest", "он отвечает 'S' на SSLRequest" },
                            "SSLRequest", "'S'", { "", "", "" },
                            { "'N'", "'N'", "'N'" }, { 5432, 0 }, { { NULL }, { NULL } },
                            0, { "", "", "" } },
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

bool
tlsedu_starttls_has_implicit_port(tlsedu_upgrade_proto_t proto)
{
    return words_of(proto)->implicit_port != 0;
}

char *
tlsedu_starttls_usual_ports(tlsedu_upgrade_proto_t proto, tlsedu_lang_t lang, char *buf, size_t len)
{
    const proto_words_t *w = words_of(proto);

    if (buf == NULL || len == 0)
        return buf;
    if (w->usual[1] != 0)
        snprintf(buf, len, TLSEDU_BY_LANG(tlsedu_starttls_lang(lang), "%u or %u", "%u ou %u", "%u или %u"),
                 w->usual[0], w->usual[1]);
    else
        snprintf(buf, len, "%u", w->usual[0]);
    return buf;
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

tlsedu_lang_t
tlsedu_starttls_lang(tlsedu_lang_t lang)
{
    return (unsigned)lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN;
}

void
tlsedu_starttls_append(char *buf, size_t len, const char *fmt, ...)
{
    size_t used = strlen(buf);
    va_list ap;

    if (used + 1 >= len)
        return;
    va_start(ap, fmt);
    vsnprintf(buf + used, len - used, fmt, ap);
    va_end(ap);
}

#define append tlsedu_starttls_append
#define BY_LANG TLSEDU_BY_LANG

/* "on port 2525" / "on port 25 (the usual SMTP relay port)" */
static void
port_words(char *buf, size_t len, tlsedu_upgrade_proto_t proto, unsigned port, tlsedu_lang_t l)
{
    if (port == 0)
        return;   /* not known: no port named */
    const proto_words_t *w = words_of(proto);
    const char *role = w->role[port == w->usual[0] ? 0 : 1][l];

    if (tlsedu_starttls_usual_port(proto, port) && role != NULL)
        append(buf, len, BY_LANG(l, " on port %u (the usual %s port)", " sur le port %u (le port habituel %s)",
                                 " на порту %u (обычный порт %s)"), port, role);
    else if (tlsedu_starttls_usual_port(proto, port))
        append(buf, len, BY_LANG(l, " on port %u (the usual %s port)", " sur le port %u (le port habituel pour %s)",
                                 " на порту %u (обычный порт %s)"), port, tlsedu_upgrade_proto_name(proto));
    else
        append(buf, len, BY_LANG(l, " on port %u", " sur le port %u", " на порту %u"), port);
}

/* The offer's and the refusal's last sentence: what avoids the cleartext start. RFC 8314
 * section 3.3 (465 for submission), RFC 8461 section 5 (MTA-STS) and RFC 7672 section
 * 2.2 (DANE) for relay, which has no implicit-TLS port. */
static void
implicit_sentence(char *buf, size_t len, const proto_words_t *w, alt_t alt, bool refused, tlsedu_lang_t l)
{
    static const char *const relay[TLSEDU_LANG_COUNT] = {
        " Relay between servers has no implicit-TLS port: MTA-STS or DANE can make TLS mandatory there.",
        " Le relais entre serveurs n'a pas de port TLS implicite\xc2\xa0: MTA-STS ou DANE peuvent y rendre TLS obligatoire.",
        " У пересылки между серверами нет порта неявного TLS: MTA-STS или DANE могут сделать там TLS обязательным.",
    };
    static const char *const smtp_any[TLSEDU_LANG_COUNT] = {
        " Submission can use implicit TLS (port 465); relay has none: MTA-STS or DANE can make TLS mandatory there.",
        " La soumission peut passer par le TLS implicite (port 465)\xc2\xa0; le relais n'en a pas\xc2\xa0: MTA-STS ou DANE peuvent y rendre TLS obligatoire.",
        " Отправка может идти по неявному TLS (порт 465); у пересылки его нет: MTA-STS или DANE могут сделать там TLS обязательным.",
    };

    switch (alt) {
    case ALT_RELAY:
        append(buf, len, "%s", relay[l]);
        break;
    case ALT_SMTP_ANY:
        append(buf, len, "%s", smtp_any[l]);
        break;
    case ALT_IMPLICIT:
        if (refused)
            append(buf, len, BY_LANG(l, " Implicit TLS (port %u, %s) has no such weak point: no TLS, no session.",
                                     " Le TLS implicite (port %u, %s) n'a pas ce point faible\xc2\xa0: sans TLS, pas de session.",
                                     " У неявного TLS (порт %u, %s) нет этого слабого места: нет TLS — нет сеанса."),
                   w->implicit_port, w->implicit_name[l]);
        else
            append(buf, len, BY_LANG(l, " With implicit TLS (port %u, %s) TLS starts with the very first byte.",
                                     " Avec le TLS implicite (port %u, %s), TLS commence dès le premier octet.",
                                     " При неявном TLS (порт %u, %s) TLS начинается с самого первого байта."),
                   w->implicit_port, w->implicit_name[l]);
        break;
    default:
        break;
    }
}

/* The refusing reply as a student reads it: LDAP's resultCode and XMPP's element named,
 * IMAP's status before its tag (kept as "tag status"). */
void
tlsedu_starttls_reply_words(char *buf, size_t len, tlsedu_upgrade_proto_t proto, const char *reply, tlsedu_lang_t l)
{
    const proto_words_t *w = words_of(proto);
    const char *space = reply != NULL ? strchr(reply, ' ') : NULL;

    l = tlsedu_starttls_lang(l);
    if (reply == NULL || reply[0] == '\0')
        append(buf, len, "%s", w->refuse[l]);
    else if (proto == TLSEDU_UPG_IMAP && space != NULL)
        append(buf, len, BY_LANG(l, "%s (tag %.*s)", "%s (étiquette %.*s)", "%s (тег %.*s)"), space + 1,
               (int)(space - reply), reply);
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
explain_offered(char *buf, size_t len, tlsedu_upgrade_proto_t proto, unsigned port, tlsedu_lang_t l)
{
    /* RFC 6120 section 5.4.3.3: between servers (5269) the initiating side asks */
    static const char *const initiator_asks[TLSEDU_LANG_COUNT] = {
        "; it is encrypted only if the initiating side asks (explicit TLS).",
        "\xc2\xa0; elle n'est chiffrée que si l'initiateur le demande (TLS explicite).",
        "; шифруется лишь по просьбе инициатора (явный TLS).",
    };
    static const char *const client_asks[TLSEDU_LANG_COUNT] = {
        "; it is encrypted only if the client asks (explicit TLS).",
        "\xc2\xa0; elle n'est chiffrée que si le client le demande (TLS explicite).",
        "; шифруется лишь по просьбе клиента (явный TLS).",
    };
    const proto_words_t *w = words_of(proto);

    append(buf, len, BY_LANG(l, "The %s server offers TLS: %s. The connection started in cleartext",
                             "Le serveur %s propose TLS\xc2\xa0: %s. La connexion a commencé en clair",
                             "Сервер %s предлагает TLS: %s. Соединение начато открытым текстом"),
           tlsedu_upgrade_proto_name(proto), w->offer[l]);
    port_words(buf, len, proto, port, l);
    append(buf, len, "%s", alternative(proto, port) == ALT_NONE ? initiator_asks[l] : client_asks[l]);
    implicit_sentence(buf, len, w, alternative(proto, port), false, l);
}

static void
explain_tls_started(char *buf, size_t len, tlsedu_upgrade_proto_t proto, unsigned port, tlsedu_lang_t l)
{
    static const char *const submission[TLSEDU_LANG_COUNT] = {
        ", whereas submission on port 465 starts in TLS right away).",
        ", alors que la soumission sur le port 465 commence directement en TLS).",
        ", а отправка на порту 465 сразу идёт в TLS).",
    };
    static const char *const relay[TLSEDU_LANG_COUNT] = {
        "; relay between servers has no implicit-TLS port).",
        "\xc2\xa0; le relais entre serveurs n'a pas de port TLS implicite).",
        "; у пересылки нет порта неявного TLS).",
    };
    const proto_words_t *w = words_of(proto);
    const alt_t alt = alternative(proto, port);

    append(buf, len, BY_LANG(l, "The TLS handshake starts on the same TCP connection: once it completes, the %s session is encrypted (explicit TLS by %s",
                             "La négociation TLS commence sur la même connexion TCP\xc2\xa0: une fois terminée, la session %s est chiffrée (TLS explicite par %s",
                             "Рукопожатие TLS — в том же TCP-соединении: после него сеанс %s зашифрован (явный TLS через %s"),
           tlsedu_upgrade_proto_name(proto), tlsedu_upgrade_command(proto));
    if (alt == ALT_IMPLICIT)
        append(buf, len, BY_LANG(l, ", whereas port %u starts in TLS right away).", ", alors que le port %u commence directement en TLS).",
                                 ", а порт %u сразу идёт в TLS)."), w->implicit_port);
    else if (alt == ALT_SMTP_ANY)
        append(buf, len, "%s", submission[l]);
    else if (alt == ALT_RELAY)
        append(buf, len, "%s", relay[l]);
    else
        append(buf, len, "%s", ").");
}

/* The refusal: what a client that goes on sends, and what avoids it. */
static void
explain_refused(char *buf, size_t len, tlsedu_upgrade_proto_t proto, unsigned port, const char *reply, tlsedu_lang_t l)
{
    /* RFC 6120 section 5.4.2.2: after <failure/> the receiving entity closes the XML
     * stream and the TCP connection; XEP-0368: direct TLS on 5223 */
    static const char *const xmpp[TLSEDU_LANG_COUNT] = {
        "The server refuses TLS: it answers <failure/>, then closes the XML stream and the TCP connection (RFC 6120, 5.4.2.2). The initiating side must reconnect; a client that requires TLS can use direct TLS (port 5223, XEP-0368).",
        "Le serveur refuse TLS\xc2\xa0: il répond <failure/>, puis ferme le flux XML et la connexion TCP (RFC 6120, 5.4.2.2). L'initiateur doit se reconnecter\xc2\xa0; un client qui exige TLS peut passer par le TLS direct (port 5223, XEP-0368).",
        "Сервер отклоняет TLS: отвечает <failure/>, затем закрывает XML-поток и TCP-соединение (RFC 6120, 5.4.2.2). Инициатор должен переподключиться; клиент, которому нужен TLS, может взять прямой TLS (порт 5223, XEP-0368).",
    };
    static const char *const reply_is[TLSEDU_LANG_COUNT] = {
        "The server refuses TLS: its reply is ", "Le serveur refuse TLS\xc2\xa0: sa réponse est ",
        "Сервер отклоняет TLS: его ответ — ",
    };
    /* RFC 3207 section 4.1: after a refusal the client decides whether to go on */
    static const char *const goes_on[TLSEDU_LANG_COUNT] = {
        ". A client that goes on sends everything in cleartext, credentials included; one that requires TLS hangs up.",
        ". Un client qui continue envoie tout en clair, identifiants compris\xc2\xa0; un client qui exige TLS coupe la connexion.",
        ". Клиент, который продолжит, пошлёт всё открытым текстом, включая учётные данные; клиент, требующий TLS, разорвёт соединение.",
    };

    if (proto == TLSEDU_UPG_XMPP) {
        append(buf, len, "%s", xmpp[l]);
        return;
    }
    append(buf, len, "%s", reply_is[l]);
    tlsedu_starttls_reply_words(buf, len, proto, reply, l);
    append(buf, len, "%s", goes_on[l]);
    implicit_sentence(buf, len, words_of(proto), alternative(proto, port), true, l);
}

char *
tlsedu_starttls_explain(tlsedu_starttls_step_t step, tlsedu_upgrade_proto_t proto, unsigned server_port,
                        const char *reply, tlsedu_lang_t lang, char *buf, size_t len)
{
    const proto_words_t *w = words_of(proto);
    const tlsedu_lang_t l = tlsedu_starttls_lang(lang);

    if (buf == NULL || len == 0)
        return buf;
    buf[0] = '\0';
    switch (step) {
    case TLSEDU_STARTTLS_OFFERED:
        explain_offered(buf, len, proto, server_port, l);
        break;
    case TLSEDU_STARTTLS_REQUESTED:
        append(buf, len, BY_LANG(l, "The client asks to upgrade to TLS (%s). It must send nothing more in cleartext before the TLS handshake: anything after the command could be run as if it were already protected.",
                                 "Le client demande le passage à TLS (%s). Il ne doit plus rien envoyer en clair avant la négociation TLS\xc2\xa0: tout ce qui suivrait la commande pourrait être exécuté comme si c'était déjà protégé.",
                                 "Клиент просит перейти на TLS (%s). До рукопожатия TLS он не должен слать ничего открытым текстом: всё, что после команды, могут выполнить как уже защищённое."),
               quoted(proto, reply, w->request));
        break;
    case TLSEDU_STARTTLS_ACCEPTED:
        append(buf, len, BY_LANG(l, "The server accepts (%s): the next bytes on the connection start a TLS handshake (the ClientHello).%s",
                                 "Le serveur accepte (%s)\xc2\xa0: les prochains octets de la connexion ouvrent une négociation TLS (le ClientHello).%s",
                                 "Сервер соглашается (%s): следующие байты соединения начинают рукопожатие TLS (ClientHello).%s"),
               quoted(proto, reply, w->accept), w->after[l]);
        break;
    case TLSEDU_STARTTLS_REFUSED:
        explain_refused(buf, len, proto, server_port, reply, l);
        break;
    case TLSEDU_STARTTLS_TLS_STARTED:
        explain_tls_started(buf, len, proto, server_port, l);
        break;
    default:
        break;
    }
    return buf;
}
