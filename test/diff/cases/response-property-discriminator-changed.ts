import { named, type CheckCases } from './case.js';
import requestPropertyDiscriminatorChanged from './request-property-discriminator-changed.js';

export default {
  triggers: named(requestPropertyDiscriminatorChanged.triggers, 'changing the response discriminator breaks clients'),
  passes: named(requestPropertyDiscriminatorChanged.passes, 'an unchanged discriminator is not reported'),
} satisfies CheckCases;
