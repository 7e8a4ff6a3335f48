/* sentence_texts_hello.c - the sentences of the hellos and the server's authentication
 * (ClientHello, ServerHello, HelloRetryRequest, HelloVerifyRequest, EncryptedExtensions,
 * weak suites, Certificate, CertificateVerify, ServerKeyExchange), in every language side
 * by side, one fact each, with the RFC section that makes it true in a comment. The other
 * sentences are in sentence_texts.c; the conventions are those of that file.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "sentences_table.h"

#include "tls_types.h"

const tlsedu_sentence_t tlsedu_sentences_hello[S_COUNT] = {
    /* ---- ClientHello: RFC 5246 7.4.1.2, RFC 8446 4.1.2 ---- */
    [S_CH_PROPOSES] = S("The client proposes: the versions it supports, its random number, the cipher suites it accepts and its extensions.",
                     "Le client propose : les versions qu'il prend en charge, son nombre aléatoire, les suites de chiffrement qu'il accepte et ses extensions.",
                     "Клиент предлагает: поддерживаемые им версии, свое случайное число, принимаемые им наборы шифров и свои расширения."),
    /* RFC 8446 4.2.8: key_share in the ClientHello (it may be empty, then a HelloRetryRequest follows) */
    [S_CH_TLS13_SHARES] = S("It offers {2} and already sends key shares for {1}.",
            "Il propose {2} et envoie déjà des « key shares » pour {1}.",
            "Он предлагает {2} и уже отправляет key share для групп: {1}."),
    [S_CH_TLS13_SHARES_IN] = S("It offers {2} and already sends a key share for {1}.",
            "Il propose {2} et envoie déjà un « key share » pour {1}.",
            "Он предлагает {2} и уже отправляет key share для группы {1}."),
    /* RFC 8446 2, 4.2.8: a share in the group the server picks saves a round trip */
    [S_CH_SHARES_WHAT] = S("Key shares are its public key-exchange values: if the server accepts one of their groups, keys are agreed in one round trip.",
                           "Les « key shares » sont ses valeurs publiques d'échange de clés : si le serveur accepte un de leurs groupes, les clés sont établies en un aller-retour.",
                           "Key share — открытые значения для обмена ключами: если сервер примет одну из их групп, ключи согласуются за один обмен туда и обратно."),
    [S_CH_TLS13_NO_SHARE] = S("It offers {2} but sends no key share: unless the server resumes with a pre-shared key alone or picks an older version, it must ask for one.",
            "Il propose {2} sans « key share » : sauf reprise par clé pré-partagée seule ou version plus ancienne, le serveur devra en demander un.",
            "Предложен {2} без key share: сервер запросит его, если не выберет лишь PSK или версию ниже."),
    /* RFC 8446 4.2.1 (supported_versions, in preference order), RFC 5246 7.4.1.2 (client_version) */
    [S_CH_VERSIONS] = S("Versions offered: {1}.", "Versions proposées : {1}.",
                        "Предложенные версии: {1}."),
    /* RFC 5246 7.4.1.2, RFC 8446 4.1.2: cipher_suites in the client's order of preference */
    [S_CH_SUITES] = S("It offers {1} cipher suites, in its order of preference, starting with {2}.",
                      "Il propose {1} suites de chiffrement, par ordre de préférence, en commençant par {2}.",
                      "Наборы шифров ({1}) в порядке предпочтения; первые: {2}."),
    [S_CH_SUITES_ALL] = S("It offers {1} cipher suites, in its order of preference: {2}.",
                          "Il propose {1} suites de chiffrement, par ordre de préférence : {2}.",
                          "Наборы шифров ({1}) в порядке предпочтения: {2}."),
    /* RFC 8701 (GREASE), RFC 5746 3.3 and RFC 7507 (signalling values) are not suites */
    [S_CH_SUITES_SKIPPED] = S("GREASE or signalling values left out of the count: {1} (RFC 8701, RFC 5746, RFC 7507); they are not cipher suites.",
                              "Valeurs GREASE ou de signalisation non comptées : {1} (RFC 8701, RFC 5746, RFC 7507) ; ce ne sont pas des suites de chiffrement.",
                              "Значения GREASE или сигнальные вне подсчета: {1} (RFC 8701, RFC 5746, RFC 7507); это не наборы шифров."),
    /* RFC 5246 7.4.1.2, E.1: without supported_versions, client_version is the highest it supports */
    [S_CH_VERSION_MAX] = S("Highest version offered: {1} (no supported_versions extension: the server may choose an older version the client also accepts).",
                           "Version la plus haute proposée : {1} (pas d'extension supported_versions : le serveur peut choisir une version plus ancienne que le client accepte aussi).",
                           "Высшая версия: {1} (нет supported_versions: сервер может выбрать версию ниже, приемлемую и клиенту)."),
    [S_CH_SUITE_ONE] = S("It offers a single cipher suite: {2}.", "Il ne propose qu'une suite de chiffrement : {2}.",
                         "Он предлагает единственный набор шифров: {2}."),
    /* RFC 5246 8.1, 6.3 (master secret and key block from both randoms); RFC 8446 7.1 (transcript) */
    [S_CH_RANDOM] = S("Its random number (32 bytes) enters the key computation with the server's: each connection gets its own keys, even when it resumes an earlier session's secret.",
            "Son nombre aléatoire (32 octets) entre, avec celui du serveur, dans le calcul des clés : chaque connexion a ses propres clés, même quand elle reprend le secret d'une session antérieure.",
            "Его случайное число (32 байта) и число сервера входят в расчет ключей: у каждого соединения свои, даже с секретом прежнего сеанса."),
    /* RFC 7301 3.1: ALPN travels in the cleartext ClientHello */
    [S_CH_ALPN] = S("Application protocols offered (ALPN), readable by anyone on the path: {1}.",
                    "Protocoles applicatifs proposés (ALPN), lisibles par quiconque sur le chemin : {1}.",
                    "Предложенные протоколы приложения (ALPN), их может прочесть любой на пути: {1}."),
    /* RFC 5246 7.4.1.2: a non-empty session_id asks to resume that session */
    [S_CH_RESUME_ID] = S("It sends the session ID of an earlier session, asking to resume it.",
            "Il envoie l'identifiant d'une session antérieure, pour demander à la reprendre.",
            "Он отправляет идентификатор сеанса (session ID) прежнего соединения, прося возобновить тот сеанс."),
    /* RFC 8446 4.1.2, D.4: a TLS 1.3 client sets a session ID for middlebox compatibility */
    [S_CH_COMPAT_ID] = S("Its session ID asks to resume a TLS 1.2 session, or, for TLS 1.3, is there only for middlebox compatibility (RFC 8446, D.4).",
                         "Son identifiant de session demande à reprendre une session TLS 1.2 ou, pour TLS 1.3, n'est là que pour la compatibilité avec les équipements intermédiaires (RFC 8446, D.4).",
                         "Его session ID просит возобновить сеанс TLS 1.2 или, для TLS 1.3, нужен лишь для совместимости с промежуточными устройствами (RFC 8446, D.4)."),
    /* RFC 8446 4.1.2, D.4: a client offering TLS 1.3 only sends a fresh 32-byte value */
    [S_CH_COMPAT_ID_13] = S("Its session ID is there only for middlebox compatibility (RFC 8446, D.4): the client offers TLS 1.3 only, so it resumes nothing.",
                            "Son identifiant de session n'est là que pour la compatibilité avec les équipements intermédiaires (RFC 8446, D.4) : le client n'offrant que TLS 1.3, il ne reprend rien.",
                            "Его session ID — лишь для совместимости с промежуточными устройствами (RFC 8446, D.4): клиент предлагает только TLS 1.3, ничего не возобновляя."),
    /* RFC 5077 3.1 */
    [S_CH_RESUME_TICKET] = S("It sends a session ticket from an earlier connection, asking to resume that session (RFC 5077).",
            "Il envoie un ticket de session d'une connexion antérieure, pour demander à reprendre cette session (RFC 5077).",
            "Он отправляет сеансовый билет (session ticket) прежнего соединения, прося возобновить тот сеанс (RFC 5077)."),
    /* RFC 8446 2.2, 4.2.11 */
    /* RFC 8446 2.2, 4.2.11: a PSK comes from a ticket of an earlier connection, or is configured on both sides */
    [S_CH_RESUME_PSK] = S("It offers a pre-shared key by its identity, usually a ticket from an earlier connection (a resumption); the key itself is never sent, and no certificate is then needed.",
            "Il propose une clé pré-partagée par son identité, en général le ticket d'une connexion antérieure (une reprise) ; la clé elle-même ne circule jamais, et plus besoin de certificat.",
            "Он предлагает PSK по идентификатору, обычно билету прежнего соединения (возобновление); ключ не передается, сертификат не нужен."),
    /* RFC 7301 3.1; in TLS 1.3 in the encrypted EncryptedExtensions (RFC 8446 4.3.1) */
    [S_ALPN_CHOSEN] = S("Application protocol chosen (ALPN): {1}.", "Protocole applicatif choisi (ALPN) : {1}.",
                        "Выбранный протокол приложения (ALPN): {1}."),
    /* RFC 6066 3: server_name travels in the cleartext ClientHello (ECH aside) */
    /* draft-ietf-tls-esni 6.1: the outer ClientHello names the provider's public name; the
     * inner one, encrypted, the server really asked for */
    [S_CH_SNI_ECH] = S("It also carries encrypted_client_hello (ECH): this readable name may be only the provider's public one, the name really asked for travelling encrypted.",
                       "Il porte aussi encrypted_client_hello (ECH) : ce nom lisible n'est peut-être que le nom public du fournisseur, le nom vraiment demandé voyageant chiffré.",
                       "В нем есть и encrypted_client_hello (ECH): видимое имя может быть лишь публичным именем провайдера, а настоящее передается зашифрованным."),
    /* draft-ietf-tls-esni-00..05: encrypted_server_name, the real name encrypted */
    [S_CH_SNI_ESNI] = S("It also carries encrypted_server_name (ESNI, ECH's predecessor): this readable name may be a decoy or only the provider's public one, the name really asked for travelling encrypted.",
                        "Il porte aussi encrypted_server_name (ESNI, l'ancêtre d'ECH) : ce nom lisible n'est peut-être qu'un leurre ou le nom public du fournisseur, le nom vraiment demandé voyageant chiffré.",
                        "Есть и encrypted_server_name (ESNI, предок ECH): видимое имя может быть приманкой или публичным именем, а настоящее зашифровано."),
    /* draft-ietf-tls-esni 6.1, 7.2: an accepted ECH continues with the inner ClientHello */
    [S_CH_RANDOM_ECH] = S("If the server accepts ECH, this visible random enters no key: the keys come from the encrypted inner ClientHello and its own random (draft-ietf-tls-esni 6.1, 7.2).",
                          "Si le serveur accepte ECH, cet aléa visible n'entre dans aucune clé : elles viennent du ClientHello intérieur chiffré et de son propre aléa (draft-ietf-tls-esni 6.1, 7.2).",
                          "Если сервер примет ECH, это случайное число не войдет в ключи: они из зашифрованного внутреннего ClientHello (draft-ietf-tls-esni 6.1, 7.2)."),
    [S_CH_SNI] = S("It asks for the server by name (SNI), which anyone on the path can read: \"{1}\".",
                "Il demande le serveur par son nom (SNI), lisible par quiconque sur le chemin : « {1} ».",
                "Он запрашивает сервер по имени (SNI), которое может прочесть любой на пути: «{1}»."),
    /* RFC 8446 4.2.10 */
    [S_CH_EARLY_DATA] = S("It announces early data (early_data extension): 0-RTT data may follow before the server answers.",
                          "Il annonce des données anticipées (extension early_data) : des données 0-RTT peuvent suivre avant la réponse du serveur.",
                          "Он объявляет ранние данные (расширение early_data): данные 0-RTT могут пойти еще до ответа сервера."),
    /* RFC 8446 4.1.4, 4.1.2 */
    [S_CH_AGAIN] = S("Second ClientHello: the client answers the server's HelloRetryRequest with what the server asked for (a key share in another group, or the server's cookie).",
                  "Second ClientHello : le client répond au HelloRetryRequest du serveur avec ce que le serveur a demandé (un « key share » dans un autre groupe, ou le cookie du serveur).",
                  "Второй ClientHello: клиент отвечает на HelloRetryRequest сервера тем, что сервер запросил (key share в другой группе или cookie сервера)."),
    [S_CH_AGAIN_COST] = S("This is the extra round trip announced by the HelloRetryRequest.",
                       "C'est l'aller-retour supplémentaire annoncé par le HelloRetryRequest.",
                       "Это и есть дополнительный обмен туда и обратно (RTT), о котором объявил HelloRetryRequest."),

    /* ---- ServerHello: RFC 5246 7.4.1.3, RFC 8446 4.1.3 ---- */
    [S_SH_CHOOSES] = S("The server chooses from the client's offer and sends its own random number.",
                       "Le serveur choisit dans l'offre du client et envoie son propre nombre aléatoire.",
                       "Сервер выбирает из предложения клиента и отправляет свое случайное число."),
    /* RFC 8446 4.2.1 (TLS 1.3 only to a ClientHello whose supported_versions offers it),
     * 4.1.2 (a second ClientHello only after a HelloRetryRequest) */
    [S_SH_EARLIER_HELLO] = S("This TLS 1.3 ServerHello cannot answer the last ClientHello, which offers no TLS 1.3 (no supported_versions): it answers the earlier one, which did.",
                             "Ce ServerHello TLS 1.3 ne peut pas répondre au dernier ClientHello, qui ne propose pas TLS 1.3 (pas de supported_versions) : il répond au précédent, qui le proposait.",
                             "Этот ServerHello TLS 1.3 не может отвечать на последний ClientHello без TLS 1.3 (нет supported_versions): он отвечает на предыдущий, где TLS 1.3 был."),
    [S_SH_VERSION] = S("Version chosen: {1}.", "Version choisie : {1}.",
                       "Выбранная версия: {1}."),
    [S_SH_SUITE] = S("Cipher suite chosen: {1}.", "Suite de chiffrement choisie : {1}.",
                     "Выбранный набор шифров: {1}."),
    /* RFC 8446 4.2.8, 7.1: both key shares give the (EC)DHE secret, then the handshake secrets */
    [S_SH13_GROUP] = S("It carries the server's key share in the group {1}: with the client's share, both sides now derive the handshake keys.",
                       "Il porte le « key share » du serveur dans le groupe {1} : avec celui du client, les deux côtés dérivent maintenant les clés de négociation.",
                       "Key share сервера в группе {1}: с key share клиента обе стороны теперь вычисляют ключи рукопожатия."),
    [S_SH13_SHARE] = S("It carries the server's key share: with the client's share, both sides now derive the handshake keys.",
                       "Il porte le « key share » du serveur : avec celui du client, les deux côtés dérivent maintenant les clés de négociation.",
                       "Key share сервера: с key share клиента обе стороны теперь вычисляют ключи рукопожатия."),
    /* RFC 8446 2: everything after the ServerHello is encrypted (a compatibility CCS aside, D.4) */
    [S_SH13_ENCRYPTED] = S("In TLS 1.3 every handshake message after this one is encrypted.",
                           "En TLS 1.3, tous les messages de négociation qui suivent celui-ci sont chiffrés.",
                           "В TLS 1.3 все следующие за ним сообщения рукопожатия зашифрованы."),
    /* RFC 9150 1, 9: integrity-only suites protect the records, encrypt nothing */
    [S_SH13_INTEGRITY_ONLY] = S("With this integrity-only suite (RFC 9150), the messages after this one are protected against tampering but not encrypted: anyone on the path can read them.",
                                "Avec cette suite d'intégrité seule (RFC 9150), les messages qui suivent sont protégés contre la modification mais pas chiffrés : on peut les lire sur le chemin.",
                                "С этим набором только для целостности (RFC 9150) следующие сообщения защищены от подмены, но не зашифрованы: их прочтет любой на пути."),
    /* RFC 5246 7.3, 7.4.1.3: the same session ID in the ServerHello resumes that session */
    [S_SH_RESUME_ID] = S("It echoes the client's session ID: the server resumes that earlier session (an abbreviated handshake).",
                         "Il renvoie l'identifiant de session du client : le serveur reprend cette session antérieure (négociation abrégée).",
                         "Он повторяет идентификатор сеанса (session ID) клиента: сервер возобновляет тот прежний сеанс (сокращенное рукопожатие)."),
    /* RFC 5077 3.1: the server accepted the ticket the client sent */
    [S_SH_RESUME_TICKET] = S("It accepts the client's session ticket: the server resumes the session kept in it (an abbreviated handshake).",
                             "Il accepte le ticket de session du client : le serveur reprend la session qu'il contient (négociation abrégée).",
                             "Он принимает сеансовый билет (session ticket) клиента: сервер возобновляет сохраненный в нем сеанс (сокращенное рукопожатие)."),
    /* RFC 5246 7.3: no Certificate, no key exchange; keys from the old master secret and the new randoms (6.3) */
    [S_SH_RESUME_NO_KEX] = S("No certificate and no key exchange follow: the earlier master secret is reused, with the two new random numbers, for fresh session keys.",
                             "Ni certificat ni échange de clés ne suivent : le secret maître de la session antérieure est réutilisé, avec les deux nouveaux nombres aléatoires, pour de nouvelles clés de session.",
                             "Сертификата и обмена ключами не будет: прежний мастер-секрет с двумя новыми случайными числами снова дает новые сеансовые ключи."),
    /* RFC 8446 2.2, 4.2.11: pre_shared_key in the ServerHello; no Certificate with a PSK */
    [S_SH_RESUME_PSK] = S("It accepts one of the client's pre-shared keys, generally one an earlier connection set up and its ticket names (a resumption): no certificate is sent.",
                       "Il accepte une des clés pré-partagées du client, en général établie par une connexion antérieure et désignée par son ticket (reprise) : aucun certificat n'est envoyé.",
                       "Он принимает один из PSK клиента, обычно созданный прежним соединением и указанный билетом (возобновление): сертификат не шлют."),
    /* RFC 8446 4.1.3, 4.1.4 */
    [S_HRR_WHAT] = S("HelloRetryRequest: a ServerHello whose random field holds a fixed special value (RFC 8446, 4.1.3).",
                  "HelloRetryRequest : un ServerHello dont le champ random porte une valeur spéciale fixe (RFC 8446, 4.1.3).",
                  "HelloRetryRequest: это ServerHello, в поле random которого особое фиксированное значение (RFC 8446, 4.1.3)."),
    /* RFC 8446 4.2.2; in DTLS 1.3 the cookie replaces HelloVerifyRequest (RFC 9147 5.1) */
    [S_HRR_WHY] = S("It asks for no other group, only returns a cookie for the client to echo in a second ClientHello: the server need keep no state meanwhile and, over UDP, the client proves its address (RFC 8446, 4.2.2).",
            "Il ne demande pas d'autre groupe, seulement de répéter un cookie dans un second ClientHello : le serveur peut ne garder aucun état entre-temps et, sur UDP, le client prouve son adresse (RFC 8446, 4.2.2).",
            "Другую группу не просит, лишь cookie для второго ClientHello: сервер может ничего не хранить, а клиент по UDP доказывает адрес (RFC 8446, 4.2.2)."),
    [S_HRR_WHY_GROUP] = S("The server accepts the client's offer, but none of its key shares is in a group it wants.",
                          "Le serveur accepte l'offre du client, mais aucun de ses « key shares » n'est dans un groupe qu'il veut.",
                          "Сервер принимает предложение клиента, но ни один из его key share не в той группе, которую хочет сервер."),
    [S_HRR_GROUP] = S("It asks for a new ClientHello with a key share in the group {1}.",
                      "Il demande un nouveau ClientHello avec un « key share » dans le groupe {1}.",
                      "Он просит новый ClientHello с key share в группе {1}."),
    [S_HRR_COST] = S("This costs one more round trip.", "Cela coûte un aller-retour de plus.",
                     "Это стоит еще одного обмена туда и обратно (RTT)."),
    /* RFC 6347 4.2.1 */
    [S_HVR_WHAT] = S("HelloVerifyRequest (DTLS): the server sends a cookie that the client must return in a new ClientHello.",
                     "HelloVerifyRequest (DTLS) : le serveur envoie un cookie que le client doit renvoyer dans un nouveau ClientHello.",
                     "HelloVerifyRequest (DTLS): сервер отправляет cookie, который клиент должен вернуть в новом ClientHello."),
    [S_HVR_WHY] = S("The client thus proves that it really receives packets at its source address before the server does any costly work: a defence against floods from spoofed addresses over UDP.",
                 "Le client prouve ainsi qu'il reçoit bien les paquets envoyés à son adresse avant que le serveur ne fasse un travail coûteux : une parade aux inondations à adresse source usurpée sur UDP.",
                 "Клиент доказывает, что и правда получает пакеты на свой адрес, до затратной работы сервера: защита от флуда с чужих адресов по UDP."),
    [S_HVR_COST] = S("The cookie exchange costs one more round trip.",
                     "L'échange de cookie coûte un aller-retour de plus.",
                     "Передача cookie стоит еще одного обмена туда и обратно (RTT)."),
    /* RFC 8446 4.3.1 */
    [S_EE_WHAT] = S("EncryptedExtensions (TLS 1.3): the server's first encrypted message.",
                    "EncryptedExtensions (TLS 1.3) : le premier message chiffré du serveur.",
                    "EncryptedExtensions (TLS 1.3): первое зашифрованное сообщение сервера."),
    /* RFC 9150: under an integrity-only suite the handshake keys encrypt nothing */
    [S_EE_WHAT_CLEAR] = S("EncryptedExtensions (TLS 1.3): the server's first message under the handshake keys; with this integrity-only suite it is not encrypted, despite its name.",
                          "EncryptedExtensions (TLS 1.3) : le premier message du serveur sous les clés de négociation ; avec cette suite d'intégrité seule, il n'est pas chiffré, malgré son nom.",
                          "EncryptedExtensions (TLS 1.3): первое сообщение сервера на ключах рукопожатия; при наборе без шифрования оно не зашифровано, вопреки имени."),
    [S_EE_ALPN] = S("It answers the client's extensions that do not concern the key exchange, such as ALPN, the application protocol.",
                    "Il répond aux extensions du client qui ne touchent pas l'échange de clés, comme ALPN, le protocole applicatif.",
                    "Оно отвечает на расширения клиента, не касающиеся обмена ключами, например ALPN — протокол приложения."),

    /* ---- weak suites ---- */
    /* RFC 5246 A.5, 6.2.3.1: NULL cipher, the record is only MACed */
    /* RFC 5246 6.2.3.1, RFC 4785: NULL cipher; RFC 9150: integrity-only TLS 1.3 suites */
    [S_WEAK_NULL] = S("No encryption (a NULL or integrity-only suite): the data will travel in cleartext, with integrity only.",
                      "Pas de chiffrement (suite NULL ou d'intégrité seule) : les données circuleront en clair, avec seulement un contrôle d'intégrité.",
                      "Без шифрования (набор NULL или только целостность): данные пойдут открытым текстом, защищена лишь целостность."),
    /* RFC 5246 A.5: TLS_NULL_WITH_NULL_NULL, the initial state: no cipher and no MAC */
    [S_WEAK_NULL_NULL] = S("No encryption and no integrity: anyone on the path can read and change the data.",
                           "Ni chiffrement ni contrôle d'intégrité : quiconque sur le chemin peut lire et modifier les données.",
                           "Нет ни шифрования, ни контроля целостности: любой на пути может читать и изменять данные."),
    /* RFC 5246 A.5, RFC 8422 2.3: anonymous (EC)DH, no certificate, no signature */
    [S_WEAK_ANON] = S("Anonymous suite: no certificate and no signature, so nobody is authenticated; a man in the middle can read and change everything.",
                   "Suite anonyme : ni certificat ni signature, personne n'est authentifié ; un attaquant placé au milieu (attaque de l'homme du milieu) peut tout lire et tout modifier.",
                   "Анонимный набор: ни сертификата, ни подписи, никто не аутентифицирован; атакующий посередине может читать и менять любые данные."),
    /* RFC 4346 A.5 (export suites must not be negotiated); FREAK, Logjam */
    [S_WEAK_EXPORT] = S("Export suite: deliberately weakened, with 40- or 56-bit cipher keys and a 512-bit RSA or DH key exchange (1024 for EXPORT1024), broken today (FREAK, Logjam).",
                     "Suite d'exportation : volontairement affaiblie, avec des clés de chiffrement de 40 ou 56 bits et un échange RSA ou DH de 512 bits (1024 pour EXPORT1024), cassée aujourd'hui (FREAK, Logjam).",
                     "Экспортный набор: намеренно ослаблен, ключи шифра 40 или 56 бит, обмен RSA или DH на 512 бит (1024 для EXPORT1024); сегодня взломан (FREAK, Logjam)."),
    [S_WEAK_RC4] = S("RC4 is broken and prohibited in TLS (RFC 7465).",   /* RFC 7465 2 */
                     "RC4 est cassé et interdit dans TLS (RFC 7465).",
                     "RC4 взломан и запрещен в TLS (RFC 7465)."),
    [S_WEAK_DES] = S("Single DES: a 56-bit key, found by brute force in hours.",   /* RFC 5469 */
                     "DES simple : une clé de 56 bits, trouvée par force brute en quelques heures.",
                     "Одинарный DES: ключ 56 бит, его находят перебором за считанные часы."),
    [S_WEAK_3DES] = S("3DES: 64-bit blocks, open to collision attacks on long connections (Sweet32).",   /* RFC 9325 4.1 */
                      "3DES : des blocs de 64 bits, exposés aux attaques par collision sur les longues connexions (Sweet32).",
                      "3DES: блоки по 64 бита, уязвимые для атак на коллизии в долгих соединениях (Sweet32)."),
    [S_WEAK_IDEA] = S("IDEA: obsolete (RFC 5469), with 64-bit blocks open to collision attacks on long connections (Sweet32).",   /* RFC 5469, RFC 9325 4.1 */
                      "IDEA : obsolète (RFC 5469), avec des blocs de 64 bits exposés aux attaques par collision sur les longues connexions (Sweet32).",
                      "IDEA: устарел (RFC 5469), блоки по 64 бита уязвимы для атак на коллизии в долгих соединениях (Sweet32)."),
    [S_WEAK_MD5] = S("Its records' MAC uses MD5, an obsolete hash.",
                  "Le MAC de ses enregistrements utilise MD5, une fonction de hachage obsolète.",
                  "Код аутентичности сообщения (MAC) его записей использует MD5, устаревшую хеш-функцию."),

    /* ---- the server's authentication: RFC 5246 7.4.2, RFC 8446 4.4.2 ---- */
    [S_CERT_CHAIN] = S("The server sends its certificate chain: its public key and its name, signed by a certificate authority.",
                       "Le serveur envoie sa chaîne de certificats : sa clé publique et son nom, signés par une autorité de certification.",
                       "Сервер отправляет цепочку сертификатов: свой открытый ключ и свое имя, подписанные удостоверяющим центром (УЦ)."),
    /* RFC 5280 3.2, 6.1: a self-signed certificate is signed with its own key, a trust anchor at best */
    [S_CERT_SELF_SIGNED] = S("The server sends its certificate: its public key and its name, signed with its own key (self-signed): no certificate authority vouches for it.",
                             "Le serveur envoie son certificat : sa clé publique et son nom, signés avec sa propre clé (auto-signé) : aucune autorité de certification ne s'en porte garante.",
                             "Сервер отправляет сертификат: открытый ключ и имя, подписанные его же ключом (самоподписанный): никакой УЦ за него не ручается."),
    [S_CERT_PUBLIC] = S("A certificate is public: anyone can send a copy, so by itself it proves nothing.",
                        "Un certificat est public : n'importe qui peut en envoyer une copie, il ne prouve donc rien à lui seul.",
                        "Сертификат открыт всем: любой может отправить его копию, поэтому сам по себе он ничего не доказывает."),
    /* RFC 8446 4.4.3 */
    [S_CERT_PROOF_13] = S("The proof comes next: CertificateVerify, a signature made with the certificate's private key.",
                          "La preuve vient ensuite : CertificateVerify, une signature faite avec la clé privée du certificat.",
                          "Доказательство будет дальше: CertificateVerify, подпись закрытым ключом сертификата."),
    /* RFC 5246 7.4.3, RFC 8422 5.4 */
    [S_CERT_PROOF_12_SIGNED] = S("The proof comes next: the ServerKeyExchange, signed with the certificate's private key.",
                                 "La preuve vient ensuite : le ServerKeyExchange, signé avec la clé privée du certificat.",
                                 "Доказательство будет дальше: ServerKeyExchange, подписанный закрытым ключом сертификата."),
    /* RFC 5246 7.4.7.1, 7.4.9, F.1.1.2: only the key's holder can decrypt the pre-master secret */
    [S_CERT_PROOF_RSA] = S("With RSA key transport the server signs nothing: only the holder of the private key can decrypt the pre-master secret, which its Finished shows.",
                        "Avec le transport de clé RSA, le serveur ne signe rien : seul le détenteur de la clé privée peut déchiffrer le secret pré-maître, ce que montre son Finished.",
                        "Транспорт ключа RSA: подписи сервера нет; предварительный секрет расшифрует лишь владелец закрытого ключа (это покажет его Finished)."),
    [S_CERT_PROOF_ANY] = S("The proof that the server holds the private key comes later: a signature, or its Finished (RSA key transport, static (EC)DH: only the key's holder can compute the keys).",
                        "La preuve que le serveur détient la clé privée vient plus tard : une signature, ou son Finished (transport de clé RSA, (EC)DH statique : seul le détenteur de la clé peut calculer les clés).",
                        "Владение закрытым ключом сервер докажет позже: подписью или Finished (транспорт ключа RSA, статический (EC)DH: ключи вычислит лишь он)."),
    /* RFC 5280 6, RFC 6125 6 */
    [S_CERT_CHECKS] = S("The client must check that the chain leads to an authority it trusts, that its certificates are within their dates and not revoked, and that the server's certificate names the server it asked for.",
            "Le client doit vérifier que la chaîne mène à une autorité de confiance, que ses certificats sont en cours de validité et non révoqués, et que celui du serveur porte le nom demandé.",
            "Клиент должен проверить: цепочка до доверенного УЦ, сертификаты в сроке и не отозваны, а сертификат сервера — на запрошенное имя."),
    /* RFC 6125 6.3, RFC 9525 6.3: the reference identity is the name the client asked for */
    /* RFC 5280 6.1: a self-signed certificate is its own trust anchor */
    [S_CERT_CHECKS_SELF] = S("With no authority above it, a client accepts it only if it already trusts this very certificate; it must still check its dates and that it names the server asked for.",
                             "Sans autorité au-dessus de lui, un client ne l'accepte que s'il fait déjà confiance à ce certificat précis ; il doit encore vérifier ses dates et qu'il porte le nom demandé.",
                             "Над ним нет УЦ: клиент примет его, только если уже доверяет ему самому; и все же должен проверить сроки и имя запрошенного сервера."),
    /* RFC 9525 6.3 (RFC 6125 6.4.4 allowed the CN; RFC 9525 no longer does) */
    [S_CERT_NAME_NO_DNS] = S("It lists no DNS name, so current clients (RFC 9525) cannot match \"{1}\": they must refuse it; its CN is no longer checked.",
                             "Il ne porte aucun nom DNS : les clients actuels (RFC 9525) ne peuvent pas y trouver « {1} » et doivent le refuser ; son CN n'est plus vérifié.",
                             "Нет имен DNS: клиенты по RFC 9525 не найдут «{1}» и должны отказать; CN уже не проверяется."),
    [S_CERT_NAME_IP_SNI] = S("Its SNI \"{1}\" is an IP address, forbidden by RFC 6066; an IP is matched against iPAddress entries, not DNS names, and none matches: a checking client refuses.",
                             "Son SNI « {1} » est une IP, interdite (RFC 6066) ; elle se compare aux iPAddress, non aux noms DNS, et aucune ne concorde : un client qui vérifie refuse.",
                             "SNI «{1}» — IP (RFC 6066 запрещает); сверка с iPAddress (не DNS) не удалась: проверяющий клиент откажет."),
    [S_CERT_NAME_MISMATCH] = S("Here the certificate does not name the server asked for (\"{1}\"): a client that checks must refuse it.",
                               "Ici, le certificat ne porte pas le nom demandé (« {1} ») : un client qui vérifie doit le refuser.",
                               "Здесь сертификат не на запрошенное имя («{1}»): проверяющий клиент должен его отвергнуть."),
    [S_CERT_SUBJECT] = S("The server's certificate: \"{1}\".", "Certificat du serveur : « {1} ».",
                         "Сертификат сервера: «{1}»."),
    [S_CERT_ISSUER] = S("Issued by \"{1}\".", "Émis par « {1} ».",
                        "Издатель: «{1}»."),
    /* RFC 8446 2: the Certificate is encrypted under the handshake keys */
    [S_CERT_ENCRYPTED_13] = S("In TLS 1.3 the certificate travels encrypted: it is shown here thanks to the key log.",
                              "En TLS 1.3, le certificat circule chiffré : il est montré ici grâce au journal des clés.",
                              "В TLS 1.3 сертификат передается зашифрованным: он показан здесь благодаря журналу ключей (key log)."),
    /* RFC 5246 7.4.2, RFC 8446 4.4.2: the sender's certificate first, each following one
     * certifying the one before; the root may be left out, the client must already have it */
    [S_CERT_CHAIN_ONE] = S("Chain of 1 certificate, the server's own: the client must already hold the certificate of the authority that signed it.",
                           "Chaîne d'un seul certificat, celui du serveur : le client doit déjà détenir le certificat de l'autorité qui l'a signé.",
                           "Цепочка из 1 сертификата, самого сервера: у клиента уже должен быть сертификат УЦ, который его подписал."),
    [S_CERT_CHAIN_ONE_SELF] = S("Chain of 1 certificate, self-signed: there is no authority above it.",
            "Chaîne d'un seul certificat, auto-signé : aucune autorité au-dessus de lui.",
            "Цепочка из 1 сертификата, самоподписанного: над ним нет УЦ."),
    [S_CERT_CHAIN_N] = S("Chain of {1} certificates: the server's first, then the authorities', each meant to sign the one before; the root may be left out (the client must have it).",
            "Chaîne de {1} certificats : celui du serveur, puis ceux des autorités, chacun censé signer le précédent ; la racine peut manquer (le client doit l'avoir).",
            "Цепочка ({1}): сервер, затем УЦ, каждый заверяет предыдущий; без корня можно: он у клиента."),
    /* RFC 5280 4.1.2.7 (subjectPublicKeyInfo), 4.1.1.2 (signatureAlgorithm, the issuer's) */
    [S_CERT_KEY] = S("Its public key: {1}.", "Sa clé publique : {1}.",
                     "Его открытый ключ: {1}."),
    [S_CERT_KEY_SIG] = S("Its public key: {1}; the issuer signed the certificate with {2}.",
            "Sa clé publique : {1} ; l'émetteur a signé le certificat avec {2}.",
            "Его открытый ключ: {1}; издатель подписал сертификат алгоритмом {2}."),
    /* RFC 5280 4.1.1.2, 6.1: a self-signed certificate is signed with its own key */
    [S_CERT_KEY_SIG_SELF] = S("Its public key: {1}; the certificate is signed with {2}, by that same key.",
            "Sa clé publique : {1} ; le certificat est signé avec {2}, par cette même clé.",
            "Открытый ключ: {1}; сертификат подписан алгоритмом {2} этим же ключом."),
    /* RFC 5280 4.2.1.6 (subjectAltName dNSName), RFC 6125 6.4: the names a client checks */
    [S_CERT_NAMES] = S("DNS names it is valid for (subjectAltName): {1}.",
            "Noms DNS pour lesquels il est valable (subjectAltName) : {1}.",
            "Он действителен для имен DNS (subjectAltName): {1}."),
    [S_CERT_NAMES_CUT] = S("It is valid for {1} DNS names (subjectAltName), including: {2}",
            "Il est valable pour {1} noms DNS (subjectAltName), dont : {2}",
            "Он действителен для имен DNS (subjectAltName): {2} (всего {1})."),
    [S_CERT_NO_NAMES] = S("It lists no DNS name in a subjectAltName extension.",
                          "Il ne porte aucun nom DNS dans une extension subjectAltName.",
                          "В нем нет ни одного имени DNS в расширении subjectAltName."),
    /* RFC 6066 8, RFC 6960 */
    /* RFC 6066 8, RFC 6960 4.2.2.2: signed by the CA or a responder it designated */
    [S_STATUS_WHAT] = S("CertificateStatus: the server staples an OCSP response, a statement signed by the authority or its designated responder on its certificate's revocation status.",
                        "CertificateStatus : le serveur agrafe une réponse OCSP, attestation signée par l'autorité ou son répondeur désigné sur la révocation de son certificat.",
                        "CertificateStatus: сервер прикрепляет ответ OCSP — подписанное УЦ или его респондером заявление, отозван ли сертификат."),
    /* RFC 8446 4.4.3 */
    [S_SCV_WHAT] = S("CertificateVerify: the server signs the handshake so far with its certificate's private key.",
                     "CertificateVerify : le serveur signe la négociation jusqu'ici avec la clé privée de son certificat.",
                     "CertificateVerify: сервер подписывает рукопожатие до этого места закрытым ключом своего сертификата."),
    [S_SCV_ALGORITHM] = S("Signature algorithm: {1}.", "Algorithme de signature : {1}.",
                          "Алгоритм подписи: {1}."),
    [S_SCV_PROOF] = S("This signature, not the certificate, proves that the server holds the key: a copied certificate cannot make it.",
                      "C'est cette signature, et non le certificat, qui prouve que le serveur détient la clé : un certificat copié ne peut pas la produire.",
                      "Именно эта подпись, а не сертификат, доказывает, что у сервера есть ключ: с копией сертификата ее не сделать."),
    /* RFC 5246 7.4.3, RFC 8422 5.4 */
    [S_SKE_WHAT] = S("ServerKeyExchange: the server's ephemeral (EC)DH public value, meant for this connection only.",
                     "ServerKeyExchange : la valeur publique (EC)DH éphémère du serveur, destinée à cette seule connexion.",
                     "ServerKeyExchange: эфемерное открытое значение (EC)DH сервера, только для этого соединения."),
    [S_SKE_CURVE] = S("Curve: {1}.", "Courbe : {1}.",
                      "Кривая: {1}."),
    [S_SKE_SIGNED] = S("This message and both random numbers are signed with the certificate's private key: the proof that the certificate's owner is answering.",
                    "Ce message et les deux nombres aléatoires sont signés avec la clé privée du certificat : la preuve que le titulaire du certificat répond.",
                    "Это сообщение и оба случайных числа подписаны закрытым ключом сертификата: доказательство, что отвечает владелец сертификата."),
    [S_SKE_ALGORITHM] = S("Signature algorithm: {1}.", "Algorithme de signature : {1}.",
                          "Алгоритм подписи: {1}."),
    /* RFC 8422 5.7, RFC 5246 7.4.7.2 */
    /* RFC 5054 2.5.3: ServerSRPParams */
    [S_SKE_SRP] = S("ServerKeyExchange (SRP): the group (N, g), the user's salt and the server's ephemeral public value B; the client answers with its own value A.",
                    "ServerKeyExchange (SRP) : le groupe (N, g), le sel de l'utilisateur et la valeur publique éphémère B du serveur ; le client répond avec sa propre valeur A.",
                    "ServerKeyExchange (SRP): группа (N, g), соль пользователя и эфемерное открытое значение сервера B; клиент ответит своим значением A."),
    [S_SKE_CLIENT_LATER] = S("The client's public value comes later, in its ClientKeyExchange.",
                             "La valeur publique du client vient plus tard, dans son ClientKeyExchange.",
                             "Открытое значение клиента придет позже, в его ClientKeyExchange."),
    /* RFC 5246 7.4.3 (anonymous: no signature), RFC 8422 2.3 */
    [S_SKE_ANON] = S("This message is not signed (an anonymous suite): the client cannot tell who sent it.",
                  "Ce message n'est pas signé (suite anonyme) : le client ne peut pas savoir qui l'a envoyé.",
                  "Это сообщение не подписано (анонимный набор): клиент не может знать, кто его отправил."),
    /* RFC 4279 2-3, RFC 5489 2: a PSK suite's ServerKeyExchange is not signed */
    [S_SKE_PSK] = S("ServerKeyExchange (PSK suite): not signed; it carries at most a PSK identity hint (and, with (EC)DHE_PSK, the server's ephemeral value); the pre-shared key authenticates both sides.",
                    "ServerKeyExchange (suite PSK) : non signé ; il porte au plus une indication d'identité PSK (et, en (EC)DHE_PSK, la valeur éphémère du serveur) ; la clé pré-partagée authentifie les deux côtés.",
                    "ServerKeyExchange (набор PSK): без подписи; в нем максимум psk_identity_hint (и, с (EC)DHE_PSK, эфемерное значение сервера); обе стороны аутентифицирует PSK."),
    /* RFC 2246 7.4.3: a temporary RSA key for export when the certificate's is longer than 512 bits */
    [S_SKE_RSA_EXPORT] = S("ServerKeyExchange (RSA_EXPORT): a temporary 512-bit RSA key, signed with the certificate's key; the client encrypts the pre-master secret with it instead.",
                           "ServerKeyExchange (RSA_EXPORT) : une clé RSA temporaire de 512 bits, signée avec la clé du certificat ; le client chiffre le secret pré-maître avec elle, au lieu de la clé du certificat.",
                           "ServerKeyExchange (RSA_EXPORT): временный ключ RSA 512 бит, подписанный ключом сертификата; клиент шифрует предварительный секрет именно им."),
    /* RFC 5246 7.4.5 */
    [S_SHD_WHAT] = S("ServerHelloDone: the server has said everything for this round trip; it is now the client's turn.",
                     "ServerHelloDone : le serveur a tout dit pour cet aller-retour ; c'est au tour du client.",
                     "ServerHelloDone: сервер сказал все, что нужно в этом обмене туда и обратно; теперь очередь клиента."),
};
