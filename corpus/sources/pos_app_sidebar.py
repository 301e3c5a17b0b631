"""Positives, kind ai_sidebar: in-app copilot / assistant side panels and
the header or rail buttons that open them (Gemini in Workspace, Microsoft
Copilot, GitHub Copilot Chat, Amazon Rufus, Shopify Sidekick, Meta AI...)."""
from corpus.common import esc, example, hashed_class, page_url, wrap
from corpus.sources.pos_app_compose import (
    AMAZON, ATLASSIAN, SALESFORCE, AI_ASSISTANT, ASK_AI, _COPILOT_OCT, _SPARK4, _SPARKLE_MD,
    _SPARKLES_LUCIDE, _attrs, _cls, _ctx_inline, _ctx_panel, _host, _lang,
    _run, _svg, _tr,
)

KIND = "ai_sidebar"

ASK_GEMINI = {
    "en": "Ask Gemini", "de": "Gemini fragen", "fr": "Demander à Gemini", "es": "Preguntar a Gemini",
    "ja": "Gemini に相談", "pt": "Perguntar ao Gemini", "it": "Chiedi a Gemini", "nl": "Vraag het Gemini",
    "pl": "Zapytaj Gemini", "ko": "Gemini에게 물어보기", "zh": "询问 Gemini", "sv": "Fråga Gemini",
}
PROMPT_HERE = {
    "en": "Enter a prompt here", "de": "Prompt hier eingeben", "fr": "Saisissez une requête ici",
    "es": "Escribe una petición aquí", "ja": "ここにプロンプトを入力してください",
    "pt": "Digite um comando aqui", "it": "Inserisci un prompt qui", "nl": "Voer hier een prompt in",
    "ko": "여기에 프롬프트 입력", "sv": "Ange en prompt här", "pl": "Wpisz tutaj prompt", "zh": "在此输入提示",
}
GEMINI_SUGGEST = {
    "en": ("Summarize this email", "Suggest a reply", "Draft a follow-up"),
    "de": ("Diese E-Mail zusammenfassen", "Antwort vorschlagen", "Nachfassmail entwerfen"),
    "fr": ("Résumer cet e-mail", "Suggérer une réponse", "Rédiger une relance"),
    "es": ("Resumir este correo", "Sugerir una respuesta", "Redactar un seguimiento"),
    "ja": ("このメールを要約", "返信を提案", "フォローアップを作成"),
    "pt": ("Resumir este e-mail", "Sugerir uma resposta", "Escrever um acompanhamento"),
    "it": ("Riassumi questa email", "Suggerisci una risposta", "Scrivi un follow-up"),
    "nl": ("Deze e-mail samenvatten", "Antwoord voorstellen", "Follow-up opstellen"),
    "ko": ("이 이메일 요약", "답장 추천", "후속 메일 작성"),
}
GEMINI_HELLO = {
    "en": "Hi {n}, how can I help you today?", "de": "Hallo {n}, wie kann ich dir heute helfen?",
    "fr": "Bonjour {n}, comment puis-je vous aider aujourd’hui ?", "es": "Hola, {n}. ¿En qué puedo ayudarte hoy?",
    "ja": "{n} さん、今日はどのようなお手伝いをしましょうか？", "pt": "Olá, {n}. Como posso ajudar hoje?",
    "it": "Ciao {n}, come posso aiutarti oggi?", "nl": "Hallo {n}, waarmee kan ik je vandaag helpen?",
    "ko": "{n}님, 무엇을 도와드릴까요?",
}
NAMES = ("Alex", "Mia", "Jonas", "Camille", "Lucía", "Yuki", "Rafael", "Giulia", "Sanne", "Minji")
AI_MAY_BE_WRONG = {
    "en": "AI-generated content may be incorrect", "de": "KI-generierte Inhalte können fehlerhaft sein",
    "fr": "Le contenu généré par l’IA peut être incorrect", "es": "El contenido generado por IA puede ser incorrecto",
    "ja": "AI で生成されたコンテンツは誤りを含む可能性があります", "pt": "O conteúdo gerado por IA pode estar incorreto",
    "it": "Il contenuto generato dall’IA potrebbe non essere corretto", "nl": "Door AI gegenereerde inhoud kan onjuist zijn",
    "pl": "Zawartość wygenerowana przez AI może być niepoprawna", "sv": "AI-genererat innehåll kan vara felaktigt",
}
HOW_HELP = {
    "en": "How can I help?", "de": "Wie kann ich helfen?", "fr": "Comment puis-je vous aider ?",
    "es": "¿En qué puedo ayudarle?", "ja": "何をお手伝いしましょうか?", "pt": "Como posso ajudar?",
    "it": "Come posso aiutarti?", "nl": "Hoe kan ik helpen?", "pl": "W czym mogę pomóc?", "sv": "Hur kan jag hjälpa till?",
    "ko": "무엇을 도와드릴까요?", "zh": "我能帮你做什么？",
}
MESSAGE_COPILOT = {
    "en": "Message Copilot", "de": "Nachricht an Copilot", "fr": "Envoyer un message à Copilot",
    "es": "Enviar mensaje a Copilot", "ja": "Copilot にメッセージを送信", "pt": "Enviar mensagem ao Copilot",
    "it": "Invia un messaggio a Copilot", "nl": "Bericht aan Copilot", "pl": "Wiadomość do Copilot",
    "sv": "Meddelande till Copilot",
}
ASK_RUFUS = {
    "en": ("Ask Rufus a question", "What do customers say?", "Is it good for beginners?"),
    "de": ("Stelle Rufus eine Frage", "Was sagen Kunden?", "Ist das für Anfänger geeignet?"),
    "fr": ("Posez une question à Rufus", "Qu’en disent les clients ?", "Convient-il aux débutants ?"),
    "es": ("Hazle una pregunta a Rufus", "¿Qué dicen los clientes?", "¿Es bueno para principiantes?"),
    "it": ("Fai una domanda a Rufus", "Cosa dicono i clienti?", "È adatto ai principianti?"),
    "ja": ("Rufusに質問する", "お客様の評価は？", "初心者に向いていますか？"),
}
ASK_AI_COMPANION = {
    "en": "Ask AI Companion", "de": "AI Companion fragen", "fr": "Demander à AI Companion",
    "es": "Preguntar a AI Companion", "ja": "AI Companion に質問", "pt": "Perguntar ao AI Companion",
    "it": "Chiedi ad AI Companion", "ko": "AI Companion에게 질문", "zh": "询问 AI Companion",
}
CATCH_UP = {
    "en": "What did I miss?", "de": "Was habe ich verpasst?", "fr": "Qu’est-ce que j’ai manqué ?",
    "es": "¿Qué me perdí?", "ja": "何を見逃しましたか?", "pt": "O que eu perdi?", "it": "Cosa mi sono perso?",
    "ko": "제가 놓친 내용은?", "zh": "我错过了什么？",
}

