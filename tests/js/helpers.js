// Shared set-up for the unit tests: a jsdom window per test, and the
// extension's lib modules loaded the way node loads them (module.exports).
'use strict';
const path = require('node:path');
const { JSDOM } = require('jsdom');

const LIB = path.resolve(__dirname, '../../extension/lib');

function lib(name) {
  return require(path.join(LIB, name + '.js'));
}

/** A window with `html` as its body; `pretendVisible` gives every element a box. */
function page(html, options) {
  const opts = options || {};
  const dom = new JSDOM('<!doctype html><html><head></head><body>' + html + '</body></html>', {
    url: opts.url || 'https://shop.example.com/cart?session=abc#top',
    pretendToBeVisual: true,
    runScripts: opts.runScripts ? 'dangerously' : undefined,
  });
  const win = dom.window;
  Object.defineProperty(win, 'innerWidth', { value: 1280, configurable: true });
  Object.defineProperty(win, 'innerHeight', { value: 720, configurable: true });
  return { window: win, document: win.document, $: (sel) => win.document.querySelector(sel) };
}

/**
 * Give `el` a layout box (jsdom has no layout: every rect is zero). Patched
 * on the prototype, since the extension calls prototype methods (lib/dom.js).
 */
const boxes = new WeakMap();
function setRect(el, left, top, width, height) {
  const proto = el.ownerDocument.defaultView.Element.prototype;
  if (!proto.getBoundingClientRect.patched) {
    const original = proto.getBoundingClientRect;
    proto.getBoundingClientRect = function () {
      return boxes.get(this) || original.call(this);
    };
    proto.getBoundingClientRect.patched = true;
  }
  boxes.set(el, { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top });
}

module.exports = { lib, page, setRect };
