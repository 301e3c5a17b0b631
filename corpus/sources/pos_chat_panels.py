"""Positives: open chat windows / iframes of AI support and shopping agents (ai_chat_panel).

Each panel shows an AI or bot cue (AI agent persona label, bot badge, AI
disclaimer, an AI-only vendor's frame). Shares translations and helpers with
pos_chat_launchers.py.
"""
from corpus.common import classes, esc, hashed_class, inline_context
from corpus.sources.pos_chat_launchers import (
    _BOT_NAMES, _GENERAL_QA, _QA, _RUFUS_QA, _attrs, _brand, _ctx, _emotion, _generate, _maybe, _rid, _svg, _t,
)


def _exchanges(rng, lang, n=None):
    qa = _QA[lang]
    n = n if n is not None else rng.randint(1, 2)
    return rng.sample(qa, min(n, len(qa)))


def _log(rng, lang, bot_msg, user_msg, greeting=None, n=None):
    """Greeting + 1..2 exchanges rendered with the given message renderers."""
    parts = []
    if greeting and rng.random() < 0.8:
        parts.append(bot_msg(greeting))
    for q, a in _exchanges(rng, lang, n):
        parts.append(user_msg(q))
        parts.append(bot_msg(a))
    return "".join(parts)


def _textarea(rng, lang, cls="", key="placeholder", extra=()):
    ph = _t(key, lang)
    attrs = [("placeholder", ph), ("aria-label", ph), ("rows", "1"), _maybe(rng, 0.5, ("class", cls or hashed_class(rng)))] + list(extra)
    return f'<textarea {_attrs(rng, attrs)}></textarea>'


# ---------------------------------------------------------------------------
# panel templates: each returns (html, source, frame_src, shadow, shape)
# shape: None = floating window, "inline" = in page flow, "side" = docked panel
# ---------------------------------------------------------------------------

def _p_intercom(rng, lang, host):
    name = "Fin"
    e = lambda: _emotion(rng, "intercom")  # noqa: E731
    meta = f"{name} • {_t('ai_agent', lang)} • {_t('just_now', lang)}"

    def bot(text):
        return (f'<div class="intercom-conversation-part intercom-conversation-part-admin {e()}">'
                f'<div class="intercom-block intercom-block-paragraph {e()}"><p>{esc(text)}</p></div>'
                f'<div class="{e()}"><span>{esc(meta)}</span></div></div>')

    def user(text):
        return (f'<div class="intercom-conversation-part intercom-conversation-part-user {e()}">'
                f'<div class="{e()}"><p>{esc(text)}</p></div></div>')

    header = (f'<div class="intercom-header {e()}"><img src="https://static.intercomassets.com/assets/fin-avatar-{_rid(rng, 6)}.png" alt="{name}" width="32" height="32">'
              f'<div class="{e()}"><h1 class="{e()}">{name}</h1><span class="{e()}">{esc(_t("ai_agent", lang))}</span>'
              + (f'<span class="{e()}">{esc(_t("team_can_help", lang))}</span>' if rng.random() < 0.6 else "")
              + f'</div><button aria-label="{esc(_t("close", lang))}" class="{e()}">{_svg(rng, "close", (16,))}</button></div>')
    log = _log(rng, lang, bot, user, _t("greeting", lang).format(name=name, brand=_brand(host)))
    composer = (f'<div class="intercom-composer {e()}">{_textarea(rng, lang, "intercom-composer-textarea")}'
                f'<button aria-label="{esc(_t("send", lang))}" class="{e()}">{_svg(rng, "send", (16,))}</button></div>')
    html = (f'<div class="intercom-messenger {e()}" role="dialog" aria-label="Intercom messenger">'
            f'{header}<div class="intercom-conversation-parts {e()}">{log}</div>{composer}</div>')
    return html, ("Intercom Messenger frame content (iframe name=intercom-messenger-frame): conversation "
                  "with Fin, parts labelled 'Fin • AI Agent'"), None, False, None


def _p_zendesk(rng, lang, host):
    name = rng.choice(_BOT_NAMES)
    sc = lambda: f"sc-{_rid(rng, 7)}-{rng.randint(0, 4)} {_rid(rng, 6)}"  # noqa: E731

    def bot(text):
        return (f'<div class="{sc()}" data-garden-id="chat.message"><div class="{sc()}">'
                f'<span class="{sc()}">{esc(name)}</span> <span class="{sc()}">{esc(_t("ai_agent", lang))}</span></div>'
                f'<div class="{sc()}"><p>{esc(text)}</p></div></div>')

    def user(text):
        return f'<div class="{sc()}" data-garden-id="chat.message"><div class="{sc()}"><p>{esc(text)}</p></div></div>'

    log = _log(rng, lang, bot, user, _t("greeting", lang).format(name=name, brand=_brand(host)))
    html = (f'<div class="{sc()}" role="dialog" aria-label="{esc(_t("zd_window", lang))}">'
            f'<header class="{sc()}"><img alt="" src="https://{_brand(host).lower().replace(" ", "")}.zendesk.com/embeddable/avatar/{_rid(rng, 10)}" width="40" height="40">'
            f'<div><h1 class="{sc()}">{esc(_brand(host))}</h1><p class="{sc()}">{esc(name)} · {esc(_t("ai_agent", lang))}</p></div>'
            f'<button aria-label="{esc(_t("minimize", lang))}" class="{sc()}" data-garden-id="buttons.icon_button">{_svg(rng, "chevron", (16,))}</button></header>'
            f'<div role="log" aria-live="polite" class="{sc()}">{log}</div>'
            f'<div class="{sc()}">{_textarea(rng, lang, key="type_message")}'
            f'<button aria-label="{esc(_t("send", lang))}" class="{sc()}">{_svg(rng, "send", (16,))}</button></div></div>')
    return html, ("Zendesk messaging window content (iframe name='Messaging window'): role=log of an AI agent "
                  "conversation, Garden data-garden-id attributes"), None, False, None


