"""Long-tail negatives (label 0): tours, promos and prompts that are NOT
about AI — onboarding tooltips for ordinary features (Shepherd, Intro.js,
Driver.js, Pendo, Appcues), changelog widgets (Headway, Beamer), upsells for
storage/premium/annual plans, paywalls and login walls, age gates, exit-intent
and spin-to-win modals, countdowns, sticky buy bars, PWA/app install and
permission prompts, rating and "Was this helpful?" widgets, NPS surveys,
Trustpilot."""
from corpus.common import esc
from corpus.sources.neg_longtail_fabs import (LANGS, _attrs, _cls, _cssmod, _d, _hid, _pick, _run,
                                              _svg, _t, _tid)

# Non-AI "new feature" announcements: (title, body) per language.
_FEATURES = {
    "en": (("New! Dark mode", "Easier on the eyes at night. Switch themes any time from your profile menu."),
           ("Try the new keyboard shortcuts", "Press ? anywhere to see every shortcut, from archiving to jumping between projects."),
           ("Meet the new dashboard", "Your projects, deadlines and recent files now live on one page."),
           ("Recurring tasks are here", "Set a task to repeat daily, weekly or on custom days."),
           ("Drag to reorder", "You can now drag columns to change their order on the board."),
           ("Offline mode", "Keep working without a connection; changes sync when you are back online.")),
    "de": (("Neu: Dunkelmodus", "Schont nachts die Augen. Wechsle das Design jederzeit über dein Profilmenü."),
           ("Neue Tastenkürzel", "Drücke überall ?, um alle Tastenkürzel zu sehen."),
           ("Das neue Dashboard", "Projekte, Fristen und zuletzt bearbeitete Dateien auf einer Seite."),
           ("Wiederkehrende Aufgaben", "Lege fest, dass sich eine Aufgabe täglich oder wöchentlich wiederholt.")),
    "fr": (("Nouveau : mode sombre", "Plus reposant le soir. Changez de thème depuis le menu de votre profil."),
           ("Découvrez les nouveaux raccourcis", "Appuyez sur ? n'importe où pour afficher tous les raccourcis clavier."),
           ("Voici le nouveau tableau de bord", "Vos projets, échéances et fichiers récents réunis sur une seule page.")),
    "es": (("Nuevo: modo oscuro", "Más cómodo por la noche. Cambia el tema desde el menú de tu perfil."),
           ("Prueba los nuevos atajos de teclado", "Pulsa ? en cualquier pantalla para ver todos los atajos."),
           ("Conoce el nuevo panel", "Tus proyectos, plazos y archivos recientes en una sola página.")),
    "ja": (("新機能：ダークモード", "夜間も目にやさしい表示に。プロフィールメニューからいつでも切り替えられます。"),
           ("新しいキーボードショートカット", "どこでも ? を押すとショートカット一覧が表示されます。")),
    "pt": (("Novo: modo escuro", "Mais confortável à noite. Troque o tema no menu do seu perfil."),
           ("Conheça o novo painel", "Seus projetos, prazos e arquivos recentes em uma só página.")),
    "it": (("Novità: modalità scura", "Più riposante di sera. Cambia tema dal menu del profilo."),
           ("Scopri la nuova dashboard", "Progetti, scadenze e file recenti in un'unica pagina.")),
    "nl": (("Nieuw: donkere modus", "Prettiger voor je ogen in de avond. Wissel van thema via je profielmenu."),),
    "pl": (("Nowość: tryb ciemny", "Mniej męczy wzrok wieczorem. Zmień motyw w menu profilu."),),
    "ko": (("새 기능: 다크 모드", "밤에도 눈이 편안합니다. 프로필 메뉴에서 언제든지 테마를 바꿀 수 있습니다."),),
    "zh": (("新功能：深色模式", "夜间使用更护眼。可随时在个人资料菜单中切换主题。"),),
    "sv": (("Nytt: mörkt läge", "Skonsammare för ögonen på kvällen. Byt tema i profilmenyn."),),
}


def _feat(rng, lang):
    return rng.choice(_FEATURES[lang])


def shepherd(rng, lang):
    title, body = _feat(rng, lang)
    sid = f"step-{rng.randint(1, 6)}"
    html = (f'<div aria-describedby="{sid}-description" aria-labelledby="{sid}-label" role="dialog" tabindex="0" '
            f'class="shepherd-element shepherd-has-title shepherd-enabled" data-shepherd-step-id="{sid}" data-popper-placement="bottom">'
            f'<div class="shepherd-arrow" data-popper-arrow=""></div><div class="shepherd-content"><header class="shepherd-header">'
            f'<h3 id="{sid}-label" class="shepherd-title">{esc(title)}</h3><button aria-label="Close Tour" class="shepherd-cancel-icon" type="button">'
            f'<span aria-hidden="true">×</span></button></header><div class="shepherd-text" id="{sid}-description">{esc(body)}</div>'
            f'<footer class="shepherd-footer"><button class="shepherd-button shepherd-button-secondary" tabindex="0">{esc(_t("back", lang))}</button>'
            f'<button class="shepherd-button" tabindex="0">{esc(_t("next", lang))}</button></footer></div></div>')
    return _d(html, "product_tour", "Shepherd.js step .shepherd-element[data-shepherd-step-id] for a non-AI feature", "any", size=((280, 400), (140, 220)))


def introjs(rng, lang):
    title, body = _feat(rng, lang)
    n = rng.randint(3, 5)
    cur = rng.randint(1, n)
    bullets = "".join(f'<li role="presentation"><a role="button" tabindex="0" data-step-number="{k}">&nbsp;</a></li>' for k in range(1, n + 1))
    html = (f'<div class="introjs-tooltip introjs-bottom-left-aligned" role="dialog"><div class="introjs-tooltip-header">'
            f'<h1 class="introjs-tooltip-title">{esc(title)}</h1><a class="introjs-skipbutton" role="button" tabindex="0">×</a></div>'
            f'<div class="introjs-tooltiptext">{esc(body)}</div><div class="introjs-bullets"><ul role="tablist">{bullets}</ul></div>'
            f'<div class="introjs-progress" style="display: inherit;"><div class="introjs-progressbar" role="progressbar" aria-valuemin="0" aria-valuemax="100" '
            f'aria-valuenow="{cur * 100 // n}" style="width:{cur * 100 // n}%;"></div></div><div class="introjs-arrow top"></div>'
            f'<div class="introjs-tooltipbuttons"><a role="button" tabindex="0" class="introjs-button introjs-prevbutton">{esc(_t("back", lang))}</a>'
            f'<a role="button" tabindex="0" class="introjs-button introjs-nextbutton">{esc(_t("next", lang))}</a></div></div>')
    return _d(html, "product_tour", "Intro.js tooltip .introjs-tooltip with title, bullets, progressbar, prev/next", "any", size=((250, 380), (150, 240)))


