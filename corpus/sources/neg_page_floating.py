"""Ordinary floating page furniture (label 0) that sits in a viewport corner
or edge exactly where AI launchers sit: accessibility widgets, back-to-top
buttons, feedback tabs, push-notification bells and prompts, app-download
smart banners, help links, reading-progress bars."""
from corpus.common import esc, hashed_class
from corpus.sources.neg_page_ui import (LANGS, _attrs, _box, _cls, _corner, _emit, _flow,
                                        _hid, _svg, _t)

_UP = "M12 4l-8 8h5v8h6v-8h5z"
_CHEVRON_UP = "M7 14l5-5 5 5z"
_PERSON = "M12 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4zm9 7h-6v13h-2v-6h-2v6H9V9H3V7h18z"

_LISTEN = ("Listen", "Vorlesen", "Écouter", "Escuchar", "読み上げ", "Ouvir", "Ascolta", "Lees voor", "Słuchaj", "듣기", "朗读", "Lyssna")
_HELP = ("Help", "Hilfe", "Aide", "Ayuda", "ヘルプ", "Ajuda", "Aiuto", "Help", "Pomoc", "도움말", "帮助", "Hjälp")
_PUSH_TEXT = (
    "We'd like to show you notifications for the latest news and updates.",
    "Wir möchten Ihnen Benachrichtigungen zu den neuesten Nachrichten und Updates senden.",
    "Nous aimerions vous envoyer des notifications pour les dernières actualités.",
    "Nos gustaría enviarte notificaciones con las últimas noticias y novedades.",
    "最新ニュースや更新情報の通知をお送りしてもよろしいですか？",
    "Gostaríamos de enviar notificações com as últimas notícias e novidades.",
    "Vorremmo inviarti notifiche sulle ultime notizie e novità.",
    "We willen je graag meldingen sturen over het laatste nieuws en updates.",
    "Chcielibyśmy wysyłać Ci powiadomienia o najnowszych wiadomościach.",
    "최신 뉴스와 업데이트 알림을 보내 드려도 될까요?",
    "我们希望向您推送最新新闻和更新通知。",
    "Vi vill gärna skicka notiser om de senaste nyheterna och uppdateringarna.",
)
_STORE = {"ios": ("On the App Store", "Im App Store", "Sur l'App Store", "En el App Store", "App Store で", "Na App Store",
                  "Su App Store", "In de App Store", "W App Store", "App Store에서", "在 App Store 上", "På App Store"),
          "android": ("In Google Play", "Bei Google Play", "Sur Google Play", "En Google Play", "Google Play で", "No Google Play",
                      "Su Google Play", "In Google Play", "W Google Play", "Google Play에서", "在 Google Play 上", "På Google Play")}
_FREE = ("FREE", "GRATIS", "GRATUIT", "GRATIS", "無料", "GRÁTIS", "GRATIS", "GRATIS", "BEZPŁATNA", "무료", "免费", "GRATIS")
_APPS = (("Weatherline", "Weatherline Ltd"), ("City Herald", "Herald Media Group"), ("Brightlane", "Brightlane Retail"),
         ("UniBank Mobile", "UniBank plc"), ("Travelwise", "Travelwise Inc."), ("Bookshelf", "Bookshelf Co"),
         ("Stadtanzeiger", "Stadtanzeiger Verlag"), ("Le Quotidien", "Groupe Quotidien"), ("Diario del Sur", "Editorial Sur"),
         ("日本新聞", "日本新聞社"), ("Jornal do Brasil", "JB Digital"), ("Kontoplus", "Kontoplus AG"))
_PROGRESS = ("Reading progress", "Lesefortschritt", "Progression de la lecture", "Progreso de lectura", "読了率", "Progresso da leitura",
             "Avanzamento lettura", "Leesvoortgang", "Postęp czytania", "읽기 진행률", "阅读进度", "Läsförlopp")


