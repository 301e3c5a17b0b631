"""Long-tail negatives (label 0): editor toolbars and icon-only app
toolbars with no AI button — TipTap, ProseMirror menubar, Quill, Lexical,
CKEditor 5, TinyMCE, Trix, Editor.js, GitHub markdown-toolbar, Gutenberg,
Slack/Discord/Teams composers, Google Docs toolbar, pdf.js, Leaflet and
Google Maps controls, MUI DataGrid toolbar, app header icon rows, voice and
translate buttons that are not generative AI."""
from corpus.common import esc, hashed_class
from corpus.sources.neg_longtail_fabs import (ICONS, LANGS, _attrs, _cls, _d, _hid, _pick,
                                              _run, _svg, _t, _tid)

_FMT = ("bold", "italic", "underline", "strike", "link", "bullets", "numbers", "quote", "code", "image")


def _some(rng, k=(4, 7), pool=_FMT):
    return rng.sample(pool, rng.randint(*k))


def tiptap(rng, lang):
    btns = "".join(
        f'<button type="button"{_attrs(rng, [("class", ("is-active" if rng.random() < 0.2 else None)), ("aria-label", _t(b, lang)), ("title", _t(b, lang) if rng.random() < 0.5 else None), ("data-tooltip", None)])}>'
        f'{_svg(rng, ICONS.get(b, ICONS["bold"]) if b in ICONS else b, 16)}</button>' for b in _some(rng))
    wrapper = rng.choice(("tiptap-toolbar", "editor-menu", "menu-bar", "control-group"))
    html = f'<div class="{_cls(rng, wrapper)}" role="toolbar" aria-label="{esc(_t("heading", lang))}"><div class="button-group">{btns}</div></div>'
    if rng.random() < 0.5:
        html = (f'<div class="{_cls(rng, "editor")}">{html}<div class="tiptap ProseMirror" contenteditable="true" role="textbox" translate="no" tabindex="0">'
                f'<p>{esc(_pick({"en": "Meeting notes for Thursday", "de": "Notizen für Donnerstag", "fr": "Notes de la réunion de jeudi", "es": "Notas de la reunión del jueves"}, lang))}</p></div></div>')
    return _d(html, "editor_toolbar", "TipTap editor toolbar (button-group, is-active) above div.tiptap.ProseMirror", size=((400, 900), (36, 300)))


def prosemirror_menubar(rng, lang):
    items = (("Toggle strong style", "strong"), ("Toggle emphasis", "em"), ("Toggle code font", "code"),
             ("Add or remove link", "link"), ("Wrap in bullet list", "bullet_list"), ("Wrap in block quote", "blockquote"),
             ("Undo last change", "undo"), ("Redo last undone change", "redo"))
    its = "".join(f'<span class="ProseMirror-menuitem"><div class="ProseMirror-icon" title="{t}"><svg fill="currentcolor" height="16" width="16" '
                  f'viewBox="0 0 1024 1024"><path d="M{rng.randint(100, 900)} {rng.randint(100, 900)}h200v200z"></path></svg></div></span>'
                  for t, _ in rng.sample(items, rng.randint(4, 7)))
    html = (f'<div class="ProseMirror-menubar-wrapper"><div class="ProseMirror-menubar" style="min-height: 25px;">{its}'
            f'<span class="ProseMirror-menuseparator"></span><span class="ProseMirror-menuitem"><div class="ProseMirror-menu-dropdown-wrap">'
            f'<div class="ProseMirror-menu-dropdown" title="Insert new element"><span>Insert</span></div></div></span></div></div>')
    return _d(html, "editor_toolbar", "prosemirror-menu example-setup menubar (ProseMirror-menuitem, ProseMirror-icon titles)",
              size=((400, 800), (28, 40)), lang="en")


def quill(rng, lang):
    groups = [
        '<span class="ql-formats"><span class="ql-header ql-picker"><span class="ql-picker-label" tabindex="0" role="button" aria-expanded="false" '
        'aria-controls="ql-picker-options-0"><svg viewBox="0 0 18 18"><polygon class="ql-stroke" points="7 11 9 13 11 11 7 11"></polygon></svg></span></span></span>',
        '<span class="ql-formats">' + "".join(f'<button type="button" class="ql-{f}" aria-pressed="false" aria-label="{f}"><svg viewBox="0 0 18 18">'
                                              f'<path class="ql-stroke" d="M5,4H9.5A2.5,2.5,0,0,1,12,6.5v0A2.5,2.5,0,0,1,9.5,9H5A0,0,0,0,1,5,9V4A0,0,0,0,1,5,4Z"></path></svg></button>'
                                              for f in rng.sample(("bold", "italic", "underline", "strike"), rng.randint(2, 4))) + '</span>',
        '<span class="ql-formats"><button type="button" class="ql-list" value="ordered" aria-pressed="false" aria-label="list: ordered"></button>'
        '<button type="button" class="ql-list" value="bullet" aria-pressed="false" aria-label="list: bullet"></button></span>',
        '<span class="ql-formats"><button type="button" class="ql-link" aria-pressed="false" aria-label="link"></button>'
        '<button type="button" class="ql-image" aria-pressed="false" aria-label="image"></button></span>',
        '<span class="ql-formats"><button type="button" class="ql-clean" aria-label="clean"></button></span>',
    ]
    k = rng.randint(3, 5)
    theme = rng.choice(("snow", "bubble"))
    html = f'<div class="ql-toolbar ql-{theme}">{"".join(groups[:k])}</div>'
    return _d(html, "editor_toolbar", "Quill toolbar div.ql-toolbar.ql-snow with span.ql-formats and button.ql-bold[aria-label]",
              size=((300, 800), (36, 44)))


