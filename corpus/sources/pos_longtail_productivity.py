"""Positives from the long tail of work apps: AI side panels, AI buttons,
upgrade prompts and "new AI" tours in project tools, file stores, finance,
HR/ERP, site builders, design tools and mail clients (ClickUp Brain, Asana
AI, monday AI, Airtable AI, Atlassian Rovo, Dropbox Dash, Box AI, Evernote,
Todoist, Zoho Zia, ServiceNow Now Assist, Workday, SAP Joule, Intuit Assist,
Xero JAX, Shopify Sidekick, Wix, Squarespace, GoDaddy Airo, Webflow, Framer,
Canva Magic, Figma, Miro, Adobe Express/Photoshop, Help Scout, Front,
Superhuman, Spark, Proton Scribe, Yahoo Mail, Thunderbird, Teams,
PowerPoint Designer, Coda, Smartsheet, Pipedrive, Loom, Linear...).

Markup: generic patterns modelled on each product's visible widget and
design system idiom (SAP UI5 ui5-*, ServiceNow now-*, Atlassian css-*
atomic classes, Shopify Polaris, Wix data-hook, Zoho zc-*, etc.)."""
from corpus.common import esc, example, hashed_class
from corpus.sources.pos_longtail_search import (
    AI_ASSISTANT, AI_GENERATED, AI_MISTAKES, ASK_AI, ASK_ANYTHING, BETA, CLOSE, GOT_IT,
    HELP_WRITE, IMPROVE, LATER, MEET, NEW, SUMMARIZE, T, TRY_FREE, TRY_IT, UPGRADE, WRITE_AI, _a, _cx, _icon,
    _lang, _modcls, _site, _t, _tid, _url, _wrap, cx_box, cx_fixed, cx_inline, cx_side, run,
)

ASK_ABOUT = _t("Ask about this {x}", "Fragen zu diesem {x}", "Poser une question sur ce {x}", "Preguntar sobre este {x}",
               "Perguntar sobre este {x}", "Chiedi informazioni su questo {x}", "この{x}について質問", "Vraag over dit {x}",
               "Zapytaj o ten {x}", "이 {x}에 대해 질문", "询问此{x}", "Fråga om denna {x}")
FILE = _t("file", "Datei", "fichier", "archivo", "arquivo", "file", "ファイル", "bestand", "plik", "파일", "文件", "fil")
AI_BODY = _t("Summarize tasks, draft updates and find answers across your workspace.",
             "Fasse Aufgaben zusammen, entwirf Updates und finde Antworten im ganzen Workspace.",
             "Résumez des tâches, rédigez des mises à jour et trouvez des réponses dans tout votre espace.",
             "Resume tareas, redacta actualizaciones y encuentra respuestas en todo tu espacio de trabajo.",
             "Resuma tarefas, escreva atualizações e encontre respostas em todo o seu espaço de trabalho.",
             "Riassumi attività, scrivi aggiornamenti e trova risposte in tutto lo spazio di lavoro.",
             "タスクの要約、更新の下書き、ワークスペース全体の検索をAIで。",
             "Vat taken samen, schrijf updates en vind antwoorden in je hele werkruimte.",
             "Podsumowuj zadania, twórz aktualizacje i znajduj odpowiedzi w całym obszarze roboczym.",
             "작업 요약, 업데이트 초안 작성, 워크스페이스 전체 검색을 AI로.",
             "用 AI 总结任务、起草更新并在整个工作区中查找答案。",
             "Sammanfatta uppgifter, skriv uppdateringar och hitta svar i hela arbetsytan.")


def _app(rng, hosts):
    return rng.choice(hosts)


def _clickup_brain(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "pt", "ja"))
    html = (f'<button{_a(rng, [("class", "cu-ai-button cu-btn cu-btn_brain " + _cx(rng, "Brain", "ai-entry")), ("data-test", "ai-brain-button"), ("aria-label", "ClickUp Brain"), ("cutooltip", "Ask Brain")])}>'
            f'<cu-icon name="brain-ai" class="cu-ai-button__icon"></cu-icon>'
            + (f'<span class="cu-ai-button__label">{esc(T(ASK_AI, lang))}</span>' if rng.random() < 0.6 else "") + '</button>')
    return example(_wrap(html, rng), _url(rng, "app.clickup.com", (f"/{rng.randint(9000000, 9999999)}/v/l/6-{rng.randint(100, 999)}", "/home")),
                   1, "ai_sidebar", "generic pattern modelled on ClickUp Brain entry button (cu-* Angular components, cu-icon)",
                   lang=lang, context=cx_inline(rng, (32, 120), (28, 36)))


def _clickup_upsell(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "pt"))
    body = T(_t("Add ClickUp Brain to write, summarize and automate with AI.", "Füge ClickUp Brain hinzu, um mit KI zu schreiben, zusammenzufassen und zu automatisieren.",
                "Ajoutez ClickUp Brain pour rédiger, résumer et automatiser avec l'IA.", "Añade ClickUp Brain para escribir, resumir y automatizar con IA.",
                "Adicione o ClickUp Brain para escrever, resumir e automatizar com IA."), lang)
    html = (f'<div{_a(rng, [("class", "cu-ai-paywall " + _cx(rng, "Pay", "paywall")), ("role", "dialog")])}>'
            f'<cu-icon name="brain-ai"></cu-icon><h3>ClickUp Brain</h3><p>{esc(body)}</p>'
            f'<button class="cu-btn cu-btn_primary">{esc(T(TRY_FREE, lang).format(b="Brain"))}</button></div>')
    return example(html, _url(rng, "app.clickup.com", ("/home", "/docs")), 1, "ai_upsell",
                   "generic pattern modelled on ClickUp Brain paywall dialog", lang=lang, context=cx_box(rng, (320, 440), (220, 320), corner="c"))


