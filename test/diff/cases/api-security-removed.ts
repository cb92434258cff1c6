import { named, type CheckCases } from './case.js';
import apiMadePublic from './api-made-public.js';

export default {
  triggers: named(apiMadePublic.passes, 'dropping API-key auth breaks clients that use an API key'),
  passes: named(apiMadePublic.triggers, 'making an operation public is not breaking'),
} satisfies CheckCases;