_WS_PATHS = {
    "mail.google.com": ("/mail/u/0/", "/mail/u/1/"),
    "docs.google.com": ("/document/d/1Qx7/edit", "/spreadsheets/d/1Ab2/edit", "/presentation/d/1Zz9/edit"),
    "drive.google.com": ("/drive/my-drive", "/drive/u/0/home", "/drive/folders/1Fd8"),
}


def _gemini_toggle(rng):
    lang = _lang(rng, ASK_GEMINI)
    label = _tr(ASK_GEMINI, lang)
    host = rng.choice(tuple(_WS_PATHS))
    icon = _svg(rng, _SPARK4, 24)
    if host == "mail.google.com":
        html = (f'<div{_attrs(rng, [("class", "Zmxtcf e5IPTd"), ("role", "button"), ("aria-label", label), ("data-tooltip", label), ("tabindex", "0"), ("aria-pressed", "false")])}>{icon}</div>')
        src = "Gmail header 'Ask Gemini' toggle (.Zmxtcf.e5IPTd)"
    elif host == "docs.google.com":
        html = (f'<div id="docs-sidekick-button-container"><div{_attrs(rng, [("id", "docs-sidekick-gm3-button"), ("class", "goog-inline-block jfk-button"), ("role", "button"), ("aria-label", label), ("data-tooltip", label), ("aria-pressed", "false")])}>{icon}</div></div>')
        src = "Google Docs header Gemini button (#docs-sidekick-button-container)"
    else:
        html = (f'<div{_attrs(rng, [("id", "WWNEkf"), ("class", _cls(rng, "a-s-fa-Ha-pa", obfuscate=0.2)), ("role", "button"), ("aria-label", label), ("data-tooltip", label), ("tabindex", "0")])}>{icon}</div>')
        src = "Google Drive header 'Ask Gemini' button (#WWNEkf)"
    return example(wrap(html, rng), page_url(host, rng, rng.choice(_WS_PATHS[host])), 1, KIND, src, lang=lang,
                   context=_ctx_inline(rng, (40, 48), (40, 48), y=rng.randint(8, 16)))


def _gemini_panel(rng):
    lang = _lang(rng, GEMINI_SUGGEST)
    host = rng.choice(tuple(_WS_PATHS))
    hello = _tr(GEMINI_HELLO, lang).format(n=rng.choice(NAMES))
    chips = "".join(f'<button class="{_cls(rng, "suggestion-chip", obfuscate=0.5)}" type="button">{esc(s)}</button>'
                    for s in GEMINI_SUGGEST[lang][: rng.randint(2, 3)])
    ph = _tr(PROMPT_HERE, lang)
    body = (f'<div class="{_cls(rng, "gemini-panel-header", obfuscate=0.6)}"><span class="panel-title">Gemini</span>'
            f'<button aria-label="{esc({"en": "Close", "de": "Schließen", "fr": "Fermer", "es": "Cerrar", "ja": "閉じる", "pt": "Fechar", "it": "Chiudi", "nl": "Sluiten", "ko": "닫기"}[lang])}" class="{hashed_class(rng)}">×</button></div>'
            f'<div class="{hashed_class(rng)}"><h2>{esc(hello)}</h2><div class="chips">{chips}</div></div>'
            f'<div class="{hashed_class(rng)}"><div contenteditable="true" role="textbox" aria-label="{esc(ph)}" data-placeholder="{esc(ph)}"></div></div>')
    attrs = _attrs(rng, [("role", "complementary"), ("aria-label", "Gemini"), ("class", _cls(rng, "side-panel", "gemini-side-panel", obfuscate=0.6)), ("jscontroller", rng.choice((None, "kR4Kqc")))])
    html = f"<div{attrs}>{body}</div>"
    return example(html, page_url(host, rng, rng.choice(_WS_PATHS[host])), 1, KIND,
                   "generic pattern modelled on the Gemini side panel in Gmail/Docs/Drive (greeting, suggestion chips, prompt box)",
                   lang=lang, context=_ctx_panel(rng, "right", (340, 420)))


_M365 = ("word.cloud.microsoft", "excel.cloud.microsoft", "outlook.office.com", "m365.cloud.microsoft",
         "contoso-my.sharepoint.com", "usc-word-edit.officeapps.live.com", "onedrive.live.com")


def _copilot_pane(rng):
    lang = _lang(rng, AI_MAY_BE_WRONG)
    host = rng.choice(_M365)
    frame = rng.random() < 0.35
    if frame:
        src = f"https://{rng.choice(('copilot.cloud.microsoft', 'm365.cloud.microsoft'))}/chat/embedded?app={rng.choice(('Word', 'Excel', 'Outlook', 'PowerPoint'))}"
        html = (f'<div{_attrs(rng, [("id", "CopilotPaneContainer"), ("role", "complementary"), ("aria-label", "Copilot")])}>'
                f'<iframe title="Copilot" src="{esc(src)}" allow="clipboard-read; clipboard-write" style="width: 100%; height: 100%; border: 0;"></iframe></div>')
        ctx = _ctx_panel(rng, "right", (320, 420), frame_src=src)
    else:
        html = (f'<div{_attrs(rng, [("role", "complementary"), ("aria-label", "Copilot"), ("class", _cls(rng, "fui-Drawer", "copilotPane", obfuscate=0.5)), ("data-app-section", "CopilotPane")])}>'
                f'<div class="fui-DrawerHeader"><h2 class="fui-DrawerHeaderTitle">{_svg(rng, _SPARKLES_LUCIDE, 20)} Copilot</h2></div>'
                f'<div class="fui-DrawerBody"><p>{esc(_tr(HOW_HELP, lang))}</p>'
                f'<textarea aria-label="{esc(_tr(MESSAGE_COPILOT, lang))}" placeholder="{esc(_tr(MESSAGE_COPILOT, lang))}"></textarea>'
                f'<p class="{hashed_class(rng)}">{esc(_tr(AI_MAY_BE_WRONG, lang))}</p></div></div>')
        ctx = _ctx_panel(rng, "right", (320, 420))
    return example(wrap(html, rng, 1, 0.3), page_url(host, rng, rng.choice(("/", "/mail/inbox", "/we/wordeditorframe.aspx", "/x/_layouts/Doc.aspx"))),
                   1, KIND, "generic pattern modelled on the Microsoft 365 Copilot pane (Fluent drawer / embedded Copilot iframe, 'AI-generated content may be incorrect')",
                   lang=lang, context=ctx)


