/* texts.c - the explanations of TLS stages, English and French side by side.
 *
 * Accurate to RFC 5246 (TLS 1.2) and RFC 8446 (TLS 1.3). Where the course notes tell the
 * handshake the RSA way ("the browser sends a session key encrypted with the server's
 * public key"), the ClientKeyExchange text says when that is exactly what happens (RSA key
 * transport) and why ECDHE and TLS 1.3 no longer do it.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "texts.h"

#include <stdio.h>
#include <string.h>

#include "tls_types.h"

typedef struct {
    const char *name;                      /* the message, as Wireshark names it */
    const char *text[TLSEDU_LANG_COUNT];
} msg_text_t;

static const msg_text_t msg_texts[TLSEDU_MSG_COUNT] = {
    [TLSEDU_MSG_CLIENT_HELLO] = { "ClientHello", {
        "The client proposes: the TLS versions it supports, its random number, the cipher suites it accepts and its extensions. When it offers TLS 1.3 it also sends a key share, its half of an (EC)DH key exchange, so that the keys can be agreed in one round trip.",
        "Le client propose : les versions de TLS qu'il connaît, son nombre aléatoire, les suites de chiffrement qu'il accepte et ses extensions. S'il offre TLS 1.3, il envoie aussi un « key share », sa moitié d'un échange de clés (EC)DH, pour que les clés soient convenues en un seul aller-retour." } },
    [TLSEDU_MSG_CLIENT_HELLO_AGAIN] = { "ClientHello (second)", {
        "Second ClientHello: the server's HelloRetryRequest asked for a key share in another group, so the client proposes again with that key share. The retry costs one more round trip.",
        "Second ClientHello : le HelloRetryRequest du serveur a demandé un « key share » dans un autre groupe ; le client propose donc à nouveau avec ce key share. Ce nouvel essai coûte un aller-retour de plus." } },
    [TLSEDU_MSG_SERVER_HELLO] = { "ServerHello", {
        "The server chooses: the version and the cipher suite it takes from the client's offer, and its own random number.",
        "Le serveur choisit : la version et la suite de chiffrement qu'il retient dans l'offre du client, et son propre nombre aléatoire." } },
    [TLSEDU_MSG_HELLO_RETRY_REQUEST] = { "HelloRetryRequest", {
        "HelloRetryRequest: a ServerHello with a special fixed random value (RFC 8446, 4.1.3). The server accepts the client's offer but not the group of its key share, and asks for a new ClientHello with a key share in the group it selects.",
        "HelloRetryRequest : un ServerHello avec une valeur aléatoire fixe et spéciale (RFC 8446, 4.1.3). Le serveur accepte l'offre du client mais pas le groupe de son « key share », et demande un nouveau ClientHello avec un key share dans le groupe qu'il choisit." } },
    [TLSEDU_MSG_ENCRYPTED_EXTENSIONS] = { "EncryptedExtensions", {
        "EncryptedExtensions (TLS 1.3): the server's first encrypted message, its answers to the client's extensions that do not concern the key exchange (ALPN, for example).",
        "EncryptedExtensions (TLS 1.3) : le premier message chiffré du serveur, ses réponses aux extensions du client qui ne touchent pas l'échange de clés (ALPN, par exemple)." } },
    [TLSEDU_MSG_HELLO_VERIFY_REQUEST] = { "HelloVerifyRequest", {
        "HelloVerifyRequest (DTLS): the server sends a cookie that the client must return in a new ClientHello. It proves the client really receives at its address before the server spends any effort, against spoofed floods over UDP.",
        "HelloVerifyRequest (DTLS) : le serveur envoie un cookie que le client doit renvoyer dans un nouveau ClientHello. Cela prouve que le client reçoit bien à son adresse avant que le serveur ne travaille, contre les inondations usurpées sur UDP." } },
    [TLSEDU_MSG_SERVER_CERTIFICATE] = { "Certificate", {
        "The server proves its identity: it sends its certificate chain. The client checks that the chain leads to a certificate authority it trusts, that the certificate is within its validity dates, that it names the server it asked for and that it is not revoked.",
        "Le serveur prouve son identité : il envoie sa chaîne de certificats. Le client vérifie que la chaîne mène à une autorité de certification de confiance, que le certificat est dans ses dates de validité, qu'il porte le nom du serveur demandé et qu'il n'est pas révoqué." } },
    [TLSEDU_MSG_CERTIFICATE_STATUS] = { "CertificateStatus", {
        "CertificateStatus: the server staples an OCSP answer, signed by the certificate authority, saying that its certificate is not revoked.",
        "CertificateStatus : le serveur agrafe une réponse OCSP, signée par l'autorité de certification, qui atteste que son certificat n'est pas révoqué." } },
    [TLSEDU_MSG_SERVER_CERTIFICATE_VERIFY] = { "CertificateVerify", {
        "CertificateVerify (TLS 1.3): the server signs the whole handshake so far with the private key of its certificate, proof that it holds that key and does not just replay a copy of the certificate.",
        "CertificateVerify (TLS 1.3) : le serveur signe toute la négociation jusqu'ici avec la clé privée de son certificat, preuve qu'il détient cette clé et ne rejoue pas une simple copie du certificat." } },
    [TLSEDU_MSG_SERVER_KEY_EXCHANGE] = { "ServerKeyExchange", {
        "ServerKeyExchange: the server sends its ephemeral (EC)DH public key, signed with its certificate's private key. Combined with the client's key share it gives both sides the same pre-master secret, which never travels on the wire.",
        "ServerKeyExchange : le serveur envoie sa clé publique (EC)DH éphémère, signée avec la clé privée de son certificat. Combinée à celle du client, elle donne aux deux côtés le même secret pré-maître, qui ne circule jamais sur le réseau." } },
    [TLSEDU_MSG_SERVER_HELLO_DONE] = { "ServerHelloDone", {
        "ServerHelloDone: the server has said everything for this round trip; it is now the client's turn.",
        "ServerHelloDone : le serveur a tout dit pour cet aller-retour ; c'est au tour du client." } },
    [TLSEDU_MSG_CLIENT_KEY_EXCHANGE] = { "ClientKeyExchange", {
        "ClientKeyExchange: the client's part of the key exchange, an encrypted pre-master secret with RSA key transport, its ephemeral public key with (EC)DHE.",
        "ClientKeyExchange : la part du client dans l'échange de clés, un secret pré-maître chiffré avec le transport de clé RSA, sa clé publique éphémère avec (EC)DHE." } },
    [TLSEDU_MSG_CHANGE_CIPHER_SPEC] = { "ChangeCipherSpec", {
        "ChangeCipherSpec: from the next record on, this side encrypts with the keys just agreed.",
        "ChangeCipherSpec : à partir de l'enregistrement suivant, ce côté chiffre avec les clés qui viennent d'être convenues." } },
    /* When the version or the side is not known; else finished_text() below. RFC 5246
     * 7.4.9, RFC 8446 4.4.4: true of every version and both sides. */
    [TLSEDU_MSG_FINISHED] = { "Finished", {
        "Finished: a MAC over the whole handshake, with keys from this handshake. Each side proves that it saw the same messages (nobody tampered with the negotiation) and holds the same keys.",
        "Finished : un MAC sur toute la négociation, avec des clés issues de cette négociation. Chaque côté prouve qu'il a vu les mêmes messages (personne n'a modifié la négociation) et qu'il détient les mêmes clés." } },
    [TLSEDU_MSG_NEW_SESSION_TICKET_12] = { "NewSessionTicket", {
        "NewSessionTicket: just before its Finished, the server hands the client an encrypted ticket holding the session's state, so that a later connection can resume without a full handshake.",
        "NewSessionTicket : juste avant son Finished, le serveur remet au client un ticket chiffré qui contient l'état de la session, pour qu'une connexion ultérieure reprenne sans négociation complète." } },
    [TLSEDU_MSG_END_OF_EARLY_DATA] = { "EndOfEarlyData", {
        "EndOfEarlyData: the client's 0-RTT data ends here; what follows uses the keys of this handshake.",
        "EndOfEarlyData : les données 0-RTT du client s'arrêtent ici ; la suite utilise les clés de cette négociation." } },
    [TLSEDU_MSG_APP_DATA] = { "Application Data", {
        "Application data, encrypted and authenticated with the session keys: an eavesdropper sees only its size and timing.",
        "Données applicatives, chiffrées et authentifiées avec les clés de session : un observateur n'en voit que la taille et le moment." } },
    [TLSEDU_MSG_CERTIFICATE_REQUEST] = { "CertificateRequest", {
        "CertificateRequest: the server asks the client to authenticate with a certificate of its own (mutual TLS).",
        "CertificateRequest : le serveur demande au client de s'authentifier avec son propre certificat (TLS mutuel)." } },
    [TLSEDU_MSG_CLIENT_CERTIFICATE] = { "Certificate (client)", {
        "The client proves its identity with its own certificate chain, as the server asked (an empty list means it has none).",
        "Le client prouve son identité avec sa propre chaîne de certificats, comme le serveur l'a demandé (une liste vide signifie qu'il n'en a pas)." } },
    [TLSEDU_MSG_CLIENT_CERTIFICATE_VERIFY] = { "CertificateVerify (client)", {
        "CertificateVerify (client): the client signs the handshake with the private key of its certificate, proof that it holds that key.",
        "CertificateVerify (client) : le client signe la négociation avec la clé privée de son certificat, preuve qu'il détient cette clé." } },
    [TLSEDU_MSG_NEW_SESSION_TICKET_13] = { "NewSessionTicket", {
        "NewSessionTicket (TLS 1.3): after the handshake the server gives the client a ticket, the identity of a pre-shared key for a later, faster resumption.",
        "NewSessionTicket (TLS 1.3) : après la négociation, le serveur donne au client un ticket, l'identité d'une clé pré-partagée pour une reprise ultérieure plus rapide." } },
    [TLSEDU_MSG_KEY_UPDATE] = { "KeyUpdate", {
        "KeyUpdate: this side switches to fresh traffic keys derived from the current ones.",
        "KeyUpdate : ce côté passe à de nouvelles clés de trafic, dérivées des actuelles." } },
    [TLSEDU_MSG_HELLO_REQUEST] = { "HelloRequest", {
        "HelloRequest: the server asks the client to start a new handshake (renegotiation).",
        "HelloRequest : le serveur demande au client de recommencer une négociation (renégociation)." } },
    [TLSEDU_MSG_COMPAT_CCS] = { "ChangeCipherSpec (compatibility)", {
        "ChangeCipherSpec in TLS 1.3: sent only so that middleboxes that expect TLS 1.2 let the connection through (RFC 8446, appendix D.4). It changes nothing.",
        "ChangeCipherSpec en TLS 1.3 : envoyé seulement pour que les équipements intermédiaires qui attendent TLS 1.2 laissent passer la connexion (RFC 8446, annexe D.4). Il ne change rien." } },
    [TLSEDU_MSG_ALERT] = { "Alert", {
        "Alert: one side reports a problem or closes the connection.",
        "Alerte : un côté signale un problème ou ferme la connexion." } },
    [TLSEDU_MSG_ENCRYPTED_ALERT] = { "Alert (encrypted)", {
        "Encrypted alert: in TLS 1.3 alerts after the ServerHello are sent encrypted; this one reports a problem or closes the connection.",
        "Alerte chiffrée : en TLS 1.3, les alertes après le ServerHello sont chiffrées ; celle-ci signale un problème ou ferme la connexion." } },
    [TLSEDU_MSG_SSL2_CLIENT_HELLO] = { "SSLv2 ClientHello", {
        "ClientHello in the old SSL 2.0 format: the client proposes, often only to offer newer versions compatibly. SSL 2.0 itself is broken and forbidden (RFC 6176).",
        "ClientHello au vieux format SSL 2.0 : le client propose, souvent seulement pour offrir des versions plus récentes de façon compatible. SSL 2.0 lui-même est cassé et interdit (RFC 6176)." } },
    [TLSEDU_MSG_SSL2_SERVER_HELLO] = { "SSLv2 ServerHello", {
        "SSL 2.0 ServerHello: the server accepts SSL 2.0 and sends its certificate. SSL 2.0 is broken and forbidden (RFC 6176).",
        "ServerHello SSL 2.0 : le serveur accepte SSL 2.0 et envoie son certificat. SSL 2.0 est cassé et interdit (RFC 6176)." } },
    [TLSEDU_MSG_SSL2_CLIENT_MASTER_KEY] = { "SSLv2 ClientMasterKey", {
        "SSL 2.0 ClientMasterKey: the client sends the master key encrypted with the server's public key.",
        "ClientMasterKey SSL 2.0 : le client envoie la clé maîtresse chiffrée avec la clé publique du serveur." } },
    [TLSEDU_MSG_INF_SERVER_FLIGHT] = { "Encrypted handshake", {
        "Encrypted handshake (inferred): after its ServerHello the server sends EncryptedExtensions, Certificate, CertificateVerify and Finished encrypted; TLS 1.3 hides the certificate from eavesdroppers. Load the TLS key log (SSLKEYLOGFILE) in Wireshark to see each message.",
        "Négociation chiffrée (déduite) : après son ServerHello, le serveur envoie EncryptedExtensions, Certificate, CertificateVerify et Finished chiffrés ; TLS 1.3 cache le certificat aux observateurs. Chargez le journal des clés TLS (SSLKEYLOGFILE) dans Wireshark pour voir chaque message." } },
    [TLSEDU_MSG_INF_SERVER_FLIGHT_PSK] = { "Encrypted handshake", {
        "Encrypted handshake of a resumption (inferred): the server accepted the pre-shared key, so it sends no certificate, only EncryptedExtensions and Finished, encrypted.",
        "Négociation chiffrée d'une reprise (déduite) : le serveur a accepté la clé pré-partagée, il n'envoie donc pas de certificat, seulement EncryptedExtensions et Finished, chiffrés." } },
    [TLSEDU_MSG_INF_CLIENT_AUTH] = { "Encrypted client handshake", {
        "Encrypted client handshake (inferred): before its Finished the client sends its Certificate and CertificateVerify, encrypted, when the server asked for them.",
        "Négociation chiffrée du client (déduite) : avant son Finished, le client envoie son Certificate et son CertificateVerify, chiffrés, quand le serveur les a demandés." } },
    /* When the version or the side is not known; else finished_text() below. */
    [TLSEDU_MSG_INF_FINISHED] = { "Encrypted Finished", {
        "Encrypted Finished (inferred): this side's Finished, a MAC over the whole handshake.",
        "Finished chiffré (déduit) : le Finished de ce côté, un MAC sur toute la négociation." } },
    [TLSEDU_MSG_INF_APP_DATA] = { "Encrypted data", {
        "Encrypted application data (inferred: without keys only the outer record type is visible).",
        "Données applicatives chiffrées (déduit : sans les clés, seul le type extérieur de l'enregistrement est visible)." } },
    [TLSEDU_MSG_INF_EARLY_DATA] = { "Early data (0-RTT)", {
        "Early data (0-RTT, inferred): the client sends encrypted data before the ServerHello, under a key from an earlier session.",
        "Données anticipées (0-RTT, déduites) : le client envoie des données chiffrées avant le ServerHello, avec une clé d'une session précédente." } },
    [TLSEDU_MSG_INF_ENCRYPTED_HANDSHAKE] = { "Encrypted handshake message", {
        "Encrypted handshake message (inferred): a handshake message sent under the session keys after the handshake, for example a renegotiation.",
        "Message de négociation chiffré (déduit) : un message de négociation envoyé sous les clés de session après la négociation, par exemple une renégociation." } },
    [TLSEDU_MSG_INF_END_OF_EARLY_DATA] = { "Encrypted EndOfEarlyData", {
        "Encrypted EndOfEarlyData (inferred): in a resumption with 0-RTT data, the client closes its early data before its Finished.",
        "EndOfEarlyData chiffré (déduit) : dans une reprise avec des données 0-RTT, le client clôt ses données précoces avant son Finished." } },
};

