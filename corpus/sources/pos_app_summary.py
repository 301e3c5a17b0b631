"""Positives, kind ai_summary_block: AI overviews above search results, AI
review summaries, "Summarize this email/file/thread" cards and buttons, AI
recaps in chat and meeting apps, AI "key takeaways" boxes on news sites."""
from corpus.common import esc, example, hashed_class, page_url, wrap
from corpus.sources.pos_app_compose import (
    AMAZON, GOOGLE_SEARCH, _SPARK4, _SPARKLE_MD, _SPARKLES_LUCIDE, _attrs, _cls, _ctx_inline,
    _ctx_overlay, _host, _lang, _run, _svg, _tr,
)

KIND = "ai_summary_block"

AI_OVERVIEW = {
    "en": "AI Overview", "de": "Übersicht mit KI", "fr": "Aperçu IA", "es": "Vista creada con IA",
    "ja": "AI による概要", "pt": "Visão geral criada por IA", "it": "Panoramica IA", "nl": "AI-overzicht",
    "pl": "Przegląd od AI", "ko": "AI 개요", "zh": "AI 摘要", "sv": "AI-översikt",
}
AI_MISTAKES = {
    "en": "AI responses may include mistakes.", "de": "KI-Antworten können Fehler enthalten.",
    "fr": "Les réponses de l’IA peuvent contenir des erreurs.", "es": "Las respuestas de la IA pueden contener errores.",
    "ja": "AI の回答には間違いが含まれている場合があります。", "pt": "As respostas da IA podem incluir erros.",
    "it": "Le risposte dell’AI potrebbero contenere errori.", "nl": "AI-antwoorden kunnen fouten bevatten.",
    "pl": "Odpowiedzi AI mogą zawierać błędy.", "ko": "AI 대답에 오류가 있을 수 있습니다.",
    "zh": "AI 的回答未必正确无误。", "sv": "AI-svar kan innehålla fel.",
}
GEN_AI_EXPERIMENTAL = {
    "en": "Generative AI is experimental.", "de": "Generative KI ist experimentell.",
    "fr": "L’IA générative est expérimentale.", "es": "La IA generativa es experimental.",
    "ja": "生成 AI は試験運用中です。", "pt": "A IA generativa é experimental.",
    "it": "L’IA generativa è sperimentale.", "nl": "Generatieve AI is experimenteel.",
    "pl": "Generatywna AI ma charakter eksperymentalny.", "ko": "생성형 AI는 실험 단계입니다.",
    "zh": "生成式 AI 仍处于实验阶段。", "sv": "Generativ AI är experimentell.",
}
SHOW_MORE = {"en": "Show more", "de": "Mehr anzeigen", "fr": "Plus", "es": "Mostrar más", "ja": "もっと見る",
             "pt": "Mostrar mais", "it": "Mostra altro", "nl": "Meer weergeven", "pl": "Pokaż więcej",
             "ko": "더보기", "zh": "显示更多", "sv": "Visa mer"}
# Overview answers written for the corpus: (question topic, answer) per language.
OVERVIEW_TEXT = {
    "en": ("Sourdough starter is ready to use when it doubles in size within four to eight hours of feeding and smells pleasantly sour. A spoonful that floats in water is another common sign.",
           "Most adults need between seven and nine hours of sleep per night. Teenagers generally need more, and consistent bed and wake times matter as much as total hours.",
           "To descale a kettle, fill it halfway with equal parts water and white vinegar, bring it to the boil, let it stand for an hour, then rinse it several times."),
    "de": ("Ein Sauerteig ist backfertig, wenn er sich innerhalb von vier bis acht Stunden nach dem Füttern verdoppelt hat und angenehm säuerlich riecht.",
           "Die Winterreifenpflicht gilt in Deutschland situativ: Bei Glatteis, Schneeglätte oder Reifglätte dürfen Autos nur mit M+S- oder Alpine-Reifen fahren."),
    "fr": ("Pour détartrer une bouilloire, remplissez-la à moitié d’un mélange d’eau et de vinaigre blanc, portez à ébullition puis laissez agir une heure avant de rincer.",
           "Le délai de rétractation pour un achat en ligne est de quatorze jours à compter de la réception du bien, sauf exceptions prévues par la loi."),
    "es": ("La masa madre está lista cuando duplica su volumen entre cuatro y ocho horas después de alimentarla y tiene un olor ligeramente ácido.",
           "Para quitar el óxido de una herramienta, sumérgela en vinagre durante unas horas, frota con un cepillo de alambre y sécala bien antes de guardarla."),
    "ja": ("電気ケトルの水垢は、クエン酸を小さじ一杯ほど入れて沸騰させ、一時間ほど置いてからすすぐと落としやすくなります。",
           "成人に推奨される睡眠時間は一般的に七時間から九時間とされ、毎日同じ時刻に寝起きすることも大切です。"),
    "pt": ("O fermento natural está pronto quando dobra de volume de quatro a oito horas após ser alimentado e tem um cheiro levemente ácido.",
           "Para tirar manchas de café do tecido, enxágue com água fria, aplique um pouco de detergente neutro e lave normalmente."),
    "it": ("Il lievito madre è pronto quando raddoppia di volume entro quattro-otto ore dal rinfresco e ha un profumo leggermente acido.",
           "Per eliminare il calcare dal bollitore basta riempirlo a metà con acqua e aceto, portare a ebollizione e lasciare agire per un’ora."),
    "nl": ("Een zuurdesemstarter is klaar voor gebruik als hij binnen vier tot acht uur na het voeden in volume verdubbelt.",),
    "pl": ("Zakwas jest gotowy do użycia, gdy w ciągu czterech do ośmiu godzin od dokarmienia podwoi swoją objętość.",),
    "ko": ("전기포트의 물때는 구연산 한 숟가락을 넣고 끓인 뒤 한 시간 정도 두었다가 헹구면 쉽게 제거됩니다.",),
    "zh": ("水壶除垢时，可加入一勺柠檬酸煮沸，静置一小时后再反复冲洗干净。",),
    "sv": ("En surdegsgrund är redo att användas när den har fördubblats inom fyra till åtta timmar efter matningen.",),
}


