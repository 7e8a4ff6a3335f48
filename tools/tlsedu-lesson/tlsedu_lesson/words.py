# SPDX-License-Identifier: GPL-2.0-or-later
"""The few words of the lesson page itself (headings, table labels), in every language, and
the formats of its values (durations, dates)."""
import re

WORDS = {
    "en": {
        "course_step": "course step %d", "inside": "Inside (%s):", "more": "… %d more",
        "other_content": "(no first line)", "flagged": "tlsedu flags this frame.",
        "cleartext_lines": "Its bytes, in cleartext (first lines):", "ms_unit": "%s ms",
        "months": ["January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"], "date": "{month} {day}, {year}",
        "title": "TLS lesson", "conversation": "Conversation", "client": "Client", "server": "Server",
        "frame": "frame", "stage": "stage", "stages": "Stages", "step": "STARTTLS step",
        "warning": "warning", "summary": "Summary", "version": "Version", "suite": "Cipher suite",
        "kex": "Key exchange", "fs": "Forward secrecy", "resumed": "Resumed", "rtt": "Round trips",
        "duration": "Duration", "warnings": "Warnings", "none": "none", "yes": "yes", "no": "no",
        "unknown": "unknown", "handshake": "Handshake", "starttls": "STARTTLS",
        "appdata": "Application data", "enc_records": "Encrypted records", "records": "records", "frames": "frames",
        "subject": "Certificate subject", "issuer": "Certificate issuer", "not_after": "Certificate valid until",
        "no_tls": "No TLS handshake dissected by Wireshark, and no STARTTLS upgrade tlsedu follows (SMTP, IMAP, POP3, FTP, LDAP, NNTP, XMPP, PostgreSQL), in this capture; a handshake Wireshark cannot follow (e.g. after an IRC STARTTLS) stays invisible. tlsedu found nothing to draw.",
        "services": "Services tlsedu recognised in this capture", "service": "Service", "security": "Security",
        "generated": "Made by tlsedu-lesson from", "keylog": "with the key log", "times":
        "Times are relative to the conversation's first message shown.",
        "legend": "Stage colours", "frames_total": "%d frames", "ms": "+%.3f ms", "colon": ": ",
        "stage_names": ["client proposes", "server chooses", "server proves its identity", "key exchange", "handshake finished", "application data", "client authentication", "after the handshake", "compatibility record", "alert"],
        "made": "TLS lesson made by tlsedu-lesson, in English.", "services_short": "Services",
        "handshakes": "Handshakes", "hs_client_only": "ClientHello in frame %s, no ServerHello in the capture", "embedded": "The key log is embedded (a Decryption Secrets Block): Wireshark uses it with no setting and decrypts every connection whose secrets it holds.",
    },
    "fr": {
        "course_step": "étape %d du cours", "inside": "À l'intérieur (%s)\u00a0:", "more": "… %d de plus",
        "other_content": "(pas de première ligne)", "flagged": "tlsedu signale cette trame.",
        "cleartext_lines": "Ses octets, en clair (premières lignes)\u00a0:", "ms_unit": "%s ms",
        "months": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                   "septembre", "octobre", "novembre", "décembre"], "date": "{day} {month} {year}",
        "first_day": "1er",
        "title": "Leçon TLS", "conversation": "Conversation", "client": "Client", "server": "Serveur",
        "frame": "trame", "stage": "phase", "stages": "Phases", "step": "avancement STARTTLS",
        "warning": "avertissement", "summary": "Résumé", "version": "Version", "suite": "Suite de chiffrement",
        "kex": "Échange de clés", "fs": "Confidentialité persistante", "resumed": "Reprise", "rtt": "Allers-retours",
        "duration": "Durée", "warnings": "Avertissements", "none": "aucun", "yes": "oui", "no": "non",
        "unknown": "—", "handshake": "Négociation", "starttls": "STARTTLS",
        "appdata": "Données applicatives", "enc_records": "Enregistrements chiffrés", "records": "enregistrements", "frames": "trames",
        "subject": "Sujet du certificat", "issuer": "Émetteur du certificat", "not_after": "Certificat valable jusqu'au",
        "no_tls": "Aucune négociation TLS analysée par Wireshark, ni aucun passage STARTTLS que tlsedu sait suivre (SMTP, IMAP, POP3, FTP, LDAP, NNTP, XMPP, PostgreSQL), dans cette capture ; une négociation que Wireshark ne sait pas suivre (après un STARTTLS IRC par exemple) reste invisible. tlsedu n'a rien à dessiner.",
        "services": "Services reconnus par tlsedu dans cette capture", "service": "Service", "security": "Sécurité",
        "generated": "Produit par tlsedu-lesson à partir de", "keylog": "avec le journal de clés", "times":
        "Les temps sont relatifs au premier message montré de la conversation.",
        "legend": "Couleurs des phases", "frames_total": "%d trames", "ms": "+%.3f ms", "colon": "\u00a0: ",
        "stage_names": ["le client propose", "le serveur choisit", "le serveur prouve son identité", "échange de clés", "négociation terminée", "données applicatives", "authentification du client", "après la négociation", "enregistrement de compatibilité", "alerte"],
        "made": "Leçon TLS produite par tlsedu-lesson, en français.", "services_short": "Services",
        "handshakes": "Négociations", "hs_client_only": "ClientHello en trame %s, pas de ServerHello dans la capture", "embedded": "Le journal des clés est intégré (un bloc Decryption Secrets)\u00a0: Wireshark l'utilise sans réglage et déchiffre chaque connexion dont il contient les secrets.",
        "decimal_comma": True,
    },
    # "фаза" for tlsedu's stages, "ход STARTTLS" for the upgrade's steps: "шаг" is the
    # course notes' word for their own six steps
    "ru": {
        "chars": 78,
        "course_step": "шаг %d курса", "inside": "Внутри (%s):", "more": "… ещё %d",
        "other_content": "(без первой строки)", "flagged": "tlsedu отмечает этот кадр.",
        "cleartext_lines": "Его байты открытым текстом (первые строки):", "ms_unit": "%s мс",
        "months": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                   "сентября", "октября", "ноября", "декабря"], "date": "{day} {month} {year} г.",
        "title": "Урок TLS", "conversation": "Соединение", "client": "Клиент", "server": "Сервер",
        "frame": "кадр", "stage": "фаза", "stages": "Фазы", "step": "ход STARTTLS",
        "warning": "предупреждение", "summary": "Итоги", "version": "Версия", "suite": "Набор шифров",
        "kex": "Обмен ключами", "fs": "Прямая секретность (forward secrecy)", "resumed": "Возобновление сеанса",
        "rtt": "Число обменов туда и обратно (RTT)",
        "duration": "Длительность", "warnings": "Предупреждения", "none": "нет", "yes": "да", "no": "нет",
        "unknown": "неизвестно", "handshake": "Рукопожатие", "starttls": "STARTTLS",
        "appdata": "Данные приложения", "enc_records": "Зашифрованные записи", "records": "записи", "frames": "Кадры",
        "subject": "Субъект сертификата", "issuer": "Издатель сертификата", "not_after": "Сертификат действителен до",
        "no_tls": "В этом захвате нет ни рукопожатия TLS, разобранного Wireshark, ни перехода STARTTLS, который отслеживает tlsedu (SMTP, IMAP, POP3, FTP, LDAP, NNTP, XMPP, PostgreSQL); рукопожатие, которое Wireshark не может разобрать (например, после STARTTLS в IRC), не видно. tlsedu нечего нарисовать.",
        "services": "Сервисы, которые tlsedu распознал в этом захвате", "service": "Сервис", "security": "Безопасность",
        "generated": "Создано tlsedu-lesson по файлу", "keylog": "с журналом ключей (key log)", "times":
        "Время отсчитывается от первого показанного сообщения соединения.",
        "legend": "Цвета фаз", "frames_total": "кадров: %d", "ms": "+%.3f мс", "colon": ": ",
        "stage_names": ["клиент предлагает", "сервер выбирает", "сервер доказывает свою подлинность", "обмен ключами", "рукопожатие завершено", "данные приложения", "аутентификация клиента", "после рукопожатия", "запись для совместимости", "оповещение"],
        "made": "Урок TLS, созданный tlsedu-lesson, на русском языке.", "services_short": "Сервисы",
        "handshakes": "Рукопожатия", "hs_client_only": "ClientHello в кадре %s, ServerHello в захвате нет", "embedded": "Журнал ключей встроен (блок Decryption Secrets): Wireshark использует его без настроек и расшифрует каждое соединение, чьи секреты в нем есть.",
        "decimal_comma": True,
    },
}


MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SHOW_DATE = re.compile(r"^([A-Z][a-z]{2}) +(\d{1,2}), (\d{4})\b")      # Wireshark 4.0-4.4 PDML show
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")                  # ISO 8601 (later versions)


def decimal(text, w):
    return text.replace(".", ",") if w.get("decimal_comma") else text


def format_duration(show, w):
    """An FT_RELATIVE_TIME's PDML show (seconds, '0.001869000') as milliseconds in the
    page's language ('1.869 ms', '1,869 ms', '1,869 мс'); None when it is not a number."""
    try:
        seconds = float(show)
    except (TypeError, ValueError):
        return None
    return w["ms_unit"] % decimal("%.3f" % (seconds * 1000.0), w)


def format_date(show, w):
    """An FT_ABSOLUTE_TIME's PDML show ('Jan  1, 2036 00:00:00.000000000 UTC', or ISO 8601)
    as a date in the page's language ('January 1, 2036', '1er janvier 2036',
    '1 января 2036 г.'); None when it is not a date."""
    s = (show or "").strip()
    m = SHOW_DATE.match(s)
    if m and m.group(1) in MONTHS_EN:
        year, month, day = int(m.group(3)), MONTHS_EN.index(m.group(1)) + 1, int(m.group(2))
    else:
        m = ISO_DATE.match(s)
        if not m or not 1 <= int(m.group(2)) <= 12:
            return None
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    day_txt = w.get("first_day", "1") if day == 1 else str(day)
    return w["date"].format(day=day_txt, month=w["months"][month - 1], year=year)
