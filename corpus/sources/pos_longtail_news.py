"""Positives from news and reference sites: AI-generated article summaries
and "key points" boxes in many languages ("Zusammenfassung (KI-generiert)",
"Résumé généré par IA", "Resumen generado por IA", "AI要約", "AI 요약",
"AI摘要"...), "Ask the newsroom's AI" widgets (modelled on Ask FT, Ask The
Post AI, Forbes Adelaide, Time AI), AI summary buttons, encyclopedia-style
AI summary experiments, and "new: AI summaries" notices. Generic patterns
modelled on what those publishers show."""
from corpus.common import esc, example
from corpus.sources.pos_longtail_search import (
    AI_GENERATED, AI_MISTAKES, AI_SUMMARY, ASK_AI, ASK_ANYTHING, BETA, CLOSE, GOT_IT, KEY_POINTS, NEW, T,
    TRY_IT, _a, _cx, _icon, _lang, _site, _t, _tid, _tw, _url, _wrap, cx_box, cx_inline, run,
)

NEWS_SITES = {
    "en": ("www.eveningpost-news.com", "www.riverbendtimes.com", "www.capitolwire.org", "www.thecoastline.co.uk",
           "www.prairiejournal.ca", "www.harbourherald.com.au", "www.dailyledger.news", "www.metrotribune.org"),
    "de": ("www.rheinpfalz-bote.de", "www.tagesblick.at", "www.berner-rundschau.ch", "www.nordkurier-online.de", "www.hansestadt-echo.de"),
    "fr": ("www.lecho-des-alpes.fr", "www.ouest-matin.fr", "www.ledevoir-quebec.ca", "www.lanouvelle-gazette.be", "www.journal-du-lac.ch"),
    "es": ("www.elnorte-hoy.es", "www.lavozdelsur.com.ar", "www.cronica-andina.pe", "www.diario-levante.es", "www.elpacifico.cl"),
    "pt": ("www.folhadoporto.pt", "www.noticiasdosul.com.br", "www.correio-paulista.com.br", "www.diariodeaveiro.pt"),
    "it": ("www.gazzettadelmare.it", "www.ilcorriere-alpino.it", "www.lanotizia-sud.it", "www.cronacaditorino.it"),
    "ja": ("news.keizai-times.jp", "www.asahi-tsushin.jp", "www.kansai-shimbun.jp", "www.hokkaido-nippo.jp"),
    "nl": ("www.rijnmondnieuws.nl", "www.polderpost.be", "www.utrechtsdagblad.nl"),
    "pl": ("www.kurier-poranny.pl", "www.wiadomosci24.pl", "www.gazeta-krakowska.pl"),
    "ko": ("www.hankyung-daily.kr", "www.seoul-ilbo.kr", "news.busan-times.kr"),
    "zh": ("www.huanqiu-kuaibao.cn", "www.taipei-news.tw", "news.hk-daily.hk"),
    "sv": ("www.norrlandsposten.se", "www.goteborgsbladet.se", "www.skanskan-nytt.se"),
}
NEWS_PATHS = ("/politik/haushalt-2027-einigung", "/world/2026/11/summit-ends-without-deal", "/economie/taux-directeurs",
              "/local/city-council-approves-bike-lanes", "/article/9921", "/nachrichten/wirtschaft/inflation-sinkt",
              "/sports/final-preview", "/tech/chip-export-rules", "/cultura/festival-cinema", "/news/2026/11/20/flood-warning")

SUMMARY_HEAD = _t("Summary (AI-generated)", "Zusammenfassung (KI-generiert)", "Résumé généré par IA", "Resumen generado por IA",
                  "Resumo gerado por IA", "Sintesi generata dall'IA", "AI要約", "Samenvatting (gegenereerd door AI)",
                  "Streszczenie (wygenerowane przez AI)", "AI 요약", "AI摘要", "Sammanfattning (AI-genererad)")
