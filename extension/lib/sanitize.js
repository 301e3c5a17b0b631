//# allFunctionsCalledOnLoad
/*
 * Snippet sanitising: what of a page may leave the browser.
 *
 * A snippet is the outerHTML of a candidate widget, rebuilt from a bounded
 * clone so that a huge subtree costs no more than a small one, with
 * everything the user typed or the page keeps private taken out:
 *
 *   input values, textarea text ........ dropped (value attribute, text)
 *   password and hidden inputs ......... dropped (the whole element)
 *   contenteditable / role=textbox ..... children dropped (drafts)
 *   attributes the model does not read . dropped (allow-list)
 *   emails, digit runs, tokens ......... masked in every kept value and text
 *   url(...) in styles ................. dropped
 *   queries, fragments, ;params, user@ . cut from every URL-like value
 *   inside a contenteditable region .... the whole snippet is a draft: empty
 *   scripts, styles, event handlers .... dropped (code, not widget markup)
 *   long text .......................... cut to a short prefix per text node
 *
 * The copy is built in an inert document (createHTMLDocument: no browsing
 * context), so sanitising never makes the browser load anything.
 *
 * Open shadow roots are serialised as declarative shadow DOM
 * (<template shadowrootmode="open">) so the server sees what the user sees.
 *
 * Line 1 is V8's compile hint: every function here is compiled as the file
 * loads, in one pass (extension/README.md: what it costs the page).
 */
