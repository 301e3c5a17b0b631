"""Ordinary page furniture (label 0): cookie/consent banners, CMP dialogs and
the small persistent "cookie settings" buttons CMPs leave in a corner."""
from corpus.common import esc, hashed_class
from corpus.sources.neg_page_ui import (LANGS, _attrs, _box, _cls, _corner, _emit, _hid, _svg, _t)

# CMP strings not in the shared table: key -> 12 languages (LANGS order).
_CMP = {
    "uses_cookies": ("This website uses cookies", "Diese Webseite verwendet Cookies", "Ce site utilise des cookies",
                     "Este sitio web utiliza cookies", "このウェブサイトはCookieを使用しています", "Este site usa cookies",
                     "Questo sito web utilizza i cookie", "Deze website gebruikt cookies", "Ta strona korzysta z plików cookie",
                     "이 웹사이트는 쿠키를 사용합니다", "本网站使用 Cookie", "Den här webbplatsen använder cookies"),
    "customize": ("Customize", "Anpassen", "Personnaliser", "Personalizar", "カスタマイズ", "Personalizar", "Personalizza",
                  "Aanpassen", "Dostosuj", "사용자 지정", "自定义", "Anpassa"),
    "deny": ("Deny", "Ablehnen", "Refuser", "Denegar", "拒否", "Negar", "Rifiuta", "Weigeren", "Odmów", "거부", "拒绝", "Neka"),
    "allow_all": ("Allow all", "Alle zulassen", "Autoriser tous les cookies", "Permitir todas", "すべて許可", "Permitir todos",
                  "Consenti tutti", "Alles toestaan", "Zezwól na wszystkie", "모두 허용", "全部允许", "Tillåt alla"),
    "accept": ("Accept", "Akzeptieren", "Accepter", "Aceptar", "同意する", "Aceitar", "Accetta", "Accepteren", "Akceptuję",
               "수락", "接受", "Acceptera"),
    "decline": ("Decline", "Ablehnen", "Refuser", "Rechazar", "拒否する", "Recusar", "Rifiuta", "Weigeren", "Odrzuć",
                "거절", "拒绝", "Avböj"),
    "consent": ("Consent", "Einwilligen", "Autoriser", "Consentir", "同意する", "Consentir", "Acconsento", "Toestemming geven",
                "Zgadzam się", "동의", "同意", "Samtycker"),
    "no_consent": ("Do not consent", "Nicht einwilligen", "Ne pas autoriser", "No consentir", "同意しない", "Não consentir",
                   "Non acconsento", "Geen toestemming geven", "Nie zgadzam się", "동의 안함", "不同意", "Samtycker inte"),
    "manage_options": ("Manage options", "Optionen verwalten", "Gérer les options", "Gestionar opciones", "オプションを管理",
                       "Gerenciar opções", "Gestisci opzioni", "Opties beheren", "Zarządzaj opcjami", "옵션 관리", "管理选项",
                       "Hantera alternativ"),
    "manage_prefs": ("Manage preferences", "Einstellungen verwalten", "Gérer les préférences", "Gestionar preferencias",
                     "設定を管理", "Gerenciar preferências", "Gestisci preferenze", "Voorkeuren beheren", "Zarządzaj preferencjami",
                     "환경설정 관리", "管理偏好设置", "Hantera inställningar"),
    "fc_headline": ("{} asks for your consent to use your personal data to:",
                    "{} bittet um Ihre Einwilligung, Ihre personenbezogenen Daten für folgende Zwecke zu nutzen:",
                    "{} demande votre consentement pour utiliser vos données personnelles dans les buts suivants :",
                    "{} solicita tu consentimiento para usar tus datos personales con estos fines:",
                    "{} は、お客様の個人データを以下の目的で使用するために同意を求めています。",
                    "{} pede seu consentimento para usar seus dados pessoais para:",
                    "{} chiede il tuo consenso per utilizzare i tuoi dati personali per:",
                    "{} vraagt om je toestemming om je persoonsgegevens te gebruiken voor:",
                    "{} prosi o zgodę na wykorzystanie Twoich danych osobowych w tych celach:",
                    "{}에서 개인 데이터를 다음 목적으로 사용하기 위해 동의를 요청합니다.",
                    "{} 请求您同意将您的个人数据用于以下用途：",
                    "{} begär ditt samtycke att använda dina personuppgifter för att:"),
    "fc_purpose": ("Personalised advertising and content, advertising and content measurement, audience research and services development",
                   "Personalisierte Werbung und Inhalte, Messung von Werbeleistung und der Performance von Inhalten, Zielgruppenforschung sowie Entwicklung und Verbesserung von Angeboten",
                   "Publicités et contenu personnalisés, mesure de performance des publicités et du contenu, études d'audience et développement de services",
                   "Publicidad y contenido personalizados, medición de publicidad y contenido, investigación de audiencia y desarrollo de servicios",
                   "パーソナライズされた広告とコンテンツ、広告とコンテンツの測定、オーディエンス調査とサービスの開発",
                   "Publicidade e conteúdo personalizados, medição de publicidade e conteúdo, pesquisa de público e desenvolvimento de serviços",
                   "Annunci e contenuti personalizzati, valutazione degli annunci e del contenuto, osservazioni del pubblico e sviluppo di prodotti",
                   "Gepersonaliseerde advertenties en content, advertentie- en contentmeting, doelgroeponderzoek en ontwikkeling van diensten",
                   "Spersonalizowane reklamy i treści, pomiar reklam i treści, badanie odbiorców i rozwój usług",
                   "개인 맞춤 광고 및 콘텐츠, 광고 및 콘텐츠 측정, 잠재고객 조사 및 서비스 개발",
                   "个性化广告和内容、广告和内容衡量、受众调研以及服务开发",
                   "Anpassade annonser och anpassat innehåll, annons- och innehållsmätning, målgruppsinsikter och tjänsteutveckling"),
    "privacy_pref": ("Privacy Preference", "Datenschutzeinstellungen", "Préférences de confidentialité", "Preferencias de privacidad",
                     "プライバシー設定", "Preferências de privacidade", "Preferenze sulla privacy", "Privacyvoorkeuren",
                     "Ustawienia prywatności", "개인정보 설정", "隐私偏好", "Integritetsinställningar"),
    "essential_only": ("Accept only essential cookies", "Nur essenzielle Cookies akzeptieren", "N'accepter que les cookies essentiels",
                       "Aceptar solo las cookies esenciales", "必須Cookieのみ受け入れる", "Aceitar apenas cookies essenciais",
                       "Accetta solo i cookie essenziali", "Alleen essentiële cookies accepteren", "Akceptuj tylko niezbędne pliki cookie",
                       "필수 쿠키만 허용", "仅接受必要 Cookie", "Acceptera endast nödvändiga cookies"),
    "manage_consent": ("Manage consent", "Zustimmung verwalten", "Gérer le consentement", "Gestionar consentimiento",
                       "同意を管理", "Gerenciar consentimento", "Gestisci consenso", "Toestemming beheren", "Zarządzaj zgodą",
                       "동의 관리", "管理同意", "Hantera samtycke"),
    "notice": ("Notice", "Hinweis", "Avis", "Aviso", "お知らせ", "Aviso", "Informativa", "Kennisgeving", "Informacja", "안내",
               "通知", "Meddelande"),
    "got_it": ("Got it!", "Verstanden!", "J'ai compris !", "¡Entendido!", "了解", "Entendi!", "Ho capito!", "Begrepen!",
               "Rozumiem!", "확인", "知道了！", "Jag förstår!"),
    "consent_prefs": ("Consent Preferences", "Einwilligungseinstellungen", "Préférences de consentement", "Preferencias de consentimiento",
                      "同意設定", "Preferências de consentimento", "Preferenze di consenso", "Toestemmingsvoorkeuren",
                      "Preferencje zgody", "동의 환경설정", "同意偏好设置", "Samtyckesinställningar"),
}


