"""Long-tail negatives (label 0): the user's own AI controls in more
designs (status rows "AI features: Off", opt-out of AI training, noai
checkboxes, blocker-extension options "Hide AI Overviews"/"Block AI
widgets", robots noai meta docs), editor-written summary boxes ("Key
takeaways", "Das Wichtigste in Kürze", "En bref", "要点"), FAQ accordions,
and small page widgets: weather, stock and live-score tickers, currency
switchers."""
from corpus.common import esc
from corpus.sources.neg_longtail_fabs import (LANGS, _attrs, _cls, _cssmod, _d, _hid, _pick, _run,
                                              _svg, _t, _tid)

_OFF = {"en": ("AI features", "Off", "Manage"), "de": ("KI-Funktionen", "Aus", "Verwalten"), "fr": ("Fonctionnalités d'IA", "Désactivées", "Gérer"),
        "es": ("Funciones de IA", "Desactivadas", "Gestionar"), "ja": ("AI機能", "オフ", "管理"), "pt": ("Recursos de IA", "Desativados", "Gerenciar"),
        "it": ("Funzionalità IA", "Disattivate", "Gestisci"), "nl": ("AI-functies", "Uit", "Beheren"), "pl": ("Funkcje AI", "Wyłączone", "Zarządzaj"),
        "ko": ("AI 기능", "꺼짐", "관리"), "zh": ("AI 功能", "已关闭", "管理"), "sv": ("AI-funktioner", "Av", "Hantera")}


def ai_status_row(rng, lang):
    name, off, manage = _OFF[lang]
    style = rng.randrange(3)
    if style == 0:
        html = (f'<div class="{_cls(rng, "account-row")}"><dt>{esc(name)}</dt><dd><span class="{_cls(rng, "status-pill", "status-pill--off")}">{esc(off)}</span></dd>'
                f'<dd><a href="/settings/ai">{esc(manage)}</a></dd></div>')
    elif style == 1:
        html = (f'<li class="{_cssmod(rng, "SettingsList", "item")}"><a href="/account/privacy#ai"><span>{esc(name)}</span><span class="{_cssmod(rng, "SettingsList", "value")}">{esc(off)}</span>'
                f'{_svg(rng, "M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z", 18)}</a></li>')
    else:
        html = (f'<div class="flex items-center justify-between py-4"><div><p class="text-sm font-medium text-gray-900">{esc(name)}</p>'
                f'<p class="text-sm text-gray-500">{esc(off)}</p></div><button type="button" class="rounded-md bg-white px-2.5 py-1.5 text-sm font-semibold text-gray-900 '
                f'shadow-sm ring-1 ring-inset ring-gray-300 hover:bg-gray-50">{esc(manage)}</button></div>')
    return _d(html, "settings_row", "generic pattern: account overview row showing 'AI features: Off' with manage link", size=((300, 800), (40, 80)))


_TRAIN = {"en": ("Data for generative AI improvement", "Allow the use of my data and content for training content-creation AI models.", "Don't use my content to train AI models"),
          "de": ("Daten zur Verbesserung generativer KI", "Erlauben, dass meine Daten und Inhalte zum Training von KI-Modellen verwendet werden.", "Meine Inhalte nicht zum Training von KI-Modellen verwenden"),
          "fr": ("Données pour l'amélioration de l'IA générative", "Autoriser l'utilisation de mes données pour entraîner des modèles d'IA.", "Ne pas utiliser mes contenus pour entraîner des modèles d'IA"),
          "es": ("Datos para mejorar la IA generativa", "Permitir el uso de mis datos y contenido para entrenar modelos de IA.", "No usar mi contenido para entrenar modelos de IA"),
          "ja": ("生成AIの改善のためのデータ", "コンテンツ作成AIモデルの学習に自分のデータを使用することを許可する。", "自分のコンテンツをAIの学習に使用しない"),
          "pt": ("Dados para melhoria da IA generativa", "Permitir o uso dos meus dados para treinar modelos de IA.", "Não usar meu conteúdo para treinar modelos de IA"),
          "it": ("Dati per il miglioramento dell'IA generativa", "Consenti l'uso dei miei dati per addestrare modelli di IA.", "Non usare i miei contenuti per addestrare modelli di IA"),
          "nl": ("Gegevens voor verbetering van generatieve AI", "Sta toe dat mijn gegevens worden gebruikt om AI-modellen te trainen.", "Mijn content niet gebruiken om AI-modellen te trainen"),
          "pl": ("Dane do ulepszania generatywnej AI", "Zezwalaj na używanie moich danych do trenowania modeli AI.", "Nie używaj moich treści do trenowania modeli AI"),
          "ko": ("생성형 AI 개선을 위한 데이터", "콘텐츠 생성 AI 모델 학습에 내 데이터를 사용하도록 허용합니다.", "내 콘텐츠를 AI 학습에 사용하지 않기"),
          "zh": ("用于改进生成式 AI 的数据", "允许使用我的数据和内容训练内容生成 AI 模型。", "不要使用我的内容训练 AI 模型"),
          "sv": ("Data för förbättring av generativ AI", "Tillåt att mina data används för att träna AI-modeller.", "Använd inte mitt innehåll för att träna AI-modeller")}


