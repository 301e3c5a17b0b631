"""Positives from consumer apps in the long tail: social, messaging, learning,
jobs, media and assistants (Medium, Substack, Pinterest, TikTok, Snapchat My
AI, Discord, Telegram, Instagram Meta AI search, Quizlet, Duolingo Max,
Khanmigo, Coursera Coach, Chegg, LinkedIn job match, Indeed, Glassdoor,
Spotify DJ, YouTube "Ask", Google Photos "Ask Photos", Google Maps "Ask
Maps", Alexa+, Siri). Generic patterns modelled on each product's visible
widget."""
from corpus.common import esc, example, hashed_class
from corpus.sources.pos_longtail_search import (
    AI_ASSISTANT, AI_GENERATED, AI_MISTAKES, AI_SUMMARY, ASK_ANYTHING, BETA, CHAT_AI, CLOSE, GOT_IT, MEET,
    NEW, SEND, SUMMARIZE, T, TRY_FREE, UPGRADE, _a, _cx, _icon, _lang, _t, _tid, _url, _wrap,
    answer, cx_box, cx_fixed, cx_inline, run,
)

TUTOR_BODY = _t("Stuck on a problem? Your AI tutor explains it step by step.",
                "Kommst du nicht weiter? Dein KI-Tutor erklärt es Schritt für Schritt.",
                "Bloqué sur un exercice ? Votre tuteur IA vous explique tout, étape par étape.",
                "¿Atascado en un problema? Tu tutor de IA te lo explica paso a paso.",
                "Travou em um exercício? Seu tutor de IA explica passo a passo.",
                "Bloccato su un esercizio? Il tuo tutor IA te lo spiega passo dopo passo.",
                "問題でつまずいたら、AIチューターがステップごとに解説します。",
                "Vast bij een opgave? Je AI-tutor legt het stap voor stap uit.",
                "Utknąłeś na zadaniu? Twój korepetytor AI wyjaśni je krok po kroku.",
                "문제가 막히셨나요? AI 튜터가 단계별로 설명해 드려요.",
                "遇到难题？AI 导师会一步步为你讲解。",
                "Fastnat på en uppgift? Din AI-handledare förklarar steg för steg.")


def _medium_substack(rng):
    lang = "en"
    host = rng.choice(("medium.com", "towardsdatascience.com", "www.substack.com", "newsletter.pragmaticdev.com", "acme.substack.com"))
    if "medium" in host or "towards" in host:
        html = (f'<div{_a(rng, [("class", "pw-ai-summary " + _cx(rng, "Md", "ab", "ca")), ("data-testid", "storyAiSummary")])}>'
                f'<h4 class="be b bf z">{_icon(rng, "sparkle", 16)}Summary</h4><p class="be b">{esc(rng.choice(("The author walks through migrating a monolith to services in small steps, arguing that data ownership, not code, is the hard part.", "A practical look at caching strategies, with the takeaway that most teams should start with a read-through cache and clear TTLs.")))}</p>'
                f'<span class="be b dt">AI-generated summary</span></div>')
        kind, src = "ai_summary_block", "generic pattern modelled on Medium story AI summary (short atomic class names, pw-* prefix)"
    else:
        html = (f'<div{_a(rng, [("class", "pencraft pc-display-flex pc-gap-8 " + _cx(rng, "Ss", "ai-writing-helper")), ("role", "button"), ("aria-label", "Writing assistant")])}>'
                f'{_icon(rng, "wand", 16)}<span class="pencraft pc-reset">Improve draft with AI</span></div>')
        kind, src = "ai_compose_button", "generic pattern modelled on Substack editor AI writing helper (pencraft pc-* classes)"
    return example(_wrap(html, rng), _url(rng, host, ("/p/why-we-moved-off-kubernetes", "/@jdoe/the-cache-is-lying-2b1c", "/publish/post/1442")),
                   1, kind, src, lang=lang, context=cx_inline(rng, (40, 700), (32, 200)))


