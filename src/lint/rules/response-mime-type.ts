import { hookOperations } from '../hook-operations.js';
import { defineLintRule } from '../rule.js';
import { judgeMediaTypes } from './request-mime-type.js';

export default defineLintRule({
  id: 'response-mime-type',
  category: 'naming',
  severity: 'error',
  presets: [],
  description: 'Responses use only the media types the config allows (`allowedValues`).',
  rationale:
    'Clients, gateways and SDKs are built for the API’s few response formats; a response in another one (text/plain, XML) breaks the parsing every client shares.',
  fix: 'Answer in one of the allowed media types, or add the type to `allowedValues`.',
  references: ['Redocly response-mime-type'],
  options: {
    allowedValues: { kind: 'strings', description: 'The response media types allowed.', default: ['application/json'] },
  },
  examples: {
    bad: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      responses: { "200": { description: OK, content: { text/plain: { schema: { type: string } } } } }\n',
    good: 'openapi: 3.1.0\ninfo: { title: T, version: 1.0.0 }\npaths:\n  /orders:\n    get:\n      responses: { "200": { description: OK, content: { application/json: { schema: { type: array } } } } }\n',
  },
  create: (context) => ({
    Response(node, ctx) {
      judgeMediaTypes(context, ctx, node, 'content', 'response');
    },
    // OpenAPI 3: what the API sends to the callbacks and webhooks it calls, their request bodies.
    Document(node, ctx) {
      if (ctx.doc.version.startsWith('2')) judgeMediaTypes(context, ctx, node, 'produces', 'response');
      else
        for (const hook of hookOperations(ctx.doc, node, ctx.at))
          if (hook.requestBody) judgeMediaTypes(context, { at: hook.requestBody.at }, hook.requestBody.node, 'content', 'response');
    },
    Operation(node, ctx) {
      if (ctx.doc.version.startsWith('2')) judgeMediaTypes(context, ctx, node, 'produces', 'response');
    },
  }),
});
