"""Positives from rich-text editor toolbars and docs frameworks: AI buttons of
TipTap, CKEditor 5 AI Assistant, TinyMCE AI Assistant, Froala, Quill
plugins, Jetpack AI Assistant (WordPress block editor), Apple "Writing
Tools", Chrome "Help me write" context entry; and the "Ask AI" search /
answer widgets of docs frameworks (Docusaurus plugins, GitBook, ReadMe,
Mintlify, Fern, Redocly, Scalar, MkDocs Material, Nextra, VitePress,
Starlight).

Grounded where the markup is public: Jetpack's `jetpack-ai-assistant__*`
BEM classes and ToolbarButton, TipTap's `tiptap-ai-*` classes, Mintlify's
`<mintlify-assistant>` element and widget.mintlify.com embed, CKEditor's
`ck-button` / `ck-toolbar` structure, TinyMCE's `tox-tbtn` toolbar buttons,
Froala's `fr-command fr-btn`, Quill's `ql-*` toolbar classes."""
from corpus.common import esc, example, hashed_class
from corpus.sources.pos_longtail_search import (
    AI_MISTAKES, ASK_AI, ASK_ANYTHING, CLOSE, GEN_AI, HELP_WRITE, IMPROVE, T, WRITE_AI, _a, _cx, _icon, _lang, _modcls, _site, _t, _tid, _url, _wrap, answer, cx_box,
    cx_fixed, cx_inline, cx_side, run,
)

EDIT_PATHS = ("/wp-admin/post.php", "/admin/posts/new", "/cms/articles/4471/edit", "/editor/doc-77", "/app/notes/new",
              "/kb/articles/new", "/tickets/8812/reply", "/dashboard/pages/about/edit")
DOC_PATHS = ("/docs", "/docs/getting-started", "/docs/api/authentication", "/guides/webhooks", "/reference/errors",
             "/docs/sdk/python", "/en/latest/usage.html", "/learn/quickstart")

DOC_HOSTS = ("docs.ferrostack.dev", "docs.pulsarq.io", "developer.tidelift-pay.com", "docs.nimbusdb.com", "docs.gridline.app",
             "docs.orbitauth.io", "developers.shipwise.co", "docs.lumenci.dev", "docs.quarkvector.ai", "docs.tallyhq.com",
             "docs.embercache.io", "docs.kestrel-api.com", "dev.arkstream.io", "docs.velaflow.com", "docs.sundial.build",
             "docs.hydrantjs.org", "help.fieldnote.app", "docs.mosaicrm.com")

ASK_DOCS = _t("Ask AI about the docs", "KI zur Dokumentation fragen", "Interroger l'IA sur la doc", "Pregunta a la IA sobre la documentación",
              "Pergunte à IA sobre a documentação", "Chiedi all'IA sulla documentazione", "ドキュメントについてAIに質問",
              "Vraag AI over de documentatie", "Zapytaj AI o dokumentację", "문서에 대해 AI에게 질문", "向 AI 询问文档", "Fråga AI om dokumentationen")


def _tiptap(rng):
    lang = _lang(rng)
    lab = rng.choice((T(ASK_AI, lang), "AI", T(IMPROVE, lang)))
    style = rng.randrange(2)
    if style == 0:
        html = (f'<button{_a(rng, [("class", "tiptap-button " + _cx(rng, "Tb", "tiptap-ai-button")), ("data-style", "ghost"), ("data-testid", "tiptap-ai-button"), ("aria-label", lab), ("data-tooltip", lab), ("type", "button")])}>'
                f'{_icon(rng, "sparkles", 16, "tiptap-button-icon")}' + (f'<span class="tiptap-button-text">{esc(lab)}</span>' if rng.random() < 0.5 else "") + '</button>')
        kind = "ai_compose_button"
    else:
        html = (f'<div class="tiptap-ai-prompt-input-placeholder" role="button" tabindex="0"><div class="tiptap-ai-prompt-input-placeholder-content">'
                f'{_icon(rng, "sparkles", 16, "tiptap-ai-prompt-input-placeholder-icon")}<span>{esc(T(_t("Ask AI what you want…", "Frag die KI, was du möchtest…", "Demandez à l’IA ce que vous voulez…", "Pide a la IA lo que quieras…", "Peça à IA o que quiser…", "Chiedi all’IA quello che vuoi…", "AIに指示を入力…"), lang))}</span></div></div>')
        kind = "ai_compose_button"
    return example(_wrap(html, rng), _url(rng, _site(rng, lang), EDIT_PATHS), 1, kind,
                   "TipTap editor AI button / AI prompt placeholder (tiptap-button, tiptap-ai-prompt-input-placeholder)", lang=lang,
                   context=cx_inline(rng, (28, 420), (28, 40)))


