import { addTo } from '../../core/collections.js';
import type { Finding } from '../../core/diagnostic.js';
import type { Formatter } from './types.js';

/** JUnit XML: one test case per file, one failure per finding, for CI test reporters. */
export const formatJunit: Formatter = (findings) => {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) addTo(byFile, f.location.file, f);
  const cases = [...byFile.entries()].map(([file, list]) => {
    const failures = list
      .map(
        (f) =>
          `      <failure type="${xml(f.ruleId)}" message="${xml(f.message)}">${xml(
            `${f.severity} ${f.ruleId} at ${file}:${f.location.line}:${f.location.column} (${f.location.pointer || '/'})\n${f.message}${f.fix ? `\nFix: ${f.fix}` : ''}`,
          )}</failure>`,
      )
      .join('\n');
    return `    <testcase classname="archway" name="${xml(file)}">\n${failures}\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="archway" tests="${byFile.size}" failures="${findings.length}">`,
    `  <testsuite name="archway" tests="${byFile.size}" failures="${findings.length}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
