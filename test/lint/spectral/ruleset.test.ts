import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadSpectralRuleset } from '../../../src/lint/spectral/load.js';
import { peerSeverities } from '../../../src/lint/run.js';
import { PEER_RULESETS } from '../../../src/lint/peers/index.js';
import { InputError } from '../../../src/core/input-error.js';
import { runCli, withTempDirAsync } from '../../support/cli.js';
import { API, lintWith, lintWithModule, requireSpectral } from './helpers.js';

const CONTACT = 'given: $.info\n    then: { field: contact, function: truthy }';

test('ruleset: severities by name and number; off and -1 silence a rule', async () => {
  const findings = await lintWith(`rules:
  a: { severity: 0, ${CONTACT.replace('\n   ', ',')} }
  b: { severity: hint, ${CONTACT.replace('\n   ', ',')} }
  c: { severity: -1, ${CONTACT.replace('\n   ', ',')} }
  d: { severity: off, ${CONTACT.replace('\n   ', ',')} }
`);
  assert.deepEqual(findings, ['a@/info 2:6 error "info.contact" property must be truthy', 'b@/info 2:6 hint "info.contact" property must be truthy']);
});

test('ruleset: message templates — {{error}}, {{path}}, {{property}}, {{value}}, {{description}}, #{{print()}}', async () => {
  const findings = await lintWith(`rules:
  t:
    description: Titles are short
    message: '{{description}}: {{property}} at {{path}} is {{value}} ({{error}}) #{{print("property")}}.'
    given: $.paths[*]~
    then: { function: pattern, functionOptions: { match: "^/x" } }
`);
  assert.deepEqual(findings, [
    't@/paths/~1pets~1{petId} 6:17 warn Titles are short: /pets/{petId} at #/paths/~1pets~1%7BpetId%7D is [object Object] (Object{} must match the pattern "^/x") "/pets/{petId}" property .',
  ]);
});

test('ruleset: extends a file in all, recommended and off modes; a rule value switches or re-severs an inherited rule; cycles are skipped', async () => {
  const base = `extends: ./ruleset.yaml
rules:
  kept: { ${CONTACT.replace('\n   ', ',')} }
  optional: { recommended: false, ${CONTACT.replace('\n   ', ',')} }
`;
  assert.deepEqual(await lintWith('extends: ./base.yaml\nrules:\n  kept: error\n', API, { 'base.yaml': base }), [
    'kept@/info 2:6 error "info.contact" property must be truthy',
  ]);
  assert.deepEqual(await lintWith('extends: [[./base.yaml, all]]\nrules:\n  kept: false\n', API, { 'base.yaml': base }), [
    'optional@/info 2:6 warn "info.contact" property must be truthy',
  ]);
  assert.deepEqual(await lintWith('extends: [[./base.yaml, off]]\nrules:\n  optional: true\n', API, { 'base.yaml': base }), [
    'optional@/info 2:6 warn "info.contact" property must be truthy',
  ]);
});

test('ruleset: overrides by file glob (matchBase) and by file#/pointer', async () => {
  const rules = `rules:
  c: { ${CONTACT.replace('\n   ', ',')} }
  t: { given: "$.paths.*.get.tags[*]", then: { function: enumeration, functionOptions: { values: [x] } } }
`;
  assert.deepEqual(await lintWith(`${rules}overrides:\n  - files: ['*.yaml']\n    rules: { c: off }\n`), [
    't@/paths/~1pets~1{petId}/get/tags/0 9:14 warn "pets" must be equal to one of the allowed values: "x"',
    't@/paths/~1pets~1{petId}/get/tags/1 9:20 warn "admin" must be equal to one of the allowed values: "x"',
  ]);
  assert.deepEqual(
    await lintWith(
      `${rules}overrides:\n  - files: ['api.yaml#/paths/~1pets~1%7BpetId%7D/get/tags/1']\n    rules: { t: error }\n  - files: ['other.yaml']\n    rules: { c: off }\n`,
    ),
    [
      'c@/info 2:6 warn "info.contact" property must be truthy',
      't@/paths/~1pets~1{petId}/get/tags/0 9:14 warn "pets" must be equal to one of the allowed values: "x"',
      't@/paths/~1pets~1{petId}/get/tags/1 9:20 error "admin" must be equal to one of the allowed values: "x"',
    ],
  );
});