static const char *const stage_names[][TLSEDU_LANG_COUNT] = {
    [TLSEDU_STAGE_CLIENT_HELLO] = { "Client Hello: the client proposes", "Client Hello : le client propose" },
    [TLSEDU_STAGE_SERVER_HELLO] = { "Server Hello: the server chooses", "Server Hello : le serveur choisit" },
    [TLSEDU_STAGE_SERVER_AUTH] = { "Server authentication: the server proves its identity", "Authentification du serveur : le serveur prouve son identité" },
    [TLSEDU_STAGE_KEY_EXCHANGE] = { "Key exchange (TLS <= 1.2)", "Échange de clés (TLS <= 1.2)" },
    [TLSEDU_STAGE_FINISHED] = { "Handshake finished", "Fin de la négociation" },
    [TLSEDU_STAGE_APP_DATA] = { "Encrypted application data", "Données applicatives chiffrées" },
    [TLSEDU_STAGE_CLIENT_AUTH] = { "Client authentication", "Authentification du client" },
    [TLSEDU_STAGE_AFTER_HANDSHAKE] = { "After the handshake", "Après la négociation" },
    [TLSEDU_STAGE_COMPAT_CCS] = { "Compatibility record (TLS 1.3)", "Enregistrement de compatibilité (TLS 1.3)" },
    [TLSEDU_STAGE_ALERT] = { "Alert", "Alerte" },
};

