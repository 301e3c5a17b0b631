"""Hard negatives: people talking to people.

Human-to-human messaging UIs (conversation lists, message threads,
composers) in the markup of WhatsApp Web, Slack, Discord, Telegram Web and
LinkedIn's fixed "Messaging" overlay; human support pages ("Talk to a
person", phone and e-mail contact cards, click-to-call buttons); community
Q&A "Ask a question" buttons (Stack Overflow, Apple Community); forum topic
lists and e-mail inbox rows -- many of them mentioning AI in what people
write, none of them an AI feature.
"""
from corpus.common import esc, example, fixed_context, page_url, rng_for, wrap
from corpus.sources.neg_hard_articles import _attrs, _cls, _ctx, _host, _lang

NAMES = {
    "en": ("Sarah Mitchell", "James Carter", "Priya Shah", "Tom Evans", "Olivia Brown", "Marcus Lee", "Hannah Wright", "Dev team"),
    "de": ("Anna Becker", "Lukas Schneider", "Mia Wagner", "Jonas Hoffmann", "Lea Fischer", "Familie", "Team Vertrieb"),
    "fr": ("Camille Martin", "Hugo Bernard", "Léa Petit", "Nicolas Durand", "Chloé Moreau", "Famille"),
    "es": ("Lucía García", "Javier López", "Carmen Ruiz", "Pablo Martín", "Sofía Díaz", "Familia"),
    "ja": ("佐藤 健", "鈴木 美咲", "高橋 翔", "田中 優子", "営業チーム"),
    "pt": ("Ana Souza", "Pedro Oliveira", "Mariana Lima", "Lucas Pereira", "Família"),
    "it": ("Giulia Ricci", "Marco Bianchi", "Sara Colombo", "Luca Esposito", "Famiglia"),
    "nl": ("Emma de Jong", "Daan Visser", "Sophie Bakker"),
    "pl": ("Anna Kowalska", "Piotr Wiśniewski", "Zofia Wójcik"),
    "ko": ("김민준", "이서연", "박지훈"),
    "zh": ("王芳", "李伟", "张敏"),
    "sv": ("Elsa Andersson", "Oscar Johansson", "Maja Karlsson"),
}
MESSAGES = {
    "en": ("Running 10 min late, start without me", "Did you read that piece about the AI Act? Thoughts?",
           "Can you send me the slides from Tuesday?", "Lunch at 1? The Thai place on Bridge St", "Happy birthday!! 🎉",
           "I turned off the AI summaries in our workspace, they kept getting names wrong", "Ok, see you at the station",
           "The client wants the report by Friday", "lol that meeting could have been an email", "Thanks, got it 👍",
           "Has anyone used the new ML pipeline yet? Logs look weird", "Photo"),
    "de": ("Bin in 10 Minuten da", "Hast du den Artikel über KI im Unterricht gelesen?", "Kannst du mir die Folien schicken?",
           "Mittagessen um 12?", "Alles Gute zum Geburtstag! 🎉", "Die KI-Zusammenfassung hat schon wieder Namen verwechselt 🙄",
           "Danke, passt!", "Treffen verschoben auf Donnerstag"),
    "fr": ("J'arrive dans 10 minutes", "Tu as lu l'article sur l'IA à l'école ?", "Tu peux m'envoyer la présentation ?",
           "On déjeune à midi ?", "Joyeux anniversaire ! 🎉", "Merci, bien reçu", "Réunion décalée à jeudi"),
    "es": ("Llego en 10 minutos", "¿Leíste el artículo sobre la IA en el trabajo?", "¿Me pasas las diapositivas?",
           "¿Comemos a la una?", "¡Feliz cumpleaños! 🎉", "Gracias, recibido", "La reunión pasa al jueves"),
    "ja": ("10分遅れます", "AIの記事読んだ？", "資料送ってもらえますか？", "お昼どうする？", "誕生日おめでとう！🎉", "了解です", "会議は木曜に変更です"),
    "pt": ("Chego em 10 minutos", "Viu a matéria sobre IA nas escolas?", "Pode me mandar os slides?", "Almoço à uma?",
           "Feliz aniversário! 🎉", "Valeu, recebido"),
    "it": ("Arrivo tra 10 minuti", "Hai letto l'articolo sull'IA a scuola?", "Mi mandi le slide?", "Pranzo all'una?",
           "Buon compleanno! 🎉", "Grazie, ricevuto"),
    "nl": ("Ben er over 10 minuten", "Heb je dat stuk over AI gelezen?", "Kun je de slides sturen?", "Bedankt!"),
    "pl": ("Będę za 10 minut", "Czytałeś ten artykuł o AI?", "Możesz przesłać slajdy?", "Dzięki!"),
    "ko": ("10분 늦어요", "AI 기사 읽어봤어?", "발표 자료 보내줄 수 있어?", "고마워요!"),
    "zh": ("我晚到十分钟", "你看了那篇关于人工智能的文章吗？", "能把幻灯片发我吗？", "谢谢，收到"),
    "sv": ("Är där om 10 minuter", "Har du läst artikeln om AI?", "Kan du skicka bilderna?", "Tack!"),
}
TIMES = ("09:14", "10:02", "11:47", "13:05", "14:38", "16:20", "18:55", "21:09")
DAYS = {"en": ("Yesterday", "Monday", "12/03/2026"), "de": ("Gestern", "Montag", "12.03.2026"), "fr": ("Hier", "lundi", "12/03/2026"),
        "es": ("Ayer", "lunes", "12/03/2026"), "ja": ("昨日", "月曜日", "2026/03/12"), "pt": ("Ontem", "segunda-feira", "12/03/2026"),
        "it": ("Ieri", "lunedì", "12/03/2026"), "nl": ("Gisteren", "maandag"), "pl": ("Wczoraj", "poniedziałek"),
        "ko": ("어제", "월요일"), "zh": ("昨天", "星期一"), "sv": ("Igår", "måndag")}