test('ruleset: aliases (nested, with targets by format) and formats', async () => {
  const findings = await lintWith(`aliases:
  Info: [$.info]
  Contactless: ['#Info']
  Title:
    targets:
      - { formats: [oas2], given: [$.info.version] }
      - { formats: [oas3], given: [$.info.title] }
rules:
  a: { given: '#Contactless', then: { field: contact, function: truthy } }
  b: { given: '#Title', then: { function: pattern, functionOptions: { match: "^x" } } }
  c: { formats: [oas2], given: $.info, then: { field: contact, function: truthy } }
  d: { formats: [oas3.0], given: $.info, then: { field: license, function: truthy } }
`);
  assert.deepEqual(findings, [
    'a@/info 2:6 warn "info.contact" property must be truthy',
    'b@/info/title 3:10 warn "Pets" must match the pattern "^x"',
    'd@/info 2:6 warn "info.license" property must be truthy',
  ]);
});

test('ruleset: resolved: false sees $ref objects; resolved rules see their targets', async () => {
  const refs = (resolved: boolean) =>
    `rules:\n  r: { resolved: ${resolved}, given: "$.paths.*.get.responses.200.content.*.schema", then: { field: $ref, function: falsy } }\n`;
  assert.deepEqual(await lintWith(refs(false)), [
    'r@/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema/$ref 20:31 warn "$ref" property must be falsy',
  ]);
  assert.deepEqual(await lintWith(refs(true)), []);
});

test('ruleset: the resolved view keeps a $ref where inlining closes a cycle, among forty targets (Spectral 6.16 reports the same four)', async () => {
  // S0 → S1 → … → S39, and S20 back to S17: the refs written inside the cycle S17…S20 stay refs;
  // S16's ref into it and S20's ref out of it are inlined. Spectral's output, read once: these four
  // paths at these positions. The targets are numbered 0–38, so the cycle's sit past bit 15.
  const schemas = Array.from({ length: 40 }, (_, i) => {
    const props = [i < 39 ? `next: { $ref: '#/components/schemas/S${i + 1}' }` : '', i === 20 ? "back: { $ref: '#/components/schemas/S17' }" : ''].filter(
      Boolean,
    );
    return `    S${i}: { type: object${props.length > 0 ? `, properties: { ${props.join(', ')} }` : ''} }\n`;
  });
  const doc = `openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\ncomponents:\n  schemas:\n${schemas.join('')}`;
  const ruleset = 'rules:\n  kept-ref:\n    given: $.components.schemas[*].properties[*]\n    then: { field: $ref, function: falsy }\n';
  assert.deepEqual(await lintWith(ruleset, doc), [
    'kept-ref@/components/schemas/S17/properties/next/$ref 23:54 warn "$ref" property must be falsy',
    'kept-ref@/components/schemas/S18/properties/next/$ref 24:54 warn "$ref" property must be falsy',
    'kept-ref@/components/schemas/S19/properties/next/$ref 25:54 warn "$ref" property must be falsy',
    'kept-ref@/components/schemas/S20/properties/back/$ref 26:98 warn "$ref" property must be falsy',
  ]);
});

test("ruleset: custom functions (functionsDir, ESM and CommonJS, async) with Spectral's signature", async () => {
  const files = {
    'fns/esm.js': 'export default (input, opts, ctx) => (input.length > opts.max ? [{ message: `${ctx.path.join(".")} too long` }] : undefined);\n',
    'fns/cjs.js':
      "const { truthy } = require('@stoplight/spectral-functions');\nmodule.exports = async (input, opts, ctx) => truthy(input.contact, null, ctx);\n",
  };
  const ruleset = `functionsDir: fns
functions: [esm, cjs]
rules:
  e: { given: $.info.title, then: { function: esm, functionOptions: { max: 3 } } }
  c: { given: $.info, then: { function: cjs } }
`;
  const findings = await lintWithDirs(ruleset, files);
  assert.deepEqual(findings, ['c@/info 2:6 warn "info" property must be truthy', 'e@/info/title 3:10 warn info.title too long']);
});

async function lintWithDirs(ruleset: string, files: Record<string, string>): Promise<string[]> {
  return withTempDirAsync(async (dir) => {
    mkdirSync(join(dir, 'fns'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, 'ruleset.yaml'), ruleset);
    writeFileSync(join(dir, 'api.yaml'), API);
    const run = await runCli(['lint', 'api.yaml', '--ruleset', 'ruleset.yaml', '--format', 'json', '--fail-on', 'never'], dir);
    assert.equal(run.code, 0, run.stderr);
    return JSON.parse(run.stdout)
      .findings.map(
        (f: { ruleId: string; location: { pointer: string; line: number; column: number }; severity: string; message: string }) =>
          `${f.ruleId}@${f.location.pointer} ${f.location.line}:${f.location.column} ${f.severity} ${f.message}`,
      )
      .sort();
  });
}