def _ckeditor(rng):
    lang = _lang(rng)
    lab = T(_t("AI Assistant", "KI-Assistent", "Assistant IA", "Asistente IA", "Assistente de IA", "Assistente IA", "AIアシスタント",
               "AI-assistent", "Asystent AI", "AI 어시스턴트", "AI 助手", "AI-assistent"), lang)
    tid = f"ck-editor__aria-label_e{hashed_class(rng)[-10:]}"
    html = (f'<button{_a(rng, [("class", "ck ck-button ck-off ck-button_with-text ck-ai-assistant-ui_theme"), ("type", "button"), ("tabindex", "-1"), ("aria-labelledby", tid), ("data-cke-tooltip-text", f"{lab} (Ctrl+/)"), ("data-cke-tooltip-position", "s")])}>'
            f'<svg class="ck ck-icon ck-reset_all-excluded ck-icon_inherit-color ck-button__icon" viewBox="0 0 20 20" aria-hidden="true"><path d="M10 1l2.4 6.6L19 10l-6.6 2.4L10 19l-2.4-6.6L1 10l6.6-2.4z"></path></svg>'
            f'<span class="ck ck-button__label" id="{tid}">{esc(lab)}</span></button>')
    if rng.random() < 0.4:
        html = f'<div class="ck ck-toolbar__items">{html}<span class="ck ck-toolbar__separator"></span></div>'
    return example(html, _url(rng, _site(rng, lang), EDIT_PATHS), 1, "ai_compose_button",
                   "CKEditor 5 AI Assistant toolbar button (ck ck-button, data-cke-tooltip-text, ck-button__label)", lang=lang,
                   context=cx_inline(rng, (90, 160), (28, 36)))


def _tinymce(rng):
    lang = _lang(rng)
    lab = T(_t("AI Assistant", "KI-Assistent", "Assistant IA", "Asistente de IA", "Assistente de IA", "Assistente IA", "AIアシスタント",
               "AI-assistent", "Asystent AI", "AI 어시스턴트", "AI 助手", "AI-assistent"), lang)
    if rng.random() < 0.6:
        html = (f'<button{_a(rng, [("aria-label", lab), ("title", lab), ("type", "button"), ("tabindex", "-1"), ("class", "tox-tbtn"), ("aria-disabled", "false"), ("data-mce-name", "aidialog")])}>'
                f'<span class="tox-icon tox-tbtn__icon-wrap"><svg width="24" height="24" focusable="false"><path d="M12 3l2 5 5 2-5 2-2 5-2-5-5-2 5-2z" fill-rule="evenodd"></path></svg></span></button>')
    else:
        html = (f'<div{_a(rng, [("role", "dialog"), ("class", "tox-dialog tox-dialog--width-lg"), ("aria-labelledby", "aria_ai")])}>'
                f'<div class="tox-dialog__header"><div class="tox-dialog__title" id="aria_ai">{esc(lab)}</div></div>'
                f'<div class="tox-dialog__body"><textarea class="tox-textarea" placeholder="{esc(T(_t("Ask AI to edit or generate…", "KI bitten, zu bearbeiten oder zu erstellen…", "Demandez à l’IA de modifier ou de générer…", "Pide a la IA que edite o genere…", "Peça à IA para editar ou gerar…", "Chiedi all’IA di modificare o generare…", "AIに編集・生成を依頼…"), lang))}"></textarea></div>'
                f'<div class="tox-dialog__footer"><button class="tox-button">{esc(T(GEN_AI, lang))}</button></div></div>')
    return example(_wrap(html, rng), _url(rng, _site(rng, lang), EDIT_PATHS), 1, "ai_compose_button",
                   "TinyMCE AI Assistant (tox-tbtn toolbar button data-mce-name=aidialog / tox-dialog)", lang=lang,
                   context=cx_inline(rng, (34, 600), (34, 300)))