CHAT_LIST = {"en": "Chat list", "de": "Chatliste", "fr": "Liste des discussions", "es": "Lista de chats", "ja": "チャットリスト",
             "pt": "Lista de conversas", "it": "Elenco chat", "nl": "Chatlijst", "pl": "Lista czatów", "ko": "채팅 목록",
             "zh": "对话列表", "sv": "Chattlista"}
TYPE_MSG = {"en": "Type a message", "de": "Nachricht eingeben", "fr": "Entrez un message", "es": "Escribe un mensaje",
            "ja": "メッセージを入力", "pt": "Digite uma mensagem", "it": "Scrivi un messaggio", "nl": "Typ een bericht",
            "pl": "Wpisz wiadomość", "ko": "메시지 입력", "zh": "输入消息", "sv": "Skriv ett meddelande"}
SEND = {"en": "Send", "de": "Senden", "fr": "Envoyer", "es": "Enviar", "ja": "送信", "pt": "Enviar", "it": "Invia",
        "nl": "Verzenden", "pl": "Wyślij", "ko": "보내기", "zh": "发送", "sv": "Skicka"}
MESSAGING = {"en": "Messaging", "de": "Nachrichten", "fr": "Messagerie", "es": "Mensajes", "ja": "メッセージ",
             "pt": "Mensagens", "it": "Messaggi", "nl": "Berichten", "pl": "Wiadomości", "ko": "메시지", "zh": "消息", "sv": "Meddelanden"}
CHANNELS = ("general", "random", "design-review", "ml-platform", "marketing", "support-escalations", "ai-policy", "berlin-office")

SUPPORT = {
    "en": ("Talk to a person", "Our support team is made up of real people in Leeds and Dublin. No bots, no scripts.",
           ("Call us", "0800 048 1234", "Mon-Fri 8am-8pm, Sat 9am-5pm"), ("Email us", "help@example.com", "We reply within one working day"),
           ("Visit a store", "Find your nearest branch", "Book a face-to-face appointment")),
    "de": ("Mit einem Menschen sprechen", "Unser Kundenservice besteht aus echten Menschen in Leipzig – ohne Chatbot.",
           ("Rufen Sie uns an", "0800 123 4567", "Mo-Fr 8-20 Uhr"), ("Schreiben Sie uns", "service@example.de", "Antwort innerhalb eines Werktags"),
           ("Filiale besuchen", "Filiale in Ihrer Nähe finden", "Termin vor Ort vereinbaren")),
    "fr": ("Parler à un conseiller", "Nos conseillers sont basés à Lyon et vous répondent en personne.",
           ("Appelez-nous", "09 69 32 15 15", "Du lundi au vendredi, 8h-20h"), ("Écrivez-nous", "contact@example.fr", "Réponse sous 48 h"),
           ("En agence", "Trouver une agence", "Prendre rendez-vous")),
    "es": ("Hablar con una persona", "Nuestro equipo de atención al cliente está formado por personas reales en Valencia.",
           ("Llámanos", "900 123 456", "L-V de 9 a 21 h"), ("Escríbenos", "ayuda@example.es", "Respondemos en 24 h"),
           ("Visita una tienda", "Encuentra tu tienda", "Pide cita")),
    "ja": ("担当者と話す", "お問い合わせには専任のスタッフが対応します。",
           ("お電話", "0120-123-456", "平日 9:00～18:00"), ("メール", "support@example.jp", "2営業日以内に返信します"),
           ("店舗", "店舗を探す", "来店予約")),
    "pt": ("Falar com um atendente", "Nosso time de atendimento é formado por pessoas de verdade.",
           ("Ligue para nós", "0800 123 4567", "Seg a sex, 8h às 20h"), ("Envie um e-mail", "ajuda@example.com.br", "Resposta em até 1 dia útil"),
           ("Lojas", "Encontre uma loja", "Agende um atendimento")),
    "it": ("Parla con un operatore", "Il nostro servizio clienti è fatto di persone vere, a Torino.",
           ("Chiamaci", "800 123 456", "Lun-Ven 9-18"), ("Scrivici", "assistenza@example.it", "Risposta entro 1 giorno lavorativo"),
           ("Negozi", "Trova il negozio più vicino", "Prenota un appuntamento")),
    "nl": ("Spreek een medewerker", "Onze klantenservice bestaat uit echte mensen in Utrecht.",
           ("Bel ons", "088 123 4567", "Ma-vr 8-20 uur"), ("Mail ons", "service@example.nl", "Antwoord binnen 1 werkdag"),
           ("Winkel", "Vind een winkel", "Maak een afspraak")),
    "sv": ("Prata med en person", "Vår kundtjänst består av riktiga människor i Malmö.",
           ("Ring oss", "020-123 45 67", "Vardagar 8-18"), ("Mejla oss", "kundtjanst@example.se", "Svar inom en arbetsdag"),
           ("Butik", "Hitta en butik", "Boka tid")),
}
ASK = {"en": ("Ask Question", "Ask a question", "Ask the community", "Ask the seller"),
       "de": ("Frage stellen", "Eine Frage stellen", "Community fragen"),
       "fr": ("Poser une question", "Demander à la communauté"), "es": ("Hacer una pregunta", "Preguntar a la comunidad"),
       "ja": ("質問する", "コミュニティに質問"), "pt": ("Fazer uma pergunta", "Perguntar à comunidade"),
       "it": ("Fai una domanda", "Chiedi alla community"), "nl": ("Stel een vraag",), "pl": ("Zadaj pytanie",),
       "ko": ("질문하기",), "zh": ("提问",), "sv": ("Ställ en fråga",)}
