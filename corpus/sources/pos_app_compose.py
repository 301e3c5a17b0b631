"""Positives, kind ai_compose_button: "Help me write", "Rewrite with AI",
sparkle and Copilot buttons inside editors and composers of big apps.

This module also holds the small helpers (prefixed with _) that the other
pos_app_* modules import, so that they share one way of varying markup.
"""
import re

from corpus.common import (
    classes, esc, example, fixed_context, hashed_class, inline_context,
    page_url, rng_for, site, wrap,
)

KIND = "ai_compose_button"

# --------------------------------------------------------------------------
# shared helpers for the pos_app_* modules
# --------------------------------------------------------------------------

_WS = re.compile(r"\s+")

# Material "auto_awesome" (the sparkle Google and many others use).
_SPARKLE_MD = ("M19 9l1.25-2.75L23 5l-2.75-1.25L19 1l-1.25 2.75L15 5l2.75 1.25L19 9zm-7.5.5"
               "L9 4 6.5 9.5 1 12l5.5 2.5L9 20l2.5-5.5L17 12l-5.5-2.5zM19 15l-1.25 2.75L15 19"
               "l2.75 1.25L19 23l1.25-2.75L23 19l-2.75-1.25L19 15z")
# Four-point spark (Gemini-style glyph).
_SPARK4 = "M12 2C12 7.5 16.5 12 22 12C16.5 12 12 16.5 12 22C12 16.5 7.5 12 2 12C7.5 12 12 7.5 12 2Z"
# Lucide "sparkles".
_SPARKLES_LUCIDE = ("M9.94 14.06 8 20l-1.94-5.94L0 12l6.06-1.94L8 4l1.94 6.06L16 12z"
                    "M18 2l.9 2.1L21 5l-2.1.9L18 8l-.9-2.1L15 5l2.1-.9z")
# Octicon copilot (shortened outline of the glyph).
_COPILOT_OCT = ("M7.998 15.035c-4.562 0-7.873-2.914-7.998-3.749V9.338c.085-.628.677-1.686 1.588-2.065"
                ".013-.07.024-.143.036-.218.029-.183.06-.384.126-.612-.201-.508-.254-1.084-.254-1.656"
                " 0-.87.128-1.769.693-2.484.579-.733 1.494-1.124 2.724-1.261 1.206-.134 2.262.034 "
                "2.944.765.05.053.096.108.139.165.044-.057.094-.112.143-.165.682-.731 1.738-.899 "
                "2.944-.765 1.23.137 2.145.528 2.724 1.261.566.715.693 1.614.693 2.484 0 .572-.053 "
                "1.148-.254 1.656.066.228.098.429.126.612.012.076.024.148.037.218.924.385 1.522 "
                "1.471 1.591 2.095v1.872c0 .766-3.351 3.795-8.002 3.795Z")


def _svg(rng, path=None, size=None, extra=""):
    """An inline svg icon with a real-looking path, sized, classed and
    serialised in the several ways real pages do (xmlns or not, fill on the
    path or the svg, self-closing path or not)."""
    path = path or rng.choice((_SPARKLE_MD, _SPARK4, _SPARKLES_LUCIDE))
    size = size or rng.choice((16, 18, 20, 24))
    cls = rng.choice(("", "", f' class="{hashed_class(rng)}"', ' class="icon"', ' class="svg-icon"'))
    xmlns = rng.choice(("", ' xmlns="http://www.w3.org/2000/svg"'))
    focus = rng.choice(("", ' focusable="false"'))
    fill_on_svg = rng.random() < 0.3
    head_attrs = [f'width="{size}"', f'height="{size}"', 'viewBox="0 0 24 24"', 'aria-hidden="true"']
    rng.shuffle(head_attrs)
    svg_fill = ' fill="currentColor"' if fill_on_svg else ""
    p_fill = "" if fill_on_svg else rng.choice((' fill="currentColor"', ' fill="currentColor"', ""))
    if rng.random() < 0.5:
        p_el = f'<path d="{path}"{p_fill}/>'
    else:
        p_el = f'<path{p_fill} d="{path}"></path>'
    return f'<svg{xmlns}{cls} {" ".join(head_attrs)}{focus}{svg_fill}{extra}>{p_el}</svg>'


def _attrs(rng, pairs):
    """Render attributes in a shuffled order; None values are dropped."""
    items = [(k, v) for k, v in pairs if v is not None]
    rng.shuffle(items)
    out = []
    for k, v in items:
        if v is True:
            out.append(f" {k}")
        else:
            out.append(f' {k}="{esc(str(v))}"')
    return "".join(out)


def _ctx_fixed(rng, corner="br", size=(48, 64), frame_src=None, shadow=False, p=0.5):
    if rng.random() >= p:
        return None
    return fixed_context(rng, corner=corner, size=size, frame_src=frame_src, shadow=shadow)


def _ctx_corner(rng, corner="br", w=(280, 360), h=(56, 90), p=0.5, shadow=False):
    """Context of a fixed element of a given width and height in a viewport corner."""
    if rng.random() >= p:
        return None
    ctx = fixed_context(rng, corner=corner, size=(10, 20), shadow=shadow)
    vw, vh = ctx["viewport"]
    ww, hh = min(rng.randint(*w), vw - 24), rng.randint(*h)
    m = rng.randint(12, 32)
    x = vw - ww - m if corner in ("br", "tr") else m
    y = vh - hh - m if corner in ("br", "bl") else m
    ctx["rect"] = [x, y, ww, hh]
    return ctx


def _ctx_inline(rng, w=(24, 400), h=(20, 60), p=0.5, y=None):
    if rng.random() >= p:
        return None
    return inline_context(rng, w=w, h=h, y=y)


def _ctx_panel(rng, side="right", width=(320, 460), p=0.5, frame_src=None, shadow=False):
    """Context of a docked side panel (fixed, full height on one side)."""
    if rng.random() >= p:
        return None
    vw, vh = rng.choice(((1280, 720), (1440, 900), (1920, 1080), (1366, 768)))
    w = rng.randint(*width)
    top = rng.choice((0, 48, 56, 64))
    x = vw - w if side == "right" else 0
    return {
        "position": rng.choice(("fixed", "fixed", "absolute")),
        "rect": [x, top, w, vh - top], "viewport": [vw, vh],
        "zIndex": rng.choice((10, 100, 999, 1000, 2000)),
        "frameSrc": frame_src, "shadowHost": shadow,
    }


