"""Long-tail negatives (label 0): SaaS app chrome without AI items —
Jira/Linear/Notion/Slack/GitLab-style sidebars, workspace switchers,
cmdk/ninja-keys/kbar command palettes, Algolia autocomplete and DocSearch
without "Ask AI", notification feeds (Knock, Novu), region and currency
pickers, compare drawers, recently-viewed strips, kanban cards, calendar
popovers, chat lists with obfuscated classes, job cards."""
from corpus.common import esc, hashed_class
from corpus.sources.neg_longtail_fabs import (LANGS, _attrs, _cls, _cssmod, _d, _hid, _pick,
                                              _run, _svg, _t, _tid)

_NAV = ("home", "inbox", "projects", "issues", "calendar", "reports", "team", "docs", "favorites", "trash", "settings")


def _navkeys(rng, k=(5, 8)):
    keys = rng.sample(_NAV, rng.randint(*k))
    return [k for k in _NAV if k in keys]


def jira_sidebar(rng, lang):
    items = "".join(f'<a href="/jira/software/projects/{rng.choice(("OPS", "WEB", "APP"))}/{k}" data-testid="sidebar-item-{k}" '
                    f'class="{hashed_class(rng)}"><span class="{hashed_class(rng)}">{_svg(rng, "menu", 16)}</span>'
                    f'<span class="{hashed_class(rng)}">{esc(_t(k, lang))}</span></a>' for k in _navkeys(rng))
    html = (f'<nav aria-label="Sidebar" data-testid="ak-side-navigation" class="{hashed_class(rng)}"><div data-testid="side-nav-header">'
            f'<button type="button" aria-label="{esc(_t("projects", lang))}" class="{hashed_class(rng)}">{esc(rng.choice(("Platform Team", "Website Relaunch", "Mobile App")))}</button></div>'
            f'<div data-testid="side-nav-content" class="{hashed_class(rng)}">{items}</div></nav>')
    return _d(html, "app_sidebar", "Atlassian side navigation nav[data-testid=ak-side-navigation] with sidebar items", "inline", size=((220, 300), (500, 900)),
              hosts=("acme.atlassian.net", "northwind.atlassian.net"))


def linear_sidebar(rng, lang):
    team = rng.choice(("Engineering", "Design", "Growth", "Core"))
    items = "".join(f'<a href="/{team.lower()}/{k}" class="{_cssmod(rng, "SidebarLink", "link")}">'
                    f'{_svg(rng, "menu", 14)}<span>{esc(_t(k, lang))}</span></a>' for k in _navkeys(rng, (4, 6)))
    html = (f'<aside class="{_cssmod(rng, "Sidebar", "root")}"><div class="{_cssmod(rng, "Sidebar", "workspace")}"><button type="button" '
            f'aria-haspopup="menu" aria-label="Workspace menu">{esc(team)} HQ</button><button type="button" aria-label="{esc(_t("new_task", lang))}">'
            f'{_svg(rng, "edit", 16)}</button><button type="button" aria-label="{esc(_t("search", lang))}">{_svg(rng, "search", 16)}</button></div>'
            f'<nav aria-label="Workspace">{items}</nav><details open><summary>{esc(_t("team", lang))}</summary><a href="/{team.lower()}/active">Active</a>'
            f'<a href="/{team.lower()}/backlog">Backlog</a><a href="/{team.lower()}/cycles">Cycles</a></details></aside>')
    return _d(html, "app_sidebar", "generic pattern: Linear-like sidebar with workspace menu, new-issue and search buttons, team section",
              size=((220, 280), (500, 900)), hosts=("linear.app",))


def notion_sidebar(rng, lang):
    pages = _pick({"en": ("Meeting notes", "Roadmap Q3", "Reading list", "Travel plans"), "de": ("Besprechungsnotizen", "Roadmap Q3", "Leseliste"),
                   "fr": ("Notes de réunion", "Feuille de route", "Liste de lecture"), "es": ("Notas de reuniones", "Hoja de ruta", "Lista de lectura"),
                   "ja": ("議事録", "ロードマップ", "読書リスト"), "pt": ("Notas de reunião", "Roteiro", "Lista de leitura")}, lang)
    if isinstance(pages, str):
        pages = (pages,)
    rows = "".join(f'<div class="notion-sidebar-item" role="treeitem" aria-expanded="false" style="user-select:none;transition:background 20ms ease-in;'
                   f'cursor:pointer;display:flex;align-items:center;min-height:27px;padding:2px 10px"><div role="button" tabindex="0" aria-label="Open">▸</div>'
                   f'<div class="notranslate" style="flex:1 1 auto;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">{esc(p)}</div></div>' for p in pages)
    top = "".join(f'<div role="button" tabindex="0" style="user-select:none;display:flex;align-items:center;min-height:27px">{_svg(rng, ic, 16)}<div>{esc(_t(k, lang))}</div></div>'
                  for k, ic in (("search", "search"), ("inbox", "bell"), ("settings", "gear")))
    html = (f'<nav class="notion-sidebar-container" style="width:240px"><div class="notion-sidebar" style="display:flex;flex-direction:column;height:100%">'
            f'<div class="notion-sidebar-switcher" role="button" tabindex="0">{esc(rng.choice(("Maria’s Notion", "Studio Kern", "Team Wiki")))}</div>'
            f'{top}<div class="notion-outliner-private" role="tree">{rows}</div></div></nav>')
    return _d(html, "app_sidebar", "Notion sidebar .notion-sidebar-container with inline-styled div[role=button] rows (Search, Inbox, Settings; no Notion AI item)",
              size=((224, 260), (500, 900)), hosts=("www.notion.so",))