def ai_training_optout(rng, lang):
    title, desc, noai = _TRAIN[lang]
    style = rng.randrange(4)
    if style == 0:
        html = (f'<div class="{_cls(rng, "setting-item")}"><h3 id="gai-t">{esc(title)}</h3><p id="gai-d">{esc(desc)}</p>'
                f'<div class="artdeco-toggle artdeco-toggle--32dp ember-view"><input id="gai-toggle" class="artdeco-toggle__button" type="checkbox" role="switch" '
                f'aria-labelledby="gai-t" aria-describedby="gai-d"{" checked" if rng.random() < 0.3 else ""}><label for="gai-toggle" class="artdeco-toggle__text"></label></div></div>')
        src = "LinkedIn settings 'Data for Generative AI Improvement' artdeco-toggle"
    elif style == 1:
        html = (f'<fieldset class="{_cls(rng, "privacy-options")}"><legend>{esc(_t("settings", lang))}</legend><label><input type="checkbox" name="noai" value="1" checked> {esc(noai)}</label>'
                f'<p class="{_cls(rng, "hint")}">Adds <code>noai</code> and <code>noimageai</code> directives to your gallery pages.</p></fieldset>')
        src = "DeviantArt-style 'noai' checkbox in deviation/gallery settings"
    elif style == 2:
        html = (f'<div class="flex items-start"><div class="flex h-6 items-center"><input id="optout-training" name="optout_training" type="checkbox" '
                f'class="h-4 w-4 rounded border-gray-300 text-indigo-600 focus:ring-indigo-600" checked></div><div class="ml-3 text-sm leading-6">'
                f'<label for="optout-training" class="font-medium text-gray-900">{esc(noai)}</label><p class="text-gray-500">{esc(desc)}</p></div></div>')
        src = "generic pattern: Tailwind checkbox 'Don't use my content to train AI models'"
    else:
        html = (f'<md-list-item type="button"><div slot="headline">{esc(title)}</div><div slot="supporting-text">{esc(desc)}</div>'
                f'<md-switch slot="end" aria-label="{esc(title)}"></md-switch></md-list-item>')
        src = "Material Web md-list-item with md-switch for AI training consent"
    return _d(html, "settings_toggle", src, size=((300, 800), (60, 160)))


_EXT = {"en": ("Hide AI Overviews on search pages", "Block AI chat widgets", "Remove Copilot and Gemini buttons", "Show a badge when something was hidden"),
        "de": ("KI-Übersichten auf Suchseiten ausblenden", "KI-Chat-Widgets blockieren", "Copilot- und Gemini-Schaltflächen entfernen"),
        "fr": ("Masquer les aperçus IA dans la recherche", "Bloquer les widgets de chat IA", "Retirer les boutons Copilot et Gemini"),
        "es": ("Ocultar las vistas creadas con IA", "Bloquear widgets de chat con IA", "Quitar botones de Copilot y Gemini"),
        "ja": ("検索結果のAIによる概要を非表示", "AIチャットウィジェットをブロック", "CopilotとGeminiのボタンを削除"),
        "pt": ("Ocultar Visões Gerais criadas por IA", "Bloquear widgets de chat com IA"), "it": ("Nascondi le panoramiche IA", "Blocca i widget di chat IA"),
        "nl": ("AI-overzichten verbergen", "AI-chatwidgets blokkeren"), "pl": ("Ukryj przeglądy od AI", "Blokuj widżety czatu AI"),
        "ko": ("AI 개요 숨기기", "AI 채팅 위젯 차단"), "zh": ("隐藏 AI 概览", "屏蔽 AI 聊天小部件"), "sv": ("Dölj AI-översikter", "Blockera AI-chattwidgets")}


