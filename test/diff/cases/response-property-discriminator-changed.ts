import { mirror, named, type CheckCases } from './case.js';
import requestPropertyDiscriminatorChanged from './request-property-discriminator-changed.js';

export default {
  triggers: named(requestPropertyDiscriminatorChanged.triggers, 'changing the response discriminator breaks clients'),
  passes: named(requestPropertyDiscriminatorChanged.passes, 'an unchanged discriminator is not reported'),
  more: [mirror(requestPropertyDiscriminatorChanged.more[0], 'a discriminator no longer stated (request and response)')],
} satisfies CheckCases;