def _asana_ai(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "pt", "ja", "it", "ko", "nl", "pl", "sv", "zh"))
    lab = rng.choice(("Asana AI", T(ASK_AI, lang), T(SUMMARIZE, lang)))
    html = (f'<div{_a(rng, [("role", "button"), ("tabindex", "0"), ("class", "ThemeableRectangularButtonPresentation--isEnabled ThemeableRectangularButtonPresentation " + _cx(rng, "Asana", "AiButton")), ("aria-label", lab)])}>'
            f'<svg class="Icon SparklesIcon" viewBox="0 0 32 32" aria-hidden="true" focusable="false"><path d="M16 2l3 9 9 3-9 3-3 9-3-9-9-3 9-3z"></path></svg>{esc(lab)}</div>')
    return example(_wrap(html, rng), _url(rng, "app.asana.com", (f"/0/{rng.randint(10**14, 10**15)}/list", "/0/home/1201")), 1,
                   "ai_summary_block" if lab == T(SUMMARIZE, lang) else "ai_sidebar",
                   "generic pattern modelled on Asana AI button (ThemeableRectangularButtonPresentation, SparklesIcon)", lang=lang,
                   context=cx_inline(rng, (90, 160), (28, 36)))


def _monday_ai(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "pt", "ja", "it", "nl", "he" if False else "en"))
    html = (f'<button{_a(rng, [("class", "button_1f4f9c1a5b size-small_d3c3a6 kind-tertiary_9b0a " + _cx(rng, "M", "ai-assistant-trigger")), ("data-testid", "monday-ai-assistant-button"), ("aria-label", "monday AI")])}>'
            f'{_icon(rng, "sparkles", 16)}<span>{esc(T(AI_ASSISTANT, lang))}</span></button>')
    return example(_wrap(html, rng), _url(rng, rng.choice(("acme.monday.com", "globex-team.monday.com", "northwind.monday.com")), ("/boards/4412098", "/workspaces/77")),
                   1, "ai_sidebar", "generic pattern modelled on monday.com Vibe button (hashed module classes) opening monday AI", lang=lang,
                   context=cx_inline(rng, (100, 180), (32, 40)))


def _airtable_ai(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt"))
    txt = T(_t("Generate with AI", "Mit KI generieren", "Générer avec l'IA", "Generar con IA", "Gerar com IA", "", "AIで生成"), lang)
    html = (f'<div{_a(rng, [("class", "flex items-center pointer rounded px1 colors-foreground-default focus-visible " + _cx(rng, "At", "ai-field-button")), ("role", "button"), ("data-tutorial-selector-id", "aiFieldGenerate"), ("aria-label", txt)])}>'
            f'{_icon(rng, "sparkle", 16)}<span class="ml-half">{esc(txt)}</span></div>')
    return example(_wrap(html, rng), _url(rng, "airtable.com", (f"/app{hashed_class(rng)[-6:]}X/tbl{rng.randint(1000, 9999)}", "/")), 1,
                   "ai_compose_button", "generic pattern modelled on Airtable AI field 'Generate' button (atomic classes, data-tutorial-selector-id)",
                   lang=lang, context=cx_inline(rng, (100, 160), (24, 32)))


def _atlassian_rovo(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "ko", "nl", "pl", "zh", "sv"))
    host = rng.choice(("acme-eng.atlassian.net", "northwind.atlassian.net", "helios-labs.atlassian.net", "trello.com"))
    if host == "trello.com":
        html = (f'<button{_a(rng, [("data-testid", "ai-quick-capture-button"), ("class", "_1e0c1txw _4cvr1h6o bxgKMAm3lq5BpA"), ("aria-label", "Atlassian Intelligence")])}>'
                f'<span role="img" aria-label="Atlassian Intelligence" class="_1e0c1o8l _vchhusvi"></span></button>')
    else:
        html = (f'<button{_a(rng, [("class", "css-" + hashed_class(rng)[-6:] + " _1e0c1txw _4cvr1h6o _1bah1h6o"), ("data-testid", rng.choice(("rovo-chat-button", "atlassian-navigation--ai-mate-button", "ai-mate-top-nav-button"))), ("aria-label", "Rovo")])}>'
                f'<span data-vc="icon-rovo" aria-hidden="true" class="css-1wits42"></span><span>{esc(rng.choice(("Rovo", T(ASK_AI, lang), "Ask Rovo")))}</span></button>')
    return example(_wrap(html, rng), _url(rng, host, ("/jira/software/projects/ENG/boards/3", "/wiki/spaces/ENG/pages/1234", "/b/Xy12/roadmap")), 1,
                   "ai_sidebar", "generic pattern modelled on Atlassian Rovo / Atlassian Intelligence top-nav button (atomic _1e0c classes, data-testid)",
                   lang=lang, context=cx_inline(rng, (32, 110), (32, 32)))