def _google_ai_overview(rng):
    lang = _lang(rng, AI_OVERVIEW)
    host = rng.choice(GOOGLE_SEARCH[lang])
    title = _tr(AI_OVERVIEW, lang)
    text = rng.choice(OVERVIEW_TEXT[lang])
    foot = rng.choice((AI_MISTAKES, GEN_AI_EXPERIMENTAL))
    style = rng.randrange(3)
    body = (f'<div class="{rng.choice(("LT6XE", hashed_class(rng)))}"><span class="{hashed_class(rng)}">{esc(text)}</span></div>'
            f'<div class="{hashed_class(rng)}"><button class="{rng.choice(("in7vHe", hashed_class(rng)))}" aria-expanded="false">{esc(_tr(SHOW_MORE, lang))}</button></div>'
            f'<div class="{hashed_class(rng)}">{esc(_tr(foot, lang))}</div>')
    head = f'<h1 class="{rng.choice(("VW3apb", hashed_class(rng)))}">{_svg(rng, _SPARK4, 20)}<span>{esc(title)}</span></h1>'
    if style == 0:
        html = (f'<div{_attrs(rng, [("jscontroller", "EYwa3d"), ("data-attrid", "AIOverview"), ("data-q", text.split()[0].lower()[:10].strip(",.、。")), ("class", "M8OgIe"), ("jsname", rng.choice(("N760b", "yEVEwb", None)))])}>'
                f'<div id="eKIzJc"><div class="YzCcne">{head}<div class="hdzaWe"><div data-attnms="{rng.randint(10, 99)}">{body}</div></div></div></div></div>')
        src = "Google Search AI Overview ([data-attrid=AIOverview], #eKIzJc, jscontroller EYwa3d)"
    elif style == 1:
        html = (f'<div id="Odp5De"><div class="YNk70c EjQTId"><div class="Kevs9 SLPe5b"><div jscontroller="{hashed_class(rng)[-6:]}">'
                f'<div id="eKIzJc"><div class="YzCcne">{head}<div class="hdzaWe"><div data-attnms="{rng.randint(10, 99)}">{body}</div></div></div></div></div></div></div></div>')
        src = "Google Search AI Overview container at top of results (#Odp5De > #eKIzJc [data-attnms])"
    else:
        html = (f'<div{_attrs(rng, [("data-subtree", rng.choice(("mfc", "mfc,mfl"))), ("data-aquarium", rng.choice((None, "1"))), ("class", hashed_class(rng))])}>'
                f'<div id="m-x-content">{head}{body}</div></div>')
        src = "Google Search AI Overview subtree ([data-subtree=mfc], #m-x-content)"
    return example(html, page_url(host, rng, "/search"), 1, KIND, src, lang=lang,
                   context=_ctx_inline(rng, (600, 720), (240, 600), y=rng.randint(100, 220)))


CUSTOMERS_SAY = {
    "en": ("Customers say", "AI-generated from the text of customer reviews"),
    "de": ("Kunden sagen", "KI-generiert aus dem Text von Kundenrezensionen"),
    "fr": ("Les clients disent", "Généré par l’IA à partir du texte des commentaires clients"),
    "es": ("Los clientes dicen", "Generado por IA a partir del texto de las reseñas de clientes"),
    "it": ("I clienti dicono", "Generato dall’IA a partire dal testo delle recensioni dei clienti"),
    "ja": ("お客様のご意見", "カスタマーレビューのテキストからAIで生成"),
    "pt": ("Os clientes dizem", "Gerado por IA com base no texto das avaliações de clientes"),
    "nl": ("Klanten zeggen", "Door AI gegenereerd op basis van de tekst van klantbeoordelingen"),
    "pl": ("Klienci mówią", "Wygenerowane przez AI na podstawie tekstu opinii klientów"),
    "sv": ("Kunderna säger", "AI-genererat från texten i kundrecensioner"),
}
REVIEW_SUMMARY = {
    "en": ("Customers like the sound quality and battery life of these headphones, and many mention they are comfortable for long flights. Some report that the case feels flimsy.",
           "Customers find this kettle heats water quickly and looks good on the counter. Opinions differ on the lid, which some say is hard to open with one hand.",
           "Customers appreciate the grip and cushioning of these running shoes. Several mention they run half a size small."),
    "de": ("Kunden loben die Klangqualität und die Akkulaufzeit dieser Kopfhörer. Einige bemängeln, dass das Etui wenig stabil wirkt.",
           "Kunden finden, dass der Wasserkocher schnell heiß wird und gut aussieht. Beim Deckel gehen die Meinungen auseinander."),
    "fr": ("Les clients apprécient la qualité sonore et l’autonomie de ce casque. Certains trouvent l’étui un peu fragile.",
           "Les clients trouvent que cette bouilloire chauffe vite et qu’elle est jolie. Les avis sont partagés sur le couvercle."),
    "es": ("A los clientes les gusta la calidad de sonido y la batería de estos auriculares. Algunos dicen que el estuche parece poco resistente.",
           "Los clientes destacan que el hervidor calienta rápido y tiene buen diseño. Las opiniones sobre la tapa están divididas."),
    "it": ("I clienti apprezzano la qualità del suono e la durata della batteria di queste cuffie. Alcuni trovano la custodia poco robusta.",),
    "ja": ("お客様はこのヘッドホンの音質とバッテリー持ちを高く評価しています。一方で、ケースが頼りないという声もあります。",
           "お客様はこの電気ケトルがすぐにお湯を沸かせる点を評価しています。ふたの開けやすさについては意見が分かれています。"),
    "pt": ("Os clientes gostam da qualidade do som e da bateria destes fones. Alguns dizem que o estojo parece frágil.",),
    "nl": ("Klanten zijn tevreden over de geluidskwaliteit en de accuduur van deze koptelefoon. Sommigen vinden het etui wat fragiel.",),
    "pl": ("Klienci chwalą jakość dźwięku i czas pracy baterii tych słuchawek. Niektórzy uważają, że etui jest mało solidne.",),
    "sv": ("Kunderna gillar ljudkvaliteten och batteritiden i de här hörlurarna. Några tycker att fodralet känns ömtåligt.",),
}
ASPECTS = {"en": ("Sound quality", "Battery life", "Comfort", "Value"), "de": ("Klangqualität", "Akkulaufzeit", "Komfort", "Preis-Leistung"),
           "fr": ("Qualité sonore", "Autonomie", "Confort", "Rapport qualité-prix"), "es": ("Calidad de sonido", "Batería", "Comodidad", "Calidad-precio"),
           "it": ("Qualità del suono", "Batteria", "Comfort", "Rapporto qualità-prezzo"), "ja": ("音質", "バッテリー", "着け心地", "コスパ"),
           "pt": ("Qualidade do som", "Bateria", "Conforto", "Custo-benefício"), "nl": ("Geluidskwaliteit", "Accuduur", "Comfort", "Prijs"),
           "pl": ("Jakość dźwięku", "Bateria", "Wygoda", "Cena"), "sv": ("Ljudkvalitet", "Batteritid", "Komfort", "Prisvärdhet")}