def _li(tbl, lang):
    return tbl[LANGS.index(lang)]


def _a11y(rng, lang):
    style = rng.randrange(8)
    label = _t(rng.choice(("a11y_menu", "a11y_open")), lang)
    corner = rng.choice(("br", "br", "bl", "tr"))
    if style == 0:
        theme = rng.choice(("userway_dark", "userway_light"))
        html = (f'<div class="uwy userway_p{rng.randint(1, 9)} utb" data-uw-feature-version="{rng.randint(3, 5)}">'
                f'<div class="uai {theme}" id="userwayAccessibilityIcon" aria-label="{esc(label)}" role="button" tabindex="0" '
                f'style="background-color:#{_hid(rng)}"><span class="ui_w">{_svg(rng, _PERSON, 35)}</span></div></div>')
        src = "UserWay widget: div.uwy > div.uai#userwayAccessibilityIcon[role=button][aria-label]"
    elif style == 1:
        side = "right" if corner in ("br", "tr") else "left"
        ypos = "bottom" if corner[0] == "b" else "top"
        html = (f'<div class="acsb-trigger acsb-bg-lead acsb-trigger-size-{rng.choice(("small", "medium", "large"))} acsb-trigger-shape-{rng.choice(("circle", "squircle", "round"))} '
                f'acsb-trigger-position-x-{side} acsb-trigger-position-y-{ypos} acsb-ready" role="button" tabindex="0" aria-label="{esc(label)}" '
                f'data-acsb-custom-trigger="false" data-acsb-mobile-visible="true" data-acsb-hidden="false" data-acsb="trigger">'
                f'<span class="acsb-trigger-icon" data-acsb-sr-only="true">{_svg(rng, _PERSON, 30)}</span></div>')
        src = "accessiBe legacy trigger div.acsb-trigger[data-acsb=trigger]"
    elif style == 2:
        html = '<access-widget-ui class="notranslate" data-acsb-root="true" data-acsb-sr-only="true"></access-widget-ui>'
        if rng.random() < 0.5:
            html = ('<access-widget-ui class="notranslate" data-acsb-root="true"><button data-testid="acsb-trigger" '
                    f'aria-label="{esc(label)}" class="{hashed_class(rng)}" type="button">{_svg(rng, _PERSON, 28)}</button></access-widget-ui>')
        src = "accessiBe <access-widget-ui> shadow host with [data-testid=acsb-trigger]"
        return html, "accessibility_widget", src, _corner(rng, corner, (48, 64), shadow=True)
    elif style == 3:
        side = "INDright" if corner in ("br", "tr") else "INDleft"
        html = (f'<div id="INDWrap"><div id="INDbtnWrap"><button id="INDmenu-btn" title="{esc(_t("a11y_menu", lang))}" aria-label="{esc(_t("a11y_menu", lang))}" '
                f'accesskey="m" aria-expanded="false" aria-haspopup="dialog" class="{side}">{_svg(rng, _PERSON, 34)}</button></div></div>')
        src = "EqualWeb (Nagich) #INDWrap > #INDmenu-btn[accesskey=m]"
    elif style == 4:
        html = (f'<nav id="pojo-a11y-toolbar" class="pojo-a11y-toolbar-{"right" if corner in ("br", "tr") else "left"} pojo-a11y-" role="navigation">'
                f'<div class="pojo-a11y-toolbar-toggle"><a class="pojo-a11y-toolbar-link pojo-a11y-toolbar-toggle-link" href="javascript:void(0);" '
                f'title="{esc(_t("a11y_menu", lang))}" role="button"><span class="pojo-sr-only sr-only">{esc(_t("a11y_open", lang))}</span>{_svg(rng, _PERSON)}</a></div>'
                f'<div class="pojo-a11y-toolbar-overlay"><div class="pojo-a11y-toolbar-inner"><p class="pojo-a11y-toolbar-title">{esc(_t("a11y_menu", lang))}</p>'
                f'<ul class="pojo-a11y-toolbar-items pojo-a11y-tools"><li class="pojo-a11y-toolbar-item"><a href="#" class="pojo-a11y-toolbar-link pojo-a11y-btn-resize-font pojo-a11y-btn-resize-plus" '
                f'data-action="resize-plus" data-action-group="resize" tabindex="-1" role="button"><span class="pojo-a11y-toolbar-text">{esc(_t("text_size", lang))} +</span></a></li>'
                f'<li class="pojo-a11y-toolbar-item"><a href="#" class="pojo-a11y-toolbar-link pojo-a11y-btn-background-group pojo-a11y-btn-high-contrast" '
                f'data-action="high-contrast" data-action-group="schema" tabindex="-1" role="button"><span class="pojo-a11y-toolbar-text">{esc(_t("contrast", lang))}</span></a></li>'
                f'</ul></div></div></nav>')
        src = "One Click Accessibility (Pojo) toolbar nav#pojo-a11y-toolbar"
        return html, "accessibility_widget", src, _box(rng, "right" if corner in ("br", "tr") else "left", (44, 52), (44, 52))
    elif style == 5:
        html = (f'<div id="ae_launcher" class="ae-cta-position-preset-{"right" if corner in ("br", "tr") else "left"}-lower ae-launcher" role="button" tabindex="0" '
                f'aria-label="{esc(_t("a11y_open", lang))}" data-ae-launcher="true">{_svg(rng, _PERSON, 32)}</div>')
        src = "AudioEye launcher #ae_launcher[role=button] (approximate)"
    elif style == 6:
        html = ('<div vw class="enabled"><div vw-access-button class="active"></div><div vw-plugin-wrapper>'
                '<div class="vw-plugin-top-wrapper"></div></div></div>')
        src = "VLibras (Brazilian government sign-language widget): div[vw] > div[vw-access-button]"
        return html, "accessibility_widget", src, _box(rng, "right", (40, 60), (40, 60), z=99999999), "pt"
    else:
        html = (f'<button{_attrs(rng, [("type", "button"), ("class", _cls(rng, "a11y-toggle", "accessibility-button", "fab")), ("aria-label", label), ("aria-controls", "a11y-panel"), ("aria-expanded", "false")])}>'
                f'{_svg(rng, _PERSON, 28)}</button>')
        src = "generic pattern: floating accessibility options button"
    return html, "accessibility_widget", src, _corner(rng, corner, (44, 64))


