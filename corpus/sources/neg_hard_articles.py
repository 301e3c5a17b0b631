"""Hard negatives: content that talks about AI at length and must be kept.

Article paragraphs and bodies, headlines and teaser cards, blog post headers,
academic abstracts, product cards for books about AI, comment threads about
AI and embedded explainer videos -- neutral, enthusiastic and critical
(including complaints about forced AI features), in twelve languages.

This module also holds the small helpers (_attrs, _ctx, _host, _slug,
_lang) that the other neg_hard_* modules import.
"""
import re
import unicodedata

from corpus.common import (SITES, classes, esc, example,
                           inline_context, page_url, rng_for, wrap)

# --------------------------------------------------------------------------
# shared helpers for the neg_hard_* modules

LANG_WEIGHTS = (
    ("en", 30), ("de", 12), ("fr", 10), ("es", 10), ("ja", 8), ("pt", 8),
    ("it", 7), ("nl", 4), ("pl", 3), ("ko", 3), ("zh", 3), ("sv", 2),
)


def _lang(rng, allowed=None):
    """A language drawn with realistic weights (optionally from allowed)."""
    pairs = [(l, w) for l, w in LANG_WEIGHTS if allowed is None or l in allowed]
    return rng.choices([l for l, _ in pairs], [w for _, w in pairs])[0]


def _attrs(rng, pairs):
    """Attribute string from (name, value) pairs in a shuffled order; a value
    of None writes a bare boolean attribute; a pair of None is skipped."""
    pairs = [p for p in pairs if p is not None]
    rng.shuffle(pairs)
    out = []
    for name, value in pairs:
        out.append(name if value is None else f'{name}="{esc(value)}"')
    return " ".join(out)


def _ctx(rng, p=0.5, frame_src=None, **kw):
    """An in-flow context about half the time."""
    if rng.random() >= p:
        return None
    ctx = inline_context(rng, **kw)
    if frame_src:
        ctx["frameSrc"] = frame_src
    return ctx


def _host(rng, lang, extra, p_extra=0.7):
    """A host for lang: usually one of the family's own hosts, else a shared one."""
    own = list(extra.get(lang, ()))
    if own and rng.random() < p_extra:
        return rng.choice(own)
    return rng.choice(list(SITES.get(lang, ())) or own)


def _slug(text, rng):
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-")
    if len(slug) < 3:
        return f"{rng.choice(('article', 'news', 'a', 'story'))}-{rng.randint(100000, 999999)}"
    return slug[:70].rstrip("-")


def _cls(rng, *names, obf=0.3, extra=(0, 2)):
    return classes(rng, names, obfuscate=obf, extra_hashed=extra)


# --------------------------------------------------------------------------
# hosts

HOSTS = {
    "en": ("www.theguardian.com", "arstechnica.com", "www.theverge.com", "www.wired.com",
           "www.bbc.co.uk", "www.reuters.com", "techcrunch.com", "www.zdnet.com",
           "www.technologyreview.com", "www.economist.com", "www.npr.org",
           "www.vox.com", "www.404media.co", "www.platformer.news"),
    "de": ("www.heise.de", "www.golem.de", "www.spiegel.de", "www.zeit.de",
           "www.sueddeutsche.de", "t3n.de", "www.faz.net", "www.derstandard.at", "www.nzz.ch"),
    "fr": ("www.lemonde.fr", "www.numerama.com", "www.01net.com", "www.liberation.fr",
           "www.lesechos.fr", "www.rts.ch"),
    "es": ("elpais.com", "www.xataka.com", "www.elmundo.es", "www.lanacion.com.ar", "www.eltiempo.com"),
    "ja": ("www3.nhk.or.jp", "www.nikkei.com", "www.itmedia.co.jp", "japan.cnet.com", "www.asahi.com"),
    "pt": ("g1.globo.com", "www.publico.pt", "tecnoblog.net", "www.folha.uol.com.br"),
    "it": ("www.repubblica.it", "www.corriere.it", "www.ilpost.it", "www.wired.it"),
    "nl": ("nos.nl", "tweakers.net", "www.nrc.nl"),
    "pl": ("www.wyborcza.pl", "spidersweb.pl"),
    "ko": ("www.hani.co.kr", "zdnet.co.kr"),
    "zh": ("www.thepaper.cn", "www.36kr.com"),
    "sv": ("www.svt.se", "www.dn.se"),
}

SECTIONS = {
    "en": ("tech", "technology", "ai", "business", "opinion", "science", "news/tech"),
    "de": ("digital", "technik", "ki", "wirtschaft", "meinung", "wissen"),
    "fr": ("pixels", "tech", "economie", "idees", "sciences"),
    "es": ("tecnologia", "ciencia", "economia", "opinion"),
    "ja": ("tech", "business", "science", "news"),
    "pt": ("tecnologia", "ciencia", "economia", "opiniao"),
    "it": ("tecnologia", "scienze", "economia", "commenti"),
    "nl": ("tech", "economie", "opinie"),
    "pl": ("technologie", "nauka"),
    "ko": ("tech", "science"),
    "zh": ("tech", "keji"),
    "sv": ("teknik", "vetenskap"),
}

# --------------------------------------------------------------------------
# text pools (written for this corpus)