(function (root, factory) {
  'use strict';
  // In node, dependencies come from require(); in the extension, from
  // scripts loaded before this one.
  const inNode = typeof module === 'object' && module.exports;
  // The cue words (lib/candidates.js hasCue) are resolved when used, as in
  // snippet.js: candidates.js loads after this file (and needs it), and the
  // background, which never builds a snippet, does not load it at all.
  const need = (name) => (inNode ? require('./' + name + '.js') : root.nofoobar[name]);
  const cues = () => need('candidates');
  const mod = factory(inNode ? require('./dom.js') : root.nofoobar.dom, cues);
  root.nofoobar = Object.assign(root.nofoobar || {}, { sanitize: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
})(globalThis, (function (dom, cues) {
  'use strict';

  const LIMITS = Object.freeze({ maxLength: 8000, maxNodes: 600, maxText: 200, maxAttr: 500 });

  const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'OBJECT', 'EMBED', 'BASE']);
  // Allow-list: only what model/features.py reads is kept (class, id, role,
  // label-like attributes, aria-*/data-*, style, the URL attributes, a few
  // shape hints); every other attribute is dropped.
  const KEEP_ATTRS = new Set(['class', 'id', 'role', 'style', 'type', 'name', 'contenteditable',
    'aria-label', 'title', 'alt', 'placeholder', 'aria-description', 'aria-roledescription', 'data-tooltip',
    'data-title', 'tooltip', 'label', 'aria-checked', 'href', 'src', 'data-src', 'action', 'xlink:href']);
  const DROP_ATTRS = new Set(['value', 'data-value', 'data-initial-value', 'defaultvalue']);
  const URL_ATTRS = new Set(['href', 'src', 'data-src', 'action', 'xlink:href']);
  const URLISH = /^(?:[a-z][a-z0-9+.-]*:|\/\/|\/|\.\.?\/|\?|#)/i;
  // Private values anywhere in kept text: e-mail addresses, long digit runs
  // (phone, card, account numbers), token-like strings (long runs mixing
  // letters and digits, hex, base64), and URLs' queries.
  const EMAIL = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[a-z]{2,}/gi;
  const DIGITS = /\d[\d\s-]{4,}\d/g;
  const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
  // No '-' or '.': readable names (ai-chat-widget-v2) are not tokens.
  const TOKENISH = /[A-Za-z0-9_+/=]{16,}/g;
  const URL_IN_TEXT = /(?:[a-z][a-z0-9+.-]*:\/\/|\/)[^\s"'<>]*[?;#][^\s"'<>]*/gi;
  // Relative URLs too: a query (?k=v), a ;param=v, wherever they sit.
  const QUERY = /(\S)[?;][^\s"'<>?;]*=[^\s"'<>]*/g;

  function isToken(t) {
    return (t.match(/\d/g) || []).length >= 2 && /[A-Za-z]/.test(t);
  }

  // Most values hold no '@', digit, '?', ';' or '#': one cheap test each
  // spares them the regular expressions (this runs on every kept value).
  function mask(value) {
    let v = String(value);
    // A URL in text has a '/', a ?k=v or ;k=v an '=': a style's "a:b;c:d" needs neither regex.
    if (/[?;#]/.test(v) && (v.indexOf('/') !== -1 || v.indexOf('=') !== -1)) {
      v = v.replace(URL_IN_TEXT, (u) => cleanUrl(u)).replace(QUERY, '$1');
    }
    if (v.includes('@')) v = v.replace(EMAIL, '[email]');
    if (/\d/.test(v)) {
      v = v.replace(UUID, '[token]')
        .replace(TOKENISH, (t) => t.split('/').map((part) => (part.length >= 16 && isToken(part) ? '[token]' : part)).join('/'))
        .replace(DIGITS, '[number]');
    }
    return v;
  }

  // ---- personal names ------------------------------------------------------
  // A name cannot be told from other words in general; where names typically
  // sit it can be: after "Signed in as", "Hi,", "by", before "'s avatar",
  // as an @handle, and as the label of an avatar, profile or account
  // element. There it becomes NAME, unless it holds an AI cue word (the
  // model needs "Ask Copilot", "by Gemini"). Only label attributes and text
  // are looked at, never class, id, style or URLs.
  const NAME = '[name]';
  const NAME_ATTRS = new Set(['alt', 'title', 'aria-label', 'aria-description', 'data-tooltip', 'data-title',
    'tooltip', 'label']);
  // Words around a name that say where it is (English, German, French,
  // Spanish). Case-insensitive, whitespace between words.
  const BEFORE_NAME = ['signed in as', 'logged in as', 'hi', 'hey', 'hello', 'welcome back', 'welcome', 'by',
    'written by', 'posted by', 'profile of', 'photo of', 'picture of', 'avatar of', 'account of',
    'angemeldet als', 'eingeloggt als', 'hallo', 'willkommen zurück', 'willkommen', 'von', 'profil von',
    'foto von', 'bild von', 'connecté en tant que', 'connectée en tant que', 'bonjour', 'salut', 'bon retour',
    'bienvenue', 'par', 'profil de', 'photo de', 'sesión iniciada como', 'conectado como', 'conectada como',
    'hola', 'bienvenido de nuevo', 'bienvenida de nuevo', 'bienvenido', 'bienvenida', 'por', 'perfil de',
    'foto de'];
  const AFTER_NAME = ['avatar', 'profile', 'profile picture', 'profile photo', 'photo', 'picture', 'account'];
  // Cheap first look (no \p classes, nothing compiled per value): most
  // values hold none of these.
  const NAME_HINT = /@|['\u2019]s\s|\b(?:signed|logged|hi|hey|hello|welcome|by|profile|photo|picture|avatar|account|angemeldet|eingeloggt|hallo|willkommen|von|profil|foto|bild|connect|bonjour|salut|retour|bienvenue|par|sesi|conectad|hola|bienvenid|por|perfil)/i;
  // A capitalised word (Latin, Greek, Cyrillic): Jane, O'Brien, Jean-Luc, J.
  // Up to three in a row, not after a letter or digit.
  const CAP = '[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0391-\\u03A9\\u0410-\\u042F]';
  const TOKEN = CAP + '[^\\s,.;:!?()\\[\\]{}"<>|/@]*\\.?';
  // Small and without the u flag, built on first use: a page's first
  // snippet should not pay for compiling what its text never needs. (One
  // regex holding every trigger phrase took a millisecond to compile.)
  const lazyRe = (make) => {
    let re = null;
    return () => re || (re = make());
  };
  const RUN_RE = lazyRe(() => new RegExp('(^|[^\\w\\u00C0-\\u024F])(' + TOKEN + '(?:[ \\t]+' + TOKEN + '){0,2})', 'g'));
  const HANDLE_RE = /(^|[\s(>:,;])@[A-Za-z0-9_][A-Za-z0-9_.]{0,38}[A-Za-z0-9_]/g;
  const BEFORE_SET = lazyRe(() => BEFORE_NAME.map((w) => w.split(' ')));
  const AFTER_SET = new Set(AFTER_NAME.map((w) => w.split(' ')[0]));

  // Does `head` (the text before a capitalised word) end with a trigger
  // phrase, optionally followed by "," or ":"?
  function afterTrigger(head) {
    const words = head.toLowerCase().replace(/[ \t]*[,:]?[ \t]*$/, '').split(/[ \t\n]+/);
    if (!words.length) return false;
    return BEFORE_SET().some((phrase) => {
      if (phrase.length > words.length) return false;
      for (let i = 1; i <= phrase.length; i++) {
        const w = words[words.length - i];
        const p = phrase[phrase.length - i];
        // The first word of the phrase may end a longer token ("—by"), not be part of a word ("Hobby").
        if (i < phrase.length ? w !== p : !(w === p || (w.endsWith(p) && !/[\w\u00C0-\u024F]/.test(w.charAt(w.length - p.length - 1))))) return false;
      }
      return true;
    });
  }

  // "Jane Roe's avatar": the run ends in 's and an AFTER_NAME word follows.
  function beforeOwner(run, tail) {
    if (!/['\u2019]s$/.test(run)) return false;
    const m = /^[ \t]+([^\s,.;:!?]+)/.exec(tail);
    return !!m && AFTER_SET.has(m[1].toLowerCase());
  }

  // Words that are labels, not names, in the languages above (a set built
  // on first use: most pages never need it).
  let notNames = null;
  const NOT_NAMES_TEXT = (('i i\'m i’m im me my mine we our you your yours he she they it the a an and or of for to ' +
    'with in on at as from this that there here everyone all team guest anonymous unknown user users member ' +
    'members author account accounts profile profiles avatar avatars photo picture image icon menu open close ' +
    'settings options sign signed log logged login logout signin signout out view edit manage switch more ' +
    'button default new home help back welcome hi hey hello notifications messages inbox dashboard ' +
    'preferences page link toggle show hide expand ask chat write search send start try get ' +
    'ich mein meine mich wir du dein deine sie ihr der die das ein eine und oder von für mit im am als ' +
    'konto profil benutzer mitglied bild foto menü öffnen schließen einstellungen anmelden abmelden ' +
    'angemeldet hallo willkommen zurück alle je moi mon ma mes nous vous votre vos le la les un une et ou ' +
    'de du des pour avec en tant que compte utilisateur membre image ouvrir fermer paramètres connecter ' +
    'connexion déconnexion bonjour salut bienvenue yo mi mis nosotros tu tus su sus el los las uno una y o ' +
    'del para con como cuenta perfil usuario miembro imagen abrir cerrar configuración iniciar sesión ' +
    'hola bienvenido bienvenida todos'));
  const isNotName = (w) => (notNames || (notNames = new Set(NOT_NAMES_TEXT.split(' '))))
    .has(w.toLowerCase().replace(/[.,:;!?]+$/, ''));
  const hasCue = (s) => {
    const c = cues();
    return !!(c && c.hasCue && c.hasCue(s));
  };
  const isCueWord = (w) => {
    const c = cues();
    return !!(c && c.isCueWord && c.isCueWord(w));
  };

  // A run of capitalised words that names a person: not a label word, not
  // an AI product (one of its words is a cue word: "Gemini", "GPT").
  function nameRun(run) {
    const words = run.split(/[ \t]+/);
    return !words.some(isCueWord) && !isNotName(words[0]);
  }

  /** `value` with personal names masked where names typically sit. */
  function maskNames(value) {
    let v = String(value);
    if (!NAME_HINT.test(v)) return v;
    if (v.indexOf('@') !== -1) v = v.replace(HANDLE_RE, (m, pre) => (isCueWord(m.slice(pre.length)) ? m : pre + NAME));
    return v.replace(RUN_RE(), (m, pre, run, at, whole) => {
      const head = whole.slice(0, at + pre.length);
      const tail = whole.slice(at + m.length);
      // The run may begin with the trigger itself ("Welcome Back Ada"):
      // try each word of it as the name's first.
      if (beforeOwner(run, tail)) {
        const name = run.slice(0, -2);
        return nameRun(name) ? pre + NAME + run.slice(-2) : m;
      }
      const parts = run.split(/([ \t]+)/);
      for (let k = 0; k < parts.length; k += 2) {
        const lead = parts.slice(0, k).join('');
        if (afterTrigger(head + lead) && nameRun(parts.slice(k).join(''))) return pre + lead + NAME;
      }
      return m;
    });
  }

  // Avatar, profile, user, account, author, member: an element whose class
  // or id says it shows a person.
  const PERSONAL = /avatar|profile|user|account|author|member|byline|gravatar/i;
  function isPersonal(el) {
    const cls = dom.attr(el, 'class');
    const id = dom.attr(el, 'id');
    const testid = dom.attr(el, 'data-testid');
    return PERSONAL.test((cls || '') + ' ' + (id || '') + ' ' + (testid || ''));
  }

  // A label of a personal element (or short text in one): every word that is
  // not a label word is part of a name. Values with an AI cue stay whole.
  function maskPersonal(value) {
    const v = String(value);
    if (!v.trim() || v.length > 80 || hasCue(v)) return v;
    let masked = false;
    const out = v.replace(/[^\s]+(?:\s+[^\s]+)*/g, (text) => text.split(/(\s+)/).map((w) => {
      if (/^\s+$/.test(w) || !/[\p{L}]/u.test(w) || isNotName(w) || w.startsWith('[')) return w;
      masked = true;
      return NAME;
    }).join(''));
    // One marker for a whole name ("Ada Lovelace" -> [name], not [name] [name]).
    return masked ? out.replace(/\[name\](?:\s+\[name\])+/g, NAME) : v;
  }

  // Keep scheme, host and path; never credentials, ";" path parameters, the
  // query or the fragment, which carry search terms, session ids and tokens.
  // Opaque schemes keep only the scheme.
  function cleanUrl(value) {
    let v = String(value == null ? '' : value).trim();
    if (!v) return '';
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v);
    if (scheme && !/^(https?|wss?|ftp|chrome-extension|moz-extension)$/i.test(scheme[1])) {
      return scheme[1].toLowerCase() + ':';
    }
    const cut = v.search(/[?#;]/);
    if (cut !== -1) v = v.slice(0, cut);
    return v.replace(/^((?:[a-z][a-z0-9+.-]*:)?\/\/)[^/@]*@/i, '$1');
  }

  function cleanStyle(value) {
    return String(value).replace(/url\s*\([^)]*\)?/gi, 'none');
  }

  function isSecretInput(el) {
    if (dom.tag(el) !== 'INPUT') return false;
    const type = String(dom.attr(el, 'type') || '').toLowerCase();
    return type === 'hidden' || type === 'password';
  }

  function isEditable(el) {
    const ce = dom.attr(el, 'contenteditable');
    if (ce !== null && String(ce).toLowerCase() !== 'false') return true;
    return String(dom.attr(el, 'role') || '').toLowerCase() === 'textbox';
  }

  // Inside a draft: the element or an ancestor (across shadow roots) is editable.
  function inDraft(el) {
    for (let a = el; a; a = dom.composedParent(a)) if (isEditable(a)) return true;
    return false;
  }

  function keptAttributes(el, limits, personal) {
    const out = [];
    for (const name of dom.attributeNames(el)) {
      const lower = name.toLowerCase();
      if (DROP_ATTRS.has(lower)) continue;
      if (!KEEP_ATTRS.has(lower) && !lower.startsWith('aria-') && !lower.startsWith('data-')) continue;
      let value = String(dom.attr(el, name) || '');
      if (URL_ATTRS.has(lower) || (lower.startsWith('data-') && URLISH.test(value))) value = cleanUrl(value);
      else if (lower === 'style') value = cleanStyle(value);
      value = mask(value);
      if (NAME_ATTRS.has(lower)) value = personal ? maskPersonal(maskNames(value)) : maskNames(value);
      if (value.length > limits.maxAttr) value = value.slice(0, limits.maxAttr);
      out.push([lower, value]);
    }
    return out;
  }

  function cleanText(text, limits, personal) {
    let t = maskNames(mask(text.replace(/\s+/g, ' ')));
    if (personal) t = maskPersonal(t);
    return t.length > limits.maxText ? t.slice(0, limits.maxText) + '…' : t;
  }

  // A fresh copy of `node` in the inert document `doc` (no browsing
  // context: setting src there loads nothing), with kept attributes only.
  function shallowCopy(node, doc, limits, personal) {
    const ns = dom.get(node, 'namespaceURI');
    const name = dom.get(node, 'localName') || dom.tag(node).toLowerCase();
    let copy;
    try {
      copy = ns && ns !== 'http://www.w3.org/1999/xhtml' ? doc.createElementNS(ns, name) : doc.createElement(name);
    } catch (e) {
      copy = doc.createElement('span');
    }
    for (const [k, v] of keptAttributes(node, limits, personal)) {
      try { copy.setAttribute(k, v); } catch (e) { /* an unsettable name */ }
    }
    return copy;
  }

  // Clone `node` into `doc` with at most budget.left nodes; returns null for
  // what must not be sent at all. The original is read through dom.* (it may
  // be a clobbered form). `personal` > 0: inside an avatar, profile or
  // account element (that many levels of it), where labels and short text
  // are names.
  function cloneBounded(node, doc, budget, limits, withShadow, personal) {
    if (budget.left <= 0) return null;
    const type = dom.nodeType(node);
    if (type === 3) {
      budget.left--;
      return doc.createTextNode(cleanText(String(dom.get(node, 'data')), limits, personal > 0));
    }
    if (type !== 1) return null;
    const tag = dom.tag(node);
    if (SKIP_TAGS.has(tag) || isSecretInput(node)) return null;
    if (dom.attr(node, 'data-nofoobar-ui') !== null) return null; // our own label tags
    budget.left--;
    const mine = isPersonal(node) ? 2 : Math.max(0, (personal || 0) - 1);
    const copy = shallowCopy(node, doc, limits, mine > 0 || personal > 0);
    if (tag === 'TEXTAREA' || isEditable(node)) return copy; // drafts stay home
    const shadow = withShadow ? dom.shadowRoot(node) : null;
    if (shadow) {
      const tpl = doc.createElement('template');
      tpl.setAttribute('shadowrootmode', 'open');
      for (let c = shadow.firstChild; c; c = c.nextSibling) {
        const cc = cloneBounded(c, doc, budget, limits, withShadow, mine);
        if (cc) tpl.content.appendChild(cc);
      }
      copy.appendChild(tpl);
    }
    for (let c = dom.firstChild(node); c; c = dom.nextSibling(c)) {
      const cc = cloneBounded(c, doc, budget, limits, withShadow, mine);
      if (cc) copy.appendChild(cc);
    }
    return copy;
  }

  let inert = null;
  function inertDoc(el) {
    if (!inert) {
      const d = dom.get(el, 'ownerDocument');
      inert = dom.get(d, 'implementation').createHTMLDocument('');
    }
    return inert;
  }

  function truncateHtml(html, maxLength) {
    if (html.length <= maxLength) return html;
    let cut = html.slice(0, maxLength);
    // Do not end inside a tag: a half attribute could be half a secret-free
    // value, but a dangling "<div cla" only confuses the parser.
    const lt = cut.lastIndexOf('<');
    if (lt > cut.lastIndexOf('>')) cut = cut.slice(0, lt);
    return cut;
  }

  /** Sanitised outerHTML of `el`. */
  function snippetHtml(el, options) {
    const limits = Object.assign({}, LIMITS, options || {});
    if (inDraft(el)) return ''; // a draft in an editor is the user's, whole
    const doc = inertDoc(el);
    const budget = { left: limits.maxNodes };
    const copy = cloneBounded(el, doc, budget, limits, limits.withShadow !== false, 0);
    if (!copy) return '';
    return truncateHtml(copy.outerHTML, limits.maxLength);
  }

  return { LIMITS, cleanUrl, mask, maskNames, snippetHtml, truncateHtml, isEditable };
}));
