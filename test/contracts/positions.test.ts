import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { loadContract } from '../../src/contracts/load.js';
import { walk } from '../../src/contracts/walk.js';
import { decodeJsonBytes, JsonSourceFile } from '../../src/core/json-source.js';
import { scanJson } from '../../src/core/json-scan.js';
import { escapeSegment } from '../../src/core/pointer.js';
import { YamlSourceFile } from '../../src/core/source.js';
import { readYamlEvents } from '../../src/core/yaml-events.js';
import { CORPUS } from '../support/cli.js';

function corpus(file: string): string {
  const path = join(CORPUS, file);
  assert.ok(existsSync(path), `the contract corpus is missing: ${path} (set ARCHWAY_CORPUS or place shared/ beside the repository)`);
  return path;
}

const at = (source: { locate: JsonSourceFile['locate'] }, pointer: string, target: 'key' | 'value' | 'spectral' = 'value') => {
  const { line, column } = source.locate(pointer, target);
  return `${line}:${column}`;
};

test('json-source: keys and values, escapes, arrays, and the nearest ancestor of a missing pointer', () => {
  const text = '{\n  "a/b": { "x~y": [10, {"q\\"": true}] },\n  "s": "with } and ] and \\\\\\" inside",\n  "n": null\n}\n';
  const source = new JsonSourceFile('/tmp/t.json', text);
  assert.equal(at(source, ''), '1:1');
  assert.equal(at(source, '/a~1b', 'key'), '2:3');
  assert.equal(at(source, '/a~1b'), '2:10');
  assert.equal(at(source, '/a~1b/x~0y/1'), '2:24');
  assert.equal(at(source, '/a~1b/x~0y/1/q"'), '2:32');
  assert.equal(at(source, '/n'), '4:8');
  assert.equal(at(source, '/a~1b/x~0y/7'), '2:19', 'a missing item falls back to its array');
  assert.equal(at(source, '/nope/deeper'), '1:1');
});

test('json-source: JSON read as bytes keeps exact strings, keys and UTF-16 columns past non-ASCII text', () => {
  const text = '{\n  "café": { "ü😀": "naïve \\u00e9 é", "n": 1 },\n  "k": ["😀😀", 2]\n}\n';
  const bytes = Buffer.from(text, 'utf8');
  const decoded = decodeJsonBytes(bytes);
  assert.equal(decoded.ascii, false);
  assert.deepEqual(JSON.parse(decoded.parse), JSON.parse(text), 'the parsed value equals the UTF-8 one, escapes and raw characters alike');
  const fromBytes = new JsonSourceFile('/tmp/t.json', decoded.scan, undefined, bytes, decoded.ascii);
  const fromText = new JsonSourceFile('/tmp/t.json', text);
  assert.equal(fromBytes.text, text);
  for (const pointer of ['/café', '/café/ü😀', '/café/n', '/k/1', '/k/0']) {
    for (const target of ['key', 'value'] as const) assert.equal(at(fromBytes, pointer, target), at(fromText, pointer, target), `${pointer} ${target}`);
  }
  assert.equal(at(fromBytes, '/café/n'), '2:43', 'é is one column, 😀 two (UTF-16, as editors count)');
});

test("positions as Spectral ranges them: a mapping or list that is a key's value starts right after the colon; scalars and list items at themselves", () => {
  // Checked against Spectral 6.16's JSON output (range.start, 0-based, plus one) on the same texts.
  const yaml = 'info:\n  title: T\ntags:\n  - name: a\n  - { name: b }\nempty: {}\n"q": [1]\nx: &a { y: 1 }\nz: *a\n';
  const events = readYamlEvents(
    '/tmp/t.yaml',
    yaml.replace(/ &a|\*a/g, (m) => (m === ' &a' ? '' : '{ y: 1 }')),
  )!.source;
  const document = new YamlSourceFile('/tmp/t.yaml', yaml, parseDocument(yaml));
  for (const source of [events, document]) {
    assert.deepEqual(
      ['/info', '/info/title', '/tags', '/tags/0', '/tags/1', '/empty', '/q', '/x'].map((p) => at(source, p, 'spectral')),
      ['1:6', '2:10', '3:6', '4:5', '5:5', '6:7', '7:5', '8:3'],
    );
  }
  // A YAML anchor sits between the colon and the mapping: the position is still right after the colon.
  assert.equal(at(document, '/x', 'spectral'), '8:3');
  const json = new JsonSourceFile('/tmp/t.json', '{\n  "info": {\n    "title": "T"\n  },\n  "tags": [ { "name": "a" } ],\n  "k\\"": {}\n}\n');
  assert.deepEqual(
    ['', '/info', '/info/title', '/tags', '/tags/0'].map((p) => at(json, p, 'spectral')),
    ['1:1', '2:10', '3:14', '5:10', '5:13'],
  );
});

