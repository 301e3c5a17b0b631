"""Long-tail negatives (label 0): markup whose words sound like AI but mean
something else — smart filters, magic-link login, S3 Intelligent-Tiering,
assistant coaches, Cloudflare Turnstile bot protection, sparkling water,
co-pilot training, Gemini horoscopes, a Claude Monet exhibition, agent
login for realtors, auto-generated invoice numbers, "Generated on" report
footers, smart locks, the Genius Bar, Mistral wind forecasts, transformers
(the electrical kind), robot vacuums, out-of-office auto-replies."""
from corpus.common import esc
from corpus.sources.neg_longtail_fabs import (LANGS, _attrs, _cls, _cssmod, _d, _hid, _pick, _run,
                                              _svg, _t, _tid)


def smart_filters(rng, lang):
    lab = _pick({"en": "Smart filters", "de": "Intelligente Filter", "fr": "Filtres intelligents", "es": "Filtros inteligentes", "ja": "スマートフィルター",
                 "pt": "Filtros inteligentes", "it": "Filtri intelligenti", "nl": "Slimme filters", "pl": "Inteligentne filtry", "ko": "스마트 필터",
                 "zh": "智能筛选", "sv": "Smarta filter"}, lang)
    chips = _pick({"en": ("Unread", "Has attachment", "From my team", "Due this week"), "de": ("Ungelesen", "Mit Anhang", "Von meinem Team"),
                   "fr": ("Non lus", "Avec pièce jointe", "De mon équipe"), "es": ("No leídos", "Con adjunto", "De mi equipo"),
                   "ja": ("未読", "添付ファイルあり", "チームから"), "pt": ("Não lidas", "Com anexo"), "it": ("Non letti", "Con allegato")}, lang)
    chips = chips if isinstance(chips, tuple) else (chips,)
    items = "".join(f'<button type="button" role="switch" aria-checked="{"true" if rng.random() < 0.3 else "false"}" class="{_cls(rng, "chip")}">{esc(c)}</button>' for c in chips)
    html = f'<div{_attrs(rng, [("class", _cls(rng, "smart-filters")), ("role", "group"), ("aria-label", lab), _tid(rng, "smart-filters")])}><span>{esc(lab)}</span>{items}</div>'
    return _d(html, "filter_bar", "generic pattern: 'Smart filters' chip group (saved rule-based filters)", size=((300, 800), (36, 60)))


_MAGIC = {"en": ("Sign in with a magic link", "We'll email you a link that signs you in instantly — no password needed.", "Send magic link"),
          "de": ("Mit Magic Link anmelden", "Wir senden dir einen Link per E-Mail, mit dem du dich ohne Passwort anmeldest.", "Magic Link senden"),
          "fr": ("Connexion par lien magique", "Nous vous envoyons un lien de connexion par e-mail, sans mot de passe.", "Envoyer le lien"),
          "es": ("Inicia sesión con un enlace mágico", "Te enviaremos un enlace para entrar sin contraseña.", "Enviar enlace mágico"),
          "ja": ("マジックリンクでログイン", "パスワード不要でログインできるリンクをメールでお送りします。", "マジックリンクを送信"),
          "pt": ("Entrar com link mágico", "Enviaremos um link por e-mail para você entrar sem senha.", "Enviar link mágico"),
          "it": ("Accedi con un link magico", "Ti invieremo via email un link per accedere senza password.", "Invia link magico")}


def magic_link(rng, lang):
    t, body, cta = _MAGIC[lang]
    html = (f'<form{_attrs(rng, [("class", _cls(rng, "auth-form")), ("method", "post"), ("action", "/auth/magic-link"), _tid(rng, "magic-link-form")])}>'
            f'<h1>{esc(t)}</h1><p>{esc(body)}</p><label for="ml-email">Email</label><input id="ml-email" type="email" name="email" autocomplete="email" required>'
            f'<button type="submit" class="{_cls(rng, "btn", "btn-primary")}">{_svg(rng, "M12 2l2.4 7.4H22l-6.2 4.5 2.4 7.4L12 16.8l-6.2 4.5 2.4-7.4L2 9.4h7.6z", 16)} {esc(cta)}</button></form>')
    return _d(html, "login_form", "generic pattern: passwordless 'magic link' sign-in form (Supabase/Clerk-style)", size=((320, 440), (240, 360)))