def _amazon_customers_say(rng):
    lang = _lang(rng, CUSTOMERS_SAY)
    host = rng.choice(AMAZON[lang])
    head, note = CUSTOMERS_SAY[lang]
    text = rng.choice(REVIEW_SUMMARY[lang])
    chips = "".join(f'<a class="a-link-normal" role="button" aria-label="{esc(a)}"><span class="a-size-base">✓ {esc(a)}</span></a>'
                    for a in ASPECTS[lang][: rng.randint(0, 4)])
    inner = (f'<div id="product-summary" class="a-section a-spacing-medium"><h3 class="a-spacing-mini">{esc(head)}</h3>'
             f'<p class="a-spacing-small"><span>{esc(text)}</span></p>'
             f'<span class="a-size-mini a-color-secondary"><i class="a-icon a-icon-text-ai-badge"></i>{esc(note)}</span></div>'
             + (f'<div id="aspect-button-group-0" class="a-section">{chips}</div>' if chips else ""))
    if rng.random() < 0.6:
        html = f'<div{_attrs(rng, [("data-csa-c-item-id", "cr-product-insights-cards"), ("id", "cr-product-insights-cards"), ("class", "a-section celwidget")])}>{inner}</div>'
    else:
        html = inner
    return example(html, page_url(host, rng, f"/dp/B0{rng.randint(10**7, 10**8)}"), 1, KIND,
                   "Amazon 'Customers say' AI review summary (cr-product-insights-cards, 'AI-generated from the text of customer reviews')",
                   lang=lang, context=_ctx_inline(rng, (420, 640), (120, 260)))


SUMMARY_WORD = {"en": "Summary", "de": "Zusammenfassung", "fr": "Résumé", "es": "Resumen", "ja": "概要",
                "pt": "Resumo", "it": "Riepilogo", "nl": "Samenvatting", "ko": "요약", "pl": "Podsumowanie", "sv": "Sammanfattning"}
SUMMARIZE_EMAIL = {"en": "Summarize this email", "de": "Diese E-Mail zusammenfassen", "fr": "Résumer cet e-mail",
                   "es": "Resumir este correo", "ja": "このメールを要約", "pt": "Resumir este e-mail",
                   "it": "Riassumi questa email", "nl": "Deze e-mail samenvatten", "ko": "이 이메일 요약"}
EMAIL_SUMMARY_TEXT = {
    "en": ("The venue for Thursday's offsite moved to the fourth floor. Lunch is provided; bring your laptop charger.",
           "Your order has shipped and should arrive Monday. The courier will need a signature."),
    "de": ("Das Team-Meeting am Donnerstag findet im vierten Stock statt. Für das Mittagessen ist gesorgt.",
           "Ihre Bestellung wurde versandt und kommt voraussichtlich am Montag an."),
    "fr": ("La réunion de jeudi a lieu au quatrième étage. Le déjeuner est offert ; pensez à votre chargeur.",),
    "es": ("La reunión del jueves se traslada a la cuarta planta. Habrá comida; trae el cargador del portátil.",),
    "ja": ("木曜日のオフサイトは4階に変更されました。昼食が用意されます。",),
    "pt": ("A reunião de quinta-feira foi transferida para o quarto andar. O almoço será servido.",),
    "it": ("La riunione di giovedì si sposta al quarto piano. Il pranzo è offerto.",),
    "nl": ("De vergadering van donderdag is verplaatst naar de vierde verdieping. Er is lunch.",),
    "ko": ("목요일 워크숍 장소가 4층으로 변경되었습니다. 점심이 제공됩니다.",),
}


def _gmail_summary(rng):
    lang = _lang(rng, SUMMARIZE_EMAIL)
    style = rng.randrange(3)
    if style == 0:
        html = (f'<div class="eJPjde"><div class="{hashed_class(rng)}">{_svg(rng, _SPARK4, 18)}<span>{esc(_tr(SUMMARY_WORD, lang))}</span></div>'
                f'<div class="{hashed_class(rng)}">{esc(rng.choice(EMAIL_SUMMARY_TEXT[lang]))}</div></div>')
        src, ctx = "Gmail 'Summarize this email' card at top of message (div.eJPjde)", _ctx_inline(rng, (560, 760), (80, 160))
    elif style == 1:
        lab = _tr(SUMMARIZE_EMAIL, lang)
        html = (f'<div{_attrs(rng, [("class", "eJPjde"), ("role", "button"), ("tabindex", "0"), ("aria-label", lab)])}>{_svg(rng, _SPARK4, 18)}<span>{esc(lab)}</span></div>')
        src, ctx = "Gmail 'Summarize this email' chip (div.eJPjde)", _ctx_inline(rng, (160, 240), (32, 36))
    else:
        html = (f'<div class="JLWipf" role="region" aria-label="{esc(_tr(AI_OVERVIEW, lang))}"><h2>{esc(_tr(AI_OVERVIEW, lang))}</h2>'
                f'<p>{esc(rng.choice(EMAIL_SUMMARY_TEXT[lang]))}</p></div>')
        src, ctx = "Gmail search AI Overview (.JLWipf)", _ctx_inline(rng, (560, 760), (100, 200))
    return example(wrap(html, rng), page_url("mail.google.com", rng, rng.choice(("/mail/u/0/", "/mail/u/1/"))),
                   1, KIND, src, lang=lang, context=ctx)


DRIVE_LABELS = {
    "en": ("Summarize this file", "Catch me up", "Insights from Gemini", "Summarize this data"),
    "de": ("Diese Datei zusammenfassen", "Auf den neuesten Stand bringen", "Statistiken von Gemini", "Diese Daten zusammenfassen"),
    "fr": ("Résumer ce fichier", "Me mettre à jour", "Insights de Gemini", "Résumer ces données"),
    "es": ("Resumir este archivo", "Ponerme al día", "Estadísticas de Gemini", "Resumir estos datos"),
    "ja": ("このファイルを要約", "最新情報を確認", "Gemini による分析情報", "このデータを要約"),
    "pt": ("Resumir este arquivo", "Me atualizar", "Insights do Gemini", "Resumir estes dados"),
    "it": ("Riassumi questo file", "Aggiornami", "Approfondimenti di Gemini", "Riassumi questi dati"),
}


def _drive_sheets_summaries(rng):
    lang = _lang(rng, DRIVE_LABELS)
    f_, catch, ins, data = DRIVE_LABELS[lang]
    style = rng.randrange(4)
    if style == 0:
        html = f'<div{_attrs(rng, [("class", "SMHH7"), ("role", "button"), ("tabindex", "0"), ("aria-label", f_), ("data-tooltip", f_)])}>{_svg(rng, _SPARK4, 20)}</div>'
        host, path, src = "drive.google.com", "/drive/my-drive", "Google Drive selection bar 'Summarize this file' (.SMHH7)"
    elif style == 1:
        html = f'<div{_attrs(rng, [("class", "oaTPh"), ("role", "button"), ("aria-label", rng.choice((f_, catch)))])}>{_svg(rng, _SPARK4, 16)}</div>'
        host, path, src = "drive.google.com", "/drive/u/0/home", "Google Drive file-hover summarize button (.oaTPh)"
    elif style == 2:
        html = (f'<div class="De8rPe" role="region" aria-label="{esc(ins)}"><div class="{hashed_class(rng)}">{_svg(rng, _SPARK4, 18)}<span>{esc(ins)}</span></div>'
                f'<ul><li>{esc(rng.choice(OVERVIEW_TEXT.get(lang, OVERVIEW_TEXT["en"])))}</li></ul></div>')
        host, path, src = "drive.google.com", "/drive/folders/1Fd8", "Google Drive folder 'Insights from Gemini' (.De8rPe)"
    else:
        html = f'<div{_attrs(rng, [("class", "FormulaBarContainerGeminiSummarizeButton goog-toolbar-button"), ("role", "button"), ("aria-label", data), ("data-tooltip", data)])}>{_svg(rng, _SPARK4, 18)}</div>'
        host, path, src = "docs.google.com", "/spreadsheets/d/1Ab2/edit", "Google Sheets formula bar 'Summarize this data' (.FormulaBarContainerGeminiSummarizeButton)"
    return example(wrap(html, rng), page_url(host, rng, path), 1, KIND, src, lang=lang,
                   context=_ctx_inline(rng, (32, 360), (32, 160)))