QA_INTRO = {"en": "Get answers from people who own this product.", "de": "Antworten von Menschen, die das Produkt besitzen.",
            "fr": "Obtenez des réponses d'autres clients.", "es": "Obtén respuestas de otros clientes.",
            "ja": "この商品を使っている人から回答をもらえます。", "pt": "Receba respostas de quem já comprou.",
            "it": "Ricevi risposte da chi ha acquistato il prodotto.", "nl": "Krijg antwoorden van andere klanten.",
            "pl": "Uzyskaj odpowiedzi od innych klientów.", "ko": "구매자에게 답변을 받아보세요.", "zh": "向买过的人提问。",
            "sv": "Få svar från andra kunder."}
FORUM_TOPICS = {
    "en": ("How do I turn off the AI assistant in the editor?", "Feature request: option to disable AI summaries",
           "Is anyone else getting worse search results since the AI update?", "Tips for running a local LLM on an old laptop",
           "Best beginner resources for machine learning?", "Printer driver not found after update"),
    "de": ("Wie kann ich den KI-Assistenten im Editor abschalten?", "Wunsch: KI-Zusammenfassungen deaktivierbar machen",
           "Router verliert nachts die Verbindung"),
    "fr": ("Comment désactiver l'assistant IA dans l'éditeur ?", "Suggestion : pouvoir masquer les résumés IA"),
    "es": ("¿Cómo desactivo el asistente de IA del editor?", "Sugerencia: poder ocultar los resúmenes de IA"),
    "ja": ("エディタのAIアシスタントをオフにする方法", "AI要約を非表示にできるようにしてほしい"),
    "pt": ("Como desativar o assistente de IA no editor?",), "it": ("Come disattivo l'assistente IA nell'editor?",),
}
FORUM_HOSTS = {"en": ("community.devhub.io", "forum.gamerden.net", "discourse.mozilla.org", "community.brave.com",
                      "forum.obsidian.md", "meta.discourse.org", "discussions.apple.com"),
               "de": ("forum.computerbase.de", "www.android-hilfe.de"), "fr": ("forum.hardware.fr",),
               "es": ("foro.androidpit.es",), "ja": ("detail.chiebukuro.yahoo.co.jp",), "pt": ("forum.adrenaline.com.br",),
               "it": ("forum.hwupgrade.it",)}
