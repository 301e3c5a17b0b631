"""Hard negatives: job ads for ML / AI engineers and documentation of AI APIs.

Job cards as LinkedIn, Indeed, Greenhouse, Lever, StepStone and careers
pages render them, job ad bodies, and developer docs of LLM APIs: code
samples calling a model (with "role": "assistant" in them), endpoint headers,
parameter reference tables, pricing tables and API reference sidebars.
All of it is content about AI, never an AI widget.
"""
from corpus.common import esc, example, page_url, rng_for, wrap
from corpus.sources.neg_hard_articles import _attrs, _cls, _ctx, _lang, _slug

# --------------------------------------------------------------------------
# jobs

TITLES = {
    "en": ("Machine Learning Engineer", "Senior AI Engineer, LLM Platform", "Applied Scientist - Generative AI",
           "AI Research Scientist", "MLOps Engineer", "Data Scientist (NLP)", "Staff Software Engineer, AI Infrastructure",
           "Head of AI Product", "Computer Vision Engineer", "AI Safety Researcher", "Conversational AI Designer",
           "Machine Learning Engineer, Recommendations"),
    "de": ("Machine Learning Engineer (m/w/d)", "KI-Entwickler (m/w/d)", "Data Scientist - Künstliche Intelligenz (w/m/d)",
           "Senior AI Engineer (all genders)", "Werkstudent KI & Data Science (m/w/d)", "Teamlead Machine Learning (m/w/d)"),
    "fr": ("Ingénieur IA (H/F)", "Data Scientist - IA générative (F/H)", "Ingénieur Machine Learning (H/F)",
           "Chef de projet IA (H/F)", "Alternance - Ingénieur IA (H/F)"),
    "es": ("Ingeniero/a de IA", "Ingeniero/a de Machine Learning", "Científico/a de datos - IA generativa",
           "Desarrollador/a de IA", "Becario/a de Inteligencia Artificial"),
    "ja": ("機械学習エンジニア", "AIエンジニア（LLM）", "データサイエンティスト（自然言語処理）",
           "生成AIプロダクトマネージャー", "MLOpsエンジニア"),
    "pt": ("Engenheiro(a) de IA", "Engenheiro(a) de Machine Learning", "Cientista de Dados - IA Generativa",
           "Pessoa Desenvolvedora de IA Sênior"),
    "it": ("Ingegnere AI", "Machine Learning Engineer", "Data Scientist - Intelligenza Artificiale", "Sviluppatore IA Junior"),
    "nl": ("Machine Learning Engineer", "AI-specialist", "Data Scientist AI"),
    "pl": ("Inżynier AI", "Machine Learning Engineer", "Specjalista ds. sztucznej inteligencji"),
    "ko": ("머신러닝 엔지니어", "AI 엔지니어", "LLM 연구원"),
    "zh": ("机器学习工程师", "人工智能算法工程师", "大模型应用开发工程师"),
    "sv": ("AI-utvecklare", "Maskininlärningsingenjör", "Data Scientist inom AI"),
}
COMPANIES = ("Northwind Robotics", "Cloudnest", "Paymint", "Helix Health", "Taskforge", "Finlytics",
             "Voltaro Energy", "Brightlane Retail", "Quanta Mobility", "Lumen Insurance", "Orbital Maps",
             "Designly", "Medilink", "Parcelpilot", "Unibank", "Streamkit")
LOCATIONS = {
    "en": ("London, England, United Kingdom (Hybrid)", "San Francisco, CA", "New York, NY (Remote)", "Austin, TX",
           "Dublin, Ireland", "Toronto, ON (Hybrid)", "Remote - US"),
    "de": ("Berlin (Hybrid)", "München", "Hamburg", "Frankfurt am Main", "Wien, Österreich", "Zürich, Schweiz", "Remote in Deutschland"),
    "fr": ("Paris (75)", "Lyon (69)", "Toulouse (31)", "Nantes (44)", "Télétravail partiel"),
    "es": ("Madrid", "Barcelona", "Valencia", "Ciudad de México", "Buenos Aires (remoto)"),
    "ja": ("東京都港区", "東京都渋谷区", "大阪府大阪市", "リモート可"),
    "pt": ("São Paulo, SP (Híbrido)", "Rio de Janeiro, RJ", "Lisboa, Portugal", "Remoto"),
    "it": ("Milano", "Roma", "Torino", "Bologna (ibrido)"),
    "nl": ("Amsterdam", "Utrecht", "Eindhoven"),
    "pl": ("Warszawa", "Kraków", "Wrocław (zdalnie)"),
    "ko": ("서울 강남구", "경기 성남시 분당구"),
    "zh": ("北京", "上海", "深圳"),
    "sv": ("Stockholm", "Göteborg"),
}
SALARY = {"en": ("$160,000 - $210,000 a year", "£75,000 - £95,000", "$85 - $110 an hour"),
          "de": ("65.000 € - 85.000 € pro Jahr", "ab 70.000 € brutto/Jahr"),
          "fr": ("55 k€ - 70 k€ par an", "De 48 000 € à 62 000 € par an"),
          "es": ("45.000 € - 60.000 € al año", "Salario competitivo"),
          "ja": ("年収700万円～1,200万円", "年収600万円～"),
          "pt": ("R$ 18.000 - R$ 25.000 por mês", "A combinar"),
          "it": ("45.000 € - 60.000 € all'anno",), "nl": ("€ 5.000 - € 6.800 per maand",),
          "pl": ("18 000 - 26 000 PLN / mies.",), "ko": ("연봉 6,000만 ~ 9,000만원",),
          "zh": ("30-50K·15薪",), "sv": ("55 000 - 70 000 kr/mån",)}
POSTED = {"en": ("Posted 3 days ago", "Just posted", "Active 2 days ago", "1 week ago"),
          "de": ("Vor 3 Tagen", "Neu", "vor 1 Woche"), "fr": ("Publiée il y a 3 jours", "Nouveau"),
          "es": ("Publicado hace 3 días", "Nuevo"), "ja": ("3日前", "新着"), "pt": ("Publicada há 3 dias", "Nova"),
          "it": ("3 giorni fa", "Nuovo"), "nl": ("3 dagen geleden",), "pl": ("3 dni temu",),
          "ko": ("3일 전",), "zh": ("3天前",), "sv": ("3 dagar sedan",)}
EASY = {"en": "Easy Apply", "de": "Einfach bewerben", "fr": "Candidature simplifiée", "es": "Solicitud sencilla",
        "ja": "簡単応募", "pt": "Candidatura simplificada", "it": "Candidatura semplice", "nl": "Makkelijk solliciteren",
        "pl": "Łatwa aplikacja", "ko": "간편 지원", "zh": "快速申请", "sv": "Enkel ansökan"}