def s3_tiering(rng, lang):
    html = (f'<div class="awsui_root_18wu0_{_hid(rng, 5)} awsui_radio-group_1mabk_{_hid(rng, 5)}" role="radiogroup" aria-labelledby="storage-class-label">'
            f'<span id="storage-class-label">Storage class</span>'
            + "".join(f'<div class="awsui_radio_1mabk_{_hid(rng, 5)}"><input type="radio" name="storage-class" value="{v}" id="sc-{v}"{" checked" if v == "INTELLIGENT_TIERING" else ""}>'
                      f'<label for="sc-{v}">{esc(n)}</label><span class="awsui_description_{_hid(rng, 5)}">{esc(d)}</span></div>'
                      for v, n, d in (("STANDARD", "Standard", "Frequently accessed data (more than once a month) with milliseconds access"),
                                      ("INTELLIGENT_TIERING", "Intelligent-Tiering", "Data with changing or unknown access patterns"),
                                      ("STANDARD_IA", "Standard-IA", "Infrequently accessed data (once a month) with milliseconds access"),
                                      ("GLACIER_IR", "Glacier Instant Retrieval", "Long-lived archive data accessed once a quarter")))
            + '</div>')
    return _d(html, "settings_form", "AWS S3 console storage-class radio group (awsui) incl. 'Intelligent-Tiering'", size=((500, 900), (200, 360)),
              hosts=("s3.console.aws.amazon.com",), path="/s3/upload/my-bucket", lang="en")


def assistant_coach(rng, lang):
    roles = _pick({"en": ("Head Coach", "Assistant Coach", "Assistant Coach – Defense", "Athletic Trainer"),
                   "de": ("Cheftrainer", "Co-Trainer", "Torwarttrainer", "Athletiktrainer"),
                   "fr": ("Entraîneur principal", "Entraîneur adjoint", "Préparateur physique"),
                   "es": ("Entrenador", "Segundo entrenador", "Preparador físico"), "it": ("Allenatore", "Vice allenatore", "Preparatore atletico"),
                   "pt": ("Técnico", "Auxiliar técnico", "Preparador físico"), "ja": ("監督", "アシスタントコーチ", "トレーナー")}, lang)
    names = rng.sample(("Mark Ellis", "Jonas Weber", "Luc Martin", "Diego Ruiz", "Paolo Conti", "Rafael Lima", "Kenji Sato", "Tom Baker"), len(roles))
    rows = "".join(f'<tr><td><img src="/staff/{_hid(rng, 6)}.jpg" alt="" width="40"></td><td>{esc(n)}</td><td>{esc(r)}</td></tr>' for n, r in zip(names, roles))
    html = f'<table class="{_cls(rng, "roster", "roster--staff")}"><caption>{esc(_pick({"en": "Coaching staff", "de": "Trainerteam", "fr": "Staff technique", "es": "Cuerpo técnico", "it": "Staff tecnico", "pt": "Comissão técnica", "ja": "コーチングスタッフ"}, lang))}</caption><tbody>{rows}</tbody></table>'
    return _d(html, "table", "generic pattern: sports club staff roster listing an 'Assistant Coach'", size=((400, 800), (160, 320)),
              hosts=("www.sportspulse.net", "www.sportverein-eintracht.de", "www.club-rugby-sud.fr"))


