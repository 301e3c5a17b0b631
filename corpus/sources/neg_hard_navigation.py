"""Hard negatives: navigation, tags, footers, policy pages and fixed chrome
that mention AI but are not AI widgets.

News-site menus with an "AI" / "KI" / "IA" topic link, tag lists and tag
clouds, breadcrumbs, topic-hub headers with a "Follow" button, newsletter
sign-ups for AI newsletters, footers linking "AI principles", privacy / AI
policy sections, fixed bottom cookie bars whose text mentions AI, and
floating feedback / back-to-top buttons.
"""
from corpus.common import esc, example, fixed_context, page_url, rng_for, wrap
from corpus.sources.neg_hard_articles import (HOSTS as ART_HOSTS, _attrs, _cls, _ctx, _host,
                                              _lang, _slug)

HOSTS = {
    "en": ART_HOSTS["en"] + ("www.engadget.com", "www.cnet.com", "www.axios.com", "venturebeat.com",
                             "www.fastcompany.com", "www.forbes.com", "www.businessinsider.com"),
    "de": ART_HOSTS["de"] + ("www.tagesschau.de", "www.chip.de", "www.computerbase.de"),
    "fr": ART_HOSTS["fr"] + ("www.frandroid.com", "www.lefigaro.fr"),
    "es": ART_HOSTS["es"] + ("www.abc.es", "hipertextual.com"),
    "ja": ART_HOSTS["ja"] + ("gigazine.net", "www.yomiuri.co.jp"),
    "pt": ART_HOSTS["pt"] + ("www.uol.com.br", "observador.pt"),
    "it": ART_HOSTS["it"] + ("www.hdblog.it", "www.ansa.it"),
    "nl": ART_HOSTS["nl"] + ("www.volkskrant.nl",),
    "pl": ART_HOSTS["pl"] + ("www.onet.pl",),
    "ko": ART_HOSTS["ko"] + ("www.chosun.com",),
    "zh": ART_HOSTS["zh"] + ("www.ithome.com",),
    "sv": ART_HOSTS["sv"] + ("www.idg.se",),
}

# (label, slug) pairs for the nav; the AI topic is always one of them.
NAV = {
    "en": (("News", "news"), ("World", "world"), ("Politics", "politics"), ("Business", "business"),
           ("Tech", "tech"), ("Science", "science"), ("Climate", "climate"), ("Culture", "culture"),
           ("Gaming", "games"), ("Reviews", "reviews"), ("Podcasts", "podcasts")),
    "de": (("Politik", "politik"), ("Wirtschaft", "wirtschaft"), ("Digital", "digital"), ("Wissen", "wissen"),
           ("Kultur", "kultur"), ("Sport", "sport"), ("Security", "security"), ("Mobilität", "mobilitaet")),
    "fr": (("International", "international"), ("Politique", "politique"), ("Économie", "economie"),
           ("Pixels", "pixels"), ("Sciences", "sciences"), ("Culture", "culture"), ("Sport", "sport")),
    "es": (("España", "espana"), ("Internacional", "internacional"), ("Economía", "economia"),
           ("Tecnología", "tecnologia"), ("Ciencia", "ciencia"), ("Cultura", "cultura"), ("Deportes", "deportes")),
    "ja": (("政治", "politics"), ("経済", "business"), ("国際", "world"), ("テクノロジー", "tech"),
           ("科学", "science"), ("スポーツ", "sports"), ("文化", "culture")),
    "pt": (("Política", "politica"), ("Economia", "economia"), ("Mundo", "mundo"), ("Tecnologia", "tecnologia"),
           ("Ciência", "ciencia"), ("Esportes", "esportes")),
    "it": (("Politica", "politica"), ("Economia", "economia"), ("Esteri", "esteri"), ("Tecnologia", "tecnologia"),
           ("Scienze", "scienze"), ("Sport", "sport")),
    "nl": (("Binnenland", "binnenland"), ("Buitenland", "buitenland"), ("Economie", "economie"), ("Tech", "tech")),
    "pl": (("Kraj", "kraj"), ("Świat", "swiat"), ("Biznes", "biznes"), ("Technologie", "technologie")),
    "ko": (("정치", "politics"), ("경제", "economy"), ("사회", "society"), ("IT", "it")),
    "zh": (("要闻", "news"), ("财经", "finance"), ("科技", "tech"), ("国际", "world")),
    "sv": (("Inrikes", "inrikes"), ("Utrikes", "utrikes"), ("Ekonomi", "ekonomi"), ("Teknik", "teknik")),
}
AI_TOPIC = {
    "en": (("AI", "ai-artificial-intelligence"), ("AI", "ai"), ("Artificial Intelligence", "topics/artificial-intelligence"),
           ("A.I.", "spotlight/artificial-intelligence"), ("Generative AI", "tag/generative-ai")),
    "de": (("KI", "thema/kuenstliche-intelligenz"), ("Künstliche Intelligenz", "ki"), ("KI & Robotik", "ki-robotik")),
    "fr": (("IA", "intelligence-artificielle"), ("Intelligence artificielle", "sujet/ia")),
    "es": (("IA", "inteligencia-artificial"), ("Inteligencia artificial", "tag/ia")),
    "ja": (("AI", "ai"), ("人工知能", "theme/ai"), ("生成AI", "genai")),
    "pt": (("IA", "inteligencia-artificial"), ("Inteligência Artificial", "tudo-sobre/ia")),
    "it": (("IA", "intelligenza-artificiale"), ("Intelligenza artificiale", "tag/ia")),
    "nl": (("AI", "ai"), ("Kunstmatige intelligentie", "tag/kunstmatige-intelligentie")),
    "pl": (("AI", "sztuczna-inteligencja"), ("Sztuczna inteligencja", "tag/ai")),
    "ko": (("AI", "ai"), ("인공지능", "ai")),
    "zh": (("AI", "ai"), ("人工智能", "ai")),
    "sv": (("AI", "ai"), ("Artificiell intelligens", "amne/ai")),
}
NAV_LABEL = {"en": "Main", "de": "Hauptnavigation", "fr": "Navigation principale", "es": "Navegación principal",
             "ja": "メインナビゲーション", "pt": "Navegação principal", "it": "Navigazione principale",
             "nl": "Hoofdnavigatie", "pl": "Nawigacja główna", "ko": "주 메뉴", "zh": "主导航", "sv": "Huvudmeny"}