PARAS = {
    "en": (
        "Three years after the chatbot boom, most of the companies we surveyed still cannot say what their generative AI pilots actually saved them. Several finance chiefs told us the licence fees were easier to measure than the productivity gains.",
        "I did not ask for an AI assistant in my word processor, my email client or my photo app, yet all three now open with a glowing button offering to help. The least these companies could do is put a single off switch in the settings.",
        "Researchers at the university trained a small machine learning model on ten years of river gauge data and found it predicted flash floods about forty minutes earlier than the rule-based system the city uses today.",
        "The European Union's AI Act entered its next phase this month, requiring providers of general-purpose models to publish summaries of the data they trained on. Smaller developers say the paperwork falls hardest on them.",
        "Artificial intelligence is not one technology but a loose family of techniques, from decision trees to large language models. Treating them as a single thing makes both the hype and the panic worse.",
        "Teachers in the district are split. Some have redesigned homework around in-class writing so that AI tools matter less; others use chatbots themselves to draft quiz questions, then check every answer by hand.",
        "When the hospital rolled out an AI scribe that listens to consultations and drafts notes, doctors reported saving about an hour a day. Nurses, who were not given the tool, asked why the paperwork gap had grown.",
        "The company said its new AI features would be switched on for every customer by default next quarter, prompting a wave of complaints on its forums from users who wanted a way to opt out.",
        "Our reviewer spent two weeks with the laptop's much-advertised AI features. The on-device transcription was genuinely useful; the image generator and the smart wallpaper suggestions were forgettable.",
        "Energy use is the quiet story of the AI boom. A single data center campus planned outside the city would draw as much electricity as 80,000 homes, according to filings with the state regulator.",
        "If you are worried about your writing being used to train AI models, check the terms of every platform you post on. Some now let you opt out in account settings; others bury the choice in a help page.",
        "Alan Turing asked in 1950 whether machines can think. Seventy-five years later, the more practical question is whether we can tell when they are wrong.",
        "Open-weight models have narrowed the gap with proprietary systems faster than most analysts expected, which has made it cheaper for universities to run their own experiments.",
        "Musicians' unions are negotiating clauses that stop studios from cloning a performer's voice with AI without consent and separate payment.",
    ),
    "de": (
        "Kaum ein Softwarehersteller verzichtet derzeit auf einen KI-Assistenten. Viele Nutzerinnen und Nutzer wünschen sich dagegen vor allem eines: eine Möglichkeit, die neuen Funktionen dauerhaft abzuschalten.",
        "Das Forschungsteam der Technischen Universität trainierte ein neuronales Netz mit Wetterdaten aus zwanzig Jahren. Die Vorhersagen für Starkregen wurden dadurch in ländlichen Regionen deutlich genauer.",
        "Mit dem AI Act der Europäischen Union gelten neue Transparenzpflichten. Anbieter großer Sprachmodelle müssen offenlegen, mit welchen Daten sie ihre Systeme trainiert haben.",
        "Künstliche Intelligenz ist längst im Alltag angekommen: Sie sortiert Spam aus, schlägt Routen vor und übersetzt Speisekarten im Urlaub. Neu ist vor allem, wie sichtbar sie geworden ist.",
        "Datenschützer kritisieren, dass viele KI-Funktionen standardmäßig aktiviert sind. Wer nicht möchte, dass eigene Texte ausgewertet werden, muss sich oft durch mehrere Einstellungsseiten klicken.",
        "In der Pflege könnte KI vor allem bei der Dokumentation helfen, sagt die Leiterin des Modellprojekts. Entscheidungen über Patienten solle aber weiterhin ein Mensch treffen.",
        "Der Stromverbrauch neuer Rechenzentren für KI-Anwendungen stellt die Netzbetreiber vor Probleme. In Frankfurt sind die Anschlusskapazitäten für die nächsten Jahre weitgehend vergeben.",
        "Lehrkräfte berichten, dass Schülerinnen und Schüler Chatbots vor allem für Zusammenfassungen nutzen. Einige Schulen setzen deshalb wieder stärker auf Aufsätze, die im Unterricht geschrieben werden.",
        "Im Test überzeugte die Transkription des neuen Notebooks, die komplett auf dem Gerät läuft. Die übrigen KI-Funktionen wirkten dagegen eher wie eine Pflichtübung der Marketingabteilung.",
    ),
    "fr": (
        "Depuis quelques mois, chaque logiciel de bureautique semble doté de son propre assistant d'intelligence artificielle. Beaucoup d'utilisateurs réclament pourtant une option simple pour désactiver ces fonctions.",
        "Les chercheurs ont entraîné un modèle d'apprentissage automatique capable de repérer des anomalies sur les radiographies pulmonaires. Les radiologues restent toutefois seuls responsables du diagnostic.",
        "Le règlement européen sur l'IA impose désormais aux fournisseurs de modèles généralistes de documenter les données d'entraînement utilisées.",
        "L'intelligence artificielle générative bouleverse le métier de traducteur : certaines agences ne confient plus que la relecture à des humains, au grand dam des professionnels du secteur.",
        "La CNIL rappelle que l'utilisation de données personnelles pour entraîner une IA doit reposer sur une base légale claire et que les personnes concernées doivent pouvoir s'y opposer.",
        "Dans les lycées, les enseignants s'adaptent : davantage d'évaluations sur table, et des cours consacrés aux limites des outils d'IA.",
        "La consommation d'eau des centres de données qui font tourner les modèles d'IA inquiète les élus locaux, notamment pendant les épisodes de sécheresse.",
        "Notre testeur a passé deux semaines avec les fonctions d'IA du nouveau smartphone. La retouche photo l'a convaincu, les résumés automatiques beaucoup moins.",
    ),
    "es": (
        "Casi todas las aplicaciones de correo incorporan ya un asistente de inteligencia artificial. Muchos usuarios, sin embargo, solo quieren saber dónde se desactiva.",
        "Un equipo de la Universidad de Granada ha desarrollado un modelo de aprendizaje automático que detecta plagas en los olivos a partir de imágenes tomadas con drones.",
        "La ley europea de IA obliga a etiquetar los contenidos generados artificialmente, como imágenes y vídeos, para que el público pueda distinguirlos.",
        "La inteligencia artificial generativa promete ahorrar tiempo en las oficinas, pero los sindicatos advierten de que nadie ha medido todavía su impacto en el empleo.",
        "Los profesores reconocen que los chatbots han cambiado la forma de evaluar: más exámenes orales y trabajos escritos en clase.",
        "El consumo eléctrico de los centros de datos dedicados a la IA se ha duplicado en dos años, según el operador de la red.",
        "En nuestra prueba, la transcripción automática del portátil funcionó muy bien; el resto de funciones de IA nos parecieron prescindibles.",
    ),
    "ja": (
        "生成AIの普及に伴い、多くのアプリにAIアシスタントが標準搭載されるようになった。一方で、こうした機能を無効にしたいという利用者の声も根強い。",
        "大学の研究チームは、機械学習を用いて地震の揺れを数秒早く予測する手法を開発したと発表した。",
        "人工知能の研究は1950年代に始まり、何度かのブームと「冬の時代」を経て現在に至っている。",
        "政府はAIの開発と利用に関する新たなガイドラインを公表し、事業者に対して学習データの透明性確保を求めた。",
        "学校現場では、生成AIを使った宿題への対応に頭を悩ませる教員が少なくない。授業中に書かせる課題を増やした学校もある。",
        "データセンターの電力需要はAIの利用拡大によって急増しており、電力会社は供給計画の見直しを迫られている。",
        "新型ノートPCのAI機能を2週間試した。端末内で動く文字起こしは実用的だったが、画像生成は使う場面がほとんどなかった。",
    ),
    "pt": (
        "Quase todos os aplicativos de mensagens passaram a oferecer um assistente de inteligência artificial. Muitos usuários, porém, reclamam que não conseguem desligar o recurso.",
        "Pesquisadores da USP usaram aprendizado de máquina para prever surtos de dengue com até três semanas de antecedência.",
        "O projeto de lei que regulamenta a inteligência artificial no Brasil prevê regras mais rígidas para sistemas considerados de alto risco.",
        "Em Portugal, as escolas estão a rever a forma de avaliar os trabalhos de casa depois da chegada dos chatbots.",
        "A IA generativa promete aumentar a produtividade, mas especialistas alertam para o risco de erros difíceis de detectar.",
        "O consumo de energia dos centros de dados usados para treinar modelos de IA preocupa as distribuidoras de eletricidade.",
    ),
    "it": (
        "Ogni nuova versione dei programmi per l'ufficio arriva ormai con un assistente di intelligenza artificiale integrato. Molti lettori ci chiedono come disattivarlo.",
        "Un gruppo di ricerca del Politecnico ha usato l'apprendimento automatico per prevedere i guasti nelle linee ferroviarie regionali.",
        "Con l'AI Act, l'Unione europea è la prima a dotarsi di regole complete sull'intelligenza artificiale.",
        "Il Garante della privacy ha chiesto chiarimenti sull'uso dei dati degli utenti per addestrare i modelli di IA.",
        "Nelle scuole i docenti discutono se vietare o insegnare l'uso dei chatbot, mentre aumentano le verifiche scritte in classe.",
        "I centri dati che alimentano l'intelligenza artificiale consumano sempre più energia, e le reti elettriche faticano a tenere il passo.",
    ),
    "nl": (
        "Steeds meer apps krijgen een AI-assistent, of gebruikers dat nu willen of niet. De toezichthouder roept bedrijven op duidelijk te maken hoe je die functies uitzet.",
        "Onderzoekers van de TU Delft gebruiken machine learning om scheuren in bruggen eerder op te sporen.",
        "Kunstmatige intelligentie kan docenten helpen bij het nakijken, maar de eindbeslissing moet bij een mens blijven, zegt de onderwijsraad.",
        "Datacenters voor AI vragen zoveel stroom dat netbeheerders nieuwe aansluitingen moeten uitstellen.",
    ),
    "pl": (
        "Niemal każda nowa aplikacja biurowa ma dziś wbudowanego asystenta sztucznej inteligencji. Czytelnicy pytają nas przede wszystkim, jak go wyłączyć.",
        "Naukowcy z Politechniki Warszawskiej wykorzystali uczenie maszynowe do prognozowania zapotrzebowania na energię.",
        "Unijny akt o sztucznej inteligencji nakłada nowe obowiązki na dostawców dużych modeli językowych.",
        "Nauczyciele coraz częściej zlecają wypracowania pisane w klasie, bo chatboty zmieniły sposób odrabiania lekcji.",
    ),
    "ko": (
        "생성형 AI가 확산되면서 대부분의 앱에 AI 비서 기능이 기본으로 탑재되고 있다. 하지만 이를 끄고 싶다는 이용자도 적지 않다.",
        "KAIST 연구팀은 머신러닝을 활용해 배터리 수명을 예측하는 기술을 개발했다고 밝혔다.",
        "정부는 인공지능 기본법 시행을 앞두고 기업들을 위한 안내서를 발표했다.",
        "AI 데이터센터의 전력 수요가 급증하면서 전력망 확충 논의가 본격화되고 있다.",
    ),
    "zh": (
        "随着生成式人工智能的普及，越来越多的应用内置了AI助手，但也有不少用户希望能够彻底关闭这些功能。",
        "研究团队利用机器学习方法，将短时强降雨预报的准确率提高了约两成。",
        "专家指出，人工智能训练数据的来源与版权问题仍有待法律进一步明确。",
        "人工智能数据中心的用电需求快速增长，多地电网正在加快扩容。",
    ),
    "sv": (
        "Allt fler appar får en AI-assistent inbyggd, men många användare vill helst kunna stänga av funktionen.",
        "Forskare vid KTH har tränat en maskininlärningsmodell som förutspår isbildning på vägar.",
        "Artificiell intelligens i skolan väcker frågor om bedömning och fusk, säger Skolverket.",
    ),
}