def turnstile(rng, lang):
    sk = f"0x4AAAAAAA{_hid(rng, 14).upper()}"
    style = rng.randrange(2)
    if style == 0:
        html = (f'<div class="cf-turnstile" data-sitekey="{sk}" data-theme="{rng.choice(("light", "dark", "auto"))}">'
                f'<iframe src="https://challenges.cloudflare.com/cdn-cgi/challenge-platform/h/b/turnstile/if/ov2/av0/rcv/{_hid(rng, 5)}/{sk}/light/fbE/new/normal/auto/" '
                f'allow="cross-origin-isolated; fullscreen; autoplay" sandbox="allow-same-origin allow-scripts allow-popups" id="cf-chl-widget-{_hid(rng, 5)}" tabindex="0" '
                f'title="Widget containing a Cloudflare security challenge" style="border:none;overflow:hidden;width:300px;height:65px"></iframe>'
                f'<input type="hidden" name="cf-turnstile-response" id="cf-chl-widget-{_hid(rng, 5)}_response"></div>')
        src = "Cloudflare Turnstile div.cf-turnstile[data-sitekey] with challenges.cloudflare.com iframe"
        return _d(html, "captcha", src, size=(300, 65), frame="https://challenges.cloudflare.com/cdn-cgi/challenge-platform/h/b/turnstile/if/ov2/")
    msg = _pick({"en": "Verifying you are human. This may take a few seconds.", "de": "Es wird überprüft, ob Sie ein Mensch sind. Dies kann einige Sekunden dauern.",
                 "fr": "Vérification que vous êtes un humain. Cela peut prendre quelques secondes.", "es": "Verificando que eres un ser humano. Esto puede tardar unos segundos.",
                 "ja": "人間であることを確認しています。数秒かかる場合があります。", "pt": "Verificando se você é humano. Isso pode levar alguns segundos.",
                 "it": "Verifica di essere un essere umano. Potrebbero essere necessari alcuni secondi."}, lang)
    html = (f'<div class="main-wrapper" role="main"><div class="main-content"><h1 class="zone-name-title h1">{esc(rng.choice(("www.sportspulse.net", "www.rheinpost.de", "shop.urbanthreads.com")))}</h1>'
            f'<p id="{_hid(rng, 4)}" class="h2 spacer-bottom">{esc(msg)}</p><div id="turnstile-wrapper" class="spacer"></div>'
            f'<div class="core-msg spacer">Performance &amp; security by <a rel="noopener noreferrer" href="https://www.cloudflare.com" target="_blank">Cloudflare</a></div></div></div>')
    return _d(html, "captcha", "Cloudflare challenge page 'Verifying you are human' with #turnstile-wrapper", size=((600, 900), (300, 500)))


def sparkling_water(rng, lang):
    name = _pick({"en": ("Sparkle Lime Sparkling Water 12×355 ml", "Sparkling Mineral Water, Lightly Carbonated"), "de": ("Mineralwasser Spritzig 6×1 l", "Sprudel Classic 12×0,7 l"),
                  "fr": ("Eau pétillante citron vert 6×50 cl",), "es": ("Agua con gas limón 6×1,5 l",), "it": ("Acqua frizzante 6×1,5 l",),
                  "pt": ("Água com gás 12×350 ml",), "ja": ("強炭酸水 500ml×24本",), "nl": ("Bruisend water 6×1 l",), "pl": ("Woda gazowana 6×1,5 l",),
                  "sv": ("Kolsyrat vatten citron 8×33 cl",), "ko": ("탄산수 레몬 500ml×20",), "zh": ("苏打气泡水 330ml×24",)}, lang, rng)
    price = rng.choice(("€4,49", "$6.99", "¥1,980", "R$ 29,90", "£3.75"))
    html = (f'<div{_attrs(rng, [("class", _cls(rng, "product-tile")), ("data-product-id", rng.randint(100000, 999999)), _tid(rng, "product-tile")])}>'
            f'<img src="/img/p/{_hid(rng, 8)}.webp" alt="{esc(name)}" loading="lazy"><span class="{_cls(rng, "badge")}">✨ {esc(_pick({"en": "New flavour", "de": "Neue Sorte", "fr": "Nouveau", "es": "Nuevo sabor", "it": "Novità", "pt": "Novo sabor", "ja": "新フレーバー"}, lang))}</span>'
            f'<h3>{esc(name)}</h3><p class="{_cls(rng, "price")}">{price}</p><button type="button">{esc(_t("add_to_cart", lang))}</button></div>')
    return _d(html, "product_card", "generic pattern: grocery product tile for sparkling water with a sparkle emoji badge", size=((200, 280), (300, 420)))


def copilot_training(rng, lang):
    txt = _pick({"en": ("First Officer (Co-Pilot) Type Rating Course", "A 6-week programme for licensed pilots moving to the right seat of the A320: simulator sessions, CRM and line training."),
                 "de": ("Typenberechtigung für Co-Piloten (First Officer)", "Sechswöchiger Lehrgang für lizenzierte Piloten: Simulatortraining, CRM und Streckeneinweisung auf dem A320."),
                 "fr": ("Qualification de type copilote (First Officer)", "Programme de 6 semaines pour pilotes brevetés : simulateur, CRM et formation en ligne sur A320."),
                 "es": ("Habilitación de tipo para copiloto", "Programa de 6 semanas para pilotos con licencia: simulador, CRM y entrenamiento en línea en el A320.")}, lang)
    t, d = txt
    html = (f'<article class="{_cls(rng, "course-card")}"><h3>{esc(t)}</h3><p>{esc(d)}</p><ul><li>EASA Part-FCL</li><li>{rng.randint(40, 60)} h FFS</li></ul>'
            f'<a href="/courses/first-officer" class="{_cls(rng, "btn")}">{esc(_t("learn_more", lang))}</a></article>')
    return _d(html, "course_card", "generic pattern: flight school course card for co-pilot training", size=((300, 600), (180, 300)),
              hosts=("www.skyline-flightacademy.com", "www.flugschule-nord.de", "www.ecole-aviation.fr"))