def slack_channels(rng, lang):
    chans = rng.sample(("general", "random", "design", "frontend", "ops-alerts", "hiring", "coffee", "releases"), 5)
    items = "".join(f'<div class="p-channel_sidebar__static_list__item" role="treeitem" aria-level="2" data-qa-channel-sidebar-channel-type="channel">'
                    f'<a href="/archives/C0{_hid(rng, 8).upper()}" class="c-link p-channel_sidebar__channel" data-qa-channel-sidebar-channel-id="C0{_hid(rng, 8).upper()}">'
                    f'<span class="p-channel_sidebar__name"><span dir="auto">{c}</span></span></a></div>' for c in chans)
    html = (f'<div class="p-channel_sidebar__list" role="tree" aria-label="Channels and direct messages" data-qa="slack_kit_list">'
            f'<div class="p-channel_sidebar__section_heading" role="treeitem" aria-level="1"><span class="p-channel_sidebar__section_heading_label">Channels</span>'
            f'<button class="c-button-unstyled p-channel_sidebar__section_heading_plus" aria-label="Add channels" type="button" data-qa="channel_section_add"></button></div>{items}</div>')
    return _d(html, "app_sidebar", "Slack channel sidebar .p-channel_sidebar__list with data-qa attributes", size=((220, 300), (300, 800)),
              hosts=("app.slack.com",), lang="en")


def gitlab_sidebar(rng, lang):
    items = "".join(f'<li class="gl-relative" data-testid="nav-item"><a href="/acme/web/-/{k}" class="super-sidebar-nav-item gl-rounded-base gl-relative gl-flex gl-items-center" '
                    f'data-qa-submenu-item="{esc(_t(k, lang))}" data-testid="nav-item-link"><span class="gl-flex-grow-1 gl-text-gray-900 gl-break-anywhere">{esc(_t(k, lang))}</span></a></li>'
                    for k in _navkeys(rng, (4, 7)))
    html = (f'<aside id="super-sidebar" aria-labelledby="super-sidebar-heading" class="super-sidebar super-sidebar-has-peeked" data-testid="super-sidebar">'
            f'<h2 id="super-sidebar-heading" class="gl-sr-only">Primary navigation</h2><div class="user-bar gl-flex gl-gap-1 gl-p-3">'
            f'<button aria-label="Create new..." type="button" class="btn btn-default btn-sm gl-button btn-default-tertiary btn-icon">{_svg(rng, "plus", 16)}</button>'
            f'<a aria-label="Merge requests" href="/dashboard/merge_requests" class="btn btn-default btn-sm gl-button btn-default-tertiary">{_svg(rng, "menu", 16)}</a></div>'
            f'<nav aria-labelledby="super-sidebar-context-header"><ul class="gl-list-none gl-p-0 gl-m-0">{items}</ul></nav></aside>')
    return _d(html, "app_sidebar", "GitLab super sidebar aside#super-sidebar with gl-* utility classes and data-qa-submenu-item", size=((220, 280), (500, 900)),
              hosts=("gitlab.com", "git.acme-corp.de"))


def workspace_switcher(rng, lang):
    ws = rng.sample(("Acme Inc", "Northwind", "Side project", "Design Guild", "Kern Studio", "Open Source"), 3)
    items = "".join(f'<li role="menuitemradio" aria-checked="{"true" if j == 0 else "false"}"><span class="{_cls(rng, "avatar")}">{w[0]}</span>{esc(w)}</li>' for j, w in enumerate(ws))
    html = (f'<div{_attrs(rng, [("class", _cls(rng, "workspace-menu")), ("role", "menu"), _tid(rng, "workspace-switcher")])}><ul>{items}</ul><hr>'
            f'<a role="menuitem" href="/workspaces/new">{esc(_t("create", lang))}</a><a role="menuitem" href="/settings">{esc(_t("settings", lang))}</a></div>')
    return _d(html, "menu", "generic pattern: workspace switcher dropdown (menuitemradio list)", size=((220, 300), (160, 300)))