HEADLINES = {
    "en": (
        "Why every app suddenly has an AI button, and how to turn it off",
        "AI Act: what the new rules mean for small software companies",
        "Hospital's AI scribe saves doctors an hour a day, study finds",
        "Opinion: Stop forcing AI assistants into products nobody asked to change",
        "The hidden water bill of artificial intelligence",
        "Machine learning model spots flash floods 40 minutes earlier",
        "Review: this AI laptop is great, despite its AI features",
        "Five questions to ask before your school adopts an AI tutor",
        "Investors pour $4bn into AI chip start-ups in a single quarter",
        "How our newsroom uses AI to transcribe interviews, and where we draw the line",
        "Users revolt as AI features are switched on by default",
        "What is a large language model? A plain-English guide",
    ),
    "de": (
        "KI-Verordnung: Was sich für Unternehmen jetzt ändert",
        "Kommentar: Nicht jede App braucht einen KI-Assistenten",
        "Wie Künstliche Intelligenz die Wettervorhersage verbessert",
        "Datenschützer fordern Abschaltknopf für KI-Funktionen",
        "Rechenzentren für KI: Der Strom wird knapp",
        "Chatbots im Klassenzimmer: Lehrer ziehen erste Bilanz",
        "So schalten Sie die KI-Funktionen Ihres Smartphones ab",
    ),
    "fr": (
        "IA générative : les traducteurs face à la machine",
        "Tribune : laissez-nous désactiver l'IA",
        "Ce que change le règlement européen sur l'intelligence artificielle",
        "Centres de données et IA : la facture d'eau s'alourdit",
        "À l'hôpital, l'IA aide à lire les radiographies",
        "Comment désactiver les fonctions d'IA de votre smartphone",
    ),
    "es": (
        "Cómo desactivar las funciones de IA de tu móvil",
        "La ley europea de inteligencia artificial ya está en vigor: qué cambia",
        "Drones e IA contra las plagas del olivar",
        "Opinión: la IA no debería venir activada por defecto",
        "Los centros de datos de IA disparan la demanda eléctrica",
    ),
    "ja": (
        "生成AI、学校での利用ルールはどうあるべきか",
        "人工知能で地震の揺れを事前予測 大学チーム",
        "AI機能の「押し付け」に利用者から不満の声",
        "データセンター電力需要、AI普及で急増",
        "政府、AI事業者向けガイドラインを公表",
    ),
    "pt": (
        "Como desativar os recursos de IA do seu celular",
        "Marco legal da IA avança no Senado",
        "Aprendizado de máquina ajuda a prever surtos de dengue",
        "Opinião: ninguém pediu um assistente de IA em tudo",
    ),
    "it": (
        "Intelligenza artificiale, cosa cambia con l'AI Act",
        "Come disattivare le funzioni IA sullo smartphone",
        "Il Garante privacy e i dati usati per addestrare l'IA",
        "Chatbot a scuola: vietarli o insegnarli?",
    ),
    "nl": ("Zo zet je de AI-functies op je telefoon uit",
           "Kunstmatige intelligentie spoort scheuren in bruggen op"),
    "pl": ("Sztuczna inteligencja w szkołach: zakazać czy uczyć?",
           "Jak wyłączyć funkcje AI w telefonie"),
    "ko": ("인공지능 기본법 시행, 무엇이 달라지나", "AI 기능 강제 탑재에 이용자 불만"),
    "zh": ("人工智能立法进入新阶段", "用户抱怨AI功能默认开启"),
    "sv": ("Så stänger du av AI-funktionerna i mobilen", "AI-förordningen: detta gäller nu"),
}

KICKER = {
    "en": ("AI", "Artificial intelligence", "Opinion", "Explainer", "Analysis", "Tech"),
    "de": ("KI", "Künstliche Intelligenz", "Kommentar", "Analyse", "Digital"),
    "fr": ("IA", "Intelligence artificielle", "Tribune", "Décryptage", "Pixels"),
    "es": ("IA", "Inteligencia artificial", "Opinión", "Tecnología"),
    "ja": ("AI", "人工知能", "解説", "テック"),
    "pt": ("IA", "Inteligência artificial", "Opinião", "Tecnologia"),
    "it": ("IA", "Intelligenza artificiale", "Commento", "Tecnologia"),
    "nl": ("AI", "Kunstmatige intelligentie", "Tech"),
    "pl": ("AI", "Sztuczna inteligencja", "Technologie"),
    "ko": ("AI", "인공지능", "테크"),
    "zh": ("AI", "人工智能", "科技"),
    "sv": ("AI", "Artificiell intelligens", "Teknik"),
}

AUTHORS = ("Maya Okafor", "Jonas Albrecht", "Claire Dubois", "Lucía Fernández", "佐藤 美咲",
           "Rafael Costa", "Giulia Romano", "Sanne de Vries", "Piotr Nowak", "김지훈",
           "王磊", "Elin Lindqvist", "Tom Hartley", "Priya Raman", "Daniel Weiss")

