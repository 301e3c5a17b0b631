"""Pages for the extension benchmarks, served from memory on loopback.

Chromium maps every *.bench.test host to 127.0.0.1, so each trial can use a
site of its own (learned rules are per site) without leaving the machine."""
import random

_STYLE = """<style>
body { font: 16px/1.5 Georgia, serif; margin: 0; }
header.site { background: #123; color: #fff; padding: 12px 24px; }
header.site a { color: #cde; margin-right: 16px; }
.content { max-width: 760px; margin: 24px auto; padding: 0 16px; }
.card { border: 1px solid #ddd; margin: 8px 0; padding: 8px; }
</style>"""

_ARTICLE = """<header class="site"><a href="/">Acme Outdoor</a><a href="/orders">Orders</a>
<a href="/returns">Returns</a></header>
<main class="content"><h1>Help Center</h1>
<p>Find answers about orders, shipping and returns. Our team replies within one business day.</p>
<h2>Shipping</h2><p>Orders placed before 2 pm ship the same day. Tracking numbers arrive by email.</p>
<h2>Returns</h2><p>Unworn items can be returned within 30 days. Print the prepaid label from your account page.</p>
</main>"""

_FIXED = ("position:fixed;right:20px;bottom:20px;width:60px;height:60px;border-radius:50%;"
          "z-index:2147483000;background:#6b4eff;color:#fff;border:0;cursor:pointer")

# AI launchers as vendors inject them; data-bench-trial makes each trial's
# markup (and so its cache key) unique without adding a word the model knows.
LAUNCHERS = [
    '<button type="button" class="ai-assistant-launcher" aria-label="Ask AI" '
    'data-bench-trial="{k}" style="' + _FIXED + '">✨</button>',
    '<div role="button" tabindex="0" class="chat-widget-launcher" aria-label="Chat with our AI assistant" '
    'data-bench-trial="{k}" style="' + _FIXED + '"><svg width="28" height="28" viewBox="0 0 28 28">'
    '<path d="M2 2h24v18H8l-6 6z"></path></svg></div>',
    '<button type="button" class="copilot-fab" aria-label="Open Copilot" title="Copilot" '
    'data-bench-trial="{k}" style="' + _FIXED + '"><span>Copilot</span></button>',
]

MEASURE_JS = """
window.__nfbMeasure = function (html) {
  return new Promise(function (resolve) {
    var box = document.createElement('div');
    box.innerHTML = html;
    var el = box.firstElementChild;
    var t0 = 0, done = false;
    function hidden() { return !el.checkVisibility({opacityProperty: true, visibilityProperty: true}); }
    function finish(ms, how) { if (done) return; done = true; mo.disconnect(); resolve({ms: ms, how: how}); }
    var mo = new MutationObserver(function () { if (hidden()) finish(performance.now() - t0, 'attribute'); });
    function frame() {
      if (done) return;
      if (hidden()) finish(performance.now() - t0, 'frame');
      else if (performance.now() - t0 > 5000) finish(null, 'timeout');
      else requestAnimationFrame(frame);
    }
    mo.observe(el, {attributes: true, attributeFilter: ['data-nofoobar', 'style', 'class']});
    t0 = performance.now();
    document.body.appendChild(el);
    requestAnimationFrame(frame);
  });
};
"""

# Counts the animation frames in which the launcher is in the document and
# visible (rAF callbacks run once per frame, right before it is painted).
FLASH_JS = """
(function () {
  var s = window.__nfbFlash = {frames: 0, visible: 0, seenAt: null, hiddenAt: null, done: false};
  var t0 = performance.now();
  function f() {
    s.frames++;
    var el = document.getElementById('bench-launcher');
    if (el) {
      if (s.seenAt === null) s.seenAt = performance.now() - t0;
      if (el.checkVisibility({opacityProperty: true, visibilityProperty: true})) s.visible++;
      else if (s.hiddenAt === null) s.hiddenAt = performance.now() - t0;
    }
    var after = s.hiddenAt === null ? 0 : (performance.now() - t0) - s.hiddenAt;
    if (after > 500 || performance.now() - t0 > 4000) s.done = true;
    else requestAnimationFrame(f);
  }
  requestAnimationFrame(f);
})();
"""


def launch_page():
    return ("<!doctype html><html lang=en><head><meta charset=utf-8><title>Help Center</title>"
            + _STYLE + "<script>" + MEASURE_JS + "</script></head><body>" + _ARTICLE + "</body></html>")


def flash_page():
    launcher = LAUNCHERS[0].replace("data-bench-trial=\"{k}\"", 'id="bench-launcher"')
    return ("<!doctype html><html lang=en><head><meta charset=utf-8><title>Help Center</title>"
            + _STYLE + "<script>" + FLASH_JS + "</script></head><body>" + _ARTICLE
            + launcher + "</body></html>")


def big_page(target=10_000, seed=0):
    """About `target` elements of ordinary content (cards of text, links,
    images, buttons) with three AI widgets among them."""
    rng = random.Random(seed)
    words = ("trail river summit canyon forest meadow ridge valley harbor island lantern compass "
             "journey weather ticket museum garden market bridge station").split()

    def sentence(n):
        return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."

    parts = ['<header class="site"><nav>']
    parts += [f'<a href="/section/{i}">{rng.choice(words)}</a>' for i in range(40)]
    parts.append('</nav></header><main class="content"><h1>Travel notes</h1>')
    # one card: article, h3, a, p×3 (span, em, a in each), ul with 4 li>a, footer with button, img
    per_card = 1 + 1 + 1 + 3 * 4 + 1 + 4 * 2 + 1 + 1 + 1
    cards = (target - 60) // per_card
    for c in range(cards):
        paras = "".join(f'<p>{sentence(8)} <span>{sentence(3)}</span> <em>{rng.choice(words)}</em> '
                        f'<a href="/n/{c}/{i}">more</a></p>' for i in range(3))
        items = "".join(f'<li><a href="/t/{rng.choice(words)}">{rng.choice(words)}</a></li>' for _ in range(4))
        parts.append(f'<article class="card" id="card-{c}"><h3><a href="/a/{c}">{sentence(4)}</a></h3>'
                     f'{paras}<ul class="tags">{items}</ul><footer><button type="button">Save</button>'
                     f'<img alt="" width="1" height="1" src="data:,"></footer></article>')
    parts.append('<aside class="ai-summary" aria-label="AI summary"><h2>AI summary of reviews</h2>'
                 '<p>Generated by AI from 120 reviews.</p></aside>')
    parts.append('<button type="button" class="ask-ai-button" aria-label="Ask AI">✨ Ask AI</button>')
    parts.append('</main>')
    parts.append(LAUNCHERS[1].replace("{k}", "big"))
    return ("<!doctype html><html lang=en><head><meta charset=utf-8><title>Travel notes</title>"
            + _STYLE + "</head><body>" + "".join(parts) + "</body></html>")


def site_url(pages, site, path):
    """The URL of `path` on the page server as the site `<site>.bench.test`."""
    return pages.url(path, host=f"{site}.bench.test")
