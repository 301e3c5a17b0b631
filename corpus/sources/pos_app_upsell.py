"""Positives, kind ai_upsell: banners, cards and buttons that promote or sell
an AI feature ("Try Copilot Pro", "Upgrade to Gemini Advanced", "Get Notion AI",
"Unlock AI features", Dash / Firefly / Duo / Grok Imagine promos...)."""
from corpus.common import esc, example, hashed_class, page_url, wrap
from corpus.sources.pos_app_compose import (
    ATLASSIAN, _COPILOT_OCT, _SPARK4, _SPARKLES_LUCIDE, _attrs, _cls, _ctx_corner,
    _ctx_inline, _ctx_overlay, _host, _lang, _run, _svg, _tr,
)

KIND = "ai_upsell"

CLOSE = {"en": "Close", "de": "Schließen", "fr": "Fermer", "es": "Cerrar", "ja": "閉じる", "pt": "Fechar",
         "it": "Chiudi", "nl": "Sluiten", "pl": "Zamknij", "sv": "Stäng", "ko": "닫기", "zh": "关闭"}
DISMISS = {"en": "Dismiss", "de": "Ausblenden", "fr": "Ignorer", "es": "Descartar", "ja": "閉じる", "pt": "Dispensar",
           "it": "Ignora", "nl": "Negeren", "pl": "Odrzuć", "sv": "Avvisa", "ko": "닫기", "zh": "忽略"}
TRY_COPILOT_PRO = {
    "en": "Try Copilot Pro free for one month", "de": "Copilot Pro einen Monat kostenlos testen",
    "fr": "Essayez Copilot Pro gratuitement pendant un mois", "es": "Prueba Copilot Pro gratis durante un mes",
    "ja": "Copilot Pro を 1 か月無料で試す", "pt": "Experimente o Copilot Pro gratuitamente por um mês",
    "it": "Prova Copilot Pro gratis per un mese", "nl": "Probeer Copilot Pro een maand gratis",
    "pl": "Wypróbuj Copilot Pro bezpłatnie przez miesiąc", "sv": "Prova Copilot Pro gratis i en månad",
    "ko": "Copilot Pro 1개월 무료 체험", "zh": "免费试用 Copilot Pro 一个月",
}
COPILOT_PITCH = {
    "en": "Get Copilot in Word, Excel, PowerPoint and Outlook with Microsoft 365 Personal.",
    "de": "Holen Sie sich Copilot in Word, Excel, PowerPoint und Outlook mit Microsoft 365 Single.",
    "fr": "Profitez de Copilot dans Word, Excel, PowerPoint et Outlook avec Microsoft 365 Personnel.",
    "es": "Consigue Copilot en Word, Excel, PowerPoint y Outlook con Microsoft 365 Personal.",
    "ja": "Microsoft 365 Personal で Word、Excel、PowerPoint、Outlook の Copilot を利用できます。",
    "pt": "Tenha o Copilot no Word, Excel, PowerPoint e Outlook com o Microsoft 365 Personal.",
    "it": "Ottieni Copilot in Word, Excel, PowerPoint e Outlook con Microsoft 365 Personal.",
    "nl": "Krijg Copilot in Word, Excel, PowerPoint en Outlook met Microsoft 365 Personal.",
    "pl": "Korzystaj z Copilot w Word, Excel, PowerPoint i Outlook w planie Microsoft 365 Personal.",
    "sv": "Få Copilot i Word, Excel, PowerPoint och Outlook med Microsoft 365 Personal.",
    "ko": "Microsoft 365 Personal로 Word, Excel, PowerPoint, Outlook에서 Copilot을 사용하세요.",
    "zh": "通过 Microsoft 365 个人版在 Word、Excel、PowerPoint 和 Outlook 中使用 Copilot。",
}
_MS_HOSTS = ("www.microsoft.com", "outlook.live.com", "www.office.com", "m365.cloud.microsoft", "www.bing.com", "onedrive.live.com")