def driverjs(rng, lang):
    title, body = _feat(rng, lang)
    n = rng.randint(2, 6)
    html = (f'<div class="driver-popover{" " + _cls(rng, "tour-popover") if rng.random() < 0.5 else ""}" role="dialog" aria-labelledby="driver-popover-title" '
            f'aria-describedby="driver-popover-description"><button type="button" class="driver-popover-close-btn" aria-label="Close">×</button>'
            f'<header id="driver-popover-title" class="driver-popover-title">{esc(title)}</header><div id="driver-popover-description" '
            f'class="driver-popover-description">{esc(body)}</div><div class="driver-popover-arrow driver-popover-arrow-side-top driver-popover-arrow-align-start"></div>'
            f'<footer class="driver-popover-footer"><span class="driver-popover-progress-text">{rng.randint(1, n)} of {n}</span>'
            f'<span class="driver-popover-navigation-btns"><button type="button" class="driver-popover-prev-btn">← {esc(_t("back", lang))}</button>'
            f'<button type="button" class="driver-popover-next-btn">{esc(_t("next", lang))} →</button></span></footer></div>')
    return _d(html, "product_tour", "Driver.js popover .driver-popover with title/description/progress", "any", size=((260, 360), (130, 200)))


def pendo_tooltip(rng, lang):
    title, body = _feat(rng, lang)
    gid = _hid(rng, 20)
    html = (f'<div id="pendo-base" data-layout="tooltipBlank" class="_pendo-step-container-size" style="position:absolute;z-index:300000;width:320px">'
            f'<div id="pendo-guide-container" data-pendo-guide-id="{gid}" class="_pendo-step-container-styles" role="dialog" aria-label="{esc(title)}">'
            f'<button id="pendo-close-guide-{_hid(rng, 8)}" class="_pendo-close-guide" aria-label="Close">×</button>'
            f'<div class="pendo-mock-flexbox-row"><div class="pendo-mock-flexbox-element"><div id="pendo-text-{_hid(rng, 8)}" class="_pendo-text-paragraph _pendo-text-plain">'
            f'<strong>{esc(title)}</strong></div><div class="_pendo-text-paragraph">{esc(body)}</div></div></div>'
            f'<button id="pendo-button-{_hid(rng, 8)}" class="_pendo-button-primaryButton _pendo-button" data-_pendo-button-primarybutton-1="">{esc(_t("got_it", lang))}</button></div>'
            f'<div class="pendo-tooltip-caret pendo-tooltip-caret--top"></div></div>')
    return _d(html, "product_tour", "Pendo guide #pendo-base > #pendo-guide-container[data-pendo-guide-id] tooltip", "any", size=((300, 340), (120, 200)))


def appcues_hotspot(rng, lang):
    title, body = _feat(rng, lang)
    html = (f'<appcues-container class="appcues-fullscreen" data-pattern-type="hotspot-group"><div class="appcues-hotspot" role="button" tabindex="0" '
            f'aria-label="{esc(title)}"><div class="hotspot-animation"></div></div><div class="appcues-tooltip-container" role="dialog">'
            f'<div class="content"><h3>{esc(title)}</h3><p>{esc(body)}</p></div><div class="appcues-actions"><a class="appcues-button-success appcues-button" '
            f'data-step="next">{esc(_t("got_it", lang))}</a></div></div></appcues-container>')
    return _d(html, "product_tour", "Appcues <appcues-container> hotspot group (approximate) for a non-AI feature", "any", size=((24, 320), (24, 200)))


def new_badge_popover(rng, lang):
    title, body = _feat(rng, lang)
    style = rng.randrange(2)
    if style == 0:
        html = (f'<div role="tooltip"{_attrs(rng, [("class", _cls(rng, "feature-callout", "feature-callout--bottom")), _tid(rng, "feature-callout")])}>'
                f'<span class="{_cls(rng, "badge", "badge--new")}">NEW</span><p class="{_cls(rng, "feature-callout__title")}">{esc(title)}</p>'
                f'<p>{esc(body)}</p><button type="button" class="{_cls(rng, "link-button")}">{esc(_t("dismiss", lang))}</button></div>')
        src = "generic pattern: 'NEW' feature callout tooltip for a non-AI feature"
    else:
        html = (f'<div class="{_cssmod(rng, "Announcement", "popover")}" role="dialog" aria-modal="false" aria-labelledby="ann-title">'
                f'<img src="/static/whats-new/{rng.choice(("dark-mode", "shortcuts", "dashboard", "recurring"))}.png" alt="" width="280" height="140">'
                f'<h2 id="ann-title">{esc(title)}</h2><p>{esc(body)}</p><div><button type="button">{esc(_t("try_it", lang))}</button>'
                f'<button type="button">{esc(_t("not_now", lang))}</button></div></div>')
        src = "generic pattern: CSS-modules 'what's new' announcement popover with image"
    return _d(html, "product_tour", src, rng.choice(("any", "br")), size=((260, 340), (120, 300)))


def changelog_widget(rng, lang):
    style = rng.randrange(2)
    if style == 0:
        n = rng.randint(1, 5)
        html = (f'<span id="HW_badge_cont" class="HW_visible"><span id="HW_badge" class="HW_badge HW_softHidden HW_visible" data-count-unseen="{n}">{n}</span></span>')
        src = "Headway changelog badge #HW_badge_cont > #HW_badge[data-count-unseen]"
    else:
        html = (f'<div id="beamerSelector" class="beamerTrigger beamer_{rng.choice(("right", "left"))}" role="button" aria-label="{esc(_t("whats_new", lang))}" tabindex="0">'
                f'<div class="beamer_icon active">{rng.randint(1, 9)}</div></div>')
        src = "Beamer changelog launcher #beamerSelector.beamerTrigger with .beamer_icon counter"
    return _d(html, "changelog_badge", src, rng.choice(("inline", "br")), size=(32, 60))


