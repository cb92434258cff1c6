import type { DesignChange } from './change.js';
import designDependencyMadeCritical from './design-dependency-made-critical.js';
import designObjectiveLowered from './design-objective-lowered.js';
import designSloRemoved from './design-slo-removed.js';

/** The design regressions `review --base` reports, one file each (id = file name). */
export const DESIGN_CHANGES: readonly DesignChange[] = [designDependencyMadeCritical, designObjectiveLowered, designSloRemoved];