READ = {"en": "{n} min read", "de": "{n} Min. Lesezeit", "fr": "Lecture : {n} min",
        "es": "Lectura: {n} min", "ja": "{n}分で読めます", "pt": "{n} min de leitura",
        "it": "Lettura: {n} min", "nl": "{n} min leestijd", "pl": "{n} min czytania",
        "ko": "{n}분 읽기", "zh": "阅读约{n}分钟", "sv": "{n} min läsning"}

COMMENTS = {
    "en": (
        "I switched back to the old client because the new one kept popping an AI summary over my actual emails.",
        "Honestly the AI autocomplete in my IDE saves me a lot of boilerplate. I still read every line before committing.",
        "The article overstates how much these models understand. They are very good at predicting text, which is not the same thing.",
        "Does anyone know if there's a setting to stop the AI from rewriting my product descriptions? Support just sent me a link to the FAQ.",
        "My kid's school banned AI tools and then sent a newsletter that was clearly written by a chatbot.",
        "Good piece. I'd add that the energy numbers for training are small compared with inference at scale.",
        "We tried an LLM for triaging support tickets. It handled the easy 60% and was confidently wrong on the rest.",
        "Every product meeting this year starts with 'where can we add AI?' instead of 'what do users need?'.",
        "The on-device models are the interesting part here. No network round trip, no data leaving the phone.",
    ),
    "de": (
        "Ich will einfach nur eine Option, um diesen KI-Kram abzuschalten. Ist das zu viel verlangt?",
        "Guter Artikel. Bei uns in der Firma nutzen wir KI inzwischen für Protokolle, das spart tatsächlich Zeit.",
        "Die Frage ist doch, wer haftet, wenn die KI falsche Auskünfte gibt.",
        "Interessant wäre, wie viel Strom das Training solcher Modelle eigentlich verbraucht.",
    ),
    "fr": (
        "J'ai cherché pendant dix minutes comment désactiver l'IA dans mon traitement de texte. Introuvable.",
        "Article intéressant, mais l'IA reste un outil : tout dépend de l'usage qu'on en fait.",
        "Dans mon lycée, les profs ont repassé tous les devoirs en classe. Franchement, ce n'est pas plus mal.",
    ),
    "es": (
        "¿Alguien sabe cómo quitar el asistente de IA del teclado? Me aparece en cada mensaje.",
        "Buen artículo. La IA ayuda, pero hay que revisar todo lo que escribe.",
        "Lo que me preocupa es que entrenen los modelos con nuestros datos sin preguntar.",
    ),
    "ja": (
        "AI要約が勝手に表示されるのが本当に邪魔。設定でオフにできるようにしてほしい。",
        "仕事で議事録作成にAIを使っているが、確認は必ず人間がしている。",
        "記事の内容には同意。ただ電力消費の話はもっと議論されるべきだと思う。",
    ),
    "pt": (
        "Só queria uma opção para desligar essa IA. Aparece em todo lugar.",
        "Uso IA no trabalho para resumir relatórios, mas sempre confiro os números.",
        "Ótima matéria. Falta discutir quem responde pelos erros da inteligência artificial.",
    ),
    "it": (
        "Qualcuno sa come si disattiva l'assistente IA nella posta? Compare a ogni email.",
        "Articolo interessante, ma l'intelligenza artificiale non sostituirà gli insegnanti.",
    ),
    "nl": ("Ik wil gewoon een knop om die AI-functie uit te zetten.",
           "Goed stuk. Wij gebruiken AI op het werk voor notulen en het scheelt echt tijd."),
    "pl": ("Czy ktoś wie, jak wyłączyć tego asystenta AI? Pojawia się przy każdej wiadomości.",
           "Ciekawy artykuł, ale sztuczna inteligencja to wciąż tylko narzędzie."),
    "ko": ("AI 요약이 자동으로 떠서 너무 불편해요. 끄는 방법 아시는 분?",
           "업무에서 AI로 회의록을 정리하는데, 검토는 꼭 사람이 합니다."),
    "zh": ("AI摘要总是自动弹出，太影响阅读了，希望能在设置里关掉。", "文章写得不错，人工智能终究只是工具。"),
    "sv": ("Finns det något sätt att stänga av AI-assistenten? Den dyker upp i varje mejl.",
           "Bra artikel. Vi använder AI för mötesanteckningar på jobbet."),
}

USERS = ("tptacek_fan", "greyfox", "lmcinnes", "dang_it", "quietmoth", "rbanffy2", "jandrewrogers",
         "pcwalton_", "k_a_t_e", "mnemonik", "sternwarte", "noemie_l", "pablo_rg", "takeshi_k",
         "ana.bela", "marco1987", "fietser42", "kasia_w", "jihoon", "xiaoyu", "oskar_s")

TIME_AGO = {"en": ("2 hours ago", "5 hours ago", "1 day ago", "34 minutes ago"),
            "de": ("vor 2 Stunden", "vor 1 Tag", "vor 15 Minuten"),
            "fr": ("il y a 2 heures", "il y a 1 jour"), "es": ("hace 2 horas", "hace 1 día"),
            "ja": ("2時間前", "1日前"), "pt": ("há 2 horas", "há 1 dia"), "it": ("2 ore fa", "1 giorno fa"),
            "nl": ("2 uur geleden",), "pl": ("2 godziny temu",), "ko": ("2시간 전",),
            "zh": ("2小时前",), "sv": ("för 2 timmar sedan",)}

REPLY = {"en": "reply", "de": "Antworten", "fr": "Répondre", "es": "Responder", "ja": "返信",
         "pt": "Responder", "it": "Rispondi", "nl": "Reageren", "pl": "Odpowiedz", "ko": "답글",
         "zh": "回复", "sv": "Svara"}