def _microsoft_copilot_promo(rng):
    lang = _lang(rng, TRY_COPILOT_PRO)
    cta = _tr(TRY_COPILOT_PRO, lang)
    pitch = _tr(COPILOT_PITCH, lang)
    host = rng.choice(_MS_HOSTS)
    style = rng.randrange(4)
    if style == 0:
        html = (f'<div id="epb"><div class="c-uhfh-alert"><div class="c-paragraph"><img alt="Copilot logo" src="https://uhf.microsoft.com/images/copilot/copilot-logo.svg" width="24" height="24">'
                f'<span>{esc(pitch)}</span> <a class="c-hyperlink" href="https://www.microsoft.com/microsoft-365/copilot">{esc(cta)}</a></div></div></div>')
        src = "Microsoft.com universal header Copilot promo alert (#epb .c-uhfh-alert, img alt 'Copilot logo')"
        ctx = _ctx_inline(rng, (1200, 1400), (40, 60), y=0)
    elif style == 1:
        html = (f'<div class="ocr-announcement-banner" role="region"><p>{esc(pitch)}</p>'
                f'<a class="link-inline" aria-label="{esc(cta)} – Copilot" href="https://www.microsoft.com/microsoft-copilot/copilot-pro">{esc(cta)}</a></div>')
        src = "Microsoft 365 page Copilot announcement banner (.ocr-announcement-banner with Copilot link)"
        ctx = _ctx_inline(rng, (900, 1300), (48, 80), y=rng.randint(0, 120))
    elif style == 2:
        btn = rng.choice((("c-shellmenu_custom_button_solid_newtab_tryCopilotChat_right", "Try Copilot Chat"),
                          ("shellmenu_2", "Copilot")))
        html = (f'<a{_attrs(rng, [("id", btn[0]), ("class", "c-uhf-nav-link btn btn-primary"), ("href", "https://copilot.microsoft.com/"), ("data-bi-ecn", btn[1]), ("target", "_blank")])}>{esc(btn[1])}</a>')
        src = "Microsoft.com header 'Try Copilot Chat' / Copilot nav button (#c-shellmenu_custom_button_solid_newtab_tryCopilotChat_right)"
        ctx = _ctx_inline(rng, (90, 160), (32, 40), y=rng.randint(0, 20))
        lang = "en"
        host = "www.microsoft.com"
    else:
        html = (f'<div{_attrs(rng, [("role", "dialog"), ("aria-label", cta), ("class", _cls(rng, "ms-Callout", "upsell-card", obfuscate=0.4))])}>'
                f'<div class="{hashed_class(rng)}">{_svg(rng, _SPARKLES_LUCIDE, 28)}</div><h3>{esc(cta)}</h3><p>{esc(pitch)}</p>'
                f'<button class="ms-Button ms-Button--primary" type="button">{esc(cta.split(" ")[0])}</button>'
                f'<button class="ms-Button" aria-label="{esc(_tr(CLOSE, lang))}" type="button">×</button></div>')
        src = "generic pattern modelled on Microsoft 365 'Try Copilot Pro' in-app upsell callout"
        ctx = _ctx_overlay(rng, (300, 380), (200, 300))
    paths = {"www.microsoft.com": ("/", "/en-us/microsoft-365", "/de-de/microsoft-365/copilot", "/en-us/windows"),
             "outlook.live.com": ("/mail/0/", "/mail/inbox"), "www.office.com": ("/", "/launch/word"),
             "m365.cloud.microsoft": ("/", "/apps"), "www.bing.com": ("/search", "/"), "onedrive.live.com": ("/", "/photos")}
    return example(wrap(html, rng), page_url(host, rng, rng.choice(paths[host])),
                   1, KIND, src, lang=lang, context=ctx)


UPGRADE_GEMINI = {
    "en": ("Upgrade to Google AI Pro", "Get more access to Gemini 2.5 Pro, Deep Research and more.", "Try 1 month for $0"),
    "de": ("Upgrade auf Google AI Pro", "Mehr Zugriff auf Gemini 2.5 Pro, Deep Research und weitere Funktionen.", "1 Monat für 0 € testen"),
    "fr": ("Passez à Google AI Pro", "Profitez d’un accès étendu à Gemini 2.5 Pro, Deep Research et plus.", "Essayez 1 mois pour 0 €"),
    "es": ("Cambia a Google AI Pro", "Más acceso a Gemini 2.5 Pro, Deep Research y mucho más.", "Prueba 1 mes por 0 €"),
    "ja": ("Google AI Pro にアップグレード", "Gemini 2.5 Pro や Deep Research などをより多く利用できます。", "1 か月 ¥0 でお試し"),
    "pt": ("Faça upgrade para o Google AI Pro", "Mais acesso ao Gemini 2.5 Pro, Deep Research e muito mais.", "Teste 1 mês por R$ 0"),
    "it": ("Passa a Google AI Pro", "Più accesso a Gemini 2.5 Pro, Deep Research e altro ancora.", "Prova 1 mese a 0 €"),
    "nl": ("Upgraden naar Google AI Pro", "Meer toegang tot Gemini 2.5 Pro, Deep Research en meer.", "Probeer 1 maand voor € 0"),
    "ko": ("Google AI Pro로 업그레이드", "Gemini 2.5 Pro, Deep Research 등을 더 많이 이용하세요.", "1개월 ₩0에 체험"),
}
GEMINI_ADV = {"en": "Upgrade to Gemini Advanced", "de": "Upgrade auf Gemini Advanced", "fr": "Passer à Gemini Advanced",
              "es": "Cambiar a Gemini Advanced", "ja": "Gemini Advanced にアップグレード", "pt": "Fazer upgrade para o Gemini Advanced",
              "it": "Passa a Gemini Advanced", "nl": "Upgraden naar Gemini Advanced", "ko": "Gemini Advanced로 업그레이드"}


