"""Ordinary page furniture (label 0): headers and navigation bars, menus,
plain site search boxes (no AI), breadcrumbs, pagination, footers, language
pickers, dark-mode toggles, docs sidebars and tables of contents."""
from corpus.common import esc
from corpus.sources.neg_page_ui import (LANGS, _attrs, _box, _cls, _corner, _emit, _flow,
                                        _hid, _sticky, _svg, _t)

_BRANDS = ("Brightlane", "Northwind", "Parcel Pilot", "StreamKit", "City Herald", "Taskforge",
           "Homebrew Supply", "Cloudnest", "Travelwise", "CodeHarbor", "Finlytics", "Greengrocer",
           "Petpalace", "Designly", "Bookshelf", "Weatherline", "Gadget Square", "Realtyscope")

_SEARCH_ICON = "M10 18a8 8 0 1 1 5.3-14l5.7 5.7-1.4 1.4-5.7-5.7A6 6 0 1 0 10 16z"
_MENU_ICON = "M4 6h16M4 12h16M4 18h16"
_MOON = "M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z"


def _section_links(rng, lang):
    kind = rng.randrange(3)
    if kind == 0:
        keys = ("world", "politics", "business", "sport", "culture", "opinion", "weather")
    elif kind == 1:
        keys = ("new_arrivals", "women", "men", "kids", "sale")
    else:
        keys = ("products", "solutions", "pricing", "docs", "blog", "resources")
    keys = keys[:rng.randint(4, len(keys))]
    return [(_t(k, lang), "/" + k.replace("_", "-")) for k in keys]


def _header(rng, lang):
    brand = rng.choice(_BRANDS)
    links = _section_links(rng, lang)
    cur = rng.randrange(len(links))
    lis = "".join(f'<li class="{_cls(rng, "nav__item")}"><a href="{h}" class="{_cls(rng, "nav__link")}"'
                  f'{" aria-current=" + chr(34) + "page" + chr(34) if j == cur else ""}>{esc(t)}</a></li>'
                  for j, (t, h) in enumerate(links))
    tools = []
    if rng.random() < 0.8:
        tools.append(f'<button type="button" class="{_cls(rng, "header__icon", "header__icon--search")}" '
                     f'aria-label="{esc(_t("search", lang))}">{_svg(rng, _SEARCH_ICON)}</button>')
    if rng.random() < 0.6:
        tools.append(f'<a href="/account/login" class="{_cls(rng, "header__icon", "header__icon--account")}">'
                     f'{_svg(rng)}<span class="visually-hidden">{esc(_t("account", lang))}</span></a>')
    if rng.random() < 0.5:
        n = rng.randint(0, 4)
        tools.append(f'<a href="/cart" class="{_cls(rng, "header__icon", "header__icon--cart")}" id="cart-icon-bubble">'
                     f'{_svg(rng)}<span class="visually-hidden">{esc(_t("cart", lang))}</span>'
                     f'{f"<div class={chr(34)}cart-count-bubble{chr(34)}><span aria-hidden={chr(34)}true{chr(34)}>{n}</span></div>" if n else ""}</a>')
    html = (f'<header class="{_cls(rng, "site-header", "header")}" role="banner">'
            f'<a href="/" class="{_cls(rng, "header__logo")}" aria-label="{esc(brand)} – {esc(_t("home", lang))}">'
            f'<img src="/static/logo-{_hid(rng, 4)}.svg" alt="{esc(brand)}" width="{rng.randint(96, 160)}" height="32"></a>'
            f'<nav aria-label="{esc(_t("main_nav", lang))}" class="{_cls(rng, "header__nav")}"><ul class="{_cls(rng, "nav__list")}">{lis}</ul></nav>'
            f'<div class="{_cls(rng, "header__icons")}">{"".join(tools)}</div></header>')
    return html, "nav", "generic pattern: site header with logo, nav[aria-label] list and icon buttons", _sticky(rng, (56, 96))


