import type { At } from '../../contracts/walk.js';
import { isObject } from '../helpers.js';
import { rootMap } from '../async-peers.js';
import { child, follow } from '../events.js';
import { defineLintRule } from '../rule.js';

export default defineLintRule({
  id: 'asyncapi-parameter-description',
  category: 'docs',
  severity: 'warn',
  presets: ['strict'],
  formats: ['async'],
  description: 'Every channel parameter (and every parameter under `components.parameters`) has a description.',
  rationale:
    'A parameter is a routing dimension of the address (`orders.{region}`): consumers need to know what values it takes and what they mean to subscribe to the right subset.',
  fix: 'Add a `description` to the parameter, with its values or where they come from.',
  references: [
    'AsyncAPI 3.0.0 "Parameter Object" (https://www.asyncapi.com/docs/reference/specification/v3.0.0#parameterObject)',
    'Spectral asyncapi-parameter-description',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: "orders.{region}"\n    parameters:\n      region: { enum: [eu, us] }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  orders:\n    address: "orders.{region}"\n    parameters:\n      region: { enum: [eu, us], description: Where the order was placed. }\n',
  },
  create: ({ report }) => {
    const check = (ctx: { at: At }, node: Record<string, any>, at: At, name: string) => {
      if (!node.description) report(ctx, { at, target: 'key', message: `parameter ${name} has no description`, data: { parameter: name } });
    };
    return {
      Document(_node, ctx) {
        for (const p of rootMap(ctx.doc, 'components', 'parameters')) check(ctx, p.node, p.at, p.name);
      },
      Channel(node, ctx) {
        if (!isObject(node.parameters)) return;
        const channel = ctx.event!.channel!;
        for (const name of Object.keys(node.parameters)) {
          const found = follow(ctx.doc, node.parameters[name], child(channel.at, 'parameters', name));
          // A parameter defined in components is judged there, once.
          if (found && !/^\/components\/parameters\//.test(found.at.pointer)) check(ctx, found.node, found.at, name);
        }
      },
    };
  },
});