INBOX = {
    "en": (("The Batch", "AI news of the week: chips, policy and a new open model", "This week's issue covers..."),
           ("Import AI", "Import AI 412: robots that fold laundry", "Welcome to Import AI, a newsletter about..."),
           ("Sarah Mitchell", "Re: notes from the AI ethics panel", "Thanks for sharing, I've added my comments"),
           ("HR Team", "Reminder: open enrolment closes Friday", "Please review your benefits..."),
           ("Northwind Robotics Careers", "Your application: Machine Learning Engineer", "Thank you for applying...")),
    "de": (("heise KI-Update", "KI-Update: Die Woche im Überblick", "Diese Woche: Chips, Regulierung und..."),
           ("Anna Becker", "AW: Protokoll KI-Arbeitsgruppe", "Danke, ich habe meine Anmerkungen ergänzt")),
    "fr": (("Camille Martin", "RE : compte rendu du groupe de travail IA", "Merci, j'ai ajouté mes remarques"),
           ("Newsletter Pixels", "L'essentiel de l'IA cette semaine", "Au sommaire cette semaine...")),
    "es": (("Lucía García", "RE: acta del grupo de trabajo de IA", "Gracias, he añadido mis comentarios"),),
    "ja": (("鈴木 美咲", "Re: AI勉強会の議事録", "共有ありがとうございます。コメントを追記しました"),),
    "pt": (("Ana Souza", "RE: ata do grupo de trabalho de IA", "Obrigada, acrescentei meus comentários"),),
    "it": (("Giulia Ricci", "R: verbale del gruppo di lavoro IA", "Grazie, ho aggiunto i miei commenti"),),
}


def _names(rng, lang, n):
    pool = list(NAMES[lang])
    rng.shuffle(pool)
    return pool[:n]


def _msg(rng, lang):
    return rng.choice(MESSAGES[lang])


def _chat_list(rng, i):
    lang = _lang(rng)
    names = _names(rng, lang, rng.randint(2, 5))
    style = rng.randrange(4)
    rows = []
    if style == 0:
        for k, name in enumerate(names):
            t = rng.choice(TIMES) if k < 2 else rng.choice(DAYS[lang])
            unread = f'<span aria-label="{rng.randint(1, 9)} unread messages" class="_ahlk">{rng.randint(1, 9)}</span>' if rng.random() < 0.3 else ""
            rows.append(f'<div role="listitem" style="z-index: {len(names) - k}; transition: none; height: 72px; transform: translateY({72 * k}px);">'
                        f'<div tabindex="-1" aria-selected="false" role="row"><div class="_ak72"><div class="_ak8o"><div class="_ak8q"><div class="_ak8j">'
                        f'<span dir="auto" title="{esc(name)}" class="x1iyjqo2 x6ikm8r x10wlt62 x1n2onr6">{esc(name)}</span></div>'
                        f'<div class="_ak8i">{esc(t)}</div></div><div class="_ak8k"><span title="{esc(_msg(rng, lang))}" dir="ltr">{esc(_msg(rng, lang))}</span>{unread}</div></div></div></div></div>')
        html = f'<div {_attrs(rng, [("aria-label", CHAT_LIST[lang]), ("role", "grid"), ("aria-rowcount", str(len(names) + rng.randint(5, 40))), ("class", "x1y332i5 x1n2onr6 x6ikm8r x10wlt62")])}>{"".join(rows)}</div>'
        src, host, path = "WhatsApp Web chat list (div[aria-label='Chat list'][role=grid] div[role=listitem] span[title])", "web.whatsapp.com", "/"
    elif style == 1:
        chans = rng.sample(CHANNELS, rng.randint(2, 5))
        for c in chans:
            rows.append(f'<div class="p-channel_sidebar__static_list__item" role="treeitem"><a {_attrs(rng, [("class", "c-link p-channel_sidebar__channel p-channel_sidebar__channel--unread" if rng.random() < 0.3 else "c-link p-channel_sidebar__channel"), ("href", "/archives/C0" + str(rng.randint(10 ** 7, 10 ** 8))), ("data-qa-channel-sidebar-channel-type", "channel"), ("data-qa", "channel_sidebar_name_" + c)])}>'
                        f'<span class="p-channel_sidebar__name"><span>{esc(c)}</span></span></a></div>')
        for name in names[:2]:
            rows.append(f'<div class="p-channel_sidebar__static_list__item" role="treeitem"><a class="c-link p-channel_sidebar__channel" href="/archives/D0{rng.randint(10 ** 7, 10 ** 8)}" data-qa-channel-sidebar-channel-type="im">'
                        f'<span class="p-channel_sidebar__name"><span>{esc(name)}</span></span></a></div>')
        html = f'<div class="p-channel_sidebar__list" role="tree" aria-label="Channels and direct messages">{"".join(rows)}</div>'
        src, host, path = "Slack channel sidebar (a.p-channel_sidebar__channel, data-qa-channel-sidebar-channel-type)", "app.slack.com", f"/client/T0{rng.randint(10 ** 6, 10 ** 7)}"
    elif style == 2:
        for name in names:
            uid = rng.randint(10 ** 17, 10 ** 18)
            rows.append(f'<li role="listitem" class="channel__972a0 container_{rng.randint(1000, 9999)}"><div class="interactive__972a0"><a aria-label="{esc(name)} (direct message)" href="/channels/@me/{uid}" class="link__972a0">'
                        f'<div class="avatar__972a0"><img src="https://cdn.discordapp.com/avatars/{uid}/a.webp?size=32" alt="" aria-hidden="true"></div>'
                        f'<div class="name__20a53"><div class="overflow__82b15">{esc(name)}</div></div></a></div></li>')
        html = f'<ul aria-label="Direct Messages" role="list" class="content__99f8c">{"".join(rows)}</ul>'
        src, host, path = "Discord direct-message list (ul[aria-label='Direct Messages'] a[aria-label='Name (direct message)'])", "discord.com", "/channels/@me"
    else:
        for name in names:
            pid = rng.randint(10 ** 8, 10 ** 10)
            rows.append(f'<a class="row no-wrap row-with-padding row-clickable hover-effect rp chatlist-chat chatlist-chat-bigger" data-peer-id="{pid}" href="#{pid}">'
                        f'<div class="user-caption"><p class="dialog-title"><span class="user-title"><span class="peer-title" dir="auto" data-peer-id="{pid}">{esc(name)}</span></span>'
                        f'<span class="dialog-title-details"><span class="message-time">{esc(rng.choice(TIMES))}</span></span></p>'
                        f'<p class="dialog-subtitle"><span class="user-last-message" dir="auto">{esc(_msg(rng, lang))}</span></p></div></a>')
        html = f'<ul class="chatlist" data-autonomous="1">{"".join(rows)}</ul>'
        src, host, path = "Telegram Web chat list (ul.chatlist a.chatlist-chat span.peer-title)", "web.telegram.org", "/k/"
    return example(wrap(html, rng), page_url(host, rng, path), 0, "chat_list", src, lang=lang,
                   context=_ctx(rng, w=(260, 420), h=(200, 700), y=rng.randint(60, 160)))