APPLY = {"en": "Apply now", "de": "Jetzt bewerben", "fr": "Postuler", "es": "Inscribirme", "ja": "応募する",
         "pt": "Candidatar-se", "it": "Candidati", "nl": "Solliciteer", "pl": "Aplikuj", "ko": "지원하기",
         "zh": "立即申请", "sv": "Ansök"}
SAVE = {"en": "Save job", "de": "Job speichern", "fr": "Sauvegarder l'offre", "es": "Guardar empleo",
        "ja": "求人を保存", "pt": "Salvar vaga", "it": "Salva offerta", "nl": "Vacature opslaan",
        "pl": "Zapisz ofertę", "ko": "채용공고 저장", "zh": "收藏职位", "sv": "Spara jobb"}
FULLTIME = {"en": "Full-time", "de": "Vollzeit", "fr": "CDI", "es": "Jornada completa", "ja": "正社員",
            "pt": "Tempo integral", "it": "Tempo pieno", "nl": "Fulltime", "pl": "Pełny etat",
            "ko": "정규직", "zh": "全职", "sv": "Heltid"}

JOB_BODY = {
    "en": ("About the role",
           "We are looking for a Machine Learning Engineer to join the team that builds our fraud-detection and document-understanding models. You will take models from research notebooks to production services that handle millions of requests a day.",
           "What you'll do",
           ("Design, train and evaluate machine learning models, including fine-tuned large language models",
            "Build retrieval-augmented generation (RAG) pipelines and evaluation harnesses",
            "Work with product and legal teams on responsible AI reviews",
            "Own model monitoring, drift detection and on-call for ML services"),
           "What we're looking for",
           ("3+ years of experience with Python and PyTorch or JAX",
            "Experience deploying models on Kubernetes or a managed ML platform",
            "A healthy scepticism about what AI can and cannot do")),
    "de": ("Deine Aufgaben",
           "Als KI-Entwickler (m/w/d) entwickelst du gemeinsam mit unserem Data-Science-Team Modelle für die Dokumentenerkennung und bringst sie in den Produktivbetrieb.",
           "Das erwartet dich",
           ("Entwicklung und Training von Machine-Learning-Modellen, u. a. Feintuning großer Sprachmodelle",
            "Aufbau von RAG-Pipelines und automatisierten Evaluationen",
            "Zusammenarbeit mit Datenschutz und Recht bei der Bewertung von KI-Anwendungen"),
           "Dein Profil",
           ("Abgeschlossenes Studium der Informatik, Mathematik oder vergleichbar",
            "Sehr gute Kenntnisse in Python und PyTorch",
            "Gute Deutsch- und Englischkenntnisse")),
    "fr": ("Vos missions",
           "Au sein de l'équipe Data, vous concevez et déployez des modèles d'intelligence artificielle pour l'analyse de documents et la détection de fraude.",
           "Au quotidien",
           ("Entraîner et évaluer des modèles d'apprentissage automatique, dont des grands modèles de langage",
            "Mettre en place des chaînes RAG et des jeux d'évaluation",
            "Participer aux revues d'IA responsable avec les équipes juridiques"),
           "Profil recherché",
           ("Bac+5 en informatique ou mathématiques appliquées", "Maîtrise de Python et de PyTorch",
            "Esprit critique sur les limites de l'IA")),
    "es": ("Sobre el puesto",
           "Buscamos un/a Ingeniero/a de IA para diseñar y poner en producción modelos de aprendizaje automático que analizan documentos y detectan fraude.",
           "Qué harás",
           ("Entrenar y evaluar modelos, incluidos modelos de lenguaje ajustados", "Construir pipelines de RAG y sistemas de evaluación",
            "Colaborar con el equipo legal en la revisión responsable de la IA"),
           "Qué buscamos",
           ("Experiencia con Python y PyTorch", "Conocimientos de MLOps y despliegue en la nube", "Inglés fluido")),
    "ja": ("業務内容",
           "当社の機械学習チームにて、書類認識や不正検知に用いるモデルの開発から本番運用までを担当していただきます。",
           "具体的には",
           ("大規模言語モデルのファインチューニングと評価", "RAGパイプラインの設計・構築", "AI倫理レビューへの参加"),
           "応募資格",
           ("Pythonを用いた機械学習開発経験3年以上", "PyTorchまたはJAXの実務経験", "クラウド環境でのモデル運用経験")),
    "pt": ("Sobre a vaga",
           "Procuramos uma pessoa Engenheira de IA para desenvolver e colocar em produção modelos de aprendizado de máquina para análise de documentos e prevenção a fraudes.",
           "Responsabilidades",
           ("Treinar e avaliar modelos, incluindo grandes modelos de linguagem", "Construir pipelines de RAG",
            "Participar das revisões de IA responsável"),
           "Requisitos",
           ("Experiência com Python e PyTorch", "Vivência com MLOps", "Inglês avançado")),
    "it": ("Il ruolo",
           "Cerchiamo un Ingegnere AI che sviluppi e porti in produzione modelli di apprendimento automatico per l'analisi dei documenti.",
           "Cosa farai",
           ("Addestrare e valutare modelli, inclusi modelli linguistici di grandi dimensioni", "Costruire pipeline RAG"),
           "Requisiti",
           ("Esperienza con Python e PyTorch", "Conoscenza dei servizi cloud")),
}

JOB_HOSTS = {
    "linkedin": ("www.linkedin.com",),
    "indeed": {"en": ("www.indeed.com", "uk.indeed.com", "ca.indeed.com"), "de": ("de.indeed.com", "at.indeed.com"),
               "fr": ("fr.indeed.com",), "es": ("es.indeed.com", "mx.indeed.com"), "ja": ("jp.indeed.com",),
               "pt": ("br.indeed.com", "pt.indeed.com"), "it": ("it.indeed.com",), "nl": ("nl.indeed.com",),
               "pl": ("pl.indeed.com",), "ko": ("kr.indeed.com",), "zh": ("hk.indeed.com",), "sv": ("se.indeed.com",)},
    "greenhouse": ("job-boards.greenhouse.io", "boards.greenhouse.io"),
    "lever": ("jobs.lever.co",),
    "stepstone": ("www.stepstone.de", "www.stepstone.at"),
    "careers": ("careers.northwind-robotics.com", "jobs.cloudnest.com", "careers.paymint.com",
                "www.helixhealth.io", "jobs.voltaro.de", "carrieres.lumen-assurances.fr",
                "empleo.brightlane.es", "recruit.orbitalmaps.co.jp", "vagas.quanta.com.br"),
}