def _google_ai_upsell(rng):
    lang = _lang(rng, UPGRADE_GEMINI)
    head, body, cta = UPGRADE_GEMINI[lang]
    style = rng.randrange(4)
    if style == 0:
        host = rng.choice(("mail.google.com", "docs.google.com", "drive.google.com", "gemini.google.com"))
        html = (f'<div{_attrs(rng, [("role", "dialog"), ("aria-label", head), ("class", _cls(rng, "g1-upsell-card", obfuscate=0.7)), ("jscontroller", hashed_class(rng)[-6:])])}>'
                f'{_svg(rng, _SPARK4, 32)}<h2>{esc(head)}</h2><p>{esc(body)}</p><a role="button" href="https://one.google.com/about/ai-premium">{esc(cta)}</a></div>')
        src = "generic pattern modelled on Google One 'Upgrade to Google AI Pro' upsell card in Workspace apps"
        ctx = _ctx_overlay(rng, (320, 400), (220, 320))
    elif style == 1:
        host = "gemini.google.com"
        lab = _tr(GEMINI_ADV, lang)
        html = (f'<upsell-button><a{_attrs(rng, [("class", "mdc-button mat-mdc-button upgrade-button"), ("href", "https://one.google.com/explore-plan/gemini-advanced"), ("aria-label", lab)])}>'
                f'{_svg(rng, _SPARK4, 18)}<span class="mdc-button__label">{esc(lab)}</span></a></upsell-button>')
        src = "generic pattern modelled on Gemini web app 'Upgrade to Gemini Advanced' button"
        ctx = _ctx_inline(rng, (180, 260), (36, 40), y=8)
    elif style == 2:
        host = "docs.google.com"
        txt = {"en": "Upgrade to elevate your videos with AI custom clips with Veo, voiceovers, and more"}.get(lang, head)
        html = (f'<div id="docs-banner-container"><div id="getting-started-recommendation-banner-container" data-recommendation="VIDS_GEN_AI_G1_PERSISTENT_UPSELL">'
                f'<span>{esc(txt)}</span><a role="button" class="{hashed_class(rng)}">{esc(cta)}</a></div></div>')
        src = "Google Vids persistent Google AI upsell banner (data-recommendation VIDS_GEN_AI_G1_PERSISTENT_UPSELL)"
        ctx = _ctx_inline(rng, (900, 1300), (44, 56), y=rng.randint(60, 120))
    else:
        host = "workspace.google.com"
        txt = {"en": "Gmail is entering the Gemini era", "de": "Gmail startet in die Gemini-Ära", "fr": "Gmail entre dans l’ère de Gemini",
               "es": "Gmail entra en la era de Gemini", "ja": "Gmail は Gemini の時代へ", "pt": "O Gmail entra na era do Gemini",
               "it": "Gmail entra nell’era di Gemini", "nl": "Gmail betreedt het Gemini-tijdperk", "ko": "Gmail이 Gemini 시대로 들어섭니다"}[lang]
        html = (f'<section data-module="TemplateLocalizedModuleContainer"><div class="_gemini_1j2q4_140">{_svg(rng, _SPARK4, 24)}'
                f'<p>{esc(txt)}</p><a href="/solutions/ai/" class="{hashed_class(rng)}">{esc(cta)}</a></div></section>')
        src = "Google Workspace site 'Gmail is entering the Gemini era' promo (._gemini_1j2q4_140)"
        ctx = _ctx_inline(rng, (900, 1300), (48, 90), y=rng.randint(60, 120))
    paths = {"mail.google.com": ("/mail/u/0/", "/mail/u/1/"), "docs.google.com": ("/document/d/1Qx7/edit", "/videos/u/0/create"),
             "drive.google.com": ("/drive/my-drive",), "gemini.google.com": ("/app", "/"),
             "workspace.google.com": ("/intl/en/gmail/", "/", "/solutions/ai/")}
    return example(wrap(html, rng), page_url(host, rng, rng.choice(paths[host])),
                   1, KIND, src, lang=lang, context=ctx)


_GH_EVENT = '{"action":"try_copilot_free"}'