def _pinterest_tiktok(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "ko"))
    host = rng.choice(("www.pinterest.com", "www.tiktok.com"))
    if "pinterest" in host:
        lab = T(_t("Ask Pinterest Assistant", "Pinterest Assistant fragen", "Demander à l’Assistant Pinterest", "Preguntar al Asistente de Pinterest",
                   "Perguntar ao Assistente do Pinterest", "Chiedi all’Assistente Pinterest", "Pinterestアシスタントに質問", "", "", "Pinterest 어시스턴트에게 질문"), lang)
        html = (f'<div{_a(rng, [("class", "Jea XiG gjz zI7 iyn Hsu " + hashed_class(rng)), ("data-test-id", "pinterest-assistant-entry"), ("role", "button"), ("aria-label", lab)])}>'
                f'{_icon(rng, "sparkles", 20, "gUZ U9O kVc")}<div class="tBJ dyH iFc">{esc(lab)}</div></div>')
    else:
        lab = T(_t("Ask TikTok AI", "TikTok-KI fragen", "Demander à l’IA TikTok", "Pregunta a la IA de TikTok", "Pergunte à IA do TikTok",
                   "Chiedi all’IA di TikTok", "TikTok AIに質問", "", "", "TikTok AI에게 질문"), lang)
        html = (f'<div{_a(rng, [("class", "css-" + hashed_class(rng)[-6:] + "-DivAiSearchEntry e1" + hashed_class(rng)[-5:] + "0"), ("data-e2e", "search-ai-entry"), ("role", "link")])}>'
                f'{_icon(rng, "spark4", 16)}<p class="css-1x7rk2-PText">{esc(lab)}</p></div>')
    return example(_wrap(html, rng), _url(rng, host, ("/search/", "/ideas/", "/explore", "/@cooking/video/73881")), 1, "ai_search_widget",
                   "generic pattern modelled on Pinterest (Gestalt short classes) / TikTok (emotion css-*-Div names, data-e2e) AI search entries",
                   lang=lang, context=cx_inline(rng, (140, 360), (32, 48)))


def _snapchat_my_ai(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "nl", "pl", "sv"))
    sub = T(_t("Chat with My AI", "Mit My AI chatten", "Discute avec My AI", "Chatea con My AI", "Converse com My AI", "Chatta con My AI",
               "My AIとチャット", "Chat met My AI", "Czatuj z My AI", "", "", "Chatta med My AI"), lang)
    html = (f'<div{_a(rng, [("class", "O4POs " + _cx(rng, "Ch", "chat-list-item", "my-ai-pinned")), ("role", "listitem"), ("aria-label", "My AI")])}>'
            f'<div class="RbA83"><img src="https://cf-st.sc-cdn.net/aps/bolt/my-ai-avatar.png" alt="My AI" width="40" height="40"></div>'
            f'<div class="FiLwP"><span class="nonIntl">My AI</span><span class="GQKvA">{esc(sub)}</span></div>'
            f'<span class="{hashed_class(rng)}">{_icon(rng, "sparkle", 12)}</span></div>')
    return example(_wrap(html, rng), _url(rng, "web.snapchat.com", ("/", "/chat")), 1, "ai_chat_launcher",
                   "generic pattern modelled on Snapchat web pinned 'My AI' chat entry (short hashed classes)", lang=lang,
                   context=cx_inline(rng, (280, 360), (56, 72)))