const char *
tlsedu_early_kind_name(tlsedu_early_kind_t kind, tlsedu_lang_t lang)
{
    static const char *const names[][TLSEDU_LANG_COUNT] = {
        [TLSEDU_EARLY_CLIENT_0RTT] = { "client 0-RTT data", "données 0-RTT du client" },
        [TLSEDU_EARLY_SERVER_05RTT] = { "server 0.5-RTT data", "données 0,5-RTT du serveur" },
        [TLSEDU_EARLY_FALSE_START] = { "client False Start data", "données False Start du client" },
    };

    if (kind < TLSEDU_EARLY_CLIENT_0RTT || kind > TLSEDU_EARLY_FALSE_START)
        return "?";
    return names[kind][(unsigned)lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN];
}

const char *
tlsedu_stage_name(tlsedu_stage_t stage, tlsedu_lang_t lang)
{
    if (stage < TLSEDU_STAGE_CLIENT_HELLO || stage > TLSEDU_STAGE_ALERT)
        return "?";
    return stage_names[stage][(unsigned)lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN];
}

const char *
tlsedu_msg_name(tlsedu_msg_t msg)
{
    if ((unsigned)msg >= TLSEDU_MSG_COUNT || msg_texts[msg].name == NULL)
        return "?";
    return msg_texts[msg].name;
}