def _github_copilot_upsell(rng):
    oct_ = f'<svg aria-hidden="true" class="octicon octicon-copilot" viewBox="0 0 16 16" width="16" height="16"><path d="{_COPILOT_OCT}"></path></svg>'
    style = rng.randrange(4)
    if style == 0:
        html = (f'<a{_attrs(rng, [("href", "/github-copilot/pro"), ("class", "Primer_Brand__Button-module__Button___lDruK Primer_Brand__Button-module__Button--primary___xIC7G"), ("data-analytics-event", _GH_EVENT)])}>'
                f'<span class="Primer_Brand__Button-module__Button--label___lUBc0">Try GitHub Copilot free</span></a>')
        host, path, src = "github.com", "/", "GitHub homepage 'Try GitHub Copilot free' button (a[href='/github-copilot/pro'])"
    elif style == 1:
        html = (f'<div class="start-copilot-banner Box p-3 d-flex">{oct_}<div><h3 class="h5">Get started with GitHub Copilot</h3>'
                f'<p>Copilot Free includes 2,000 code completions and 50 chat messages a month.</p></div><a class="btn btn-primary" href="/settings/copilot">Start using Copilot Free</a></div>')
        host, path, src = "github.com", "/settings/copilot/features", "GitHub settings Copilot promo banner (.start-copilot-banner)"
    elif style == 2:
        html = (f'<div partial-name="copilot-assisted-review-upsell" class="Box-row">{oct_}<span>Get faster reviews with Copilot code review.</span>'
                f'<a href="/features/copilot/plans" class="Link--inTextBlock">Upgrade to Copilot Pro</a></div>')
        host, path, src = "github.com", f"/{rng.choice(('acme/api', 'octo-org/web'))}/pull/{rng.randint(2, 600)}", "GitHub PR reviewers Copilot upsell ([partial-name=copilot-assisted-review-upsell])"
    else:
        html = f'<a class="Button Button--primary" href="https://github.com/features/copilot">{oct_}<span>Try Copilot</span></a>'
        host, path, src = "github.blog", "/", "GitHub Blog header 'Try Copilot' button"
    return example(wrap(html, rng), page_url(host, rng, path), 1, KIND, src, lang="en",
                   context=_ctx_inline(rng, (140, 900), (36, 90)))


NOTION_AI = {
    "en": ("Try Notion AI for free", "You’ve used all your free AI responses", "Add Notion AI"),
    "de": ("Notion AI kostenlos testen", "Du hast alle kostenlosen KI-Antworten aufgebraucht", "Notion AI hinzufügen"),
    "fr": ("Essayez Notion AI gratuitement", "Vous avez utilisé toutes vos réponses IA gratuites", "Ajouter Notion AI"),
    "es": ("Prueba Notion AI gratis", "Has usado todas tus respuestas gratuitas de IA", "Añadir Notion AI"),
    "ja": ("Notion AIを無料で試す", "無料のAI回答をすべて使用しました", "Notion AIを追加"),
    "pt": ("Experimente o Notion AI gratuitamente", "Você usou todas as suas respostas de IA gratuitas", "Adicionar Notion AI"),
    "ko": ("Notion AI 무료 체험", "무료 AI 응답을 모두 사용했습니다", "Notion AI 추가"),
}


def _notion_ai_upsell(rng):
    lang = _lang(rng, NOTION_AI)
    tryit, used, add = NOTION_AI[lang]
    if rng.random() < 0.5:
        html = (f'<div role="alert" style="display: flex; align-items: center; gap: 8px; padding: 8px 12px; border-radius: 6px;">'
                f'<img alt="Notion AI Face" src="/images/notion-ai-face.svg" width="20" height="20"><div>{esc(used)}</div>'
                f'<div role="button" tabindex="0" style="color: rgb(35, 131, 226);">{esc(add)}</div></div>')
        src = "Notion 'out of free AI responses' upsell message (Notion AI Face icon)"
        ctx = _ctx_inline(rng, (420, 620), (40, 56))
    else:
        html = (f'<div class="notion-sidebar-ai-upsell" role="button" tabindex="0" style="display: flex; padding: 6px 10px;">'
                f'<img alt="Notion AI Face" src="/images/notion-ai-face.svg" width="18" height="18"><span>{esc(tryit)}</span></div>')
        src = "generic pattern modelled on Notion sidebar 'Try Notion AI' upsell"
        ctx = _ctx_inline(rng, (220, 260), (28, 32))
    return example(wrap(html, rng), page_url("www.notion.so", rng, f"/{rng.choice(('acme', 'team-kb'))}/{rng.randint(10**7, 10**8)}"),
                   1, KIND, src, lang=lang, context=ctx)


