// Browser-side rendering of the report's interactive part: tabs, filters, sortable headers, pages of
// rows and rows that open in place. Only the current page is in the DOM; focus stays where the
// reader left it after a sort, a page turn or opening a row.
export const VIEW_SCRIPT = String.raw`
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
`;