_CMDS = {"en": ("Create new issue", "Go to inbox", "Switch theme", "Open settings", "Invite teammate", "Copy link", "Log out"),
         "de": ("Neuen Vorgang erstellen", "Zum Posteingang", "Design wechseln", "Einstellungen öffnen", "Teammitglied einladen", "Link kopieren"),
         "fr": ("Créer un ticket", "Aller à la boîte de réception", "Changer de thème", "Ouvrir les paramètres", "Inviter un collègue"),
         "es": ("Crear incidencia", "Ir a recibidos", "Cambiar tema", "Abrir configuración", "Invitar a un compañero"),
         "ja": ("課題を作成", "受信トレイへ移動", "テーマを切り替え", "設定を開く", "メンバーを招待"),
         "pt": ("Criar tarefa", "Ir para a caixa de entrada", "Trocar tema", "Abrir configurações", "Convidar colega"),
         "it": ("Crea ticket", "Vai alla posta in arrivo", "Cambia tema", "Apri impostazioni", "Invita un collega")}


def _cmds(rng, lang):
    return rng.sample(_CMDS.get(lang, _CMDS["en"]), 4)


def cmdk_palette(rng, lang):
    cmds = _cmds(rng, lang)
    items = "".join(f'<div cmdk-item="" role="option" id=":r{_hid(rng, 2)}:" data-disabled="false" data-selected="{"true" if j == 0 else "false"}" '
                    f'aria-disabled="false" aria-selected="{"true" if j == 0 else "false"}" data-value="{esc(c.lower())}">{esc(c)}</div>' for j, c in enumerate(cmds))
    html = (f'<div cmdk-root="" tabindex="-1" class="{_cls(rng, "command-menu")}"><label cmdk-label="" for=":r1:" id=":r0:" style="position:absolute;width:1px;height:1px;overflow:hidden">Command Menu</label>'
            f'<input cmdk-input="" autocomplete="off" autocorrect="off" spellcheck="false" aria-autocomplete="list" role="combobox" aria-expanded="true" '
            f'aria-controls=":r2:" aria-labelledby=":r0:" id=":r1:" type="text" placeholder="{esc(_pick({"en": "Type a command or search…", "de": "Befehl eingeben oder suchen…", "fr": "Tapez une commande ou recherchez…", "es": "Escribe un comando o busca…", "ja": "コマンドを入力または検索…"}, lang))}" value="">'
            f'<div cmdk-list="" role="listbox" aria-label="Suggestions" id=":r2:"><div cmdk-list-sizer=""><div cmdk-group="" role="presentation" data-value="Actions">'
            f'<div cmdk-group-heading="" aria-hidden="true">Actions</div><div cmdk-group-items="" role="group">{items}</div></div></div></div></div>')
    return _d(html, "command_palette", "cmdk command menu [cmdk-root] [cmdk-input] [cmdk-item] (no AI commands)", "center", size=((520, 640), (300, 420)))


def ninja_keys(rng, lang):
    html = (f'<ninja-keys placeholder="{esc(_pick({"en": "Type a command or search...", "de": "Befehl oder Suche…", "fr": "Commande ou recherche…", "es": "Comando o búsqueda…"}, lang))}" '
            f'hideBreadcrumbs></ninja-keys>')
    if rng.random() < 0.5:
        html = f'<ninja-keys class="{_cls(rng, "dark")}" noAutoLoadMdIcons></ninja-keys>'
    return _d(html, "command_palette", "ninja-keys <ninja-keys> command palette web component (shadow host)", "center", size=((560, 640), (300, 480)), shadow=True)


def kbar_palette(rng, lang):
    cmds = _cmds(rng, lang)
    items = "".join(f'<div id="kbar-listbox-item-{j}" role="option" aria-selected="{"true" if j == 0 else "false"}" style="position:absolute;top:0;left:0;width:100%;transform:translateY({j * 48}px)">'
                    f'<div class="{_cls(rng, "kbar-result")}"><span>{esc(c)}</span><kbd>{rng.choice(("G I", "C", "⌘ ,", "T"))}</kbd></div></div>' for j, c in enumerate(cmds))
    html = (f'<div class="kbar-portal"><div style="opacity:1;position:fixed;inset:0;display:flex;align-items:flex-start;justify-content:center;padding:14vh 16px 16px">'
            f'<div class="{_cls(rng, "kbar-animator")}"><input autofocus="" autocomplete="off" role="combobox" spellcheck="false" aria-expanded="true" '
            f'aria-controls="kbar-listbox" aria-activedescendant="kbar-listbox-item-0" placeholder="{esc(_t("search", lang))}…" value="">'
            f'<div role="listbox" id="kbar-listbox" style="position:relative;height:{len(cmds) * 48}px">{items}</div></div></div></div>')
    return _d(html, "command_palette", "kbar portal with role=combobox input and #kbar-listbox options", "center", size=((560, 680), (260, 420)))