_SIGN = {"en": ("Gemini", "May 21 – June 20", "Your curiosity pays off this week: a conversation on Thursday opens a door you had written off."),
         "de": ("Zwillinge", "21. Mai – 20. Juni", "Ihre Neugier zahlt sich aus: Ein Gespräch am Donnerstag öffnet eine Tür, die Sie schon abgeschrieben hatten."),
         "fr": ("Gémeaux", "21 mai – 20 juin", "Votre curiosité paie cette semaine : une conversation jeudi ouvre une porte que vous pensiez fermée."),
         "es": ("Géminis", "21 de mayo – 20 de junio", "Tu curiosidad da frutos esta semana: una conversación el jueves abre una puerta que dabas por cerrada."),
         "it": ("Gemelli", "21 maggio – 20 giugno", "La curiosità ti premia: una conversazione giovedì apre una porta che credevi chiusa."),
         "pt": ("Gêmeos", "21 de maio – 20 de junho", "Sua curiosidade compensa: uma conversa na quinta abre uma porta que você achava fechada."),
         "ja": ("ふたご座", "5月21日～6月20日", "好奇心が実を結ぶ一週間。木曜日の会話が思わぬ扉を開きます。"),
         "nl": ("Tweelingen", "21 mei – 20 juni", "Je nieuwsgierigheid loont: een gesprek op donderdag opent een deur die je al had afgeschreven."),
         "pl": ("Bliźnięta", "21 maja – 20 czerwca", "Ciekawość się opłaci: czwartkowa rozmowa otworzy drzwi, które uważałeś za zamknięte."),
         "sv": ("Tvillingarna", "21 maj – 20 juni", "Din nyfikenhet lönar sig: ett samtal på torsdag öppnar en dörr du hade gett upp."),
         "ko": ("쌍둥이자리", "5월 21일 ~ 6월 20일", "호기심이 보답받는 한 주입니다. 목요일의 대화가 닫혔다고 생각한 문을 엽니다."),
         "zh": ("双子座", "5月21日 – 6月20日", "本周你的好奇心会有回报：周四的一次谈话将为你打开一扇原以为已关闭的门。")}


def gemini_horoscope(rng, lang):
    sign, dates, text = _SIGN[lang]
    style = rng.randrange(2)
    if style == 0:
        html = (f'<section class="{_cls(rng, "horoscope-card")}" id="gemini"><header><span class="{_cls(rng, "zodiac-glyph")}" aria-hidden="true">♊</span>'
                f'<h2>{esc(sign)}</h2><p class="{_cls(rng, "dates")}">{esc(dates)}</p></header><p>{esc(text)}</p>'
                f'<dl><dt>Love</dt><dd>★★★★☆</dd><dt>Career</dt><dd>★★★☆☆</dd></dl></section>')
    else:
        html = (f'<a class="{_cssmod(rng, "ZodiacGrid", "item")}" href="/horoscope/gemini" aria-label="{esc(sign)} {esc(dates)}">'
                f'<img src="/zodiac/gemini.svg" alt="" width="64"><span>{esc(sign)}</span><small>{esc(dates)}</small></a>')
    return _d(html, "horoscope", "generic pattern: Gemini (zodiac) horoscope card / zodiac grid item", size=((160, 700), (80, 320)),
              hosts=("www.astrology-today.com", "www.horoskop-heute.de", "www.horoscope-jour.fr"))