def _discord_telegram(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "ko", "pl"))
    host = rng.choice(("discord.com", "web.telegram.org"))
    if "discord" in host:
        html = (f'<div{_a(rng, [("class", "summariesButton_a5b9ac clickable_f9f2ca " + _cx(rng, "Dc", "iconWrapper")), ("role", "button"), ("aria-label", T(_t("Summaries", "Zusammenfassungen", "Résumés", "Resúmenes", "要約", "Resumos", "Riepiloghi", "", "", "요약"), lang)), ("tabindex", "0")])}>'
                f'{_icon(rng, "sparkles", 24, "icon_e1ef3c")}<span class="{hashed_class(rng)}">AI</span></div>')
        kind = "ai_summary_block"
    else:
        html = (f'<div{_a(rng, [("class", "ListItem chat-item-clickable " + _cx(rng, "Tg", "ai-bot-suggestion")), ("role", "button")])}>'
                f'<div class="Avatar">🤖</div><div class="info"><div class="title">{esc(T(AI_ASSISTANT, lang))}</div>'
                f'<div class="subtitle">{esc(T(CHAT_AI, lang))} · bot</div></div></div>')
        kind = "ai_chat_launcher"
    return example(_wrap(html, rng), _url(rng, host, ("/channels/8812/9912", "/a/", "/k/")), 1, kind,
                   "generic pattern modelled on Discord channel AI summaries button (module-hashed class names) / Telegram AI bot suggestion",
                   lang=lang, context=cx_inline(rng, (24, 360), (24, 64)))


def _instagram_meta_ai(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "nl", "pl", "ko", "zh", "sv"))
    ph = T(_t("Ask Meta AI or Search", "Meta AI fragen oder suchen", "Demander à Meta AI ou rechercher", "Pregunta a Meta AI o busca",
              "Pergunte à Meta AI ou pesquise", "Chiedi a Meta AI o cerca", "Meta AIに質問または検索", "Vraag Meta AI of zoek",
              "Zapytaj Meta AI lub wyszukaj", "Meta AI에게 묻거나 검색", "询问 Meta AI 或搜索", "Fråga Meta AI eller sök"), lang)
    html = (f'<div{_a(rng, [("class", "x1n2onr6 x6s0dn4 x78zum5 x1q0g3np " + hashed_class(rng)), ("role", "search")])}>'
            f'<div class="x1i10hfl x6umtig"><img src="https://static.cdninstagram.com/rsrc.php/meta-ai-ring.png" alt="Meta AI" width="20" height="20"></div>'
            f'<input aria-label="{esc(ph)}" placeholder="{esc(ph)}" class="x1lugfcp x19g9edo" type="text"></div>')
    return example(_wrap(html, rng), _url(rng, rng.choice(("www.instagram.com", "www.instagram.com", "www.messenger.com", "web.whatsapp.com")), ("/explore/", "/direct/inbox/", "/", "/t/88121")),
                   1, "ai_search_widget", "generic pattern modelled on Instagram/Messenger search bar 'Ask Meta AI or Search' (atomic x* classes)",
                   lang=lang, context=cx_inline(rng, (260, 400), (36, 44)))


def _quizlet_chegg(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "nl", "pl"))
    host = rng.choice(("quizlet.com", "www.chegg.com", "www.coursehero.com", "brainly.com", "www.studocu.com"))
    brand = {"quizlet.com": "Quizlet AI", "www.chegg.com": "Chegg Study AI", "www.coursehero.com": "AI Homework Help",
             "brainly.com": "Brainly AI", "www.studocu.com": "Studocu AI"}[host]
    html = (f'<div{_a(rng, [("class", _cx(rng, "St", "ai-tutor-upsell", "paywall-card")), ("role", "region"), ("aria-label", brand), _tid(rng, "ai-tutor-upsell")])}>'
            f'<span class="pill">{_icon(rng, "sparkles", 14)}{esc(brand)}</span><h3>{esc(T(TRY_FREE, lang).format(b=brand))}</h3>'
            f'<p>{esc(T(TUTOR_BODY, lang))}</p><a class="btn" href="/upgrade">{esc(T(UPGRADE, lang))}</a></div>')
    return example(_wrap(html, rng), _url(rng, host, ("/study-guides/cell-biology", "/homework-help/questions-and-answers/", "/question/44123", "/en-us/document/1")),
                   1, "ai_upsell", "generic pattern modelled on study sites' AI tutor upsell cards (Quizlet, Chegg, Course Hero, Brainly, Studocu)",
                   lang=lang, context=cx_inline(rng, (280, 640), (140, 240)))


