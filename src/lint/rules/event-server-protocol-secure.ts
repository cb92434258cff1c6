import type { ContractDocument } from '../../contracts/load.js';
import type { At } from '../../contracts/walk.js';
import { isObject } from '../helpers.js';
import { child, follow, isLocalServer } from '../events.js';
import { defineLintRule } from '../rule.js';

/** Plain protocols and their TLS counterparts, as AsyncAPI names them. */
const SECURE: Record<string, string> = { kafka: 'kafka-secure', ws: 'wss', amqp: 'amqps', mqtt: 'secure-mqtt (mqtts)', http: 'https', stomp: 'stomps' };
/** URL schemes (2.x `url`) that carry no TLS. */
const PLAIN_SCHEMES = /^(http|ws|mqtt|amqp|stomp|tcp|pulsar|redis|nats):\/\//i;

export default defineLintRule({
  id: 'event-server-protocol-secure',
  category: 'security',
  severity: 'error',
  presets: ['recommended', 'strict'],
  formats: ['async'],
  description:
    'Servers use TLS protocols (kafka-secure, wss, amqps, secure-mqtt/mqtts, https, stomps), localhost excepted; plain `kafka` passes when its security scheme is X509 or declares `x-security.protocol: SSL|SASL_SSL`.',
  rationale:
    'Over a plain protocol every event — with its personal data and the SASL password or token that opened the connection — crosses the network readable and changeable by anyone on the path.',
  fix: 'Serve the broker over TLS and declare the secure protocol (`kafka-secure`, `wss`, `amqps`, `secure-mqtt`, `https`, `stomps`).',
  references: [
    'AsyncAPI 3.0.0 "Server Object": protocol (https://www.asyncapi.com/docs/reference/specification/v3.0.0#serverObject)',
    'Apache Kafka documentation, "Security: Encryption and Authentication using SSL" (security.protocol SSL, SASL_SSL)',
    'OWASP ASVS 4.0, V9.1.1 "TLS is used for all client connectivity"',
  ],
  examples: {
    bad: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod: { host: "mqtt.example.com:1883", protocol: mqtt }\n',
    good: 'asyncapi: 3.0.0\ninfo: { title: T, version: 1.0.0 }\nservers:\n  prod: { host: "mqtt.example.com:8883", protocol: secure-mqtt }\n',
  },
  create: ({ report }) => ({
    Server(node, ctx) {
      if (isLocalServer(node)) return;
      const protocol = String(node.protocol ?? '').toLowerCase();
      const url = typeof node.url === 'string' ? node.url : '';
      if (PLAIN_SCHEMES.test(url))
        return report(ctx, { at: child(ctx.at, 'url'), messageId: 'plain-scheme', message: `server ${ctx.name} URL ${url} uses a plain scheme` });
      if (!(protocol in SECURE)) return;
      if (protocol === 'kafka' && tlsSecured(ctx.doc, node, ctx.at)) return;
      report(ctx, {
        at: child(ctx.at, 'protocol'),
        messageId: 'plain-protocol',
        message: `server ${ctx.name} uses plain ${protocol}; use ${SECURE[protocol]}`,
      });
    },
  }),
});

/** Kafka's `security.protocol` is a client setting; the scheme tells it: X509 is mutual TLS, or an explicit `x-security.protocol`. */
function tlsSecured(doc: ContractDocument, server: Record<string, any>, at: At): boolean {
  const schemes = (doc.root as Record<string, any>).components?.securitySchemes;
  const schemesAt = child({ file: doc.rootFile, pointer: '' }, 'components', 'securitySchemes');
  const security: unknown[] = Array.isArray(server.security) ? server.security : [];
  // 2.x requirements name schemes; 3.0 lists the schemes themselves.
  const used = doc.version.startsWith('2.')
    ? security.flatMap((r) => (isObject(r) && isObject(schemes) ? Object.keys(r).map((name) => follow(doc, schemes[name], child(schemesAt, name))) : []))
    : security.map((s, i) => follow(doc, s, child(at, 'security', i)));
  return used.some((scheme) => scheme?.node.type === 'X509' || /^(SSL|SASL_SSL)$/i.test(String(scheme?.node['x-security.protocol'] ?? '')));
}
