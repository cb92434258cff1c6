import { named, mirror, type CheckCases } from './case.js';
import apiSunsetChanged from './api-sunset-changed.js';

/** The pair of the mirrored check with only the `x-sunset` values replaced. */
const sunsets = (from: string, to: string) => ({
  base: apiSunsetChanged.passes.base.replace("'2026-06-01'", from),
  revision: apiSunsetChanged.passes.base.replace("'2026-06-01'", to),
});

export default {
  triggers: named(apiSunsetChanged.passes, 'moving a Sunset date earlier breaks clients mid-migration'),
  passes: mirror(apiSunsetChanged.passes, 'moving it later is not shortening it'),
  more: [
    { name: 'boundary: one day earlier is shortening', ...sunsets("'2026-01-01'", "'2025-12-31'") },
    { name: 'boundary: the same day written as an HTTP-date is no change', ...sunsets("'2026-01-01'", "'Thu, 01 Jan 2026 00:00:00 GMT'") },
  ],
} satisfies CheckCases;
