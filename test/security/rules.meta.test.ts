import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { securityRules } from '../../src/security/index.js';
import { REPO } from '../support/cli.js';
import { rawFindings } from './support.js';

const DIR = join(REPO, 'src/security/rules');

/** References must point at the standards the checklist is built on, not at prose. */
const STANDARD = /OWASP ASVS 4\.0\.3, V\d|OWASP API Security Top 10 2023, API\d+|RFC (6749|9700) §|GDPR Art\. \d|CCPA|Fetch Standard|OWASP Logging Cheat Sheet/;

// That the registry holds every rule file, sorted, is test/registries.meta.test.ts's to check.
for (const rule of securityRules) {
  test(`${rule.id}: metadata, file and examples`, async () => {
    assert.match(rule.id, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
    assert.ok(existsSync(join(DIR, `${rule.id}.ts`)), 'id = file name');
    const own = (await import(`../../src/security/rules/${rule.id}.js`)) as { default: unknown };
    assert.equal(own.default, rule, 'the file exports this rule');
    assert.equal(rule.category, 'security');
    assert.ok(rule.stage === 'boundaries' || rule.stage === 'contracts', `stage ${rule.stage}`);
    assert.ok(rule.scope === undefined || rule.scope === 'service', 'a per-service rule');
    for (const field of ['description', 'rationale', 'fix', 'verify'] as const) assert.ok(rule[field].trim().endsWith('.'), `${field} is a non-empty sentence`);
    assert.ok(rule.references && rule.references.length > 0, 'references');
    for (const reference of rule.references) assert.match(reference, STANDARD);

    for (const example of [rule.examples.bad, rule.examples.good]) {
      assert.equal(typeof example, 'string', 'one design per example');
      const doc = parse(example as string) as Record<string, unknown>;
      assert.equal(doc.archway, 1, 'a complete archway.yaml');
      assert.doesNotMatch(example as string, /\bcontract:/, 'examples name no contract files');
    }
    assert.equal(rule.examples.files, undefined, 'no contract files');

    const bad = rawFindings(rule, rule.examples.bad as string);
    assert.ok(bad.length > 0, 'the bad example triggers the rule');
    for (const finding of bad) {
      assert.equal(finding.ruleId, rule.id);
      assert.equal(finding.category, 'security');
      assert.ok(finding.location.line >= 1 && finding.location.column >= 1, 'located');
      assert.ok(finding.message.trim() && finding.fix?.trim(), 'message and fix');
    }
    assert.deepEqual(rawFindings(rule, rule.examples.good as string), [], 'the good example does not trigger the rule');
  });
}
