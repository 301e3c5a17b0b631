//# allFunctionsCalledOnLoad
/*
 * Where a candidate sits in its page, for the model: a link named "AI" in a
 * menu of ten links is navigation; the same word on a floating button is not.
 * Only booleans, short landmark names and a count leave the page: no text,
 * no ids, no classes.
 *
 *   landmarks       landmark ancestors, nearest first: nav, header, footer,
 *                   aside, article, main, form, dialog, search (their tags or
 *                   the same ARIA roles, named as the tags)
 *   inList          a list item or inside a list (li, ul, ol, menu, dl, and
 *                   the list and item roles: listitem, menuitem, tab, ...)
 *   inHeading       inside a heading (h1-h6, role=heading)
 *   inText          inside running text: a paragraph, a quote, a caption, or
 *                   a parent that has text of its own around it
 *   similarSiblings how many siblings share its tag and class shape (for a
 *                   lone link in a list item, the list item's siblings)
 *   pageCandidates  how many candidates its page has sent so far, this batch
 *                   included (content.js sets it when it sends them, and
 *                   starts again when the page's address changes)
 *
 * Line 1 is V8's compile hint: every function here is compiled as the file
 * loads, in one pass (extension/README.md: what it costs the page).
 */
(function (root, factory) {
  'use strict';
  const inNode = typeof module === 'object' && module.exports;
  const mod = factory(inNode ? require('./dom.js') : root.nofoobar.dom);
  root.nofoobar = Object.assign(root.nofoobar || {}, { context: mod });
  if (typeof module === 'object' && module.exports) module.exports = mod;
})(globalThis, (function (dom) {
  'use strict';

  const LANDMARK_TAGS = {
    NAV: 'nav', HEADER: 'header', FOOTER: 'footer', ASIDE: 'aside', ARTICLE: 'article', MAIN: 'main',
    FORM: 'form', DIALOG: 'dialog', SEARCH: 'search',
  };
  const LANDMARK_ROLES = {
    navigation: 'nav', banner: 'header', contentinfo: 'footer', complementary: 'aside', article: 'article',
    main: 'main', form: 'form', dialog: 'dialog', alertdialog: 'dialog', search: 'search',
  };
  const LIST_TAGS = new Set(['LI', 'DT', 'DD', 'UL', 'OL', 'MENU', 'DL']);
  const LIST_ROLES = new Set(['listitem', 'menuitem', 'tab', 'option', 'treeitem', 'list', 'menu', 'menubar',
    'tablist', 'listbox', 'tree']);
  const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
  const TEXT_TAGS = new Set(['P', 'BLOCKQUOTE', 'FIGCAPTION', 'Q', 'CITE']);
  const STOP = new Set(['BODY', 'HTML']);
  // How far up "in a list/heading/text" looks: a page wrapped in one big
  // <li> does not make every element on it a list item.
  const NEAR = 5;
  const MAX_DEPTH = 60;
  const MAX_LANDMARKS = 8;
  const MAX_SIBLINGS = 200;
  // Class names that say which item is active, not what kind of item it is.
  const STATE = /^(?:is-|has-)?(?:active|selected|current|open|first|last|odd|even|hover|focus)$/i;

  const role = (el) => String(dom.attr(el, 'role') || '').trim().toLowerCase().split(/\s+/)[0];

  /** tag + its classes without digits and state names: what "looks alike" means. */
  function shape(el) {
    const classes = String(dom.attr(el, 'class') || '').split(/\s+/)
      .filter((c) => c && !STATE.test(c)).map((c) => c.replace(/\d+/g, '')).sort();
    return dom.tag(el) + '.' + classes.join('.');
  }

  // The siblings loops below read up to MAX_SIBLINGS nodes of a parent
  // that may have hundreds (a feed's cards): through childNodes and one
  // read per node, not the three of dom.nextSibling/isElement/tag, each of
  // which first checks the node is no form. (A form's nodeType or tagName
  // can be one of its inputs, never a number or a string: such a node is
  // read through dom.tag.)
  function tagOf(n) {
    const t = n.tagName;
    return typeof t === 'string' && t !== 'FORM' && t !== 'form' ? t.toUpperCase() : dom.tag(n);
  }

  function ownText(el) {
    const kids = dom.get(el, 'childNodes');
    const end = Math.min(kids.length, MAX_SIBLINGS);
    let n = 0;
    for (let i = 0; i < end; i++) {
      const c = kids[i];
      if (c.nodeType === 3) n += String(c.data || '').replace(/\s+/g, '').length;
    }
    return n;
  }

  // The one element child of `el`, or null when it has none or several.
  function onlyChild(el) {
    let only = null;
    for (let c = dom.firstChild(el); c; c = dom.nextSibling(c)) {
      if (!dom.isElement(c)) continue;
      if (only) return null;
      only = c;
    }
    return only;
  }

  function similarSiblings(el) {
    // A menu link is usually the only child of its <li>: compare the items.
    let node = el;
    for (let i = 0; i < 3; i++) {
      const p = dom.parentElement(node);
      if (!p || STOP.has(dom.tag(p)) || onlyChild(p) !== node) break;
      node = p;
    }
    const parent = dom.parentElement(node);
    if (!parent) return 0;
    const mine = shape(node);
    const tag = dom.tag(node);
    const kids = dom.get(parent, 'childNodes');
    const end = Math.min(kids.length, MAX_SIBLINGS);
    let n = 0;
    // The tag first: a widget among a page's 300 cards does not split the
    // class names of each card.
    for (let i = 0; i < end; i++) {
      const c = kids[i];
      if (c === node) continue;
      const type = c.nodeType;
      // (A form's nodeType may be one of its inputs: dom.isElement knows.)
      if (type !== 1 && (type === 3 || type === 8 || !dom.isElement(c))) continue;
      if (tagOf(c) === tag && shape(c) === mine) n++;
    }
    return n;
  }

  /** The place fields of a candidate's context. */
  function placeOf(el) {
    const landmarks = [];
    // A list item sent whole (a menu link climbs to its <li>) is in a list too.
    let inList = LIST_TAGS.has(dom.tag(el)) || LIST_ROLES.has(role(el));
    let inHeading = false;
    let inText = false;
    let depth = 0;
    for (let a = dom.composedParent(el); a && depth < MAX_DEPTH; a = dom.composedParent(a), depth++) {
      if (!dom.isElement(a)) continue; // a shadow root on the way to its host
      const tag = dom.tag(a);
      if (STOP.has(tag)) break;
      const r = role(a);
      const mark = LANDMARK_ROLES[r] || LANDMARK_TAGS[tag];
      if (mark && landmarks.length < MAX_LANDMARKS && landmarks[landmarks.length - 1] !== mark) landmarks.push(mark);
      if (depth < NEAR) {
        inList = inList || LIST_TAGS.has(tag) || LIST_ROLES.has(r);
        inHeading = inHeading || HEADING_TAGS.has(tag) || r === 'heading';
        inText = inText || TEXT_TAGS.has(tag) || (depth === 0 && ownText(a) >= 40);
      }
    }
    return { landmarks, inList, inHeading, inText, similarSiblings: similarSiblings(el) };
  }

  /**
   * How many candidates a page has sent (`n`), as its snippets carry it
   * (`pageCandidates`): rounded down to 1, 2, 4, 8 or 16, so that it says
   * "one, a few or many" and nothing more about the page. A widget is one or
   * two of a page's candidates; a page about AI sends many.
   */
  function pageCandidates(n) {
    if (!(n >= 1)) return 0;
    let p = 1;
    while (p < 16 && p * 2 <= n) p *= 2;
    return p;
  }

  return { placeOf, pageCandidates };
}));