def _teams_copilot(rng):
    style = rng.randrange(2)
    if style == 0:
        html = (f'<button{_attrs(rng, [("id", "b5abf2ae-c16b-4310-8f8a-d3bcdb52f162"), ("aria-label", "Copilot"), ("data-tid", "app-bar-b5abf2ae-c16b-4310-8f8a-d3bcdb52f162"), ("class", _cls(rng, "fui-Button", obfuscate=0.6)), ("role", "menuitem")])}>'
                f'{_svg(rng, _SPARKLES_LUCIDE, 24)}<span class="{hashed_class(rng)}">Copilot</span></button>')
        src = "Microsoft Teams app bar Copilot button (#b5abf2ae-c16b-4310-8f8a-d3bcdb52f162)"
        ctx = _ctx_inline(rng, (64, 68), (52, 56))
    else:
        html = (f'<div{_attrs(rng, [("data-testid", "list-item-metaos-copilot"), ("role", "treeitem"), ("aria-label", "Copilot"), ("class", _cls(rng, "fui-TreeItem", obfuscate=0.5))])}>'
                f'<span class="fui-TreeItemLayout__iconBefore">{_svg(rng, _SPARKLES_LUCIDE, 20)}</span><span class="fui-TreeItemLayout__main">Copilot</span></div>')
        src = "Microsoft Teams chat list Copilot entry ([data-testid=list-item-metaos-copilot])"
        ctx = _ctx_inline(rng, (220, 300), (32, 40))
    return example(wrap(html, rng), page_url(rng.choice(("teams.microsoft.com", "teams.cloud.microsoft")), rng, "/v2/"),
                   1, KIND, src, lang=rng.choice(("en", "de", "fr", "es", "ja", "pt", "it")), context=ctx)


def _azure_copilot(rng):
    host = rng.choice(("portal.azure.com", "entra.microsoft.com", "intune.microsoft.com", "purview.microsoft.com"))
    if host == "purview.microsoft.com":
        html = (f'<div id="scc_oneShell-purview-copilot-button_container"><button{_attrs(rng, [("id", "scc_oneShell-purview-copilot-button"), ("aria-label", "Copilot"), ("class", "o365sx-button"), ("type", "button")])}>'
                f'{_svg(rng, _SPARKLES_LUCIDE, 20)}</button></div>')
        src = "Microsoft Purview header Copilot button (#scc_oneShell-purview-copilot-button_container)"
    else:
        html = (f'<div{_attrs(rng, [("class", "fxs-topbar-copilot fxs-topbar-button"), ("role", "button"), ("tabindex", "0"), ("aria-label", "Copilot"), ("title", "Copilot")])}>'
                f'{_svg(rng, _SPARKLES_LUCIDE, 18)}<span class="fxs-topbar-copilot-label">Copilot</span></div>')
        src = "Azure portal top bar Copilot button (.fxs-topbar-copilot)"
    return example(wrap(html, rng), page_url(host, rng, rng.choice(("/", "/#home", "/#view/Microsoft_AAD_IAM/ActiveDirectoryMenuBlade"))),
                   1, KIND, src, lang="en", context=_ctx_inline(rng, (36, 110), (36, 40), y=rng.randint(0, 8)))


def _github_copilot_chat(rng):
    style = rng.randrange(4)
    oct_ = f'<svg aria-hidden="true" focusable="false" class="octicon octicon-copilot" viewBox="0 0 16 16" width="16" height="16"><path d="{_COPILOT_OCT}"></path></svg>'
    repo = rng.choice(("acme/api", "octo-org/web", "lumen/cli", "kitchen-sink/app", "mesh/infra", "orbit/docs"))
    if style == 0:
        html = (f'<div class="AppHeader-CopilotChat"><a{_attrs(rng, [("href", "/copilot"), ("type", "button"), ("aria-label", "Chat with Copilot"), ("data-hotkey", "Mod+Shift+I"), ("class", "Button Button--iconOnly Button--secondary Button--medium AppHeader-button")])}>{oct_}</a></div>')
        src, path, ctx = "GitHub header 'Chat with Copilot' (.AppHeader-CopilotChat)", "/", _ctx_inline(rng, (32, 32), (32, 32), y=12)
    elif style == 1:
        html = (f'<button{_attrs(rng, [("id", "blob-view-header-copilot-icon"), ("aria-label", "Ask Copilot about this file"), ("data-component", "IconButton"), ("type", "button"), ("class", "prc-Button-ButtonBase-9n-Xk prc-Button-IconButton-fyge7")])}>{oct_}</button>')
        src, path, ctx = "GitHub file view 'Ask Copilot about this file' (#blob-view-header-copilot-icon)", f"/{repo}/blob/main/README.md", _ctx_inline(rng, (28, 32), (28, 32))
    elif style == 2:
        html = (f'<div partial-name="copilot-code-chat"><button{_attrs(rng, [("class", "Button--secondary Button--small Button"), ("type", "button"), ("data-action", "click:copilot-code-chat#open")])}>{oct_}<span class="Button-label">Ask Copilot</span></button></div>')
        src, path, ctx = "GitHub pull request 'Ask Copilot' ([partial-name=copilot-code-chat])", f"/{repo}/pull/{rng.randint(2, 900)}/files", _ctx_inline(rng, (100, 120), (28, 32))
    else:
        html = (f'<div{_attrs(rng, [("class", "copilot-chat-panel"), ("role", "complementary"), ("aria-label", "Copilot Chat"), ("data-testid", "copilot-chat-panel")])}>'
                f'<header><h2>{oct_} Copilot Chat</h2></header><p>Ask Copilot about this repository, or type / for commands.</p>'
                f'<textarea aria-label="Ask Copilot" placeholder="Ask Copilot"></textarea><p class="fgColor-muted">Copilot uses AI. Check for mistakes.</p></div>')
        src, path, ctx = "generic pattern modelled on GitHub Copilot Chat side panel ('Copilot uses AI. Check for mistakes.')", f"/{repo}", _ctx_panel(rng, "right", (360, 480))
    return example(wrap(html, rng), page_url("github.com", rng, path), 1, KIND, src, lang="en", context=ctx)