def _dropbox_dash_box(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "nl", "pl", "ko", "zh", "sv"))
    host, brand = rng.choice((("www.dropbox.com", "Dropbox AI"), ("app.box.com", "Box AI"), ("dash.dropbox.com", "Dash")))
    lab = T(ASK_ABOUT, lang).format(x=T(FILE, lang))
    html = (f'<div{_a(rng, [("class", _cx(rng, "Fai", "file-preview-ai-panel", "dig-Card")), ("role", "complementary"), ("aria-label", brand)])}>'
            f'<div class="header">{_icon(rng, "sparkles", 16)}<span>{esc(brand)}</span><span class="badge">{esc(T(BETA, lang))}</span></div>'
            f'<button class="dig-Button dig-Button--secondary">{esc(T(SUMMARIZE, lang))}</button>'
            f'<input type="text" placeholder="{esc(lab)}"><p class="fine">{esc(T(AI_MISTAKES, lang))}</p></div>')
    return example(html, _url(rng, host, ("/preview/Reports/Q3-summary.pdf", "/file/1288734412", "/home")), 1, "ai_sidebar",
                   "generic pattern modelled on Dropbox AI / Box AI file-preview side panel (dig-* classes)", lang=lang,
                   context=cx_side(rng, width=(300, 380)))


def _evernote_todoist(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "ko", "zh"))
    host, brand = rng.choice((("www.evernote.com", "AI Assistant"), ("app.todoist.com", "Todoist Assist"), ("app.ticktick.com", "AI")))
    items = rng.sample((T(SUMMARIZE, lang), T(IMPROVE, lang), T(_t("Break down task", "Aufgabe aufteilen", "Décomposer la tâche", "Dividir tarea", "Dividir tarefa",
                                                                   "Scomponi attività", "タスクを分解", "", "", "작업 나누기", "拆分任务"), lang)), 2)
    lis = "".join(f'<li role="menuitem" class="{_cx(rng, "Mi", "menu-item")}">{_icon(rng, "sparkle", 14)}{esc(i)}</li>' for i in items)
    html = f'<ul{_a(rng, [("role", "menu"), ("aria-label", brand), ("class", _cx(rng, "Menu", "ai-menu"))])}><li role="presentation" class="menu-header">{esc(brand)}</li>{lis}</ul>'
    return example(html, _url(rng, host, ("/client/web", "/app/today", "/webclient/")), 1, "ai_compose_button",
                   "generic pattern modelled on Evernote / Todoist Assist AI action menu", lang=lang,
                   context=cx_box(rng, (200, 260), (100, 160), pos="absolute"))


def _zoho_zia(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "nl", "zh"))
    html = (f'<div{_a(rng, [("class", "zc-zia-icon zia-launcher " + _cx(rng, "Zia", "zia")), ("id", "zia_launcher"), ("data-zcqa", "zia_launcher"), ("aria-label", "Zia"), ("role", "button")])}>'
            f'<span class="zia-icon-anim"></span>'
            + (f'<span class="zia-tip">{esc(T(_t("Ask Zia", "Zia fragen", "Demander à Zia", "Pregunta a Zia", "Pergunte à Zia", "Chiedi a Zia", "Ziaに質問", "Vraag Zia", "", "", "问问 Zia"), lang))}</span>' if rng.random() < 0.5 else "") + '</div>')
    return example(html, _url(rng, rng.choice(("crm.zoho.com", "desk.zoho.eu", "mail.zoho.com", "books.zoho.in")), ("/crm/org123/tab/Leads", "/agent/acme/tickets", "/zm/")),
                   1, "ai_chat_launcher", "generic pattern modelled on Zoho Zia launcher (data-zcqa test hooks)", lang=lang,
                   context=cx_fixed(rng, "br", (44, 56)))


def _servicenow_now_assist(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "nl"))
    html = (f'<now-assist-panel{_a(rng, [("component-id", f"nowassist-{hashed_class(rng)[-5:]}"), ("class", "sn-polaris-panel"), ("aria-label", "Now Assist")])}>'
            f'<now-heading label="Now Assist" level="2"></now-heading><now-badge label="{esc(T(BETA, lang))}"></now-badge>'
            f'<now-card><p>{esc(T(AI_BODY, lang))}</p></now-card>'
            f'<now-textarea placeholder="{esc(T(ASK_ANYTHING, lang))}"></now-textarea></now-assist-panel>')
    return example(html, _url(rng, rng.choice(("acme.service-now.com", "globexdev.service-now.com", "northwind.service-now.com")), ("/now/nav/ui/home", "/now/sow/record/incident/12ab")),
                   1, "ai_sidebar", "generic pattern modelled on ServiceNow Now Assist panel (Next Experience now-* custom elements)",
                   lang=lang, context=cx_side(rng), )


def _sap_joule(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "zh"))
    if rng.random() < 0.5:
        html = (f'<ui5-shellbar-item{_a(rng, [("icon", "da"), ("text", "Joule"), ("id", "joule-shellbar-item"), ("tooltip", "Joule – your AI copilot")])}></ui5-shellbar-item>')
        kind, ctx = "ai_sidebar", cx_inline(rng, (36, 36), (36, 36))
    else:
        html = (f'<div{_a(rng, [("class", "sapUiShellAiAssistant " + _cx(rng, "J", "joule-welcome")), ("role", "dialog"), ("aria-label", "Joule")])}>'
                f'<ui5-title level="H4">{esc(T(MEET, lang).format(b="Joule"))}</ui5-title>'
                f'<ui5-text>{esc(T(AI_BODY, lang))}</ui5-text><ui5-button design="Emphasized">{esc(T(TRY_IT, lang))}</ui5-button></div>')
        kind, ctx = "ai_onboarding", cx_box(rng, (300, 380), (160, 240))
    return example(html, _url(rng, rng.choice(("my301234.s4hana.cloud.sap", "acme.successfactors.eu", "flp.cfapps.eu10.hana.ondemand.com")), ("/ui", "/sf/home", "/cp.portal/site")),
                   1, kind, "generic pattern modelled on SAP Joule (UI5 web components ui5-shellbar-item / ui5-button)", lang=lang, context=ctx)