def _c(key, lang, *args):
    s = _CMP[key][LANGS.index(lang)]
    return s.format(*args) if args else s


def _bar_ctx(rng, h=(90, 220)):
    return _box(rng, "bottom", 100, h, z=rng.choice((2147483645, 2147483647, 999999, 10000)))


def _center_ctx(rng, w=(480, 760), h=(300, 560)):
    return _box(rng, "center", w, h, z=rng.choice((2147483647, 2147483646, 10000001, 99999)))


def _onetrust(rng, lang):
    layout = rng.choice(("otFlat", "otFloatingRoundedCorner", "otCenterRounded", "otFlat"))
    title = f'<h2 id="onetrust-policy-title">{esc(_t("privacy_title", lang))}</h2>' if rng.random() < 0.6 else ""
    reject = f'<button id="onetrust-reject-all-handler">{esc(_t("reject_all", lang))}</button>' if rng.random() < 0.7 else ""
    close = ('<div id="onetrust-close-btn-container"><button class="onetrust-close-btn-handler onetrust-close-btn-ui banner-close-button ot-close-icon" '
             f'aria-label="{esc(_t("close", lang))}"></button></div>') if rng.random() < 0.4 else ""
    inner = (f'<div role="dialog" aria-modal="true" aria-label="{esc(_t("privacy_title", lang))}"><div class="ot-sdk-container"><div class="ot-sdk-row">'
             f'<div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div class="banner_logo"></div><div id="onetrust-policy">{title}'
             f'<div id="onetrust-policy-text">{esc(_t("cookie_text", lang))} <a class="ot-cookie-policy-link" href="/cookie-policy" '
             f'aria-label="{esc(_t("cookie_policy", lang))}" rel="noopener" target="_blank">{esc(_t("cookie_policy", lang))}</a></div></div></div>'
             f'<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns{" has-reject-all-button" if reject else ""}"><div id="onetrust-button-group">'
             f'<button id="onetrust-pc-btn-handler" aria-label="{esc(_t("cookie_settings", lang))}">{esc(_t("cookie_settings", lang))}</button>{reject}'
             f'<button id="onetrust-accept-btn-handler">{esc(_t("accept_all", lang))}</button></div></div>{close}</div></div></div>')
    html = (f'<div id="onetrust-banner-sdk" class="{layout} {rng.choice(("bottom", "bottom ot-wo-title", "ot-bnr-w-logo"))} vertical-align-content" '
            f'tabindex="0" role="region" aria-label="Cookie banner">{inner}</div>')
    if rng.random() < 0.3:
        html = f'<div id="onetrust-consent-sdk" data-nosnippet="true">{html}</div>'
    if layout == "otFlat":
        ctx = _bar_ctx(rng)
    elif layout == "otFloatingRoundedCorner":
        ctx = _box(rng, "bottom_box", (360, 440), (280, 420), z=2147483645)
    else:
        ctx = _center_ctx(rng)
    return html, "cookie_banner", f"OneTrust banner #onetrust-banner-sdk.{layout} with #onetrust-accept-btn-handler / #onetrust-pc-btn-handler", ctx


def _onetrust_floating(rng, lang):
    s = _t("cookie_settings", lang)
    html = (f'<div id="ot-sdk-btn-floating" class="ot-floating-button" title="{esc(s)}"><div class="ot-floating-button__front custom-persistent-icon">'
            f'<button type="button" class="ot-floating-button__open" aria-label="{esc(s)}">{_svg(rng, "M14.6 0l.4.3c1.8 1.3 4 2.5 6.5 3.7 2 .9 4.6 1.7 7.7 2.4 0 14.2-4.7 24.1-14.2 29.9C4.9 30.9 0 20.8 0 6.5c3.1-.7 5.7-1.5 7.7-2.4C10.4 2.8 12.7 1.5 14.6 0z", 24)}</button></div>'
            f'<div class="ot-floating-button__back custom-persistent-icon"><button type="button" class="ot-floating-button__close" '
            f'aria-label="{esc(_t("close", lang))}" aria-hidden="true" tabindex="-1">{_svg(rng, "M6 6l12 12M18 6L6 18", 12)}</button></div></div>')
    return html, "cookie_settings_button", "OneTrust persistent cookie icon #ot-sdk-btn-floating > button.ot-floating-button__open", _corner(rng, rng.choice(("bl", "bl", "br")), (44, 56))