def lexical(rng, lang):
    def b(cmd, lab, title=None):
        return (f'<button{_attrs(rng, [("type", "button"), ("class", "toolbar-item spaced" + (" active" if rng.random() < 0.2 else "")), ("aria-label", lab), ("title", title)])}>'
                f'<i class="format {cmd}"></i></button>')
    parts = [b("undo", _t("undo", lang), "Undo (Ctrl+Z)"), b("redo", _t("redo", lang), "Redo (Ctrl+Y)"), '<div class="divider"></div>',
             '<button type="button" class="toolbar-item block-controls" aria-label="Formatting options for text style"><span class="icon block-type paragraph"></span>'
             '<span class="text dropdown-button-text">Normal</span><i class="chevron-down"></i></button>', '<div class="divider"></div>',
             b("bold", _t("bold", lang), "Bold (Ctrl+B)"), b("italic", _t("italic", lang), "Italic (Ctrl+I)"),
             b("underline", _t("underline", lang), "Underline (Ctrl+U)"), b("link", _t("link", lang), "Insert link (Ctrl+K)")]
    if rng.random() < 0.5:
        parts.append('<button type="button" class="toolbar-item spaced" aria-label="Formatting options for additional text styles"><i class="icon dropdown-more"></i></button>')
    html = f'<div class="toolbar">{"".join(parts)}</div>'
    return _d(html, "editor_toolbar", "Lexical playground ToolbarPlugin: button.toolbar-item.spaced > i.format.bold", size=((400, 900), (36, 44)))


def ckeditor5(rng, lang):
    items = []
    for j, f in enumerate(_some(rng, (4, 7), ("bold", "italic", "underline", "link", "bullets", "numbers", "quote", "table", "image", "undo"))):
        lab = _t(f, lang)
        uid = f"ck-editor__aria-label_e{_hid(rng, 32)}"
        items.append(f'<button class="ck ck-button ck-off" type="button" tabindex="-1" aria-labelledby="{uid}" data-cke-tooltip-text="{esc(lab)}'
                     f'{" (Ctrl+B)" if f == "bold" else ""}" data-cke-tooltip-position="s" aria-pressed="false">'
                     f'<svg class="ck ck-icon ck-reset_all-excluded ck-icon_inherit-color ck-button__icon" viewBox="0 0 20 20"><path d="M10.187 17H5.773c-.637 0-1.092-.138-1.364-.415z"></path></svg>'
                     f'<span class="ck ck-button__label" id="{uid}">{esc(lab)}</span></button>')
        if j == 2:
            items.append('<span class="ck ck-toolbar__separator"></span>')
    html = (f'<div class="ck ck-editor__top ck-reset_all" role="presentation"><div class="ck ck-sticky-panel"><div class="ck ck-sticky-panel__content">'
            f'<div class="ck ck-toolbar ck-toolbar_grouping" role="toolbar" aria-label="Editor toolbar" tabindex="-1"><div class="ck ck-toolbar__items">'
            f'{"".join(items)}</div></div></div></div></div>')
    return _d(html, "editor_toolbar", "CKEditor 5 classic toolbar .ck-toolbar__items > button.ck-button[data-cke-tooltip-text] with ck-button__label",
              size=((500, 900), (38, 80)))


def tinymce(rng, lang):
    names = _some(rng, (4, 8), ("undo", "redo", "bold", "italic", "underline", "link", "image", "bullets", "numbers", "print", "table", "align"))
    mce = {"bullets": "bullist", "numbers": "numlist", "align": "alignleft"}
    btns = "".join(f'<button aria-label="{esc(_t(n, lang))}" data-mce-name="{mce.get(n, n)}" type="button" tabindex="-1" class="tox-tbtn" aria-disabled="false"'
                   + (' aria-pressed="false"' if n in ("bold", "italic", "underline") else "") + ' style="width: 34px;">'
                   '<span class="tox-icon tox-tbtn__icon-wrap"><svg width="24" height="24" focusable="false"><path d="M7.8 19c-.3 0-.5 0-.6-.2l-.2-.5V5.7z" fill-rule="evenodd"></path></svg></span></button>'
                   for n in names)
    html = (f'<div role="group" class="tox-toolbar-overlord" aria-disabled="false"><div role="group" class="tox-toolbar__primary">'
            f'<div title="" role="toolbar" data-alloy-tabstop="true" tabindex="-1" class="tox-toolbar__group">{btns}</div></div></div>')
    return _d(html, "editor_toolbar", "TinyMCE 6/7 toolbar .tox-toolbar__group > button.tox-tbtn[data-mce-name][aria-label]",
              size=((500, 900), (38, 80)))