# Non-AI upsells.
_UPSELL = {
    "en": ("Upgrade to Pro for unlimited storage", "You've used 14.6 GB of 15 GB. Get 2 TB, version history and priority support.",
           "Try Premium free for 1 month", "Ad-free music listening, offline playback and unlimited skips. Cancel anytime.",
           "Get 50% off the annual plan", "Switch to yearly billing before Sunday and pay half for your first year."),
    "de": ("Upgrade auf Pro für unbegrenzten Speicher", "Du hast 14,6 GB von 15 GB belegt. Hol dir 2 TB, Versionsverlauf und Prioritäts-Support.",
           "Premium 1 Monat gratis testen", "Musik ohne Werbung, offline hören und unbegrenzt überspringen. Jederzeit kündbar.",
           "50 % Rabatt auf das Jahresabo", "Wechsle bis Sonntag zur jährlichen Zahlung und zahle im ersten Jahr nur die Hälfte."),
    "fr": ("Passez à Pro pour un stockage illimité", "Vous avez utilisé 14,6 Go sur 15 Go. Obtenez 2 To, l'historique des versions et un support prioritaire.",
           "Essayez Premium gratuitement pendant 1 mois", "Musique sans pub, écoute hors connexion et sauts illimités. Sans engagement.",
           "-50 % sur l'abonnement annuel", "Passez à la facturation annuelle avant dimanche et payez moitié prix la première année."),
    "es": ("Pásate a Pro y consigue almacenamiento ilimitado", "Has usado 14,6 GB de 15 GB. Obtén 2 TB, historial de versiones y soporte prioritario.",
           "Prueba Premium gratis durante 1 mes", "Música sin anuncios, escucha sin conexión y saltos ilimitados. Cancela cuando quieras.",
           "50 % de descuento en el plan anual", "Cambia a facturación anual antes del domingo y paga la mitad el primer año."),
    "ja": ("Proにアップグレードして容量無制限に", "15 GB中14.6 GBを使用しています。2 TBの容量、バージョン履歴、優先サポートをご利用いただけます。",
           "Premiumを1か月無料でお試し", "広告なしで音楽を再生、オフライン再生、スキップ無制限。いつでも解約できます。",
           "年間プランが50%オフ", "日曜日までに年払いに切り替えると、初年度が半額になります。"),
    "pt": ("Faça upgrade para o Pro e tenha armazenamento ilimitado", "Você usou 14,6 GB de 15 GB. Ganhe 2 TB, histórico de versões e suporte prioritário.",
           "Experimente o Premium grátis por 1 mês", "Música sem anúncios, ouça offline e pule faixas à vontade. Cancele quando quiser.",
           "50% de desconto no plano anual", "Mude para o pagamento anual até domingo e pague metade no primeiro ano."),
    "it": ("Passa a Pro per spazio illimitato", "Hai utilizzato 14,6 GB su 15 GB. Ottieni 2 TB, cronologia delle versioni e assistenza prioritaria.",
           "Prova Premium gratis per 1 mese", "Musica senza pubblicità, ascolto offline e salti illimitati. Disdici quando vuoi.",
           "50% di sconto sul piano annuale", "Passa alla fatturazione annuale entro domenica e paga la metà il primo anno."),
    "nl": ("Upgrade naar Pro voor onbeperkte opslag", "Je hebt 14,6 GB van 15 GB gebruikt. Krijg 2 TB, versiegeschiedenis en voorrang bij support.",
           "Probeer Premium 1 maand gratis", "Muziek zonder advertenties, offline luisteren en onbeperkt overslaan. Altijd opzegbaar.",
           "50% korting op het jaarabonnement", "Stap voor zondag over op jaarlijkse betaling en betaal het eerste jaar de helft."),
    "pl": ("Przejdź na Pro i zyskaj nieograniczone miejsce", "Wykorzystano 14,6 GB z 15 GB. Zyskaj 2 TB, historię wersji i priorytetową pomoc.",
           "Wypróbuj Premium za darmo przez miesiąc", "Muzyka bez reklam, słuchanie offline i nielimitowane pomijanie. Anuluj w dowolnym momencie.",
           "50% zniżki na plan roczny", "Przejdź na płatność roczną do niedzieli i zapłać połowę za pierwszy rok."),
    "ko": ("Pro로 업그레이드하고 무제한 저장공간을 이용하세요", "15GB 중 14.6GB를 사용했습니다. 2TB, 버전 기록, 우선 지원을 받아 보세요.",
           "프리미엄 1개월 무료 체험", "광고 없는 음악 감상, 오프라인 재생, 무제한 건너뛰기. 언제든지 해지할 수 있습니다.",
           "연간 요금제 50% 할인", "일요일 전에 연간 결제로 바꾸면 첫해 요금이 절반입니다."),
    "zh": ("升级到专业版，享受无限存储空间", "您已使用 15 GB 中的 14.6 GB。获取 2 TB 空间、版本历史和优先支持。",
           "免费试用高级版 1 个月", "无广告听歌、离线播放、无限次切歌。可随时取消。",
           "年度方案立减 50%", "周日前切换为按年付费，首年只需半价。"),
    "sv": ("Uppgradera till Pro för obegränsad lagring", "Du har använt 14,6 GB av 15 GB. Få 2 TB, versionshistorik och prioriterad support.",
           "Prova Premium gratis i 1 månad", "Musik utan reklam, lyssna offline och hoppa över obegränsat. Avsluta när du vill.",
           "50 % rabatt på årsplanen", "Byt till årsbetalning före söndag och betala halva priset första året."),
}


def upsell_banner(rng, lang):
    u = _UPSELL[lang]
    k = rng.randrange(3)
    title, body = u[2 * k], u[2 * k + 1]
    style = rng.randrange(3)
    if style == 0:
        html = (f'<div role="region" aria-label="{esc(title)}" class="{_cls(rng, "upgrade-banner")}"><div class="{_cls(rng, "upgrade-banner__icon")}">'
                f'{_svg(rng, "star", 24)}</div><div><strong>{esc(title)}</strong><p>{esc(body)}</p></div>'
                f'<a class="{_cls(rng, "btn", "btn-primary")}" href="/pricing">{esc(_t("upgrade", lang))}</a>'
                f'<button type="button" aria-label="{esc(_t("dismiss", lang))}" class="{_cls(rng, "close")}">×</button></div>')
        src = "generic pattern: in-app upgrade banner (storage / premium / annual plan)"
    elif style == 1:
        pct = rng.randint(90, 99)
        html = (f'<div class="bg-amber-50 border-l-4 border-amber-400 p-4" role="alert"><div class="flex"><div class="ml-3"><p class="text-sm text-amber-700">'
                f'{esc(body)} <a href="/settings/billing" class="font-medium text-amber-700 underline hover:text-amber-600">{esc(title)}</a></p>'
                f'<div class="mt-2 h-1.5 w-full rounded bg-amber-100"><div class="h-1.5 rounded bg-amber-500" style="width:{pct}%"></div></div></div></div></div>')
        src = "generic pattern: Tailwind storage-almost-full alert with upgrade link"
    else:
        html = (f'<section{_attrs(rng, [("class", _cssmod(rng, "PremiumPromo", "card")), _tid(rng, "premium-upsell"), ("aria-labelledby", "promo-h")])}>'
                f'<h2 id="promo-h">{esc(title)}</h2><p>{esc(body)}</p><a href="/premium" class="{_cssmod(rng, "PremiumPromo", "cta")}">{esc(_t("continue", lang))}</a>'
                f'<small>{esc(_pick({"en": "Terms apply. Renews automatically.", "de": "Es gelten die AGB. Verlängert sich automatisch.", "fr": "Conditions applicables. Renouvellement automatique.", "es": "Se aplican condiciones. Se renueva automáticamente."}, lang))}</small></section>')
        src = "generic pattern: premium trial promo card (music / cloud storage)"
    return _d(html, "promo_banner", src, rng.choice(("inline", "inline", "top", "br")), size=((320, 1100), (60, 220)))