def _thread(rng, i):
    lang = _lang(rng)
    names = _names(rng, lang, 2)
    n = rng.randint(2, 5)
    style = rng.randrange(3)
    parts = []
    if style == 0:
        for k in range(n):
            who = names[k % 2]
            t = rng.choice(TIMES)
            text = _msg(rng, lang)
            parts.append(f'<div class="c-virtual_list__item" role="listitem" data-qa="virtual-list-item" data-item-key="{rng.randint(1700000000, 1799999999)}.{rng.randint(100000, 999999)}">'
                         f'<div class="c-message_kit__background p-message_pane_message__message c-message_kit__message" data-qa="message_container">'
                         f'<div class="c-message_kit__gutter"><div class="c-message_kit__gutter__right" data-qa="message_content">'
                         f'<span class="c-message__sender c-message_kit__sender"><button class="c-link--button c-message__sender_button" data-qa="message_sender_name">{esc(who)}</button></span>'
                         f'<a class="c-link c-timestamp" href="#"><span class="c-timestamp__label">{t}</span></a>'
                         f'<div class="c-message_kit__blocks c-message_kit__blocks--rich_text"><div class="p-block_kit_renderer"><div class="p-rich_text_block" dir="auto">'
                         f'<div class="p-rich_text_section">{esc(text)}</div></div></div></div></div></div></div></div>')
        html = f'<div class="c-virtual_list__scroll_container" role="list" aria-label="#{esc(rng.choice(CHANNELS))}">{"".join(parts)}</div>'
        src, host, path = "Slack message list (c-message_kit__blocks, data-qa=message_sender_name)", "app.slack.com", f"/client/T0{rng.randint(10 ** 6, 10 ** 7)}/C0{rng.randint(10 ** 6, 10 ** 7)}"
    elif style == 1:
        day = rng.choice(DAYS[lang])
        for k in range(n):
            out = k % 2 == 1
            who = "You" if out else names[0]
            t = rng.choice(TIMES)
            text = _msg(rng, lang)
            parts.append(f'<div class="{"message-out" if out else "message-in"} focusable-list-item _amjy _amjz" role="row"><div class="_amk4"><div class="copyable-text" data-pre-plain-text="[{t}, {esc(day)}] {esc(who)}: ">'
                         f'<div class="_akbu"><span dir="ltr" class="_ao3e selectable-text copyable-text"><span>{esc(text)}</span></span></div></div>'
                         f'<div class="x13yyeie"><span class="x1rg5ohu" dir="auto">{t}</span></div></div></div>')
        html = f'<div role="application" aria-label="{esc(names[0])}">{"".join(parts)}</div>'
        src, host, path = "WhatsApp Web message rows (div.message-in / message-out, copyable-text data-pre-plain-text)", "web.whatsapp.com", "/"
    else:
        for k in range(n):
            who = names[k % 2]
            text = _msg(rng, lang)
            parts.append(f'<li class="{_cls(rng, "msg", "msg--" + ("mine" if k % 2 else "theirs"))}"><span class="{_cls(rng, "msg__author")}">{esc(who)}</span>'
                         f'<p class="{_cls(rng, "msg__body")}">{esc(text)}</p><time>{rng.choice(TIMES)}</time></li>')
        html = f'<ol class="{_cls(rng, "conversation", "messages")}" aria-live="polite">{"".join(parts)}</ol>'
        src, host, path = "generic pattern: human-to-human message thread", _host(rng, lang, {"en": ("app.taskforge.io", "messages.teamhub.io")}), "/messages"
    return example(wrap(html, rng), page_url(host, rng, path), 0, "message_thread", src, lang=lang,
                   context=_ctx(rng, w=(400, 900), h=(200, 700)))