def trix(rng, lang):
    text = "".join(f'<button type="button" class="trix-button trix-button--icon trix-button--icon-{a}" data-trix-attribute="{a}"'
                   + (' data-trix-key="' + a[0] + '"' if a in ("bold", "italic") else "") + f' title="{esc(_t(k, lang))}" tabindex="-1">{esc(_t(k, lang))}</button>'
                   for a, k in (("bold", "bold"), ("italic", "italic"), ("strike", "strike"), ("href", "link")))
    block = "".join(f'<button type="button" class="trix-button trix-button--icon trix-button--icon-{a}" data-trix-attribute="{a}" title="{esc(_t(k, lang))}" tabindex="-1">{esc(_t(k, lang))}</button>'
                    for a, k in (("heading1", "heading"), ("quote", "quote"), ("code", "code"), ("bullet-list", "bullets"), ("number-list", "numbers")))
    tb_id = f"trix-toolbar-{rng.randint(1, 9)}"
    html = (f'<trix-toolbar id="{tb_id}"><div class="trix-button-row"><span class="trix-button-group trix-button-group--text-tools" data-trix-button-group="text-tools">{text}</span>'
            f'<span class="trix-button-group trix-button-group--block-tools" data-trix-button-group="block-tools">{block}</span>'
            f'<span class="trix-button-group trix-button-group--history-tools" data-trix-button-group="history-tools">'
            f'<button type="button" class="trix-button trix-button--icon trix-button--icon-undo" data-trix-action="undo" data-trix-key="z" title="{esc(_t("undo", lang))}" tabindex="-1">{esc(_t("undo", lang))}</button>'
            f'</span></div></trix-toolbar>')
    return _d(html, "editor_toolbar", "Basecamp Trix <trix-toolbar> with trix-button-group and data-trix-attribute buttons", size=((400, 800), (36, 44)))


def editorjs(rng, lang):
    items = "".join(f'<div class="ce-popover-item" data-item-name="{n}"><div class="ce-popover-item__icon">{_svg(rng, "plus", 20)}</div>'
                    f'<div class="ce-popover-item__title">{esc(t)}</div></div>'
                    for n, t in rng.sample((("header", _t("heading", lang)), ("list", _t("bullets", lang)), ("quote", _t("quote", lang)),
                                            ("code", _t("code", lang)), ("image", _t("image", lang)), ("table", _t("table", lang))), 4))
    html = (f'<div class="ce-toolbar ce-toolbar--opened"><div class="ce-toolbar__content"><div class="ce-toolbar__actions ce-toolbar__actions--opened">'
            f'<span class="ce-toolbar__plus">{_svg(rng, "plus", 24)}</span><span class="ce-toolbar__settings-btn" draggable="true">'
            f'{_svg(rng, "dots", 24)}</span></div><div class="ce-popover ce-popover--opened"><div class="ce-popover__container">'
            f'<div class="ce-popover__search"><input class="cdx-search-field__input" placeholder="{esc(_t("filter", lang))}" tabindex="-1"></div>'
            f'<div class="ce-popover__items">{items}</div></div></div></div></div>')
    return _d(html, "editor_toolbar", "Editor.js block toolbar .ce-toolbar__plus with .ce-popover items (Heading, List, Quote...)",
              size=((250, 320), (200, 360)))


def gh_markdown_toolbar(rng, lang):
    tools = (("md-header", "Add heading text"), ("md-bold", "Add bold text, <Ctrl+b>"), ("md-italic", "Add italic text, <Ctrl+i>"),
             ("md-quote", "Insert a quote, <Ctrl+Shift+.>"), ("md-code", "Insert code, <Ctrl+e>"), ("md-link", "Add a link, <Ctrl+k>"),
             ("md-unordered-list", "Add a bulleted list, <Ctrl+Shift+8>"), ("md-task-list", "Add a task list, <Ctrl+Shift+l>"),
             ("md-mention", "Directly mention a user or team"), ("md-ref", "Reference an issue, pull request, or discussion"))
    btns = "".join(f'<{t} tabindex="-1" aria-label="{esc(lab)}" class="Button Button--iconOnly Button--invisible Button--medium" role="button">'
                   f'<svg aria-hidden="true" height="16" viewBox="0 0 16 16" version="1.1" width="16" class="octicon"><path d="M3.75 2h3.5a.75.75 0 0 1 0 1.5z"></path></svg></{t}>'
                   for t, lab in tools[:rng.randint(6, 10)])
    html = f'<markdown-toolbar role="toolbar" for="new_comment_field_{rng.randint(100, 999)}" class="js-details-target d-flex flex-items-center">{btns}</markdown-toolbar>'
    return _d(html, "editor_toolbar", "GitHub <markdown-toolbar> with md-bold/md-italic elements and aria-labels",
              size=((300, 600), (32, 40)), hosts=("github.com", "ghe.acme-corp.com"), lang="en")


