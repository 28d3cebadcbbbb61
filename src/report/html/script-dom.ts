// Browser-side helpers of the HTML report: element builders that only ever set text (never markup),
// since every string in the report may come from telemetry, and the evidence formatter. Plain
// JavaScript kept in a string: the report is one file with no build step between it and the browser.
export const DOM_SCRIPT = String.raw`
var SVG_NS = 'http://www.w3.org/2000/svg';
var DAY = 86400000;
var WEEK = 7 * DAY;
var SEVERITIES = ['critical', 'high', 'medium', 'low'];
var SEVERITY_RANK = { critical: 4, high: 3, medium: 2, low: 1 };
var STATUSES = ['inactive', 'never-used', 'unknown', 'active'];
var STATUS_RANK = { inactive: 0, 'never-used': 1, unknown: 2, active: 3 };

function setAttrs(el, attrs) {
  if (!attrs) return;
  Object.keys(attrs).forEach(function (key) {
    var value = attrs[key];
    if (value === null || value === undefined || value === false) return;
    if (key === 'text') el.textContent = String(value);
    else if (key === 'onclick') el.addEventListener('click', value);
    else el.setAttribute(key, value === true ? '' : String(value));
  });
}

/** Appends children: nodes, text, and (nested) arrays of them; null and false are skipped. */
function append(el, children) {
  if (children === null || children === undefined || children === false) return el;
  if (Array.isArray(children)) {
    children.forEach(function (child) { append(el, child); });
    return el;
  }
  el.appendChild(typeof children === 'object' ? children : document.createTextNode(String(children)));
  return el;
}

/** An HTML element; text goes in as text, never as markup. */
function h(tag, attrs, children) {
  var el = document.createElement(tag);
  setAttrs(el, attrs);
  return append(el, children);
}

/** An SVG element. */
function svgEl(tag, attrs, children) {
  var el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  return append(el, children);
}

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

function dateOf(isoText) {
  return isoText ? isoText.slice(0, 10) : '';
}

function plural(n, word) {
  return n.toLocaleString('en-US') + ' ' + word + (n === 1 ? '' : 's');
}

function wholeDays(ms) {
  return Math.floor(ms / DAY);
}

function badge(kind, value, label) {
  return h('span', { class: 'badge ' + kind + '-' + value, text: label || value });
}

function compareText(a, b) {
  var x = (a || '').toLowerCase();
  var y = (b || '').toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Text in which backticks mark code, as rule messages and remediations write it. */
function richText(text) {
  return String(text).split('\x60').map(function (part, i) {
    return i % 2 === 1 ? h('code', { text: part }) : part;
  });
}

function locationText(location) {
  return location ? location.path + ':' + location.line : '';
}

/** Evidence as nested definition lists: keys as the rule wrote them, values as text. */
function evidenceView(value, depth) {
  if (value === null || value === undefined) return h('span', { class: 'muted', text: 'none' });
  if (typeof value !== 'object') return document.createTextNode(String(value));
  if (depth >= 3) return h('code', { text: JSON.stringify(value) });
  if (Array.isArray(value)) {
    if (value.length === 0) return h('span', { class: 'muted', text: 'none' });
    if (value.every(function (item) { return item === null || typeof item !== 'object'; })) {
      return document.createTextNode(value.map(String).join(', '));
    }
    return h('ol', { class: 'evidence-list' }, value.map(function (item) {
      return h('li', null, evidenceView(item, depth + 1));
    }));
  }
  var keys = Object.keys(value);
  if (keys.length === 0) return h('span', { class: 'muted', text: 'none' });
  var list = h('dl', { class: 'evidence' });
  keys.forEach(function (key) {
    list.appendChild(h('dt', { text: key }));
    list.appendChild(h('dd', null, evidenceView(value[key], depth + 1)));
  });
  return list;
}
`;