TAGS = {
    "en": ("Artificial Intelligence", "Machine Learning", "AI", "Generative AI", "ChatGPT", "OpenAI",
           "Privacy", "Regulation", "Big Tech", "Education", "Climate", "Data centers", "Google", "Microsoft"),
    "de": ("Künstliche Intelligenz", "KI", "Maschinelles Lernen", "Datenschutz", "ChatGPT", "EU", "Bildung",
           "Rechenzentren", "Open Source"),
    "fr": ("Intelligence artificielle", "IA", "Apprentissage automatique", "Vie privée", "ChatGPT", "Union européenne",
           "Éducation"),
    "es": ("Inteligencia artificial", "IA", "Aprendizaje automático", "Privacidad", "ChatGPT", "Unión Europea"),
    "ja": ("人工知能", "AI", "生成AI", "機械学習", "ChatGPT", "プライバシー", "教育"),
    "pt": ("Inteligência artificial", "IA", "Aprendizado de máquina", "Privacidade", "ChatGPT", "Educação"),
    "it": ("Intelligenza artificiale", "IA", "Apprendimento automatico", "Privacy", "ChatGPT", "Scuola"),
    "nl": ("Kunstmatige intelligentie", "AI", "Privacy", "Onderwijs"),
    "pl": ("Sztuczna inteligencja", "AI", "Prywatność", "Edukacja"),
    "ko": ("인공지능", "AI", "머신러닝", "개인정보"),
    "zh": ("人工智能", "AI", "机器学习", "隐私"),
    "sv": ("Artificiell intelligens", "AI", "Integritet", "Skola"),
}
TAGS_WORD = {"en": "Tags", "de": "Schlagwörter", "fr": "Mots-clés", "es": "Etiquetas", "ja": "タグ",
             "pt": "Tags", "it": "Tag", "nl": "Tags", "pl": "Tagi", "ko": "태그", "zh": "标签", "sv": "Taggar"}
TOPICS_WORD = {"en": "Topics", "de": "Themen", "fr": "Sujets", "es": "Temas", "ja": "トピック",
               "pt": "Tópicos", "it": "Argomenti", "nl": "Onderwerpen", "pl": "Tematy", "ko": "주제",
               "zh": "话题", "sv": "Ämnen"}
HOME = {"en": "Home", "de": "Startseite", "fr": "Accueil", "es": "Inicio", "ja": "ホーム", "pt": "Início",
        "it": "Home", "nl": "Home", "pl": "Strona główna", "ko": "홈", "zh": "首页", "sv": "Start"}

FOLLOW = {"en": ("Follow", "Follow {t}"), "de": ("Folgen", "{t} folgen"), "fr": ("Suivre", "Suivre le sujet {t}"),
          "es": ("Seguir", "Seguir {t}"), "ja": ("フォロー", "{t}をフォロー"), "pt": ("Seguir", "Seguir {t}"),
          "it": ("Segui", "Segui {t}"), "nl": ("Volgen", "{t} volgen"), "pl": ("Obserwuj", "Obserwuj {t}"),
          "ko": ("팔로우", "{t} 팔로우"), "zh": ("关注", "关注{t}"), "sv": ("Följ", "Följ {t}")}
HUB_DESC = {
    "en": "The latest news, analysis and reviews about artificial intelligence, from chatbots and chips to regulation.",
    "de": "Aktuelle Nachrichten, Hintergründe und Tests rund um Künstliche Intelligenz.",
    "fr": "Toute l'actualité de l'intelligence artificielle : enquêtes, analyses et tests.",
    "es": "Últimas noticias, análisis y opinión sobre inteligencia artificial.",
    "ja": "人工知能に関する最新ニュース、解説、レビューをお届けします。",
    "pt": "Notícias, análises e reportagens sobre inteligência artificial.",
    "it": "Notizie, approfondimenti e recensioni sull'intelligenza artificiale.",
    "nl": "Nieuws en achtergronden over kunstmatige intelligentie.",
    "pl": "Najnowsze wiadomości i analizy o sztucznej inteligencji.",
    "ko": "인공지능 관련 최신 뉴스와 분석.",
    "zh": "人工智能最新资讯与深度分析。",
    "sv": "Nyheter och analyser om artificiell intelligens.",
}