def _readspeaker(rng, lang):
    listen = _li(_LISTEN, lang)
    rid = rng.randint(1, 3)
    html = (f'<div id="readspeaker_button{rid}" class="rs_skip rsbtn rs_preserve"><a rel="nofollow" class="rsbtn_play" accesskey="L" '
            f'title="{esc(listen)} – ReadSpeaker webReader" href="https://app-eu.readspeaker.com/cgi-bin/rsent">'
            f'<span class="rsbtn_left rsimg rspart"><span class="rsbtn_text"><span>{esc(listen)}</span></span></span>'
            f'<span class="rsbtn_right rsimg rsplay rspart"></span></a></div>')
    return html, "text_to_speech", "ReadSpeaker webReader listen button div.rsbtn > a.rsbtn_play", _flow(rng, (90, 140), (28, 36), y=rng.randint(150, 500))


def _back_to_top(rng, lang):
    style = rng.randrange(10)
    lab = _t(rng.choice(("back_to_top", "scroll_top")), lang)
    if style == 0:
        html = (f'<button aria-label="{esc(lab)}" class="clean-btn theme-back-to-top-button {_cls(rng, "backToTopButton_sjWU")} '
                f'{_cls(rng, "backToTopButtonShow_xfvO")}" type="button"></button>')
        src = "Docusaurus theme-back-to-top-button"
    elif style == 1:
        html = (f'<button type="button" class="md-top md-icon" data-md-component="top" data-md-state="hidden">{_svg(rng, _UP)}'
                f'{esc(_t("back_to_top", lang))}</button>')
        src = "MkDocs Material back-to-top button.md-top[data-md-component=top]"
        return html, "back_to_top", src, _box(rng, "top", 100, (36, 40)) if rng.random() < 0.3 else _box(rng, "tr", (120, 160), (36, 40))
    elif style == 2:
        html = (f'<a id="ast-scroll-top" class="ast-scroll-top-icon ast-scroll-to-top-{rng.choice(("right", "left"))}" data-on-devices="both" tabindex="0">'
                f'<span class="ast-icon icon-arrow">{_svg(rng, _CHEVRON_UP)}</span><span class="screen-reader-text">{esc(lab)}</span></a>')
        src = "Astra theme #ast-scroll-top"
    elif style == 3:
        html = (f'<a title="{esc(lab)}" aria-label="{esc(lab)}" rel="nofollow" href="#" class="generate-back-to-top generate-back-to-top--visible" '
                f'data-scroll-speed="400" data-start-scroll="300"><span class="gp-icon icon-arrow-up">{_svg(rng, _CHEVRON_UP)}</span></a>')
        src = "GeneratePress a.generate-back-to-top"
    elif style == 4:
        html = '<span class="et_pb_scroll_top et-pb-icon et-visible"></span>'
        src = "Divi theme span.et_pb_scroll_top"
    elif style == 5:
        html = (f'<a aria-label="{esc(lab)}" href="#" id="scroll-top" class="scroll-top-right">'
                f'<i class=" fa fa-angle-up" aria-hidden="true" role="img"></i></a>')
        src = "OceanWP a#scroll-top.scroll-top-right"
    elif style == 6:
        html = '<a href="#" class="back-to-top d-flex align-items-center justify-content-center active"><i class="bi bi-arrow-up-short"></i></a>'
        src = "BootstrapMade template a.back-to-top with bi-arrow-up-short icon"
    elif style == 7:
        html = (f'<a href="#top" class="back-to-top button icon invert plain fixed bottom z-1 is-outline hide-for-medium circle" id="top-link" '
                f'aria-label="{esc(lab)}"><i class="icon-angle-up"></i></a>')
        src = "Flatsome theme a#top-link.back-to-top"
    elif style == 8:
        html = (f'<div role="presentation" class="MuiBox-root {hashed_class(rng)}"><button class="MuiButtonBase-root MuiFab-root MuiFab-circular MuiFab-sizeSmall '
                f'MuiFab-default MuiFab-root {hashed_class(rng)}" tabindex="0" type="button" aria-label="{esc(lab)}">'
                f'<svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium {hashed_class(rng)}" focusable="false" aria-hidden="true" viewBox="0 0 24 24" '
                f'data-testid="KeyboardArrowUpIcon"><path d="M7.41 15.41 12 10.83l4.59 4.58L18 14l-6-6-6 6z"></path></svg></button></div>')
        src = "MUI BackToTop example: MuiFab small with KeyboardArrowUpIcon"
    else:
        tag = rng.choice(("button", "a"))
        attrs = [("class", _cls(rng, "back-to-top", "scroll-top", "js-scroll-top")), ("aria-label", lab)]
        if tag == "a":
            attrs.append(("href", rng.choice(("#top", "#", "#page"))))
        else:
            attrs.append(("type", "button"))
        if rng.random() < 0.4:
            attrs.append(("data-testid", "back-to-top"))
        html = f'<{tag}{_attrs(rng, attrs)}>{_svg(rng, rng.choice((_UP, _CHEVRON_UP)))}</{tag}>'
        src = "generic pattern: fixed back-to-top button with arrow icon"
    return html, "back_to_top", src, _corner(rng, rng.choice(("br", "br", "br", "bl")), (36, 60))