REVIEWED = _t("This summary was created with the help of AI and checked by our editors.",
              "Diese Zusammenfassung wurde mithilfe von KI erstellt und von der Redaktion geprüft.",
              "Ce résumé a été rédigé avec l’aide de l’IA et vérifié par la rédaction.",
              "Este resumen se ha elaborado con ayuda de IA y ha sido revisado por la redacción.",
              "Este resumo foi produzido com ajuda de IA e revisado pela redação.",
              "Questa sintesi è stata realizzata con l’aiuto dell’IA e verificata dalla redazione.",
              "この要約はAIを活用して作成し、編集部が確認しています。",
              "Deze samenvatting is met hulp van AI gemaakt en door de redactie gecontroleerd.",
              "To streszczenie powstało z pomocą AI i zostało sprawdzone przez redakcję.",
              "이 요약은 AI의 도움으로 작성되었으며 편집팀이 검토했습니다.",
              "本摘要由 AI 辅助生成，并经编辑审核。",
              "Sammanfattningen är skapad med hjälp av AI och granskad av redaktionen.")
POINTS = {
    "en": ("The council approved the budget by a vote of 7 to 2.", "Property taxes will rise by 1.5 percent next year.",
           "Funding for two new libraries was delayed until 2028.", "Opposition members called the plan short-sighted."),
    "de": ("Der Stadtrat hat den Haushalt mit sieben zu zwei Stimmen beschlossen.", "Die Grundsteuer steigt im kommenden Jahr um 1,5 Prozent.",
           "Zwei neue Bibliotheken werden erst 2028 finanziert.", "Die Opposition kritisiert den Plan als kurzsichtig."),
    "fr": ("Le conseil municipal a adopté le budget par sept voix contre deux.", "La taxe foncière augmentera de 1,5 % l’an prochain.",
           "Le financement de deux médiathèques est repoussé à 2028.", "L’opposition juge le projet à courte vue."),
    "es": ("El pleno aprobó el presupuesto por siete votos a dos.", "El IBI subirá un 1,5 % el próximo año.",
           "La financiación de dos nuevas bibliotecas se retrasa a 2028.", "La oposición califica el plan de cortoplacista."),
    "pt": ("A câmara aprovou o orçamento por sete votos a dois.", "O IPTU vai subir 1,5% no próximo ano.",
           "O financiamento de duas novas bibliotecas foi adiado para 2028."),
    "it": ("Il consiglio comunale ha approvato il bilancio con sette voti a favore e due contrari.", "L’IMU aumenterà dell’1,5% il prossimo anno.",
           "Il finanziamento di due nuove biblioteche slitta al 2028."),
    "ja": ("市議会は予算案を賛成7、反対2で可決した。", "固定資産税は来年1.5％引き上げられる。", "新図書館2館の整備は2028年に延期された。"),
    "nl": ("De gemeenteraad keurde de begroting goed met zeven tegen twee stemmen.", "De onroerendezaakbelasting stijgt volgend jaar met 1,5 procent.",
           "De financiering van twee nieuwe bibliotheken is uitgesteld tot 2028."),
    "pl": ("Rada miasta przyjęła budżet stosunkiem głosów siedem do dwóch.", "Podatek od nieruchomości wzrośnie w przyszłym roku o 1,5 proc.",
           "Finansowanie dwóch nowych bibliotek przesunięto na 2028 rok."),
    "ko": ("시의회는 찬성 7, 반대 2로 예산안을 통과시켰다.", "재산세는 내년에 1.5% 인상된다.", "신규 도서관 2곳의 건립은 2028년으로 연기됐다."),
    "zh": ("市议会以七票赞成、两票反对通过了预算。", "明年房产税将上调 1.5%。", "两座新图书馆的拨款推迟至 2028 年。"),
    "sv": ("Kommunfullmäktige antog budgeten med sju röster mot två.", "Fastighetsskatten höjs med 1,5 procent nästa år.",
           "Finansieringen av två nya bibliotek skjuts upp till 2028."),
}


def _host(rng, lang):
    return rng.choice(NEWS_SITES[lang]) if rng.random() < 0.8 else _site(rng, lang)


def _pts(rng, lang, k=3):
    pool = POINTS[lang]
    return rng.sample(pool, min(k, len(pool)))