def _workday(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "nl"))
    html = (f'<div{_a(rng, [("data-automation-id", "aiAssistantEntry"), ("class", "WDCP " + hashed_class(rng)), ("role", "button"), ("aria-label", f"Workday {T(AI_ASSISTANT, lang)}")])}>'
            f'<span data-automation-id="aiSparkleIcon">{_icon(rng, "sparkle", 20)}</span>'
            f'<span data-automation-id="promptText">{esc(T(ASK_ANYTHING, lang))}</span></div>')
    return example(_wrap(html, rng), _url(rng, rng.choice(("wd5.myworkday.com", "wd3.myworkday.com", "impl.workday.com")), ("/acme/d/home.htmld", "/globex/d/task/2997$1.htmld")),
                   1, "ai_search_widget", "generic pattern modelled on Workday Assistant entry (data-automation-id hooks)", lang=lang,
                   context=cx_inline(rng, (300, 520), (40, 48)))


def _intuit_assist(rng):
    lang = rng.choice(("en", "en", "en", "es", "fr"))
    host = rng.choice(("qbo.intuit.com", "app.qbo.intuit.com", "myturbotax.intuit.com", "us1.admin.mailchimp.com", "www.creditkarma.com"))
    lab = {"en": "Intuit Assist", "es": "Intuit Assist", "fr": "Intuit Assist"}[lang]
    sub = {"en": rng.choice(("Get AI-powered insights on your cash flow", "Ask a tax question", "Generate an email with Intuit Assist")),
           "es": "Obtén información con IA sobre tu flujo de caja", "fr": "Obtenez des analyses de trésorerie grâce à l'IA"}[lang]
    html = (f'<div{_a(rng, [("class", "idsTSButton " + _cx(rng, "Ia", "intuit-assist-entry")), ("data-testid", "intuit-assist-launcher"), ("role", "button"), ("aria-label", f"{lab}: {sub}")])}>'
            f'<span class="ids-icon-ai-sparkle"></span><span class="idsT-Text">{esc(lab)}</span>'
            + (f'<span class="subtle">{esc(sub)}</span>' if rng.random() < 0.5 else "") + '</div>')
    return example(_wrap(html, rng), _url(rng, host, ("/app/homepage", "/", "/campaigns/wizard", "/dashboard")), 1,
                   rng.choice(("ai_sidebar", "ai_chat_launcher")),
                   "generic pattern modelled on Intuit Assist entry in QuickBooks/TurboTax/Mailchimp (IDS design system)", lang=lang,
                   context=cx_inline(rng, (120, 320), (32, 56)))


def _xero_jax(rng):
    html = (f'<button{_a(rng, [("class", "xui-button xui-button-borderless-main xui-button-small " + _cx(rng, "Jax", "jax-entry")), ("data-automationid", "jax-launcher"), ("aria-label", rng.choice(("JAX, your AI financial superagent", "Open JAX", "Ask JAX")))])}>'
            f'<span class="xui-icon">{_icon(rng, "spark4", 16)}</span><span>JAX</span></button>')
    return example(_wrap(html, rng), _url(rng, "go.xero.com", ("/Dashboard/", "/app/invoicing", "/Bank/")), 1, "ai_sidebar",
                   "generic pattern modelled on Xero JAX AI agent button (XUI xui-button classes)", lang="en",
                   context=cx_inline(rng, (60, 100), (32, 32)))


def _shopify_sidekick(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "nl", "pl", "ko", "zh", "sv"))
    html = (f'<button{_a(rng, [("class", "Polaris-Button Polaris-Button--variantTertiary Polaris-Button--iconOnly " + hashed_class(rng)), ("aria-label", "Sidekick"), ("data-polaris-tooltip-activator", "true"), ("type", "button")])}>'
            f'<span class="Polaris-Icon">{_icon(rng, "sparkles", 20, "Polaris-Icon__Svg")}</span></button>')
    if rng.random() < 0.4:
        html = (f'<div class="Polaris-Popover__Content" role="dialog"><div class="Polaris-Box"><p class="Polaris-Text--bodyMd">{esc(T(MEET, lang).format(b="Sidekick"))}</p>'
                f'<p class="Polaris-Text--subdued">{esc(T(AI_BODY, lang))}</p>{html}</div></div>')
        kind = "ai_onboarding"
    else:
        kind = "ai_sidebar"
    return example(html, _url(rng, "admin.shopify.com", ("/store/acme-goods/", "/store/northwind-tea/products", "/store/kasa-shop/orders")), 1, kind,
                   "generic pattern modelled on Shopify admin Sidekick (Polaris-Button iconOnly, Polaris popover)", lang=lang,
                   context=cx_inline(rng, (32, 320), (32, 160)))


