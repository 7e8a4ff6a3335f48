/* sentence_texts_end.c - the sentences of application data (early data included), of the
 * encrypted TLS 1.3 flights inferred without keys, of alerts and of SSL 2.0, in every
 * language side by side, one fact each, with the RFC section that makes it true in a
 * comment. The other sentences are in sentence_texts.c and sentence_texts_hello.c; the
 * conventions are those of sentence_texts.c.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "sentences_table.h"

const tlsedu_sentence_t tlsedu_sentences_end[S_COUNT] = {
    /* ---- application data: RFC 5246 6.2.3, RFC 8446 5.2 ---- */
    [S_DATA_WHAT] = S("Application data, encrypted and authenticated with the keys from the handshake.",
                   "Données applicatives, chiffrées et authentifiées avec les clés issues de la négociation.",
                   "Данные приложения, зашифрованные и аутентифицированные ключами из рукопожатия."),
    /* RFC 5246 6.2.3, RFC 8446 5.2; what Wireshark dissected inside after decryption */
    /* Wireshark decrypts with a key log, or, for RSA key transport only, with the server's
     * private key (RFC 5246 7.4.7.1: the pre-master secret travels encrypted to that key) */
    [S_DATA_DECRYPTED] = S("On the wire these records are encrypted ({1} bytes); Wireshark shows their content decrypted with the key log.",
                           "Sur le réseau, ces enregistrements sont chiffrés ({1} octets) ; Wireshark montre leur contenu déchiffré grâce au journal des clés.",
                           "В сети эти записи зашифрованы (байт: {1}); Wireshark расшифровал их по журналу ключей."),
    [S_DATA_DECRYPTED_RSA] = S("On the wire these records are encrypted ({1} bytes); Wireshark shows them decrypted with the key log or the server's RSA private key.",
                               "Sur le réseau, ces enregistrements sont chiffrés ({1} octets) ; Wireshark les déchiffre avec le journal des clés ou la clé privée RSA.",
                               "В сети зашифровано (байт: {1}); Wireshark расшифровал по журналу ключей или закрытому ключу RSA."),
    /* RFC 4279: a TLS <= 1.2 PSK suite; Wireshark decrypts with its pre-shared key setting */
    [S_DATA_DECRYPTED_PSK] = S("On the wire these records are encrypted ({1} bytes); Wireshark shows them decrypted with the key log or the pre-shared key it was given (a PSK suite, RFC 4279).",
                               "Sur le réseau, ces enregistrements sont chiffrés ({1} octets) ; Wireshark les déchiffre avec le journal des clés ou la clé pré-partagée (suite PSK).",
                               "В сети зашифровано (байт: {1}); Wireshark расшифровал по журналу ключей или по ключу PSK."),
    [S_DATA_INSIDE] = S("Inside: {1}, here {2}.", "À l'intérieur : {1}, ici {2}.", "Внутри: {1}, здесь {2}."),
    [S_DATA_INSIDE_PROTO] = S("Inside: {1}.", "À l'intérieur : {1}.", "Внутри: {1}."),
    [S_DATA_INSIDE_UNKNOWN] = S("Wireshark knows no protocol for what is inside.",
                                "Wireshark ne reconnaît aucun protocole dans ce contenu.",
                                "Протокол содержимого Wireshark не распознал."),
    [S_DATA_SEEN] = S("An eavesdropper sees only its size and timing.",
                      "Un observateur n'en voit que la taille et le moment.",
                      "Тот, кто прослушивает сеть, видит только их размер и время отправки."),
    /* RFC 5246 6.2.3.1 with the NULL cipher */
    [S_DATA_NULL] = S("Application data under a NULL cipher: authenticated but NOT encrypted; anyone on the path can read it.",
                      "Données applicatives sous un chiffrement NULL : authentifiées mais NON chiffrées ; quiconque sur le chemin peut les lire.",
                      "Данные приложения с шифром NULL: аутентифицированы, но НЕ зашифрованы; любой на пути может их прочитать."),
    [S_DATA_NULL_NULL] = S("Application data with neither encryption nor integrity (TLS_NULL_WITH_NULL_NULL): anyone on the path can read and change it.",
                           "Données applicatives sans chiffrement ni contrôle d'intégrité (TLS_NULL_WITH_NULL_NULL) : quiconque sur le chemin peut les lire et les modifier.",
                           "Данные приложения без шифрования и без контроля целостности (TLS_NULL_WITH_NULL_NULL): любой на пути может их прочитать и изменить."),
    /* RFC 8446 5.2: outer type application_data(23) for every protected record */
    [S_DATA13_INF] = S("Encrypted record (inferred): in TLS 1.3 every protected record shows the outer type application_data (23).",
                       "Enregistrement chiffré (déduit) : en TLS 1.3, tout enregistrement protégé montre le type extérieur application_data (23).",
                       "Зашифрованная запись (выведено): в TLS 1.3 каждая защищенная запись имеет внешний тип application_data (23)."),
    /* RFC 8446 2.2: after a PSK the server sends EncryptedExtensions and Finished at once */
    [S_DATA13_AFTER_FLIGHT] = S("Sent in a later frame than the server's flight (its EncryptedExtensions and Finished came earlier), so not part of it.",
                                "Envoyé dans une trame postérieure à l'envoi du serveur (ses EncryptedExtensions et Finished sont passés avant) : il n'en fait pas partie.",
                                "Послано в более позднем кадре, чем группа сообщений сервера (его EncryptedExtensions и Finished были раньше): это не ее часть."),
    [S_DATA13_INF_WHICH] = S("Without the keys, this is application data or a post-handshake message (NewSessionTicket, KeyUpdate), or an alert: they cannot be told apart.",
                          "Sans les clés, impossible de distinguer des données applicatives, un message postérieur à la négociation (NewSessionTicket, KeyUpdate) ou une alerte.",
                          "Без ключей это данные приложения, сообщение после рукопожатия (NewSessionTicket, KeyUpdate) или оповещение: их не различить."),
    [S_DATA_INF] = S("Encrypted application data (inferred): without the keys only the record's type, size and timing are visible.",
                     "Données applicatives chiffrées (déduites) : sans les clés, seuls le type, la taille et le moment de l'enregistrement sont visibles.",
                     "Зашифрованные данные приложения (выведено): без ключей видны только тип записи, ее размер и время отправки."),
    /* RFC 8446 2.3, 8, E.5 */
    [S_EARLY_0RTT] = S("0-RTT data from the client, sent before the handshake finished, under a pre-shared key, usually from an earlier connection.",
                       "Données 0-RTT du client, envoyées avant la fin de la négociation, sous une clé pré-partagée, en général d'une connexion antérieure.",
                       "Данные 0-RTT от клиента, отправленные до конца рукопожатия, на ключе PSK, обычно из прежнего соединения."),
    [S_EARLY_0RTT_RISK] = S("No forward secrecy, and an attacker can replay it: a server should accept only requests without side effects this way.",
                         "Pas de confidentialité persistante, et un attaquant peut les rejouer : un serveur ne devrait accepter en 0-RTT que des requêtes sans effet de bord.",
                         "Нет прямой секретности, и атакующий может их повторить (replay): в 0-RTT сервер должен принимать лишь запросы без побочных эффектов."),
    [S_EARLY_0RTT_INF] = S("Early data (0-RTT, inferred): the client sends encrypted data before the server's answer, under a pre-shared key, usually from an earlier connection.",
                           "Données anticipées (0-RTT, déduites) : le client envoie des données chiffrées avant la réponse du serveur, sous une clé pré-partagée, en général d'une connexion antérieure.",
                           "Ранние данные (0-RTT, выведено): клиент шлет зашифрованные данные до ответа сервера, на ключе PSK, обычно из прежнего соединения."),
    /* RFC 8446 4.4.4, 8 */
    [S_EARLY_05RTT] = S("Server data sent before the client's Finished (0.5-RTT).",
                        "Données du serveur envoyées avant le Finished du client (0,5-RTT).",
                        "Данные сервера, отправленные до Finished клиента (0,5-RTT)."),
    [S_EARLY_05RTT_RISK] = S("The handshake is not complete: the server cannot yet be sure a live client is there (the ClientHello may be a replay), nor who it is.",
                             "La négociation n'est pas finie : le serveur ne sait pas encore si un vrai client est là (ClientHello rejoué ?), ni qui il est.",
                             "Рукопожатие не закончено: сервер еще не уверен ни в том, что клиент на связи (ClientHello может быть повтором), ни в том, кто он."),
    /* RFC 7918 3, 4, 5 */
    [S_EARLY_FALSE_START] = S("Client data sent before the server's Finished (TLS False Start).",
                              "Données du client envoyées avant le Finished du serveur (TLS False Start).",
                              "Данные клиента, отправленные до Finished сервера (TLS False Start)."),
    [S_EARLY_FALSE_START_RISK] = S("The client has not yet checked that nobody tampered with the negotiation: RFC 7918 allows this only with forward secrecy and a strong cipher.",
                                   "Le client n'a pas encore vérifié que personne n'a modifié la négociation : la RFC 7918 ne le permet qu'avec confidentialité persistante et un chiffrement robuste.",
                                   "Клиент еще не проверил, что никто не вмешался в согласование: RFC 7918 допускает это только при прямой секретности и стойком шифре."),
    [S_EARLY_ANY] = S("Application data sent before the handshake finished (its sender is not known).",
                      "Données applicatives envoyées avant la fin de la négociation (l'émetteur n'est pas connu).",
                      "Данные приложения, отправленные до конца рукопожатия (отправитель неизвестен)."),

    /* ---- inferred TLS 1.3 flights: RFC 8446 2, 4.3, 4.4 ---- */
    [S_INF_SERVER_FLIGHT] = S("Encrypted handshake (inferred): after its ServerHello the server sends EncryptedExtensions, Certificate, CertificateVerify and Finished, encrypted (and CertificateRequest for mutual TLS).",
                           "Négociation chiffrée (déduite) : après son ServerHello, le serveur envoie EncryptedExtensions, Certificate, CertificateVerify et Finished, chiffrés (et CertificateRequest en TLS mutuel).",
                           "Зашифрованное рукопожатие (выведено): после ServerHello сервер шлет шифрованные EncryptedExtensions, Certificate, CertificateVerify, Finished (+ CertificateRequest при mTLS)."),
    [S_INF_SERVER_MORE] = S("Another encrypted record of the server's handshake messages (inferred).",
            "Un autre enregistrement chiffré des messages de négociation du serveur (déduit).",
            "Еще одна зашифрованная запись с сообщениями рукопожатия сервера (выведено)."),
    /* RFC 9150 1, 9: integrity-only TLS 1.3 suites; RFC 8446 5.2: the real type is inside */
    [S_INF_CLEAR13] = S("With this integrity-only suite (RFC 9150) nothing here is encrypted: the record's content and its real type travel readable, only protected against tampering.",
                        "Avec cette suite d'intégrité seule (RFC 9150), rien n'est chiffré ici : le contenu de l'enregistrement et son vrai type circulent lisibles, seulement protégés contre la modification.",
                        "С набором без шифрования (RFC 9150) содержимое записи и ее настоящий тип идут открыто, лишь с защитой от подмены."),
    [S_INF_SAME_FLIGHT] = S("Another encrypted record of the same flight (inferred).",
                            "Un autre enregistrement chiffré du même envoi (déduit).",
                            "Еще одна зашифрованная запись той же группы сообщений (выведено)."),
    [S_INF_SERVER_HIDDEN] = S("TLS 1.3 hides the server's certificate from eavesdroppers.",
                              "TLS 1.3 cache le certificat du serveur aux observateurs.",
                              "TLS 1.3 скрывает сертификат сервера от тех, кто прослушивает сеть."),
    [S_INF_KEYLOG] = S("Load the TLS key log (SSLKEYLOGFILE) in Wireshark to see each message.",
                       "Chargez le journal des clés TLS (SSLKEYLOGFILE) dans Wireshark pour voir chaque message.",
                       "Загрузите в Wireshark журнал ключей (key log) TLS (SSLKEYLOGFILE), чтобы увидеть каждое сообщение."),
    [S_INF_SERVER_FLIGHT_PSK] = S("Encrypted handshake with a pre-shared key, usually a resumption (inferred): the server sends no certificate, only EncryptedExtensions and Finished.",
                                  "Négociation chiffrée avec une clé pré-partagée, en général une reprise (déduite) : le serveur n'envoie pas de certificat, seulement EncryptedExtensions et Finished.",
                                  "Зашифрованное рукопожатие с PSK, обычно возобновление (выведено): сервер не шлет сертификат, лишь EncryptedExtensions и Finished."),
    [S_INF_CLIENT_AUTH] = S("Encrypted client handshake (inferred): as the server asked, before its Finished the client sends its Certificate (possibly empty) and, if it has a certificate, its CertificateVerify.",
                         "Négociation chiffrée du client (déduite) : comme le serveur l'a demandé, avant son Finished, le client envoie son Certificate (éventuellement vide) et, s'il a un certificat, son CertificateVerify.",
                         "Зашифрованные сообщения клиента (выведено): как просил сервер, до Finished — Certificate (возможно, пуст) и CertificateVerify, если есть сертификат."),
    /* RFC 8446 4.4.2: an empty Certificate record is 4 + 1 + 3 bytes, + 1 type + 16 tag = 25 */
    [S_INF_CLIENT_EMPTY] = S("Its size (one 25-byte record) is that of an empty Certificate: the client most likely declined to authenticate.",
                             "Sa taille (un enregistrement de 25 octets) est celle d'un Certificate vide : le client a très probablement refusé de s'authentifier.",
                             "Их размер (одна запись в 25 байт) — как у пустого Certificate: скорее всего, клиент отказался от аутентификации."),
    /* RFC 5246 7.4.1.1: a renegotiation runs under the current keys */
    [S_INF_HANDSHAKE_12] = S("Encrypted handshake message (inferred): a handshake message sent under the session keys after the handshake, for example a renegotiation.",
                             "Message de négociation chiffré (déduit) : un message de négociation envoyé sous les clés de session après la négociation, par exemple une renégociation.",
                             "Зашифрованное сообщение рукопожатия (выведено): на сеансовых ключах после рукопожатия, например при пересогласовании."),
    /* RFC 8446 4.5 */
    [S_INF_EOED] = S("Encrypted EndOfEarlyData (inferred): in a resumption with 0-RTT data, the client closes its early data before its Finished.",
                     "EndOfEarlyData chiffré (déduit) : dans une reprise avec des données 0-RTT, le client clôt ses données anticipées avant son Finished.",
                     "Зашифрованный EndOfEarlyData (выведено): при возобновлении сеанса с данными 0-RTT клиент закрывает свои ранние данные до своего Finished."),

    /* RFC 9150 1, 9 with RFC 8446 2, 5.2: under an integrity-only suite the inferred records
     * after the ServerHello are protected (an HMAC tag) but not encrypted */
    [S_INF13C_SERVER] = S("Protected handshake (inferred): after its ServerHello the server sends EncryptedExtensions, Certificate, CertificateVerify and Finished under its handshake keys (and CertificateRequest for mutual TLS).",
                          "Négociation protégée (déduite) : après son ServerHello, le serveur envoie EncryptedExtensions, Certificate, CertificateVerify et Finished sous ses clés de négociation (et CertificateRequest en TLS mutuel).",
                          "Защищенное рукопожатие (выведено): после ServerHello сервер шлет EncryptedExtensions, Certificate, CertificateVerify, Finished (+ CertificateRequest при mTLS)."),
    [S_INF13C_SERVER_PSK] = S("Protected handshake with a pre-shared key, usually a resumption (inferred): the server sends no certificate, only EncryptedExtensions and Finished.",
                              "Négociation protégée avec une clé pré-partagée, en général une reprise (déduite) : le serveur n'envoie pas de certificat, seulement EncryptedExtensions et Finished.",
                              "Защищенное рукопожатие с PSK, обычно возобновление (выведено): сервер не шлет сертификат, лишь EncryptedExtensions и Finished."),
    [S_INF13C_MORE] = S("Another protected record of the same flight (inferred).",
                        "Un autre enregistrement protégé du même envoi (déduit).",
                        "Еще одна защищенная запись той же группы сообщений (выведено)."),
    [S_INF13C_CLIENT_AUTH] = S("Protected client handshake (inferred): as the server asked, before its Finished the client sends its Certificate (possibly empty) and, if it has a certificate, its CertificateVerify.",
                               "Négociation protégée du client (déduite) : comme le serveur l'a demandé, avant son Finished, le client envoie son Certificate (éventuellement vide) et, s'il a un certificat, son CertificateVerify.",
                               "Защищенные сообщения клиента (выведено): как просил сервер, до Finished — Certificate (возможно, пуст) и CertificateVerify, если есть сертификат."),
    [S_INF13C_FINISHED] = S("Protected Finished (inferred): this side's Finished, a MAC over the whole handshake.",
                            "Finished protégé (déduit) : le Finished de ce côté, un MAC sur toute la négociation.",
                            "Защищенный Finished (выведено): Finished этой стороны, MAC по всему рукопожатию."),
    [S_INF13C_RECORD] = S("Protected record (inferred): in TLS 1.3 every protected record shows the outer type application_data (23).",
                          "Enregistrement protégé (déduit) : en TLS 1.3, tout enregistrement protégé montre le type extérieur application_data (23).",
                          "Защищенная запись (выведено): в TLS 1.3 каждая защищенная запись имеет внешний тип application_data (23)."),
    /* RFC 8446 2.3, 4.2.10: 0-RTT data uses the PSK's suite, here integrity-only */
    [S_INF13C_EARLY] = S("Early data (0-RTT, inferred): the client sends data before the server's answer, under a pre-shared key, usually from an earlier connection.",
                         "Données anticipées (0-RTT, déduites) : le client envoie des données avant la réponse du serveur, sous une clé pré-partagée, en général d'une connexion antérieure.",
                         "Ранние данные (0-RTT, выведено): клиент шлет данные до ответа сервера, на ключе PSK, обычно из прежнего соединения."),
    /* RFC 9150 1, 5, 9: TLSInnerPlaintext in clear, then an HMAC tag; Wireshark 4.0 has no
     * decryption entry for 0xC0B4/0xC0B5 (ssl_set_cipher fails), so the key log does not help */
    [S_INF13C_KEYLOG] = S("Wireshark may not parse this suite's records even with the key log (4.0 cannot); their bytes are the messages themselves, then the real content type and an HMAC tag.",
                          "Wireshark peut ne pas analyser ces enregistrements, même avec le journal des clés (4.0 ne le peut pas) ; leurs octets sont les messages eux-mêmes, puis le vrai type et une étiquette HMAC.",
                          "Wireshark может не разобрать эти записи даже с журналом ключей (4.0 не может); их байты — сами сообщения, затем настоящий тип и метка HMAC."),
    [S_INF13C_UNCERTAIN] = S("This inference is uncertain: Wireshark does not parse this client flight, which may hold other messages too (an EndOfEarlyData, or an EncryptedExtensions for ALPS).",
                             "Cette déduction est incertaine : Wireshark n'analyse pas cet envoi du client, qui peut contenir d'autres messages (un EndOfEarlyData, ou un EncryptedExtensions pour ALPS).",
                             "Вывод ненадежен: Wireshark не разбирает эти записи клиента, в них может быть и другое (EndOfEarlyData или EncryptedExtensions для ALPS)."),
    /* RFC 8446 4.5 */
    [S_INF13C_EOED] = S("Protected EndOfEarlyData (inferred): in a resumption with 0-RTT data, the client closes its early data before its Finished.",
                        "EndOfEarlyData protégé (déduit) : dans une reprise avec des données 0-RTT, le client clôt ses données anticipées avant son Finished.",
                        "Защищенный EndOfEarlyData (выведено): при возобновлении сеанса с данными 0-RTT клиент закрывает свои ранние данные до своего Finished."),

    /* ---- alerts: RFC 5246 7.2, RFC 8446 6 ---- */
    [S_ALERT_ANY] = S("Alert: one side reports a problem or closes the connection.",
                      "Alerte : un côté signale un problème ou ferme la connexion.",
                      "Оповещение (alert): одна из сторон сообщает о проблеме или закрывает соединение."),
    /* RFC 5246 6.2.3, 7.2: after ChangeCipherSpec an alert is encrypted, its description hidden */
    [S_ALERT_HIDDEN_CLIENT] = S("Encrypted alert sent by the client: without the keys its level and description are hidden.",
            "Alerte chiffrée envoyée par le client : sans les clés, son niveau et sa description sont cachés.",
            "Зашифрованное оповещение от клиента: без ключей его уровень и описание скрыты."),
    [S_ALERT_HIDDEN_SERVER] = S("Encrypted alert sent by the server: without the keys its level and description are hidden.",
            "Alerte chiffrée envoyée par le serveur : sans les clés, son niveau et sa description sont cachés.",
            "Зашифрованное оповещение от сервера: без ключей его уровень и описание скрыты."),
    /* RFC 8446 4 (a handshake message's 4-byte header), 5.2 (the real type and the tag
     * inside), 6 (an alert: 2 bytes) */
    [S_ALERT_BY_SIZE] = S("Inferred from its size: 2 bytes inside (with the type and the tag) is too short for a handshake message (4-byte header) but an alert's size (RFC 8446 5.2, 6).",
            "Déduit de sa taille : 2 octets utiles (plus le type et le tag), trop peu pour un message de négociation (en-tête de 4 octets) mais la taille d'une alerte (RFC 8446 5.2, 6).",
            "Вывод по размеру: 2 байта внутри (плюс тип и тег) — мало для рукопожатия (заголовок 4 байта), но ровно для оповещения (RFC 8446 5.2, 6)."),
    [S_ALERT_CLIENT] = S("Alert sent by the client: {1}, level {2}.", "Alerte envoyée par le client : {1}, niveau {2}.",
                         "Оповещение от клиента: {1}, уровень: {2}."),
    [S_ALERT_SERVER] = S("Alert sent by the server: {1}, level {2}.", "Alerte envoyée par le serveur : {1}, niveau {2}.",
                         "Оповещение от сервера: {1}, уровень: {2}."),
    [S_ALERT_SIDE] = S("Alert: {1}, level {2}.", "Alerte : {1}, niveau {2}.",
                       "Оповещение: {1}, уровень: {2}."),
    /* RFC 8446 5.2, 6: alerts after the ServerHello are protected */
    [S_ALERT_ENCRYPTED] = S("In TLS 1.3 this alert travelled encrypted: it is shown here thanks to the key log.",
                            "En TLS 1.3, cette alerte a circulé chiffrée : elle est montrée ici grâce au journal des clés.",
                            "В TLS 1.3 это оповещение передавалось зашифрованным: оно показано здесь благодаря журналу ключей (key log)."),
    /* RFC 8446 6.1 */
    [S_ALERT_CLOSE] = S("The sender will send nothing more on this connection and closes its side cleanly: not an error.",
                     "L'émetteur n'enverra plus rien sur cette connexion et ferme proprement son côté : ce n'est pas une erreur.",
                     "Отправитель больше ничего не пошлет по этому соединению и корректно закрывает свою сторону: это не ошибка."),
    [S_ALERT_CAUSE] = S("Usual cause: {1}.", "Cause habituelle : {1}.",
                        "Обычная причина: {1}."),
    /* RFC 8446 6.2: a fatal alert closes the connection */
    [S_ALERT_FAILS] = S("The handshake fails here: no secure connection is set up.",
                        "La négociation échoue ici : aucune connexion sécurisée n'est établie.",
                        "Здесь рукопожатие не удалось: защищенное соединение не установлено."),

    /* ---- SSL 2.0: RFC 6176 ---- */
    [S_SSL2_CH] = S("ClientHello in the old SSL 2.0 format: the client proposes, often only to offer newer versions in a compatible way.",
                    "ClientHello au vieux format SSL 2.0 : le client propose, souvent seulement pour offrir des versions plus récentes de façon compatible.",
                    "ClientHello в старом формате SSL 2.0: клиент делает предложение, часто лишь чтобы совместимым образом предложить более новые версии."),
    [S_SSL2_BROKEN] = S("SSL 2.0 itself is broken and prohibited (RFC 6176).",
                        "SSL 2.0 lui-même est cassé et interdit (RFC 6176).",
                        "Сам SSL 2.0 взломан и запрещен (RFC 6176)."),
    [S_SSL2_SH] = S("SSL 2.0 ServerHello: the server accepts SSL 2.0 and sends its certificate.",
                    "ServerHello SSL 2.0 : le serveur accepte SSL 2.0 et envoie son certificat.",
                    "ServerHello SSL 2.0: сервер принимает SSL 2.0 и отправляет свой сертификат."),
    [S_SSL2_CMK] = S("SSL 2.0 ClientMasterKey: the client sends the master key encrypted with the server's public key.",
                     "ClientMasterKey SSL 2.0 : le client envoie la clé maîtresse chiffrée avec la clé publique du serveur.",
                     "ClientMasterKey SSL 2.0: клиент отправляет мастер-ключ, зашифрованный открытым ключом сервера."),
};
