/* sentence_texts.c - the sentences of the handshake explanations from the key exchange to
 * client authentication (ClientKeyExchange, ChangeCipherSpec, Finished, post-handshake
 * messages, CertificateRequest and the client's Certificate and CertificateVerify), in every
 * language side by side, one fact each, with the RFC section that makes it true in a comment.
 * The hellos are in sentence_texts_hello.c; application data, inferred flights, alerts and
 * SSL 2.0 in sentence_texts_end.c.
 *
 * RFC 5246 is TLS 1.2, RFC 8446 TLS 1.3, RFC 6347 DTLS 1.2, RFC 8422 ECC for TLS <= 1.2,
 * RFC 5077 session tickets, RFC 7918 False Start. Each template stays well under
 * TLSEDU_SENTENCE_BYTES with its arguments (a unit test checks it); French templates use
 * plain spaces, tlsedu_say adds French typography's no-break spaces. A Cyrillic letter takes
 * two of those bytes.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "sentences_table.h"

#include "tls_types.h"

static const tlsedu_sentence_t sentences[S_COUNT] = {

    /* ---- the key exchange: RFC 5246 7.4.7 ---- */
    [S_CKE_WHAT] = S("ClientKeyExchange: the client's part of the key exchange.",
                     "ClientKeyExchange : la part du client dans l'échange de clés.",
                     "ClientKeyExchange: вклад клиента в обмен ключами."),
    /* RFC 5246 7.4.7.1: a 48-byte pre-master secret, RSA-encrypted */
    [S_CKE_RSA] = S("RSA key transport: the client picks a 48-byte pre-master secret and sends it encrypted with the public key of the server's certificate.",
                    "Transport de clé RSA : le client choisit un secret pré-maître de 48 octets et l'envoie chiffré avec la clé publique du certificat du serveur.",
                    "Транспорт ключа RSA: клиент берет предварительный секрет (pre-master secret) в 48 байт, шифрует открытым ключом сертификата сервера и шлет."),
    [S_CKE_RSA_EXPORT] = S("With this RSA_EXPORT suite the key may be the temporary 512-bit key of a ServerKeyExchange instead of the certificate's.",   /* RFC 2246 7.4.3 */
                           "Avec cette suite RSA_EXPORT, la clé peut être la clé temporaire de 512 bits d'un ServerKeyExchange au lieu de celle du certificat.",
                           "С этим набором шифров RSA_EXPORT ключом может быть временный 512-битный ключ из ServerKeyExchange, а не ключ сертификата."),
    /* RFC 5246 8.1, 6.3 */
    [S_CKE_RSA_DERIVE] = S("Both sides then compute the master secret from it and both random numbers, then the session keys from the master secret.",
                           "Les deux côtés en calculent ensuite le secret maître, avec les deux nombres aléatoires, puis les clés de session à partir du secret maître.",
                           "Затем обе стороны вычисляют из него и двух случайных чисел мастер-секрет (master secret), а из мастер-секрета — сеансовые ключи."),
    [S_CKE_RSA_COURSE] = S("The course's \"session key encrypted with the server's public key\" is this pre-master secret: the session keys themselves never travel.",
                           "La « clé de session chiffrée avec la clé publique du serveur » du cours est ce secret pré-maître : les clés de session elles-mêmes ne circulent jamais.",
                           "«Сеансовый ключ, зашифрованный открытым ключом сервера» из курса — это предварительный секрет: сеансовые ключи не передаются."),
    /* RFC 8446 1.2 (static RSA removed), E.1 */
    [S_CKE_RSA_NO_FS] = S("No forward secrecy: whoever later obtains the server's private key can decrypt every recorded session. TLS 1.3 removed this method.",
                       "Pas de confidentialité persistante : qui obtient plus tard la clé privée du serveur peut déchiffrer toutes les sessions enregistrées. TLS 1.3 a supprimé cette méthode.",
                       "Нет прямой секретности (forward secrecy): кто позже добудет закрытый ключ сервера, расшифрует все записанные сеансы. В TLS 1.3 метод убран."),
    /* RFC 8422 5.7, RFC 5246 7.4.7.2, 8.1.2 */
    [S_CKE_DHE] = S("(EC)DHE: the client sends its ephemeral public value, the answer to the server's in the ServerKeyExchange.",
                    "(EC)DHE : le client envoie sa valeur publique éphémère, la réponse à celle du serveur dans le ServerKeyExchange.",
                    "(EC)DHE: клиент отправляет свое эфемерное открытое значение — ответ на значение сервера из ServerKeyExchange."),
    [S_CKE_DHE_SAME] = S("Each side combines its own private value with the other's public value: both get the same pre-master secret, which never travels.",
                         "Chaque côté combine sa valeur privée avec la valeur publique de l'autre : tous deux obtiennent le même secret pré-maître, qui ne circule jamais.",
                         "Каждая сторона сочетает свое закрытое значение с открытым чужим: у обеих одинаковый предварительный секрет, и он не передается."),
    [S_CKE_DHE_DERIVE] = S("Then, as with RSA, come the master secret (with both random numbers) and the session keys; the certificate's key only signed, so the session has forward secrecy once the ephemeral keys are erased.",
                        "Viennent ensuite, comme avec RSA, le secret maître (avec les deux nombres aléatoires) et les clés de session ; la clé du certificat n'a fait que signer : confidentialité persistante, une fois les clés éphémères effacées.",
                        "Как с RSA: мастер-секрет (+2 случайных числа), сеансовые ключи; сертификат лишь подписал: если эфемерные стерты, секретность прямая."),
    /* RFC 5246 7.4.3, RFC 8422 2.3: anonymous, nothing signed */
    [S_CKE_DHE_DERIVE_ANON] = S("Then, as with RSA, come the master secret (with both random numbers) and the session keys: forward secret, but as nothing was signed, nobody knows who is at the other end.",
                                "Viennent ensuite, comme avec RSA, le secret maître (avec les deux nombres aléatoires) et les clés de session ; confidentialité persistante, mais rien n'étant signé, personne ne sait qui est à l'autre bout.",
                                "Как с RSA: мастер-секрет (+2 случайных числа), сеансовые ключи; прямая секретность есть, но подписи нет: кто на том конце, неизвестно."),
    [S_CKE_DHE_COURSE] = S("The course's \"session key encrypted with the server's public key\" is not sent here, not even encrypted.",
                        "La « clé de session chiffrée avec la clé publique du serveur » du cours n'est pas envoyée ici, pas même chiffrée.",
                        "«Сеансовый ключ, зашифрованный открытым ключом сервера» из курса здесь не отправляется, даже в зашифрованном виде."),
    /* RFC 4279 3, RFC 5489 2 */
    [S_CKE_DHE_PSK] = S("(EC)DHE_PSK: the client sends its PSK identity and its ephemeral public value; the pre-master secret combines the (EC)DH result with the pre-shared key.",
                        "(EC)DHE_PSK : le client envoie l'identité de sa clé pré-partagée et sa valeur publique éphémère ; le secret pré-maître combine le résultat (EC)DH et la clé pré-partagée.",
                        "(EC)DHE_PSK: клиент шлет идентификатор своего PSK и эфемерное открытое значение; предварительный секрет сочетает результат (EC)DH и PSK."),
    /* RFC 5246 7.1 */
    [S_CCS_CLIENT] = S("ChangeCipherSpec (client): from its next record on, the client protects what it sends with the keys just agreed.",
                       "ChangeCipherSpec (client) : à partir de son enregistrement suivant, le client protège ce qu'il envoie avec les clés qui viennent d'être convenues.",
                       "ChangeCipherSpec (клиент): начиная со следующей записи, клиент защищает то, что отправляет, только что согласованными ключами."),
    [S_CCS_SERVER] = S("ChangeCipherSpec (server): from its next record on, the server protects what it sends with the keys just agreed.",
                       "ChangeCipherSpec (serveur) : à partir de son enregistrement suivant, le serveur protège ce qu'il envoie avec les clés qui viennent d'être convenues.",
                       "ChangeCipherSpec (сервер): начиная со следующей записи, сервер защищает то, что отправляет, только что согласованными ключами."),
    [S_CCS_ANY] = S("ChangeCipherSpec: from its next record on, this side protects what it sends with the keys just agreed.",
                    "ChangeCipherSpec : à partir de son enregistrement suivant, ce côté protège ce qu'il envoie avec les clés qui viennent d'être convenues.",
                    "ChangeCipherSpec: начиная со следующей записи, эта сторона защищает то, что отправляет, только что согласованными ключами."),

    /* ---- Finished: RFC 5246 7.4.9, RFC 8446 4.4.4 ---- */
    [S_FIN_ANY] = S("Finished: a MAC over the whole handshake, with keys from this handshake.",
                    "Finished : un MAC sur toute la négociation, avec des clés issues de cette négociation.",
                    "Finished: код аутентичности сообщения (MAC) по всему рукопожатию, на ключах из этого рукопожатия."),
    [S_FIN_MAC] = S("The other side checks it: both saw the same messages (nobody tampered with the negotiation) and hold the same keys.",
                    "L'autre côté le vérifie : tous deux ont vu les mêmes messages (personne n'a modifié la négociation) et détiennent les mêmes clés.",
                    "Другая сторона его проверяет: обе видели одни и те же сообщения (никто не вмешался в согласование) и имеют одни и те же ключи."),
    /* RFC 5246 7.1, 7.4.9: the first message under the new keys, after this side's CCS */
    [S_FIN12_CLIENT] = S("Finished (client): the first message under the new keys, right after the client's ChangeCipherSpec; a MAC over the whole handshake.",
                         "Finished (client) : premier message protégé par les nouvelles clés, juste après le ChangeCipherSpec du client ; un MAC sur toute la négociation.",
                         "Finished (клиент): первое сообщение на новых ключах, сразу после ChangeCipherSpec клиента; MAC по всему рукопожатию."),
    [S_FIN12_SERVER] = S("Finished (server): the first message under the new keys, right after the server's ChangeCipherSpec; a MAC over the whole handshake.",
                         "Finished (serveur) : premier message protégé par les nouvelles clés, juste après le ChangeCipherSpec du serveur ; un MAC sur toute la négociation.",
                         "Finished (сервер): первое сообщение на новых ключах, сразу после ChangeCipherSpec сервера; MAC по всему рукопожатию."),
    [S_FIN12_INF_CLIENT] = S("Encrypted Finished (inferred): the client's first handshake record after its ChangeCipherSpec, under the new keys.",
                             "Finished chiffré (déduit) : le premier enregistrement de négociation du client après son ChangeCipherSpec, sous les nouvelles clés.",
                             "Зашифрованный Finished (выведено): первая запись рукопожатия от клиента после его ChangeCipherSpec, на новых ключах."),
    [S_FIN12_INF_SERVER] = S("Encrypted Finished (inferred): the server's first handshake record after its ChangeCipherSpec, under the new keys.",
                             "Finished chiffré (déduit) : le premier enregistrement de négociation du serveur après son ChangeCipherSpec, sous les nouvelles clés.",
                             "Зашифрованный Finished (выведено): первая запись рукопожатия от сервера после его ChangeCipherSpec, на новых ключах."),
    /* RFC 5246 7.3: full handshake, client first; abbreviated, server first */
    [S_FIN12_SERVER_NEXT] = S("The server's ChangeCipherSpec and Finished are still to come.",
                              "Le ChangeCipherSpec et le Finished du serveur restent à venir.",
                              "ChangeCipherSpec и Finished сервера еще впереди."),
    [S_FIN12_CLIENT_NEXT] = S("A resumption: the server finishes first; the client's ChangeCipherSpec and Finished are still to come.",
                              "Reprise : le serveur finit le premier ; le ChangeCipherSpec et le Finished du client restent à venir.",
                              "Возобновление сеанса: сервер завершает первым; ChangeCipherSpec и Finished клиента еще впереди."),
    [S_FIN12_RESUMED_DONE] = S("A resumption: the server finished first, so the handshake is now complete.",
                               "Reprise : le serveur a fini le premier, la négociation est donc terminée.",
                               "Возобновление сеанса: сервер завершил первым, так что теперь рукопожатие закончено."),
    [S_FIN12_DONE] = S("The handshake is now complete in both directions.",
                       "La négociation est maintenant terminée dans les deux sens.",
                       "Теперь рукопожатие закончено в обоих направлениях."),
    /* RFC 8446 4.4.4, 7.1: finished_key from the handshake traffic secret; server first */
    [S_FIN13_SERVER] = S("Finished (server, TLS 1.3): a MAC over the whole handshake, keyed from the server's handshake traffic secret.",
                         "Finished (serveur, TLS 1.3) : un MAC sur toute la négociation, avec une clé dérivée du secret de trafic de négociation du serveur.",
                         "Finished (сервер, TLS 1.3): MAC по всему рукопожатию, с ключом из секрета трафика рукопожатия сервера."),
    /* RFC 8446 4.4.4: the server may send data after its first flight (0.5-RTT) */
    [S_FIN13_SERVER_DATA] = S("The client checks it; the server may already send application data.",
                              "Le client le vérifie ; le serveur peut déjà envoyer des données applicatives.",
                              "Клиент его проверяет; сервер уже может отправлять данные приложения."),
    [S_FIN13_CLIENT] = S("Finished (client, TLS 1.3): a MAC over the whole handshake, keyed from the client's handshake traffic secret.",
                         "Finished (client, TLS 1.3) : un MAC sur toute la négociation, avec une clé dérivée du secret de trafic de négociation du client.",
                         "Finished (клиент, TLS 1.3): MAC по всему рукопожатию, с ключом из секрета трафика рукопожатия клиента."),
    /* RFC 8446 7.1: then the application traffic secrets */
    [S_FIN13_CLIENT_KEYS] = S("It ends the handshake: the client now sends with its application traffic keys.",
                              "Il clôt la négociation : le client protège désormais ce qu'il envoie avec ses clés de trafic applicatif.",
                              "Это сообщение завершает рукопожатие: теперь клиент отправляет данные на своих ключах трафика приложения."),
    /* RFC 8446 4.4: the client's Certificate/CertificateVerify/Finished, same handshake keys */
    [S_FIN13_INF_CLIENT] = S("Encrypted Finished (inferred): the client's Finished, under the same handshake keys as its Certificate and CertificateVerify if it sent them.",
                             "Finished chiffré (déduit) : le Finished du client, sous les mêmes clés de négociation que son Certificate et son CertificateVerify s'il les a envoyés.",
                             "Зашифрованный Finished (выведено): Finished клиента, на тех же ключах рукопожатия, что и его Certificate и CertificateVerify, если он их отправил."),
    [S_FIN13_INF_ENDS] = S("It ends the handshake.", "Il clôt la négociation.",
                           "Это сообщение завершает рукопожатие."),
    [S_FIN13_UNCERTAIN] = S("This inference is uncertain: without the keys, this client flight may hold other messages too (an EndOfEarlyData, or an EncryptedExtensions for ALPS, a Chrome extension still in draft).",
                         "Cette déduction est incertaine : sans les clés, cet envoi du client peut contenir d'autres messages (un EndOfEarlyData, ou un EncryptedExtensions pour ALPS, une extension de Chrome encore en brouillon).",
                         "Вывод ненадежен: без ключей в этих записях клиента может быть и другое (EndOfEarlyData или EncryptedExtensions для ALPS, расширения-черновика Chrome)."),
    /* RFC 8446 4.4.4 (no application data before the Finished but 0-RTT, 4.2.10), D.4 (the
     * compatibility ChangeCipherSpec); the size: 4 + 32 or 48 + 1 + 16 (5.2) */
    [S_FIN13_LONE] = S("Inferred from the client's side alone: the server's reply is not in this capture.",
                       "Déduit du seul côté client : la réponse du serveur manque dans cette capture.",
                       "Выведено только по стороне клиента: ответа сервера в захвате нет."),
    [S_FIN13_LONE_WHY] = S("TLS 1.3 was offered without early data, so no application data can precede the client's Finished (RFC 8446 4.4.4); this record is exactly a Finished's size, too small to hold a certificate as well.",
                           "TLS 1.3 proposé sans données anticipées : aucune donnée applicative ne peut précéder le Finished du client (RFC 8446 4.4.4) ; l'enregistrement a la taille exacte d'un Finished, trop petit pour un certificat en plus.",
                           "TLS 1.3 без ранних данных: до Finished клиента данных приложения нет (RFC 8446 4.4.4); запись ровно размером с Finished, сертификат не вместила бы."),
    [S_FIN_INF_ANY] = S("Encrypted Finished (inferred): this side's Finished, a MAC over the whole handshake.",
                        "Finished chiffré (déduit) : le Finished de ce côté, un MAC sur toute la négociation.",
                        "Зашифрованный Finished (выведено): Finished этой стороны, MAC по всему рукопожатию."),

    /* ---- after the handshake ---- */
    /* RFC 5077 3.3: sent before the server's ChangeCipherSpec */
    [S_NST12_WHAT] = S("NewSessionTicket: before its ChangeCipherSpec, the server hands the client a ticket: the session's state, encrypted with a key only the server knows.",
                       "NewSessionTicket : avant son ChangeCipherSpec, le serveur remet au client un ticket : l'état de la session, chiffré avec une clé que seul le serveur connaît.",
                       "NewSessionTicket: до своего ChangeCipherSpec сервер дает клиенту билет — состояние сеанса, зашифрованное ключом, известным только серверу."),
    [S_NST12_USE] = S("With it, a later connection can resume this session without a full handshake.",
                      "Avec lui, une connexion ultérieure pourra reprendre cette session sans négociation complète.",
                      "С ним последующее соединение сможет возобновить этот сеанс без полного рукопожатия."),
    /* RFC 8446 4.6.1 */
    /* RFC 8446 4.6.1: after the client's Finished (earlier only without client authentication) */
    [S_NST13_WHAT] = S("NewSessionTicket (TLS 1.3): after the handshake, normally once the client's Finished is in, the server gives the client a ticket, the identity of a pre-shared key for a later connection.",
                       "NewSessionTicket (TLS 1.3) : après la négociation, en principe une fois le Finished du client reçu, le serveur donne au client un ticket, l'identité d'une clé pré-partagée pour une connexion ultérieure.",
                       "NewSessionTicket (TLS 1.3): после рукопожатия, обычно получив Finished клиента, сервер дает ему билет — идентификатор PSK для нового соединения."),
    /* RFC 8446 4.6.1: a server that requests no client authentication may send it right
     * after its own Finished */
    [S_NST13_EARLY] = S("NewSessionTicket (TLS 1.3), sent after the server's Finished but before the client's: a server that asks for no client certificate may do so (RFC 8446 4.6.1).",
                        "NewSessionTicket (TLS 1.3), envoyé après le Finished du serveur mais avant celui du client : permis à un serveur qui ne demande pas de certificat client (RFC 8446 4.6.1).",
                        "Этот NewSessionTicket отправлен после Finished сервера, но до Finished клиента: так можно, если сервер не просит сертификат клиента (RFC 8446 4.6.1)."),
    [S_NST13_EARLY_PSK] = S("It names a pre-shared key for a later connection.",
                            "Il désigne une clé pré-partagée pour une connexion ultérieure.",
                            "Билет — идентификатор PSK для нового соединения."),
    [S_NST13_USE] = S("With it, the next connection can resume without a certificate, and may send 0-RTT data if the ticket allows it.",
                      "Avec lui, la connexion suivante pourra reprendre sans certificat, et envoyer des données 0-RTT si le ticket le permet.",
                      "С ним следующее соединение сможет возобновить сеанс без сертификата и, если билет позволяет, отправить данные 0-RTT."),
    /* RFC 8446 4.6.1: ticket_lifetime in seconds, at most 604800 (7 days); 0: discard at once */
    [S_NST13_LIFETIME] = S("The client may use this ticket for at most {1} seconds ({2}); TLS 1.3 allows up to 7 days.",
                           "Le client peut utiliser ce ticket au plus {1} secondes ({2}) ; TLS 1.3 permet jusqu'à 7 jours.",
                           "Билет годен не дольше {1} с ({2}); в TLS 1.3 — до 7 дней."),
    [S_NST13_LIFETIME_0] = S("Lifetime 0: the ticket should be discarded at once (RFC 8446, 4.6.1).",
                             "Durée de vie 0 : le ticket devrait être jeté aussitôt (RFC 8446, 4.6.1).",
                             "Срок жизни 0: билет следует сразу удалить (RFC 8446, 4.6.1)."),
    /* RFC 5077 3.3: ticket_lifetime_hint, how long the ticket should be stored, in seconds; 0: unspecified */
    [S_NST12_LIFETIME] = S("Its lifetime hint: {1} seconds ({2}), how long the server suggests the client keep the ticket.",
                           "Durée de vie indicative : {1} secondes ({2}), la durée de conservation que le serveur suggère au client.",
                           "Подсказка срока: {1} с ({2}) — столько сервер советует хранить билет."),
    [S_NST12_LIFETIME_0] = S("Its lifetime hint is 0: unspecified, the client chooses how long to keep it.",
                             "Sa durée de vie indicative est 0 : non précisée, le client choisit combien de temps le garder.",
                             "Подсказка срока равна 0: срок не указан, клиент сам решает, сколько хранить билет."),
    /* RFC 8446 4.5 */
    [S_EOED_WHAT] = S("EndOfEarlyData: the client's 0-RTT data ends here.",
                      "EndOfEarlyData : les données 0-RTT du client s'arrêtent ici.",
                      "EndOfEarlyData: здесь заканчиваются данные 0-RTT клиента."),
    [S_EOED_NEXT] = S("What the client sends next is protected with the keys of this handshake.",
                      "Ce que le client envoie ensuite est protégé par les clés de cette négociation.",
                      "То, что клиент отправит дальше, защищено ключами этого рукопожатия."),
    /* RFC 8446 4.6.3 */
    [S_KEY_UPDATE] = S("KeyUpdate: this side switches to fresh traffic keys, derived from the current ones.",
                       "KeyUpdate : ce côté passe à de nouvelles clés de trafic, dérivées des actuelles.",
                       "KeyUpdate: эта сторона переходит на новые ключи трафика, полученные из текущих."),
    /* RFC 5246 7.4.1.1 */
    [S_HELLO_REQUEST] = S("HelloRequest: the server asks the client to start a new handshake (a renegotiation).",
                          "HelloRequest : le serveur demande au client de recommencer une négociation (renégociation).",
                          "HelloRequest: сервер просит клиента начать новое рукопожатие (пересогласование)."),
    /* RFC 8446 D.4 */
    [S_COMPAT_CCS] = S("ChangeCipherSpec in TLS 1.3 changes nothing: it is sent only so that middleboxes that expect TLS 1.2 let the connection through (RFC 8446, D.4).",
                    "ChangeCipherSpec en TLS 1.3 ne change rien : il est envoyé seulement pour que les équipements intermédiaires qui attendent TLS 1.2 laissent passer la connexion (RFC 8446, D.4).",
                    "ChangeCipherSpec в TLS 1.3 ничего не меняет: его шлют, только чтобы промежуточные устройства, ждущие TLS 1.2, пропустили соединение (RFC 8446, D.4)."),

    /* ---- client authentication: RFC 5246 7.4.4, 7.4.6, 7.4.8; RFC 8446 4.3.2, 4.4.2.4, 4.4.3 ---- */
    [S_CR_WHAT] = S("CertificateRequest: the server asks the client to authenticate with a certificate of its own (mutual TLS).",
                 "CertificateRequest : le serveur demande au client de s'authentifier avec son propre certificat (TLS mutuel, mTLS).",
                 "CertificateRequest: сервер просит клиента пройти аутентификацию собственным сертификатом (взаимная аутентификация, mTLS)."),
    /* RFC 5246 7.4.4 (supported_signature_algorithms, certificate_authorities), RFC 8446 4.3.2, 4.2.4 */
    /* RFC 5246 7.4.4, 7.4.6; RFC 8446 4.2.3 (signature_algorithms_cert) */
    [S_CR_ALGORITHMS] = S("It accepts {1} signature algorithms, for the client's CertificateVerify and for the signatures in its certificate chain.",
                          "Il accepte {1} algorithmes de signature, pour le CertificateVerify du client et pour les signatures de sa chaîne de certificats.",
                          "Принимаемых алгоритмов подписи — {1}: для CertificateVerify клиента и подписей в его цепочке."),
    [S_CR_ALGORITHM_ONE] = S("It accepts a single signature algorithm for the client's signatures.",
                             "Il n'accepte qu'un seul algorithme de signature pour les signatures du client.",
                             "Для подписей клиента он принимает лишь один алгоритм подписи."),
    [S_CR_ALGORITHMS_13] = S("It accepts {1} signature algorithms for the client's CertificateVerify, and for its certificate chain unless it sends a signature_algorithms_cert list.",
                             "Il accepte {1} algorithmes de signature pour le CertificateVerify du client, et pour sa chaîne sauf liste signature_algorithms_cert.",
                             "Принимаемых алгоритмов подписи — {1}: для CertificateVerify, а без signature_algorithms_cert и для цепочки."),
    /* RFC 5246 7.4.6, RFC 8446 4.4.2.2: SHOULD be issued by one of the listed CAs */
    [S_CR_AUTHORITIES] = S("It names {1} acceptable certificate authorities: the client should send a chain issued under one of them.",
                           "Il nomme {1} autorités de certification acceptables : le client devrait envoyer une chaîne émise sous l'une d'elles.",
                           "Приемлемых УЦ названо: {1}; клиенту следует прислать цепочку, выданную одним из них."),
    [S_CR_AUTHORITY_ONE] = S("It names one acceptable certificate authority: the client should send a chain issued under it.",
                             "Il nomme une autorité de certification acceptable : le client devrait envoyer une chaîne émise sous celle-ci.",
                             "Назван один приемлемый УЦ: клиенту следует прислать цепочку, выданную им."),
    [S_CR_ANY_AUTHORITY] = S("It names no authority: the client may send any certificate it has, and the server decides.",
                             "Il ne nomme aucune autorité : le client peut envoyer n'importe lequel de ses certificats, et le serveur décide.",
                             "Удостоверяющие центры не названы: клиент может прислать любой свой сертификат, а решает сервер."),
    [S_CR_DECLINE] = S("The client may decline with an empty Certificate; the server then decides whether to go on.",
                       "Le client peut refuser avec un Certificate vide ; le serveur décide alors s'il continue.",
                       "Клиент может отказаться, отправив пустой Certificate; тогда сервер решает, продолжать ли."),
    [S_CCERT_WHAT] = S("The client sends its own certificate chain, as the server asked.",
                       "Le client envoie sa propre chaîne de certificats, comme le serveur l'a demandé.",
                       "Клиент отправляет свою цепочку сертификатов, как просил сервер."),
    [S_CCERT_PROOF] = S("Like the server's, it proves nothing by itself: the proof is the client's CertificateVerify, signed with its private key.",
                     "Comme celle du serveur, elle ne prouve rien à elle seule : la preuve est le CertificateVerify du client, signé avec sa clé privée.",
                     "Как и цепочка сервера, она сама ничего не доказывает: доказательство — CertificateVerify клиента, подписанный его закрытым ключом."),
    [S_CCERT_EMPTY] = S("The client's Certificate is empty: it has no suitable certificate, or declines to authenticate.",
                        "Le Certificate du client est vide : il n'a pas de certificat qui convienne, ou refuse de s'authentifier.",
                        "Certificate клиента пуст: у клиента нет подходящего сертификата, или он отказывается от аутентификации."),
    [S_CCERT_EMPTY_NEXT] = S("No CertificateVerify follows; the server either goes on without knowing the client or aborts the handshake.",
                             "Aucun CertificateVerify ne suit ; le serveur continue sans connaître le client ou interrompt la négociation.",
                             "CertificateVerify не последует; сервер либо продолжит, не зная клиента, либо прервет рукопожатие."),
    [S_CCV_WHAT] = S("CertificateVerify (client): the client signs the handshake so far with its certificate's private key.",
                     "CertificateVerify (client) : le client signe la négociation jusqu'ici avec la clé privée de son certificat.",
                     "CertificateVerify (клиент): клиент подписывает рукопожатие до этого момента закрытым ключом своего сертификата."),
    [S_CCV_ALGORITHM] = S("Signature algorithm: {1}.", "Algorithme de signature : {1}.",
                          "Алгоритм подписи: {1}."),
    [S_CCV_PROOF] = S("This signature proves that the client holds the key of the certificate it sent.",
                      "Cette signature prouve que le client détient la clé du certificat qu'il a envoyé.",
                      "Эта подпись доказывает, что клиент владеет ключом сертификата, который он отправил."),
};

const tlsedu_sentence_t *
tlsedu_sentence(tlsedu_sentence_id_t id)
{
    if (id <= S_NONE || id >= S_COUNT)
        return NULL;
    /* each id has its sentence in one of the tables */
    if (tlsedu_sentences_hello[id].text[TLSEDU_LANG_EN] != NULL)
        return &tlsedu_sentences_hello[id];
    if (tlsedu_sentences_end[id].text[TLSEDU_LANG_EN] != NULL)
        return &tlsedu_sentences_end[id];
    return &sentences[id];
}