def _vendor_promo_banners(rng):
    which = rng.choice(("dropbox", "firefly", "gitlab", "grok", "yahoo", "baidu", "healio", "computerworld", "boldbi",
                        "powerautomate", "labs", "wordpress", "jimdo", "shopify"))
    lang = "en"
    if which == "dropbox":
        html = ('<div class="_banner_1ozs8_1"><a class="dwg-text" data-trackingid="dwg_banner_plank-b6fbc6399b__meet-dropbox-dash-your-new-ai-teammate--1" href="https://dash.dropbox.com/">'
                'Meet Dropbox Dash, your new AI teammate</a></div>')
        host, src = "www.dropbox.com", "Dropbox header 'Meet Dropbox Dash, your new AI teammate' banner"
    elif which == "firefly":
        html = ('<div class="promobar" data-block-status="loaded"><div class="promobar-content"><p>Create with Adobe Firefly: generate images from text in seconds.</p>'
                '<a class="con-button blue" href="https://firefly.adobe.com/">Try Firefly free</a></div></div>')
        host, src = "www.adobe.com", "Adobe.com promo bar for Adobe Firefly (.promobar)"
    elif which == "gitlab":
        html = ('<div class="banner"><p>See how agentic AI transforms software delivery.</p><a data-ga-name="transcend event" href="/events/transcend/">Watch GitLab Transcend now</a></div>')
        if rng.random() < 0.5:
            html = ('<div class="stacking-cards__card"><h3>GitLab Duo Agent Platform</h3><p>AI agents that plan, code and review alongside your team.</p>'
                    '<a data-ga-name="gitlab-duo" href="/gitlab-duo/">Try GitLab Duo free for 60 days</a></div>')
        host, src = "about.gitlab.com", "GitLab site AI promo banner / Duo card ([data-ga-name] gitlab-duo / transcend event)"
    elif which == "grok":
        lang = rng.choice(("en", "ja", "es", "pt", "fr"))
        if rng.random() < 0.5:
            html = ('<div data-testid="inlinePrompt" class="css-175oi2r r-kemksi"><span>Create epic videos in cinematic quality</span>'
                    '<div data-testid="inlinePrompt-primaryAction"><a href="https://grok.com/imagine" role="link" class="css-175oi2r r-sdzlij">Try Grok Imagine</a></div></div>')
            src = "X timeline Grok Imagine promo ([data-testid=inlinePrompt] → grok.com/imagine)"
        else:
            html = ('<div class="css-175oi2r"><div class="r-kemksi r-1ifxtd0"><aside role="complementary" aria-label="Grok Imagine">'
                    '<a href="https://grok.com/imagine?referring_page=home_sidebar_grok_promo"><span>Make videos in seconds</span><span>Try Grok Imagine</span></a></aside></div></div>')
            src = "X right sidebar Grok promo (aside → grok.com/imagine, home_sidebar_grok_promo)"
        host = "x.com"
    elif which == "yahoo":
        html = ('<div class="scoutPromo"><span>Try the new Yahoo Scout</span><p>Get AI answers with sources, right from search.</p><a href="https://scout.yahoo.com/">Try it</a></div>')
        host, src = "search.yahoo.com", "Yahoo search 'Try the new Yahoo Scout' promo (.scoutPromo)"
    elif which == "baidu":
        lang = "zh"
        html = ('<div class="panel-list_8jHmm"><a href="https://chat.baidu.com/">文心助手</a><span>有问题，问文心。AI 帮你写作、答疑、画图</span></div>')
        host, src = "www.baidu.com", "Baidu homepage Wenxin assistant promo (.panel-list_8jHmm)"
    elif which == "healio":
        html = ('<div id="healio-ai-banner"><strong>New:</strong> Ask Healio AI your clinical questions and get answers from our news archive. <a href="/ai">Try Healio AI</a></div>')
        host, src = "www.healio.com", "Healio 'Ask Healio AI' top banner (#healio-ai-banner)"
    elif which == "computerworld":
        html = ('<div class="section-block--announcementbar"><p>Our new AI-powered hybrid search answers your tech questions.</p><button class="reset-button" type="button">Try it!</button></div>')
        host, src = "www.computerworld.com", "Computerworld announcement bar for AI-powered search (.section-block--announcementbar)"
    elif which == "boldbi":
        html = ('<div class="new-feature-banner elementor-element-61515ce1"><span>New! AI-Powered Analytics — ask questions of your data in plain English.</span><a href="/ai-analytics/">Learn more</a></div>')
        host, src = "www.boldbi.com", "Bold BI sticky 'AI-Powered Analytics' banner (.new-feature-banner)"
    elif which == "powerautomate":
        html = ('<div><div><div data-automation-id="copilotBanner" class="ms-Stack"><h2>Create your automation with Copilot</h2>'
                '<textarea aria-label="Describe what you want to automate"></textarea><button class="ms-Button ms-Button--primary">Generate</button></div></div></div>')
        host, src = "make.powerautomate.com", "Power Automate home 'Create your automation with Copilot' banner ([data-automation-id=copilotBanner])"
    elif which == "labs":
        lang = rng.choice(("en", "de", "fr", "es", "ja", "pt", "it"))
        meet = {"en": "Meet AI Mode", "de": "Der KI-Modus ist da", "fr": "Découvrez le mode IA", "es": "Te presentamos el Modo IA",
                "ja": "AI モードのご紹介", "pt": "Conheça o Modo IA", "it": "Ecco la Modalità AI"}[lang]
        turn = {"en": "Turn on AI Mode", "de": "KI-Modus aktivieren", "fr": "Activer le mode IA", "es": "Activar el Modo IA",
                "ja": "AI モードをオンにする", "pt": "Ativar o Modo IA", "it": "Attiva la Modalità AI"}[lang]
        html = (f'<div class="aM0mz JObZef"><h2>{esc(meet)}</h2><div class="IfuKke ZkFQ1d" role="button" aria-label="{esc(turn)}">{esc(turn)}</div></div>')
        host, src = "labs.google.com", "Google Labs 'Meet AI Mode' promo (.aM0mz.JObZef, 'Turn on AI Mode')"
    elif which == "wordpress":
        html = ('<li class="x-nav--ai-website-builder-header"><a href="https://wordpress.com/ai-website-builder/">AI Website Builder <span class="x-badge">New</span></a></li>')
        host, src = "wordpress.com", "WordPress.com nav 'AI Website Builder' promo (.x-nav--ai-website-builder-header)"
    elif which == "jimdo":
        lang = rng.choice(("en", "de", "fr", "es", "it", "ja"))
        html = ('<section id="companion"><h2>Jimdo Companion</h2><p>Your AI business assistant builds your website, logo and legal texts for you.</p><a class="cta" href="/companion/">Start for free</a></section>')
        host, src = "www.jimdo.com", "Jimdo homepage 'Companion AI' promo (#companion)"
    else:
        html = ('<div class="hero-second-panel"><h3>Create a custom website with AI</h3><a data-component-name="ai-store-builder" href="/website/builder">Start free trial</a></div>')
        host, src = "www.shopify.com", "Shopify 'Create a custom website with AI' promo (data-component-name ai-store-builder)"
    return example(wrap(html, rng), page_url(host, rng, rng.choice(("/", "/home", "/search", "/features"))), 1, KIND, src,
                   lang=lang, context=_ctx_inline(rng, (240, 1300), (40, 200), y=rng.randint(0, 600)))