def extension_options(rng, lang):
    opts = _EXT[lang]
    style = rng.randrange(2)
    if style == 0:
        rows = "".join(f'<li><label class="{_cls(rng, "switch-row")}"><input type="checkbox" data-setting="opt{j}"{" checked" if rng.random() < 0.7 else ""}>'
                       f'<span>{esc(o)}</span></label></li>' for j, o in enumerate(opts))
        html = (f'<main class="{_cls(rng, "popup")}" style="width:320px"><header><img src="icons/icon-32.png" alt="" width="20"> <strong>Quiet Web</strong>'
                f'<span class="{_cls(rng, "version")}">v{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}</span></header><ul>{rows}</ul>'
                f'<footer><a href="options.html" target="_blank">{esc(_t("settings", lang))}</a></footer></main>')
        src = "generic pattern: browser-extension popup with 'Hide AI Overviews' / 'Block AI widgets' checkboxes"
    else:
        rows = "".join(f'<div class="li"><label><span class="input checkbox"><input type="checkbox" data-listkey="ai-widgets-{j}"{" checked" if rng.random() < 0.6 else ""}>'
                       f'<svg viewBox="0 0 24 24"><path d="M1.73,12.91 8.1,19.28 22.79,4.59"></path></svg></span><span>{esc(o)}</span></label>'
                       f'<span class="iconified" title="{rng.randint(20, 900)} rules"></span></div>' for j, o in enumerate(opts))
        html = (f'<div class="listEntries"><div class="li listEntry" data-role="node" data-key="annoyances"><div class="detailbar"><label><span class="listname">Annoyances</span></label>'
                f'</div><div class="listEntries">{rows}</div></div></div>')
        src = "uBlock Origin dashboard 3p-filters list entries (listEntry/detailbar) with AI-widget filter lists"
    return _d(html, "settings_panel", src, size=((300, 700), (160, 400)), hosts=("chrome-extension.local", "addons.mozilla.org"))


def noai_meta_docs(rng, lang):
    code = rng.choice(('&lt;meta name="robots" content="noai, noimageai"&gt;', 'User-agent: GPTBot\nDisallow: /\n\nUser-agent: CCBot\nDisallow: /',
                       'User-agent: Google-Extended\nDisallow: /'))
    intro = _pick({"en": "To ask AI crawlers not to use your pages for training, add this to your site:", "de": "Um KI-Crawler vom Training auszuschließen, fügen Sie Folgendes hinzu:",
                   "fr": "Pour demander aux robots d'IA de ne pas utiliser vos pages, ajoutez ceci :", "es": "Para pedir a los rastreadores de IA que no usen tus páginas, añade esto:",
                   "ja": "AIクローラーによる学習利用を拒否するには、次を追加します：", "pt": "Para pedir que rastreadores de IA não usem suas páginas, adicione:",
                   "it": "Per chiedere ai crawler IA di non usare le tue pagine, aggiungi:"}, lang)
    html = (f'<div class="{_cls(rng, "docs-callout")}"><p>{esc(intro)}</p><pre class="{_cls(rng, "language-text")}"><code>{code}</code></pre>'
            f'<button type="button" class="{_cls(rng, "copy-button")}" aria-label="Copy code">{_svg(rng, "M16 1H4a2 2 0 0 0-2 2v14h2V3h12V1z", 16)}</button></div>')
    return _d(html, "code_sample", "generic pattern: docs snippet showing robots.txt / meta noai opt-out with copy button", size=((400, 800), (100, 240)))


