import { readFileSync, writeFileSync } from 'node:fs';
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
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 100, default: 20 } },
          { name: 'cursor', in: 'query', schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'OK',
            content: { 'application/json': { schema: { type: 'object', properties: { items: { type: 'array', items: ref }, next: { type: 'string' } } } } },
          },
          ...errors,
        },
      },
    };
    paths[`/v1/things${i}/{id}`] = {
      get: {
        operationId: `getThing${i}`,
        summary: 'Get',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'OK', content: { 'application/json': { schema: ref } } }, ...errors },
      },
    };
  }
  schemas.Problem = { type: 'object', properties: { type: { type: 'string' }, title: { type: 'string' } } };
  const document = { openapi: '3.0.3', info: { title: 'Synthetic', version: '1.0.0' }, paths, components: { schemas } };
  const path = join(dir, `synthetic-${operations}.json`);
  writeFileSync(path, JSON.stringify(document, null, 2));
  return path;
}

/**
 * A base/revision pair of AsyncAPI 2.6 documents with `channels` channels, each publishing one
 * message through a shared component schema; the revision removes a field from every tenth
 * schema and adds an enum value to every seventh, so both tools have real changes to find.
 */
export function writeSyntheticEventPair(dir: string, channels: number): { base: string; revision: string } {
  const build = (revised: boolean) => {
    const doc: Record<string, any> = {
      asyncapi: '2.6.0',
      info: { title: 'synthetic events', version: revised ? '2.0.0' : '1.0.0' },
      channels: {},
      components: { messages: {}, schemas: {} },
    };
    for (let i = 0; i < channels; i++) {
      const states = ['created', 'updated', ...(revised && i % 7 === 0 ? ['archived'] : [])];
      const properties: Record<string, unknown> = { id: { type: 'string' }, state: { type: 'string', enum: states } };
      for (let p = 0; p < 8; p++)
        if (!(revised && i % 10 === 0 && p === 0)) properties[`field${p}`] = p % 2 ? { type: 'integer' } : { type: 'string', maxLength: 64 };
      doc.components.schemas[`Thing${i}`] = { type: 'object', required: ['id', 'state'], properties };
      doc.components.messages[`ThingChanged${i}`] = { name: `ThingChanged${i}`, payload: { $ref: `#/components/schemas/Thing${i}` } };
      doc.channels[`things/${i}/changed`] = { subscribe: { operationId: `onThing${i}Changed`, message: { $ref: `#/components/messages/ThingChanged${i}` } } };
    }
    return doc;
  };
  const base = join(dir, `events-${channels}.base.json`);
  const revision = join(dir, `events-${channels}.revision.json`);
  writeFileSync(base, JSON.stringify(build(false), null, 2));
  writeFileSync(revision, JSON.stringify(build(true), null, 2));
  return { base, revision };
}

/**
 * The synthetic document and a revision of it in which every tenth schema loses `field0` and
 * every seventh gains a required `extra`: a diff whose changes grow with the document.
 */
export function writeSyntheticPair(dir: string, operations: number): { base: string; revision: string } {
  const base = writeSyntheticContract(dir, operations);
  const document = JSON.parse(readFileSync(base, 'utf8')) as {
    components: { schemas: Record<string, { required?: string[]; properties: Record<string, unknown> }> };
  };
  Object.entries(document.components.schemas).forEach(([name, schema], i) => {
    if (name === 'Problem') return;
    if (i % 10 === 0) delete schema.properties.field0;
    if (i % 7 === 0) {
      schema.properties.extra = { type: 'string' };
      schema.required = [...(schema.required ?? []), 'extra'];
    }
  });
  const revision = join(dir, `synthetic-${operations}.revision.json`);
  writeFileSync(revision, JSON.stringify(document, null, 2));
  return { base, revision };
}