def _p_drift(rng, lang, host):
    name = rng.choice(_BOT_NAMES)

    def bot(text):
        return (f'<div class="drift-widget-message drift-widget-message--bot"><div class="drift-widget-message-author">'
                f'{esc(name)} <span class="drift-widget-bot-tag">{esc(_t("bot", lang))}</span></div>'
                f'<div class="drift-widget-message-body"><p>{esc(text)}</p></div></div>')

    def user(text):
        return f'<div class="drift-widget-message drift-widget-message--end-user"><p>{esc(text)}</p></div>'

    log = _log(rng, lang, bot, user, _t("bot_greeting", lang).format(name=name))
    html = (f'<div class="drift-widget-chat-wrapper drift-widget-chat--open"><div class="drift-widget-header">'
            f'<span class="drift-widget-header-title">{esc(_brand(host))} {esc(_t("chatbot", lang))}</span>'
            f'<button class="drift-widget-close" aria-label="{esc(_t("close", lang))}">{_svg(rng, "close", (14,))}</button></div>'
            f'<div class="drift-widget-message-list">{log}</div>'
            f'<div class="drift-widget-composer">{_textarea(rng, lang, "drift-widget-composer-input", "type_message")}</div></div>')
    return html, "Drift chat window content (iframe#drift-frame-chat 'Drift Widget Chat Window') with bot-tagged messages", None, False, None


def _p_drift_frame(rng, lang, host):
    src = f"https://js.driftt.com/core/chat?region=US&driftEnableLog=false&pageLoadStartTime={rng.randint(1700000000000, 1799999999999)}"
    name = rng.choice(_BOT_NAMES)
    html = (f'<div id="drift-frame-chat" class="drift-conductor-item">'
            f'<div class="drift-chat-bot-header" aria-hidden="true">{esc(name)} · {esc(_t("chatbot", lang))}</div>'
            f'<iframe {_attrs(rng, [("class", "drift-frame-chat"), ("scrolling", "no"), ("title", "Drift Widget Chat Window"), ("allow", "autoplay; encrypted-media; fullscreen;"), ("frameborder", "0"), ("src", src), ("style", "width: 400px !important; height: 640px;")])}></iframe></div>')
    return html, "Drift iframe.drift-frame-chat 'Drift Widget Chat Window' (js.driftt.com/core/chat) with chatbot header", src, False, None


def _p_ada(rng, lang, host):
    handle = _brand(host).lower().replace(" ", "-")
    name = rng.choice(_BOT_NAMES)
    if rng.random() < 0.4:
        src = f"https://{handle}.ada.support/embed/{_rid(rng, 8)}-{_rid(rng, 4)}"
        html = (f'<div id="ada-chat-frame-container" class="ada-chat-frame-container--open">'
                f'<iframe {_attrs(rng, [("id", "ada-chat-frame"), ("title", _t("virtual_assistant", lang) + " – " + _brand(host)), ("src", src), ("allow", "microphone; clipboard-write"), ("style", "width: 375px; height: 667px;")], keep_first=1)}></iframe></div>')
        return html, "Ada embed chat frame: iframe#ada-chat-frame (<handle>.ada.support/embed), virtual assistant", src, False, None

    def bot(text):
        return (f'<div class="{_emotion(rng, "ada")}" data-sender="bot"><span class="{hashed_class(rng)}">{esc(name)}</span>'
                f'<p>{esc(text)}</p><span class="{hashed_class(rng)}">{esc(_t("ai_generated", lang))}</span></div>')

    def user(text):
        return f'<div class="{_emotion(rng, "ada")}" data-sender="user"><p>{esc(text)}</p></div>'

    log = _log(rng, lang, bot, user, _t("greeting", lang).format(name=name, brand=_brand(host)))
    html = (f'<div class="ada-chat" role="main"><header class="{_emotion(rng, "ada")}"><h1>{esc(name)}</h1>'
            f'<p>{esc(_t("virtual_assistant", lang))}</p><button aria-label="{esc(_t("close", lang))}">{_svg(rng, "close", (16,))}</button></header>'
            f'<section role="log" aria-live="polite">{log}</section>'
            f'<footer>{_textarea(rng, lang, key="type_message")}<button aria-label="{esc(_t("send", lang))}">{_svg(rng, "send", (16,))}</button></footer></div>')
    return html, "Ada chat frame content: bot messages from a virtual assistant, 'AI-generated' labels", None, False, None


def _p_tidio(rng, lang, host):
    def bot(text):
        return (f'<div class="message message-operator"><span class="message-author">Lyro · {esc(_t("ai_agent", lang))}</span>'
                f'<span class="message-content">{esc(text)}</span></div>')

    def user(text):
        return f'<div class="message message-visitor"><span class="message-content">{esc(text)}</span></div>'

    log = _log(rng, lang, bot, user, _t("greeting", lang).format(name="Lyro", brand=_brand(host)))
    html = (f'<div id="chat-wrapper" class="chat-opened"><div class="chat-header"><div class="avatars-wrapper">'
            f'<img src="https://widget-v4.tidiochat.com/images/lyro-avatar.png" alt="Lyro"></div>'
            f'<h2 class="operator-name">Lyro <span class="ai-badge">{esc(_t("ai_agent", lang))}</span></h2>'
            f'<button class="minimize-button" aria-label="{esc(_t("minimize", lang))}">{_svg(rng, "chevron", (16,))}</button></div>'
            f'<div id="conversation-group" role="log">{log}</div>'
            f'<div class="input-group">{_textarea(rng, lang, extra=[("id", "new-message-textarea")])}'
            f'<button id="send-button" aria-label="{esc(_t("send", lang))}">{_svg(rng, "send", (16,))}</button></div>'
            + ('<div class="footer-powered">POWERED BY LYRO AI AGENT</div>' if rng.random() < 0.5 else "")
            + '</div>')
    return html, "Tidio chat window content (iframe#tidio-chat-iframe): Lyro AI Agent conversation, 'POWERED BY LYRO AI AGENT'", None, False, None


