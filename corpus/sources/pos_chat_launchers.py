"""Positives: floating launchers of AI support / shopping agents (ai_chat_launcher).

Every launcher here carries an AI or bot cue (a vendor that only sells AI
agents, an 'AI'/'bot'/'assistant' word in a label, a named AI persona such as
Fin, Lyro, Freddy, Rufus or Meta AI). Plain human live-chat launchers are left
out on purpose: the contract leaves them unlabelled.

The translation table, host pools and small markup helpers at the top are
shared with pos_chat_panels.py.
"""
import re

from corpus.common import (
    SITES, classes, esc, example, fixed_context, hashed_class, inline_context,
    page_url, rng_for, wrap,
)

_LANGS = ("en", "de", "fr", "es", "pt", "it", "ja", "nl", "pl", "ko", "zh", "sv")
_LANG_WEIGHTS = (26, 10, 9, 9, 7, 7, 8, 4, 4, 4, 4, 4)

# key -> one string per language, in _LANGS order.
_TT = {
    "ai_assistant": (
        "AI assistant", "KI-Assistent", "Assistant IA", "Asistente de IA", "Assistente de IA",
        "Assistente IA", "AIアシスタント", "AI-assistent", "Asystent AI", "AI 어시스턴트",
        "AI 助手", "AI-assistent"),
    "chat_with_ai": (
        "Chat with our AI assistant", "Mit unserem KI-Assistenten chatten",
        "Discuter avec notre assistant IA", "Chatea con nuestro asistente de IA",
        "Converse com nosso assistente de IA", "Chatta con il nostro assistente IA",
        "AIアシスタントとチャット", "Chat met onze AI-assistent",
        "Porozmawiaj z naszym asystentem AI", "AI 어시스턴트와 채팅하기", "与我们的 AI 助手聊天",
        "Chatta med vår AI-assistent"),
    "ask_ai": (
        "Ask AI", "KI fragen", "Demander à l'IA", "Pregunta a la IA", "Pergunte à IA",
        "Chiedi all'IA", "AIに質問", "Vraag het AI", "Zapytaj AI", "AI에게 질문", "问问 AI",
        "Fråga AI"),
    "open_ai_chat": (
        "Open AI chat", "KI-Chat öffnen", "Ouvrir le chat IA", "Abrir chat con IA",
        "Abrir chat com IA", "Apri la chat IA", "AIチャットを開く", "AI-chat openen",
        "Otwórz czat AI", "AI 채팅 열기", "打开 AI 聊天", "Öppna AI-chatten"),
    "open_chatbot": (
        "Open chatbot", "Chatbot öffnen", "Ouvrir le chatbot", "Abrir chatbot", "Abrir chatbot",
        "Apri chatbot", "チャットボットを開く", "Chatbot openen", "Otwórz czatbota", "챗봇 열기",
        "打开聊天机器人", "Öppna chattbot"),
    "virtual_assistant": (
        "Virtual assistant", "Virtueller Assistent", "Assistant virtuel", "Asistente virtual",
        "Assistente virtual", "Assistente virtuale", "バーチャルアシスタント", "Virtuele assistent",
        "Wirtualny asystent", "가상 어시스턴트", "虚拟助手", "Virtuell assistent"),
    "chat_virtual": (
        "Chat with our virtual assistant", "Mit unserem virtuellen Assistenten chatten",
        "Discutez avec notre assistant virtuel", "Chatea con nuestro asistente virtual",
        "Fale com nosso assistente virtual", "Chatta con il nostro assistente virtuale",
        "バーチャルアシスタントとチャット", "Chat met onze virtuele assistent",
        "Porozmawiaj z wirtualnym asystentem", "가상 어시스턴트와 채팅", "与虚拟助手聊天",
        "Chatta med vår virtuella assistent"),
    "ai_agent": (
        "AI Agent", "KI-Agent", "Agent IA", "Agente de IA", "Agente de IA", "Agente IA",
        "AIエージェント", "AI-agent", "Agent AI", "AI 에이전트", "AI 客服", "AI-agent"),
    "bot": ("Bot", "Bot", "Bot", "Bot", "Bot", "Bot", "ボット", "Bot", "Bot", "봇", "机器人", "Bot"),
    "chatbot": (
        "Chatbot", "Chatbot", "Chatbot", "Chatbot", "Chatbot", "Chatbot", "チャットボット",
        "Chatbot", "Czatbot", "챗봇", "聊天机器人", "Chattbot"),
    "greeting": (
        "Hi there 👋 I'm {name}, {brand}'s AI assistant. How can I help you today?",
        "Hallo 👋 Ich bin {name}, der KI-Assistent von {brand}. Wie kann ich dir heute helfen?",
        "Bonjour 👋 Je suis {name}, l'assistant IA de {brand}. Comment puis-je vous aider ?",
        "¡Hola! 👋 Soy {name}, el asistente de IA de {brand}. ¿En qué puedo ayudarte hoy?",
        "Olá! 👋 Eu sou {name}, o assistente de IA da {brand}. Como posso ajudar hoje?",
        "Ciao 👋 Sono {name}, l'assistente IA di {brand}. Come posso aiutarti oggi?",
        "こんにちは👋 {brand}のAIアシスタント、{name}です。ご用件をお聞かせください。",
        "Hoi 👋 Ik ben {name}, de AI-assistent van {brand}. Waarmee kan ik je helpen?",
        "Cześć 👋 Jestem {name}, asystent AI firmy {brand}. W czym mogę pomóc?",
        "안녕하세요 👋 {brand}의 AI 어시스턴트 {name}입니다. 무엇을 도와드릴까요?",
        "您好 👋 我是 {brand} 的 AI 助手 {name}，有什么可以帮您？",
        "Hej 👋 Jag är {name}, {brand}s AI-assistent. Hur kan jag hjälpa dig i dag?"),
    "bot_greeting": (
        "Hi! I'm {name}, a bot. I can answer most questions right away, or hand you over to the team.",
        "Hi! Ich bin {name}, ein Bot. Die meisten Fragen beantworte ich sofort – sonst verbinde ich dich mit dem Team.",
        "Bonjour ! Je suis {name}, un bot. Je réponds tout de suite à la plupart des questions, sinon je vous mets en relation avec l'équipe.",
        "¡Hola! Soy {name}, un bot. Respondo al momento la mayoría de preguntas o te paso con el equipo.",
        "Oi! Sou {name}, um bot. Respondo na hora à maioria das perguntas ou transfiro você para a equipe.",
        "Ciao! Sono {name}, un bot. Rispondo subito alla maggior parte delle domande, altrimenti ti passo al team.",
        "こんにちは！ボットの{name}です。ほとんどのご質問にすぐお答えします。必要に応じて担当者におつなぎします。",
        "Hoi! Ik ben {name}, een bot. De meeste vragen beantwoord ik meteen, anders verbind ik je door met het team.",
        "Cześć! Jestem {name}, bot. Na większość pytań odpowiem od razu albo przekażę cię do zespołu.",
        "안녕하세요! 저는 봇 {name}입니다. 대부분의 질문에 바로 답변드리고, 필요하면 상담원에게 연결해 드려요.",
        "您好！我是机器人 {name}，大部分问题都能立即解答，也可以为您转接人工客服。",
        "Hej! Jag är {name}, en bot. De flesta frågor svarar jag på direkt, annars kopplar jag dig till teamet."),
    "shop_greeting": (
        "Need help choosing? Ask our AI shopping assistant.",
        "Brauchst du Hilfe bei der Auswahl? Frag unseren KI-Shopping-Assistenten.",
        "Besoin d'aide pour choisir ? Demandez à notre assistant shopping IA.",
        "¿Necesitas ayuda para elegir? Pregunta a nuestro asistente de compras con IA.",
        "Precisa de ajuda para escolher? Pergunte ao nosso assistente de compras com IA.",
        "Hai bisogno di aiuto nella scelta? Chiedi al nostro assistente IA per lo shopping.",
        "商品選びに迷ったら、AIショッピングアシスタントに聞いてみましょう。",
        "Hulp nodig bij het kiezen? Vraag het onze AI-shoppingassistent.",
        "Potrzebujesz pomocy w wyborze? Zapytaj naszego asystenta zakupowego AI.",
        "선택이 어려우신가요? AI 쇼핑 어시스턴트에게 물어보세요.",
        "不知道怎么选？问问我们的 AI 购物助手。",
        "Behöver du hjälp att välja? Fråga vår AI-shoppingassistent."),
    "disclaimer": (
        "Answers are generated by AI and may be inaccurate.",
        "Antworten werden von KI generiert und können ungenau sein.",
        "Les réponses sont générées par l'IA et peuvent être inexactes.",
        "Las respuestas las genera la IA y pueden ser inexactas.",
        "As respostas são geradas por IA e podem conter imprecisões.",
        "Le risposte sono generate dall'IA e potrebbero essere inesatte.",
        "回答はAIによって生成されており、不正確な場合があります。",
        "Antwoorden worden door AI gegenereerd en kunnen onjuist zijn.",
        "Odpowiedzi są generowane przez AI i mogą być niedokładne.",
        "답변은 AI가 생성하며 부정확할 수 있습니다.",
        "回答由 AI 生成，可能不准确。",
        "Svaren genereras av AI och kan vara felaktiga."),
    "placeholder": (
        "Ask a question…", "Stelle eine Frage…", "Posez une question…", "Haz una pregunta…",
        "Faça uma pergunta…", "Fai una domanda…", "質問を入力…", "Stel een vraag…",
        "Zadaj pytanie…", "질문을 입력하세요…", "输入您的问题…", "Ställ en fråga…"),
    "type_message": (
        "Type a message", "Nachricht eingeben", "Écrivez un message", "Escribe un mensaje",
        "Digite uma mensagem", "Scrivi un messaggio", "メッセージを入力", "Typ een bericht",
        "Napisz wiadomość", "메시지를 입력하세요", "输入消息", "Skriv ett meddelande"),
    "send": ("Send", "Senden", "Envoyer", "Enviar", "Enviar", "Invia", "送信", "Verzenden",
             "Wyślij", "보내기", "发送", "Skicka"),
    "close": ("Close", "Schließen", "Fermer", "Cerrar", "Fechar", "Chiudi", "閉じる", "Sluiten",
              "Zamknij", "닫기", "关闭", "Stäng"),
    "minimize": ("Minimize", "Minimieren", "Réduire", "Minimizar", "Minimizar", "Riduci a icona",
                 "最小化", "Minimaliseren", "Minimalizuj", "최소화", "最小化", "Minimera"),
    "human": ("Talk to a person", "Mit einem Menschen sprechen", "Parler à un conseiller",
              "Hablar con una persona", "Falar com um atendente", "Parla con un operatore",
              "担当者と話す", "Praat met een medewerker", "Porozmawiaj z konsultantem",
              "상담원 연결", "转人工客服", "Prata med en person"),
    "powered_ai": ("Powered by AI", "KI-gestützt", "Propulsé par l'IA", "Con tecnología de IA",
                   "Com tecnologia de IA", "Basato sull'IA", "AI搭載", "Aangedreven door AI",
                   "Wspierane przez AI", "AI 기반", "由 AI 驱动", "Drivs av AI"),
    "ai_generated": ("AI-generated", "KI-generiert", "Généré par l'IA", "Generado por IA",
                     "Gerado por IA", "Generato dall'IA", "AIが生成", "Door AI gegenereerd",
                     "Wygenerowane przez AI", "AI 생성", "AI 生成", "AI-genererat"),
    "ask_anything": ("Ask me anything", "Frag mich alles", "Posez-moi vos questions",
                     "Pregúntame lo que quieras", "Pergunte o que quiser",
                     "Chiedimi qualsiasi cosa", "何でも聞いてください", "Vraag me alles",
                     "Zapytaj mnie o cokolwiek", "무엇이든 물어보세요", "有问题尽管问我",
                     "Fråga mig vad du vill"),
    "open_messenger": ("Open Intercom Messenger", "Intercom Messenger öffnen",
                       "Ouvrir Intercom Messenger", "Abrir Intercom Messenger",
                       "Abrir o Intercom Messenger", "Apri Intercom Messenger",
                       "Intercom Messengerを開く", "Intercom Messenger openen",
                       "Otwórz Intercom Messenger", "Intercom 메신저 열기",
                       "打开 Intercom Messenger", "Öppna Intercom Messenger"),
    "zd_launch": ("Button to launch messaging window",
                  "Schaltfläche zum Öffnen des Messaging-Fensters",
                  "Bouton pour ouvrir la fenêtre de messagerie",
                  "Botón para abrir la ventana de mensajería",
                  "Botão para abrir a janela de mensagens",
                  "Pulsante per aprire la finestra di messaggistica",
                  "メッセージングウィンドウを開くボタン", "Knop om berichtenvenster te openen",
                  "Przycisk otwierający okno wiadomości", "메시징 창 열기 버튼",
                  "用于启动消息窗口的按钮", "Knapp för att öppna meddelandefönstret"),
    "zd_window": ("Messaging window", "Messaging-Fenster", "Fenêtre de messagerie",
                  "Ventana de mensajería", "Janela de mensagens", "Finestra di messaggistica",
                  "メッセージングウィンドウ", "Berichtenvenster", "Okno wiadomości", "메시징 창",
                  "消息窗口", "Meddelandefönster"),
    "zd_open_window": ("Open messaging window", "Messaging-Fenster öffnen",
                       "Ouvrir la fenêtre de messagerie", "Abrir ventana de mensajería",
                       "Abrir janela de mensagens", "Apri la finestra di messaggistica",
                       "メッセージングウィンドウを開く", "Berichtenvenster openen",
                       "Otwórz okno wiadomości", "메시징 창 열기", "打开消息窗口",
                       "Öppna meddelandefönstret"),
    "sf_hello": ("Hello, have a question? Let's chat.",
                 "Hallo, haben Sie eine Frage? Lassen Sie uns chatten.",
                 "Bonjour, vous avez une question ? Discutons.",
                 "Hola, ¿tiene alguna pregunta? Hablemos.",
                 "Olá, tem alguma dúvida? Vamos conversar.",
                 "Salve, ha una domanda? Parliamone in chat.",
                 "こんにちは。ご質問がありますか？チャットしましょう。",
                 "Hallo, heeft u een vraag? Laten we chatten.",
                 "Dzień dobry, masz pytanie? Porozmawiajmy.",
                 "안녕하세요, 궁금한 점이 있으신가요? 채팅해요.",
                 "您好，有问题吗？我们来聊聊吧。",
                 "Hej, har du en fråga? Låt oss chatta."),
    "just_now": ("Just now", "Gerade eben", "À l'instant", "Justo ahora", "Agora mesmo",
                 "Proprio ora", "たった今", "Zojuist", "Przed chwilą", "방금", "刚刚", "Just nu"),
    "chip_track": ("Track my order", "Bestellung verfolgen", "Suivre ma commande",
                   "Rastrear mi pedido", "Rastrear meu pedido", "Traccia il mio ordine",
                   "注文を追跡", "Bestelling volgen", "Śledź zamówienie", "주문 조회", "查询订单",
                   "Spåra beställning"),
    "chip_returns": ("Returns & refunds", "Rücksendungen & Erstattungen",
                     "Retours et remboursements", "Devoluciones y reembolsos",
                     "Trocas e devoluções", "Resi e rimborsi", "返品・返金",
                     "Retouren en terugbetalingen", "Zwroty i refundacje", "반품 및 환불",
                     "退货与退款", "Returer och återbetalningar"),
    "new_chat": ("New conversation", "Neue Unterhaltung", "Nouvelle conversation",
                 "Nueva conversación", "Nova conversa", "Nuova conversazione", "新しい会話",
                 "Nieuw gesprek", "Nowa rozmowa", "새 대화", "新对话", "Ny konversation"),
    "was_helpful": ("Was this answer helpful?", "War diese Antwort hilfreich?",
                    "Cette réponse vous a-t-elle aidé ?", "¿Te resultó útil esta respuesta?",
                    "Esta resposta foi útil?", "Questa risposta ti è stata utile?",
                    "この回答は役に立ちましたか？", "Was dit antwoord nuttig?",
                    "Czy ta odpowiedź była pomocna?", "이 답변이 도움이 되었나요?",
                    "这个回答有帮助吗？", "Var svaret till hjälp?"),
    "team_can_help": ("The team can also help", "Das Team kann auch helfen",
                      "L'équipe peut également vous aider", "El equipo también puede ayudar",
                      "A equipe também pode ajudar", "Anche il team può aiutarti",
                      "チームもサポートできます", "Het team kan ook helpen",
                      "Zespół również może pomóc", "팀도 도와드릴 수 있습니다",
                      "团队也可以提供帮助", "Teamet kan också hjälpa till"),
    "rufus_open": ("Open Rufus panel", "Rufus-Bereich öffnen", "Ouvrir le panneau Rufus",
                   "Abrir el panel de Rufus", "Abrir o painel do Rufus", "Apri il pannello Rufus",
                   "Rufusパネルを開く", "Rufus-paneel openen", "Otwórz panel Rufus",
                   "Rufus 패널 열기", "打开 Rufus 面板", "Öppna Rufus-panelen"),
    "rufus_placeholder": ("Ask Rufus a question", "Stelle Rufus eine Frage",
                          "Posez une question à Rufus", "Hazle una pregunta a Rufus",
                          "Faça uma pergunta ao Rufus", "Fai una domanda a Rufus",
                          "Rufusに質問する", "Stel Rufus een vraag", "Zadaj pytanie Rufusowi",
                          "Rufus에게 질문하기", "向 Rufus 提问", "Ställ en fråga till Rufus"),
    "meta_ask": ("Ask Meta AI or Search", "Meta AI fragen oder suchen",
                 "Demandez à Meta AI ou recherchez", "Pregunta a Meta AI o busca",
                 "Pergunte à Meta AI ou pesquise", "Chiedi a Meta AI o cerca",
                 "Meta AIに質問または検索", "Vraag Meta AI of zoek", "Zapytaj Meta AI lub wyszukaj",
                 "Meta AI에게 질문하거나 검색하기", "询问 Meta AI 或搜索",
                 "Fråga Meta AI eller sök"),
    "meta_disclaimer": (
        "Messages are generated by AI. Some may be inaccurate or inappropriate.",
        "Nachrichten werden von KI generiert. Einige davon könnten ungenau oder unangemessen sein.",
        "Les messages sont générés par l'IA. Certains peuvent être inexacts ou inappropriés.",
        "Los mensajes se generan con IA. Algunos pueden ser inexactos o inapropiados.",
        "As mensagens são geradas por IA. Algumas podem ser imprecisas ou inadequadas.",
        "I messaggi sono generati dall'IA. Alcuni potrebbero essere imprecisi o inappropriati.",
        "メッセージはAIによって生成されています。不正確または不適切な内容が含まれる場合があります。",
        "Berichten worden gegenereerd door AI. Sommige kunnen onjuist of ongepast zijn.",
        "Wiadomości są generowane przez AI. Niektóre mogą być niedokładne lub niestosowne.",
        "메시지는 AI가 생성합니다. 일부는 부정확하거나 부적절할 수 있습니다.",
        "消息由 AI 生成，部分内容可能不准确或不恰当。",
        "Meddelandena genereras av AI. Vissa kan vara felaktiga eller olämpliga."),
    "need_help": ("Need help?", "Brauchst du Hilfe?", "Besoin d'aide ?", "¿Necesitas ayuda?",
                  "Precisa de ajuda?", "Serve aiuto?", "お困りですか？", "Hulp nodig?",
                  "Potrzebujesz pomocy?", "도움이 필요하신가요?", "需要帮助吗？",
                  "Behöver du hjälp?"),
    "online_now": ("Typically replies instantly", "Antwortet in der Regel sofort",
                   "Répond généralement immédiatement", "Suele responder al instante",
                   "Normalmente responde na hora", "Di solito risponde subito",
                   "通常すぐに返信します", "Reageert meestal direct",
                   "Zwykle odpowiada natychmiast", "보통 즉시 답변합니다", "通常即时回复",
                   "Svarar oftast direkt"),
}

