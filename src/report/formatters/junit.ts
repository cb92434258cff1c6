import { addTo } from '../../core/collections.js';
import { atLeast, compareStrings, type Finding } from '../../core/diagnostic.js';
import type { Formatter } from './types.js';

/**
 * JUnit XML for CI test reporters: a suite per file, a test case per rule that reported there,
 * one failure per finding at or above --fail-on; findings below it are listed as the test's output.
 */
export const formatJunit: Formatter = (findings, { failOn = 'error' }) => {
  const fails = (f: Finding) => failOn !== 'never' && atLeast(f.severity, failOn);
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) addTo(byFile, f.location.file, f);
  let tests = 0;
  let failed = 0;
  const suites = [...byFile].map(([file, list]) => {
    const byRule = new Map<string, Finding[]>();
    for (const f of list) addTo(byRule, f.ruleId, f);
    const rules = [...byRule].sort(([a], [b]) => compareStrings(a, b));
    const failedHere = rules.filter(([, own]) => own.some(fails)).length;
    tests += rules.length;
    failed += failedHere;
    const cases = rules.map(([ruleId, own]) => {
      const failures = own.filter(fails).map((f) => `      <failure type="${xml(f.ruleId)}" message="${xml(f.message)}">${xml(detail(f))}</failure>`);
      const passed = own.filter((f) => !fails(f));
      const output = passed.length > 0 ? [`      <system-out>${xml(passed.map(detail).join('\n\n'))}</system-out>`] : [];
      return [`    <testcase classname="${xml(file)}" name="${xml(ruleId)}">`, ...failures, ...output, '    </testcase>'].join('\n');
    });
    return [`  <testsuite name="${xml(file)}" tests="${rules.length}" failures="${failedHere}">`, ...cases, '  </testsuite>'].join('\n');
  });
  // A report with no test at all fails some CI reporters; a clean run is one passing test.
  if (suites.length === 0) {
    tests = 1;
    suites.push('  <testsuite name="archway" tests="1" failures="0">\n    <testcase classname="archway" name="no findings"/>\n  </testsuite>');
  }
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="archway" tests="${tests}" failures="${failed}">`, ...suites, '</testsuites>', ''].join(
    '\n',
  );
};

function detail(f: Finding): string {
  return `${f.severity} ${f.ruleId} at ${f.location.file}:${f.location.line}:${f.location.column} (${f.location.pointer || '/'})\n${f.message}${f.fix ? `\nFix: ${f.fix}` : ''}`;
}

function xml(text: string): string {
  // XML 1.0 cannot carry most control characters, even escaped: they are dropped.
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}