ABSTRACTS = (
    ("en", "Sparse Mixture-of-Experts Language Models Under Tight Memory Budgets",
     "Large language models (LLMs) achieve strong results across tasks but remain expensive to serve. We study sparse mixture-of-experts architectures when accelerator memory is limited to 16 GB and propose an expert-offloading schedule that reduces peak memory by 41% with less than 2% loss in perplexity on three benchmarks. We release code and checkpoints."),
    ("en", "Measuring Hallucination in Retrieval-Augmented Question Answering",
     "Retrieval-augmented generation is widely used to ground the answers of language models in external documents. We introduce a benchmark of 4,800 questions annotated for unsupported claims and show that current systems hallucinate in 12-27% of answers even when the relevant passage is retrieved. Answer length and retrieval noise are the main drivers."),
    ("en", "User Attitudes Towards Default-On AI Features in Productivity Software",
     "We surveyed 2,114 knowledge workers about generative AI features that are enabled by default in email clients and document editors. A majority (58%) had tried to disable at least one such feature, and 31% could not find the setting. We discuss implications for consent and interface design."),
    ("en", "Graph Neural Networks for Early Flood Warning from Sparse Gauge Networks",
     "Flash floods leave little time for warnings, and gauge networks in small catchments are sparse. We model river networks as graphs and train a graph neural network on twelve years of hourly observations. On held-out events the model raises warnings a median of 38 minutes earlier than threshold rules at equal false-alarm rates."),
    ("en", "On the Energy Cost of Inference for Large Language Models",
     "While the energy cost of training neural networks has been studied extensively, inference now dominates the footprint of deployed models. We measure energy per generated token for eleven open models on four hardware platforms and find a 30-fold spread driven mostly by batch size and quantisation."),
    ("en", "Detecting Machine-Generated Text in Student Essays: A Replication Study",
     "Detectors for AI-generated text are increasingly used in education. We replicate five published detectors on 9,000 essays written by secondary-school students and find false-positive rates up to 14% for non-native writers. We argue that detector scores should not be used as sole evidence of misconduct."),
    ("en", "A Survey of Reinforcement Learning from Human Feedback",
     "Reinforcement learning from human feedback (RLHF) has become a standard step in aligning language models with human preferences. This survey organises over 200 papers by feedback type, reward modelling approach and optimisation method, and lists open problems in evaluation and reward hacking."),
    ("en", "Federated Learning for Hospital Readmission Prediction Across Seven Sites",
     "Sharing patient records between hospitals is often impossible. We train a readmission model with federated learning across seven hospitals without moving raw data and match the accuracy of a centrally trained baseline within 1.5 points of AUROC."),
    ("de", "Akzeptanz von KI-Assistenzsystemen in der ambulanten Pflege",
     "Die Studie untersucht, wie Pflegekräfte in ambulanten Diensten KI-gestützte Dokumentationssysteme bewerten. In 36 Interviews wurden Zeitersparnis und Entlastung hervorgehoben, zugleich aber Bedenken zu Datenschutz und Haftung geäußert."),
    ("fr", "Apprentissage profond pour la détection précoce des incendies de forêt",
     "Nous proposons un réseau de neurones convolutif entraîné sur des images satellitaires pour détecter les départs de feu. Sur les saisons 2019 à 2024, le modèle détecte 87 % des incendies dans l'heure suivant leur départ."),
    ("es", "Aprendizaje automático para la predicción de sequías en la península ibérica",
     "Este trabajo evalúa modelos de aprendizaje automático para predecir índices de sequía con tres meses de antelación. Los bosques aleatorios superan a los modelos estadísticos clásicos en el 70 % de las cuencas estudiadas."),
    ("pt", "Aprendizado de máquina na previsão de surtos de dengue",
     "Este estudo avalia modelos de aprendizado de máquina para prever surtos de dengue em 120 municípios brasileiros a partir de dados climáticos e de notificação. O melhor modelo antecipou 78% dos surtos com três semanas de antecedência."),
    ("ja", "深層学習を用いた道路損傷検出手法の提案",
     "本研究では、車載カメラ画像から路面のひび割れやポットホールを検出する深層学習モデルを提案する。市内の道路で撮影した約2万枚の画像で評価した結果、従来手法と比較して検出精度が12ポイント向上した。"),
    ("it", "Reti neurali per la manutenzione predittiva delle linee ferroviarie",
     "Presentiamo un modello basato su reti neurali ricorrenti per prevedere i guasti degli scambi ferroviari a partire dai dati dei sensori. Su due anni di dati il modello anticipa il 64% dei guasti con almeno 48 ore di preavviso."),
)

ABS_WORD = {"en": "Abstract", "de": "Zusammenfassung", "fr": "Résumé", "es": "Resumen",
            "pt": "Resumo", "ja": "概要", "it": "Sommario"}
ABS_HOSTS = {"en": ("arxiv.org", "dl.acm.org", "link.springer.com", "www.semanticscholar.org",
                    "openreview.net", "aclanthology.org", "www.nature.com", "ieeexplore.ieee.org",
                    "proceedings.mlr.press", "scholar.archive.org"),
             "de": ("publikationen.bibliothek.kit.edu", "mediatum.ub.tum.de", "link.springer.com"),
             "fr": ("hal.science", "theses.fr"), "es": ("www.scielo.org.mx", "digibug.ugr.es"),
             "pt": ("www.scielo.br", "repositorio.usp.br"), "ja": ("www.jstage.jst.go.jp", "ipsj.ixsq.nii.ac.jp"),
             "it": ("iris.polimi.it", "www.tesionline.it")}
SCHOLAR_NAMES = ("A. Kumar", "L. Chen", "M. Rossi", "S. Müller", "J. Park", "E. Martin",
                 "R. Silva", "H. Tanaka", "K. Nowak", "F. García", "O. Lindgren", "T. Okafor")

BOOKS = (
    ("en", "Life 3.0: Being Human in the Age of Artificial Intelligence", "Max Tegmark", "$16.99"),
    ("en", "Human Compatible: Artificial Intelligence and the Problem of Control", "Stuart Russell", "$18.00"),
    ("en", "The Alignment Problem: Machine Learning and Human Values", "Brian Christian", "$17.95"),
    ("en", "Atlas of AI", "Kate Crawford", "$20.00"),
    ("en", "AI Snake Oil", "Arvind Narayanan and Sayash Kapoor", "$24.95"),
    ("en", "Co-Intelligence: Living and Working with AI", "Ethan Mollick", "$19.99"),
    ("en", "Artificial Intelligence: A Modern Approach, 4th Edition", "Stuart Russell, Peter Norvig", "$129.99"),
    ("en", "Deep Learning (Adaptive Computation and Machine Learning series)", "Ian Goodfellow, Yoshua Bengio, Aaron Courville", "$60.00"),
    ("en", "Superintelligence: Paths, Dangers, Strategies", "Nick Bostrom", "$15.49"),
    ("de", "Leben 3.0: Mensch sein im Zeitalter Künstlicher Intelligenz", "Max Tegmark", "26,00 €"),
    ("de", "Superintelligenz: Szenarien einer kommenden Revolution", "Nick Bostrom", "18,00 €"),
    ("de", "Künstliche Intelligenz: Ein moderner Ansatz", "Stuart Russell, Peter Norvig", "79,95 €"),
    ("fr", "La Vie 3.0 : Être humain à l'ère de l'intelligence artificielle", "Max Tegmark", "24,90 €"),
    ("fr", "L'intelligence artificielle n'existe pas", "Luc Julia", "8,90 €"),
    ("es", "Vida 3.0: Qué significa ser humano en la era de la inteligencia artificial", "Max Tegmark", "22,90 €"),
    ("es", "Superinteligencia: Caminos, peligros, estrategias", "Nick Bostrom", "24,00 €"),
    ("ja", "LIFE3.0 人工知能時代に人間であるということ", "マックス・テグマーク", "￥2,640"),
    ("ja", "人工知能は人間を超えるか ディープラーニングの先にあるもの", "松尾 豊", "￥1,650"),
    ("pt", "Vida 3.0: O ser humano na era da inteligência artificial", "Max Tegmark", "R$ 69,90"),
    ("it", "Vita 3.0: Essere umani nell'era dell'intelligenza artificiale", "Max Tegmark", "20,00 €"),
)
BOOK_HOSTS = {"en": ("www.amazon.com", "bookshop.org", "www.barnesandnoble.com", "www.waterstones.com"),
              "de": ("www.amazon.de", "www.thalia.de", "www.hugendubel.de"),
              "fr": ("www.amazon.fr", "www.fnac.com", "www.decitre.fr"),
              "es": ("www.amazon.es", "www.casadellibro.com"),
              "ja": ("www.amazon.co.jp", "www.kinokuniya.co.jp"),
              "pt": ("www.amazon.com.br", "www.livrariacultura.com.br"),
              "it": ("www.amazon.it", "www.lafeltrinelli.it")}
ADD_CART = {"en": "Add to cart", "de": "In den Warenkorb", "fr": "Ajouter au panier",
            "es": "Añadir a la cesta", "ja": "カートに入れる", "pt": "Adicionar ao carrinho",
            "it": "Aggiungi al carrello"}
