"""Positives, kind ai_onboarding: "New! Meet <Brand> AI" teaching bubbles,
spotlights, coach marks, product tours, what's-new modals and pulsing
beacons that introduce an AI feature (Copilot, Gemini, Rovo, Agentforce,
Slack AI, Notion AI, Zoom AI Companion, site assistants...)."""
from corpus.common import esc, example, hashed_class, page_url, wrap
from corpus.sources.pos_app_compose import (
    ATLASSIAN, SALESFORCE, _COPILOT_OCT, _SPARK4, _attrs, _cls,
    _ctx_corner, _ctx_inline, _ctx_overlay, _host, _lang, _run, _svg, _tr,
)

KIND = "ai_onboarding"


def _ctx_pop(rng, w, h):
    # popovers are what the extension sees floating most often: give a context a bit more often
    return _ctx_overlay(rng, w, h, p=0.62)


MEET = {
    "en": "Meet {b}", "de": "Lernen Sie {b} kennen", "fr": "Découvrez {b}", "es": "Te presentamos {b}",
    "ja": "{b} のご紹介", "pt": "Conheça o {b}", "it": "Ti presentiamo {b}", "nl": "Maak kennis met {b}",
    "pl": "Poznaj {b}", "sv": "Möt {b}", "ko": "{b}를 소개합니다", "zh": "认识 {b}",
}
NEW = {"en": "New", "de": "Neu", "fr": "Nouveau", "es": "Nuevo", "ja": "新機能", "pt": "Novo", "it": "Novità",
       "nl": "Nieuw", "pl": "Nowość", "sv": "Nyhet", "ko": "신규", "zh": "新功能"}
BODY = {
    "en": "Your new AI assistant can draft text, summarize long threads and answer questions about your work.",
    "de": "Ihr neuer KI-Assistent entwirft Texte, fasst lange Verläufe zusammen und beantwortet Fragen zu Ihrer Arbeit.",
    "fr": "Votre nouvel assistant IA rédige des textes, résume les longues discussions et répond à vos questions.",
    "es": "Tu nuevo asistente de IA redacta textos, resume conversaciones largas y responde preguntas sobre tu trabajo.",
    "ja": "新しい AI アシスタントが、文章の下書き、長いスレッドの要約、仕事に関する質問への回答をお手伝いします。",
    "pt": "Seu novo assistente de IA escreve rascunhos, resume conversas longas e responde perguntas sobre seu trabalho.",
    "it": "Il tuo nuovo assistente IA scrive bozze, riassume le conversazioni lunghe e risponde alle domande sul tuo lavoro.",
    "nl": "Je nieuwe AI-assistent schrijft concepten, vat lange gesprekken samen en beantwoordt vragen over je werk.",
    "pl": "Twój nowy asystent AI pisze szkice, streszcza długie wątki i odpowiada na pytania dotyczące pracy.",
    "sv": "Din nya AI-assistent skriver utkast, sammanfattar långa trådar och svarar på frågor om ditt arbete.",
    "ko": "새 AI 어시스턴트가 초안 작성, 긴 대화 요약, 업무 관련 질문에 대한 답변을 도와드립니다.",
    "zh": "新的 AI 助手可以帮你起草文字、总结长对话，并回答与工作相关的问题。",
}
TRY = {"en": "Try it", "de": "Ausprobieren", "fr": "Essayer", "es": "Probar", "ja": "試してみる", "pt": "Experimentar",
       "it": "Prova", "nl": "Proberen", "pl": "Wypróbuj", "sv": "Testa", "ko": "사용해 보기", "zh": "试试看"}
GOT_IT = {"en": "Got it", "de": "Verstanden", "fr": "J’ai compris", "es": "Entendido", "ja": "OK", "pt": "Entendi",
          "it": "Ho capito", "nl": "Begrepen", "pl": "Rozumiem", "sv": "Uppfattat", "ko": "확인", "zh": "知道了"}
NOT_NOW = {"en": "Not now", "de": "Nicht jetzt", "fr": "Plus tard", "es": "Ahora no", "ja": "後で", "pt": "Agora não",
           "it": "Non ora", "nl": "Niet nu", "pl": "Nie teraz", "sv": "Inte nu", "ko": "나중에", "zh": "以后再说"}