def _job_card(rng, i):
    lang = _lang(rng)
    title = rng.choice(TITLES[lang])
    company = rng.choice(COMPANIES)
    loc = rng.choice(LOCATIONS[lang])
    posted = rng.choice(POSTED[lang])
    jid = rng.randint(3900000000, 4399999999)
    style = rng.randrange(6)
    if style == 0:
        host = "www.linkedin.com"
        html = (f'<li {_attrs(rng, [("data-occludable-job-id", str(jid)), ("class", "ember-view jobs-search-results__list-item occludable-update p0 relative scaffold-layout__list-item"), ("id", f"ember{rng.randint(100, 999)}")])}>'
                f'<div class="job-card-container relative job-card-list job-card-container--clickable" data-job-id="{jid}">'
                f'<img alt="{esc(company)} logo" src="https://media.licdn.com/dms/image/C4E0BAQ{rng.randint(1000, 9999)}/company-logo_100_100/0/" width="56" height="56">'
                f'<a href="/jobs/view/{jid}/" aria-label="{esc(title)}" class="disabled ember-view job-card-container__link job-card-list__title--link">'
                f'<span aria-hidden="true"><strong>{esc(title)}</strong></span></a>'
                f'<div class="artdeco-entity-lockup__subtitle ember-view"><span>{esc(company)}</span></div>'
                f'<ul class="job-card-container__metadata-wrapper"><li class="job-card-container__metadata-item">{esc(loc)}</li></ul>'
                f'<ul class="job-card-list__footer-wrapper"><li class="job-card-container__footer-item"><time>{esc(posted)}</time></li>'
                f'{"<li>" + esc(EASY[lang]) + "</li>" if rng.random() < 0.5 else ""}</ul>'
                f'<button aria-label="{esc(SAVE[lang])}: {esc(title)}" class="artdeco-button artdeco-button--circle artdeco-button--muted" type="button"></button></div></li>')
        src = "LinkedIn job search card: li[data-occludable-job-id] .job-card-container a.job-card-container__link"
        path = f"/jobs/search/{_slug(title, rng)}"
    elif style == 1:
        host = rng.choice(JOB_HOSTS["indeed"][lang])
        jk = "".join(rng.choice("0123456789abcdef") for _ in range(16))
        sal = f'<div class="metadata salary-snippet-container"><div data-testid="attribute_snippet_testid">{esc(rng.choice(SALARY[lang]))}</div></div>' if rng.random() < 0.6 else ""
        html = (f'<div class="cardOutline tapItem dd-privacy-allow result job_{jk} resultWithShelf"><div class="slider_container"><div class="job_seen_beacon">'
                f'<h2 class="jobTitle css-{rng.randint(100000, 999999)} eu4oa1w0"><a {_attrs(rng, [("data-jk", jk), ("id", f"job_{jk}"), ("href", f"/rc/clk/{jk}"), ("class", "jcs-JobTitle css-1baag51 eu4oa1w0"), ("role", "button")])}>'
                f'<span title="{esc(title)}" id="jobTitle-{jk}">{esc(title)}</span></a></h2>'
                f'<div class="company_location"><span data-testid="company-name">{esc(company)}</span><div data-testid="text-location">{esc(loc)}</div></div>'
                f'{sal}<span class="date">{esc(posted)}</span></div></div></div>')
        src = "Indeed job card: div.job_seen_beacon h2.jobTitle a[data-jk], span[data-testid=company-name]"
        path = "/jobs"
    elif style == 2:
        host = rng.choice(JOB_HOSTS["greenhouse"])
        slug = _slug(company, rng).replace("-", "")
        html = (f'<tr class="job-post"><td class="cell"><a href="https://{host}/{slug}/jobs/{rng.randint(4000000, 7999999)}" target="_top">'
                f'<p class="body body--medium">{esc(title)}</p><p class="body body__secondary body--metadata">{esc(loc)}</p></a></td></tr>')
        if rng.random() < 0.5:
            html = f'<div class="job-posts--table--department"><h3 class="section-header">Machine Learning</h3><table><tbody>{html}</tbody></table></div>'
        src = "Greenhouse job board row: tr.job-post td.cell a p.body--medium"
        path = f"/{slug}"
    elif style == 3:
        host = "jobs.lever.co"
        uid = "-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12))
        slug = _slug(company, rng).replace("-", "")
        html = (f'<div class="posting" data-qa-posting-id="{uid}"><div class="posting-apply" data-qa="btn-apply">'
                f'<a href="https://jobs.lever.co/{slug}/{uid}" class="posting-btn-submit template-btn-submit hex-color">{esc(APPLY[lang])}</a></div>'
                f'<a class="posting-title" href="https://jobs.lever.co/{slug}/{uid}"><h5 data-qa="posting-name">{esc(title)}</h5>'
                f'<div class="posting-categories"><span class="sort-by-location posting-category small-category-label location">{esc(loc)}</span>'
                f'<span class="sort-by-team posting-category small-category-label department">Engineering - Machine Learning</span>'
                f'<span class="sort-by-commitment posting-category small-category-label commitment">{esc(FULLTIME[lang])}</span></div></a></div>')
        src = "Lever job posting row: div.posting a.posting-title h5[data-qa=posting-name]"
        path = f"/{slug}"
    elif style == 4 and lang == "de":
        host = rng.choice(JOB_HOSTS["stepstone"])
        html = (f'<article data-at="job-item" data-testid="job-item" id="job-item-{rng.randint(10000000, 99999999)}" class="res-{rng.randint(1000, 9999)}">'
                f'<h2><a data-at="job-item-title" href="/stellenangebote--{_slug(title, rng)}--{rng.randint(10000000, 99999999)}-inline.html">{esc(title)}</a></h2>'
                f'<span data-at="job-item-company-name">{esc(company)}</span><span data-at="job-item-location">{esc(loc)}</span>'
                f'<span data-at="job-item-timeago">{esc(posted)}</span></article>')
        src = "StepStone job item: article[data-at=job-item] a[data-at=job-item-title]"
        path = f"/jobs/{_slug(title, rng)}"
    else:
        host = rng.choice(JOB_HOSTS["careers"])
        html = (f'<div class="{_cls(rng, "job-card", "opening")}" {_attrs(rng, [("data-department", "ai-ml"), ("data-location", loc)])}>'
                f'<h3 class="{_cls(rng, "job-card__title")}"><a href="/jobs/{rng.randint(1000, 9999)}-{_slug(title, rng)}">{esc(title)}</a></h3>'
                f'<p class="{_cls(rng, "job-card__meta")}">{esc(company)} · {esc(loc)} · {esc(FULLTIME[lang])}</p>'
                f'<a class="{_cls(rng, "btn", "btn-outline")}" href="/jobs/{rng.randint(1000, 9999)}">{esc(APPLY[lang])}</a></div>')
        src = "generic pattern: company careers page job opening card for an AI role"
        path = "/careers"
    return example(wrap(html, rng), page_url(host, rng, path), 0, "job_card", src, lang=lang,
                   context=_ctx(rng, w=(300, 800), h=(80, 200)))