def _froala_quill(rng):
    lang = _lang(rng)
    lab = T(WRITE_AI, lang)
    if rng.random() < 0.5:
        html = (f'<button{_a(rng, [("id", f"aiAssistant-{rng.randint(1, 9)}"), ("type", "button"), ("tabindex", "-1"), ("role", "button"), ("title", lab), ("class", "fr-command fr-btn"), ("data-cmd", "aiAssistant")])}>'
                f'{_icon(rng, "sparkle", 24)}<span class="fr-sr-only">{esc(lab)}</span></button>')
        src = "Froala editor toolbar button (fr-command fr-btn, data-cmd) for an AI plugin"
    else:
        html = (f'<span class="ql-formats"><button{_a(rng, [("type", "button"), ("class", "ql-ai"), ("aria-label", lab), ("title", lab)])}>'
                f'{_icon(rng, "sparkles", 18, "ql-stroke")}</button></span>')
        src = "Quill toolbar custom AI button (ql-formats / ql-ai)"
    return example(_wrap(html, rng), _url(rng, _site(rng, lang), EDIT_PATHS), 1, "ai_compose_button", src, lang=lang,
                   context=cx_inline(rng, (24, 40), (24, 40)))


def _jetpack(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "nl", "pl", "sv"))
    lab = T(_t("AI Assistant", "KI-Assistent", "Assistant IA", "Asistente IA", "Assistente de IA", "Assistente IA", "AIアシスタント",
               "AI-assistent", "Asystent AI", "", "", "AI-assistent"), lang)
    style = rng.randrange(3)
    if style == 0:
        html = (f'<button{_a(rng, [("type", "button"), ("aria-haspopup", "true"), ("aria-expanded", "false"), ("class", "components-button components-toolbar-button jetpack-ai-assistant__button is-init"), ("aria-label", lab), ("data-toolbar-item", "true")])}>'
                f'{_icon(rng, "sparkles", 24)}</button>')
        kind = "ai_compose_button"
    elif style == 1:
        html = (f'<div class="components-popover jetpack-ai-assistant__popover"><div class="components-popover__content">'
                f'<div class="jetpack-ai-assistant__input-wrapper"><textarea class="jetpack-ai-assistant__input" placeholder="{esc(T(_t("Ask Jetpack AI to edit…", "Jetpack AI bitten, zu bearbeiten…", "Demandez à Jetpack AI de modifier…", "Pide a Jetpack AI que edite…", "Peça ao Jetpack AI para editar…", "Chiedi a Jetpack AI di modificare…", "Jetpack AIに編集を依頼…"), lang))}"></textarea>'
                f'<button class="components-button jetpack-ai-assistant__prompt_button is-small" aria-label="Send request">{_icon(rng, "send", 16)}</button></div></div></div>')
        kind = "ai_compose_button"
    else:
        html = (f'<div class="components-panel__body jetpack-ai-assistant-panel is-opened"><h2 class="components-panel__body-title">'
                f'<button class="components-button components-panel__body-toggle" aria-expanded="true">AI Assistant</button></h2>'
                f'<p class="jetpack-ai-assistant__help-text">{esc(T(_t("Use AI to generate a title and excerpt, or get feedback on your post.", "Lass die KI Titel und Auszug erstellen oder Feedback zu deinem Beitrag geben.", "Utilisez l’IA pour générer un titre et un extrait, ou obtenir un avis sur votre article.", "Usa la IA para generar un título y un extracto o recibir comentarios.", "Use a IA para gerar título e resumo ou receber feedback.", "Usa l’IA per generare titolo ed estratto o ricevere un feedback.", "AIでタイトルや抜粋を生成"), lang))}</p>'
                f'<button class="components-button is-secondary">{esc(T(GEN_AI, lang))}</button></div>')
        kind = "ai_sidebar"
    host = rng.choice(("wordpress.com", _site(rng, lang)))
    return example(html, _url(rng, host, ("/wp-admin/post-new.php", "/post/acmeblog.wordpress.com/221", "/wp-admin/post.php")), 1, kind,
                   "Jetpack AI Assistant in the WordPress block editor (jetpack-ai-assistant__button / __popover / panel)", lang=lang,
                   context=cx_inline(rng, (36, 280), (36, 240)))


