import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContract } from '../../src/contracts/load.js';
import { structureValidator } from '../../src/lint/structure.js';
import { compileStructureSchema, OAS_VERSIONS, type OasVersion } from '../../src/lint/structure-schema.js';
import { CORPUS } from '../support/cli.js';

/**
 * `document-structure` runs the code the build generated from the OpenAPI schemas
 * (scripts/precompile-schemas.ts). That code must judge as ajv's own compile of the same
 * schemas does: the same verdict and the same errors, in order, field for field.
 */
const HEAD: Record<OasVersion, Record<string, unknown>> = {
  '2.0': { swagger: '2.0', info: { title: 'T', version: '1' } },
  '3.0': { openapi: '3.0.3', info: { title: 'T', version: '1' } },
  '3.1': { openapi: '3.1.0', info: { title: 'T', version: '1' } },
};

const OK = { responses: { '200': { description: 'OK' } } };

/** Documents of each version: valid ones and one fault of each kind the schemas catch (misspelt field, wrong type, missing field, bad enum, oneOf). */
function documents(version: OasVersion): Array<[string, unknown]> {
  const head = HEAD[version];
  const schema = version === '2.0' ? { definitions: { A: { type: 'object', properties: { id: { type: 'string' } } } } } : {};
  const components =
    version === '2.0' ? {} : { components: { schemas: { A: { type: 'object', properties: { id: { type: 'string', nullable: version === '3.0' } } } } } };
  return [
    ['valid', { ...head, paths: { '/a': { get: OK } }, ...schema, ...components }],
    ['misspelt field', { ...head, paths: { '/a': { get: { reponses: OK.responses } } } }],
    ['wrong type', { ...head, paths: { '/a': { get: { ...OK, tags: 'x' } } } }],
    ['missing required field', { ...head, paths: { '/a': { get: { responses: { '200': {} } } } } }],
    ['bad enum', { ...head, paths: { '/a': { get: { ...OK, parameters: [{ name: 'q', in: 'body-ish', type: 'string', schema: { type: 'string' } }] } } } }],
    ['no paths', { ...head }],
    ['extra root property', { ...head, paths: {}, extra: true }],
    [
      'schema with a wrong keyword type',
      { ...head, paths: {}, ...(version === '2.0' ? { definitions: { A: { type: 7 } } } : { components: { schemas: { A: { type: 7, required: 'id' } } } }) },
    ],
    [
      'security scheme of an unknown type',
      {
        ...head,
        paths: {},
        ...(version === '2.0' ? { securityDefinitions: { k: { type: 'magic' } } } : { components: { securitySchemes: { k: { type: 'magic' } } } }),
      },
    ],
  ];
}

const CORPUS_DOCS: Array<[OasVersion, string]> = [
  ['3.0', 'stripe/stripe-spec3.new.json'],
  ['3.0', 'box/box-openapi.json'],
  ['3.1', 'discord/discord-openapi.json'],
  ['3.0', 'twilio/twilio_messaging_v1.yaml'],
];

function judge(validate: ReturnType<typeof structureValidator>, doc: unknown) {
  const valid = validate(doc);
  return { valid, errors: validate.errors ?? null };
}

for (const version of OAS_VERSIONS) {
  test(`the precompiled ${version} validator judges as a fresh compile of the schema`, () => {
    const fresh = compileStructureSchema(version).validate;
    const built = structureValidator(version);
    let invalid = 0;
    for (const [name, doc] of documents(version)) {
      const expected = judge(fresh, doc);
      assert.deepEqual(judge(built, doc), expected, `${version}: ${name}`);
      if (!expected.valid) invalid++;
    }
    // The faults are faults: the comparison covers error lists, not only verdicts.
    assert.equal(invalid, documents(version).length - 1);
  });
}

for (const [version, file] of CORPUS_DOCS) {
  const path = join(CORPUS, file);
  test(`the precompiled ${version} validator judges ${file} as a fresh compile`, { skip: !existsSync(path) && `corpus absent: ${path}` }, () => {
    const root = loadContract(path).rootFile.root;
    assert.deepEqual(judge(structureValidator(version), root), judge(compileStructureSchema(version).validate, root));
  });
}