UNLOCK_AI = {
    "en": ("Unlock AI features", "Upgrade", "Write, summarize and brainstorm faster with {b}."),
    "de": ("KI-Funktionen freischalten", "Upgrade", "Mit {b} schneller schreiben, zusammenfassen und Ideen sammeln."),
    "fr": ("Débloquez les fonctionnalités d’IA", "Mettre à niveau", "Rédigez, résumez et trouvez des idées plus vite avec {b}."),
    "es": ("Desbloquea las funciones de IA", "Mejorar plan", "Escribe, resume y genera ideas más rápido con {b}."),
    "ja": ("AI 機能のロックを解除", "アップグレード", "{b} で文章作成、要約、アイデア出しをもっと速く。"),
    "pt": ("Desbloqueie os recursos de IA", "Fazer upgrade", "Escreva, resuma e tenha ideias mais rápido com {b}."),
    "it": ("Sblocca le funzionalità di IA", "Esegui l’upgrade", "Scrivi, riassumi e trova idee più velocemente con {b}."),
    "nl": ("Ontgrendel AI-functies", "Upgraden", "Schrijf, vat samen en brainstorm sneller met {b}."),
    "pl": ("Odblokuj funkcje AI", "Uaktualnij", "Pisz, streszczaj i generuj pomysły szybciej dzięki {b}."),
    "sv": ("Lås upp AI-funktioner", "Uppgradera", "Skriv, sammanfatta och brainstorma snabbare med {b}."),
    "ko": ("AI 기능 잠금 해제", "업그레이드", "{b}로 더 빠르게 쓰고, 요약하고, 아이디어를 얻으세요."),
    "zh": ("解锁 AI 功能", "升级", "使用 {b} 更快地写作、总结和构思。"),
}
SAAS_AI = (
    ("Slack AI", ("app.slack.com",)), ("AI Companion", ("zoom.us", "app.zoom.us")),
    ("GrammarlyGO", ("app.grammarly.com", "www.grammarly.com")), ("Magic Studio", ("www.canva.com",)),
    ("Rovo", ATLASSIAN), ("Miro AI", ("miro.com",)), ("Zendesk AI", ("acme-support.zendesk.com", "northwind.zendesk.com")),
    ("Box AI", ("app.box.com",)), ("Copilot", ("outlook.live.com", "www.office.com")),
    ("Einstein", ("acme.lightning.force.com",)), ("Acrobat AI Assistant", ("acrobat.adobe.com",)),
    ("LinkedIn Premium", ("www.linkedin.com",)), ("Figma AI", ("www.figma.com",)), ("Notion AI", ("www.notion.so",)),
)


