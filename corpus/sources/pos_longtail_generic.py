"""Positives on unknown long-tail sites: AI widgets in all the markup styles
small sites and white-label vendors ship — plain buttons ("✨ Ask our AI",
"KI fragen", "Demander à l'IA", "AIに質問", "AI 챗봇", "智能客服"), web
components, shadow-DOM hosts, iframes, BEM, Tailwind soup, CSS modules,
hashed classes, data-testid/data-qa/data-cy hooks; open chat windows, side
panels, onboarding popovers/tours and upgrade prompts. Generic patterns,
each template written with its own structure."""
from corpus.common import esc, example, hashed_class
from corpus.sources.pos_longtail_search import (
    AI_ASSISTANT, AI_GENERATED, AI_MISTAKES, ASK_AI, ASK_ANYTHING, CHAT_AI, CLOSE, GOT_IT, LATER, MEET, NEW, SEND,
    SUMMARIZE, T, TRY_FREE, TRY_IT, UPGRADE, _a, _cx, _icon, _lang, _modcls, _site, _t, _tid, _tw, _url, _wrap, answer,
    cx_box, cx_fixed, cx_inline, cx_side, run,
)

GEN_PATHS = ("/", "/pricing", "/help", "/contact", "/products/item-4821", "/blog/how-we-ship", "/account", "/faq",
             "/de/kontakt", "/fr/aide", "/es/ayuda", "/ja/support", "/store", "/services/repairs")

ASK_OUR_AI = _t("✨ Ask our AI", "✨ KI fragen", "✨ Demander à l'IA", "✨ Preguntar a la IA", "✨ Pergunte à nossa IA",
                "✨ Chiedi alla nostra IA", "✨ AIに質問", "✨ Vraag onze AI", "✨ Zapytaj naszą AI", "✨ AI 챗봇", "✨ 智能客服",
                "✨ Fråga vår AI")
BOT_NAMES = ("Nova", "Aria", "Max", "Luna", "Kai", "Mira", "Otto", "Sofia", "Leo", "Yuki", "Remy", "Iris", "Sam", "Zoe", "Felix")
GREET = _t("Hi! I'm {n}, an AI assistant. Ask me about orders, returns or our products.",
           "Hallo! Ich bin {n}, ein KI-Assistent. Frag mich zu Bestellungen, Retouren oder Produkten.",
           "Bonjour ! Je suis {n}, un assistant IA. Posez-moi vos questions sur les commandes, retours ou produits.",
           "¡Hola! Soy {n}, un asistente de IA. Pregúntame por pedidos, devoluciones o productos.",
           "Olá! Sou {n}, um assistente de IA. Pergunte sobre pedidos, devoluções ou produtos.",
           "Ciao! Sono {n}, un assistente IA. Chiedimi di ordini, resi o prodotti.",
           "こんにちは！AIアシスタントの{n}です。注文・返品・商品についてお気軽にどうぞ。",
           "Hoi! Ik ben {n}, een AI-assistent. Vraag me over bestellingen, retouren of producten.",
           "Cześć! Jestem {n}, asystent AI. Zapytaj o zamówienia, zwroty lub produkty.",
           "안녕하세요! AI 어시스턴트 {n}입니다. 주문, 반품, 상품에 대해 물어보세요.",
           "您好！我是 AI 助手 {n}，可以咨询订单、退货或商品问题。",
           "Hej! Jag är {n}, en AI-assistent. Fråga mig om beställningar, returer eller produkter.")
POWERED = _t("Powered by AI", "KI-gestützt", "Propulsé par l'IA", "Con tecnología de IA", "Com tecnologia de IA", "Basato sull'IA",
             "AI搭載", "Aangedreven door AI", "Napędzane przez AI", "AI 기반", "由 AI 驱动", "Drivs av AI")
SUGG = _t("Track my order|Return an item|Product advice", "Bestellung verfolgen|Artikel zurücksenden|Produktberatung",
          "Suivre ma commande|Retourner un article|Conseil produit", "Seguir mi pedido|Devolver un artículo|Consejo de producto",
          "Rastrear pedido|Devolver item|Dúvida sobre produto", "Traccia ordine|Reso|Consiglio prodotto", "注文を追跡|返品する|商品の相談",
          "Bestelling volgen|Artikel retourneren|Productadvies", "Śledź zamówienie|Zwrot|Porada", "주문 조회|반품|상품 상담",
          "查询订单|退货|商品咨询", "Spåra order|Returnera|Produktråd")