def _bootstrap_navbar(rng, lang):
    brand = rng.choice(_BRANDS)
    nid = "navbar" + _hid(rng, 4)
    links = _section_links(rng, lang)
    lis = "".join(f'<li class="nav-item"><a class="nav-link{" active" if j == 0 else ""}" href="{h}"'
                  f'{" aria-current=" + chr(34) + "page" + chr(34) if j == 0 else ""}>{esc(t)}</a></li>'
                  for j, (t, h) in enumerate(links))
    search = ""
    if rng.random() < 0.6:
        search = (f'<form class="d-flex" role="search" action="/search"><input class="form-control me-2" type="search" name="q" '
                  f'placeholder="{esc(_t("search", lang))}" aria-label="{esc(_t("search", lang))}">'
                  f'<button class="btn btn-outline-success" type="submit">{esc(_t("search", lang))}</button></form>')
    html = (f'<nav class="navbar navbar-expand-lg bg-body-tertiary"><div class="container-fluid">'
            f'<a class="navbar-brand" href="/">{esc(brand)}</a><button class="navbar-toggler" type="button" data-bs-toggle="collapse" '
            f'data-bs-target="#{nid}" aria-controls="{nid}" aria-expanded="false" aria-label="Toggle navigation">'
            f'<span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="{nid}">'
            f'<ul class="navbar-nav me-auto mb-2 mb-lg-0">{lis}</ul>{search}</div></div></nav>')
    return html, "nav", "Bootstrap 5 navbar: nav.navbar.navbar-expand-lg with .navbar-toggler and form[role=search]", _sticky(rng, (56, 72))


def _docs_navbar(rng, lang):
    brand = rng.choice(("StreamKit", "MeshQL", "Paymint", "CodeHarbor", "Datenwerk", "Nubeapp", "Cloudbase"))
    items = [(_t("docs", lang), "/docs/intro"), (_t("api_ref", lang), "/docs/api"), (_t("blog", lang), "/blog")]
    links = "".join(f'<a class="navbar__item navbar__link" href="{h}">{esc(t)}</a>' for t, h in items)
    kbd = rng.choice(("Ctrl", "⌘"))
    html = (f'<nav aria-label="{esc(_t("main_nav", lang))}" class="navbar navbar--fixed-top"><div class="navbar__inner">'
            f'<div class="navbar__items"><button aria-label="{esc(_t("open_menu", lang))}" aria-expanded="false" class="navbar__toggle clean-btn" type="button">'
            f'{_svg(rng, _MENU_ICON, 30)}</button><a class="navbar__brand" href="/"><div class="navbar__logo">'
            f'<img src="/img/logo.svg" alt="{esc(brand)}" class="themedComponent_mlkZ themedComponent--light_NVdE"></div>'
            f'<b class="navbar__title text--truncate">{esc(brand)}</b></a>{links}</div>'
            f'<div class="navbar__items navbar__items--right"><a href="https://github.com/{brand.lower()}/{brand.lower()}" target="_blank" '
            f'rel="noopener noreferrer" class="navbar__item navbar__link header-github-link" aria-label="GitHub repository"></a>'
            f'<div class="toggle_vylO colorModeToggle_DEke"><button class="clean-btn toggleButton_gllP" type="button" '
            f'title="{esc(_t("dark_mode", lang))}" aria-label="{esc(_t("dark_mode", lang))}" aria-live="polite">{_svg(rng, _MOON)}</button></div>'
            f'<div class="navbarSearchContainer_Bca1"><button type="button" class="DocSearch DocSearch-Button" aria-label="{esc(_t("search", lang))}">'
            f'<span class="DocSearch-Button-Container">{_svg(rng, _SEARCH_ICON, 20)}<span class="DocSearch-Button-Placeholder">{esc(_t("search", lang))}</span></span>'
            f'<span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key">{kbd}</kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button></div>'
            f'</div></div></nav>')
    return html, "nav", "Docusaurus navbar (navbar--fixed-top) with colorModeToggle and plain Algolia DocSearch-Button", _sticky(rng, (60, 64))


def _hamburger(rng, lang):
    style = rng.randrange(3)
    if style == 0:
        mid = "mobile-menu-" + _hid(rng, 3)
        html = (f'<button{_attrs(rng, [("type", "button"), ("class", _cls(rng, "hamburger", "hamburger--squeeze")), ("aria-controls", mid), ("aria-expanded", "false"), ("aria-label", _t("open_menu", lang))])}>'
                f'<span class="hamburger-box"><span class="hamburger-inner"></span></span></button>')
        src = "hamburgers.css menu button: button.hamburger > .hamburger-box > .hamburger-inner"
    elif style == 1:
        html = (f'<header-drawer data-breakpoint="tablet"><details id="Details-menu-drawer-container" class="menu-drawer-container">'
                f'<summary class="header__icon header__icon--menu header__icon--summary link focus-inset" aria-label="{esc(_t("menu", lang))}">'
                f'<span>{_svg(rng, _MENU_ICON)}{_svg(rng, "M6 6l12 12M18 6L6 18")}</span></summary></details></header-drawer>')
        src = "Shopify Dawn <header-drawer> menu summary (header__icon--menu)"
    else:
        html = (f'<button{_attrs(rng, [("class", _cls(rng, "menu-toggle", "burger")), ("aria-label", _t("menu", lang)), ("aria-expanded", "false"), ("data-toggle", "offcanvas")])}>'
                f'{_svg(rng, _MENU_ICON)}</button>')
        src = "generic pattern: icon-only menu toggle button"
    return html, "menu_button", src, _corner(rng, rng.choice(("tl", "tr")), (40, 48))


