/**
 * Whether an English word is singular, as `pluralize.isSingular` answers (Redocly's
 * path-segment-plural uses it): its irregular pairs, singular rules and uncountables, ported so
 * archway agrees with Redocly word for word. pluralize © Blake Embrey, MIT licence.
 */
const IRREGULAR: Array<[string, string]> = [
  ['i', 'we'],
  ['me', 'us'],
  ['he', 'they'],
  ['she', 'they'],
  ['them', 'them'],
  ['myself', 'ourselves'],
  ['yourself', 'yourselves'],
  ['itself', 'themselves'],
  ['herself', 'themselves'],
  ['himself', 'themselves'],
  ['themself', 'themselves'],
  ['is', 'are'],
  ['was', 'were'],
  ['has', 'have'],
  ['this', 'these'],
  ['that', 'those'],
  ['echo', 'echoes'],
  ['dingo', 'dingoes'],
  ['volcano', 'volcanoes'],
  ['tornado', 'tornadoes'],
  ['torpedo', 'torpedoes'],
  ['genus', 'genera'],
  ['viscus', 'viscera'],
  ['stigma', 'stigmata'],
  ['stoma', 'stomata'],
  ['dogma', 'dogmata'],
  ['lemma', 'lemmata'],
  ['schema', 'schemata'],
  ['anathema', 'anathemata'],
  ['ox', 'oxen'],
  ['axe', 'axes'],
  ['die', 'dice'],
  ['yes', 'yeses'],
  ['foot', 'feet'],
  ['eave', 'eaves'],
  ['goose', 'geese'],
  ['tooth', 'teeth'],
  ['quiz', 'quizzes'],
  ['human', 'humans'],
  ['proof', 'proofs'],
  ['carve', 'carves'],
  ['valve', 'valves'],
  ['looey', 'looies'],
  ['thief', 'thieves'],
  ['groove', 'grooves'],
  ['pickaxe', 'pickaxes'],
  ['passerby', 'passersby'],
];
const SINGULARS = new Set(IRREGULAR.map(([singular]) => singular));
const PLURALS = new Set(IRREGULAR.map(([, plural]) => plural));

/** Singular rules, most specific last (they are tried from the end). */
const SINGULAR_RULES: Array<[RegExp, string]> = [
  [/s$/i, ''],
  [/(ss)$/i, '$1'],
  [/(wi|kni|(?:after|half|high|low|mid|non|night|[^\w]|^)li)ves$/i, '$1fe'],
  [/(ar|(?:wo|[ae])l|[eo][ao])ves$/i, '$1f'],
  [/ies$/i, 'y'],
  [/\b([pl]|zomb|(?:neck|cross)?t|coll|faer|food|gen|goon|group|lass|talk|goal|cut)ies$/i, '$1ie'],
  [/\b(mon|smil)ies$/i, '$1ey'],
  [/\b((?:tit)?m|l)ice$/i, '$1ouse'],
  [/(seraph|cherub)im$/i, '$1'],
  [/(x|ch|ss|sh|zz|tto|go|cho|alias|[^aou]us|t[lm]as|gas|(?:her|at|gr)o|[aeiou]ris)(?:es)?$/i, '$1'],
  [/(analy|diagno|parenthe|progno|synop|the|empha|cri|ne)(?:sis|ses)$/i, '$1sis'],
  [/(movie|twelve|abuse|e[mn]u)s$/i, '$1'],
  [/(test)(?:is|es)$/i, '$1is'],
  [/(alumn|syllab|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat)(?:us|i)$/i, '$1us'],
  [/(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|quor)a$/i, '$1um'],
  [/(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat)a$/i, '$1on'],
  [/(alumn|alg|vertebr)ae$/i, '$1a'],
  [/(cod|mur|sil|vert|ind)ices$/i, '$1ex'],
  [/(matr|append)ices$/i, '$1ix'],
  [/(pe)(rson|ople)$/i, '$1rson'],
  [/(child)ren$/i, '$1'],
  [/(eau)x?$/i, '$1'],
  [/men$/i, 'man'],
  // Uncountable patterns: the word stays as it is.
  ...[/pok[eé]mon$/i, /[^aeiou]ese$/i, /deer$/i, /fish$/i, /measles$/i, /o[iu]s$/i, /pox$/i, /sheep$/i].map((r): [RegExp, string] => [r, '$0']),
];
const UNCOUNTABLE = new Set(
  (
    'adulthood advice agenda aid aircraft alcohol ammo analytics anime athletics audio bison blood bream buffalo butter carp cash ' +
    'chassis chess clothing cod commerce cooperation corps debris diabetes digestion elk energy equipment excretion expertise ' +
    'firmware flounder fun gallows garbage graffiti hardware headquarters health herpes highjinks homework housework information ' +
    'jeans justice kudos labour literature machinery mackerel mail media mews moose music mud manga news only personnel pike ' +
    'plankton pliers police pollution premises rain research rice salmon scissors series sewage shambles shrimp software species ' +
    'staff swine tennis traffic transportation trout tuna wealth welfare whiting wildebeest wildlife you'
  ).split(' '),
);

/** The word's singular form by the first rule (from the end) that matches. */
function singularOf(word: string): string {
  if (word.length === 0 || UNCOUNTABLE.has(word)) return word;
  for (let i = SINGULAR_RULES.length - 1; i >= 0; i--) {
    const [pattern, replacement] = SINGULAR_RULES[i];
    if (pattern.test(word))
      return word.replace(pattern, (...groups: unknown[]) => replacement.replace(/\$(\d{1,2})/g, (_, n: string) => String(groups[Number(n)] ?? '')));
  }
  return word;
}

export function isSingular(word: string): boolean {
  const token = word.toLowerCase();
  if (SINGULARS.has(token)) return true;
  if (PLURALS.has(token)) return false;
  return singularOf(token) === token;
}