def _h(rng, lang):
    return _site(rng, lang, p_common=0.35)


def _plain_button(rng):
    lang = _lang(rng)
    lab = T(ASK_OUR_AI, lang)
    tag = rng.choice(("button", "a", "div", "span"))
    extra = [("type", "button")] if tag == "button" else [("href", "/ai")] if tag == "a" else [("role", "button"), ("tabindex", "0")]
    html = f'<{tag}{_a(rng, extra + [("class", _cx(rng, "Ai", "btn", "btn-ai")), _tid(rng, "ask-ai")])}>{esc(lab)}</{tag}>'
    return example(_wrap(html, rng), _url(rng, _h(rng, lang), GEN_PATHS), 1, rng.choice(("ai_chat_launcher", "ai_search_widget")),
                   "generic pattern: plain text button '✨ Ask our AI' in the site's language", lang=lang,
                   context=cx_inline(rng, (100, 200), (32, 44)) if rng.random() < 0.5 else cx_fixed(rng, "br", (40, 160)))


def _icon_only_launcher(rng):
    lang = _lang(rng)
    lab = rng.choice((T(AI_ASSISTANT, lang), T(CHAT_AI, lang), T(ASK_AI, lang)))
    tag = rng.choice(("button", "div"))
    html = (f'<{tag}{_a(rng, [("aria-label", lab), ("class", _cx(rng, "Fab", "chat-fab", "fab--ai")), ("role", None if tag == "button" else "button"), ("title", rng.choice((lab, None))), _tid(rng, "ai-launcher")])}>'
            f'{_icon(rng, rng.choice(("bot", "sparkles", "chat", "spark4")), rng.choice((24, 28, 32)))}</{tag}>')
    return example(html, _url(rng, _h(rng, lang), GEN_PATHS), 1, "ai_chat_launcher",
                   "generic pattern: icon-only floating AI assistant launcher carrying only an aria-label", lang=lang,
                   context=cx_fixed(rng, rng.choice(("br", "br", "bl")), (52, 68)))


def _launcher_with_teaser(rng):
    lang = _lang(rng)
    n = rng.choice(BOT_NAMES)
    html = (f'<div{_a(rng, [("id", rng.choice(("ai-widget-root", "assistant-launcher", "bot-bubble", None))), ("class", _cx(rng, "Lw", "launcher-wrap"))])}>'
            f'<div class="{_cx(rng, "Lw", "teaser")}"><button class="{_cx(rng, "Lw", "teaser-close")}" aria-label="{esc(T(CLOSE, lang))}">×</button>'
            f'<p>{esc(T(GREET, lang).format(n=n))}</p></div>'
            f'<button class="{_cx(rng, "Lw", "launcher")}" aria-label="{esc(n)} – {esc(T(AI_ASSISTANT, lang))}"><img src="/img/{n.lower()}-avatar.png" alt="" width="56" height="56"></button></div>')
    return example(html, _url(rng, _h(rng, lang), GEN_PATHS), 1, "ai_chat_launcher",
                   "generic pattern: named AI persona launcher with greeting teaser bubble", lang=lang,
                   context=cx_box(rng, (260, 320), (120, 180), corner="br"))


def _shadow_host_launcher(rng):
    lang = _lang(rng)
    tag = rng.choice(("ai-chat-widget", "assistant-bubble", "gpt-launcher", "smart-assistant", "chat-ai-button", "bot-widget"))
    html = (f'<{tag}{_a(rng, [("data-position", rng.choice(("bottom-right", "bottom-left"))), ("data-bot-id", hashed_class(rng)[-8:]), ("lang", lang), ("aria-label", T(AI_ASSISTANT, lang))])}></{tag}>')
    return example(html, _url(rng, _h(rng, lang), GEN_PATHS), 1, "ai_chat_launcher",
                   "generic pattern: empty custom-element shadow host of an AI chat widget (only tag name and attributes visible)",
                   lang=lang, context=cx_fixed(rng, "br", (56, 64), shadow=True))


