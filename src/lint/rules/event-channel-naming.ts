import { addTo } from '../../core/collections.js';
import type { At } from '../../contracts/walk.js';
import { addressAt, writtenAddress } from '../events.js';
import { defineLintRule } from '../rule.js';
import { casingOf } from './path-casing-consistent.js';

/** How an address separates its levels: `a/b`, `a.b`, `a-b`, `a_b`; undefined for a single word. */
function separator(address: string): string | undefined {
  for (const [mark, name] of [
    ['/', 'slash/separated'],
    ['.', 'dot.separated'],
    ['-', 'kebab-case'],
    ['_', 'snake_case'],
  ])
    if (address.includes(mark)) return name;
  return undefined;
}

export default defineLintRule({
  id: 'event-channel-naming',
  category: 'naming',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description:
    'Channel addresses follow the document’s dominant convention: levels dot.separated, slash/separated, kebab-case or snake_case, and one word casing within levels.',
  rationale:
    'Consumers subscribe by address, often with wildcards (`orders.*`, `orders/#`), and ACLs and dashboards match on prefixes. One address in another convention escapes those patterns silently; on Kafka, `.` and `_` even collide in metric names.',
  fix: 'Rename the outlying channels to the dominant convention (for an existing topic: create the new one, mirror, then retire the old).',
  references: [
    'AsyncAPI 3.0.0 "Channel Object": address',
    "Apache Kafka kafka-topics tool: \"topics with a period ('.') or underscore ('_') could collide\" in metric names",
    'C. Riccomini, "How to paint a bike shed: Kafka topic naming conventions" (2017)',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  placed: { address: orders.placed.v1 }\n  paid: { address: orders.paid.v1 }\n  shipped: { address: orders/shipped/v1 }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  placed: { address: orders.placed.v1 }\n  paid: { address: orders.paid.v1 }\n  shipped: { address: orders.shipped.v1 }\n',
  },
  create: ({ report }) => {
    const channels: Array<{ address: string; where: { at: At; target?: 'key' }; separator?: string; casings: string[] }> = [];
    return {
      Channel(_node, ctx) {
        const channel = ctx.event!.channel!;
        const address = writtenAddress(ctx.doc, channel);
        if (address === undefined) return;
        const bare = address.replace(/\{[^}]*\}/g, 'x').replace(/^\/+|\/+$/g, '');
        const sep = separator(bare);
        const levels = sep === 'slash/separated' ? bare.split('/') : sep === 'dot.separated' ? bare.split('.') : [];
        const casings = [...new Set(levels.map(casingOf).filter((c) => c === 'kebab' || c === 'snake' || c === 'camel'))];
        channels.push({ address, where: addressAt(ctx.doc, channel), separator: sep, casings });
      },
      DocumentExit(_node, ctx) {
        const dominant = (groups: Map<string, string[]>) => [...groups.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0]?.[0];
        const bySeparator = new Map<string, string[]>();
        const byCasing = new Map<string, string[]>();
        for (const c of channels) {
          if (c.separator) addTo(bySeparator, c.separator, c.address);
          for (const casing of c.casings) addTo(byCasing, casing, c.address);
        }
        const mainSeparator = dominant(bySeparator);
        const mainCasing = dominant(byCasing);
        for (const c of channels) {
          const problems = [
            ...(c.separator && c.separator !== mainSeparator
              ? [`is ${c.separator} where ${addresses(bySeparator.get(mainSeparator!)!.length, 'is', 'are')} ${mainSeparator}`]
              : []),
            ...c.casings
              .filter((k) => k !== mainCasing)
              .map((k) => `has ${k}-case levels where ${addresses(byCasing.get(mainCasing!)!.length, 'uses', 'use')} ${mainCasing} case`),
          ];
          if (problems.length > 0) report(ctx, { at: c.where.at, target: c.where.target, message: `channel address ${c.address} ${problems.join(' and ')}` });
        }
      },
    };
  },
});

/** `1 address is`, `3 addresses are`. */
function addresses(count: number, one: string, many: string): string {
  return count === 1 ? `1 address ${one}` : `${count} addresses ${many}`;
}