def _onetrust_pc(rng, lang):
    cats = [("C0001", _t("necessary", lang), True), ("C0002", _t("statistics", lang), False),
            ("C0003", _t("preferences", lang), False), ("C0004", _t("marketing", lang), False)]
    groups = "".join(
        f'<div class="ot-accordion-layout ot-cat-item" data-optanongroupid="{cid}"><button aria-expanded="false" ot-accordion="true" '
        f'aria-controls="ot-desc-id-{cid}" aria-labelledby="ot-header-id-{cid}"></button><div class="ot-acc-hdr">'
        f'<h4 class="ot-cat-header" id="ot-header-id-{cid}">{esc(n)}</h4>'
        + ('<div class="ot-always-active">Always Active</div>' if always else
           f'<div class="ot-tgl"><input type="checkbox" name="ot-group-id-{cid}" id="ot-group-id-{cid}" aria-checked="false" class="category-switch-handler" '
           f'data-optanongroupid="{cid}" aria-labelledby="ot-header-id-{cid}"><label class="ot-switch" for="ot-group-id-{cid}"><span class="ot-switch-nob"></span></label></div>')
        + '</div></div>' for cid, n, always in cats)
    html = (f'<div id="onetrust-pc-sdk" class="otPcCenter ot-fade-in" role="dialog" aria-modal="true" aria-labelledby="ot-pc-title">'
            f'<div class="ot-pc-header"><div class="ot-pc-logo" role="img" aria-label="Company Logo"></div></div><div id="ot-pc-content" class="ot-pc-scrollbar">'
            f'<div class="ot-optout-signal ot-hide"></div><h2 id="ot-pc-title">{esc(_t("privacy_title", lang))}</h2><div id="ot-pc-desc">{esc(_t("cookie_text", lang))}</div>'
            f'<button id="accept-recommended-btn-handler">{esc(_c("allow_all", lang))}</button><section class="ot-sdk-row ot-cat-grp">{groups}</section></div>'
            f'<div class="ot-pc-footer"><div class="ot-btn-container"><button class="ot-pc-refuse-all-handler">{esc(_t("reject_all", lang))}</button>'
            f'<button class="save-preference-btn-handler onetrust-close-btn-handler">{esc(_t("save", lang))}</button></div></div></div>')
    return html, "cookie_preferences", "OneTrust preference center #onetrust-pc-sdk with category switches and save-preference-btn-handler", _center_ctx(rng, (560, 720), (480, 640))


def _cookiebot(rng, lang):
    tmpl = rng.choice(("popup", "slideup", "banner"))
    html = (f'<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle" '
            f'tabindex="-1" lang="{lang}" data-template="{tmpl}" class="CybotCookiebotDialogActive CybotEdge" style="display:flex">'
            f'<div class="CybotCookiebotDialogContentWrapper"><div id="CybotCookiebotDialogHeader"><div id="CybotCookiebotDialogPoweredbyCybot">'
            f'<a href="https://www.cookiebot.com/{lang}/what-is-behind-powered-by-cookiebot/" rel="noopener nofollow" target="_blank" aria-label="Cookiebot - opens in a new window">'
            f'</a></div></div><div class="CybotCookiebotScrollContainer"><div id="CybotCookiebotDialogTabContent"><div id="CybotCookiebotDialogBody">'
            f'<h2 id="CybotCookiebotDialogBodyContentTitle" lang="{lang}">{esc(_c("uses_cookies", lang))}</h2>'
            f'<div id="CybotCookiebotDialogBodyContentText" lang="{lang}">{esc(_t("cookie_text", lang))}</div></div></div></div>'
            f'<div id="CybotCookiebotDialogFooter"><div id="CybotCookiebotDialogBodyButtonsWrapper">'
            f'<button id="CybotCookiebotDialogBodyButtonDecline" class="CybotCookiebotDialogBodyButton">{esc(_c("deny", lang))}</button>'
            f'<button id="CybotCookiebotDialogBodyLevelButtonCustomize" class="CybotCookiebotDialogBodyButton">{esc(_c("customize", lang))}</button>'
            f'<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" class="CybotCookiebotDialogBodyButton">{esc(_c("allow_all", lang))}</button>'
            f'</div></div></div></div>')
    ctx = _center_ctx(rng) if tmpl == "popup" else _bar_ctx(rng, (160, 260))
    return html, "cookie_banner", f"Cookiebot CybotEdge dialog #CybotCookiebotDialog (data-template={tmpl})", ctx


def _cookiebot_widget(rng, lang):
    html = (f'<div dir="ltr" id="CookiebotWidget" lang="{lang}" class="CookiebotWidget-inactive CookiebotWidget-logo-only">'
            f'<button class="CookiebotWidget-logo" aria-label="{esc(rng.choice(("Open CMP widget", _t("cookie_settings", lang))))}" lang="{lang}">'
            f'{_svg(rng, "M12 0a12 12 0 1 0 0 24 12 12 0 0 0 0-24zm3.1 14c-1.1 0-1.9-.8-1.9-2s.8-2 1.9-2 2 .8 2 2-.8 2-2 2z", 24)}</button></div>')
    return html, "cookie_settings_button", "Cookiebot privacy trigger #CookiebotWidget > button.CookiebotWidget-logo[aria-label='Open CMP widget']", _corner(rng, "bl", (44, 56))