def _script_iframe_launcher(rng):
    lang = _lang(rng)
    vendor = rng.choice(("cdn.botpress.cloud", "widget.voiceflow.com", "app.chatbase.co", "cdn.landbot.io", "widget.writesonic.com",
                         "embed.tawk.ai", "widget.customgpt.ai", "chat.fini.ai", "app.gorgias.ai", "widget.siteassist.ai"))
    src = f"https://{vendor}/webchat/v2/index.html#{hashed_class(rng)[-6:]}"
    html = (f'<iframe{_a(rng, [("src", src), ("title", rng.choice(("Chatbot", "AI chat", T(AI_ASSISTANT, lang), "Webchat"))), ("id", rng.choice(("bp-web-widget", "chatbase-bubble-window", "vf-chat", None))), ("class", _cx(rng, "If", "bot-frame")), ("allow", "microphone")])}></iframe>')
    return example(html, _url(rng, _h(rng, lang), GEN_PATHS), 1, rng.choice(("ai_chat_panel", "ai_chat_launcher")),
                   "generic pattern: AI chatbot vendor iframe (Botpress, Voiceflow, Chatbase, Landbot...)", lang=lang,
                   context=cx_box(rng, (64, 420), (64, 640), corner="br", frame_src=src))


def _panel_bem(rng):
    lang = _lang(rng)
    n = rng.choice(BOT_NAMES)
    chips = "".join(f'<button class="chat-window__chip">{esc(s)}</button>' for s in T(SUGG, lang).split("|"))
    html = (f'<div{_a(rng, [("class", "chat-window chat-window--open chat-window--ai"), ("role", "dialog"), ("aria-label", f"{n} AI")])}>'
            f'<div class="chat-window__header"><img class="chat-window__avatar" src="/static/bot.svg" alt=""><div class="chat-window__title">{esc(n)}'
            f'<span class="chat-window__subtitle">{esc(T(POWERED, lang))}</span></div><button class="chat-window__close" aria-label="{esc(T(CLOSE, lang))}">×</button></div>'
            f'<div class="chat-window__body"><div class="chat-window__msg chat-window__msg--bot">{esc(T(GREET, lang).format(n=n))}</div>{chips}</div>'
            f'<div class="chat-window__footer"><input class="chat-window__input" placeholder="{esc(T(ASK_ANYTHING, lang))}"><button class="chat-window__send">{esc(T(SEND, lang))}</button></div></div>')
    return example(html, _url(rng, _h(rng, lang), GEN_PATHS), 1, "ai_chat_panel",
                   "generic pattern: open AI chat window in strict BEM (chat-window__*)", lang=lang,
                   context=cx_box(rng, (340, 400), (480, 640), corner="br"))


def _panel_tailwind(rng):
    lang = _lang(rng)
    html = (f'<div{_a(rng, [("class", "fixed bottom-24 right-6 z-50 flex h-[560px] w-[380px] flex-col overflow-hidden rounded-2xl border bg-white shadow-2xl"), ("role", "dialog")])}>'
            f'<div class="flex items-center justify-between border-b px-4 py-3"><div class="flex items-center gap-2">{_icon(rng, "sparkles", 18)}'
            f'<span class="font-semibold">{esc(T(AI_ASSISTANT, lang))}</span></div><button class="rounded p-1 hover:bg-gray-100" aria-label="{esc(T(CLOSE, lang))}">{_icon(rng, "close", 16)}</button></div>'
            f'<div class="flex-1 space-y-3 overflow-y-auto p-4"><div class="max-w-[80%] rounded-xl bg-gray-100 px-3 py-2 text-sm">{esc(answer(rng, lang))}</div></div>'
            f'<form class="flex gap-2 border-t p-3"><input class="flex-1 rounded-lg border px-3 py-2 text-sm" placeholder="{esc(T(ASK_ANYTHING, lang))}">'
            f'<button class="rounded-lg bg-violet-600 px-3 text-white" aria-label="{esc(T(SEND, lang))}">{_icon(rng, "send", 16)}</button></form>'
            f'<p class="px-4 pb-2 text-[11px] text-gray-400">{esc(T(AI_MISTAKES, lang))}</p></div>')
    return example(html, _url(rng, _h(rng, lang), GEN_PATHS), 1, "ai_chat_panel",
                   "generic pattern: AI chat panel built with Tailwind utility classes only", lang=lang,
                   context=cx_box(rng, (360, 400), (520, 600), corner="br"))