def _ctx_overlay(rng, w=(260, 420), h=(120, 320), p=0.5, shadow=False):
    """Context of a popover / tooltip floating over the page."""
    if rng.random() >= p:
        return None
    vw, vh = rng.choice(((1280, 720), (1440, 900), (1920, 1080), (1366, 768), (390, 844)))
    ww = min(rng.randint(*w), vw - 20)
    hh = rng.randint(*h)
    return {
        "position": rng.choice(("fixed", "absolute")),
        "rect": [rng.randint(0, max(0, vw - ww)), rng.randint(0, max(0, vh - hh)), ww, hh],
        "viewport": [vw, vh], "zIndex": rng.choice((100, 1000, 9999, 2147483000)),
        "frameSrc": None, "shadowHost": shadow,
    }


def _lang(rng, table, only=None):
    """Pick a language among the keys of a translation table."""
    langs = [k for k in table if only is None or k in only]
    return rng.choice(sorted(langs))


def _tr(table, lang):
    return table.get(lang, table["en"])


def _host(rng, lang, product_hosts=None, p_site=0.0):
    """A product host for lang, or (with p_site) one of the shared SITES."""
    if product_hosts and rng.random() >= p_site:
        hosts = product_hosts.get(lang) or product_hosts.get("*") or product_hosts["en"]
        return rng.choice(hosts)
    try:
        return site(rng, lang)[0]
    except KeyError:
        return site(rng, "en")[0]


def _cls(rng, *names, obfuscate=0.3, extra=(0, 2)):
    return classes(rng, names, obfuscate=obfuscate, extra_hashed=extra)


def _run(seed, templates, n):
    """Call the templates round-robin with seeded rngs until n distinct examples."""
    out, seen = [], set()
    i = 0
    while len(out) < n and i < n * 6:
        tpl = templates[i % len(templates)]
        rng = rng_for(seed, tpl.__name__, i)
        ex = tpl(rng)
        i += 1
        if ex is None:
            continue
        key = _WS.sub("", ex["html"])
        if key in seen:
            continue
        seen.add(key)
        out.append(ex)
    return out


# product host tables shared by several modules
GOOGLE_SEARCH = {
    "en": ("www.google.com", "www.google.co.uk", "www.google.ca", "www.google.com.au"),
    "de": ("www.google.de", "www.google.at", "www.google.ch"), "fr": ("www.google.fr", "www.google.be"),
    "es": ("www.google.es", "www.google.com.mx", "www.google.com.ar"), "ja": ("www.google.co.jp",),
    "pt": ("www.google.com.br", "www.google.pt"), "it": ("www.google.it",), "nl": ("www.google.nl",),
    "pl": ("www.google.pl",), "ko": ("www.google.co.kr",), "zh": ("www.google.com.hk", "www.google.com.tw"),
    "sv": ("www.google.se",),
}
AMAZON = {
    "en": ("www.amazon.com", "www.amazon.co.uk", "www.amazon.ca", "www.amazon.com.au", "www.amazon.in"),
    "de": ("www.amazon.de",), "fr": ("www.amazon.fr",), "es": ("www.amazon.es", "www.amazon.com.mx"),
    "ja": ("www.amazon.co.jp",), "pt": ("www.amazon.com.br",), "it": ("www.amazon.it",),
    "nl": ("www.amazon.nl",), "pl": ("www.amazon.pl",), "sv": ("www.amazon.se",),
}
ATLASSIAN = ("acme-eng.atlassian.net", "northwind.atlassian.net", "globex.atlassian.net",
             "helios-labs.atlassian.net", "bergwerk.atlassian.net", "sakura-dev.atlassian.net",
             "lumen-ops.atlassian.net", "tierra.atlassian.net")
SALESFORCE = ("acme.lightning.force.com", "northwind-sales.lightning.force.com",
              "globex.my.salesforce.com", "umbrella.lightning.force.com")

# --------------------------------------------------------------------------
# translations
# --------------------------------------------------------------------------

HELP_ME_WRITE = {
    "en": "Help me write", "de": "Hilf mir beim Schreiben", "fr": "Aidez-moi à écrire",
    "es": "Ayúdame a escribir", "ja": "文書作成サポート", "pt": "Quero ajuda para escrever",
    "it": "Aiutami a scrivere", "nl": "Help me schrijven", "pl": "Pomóż mi napisać",
    "ko": "글쓰기 도우미", "zh": "帮我写", "sv": "Hjälp mig att skriva",
}
REWRITE_AI = {
    "en": "Rewrite with AI", "de": "Mit KI umschreiben", "fr": "Réécrire avec l’IA",
    "es": "Reescribir con IA", "pt": "Reescrever com IA", "it": "Riscrivi con l’IA",
    "ja": "AIでリライト", "nl": "Herschrijven met AI", "pl": "Przeredaguj z AI",
    "sv": "Skriv om med AI", "ko": "AI로 다시 쓰기", "zh": "用 AI 改写",
}
ENHANCE_AI = {
    "en": "Enhance with AI", "de": "Mit KI verbessern", "fr": "Améliorer avec l’IA",
    "es": "Mejorar con IA", "pt": "Aprimorar com IA", "it": "Migliora con l’IA",
    "ja": "AIで強化", "nl": "Verbeteren met AI",
}
DRAFT_COPILOT = {
    "en": "Draft with Copilot", "de": "Entwurf mit Copilot", "fr": "Brouillon avec Copilot",
    "es": "Borrador con Copilot", "ja": "Copilot で下書き", "pt": "Rascunho com o Copilot",
    "it": "Bozza con Copilot", "nl": "Concept met Copilot", "pl": "Wersja robocza z Copilot",
    "ko": "Copilot으로 초안 작성", "zh": "使用 Copilot 起草", "sv": "Utkast med Copilot",
}
COACHING_COPILOT = {
    "en": "Coaching by Copilot", "de": "Coaching durch Copilot", "fr": "Coaching par Copilot",
    "es": "Asesoramiento de Copilot", "ja": "Copilot によるコーチング", "pt": "Orientação do Copilot",
    "it": "Coaching di Copilot",
}
ASK_AI = {
    "en": "Ask AI", "de": "KI fragen", "fr": "Demander à l’IA", "es": "Preguntar a la IA",
    "ja": "AIに質問", "pt": "Perguntar à IA", "it": "Chiedi all’IA", "nl": "Vraag het AI",
    "pl": "Zapytaj AI", "ko": "AI에게 질문", "zh": "询问 AI", "sv": "Fråga AI",
}
GEN_IMAGES_AI = {
    "en": "Generate images using AI", "de": "Bilder mit KI generieren",
    "fr": "Générer des images avec l’IA", "es": "Generar imágenes con IA",
    "pt": "Gerar imagens usando IA", "it": "Genera immagini con l’IA", "ja": "AIで画像を生成",
}
GENERATE_AI = {
    "en": "Generate with AI", "de": "Mit KI generieren", "fr": "Générer avec l’IA",
    "es": "Generar con IA", "ja": "AIで生成", "pt": "Gerar com IA", "it": "Genera con l’IA",
    "nl": "Genereren met AI", "pl": "Generuj z AI", "ko": "AI로 생성", "zh": "使用 AI 生成",
    "sv": "Generera med AI",
}
AI_ASSISTANT = {
    "en": "AI Assistant", "de": "KI-Assistent", "fr": "Assistant IA", "es": "Asistente de IA",
    "ja": "AIアシスタント", "pt": "Assistente de IA", "it": "Assistente IA", "nl": "AI-assistent",
    "pl": "Asystent AI", "ko": "AI 어시스턴트", "zh": "AI 助手", "sv": "AI-assistent",
}
IMPROVE_WRITING = {
    "en": "Improve writing", "de": "Text verbessern", "fr": "Améliorer le texte",
    "es": "Mejorar la redacción", "ja": "文章を改善", "pt": "Melhorar a escrita",
    "it": "Migliora il testo", "nl": "Tekst verbeteren", "pl": "Popraw tekst",
    "ko": "글 개선", "zh": "改进写作", "sv": "Förbättra texten",
}
GENERATE_TEXT = {
    "en": "Generate text", "de": "Text generieren", "fr": "Générer du texte",
    "es": "Generar texto", "ja": "テキストを生成", "pt": "Gerar texto", "it": "Genera testo",
    "nl": "Tekst genereren",
}
MAGIC_WRITE = {"en": "Magic Write", "de": "Magic Write", "fr": "Magic Write", "es": "Magic Write",
               "ja": "マジック作文", "pt": "Escrita Mágica", "it": "Magic Write"}