def _apple_writing_tools(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "ko", "zh"))
    lab = T(_t("Writing Tools", "Schreibtools", "Outils d’écriture", "Herramientas de escritura", "Ferramentas de Escrita",
               "Strumenti di scrittura", "作文ツール", "", "", "글쓰기 도구", "写作工具"), lang)
    items = T(_t("Proofread|Rewrite|Summarize", "Korrekturlesen|Umschreiben|Zusammenfassen", "Relire|Réécrire|Résumer",
                 "Revisar|Reescribir|Resumir", "Revisar|Reescrever|Resumir", "Correggi|Riscrivi|Riassumi",
                 "校正|書き直す|要約", "", "", "교정|다시 쓰기|요약", "校对|重写|摘要"), lang).split("|")
    btns = "".join(f'<button class="{_cx(rng, "Wt", "wt-action")}">{esc(i)}</button>' for i in items)
    html = (f'<div{_a(rng, [("class", _cx(rng, "Wt", "writing-tools-panel")), ("role", "dialog"), ("aria-label", lab)])}>'
            f'<div class="wt-head">{_icon(rng, "sparkle", 16)}{esc(lab)}</div><input placeholder="{esc(T(_t("Describe your change", "Änderung beschreiben", "Décrivez votre modification", "Describe el cambio", "Descreva a alteração", "Descrivi la modifica", "変更内容を説明", "", "", "변경 사항 설명", "描述你的更改"), lang))}">{btns}</div>')
    return example(html, _url(rng, rng.choice(("www.icloud.com", "www.icloud.com", _site(rng, lang))), ("/notes/", "/mail/", "/pages/0a1b")), 1,
                   "ai_compose_button", "generic pattern modelled on Apple Intelligence 'Writing Tools' panel (Proofread / Rewrite / Summarize)",
                   lang=lang, context=cx_box(rng, (280, 340), (160, 260), pos="absolute"))


def _chrome_hmw_context(rng):
    lang = _lang(rng)
    lab = T(HELP_WRITE, lang)
    html = (f'<div{_a(rng, [("role", "menuitem"), ("class", _cx(rng, "Cm", "context-menu-item", "compose-entry")), ("aria-label", lab), ("tabindex", "-1")])}>'
            f'{_icon(rng, "spark4", 16)}<span>{esc(lab)}</span><span class="shortcut"></span></div>')
    return example(_wrap(html, rng), _url(rng, _site(rng, lang), ("/contact", "/support/new", "/account/feedback", "/reviews/new")), 1,
                   "ai_compose_button", "generic pattern modelled on Chrome's 'Help me write' context entry on text fields (rendered as menu item)",
                   lang=lang, context=cx_box(rng, (180, 240), (28, 36), pos="absolute"))


def _textarea_inline_ai(rng):
    lang = _lang(rng)
    host = _site(rng, lang)
    html = (f'<div{_a(rng, [("class", _cx(rng, "Field", "textarea-field", "has-ai-helper"))])}>'
            f'<label>{esc(T(_t("Description", "Beschreibung", "Description", "Descripción", "Descrição", "Descrizione", "説明", "Beschrijving", "Opis", "설명", "描述", "Beskrivning"), lang))}</label>'
            f'<textarea rows="4"></textarea>'
            f'<button{_a(rng, [("type", "button"), ("class", _cx(rng, "Field", "ai-suggest-btn")), ("aria-label", T(WRITE_AI, lang)), _tid(rng, "ai-suggest")])}>{_icon(rng, "sparkle", 14)}{esc(T(WRITE_AI, lang))}</button></div>')
    return example(html, _url(rng, host, ("/listings/new", "/jobs/post", "/events/create", "/profile/edit")), 1, "ai_compose_button",
                   "generic pattern: form textarea with attached 'Write with AI' helper button", lang=lang,
                   context=cx_inline(rng, (300, 600), (120, 200)))


