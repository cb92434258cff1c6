import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Marked } from 'marked';
import { countBySeverity, SEVERITIES, type Finding } from '../core/diagnostic.js';
import type { DesignRule } from '../core/design-rule.js';
import { renderService, type ServiceReport } from './design-md.js';

const require = createRequire(import.meta.url);

let mermaid: { script: string; hash: string } | undefined;

/** Mermaid's browser bundle, inlined so the report renders diagrams with no network access. */
function mermaidBundle(): { script: string; hash: string } {
  if (!mermaid) {
    const script = readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8').replace(/<\/script/gi, '<\\/script');
    mermaid = { script, hash: scriptHash(script) };
  }
  return mermaid;
}

/** A CSP source for one inline script: its SHA-256, so only the scripts archway wrote may run. */
function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The link target when it is http(s), mailto or relative; undefined for anything else
 * (`javascript:`, `data:`, `vbscript:` …). Entities are decoded and the URL parsed as a browser
 * would (tabs, newlines and leading controls dropped, scheme case-folded), so obfuscated
 * forms are judged by what they would become.
 */
export function safeUrl(href: string): string | undefined {
  const decoded = href.replace(/&(#x[0-9a-f]+|#\d+|colon|tab|newline);?/gi, (_, entity: string) => {
    const name = entity.toLowerCase();
    if (name === 'colon') return ':';
    if (name === 'tab') return '\t';
    if (name === 'newline') return '\n';
    const code = name.startsWith('#x') ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
  try {
    return SAFE_PROTOCOLS.has(new URL(decoded, 'https://relative.invalid/').protocol) ? href : undefined;
  } catch {
    return undefined;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// Design text is user input: raw HTML in it is shown as text, never injected into the page.
const markdown = new Marked({
  gfm: true,
  renderer: {
    html: ({ text }) => escapeHtml(text),
    code: ({ text, lang }) => (lang === 'mermaid' ? `<pre class="mermaid">${escapeHtml(text)}</pre>\n` : `<pre><code>${escapeHtml(text)}</code></pre>\n`),
    // A link with an unsafe target keeps its text and loses the link.
    link({ href, title, tokens }) {
      const text = this.parser.parseInline(tokens);
      const url = safeUrl(href);
      return url === undefined ? text : `<a href="${escapeHtml(url)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${text}</a>`;
    },
    image({ href, title, text }) {
      const url = safeUrl(href);
      return url === undefined ? escapeHtml(text) : `<img src="${escapeHtml(url)}" alt="${escapeHtml(text)}"${title ? ` title="${escapeHtml(title)}"` : ''}>`;
    },
  },
});

/** Markdown as report HTML, with the same escaping as the report (for the system page). */
export function markdownToHtml(text: string): string {
  return markdown.parse(text) as string;
}

/**
 * report.html: the review as one offline page, with findings filterable by severity and category.
 * `page` replaces the per-service body (the system page brings its own, and a script for it).
 */
export function renderHtml(
  services: readonly ServiceReport[],
  findings: readonly Finding[],
  rules: ReadonlyMap<string, DesignRule>,
  page?: { title: string; body: string; script: string },
): string {
  const title = page?.title ?? `Architecture review: ${services.map((s) => s.design.service.name).join(', ')}`;
  const body = page?.body ?? services.map((s) => markdown.parse(renderService(s, rules, false)) as string).join('\n<hr>\n');
  const categories = [...new Set(findings.map((f) => f.category))].sort();
  const counts = countBySeverity(findings);
  const severityBoxes = SEVERITIES.map((s) => `<label><input type="checkbox" name="severity" value="${s}" checked> ${s} (${counts[s]})</label>`).join(' ');
  const categoryOptions = [
    '<option value="">all categories</option>',
    ...categories.map((c) => `<option value="${escapeHtml(c)}">${escapeHtml(c)}</option>`),
  ].join('');
  const rows = findings
    .map(
      (f) =>
        `<tr data-severity="${f.severity}" data-category="${escapeHtml(f.category)}"><td class="sev ${f.severity}">${f.severity}</td><td><code>${escapeHtml(f.ruleId)}</code></td><td><code>${escapeHtml(`${f.location.file}:${f.location.line}:${f.location.column}`)}</code></td><td>${escapeHtml(f.message)}</td><td>${escapeHtml(f.fix ?? '')}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${mermaidBundle().hash} ${scriptHash(SCRIPT + (page?.script ?? ''))}; style-src 'unsafe-inline'; img-src data:; font-src data:">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
<section id="findings">
<h2>Findings</h2>
<form id="filters">${severityBoxes} <select name="category">${categoryOptions}</select> <output id="shown">${findings.length} of ${findings.length} shown</output></form>
<table><thead><tr><th>severity</th><th>rule</th><th>where</th><th>finding</th><th>fix</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</section>
</main>
<script>${mermaidBundle().script}</script>
<script>${SCRIPT}${page?.script ?? ''}</script>
</body>
</html>
`;
}

const SCRIPT = `
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral' });
mermaid.run({ querySelector: 'pre.mermaid' }).then(() => document.body.setAttribute('data-diagrams', 'rendered'));
const form = document.getElementById('filters');
function applyFilters() {
  const severities = new Set([...form.querySelectorAll('input[name=severity]:checked')].map((box) => box.value));
  const category = form.elements.category.value;
  const rows = [...document.querySelectorAll('#findings tbody tr')];
  let shown = 0;
  for (const row of rows) {
    const visible = severities.has(row.dataset.severity) && (!category || row.dataset.category === category);
    row.hidden = !visible;
    if (visible) shown++;
  }
  document.getElementById('shown').textContent = shown + ' of ' + rows.length + ' shown';
}
form.addEventListener('change', applyFilters);
`;

const STYLE = `
body { font: 15px/1.5 system-ui, sans-serif; color: #1d2330; margin: 0; background: #fafbfc; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.7em; } h2 { border-bottom: 1px solid #d8dde6; padding-bottom: 4px; margin-top: 2em; }
table { border-collapse: collapse; width: 100%; margin: 12px 0; background: #fff; }
th, td { border: 1px solid #d8dde6; padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: #eef1f6; }
code { background: #eef1f6; padding: 1px 4px; border-radius: 3px; font-size: 0.92em; }
blockquote { color: #566; border-left: 3px solid #c8d0dc; margin: 0; padding-left: 12px; }
pre.mermaid { background: #fff; border: 1px solid #d8dde6; padding: 12px; text-align: center; }
#filters { display: flex; gap: 14px; align-items: center; flex-wrap: wrap; }
.sev.error { color: #b3261e; font-weight: 600; } .sev.warn { color: #8a5a00; font-weight: 600; }
.sev.info { color: #1f5fa8; } .sev.hint { color: #667; }
`;