NEWSLETTER = {
    "en": ("The Algorithm", "Our weekly newsletter on artificial intelligence: what matters, what's hype, and what to do about it.", "Your email address", "Sign up"),
    "de": ("KI-Update", "Der wöchentliche Newsletter zu Künstlicher Intelligenz – kompakt und kritisch.", "Ihre E-Mail-Adresse", "Abonnieren"),
    "fr": ("La lettre IA", "Chaque semaine, l'essentiel de l'actualité de l'intelligence artificielle.", "Votre adresse e-mail", "S'inscrire"),
    "es": ("Boletín de IA", "Cada semana, lo más importante sobre inteligencia artificial.", "Tu correo electrónico", "Suscribirme"),
    "ja": ("AIニュースレター", "人工知能の重要ニュースを毎週お届けします。", "メールアドレス", "登録する"),
    "pt": ("Newsletter de IA", "Toda semana, o essencial sobre inteligência artificial.", "Seu e-mail", "Assinar"),
    "it": ("Newsletter IA", "Ogni settimana le notizie più importanti sull'intelligenza artificiale.", "La tua email", "Iscriviti"),
}

FOOTER_AI = {
    "en": ("AI Principles", "Responsible AI", "How we use AI", "AI Transparency Notice", "Our approach to AI"),
    "de": ("KI-Grundsätze", "Verantwortungsvolle KI", "Wie wir KI einsetzen", "Transparenzhinweis zu KI"),
    "fr": ("Principes relatifs à l'IA", "IA responsable", "Notre usage de l'IA", "Charte IA"),
    "es": ("Principios de IA", "IA responsable", "Cómo usamos la IA"),
    "ja": ("AI原則", "責任あるAI", "AIの利用について"),
    "pt": ("Princípios de IA", "IA responsável", "Como usamos IA"),
    "it": ("Principi sull'IA", "IA responsabile", "Come usiamo l'IA"),
    "nl": ("AI-principes", "Verantwoorde AI"),
    "pl": ("Zasady dotyczące AI", "Odpowiedzialna AI"),
    "ko": ("AI 원칙", "책임감 있는 AI"),
    "zh": ("人工智能原则", "负责任的AI"),
    "sv": ("AI-principer", "Ansvarsfull AI"),
}
FOOTER_OTHER = {
    "en": ("Privacy Policy", "Terms of Service", "Cookie settings", "Accessibility", "Contact us", "Careers", "Press", "Sitemap"),
    "de": ("Datenschutz", "Impressum", "AGB", "Cookie-Einstellungen", "Barrierefreiheit", "Kontakt", "Karriere"),
    "fr": ("Confidentialité", "Mentions légales", "CGU", "Gestion des cookies", "Accessibilité", "Contact"),
    "es": ("Privacidad", "Aviso legal", "Condiciones de uso", "Configuración de cookies", "Contacto"),
    "ja": ("プライバシーポリシー", "利用規約", "Cookieの設定", "お問い合わせ", "採用情報"),
    "pt": ("Privacidade", "Termos de uso", "Configurações de cookies", "Fale conosco"),
    "it": ("Privacy", "Note legali", "Impostazioni cookie", "Contatti", "Lavora con noi"),
    "nl": ("Privacy", "Voorwaarden", "Cookie-instellingen", "Contact"),
    "pl": ("Polityka prywatności", "Regulamin", "Ustawienia cookies", "Kontakt"),
    "ko": ("개인정보처리방침", "이용약관", "쿠키 설정", "고객센터"),
    "zh": ("隐私政策", "服务条款", "Cookie设置", "联系我们"),
    "sv": ("Integritetspolicy", "Villkor", "Cookieinställningar", "Kontakt"),
}