const char *
tlsedu_version_name(uint16_t version)
{
    switch (version) {
    case TLSEDU_VERSION_SSL2: return "SSL 2.0";
    case TLSEDU_VERSION_SSL3: return "SSL 3.0";
    case TLSEDU_VERSION_TLS10: return "TLS 1.0";
    case TLSEDU_VERSION_TLS11: return "TLS 1.1";
    case TLSEDU_VERSION_TLS12: return "TLS 1.2";
    case TLSEDU_VERSION_TLS13: return "TLS 1.3";
    case TLSEDU_VERSION_DTLS10: return "DTLS 1.0";
    case TLSEDU_VERSION_DTLS12: return "DTLS 1.2";
    case TLSEDU_VERSION_DTLS13: return "DTLS 1.3";
    case TLSEDU_VERSION_DTLS10_OPENSSL: return "DTLS 1.0 (OpenSSL pre-RFC)";
    default: return tlsedu_version_is_tls13_draft(version) ? "TLS 1.3 (draft)" : NULL;
    }
}

const char *
tlsedu_alert_name(uint8_t description)
{
    /* RFC 8446 6 and RFC 5246 7.2, with the IANA registry's later additions. */
    switch (description) {
    case TLSEDU_ALERT_CLOSE_NOTIFY: return "close_notify(0)";
    case TLSEDU_ALERT_UNEXPECTED_MESSAGE: return "unexpected_message(10)";
    case TLSEDU_ALERT_BAD_RECORD_MAC: return "bad_record_mac(20)";
    case TLSEDU_ALERT_DECRYPTION_FAILED: return "decryption_failed(21)";
    case TLSEDU_ALERT_RECORD_OVERFLOW: return "record_overflow(22)";
    case TLSEDU_ALERT_DECOMPRESSION_FAILURE: return "decompression_failure(30)";
    case TLSEDU_ALERT_HANDSHAKE_FAILURE: return "handshake_failure(40)";
    case TLSEDU_ALERT_NO_CERTIFICATE: return "no_certificate(41)";
    case TLSEDU_ALERT_BAD_CERTIFICATE: return "bad_certificate(42)";
    case TLSEDU_ALERT_UNSUPPORTED_CERTIFICATE: return "unsupported_certificate(43)";
    case TLSEDU_ALERT_CERTIFICATE_REVOKED: return "certificate_revoked(44)";
    case TLSEDU_ALERT_CERTIFICATE_EXPIRED: return "certificate_expired(45)";
    case TLSEDU_ALERT_CERTIFICATE_UNKNOWN: return "certificate_unknown(46)";
    case TLSEDU_ALERT_ILLEGAL_PARAMETER: return "illegal_parameter(47)";
    case TLSEDU_ALERT_UNKNOWN_CA: return "unknown_ca(48)";
    case TLSEDU_ALERT_ACCESS_DENIED: return "access_denied(49)";
    case TLSEDU_ALERT_DECODE_ERROR: return "decode_error(50)";
    case TLSEDU_ALERT_DECRYPT_ERROR: return "decrypt_error(51)";
    case TLSEDU_ALERT_EXPORT_RESTRICTION: return "export_restriction(60)";
    case TLSEDU_ALERT_PROTOCOL_VERSION: return "protocol_version(70)";
    case TLSEDU_ALERT_INSUFFICIENT_SECURITY: return "insufficient_security(71)";
    case TLSEDU_ALERT_INTERNAL_ERROR: return "internal_error(80)";
    case TLSEDU_ALERT_INAPPROPRIATE_FALLBACK: return "inappropriate_fallback(86)";
    case TLSEDU_ALERT_USER_CANCELED: return "user_canceled(90)";
    case TLSEDU_ALERT_NO_RENEGOTIATION: return "no_renegotiation(100)";
    case TLSEDU_ALERT_MISSING_EXTENSION: return "missing_extension(109)";
    case TLSEDU_ALERT_UNSUPPORTED_EXTENSION: return "unsupported_extension(110)";
    case TLSEDU_ALERT_CERTIFICATE_UNOBTAINABLE: return "certificate_unobtainable(111)";
    case TLSEDU_ALERT_UNRECOGNIZED_NAME: return "unrecognized_name(112)";
    case TLSEDU_ALERT_BAD_CERTIFICATE_STATUS_RESPONSE: return "bad_certificate_status_response(113)";
    case TLSEDU_ALERT_BAD_CERTIFICATE_HASH_VALUE: return "bad_certificate_hash_value(114)";
    case TLSEDU_ALERT_UNKNOWN_PSK_IDENTITY: return "unknown_psk_identity(115)";
    case TLSEDU_ALERT_CERTIFICATE_REQUIRED: return "certificate_required(116)";
    case TLSEDU_ALERT_NO_APPLICATION_PROTOCOL: return "no_application_protocol(120)";
    default: return NULL;
    }
}