def _rufus(rng):
    lang = _lang(rng, ASK_RUFUS)
    host = rng.choice(AMAZON[lang])
    q, s1, s2 = ASK_RUFUS[lang]
    style = rng.randrange(2)
    if style == 0:
        html = (f'<div{_attrs(rng, [("id", "nav-rufus-disco"), ("class", "nav-rufus-disco nav-div"), ("role", "button"), ("tabindex", "0"), ("aria-label", "Rufus"), ("data-csa-c-content-id", "rufus-launcher")])}>'
                f'<span class="nav-rufus-disco-text" id="nav-rufus-disc-txt">Rufus</span></div>')
        src, ctx = "Amazon nav bar Rufus launcher (#nav-rufus-disco)", _ctx_inline(rng, (70, 90), (40, 50), y=8)
    else:
        html = (f'<div{_attrs(rng, [("id", "nav-flyout-rufus"), ("class", "nav-flyout rufus-panel-container rufus-docked-left"), ("aria-label", "Rufus")])}>'
                f'<div class="rufus-panel-header-container"><span class="a-size-medium-plus">Rufus</span></div>'
                f'<div class="rufus-conversation-container"><div class="rufus-pills"><button class="a-button-text">{esc(s1)}</button><button class="a-button-text">{esc(s2)}</button></div></div>'
                f'<form><textarea id="rufus-text-area" name="rufus-input" aria-label="{esc(q)}" placeholder="{esc(q)}"></textarea>'
                f'<button id="rufus-submit-button" type="submit" aria-label="Submit"></button></form></div>')
        src, ctx = "Amazon Rufus docked panel (#nav-flyout-rufus, #rufus-text-area)", _ctx_panel(rng, "left", (340, 400))
    return example(html, page_url(host, rng, rng.choice(("/", f"/dp/B0{rng.randint(10**7, 10**8)}", "/gp/cart/view.html"))),
                   1, KIND, src, lang=lang, context=ctx)


def _shopify_sidekick(rng):
    lang = rng.choice(("en", "de", "fr", "es", "ja", "pt", "it"))
    store = rng.choice(("north-trail", "kaffee-haus", "maison-lumiere", "tienda-sol", "sakura-goods", "casa-verde"))
    if rng.random() < 0.5:
        html = (f'<div class="_ButtonWrapper_1zyxe_4"><button{_attrs(rng, [("class", "Polaris-Button Polaris-Button--pressable Polaris-Button--variantTertiary"), ("aria-label", "Sidekick"), ("type", "button")])}>'
                f'<span class="Polaris-Button__Icon">{_svg(rng, _SPARKLE_MD, 20)}</span></button></div>')
        src, ctx = "Shopify admin header Sidekick button (._ButtonWrapper_1zyxe_4)", _ctx_inline(rng, (32, 36), (32, 36), y=10)
    else:
        greet = {"en": "Hi, I'm Sidekick. Ask me anything about your store.", "de": "Hallo, ich bin Sidekick. Frag mich alles zu deinem Shop.",
                 "fr": "Bonjour, je suis Sidekick. Posez-moi vos questions sur votre boutique.", "es": "Hola, soy Sidekick. Pregúntame lo que quieras sobre tu tienda.",
                 "ja": "Sidekickです。ストアについて何でも聞いてください。", "pt": "Olá, eu sou o Sidekick. Pergunte qualquer coisa sobre sua loja.",
                 "it": "Ciao, sono Sidekick. Chiedimi qualsiasi cosa sul tuo negozio."}[lang]
        html = (f'<aside class="_Sidebar_xdtqe_5" aria-label="Sidekick"><div class="Polaris-Box"><h2 class="Polaris-Text--headingMd">Sidekick</h2>'
                f'<p class="Polaris-Text--root">{esc(greet)}</p><div class="Polaris-TextField"><textarea aria-label="Sidekick" class="Polaris-TextField__Input"></textarea></div></div></aside>')
        src, ctx = "Shopify admin Sidekick AI sidebar (._Sidebar_xdtqe_5)", _ctx_panel(rng, "right", (360, 420))
    return example(wrap(html, rng), page_url("admin.shopify.com", rng, f"/store/{store}"), 1, KIND, src, lang=lang, context=ctx)


def _adobe_assistant(rng):
    lang = _lang(rng, AI_ASSISTANT, only=("en", "de", "fr", "es", "ja", "pt", "it", "ko"))
    label = _tr(AI_ASSISTANT, lang)
    style = rng.randrange(3)
    if style == 0:
        html = (f'<x-assistant-toggle{_attrs(rng, [("class", hashed_class(rng)), ("data-testid", "assistant-toggle"), ("aria-label", label)])}></x-assistant-toggle>')
        host, path, src = "new.express.adobe.com", "/", "Adobe Express header AI Assistant toggle (x-assistant-toggle custom element)"
        ctx = _ctx_inline(rng, (36, 120), (32, 36), y=8)
        if ctx:
            ctx["shadowHost"] = True
    elif style == 1:
        html = (f'<sp-action-button{_attrs(rng, [("quiet", True), ("label", label), ("data-testid", "ai-assistant-button"), ("class", "ai-assistant-entry")])}>'
                f'<sp-icon-gen-ai slot="icon"></sp-icon-gen-ai>{esc(label)}</sp-action-button>')
        host, path, src = "acrobat.adobe.com", f"/id/urn:aaid:sc:EU:{hashed_class(rng)[-8:]}", "generic pattern modelled on Acrobat online AI Assistant button (Spectrum sp-action-button)"
        ctx = _ctx_inline(rng, (110, 160), (32, 36))
    else:
        dis = {"en": "Ask questions about this document", "de": "Stellen Sie Fragen zu diesem Dokument",
               "fr": "Posez des questions sur ce document", "es": "Haga preguntas sobre este documento",
               "ja": "このドキュメントについて質問する", "pt": "Faça perguntas sobre este documento",
               "it": "Fai domande su questo documento", "ko": "이 문서에 대해 질문하기"}[lang]
        html = (f'<div{_attrs(rng, [("class", "ai-assistant-panel"), ("role", "complementary"), ("aria-label", label)])}>'
                f'<h2>{esc(label)}</h2><p>{esc(dis)}</p><sp-textfield multiline placeholder="{esc(dis)}"></sp-textfield></div>')
        host, path, src = "acrobat.adobe.com", "/link/review", "generic pattern modelled on Acrobat AI Assistant side panel"
        ctx = _ctx_panel(rng, "right", (340, 400))
    return example(html, page_url(host, rng, path), 1, KIND, src, lang=lang, context=ctx)