def _wix_squarespace(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "nl", "pl", "ko", "sv"))
    host = rng.choice(("manage.wix.com", "editor.wix.com", "account.squarespace.com", "www.squarespace.com"))
    lab = T(_t("Create text with AI", "Text mit KI erstellen", "Créer du texte avec l'IA", "Crear texto con IA", "Criar texto com IA",
               "Crea testo con l'IA", "AIでテキストを作成", "Tekst maken met AI", "Utwórz tekst z AI", "AI로 텍스트 만들기", "", "Skapa text med AI"), lang)
    if "wix" in host:
        html = (f'<button{_a(rng, [("data-hook", "ai-text-creator-button"), ("class", "sYxAw8r " + _cx(rng, "Wx", "ai-btn")), ("aria-label", lab)])}>'
                f'<span data-hook="prefix-icon">{_icon(rng, "sparkles", 18)}</span><span data-hook="text">{esc(lab)}</span></button>')
    else:
        html = (f'<button{_a(rng, [("class", "sqs-button " + _modcls(rng, "AiAssistant", "trigger")), ("data-test", "ai-writer-trigger"), ("type", "button")])}>'
                f'{_icon(rng, "wand", 16)}{esc(lab)}</button>')
    return example(_wrap(html, rng), _url(rng, host, ("/dashboard/site/edit", "/config/pages", "/edit")), 1, "ai_compose_button",
                   "generic pattern modelled on Wix (data-hook) / Squarespace site-editor AI text buttons", lang=lang,
                   context=cx_inline(rng, (140, 220), (32, 40)))


def _godaddy_airo(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "pt", "it", "ja"))
    title = T(_t("Airo, your AI-powered assistant, is ready", "Airo, dein KI-Assistent, ist bereit", "Airo, votre assistant IA, est prêt",
                 "Airo, tu asistente con IA, está listo", "Airo, seu assistente com IA, está pronto", "Airo, il tuo assistente IA, è pronto",
                 "AIアシスタントAiroの準備ができました"), lang)
    html = (f'<div{_a(rng, [("class", "ux-card " + _cx(rng, "Airo", "airo-banner")), ("data-eid", "uxp.hyd.dashboard.airo_banner.impression"), ("role", "region"), ("aria-label", "Airo")])}>'
            f'<span class="ux-tag">AI</span><h3>{esc(title)}</h3><a class="ux-button ux-button-primary" href="/airo">{esc(T(TRY_IT, lang))}</a></div>')
    return example(_wrap(html, rng), _url(rng, rng.choice(("account.godaddy.com", "dashboard.godaddy.com", "www.godaddy.com")), ("/products", "/venture", "/")),
                   1, "ai_upsell", "generic pattern modelled on GoDaddy Airo dashboard banner (ux-* classes, data-eid)", lang=lang,
                   context=cx_inline(rng, (500, 1000), (80, 140)))


def _webflow_framer(rng):
    host = rng.choice(("webflow.com", "framer.com"))
    lab = rng.choice(("Generate with AI", "AI Assistant", "Rewrite", "Translate with AI", "Start with AI"))
    html = (f'<button{_a(rng, [("class", _cx(rng, "Ed", "bem-Button", "ai-assistant-toggle")), ("data-automation-id", "ai-assistant-button" if "webflow" in host else None), ("data-framer-name", "AI" if "framer" in host else None), ("aria-label", lab), ("title", lab)])}>'
            f'{_icon(rng, rng.choice(("sparkle", "star", "wand")), 16)}</button>')
    return example(_wrap(html, rng), _url(rng, host, ("/design/acme-site", "/projects/landing-2026--x8sd", "/dashboard")), 1,
                   "ai_compose_button", "generic pattern modelled on Webflow / Framer editor AI icon buttons", lang="en",
                   context=cx_inline(rng, (24, 32), (24, 32)))


def _canva_magic(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "nl", "pl", "ko", "zh", "sv"))
    lab = rng.choice(("Magic Studio", "Magic Media", "Magic Edit", "Magic Write"))
    html = (f'<button{_a(rng, [("class", "_5KtATA LQzFZw VgvqkQ " + hashed_class(rng)), ("type", "button"), ("aria-label", lab), ("data-testid", rng.choice((None, "magic-studio-entry")))])}>'
            f'<span class="vxQy1w">{_icon(rng, "sparkles", 24)}</span><span class="khPe7Q">{esc(lab)}</span>'
            + (f'<span class="_3jWP7A">{esc(T(NEW, lang))}</span>' if rng.random() < 0.4 else "") + '</button>')
    return example(_wrap(html, rng), _url(rng, "www.canva.com", (f"/design/DAF{rng.randint(10000, 99999)}/edit", "/", "/your-apps")), 1,
                   rng.choice(("ai_sidebar", "ai_compose_button")), "generic pattern modelled on Canva editor side-rail Magic Studio button (short hashed classes)",
                   lang=lang, context=cx_inline(rng, (56, 72), (56, 72)))


def _figma_miro(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "ko"))
    host = rng.choice(("www.figma.com", "miro.com"))
    if "figma" in host:
        lab = rng.choice(("Figma Make", "Actions", "Make an image", "Rewrite this…"))
        html = (f'<button{_a(rng, [("class", "toolbar_view--actionButton--" + hashed_class(rng)[-5:] + " " + hashed_class(rng)), ("data-testid", "ai-actions-button"), ("aria-label", lab), ("data-tooltip", lab), ("data-tooltip-type", "text")])}>'
                f'{_icon(rng, "spark4", 24)}</button>')
        kind = "ai_compose_button"
    else:
        lab = "Miro AI"
        html = (f'<div{_a(rng, [("data-testid", "ai-assist-panel"), ("class", _cx(rng, "Mi", "ai-panel")), ("role", "complementary"), ("aria-label", lab)])}>'
                f'<header><h2>{_icon(rng, "sparkles", 16)}Miro AI</h2><button aria-label="{esc(T(CLOSE, lang))}">×</button></header>'
                f'<div class="suggestions"><button>{esc(T(SUMMARIZE, lang))}</button><button>Cluster sticky notes</button><button>Create mind map</button></div>'
                f'<textarea placeholder="{esc(T(ASK_ANYTHING, lang))}"></textarea></div>')
        kind = "ai_sidebar"
    return example(html, _url(rng, host, ("/design/Xk8sQ2/Onboarding-flow", "/app/board/uXjVK1a=/", "/files/recents")), 1, kind,
                   "generic pattern modelled on Figma toolbar AI actions / Miro AI side panel", lang=lang,
                   context=cx_inline(rng, (32, 360), (32, 500)))