_MONET = {"en": ("Claude Monet: The Water Lilies", "Until 12 April · Gallery 3", "Book tickets"),
          "fr": ("Claude Monet : Les Nymphéas", "Jusqu'au 12 avril · Salle 3", "Réserver"),
          "de": ("Claude Monet: Die Seerosen", "Bis 12. April · Saal 3", "Tickets buchen"),
          "es": ("Claude Monet: Los nenúfares", "Hasta el 12 de abril · Sala 3", "Comprar entradas"),
          "it": ("Claude Monet: Le ninfee", "Fino al 12 aprile · Sala 3", "Prenota i biglietti"),
          "ja": ("クロード・モネ 睡蓮展", "4月12日まで · 第3展示室", "チケットを予約"),
          "nl": ("Claude Monet: De waterlelies", "Tot 12 april · Zaal 3", "Tickets boeken"),
          "pl": ("Claude Monet: Lilie wodne", "Do 12 kwietnia · Sala 3", "Kup bilety"),
          "pt": ("Claude Monet: As Ninfeias", "Até 12 de abril · Sala 3", "Comprar ingressos"),
          "sv": ("Claude Monet: Näckrosorna", "Till 12 april · Sal 3", "Boka biljetter"),
          "ko": ("클로드 모네: 수련", "4월 12일까지 · 3전시실", "티켓 예매"), "zh": ("克劳德·莫奈：睡莲", "展至4月12日 · 3号展厅", "购票")}


def monet_exhibition(rng, lang):
    t, when, cta = _MONET[lang]
    html = (f'<article{_attrs(rng, [("class", _cls(rng, "exhibition-card")), _tid(rng, "exhibition")])}><img src="/media/monet-{rng.randint(1, 9)}.jpg" alt="{esc(t)}">'
            f'<p class="{_cls(rng, "eyebrow")}">{esc(_pick({"en": "Exhibition", "fr": "Exposition", "de": "Ausstellung", "es": "Exposición", "it": "Mostra", "ja": "展覧会"}, lang))}</p>'
            f'<h3>{esc(t)}</h3><p>{esc(when)}</p><a href="/tickets" class="{_cls(rng, "button")}">{esc(cta)}</a></article>')
    return _d(html, "event_card", "generic pattern: museum exhibition card for a Claude Monet show", size=((280, 600), (300, 480)),
              hosts=("www.citymuseum.org", "www.musee-lumiere.fr", "www.museum-stockholm.se", "www.bijutsukan-tokyo.jp"))


def agent_login(rng, lang):
    lab = _pick({"en": ("Agent login", "Agent portal"), "de": ("Makler-Login", "Partnerportal für Makler"), "fr": ("Espace agent", "Connexion agent immobilier"),
                 "es": ("Acceso agentes", "Portal de agentes"), "it": ("Area agenti",), "pt": ("Área do corretor",), "nl": ("Makelaarslogin",),
                 "ja": ("代理店ログイン",), "pl": ("Logowanie dla agentów",), "sv": ("Mäklarinloggning",), "ko": ("중개사 로그인",), "zh": ("经纪人登录",)}, lang, rng)
    style = rng.randrange(2)
    if style == 0:
        html = (f'<nav class="{_cls(rng, "utility-nav")}"><a href="/buy">{esc(_pick({"en": "Buy", "de": "Kaufen", "fr": "Acheter", "es": "Comprar"}, lang))}</a>'
                f'<a href="/rent">{esc(_pick({"en": "Rent", "de": "Mieten", "fr": "Louer", "es": "Alquilar"}, lang))}</a><a href="/agents/login" class="{_cls(rng, "utility-nav__agent")}">{esc(lab)}</a></nav>')
    else:
        html = (f'<form action="/agents/session" method="post" class="{_cls(rng, "agent-login")}"><h2>{esc(lab)}</h2><label>License / MLS ID<input name="mls_id" autocomplete="username"></label>'
                f'<label>Password<input type="password" name="password" autocomplete="current-password"></label><button type="submit">{esc(_t("sign_in", lang))}</button></form>')
    return _d(html, "login_form", "generic pattern: real-estate/insurance 'Agent login' link or form", size=((280, 900), (40, 300)),
              hosts=("www.pinecrest-realty.com", "www.immobilien-kontor.de", "www.immo-provence.fr", "www.inmobiliaria-costa.es"))