def algolia_autocomplete(rng, lang):
    q = rng.choice(("rain jack", "espresso", "usb-c hub", "yoga mat", "trail sho"))
    sugg = [q + s for s in rng.sample(("et", "et men", "et women", "machine", "cups", " 7 port", "ets", "es"), 3)]
    items = "".join(f'<li class="aa-Item" role="option" id="autocomplete-0-querySuggestions-item-{j}" aria-selected="false"><div class="aa-ItemWrapper">'
                    f'<div class="aa-ItemContent"><div class="aa-ItemIcon aa-ItemIcon--noBorder">{_svg(rng, "search", 18)}</div><div class="aa-ItemContentBody">'
                    f'<div class="aa-ItemContentTitle"><mark>{esc(q)}</mark>{esc(s[len(q):])}</div></div></div></div></li>' for j, s in enumerate(sugg))
    html = (f'<div class="aa-Panel aa-Panel--desktop" data-testid="panel" style="top:64px;left:120px;right:220px"><div class="aa-PanelLayout aa-Panel--scrollable">'
            f'<section class="aa-Source" data-autocomplete-source-id="querySuggestionsPlugin"><ul class="aa-List" role="listbox" aria-labelledby="autocomplete-0-label" '
            f'id="autocomplete-0-querySuggestionsPlugin-list">{items}</ul></section></div></div>')
    return _d(html, "search_autocomplete", "Algolia Autocomplete v1 .aa-Panel > .aa-Source > ul.aa-List > li.aa-Item (query suggestions)",
              size=((400, 800), (120, 300)), hosts=("shop.urbanthreads.com", "www.brewcraft-supply.com", "shop.tinytoys.co"))


def docsearch_plain(rng, lang):
    hits = [("Installation", "Getting started"), ("Configuration file", "Reference"), ("Environment variables", "Guides"), ("Upgrading to v3", "Migration")]
    items = "".join(f'<li class="DocSearch-Hit" id="docsearch-item-{j}" role="option" aria-selected="{"true" if j == 0 else "false"}"><a href="/docs/{t.lower().replace(" ", "-")}">'
                    f'<div class="DocSearch-Hit-Container"><div class="DocSearch-Hit-icon"><svg width="20" height="20" viewBox="0 0 20 20"><path d="M17 6v12c0 .52-.2 1-1 1H4c-.7 0-1-.33-1-1V2c0-.55.42-1 1-1h8l5 5zM14 8h-3.13c-.51 0-.87-.34-.87-.87V4"></path></svg></div>'
                    f'<div class="DocSearch-Hit-content-wrapper"><span class="DocSearch-Hit-title">{esc(t)}</span><span class="DocSearch-Hit-path">{esc(p)}</span></div></div></a></li>'
                    for j, (t, p) in enumerate(rng.sample(hits, 3)))
    html = (f'<div class="DocSearch DocSearch-Container" role="button" tabindex="0"><div class="DocSearch-Modal"><header class="DocSearch-SearchBar">'
            f'<form class="DocSearch-Form"><label class="DocSearch-MagnifierLabel" for="docsearch-input" id="docsearch-label">Search</label>'
            f'<input class="DocSearch-Input" aria-autocomplete="both" aria-labelledby="docsearch-label" id="docsearch-input" autocomplete="off" '
            f'autocorrect="off" autocapitalize="off" enterkeyhint="search" spellcheck="false" placeholder="Search docs" maxlength="64" type="search" value="{rng.choice(("config", "install", "env"))}">'
            f'<button type="reset" title="Clear the query" class="DocSearch-Reset" aria-label="Clear the query"></button></form>'
            f'<button class="DocSearch-Cancel" type="reset" aria-label="Cancel">Cancel</button></header><div class="DocSearch-Dropdown"><div class="DocSearch-Dropdown-Container">'
            f'<section class="DocSearch-Hits"><div class="DocSearch-Hit-source">Documentation</div><ul role="listbox" aria-labelledby="docsearch-label" id="docsearch-list">{items}</ul></section>'
            f'</div></div><footer class="DocSearch-Footer"><div class="DocSearch-Logo"><a href="https://www.algolia.com/ref/docsearch/" target="_blank" rel="noopener noreferrer">'
            f'<span class="DocSearch-Label">Search by</span></a></div></footer></div></div>')
    return _d(html, "search_modal", "Algolia DocSearch v3 modal (.DocSearch-Modal, .DocSearch-Hit) with plain keyword hits, no Ask AI",
              "center", size=((560, 800), (360, 600)), lang="en", hosts=("docs.queuebase.dev", "docs.streamkit.dev"))