# Three support exchanges per language (question, answer).
_QA = {
    "en": (
        ("Where is my order?", "I can help with that! Please share your order number and the email you used at checkout, and I'll look up the latest tracking status."),
        ("Can I return an item I've already opened?", "Yes — opened items can be returned within 30 days as long as they're undamaged. I can start a return for you now if you like."),
        ("How do I reset my password?", "Go to Settings › Security and choose \"Reset password\". We'll email you a link that's valid for 24 hours."),
        ("Do you ship to Canada?", "We do! Standard delivery to Canada takes 5–8 business days, and duties are calculated at checkout so there are no surprises on arrival."),
        ("How do I cancel my subscription?", "You can cancel any time under Account › Plan. Your plan stays active until the end of the current billing period."),
        ("Which of these jackets is warmer?", "The Ridge Parka is the warmer of the two: it has 700-fill down and a longer cut. The Trail Shell is lighter and better for layering."),
    ),
    "de": (
        ("Wo ist meine Bestellung?", "Dabei helfe ich gern! Nenn mir bitte deine Bestellnummer und die E-Mail-Adresse aus dem Checkout, dann prüfe ich den aktuellen Sendungsstatus."),
        ("Kann ich einen bereits geöffneten Artikel zurückgeben?", "Ja – geöffnete Artikel kannst du innerhalb von 30 Tagen zurückgeben, sofern sie unbeschädigt sind. Soll ich die Rücksendung direkt für dich starten?"),
        ("Wie setze ich mein Passwort zurück?", "Öffne Einstellungen › Sicherheit und wähle „Passwort zurücksetzen“. Wir senden dir einen Link, der 24 Stunden gültig ist."),
    ),
    "fr": (
        ("Où en est ma commande ?", "Je peux vous aider ! Indiquez-moi votre numéro de commande et l'adresse e-mail utilisée lors de l'achat, et je vérifie le suivi."),
        ("Puis-je retourner un article déjà ouvert ?", "Oui, les articles ouverts peuvent être retournés sous 30 jours s'ils ne sont pas endommagés. Voulez-vous que je lance le retour maintenant ?"),
        ("Comment réinitialiser mon mot de passe ?", "Allez dans Paramètres › Sécurité et choisissez « Réinitialiser le mot de passe ». Vous recevrez un lien valable 24 heures."),
    ),
    "es": (
        ("¿Dónde está mi pedido?", "¡Puedo ayudarte! Indícame tu número de pedido y el correo que usaste al comprar, y consultaré el estado del envío."),
        ("¿Puedo devolver un artículo que ya abrí?", "Sí, los artículos abiertos se pueden devolver en un plazo de 30 días si no están dañados. ¿Quieres que inicie la devolución ahora?"),
        ("¿Cómo restablezco mi contraseña?", "Ve a Configuración › Seguridad y elige «Restablecer contraseña». Te enviaremos un enlace válido durante 24 horas."),
    ),
    "pt": (
        ("Onde está o meu pedido?", "Posso ajudar! Informe o número do pedido e o e-mail usado na compra que eu verifico o status da entrega."),
        ("Posso devolver um produto que já abri?", "Sim, produtos abertos podem ser devolvidos em até 30 dias, desde que não estejam danificados. Quer que eu inicie a devolução agora?"),
        ("Como redefino minha senha?", "Acesse Configurações › Segurança e escolha \"Redefinir senha\". Enviaremos um link válido por 24 horas."),
    ),
    "it": (
        ("Dov'è il mio ordine?", "Posso aiutarti! Indicami il numero d'ordine e l'e-mail usata per l'acquisto e controllo lo stato della spedizione."),
        ("Posso restituire un articolo già aperto?", "Sì, gli articoli aperti possono essere resi entro 30 giorni se non sono danneggiati. Vuoi che avvii subito il reso?"),
        ("Come reimposto la password?", "Vai su Impostazioni › Sicurezza e scegli «Reimposta password». Ti invieremo un link valido per 24 ore."),
    ),
    "ja": (
        ("注文した商品はいつ届きますか？", "お調べします！ご注文番号とご購入時のメールアドレスを教えていただければ、最新の配送状況を確認します。"),
        ("開封済みの商品は返品できますか？", "はい、破損がなければ開封済みの商品も30日以内であれば返品いただけます。今すぐ返品手続きを始めますか？"),
        ("パスワードを再設定するには？", "「設定」›「セキュリティ」から「パスワードを再設定」を選択してください。24時間有効なリンクをメールでお送りします。"),
    ),
    "nl": (
        ("Waar is mijn bestelling?", "Daar help ik je graag mee! Geef je bestelnummer en het e-mailadres dat je bij het afrekenen gebruikte, dan zoek ik de trackingstatus op."),
        ("Kan ik een geopend artikel retourneren?", "Ja, geopende artikelen kun je binnen 30 dagen retourneren als ze onbeschadigd zijn. Zal ik de retour nu voor je starten?"),
        ("Hoe stel ik mijn wachtwoord opnieuw in?", "Ga naar Instellingen › Beveiliging en kies 'Wachtwoord opnieuw instellen'. Je ontvangt een link die 24 uur geldig is."),
    ),
    "pl": (
        ("Gdzie jest moje zamówienie?", "Chętnie pomogę! Podaj numer zamówienia i adres e-mail użyty przy zakupie, a sprawdzę status przesyłki."),
        ("Czy mogę zwrócić otwarty produkt?", "Tak, otwarte produkty można zwrócić w ciągu 30 dni, jeśli nie są uszkodzone. Czy mam od razu rozpocząć zwrot?"),
        ("Jak zresetować hasło?", "Przejdź do Ustawienia › Bezpieczeństwo i wybierz „Zresetuj hasło”. Wyślemy link ważny przez 24 godziny."),
    ),
    "ko": (
        ("제 주문은 어디쯤 있나요?", "도와드릴게요! 주문 번호와 결제 시 사용한 이메일을 알려주시면 최신 배송 상태를 확인해 드립니다."),
        ("이미 개봉한 상품도 반품할 수 있나요?", "네, 손상되지 않았다면 개봉한 상품도 30일 이내에 반품하실 수 있어요. 지금 반품을 접수해 드릴까요?"),
        ("비밀번호는 어떻게 재설정하나요?", "설정 › 보안에서 '비밀번호 재설정'을 선택하세요. 24시간 동안 유효한 링크를 이메일로 보내드립니다."),
    ),
    "zh": (
        ("我的订单到哪了？", "我来帮您查询！请提供订单号和下单时使用的邮箱，我会为您查看最新物流状态。"),
        ("已经拆封的商品可以退货吗？", "可以，只要商品没有损坏，拆封后 30 天内均可退货。需要我现在为您发起退货吗？"),
        ("如何重置密码？", "请前往“设置 › 安全”，选择“重置密码”。我们会发送一个 24 小时内有效的链接。"),
    ),
    "sv": (
        ("Var är min beställning?", "Det hjälper jag gärna till med! Ange ditt ordernummer och e-postadressen du använde i kassan så kollar jag spårningsstatusen."),
        ("Kan jag returnera en öppnad vara?", "Ja, öppnade varor kan returneras inom 30 dagar om de är oskadade. Vill du att jag startar returen nu?"),
        ("Hur återställer jag mitt lösenord?", "Gå till Inställningar › Säkerhet och välj ”Återställ lösenord”. Vi skickar en länk som gäller i 24 timmar."),
    ),
}