POLICY = {
    "en": ("How we use artificial intelligence",
           ("We use machine learning to detect fraudulent payments and spam. These systems do not make final decisions about your account; a member of our team reviews every case that is flagged.",
            "We do not use the content of your messages or documents to train generative AI models. You can ask us at any time which automated systems processed your data.",
            "Where we offer optional AI features, they are switched off unless you turn them on in your account settings, and you can switch them off again at any time.")),
    "de": ("Wie wir Künstliche Intelligenz einsetzen",
           ("Wir nutzen maschinelles Lernen, um betrügerische Zahlungen und Spam zu erkennen. Diese Systeme treffen keine endgültigen Entscheidungen; jeder markierte Fall wird von einem Menschen geprüft.",
            "Inhalte Ihrer Nachrichten und Dokumente verwenden wir nicht zum Training generativer KI-Modelle.",
            "Optionale KI-Funktionen sind standardmäßig deaktiviert. Sie können sie in Ihren Kontoeinstellungen jederzeit ein- und ausschalten.")),
    "fr": ("Notre utilisation de l'intelligence artificielle",
           ("Nous utilisons l'apprentissage automatique pour détecter les paiements frauduleux et le spam. Chaque cas signalé est vérifié par une personne de notre équipe.",
            "Nous n'utilisons pas le contenu de vos messages pour entraîner des modèles d'IA générative.",
            "Les fonctionnalités d'IA facultatives sont désactivées par défaut ; vous pouvez les activer ou les désactiver dans les paramètres de votre compte.")),
    "es": ("Cómo usamos la inteligencia artificial",
           ("Usamos aprendizaje automático para detectar pagos fraudulentos y spam. Una persona de nuestro equipo revisa cada caso marcado.",
            "No usamos el contenido de tus mensajes para entrenar modelos de IA generativa.",
            "Las funciones de IA opcionales están desactivadas por defecto y puedes cambiarlo en la configuración de tu cuenta.")),
    "ja": ("人工知能（AI）の利用について",
           ("当社は不正な決済やスパムの検出に機械学習を利用しています。最終的な判断は必ず担当者が行います。",
            "お客様のメッセージや文書の内容を生成AIモデルの学習に利用することはありません。",
            "任意のAI機能は初期設定でオフになっており、アカウント設定からいつでも変更できます。")),
    "pt": ("Como usamos inteligência artificial",
           ("Usamos aprendizado de máquina para detectar pagamentos fraudulentos e spam. Cada caso sinalizado é revisado por uma pessoa da nossa equipe.",
            "Não usamos o conteúdo das suas mensagens para treinar modelos de IA generativa.",
            "Os recursos opcionais de IA vêm desativados e podem ser alterados nas configurações da conta.")),
    "it": ("Come utilizziamo l'intelligenza artificiale",
           ("Utilizziamo l'apprendimento automatico per individuare pagamenti fraudolenti e spam. Ogni caso segnalato viene verificato da una persona.",
            "Non usiamo il contenuto dei tuoi messaggi per addestrare modelli di IA generativa.",
            "Le funzioni IA facoltative sono disattivate per impostazione predefinita e puoi modificarle nelle impostazioni dell'account.")),
    "nl": ("Hoe wij kunstmatige intelligentie gebruiken",
           ("We gebruiken machine learning om frauduleuze betalingen en spam te herkennen. Een medewerker beoordeelt elk gemarkeerd geval.",
            "We gebruiken de inhoud van je berichten niet om generatieve AI-modellen te trainen.")),
    "pl": ("Jak wykorzystujemy sztuczną inteligencję",
           ("Korzystamy z uczenia maszynowego do wykrywania oszustw i spamu. Każdy oznaczony przypadek sprawdza człowiek.",
            "Nie wykorzystujemy treści Twoich wiadomości do trenowania modeli generatywnej AI.")),
    "sv": ("Hur vi använder artificiell intelligens",
           ("Vi använder maskininlärning för att upptäcka bedrägerier och skräppost. En medarbetare granskar varje flaggat ärende.",
            "Vi använder inte innehållet i dina meddelanden för att träna generativa AI-modeller.")),
}

COOKIE = {
    "en": ("We and our {n} partners use cookies and similar technologies to run this site, measure audiences and personalise ads. Some partners use machine learning and AI-based tools to analyse how content performs. You can change your choices at any time under Cookie settings.",
           "Accept all", "Reject all", "Cookie settings", "Privacy Policy"),
    "de": ("Wir und unsere {n} Partner verwenden Cookies und ähnliche Technologien, um diese Website zu betreiben und Reichweite zu messen. Einige Partner setzen dabei auch KI-gestützte Analysewerkzeuge ein. Ihre Auswahl können Sie jederzeit in den Cookie-Einstellungen ändern.",
           "Alle akzeptieren", "Alle ablehnen", "Einstellungen", "Datenschutzerklärung"),
    "fr": ("Nous et nos {n} partenaires utilisons des cookies pour faire fonctionner ce site et mesurer l'audience. Certains partenaires utilisent des outils d'analyse fondés sur l'IA. Vous pouvez modifier vos choix à tout moment.",
           "Tout accepter", "Tout refuser", "Paramétrer", "Politique de confidentialité"),
    "es": ("Nosotros y nuestros {n} socios usamos cookies para el funcionamiento del sitio y la medición de audiencias. Algunos socios emplean herramientas de análisis basadas en IA. Puedes cambiar tu elección en cualquier momento.",
           "Aceptar todo", "Rechazar todo", "Configurar", "Política de privacidad"),
    "ja": ("当サイトと{n}社のパートナーは、サイトの運営とアクセス解析のためにCookieを使用しています。一部のパートナーはAIを活用した分析ツールを利用しています。設定はいつでも変更できます。",
           "すべて同意", "すべて拒否", "Cookieの設定", "プライバシーポリシー"),
    "pt": ("Nós e nossos {n} parceiros usamos cookies para operar o site e medir a audiência. Alguns parceiros usam ferramentas de análise baseadas em IA. Você pode mudar suas escolhas a qualquer momento.",
           "Aceitar todos", "Rejeitar todos", "Configurar cookies", "Política de privacidade"),
    "it": ("Noi e i nostri {n} partner utilizziamo cookie per il funzionamento del sito e la misurazione del pubblico. Alcuni partner usano strumenti di analisi basati sull'IA. Puoi modificare le tue scelte in qualsiasi momento.",
           "Accetta tutto", "Rifiuta tutto", "Personalizza", "Informativa privacy"),
    "nl": ("Wij en onze {n} partners gebruiken cookies om deze site te laten werken en bezoek te meten. Sommige partners gebruiken analysetools op basis van AI.",
           "Alles accepteren", "Alles weigeren", "Instellingen", "Privacyverklaring"),
    "pl": ("Wraz z {n} partnerami używamy plików cookie do działania serwisu i pomiaru ruchu. Niektórzy partnerzy korzystają z narzędzi analitycznych opartych na AI.",
           "Akceptuję wszystkie", "Odrzuć wszystkie", "Ustawienia", "Polityka prywatności"),
    "sv": ("Vi och våra {n} partner använder cookies för att driva webbplatsen och mäta besök. Vissa partner använder AI-baserade analysverktyg.",
           "Godkänn alla", "Avvisa alla", "Inställningar", "Integritetspolicy"),
}