def _adobe_gen_fill(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "nl", "ko", "zh"))
    lab = T(_t("Generative Fill", "Generative Füllung", "Remplissage génératif", "Relleno generativo", "Preenchimento generativo",
               "Riempimento generativo", "生成塗りつぶし", "Generatieve opvulling", "", "생성형 채우기", "创成式填充"), lang)
    html = (f'<sp-action-button{_a(rng, [("quiet", True), ("size", "m"), ("label", lab), ("data-testid", "contextual-taskbar-generative-fill"), ("class", _cx(rng, "Ps", "ctb-button"))])}>'
            f'<sp-icon-gen-ai slot="icon"></sp-icon-gen-ai>{esc(lab)}</sp-action-button>')
    host = rng.choice(("photoshop.adobe.com", "new.express.adobe.com", "firefly.adobe.com"))
    return example(_wrap(html, rng), _url(rng, host, ("/id/urn:aaid:sc:EU:88e1", "/new", "/generate/images")), 1, "ai_compose_button",
                   "generic pattern modelled on Photoshop web / Adobe Express contextual taskbar (Spectrum sp-action-button)", lang=lang,
                   context=cx_inline(rng, (110, 180), (32, 40)))


def _helpscout_front(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "pt"))
    host = rng.choice(("secure.helpscout.net", "app.frontapp.com"))
    lab = rng.choice(("AI Assist", "AI Drafts", "Summarize", T(IMPROVE, lang)))
    html = (f'<button{_a(rng, [("class", _cx(rng, "Hs", "c-Button", "ai-assist-button", "is-sm")), ("data-cy", "ai-assist-trigger"), ("aria-label", lab)])}>'
            f'{_icon(rng, "sparkle", 16)}<span>{esc(lab)}</span></button>')
    return example(_wrap(html, rng), _url(rng, host, ("/conversation/2281773/441/", "/inboxes/shared/support/0", "/mailbox/1a2b/")), 1,
                   "ai_summary_block" if lab == "Summarize" else "ai_compose_button",
                   "generic pattern modelled on Help Scout AI Assist / Front AI drafts buttons in reply editor", lang=lang,
                   context=cx_inline(rng, (80, 140), (28, 32)))


def _superhuman_spark(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja"))
    host = rng.choice(("mail.superhuman.com", "app.sparkmailapp.com", "mail.proton.me", "mail.yahoo.com", "mail.zoho.eu"))
    brand = {"mail.superhuman.com": "Write with AI", "app.sparkmailapp.com": "+AI", "mail.proton.me": "Proton Scribe",
             "mail.yahoo.com": "Help me write", "mail.zoho.eu": "Zia"}[host]
    html = (f'<button{_a(rng, [("class", _cx(rng, "Mail", "composer-ai-btn")), ("aria-label", brand), ("title", f"{brand} (Ctrl+J)"), _tid(rng, "composer:ai-assistant")])}>'
            f'{_icon(rng, rng.choice(("wand", "sparkle", "sparkles")), 16)}' + (f'<span>{esc(brand)}</span>' if rng.random() < 0.6 else "") + '</button>')
    return example(_wrap(html, rng), _url(rng, host, ("/compose", "/inbox", "/u/0/compose", "/d/folders/Inbox")), 1, "ai_compose_button",
                   "generic pattern modelled on mail clients' composer AI buttons (Superhuman, Spark +AI, Proton Scribe, Yahoo Mail)",
                   lang=lang, context=cx_inline(rng, (28, 140), (28, 36)))


def _proton_scribe_upsell(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "it", "nl", "pl", "pt"))
    html = (f'<div{_a(rng, [("class", "modal-two modal-two--is-open " + _cx(rng, "Pm", "scribe-upsell")), ("role", "dialog"), ("aria-modal", "true")])}>'
            f'<h1 class="text-bold">{esc(T(TRY_FREE, lang).format(b="Proton Scribe"))}</h1>'
            f'<p class="color-weak">{esc(T(AI_BODY, lang))}</p>'
            f'<button class="button button-large button-solid-norm">{esc(T(UPGRADE, lang))}</button><button class="button button-ghost-weak">{esc(T(LATER, lang))}</button></div>')
    return example(html, _url(rng, "mail.proton.me", ("/u/0/inbox", "/u/1/inbox")), 1, "ai_upsell",
                   "generic pattern modelled on Proton Mail Scribe writing-assistant upsell modal (modal-two classes)", lang=lang,
                   context=cx_box(rng, (400, 520), (260, 400), corner="c"))


