// Browser-side tables of the HTML report: subjects and findings, filtered (status, severity, rule,
// text), sorted by any column, and paged, so that 10,000 subjects cost one page of rows in the DOM.
// Details (timeline, credentials, evidence) are built only when a row is opened.
export const APP_SCRIPT = String.raw`
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
`;