STARS = {"en": "{r} out of 5 stars", "de": "{r} von 5 Sternen", "fr": "{r} sur 5 étoiles",
         "es": "{r} de 5 estrellas", "ja": "5つ星のうち{r}", "pt": "{r} de 5 estrelas",
         "it": "{r} su 5 stelle"}
PAPERBACK = {"en": "Paperback", "de": "Taschenbuch", "fr": "Broché", "es": "Tapa blanda",
             "ja": "単行本", "pt": "Capa comum", "it": "Copertina flessibile"}

VIDEOS = (
    ("en", "But what is a neural network? | Deep learning chapter 1"),
    ("en", "How AI is changing weather forecasting"),
    ("en", "The EU AI Act explained in 10 minutes"),
    ("en", "Should you turn off the AI features on your phone?"),
    ("de", "Künstliche Intelligenz einfach erklärt"),
    ("de", "Wie lernt eine KI? | Erklärvideo"),
    ("fr", "L'intelligence artificielle expliquée simplement"),
    ("es", "¿Qué es la inteligencia artificial? Explicado en 5 minutos"),
    ("ja", "【解説】生成AIとは？仕組みをわかりやすく"),
    ("pt", "Como funciona a inteligência artificial?"),
    ("it", "Cos'è l'intelligenza artificiale? Spiegato semplice"),
)


def _paras(rng, lang, n):
    pool = list(PARAS[lang])
    rng.shuffle(pool)
    return pool[:n]


# --------------------------------------------------------------------------
# templates

def _article_body(rng, i):
    lang = _lang(rng)
    host = _host(rng, lang, HOSTS)
    n = rng.randint(1, 3)
    ps = _paras(rng, lang, n)
    style = rng.randrange(6)
    if style == 0:
        body = "".join(f"<p>{esc(p)}</p>" for p in ps)
        html = f'<div class="{_cls(rng, "article-body", "article__content")}">{body}</div>'
        src = "generic pattern: news article body div with paragraphs"
    elif style == 1:
        body = "".join(f'<p class="{_cls(rng, "dcr-paragraph", extra=(0, 1))}">{esc(p)}</p>' for p in ps)
        html = f'<div id="maincontent" class="{_cls(rng, "article-body-commercial-selector", "article-body-viewer-selector")}">{body}</div>'
        src = "Guardian-style article body (div#maincontent, article-body-commercial-selector)"
    elif style == 2:
        body = "".join(f'<p data-component="paragraph">{esc(p)}</p>' for p in ps)
        html = f'<section {_attrs(rng, [("name", "articleBody"), ("class", _cls(rng, "meteredContent", "StoryBodyCompanionColumn"))])}>{body}</section>'
        src = "NYT-style section[name=articleBody] with paragraphs"
    elif style == 3:
        body = "".join(f'<p class="paywall">{esc(p)}</p>' for p in ps)
        html = f'<div class="{_cls(rng, "article__body", "js-article-content")}" itemprop="articleBody">{body}</div>'
        src = "generic pattern: itemprop=articleBody container"
    elif style == 4:
        html = f"<p>{esc(ps[0])}</p>"
        src = "generic pattern: single article paragraph about AI"
    else:
        quote = ps[0]
        html = (f'<figure class="{_cls(rng, "pullquote")}"><blockquote><p>{esc(quote)}</p></blockquote>'
                f'<figcaption>{esc(rng.choice(AUTHORS))}</figcaption></figure>')
        src = "generic pattern: pull quote inside an article"
    html = wrap(html, rng)
    url = page_url(host, rng, f"/{rng.choice(SECTIONS[lang])}/{rng.randint(2024, 2026)}/{_slug(rng.choice(HEADLINES[lang]), rng)}")
    return example(html, url, 0, "article", src, lang=lang, context=_ctx(rng, w=(500, 760), h=(80, 900)))


def _headline(rng, i):
    lang = _lang(rng)
    host = _host(rng, lang, HOSTS)
    head = rng.choice(HEADLINES[lang])
    sub = rng.choice(PARAS[lang]).split(". ")[0].split("。")[0]
    author = rng.choice(AUTHORS)
    style = rng.randrange(4)
    mins = rng.randint(3, 14)
    if style == 0:
        html = (f'<header class="{_cls(rng, "article-header")}"><span class="{_cls(rng, "kicker")}">{esc(rng.choice(KICKER[lang]))}</span>'
                f'<h1 class="{_cls(rng, "headline", "article-title")}">{esc(head)}</h1>'
                f'<p class="{_cls(rng, "standfirst")}">{esc(sub)}</p>'
                f'<div class="byline"><a rel="author" href="/profile/{_slug(author, rng)}">{esc(author)}</a> · '
                f'<time datetime="2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}">{esc(READ[lang].format(n=mins))}</time></div></header>')
        src = "generic pattern: article header with kicker, h1, standfirst, byline"
    elif style == 1:
        html = f'<h1 {_attrs(rng, [("class", _cls(rng, "dcr-headline", obf=0.5)), ("data-gu-name", "headline") if rng.random() < 0.5 else None])}>{esc(head)}</h1>'
        src = "news headline h1 (Guardian data-gu-name=headline)"
    elif style == 2:
        html = f'<h2 class="{_cls(rng, "entry-title")}"><a href="/{_slug(head, rng)}/" rel="bookmark">{esc(head)}</a></h2>'
        src = "WordPress blog post title h2.entry-title a[rel=bookmark]"
    else:
        html = (f'<div class="{_cls(rng, "post-meta")}"><h1 class="post-title">{esc(head)}</h1>'
                f'<div class="pw-post-byline-header"><span>{esc(author)}</span><span>{esc(READ[lang].format(n=mins))}</span></div></div>')
        src = "Medium-style blog post header with byline and reading time"
    html = wrap(html, rng)
    url = page_url(host, rng, f"/{rng.choice(SECTIONS[lang])}/{_slug(head, rng)}")
    return example(html, url, 0, "headline", src, lang=lang, context=_ctx(rng, w=(400, 900), h=(40, 260), y=rng.randint(60, 400)))


def _teaser(rng, i):
    lang = _lang(rng)
    host = _host(rng, lang, HOSTS)
    n = rng.randint(1, 4)
    heads = list(HEADLINES[lang])
    rng.shuffle(heads)
    items = []
    style = rng.randrange(3)
    for head in heads[:n]:
        href = f"/{rng.choice(SECTIONS[lang])}/{_slug(head, rng)}"
        summ = rng.choice(PARAS[lang])
        summ = summ[:140].rsplit(" ", 1)[0] + "…" if len(summ) > 150 and " " in summ[:140] else summ
        img = (f'<img src="https://{host}/media/{rng.randint(10000, 99999)}.jpg" alt="" loading="lazy" width="320" height="180">'
               if rng.random() < 0.5 else "")
        kick = f'<span class="{_cls(rng, "teaser__kicker")}">{esc(rng.choice(KICKER[lang]))}</span>' if rng.random() < 0.6 else ""
        if style == 0:
            items.append(f'<article class="{_cls(rng, "teaser", "card")}">{img}{kick}<h3 class="{_cls(rng, "teaser__title")}"><a href="{href}">{esc(head)}</a></h3><p class="{_cls(rng, "teaser__summary")}">{esc(summ)}</p></article>')
        elif style == 1:
            items.append(f'<li class="{_cls(rng, "story-item")}"><a class="{_cls(rng, "story-link")}" href="{href}">{kick}<span class="headline">{esc(head)}</span></a></li>')
        else:
            items.append(f'<div data-testid="card" class="{_cls(rng, "duet--content-cards--content-card", obf=0.5)}"><a href="{href}">{esc(head)}</a>{kick}</div>')
    inner = "".join(items)
    if "<li" in inner:
        inner = f"<ul>{inner}</ul>"
    title = {"en": "More on AI", "de": "Mehr zum Thema KI", "fr": "À lire aussi sur l'IA", "es": "Más sobre IA",
             "ja": "AIの関連記事", "pt": "Mais sobre IA", "it": "Altro sull'IA", "nl": "Meer over AI",
             "pl": "Więcej o AI", "ko": "AI 관련 기사", "zh": "更多人工智能报道", "sv": "Mer om AI"}[lang]
    html = f'<section class="{_cls(rng, "related-stories", "river")}"><h2>{esc(title)}</h2>{inner}</section>' if rng.random() < 0.6 else inner
    html = wrap(html, rng)
    return example(html, page_url(host, rng), 0, "teaser",
                   "news teaser cards / story river linking AI articles (Verge duet content-card, generic teaser)",
                   lang=lang, context=_ctx(rng, w=(300, 1000), h=(100, 800)))