def _feedback(rng, lang):
    style = rng.randrange(5)
    fb = _t(rng.choice(("feedback", "give_feedback")), lang)
    if style == 0:
        hid = f"{_hid(rng, 8)}-{_hid(rng, 4)}"
        html = (f'<div class="_hj-widget-container _hj-widget-theme-{rng.choice(("light", "dark"))}"><div id="_hj-{hid}_feedback" data-minimized-position="middle_right">'
                f'<div class="_hj-{hid}_widget _hj-{hid}_feedback_minimized"><button class="_hj-{hid}_feedback_minimized_label" type="button" aria-label="{esc(fb)}">'
                f'<span class="_hj-{hid}_feedback_minimized_label_text">{esc(_t("feedback", lang))}</span></button></div></div></div>')
        src = "Hotjar feedback widget ._hj-widget-container > #_hj-…_feedback[data-minimized-position=middle_right]"
        return html, "feedback_tab", src, _box(rng, "right", (36, 44), (100, 130))
    if style == 1:
        html = (f'<div id="_hj_feedback_container"><div class="_hj-{_hid(rng, 5)}_widget"><button class="_hj-{_hid(rng, 5)}_btn-primary _hj-{_hid(rng, 5)}_rounded_corners" '
                f'aria-label="Hotjar Feedback button" type="button">{esc(_t("feedback", lang))}</button></div></div>')
        src = "Hotjar legacy feedback #_hj_feedback_container button"
        return html, "feedback_tab", src, _corner(rng, "br", (44, 56))
    if style == 2:
        fid = rng.randint(100000000, 999999999)
        html = (f'<div class="usabilla_live_button_container" role="button" tabindex="0" aria-label="{esc(fb)}" '
                f'style="top:50%;margin-top:-60px;position:fixed;width:34px;height:120px;z-index:999;right:0">'
                f'<iframe id="usabilla_live_button_container_iframe{fid}" title="Usabilla Feedback Button" frameborder="0" '
                f'style="width:34px;height:120px;margin:0;padding:0;border:0;overflow:hidden;z-index:9998;position:absolute;left:0;top:0"></iframe></div>')
        src = "Usabilla live button .usabilla_live_button_container > iframe[title='Usabilla Feedback Button']"
        return html, "feedback_tab", src, _box(rng, "right", 34, 120, z=999)
    if style == 3:
        html = (f'<div id="kampyleButtonContainer"><button id="nebula_div_btn" class="wcagOutline" aria-label="{esc(fb)}" type="button" data-aut="button">'
                f'<div class="btn-rotate-90"><span class="text-btn-rotate">{esc(_t("feedback", lang))}</span></div></button></div>')
        src = "Medallia (Kampyle) feedback button #kampyleButtonContainer > #nebula_div_btn"
        return html, "feedback_tab", src, _box(rng, rng.choice(("right", "left")), (36, 44), (96, 130))
    html = (f'<button{_attrs(rng, [("type", "button"), ("class", _cls(rng, "feedback-tab", "feedback-tab--right")), ("data-feedback-trigger", None), ("aria-haspopup", "dialog")])}>'
            f'{esc(_t("feedback", lang))}</button>')
    src = "generic pattern: vertical feedback tab fixed on the right edge"
    return html, "feedback_tab", src, _box(rng, "right", (32, 44), (90, 130))


