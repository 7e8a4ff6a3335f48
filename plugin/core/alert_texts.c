/* alert_texts.c - the words and the alert causes of the handshake explanations, in every
 * language side by side: who sent an alert, and what each description usually means for
 * that sender (RFC 8446 6.2, RFC 5246 7.2.2).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "sentences.h"

#include "tls_types.h"

#define S(en, fr, ru) { { en, fr, ru } }

const char *
tlsedu_sentence_word(tlsedu_word_id_t id, tlsedu_lang_t lang)
{
    static const char *const words[W_COUNT][TLSEDU_LANG_COUNT] = {
        [W_FATAL] = { "fatal", "fatal", "фатальное" },
        [W_WARNING] = { "warning", "avertissement", "предупреждение" },
        [W_CLIENT] = { "client", "client", "клиент" },
        [W_SERVER] = { "server", "serveur", "сервер" },
        [W_SENDER_CLIENT] = { "the client", "le client", "клиент" },
        [W_SENDER_SERVER] = { "the server", "le serveur", "сервер" },
        [W_SENDER_SIDE] = { "one side", "un côté", "отправитель" },
        [W_OF_CLIENT] = { "the client's", "du client", "клиента" },
        [W_OF_SERVER] = { "the server's", "du serveur", "сервера" },
        [W_OF_SIDE] = { "the other side's", "de l'autre côté", "другой стороны" },
    };

    if ((unsigned)id >= W_COUNT)
        return "";
    return words[id][(unsigned)lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN];
}

/* RFC 8446 6.2 and RFC 5246 7.2.2 define each description; {1} is who sent the alert,
 * {2} the other side (possessive): the one whose message or certificate was refused. In
 * Russian {1} is a masculine noun in the nominative (клиент, сервер, отправитель) and {2} a
 * genitive after a noun (сертификат клиента). */