def _search(rng, lang):
    style = rng.randrange(9)
    ph = _t(rng.choice(("search", "search_site", "search_products", "search_docs")), lang)
    if style == 0:
        sid = _hid(rng, 4)
        html = (f'<form{_attrs(rng, [("role", "search"), ("action", "/search"), ("method", "get"), ("class", _cls(rng, "search-form"))])}>'
                f'<label for="s-{sid}" class="visually-hidden">{esc(_t("search", lang))}</label>'
                f'<input{_attrs(rng, [("type", "search"), ("id", f"s-{sid}"), ("name", "q"), ("placeholder", ph), ("autocomplete", "off")])}>'
                f'<button type="submit" aria-label="{esc(_t("search", lang))}">{_svg(rng, _SEARCH_ICON)}</button></form>')
        src = "generic pattern: form[role=search] with input[type=search]"
    elif style == 1:
        html = (f'<predictive-search class="search-modal__form" data-loading-text="…"><form action="/search" method="get" role="search" class="search search-modal__form">'
                f'<div class="field"><input class="search__input field__input" id="Search-In-Modal" type="search" name="q" value="" placeholder="{esc(ph)}" '
                f'role="combobox" aria-expanded="false" aria-owns="predictive-search-results" aria-controls="predictive-search-results" '
                f'aria-haspopup="listbox" aria-autocomplete="list" autocorrect="off" autocomplete="off" autocapitalize="off" spellcheck="false">'
                f'<label class="field__label" for="Search-In-Modal">{esc(_t("search", lang))}</label><input type="hidden" name="options[prefix]" value="last">'
                f'<button type="submit" class="search__button field__button" aria-label="{esc(_t("search", lang))}">{_svg(rng, _SEARCH_ICON)}</button></div>'
                f'<div class="predictive-search predictive-search--header" tabindex="-1" data-predictive-search></div></form></predictive-search>')
        src = "Shopify Dawn <predictive-search> form with search__input combobox"
    elif style == 2:
        kbd = rng.choice(("Ctrl", "⌘"))
        html = (f'<button type="button" class="DocSearch DocSearch-Button" aria-label="{esc(_t("search", lang))}">'
                f'<span class="DocSearch-Button-Container">{_svg(rng, _SEARCH_ICON, 20)}<span class="DocSearch-Button-Placeholder">{esc(_t("search", lang))}</span></span>'
                f'<span class="DocSearch-Button-Keys"><kbd class="DocSearch-Button-Key">{kbd}</kbd><kbd class="DocSearch-Button-Key">K</kbd></span></button>')
        src = "Algolia DocSearch v3 button (plain keyword search): button.DocSearch-Button with Ctrl/⌘ K keys"
    elif style == 3:
        html = (f'<div class="ais-SearchBox"><form action="" class="ais-SearchBox-form" novalidate role="search">'
                f'<input class="ais-SearchBox-input" type="search" placeholder="{esc(ph)}" autocomplete="off" autocorrect="off" '
                f'autocapitalize="off" spellcheck="false" maxlength="512" aria-label="{esc(_t("search", lang))}">'
                f'<button class="ais-SearchBox-submit" type="submit" title="Submit the search query">{_svg(rng, _SEARCH_ICON, 10)}</button>'
                f'<button class="ais-SearchBox-reset" type="reset" title="Clear the search query" hidden>{_svg(rng, "M6 6l12 12M18 6L6 18", 10)}</button></form></div>')
        src = "Algolia InstantSearch ais-SearchBox widget markup"
    elif style == 4:
        html = (f'<div class="gsc-control-searchbox-only gsc-control-searchbox-only-{lang}" dir="ltr"><form class="gsc-search-box gsc-search-box-tools" accept-charset="utf-8">'
                f'<table cellspacing="0" cellpadding="0" role="presentation" class="gsc-search-box"><tbody><tr><td class="gsc-input">'
                f'<div class="gsc-input-box" id="gsc-iw-id1"><input autocomplete="off" type="text" size="10" class="gsc-input" name="search" '
                f'title="{esc(_t("search", lang))}" aria-label="{esc(_t("search", lang))}" id="gsc-i-id1" dir="ltr" spellcheck="false"></div></td>'
                f'<td class="gsc-search-button"><button class="gsc-search-button gsc-search-button-v2">{_svg(rng, _SEARCH_ICON, 13)}</button></td></tr></tbody></table></form></div>')
        src = "Google Programmable Search Engine box: .gsc-search-box / input.gsc-input"
    elif style == 5:
        html = (f'<div class="md-search" data-md-component="search" role="dialog"><label class="md-search__overlay" for="__search"></label>'
                f'<div class="md-search__inner" role="search"><form class="md-search__form" name="search"><input type="text" class="md-search__input" '
                f'name="query" aria-label="{esc(_t("search", lang))}" placeholder="{esc(_t("search", lang))}" autocapitalize="off" autocorrect="off" '
                f'autocomplete="off" spellcheck="false" data-md-component="search-query" required><label class="md-search__icon md-icon" for="__search">'
                f'{_svg(rng, _SEARCH_ICON)}</label></form><div class="md-search__output"><div class="md-search-result" data-md-component="search-result">'
                f'<div class="md-search-result__meta">Initializing search</div></div></div></div></div>')
        src = "MkDocs Material md-search dialog (lunr keyword search)"
    elif style == 6:
        html = (f'<div id="search" class="pagefind-ui pagefind-ui--reset" data-pagefind-ui="true"><form class="pagefind-ui__form" role="search">'
                f'<input class="pagefind-ui__search-input" type="text" placeholder="{esc(ph)}" autocapitalize="none" enterkeyhint="search">'
                f'<button class="pagefind-ui__search-clear pagefind-ui__suppressed">Clear</button><div class="pagefind-ui__drawer pagefind-ui__hidden"></div></form></div>')
        src = "Pagefind static search UI: .pagefind-ui__form[role=search]"
    elif style == 7:
        html = (f'<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">{esc(_t("search", lang))}:</span>'
                f'<input type="search" class="search-field" placeholder="{esc(ph)} …" value="" name="s"></label>'
                f'<input type="submit" class="search-submit" value="{esc(_t("search", lang))}"></form>')
        src = "WordPress get_search_form(): form.search-form > input.search-field[name=s]"
    else:
        html = (f'<button{_attrs(rng, [("type", "button"), ("class", _cls(rng, "search-toggle", "icon-button")), ("aria-label", _t("search", lang)), ("aria-expanded", "false"), ("aria-controls", "search-panel")])}>'
                f'{_svg(rng, _SEARCH_ICON)}</button>')
        src = "generic pattern: icon-only search toggle button"
    ctx = _flow(rng, (36, 640), (36, 60), y=rng.randint(0, 120)) if style != 5 else _box(rng, "center", (600, 800), (300, 500))
    return html, "search_box", src, ctx