def _qualtrics(rng, lang):
    html = (f'<div class="QSIFeedbackButton"><div class="QSIFeedbackButton-btn QSIFeedbackButton-{rng.choice(("right", "left"))}" role="button" tabindex="0" '
            f'aria-label="{esc(_t("give_feedback", lang))}"><span>{esc(_t("feedback", lang))}</span></div></div>')
    return html, "feedback_tab", "Qualtrics feedback button .QSIFeedbackButton-btn", _box(rng, "right", (36, 44), (100, 140))


def _onesignal(rng, lang):
    if rng.random() < 0.55:
        pos = rng.choice(("bottom-right", "bottom-left"))
        msg = _t("subscribe_notifs", lang)
        html = (f'<div id="onesignal-bell-container" class="onesignal-bell-container onesignal-reset onesignal-bell-container-{pos}">'
                f'<div id="onesignal-bell-launcher" class="onesignal-bell-launcher onesignal-bell-launcher-md onesignal-bell-launcher-{pos} '
                f'onesignal-bell-launcher-theme-default onesignal-bell-launcher-active"><div class="onesignal-bell-launcher-button">'
                f'<svg class="onesignal-bell-svg" xmlns="http://www.w3.org/2000/svg" width="99.7" height="99.7" viewBox="0 0 99.7 99.7">'
                f'<circle class="background" cx="49.9" cy="49.9" r="49.9"></circle><path class="foreground" d="M50.1 66.2H27.7s-2-.2-2-2.1c0-1.9 1.7-2 1.7-2s6.7-3.2 6.7-5.5S33 52.7 33 43.3s6-16.6 13.2-16.6c0 0 1-2.4 3.9-2.4 2.8 0 3.8 2.4 3.8 2.4 7.2 0 13.2 7.2 13.2 16.6s-1 11-1 13.3c0 2.3 6.7 5.5 6.7 5.5s1.7.1 1.7 2c0 1.8-2.1 2.1-2.1 2.1H50.1z"></path></svg>'
                f'<div class="pulse-ring"></div></div><div class="onesignal-bell-launcher-badge"></div><div class="onesignal-bell-launcher-message">'
                f'<div class="onesignal-bell-launcher-message-body">{esc(msg)}</div></div></div></div>')
        return html, "notification_bell", "OneSignal subscription bell #onesignal-bell-container > .onesignal-bell-launcher", _corner(rng, "br" if pos == "bottom-right" else "bl", (48, 64))
    html = (f'<div id="onesignal-slidedown-container" class="onesignal-slidedown-container onesignal-reset slide-down"><div id="onesignal-slidedown-dialog" class="onesignal-slidedown-dialog">'
            f'<div id="normal-slidedown"><div class="slidedown-body" id="slidedown-body"><div class="slidedown-body-icon"><img alt="notification icon" src="/img/icon-192.png"></div>'
            f'<div class="slidedown-body-message">{esc(_li(_PUSH_TEXT, lang))}</div><div class="clearfix"></div><div id="onesignal-loading-container"></div></div>'
            f'<div class="slidedown-footer" id="slidedown-footer"><button class="align-right primary slidedown-button" id="onesignal-slidedown-allow-button">{esc(_t("allow", lang))}</button>'
            f'<button class="align-right secondary slidedown-button" id="onesignal-slidedown-cancel-button">{esc(_t("later", lang))}</button><div class="clearfix"></div></div></div></div></div>')
    return html, "push_prompt", "OneSignal slidedown prompt #onesignal-slidedown-container with allow/cancel buttons", _box(rng, "top", 100, (160, 200)) if rng.random() < 0.4 else _box(rng, "center", (420, 520), (160, 200))