def gutenberg(rng, lang):
    btns = "".join(f'<button type="button" aria-pressed="false" data-toolbar-item="true" aria-label="{esc(_t(k, lang))}" tabindex="-1" '
                   f'class="components-button components-toolbar-button{" is-pressed" if rng.random() < 0.15 else ""} has-icon">'
                   f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="{ICONS.get(k, ICONS["bold"])}"></path></svg></button>'
                   for k in rng.sample(("bold", "italic", "link", "strike"), 3))
    html = (f'<div role="toolbar" aria-orientation="horizontal" aria-label="Block tools" class="components-accessible-toolbar block-editor-block-contextual-toolbar" '
            f'data-has-parent="false"><div class="block-editor-block-toolbar"><div class="components-toolbar-group block-editor-block-toolbar__block-controls">'
            f'<div class="block-editor-block-switcher"><button type="button" aria-haspopup="true" aria-expanded="false" aria-label="Paragraph" class="components-button '
            f'components-dropdown-menu__toggle block-editor-block-switcher__toggle has-icon"></button></div></div>'
            f'<div class="components-toolbar-group">{btns}<button type="button" aria-haspopup="true" aria-expanded="false" aria-label="{esc(_t("more", lang))}" '
            f'class="components-button components-dropdown-menu__toggle has-icon">{_svg(rng, "dots", 24)}</button></div></div></div>')
    return _d(html, "editor_toolbar", "WordPress Gutenberg block-editor-block-contextual-toolbar with components-toolbar-button (Bold, Italic, Link, More)",
              size=((260, 420), (48, 52)))


def slack_composer(rng, lang):
    def ib(lab, qa, icon):
        return (f'<button class="c-button-unstyled c-icon_button c-icon_button--size_small c-wysiwyg_container__button c-icon_button--default" '
                f'data-qa="{qa}" aria-label="{esc(lab)}" delay="300" data-sk="tooltip_parent" type="button">{_svg(rng, icon, 18)}</button>')
    fmt = "".join(ib(_t(k, lang), f"{k}-composer-button", k if k in ICONS else "bold") for k in ("bold", "italic", "strike", "link", "bullets"))
    ch = rng.choice(("general", "design-review", "ops-oncall", "marketing", "random", "eng-frontend"))
    html = (f'<div class="c-wysiwyg_container c-wysiwyg_container--with_footer c-basic_container__body" data-qa="message_input_container">'
            f'<div class="c-texty_buttons c-wysiwyg_container__formatting" data-qa="wysiwyg-container_formatting-buttons">{fmt}</div>'
            f'<div class="ql-container texty_legacy" data-qa="message_input"><div class="ql-editor ql-blank" contenteditable="true" role="textbox" '
            f'aria-label="Message #{ch}" data-qa="texty_input" aria-multiline="true" spellcheck="true"><p><br></p></div>'
            f'<div class="ql-placeholder" aria-hidden="true">Message #{ch}</div></div>'
            f'<div class="c-wysiwyg_container__footer c-wysiwyg_container__footer--with_formatting">'
            f'<div class="c-wysiwyg_container__prefix">{ib(_t("attach", lang), "shortcuts_menu_trigger__Channel", "plus")}'
            f'{ib(_t("emoji", lang), "texty_emoji_button", "emoji")}{ib(_t("mention", lang), "texty_mention_button", "person")}</div>'
            f'<div class="c-wysiwyg_container__suffix"><button class="c-button-unstyled c-icon_button c-icon_button--size_small c-wysiwyg_container__button '
            f'c-wysiwyg_container__button--send c-icon_button--default" data-qa="texty_send_button" aria-label="{esc(_t("send", lang))}" type="button">'
            f'{_svg(rng, "M2 21l21-9L2 3v7l15 2-15 2z", 16)}</button></div></div></div>')
    return _d(html, "message_composer", "Slack message composer .c-wysiwyg_container with data-qa texty_input/texty_send_button, formatting buttons",
              size=((500, 1000), (80, 140)), hosts=("app.slack.com", "acme-corp.slack.com"))


def discord_bar(rng, lang):
    ch = rng.choice(("general", "off-topic", "speedrun-help", "art-share", "lfg"))
    cls = lambda n: f"{n}__{_hid(rng, 5)}"
    html = (f'<form class="{cls("form")}"><div class="{cls("channelTextArea")} {cls("channelTextAreaEnabled")}"><div class="{cls("scrollableContainer")}">'
            f'<div class="{cls("inner")}"><div class="{cls("attachWrapper")}"><button aria-label="Upload a file or send invitations" type="button" '
            f'class="{cls("attachButton")} {cls("button")}">{_svg(rng, "plus", 24)}</button></div>'
            f'<div class="{cls("textArea")}"><div aria-label="Message #{ch}" aria-multiline="true" role="textbox" spellcheck="true" '
            f'class="{cls("markup")} {cls("editor")} {cls("slateTextArea")}" contenteditable="true" data-slate-editor="true" data-slate-node="value">'
            f'<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-placeholder="true" contenteditable="false">Message #{ch}</span></span></span></div></div></div>'
            f'<div class="{cls("buttons")}"><button aria-label="Send a gift" type="button" class="{cls("button")}"></button>'
            f'<div class="{cls("buttonContainer")}"><button aria-label="Open GIF picker" aria-expanded="false" type="button" class="{cls("button")}"></button></div>'
            f'<div class="{cls("buttonContainer")}"><button aria-label="Open sticker picker" type="button" class="{cls("button")}"></button></div>'
            f'<div class="{cls("buttonContainer")}"><button aria-label="Select emoji" type="button" class="{cls("emojiButton")} {cls("button")}"></button></div>'
            f'</div></div></div></div></form>')
    return _d(html, "message_composer", "Discord channel text area (Slate editor, aria-labels 'Upload a file…', 'Open GIF picker', 'Select emoji')",
              size=((500, 1100), (44, 60)), hosts=("discord.com",), path="/channels/@me", lang="en")