def _p_hubspot(rng, lang, host):
    name = rng.choice(_BOT_NAMES)

    def bot(text):
        return (f'<div class="{_emotion(rng, "VizExMessage")}" data-test-id="bot-message"><span class="{hashed_class(rng)}">{esc(name)} ({esc(_t("bot", lang))})</span>'
                f'<p>{esc(text)}</p></div>')

    def user(text):
        return f'<div class="{_emotion(rng, "VizExMessage")}" data-test-id="visitor-message"><p>{esc(text)}</p></div>'

    log = _log(rng, lang, bot, user, _t("bot_greeting", lang).format(name=name))
    chips = "".join(f'<button class="{hashed_class(rng)}" data-test-id="quick-reply">{esc(_t(k, lang))}</button>'
                    for k in ("chip_track", "chip_returns", "human"))
    html = (f'<div class="{_emotion(rng, "VizExChatWindow")}" role="dialog" aria-label="{esc(_t("chatbot", lang))}">'
            f'<header class="{hashed_class(rng)}"><span>{esc(_brand(host))} · {esc(_t("chatbot", lang))}</span>'
            f'<button aria-label="{esc(_t("close", lang))}" data-test-id="close-button">{_svg(rng, "close", (14,))}</button></header>'
            f'<div class="{hashed_class(rng)}" role="log">{log}<div class="{hashed_class(rng)}">{chips}</div></div>'
            f'<div class="{hashed_class(rng)}">{_textarea(rng, lang, key="type_message")}</div></div>')
    return html, "HubSpot conversations iframe content (#hubspot-conversations-iframe): chatbot flow with quick replies", None, False, None


def _p_hubspot_frame(rng, lang, host):
    portal = rng.randint(1000000, 49999999)
    src = f"https://app.hubspot.com/conversations-visitor/{portal}/threads/utk/{_rid(rng, 32, '0123456789abcdef')}"
    html = (f'<div id="hubspot-messages-iframe-container" class="widget-align-right" style="width: 376px; height: 96%; max-height: 704px;">'
            f'<div class="shadow-container active"></div>'
            f'<iframe {_attrs(rng, [("id", "hubspot-conversations-iframe"), ("title", rng.choice((_t("chatbot", lang), "Chat Widget – " + _t("bot", lang)))), ("src", src), ("allowfullscreen", True)], keep_first=1)}></iframe></div>')
    return html, "HubSpot #hubspot-messages-iframe-container expanded, iframe titled for the chatbot", src, False, None


def _p_freshchat(rng, lang, host):
    def bot(text):
        return (f'<div class="fc-conversation-message agent-message"><div class="message-author">Freddy AI</div>'
                f'<div class="message-text">{esc(text)}</div></div>')

    def user(text):
        return f'<div class="fc-conversation-message user-message"><div class="message-text">{esc(text)}</div></div>'

    log = _log(rng, lang, bot, user, _t("greeting", lang).format(name="Freddy", brand=_brand(host)))
    html = (f'<div class="fc-conversation-view h-conv-chat"><div class="fc-header"><div class="channel-title">{esc(_brand(host))}</div>'
            f'<div class="channel-subtitle">Freddy · {esc(_t("ai_assistant", lang))}</div>'
            f'<button class="minimize" aria-label="{esc(_t("minimize", lang))}">{_svg(rng, "chevron", (14,))}</button></div>'
            f'<div class="fc-conversation-messages" role="log">{log}</div>'
            f'<div class="fc-reply-editor">{_textarea(rng, lang, extra=[("id", "app-conversation-editor")], key="type_message")}</div>'
            f'<div class="fc-disclaimer">{esc(_t("disclaimer", lang))}</div></div>')
    return html, "Freshchat widget content (iframe#fc_widget): Freddy AI assistant conversation", None, False, None


def _p_salesforce(rng, lang, host):
    if rng.random() < 0.35:
        html = (f'<div id="embedded-messaging" class="embedded-messaging">'
                f'<iframe {_attrs(rng, [("id", "embeddedMessagingFrame"), ("class", "embeddedMessagingFrame isMaximized"), ("title", "Agentforce – " + _t("ai_agent", lang)), ("name", "embeddedMessagingFrame"), ("allow", "microphone")], keep_first=1)}></iframe></div>')
        return html, "Salesforce Embedded Messaging iframe#embeddedMessagingFrame.isMaximized for an Agentforce AI agent", None, False, None

    def bot(text):
        return (f'<li class="slds-chat-listitem slds-chat-listitem_inbound"><div class="slds-chat-message">'
                f'<div class="slds-chat-message__meta">Agentforce · {esc(_t("ai_agent", lang))}</div>'
                f'<div class="slds-chat-message__text slds-chat-message__text_inbound"><span>{esc(text)}</span></div></div></li>')

    def user(text):
        return (f'<li class="slds-chat-listitem slds-chat-listitem_outbound"><div class="slds-chat-message">'
                f'<div class="slds-chat-message__text slds-chat-message__text_outbound"><span>{esc(text)}</span></div></div></li>')

    log = _log(rng, lang, bot, user, _t("greeting", lang).format(name="Agentforce", brand=_brand(host)))
    html = (f'<div class="embeddedMessagingConversation"><header class="embeddedMessagingHeader slds-grid">'
            f'<h2 class="slds-text-heading_small">Agentforce</h2><span class="slds-badge">{esc(_t("ai_agent", lang))}</span>'
            f'<button class="slds-button slds-button_icon" title="{esc(_t("minimize", lang))}">{_svg(rng, "chevron", (14,))}</button></header>'
            f'<section class="slds-chat" role="log"><ul class="slds-chat-list">{log}</ul></section>'
            f'<p class="slds-text-color_weak slds-text-body_small">{esc(_t("disclaimer", lang))}</p>'
            f'<footer>{_textarea(rng, lang, "slds-textarea", "type_message")}<button class="slds-button" title="{esc(_t("send", lang))}">{_svg(rng, "send", (14,))}</button></footer></div>')
    return html, "Salesforce Embedded Messaging (MIAW) conversation content with SLDS chat list from an Agentforce agent", None, False, None