# Shopping questions and answers for Amazon's Rufus (languages it ships in).
_RUFUS_QA = {
    "en": (("Is this good for trail running?", "Yes. Reviewers who run trails like the grippy outsole and the rock plate, though a few say the fit runs half a size small."),
           ("What do customers say about battery life?", "Customers say the battery easily lasts two days of normal use; a few mention it drains faster with noise cancelling on."),
           ("Is it dishwasher safe?", "The lid and the inner pot are dishwasher safe, but the base should only be wiped with a damp cloth.")),
    "de": (("Ist das für Trailrunning geeignet?", "Ja. Rezensenten, die im Gelände laufen, loben die griffige Sohle und die Steinschutzplatte; einige finden, dass er eine halbe Nummer kleiner ausfällt."),
           ("Was sagen Kunden über die Akkulaufzeit?", "Kunden berichten, dass der Akku bei normaler Nutzung gut zwei Tage hält; mit Geräuschunterdrückung leert er sich schneller."),
           ("Ist das spülmaschinenfest?", "Deckel und Innentopf sind spülmaschinenfest, den Sockel solltest du nur feucht abwischen.")),
    "fr": (("Est-ce adapté au trail ?", "Oui. Les coureurs de trail apprécient la semelle accrocheuse et la plaque anti-cailloux, mais certains trouvent qu'elle taille une demi-pointure petit."),
           ("Que disent les clients de l'autonomie ?", "Les clients indiquent que la batterie tient facilement deux jours en usage normal, un peu moins avec la réduction de bruit."),
           ("Est-ce que ça passe au lave-vaisselle ?", "Le couvercle et la cuve passent au lave-vaisselle ; la base doit simplement être essuyée avec un chiffon humide.")),
    "es": (("¿Sirve para correr por montaña?", "Sí. Quienes corren por montaña destacan el agarre de la suela y la placa antirrocas, aunque algunos dicen que talla medio número pequeño."),
           ("¿Qué dicen los clientes de la batería?", "Los clientes comentan que la batería dura fácilmente dos días de uso normal; con la cancelación de ruido se gasta antes."),
           ("¿Se puede lavar en el lavavajillas?", "La tapa y la olla interior sí; la base solo debe limpiarse con un paño húmedo.")),
    "it": (("È adatto al trail running?", "Sì. Chi corre su sentiero apprezza la suola grippante e la piastra parasassi, anche se alcuni dicono che veste mezza misura più piccola."),
           ("Cosa dicono i clienti della batteria?", "I clienti dicono che la batteria dura tranquillamente due giorni di uso normale; con la cancellazione del rumore si scarica prima."),
           ("Si può lavare in lavastoviglie?", "Il coperchio e la pentola interna sì; la base va pulita solo con un panno umido.")),
    "ja": (("トレイルランニングに向いていますか？", "はい。トレイルで使っているレビュアーはグリップの良いソールとロックプレートを評価していますが、半サイズ小さめとの声もあります。"),
           ("バッテリーの持ちについてのレビューは？", "通常の使い方なら2日は余裕で持つという声が多く、ノイズキャンセリング使用時は減りが早いとの意見もあります。"),
           ("食洗機で洗えますか？", "ふたと内鍋は食洗機に対応していますが、本体は湿った布で拭いてください。")),
}

# One general-purpose exchange per language, as asked of Meta AI in a chat app.
_GENERAL_QA = {
    "en": ("Give me three quick dinner ideas with chickpeas.", "Sure! 1) Chickpea and spinach curry, 2) crispy roasted chickpea wraps, 3) a lemony chickpea salad with feta and cucumber."),
    "de": ("Nenn mir drei schnelle Abendessen mit Kichererbsen.", "Gern! 1) Kichererbsen-Spinat-Curry, 2) Wraps mit knusprig gerösteten Kichererbsen, 3) ein Kichererbsensalat mit Feta, Gurke und Zitrone."),
    "fr": ("Donne-moi trois idées de dîner rapides avec des pois chiches.", "Bien sûr ! 1) Un curry de pois chiches aux épinards, 2) des wraps aux pois chiches rôtis, 3) une salade de pois chiches, feta et concombre au citron."),
    "es": ("Dame tres ideas de cena rápida con garbanzos.", "¡Claro! 1) Curry de garbanzos con espinacas, 2) wraps de garbanzos crujientes al horno, 3) ensalada de garbanzos con feta, pepino y limón."),
    "pt": ("Me dê três ideias de jantar rápido com grão-de-bico.", "Claro! 1) Curry de grão-de-bico com espinafre, 2) wraps de grão-de-bico assado crocante, 3) salada de grão-de-bico com feta, pepino e limão."),
    "it": ("Dammi tre idee per una cena veloce con i ceci.", "Certo! 1) Curry di ceci e spinaci, 2) piadine con ceci croccanti al forno, 3) insalata di ceci con feta, cetriolo e limone."),
    "ja": ("ひよこ豆を使った簡単な夕食のアイデアを3つ教えて。", "もちろんです！1) ひよこ豆とほうれん草のカレー、2) カリカリに焼いたひよこ豆のラップサンド、3) フェタチーズときゅうりのレモン風味ひよこ豆サラダ。"),
    "nl": ("Geef me drie snelle avondmaalideeën met kikkererwten.", "Zeker! 1) Curry met kikkererwten en spinazie, 2) wraps met knapperig geroosterde kikkererwten, 3) een frisse kikkererwtensalade met feta en komkommer."),
    "pl": ("Podaj trzy pomysły na szybki obiad z ciecierzycą.", "Jasne! 1) Curry z ciecierzycą i szpinakiem, 2) wrapy z chrupiącą pieczoną ciecierzycą, 3) sałatka z ciecierzycy z fetą, ogórkiem i cytryną."),
    "ko": ("병아리콩으로 만들 수 있는 간단한 저녁 메뉴 세 가지 알려줘.", "좋아요! 1) 병아리콩 시금치 커리, 2) 바삭하게 구운 병아리콩 랩, 3) 페타 치즈와 오이를 넣은 레몬 병아리콩 샐러드."),
    "zh": ("给我三个用鹰嘴豆做的快手晚餐点子。", "好的！1）鹰嘴豆菠菜咖喱，2）香脆烤鹰嘴豆卷饼，3）加菲达奶酪和黄瓜的柠檬鹰嘴豆沙拉。"),
    "sv": ("Ge mig tre snabba middagsidéer med kikärtor.", "Absolut! 1) Kikärts- och spenatcurry, 2) wraps med krispigt rostade kikärtor, 3) en citronfräsch kikärtssallad med fetaost och gurka."),
}