def combobox_autocomplete(rng, lang):
    cities = _pick({"en": ("Portland, OR", "Portsmouth, UK", "Porto, Portugal"), "de": ("München", "Münster", "Mühlheim"),
                    "fr": ("Marseille", "Marcq-en-Barœul", "Margaux"), "es": ("Valencia", "Valladolid", "Valdemoro"),
                    "ja": ("大阪市", "大津市", "大分市"), "it": ("Bologna", "Bolzano", "Bollate"), "pt": ("Campinas", "Campo Grande", "Campos")}, lang)
    if isinstance(cities, str):
        cities = (cities,)
    opts = "".join(f'<li role="option" id="loc-opt-{j}" aria-selected="{"true" if j == 0 else "false"}" class="{_cls(rng, "combobox__option")}">{esc(c)}</li>' for j, c in enumerate(cities))
    html = (f'<div class="{_cls(rng, "combobox")}"><label for="loc">{esc(_pick({"en": "Destination", "de": "Reiseziel", "fr": "Destination", "es": "Destino", "ja": "目的地", "it": "Destinazione", "pt": "Destino"}, lang))}</label>'
            f'<input id="loc" type="text" role="combobox" aria-autocomplete="list" aria-expanded="true" aria-controls="loc-list" aria-activedescendant="loc-opt-0" value="{esc(cities[0][:3])}">'
            f'<ul id="loc-list" role="listbox">{opts}</ul></div>')
    return _d(html, "search_autocomplete", "WAI-ARIA combobox (Downshift-style) location autocomplete", size=((280, 500), (150, 260)),
              hosts=("www.coastline-travel.com", "www.voyages-soleil.fr"))


def knock_feed(rng, lang):
    notes = _pick({"en": ("Priya commented on “Q3 budget”", "Your export is ready to download", "Marco assigned you to OPS-412"),
                   "de": ("Jonas hat „Budget Q3“ kommentiert", "Dein Export steht zum Download bereit"),
                   "fr": ("Léa a commenté « Budget T3 »", "Votre export est prêt"), "es": ("Lucía comentó en «Presupuesto T3»", "Tu exportación está lista")}, lang)
    if isinstance(notes, str):
        notes = (notes,)
    items = "".join(f'<div class="rnf-notification-cell"><div class="rnf-notification-cell__inner"><div class="rnf-notification-cell__content-outer">'
                    f'<div class="rnf-notification-cell__content"><p>{esc(n)}</p></div><span class="rnf-notification-cell__timestamp">{rng.randint(1, 59)}m</span></div>'
                    f'<div class="rnf-notification-cell__unread-dot"></div></div></div>' for n in notes)
    html = (f'<div class="rnf-notification-feed-popover rnf-notification-feed-popover--light" role="dialog" aria-label="{esc(_t("notifications", lang))}">'
            f'<div class="rnf-notification-feed-popover__inner"><header class="rnf-notification-feed__header"><div class="rnf-notification-feed__selector">'
            f'<span class="rnf-notification-feed__type">{esc(_t("notifications", lang))}</span></div><button class="rnf-mark-all-as-read">Mark all as read</button></header>'
            f'<div class="rnf-notification-feed__container">{items}</div></div></div>')
    return _d(html, "notification_feed", "Knock in-app feed popover .rnf-notification-feed-popover with .rnf-notification-cell", "tr", size=((360, 420), (300, 520)))


def region_picker(rng, lang):
    regions = (("US", "United States", "USD $"), ("DE", "Deutschland", "EUR €"), ("FR", "France", "EUR €"), ("JP", "日本", "JPY ¥"),
               ("GB", "United Kingdom", "GBP £"), ("BR", "Brasil", "BRL R$"), ("SE", "Sverige", "SEK kr"), ("KR", "대한민국", "KRW ₩"))
    sel = rng.sample(regions, 5)
    style = rng.randrange(2)
    if style == 0:
        opts = "".join(f'<li><a class="disclosure__link" href="#" data-value="{c}">{esc(n)} <span class="localization-form__currency">({cur})</span></a></li>' for c, n, cur in sel)
        html = (f'<localization-form><form method="post" action="/localization" id="HeaderCountryForm" accept-charset="UTF-8" class="localization-form">'
                f'<div class="disclosure"><button type="button" class="disclosure__button localization-form__select localization-selector link" aria-expanded="false" '
                f'aria-controls="HeaderCountryList" aria-describedby="HeaderCountryLabel">{esc(sel[0][1])} | {sel[0][2]}</button>'
                f'<div class="disclosure__list-wrapper" hidden><ul id="HeaderCountryList" role="list" class="disclosure__list list-unstyled">{opts}</ul></div></div>'
                f'<input type="hidden" name="country_code" value="{sel[0][0]}"></form></localization-form>')
        src = "Shopify Dawn <localization-form> country/currency disclosure"
    else:
        opts = "".join(f'<option value="{c}">{esc(n)} — {cur}</option>' for c, n, cur in sel)
        html = (f'<div role="dialog" aria-labelledby="rp-t"{_attrs(rng, [("class", _cls(rng, "region-modal")), _tid(rng, "region-picker")])}>'
                f'<h2 id="rp-t">{esc(_pick({"en": "Choose your region", "de": "Land/Region wählen", "fr": "Choisissez votre pays", "es": "Elige tu región", "ja": "国・地域を選択", "it": "Scegli il paese", "pt": "Escolha sua região"}, lang))}</h2>'
                f'<select name="region">{opts}</select><button type="button">{esc(_t("continue", lang))}</button></div>')
        src = "generic pattern: region/currency chooser modal"
    return _d(html, "region_picker", src, rng.choice(("inline", "center")), size=((240, 480), (40, 300)))