def _search_engine_answers(rng):
    engine = rng.choice(("bing", "ddg", "brave", "yandex", "kagi", "webmd", "ms"))
    if engine == "bing":
        lang = _lang(rng, AI_OVERVIEW, only=("en", "de", "fr", "es", "ja", "pt", "it", "zh"))
        text = rng.choice(OVERVIEW_TEXT[lang])
        html = (f'<li class="b_ans"><div id="copans_container" class="{hashed_class(rng)}"><div class="copans_title">{_svg(rng, _SPARKLES_LUCIDE, 18)} Copilot</div>'
                f'<div class="copans_text">{esc(text)}</div><div class="copans_footer">{esc(_tr(AI_MISTAKES, lang))}</div></div></li>')
        host, path, src = "www.bing.com", "/search", "Bing Copilot answer box (.b_ans > #copans_container)"
    elif engine == "ddg":
        lang = rng.choice(("en", "de", "fr", "es", "ja", "pt", "it", "nl"))
        lab = {"en": "Search Assist", "de": "Suchassistent", "fr": "Assistant de recherche", "es": "Asistente de búsqueda",
               "ja": "Search Assist", "pt": "Assistente de pesquisa", "it": "Assistente di ricerca", "nl": "Zoekassistent"}[lang]
        gen = {"en": "Generated by DuckDuckGo AI from the sources below", "de": "Von DuckDuckGo AI aus den folgenden Quellen generiert",
               "fr": "Généré par l’IA de DuckDuckGo à partir des sources ci-dessous", "es": "Generado por la IA de DuckDuckGo a partir de las fuentes de abajo",
               "ja": "以下の情報源から DuckDuckGo AI が生成", "pt": "Gerado pela IA do DuckDuckGo a partir das fontes abaixo",
               "it": "Generato dall’IA di DuckDuckGo dalle fonti seguenti", "nl": "Gegenereerd door DuckDuckGo AI op basis van onderstaande bronnen"}[lang]
        attr = rng.choice((("data-react-module-id", "wikinlp"), ("data-layout", "wikinlp")))
        html = (f'<div{_attrs(rng, [attr, ("class", "react-module")])}><section class="{hashed_class(rng)}"><h2>{esc(lab)}</h2>'
                f'<p>{esc(rng.choice(OVERVIEW_TEXT.get(lang, OVERVIEW_TEXT["en"])))}</p><small>{esc(gen)}</small></section></div>')
        host, path, src = "duckduckgo.com", "/", "DuckDuckGo Search Assist AI answer ([data-react-module-id=wikinlp])"
    elif engine == "brave":
        lang = rng.choice(("en", "de", "fr", "es", "ja", "pt", "it"))
        note = {"en": "AI-generated answer. Please verify critical facts.", "de": "KI-generierte Antwort. Bitte überprüfen Sie wichtige Fakten.",
                "fr": "Réponse générée par l’IA. Veuillez vérifier les faits essentiels.", "es": "Respuesta generada por IA. Verifica los datos importantes.",
                "ja": "AI が生成した回答です。重要な事実は確認してください。", "pt": "Resposta gerada por IA. Verifique os fatos importantes.",
                "it": "Risposta generata dall’IA. Verifica i fatti importanti."}[lang]
        html = (f'<div id="llm-snippet" class="snippet svelte-{hashed_class(rng)[-6:]}"><div class="llm-output">{esc(rng.choice(OVERVIEW_TEXT[lang]))}</div>'
                f'<div class="t-tertiary">{esc(note)}</div></div>')
        host, path, src = "search.brave.com", "/search", "Brave Search AI answer (#llm-snippet)"
    elif engine == "yandex":
        lang = "en"
        html = (f'<li data-fast-name="neuro_answer" class="serp-item"><div class="Root-FuturisSearchOuter"><div class="{hashed_class(rng)}">Alice AI</div>'
                f'<p>{esc(rng.choice(OVERVIEW_TEXT["en"]))}</p></div></li>')
        host, path, src = "yandex.com", "/search/", "Yandex neuro answer summary (li[data-fast-name=neuro_answer], .Root-FuturisSearchOuter)"
    elif engine == "kagi":
        lang = "en"
        html = (f'<div class="quick-answer-box"><button class="quick-answer-trigger-link" type="button">Quick Answer</button>'
                f'<div class="qa-content">{esc(rng.choice(OVERVIEW_TEXT["en"]))}</div></div>')
        host, path, src = "kagi.com", "/search", "Kagi Quick Answer (button.quick-answer-trigger-link)"
    elif engine == "webmd":
        lang = "en"
        html = ('<div class="ai-ovw-wrapper"><h2 class="ai-ovw-title">AI Overview</h2><p>Gout is a form of inflammatory arthritis caused by a buildup of uric acid crystals in a joint, most often the big toe.</p>'
                '<p class="ai-ovw-disclaimer">This summary was generated by AI and is not medical advice.</p></div>')
        host, path, src = "www.webmd.com", "/search", "WebMD search AI summary (.ai-ovw-wrapper)"
    else:
        lang = rng.choice(("en", "de", "fr", "es", "ja", "pt", "it"))
        html = (f'<div id="{rng.choice(("ai-overview-container", "search-answer"))}" class="{hashed_class(rng)}"><h2>{esc(_tr(AI_OVERVIEW, lang))}</h2>'
                f'<p>{esc(rng.choice(OVERVIEW_TEXT[lang]))}</p><p class="font-size-sm">{esc(_tr(AI_MISTAKES, lang))}</p></div>')
        host = rng.choice(("www.microsoft.com", "learn.microsoft.com"))
        path, src = "/search/", "Microsoft site search AI overview (#ai-overview-container / Learn #search-answer)"
    return example(wrap(html, rng, 1, 0.3), page_url(host, rng, path), 1, KIND, src, lang=lang,
                   context=_ctx_inline(rng, (560, 720), (160, 420), y=rng.randint(120, 260)))


