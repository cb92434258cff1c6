import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../../src/contracts/load.js';
import { ResolvedDocument } from '../../../src/lint/spectral/resolved.js';
import { withTempDir } from '../../support/cli.js';
import { lintWith, lintWithModule } from './helpers.js';

const SHARED = `openapi: 3.0.3
info: { title: T, version: '1' }
paths:
  /a:
    get:
      responses:
        '200': { $ref: '#/components/responses/Ok' }
        '201': { $ref: '#/components/responses/Ok' }
        '202':
          description: inline
          content: { application/json: { schema: { $ref: '#/components/schemas/Name' } } }
components:
  responses:
    Ok:
      description: ok
      content: { application/json: { schema: { $ref: '#/components/schemas/Name' } } }
  schemas:
    Name: { type: string, description: '', externalDocs: { url: 'https://example.com' } }
`;

test('replay guide: past a $ref, a subtree met again with the same view object, raw node and key is skipped; before any, never', () => {
  withTempDir((dir) => {
    writeFileSync(join(dir, 'api.yaml'), SHARED);
    const view = new ResolvedDocument(loadContract(join(dir, 'api.yaml')));
    const root = view.root as Record<string, unknown>;
    let guide = view.replayGuide();
    const walk = (keys: string[]) => {
      let node: unknown = root;
      const entered: boolean[] = [];
      for (const key of keys) {
        node = (node as Record<string, unknown>)[key];
        const go = guide.enter(key, node);
        entered.push(go);
        if (!go) break;
      }
      for (const go of entered) if (go) guide.leave();
      return entered;
    };
    const under = (status: string) => ['paths', '/a', 'get', 'responses', status, 'content', 'application/json', 'schema'];
    // The ref is written where '200' is: the keys after it are read in the response it names.
    assert.deepEqual(walk(under('200')), [true, true, true, true, true, true, true, true]);
    assert.deepEqual(walk(under('201')), [true, true, true, true, true, false]);
    // Written inline, '202' ends on its ref at `schema`: a place of its own (a path that ends on a ref), so it is walked.
    assert.deepEqual(walk(under('202')), [true, true, true, true, true, true, true, true]);
    // Below it the ref is crossed, and `externalDocs` there is where it was under '200' (a scalar is never skipped: nothing is below it).
    guide = view.replayGuide();
    assert.deepEqual(walk([...under('200'), 'externalDocs']), [true, true, true, true, true, true, true, true, true]);
    assert.deepEqual(walk([...under('202'), 'type']), [true, true, true, true, true, true, true, true, true]);
    assert.deepEqual(walk([...under('202'), 'externalDocs']), [true, true, true, true, true, true, true, true, false]);
    // The root file's own components are walked without a ref: every path counts.
    const component = ['components', 'responses', 'Ok', 'content', 'application/json', 'schema'];
    assert.deepEqual(walk(component), [true, true, true, true, true, true]);
    assert.deepEqual(walk(component), [true, true, true, true, true, true]);
  });
});

test('replay guide: findings of core functions, skipping, are those of a custom function that sees every path', async () => {
  const rules = (fn: string) => `rules:
  described: { given: "$..[?(@ && @.type == 'string')]", then: { field: description, function: ${fn} } }
  typed: { given: "$..schema", then: { function: ${fn === 'truthy' ? 'schema' : fn}, functionOptions: { schema: { required: [format] } } } }
`;
  const core = await lintWith(rules('truthy'), SHARED);
  // Each path to the schema ends on a ref: all three land on the component.
  assert.deepEqual(core, [
    'described@/components/schemas/Name/description 18:40 warn "description" property must be truthy',
    'typed@/components/schemas/Name 18:10 warn "schema" property must have required property "format"',
  ]);
  const everyPath = `const { truthy, schema } = require('@stoplight/spectral-functions');
let calls = 0;
const counted = (input, options, context) => { calls++; return (options ? schema : truthy)(input, options, context); };
module.exports = { rules: {
  described: { given: "$..[?(@ && @.type == 'string')]", then: { field: 'description', function: counted } },
  typed: { given: '$..schema', then: { function: counted, functionOptions: { schema: { required: ['format'] } } } },
} };
`;
  assert.deepEqual(await lintWithModule(everyPath, SHARED), core);
});

test('ruleset: results of one place differ in their finding only where the message shows the function message ({{error}})', async () => {
  const rule = (message: string) => `rules:
  r:
    given: $.info
    message: '${message}'
    then: { function: schema, functionOptions: { allErrors: true, schema: { required: [contact, license] } } }
`;
  assert.deepEqual(await lintWith(rule('{{error}}')), [
    'r@/info 2:6 warn "info" property must have required property "contact"',
    'r@/info 2:6 warn "info" property must have required property "license"',
  ]);
  assert.deepEqual(await lintWith(rule('#{{print("property")}}is incomplete')), ['r@/info 2:6 warn "info" property is incomplete']);
});
