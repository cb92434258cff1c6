import { named, mirror, type CheckCases } from './case.js';
import requestBodyMediaTypeAdded from './request-body-media-type-added.js';

export default {
  triggers: mirror(requestBodyMediaTypeAdded.triggers, 'dropping XML from a request body breaks clients that send XML'),
  passes: named(requestBodyMediaTypeAdded.triggers, 'adding a content type is not a removal'),
} satisfies CheckCases;
