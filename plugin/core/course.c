/* course.c - the course notes' six steps (course.h): which step each stage item
 * illustrates, and its note in the course's words, with the correction where the notes'
 * RSA-era story does not hold for this version or key exchange.
 *
 * The notes (../shared/course-notes, 000_*.txt): 1 the certificate's key pair; 2 browser
 * and server communicate to set up the encrypted connection; 3 the server shares its
 * certificate and public key; 4 the browser checks the certificate (issuer, dates,
 * revocation); 5 the browser sends a symmetric session key, encrypted with the server's
 * public key, and the server acknowledges with the session key; 6 both encrypt all data
 * with the session key. Step 5 is RSA key transport (RFC 5246 7.4.7.1) and even there the
 * key sent is the pre-master secret, not the session keys (RFC 5246 8.1, 6.3).
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
#include "course.h"

#include "say.h"
#include "tls_types.h"

#define S(en, fr, ru) { { en, fr, ru } }

typedef enum {
    N_NONE = 0,
    N_HELLO, N_HELLO13, N_SERVER_HELLO, N_SERVER_HELLO13, N_RESUMED, N_RESUMED13, N_CERT, N_CERT13,
    N_PROOF13, N_SKE, N_SHD, N_CKE_RSA, N_CKE_DHE, N_FIN_SERVER12, N_FIN_CLIENT12, N_FIN_SERVER13,
    N_FIN_CLIENT13, N_DATA, N_DATA13_INF, N_DATA_NULL, N_ALERT_CERT, N_CLIENT_AUTH, N_TICKET, N_SKE_ANON,
    N_COUNT
} note_t;

static const tlsedu_sentence_t notes[N_COUNT] = {
    [N_HELLO] = S("Course step 2: the client (the browser, in the notes) opens the negotiation of the encrypted connection.",
                  "Étape 2 du cours : le client (le navigateur, dans les notes) engage la négociation de la connexion chiffrée.",
        "Шаг 2: клиент (в конспекте — браузер) начинает процедуру подтверждения связи, чтобы установить зашифрованное соединение."),
    /* RFC 8446 2, 4.2.8: the key shares give the secret; nothing key-like is sent encrypted */
    /* RFC 8446 4.1.4, 4.2.8: a HelloRetryRequest may ask for another group */
    [N_HELLO13] = S("Course step 2; if the server picks TLS 1.3 and one of these groups, these key shares do step 5's work: no session key will be sent, not even encrypted.",
            "Étape 2 du cours ; si le serveur choisit TLS 1.3 et l'un de ces groupes, ces « key shares » font le travail de l'étape 5 : aucune clé de session ne sera envoyée, même chiffrée.",
        "Шаг 2: если сервер выберет TLS 1.3 и одну из этих групп, эти key share выполнят работу шага 5: сеансовый ключ не пошлют даже зашифрованным."),
    [N_SERVER_HELLO] = S("Course step 2: the server answers and chooses the version and the cipher suite.",
                         "Étape 2 du cours : le serveur répond et choisit la version et la suite de chiffrement.",
        "Шаг 2: сервер отвечает и выбирает версию и набор шифров."),
    [N_SERVER_HELLO13] = S("Course step 2; the server's key share, combined with the client's, gives both sides the same secret: this replaces the notes' step 5.",
            "Étape 2 du cours ; le « key share » du serveur, combiné à celui du client, donne aux deux côtés le même secret : cela remplace l'étape 5 des notes.",
        "Шаг 2: key share сервера вместе с key share клиента дает обеим сторонам общий секрет: это заменяет шаг 5 из конспекта."),
    /* RFC 5246 7.3, RFC 8446 2.2 */
    /* RFC 5246 6.3, 7.3, 8.1: the master secret is reused, the session keys are new */
    [N_RESUMED] = S("Course step 2 of a resumption: steps 3 and 4 are skipped. Fresh session keys are computed from the earlier session's master secret and the two new random numbers.",
            "Étape 2 du cours, dans une reprise : les étapes 3 et 4 sont sautées. De nouvelles clés de session sont calculées à partir du secret maître de la session antérieure et des deux nouveaux nombres aléatoires.",
        "Шаг 2 возобновления сеанса: шаги 3 и 4 пропущены. Новые сеансовые ключи вычисляют из мастер-секрета прежнего сеанса и двух новых случайных чисел."),
    /* RFC 8446 2.2, 4.2.11: a PSK, usually a resumption's ticket, possibly external */
    [N_RESUMED13] = S("Course step 2 with a pre-shared key, usually a resumption: steps 3 and 4 are skipped. The keys are derived from that key (usually set up by an earlier session, its ticket naming it), often mixed with a fresh key exchange.",
            "Étape 2 du cours avec une clé pré-partagée, en général une reprise : les étapes 3 et 4 sont sautées. Les clés sont dérivées de cette clé (en général établie par une session antérieure, que son ticket désigne), souvent mêlée à un nouvel échange de clés.",
        "Шаг 2 с PSK, обычно возобновление: шаги 3 и 4 пропущены. Ключи выводят из этого PSK (обычно созданного прежним сеансом; билет лишь называет его), часто вместе с новым обменом ключами."),
    [N_CERT] = S("Course step 3: the server shares its TLS certificate and its public key. Step 4, the check, happens inside the client: only its next message or an alert shows it.",
                 "Étape 3 du cours : le serveur partage son certificat TLS et sa clé publique. L'étape 4, la vérification, se passe dans le client : seul son message suivant ou une alerte la montre.",
        "Шаг 3: сервер шлет сертификат TLS и открытый ключ. Шаг 4, проверка, идет в клиенте: его покажет лишь ответ или оповещение."),
    [N_CERT13] = S("Course step 3, encrypted in TLS 1.3. Step 4, the check, happens inside the client: only its next message or an alert shows it.",
                   "Étape 3 du cours, chiffrée en TLS 1.3. L'étape 4, la vérification, se passe dans le client : seul son message suivant ou une alerte la montre.",
        "Шаг 3: в TLS 1.3 сертификат зашифрован. Шаг 4, проверка, идет в клиенте: его покажет лишь ответ или оповещение."),
    /* RFC 8446 4.4.3 */
    [N_PROOF13] = S("Course step 3: the notes do not say it, but the certificate alone proves nothing; this signature does.",
                    "Étape 3 du cours : les notes ne le disent pas, mais le certificat seul ne prouve rien ; cette signature, si.",
        "Шаг 3: в конспекте этого нет, но сам сертификат ничего не доказывает; доказывает эта подпись."),
    /* RFC 8422 5.4, RFC 5246 7.4.3 */
    [N_SKE] = S("Course step 5, in a form the notes do not show: with (EC)DHE the server sends its half of the key exchange, signed with its certificate's key.",
            "Étape 5 du cours, sous une forme que les notes ne montrent pas : en (EC)DHE, le serveur envoie sa moitié de l'échange de clés, signée avec la clé de son certificat.",
        "Шаг 5, но не как в конспекте: при (EC)DHE сервер шлет свою половину обмена ключами, подписанную ключом сертификата."),
    /* RFC 5246 7.4.5 */
    /* no step 3 without a server Certificate (anonymous, PSK, SRP suites: RFC 5246 7.4.2) */
    [N_SHD] = S("The server's part of step 2 (of step 3 if it sent its certificate, of step 5 with (EC)DHE) ends here; the notes do not show this message.",
                "La part du serveur à l'étape 2 (à l'étape 3 s'il a envoyé son certificat, à l'étape 5 en (EC)DHE) s'arrête ici ; les notes ne montrent pas ce message.",
        "Здесь заканчивается часть сервера в шаге 2 (в шаге 3, если он прислал сертификат, в шаге 5 при (EC)DHE); в конспекте этого сообщения нет."),
    /* RFC 5246 7.4.7.1, 8.1, 6.3 */
    [N_CKE_RSA] = S("Course step 5: the notes' \"session key encrypted with the server's public key\" is this pre-master secret; the session keys themselves never travel, both sides compute them from it.",
                    "Étape 5 du cours : la « clé de session chiffrée avec la clé publique du serveur » des notes est ce secret pré-maître ; les clés de session elles-mêmes ne circulent jamais, les deux côtés les en calculent.",
        "Шаг 5: «сеансовый ключ, зашифрованный открытым ключом сервера» из конспекта — это предварительный секрет (pre-master secret). Сами сеансовые ключи не передаются: их вычисляют из него обе стороны."),
    /* RFC 8422 5.7, RFC 5246 8.1.2 */
    [N_CKE_DHE] = S("Course step 5, corrected: with (EC)DHE no session key travels, not even encrypted; each side computes it from its own private value and the other side's public value.",
            "Étape 5 du cours, corrigée : en (EC)DHE aucune clé de session ne circule, même chiffrée ; chaque côté la calcule à partir de sa valeur privée et de la valeur publique de l'autre.",
        "Шаг 5, поправка: при (EC)DHE сеансовый ключ не передают вовсе; каждый вычисляет его из своего закрытого и чужого открытого значения."),
    /* RFC 5246 7.4.9 */
    [N_FIN_SERVER12] = S("Course step 5: the server's \"acknowledgment encrypted with the session key\" is its Finished.",
                         "Étape 5 du cours : l'« accusé de réception chiffré avec la clé de session » du serveur est son Finished.",
        "Шаг 5: «подтверждение, зашифрованное сеансовым ключом» от сервера — это его сообщение Finished."),
    [N_FIN_CLIENT12] = S("Course step 5: the client's Finished, under the new keys, checks the whole negotiation.",
                         "Étape 5 du cours : le Finished du client, sous les nouvelles clés, vérifie toute la négociation.",
        "Шаг 5: сообщение Finished клиента, уже на новых ключах, проверяет всю процедуру подтверждения связи."),
    /* RFC 8446 4.4.4 */
    [N_FIN_SERVER13] = S("Course step 5: the server's \"acknowledgment encrypted with the session key\" is its Finished (in TLS 1.3 under the handshake keys), sent before the client's.",
            "Étape 5 du cours : l'« accusé de réception chiffré avec la clé de session » du serveur est son Finished (en TLS 1.3, sous les clés de négociation), envoyé avant celui du client.",
        "Шаг 5: «подтверждение, зашифрованное сеансовым ключом», — Finished сервера (в TLS 1.3 на ключах рукопожатия), он идет до Finished клиента."),
    [N_FIN_CLIENT13] = S("Course step 5 ends with the client's Finished; step 6 follows.",
                         "L'étape 5 du cours s'achève avec le Finished du client ; l'étape 6 suit.",
        "Шаг 5 заканчивается сообщением Finished клиента; дальше идет шаг 6."),
    [N_DATA] = S("Course step 6: the data is encrypted with the session keys, which protect its confidentiality and integrity.",
                 "Étape 6 du cours : les données sont chiffrées avec les clés de session, qui protègent leur confidentialité et leur intégrité.",
        "Шаг 6: данные зашифрованы сеансовыми ключами, которые защищают их конфиденциальность и целостность."),
    /* RFC 8446 5.2: without keys every protected record has the outer type application_data */
    [N_DATA13_INF] = S("Course step 6, probably: whatever this record holds (data, a ticket or an alert), the session keys protect it.",
                       "Sans doute l'étape 6 du cours : quel que soit le contenu de cet enregistrement (données, ticket ou alerte), les clés de session le protègent.",
        "Вероятно, шаг 6: что бы ни было в записи (данные, билет или оповещение), ее защищают сеансовые ключи."),
    /* RFC 5246 6.2.3.1 */
    /* RFC 5246 A.5: TLS_NULL_WITH_NULL_NULL has no MAC either; RFC 9150: integrity-only suites */
    [N_DATA_NULL] = S("Course step 6, but the data is NOT encrypted: this suite encrypts nothing (NULL or integrity-only) and protects integrity at most.",
            "Étape 6 du cours, mais les données ne sont PAS chiffrées : cette suite ne chiffre rien (NULL ou d'intégrité seule) et protège au mieux l'intégrité.",
        "Шаг 6, но данные НЕ зашифрованы: этот набор ничего не шифрует (NULL или только целостность), в лучшем случае защищает целостность."),
    /* RFC 5246 7.2.2, RFC 8446 6.2 */
    [N_ALERT_CERT] = S("Course step 4 failed: the client rejects the server's certificate and says so with this alert.",
                       "Échec de l'étape 4 du cours : le client refuse le certificat du serveur et le dit par cette alerte.",
        "Шаг 4 не пройден: клиент отвергает сертификат сервера и сообщает об этом данным оповещением."),
    [N_CLIENT_AUTH] = S("Not in the six steps: the server also asks the client for a certificate (mutual TLS).",
            "Absent des six étapes : le serveur demande aussi un certificat au client (TLS mutuel).",
        "Вне шести шагов: сервер также запрашивает сертификат у клиента: это взаимная аутентификация (mTLS)."),
    /* RFC 5246 7.4.3, RFC 8422 2.3: anonymous (EC)DH is not signed */
    [N_SKE_ANON] = S("Course step 5, which here authenticates nobody: the server's half of the key exchange is not signed (anonymous suite).",
                     "Étape 5 du cours, qui n'authentifie ici personne : la moitié de l'échange de clés du serveur n'est pas signée (suite anonyme).",
        "Шаг 5 здесь никого не аутентифицирует: половина обмена ключами сервера не подписана (анонимный набор шифров)."),
    /* RFC 5246 7.3, RFC 8446 2.2: a resumption keeps both Finished */
    [N_TICKET] = S("Not in the six steps: a ticket lets a later connection skip steps 3 and 4, and step 5's key exchange unless TLS 1.3 adds a fresh one; the Finished messages remain.",
            "Absent des six étapes : un ticket permet à une connexion ultérieure de sauter les étapes 3 et 4, et l'échange de clés de l'étape 5 sauf nouvel échange en TLS 1.3 ; les Finished restent.",
        "Вне шести шагов: по билету позже можно пропустить шаги 3 и 4, а обмен ключами шага 5 — если TLS 1.3 не добавит новый; Finished остаются."),
};