def _didomi(rng, lang):
    cont = (f'<span class="didomi-continue-without-agreeing" tabindex="0" role="button">{esc(_t("continue_without", lang))} →</span>'
            if rng.random() < 0.4 else "")
    disagree = (f'<button id="didomi-notice-disagree-button" class="didomi-components-button didomi-button didomi-disagree-button didomi-button-standard standard-button">'
                f'<span>{esc(_t("reject_all", lang))}</span></button>') if rng.random() < 0.5 else ""
    pos = rng.choice(("bottom", "popup"))
    notice_cls = ("didomi-regular-notice didomi-notice-banner shape-rounded didomi-border bottom" if pos == "bottom"
                  else "didomi-regular-notice didomi-notice-popup")
    html = (f'<div id="didomi-host" data-nosnippet="true" aria-hidden="false"><div tabindex="-1" dir="ltr">'
            f'<div class="didomi-popup-container didomi-popup-notice"><div id="didomi-notice" class="{notice_cls}" role="region" aria-label="Cookies banner">'
            f'{cont}<div class="didomi-notice-text-wrapper"><div id="didomi-notice-text" class="didomi-notice-text">{esc(_t("cookie_text", lang))}</div></div>'
            f'<div id="buttons" class="didomi-buttons didomi-buttons-horizontal">'
            f'<button id="didomi-notice-learn-more-button" class="didomi-components-button didomi-button didomi-dismiss-button didomi-components-button--color didomi-button-highlight highlight-button" '
            f'aria-label="{esc(_t("learn_more", lang))}"><span>{esc(_t("learn_more", lang))} →</span></button>{disagree}'
            f'<button id="didomi-notice-agree-button" class="didomi-components-button didomi-button didomi-dismiss-button didomi-components-button--color didomi-button-highlight highlight-button" '
            f'aria-label="{esc(_t("agree_close", lang))}"><span>{esc(_t("agree_close", lang))}</span></button></div></div></div></div></div>')
    return html, "cookie_banner", "Didomi notice #didomi-host > #didomi-notice with #didomi-notice-agree-button", _bar_ctx(rng) if pos == "bottom" else _center_ctx(rng)


def _quantcast(rng, lang):
    btn = hashed_class(rng)
    html = (f'<div id="qc-cmp2-container" data-nosnippet=""><div class="qc-cmp2-main"><div class="qc-cmp-cleanslate {hashed_class(rng)}">'
            f'<div id="qc-cmp2-ui" role="dialog" aria-label="qc-cmp2-ui" aria-modal="true" tabindex="0" class=" {hashed_class(rng)}">'
            f'<div class="qc-cmp2-summary-section"><div class="qc-cmp2-consent-info"><h2 class=" {hashed_class(rng)}">{esc(_t("privacy_title", lang))}</h2>'
            f'<div class="qc-cmp2-summary-info {hashed_class(rng)}"><div><p>{esc(_t("cookie_text", lang))}</p></div></div></div></div>'
            f'<div class="qc-cmp2-footer qc-cmp2-footer-overlay qc-cmp2-footer-scrolled"><div class="qc-cmp2-summary-buttons">'
            f'<button mode="secondary" size="large" class=" {btn}"><span>{esc(_t("more_options", lang).upper())}</span></button>'
            f'<button mode="primary" size="large" class=" {btn}"><span>{esc(_t("agree", lang).upper())}</span></button></div></div></div></div></div></div>')
    return html, "cookie_banner", "Quantcast Choice #qc-cmp2-container > #qc-cmp2-ui with .qc-cmp2-summary-buttons button[mode]", _center_ctx(rng)


def _usercentrics(rng, lang):
    style = rng.randrange(3)
    if style == 0:
        html = '<aside id="usercentrics-root" data-nosnippet="true"></aside>'
        if rng.random() < 0.5:
            html = '<aside id="usercentrics-root" data-nosnippet="true" style="display:block"></aside>'
        src = "Usercentrics v2 shadow host <aside id='usercentrics-root' data-nosnippet>"
        return html, "cookie_banner", src, _bar_ctx(rng, (200, 320)) if rng.random() < 0.5 else dict(_center_ctx(rng), shadowHost=True)
    if style == 1:
        html = '<div id="usercentrics-cmp-ui" data-nosnippet="true" data-created-at="' + str(rng.randint(1700000000000, 1790000000000)) + '"></div>'
        return html, "cookie_banner", "Usercentrics v3 host <div id='usercentrics-cmp-ui'>", dict(_bar_ctx(rng, (200, 320)), shadowHost=True)
    c = hashed_class(rng)
    html = (f'<div data-testid="uc-default-banner" id="uc-center-container" class="{hashed_class(rng)}" role="dialog" aria-modal="true" '
            f'aria-labelledby="uc-privacy-title"><div data-testid="uc-message-container" class="{hashed_class(rng)}">'
            f'<h2 id="uc-privacy-title">{esc(_t("privacy_title", lang))}</h2><div id="uc-privacy-description">{esc(_t("cookie_text", lang))}</div></div>'
            f'<div data-testid="uc-buttons-container" class="{hashed_class(rng)}">'
            f'<button role="button" data-testid="uc-more-button" class="{c}">{esc(_c("customize", lang))}</button>'
            f'<button role="button" data-testid="uc-deny-all-button" class="{c}">{esc(_c("deny", lang))}</button>'
            f'<button role="button" data-testid="uc-accept-all-button" class="{c}">{esc(_t("accept_all", lang))}</button></div></div>')
    return html, "cookie_banner", "Usercentrics banner inside shadow root: data-testid uc-default-banner / uc-accept-all-button", dict(_bar_ctx(rng, (180, 300)), shadowHost=True)


def _trustarc(rng, lang):
    html = (f'<div id="truste-consent-track" class="truste-consent-track-class"><div id="truste-consent-content" class="truste-consent-content-class">'
            f'<div id="truste-consent-text" class="truste-consent-text-class">{esc(_t("cookie_text", lang))} '
            f'<a id="truste-cookie-link" href="/privacy" target="_blank">{esc(_t("cookie_policy", lang))}</a></div>'
            f'<div id="truste-consent-buttons" class="truste-consent-buttons-class">'
            f'<button id="truste-consent-required" class="truste-button2" type="button">{esc(_t("necessary_only", lang))}</button>'
            f'<button id="truste-show-consent" class="truste-button3" type="button">{esc(_t("cookie_settings", lang))}</button>'
            f'<button id="truste-consent-button" class="truste-button1" type="button">{esc(_t("accept_all", lang))}</button></div></div></div>')
    if rng.random() < 0.3:
        html = f'<div id="consent_blackbar">{html}</div>'
    return html, "cookie_banner", "TrustArc banner #truste-consent-track with #truste-consent-button / #truste-show-consent", _bar_ctx(rng)


