import { named, mirror, type CheckCases } from './case.js';
import responseMediaTypeAdded from './response-media-type-added.js';

export default {
  triggers: mirror(responseMediaTypeAdded.triggers, 'dropping XML responses breaks clients that ask for XML'),
  passes: named(responseMediaTypeAdded.triggers, 'adding a response content type is not a removal'),
} satisfies CheckCases;