_PAYWALL = {
    "en": ("Subscribe to continue reading", "You've read all your free articles this month. Get unlimited access for $1 a week.", "Already a subscriber?"),
    "de": ("Weiterlesen mit Abo", "Sie haben Ihre kostenlosen Artikel für diesen Monat gelesen. Unbegrenzt lesen für 1 € pro Woche.", "Schon Abonnent?"),
    "fr": ("Abonnez-vous pour continuer votre lecture", "Vous avez lu tous vos articles gratuits ce mois-ci. Accès illimité pour 1 € par semaine.", "Déjà abonné ?"),
    "es": ("Suscríbete para seguir leyendo", "Has leído todos tus artículos gratuitos de este mes. Acceso ilimitado por 1 € a la semana.", "¿Ya eres suscriptor?"),
    "ja": ("続きを読むには購読してください", "今月の無料記事をすべて読みました。週100円で読み放題。", "すでに購読中の方"),
    "pt": ("Assine para continuar lendo", "Você leu todas as matérias gratuitas deste mês. Acesso ilimitado por R$ 1,90 por semana.", "Já é assinante?"),
    "it": ("Abbonati per continuare a leggere", "Hai letto tutti gli articoli gratuiti di questo mese. Accesso illimitato a 1 € a settimana.", "Sei già abbonato?"),
    "nl": ("Neem een abonnement om verder te lezen", "Je hebt je gratis artikelen voor deze maand gelezen. Onbeperkt lezen voor €1 per week.", "Al abonnee?"),
    "pl": ("Wykup subskrypcję, aby czytać dalej", "Przeczytałeś wszystkie darmowe artykuły w tym miesiącu. Nielimitowany dostęp za 1 zł tygodniowo.", "Masz już subskrypcję?"),
    "sv": ("Prenumerera för att fortsätta läsa", "Du har läst alla gratisartiklar den här månaden. Obegränsad tillgång för 10 kr i veckan.", "Redan prenumerant?"),
    "ko": ("계속 읽으려면 구독하세요", "이번 달 무료 기사를 모두 읽었습니다. 주 1,000원에 무제한으로 이용하세요.", "이미 구독 중이신가요?"),
    "zh": ("订阅后继续阅读", "您本月的免费文章已读完。每周仅需 1 元即可无限阅读。", "已经是订阅用户？"),
}


def paywall(rng, lang):
    title, body, already = _PAYWALL[lang]
    style = rng.randrange(3)
    if style == 0:
        html = (f'<div class="tp-modal" style="display:block"><div class="tp-backdrop tp-active"></div><div class="tp-iframe-wrapper tp-active" '
                f'style="width:100%"><iframe id="offer_{_hid(rng, 20)}-0" name="offer_{_hid(rng, 20)}-0" title="{esc(title)}" frameborder="0" '
                f'src="https://buy.tinypass.com/checkout/template/cacheableShow?aid={_hid(rng, 10)}&amp;templateId=OT{_hid(rng, 10).upper()}" '
                f'allowtransparency="true" style="height:520px"></iframe></div></div>')
        src = "Piano (Tinypass) paywall .tp-modal > .tp-iframe-wrapper > iframe buy.tinypass.com"
        return _d(html, "paywall", src, "center", size=((600, 900), (400, 560)), frame="https://buy.tinypass.com/checkout/template/cacheableShow")
    if style == 1:
        html = (f'<div id="gateway-content" class="{_cls(rng, "css-gateway")}"><div data-testid="gateway-modal" role="dialog" aria-modal="true">'
                f'<h2>{esc(title)}</h2><p>{esc(body)}</p><a data-testid="gateway-subscribe" href="/subscription">{esc(_t("subscribe", lang))}</a>'
                f'<p>{esc(already)} <a href="/login" data-testid="gateway-login">{esc(_t("sign_in", lang))}</a></p></div></div>')
        src = "NYT-style metered gateway #gateway-content [data-testid=gateway-modal]"
    else:
        html = (f'<div class="{_cls(rng, "article-paywall", "paywall--soft")}"><div class="{_cls(rng, "paywall__fade")}" aria-hidden="true"></div>'
                f'<div class="{_cls(rng, "paywall__box")}"><p class="{_cls(rng, "paywall__kicker")}">PLUS</p><h3>{esc(title)}</h3><p>{esc(body)}</p>'
                f'<a class="{_cls(rng, "button", "button--primary")}" href="/abo">{esc(_t("subscribe", lang))}</a>'
                f'<a class="{_cls(rng, "paywall__login")}" href="/login">{esc(already)} {esc(_t("sign_in", lang))}</a></div></div>')
        src = "generic pattern: inline soft paywall box after truncated article"
    return _d(html, "paywall", src, rng.choice(("inline", "bottom")), size=((320, 900), (220, 420)))


_LOGINWALL = {"en": "Create a free account to keep reading", "de": "Kostenloses Konto erstellen und weiterlesen",
              "fr": "Créez un compte gratuit pour continuer", "es": "Crea una cuenta gratuita para seguir leyendo",
              "ja": "無料アカウントを作成して続きを読む", "pt": "Crie uma conta grátis para continuar lendo",
              "it": "Crea un account gratuito per continuare a leggere", "nl": "Maak een gratis account aan om verder te lezen",
              "pl": "Załóż darmowe konto, aby czytać dalej", "ko": "무료 계정을 만들고 계속 읽기", "zh": "创建免费账户以继续阅读",
              "sv": "Skapa ett gratiskonto för att fortsätta läsa"}


def login_wall(rng, lang):
    prov = rng.sample(("Google", "Apple", "Facebook", "Microsoft"), 2)
    btns = "".join(f'<button type="button" class="{_cls(rng, "social-login", "social-login--" + p.lower())}">{esc(p)}</button>' for p in prov)
    html = (f'<div role="dialog" aria-modal="true"{_attrs(rng, [("class", _cls(rng, "login-wall", "overlay")), _tid(rng, "login-wall")])}>'
            f'<h2>{esc(_LOGINWALL[lang])}</h2>{btns}<form action="/signup" method="post"><label>{esc(_pick({"en": "Email", "de": "E-Mail", "fr": "E-mail", "es": "Correo", "ja": "メール", "pt": "E-mail", "it": "Email", "nl": "E-mail", "pl": "E-mail", "ko": "이메일", "zh": "电子邮件", "sv": "E-post"}, lang))}'
            f'<input type="email" name="email" autocomplete="email" required></label><button type="submit">{esc(_t("continue", lang))}</button></form>'
            f'<p><a href="/login">{esc(_t("sign_in", lang))}</a></p></div>')
    return _d(html, "login_wall", "generic pattern: Medium/Quora-style login wall modal with social sign-in", "center", size=((380, 520), (360, 520)))