STEP = {"en": "{i} of {n}", "de": "{i} von {n}", "fr": "{i} sur {n}", "es": "{i} de {n}", "ja": "{i}/{n}", "pt": "{i} de {n}",
        "it": "{i} di {n}", "nl": "{i} van {n}", "pl": "{i} z {n}", "sv": "{i} av {n}", "ko": "{i}/{n}", "zh": "第 {i} 步，共 {n} 步"}
CLOSE = {"en": "Close", "de": "Schließen", "fr": "Fermer", "es": "Cerrar", "ja": "閉じる", "pt": "Fechar", "it": "Chiudi",
         "nl": "Sluiten", "pl": "Zamknij", "sv": "Stäng", "ko": "닫기", "zh": "关闭"}


def _teaching_bubble(rng):
    """Fluent UI TeachingBubble introducing Copilot in Microsoft 365 apps."""
    lang = _lang(rng, MEET)
    head = _tr(MEET, lang).format(b="Copilot")
    host = rng.choice(("outlook.office.com", "outlook.live.com", "word.cloud.microsoft", "teams.microsoft.com",
                       "m365.cloud.microsoft", "excel.cloud.microsoft"))
    n = rng.randint(2, 4)
    html = (f'<div{_attrs(rng, [("class", "ms-TeachingBubble ms-Callout"), ("role", "dialog"), ("aria-labelledby", "TeachingBubble-headline"), ("aria-describedby", "TeachingBubble-body")])}>'
            f'<div class="ms-TeachingBubble-content ms-TeachingBubble-content--withImage">'
            f'<div class="ms-TeachingBubble-bodycontent"><div class="ms-TeachingBubble-header"><p class="ms-TeachingBubble-headline" id="TeachingBubble-headline">{esc(head)}</p></div>'
            f'<div class="ms-TeachingBubble-subText" id="TeachingBubble-body">{esc(_tr(BODY, lang))}</div>'
            f'<div class="ms-TeachingBubble-footer"><span class="ms-TeachingBubble-stepCount">{esc(_tr(STEP, lang).format(i=1, n=n))}</span>'
            f'<button class="ms-Button ms-Button--primary" type="button"><span class="ms-Button-label">{esc(_tr(TRY, lang))}</span></button>'
            f'<button class="ms-Button" type="button"><span class="ms-Button-label">{esc(_tr(NOT_NOW, lang))}</span></button></div></div></div></div>')
    return example(html, page_url(host, rng, rng.choice(("/mail/inbox", "/", "/v2/", "/we/wordeditorframe.aspx"))),
                   1, KIND, "Fluent UI TeachingBubble introducing Copilot (ms-TeachingBubble headline/subText/footer)",
                   lang=lang, context=_ctx_pop(rng, (300, 364), (160, 260)))


GEMINI_CALLOUT = {
    "en": ("Try Gemini in Gmail", "Ask Gemini to summarize threads, find details and draft replies."),
    "de": ("Gemini in Gmail ausprobieren", "Lassen Sie Gemini Threads zusammenfassen, Details finden und Antworten entwerfen."),
    "fr": ("Essayez Gemini dans Gmail", "Demandez à Gemini de résumer des conversations et de rédiger des réponses."),
    "es": ("Prueba Gemini en Gmail", "Pide a Gemini que resuma conversaciones, encuentre detalles y redacte respuestas."),
    "ja": ("Gmail で Gemini を試す", "Gemini にスレッドの要約や返信の下書きを依頼できます。"),
    "pt": ("Experimente o Gemini no Gmail", "Peça ao Gemini para resumir conversas e escrever respostas."),
    "it": ("Prova Gemini in Gmail", "Chiedi a Gemini di riassumere le conversazioni e scrivere risposte."),
    "nl": ("Probeer Gemini in Gmail", "Vraag Gemini om gesprekken samen te vatten en antwoorden op te stellen."),
    "ko": ("Gmail에서 Gemini 사용해 보기", "Gemini에게 대화 요약과 답장 초안 작성을 요청하세요."),
}