def _box_aside(rng):
    lang = _lang(rng)
    items = "".join(f"<li>{esc(p)}</li>" for p in _pts(rng, lang))
    html = (f'<aside{_a(rng, [("class", _cx(rng, "Sum", "article-summary", "article-summary--ai")), ("aria-label", T(SUMMARY_HEAD, lang)), _tid(rng, "ai-summary")])}>'
            f'<h2 class="{_cx(rng, "Sum", "article-summary__title")}">{esc(T(SUMMARY_HEAD, lang))}</h2><ul>{items}</ul>'
            f'<p class="{_cx(rng, "Sum", "article-summary__note")}">{esc(T(REVIEWED, lang))}</p></aside>')
    return example(_wrap(html, rng), _url(rng, _host(rng, lang), NEWS_PATHS), 1, "ai_summary_block",
                   "generic pattern: news article aside 'Summary (AI-generated)' bullet box (BEM) with editorial note", lang=lang,
                   context=cx_inline(rng, (560, 720), (140, 280)))


def _box_details(rng):
    lang = _lang(rng)
    items = "".join(f"<li>{esc(p)}</li>" for p in _pts(rng, lang))
    html = (f'<details{_a(rng, [("class", _cx(rng, "Kp", "key-points", "ai-key-points")), ("open", True if rng.random() < 0.5 else None)])}>'
            f'<summary>{_icon(rng, "sparkles", 16)}<span>{esc(T(KEY_POINTS, lang))}</span><small>{esc(T(AI_GENERATED, lang))}</small></summary>'
            f'<ol>{items}</ol></details>')
    return example(html, _url(rng, _host(rng, lang), NEWS_PATHS), 1, "ai_summary_block",
                   "generic pattern: collapsible <details> 'Key points' generated by AI at the top of an article", lang=lang,
                   context=cx_inline(rng, (560, 720), (44, 240)))


def _summary_button(rng):
    lang = _lang(rng)
    lab = T(_t("Summarize this article with AI", "Artikel mit KI zusammenfassen", "Résumer cet article avec l’IA", "Resumir este artículo con IA",
               "Resumir esta matéria com IA", "Riassumi questo articolo con l’IA", "この記事をAIで要約", "Dit artikel samenvatten met AI",
               "Streść ten artykuł z AI", "이 기사 AI로 요약하기", "用 AI 总结本文", "Sammanfatta artikeln med AI"), lang)
    short = T(AI_SUMMARY, lang)
    style = rng.randrange(3)
    if style == 0:
        html = f'<button{_a(rng, [("type", "button"), ("class", _cx(rng, "Tool", "article-tools__btn", "btn--ai-summary")), ("aria-label", lab), ("aria-expanded", "false")])}>{_icon(rng, "sparkle", 16)}<span>{esc(short)}</span></button>'
    elif style == 1:
        html = f'<a{_a(rng, [("href", "#ai-summary"), ("role", "button"), ("class", _tw(rng)), ("data-track", "ai_summary_open"), ("title", lab)])}>{_icon(rng, "spark4", 14)}{esc(lab)}</a>'
    else:
        html = (f'<div{_a(rng, [("class", _cx(rng, "Tool", "share-bar"))])}><button aria-label="Share">Share</button><button aria-label="Print">Print</button>'
                f'<button{_a(rng, [("class", _cx(rng, "Tool", "share-bar__ai")), ("aria-label", lab), ("data-action", "ai-summary")])}>{_icon(rng, "sparkles", 16)}</button></div>')
    return example(_wrap(html, rng), _url(rng, _host(rng, lang), NEWS_PATHS), 1, "ai_summary_block",
                   "generic pattern: article toolbar 'Summarize with AI' button", lang=lang, context=cx_inline(rng, (32, 320), (28, 44)))