_TAKE = {"en": ("Key takeaways", ("The council approved the new bus lanes by 7 votes to 2.", "Construction starts in March and lasts about eight months.", "Parking on Elm Street will be reduced by 40 spaces.")),
         "de": ("Das Wichtigste in Kürze", ("Der Stadtrat hat die neuen Busspuren mit 7 zu 2 Stimmen beschlossen.", "Die Bauarbeiten beginnen im März und dauern rund acht Monate.", "In der Lindenstraße fallen 40 Parkplätze weg.")),
         "fr": ("En bref", ("Le conseil municipal a voté les nouveaux couloirs de bus par 7 voix contre 2.", "Les travaux débutent en mars pour huit mois environ.", "La rue des Lilas perdra 40 places de stationnement.")),
         "es": ("Resumen", ("El pleno aprobó los nuevos carriles bus por 7 votos a 2.", "Las obras empiezan en marzo y durarán unos ocho meses.", "La calle Olmo perderá 40 plazas de aparcamiento.")),
         "ja": ("要点", ("市議会は新しいバス専用レーンを賛成7、反対2で可決した。", "工事は3月に始まり、約8か月続く。", "駐車スペースは40台分減る。")),
         "pt": ("Em resumo", ("A câmara aprovou as novas faixas de ônibus por 7 votos a 2.", "As obras começam em março e duram cerca de oito meses.")),
         "it": ("In breve", ("Il consiglio ha approvato le nuove corsie preferenziali con 7 voti a 2.", "I lavori iniziano a marzo e dureranno circa otto mesi.")),
         "nl": ("In het kort", ("De gemeenteraad stemde met 7 tegen 2 in met de nieuwe busbanen.", "De werkzaamheden beginnen in maart en duren ongeveer acht maanden.")),
         "pl": ("W skrócie", ("Rada miasta przyjęła nowe buspasy stosunkiem głosów 7 do 2.", "Budowa rozpocznie się w marcu i potrwa około ośmiu miesięcy.")),
         "ko": ("핵심 요약", ("시의회는 새 버스전용차로를 찬성 7, 반대 2로 통과시켰다.", "공사는 3월에 시작해 약 8개월간 진행된다.")),
         "zh": ("要点", ("市议会以7票赞成、2票反对通过了新的公交专用道。", "工程将于3月开工，持续约八个月。")),
         "sv": ("I korthet", ("Kommunfullmäktige röstade igenom de nya bussfälten med 7 röster mot 2.", "Bygget startar i mars och pågår i ungefär åtta månader."))}


def key_takeaways(rng, lang):
    title, points = _TAKE[lang]
    lis = "".join(f"<li>{esc(p)}</li>" for p in points)
    style = rng.randrange(4)
    if style == 0:
        html = f'<aside class="{_cls(rng, "article-summary")}" aria-labelledby="kt"><h2 id="kt">{esc(title)}</h2><ul>{lis}</ul></aside>'
    elif style == 1:
        html = (f'<div class="{_cssmod(rng, "StoryHighlights", "box")}" data-component="story-highlights"><p class="{_cssmod(rng, "StoryHighlights", "heading")}">{esc(title)}</p>'
                f'<ul class="{_cssmod(rng, "StoryHighlights", "list")}">{lis}</ul></div>')
    elif style == 2:
        html = (f'<section class="wp-block-group is-style-key-points has-background" style="background-color:#f4f1ea"><h3 class="wp-block-heading">{esc(title)}</h3>'
                f'<ul class="wp-block-list">{lis}</ul></section>')
    else:
        html = (f'<div class="border-l-4 border-blue-600 bg-blue-50 p-4 my-6"><strong class="block mb-2 uppercase tracking-wide text-xs">{esc(title)}</strong>'
                f'<ol class="list-decimal pl-5 space-y-1">{lis}</ol><p class="mt-2 text-xs text-gray-500">{esc(_pick({"en": "Written by our city desk", "de": "Von unserer Lokalredaktion", "fr": "Par notre rédaction locale", "es": "Por nuestra redacción local"}, lang))}</p></div>')
    return _d(html, "article_summary", "generic pattern: editor-written key-takeaways box at the top of a news story", size=((320, 760), (120, 300)))


_TLDR = {"en": "TL;DR: switch the cache to Redis, bump the pool size to 20, and the 502s go away.",
         "de": "TL;DR: Cache auf Redis umstellen, Pool-Größe auf 20 erhöhen – dann verschwinden die 502er.",
         "fr": "TL;DR : passez le cache sur Redis, montez le pool à 20 et les erreurs 502 disparaissent.",
         "es": "TL;DR: cambia la caché a Redis, sube el pool a 20 y los 502 desaparecen.",
         "ja": "TL;DR：キャッシュをRedisに切り替え、プールサイズを20に上げれば502は消えます。",
         "pt": "TL;DR: troque o cache para Redis, aumente o pool para 20 e os 502 somem.",
         "it": "TL;DR: passa la cache a Redis, porta il pool a 20 e i 502 spariscono."}