def _google_gemini_onboarding(rng):
    lang = _lang(rng, GEMINI_CALLOUT)
    head, body = GEMINI_CALLOUT[lang]
    style = rng.randrange(4)
    if style == 0:
        host, path = rng.choice((("mail.google.com", "/mail/u/0/"), ("drive.google.com", "/drive/my-drive"), ("docs.google.com", "/document/d/1Qx7/edit")))
        html = (f'<div{_attrs(rng, [("data-rp-placement-id", "gemkick-pep-icon-callout-id"), ("role", "dialog"), ("aria-label", head), ("class", hashed_class(rng))])}>'
                f'<div class="{hashed_class(rng)}">{_svg(rng, _SPARK4, 24)}<h2>{esc(head)}</h2><p>{esc(body)}</p></div>'
                f'<div class="{hashed_class(rng)}"><button type="button">{esc(_tr(NOT_NOW, lang))}</button><button type="button">{esc(_tr(TRY, lang))}</button></div></div>')
        src = "Google Workspace 'Try Gemini' callout ([data-rp-placement-id=gemkick-pep-icon-callout-id])"
        ctx = _ctx_pop(rng, (300, 360), (160, 240))
    elif style == 1:
        host, path = "docs.google.com", "/spreadsheets/d/1Ab2/edit"
        txt = {"en": "Ask Gemini to analyze your spreadsheet data"}.get(lang, head)
        html = (f'<div class="javascriptMaterialdesignGm3WizDialog-dialog" role="dialog" aria-modal="true"><div class="javascriptMaterialdesignGm3WizDialog-dialog__surface">'
                f'<h2>{esc(txt)}</h2><p>{esc(body)}</p><button class="{hashed_class(rng)}">{esc(_tr(TRY, lang))}</button></div></div>')
        src = "Google Sheets Gemini intro dialog (.javascriptMaterialdesignGm3WizDialog-dialog mentioning Gemini)"
        ctx = _ctx_pop(rng, (400, 560), (260, 380))
    elif style == 2:
        host, path = "docs.google.com", "/forms/d/1Fm2/edit"
        html = (f'<div jsname="Vjwl5e" role="dialog"><div id="getting-started-dialog-navigation-view"><h2>{esc(_tr(MEET, lang).format(b="Gemini"))}</h2>'
                f'<p>{esc(body)}</p><button>{esc(_tr(GOT_IT, lang))}</button></div></div>')
        src = "Google Forms Gemini getting-started popup ([jsname=Vjwl5e] #getting-started-dialog-navigation-view)"
        ctx = _ctx_pop(rng, (420, 560), (300, 420))
    else:
        host, path = rng.choice((("meet.google.com", "/landing"), ("docs.google.com", "/videos/u/0/create")))
        if host == "meet.google.com":
            html = (f'<div jsshadow="" jscontroller="dGzwdb" role="dialog"><h2>Express yourself with an AI-generated background</h2>'
                    f'<p>Describe a scene and Gemini creates a unique background for your call.</p><button>{esc(_tr(TRY, "en"))}</button></div>')
            src = "Google Meet AI-generated background promo popup (div[jscontroller=dGzwdb])"
            lang = "en"
        else:
            html = (f'<div id="video-generation-promo" role="dialog"><h3>{esc(_tr(NEW, lang))}: Veo</h3><p>{esc(body)}</p>'
                    f'<button>{esc(_tr(TRY, lang))}</button></div>')
            src = "Google Vids video-generation promo popup (#video-generation-promo)"
        ctx = _ctx_pop(rng, (300, 380), (160, 240))
    return example(html, page_url(host, rng, path), 1, KIND, src, lang=lang, context=ctx)


def _atlaskit_spotlight(rng):
    lang = rng.choice(("en", "en", "de", "fr", "es", "ja", "pt"))
    brand = rng.choice(("Rovo", "Atlassian Intelligence"))
    head = _tr(MEET, lang).format(b=brand)
    html = (f'<div{_attrs(rng, [("data-testid", "spotlight--dialog"), ("role", "dialog"), ("aria-modal", "false"), ("class", _cls(rng, "css-1cvx6r2", obfuscate=0.0))])}>'
            f'<div data-testid="spotlight--dialog-header" class="css-1xbzitv"><h1 class="css-18ebhi2">{esc(head)}</h1></div>'
            f'<div class="css-ca0o8d">{esc(_tr(BODY, lang))}</div>'
            f'<div data-testid="spotlight--dialog-footer" class="css-1h45d2k"><span>{esc(_tr(STEP, lang).format(i=1, n=rng.randint(2, 4)))}</span>'
            f'<button type="button" class="css-1l34k60">{esc(_tr(GOT_IT, lang))}</button><button type="button" class="css-1l34k60">{esc(_tr(TRY, lang))}</button></div></div>')
    return example(wrap(html, rng, 1, 0.3), page_url(rng.choice(ATLASSIAN), rng, rng.choice(("/jira/your-work", "/wiki/home", "/browse/ENG-12"))),
                   1, KIND, f"Atlaskit Spotlight onboarding introducing {brand} ([data-testid=spotlight--dialog])",
                   lang=lang, context=_ctx_pop(rng, (320, 400), (180, 260)))