def _gitlab_duo(rng):
    html = (f'<div class="ai-panels"><button{_attrs(rng, [("class", "gl-button btn btn-default btn-md"), ("data-testid", "ai-panel-toggle"), ("aria-label", "GitLab Duo Chat"), ("title", "GitLab Duo Chat"), ("type", "button")])}>'
            f'<svg class="gl-icon s16" data-testid="tanuki-ai-icon"><use href="/assets/icons.svg#tanuki-ai"></use></svg></button></div>')
    if rng.random() < 0.4:
        html = ('<div class="ai-panels"><aside class="duo-chat" aria-label="GitLab Duo Chat"><header><h3>GitLab Duo Chat</h3></header>'
                '<p>Hi! I’m GitLab Duo. How can I help with this merge request?</p><textarea aria-label="Chat with GitLab Duo"></textarea></aside></div>')
    proj = rng.choice(("acme/backend", "infra/terraform", "web/storefront", "data/pipelines"))
    return example(wrap(html, rng), page_url("gitlab.com", rng, f"/{proj}/-/merge_requests/{rng.randint(2, 700)}"),
                   1, KIND, "GitLab Duo Chat panel / toggle (.ai-panels, tanuki-ai icon)", lang="en",
                   context=_ctx_panel(rng, "right", (360, 420)) if "aside" in html else _ctx_inline(rng, (32, 32), (32, 32)))


def _gcloud_gemini(rng):
    lang = rng.choice(("en", "de", "fr", "es", "ja", "pt", "it"))
    lab = {"en": "Open or close Gemini Cloud Assist chat", "de": "Gemini Cloud Assist-Chat öffnen oder schließen",
           "fr": "Ouvrir ou fermer le chat Gemini Cloud Assist", "es": "Abrir o cerrar el chat de Gemini Cloud Assist",
           "ja": "Gemini Cloud Assist のチャットを開く / 閉じる", "pt": "Abrir ou fechar o chat do Gemini Cloud Assist",
           "it": "Apri o chiudi la chat di Gemini Cloud Assist"}[lang]
    html = (f'<div id="pcc-duet-chat-container"><button{_attrs(rng, [("mat-icon-button", True), ("class", "mat-mdc-icon-button cfc-action-button"), ("aria-label", lab), ("cfctooltip", lab), ("type", "button")])}>'
            f'<cfc-icon icon="spark">{_svg(rng, _SPARK4, 20)}</cfc-icon></button></div>')
    return example(wrap(html, rng), page_url("console.cloud.google.com", rng, rng.choice(("/welcome", "/compute/instances", "/iam-admin/iam"))),
                   1, KIND, "Google Cloud console Gemini Cloud Assist chat button (#pcc-duet-chat-container)", lang=lang,
                   context=_ctx_inline(rng, (40, 40), (40, 40), y=8))


def _salesforce_agentforce(rng):
    brand = rng.choice(("Agentforce", "Einstein Copilot", "Agentforce"))
    if rng.random() < 0.5:
        html = (f'<section{_attrs(rng, [("class", "slds-panel slds-size_medium slds-panel_docked slds-panel_docked-right slds-is-open"), ("aria-label", brand), ("aria-hidden", "false")])}>'
                f'<div class="slds-panel__header"><h2 class="slds-panel__header-title slds-text-heading_small slds-truncate" title="{brand}">{brand}</h2></div>'
                f'<div class="slds-panel__body"><p>Hi, I’m your AI assistant. I can summarize records, draft emails and answer questions about your data.</p>'
                f'<lightning-textarea label="Describe your task or ask a question"></lightning-textarea></div></section>')
        src, ctx = f"generic pattern modelled on Salesforce {brand} docked panel (SLDS slds-panel_docked-right)", _ctx_panel(rng, "right", (360, 420))
    else:
        html = (f'<button{_attrs(rng, [("class", "slds-button slds-button_icon slds-button_icon-container slds-global-actions__item-action"), ("title", brand), ("aria-label", brand), ("type", "button")])}>'
                f'<svg class="slds-button__icon slds-global-header__icon" aria-hidden="true"><use xlink:href="/_slds/icons/utility-sprite/svg/symbols.svg#einstein"></use></svg></button>')
        src, ctx = f"generic pattern modelled on Salesforce global header {brand} button (utility:einstein)", _ctx_inline(rng, (32, 32), (32, 32), y=8)
    return example(wrap(html, rng), page_url(rng.choice(SALESFORCE), rng, rng.choice(("/lightning/page/home", f"/lightning/r/Opportunity/006{rng.randint(10**8, 10**9)}/view"))),
                   1, KIND, src, lang="en", context=ctx)