def teams_composer(rng, lang):
    btns = "".join(f'<button type="button" data-tid="{tid}" aria-label="{esc(_t(k, lang))}" title="{esc(_t(k, lang))}" '
                   f'class="fui-Button r1alrhcs ___{_hid(rng, 7)} {_hid(rng, 7)}">{_svg(rng, ic, 20)}</button>'
                   for tid, k, ic in (("sendMessageCommands-format", "bold", "bold"), ("sendMessageCommands-emoji", "emoji", "emoji"),
                                      ("sendMessageCommands-attach", "attach", "attach"), ("sendMessageCommands-more", "more", "dots")))
    html = (f'<div data-tid="message-pane-footer" class="fui-Flex ___{_hid(rng, 7)}"><div role="textbox" contenteditable="true" aria-label="Type a message" '
            f'data-tid="ckeditor" class="ck ck-content ck-editor__editable ck-rounded-corners ck-editor__editable_inline"><p><br data-cke-filler="true"></p></div>'
            f'<div role="toolbar" aria-label="Message extensions" class="fui-Toolbar ___{_hid(rng, 7)}">{btns}'
            f'<button type="button" data-tid="newMessageCommands-send" aria-label="{esc(_t("send", lang))}" class="fui-Button ___{_hid(rng, 7)}">'
            f'{_svg(rng, "M2 21l21-9L2 3v7l15 2-15 2z", 20)}</button></div></div>')
    return _d(html, "message_composer", "Microsoft Teams (v2) compose box: data-tid sendMessageCommands-*, Fluent UI fui-Button/fui-Toolbar",
              size=((500, 1000), (80, 120)), hosts=("teams.microsoft.com", "teams.live.com"))


def gdocs_toolbar(rng, lang):
    def tb(id_, lab, sc=None):
        return (f'<div id="{id_}" class="goog-toolbar-button goog-inline-block" role="button" aria-disabled="false" aria-pressed="false" '
                f'data-tooltip="{esc(lab)}{" (" + sc + ")" if sc else ""}" aria-label="{esc(lab)}{" (" + sc + ")" if sc else ""}" style="user-select: none;">'
                f'<div class="goog-toolbar-button-outer-box goog-inline-block"><div class="goog-toolbar-button-inner-box goog-inline-block">'
                f'<div class="docs-icon goog-inline-block"><div class="docs-icon-img-container docs-icon-img docs-icon-{id_.replace("Button", "").lower()}" aria-hidden="true">&nbsp;</div></div></div></div></div>')
    parts = [tb("undoButton", _t("undo", lang), "Ctrl+Z"), tb("redoButton", _t("redo", lang), "Ctrl+Y"), tb("printButton", _t("print", lang), "Ctrl+P"),
             '<div class="goog-toolbar-separator goog-inline-block" aria-disabled="true" role="separator"></div>',
             tb("boldButton", _t("bold", lang), "Ctrl+B"), tb("italicButton", _t("italic", lang), "Ctrl+I"), tb("underlineButton", _t("underline", lang), "Ctrl+U"),
             tb("insertLinkButton", _t("link", lang), "Ctrl+K"), tb("insertCommentButton", _t("comment", lang), "Ctrl+Alt+M")]
    html = f'<div id="docs-toolbar" class="goog-toolbar" role="toolbar" style="user-select: none;" aria-activedescendant="" tabindex="0">{"".join(parts)}</div>'
    return _d(html, "editor_toolbar", "Google Docs #docs-toolbar goog-toolbar-button (boldButton, insertLinkButton) with data-tooltip",
              size=((700, 1200), (36, 40)), hosts=("docs.google.com",), path="/document/d/1aBcD/edit")