FEEDBACK = {"en": ("Feedback", "Give feedback", "Was this page helpful?"),
            "de": ("Feedback", "Feedback geben", "War diese Seite hilfreich?"),
            "fr": ("Avis", "Donner votre avis", "Cette page vous a-t-elle été utile ?"),
            "es": ("Opinión", "Danos tu opinión", "¿Te ha resultado útil esta página?"),
            "ja": ("フィードバック", "ご意見をお寄せください", "このページは役に立ちましたか？"),
            "pt": ("Feedback", "Enviar feedback", "Esta página foi útil?"),
            "it": ("Feedback", "Lascia un feedback", "Questa pagina ti è stata utile?"),
            "nl": ("Feedback", "Geef feedback", "Was deze pagina nuttig?"),
            "pl": ("Opinia", "Podziel się opinią", "Czy ta strona była pomocna?"),
            "sv": ("Feedback", "Lämna feedback", "Var sidan till hjälp?")}
BACK_TOP = {"en": "Back to top", "de": "Nach oben", "fr": "Retour en haut", "es": "Volver arriba",
            "ja": "ページの先頭へ", "pt": "Voltar ao topo", "it": "Torna su", "nl": "Naar boven",
            "pl": "Do góry", "sv": "Till toppen", "ko": "맨 위로", "zh": "返回顶部"}


def _url(rng, lang, path=None):
    return page_url(_host(rng, lang, HOSTS), rng, path)


def _nav(rng, i):
    lang = _lang(rng)
    items = list(NAV[lang])
    rng.shuffle(items)
    items = items[:rng.randint(3, len(items))]
    ai = rng.choice(AI_TOPIC[lang])
    items.insert(rng.randint(0, len(items)), ai)
    current = rng.random() < 0.3
    style = rng.randrange(4)
    lis = []
    for label, slug in items:
        is_ai = (label, slug) == ai
        cur = [("aria-current", "page")] if is_ai and current else []
        if style == 0:
            lis.append(f'<li class="{_cls(rng, "nav-item", extra=(0, 1))}"><a {_attrs(rng, [("href", "/" + slug), ("class", _cls(rng, "nav-link", extra=(0, 1)))] + cur)}>{esc(label)}</a></li>')
        elif style == 1:
            lis.append(f'<li><a {_attrs(rng, [("href", "/" + slug + "/"), ("data-link-name", "nav2 : primary : " + label)] + cur)}>{esc(label)}</a></li>')
        elif style == 2:
            lis.append(f'<a {_attrs(rng, [("href", "/" + slug), ("class", _cls(rng, "menu__item", obf=0.6))] + cur)}>{esc(label)}</a>')
        else:
            lis.append(f'<li role="none"><a role="menuitem" {_attrs(rng, [("href", "/" + slug), ("tabindex", "-1")] + cur)}>{esc(label)}</a></li>')
    if style == 2:
        inner = "".join(lis)
    elif style == 3:
        inner = f'<ul role="menubar">{"".join(lis)}</ul>'
    else:
        inner = f'<ul class="{_cls(rng, "nav-list", "menu")}">{"".join(lis)}</ul>'
    html = f'<nav {_attrs(rng, [("aria-label", NAV_LABEL[lang]), ("class", _cls(rng, "site-nav", "primary-nav"))])}>{inner}</nav>'
    html = wrap(html, rng)
    return example(html, _url(rng, lang), 0, "nav",
                   "news site primary navigation with an AI / KI / IA topic link (Verge /ai-artificial-intelligence, heise /thema/Kuenstliche-Intelligenz style)",
                   lang=lang, context=_ctx(rng, w=(600, 1400), h=(32, 64), y=rng.randint(40, 140)))