_AGE = {"en": ("Are you 18 or older?", "You must be of legal drinking age to enter this site."),
        "de": ("Sind Sie mindestens 18 Jahre alt?", "Sie müssen volljährig sein, um diese Website zu betreten."),
        "fr": ("Avez-vous 18 ans ou plus ?", "L'abus d'alcool est dangereux pour la santé. Vous devez être majeur pour accéder à ce site."),
        "es": ("¿Eres mayor de 18 años?", "Debes tener la edad legal para consumir alcohol para acceder a este sitio."),
        "it": ("Hai almeno 18 anni?", "Devi essere maggiorenne per accedere a questo sito."),
        "pt": ("Você tem 18 anos ou mais?", "Você precisa ter idade legal para consumir bebidas alcoólicas."),
        "ja": ("20歳以上ですか？", "20歳未満の方の飲酒は法律で禁止されています。"),
        "nl": ("Ben je 18 jaar of ouder?", "Geen 18, geen alcohol."),
        "sv": ("Är du 20 år eller äldre?", "Du måste ha fyllt 20 år för att besöka den här webbplatsen."),
        "pl": ("Czy masz ukończone 18 lat?", "Musisz być pełnoletni, aby wejść na tę stronę."),
        "ko": ("만 19세 이상입니까?", "청소년에게 주류를 판매하지 않습니다."), "zh": ("您是否已年满18岁？", "未成年人请勿饮酒。")}


def age_gate(rng, lang):
    q, note = _AGE[lang]
    style = rng.randrange(2)
    if style == 0:
        html = (f'<div id="age-gate" class="age-gate-wrapper"><div class="age-gate" role="dialog" aria-labelledby="age-gate-heading">'
                f'<h2 class="age-gate__heading-title" id="age-gate-heading">{esc(q)}</h2><p class="age-gate__subheadline">{esc(note)}</p>'
                f'<form method="post" action="/age-gate" class="age-gate__form"><div class="age-gate__buttons">'
                f'<button type="submit" class="age-gate__submit age-gate__submit--yes" value="1" name="age_gate[confirm]">{esc(_t("yes", lang))}</button>'
                f'<button class="age-gate__submit age-gate__submit--no" value="0" name="age_gate[confirm]" type="submit">{esc(_t("no", lang))}</button></div></form></div></div>')
        src = "Age Gate WordPress plugin .age-gate-wrapper > form.age-gate__form yes/no"
    else:
        html = (f'<div class="{_cls(rng, "agegate-modal")}" role="dialog" aria-modal="true"><h2>{esc(q)}</h2><fieldset><legend>{esc(note)}</legend>'
                f'<input type="number" inputmode="numeric" placeholder="DD" aria-label="Day" maxlength="2"><input type="number" placeholder="MM" aria-label="Month" maxlength="2">'
                f'<input type="number" placeholder="YYYY" aria-label="Year" maxlength="4"></fieldset><button type="submit">{esc(_t("continue", lang))}</button></div>')
        src = "generic pattern: date-of-birth age verification modal (brewery/winery site)"
    return _d(html, "age_gate", src, "center", size=((360, 600), (240, 420)),
              hosts=("www.brewcraft-supply.com", "boutique.cave-bordeaux.fr", "negozio.vini-toscana.it", "tienda.vinos-rioja.es"))


def exit_intent(rng, lang):
    title = _pick({"en": ("Wait! Don't leave empty-handed", "Before you go…"), "de": ("Warte! Nicht mit leeren Händen gehen",),
                   "fr": ("Attendez ! Ne partez pas les mains vides",), "es": ("¡Espera! No te vayas con las manos vacías",),
                   "it": ("Aspetta! Non andartene a mani vuote",), "pt": ("Espere! Não vá embora de mãos vazias",),
                   "nl": ("Wacht! Ga niet met lege handen weg",), "ja": ("ちょっと待って！",), "pl": ("Zaczekaj! Nie wychodź z pustymi rękami",),
                   "sv": ("Vänta! Gå inte tomhänt",), "ko": ("잠깐만요! 그냥 가지 마세요",), "zh": ("等一下！别空手离开",)}, lang, rng)
    code = rng.choice(("WELCOME10", "STAY15", "SAVE20", "HELLO5"))
    cid = _hid(rng, 20)
    html = (f'<div id="om-{cid}-holder"><div id="om-{cid}" class="{cid}-js Campaign CampaignType--popup" data-om-campaign-type="popup" role="dialog" '
            f'aria-modal="true" style="position:fixed;z-index:888888888"><div class="Campaign__content"><div class="Campaign__innerWrapper">'
            f'<h2 class="Campaign__headline">{esc(title)}</h2><p>{esc(_pick({"en": "Take 10% off your first order with code", "de": "10 % auf deine erste Bestellung mit dem Code", "fr": "10 % de réduction sur votre première commande avec le code", "es": "10 % de descuento en tu primer pedido con el código"}, lang))} <b>{code}</b></p>'
            f'<input type="email" class="Campaign__input" placeholder="{esc(_pick({"en": "Email address", "de": "E-Mail-Adresse", "fr": "Adresse e-mail", "es": "Correo electrónico"}, lang))}">'
            f'<button class="Campaign__button">{esc(_t("continue", lang))}</button><button class="Campaign__close" aria-label="{esc(_t("close", lang))}">×</button></div></div></div></div>')
    return _d(html, "exit_intent_modal", "OptinMonster popup #om-{id}-holder .Campaign.CampaignType--popup (exit intent)", "center",
              size=((420, 640), (300, 460)))


def spin_wheel(rng, lang):
    segs = "".join(f'<div class="{_cls(rng, "wheel__segment")}" style="transform:rotate({k * 45}deg)"><span>{esc(p)}</span></div>'
                   for k, p in enumerate(("10%", "FREE SHIP", "5%", "15%", "NO LUCK", "20%", "5€", "10%")))
    title = _pick({"en": "Spin to win a discount!", "de": "Dreh am Glücksrad und gewinne einen Rabatt!", "fr": "Tournez la roue et gagnez une réduction !",
                   "es": "¡Gira la ruleta y gana un descuento!", "it": "Gira la ruota e vinci uno sconto!", "pt": "Gire a roleta e ganhe um desconto!",
                   "nl": "Draai aan het rad en win korting!", "pl": "Zakręć kołem i wygraj rabat!", "sv": "Snurra hjulet och vinn rabatt!",
                   "ja": "ルーレットを回して割引をゲット！", "ko": "룰렛을 돌려 할인 쿠폰을 받으세요!", "zh": "转动幸运轮盘赢取折扣！"}, lang)
    html = (f'<div class="wheelio_holder"{_attrs(rng, [("role", "dialog"), ("aria-label", title), _tid(rng, "spin-wheel")])}><div class="{_cls(rng, "wheel")}">{segs}</div>'
            f'<div class="{_cls(rng, "wheel__form")}"><h2>{esc(title)}</h2><input type="email" placeholder="you@example.com"><button type="button">SPIN</button>'
            f'<a href="#" class="{_cls(rng, "wheel__nothanks")}">{esc(_pick({"en": "No thanks, I prefer full price", "de": "Nein danke", "fr": "Non merci", "es": "No, gracias"}, lang))}</a></div></div>')
    return _d(html, "promo_modal", "Wheelio-style spin-to-win gamified popup (approximate)", "center", size=((600, 900), (400, 560)))