def _job_body(rng, i):
    lang = _lang(rng, allowed=tuple(JOB_BODY))
    h1, intro, h2, tasks, h3, reqs = JOB_BODY[lang]
    title = rng.choice(TITLES[lang])
    company = rng.choice(COMPANIES)
    parts = [f"<h2>{esc(h1)}</h2>", f"<p>{esc(intro)}</p>"]
    if rng.random() < 0.8:
        t = list(tasks)
        rng.shuffle(t)
        parts.append(f"<h3>{esc(h2)}</h3><ul>{''.join(f'<li>{esc(x)}</li>' for x in t)}</ul>")
    if rng.random() < 0.6:
        parts.append(f"<h3>{esc(h3)}</h3><ul>{''.join(f'<li>{esc(x)}</li>' for x in reqs)}</ul>")
    body = "".join(parts)
    style = rng.randrange(3)
    if style == 0:
        html = f'<div class="show-more-less-html__markup relative overflow-hidden">{body}</div>'
        src = "LinkedIn job description body (div.show-more-less-html__markup)"
        host = "www.linkedin.com"
        path = f"/jobs/view/{_slug(title, rng)}-at-{_slug(company, rng)}-{rng.randint(3900000000, 4399999999)}"
    elif style == 1:
        html = f'<div id="jobDescriptionText" class="jobsearch-jobDescriptionText jobsearch-JobComponent-description">{body}</div>'
        src = "Indeed job description (div#jobDescriptionText)"
        host = rng.choice(JOB_HOSTS["indeed"][lang])
        path = "/viewjob"
    else:
        html = (f'<section class="{_cls(rng, "job-description", "content")}"><h1 class="{_cls(rng, "app-title")}">{esc(title)}</h1>'
                f'<div class="company-name">{esc(company)}</div>{body}'
                f'<a class="{_cls(rng, "btn-apply")}" href="#application">{esc(APPLY[lang])}</a></section>')
        src = "Greenhouse / careers page job description for an ML role"
        host = rng.choice(JOB_HOSTS["careers"] + JOB_HOSTS["greenhouse"])
        path = f"/jobs/{rng.randint(4000000, 7999999)}"
    return example(wrap(html, rng), page_url(host, rng, path), 0, "job_ad", src, lang=lang,
                   context=_ctx(rng, w=(500, 800), h=(300, 1400)))


# --------------------------------------------------------------------------
# docs

PROVIDERS = (
    ("OpenAI", ("platform.openai.com", "developers.openai.com")),
    ("Anthropic", ("docs.anthropic.com", "docs.claude.com")),
    ("Gemini", ("ai.google.dev",)),
    ("Mistral", ("docs.mistral.ai",)),
    ("Cohere", ("docs.cohere.com",)),
    ("Hugging Face", ("huggingface.co",)),
    ("Ollama", ("docs.ollama.com", "github.com")),
    ("Azure OpenAI", ("learn.microsoft.com",)),
    ("Bedrock", ("docs.aws.amazon.com",)),
    ("Groq", ("console.groq.com",)),
    ("Together", ("docs.together.ai",)),
    ("LangChain", ("python.langchain.com", "js.langchain.com")),
)

SNIPPETS = {
    "OpenAI": (
        ("python", 'from openai import OpenAI\nclient = OpenAI()\n\nresponse = client.responses.create(\n    model="gpt-4.1",\n    input="Write a one-sentence bedtime story about a lighthouse keeper."\n)\n\nprint(response.output_text)'),
        ("bash", 'curl https://api.openai.com/v1/chat/completions \\\n  -H "Content-Type: application/json" \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -d \'{\n    "model": "gpt-4o-mini",\n    "messages": [\n      {"role": "system", "content": "You are a helpful assistant."},\n      {"role": "user", "content": "Hello!"}\n    ]\n  }\''),
        ("javascript", 'import OpenAI from "openai";\nconst client = new OpenAI();\n\nconst completion = await client.chat.completions.create({\n  model: "gpt-4o-mini",\n  messages: [{ role: "user", content: "Summarise this ticket in one line." }],\n});\n\nconsole.log(completion.choices[0].message.content);'),
        ("json", '{\n  "id": "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG",\n  "object": "chat.completion",\n  "model": "gpt-4o-mini-2024-07-18",\n  "choices": [\n    {\n      "index": 0,\n      "message": {"role": "assistant", "content": "Hello! How can I help you today?"},\n      "finish_reason": "stop"\n    }\n  ],\n  "usage": {"prompt_tokens": 19, "completion_tokens": 10, "total_tokens": 29}\n}'),
    ),
    "Anthropic": (
        ("python", 'import anthropic\n\nclient = anthropic.Anthropic()\n\nmessage = client.messages.create(\n    model="claude-sonnet-4-5",\n    max_tokens=1024,\n    messages=[{"role": "user", "content": "Hello, Claude"}],\n)\nprint(message.content)'),
        ("bash", 'curl https://api.anthropic.com/v1/messages \\\n     --header "x-api-key: $ANTHROPIC_API_KEY" \\\n     --header "anthropic-version: 2023-06-01" \\\n     --header "content-type: application/json" \\\n     --data \'{\n    "model": "claude-sonnet-4-5",\n    "max_tokens": 1024,\n    "messages": [{"role": "user", "content": "Hello, world"}]\n}\''),
        ("typescript", 'import Anthropic from "@anthropic-ai/sdk";\n\nconst anthropic = new Anthropic();\n\nconst msg = await anthropic.messages.create({\n  model: "claude-sonnet-4-5",\n  max_tokens: 1024,\n  messages: [{ role: "user", content: "Hello, Claude" }],\n});\nconsole.log(msg);'),
    ),
    "Gemini": (
        ("python", 'from google import genai\n\nclient = genai.Client()\n\nresponse = client.models.generate_content(\n    model="gemini-2.5-flash", contents="Explain how AI works in a few words"\n)\nprint(response.text)'),
        ("javascript", 'import { GoogleGenAI } from "@google/genai";\n\nconst ai = new GoogleGenAI({});\n\nasync function main() {\n  const response = await ai.models.generateContent({\n    model: "gemini-2.5-flash",\n    contents: "Explain how AI works in a few words",\n  });\n  console.log(response.text);\n}\n\nmain();'),
        ("bash", 'curl "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:generateContent" \\\n  -H "x-goog-api-key: $GEMINI_API_KEY" \\\n  -H \'Content-Type: application/json\' \\\n  -X POST \\\n  -d \'{"contents": [{"parts": [{"text": "Explain how AI works in a few words"}]}]}\''),
    ),
    "Mistral": (
        ("python", 'import os\nfrom mistralai import Mistral\n\nclient = Mistral(api_key=os.environ["MISTRAL_API_KEY"])\n\nchat_response = client.chat.complete(\n    model="mistral-large-latest",\n    messages=[{"role": "user", "content": "What is the best French cheese?"}],\n)\nprint(chat_response.choices[0].message.content)'),
    ),
    "Cohere": (
        ("python", 'import cohere\n\nco = cohere.ClientV2()\n\nresponse = co.chat(\n    model="command-a-03-2025",\n    messages=[{"role": "user", "content": "Write a title for a blog post about API design."}],\n)\nprint(response.message.content[0].text)'),
    ),
    "Hugging Face": (
        ("python", 'from transformers import pipeline\n\nclassifier = pipeline("sentiment-analysis")\nclassifier("We are very happy to show you the Transformers library.")\n# [{\'label\': \'POSITIVE\', \'score\': 0.9998}]'),
        ("python", 'from huggingface_hub import InferenceClient\n\nclient = InferenceClient()\ncompletion = client.chat.completions.create(\n    model="meta-llama/Llama-3.1-8B-Instruct",\n    messages=[{"role": "user", "content": "What is the capital of France?"}],\n)\nprint(completion.choices[0].message)'),
    ),
    "Ollama": (
        ("bash", 'curl http://localhost:11434/api/chat -d \'{\n  "model": "llama3.2",\n  "messages": [\n    { "role": "user", "content": "why is the sky blue?" }\n  ]\n}\''),
        ("bash", 'ollama pull llama3.2\nollama run llama3.2 "Summarize this file: $(cat README.md)"'),
    ),
    "Azure OpenAI": (
        ("python", 'from openai import AzureOpenAI\n\nclient = AzureOpenAI(\n    api_key=os.getenv("AZURE_OPENAI_API_KEY"),\n    api_version="2024-10-21",\n    azure_endpoint=os.getenv("AZURE_OPENAI_ENDPOINT"),\n)\nresponse = client.chat.completions.create(\n    model="gpt-4o",  # deployment name\n    messages=[{"role": "system", "content": "You are a helpful assistant."},\n              {"role": "user", "content": "Does Azure OpenAI support customer managed keys?"}],\n)'),
    ),
    "Bedrock": (
        ("python", 'import boto3\n\nclient = boto3.client("bedrock-runtime", region_name="us-east-1")\n\nresponse = client.converse(\n    modelId="anthropic.claude-3-haiku-20240307-v1:0",\n    messages=[{"role": "user", "content": [{"text": "Describe the purpose of a hello world program."}]}],\n    inferenceConfig={"maxTokens": 512, "temperature": 0.5},\n)\nprint(response["output"]["message"]["content"][0]["text"])'),
    ),
    "Groq": (
        ("python", 'from groq import Groq\n\nclient = Groq()\nchat_completion = client.chat.completions.create(\n    messages=[{"role": "user", "content": "Explain the importance of fast language models"}],\n    model="llama-3.3-70b-versatile",\n)\nprint(chat_completion.choices[0].message.content)'),
    ),
    "Together": (
        ("python", 'from together import Together\n\nclient = Together()\nresponse = client.chat.completions.create(\n    model="meta-llama/Llama-3.3-70B-Instruct-Turbo",\n    messages=[{"role": "user", "content": "What are some fun things to do in New York?"}],\n)\nprint(response.choices[0].message.content)'),
    ),
    "LangChain": (
        ("python", 'from langchain.chat_models import init_chat_model\n\nmodel = init_chat_model("gpt-4o-mini", model_provider="openai")\n\nmessages = [\n    SystemMessage("Translate the following from English into Italian"),\n    HumanMessage("hi!"),\n]\nmodel.invoke(messages)'),
    ),
}