def _tags(rng, i):
    lang = _lang(rng)
    tags = list(TAGS[lang])
    rng.shuffle(tags)
    tags = tags[:rng.randint(2, 7)]
    if not any(t in ("AI", "IA", "KI", "Artificial Intelligence", "Künstliche Intelligenz", "Intelligence artificielle",
                     "Inteligencia artificial", "人工知能", "Inteligência artificial", "Intelligenza artificiale",
                     "Kunstmatige intelligentie", "Sztuczna inteligencja", "인공지능", "人工智能", "Artificiell intelligens")
               for t in tags):
        tags.insert(0, TAGS[lang][0])
    style = rng.randrange(4)
    if style == 0:
        links = "".join(f'<li><a href="/tag/{_slug(t, rng)}/" rel="tag">{esc(t)}</a></li>' for t in tags)
        html = f'<div class="{_cls(rng, "post-tags", "entry-tags")}"><span class="tags-title">{esc(TAGS_WORD[lang])}:</span><ul>{links}</ul></div>'
        src = "WordPress post tags (a[rel=tag]) including an AI tag"
    elif style == 1:
        links = "\n".join(f'<a href="/tag/{_slug(t, rng)}/" class="tag-cloud-link tag-link-{rng.randint(10, 400)} tag-link-position-{i2 + 1}" style="font-size: {rng.randint(8, 22)}pt;" aria-label="{esc(t)} ({rng.randint(1, 240)} items)">{esc(t)}</a>' for i2, t in enumerate(tags))
        html = f'<p class="wp-block-tag-cloud">{links}</p>'
        src = "WordPress tag cloud block (p.wp-block-tag-cloud a.tag-cloud-link)"
    elif style == 2:
        links = "".join(f'<a class="{_cls(rng, "topic-chip", "pill")}" href="/topics/{rng.randint(100, 9999)}" data-testid="topic-link">{esc(t)}</a>' for t in tags)
        html = f'<div class="{_cls(rng, "topics")}" aria-label="{esc(TOPICS_WORD[lang])}">{links}</div>'
        src = "generic pattern: topic chips under an article"
    else:
        links = "".join(f'<li class="{_cls(rng, "keyword")}"><a href="/search/{rng.randint(100, 9999)}">#{esc(t.replace(" ", ""))}</a></li>' for t in tags)
        html = f'<ul class="{_cls(rng, "hashtags")}">{links}</ul>'
        src = "generic pattern: hashtag list on a blog post"
    return example(wrap(html, rng), _url(rng, lang, f"/{rng.randint(2024, 2026)}/{rng.randint(1, 12):02d}/{rng.randint(1000, 99999)}"),
                   0, "tag_list", src, lang=lang, context=_ctx(rng, w=(200, 700), h=(24, 120)))


def _breadcrumb(rng, i):
    lang = _lang(rng)
    sec = rng.choice(NAV[lang])
    ai = rng.choice(AI_TOPIC[lang])
    crumbs = [(HOME[lang], "/"), (sec[0], f"/{sec[1]}"), (ai[0], f"/{sec[1]}/{ai[1]}")]
    style = rng.randrange(2)
    if style == 0:
        lis = "".join(f'<li class="breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{h}"><span itemprop="name">{esc(n)}</span></a><meta itemprop="position" content="{k + 1}"></li>' for k, (n, h) in enumerate(crumbs))
        html = f'<nav aria-label="breadcrumb"><ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList">{lis}</ol></nav>'
        src = "schema.org BreadcrumbList breadcrumb ending in an AI topic"
    else:
        parts = " <span aria-hidden=\"true\">›</span> ".join(f'<a href="{h}">{esc(n)}</a>' for n, h in crumbs)
        html = f'<div class="{_cls(rng, "breadcrumbs")}">{parts}</div>'
        src = "generic pattern: breadcrumb trail ending in an AI topic"
    return example(wrap(html, rng), _url(rng, lang), 0, "breadcrumb", src, lang=lang,
                   context=_ctx(rng, w=(200, 600), h=(18, 30), y=rng.randint(80, 220)))


def _hub(rng, i):
    lang = _lang(rng)
    ai = rng.choice(AI_TOPIC[lang])
    title = ai[0] if len(ai[0]) > 3 else rng.choice(TAGS[lang][:1] + (ai[0],))
    follow, follow_aria = FOLLOW[lang]
    btn = (f'<button {_attrs(rng, [("type", "button"), ("class", _cls(rng, "follow-button", "btn")), ("aria-label", follow_aria.format(t=title)), ("aria-pressed", "false")])}>'
           f'{esc(follow) if rng.random() < 0.7 else _PLUS_SVG}</button>')
    desc = f'<p class="{_cls(rng, "hub-description")}">{esc(HUB_DESC[lang])}</p>' if rng.random() < 0.7 else ""
    html = f'<header class="{_cls(rng, "topic-header", "section-header")}"><h1>{esc(title)}</h1>{desc}{btn}</header>'
    return example(wrap(html, rng), _url(rng, lang, f"/{ai[1]}"), 0, "section_header",
                   "news topic hub header for artificial intelligence with a Follow topic button (aria-label names the topic)",
                   lang=lang, context=_ctx(rng, w=(600, 1200), h=(80, 240), y=rng.randint(80, 200)))