def _duolingo_khan_coursera(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "ko", "zh"))
    host = rng.choice(("www.duolingo.com", "www.khanacademy.org", "www.coursera.org", "www.udemy.com", "www.edx.org"))
    brand = {"www.duolingo.com": "Explain My Answer", "www.khanacademy.org": "Khanmigo", "www.coursera.org": "Coursera Coach",
             "www.udemy.com": "AI Assistant", "www.edx.org": "Xpert"}[host]
    style = rng.randrange(2)
    if style == 0:
        html = (f'<button{_a(rng, [("class", _cx(rng, "Ed", "_2NolF", "ai-coach-button")), ("data-test", "ai-coach-entry"), ("aria-label", brand)])}>'
                f'{_icon(rng, rng.choice(("sparkles", "bot")), 18)}<span>{esc(brand)}</span></button>')
        kind, ctx = ("ai_chat_launcher" if host != "www.duolingo.com" else "ai_upsell"), cx_fixed(rng, "br", (48, 180))
    else:
        html = (f'<div{_a(rng, [("role", "dialog"), ("aria-label", brand), ("class", _cx(rng, "Ed", "coach-panel"))])}>'
                f'<header>{_icon(rng, "bot", 18)}<b>{esc(brand)}</b><span>{esc(T(BETA, lang))}</span><button aria-label="{esc(T(CLOSE, lang))}">×</button></header>'
                f'<div class="msg bot">{esc(T(TUTOR_BODY, lang))}</div>'
                f'<div class="chips"><button>{esc(T(SUMMARIZE, lang))}</button><button>Quiz me</button></div>'
                f'<textarea placeholder="{esc(T(ASK_ANYTHING, lang))}"></textarea></div>')
        kind, ctx = "ai_chat_panel", cx_box(rng, (340, 420), (420, 600), corner="br")
    return example(html, _url(rng, host, ("/learn", "/math/algebra/x2f8bb11595b61c86", "/learn/machine-learning/lecture/3", "/course/python-bootcamp/learn/")),
                   1, kind, "generic pattern modelled on learning platforms' AI tutor/coach (Khanmigo, Coursera Coach, Duolingo Max, edX Xpert)",
                   lang=lang, context=ctx)


def _jobs_ai(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "pt", "it", "nl", "ja"))
    host = rng.choice(("www.linkedin.com", "www.indeed.com", "de.indeed.com", "www.glassdoor.com", "www.stepstone.de", "www.ziprecruiter.com"))
    style = rng.randrange(3)
    if style == 0:
        html = (f'<div{_a(rng, [("class", "job-details-fit-level-card artdeco-card " + hashed_class(rng)), ("data-view-name", "job-match-ai")])}>'
                f'<h2 class="t-16 t-bold">{_icon(rng, "sparkle", 16)}{esc(T(_t("Am I a good fit for this job?", "Passe ich gut zu dieser Stelle?", "Suis-je un bon candidat pour ce poste ?", "¿Encajo en este empleo?", "Sou uma boa opção para esta vaga?", "Sono adatto per questo lavoro?", "この求人に合っていますか？", "Pas ik bij deze vacature?"), lang))}</h2>'
                f'<p>{esc(T(_t("Get AI-powered advice on this job and more exclusive features with Premium.", "Erhalte KI-gestützte Tipps zu dieser Stelle und weitere exklusive Premium-Funktionen.", "Obtenez des conseils générés par l’IA sur ce poste avec Premium.", "Obtén consejos con IA sobre este empleo con Premium.", "Receba dicas com IA sobre esta vaga com o Premium.", "Ricevi consigli basati sull’IA con Premium.", "PremiumでAIによるアドバイスを入手", "Krijg AI-advies over deze vacature met Premium."), lang))}</p>'
                f'<button class="artdeco-button artdeco-button--premium">{esc(T(TRY_FREE, lang).format(b="Premium"))}</button></div>')
        kind = "ai_upsell"
    elif style == 1:
        html = (f'<div{_a(rng, [("class", _cx(rng, "Jb", "css-" + hashed_class(rng)[-5:], "eu4oa1w0")), ("data-testid", "ai-job-summary")])}>'
                f'<h3>{esc(T(AI_SUMMARY, lang))}</h3><ul><li>Hybrid, 3 days on site</li><li>Python, SQL, dbt</li><li>Salary band shown in posting</li></ul>'
                f'<small>{esc(T(AI_GENERATED, lang))}</small></div>')
        kind = "ai_summary_block"
    else:
        html = (f'<button{_a(rng, [("class", _cx(rng, "Jb", "ai-cover-letter-btn")), ("type", "button"), _tid(rng, "ai-cover-letter")])}>'
                f'{_icon(rng, "wand", 16)}{esc(T(_t("Write cover letter with AI", "Anschreiben mit KI erstellen", "Rédiger la lettre de motivation avec l’IA", "Escribir carta de presentación con IA", "Escrever carta de apresentação com IA", "Scrivi lettera di presentazione con l’IA", "AIでカバーレターを作成", "Motivatiebrief schrijven met AI"), lang))}</button>')
        kind = "ai_compose_button"
    return example(_wrap(html, rng), _url(rng, host, ("/jobs/view/3881221", "/viewjob", "/job-listing/data-engineer-JV_IC1147401", "/stellenangebote--Data-Engineer")),
                   1, kind, "generic pattern modelled on job sites' AI features (LinkedIn job match Premium upsell, Indeed AI summary, AI cover letter)",
                   lang=lang, context=cx_inline(rng, (160, 640), (36, 220)))


