/**
 * Every UI string lives in `nl.json`: flat dotted English keys, Dutch values, `{{var}}`
 * placeholders. `t()` is typed by the keys, so a missing string fails type checking.
 * Plurals: a key with a `.one` variant is chosen with Intl.PluralRules when `count` is given.
 */
import nl from './nl.json' with { type: 'json' };

export type MessageKey = keyof typeof nl;
type Vars = Record<string, string | number>;

const pluralRules = new Intl.PluralRules('nl');
/** The same output as `toLocaleString('nl-NL')`, without a new formatter per call. */
const numberFormat = new Intl.NumberFormat('nl-NL');
const messages: Record<string, string> = nl;
const PLACEHOLDER = /\{\{(\w+)\}\}/;

export function t(key: MessageKey, vars?: Vars): string {
  let template = messages[key];
  if (template === undefined) throw new Error(`i18n: no string "${key}" in src/i18n/nl.json`);
  if (vars === undefined) return template;
  if (typeof vars.count === 'number' && pluralRules.select(vars.count) === 'one') {
    template = messages[`${key}.one`] ?? template;
  }
  if (!template.includes('{{')) return template;
  let parts = compiled.get(template);
  if (parts === undefined) compiled.set(template, (parts = template.split(PLACEHOLDER)));
  // parts: text, name, text, name, …, text (split keeps the captured names).
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = vars[parts[i]!];
    if (value === undefined) throw new Error(`i18n: "${key}" needs {{${parts[i]}}}`);
    text += (typeof value === 'number' ? numberFormat.format(value) : value) + parts[i + 1]!;
  }
  return text;
}

/** Templates split at their placeholders, once per template (filling them is on every page). */
const compiled = new Map<string, string[]>();

/** One formatter for the whole build (creating one per call cost 11% of a large build). */
const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Formatted dates by ISO date: a site has a few hundred distinct dates, shown on thousands of pages. */
const formattedDates = new Map<string, string>();

/** Dutch date as readers expect it: "20 juni 2013". */
export function formatDate(isoDate: string): string {
  let formatted = formattedDates.get(isoDate);
  if (formatted === undefined) {
    const [year, month, day] = isoDate.split('-').map(Number);
    formatted = dateFormat.format(new Date(Date.UTC(year!, month! - 1, day!)));
    formattedDates.set(isoDate, formatted);
  }
  return formatted;
}

/** The raw template with its `{{var}}` placeholders, for the few strings filled in the browser. */
export function template(key: MessageKey): string {
  return messages[key]!;
}
