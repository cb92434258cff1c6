import { A2, A3, pin } from './pin.js';

/** event-channel-naming: the dominant separator and level casing, their tie-breaks, and what an address is read as. */
const CHANNELS = (...addresses: Array<string | null>) =>
  A3(`channels:\n${addresses.map((a, i) => `  c${i}: { address: ${a === null ? 'null' : JSON.stringify(a)} }\n`).join('')}`);
const RULE = 'event-channel-naming';

pin([
  [
    RULE,
    'kebab-case among dot-separated addresses',
    CHANNELS('orders.placed', 'orders.paid', 'orders-shipped'),
    ['event-channel-naming@/channels/c2/address 6:18 channel address orders-shipped is kebab-case where 2 addresses are dot.separated'],
  ],
  [
    RULE,
    'snake_case among dot-separated addresses',
    CHANNELS('orders.placed', 'orders.paid', 'orders_shipped'),
    ['event-channel-naming@/channels/c2/address 6:18 channel address orders_shipped is snake_case where 2 addresses are dot.separated'],
  ],
  [
    RULE,
    'the majority wins when it comes last',
    CHANNELS('orders.placed', 'orders/paid', 'orders/shipped'),
    ['event-channel-naming@/channels/c0/address 4:18 channel address orders.placed is dot.separated where 2 addresses are slash/separated'],
  ],
  [
    RULE,
    'a tie goes to the alphabetically first separator',
    CHANNELS('orders/paid', 'orders.placed'),
    ['event-channel-naming@/channels/c0/address 4:18 channel address orders/paid is slash/separated where 1 address is dot.separated'],
  ],
  [
    RULE,
    'kebab-case levels among snake_case levels',
    CHANNELS('order_items.added', 'order_lines.added', 'order-notes.added'),
    ['event-channel-naming@/channels/c2/address 6:18 channel address order-notes.added has kebab-case levels where 2 addresses use snake case'],
  ],
  [
    RULE,
    'camelCase levels among kebab-case levels, slash-separated',
    CHANNELS('order-items/added', 'order-lines/added', 'orderNotes/added'),
    ['event-channel-naming@/channels/c2/address 6:18 channel address orderNotes/added has camel-case levels where 2 addresses use kebab case'],
  ],
  [
    RULE,
    'a tie of casings goes to the alphabetically first',
    CHANNELS('order-items.added', 'orderLines.added'),
    ['event-channel-naming@/channels/c0/address 4:18 channel address order-items.added has kebab-case levels where 1 address uses camel case'],
  ],
  [RULE, 'lower-case levels take no side', CHANNELS('orders.placed', 'order-items.added', 'order-lines.added'), []],
  [
    RULE,
    'a separator and a casing problem in one address',
    CHANNELS('order_items.added', 'order_lines.added', 'orderNotes/added'),
    [
      'event-channel-naming@/channels/c2/address 6:18 channel address orderNotes/added is slash/separated where 2 addresses are dot.separated and has camel-case levels where 2 addresses use snake case',
    ],
  ],
  [
    RULE,
    'kebab-case levels of a kebab-case address are not levels',
    CHANNELS('orders.placed', 'orders.paid', 'order-items-added', 'order-lines-added'),
    [
      'event-channel-naming@/channels/c2/address 6:18 channel address order-items-added is kebab-case where 2 addresses are dot.separated',
      'event-channel-naming@/channels/c3/address 7:18 channel address order-lines-added is kebab-case where 2 addresses are dot.separated',
    ],
  ],
  [
    RULE,
    'parameters are not read as levels or separators',
    CHANNELS('orders-placed', 'orders-paid', 'orders-{order.id}', 'users.{userId}.x', 'users.{user_id}.x'),
    [
      'event-channel-naming@/channels/c3/address 7:18 channel address users.{userId}.x is dot.separated where 3 addresses are kebab-case',
      'event-channel-naming@/channels/c4/address 8:18 channel address users.{user_id}.x is dot.separated where 3 addresses are kebab-case',
    ],
  ],
  [RULE, 'a single word with a leading or trailing slash has no separator', CHANNELS('orders.placed', 'orders.paid', '/notifications', 'alerts/'), []],
  [RULE, 'a channel with a dynamic address is left out', CHANNELS('orders.placed', 'orders.paid', null), []],
  [
    RULE,
    '2.x: the channel keys are the addresses',
    A2('channels:\n  orders.placed: {}\n  orders.paid: {}\n  orders/shipped: {}\n'),
    ['event-channel-naming@/channels/orders~1shipped 6:3 channel address orders/shipped is slash/separated where 2 addresses are dot.separated'],
  ],
]);