def _slds_walkthrough(rng):
    brand = rng.choice(("Agentforce", "Einstein Copilot", "Einstein"))
    nub = rng.choice(("left", "top", "right"))
    pop_cls = "slds-popover slds-popover_walkthrough slds-nubbin_" + nub
    html = (f'<section{_attrs(rng, [("class", pop_cls), ("role", "dialog"), ("aria-labelledby", "walkthrough-heading")])}>'
            f'<button class="slds-button slds-button_icon slds-button_icon-small slds-float_right slds-popover__close slds-button_icon-inverse" title="Close dialog">×</button>'
            f'<header class="slds-popover__header"><h2 class="slds-text-heading_small" id="walkthrough-heading">Meet {brand}</h2></header>'
            f'<div class="slds-popover__body"><p>Ask {brand} to summarize this record, draft a follow-up email or find related opportunities.</p></div>'
            f'<footer class="slds-popover__footer"><span class="slds-text-title">Step 1 of {rng.randint(2, 4)}</span><button class="slds-button slds-button_brand">Next</button></footer></section>')
    return example(html, page_url(rng.choice(SALESFORCE), rng, "/lightning/page/home"), 1, KIND,
                   f"SLDS walkthrough popover introducing {brand} (slds-popover_walkthrough)", lang="en",
                   context=_ctx_pop(rng, (300, 360), (180, 240)))


TOUR_BRANDS = ("AI Assistant", "Copilot", "Ask AI", "Smart Compose", "AI Writer", "Shopping Assistant", "AI Search")
TOUR_BODY = {
    "en": "Click the ✨ button to ask questions, get suggestions and summaries powered by AI.",
    "de": "Klicken Sie auf die ✨-Schaltfläche, um Fragen zu stellen und KI-gestützte Vorschläge und Zusammenfassungen zu erhalten.",
    "fr": "Cliquez sur le bouton ✨ pour poser des questions et obtenir des suggestions et des résumés générés par l’IA.",
    "es": "Haz clic en el botón ✨ para hacer preguntas y obtener sugerencias y resúmenes con IA.",
    "ja": "✨ ボタンをクリックすると、AI による提案や要約を利用して質問できます。",
    "pt": "Clique no botão ✨ para fazer perguntas e receber sugestões e resumos com IA.",
    "it": "Fai clic sul pulsante ✨ per fare domande e ottenere suggerimenti e riassunti basati sull’IA.",
    "nl": "Klik op de ✨-knop om vragen te stellen en suggesties en samenvattingen met AI te krijgen.",
    "pl": "Kliknij przycisk ✨, aby zadawać pytania i otrzymywać sugestie oraz podsumowania oparte na AI.",
    "sv": "Klicka på ✨-knappen för att ställa frågor och få AI-drivna förslag och sammanfattningar.",
    "ko": "✨ 버튼을 눌러 질문하고 AI 기반 제안과 요약을 받아보세요.",
    "zh": "点击 ✨ 按钮即可提问，并获得 AI 生成的建议和摘要。",
}