const char *
tlsedu_alert_cause(uint8_t description, tlsedu_lang_t lang)
{
    const bool fr = lang == TLSEDU_LANG_FR;
    switch (description) {
    case TLSEDU_ALERT_HANDSHAKE_FAILURE: return fr ? "le client et le serveur n'ont trouvé aucun paramètre commun (version, suite, groupe)"
                                                   : "client and server found no parameters in common (version, suite, group)";
    case TLSEDU_ALERT_BAD_CERTIFICATE: return fr ? "un certificat est invalide ou illisible" : "a certificate is corrupt or unreadable";
    case TLSEDU_ALERT_CERTIFICATE_REVOKED: return fr ? "le certificat a été révoqué par son autorité" : "the certificate was revoked by its authority";
    case TLSEDU_ALERT_CERTIFICATE_EXPIRED: return fr ? "le certificat a expiré (ou n'est pas encore valide)" : "the certificate has expired (or is not yet valid)";
    case TLSEDU_ALERT_CERTIFICATE_UNKNOWN: return fr ? "le certificat n'a pas été accepté" : "the certificate was not accepted";
    case TLSEDU_ALERT_UNKNOWN_CA: return fr ? "le client ne fait pas confiance à l'émetteur du certificat (autorité inconnue ou certificat auto-signé)"
                                            : "the client does not trust the certificate's issuer (unknown authority, or a self-signed certificate)";
    case TLSEDU_ALERT_DECRYPT_ERROR: return fr ? "une signature ou le Finished ne se vérifie pas" : "a signature or the Finished did not verify";
    case TLSEDU_ALERT_PROTOCOL_VERSION: return fr ? "aucune version de protocole commune" : "no protocol version in common";
    case TLSEDU_ALERT_INSUFFICIENT_SECURITY: return fr ? "le serveur exige des suites plus sûres que celles proposées" : "the server requires stronger suites than those offered";
    case TLSEDU_ALERT_INTERNAL_ERROR: return fr ? "erreur interne d'un côté" : "an internal error on one side";
    case TLSEDU_ALERT_INAPPROPRIATE_FALLBACK: return fr ? "tentative de repli vers une version plus ancienne détectée" : "a downgrade to an older version was detected";
    case TLSEDU_ALERT_UNRECOGNIZED_NAME: return fr ? "le serveur ne connaît pas le nom demandé (SNI)" : "the server does not know the name asked for (SNI)";
    case TLSEDU_ALERT_CERTIFICATE_REQUIRED: return fr ? "le serveur exige un certificat client" : "the server requires a client certificate";
    case TLSEDU_ALERT_NO_APPLICATION_PROTOCOL: return fr ? "aucun protocole applicatif commun (ALPN)" : "no application protocol in common (ALPN)";
    default: return NULL;
    }
}

const char *
tlsedu_kex_name(tlsedu_kex_t kex)
{
    switch (kex) {
    case TLSEDU_KEX_OTHER: return "other (RSA_PSK, static (EC)DH, SRP or anonymous)";
    case TLSEDU_KEX_RSA: return "RSA key transport";
    case TLSEDU_KEX_DHE: return "DHE (ephemeral finite-field Diffie-Hellman)";
    case TLSEDU_KEX_ECDHE: return "ECDHE (ephemeral elliptic-curve Diffie-Hellman)";
    case TLSEDU_KEX_PSK: return "PSK only (pre-shared key)";
    case TLSEDU_KEX_PSK_DHE: return "PSK with (EC)DHE";
    case TLSEDU_KEX_HYBRID_PQ: return "hybrid post-quantum ((EC)DHE + ML-KEM/Kyber)";
    default: return "?";
    }
}