def compare_drawer(rng, lang):
    prods = rng.sample(("Canon EOS R8", "Sony A7 IV", "Nikon Z6 II", "Fujifilm X-T5", "Dyson V15", "Miele Triflex", "iPhone 16", "Pixel 9"), rng.randint(2, 3))
    slots = "".join(f'<li class="{_cls(rng, "compare-drawer__item")}"><img src="/img/{_hid(rng, 6)}.jpg" alt="" width="48" height="48"><span>{esc(p)}</span>'
                    f'<button type="button" aria-label="{esc(_t("close", lang))} {esc(p)}">×</button></li>' for p in prods)
    lab = _pick({"en": "Compare", "de": "Vergleichen", "fr": "Comparer", "es": "Comparar", "ja": "比較する", "pt": "Comparar", "it": "Confronta",
                 "nl": "Vergelijken", "pl": "Porównaj", "ko": "비교하기", "zh": "对比", "sv": "Jämför"}, lang)
    html = (f'<div{_attrs(rng, [("class", _cls(rng, "compare-drawer", "is-open")), ("role", "region"), ("aria-label", lab), _tid(rng, "compare-tray")])}>'
            f'<ul>{slots}</ul><a class="{_cls(rng, "btn", "btn-primary")}" href="/compare">{esc(lab)} ({len(prods)})</a></div>')
    return _d(html, "compare_bar", "generic pattern: sticky product compare drawer with selected items", "bottom", size=((600, 1280), (80, 120)))


def recently_viewed(rng, lang):
    title = _pick({"en": "Recently viewed", "de": "Zuletzt angesehen", "fr": "Vus récemment", "es": "Vistos recientemente", "ja": "最近チェックした商品",
                   "pt": "Vistos recentemente", "it": "Visti di recente", "nl": "Recent bekeken", "pl": "Ostatnio oglądane", "ko": "최근 본 상품",
                   "zh": "最近浏览", "sv": "Senast visade"}, lang)
    cards = "".join(f'<li class="{_cls(rng, "rv-card")}"><a href="/products/{_hid(rng, 6)}"><img loading="lazy" src="https://cdn.{rng.choice(("shop.urbanthreads.com", "shop.tinytoys.co"))}/p/{_hid(rng, 8)}.jpg" alt="">'
                    f'<span>{esc(rng.choice(("Linen shirt", "Wool beanie", "Canvas tote", "Rain shell", "Desk lamp", "Ceramic mug")))}</span><b>{rng.choice(("€29", "$45", "¥3,200", "£18"))}</b></a></li>'
                    for _ in range(rng.randint(3, 5)))
    html = f'<section{_attrs(rng, [("class", _cls(rng, "recently-viewed")), ("aria-label", title), _tid(rng, "recently-viewed")])}><h2>{esc(title)}</h2><ul role="list">{cards}</ul></section>'
    return _d(html, "product_strip", "generic pattern: recently viewed products strip", size=((600, 1200), (220, 360)))