ENDPOINTS = {
    "OpenAI": "https://api.openai.com/v1/chat/completions", "Anthropic": "https://api.anthropic.com/v1/messages",
    "Mistral": "https://api.mistral.ai/v1/chat/completions", "Cohere": "https://api.cohere.com/v2/chat",
    "Gemini": "https://generativelanguage.googleapis.com/v1beta/models/{model}:generateContent",
    "Ollama": "http://localhost:11434/api/chat", "Groq": "https://api.groq.com/openai/v1/chat/completions",
    "Together": "https://api.together.xyz/v1/chat/completions",
    "Azure OpenAI": "https://{resource}.openai.azure.com/openai/deployments/{deployment}/chat/completions",
    "Bedrock": "https://bedrock-runtime.{region}.amazonaws.com/model/{modelId}/converse",
    "Hugging Face": "https://router.huggingface.co/v1/chat/completions",
}

DOC_HEADINGS = {
    "en": ("Quickstart", "Create chat completion", "Text generation", "Messages", "Streaming", "Make your first request", "Chat"),
    "de": ("Schnellstart", "Chat-Vervollständigung erstellen", "Textgenerierung", "Erste Anfrage senden"),
    "fr": ("Démarrage rapide", "Créer une complétion de chat", "Génération de texte", "Envoyer votre première requête"),
    "es": ("Inicio rápido", "Crear una respuesta de chat", "Generación de texto", "Haz tu primera solicitud"),
    "ja": ("クイックスタート", "テキスト生成", "チャット補完を作成する", "最初のリクエストを送信する"),
    "pt": ("Início rápido", "Geração de texto", "Criar conclusão de chat", "Faça sua primeira solicitação"),
    "it": ("Guida rapida", "Generazione di testo", "Crea un completamento chat"),
    "ko": ("빠른 시작", "텍스트 생성", "채팅 완성 만들기"),
    "zh": ("快速入门", "文本生成", "创建聊天补全"),
}
DOC_PROSE = {
    "en": ("Use the chat completions endpoint to generate a model response from a list of messages. Each message has a role (system, user or assistant) and content.",
           "Streaming lets you show partial output as the model generates it. Set stream to true and read the server-sent events until the final message arrives.",
           "Rate limits are applied per organisation and per model. If you receive a 429 response, back off exponentially and retry.",
           "Embeddings turn text into vectors that you can store in a vector database and use for semantic search or clustering.",
           "Set your API key as an environment variable before running the examples below. Never commit keys to source control."),
    "de": ("Mit dem Endpunkt für Chat-Vervollständigungen erzeugen Sie eine Modellantwort aus einer Liste von Nachrichten. Jede Nachricht hat eine Rolle (system, user oder assistant) und einen Inhalt.",
           "Beim Streaming erhalten Sie die Ausgabe schrittweise, während das Modell sie erzeugt.",
           "Legen Sie Ihren API-Schlüssel als Umgebungsvariable fest, bevor Sie die folgenden Beispiele ausführen."),
    "fr": ("Utilisez le point de terminaison de complétion de chat pour générer une réponse du modèle à partir d'une liste de messages. Chaque message possède un rôle (system, user ou assistant) et un contenu.",
           "Le streaming permet d'afficher la réponse au fur et à mesure de sa génération.",
           "Définissez votre clé d'API comme variable d'environnement avant d'exécuter les exemples ci-dessous."),
    "es": ("Usa el endpoint de completado de chat para generar una respuesta del modelo a partir de una lista de mensajes. Cada mensaje tiene un rol (system, user o assistant) y un contenido.",
           "El streaming permite mostrar la respuesta a medida que el modelo la genera.",
           "Configura tu clave de API como variable de entorno antes de ejecutar los ejemplos."),
    "ja": ("チャット補完エンドポイントを使用すると、メッセージのリストからモデルの応答を生成できます。各メッセージにはロール（system、user、assistant）と内容があります。",
           "ストリーミングを使うと、モデルが生成した部分から順に出力を表示できます。",
           "以下のサンプルを実行する前に、APIキーを環境変数として設定してください。"),
    "pt": ("Use o endpoint de conclusão de chat para gerar uma resposta do modelo a partir de uma lista de mensagens. Cada mensagem tem um papel (system, user ou assistant) e um conteúdo.",
           "Configure sua chave de API como variável de ambiente antes de executar os exemplos."),
    "it": ("Usa l'endpoint di completamento chat per generare una risposta del modello a partire da un elenco di messaggi. Ogni messaggio ha un ruolo (system, user o assistant) e un contenuto.",
           "Imposta la chiave API come variabile d'ambiente prima di eseguire gli esempi."),
    "ko": ("채팅 완성 엔드포인트를 사용하면 메시지 목록으로부터 모델 응답을 생성할 수 있습니다. 각 메시지에는 역할(system, user, assistant)과 내용이 있습니다.",),
    "zh": ("使用聊天补全接口，可以根据消息列表生成模型回复。每条消息都包含角色（system、user 或 assistant）和内容。",),
}
COPY = {"en": "Copy", "de": "Kopieren", "fr": "Copier", "es": "Copiar", "ja": "コピー", "pt": "Copiar",
        "it": "Copia", "ko": "복사", "zh": "复制"}