def _funding_choices(rng, lang, host="this site"):
    hid = _hid(rng, 4)
    html = (f'<div class="fc-consent-root"><div class="fc-dialog-container"><div class="fc-dialog fc-choice-dialog" role="dialog" aria-modal="true" '
            f'aria-labelledby="fc-h-{hid}"><div class="fc-dialog-content"><div class="fc-dialog-headline"><h1 class="fc-dialog-headline-text" id="fc-h-{hid}">'
            f'{esc(_c("fc_headline", lang, rng.choice(("www.cityherald.com", "www.recetasdecasa.es", "www.stadtanzeiger.de", "www.nihon-shinbun.jp"))))}</h1></div>'
            f'<div class="fc-stacks fc-dialog-restricted-content"><div class="fc-stack"><p class="fc-stack-name">{esc(_c("fc_purpose", lang))}</p></div></div></div>'
            f'<div class="fc-footer-buttons-container"><div class="fc-footer-buttons">'
            f'<button class="fc-button fc-cta-do-not-consent fc-secondary-button" role="button" aria-label="{esc(_c("no_consent", lang))}"><p class="fc-button-label">{esc(_c("no_consent", lang))}</p></button>'
            f'<button class="fc-button fc-cta-consent fc-primary-button" role="button" aria-label="{esc(_c("consent", lang))}"><p class="fc-button-label">{esc(_c("consent", lang))}</p></button>'
            f'<button class="fc-button fc-cta-manage-options fc-secondary-button" role="button" aria-label="{esc(_c("manage_options", lang))}"><p class="fc-button-label">{esc(_c("manage_options", lang))}</p></button>'
            f'</div></div></div></div></div>')
    return html, "cookie_banner", "Google Funding Choices CMP: .fc-consent-root .fc-dialog with .fc-cta-consent / .fc-cta-manage-options", _center_ctx(rng)


def _sourcepoint(rng, lang):
    mid = rng.randint(800000, 1300000)
    base = rng.choice(("https://cdn.privacy-mgmt.com/index.html", "https://sourcepoint.cityherald.com/index.html",
                       "https://cmp.stadtanzeiger.de/index.html", "https://cdn.privacy-mgmt.com/index.html"))
    src = f"{base}?message_id={mid}&consentLanguage={lang}&preload_message=true&version=v1"
    html = (f'<div id="sp_message_container_{mid}" class="sp-message-container"><div class="message-overlay"></div>'
            f'<iframe src="{esc(src)}" id="sp_message_iframe_{mid}" title="SP Consent Message" '
            f'style="width:100%;height:100%;border:0"></iframe></div>')
    ctx = _center_ctx(rng) if rng.random() < 0.6 else _bar_ctx(rng, (240, 360))
    ctx = dict(ctx, frameSrc=src.split("?")[0])
    return html, "cookie_banner", "Sourcepoint message container #sp_message_container_N > iframe#sp_message_iframe_N[title='SP Consent Message']", ctx


def _cookieyes(rng, lang):
    if rng.random() < 0.45:
        tip = _c("consent_prefs", lang)
        pos = rng.choice(("bottom-left", "bottom-right"))
        html = (f'<div class="cky-btn-revisit-wrapper cky-revisit-{pos}" data-cky-tag="revisit-consent" data-tooltip="{esc(tip)}" style="background-color:#0056a7">'
                f'<button class="cky-btn-revisit" aria-label="{esc(tip)}"><img src="https://cdn-cookieyes.com/assets/images/revisit.svg" alt="Revisit consent button"></button></div>')
        return html, "cookie_settings_button", "CookieYes revisit-consent button .cky-btn-revisit-wrapper", _corner(rng, "bl" if pos == "bottom-left" else "br", (40, 48))
    layout = rng.choice(("cky-box-bottom-left", "cky-box-bottom-right", "cky-banner-bottom", "cky-classic-bottom"))
    html = (f'<div class="cky-consent-container {layout}" tabindex="0" aria-label="{esc(_t("privacy_title", lang))}" role="region">'
            f'<div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice"><p class="cky-title" role="heading" aria-level="1" data-cky-tag="notice-title">'
            f'{esc(_t("privacy_title", lang))}</p><div class="cky-notice-group"><div class="cky-notice-des" data-cky-tag="notice-description"><p>{esc(_t("cookie_text", lang))}</p></div>'
            f'<div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons">'
            f'<button class="cky-btn cky-btn-customize" aria-label="{esc(_c("customize", lang))}" data-cky-tag="settings-button">{esc(_c("customize", lang))}</button>'
            f'<button class="cky-btn cky-btn-reject" aria-label="{esc(_t("reject_all", lang))}" data-cky-tag="reject-button">{esc(_t("reject_all", lang))}</button>'
            f'<button class="cky-btn cky-btn-accept" aria-label="{esc(_t("accept_all", lang))}" data-cky-tag="accept-button">{esc(_t("accept_all", lang))}</button>'
            f'</div></div></div></div></div>')
    ctx = _box(rng, "bottom_box", (360, 440), (260, 360)) if "box" in layout else _bar_ctx(rng)
    return html, "cookie_banner", f"CookieYes .cky-consent-container.{layout} with data-cky-tag buttons", ctx