test('json-scan: counts the keys written (a string before a colon, across spaces and lines), not values, array items or escaped quotes', () => {
  const text = '{"a": 1, "b" :\n {"c\\"": ["x", "y:", {"d"\r\n\t: "e"}]}, "a": "f", "g": {}}';
  const bytes = Buffer.from(text);
  assert.equal(scanJson(bytes).keys, 6);
  const source = new JsonSourceFile('/tmp/t.json', text, undefined, bytes);
  assert.equal(source.writtenKeys(), 6);
  assert.equal(new JsonSourceFile('/tmp/t.json', text).writtenKeys(), undefined);
});

test('json-source: non-ASCII runs anywhere in the bytes, across the 64 KiB chunks the decoder reads, parse to the UTF-8 value', () => {
  // A run of 11 bytes (é — 😀 ü) made to start at each offset around each chunk boundary: ending
  // before it, straddling it, starting on it; several runs to a chunk.
  const RUN = 'é—😀ü';
  let text = '[';
  const starts = [-11, -5, -1, 0, 1].flatMap((offset, i) => [(i + 1) * 65_536 + offset, (i + 1) * 65_536 + offset + 20]);
  for (const start of starts) {
    const pad = start - Buffer.byteLength(text) - (text === '[' ? 1 : 2);
    text += `${text === '[' ? '' : ','}"${'a'.repeat(pad)}${RUN}"`;
  }
  text += ', "naïve", "ascii", "日本語"]';
  const bytes = Buffer.from(text, 'utf8');
  const decoded = decodeJsonBytes(bytes);
  assert.equal(decoded.ascii, false);
  assert.equal(decoded.scan.length, bytes.length);
  assert.deepEqual(JSON.parse(decoded.parse), JSON.parse(text));
  assert.deepEqual(
    starts.map((start) => bytes.indexOf(RUN, start)),
    starts,
    'each run starts where it was placed',
  );
});

test('yaml-events: values and every pointer’s key and value position match the yaml library on real YAML contracts', () => {
  const roots = [
    join(CORPUS, 'digitalocean/specification/resources/droplets'),
    join(CORPUS, 'digitalocean/specification/resources/domains'),
    join(CORPUS, 'asyncapi'),
  ];
  const files = roots.flatMap((root) =>
    readdirSync(corpus(relative(CORPUS, root)), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join(root, f)),
  );
  assert.ok(files.length > 100, `${files.length} files`);
  let pointers = 0;
  for (const path of files) {
    const text = readFileSync(path, 'utf8');
    const fast = readYamlEvents(path, text);
    assert.ok(fast, `${path} takes the fast path`);
    const document = parseDocument(text, { uniqueKeys: false, prettyErrors: false, strict: false, stringKeys: true });
    assert.deepEqual(fast.root, document.toJS(), path);
    const reference = new YamlSourceFile(path, text, document);
    const visit = (value: unknown, pointer: string) => {
      pointers++;
      for (const target of ['key', 'value'] as const)
        assert.equal(at(fast.source, pointer, target), at(reference, pointer, target), `${path} ${pointer} ${target}`);
      if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) visit(child, `${pointer}/${escapeSegment(key)}`);
    };
    visit(fast.root, '');
  }
  assert.ok(pointers > 5000, `${pointers} pointers`);
});

