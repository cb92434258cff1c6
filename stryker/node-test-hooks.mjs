// Module hook of the mutation runner: `node:test` resolves to the recording shim.
const shim = new URL('./node-test-shim.mjs', import.meta.url).href;

export async function resolve(specifier, context, next) {
  return specifier === 'node:test' ? { url: shim, shortCircuit: true } : next(specifier, context);
}