test('ruleset: a bad ruleset is a located input problem (exit 2), every problem listed', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'api.yaml'), API);
    writeFileSync(
      join(dir, '.spectral.yaml'),
      `rules:
  a:
    given: info
    then: { function: nope }
  b:
    given: $.info
    then: { function: pattern }
  c: error
  d: { given: $, then: { function: truthy }, severity: loud, colour: red }
`,
    );
    const run = await runCli(['lint', 'api.yaml'], dir);
    assert.equal(run.code, 2);
    assert.equal(
      run.stderr,
      [
        '.spectral.yaml:3:12: rule "a": given "info" must start with $ or #Alias',
        '.spectral.yaml:4:23: rule "a": unknown function "nope" (a core function, or one named in functions:)',
        '.spectral.yaml:7:11: rule "b": "pattern" function has invalid options specified. Example valid options: { "match": "^Stoplight" }, { "notMatch": "Swagger" }',
        '.spectral.yaml:8:6: rule "c": cannot extend a rule no ruleset defines',
        '.spectral.yaml:9:70: rule "d": unknown key "colour" (expected description, documentationUrl, recommended, given, then, resolved, severity, message, tags, formats, type, extensions)',
        '.spectral.yaml:9:56: rule "d": severity must be error, warn, info, hint, off or 0–3, -1',
        '',
      ].join('\n'),
    );
  });
});

test('ruleset: spectral:oas selects archway built-ins through the peer table; a peer rule name switches them', async () => {
  const oas = await loadSpectralRuleset('spectral:oas', '.');
  assert.equal(peerSeverities([oas])['info-contact'], 'warn');
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'r.yaml'), 'extends: spectral:oas\nrules:\n  info-contact: off\n  operation-success-response: error\n');
    const loaded = await loadSpectralRuleset('r.yaml', dir);
    const severities = peerSeverities([loaded]);
    assert.equal(severities['info-contact'], 'off');
    assert.equal(severities['operation-success-response'], 'error');
    writeFileSync(join(dir, 'bad.yaml'), 'extends: [[spectral:oas, sometimes]]\n');
    await assert.rejects(
      loadSpectralRuleset('bad.yaml', dir),
      (e: unknown) => e instanceof InputError && /bad\.yaml:1:11: an extends entry is a ruleset or \[ruleset, all \| recommended \| off\]/.test(e.message),
    );
    // Expanded, such an alias would be a function option that contains itself.
    writeFileSync(
      join(dir, 'loop.yaml'),
      'rules:\n  t:\n    given: $\n    then:\n      function: schema\n      functionOptions: &o\n        schema: { properties: { x: *o } }\n',
    );
    await assert.rejects(
      loadSpectralRuleset('loop.yaml', dir),
      (e: unknown) =>
        e instanceof InputError && /^loop\.yaml:7:36: the alias \*o is inside the node it names: expanded, the ruleset would never end$/.test(e.message),
    );
  });
});

test('ruleset: .spectral.yaml is found in the working directory; findings flow through every format and --fail-on', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'api.yaml'), API);
    writeFileSync(
      join(dir, '.spectral.yaml'),
      `documentationUrl: https://example.com/rules\nrules:\n  c: { severity: error, ${CONTACT.replace('\n   ', ',')} }\n`,
    );
    const run = await runCli(['lint', 'api.yaml', '--format', 'json'], dir);
    assert.equal(run.code, 1);
    const [finding] = JSON.parse(run.stdout).findings;
    assert.deepEqual(
      { ruleId: finding.ruleId, severity: finding.severity, location: finding.location, data: finding.data },
      {
        ruleId: 'c',
        severity: 'error',
        location: { file: 'api.yaml', pointer: '/info', line: 2, column: 6 },
        data: { documentationUrl: 'https://example.com/rules#c' },
      },
    );
    const sarif = JSON.parse((await runCli(['lint', 'api.yaml', '--format', 'sarif'], dir)).stdout);
    assert.equal(sarif.runs[0].results[0].ruleId, 'c');
    writeFileSync(join(dir, 'archway.config.yaml'), 'extends: recommended\n');
    const config = JSON.parse((await runCli(['lint', 'api.yaml', '--format', 'json', '--fail-on', 'never'], dir)).stdout).findings;
    assert.ok(
      config.every((f: { ruleId: string }) => f.ruleId !== 'c'),
      'an archway config takes precedence over discovery',
    );
  });
});