def _complianz(rng, lang):
    if rng.random() < 0.35:
        html = (f'<div id="cmplz-manage-consent" data-nosnippet="true"><button class="cmplz-btn cmplz-hidden cmplz-manage-consent manage-consent-1 cmplz-show">'
                f'{esc(_c("manage_consent", lang))}</button></div>')
        return html, "cookie_settings_button", "Complianz 'Manage consent' tab #cmplz-manage-consent", _box(rng, "br", (140, 180), (36, 44))
    html = (f'<div class="cmplz-cookiebanner cmplz-show banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" '
            f'aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">'
            f'<div class="cmplz-header"><div class="cmplz-logo"></div><div class="cmplz-title" id="cmplz-header-1-optin">{esc(_c("manage_consent", lang))}</div>'
            f'<div class="cmplz-close" tabindex="0" role="button" aria-label="{esc(_t("close", lang))}">{_svg(rng, "M6 6l12 12M18 6L6 18")}</div></div>'
            f'<div class="cmplz-divider cmplz-divider-header"></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">{esc(_t("cookie_short", lang))}</div></div>'
            f'<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">{esc(_c("accept", lang))}</button>'
            f'<button class="cmplz-btn cmplz-deny">{esc(_c("deny", lang))}</button>'
            f'<button class="cmplz-btn cmplz-view-preferences">{esc(_t("preferences", lang))}</button></div>'
            f'<div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="/cookie-policy">{esc(_t("cookie_policy", lang))}</a></li>'
            f'<li><a class="cmplz-link privacy-statement" href="/privacy">{esc(_t("privacy_policy", lang))}</a></li></ul></div></div>')
    return html, "cookie_banner", "Complianz WordPress banner .cmplz-cookiebanner with .cmplz-accept / .cmplz-deny", _box(rng, "br", (360, 420), (260, 340))


def _borlabs(rng, lang):
    html = (f'<div id="BorlabsCookieBox" class="BorlabsCookie" role="dialog" aria-labelledby="CookieBoxTextHeadline" aria-describedby="CookieBoxTextDescription" aria-modal="true">'
            f'<div class="bottom-center" style="display:block"><div class="_brlbs-bar-wrap"><div class="_brlbs-bar _brlbs-bar-advanced"><div class="cookie-box">'
            f'<div class="container"><div class="row align-items-center"><div class="col-12 col-sm-9"><div class="_brlbs-flex-left">'
            f'<span role="heading" aria-level="3" class="_brlbs-h3" id="CookieBoxTextHeadline">{esc(_c("privacy_pref", lang))}</span></div>'
            f'<p id="CookieBoxTextDescription">{esc(_t("cookie_text", lang))}</p></div><div class="col-12 col-sm-3">'
            f'<p class="_brlbs-accept"><a href="#" tabindex="0" role="button" class="_brlbs-btn _brlbs-btn-accept-all _brlbs-cursor" data-cookie-accept-all>{esc(_t("accept_all", lang))}</a></p>'
            f'<p class="_brlbs-refuse-btn"><a href="#" tabindex="0" role="button" class="_brlbs-btn _brlbs-cursor" data-cookie-refuse>{esc(_c("essential_only", lang))}</a></p>'
            f'<p class="_brlbs-manage-btn"><a href="#" tabindex="0" role="button" class="_brlbs-cursor _brlbs-btn" data-cookie-individual>{esc(_t("cookie_settings", lang))}</a></p>'
            f'</div></div></div></div></div></div></div></div>')
    return html, "cookie_banner", "Borlabs Cookie box #BorlabsCookieBox with data-cookie-accept-all / data-cookie-refuse", _bar_ctx(rng)


def _iubenda(rng, lang):
    html = (f'<div id="iubenda-cs-banner" class="iubenda-cs-default-floating iubenda-cs-bottom iubenda-cs-center iubenda-cs-slidein iubenda-cs-visible" '
            f'role="alertdialog" aria-labelledby="iubenda-cs-title" aria-describedby="iubenda-cs-paragraph"><div class="iubenda-cs-container"><div class="iubenda-cs-content">'
            f'<div class="iubenda-cs-rationale"><button type="button" class="iubenda-cs-close-btn" tabindex="0" role="button" aria-pressed="false" aria-label="{esc(_t("close", lang))}">×</button>'
            f'<div class="iubenda-banner-content" role="document"><div id="iubenda-cs-title">{esc(_c("notice", lang))}</div>'
            f'<div id="iubenda-cs-paragraph"><p class="iub-p">{esc(_t("cookie_text", lang))}</p></div></div>'
            f'<div class="iubenda-cs-opt-group"><div class="iubenda-cs-opt-group-custom"><button class="iubenda-cs-customize-btn" tabindex="0" role="button" aria-pressed="false">'
            f'{esc(_c("customize", lang))}</button></div><div class="iubenda-cs-opt-group-consent">'
            f'<button class="iubenda-cs-reject-btn iubenda-cs-btn-primary" tabindex="0" role="button" aria-pressed="false">{esc(_c("decline", lang))}</button>'
            f'<button class="iubenda-cs-accept-btn iubenda-cs-btn-primary" tabindex="0" role="button" aria-pressed="false">{esc(_c("accept", lang))}</button>'
            f'</div></div></div></div></div></div>')
    return html, "cookie_banner", "iubenda cookie solution #iubenda-cs-banner with .iubenda-cs-accept-btn", _bar_ctx(rng, (140, 240))


def _tarteaucitron(rng, lang):
    if rng.random() < 0.4:
        pos = rng.choice(("BottomRight", "BottomLeft"))
        html = (f'<div id="tarteaucitronIcon" class="tarteaucitronIcon{pos}" style="display:block"><button id="tarteaucitronManager" '
                f'aria-label="{esc(_t("cookie_settings", lang))}"><img src="/js/tarteaucitron/logo.png" alt="{esc(_t("cookie_settings", lang))}"></button></div>')
        return html, "cookie_settings_button", "tarteaucitron.js cookie manager icon #tarteaucitronIcon > #tarteaucitronManager", _corner(rng, "br" if pos == "BottomRight" else "bl", (48, 60))
    html = (f'<div id="tarteaucitronRoot" class="tarteaucitronBeforeVisible" data-nosnippet="true"><div id="tarteaucitronAlertBig" class="tarteaucitronAlertBigBottom" '
            f'role="alert" aria-live="polite"><span id="tarteaucitronDisclaimerAlert">{esc(_t("cookie_short", lang))}</span>'
            f'<button type="button" class="tarteaucitronCTAButton tarteaucitronAllow" id="tarteaucitronPersonalize2"><span class="tarteaucitronCheck" aria-hidden="true"></span> {esc(_t("accept_all", lang))}</button>'
            f'<button type="button" class="tarteaucitronCTAButton tarteaucitronDeny" id="tarteaucitronAllDenied2"><span class="tarteaucitronCross" aria-hidden="true"></span> {esc(_t("reject_all", lang))}</button>'
            f'<button type="button" id="tarteaucitronCloseAlert">{esc(_c("customize", lang))}</button></div></div>')
    return html, "cookie_banner", "tarteaucitron.js #tarteaucitronAlertBig banner", _bar_ctx(rng, (80, 140))