def _rovo(rng):
    lang = rng.choice(("en", "en", "de", "fr", "es", "ja", "pt"))
    lab = {"en": "Ask Rovo", "de": "Rovo fragen", "fr": "Demander à Rovo", "es": "Preguntar a Rovo",
           "ja": "Rovo に質問", "pt": "Pergunte ao Rovo"}[lang]
    if rng.random() < 0.5:
        html = (f'<button{_attrs(rng, [("data-testid", "atlassian-navigation--rovo-chat-button"), ("aria-label", lab), ("type", "button"), ("class", _cls(rng, "css-1wits42", obfuscate=0.0))])}>'
                f'<span role="img" aria-label="Rovo" class="css-1afrefi">{_svg(rng, _SPARKLE_MD, 20)}</span><span>Rovo</span></button>')
        src, ctx = "generic pattern modelled on Atlassian top-nav Rovo chat button", _ctx_inline(rng, (70, 110), (32, 32), y=8)
    else:
        html = (f'<div{_attrs(rng, [("data-testid", "rovo-chat-sidebar"), ("role", "complementary"), ("aria-label", "Rovo Chat")])}>'
                f'<h2>Rovo</h2><p>{esc(_tr(HOW_HELP, lang))}</p><div contenteditable="true" role="textbox" aria-label="{esc(lab)}"></div></div>')
        src, ctx = "generic pattern modelled on Atlassian Rovo chat side panel", _ctx_panel(rng, "right", (360, 420))
    return example(wrap(html, rng), page_url(rng.choice(ATLASSIAN), rng, rng.choice(("/jira/your-work", "/wiki/home", "/jira/software/projects/ENG/boards/4"))),
                   1, KIND, src, lang=lang, context=ctx)


def _zoom_companion(rng):
    lang = _lang(rng, ASK_AI_COMPANION)
    lab = _tr(ASK_AI_COMPANION, lang)
    if rng.random() < 0.5:
        html = (f'<button{_attrs(rng, [("class", "footer-button-base__button ax-outline footer-button__button"), ("aria-label", "AI Companion"), ("type", "button"), ("feature-type", "aiCompanion")])}>'
                f'<div class="footer-button-base__img-layer">{_svg(rng, _SPARKLE_MD, 24)}</div><span class="footer-button-base__button-label">AI Companion</span></button>')
        src, ctx = "generic pattern modelled on Zoom web client footer 'AI Companion' button", _ctx_inline(rng, (72, 90), (52, 56))
    else:
        html = (f'<div{_attrs(rng, [("class", "ai-companion-panel"), ("role", "complementary"), ("aria-label", "AI Companion")])}>'
                f'<div class="ai-companion-panel__header">AI Companion</div><ul class="ai-companion-panel__suggestions"><li>{esc(_tr(CATCH_UP, lang))}</li></ul>'
                f'<input type="text" aria-label="{esc(lab)}" placeholder="{esc(lab)}"></div>')
        src, ctx = "generic pattern modelled on Zoom AI Companion in-meeting side panel", _ctx_panel(rng, "right", (320, 380))
    return example(wrap(html, rng), page_url(rng.choice(("app.zoom.us", "app.zoom.us", "zoom.us")), rng, rng.choice(("/wc/join", f"/wc/{rng.randint(10**9, 10**10)}/start"))),
                   1, KIND, src, lang=lang, context=ctx)


def _square_ai(rng):
    if rng.random() < 0.5:
        html = (f'<eh-market-tooltip><eh-market-button{_attrs(rng, [("data-testid", "spotlight-mfe-button"), ("aria-label", "Square AI"), ("rank", "tertiary"), ("icon-only", True)])}>'
                f'<eh-market-icon slot="icon" name="ai-sparkle"></eh-market-icon></eh-market-button><span slot="content">Square AI</span></eh-market-tooltip>')
        src, ctx = "Square Dashboard sidebar 'Square AI' button (eh-market-button[data-testid=spotlight-mfe-button])", _ctx_inline(rng, (40, 40), (40, 40))
    else:
        html = ('<div data-testid="ai-chat-draggable-area" class="ai-chat-window"><header>Square AI</header>'
                '<div data-testid="square-ai-module"><p>Ask about your sales, items or customers.</p><textarea aria-label="Ask Square AI"></textarea></div></div>')
        src, ctx = "Square AI chat window ([data-testid=ai-chat-draggable-area])", _ctx_panel(rng, "right", (340, 400))
    return example(html, page_url("app.squareup.com", rng, "/dashboard/"), 1, KIND, src,
                   lang=rng.choice(("en", "en", "fr", "es", "ja")), context=ctx)


def _google_help_panel(rng):
    lang = rng.choice(("en", "de", "fr", "es", "ja", "pt", "it", "nl", "ko"))
    title = {"en": "Help guide", "de": "Hilfe-Assistent", "fr": "Guide d’aide", "es": "Guía de ayuda", "ja": "ヘルプガイド",
             "pt": "Guia de ajuda", "it": "Guida di assistenza", "nl": "Helpgids", "ko": "도움말 가이드"}[lang]
    note = {"en": "Answers are generated by AI and may contain mistakes.", "de": "Antworten werden von KI generiert und können Fehler enthalten.",
            "fr": "Les réponses sont générées par IA et peuvent contenir des erreurs.", "es": "Las respuestas las genera la IA y pueden contener errores.",
            "ja": "回答は AI によって生成され、誤りが含まれる可能性があります。", "pt": "As respostas são geradas por IA e podem conter erros.",
            "it": "Le risposte sono generate dall’IA e possono contenere errori.", "nl": "Antwoorden worden door AI gegenereerd en kunnen fouten bevatten.",
            "ko": "답변은 AI가 생성하며 오류가 있을 수 있습니다."}[lang]
    html = (f'<div class="helpPanelContainerRoot" role="dialog" aria-label="{esc(title)}"><div class="{hashed_class(rng)}"><h2>{esc(title)}</h2>'
            f'<p>{esc(note)}</p><input type="text" aria-label="{esc(title)}"></div></div>')
    return example(html, page_url("support.google.com", rng, rng.choice(("/mail/", "/chrome/answer/95414", "/accounts/"))),
                   1, KIND, "Google Support AI help guide panel (div.helpPanelContainerRoot)", lang=lang,
                   context=_ctx_panel(rng, "right", (360, 420)))