def kanban_card(rng, lang):
    titles = _pick({"en": ("Fix login redirect loop", "Update pricing page copy", "Migrate cron jobs to queue"), "de": ("Login-Weiterleitung reparieren", "Preisseite aktualisieren"),
                    "fr": ("Corriger la redirection de connexion", "Mettre à jour la page tarifs"), "es": ("Arreglar redirección de inicio de sesión",),
                    "ja": ("ログインのリダイレクトを修正",), "pt": ("Corrigir redirecionamento do login",), "it": ("Correggere il redirect del login",)}, lang, rng)
    key = f"{rng.choice(('OPS', 'WEB', 'APP', 'PAY'))}-{rng.randint(10, 999)}"
    html = (f'<div role="button" tabindex="0" draggable="true"{_attrs(rng, [("class", _cls(rng, "board-card")), ("data-rbd-draggable-id", key), _tid(rng, "card-" + key)])}>'
            f'<span class="{_cls(rng, "card-key")}">{key}</span><p>{esc(titles)}</p><div class="{_cls(rng, "card-meta")}"><span class="{_cls(rng, "label", "label--bug")}">'
            f'{rng.choice(("bug", "frontend", "backend", "design"))}</span><img class="{_cls(rng, "avatar")}" src="/avatars/{rng.randint(1, 80)}.png" alt="" width="24" height="24"></div></div>')
    return _d(html, "kanban_card", "generic pattern: draggable kanban card (react-beautiful-dnd data-rbd-draggable-id)", size=((240, 300), (80, 140)))


def calendar_popover(rng, lang):
    ev = _pick({"en": ("Sprint planning", "Dentist", "1:1 with Sam"), "de": ("Sprintplanung", "Zahnarzt"), "fr": ("Planification du sprint", "Dentiste"),
                "es": ("Planificación del sprint", "Dentista"), "ja": ("スプリント計画",), "pt": ("Planejamento da sprint",), "it": ("Pianificazione sprint",)}, lang, rng)
    h = rng.randint(8, 17)
    html = (f'<div role="dialog" aria-label="{esc(ev)}"{_attrs(rng, [("class", _cls(rng, "event-popover")), _tid(rng, "event-details")])}>'
            f'<div class="{_cls(rng, "event-popover__actions")}"><button aria-label="{esc(_pick({"en": "Edit event", "de": "Termin bearbeiten", "fr": "Modifier"}, lang))}">{_svg(rng, "edit", 18)}</button>'
            f'<button aria-label="{esc(_t("more", lang))}">{_svg(rng, "dots", 18)}</button><button aria-label="{esc(_t("close", lang))}">{_svg(rng, "close", 18)}</button></div>'
            f'<h3>{esc(ev)}</h3><p><time>{h}:00</time> – <time>{h + 1}:00</time></p><p>{esc(_pick({"en": "Room 4B · 6 guests", "de": "Raum 4B · 6 Gäste", "fr": "Salle 4B · 6 invités"}, lang))}</p></div>')
    return _d(html, "calendar_popover", "generic pattern: calendar event details popover with edit/more/close icon buttons", "any", size=((300, 420), (160, 260)))


def chat_list(rng, lang):
    names = rng.sample(("Ana Souza", "Ben Carter", "Chen Wei", "Dana Kowalski", "Emil Berg", "Fatima Zahra", "Giulia Ferri", "Hiro Tanaka"), 4)
    previews = _pick({"en": ("See you at 7?", "Sent the photos 📷", "Thanks for yesterday!", "Can you call me?"),
                      "de": ("Bis um 7?", "Fotos sind unterwegs 📷", "Danke für gestern!"), "fr": ("On se voit à 19 h ?", "Merci pour hier !"),
                      "es": ("¿Nos vemos a las 7?", "¡Gracias por lo de ayer!"), "pt": ("Nos vemos às 7?", "Valeu por ontem!"),
                      "it": ("Ci vediamo alle 7?", "Grazie per ieri!"), "ja": ("7時に会える？", "昨日はありがとう！")}, lang)
    if isinstance(previews, str):
        previews = (previews,)
    c = [hashed_class(rng) for _ in range(5)]
    rows = "".join(f'<div role="listitem" class="{c[0]}"><div tabindex="-1" aria-selected="false" role="row" class="{c[1]}"><div class="{c[2]}">'
                   f'<img alt="" draggable="false" class="{c[3]}" src="https://pps.whatsapp.net/v/t61/{_hid(rng, 12)}.jpg"></div><div class="{c[4]}">'
                   f'<span dir="auto" title="{esc(n)}" class="{hashed_class(rng)}">{esc(n)}</span><span class="{hashed_class(rng)}" title="{esc(p)}">{esc(p)}</span>'
                   f'<div class="{hashed_class(rng)}">{rng.randint(8, 22)}:{rng.randint(10, 59)}</div></div></div></div>' for n, p in zip(names, [rng.choice(previews) for _ in names]))
    html = f'<div aria-label="Chat list" role="grid" aria-rowcount="{len(names)}" class="{hashed_class(rng)}" tabindex="0">{rows}</div>'
    return _d(html, "chat_list", "WhatsApp Web-style chat list: role=grid/listitem rows with obfuscated classes", size=((320, 440), (300, 800)),
              hosts=("web.whatsapp.com", "web.telegram.org"))


