import { A2, A3, OAS, pin } from './pin.js';

/** asyncapi-tags-uniqueness (every tag list, each once) and property-casing-consistent (what is counted, majority and ties). */
const TAGS = 'tags: [{ name: a }, { name: b }, { name: a }]';
const UNIQUE = 'asyncapi-tags-uniqueness';
const CASING = 'property-casing-consistent';
const PROPS = (...names: string[]) =>
  OAS(`paths: {}\ncomponents:\n  schemas:\n    A: { type: object, properties: { ${names.map((n) => `${n}: { type: string }`).join(', ')} } }\n`);

pin([
  [
    UNIQUE,
    '3.0: a server in components, also used at the root, reported once',
    A3(`servers:\n  prod: { $ref: "#/components/servers/prod" }\ncomponents:\n  servers:\n    prod: { host: h, protocol: kafka, ${TAGS} }\n`),
    ['asyncapi-tags-uniqueness@/components/servers/prod/tags/2/name 7:80 tag a is listed twice {"tag":"a"}'],
  ],
  [
    UNIQUE,
    '3.0: an inline server',
    A3(`servers:\n  prod: { host: h, protocol: kafka, ${TAGS} }\n`),
    ['asyncapi-tags-uniqueness@/servers/prod/tags/2/name 4:78 tag a is listed twice {"tag":"a"}'],
  ],
  [
    UNIQUE,
    '3.0: an unused operation trait and message trait in components',
    A3(`components:\n  operationTraits:\n    t: { ${TAGS} }\n  messageTraits:\n    m: { ${TAGS} }\n`),
    [
      'asyncapi-tags-uniqueness@/components/operationTraits/t/tags/2/name 5:51 tag a is listed twice {"tag":"a"}',
      'asyncapi-tags-uniqueness@/components/messageTraits/m/tags/2/name 7:51 tag a is listed twice {"tag":"a"}',
    ],
  ],
  [
    UNIQUE,
    "3.0: an operation's own tags and its inline trait's",
    A3(
      `channels:\n  c: { address: c }\noperations:\n  send:\n    action: send\n    channel: { $ref: "#/channels/c" }\n    ${TAGS}\n    traits: [{ ${TAGS} }]\n`,
    ),
    [
      'asyncapi-tags-uniqueness@/operations/send/tags/2/name 9:46 tag a is listed twice {"tag":"a"}',
      'asyncapi-tags-uniqueness@/operations/send/traits/0/tags/2/name 10:57 tag a is listed twice {"tag":"a"}',
    ],
  ],
  [
    UNIQUE,
    "3.0: a message's inline trait",
    A3(`channels:\n  c:\n    address: c\n    messages:\n      m: { name: M, traits: [{ ${TAGS} }] }\n`),
    ['asyncapi-tags-uniqueness@/channels/c/messages/m/traits/0/tags/2/name 7:73 tag a is listed twice {"tag":"a"}'],
  ],
  [
    UNIQUE,
    'tags that are not objects, or names that are not strings, are not compared',
    A3('info: { title: T, version: 1.0.0, tags: [a, a, { name: 1 }, { name: 1 }] }\n'),
    [],
  ],
  [UNIQUE, '2.x: the root tags', A2(`${TAGS}\nchannels: {}\n`), ['asyncapi-tags-uniqueness@/tags/2/name 3:42 tag a is listed twice {"tag":"a"}']],
  [
    CASING,
    'lower-case and other names take no side',
    PROPS('id', 'name', 'type', 'Id', 'X-Name', 'created_at', 'createdAt'),
    ['property-casing-consistent@/components/schemas/A/properties/created_at 6:156 property "created_at" is snake case where 1 properties are camel case'],
  ],
  [
    CASING,
    'the majority wins when it comes last',
    PROPS('createdAt', 'created_at', 'updated_at'),
    ['property-casing-consistent@/components/schemas/A/properties/createdAt 6:38 property "createdAt" is camel case where 2 properties are snake case'],
  ],
  [
    CASING,
    'a tie goes to the alphabetically first casing (snake first)',
    PROPS('created_at', 'createdAt'),
    ['property-casing-consistent@/components/schemas/A/properties/created_at 6:38 property "created_at" is snake case where 1 properties are camel case'],
  ],
  [
    CASING,
    'a tie goes to the alphabetically first casing (camel first)',
    PROPS('createdAt', 'created_at'),
    ['property-casing-consistent@/components/schemas/A/properties/created_at 6:67 property "created_at" is snake case where 1 properties are camel case'],
  ],
  [CASING, 'properties that are not an object', OAS('paths: {}\ncomponents:\n  schemas:\n    A: { type: object, properties: [created_at, createdAt] }\n'), []],
]);