COPY_ARIA = {"en": "Copy code", "de": "Code kopieren", "fr": "Copier le code", "es": "Copiar código",
             "ja": "コードをコピー", "pt": "Copiar código", "it": "Copia codice", "ko": "코드 복사", "zh": "复制代码"}

PARAM_HEAD = {
    "en": ("Parameter", "Type", "Required", "Description", "Yes", "No"),
    "de": ("Parameter", "Typ", "Erforderlich", "Beschreibung", "Ja", "Nein"),
    "fr": ("Paramètre", "Type", "Obligatoire", "Description", "Oui", "Non"),
    "es": ("Parámetro", "Tipo", "Obligatorio", "Descripción", "Sí", "No"),
    "ja": ("パラメータ", "型", "必須", "説明", "はい", "いいえ"),
    "pt": ("Parâmetro", "Tipo", "Obrigatório", "Descrição", "Sim", "Não"),
    "it": ("Parametro", "Tipo", "Obbligatorio", "Descrizione", "Sì", "No"),
    "ko": ("매개변수", "유형", "필수", "설명", "예", "아니요"),
    "zh": ("参数", "类型", "必填", "说明", "是", "否"),
}
PARAMS = (
    ("model", "string", True, {
        "en": "ID of the model to use.", "de": "ID des zu verwendenden Modells.", "fr": "Identifiant du modèle à utiliser.",
        "es": "ID del modelo que se utilizará.", "ja": "使用するモデルのID。", "pt": "ID do modelo a ser usado.",
        "it": "ID del modello da utilizzare.", "ko": "사용할 모델의 ID입니다.", "zh": "要使用的模型 ID。"}),
    ("messages", "array", True, {
        "en": "A list of messages comprising the conversation so far. Roles can be system, user or assistant.",
        "de": "Liste der bisherigen Nachrichten der Unterhaltung. Mögliche Rollen: system, user, assistant.",
        "fr": "Liste des messages de la conversation. Rôles possibles : system, user ou assistant.",
        "es": "Lista de mensajes de la conversación. Los roles pueden ser system, user o assistant.",
        "ja": "これまでの会話を構成するメッセージのリスト。ロールは system、user、assistant のいずれか。",
        "pt": "Lista de mensagens da conversa até agora. Os papéis podem ser system, user ou assistant.",
        "it": "Elenco dei messaggi della conversazione. I ruoli possono essere system, user o assistant.",
        "ko": "지금까지의 대화를 구성하는 메시지 목록입니다. 역할은 system, user, assistant 중 하나입니다.",
        "zh": "截至目前的对话消息列表，角色可以是 system、user 或 assistant。"}),
    ("temperature", "number", False, {
        "en": "Sampling temperature between 0 and 2. Higher values make the output more random.",
        "de": "Sampling-Temperatur zwischen 0 und 2. Höhere Werte machen die Ausgabe zufälliger.",
        "fr": "Température d'échantillonnage entre 0 et 2. Des valeurs élevées rendent la sortie plus aléatoire.",
        "es": "Temperatura de muestreo entre 0 y 2. Los valores altos hacen la salida más aleatoria.",
        "ja": "0～2のサンプリング温度。値が大きいほど出力がランダムになります。",
        "pt": "Temperatura de amostragem entre 0 e 2. Valores maiores tornam a saída mais aleatória.",
        "it": "Temperatura di campionamento tra 0 e 2. Valori più alti rendono l'output più casuale.",
        "ko": "0에서 2 사이의 샘플링 온도입니다. 값이 클수록 출력이 무작위해집니다.",
        "zh": "采样温度，取值 0 到 2，数值越高输出越随机。"}),
    ("max_tokens", "integer", False, {
        "en": "The maximum number of tokens to generate before stopping.",
        "de": "Maximale Anzahl der zu erzeugenden Tokens.", "fr": "Nombre maximal de jetons à générer.",
        "es": "Número máximo de tokens que se generarán.", "ja": "生成するトークンの最大数。",
        "pt": "Número máximo de tokens a gerar.", "it": "Numero massimo di token da generare.",
        "ko": "생성할 최대 토큰 수입니다.", "zh": "生成的最大令牌数。"}),
    ("stream", "boolean", False, {
        "en": "If true, partial message deltas are sent as server-sent events.",
        "de": "Bei true werden Teilantworten als Server-Sent Events gesendet.",
        "fr": "Si true, les fragments de réponse sont envoyés sous forme d'événements serveur.",
        "es": "Si es true, la respuesta se envía por partes como eventos del servidor.",
        "ja": "true の場合、部分的な応答がサーバー送信イベントとして送られます。",
        "pt": "Se true, partes da resposta são enviadas como eventos do servidor.",
        "it": "Se true, la risposta viene inviata a blocchi come eventi server.",
        "ko": "true이면 부분 응답이 서버 전송 이벤트로 전달됩니다.", "zh": "为 true 时，以服务器发送事件的形式分段返回。"}),
)

