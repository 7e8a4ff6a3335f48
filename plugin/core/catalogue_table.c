/* catalogue_table.c - the port and service catalogue as data, one row per service.
 *
 * Change a row here and nothing else: the lookup, the fields and the tests follow.
 * Columns: service (exact name), port, transports, security mode,
 *          secure alternative {en, fr}, one-sentence explanation {en, fr},
 *          whether the server opens the connection (only FTP-DATA).
 * Corrections to the course notes are deliberate: SIPS is TCP (TLS needs a stream;
 * SIP over DTLS is not SIPS on 5061/udp), and 587 is STARTTLS submission, not SMTPS.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "catalogue.h"

#define TCP TLSEDU_TCP
#define UDP TLSEDU_UDP
#define BOTH (TLSEDU_TCP | TLSEDU_UDP)

const tlsedu_service_t tlsedu_catalogue[] = {
    { "FTP-DATA", 20, TCP, TLSEDU_SEC_CLEARTEXT,
      { "FTPS data (protected after AUTH TLS and PROT P), or SFTP over SSH",
        "données FTPS (protégées après AUTH TLS et PROT P), ou SFTP sur SSH" },
      /* RFC 4217 section 9: PROT C (the default) leaves the data connection in cleartext */
      { "FTP data connection: unless PROT P put it inside TLS, the files and directory listings travel in cleartext.",
        "Connexion de données FTP\xc2\xa0: sauf si PROT P l'a mise dans TLS, fichiers et listes de répertoires circulent en clair." },
      true /* in active mode the server connects from port 20 to the client */ },
    { "FTP", 21, TCP, TLSEDU_SEC_CAN_UPGRADE,
      { "FTP with AUTH TLS (explicit FTPS), implicit FTPS on 990, or SFTP over SSH",
        "FTP avec AUTH TLS (FTPS explicite), FTPS implicite sur 990, ou SFTP sur SSH" },
      { "FTP control connection: commands, user name and password are cleartext unless the client upgrades with AUTH TLS.",
        "Connexion de contrôle FTP\xc2\xa0: commandes, identifiant et mot de passe passent en clair, sauf si le client passe en TLS avec AUTH TLS." }, false },
    { "SSH", 22, TCP, TLSEDU_SEC_OWN_ENCRYPTION,
      { "already encrypted (SSH has its own protocol, not TLS); SFTP and SCP run inside it",
        "déjà chiffré (SSH a son propre protocole, pas TLS)\xc2\xa0; SFTP et SCP passent dedans" },
      { "SSH encrypts with its own protocol: after the version banners and the key exchange everything, SFTP included, is encrypted.",
        "SSH chiffre avec son propre protocole\xc2\xa0: après les bannières de version et l'échange de clés, tout est chiffré, SFTP compris." }, false },
    /* SMTP found by its content on a port outside the list (2525 ...): by name this row
     * comes first. The port says nothing of relay versus submission, so neither is
     * assumed: 465 is for submission only (RFC 8314 section 3.3), relay has MTA-STS
     * (RFC 8461) and DANE (RFC 7672). */
    { "SMTP", 0, TCP, TLSEDU_SEC_CAN_UPGRADE,
      { "for submission, implicit TLS on 465 (RFC 8314) or STARTTLS required; between servers, STARTTLS made mandatory by MTA-STS or DANE",
        "pour la soumission, TLS implicite sur 465 (RFC 8314) ou STARTTLS exigé\xc2\xa0; entre serveurs, STARTTLS rendu obligatoire par MTA-STS ou DANE" },
      { "SMTP on a port outside the course's list: it starts in cleartext and can upgrade with STARTTLS; the port does not tell submission from relay.",
        "SMTP sur un port hors de la liste du cours\xc2\xa0: il commence en clair et peut passer en TLS avec STARTTLS\xc2\xa0; le port ne dit pas s'il s'agit de soumission ou de relais." }, false },
    { "SMTP", 25, TCP, TLSEDU_SEC_CAN_UPGRADE,
      { "STARTTLS made mandatory between servers by MTA-STS or DANE",
        "STARTTLS rendu obligatoire entre serveurs par MTA-STS ou DANE" },
      { "SMTP relay between mail servers: it starts in cleartext and can upgrade with STARTTLS, but an attacker on the path can strip the offer unless MTA-STS or DANE makes TLS mandatory.",
        "Relais SMTP entre serveurs de messagerie\xc2\xa0: il commence en clair et peut passer en TLS avec STARTTLS, mais un attaquant sur le chemin peut supprimer l'offre si MTA-STS ou DANE ne rend pas TLS obligatoire." }, false },
    { "DNS", 53, BOTH, TLSEDU_SEC_CLEARTEXT,
      { "DNS over TLS (DoT, 853/tcp) or DNS over HTTPS (DoH, 443/tcp); DNSSEC signs answers but does not hide them",
        "DNS sur TLS (DoT, 853/tcp) ou DNS sur HTTPS (DoH, 443/tcp)\xc2\xa0; DNSSEC signe les réponses sans les cacher" },
      { "DNS queries and answers travel in cleartext: anyone on the path sees which names are looked up and can forge answers.",
        "Les requêtes et réponses DNS circulent en clair\xc2\xa0: tout observateur voit les noms demandés et peut falsifier les réponses." }, false },
    { "DHCP", 67, UDP, TLSEDU_SEC_CLEARTEXT,
      { "none in the protocol: protect the local network (DHCP snooping on switches)",
        "aucune dans le protocole\xc2\xa0: protéger le réseau local (DHCP snooping sur les commutateurs)" },
      { "DHCP hands out addresses in cleartext broadcasts, without authentication: a rogue server can answer first.",
        "DHCP distribue les adresses en diffusion et en clair, sans authentification\xc2\xa0: un serveur pirate peut répondre le premier." }, false },
    { "DHCP", 68, UDP, TLSEDU_SEC_CLEARTEXT,
      { "none in the protocol: protect the local network (DHCP snooping on switches)",
        "aucune dans le protocole\xc2\xa0: protéger le réseau local (DHCP snooping sur les commutateurs)" },
      { "DHCP client port: the client's requests and the server's offers travel in cleartext, without authentication.",
        "Port client DHCP\xc2\xa0: les demandes du client et les offres du serveur circulent en clair, sans authentification." }, false },
    { "TFTP", 69, UDP, TLSEDU_SEC_CLEARTEXT,
      { "SFTP or SCP over SSH, or HTTPS",
        "SFTP ou SCP sur SSH, ou HTTPS" },
      { "TFTP moves files in cleartext with no login and no encryption at all.",
        "TFTP transfère des fichiers en clair, sans identification ni chiffrement." }, false },
    { "HTTP", 80, TCP, TLSEDU_SEC_CLEARTEXT,
      /* RFC 6797 sections 7.2 and 8.1: HSTS is sent over HTTPS only, ignored over HTTP (the
       * HSTS texts, web.c, say so); section 14.6: the bootstrap request of a browser with no
       * HSTS policy for the host yet can be stripped; section 8.1: a browser that kept the
       * policy of an earlier visit never sends it; section 12.3: preloaded lists */
      { "HTTPS with HSTS; port 80 only redirects, and that first cleartext request can be intercepted to keep the browser on HTTP (SSL stripping) unless the browser already has the HSTS policy or the site is preloaded",
        "HTTPS avec HSTS\xc2\xa0; le port 80 ne fait que rediriger, et cette première requête en clair peut être interceptée pour garder le navigateur en HTTP (SSL stripping), sauf politique HSTS connue ou site préchargé" },
      { "HTTP is cleartext: pages, cookies and passwords (Basic authentication is only base64) can be read and changed on the path.",
        "HTTP circule en clair\xc2\xa0: pages, cookies et mots de passe (l'authentification Basic n'est que du base64) peuvent être lus et modifiés en chemin." }, false },
    { "POP3", 110, TCP, TLSEDU_SEC_CAN_UPGRADE,
      { "POP3S with implicit TLS on 995, or STLS made mandatory",
        "POP3S en TLS implicite sur 995, ou STLS rendu obligatoire" },
      { "POP3 starts in cleartext (USER and PASS included) and can upgrade to TLS with the STLS command.",
        "POP3 commence en clair (USER et PASS compris) et peut passer en TLS avec la commande STLS." }, false },
    { "NNTP", 119, TCP, TLSEDU_SEC_CAN_UPGRADE,
      { "NNTPS with implicit TLS on 563, or STARTTLS",
        "NNTPS en TLS implicite sur 563, ou STARTTLS" },
      { "NNTP (news) starts in cleartext and can upgrade to TLS with STARTTLS.",
        "NNTP (forums Usenet) commence en clair et peut passer en TLS avec STARTTLS." }, false },
    { "NTP", 123, UDP, TLSEDU_SEC_CLEARTEXT,
      { "NTS (Network Time Security, RFC 8915): a TLS key exchange on 4460/tcp, then authenticated NTP",
        "NTS (Network Time Security, RFC 8915)\xc2\xa0: échange de clés TLS sur 4460/tcp, puis NTP authentifié" },
      { "NTP carries the time in cleartext and, without NTS or keys, unauthenticated: a forged answer can shift a clock.",
        "NTP transporte l'heure en clair et, sans NTS ni clés, sans authentification\xc2\xa0: une réponse falsifiée peut décaler une horloge." }, false },
    { "IMAP", 143, TCP, TLSEDU_SEC_CAN_UPGRADE,
      { "IMAPS with implicit TLS on 993, or STARTTLS made mandatory",
        "IMAPS en TLS implicite sur 993, ou STARTTLS rendu obligatoire" },
      { "IMAP starts in cleartext (LOGIN included) and can upgrade to TLS with the STARTTLS command.",
        "IMAP commence en clair (LOGIN compris) et peut passer en TLS avec la commande STARTTLS." }, false },
    { "SNMP", 161, UDP, TLSEDU_SEC_CLEARTEXT,
      { "SNMPv3 with authPriv (authentication and encryption)",
        "SNMPv3 en authPriv (authentification et chiffrement)" },
      /* RFC 3411 section 3.4.3, RFC 3412 section 6.4: only authPriv encrypts; discovery
       * is noAuthNoPriv (not every report is: RFC 3414) */
      { "SNMP v1 and v2c send the community string, a password, in cleartext; SNMPv3 encrypts only in authPriv mode (its discovery exchange is noAuthNoPriv, readable).",
        "SNMP v1 et v2c envoient la communauté, un mot de passe, en clair\xc2\xa0; SNMPv3 ne chiffre qu'en authPriv (sa découverte se fait en noAuthNoPriv, lisible)." }, false },
    { "SNMP-TRAP", 162, UDP, TLSEDU_SEC_CLEARTEXT,
      { "SNMPv3 traps with authPriv",
        "traps SNMPv3 en authPriv" },
      /* RFC 3411 section 3.4.3: SNMPv3 encrypts in authPriv only */
      { "SNMP traps are notifications from an agent; like SNMP they are cleartext in v1/v2c, and encrypted only by SNMPv3 in authPriv mode.",
        "Les traps SNMP sont des notifications d'un agent\xc2\xa0; comme SNMP, en clair en v1/v2c, et chiffrées seulement par SNMPv3 en authPriv." }, false },
    { "LDAP", 389, TCP, TLSEDU_SEC_CAN_UPGRADE,
      { "LDAP with the StartTLS extended operation made mandatory, or LDAPS on 636",
        "LDAP avec l'opération étendue StartTLS rendue obligatoire, ou LDAPS sur 636" },
      { "LDAP starts in cleartext (a simple bind sends the password as is) and can upgrade with the StartTLS extended operation.",
        "LDAP commence en clair (un bind simple envoie le mot de passe tel quel) et peut passer en TLS avec l'opération étendue StartTLS." }, false },
    { "HTTPS", 443, TCP, TLSEDU_SEC_IMPLICIT_TLS,
      { "already secure: TLS from the first byte (prefer TLS 1.3 or 1.2 with forward secrecy)",
        "déjà sécurisé\xc2\xa0: TLS dès le premier octet (préférer TLS 1.3, ou 1.2 avec confidentialité persistante)" },
      { "HTTPS is HTTP inside TLS from the first byte: the handshake comes first, then every request is encrypted.",
        "HTTPS, c'est HTTP dans TLS dès le premier octet\xc2\xa0: la négociation d'abord, puis chaque requête est chiffrée." }, false },
    { "QUIC", 443, UDP, TLSEDU_SEC_OWN_ENCRYPTION,
      /* RFC 9001 section 4: the TLS 1.3 handshake rides in CRYPTO frames; section 5:
       * packet protection uses keys from it (Initial packets: keys from the connection ID) */
      { "already encrypted: QUIC's handshake is TLS 1.3, and its keys protect every packet after the Initial ones",
        "déjà chiffré\xc2\xa0: la négociation de QUIC est du TLS 1.3, et ses clés protègent chaque paquet après les paquets Initial" },
      { "QUIC runs over UDP (HTTP/3 is one application on it); its handshake is TLS 1.3 in CRYPTO frames, not TLS records, and its keys protect the packets.",
        "QUIC fonctionne sur UDP (HTTP/3 est une application parmi d'autres)\xc2\xa0; sa négociation est du TLS 1.3 dans des trames CRYPTO, pas des enregistrements TLS, et ses clés protègent les paquets." }, false },
    { "SMB", 445, TCP, TLSEDU_SEC_NEGOTIATED,
      { "SMB 3 with encryption required (or SMB over QUIC)",
        "SMB 3 avec chiffrement exigé (ou SMB sur QUIC)" },
      { "SMB (Windows file sharing) negotiates its security inside the protocol: signing, and encryption only from SMB 3 on.",
        "SMB (partage de fichiers Windows) négocie sa sécurité dans le protocole\xc2\xa0: signature, et chiffrement seulement à partir de SMB 3." }, false },
    { "SMTPS", 465, TCP, TLSEDU_SEC_IMPLICIT_TLS,
      { "already secure: message submission over implicit TLS (\"submissions\", RFC 8314)",
        "déjà sécurisé\xc2\xa0: soumission de messages en TLS implicite («\xc2\xa0submissions\xc2\xa0», RFC 8314)" },
      { "Port 465 is mail submission over implicit TLS: the TLS handshake comes first, then SMTP runs inside it.",
        "Le port 465 sert à la soumission de courrier en TLS implicite\xc2\xa0: la négociation TLS d'abord, puis SMTP à l'intérieur." }, false },
    { "ISAKMP", 500, UDP, TLSEDU_SEC_OWN_ENCRYPTION,
      { "already its own security: IKE negotiates the keys of an IPsec VPN",
        "sécurité propre\xc2\xa0: IKE négocie les clés d'un VPN IPsec" },
      { "ISAKMP/IKE negotiates the keys of an IPsec VPN with its own key exchange (Diffie-Hellman), not TLS.",
        "ISAKMP/IKE négocie les clés d'un VPN IPsec avec son propre échange de clés (Diffie-Hellman), pas TLS." }, false },
    { "NNTPS", 563, TCP, TLSEDU_SEC_IMPLICIT_TLS,
      { "already secure: NNTP over implicit TLS",
        "déjà sécurisé\xc2\xa0: NNTP en TLS implicite" },
      { "NNTPS is NNTP (news) inside TLS from the first byte.",
        "NNTPS, c'est NNTP (forums Usenet) dans TLS dès le premier octet." }, false },
    { "SMTP", 587, TCP, TLSEDU_SEC_CAN_UPGRADE,
      { "submission with STARTTLS required before AUTH, or implicit TLS on 465",
        "soumission avec STARTTLS exigé avant AUTH, ou TLS implicite sur 465" },
      /* RFC 6409 (submission on 587); RFC 4954 section 4: a server MUST be configurable to
       * refuse plaintext mechanisms without TLS, a policy, not a protocol rule (the
       * smtp-auth-cleartext-587 capture accepts AUTH PLAIN in cleartext); RFC 8314 section 3 */
      { "Port 587 is mail submission by mail clients: it starts in cleartext and should upgrade with STARTTLS before the password is sent (servers can be set to require it).",
        "Le port 587 sert à la soumission de courrier par les clients\xc2\xa0: il commence en clair et devrait passer en TLS avec STARTTLS avant l'envoi du mot de passe (le serveur peut l'exiger)." }, false },
    { "LDAPS", 636, TCP, TLSEDU_SEC_IMPLICIT_TLS,
      { "already secure: LDAP over implicit TLS",
        "déjà sécurisé\xc2\xa0: LDAP en TLS implicite" },
      { "LDAPS is LDAP inside TLS from the first byte.",
        "LDAPS, c'est LDAP dans TLS dès le premier octet." }, false },
    { "DoT", 853, TCP, TLSEDU_SEC_IMPLICIT_TLS,
      { "already secure: DNS over TLS",
        "déjà sécurisé\xc2\xa0: DNS sur TLS" },
      { "DNS over TLS (DoT): DNS queries inside TLS from the first byte, hidden from the path.",
        "DNS sur TLS (DoT)\xc2\xa0: les requêtes DNS dans TLS dès le premier octet, cachées aux observateurs." }, false },
    { "FTPS", 990, TCP, TLSEDU_SEC_IMPLICIT_TLS,
      { "already secure: FTP control over implicit TLS",
        "déjà sécurisé\xc2\xa0: contrôle FTP en TLS implicite" },
      { "Implicit FTPS: the FTP control connection is inside TLS from the first byte.",
        "FTPS implicite\xc2\xa0: la connexion de contrôle FTP est dans TLS dès le premier octet." }, false },
    { "IMAPS", 993, TCP, TLSEDU_SEC_IMPLICIT_TLS,
      { "already secure: IMAP over implicit TLS",
        "déjà sécurisé\xc2\xa0: IMAP en TLS implicite" },
      { "IMAPS is IMAP inside TLS from the first byte: the login is always encrypted.",
        "IMAPS, c'est IMAP dans TLS dès le premier octet\xc2\xa0: l'identification est toujours chiffrée." }, false },
    { "POP3S", 995, TCP, TLSEDU_SEC_IMPLICIT_TLS,
      { "already secure: POP3 over implicit TLS",
        "déjà sécurisé\xc2\xa0: POP3 en TLS implicite" },
      { "POP3S is POP3 inside TLS from the first byte: USER and PASS are always encrypted.",
        "POP3S, c'est POP3 dans TLS dès le premier octet\xc2\xa0: USER et PASS sont toujours chiffrés." }, false },
    { "RDP", 3389, TCP, TLSEDU_SEC_NEGOTIATED,
      { "RDP with TLS and Network Level Authentication (CredSSP), or behind a VPN or gateway",
        "RDP avec TLS et authentification au niveau réseau (CredSSP), ou derrière un VPN ou une passerelle" },
      /* MS-RDPBCGR section 5.4 (Enhanced RDP Security: TLS, CredSSP) versus section 5.3
       * (Standard RDP Security: RC4, no TLS); the security protocol is negotiated first */
      { "RDP (remote desktop) negotiates its security first: usually the session moves into TLS, with CredSSP for the login; old Standard RDP Security uses no TLS.",
        "RDP (bureau à distance) négocie d'abord sa sécurité\xc2\xa0: en général la session passe dans TLS, avec CredSSP pour l'identification\xc2\xa0; l'ancienne Standard RDP Security n'utilise pas TLS." }, false },
    { "SIP", 5060, BOTH, TLSEDU_SEC_CLEARTEXT,
      { "SIPS: SIP over TLS on 5061/tcp, with SRTP for the media",
        "SIPS\xc2\xa0: SIP sur TLS sur 5061/tcp, avec SRTP pour les médias" },
      { "SIP sets up calls in cleartext: who calls whom, and the media keys if any, can be read on the path.",
        "SIP établit les appels en clair\xc2\xa0: qui appelle qui, et les éventuelles clés des médias, se lisent en chemin." }, false },
    { "SIPS", 5061, TCP, TLSEDU_SEC_IMPLICIT_TLS,
      { "already secure: SIP over TLS (TCP; add SRTP for the media)",
        "déjà sécurisé\xc2\xa0: SIP sur TLS (TCP\xc2\xa0; ajouter SRTP pour les médias)" },
      { "SIPS is SIP inside TLS from the first byte, over TCP (not UDP, whatever some notes say); the voice itself needs SRTP.",
        "SIPS, c'est SIP dans TLS dès le premier octet, sur TCP (pas UDP, quoi qu'en disent certaines notes)\xc2\xa0; la voix elle-même demande SRTP." }, false },
    { "XMPP", 5222, TCP, TLSEDU_SEC_CAN_UPGRADE,
      { "XMPP with STARTTLS made mandatory, or direct TLS on 5223",
        "XMPP avec STARTTLS rendu obligatoire, ou TLS direct sur 5223" },
      { "XMPP (instant messaging) starts as a cleartext XML stream and upgrades with <starttls/>.",
        "XMPP (messagerie instantanée) commence par un flux XML en clair et passe en TLS avec <starttls/>." }, false },
    { "TLS", 0, TCP, TLSEDU_SEC_IMPLICIT_TLS,
      { "already TLS: check the negotiated version, the certificate and the key exchange",
        "déjà TLS\xc2\xa0: vérifier la version négociée, le certificat et l'échange de clés" },
      /* What a path observer still reads without the keys: the ClientHello's server_name
       * (RFC 6066 section 3) and ALPN list (RFC 7301 section 3.1) in cleartext (unless
       * Encrypted Client Hello hides them), record sizes and timing (RFC 8446 section 5.4:
       * padding is optional), and up to TLS 1.2 the server's Certificate (RFC 5246 section
       * 7.4.2; TLS 1.3 encrypts it, RFC 8446 section 4.4) */
      { "TLS on a port outside the course's list, known by its record header: data is encrypted, yet an eavesdropper sees the server name (SNI) and ALPN if sent, sizes, timing, and up to TLS 1.2 the certificate.",
        "TLS hors de la liste de ports du cours, reconnu à ses en-têtes\xc2\xa0: données chiffrées, mais on voit le nom du serveur (SNI) et l'ALPN si envoyés, tailles, rythme, et jusqu'à TLS 1.2 le certificat." }, false },
    { "DTLS", 0, UDP, TLSEDU_SEC_IMPLICIT_TLS,
      { "already DTLS: check the negotiated version, the certificate and the key exchange",
        "déjà DTLS\xc2\xa0: vérifier la version négociée, le certificat et l'échange de clés" },
      /* RFC 6347 section 4.1 (DTLS 1.2 records), RFC 9147 section 4 (DTLS 1.3); the same
       * cleartext SNI (RFC 6066 section 3) and ALPN (RFC 7301 section 3.1), and the
       * Certificate up to DTLS 1.2 (RFC 6347 section 4.2, as RFC 5246 section 7.4.2) */
      { "DTLS (TLS over UDP) outside the course's port list, known by its record header: data is encrypted, yet an eavesdropper sees SNI and ALPN if sent, sizes, timing, and up to DTLS 1.2 the certificate.",
        "DTLS (TLS sur UDP) hors de la liste de ports du cours, reconnu à ses en-têtes\xc2\xa0: données chiffrées, mais on voit SNI et ALPN si envoyés, tailles, rythme, et jusqu'à DTLS 1.2 le certificat." }, false },
    { "RTP", 0, UDP, TLSEDU_SEC_CLEARTEXT,
      { "SRTP (keys from DTLS-SRTP, SDES over SIPS, or ZRTP)",
        "SRTP (clés par DTLS-SRTP, SDES sur SIPS, ou ZRTP)" },
      { "RTP carries voice and video in cleartext on ports chosen at call set-up: anyone on the path can replay the audio.",
        "RTP transporte la voix et la vidéo en clair sur des ports choisis à l'établissement de l'appel\xc2\xa0: tout observateur peut réécouter le son." }, false },
};

const size_t tlsedu_catalogue_len = sizeof tlsedu_catalogue / sizeof tlsedu_catalogue[0];
