import { A2, A3, pin } from './pin.js';

/** event-server-protocol-secure: plain URL schemes and protocols, and the Kafka security schemes that show TLS. */
const SERVER3 = (server: string, schemes = '') => A3(`servers:\n  prod: { ${server} }\n${schemes ? `components:\n  securitySchemes:\n${schemes}` : ''}`);
const SERVER2 = (server: string, rest = '') => A2(`servers:\n  prod: { ${server} }\nchannels: {}\n${rest}`);
const KAFKA3 = (security: string, schemes: string) => SERVER3(`host: "kafka.example.com:9093", protocol: kafka, security: [${security}]`, schemes);
const RULE = 'event-server-protocol-secure';

pin([
  [
    RULE,
    '2.x: a plain URL scheme',
    SERVER2('url: "mqtt://broker.example.com:1883", protocol: mqtt'),
    ['event-server-protocol-secure@/servers/prod/url 4:16 server prod URL mqtt://broker.example.com:1883 uses a plain scheme'],
  ],
  [RULE, '2.x: a TLS URL scheme', SERVER2('url: "mqtts://broker.example.com:8883", protocol: secure-mqtt'), []],
  [
    RULE,
    '2.x: no scheme, a plain protocol',
    SERVER2('url: "broker.example.com:9092", protocol: kafka'),
    ['event-server-protocol-secure@/servers/prod/protocol 4:53 server prod uses plain kafka; use kafka-secure'],
  ],
  [
    RULE,
    'the protocol in capitals',
    SERVER3('host: "broker.example.com:5672", protocol: AMQP'),
    ['event-server-protocol-secure@/servers/prod/protocol 4:54 server prod uses plain amqp; use amqps'],
  ],
  [RULE, 'a local broker', SERVER3('host: "localhost:5672", protocol: amqp'), []],
  [RULE, 'a protocol with no TLS variant', SERVER3('host: "broker.example.com", protocol: googlepubsub'), []],
  [RULE, 'Kafka with mutual TLS (X509)', KAFKA3('{ $ref: "#/components/securitySchemes/mtls" }', '    mtls: { type: X509 }\n'), []],
  [
    RULE,
    'Kafka over SASL_SSL, one scheme of two',
    KAFKA3(
      '{ $ref: "#/components/securitySchemes/plain" }, { $ref: "#/components/securitySchemes/scram" }',
      '    plain: { type: plain }\n    scram: { type: scramSha256, x-security.protocol: sasl_ssl }\n',
    ),
    [],
  ],
  [
    RULE,
    'Kafka over SASL_PLAINTEXT',
    KAFKA3('{ $ref: "#/components/securitySchemes/scram" }', '    scram: { type: scramSha256, x-security.protocol: SASL_PLAINTEXT }\n'),
    ['event-server-protocol-secure@/servers/prod/protocol 4:53 server prod uses plain kafka; use kafka-secure'],
  ],
  [
    RULE,
    'a protocol name that only contains SSL',
    KAFKA3('{ $ref: "#/components/securitySchemes/scram" }', '    scram: { type: scramSha256, x-security.protocol: NO_SSL }\n'),
    ['event-server-protocol-secure@/servers/prod/protocol 4:53 server prod uses plain kafka; use kafka-secure'],
  ],
  [
    RULE,
    'a protocol name that only starts with SSL',
    KAFKA3('{ $ref: "#/components/securitySchemes/scram" }', '    scram: { type: scramSha256, x-security.protocol: SSL_OFF }\n'),
    ['event-server-protocol-secure@/servers/prod/protocol 4:53 server prod uses plain kafka; use kafka-secure'],
  ],
  [
    RULE,
    'a security entry that does not resolve',
    KAFKA3('{ $ref: "#/components/securitySchemes/missing" }', '    mtls: { type: X509 }\n'),
    [
      'event-server-protocol-secure@/servers/prod/protocol 4:53 server prod uses plain kafka; use kafka-secure',
      'ref-unresolved@/servers/prod/security/0/$ref 4:79 $ref "#/components/securitySchemes/missing" points to nothing',
    ],
  ],
  [
    RULE,
    'X509 does not secure a plain AMQP server',
    SERVER3('host: "broker.example.com:5672", protocol: amqp, security: [{ type: X509 }]'),
    ['event-server-protocol-secure@/servers/prod/protocol 4:54 server prod uses plain amqp; use amqps'],
  ],
  [
    RULE,
    '2.x: Kafka whose requirement names an X509 scheme',
    SERVER2('url: "kafka.example.com:9093", protocol: kafka, security: [{ mtls: [] }]', 'components:\n  securitySchemes:\n    mtls: { type: X509 }\n'),
    [],
  ],
  [
    RULE,
    '2.x: Kafka whose requirement names an unknown scheme',
    SERVER2('url: "kafka.example.com:9093", protocol: kafka, security: [{ other: [] }]', 'components:\n  securitySchemes:\n    mtls: { type: X509 }\n'),
    ['event-server-protocol-secure@/servers/prod/protocol 4:52 server prod uses plain kafka; use kafka-secure'],
  ],
  [
    RULE,
    '2.x: Kafka with a requirement and no components',
    SERVER2('url: "kafka.example.com:9093", protocol: kafka, security: [{ mtls: [] }]'),
    ['event-server-protocol-secure@/servers/prod/protocol 4:52 server prod uses plain kafka; use kafka-secure'],
  ],
]);
