import { named, mirror, type CheckCases } from './case.js';
import apiTagAdded from './api-tag-added.js';

export default {
  triggers: mirror(apiTagAdded.triggers, 'removing a tag is information'),
  passes: named(apiTagAdded.triggers, 'adding one is not removing one'),
} satisfies CheckCases;
