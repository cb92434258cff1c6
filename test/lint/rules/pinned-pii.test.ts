import { A2, A3, pin } from './pin.js';

/** event-no-pii-in-routing: each place personal data can route a message, and the words that clear `name` and `address`. */
const CHANNEL = (channel: string, components = '') => A3(`channels:\n  inbox:\n${channel}${components}`);
const PARAMETER = (name: string, parameter = '{}') => CHANNEL(`    address: "users.{${name}}"\n    parameters:\n      ${name}: ${parameter}\n`);
const ADDRESS = (address: string) => CHANNEL(`    address: "${address}"\n`);
const KAFKA = (key: string, components = '') =>
  A3(`channels:\n  inbox:\n    address: inbox\n    messages:\n      note:\n        name: Note\n        bindings: { kafka: { key: ${key} } }\n${components}`);
const RULE = 'event-no-pii-in-routing';

pin([
  [
    RULE,
    'a pair of words at the end of a parameter name',
    PARAMETER('customerFirstName'),
    [
      'event-no-pii-in-routing@/channels/inbox/parameters/customerFirstName 7:7 channel inbox is addressed by parameter customerFirstName, which looks like personal data (first name)',
    ],
  ],
  [
    RULE,
    'a pair of words at the start of an address parameter',
    ADDRESS('users.{phoneNumberHash}'),
    [
      'event-no-pii-in-routing@/channels/inbox/address 5:14 channel address users.{phoneNumberHash} contains {phoneNumberHash}, which looks like personal data (phone number)',
    ],
  ],
  [RULE, 'name of a thing: a topic name in the address', ADDRESS('topics.{topicName}'), []],
  [RULE, "address of a thing: a device's MAC address", ADDRESS('devices.{macAddress}'), []],
  [
    RULE,
    "a person's name in the address",
    ADDRESS('users.{customerName}.inbox'),
    [
      'event-no-pii-in-routing@/channels/inbox/address 5:14 channel address users.{customerName}.inbox contains {customerName}, which looks like personal data (customer name)',
    ],
  ],
  [
    RULE,
    'an email stays personal whatever thing it belongs to',
    ADDRESS('devices.{deviceEmail}'),
    [
      'event-no-pii-in-routing@/channels/inbox/address 5:14 channel address devices.{deviceEmail} contains {deviceEmail}, which looks like personal data (email)',
    ],
  ],
  [RULE, 'an opaque id in the address', ADDRESS('users.{userId}'), []],
  [
    RULE,
    'the address names a declared parameter once, as the parameter',
    PARAMETER('email'),
    ['event-no-pii-in-routing@/channels/inbox/parameters/email 7:7 channel inbox is addressed by parameter email, which looks like personal data (email)'],
  ],
  [
    RULE,
    'a parameter read from a payload field',
    PARAMETER('recipient', '{ location: "$message.payload#/user/email" }'),
    [
      'event-no-pii-in-routing@/channels/inbox/parameters/recipient 7:7 channel inbox is addressed by parameter recipient, which looks like personal data (email)',
    ],
  ],
  [RULE, 'a parameter read from an opaque payload field', PARAMETER('recipient', '{ location: "$message.payload#/user/id" }'), []],
  [RULE, 'a parameter whose location is not a string', PARAMETER('recipient', '{ location: 7 }'), []],
  [
    RULE,
    '2.x: a parameter whose schema is an email',
    A2('channels:\n  "users/{recipient}":\n    parameters:\n      recipient: { schema: { type: string, format: email } }\n'),
    [
      'event-no-pii-in-routing@/channels/users~1{recipient}/parameters/recipient 6:7 channel users/{recipient} is addressed by parameter recipient, which looks like personal data (email)',
    ],
  ],
  [
    RULE,
    'a parameter formatted as an email',
    PARAMETER('recipient', '{ format: email }'),
    [
      'event-no-pii-in-routing@/channels/inbox/parameters/recipient 7:7 channel inbox is addressed by parameter recipient, which looks like personal data (email)',
    ],
  ],
  [RULE, 'a parameter formatted as a uuid', PARAMETER('recipient', '{ format: uuid }'), []],
  [
    RULE,
    'a parameter from another file is read as named',
    PARAMETER('recipient', '{ $ref: "https://example.com/params.yaml#/recipient" }'),
    // The walk reaches parameter schemas: the remote ref is a located input problem, the name raises nothing.
    [
      'ref-unresolved@/channels/inbox/parameters/recipient/$ref 7:26 remote $ref "https://example.com/params.yaml#/recipient" is not followed (pass --allow-remote-refs to fetch it)',
    ],
  ],
  [
    RULE,
    "the channel's ordering key is a personal field",
    CHANNEL('    address: inbox\n    x-ordering-key: "$message.payload#/customer/phone"\n'),
    [
      'event-no-pii-in-routing@/channels/inbox/x-ordering-key 6:21 channel inbox is keyed by $message.payload#/customer/phone, which looks like personal data (phone)',
    ],
  ],
  [RULE, "the channel's ordering key is an opaque field", CHANNEL('    address: inbox\n    x-ordering-key: "$message.payload#/customer/id"\n'), []],
  [RULE, "the channel's ordering key is not a string", CHANNEL('    address: inbox\n    x-ordering-key: { field: email }\n'), []],
  [
    RULE,
    "a message's ordering key is a personal field",
    A3('channels:\n  inbox:\n    address: inbox\n    messages:\n      note: { name: Note, x-ordering-key: "$message.payload#/ssn" }\n'),
    [
      'event-no-pii-in-routing@/channels/inbox/messages/note/x-ordering-key 7:43 message Note is keyed by x-ordering-key $message.payload#/ssn, which looks like personal data (ssn)',
    ],
  ],
  [
    RULE,
    "a message's ordering key is opaque",
    A3('channels:\n  inbox:\n    address: inbox\n    messages:\n      note: { name: Note, x-ordering-key: "$message.payload#/id" }\n'),
    [],
  ],
  [
    RULE,
    "a message's ordering key from a trait is reported on the trait",
    A3('channels:\n  inbox:\n    address: inbox\n    messages:\n      note: { name: Note, traits: [{ x-ordering-key: "$message.payload#/email" }] }\n'),
    [
      'event-no-pii-in-routing@/channels/inbox/messages/note/traits/0/x-ordering-key 7:54 message Note is keyed by x-ordering-key $message.payload#/email, which looks like personal data (email)',
    ],
  ],
  [
    RULE,
    'a Kafka key that is an email string',
    KAFKA('{ type: string, format: email }'),
    [
      'event-no-pii-in-routing@/channels/inbox/messages/note/bindings/kafka/key 9:35 message Note is keyed by its Kafka key, which looks like personal data (email)',
    ],
  ],
  [RULE, 'a Kafka key that is a uuid string', KAFKA('{ type: string, format: uuid }'), []],
  [
    RULE,
    'a Kafka key named by its schema',
    KAFKA('{ $ref: "#/components/schemas/CustomerEmail" }', 'components:\n  schemas:\n    CustomerEmail: { type: string }\n'),
    ['event-no-pii-in-routing@/components/schemas/CustomerEmail 12:20 message Note is keyed by its Kafka key, which looks like personal data (email)'],
  ],
  [
    RULE,
    'a Kafka key schema with a personal field',
    KAFKA('{ type: object, properties: { tenant: { type: string }, surname: { type: string } } }'),
    [
      'event-no-pii-in-routing@/channels/inbox/messages/note/bindings/kafka/key 9:35 message Note is keyed by Kafka key field surname, which looks like personal data (surname)',
    ],
  ],
  [RULE, 'a Kafka key schema with opaque fields', KAFKA('{ type: object, properties: { tenant: { type: string }, id: { type: string } } }'), []],
  [RULE, 'a Kafka binding without a key', KAFKA('null'), []],
  [
    RULE,
    'Kafka bindings that are not an object',
    A3('channels:\n  inbox:\n    address: inbox\n    messages:\n      note: { name: Note, bindings: { kafka: true } }\n'),
    [],
  ],
  [
    RULE,
    'a Kafka key in another file',
    KAFKA('{ $ref: "https://example.com/keys.yaml#/Email" }'),
    [
      'event-no-pii-in-routing@/channels/inbox/messages/note/bindings/kafka/key 9:35 message Note is keyed by its Kafka key, which looks like personal data (email)',
    ],
  ],
]);