def _panel_cssmodules(rng):
    lang = _lang(rng)
    n = rng.choice(BOT_NAMES)
    c = lambda p: _modcls(rng, "ChatWidget", p)
    html = (f'<div class="{c("container")}" role="log" aria-live="polite" aria-label="{esc(n)}">'
            f'<div class="{c("header")}"><span class="{c("botName")}">{esc(n)}</span><span class="{c("aiBadge")}">AI</span></div>'
            f'<div class="{c("messages")}"><div class="{c("bubbleBot")}">{esc(T(GREET, lang).format(n=n))}</div>'
            f'<div class="{c("bubbleUser")}">{esc(T(SUGG, lang).split("|")[0])}</div>'
            f'<div class="{c("typing")}" aria-label="typing"><span></span><span></span><span></span></div></div>'
            f'<textarea class="{c("composer")}" placeholder="{esc(T(ASK_ANYTHING, lang))}"></textarea></div>')
    return example(html, _url(rng, _h(rng, lang), GEN_PATHS), 1, "ai_chat_panel",
                   "generic pattern: AI chat panel with CSS-modules class names (ChatWidget_*__hash)", lang=lang,
                   context=cx_box(rng, (340, 400), (460, 620), corner=rng.choice(("br", "bl"))))


def _panel_hashed_minimal(rng):
    lang = _lang(rng)
    h = lambda: hashed_class(rng)
    html = (f'<div class="{h()} {h()}"><div class="{h()}"><b>{esc(T(AI_ASSISTANT, lang))}</b></div>'
            f'<div class="{h()}">{esc(answer(rng, lang))}</div>'
            f'<div class="{h()}"><span>{esc(T(AI_GENERATED, lang))}</span></div>'
            f'<div class="{h()}" contenteditable="true" aria-placeholder="{esc(T(ASK_ANYTHING, lang))}" role="textbox"></div></div>')
    return example(html, _url(rng, _h(rng, lang), GEN_PATHS), 1, "ai_chat_panel",
                   "generic pattern: AI chat panel with CSS-in-JS hashed classes only (text is the only cue)", lang=lang,
                   context=cx_box(rng, (320, 420), (400, 620), corner="br"))


def _sidebar_generic(rng):
    lang = _lang(rng)
    host = _h(rng, lang)
    brand = rng.choice(("Copilot", "Assistant", "AI", "Genius", "Pilot", "Compass AI", "Lumi"))
    html = (f'<aside{_a(rng, [("class", _cx(rng, "Side", "app-sidebar", "app-sidebar--assistant")), ("aria-label", f"{brand} ({T(AI_ASSISTANT, lang)})"), _tid(rng, "assistant-sidebar")])}>'
            f'<div class="{_cx(rng, "Side", "tabs")}"><button aria-selected="true">{esc(brand)}</button><button>{esc(T(SUMMARIZE, lang))}</button></div>'
            f'<p class="{_cx(rng, "Side", "intro")}">{esc(T(_t("I can summarize this page, draft replies and answer questions about your data.", "Ich kann diese Seite zusammenfassen, Antworten entwerfen und Fragen zu deinen Daten beantworten.", "Je peux résumer cette page, rédiger des réponses et répondre à vos questions sur vos données.", "Puedo resumir esta página, redactar respuestas y responder preguntas sobre tus datos.", "Posso resumir esta página, escrever respostas e responder perguntas sobre seus dados.", "Posso riassumere questa pagina, scrivere risposte e rispondere a domande sui tuoi dati.", "このページの要約、返信の下書き、データに関する質問への回答ができます。", "Ik kan deze pagina samenvatten, antwoorden opstellen en vragen over je data beantwoorden.", "Mogę streścić tę stronę, przygotować odpowiedzi i odpowiedzieć na pytania o dane.", "이 페이지 요약, 답장 초안 작성, 데이터 질문 답변을 도와드려요.", "我可以总结此页面、起草回复并回答有关数据的问题。", "Jag kan sammanfatta sidan, skriva svar och svara på frågor om dina data."), lang))}</p>'
            f'<textarea placeholder="{esc(T(ASK_ANYTHING, lang))}"></textarea><small>{esc(T(AI_MISTAKES, lang))}</small></aside>')
    return example(html, _url(rng, host, ("/app", "/dashboard", "/app/reports/q3", "/inbox", "/crm/contacts/221")), 1, "ai_sidebar",
                   "generic pattern: in-app assistant side panel with tabs and prompt box", lang=lang, context=cx_side(rng))