HELP_ME_CREATE = {
    "en": "Help me create", "de": "Hilf mir beim Erstellen", "fr": "Aidez-moi à créer",
    "es": "Ayúdame a crear", "ja": "作成サポート", "pt": "Quero ajuda para criar",
    "it": "Aiutami a creare",
}
REFINE = {
    "en": ("Formalize", "Elaborate", "Shorten", "Rephrase"),
    "de": ("Formeller", "Ausführlicher", "Kürzen", "Umformulieren"),
    "fr": ("Plus formel", "Développer", "Raccourcir", "Reformuler"),
    "es": ("Más formal", "Desarrollar", "Acortar", "Reformular"),
    "ja": ("フォーマルにする", "詳しくする", "短くする", "言い換える"),
    "pt": ("Formalizar", "Elaborar", "Encurtar", "Reformular"),
    "it": ("Formalizza", "Elabora", "Abbrevia", "Riformula"),
}

# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------

_GMAIL = {"*": ("mail.google.com",)}


def _gmail_hmw_toolbar(rng):
    lang = _lang(rng, HELP_ME_WRITE)
    label = _tr(HELP_ME_WRITE, lang)
    tip = rng.choice((label, f"{label} (Gemini)", label))
    cls = rng.choice(("eLNZDd bDl", "bDl", "eLNZDd", "bDl aaA eLNZDd"))
    attrs = _attrs(rng, [("class", cls), ("command", "sdt"), ("role", "button"),
                         ("aria-label", label), ("data-tooltip", tip), ("tabindex", "1"),
                         ("jslog", rng.choice((None, f"{rng.randint(10000, 99999)}; u014N:cOuCgd")))])
    inner = _svg(rng, rng.choice((_SPARKLE_MD, _SPARK4)), size=20)
    html = f'<div{attrs}><div class="{rng.choice(("asa", "J-J5-Ji", "aaA"))}">{inner}</div></div>'
    html = wrap(html, rng, 2, 0.3)
    return example(html, page_url("mail.google.com", rng, rng.choice(("/mail/u/0/", "/mail/u/1/", "/mail/"))),
                   1, KIND, "Gmail compose toolbar 'Help me write' (div[command=sdt].bDl.eLNZDd, pen-sparkle icon)",
                   lang=lang, context=_ctx_inline(rng, (28, 40), (28, 40)))


def _gmail_hmw_chip(rng):
    lang = _lang(rng, HELP_ME_WRITE)
    label = _tr(HELP_ME_WRITE, lang)
    hint = {"en": "Type / to get started", "de": "Geben Sie / ein, um zu beginnen",
            "fr": "Saisissez / pour commencer", "es": "Escribe / para empezar",
            "ja": "/ を入力して開始", "pt": "Digite / para começar", "it": "Digita / per iniziare"}
    sub = _tr(hint, lang)
    chip = (f'<div{_attrs(rng, [("class", _cls(rng, "jKzJCd", obfuscate=0.1)), ("role", "button"), ("tabindex", "0"), ("aria-label", label)])}>'
            f'{_svg(rng, _SPARK4, 18)}<span class="{rng.choice(("bAq", hashed_class(rng)))}">{esc(label)}</span>'
            + (f'<span class="aXw">{esc(sub)}</span>' if rng.random() < 0.5 else "") + "</div>")
    return example(wrap(chip, rng), page_url("mail.google.com", rng, "/mail/u/0/"), 1, KIND,
                   "Gmail compose body 'Help me write' prompt chip (.jKzJCd)", lang=lang,
                   context=_ctx_inline(rng, (140, 320), (28, 40)))


def _docs_superfab(rng):
    lang = _lang(rng, HELP_ME_WRITE)
    label = _tr(HELP_ME_WRITE, lang)
    btn = (f'<div{_attrs(rng, [("class", "superfab-button superfab-aitextgeneratormenu-button goog-inline-block"), ("role", "button"), ("aria-label", label), ("data-tooltip", label), ("aria-haspopup", "true"), ("id", rng.choice((None, "superfab-aitextgenerator")))])}>'
           f'<div class="superfab-button-icon">{_svg(rng, _SPARKLE_MD, 20)}</div></div>')
    if rng.random() < 0.5:
        btn = f'<div class="superfab-container docs-material">{btn}</div>'
    return example(btn, page_url("docs.google.com", rng, f"/document/d/1{hashed_class(rng)[:6]}Xq/edit"),
                   1, KIND, "Google Docs floating 'Help me write' superfab (.superfab-aitextgeneratormenu-button)",
                   lang=lang, context=_ctx_fixed(rng, "br", (40, 48)))


def _docs_help_me_create(rng):
    lang = _lang(rng, HELP_ME_CREATE)
    label = _tr(HELP_ME_CREATE, lang)
    what = rng.choice(("table", "form", "doc"))
    html = (f'<div{_attrs(rng, [("class", "building-blocks-sidekick-entrypoint-button goog-toolbar-button"), ("role", "button"), ("aria-label", label), ("data-tooltip", label)])}>'
            f'{_svg(rng, _SPARKLE_MD, 18)}<span class="goog-toolbar-button-inner-box">{esc(label)}</span></div>')
    path = {"table": "/spreadsheets/d/1Tb7/edit", "form": "/forms/d/1Fm2/edit", "doc": "/document/d/1Dc9/edit"}[what]
    return example(wrap(html, rng), page_url("docs.google.com", rng, path), 1, KIND,
                   "Google Sheets/Docs 'Help me create' Gemini entry point (.building-blocks-sidekick-entrypoint-button)",
                   lang=lang, context=_ctx_inline(rng, (120, 220), (28, 36)))