def tldr_box(rng, lang):
    t = _TLDR[lang]
    style = rng.randrange(3)
    if style == 0:
        html = f'<blockquote><p><strong>{esc(t.split(":")[0].split("：")[0])}</strong>{esc(t[len(t.split(":")[0].split("：")[0]):])}</p></blockquote>'
    elif style == 1:
        html = f'<div class="admonition note"><p class="admonition-title">TL;DR</p><p>{esc(t)}</p></div>'
    else:
        html = f'<div class="markdown-alert markdown-alert-tip" dir="auto"><p class="markdown-alert-title" dir="auto">{_svg(rng, "star", 16)}Tip</p><p dir="auto">{esc(t)}</p></div>'
    return _d(html, "article_summary", "generic pattern: author-written TL;DR in a blog post (blockquote / MkDocs admonition / GitHub alert)",
              size=((300, 760), (40, 120)))


_FAQ = {"en": (("How long does delivery take?", "Orders placed before 2 pm ship the same day and usually arrive in 2–3 working days."),
               ("Can I return an item?", "Yes, you have 30 days to return unused items free of charge."),
               ("Do you ship abroad?", "We ship to all EU countries, the UK, Switzerland and Norway.")),
        "de": (("Wie lange dauert die Lieferung?", "Bestellungen bis 14 Uhr versenden wir am selben Tag; die Lieferung dauert meist 2–3 Werktage."),
               ("Kann ich Artikel zurückgeben?", "Ja, unbenutzte Artikel kannst du innerhalb von 30 Tagen kostenlos zurücksenden.")),
        "fr": (("Quels sont les délais de livraison ?", "Les commandes passées avant 14 h sont expédiées le jour même."),
               ("Puis-je retourner un article ?", "Oui, vous disposez de 30 jours pour retourner gratuitement un article non utilisé.")),
        "es": (("¿Cuánto tarda el envío?", "Los pedidos realizados antes de las 14:00 salen el mismo día."),
               ("¿Puedo devolver un producto?", "Sí, tienes 30 días para devolver gratis los artículos sin usar.")),
        "ja": (("配送にはどのくらいかかりますか？", "14時までのご注文は当日発送、通常2～3営業日でお届けします。"), ("返品できますか？", "未使用品は30日以内なら無料で返品できます。")),
        "pt": (("Quanto tempo demora a entrega?", "Pedidos feitos até as 14h são enviados no mesmo dia."), ("Posso devolver um item?", "Sim, você tem 30 dias para devolver itens sem uso.")),
        "it": (("Quanto tempo richiede la consegna?", "Gli ordini effettuati entro le 14 partono in giornata."), ("Posso restituire un articolo?", "Sì, hai 30 giorni per il reso gratuito.")),
        "nl": (("Hoe lang duurt de levering?", "Voor 14.00 uur besteld, dezelfde dag verzonden."), ("Kan ik iets retourneren?", "Ja, je hebt 30 dagen om gratis te retourneren.")),
        "pl": (("Ile trwa dostawa?", "Zamówienia złożone do 14:00 wysyłamy tego samego dnia."), ("Czy mogę zwrócić produkt?", "Tak, masz 30 dni na bezpłatny zwrot.")),
        "ko": (("배송은 얼마나 걸리나요?", "오후 2시 이전 주문은 당일 발송됩니다."), ("반품할 수 있나요?", "미사용 상품은 30일 이내 무료 반품이 가능합니다.")),
        "zh": (("发货需要多长时间？", "下午2点前下单当天发货，通常2-3个工作日送达。"), ("可以退货吗？", "未使用的商品可在30天内免费退货。")),
        "sv": (("Hur lång är leveranstiden?", "Beställningar före kl. 14 skickas samma dag."), ("Kan jag returnera en vara?", "Ja, du har 30 dagars fri retur på oanvända varor."))}