def _asian_search_summaries(rng):
    which = rng.choice(("baidu", "yahoojp", "naver"))
    if which == "baidu":
        lang = "zh"
        html = (f'<div class="cosc-card-content-border"><div class="cosc-card-content"><div data-module="header"><div class="cosd-search-header-primary">'
                f'<div class="cosd-search-header-brand-area"><div class="cosd-search-header-brand-ai">AI 智能回答</div></div></div></div>'
                f'<p>水壶除垢时，可加入一勺柠檬酸煮沸，静置一小时后再反复冲洗干净。</p><span class="{hashed_class(rng)}">内容由AI生成，仅供参考</span></div></div>')
        host, path, src = "www.baidu.com", "/s", "Baidu AI answer card (.cosd-search-header-brand-ai)"
    elif which == "yahoojp":
        lang = "ja"
        html = (f'<div class="AnswerAiNavigation__content"><svg aria-label="AIアシスタント" role="img" width="20" height="20" viewBox="0 0 24 24"><path d="{_SPARK4}"></path></svg>'
                f'<p>電気ケトルの水垢は、クエン酸を入れて沸騰させると落としやすくなります。</p><a href="/ai-assistant">AIアシスタントに質問する</a></div>')
        host, path, src = "search.yahoo.co.jp", "/search", "Yahoo! JAPAN search AI assistant answer (.AnswerAiNavigation__content)"
    else:
        lang = "ko"
        html = ('<section class="sc_new _ai_briefing" data-module="ai_briefing"><h2 class="api_title">AI 브리핑</h2>'
                '<p>전기포트의 물때는 구연산 한 숟가락을 넣고 끓인 뒤 한 시간 정도 두었다가 헹구면 쉽게 제거됩니다.</p><span class="notice">AI가 생성한 답변으로 정확하지 않을 수 있습니다.</span></section>')
        host, path, src = "search.naver.com", "/search.naver", "generic pattern modelled on Naver search 'AI 브리핑' answer block"
    return example(wrap(html, rng), page_url(host, rng, path), 1, KIND, src, lang=lang,
                   context=_ctx_inline(rng, (560, 700), (160, 360), y=rng.randint(120, 240)))


def _devsite_summaries(rng):
    which = rng.choice(("takeaways", "search", "blog", "learn"))
    lang = rng.choice(("en", "en", "ja", "ko", "zh", "pt", "es", "fr", "de"))
    if which == "takeaways":
        title = {"en": "Page Summary", "ja": "ページの概要", "ko": "페이지 요약", "zh": "页面摘要", "pt": "Resumo da página",
                 "es": "Resumen de la página", "fr": "Résumé de la page", "de": "Seitenzusammenfassung"}[lang]
        html = (f'<devsite-key-takeaways-panel><div class="devsite-key-takeaways"><h2>{esc(title)}</h2><ul>'
                f'<li>The Data API returns report rows for a property over a date range.</li><li>Requests are limited by quota tokens per project.</li></ul></div></devsite-key-takeaways-panel>')
        host, src = rng.choice(("developers.google.com", "developer.android.com", "firebase.google.com")), "Google developer docs AI 'Page Summary' (devsite-key-takeaways-panel)"
        lang = "en" if lang not in ("ja", "ko", "zh", "pt", "es", "fr", "de") else lang
    elif which == "search":
        html = ('<devsite-search-summary><div class="devsite-search-summary"><span class="label">AI-generated summary</span>'
                '<p>Use the batchUpdate method to apply several changes to a spreadsheet in a single request.</p></div></devsite-search-summary>')
        host, src, lang = rng.choice(("developers.google.com", "web.dev", "developer.chrome.com")), "Google developer sites AI search summary (devsite-search-summary)", "en"
    elif which == "blog":
        html = ('<uni-search-ai-summary><section class="uni-search-ai-summary"><h2>AI summary</h2>'
                '<p>Recent posts describe new accessibility features in Android and Chrome, including live captions in more languages.</p></section></uni-search-ai-summary>')
        host, src, lang = "blog.google", "The Keyword (blog.google) search AI summary (uni-search-ai-summary)", "en"
    else:
        lab = {"en": "Summarize this article for me", "ja": "この記事を要約する", "ko": "이 문서 요약", "zh": "为我总结本文",
               "pt": "Resumir este artigo para mim", "es": "Resumir este artículo", "fr": "Résumer cet article pour moi", "de": "Diesen Artikel für mich zusammenfassen"}[lang]
        html = (f'<button{_attrs(rng, [("data-id", "ai-summary"), ("class", "button button-sm button-clear"), ("type", "button"), ("data-bi-name", "ai-summary")])}>'
                f'<span class="icon" aria-hidden="true">{_svg(rng, _SPARKLES_LUCIDE, 16)}</span><span>{esc(lab)}</span></button>')
        host, src = "learn.microsoft.com", "Microsoft Learn 'Summarize this article for me' ([data-id=ai-summary])"
    return example(wrap(html, rng), page_url(host, rng, rng.choice(("/docs/guides", "/s/results", "/en-us/training/", "/search/"))),
                   1, KIND, src, lang=lang, context=_ctx_inline(rng, (200, 720), (36, 240)))


def _youtube_summaries(rng):
    lang = rng.choice(("en", "de", "fr", "es", "ja", "pt", "it", "ko"))
    sw = _tr(SUMMARY_WORD, lang)
    style = rng.randrange(3)
    if style == 0:
        html = (f'<div id="video-summary" class="style-scope ytd-watch-metadata"><h3>{esc(sw)}</h3>'
                f'<p>The creator walks through restoring a cast-iron pan: stripping rust, seasoning with thin coats of oil and baking it three times.</p></div>')
        src = "YouTube watch page AI video summary (#video-summary)"
    elif style == 1:
        html = (f'<ytd-expandable-metadata-renderer has-video-summary="" class="style-scope ytd-video-renderer"><div id="header">{esc(sw)}</div>'
                f'<div id="expanded-content">A beginner guide to pruning tomato plants, covering suckers, lower leaves and staking.</div></ytd-expandable-metadata-renderer>')
        src = "YouTube search result AI summary card (ytd-expandable-metadata-renderer[has-video-summary])"
    else:
        html = (f'<yt-live-chat-banner-manager><yt-live-chat-banner-chat-summary-renderer class="style-scope yt-live-chat-banner-renderer">'
                f'<div id="header">{_svg(rng, _SPARK4, 16)} {esc(sw)}</div><div id="summary">Chat is discussing the final lap and asking about the next race date.</div>'
                f'</yt-live-chat-banner-chat-summary-renderer></yt-live-chat-banner-manager>')
        src = "YouTube live chat AI summary banner (yt-live-chat-banner-chat-summary-renderer)"
    return example(html, page_url("www.youtube.com", rng, rng.choice(("/watch", "/results", "/live"))), 1, KIND, src,
                   lang=lang, context=_ctx_inline(rng, (360, 640), (60, 160)))