def _composer(rng, i):
    lang = _lang(rng)
    style = rng.randrange(3)
    if style == 0:
        ch = rng.choice(CHANNELS)
        html = (f'<div class="c-wysiwyg_container" data-qa="message_input_container"><div class="ql-container"><div {_attrs(rng, [("class", "ql-editor ql-blank"), ("contenteditable", "true"), ("role", "textbox"), ("aria-label", f"Message #{ch}"), ("aria-multiline", "true"), ("data-qa", "message_input"), ("spellcheck", "true")])}><p><br></p></div>'
                f'<div class="ql-placeholder" aria-hidden="true">Message #{esc(ch)}</div></div>'
                f'<button class="c-button-unstyled c-icon_button c-wysiwyg_container__button--send" aria-label="Send now" data-qa="texty_send_button" type="button"></button></div>')
        src, host = "Slack message composer (div.ql-editor[data-qa=message_input], send button)", "app.slack.com"
    elif style == 1:
        html = (f'<footer class="_ak1i"><div class="_ak1l"><div {_attrs(rng, [("contenteditable", "true"), ("role", "textbox"), ("spellcheck", "true"), ("aria-label", TYPE_MSG[lang]), ("tabindex", "10"), ("data-tab", "10"), ("aria-placeholder", TYPE_MSG[lang]), ("class", "x1hx0egp x6ikm8r x1odjw0f x1k6rcq7 x6prxxf")])}><p class="selectable-text copyable-text x15bjb6t x1n2onr6"><br></p></div></div>'
                f'<button data-tab="11" aria-label="{esc(SEND[lang])}" class="x1c4vz4f x2lah0s xdl72j9 xfect85 x1iy03kw x1lfpgzf"><span data-icon="send" aria-hidden="true"></span></button></footer>')
        src, host = "WhatsApp Web composer (contenteditable textbox aria-label 'Type a message', Send button)", "web.whatsapp.com"
    else:
        html = (f'<form class="{_cls(rng, "composer")}"><textarea {_attrs(rng, [("name", "body"), ("rows", "1"), ("placeholder", TYPE_MSG[lang]), ("aria-label", TYPE_MSG[lang])])}></textarea>'
                f'<button type="button" class="{_cls(rng, "attach")}" aria-label="📎">📎</button>'
                f'<button type="submit" class="{_cls(rng, "send")}">{esc(SEND[lang])}</button></form>')
        src, host = "generic pattern: chat message composer", _host(rng, lang, {})
    return example(wrap(html, rng), page_url(host, rng, "/"), 0, "message_composer", src, lang=lang,
                   context=_ctx(rng, w=(400, 900), h=(44, 120), y=rng.randint(600, 1000)))


def _linkedin_overlay(rng, i):
    lang = _lang(rng)
    names = _names(rng, lang, rng.randint(2, 4))
    items = "".join(
        f'<li class="msg-conversation-listitem msg-conversations-container__convo-item"><div class="msg-conversation-card msg-conversations-container__pillar">'
        f'<a class="msg-conversation-listitem__link" href="/messaging/thread/2-{rng.randint(10 ** 9, 10 ** 10)}/">'
        f'<h3 class="msg-conversation-listitem__participant-names"><span class="truncate">{esc(n)}</span></h3>'
        f'<time class="msg-conversation-listitem__time-stamp">{esc(rng.choice(TIMES))}</time>'
        f'<p class="msg-conversation-card__message-snippet">{esc(_msg(rng, lang))}</p></a></div></li>' for n in names)
    collapsed = rng.random() < 0.4
    html = (f'<aside id="msg-overlay" class="msg-overlay-container"><div class="msg-overlay-list-bubble{" msg-overlay-list-bubble--is-minimized" if collapsed else ""}">'
            f'<header class="msg-overlay-bubble-header"><button class="msg-overlay-bubble-header__button" type="button">'
            f'<span class="t-14 t-bold">{esc(MESSAGING[lang])}</span></button>'
            f'<button class="msg-overlay-bubble-header__control" type="button" aria-label="{esc(MESSAGING[lang])}: {"open" if collapsed else "minimize"}"></button></header>'
            f'{"" if collapsed else "<div class=" + chr(34) + "msg-overlay-list-bubble__content" + chr(34) + "><ul class=" + chr(34) + "list-style-none" + chr(34) + ">" + items + "</ul></div>"}</div></aside>')
    vw, vh = rng.choice(((1280, 720), (1440, 900), (1920, 1080)))
    w = rng.randint(288, 320)
    h = 48 if collapsed else rng.randint(380, 560)
    ctx = {"position": "fixed", "rect": [vw - w - rng.randint(0, 24), vh - h, w, h], "viewport": [vw, vh],
           "zIndex": 1000, "frameSrc": None, "shadowHost": False}
    return example(html, page_url("www.linkedin.com", rng, rng.choice(("/feed/", "/jobs/", "/mynetwork/", "/in/someone/"))), 0,
                   "chat_list", "LinkedIn messaging overlay fixed bottom-right (aside#msg-overlay .msg-overlay-list-bubble, human conversations)",
                   lang=lang, context=ctx if rng.random() < 0.85 else None)