/* A client's alert about the server's certificate (RFC 5246 7.2.2, RFC 8446 6.2). */
static bool
certificate_alert(const tlsedu_stage_item_t *it)
{
    if (!it->alert_known || it->from != TLSEDU_FROM_CLIENT)
        return false;
    switch (it->alert_description) {
    case TLSEDU_ALERT_BAD_CERTIFICATE: case TLSEDU_ALERT_UNSUPPORTED_CERTIFICATE:
    case TLSEDU_ALERT_CERTIFICATE_REVOKED: case TLSEDU_ALERT_CERTIFICATE_EXPIRED:
    case TLSEDU_ALERT_CERTIFICATE_UNKNOWN: case TLSEDU_ALERT_UNKNOWN_CA:
        return true;
    default:
        return false;
    }
}

static note_t
note_of(const tlsedu_stage_item_t *it, bool tls13, tlsedu_kex_t kex, bool null_cipher, bool anonymous)
{
    const bool server = it->from == TLSEDU_FROM_SERVER;

    switch (it->msg) {
    case TLSEDU_MSG_CLIENT_HELLO: case TLSEDU_MSG_CLIENT_HELLO_AGAIN:
        return it->offers_tls13 && it->n_shares > 0 ? N_HELLO13 : N_HELLO;   /* hedged: "if the server picks 1.3" */
    case TLSEDU_MSG_SERVER_HELLO:
        if (it->resumption != TLSEDU_RESUME_NONE)   /* a PSK is TLS 1.3's (RFC 8446 2.2), version known or not */
            return tls13 || it->resumption == TLSEDU_RESUME_PSK ? N_RESUMED13 : N_RESUMED;
        return tls13 ? N_SERVER_HELLO13 : N_SERVER_HELLO;
    case TLSEDU_MSG_SERVER_CERTIFICATE: return tls13 && !null_cipher ? N_CERT13 : N_CERT;
    case TLSEDU_MSG_INF_SERVER_FLIGHT: return null_cipher ? N_CERT : N_CERT13;   /* RFC 9150: not encrypted */
    case TLSEDU_MSG_SERVER_CERTIFICATE_VERIFY: return N_PROOF13;
    case TLSEDU_MSG_SERVER_KEY_EXCHANGE:
        if (anonymous)
            return N_SKE_ANON;
        return kex == TLSEDU_KEX_DHE || kex == TLSEDU_KEX_ECDHE ? N_SKE : N_NONE;
    case TLSEDU_MSG_SERVER_HELLO_DONE: return N_SHD;
    case TLSEDU_MSG_CLIENT_KEY_EXCHANGE:
        return kex == TLSEDU_KEX_RSA ? N_CKE_RSA : kex == TLSEDU_KEX_DHE || kex == TLSEDU_KEX_ECDHE ? N_CKE_DHE : N_NONE;
    case TLSEDU_MSG_FINISHED: case TLSEDU_MSG_INF_FINISHED:
        if (tls13)
            return server ? N_FIN_SERVER13 : it->from == TLSEDU_FROM_CLIENT ? N_FIN_CLIENT13 : N_NONE;
        return server ? N_FIN_SERVER12 : it->from == TLSEDU_FROM_CLIENT ? N_FIN_CLIENT12 : N_NONE;
    case TLSEDU_MSG_APP_DATA: case TLSEDU_MSG_INF_APP_DATA:
        return null_cipher ? N_DATA_NULL : it->early ? N_NONE
             : it->msg == TLSEDU_MSG_INF_APP_DATA && tls13 ? N_DATA13_INF : N_DATA;
    case TLSEDU_MSG_ALERT: return certificate_alert(it) ? N_ALERT_CERT : N_NONE;
    case TLSEDU_MSG_CERTIFICATE_REQUEST: return N_CLIENT_AUTH;
    case TLSEDU_MSG_NEW_SESSION_TICKET_12: case TLSEDU_MSG_NEW_SESSION_TICKET_13: return N_TICKET;
    default: return N_NONE;
    }
}

