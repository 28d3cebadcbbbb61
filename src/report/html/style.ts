// The HTML report's stylesheet: system fonts only (no download), colours chosen for WCAG AA contrast,
// and marks that differ in shape as well as colour so that they read in greyscale too.
export const STYLE = `
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
`;