def faq_accordion(rng, lang):
    qa = _FAQ[lang]
    style = rng.randrange(3)
    if style == 0:
        items = "".join(f'<details class="{_cls(rng, "faq__item")}"{" open" if j == 0 else ""}><summary>{esc(q)}</summary><p>{esc(a)}</p></details>' for j, (q, a) in enumerate(qa))
        html = f'<section class="{_cls(rng, "faq")}">{items}</section>'
        src = "generic pattern: details/summary FAQ"
    elif style == 1:
        items = "".join(f'<div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question"><h3 itemprop="name">{esc(q)}</h3>'
                        f'<div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer"><div itemprop="text">{esc(a)}</div></div></div>' for q, a in qa)
        html = f'<div itemscope itemtype="https://schema.org/FAQPage">{items}</div>'
        src = "schema.org FAQPage microdata block"
    else:
        aid = f"faq{_hid(rng, 4)}"
        items = "".join(f'<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button{"" if j == 0 else " collapsed"}" type="button" '
                        f'data-bs-toggle="collapse" data-bs-target="#{aid}-{j}" aria-expanded="{"true" if j == 0 else "false"}" aria-controls="{aid}-{j}">{esc(q)}</button></h2>'
                        f'<div id="{aid}-{j}" class="accordion-collapse collapse{" show" if j == 0 else ""}" data-bs-parent="#{aid}"><div class="accordion-body">{esc(a)}</div></div></div>'
                        for j, (q, a) in enumerate(qa))
        html = f'<div class="accordion" id="{aid}">{items}</div>'
        src = "Bootstrap 5 accordion FAQ"
    return _d(html, "faq", src, size=((400, 900), (150, 500)))


def weather_widget(rng, lang):
    city = _pick({"en": ("Seattle", "Leeds", "Denver"), "de": ("Hamburg", "Graz", "Basel"), "fr": ("Rennes", "Lyon"), "es": ("Bilbao", "Valencia"),
                  "ja": ("札幌", "福岡"), "pt": ("Porto", "Curitiba"), "it": ("Torino", "Bari"), "nl": ("Utrecht",), "pl": ("Gdańsk",),
                  "ko": ("부산",), "zh": ("成都",), "sv": ("Umeå",)}, lang, rng)
    temp = rng.randint(-8, 31)
    style = rng.randrange(2)
    if style == 0:
        html = (f'<a class="weatherwidget-io" href="https://forecast7.com/{lang}/{_hid(rng, 4)}/{city.lower()}/" data-label_1="{esc(city.upper())}" '
                f'data-label_2="WEATHER" data-theme="original">{esc(city)} WEATHER</a>')
        src = "weatherwidget.io a.weatherwidget-io embed"
    else:
        days = "".join(f'<li><span>{d}</span>{_svg(rng, "sun", 20)}<span>{temp + rng.randint(-4, 4)}°</span></li>' for d in ("Mo", "Tu", "We", "Th", "Fr")[:rng.randint(3, 5)])
        html = (f'<div{_attrs(rng, [("class", _cls(rng, "weather-widget")), ("role", "region"), ("aria-label", city), _tid(rng, "weather")])}><p class="{_cls(rng, "weather-widget__city")}">{esc(city)}</p>'
                f'<p class="{_cls(rng, "weather-widget__temp")}">{temp}°C</p><ul class="{_cls(rng, "weather-widget__forecast")}">{days}</ul></div>')
        src = "generic pattern: news-site sidebar weather widget"
    return _d(html, "weather_widget", src, size=((240, 360), (120, 260)))


def stock_ticker(rng, lang):
    syms = rng.sample((("DAX", 19234.5), ("S&P 500", 5982.1), ("NIKKEI", 38412.7), ("FTSE", 8204.3), ("EUR/USD", 1.0831), ("BTC", 96110.0), ("CAC 40", 7440.2), ("IBEX", 11820.6)), 5)
    items = "".join(f'<li class="{_cls(rng, "ticker__item")}"><span class="{_cls(rng, "ticker__sym")}">{s}</span><span>{v:,.2f}</span>'
                    f'<span class="{_cls(rng, "ticker__chg", "is-up" if (c := rng.uniform(-2, 2)) >= 0 else "is-down")}">{c:+.2f}%</span></li>' for s, v in syms)
    html = f'<div{_attrs(rng, [("class", _cls(rng, "market-ticker")), ("aria-label", "Markets"), ("role", "marquee"), _tid(rng, "market-ticker")])}><ul>{items}</ul></div>'
    if rng.random() < 0.3:
        html = (f'<div class="tradingview-widget-container"><iframe scrolling="no" allowtransparency="true" frameborder="0" '
                f'src="https://www.tradingview-widget.com/embed-widget/ticker-tape/?locale={lang}#%7B%22colorTheme%22%3A%22light%22%7D" '
                f'title="ticker tape TradingView widget" lang="{lang}" style="user-select:none;box-sizing:border-box;display:block;height:46px;width:100%"></iframe>'
                f'<div class="tradingview-widget-copyright"><a href="https://www.tradingview.com/" rel="noopener nofollow" target="_blank"><span class="blue-text">Track all markets on TradingView</span></a></div></div>')
        return _d(html, "stock_ticker", "TradingView ticker-tape widget iframe in .tradingview-widget-container", "sticky", size=((800, 1920), (44, 72)),
                  frame="https://www.tradingview-widget.com/embed-widget/ticker-tape/")
    return _d(html, "stock_ticker", "generic pattern: scrolling market ticker strip under a news header", "sticky", size=((800, 1920), (32, 48)))