_CRUMB_TITLES = {
    "en": ("Merino crew sweater", "Council approves new cycle lanes", "Configure webhooks", "Cast-iron skillet, 26 cm"),
    "de": ("Kaffeemühle Pro 2", "Stadtrat beschließt neue Radwege", "Wanderschuhe Alpin GTX"),
    "fr": ("Guide des randonnées", "Le conseil municipal vote le budget", "Pull en laine mérinos"),
    "es": ("Zapatillas trail 4", "El ayuntamiento aprueba nuevos carriles bici", "Sartén de hierro fundido"),
    "ja": ("メリノウールのセーター", "市議会が新しい自転車道を承認", "Webhookの設定"),
    "pt": ("Tênis de corrida Trail 4", "Câmara aprova novas ciclovias", "Configurar webhooks"),
    "it": ("Maglione in lana merino", "Il consiglio approva nuove piste ciclabili", "Moka da 6 tazze"),
    "nl": ("Merinowollen trui", "Gemeenteraad keurt nieuwe fietspaden goed", "Stadsfiets N7"),
    "pl": ("Sweter z wełny merino", "Rada miasta zatwierdza nowe ścieżki rowerowe", "Konfiguracja webhooków"),
    "ko": ("메리노 울 스웨터", "시의회, 새 자전거 도로 승인", "웹훅 설정"),
    "zh": ("美利奴羊毛衫", "市议会批准新建自行车道", "配置 Webhook"),
    "sv": ("Tröja i merinoull", "Kommunen godkänner nya cykelbanor", "Stekpanna i gjutjärn"),
}