DOC_SIDEBAR = {
    "en": ("Overview", "Authentication", "Chat Completions", "Responses", "Assistants", "Embeddings", "Fine-tuning",
           "Files", "Images", "Audio", "Models", "Moderations", "Batch", "Rate limits", "Errors"),
    "ja": ("概要", "認証", "チャット補完", "埋め込み", "ファインチューニング", "モデル", "エラー"),
    "de": ("Überblick", "Authentifizierung", "Chat", "Embeddings", "Feintuning", "Modelle", "Fehler"),
    "fr": ("Présentation", "Authentification", "Chat", "Embeddings", "Fine-tuning", "Modèles", "Erreurs"),
    "es": ("Descripción general", "Autenticación", "Chat", "Embeddings", "Ajuste fino", "Modelos", "Errores"),
    "pt": ("Visão geral", "Autenticação", "Chat", "Embeddings", "Ajuste fino", "Modelos", "Erros"),
    "ko": ("개요", "인증", "채팅", "임베딩", "모델", "오류"),
    "zh": ("概览", "身份验证", "聊天", "嵌入", "微调", "模型", "错误"),
}


def _doc_lang(rng):
    return _lang(rng, allowed=("en", "de", "fr", "es", "ja", "pt", "it", "ko", "zh"))


def _provider(rng):
    name, hosts = rng.choice(PROVIDERS)
    return name, rng.choice(hosts)


def _code_block(rng, lang, code_lang, code):
    body = esc(code)
    style = rng.randrange(6)
    copy_btn = (f'<button {_attrs(rng, [("type", "button"), ("aria-label", COPY_ARIA[lang]), ("title", COPY[lang]), ("class", _cls(rng, "copy-button", "clean-btn", obf=0.4))])}>'
                f'{esc(COPY[lang]) if rng.random() < 0.5 else ""}</button>')
    if style == 0:
        return (f'<div class="language-{code_lang} codeBlockContainer_Ckt0 theme-code-block" style="--prism-color:#393A34"><div class="codeBlockContent_biex">'
                f'<pre tabindex="0" class="prism-code language-{code_lang} codeBlock_bY9V thin-scrollbar"><code class="codeBlockLines_e6Vv">{body}</code></pre>'
                f'<div class="buttonGroup__atx">{copy_btn}</div></div></div>'), "Docusaurus code block (theme-code-block, prism-code) with copy button"
    if style == 1:
        return (f'<devsite-code><pre class="devsite-click-to-copy" translate="no" dir="ltr" is-upgraded syntax="{code_lang.capitalize()}">'
                f'<code translate="no" dir="ltr">{body}</code></pre></devsite-code>'), "Google devsite code sample (devsite-code pre.devsite-click-to-copy)"
    if style == 2:
        return (f'<div class="highlight-{code_lang} notranslate"><div class="highlight"><pre><span></span>{body}</pre></div></div>',
                "Sphinx / Read the Docs highlight block")
    if style == 3:
        return (f'<div class="language-{code_lang} highlight"><pre><span></span><button class="md-clipboard md-icon" title="Copy to clipboard" data-clipboard-target="#__code_{rng.randint(0, 40)} > code"></button>'
                f'<code>{body}</code></pre></div>'), "MkDocs Material code block with md-clipboard button"
    if style == 4:
        return (f'<div class="{_cls(rng, "code-block", "relative", "group", obf=0.5)}" data-language="{code_lang}">'
                f'<div class="{_cls(rng, "code-block-header")}"><span>{code_lang}</span>{copy_btn}</div>'
                f'<pre class="shiki shiki-themes github-light-default github-dark" tabindex="0"><code language="{code_lang}">{body}</code></pre></div>'), \
            "Mintlify docs code block (pre.shiki) with header and copy button"
    return (f'<div class="highlight highlight-source-{code_lang} notranslate position-relative overflow-auto" dir="auto"><pre>{body}</pre>'
            f'<div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn btn-invisible js-clipboard-copy m-2 p-0" value="" tabindex="0" role="button"></clipboard-copy></div></div>'), \
        "GitHub rendered README code block (div.highlight, clipboard-copy)"


def _doc_code(rng, i):
    lang = _doc_lang(rng)
    prov, host = _provider(rng)
    code_lang, code = rng.choice(SNIPPETS[prov])
    block, src = _code_block(rng, lang, code_lang, code)
    parts = []
    if rng.random() < 0.6:
        parts.append(f'<h2 id="{rng.choice(("quickstart", "request", "example", "usage"))}">{esc(rng.choice(DOC_HEADINGS[lang]))}</h2>')
    if rng.random() < 0.6:
        parts.append(f"<p>{esc(rng.choice(DOC_PROSE[lang]))}</p>")
    if rng.random() < 0.35:
        langs = [c for c, _ in SNIPPETS[prov]] or [code_lang]
        tabs = "".join(f'<button role="tab" aria-selected="{"true" if c == code_lang else "false"}" class="{_cls(rng, "tab")}">{esc(c)}</button>' for c in dict.fromkeys(langs + [code_lang]))
        parts.append(f'<div role="tablist" class="{_cls(rng, "code-tabs")}">{tabs}</div>')
    parts.append(block)
    html = "".join(parts)
    if len(parts) > 1:
        html = f'<div class="{_cls(rng, "markdown", "theme-doc-markdown", "prose")}">{html}</div>'
    path = rng.choice(("/docs/quickstart", "/docs/api-reference/chat", "/en/docs/get-started", "/gemini-api/docs/quickstart",
                       "/docs/guides/text-generation", "/api-reference/messages/create", "/docs/capabilities/completion"))
    if lang != "en" and host in ("ai.google.dev", "learn.microsoft.com", "docs.aws.amazon.com"):
        path = {"ai.google.dev": "/gemini-api/docs/quickstart", "learn.microsoft.com": f"/{lang}-{lang}/azure/ai-services/openai/quickstart",
                "docs.aws.amazon.com": "/bedrock/latest/userguide/conversation-inference.html"}[host]
    return example(wrap(html, rng), page_url(host, rng, path), 0, "code_sample",
                   f"{prov} API docs: {src}", lang=lang, context=_ctx(rng, w=(500, 900), h=(120, 600)))