def _spotify_youtube(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "nl", "pl", "ko", "zh", "sv"))
    host = rng.choice(("open.spotify.com", "www.youtube.com", "music.youtube.com"))
    if "spotify" in host:
        html = (f'<div{_a(rng, [("data-testid", "dj-entrypoint"), ("class", "Card " + _cx(rng, "Sp", "encore-text"))])}>'
                f'<div class="dj-art" aria-hidden="true"></div><span class="encore-text encore-text-title-small">DJ</span>'
                f'<span class="encore-text encore-text-body-small">{esc(T(_t("Your personal AI DJ", "Dein persönlicher KI-DJ", "Votre DJ IA personnel", "Tu DJ personal con IA", "Seu DJ pessoal com IA", "Il tuo DJ personale IA", "あなた専用のAI DJ", "Je persoonlijke AI-dj", "Twój osobisty DJ AI", "나만의 AI DJ", "你的专属 AI DJ", "Din personliga AI-dj"), lang))}</span>'
                f'<span class="badge">{esc(T(BETA, lang))}</span></div>')
        kind = "ai_upsell"
    else:
        lab = T(_t("Ask", "Fragen", "Demander", "Preguntar", "Perguntar", "Chiedi", "質問", "Vragen", "Zapytaj", "질문하기", "提问", "Fråga"), lang)
        html = (f'<yt-button-view-model{_a(rng, [("class", "ytd-menu-renderer you-chat-entry-point-button")])}><button-view-model class="yt-spec-button-view-model">'
                f'<button class="yt-spec-button-shape-next yt-spec-button-shape-next--tonal yt-spec-button-shape-next--mono yt-spec-button-shape-next--size-m" aria-label="{esc(lab)}" title="{esc(lab)}">'
                f'<div class="yt-spec-button-shape-next__icon">{_icon(rng, "spark4", 24)}</div><div class="yt-spec-button-shape-next__button-text-content">{esc(lab)}</div></button></button-view-model></yt-button-view-model>')
        kind = "ai_chat_launcher"
    return example(html, _url(rng, host, ("/", "/watch", "/playlist", "/search")), 1, kind,
                   "generic pattern modelled on Spotify DJ card (encore classes) / YouTube watch-page 'Ask' button (yt-spec-button-shape-next)",
                   lang=lang, context=cx_inline(rng, (80, 300), (36, 200)))


