import { OAS, pin } from './pin.js';

/** versioning-consistent: the version segments it reads, the majority, and the paths served from their own servers. */
const OP = '{ responses: { "200": { description: OK } } }';
const PATHS = (...paths: string[]) => OAS(`paths:\n${paths.map((p) => (p.includes(':') ? `  ${p}\n` : `  ${p}: { get: ${OP} }\n`)).join('')}`);
const RULE = 'versioning-consistent';

pin([
  [RULE, 'no paths at all', OAS('paths: {}\n'), []],
  [
    RULE,
    'the majority comes last; several outliers are counted',
    PATHS('/v1/a', '/v1/b', '/v2/c', '/v2/d', '/v2/e'),
    ['versioning-consistent@/paths/~1v1~1a 4:3 2 paths like /v1/a use v1, while 3 use v2'],
  ],
  [
    RULE,
    'unversioned paths among versioned ones',
    PATHS('/v1/a', '/v1/b', '/c'),
    ['versioning-consistent@/paths/~1c 6:3 1 path like /c use no version, while 2 use v1'],
  ],
  [
    RULE,
    'a versioned path among unversioned ones',
    PATHS('/a', '/b', '/v1/c'),
    ['versioning-consistent@/paths/~1v1~1c 6:3 1 path like /v1/c use v1, while 2 use no version'],
  ],
  [
    RULE,
    'minor versions and multi-digit versions are versions',
    PATHS('/v1.1/a', '/v1.12/b', '/v10/c', '/v10/d'),
    [
      'versioning-consistent@/paths/~1v1.1~1a 4:3 1 path like /v1.1/a use v1.1, while 2 use v10',
      'versioning-consistent@/paths/~1v1.12~1b 5:3 1 path like /v1.12/b use v1.12, while 2 use v10',
    ],
  ],
  [
    RULE,
    'a version at the end of the path',
    PATHS('/a/v1', '/b/v1', '/c/v2'),
    ['versioning-consistent@/paths/~1c~1v2 6:3 1 path like /c/v2 use v2, while 2 use v1'],
  ],
  [
    RULE,
    'a version-like word is not a version segment',
    PATHS('/v1/a', '/v1/b', '/v1beta/c', '/video/v1x'),
    ['versioning-consistent@/paths/~1v1beta~1c 6:3 2 paths like /v1beta/c use no version, while 2 use v1'],
  ],
  [
    RULE,
    'release dates are versions',
    PATHS('/2024-01-15/a', '/2024-01-15/b', '/2023-12-01/c'),
    ['versioning-consistent@/paths/~12023-12-01~1c 6:3 1 path like /2023-12-01/c use 2023-12-01, while 2 use 2024-01-15'],
  ],
  [
    RULE,
    'a path item with its own servers is left out',
    PATHS('/v1/a', '/v1/b', '/legacy: { servers: [{ url: "https://old.example.com" }], get: ' + OP + ' }'),
    [],
  ],
  [
    RULE,
    'a path item whose every operation has its own servers is left out',
    PATHS('/v1/a', '/v1/b', `/legacy: { get: { servers: [{ url: "https://old.example.com" }], responses: {} }, post: { servers: [], responses: {} } }`),
    [],
  ],
  [
    RULE,
    'a path item where only one operation has its own servers is counted',
    PATHS('/v1/a', '/v1/b', `/legacy: { get: { servers: [{ url: "https://old.example.com" }], responses: {} }, post: ${OP} }`),
    ['versioning-consistent@/paths/~1legacy 6:3 1 path like /legacy use no version, while 2 use v1'],
  ],
  [
    RULE,
    'a path item with no operations is counted',
    PATHS('/v1/a', '/v1/b', '/legacy: { summary: nothing here }'),
    ['versioning-consistent@/paths/~1legacy 6:3 1 path like /legacy use no version, while 2 use v1'],
  ],
  [
    RULE,
    'a path item that is not an object is counted',
    PATHS('/v1/a', '/v1/b', '/legacy: null'),
    ['versioning-consistent@/paths/~1legacy 6:3 1 path like /legacy use no version, while 2 use v1'],
  ],
  [
    RULE,
    'an operation that is null is not one with servers',
    PATHS('/v1/a', '/v1/b', `/legacy: { get: null, post: { servers: [], responses: {} } }`),
    ['versioning-consistent@/paths/~1legacy 6:3 1 path like /legacy use no version, while 2 use v1'],
  ],
  [
    RULE,
    'a referenced path item with its own servers is left out',
    OAS(
      `paths:\n  /v1/a: { get: ${OP} }\n  /v1/b: { get: ${OP} }\n  /legacy/{id}: { $ref: "#/components/pathItems/Legacy" }\ncomponents:\n  pathItems:\n    Legacy: { servers: [{ url: "https://old.example.com" }], get: ${OP} }\n`,
    ),
    [],
  ],
]);