def _sidebar_toggle(rng):
    lang = _lang(rng)
    lab = rng.choice((T(AI_ASSISTANT, lang), "Copilot", T(ASK_AI, lang)))
    html = (f'<button{_a(rng, [("class", _cx(rng, "Top", "topbar__icon-btn", "assistant-toggle")), ("aria-label", lab), ("aria-controls", rng.choice(("assistant-panel", "ai-drawer", "copilot-pane"))), ("aria-expanded", "false"), ("data-tooltip", lab)])}>'
            f'{_icon(rng, rng.choice(("sparkles", "spark4", "star", "brain")), 20)}</button>')
    return example(_wrap(html, rng), _url(rng, _h(rng, lang), ("/app", "/dashboard", "/projects/board", "/editor/doc-77")), 1, "ai_sidebar",
                   "generic pattern: top-bar icon button toggling an AI assistant side panel (aria-controls)", lang=lang,
                   context=cx_inline(rng, (32, 40), (32, 40)))


def _onboard_popover(rng):
    lang = _lang(rng)
    brand = rng.choice(("AI Assistant", "Copilot", "Smart Compose", "AI Insights", "Magic", "Autopilot", "Genie"))
    html = (f'<div{_a(rng, [("role", "dialog"), ("aria-labelledby", "ob-t"), ("class", _cx(rng, "Pop", "popover", "popover--feature-intro")), ("data-placement", rng.choice(("bottom", "left", "top")))])}>'
            f'<div class="{_cx(rng, "Pop", "popover__arrow")}"></div><span class="{_cx(rng, "Pop", "badge")}">{esc(T(NEW, lang))}</span>'
            f'<h4 id="ob-t">{esc(T(MEET, lang).format(b=brand))}</h4>'
            f'<p>{esc(T(_t("Our new AI can draft, summarize and answer questions for you. Click the sparkle to try it.", "Unsere neue KI entwirft, fasst zusammen und beantwortet Fragen. Klicke aufs Funkeln, um sie auszuprobieren.", "Notre nouvelle IA rédige, résume et répond à vos questions. Cliquez sur l’étincelle pour l’essayer.", "Nuestra nueva IA redacta, resume y responde preguntas. Haz clic en el destello para probarla.", "Nossa nova IA escreve, resume e responde perguntas. Clique no brilho para experimentar.", "La nostra nuova IA scrive, riassume e risponde alle domande. Clicca sulla scintilla per provarla.", "新しいAIが下書き・要約・質問への回答をお手伝いします。きらめきアイコンから試せます。", "Onze nieuwe AI schrijft, vat samen en beantwoordt vragen. Klik op de sparkle om het te proberen.", "Nasza nowa AI pisze, streszcza i odpowiada na pytania. Kliknij iskierkę, aby wypróbować.", "새로운 AI가 초안 작성, 요약, 질문 답변을 도와드립니다. 반짝이 아이콘을 눌러 사용해 보세요.", "全新 AI 可帮你起草、总结并回答问题，点击闪光图标试试吧。", "Vår nya AI skriver, sammanfattar och svarar på frågor. Klicka på gnistan för att testa."), lang))}</p>'
            f'<div class="{_cx(rng, "Pop", "popover__actions")}"><button>{esc(T(TRY_IT, lang))}</button><button>{esc(T(LATER, lang))}</button></div></div>')
    return example(html, _url(rng, _h(rng, lang), ("/app", "/dashboard", "/inbox", "/editor/doc-77", "/projects/board")), 1, "ai_onboarding",
                   "generic pattern: 'New — Meet <AI>' feature-intro popover with arrow", lang=lang,
                   context=cx_box(rng, (260, 340), (150, 230), pos="absolute"))