def _tour_library(rng):
    """Product-tour libraries (Shepherd, Intro.js, driver.js, Pendo, Userpilot, Joyride) used to introduce AI."""
    lang = _lang(rng, TOUR_BODY)
    host = _host(rng, lang)
    brand = rng.choice(TOUR_BRANDS)
    head = f'{_tr(NEW, lang)}! {_tr(MEET, lang).format(b=brand)}'
    body = _tr(TOUR_BODY, lang)
    step = _tr(STEP, lang).format(i=1, n=rng.randint(2, 5))
    lib = rng.choice(("shepherd", "introjs", "driver", "pendo", "userpilot", "joyride"))
    if lib == "shepherd":
        html = (f'<div{_attrs(rng, [("class", "shepherd-element shepherd-has-title shepherd-element-attached-top"), ("role", "dialog"), ("aria-labelledby", "step-ai-label"), ("data-shepherd-step-id", "ai-intro")])}>'
                f'<div class="shepherd-content"><header class="shepherd-header"><h3 class="shepherd-title" id="step-ai-label">{esc(head)}</h3><button class="shepherd-cancel-icon" aria-label="{esc(_tr(CLOSE, lang))}">×</button></header>'
                f'<div class="shepherd-text">{esc(body)}</div><footer class="shepherd-footer"><button class="shepherd-button">{esc(_tr(GOT_IT, lang))}</button></footer></div></div>')
        src = "Shepherd.js tour step introducing an AI feature (.shepherd-element)"
    elif lib == "introjs":
        html = (f'<div class="introjs-tooltip introjs-floating" role="dialog"><div class="introjs-tooltip-header"><h1 class="introjs-tooltip-title">{esc(head)}</h1><a role="button" class="introjs-skipbutton">×</a></div>'
                f'<div class="introjs-tooltiptext">{esc(body)}</div><div class="introjs-tooltipbuttons"><a role="button" class="introjs-button introjs-nextbutton">{esc(_tr(TRY, lang))}</a></div></div>')
        src = "Intro.js tooltip introducing an AI feature (.introjs-tooltip)"
    elif lib == "driver":
        html = (f'<div class="driver-popover" role="dialog" aria-labelledby="driver-popover-title"><header id="driver-popover-title" class="driver-popover-title">{esc(head)}</header>'
                f'<div class="driver-popover-description">{esc(body)}</div><footer class="driver-popover-footer"><span class="driver-popover-progress-text">{esc(step)}</span>'
                f'<span class="driver-popover-navigation-btns"><button class="driver-popover-next-btn">{esc(_tr(GOT_IT, lang))}</button></span></footer></div>')
        src = "driver.js popover introducing an AI feature (.driver-popover)"
    elif lib == "pendo":
        gid = hashed_class(rng)[-10:]
        html = (f'<div id="pendo-guide-container" class="_pendo-step-container-styles" data-layout="tooltipBlank" role="dialog" aria-label="{esc(head)}">'
                f'<div id="pendo-base" class="_pendo-step-container"><div class="_pendo-text-title" id="pendo-text-{gid}">{esc(head)}</div>'
                f'<div class="_pendo-text-paragraph">{esc(body)}</div><button class="_pendo-button-primaryButton" id="pendo-button-{gid}">{esc(_tr(TRY, lang))}</button></div></div>')
        src = "Pendo guide tooltip introducing an AI feature (#pendo-guide-container)"
    elif lib == "userpilot":
        html = (f'<div id="userpilotContainer"><div class="userpilot-slide userpilot-tooltip" role="dialog"><h2>{esc(head)}</h2><p>{esc(body)}</p>'
                f'<button class="userpilot-btn">{esc(_tr(GOT_IT, lang))}</button></div></div>')
        src = "Userpilot tooltip introducing an AI feature (#userpilotContainer)"
    else:
        html = (f'<div class="__floater __floater__open"><div class="react-joyride__tooltip" role="alertdialog" aria-modal="false">'
                f'<h4>{esc(head)}</h4><div>{esc(body)}</div><div><span>{esc(step)}</span><button data-action="primary" data-test-id="button-primary">{esc(_tr(TRY, lang))}</button>'
                f'<button data-action="skip">{esc(_tr(NOT_NOW, lang))}</button></div></div></div>')
        src = "React Joyride tooltip introducing an AI feature (.react-joyride__tooltip)"
    return example(html, page_url(host, rng, rng.choice(("/app", "/dashboard", "/inbox", "/editor/doc-77", "/projects/board", "/"))),
                   1, KIND, src, lang=lang, context=_ctx_pop(rng, (280, 380), (140, 240)))