def _newsletter(rng, i):
    lang = _lang(rng, allowed=tuple(NEWSLETTER))
    name, desc, ph, cta = NEWSLETTER[lang]
    fid = rng.randint(1000, 9999)
    html = (f'<form {_attrs(rng, [("class", _cls(rng, "newsletter-signup")), ("action", "/newsletters/subscribe"), ("method", "post")])}>'
            f'<h3>{esc(name)}</h3><p>{esc(desc)}</p>'
            f'<label for="nl-email-{fid}" class="visually-hidden">{esc(ph)}</label>'
            f'<input {_attrs(rng, [("type", "email"), ("id", f"nl-email-{fid}"), ("name", "email"), ("placeholder", ph), ("required", None), ("autocomplete", "email")])}>'
            f'<input type="hidden" name="list" value="{_slug(name, rng)}">'
            f'<button type="submit" class="{_cls(rng, "btn")}">{esc(cta)}</button></form>')
    return example(wrap(html, rng), _url(rng, lang), 0, "newsletter_signup",
                   "generic pattern: in-article sign-up box for an AI news newsletter",
                   lang=lang, context=_ctx(rng, w=(300, 700), h=(160, 320)))


def _footer(rng, i):
    lang = _lang(rng)
    others = list(FOOTER_OTHER[lang])
    rng.shuffle(others)
    links = others[:rng.randint(3, len(others))]
    ai_links = list(FOOTER_AI[lang])
    rng.shuffle(ai_links)
    for a in ai_links[:rng.randint(1, 2)]:
        links.insert(rng.randint(0, len(links)), a)
    company = rng.choice(("Brightlane", "Northwind", "Cloudnest", "Taskforge", "Finlytics", "Paymint", "Designly"))
    style = rng.randrange(3)
    if style == 0:
        lis = "".join(f'<li><a href="/legal/{_slug(l, rng)}">{esc(l)}</a></li>' for l in links)
        html = f'<footer class="{_cls(rng, "site-footer")}" role="contentinfo"><ul class="{_cls(rng, "footer-links")}">{lis}</ul><p>© 2026 {company}</p></footer>'
    elif style == 1:
        lis = "".join(f'<a class="{_cls(rng, "footer__link", obf=0.5)}" href="/{_slug(l, rng)}">{esc(l)}</a>' for l in links)
        html = f'<div class="{_cls(rng, "footer-bottom")}"><span>© {company} 2026</span>{lis}</div>'
    else:
        lis = "".join(f'<li><a href="https://policies.{company.lower()}.com/{_slug(l, rng)}">{esc(l)}</a></li>' for l in links)
        html = f'<nav aria-label="Footer"><h2 class="visually-hidden">{esc(company)}</h2><ul>{lis}</ul></nav>'
    return example(wrap(html, rng), _url(rng, lang), 0, "footer",
                   "site footer with legal links including 'AI principles' / 'Responsible AI' (Google, Microsoft style)",
                   lang=lang, context=_ctx(rng, w=(800, 1400), h=(60, 260), y=rng.randint(2000, 6000)))


def _policy(rng, i):
    lang = _lang(rng, allowed=tuple(POLICY))
    title, paras = POLICY[lang]
    ps = list(paras)
    k = rng.randint(1, len(ps))
    body = "".join(f"<p>{esc(p)}</p>" for p in ps[:k])
    sid = rng.choice(("ai", "artificial-intelligence", "automated-decisions", "section-7", "ki"))
    html = f'<section {_attrs(rng, [("id", sid), ("class", _cls(rng, "policy-section", "legal-content"))])}><h2>{esc(title)}</h2>{body}</section>'
    host = _host(rng, lang, {"en": ("www.paymint.com", "legal.cloudnest.com", "www.dropship-hub.com")})
    return example(wrap(html, rng), page_url(host, rng, rng.choice(("/privacy", "/legal/privacy", "/datenschutz", "/ai-policy", "/terms"))),
                   0, "policy_text", "generic pattern: privacy policy section on how the company uses AI",
                   lang=lang, context=_ctx(rng, w=(600, 900), h=(120, 500)))


def _bottom_ctx(rng, h=(70, 180)):
    vw, vh = rng.choice(((1280, 720), (1440, 900), (1920, 1080), (1366, 768), (390, 844)))
    hh = rng.randint(*h) if vw > 500 else rng.randint(h[1], h[1] + 160)
    return {"position": "fixed", "rect": [0, vh - hh, vw, hh], "viewport": [vw, vh],
            "zIndex": rng.choice((2147483645, 999999, 10000, 2147483647)), "frameSrc": None, "shadowHost": False}


