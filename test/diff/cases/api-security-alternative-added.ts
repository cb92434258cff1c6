import { named, mirror, type CheckCases } from './case.js';
import apiMadePublic from './api-made-public.js';
import apiSecurityAdded from './api-security-added.js';

export default {
  triggers: mirror(apiMadePublic.passes, 'accepting an API key beside OAuth is information'),
  passes: named(apiSecurityAdded.triggers, 'securing a public operation is reported by its own check'),
} satisfies CheckCases;
