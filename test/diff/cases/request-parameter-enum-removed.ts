import { named, mirror, type CheckCases } from './case.js';
import requestParameterEnumAdded from './request-parameter-enum-added.js';

export default {
  triggers: mirror(requestParameterEnumAdded.triggers, 'lifting a parameter enum is information'),
  passes: named(requestParameterEnumAdded.triggers, 'adding an enum is not lifting one'),
} satisfies CheckCases;