# ---------------------------------------------------------------- docs sites

def _docusaurus_ask_ai(rng):
    lang = _lang(rng, ("en", "en", "de", "fr", "es", "ja", "pt", "zh", "ko"))
    lab = T(ASK_AI, lang)
    html = (f'<button{_a(rng, [("type", "button"), ("class", "navbar__item " + _modcls(rng, "askAi", "askAiButton")), ("aria-label", lab), ("data-ask-ai", True)])}>'
            f'{_icon(rng, "sparkles", 16)}<span class="{_modcls(rng, "askAi", "label")}">{esc(lab)}</span><kbd class="{_modcls(rng, "askAi", "kbd")}">⌘I</kbd></button>')
    return example(_wrap(html, rng), _url(rng, rng.choice(DOC_HOSTS), DOC_PATHS), 1, "ai_search_widget",
                   "generic pattern modelled on Docusaurus navbar Ask-AI plugin button (CSS-modules classes from the theme)", lang=lang,
                   context=cx_inline(rng, (90, 140), (32, 36)))


def _gitbook(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt"))
    lab = T(_t("Ask or search…", "Fragen oder suchen…", "Demander ou rechercher…", "Preguntar o buscar…", "Perguntar ou pesquisar…", "", "質問または検索…"), lang)
    style = rng.randrange(2)
    if style == 0:
        html = (f'<button{_a(rng, [("class", "flex flex-1 items-center gap-2 rounded-lg straight-corners:rounded-sm ring-1 ring-dark/2 " + hashed_class(rng)), ("aria-label", lab), ("data-testid", "search-ask-ai")])}>'
                f'{_icon(rng, "sparkle", 16, "gb-icon size-4")}<span>{esc(lab)}</span><kbd>Ctrl K</kbd></button>')
        kind = "ai_search_widget"
    else:
        html = (f'<div{_a(rng, [("class", "flex flex-col gap-2 p-4 " + hashed_class(rng)), ("data-testid", "search-ask-answer"), ("role", "region"), ("aria-label", "GitBook AI")])}>'
                f'<div class="flex items-center gap-2">{_icon(rng, "sparkles", 16, "gb-icon")}<span class="font-semibold">{esc(T(ASK_AI, lang))}</span></div>'
                f'<p>{esc(T(_t("To rotate an API key, open Settings → API keys, create a new key, update your clients, then revoke the old one.", "Um einen API-Schlüssel zu rotieren, öffne Einstellungen → API-Schlüssel, erstelle einen neuen Schlüssel und widerrufe danach den alten.", "Pour renouveler une clé d’API, ouvrez Paramètres → Clés d’API, créez une clé, mettez à jour vos clients puis révoquez l’ancienne.", "Para rotar una clave de API, abre Ajustes → Claves de API, crea una nueva, actualiza tus clientes y revoca la antigua.", "Para trocar uma chave de API, abra Configurações → Chaves de API, crie uma nova e revogue a antiga.", "", "APIキーを更新するには、設定→APIキーで新しいキーを作成し、古いキーを無効にします。"), lang))}</p>'
                f'<small>{esc(T(AI_MISTAKES, lang))}</small></div>')
        kind = "ai_summary_block"
    return example(html, _url(rng, rng.choice(DOC_HOSTS + ("docs.gitbook.com",)), DOC_PATHS), 1, kind,
                   "generic pattern modelled on GitBook 'Ask or search…' box and AI answer (Tailwind utility classes, gb-icon)",
                   lang=lang, context=cx_inline(rng, (240, 640), (36, 260)))


def _readme(rng):
    lang = "en"
    html = (f'<div{_a(rng, [("class", "rm-AskAI " + _cx(rng, "Rm", "AskAI-Button")), ("role", "button"), ("tabindex", "0"), ("aria-label", "Ask AI")])}>'
            f'<i class="icon-sparkles"></i><span class="AskAI-Text">Ask AI</span>'
            + ('<span class="rm-Badge">Beta</span>' if rng.random() < 0.5 else "") + '</div>')
    if rng.random() < 0.4:
        html = (f'<div class="rm-SearchModal-AskAI"><div class="rm-SearchModal-AskAI-Header">{_icon(rng, "sparkles", 16)}Owlbert AI</div>'
                f'<p>{esc(answer(rng, "en"))}</p><span class="rm-SearchModal-AskAI-Footer">Answers are AI-generated from this documentation.</span></div>')
        kind = "ai_summary_block"
    else:
        kind = "ai_search_widget"
    return example(_wrap(html, rng), _url(rng, rng.choice(DOC_HOSTS), DOC_PATHS), 1, kind,
                   "generic pattern modelled on ReadMe docs 'Ask AI' / Owlbert AI (rm-* classes)", lang=lang,
                   context=cx_inline(rng, (80, 600), (32, 200)))


def _mintlify(rng):
    lang = _lang(rng, ("en", "en", "de", "fr", "es", "ja", "pt", "zh", "ko"))
    style = rng.randrange(3)
    if style == 0:
        html = (f'<mintlify-assistant{_a(rng, [("data-variant", rng.choice(("panel", "widget"))), ("data-theme", rng.choice(("light", "dark"))), ("style", "position:fixed;bottom:24px;right:24px")])}></mintlify-assistant>')
        kind, ctx = "ai_chat_launcher", cx_fixed(rng, "br", (48, 60), shadow=True)
    elif style == 1:
        html = (f'<button{_a(rng, [("id", "assistant-entry"), ("class", "flex items-center gap-1.5 rounded-xl px-3 py-1.5 text-sm " + hashed_class(rng)), ("aria-label", T(ASK_AI, lang))])}>'
                f'{_icon(rng, "sparkles", 16)}<span>{esc(T(ASK_AI, lang))}</span></button>')
        kind, ctx = "ai_search_widget", cx_inline(rng, (80, 120), (32, 36))
    else:
        html = (f'<div{_a(rng, [("id", "chat-assistant-sheet"), ("class", "fixed right-0 top-0 h-full w-[368px] border-l " + hashed_class(rng)), ("role", "dialog"), ("aria-label", "Assistant")])}>'
                f'<div class="flex justify-between p-4"><span class="font-medium">Assistant</span><button aria-label="{esc(T(CLOSE, lang))}">✕</button></div>'
                f'<div class="px-4 text-sm">{esc(T(_t("Responses are generated using AI and may contain mistakes.", "Antworten werden mit KI erstellt und können Fehler enthalten.", "Les réponses sont générées par IA et peuvent contenir des erreurs.", "Las respuestas se generan con IA y pueden contener errores.", "As respostas são geradas por IA e podem conter erros.", "", "回答はAIで生成されており、誤りを含む場合があります。", "", "", "답변은 AI로 생성되며 오류가 있을 수 있습니다.", "回答由 AI 生成，可能有误。"), lang))}</div>'
                f'<textarea placeholder="{esc(T(ASK_ANYTHING, lang))}"></textarea></div>')
        kind, ctx = "ai_chat_panel", cx_side(rng, width=(340, 380))
    return example(html, _url(rng, rng.choice(DOC_HOSTS + ("mintlify.com",)), DOC_PATHS), 1, kind,
                   "Mintlify docs assistant (<mintlify-assistant> element, 'Ask AI' button, assistant sheet)", lang=lang, context=ctx)


def _fern_redocly_scalar(rng):
    lang = "en"
    which = rng.choice(("fern", "redocly", "scalar"))
    if which == "fern":
        html = (f'<button{_a(rng, [("class", "fern-search-button fern-ask-ai-button " + hashed_class(rng)), ("aria-label", "Ask AI"), ("data-state", "closed")])}>'
                f'{_icon(rng, "sparkles", 16)}Ask AI</button>')
        src = "generic pattern modelled on Fern docs 'Ask AI' button (fern-* classes)"
    elif which == "redocly":
        html = (f'<div{_a(rng, [("data-component-name", "Search/SearchAiDialog"), ("class", "sc-" + hashed_class(rng)[-6:])])}>'
                f'<div data-component-name="Search/SearchAiResponse"><span>{_icon(rng, "sparkles", 16)}AI search</span><p>{esc(answer(rng, "en"))}</p></div></div>')
        src = "generic pattern modelled on Redocly AI search dialog (data-component-name Search/SearchAi*)"
    else:
        html = (f'<div{_a(rng, [("class", "scalar-app scalar-ask-ai " + _cx(rng, "Sc", "ai-agent-trigger")), ("role", "button"), ("aria-label", "Ask AI Agent")])}>'
                f'{_icon(rng, "bot", 16)}<span>Ask AI Agent</span></div>')
        src = "generic pattern modelled on Scalar API reference 'Ask AI' agent trigger"
    return example(_wrap(html, rng), _url(rng, rng.choice(DOC_HOSTS), ("/api-reference", "/reference/overview", "/docs/api")), 1,
                   "ai_search_widget", src, lang=lang, context=cx_inline(rng, (90, 600), (32, 260)))


def _mkdocs_vitepress(rng):
    lang = _lang(rng, ("en", "zh", "ja", "de", "fr", "es", "ko", "pt"))
    which = rng.choice(("mkdocs", "vitepress", "starlight", "nextra"))
    lab = T(ASK_DOCS, lang)
    if which == "mkdocs":
        html = (f'<label{_a(rng, [("class", "md-header__button md-icon md-ask-ai"), ("for", "__askai"), ("title", lab), ("aria-label", lab)])}>'
                f'{_icon(rng, "sparkle", 24)}</label>')
    elif which == "vitepress":
        html = (f'<button{_a(rng, [("class", "VPNavBarAskAI VPButton"), ("type", "button"), ("aria-label", lab)])}>'
                f'<span class="vpi-sparkles"></span><span class="text">{esc(T(ASK_AI, lang))}</span></button>')
    elif which == "starlight":
        html = (f'<site-ask-ai{_a(rng, [("data-open-modal", True), ("class", "sl-flex")])}><button aria-label="{esc(lab)}" data-open-modal="">'
                f'{_icon(rng, "sparkles", 16)}<span class="sl-hidden md:sl-block">{esc(T(ASK_AI, lang))}</span></button></site-ask-ai>')
    else:
        html = (f'<button{_a(rng, [("class", "nx-flex nx-items-center nx-gap-2 nx-rounded-md nx-px-2 nx-py-1.5 " + hashed_class(rng)), ("aria-label", lab)])}>'
                f'{_icon(rng, "spark4", 16)}<span>{esc(T(ASK_AI, lang))}</span></button>')
    return example(_wrap(html, rng), _url(rng, rng.choice(DOC_HOSTS), DOC_PATHS), 1, "ai_search_widget",
                   f"generic pattern modelled on {which} docs theme 'Ask AI' header button", lang=lang,
                   context=cx_inline(rng, (32, 140), (32, 40)))


def _docs_chat_iframe(rng):
    lang = _lang(rng, ("en", "en", "de", "fr", "ja", "es", "pt", "zh"))
    vendor = rng.choice(("widget.biel.ai", "app.docsbot.ai", "chat.markprompt.com", "widget.mendable.ai", "embed.chatbase.co", "widget.sitegpt.ai"))
    src = f"https://{vendor}/iframe/{hashed_class(rng)[-8:]}"
    html = f'<iframe{_a(rng, [("src", src), ("title", rng.choice(("AI docs assistant", "Ask AI", "Documentation chatbot"))), ("class", _cx(rng, "Dc", "ai-chat-frame")), ("allow", "clipboard-write"), ("loading", "lazy")])}></iframe>'
    return example(html, _url(rng, rng.choice(DOC_HOSTS), DOC_PATHS), 1, "ai_chat_panel",
                   "generic pattern: docs AI chat iframe from a docs-bot vendor (Biel, DocsBot, Markprompt, Mendable, Chatbase, SiteGPT)",
                   lang=lang, context=cx_box(rng, (360, 420), (480, 640), corner="br", frame_src=src))


def _docs_answer_panel(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "zh", "ko"))
    q = T(_t("How do I paginate list endpoints?", "Wie paginiere ich Listen-Endpunkte?", "Comment paginer les points de terminaison de liste ?",
             "¿Cómo pagino los endpoints de listas?", "Como paginar endpoints de listagem?", "Come si paginano gli endpoint di elenco?",
             "一覧エンドポイントのページングは？", "", "", "목록 엔드포인트는 어떻게 페이지네이션하나요?", "列表接口如何分页？"), lang)
    a = T(_t("Pass the cursor returned in next_cursor as the starting_after parameter until has_more is false.",
             "Übergib den in next_cursor zurückgegebenen Cursor als starting_after, bis has_more false ist.",
             "Passez le curseur renvoyé dans next_cursor comme paramètre starting_after jusqu’à ce que has_more soit false.",
             "Pasa el cursor devuelto en next_cursor como parámetro starting_after hasta que has_more sea false.",
             "Envie o cursor retornado em next_cursor como starting_after até has_more ser false.",
             "Passa il cursore restituito in next_cursor come starting_after finché has_more è false.",
             "has_more が false になるまで、next_cursor の値を starting_after に渡します。", "", "",
             "has_more가 false가 될 때까지 next_cursor 값을 starting_after로 전달하세요.", "将 next_cursor 作为 starting_after 传入，直到 has_more 为 false。"), lang)
    html = (f'<div{_a(rng, [("class", _cx(rng, "Dp", "ai-answer-panel", "docs-ai")), ("role", "dialog"), ("aria-label", T(ASK_AI, lang))])}>'
            f'<div class="q">{esc(q)}</div><div class="a"><span class="tag">{_icon(rng, "sparkles", 14)}AI</span><p>{esc(a)}</p>'
            f'<ul class="sources"><li><a href="/docs/api/pagination">Pagination</a></li></ul></div>'
            f'<footer><input placeholder="{esc(T(ASK_ANYTHING, lang))}"><span>{esc(T(AI_MISTAKES, lang))}</span></footer></div>')
    return example(html, _url(rng, rng.choice(DOC_HOSTS), DOC_PATHS), 1, "ai_chat_panel",
                   "generic pattern: docs site 'Ask AI' modal with AI answer, sources and follow-up input", lang=lang,
                   context=cx_box(rng, (520, 720), (360, 560), corner="c"))