def _support(rng, i):
    lang = _lang(rng, allowed=tuple(SUPPORT))
    title, intro, *cards = SUPPORT[lang]
    rng.shuffle(cards)
    cards = cards[:rng.randint(1, 3)]
    style = rng.randrange(3)
    if style == 0:
        cs = "".join(f'<div class="{_cls(rng, "contact-card")}"><h3>{esc(h)}</h3><p class="{_cls(rng, "contact-value")}">'
                     f'{"<a href=" + chr(34) + "tel:" + v.replace(" ", "") + chr(34) + ">" + esc(v) + "</a>" if any(ch.isdigit() for ch in v[:4]) else esc(v)}</p>'
                     f'<p class="{_cls(rng, "contact-note")}">{esc(n)}</p></div>' for h, v, n in cards)
        html = f'<section class="{_cls(rng, "contact-options")}"><h2>{esc(title)}</h2><p>{esc(intro)}</p><div class="{_cls(rng, "grid")}">{cs}</div></section>'
    elif style == 1:
        h, v, n = cards[0]
        html = (f'<div class="{_cls(rng, "help-callout")}"><h2>{esc(title)}</h2><p>{esc(intro)}</p>'
                f'<a class="{_cls(rng, "btn", "btn-primary")}" href="/contact">{esc(h)}</a></div>')
    else:
        lis = "".join(f'<li><strong>{esc(h)}:</strong> {esc(v)} <span>({esc(n)})</span></li>' for h, v, n in cards)
        html = f'<div class="{_cls(rng, "contact")}"><h3>{esc(title)}</h3><ul>{lis}</ul></div>'
    host = _host(rng, lang, {"en": ("www.firstdirect.com", "www.octopus.energy", "help.parcelpilot.io"), "de": ("www.dkb.de",)})
    return example(wrap(html, rng), page_url(host, rng, rng.choice(("/contact", "/help/contact-us", "/kontakt", "/support"))), 0,
                   "support_contact", "human support contact block ('Talk to a person', phone, e-mail, branch) with no bot",
                   lang=lang, context=_ctx(rng, w=(400, 1000), h=(120, 400)))


def _call_button(rng, i):
    lang = _lang(rng, allowed=tuple(SUPPORT))
    _, _, call, *_ = SUPPORT[lang]
    label, number, _ = call
    html = (f'<a {_attrs(rng, [("href", "tel:" + number.replace(" ", "").replace("-", "")), ("class", _cls(rng, "call-fab", "floating-phone")), ("aria-label", f"{label}: {number}")])}>'
            f'<svg aria-hidden="true" width="24" height="24" viewBox="0 0 24 24"><path d="M6.6 10.8a15.1 15.1 0 006.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 013 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg></a>')
    host = _host(rng, lang, {})
    return example(html, page_url(host, rng), 0, "call_button",
                   "generic pattern: floating click-to-call phone button (human support)", lang=lang,
                   context=fixed_context(rng, corner=rng.choice(("br", "bl")), size=(48, 60)) if rng.random() < 0.8 else None)