def _yt_studio_ask(rng):
    lang = rng.choice(("en", "de", "fr", "es", "ja", "pt", "it", "ko"))
    lab = {"en": "Ask Studio", "de": "Studio fragen", "fr": "Demander à Studio", "es": "Preguntar a Studio",
           "ja": "Studio に質問", "pt": "Perguntar ao Studio", "it": "Chiedi a Studio", "ko": "스튜디오에 질문하기"}[lang]
    html = (f'<ytcp-creator-chat-trigger class="style-scope ytcp-header"><ytcp-icon-button{_attrs(rng, [("aria-label", lab), ("class", "style-scope ytcp-creator-chat-trigger"), ("role", "button"), ("tabindex", "0")])}>'
            f'{_svg(rng, _SPARK4, 24)}</ytcp-icon-button></ytcp-creator-chat-trigger>')
    return example(html, page_url("studio.youtube.com", rng, f"/channel/UC{hashed_class(rng)[-8:]}"), 1, KIND,
                   "YouTube Studio header 'Ask Studio' sparkle (ytcp-creator-chat-trigger)", lang=lang,
                   context=_ctx_inline(rng, (40, 40), (40, 40), y=12))


def _ga_advisor(rng):
    lang = rng.choice(("en", "de", "fr", "es", "ja", "pt", "it"))
    lab = {"en": "Ask Analytics Advisor", "de": "Analytics Advisor fragen", "fr": "Demander à Analytics Advisor",
           "es": "Preguntar a Analytics Advisor", "ja": "Analytics Advisor に質問", "pt": "Perguntar ao Analytics Advisor",
           "it": "Chiedi ad Analytics Advisor"}[lang]
    html = (f'<gmp-chat-entry-point _ngcontent-ng-c{rng.randint(10**8, 10**9)}=""><button{_attrs(rng, [("mat-button", True), ("class", "mdc-button mat-mdc-button gmp-chat-entry-point-button"), ("aria-label", lab)])}>'
            f'{_svg(rng, _SPARK4, 18)}<span class="mdc-button__label">{esc(lab)}</span></button></gmp-chat-entry-point>')
    return example(html, page_url("analytics.google.com", rng, "/analytics/web/"), 1, KIND,
                   "Google Analytics header 'Ask Analytics Advisor' (gmp-chat-entry-point)", lang=lang,
                   context=_ctx_inline(rng, (160, 220), (36, 36), y=8))


def _meta_ai_nav(rng):
    app = rng.choice(("whatsapp", "messenger", "instagram", "facebook"))
    lang = rng.choice(("en", "de", "fr", "es", "pt", "it", "ja", "nl", "pl", "ko", "zh", "sv"))
    ring = f'<img alt="" class="_ao3e" src="https://static.whatsapp.net/rsrc.php/v4/y{hashed_class(rng)[-2:]}/r/meta-ai-ring.png" width="24" height="24">'
    if app == "whatsapp":
        html = (f'<span class="html-span x1vvkbs"><button{_attrs(rng, [("aria-label", "Meta AI"), ("title", "Meta AI"), ("class", "xjb2p0i xk390pu x1heor9g x1ypdohk xjbqb8w x972fbf xcfux6l x1qhh985 xm0m39n"), ("data-navbar-item", "true"), ("type", "button")])}>'
                f'{ring}</button></span>')
        host, path = "web.whatsapp.com", "/"
        src = "WhatsApp Web left navigation Meta AI button (button[aria-label='Meta AI'])"
    elif app == "messenger":
        html = (f'<div role="gridcell"><a{_attrs(rng, [("href", "/t/156025504001094/"), ("role", "link"), ("aria-label", "Meta AI"), ("class", "x1i10hfl x1qjc9v5 xjbqb8w xjqpnuy x1lliihq")])}>'
                f'{ring}<span class="x1lliihq x6ikm8r x10wlt62">Meta AI</span></a></div>')
        host, path = "www.messenger.com", "/"
        src = "Messenger chat list Meta AI thread link (a[href='/t/156025504001094/'])"
    elif app == "instagram":
        html = (f'<a{_attrs(rng, [("href", "https://www.meta.ai/?utm_source=instagram_web_nav"), ("role", "link"), ("class", "x1i10hfl xjbqb8w x1ejq31n x18oe1m7 x1sy0etr xstzfhl")])}>'
                f'<div class="x9f619 xjbqb8w x78zum5">{ring}<span class="x1lliihq x193iq5w x6ikm8r x10wlt62 xlyipyv xuxw1ft">Meta AI</span></div></a>')
        host, path = "www.instagram.com", "/"
        src = "Instagram sidebar 'Also from Meta' Meta AI link (a[href*='meta.ai'])"
    else:
        html = (f'<li class="html-li"><div><div><div><a{_attrs(rng, [("href", "https://www.meta.ai/?utm_source=facebook_left_nav"), ("role", "link"), ("class", "x1i10hfl xjbqb8w x1ejq31n xd10rxx x1sy0etr")])}>'
                f'{ring}<span dir="auto">Meta AI</span></a></div></div></div></li>')
        host, path = "www.facebook.com", "/"
        src = "Facebook left sidebar Meta AI shortcut (a[href*='www.meta.ai'])"
    return example(wrap(html, rng), page_url(host, rng, path), 1, KIND, src, lang=lang,
                   context=_ctx_inline(rng, (40, 300), (40, 52)))


def _canva_assistant(rng):
    lang = rng.choice(("en", "de", "fr", "es", "ja", "pt", "it", "ko"))
    html = (f'<div class="BMOCzQ EC2pjw LuBWVA"><div id="assistant" class="{hashed_class(rng)}"><button{_attrs(rng, [("type", "button"), ("aria-label", "Canva AI"), ("class", "_5KtATA LQzFZw")])}>'
            f'{_svg(rng, _SPARKLE_MD, 24)}<span class="{hashed_class(rng)}">Canva AI</span></button></div></div>')
    return example(html, page_url("www.canva.com", rng, rng.choice(("/", "/projects", f"/design/DAG{rng.randint(10**5, 10**6)}/edit"))),
                   1, KIND, "Canva left rail 'Canva AI' assistant (div#assistant)", lang=lang,
                   context=_ctx_inline(rng, (64, 72), (56, 64)))


