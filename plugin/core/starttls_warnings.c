/* starttls_warnings.c - the STARTTLS warnings a student reads (expert infos: a refusal, an
 * offer not used, a request not offered, TLS after a refusal, command injection, no TLS
 * after the acceptance, a login in cleartext), English, French and Russian side by side.
 * Each is one expert info: within Wireshark's 239 bytes with realistic values.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "starttls.h"

#include <stdio.h>
#include <string.h>

#include "starttls_texts.h"

#define append tlsedu_starttls_append
#define BY_LANG TLSEDU_BY_LANG

/* tlsedu.starttls.refused: the reply as the server sent it (RFC 3207 section 4: 454;
 * RFC 9051: tagged NO/BAD), and what follows from it. */
static void
refused_warning(char *buf, size_t len, tlsedu_upgrade_proto_t proto, const char *reply, tlsedu_lang_t l)
{
    static const char *const reply_word[TLSEDU_LANG_COUNT] = { " (reply ", " (réponse ", " (ответ " };
    /* RFC 6120 section 5.4.2.2 */
    static const char *const xmpp_closes[TLSEDU_LANG_COUNT] = {
        ": the server must then close the XML stream and the connection",
        "\xc2\xa0: le serveur doit alors fermer le flux XML et la connexion",
        ": теперь сервер должен закрыть XML-поток и соединение",
    };
    static const char *const cleartext[TLSEDU_LANG_COUNT] = {
        ": the rest of the session is cleartext", "\xc2\xa0: la suite de la session est en clair",
        ": дальше сеанс идёт открытым текстом",
    };

    buf[0] = '\0';
    append(buf, len, BY_LANG(l, "The server refused %s", "Le serveur a refusé %s", "Сервер отклонил %s"),
           tlsedu_upgrade_command(proto));
    if (reply != NULL && reply[0] != '\0') {
        append(buf, len, "%s", reply_word[l]);
        tlsedu_starttls_reply_words(buf, len, proto, reply, l);
        append(buf, len, "%s", ")");
    }
    append(buf, len, "%s", proto == TLSEDU_UPG_XMPP ? xmpp_closes[l] : cleartext[l]);
}

char *
tlsedu_starttls_warning_text(uint32_t warning, tlsedu_upgrade_proto_t proto, const char *mechanism,
                             tlsedu_lang_t lang, char *buf, size_t len)
{
    return tlsedu_starttls_warning_text_reply(warning, proto, mechanism, NULL, lang, buf, len);
}

/* A login in cleartext: a secret that travels (base64 is no protection), or a
 * challenge-response whose password does not travel but whose recorded exchange lets an
 * eavesdropper guess a weak password offline (RFC 5802 9, RFC 2195 4, RFC 1939 7) and
 * whose session is readable. */
static void
login_warning(char *buf, size_t len, bool challenge, const char *mech, tlsedu_lang_t l)
{
    static const char *const base64[TLSEDU_LANG_COUNT] = {
        " (base64 is an encoding, not encryption)", " (base64 est un codage, pas un chiffrement)",
        " (base64 — это кодирование, а не шифрование)",
    };

    /* GSSAPI (RFC 4752): a Kerberos ticket under the service's key, nothing derived from the
     * user's password to guess from (RFC 4120 3.2, 5.3). A SASL security layer (RFC 4422 3.7,
     * RFC 4752 3.3, DIGEST-MD5's auth-conf, RFC 2831 2.3) may protect what follows: those two
     * texts hedge. */
    if (challenge && strstr(mech, "GSSAPI") != NULL)
        snprintf(buf, len, BY_LANG(l, "Kerberos login in cleartext (%s): no password travels; without a SASL security layer the session stays readable",
                                   "Connexion Kerberos en clair (%s)\xc2\xa0: aucun mot de passe ne circule\xc2\xa0; sans couche de sécurité SASL, la session reste lisible",
                                   "Вход Kerberos открытым текстом (%s): пароль не передаётся; без слоя защиты SASL сеанс читаем"),
                 mech);
    else if (challenge && strstr(mech, "DIGEST-MD5") == NULL)
        /* APOP (RFC 1939 7), CRAM-MD5 (RFC 2195), SCRAM (RFC 5802), NTLM: no security layer */
        snprintf(buf, len, BY_LANG(l, "Challenge-response login in cleartext (%s): no password travels, but a recorded exchange allows guessing a weak one offline, and the session stays readable",
                                   "Connexion par défi-réponse en clair (%s)\xc2\xa0: aucun mot de passe ne circule, mais l'échange permet de deviner hors ligne un mot de passe faible\xc2\xa0; session lisible",
                                   "Запрос-ответ вне TLS (%s): пароля в сети нет, слабый можно подобрать офлайн; сеанс читаем"),
                 mech);
    else if (challenge)
        snprintf(buf, len, BY_LANG(l, "Challenge-response login in cleartext (%s): no password travels, but a recorded exchange allows guessing a weak one offline; without a SASL layer the session stays readable",
                                   "Connexion par défi-réponse en clair (%s)\xc2\xa0: aucun mot de passe ne circule, mais l'échange permet de deviner hors ligne un mot de passe faible\xc2\xa0; sans couche SASL, session lisible",
                                   "Запрос-ответ вне TLS (%s): пароля в сети нет, слабый можно подобрать офлайн; без слоя SASL сеанс читаем"),
                 mech);
    else
        snprintf(buf, len, BY_LANG(l, "Credentials in cleartext (%s): anyone on the path can read them%s",
                                   "Identifiants en clair (%s)\xc2\xa0: quiconque écoute le réseau les lit%s",
                                   "Учётные данные открытым текстом (%s): видны всем на пути%s"),
                 mech, strncmp(mech, "AUTH", 4) != 0 ? "" : base64[l]);
}

