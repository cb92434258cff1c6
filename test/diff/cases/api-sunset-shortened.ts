import { named, mirror, type CheckCases } from './case.js';
import apiSunsetChanged from './api-sunset-changed.js';

export default {
  triggers: named(apiSunsetChanged.passes, 'moving a Sunset date earlier breaks clients mid-migration'),
  passes: mirror(apiSunsetChanged.passes, 'moving it later is not shortening it'),
} satisfies CheckCases;
