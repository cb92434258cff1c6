import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A synthetic OpenAPI document with `operations` list/get pairs, each with its own schema, so
 * every part of the document grows with the factor: the input for the linear-scaling case.
 */
export function writeSyntheticContract(dir: string, operations: number): string {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (let i = 0; i < operations / 2; i++) {
    const name = `Thing${i}`;
    schemas[name] = {
      type: 'object',
      required: ['id'],
      properties: Object.fromEntries([
        ['id', { type: 'string' }],
        ...Array.from({ length: 10 }, (_, p): [string, object] => [`field${p}`, p % 2 ? { type: 'integer' } : { type: 'string', maxLength: 64 }]),
      ]),
    };
    const ref = { $ref: `#/components/schemas/${name}` };
    const errors = { '404': { description: 'Not found', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } } };
    paths[`/v1/things${i}`] = {
      get: {
        operationId: `listThings${i}`,
        summary: 'List',
        parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', maximum: 100, default: 20 } }, { name: 'cursor', in: 'query', schema: { type: 'string' } }],
        responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object', properties: { items: { type: 'array', items: ref }, next: { type: 'string' } } } } } }, ...errors },
      },
    };
    paths[`/v1/things${i}/{id}`] = {
      get: { operationId: `getThing${i}`, summary: 'Get', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'OK', content: { 'application/json': { schema: ref } } }, ...errors } },
    };
  }
  schemas.Problem = { type: 'object', properties: { type: { type: 'string' }, title: { type: 'string' } } };
  const document = { openapi: '3.0.3', info: { title: 'Synthetic', version: '1.0.0' }, paths, components: { schemas } };
  const path = join(dir, `synthetic-${operations}.json`);
  writeFileSync(path, JSON.stringify(document, null, 2));
  return path;
}
