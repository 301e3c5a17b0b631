//# allFunctionsCalledOnLoad
/*
 * Candidate discovery: which elements of a page are worth asking the model
 * about. Cheap by design — one walk over the scope, attribute and short-text
 * checks, computed style only for shallow or already-suspect elements — so
 * that a page yields a few dozen candidates, not thousands.
 *
 *   scope (document | added subtree | shadow root)
 *     │ walk every element once
 *     ├─ iframe ........................................ candidate
 *     ├─ button / link / role=button with an AI cue
 *     │  in its aria-label, title or short text ........ candidate
 *     ├─ any element with an AI cue in id/class/data-* . candidate
 *     ├─ custom element with a cue, or fixed ........... candidate
 *     ├─ open shadow root ─► walk it; a hit inside ..... its host
 *     ├─ heading whose whole text is an AI label
 *     │  ("AI Overview", "KI-Modus") .................. the block it titles
 *     ├─ chat-kit container (chat/bubble/composer/...
 *     │  class or tag) that looks like an assistant .... candidate
 *     └─ fixed/sticky near the top of the tree ......... candidate
 *     │
 *     ▼ widgetRoot(): an icon climbs to the control it sits in; then to
 *       the outermost fixed container or through single-child wrappers, so
 *       the server sees (and we hide) the whole widget, not each of its
 *       children; then keep only outermost roots.
 *
 * blockReason() is the safety net for hiding: never the page's root, main
 * content, what holds the focused input, or what covers most of the page.
 *
 * Line 1 is V8's compile hint: every function here is compiled as the file
 * loads, in one pass (extension/README.md: what it costs the page).
 */