_LINKEDIN = {"*": ("www.linkedin.com",)}


def _linkedin_rewrite(rng):
    lang = _lang(rng, REWRITE_AI)
    label = _tr(REWRITE_AI, lang)
    btn_cls = _cls(rng, "artdeco-button", "artdeco-button--2", "artdeco-button--secondary",
                   "share-creation-state__writing-assistant-btn", obfuscate=0.1, extra=(0, 1))
    icon = ('<svg role="none" aria-hidden="true" class="artdeco-button__icon" data-test-icon="premium-signal-ai-small" '
            'width="16" height="16" viewBox="0 0 16 16"><path d="M8 1l1.5 3.5L13 6l-3.5 1.5L8 11 6.5 7.5 3 6l3.5-1.5z"></path></svg>')
    btn = (f'<button{_attrs(rng, [("class", btn_cls), ("type", "button"), ("id", f"ember{rng.randint(100, 999)}"), ("aria-label", rng.choice((None, label)))])}>'
           f'{icon}<span class="artdeco-button__text">{esc(label)}</span></button>')
    html = f'<div class="share-creation-state__writing-assistant-container share-creation-state__writing-assistant-container--premium">{btn}</div>'
    if rng.random() < 0.4:
        html = btn
    return example(wrap(html, rng), page_url("www.linkedin.com", rng, rng.choice(("/feed/", "/feed/", "/post/new/"))),
                   1, KIND, "LinkedIn post composer 'Rewrite with AI' (premium-signal-ai-small icon)",
                   lang=lang, context=_ctx_inline(rng, (120, 220), (32, 40)))


def _linkedin_enhance(rng):
    lang = _lang(rng, ENHANCE_AI)
    label = _tr(ENHANCE_AI, lang)
    html = (f'<div class="pvs-entity__secondary-action-container">'
            f'<button{_attrs(rng, [("class", "artdeco-button artdeco-button--muted artdeco-button--2 artdeco-button--tertiary"), ("aria-label", label), ("type", "button")])}>'
            f'<svg data-test-icon="premium-signal-ai-small" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path d="M8 1l1.5 3.5L13 6l-3.5 1.5L8 11 6.5 7.5 3 6l3.5-1.5z"></path></svg>'
            f'<span class="artdeco-button__text">{esc(label)}</span></button></div>')
    return example(wrap(html, rng), page_url("www.linkedin.com", rng, "/in/me/edit/forms/position/new/"),
                   1, KIND, "LinkedIn profile editor 'Enhance with AI' (pvs-entity__secondary-action-container, AI signal icon)",
                   lang=lang, context=_ctx_inline(rng, (120, 200), (32, 40)))


def _github_write_copilot(rng):
    suffix = rng.choice(("RL1TZUq", "eCAAR"))
    label = rng.choice(("Write with Copilot", "Write with Copilot", "Improve with Copilot"))
    btn = (f'<button{_attrs(rng, [("data-component", "IconButton"), ("type", "button"), ("aria-label", label), ("data-size", "small"), ("data-variant", "invisible"), ("class", "prc-Button-ButtonBase-9n-Xk prc-Button-IconButton-fyge7")])}>'
           f'<svg aria-hidden="true" focusable="false" class="octicon octicon-copilot" viewBox="0 0 16 16" width="16" height="16"><path d="{_COPILOT_OCT}"></path></svg></button>')
    html = f'<div class="Footer-module__footerButtonWrapper__{suffix}">{btn}</div>' if rng.random() < 0.7 else btn
    repo = rng.choice(("acme/api", "octo-org/web", "lumen/cli", "kitchen-sink/app", "orbit/docs"))
    return example(html, page_url("github.com", rng, f"/{repo}/issues/new"), 1, KIND,
                   "GitHub new-issue 'Write with Copilot' button (Footer-module__footerButtonWrapper, octicon-copilot)",
                   lang="en", context=_ctx_inline(rng, (28, 32), (28, 32)))


def _githubdev_sparkle(rng):
    label = rng.choice(("Generate Commit Message with Copilot", "Generate Commit Message", "Run: Modify"))
    if label == "Run: Modify":
        html = f'<div{_attrs(rng, [("class", "codicon codicon-sparkle-filled"), ("widgetid", "LightBulbWidget"), ("title", label), ("role", "button"), ("aria-label", "Modify selected code with Copilot")])}></div>'
    else:
        html = f'<a{_attrs(rng, [("class", "action-label codicon codicon-sparkle"), ("role", "button"), ("aria-label", label), ("title", label), ("tabindex", "0")])}></a>'
        if rng.random() < 0.6:
            html = f'<li class="action-item menu-entry" role="presentation">{html}</li>'
    repo = rng.choice(("acme/api", "octo-org/web", "lumen/cli", "mesh/infra"))
    return example(html, page_url(rng.choice(("github.dev", "vscode.dev")), rng, f"/github/{repo}"), 1, KIND,
                   "github.dev / VS Code for the Web sparkle action (codicon-sparkle, 'Generate Commit Message')",
                   lang="en", context=_ctx_inline(rng, (16, 22), (16, 22)))


_OUTLOOK = ("outlook.office.com", "outlook.live.com", "outlook.office365.com", "outlook.cloud.microsoft")


def _outlook_copilot_draft(rng):
    lang = _lang(rng, DRAFT_COPILOT)
    label = _tr(DRAFT_COPILOT, lang)
    style = rng.randrange(3)
    if style == 0:
        html = (f'<button{_attrs(rng, [("type", "button"), ("class", _cls(rng, "fui-Button", "r1alrhcs", "ms-Button")), ("aria-label", label), ("title", label), ("data-unique-id", rng.choice(("CopilotDraftButton", "Ribbon-CopilotCompose", None)))])}>'
                f'<span class="fui-Button__icon">{_svg(rng, _SPARKLES_LUCIDE, 20)}</span>'
                + (f'<span>{esc(label)}</span>' if rng.random() < 0.6 else "") + "</button>")
    elif style == 1:
        coach = _tr(COACHING_COPILOT, lang if lang in COACHING_COPILOT else "en")
        html = (f'<div role="menu" class="{_cls(rng, "ms-ContextualMenu-list")}">'
                f'<button role="menuitem" class="ms-ContextualMenu-link" aria-label="{esc(label)}"><i data-icon-name="Copilot" aria-hidden="true" class="ms-ContextualMenu-icon"></i><span class="ms-ContextualMenu-itemText">{esc(label)}</span></button>'
                f'<button role="menuitem" class="ms-ContextualMenu-link" aria-label="{esc(coach)}"><i data-icon-name="Copilot" aria-hidden="true" class="ms-ContextualMenu-icon"></i><span class="ms-ContextualMenu-itemText">{esc(coach)}</span></button></div>')
    else:
        html = (f'<div{_attrs(rng, [("id", "CopilotCompose-group"), ("role", "group"), ("aria-label", "Copilot")])}>'
                f'<button class="{_cls(rng, "ms-Button", "ms-Button--commandBar")}" aria-label="Copilot" data-unique-id="Ribbon-CopilotCompose">'
                f'<i data-icon-name="Copilot" aria-hidden="true"></i><span class="ms-Button-label">Copilot</span></button></div>')
    return example(wrap(html, rng), page_url(rng.choice(_OUTLOOK), rng, rng.choice(("/mail/deeplink/compose", "/mail/inbox", "/mail/0/"))),
                   1, KIND, "generic pattern modelled on Outlook on the web compose Copilot (Fluent button, data-icon-name Copilot)",
                   lang=lang, context=_ctx_inline(rng, (32, 200), (28, 40)))