def pdfjs(rng, lang):
    html = (f'<div id="toolbarViewer"><div id="toolbarViewerLeft"><button id="sidebarToggle" class="toolbarButton" title="Toggle Sidebar" tabindex="11" '
            f'data-l10n-id="toggle_sidebar" aria-expanded="false" aria-controls="sidebarContainer"><span data-l10n-id="toggle_sidebar_label">Toggle Sidebar</span></button>'
            f'<div class="toolbarButtonSpacer"></div><button id="viewFind" class="toolbarButton" title="Find in Document" tabindex="12" data-l10n-id="findbar" '
            f'aria-expanded="false" aria-controls="findbar"><span data-l10n-id="findbar_label">Find</span></button></div>'
            f'<div id="toolbarViewerMiddle"><div class="splitToolbarButton"><button id="zoomOut" class="toolbarButton" title="{esc(_t("zoom_out", lang))}" tabindex="21" '
            f'data-l10n-id="zoom_out"><span data-l10n-id="zoom_out_label">{esc(_t("zoom_out", lang))}</span></button><div class="splitToolbarButtonSeparator"></div>'
            f'<button id="zoomIn" class="toolbarButton" title="{esc(_t("zoom_in", lang))}" tabindex="22" data-l10n-id="zoom_in"><span data-l10n-id="zoom_in_label">{esc(_t("zoom_in", lang))}</span></button></div></div>'
            f'<div id="toolbarViewerRight"><button id="print" class="toolbarButton hiddenMediumView" title="{esc(_t("print", lang))}" tabindex="33" data-l10n-id="print">'
            f'<span data-l10n-id="print_label">{esc(_t("print", lang))}</span></button><button id="download" class="toolbarButton hiddenMediumView" title="{esc(_t("download", lang))}" '
            f'tabindex="34" data-l10n-id="save"><span data-l10n-id="save_label">{esc(_t("download", lang))}</span></button>'
            f'<button id="secondaryToolbarToggle" class="toolbarButton" title="Tools" tabindex="36" data-l10n-id="tools" aria-expanded="false" aria-controls="secondaryToolbar">'
            f'<span data-l10n-id="tools_label">Tools</span></button></div></div>')
    return _d(html, "viewer_toolbar", "pdf.js viewer #toolbarViewer with #zoomIn/#zoomOut/#print/#download .toolbarButton",
              "sticky", size=((800, 1400), (32, 40)))


def leaflet_controls(rng, lang):
    style = rng.randrange(2)
    if style == 0:
        html = (f'<div class="leaflet-control-zoom leaflet-bar leaflet-control"><a class="leaflet-control-zoom-in" href="#" title="{esc(_t("zoom_in", lang))}" '
                f'role="button" aria-label="{esc(_t("zoom_in", lang))}" aria-disabled="false"><span aria-hidden="true">+</span></a>'
                f'<a class="leaflet-control-zoom-out" href="#" title="{esc(_t("zoom_out", lang))}" role="button" aria-label="{esc(_t("zoom_out", lang))}" '
                f'aria-disabled="false"><span aria-hidden="true">−</span></a></div>')
        src = "Leaflet zoom control .leaflet-control-zoom with a.leaflet-control-zoom-in[aria-label]"
    else:
        html = (f'<div class="gmnoprint" data-control-width="40" data-control-height="81" style="margin:10px;user-select:none;position:absolute;bottom:95px;right:40px">'
                f'<div class="gm-svpc" dir="ltr" title="Drag Pegman onto the map to open Street View" control-width="40" control-height="40"></div>'
                f'<div><button draggable="false" aria-label="{esc(_t("zoom_in", lang))}" title="{esc(_t("zoom_in", lang))}" type="button" class="gm-control-active">'
                f'<img src="data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%3E%3C/svg%3E" alt="" style="height:18px;width:18px"></button>'
                f'<div style="position:relative;overflow:hidden;width:30px;height:1px;margin:0 5px;background-color:rgb(230,230,230);top:0"></div>'
                f'<button draggable="false" aria-label="{esc(_t("zoom_out", lang))}" title="{esc(_t("zoom_out", lang))}" type="button" class="gm-control-active">'
                f'<img src="data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A//www.w3.org/2000/svg%22%3E%3C/svg%3E" alt="" style="height:18px;width:18px"></button></div></div>')
        src = "Google Maps JS zoom control div.gmnoprint > button.gm-control-active[aria-label='Zoom in']"
    return _d(html, "map_controls", src, size=((30, 40), (60, 90)))


def datagrid_toolbar(rng, lang):
    def tb(lab, icon, tid):
        return (f'<button class="MuiButtonBase-root MuiButton-root MuiButton-text MuiButton-textPrimary MuiButton-sizeSmall {hashed_class(rng)}" tabindex="0" '
                f'type="button" aria-haspopup="menu" id=":r{_hid(rng, 2)}:" aria-label="{esc(lab)}"><span class="MuiButton-startIcon MuiButton-iconSizeSmall {hashed_class(rng)}">'
                f'<svg class="MuiSvgIcon-root MuiSvgIcon-fontSizeMedium {hashed_class(rng)}" focusable="false" aria-hidden="true" viewBox="0 0 24 24" data-testid="{tid}">'
                f'<path d="{ICONS[icon]}"></path></svg></span>{esc(lab)}</button>')
    html = (f'<div class="MuiDataGrid-toolbarContainer {hashed_class(rng)}">{tb("Columns", "menu", "ViewColumnIcon")}{tb(_t("filter", lang), "filter", "FilterListIcon")}'
            f'{tb("Density", "menu", "TableRowsIcon")}{tb(_t("download", lang), "download", "SaveAltIcon")}'
            f'<div class="MuiFormControl-root MuiTextField-root MuiDataGrid-toolbarQuickFilter {hashed_class(rng)}"><div class="MuiInputBase-root MuiInput-root">'
            f'<input aria-invalid="false" placeholder="{esc(_t("search", lang))}…" type="search" aria-label="{esc(_t("search", lang))}" class="MuiInputBase-input MuiInput-input"></div></div></div>')
    return _d(html, "table_toolbar", "MUI X DataGrid GridToolbar (Columns, Filters, Density, Export, quick filter)", size=((500, 1100), (40, 56)))