def _doc_params(rng, i):
    lang = _doc_lang(rng)
    if lang not in PARAM_HEAD:
        lang = "en"
    prov, host = _provider(rng)
    h = PARAM_HEAD[lang]
    params = list(PARAMS)
    k = rng.randint(2, len(params))
    head_cells = "".join(f"<th>{esc(x)}</th>" for x in h[:4])
    rows = "".join(f'<tr><td><code>{p}</code></td><td>{t}</td><td>{esc(h[4] if req else h[5])}</td><td>{esc(d[lang])}</td></tr>'
                   for p, t, req, d in params[:k])
    style = rng.randrange(3)
    if style == 0:
        html = f'<table class="{_cls(rng, "params-table")}"><thead><tr>{head_cells}</tr></thead><tbody>{rows}</tbody></table>'
        src = "API reference parameter table (model, messages, temperature, max_tokens, stream)"
    elif style == 1:
        items = "".join(f'<div class="{_cls(rng, "param-field")}" data-param="{p}"><div class="{_cls(rng, "param-head")}"><code>{p}</code><span class="type">{t}</span>'
                        f'{"<span class=required>" + esc(h[2].lower()) + "</span>" if req else ""}</div><p>{esc(d[lang])}</p></div>'
                        for p, t, req, d in params[:k])
        html = f'<div class="{_cls(rng, "param-list")}"><h3>Body</h3>{items}</div>'
        src = "Mintlify / ReadMe style ParamField list for an LLM endpoint"
    else:
        method = rng.choice(("POST", "POST", "GET"))
        endpoint = ENDPOINTS.get(prov, "https://api.openai.com/v1/chat/completions")
        html = (f'<div class="{_cls(rng, "endpoint-header")}"><span class="{_cls(rng, "http-method", "method-" + method.lower())}">{method}</span>'
                f'<code class="{_cls(rng, "endpoint-url")}">{esc(endpoint)}</code></div>'
                f'<table><thead><tr>{head_cells}</tr></thead><tbody>{rows}</tbody></table>')
        src = "API reference endpoint header (method + URL) with request body table"
    return example(wrap(html, rng), page_url(host, rng, rng.choice(("/docs/api-reference/chat/create", "/api-reference/messages", "/reference/chat", "/docs/api"))),
                   0, "api_reference", f"{prov} docs: {src}", lang=lang, context=_ctx(rng, w=(500, 900), h=(150, 700)))


def _doc_sidebar(rng, i):
    lang = _lang(rng, allowed=tuple(DOC_SIDEBAR))
    prov, host = _provider(rng)
    items = list(DOC_SIDEBAR[lang])
    start = rng.randint(0, 3)
    items = items[start:start + rng.randint(5, 10)]
    cur = rng.choice(items)
    lis = "".join(f'<li class="{_cls(rng, "menu__list-item", extra=(0, 1))}"><a {_attrs(rng, [("class", _cls(rng, "menu__link", extra=(0, 1))), ("href", "/docs/api-reference/" + _slug(x, rng)), ("aria-current", "page") if x == cur else None])}>{esc(x)}</a></li>' for x in items)
    title = {"en": "API Reference", "ja": "APIリファレンス", "de": "API-Referenz", "fr": "Référence de l'API",
             "es": "Referencia de la API", "pt": "Referência da API", "ko": "API 참조", "zh": "API 参考"}[lang]
    html = f'<nav {_attrs(rng, [("aria-label", "Docs sidebar"), ("class", _cls(rng, "menu", "thin-scrollbar", "menu_SIkG"))])}><p class="{_cls(rng, "sidebar-title")}">{esc(title)}</p><ul class="theme-doc-sidebar-menu menu__list">{lis}</ul></nav>'
    return example(wrap(html, rng), page_url(host, rng, "/docs/api-reference"), 0, "docs_nav",
                   f"{prov} API reference sidebar (Docusaurus menu__list) listing Assistants / Chat / Embeddings",
                   lang=lang, context=_ctx(rng, w=(220, 300), h=(400, 900), y=rng.randint(60, 120)))


PRICE_HEAD = {"en": ("Model", "Input / 1M tokens", "Output / 1M tokens", "Context window"),
              "de": ("Modell", "Eingabe / 1 Mio. Tokens", "Ausgabe / 1 Mio. Tokens", "Kontextfenster"),
              "fr": ("Modèle", "Entrée / 1 M de jetons", "Sortie / 1 M de jetons", "Fenêtre de contexte"),
              "es": ("Modelo", "Entrada / 1 M tokens", "Salida / 1 M tokens", "Ventana de contexto"),
              "ja": ("モデル", "入力 / 100万トークン", "出力 / 100万トークン", "コンテキスト長"),
              "pt": ("Modelo", "Entrada / 1 mi tokens", "Saída / 1 mi tokens", "Janela de contexto")}


def _doc_pricing(rng, i):
    lang = _lang(rng, allowed=tuple(PRICE_HEAD))
    h = PRICE_HEAD[lang]
    fam = rng.choice(("nova", "atlas", "lumen", "orca", "kite"))
    models = [(f"{fam}-{s}", p_in, p_out, ctx) for s, p_in, p_out, ctx in
              (("large", 3.0, 12.0, "200K"), ("medium", 0.8, 3.2, "128K"), ("mini", 0.15, 0.6, "128K"), ("embed-v2", 0.02, None, "8K"))]
    k = rng.randint(2, 4)
    cur = "$" if lang in ("en", "ja") else "€" if lang != "pt" else "US$"
    rows = "".join(f"<tr><td><code>{m}</code></td><td>{cur}{a:.2f}</td><td>{'-' if b is None else f'{cur}{b:.2f}'}</td><td>{c}</td></tr>" for m, a, b, c in models[:k])
    html = f'<table class="{_cls(rng, "pricing-table")}"><thead><tr>{"".join(f"<th>{esc(x)}</th>" for x in h)}</tr></thead><tbody>{rows}</tbody></table>'
    if rng.random() < 0.5:
        html = f'<section id="pricing"><h2>{esc({"en": "Pricing", "de": "Preise", "fr": "Tarifs", "es": "Precios", "ja": "料金", "pt": "Preços"}[lang])}</h2>{html}</section>'
    host = rng.choice(("docs.novaml.dev", "platform.atlas-ai.io", "developers.lumenlabs.ai", "docs.orcamodels.com",
                       "api.kitecloud.de", "docs.modelhub.fr", "docs.ia-nube.es", "developer.llm-jp.co.jp"))
    return example(wrap(html, rng), page_url(host, rng, rng.choice(("/pricing", "/docs/models", "/docs/pricing"))), 0,
                   "pricing_table", "generic pattern: LLM API model pricing table in developer docs",
                   lang=lang, context=_ctx(rng, w=(500, 900), h=(120, 300)))


TEMPLATES = (("job_card", _job_card, 130), ("job_body", _job_body, 45), ("doc_code", _doc_code, 110),
             ("doc_params", _doc_params, 45), ("doc_sidebar", _doc_sidebar, 25), ("doc_pricing", _doc_pricing, 25))


def examples():
    out = []
    for name, fn, n in TEMPLATES:
        for i in range(n):
            out.append(fn(rng_for("neg_hard_jobs_docs", name, i), i))
    return out