def countdown(rng, lang):
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    lab = _pick({"en": "Sale ends in", "de": "Angebot endet in", "fr": "Fin des soldes dans", "es": "La oferta termina en", "it": "L'offerta termina tra",
                 "pt": "A oferta termina em", "nl": "Actie eindigt over", "pl": "Promocja kończy się za", "sv": "Rean slutar om", "ja": "セール終了まで",
                 "ko": "세일 종료까지", "zh": "活动结束倒计时"}, lang)
    style = rng.randrange(2)
    if style == 0:
        html = (f'<div class="hurrify-countdown"{_attrs(rng, [("data-end", f"2026-12-{rng.randint(10, 28)}T23:59:00Z"), ("role", "timer"), ("aria-live", "off")])}>'
                f'<span class="{_cls(rng, "countdown__label")}">{esc(lab)}</span>'
                + "".join(f'<span class="{_cls(rng, "countdown__unit")}"><b>{v:02d}</b><small>{u}</small></span>' for v, u in ((h, "h"), (m, "m"), (s, "s"))) + '</div>')
        src = "Shopify countdown-timer app (Hurrify-like) span units with role=timer"
    else:
        html = (f'<div class="{_cls(rng, "announcement-bar", "announcement-bar--countdown")}" role="region"><p>{esc(lab)} '
                f'<time datetime="PT{h}H{m}M{s}S" class="{_cls(rng, "js-countdown")}">{h:02d}:{m:02d}:{s:02d}</time></p></div>')
        src = "generic pattern: countdown inside an announcement bar"
    return _d(html, "countdown_timer", src, rng.choice(("inline", "sticky", "top")), size=((240, 1280), (36, 80)))


def sticky_buy_bar(rng, lang):
    product = _pick({"en": ("Trail Runner GTX – Men's", "Ceramic Pour-Over Set", "Merino Crew Sweater"), "de": ("Wanderschuh Alpin GTX", "Espressokanne 6 Tassen"),
                     "fr": ("Veste imperméable Brume", "Théière en fonte 1,2 L"), "es": ("Zapatilla Trail Sierra", "Cafetera italiana 6 tazas"),
                     "it": ("Moka Classica 3 tazze", "Giacca antivento Lago"), "pt": ("Tênis Corrida Leve", "Garrafa Térmica 1L"),
                     "ja": ("南部鉄器 急須 0.6L", "ウールニット セーター"), "nl": ("Fietstas Waterdicht 20L",), "pl": ("Plecak Turystyczny 30L",),
                     "sv": ("Ullsockor 3-pack",), "ko": ("무선 전기주전자 1.7L",), "zh": ("保温杯 500ml",)}, lang, rng)
    price = rng.choice(("€89,95", "$129.00", "¥4,980", "R$ 249,90", "£64.00", "kr 349"))
    html = (f'<div{_attrs(rng, [("class", _cls(rng, "sticky-atc", "sticky-atc--visible")), ("aria-hidden", "false"), _tid(rng, "sticky-add-to-cart")])}>'
            f'<img src="https://cdn.shopify.com/s/files/1/0{rng.randint(100, 999)}/products/{_hid(rng, 8)}_80x80.jpg" alt="" width="48" height="48">'
            f'<div class="{_cls(rng, "sticky-atc__info")}"><p class="{_cls(rng, "sticky-atc__title")}">{esc(product)}</p><span>{price}</span></div>'
            f'<select aria-label="Size"><option>S</option><option>M</option><option>L</option></select>'
            f'<button type="submit" name="add" class="{_cls(rng, "button", "button--primary")}">{esc(_t(rng.choice(("buy_now", "add_to_cart")), lang))}</button></div>')
    return _d(html, "sticky_add_to_cart", "generic pattern: Shopify sticky add-to-cart / buy-now bar", "bottom", size=((360, 1440), (64, 90)))


def pwa_install(rng, lang):
    style = rng.randrange(3)
    app = rng.choice(("Kanbanly", "Notewise", "Metro Water", "Sportspulse", "Ledgerly", "Rheinpost"))
    if style == 0:
        html = (f'<pwa-install manifest-url="/manifest.webmanifest" name="{app}" description="{esc(_t("install", lang))}" icon="/icons/icon-192.png"'
                f'></pwa-install>')
        src = "pwa-install web component <pwa-install manifest-url> (shadow host)"
        return _d(html, "install_prompt", src, "bottom", size=((320, 480), (80, 140)), shadow=True)
    if style == 1:
        html = (f'<button{_attrs(rng, [("id", "installApp"), ("class", _cls(rng, "install-button")), ("hidden", None), ("aria-label", _t("install", lang))])}>'
                f'{_svg(rng, "download", 18)} {esc(_t("install", lang))}</button>')
        src = "generic pattern: PWA install button wired to beforeinstallprompt"
    else:
        a2hs = _pick({"en": "Add to your home screen for quick access", "de": "Zum Startbildschirm hinzufügen", "fr": "Ajouter à l'écran d'accueil", "es": "Añadir a la pantalla de inicio", "ja": "ホーム画面に追加", "pt": "Adicionar à tela inicial", "it": "Aggiungi alla schermata Home"}, lang)
        html = (f'<div class="{_cls(rng, "a2hs-banner")}" role="dialog" aria-labelledby="a2hs-t"><img src="/icons/icon-96.png" alt="{app}" width="40" height="40">'
                f'<p id="a2hs-t"><strong>{app}</strong> — {esc(a2hs)}</p>'
                f'<button type="button">{esc(_t("install", lang))}</button><button type="button">{esc(_t("not_now", lang))}</button></div>')
        src = "generic pattern: add-to-home-screen PWA banner"
    return _d(html, "install_prompt", src, rng.choice(("bottom", "br", "inline")), size=((120, 480), (40, 120)))