def _ask_newsroom(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "pt", "it", "ja", "nl", "sv"))
    brand = rng.choice(("Ask the Post AI", "Ask FT", "Ask the Archive", "Ask Adelaide", "Ask our AI"))
    if lang != "en":
        brand = T(_t("", "Frag die Redaktions-KI", "Demandez à l’IA de la rédaction", "Pregunta a la IA de la redacción", "Pergunte à IA da redação",
                     "Chiedi all’IA della redazione", "編集部AIに質問", "Vraag de redactie-AI", "", "", "", "Fråga redaktionens AI"), lang)
    html = (f'<div{_a(rng, [("class", _cx(rng, "Ask", "ask-newsroom", "ai-answers-widget")), ("role", "search"), ("aria-label", brand)])}>'
            f'<h3>{_icon(rng, "sparkles", 18)}{esc(brand)}</h3>'
            f'<p>{esc(T(_t("Answers drawn from our reporting since 2016, generated by AI.", "Antworten aus unserer Berichterstattung seit 2016, von KI erstellt.", "Des réponses tirées de nos articles depuis 2016, générées par l’IA.", "Respuestas basadas en nuestra información desde 2016, generadas por IA.", "Respostas baseadas em nossas reportagens desde 2016, geradas por IA.", "Risposte tratte dai nostri articoli dal 2016, generate dall’IA.", "2016年以降の記事をもとにAIが回答します。", "Antwoorden uit onze verslaggeving sinds 2016, gegenereerd door AI.", "", "", "", "Svar från vår journalistik sedan 2016, genererade av AI."), lang))}</p>'
            f'<input type="text" placeholder="{esc(T(ASK_ANYTHING, lang))}"><button>{esc(T(ASK_AI, lang))}</button></div>')
    return example(_wrap(html, rng), _url(rng, _host(rng, lang), NEWS_PATHS + ("/", "/ask")), 1, "ai_search_widget",
                   "generic pattern modelled on newsroom AI Q&A widgets (Ask FT, Ask The Post AI, Forbes Adelaide)", lang=lang,
                   context=cx_inline(rng, (300, 700), (120, 220)))


def _news_ai_chat_panel(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "pt", "it", "ja"))
    q = T(_t("What does the new rule mean for renters?", "Was bedeutet die neue Regel für Mieter?", "Que change la nouvelle règle pour les locataires ?",
             "¿Qué supone la nueva norma para los inquilinos?", "O que a nova regra muda para os inquilinos?", "Cosa cambia per gli inquilini?",
             "新しい規則は賃借人にどう影響しますか？"), lang)
    a = T(_t("According to our coverage, landlords must give 90 days' notice before raising rent, up from 60.",
             "Laut unserer Berichterstattung müssen Vermieter Mieterhöhungen künftig 90 statt 60 Tage vorher ankündigen.",
             "Selon nos articles, les propriétaires devront prévenir 90 jours avant une hausse de loyer, contre 60 auparavant.",
             "Según nuestra información, los caseros deberán avisar con 90 días de antelación antes de subir el alquiler.",
             "Segundo nossa cobertura, proprietários terão de avisar com 90 dias de antecedência antes de reajustar o aluguel.",
             "Secondo i nostri articoli, i proprietari dovranno avvisare 90 giorni prima di aumentare l’affitto.",
             "当社の報道によると、家主は家賃値上げの90日前までに通知する必要があります。"), lang)
    html = (f'<div{_a(rng, [("role", "dialog"), ("class", _cx(rng, "Nc", "ai-chat-drawer")), ("aria-label", T(ASK_AI, lang))])}>'
            f'<header><b>{esc(T(ASK_AI, lang))}</b><span class="beta">{esc(T(BETA, lang))}</span><button aria-label="{esc(T(CLOSE, lang))}">×</button></header>'
            f'<div class="turn user">{esc(q)}</div><div class="turn ai">{esc(a)}<cite><a href="/article/9921">1</a></cite></div>'
            f'<footer><input placeholder="{esc(T(ASK_ANYTHING, lang))}"><small>{esc(T(AI_MISTAKES, lang))}</small></footer></div>')
    return example(html, _url(rng, _host(rng, lang), NEWS_PATHS), 1, "ai_chat_panel",
                   "generic pattern: news site AI chat drawer answering from the archive", lang=lang,
                   context=cx_box(rng, (360, 440), (480, 680), corner="br"))