def _google_photos_maps(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "pt", "it", "nl", "pl", "ko", "zh", "sv"))
    host = rng.choice(("photos.google.com", "www.google.com"))
    if "photos" in host:
        lab = T(_t("Ask Photos", "Fotos fragen", "Demander à Photos", "Preguntar a Fotos", "Perguntar ao Fotos", "Chiedi a Foto", "フォトに質問",
                   "Vraag het Foto's", "Zapytaj Zdjęcia", "포토에 질문하기", "询问相册", "Fråga Foton"), lang)
        html = (f'<div{_a(rng, [("class", "VfPpkd-LgbsSe VfPpkd-LgbsSe-OWXEXe-INsAgc " + hashed_class(rng)), ("role", "button"), ("aria-label", lab), ("jsname", "Ask" + hashed_class(rng)[-3:]), ("data-tooltip", lab)])}>'
                f'{_icon(rng, "spark4", 20)}<span class="VfPpkd-vQzf8d">{esc(lab)}</span></div>')
        path, src = "/search", "generic pattern modelled on Google Photos 'Ask Photos' (Material VfPpkd-LgbsSe button, jsname)"
        kind = "ai_search_widget"
    else:
        lab = T(_t("Ask Maps about this place", "Maps zu diesem Ort fragen", "Demander à Maps à propos de ce lieu", "Preguntar a Maps sobre este lugar",
                   "Perguntar ao Maps sobre este lugar", "Chiedi a Maps su questo luogo", "この場所についてマップに質問", "Vraag Maps over deze plek",
                   "Zapytaj Mapy o to miejsce", "이 장소에 대해 지도에 묻기", "向地图询问此地点", "Fråga Maps om platsen"), lang)
        html = (f'<button{_a(rng, [("class", "g88MCb S9kvJb " + hashed_class(rng)), ("aria-label", lab), ("jsaction", "pane.askMaps"), ("data-value", "Ask")])}>'
                f'<span class="DVeyrd">{_icon(rng, "spark4", 18)}</span><span class="Cw1rxd">{esc(lab)}</span></button>')
        path, src = "/maps/place/Caf%C3%A9+Central/", "generic pattern modelled on Google Maps place-pane 'Ask Maps' Gemini button (jsaction)"
        kind = "ai_search_widget"
    return example(_wrap(html, rng), _url(rng, host, path), 1, kind, src, lang=lang, context=cx_inline(rng, (120, 300), (36, 44)))


def _alexa_siri_promo(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "ja", "it", "pt"))
    brand = rng.choice(("Alexa+", "Apple Intelligence", "Gemini Live", "Bixby"))
    host = {"Alexa+": rng.choice(("www.amazon.com", "www.amazon.de", "alexa.amazon.com")), "Apple Intelligence": "www.apple.com",
            "Gemini Live": "store.google.com", "Bixby": "www.samsung.com"}[brand]
    html = (f'<div{_a(rng, [("class", _cx(rng, "Promo", "hero-promo", "ai-hero")), ("role", "region"), ("aria-label", brand), _tid(rng, "ai-hero-promo")])}>'
            f'<p class="eyebrow">{esc(T(NEW, lang))}</p><h2>{esc(T(MEET, lang).format(b=brand))}</h2>'
            f'<a class="cta" href="/ai">{esc(T(TRY_FREE, lang).format(b=brand))}</a></div>')
    return example(_wrap(html, rng), _url(rng, host, ("/", "/alexa-plus", "/apple-intelligence/", "/us/")), 1, "ai_upsell",
                   "generic pattern modelled on assistant vendors' 'Meet <assistant>' promo heroes (Alexa+, Apple Intelligence, Gemini Live)",
                   lang=lang, context=cx_inline(rng, (600, 1400), (200, 500)))