_EXTRA_HOSTS = {
    "en": ("www.outdoorgear-co.com", "help.streamflix.tv", "www.sunnysidebakery.com",
           "app.ledgerly.io", "www.meridianhotels.com", "store.vinylvault.com",
           "www.carecompare.org", "support.routerly.net", "www.lumenlighting.com",
           "www.kidswear-hub.com", "www.solarpeak.energy", "account.mobilenet.com",
           "www.flyskyair.com", "www.campusbooks.edu", "shop.coffeecraft.com",
           "www.insuremate.com", "help.rideshareapp.com", "www.furnishly.com",
           "www.skincarelab.com", "app.payrollpal.io"),
    "de": ("www.elektromarkt24.de", "hilfe.mobilfunk-direkt.de", "www.schuhhaus-weber.de",
           "service.stadtwerke-nord.de", "www.fahrradwelt.at", "shop.kaffeeroesterei.ch"),
    "fr": ("www.electro-depot-maison.fr", "assistance.box-internet.fr", "www.chaussures-lucie.fr",
           "service-client.assurmoi.fr", "boutique.cosmetiques-nature.fr"),
    "es": ("www.electrohogar.es", "atencion.movilplus.es", "tienda.modaurbana.mx",
           "www.aerolineas-sol.com", "ayuda.segurosfacil.cl"),
    "pt": ("www.eletroshop.com.br", "atendimento.operadoraviva.com.br",
           "loja.calcadosbella.com.br", "ajuda.seguradora-lar.pt"),
    "it": ("www.elettronica-store.it", "supporto.operatoremobile.it",
           "negozio.scarpefirenze.it", "www.assicurazioni-facili.it"),
    "ja": ("www.denki-mart.jp", "help.keitai-plan.jp", "shop.kutsu-ya.jp", "www.hoken-navi.jp"),
    "nl": ("www.elektrozaak.nl", "service.telecomnl.nl", "www.schoenenhuis.be"),
    "pl": ("www.elektro-sklep.pl", "pomoc.operator-komorkowy.pl", "sklep.obuwie-marta.pl"),
    "ko": ("www.jeonja-mall.co.kr", "help.telecom-plus.co.kr", "shop.sinbal.kr"),
    "zh": ("www.shuma-shangcheng.cn", "kefu.yidong-wang.cn", "shop.xiezi.com.cn"),
    "sv": ("www.elektronikhuset.se", "kundservice.telekom.se", "www.skobutiken.se"),
}

_PATHS = (
    "/", "/orders", "/checkout/cart", "/collections/new-arrivals", "/contact", "/faq",
    "/products/merino-crew-sweater", "/account/orders/10482", "/help/shipping", "/returns",
    "/pricing", "/support/billing", "/p/wireless-earbuds-pro", "/hc/articles/3604",
    "/plans/unlimited", "/booking/manage", "/store/locator", "/c/kitchen/cookware",
)

_BOT_NAMES = ("Nova", "Ava", "Max", "Mia", "Leo", "Ellie", "Sage", "Otto", "Juno", "Piper",
              "Remy", "Zoe", "Kai", "Iris", "Milo", "Luna")

_SVG_CHAT = ('<svg viewBox="0 0 24 24" width="{s}" height="{s}" aria-hidden="true" focusable="false">'
             '<path fill="currentColor" d="M12 2C6.48 2 2 6.02 2 11c0 2.7 1.3 5.1 3.4 6.8L4 22l4.6-2.3'
             'c1.1.3 2.2.4 3.4.4 5.52 0 10-4.02 10-9S17.52 2 12 2z"></path></svg>')
_SVG_SPARKLE = ('<svg viewBox="0 0 24 24" width="{s}" height="{s}" aria-hidden="true">'
                '<path fill="currentColor" d="M12 2l1.9 5.7 5.7 1.9-5.7 1.9L12 17.2l-1.9-5.7-5.7-1.9 '
                '5.7-1.9zM19 15l.9 2.1L22 18l-2.1.9L19 21l-.9-2.1L16 18l2.1-.9z"></path></svg>')
_SVG_BOT = ('<svg viewBox="0 0 24 24" width="{s}" height="{s}" aria-hidden="true">'
            '<rect x="4" y="7" width="16" height="12" rx="3" fill="none" stroke="currentColor" '
            'stroke-width="2"></rect><circle cx="9" cy="13" r="1.5"></circle>'
            '<circle cx="15" cy="13" r="1.5"></circle><path d="M12 3v4" stroke="currentColor" '
            'stroke-width="2"></path></svg>')
_SVG_CLOSE = ('<svg viewBox="0 0 24 24" width="{s}" height="{s}" aria-hidden="true">'
              '<path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2"></path></svg>')
_SVG_SEND = ('<svg viewBox="0 0 24 24" width="{s}" height="{s}" aria-hidden="true">'
             '<path fill="currentColor" d="M3 20l18-8L3 4v6l12 2-12 2z"></path></svg>')
_SVG_CHEVRON = ('<svg viewBox="0 0 16 16" width="{s}" height="{s}" aria-hidden="true">'
                '<path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2"></path></svg>')


def _svg(rng, kind=None, sizes=(16, 20, 24, 28, 32)):
    pool = {"chat": _SVG_CHAT, "sparkle": _SVG_SPARKLE, "bot": _SVG_BOT, "close": _SVG_CLOSE,
            "send": _SVG_SEND, "chevron": _SVG_CHEVRON}
    if kind is None:
        kind = rng.choice(("chat", "sparkle", "bot"))
    return pool[kind].format(s=rng.choice(sizes))


def _t(key, lang):
    return _TT[key][_LANGS.index(lang)]


def _pick_lang(rng, allowed=None):
    langs = _LANGS if allowed is None else tuple(allowed)
    weights = [(_LANG_WEIGHTS[_LANGS.index(l)]) for l in langs]
    return rng.choices(langs, weights=weights)[0]


def _host(rng, lang, own=()):
    """A host page in lang: SITES, our extra hosts, or (rarely) one of `own`."""
    if own and rng.random() < 0.18:
        return rng.choice(own)
    pool = tuple(SITES.get(lang, ())) + _EXTRA_HOSTS.get(lang, ())
    return rng.choice(pool)


def _url(rng, host):
    if rng.random() < 0.5:
        return page_url(host, rng)
    return f"https://{host}{rng.choice(_PATHS)}"


def _brand(host):
    """'shop.bergsport-mueller.de' -> 'Bergsport Mueller' (the registrable label)."""
    parts = host.split(".")
    core = parts[-3] if len(parts) >= 3 and parts[-2] in ("co", "com") else parts[-2]
    return " ".join(w[:1].upper() + w[1:] for w in re.split(r"[-_]", core) if w)