def _ask_question(rng, i):
    lang = _lang(rng)
    label = rng.choice(ASK[lang])
    style = rng.randrange(3)
    if style == 0 and lang == "en":
        html = (f'<div class="d-flex sm:fd-column"><h1 class="flex--item fl1 fs-headline1 mb0">Newest Questions</h1>'
                f'<div class="ml12 aside-cta flex--item sm:ml0 sm:mb12 sm:order-first d-flex jc-end"><a href="/questions/ask" class="ws-nowrap s-btn s-btn__filled">{esc(label)}</a></div></div>')
        src, host, path = "Stack Overflow 'Ask Question' button (a.s-btn.s-btn__filled href=/questions/ask)", "stackoverflow.com", "/questions"
    elif style == 1:
        html = (f'<div class="{_cls(rng, "qa-widget")}"><h2>{esc({"en": "Questions & answers", "de": "Fragen & Antworten", "fr": "Questions et réponses", "es": "Preguntas y respuestas", "ja": "質問と回答", "pt": "Perguntas e respostas", "it": "Domande e risposte"}.get(lang, "Q&A"))}</h2>'
                f'<p>{esc(QA_INTRO[lang])}</p><button type="button" class="{_cls(rng, "btn-outline")}">{esc(label)}</button></div>')
        src, host, path = "shop product Q&A widget: ask other customers (human answers)", _host(rng, lang, {}), f"/products/item-{rng.randint(1000, 9999)}"
    else:
        html = f'<a {_attrs(rng, [("href", "/community/ask"), ("class", _cls(rng, "button", "ask-button")), ("data-action", "ask-question")])}>{esc(label)}</a>'
        src, host, path = "community forum 'Ask a question' button (Apple Community / Discourse style)", _host(rng, lang, FORUM_HOSTS), "/"
    return example(wrap(html, rng), page_url(host, rng, path), 0, "community_qa", src, lang=lang,
                   context=_ctx(rng, w=(100, 700), h=(32, 200)))


def _forum(rng, i):
    lang = _lang(rng, allowed=tuple(FORUM_TOPICS))
    topics = list(FORUM_TOPICS[lang])
    rng.shuffle(topics)
    rows = "".join(
        f'<tr data-topic-id="{rng.randint(1000, 99999)}" class="topic-list-item category-support"><td class="main-link clearfix topic-list-data" colspan="1">'
        f'<span class="link-top-line"><a href="/t/{rng.randint(1000, 99999)}" class="title raw-link raw-topic-link" data-topic-id="{rng.randint(1000, 99999)}">{esc(t)}</a></span></td>'
        f'<td class="num posts-map posts topic-list-data"><span class="number">{rng.randint(1, 80)}</span></td>'
        f'<td class="num views topic-list-data"><span class="number">{rng.randint(40, 9000)}</span></td></tr>'
        for t in topics[:rng.randint(1, 4)])
    html = f'<table class="topic-list"><tbody class="topic-list-body">{rows}</tbody></table>'
    return example(wrap(html, rng), page_url(_host(rng, lang, FORUM_HOSTS), rng, "/latest"), 0, "forum_list",
                   "Discourse topic list (tr.topic-list-item a.raw-topic-link) with human threads about AI settings",
                   lang=lang, context=_ctx(rng, w=(600, 1000), h=(60, 400)))


def _inbox(rng, i):
    lang = _lang(rng, allowed=tuple(INBOX))
    rows = []
    pool = list(INBOX[lang])
    rng.shuffle(pool)
    for sender, subj, snip in pool[:rng.randint(1, 3)]:
        unread = rng.random() < 0.5
        rows.append(f'<tr class="zA {"zE" if unread else "yO"}" role="row" draggable="false"><td class="oZ-x3 xY" role="gridcell"><div role="checkbox" aria-checked="false" class="oZ-jc T-Jo J-J5-Ji"></div></td>'
                    f'<td class="yX xY" role="gridcell"><div class="yW"><span class="bA4"><span translate="no" class="{"zF" if unread else "yP"}" email="news@{sender.split()[0].lower()}.example" name="{esc(sender)}">{esc(sender)}</span></span></div></td>'
                    f'<td class="xY a4W" role="gridcell"><div class="xS" role="link"><div class="xT"><div class="y6"><span class="bog"><span>{esc(subj)}</span></span></div>'
                    f'<span class="y2"> - {esc(snip)}</span></div></div></td><td class="xW xY" role="gridcell"><span title="">{rng.choice(TIMES)}</span></td></tr>')
    html = f'<table cellpadding="0" id=":{rng.randint(10, 99)}" class="F cf zt" role="grid"><tbody>{"".join(rows)}</tbody></table>'
    return example(wrap(html, rng), page_url("mail.google.com", rng, "/mail/u/0/"), 0, "inbox_row",
                   "Gmail inbox rows (tr.zA, span.bA4 sender, span.bog subject, span.y2 snippet) about AI newsletters and colleagues",
                   lang=lang, context=_ctx(rng, w=(800, 1300), h=(40, 140)))


TEMPLATES = (("chat_list", _chat_list, 50), ("thread", _thread, 45), ("composer", _composer, 24),
             ("overlay", _linkedin_overlay, 20), ("support", _support, 34), ("call", _call_button, 14),
             ("ask", _ask_question, 30), ("forum", _forum, 22), ("inbox", _inbox, 22))


def examples():
    out = []
    for name, fn, n in TEMPLATES:
        for i in range(n):
            out.append(fn(rng_for("neg_hard_chat", name, i), i))
    return out