def _social_summaries(rng):
    which = rng.choice(("grok_explain", "grok_profile", "reddit", "fb", "fandom"))
    lang = "en"
    if which == "grok_explain":
        html = (f'<button{_attrs(rng, [("aria-label", "Grok actions"), ("role", "button"), ("class", "css-175oi2r r-1777fci r-bt1l66 r-bztko3 r-lrvibr r-1loqt21 r-1ny4l3l"), ("type", "button"), ("data-testid", rng.choice((None, "grokActions")))])}>'
                f'<svg viewBox="0 0 33 32" aria-hidden="true" class="r-4qtqp9 r-yyyyoo r-dnmrzs r-bnwqim r-lrvibr r-m6rgpd"><g><path d="M12.745 20.54l10.97-8.19c.539-.4 1.307-.244 1.564.38"></path></g></svg></button>')
        host, src = "x.com", "X post 'Grok actions' / Explain this post button (button[aria-label='Grok actions'])"
        lang = rng.choice(("en", "ja", "es", "pt", "fr", "de"))
    elif which == "grok_profile":
        html = (f'<button{_attrs(rng, [("aria-label", "Profile Summary"), ("role", "button"), ("type", "button"), ("class", "css-175oi2r r-sdzlij r-1phboty r-rs99b7 r-lrvibr r-1wron08 r-2yi16 r-1qi8awa r-1loqt21 r-o7ynqc r-6416eg r-1ny4l3l")])}>'
                f'<div dir="ltr" class="css-146c3p1 r-bcqeeo r-qvutc0">Grok</div></button>')
        host, src = "x.com", "X profile Grok 'Profile Summary' button"
    elif which == "reddit":
        html = ('<div class="relative xs:rounded-4 hover:bg-neutral-background-hover search-answers-preview-section"><h3>Reddit Answers</h3>'
                '<p>Redditors mostly recommend a cast-iron skillet for searing and a nonstick pan for eggs, and warn against metal utensils on coated pans.</p>'
                '<a href="/answers/">Ask a follow-up</a></div>')
        host, src = "www.reddit.com", "Reddit search 'Reddit Answers' AI summary (.search-answers-preview-section)"
    elif which == "fb":
        html = ('<div><div class="x1g0dm76 xpdmqnj"><div class="x1120s5i xyamay9 x1n2onr6"><div class="html-div xdj266r x14z9mp xat24cr x1lziwak x78zum5 x1n2onr6 xh8yej3">'
                '<span dir="auto">Meta AI summary</span><span dir="auto">Members are sharing tips for growing tomatoes on a balcony, mostly about pot size and watering.</span></div></div></div></div>')
        host, src = "www.facebook.com", "Facebook group post AI summary (Meta AI summary block)"
    else:
        html = ('<section class="trfc161 quick-answers"><h2>Quick Answers</h2><div class="quick-answers__item"><strong>When does Aang learn firebending?</strong>'
                '<p>Aang begins learning firebending in the third season after Zuko joins the group.</p></div><small>Answers are generated by AI and may be inaccurate.</small></section>')
        host, src = "avatar.fandom.com", "Fandom wiki AI 'Quick Answers' (section.trfc161)"
    return example(wrap(html, rng), page_url(host, rng, rng.choice(("/home", "/search/", "/wiki/Aang", "/groups/feed/"))),
                   1, KIND, src, lang=lang, context=_ctx_inline(rng, (34, 600), (34, 200)))


SLACK_RECAP = {
    "en": ("Summarize thread", "Summary of the last 7 days", "Recap", "Only visible to you · Generated by Slack AI"),
    "de": ("Thread zusammenfassen", "Zusammenfassung der letzten 7 Tage", "Rückblick", "Nur für dich sichtbar · Von Slack AI generiert"),
    "fr": ("Résumer le fil", "Résumé des 7 derniers jours", "Récapitulatif", "Visible uniquement par vous · Généré par Slack AI"),
    "es": ("Resumir hilo", "Resumen de los últimos 7 días", "Resumen", "Solo visible para ti · Generado por Slack AI"),
    "ja": ("スレッドを要約", "過去 7 日間の要約", "まとめ", "あなただけに表示されています · Slack AI により生成"),
    "pt": ("Resumir conversa", "Resumo dos últimos 7 dias", "Recapitulação", "Visível apenas para você · Gerado pelo Slack AI"),
    "it": ("Riassumi thread", "Riepilogo degli ultimi 7 giorni", "Riepilogo", "Visibile solo a te · Generato da Slack AI"),
}
SLACK_BODY = {
    "en": "The team agreed to ship the billing fix on Tuesday. Priya is updating the migration script and Tom will write the release note.",
    "de": "Das Team hat beschlossen, den Abrechnungs-Fix am Dienstag auszuliefern. Priya passt das Migrationsskript an.",
    "fr": "L’équipe a convenu de livrer le correctif de facturation mardi. Priya met à jour le script de migration.",
    "es": "El equipo acordó publicar la corrección de facturación el martes. Priya actualiza el script de migración.",
    "ja": "チームは請求の修正を火曜日にリリースすることで合意しました。Priya が移行スクリプトを更新します。",
    "pt": "A equipe combinou lançar a correção de cobrança na terça. Priya está atualizando o script de migração.",
    "it": "Il team ha deciso di rilasciare la correzione della fatturazione martedì. Priya aggiorna lo script di migrazione.",
}


def _slack_ai(rng):
    lang = _lang(rng, SLACK_RECAP)
    summ, last7, recap, vis = SLACK_RECAP[lang]
    style = rng.randrange(3)
    if style == 0:
        html = (f'<button{_attrs(rng, [("class", "c-button-unstyled p-ai_summary__button"), ("data-qa", "thread_summarize_button"), ("aria-label", summ), ("type", "button")])}>'
                f'{_svg(rng, _SPARKLES_LUCIDE, 16)}<span>{esc(summ)}</span></button>')
        ctx = _ctx_inline(rng, (130, 200), (28, 32))
        src = "generic pattern modelled on Slack AI 'Summarize thread' button"
    elif style == 1:
        html = (f'<div class="p-ai_summary" data-qa="ai_summary" role="region" aria-label="{esc(last7)}"><div class="p-ai_summary__header">{_svg(rng, _SPARKLES_LUCIDE, 16)} {esc(last7)}</div>'
                f'<div class="p-ai_summary__body">{esc(SLACK_BODY[lang])}</div><div class="p-ai_summary__footer">{esc(vis)}</div></div>')
        ctx = _ctx_inline(rng, (480, 720), (120, 240))
        src = "generic pattern modelled on Slack AI channel summary card ('Generated by Slack AI')"
    else:
        html = (f'<a{_attrs(rng, [("class", "p-channel_sidebar__link p-ai_recap__link"), ("data-qa-channel-sidebar-link-id", "Precap"), ("href", "/client/T0/recap")])}>'
                f'{_svg(rng, _SPARKLES_LUCIDE, 16)}<span class="p-channel_sidebar__name">{esc(recap)}</span></a>')
        ctx = _ctx_inline(rng, (200, 260), (28, 28))
        src = "generic pattern modelled on Slack AI daily recap sidebar entry"
    return example(wrap(html, rng), page_url("app.slack.com", rng, f"/client/T0{rng.randint(10**6, 10**7)}/C0{rng.randint(10**6, 10**7)}"),
                   1, KIND, src, lang=lang, context=ctx)