def _saas_unlock_ai(rng):
    lang = _lang(rng, UNLOCK_AI)
    head, upg, body = UNLOCK_AI[lang]
    brand, hosts = rng.choice(SAAS_AI)
    host = rng.choice(hosts)
    style = rng.randrange(3)
    if style == 0:
        html = (f'<div{_attrs(rng, [("class", _cls(rng, "upsell-banner", "ai-upsell", obfuscate=0.5)), ("role", "region"), ("aria-label", head), ("data-qa", rng.choice(("ai_upsell_banner", None)))])}>'
                f'{_svg(rng, size=20)}<div><strong>{esc(head)}</strong><p>{esc(body.format(b=brand))}</p></div>'
                f'<button type="button" class="{hashed_class(rng)}">{esc(upg)}</button><button type="button" aria-label="{esc(_tr(DISMISS, lang))}">×</button></div>')
        src, ctx = f"generic pattern: in-app '{brand}' upgrade banner ('Unlock AI features')", _ctx_inline(rng, (600, 1100), (56, 90))
    elif style == 1:
        html = (f'<div{_attrs(rng, [("role", "dialog"), ("aria-modal", "true"), ("aria-label", head), ("class", _cls(rng, "paywall-modal", obfuscate=0.5))])}>'
                f'<div class="{hashed_class(rng)}">{_svg(rng, size=40)}</div><h2>{esc(head)}</h2><p>{esc(body.format(b=brand))}</p>'
                f'<a class="btn btn-primary" href="/pricing">{esc(upg)}</a></div>')
        src, ctx = f"generic pattern: '{brand}' paywall modal shown when an AI feature is clicked", _ctx_overlay(rng, (380, 520), (280, 420))
    else:
        html = (f'<a{_attrs(rng, [("href", "/upgrade?feature=ai"), ("class", _cls(rng, "nav-upgrade", "pill", obfuscate=0.5)), ("aria-label", f"{upg}: {brand}")])}>'
                f'{_svg(rng, size=14)}<span>{esc(upg)}</span><span class="{hashed_class(rng)}">{esc(brand)}</span></a>')
        src, ctx = f"generic pattern: header '{upg} — {brand}' pill", _ctx_inline(rng, (120, 200), (28, 32), y=8)
    return example(wrap(html, rng), page_url(host, rng), 1, KIND, src, lang=lang, context=ctx)


SITE_AI_PROMO = {
    "en": ("New: our AI shopping assistant", "Get product advice in seconds — ask anything.", "Try it now"),
    "de": ("Neu: unser KI-Einkaufsassistent", "Produktberatung in Sekunden – fragen Sie einfach.", "Jetzt ausprobieren"),
    "fr": ("Nouveau : notre assistant shopping IA", "Des conseils produits en quelques secondes.", "Essayer maintenant"),
    "es": ("Nuevo: nuestro asistente de compras con IA", "Recibe recomendaciones en segundos.", "Pruébalo ahora"),
    "ja": ("新登場：AIショッピングアシスタント", "商品選びの相談が数秒で。", "今すぐ試す"),
    "pt": ("Novo: nosso assistente de compras com IA", "Receba recomendações em segundos.", "Experimente agora"),
    "it": ("Novità: il nostro assistente acquisti con IA", "Consigli sui prodotti in pochi secondi.", "Provalo ora"),
    "nl": ("Nieuw: onze AI-winkelassistent", "Productadvies in een paar seconden.", "Probeer het nu"),
    "pl": ("Nowość: nasz asystent zakupowy AI", "Porady dotyczące produktów w kilka sekund.", "Wypróbuj teraz"),
    "sv": ("Nyhet: vår AI-shoppingassistent", "Produktråd på några sekunder.", "Testa nu"),
    "ko": ("신규: AI 쇼핑 어시스턴트", "몇 초 만에 상품 추천을 받아보세요.", "지금 사용해 보기"),
    "zh": ("新功能：AI 购物助手", "几秒钟获得商品建议。", "立即试用"),
}