def invoice_number(rng, lang):
    n = f"INV-{rng.randint(2025, 2026)}-{rng.randint(1000, 9999)}"
    note = _pick({"en": "Invoice number is auto-generated when you save.", "de": "Die Rechnungsnummer wird beim Speichern automatisch erzeugt.",
                  "fr": "Le numéro de facture est généré automatiquement à l'enregistrement.", "es": "El número de factura se genera automáticamente al guardar.",
                  "ja": "請求書番号は保存時に自動生成されます。", "pt": "O número da fatura é gerado automaticamente ao salvar.",
                  "it": "Il numero di fattura viene generato automaticamente al salvataggio.", "nl": "Het factuurnummer wordt automatisch gegenereerd bij opslaan.",
                  "pl": "Numer faktury jest generowany automatycznie przy zapisie.", "sv": "Fakturanumret genereras automatiskt när du sparar.",
                  "ko": "송장 번호는 저장 시 자동 생성됩니다.", "zh": "发票编号将在保存时自动生成。"}, lang)
    html = (f'<div class="{_cls(rng, "form-field")}"><label for="inv-no">#</label><input id="inv-no" name="invoice_number" value="{n}" readonly aria-describedby="inv-help">'
            f'<p id="inv-help" class="{_cls(rng, "help-text")}">{esc(note)}</p></div>')
    return _d(html, "form_field", "generic pattern: invoicing app read-only auto-generated invoice number field", size=((240, 500), (60, 100)),
              hosts=("app.ledgerly.io", "app.rechnungsbox.de", "app.devis-facile.fr", "app.cobros.co", "app.seikyu-cloud.jp"))


def generated_footer(rng, lang):
    d = f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    txt = _pick({"en": f"Report generated on {d} UTC by Jenkins build #{rng.randint(100, 9999)}", "de": f"Bericht erstellt am {d} UTC",
                 "fr": f"Rapport généré le {d} UTC", "es": f"Informe generado el {d} UTC", "ja": f"レポート生成日時: {d} UTC",
                 "pt": f"Relatório gerado em {d} UTC", "it": f"Report generato il {d} UTC", "nl": f"Rapport gegenereerd op {d} UTC",
                 "pl": f"Raport wygenerowano {d} UTC", "sv": f"Rapport genererad {d} UTC", "ko": f"보고서 생성: {d} UTC", "zh": f"报告生成于 {d} UTC"}, lang)
    style = rng.randrange(3)
    if style == 0:
        html = f'<footer class="{_cls(rng, "report-footer")}"><p>{esc(txt)}</p><p>Page {rng.randint(1, 9)} of {rng.randint(10, 40)}</p></footer>'
    elif style == 1:
        html = (f'<div class="footer"><p>Coverage report generated by <a href="https://coverage.readthedocs.io/en/7.6.1">coverage.py v7.6.1</a>, '
                f'created at {d} +0000</p></div>')
    else:
        html = f'<p class="{_cls(rng, "meta")}"><small>{esc(txt)} · <a href="/sitemap.xml">sitemap.xml</a> auto-generated</small></p>'
    return _d(html, "footer", "generic pattern: 'Generated on…' report/coverage footer (coverage.py htmlcov footer)", size=((300, 1200), (20, 60)))


def smart_lock(rng, lang):
    name = _pick({"en": "Smart Lock Pro (3rd gen) with Wi-Fi bridge", "de": "Smart Lock Pro (3. Gen.) mit WLAN-Bridge", "fr": "Serrure connectée Smart Lock Pro",
                  "es": "Cerradura inteligente Smart Lock Pro", "it": "Serratura smart Smart Lock Pro", "nl": "Slim slot Smart Lock Pro",
                  "pt": "Fechadura inteligente Smart Lock Pro", "ja": "スマートロック Pro（第3世代）", "pl": "Inteligentny zamek Smart Lock Pro",
                  "sv": "Smart lås Smart Lock Pro", "ko": "스마트 도어락 Pro", "zh": "智能门锁 Pro（第三代）"}, lang)
    html = (f'<li class="{_cls(rng, "product-grid__item")}"><a href="/p/smart-lock-pro"><img src="/img/lock.webp" alt=""><h3>{esc(name)}</h3></a>'
            f'<div class="{_cls(rng, "rating")}" aria-label="4.6 / 5">★★★★★ <span>({rng.randint(50, 3000)})</span></div><p>{rng.choice(("€269", "$229", "¥29,800"))}</p></li>')
    return _d(html, "product_card", "generic pattern: smart-home product card ('Smart Lock')", size=((220, 300), (320, 420)))