uint8_t
tlsedu_course_step(const tlsedu_stage_item_t *it, bool tls13)
{
    static const uint8_t steps[N_COUNT] = {
        [N_HELLO] = 2, [N_HELLO13] = 2, [N_SERVER_HELLO] = 2, [N_SERVER_HELLO13] = 2, [N_RESUMED] = 2, [N_RESUMED13] = 2,
        [N_CERT] = 3, [N_CERT13] = 3, [N_PROOF13] = 3, [N_SKE] = 5, [N_SKE_ANON] = 5, [N_CKE_RSA] = 5, [N_CKE_DHE] = 5,
        [N_FIN_SERVER12] = 5, [N_FIN_CLIENT12] = 5, [N_FIN_SERVER13] = 5, [N_FIN_CLIENT13] = 5,
        [N_DATA] = 6, [N_DATA13_INF] = 6, [N_DATA_NULL] = 6, [N_ALERT_CERT] = 4,
    };
    /* the step does not depend on the key exchange or the cipher, only the note does */
    const note_t n = it != NULL ? note_of(it, tls13, TLSEDU_KEX_ECDHE, false, false) : N_NONE;

    if (it != NULL && it->msg == TLSEDU_MSG_CLIENT_KEY_EXCHANGE)
        return 5;
    return steps[n];
}