/* Appends before, arg and after to buf at *pos, never past len (always terminated). */
static void
append3(char *buf, size_t len, size_t *pos, const char *before, const char *arg, const char *after)
{
    const char *parts[3] = { before, arg, after };

    for (int i = 0; i < 3; i++) {
        const unsigned char *c = (const unsigned char *)parts[i];
        while (c && *c) {
            /* copy whole UTF-8 sequences only, so a cut never splits a character */
            size_t n = *c < 0x80 ? 1 : *c >= 0xf0 ? 4 : *c >= 0xe0 ? 3 : *c >= 0xc0 ? 2 : 1;
            if (*pos + n >= len)
                break;
            size_t k = 0;
            for (; k < n && c[k]; k++)
                buf[(*pos)++] = (char)c[k];
            c += k; /* a malformed sequence cut by its terminator stops here */
        }
    }
    buf[*pos] = '\0';
}

static void
append(char *buf, size_t len, size_t *pos, const char *text)
{
    append3(buf, len, pos, text, NULL, NULL);
}

static void
server_hello_details(const tlsedu_explain_ctx_t *ctx, bool fr, char *buf, size_t len, size_t *pos)
{
    const char *version = ctx ? tlsedu_version_name(ctx->version) : NULL;
    const bool tls13 = ctx && (ctx->version == TLSEDU_VERSION_TLS13 || tlsedu_version_is_tls13_draft(ctx->version));

    if (version)
        append3(buf, len, pos, fr ? " Version : " : " Version: ", version, ".");
    if (ctx && ctx->suite_name)
        append3(buf, len, pos, fr ? " Suite : " : " Cipher suite: ", ctx->suite_name, ".");
    /* RFC 8446 2, 4.1.3: every handshake message after the ServerHello is encrypted; a
     * compatibility ChangeCipherSpec may still follow in cleartext (D.4), it is no
     * handshake message. */
    if (tls13)
        append(buf, len, pos, fr
            ? " En TLS 1.3, le ServerHello porte le « key share » du serveur ; tous les messages de négociation suivants sont chiffrés."
            : " In TLS 1.3 the ServerHello carries the server's key share; every handshake message after it is encrypted.");
}

static void
certificate_details(const tlsedu_explain_ctx_t *ctx, bool fr, char *buf, size_t len, size_t *pos)
{
    if (!ctx || !ctx->cert_subject || !*ctx->cert_subject)
        return;
    append3(buf, len, pos, fr ? " Ici, le certificat du serveur est au nom de « " : " Here the server's certificate names \"",
            ctx->cert_subject, fr ? " »" : "\"");
    if (ctx->cert_issuer && *ctx->cert_issuer)
        append3(buf, len, pos, fr ? ", émis par « " : ", issued by \"", ctx->cert_issuer, fr ? " »." : "\".");
    else
        append(buf, len, pos, ".");
}

/* What the ClientKeyExchange does with this key exchange: the course's RSA story, or (EC)DHE. */
static void
key_exchange_details(const tlsedu_explain_ctx_t *ctx, bool fr, char *buf, size_t len, size_t *pos)
{
    if (ctx && ctx->kex == TLSEDU_KEX_RSA)
        append(buf, len, pos, fr
            ? " Ici, transport de clé RSA : le client choisit le secret pré-maître et l'envoie chiffré avec la clé publique du certificat du serveur ; c'est la « clé de session chiffrée avec la clé publique du serveur » du cours. Qui obtient plus tard la clé privée du serveur déchiffre toutes les sessions enregistrées : pas de confidentialité persistante, et TLS 1.3 a supprimé cette méthode."
            : " Here, RSA key transport: the client picks the pre-master secret and sends it encrypted with the public key of the server's certificate; this is the course's \"session key encrypted with the server's public key\". Whoever later obtains the server's private key can decrypt every recorded session: no forward secrecy, and TLS 1.3 removed this method.");
    else if (ctx && (ctx->kex == TLSEDU_KEX_ECDHE || ctx->kex == TLSEDU_KEX_DHE ||
                     ctx->kex == TLSEDU_KEX_PSK_DHE))
        append(buf, len, pos, fr
            ? " Ici, (EC)DHE : le client envoie sa clé publique éphémère ; chaque côté combine sa clé privée avec la clé publique de l'autre et obtient le même secret. Rien de secret ne circule, même chiffré : la clé du certificat ne sert plus qu'à signer, d'où la confidentialité persistante. Le récit « clé de session chiffrée avec la clé publique du serveur » ne vaut plus ici."
            : " Here, (EC)DHE: the client sends its ephemeral public key; each side combines its own private key with the other's public key and gets the same secret. Nothing secret travels, not even encrypted: the certificate's key only signs, hence forward secrecy. The \"session key encrypted with the server's public key\" story does not hold here.");
}

/* Application data sent before the handshake finished: who sent it and its caveat, a text
 * of its own (within the label limit, so that the caveat is never cut). */
static const char *
early_text(uint8_t kind, bool fr)
{
    switch (kind) {
    case TLSEDU_EARLY_CLIENT_0RTT:   /* RFC 8446 2.3, 8: not forward secret, replayable */
        return fr ? "Données 0-RTT du client, envoyées avant la fin de la négociation sous une clé pré-partagée : sans confidentialité persistante, rejouables. Le serveur ne devrait y accepter que des requêtes sans effet de bord."
                  : "0-RTT data from the client, sent before the handshake finished under a pre-shared key: no forward secrecy, and an attacker can replay it. A server should accept only requests without side effects this way.";
    case TLSEDU_EARLY_SERVER_05RTT:  /* RFC 8446 4.4.4, 8: no assurance of the client yet (replay) */
        return fr ? "Données applicatives du serveur avant le Finished du client (0,5-RTT) : négociation inachevée ; le serveur ne sait pas encore si un vrai client est là (ClientHello rejoué ?) ni, s'il a demandé un certificat, qui il est."
                  : "Server data sent before the client's Finished (0.5-RTT): the handshake is not complete, so the server cannot yet be sure a live client is there (the ClientHello may be a replay) nor, if it asked for a certificate, who it is.";
    case TLSEDU_EARLY_FALSE_START:   /* RFC 7918 3, 4, 5 */
        return fr ? "Données du client, avant le Finished du serveur (TLS False Start) : le client n'a pas encore vérifié l'intégrité de la négociation. La RFC 7918 ne le permet qu'avec confidentialité persistante et chiffrement robuste."
                  : "Client data sent before the server's Finished (TLS False Start): the client has not yet checked that nobody tampered with the negotiation. RFC 7918 allows this only with forward secrecy and a strong cipher.";
    default:                         /* the sender is not known */
        return fr ? "Données applicatives envoyées avant la fin de la négociation (l'émetteur n'est pas connu)."
                  : "Application data sent before the handshake finished (its sender is not known).";
    }
}