test('explain: a ruleset rule says which ruleset defines it and what it checks', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, '.spectral.yaml'), `rules:\n  c: { description: Name a contact, severity: error, ${CONTACT.replace('\n   ', ',')} }\n`);
    const run = await runCli(['explain', 'c'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(
      run.stdout,
      '# c\n\nDefined by the Spectral ruleset .spectral.yaml; severity error.\n\nName a contact\n\ngiven: $.info\nthen: truthy on contact\n',
    );
    assert.equal((await runCli(['explain', 'nope'], dir)).code, 2);
  });
});

test('ruleset: a function that throws stops the run with a located error naming the rule (exit 2)', async () => {
  await withTempDirAsync(async (dir) => {
    mkdirSync(join(dir, 'functions'));
    writeFileSync(join(dir, 'functions', 'boom.js'), 'export default () => { throw new Error("no"); };\n');
    writeFileSync(join(dir, 'r.yaml'), 'functions: [boom]\nrules:\n  b: { given: $.info, then: { function: boom } }\n');
    writeFileSync(join(dir, 'api.yaml'), API);
    const run = await runCli(['lint', 'api.yaml', '--ruleset', 'r.yaml'], dir);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'r.yaml:1:1: rule "b": function "boom" threw an exception: no\n');
  });
});

test('ruleset: a JS module ruleset (ESM default export) with function objects', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'api.yaml'), API);
    writeFileSync(
      join(dir, 'rules.mjs'),
      "const short = (input) => (input.length > 3 ? [{ message: 'too long' }] : undefined);\nexport default { rules: { s: { given: '$.info.title', severity: 'error', then: { function: short } } } };\n",
    );
    const run = await runCli(['lint', 'api.yaml', '--ruleset', 'rules.mjs', '--format', 'json'], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.deepEqual(
      JSON.parse(run.stdout).findings.map(
        (f: { ruleId: string; location: { pointer: string; line: number }; message: string }) =>
          `${f.ruleId}@${f.location.pointer} ${f.location.line} ${f.message}`,
      ),
      ['s@/info/title 3 too long'],
    );
  });
});

test("ruleset: a JS ruleset's formats are functions: Spectral's own known by their display name, any other called on the document", async () => {
  // @stoplight/spectral-formats exports oas3 as a function named isOas3: its name is no format name, its displayName is.
  const ruleset = `const { oas2, oas3 } = ${requireSpectral('@stoplight/spectral-formats')};
const pets = (document) => document.info.title === 'Pets';
pets.displayName = 'Pets APIs';
const never = () => false;
const throws = () => { throw new Error('no'); };
const title = (input) => [{ message: 'title ' + input }];
module.exports = {
  formats: [oas2],
  rules: {
    spectral: { given: '$.info.title', severity: 'error', formats: [oas3], then: { function: title } },
    swagger: { given: '$.info.title', severity: 'error', formats: [oas2], then: { function: title } },
    custom: { given: '$.info.title', severity: 'error', formats: [pets], then: { function: title } },
    none: { given: '$.info.title', severity: 'error', formats: [never, throws], then: { function: title } },
  },
};
`;
  assert.deepEqual(await lintWithModule(ruleset), ['custom@/info/title 3:10 error title Pets', 'spectral@/info/title 3:10 error title Pets']);
  // None of the formats the ruleset and its rules name matches: Spectral's warning names them by display name, else function name.
  const unmatched = ruleset.replace(/ {4}(spectral|swagger|custom): .*\n/g, '');
  assert.deepEqual(await lintWithModule(unmatched), [
    'unrecognized-format@ 1:1 warn The provided document does not match any of the registered formats [OpenAPI 2.0 (Swagger), never, throws]',
  ]);
});

test("ruleset: a CommonJS ruleset requiring Spectral's packages gets archway's functions and formats without them installed; options are checked as a core function's", async () => {
  const ruleset = (options: string) => `const { pattern } = require('@stoplight/spectral-functions');
const { oas3, oas2 } = require('@stoplight/spectral-formats');
module.exports = { rules: {
  titled: { given: '$.info.title', severity: 'error', formats: [oas3], then: { function: pattern, functionOptions: ${options} } },
  swagger: { given: '$.info.title', severity: 'error', formats: [oas2], then: { function: pattern, functionOptions: { match: '^x' } } },
} };
`;
  assert.deepEqual(await lintWithModule(ruleset('{ notMatch: /^P/ }')), ['titled@/info/title 3:10 error "Pets" must not match the pattern ^P']);
  await assert.rejects(lintWithModule(ruleset('{ nope: 1 }')), (error: Error) => {
    assert.ok(error instanceof InputError);
    assert.match(error.message, /rule "titled": "pattern" function does not support "nope" option/);
    return true;
  });
});