def _breadcrumb(rng, lang):
    crumbs = [(_t("home", lang), "/")]
    crumbs += [(t, h) for t, h in rng.sample(_section_links(rng, lang), 2)]
    title = rng.choice(_CRUMB_TITLES[lang])
    crumbs.append((title, None))
    style = rng.randrange(3)
    if style == 0:
        lis = "".join((f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>' if h else
                       f'<li class="breadcrumb-item active" aria-current="page">{esc(t)}</li>') for t, h in crumbs)
        html = f'<nav aria-label="{esc(_t("breadcrumb", lang))}"><ol class="breadcrumb">{lis}</ol></nav>'
        src = "Bootstrap breadcrumb: nav[aria-label] > ol.breadcrumb > li.breadcrumb-item"
    elif style == 1:
        lis = "".join(('<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                       + (f'<a itemprop="item" href="{h}"><span itemprop="name">{esc(t)}</span></a>' if h else f'<span itemprop="name">{esc(t)}</span>')
                       + f'<meta itemprop="position" content="{j + 1}"></li>') for j, (t, h) in enumerate(crumbs))
        html = f'<ol class="{_cls(rng, "breadcrumbs")}" itemscope itemtype="https://schema.org/BreadcrumbList">{lis}</ol>'
        src = "schema.org BreadcrumbList microdata breadcrumb"
    else:
        parts = [f'<a href="{h}" class="{_cls(rng, "crumb")}">{esc(t)}</a>' if h else f'<span aria-current="page">{esc(t)}</span>' for t, h in crumbs]
        html = f'<div class="{_cls(rng, "breadcrumb-trail")}">' + ' <span class="sep">›</span> '.join(parts) + '</div>'
        src = "generic pattern: breadcrumb trail with › separators"
    return html, "breadcrumb", src, _flow(rng, (300, 900), (20, 40), y=rng.randint(60, 220))


def _pagination(rng, lang):
    cur = rng.randint(1, 8)
    last = cur + rng.randint(2, 20)
    style = rng.randrange(4)
    if style == 0:
        nums = [n for n in range(max(1, cur - 2), min(last, cur + 2) + 1)]
        lis = "".join(f'<li class="page-item{" active" if n == cur else ""}"><a class="page-link" href="?page={n}"'
                      f'{" aria-current=" + chr(34) + "page" + chr(34) if n == cur else ""}>{n}</a></li>' for n in nums)
        html = (f'<nav aria-label="{esc(_t("pagination", lang))}"><ul class="pagination"><li class="page-item"><a class="page-link" href="?page={max(1, cur - 1)}" '
                f'aria-label="{esc(_t("previous", lang))}"><span aria-hidden="true">&laquo;</span></a></li>{lis}<li class="page-item">'
                f'<a class="page-link" href="?page={cur + 1}" aria-label="{esc(_t("next", lang))}"><span aria-hidden="true">&raquo;</span></a></li></ul></nav>')
        src = "Bootstrap pagination: nav > ul.pagination > li.page-item"
    elif style == 1:
        html = (f'<nav class="navigation pagination" aria-label="{esc(_t("pagination", lang))}"><h2 class="screen-reader-text">{esc(_t("pagination", lang))}</h2>'
                f'<div class="nav-links"><a class="prev page-numbers" href="/page/{max(1, cur - 1)}/">{esc(_t("previous", lang))}</a>'
                f'<span aria-current="page" class="page-numbers current">{cur}</span><a class="page-numbers" href="/page/{cur + 1}/">{cur + 1}</a>'
                f'<span class="page-numbers dots">…</span><a class="page-numbers" href="/page/{last}/">{last}</a>'
                f'<a class="next page-numbers" href="/page/{cur + 1}/">{esc(_t("next", lang))}</a></div></nav>')
        src = "WordPress the_posts_pagination(): nav.navigation.pagination > .nav-links > .page-numbers"
    elif style == 2:
        html = (f'<div class="{_cls(rng, "load-more")}"><p>{cur * 24} / {last * 24}</p><button type="button" class="{_cls(rng, "btn", "btn--secondary", "load-more__button")}" '
                f'data-next-page="{cur + 1}">{esc(_t("show_more", lang))}</button></div>')
        src = "generic pattern: product grid load-more button with count"
    else:
        html = (f'<nav class="pagination-nav docusaurus-mt-lg" aria-label="{esc(_t("pagination", lang))}">'
                f'<a class="pagination-nav__link pagination-nav__link--prev" href="/docs/{rng.choice(("install", "quickstart", "concepts"))}">'
                f'<div class="pagination-nav__sublabel">{esc(_t("previous", lang))}</div><div class="pagination-nav__label">{esc(rng.choice(("Installation", "Quickstart", "Core concepts")))}</div></a>'
                f'<a class="pagination-nav__link pagination-nav__link--next" href="/docs/{rng.choice(("webhooks", "auth", "deploy"))}">'
                f'<div class="pagination-nav__sublabel">{esc(_t("next", lang))}</div><div class="pagination-nav__label">{esc(rng.choice(("Webhooks", "Authentication", "Deployment")))}</div></a></nav>')
        src = "Docusaurus doc pagination-nav prev/next links"
    return html, "pagination", src, _flow(rng, (300, 900), (40, 120))