def _teams_ppt_word(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "nl", "pl", "ko", "zh", "sv"))
    app = rng.choice(("teams", "ppt", "word", "excel"))
    if app == "ppt":
        lab = T(_t("Designer", "Designer", "Concepteur", "Diseñador", "Designer", "Designer", "デザイナー", "Ontwerper", "Projektant", "디자이너", "设计器", "Designer"), lang)
        html = (f'<button{_a(rng, [("id", "DesignIdeas"), ("class", "ms-Button ms-Button--commandBar " + hashed_class(rng)), ("aria-label", lab), ("data-unique-id", "Ribbon-DesignIdeas")])}>'
                f'<i data-icon-name="DesignIdeas" aria-hidden="true"></i><span class="ms-Button-label">{esc(lab)}</span></button>')
        host, path, kind = "powerpoint.cloud.microsoft", "/edit", "ai_sidebar"
    elif app == "teams":
        html = (f'<button{_a(rng, [("data-tid", "copilot-meeting-button"), ("class", "fui-Button r1alrhcs " + hashed_class(rng)), ("aria-label", "Copilot"), ("title", "Copilot")])}>'
                f'<span class="fui-Button__icon">{_icon(rng, "spark4", 20)}</span><span>Copilot</span></button>')
        host, path, kind = "teams.microsoft.com", "/v2/", "ai_sidebar"
    else:
        lab = "Copilot"
        html = (f'<div{_a(rng, [("class", "ms-ContextualMenu-item " + hashed_class(rng)), ("role", "presentation")])}>'
                f'<button role="menuitem" class="ms-ContextualMenu-link" aria-label="{esc(T(SUMMARIZE, lang))} (Copilot)"><i data-icon-name="Copilot"></i>'
                f'<span>{esc(T(SUMMARIZE, lang))}</span></button></div>')
        host, path, kind = rng.choice(("word.cloud.microsoft", "excel.cloud.microsoft")), "/edit", "ai_summary_block"
    return example(_wrap(html, rng), _url(rng, host, path), 1, kind,
                   "generic pattern modelled on Teams meeting Copilot / PowerPoint Designer / Office context-menu Copilot (Fluent)", lang=lang,
                   context=cx_inline(rng, (32, 160), (28, 40)))


def _coda_smartsheet(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt"))
    host = rng.choice(("coda.io", "app.smartsheet.com", "app.pipedrive.com", "www.loom.com", "linear.app", "app.pitch.com", "www.craft.do"))
    brand = {"coda.io": "Coda AI", "app.smartsheet.com": "Smartsheet AI", "app.pipedrive.com": "Pipedrive AI",
             "www.loom.com": "Loom AI", "linear.app": "Linear Agent", "app.pitch.com": "Pitch AI", "www.craft.do": "Craft Assistant"}[host]
    title = T(MEET, lang).format(b=brand)
    html = (f'<div{_a(rng, [("role", "tooltip"), ("class", _cx(rng, "Tour", "product-tour-step", "tour-step--ai")), ("data-tour-step", rng.randint(1, 4))])}>'
            f'<span class="tour-badge">{esc(T(NEW, lang))}</span><h4>{esc(title)}</h4><p>{esc(T(AI_BODY, lang))}</p>'
            f'<div class="tour-footer"><span>{rng.randint(1, 3)}/3</span><button>{esc(T(GOT_IT, lang))}</button></div></div>')
    return example(html, _url(rng, host, ("/d/Team-Hub_dX1", "/sheets/8812", "/pipeline", "/looks", "/acme/inbox", "/app/deck/1")), 1,
                   "ai_onboarding", f"generic pattern modelled on {brand} 'New' product-tour step", lang=lang,
                   context=cx_box(rng, (260, 340), (140, 220), pos="absolute"))


def _notion_like_slash(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "ko"))
    host = rng.choice(("app.affine.pro", "www.craft.do", "app.clickup.com", "coda.io", "app.slite.com", "app.nuclino.com"))
    items = [T(WRITE_AI, lang), T(SUMMARIZE, lang), T(IMPROVE, lang)]
    lis = "".join(f'<div role="option" class="{_cx(rng, "Sl", "slash-item")}"><span class="slash-icon">{_icon(rng, "sparkle", 16)}</span>{esc(i)}</div>' for i in items)
    html = f'<div{_a(rng, [("role", "listbox"), ("aria-label", "AI"), ("class", _cx(rng, "Sl", "slash-menu-group"))])}><div class="slash-group-title">AI</div>{lis}</div>'
    return example(html, _url(rng, host, ("/workspace/x1/doc", "/docs/1", "/p/2231")), 1, "ai_compose_button",
                   "generic pattern: block editor slash menu AI group (AFFiNE / Slite / Nuclino style)", lang=lang,
                   context=cx_box(rng, (220, 300), (120, 200), pos="absolute"))


def _teams_recap_summary(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "nl", "pl", "ko", "zh", "sv"))
    host = rng.choice(("app.fireflies.ai", "app.otter.ai", "app.fathom.video", "www.webex.com", "meet.goto.com", "app.gong.io"))
    head = T(_t("AI meeting summary", "KI-Besprechungszusammenfassung", "Résumé de réunion IA", "Resumen de reunión con IA",
                "Resumo da reunião por IA", "Riepilogo riunione IA", "AI会議サマリー", "AI-vergadersamenvatting", "Podsumowanie spotkania AI",
                "AI 회의 요약", "AI 会议纪要", "AI-mötessammanfattning"), lang)
    pts = rng.sample(("Budget approved for Q3 campaign; launch moved to 14 October.", "Maria will send the revised contract by Friday.",
                      "Team agreed to pause the pricing test until the data issue is fixed.", "Next sync: Tuesday 10:00 with design."), 2)
    html = (f'<section{_a(rng, [("class", _cx(rng, "Rec", "meeting-recap", "ai-notes")), ("aria-label", head)])}><h3>{_icon(rng, "sparkles", 16)}{esc(head)}</h3>'
            + "<ul>" + "".join(f"<li>{esc(p)}</li>" for p in pts) + f'</ul><small>{esc(T(AI_GENERATED, lang))}</small></section>')
    return example(_wrap(html, rng), _url(rng, host, ("/view/Weekly-sync::8812", "/u/recap/2231", "/calls/991")), 1, "ai_summary_block",
                   "generic pattern modelled on meeting tools' AI recap (Fireflies, Otter, Fathom, Webex AI Assistant)", lang=lang,
                   context=cx_inline(rng, (400, 700), (160, 320)))