def _p_liveperson(rng, lang, host):
    def bot(text):
        return (f'<div class="lpc_message lpc_message_agent"><div class="lpc_message__sender">{esc(_t("virtual_assistant", lang))}</div>'
                f'<div class="lpc_message__text">{esc(text)}</div></div>')

    def user(text):
        return f'<div class="lpc_message lpc_message_consumer"><div class="lpc_message__text">{esc(text)}</div></div>'

    log = _log(rng, lang, bot, user, _t("bot_greeting", lang).format(name=rng.choice(_BOT_NAMES)))
    html = (f'<div id="lpChat" class="lp_maximized lp_desktop" role="dialog" aria-label="{esc(_t("virtual_assistant", lang))}">'
            f'<div class="lp_header"><span class="lp_title_text">{esc(_t("virtual_assistant", lang))}</span>'
            f'<button class="lp_minimize" aria-label="{esc(_t("minimize", lang))}">{_svg(rng, "chevron", (14,))}</button>'
            f'<button class="lp_close" aria-label="{esc(_t("close", lang))}">{_svg(rng, "close", (14,))}</button></div>'
            f'<div class="lp_main_area lpc_transcript" role="log">{log}</div>'
            f'<div class="lp_input_area">{_textarea(rng, lang, "lpview_form_textarea", "type_message")}'
            f'<button class="lp_send_button" aria-label="{esc(_t("send", lang))}">{_svg(rng, "send", (14,))}</button></div></div>')
    return html, "LivePerson embedded window div#lpChat.lp_maximized with virtual assistant (bot) transcript", None, False, None


def _p_crisp(rng, lang, host):
    cc = lambda: f"cc-{_rid(rng, 5)}"  # noqa: E731

    def bot(text):
        return (f'<div class="{cc()}" data-from="operator"><span class="{cc()}">{esc(_t("ai_agent", lang))}</span>'
                f'<span class="{cc()}">{esc(text)}</span></div>')

    def user(text):
        return f'<div class="{cc()}" data-from="visitor"><span class="{cc()}">{esc(text)}</span></div>'

    log = _log(rng, lang, bot, user, _t("ask_anything", lang))
    html = (f'<div id="crisp-chatbox-chat" class="{cc()}" data-visible="true"><div class="{cc()}">'
            f'<span class="{cc()}">{esc(_brand(host))}</span><span class="{cc()}">{esc(_t("ai_agent", lang))} · {esc(_t("online_now", lang))}</span></div>'
            f'<div class="{cc()}" role="log">{log}</div>'
            f'<div class="{cc()}">{_textarea(rng, lang, key="type_message", extra=[("name", "message_field")])}</div></div>')
    return html, "Crisp chatbox open state #crisp-chatbox-chat (hashed cc- classes) with AI agent replies", None, False, None


def _p_gorgias(rng, lang, host):
    products = rng.sample((("Merino Crew Sweater", "89.00"), ("Trail Runner 2", "129.00"),
                           ("Everyday Tote", "54.00"), ("Linen Shirt", "69.00"),
                           ("Insulated Bottle 750 ml", "32.00"), ("Rain Shell Jacket", "149.00")), 2)
    cards = "".join(f'<div class="product-card"><img src="/cdn/shop/products/{esc(n.lower().replace(" ", "-"))}.jpg" alt="{esc(n)}">'
                    f'<span class="product-title">{esc(n)}</span><span class="product-price">{p}</span></div>' for n, p in products)
    q, a = _exchanges(rng, lang, 1)[0]
    html = (f'<div class="{_emotion(rng, "css")}" role="dialog" aria-label="{esc(_t("ai_assistant", lang))}">'
            f'<div class="{_emotion(rng, "css")}"><span>{esc(_brand(host))}</span><span class="ai-agent-badge">{esc(_t("ai_agent", lang))}</span></div>'
            f'<div class="{_emotion(rng, "css")}" role="log"><div class="message-customer">{esc(q)}</div>'
            f'<div class="message-ai-agent"><p>{esc(a)}</p></div>'
            f'<div class="message-ai-agent"><p>{esc(_t("shop_greeting", lang))}</p><div class="product-carousel">{cards}</div></div></div>'
            f'<div class="{_emotion(rng, "css")}">{_textarea(rng, lang)}</div></div>')
    return html, "Gorgias chat window content (iframe#chat-window) with the Gorgias AI Agent shopping assistant and product cards", None, False, None


def _p_botpress(rng, lang, host):
    name = rng.choice(_BOT_NAMES)
    if rng.random() < 0.5:
        def bot(text):
            return (f'<div class="bpw-chat-bubble bpw-from-bot"><div class="bpw-chat-bubble-content">'
                    f'<p>{esc(text)}</p></div></div>')

        def user(text):
            return f'<div class="bpw-chat-bubble bpw-from-user"><div class="bpw-chat-bubble-content"><p>{esc(text)}</p></div></div>'

        log = _log(rng, lang, bot, user, _t("bot_greeting", lang).format(name=name))
        html = (f'<div class="bpw-layout bpw-chat-container bpw-anim-in"><div class="bpw-header-container">'
                f'<div class="bpw-header-title-flexbox"><div class="bpw-bot-avatar"></div><div class="bpw-header-name">{esc(name)} – {esc(_t("chatbot", lang))}</div></div>'
                f'<button class="bpw-header-icon bpw-header-icon-close" aria-label="{esc(_t("close", lang))}">{_svg(rng, "close", (14,))}</button></div>'
                f'<div class="bpw-msg-list-container"><div class="bpw-msg-list" role="log">{log}</div></div>'
                f'<div class="bpw-composer">{_textarea(rng, lang, extra=[("id", "input-message")], key="type_message")}'
                f'<button class="bpw-send-button">{esc(_t("send", lang))}</button></div></div>')
        return html, "Botpress webchat v12 content (.bpw-layout, .bpw-header-name, .bpw-from-bot bubbles)", None, False, None

    def bot(text):
        return f'<div class="bpMessageContainer bpMessageContainerBot"><div class="bpMessageBlocksBubble">{esc(text)}</div></div>'

    def user(text):
        return f'<div class="bpMessageContainer bpMessageContainerUser"><div class="bpMessageBlocksBubble">{esc(text)}</div></div>'

    log = _log(rng, lang, bot, user, _t("greeting", lang).format(name=name, brand=_brand(host)))
    html = (f'<div class="bpContainer" data-theme="light"><div class="bpHeaderContainer"><img class="bpHeaderAvatar" alt="{esc(name)}" src="https://files.bpcontent.cloud/avatar-{_rid(rng, 8)}.png">'
            f'<div class="bpHeaderContentTitle">{esc(name)}</div><div class="bpHeaderContentDescription">{esc(_t("ai_assistant", lang))}</div></div>'
            f'<div class="bpMessageListContainer" role="log">{log}</div>'
            f'<div class="bpComposerContainer">{_textarea(rng, lang, "bpComposerInput", "type_message")}</div>'
            f'<div class="bpComposerFooter">⚡ by Botpress</div></div>')
    return html, "Botpress webchat v3 content (.bpContainer, .bpHeaderContainer, .bpMessageContainerBot)", None, True, None