def score_ticker(rng, lang):
    teams = rng.sample(("ARS", "CHE", "BVB", "FCB", "PSG", "OM", "RMA", "BAR", "JUV", "INT", "AJA", "PSV", "BEN", "POR", "LAL", "BOS"), 6)
    games = "".join(f'<a class="{_cls(rng, "scorestrip__game")}" href="/match/{rng.randint(100000, 999999)}"><span class="{_cls(rng, "status")}">{rng.choice(("LIVE 67’", "HT", "FT", "19:45"))}</span>'
                    f'<span>{teams[k]} {rng.randint(0, 4)}</span><span>{teams[k + 1]} {rng.randint(0, 4)}</span></a>' for k in (0, 2, 4))
    html = (f'<nav{_attrs(rng, [("class", _cls(rng, "scorestrip")), ("aria-label", _pick({"en": "Live scores", "de": "Live-Ergebnisse", "fr": "Scores en direct", "es": "Resultados en directo", "it": "Risultati live", "pt": "Placar ao vivo", "nl": "Live uitslagen", "ja": "ライブスコア"}, lang)), _tid(rng, "score-ticker")])}>{games}</nav>')
    return _d(html, "score_ticker", "generic pattern: live sports score strip", rng.choice(("inline", "sticky")), size=((600, 1400), (48, 72)),
              hosts=("www.sportspulse.net", "www.futbol-hoy.com", "www.calcio-live.it", "www.futebol-agora.com.br", "www.yakyu-sokuho.jp"))


def currency_switcher(rng, lang):
    cur = rng.sample(("EUR", "USD", "GBP", "CHF", "JPY", "SEK", "PLN", "BRL"), 4)
    style = rng.randrange(2)
    if style == 0:
        opts = "".join(f'<option value="{c}">{c}</option>' for c in cur)
        html = f'<form method="post" action="/cart/currency" class="{_cls(rng, "currency-form")}"><label for="currency" class="sr-only">Currency</label><select id="currency" name="currency" onchange="this.form.submit()">{opts}</select></form>'
        src = "generic pattern: currency <select> in a shop header"
    else:
        items = "".join(f'<li role="option" aria-selected="{"true" if j == 0 else "false"}" data-currency="{c}">{c}</li>' for j, c in enumerate(cur))
        html = (f'<div class="wcml-dropdown product wcml_currency_switcher"><ul><li class="wcml-cs-active-currency"><a class="wcml-cs-item-toggle">{cur[0]}</a>'
                f'<ul class="wcml-cs-submenu">{items}</ul></li></ul></div>')
        src = "WooCommerce Multilingual currency switcher .wcml_currency_switcher"
    return _d(html, "currency_switcher", src, size=((80, 200), (28, 40)))


DESIGNS = (
    ("ai_status_row", ai_status_row, 9, LANGS),
    ("ai_training_optout", ai_training_optout, 11, LANGS),
    ("extension_options", extension_options, 9, LANGS),
    ("noai_meta_docs", noai_meta_docs, 6, ("en", "de", "fr", "es", "ja", "pt", "it")),
    ("key_takeaways", key_takeaways, 11, LANGS),
    ("tldr_box", tldr_box, 7, ("en", "de", "fr", "es", "ja", "pt", "it")),
    ("faq_accordion", faq_accordion, 9, LANGS),
    ("weather_widget", weather_widget, 7, LANGS),
    ("stock_ticker", stock_ticker, 7, LANGS),
    ("score_ticker", score_ticker, 7, ("en", "de", "fr", "es", "it", "pt", "nl", "ja")),
    ("currency_switcher", currency_switcher, 6, LANGS),
)


def examples():
    return _run("neg_longtail_controls", DESIGNS)