def _word_copilot_ribbon(rng):
    app = rng.choice(("word", "onenote", "excel", "powerpoint"))
    gid = {"word": "CopilotChat-group", "onenote": "CopilotChat-group", "excel": "Copilot-group", "powerpoint": "ChatPPT-group"}[app]
    host = {"word": "usc-word-edit.officeapps.live.com", "onenote": "usc-onenote.officeapps.live.com",
            "excel": "usc-excel.officeapps.live.com", "powerpoint": "usc-powerpoint.officeapps.live.com"}[app]
    host = rng.choice((host, f"{app}.cloud.microsoft"))
    html = (f'<div{_attrs(rng, [("id", gid), ("class", "ribbon-group"), ("role", "group"), ("aria-label", "Copilot")])}>'
            f'<button{_attrs(rng, [("class", _cls(rng, "fui-Button", "ms-Button", "splitButton")), ("aria-label", "Copilot"), ("data-unique-id", rng.choice(("Ribbon-Copilot", "CopilotChat", "Copilot"))), ("aria-pressed", "false")])}>'
            f'<span class="fui-Button__icon">{_svg(rng, _SPARKLES_LUCIDE, 32)}</span><span class="ms-Button-label">Copilot</span></button></div>')
    return example(html, page_url(host, rng, rng.choice(("/we/wordeditorframe.aspx", "/x/_layouts/xlviewerinternal.aspx", "/"))),
                   1, KIND, f"Microsoft 365 web ribbon Copilot button group (#{gid})", lang="en",
                   context=_ctx_inline(rng, (48, 72), (64, 90)))


def _x_grok_imggen(rng):
    lab = rng.choice(("Grok", "Enhance with Grok", "Generate image with Grok"))
    html = (f'<button{_attrs(rng, [("aria-label", lab), ("role", "button"), ("class", "css-175oi2r r-sdzlij r-1phboty r-rs99b7 r-lrvibr r-2yi16 r-1qi8awa r-o7ynqc r-6416eg r-1ny4l3l"), ("data-testid", "grokImgGen"), ("type", "button")])}>'
            f'<div dir="ltr" class="css-146c3p1 r-bcqeeo r-qvutc0 r-37j5jr r-q4m81j r-a023e6 r-rjixqe r-b88u0q r-1awozwy r-6koalj r-18u37iz r-16y2uox r-1777fci">'
            f'<svg viewBox="0 0 33 32" aria-hidden="true" class="r-4qtqp9 r-yyyyoo r-dnmrzs r-bnwqim r-lrvibr r-m6rgpd r-1nao33i r-lwhw9o r-cnnz9e"><g><path d="M12.745 20.54l10.97-8.19c.539-.4 1.307-.244 1.564.38 1.349 3.288.746 7.241-1.938 9.955"></path></g></svg></div></button>')
    host = rng.choice(("x.com", "twitter.com"))
    return example(wrap(html, rng), page_url(host, rng, rng.choice(("/compose/post", "/home"))), 1, KIND,
                   "X post composer Grok button (button[data-testid=grokImgGen])", lang=rng.choice(("en", "en", "ja", "es", "pt")),
                   context=_ctx_inline(rng, (34, 36), (34, 36)))


def _facebook_gen_images(rng):
    lang = _lang(rng, GEN_IMAGES_AI)
    label = _tr(GEN_IMAGES_AI, lang)
    html = (f'<div{_attrs(rng, [("aria-label", label), ("role", "button"), ("tabindex", "0"), ("class", "x1i10hfl x1qjc9v5 xjbqb8w xjqpnuy xa49m3k xqeqjp1 x2hbi6w x13fuv20 xu3j5b3 x1q0q8m5 x26u7qi x972fbf xcfux6l x1qhh985 xm0m39n x9f619 x1ypdohk xdl72j9")])}>'
            f'<div class="x6s0dn4 x78zum5 xl56j7k">{_svg(rng, _SPARKLES_LUCIDE, 24)}</div></div>')
    return example(wrap(html, rng), page_url("www.facebook.com", rng, rng.choice(("/", "/me", "/groups/feed/"))), 1, KIND,
                   "Facebook post composer 'Generate images using AI' (div[role=button][aria-label])", lang=lang,
                   context=_ctx_inline(rng, (36, 40), (36, 40)))


def _grammarly_elements(rng):
    style = rng.randrange(4)
    host, lang = site(rng)
    if style == 0:
        html = (f'<grammarly-extension data-grammarly-shadow-root="true" style="position: absolute; top: 0px; left: 0px; pointer-events: none;" class="{rng.choice(("dnXmp", "cGcvT", hashed_class(rng)))}"></grammarly-extension>')
        src = "Grammarly extension shadow host (grammarly-extension data-grammarly-shadow-root)"
        ctx = _ctx_inline(rng, (200, 700), (40, 300))
        if ctx:
            ctx["shadowHost"] = True
    elif style == 1:
        html = '<grammarly-desktop-integration data-grammarly-shadow-root="true"></grammarly-desktop-integration>'
        if rng.random() < 0.5:
            html = '<GRAMMARLY-DESKTOP-INTEGRATION data-grammarly-shadow-root="true"></GRAMMARLY-DESKTOP-INTEGRATION>'
        src = "Grammarly desktop integration shadow host (grammarly-desktop-integration)"
        ctx = _ctx_fixed(rng, "br", (1, 1), shadow=True)
    elif style == 2:
        label = rng.choice(("Improve it", "Improve it with Grammarly", "Rewrite with Grammarly", "Open Grammarly"))
        html = (f'<div{_attrs(rng, [("data-grammarly-part", "button"), ("role", "button"), ("aria-label", label), ("class", _cls(rng, "gr-button", obfuscate=0.6))])}>'
                f'<div class="{hashed_class(rng)}">{_svg(rng, _SPARKLES_LUCIDE, 16)}</div><span>{esc(label)}</span></div>')
        html = f'<grammarly-extension data-grammarly-shadow-root="true" class="{hashed_class(rng)}">{html}</grammarly-extension>' if rng.random() < 0.5 else html
        src = "generic pattern modelled on Grammarly in-field 'Improve it' / GrammarlyGO button"
        ctx = _ctx_fixed(rng, "br", (28, 36), shadow=True)
        lang = "en"
    else:
        html = (f'<grammarly-button{_attrs(rng, [("data-grammarly-shadow-root", "true"), ("class", hashed_class(rng)), ("style", "position: absolute; right: 8px; bottom: 8px;")])}>'
                f'<div aria-label="Grammarly" role="button" class="{hashed_class(rng)}"></div></grammarly-button>')
        src = "Grammarly floating field button host (grammarly-button)"
        ctx = _ctx_inline(rng, (20, 30), (20, 30))
    return example(html, page_url(host, rng), 1, KIND, src, lang=lang, context=ctx)