def _push_custom(rng, lang):
    html = (f'<div{_attrs(rng, [("class", _cls(rng, "push-optin", "card", "shadow")), ("role", "dialog"), ("aria-live", "polite"), ("aria-label", _t("notifications", lang))])}>'
            f'{_svg(rng, "M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2zm6-6V11a6 6 0 0 0-5-5.9V4a1 1 0 0 0-2 0v1.1A6 6 0 0 0 6 11v5l-2 2v1h16v-1z")}'
            f'<p>{esc(_t("notify_prompt", lang))}</p><div><button type="button" class="{_cls(rng, "btn", "btn-link")}">{esc(_t("later", lang))}</button>'
            f'<button type="button" class="{_cls(rng, "btn", "btn-primary")}">{esc(_t("allow", lang))}</button></div></div>')
    return html, "push_prompt", "generic pattern: custom push-notification opt-in card (pre-permission prompt)", _box(rng, rng.choice(("tr", "bottom_box")), (300, 380), (120, 170))


def _smart_banner(rng, lang):
    app, author = rng.choice(_APPS)
    style = rng.randrange(4)
    if style in (0, 1):
        plat = "ios" if style == 0 else "android"
        url = (f"https://apps.apple.com/app/id{rng.randint(300000000, 1700000000)}" if plat == "ios"
               else f"https://play.google.com/store/apps/details?id=com.{app.lower().replace(' ', '')}.app")
        html = (f'<div class="smartbanner smartbanner--{plat} js_smartbanner"><a href="javascript:void();" class="smartbanner__exit js_smartbanner__exit" '
                f'aria-label="{esc(_t("close", lang))}"></a><div class="smartbanner__icon" style="background-image:url(/img/app-icon-{_hid(rng, 4)}.png)"></div>'
                f'<div class="smartbanner__info"><div><div class="smartbanner__info__title">{esc(app)}</div><div class="smartbanner__info__author">{esc(author)}</div>'
                f'<div class="smartbanner__info__price">{_li(_FREE, lang)} - {esc(_li(_STORE[plat], lang))}</div></div></div>'
                f'<a href="{esc(url)}" target="_blank" class="smartbanner__button js_smartbanner__button" rel="noopener" aria-label="{esc(_t("view", lang))}">'
                f'<span class="smartbanner__button__label">{esc(_t("view", lang).upper())}</span></a></div>')
        return html, "app_banner", f"smartbanner.js app banner div.smartbanner--{plat}", _box(rng, "top", 390, (80, 84))
    if style == 2:
        html = (f'<iframe id="branch-banner-iframe" tabindex="-1" class="branch-animation" title="{esc(_t("open_app", lang))}" '
                f'style="width:100%;height:76px;position:fixed;top:0;z-index:99999" src="about:blank" scrolling="no" frameborder="0"></iframe>')
        return html, "app_banner", "Branch.io Journeys smart banner iframe#branch-banner-iframe", _box(rng, "top", 390, 76, z=99999)
    html = (f'<div{_attrs(rng, [("class", _cls(rng, "app-promo", "app-promo--sticky")), ("role", "complementary"), ("aria-label", _t("get_app", lang))])}>'
            f'<img src="/img/app-icon.png" alt="" width="40" height="40"><div class="{_cls(rng, "app-promo__text")}"><strong>{esc(app)}</strong>'
            f'<span>{esc(_t("get_app", lang))}</span></div><a class="{_cls(rng, "btn", "btn--small")}" href="/app">{esc(_t("open_app", lang))}</a>'
            f'<button type="button" class="{_cls(rng, "app-promo__close")}" aria-label="{esc(_t("close", lang))}">×</button></div>')
    return html, "app_banner", "generic pattern: 'open in app' sticky bottom banner on mobile web", _box(rng, "bottom", 390, (64, 80))