def open_in_app(rng, lang):
    style = rng.randrange(2)
    if style == 0:
        html = (f'<div class="XPromoPill {_cls(rng, "xpromo-pill")}"><a href="https://reddit.app.link/{_hid(rng, 10)}" class="{_cls(rng, "XPromoPill__button")}">'
                f'{esc(_t("open_app", lang))}</a><button aria-label="{esc(_t("close", lang))}" class="{_cls(rng, "XPromoPill__close")}">×</button></div>')
        src = "Reddit mobile web XPromo 'Open in app' pill (approximate)"
        at = "bottom"
    else:
        html = (f'<div id="branch-banner" class="branch-banner-is-active"><div class="branch-banner-content"><div class="branch-banner-left">'
                f'<div class="branch-banner-close" id="branch-banner-close">×</div><div class="branch-banner-icon"></div><div class="branch-banner-details">'
                f'<div class="branch-banner-title">{esc(rng.choice(("Sportspulse", "Rheinpost", "Kanbanly", "Coastline Travel")))}</div>'
                f'<div class="branch-banner-description">{esc(_t("open_app", lang))}</div></div></div><div class="branch-banner-right">'
                f'<a class="branch-banner-button" id="branch-mobile-action" href="#">OPEN</a></div></div></div>')
        src = "Branch.io smart banner #branch-banner"
        at = "top"
    return _d(html, "app_banner", src, at, size=((320, 420), (44, 80)))


_LOC = {"en": "Allow location access to see stores and delivery times near you.", "de": "Erlaube den Standortzugriff, um Filialen und Lieferzeiten in deiner Nähe zu sehen.",
        "fr": "Autorisez l'accès à votre position pour voir les magasins et délais de livraison près de chez vous.",
        "es": "Permite el acceso a tu ubicación para ver tiendas y plazos de entrega cerca de ti.", "ja": "位置情報を許可すると、近くの店舗と配達時間が表示されます。",
        "pt": "Permita o acesso à localização para ver lojas e prazos de entrega perto de você.", "it": "Consenti l'accesso alla posizione per vedere negozi e tempi di consegna vicino a te.",
        "nl": "Sta locatietoegang toe om winkels en levertijden bij jou in de buurt te zien.", "pl": "Zezwól na dostęp do lokalizacji, aby zobaczyć sklepy i czas dostawy w pobliżu.",
        "ko": "위치 접근을 허용하면 가까운 매장과 배송 시간을 볼 수 있습니다.", "zh": "允许访问位置信息，即可查看附近门店和配送时间。",
        "sv": "Tillåt platsåtkomst för att se butiker och leveranstider nära dig."}


def permission_prompt(rng, lang):
    style = rng.randrange(2)
    if style == 0:
        html = (f'<div role="alertdialog" aria-describedby="geo-d"{_attrs(rng, [("class", _cls(rng, "location-prompt")), _tid(rng, "location-soft-ask")])}>'
                f'{_svg(rng, "map", 28)}<p id="geo-d">{esc(_LOC[lang])}</p><button type="button" class="{_cls(rng, "btn-primary")}">{esc(_t("allow", lang))}</button>'
                f'<button type="button" class="{_cls(rng, "btn-link")}">{esc(_t("not_now", lang))}</button></div>')
        src = "generic pattern: location soft-ask before navigator.geolocation"
    else:
        msg = _pick({"en": "We'd like to show you notifications for the latest news and updates.", "de": "Wir möchten dir Benachrichtigungen zu Neuigkeiten senden.", "fr": "Nous aimerions vous envoyer des notifications.", "es": "Queremos enviarte notificaciones con las novedades."}, lang)
        html = (f'<div id="onesignal-slidedown-container" class="onesignal-slidedown-container onesignal-reset slide-down"><div id="onesignal-slidedown-dialog" '
                f'class="onesignal-slidedown-dialog"><div id="normal-slidedown"><div class="slidedown-body" id="slidedown-body"><div class="slidedown-body-icon">'
                f'<img alt="notification icon" src="/icons/bell.png"></div><div class="slidedown-body-message">{esc(msg)}</div></div>'
                f'<div class="slidedown-footer" id="slidedown-footer"><button class="align-right primary slidedown-button" id="onesignal-slidedown-allow-button">{esc(_t("allow", lang))}</button>'
                f'<button class="align-right secondary slidedown-button" id="onesignal-slidedown-cancel-button">{esc(_t("not_now", lang))}</button></div></div></div></div>')
        src = "OneSignal slidedown permission prompt #onesignal-slidedown-container"
    return _d(html, "permission_prompt", src, rng.choice(("top", "bottom", "center")), size=((320, 520), (120, 200)))


_RATE = {"en": ("Enjoying {app}?", "Rate us on the App Store"), "de": ("Gefällt dir {app}?", "Bewerte uns im App Store"),
         "fr": ("Vous aimez {app} ?", "Notez-nous sur l'App Store"), "es": ("¿Te gusta {app}?", "Valóranos en la App Store"),
         "ja": ("{app}を気に入っていただけましたか？", "App Storeで評価する"), "pt": ("Está gostando do {app}?", "Avalie-nos na App Store"),
         "it": ("Ti piace {app}?", "Valutaci sull'App Store"), "nl": ("Vind je {app} leuk?", "Beoordeel ons in de App Store"),
         "pl": ("Podoba Ci się {app}?", "Oceń nas w App Store"), "ko": ("{app}이(가) 마음에 드시나요?", "App Store에서 평가하기"),
         "zh": ("喜欢 {app} 吗？", "在 App Store 上为我们评分"), "sv": ("Gillar du {app}?", "Betygsätt oss i App Store")}


def rating_prompt(rng, lang):
    app = rng.choice(("Kanbanly", "Notewise", "Sportspulse", "Ledgerly", "Crewplanner"))
    q, cta = _RATE[lang]
    stars = "".join(f'<button type="button" role="radio" aria-checked="false" aria-label="{k} star{"s" if k > 1 else ""}" class="{_cls(rng, "star")}">{_svg(rng, "star", 24)}</button>'
                    for k in range(1, 6))
    html = (f'<div role="dialog"{_attrs(rng, [("class", _cls(rng, "rate-prompt")), _tid(rng, "rating-prompt"), ("aria-labelledby", "rate-q")])}>'
            f'<p id="rate-q">{esc(q.format(app=app))}</p><div role="radiogroup">{stars}</div><a href="https://apps.apple.com/app/id{rng.randint(100000000, 999999999)}">{esc(cta)}</a>'
            f'<button type="button">{esc(_t("not_now", lang))}</button></div>')
    return _d(html, "rating_prompt", "generic pattern: in-app 'Enjoying X? Rate us' star prompt", rng.choice(("br", "center", "bottom")), size=((280, 400), (140, 220)))