def app_header_icons(rng, lang):
    style = rng.randrange(3)
    if style == 0:
        html = (f'<div role="list" class="{_cls(rng, "secondary-actions")}">'
                + "".join(f'<div role="listitem"><button{_attrs(rng, [("aria-label", _t(k, lang)), ("type", "button"), ("data-testid", f"atlassian-navigation--secondary-actions--{k}--menu-trigger"), ("aria-expanded", "false"), ("class", hashed_class(rng))])}>'
                          f'{_svg(rng, ic, 24)}</button></div>' for k, ic in (("notifications", "bell"), ("help", "help"), ("settings", "gear")))
                + '</div>')
        src = "Atlassian navigation secondary actions (data-testid atlassian-navigation--secondary-actions--*--menu-trigger)"
    elif style == 1:
        html = (f'<div class="gb_Fd gb_Jd"><div class="gb_Ed"><a class="gb_B" aria-label="{esc(_t("help", lang))}" href="https://support.google.com" role="button" tabindex="0">'
                f'{_svg(rng, "help", 24)}</a></div><div class="gb_Ed"><a class="gb_B" aria-label="{esc(_t("settings", lang))}" role="button" tabindex="0">{_svg(rng, "gear", 24)}</a></div>'
                f'<div class="gb_Ed"><a class="gb_B" aria-label="Google apps" href="https://www.google.com/intl/en/about/products" aria-expanded="false" role="button" tabindex="0">'
                f'{_svg(rng, "dots", 24)}</a></div></div>')
        src = "Google One Bar (gb_*) help, settings, apps launcher"
    else:
        keys = rng.sample(("search", "notifications", "settings", "share", "more", "download", "print", "fullscreen"), 4)
        tw = "inline-flex items-center justify-center rounded-md p-2 text-gray-500 hover:bg-gray-100 hover:text-gray-700 focus:outline-none focus:ring-2 focus:ring-inset"
        html = ('<div class="flex items-center gap-x-1">' + "".join(
            f'<button type="button"{_attrs(rng, [("class", tw), _tid(rng, k + "-button"), ("aria-label", _t(k, lang)), ("title", _t(k, lang) if rng.random() < 0.3 else None)])}>'
            f'{_svg(rng, {"notifications": "bell", "settings": "gear", "more": "dots", "fullscreen": "up"}.get(k, k), 20)}</button>' for k in keys) + '</div>')
        src = "generic pattern: Tailwind icon-only header buttons (search, notifications, settings, share...)"
    return _d(html, "app_toolbar", src, rng.choice(("inline", "sticky")), size=((120, 240), (40, 48)))


def voice_search(rng, lang):
    style = rng.randrange(3)
    if style == 0:
        html = (f'<div class="XDyW0e" aria-label="{esc(_t("voice", lang))}" role="button" tabindex="0"><svg class="goxjub" focusable="false" viewBox="0 -960 960 960" '
                f'height="24" width="24"><path d="M480-400q-50 0-85-35t-35-85v-240q0-50 35-85t85-35z"></path></svg></div>')
        src = "Google search box voice button div.XDyW0e[aria-label='Search by voice']"
    elif style == 1:
        html = (f'<button{_attrs(rng, [("type", "button"), ("class", _cls(rng, "search-form__mic", "voice-input")), ("aria-label", _t("voice", lang)), ("aria-pressed", "false"), _tid(rng, "voice-search")])}>'
                f'{_svg(rng, "mic", 20)}</button>')
        src = "generic pattern: Web Speech API microphone button in a site search field"
    else:
        html = (f'<div class="{_cls(rng, "composer-actions")}"><button type="button" aria-label="{esc(_t("dictate", lang))}" class="{_cls(rng, "dictation-button")}">'
                f'{_svg(rng, "mic", 18)}</button><button type="button" aria-label="{esc(_t("emoji", lang))}">{_svg(rng, "emoji", 18)}</button>'
                f'<button type="button" aria-label="{esc(_t("attach", lang))}">{_svg(rng, "attach", 18)}</button></div>')
        src = "generic pattern: dictation (speech-to-text) button next to emoji/attach in a note composer"
    return _d(html, "voice_input", src, size=((24, 120), (24, 44)))


