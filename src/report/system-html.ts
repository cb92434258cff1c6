import { countBySeverity, type Finding } from '../core/diagnostic.js';
import type { DesignRule } from '../core/design-rule.js';
import { renderService, type ServiceReport } from './design-md.js';
import { markdownToHtml, renderHtml } from './html.js';
import { renderSystemMd, type SystemReport } from './system-md.js';

/** Lower-case words joined by dashes: the anchor of a heading. */
function slug(text: string): string {
  return (
    text
      .replace(/<[^>]*>/g, '')
      .toLowerCase()
      .replace(/&[a-z]+;/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'section'
  );
}

/** Gives every heading an id (unique in the page, prefixed per service) and a link to itself. */
function anchorHeadings(html: string, prefix: string, used: Set<string>, toc?: Array<{ id: string; text: string }>): string {
  return html.replace(/<h([1-4])>(.*?)<\/h\1>/g, (_, level: string, inner: string) => {
    const base = `${prefix}${slug(inner)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    if (toc && level === '2') toc.push({ id, text: inner });
    return `<h${level} id="${id}">${inner} <a class="anchor" href="#${id}" aria-label="link to this section">#</a></h${level}>`;
  });
}

/**
 * report.html of a system review: the system page with a table of contents and heading anchors,
 * then each service's review folded in its own section. Diagrams in a folded section are drawn
 * when it is first opened (Mermaid cannot measure hidden text).
 */
export function renderSystemHtml(
  report: SystemReport,
  services: readonly ServiceReport[],
  findings: readonly Finding[],
  rules: ReadonlyMap<string, DesignRule>,
  systemMd = renderSystemMd(report),
): string {
  const used = new Set<string>(['findings', 'toc']);
  const toc: Array<{ id: string; text: string }> = [];
  const system = anchorHeadings(markdownToHtml(systemMd), '', used, toc);
  const folded = services.map((s) => {
    const name = s.design.service.name;
    const id = `service-${name}`;
    used.add(id);
    const counts = countBySeverity(s.findings);
    const body = anchorHeadings(markdownToHtml(renderService(s, rules, false)), `${name}-`, used).replace(
      /<pre class="mermaid">/g,
      '<pre class="mermaid-folded">',
    );
    return `<details id="${id}" class="service"><summary>${name} — ${counts.error} error, ${counts.warn} warn, ${counts.info} info</summary>\n${body}\n</details>`;
  });
  const nav = [
    ...toc.map((t) => `<li><a href="#${t.id}">${t.text}</a></li>`),
    `<li><a href="#services-reviewed">Service reviews</a><ol>${services.map((s) => `<li><a href="#service-${s.design.service.name}">${s.design.service.name}</a></li>`).join('')}</ol></li>`,
    '<li><a href="#findings">Findings</a></li>',
  ].join('\n');
  const body = `<style>${STYLE}</style>
<nav id="toc"><h2>Contents</h2><ol>
${nav}
</ol></nav>
${system}
<h2 id="services-reviewed">Service reviews <a class="anchor" href="#services-reviewed" aria-label="link to this section">#</a></h2>
${folded.join('\n')}`;
  const title = `System review: ${services.map((s) => s.design.service.name).join(', ')}`;
  return renderHtml(services, findings, rules, { title, body, script: SCRIPT });
}

const SCRIPT = `
for (const details of document.querySelectorAll('details.service')) {
  details.addEventListener('toggle', () => {
    const pending = [...details.querySelectorAll('pre.mermaid-folded')];
    if (!details.open || pending.length === 0) return;
    for (const pre of pending) pre.className = 'mermaid';
    mermaid.run({ nodes: pending });
  });
}
function openTarget() {
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const details = target && target.closest('details');
  if (details && !details.open) details.open = true;
}
window.addEventListener('hashchange', openTarget);
openTarget();
`;

const STYLE = `
#toc { background: #fff; border: 1px solid #d8dde6; padding: 8px 16px; }
#toc h2 { margin-top: 0.5em; border: 0; }
a.anchor { color: #9aa5b5; text-decoration: none; font-size: 0.8em; visibility: hidden; }
h1:hover a.anchor, h2:hover a.anchor, h3:hover a.anchor, h4:hover a.anchor { visibility: visible; }
details.service { background: #fff; border: 1px solid #d8dde6; margin: 8px 0; padding: 4px 12px; }
details.service > summary { cursor: pointer; font-weight: 600; padding: 4px 0; }
pre.mermaid-folded { background: #fff; border: 1px solid #d8dde6; padding: 12px; white-space: pre-wrap; }
`;