def was_helpful(rng, lang):
    style = rng.randrange(4)
    q = _t("helpful", lang)
    if style == 0:
        html = (f'<div class="article-votes"><span class="article-votes-question" id="article-votes-label">{esc(q)}</span>'
                f'<div class="article-votes-controls" role="radiogroup"><button type="button" class="button article-vote article-vote-up" '
                f'data-auth-action="signin" aria-label="This article was helpful" aria-pressed="false" role="radio">{esc(_t("yes", lang))}</button>'
                f'<button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="This article was not helpful" '
                f'aria-pressed="false" role="radio">{esc(_t("no", lang))}</button></div><small class="article-votes-count">'
                f'<span class="article-vote-label">{rng.randint(3, 400)} out of {rng.randint(400, 900)} found this helpful</span></small></div>')
        src = "Zendesk Guide Copenhagen theme .article-votes with article-vote-up/down"
    elif style == 1:
        html = (f'<div class="{_cls(rng, "feedback-widget")}"><p>{esc(q)}</p><button type="button" aria-label="{esc(_t("yes", lang))}" data-feedback="yes">👍</button>'
                f'<button type="button" aria-label="{esc(_t("no", lang))}" data-feedback="no">👎</button><p hidden role="status">{esc(_t("thanks_fb", lang))}</p></div>')
        src = "generic pattern: docs page thumbs up/down feedback"
    elif style == 2:
        html = (f'<div class="{_cssmod(rng, "PageFeedback", "root")}"><span>{esc(q)}</span><div role="group">'
                + "".join(f'<button type="button" aria-label="{lab}" class="{_cssmod(rng, "PageFeedback", "emoji")}">{e}</button>' for e, lab in (("😞", "Not helpful"), ("😐", "Somewhat"), ("😀", "Very helpful"))) + '</div></div>')
        src = "generic pattern: GitBook/Mintlify-style emoji page feedback"
    else:
        html = (f'<section class="{_cls(rng, "was-this-helpful")}" aria-labelledby="wth"><h2 id="wth">{esc(q)}</h2><form action="/feedback" method="post">'
                f'<label><input type="radio" name="helpful" value="yes"> {esc(_t("yes", lang))}</label><label><input type="radio" name="helpful" value="no"> {esc(_t("no", lang))}</label>'
                f'<textarea name="comment" rows="2" aria-label="{esc(_t("feedback", lang))}"></textarea><button type="submit">{esc(_t("send", lang))}</button></form></section>')
        src = "generic pattern: government site 'Was this page helpful?' form"
    return _d(html, "page_feedback", src, size=((300, 800), (40, 200)))


def nps_survey(rng, lang):
    q = _pick({"en": "How likely are you to recommend us to a friend or colleague?", "de": "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?",
               "fr": "Quelle est la probabilité que vous nous recommandiez à un ami ?", "es": "¿Qué probabilidad hay de que nos recomiendes a un amigo?",
               "ja": "友人や同僚に当社をすすめる可能性はどのくらいですか？", "pt": "Qual a probabilidade de você nos recomendar a um amigo?",
               "it": "Quanto è probabile che ci consiglieresti a un amico?", "nl": "Hoe waarschijnlijk is het dat je ons aanbeveelt?",
               "pl": "Jak bardzo prawdopodobne jest, że polecisz nas znajomemu?", "ko": "친구나 동료에게 추천할 가능성은 얼마나 되나요?",
               "zh": "您向朋友或同事推荐我们的可能性有多大？", "sv": "Hur troligt är det att du skulle rekommendera oss?"}, lang)
    scale = "".join(f'<button type="button" class="{_cls(rng, "nps-score")}" aria-label="{k}">{k}</button>' for k in range(11))
    html = (f'<div{_attrs(rng, [("id", "delighted-web" if rng.random() < 0.4 else None), ("class", _cls(rng, "nps-survey")), ("role", "dialog"), ("aria-label", "Survey")])}>'
            f'<button type="button" aria-label="{esc(_t("close", lang))}">×</button><p>{esc(q)}</p><div class="{_cls(rng, "nps-scale")}">{scale}</div>'
            f'<div class="{_cls(rng, "nps-legend")}"><span>0</span><span>10</span></div></div>')
    return _d(html, "survey", "generic pattern: NPS 0-10 survey slide-up (Delighted/Hotjar-like)", "bottom", size=((360, 700), (140, 200)))


def trustpilot(rng, lang):
    tid = rng.choice(("5419b6a8b0d04a076446a9ad", "53aa8807dec7e10d38f59f36", "56278e9abfbbba0bdcd568bc"))
    loc = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "nl": "nl-NL", "pl": "pl-PL", "sv": "sv-SE",
           "pt": "pt-BR", "ja": "ja-JP", "ko": "en-US", "zh": "en-US"}[lang]
    html = (f'<div class="trustpilot-widget" data-locale="{loc}" data-template-id="{tid}" data-businessunit-id="{_hid(rng, 24)}" '
            f'data-style-height="24px" data-style-width="100%" data-theme="light" style="position: relative;">'
            f'<iframe title="Customer reviews powered by Trustpilot" loading="auto" src="https://widget.trustpilot.com/trustboxes/{tid}/index.html?templateId={tid}" '
            f'style="position: relative; height: 24px; width: 100%; border-style: none; display: block; overflow: hidden;"></iframe></div>')
    return _d(html, "reviews_widget", "Trustpilot TrustBox div.trustpilot-widget[data-template-id] with widget.trustpilot.com iframe",
              size=((200, 600), (24, 140)), frame=f"https://widget.trustpilot.com/trustboxes/{tid}/index.html")


DESIGNS = (
    ("shepherd", shepherd, 7, LANGS),
    ("introjs", introjs, 6, LANGS),
    ("driverjs", driverjs, 6, LANGS),
    ("pendo_tooltip", pendo_tooltip, 6, LANGS),
    ("appcues_hotspot", appcues_hotspot, 5, LANGS),
    ("new_badge_popover", new_badge_popover, 7, LANGS),
    ("changelog_widget", changelog_widget, 5, LANGS),
    ("upsell_banner", upsell_banner, 10, LANGS),
    ("paywall", paywall, 8, LANGS),
    ("login_wall", login_wall, 6, LANGS),
    ("age_gate", age_gate, 6, LANGS),
    ("exit_intent", exit_intent, 6, LANGS),
    ("spin_wheel", spin_wheel, 5, LANGS),
    ("countdown", countdown, 6, LANGS),
    ("sticky_buy_bar", sticky_buy_bar, 7, LANGS),
    ("pwa_install", pwa_install, 6, LANGS),
    ("open_in_app", open_in_app, 5, LANGS),
    ("permission_prompt", permission_prompt, 6, LANGS),
    ("rating_prompt", rating_prompt, 6, LANGS),
    ("was_helpful", was_helpful, 8, LANGS),
    ("nps_survey", nps_survey, 5, LANGS),
    ("trustpilot", trustpilot, 5, LANGS),
)


def examples():
    return _run("neg_longtail_promos", DESIGNS)