char *
tlsedu_course_note(const tlsedu_stage_item_t *it, bool tls13, tlsedu_kex_t kex, bool null_cipher, bool anonymous,
                   tlsedu_lang_t lang, char *buf, size_t len)
{
    tlsedu_explanation_t one;
    note_t n;

    if (it == NULL || buf == NULL || len == 0 || (n = note_of(it, tls13, kex, null_cipher, anonymous)) == N_NONE)
        return NULL;
    /* a note may hold two sentences: each fits one tree item (the glue shows them apart) */
    if (notes[n].text[(unsigned)lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN] == NULL)
        return NULL;
    tlsedu_explanation_split(&one, lang, notes[n].text[(unsigned)lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN]);
    return tlsedu_explanation_join(&one, buf, len);
}

const char *
tlsedu_course_step_name(uint8_t step, tlsedu_lang_t lang)
{
    static const char *const names[TLSEDU_COURSE_STEPS + 1][TLSEDU_LANG_COUNT] = {
        [1] = { "the certificate's key pair", "la paire de clés du certificat", "пара ключей сертификата" },
        [2] = { "client and server open the negotiation", "le client et le serveur engagent la négociation",
                "клиент и сервер начинают процедуру подтверждения связи" },
        [3] = { "the server shares its certificate and public key", "le serveur partage son certificat et sa clé publique",
                "сервер передает свой сертификат и открытый ключ" },
        [4] = { "the client checks the certificate", "le client vérifie le certificat", "клиент проверяет сертификат" },
        [5] = { "the session key is agreed", "la clé de session est convenue", "сеансовый ключ согласован" },
        [6] = { "data encrypted with the session key", "données chiffrées avec la clé de session",
                "данные зашифрованы сеансовым ключом" },
    };

    if (step < 1 || step > TLSEDU_COURSE_STEPS)
        return "?";
    return names[step][(unsigned)lang < TLSEDU_LANG_COUNT ? lang : TLSEDU_LANG_EN];
}