def _jp_kr_zh_summary(rng):
    lang = rng.choice(("ja", "ko", "zh", "ja", "ko", "zh"))
    head = {"ja": rng.choice(("AI要約", "3行でわかるAI要約", "この記事のAI要約")), "ko": rng.choice(("AI 요약", "AI가 요약한 기사", "기사 AI 요약")),
            "zh": rng.choice(("AI摘要", "AI 一键总结", "本文 AI 摘要"))}[lang]
    note = {"ja": "この要約は生成AIで作成しています。", "ko": "이 요약은 생성형 AI로 작성되었습니다.", "zh": "本摘要由生成式人工智能生成。"}[lang]
    items = "".join(f'<p class="{_cx(rng, "Ai", "line")}">{esc(p)}</p>' for p in _pts(rng, lang))
    html = (f'<div{_a(rng, [("class", _cx(rng, "Ai", "ai-summary-area", "article_ai")), ("id", rng.choice(("aiSummary", "ai_summary", None)))])}>'
            f'<div class="{_cx(rng, "Ai", "ai-summary-title")}">{_icon(rng, "sparkle", 14)}<strong>{esc(head)}</strong></div>{items}'
            f'<p class="{_cx(rng, "Ai", "ai-note")}">{esc(note)}</p></div>')
    return example(_wrap(html, rng), _url(rng, _host(rng, lang), NEWS_PATHS), 1, "ai_summary_block",
                   "generic pattern modelled on Japanese/Korean/Chinese news portals' 'AI要約 / AI 요약 / AI摘要' boxes", lang=lang,
                   context=cx_inline(rng, (560, 720), (120, 260)))


def _encyclopedia_summary(rng):
    lang = _lang(rng, ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "sv"))
    host = rng.choice(("wiki.openatlas.org", "www.citizenpedia.net", "encyclo.wikifarm.net", "www.knowledgebase-wiki.org", "fandom-like.wikiverse.io"))
    head = T(_t("Simple summary", "Einfache Zusammenfassung", "Résumé simplifié", "Resumen sencillo", "Resumo simples", "Riassunto semplice",
                "", "Eenvoudige samenvatting", "Proste podsumowanie", "", "", "Enkel sammanfattning"), lang)
    html = (f'<div{_a(rng, [("class", "mw-ext-simple-summary " + _cx(rng, "Ss", "cdx-card")), ("data-mw-experiment", "ai-summary"), ("role", "note")])}>'
            f'<div class="cdx-card__text__title">{esc(head)} <span class="cdx-info-chip">{esc(T(_t("Unverified", "Ungeprüft", "Non vérifié", "Sin verificar", "Não verificado", "Non verificato", "", "Niet geverifieerd", "Niezweryfikowane", "", "", "Overifierad"), lang))}</span></div>'
            f'<div class="cdx-card__text__description">{esc(" ".join(_pts(rng, lang, 2)))}</div>'
            f'<div class="cdx-card__text__supporting-text">{esc(T(AI_GENERATED, lang))}</div></div>')
    return example(html, _url(rng, host, ("/wiki/City_council", "/wiki/Budget", "/w/Eiffel_Tower")), 1, "ai_summary_block",
                   "generic pattern modelled on wiki 'simple summary' AI experiments (Codex cdx-card, unverified chip)", lang=lang,
                   context=cx_inline(rng, (600, 800), (120, 220)))


def _news_ai_notice(rng):
    lang = _lang(rng)
    body = T(_t("New: get the gist of long articles with AI summaries. Look for the sparkle above the headline.",
                "Neu: Mit KI-Zusammenfassungen lange Artikel schnell erfassen. Achte auf das Funkeln über der Überschrift.",
                "Nouveau : l’essentiel des longs articles grâce aux résumés IA. Repérez l’étincelle au-dessus du titre.",
                "Novedad: capta lo esencial de los artículos largos con resúmenes de IA. Busca el destello sobre el titular.",
                "Novidade: entenda o essencial das matérias longas com resumos de IA. Procure o brilho acima do título.",
                "Novità: l’essenziale degli articoli lunghi con i riassunti IA. Cerca la scintilla sopra il titolo.",
                "新機能：長い記事もAI要約で要点がすぐわかります。見出しの上のアイコンをタップ。",
                "Nieuw: de kern van lange artikelen met AI-samenvattingen. Zoek de sparkle boven de kop.",
                "Nowość: streszczenia AI długich artykułów. Szukaj iskierki nad tytułem.",
                "새 기능: 긴 기사도 AI 요약으로 핵심만 빠르게. 제목 위 반짝이 아이콘을 눌러보세요.",
                "新功能：AI 摘要帮你快速读懂长文，点击标题上方的闪光图标。",
                "Nyhet: få kärnan i långa artiklar med AI-sammanfattningar. Leta efter gnistan ovanför rubriken."), lang)
    html = (f'<div{_a(rng, [("class", _cx(rng, "Ntc", "feature-notice", "feature-notice--ai")), ("role", "status"), ("aria-live", "polite")])}>'
            f'<span class="label">{esc(T(NEW, lang))}</span><p>{esc(body)}</p>'
            f'<button class="dismiss">{esc(T(GOT_IT, lang))}</button></div>')
    return example(html, _url(rng, _host(rng, lang), NEWS_PATHS), 1, "ai_onboarding",
                   "generic pattern: news site 'New: AI summaries' feature notice", lang=lang,
                   context=cx_box(rng, (300, 720), (60, 120), pos=rng.choice(("fixed", "sticky"))))