def _footer(rng, lang):
    brand = rng.choice(_BRANDS)
    cols = [
        [("about", "/about"), ("careers", "/careers"), ("blog", "/blog")],
        [("help", "/help"), ("shipping", "/shipping"), ("returns", "/returns"), ("contact", "/contact")],
        [("privacy_policy", "/privacy"), ("cookie_policy", "/cookies"), ("terms", "/terms"), ("imprint", "/legal")],
    ]
    rng.shuffle(cols)
    cols = cols[:rng.randint(2, 3)]
    colhtml = "".join(f'<div class="{_cls(rng, "footer__col")}"><ul>' + "".join(f'<li><a href="{h}">{esc(_t(k, lang))}</a></li>' for k, h in c)
                      + '</ul></div>' for c in cols)
    socials = rng.sample((("Instagram", "https://www.instagram.com/"), ("Facebook", "https://www.facebook.com/"),
                          ("YouTube", "https://www.youtube.com/@"), ("LinkedIn", "https://www.linkedin.com/company/"),
                          ("X", "https://x.com/")), rng.randint(0, 4))
    soc = "".join(f'<li><a href="{u}{brand.lower().replace(" ", "")}" aria-label="{n}" target="_blank" rel="noopener">{_svg(rng)}</a></li>' for n, u in socials)
    soc = f'<ul class="{_cls(rng, "footer__social", "list-social")}">{soc}</ul>' if soc else ""
    html = (f'<footer{_attrs(rng, [("class", _cls(rng, "site-footer", "footer")), ("role", "contentinfo") if rng.random() < 0.5 else None])}>'
            f'<div class="{_cls(rng, "footer__grid")}">{colhtml}</div>{soc}'
            f'<p class="{_cls(rng, "footer__copyright")}">© 2026 {esc(brand)}. {esc(_t("all_rights", lang))}</p></footer>')
    return html, "footer", "generic pattern: site footer with link columns, social icons and copyright", _flow(rng, (900, 1440), (180, 420), y=rng.randint(1500, 6000))


_LANG_NAMES = (("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"), ("it", "Italiano"),
               ("pt", "Português"), ("nl", "Nederlands"), ("pl", "Polski"), ("ja", "日本語"), ("ko", "한국어"),
               ("zh", "简体中文"), ("sv", "Svenska"))