static const tlsedu_sentence_t causes[] = {
    [TLSEDU_ALERT_UNEXPECTED_MESSAGE] = S("{1} received a message it did not expect at this point",
                                       "{1} a reçu un message inattendu à ce stade",
                                       "{1} получил сообщение, которого не ожидал в этот момент"),
    [TLSEDU_ALERT_BAD_RECORD_MAC] = S("{1} received a record that failed its integrity check (wrong keys, or tampering on the path)",
                                      "{1} a reçu un enregistrement dont l'intégrité ne se vérifie pas (mauvaises clés, ou modification en route)",
                                      "{1} получил запись, не прошедшую проверку целостности (неверные ключи или подмена в пути)"),
    [TLSEDU_ALERT_RECORD_OVERFLOW] = S("{1} received a record longer than allowed",
                                       "{1} a reçu un enregistrement plus long que permis",
                                       "{1} получил запись длиннее допустимого"),
    [TLSEDU_ALERT_DECOMPRESSION_FAILURE] = S("{1} could not decompress a record (an obsolete alert: TLS 1.3 has no compression)",
                                             "{1} n'a pas pu décompresser un enregistrement (alerte obsolète : TLS 1.3 n'a pas de compression)",
                                             "{1} не смог распаковать запись (устаревшее оповещение: в TLS 1.3 нет сжатия)"),
    /* RFC 5246 7.2.2, RFC 8446 6.2; a server may also answer a missing client certificate so (RFC 5246 7.4.6) */
    [TLSEDU_ALERT_HANDSHAKE_FAILURE] = S("{1} found no acceptable parameters among those offered (suite, group, signature), or refused for another reason",
                                      "{1} n'a trouvé aucun paramètre acceptable parmi ceux proposés (suite, groupe, signature), ou a refusé pour une autre raison",
                                      "{1} не нашел подходящего в предложенном (набор шифров, группа, подпись) или отказал по иной причине"),
    /* SSL 3.0 only */
    [TLSEDU_ALERT_NO_CERTIFICATE] = S("{1} has no suitable certificate to send (an SSL 3.0 alert)",
                                      "{1} n'a pas de certificat adéquat à envoyer (alerte de SSL 3.0)",
                                      "{1} не имеет подходящего сертификата для отправки (оповещение SSL 3.0)"),
    [TLSEDU_ALERT_BAD_CERTIFICATE] = S("{2} certificate is corrupt, or a signature in it does not verify",
                                       "le certificat {2} est corrompu, ou une de ses signatures ne se vérifie pas",
                                       "сертификат {2} поврежден, или подпись в нем не проходит проверку"),
    [TLSEDU_ALERT_UNSUPPORTED_CERTIFICATE] = S("{2} certificate is of a type {1} does not support",
                                               "le certificat {2} est d'un type que {1} ne prend pas en charge",
                                               "сертификат {2} имеет тип, который {1} не поддерживает"),
    [TLSEDU_ALERT_CERTIFICATE_REVOKED] = S("{2} certificate was revoked by its issuer",
                                           "le certificat {2} a été révoqué par son émetteur",
                                           "сертификат {2} отозван его издателем"),
    [TLSEDU_ALERT_CERTIFICATE_EXPIRED] = S("{2} certificate has expired or is not yet valid",
                                           "le certificat {2} a expiré ou n'est pas encore valide",
                                           "срок действия сертификата {2} истек или еще не начался"),
    [TLSEDU_ALERT_CERTIFICATE_UNKNOWN] = S("{1} refused {2} certificate for another reason",
                                           "{1} a refusé le certificat {2} pour une autre raison",
                                           "{1} отверг сертификат {2} по иной причине"),
    [TLSEDU_ALERT_ILLEGAL_PARAMETER] = S("a field {1} received was well formed but its value was wrong or inconsistent",
                                         "un champ reçu par {1} était bien formé mais sa valeur fausse ou incohérente",
                                         "{1} получил поле верного формата, но с неверным или несогласованным значением"),
    [TLSEDU_ALERT_UNKNOWN_CA] = S("{1} does not trust the issuer of {2} certificate (an unknown authority, or a self-signed certificate)",
                                  "{1} ne fait pas confiance à l'émetteur du certificat {2} (autorité inconnue ou certificat auto-signé)",
                                  "{1} не доверяет издателю сертификата {2} (неизвестный УЦ или самоподписанный сертификат)"),
    [TLSEDU_ALERT_ACCESS_DENIED] = S("{1} accepted {2} identity but refuses it access",
                                     "{1} a accepté l'identité {2} mais lui refuse l'accès",
                                     "{1} признал подлинность {2}, но отказывает в доступе"),
    [TLSEDU_ALERT_DECODE_ERROR] = S("{1} could not parse a message (a wrong length or a field out of range)",
                                    "{1} n'a pas pu lire un message (longueur fausse ou champ hors limites)",
                                    "{1} не смог разобрать сообщение (неверная длина или поле вне допустимых значений)"),
    [TLSEDU_ALERT_DECRYPT_ERROR] = S("{1} could not verify a signature, the Finished or a pre-shared key's binder",
                                  "{1} n'a pas pu vérifier une signature, le Finished ou le « binder » d'une clé pré-partagée",
                                  "{1} не смог проверить подпись, Finished или binder ключа PSK"),
    [TLSEDU_ALERT_EXPORT_RESTRICTION] = S("{1} refused a parameter that breaks export restrictions (an obsolete alert)",
                                          "{1} a refusé un paramètre contraire aux restrictions d'exportation (alerte obsolète)",
                                          "{1} отверг параметр, нарушающий экспортные ограничения (устаревшее оповещение)"),
    [TLSEDU_ALERT_PROTOCOL_VERSION] = S("{1} does not support the protocol version the other side proposed or chose",
                                        "{1} ne prend pas en charge la version du protocole que l'autre côté a proposée ou choisie",
                                        "{1} не поддерживает версию протокола, которую другая сторона предложила или выбрала"),
    [TLSEDU_ALERT_INSUFFICIENT_SECURITY] = S("{1} requires stronger parameters than those the other side supports",
                                             "{1} exige des paramètres plus sûrs que ceux que l'autre côté prend en charge",
                                             "{1} требует более стойких параметров, чем поддерживает другая сторона"),
    [TLSEDU_ALERT_INTERNAL_ERROR] = S("an error inside {1}, unrelated to the other side",
                                      "une erreur interne chez {1}, sans rapport avec l'autre côté",
                                      "{1} столкнулся с внутренней ошибкой, не связанной с другой стороной"),
    /* RFC 7507 3 */
    [TLSEDU_ALERT_INAPPROPRIATE_FALLBACK] = S("the client retried with a lower version than the server's highest (a possible downgrade attack, RFC 7507)",
                                           "le client a réessayé avec une version plus basse que la plus haute du serveur (possible attaque par repli, RFC 7507)",
                                           "клиент повторил попытку с версией ниже максимальной версии сервера (возможная атака понижения, RFC 7507)"),
    [TLSEDU_ALERT_USER_CANCELED] = S("{1} cancelled the handshake for a reason unrelated to the protocol",
                                     "{1} a annulé la négociation pour une raison extérieure au protocole",
                                     "{1} отменил рукопожатие по причине, не связанной с протоколом"),
    [TLSEDU_ALERT_NO_RENEGOTIATION] = S("{1} refuses to renegotiate", "{1} refuse de renégocier",
                                        "{1} отказывается от пересогласования"),
    [TLSEDU_ALERT_MISSING_EXTENSION] = S("a message {1} received lacked an extension that is mandatory there",
                                      "un message reçu par {1} ne contenait pas une extension obligatoire",
                                      "{1} получил сообщение без расширения, которое в нем обязательно"),
    [TLSEDU_ALERT_UNSUPPORTED_EXTENSION] = S("a message {1} received carried an extension not allowed there (or not offered first)",
                                          "un message reçu par {1} portait une extension interdite à cet endroit (ou non proposée d'abord)",
                                          "{1} получил сообщение с расширением, недопустимым в нем (или не предложенным заранее)"),
    /* RFC 6066 5, 8 */
    [TLSEDU_ALERT_CERTIFICATE_UNOBTAINABLE] = S("{1} could not fetch a certificate from the URL it was given",
                                                "{1} n'a pas pu récupérer un certificat à l'adresse indiquée",
                                                "{1} не смог получить сертификат по указанному ему URL"),
    /* RFC 6066 3 */
    [TLSEDU_ALERT_UNRECOGNIZED_NAME] = S("the server does not serve the name asked for (SNI)",
                                         "le serveur ne sert pas le nom demandé (SNI)",
                                         "сервер не обслуживает запрошенное имя (SNI)"),
    [TLSEDU_ALERT_BAD_CERTIFICATE_STATUS_RESPONSE] = S("{1} received an invalid or unacceptable OCSP response (certificate status)",
                                                       "{1} a reçu une réponse OCSP (statut du certificat) invalide ou inacceptable",
                                                       "{1} получил недействительный или неприемлемый ответ OCSP (статус сертификата)"),
    [TLSEDU_ALERT_BAD_CERTIFICATE_HASH_VALUE] = S("a certificate {1} fetched does not match its announced hash",
                                                  "un certificat récupéré par {1} ne correspond pas à son empreinte annoncée",
                                                  "{1} загрузил сертификат, не совпадающий с объявленным хешем"),
    [TLSEDU_ALERT_UNKNOWN_PSK_IDENTITY] = S("the server knows none of the pre-shared key identities offered",
                                            "le serveur ne connaît aucune des identités de clé pré-partagée proposées",
                                            "сервер не знает ни одного из предложенных идентификаторов PSK"),
    [TLSEDU_ALERT_CERTIFICATE_REQUIRED] = S("the server requires a client certificate and got none",
                                            "le serveur exige un certificat client et n'en a reçu aucun",
                                            "сервер требует сертификат клиента, но не получил его"),
    /* RFC 7301 3.2 */
    [TLSEDU_ALERT_NO_APPLICATION_PROTOCOL] = S("the server supports none of the client's application protocols (ALPN)",
                                               "le serveur ne prend en charge aucun des protocoles applicatifs du client (ALPN)",
                                               "сервер не поддерживает ни один из протоколов приложения клиента (ALPN)"),
};

/* RFC 5246 7.4.6, RFC 8446 4.4.2.4: a server that requires a client certificate may abort */
static const tlsedu_sentence_t cause_declined =
    S("the server requires a client certificate and the client sent none (RFC 5246, 7.4.6)",
      "le serveur exige un certificat client et le client n'en a envoyé aucun (RFC 5246, 7.4.6)",
      "сервер требует сертификат клиента, а тот его не прислал (RFC 5246, 7.4.6)");
static const tlsedu_sentence_t cause_declined13 =
    S("the server requires a client certificate and the client sent none (RFC 8446, 4.4.2.4)",
      "le serveur exige un certificat client et le client n'en a envoyé aucun (RFC 8446, 4.4.2.4)",
      "сервер требует сертификат клиента, а тот его не прислал (RFC 8446, 4.4.2.4)");

const tlsedu_sentence_t *
tlsedu_alert_declined_sentence(bool tls13)
{
    return tls13 ? &cause_declined13 : &cause_declined;
}

const tlsedu_sentence_t *
tlsedu_alert_cause_sentence(unsigned char description)
{
    if (description >= sizeof causes / sizeof causes[0] || causes[description].text[0] == NULL)
        return NULL;
    return &causes[description];
}