def _news_ai_upsell(rng):
    lang = _lang(rng)
    body = T(_t("Subscribers get AI summaries, audio briefings and unlimited questions to our AI assistant.",
                "Abonnenten erhalten KI-Zusammenfassungen, Audio-Briefings und unbegrenzte Fragen an unseren KI-Assistenten.",
                "Les abonnés profitent des résumés IA, de briefings audio et de questions illimitées à notre assistant IA.",
                "Los suscriptores tienen resúmenes con IA, informativos en audio y preguntas ilimitadas a nuestro asistente de IA.",
                "Assinantes têm resumos com IA, boletins em áudio e perguntas ilimitadas ao nosso assistente de IA.",
                "Gli abbonati hanno riassunti IA, notiziari audio e domande illimitate al nostro assistente IA.",
                "購読者はAI要約、音声ブリーフィング、AIアシスタントへの質問が無制限に。",
                "Abonnees krijgen AI-samenvattingen, audiobriefings en onbeperkt vragen aan onze AI-assistent.",
                "Subskrybenci mają streszczenia AI, audio-briefingi i nielimitowane pytania do asystenta AI.",
                "구독자는 AI 요약, 오디오 브리핑, AI 어시스턴트 무제한 질문을 이용할 수 있습니다.",
                "订阅用户可享 AI 摘要、音频简报，并可无限次向 AI 助手提问。",
                "Prenumeranter får AI-sammanfattningar, ljudgenomgångar och obegränsade frågor till vår AI-assistent."), lang)
    html = (f'<div{_a(rng, [("class", _cx(rng, "Pw", "paywall-teaser", "paywall-teaser--ai")), _tid(rng, "paywall-ai"), ("role", "region")])}>'
            f'{_icon(rng, "sparkles", 20)}<p>{esc(body)}</p><a class="btn" href="/subscribe">{esc(T(TRY_IT, lang))}</a></div>')
    return example(_wrap(html, rng), _url(rng, _host(rng, lang), NEWS_PATHS), 1, "ai_upsell",
                   "generic pattern: news paywall teaser selling AI summaries / AI assistant", lang=lang,
                   context=cx_inline(rng, (560, 720), (100, 180)))


def _listen_or_ai_tabs(rng):
    lang = _lang(rng)
    full = T(_t("Full article", "Ganzer Artikel", "Article complet", "Artículo completo", "Matéria completa", "Articolo completo",
                "全文", "Volledig artikel", "Cały artykuł", "전체 기사", "全文", "Hela artikeln"), lang)
    html = (f'<div{_a(rng, [("role", "tablist"), ("class", _cx(rng, "Tabs", "reading-mode-tabs")), ("aria-label", "Reading mode")])}>'
            f'<button role="tab" aria-selected="false">{esc(full)}</button>'
            f'<button{_a(rng, [("role", "tab"), ("aria-selected", "true"), ("class", _cx(rng, "Tabs", "tab--ai")), ("data-mode", "ai-summary")])}>{_icon(rng, "sparkle", 14)}{esc(T(AI_SUMMARY, lang))}</button></div>')
    return example(_wrap(html, rng), _url(rng, _host(rng, lang), NEWS_PATHS), 1, "ai_summary_block",
                   "generic pattern: article reading-mode tabs 'Full article | AI summary'", lang=lang, context=cx_inline(rng, (240, 400), (36, 44)))


def examples():
    return run("pos_longtail_news", [
        _box_aside, _box_details, _summary_button, _ask_newsroom, _news_ai_chat_panel, _jp_kr_zh_summary,
        _encyclopedia_summary, _news_ai_notice, _news_ai_upsell, _listen_or_ai_tabs,
    ], 8)