/* The notes (001, ru): a client either uses a port where TLS always starts, or "an
 * arbitrary port and a special command to the server to switch the connection to TLS"
 * (произвольного порта: corrected in Russian, where the notes say it; the textbook
 * chapter 003 rightly says the protocol's standard port).
 * The command runs on the protocol's own port (RFC 3207 2, RFC 2595 3, RFC 4217 4); the
 * TLS negotiation then follows on the same connection (RFC 3207 4, RFC 2595 3.1). */
static const tlsedu_sentence_t upgrade_note[3] = {
    S("Course notes: this {1} is the \"special command\" by which the client asks the server to switch the connection to TLS; the TLS negotiation (steps 2 to 6) follows on the same connection.",
      "Notes du cours : {1} est la « commande spéciale » par laquelle le client demande au serveur de passer la connexion en TLS ; la négociation TLS (étapes 2 à 6) suit sur la même connexion.",
      "Конспект: {1} — та «специальная команда», которой клиент просит сервер перейти на TLS; затем в том же соединении идут шаги 2–6."),
    /* {1}: this protocol's registered ports (SMTP 25 or 587, IMAP 143, POP3 110, FTP 21,
     * LDAP 389, XMPP 5222 or 5269, PostgreSQL 5432) */
    S("It normally runs on the protocol's own port ({1}): unlike implicit TLS, no second port is needed.",
      "Elle passe normalement par le port du protocole lui-même ({1}) : contrairement au TLS implicite, pas besoin d'un second port.",
      "Обычно — на порт самого протокола ({1}), а не на «произвольный» из конспекта; второй порт, как у неявного TLS, не нужен."),
    /* a protocol without an implicit-TLS port (PostgreSQL before 17: the same port 5432) */
    S("It normally runs on the protocol's own port ({1}), the one its cleartext sessions use too.",
      "Elle passe normalement par le port du protocole lui-même ({1}), celui qu'emploient aussi ses sessions en clair.",
      "Обычно — на порт самого протокола ({1}), тот же, что для сеансов без шифрования, а не на «произвольный» из конспекта."),
};

char *
tlsedu_course_upgrade_note(const char *command, const char *ports, bool implicit_port, tlsedu_lang_t lang, char *buf,
                           size_t len)
{
    tlsedu_explanation_t e;

    e.n = 0;
    tlsedu_say(&e, lang, &upgrade_note[0], command, NULL, NULL);
    tlsedu_say(&e, lang, &upgrade_note[implicit_port ? 1 : 2], ports, NULL, NULL);
    return tlsedu_explanation_join(&e, buf, len);
}