def _osano(rng, lang):
    if rng.random() < 0.4:
        side = rng.choice(("right", "left"))
        html = (f'<button class="osano-cm-window__widget osano-cm-widget osano-cm-widget--position_{side}" title="{esc(_t("cookie_settings", lang))}" '
                f'aria-label="{esc(_t("cookie_settings", lang))}">{_svg(rng, "M12 2a10 10 0 1 0 10 10 4 4 0 0 1-5-5 4 4 0 0 1-5-5z", 40)}</button>')
        return html, "cookie_settings_button", "Osano persistent widget button.osano-cm-widget", _corner(rng, "br" if side == "right" else "bl", (40, 48))
    html = (f'<div class="osano-cm-window" dir="ltr"><div role="dialog" aria-live="polite" aria-label="Cookie Consent Banner" aria-describedby="osano-cm-dialog-label" '
            f'class="osano-cm-dialog osano-cm-dialog--position_bottom osano-cm-dialog--type_bar osano-cm-dialog--theme_light"><div class="osano-cm-content">'
            f'<span id="osano-cm-dialog-label" class="osano-cm-message">{esc(_t("cookie_text", lang))}</span>'
            f'<a class="osano-cm-link osano-cm-storage-policy" href="/privacy" rel="noopener" target="_blank">{esc(_t("cookie_policy", lang))}</a></div>'
            f'<div class="osano-cm-dialog__buttons osano-cm-buttons"><button class="osano-cm-accept-all osano-cm-buttons__button osano-cm-button osano-cm-button--type_accept">{esc(_t("accept_all", lang))}</button>'
            f'<button class="osano-cm-denyAll osano-cm-buttons__button osano-cm-button osano-cm-button--type_denyAll">{esc(_t("reject_all", lang))}</button>'
            f'<button class="osano-cm-manage osano-cm-buttons__button osano-cm-button osano-cm-button--type_manage">{esc(_c("manage_prefs", lang))}</button></div>'
            f'<button class="osano-cm-dialog__close osano-cm-close" aria-label="{esc(_t("close", lang))}" role="button" tabindex="0">{_svg(rng, "M6 6l12 12M18 6L6 18")}</button></div></div>')
    return html, "cookie_banner", "Osano CMP .osano-cm-window > .osano-cm-dialog bar", _bar_ctx(rng)


def _klaro(rng, lang):
    html = (f'<div id="klaro"><div class="klaro"><div class="cookie-notice" role="dialog" aria-describedby="id-cookie-notice" aria-labelledby="id-cookie-title">'
            f'<div class="cn-body"><h2 id="id-cookie-title">{esc(_t("privacy_title", lang))}</h2><p id="id-cookie-notice">{esc(_t("cookie_text", lang))}</p>'
            f'<div class="cn-ok"><a class="cm-link cn-learn-more" href="#" tabindex="0">{esc(_c("customize", lang))}</a><div class="cn-buttons">'
            f'<button class="cm-btn cm-btn-danger cn-decline" type="button">{esc(_c("decline", lang))}</button>'
            f'<button class="cm-btn cm-btn-success" type="button">{esc(_c("accept", lang))}</button></div></div></div></div></div></div>')
    return html, "cookie_banner", "Klaro! consent manager #klaro .cookie-notice with .cn-decline", _box(rng, "bottom_box", (360, 420), (240, 320))


def _shopify(rng, lang):
    html = (f'<div id="shopify-pc__banner" class="shopify-pc__banner__dialog" role="dialog" aria-modal="false" aria-labelledby="shopify-pc__banner__body-title">'
            f'<div class="shopify-pc__banner__wrapper"><div class="shopify-pc__banner__body"><h2 class="shopify-pc__banner__body-title" id="shopify-pc__banner__body-title">'
            f'{esc(_t("cookie_policy", lang))}</h2><p class="shopify-pc__banner__body-text">{esc(_t("cookie_short", lang))} '
            f'<a href="/policies/privacy-policy" target="_blank">{esc(_t("privacy_policy", lang))}</a></p></div><div class="shopify-pc__banner__btns">'
            f'<button type="button" class="shopify-pc__banner__btn-manage-prefs" id="shopify-pc__banner__btn-manage-prefs">{esc(_c("manage_prefs", lang))}</button>'
            f'<button type="button" class="shopify-pc__banner__btn-decline" id="shopify-pc__banner__btn-decline">{esc(_c("decline", lang))}</button>'
            f'<button type="button" class="shopify-pc__banner__btn-accept" id="shopify-pc__banner__btn-accept">{esc(_c("accept", lang))}</button></div></div></div>')
    return html, "cookie_banner", "Shopify Customer Privacy banner #shopify-pc__banner", _box(rng, "bottom_box", (360, 480), (180, 260))


