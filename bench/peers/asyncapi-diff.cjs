// Runs @asyncapi/diff the way its README asks: both documents parsed and dereferenced first.
// Prints { breaking } as JSON so the bench can count what it calls breaking.
const { readFileSync } = require('node:fs');
const yaml = require('js-yaml');
const $RefParser = require('@apidevtools/json-schema-ref-parser');
const { diff } = require('@asyncapi/diff');

async function main() {
  const [base, revision] = await Promise.all(process.argv.slice(2, 4).map((file) => $RefParser.dereference(file, yaml.load(readFileSync(file, 'utf8')), {})));
  const output = diff(base, revision);
  process.stdout.write(`${JSON.stringify({ breaking: output.breaking().length, nonBreaking: output.nonBreaking().length, unclassified: output.unclassified().length })}\n`);
}
main().catch((error) => {
  process.stderr.write(`error: ${error.message}\n`);
  process.exit(1);
});
