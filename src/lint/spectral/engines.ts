// The JSONPath engines Spectral runs, as static imports: the bundle carries them in a chunk of
// their own, loaded when a ruleset is (src/lint/spectral/jsonpath.ts `loadEngines`). Bundled, they
// load in half the time and a third of the memory of nimma's 48 CommonJS files.
export { default as Nimma } from 'nimma';
export { parse } from 'nimma/parser';
export { jsonPathPlus } from 'nimma/fallbacks';
export { JSONPath } from 'jsonpath-plus';