def _rid(rng, n=8, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _emotion(rng, prefix):
    """Emotion-style class pair as Intercom/Zendesk frames emit: 'intercom-1x9kq2 e1d8z4m0'."""
    return f"{prefix}-{_rid(rng, 6)} e{_rid(rng, 6)}{rng.randint(0, 9)}"


def _attrs(rng, pairs, keep_first=0):
    """Render attribute pairs, shuffling all but the first keep_first of them."""
    pairs = [p for p in pairs if p is not None]
    head, tail = pairs[:keep_first], pairs[keep_first:]
    if rng.random() < 0.6:
        rng.shuffle(tail)
    out = []
    for k, v in head + tail:
        if v is True:
            out.append(k)
        else:
            out.append(f'{k}="{esc(str(v))}"')
    return " ".join(out)


def _ctx(rng, w, h, corner="br", frame_src=None, shadow=False, position="fixed", margin=None):
    base = fixed_context(rng, corner=corner, frame_src=frame_src, shadow=shadow)
    vw, vh = base["viewport"]
    w = min(w, vw)
    h = min(h, vh)
    m = margin if margin is not None else rng.randint(12, 28)
    x = vw - w - m if corner in ("br", "tr") else m
    y = vh - h - m if corner in ("br", "bl") else m
    base["rect"] = [max(0, x), max(0, y), w, h]
    base["position"] = position
    return base


def _launcher_ctx(rng, frame_src=None, shadow=False, wide=False):
    corner = "bl" if rng.random() < 0.15 else "br"
    if wide:
        return _ctx(rng, rng.randint(140, 260), rng.randint(44, 60), corner, frame_src, shadow)
    return fixed_context(rng, corner=corner, size=(48, 72), frame_src=frame_src, shadow=shadow)


def _maybe(rng, p, value):
    return value if rng.random() < p else None


def _style_fixed(rng, w, h, z=None):
    side = "right" if rng.random() < 0.85 else "left"
    z = z or rng.choice((999999, 2147483000, 2147483647, 10000))
    return (f"position: fixed; bottom: {rng.randint(12, 32)}px; {side}: {rng.randint(12, 32)}px; "
            f"width: {w}px; height: {h}px; z-index: {z};")


# ---------------------------------------------------------------------------
# launcher templates: each returns (html, source, frame_src, shadow, wide)
# ---------------------------------------------------------------------------

def _l_intercom_lightweight(rng, lang, host):
    name = "Fin"
    brand = _brand(host)
    greet = rng.choice((_t("greeting", lang).format(name=name, brand=brand),
                        _t("ask_anything", lang) + " — " + _t("ai_agent", lang)))
    teaser = (
        f'<div class="{_emotion(rng, "intercom")}" role="button" tabindex="0" '
        f'aria-label="{esc(name + " • " + _t("ai_agent", lang))}">'
        f'<div class="{_emotion(rng, "intercom")}"><img src="https://static.intercomassets.com/assets/fin-avatar-{_rid(rng, 6)}.png" alt="{name}" width="32" height="32"></div>'
        f'<div class="{_emotion(rng, "intercom")}"><span>{name}</span> <span>• {esc(_t("ai_agent", lang))}</span></div>'
        f'<p class="{_emotion(rng, "intercom")}">{esc(greet)}</p></div>')
    launcher = (
        f'<div {_attrs(rng, [("class", "intercom-lightweight-app-launcher intercom-launcher"), ("role", "button"), ("tabindex", "0"), ("aria-label", _t("open_messenger", lang)), ("aria-live", "polite")])}>'
        f'<div class="intercom-lightweight-app-launcher-icon intercom-lightweight-app-launcher-icon-open">{_svg(rng, "chat")}</div>'
        f'<div class="intercom-lightweight-app-launcher-icon intercom-lightweight-app-launcher-icon-minimize">{_svg(rng, "chevron")}</div></div>')
    html = f'<div class="intercom-lightweight-app">{teaser}{launcher}</div>'
    return html, ("Intercom Messenger lightweight launcher (div.intercom-lightweight-app-launcher, "
                  "aria-label 'Open Intercom Messenger') with Fin 'AI Agent' greeting preview"), None, False, False


def _l_intercom_custom(rng, lang, host):
    label = rng.choice((f"Fin · {_t('ai_agent', lang)}", _t("ask_ai", lang),
                        _t("chat_with_ai", lang)))
    cls = classes(rng, ("ask-fin", "intercom-custom-launcher", "fab"), obfuscate=0.4)
    inner = rng.choice((
        f'{_svg(rng, "sparkle")}<span>{esc(label)}</span>',
        f'<img src="/assets/img/fin-badge.svg" alt="" width="20" height="20"><span class="{hashed_class(rng)}">{esc(label)}</span>',
        _svg(rng, "sparkle"),
    ))
    aria = f"{label} (Fin)" if "Fin" not in label else label
    html = (f'<button {_attrs(rng, [("type", "button"), ("id", rng.choice(("intercom-launcher", "fin-launcher", "open-fin"))), ("class", cls), ("aria-label", aria), _maybe(rng, 0.5, ("data-intercom-target", "Fin launcher"))])}>'
            f'{inner}</button>')
    return html, ("site-built custom launcher for the Intercom Fin AI agent "
                  "(Intercom custom_launcher_selector, 'Fin · AI Agent' label)"), None, False, "Fin" in label or rng.random() < 0.5


def _l_zendesk_messaging(rng, lang, host):
    name = rng.choice(_BOT_NAMES)
    frame = (f'<iframe {_attrs(rng, [("id", "launcher"), ("title", _t("zd_launch", lang)), ("tabindex", "0"), ("style", _style_fixed(rng, 64, 64))], keep_first=1)}></iframe>')
    bubble = (
        f'<div {_attrs(rng, [("role", "status"), ("class", _emotion(rng, "sc")), ("aria-label", name + " – " + _t("ai_agent", lang))])}>'
        f'<span class="{_emotion(rng, "sc")}">{esc(name)} · {esc(_t("ai_agent", lang))}</span>'
        f'<p>{esc(_t("greeting", lang).format(name=name, brand=_brand(host)))}</p>'
        f'<button aria-label="{esc(_t("close", lang))}" class="{_emotion(rng, "sc")}">{_svg(rng, "close", (12, 16))}</button></div>')
    html = f'<div>{frame}{bubble}</div>' if rng.random() < 0.6 else f'<div>{bubble}{frame}</div>'
    return html, ("Zendesk messaging Web Widget: iframe#launcher titled 'Button to launch messaging "
                  "window' with an AI agent proactive greeting"), None, False, False


def _l_zendesk_inframe(rng, lang, host):
    label = rng.choice((_t("ai_agent", lang), "Answer Bot" if lang == "en" else _t("chatbot", lang),
                        _t("ask_ai", lang)))
    html = (f'<div {_attrs(rng, [("data-garden-id", "chrome.nav"), ("class", _emotion(rng, "sc"))])}>'
            f'<button {_attrs(rng, [("aria-label", _t("zd_open_window", lang) + " – " + label), ("class", _emotion(rng, "sc")), ("data-garden-id", "buttons.icon_button"), ("type", "button")])}>'
            f'{_svg(rng, "chat", (24, 28))}</button>'
            f'<span class="{_emotion(rng, "sc")}">{esc(label)}</span></div>')
    return html, ("Zendesk messaging launcher frame content (button 'Open messaging window', Garden "
                  "data-garden-id) labelled for the Zendesk AI agent"), None, False, False


def _l_zendesk_classic(rng, lang, host):
    label = rng.choice(("Answer Bot", _t("chatbot", lang), _t("virtual_assistant", lang)))
    if rng.random() < 0.5:
        html = (f'<div><iframe {_attrs(rng, [("id", "launcher"), ("class", "zEWidget-launcher"), ("data-product", "web_widget"), ("title", label + " – " + _t("need_help", lang)), ("tabindex", "0"), ("style", _style_fixed(rng, 112, 48))], keep_first=2)}></iframe></div>')
        src = "Zendesk Web Widget (Classic) iframe#launcher.zEWidget-launcher titled for its Answer Bot"
    else:
        html = (f'<div data-embed="launcher"><button {_attrs(rng, [("class", "wrapper-AtBcr u-isActionable u-textLeft inheritColor u-inlineFlex"), ("data-testid", "launcher"), ("aria-label", label), ("type", "button")])}>'
                f'<span class="Icon Icon--chat">{_svg(rng, "bot", (20, 24))}</span>'
                f'<span class="label-3kk12" data-testid="launcherLabel">{esc(label)}</span></button></div>')
        src = "Zendesk Web Widget (Classic) launcher frame content (data-testid launcherLabel) labelled Answer Bot / chatbot"
    return html, src, None, False, True


def _l_drift(rng, lang, host):
    embed = _rid(rng, 12)
    src = f"https://js.driftt.com/core?embedId={embed}&region=US&forceShow=false"
    name = rng.choice(_BOT_NAMES)
    welcome = (f'<div class="drift-widget-welcome-expanded drift-widget-welcome">'
               f'<div class="drift-widget-avatar"><span class="drift-bot-avatar" aria-label="{esc(_t("bot", lang))}">{_svg(rng, "bot", (24,))}</span></div>'
               f'<div class="drift-widget-message-preview"><strong>{esc(name)} ({esc(_t("chatbot", lang))})</strong>'
               f'<p>{esc(_t("bot_greeting", lang).format(name=name))}</p></div></div>')
    ctrl = (f'<iframe {_attrs(rng, [("class", "drift-frame-controller"), ("scrolling", "no"), ("title", "Drift Widget Icon"), ("allow", "autoplay; encrypted-media; fullscreen;"), ("frameborder", "0"), ("src", src)])}></iframe>')
    html = (f'<div id="drift-frame-controller" class="drift-conductor-item">{welcome}{ctrl}</div>'
            if rng.random() < 0.5 else f'<div id="drift-widget-container">{ctrl}{welcome}</div>')
    return html, ("Drift widget: iframe.drift-frame-controller 'Drift Widget Icon' (js.driftt.com) "
                  "with chatbot welcome preview"), src, False, False


def _l_ada(rng, lang, host):
    handle = _brand(host).lower().replace(" ", "-")
    label = rng.choice((_t("chat_virtual", lang), _t("open_chatbot", lang), _t("chat_with_ai", lang)))
    if rng.random() < 0.5:
        src = f"https://{handle}.ada.support/embed/button/{_rid(rng, 8)}"
        html = (f'<div id="ada-entry"><iframe {_attrs(rng, [("id", "ada-button-frame"), ("title", label), ("src", src), ("style", _style_fixed(rng, 64, 64)), ("tabindex", "0")], keep_first=1)}></iframe></div>')
        return html, "Ada embed (static.ada.support/embed2.js): iframe#ada-button-frame inside #ada-entry", src, False, False
    html = (f'<button {_attrs(rng, [("id", "ada-chat-button"), ("class", "ada-chat-button " + hashed_class(rng)), ("aria-label", label), ("type", "button")], keep_first=1)}>'
            f'{_svg(rng, rng.choice(("chat", "bot")))}'
            + (f'<span class="ada-button-text">{esc(_t("virtual_assistant", lang))}</span>' if rng.random() < 0.5 else "")
            + '</button>')
    return html, "Ada embed button frame content: button#ada-chat-button (virtual assistant)", None, False, False


def _l_tidio(rng, lang, host):
    inner = rng.random() < 0.5
    if inner:
        label = rng.choice((f"Lyro · {_t('ai_agent', lang)}", _t("chat_with_ai", lang)))
        html = (f'<div id="button" data-testid="widgetButton" class="chat-closed mobile-size__large">'
                f'<div class="{hashed_class(rng)}" aria-hidden="true">'
                f'<span class="lyro-badge">Lyro</span><p>{esc(_t("greeting", lang).format(name="Lyro", brand=_brand(host)))}</p></div>'
                f'<button {_attrs(rng, [("id", "button-body"), ("class", "widget-button"), ("type", "button"), ("aria-label", label), ("tabindex", "0")], keep_first=1)}>'
                f'{_svg(rng, "chat")}</button></div>')
        return html, "Tidio widget frame content: button#button-body.widget-button with Lyro AI agent greeting", None, False, False
    teaser = (f'<div class="{hashed_class(rng)}" role="status"><strong>Lyro</strong> '
              f'<span>{esc(_t("ai_agent", lang))}</span></div>')
    frame = (f'<iframe {_attrs(rng, [("id", "tidio-chat-iframe"), ("title", rng.choice(("Tidio Chat", "Lyro AI Agent", "Chat with Lyro (AI)"))), ("style", "display: block; border: none; position: fixed; inset: auto 9px 35px auto; width: 94px; height: 94px; opacity: 1; color-scheme: none; background: none transparent; margin: 0px; max-height: 100vh; max-width: 100vw; transform: translateY(0px); transition: none 0s ease 0s; visibility: visible; z-index: 999999999;")], keep_first=1)}></iframe>')
    html = f'<div id="tidio-chat">{frame}{teaser}</div>'
    return html, "Tidio: div#tidio-chat > iframe#tidio-chat-iframe with a Lyro AI agent teaser", None, False, False


def _l_hubspot(rng, lang, host):
    portal = rng.randint(1000000, 49999999)
    src = f"https://app.hubspot.com/conversations-visitor/{portal}/threads/utk/{_rid(rng, 32, '0123456789abcdef')}"
    name = rng.choice(_BOT_NAMES)
    if rng.random() < 0.5:
        title = rng.choice(("Chat Widget", _t("chatbot", lang), "Chatbot"))
        preview = (f'<div class="{_emotion(rng, "VizExInitialMessage")}" role="status">'
                   f'<span class="bot-label">{esc(name)} · {esc(_t("bot", lang))}</span>'
                   f'<p>{esc(_t("bot_greeting", lang).format(name=name))}</p></div>')
        html = (f'<div id="hubspot-messages-iframe-container" class="widget-align-right" style="width: 100px; height: 96px;">'
                f'<div class="shadow-container"></div>{preview}'
                f'<iframe {_attrs(rng, [("id", "hubspot-conversations-iframe"), ("title", title), ("src", src), ("allowfullscreen", True)], keep_first=1)}></iframe></div>')
        return html, ("HubSpot chatflow: #hubspot-messages-iframe-container > iframe#hubspot-conversations-iframe "
                      "with chatbot welcome message"), src, False, False
    html = (f'<button {_attrs(rng, [("aria-label", _t("open_chatbot", lang)), ("class", "VizExLauncher__Button " + _emotion(rng, "sc")), ("data-test-id", "chat-widget-launcher"), ("type", "button")])}>'
            f'{_svg(rng, "chat")}<span class="{_emotion(rng, "VizExNotificationBadge__Wrapper")}">1</span></button>')
    return html, "HubSpot conversations iframe content: chat launcher button for a HubSpot chatbot flow", None, False, False


def _l_freshchat(rng, lang, host):
    if rng.random() < 0.5:
        src = f"https://wchat.freshchat.com/widget/index.html?token={_rid(rng, 8)}"
        html = (f'<div id="fc_frame" class="fc-widget-normal" style="bottom: 15px; right: 15px;">'
                f'<div class="fc-freddy-teaser" role="status"><strong>Freddy AI</strong> '
                f'<span>{esc(_t("ask_anything", lang))}</span></div>'
                f'<iframe {_attrs(rng, [("id", "fc_widget"), ("title", "Chat"), ("name", "fc_widget"), ("src", src)], keep_first=1)}></iframe></div>')
        return html, "Freshchat: div#fc_frame.fc-widget-normal > iframe#fc_widget with Freddy AI teaser", src, False, False
    html = (f'<div {_attrs(rng, [("id", "chat-icon"), ("class", "d-hotline h-btn animated zoomIn faster"), ("role", "button"), ("tabindex", "0"), ("aria-label", rng.choice(("Chat with Freddy AI", _t("chat_with_ai", lang) + " (Freddy AI)")))], keep_first=1)}>'
            f'{_svg(rng, "chat")}</div>')
    return html, "Freshchat widget frame content: div#chat-icon.d-hotline for the Freddy AI agent", None, False, False


def _l_salesforce(rng, lang, host):
    if rng.random() < 0.6:
        label = rng.choice((f"Agentforce – {_t('sf_hello', lang)}", _t("chat_with_ai", lang),
                            f"{_t('ai_agent', lang)} Agentforce"))
        html = (f'<div id="embedded-messaging" class="embedded-messaging">'
                f'<button {_attrs(rng, [("id", "embeddedMessagingConversationButton"), ("class", "embeddedMessagingConversationButton"), ("aria-label", label), ("type", "button"), ("aria-haspopup", "dialog")], keep_first=2)}>'
                f'<span id="embeddedMessagingIconContainer" class="embeddedMessagingIconContainer">'
                f'<svg id="embeddedMessagingIconChat" class="embeddedMessagingIconChat" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3C6.5 3 2 6.6 2 11c0 2.3 1.2 4.4 3.2 5.9L4 21l4.5-2.2c1.1.3 2.3.5 3.5.5 5.5 0 10-3.6 10-8s-4.5-8.3-10-8.3z"></path></svg>'
                f'</span></button></div>')
        return html, ("Salesforce Embedded Messaging (MIAW) launcher button#embeddedMessagingConversationButton "
                      "for an Agentforce AI agent"), None, False, False
    label = rng.choice(("Chat with Einstein Bot", _t("chat_virtual", lang), _t("chat_with_ai", lang)))
    html = (f'<div class="embeddedServiceHelpButton"><div class="helpButton">'
            f'<button class="helpButtonEnabled uiButton" href="#" type="button">'
            f'<span class="embeddedServiceIcon" aria-hidden="true" data-icon="&#59648;"></span>'
            f'<span class="helpButtonLabel" id="helpButtonSpan" aria-live="polite" aria-atomic="true">'
            f'<span class="assistiveText">{esc(_t("virtual_assistant", lang))}</span><span class="message">{esc(label)}</span></span>'
            f'</button></div></div>')
    return html, "Salesforce Embedded Service (legacy snap-in) .embeddedServiceHelpButton for an Einstein Bot", None, False, True


def _l_liveperson(rng, lang, host):
    cid = f"LPMcontainer-{rng.randint(1600000000000, 1799999999999)}-{rng.randint(0, 9)}-{rng.randint(1, 9)}"
    label = _t("chat_virtual", lang)
    html = (f'<div {_attrs(rng, [("id", cid), ("class", "LPMcontainer LPMoverlay"), ("role", "button"), ("tabindex", "0"), ("aria-label", label), ("data-lp-event", "click"), ("style", "margin: 1px; padding: 0px; border-style: solid; border-width: 0px; font-style: normal; font-weight: normal; font-variant: normal; list-style: outside none none; letter-spacing: normal; line-height: normal; text-decoration: none; vertical-align: baseline; white-space: normal; word-spacing: normal; background-repeat: repeat-x; background-position: left bottom; cursor: auto; display: block; position: fixed; z-index: 107158; top: auto; left: auto; bottom: 20px; right: 20px;")], keep_first=2)}>'
            f'<img class="LPMimage" alt="{esc(label)}" src="https://lpcdn.lpsnmedia.net/le_re/{rng.randint(100, 999)}/bot-sticky.png" style="position: absolute; left: 0px; top: 0px;">'
            f'<div class="LPMlabel">{esc(rng.choice((_t("virtual_assistant", lang), _t("ask_ai", lang))))}</div></div>')
    return html, "LivePerson embedded engagement div.LPMcontainer.LPMoverlay (data-lp-event) for a virtual assistant (bot)", None, False, False


def _l_crisp(rng, lang, host):
    label = rng.choice((_t("chat_with_ai", lang), _t("open_ai_chat", lang)))
    preview = ""
    if rng.random() < 0.6:
        preview = (f'<span class="cc-{_rid(rng, 5)}" role="status"><span class="cc-{_rid(rng, 5)}">{esc(_t("ai_agent", lang))}</span>'
                   f'<span class="cc-{_rid(rng, 5)}">{esc(_t("ask_anything", lang))}</span></span>')
    html = (f'<div class="crisp-client"><div id="crisp-chatbox" data-chat-status="initial" data-visible="true">'
            f'{preview}<a {_attrs(rng, [("id", "crisp-chatbox-button"), ("aria-label", label), ("role", "button"), ("data-maximized", "false"), ("class", "cc-" + _rid(rng, 5)), ("href", "#")], keep_first=1)}>'
            f'<span class="cc-{_rid(rng, 5)} cc-{_rid(rng, 5)}"><span class="cc-{_rid(rng, 5)}">{_svg(rng, "chat")}</span></span></a></div></div>')
    return html, "Crisp chatbox: .crisp-client #crisp-chatbox a[role=button] (hashed cc- classes) for the Crisp AI agent", None, False, False


def _l_gorgias(rng, lang, host):
    title = rng.choice(("Shopping Assistant (AI)", "Gorgias AI Agent", _t("shop_greeting", lang)))
    if rng.random() < 0.5:
        html = (f'<div id="gorgias-chat-container"><iframe {_attrs(rng, [("id", "chat-button"), ("title", title), ("style", _style_fixed(rng, 64, 64))], keep_first=1)}></iframe>'
                f'<iframe id="chat-campaigns" title="{esc(_t("shop_greeting", lang))}" style="display: block; position: fixed; bottom: 96px; right: 20px; width: 300px; height: 120px;"></iframe></div>')
        return html, "Gorgias chat: #gorgias-chat-container > iframe#chat-button plus campaign frame (AI shopping assistant)", None, False, False
    html = (f'<button {_attrs(rng, [("class", "gorgias-chat-button " + _emotion(rng, "css")), ("aria-label", title), ("type", "button")])}>'
            f'{_svg(rng, "sparkle")}<span>{esc(_t("ask_ai", lang))}</span></button>')
    return html, "Gorgias chat-button frame content for the Gorgias AI Agent shopping assistant", None, False, True


def _l_botpress(rng, lang, host):
    v = rng.random()
    if v < 0.35:
        html = (f'<div id="bp-web-widget-container"><button {_attrs(rng, [("class", "bpw-floating-button"), ("aria-label", _t("open_chatbot", lang)), ("type", "button")])}>'
                f'<i>{_svg(rng, "chat", (24,))}</i></button></div>')
        return html, "Botpress webchat v12: #bp-web-widget-container button.bpw-floating-button", None, False, False
    if v < 0.7:
        cfg = _rid(rng, 8).upper()
        src = f"https://cdn.botpress.cloud/webchat/v2.2/index.html?options=%7B%22config%22%3A%7B%22botId%22%3A%22{_rid(rng, 8)}%22%7D%7D"
        html = (f'<div id="bp-web-widget-container"><iframe {_attrs(rng, [("id", "bp-web-widget"), ("class", "bp-widget-web bp-widget-widget"), ("title", "Botpress"), ("src", src), ("name", "webchat-" + cfg.lower())], keep_first=1)}></iframe></div>')
        return html, "Botpress cloud webchat inject: #bp-web-widget-container > iframe#bp-web-widget.bp-widget-web", src, False, False
    html = (f'<button {_attrs(rng, [("class", "bpFab " + hashed_class(rng)), ("data-testid", "webchat-fab"), ("aria-label", _t("open_chatbot", lang)), ("type", "button")])}>'
            f'{_svg(rng, "bot")}</button>')
    return html, "Botpress webchat v3 floating action button (button.bpFab, data-testid webchat-fab)", None, True, False


def _l_voiceflow(rng, lang, host):
    label = rng.choice((_t("open_ai_chat", lang), _t("chat_with_ai", lang), _t("ai_assistant", lang)))
    if rng.random() < 0.5:
        html = (f'<div id="voiceflow-chat" data-vf-assistant="{_rid(rng, 24, "0123456789abcdef")}">'
                f'<button {_attrs(rng, [("class", "vfrc-launcher vfrc-launcher--" + rng.choice(("label", "icon"))), ("aria-label", label), ("type", "button")])}>'
                f'<span class="vfrc-launcher__icon">{_svg(rng, "bot")}</span></button></div>')
        src = "Voiceflow react-chat widget: #voiceflow-chat shadow host with button.vfrc-launcher"
    else:
        html = (f'<div class="vfrc-widget vfrc-widget--launcher"><button {_attrs(rng, [("class", "vfrc-launcher " + _emotion(rng, "c")), ("aria-label", label), ("type", "button")])}>'
                f'{_svg(rng, "sparkle")}<span class="vfrc-launcher__label">{esc(_t("ask_ai", lang))}</span></button></div>')
        src = "Voiceflow widget-next: .vfrc-widget--launcher button.vfrc-launcher with label"
    return html, src, None, True, False


def _l_chatbase(rng, lang, host):
    cid = _rid(rng, 21, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
    prompt = ""
    if rng.random() < 0.6:
        prompt = (f'<div id="chatbase-message-bubbles" class="chatbase-bubble-prompt" style="position: fixed; bottom: 80px; right: 20px;">'
                  f'<div class="message"><p>{esc(_t("greeting", lang).format(name=rng.choice(_BOT_NAMES), brand=_brand(host)))}</p></div></div>')
    html = (f'<div>{prompt}<div {_attrs(rng, [("id", "chatbase-bubble-button"), ("style", "position: fixed; bottom: 1rem; right: 1rem; width: 50px; height: 50px; border-radius: 25px; background-color: #000000; box-shadow: rgba(0, 0, 0, 0.2) 0px 4px 8px 0px; cursor: pointer; z-index: 999999999; transition: all 0.2s ease-in-out 0s;"), (("aria-label", _t("open_ai_chat", lang)) if (not prompt or rng.random() < 0.6) else None), ("data-chatbot-id", cid)], keep_first=1)}>'
            f'{_svg(rng, "chat")}</div></div>')
    return html, "Chatbase embed.js bubble: div#chatbase-bubble-button (+ chatbase-bubble-prompt greeting)", None, False, False


def _l_kore(rng, lang, host):
    title = rng.choice((_t("virtual_assistant", lang), _t("ask_ai", lang), _brand(host) + " " + _t("bot", lang)))
    if rng.random() < 0.5:
        html = (f'<div class="kore-chat-window droppable liteTheme-one minimize">'
                f'<div class="minimized-title">{esc(title)}</div>'
                f'<div class="minimized"><span class="messages">{esc(_t("ask_anything", lang))}</span></div></div>')
        return html, "Kore.ai web SDK minimized chat window (.kore-chat-window.minimize > .minimized-title)", None, False, True
    html = (f'<div class="avatar-variations-footer"><button {_attrs(rng, [("class", "avatar-bg"), ("aria-label", title), ("type", "button")])}>'
            f'<span class="un-read-msg">1</span><figure><img src="https://bots.kore.ai/static/images/bot-avatar.svg" alt="{esc(_t("bot", lang))}"></figure></button>'
            f'<div class="text-content animation-slide-up"><p>{esc(_t("greeting", lang).format(name=rng.choice(_BOT_NAMES), brand=_brand(host)))}</p></div></div>')
    return html, "Kore.ai web SDK v3 avatar launcher (.avatar-variations-footer button.avatar-bg)", None, False, False


def _l_yellow(rng, lang, host):
    bot = "x" + str(rng.randint(1600000000000, 1799999999999))
    html = (f'<div id="ymPluginDivContainerInitial" class="ym-bot-{bot}">'
            f'<div {_attrs(rng, [("id", "ymDivBar"), ("class", "ym-chat-icon"), ("role", "button"), ("tabindex", "0"), ("aria-label", rng.choice((_t("open_chatbot", lang), _t("chat_virtual", lang))))], keep_first=1)}>'
            f'<img src="https://cdn.yellowmessenger.com/{_rid(rng, 12)}/bot-icon.png" alt="{esc(_t("chatbot", lang))}" width="60" height="60"></div>'
            + (f'<div id="ym-auto-pop-up-container"><p>{esc(_t("bot_greeting", lang).format(name=rng.choice(_BOT_NAMES)))}</p></div>' if rng.random() < 0.5 else "")
            + '</div>')
    return html, "Yellow.ai (Yellow Messenger) plugin: #ymPluginDivContainerInitial > #ymDivBar.ym-chat-icon", None, False, False


def _l_sierra(rng, lang, host):
    token = _rid(rng, 43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
    label = rng.choice(("Chat with A.I.", _t("chat_with_ai", lang), _t("ai_agent", lang)))
    html = (f'<a {_attrs(rng, [("href", f"https://sierra.chat/agent/{token}/chat"), ("class", classes(rng, ("ai-chat-button", "floating-chat"), obfuscate=0.5)), ("aria-label", label), ("target", "_blank"), ("rel", "noopener")])}>'
            f'{_svg(rng, rng.choice(("chat", "sparkle")))}'
            + (f'<span class="{hashed_class(rng)}">{esc(label)}</span>' if rng.random() < 0.5 else "")
            + '</a>')
    return html, "site-built floating button opening a Sierra AI agent (sierra.chat/agent/<token>/chat)", None, False, False


def _l_decagon(rng, lang, host):
    label = rng.choice((_t("chat_with_ai", lang), _t("ai_agent", lang), _t("ask_ai", lang)))
    html = (f'<div {_attrs(rng, [("id", "decagon-chat-launcher"), ("class", _emotion(rng, "decagon")), ("data-decagon-widget", "launcher")], keep_first=1)}>'
            f'<button {_attrs(rng, [("type", "button"), ("aria-label", label), ("class", hashed_class(rng))])}>{_svg(rng, "sparkle")}</button>'
            + (f'<div class="{hashed_class(rng)}" role="status">{esc(_t("powered_ai", lang))} · Decagon</div>' if rng.random() < 0.5 else "")
            + '</div>')
    return html, "Decagon AI agent chat launcher (approximation of its embedded widget: launcher host + AI label)", None, False, False


def _l_forethought(rng, lang, host):
    src = f"https://solve-widget.forethought.ai/?widget=true&apiKey={_rid(rng, 24, '0123456789abcdef')}"
    html = (f'<iframe {_attrs(rng, [("id", "forethought-chat"), ("name", "Virtual Assistant Chat"), ("title", rng.choice(("Virtual Assistant Chat", _t("chat_virtual", lang)))), ("src", src), ("style", _style_fixed(rng, 72, 72)), ("allow", "clipboard-write")], keep_first=1)}></iframe>')
    return html, "Forethought Solve widget: iframe#forethought-chat named 'Virtual Assistant Chat' (solve-widget.forethought.ai)", src, False, False


def _l_dialogflow(rng, lang, host):
    title = rng.choice((_t("virtual_assistant", lang), _t("ai_assistant", lang), _brand(host) + " Bot"))
    agent = "-".join((_rid(rng, 8, "0123456789abcdef"), _rid(rng, 4, "0123456789abcdef"),
                      _rid(rng, 4, "0123456789abcdef"), _rid(rng, 4, "0123456789abcdef"),
                      _rid(rng, 12, "0123456789abcdef")))
    code = {"zh": "zh-cn", "pt": "pt-br"}.get(lang, lang)
    if rng.random() < 0.5:
        html = (f'<df-messenger {_attrs(rng, [("project-id", _brand(host).lower().replace(" ", "-") + "-cx"), ("agent-id", agent), ("language-code", code), ("max-query-length", "-1"), ("location", rng.choice(("global", "us-central1", "europe-west3")))])}>'
                f'<df-messenger-chat-bubble {_attrs(rng, [("chat-title", title), ("placeholder-text", _t("placeholder", lang))])}></df-messenger-chat-bubble></df-messenger>')
        src = "Dialogflow CX Messenger: <df-messenger> with <df-messenger-chat-bubble chat-title>"
    else:
        html = (f'<df-messenger {_attrs(rng, [("intent", "WELCOME"), ("chat-title", title), ("agent-id", agent), ("language-code", code)])}></df-messenger>')
        src = "Dialogflow ES Messenger: <df-messenger intent='WELCOME' chat-title agent-id>"
    return html, src, None, True, False


def _l_watson(rng, lang, host):
    label = rng.choice((_t("chat_virtual", lang), _t("open_chatbot", lang)))
    html = (f'<div id="WACContainer" class="WACContainer"><div class="WACLauncher__ButtonContainer">'
            f'<button {_attrs(rng, [("class", "WACLauncher__Button WACLauncher__Button--default"), ("aria-label", label), ("type", "button"), ("title", "watsonx Assistant")])}>'
            f'{_svg(rng, "chat")}</button></div></div>')
    return html, "IBM watsonx Assistant web chat launcher (#WACContainer button.WACLauncher__Button)", None, True, False


def _l_rufus(rng, lang, host):
    label = rng.choice((_t("rufus_open", lang), "Open Alexa panel" if lang == "en" else _t("rufus_open", lang)))
    text = "Rufus" if "Alexa" not in label else "Alexa"
    html = (f'<button {_attrs(rng, [("id", "nav-rufus-disco"), ("class", "nav-rufus-disco"), ("aria-label", label), ("data-csa-c-content-id", "rufus-launcher"), ("data-csa-c-type", "widget"), ("type", "button")], keep_first=2)}>'
            f'<div class="nav-rufus-disco-avatar"><span class="rufus-sparkle-icon"></span></div>'
            f'<div class="nav-rufus-disco-text">{text}</div></button>')
    return html, "Amazon nav launcher for the Rufus / Alexa shopping assistant (button#nav-rufus-disco)", None, False, "nav"


def _l_rufus_pill(rng, lang, host):
    qa = _RUFUS_QA[lang]
    pills = "".join(f'<li><button class="dpx-smidget-pill a-button-text" type="button">{esc(q)}</button></li>'
                    for q, _ in rng.sample(qa, 2))
    html = (f'<div id="dpx-nice-widget-container" class="dpx-nice-widget"><div class="dpx-smidget-header">'
            f'<span class="a-text-bold">{esc(_t("rufus_placeholder", lang))}</span></div>'
            f'<ul class="dpx-smidget-desktop-pill-list">{pills}</ul></div>')
    return html, "Amazon product page 'Ask Rufus' pill widget (#dpx-nice-widget-container .dpx-smidget-desktop-pill-list)", None, False, "nav"


def _l_meta(rng, lang, host):
    if rng.random() < 0.5:
        html = (f'<div {_attrs(rng, [("role", "button"), ("tabindex", "0"), ("aria-label", "Meta AI"), ("class", " ".join("x" + _rid(rng, rng.randint(5, 7)) for _ in range(rng.randint(4, 8)))), ("title", "Meta AI")])}>'
                f'<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><title>Meta AI</title><circle cx="12" cy="12" r="9" fill="none" stroke="url(#metaAiRing)" stroke-width="3"></circle></svg></div>')
        return html, "WhatsApp Web / Messenger Meta AI entry button (aria-label 'Meta AI', atomic x-classes)", None, False, "nav"
    html = (f'<div class="{" ".join("x" + _rid(rng, 6) for _ in range(5))}"><div role="textbox" contenteditable="true" '
            f'aria-label="{esc(_t("meta_ask", lang))}" data-lexical-editor="true" class="{" ".join("x" + _rid(rng, 6) for _ in range(3))}"><p><br></p></div>'
            f'<span class="{"x" + _rid(rng, 6)}" aria-hidden="true">{esc(_t("meta_ask", lang))}</span></div>')
    return html, "WhatsApp search bar turned into 'Ask Meta AI or Search' entry point", None, False, "nav"


def _l_generic_icon(rng, lang, host):
    label = rng.choice((_t("ask_ai", lang), _t("open_ai_chat", lang), _t("ai_assistant", lang),
                        _t("chat_with_ai", lang), _t("open_chatbot", lang)))
    tag = rng.choice(("button", "button", "div", "a"))
    extra = [("role", "button"), ("tabindex", "0")] if tag == "div" else ([("href", "#")] if tag == "a" else [("type", "button")])
    cls = classes(rng, rng.choice((("fab",), ("chat-launcher",), ("floating-btn",), ())), obfuscate=0.6, extra_hashed=(1, 3))
    attrs = [("class", cls), ("aria-label", label)] + extra + [_maybe(rng, 0.3, ("data-state", "closed")),
                                                                 _maybe(rng, 0.25, ("aria-haspopup", "dialog"))]
    html = f'<{tag} {_attrs(rng, attrs)}>{_svg(rng)}</{tag}>'
    return html, "generic pattern: bare floating icon button named only by an AI/chatbot aria-label", None, False, False


def _l_generic_pill(rng, lang, host):
    text = rng.choice((_t("chat_with_ai", lang), _t("ask_ai", lang), _t("ai_assistant", lang),
                       _t("shop_greeting", lang)))
    sub = rng.choice(("", _t("online_now", lang), _t("powered_ai", lang)))
    cls = classes(rng, rng.choice((("ai-chat-pill",), ("assistant-launcher",), ("chat-cta",), ("sticky-help",))), obfuscate=0.5)
    inner = (f'<span class="{hashed_class(rng)}">{_svg(rng, rng.choice(("sparkle", "bot")))}</span>'
             f'<span class="{hashed_class(rng)}">{esc(text)}</span>'
             + (f'<small class="{hashed_class(rng)}">{esc(sub)}</small>' if sub else ""))
    html = f'<button {_attrs(rng, [("type", "button"), ("class", cls), _maybe(rng, 0.4, ("aria-expanded", "false"))])}>{inner}</button>'
    return html, "generic pattern: floating pill 'Chat with our AI assistant' with sparkle/robot icon", None, False, True


def _l_generic_custom_el(rng, lang, host):
    tag = rng.choice(("chat-widget", "ai-assistant", "ai-chat-launcher", "assistant-bubble", "support-bot"))
    label = rng.choice((_t("ai_assistant", lang), _t("open_ai_chat", lang), _t("virtual_assistant", lang)))
    attrs = [_maybe(rng, 0.5, ("position", "bottom-right")), ("aria-label", label),
             _maybe(rng, 0.5, ("data-bot-id", _rid(rng, 10))), _maybe(rng, 0.4, ("theme", rng.choice(("light", "dark", "auto")))),
             _maybe(rng, 0.3, ("lang", lang))]
    inner = "" if rng.random() < 0.5 else f'<button slot="launcher" aria-label="{esc(label)}">{_svg(rng)}</button>'
    html = f'<{tag} {_attrs(rng, attrs)}>{inner}</{tag}>'
    return html, f"generic pattern: custom element <{tag}> shadow host for an embedded AI assistant", None, True, False


def _l_generic_shadow_host(rng, lang, host):
    hid = rng.choice(("ai-assistant-root", "chatbot-root", "assistant-widget", "bot-launcher-host", "aiw-root"))
    label = rng.choice((_t("ask_ai", lang), _t("chat_with_ai", lang), _t("virtual_assistant", lang)))
    html = (f'<div {_attrs(rng, [("id", hid), ("class", hashed_class(rng)), ("data-widget", rng.choice(("ai-chat", "assistant", "chatbot"))), ("style", _style_fixed(rng, 60, 60))], keep_first=1)}>'
            f'<button part="launcher" aria-label="{esc(label)}" class="{hashed_class(rng)}">{_svg(rng)}</button></div>')
    return html, "generic pattern: fixed shadow-host div wrapping an AI assistant launcher (part=launcher)", None, True, False


def _l_generic_teaser(rng, lang, host):
    name = rng.choice(_BOT_NAMES)
    msg = rng.choice((_t("greeting", lang).format(name=name, brand=_brand(host)),
                      _t("bot_greeting", lang).format(name=name), _t("shop_greeting", lang)))
    html = (f'<div class="{classes(rng, ("chat-teaser", "launcher-wrap"), obfuscate=0.7)}">'
            f'<div role="status" class="{hashed_class(rng)}"><img src="/static/bot/{name.lower()}-avatar.png" alt="{esc(name)}" width="28" height="28">'
            f'<p class="{hashed_class(rng)}">{esc(msg)}</p>'
            f'<button aria-label="{esc(_t("close", lang))}" class="{hashed_class(rng)}">{_svg(rng, "close", (12, 14))}</button></div>'
            f'<button aria-label="{esc(_t("open_chatbot", lang))}" class="{hashed_class(rng)}">{_svg(rng, "chat")}</button></div>')
    return html, "generic pattern: launcher bubble with proactive AI/bot greeting teaser and avatar", None, False, False


def _l_copilot_studio(rng, lang, host):
    label = rng.choice((_t("chat_virtual", lang), _t("ai_assistant", lang), "Copilot"))
    html = (f'<button {_attrs(rng, [("id", "webchat-toggle"), ("class", classes(rng, ("webchat__launcher",), obfuscate=0.3)), ("aria-label", label), ("aria-controls", "webchat"), ("aria-expanded", "false"), ("type", "button")], keep_first=1)}>'
            f'<img src="/assets/copilot-agent-icon.svg" alt="" width="28" height="28"></button>')
    return html, "site-built launcher toggling a Microsoft Copilot Studio / Bot Framework Web Chat (#webchat)", None, False, False


_LAUNCHERS = (
    # (template, count, vendor hosts, allowed langs or None)
    (_l_intercom_lightweight, 18, ("www.intercom.com", "fin.ai"), None),
    (_l_intercom_custom, 10, ("www.intercom.com",), None),
    (_l_zendesk_messaging, 14, ("www.zendesk.com", "www.zendesk.de", "www.zendesk.fr"), None),
    (_l_zendesk_inframe, 8, (), None),
    (_l_zendesk_classic, 8, (), None),
    (_l_drift, 10, ("www.salesloft.com", "www.drift.com"), None),
    (_l_ada, 12, ("www.ada.cx",), None),
    (_l_tidio, 12, ("www.tidio.com",), None),
    (_l_hubspot, 12, ("www.hubspot.com", "www.hubspot.de", "www.hubspot.jp"), None),
    (_l_freshchat, 10, ("www.freshworks.com",), None),
    (_l_salesforce, 12, ("www.salesforce.com", "help.salesforce.com"), None),
    (_l_liveperson, 8, ("www.liveperson.com",), None),
    (_l_crisp, 10, ("crisp.chat",), None),
    (_l_gorgias, 10, ("www.gorgias.com",), None),
    (_l_botpress, 12, ("botpress.com",), None),
    (_l_voiceflow, 10, ("www.voiceflow.com",), None),
    (_l_chatbase, 10, ("www.chatbase.co",), None),
    (_l_kore, 8, ("kore.ai",), None),
    (_l_yellow, 8, ("yellow.ai",), None),
    (_l_sierra, 8, ("sierra.ai", "www.sweetgreen.com", "www.safelite.com"), None),
    (_l_decagon, 6, ("decagon.ai",), None),
    (_l_forethought, 8, ("forethought.ai",), None),
    (_l_dialogflow, 10, ("cloud.google.com",), None),
    (_l_watson, 6, ("www.ibm.com",), None),
    (_l_copilot_studio, 6, (), None),
    (_l_rufus, 10, (), ("en", "de", "fr", "es", "it", "ja")),
    (_l_rufus_pill, 6, (), ("en", "de", "fr", "es", "it", "ja")),
    (_l_meta, 10, (), None),
    (_l_generic_icon, 22, (), None),
    (_l_generic_pill, 14, (), None),
    (_l_generic_custom_el, 10, (), None),
    (_l_generic_shadow_host, 8, (), None),
    (_l_generic_teaser, 10, (), None),
)

_AMAZON = {"en": ("www.amazon.com", "www.amazon.co.uk", "www.amazon.in", "www.amazon.ca"),
           "de": ("www.amazon.de",), "fr": ("www.amazon.fr",), "es": ("www.amazon.es",),
           "it": ("www.amazon.it",), "ja": ("www.amazon.co.jp",)}
_META = ("web.whatsapp.com", "www.facebook.com", "www.instagram.com", "www.messenger.com")


def _host_for(rng, tmpl, lang, own):
    if "rufus" in tmpl.__name__:
        host = rng.choice(_AMAZON[lang])
        path = rng.choice(("/", "/dp/B0" + _rid(rng, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
                           "/s/wireless-headphones", "/gp/cart/view.html"))
        return host, f"https://{host}{path}"
    if tmpl.__name__.endswith("_meta"):
        host = rng.choice(_META)
        return host, f"https://{host}{rng.choice(('/', '/messages', '/direct/inbox', '/chats'))}"
    host = _host(rng, lang, own)
    return host, _url(rng, host)


def _key(html):
    return re.sub(r"\s+", "", html)


def _generate(templates, kind, seed_name, context_fn):
    out = []
    seen = set()
    for tmpl, count, own, langs in templates:
        made = 0
        attempt = 0
        while made < count and attempt < count * 6:
            rng = rng_for(seed_name, tmpl.__name__, attempt)
            attempt += 1
            lang = _pick_lang(rng, langs)
            host, url = _host_for(rng, tmpl, lang, own)
            html, source, frame_src, shadow, shape = tmpl(rng, lang, host)
            html = wrap(html, rng, max_depth=2, p=0.3)
            k = _key(html)
            if k in seen:
                continue
            seen.add(k)
            ctx = context_fn(rng, frame_src, shadow, shape) if rng.random() < 0.5 else None
            out.append(example(html, url, 1, kind, source, lang=lang, context=ctx))
            made += 1
    return out


def _launcher_context(rng, frame_src, shadow, shape):
    if shape == "nav":
        ctx = inline_context(rng, w=(60, 420), h=(32, 120), y=rng.randint(0, 700))
        ctx["shadowHost"] = shadow
        return ctx
    return _launcher_ctx(rng, frame_src=frame_src, shadow=shadow, wide=bool(shape))


def examples():
    return _generate(_LAUNCHERS, "ai_chat_launcher", "pos_chat_launchers", _launcher_context)