def _install_prompt(rng, lang):
    app = rng.choice(_APPS)[0]
    html = (f'<div{_attrs(rng, [("class", _cls(rng, "pwa-install", "toast")), ("role", "dialog"), ("aria-labelledby", "pwa-" + _hid(rng, 3))])}>'
            f'<img src="/icons/icon-192.png" width="48" height="48" alt="{esc(app)}"><p>{esc(app)} – {esc(_t("install", lang))}?</p>'
            f'<button type="button" class="{_cls(rng, "btn", "btn-primary")}">{esc(_t("install", lang))}</button>'
            f'<button type="button" class="{_cls(rng, "btn", "btn-text")}">{esc(_t("later", lang))}</button></div>')
    return html, "app_banner", "generic pattern: custom PWA install prompt (beforeinstallprompt)", _box(rng, rng.choice(("bottom", "bottom_box")), (320, 400), (72, 120))


def _help_link(rng, lang):
    help_ = _li(_HELP, lang)
    style = rng.randrange(3)
    if style == 0:
        html = (f'<a{_attrs(rng, [("href", rng.choice(("/help", "/support", "/faq", "/hc/articles"))), ("class", _cls(rng, "help-fab", "floating-help")), ("aria-label", _t("help", lang)), ("target", "_blank")])}>'
                f'<span aria-hidden="true">?</span></a>')
        src = "generic pattern: floating '?' link to the help center (no chat)"
    elif style == 1:
        html = (f'<a{_attrs(rng, [("href", "/help"), ("class", _cls(rng, "btn-help", "pill")), ("title", _t("help", lang))])}>'
                f'{_svg(rng)}<span>{esc(help_)}</span></a>')
        src = "generic pattern: floating help-center pill link"
    else:
        html = (f'<button{_attrs(rng, [("type", "button"), ("class", _cls(rng, "shortcut-help")), ("aria-label", _t("tour_shortcuts", lang).split(":")[0]), ("data-hotkey", "?")])}>'
                f'<kbd>?</kbd></button>')
        src = "generic pattern: keyboard-shortcuts help button"
    return html, "help_link", src, _corner(rng, rng.choice(("br", "bl")), (40, 56))