def _social_ai_onboarding(rng):
    lang = _lang(rng)
    host = rng.choice(("www.linkedin.com", "www.pinterest.com", "www.reddit.com", "www.tumblr.com", "x.com", "bsky.app", "www.threads.net",
                       "www.quora.com", "www.goodreads.com", "www.strava.com", "www.vinted.fr", "www.depop.com"))
    feat = T(_t("AI replies", "KI-Antworten", "Réponses IA", "Respuestas con IA", "Respostas com IA", "Risposte IA", "AI返信",
                "AI-antwoorden", "Odpowiedzi AI", "AI 답장", "AI 回复", "AI-svar"), lang)
    html = (f'<div{_a(rng, [("role", "dialog"), ("aria-modal", "false"), ("class", _cx(rng, "Coach", "coachmark", "coachmark--ai")), _tid(rng, "ai-coachmark")])}>'
            f'<span class="coachmark__badge">{esc(T(NEW, lang))}</span><strong>{esc(feat)}</strong>'
            f'<p>{esc(T(_t("Tap the sparkle to get suggested replies written by AI.", "Tippe auf das Funkeln, um KI-Antwortvorschläge zu erhalten.", "Touchez l’étincelle pour obtenir des réponses suggérées par l’IA.", "Toca el destello para ver respuestas sugeridas por IA.", "Toque no brilho para ver respostas sugeridas pela IA.", "Tocca la scintilla per ricevere risposte suggerite dall’IA.", "きらめきアイコンをタップするとAIが返信を提案します。", "Tik op de sparkle voor door AI voorgestelde antwoorden.", "Dotknij iskierki, aby zobaczyć odpowiedzi sugerowane przez AI.", "반짝이 아이콘을 누르면 AI가 답장을 제안해요.", "点按闪光图标即可获得 AI 建议的回复。", "Tryck på gnistan för att få svarsförslag från AI."), lang))}</p>'
            f'<button class="coachmark__cta">{esc(T(GOT_IT, lang))}</button></div>')
    return example(html, _url(rng, host, ("/messaging/", "/notifications", "/home", "/")), 1, "ai_onboarding",
                   "generic pattern: social app coachmark introducing AI-suggested replies", lang=lang,
                   context=cx_box(rng, (240, 320), (120, 200), pos="absolute"))


def _assistant_chat_panel(rng):
    lang = _lang(rng)
    host = rng.choice(("www.pinterest.com", "www.tiktok.com", "www.duolingo.com", "www.spotify.com", "web.snapchat.com", "www.vinted.de",
                       "www.booking.com", "www.airbnb.com", "www.zillow.com", "www.ticketmaster.com", "www.strava.com", "www.goodreads.com"))
    name = rng.choice(("Assistant", "AI", "Helper", "Genie", "Sage", "Buddy"))
    html = (f'<section{_a(rng, [("class", _cx(rng, "Chat", "assistant-sheet", "is-open")), ("role", "dialog"), ("aria-label", f"{name} – {T(AI_ASSISTANT, lang)}")])}>'
            f'<header class="{_cx(rng, "Chat", "sheet-header")}"><span>{_icon(rng, "sparkles", 16)}{esc(name)}</span><span class="tag">AI</span>'
            f'<button aria-label="{esc(T(CLOSE, lang))}">{_icon(rng, "close", 16)}</button></header>'
            f'<ol class="{_cx(rng, "Chat", "messages")}"><li class="from-ai">{esc(answer(rng, lang))}</li></ol>'
            f'<form><input placeholder="{esc(T(ASK_ANYTHING, lang))}"><button type="submit" aria-label="{esc(T(SEND, lang))}">{_icon(rng, "send", 16)}</button></form>'
            f'<p class="fine-print">{esc(T(AI_MISTAKES, lang))}</p></section>')
    return example(html, _url(rng, host, ("/", "/messages", "/app", "/trips")), 1, "ai_chat_panel",
                   "generic pattern: consumer app AI assistant bottom sheet / chat panel with disclaimer", lang=lang,
                   context=cx_box(rng, (360, 440), (480, 700), corner="br"))


def examples():
    return run("pos_longtail_social", [
        _medium_substack, _pinterest_tiktok, _snapchat_my_ai, _discord_telegram, _instagram_meta_ai, _quizlet_chegg,
        _duolingo_khan_coursera, _jobs_ai, _spotify_youtube, _google_photos_maps, _alexa_siri_promo, _social_ai_onboarding,
        _assistant_chat_panel,
    ], 7)