MEETING_SUMMARY = {
    "en": ("Meeting summary with AI Companion", "Intelligent recap", "Quick recap", "Next steps"),
    "de": ("Meeting-Zusammenfassung mit AI Companion", "Intelligente Zusammenfassung", "Kurzer Rückblick", "Nächste Schritte"),
    "fr": ("Résumé de la réunion avec AI Companion", "Récapitulatif intelligent", "Récapitulatif rapide", "Prochaines étapes"),
    "es": ("Resumen de la reunión con AI Companion", "Resumen inteligente", "Resumen rápido", "Próximos pasos"),
    "ja": ("AI Companion による会議の要約", "インテリジェント要約", "簡単なまとめ", "次のステップ"),
    "pt": ("Resumo da reunião com o AI Companion", "Recapitulação inteligente", "Recapitulação rápida", "Próximas etapas"),
    "it": ("Riepilogo della riunione con AI Companion", "Riepilogo intelligente", "Riepilogo rapido", "Passaggi successivi"),
}


def _meeting_recaps(rng):
    lang = _lang(rng, MEETING_SUMMARY)
    zoom_t, teams_t, quick, nxt = MEETING_SUMMARY[lang]
    body = SLACK_BODY[lang]
    if rng.random() < 0.5:
        html = (f'<div class="{_cls(rng, "meeting-summary-card", "ai-companion-summary", obfuscate=0.4)}"><h3>{_svg(rng, _SPARKLE_MD, 18)} {esc(zoom_t)}</h3>'
                f'<h4>{esc(quick)}</h4><p>{esc(body)}</p><h4>{esc(nxt)}</h4><ul><li>Priya</li><li>Tom</li></ul></div>')
        host, path = rng.choice(("zoom.us", "app.zoom.us", "us06web.zoom.us")), "/meeting/summary"
        src = "generic pattern modelled on Zoom 'Meeting summary with AI Companion' card"
    else:
        html = (f'<div{_attrs(rng, [("data-tid", "intelligent-recap"), ("role", "region"), ("aria-label", teams_t), ("class", _cls(rng, "fui-Card", obfuscate=0.5))])}>'
                f'<h3>{esc(teams_t)}</h3><p>{esc(body)}</p><p class="{hashed_class(rng)}">AI-generated content may be incorrect</p></div>')
        host, path = rng.choice(("teams.microsoft.com", "teams.cloud.microsoft")), "/v2/"
        src = "generic pattern modelled on Microsoft Teams Premium 'Intelligent recap' tab"
    return example(wrap(html, rng), page_url(host, rng, path), 1, KIND, src, lang=lang,
                   context=_ctx_inline(rng, (480, 800), (160, 420)))


KEY_TAKEAWAYS = {
    "en": ("Key takeaways", "This summary was generated by AI and reviewed by our editors.", "Summarize with AI"),
    "de": ("Das Wichtigste in Kürze", "Diese Zusammenfassung wurde mit KI erstellt und von der Redaktion geprüft.", "Mit KI zusammenfassen"),
    "fr": ("L’essentiel", "Ce résumé a été généré par une IA et relu par la rédaction.", "Résumer avec l’IA"),
    "es": ("Claves", "Este resumen ha sido generado por IA y revisado por la redacción.", "Resumir con IA"),
    "ja": ("この記事のポイント", "この要約はAIが生成し、編集部が確認しました。", "AIで要約"),
    "pt": ("Principais pontos", "Este resumo foi gerado por IA e revisado pela redação.", "Resumir com IA"),
    "it": ("In breve", "Questo riassunto è stato generato dall’IA e verificato dalla redazione.", "Riassumi con l’IA"),
    "nl": ("In het kort", "Deze samenvatting is gemaakt met AI en gecontroleerd door de redactie.", "Samenvatten met AI"),
    "pl": ("Najważniejsze informacje", "To podsumowanie zostało wygenerowane przez AI i sprawdzone przez redakcję.", "Podsumuj z AI"),
    "sv": ("Det viktigaste", "Sammanfattningen är AI-genererad och granskad av redaktionen.", "Sammanfatta med AI"),
    "ko": ("핵심 요약", "이 요약은 AI가 생성하고 편집부가 검토했습니다.", "AI로 요약"),
}
NEWS_POINTS = {
    "en": ("The city council approved the new tram line on a 31–9 vote.", "Construction is due to start next spring.", "Residents can comment on the route until March."),
    "de": ("Der Stadtrat hat die neue Straßenbahnlinie mit großer Mehrheit beschlossen.", "Der Bau soll im Frühjahr beginnen.", "Anwohner können sich bis März äußern."),
    "fr": ("Le conseil municipal a approuvé la nouvelle ligne de tramway.", "Les travaux doivent commencer au printemps.", "Les habitants peuvent donner leur avis jusqu’en mars."),
    "es": ("El pleno aprobó la nueva línea de tranvía por amplia mayoría.", "Las obras empezarán la próxima primavera.", "Los vecinos pueden presentar alegaciones hasta marzo."),
    "ja": ("市議会は新しい路面電車路線を賛成多数で可決した。", "工事は来春に始まる予定。", "ルートへの意見は3月まで受け付ける。"),
    "pt": ("A câmara aprovou a nova linha de elétrico por larga maioria.", "As obras devem começar na próxima primavera.", "Os moradores podem opinar até março."),
    "it": ("Il consiglio comunale ha approvato la nuova linea del tram.", "I lavori inizieranno la prossima primavera.", "I cittadini possono inviare osservazioni fino a marzo."),
    "nl": ("De gemeenteraad heeft de nieuwe tramlijn goedgekeurd.", "De bouw begint volgend voorjaar.", "Bewoners kunnen tot maart reageren."),
    "pl": ("Rada miasta zatwierdziła nową linię tramwajową.", "Budowa ma ruszyć wiosną.", "Mieszkańcy mogą zgłaszać uwagi do marca."),
    "sv": ("Kommunfullmäktige har godkänt den nya spårvägslinjen.", "Bygget väntas starta i vår.", "Invånare kan lämna synpunkter fram till mars."),
    "ko": ("시의회가 새 트램 노선을 찬성 다수로 승인했다.", "공사는 내년 봄에 시작될 예정이다.", "주민 의견은 3월까지 받는다."),
}