/* The Finished of this version and side (NULL when either is unknown: the table's text).
 * [tls13][server][inferred][completes][fr]; TLS <= 1.2 covers SSL 3.0 to TLS 1.2 and DTLS
 * 1.0/1.2 (the same ChangeCipherSpec then Finished), TLS 1.3 covers DTLS 1.3 and QUIC. */
static const char *const finished_texts[2][2][2][2][TLSEDU_LANG_COUNT] = {
    /* TLS <= 1.2, RFC 5246 7.1, 7.4.9: each side's Finished is the first message under its
     * new keys, after its ChangeCipherSpec; a full handshake (7.3) has the client's first,
     * an abbreviated one (a resumption) the server's first. */
    [0][0][0][0] = { "Finished (client): the first message under the new keys, right after the client's ChangeCipherSpec: a MAC over the whole handshake. The server's ChangeCipherSpec and Finished are still to come.",
                     "Finished (client) : premier message protégé par les nouvelles clés, juste après le ChangeCipherSpec du client : un MAC sur toute la négociation. Le ChangeCipherSpec et le Finished du serveur restent à venir." },
    [0][0][0][1] = { "Finished (client): the first message under the new keys, right after the client's ChangeCipherSpec: a MAC over the whole handshake. A resumption: the server finished first, the handshake is complete.",
                     "Finished (client) : premier message protégé par les nouvelles clés, juste après le ChangeCipherSpec du client : un MAC sur toute la négociation. Reprise : le serveur a fini le premier, la négociation est terminée." },
    [0][0][1][0] = { "Encrypted Finished (inferred): the client's first handshake record after its ChangeCipherSpec, under the new keys: a MAC over the whole handshake. The server's ChangeCipherSpec and Finished are still to come.",
                     "Finished chiffré (déduit) : premier message du client sous les nouvelles clés, après son ChangeCipherSpec ; un MAC sur toute la négociation. Le ChangeCipherSpec et le Finished du serveur restent à venir." },
    [0][0][1][1] = { "Encrypted Finished (inferred): the client's first handshake record after its ChangeCipherSpec, under the new keys: a MAC over the whole handshake. A resumption: the server finished first, the handshake is complete.",
                     "Finished chiffré (déduit) : premier message du client sous les nouvelles clés, après son ChangeCipherSpec ; un MAC sur toute la négociation. Reprise : le serveur a fini le premier, la négociation est terminée." },
    [0][1][0][0] = { "Finished (server): the first message under the new keys, right after the server's ChangeCipherSpec: a MAC over the whole handshake. A resumption: the client's ChangeCipherSpec and Finished are still to come.",
                     "Finished (serveur) : premier message protégé par les nouvelles clés, juste après le ChangeCipherSpec du serveur : un MAC sur toute la négociation. Reprise : le ChangeCipherSpec et le Finished du client restent à venir." },
    [0][1][0][1] = { "Finished (server): the first message under the new keys, right after the server's ChangeCipherSpec: a MAC over the whole handshake. The handshake is now complete in both directions.",
                     "Finished (serveur) : premier message protégé par les nouvelles clés, juste après le ChangeCipherSpec du serveur : un MAC sur toute la négociation. La négociation est maintenant terminée dans les deux sens." },
    [0][1][1][0] = { "Encrypted Finished (inferred): the server's first handshake record after its ChangeCipherSpec, under the new keys: a MAC over the whole handshake. A resumption: the client's ChangeCipherSpec and Finished are still to come.",
                     "Finished chiffré (déduit) : premier message du serveur sous les nouvelles clés, après son ChangeCipherSpec ; un MAC sur toute la négociation. Reprise : le ChangeCipherSpec et le Finished du client suivront." },
    [0][1][1][1] = { "Encrypted Finished (inferred): the server's first handshake record after its ChangeCipherSpec, under the new keys: a MAC over the whole handshake. The handshake is now complete in both directions.",
                     "Finished chiffré (déduit) : premier message du serveur sous les nouvelles clés, après son ChangeCipherSpec ; un MAC sur toute la négociation. La négociation est maintenant terminée dans les deux sens." },
    /* TLS 1.3, RFC 8446 2, 4.4, 4.4.4, 7.1: everything after the ServerHello is under the
     * handshake keys already; the server's Finished comes first, after it the server may
     * send data (0.5-RTT); the client's (after its Certificate and CertificateVerify, under
     * the same handshake keys) ends the handshake, then the application traffic keys. */
    [1][0][0][0] = { "Finished (client, TLS 1.3): a MAC over the whole handshake, keyed from the client's handshake traffic secret. It ends the handshake: the client now sends with its application traffic keys.",
                     "Finished (client, TLS 1.3) : un MAC sur toute la négociation, avec une clé dérivée du secret de négociation du client. Il clôt la négociation : le client chiffre désormais avec ses clés de trafic applicatif." },
    [1][0][1][0] = { "Encrypted Finished (inferred): the client's Finished, a MAC over the whole handshake, under the same handshake keys as its Certificate and CertificateVerify if it sent them. It ends the handshake.",
                     "Finished chiffré (déduit) : le Finished du client, un MAC sur toute la négociation, sous les mêmes clés de négociation que son Certificate et son CertificateVerify s'il les a envoyés. Il clôt la négociation." },
    [1][1][0][0] = { "Finished (server, TLS 1.3): a MAC over the whole handshake, keyed from the server's handshake traffic secret; the client checks that nobody tampered with the negotiation. The server may now send application data.",
                     "Finished (serveur, TLS 1.3) : un MAC sur toute la négociation, avec une clé dérivée du secret de négociation du serveur ; le client vérifie que personne ne l'a modifiée. Le serveur peut déjà envoyer des données applicatives." },
};