def _abstract(rng, i):
    lang, title, abstract = ABSTRACTS[i % len(ABSTRACTS)]
    host = rng.choice(ABS_HOSTS[lang])
    word = ABS_WORD[lang]
    authors = rng.sample(SCHOLAR_NAMES, rng.randint(2, 5))
    auth_html = ", ".join(f'<a href="/search?author={esc(a.replace(" ", "+"))}">{esc(a)}</a>' for a in authors)
    style = rng.randrange(5) if host != "arxiv.org" else 0
    aid = f"{rng.randint(2301, 2611)}.{rng.randint(10000, 19999)}"
    if style == 0:
        html = (f'<div id="abs"><h1 class="title mathjax"><span class="descriptor">Title:</span>{esc(title)}</h1>'
                f'<div class="authors"><span class="descriptor">Authors:</span>{auth_html}</div>'
                f'<blockquote class="abstract mathjax"><span class="descriptor">{esc(word)}:</span>{esc(abstract)}</blockquote></div>')
        src = "arXiv abstract page: h1.title.mathjax, blockquote.abstract.mathjax span.descriptor"
        path = f"/abs/{aid}"
        host = "arxiv.org" if lang == "en" else host
    elif style == 1:
        html = (f'<section aria-labelledby="Abs1" data-title="{esc(word)}" lang="{lang}"><div class="c-article-section" id="Abs1-section">'
                f'<h2 class="c-article-section__title js-section-title js-c-reading-companion-sections-item" id="Abs1">{esc(word)}</h2>'
                f'<div class="c-article-section__content" id="Abs1-content"><p>{esc(abstract)}</p></div></div></section>')
        src = "Springer Nature article abstract section (c-article-section, id=Abs1)"
        path = f"/article/10.1007/s{rng.randint(10000, 99999)}-0{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.randint(1, 9)}"
    elif style == 2:
        html = (f'<section id="abstract" class="core-container" role="doc-abstract"><h2 property="name">{esc(word)}</h2>'
                f'<div role="paragraph">{esc(abstract)}</div></section>')
        src = "ACM DL abstract section (section#abstract role=doc-abstract)"
        path = f"/doi/10.1145/{rng.randint(3500000, 3799999)}.{rng.randint(3500000, 3799999)}"
    elif style == 3:
        html = (f'<div class="{_cls(rng, "gs_ri")}"><h3 class="gs_rt"><a href="https://{host}/paper/{aid}">{esc(title)}</a></h3>'
                f'<div class="gs_a">{esc(", ".join(authors))} - {rng.randint(2022, 2026)}</div>'
                f'<div class="gs_rs">{esc(abstract[:220])}…</div></div>')
        src = "Google Scholar result (div.gs_ri h3.gs_rt div.gs_a div.gs_rs)"
        host = "scholar.google.com" if rng.random() < 0.5 else host
        path = "/scholar"
    else:
        html = (f'<div class="{_cls(rng, "paper-abstract")}"><h1 data-selenium-selector="paper-detail-title">{esc(title)}</h1>'
                f'<ul class="author-list">{"".join(f"<li>{esc(a)}</li>" for a in authors)}</ul>'
                f'<div class="abstract__text"><strong>{esc(word)}</strong> {esc(abstract)}</div></div>')
        src = "Semantic Scholar / OpenReview style paper detail with abstract"
        path = f"/paper/{_slug(title, rng)}"
    html = wrap(html, rng)
    return example(html, page_url(host, rng, path), 0, "abstract", src, lang=lang,
                   context=_ctx(rng, w=(600, 900), h=(150, 500)))


def _book_card(rng, i):
    lang, title, author, price = BOOKS[i % len(BOOKS)]
    host = rng.choice(BOOK_HOSTS[lang])
    rating = f"{rng.randint(40, 48) / 10:.1f}"
    if lang in ("de", "fr", "es", "pt", "it"):
        rating = rating.replace(".", ",")
    asin = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
    img = f'<img class="s-image" src="https://m.media-amazon.com/images/I/{asin}L._AC_UY218_.jpg" alt="{esc(title)}">'
    if "amazon" in host:
        html = (f'<div {_attrs(rng, [("data-asin", "B" + asin), ("data-component-type", "s-search-result"), ("class", "s-result-item s-asin sg-col-0-of-12 sg-col-16-of-20 s-widget-spacing-small sg-col-12-of-16"), ("data-index", str(rng.randint(2, 24)))])}>'
                f'<div class="s-card-container">{img}'
                f'<h2 class="a-size-medium a-spacing-none a-color-base a-text-normal"><span>{esc(title)}</span></h2>'
                f'<div class="a-row a-size-base a-color-secondary"><span class="a-size-base">{esc(author)}</span> | <span>{esc(PAPERBACK[lang])}</span></div>'
                f'<span class="a-icon-alt">{esc(STARS[lang].format(r=rating))}</span>'
                f'<span class="a-price"><span class="a-offscreen">{esc(price)}</span></span></div></div>')
        src = "Amazon search result card: div[data-component-type=s-search-result], h2 span, span.a-price span.a-offscreen"
        path = f"/s/{_slug(title, rng)}" if rng.random() < 0.5 else f"/dp/B{asin}"
    else:
        style = rng.randrange(2)
        if style == 0:
            html = (f'<li class="product type-product product_cat-books {_cls(rng, extra=(0, 1))}"><a href="/product/{_slug(title, rng)}/" class="woocommerce-LoopProduct-link woocommerce-loop-product__link">'
                    f'<img src="https://{host}/img/{asin}.jpg" alt="{esc(title)}" width="300" height="450">'
                    f'<h2 class="woocommerce-loop-product__title">{esc(title)}</h2>'
                    f'<span class="price"><span class="woocommerce-Price-amount amount"><bdi>{esc(price)}</bdi></span></span></a>'
                    f'<a href="?add-to-cart={rng.randint(100, 9999)}" class="button add_to_cart_button ajax_add_to_cart" rel="nofollow">{esc(ADD_CART[lang])}</a></li>')
            src = "WooCommerce product loop item (li.product, h2.woocommerce-loop-product__title, add_to_cart_button)"
        else:
            html = (f'<div class="{_cls(rng, "product-card", "book-card")}" data-product-id="{rng.randint(100000, 999999)}">'
                    f'<a href="/book/{_slug(title, rng)}"><img src="https://{host}/covers/{asin}.jpg" alt="{esc(title)}"></a>'
                    f'<h3 class="{_cls(rng, "product-card__title")}">{esc(title)}</h3><p class="author">{esc(author)}</p>'
                    f'<p class="price">{esc(price)}</p><button type="button" class="{_cls(rng, "btn", "btn-primary")}">{esc(ADD_CART[lang])}</button></div>')
            src = "generic pattern: bookshop product card for a book about AI"
        path = f"/book/{_slug(title, rng)}"
    html = wrap(html, rng)
    return example(html, page_url(host, rng, path), 0, "product_card", src, lang=lang,
                   context=_ctx(rng, w=(200, 900), h=(180, 420)))


