/* sentence_texts.c - the sentences of the handshake explanations, English and French side by
 * side, one fact each, with the RFC section that makes it true in a comment.
 *
 * RFC 5246 is TLS 1.2, RFC 8446 TLS 1.3, RFC 6347 DTLS 1.2, RFC 8422 ECC for TLS <= 1.2,
 * RFC 5077 session tickets, RFC 7918 False Start. Each template stays well under
 * TLSEDU_SENTENCE_BYTES with its arguments (a unit test checks it); French templates use
 * plain spaces, tlsedu_say adds French typography's no-break spaces.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "sentences.h"

#include "tls_types.h"

#define S(en, fr) { { en, fr } }

static const tlsedu_sentence_t sentences[S_COUNT] = {
    /* ---- ClientHello: RFC 5246 7.4.1.2, RFC 8446 4.1.2 ---- */
    [S_CH_PROPOSES] = S("The client proposes: the versions it supports, its random number, the cipher suites it accepts and its extensions.",
                     "Le client propose : les versions qu'il prend en charge, son nombre aléatoire, les suites de chiffrement qu'il accepte et ses extensions."),
    /* RFC 8446 4.2.8: key_share in the ClientHello (it may be empty, then a HelloRetryRequest follows) */
    [S_CH_TLS13_SHARES] = S("It offers {2} and already sends key shares for {1}.",
            "Il propose {2} et envoie déjà des « key shares » pour {1}."),
    [S_CH_TLS13_SHARES_IN] = S("It offers {2} and already sends a key share for {1}.",
            "Il propose {2} et envoie déjà un « key share » pour {1}."),
    /* RFC 8446 2, 4.2.8: a share in the group the server picks saves a round trip */
    [S_CH_SHARES_WHAT] = S("Key shares are its public key-exchange values: if the server accepts one of their groups, keys are agreed in one round trip.",
                           "Les « key shares » sont ses valeurs publiques d'échange de clés : si le serveur accepte un de leurs groupes, les clés sont établies en un aller-retour."),
    [S_CH_TLS13_NO_SHARE] = S("It offers {2} but sends no key share: unless the server resumes with a pre-shared key alone or picks an older version, it must ask for one.",
            "Il propose {2} sans « key share » : sauf reprise par clé pré-partagée seule ou version plus ancienne, le serveur devra en demander un."),
    /* RFC 8446 4.2.1 (supported_versions, in preference order), RFC 5246 7.4.1.2 (client_version) */
    [S_CH_VERSIONS] = S("Versions offered: {1}.", "Versions proposées : {1}."),
    /* RFC 5246 7.4.1.2, RFC 8446 4.1.2: cipher_suites in the client's order of preference */
    [S_CH_SUITES] = S("It offers {1} cipher suites, in its order of preference, starting with {2}.",
                      "Il propose {1} suites de chiffrement, par ordre de préférence, en commençant par {2}."),
    [S_CH_SUITES_ALL] = S("It offers {1} cipher suites, in its order of preference: {2}.",
                          "Il propose {1} suites de chiffrement, par ordre de préférence : {2}."),
    /* RFC 8701 (GREASE), RFC 5746 3.3 and RFC 7507 (signalling values) are not suites */
    [S_CH_SUITES_SKIPPED] = S("GREASE or signalling values left out of the count: {1} (RFC 8701, RFC 5746, RFC 7507); they are not cipher suites.",
                              "Valeurs GREASE ou de signalisation non comptées : {1} (RFC 8701, RFC 5746, RFC 7507) ; ce ne sont pas des suites de chiffrement."),
    /* RFC 5246 7.4.1.2, E.1: without supported_versions, client_version is the highest it supports */
    [S_CH_VERSION_MAX] = S("Highest version offered: {1} (no supported_versions extension: the server may choose an older version the client also accepts).",
                           "Version la plus haute proposée : {1} (pas d'extension supported_versions : le serveur peut choisir une version plus ancienne que le client accepte aussi)."),
    [S_CH_SUITE_ONE] = S("It offers a single cipher suite: {2}.", "Il ne propose qu'une suite de chiffrement : {2}."),
    /* RFC 5246 8.1, 6.3 (master secret and key block from both randoms); RFC 8446 7.1 (transcript) */
    [S_CH_RANDOM] = S("Its random number (32 bytes) enters the key computation with the server's: each connection gets its own keys, even when it resumes an earlier session's secret.",
            "Son nombre aléatoire (32 octets) entre, avec celui du serveur, dans le calcul des clés : chaque connexion a ses propres clés, même quand elle reprend le secret d'une session antérieure."),
    /* RFC 7301 3.1: ALPN travels in the cleartext ClientHello */
    [S_CH_ALPN] = S("Application protocols offered (ALPN), readable by anyone on the path: {1}.",
                    "Protocoles applicatifs proposés (ALPN), lisibles par quiconque sur le chemin : {1}."),
    /* RFC 5246 7.4.1.2: a non-empty session_id asks to resume that session */
    [S_CH_RESUME_ID] = S("It sends the session ID of an earlier session, asking to resume it.",
            "Il envoie l'identifiant d'une session antérieure, pour demander à la reprendre."),
    /* RFC 8446 4.1.2, D.4: a TLS 1.3 client sets a session ID for middlebox compatibility */
    [S_CH_COMPAT_ID] = S("Its session ID asks to resume a TLS 1.2 session, or, for TLS 1.3, is there only for middlebox compatibility (RFC 8446, D.4).",
                         "Son identifiant de session demande à reprendre une session TLS 1.2 ou, pour TLS 1.3, n'est là que pour la compatibilité avec les équipements intermédiaires (RFC 8446, D.4)."),
    /* RFC 5077 3.1 */
    [S_CH_RESUME_TICKET] = S("It sends a session ticket from an earlier connection, asking to resume that session (RFC 5077).",
            "Il envoie un ticket de session d'une connexion antérieure, pour demander à reprendre cette session (RFC 5077)."),
    /* RFC 8446 2.2, 4.2.11 */
    [S_CH_RESUME_PSK] = S("It offers a pre-shared key set up by an earlier connection (its ticket names the key), to resume without a certificate.",
            "Il propose une clé pré-partagée établie lors d'une connexion antérieure (son ticket désigne la clé), pour reprendre sans certificat."),
    /* RFC 7301 3.1; in TLS 1.3 in the encrypted EncryptedExtensions (RFC 8446 4.3.1) */
    [S_ALPN_CHOSEN] = S("Application protocol chosen (ALPN): {1}.", "Protocole applicatif choisi (ALPN) : {1}."),
    /* RFC 6066 3: server_name travels in the cleartext ClientHello (ECH aside) */
    [S_CH_SNI] = S("It asks for the server by name (SNI), which anyone on the path can read: \"{1}\".",
                "Il demande le serveur par son nom (SNI), lisible par quiconque sur le chemin : « {1} »."),
    /* RFC 8446 4.2.10 */
    [S_CH_EARLY_DATA] = S("It announces early data (early_data extension): 0-RTT data may follow before the server answers.",
                          "Il annonce des données anticipées (extension early_data) : des données 0-RTT peuvent suivre avant la réponse du serveur."),
    /* RFC 8446 4.1.4, 4.1.2 */
    [S_CH_AGAIN] = S("Second ClientHello: the client answers the server's HelloRetryRequest with what the server asked for (a key share in another group, or the server's cookie).",
                  "Second ClientHello : le client répond au HelloRetryRequest du serveur avec ce que le serveur a demandé (un « key share » dans un autre groupe, ou le cookie du serveur)."),
    [S_CH_AGAIN_COST] = S("This is the extra round trip announced by the HelloRetryRequest.",
                       "C'est l'aller-retour supplémentaire annoncé par le HelloRetryRequest."),

    /* ---- ServerHello: RFC 5246 7.4.1.3, RFC 8446 4.1.3 ---- */
    [S_SH_CHOOSES] = S("The server chooses from the client's offer and sends its own random number.",
                       "Le serveur choisit dans l'offre du client et envoie son propre nombre aléatoire."),
    [S_SH_VERSION] = S("Version chosen: {1}.", "Version choisie : {1}."),
    [S_SH_SUITE] = S("Cipher suite chosen: {1}.", "Suite de chiffrement choisie : {1}."),
    /* RFC 8446 4.2.8, 7.1: both key shares give the (EC)DHE secret, then the handshake secrets */
    [S_SH13_GROUP] = S("It carries the server's key share in the group {1}: with the client's share, both sides now derive the handshake keys.",
                       "Il porte le « key share » du serveur dans le groupe {1} : avec celui du client, les deux côtés dérivent maintenant les clés de négociation."),
    [S_SH13_SHARE] = S("It carries the server's key share: with the client's share, both sides now derive the handshake keys.",
                       "Il porte le « key share » du serveur : avec celui du client, les deux côtés dérivent maintenant les clés de négociation."),
    /* RFC 8446 2: everything after the ServerHello is encrypted (a compatibility CCS aside, D.4) */
    [S_SH13_ENCRYPTED] = S("In TLS 1.3 every handshake message after this one is encrypted.",
                           "En TLS 1.3, tous les messages de négociation qui suivent celui-ci sont chiffrés."),
    /* RFC 5246 7.3, 7.4.1.3: the same session ID in the ServerHello resumes that session */
    [S_SH_RESUME_ID] = S("It echoes the client's session ID: the server resumes that earlier session (an abbreviated handshake).",
                         "Il renvoie l'identifiant de session du client : le serveur reprend cette session antérieure (négociation abrégée)."),
    /* RFC 5077 3.1: the server accepted the ticket the client sent */
    [S_SH_RESUME_TICKET] = S("It accepts the client's session ticket: the server resumes the session kept in it (an abbreviated handshake).",
                             "Il accepte le ticket de session du client : le serveur reprend la session qu'il contient (négociation abrégée)."),
    /* RFC 5246 7.3: no Certificate, no key exchange; keys from the old master secret and the new randoms (6.3) */
    [S_SH_RESUME_NO_KEX] = S("No certificate and no key exchange follow: the earlier master secret is reused, with the two new random numbers, for fresh session keys.",
                             "Ni certificat ni échange de clés ne suivent : le secret maître de la session antérieure est réutilisé, avec les deux nouveaux nombres aléatoires, pour de nouvelles clés de session."),
    /* RFC 8446 2.2, 4.2.11: pre_shared_key in the ServerHello; no Certificate with a PSK */
    [S_SH_RESUME_PSK] = S("It accepts one of the client's pre-shared keys, generally from a ticket of an earlier connection (a resumption): no certificate is sent.",
                       "Il accepte une des clés pré-partagées du client, en général issue d'un ticket d'une connexion antérieure (reprise) : aucun certificat n'est envoyé."),
    /* RFC 8446 4.1.3, 4.1.4 */
    [S_HRR_WHAT] = S("HelloRetryRequest: a ServerHello whose random field holds a fixed special value (RFC 8446, 4.1.3).",
                  "HelloRetryRequest : un ServerHello dont le champ random porte une valeur spéciale fixe (RFC 8446, 4.1.3)."),
    /* RFC 8446 4.2.2; in DTLS 1.3 the cookie replaces HelloVerifyRequest (RFC 9147 5.1) */
    [S_HRR_WHY] = S("It asks for no other group, only returns a cookie for the client to echo in a second ClientHello: the server keeps no state meanwhile and, over UDP, the client proves its address (RFC 8446, 4.2.2).",
            "Il ne demande pas d'autre groupe, seulement de répéter un cookie dans un second ClientHello : le serveur ne garde aucun état entre-temps et, sur UDP, le client prouve son adresse (RFC 8446, 4.2.2)."),
    [S_HRR_WHY_GROUP] = S("The server accepts the client's offer, but none of its key shares is in a group it wants.",
                          "Le serveur accepte l'offre du client, mais aucun de ses « key shares » n'est dans un groupe qu'il veut."),
    [S_HRR_GROUP] = S("It asks for a new ClientHello with a key share in the group {1}.",
                      "Il demande un nouveau ClientHello avec un « key share » dans le groupe {1}."),
    [S_HRR_COST] = S("This costs one more round trip.", "Cela coûte un aller-retour de plus."),
    /* RFC 6347 4.2.1 */
    [S_HVR_WHAT] = S("HelloVerifyRequest (DTLS): the server sends a cookie that the client must return in a new ClientHello.",
                     "HelloVerifyRequest (DTLS) : le serveur envoie un cookie que le client doit renvoyer dans un nouveau ClientHello."),
    [S_HVR_WHY] = S("The client thus proves that it really receives packets at its source address before the server does any costly work: a defence against floods from spoofed addresses over UDP.",
                 "Le client prouve ainsi qu'il reçoit bien les paquets envoyés à son adresse avant que le serveur ne fasse un travail coûteux : une parade aux inondations à adresse source usurpée sur UDP."),
    [S_HVR_COST] = S("The cookie exchange costs one more round trip.",
                     "L'échange de cookie coûte un aller-retour de plus."),
    /* RFC 8446 4.3.1 */
    [S_EE_WHAT] = S("EncryptedExtensions (TLS 1.3): the server's first encrypted message.",
                    "EncryptedExtensions (TLS 1.3) : le premier message chiffré du serveur."),
    [S_EE_ALPN] = S("It answers the client's extensions that do not concern the key exchange, such as ALPN, the application protocol.",
                    "Il répond aux extensions du client qui ne touchent pas l'échange de clés, comme ALPN, le protocole applicatif."),

    /* ---- weak suites ---- */
    /* RFC 5246 A.5, 6.2.3.1: NULL cipher, the record is only MACed */
    [S_WEAK_NULL] = S("NULL encryption: the data will travel in cleartext, with integrity only.",
                      "Chiffrement NULL : les données circuleront en clair, avec seulement un contrôle d'intégrité."),
    /* RFC 5246 A.5: TLS_NULL_WITH_NULL_NULL, the initial state: no cipher and no MAC */
    [S_WEAK_NULL_NULL] = S("No encryption and no integrity: anyone on the path can read and change the data.",
                           "Ni chiffrement ni contrôle d'intégrité : quiconque sur le chemin peut lire et modifier les données."),
    /* RFC 5246 A.5, RFC 8422 2.3: anonymous (EC)DH, no certificate, no signature */
    [S_WEAK_ANON] = S("Anonymous suite: no certificate and no signature, so nobody is authenticated; a man in the middle can read and change everything.",
                   "Suite anonyme : ni certificat ni signature, personne n'est authentifié ; un attaquant placé au milieu (attaque de l'homme du milieu) peut tout lire et tout modifier."),
    /* RFC 4346 A.5 (export suites must not be negotiated); FREAK, Logjam */
    [S_WEAK_EXPORT] = S("Export suite: deliberately weakened, with 40- or 56-bit cipher keys and a 512-bit RSA or DH key exchange (1024 for EXPORT1024), broken today (FREAK, Logjam).",
                     "Suite d'exportation : volontairement affaiblie, avec des clés de chiffrement de 40 ou 56 bits et un échange RSA ou DH de 512 bits (1024 pour EXPORT1024), cassée aujourd'hui (FREAK, Logjam)."),
    [S_WEAK_RC4] = S("RC4 is broken and prohibited in TLS (RFC 7465).",   /* RFC 7465 2 */
                     "RC4 est cassé et interdit dans TLS (RFC 7465)."),
    [S_WEAK_DES] = S("Single DES: a 56-bit key, found by brute force in hours.",   /* RFC 5469 */
                     "DES simple : une clé de 56 bits, trouvée par force brute en quelques heures."),
    [S_WEAK_3DES] = S("3DES: 64-bit blocks, open to collision attacks on long connections (Sweet32).",   /* RFC 9325 4.1 */
                      "3DES : des blocs de 64 bits, exposés aux attaques par collision sur les longues connexions (Sweet32)."),
    [S_WEAK_IDEA] = S("IDEA: obsolete (RFC 5469), with 64-bit blocks open to collision attacks on long connections (Sweet32).",   /* RFC 5469, RFC 9325 4.1 */
                      "IDEA : obsolète (RFC 5469), avec des blocs de 64 bits exposés aux attaques par collision sur les longues connexions (Sweet32)."),
    [S_WEAK_MD5] = S("Its records' MAC uses MD5, an obsolete hash.",
                  "Le MAC de ses enregistrements utilise MD5, une fonction de hachage obsolète."),

    /* ---- the server's authentication: RFC 5246 7.4.2, RFC 8446 4.4.2 ---- */
    [S_CERT_CHAIN] = S("The server sends its certificate chain: its public key and its name, signed by a certificate authority.",
                       "Le serveur envoie sa chaîne de certificats : sa clé publique et son nom, signés par une autorité de certification."),
    /* RFC 5280 3.2, 6.1: a self-signed certificate is signed with its own key, a trust anchor at best */
    [S_CERT_SELF_SIGNED] = S("The server sends its certificate: its public key and its name, signed with its own key (self-signed): no certificate authority vouches for it.",
                             "Le serveur envoie son certificat : sa clé publique et son nom, signés avec sa propre clé (auto-signé) : aucune autorité de certification ne s'en porte garante."),
    [S_CERT_PUBLIC] = S("A certificate is public: anyone can send a copy, so by itself it proves nothing.",
                        "Un certificat est public : n'importe qui peut en envoyer une copie, il ne prouve donc rien à lui seul."),
    /* RFC 8446 4.4.3 */
    [S_CERT_PROOF_13] = S("The proof comes next: CertificateVerify, a signature made with the certificate's private key.",
                          "La preuve vient ensuite : CertificateVerify, une signature faite avec la clé privée du certificat."),
    /* RFC 5246 7.4.3, RFC 8422 5.4 */
    [S_CERT_PROOF_12_SIGNED] = S("The proof comes next: the ServerKeyExchange, signed with the certificate's private key.",
                                 "La preuve vient ensuite : le ServerKeyExchange, signé avec la clé privée du certificat."),
    /* RFC 5246 7.4.7.1, 7.4.9, F.1.1.2: only the key's holder can decrypt the pre-master secret */
    [S_CERT_PROOF_RSA] = S("With RSA key transport the server signs nothing: only the holder of the private key can decrypt the pre-master secret, which its Finished shows.",
                        "Avec le transport de clé RSA, le serveur ne signe rien : seul le détenteur de la clé privée peut déchiffrer le secret pré-maître, ce que montre son Finished."),
    [S_CERT_PROOF_ANY] = S("The proof that the server holds the private key comes later: a signature, or its Finished (RSA key transport, static (EC)DH: only the key's holder can compute the keys).",
                        "La preuve que le serveur détient la clé privée vient plus tard : une signature, ou son Finished (transport de clé RSA, (EC)DH statique : seul le détenteur de la clé peut calculer les clés)."),
    /* RFC 5280 6, RFC 6125 6 */
    [S_CERT_CHECKS] = S("The client must check that the chain leads to an authority it trusts, that its certificates are within their dates and not revoked, and that the server's names the server it asked for.",
            "Le client doit vérifier que la chaîne mène à une autorité de confiance, que ses certificats sont en cours de validité et non révoqués, et que celui du serveur porte le nom demandé."),
    /* RFC 6125 6.3, RFC 9525 6.3: the reference identity is the name the client asked for */
    /* RFC 5280 6.1: a self-signed certificate is its own trust anchor */
    [S_CERT_CHECKS_SELF] = S("With no authority above it, a client accepts it only if it already trusts this very certificate; it must still check its dates and that it names the server asked for.",
                             "Sans autorité au-dessus de lui, un client ne l'accepte que s'il fait déjà confiance à ce certificat précis ; il doit encore vérifier ses dates et qu'il porte le nom demandé."),
    /* RFC 9525 6.3 (RFC 6125 6.4.4 allowed the CN; RFC 9525 no longer does) */
    [S_CERT_NAME_NO_DNS] = S("It lists no DNS name, so current clients (RFC 9525) cannot match \"{1}\": they must refuse it; its CN is no longer checked.",
                             "Il ne porte aucun nom DNS : les clients actuels (RFC 9525) ne peuvent pas y trouver « {1} » et doivent le refuser ; son CN n'est plus vérifié."),
    [S_CERT_NAME_MISMATCH] = S("Here the certificate does not name the server asked for (\"{1}\"): a client that checks must refuse it.",
                               "Ici, le certificat ne porte pas le nom demandé (« {1} ») : un client qui vérifie doit le refuser."),
    [S_CERT_SUBJECT] = S("The server's certificate: \"{1}\".", "Certificat du serveur : « {1} »."),
    [S_CERT_ISSUER] = S("Issued by \"{1}\".", "Émis par « {1} »."),
    /* RFC 8446 2: the Certificate is encrypted under the handshake keys */
    [S_CERT_ENCRYPTED_13] = S("In TLS 1.3 the certificate travels encrypted: it is shown here thanks to the key log.",
                              "En TLS 1.3, le certificat circule chiffré : il est montré ici grâce au journal des clés."),
    /* RFC 5246 7.4.2, RFC 8446 4.4.2: the sender's certificate first, each following one
     * certifying the one before; the root may be left out, the client must already have it */
    [S_CERT_CHAIN_ONE] = S("Chain of 1 certificate, the server's own: the client must already hold the certificate of the authority that signed it.",
                           "Chaîne d'un seul certificat, celui du serveur : le client doit déjà détenir le certificat de l'autorité qui l'a signé."),
    [S_CERT_CHAIN_ONE_SELF] = S("Chain of 1 certificate, self-signed: there is no authority above it.",
            "Chaîne d'un seul certificat, auto-signé : aucune autorité au-dessus de lui."),
    [S_CERT_CHAIN_N] = S("Chain of {1} certificates: the server's first, then the authorities', each meant to sign the one before; the root may be left out (the client must have it).",
            "Chaîne de {1} certificats : celui du serveur, puis ceux des autorités, chacun censé signer le précédent ; la racine peut manquer (le client doit l'avoir)."),
    /* RFC 5280 4.1.2.7 (subjectPublicKeyInfo), 4.1.1.2 (signatureAlgorithm, the issuer's) */
    [S_CERT_KEY] = S("Its public key: {1}.", "Sa clé publique : {1}."),
    [S_CERT_KEY_SIG] = S("Its public key: {1}; the issuer signed the certificate with {2}.",
            "Sa clé publique : {1} ; l'émetteur a signé le certificat avec {2}."),
    /* RFC 5280 4.1.1.2, 6.1: a self-signed certificate is signed with its own key */
    [S_CERT_KEY_SIG_SELF] = S("Its public key: {1}; the certificate is signed with {2}, by that same key.",
            "Sa clé publique : {1} ; le certificat est signé avec {2}, par cette même clé."),
    /* RFC 5280 4.2.1.6 (subjectAltName dNSName), RFC 6125 6.4: the names a client checks */
    [S_CERT_NAMES] = S("DNS names it is valid for (subjectAltName): {1}.",
            "Noms DNS pour lesquels il est valable (subjectAltName) : {1}."),
    [S_CERT_NAMES_CUT] = S("It is valid for {1} DNS names (subjectAltName), including: {2}",
            "Il est valable pour {1} noms DNS (subjectAltName), dont : {2}"),
    [S_CERT_NO_NAMES] = S("It lists no DNS name in a subjectAltName extension.",
                          "Il ne porte aucun nom DNS dans une extension subjectAltName."),
    /* RFC 6066 8, RFC 6960 */
    [S_STATUS_WHAT] = S("CertificateStatus: the server staples an OCSP response, the authority's signed statement of its certificate's revocation status.",
                        "CertificateStatus : le serveur agrafe une réponse OCSP, l'attestation signée de l'autorité sur la révocation de son certificat."),
    /* RFC 8446 4.4.3 */
    [S_SCV_WHAT] = S("CertificateVerify: the server signs the handshake so far with its certificate's private key.",
                     "CertificateVerify : le serveur signe la négociation jusqu'ici avec la clé privée de son certificat."),
    [S_SCV_ALGORITHM] = S("Signature algorithm: {1}.", "Algorithme de signature : {1}."),
    [S_SCV_PROOF] = S("This signature, not the certificate, proves that the server holds the key: a copied certificate cannot make it.",
                      "C'est cette signature, et non le certificat, qui prouve que le serveur détient la clé : un certificat copié ne peut pas la produire."),
    /* RFC 5246 7.4.3, RFC 8422 5.4 */
    [S_SKE_WHAT] = S("ServerKeyExchange: the server's ephemeral (EC)DH public value, meant for this connection only.",
                     "ServerKeyExchange : la valeur publique (EC)DH éphémère du serveur, destinée à cette seule connexion."),
    [S_SKE_CURVE] = S("Curve: {1}.", "Courbe : {1}."),
    [S_SKE_SIGNED] = S("This message and both random numbers are signed with the certificate's private key: the proof that the certificate's owner is answering.",
                    "Ce message et les deux nombres aléatoires sont signés avec la clé privée du certificat : la preuve que le titulaire du certificat répond."),
    [S_SKE_ALGORITHM] = S("Signature algorithm: {1}.", "Algorithme de signature : {1}."),
    /* RFC 8422 5.7, RFC 5246 7.4.7.2 */
    [S_SKE_CLIENT_LATER] = S("The client's public value comes later, in its ClientKeyExchange.",
                             "La valeur publique du client vient plus tard, dans son ClientKeyExchange."),
    /* RFC 5246 7.4.3 (anonymous: no signature), RFC 8422 2.3 */
    [S_SKE_ANON] = S("This message is not signed (an anonymous suite): the client cannot tell who sent it.",
                  "Ce message n'est pas signé (suite anonyme) : le client ne peut pas savoir qui l'a envoyé."),
    /* RFC 4279 2-3, RFC 5489 2: a PSK suite's ServerKeyExchange is not signed */
    [S_SKE_PSK] = S("ServerKeyExchange (PSK suite): not signed; it carries at most a PSK identity hint (and, with (EC)DHE_PSK, the server's ephemeral value); the pre-shared key authenticates both sides.",
                    "ServerKeyExchange (suite PSK) : non signé ; il porte au plus une indication d'identité PSK (et, en (EC)DHE_PSK, la valeur éphémère du serveur) ; la clé pré-partagée authentifie les deux côtés."),
    /* RFC 2246 7.4.3: a temporary RSA key for export when the certificate's is longer than 512 bits */
    [S_SKE_RSA_EXPORT] = S("ServerKeyExchange (RSA_EXPORT): a temporary 512-bit RSA key, signed with the certificate's key; the client encrypts the pre-master secret with it instead.",
                           "ServerKeyExchange (RSA_EXPORT) : une clé RSA temporaire de 512 bits, signée avec la clé du certificat ; le client chiffre le secret pré-maître avec elle, au lieu de la clé du certificat."),
    /* RFC 5246 7.4.5 */
    [S_SHD_WHAT] = S("ServerHelloDone: the server has said everything for this round trip; it is now the client's turn.",
                     "ServerHelloDone : le serveur a tout dit pour cet aller-retour ; c'est au tour du client."),

    /* ---- the key exchange: RFC 5246 7.4.7 ---- */
    [S_CKE_WHAT] = S("ClientKeyExchange: the client's part of the key exchange.",
                     "ClientKeyExchange : la part du client dans l'échange de clés."),
    /* RFC 5246 7.4.7.1: a 48-byte pre-master secret, RSA-encrypted */
    [S_CKE_RSA] = S("RSA key transport: the client picks a 48-byte pre-master secret and sends it encrypted with the public key of the server's certificate.",
                    "Transport de clé RSA : le client choisit un secret pré-maître de 48 octets et l'envoie chiffré avec la clé publique du certificat du serveur."),
    [S_CKE_RSA_EXPORT] = S("With this RSA_EXPORT suite the key may be the temporary 512-bit key of a ServerKeyExchange instead of the certificate's.",   /* RFC 2246 7.4.3 */
                           "Avec cette suite RSA_EXPORT, la clé peut être la clé temporaire de 512 bits d'un ServerKeyExchange au lieu de celle du certificat."),
    /* RFC 5246 8.1, 6.3 */
    [S_CKE_RSA_DERIVE] = S("Both sides then compute the master secret from it and both random numbers, then the session keys from the master secret.",
                           "Les deux côtés en calculent ensuite le secret maître, avec les deux nombres aléatoires, puis les clés de session à partir du secret maître."),
    [S_CKE_RSA_COURSE] = S("The course's \"session key encrypted with the server's public key\" is this pre-master secret: the session keys themselves never travel.",
                           "La « clé de session chiffrée avec la clé publique du serveur » du cours est ce secret pré-maître : les clés de session elles-mêmes ne circulent jamais."),
    /* RFC 8446 1.2 (static RSA removed), E.1 */
    [S_CKE_RSA_NO_FS] = S("No forward secrecy: whoever later obtains the server's private key can decrypt every recorded session. TLS 1.3 removed this method.",
                       "Pas de confidentialité persistante : qui obtient plus tard la clé privée du serveur peut déchiffrer toutes les sessions enregistrées. TLS 1.3 a supprimé cette méthode."),
    /* RFC 8422 5.7, RFC 5246 7.4.7.2, 8.1.2 */
    [S_CKE_DHE] = S("(EC)DHE: the client sends its ephemeral public value, the answer to the server's in the ServerKeyExchange.",
                    "(EC)DHE : le client envoie sa valeur publique éphémère, la réponse à celle du serveur dans le ServerKeyExchange."),
    [S_CKE_DHE_SAME] = S("Each side combines its own private value with the other's public value: both get the same pre-master secret, which never travels.",
                         "Chaque côté combine sa valeur privée avec la valeur publique de l'autre : tous deux obtiennent le même secret pré-maître, qui ne circule jamais."),
    [S_CKE_DHE_DERIVE] = S("Then, as with RSA, come the master secret (with both random numbers) and the session keys; the certificate's key only signed, so the session has forward secrecy once the ephemeral keys are erased.",
                        "Viennent ensuite, comme avec RSA, le secret maître (avec les deux nombres aléatoires) et les clés de session ; la clé du certificat n'a fait que signer : confidentialité persistante, une fois les clés éphémères effacées."),
    /* RFC 5246 7.4.3, RFC 8422 2.3: anonymous, nothing signed */
    [S_CKE_DHE_DERIVE_ANON] = S("Then, as with RSA, come the master secret (with both random numbers) and the session keys: forward secret, but as nothing was signed, nobody knows who is at the other end.",
                                "Viennent ensuite, comme avec RSA, le secret maître (avec les deux nombres aléatoires) et les clés de session ; confidentialité persistante, mais rien n'étant signé, personne ne sait qui est à l'autre bout."),
    [S_CKE_DHE_COURSE] = S("The course's \"session key encrypted with the server's public key\" is not sent here, not even encrypted.",
                        "La « clé de session chiffrée avec la clé publique du serveur » du cours n'est pas envoyée ici, pas même chiffrée."),
    /* RFC 4279 3, RFC 5489 2 */
    [S_CKE_DHE_PSK] = S("(EC)DHE_PSK: the client sends its PSK identity and its ephemeral public value; the pre-master secret combines the (EC)DH result with the pre-shared key.",
                        "(EC)DHE_PSK : le client envoie l'identité de sa clé pré-partagée et sa valeur publique éphémère ; le secret pré-maître combine le résultat (EC)DH et la clé pré-partagée."),
    /* RFC 5246 7.1 */
    [S_CCS_CLIENT] = S("ChangeCipherSpec (client): from its next record on, the client protects what it sends with the keys just agreed.",
                       "ChangeCipherSpec (client) : à partir de son enregistrement suivant, le client protège ce qu'il envoie avec les clés qui viennent d'être convenues."),
    [S_CCS_SERVER] = S("ChangeCipherSpec (server): from its next record on, the server protects what it sends with the keys just agreed.",
                       "ChangeCipherSpec (serveur) : à partir de son enregistrement suivant, le serveur protège ce qu'il envoie avec les clés qui viennent d'être convenues."),
    [S_CCS_ANY] = S("ChangeCipherSpec: from its next record on, this side protects what it sends with the keys just agreed.",
                    "ChangeCipherSpec : à partir de son enregistrement suivant, ce côté protège ce qu'il envoie avec les clés qui viennent d'être convenues."),

    /* ---- Finished: RFC 5246 7.4.9, RFC 8446 4.4.4 ---- */
    [S_FIN_ANY] = S("Finished: a MAC over the whole handshake, with keys from this handshake.",
                    "Finished : un MAC sur toute la négociation, avec des clés issues de cette négociation."),
    [S_FIN_MAC] = S("The other side checks it: both saw the same messages (nobody tampered with the negotiation) and hold the same keys.",
                    "L'autre côté le vérifie : tous deux ont vu les mêmes messages (personne n'a modifié la négociation) et détiennent les mêmes clés."),
    /* RFC 5246 7.1, 7.4.9: the first message under the new keys, after this side's CCS */
    [S_FIN12_CLIENT] = S("Finished (client): the first message under the new keys, right after the client's ChangeCipherSpec; a MAC over the whole handshake.",
                         "Finished (client) : premier message protégé par les nouvelles clés, juste après le ChangeCipherSpec du client ; un MAC sur toute la négociation."),
    [S_FIN12_SERVER] = S("Finished (server): the first message under the new keys, right after the server's ChangeCipherSpec; a MAC over the whole handshake.",
                         "Finished (serveur) : premier message protégé par les nouvelles clés, juste après le ChangeCipherSpec du serveur ; un MAC sur toute la négociation."),
    [S_FIN12_INF_CLIENT] = S("Encrypted Finished (inferred): the client's first handshake record after its ChangeCipherSpec, under the new keys.",
                             "Finished chiffré (déduit) : le premier enregistrement de négociation du client après son ChangeCipherSpec, sous les nouvelles clés."),
    [S_FIN12_INF_SERVER] = S("Encrypted Finished (inferred): the server's first handshake record after its ChangeCipherSpec, under the new keys.",
                             "Finished chiffré (déduit) : le premier enregistrement de négociation du serveur après son ChangeCipherSpec, sous les nouvelles clés."),
    /* RFC 5246 7.3: full handshake, client first; abbreviated, server first */
    [S_FIN12_SERVER_NEXT] = S("The server's ChangeCipherSpec and Finished are still to come.",
                              "Le ChangeCipherSpec et le Finished du serveur restent à venir."),
    [S_FIN12_CLIENT_NEXT] = S("A resumption: the server finishes first; the client's ChangeCipherSpec and Finished are still to come.",
                              "Reprise : le serveur finit le premier ; le ChangeCipherSpec et le Finished du client restent à venir."),
    [S_FIN12_RESUMED_DONE] = S("A resumption: the server finished first, so the handshake is now complete.",
                               "Reprise : le serveur a fini le premier, la négociation est donc terminée."),
    [S_FIN12_DONE] = S("The handshake is now complete in both directions.",
                       "La négociation est maintenant terminée dans les deux sens."),
    /* RFC 8446 4.4.4, 7.1: finished_key from the handshake traffic secret; server first */
    [S_FIN13_SERVER] = S("Finished (server, TLS 1.3): a MAC over the whole handshake, keyed from the server's handshake traffic secret.",
                         "Finished (serveur, TLS 1.3) : un MAC sur toute la négociation, avec une clé dérivée du secret de trafic de négociation du serveur."),
    /* RFC 8446 4.4.4: the server may send data after its first flight (0.5-RTT) */
    [S_FIN13_SERVER_DATA] = S("The client checks it; the server may already send application data.",
                              "Le client le vérifie ; le serveur peut déjà envoyer des données applicatives."),
    [S_FIN13_CLIENT] = S("Finished (client, TLS 1.3): a MAC over the whole handshake, keyed from the client's handshake traffic secret.",
                         "Finished (client, TLS 1.3) : un MAC sur toute la négociation, avec une clé dérivée du secret de trafic de négociation du client."),
    /* RFC 8446 7.1: then the application traffic secrets */
    [S_FIN13_CLIENT_KEYS] = S("It ends the handshake: the client now sends with its application traffic keys.",
                              "Il clôt la négociation : le client chiffre désormais avec ses clés de trafic applicatif."),
    /* RFC 8446 4.4: the client's Certificate/CertificateVerify/Finished, same handshake keys */
    [S_FIN13_INF_CLIENT] = S("Encrypted Finished (inferred): the client's Finished, under the same handshake keys as its Certificate and CertificateVerify if it sent them.",
                             "Finished chiffré (déduit) : le Finished du client, sous les mêmes clés de négociation que son Certificate et son CertificateVerify s'il les a envoyés."),
    [S_FIN13_INF_ENDS] = S("It ends the handshake.", "Il clôt la négociation."),
    [S_FIN13_UNCERTAIN] = S("This inference is uncertain: without the keys, this client flight may hold other messages too (an EndOfEarlyData, or an EncryptedExtensions for ALPS, a Chrome extension still in draft).",
                         "Cette déduction est incertaine : sans les clés, cet envoi du client peut contenir d'autres messages (un EndOfEarlyData, ou un EncryptedExtensions pour ALPS, une extension de Chrome encore en brouillon)."),
    [S_FIN_INF_ANY] = S("Encrypted Finished (inferred): this side's Finished, a MAC over the whole handshake.",
                        "Finished chiffré (déduit) : le Finished de ce côté, un MAC sur toute la négociation."),

    /* ---- after the handshake ---- */
    /* RFC 5077 3.3: sent before the server's ChangeCipherSpec */
    [S_NST12_WHAT] = S("NewSessionTicket: before its ChangeCipherSpec, the server hands the client a ticket: the session's state, encrypted with a key only the server knows.",
                       "NewSessionTicket : avant son ChangeCipherSpec, le serveur remet au client un ticket : l'état de la session, chiffré avec une clé que seul le serveur connaît."),
    [S_NST12_USE] = S("With it, a later connection can resume this session without a full handshake.",
                      "Avec lui, une connexion ultérieure pourra reprendre cette session sans négociation complète."),
    /* RFC 8446 4.6.1 */
    [S_NST13_WHAT] = S("NewSessionTicket (TLS 1.3): once its Finished is sent, the server gives the client a ticket, the identity of a pre-shared key for a later connection.",
                       "NewSessionTicket (TLS 1.3) : une fois son Finished envoyé, le serveur donne au client un ticket, l'identité d'une clé pré-partagée pour une connexion ultérieure."),
    [S_NST13_USE] = S("With it, the next connection can resume without a certificate, and may send 0-RTT data if the ticket allows it.",
                      "Avec lui, la connexion suivante pourra reprendre sans certificat, et envoyer des données 0-RTT si le ticket le permet."),
    /* RFC 8446 4.5 */
    [S_EOED_WHAT] = S("EndOfEarlyData: the client's 0-RTT data ends here.",
                      "EndOfEarlyData : les données 0-RTT du client s'arrêtent ici."),
    [S_EOED_NEXT] = S("What the client sends next is protected with the keys of this handshake.",
                      "Ce que le client envoie ensuite est protégé par les clés de cette négociation."),
    /* RFC 8446 4.6.3 */
    [S_KEY_UPDATE] = S("KeyUpdate: this side switches to fresh traffic keys, derived from the current ones.",
                       "KeyUpdate : ce côté passe à de nouvelles clés de trafic, dérivées des actuelles."),
    /* RFC 5246 7.4.1.1 */
    [S_HELLO_REQUEST] = S("HelloRequest: the server asks the client to start a new handshake (a renegotiation).",
                          "HelloRequest : le serveur demande au client de recommencer une négociation (renégociation)."),
    /* RFC 8446 D.4 */
    [S_COMPAT_CCS] = S("ChangeCipherSpec in TLS 1.3 changes nothing: it is sent only so that middleboxes that expect TLS 1.2 let the connection through (RFC 8446, D.4).",
                    "ChangeCipherSpec en TLS 1.3 ne change rien : il est envoyé seulement pour que les équipements intermédiaires qui attendent TLS 1.2 laissent passer la connexion (RFC 8446, D.4)."),

    /* ---- client authentication: RFC 5246 7.4.4, 7.4.6, 7.4.8; RFC 8446 4.3.2, 4.4.2.4, 4.4.3 ---- */
    [S_CR_WHAT] = S("CertificateRequest: the server asks the client to authenticate with a certificate of its own (mutual TLS).",
                 "CertificateRequest : le serveur demande au client de s'authentifier avec son propre certificat (TLS mutuel, mTLS)."),
    [S_CR_DECLINE] = S("The client may decline with an empty Certificate; the server then decides whether to go on.",
                       "Le client peut refuser avec un Certificate vide ; le serveur décide alors s'il continue."),
    [S_CCERT_WHAT] = S("The client sends its own certificate chain, as the server asked.",
                       "Le client envoie sa propre chaîne de certificats, comme le serveur l'a demandé."),
    [S_CCERT_PROOF] = S("Like the server's, it proves nothing by itself: the proof is the client's CertificateVerify, signed with its private key.",
                     "Comme celle du serveur, elle ne prouve rien à elle seule : la preuve est le CertificateVerify du client, signé avec sa clé privée."),
    [S_CCERT_EMPTY] = S("The client's Certificate is empty: it has no suitable certificate, or declines to authenticate.",
                        "Le Certificate du client est vide : il n'a pas de certificat qui convienne, ou refuse de s'authentifier."),
    [S_CCERT_EMPTY_NEXT] = S("No CertificateVerify follows; the server either goes on without knowing the client or aborts the handshake.",
                             "Aucun CertificateVerify ne suit ; le serveur continue sans connaître le client ou interrompt la négociation."),
    [S_CCV_WHAT] = S("CertificateVerify (client): the client signs the handshake so far with its certificate's private key.",
                     "CertificateVerify (client) : le client signe la négociation jusqu'ici avec la clé privée de son certificat."),
    [S_CCV_ALGORITHM] = S("Signature algorithm: {1}.", "Algorithme de signature : {1}."),
    [S_CCV_PROOF] = S("This signature proves that the client holds the key of the certificate it sent.",
                      "Cette signature prouve que le client détient la clé du certificat qu'il a envoyé."),

    /* ---- application data: RFC 5246 6.2.3, RFC 8446 5.2 ---- */
    [S_DATA_WHAT] = S("Application data, encrypted and authenticated with the keys from the handshake.",
                   "Données applicatives, chiffrées et authentifiées avec les clés issues de la négociation."),
    [S_DATA_SEEN] = S("An eavesdropper sees only its size and timing.",
                      "Un observateur n'en voit que la taille et le moment."),
    /* RFC 5246 6.2.3.1 with the NULL cipher */
    [S_DATA_NULL] = S("Application data under a NULL cipher: authenticated but NOT encrypted; anyone on the path can read it.",
                      "Données applicatives sous un chiffrement NULL : authentifiées mais NON chiffrées ; quiconque sur le chemin peut les lire."),
    [S_DATA_NULL_NULL] = S("Application data with neither encryption nor integrity (TLS_NULL_WITH_NULL_NULL): anyone on the path can read and change it.",
                           "Données applicatives sans chiffrement ni contrôle d'intégrité (TLS_NULL_WITH_NULL_NULL) : quiconque sur le chemin peut les lire et les modifier."),
    /* RFC 8446 5.2: outer type application_data(23) for every protected record */
    [S_DATA13_INF] = S("Encrypted record (inferred): in TLS 1.3 every protected record shows the outer type application_data (23).",
                       "Enregistrement chiffré (déduit) : en TLS 1.3, tout enregistrement protégé montre le type extérieur application_data (23)."),
    [S_DATA13_INF_WHICH] = S("Without the keys, this is application data or a post-handshake message (NewSessionTicket, KeyUpdate), or an alert: they cannot be told apart.",
                          "Sans les clés, impossible de distinguer des données applicatives, un message postérieur à la négociation (NewSessionTicket, KeyUpdate) ou une alerte."),
    [S_DATA_INF] = S("Encrypted application data (inferred): without the keys only the record's type, size and timing are visible.",
                     "Données applicatives chiffrées (déduites) : sans les clés, seuls le type, la taille et le moment de l'enregistrement sont visibles."),
    /* RFC 8446 2.3, 8, E.5 */
    [S_EARLY_0RTT] = S("0-RTT data from the client, sent before the handshake finished, under a pre-shared key from an earlier connection.",
                       "Données 0-RTT du client, envoyées avant la fin de la négociation, sous une clé pré-partagée d'une connexion antérieure."),
    [S_EARLY_0RTT_RISK] = S("No forward secrecy, and an attacker can replay it: a server should accept only requests without side effects this way.",
                         "Pas de confidentialité persistante, et un attaquant peut les rejouer : un serveur ne devrait accepter en 0-RTT que des requêtes sans effet de bord."),
    [S_EARLY_0RTT_INF] = S("Early data (0-RTT, inferred): the client sends encrypted data before the server's answer, under a key from an earlier connection.",
                           "Données anticipées (0-RTT, déduites) : le client envoie des données chiffrées avant la réponse du serveur, sous une clé d'une connexion antérieure."),
    /* RFC 8446 4.4.4, 8 */
    [S_EARLY_05RTT] = S("Server data sent before the client's Finished (0.5-RTT).",
                        "Données du serveur envoyées avant le Finished du client (0,5-RTT)."),
    [S_EARLY_05RTT_RISK] = S("The handshake is not complete: the server cannot yet be sure a live client is there (the ClientHello may be a replay), nor who it is.",
                             "La négociation n'est pas finie : le serveur ne sait pas encore si un vrai client est là (ClientHello rejoué ?), ni qui il est."),
    /* RFC 7918 3, 4, 5 */
    [S_EARLY_FALSE_START] = S("Client data sent before the server's Finished (TLS False Start).",
                              "Données du client envoyées avant le Finished du serveur (TLS False Start)."),
    [S_EARLY_FALSE_START_RISK] = S("The client has not yet checked that nobody tampered with the negotiation: RFC 7918 allows this only with forward secrecy and a strong cipher.",
                                   "Le client n'a pas encore vérifié que personne n'a modifié la négociation : la RFC 7918 ne le permet qu'avec confidentialité persistante et un chiffrement robuste."),
    [S_EARLY_ANY] = S("Application data sent before the handshake finished (its sender is not known).",
                      "Données applicatives envoyées avant la fin de la négociation (l'émetteur n'est pas connu)."),

    /* ---- inferred TLS 1.3 flights: RFC 8446 2, 4.3, 4.4 ---- */
    [S_INF_SERVER_FLIGHT] = S("Encrypted handshake (inferred): after its ServerHello the server sends EncryptedExtensions, Certificate, CertificateVerify and Finished, encrypted (and CertificateRequest for mutual TLS).",
                           "Négociation chiffrée (déduite) : après son ServerHello, le serveur envoie EncryptedExtensions, Certificate, CertificateVerify et Finished, chiffrés (et CertificateRequest en TLS mutuel)."),
    [S_INF_SERVER_MORE] = S("Another encrypted record of the server's handshake messages (inferred).",
            "Un autre enregistrement chiffré des messages de négociation du serveur (déduit)."),
    [S_INF_SERVER_HIDDEN] = S("TLS 1.3 hides the server's certificate from eavesdroppers.",
                              "TLS 1.3 cache le certificat du serveur aux observateurs."),
    [S_INF_KEYLOG] = S("Load the TLS key log (SSLKEYLOGFILE) in Wireshark to see each message.",
                       "Chargez le journal des clés TLS (SSLKEYLOGFILE) dans Wireshark pour voir chaque message."),
    [S_INF_SERVER_FLIGHT_PSK] = S("Encrypted handshake of a resumption (inferred): the server accepted a pre-shared key, so it sends no certificate, only EncryptedExtensions and Finished.",
                                  "Négociation chiffrée d'une reprise (déduite) : le serveur a accepté une clé pré-partagée, il n'envoie donc pas de certificat, seulement EncryptedExtensions et Finished."),
    [S_INF_CLIENT_AUTH] = S("Encrypted client handshake (inferred): as the server asked, before its Finished the client sends its Certificate (possibly empty) and, if it has a certificate, its CertificateVerify.",
                         "Négociation chiffrée du client (déduite) : comme le serveur l'a demandé, avant son Finished, le client envoie son Certificate (éventuellement vide) et, s'il a un certificat, son CertificateVerify."),
    /* RFC 8446 4.4.2: an empty Certificate record is 4 + 1 + 3 bytes, + 1 type + 16 tag = 25 */
    [S_INF_CLIENT_EMPTY] = S("Its size (one 25-byte record) is that of an empty Certificate: the client most likely declined to authenticate.",
                             "Sa taille (un enregistrement de 25 octets) est celle d'un Certificate vide : le client a très probablement refusé de s'authentifier."),
    /* RFC 5246 7.4.1.1: a renegotiation runs under the current keys */
    [S_INF_HANDSHAKE_12] = S("Encrypted handshake message (inferred): a handshake message sent under the session keys after the handshake, for example a renegotiation.",
                             "Message de négociation chiffré (déduit) : un message de négociation envoyé sous les clés de session après la négociation, par exemple une renégociation."),
    /* RFC 8446 4.5 */
    [S_INF_EOED] = S("Encrypted EndOfEarlyData (inferred): in a resumption with 0-RTT data, the client closes its early data before its Finished.",
                     "EndOfEarlyData chiffré (déduit) : dans une reprise avec des données 0-RTT, le client clôt ses données anticipées avant son Finished."),

    /* ---- alerts: RFC 5246 7.2, RFC 8446 6 ---- */
    [S_ALERT_ANY] = S("Alert: one side reports a problem or closes the connection.",
                      "Alerte : un côté signale un problème ou ferme la connexion."),
    /* RFC 5246 6.2.3, 7.2: after ChangeCipherSpec an alert is encrypted, its description hidden */
    [S_ALERT_HIDDEN_CLIENT] = S("Encrypted alert sent by the client: without the keys its level and description are hidden.",
            "Alerte chiffrée envoyée par le client : sans les clés, son niveau et sa description sont cachés."),
    [S_ALERT_HIDDEN_SERVER] = S("Encrypted alert sent by the server: without the keys its level and description are hidden.",
            "Alerte chiffrée envoyée par le serveur : sans les clés, son niveau et sa description sont cachés."),
    [S_ALERT_CLIENT] = S("Alert sent by the client: {1}, level {2}.", "Alerte envoyée par le client : {1}, niveau {2}."),
    [S_ALERT_SERVER] = S("Alert sent by the server: {1}, level {2}.", "Alerte envoyée par le serveur : {1}, niveau {2}."),
    [S_ALERT_SIDE] = S("Alert: {1}, level {2}.", "Alerte : {1}, niveau {2}."),
    /* RFC 8446 5.2, 6: alerts after the ServerHello are protected */
    [S_ALERT_ENCRYPTED] = S("In TLS 1.3 this alert travelled encrypted: it is shown here thanks to the key log.",
                            "En TLS 1.3, cette alerte a circulé chiffrée : elle est montrée ici grâce au journal des clés."),
    /* RFC 8446 6.1 */
    [S_ALERT_CLOSE] = S("The sender will send nothing more on this connection and closes its side cleanly: not an error.",
                     "L'émetteur n'enverra plus rien sur cette connexion et ferme proprement son côté : ce n'est pas une erreur."),
    [S_ALERT_CAUSE] = S("Usual cause: {1}.", "Cause habituelle : {1}."),
    /* RFC 8446 6.2: a fatal alert closes the connection */
    [S_ALERT_FAILS] = S("The handshake fails here: no secure connection is set up.",
                        "La négociation échoue ici : aucune connexion sécurisée n'est établie."),

    /* ---- SSL 2.0: RFC 6176 ---- */
    [S_SSL2_CH] = S("ClientHello in the old SSL 2.0 format: the client proposes, often only to offer newer versions in a compatible way.",
                    "ClientHello au vieux format SSL 2.0 : le client propose, souvent seulement pour offrir des versions plus récentes de façon compatible."),
    [S_SSL2_BROKEN] = S("SSL 2.0 itself is broken and prohibited (RFC 6176).",
                        "SSL 2.0 lui-même est cassé et interdit (RFC 6176)."),
    [S_SSL2_SH] = S("SSL 2.0 ServerHello: the server accepts SSL 2.0 and sends its certificate.",
                    "ServerHello SSL 2.0 : le serveur accepte SSL 2.0 et envoie son certificat."),
    [S_SSL2_CMK] = S("SSL 2.0 ClientMasterKey: the client sends the master key encrypted with the server's public key.",
                     "ClientMasterKey SSL 2.0 : le client envoie la clé maîtresse chiffrée avec la clé publique du serveur."),
};

const tlsedu_sentence_t *
tlsedu_sentence(tlsedu_sentence_id_t id)
{
    if (id <= S_NONE || id >= S_COUNT)
        return NULL;
    return &sentences[id];
}