def _cookie(rng, i):
    lang = _lang(rng, allowed=tuple(COOKIE))
    text, acc, rej, settings, policy = COOKIE[lang]
    text = text.replace("{n}", str(rng.randint(12, 860)))
    style = rng.randrange(3)
    if style == 0:
        html = (f'<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat bottom ot-wo-title vertical-align-content" tabindex="0" role="region" aria-label="Cookie banner">'
                f'<div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy">'
                f'<div id="onetrust-policy-text">{esc(text)} <a class="ot-cookie-policy-link" href="/privacy" aria-label="{esc(policy)}">{esc(policy)}</a></div></div></div>'
                f'<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">'
                f'<button id="onetrust-pc-btn-handler">{esc(settings)}</button><button id="onetrust-reject-all-handler">{esc(rej)}</button>'
                f'<button id="onetrust-accept-btn-handler">{esc(acc)}</button></div></div></div></div></div></div>')
        src = "OneTrust cookie banner (#onetrust-banner-sdk, #onetrust-policy-text, #onetrust-accept-btn-handler) mentioning AI"
    elif style == 1:
        html = (f'<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle" class="CybotCookiebotDialogActive" data-template="slideup">'
                f'<div id="CybotCookiebotDialogBody"><div id="CybotCookiebotDialogBodyContentText">{esc(text)}</div></div>'
                f'<div id="CybotCookiebotDialogFooter"><button id="CybotCookiebotDialogBodyButtonDecline" class="CybotCookiebotDialogBodyButton">{esc(rej)}</button>'
                f'<button id="CybotCookiebotDialogBodyLevelButtonCustomize" class="CybotCookiebotDialogBodyButton">{esc(settings)}</button>'
                f'<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" class="CybotCookiebotDialogBodyButton">{esc(acc)}</button></div></div>')
        src = "Cookiebot slide-up dialog (#CybotCookiebotDialog) mentioning AI partners"
    else:
        html = (f'<div {_attrs(rng, [("class", _cls(rng, "cookie-bar", "consent-banner", obf=0.5)), ("role", "dialog"), ("aria-live", "polite"), ("aria-label", "Cookies")])}>'
                f'<p>{esc(text)} <a href="/cookies">{esc(policy)}</a></p>'
                f'<div class="{_cls(rng, "cookie-bar__actions")}"><button type="button" data-action="reject">{esc(rej)}</button>'
                f'<button type="button" data-action="accept" class="{_cls(rng, "primary")}">{esc(acc)}</button></div></div>')
        src = "generic pattern: fixed bottom cookie bar whose text mentions AI-based analytics"
    return example(html, _url(rng, lang), 0, "cookie_banner", src, lang=lang,
                   context=_bottom_ctx(rng) if rng.random() < 0.75 else None)


def _feedback(rng, i):
    lang = _lang(rng, allowed=tuple(FEEDBACK))
    short, long_, helpful = FEEDBACK[lang]
    style = rng.randrange(5)
    ctx = fixed_context(rng, corner=rng.choice(("br", "bl")), size=(44, 120))
    if style == 0:
        html = (f'<div id="_hj_feedback_container"><div class="_hj-widget-container _hj-{_hexish(rng)}_widget_open">'
                f'<button class="_hj-{_hexish(rng)}_rounded_corners" aria-label="{esc(long_)}" type="button">{esc(short)}</button></div></div>')
        src = "Hotjar feedback widget (#_hj_feedback_container, ._hj-widget-container)"
    elif style == 1:
        html = (f'<div id="usabilla_live_button_container" role="button" tabindex="0" aria-label="{esc(short)}" '
                f'style="position: fixed; right: 0; top: 50%; z-index: 1000000;"><iframe title="Usabilla Feedback Button" frameborder="0" src="about:blank"></iframe></div>')
        src = "Usabilla live feedback side tab (#usabilla_live_button_container)"
        ctx = {"position": "fixed", "rect": [1240, 330, 40, 110], "viewport": [1280, 720], "zIndex": 1000000,
               "frameSrc": None, "shadowHost": False}
    elif style == 2:
        html = f'<button {_attrs(rng, [("type", "button"), ("class", _cls(rng, "feedback-tab", "fixed-right")), ("aria-label", long_), ("data-testid", "feedback-button") if rng.random() < 0.5 else None])}>{esc(short)}</button>'
        src = "generic pattern: floating feedback button"
    elif style == 3:
        html = (f'<div class="{_cls(rng, "page-feedback")}" role="region" aria-label="{esc(short)}"><p>{esc(helpful)}</p>'
                f'<button type="button" aria-label="Yes">👍</button><button type="button" aria-label="No">👎</button></div>')
        src = "generic pattern: docs 'was this page helpful?' widget"
        ctx = ctx if rng.random() < 0.5 else None
    else:
        html = (f'<a {_attrs(rng, [("href", "#top"), ("class", _cls(rng, "back-to-top", "scroll-top")), ("aria-label", BACK_TOP[lang]), ("title", BACK_TOP[lang])])}>'
                f'<svg aria-hidden="true" viewBox="0 0 24 24" width="20" height="20"><path d="M12 5l-7 7h4v7h6v-7h4z"/></svg></a>')
        src = "generic pattern: fixed back-to-top button"
    return example(html, _url(rng, lang), 0, "feedback_button" if style < 4 else "back_to_top", src, lang=lang,
                   context=ctx if rng.random() < 0.8 else None)


_PLUS_SVG = '<svg aria-hidden="true" width="16" height="16"><use href="#icon-plus"></use></svg>'


def _hexish(rng):
    return f"{rng.randint(100000, 999999):x}"[:6]


TEMPLATES = (("nav", _nav, 90), ("tags", _tags, 70), ("breadcrumb", _breadcrumb, 30),
             ("hub", _hub, 35), ("newsletter", _newsletter, 25), ("footer", _footer, 50),
             ("policy", _policy, 30), ("cookie", _cookie, 45), ("feedback", _feedback, 30))


def examples():
    out = []
    for name, fn, n in TEMPLATES:
        for i in range(n):
            out.append(fn(rng_for("neg_hard_navigation", name, i), i))
    return out