def genius_bar(rng, lang):
    t = _pick({"en": ("Genius Bar", "Get help with your device at an Apple Store. Make a reservation."), "de": ("Genius Bar", "Hol dir Hilfe für dein Gerät in einem Apple Store. Reserviere einen Termin."),
               "fr": ("Genius Bar", "Obtenez de l'aide pour votre appareil dans un Apple Store. Prenez rendez-vous."),
               "es": ("Genius Bar", "Recibe ayuda con tu dispositivo en un Apple Store. Pide cita."),
               "ja": ("Genius Bar", "Apple Storeでデバイスのサポートを受けられます。予約してください。")}, lang)
    html = (f'<div class="rs-tile"><h3 class="rs-tile-title">{esc(t[0])}</h3><p>{esc(t[1])}</p>'
            f'<a class="icon-wrapper more" href="https://getsupport.apple.com/"><span class="icon-copy">{esc(_t("continue", lang))}</span></a></div>')
    return _d(html, "support_contact", "Apple support tile for the Genius Bar reservation", size=((280, 500), (140, 220)),
              hosts=("www.apple.com", "support.apple.com"))


def mistral_wind(rng, lang):
    kmh = rng.randint(40, 110)
    txt = _pick({"fr": f"Vigilance jaune vent : Mistral soufflant jusqu'à {kmh} km/h sur le delta du Rhône cet après-midi.",
                 "en": f"Wind advisory: Mistral gusts up to {kmh} km/h in the Rhône delta this afternoon.",
                 "de": f"Windwarnung: Mistral mit Böen bis {kmh} km/h im Rhônedelta am Nachmittag.",
                 "it": f"Allerta vento: raffiche di maestrale fino a {kmh} km/h in Sardegna nel pomeriggio.",
                 "es": f"Aviso por viento: rachas de mistral de hasta {kmh} km/h en el Ampurdán esta tarde."}, lang)
    html = (f'<div role="alert" class="{_cls(rng, "weather-warning", "weather-warning--yellow")}">{_svg(rng, "M4 10h11a3 3 0 1 0-3-3", 20)}<p>{esc(txt)}</p>'
            f'<a href="/vigilance">{esc(_t("learn_more", lang))}</a></div>')
    return _d(html, "weather_alert", "generic pattern: weather warning banner about the Mistral wind", size=((300, 1000), (40, 90)),
              hosts=("www.meteo-bretagne.fr", "www.meteo-alpi.it", "www.wetter-alpen.at", "www.weatherline.com"))


def transformers(rng, lang):
    kva = rng.choice((25, 50, 100, 250, 630, 1000))
    html = (f'<tr class="{_cls(rng, "spec-row")}"><td><a href="/products/transformers/dt-{kva}">DT-{kva}</a></td><td>{esc(_pick({"en": "Distribution transformer", "de": "Verteiltransformator", "fr": "Transformateur de distribution", "es": "Transformador de distribución", "it": "Trasformatore di distribuzione", "pt": "Transformador de distribuição", "ja": "配電用変圧器"}, lang))}</td>'
            f'<td>{kva} kVA</td><td>20/0.4 kV</td><td>Dyn11</td><td><button type="button">{esc(_pick({"en": "Request quote", "de": "Angebot anfordern", "fr": "Demander un devis", "es": "Solicitar presupuesto"}, lang))}</button></td></tr>')
    html = f'<table class="{_cls(rng, "product-table")}"><thead><tr><th>Model</th><th>Type</th><th>Rating</th><th>Voltage</th><th>Vector</th><th></th></tr></thead><tbody>{html}</tbody></table>'
    return _d(html, "table", "generic pattern: electrical distribution transformer product table", size=((500, 1000), (80, 160)),
              hosts=("www.voltline-industrial.com", "www.trafo-werk.de"))