def _p_voiceflow(rng, lang, host):
    name = rng.choice(_BOT_NAMES)

    def bot(text):
        return (f'<div class="vfrc-system-response"><div class="vfrc-message vfrc-message--ai">{esc(text)}</div></div>')

    def user(text):
        return f'<div class="vfrc-user-response"><div class="vfrc-message vfrc-message--user">{esc(text)}</div></div>'

    log = _log(rng, lang, bot, user, _t("greeting", lang).format(name=name, brand=_brand(host)))
    html = (f'<div class="vfrc-chat vfrc-chat--dialog"><div class="vfrc-header"><div class="vfrc-header__title">{esc(name)}</div>'
            f'<button class="vfrc-button vfrc-button--icon" aria-label="{esc(_t("close", lang))}">{_svg(rng, "close", (14,))}</button></div>'
            f'<div class="vfrc-assistant-info"><span class="vfrc-assistant-info__title">{esc(name)}</span>'
            f'<span class="vfrc-assistant-info__description">{esc(_t("ai_assistant", lang))}</span></div>'
            f'<div class="vfrc-chat__dialog" role="log">{log}</div>'
            f'<div class="vfrc-footer"><div class="vfrc-chat-input">{_textarea(rng, lang)}</div>'
            f'<div class="vfrc-footer__watermark">{esc(_t("powered_ai", lang))} · Voiceflow</div></div></div>')
    return html, "Voiceflow react-chat dialog inside #voiceflow-chat shadow root (.vfrc-chat--dialog, .vfrc-message--ai)", None, True, None