_JOBS = {"en": (("Senior Frontend Engineer", "Remote · Full-time"), ("Warehouse Associate", "Reno, NV · Shift work"), ("Staff Accountant", "Chicago · Hybrid")),
         "de": (("Pflegefachkraft (m/w/d)", "Köln · Vollzeit"), ("Lagerist (m/w/d)", "Hamburg · Schichtarbeit")),
         "fr": (("Comptable confirmé (H/F)", "Lyon · CDI"), ("Vendeur en boulangerie (H/F)", "Nantes · Temps partiel")),
         "es": (("Enfermera/o de quirófano", "Sevilla · Jornada completa"), ("Mozo de almacén", "Zaragoza · Turnos")),
         "ja": (("施工管理スタッフ", "横浜市 · 正社員"),), "pt": (("Analista financeiro", "São Paulo · Híbrido"),),
         "it": (("Magazziniere", "Verona · Tempo pieno"),), "nl": (("Verpleegkundige", "Utrecht · 32 uur"),),
         "pl": (("Księgowa", "Wrocław · Pełny etat"),), "sv": (("Undersköterska", "Uppsala · Heltid"),),
         "ko": (("물류 관리자", "인천 · 정규직"),), "zh": (("会计助理", "上海 · 全职"),)}


def job_card_alt(rng, lang):
    title, meta = rng.choice(_JOBS[lang])
    co = rng.choice(("Northwind Logistics", "Kern & Partner", "Clinique du Parc", "Hospital San Rafael", "Sakura Kensetsu", "Banco Azul"))
    style = rng.randrange(2)
    if style == 0:
        html = (f'<li class="{_cls(rng, "job-search-card")}" data-entity-urn="urn:li:jobPosting:{rng.randint(10**9, 10**10)}"><a class="base-card__full-link" href="/jobs/view/{rng.randint(10**6, 10**7)}">'
                f'<span class="sr-only">{esc(title)}</span></a><div class="base-search-card__info"><h3 class="base-search-card__title">{esc(title)}</h3>'
                f'<h4 class="base-search-card__subtitle">{esc(co)}</h4><div class="base-search-card__metadata"><span class="job-search-card__location">{esc(meta)}</span>'
                f'<time class="job-search-card__listdate" datetime="2026-11-{rng.randint(10, 28)}">{rng.randint(1, 6)} d</time></div></div></li>')
        src = "LinkedIn public job search card li.job-search-card with base-search-card__title"
    else:
        html = (f'<article{_attrs(rng, [("class", _cls(rng, "job-card")), _tid(rng, "job-card"), ("data-job-id", rng.randint(10000, 99999))])}><h3><a href="/jobs/{rng.randint(1000, 9999)}">{esc(title)}</a></h3>'
                f'<p>{esc(co)}</p><p>{esc(meta)}</p><button type="button" aria-label="{esc(_t("save", lang))} {esc(title)}">{_svg(rng, "heart", 18)}</button></article>')
        src = "generic pattern: job board listing card with save button"
    return _d(html, "job_card", src, size=((300, 700), (100, 180)))


DESIGNS = (
    ("jira_sidebar", jira_sidebar, 7, LANGS),
    ("linear_sidebar", linear_sidebar, 7, LANGS),
    ("notion_sidebar", notion_sidebar, 7, ("en", "de", "fr", "es", "ja", "pt")),
    ("slack_channels", slack_channels, 5, ("en",)),
    ("gitlab_sidebar", gitlab_sidebar, 6, LANGS),
    ("workspace_switcher", workspace_switcher, 6, LANGS),
    ("cmdk_palette", cmdk_palette, 7, ("en", "de", "fr", "es", "ja", "pt", "it")),
    ("ninja_keys", ninja_keys, 5, ("en", "de", "fr", "es")),
    ("kbar_palette", kbar_palette, 6, ("en", "de", "fr", "es", "ja", "pt", "it")),
    ("algolia_autocomplete", algolia_autocomplete, 6, LANGS),
    ("docsearch_plain", docsearch_plain, 6, ("en",)),
    ("combobox_autocomplete", combobox_autocomplete, 7, ("en", "de", "fr", "es", "ja", "it", "pt")),
    ("knock_feed", knock_feed, 6, ("en", "de", "fr", "es")),
    ("region_picker", region_picker, 7, LANGS),
    ("compare_drawer", compare_drawer, 7, LANGS),
    ("recently_viewed", recently_viewed, 7, LANGS),
    ("kanban_card", kanban_card, 7, ("en", "de", "fr", "es", "ja", "pt", "it")),
    ("calendar_popover", calendar_popover, 6, ("en", "de", "fr", "es", "ja", "pt", "it")),
    ("chat_list", chat_list, 7, ("en", "de", "fr", "es", "pt", "it", "ja")),
    ("job_card_alt", job_card_alt, 8, LANGS),
)


def examples():
    return _run("neg_longtail_apps", DESIGNS)