def _onboard_tour_shepherd(rng):
    lang = _lang(rng)
    step = rng.randint(1, 4)
    html = (f'<div{_a(rng, [("class", "shepherd-element shepherd-has-title shepherd-enabled"), ("role", "dialog"), ("aria-labelledby", f"step-{step}-label"), ("data-shepherd-step-id", f"ai-step-{step}")])}>'
            f'<div class="shepherd-content"><header class="shepherd-header"><h3 class="shepherd-title" id="step-{step}-label">{esc(T(NEW, lang))}: {esc(T(AI_ASSISTANT, lang))}</h3>'
            f'<button class="shepherd-cancel-icon" aria-label="{esc(T(CLOSE, lang))}">×</button></header>'
            f'<div class="shepherd-text">{esc(T(_t("Ask questions in plain language and let AI do the busywork.", "Stelle Fragen in normaler Sprache und lass die KI die Routinearbeit erledigen.", "Posez vos questions en langage courant et laissez l’IA faire le travail fastidieux.", "Haz preguntas en lenguaje natural y deja que la IA haga el trabajo pesado.", "Faça perguntas em linguagem natural e deixe a IA fazer o trabalho chato.", "Fai domande in linguaggio naturale e lascia che l’IA si occupi del lavoro noioso.", "普段の言葉で質問すれば、面倒な作業はAIにお任せ。", "Stel vragen in gewone taal en laat AI het saaie werk doen.", "Zadawaj pytania zwykłym językiem, a AI zrobi resztę.", "평소 말로 질문하면 번거로운 일은 AI가 처리합니다.", "用自然语言提问，繁琐的工作交给 AI。", "Ställ frågor med vanliga ord och låt AI sköta rutinjobbet."), lang))}</div>'
            f'<footer class="shepherd-footer"><button class="shepherd-button shepherd-button-secondary">{esc(T(LATER, lang))}</button><button class="shepherd-button">{esc(T(GOT_IT, lang))}</button></footer></div></div>')
    return example(html, _url(rng, _h(rng, lang), ("/app", "/dashboard", "/admin")), 1, "ai_onboarding",
                   "generic pattern: Shepherd.js product-tour step (shepherd-element) introducing an AI assistant", lang=lang,
                   context=cx_box(rng, (300, 380), (160, 240), pos="absolute"))


def _onboard_modal(rng):
    lang = _lang(rng)
    brand = rng.choice(("AI", "Assistant", "Copilot", "Companion", "Autowrite"))
    html = (f'<div{_a(rng, [("class", _cx(rng, "Mod", "modal", "modal--whats-new")), ("role", "dialog"), ("aria-modal", "true"), _tid(rng, "whats-new-ai-modal")])}>'
            f'<img src="/img/whats-new/ai-hero.webp" alt="" width="480" height="200">'
            f'<h2>{esc(T(_t("What’s new: {b} is here", "Neu: {b} ist da", "Nouveauté : {b} est arrivé", "Novedad: ya llegó {b}", "Novidade: {b} chegou", "Novità: arriva {b}", "新機能：{b}が登場", "Nieuw: {b} is er", "Nowość: {b} już jest", "새 기능: {b} 출시", "新功能：{b} 上线", "Nyhet: {b} är här"), lang).format(b=brand))}</h2>'
            f'<ul><li>{esc(T(SUMMARIZE, lang))}</li><li>{esc(T(CHAT_AI, lang))}</li></ul>'
            f'<button class="{_cx(rng, "Mod", "btn-primary")}">{esc(T(TRY_IT, lang))}</button><button class="{_cx(rng, "Mod", "btn-link")}">{esc(T(LATER, lang))}</button></div>')
    return example(html, _url(rng, _h(rng, lang), ("/app", "/dashboard", "/home")), 1, "ai_onboarding",
                   "generic pattern: 'What's new' modal announcing an AI feature", lang=lang,
                   context=cx_box(rng, (440, 560), (360, 480), corner="c"))