def _progress(rng, lang):
    v = rng.randint(0, 100)
    html = (f'<div{_attrs(rng, [("class", _cls(rng, "reading-progress")), ("role", "progressbar"), ("aria-label", _li(_PROGRESS, lang)), ("aria-valuemin", "0"), ("aria-valuemax", "100"), ("aria-valuenow", str(v))])}>'
            f'<div class="{_cls(rng, "reading-progress__bar")}" style="width:{v}%"></div></div>')
    if rng.random() < 0.4:
        html = f'<progress class="{_cls(rng, "progress-indicator")}" value="{v}" max="100" aria-label="{esc(_li(_PROGRESS, lang))}"></progress>'
    return html, "progress_bar", "generic pattern: fixed reading-progress bar at the top of an article", _box(rng, "top", 100, (3, 6))


def _print_share_rail(rng, lang):
    items = [("print", _t("print", lang)), ("share", _t("share", lang)), ("copy", _t("copy_link", lang))]
    btns = "".join(f'<button type="button" class="{_cls(rng, "tool-rail__btn", f"tool-rail__btn--{k}")}" aria-label="{esc(v)}">{_svg(rng)}</button>' for k, v in items)
    html = f'<div class="{_cls(rng, "tool-rail", "sticky-tools")}" role="toolbar" aria-label="{esc(_t("share", lang))}">{btns}</div>'
    return html, "share_bar", "generic pattern: sticky article tool rail (print/share/copy link)", _box(rng, "left", (44, 56), (130, 180))


def examples():
    templates = [
        ("a11y", _a11y, 80, LANGS),
        ("readspeaker", _readspeaker, 10, ("en", "de", "fr", "es", "it", "nl", "sv", "pl")),
        ("back_to_top", _back_to_top, 75, LANGS),
        ("feedback", _feedback, 40, LANGS),
        ("qualtrics", _qualtrics, 8, LANGS),
        ("onesignal", _onesignal, 26, LANGS),
        ("push_custom", _push_custom, 12, LANGS),
        ("smart_banner", _smart_banner, 28, LANGS),
        ("install_prompt", _install_prompt, 10, LANGS),
        ("help_link", _help_link, 16, LANGS),
        ("progress", _progress, 10, LANGS),
        ("share_rail", _print_share_rail, 12, LANGS),
    ]
    paths = ("/", "/home", "/news/world", "/article/{n}", "/products/item-{n}", "/blog/2026/11/notes", "/docs/getting-started",
             "/services/parking-permits", "/help", "/store", "/recipes/{n}", "/about-us", "/account/settings", "/contact")
    return _emit("neg_page_floating", templates, paths, wrap_p=0.2)