def _comment(rng, i):
    lang = _lang(rng)
    n = rng.randint(1, 3)
    texts = list(COMMENTS[lang])
    rng.shuffle(texts)
    texts = texts[:n]
    style = rng.randrange(4)
    if style == 0 and lang == "en" or (style == 0 and rng.random() < 0.3):
        host = "news.ycombinator.com"
        rows = []
        for d, t in enumerate(texts):
            cid = rng.randint(40000000, 46000000)
            user = rng.choice(USERS)
            rows.append(
                f'<tr class="athing comtr" id="{cid}"><td><table border="0"><tr><td class="ind" indent="{d}"><img src="s.gif" height="1" width="{d * 40}"></td>'
                f'<td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="user?id={user}" class="hnuser">{user}</a> '
                f'<span class="age"><a href="item?id={cid}">{esc(rng.choice(TIME_AGO["en"]))}</a></span></span></div><br>'
                f'<div class="comment"><div class="commtext c00">{esc(t)}</div><div class="reply"><p><font size="1"><u><a href="reply?id={cid}" rel="nofollow">reply</a></u></font></p></div></div></td></tr></table></td></tr>')
        html = f'<table class="comment-tree" border="0"><tbody>{"".join(rows)}</tbody></table>'
        src = "Hacker News comment tree: tr.athing.comtr, a.hnuser, div.commtext.c00"
        path = "/item"
    elif style == 1:
        host = rng.choice(("www.reddit.com", "www.reddit.com", "old.reddit.com"))
        parts = []
        for d, t in enumerate(texts):
            user = rng.choice(USERS)
            tid = "t1_" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(7))
            parts.append(f'<shreddit-comment {_attrs(rng, [("author", user), ("thingid", tid), ("depth", str(d)), ("score", str(rng.randint(1, 900))), ("permalink", f"/r/technology/comments/1abcde/comment/{tid[3:]}/")])}>'
                         f'<div slot="comment" id="{tid}-comment-rtjson-content"><p>{esc(t)}</p></div></shreddit-comment>')
        html = f'<shreddit-comment-tree>{"".join(parts)}</shreddit-comment-tree>' if len(parts) > 1 else parts[0]
        src = "Reddit comments: shreddit-comment[author][thingid] with div[slot=comment]"
        path = f"/r/{rng.choice(('technology', 'privacy', 'MachineLearning', 'de', 'france', 'programming'))}/comments/{rng.randint(100000, 999999)}/"
    elif style == 2:
        host = _host(rng, lang, HOSTS)
        lis = []
        for t in texts:
            user = rng.choice(USERS)
            lis.append(f'<li class="post" id="post-{rng.randint(6000000000, 6999999999)}"><div class="post-content"><div class="post-byline"><span class="author">{esc(user)}</span> '
                       f'<span class="post-meta"><a class="time-ago" href="#comment">{esc(rng.choice(TIME_AGO[lang]))}</a></span></div>'
                       f'<div class="post-body-inner"><div class="post-message" dir="auto"><p>{esc(t)}</p></div></div>'
                       f'<menu class="post-menu"><a class="reply" href="#">{esc(REPLY[lang])}</a></menu></div></li>')
        html = f'<ul id="post-list" class="post-list">{"".join(lis)}</ul>'
        src = "Disqus-style comment list (ul#post-list li.post div.post-message)"
        path = f"/{rng.choice(SECTIONS[lang])}/{_slug(rng.choice(HEADLINES[lang]), rng)}"
    else:
        host = _host(rng, lang, HOSTS)
        items = []
        for t in texts:
            user = rng.choice(USERS)
            items.append(f'<article class="{_cls(rng, "comment")}" {_attrs(rng, [("id", f"comment-{rng.randint(1000, 99999)}"), ("data-testid", "comment") if rng.random() < 0.4 else None])}>'
                         f'<header><strong class="comment-author">{esc(user)}</strong> <time>{esc(rng.choice(TIME_AGO[lang]))}</time></header>'
                         f'<div class="comment-body"><p>{esc(t)}</p></div>'
                         f'<button type="button" class="{_cls(rng, "comment-reply")}">{esc(REPLY[lang])}</button></article>')
        html = f'<div class="{_cls(rng, "comments")}">{"".join(items)}</div>' if len(items) > 1 else items[0]
        src = "generic pattern: reader comment list under an article about AI"
        path = f"/{rng.choice(SECTIONS[lang])}/{_slug(rng.choice(HEADLINES[lang]), rng)}"
    html = wrap(html, rng)
    return example(html, page_url(host, rng, path), 0, "comment", src, lang=lang,
                   context=_ctx(rng, w=(500, 900), h=(80, 700)))


def _video(rng, i):
    lang, title = VIDEOS[i % len(VIDEOS)]
    host = _host(rng, lang, HOSTS)
    vid = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(11))
    if rng.random() < 0.7:
        src_url = f"https://www.youtube{'-nocookie' if rng.random() < 0.5 else ''}.com/embed/{vid}"
        html = (f'<iframe {_attrs(rng, [("width", "560"), ("height", "315"), ("src", src_url), ("title", title), ("frameborder", "0"), ("allow", "accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share"), ("referrerpolicy", "strict-origin-when-cross-origin"), ("allowfullscreen", None)])}></iframe>')
        src = "YouTube embed iframe (youtube.com/embed) titled with an AI explainer"
    else:
        num = rng.randint(100000000, 999999999)
        src_url = f"https://player.vimeo.com/video/{num}"
        html = f'<iframe src="{src_url}" width="640" height="360" frameborder="0" allow="autoplay; fullscreen; picture-in-picture" title="{esc(title)}"></iframe>'
        src = "Vimeo player embed iframe titled with an AI explainer"
    if rng.random() < 0.5:
        html = f'<figure class="{_cls(rng, "wp-block-embed", "is-type-video")}"><div class="wp-block-embed__wrapper">{html}</div><figcaption>{esc(title)}</figcaption></figure>'
    ctx = _ctx(rng, p=0.6, frame_src=src_url, w=(480, 800), h=(270, 450))
    return example(wrap(html, rng), page_url(host, rng), 0, "video_embed", src, lang=lang, context=ctx)


TEMPLATES = (
    ("article", _article_body, 150),
    ("headline", _headline, 70),
    ("teaser", _teaser, 60),
    ("abstract", _abstract, 56),
    ("book", _book_card, 60),
    ("comment", _comment, 80),
    ("video", _video, 22),
)


def examples():
    out = []
    for name, fn, n in TEMPLATES:
        for i in range(n):
            out.append(fn(rng_for("neg_hard_articles", name, i), i))
    return out