def _lang_picker(rng, lang):
    opts = rng.sample(_LANG_NAMES, rng.randint(3, 7))
    if lang not in [c for c, _ in opts]:
        opts[0] = (lang, dict(_LANG_NAMES)[lang])
    style = rng.randrange(3)
    if style == 0:
        o = "".join(f'<option value="{c}"{" selected" if c == lang else ""}>{n}</option>' for c, n in opts)
        sid = _hid(rng, 4)
        html = (f'<div class="{_cls(rng, "language-switcher")}"><label for="lang-{sid}">{esc(_t("language", lang))}</label>'
                f'<select id="lang-{sid}" name="locale" onchange="this.form.submit()">{o}</select></div>')
        src = "generic pattern: language <select> switcher"
    elif style == 1:
        cur = dict(opts)[lang]
        lis = "".join(f'<li><a class="link link--text disclosure__link caption-large{" focus-inset" if c == lang else ""}" href="#" hreflang="{c}" lang="{c}"'
                      f'{" aria-current=" + chr(34) + "true" + chr(34) if c == lang else ""} data-value="{c}">{n}</a></li>' for c, n in opts)
        html = (f'<localization-form><form method="post" action="/localization" id="HeaderLanguageForm" accept-charset="UTF-8" class="localization-form">'
                f'<div><h2 class="visually-hidden" id="HeaderLanguageLabel">{esc(_t("language", lang))}</h2><div class="disclosure">'
                f'<button type="button" class="disclosure__button localization-form__select localization-selector link" aria-expanded="false" '
                f'aria-controls="HeaderLanguageList" aria-describedby="HeaderLanguageLabel">{cur}</button>'
                f'<div class="disclosure__list-wrapper" hidden><ul id="HeaderLanguageList" role="list" class="disclosure__list list-unstyled">{lis}</ul></div>'
                f'</div><input type="hidden" name="locale_code" value="{lang}"></div></form></localization-form>')
        src = "Shopify Dawn <localization-form> language disclosure"
    else:
        lis = "".join(f'<li><a href="/{c}/" hreflang="{c}" lang="{c}" class="{_cls(rng, "lang-item")}">{c.upper()}</a></li>' for c, _ in opts)
        html = (f'<nav class="{_cls(rng, "lang-nav")}" aria-label="{esc(_t("language", lang))}"><button aria-haspopup="true" aria-expanded="false">'
                f'{_svg(rng)}<span>{lang.upper()}</span></button><ul role="menu">{lis}</ul></nav>')
        src = "generic pattern: globe-icon language menu with hreflang links (WPML/Polylang style)"
    return html, "language_picker", src, _flow(rng, (60, 240), (28, 44), y=rng.randint(0, 80)) if rng.random() < 0.6 else _corner(rng, "bl", (90, 140))


def _theme_toggle(rng, lang):
    style = rng.randrange(3)
    if style == 0:
        html = (f'<div class="{_cls(rng, "toggle_vylO", "colorModeToggle_DEke")}"><button class="clean-btn {_cls(rng, "toggleButton_gllP")}" type="button" '
                f'title="{esc(_t("dark_mode", lang))}" aria-label="{esc(_t("dark_mode", lang))}" aria-live="polite">{_svg(rng, _MOON)}</button></div>')
        src = "Docusaurus colorModeToggle button"
    elif style == 1:
        html = (f'<form class="md-header__option" data-md-component="palette"><input class="md-option" data-md-color-media="(prefers-color-scheme: light)" '
                f'data-md-color-scheme="default" aria-label="{esc(_t("dark_mode", lang))}" type="radio" name="__palette" id="__palette_0">'
                f'<label class="md-header__button md-icon" title="{esc(_t("dark_mode", lang))}" for="__palette_1" hidden>{_svg(rng, _MOON)}</label>'
                f'<input class="md-option" data-md-color-media="(prefers-color-scheme: dark)" data-md-color-scheme="slate" '
                f'aria-label="{esc(_t("light_mode", lang))}" type="radio" name="__palette" id="__palette_1"></form>')
        src = "MkDocs Material palette toggle (md-header__option data-md-component=palette)"
    else:
        pressed = rng.choice(("true", "false"))
        html = (f'<button{_attrs(rng, [("type", "button"), ("class", _cls(rng, "theme-toggle")), ("aria-pressed", pressed), ("aria-label", _t("dark_mode", lang)), ("data-theme-toggle", None)])}>'
                f'{_svg(rng, _MOON)}</button>')
        src = "generic pattern: dark-mode toggle button[aria-pressed]"
    ctx = _flow(rng, (32, 40), (32, 40), y=rng.randint(8, 40)) if rng.random() < 0.6 else _corner(rng, rng.choice(("br", "tr")), (40, 52))
    return html, "theme_toggle", src, ctx