def _onboard_pulse_hotspot(rng):
    lang = _lang(rng)
    html = (f'<span{_a(rng, [("class", _cx(rng, "Hs", "hotspot", "hotspot--pulse")), ("role", "button"), ("tabindex", "0"), ("aria-label", f"{T(NEW, lang)}: {T(AI_ASSISTANT, lang)}"), ("data-hotspot", "ai-feature")])}>'
            f'<span class="{_cx(rng, "Hs", "hotspot__dot")}"></span><span class="sr-only">{esc(T(MEET, lang).format(b="AI"))}</span></span>')
    return example(html, _url(rng, _h(rng, lang), ("/app", "/dashboard")), 1, "ai_onboarding",
                   "generic pattern: pulsing onboarding hotspot pointing at a new AI feature", lang=lang,
                   context=cx_box(rng, (16, 24), (16, 24), pos="absolute"))


def _upsell_banner(rng):
    lang = _lang(rng)
    brand = rng.choice(("AI Pro", "Assistant Plus", "AI add-on", "Smart Suite", "Copilot Pro", "AI credits"))
    html = (f'<div{_a(rng, [("class", _cx(rng, "Ban", "banner", "banner--upsell", "banner--ai")), ("role", "region"), ("aria-label", brand)])}>'
            f'{_icon(rng, "sparkles", 18)}<span>{esc(T(_t("You’ve used 3 of 5 free AI requests this month.", "Du hast 3 von 5 kostenlosen KI-Anfragen in diesem Monat genutzt.", "Vous avez utilisé 3 des 5 requêtes IA gratuites ce mois-ci.", "Has usado 3 de 5 solicitudes de IA gratuitas este mes.", "Você usou 3 de 5 solicitações gratuitas de IA este mês.", "Hai usato 3 delle 5 richieste IA gratuite di questo mese.", "今月の無料AIリクエスト5回のうち3回を使用しました。", "Je hebt 3 van de 5 gratis AI-verzoeken deze maand gebruikt.", "Wykorzystano 3 z 5 darmowych zapytań AI w tym miesiącu.", "이번 달 무료 AI 요청 5회 중 3회를 사용했습니다.", "本月 5 次免费 AI 请求已使用 3 次。", "Du har använt 3 av 5 gratis AI-förfrågningar den här månaden."), lang))}</span>'
            f'<a href="/billing/upgrade" class="{_cx(rng, "Ban", "banner__cta")}">{esc(T(UPGRADE, lang))} → {esc(brand)}</a>'
            f'<button aria-label="{esc(T(CLOSE, lang))}">×</button></div>')
    return example(_wrap(html, rng), _url(rng, _h(rng, lang), ("/app", "/dashboard", "/editor/doc-77", "/billing")), 1, "ai_upsell",
                   "generic pattern: AI quota / upgrade banner ('3 of 5 free AI requests')", lang=lang,
                   context=cx_inline(rng, (600, 1200), (44, 64)))


def _upsell_locked_feature(rng):
    lang = _lang(rng)
    html = (f'<button{_a(rng, [("class", _cx(rng, "Lk", "menu-item", "menu-item--locked")), ("aria-disabled", "true"), ("role", "menuitem"), _tid(rng, "ai-locked")])}>'
            f'{_icon(rng, "sparkle", 16)}<span>{esc(T(SUMMARIZE, lang))}</span>'
            f'<span class="{_cx(rng, "Lk", "plan-pill")}">PRO · AI</span></button>')
    return example(_wrap(html, rng), _url(rng, _h(rng, lang), ("/app", "/inbox", "/editor/doc-77")), 1, "ai_upsell",
                   "generic pattern: locked AI menu item with PRO plan pill", lang=lang, context=cx_inline(rng, (160, 240), (32, 36)))


