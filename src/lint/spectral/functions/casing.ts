import { coreFunction, isObject, optionsShape } from './options.js';

const CASES: Record<string, string> = {
  flat: '[a-z][a-z{D}]*',
  camel: '[a-z][a-z{D}]*(?:[A-Z{D}](?:[a-z{D}]+|$))*',
  pascal: '[A-Z][a-z{D}]*(?:[A-Z{D}](?:[a-z{D}]+|$))*',
  kebab: '[a-z][a-z{D}]*(?:-[a-z{D}]+)*',
  cobol: '[A-Z][A-Z{D}]*(?:-[A-Z{D}]+)*',
  snake: '[a-z][a-z{D}]*(?:_[a-z{D}]+)*',
  macro: '[A-Z][A-Z{D}]*(?:_[A-Z{D}]+)*',
};

interface CasingOptions {
  type: string;
  disallowDigits?: boolean;
  separator?: { char: string; allowLeading?: boolean };
}

function casingPattern(opts: CasingOptions): RegExp {
  const base = CASES[opts.type].replace(/\{D\}/g, opts.disallowDigits === true ? '' : '0-9');
  if (opts.separator === undefined) return new RegExp(`^${base}$`);
  const separator = `[${opts.separator.char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}]`;
  const leading = opts.separator.allowLeading === true ? `${separator}?` : '';
  return new RegExp(`^${leading}${base}(?:${separator}${base})*$`);
}

export const casing = coreFunction(
  'casing',
  (input) => typeof input === 'string' && input.length >= 1,
  optionsShape('casing', {
    required: ['type'],
    keys: {
      type: (v) => typeof v === 'string' && v in CASES,
      disallowDigits: (v) => typeof v === 'boolean',
      separator: (v) =>
        isObject(v) &&
        typeof v.char === 'string' &&
        v.char.length <= 1 &&
        (v.allowLeading === undefined || typeof v.allowLeading === 'boolean') &&
        Object.keys(v).every((k) => k === 'char' || k === 'allowLeading'),
    },
    example: '{ "type": "camel" }, { "type": "pascal", "disallowDigits": true }',
  }),
  (input, opts: CasingOptions) => {
    const value = input as string;
    if (value.length === 1 && opts.separator?.allowLeading === true && value === opts.separator.char) return undefined;
    return casingPattern(opts).test(value) ? undefined : [{ message: `must be ${opts.type} case` }];
  },
);
