import { named, mirror, type CheckCases } from './case.js';
import requestParameterEnumValueAdded from './request-parameter-enum-value-added.js';

export default {
  triggers: mirror(requestParameterEnumValueAdded.triggers, 'removing an enum value a client may send breaks it'),
  passes: named(requestParameterEnumValueAdded.triggers, 'adding an enum value to a query parameter breaks nobody'),
} satisfies CheckCases;