(function (root, factory) {
  'use strict';
  // In node, dependencies come from require(); in the extension, from
  // scripts loaded before this one.
  const inNode = typeof module === 'object' && module.exports;
  const mod = inNode
    ? factory(require('./dom.js'), require('./sanitize.js'), require('./vocabulary.js'), require('./context.js'))
    : factory(root.nofoobar.dom, root.nofoobar.sanitize, root.nofoobar.vocabulary, root.nofoobar.context);
  root.nofoobar = Object.assign(root.nofoobar || {}, { candidates: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
  // The factory in parentheses (in every lib file): V8 then compiles it at
  // once instead of pre-parsing its body first and parsing it again when it
  // is called a moment later; half a millisecond on every page for this file.
})(globalThis, (function (dom, sanitize, vocabulary, context) {
  'use strict';

  // The cue words come from the one vocabulary (model/vocabulary.json, bundled
  // as lib/vocabulary.js), in every language the model knows: a German
  // "KI-Assistent" button must reach the server to be scored at all.
  const flat = (perLang) => [...new Set(Object.values(perLang || {}).flat())];
  const escape = (w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const alternation = (words) => words.slice().sort((a, b) => b.length - a.length).map(escape).join('|');
  const WORDS = [...new Set(flat(vocabulary.ai.words).concat(vocabulary.vendors, flat(vocabulary.candidate_words)))];
  // Substrings: phrases, and scripts without spaces between words (a Korean
  // "요약보기" button, "view summary", holds the word "요약" with no boundary).
  const PHRASES = [...new Set(flat(vocabulary.ai.phrases).concat(flat(vocabulary.ai.script),
    flat(vocabulary.candidate_script)))];
  // Built on first use: most pages never need them, and a case-insensitive
  // \p{L} class costs milliseconds to compile in a script that runs on
  // every page load.
  const lazy = (make) => {
    let re = null;
    return () => re || (re = make());
  };
  // A word boundary is anything but a letter or digit, in any script. The
  // words are found by a plain alternation and their boundaries checked in
  // code (hasWord): one regex with \p{L}\p{N} classes around the words costs
  // about a millisecond to compile, on nearly every page.
  const WORD_ANY = lazy(() => new RegExp(alternation(WORDS), 'gi'));
  const LETTER_OR_DIGIT = lazy(() => /^[\p{L}\p{N}]/u);
  const CUE_PHRASES = new RegExp(alternation(PHRASES), 'i'); // no u flag: see CUE_ANY
  const CUE_CHARS = new RegExp('[' + vocabulary.sparkles.join('') + ']', 'u');
  // Whole class names that are not the word AI (`Ai(c)`, `ai-center`,
  // `div-gpt-ad-…`): dropped before the cue test, as model/features.py does.
  const NOT_AI_CLASS = new RegExp(vocabulary.not_ai_classes.map((p) => '(?:' + p + ')').join('|'));

  // Tags whose own attributes we do not read: text and structure, not widgets.
  const SKIP = new Set(['HTML', 'HEAD', 'BODY', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'META', 'LINK',
    'TITLE', 'BR', 'HR', 'P', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TD', 'TH', 'TR', 'TBODY', 'THEAD', 'TFOOT',
    'TABLE', 'EM', 'STRONG', 'B', 'I', 'U', 'S', 'SMALL', 'CODE', 'PRE', 'KBD', 'BLOCKQUOTE', 'IMG',
    'PICTURE', 'SOURCE', 'OPTION', 'LABEL', 'INPUT', 'TEXTAREA', 'SELECT', 'TIME', 'ABBR', 'SUP', 'SUB',
    'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'CAPTION', 'MAIN', 'ARTICLE', 'SPAN']);
  const CLICKABLE = new Set(['BUTTON', 'A', 'SUMMARY']);
  const CLICK_ROLES = new Set(['button', 'link', 'menuitem', 'tab', 'switch']);
  const LANDMARK_TAGS = new Set(['HEADER', 'NAV', 'FOOTER', 'MAIN', 'ARTICLE', 'FORM']);
  const LANDMARK_ROLES = new Set(['banner', 'navigation', 'contentinfo', 'main', 'search']);
  const ROOTISH = new Set(['HTML', 'BODY', 'MAIN', 'HEAD']);
 // The user's way out of AI features is never "AI bloat": a control that
  // turns AI off stays, whatever the score.
  const OPT_OUT = /\b(?:disable|turn off|switch off|opt out of|hide|remove|don'?t use|stop using|no)\b[^.]{0,40}\b(?:ai|a\.i\.|copilot|assistant|gemini|smart features)\b/i;
  // The same, in the other languages of the vocabulary: an off word near an AI word.
  const OPT_OUT_OTHER = lazy(() => {
    const off = [...new Set(Object.entries(vocabulary.off.words).filter(([lang]) => lang !== 'en')
      .flatMap(([, words]) => words).concat(flat(vocabulary.off.script)))];
    const ai = [...new Set(flat(vocabulary.ai.words).concat(vocabulary.vendors))];
    return new RegExp('(?:' + alternation(off) + ')[^.]{0,40}(?:^|[^\\p{L}\\p{N}])(?:' +
      alternation(ai) + ')(?:[^\\p{L}\\p{N}]|$)|(?:^|[^\\p{L}\\p{N}])(?:' + alternation(ai) +
      ')(?:[^\\p{L}\\p{N}])[^.]{0,40}(?:' + alternation(off) + ')', 'iu');
  });
  const isOptOut = (s) => OPT_OUT.test(s) || OPT_OUT_OTHER().test(s);
  const EDITABLE_INPUT = /^(?:|text|search|email|url|tel|number|password|date|datetime-local|month|week|time)$/i;

  function splitCamel(s) {
    return s.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2');
  }

  // Every cue contains one of these: one cheap test rejects most strings
  // before the camelCase split and the word-boundary regex. Any whitespace
  // between a phrase's words: it also rejects raw text (a link's
  // textContent) before its whitespace is collapsed.
  // Without the u flag (the sparkles as alternatives, not a class): it
  // compiles in a third of the time, on every page; only case variants
  // no one writes (a long s, a Kelvin sign) fold differently.
  const CUE_ANY = new RegExp(alternation(WORDS.concat(PHRASES)).replace(/ /g, '\\s+') + '|' +
    vocabulary.sparkles.map(escape).join('|'), 'gi');

  // A word of letters and digits alone found inside a run of lower-case
  // letters ("ai" in "trail", "ask" in "task") is part of a longer word
  // however the text is split later (splitCamel splits only before an upper
  // -case letter): anyCue() skips it and looks further. Most text of a page
  // holds "ai", "ia" or "ki" somewhere: without this, each such link or
  // label would get the full check. Shorter words that begin a skipped one
  // are tried at the same place, as the alternation would have.
  const SIMPLE = new Set(WORDS.filter((w) => /^[a-z0-9]+$/.test(w)));
  const PREFIXES = new Map([...SIMPLE].map((w) => [w, [...SIMPLE].filter((x) => x.length < w.length && w.startsWith(x))]));
  const lowerAt = (s, i) => {
    const c = s.charCodeAt(i);
    return c >= 97 && c <= 122;
  };
  const inRun = (s, p, q) => (p > 0 && lowerAt(s, p - 1) && lowerAt(s, p)) ||
    (q < s.length && lowerAt(s, q - 1) && lowerAt(s, q));

  /** Can `s` hold a cue (hasCue)? One regex test for most strings; a superset. */
  function anyCue(s) {
    const re = CUE_ANY;
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const p = m.index;
      const found = m[0].toLowerCase();
      if (!SIMPLE.has(found) || !inRun(s, p, p + found.length)) return true;
      for (const w of PREFIXES.get(found)) if (!inRun(s, p, p + w.length)) return true;
      re.lastIndex = p + 1;
    }
    return false;
  }

  // French elision before "ai" ("J'ai compris": I understood) is not the word AI.
  const ELISION_AI = lazy(() => /(^|[^\p{L}\p{N}])(j|n|m|t|s|qu)['\u2019](?=ai(?![\p{L}\p{N}]))/giu);

  // Is the code point at s[i] a letter or a digit (in any script)?
  function wordChar(s, i) {
    const c = s.charCodeAt(i);
    if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    return LETTER_OR_DIGIT().test(String.fromCodePoint(s.codePointAt(i)));
  }

  // ... and the one that ends just before s[i]?
  function wordCharBefore(s, i) {
    if (i <= 0) return false;
    const lo = s.charCodeAt(i - 1);
    if (i >= 2 && lo >= 0xDC00 && lo <= 0xDFFF) {
      const hi = s.charCodeAt(i - 2);
      if (hi >= 0xD800 && hi <= 0xDBFF) return wordChar(s, i - 2);
    }
    return wordChar(s, i - 1);
  }

  const boundedAfter = (s, i) => i >= s.length || !wordChar(s, i);

  // A whole cue word in `s`: a word with no letter or digit on either side.
  // Where the longest word found at a place is not whole ("co-pilotx"), a
  // shorter one that begins it may be ("co" before "-"), as with a regex
  // trying each alternative in turn.
  function hasWord(s) {
    const re = WORD_ANY();
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      const p = m.index;
      if (!wordCharBefore(s, p)) {
        if (boundedAfter(s, p + m[0].length)) return true;
        const found = m[0].toLowerCase();
        for (const w of WORDS) {
          if (w.length < found.length && found.startsWith(w) && boundedAfter(s, p + w.length)) return true;
        }
      }
      re.lastIndex = p + 1;
    }
    return false;
  }

  function hasCue(text) {
    if (!text) return false;
    let s = String(text);
    if (!anyCue(s)) return false;
    if (CUE_CHARS.test(s) || CUE_PHRASES.test(s)) return true;
    // (Most strings hold no apostrophe: the elision regex is not even compiled.)
    if (s.indexOf("'") !== -1 || s.indexOf('\u2019') !== -1) s = s.replace(ELISION_AI(), '$1$2');
    return hasWord(splitCamel(s).replace(/[_]/g, ' '));
  }

  // Is `token`, one word of a text, a cue word (or are its parts, split at
  // - _ . and apostrophes: "KI-Assistent", "@copilot")? A set lookup, no
  // regex: the sanitiser asks this of every name it is about to mask.
  let wordSet = null;
  function isCueWord(token) {
    if (!wordSet) wordSet = new Set(WORDS);
    const t = String(token).toLowerCase().replace(/^[@.,:;!?'"\u2019()]+|[.,:;!?'"\u2019()]+$/g, '');
    if (wordSet.has(t) || CUE_CHARS.test(t)) return true;
    return t.split(/[-_.'\u2019]/).some((part) => wordSet.has(part));
  }

  function classText(value) {
    return String(value).split(/\s+/).filter((c) => c && !NOT_AI_CLASS.test(c)).join(' ');
  }

  // One pass over an element's attributes gives everything isSuspect()
  // reads of them: each read is a call into the browser, and a big page has
  // thousands of links, most with an href alone (one getAttributeNames call,
  // no value read). `text` is the attributes as cue text. One object,
  // overwritten by the next call: read it before calling again.
  const attrScratch = { text: '', role: '', label: '', title: '', decided: false };
  // `own`: el is known not to be a clobbered form, its properties are its own.
  function readAttrs(el, own) {
    const names = own ? el.getAttributeNames() : dom.call(el, 'getAttributeNames');
    let text = '';
    attrScratch.role = attrScratch.label = attrScratch.title = '';
    attrScratch.decided = false;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (name === 'style' || name === 'href' || name === 'd') continue;
      let v = own ? el.getAttribute(name) : dom.attr(el, name);
      if (name === 'role') attrScratch.role = v.toLowerCase();
      else if (name === 'aria-label') attrScratch.label = v;
      else if (name === 'title') attrScratch.title = v;
      else if (name === 'data-nofoobar') attrScratch.decided = true;
      if ((name === 'class' || name === 'id') && v) v = classText(v); // `div-gpt-ad-1` is an ad slot
      text += ' ' + name + ' ' + (v && v.length < 200 ? v : '');
    }
    attrScratch.text = text;
    return attrScratch;
  }

  function attrText(el) {
    return readAttrs(el).text;
  }

  function collapse(raw, max) {
    const t = raw.replace(/\s+/g, ' ').trim();
    return t.length <= max ? t : '';
  }

  function shortText(el, max, own) {
    return collapse(String((own ? el.textContent : dom.get(el, 'textContent')) || ''), max);
  }

  // An icon-only control (no text at all) says what it does in its names
  // and its icon's alone: a chat launcher drawn as <svg><use
  // href="#MiawChatIcon">, a sparkle from a sprite (#sparkle), a button
  // named liveChatButton. For such a control the fragments of the <use>
  // references inside it count as names, and so do the vocabulary's chat
  // words (names.chat, names.chat_script): an icon-only chat launcher is an
  // assistant as often as a help desk, and the model tells them apart. (A
  // "Live chat" text link is not sent: its words say what it is.)
  const NON_SPACE = /\S/;
  // Chat words as whole tokens of a name (liveChatButton, #MiawChatIcon,
  // chat_launcher), by a set lookup: a regex with Unicode classes would cost
  // a millisecond to compile on nearly every page (most have an icon button).
  let chatSet = null;
  let chatScript = null;
  function chatName(s) {
    if (!chatSet) {
      chatSet = new Set(flat(vocabulary.names.chat));
      chatScript = flat(vocabulary.names.chat_script);
    }
    const tokens = splitCamel(s).toLowerCase().split(/[^a-z0-9\u00c0-\u024f\u0400-\u04ff]+/);
    for (let i = 0; i < tokens.length; i++) if (chatSet.has(tokens[i])) return true;
    return chatScript.some((w) => s.indexOf(w) !== -1);
  }
  function iconOnlyCue(el, names, own) {
    const uses = own ? el.querySelectorAll('use') : dom.call(el, 'querySelectorAll', 'use');
    let s = names;
    for (let i = 0; i < uses.length && i < 4; i++) {
      const ref = dom.attr(uses[i], 'href') || dom.attr(uses[i], 'xlink:href') || '';
      const hash = ref.indexOf('#');
      if (hash !== -1) s += ' ' + classText(ref.slice(hash + 1, hash + 81));
    }
    if (hasCue(s)) return true;
    if (!chatName(s)) return false;
    // A chat word names the launcher, outside the chat it opens; inside a
    // chat-named box the control is one of the chat's own (send, emoji,
    // close), and the box is what would be sent.
    for (let a = dom.parentElement(el), i = 0; a && i < 6 && !ROOTISH.has(dom.tag(a)); a = dom.parentElement(a), i++) {
      if (chatName(String(dom.attr(a, 'class') || '') + ' ' + String(dom.attr(a, 'id') || ''))) return false;
    }
    return true;
  }

  function isFixed(el, win) {
    try {
      const pos = win.getComputedStyle(el).position;
      return pos === 'fixed' || pos === 'sticky';
    } catch (e) {
      return false;
    }
  }

  function isLandmark(el) {
    return LANDMARK_TAGS.has(dom.tag(el)) || LANDMARK_ROLES.has(String(dom.attr(el, 'role') || '').toLowerCase());
  }

  function inProse(el) {
    for (let a = dom.parentElement(el), i = 0; a && i < 6; a = dom.parentElement(a), i++) {
      const t = dom.tag(a);
      if (t === 'P' || t === 'ARTICLE' || t === 'BLOCKQUOTE' || t === 'FIGCAPTION') return true;
    }
    return false;
  }

  // Is this one element worth a look? (Its subtree is walked separately.)
  // `attrs` is readAttrs(el) when the caller has it; `own` as for readAttrs.
  function isSuspect(el, tag, attrs, own) {
    if (tag === 'IFRAME') return true;
    const a = attrs || readAttrs(el, own);
    const role = a.role;
    if (CLICKABLE.has(tag) || CLICK_ROLES.has(role)) {
      const label = a.label + ' ' + a.title;
      const raw = String((own ? el.textContent : dom.get(el, 'textContent')) || '');
      const text = collapse(raw, 80);
      // Most clickables have no cue anywhere: one test of all three says so.
      if (anyCue(label + '\n' + text + '\n' + a.text)) {
        if (hasCue(label)) return true;
        if (hasCue(text) || hasCue(a.text)) {
          // A plain link in running text that mentions AI is content, not a widget.
          // (Checked last: climbing the tree for each of a page's links costs more.)
          return !(tag === 'A' && !CLICK_ROLES.has(role) && inProse(el));
        }
      }
      return !text && !NON_SPACE.test(raw) && iconOnlyCue(el, label + ' ' + a.text, own);
    }
    if (SKIP.has(tag)) return false;
    return hasCue(a.text);
  }

  const isCustom = (tag) => tag.indexOf('-') > 0;

  // AI features named by a heading or a tab: "AI Overview", "Übersicht mit
  // KI", "Copilot". A label is the heading's whole text, not a sentence that
  // mentions AI (a news headline is content).
  const LABELS = new Set(flat(vocabulary.labels));
  const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role="heading" i]';
  // Is this text (a heading's, raw) one of the labels: collapsed and
  // trimmed, at most 48 characters, lower case, without what is no letter or
  // digit at either end? A set lookup, no regex of the labels: a page's
  // hundred card titles are checked with the same few string operations,
  // and a regex of every label in every language (or one with Unicode
  // classes for the edges) costs more to compile than they do to check.
  function isLabel(raw) {
    const t = String(raw || '').replace(/\s+/g, ' ').trim();
    if (!t || t.length > 48) return false;
    return LABELS.has(edgeTrim(t.toLowerCase()));
  }
  // `s` without what is no letter or digit at either end.
  function edgeTrim(s) {
    let a = 0;
    let b = s.length;
    while (a < b && !wordChar(s, a)) a += s.codePointAt(a) > 0xFFFF ? 2 : 1;
    while (b > a && !wordCharBefore(s, b)) b -= b - a >= 2 && s.codePointAt(b - 2) > 0xFFFF ? 2 : 1;
    return s.slice(a, b);
  }
  // What a block made by AI says of itself in its title, caption or footer:
  // "Generated by AI", "Buyer highlights, summarized by AI" (the
  // vocabulary's disclosures). The whole text (at most 80 characters) or a
  // part of it between commas, colons, dashes or brackets must be one: "How
  // AI-generated images fool us" is a headline, not a disclosure.
  const DISCLOSURES = new Set(flat(vocabulary.disclosures));
  const DISCLOSURE_SPLIT = /[,:;|\u00b7\u2022\u2013\u2014()[\]]|\s-\s/;
  function isDisclosure(raw) {
    const t = String(raw || '').replace(/\s+/g, ' ').trim();
    if (!t || t.length > 80 || !anyCue(t)) return false;
    const parts = t.toLowerCase().split(DISCLOSURE_SPLIT);
    for (let i = 0; i < parts.length; i++) if (DISCLOSURES.has(edgeTrim(parts[i]))) return true;
    return false;
  }
  // Titles that are no heading element: the caption of a box
  // (span.wt-text-title-small), a block's footer line. Only a disclosure in
  // them counts: a menu item's title "Copilot" is a link's, not a block's.
  const TITLES = '[class*="title" i]';
  // How many other headings a titled block may hold (its own sub-headings),
  // and how much of the page (viewport width x page height) it may cover: a
  // results column with ten result titles is not the answer block above it.
  const BLOCK_HEADINGS = 4;
  const BLOCK_AREA = 0.6;
  const rank = (h) => {
    const m = /^H([1-6])$/.exec(dom.tag(h));
    return m ? +m[1] : parseInt(dom.attr(h, 'aria-level'), 10) || 2;
  };

  /** The largest block a title may stand for: BLOCK_AREA of the page. */
  function blockAreaLimit(el, win) {
    const doc = dom.get(el, 'ownerDocument');
    const page = doc && doc.documentElement ? doc.documentElement.scrollHeight : 0;
    return BLOCK_AREA * (win.innerWidth || 0) * Math.max(page, win.innerHeight || 0);
  }

  /**
   * A list of headed items (result cards after an answer, even of a lower
   * rank) is not one block: true when two children of `p` other than
   * `node` each hold one of `heads` (from index `first` on). Sub-headings
   * that are the block's own children, or inside its body, do not count.
   */
  function headedItems(p, heads, node, first) {
    const items = new Set();
    for (let j = first; j < heads.length; j++) {
      let c = heads[j];
      while (c && dom.parentElement(c) !== p) c = dom.parentElement(c);
      if (c && c !== node && c !== heads[j]) items.add(c);
    }
    return items.size >= 2;
  }

  /**
   * The block an AI-label heading titles: climb while the parent's first
   * heading is still this one, it holds no other heading of the same or a
   * higher rank and few in all, no two other children of it hold headings
   * (a list of result cards), it is no landmark (nav, main, article, ...)
   * and stays below BLOCK_AREA of the page. null when the heading titles
   * nothing but itself.
   */
  function titledBlock(h, win) {
    const limit = blockAreaLimit(h, win);
    const mine = rank(h);
    let node = h;
    for (let i = 0; i < 8; i++) {
      const p = dom.parentElement(node);
      if (!p || ROOTISH.has(dom.tag(p)) || isLandmark(p)) break;
      const heads = dom.call(p, 'querySelectorAll', HEADINGS);
      if (heads[0] !== h || heads.length > BLOCK_HEADINGS + 1) break;
      let rival = false;
      for (let j = 1; j < heads.length && !rival; j++) rival = rank(heads[j]) <= mine;
      if (rival) break;
      if (headedItems(p, heads, node, 1)) break;
      const r = dom.rect(p);
      if (limit > 0 && r.width * r.height > limit) break;
      node = p;
    }
    return node === h ? null : node;
  }

  /**
   * The block a disclosure belongs to: the first ancestor with more text
   * when the disclosure begins it (a box titled "Buyer highlights,
   * summarized by AI"); else, for a caption or footer line ("Generated by
   * AI" under a feature list), the nearest ancestor that holds a heading,
   * the block's own title. The limits of titledBlock hold (no landmark, few
   * headings, no list of headed items, at most BLOCK_AREA of the page);
   * null when none is found within eight levels.
   */
  function disclosedBlock(d, win) {
    const limit = blockAreaLimit(d, win);
    const own = collapse(String(dom.get(d, 'textContent') || ''), Infinity);
    let node = d;
    let begins = true; // the disclosure is still the first text of `node`
    for (let i = 0; i < 8; i++) {
      const p = dom.parentElement(node);
      if (!p || ROOTISH.has(dom.tag(p)) || isLandmark(p)) break;
      const heads = dom.call(p, 'querySelectorAll', HEADINGS);
      if (heads.length > BLOCK_HEADINGS + 1) break;
      if (headedItems(p, heads, node, 0)) break;
      const r = dom.rect(p);
      if (limit > 0 && r.width * r.height > limit) break;
      node = p;
      if (heads.length) return node;
      const t = collapse(String(dom.get(p, 'textContent') || ''), Infinity);
      if (t.length > own.length) {
        if (begins && t.startsWith(own)) return node;
        begins = false;
      }
    }
    return null;
  }

  // Chat kits' rendered parts, named in class or tag: a thread, bubbles, a
  // composer, suggested prompts, a "thinking" chain. Such a container is
  // sent when it looks like an assistant, not like any box with a textarea.
  // The words are the vocabulary's (names.chat_kit). CHAT_QUICK, a
  // substring test, is the walk's cheap first look; CHAT_TOKEN wants them as
  // whole words of a name (a prefix may begin a longer one: chatWindow).
  const KIT = vocabulary.names.chat_kit;
  const CHAT_QUICK = new RegExp(alternation(KIT.prefixes.concat(KIT.parts)), 'i');
  const CHAT_TOKEN = new RegExp('(?:^|[^a-z])(?:' + KIT.prefixes.map((p) => escape(p) + '\\w*').join('|') + '|' +
    alternation(KIT.parts) + ')(?:[^a-z]|$)', 'i');
  // A comment thread or a contact form has a text box and a list too: never a chat kit.
  const NOT_CHAT = new RegExp('(?:^|[^a-z])(?:' + alternation(KIT.not_chat) + ')(?:[^a-z]|$)', 'i');
  const chatWords = (el) => splitCamel(dom.tag(el).toLowerCase() + ' ' + String(dom.attr(el, 'class') || ''));
  const COMPOSER = 'textarea,[contenteditable=""],[contenteditable="true" i],[role="textbox" i]';
  const MESSAGES = '[role="log" i],[class*="message" i],[class*="bubble" i],[data-role="assistant" i],[data-message-author-role]';
  // Suggested-prompt chips: buttons (or role=button items) named, or inside
  // a list named, suggestion, prompt, starter or chip; or cards named so in
  // a list named so (div.prompts > div.card-prompt, made clickable by script).
  const SUGGESTED = ['suggest', 'prompt', 'starter', 'chip'].flatMap((n) => [`[class*="${n}" i] button`,
    `[class*="${n}" i] [role="button" i]`, `button[class*="${n}" i]`, `[role="button" i][class*="${n}" i]`,
    `[class*="${n}" i] > [class*="${n}" i]`]).join(',');
  const THINKING = '[class*="thinking" i],[class*="reasoning" i],[class*="thought" i]';
  const SEND = lazy(() => new RegExp('(?:^|[^\\p{L}\\p{N}])(?:' + alternation(flat(vocabulary.send)) + ')(?:[^\\p{L}\\p{N}]|$)', 'iu'));

  function hasSend(box) {
    const buttons = dom.call(box, 'querySelectorAll', 'button,[role="button" i],input[type="submit" i]');
    for (let i = 0; i < buttons.length && i < 40; i++) {
      const b = buttons[i];
      if (String(dom.attr(b, 'type') || '').toLowerCase() === 'submit') return true;
      const said = [dom.attr(b, 'aria-label'), dom.attr(b, 'title'), dom.attr(b, 'class'), dom.attr(b, 'value'),
        shortText(b, 40)].join(' ');
      if (SEND().test(splitCamel(said).replace(/[_-]/g, ' '))) return true;
    }
    return false;
  }

  // composer + send + messages, or suggested prompts with a composer or a
  // welcome screen, or a thinking chain among messages.
  function looksLikeAssistant(box) {
    const q = (sel) => dom.call(box, 'querySelector', sel);
    if (NOT_CHAT.test(chatWords(box))) return false;
    const messages = !!q(MESSAGES);
    const composer = !!q(COMPOSER);
    if (composer && messages && hasSend(box)) return true;
    const suggested = dom.call(box, 'querySelectorAll', SUGGESTED).length >= 2;
    if (suggested && (composer || /welcome|greeting|empty|intro|hello/i.test(chatWords(box)) ||
        !!q('[class*="welcome" i],[class*="greeting" i]'))) return true;
    return messages && !!q(THINKING);
  }

  /** The chat kit an element with a chat token belongs to, or null. */
  function chatRoot(el, tried) {
    let node = el;
    for (let i = 0; i < 6; i++) {
      const p = dom.parentElement(node);
      if (!p || ROOTISH.has(dom.tag(p)) || isLandmark(p) || !CHAT_TOKEN.test(chatWords(p))) break;
      node = p;
    }
    // Its parts may sit in a neutral wrapper (a panel holding the thread and
    // the composer): look up to two levels further.
    for (let i = 0; i < 3 && node; i++) {
      if (tried.has(node)) return tried.get(node);
      const ok = looksLikeAssistant(node);
      tried.set(node, ok ? node : null);
      if (ok) return node;
      const p = dom.parentElement(node);
      node = p && !ROOTISH.has(dom.tag(p)) && !isLandmark(p) ? p : null;
    }
    return null;
  }

  // Cheap first looks, before the full check of isSuspect(): most elements
  // of a page are rejected here by one or two regex tests on short strings.
  const QUICK = /(?:^|[^a-z0-9])(?:ai|ki|ia)(?:[^a-z0-9]|$)|copilot|assist|asist|asyst|chatbot|chat-bot|gpt|llm|gemini|genai|spark|magic|intercom|summar|openai|claude|agent|rewrite|\u2728/i;
  const QUICK_CAMEL = /[a-z]A[Ii](?:[^a-z]|$)|(?:^|[^A-Za-z])A[Ii][A-Z]/;
  const quickCue = (s) => !!s && (QUICK.test(s) || QUICK_CAMEL.test(s));

  // The second pass looks at clickables, dialogs and labelled elements. The
  // elements found by their tag the first pass collects (it reads every
  // tag anyway); the engine finds the rest by attribute. Each selector in a
  // list costs the engine about as much as the rest together on a big page,
  // so the roles are one `[role]` whose value is checked here (ROLE_HIT).
  const SUSPECT_TAGS = new Set(['IFRAME', 'BUTTON', 'A', 'SUMMARY', 'DIALOG', 'ASIDE']
    .flatMap((t) => [t, t.toLowerCase()])); // lower case: XHTML, SVG <a> (skipped later)
  const SUSPECT_ATTRS = '[role],[popover],[aria-label],[title],[data-testid],[data-tooltip],[data-widget],[data-component]';
  const NOT_ROLE = '[popover],[aria-label],[title],[data-testid],[data-tooltip],[data-widget],[data-component]';
  const ROLES_ANY_CASE = new Set(['button', 'link', 'menuitem', 'tab', 'switch']);
  const ROLES_EXACT = new Set(['dialog', 'tooltip', 'alert']);
  // Does an element from SUSPECT_ATTRS match the selector the pass means:
  // one of these roles (the first five in any case, as [role="button" i]), or
  // another of its attributes?
  function roleHit(el, own) {
    const role = own ? el.getAttribute('role') : dom.attr(el, 'role');
    if (role === null) return true; // found by another attribute
    if (ROLES_EXACT.has(role) || ROLES_ANY_CASE.has(role.toLowerCase())) return true;
    return own ? el.matches(NOT_ROLE) : dom.matches(el, NOT_ROLE);
  }

  // A shadow host whose own top-level content floats: a widget, not an app root.
  function floatsInside(shadow, win) {
    return dom.children(shadow).slice(0, 10).some((c) => isFixed(c, win));
  }

  // A walk yields every CHUNK elements so that its caller can stop at a time
  // budget and resume in a later task (see findSteps).
  const CHUNK = 64;
  const SVG_NS = 'http://www.w3.org/2000/svg';

  // The only elements that can hold a shadow root (attachShadow throws for
  // the rest): these and custom elements. Upper case is an HTML document's
  // tagName, lower case an XHTML one's.
  const SHADOW_HOSTS = new Set(['ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DIV', 'FOOTER', 'H1', 'H2', 'H3', 'H4',
    'H5', 'H6', 'HEADER', 'MAIN', 'NAV', 'P', 'SECTION', 'SPAN'].flatMap((t) => [t, t.toLowerCase()]));
  // Tags the walk's first pass need not look at more closely (when they hold
  // no shadow root): SKIP tags can only be suspects by a click role, and
  // clickables are checked in full by the second pass, which finds all of
  // them. Upper case only: an SVG <a> is not an HTML one.
  const SECOND_PASS = new Set([...SKIP, ...CLICKABLE, 'IFRAME']);
  // What skimAll needs to know of a tag, in one lookup: is it collected for
  // pass 2, can it hold a shadow root, does pass 1 skip its class and id.
  const T_SUSPECT = 1;
  const T_HOST = 2;
  const T_SKIP = 4;
  const TAG_BITS = new Map();
  const setBit = (t, bit) => TAG_BITS.set(t, (TAG_BITS.get(t) || 0) | bit);
  SUSPECT_TAGS.forEach((t) => setBit(t, T_SUSPECT));
  SHADOW_HOSTS.forEach((t) => setBit(t, T_HOST));
  SECOND_PASS.forEach((t) => setBit(t, T_SKIP));

  // Pass 1 over all[i..end): the index of the first element that needs a
  // closer look (a custom element, a shadow host, a cue in its class or id),
  // or `end`. A plain function, not part of the generator: V8 optimises a
  // hot loop in an ordinary function, never one inside a generator, and on
  // a big page this loop is most of a scan.
  // Elements with a SUSPECT_TAGS tag go to `clicks`, in document order.
  // Elements named like a chat kit's part (and nothing more) go to `chatty`.
  function skimAll(all, i, end, clicks, chatty) {
    for (; i < end; i++) {
      const el = all[i];
      const name = el.tagName;
      if (typeof name !== 'string' || name === 'FORM' || name === 'form') return i; // read through dom.*
      const bits = TAG_BITS.get(name);
      if (bits === undefined) {
        if (name.indexOf('-') > 0) return i; // a custom element
      } else {
        if (bits & T_SUSPECT) clicks.push(el);
        if ((bits & T_HOST) && el.shadowRoot) return i;
        if (bits & T_SKIP) continue;
      }
      const cls = el.getAttribute('class');
      if (quickCue(cls) || quickCue(el.getAttribute('id'))) return i;
      if (cls && CHAT_QUICK.test(cls)) chatty.push(el);
    }
    return end;
  }

  // Pass 2 over hits[i..end): the index of the first element isSuspect()
  // must judge, or `end`. Skips what cannot be a suspect without reading
  // more than its tag: SVG elements, and links with an href alone whose
  // short text has no cue (most of a page's clickables).
  function skimClickables(hits, i, end) {
    for (; i < end; i++) {
      const el = hits[i];
      const name = el.tagName;
      if (typeof name !== 'string' || name === 'FORM' || name === 'form') return i;
      // An HTML element's tagName is upper case (in an HTML document); an SVG
      // one's never is, as the parser makes them: only those are looked at.
      if (name === 'BUTTON') {
        // A button with a type alone ("Save" on each of a feed's cards):
        // isSuspect() would test its text and " type <value>" and nothing else.
        const names = el.getAttributeNames();
        if (names.length !== 1 || names[0] !== 'type') return i;
        const raw = el.textContent;
        if (anyCue(raw) || anyCue(' type ' + el.getAttribute('type'))) return i;
        if (!NON_SPACE.test(raw) && el.firstElementChild) return i; // an icon alone: its icon's names
        continue;
      }
      if (name !== 'A') {
        if (name === 'svg' || name === 'SVG') continue;
        if (name !== name.toUpperCase() && el.namespaceURI === SVG_NS) continue;
        if (name.toUpperCase() !== 'A') return i;
        // an XHTML document's <a>: as an HTML one's
      }
      const names = el.getAttributeNames();
      if (names.length !== 1 || names[0] !== 'href') return i;
      const raw = el.textContent;
      if (anyCue(raw)) return i; // no cue in the raw text: none in the short text
      // An icon link (an svg alone, no text): its <use> may name it. An image
      // link (a teaser's picture) is not looked at closer.
      if (!NON_SPACE.test(raw)) {
        const first = el.firstElementChild;
        if (first && first.namespaceURI === SVG_NS) return i;
      }
    }
    return end;
  }

  function* walk(scope, win, out, depth, opts) {
    const qsa = (sel) => dom.call(scope, 'querySelectorAll', sel);
    const decided = (el) => dom.attr(el, 'data-nofoobar') !== null;
    // 1. One pass over every element for what no cheap selector finds: custom
    //    elements, open shadow roots, and an AI cue in an id or class. Every
    //    read is a call into the browser, so skimAll reads the tag, then the
    //    shadow root only where there can be one, then the class and the id
    //    only where the second pass will not look anyway, straight from the
    //    element unless it is a form (whose inputs can shadow its
    //    properties: lib/dom.js), and calls nothing more unless one of them
    //    says look closer.
    const all = qsa('*');
    const chatty = []; // elements named like a chat kit's parts, for step 3
    const limit = Math.min(all.length, opts.maxElements);
    const clicks = [];
    for (let i = 0; i < limit;) {
      const stop = Math.min(limit, i + CHUNK);
      i = skimAll(all, i, stop, clicks, chatty);
      if (i === stop) { yield; continue; }
      const el = all[i++];
      let name = el.tagName;
      let shadow = null;
      if (typeof name === 'string' && name !== 'FORM' && name !== 'form') {
        shadow = el.shadowRoot || null;
      } else {
        name = dom.tag(el);
        shadow = dom.shadowRoot(el);
        const cls = dom.attr(el, 'class');
        if (!shadow && name.indexOf('-') <= 0 && !quickCue(cls) && !quickCue(dom.attr(el, 'id'))) {
          if (cls && CHAT_QUICK.test(cls)) chatty.push(el);
          continue;
        }
      }
      if (decided(el)) continue;
      const tag = dom.tag(el);
      if (shadow && depth < 4) {
        const inner = [];
        yield* walk(shadow, win, inner, depth + 1, opts);
        if (inner.length) { out.push(el); continue; }
      }
      if (hasCue(tag) || isSuspect(el, tag) || (shadow && floatsInside(shadow, win))) out.push(el);
      // Not suspect by itself: a chat kit's part? (A custom element's
      // attributes count too: <cib-serp mode="conversation">.)
      else if (CHAT_QUICK.test(isCustom(tag) ? tag + attrText(el) : String(dom.attr(el, 'class') || ''))) chatty.push(el);
    }
    // 2. Clickables, dialogs and elements with a label, checked one by one:
    //    those pass 1 collected by tag, then those with a telling attribute
    //    and another tag. (A page too big for pass 1 to finish: all by query.)
    const byTag = limit === all.length ? clicks : Array.from(qsa(Array.from(SUSPECT_TAGS).join(',')));
    const byAttr = qsa(SUSPECT_ATTRS);
    for (const [hits, tagged] of [[byTag, true], [byAttr, false]]) {
      const hitLimit = Math.min(hits.length, opts.maxElements);
      for (let i = 0; i < hitLimit;) {
        const stop = Math.min(hitLimit, i + CHUNK);
        i = skimClickables(hits, i, stop);
        if (i === stop) { yield; continue; }
        const el = hits[i++];
        const name = el.tagName;
        const own = typeof name === 'string' && name !== 'FORM' && name !== 'form'; // as in pass 1
        if (!tagged && ((own && SUSPECT_TAGS.has(name)) || !roleHit(el, own))) continue; // seen, or not meant
        const tag = own ? name.toUpperCase() : dom.tag(el);
        if (tag === 'SVG' || (tag !== name && (own ? el.namespaceURI : dom.get(el, 'namespaceURI')) === SVG_NS)) continue;
        const attrs = readAttrs(el, own);
        if (!attrs.decided && isSuspect(el, tag, attrs, own)) out.push(el);
      }
    }
    // 3. Chat kits: the container of each chat-named part, when it looks
    //    like an assistant (a custom chat element that names an AI, such as
    //    a search engine's <cib-serp mode="conversation">, is one itself).
    const tried = new Map();
    for (let i = 0; i < chatty.length && i < 400; i++) {
      if (i % 16 === 15) yield;
      const el = chatty[i];
      const r = chatRoot(el, tried) || (isCustom(dom.tag(el)) && hasCue(shortText(el, 400)) ? el : null);
      if (r && !decided(r)) out.push(r);
    }
    // 4. Headings whose whole text is an AI label: the block each titles;
    //    headings and titles that disclose AI ("Generated by AI"): the
    //    block each belongs to. Both are few; the text tests reject all but
    //    the label ones before any layout read.
    const heads = qsa(HEADINGS + ',' + TITLES);
    for (let i = 0; i < heads.length && i < 2000; i++) {
      if (i % CHUNK === CHUNK - 1) yield;
      const h = heads[i];
      const text = dom.get(h, 'textContent');
      const label = isLabel(text);
      const disclosure = isDisclosure(text);
      if (!label && !disclosure) continue;
      const heading = dom.matches(h, HEADINGS);
      let block = heading ? titledBlock(h, win) : null;
      if (!block && disclosure) {
        // Sent as it is, not through its wrappers, and without standing
        // for what is inside it (findSteps): the block is chosen already.
        block = disclosedBlock(h, win);
        if (block) opts.blocks.set(block, h);
      }
      if (block && !decided(block)) out.push(block);
    }
    // 5. Fixed/sticky by inline style (computed style is the costly part).
    const styled = qsa('[style*="fixed" i],[style*="sticky" i]');
    for (let i = 0; i < styled.length && i < 200; i++) {
      const el = styled[i];
      if (!decided(el) && !isLandmark(el) && isFixed(el, win)) out.push(el);
    }
  }

  // Floating widgets are appended near the top of the tree: check computed
  // position for body's children and grandchildren (or an added subtree's).
  function* shallowFixed(scope, win, out) {
    const base = dom.nodeType(scope) === 9 ? dom.get(scope, 'body') : scope;
    if (!base) return;
    const level1 = dom.nodeType(scope) === 9 ? dom.children(base) : [base];
    let n = 0;
    for (const a of level1) {
      for (const el of [a, ...dom.children(a)]) {
        if (++n % CHUNK === 0) yield;
        const tag = dom.tag(el);
        if (ROOTISH.has(tag) || SKIP.has(tag) || isLandmark(el)) continue;
        if (dom.attr(el, 'data-nofoobar') !== null) continue;
        if (isFixed(el, win)) out.push(el);
      }
    }
  }

  // More controls than one widget holds: a chat panel with its suggested
  // prompts has a dozen or two; a sidebar or a page has hundreds.
  const MAX_WIDGET_CONTROLS = 30;

  function interactiveCount(el) {
    return dom.call(el, 'querySelectorAll', 'a[href],button,input,select,textarea').length;
  }

  function viewportArea(win) {
    return Math.max(1, (win.innerWidth || 0) * (win.innerHeight || 0));
  }

  function coverage(el, win) {
    const r = dom.rect(el);
    const w = Math.max(0, Math.min(r.right, win.innerWidth) - Math.max(r.left, 0));
    const h = Math.max(0, Math.min(r.bottom, win.innerHeight) - Math.max(r.top, 0));
    return (w * h) / viewportArea(win);
  }

  function outermostHost(el) {
    let node = el;
    for (let i = 0; i < 10; i++) {
      const r = dom.call(node, 'getRootNode');
      if (r && dom.nodeType(r) === 11 && r.host) node = r.host;
      else break;
    }
    return node;
  }

  // An icon is never the widget: the control it sits in is (a sparkle in a
  // menu link, an AI glyph in a toolbar button). Sent alone, the icon would
  // be scored without the words and the place that say what it does.
  const ICONS = new Set(['SVG', 'IMG', 'I', 'PICTURE', 'SPAN']);
  function controlOfIcon(el) {
    const tag = dom.tag(el);
    if (!ICONS.has(tag) || String(dom.get(el, 'textContent') || '').trim()) return el;
    let a = dom.parentElement(el);
    for (let i = 0; a && i < 3 && !ROOTISH.has(dom.tag(a)); i++, a = dom.parentElement(a)) {
      if (CLICKABLE.has(dom.tag(a)) || CLICK_ROLES.has(String(dom.attr(a, 'role') || '').toLowerCase())) return a;
    }
    return el;
  }

  /** The element to send and hide for a suspect: the whole widget. */
  function widgetRoot(el, win) {
    let node = controlOfIcon(outermostHost(el));
    let fixed = null;
    for (let a = node; a && !ROOTISH.has(dom.tag(a)); a = dom.parentElement(a)) {
      if (isLandmark(a) && a !== node) break; // a header's "Ask AI" button is not the header
      if (isFixed(a, win)) fixed = a;
    }
    if (fixed && fixed !== node && interactiveCount(fixed) <= 12 && coverage(fixed, win) < 0.5) node = fixed;
    // Climb through wrappers that hold only this widget, so no empty box is left behind.
    for (let i = 0; i < 3; i++) {
      const p = dom.parentElement(node);
      if (!p || ROOTISH.has(dom.tag(p)) || isLandmark(p) || dom.children(p).length !== 1) break;
      if (String(dom.get(p, 'textContent') || '').trim() !== String(dom.get(node, 'textContent') || '').trim()) break;
      node = p;
    }
    return node;
  }

  function focusedEditable(doc) {
    let a = doc.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    if (!a || !dom.isElement(a)) return null;
    const tag = dom.tag(a);
    if (tag === 'TEXTAREA' || tag === 'SELECT' || sanitize.isEditable(a)) return a;
    if (tag === 'INPUT' && EDITABLE_INPUT.test(String(dom.attr(a, 'type') || ''))) return a;
    return null;
  }

  function composedContains(outer, inner) {
    for (let n = inner; n; n = dom.composedParent(n)) if (n === outer) return true;
    return false;
  }

  /** Why `el` must not be hidden, or '' when it may be. */
  function blockReason(el, win) {
    if (!dom.isElement(el)) return 'not an element';
    const tag = dom.tag(el);
    if (ROOTISH.has(tag)) return 'page root';
    if (String(dom.attr(el, 'role') || '').toLowerCase() === 'main') return 'main content';
    if (dom.call(el, 'querySelector', 'main,[role="main"],article')) return 'holds main content';
    const doc = dom.get(el, 'ownerDocument');
    const focused = focusedEditable(doc);
    if (focused && composedContains(el, focused)) return 'holds the focused input';
    if (coverage(el, win) > 0.6) return 'covers most of the page';
    if (dom.call(el, 'querySelector', 'input[type="checkbox"],input[type="radio"],[role="switch"],select') ||
        dom.tag(el) === 'INPUT') {
      if (isOptOut(String(dom.get(el, 'textContent') || '') + ' ' + attrText(el))) return 'an AI opt-out control';
    }
    return '';
  }

  /**
   * Candidate widget roots in `scope`, outermost first, no duplicates, as
   * the return value of a generator that yields every so often: a caller
   * with a time budget runs it across several tasks. The elements it looks
   * at may change in between; callers check isConnected before use.
   */
  function* findSteps(scope, win, options) {
    const opts = Object.assign({ maxElements: 30000, maxCandidates: 60 }, options || {}, { blocks: new Map() });
    const raw = [];
    if (dom.isElement(scope)) {
      const tag = dom.tag(scope);
      if (!SKIP.has(tag) || CLICKABLE.has(tag)) {
        const shadow = dom.shadowRoot(scope);
        if (isSuspect(scope, tag) || (isCustom(tag) && hasCue(tag)) || (shadow && floatsInside(shadow, win))) raw.push(scope);
      }
    }
    yield* walk(scope, win, raw, 0, opts);
    yield* shallowFixed(scope, win, raw);
    const roots = [];
    const set = new Set();
    for (let i = 0; i < raw.length; i++) {
      if (i % 16 === 15) yield; // each climbs the tree and reads computed style
      const el = raw[i];
      let r;
      try { r = opts.blocks.has(el) ? el : widgetRoot(el, win); } catch (e) { continue; }
      if (!set.has(r) && !ROOTISH.has(dom.tag(r))) { set.add(r); roots.push(r); }
    }
    // Keep the outermost: a widget's own button is sent as part of the widget.
    // One climb per root, not a comparison of every pair. A root too big to
    // be one widget (a page-wide container named "StripeAssistantContainer"
    // around a docs sidebar: more controls than a widget has, or most of the
    // viewport, which blockReason never hides) is sent, but does not stand
    // for the suspects inside it: the "Ask AI" button in it is sent too. Nor
    // does a disclosed block (a section whose footer says "Generated by
    // AI"): what discovery found inside it may be the narrower widget.
    const big = new Map();
    const isBig = (a) => {
      if (!big.has(a)) {
        let b = false;
        try { b = interactiveCount(a) > MAX_WIDGET_CONTROLS || coverage(a, win) > 0.5; } catch (e) { /* as small */ }
        big.set(a, b);
      }
      return big.get(a);
    };
    // A disclosed block whose disclosure sits in a narrower root already
    // (a review summary found by its own names, with its "Generated by AI"
    // line) adds nothing: that root is the widget.
    for (const [block, d] of opts.blocks) {
      if (!set.has(block)) continue;
      for (let a = dom.parentElement(d); a && a !== block; a = dom.parentElement(a)) {
        if (set.has(a)) { set.delete(block); break; }
      }
    }
    // Inside a big root, only what says AI in its own words or label stands
    // on its own (the "Ask AI" button, not each item of a list named
    // nav-assistant, nor a video frame).
    const says = (r) => hasCue(shortText(r, 80)) ||
      hasCue(String(dom.attr(r, 'aria-label') || '') + ' ' + String(dom.attr(r, 'title') || ''));
    const outer = roots.filter((r) => set.has(r)).filter((r) => {
      let inBig = false;
      for (let a = dom.composedParent(r); a; a = dom.composedParent(a)) {
        if (!set.has(a) || opts.blocks.has(a)) continue;
        if (!isBig(a)) return false;
        inBig = true;
      }
      return !inBig || says(r);
    });
    return outer.slice(0, opts.maxCandidates);
  }

  /** findSteps() run to the end in one go. */
  function find(scope, win, options) {
    const steps = findSteps(scope, win, options);
    let r;
    do r = steps.next(); while (!r.done);
    return r.value;
  }

  /**
   * The box the user sees for a widget: the element itself, or (for a
   * zero-size wrapper around a fixed launcher, or a shadow host) its first
   * descendant that has one. null when nothing of it is rendered.
   */
  function visualBox(el) {
    const queue = [el];
    for (let seen = 0; queue.length && seen < 60; seen++) {
      const n = queue.shift();
      const r = dom.rect(n);
      if (r.width > 0 && r.height > 0) return n;
      const shadow = dom.shadowRoot(n);
      if (shadow) for (const c of dom.children(shadow)) queue.push(c);
      for (const c of dom.children(n)) queue.push(c);
    }
    return null;
  }

  /** The `context` of a snippet, as the contract describes it. */
  function contextOf(el, win) {
    const box = visualBox(el) || el;
    const own = win.getComputedStyle(el);
    const style = box === el ? own : win.getComputedStyle(box);
    const r = dom.rect(box);
    const z = parseInt(style.zIndex, 10);
    const frame = dom.tag(el) === 'IFRAME' ? el : dom.call(el, 'querySelector', 'iframe');
    const src = frame ? dom.attr(frame, 'src') : null;
    const position = own.position && own.position !== 'static' ? own.position : style.position || 'static';
    return {
      position,
      rect: [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)],
      viewport: [win.innerWidth || 0, win.innerHeight || 0],
      zIndex: Number.isFinite(z) ? z : null,
      frameSrc: src ? sanitize.cleanUrl(src) : null,
      shadowHost: !!dom.shadowRoot(el),
      // Where it sits: landmarks, list, heading, running text, look-alike siblings.
      ...context.placeOf(el),
    };
  }

  return { hasCue, isCueWord, find, findSteps, widgetRoot, blockReason, contextOf, visualBox, isFixed };
}));