WHATS_NEW = {
    "en": ("Introducing {b}", "Catch up on what you missed, find answers faster and write with confidence."),
    "de": ("Neu: {b}", "Holen Sie Verpasstes nach, finden Sie schneller Antworten und schreiben Sie souverän."),
    "fr": ("Voici {b}", "Rattrapez ce que vous avez manqué, trouvez des réponses plus vite et écrivez en toute confiance."),
    "es": ("Presentamos {b}", "Ponte al día, encuentra respuestas más rápido y escribe con confianza."),
    "ja": ("{b} が登場", "見逃した内容の確認、すばやい回答探し、文章作成をサポートします。"),
    "pt": ("Apresentamos o {b}", "Fique em dia, encontre respostas mais rápido e escreva com confiança."),
    "it": ("Ecco {b}", "Recupera ciò che ti sei perso, trova risposte più in fretta e scrivi con sicurezza."),
    "nl": ("Maak kennis met {b}", "Haal bij wat je hebt gemist, vind sneller antwoorden en schrijf met vertrouwen."),
    "pl": ("Przedstawiamy {b}", "Nadrabiaj zaległości, szybciej znajduj odpowiedzi i pisz pewniej."),
    "sv": ("Nu kommer {b}", "Kom ikapp med det du missat, hitta svar snabbare och skriv med säkerhet."),
    "ko": ("{b} 출시", "놓친 내용을 확인하고, 더 빨리 답을 찾고, 자신 있게 글을 쓰세요."),
    "zh": ("隆重推出 {b}", "快速了解错过的内容，更快找到答案，更自信地写作。"),
}
APP_BRANDS = (
    ("Slack AI", ("app.slack.com",)), ("Notion AI", ("www.notion.so",)), ("AI Companion", ("app.zoom.us", "zoom.us")),
    ("Miro AI", ("miro.com",)), ("Magic Studio", ("www.canva.com",)), ("Figma AI", ("www.figma.com",)),
    ("GrammarlyGO", ("app.grammarly.com",)), ("Box AI", ("app.box.com",)), ("Dropbox Dash", ("www.dropbox.com",)),
    ("Zia", ("crm.zoho.com",)), ("Breeze", ("app.hubspot.com",)), ("Freddy AI", ("acme.freshdesk.com",)),
    ("Acrobat AI Assistant", ("acrobat.adobe.com",)), ("Sidekick", ("admin.shopify.com",)),
    ("Meta AI", ("web.whatsapp.com", "www.instagram.com")), ("Copilot", ("github.com", "outlook.live.com")),
)


def _whats_new_modal(rng):
    lang = _lang(rng, WHATS_NEW)
    brand, hosts = rng.choice(APP_BRANDS)
    head, body = WHATS_NEW[lang]
    head = head.format(b=brand)
    style = rng.randrange(3)
    if style == 0:
        html = (f'<div{_attrs(rng, [("role", "dialog"), ("aria-modal", "true"), ("aria-label", head), ("class", _cls(rng, "modal", "whats-new", obfuscate=0.5)), ("data-qa", rng.choice(("ai_intro_modal", "feature_announcement", None)))])}>'
                f'<div class="{hashed_class(rng)}">{_svg(rng, size=48)}</div><span class="badge">{esc(_tr(NEW, lang))}</span><h2>{esc(head)}</h2><p>{esc(body)}</p>'
                f'<button type="button" class="btn-primary">{esc(_tr(TRY, lang))}</button><button type="button" class="btn-link">{esc(_tr(NOT_NOW, lang))}</button></div>')
        src, ctx = f"generic pattern: what's-new modal introducing {brand}", _ctx_pop(rng, (420, 560), (320, 460))
    elif style == 1:
        html = (f'<div{_attrs(rng, [("role", "status"), ("class", _cls(rng, "toast", "feature-toast", obfuscate=0.5))])}>'
                f'{_svg(rng, size=18)}<span><strong>{esc(_tr(NEW, lang))}:</strong> {esc(head)}</span><a href="#">{esc(_tr(TRY, lang))}</a>'
                f'<button type="button" aria-label="{esc(_tr(CLOSE, lang))}">×</button></div>')
        src, ctx = f"generic pattern: corner toast announcing {brand}", _ctx_corner(rng, rng.choice(("bl", "br", "tr")), (300, 380), (56, 90))
    else:
        html = (f'<div{_attrs(rng, [("role", "tooltip"), ("class", _cls(rng, "coachmark", "popover", obfuscate=0.5)), ("data-placement", rng.choice(("bottom", "right", "left")))])}>'
                f'<div class="arrow"></div><h3>{esc(head)}</h3><p>{esc(body)}</p><button type="button">{esc(_tr(GOT_IT, lang))}</button></div>')
        src, ctx = f"generic pattern: coach mark pointing at the new {brand} button", _ctx_pop(rng, (240, 320), (120, 200))
    return example(wrap(html, rng, 1, 0.3), page_url(rng.choice(hosts), rng), 1, KIND, src, lang=lang, context=ctx)