_NOTION = ("www.notion.so", "www.notion.so", "app.notion.com")


def _notion_ai_button(rng):
    lang = _lang(rng, ASK_AI, only=("en", "de", "fr", "es", "ja", "pt", "ko", "zh"))
    label = _tr(ASK_AI, lang)
    style = rng.randrange(3)
    if style == 0:
        html = (f'<div{_attrs(rng, [("class", "notion-ai-button"), ("role", "button"), ("tabindex", "0"), ("aria-label", rng.choice((label, "Notion AI"))), ("style", "user-select: none; transition: opacity 200ms; cursor: pointer; position: fixed; bottom: 60px; right: 20px; width: 36px; height: 36px; border-radius: 100%;")])}>'
                f'<img alt="Notion AI Face" src="/images/notion-ai-face.svg" style="width: 24px; height: 24px;"></div>')
        ctx = _ctx_fixed(rng, "br", (36, 40))
        src = "Notion floating AI face button (.notion-ai-button)"
    elif style == 1:
        html = (f'<div class="notion-text-action-menu"><div role="button" tabindex="0" style="display: flex; align-items: center; padding: 0 8px;">'
                f'<img alt="Notion AI Face" src="/images/notion-ai-face.svg" width="16" height="16"><span style="margin-left: 4px;">{esc(label)}</span></div></div>')
        ctx = _ctx_overlay(rng, (80, 120), (28, 32))
        src = "Notion selection action menu 'Ask AI' (img alt 'Notion AI Face')"
    else:
        explain = {"en": "Explain", "de": "Erklären", "fr": "Expliquer", "es": "Explicar", "ja": "説明する",
                   "pt": "Explicar", "ko": "설명하기", "zh": "解释"}[lang]
        html = (f'<div role="button" tabindex="0" class="aiExplainThis" style="display: inline-flex; align-items: center; height: 28px;">'
                f'{_svg(rng, _SPARKLES_LUCIDE, 14)}<span>{esc(explain)}</span></div>')
        ctx = _ctx_overlay(rng, (70, 110), (28, 32))
        src = "Notion selection action menu AI 'Explain' (.aiExplainThis)"
    return example(html, page_url(rng.choice(_NOTION), rng, f"/{rng.choice(('acme', 'team-kb', 'sakura'))}/{rng.choice(('Roadmap', 'Meeting-notes', 'Q3-Plan'))}-{rng.randint(10**7, 10**8)}"),
                   1, KIND, src, lang=lang, context=ctx)


def _canva_magic_write(rng):
    lang = _lang(rng, MAGIC_WRITE)
    label = _tr(MAGIC_WRITE, lang)
    obf = " ".join(hashed_class(rng).lstrip("_") for _ in range(rng.randint(2, 4)))
    html = (f'<button{_attrs(rng, [("type", "button"), ("aria-label", label), ("class", obf), ("data-testid", rng.choice((None, "magic-write-button")))])}>'
            f'<span class="{hashed_class(rng)}">{_svg(rng, _SPARKLE_MD, 16)}</span><span class="{hashed_class(rng)}">{esc(label)}</span></button>')
    return example(wrap(html, rng), page_url("www.canva.com", rng, f"/design/DAG{rng.randint(10**5, 10**6)}/edit"), 1, KIND,
                   "generic pattern modelled on Canva editor 'Magic Write' button (hashed classes)", lang=lang,
                   context=_ctx_inline(rng, (100, 160), (32, 40)))


def _atlassian_ai_toolbar(rng):
    style = rng.randrange(3)
    if style == 0:
        html = (f'<button{_attrs(rng, [("data-testid", "atlassian-intelligence-toolbar-button"), ("aria-label", "Atlassian Intelligence"), ("type", "button"), ("class", _cls(rng, "css-1luyhz2", obfuscate=0.0))])}>'
                f'<span role="img" aria-label="Atlassian Intelligence" class="css-snhnyn">{_svg(rng, _SPARKLE_MD, 16)}</span></button>')
        src = "Confluence/Jira editor toolbar Atlassian Intelligence button (data-testid atlassian-intelligence-toolbar-button)"
    elif style == 1:
        html = (f'<button{_attrs(rng, [("aria-label", "AI"), ("type", "button"), ("class", _cls(rng, "css-1y1ktgn", obfuscate=0.0)), ("aria-expanded", "false")])}>'
                f'<span class="css-bwxjrz">{_svg(rng, _SPARKLE_MD, 16)}</span></button>')
        src = "Jira issue editor AI button (button[aria-label=AI])"
    else:
        lab = rng.choice(("Improve writing", "Summarize writing", "Change tone", "Suggest a title"))
        html = (f'<div role="menu" data-testid="ai-menu"><button role="menuitem" data-testid="ai-menu-item" class="css-1ojnlud">'
                f'{_svg(rng, _SPARKLE_MD, 16)}<span>{esc(lab)}</span></button></div>')
        src = "generic pattern modelled on Atlassian Intelligence editor '/ai' menu"
    space = rng.choice(("ENG", "OPS", "PROD", "MKT"))
    path = rng.choice((f"/wiki/spaces/{space}/pages/edit-v2/{rng.randint(10**6, 10**7)}", f"/browse/{space}-{rng.randint(10, 999)}"))
    return example(wrap(html, rng), page_url(rng.choice(ATLASSIAN), rng, path), 1, KIND, src, lang="en",
                   context=_ctx_inline(rng, (28, 200), (28, 32)))