def translate_widget(rng, lang):
    style = rng.randrange(3)
    if style == 0:
        html = ('<div id="google_translate_element"><div class="skiptranslate goog-te-gadget" dir="ltr" style=""><div id=":0.targetLanguage" class="goog-te-gadget-simple">'
                '<img src="https://www.google.com/images/cleardot.gif" class="goog-te-gadget-icon" alt="" style="background-image:url(https://translate.googleapis.com/translate_static/img/te_ctrl3.gif)">'
                f'<span style="vertical-align: middle;"><a aria-haspopup="true" class="VIpgJd-ZVi9od-xl07Ob-lTBxed" href="#"><span>{esc(_pick({"en": "Select Language", "de": "Sprache auswählen", "fr": "Sélectionner une langue", "es": "Seleccionar idioma", "ja": "言語を選択", "pt": "Selecione o idioma", "it": "Seleziona lingua", "nl": "Selecteer taal", "pl": "Wybierz język", "ko": "언어 선택", "zh": "选择语言", "sv": "Välj språk"}, lang))}</span>'
                '<span style="border-left: 1px solid rgb(187, 187, 187);">​</span></a></span></div>Powered by <span style="white-space:nowrap">'
                '<a class="VIpgJd-ZVi9od-l4eHX-hSRGPd" href="https://translate.google.com" target="_blank">Google Translate</a></span></div></div>')
        src = "Google Website Translator gadget #google_translate_element .goog-te-gadget"
    elif style == 1:
        html = (f'<button{_attrs(rng, [("type", "button"), ("class", _cls(rng, "translate-toggle")), ("aria-label", _t("translate", lang)), ("aria-haspopup", "listbox")])}>'
                f'{_svg(rng, "globe", 18)}<span>{esc(_t("translate", lang))}</span></button>')
        src = "generic pattern: 'Translate page' button in a municipal site header"
    else:
        html = ('<div class="gtranslate_wrapper"><a href="#" class="glink nturl notranslate" data-gt-lang="en" title="English">EN</a>'
                '<a href="#" class="glink nturl notranslate" data-gt-lang="de" title="Deutsch">DE</a><a href="#" class="glink nturl notranslate" '
                'data-gt-lang="fr" title="Français">FR</a><a href="#" class="glink nturl notranslate" data-gt-lang="es" title="Español">ES</a></div>')
        src = "GTranslate plugin div.gtranslate_wrapper a.glink[data-gt-lang]"
    return _d(html, "translate_widget", src, rng.choice(("inline", "br")), size=((120, 220), (28, 44)))


def image_viewer_toolbar(rng, lang):
    btns = "".join(f'<button class="{c}" type="button" aria-label="{esc(_t(k, lang))}" title="{esc(_t(k, lang))}"></button>'
                   for c, k in (("pswp__button pswp__button--zoom", "zoom_in"), ("pswp__button pswp__button--fs", "fullscreen"),
                                ("pswp__button pswp__button--share", "share"), ("pswp__button pswp__button--close", "close")))
    html = (f'<div class="pswp__top-bar pswp__hide-on-close"><div class="pswp__counter">{rng.randint(1, 9)} / {rng.randint(10, 30)}</div>{btns}</div>')
    return _d(html, "viewer_toolbar", "PhotoSwipe top bar .pswp__top-bar with pswp__button--zoom/--fs/--share/--close", "top", size=((390, 1920), (44, 60)))


def sheet_formula_bar(rng, lang):
    cell = f"{rng.choice('ABCDEFG')}{rng.randint(2, 120)}"
    fx = rng.choice(("=SUM(B2:B48)", "=VLOOKUP(A2,Prices!A:C,3,FALSE)", "=AVERAGE(D2:D31)", "=IF(C4>100,\"high\",\"ok\")", "=XLOOKUP(E2,A:A,B:B)"))
    html = (f'<div class="{_cls(rng, "formula-bar")}" role="toolbar"><input class="{_cls(rng, "name-box")}" aria-label="Name Box" value="{cell}">'
            f'<span class="{_cls(rng, "fx-icon")}" aria-hidden="true">fx</span><div class="{_cls(rng, "formula-input")}" contenteditable="true" role="combobox" '
            f'aria-label="formula input" aria-expanded="false">{esc(fx)}</div></div>')
    return _d(html, "formula_bar", "generic pattern: spreadsheet name box + fx formula bar", size=((600, 1400), (28, 36)))


DESIGNS = (
    ("tiptap", tiptap, 6, LANGS),
    ("prosemirror_menubar", prosemirror_menubar, 4, ("en",)),
    ("quill", quill, 6, LANGS),
    ("lexical", lexical, 6, LANGS),
    ("ckeditor5", ckeditor5, 7, LANGS),
    ("tinymce", tinymce, 7, LANGS),
    ("trix", trix, 5, LANGS),
    ("editorjs", editorjs, 5, LANGS),
    ("gh_markdown_toolbar", gh_markdown_toolbar, 4, ("en",)),
    ("gutenberg", gutenberg, 6, LANGS),
    ("slack_composer", slack_composer, 7, LANGS),
    ("discord_bar", discord_bar, 4, ("en",)),
    ("teams_composer", teams_composer, 6, LANGS),
    ("gdocs_toolbar", gdocs_toolbar, 6, LANGS),
    ("pdfjs", pdfjs, 5, LANGS),
    ("leaflet_controls", leaflet_controls, 6, LANGS),
    ("datagrid_toolbar", datagrid_toolbar, 5, LANGS),
    ("app_header_icons", app_header_icons, 8, LANGS),
    ("voice_search", voice_search, 7, LANGS),
    ("translate_widget", translate_widget, 6, LANGS),
    ("image_viewer_toolbar", image_viewer_toolbar, 5, LANGS),
    ("sheet_formula_bar", sheet_formula_bar, 4, ("en", "de", "fr", "es")),
)


def examples():
    return _run("neg_longtail_toolbars", DESIGNS)
