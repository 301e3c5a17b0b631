"""Seeds -> labelled examples, as corpus/augment.json declares.

A seed (one line of corpus/seeds/<family>.jsonl) is a markup template with
its label, kind and provenance. Its placeholders are filled here:

    {{t:key}}    a string of corpus/translations.json in the page's language
    {{c:name}}   a readable class name, replaced by a generated hash at the
                 obfuscation rate (build pipelines do that to real sites)
    {{h}}        a generated class name

Each of the seed's pages (explicit `pages`, or one per language of `langs`
on a host of augment.json's sites) gives one example, optionally wrapped in
neutral containers and given the extension's `context`. Positives and
negatives go through the same steps, so that the classifier cannot learn
"came from the positive template" instead of "is an AI widget". Every draw
comes from a random.Random seeded by the seed's id and page number.
"""
import hashlib
import html as _html
import json
import pathlib
import random
import re

from model.data import KINDS

HERE = pathlib.Path(__file__).resolve().parent
SEEDS = HERE / "seeds"
PLACEHOLDER = re.compile(r"\{\{(t|c):([^{}]+)\}\}|\{\{h\}\}")
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
_CONTEXT_KEYS = ("position", "rect", "viewport", "zIndex", "frameSrc", "shadowHost")


class SeedError(ValueError):
    """A seed that cannot be rendered; the message names the seed."""


def rng_for(*parts):
    """A random.Random seeded from the given names: same names, same stream."""
    seed = hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()
    return random.Random(int(seed[:16], 16))


def load_json(name):
    return json.loads((HERE / name).read_text(encoding="utf-8"))


def load_seeds(directory=SEEDS):
    """{family: [seed, ...]} in file and line order."""
    out = {}
    for path in sorted(directory.glob("*.jsonl")):
        seeds = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                seeds.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise SeedError(f"{path.name}:{n}: not JSON: {e}") from None
        out[path.stem] = seeds
    return out


def hashed_class(rng, styles):
    """A class name as CSS-in-JS tools and build pipelines emit them."""
    body = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(5, 8)))
    return rng.choice(styles).format(
        body=body, body6=body[:6], body5=body[:5],
        digits=rng.randint(1000000, 9999999999), digit=rng.randint(1, 9))


def fill(template, lang, rng, translations, config, seed_id="?"):
    """The template with every placeholder replaced."""
    styles = config["obfuscate"]["styles"]
    rate = config["obfuscate"]["rate"]
    # A build pipeline renames a class the same way everywhere on a page.
    renamed = {}

    def one(m):
        what, arg = m.group(1), m.group(2)
        if what is None:
            return hashed_class(rng, styles)
        if what == "c":
            if arg not in renamed:
                renamed[arg] = hashed_class(rng, styles) if rng.random() < rate else arg
            return renamed[arg]
        try:
            return _html.escape(translations[arg][lang], quote=True)
        except KeyError:
            raise SeedError(f"{seed_id}: no translation of {arg!r} in {lang!r}") from None

    return PLACEHOLDER.sub(one, template)


def wrap(html, rng, config):
    """0..depth neutral containers around html."""
    w = config["wrap"]
    for _ in range(w["depth"]):
        if rng.random() >= w["p"]:
            break
        tag = rng.choice(w["tags"])
        cls = rng.choice(w["classes"])
        if rng.random() < 0.5:
            cls = hashed_class(rng, config["obfuscate"]["styles"])
        html = f'<{tag} class="{cls}">{html}</{tag}>'
    return html


def context(spec, rng, config):
    """The extension's context for a page's {at: ...} placement."""
    c = config["contexts"]
    at = spec["at"]
    extra = {k: v for k, v in spec.items()
             if k not in ("at", "size", "y", "position", "rect", "viewport") and k not in _CONTEXT_KEYS}
    if at == "box":
        out = {"position": spec["position"], "rect": list(spec["rect"]),
               "viewport": list(spec["viewport"]), "zIndex": spec.get("zIndex", 0)}
    else:
        w, h = spec["size"]
        fits = [vp for vp in c["viewports"] + c["mobile_viewports"] if vp[0] >= w and vp[1] >= h]
        vw, vh = rng.choice(fits or c["viewports"])
        if at == "inline":
            y = spec.get("y", rng.randint(0, 3000))
            out = {"position": spec.get("position", "static"),
                   "rect": [rng.randint(0, max(0, vw - w)), y, w, h],
                   "viewport": [vw, vh], "zIndex": spec.get("zIndex", 0)}
        elif at.startswith("corner-") and len(at) == 9:
            m = rng.randint(*c["margin"])
            x = vw - w - m if at[8] == "r" else m
            y = vh - h - m if at[7] == "b" else m
            out = {"position": "fixed", "rect": [max(0, x), max(0, y), w, h],
                   "viewport": [vw, vh], "zIndex": spec.get("zIndex", rng.choice(c["fixed_z"]))}
        else:
            raise SeedError(f"unknown context placement {at!r}")
    out["frameSrc"] = spec.get("frameSrc")
    out["shadowHost"] = bool(spec.get("shadowHost", False))
    out.update(extra)
    return out


def pages_of(seed, config):
    """[(lang, url, context spec or None)] for one seed."""
    if "pages" in seed:
        return [(p["lang"], p["url"], p.get("context")) for p in seed["pages"]]
    rng = rng_for(seed["id"], "pages")
    pages_cfg = config["pages"]
    out = []
    for lang in seed["langs"]:
        hosts = seed.get("hosts") or pages_cfg["sites"][lang]
        host = rng.choice(hosts)
        path = rng.choice(seed.get("paths") or pages_cfg["paths"])
        out.append((lang, f"https://{host}{path}", seed.get("context")))
    return out


def check_seed(seed):
    """Raise SeedError unless seed has what a reviewer and the renderer need."""
    sid = seed.get("id") or "?"
    for key in ("id", "label", "kind", "html", "mirrors", "checked"):
        if key not in seed or seed[key] in ("", None):
            raise SeedError(f"seed {sid}: missing {key!r}")
    if not (seed.get("vendor") or seed.get("site")):
        raise SeedError(f"seed {sid}: needs a vendor or a site")
    if seed["label"] not in (0, 1):
        raise SeedError(f"seed {sid}: label must be 0 or 1")
    if (seed["label"] == 1) != (seed["kind"] in KINDS):
        raise SeedError(f"seed {sid}: kind {seed['kind']!r} does not match label {seed['label']}")
    if ("pages" in seed) == ("langs" in seed):
        raise SeedError(f"seed {sid}: give either pages or langs")


def render(seed, translations, config):
    """The labelled examples of one seed."""
    check_seed(seed)
    out = []
    for n, (lang, url, spec) in enumerate(pages_of(seed, config)):
        rng = rng_for(seed["id"], n, lang)
        html = fill(seed["html"], lang, rng, translations, config, seed["id"])
        if not seed.get("nowrap"):
            html = wrap(html, rng, config)
        ex = {"html": html, "url": url, "label": seed["label"], "kind": seed["kind"],
              "source": seed["mirrors"], "lang": lang, "seed": seed["id"]}
        if spec:
            ex["context"] = context(spec, rng, config)
        out.append(ex)
    return out
