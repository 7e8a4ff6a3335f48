/* cert_texts.c - the certificate warnings (expired or not yet valid, name mismatch) in
 * every language, one literal format per language. The verdict comes first and the
 * lists are cut, so that each fits one tree item (Wireshark's 240-byte label).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "cert.h"

#include <stdio.h>
#include <string.h>

#include "texts.h"

/* One printf per language, each with its own literal format (-Wformat-nonliteral). */
#define TRI(lang, buf, len, en, fr, ru, a) \
    ((lang) == TLSEDU_LANG_FR ? snprintf(buf, len, fr, a) : (lang) == TLSEDU_LANG_RU ? snprintf(buf, len, ru, a) \
                                                          : snprintf(buf, len, en, a))
#define TRI2(lang, buf, len, en, fr, ru, a, b) \
    ((lang) == TLSEDU_LANG_FR ? snprintf(buf, len, fr, a, b) : (lang) == TLSEDU_LANG_RU ? snprintf(buf, len, ru, a, b) \
                                                             : snprintf(buf, len, en, a, b))

char *
tlsedu_cert_expired_text(const tlsedu_cert_t *c, tlsedu_lang_t lang, char *buf, size_t len)
{
    char from[40], to[40], at[40];
    const bool early = c->not_yet_valid;

    if (buf == NULL || len == 0)
        return buf;
    tlsedu_cert_format_time(c->not_before, from, sizeof from);
    tlsedu_cert_format_time(c->not_after, to, sizeof to);
    tlsedu_cert_format_time(c->capture_time, at, sizeof at);
    switch (lang) {
    case TLSEDU_LANG_FR:
        snprintf(buf, len, early
                 ? "Certificat pas encore valide\xc2\xa0: valable du %s au %s, mais vu le %s\xc2\xa0; un client doit le refuser (horloge fausse ou certificat émis trop tôt)"
                 : "Certificat expiré\xc2\xa0: valable du %s au %s, mais vu le %s\xc2\xa0; un client doit le refuser (alerte certificate_expired)",
                 from, to, at);
        break;
    case TLSEDU_LANG_RU:
        /* not yet valid: the end date (tlsedu.cert.not_after) left out, to fit one tree item */
        if (early)
            snprintf(buf, len, "Сертификат еще не действует: с %s, получен %s; нужен отказ (сбиты часы или применен рано)",
                     from, at);
        else
            snprintf(buf, len, "Сертификат истек: срок с %s по %s, получен %s; клиент должен отказать (certificate_expired)",
                     from, to, at);
        break;
    default:
        snprintf(buf, len, early
                 ? "Certificate not yet valid: valid from %s to %s, but seen at %s; a client must reject it (a wrong clock, or a certificate used too early)"
                 : "Certificate expired: valid from %s to %s, but seen at %s; a client must reject it (alert certificate_expired)",
                 from, to, at);
        break;
    }
    return buf;
}

/* An expert info's text is shown after "Expert Info (Warning/Security): " in one label of
 * 240 bytes: a warning stays within this many bytes to be read whole. */
#define WARNING_BYTES 205

/* The certificate's DNS names, cut at a name's end to at most max bytes ("a, b, …"), so
 * that the warning's verdict, which comes first, and its names fit one label. */
static const char *
names_short(const tlsedu_cert_t *c, size_t max, char *buf, size_t len)
{
    size_t cut = 0, n = 0;

    while (n + 1 < len && c->dns_names[n] != '\0')
        n++;
    memcpy(buf, c->dns_names, n);
    buf[n] = '\0';
    if (n <= max)
        return buf;
    for (size_t i = 0; buf[i] != '\0' && i + 5 <= max; i++)
        if (buf[i] == ',')
            cut = i;
    if (cut == 0)
        cut = max > 5 ? max - 5 : 0;
    while (cut > 0 && ((unsigned char)buf[cut] & 0xc0) == 0x80)
        cut--;   /* not inside a UTF-8 character */
    snprintf(buf + cut, len - cut, ", \xe2\x80\xa6");
    return buf;
}

#define MISMATCH_EN "Server name mismatch, a client must reject it: it asked for \"%s\" (SNI), the certificate is valid for %s"
#define MISMATCH_FR "Nom du serveur différent, un client doit le refuser\xc2\xa0: il a demandé \xc2\xab\xc2\xa0%s\xc2\xa0\xc2\xbb (SNI), le certificat vaut pour %s"
#define MISMATCH_RU "Имя не совпадает, клиент должен отказать: запрошено «%s» (SNI), сертификат — для %s"

char *
tlsedu_cert_mismatch_text(const tlsedu_cert_t *c, tlsedu_lang_t lang, char *buf, size_t len)
{
    char names[128];

    if (buf == NULL || len == 0)
        return buf;
    /* RFC 9525 6.3: only DNS names are checked; RFC 6066 3: no IP address in SNI */
    if (tlsedu_is_ip_literal(c->sni)) {
        TRI(lang, buf, len,
            "Server name mismatch, a client must reject it: the SNI \"%s\" is an IP address (RFC 6066 forbids it) that no iPAddress entry of the certificate matches",
            "Nom du serveur différent, un client doit le refuser\xc2\xa0: le SNI \xc2\xab\xc2\xa0%s\xc2\xa0\xc2\xbb est une adresse IP (interdite par la RFC 6066) que le certificat ne porte pas (iPAddress)",
            "Имя не совпадает, клиент должен отказать: SNI «%s» — IP-адрес (RFC 6066 запрещает), а в сертификате его нет (iPAddress)",
            c->sni);
    } else if (c->n_dns_names == 0) {
        TRI(lang, buf, len,
            "Server name mismatch, a client must reject it: it asked for \"%s\" (SNI), the certificate lists no DNS name (subjectAltName)",
            "Nom du serveur différent, un client doit le refuser\xc2\xa0: il a demandé \xc2\xab\xc2\xa0%s\xc2\xa0\xc2\xbb (SNI), le certificat ne porte aucun nom DNS (subjectAltName)",
            "Имя не совпадает, клиент должен отказать: запрошено «%s» (SNI), а в сертификате нет имен DNS (subjectAltName)",
            c->sni);
    } else {
        /* the names get what the fixed words and the SNI leave */
        const size_t words = lang == TLSEDU_LANG_FR ? sizeof MISMATCH_FR : lang == TLSEDU_LANG_RU ? sizeof MISMATCH_RU
                                                                                            : sizeof MISMATCH_EN;
        const size_t fixed = words - 5 + strlen(c->sni), room = fixed + 24 < WARNING_BYTES ? WARNING_BYTES - fixed : 24;
        names_short(c, room, names, sizeof names);
        TRI2(lang, buf, len, MISMATCH_EN, MISMATCH_FR, MISMATCH_RU,
             c->sni, names);
    }
    return buf;
}