def _square_autowrite(rng):
    lang = rng.choice(("en", "en", "fr", "es", "ja"))
    label = {"en": "Generate", "fr": "Générer", "es": "Generar", "ja": "生成"}[lang]
    aria = {"en": "Generate description with AI", "fr": "Générer une description avec l’IA",
            "es": "Generar descripción con IA", "ja": "AIで説明を生成"}[lang]
    cls = rng.choice(("_autoWriteCTA_6eccb5d", "item-library-edit__auto-write-button-wrapper"))
    html = (f'<div class="{cls}"><market-button{_attrs(rng, [("rank", "tertiary"), ("size", "small"), ("aria-label", aria)])}>'
            f'<market-icon slot="icon" name="ai-sparkle"></market-icon>{esc(label)}</market-button></div>')
    return example(html, page_url("app.squareup.com", rng, rng.choice(("/dashboard/items/library/react/new", "/dashboard/items/services/new"))),
                   1, KIND, "Square Dashboard item description auto-write 'Generate' (._autoWriteCTA_, market-button)",
                   lang=lang, context=_ctx_inline(rng, (80, 120), (28, 36)))


def _shopify_magic(rng):
    lang = _lang(rng, GENERATE_TEXT)
    label = _tr(GENERATE_TEXT, lang)
    html = (f'<button{_attrs(rng, [("class", "Polaris-Button Polaris-Button--plain Polaris-Button--iconOnly"), ("aria-label", label), ("type", "button"), ("data-polaris-tooltip-activator", "true")])}>'
            f'<span class="Polaris-Button__Icon"><span class="Polaris-Icon">{_svg(rng, _SPARKLE_MD, 20)}</span></span></button>')
    store = rng.choice(("north-trail", "kaffee-haus", "maison-lumiere", "tienda-sol", "sakura-goods"))
    return example(wrap(html, rng), page_url("admin.shopify.com", rng, f"/store/{store}/products/new"), 1, KIND,
                   "generic pattern modelled on Shopify Magic 'Generate text' icon button in the product editor (Polaris)",
                   lang=lang, context=_ctx_inline(rng, (28, 32), (28, 32)))


_CK_ICON = ' data-ck-icon="true"'


def _editor_ai_assistant(rng):
    """Rich-text editors embedded on any site (TinyMCE / CKEditor AI Assistant)."""
    lang = _lang(rng, AI_ASSISTANT)
    label = _tr(AI_ASSISTANT, lang)
    host = _host(rng, lang)
    style = rng.randrange(3)
    if style == 0:
        html = (f'<button{_attrs(rng, [("class", "tox-tbtn"), ("type", "button"), ("aria-label", label), ("data-mce-name", "aidialog"), ("tabindex", "-1"), ("aria-pressed", "false")])}>'
                f'<span class="tox-icon tox-tbtn__icon-wrap">{_svg(rng, _SPARKLE_MD, 24)}</span></button>')
        src = "TinyMCE toolbar AI Assistant button (tox-tbtn, data-mce-name aidialog)"
    elif style == 1:
        html = (f'<button{_attrs(rng, [("class", "ck ck-button ck-off ck-button_with-text ck-ai-assistant-ui_theme"), ("type", "button"), ("tabindex", "-1"), ("aria-labelledby", f"ck-editor__aria-label_e{hashed_class(rng)[-5:]}"), ("data-cke-tooltip-text", label)])}>'
                f'{_svg(rng, _SPARKLE_MD, 20, extra=_CK_ICON)}<span class="ck ck-button__label">{esc(label)}</span></button>')
        src = "CKEditor 5 AI Assistant toolbar button (ck-button, ck-ai-assistant-ui)"
    else:
        imp = _tr(IMPROVE_WRITING, lang)
        html = (f'<div class="ql-toolbar"><span class="ql-formats"><button type="button" class="ql-ai" aria-label="{esc(label)}">{_svg(rng, None, 18)}</button>'
                f'<button type="button" class="ql-ai-improve" aria-label="{esc(imp)}">{esc(imp)}</button></span></div>')
        src = "generic pattern: Quill editor toolbar AI buttons"
    return example(wrap(html, rng), page_url(host, rng, rng.choice(("/editor/doc-77", "/admin/posts/new", "/support/tickets/new", "/app"))),
                   1, KIND, src, lang=lang, context=_ctx_inline(rng, (28, 160), (28, 36)))


def _helpdesk_expand_ai(rng):
    """Help-desk agent composers (Zendesk, Intercom, Front, HubSpot) with AI tone tools."""
    lang = _lang(rng, REFINE)
    opts = REFINE[lang]
    vendor = rng.choice(("zendesk", "intercom", "hubspot", "freshdesk"))
    gen = _tr(GENERATE_AI, lang)
    items = "".join(f'<li role="menuitem" data-test-id="ai-tone-{i}">{esc(o)}</li>' for i, o in enumerate(opts[: rng.randint(2, 4)]))
    if vendor == "zendesk":
        html = (f'<div data-garden-id="dropdowns.menu" role="menu" aria-label="{esc(gen)}"><ul>{items}</ul></div>'
                if rng.random() < 0.5 else
                f'<button data-garden-id="buttons.icon_button" data-test-id="composer-ai-button" aria-label="{esc(gen)}" type="button">{_svg(rng, _SPARKLE_MD, 16)}</button>')
        host = rng.choice(("northwind.zendesk.com", "acme-support.zendesk.com", "kundendienst.zendesk.com"))
        path = f"/agent/tickets/{rng.randint(1000, 99999)}"
    elif vendor == "intercom":
        html = (f'<button{_attrs(rng, [("class", "inbox2__composer-ai-button"), ("data-test-composer-ai-menu", True), ("aria-label", gen), ("type", "button")])}>'
                f'{_svg(rng, _SPARKLES_LUCIDE, 16)}<span>AI</span></button>')
        host = "app.intercom.com"
        path = f"/a/inbox/{hashed_class(rng)[-6:]}/inbox/conversation/{rng.randint(10**6, 10**7)}"
    elif vendor == "hubspot":
        html = (f'<button{_attrs(rng, [("data-test-id", "ai-assistant-button"), ("class", _cls(rng, "private-button", "private-button--secondary")), ("type", "button")])}>'
                f'{_svg(rng, _SPARKLE_MD, 14)} {esc(gen)}</button>')
        host = "app.hubspot.com"
        path = f"/email/{rng.randint(10**6, 10**7)}/edit/{rng.randint(10**8, 10**9)}/content"
    else:
        html = (f'<div class="freddy-ai-compose" role="group" aria-label="Freddy AI"><button type="button" class="freddy-ai-btn">{_svg(rng, None, 16)}{esc(gen)}</button></div>')
        host = rng.choice(("acme.freshdesk.com", "help-desk.freshdesk.com"))
        path = f"/a/tickets/{rng.randint(100, 9999)}"
    return example(wrap(html, rng), page_url(host, rng, path), 1, KIND,
                   f"generic pattern modelled on {vendor} agent composer AI writing tools", lang=lang,
                   context=_ctx_inline(rng, (28, 220), (28, 200)))