def _devsite_concierge(rng):
    lang = rng.choice(("en", "en", "ja", "ko", "zh", "pt", "es", "fr", "de"))
    lab = {"en": "Ask about this page", "ja": "このページについて質問する", "ko": "이 페이지에 관해 질문하기",
           "zh": "就此页面提问", "pt": "Pergunte sobre esta página", "es": "Pregunta sobre esta página",
           "fr": "Poser une question sur cette page", "de": "Fragen zu dieser Seite stellen"}[lang]
    html = (f'<button{_attrs(rng, [("class", "devsite-concierge-ai-panel--menu-item devsite-concierge-menu-item"), ("data-panel-id", "ai-chat"), ("aria-label", lab), ("type", "button")])}>'
            f'<span class="material-icons" aria-hidden="true">spark</span><span class="devsite-concierge-menu-label">{esc(lab)}</span></button>')
    if rng.random() < 0.4:
        html = f'<devsite-concierge class="devsite-concierge">{html}</devsite-concierge>'
    host = rng.choice(("developers.google.com", "developer.android.com", "firebase.google.com", "cloud.google.com"))
    return example(html, page_url(host, rng, rng.choice(("/maps/documentation/javascript/overview", "/docs/guides", "/analytics/devguides/reporting/data/v1"))),
                   1, KIND, "Google developer docs concierge AI chat entry (.devsite-concierge-ai-panel--menu-item)", lang=lang,
                   context=_ctx_inline(rng, (40, 200), (40, 48)))


def _saas_ai_dock(rng):
    """Assistants docked in ordinary SaaS apps: Box AI, Dropbox Dash, Zoho Zia, HubSpot Breeze, Miro AI."""
    brand = rng.choice(("Box AI", "Zia", "Breeze Copilot", "Miro AI", "Dash", "Freddy Copilot", "Notion AI", "Slack AI"))
    hosts = {"Box AI": ("app.box.com",), "Zia": ("crm.zoho.com", "crm.zoho.eu", "mail.zoho.com"),
             "Breeze Copilot": ("app.hubspot.com", "app-eu1.hubspot.com"), "Miro AI": ("miro.com",),
             "Dash": ("www.dropbox.com", "dash.dropbox.com"), "Freddy Copilot": ("acme.freshdesk.com", "northwind.freshworks.com"),
             "Notion AI": ("www.notion.so",), "Slack AI": ("app.slack.com",)}
    lang = _lang(rng, ASK_AI)
    ask = _tr(ASK_AI, lang)
    style = rng.randrange(3)
    if style == 0:
        html = (f'<button{_attrs(rng, [("aria-label", brand), ("data-testid", rng.choice(("ai-sidebar-toggle", "assistant-toggle", None))), ("class", _cls(rng, "header-action", "ai-toggle", obfuscate=0.5)), ("type", "button")])}>'
                f'{_svg(rng)}<span>{esc(brand)}</span></button>')
        ctx = _ctx_inline(rng, (36, 140), (32, 40), y=rng.randint(0, 16))
        src = f"generic pattern: header toggle opening the {brand} assistant panel"
    elif style == 1:
        html = (f'<aside{_attrs(rng, [("aria-label", brand), ("class", _cls(rng, "assistant-panel", "drawer", obfuscate=0.5))])}>'
                f'<header><h2>{_svg(rng, size=18)} {esc(brand)}</h2><button aria-label="Close">×</button></header>'
                f'<section><p>{esc(_tr(HOW_HELP, lang))}</p></section><footer><textarea aria-label="{esc(ask)}" placeholder="{esc(ask)}"></textarea></footer></aside>')
        ctx = _ctx_panel(rng, "right", (320, 440))
        src = f"generic pattern: docked {brand} assistant side panel"
    else:
        html = (f'<nav class="{hashed_class(rng)}"><a{_attrs(rng, [("href", "/ai"), ("class", _cls(rng, "sidebar-item", obfuscate=0.4)), ("aria-label", brand)])}>{_svg(rng, size=18)}<span>{esc(brand)}</span>'
                f'<span class="badge">{esc({"en": "New", "de": "Neu", "fr": "Nouveau", "es": "Nuevo", "ja": "新機能", "pt": "Novo", "it": "Novità", "nl": "Nieuw", "pl": "Nowość", "ko": "신규", "zh": "新", "sv": "Ny"}[lang])}</span></a></nav>')
        ctx = _ctx_inline(rng, (200, 260), (32, 40))
        src = f"generic pattern: app sidebar navigation item for {brand}"
    return example(wrap(html, rng), page_url(rng.choice(hosts[brand]), rng), 1, KIND, src, lang=lang, context=ctx)


def _site_copilot_panel(rng):
    """A retailer / bank / SaaS site's own 'AI assistant' drawer on any host."""
    lang = _lang(rng, AI_ASSISTANT)
    host = _host(rng, lang)
    title = _tr(AI_ASSISTANT, lang)
    beta = rng.choice(("Beta", "Preview", ""))
    html = (f'<div{_attrs(rng, [("id", rng.choice(("ai-assistant-drawer", "copilot-panel", "assistant-root", None))), ("role", "complementary"), ("aria-label", title), ("class", _cls(rng, "ai-drawer", "side-sheet", obfuscate=0.6))])}>'
            f'<div class="{hashed_class(rng)}"><span>{_svg(rng, size=20)}</span><strong>{esc(title)}</strong>'
            + (f'<span class="pill">{beta}</span>' if beta else "") +
            f'</div><p>{esc(_tr(HOW_HELP, lang))}</p><form><input type="text" aria-label="{esc(_tr(ASK_AI, lang))}"><button type="submit">→</button></form></div>')
    return example(wrap(html, rng), page_url(host, rng), 1, KIND,
                   "generic pattern: site-wide AI assistant side drawer (role=complementary, 'AI Assistant' title)",
                   lang=lang, context=_ctx_panel(rng, rng.choice(("right", "right", "left")), (300, 420)))


TEMPLATES = (
    _gemini_toggle, _gemini_panel, _copilot_pane, _teams_copilot, _azure_copilot, _github_copilot_chat,
    _rufus, _shopify_sidekick, _adobe_assistant, _gitlab_duo, _gcloud_gemini, _salesforce_agentforce,
    _rovo, _zoom_companion, _square_ai, _google_help_panel, _yt_studio_ask, _ga_advisor, _meta_ai_nav,
    _canva_assistant, _devsite_concierge, _saas_ai_dock, _site_copilot_panel,
    _gemini_toggle, _gemini_panel, _copilot_pane, _meta_ai_nav, _saas_ai_dock, _site_copilot_panel, _rufus,
)


def examples():
    return _run("pos_app_sidebar", TEMPLATES, 115)