def _p_chatbase(rng, lang, host):
    cid = _rid(rng, 21, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
    src = f"https://www.chatbase.co/chatbot-iframe/{cid}"
    if rng.random() < 0.5:
        html = (f'<div id="chatbase-bubble-window" style="display: flex; position: fixed; flex-direction: column; justify-content: space-between; bottom: 5rem; right: 1rem; width: 448px; height: 85dvh; max-height: 824px; box-shadow: rgba(150, 150, 150, 0.2) 0px 10px 30px 0px; z-index: 2147483646; border-radius: 0.75rem; overflow: hidden;">'
                f'<iframe {_attrs(rng, [("src", src), ("title", rng.choice(("Chatbot", _t("ai_assistant", lang)))), ("width", "100%"), ("style", "height: 100%; border: none;")])}></iframe></div>')
        return html, "Chatbase embed: div#chatbase-bubble-window > iframe (chatbase.co/chatbot-iframe/<id>)", src, False, None
    html = (f'<iframe {_attrs(rng, [("src", src), ("title", rng.choice(("Chatbot", _t("ai_assistant", lang), _brand(host) + " AI"))), ("width", "100%"), ("style", "height: 100%; min-height: 700px"), ("frameborder", "0")])}></iframe>')
    return html, "Chatbase inline iframe embed (chatbase.co/chatbot-iframe/<id>, min-height 700px)", src, False, "inline"


def _p_kore(rng, lang, host):
    title = rng.choice((_t("virtual_assistant", lang), _brand(host) + " " + _t("bot", lang)))

    def bot(text):
        return (f'<li class="fromOtherUsers with-icon"><div class="profile-photo"><div class="user-account avtar" aria-label="{esc(_t("bot", lang))}"></div></div>'
                f'<div class="messageBubble"><div>{esc(text)}</div></div></li>')

    def user(text):
        return f'<li class="fromCurrentUser with-icon"><div class="messageBubble"><div>{esc(text)}</div></div></li>'

    log = _log(rng, lang, bot, user, _t("bot_greeting", lang).format(name=rng.choice(_BOT_NAMES)))
    html = (f'<div class="kore-chat-window droppable liteTheme-one"><div class="kore-chat-header">'
            f'<div id="botHeaderTitle" class="header-title" title="{esc(title)}">{esc(title)}</div>'
            f'<div class="chat-box-controls"><button class="minimize-btn" title="{esc(_t("minimize", lang))}"></button>'
            f'<button class="close-btn" title="{esc(_t("close", lang))}"></button></div></div>'
            f'<div class="kore-chat-body"><ul class="chat-container">{log}</ul></div>'
            f'<div class="kore-chat-footer"><div class="footerContainer pos-relative"><div class="chatInputBox" contenteditable="true" placeholder="{esc(_t("type_message", lang))}"></div>'
            f'<div class="sendChat disabled">&#8626;</div></div></div></div>')
    return html, "Kore.ai web SDK chat window (.kore-chat-window > .kore-chat-header .header-title, li.fromOtherUsers)", None, False, None


def _p_yellow(rng, lang, host):
    bot = "x" + str(rng.randint(1600000000000, 1799999999999))
    src = f"https://cloud.yellow.ai/pwa/v2/live/{bot}"
    html = (f'<div id="ymFrameHolder" class="ym-frame-holder-open" style="position: fixed; bottom: 90px; right: 20px; width: 375px; height: 600px;">'
            f'<div class="ym-frame-header">{esc(_t("virtual_assistant", lang))}</div>'
            f'<iframe {_attrs(rng, [("id", "ymIframe"), ("title", rng.choice(("Yellow.ai Bot", _t("chatbot", lang)))), ("src", src), ("allow", "microphone *; autoplay *")], keep_first=1)}></iframe></div>')
    return html, "Yellow.ai plugin frame holder #ymFrameHolder > iframe#ymIframe (cloud.yellow.ai bot)", src, False, None


def _p_sierra(rng, lang, host):
    token = _rid(rng, 43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
    src = f"https://sierra.chat/agent/{token}/embed"
    title = rng.choice(("AI agent chat", _t("chat_with_ai", lang), _brand(host) + " " + _t("ai_agent", lang)))
    html = (f'<div {_attrs(rng, [("role", "dialog"), ("aria-label", title), ("class", classes(rng, ("sierra-chat-modal", "chat-panel"), obfuscate=0.5))])}>'
            f'<button aria-label="{esc(_t("close", lang))}" class="{hashed_class(rng)}">{_svg(rng, "close", (16,))}</button>'
            f'<iframe {_attrs(rng, [("src", src), ("title", title), ("allow", "clipboard-write"), ("style", "width: 100%; height: 100%; border: 0;")])}></iframe></div>')
    return html, "site dialog embedding a Sierra AI agent (iframe sierra.chat/agent/<token>/embed)", src, False, None


def _p_forethought(rng, lang, host):
    src = f"https://solve-widget.forethought.ai/?widget=true&apiKey={_rid(rng, 24, '0123456789abcdef')}"
    html = (f'<iframe {_attrs(rng, [("id", "forethought-chat"), ("name", "Virtual Assistant Chat"), ("title", rng.choice(("Virtual Assistant Chat", _t("chat_virtual", lang)))), ("src", src), ("style", "position: fixed; bottom: 0px; right: 0px; width: 420px; height: 720px; max-height: 100%; border: none; z-index: 2147483000;"), ("allow", "clipboard-write")], keep_first=1)}></iframe>')
    return html, "Forethought Solve widget expanded: iframe#forethought-chat 'Virtual Assistant Chat'", src, False, None


def _p_rufus(rng, lang, host):
    def bot(text):
        return f'<div class="rufus-conversation-turn rufus-response"><div class="rufus-markdown"><p>{esc(text)}</p></div></div>'

    def user(text):
        return f'<div class="rufus-conversation-turn rufus-customer-text"><p>{esc(text)}</p></div>'

    turns = rng.sample(_RUFUS_QA[lang], 3)
    log = "".join(user(q) + bot(a) for q, a in turns[:rng.randint(1, 2)])
    chips = f'<li><button class="rufus-related-question-pill" type="button">{esc(turns[2][0])}</button></li>'
    html = (f'<div id="nav-flyout-rufus" class="nav-flyout rufus-panel-container" role="complementary" aria-label="Rufus">'
            f'<div class="rufus-panel-header"><span class="rufus-title">Rufus</span><span class="rufus-beta-badge">{esc(_t("ai_assistant", lang))}</span>'
            f'<button class="rufus-close-button" aria-label="{esc(_t("close", lang))}">{_svg(rng, "close", (16,))}</button></div>'
            f'<div id="rufus-container-main-view" class="rufus-conversation-container">{log}<ul class="rufus-related-questions">{chips}</ul></div>'
            f'<form class="rufus-input-form"><textarea id="rufus-text-area" data-testid="rufus-text-input" name="rufus-input" '
            f'placeholder="{esc(_t("rufus_placeholder", lang))}" aria-label="{esc(_t("rufus_placeholder", lang))}"></textarea>'
            f'<button id="rufus-submit-button" type="submit" aria-label="{esc(_t("send", lang))}">{_svg(rng, "send", (16,))}</button></form></div>')
    return html, "Amazon Rufus shopping assistant flyout (#nav-flyout-rufus .rufus-panel-container, textarea#rufus-text-area)", None, False, "side"


def _p_meta(rng, lang, host):
    xs = lambda n=4: " ".join("x" + _rid(rng, rng.randint(5, 7)) for _ in range(n))  # noqa: E731

    def bot(text):
        return f'<div class="{xs()}" role="row"><div class="{xs(3)}" dir="auto">{esc(text)}</div></div>'

    def user(text):
        return f'<div class="{xs()}" role="row"><div class="{xs(3)}" dir="auto">{esc(text)}</div></div>'

    q, a = _GENERAL_QA[lang]
    log = user(q) + bot(a)
    html = (f'<div class="{xs(6)}" role="main" aria-label="Meta AI"><header class="{xs(4)}">'
            f'<span class="{xs(3)}" dir="auto">Meta AI</span><span class="{xs(2)}">{esc(_t("ai_generated", lang))}</span></header>'
            f'<div class="{xs(3)}" role="note">{esc(_t("meta_disclaimer", lang))}</div>'
            f'<div class="{xs(4)}" role="grid" aria-label="Meta AI">{log}</div>'
            f'<div class="{xs(4)}"><div role="textbox" contenteditable="true" aria-label="{esc(_t("meta_ask", lang))}" data-lexical-editor="true" class="{xs(3)}"><p><br></p></div></div></div>')
    return html, "Meta AI chat thread in WhatsApp/Messenger (header 'Meta AI', AI-generated disclaimer, atomic x-classes)", None, False, "side"


def _p_dialogflow(rng, lang, host):
    title = rng.choice((_t("virtual_assistant", lang), _t("ai_assistant", lang), _brand(host) + " Bot"))
    if rng.random() < 0.5:
        html = (f'<div class="chat-wrapper expanded"><df-messenger-titlebar title="{esc(title)}"></df-messenger-titlebar>'
                f'<df-message-list></df-message-list>'
                f'<df-messenger-user-input placeholder="{esc(_t("placeholder", lang))}"></df-messenger-user-input></div>')
        return html, "Dialogflow Messenger open chat (df-messenger shadow DOM: df-messenger-titlebar, df-message-list, df-messenger-user-input)", None, True, None
    msgs = "".join(f'<div class="message user-message">{esc(q)}</div><div class="message bot-message">{esc(a)}</div>'
                   for q, a in _exchanges(rng, lang))
    html = (f'<df-messenger-chat chat-title="{esc(title)}" opened="true"><div class="chat-wrapper">'
            f'<div class="message-list-wrapper" role="log">{msgs}</div></div></df-messenger-chat>')
    return html, "Dialogflow ES messenger expanded: <df-messenger-chat chat-title> with bot-message list", None, True, None


def _p_watson(rng, lang, host):
    name = rng.choice(_BOT_NAMES)

    def bot(text):
        return (f'<div class="WAC__message WAC__message--response"><div class="WAC__received--text">'
                f'<span class="WAC__assistantLabel">{esc(name)} · {esc(_t("virtual_assistant", lang))}</span><p>{esc(text)}</p></div></div>')

    def user(text):
        return f'<div class="WAC__message WAC__message--request"><div class="WAC__sent--bubble">{esc(text)}</div></div>'

    log = _log(rng, lang, bot, user, _t("greeting", lang).format(name=name, brand=_brand(host)))
    html = (f'<div class="WACWidget WACWidget--rounded" role="region" aria-label="{esc(_t("virtual_assistant", lang))}">'
            f'<div class="WACHeader"><span class="WACHeader__Name">{esc(name)}</span>'
            f'<button class="WACHeader__CloseButton" aria-label="{esc(_t("close", lang))}">{_svg(rng, "close", (14,))}</button></div>'
            f'<div class="WACMessages" role="log">{log}</div>'
            f'<div class="WACInput">{_textarea(rng, lang, "WACInputContainer__TextArea", "type_message")}</div></div>')
    return html, "IBM watsonx Assistant web chat open widget (.WACWidget, .WACHeader__Name, .WAC__message--response)", None, True, None


def _p_webchat(rng, lang, host):
    if rng.random() < 0.4:
        env = "Default-" + "-".join((_rid(rng, 8, "0123456789abcdef"), _rid(rng, 4, "0123456789abcdef"),
                                     _rid(rng, 4, "0123456789abcdef"), _rid(rng, 12, "0123456789abcdef")))
        src = f"https://copilotstudio.microsoft.com/environments/{env}/bots/cr{_rid(rng, 3)}_{rng.choice(('supportAgent', 'helpBot', 'assistant'))}/webchat"
        html = (f'<div class="{classes(rng, ("webchat-popup", "copilot-panel"), obfuscate=0.4)}" role="dialog" aria-label="{esc(_t("virtual_assistant", lang))}">'
                f'<iframe {_attrs(rng, [("src", src), ("frameborder", "0"), ("style", "width: 100%; height: 100%;"), ("title", "Copilot Studio " + _t("chatbot", lang))])}></iframe></div>')
        return html, "Microsoft Copilot Studio agent web chat iframe (copilotstudio.microsoft.com/.../webchat)", src, False, None

    def bot(text):
        return (f'<li class="webchat__basic-transcript__activity"><div class="webchat__stacked-layout webchat__stacked-layout--from-bot">'
                f'<div class="webchat__bubble webchat__bubble--from-bot"><div class="webchat__bubble__content"><p>{esc(text)}</p></div></div>'
                f'<span class="webchat__activity-status">{esc(_t("ai_generated", lang))}</span></div></li>')

    def user(text):
        return (f'<li class="webchat__basic-transcript__activity"><div class="webchat__stacked-layout webchat__stacked-layout--from-user">'
                f'<div class="webchat__bubble webchat__bubble--from-user"><div class="webchat__bubble__content"><p>{esc(text)}</p></div></div></div></li>')

    log = _log(rng, lang, bot, user, _t("bot_greeting", lang).format(name=rng.choice(_BOT_NAMES)))
    html = (f'<div id="webchat" role="complementary" class="webchat__surface">'
            f'<div class="webchat__basic-transcript" role="log"><ul class="webchat__basic-transcript__transcript">{log}</ul></div>'
            f'<div class="webchat__send-box"><div class="webchat__send-box__main">'
            f'<input class="webchat__send-box-text-box__input" aria-label="{esc(_t("type_message", lang))}" placeholder="{esc(_t("type_message", lang))}" type="text">'
            f'<button class="webchat__send-button" title="{esc(_t("send", lang))}">{_svg(rng, "send", (16,))}</button></div></div></div>')
    return html, "Bot Framework Web Chat (Copilot Studio agent): .webchat__bubble--from-bot transcript, send box", None, False, None


def _p_generic_dialog(rng, lang, host):
    name = rng.choice(_BOT_NAMES)
    title = rng.choice((_t("ai_assistant", lang), f"{name} · {_t('ai_assistant', lang)}",
                        f"{_brand(host)} {_t('ai_assistant', lang)}", _t("virtual_assistant", lang)))
    h = lambda: hashed_class(rng)  # noqa: E731

    def bot(text):
        return (f'<div class="{classes(rng, ("msg", "msg--assistant"), obfuscate=0.6)}" data-role="assistant">'
                f'<p>{esc(text)}</p></div>')

    def user(text):
        return f'<div class="{classes(rng, ("msg", "msg--user"), obfuscate=0.6)}" data-role="user"><p>{esc(text)}</p></div>'

    log = _log(rng, lang, bot, user, _t("greeting", lang).format(name=name, brand=_brand(host)))
    foot = rng.choice((_t("disclaimer", lang), _t("powered_ai", lang), ""))
    badge = rng.choice(("Beta", _t("ai_generated", lang), "AI", ""))
    html = (f'<div {_attrs(rng, [("role", "dialog"), ("aria-label", title), ("class", classes(rng, ("chat-window", "assistant-panel"), obfuscate=0.6)), _maybe(rng, 0.4, ("aria-modal", "false")), _maybe(rng, 0.3, ("data-open", "true"))])}>'
            f'<div class="{h()}"><span class="{h()}">{_svg(rng, rng.choice(("sparkle", "bot")), (20,))}</span><strong>{esc(title)}</strong>'
            + (f'<span class="{h()}">{esc(badge)}</span>' if badge else "")
            + f'<button aria-label="{esc(_t("close", lang))}" class="{h()}">{_svg(rng, "close", (14,))}</button></div>'
            f'<div class="{h()}" role="log" aria-live="polite">{log}</div>'
            f'<form class="{h()}">{_textarea(rng, lang)}<button type="submit" aria-label="{esc(_t("send", lang))}" class="{h()}">{_svg(rng, "send", (16,))}</button></form>'
            + (f'<p class="{h()}">{esc(foot)}</p>' if foot else "")
            + '</div>')
    return html, "generic pattern: floating AI assistant chat window (role=dialog, assistant messages, AI disclaimer)", None, False, None


def _p_generic_custom_el(rng, lang, host):
    tag = rng.choice(("ai-chat-panel", "chat-widget", "assistant-chat", "support-bot-window"))
    title = rng.choice((_t("ai_assistant", lang), _t("virtual_assistant", lang), _t("chatbot", lang)))
    msgs = "".join(f'<chat-message role="user">{esc(q)}</chat-message><chat-message role="assistant">{esc(a)}</chat-message>'
                   for q, a in _exchanges(rng, lang))
    html = (f'<{tag} {_attrs(rng, [("open", True), ("heading", title), _maybe(rng, 0.5, ("bot-id", _rid(rng, 12))), _maybe(rng, 0.4, ("lang", lang))])}>'
            f'{msgs}<chat-input placeholder="{esc(_t("placeholder", lang))}"></chat-input></{tag}>')
    return html, f"generic pattern: open <{tag}> custom element (shadow host) of an AI assistant with chat messages", None, True, None


def _p_generic_iframe(rng, lang, host):
    vendor = rng.choice(("widget.aichatdesk.io", "embed.botsmith.app", "chat.assistly.ai", "app.helpgenie.ai",
                         "bot.convoflow.io"))
    src = f"https://{vendor}/embed/{_rid(rng, 16)}"
    title = rng.choice((_t("ai_assistant", lang), _t("chatbot", lang), _t("chat_with_ai", lang)))
    html = (f'<div class="{classes(rng, ("chat-frame-wrap",), obfuscate=0.7)}" style="position: fixed; right: 20px; bottom: 88px; width: 380px; height: 620px; z-index: 2147483000;">'
            f'<iframe {_attrs(rng, [("src", src), ("title", title), ("allow", "clipboard-write; microphone"), _maybe(rng, 0.5, ("loading", "lazy")), ("style", "width: 100%; height: 100%; border: 0; border-radius: 16px;")])}></iframe></div>')
    return html, "generic pattern: fixed wrapper with a third-party AI chatbot iframe titled as an AI assistant", src, False, None


_PANELS = (
    (_p_intercom, 18, ("www.intercom.com", "fin.ai"), None),
    (_p_zendesk, 14, ("www.zendesk.com",), None),
    (_p_drift, 8, ("www.salesloft.com",), None),
    (_p_drift_frame, 5, (), None),
    (_p_ada, 10, ("www.ada.cx",), None),
    (_p_tidio, 10, ("www.tidio.com",), None),
    (_p_hubspot, 9, ("www.hubspot.com",), None),
    (_p_hubspot_frame, 5, (), None),
    (_p_freshchat, 8, ("www.freshworks.com",), None),
    (_p_salesforce, 10, ("www.salesforce.com",), None),
    (_p_liveperson, 7, ("www.liveperson.com",), None),
    (_p_crisp, 7, ("crisp.chat",), None),
    (_p_gorgias, 8, ("www.gorgias.com",), None),
    (_p_botpress, 10, ("botpress.com",), None),
    (_p_voiceflow, 8, ("www.voiceflow.com",), None),
    (_p_chatbase, 8, ("www.chatbase.co",), None),
    (_p_kore, 6, ("kore.ai",), None),
    (_p_yellow, 6, ("yellow.ai",), None),
    (_p_sierra, 6, ("sierra.ai", "www.directv.com"), None),
    (_p_forethought, 5, ("forethought.ai",), None),
    (_p_rufus, 10, (), ("en", "de", "fr", "es", "it", "ja")),
    (_p_meta, 8, (), None),
    (_p_dialogflow, 8, (), None),
    (_p_watson, 6, ("www.ibm.com",), None),
    (_p_webchat, 8, (), None),
    (_p_generic_dialog, 18, (), None),
    (_p_generic_custom_el, 8, (), None),
    (_p_generic_iframe, 8, (), None),
)


def _panel_context(rng, frame_src, shadow, shape):
    if shape == "inline":
        ctx = inline_context(rng, w=(320, 820), h=(480, 760))
        ctx["frameSrc"] = frame_src
        return ctx
    if shape == "side":
        ctx = _ctx(rng, rng.randint(360, 440), 10000, rng.choice(("tr", "tl")), frame_src, shadow, margin=0)
        ctx["rect"][3] = ctx["viewport"][1]
        ctx["rect"][1] = 0
        return ctx
    ctx = _ctx(rng, rng.randint(340, 420), rng.randint(520, 740),
               "bl" if rng.random() < 0.12 else "br", frame_src, shadow)
    if ctx["viewport"][0] < 500:  # phones: the open chat fills the screen
        ctx["rect"] = [0, 0, ctx["viewport"][0], ctx["viewport"][1]]
    else:
        ctx["rect"][1] = max(0, ctx["rect"][1] - rng.randint(60, 90))
    return ctx


def examples():
    return _generate(_PANELS, "ai_chat_panel", "pos_chat_panels", _panel_context)