def _thunderbird_samsung(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ko", "ja"))
    host = rng.choice(("www.samsung.com", "account.samsung.com", "notes.samsung.com"))
    lab = T(_t("Galaxy AI", "Galaxy AI", "Galaxy AI", "Galaxy AI", "", "", "Galaxy AI", "", "", "Galaxy AI"), lang)
    html = (f'<div{_a(rng, [("class", "cm-galaxy-ai-banner " + _cx(rng, "Sg", "kv-banner")), ("data-omni-type", "microsite"), ("data-omni", "galaxy ai:try now")])}>'
            f'<h2 class="cm-headline">{esc(lab)}</h2><p>{esc(T(_t("Translate calls, summarise notes and edit photos with Galaxy AI.", "Übersetze Anrufe, fasse Notizen zusammen und bearbeite Fotos mit Galaxy AI.", "Traduisez vos appels, résumez vos notes et retouchez vos photos avec Galaxy AI.", "Traduce llamadas, resume notas y edita fotos con Galaxy AI.", "", "", "Galaxy AIで通話の翻訳やメモの要約を。", "", "", "Galaxy AI로 통화 번역, 노트 요약, 사진 편집까지."), lang))}</p>'
            f'<a class="cta cta--contained" href="/galaxy-ai/">{esc(T(TRY_IT, lang))}</a></div>')
    return example(_wrap(html, rng), _url(rng, host, ("/us/", "/de/", "/uk/smartphones/", "/sec/")), 1, "ai_upsell",
                   "generic pattern modelled on Samsung Galaxy AI promo banner (cm-* classes, data-omni tracking)", lang=lang,
                   context=cx_inline(rng, (600, 1400), (200, 420)))


def _crm_ai_email(rng):
    lang = _lang(rng)
    host = _site(rng, lang)
    html = (f'<div{_a(rng, [("class", _cx(rng, "Crm", "email-editor__toolbar-item", "ai-compose")), ("role", "button"), ("aria-label", T(HELP_WRITE, lang)), ("tabindex", "0"), _tid(rng, "email-ai-compose")])}>'
            f'{_icon(rng, "wand", 16)}<span>{esc(T(HELP_WRITE, lang))}</span><kbd>⌘J</kbd></div>')
    return example(_wrap(html, rng), _url(rng, host, ("/app/crm/deals/2231/email", "/inbox/compose", "/tickets/8812/reply")), 1, "ai_compose_button",
                   "generic pattern: CRM / helpdesk reply editor 'Help me write' AI toolbar item", lang=lang,
                   context=cx_inline(rng, (100, 200), (28, 32)))


def _workspace_ai_nudge(rng):
    lang = _lang(rng)
    host = _site(rng, lang)
    brand = rng.choice(("Copilot", "AI Assistant", "Assist", "Brain", "Genie", "Muse", "Sage", "Nova AI", "Atlas AI", "Echo"))
    html = (f'<div{_a(rng, [("class", _cx(rng, "Nudge", "inline-nudge", "nudge--ai")), ("role", "status"), _tid(rng, "ai-nudge")])}>'
            f'{_icon(rng, "sparkles", 16)}<span>{esc(T(_t("Let {b} write this update for you", "Lass {b} dieses Update für dich schreiben", "Laissez {b} rédiger cette mise à jour", "Deja que {b} escriba esta actualización", "Deixe {b} escrever esta atualização", "Lascia che {b} scriva questo aggiornamento", "{b}にこの更新を書かせる", "Laat {b} deze update schrijven", "Pozwól {b} napisać tę aktualizację", "{b}가 이 업데이트를 작성하게 하세요", "让 {b} 帮你写这条更新", "Låt {b} skriva uppdateringen"), lang).format(b=brand))}</span>'
            f'<button>{esc(T(TRY_IT, lang))}</button><button aria-label="{esc(T(CLOSE, lang))}">✕</button></div>')
    return example(_wrap(html, rng), _url(rng, host, ("/app/projects/77/status", "/dashboard", "/editor/doc-77")), 1, "ai_onboarding",
                   "generic pattern: inline 'let <AI> write this for you' nudge in a project tool", lang=lang,
                   context=cx_inline(rng, (300, 700), (36, 56)))


def examples():
    return run("pos_longtail_productivity", [
        _clickup_brain, _clickup_upsell, _asana_ai, _monday_ai, _airtable_ai, _atlassian_rovo, _dropbox_dash_box,
        _evernote_todoist, _zoho_zia, _servicenow_now_assist, _sap_joule, _workday, _intuit_assist, _xero_jax,
        _shopify_sidekick, _wix_squarespace, _godaddy_airo, _webflow_framer, _canva_magic, _figma_miro, _adobe_gen_fill,
        _helpscout_front, _superhuman_spark, _proton_scribe_upsell, _teams_ppt_word, _coda_smartsheet, _notion_like_slash,
        _teams_recap_summary, _thunderbird_samsung, _crm_ai_email, _workspace_ai_nudge,
    ], 5)
