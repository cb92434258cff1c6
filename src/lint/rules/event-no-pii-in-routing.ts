import type { At } from '../../contracts/walk.js';
import { isObject } from '../helpers.js';
import {
  addressAt,
  addressParameters,
  child,
  follow,
  messageBindings,
  messageFieldAt,
  messageName,
  schemaProperties,
  words,
  writtenAddress,
} from '../events.js';
import { defineLintRule } from '../rule.js';

/** Words that name personal data on their own, and pairs that do together. */
const WORDS = new Set([
  'email',
  'phone',
  'telephone',
  'msisdn',
  'ssn',
  'passport',
  'dob',
  'birthdate',
  'birthday',
  'surname',
  'username',
  'iban',
  'address',
  'name',
]);
const PAIRS = new Set([
  'first name',
  'last name',
  'full name',
  'given name',
  'family name',
  'middle name',
  'display name',
  'user name',
  'customer name',
  'person name',
  'e mail',
  'social security',
  'national id',
  'tax id',
  'of birth',
  'birth date',
  'credit card',
  'card number',
  'ip address',
  'street address',
  'home address',
  'postal address',
  'billing address',
  'shipping address',
  'mailing address',
  'driver license',
  'drivers license',
  'mobile number',
  'phone number',
]);
/** Words that make `name` or `address` a thing's, not a person's: `topicName`, `macAddress`. */
const NOT_PERSONAL = new Set([
  'topic',
  'queue',
  'channel',
  'file',
  'host',
  'server',
  'service',
  'product',
  'event',
  'schema',
  'mac',
  'broker',
  'bucket',
  'table',
  'field',
  'wallet',
  'contract',
  'room',
  'group',
  'team',
  'app',
  'application',
  'device',
  'node',
  'reply',
  'callback',
  'return',
  'endpoint',
  'network',
]);

/** The field a runtime expression or pointer ends at: `$message.payload#/customer/email` → email. */
const lastField = (expression: string) => expression.split(/[/#]/).pop()!;

/** The personal data an identifier names, e.g. `customerEmail` → "email", or undefined. */
export function personalData(identifier: string): string | undefined {
  const w = words(identifier);
  for (let i = 0; i + 1 < w.length; i++) if (PAIRS.has(`${w[i]} ${w[i + 1]}`)) return `${w[i]} ${w[i + 1]}`;
  const hit = w.find((word) => WORDS.has(word));
  if ((hit === 'name' || hit === 'address') && w.some((word) => NOT_PERSONAL.has(word))) return undefined;
  return hit;
}

export default defineLintRule({
  id: 'event-no-pii-in-routing',
  category: 'security',
  severity: 'warn',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description: 'Channel addresses, channel parameters and message keys carry no personal data (email, phone, SSN, names, postal or IP addresses…).',
  rationale:
    'Addresses and keys are routing metadata: brokers log them, show them in consoles and metrics, put them in ACLs and keep them after the payload is encrypted, masked or deleted. A topic per email address, or a key that is a phone number, spreads personal data where no erasure request reaches it.',
  fix: 'Route and key by an opaque identifier (customer id, a hash or token) and keep the personal data, if needed at all, inside the payload.',
  references: [
    'GDPR Art. 4(1) "personal data" and Art. 5(1)(c) "data minimisation"',
    'CWE-359 "Exposure of Private Personal Information to an Unauthorized Actor"',
    'AsyncAPI 3.0.0 "Parameter Object" and Kafka Message Binding: key',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  inbox:\n    address: "users.{email}.notifications"\n    parameters:\n      email: { description: The user\'s email address. }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nchannels:\n  inbox:\n    address: "users.{userId}.notifications"\n    parameters:\n      userId: { description: The user\'s opaque id. }\n',
  },
  create: ({ report }) => ({
    Channel(node, ctx) {
      const channel = ctx.event!.channel!;
      const address = writtenAddress(ctx.doc, channel);
      const declared = isObject(node.parameters) ? node.parameters : {};
      const flagged = new Set<string>();
      for (const name of Object.keys(declared)) {
        const at = child(channel.at, 'parameters', name);
        const parameter = follow(ctx.doc, declared[name], at)?.node ?? {};
        // A parameter may come from a payload field (`location`) or be formatted as an email.
        const fromLocation = typeof parameter.location === 'string' ? personalData(lastField(parameter.location)) : undefined;
        const term = personalData(name) ?? fromLocation ?? (parameter.schema?.format === 'email' || parameter.format === 'email' ? 'email' : undefined);
        if (!term) continue;
        flagged.add(name);
        report(ctx, {
          at,
          target: 'key',
          messageId: 'channel-parameter',
          message: `channel ${channel.key} is addressed by parameter ${name}, which looks like personal data (${term})`,
        });
      }
      for (const name of address ? addressParameters(address) : []) {
        const term = personalData(name);
        if (term && !flagged.has(name))
          report(ctx, {
            ...addressAt(ctx.doc, channel),
            messageId: 'address',
            message: `channel address ${address} contains {${name}}, which looks like personal data (${term})`,
          });
      }
      const ordering = node['x-ordering-key'];
      const term = typeof ordering === 'string' ? personalData(lastField(ordering)) : undefined;
      if (term)
        report(ctx, {
          at: child(channel.at, 'x-ordering-key'),
          messageId: 'ordering-key',
          message: `channel ${channel.key} is keyed by ${ordering}, which looks like personal data (${term})`,
        });
    },
    Message(node, ctx) {
      const message = ctx.event!.message!;
      const found: Array<{ term: string; what: string; at: At }> = [];
      const ordering = node['x-ordering-key'];
      if (typeof ordering === 'string') {
        const term = personalData(lastField(ordering));
        if (term) found.push({ term, what: `x-ordering-key ${ordering}`, at: messageFieldAt(message, 'x-ordering-key') });
      }
      const all = messageBindings(ctx.doc, message);
      const kafka = all?.node.kafka;
      if (all && isObject(kafka) && kafka.key !== undefined) {
        const keyAt = child(all.at, 'kafka', 'key');
        const named = isObject(kafka.key) && typeof kafka.key.$ref === 'string' ? personalData(lastField(kafka.key.$ref)) : undefined;
        const key = follow(ctx.doc, kafka.key, keyAt);
        const names = key ? [...schemaProperties(ctx.doc, key).keys()] : [];
        const term = named ?? (key?.node.format === 'email' ? 'email' : undefined);
        if (term) found.push({ term, what: 'its Kafka key', at: key?.at ?? keyAt });
        for (const name of names) {
          const t = personalData(name);
          if (t) found.push({ term: t, what: `Kafka key field ${name}`, at: key!.at });
        }
      }
      for (const f of found)
        report(ctx, {
          at: f.at,
          messageId: 'message-key',
          message: `message ${messageName(message)} is keyed by ${f.what}, which looks like personal data (${f.term})`,
        });
    },
  }),
});