static const char *
finished_text(const tlsedu_stage_item_t *it, bool fr)
{
    const bool inferred = it->msg == TLSEDU_MSG_INF_FINISHED;
    const bool tls13 = tlsedu_version_is_tls13(it->version);
    const bool server = it->from == TLSEDU_FROM_SERVER;

    if ((it->msg != TLSEDU_MSG_FINISHED && !inferred) || it->version == 0 ||
        it->version == TLSEDU_VERSION_SSL2 || it->from == TLSEDU_FROM_UNKNOWN)
        return NULL;
    /* in TLS 1.3 the server's Finished comes first, the client's last (no variants) */
    return finished_texts[tls13][server][inferred][tls13 ? 0 : it->completes][fr ? 1 : 0];
}

char *
tlsedu_stage_explain(const tlsedu_stage_item_t *it, const tlsedu_explain_ctx_t *ctx,
                     tlsedu_lang_t lang, char *buf, size_t len)
{
    const bool fr = lang == TLSEDU_LANG_FR;
    const char *text;
    size_t pos = 0;

    if (buf == NULL || len == 0)
        return buf;
    buf[0] = '\0';
    if ((unsigned)it->msg >= TLSEDU_MSG_COUNT || msg_texts[it->msg].text[0] == NULL)
        return buf;
    if (it->early && (it->msg == TLSEDU_MSG_APP_DATA || it->msg == TLSEDU_MSG_INF_APP_DATA ||
                      it->msg == TLSEDU_MSG_INF_EARLY_DATA))
        text = early_text(it->early_kind, fr);
    else
        text = finished_text(it, fr);
    append(buf, len, &pos, text != NULL ? text : msg_texts[it->msg].text[fr ? 1 : 0]);

    switch (it->msg) {
    case TLSEDU_MSG_CLIENT_HELLO:
    case TLSEDU_MSG_CLIENT_HELLO_AGAIN:
        if (ctx && ctx->server_name && *ctx->server_name)
            append3(buf, len, &pos, fr ? " Il demande le serveur « " : " It asks for the server \"", ctx->server_name, fr ? " » (SNI, en clair)." : "\" (SNI, in cleartext).");
        break;
    case TLSEDU_MSG_SERVER_HELLO:
        server_hello_details(ctx, fr, buf, len, &pos);
        break;
    case TLSEDU_MSG_SERVER_CERTIFICATE:
        certificate_details(ctx, fr, buf, len, &pos);
        break;
    case TLSEDU_MSG_CLIENT_KEY_EXCHANGE:
        key_exchange_details(ctx, fr, buf, len, &pos);
        break;
    case TLSEDU_MSG_ALERT:
    case TLSEDU_MSG_ENCRYPTED_ALERT:
        if (ctx && ctx->alert_name)
            append3(buf, len, &pos, fr ? " Alerte : " : " Alert: ", ctx->alert_name, ".");
        break;
    default:
        break;
    }
    return buf;
}

char *
tlsedu_escape(const char *src, size_t max_src, char *dst, size_t dst_len)
{
    static const char hex[] = "0123456789abcdef";
    size_t o = 0;

    if (dst == NULL || dst_len == 0)
        return dst;
    for (size_t i = 0; src != NULL && i < max_src && src[i] != '\0'; i++) {
        unsigned char c = (unsigned char)src[i];
        if (c >= 0x20 && c < 0x7f && c != '\\') {
            if (o + 1 >= dst_len)
                break;
            dst[o++] = (char)c;
        } else {
            if (o + 4 >= dst_len)
                break;
            dst[o++] = '\\';
            dst[o++] = 'x';
            dst[o++] = hex[c >> 4];
            dst[o++] = hex[c & 0xf];
        }
    }
    dst[o] = '\0';
    return dst;
}

char *
tlsedu_mismatch_text(uint16_t port, const char *port_service, const char *content_service,
                     tlsedu_lang_t lang, char *buf, size_t len)
{
    if (buf == NULL || len == 0)
        return buf;
    if (port_service == NULL)
        port_service = "?";
    if (content_service == NULL)
        content_service = "?";
    if (lang == TLSEDU_LANG_FR)
        snprintf(buf, len, "le port %u (%s) transporte %s : le port est une convention, le contenu dit ce qui circule vraiment",
                 (unsigned)port, port_service, content_service);
    else
        snprintf(buf, len, "port %u (%s) carries %s: the port is a convention, the content tells what really runs",
                 (unsigned)port, port_service, content_service);
    return buf;
}