def _site_ai_promo(rng):
    lang = _lang(rng, SITE_AI_PROMO)
    host = _host(rng, lang)
    head, body, cta = SITE_AI_PROMO[lang]
    style = rng.randrange(3)
    if style == 0:
        html = (f'<div{_attrs(rng, [("class", _cls(rng, "announcement-bar", "promo-strip", obfuscate=0.4)), ("role", "region"), ("aria-label", head)])}>'
                f'{_svg(rng, size=16)}<span><strong>{esc(head)}</strong> {esc(body)}</span><a href="/assistant">{esc(cta)}</a>'
                f'<button type="button" aria-label="{esc(_tr(CLOSE, lang))}" class="{hashed_class(rng)}">×</button></div>')
        src, ctx = "generic pattern: site-wide top bar promoting the site's new AI assistant", _ctx_inline(rng, (1200, 1920), (36, 48), y=0)
    elif style == 1:
        html = (f'<div{_attrs(rng, [("class", _cls(rng, "promo-card", "ai-promo", obfuscate=0.5)), ("data-promo-id", rng.choice(("ai-assistant-launch", "genai-2026", None)))])}>'
                f'<span class="badge">AI</span><h3>{esc(head)}</h3><p>{esc(body)}</p><a class="btn" href="/assistant">{esc(cta)}</a></div>')
        src, ctx = "generic pattern: in-page promo card advertising an AI assistant", _ctx_inline(rng, (280, 420), (160, 260))
    else:
        html = (f'<div{_attrs(rng, [("class", _cls(rng, "toast", "promo-toast", obfuscate=0.5)), ("role", "status")])}>'
                f'{_svg(rng, size=18)}<p>{esc(head)} — {esc(body)}</p><a href="/assistant">{esc(cta)}</a></div>')
        src, ctx = "generic pattern: corner toast promoting an AI assistant", _ctx_corner(rng, rng.choice(("bl", "br")), (300, 360), (56, 90))
    return example(wrap(html, rng), page_url(host, rng), 1, KIND, src, lang=lang, context=ctx)


AI_CREDITS = {
    "en": ("You have {n} AI credits left this month.", "Get unlimited AI"),
    "de": ("Du hast diesen Monat noch {n} KI-Credits.", "Unbegrenzte KI holen"),
    "fr": ("Il vous reste {n} crédits IA ce mois-ci.", "Passer à l’IA illimitée"),
    "es": ("Te quedan {n} créditos de IA este mes.", "Obtener IA ilimitada"),
    "ja": ("今月の AI クレジットは残り {n} です。", "AI を無制限に使う"),
    "pt": ("Você tem {n} créditos de IA restantes este mês.", "Obter IA ilimitada"),
    "it": ("Ti restano {n} crediti IA questo mese.", "Ottieni IA illimitata"),
    "nl": ("Je hebt deze maand nog {n} AI-tegoeden.", "Onbeperkt AI"),
    "pl": ("W tym miesiącu zostało Ci {n} kredytów AI.", "Uzyskaj nielimitowane AI"),
    "sv": ("Du har {n} AI-krediter kvar den här månaden.", "Få obegränsad AI"),
}


def _ai_credits_meter(rng):
    lang = _lang(rng, AI_CREDITS)
    brand, hosts = rng.choice(SAAS_AI)
    msg, cta = AI_CREDITS[lang]
    n = rng.randint(0, 20)
    html = (f'<div{_attrs(rng, [("class", _cls(rng, "ai-credits", "usage-meter", obfuscate=0.5)), ("role", "status"), ("data-testid", rng.choice(("ai-credits-meter", None)))])}>'
            f'{_svg(rng, size=14)}<span>{esc(msg.format(n=n))}</span><progress max="20" value="{n}"></progress>'
            f'<a href="/pricing" class="{hashed_class(rng)}">{esc(cta)}</a></div>')
    return example(wrap(html, rng), page_url(rng.choice(hosts), rng), 1, KIND,
                   f"generic pattern: AI credits meter with upgrade link ({brand}-style)", lang=lang,
                   context=_ctx_inline(rng, (240, 400), (36, 60)))


TEMPLATES = (
    _microsoft_copilot_promo, _google_ai_upsell, _github_copilot_upsell, _notion_ai_upsell,
    _vendor_promo_banners, _saas_unlock_ai, _site_ai_promo, _ai_credits_meter,
    _vendor_promo_banners, _saas_unlock_ai, _site_ai_promo, _microsoft_copilot_promo, _google_ai_upsell,
    _vendor_promo_banners,
)


def examples():
    return _run("pos_app_upsell", TEMPLATES, 110)
