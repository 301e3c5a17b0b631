"""Shared building blocks for the corpus generator.

Positives and negatives draw their wrappers, class obfuscation, page URLs and
contexts from the same functions here, so that the classifier cannot learn
"came from the positive template" instead of "is an AI widget".
"""
import hashlib
import html as _html
import random

from model.data import KINDS as KINDS_AI

_HASH_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


def rng_for(*parts):
    """A random.Random seeded from the given names: same names, same stream."""
    seed = hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()
    return random.Random(int(seed[:16], 16))


def esc(text):
    """Escape text for an attribute value or element body."""
    return _html.escape(text, quote=True)


def hashed_class(rng):
    """A class name as CSS-in-JS tools and build pipelines emit them."""
    body = "".join(rng.choice(_HASH_ALPHABET) for _ in range(rng.randint(5, 8)))
    style = rng.randrange(6)
    if style == 0:
        return f"css-{body}"
    if style == 1:
        return f"sc-{body[:6]}"
    if style == 2:
        return f"_{body}"
    if style == 3:
        return f"jsx-{rng.randint(1000000, 9999999999)}"
    if style == 4:
        return f"{rng.choice(['x', 'x1', 'xw'])}{body[:6]}"
    return f"e{rng.randint(1, 9)}{body[:5]}"


def classes(rng, readable=(), obfuscate=0.3, extra_hashed=(0, 2)):
    """A class attribute value: readable names, some replaced by hashes,
    plus a few hashed utility classes as real apps carry."""
    out = []
    for name in readable:
        out.append(hashed_class(rng) if rng.random() < obfuscate else name)
    for _ in range(rng.randint(*extra_hashed)):
        out.append(hashed_class(rng))
    rng.shuffle(out)
    return " ".join(out)


_WRAPPER_CLASSES = (
    "container", "wrapper", "layout", "region", "slot", "root", "portal",
    "app-shell", "page-section", "block", "widget-area", "grid-item", "col",
)


def wrap(html, rng, max_depth=2, p=0.35):
    """Wrap a snippet in 0..max_depth neutral containers, as the extension
    would send an element with its nearest block ancestors."""
    for _ in range(max_depth):
        if rng.random() >= p:
            break
        tag = rng.choice(("div", "div", "div", "section", "span"))
        cls = classes(rng, (rng.choice(_WRAPPER_CLASSES),), obfuscate=0.5)
        html = f'<{tag} class="{cls}">{html}</{tag}>'
    return html


_PATHS = (
    "/", "/home", "/docs/getting-started", "/app", "/inbox", "/dashboard",
    "/products/item-4821", "/blog/2026/11/notes", "/search", "/help",
    "/account/settings", "/pricing", "/news/world", "/editor/doc-77",
    "/support", "/store", "/article/9921", "/projects/board",
)


def page_url(host, rng, path=None):
    """An https URL on host with a plausible path (never a query string:
    the extension strips those)."""
    return f"https://{host}{path if path is not None else rng.choice(_PATHS)}"


def fixed_context(rng, corner="br", size=(56, 64), z=None, frame_src=None, shadow=False):
    """The extension's `context` for a fixed element in a viewport corner."""
    vw, vh = rng.choice(((1280, 720), (1440, 900), (1920, 1080), (1366, 768), (390, 844)))
    w = rng.randint(*size)
    h = rng.randint(*size) if size[0] < 120 else rng.randint(size[0], size[1])
    margin = rng.randint(12, 32)
    x = vw - w - margin if corner in ("br", "tr") else margin
    y = vh - h - margin if corner in ("br", "bl") else margin
    return {
        "position": "fixed", "rect": [x, y, w, h], "viewport": [vw, vh],
        "zIndex": z if z is not None else rng.choice((999, 9999, 2147483000, 2147483647, 1000)),
        "frameSrc": frame_src, "shadowHost": shadow,
    }


def inline_context(rng, w=(200, 900), h=(20, 600), y=None):
    """The extension's `context` for an element in the normal page flow."""
    vw, vh = rng.choice(((1280, 720), (1440, 900), (1920, 1080), (1366, 768)))
    width = rng.randint(*w)
    height = rng.randint(*h)
    top = y if y is not None else rng.randint(0, 3000)
    return {
        "position": rng.choice(("static", "static", "relative")),
        "rect": [rng.randint(0, max(0, vw - width)), top, width, height],
        "viewport": [vw, vh], "zIndex": 0, "frameSrc": None, "shadowHost": False,
    }