def _docs_sidebar(rng, lang):
    items = rng.sample(("Introduction", "Installation", "Quickstart", "Authentication", "Webhooks", "Rate limits",
                        "Pagination", "Errors", "SDKs", "Changelog", "Migrating to v3", "Deployment", "Testing"), rng.randint(5, 9))
    cur = rng.randrange(len(items))
    style = rng.randrange(2)
    if style == 0:
        lis = "".join(f'<li class="theme-doc-sidebar-item-link theme-doc-sidebar-item-link-level-1 menu__list-item">'
                      f'<a class="menu__link{" menu__link--active" if j == cur else ""}"{" aria-current=" + chr(34) + "page" + chr(34) if j == cur else ""} '
                      f'href="/docs/{it.lower().replace(" ", "-")}">{esc(it)}</a></li>' for j, it in enumerate(items))
        html = (f'<aside class="theme-doc-sidebar-container {_cls(rng, "docSidebarContainer_YfHR")}"><div class="{_cls(rng, "sidebarViewport_aRkj")}">'
                f'<nav aria-label="Docs sidebar" class="menu thin-scrollbar {_cls(rng, "menu_SIkG")}"><ul class="theme-doc-sidebar-menu menu__list">{lis}</ul></nav></div></aside>')
        src = "Docusaurus docs sidebar: aside.theme-doc-sidebar-container > nav.menu"
        ctx = _box(rng, "left", (260, 300), (600, 900), position="sticky", z=1)
    else:
        lis = "".join(f'<li class="toc-entry toc-h{rng.choice((2, 3))}"><a href="#{it.lower().replace(" ", "-")}">{esc(it)}</a></li>' for it in items[:5])
        title = {"en": "On this page", "de": "Auf dieser Seite", "fr": "Sur cette page", "es": "En esta página", "ja": "このページの内容",
                 "pt": "Nesta página", "it": "In questa pagina", "nl": "Op deze pagina", "pl": "Na tej stronie", "ko": "이 페이지의 내용",
                 "zh": "本页内容", "sv": "På den här sidan"}[lang]
        html = (f'<nav class="{_cls(rng, "table-of-contents", "toc")}" aria-labelledby="toc-title-{_hid(rng, 3)}">'
                f'<h2 class="{_cls(rng, "toc__title")}">{esc(title)}</h2><ul>{lis}</ul></nav>')
        src = "generic pattern: 'On this page' table of contents"
        ctx = _box(rng, "right", (200, 280), (200, 420), position="sticky", z=1)
    return html, "nav", src, ctx


def _mega_menu(rng, lang):
    top = _section_links(rng, lang)
    t, h = rng.choice(top)
    subs = rng.sample(("Jackets", "Knitwear", "Shirts", "Trousers", "Shoes", "Bags", "Accessories", "Sportswear", "Basics"), 5)
    lis = "".join(f'<li role="none"><a role="menuitem" href="{h}/{s.lower()}" tabindex="-1">{s}</a></li>' for s in subs)
    html = (f'<li class="{_cls(rng, "menu-item", "menu-item-has-children")}" role="none"><button role="menuitem" aria-haspopup="true" aria-expanded="true" '
            f'class="{_cls(rng, "menu__toggle")}">{esc(t)}</button><ul role="menu" aria-label="{esc(t)}" class="{_cls(rng, "sub-menu", "mega-menu__list")}">'
            f'{lis}<li role="none"><a role="menuitem" href="{h}" tabindex="-1" class="{_cls(rng, "see-all")}">{esc(_t("see_all", lang))}</a></li></ul></li>')
    return html, "menu", "WAI-ARIA menubar pattern: li > button[aria-haspopup] + ul[role=menu] dropdown", _box(rng, "top", 100, (240, 420), position="absolute", z=50)


def _skip_link(rng, lang):
    target = rng.choice(("#main", "#MainContent", "#content", "#__docusaurus_skipToContent_fallback", "#main-content"))
    html = f'<a{_attrs(rng, [("class", _cls(rng, "skip-to-content-link", "visually-hidden-focusable", "skip-link")), ("href", target)])}>{esc(_t("skip", lang))}</a>'
    return html, "skip_link", "skip-to-content link (Dawn .skip-to-content-link / WordPress .skip-link)", _flow(rng, (120, 260), (24, 40), y=0)


def examples():
    templates = [
        ("header", _header, 45, LANGS),
        ("bootstrap_navbar", _bootstrap_navbar, 22, LANGS),
        ("docs_navbar", _docs_navbar, 18, LANGS),
        ("hamburger", _hamburger, 24, LANGS),
        ("search", _search, 70, LANGS),
        ("breadcrumb", _breadcrumb, 28, LANGS),
        ("pagination", _pagination, 28, LANGS),
        ("footer", _footer, 30, LANGS),
        ("lang_picker", _lang_picker, 24, LANGS),
        ("theme_toggle", _theme_toggle, 20, LANGS),
        ("docs_sidebar", _docs_sidebar, 20, LANGS),
        ("mega_menu", _mega_menu, 16, LANGS),
        ("skip_link", _skip_link, 12, LANGS),
    ]
    paths = ("/", "/home", "/news/world", "/news/local/{n}", "/docs/getting-started", "/docs/api/webhooks",
             "/collections/all", "/collections/women/knitwear", "/blog/2026/03/spring-notes", "/search",
             "/category/recipes", "/article/{n}", "/store", "/page/{n}")
    return _emit("neg_page_nav", templates, paths)