test('yaml-events: aliases, several documents and syntax errors leave the fast path to the yaml library', () => {
  assert.equal(readYamlEvents('/t.yaml', 'a: &x { b: 1 }\nc: *x\n'), undefined);
  assert.equal(readYamlEvents('/t.yaml', 'a: 1\n---\nb: 2\n'), undefined);
  assert.equal(readYamlEvents('/t.yaml', 'a: [1, 2\n'), undefined);
  assert.deepEqual(
    readYamlEvents('/t.yaml', 'on: 2024-01-01\nn: 0x1f\ny: yes\na: 1\na: 2\n')?.root,
    { on: '2024-01-01', n: 31, y: 'yes', a: 2 },
    'YAML 1.2 core schema; the last duplicate key wins',
  );
});

test('json-source: every pointer of a real JSON file, read as text or as bytes, lands where the yaml library places it', () => {
  const path = corpus('discord/discord-openapi.json');
  const text = readFileSync(path, 'utf8');
  const lazy = new JsonSourceFile(path, text);
  const bytes = readFileSync(path);
  const decoded = decodeJsonBytes(bytes);
  const fromBytes = new JsonSourceFile(path, decoded.scan, undefined, bytes, decoded.ascii);
  const full = new YamlSourceFile(path, text, parseDocument(text));
  const pointers: string[] = [];
  const stack: Array<[unknown, string]> = [[JSON.parse(text), '']];
  while (stack.length > 0) {
    const [node, pointer] = stack.pop()!;
    pointers.push(pointer);
    if (node !== null && typeof node === 'object') for (const [key, value] of Object.entries(node)) stack.push([value, `${pointer}/${escapeSegment(key)}`]);
  }
  assert.ok(pointers.length > 25_000, `${pointers.length} pointers`);
  // Every pointer (last child first, so lookups do not simply follow the text), keys and values.
  for (let i = 0; i < pointers.length; i++) {
    for (const target of ['key', 'value'] as const) {
      const expected = at(full, pointers[i], target);
      assert.equal(at(lazy, pointers[i], target), expected, `${target} of ${pointers[i]}`);
      assert.equal(at(fromBytes, pointers[i], target), expected, `${target} of ${pointers[i]}, scanned as bytes`);
    }
  }
});

test('positions: hand-checked lines in the GitHub JSON and in a DigitalOcean file reached through an operation $ref', () => {
  const github = loadContract(corpus('github/api.github.com.new.json'));
  // Line 31834: `        "operationId": "repos/get",` under "/repos/{owner}/{repo}" (line 31827) → "get" (31828).
  assert.equal(at(github.rootFile.source, '/paths/~1repos~1{owner}~1{repo}/get', 'key'), '31828:7');
  assert.equal(at(github.rootFile.source, '/paths/~1repos~1{owner}~1{repo}/get/operationId', 'key'), '31834:9');
  assert.equal(at(github.rootFile.source, '/paths/~1repos~1{owner}~1{repo}/get/operationId'), '31834:24');

  const digitalocean = loadContract(corpus('digitalocean/specification/DigitalOcean-public.v2.yaml'));
  const seen: string[] = [];
  walk(digitalocean, [
    {
      Response(_node, ctx) {
        if (ctx.operation?.node.operationId === 'droplets_list' && ctx.status === '200')
          seen.push(`${ctx.at.file.source.displayPath.split('/specification/')[1]}#${ctx.at.pointer}`);
      },
      Operation(node, ctx) {
        if (node.operationId === 'droplets_list')
          seen.push(`${ctx.at.file.source.displayPath.split('/specification/')[1]}#${ctx.at.pointer} ${at(ctx.at.file.source, '/responses/200', 'key')}`);
      },
    },
  ]);
  // DigitalOcean-public.v2.yaml line 1303 puts `$ref: "resources/droplets/droplets_list.yml"` under `get`;
  // in that file `'200':` is line 35, column 3, and refers on to a shared response file.
  assert.deepEqual(seen, ['resources/droplets/droplets_list.yml# 35:3', 'resources/droplets/responses/all_droplets.yml#']);
});