def _news_ai_takeaways(rng):
    lang = _lang(rng, KEY_TAKEAWAYS)
    host = _host(rng, lang)
    head, note, btn = KEY_TAKEAWAYS[lang]
    style = rng.randrange(3)
    if style == 0:
        items = "".join(f"<li>{esc(p)}</li>" for p in NEWS_POINTS[lang])
        html = (f'<aside{_attrs(rng, [("class", _cls(rng, "article-ai-summary", "summary-box", obfuscate=0.4)), ("data-component", rng.choice(("ai-summary", "AiSummary", None))), ("aria-label", head)])}>'
                f'<h2>{_svg(rng, size=16)} {esc(head)}</h2><ul>{items}</ul><p class="disclaimer">{esc(note)}</p></aside>')
        src = "generic pattern: news article AI-generated 'key takeaways' box with AI disclaimer"
        ctx = _ctx_inline(rng, (560, 720), (160, 300))
    elif style == 1:
        html = (f'<button{_attrs(rng, [("type", "button"), ("class", _cls(rng, "btn-ai-summary", obfuscate=0.5)), ("data-track", "summarize-ai"), ("aria-expanded", "false")])}>'
                f'{_svg(rng, size=16)}<span>{esc(btn)}</span></button>')
        src = "generic pattern: 'Summarize with AI' button on a news article"
        ctx = _ctx_inline(rng, (150, 240), (32, 40))
    else:
        html = (f'<div{_attrs(rng, [("class", _cls(rng, "ai-tldr", obfuscate=0.5)), ("role", "note")])}><strong>{esc(head)}</strong> '
                f'<span>{esc(NEWS_POINTS[lang][0])}</span> <em>{esc(note)}</em></div>')
        src = "generic pattern: inline AI TL;DR note above an article"
        ctx = _ctx_inline(rng, (560, 720), (60, 120))
    return example(wrap(html, rng), page_url(host, rng, rng.choice(("/news/world", "/article/9921", "/blog/2026/11/notes"))),
                   1, KIND, src, lang=lang, context=ctx)


REVIEW_HIGHLIGHTS = {
    "en": ("Review highlights", "Summarized by AI from {n} reviews"),
    "de": ("Das sagen Gäste", "KI-Zusammenfassung aus {n} Bewertungen"),
    "fr": ("Ce qu’en disent les clients", "Résumé par l’IA à partir de {n} avis"),
    "es": ("Lo que dicen los clientes", "Resumen generado por IA a partir de {n} opiniones"),
    "ja": ("レビューのハイライト", "{n}件のレビューをもとにAIが要約"),
    "pt": ("Destaques das avaliações", "Resumido por IA a partir de {n} avaliações"),
    "it": ("In evidenza dalle recensioni", "Riassunto dall’IA da {n} recensioni"),
    "nl": ("Hoogtepunten uit reviews", "Door AI samengevat uit {n} reviews"),
    "pl": ("Najważniejsze z opinii", "Podsumowanie AI na podstawie {n} opinii"),
    "sv": ("Höjdpunkter från omdömen", "AI-sammanfattning av {n} omdömen"),
    "ko": ("리뷰 하이라이트", "리뷰 {n}개를 AI가 요약"),
    "zh": ("评价亮点", "由 AI 根据 {n} 条评价总结"),
}
SHOP_REVIEW_BODY = {
    "en": "Buyers praise the sturdy frame and easy assembly; a few wish the cushions were firmer.",
    "de": "Käufer loben den stabilen Rahmen und den einfachen Aufbau; einige wünschen sich festere Polster.",
    "fr": "Les acheteurs saluent la solidité du cadre et le montage facile ; quelques-uns auraient aimé des coussins plus fermes.",
    "es": "Los compradores destacan la estructura resistente y el montaje sencillo; algunos querrían cojines más firmes.",
    "ja": "しっかりしたフレームと組み立てやすさが好評です。クッションがもう少し硬いとよいという声もあります。",
    "pt": "Os compradores elogiam a estrutura firme e a montagem fácil; alguns queriam almofadas mais firmes.",
    "it": "Gli acquirenti lodano la struttura solida e il montaggio semplice; alcuni vorrebbero cuscini più rigidi.",
    "nl": "Kopers prijzen het stevige frame en de eenvoudige montage; enkelen hadden stevigere kussens gewild.",
    "pl": "Kupujący chwalą solidną ramę i łatwy montaż; niektórzy woleliby twardsze poduszki.",
    "sv": "Köpare berömmer den stabila ramen och den enkla monteringen; några önskar fastare dynor.",
    "ko": "튼튼한 프레임과 쉬운 조립이 호평을 받았으며, 쿠션이 더 단단했으면 한다는 의견도 있습니다.",
    "zh": "买家称赞框架结实、安装简单；也有人希望坐垫再硬一些。",
}


def _shop_review_ai(rng):
    lang = _lang(rng, REVIEW_HIGHLIGHTS)
    host = _host(rng, lang)
    head, note = REVIEW_HIGHLIGHTS[lang]
    note = note.format(n=rng.randint(40, 2400))
    html = (f'<section{_attrs(rng, [("class", _cls(rng, "review-ai-summary", "pdp-section", obfuscate=0.5)), ("data-testid", rng.choice(("ai-review-summary", "reviews-summary-ai", None))), ("aria-label", head)])}>'
            f'<h3>{esc(head)}</h3><p>{esc(SHOP_REVIEW_BODY[lang])}</p><p class="{hashed_class(rng)}">{_svg(rng, size=14)} {esc(note)}</p></section>')
    return example(wrap(html, rng), page_url(host, rng, rng.choice(("/products/item-4821", "/store", "/p/sofa-lund-3"))),
                   1, KIND, "generic pattern: shop product page AI review summary ('summarized by AI from N reviews')",
                   lang=lang, context=_ctx_inline(rng, (420, 700), (100, 200)))


def _ask_ai_summarize_popover(rng):
    """A 'Summarize this page' popover a site opens over an article."""
    lang = _lang(rng, KEY_TAKEAWAYS)
    host = _host(rng, lang)
    head, note, btn = KEY_TAKEAWAYS[lang]
    items = "".join(f"<li>{esc(p)}</li>" for p in NEWS_POINTS[lang][:2])
    html = (f'<div{_attrs(rng, [("role", "dialog"), ("aria-label", btn), ("class", _cls(rng, "ai-summary-popover", obfuscate=0.5))])}>'
            f'<header>{_svg(rng, size=16)} {esc(btn)}</header><ul>{items}</ul><footer>{esc(note)}</footer></div>')
    return example(html, page_url(host, rng, rng.choice(("/news/world", "/article/9921"))), 1, KIND,
                   "generic pattern: 'Summarize with AI' result popover on an article page", lang=lang,
                   context=_ctx_overlay(rng, (300, 420), (180, 300)))


TEMPLATES = (
    _google_ai_overview, _amazon_customers_say, _gmail_summary, _drive_sheets_summaries,
    _search_engine_answers, _asian_search_summaries, _devsite_summaries, _youtube_summaries,
    _social_summaries, _slack_ai, _meeting_recaps, _news_ai_takeaways, _shop_review_ai,
    _ask_ai_summarize_popover, _google_ai_overview, _amazon_customers_say, _news_ai_takeaways,
    _search_engine_answers, _shop_review_ai,
)


def examples():
    return _run("pos_app_summary", TEMPLATES, 115)
