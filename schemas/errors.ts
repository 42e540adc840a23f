/**
 * Dutch error messages for editors. Used by our validator and, through `z.config`, by Astro.
 * Messages say what is wrong and what is allowed; the validator adds file, line and field.
 */
import { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'getal',
  int: 'geheel getal',
  boolean: 'ja/nee (true/false)',
  array: 'lijst',
  object: 'veldenlijst (object)',
  record: 'veldenlijst (object)',
  date: 'datum',
  null: 'niets (null)',
  undefined: 'niets',
};

/** Dutch name of the type of a YAML value. */
export function describeValue(value: unknown): string {
  if (value === null) return TYPE_NAMES.null!;
  if (Array.isArray(value)) return TYPE_NAMES.array!;
  if (value instanceof Date) return TYPE_NAMES.date!;
  return TYPE_NAMES[typeof value] ?? typeof value;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

const nlFallback = z.locales.nl().localeError;

/** A zod error map (`z.config({ customError })` or the `error` option of `safeParse`). */
export const dutchError: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_value':
      if (issue.values.length === 1) return `moet ${show(issue.values[0])} zijn, niet ${show(issue.input)}`;
      return `${show(issue.input)} is geen geldige waarde; kies uit ${issue.values.join(', ')}`;
    case 'invalid_type':
      if (issue.input === undefined) return `verplicht veld ontbreekt (verwacht: ${TYPE_NAMES[issue.expected] ?? issue.expected})`;
      return `verwacht ${TYPE_NAMES[issue.expected] ?? issue.expected}, maar dit is ${describeValue(issue.input)}${
        typeof issue.input === 'string' || typeof issue.input === 'number' ? ` (${show(issue.input)})` : ''
      }`;
    case 'unrecognized_keys':
      return `onbekend veld ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `lijst moet minstens ${issue.minimum} element(en) bevatten`;
      if (issue.origin === 'string') return 'mag niet leeg zijn';
      return `moet minstens ${issue.minimum} zijn`;
    case 'too_big':
      if (issue.origin === 'array') return `lijst mag hoogstens ${issue.maximum} element(en) bevatten`;
      return `mag hoogstens ${issue.maximum} zijn`;
    default:
      return nlFallback(issue);
  }
};