def _vendor_onboarding_real(rng):
    which = rng.choice(("dropbox", "express", "wix", "github", "yahoo", "linkedin"))
    lang = "en"
    if which == "dropbox":
        key = rng.choice(("WAFFLE_DASH", "WAFFLE_RECLAIM"))
        html = (f'<span class="oa-pulsar-effect-{key} oa-pulsar" aria-hidden="true"><span class="oa-pulsar__ring"></span></span>')
        if rng.random() < 0.5:
            html = (f'<div role="menuitem" class="{hashed_class(rng)}">Dash<span class="oa-pulsar-effect-{key}"></span><span class="dig-Badge">New</span></div>')
        host, path, src = "www.dropbox.com", "/home", "Dropbox pulsing onboarding beacon on Dash / Reclaim.ai (.oa-pulsar-effect-WAFFLE_DASH)"
        ctx = _ctx_inline(rng, (16, 200), (16, 36))
    elif which == "express":
        html = (f'<x-get-started-dialog-quickstart-card type="create-with-ai" class="{hashed_class(rng)}"><span slot="title">Generate with AI</span>'
                f'<span slot="description">Describe what you want and we will create it.</span></x-get-started-dialog-quickstart-card>')
        host, path, src = "new.express.adobe.com", "/", "Adobe Express get-started dialog 'create-with-ai' quickstart card"
        ctx = _ctx_inline(rng, (200, 260), (140, 200))
    elif which == "wix":
        html = ('<button class="wds_1_256_0_ButtonCore__root Yfr0Ty" data-hook="get-started-primary" type="button">Chat with AI</button>')
        host, path, src = "manage.wix.com", "/ai-assistant", "Wix setup screen 'Chat with AI' primary button ([data-hook=get-started-primary])"
        ctx = _ctx_inline(rng, (140, 200), (40, 48))
    elif which == "github":
        oct_ = f'<svg aria-hidden="true" class="octicon octicon-copilot" viewBox="0 0 16 16" width="16" height="16"><path d="{_COPILOT_OCT}"></path></svg>'
        html = (f'<div data-testid="copilot-free-user-checklist" class="Box p-3"><h3>{oct_} Getting started with Copilot</h3>'
                f'<ul><li><input type="checkbox" disabled> Ask Copilot a question in chat</li><li><input type="checkbox" disabled> Get code suggestions in your IDE</li></ul></div>')
        host, path, src = "github.com", "/settings/copilot/features", "GitHub Copilot 'Getting started' checklist ([data-testid=copilot-free-user-checklist])"
        ctx = _ctx_inline(rng, (400, 700), (140, 220))
    elif which == "yahoo":
        html = ('<div class="scoutPromoPopup" role="dialog"><h3>Meet Yahoo Scout</h3><p>Ask anything and get AI answers with links to trusted sources.</p>'
                '<button>Try it</button><button aria-label="Close">×</button></div>')
        host, path, src = "search.yahoo.com", "/", "Yahoo search 'Meet Yahoo Scout' popup (.scoutPromoPopup)"
        ctx = _ctx_pop(rng, (300, 360), (160, 220))
    else:
        lang = rng.choice(("en", "de", "fr", "es", "pt", "it", "ja", "nl"))
        txt = {"en": "New: write your post with AI", "de": "Neu: Beitrag mit KI schreiben", "fr": "Nouveau : rédigez votre post avec l’IA",
               "es": "Novedad: escribe tu publicación con IA", "pt": "Novo: escreva sua publicação com IA", "it": "Novità: scrivi il post con l’IA",
               "ja": "新機能: AI で投稿を作成", "nl": "Nieuw: schrijf je bericht met AI"}[lang]
        html = (f'<div class="artdeco-hoverable-content artdeco-hoverable-content--visible artdeco-hoverable-content--default-theme" role="dialog">'
                f'<div class="artdeco-hoverable-content__shell"><div class="artdeco-hoverable-content__content"><p>{esc(txt)}</p>'
                f'<button class="artdeco-button artdeco-button--1 artdeco-button--secondary">{esc(_tr(GOT_IT, lang))}</button></div></div></div>')
        host, path, src = "www.linkedin.com", "/feed/", "generic pattern modelled on LinkedIn artdeco hoverable coach mark for AI-assisted posting"
        ctx = _ctx_pop(rng, (240, 300), (90, 140))
    return example(wrap(html, rng, 1, 0.3), page_url(host, rng, path), 1, KIND, src, lang=lang, context=ctx)