test('ruleset: results land where Spectral 6.16 reports them, and {{property}} names what it names (its own output: rule code, path, message, line and column)', async () => {
  const doc = `openapi: 3.1.0
info: { title: T, version: '1' }
paths:
  /a:
    get:
      responses:
        '400': { $ref: '#/components/responses/Bad' }
        '401': { $ref: '#/components/responses/Bad', description: sib }
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Dollar' }
components:
  responses:
    Bad:
      description: bad
      content:
        application/problem+json:
          schema: { type: object }
  schemas:
    Dollar:
      type: object
      properties:
        $type: { type: string }
        a b: { type: string }
`;
  const ruleset = `rules:
  media:
    given: '$.paths[*][*].responses[*].content[*]'
    severity: error
    message: 'media {{property}} at {{path}}: {{error}}'
    then: { field: x, function: truthy }
  resp:
    given: '$.paths[*][*].responses[*]'
    severity: error
    message: 'resp {{property}}: {{error}}'
    then: { field: y, function: truthy }
  prop:
    given: '$..properties[*]'
    severity: error
    message: 'prop {{property}}: {{error}}'
    then: { function: truthy, field: z }
`;
  assert.deepEqual(await lintWith(ruleset, doc), [
    // A path through a ref lands on its target, named alone: Spectral keeps no missing part when the path ends on the ref.
    'media@/components/responses/Bad/content 18:15 error media content.x at #/components/responses/Bad/content: "content.x" property must be truthy',
    'media@/paths/~1a/get/responses/200/content/application~1json 12:30 error media application/json.x at #/paths/~1a/get/responses/200/content/application~1json: "application/json.x" property must be truthy',
    // Reached through the ref from 200's schema, the key `$type` is looked up percent-encoded after the ref: the result lands on its parent.
    'prop@/components/schemas/Dollar/properties 24:18 error prop properties.z: "properties.z" property must be truthy',
    'prop@/components/schemas/Dollar/properties/$type 25:15 error prop $type.z: "$type.z" property must be truthy',
    "prop@/components/schemas/Dollar/properties/a b 26:13 error prop ['a b'].z: \"['a b'].z\" property must be truthy",
    'resp@/components/responses/Bad 16:9 error resp Bad: "Bad" property must be truthy',
    'resp@/paths/~1a/get/responses/200 9:15 error resp [200].y: "[200].y" property must be truthy',
    // A ref written with a sibling keeps its result where it is written.
    'resp@/paths/~1a/get/responses/401 8:15 error resp [401].y: "[401].y" property must be truthy',
  ]);
});

test('config: extends takes a preset, spectral:oas and ruleset files together; a missing file is located', async () => {
  await withTempDirAsync(async (dir) => {
    writeFileSync(join(dir, 'api.yaml'), API);
    writeFileSync(join(dir, 'team.spectral.yaml'), `rules:\n  c: { ${CONTACT.replace('\n   ', ',')} }\n`);
    const ids = async () =>
      JSON.parse((await runCli(['lint', 'api.yaml', '--format', 'json', '--fail-on', 'never'], dir)).stdout).findings.map((f: { ruleId: string }) => f.ruleId);
    writeFileSync(join(dir, 'archway.config.yaml'), 'extends: [recommended, ./team.spectral.yaml]\n');
    const both = await ids();
    assert.ok(both.includes('c') && both.includes('info-contact'), both.join(','));
    writeFileSync(join(dir, 'archway.config.yaml'), 'extends: [./team.spectral.yaml]\n');
    assert.deepEqual(await ids(), ['c']);
    writeFileSync(join(dir, 'archway.config.yaml'), 'extends: spectral:oas\n');
    // Only archway rules that implement a spectral:oas rule (the peer table grows; the set stays within it).
    const mapped = new Set(PEER_RULESETS['spectral:oas'].rules.flatMap((r) => r.archway));
    const peers = await ids();
    assert.ok(peers.includes('info-contact') && peers.every((id: string) => mapped.has(id)), peers.join(','));
    writeFileSync(join(dir, 'archway.config.yaml'), 'extends: [recommended, ./gone.yaml]\n');
    const bad = await runCli(['lint', 'api.yaml'], dir);
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr, 'archway.config.yaml:1:24: extends: the ruleset file ./gone.yaml does not exist (relative to this config)\n');
  });
});