char *
tlsedu_starttls_warning_text_reply(uint32_t warning, tlsedu_upgrade_proto_t proto, const char *mechanism,
                                   const char *reply, tlsedu_lang_t lang, char *buf, size_t len)
{
    static const char *const a_login[TLSEDU_LANG_COUNT] = { "a login", "un identifiant", "вход" };
    const tlsedu_lang_t l = tlsedu_starttls_lang(lang);
    const char *cmd = tlsedu_upgrade_command(proto);
    const char *mech = mechanism != NULL ? mechanism : a_login[l];

    if (buf == NULL || len == 0)
        return buf;
    switch (warning) {
    case TLSEDU_STW_REFUSED:
        refused_warning(buf, len, proto, reply, l);
        break;
    case TLSEDU_STW_NOT_USED:
        snprintf(buf, len, BY_LANG(l, "The server offers %s but the client goes on in cleartext",
                                   "Le serveur propose %s mais le client continue en clair",
                                   "Сервер предлагает %s, но клиент продолжает открытым текстом"), cmd);
        break;
    case TLSEDU_STW_NOT_OFFERED:
        /* RFC 3207 section 4, RFC 2595 section 3.1: the client should not ask for what was
         * not advertised; the usual cause is a server without TLS (the refusal follows) */
        snprintf(buf, len, BY_LANG(l, "The client asks for %s although the server's capability list does not offer it (a server without TLS, or a middlebox that removed the offer)",
                                   "Le client demande %s alors que la liste des capacités du serveur ne le propose pas (serveur sans TLS, ou intermédiaire qui a retiré l'offre)",
                                   "Клиент просит %s, но сервер его не предлагал (сервер без TLS или промежуточное устройство убрало предложение)"), cmd);
        break;
    case TLSEDU_STW_TLS_AFTER_REFUSAL:
        snprintf(buf, len, BY_LANG(l, "The client starts TLS although the server refused %s",
                                   "Le client démarre TLS alors que le serveur a refusé %s",
                                   "Клиент начинает TLS, хотя сервер отклонил %s"), cmd);
        break;
    case TLSEDU_STW_INJECTION:
        snprintf(buf, len, BY_LANG(l, "Cleartext bytes after %s and before TLS: STARTTLS command injection (CVE-2011-0411 and successors); they could be run as if they were protected",
                                   "Octets en clair après %s et avant TLS\xc2\xa0: injection de commandes STARTTLS (CVE-2011-0411 et suivantes)\xc2\xa0; ils pourraient être exécutés comme s'ils étaient protégés",
                                   "Байты открытым текстом после %s до TLS: внедрение команд STARTTLS (CVE-2011-0411 и др.); их могут выполнить как защищённые"), cmd);
        break;
    case TLSEDU_STW_INJECTION_SERVER:   /* CVE-2011-0411's class, the other way: response injection */
        snprintf(buf, len, BY_LANG(l, "Server cleartext after accepting %s and before TLS: STARTTLS response injection; a client that keeps it may take it as replies sent inside TLS",
                                   "Octets en clair du serveur après l'acceptation de %s, avant TLS\xc2\xa0: injection de réponses STARTTLS\xc2\xa0; un client peut les prendre pour des réponses venues de TLS",
                                   "Лишние байты сервера после принятия %s, до TLS: внедрение ответов; клиент может счесть их ответами из TLS"), cmd);
        break;
    case TLSEDU_STW_NO_TLS:
        snprintf(buf, len, "%s", BY_LANG(l, "The upgrade was accepted but what follows is not TLS",
                                         "Le passage à TLS a été accepté mais la suite n'est pas du TLS",
                                         "Переход на TLS принят, но дальше идёт не TLS"));
        break;
    case TLSEDU_STW_CREDENTIALS:
    case TLSEDU_STW_CHALLENGE:
        login_warning(buf, len, warning == TLSEDU_STW_CHALLENGE, mech, l);
        break;
    default:
        buf[0] = '\0';
        break;
    }
    return buf;
}