def robot_vacuum(rng, lang):
    name = _pick({"en": "Robot Vacuum S8 with self-emptying dock", "de": "Saugroboter S8 mit Absaugstation", "fr": "Aspirateur robot S8 avec station de vidage",
                  "es": "Robot aspirador S8 con base de autovaciado", "it": "Robot aspirapolvere S8 con base di svuotamento", "pt": "Robô aspirador S8 com base autoesvaziante",
                  "ja": "ロボット掃除機 S8 自動ゴミ収集ドック付き", "nl": "Robotstofzuiger S8 met leegstation", "pl": "Robot sprzątający S8 ze stacją",
                  "sv": "Robotdammsugare S8 med tömningsstation", "ko": "로봇청소기 S8 자동 먼지 비움", "zh": "扫地机器人 S8 自动集尘"}, lang)
    html = (f'<div{_attrs(rng, [("class", _cls(rng, "product-card")), _tid(rng, "product-card"), ("data-sku", f"RV-S8-{_hid(rng, 4).upper()}")])}>'
            f'<img src="/img/{_hid(rng, 8)}.jpg" alt=""><h3>{esc(name)}</h3><ul><li>LiDAR navigation</li><li>5100 Pa</li></ul>'
            f'<span class="{_cls(rng, "price")}">{rng.choice(("€449", "$499", "¥59,800", "R$ 2.999"))}</span><button type="button">{esc(_t("add_to_cart", lang))}</button></div>')
    return _d(html, "product_card", "generic pattern: robot vacuum product card", size=((220, 300), (340, 460)))


def auto_reply(rng, lang):
    lab = _pick({"en": ("Automatic replies", "Send automatic replies", "I'm out of the office until Monday and will reply when I'm back."),
                 "de": ("Automatische Antworten", "Automatische Antworten senden", "Ich bin bis Montag nicht im Büro und antworte nach meiner Rückkehr."),
                 "fr": ("Réponses automatiques", "Envoyer des réponses automatiques", "Je suis absent jusqu'à lundi et vous répondrai à mon retour."),
                 "es": ("Respuestas automáticas", "Enviar respuestas automáticas", "Estoy fuera de la oficina hasta el lunes y responderé a mi regreso."),
                 "it": ("Risposte automatiche", "Invia risposte automatiche", "Sono fuori ufficio fino a lunedì e risponderò al mio rientro."),
                 "pt": ("Respostas automáticas", "Enviar respostas automáticas", "Estou fora do escritório até segunda e responderei quando voltar."),
                 "ja": ("自動応答", "自動応答を送信する", "月曜日まで不在にしています。戻り次第ご返信します。"),
                 "nl": ("Automatische antwoorden", "Automatische antwoorden verzenden", "Ik ben tot maandag afwezig en reageer zodra ik terug ben.")}, lang)
    t, toggle, msg = lab
    html = (f'<section class="{_cls(rng, "settings-section")}"><h2>{esc(t)}</h2><label class="{_cls(rng, "toggle")}"><input type="checkbox" role="switch"'
            f'{" checked" if rng.random() < 0.5 else ""}> {esc(toggle)}</label><textarea name="auto_reply" rows="4">{esc(msg)}</textarea>'
            f'<button type="submit">{esc(_t("save", lang))}</button></section>')
    return _d(html, "settings_panel", "generic pattern: mail client out-of-office automatic replies settings (Outlook-like)", size=((400, 800), (200, 360)),
              hosts=("outlook.office.com", "app.mailwell.io"))


DESIGNS = (
    ("smart_filters", smart_filters, 7, LANGS),
    ("magic_link", magic_link, 7, ("en", "de", "fr", "es", "ja", "pt", "it")),
    ("s3_tiering", s3_tiering, 5, ("en",)),
    ("assistant_coach", assistant_coach, 7, ("en", "de", "fr", "es", "it", "pt", "ja")),
    ("turnstile", turnstile, 8, ("en", "de", "fr", "es", "ja", "pt", "it")),
    ("sparkling_water", sparkling_water, 7, LANGS),
    ("copilot_training", copilot_training, 5, ("en", "de", "fr", "es")),
    ("gemini_horoscope", gemini_horoscope, 8, LANGS),
    ("monet_exhibition", monet_exhibition, 7, LANGS),
    ("agent_login", agent_login, 7, LANGS),
    ("invoice_number", invoice_number, 7, LANGS),
    ("generated_footer", generated_footer, 7, LANGS),
    ("smart_lock", smart_lock, 6, LANGS),
    ("genius_bar", genius_bar, 5, ("en", "de", "fr", "es", "ja")),
    ("mistral_wind", mistral_wind, 6, ("fr", "en", "de", "it", "es")),
    ("transformers", transformers, 5, ("en", "de", "fr", "es", "it", "pt", "ja")),
    ("robot_vacuum", robot_vacuum, 6, LANGS),
    ("auto_reply", auto_reply, 7, ("en", "de", "fr", "es", "it", "pt", "ja", "nl")),
)


def examples():
    return _run("neg_longtail_wordplay", DESIGNS)