def _docs_floating_ask(rng):
    lang = _lang(rng, ("en", "en", "de", "fr", "ja", "es", "pt", "ko", "zh"))
    lab = T(ASK_AI, lang)
    html = (f'<button{_a(rng, [("class", _cx(rng, "Fab", "ask-ai-fab", "floating-button")), ("aria-label", lab), ("type", "button"), _tid(rng, "ask-ai-fab")])}>'
            f'{_icon(rng, rng.choice(("sparkles", "bot", "chat")), 20)}' + (f'<span>{esc(lab)}</span>' if rng.random() < 0.6 else "") + '</button>')
    return example(html, _url(rng, rng.choice(DOC_HOSTS), DOC_PATHS), 1, "ai_chat_launcher",
                   "generic pattern: docs site floating 'Ask AI' launcher", lang=lang, context=cx_fixed(rng, "br", (48, 120)))


def examples():
    return run("pos_longtail_editors", [
        _tiptap, _ckeditor, _tinymce, _froala_quill, _jetpack, _apple_writing_tools, _chrome_hmw_context, _textarea_inline_ai,
        _docusaurus_ask_ai, _gitbook, _readme, _mintlify, _fern_redocly_scalar, _mkdocs_vitepress, _docs_chat_iframe,
        _docs_answer_panel, _docs_floating_ask,
    ], 6)