def _cookieconsent(rng, lang):
    pos = rng.choice(("cc-bottom", "cc-floating cc-bottom cc-left", "cc-floating cc-bottom cc-right", "cc-top"))
    banner = "cc-banner" if "floating" not in pos else "cc-floating"
    html = (f'<div role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" '
            f'class="cc-window {banner} cc-type-info cc-theme-{rng.choice(("block", "classic", "edgeless"))} {pos} cc-color-override-{rng.randint(-2000000000, 2000000000)}">'
            f'<span id="cookieconsent:desc" class="cc-message">{esc(_t("cookie_short", lang))} <a aria-label="learn more about cookies" role="button" tabindex="0" '
            f'class="cc-link" href="/cookies" rel="noopener noreferrer nofollow" target="_blank">{esc(_t("learn_more", lang))}</a></span>'
            f'<div class="cc-compliance"><a aria-label="dismiss cookie message" role="button" tabindex="0" class="cc-btn cc-dismiss">{esc(_c("got_it", lang))}</a></div></div>')
    if "floating" in pos:
        ctx = _box(rng, "bl" if "left" in pos else "br", (300, 360), (150, 220))
    else:
        ctx = _box(rng, "top" if pos == "cc-top" else "bottom", 100, (48, 90))
    return html, "cookie_banner", "Osano open-source cookieconsent .cc-window with .cc-dismiss", ctx


def _generic(rng, lang):
    style = rng.randrange(3)
    acc = _c("accept", lang)
    if style == 0:
        html = (f'<div{_attrs(rng, [("class", _cls(rng, "cookie-bar", "cookie-notice")), ("role", "region"), ("aria-label", _t("cookie_policy", lang))])}>'
                f'<p>{esc(_t("cookie_short", lang))} <a href="/privacy">{esc(_t("privacy_policy", lang))}</a></p>'
                f'<button type="button" class="{_cls(rng, "btn", "cookie-bar__accept")}">{esc(acc)}</button>'
                f'<button type="button" class="{_cls(rng, "btn", "btn--link")}">{esc(_t("necessary_only", lang))}</button></div>')
        ctx = _bar_ctx(rng, (60, 120))
    elif style == 1:
        html = (f'<div id="cookie-law-info-bar" data-nosnippet="true" style="position:fixed;bottom:0"><span>{esc(_t("cookie_short", lang))}'
                f'<a role="button" data-cli_action="accept" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button wt-cli-accept-btn">{esc(acc)}</a>'
                f'<a role="button" id="cookie_action_close_header_reject" class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header_reject cli_action_button wt-cli-reject-btn" data-cli_action="reject">{esc(_c("decline", lang))}</a>'
                f'</span></div>')
        ctx = _bar_ctx(rng, (50, 90))
    else:
        cid = "cookie-modal-" + _hid(rng, 4)
        checks = "".join(f'<label class="{_cls(rng, "switch")}"><input type="checkbox" name="{k}"{" checked disabled" if k == "necessary" else ""}> {esc(_t(k, lang))}</label>'
                         for k in ("necessary", "statistics", "marketing"))
        html = (f'<div id="{cid}" class="{_cls(rng, "cookie-modal", "modal")}" role="dialog" aria-modal="true" aria-labelledby="{cid}-t">'
                f'<h2 id="{cid}-t">{esc(_t("cookie_settings", lang))}</h2><p>{esc(_t("cookie_text", lang))}</p>'
                f'<fieldset>{checks}</fieldset><div class="{_cls(rng, "cookie-modal__actions")}"><button type="button">{esc(_t("save", lang))}</button>'
                f'<button type="button" class="{_cls(rng, "primary")}">{esc(_t("accept_all", lang))}</button></div></div>')
        ctx = _center_ctx(rng, (420, 600), (360, 520))
    src = ("generic pattern: custom cookie bar with accept/necessary buttons", "CookieLawInfo / GDPR Cookie Consent WordPress bar #cookie-law-info-bar",
           "generic pattern: custom cookie settings modal with category checkboxes")[style]
    return html, "cookie_banner", src, ctx


def _axeptio(rng, lang):
    lab = _t("cookie_settings", lang)
    html = (f'<div id="axeptio_overlay" class="axeptio_mount" aria-hidden="false"><div class="axeptio_container">'
            f'<button id="axeptio_main_button" class="{hashed_class(rng)} {hashed_class(rng)}" aria-label="{esc(lab)}" type="button">'
            f'<img src="https://axeptio.imgix.net/2021/02/cookie.png" alt="" width="40" height="40"></button></div></div>')
    return html, "cookie_settings_button", "Axeptio consent widget button #axeptio_main_button in #axeptio_overlay (approximate)", _corner(rng, "bl", (52, 64))


def examples():
    templates = [
        ("onetrust", _onetrust, 40, LANGS),
        ("onetrust_floating", _onetrust_floating, 16, LANGS),
        ("onetrust_pc", _onetrust_pc, 14, LANGS),
        ("cookiebot", _cookiebot, 26, LANGS),
        ("cookiebot_widget", _cookiebot_widget, 12, LANGS),
        ("didomi", _didomi, 24, ("fr", "fr", "es", "it", "de", "en", "pt", "nl", "pl")),
        ("quantcast", _quantcast, 18, LANGS),
        ("usercentrics", _usercentrics, 20, ("de", "de", "en", "fr", "it", "es", "nl", "pl", "sv")),
        ("trustarc", _trustarc, 14, LANGS),
        ("funding_choices", _funding_choices, 16, LANGS),
        ("sourcepoint", _sourcepoint, 12, ("en", "de", "fr", "es", "it", "nl", "sv")),
        ("cookieyes", _cookieyes, 18, LANGS),
        ("complianz", _complianz, 16, LANGS),
        ("borlabs", _borlabs, 12, ("de", "de", "en", "nl", "fr")),
        ("iubenda", _iubenda, 14, ("it", "it", "en", "de", "es", "fr")),
        ("tarteaucitron", _tarteaucitron, 12, ("fr", "fr", "en", "es", "it")),
        ("osano", _osano, 12, LANGS),
        ("klaro", _klaro, 8, LANGS),
        ("shopify", _shopify, 12, LANGS),
        ("cookieconsent", _cookieconsent, 16, LANGS),
        ("generic", _generic, 24, LANGS),
        ("axeptio", _axeptio, 8, ("fr", "fr", "en", "es")),
    ]
    paths = ("/", "/home", "/news/world", "/article/{n}", "/products/item-{n}", "/collections/all", "/blog/2026/11/notes",
             "/recipes/{n}", "/docs/getting-started", "/pricing", "/about", "/store", "/help")
    return _emit("neg_page_consent", templates, paths, wrap_p=0.2)
