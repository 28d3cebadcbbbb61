// Browser-side drawing of a subject's activity: the full timeline (calendar weeks as cells, with the
// last login, the inactivity threshold, dormant gaps, credential creation, rotation and expiry drawn
// on it) and the 26-week miniature in the table. Every mark has a text twin in the facts list below
// the drawing, so nothing is told by colour or shape alone.
export const TIMELINE_SCRIPT = String.raw`
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
`;