def _upsell_card_tw(rng):
    lang = _lang(rng)
    brand = rng.choice(("AI Studio", "Smart Assist", "AI Writer", "Insights AI", "Auto-Reply AI"))
    html = (f'<div class="{_tw(rng)}"><div class="{_tw(rng, (3, 5))}">{_icon(rng, "sparkles", 20)}<span>{esc(T(NEW, lang))}</span></div>'
            f'<h3 class="{_tw(rng, (2, 4))}">{esc(T(TRY_FREE, lang).format(b=brand))}</h3>'
            f'<p class="{_tw(rng, (2, 4))}">{esc(T(_t("14 days free, then included in Business.", "14 Tage kostenlos, danach in Business enthalten.", "14 jours gratuits, puis inclus dans Business.", "14 días gratis y luego incluido en Business.", "14 dias grátis, depois incluído no Business.", "14 giorni gratis, poi incluso in Business.", "14日間無料、その後はBusinessプランに含まれます。", "14 dagen gratis, daarna inbegrepen in Business.", "14 dni za darmo, potem w planie Business.", "14일 무료, 이후 Business 요금제에 포함.", "免费 14 天，之后包含在商业版中。", "14 dagar gratis, sedan ingår i Business."), lang))}</p>'
            f'<a href="/upgrade" class="{_tw(rng, (4, 7))}">{esc(T(TRY_IT, lang))}</a></div>')
    return example(_wrap(html, rng), _url(rng, _h(rng, lang), ("/app", "/dashboard", "/settings/billing")), 1, "ai_upsell",
                   "generic pattern: Tailwind-styled 'Try <AI product> free' upsell card", lang=lang,
                   context=cx_inline(rng, (260, 380), (160, 240)))


def _search_ai_toggle(rng):
    lang = _lang(rng)
    html = (f'<form{_a(rng, [("role", "search"), ("class", _cx(rng, "Sr", "site-search"))])}><input type="search" placeholder="{esc(T(ASK_ANYTHING, lang))}" aria-label="Search">'
            f'<label class="{_cx(rng, "Sr", "ai-toggle")}"><input type="checkbox" checked>{_icon(rng, "sparkle", 14)}{esc(T(_t("AI answers", "KI-Antworten", "Réponses IA", "Respuestas IA", "Respostas IA", "Risposte IA", "AI回答", "AI-antwoorden", "Odpowiedzi AI", "AI 답변", "AI 回答", "AI-svar"), lang))}</label>'
            f'<button type="submit">→</button></form>')
    return example(_wrap(html, rng), _url(rng, _h(rng, lang), ("/search", "/help", "/docs", "/")), 1, "ai_search_widget",
                   "generic pattern: site search with 'AI answers' switch enabled by default", lang=lang,
                   context=cx_inline(rng, (300, 640), (40, 52)))


def _summary_generic_card(rng):
    lang = _lang(rng)
    html = (f'<div{_a(rng, [("class", _cx(rng, "Sc", "ai-overview-card")), ("role", "region"), ("aria-label", T(AI_GENERATED, lang))])}>'
            f'<div class="{_cx(rng, "Sc", "label")}">{_icon(rng, "spark4", 14)}{esc(T(AI_GENERATED, lang))}</div>'
            f'<p>{esc(answer(rng, lang))}</p><div class="{_cx(rng, "Sc", "feedback")}">👍 👎</div></div>')
    return example(_wrap(html, rng), _url(rng, _h(rng, lang), ("/search", "/help/search", "/faq", "/community/search")), 1, "ai_summary_block",
                   "generic pattern: 'Generated by AI' answer card on top of site-search results with feedback", lang=lang,
                   context=cx_inline(rng, (500, 760), (100, 240)))


def examples():
    return run("pos_longtail_generic", [
        _plain_button, _icon_only_launcher, _launcher_with_teaser, _shadow_host_launcher, _script_iframe_launcher,
        _panel_bem, _panel_tailwind, _panel_cssmodules, _panel_hashed_minimal, _sidebar_generic, _sidebar_toggle,
        _onboard_popover, _onboard_tour_shepherd, _onboard_modal, _onboard_pulse_hotspot, _upsell_banner,
        _upsell_locked_feature, _upsell_card_tw, _search_ai_toggle, _summary_generic_card,
    ], 7)
