import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { loadContract } from '../../src/contracts/load.js';
import { walk } from '../../src/contracts/walk.js';
import { decodeJsonBytes, JsonSourceFile } from '../../src/core/json-source.js';
import { escapeSegment } from '../../src/core/pointer.js';
import { YamlSourceFile } from '../../src/core/source.js';
import { CORPUS } from '../support/cli.js';

function corpus(file: string): string {
  const path = join(CORPUS, file);
  assert.ok(existsSync(path), `the contract corpus is missing: ${path} (set ARCHWAY_CORPUS or place shared/ beside the repository)`);
  return path;
}

const at = (source: { locate: JsonSourceFile['locate'] }, pointer: string, target: 'key' | 'value' = 'value') => {
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
  const fromBytes = new JsonSourceFile('/tmp/t.json', decoded.scan, undefined, bytes);
  const fromText = new JsonSourceFile('/tmp/t.json', text);
  assert.equal(fromBytes.text, text);
  for (const pointer of ['/café', '/café/ü😀', '/café/n', '/k/1', '/k/0']) {
    for (const target of ['key', 'value'] as const) assert.equal(at(fromBytes, pointer, target), at(fromText, pointer, target), `${pointer} ${target}`);
  }
  assert.equal(at(fromBytes, '/café/n'), '2:43', 'é is one column, 😀 two (UTF-16, as editors count)');
});

test('json-source: every pointer of a real JSON file lands where the yaml library places it', () => {
  const path = corpus('discord/discord-openapi.json');
  const text = readFileSync(path, 'utf8');
  const lazy = new JsonSourceFile(path, text);
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
    for (const target of ['key', 'value'] as const) assert.equal(at(lazy, pointers[i], target), at(full, pointers[i], target), `${target} of ${pointers[i]}`);
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
        if (ctx.operation?.node.operationId === 'droplets_list' && ctx.status === '200') seen.push(`${ctx.at.file.source.displayPath.split('/specification/')[1]}#${ctx.at.pointer}`);
      },
      Operation(node, ctx) {
        if (node.operationId === 'droplets_list') seen.push(`${ctx.at.file.source.displayPath.split('/specification/')[1]}#${ctx.at.pointer} ${at(ctx.at.file.source, '/responses/200', 'key')}`);
      },
    },
  ]);
  // DigitalOcean-public.v2.yaml line 1303 puts `$ref: "resources/droplets/droplets_list.yml"` under `get`;
  // in that file `'200':` is line 35, column 3, and refers on to a shared response file.
  assert.deepEqual(seen, ['resources/droplets/droplets_list.yml# 35:3', 'resources/droplets/responses/all_droplets.yml#']);
});
