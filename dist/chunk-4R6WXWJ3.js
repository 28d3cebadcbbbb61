import { createRequire as __lsCreateRequire } from 'node:module'; const require = __lsCreateRequire(import.meta.url);
import"./chunk-NNUA3UWI.js";import{createHash}from"node:crypto";var APP_SCRIPT=String.raw`
var PAGE_SIZE = 100;
// Marks for anyone timing the report (the scale test does): from reading the data to the first rows.
performance.mark('lastseen:start');
var data = JSON.parse(document.getElementById('lastseen-data').textContent);
var now = Date.parse(data.now);

var subjectById = new Map();
var findingsBySubject = new Map();
data.subjects.forEach(function (subject) {
  subjectById.set(subject.id, subject);
  findingsBySubject.set(subject.id, []);
});
data.findings.forEach(function (finding) {
  var list = findingsBySubject.get(finding.subject);
  if (list) list.push(finding);
});

var subjectRows = data.subjects.map(function (subject, index) {
  var findings = findingsBySubject.get(subject.id);
  return {
    key: subject.id, subject: subject, findings: findings, index: index,
    lastUse: subject.lastMeaningfulUse ? Date.parse(subject.lastMeaningfulUse) : -Infinity,
    search: null,
  };
});
var findingRows = data.findings.map(function (finding, index) {
  return {
    key: String(index), finding: finding, subject: subjectById.get(finding.subject) || null, index: index,
    search: null,
  };
});

/** What the text filter searches, built on first use: opening a large report should not wait for it. */
function searchText(row) {
  if (row.search === null) {
    var parts = row.subject && !row.finding
      ? [row.subject.id, row.subject.kind, row.subject.platform, row.subject.owner].concat(row.subject.principals, row.subject.aliases,
        row.findings.map(function (f) { return f.rule + ' ' + f.message; }))
      : [row.finding.rule, row.finding.subject, row.finding.credential, row.finding.message, row.finding.remediation, locationText(row.finding.location)];
    row.search = parts.join('\n').toLowerCase();
  }
  return row.search;
}

/** The findings a subject row counts (suppressed ones only when shown), and the most severe of them. */
function countFindings(row) {
  row.shown = row.findings.filter(function (f) { return state.suppressed || !f.suppressed; });
  row.worst = row.shown.reduce(function (max, f) { return Math.max(max, SEVERITY_RANK[f.severity] || 0); }, 0);
}

var VIEWS = {
  subjects: {
    rows: subjectRows, noun: 'subject',
    columns: [
      { key: 'id', label: 'Subject', compare: function (a, b) { return compareText(a.subject.id, b.subject.id); } },
      { key: 'status', label: 'Status', compare: function (a, b) { return STATUS_RANK[a.subject.status] - STATUS_RANK[b.subject.status]; } },
      { key: 'kind', label: 'Kind', compare: function (a, b) { return compareText(a.subject.kind, b.subject.kind); } },
      { key: 'owner', label: 'Owner', compare: function (a, b) { return compareText(a.subject.owner, b.subject.owner); } },
      { key: 'lastUse', label: 'Last meaningful use', compare: function (a, b) { return a.lastUse === b.lastUse ? 0 : a.lastUse < b.lastUse ? -1 : 1; } },
      { key: 'findings', label: 'Findings', compare: function (a, b) { return a.worst - b.worst || a.shown.length - b.shown.length; } },
      { key: 'activity', label: 'Last 26 weeks' },
    ],
    matches: function (row, text) {
      if (state.status && row.subject.status !== state.status) return false;
      countFindings(row);
      var findings = row.shown;
      if (state.severity && !findings.some(function (f) { return f.severity === state.severity; })) return false;
      if (state.rule && !findings.some(function (f) { return f.rule === state.rule; })) return false;
      return !text || searchText(row).indexOf(text) >= 0;
    },
    cells: subjectCells, detail: subjectDetail,
  },
  findings: {
    rows: findingRows, noun: 'finding',
    columns: [
      { key: 'severity', label: 'Severity', compare: function (a, b) { return SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity]; } },
      { key: 'rule', label: 'Rule', compare: function (a, b) { return compareText(a.finding.rule, b.finding.rule); } },
      { key: 'subject', label: 'Subject', compare: function (a, b) { return compareText(a.finding.subject, b.finding.subject); } },
      { key: 'credential', label: 'Credential', compare: function (a, b) { return compareText(a.finding.credential, b.finding.credential); } },
      { key: 'message', label: 'Finding' },
      { key: 'location', label: 'Declared at', compare: function (a, b) { return compareText(locationText(a.finding.location), locationText(b.finding.location)) || ((a.finding.location || {}).line || 0) - ((b.finding.location || {}).line || 0); } },
    ],
    matches: function (row, text) {
      var f = row.finding;
      if (!state.suppressed && f.suppressed) return false;
      if (state.status && (!row.subject || row.subject.status !== state.status)) return false;
      if (state.severity && f.severity !== state.severity) return false;
      if (state.rule && f.rule !== state.rule) return false;
      return !text || searchText(row).indexOf(text) >= 0;
    },
    cells: findingCells, detail: findingDetail,
  },
};

var state = {
  tab: 'subjects', status: '', severity: '', rule: '', text: '', suppressed: false,
  sort: { subjects: { key: 'findings', dir: -1 }, findings: { key: 'severity', dir: -1 } },
  page: { subjects: 0, findings: 0 },
  open: { subjects: new Set(), findings: new Set() },
};

function visibleRows(name) {
  return sortRows(name, filterRows(name));
}

function filterRows(name) {
  var view = VIEWS[name];
  var text = state.text.trim().toLowerCase();
  return view.rows.filter(function (row) { return view.matches(row, text); });
}

function sortRows(name, rows) {
  var view = VIEWS[name];
  var sort = state.sort[name];
  var column = view.columns.find(function (c) { return c.key === sort.key; });
  rows.sort(function (a, b) { return sort.dir * column.compare(a, b) || a.index - b.index; });
  return rows;
}

function subjectCells(row, toggle) {
  var s = row.subject;
  var findings = row.shown;
  var top = row.worst;
  return [
    h('th', { scope: 'row' }, [toggle(s.id), s.declared ? null : h('span', { class: 'tag', text: 'undeclared' })]),
    h('td', null, badge('status', s.status)),
    h('td', { text: [s.kind, s.platform].filter(Boolean).join(' · ') }),
    h('td', null, s.owner ? s.owner : h('span', { class: 'muted', text: 'no owner' })),
    h('td', null, s.lastMeaningfulUse ? h('time', { datetime: s.lastMeaningfulUse, text: dateOf(s.lastMeaningfulUse) })
      : h('span', { class: 'muted', text: s.neverUsed === true ? 'never' : 'unknown' })),
    h('td', null, findings.length ? [badge('severity', SEVERITIES[4 - top]), ' ' + findings.length] : h('span', { class: 'muted', text: 'none' })),
    h('td', null, miniTimeline(s)),
  ];
}

function findingCells(row, toggle) {
  var f = row.finding;
  return [
    h('td', null, badge('severity', f.severity)),
    h('th', { scope: 'row', class: 'nowrap' }, toggle(f.rule)),
    h('td', null, row.subject ? h('button', { type: 'button', class: 'link', text: f.subject, onclick: function () { showSubject(f.subject); } }) : f.subject),
    h('td', null, f.credential ? h('code', { text: f.credential }) : null),
    h('td', { class: 'message' }, [richText(f.message), f.blocking ? h('span', { class: 'tag blocking', text: 'blocking' }) : null,
      f.suppressed ? h('span', { class: 'tag', text: 'suppressed' }) : null]),
    h('td', null, f.location ? h('code', { text: locationText(f.location) }) : null),
  ];
}

function findingBlock(f, headingLevel) {
  return h('article', { class: 'finding sev-border-' + f.severity }, [
    h('h' + headingLevel, null, [badge('severity', f.severity), ' ', h('code', { text: f.rule }),
      f.credential ? [' · ', h('code', { text: f.credential })] : null,
      f.blocking ? h('span', { class: 'tag blocking', text: 'blocking' }) : null,
      f.suppressed ? h('span', { class: 'tag', text: 'suppressed' }) : null]),
    h('p', null, richText(f.message)),
    h('p', null, [h('strong', { text: 'Remediation: ' }), richText(f.remediation)]),
    f.location ? h('p', null, [h('strong', { text: 'Declared at: ' }), h('code', { text: locationText(f.location) })]) : null,
    h('details', { class: 'evidence' }, [h('summary', { text: 'Evidence' }), evidenceView(f.evidence, 0)]),
  ]);
}

function subjectDetail(row, id) {
  var s = row.subject;
  var credentials = s.credentials.length ? h('table', { class: 'plain' }, [
    h('caption', { text: 'Credentials' }),
    h('thead', null, h('tr', null, ['Credential', 'State', 'Created', 'Rotated', 'Expires', 'Last meaningful use'].map(function (label) {
      return h('th', { scope: 'col', text: label });
    }))),
    h('tbody', null, s.credentials.map(function (c) {
      return h('tr', null, [h('th', { scope: 'row' }, h('code', { text: c.id })), h('td', { text: c.state || (c.active ? 'active' : 'inactive') }),
        h('td', { text: dateOf(c.createdAt) }), h('td', { text: dateOf(c.rotatedAt) }), h('td', { text: dateOf(c.expiresAt) || 'never' }),
        h('td', { text: c.lastMeaningfulUse ? dateOf(c.lastMeaningfulUse) : c.neverUsed === true ? 'never' : 'unknown' })]);
    })),
  ]) : null;
  return [
    h('dl', { class: 'meta' }, [
      h('dt', { text: 'Principals' }), h('dd', null, s.principals.length ? s.principals.map(function (p) { return h('code', { text: p }); }) : 'none'),
      s.aliases.length ? [h('dt', { text: 'Aliases' }), h('dd', null, s.aliases.map(function (p) { return h('code', { text: p }); }))] : null,
      h('dt', { text: 'Declared at' }), h('dd', null, s.location ? h('code', { text: locationText(s.location) }) : 'not declared'),
      h('dt', { text: 'Events' }), h('dd', { text: s.events.toLocaleString('en-US') + ' (' + s.meaningfulEvents.toLocaleString('en-US') + ' meaningful)' }),
      h('dt', { text: 'Evidence from' }), h('dd', { text: s.coverage.sources.join(', ') || 'no source' }),
    ]),
    timelineFigure(s, now, id),
    credentials,
    h('h3', { text: row.findings.length ? 'Findings (' + row.findings.length + ')' : 'No findings' }),
    row.findings.map(function (f) { return findingBlock(f, 4); }),
  ];
}

function findingDetail(row) {
  return findingBlock(row.finding, 3);
}
`;var DOM_SCRIPT=String.raw`
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
`;var TIMELINE_SCRIPT=String.raw`
var CELL_TOP = 34;
var CELL_HEIGHT = 18;
var MARGIN_RIGHT = 120;

function usageLevel(days) {
  return days >= 6 ? 4 : days >= 4 ? 3 : days >= 2 ? 2 : 1;
}

function weekText(week, days) {
  if (days === null) return 'Week of ' + week + ': no source could observe use';
  if (days === 0) return 'Week of ' + week + ': observed, no meaningful use';
  return 'Week of ' + week + ': meaningful use on ' + plural(days, 'day');
}

/** The credential events to draw: creation, rotation and expiry, with their kind. */
function credentialMarks(subject) {
  var marks = [];
  subject.credentials.forEach(function (credential) {
    if (credential.createdAt) marks.push({ kind: 'created', at: credential.createdAt, credential: credential.id });
    if (credential.rotatedAt) marks.push({ kind: 'rotated', at: credential.rotatedAt, credential: credential.id });
    if (credential.expiresAt) marks.push({ kind: 'expires', at: credential.expiresAt, credential: credential.id });
  });
  return marks;
}

function markShape(kind, cx, cy, attrs, title) {
  var a = Object.assign({ class: 'mark ' + kind }, attrs);
  var children = title ? svgEl('title', { text: title }) : null;
  if (kind === 'expires') {
    a.d = 'M' + (cx - 4) + ' ' + (cy - 4) + 'l8 8m0 -8l-8 8';
    return svgEl('path', a, children);
  }
  if (kind === 'login') {
    a.d = 'M' + cx + ' ' + (cy - 5) + 'l5 5l-5 5l-5 -5z';
    return svgEl('path', a, children);
  }
  a.cx = cx;
  a.cy = cy;
  a.r = 3.5;
  return svgEl('circle', a, children);
}

/** The full timeline of one subject, as a figure with its facts. */
function timelineFigure(subject, now, id) {
  var t = subject.timeline;
  if (!t) return h('p', { class: 'muted', text: 'This report has no timeline for ' + subject.id + '.' });
  var from = Date.parse(t.from);
  var count = t.weeks.length;
  // Two years fit 11-pixel cells in a page's width; a short window gets wider cells, not a small picture.
  var step = Math.max(11, Math.min(30, Math.floor(1040 / count)));
  var cell = step - 2;
  var end = count * step;
  var width = end + MARGIN_RIGHT;
  var x = function (ms) { return ((ms - from) / WEEK) * step; };
  var inRange = function (ms) { return ms >= from && ms <= now; };
  var svg = svgEl('svg', {
    class: 'timeline', viewBox: '0 0 ' + width + ' 100', width: width, height: 100,
    role: 'img', 'aria-labelledby': id + '-caption', 'aria-describedby': id + '-facts',
    'data-from': t.from, 'data-weeks': count,
  });

  var gapLayer = svgEl('g', { class: 'gaps' });
  svg.appendChild(gapLayer);
  t.weeks.forEach(function (days, i) {
    var week = isoDay(from + i * WEEK);
    var kind = days === null ? 'unobserved' : days === 0 ? 'idle' : 'used l' + usageLevel(days);
    svg.appendChild(svgEl('rect', {
      class: 'week ' + kind, x: i * step, y: CELL_TOP, width: cell, height: CELL_HEIGHT, rx: 2,
      'data-week': week, 'data-days': days === null ? 'none' : days,
    }, svgEl('title', { text: weekText(week, days) })));
  });

  t.gaps.forEach(function (gap) {
    var a = Math.max(0, x(Date.parse(gap.from)));
    var b = Math.min(end, x(Date.parse(gap.to)));
    if (b <= 0 || a >= end) return;
    var g = svgEl('g', { class: 'gap', 'data-from': gap.from, 'data-to': gap.to, 'data-days': gap.days });
    g.appendChild(svgEl('rect', { class: 'gap-band', x: a, y: CELL_TOP - 3, width: b - a, height: CELL_HEIGHT + 6 }));
    g.appendChild(svgEl('path', { class: 'gap-line', d: 'M' + a + ' 22v-6H' + b + 'v6' }));
    g.appendChild(svgEl('text', {
      class: 'gap-label', x: (a + b) / 2, y: 11, 'text-anchor': 'middle', text: 'dormant ' + gap.days + ' days',
    }));
    g.appendChild(svgEl('title', { text: 'No meaningful use from ' + dateOf(gap.from) + ' to ' + dateOf(gap.to) + ' (' + gap.days + ' days)' }));
    gapLayer.appendChild(g);
  });

  if (t.lastLogin && inRange(Date.parse(t.lastLogin))) {
    svg.appendChild(markShape('login', x(Date.parse(t.lastLogin)), 27, { 'data-at': t.lastLogin },
      'Last login ' + dateOf(t.lastLogin) + ': evidence of life, not of use'));
  }

  var threshold = now - t.thresholdDays * DAY;
  if (threshold > from) {
    svg.appendChild(svgEl('path', { class: 'threshold', d: 'M' + x(threshold) + ' ' + (CELL_TOP - 4) + 'V68', 'data-at': new Date(threshold).toISOString() }));
    svg.appendChild(svgEl('text', { class: 'label', x: x(threshold) - 2, y: 78, 'text-anchor': 'end', text: t.thresholdDays + 'd threshold' }));
  }
  svg.appendChild(svgEl('path', { class: 'now', d: 'M' + x(now) + ' ' + (CELL_TOP - 4) + 'V68' }));
  svg.appendChild(svgEl('text', { class: 'label', x: x(now) + 2, y: 78, text: 'now' }));

  var future = [];
  credentialMarks(subject).forEach(function (mark) {
    var at = Date.parse(mark.at);
    var text = mark.credential + (mark.kind === 'expires' ? (at > now ? ' expires ' : ' expired ') : ' ' + mark.kind + ' ') + dateOf(mark.at);
    if (mark.kind === 'expires' && at > now) return future.push({ at: at, text: text, mark: mark });
    if (!inRange(at)) return;
    svg.appendChild(markShape(mark.kind, x(at), 61, { 'data-at': mark.at, 'data-credential': mark.credential }, text));
  });
  future.sort(function (a, b) { return a.at - b.at; });
  if (future.length) {
    var first = future[0];
    svg.appendChild(markShape('expires', end + 14, 61, { 'data-at': first.mark.at, 'data-credential': first.mark.credential },
      future.map(function (f) { return f.text; }).join('; ')));
    svg.appendChild(svgEl('text', { class: 'label', x: end + 22, y: 64, text: 'expires ' + dateOf(first.mark.at) }));
  }

  var labelEnd = -1;
  for (var i = 0; i < count; i++) {
    // The week that holds the 1st of a month is labelled with that month: its Sunday is the 1st to the 7th.
    var month = new Date(from + i * WEEK + 6 * DAY);
    if (month.getUTCDate() > 7 && i !== 0) continue;
    var label = month.getUTCMonth() === 0 || i === 0
      ? String(month.getUTCFullYear()) + (month.getUTCMonth() === 0 ? '' : '-' + String(month.getUTCMonth() + 1).padStart(2, '0'))
      : month.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
    if (i * step < labelEnd) continue;
    labelEnd = i * step + label.length * 6 + 6;
    svg.appendChild(svgEl('text', { class: 'axis', x: i * step, y: 94, text: label }));
  }

  return h('figure', { class: 'timeline' }, [
    h('figcaption', { id: id + '-caption', text: 'Meaningful use per week of ' + subject.id + ', ' + dateOf(t.from) + ' to ' + dateOf(data.now) }),
    h('div', { class: 'timeline-scroll' }, svg),
    legend(),
    timelineFacts(subject, now, id),
  ]);
}

function swatch(kind) {
  var svg = svgEl('svg', { width: 14, height: 14, viewBox: '0 0 14 14', 'aria-hidden': 'true', focusable: 'false' });
  if (kind.indexOf('week') === 0) svg.appendChild(svgEl('rect', { class: kind, x: 2, y: 2, width: 10, height: 10, rx: 2 }));
  else if (kind === 'threshold') svg.appendChild(svgEl('path', { class: 'threshold', d: 'M7 0V14' }));
  else if (kind === 'gap') svg.appendChild(svgEl('rect', { class: 'gap-band', x: 0, y: 2, width: 14, height: 10 }));
  else svg.appendChild(markShape(kind, 7, 7, {}));
  return svg;
}

function legend() {
  var items = [
    ['week used l3', 'meaningful use (darker: more days)'], ['week idle', 'observed, no use'],
    ['week unobserved', 'no source could observe'], ['login', 'last login'], ['threshold', 'inactivity threshold'],
    ['gap', 'dormant gap'], ['created', 'credential created'], ['rotated', 'rotated'], ['expires', 'expiry'],
  ];
  return h('ul', { class: 'legend', 'aria-label': 'Legend' }, items.map(function (item) {
    return h('li', null, [swatch(item[0]), item[1]]);
  }));
}

function timelineFacts(subject, now, id) {
  var t = subject.timeline;
  var facts = [];
  if (subject.lastMeaningfulUse) {
    var last = Date.parse(subject.lastMeaningfulUse);
    facts.push(['Last meaningful use: ', h('strong', { text: dateOf(subject.lastMeaningfulUse) }),
      ' (' + plural(wholeDays(now - last), 'day') + ' before ' + dateOf(data.now) + ')' +
      (last < Date.parse(t.from) ? ', before this timeline starts.' : '.')]);
  } else {
    facts.push([subject.neverUsed === true ? 'Never used, as far as the evidence reaches.' : 'Last meaningful use: not known.']);
  }
  facts.push(['Inactive after ', h('strong', { text: plural(t.thresholdDays, 'day') }), ' without meaningful use (the dashed line; status ', badge('status', subject.status), ').']);
  facts.push(t.gaps.length
    ? ['Dormant gaps of at least ' + plural(t.reactivationGapDays, 'day') + ' (the reactivation gap): ',
       t.gaps.map(function (gap) { return dateOf(gap.from) + ' → ' + dateOf(gap.to) + ' (' + plural(gap.days, 'day') + ')'; }).join('; '), '.']
    : ['No dormant gap of ' + plural(t.reactivationGapDays, 'day') + ' (the reactivation gap) between two uses.']);
  facts.push([t.lastLogin
    ? plural(t.logins, 'login') + ' seen, the last on ' + dateOf(t.lastLogin) + '. Logins are evidence of life, not use, and are not kept per week: only the last is drawn.'
    : 'No login seen.']);
  var window = subject.coverage.window;
  facts.push(['Weeks drawn empty had no source that could observe use' +
    (window.from && window.to ? ' (coverage ' + dateOf(window.from) + ' → ' + dateOf(window.to) + ').' : ' (no coverage).')]);
  return h('ul', { class: 'facts', id: id + '-facts' }, facts.map(function (fact) { return h('li', null, fact); }));
}

/** The last 26 weeks as a small bar drawing for the table. */
function miniTimeline(subject) {
  var weeks = subject.timeline ? subject.timeline.weeks.slice(-26) : subject.weeks || [];
  var from = subject.timeline ? Date.parse(subject.timeline.from) + (subject.timeline.weeks.length - weeks.length) * WEEK : null;
  var used = 0;
  var lastUsed = -1;
  var observed = 0;
  var svg = svgEl('svg', { class: 'mini', width: weeks.length * 4, height: 16, viewBox: '0 0 ' + weeks.length * 4 + ' 16', role: 'img' });
  weeks.forEach(function (days, i) {
    if (days === null) return;
    observed++;
    if (days === 0) return svg.appendChild(svgEl('rect', { class: 'week idle', x: i * 4, y: 14, width: 3, height: 2 }));
    used++;
    lastUsed = i;
    var height = 4 + usageLevel(days) * 3;
    svg.appendChild(svgEl('rect', { class: 'week used l' + usageLevel(days), x: i * 4, y: 16 - height, width: 3, height: height }));
  });
  var label = observed === 0
    ? 'Last 26 weeks: no source could observe use'
    : 'Last 26 weeks: meaningful use in ' + plural(used, 'week') +
      (lastUsed >= 0 && from !== null ? ', the last in the week of ' + isoDay(from + lastUsed * WEEK) : '');
  svg.setAttribute('aria-label', label);
  return svg;
}
`;var VIEW_SCRIPT=String.raw`
function byId(id) {
  return document.getElementById(id);
}


var suppressedCount = findingRows.filter(function (row) { return row.finding.suppressed; }).length;

function totalCount(name) {
  return name === 'findings' && !state.suppressed ? findingRows.length - suppressedCount : VIEWS[name].rows.length;
}

function render(focus) {
  var matching = { subjects: filterRows('subjects'), findings: filterRows('findings') };
  ['subjects', 'findings'].forEach(function (name) {
    var selected = state.tab === name;
    var tab = byId('tab-' + name);
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    byId('panel-' + name).hidden = !selected;
    var total = totalCount(name);
    var count = matching[name].length;
    var label = name === 'subjects' ? 'Subjects' : 'Findings';
    tab.textContent = label + ' (' + (count === total ? total.toLocaleString('en-US') : count.toLocaleString('en-US') + ' of ' + total.toLocaleString('en-US')) + ')';
  });
  renderPanel(state.tab, sortRows(state.tab, matching[state.tab]));
  if (focus) {
    var target = document.querySelector(focus);
    if (target) target.focus();
  }
}

function renderPanel(name, rows) {
  var view = VIEWS[name];
  var pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  var page = Math.min(state.page[name], pages - 1);
  state.page[name] = page;
  var first = page * PAGE_SIZE;
  var shown = rows.slice(first, first + PAGE_SIZE);
  var sort = state.sort[name];
  var total = totalCount(name);
  byId('result-count').textContent = rows.length === total
    ? plural(total, view.noun) + '.'
    : rows.length.toLocaleString('en-US') + ' of ' + plural(total, view.noun) + ' match the filters.';

  var tbody = h('tbody');
  shown.forEach(function (row) { appendRow(tbody, name, row); });
  var head = h('tr', null, view.columns.map(function (column) {
    if (!column.compare) return h('th', { scope: 'col', 'data-key': column.key, text: column.label });
    var direction = column.key === sort.key ? (sort.dir > 0 ? 'ascending' : 'descending') : null;
    return h('th', { scope: 'col', 'data-key': column.key, 'aria-sort': direction }, h('button', {
      type: 'button', class: 'sort',
      onclick: function () { sortBy(name, column.key); },
    }, [column.label, icon()]));
  }));
  var table = h('table', { class: 'data', id: name + '-table' }, [
    h('caption', { class: 'visually-hidden', text: (name === 'subjects' ? 'Subjects' : 'Findings') + ', page ' + (page + 1) + ' of ' + pages + '. Column headers sort.' }),
    h('thead', null, head),
    tbody,
  ]);
  var body = rows.length ? [table, pager(name, page, pages, first, shown.length, rows.length)]
    : [h('p', { class: 'empty', text: 'No ' + view.noun + 's match these filters.' })];
  var panel = byId('panel-' + name);
  panel.replaceChildren.apply(panel, body);
}

/** A sort or disclosure arrow, drawn by CSS from the button's state and hidden from screen readers. */
function icon() {
  return h('span', { class: 'icon', 'aria-hidden': 'true' });
}

function appendRow(tbody, name, row) {
  var view = VIEWS[name];
  var detailId = name + '-detail-' + row.index;
  var open = state.open[name].has(row.key);
  var toggle = function (label) {
    return h('button', {
      type: 'button', class: 'disclosure', 'aria-expanded': String(open), 'aria-controls': open ? detailId : null,
      'data-key': row.key,
      onclick: function (event) { toggleRow(name, row, event.currentTarget); },
    }, [icon(), label]);
  };
  var tr = h('tr', { 'data-key': row.key }, view.cells(row, toggle));
  tbody.appendChild(tr);
  if (open) tbody.appendChild(detailRow(name, row, detailId));
}

function detailRow(name, row, detailId) {
  var view = VIEWS[name];
  return h('tr', { class: 'detail', id: detailId, 'data-key': row.key },
    h('td', { colspan: view.columns.length }, view.detail(row, detailId)));
}

function toggleRow(name, row, button) {
  var tr = button.closest('tr');
  var detailId = name + '-detail-' + row.index;
  if (state.open[name].has(row.key)) {
    state.open[name].delete(row.key);
    var detail = byId(detailId);
    if (detail) detail.remove();
    button.setAttribute('aria-expanded', 'false');
    button.removeAttribute('aria-controls');
  } else {
    state.open[name].add(row.key);
    tr.after(detailRow(name, row, detailId));
    button.setAttribute('aria-expanded', 'true');
    button.setAttribute('aria-controls', detailId);
  }
}

function pager(name, page, pages, first, count, total) {
  var go = function (to) {
    return function () {
      state.page[name] = to;
      render('#' + name + '-pager button.' + (to > page ? 'next' : 'previous'));
    };
  };
  return h('nav', { class: 'pager', id: name + '-pager', 'aria-label': (name === 'subjects' ? 'Subject' : 'Finding') + ' pages' }, [
    h('button', { type: 'button', class: 'previous', text: 'Previous', disabled: page === 0, onclick: go(page - 1) }),
    h('span', { text: 'Rows ' + (first + 1).toLocaleString('en-US') + '–' + (first + count).toLocaleString('en-US') + ' of ' + total.toLocaleString('en-US') + ' · page ' + (page + 1) + ' of ' + pages }),
    h('button', { type: 'button', class: 'next', text: 'Next', disabled: page >= pages - 1, onclick: go(page + 1) }),
  ]);
}

function sortBy(name, key) {
  var sort = state.sort[name];
  if (sort.key === key) sort.dir = -sort.dir;
  else state.sort[name] = { key: key, dir: key === 'findings' || key === 'severity' || key === 'lastUse' ? -1 : 1 };
  state.page[name] = 0;
  render('#' + name + '-table th[data-key="' + key + '"] button');
}

function setFilter(key, value) {
  state[key] = value;
  state.page.subjects = 0;
  state.page.findings = 0;
  render();
}

/** Opens one subject in the subjects table, on whatever page it falls, with the filters cleared. */
function showSubject(id) {
  clearFilters();
  state.tab = 'subjects';
  var rows = visibleRows('subjects');
  var index = rows.findIndex(function (row) { return row.key === id; });
  if (index < 0) return;
  state.page.subjects = Math.floor(index / PAGE_SIZE);
  state.open.subjects.add(id);
  render();
  var button = Array.prototype.find.call(document.querySelectorAll('#subjects-table button.disclosure'), function (b) {
    return b.getAttribute('data-key') === id;
  });
  if (button) {
    button.focus();
    button.scrollIntoView({ block: 'start' });
  }
}

function clearFilters() {
  state.status = state.severity = state.rule = state.text = '';
  state.suppressed = false;
  byId('filter-status').value = '';
  byId('filter-severity').value = '';
  byId('filter-rule').value = '';
  byId('filter-text').value = '';
  byId('filter-suppressed').checked = false;
  state.page.subjects = 0;
  state.page.findings = 0;
}

function start() {
  ['status', 'severity', 'rule'].forEach(function (key) {
    byId('filter-' + key).addEventListener('change', function (event) { setFilter(key, event.target.value); });
  });
  var timer = 0;
  byId('filter-text').addEventListener('input', function (event) {
    clearTimeout(timer);
    var value = event.target.value;
    timer = setTimeout(function () { setFilter('text', value); }, 120);
  });
  byId('filter-suppressed').addEventListener('change', function (event) { setFilter('suppressed', event.target.checked); });
  byId('filter-clear').addEventListener('click', function () { clearFilters(); render(); });
  byId('filters').addEventListener('submit', function (event) { event.preventDefault(); });
  ['subjects', 'findings'].forEach(function (name, i, names) {
    var tab = byId('tab-' + name);
    tab.addEventListener('click', function () { state.tab = name; render(); });
    tab.addEventListener('keydown', function (event) {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      state.tab = names[(i + 1) % names.length];
      render('#tab-' + state.tab);
    });
  });
  document.body.classList.add('ready');
  render();
  performance.mark('lastseen:ready');
}

start();
`;var STYLE=`
:root { --fg: #1f2328; --muted: #4b5563; --border: #d0d7de; --panel: #f6f8fa; --accent: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: #fff;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12.5px; }
header.page, main, footer { max-width: 1320px; margin: 0 auto; padding: 0 24px; }
header.page { padding-top: 18px; }
h1 { font-size: 22px; margin: 0 0 2px; }
h2 { font-size: 17px; margin: 28px 0 10px; }
h3 { font-size: 14px; margin: 16px 0 8px; }
h4 { font-size: 13px; margin: 0 0 6px; }
p { margin: 6px 0; }
.muted { color: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.verdict { font-size: 15px; font-weight: 600; margin: 14px 0; padding: 8px 12px; border-radius: 6px; border-left: 4px solid; }
.verdict.blocking { background: #fee2e2; border-color: #b91c1c; color: #7f1d1d; }
.verdict.clear { background: #dcfce7; border-color: #15803d; color: #14532d; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--border); border-radius: 8px; padding: 10px 14px; background: var(--panel); }
.card h3 { margin: 0; font-size: 13px; color: var(--muted); font-weight: 600; }
.card .big { font-size: 26px; font-weight: 650; margin: 2px 0 6px; }
.card ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 6px; }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.severity-critical { color: #7f1d1d; background: #fecaca; }
.severity-high { color: #7c2d12; background: #fed7aa; }
.severity-medium { color: #713f12; background: #fef08a; }
.severity-low { color: #1e3a8a; background: #dbeafe; }
.status-active { color: #14532d; background: #dcfce7; }
.status-inactive { color: #7c2d12; background: #ffedd5; }
.status-never-used { color: #581c87; background: #f3e8ff; }
.status-unknown { color: #1f2937; background: #e5e7eb; }
.tag { display: inline-block; margin-left: 6px; padding: 0 6px; border: 1px solid var(--border); border-radius: 4px; font-size: 11.5px; color: var(--muted); background: #fff; }
.tag.blocking { color: #7f1d1d; border-color: #fca5a5; }
table { border-collapse: collapse; }
table.data { width: 100%; }
table.data th, table.data td, table.plain th, table.plain td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--border); vertical-align: top; }
table.data thead th { position: sticky; top: 0; background: #fff; z-index: 1; box-shadow: 0 1px 0 var(--border); white-space: nowrap; }
table.data tbody th { font-weight: normal; }
table.plain caption, table.data caption { text-align: left; font-weight: 600; padding: 4px 0; }
td.message { max-width: 560px; }
.nowrap, .nowrap button { white-space: nowrap; word-break: normal; }
button { font: inherit; }
button.sort, button.disclosure, button.link { background: none; border: 0; padding: 0; cursor: pointer; text-align: left; }
button.sort { font-weight: 600; color: inherit; }
.icon { display: inline-block; width: 1em; text-align: center; color: var(--muted); }
button.sort .icon { margin-left: 2px; }
button.sort .icon::before { content: "\\2195"; }
th[aria-sort="ascending"] button.sort .icon::before { content: "\\25B2"; }
th[aria-sort="descending"] button.sort .icon::before { content: "\\25BC"; }
button.disclosure, button.link { color: var(--accent); text-decoration: underline; text-underline-offset: 2px; word-break: break-all; }
button.disclosure .icon { color: var(--accent); margin-right: 2px; }
button.disclosure .icon::before { content: "\\25B8"; }
button.disclosure[aria-expanded="true"] .icon::before { content: "\\25BE"; }
tr.detail > td { background: var(--panel); padding: 12px 16px 16px; }
.filters { display: flex; flex-wrap: wrap; gap: 10px 16px; align-items: end; margin: 8px 0 12px; }
.filters label { display: flex; flex-direction: column; font-size: 12px; font-weight: 600; color: var(--muted); gap: 2px; }
.filters label.check { flex-direction: row; align-items: center; gap: 6px; font-weight: normal; color: var(--fg); font-size: 13px; }
.filters select, .filters input[type="search"] { font: inherit; padding: 4px 6px; border: 1px solid #8c959f; border-radius: 6px; background: #fff; color: var(--fg); }
.filters input[type="search"] { width: 280px; }
.filters button, .pager button { padding: 4px 12px; border: 1px solid #8c959f; border-radius: 6px; background: #fff; color: var(--fg); cursor: pointer; }
.pager button:disabled { color: #6b7280; cursor: default; }
[role="tablist"] { display: flex; gap: 4px; border-bottom: 1px solid var(--border); }
[role="tab"] { padding: 6px 14px; border: 1px solid transparent; border-bottom: 0; border-radius: 6px 6px 0 0; background: none; color: var(--muted); cursor: pointer; font-weight: 600; margin-bottom: -1px; }
[role="tab"][aria-selected="true"] { color: var(--fg); background: #fff; border-color: var(--border); }
.pager { display: flex; gap: 12px; align-items: center; justify-content: flex-end; margin: 10px 0; color: var(--muted); }
.empty { padding: 16px 0; color: var(--muted); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0 0 8px; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; display: flex; flex-wrap: wrap; gap: 4px 10px; }
figure.timeline { margin: 10px 0; padding: 10px 12px; background: #fff; border: 1px solid var(--border); border-radius: 8px; }
figure.timeline figcaption { font-weight: 600; margin-bottom: 6px; }
.timeline-scroll { overflow-x: auto; }
svg.timeline { display: block; max-width: 100%; height: auto; }
svg text { font: 10px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.week.used.l1 { fill: #60a5fa; } .week.used.l2 { fill: #2563eb; } .week.used.l3 { fill: #1d4ed8; } .week.used.l4 { fill: #1e3a8a; }
.week.idle { fill: #e5e7eb; }
.week.unobserved { fill: #fff; stroke: #9ca3af; stroke-width: 1; stroke-dasharray: 2 2; }
.mark.login { fill: #c2410c; }
.mark.created { fill: #fff; stroke: #047857; stroke-width: 1.6; }
.mark.rotated { fill: #047857; }
.mark.expires { fill: none; stroke: #b91c1c; stroke-width: 2; }
.gap-band { fill: #dc2626; fill-opacity: 0.1; }
.gap-line { fill: none; stroke: #b91c1c; stroke-width: 1.2; }
.gap-label { fill: #991b1b; font-weight: 600; }
.threshold { stroke: #374151; stroke-width: 1.2; stroke-dasharray: 4 3; }
.now { stroke: #111827; stroke-width: 1.2; }
text.label, text.axis { fill: #4b5563; }
ul.legend { list-style: none; padding: 0; margin: 6px 0; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 12px; color: var(--muted); }
ul.legend li { display: flex; align-items: center; gap: 4px; }
ul.facts { margin: 6px 0 0; padding-left: 18px; }
svg.mini { display: block; }
article.finding { background: #fff; border: 1px solid var(--border); border-left-width: 4px; border-radius: 6px; padding: 8px 12px; margin: 8px 0; }
.sev-border-critical { border-left-color: #b91c1c; } .sev-border-high { border-left-color: #ea580c; }
.sev-border-medium { border-left-color: #ca8a04; } .sev-border-low { border-left-color: #2563eb; }
details.evidence summary { cursor: pointer; color: var(--accent); }
dl.evidence { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 4px 0 0 8px; }
dl.evidence dt { color: var(--muted); font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: 12px; }
dl.evidence dd { margin: 0; overflow-wrap: anywhere; }
footer { margin: 32px auto 24px; color: var(--muted); font-size: 12px; }
body:not(.ready) [role="tablist"], body:not(.ready) .filters { display: none; }
`;var SEVERITIES=["critical","high","medium","low"],STATUSES=["inactive","never-used","unknown","active"],CLIENT_SCRIPT=`(function () {
'use strict';
${DOM_SCRIPT}${TIMELINE_SCRIPT}${APP_SCRIPT}${VIEW_SCRIPT}})();
`;function escapeHtml(text){return text.replace(/[&<>"']/g,c=>`&#${c.charCodeAt(0)};`)}function embedJson(value){return JSON.stringify(value).replace(/</g,"\\u003c").replace(/\u2028/g,"\\u2028").replace(/\u2029/g,"\\u2029")}function sha256(text){return`'sha256-${createHash("sha256").update(text,"utf8").digest("base64")}'`}function day(iso){return iso?iso.slice(0,10):"\u2014"}function summarySection(report){let s=report.summary,verdict=s.blocking>0?`<p class="verdict blocking">${s.blocking} blocking finding${s.blocking===1?"":"s"} (fail-on: ${escapeHtml(report.failOn)})</p>`:`<p class="verdict clear">${s.findings>0?"Nothing blocks":"No findings: every identity is owned, rotated and used"} (fail-on: ${escapeHtml(report.failOn)})</p>`,statuses=STATUSES.map(st=>`<li><span class="badge status-${st}">${s.byStatus[st]} ${st}</span></li>`).join(""),severities=SEVERITIES.map(sev=>`<li><span class="badge severity-${sev}">${s.bySeverity[sev]} ${sev}</span></li>`).join(""),reclaim=s.reclaimable.length?`<div class="card"><h3>Reclaimable licence spend</h3><p class="big">${s.reclaimable.map(r=>`${escapeHtml(r.amount.toLocaleString("en-US"))} ${escapeHtml(r.currency)}`).join(", ")}</p><p class="muted">per year, from dormant licences</p></div>`:"";return`<section aria-labelledby="summary-heading">
<h2 id="summary-heading">Summary</h2>
${verdict}
<div class="cards">
<div class="card"><h3>Subjects</h3><p class="big">${s.subjects.toLocaleString("en-US")}</p><ul aria-label="Subjects by status">${statuses}</ul></div>
<div class="card"><h3>Findings</h3><p class="big">${s.findings.toLocaleString("en-US")}</p><ul aria-label="Findings by severity">${severities}</ul>${s.suppressed?`<p class="muted">${s.suppressed} suppressed, not counted</p>`:""}</div>
<div class="card"><h3>Blocking</h3><p class="big">${s.blocking.toLocaleString("en-US")}</p><p class="muted">at or above <code>${escapeHtml(report.failOn)}</code></p></div>
${reclaim}</div>
</section>`}function sourceRow(source){let problems=[];if(source.failure&&problems.push(`<p>Could not be read: ${escapeHtml(source.failure)}</p>`),source.errors.length){let items=source.errors.map(e=>`<li>line ${e.line}: ${escapeHtml(e.reason)}</li>`).join("");problems.push(`<details><summary>${source.rejected} rejected</summary><ul>${items}</ul></details>`)}else source.rejected&&problems.push(`<p>${source.rejected} rejected</p>`);let generated=source.generatedAt?`${day(source.generatedAt)}${source.generatedAtFrom?` <span class="muted">(${escapeHtml(source.generatedAtFrom)})</span>`:""}`:"\u2014";return`<tr><th scope="row"><code>${escapeHtml(source.type)}</code></th><td><code>${escapeHtml(source.path??"(API)")}</code></td><td>${day(source.window.from)} \u2192 ${day(source.window.to)}</td><td>${generated}</td><td>${source.accepted.toLocaleString("en-US")} of ${source.records.toLocaleString("en-US")}${source.duplicates?` <span class="muted">(${source.duplicates} duplicates)</span>`:""}</td><td>${problems.join("")||'<span class="muted">none</span>'}</td></tr>`}function sourcesSection(report){let rows=report.sources.map(sourceRow).join(`
`);return`<section aria-labelledby="sources-heading">
<h2 id="sources-heading">Telemetry sources</h2>
${report.sources.length?`<table class="plain"><thead><tr><th scope="col">Type</th><th scope="col">Path</th><th scope="col">Window</th><th scope="col">Generated</th><th scope="col">Records accepted</th><th scope="col">Problems</th></tr></thead><tbody>
${rows}
</tbody></table>`:'<p class="muted">No telemetry source is configured: activity cannot be judged.</p>'}
</section>`}function option(value,label){return`<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`}function exploreSection(report){let s=report.summary,rules=[...new Set(report.findings.map(f=>f.rule))].sort(),statusOptions=STATUSES.map(st=>option(st,`${st} (${s.byStatus[st]})`)).join(""),severityOptions=SEVERITIES.map(sev=>option(sev,sev)).join(""),ruleOptions=rules.map(rule=>option(rule,rule)).join("");return`<section aria-labelledby="explore-heading">
<h2 id="explore-heading">Subjects and findings</h2>
<noscript><p>The tables and timelines need JavaScript. Everything they show is in the JSON embedded in this file (the <code>lastseen-data</code> script element), and in <code>lastseen scan --format json</code>.</p></noscript>
<form class="filters" id="filters" role="search" aria-label="Filter subjects and findings">
<label for="filter-status">Status<select id="filter-status">${option("","all statuses")}${statusOptions}</select></label>
<label for="filter-severity">Severity<select id="filter-severity">${option("","all severities")}${severityOptions}</select></label>
<label for="filter-rule">Rule<select id="filter-rule">${option("","all rules")}${ruleOptions}</select></label>
<label for="filter-text">Text<input type="search" id="filter-text" placeholder="id, owner, principal, message" autocomplete="off"></label>
<label class="check" for="filter-suppressed"><input type="checkbox" id="filter-suppressed">Show suppressed findings</label>
<button type="button" id="filter-clear">Clear filters</button>
</form>
<div role="tablist" aria-label="Tables">
<button type="button" role="tab" id="tab-subjects" aria-controls="panel-subjects" aria-selected="true">Subjects</button>
<button type="button" role="tab" id="tab-findings" aria-controls="panel-findings" aria-selected="false" tabindex="-1">Findings</button>
</div>
<p id="result-count" role="status" aria-live="polite"></p>
<div role="tabpanel" id="panel-subjects" aria-labelledby="tab-subjects" tabindex="0"></div>
<div role="tabpanel" id="panel-findings" aria-labelledby="tab-findings" tabindex="0" hidden></div>
</section>`}function renderHtml(report,options={}){let title=options.title??"lastseen report",csp=["default-src 'none'",`script-src ${sha256(CLIENT_SCRIPT)}`,`style-src ${sha256(STYLE)}`,"img-src data:","base-uri 'none'","form-action 'none'"].join("; "),when=report.now.replace("T"," ").replace(/\.\d+Z$|Z$/," UTC");return`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="lastseen ${escapeHtml(report.tool.version)}">
<title>${escapeHtml(title)} \xB7 ${escapeHtml(report.now.slice(0,10))}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="page">
<h1>${escapeHtml(title)}</h1>
<p class="muted">Inventory <code>${escapeHtml(report.config)}</code> \xB7 evaluated at ${escapeHtml(when)} \xB7 lastseen ${escapeHtml(report.tool.version)}</p>
</header>
<main>
${summarySection(report)}
${sourcesSection(report)}
${exploreSection(report)}
</main>
<footer><p>Generated by lastseen ${escapeHtml(report.tool.version)}. This file is self-contained and loads nothing: the full JSON report is embedded in it.</p></footer>
<script type="application/json" id="lastseen-data">${embedJson(report)}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`}export{CLIENT_SCRIPT,embedJson,escapeHtml,renderHtml};