def _sparkle_icon_only(rng):
    """Bare icon buttons: only an aria-label or title says what they do."""
    table = rng.choice((HELP_ME_WRITE, REWRITE_AI, GENERATE_AI, IMPROVE_WRITING, AI_ASSISTANT))
    lang = _lang(rng, table)
    label = _tr(table, lang)
    host = _host(rng, lang)
    tag = rng.choice(("button", "button", "div", "span"))
    role = None if tag == "button" else "button"
    attr = rng.choice(("aria-label", "aria-label", "title", "data-tooltip"))
    html = (f'<{tag}{_attrs(rng, [("class", _cls(rng, rng.choice(("icon-btn", "btn-ghost", "toolbar-item", "editor-action")), obfuscate=0.6)), (attr, label), ("role", role), ("type", "button" if tag == "button" else None), ("tabindex", None if tag == "button" else "0")])}>'
            f'{_svg(rng)}</{tag}>')
    return example(wrap(html, rng, 2, 0.5), page_url(host, rng, rng.choice(("/editor/doc-77", "/app", "/inbox", "/dashboard", "/blog/2026/11/notes"))),
                   1, KIND, "generic pattern: bare sparkle icon button in an editor, named only by its label",
                   lang=lang, context=_ctx_inline(rng, (24, 36), (24, 36)))


def _youtube_smart_reply(rng):
    lang = rng.choice(("en", "de", "fr", "es", "ja", "pt", "it"))
    chips = {"en": ("Thanks so much!", "Glad you liked it!"), "de": ("Vielen Dank!", "Freut mich, dass es dir gefällt!"),
             "fr": ("Merci beaucoup !", "Ravi que ça vous plaise !"), "es": ("¡Muchas gracias!", "¡Me alegra que te guste!"),
             "ja": ("ありがとうございます！", "気に入ってもらえて嬉しいです！"), "pt": ("Muito obrigado!", "Que bom que gostou!"),
             "it": ("Grazie mille!", "Felice che ti sia piaciuto!")}[lang]
    html = ('<div id="comment-smart-replies" class="style-scope ytcp-comment">'
            + "".join(f'<ytcp-chip class="style-scope ytcp-comment-smart-replies" role="button" aria-label="{esc(c)}"><div class="chip-text">{esc(c)}</div></ytcp-chip>' for c in chips)
            + "</div>")
    return example(html, page_url("studio.youtube.com", rng, f"/channel/UC{hashed_class(rng)[-6:]}/comments/inbox"), 1, KIND,
                   "YouTube Studio comment smart replies (#comment-smart-replies)", lang=lang,
                   context=_ctx_inline(rng, (240, 420), (32, 40)))


def _miro_figma_ai(rng):
    vendor = rng.choice(("miro", "figma", "figma"))
    lang = _lang(rng, GENERATE_AI, only=("en", "de", "fr", "es", "ja", "pt", "it", "ko"))
    if vendor == "miro":
        lab = {"en": "Create with AI", "de": "Mit KI erstellen", "fr": "Créer avec l’IA", "es": "Crear con IA",
               "ja": "AIで作成", "pt": "Criar com IA", "it": "Crea con l’IA", "ko": "AI로 만들기"}[lang]
        html = (f'<button{_attrs(rng, [("data-testid", "create-with-ai-button"), ("aria-label", lab), ("class", _cls(rng, "rocket-button", obfuscate=0.5)), ("type", "button")])}>'
                f'{_svg(rng, _SPARKLE_MD, 24)}</button>')
        host, path = "miro.com", f"/app/board/uXjV{hashed_class(rng)[-6:]}=/"
        src = "generic pattern modelled on Miro board toolbar 'Create with AI' (Miro AI)"
    else:
        lab = rng.choice(("Actions", "First Draft", "Make designs", "Rename layers"))
        html = (f'<button{_attrs(rng, [("aria-label", lab), ("data-tooltip", lab), ("class", _cls(rng, "toolbar_view--actionButton", obfuscate=0.4)), ("data-testid", rng.choice(("ai-actions-button", "quick-actions-ai")))])}>'
                f'{_svg(rng, _SPARKLES_LUCIDE, 24)}</button>')
        host, path = "www.figma.com", f"/design/{hashed_class(rng)[-8:]}/Landing-page"
        src = "generic pattern modelled on Figma AI 'Actions' / First Draft toolbar button"
    return example(wrap(html, rng), page_url(host, rng, path), 1, KIND, src,
                   lang=lang if vendor == "miro" else "en", context=_ctx_inline(rng, (32, 40), (32, 40)))


def _salesforce_einstein_compose(rng):
    lab = rng.choice(("Draft with Einstein", "Draft with Einstein", "Generate with Agentforce", "Summarize with Einstein"))
    html = (f'<button{_attrs(rng, [("class", "slds-button slds-button_neutral einstein-draft-button"), ("title", lab), ("type", "button"), ("data-aura-class", rng.choice((None, "forceEinsteinGenerativeEmail")))])}>'
            f'<lightning-primitive-icon variant="bare"><svg class="slds-button__icon slds-button__icon_left" aria-hidden="true"><use xlink:href="/_slds/icons/utility-sprite/svg/symbols.svg#einstein"></use></svg></lightning-primitive-icon>{esc(lab)}</button>')
    return example(wrap(html, rng), page_url(rng.choice(SALESFORCE), rng, f"/lightning/r/Case/500{rng.randint(10**8, 10**9)}/view"), 1, KIND,
                   "generic pattern modelled on Salesforce Lightning email composer 'Draft with Einstein' (slds-button, utility:einstein icon)",
                   lang="en", context=_ctx_inline(rng, (140, 220), (32, 32)))


TEMPLATES = (
    _gmail_hmw_toolbar, _gmail_hmw_chip, _docs_superfab, _docs_help_me_create, _linkedin_rewrite,
    _linkedin_enhance, _github_write_copilot, _githubdev_sparkle, _outlook_copilot_draft,
    _word_copilot_ribbon, _x_grok_imggen, _facebook_gen_images, _grammarly_elements,
    _notion_ai_button, _canva_magic_write, _atlassian_ai_toolbar, _square_autowrite,
    _shopify_magic, _editor_ai_assistant, _helpdesk_expand_ai, _sparkle_icon_only,
    _youtube_smart_reply, _miro_figma_ai, _salesforce_einstein_compose,
    _grammarly_elements, _sparkle_icon_only, _editor_ai_assistant, _gmail_hmw_toolbar,
    _linkedin_rewrite, _outlook_copilot_draft,
)


def examples():
    return _run("pos_app_compose", TEMPLATES, 125)