NEW_AI_BADGE = {
    "en": "Try the new AI assistant", "de": "Probieren Sie den neuen KI-Assistenten aus", "fr": "Essayez le nouvel assistant IA",
    "es": "Prueba el nuevo asistente de IA", "ja": "新しい AI アシスタントを試す", "pt": "Experimente o novo assistente de IA",
    "it": "Prova il nuovo assistente IA", "nl": "Probeer de nieuwe AI-assistent", "pl": "Wypróbuj nowego asystenta AI",
    "sv": "Testa den nya AI-assistenten", "ko": "새 AI 어시스턴트를 사용해 보세요", "zh": "试用全新 AI 助手",
}


def _new_ai_hint(rng):
    """Small 'Try the new AI assistant' hints: pulsing dot + label, inline banners, menu badges."""
    lang = _lang(rng, NEW_AI_BADGE)
    host = _host(rng, lang)
    txt = _tr(NEW_AI_BADGE, lang)
    style = rng.randrange(3)
    if style == 0:
        html = (f'<div{_attrs(rng, [("class", _cls(rng, "beacon-hint", obfuscate=0.6)), ("role", "button"), ("tabindex", "0"), ("aria-label", txt)])}>'
                f'<span class="{hashed_class(rng)} pulse" aria-hidden="true"></span><span>{esc(txt)}</span></div>')
        src, ctx = "generic pattern: pulsing onboarding beacon with 'Try the new AI assistant'", _ctx_pop(rng, (160, 260), (28, 40))
    elif style == 1:
        html = (f'<div{_attrs(rng, [("class", _cls(rng, "inline-notice", "onboarding", obfuscate=0.5)), ("role", "note")])}>'
                f'<span class="badge">{esc(_tr(NEW, lang))}</span> {_svg(rng, size=14)} {esc(txt)} '
                f'<button type="button" aria-label="{esc(_tr(CLOSE, lang))}">×</button></div>')
        src, ctx = "generic pattern: inline 'New — try the AI assistant' notice", _ctx_inline(rng, (300, 700), (32, 44))
    else:
        html = (f'<li{_attrs(rng, [("role", "menuitem"), ("class", _cls(rng, "menu-item", obfuscate=0.4))])}>{_svg(rng, size=16)}'
                f'<span>{esc(txt)}</span><span class="{hashed_class(rng)} badge-new">{esc(_tr(NEW, lang))}</span></li>')
        src, ctx = "generic pattern: account menu item with 'New' badge pushing the AI assistant", _ctx_inline(rng, (200, 280), (32, 40))
    return example(wrap(html, rng), page_url(host, rng), 1, KIND, src, lang=lang, context=ctx)


def _docs_gemini_new_menu(rng):
    lang = rng.choice(("en", "de", "fr", "es", "ja", "pt", "it"))
    new = _tr(NEW, lang)
    lab = rng.choice(("Gemini", "Audio", "Help me create"))
    html = (f'<div class="goog-menuitem apps-menuitem ai-standard-menu-item" role="menuitem"><div class="goog-menuitem-content">'
            f'<span class="docs-icon">{_svg(rng, _SPARK4, 18)}</span><span class="goog-menuitem-label" aria-label="{esc(lab)} {esc(new)}">{esc(lab)}</span>'
            f'<span class="apps-menuitem-promo-badge">{esc(new)}</span></div></div>')
    return example(html, page_url("docs.google.com", rng, rng.choice(("/document/d/1Qx7/edit", "/spreadsheets/d/1Ab2/edit"))),
                   1, KIND, "Google Docs/Sheets menubar AI item with 'New' promo badge (.ai-standard-menu-item)", lang=lang,
                   context=_ctx_pop(rng, (220, 280), (28, 32)))


TEMPLATES = (
    _teaching_bubble, _google_gemini_onboarding, _atlaskit_spotlight, _slds_walkthrough, _tour_library,
    _whats_new_modal, _vendor_onboarding_real, _new_ai_hint, _docs_gemini_new_menu,
    _tour_library, _whats_new_modal, _new_ai_hint, _teaching_bubble, _google_gemini_onboarding, _tour_library,
)


def examples():
    return _run("pos_app_onboarding", TEMPLATES, 110)