def example(html, url, label, kind, source, lang="en", context=None):
    """One labelled example in the contract's JSONL shape (plus `lang`,
    which the loader ignores and the corpus report counts)."""
    if label not in (0, 1):
        raise ValueError("label must be 0 or 1")
    if label == 1 and kind not in KINDS_AI:
        raise ValueError(f"positive with unknown kind {kind!r}")
    if label == 0 and kind in KINDS_AI:
        raise ValueError(f"negative labelled with AI kind {kind!r}")
    ex = {"html": html, "url": url, "label": label, "kind": kind,
          "source": source, "lang": lang}
    if context is not None:
        ex["context"] = context
    return ex


# Host pages shared by positive and negative families, by language. Families
# add product hosts of their own (mail.google.com, app.slack.com...).
SITES = {
    "en": (
        "shop.brightlane.com", "www.northwind-outdoor.com", "help.parcelpilot.io",
        "docs.streamkit.dev", "www.cityherald.com", "app.taskforge.io",
        "www.homebrewsupply.co.uk", "support.cloudnest.com", "www.travelwise.com",
        "learn.codeharbor.org", "www.finlytics.com", "news.techdaily.net",
        "www.greengrocer.store", "community.devhub.io", "www.medilink-health.com",
        "portal.unibank.com", "www.bookshelf.co", "status.hostpoint.net",
        "www.petpalace.com", "blog.designly.io", "www.autotrader-hub.com",
        "developer.paymint.com", "www.realtyscope.com", "app.invoicely.co",
        "www.fitnessfirst-online.com", "kb.netgearbox.com", "www.eventsnap.com",
        "www.weatherline.com", "www.gadgetsquare.com", "forum.gamerden.net",
    ),
    "de": (
        "www.stadtanzeiger.de", "shop.bergsport-mueller.de", "hilfe.kontoplus.de",
        "www.reiseportal24.de", "docs.datenwerk.de", "www.moebelhaus-online.de",
        "www.versicherung-vergleich.de", "kundenservice.stromnetz.at",
        "www.techniknews.ch", "app.projektboard.de", "www.buchladen.de",
        "www.autohaus-schmidt.de",
    ),
    "fr": (
        "www.lequotidien.fr", "boutique.modeparis.fr", "aide.banquenet.fr",
        "www.voyages-soleil.fr", "docs.logiciel-libre.fr", "www.maison-deco.fr",
        "www.actu-tech.be", "support.telecom-plus.fr", "www.cuisine-facile.fr",
        "app.gestionpro.fr",
    ),
    "es": (
        "www.diariodelsur.es", "tienda.deportesya.es", "ayuda.bancoclaro.mx",
        "www.viajesmundo.com", "docs.nubeapp.es", "www.hogarydeco.com.ar",
        "soporte.telefonia.co", "www.recetasdecasa.es", "app.facturalo.mx",
    ),
    "pt": (
        "www.jornaldobrasil.com.br", "loja.esportesmax.com.br", "ajuda.bancoazul.pt",
        "www.viagensbr.com.br", "suporte.nuvemsoft.com.br", "www.receitasdavo.pt",
    ),
    "it": (
        "www.corrieredelnord.it", "negozio.modamilano.it", "assistenza.bancaverde.it",
        "www.viaggitalia.it", "docs.softwareitalia.it",
    ),
    "nl": (
        "www.dagbladnoord.nl", "winkel.fietsenplein.nl", "klantenservice.energiek.nl",
        "www.reizen-vandaag.be",
    ),
    "ja": (
        "www.nihon-shinbun.jp", "shop.kaden-direct.jp", "support.mobile-line.jp",
        "docs.cloudbase.jp", "www.ryokou-navi.jp", "www.ryouri-recipe.jp",
    ),
    "ko": ("www.seoulnews.kr", "shop.gadgetmall.co.kr", "help.bankone.kr"),
    "zh": ("www.xinwen-daily.cn", "shop.dianqi-mall.com.cn", "help.yunpan.cn"),
    "pl": ("www.gazeta-miejska.pl", "sklep.sportowy.pl", "pomoc.bankpolski.pl"),
    "sv": ("www.dagensnytt.se", "butik.friluftsliv.se"),
}


def site(rng, lang=None):
    """(host, lang): a host page from SITES, in lang if given."""
    if lang is None:
        lang = rng.choice(tuple(SITES))
    return rng.choice(SITES[lang]), lang
