/**
 * Turns the source's words into normalised values, and says when it is not sure.
 *
 * Rule: a value is normalised automatically only when the wording leaves no room for doubt
 * (a cell that reads "Regionaal", a status "Intentie (nog onderwerp van onderzoek)"). Anything
 * else comes back as `certain: false` with a proposal; the importer then writes `onduidelijk`
 * unless a curated correction (`corrections.ts`) decides, and lists it for review.
 */
import type { GovernanceAnswer, Level, Status } from '../../../schemas/profile-2013.ts';
import type { ReferenceMunicipality } from './municipalities.ts';
import { squeeze } from './text.ts';

export type LevelValue = Level | 'onduidelijk';

export interface Normalised<T> {
  value: T;
  certain: boolean;
  /** Why the value is not certain (Dutch, for the review list). */
  reason?: string;
}

const LEVEL_TERMS: [RegExp, Level][] = [
  [/\bsubregionaal\b/giu, 'subregionaal'],
  [/\bbovenregionaal\b/giu, 'bovenregionaal'],
  [/(?<![\p{L})])regionaal\b/giu, 'regionaal'],
  [/\blokaal\b/giu, 'lokaal'],
];

/** Any word about a scale, noun or adjective ("regionale afstemming", "provinciaal", "landelijk"). */
const SCALE_WORD = /\b(?:boven|sub)?(?:regiona(?:al|le)|loka(?:al|le))\b|\bbovenlokaal\b|\bprovinciaal\b|\blandelijk\b|\(\s*boven\s*\)/giu;

/** The level terms a cell mentions, in order of first mention. "(Boven)regionaal" names two. */
export function levelTerms(source: string): Level[] {
  const text = source.replace(/\(\s*boven\s*\)\s*regionaal/giu, 'regionaal of bovenregionaal');
  const hits: { level: Level; at: number }[] = [];
  for (const [pattern, level] of LEVEL_TERMS) {
    for (const match of text.matchAll(pattern)) hits.push({ level, at: match.index! });
  }
  hits.sort((a, b) => a.at - b.at);
  return [...new Set(hits.map((hit) => hit.level))];
}

/**
 * Level of a task cell. Certain only when the cell is one level word and nothing else
 * (case and surrounding spaces aside), or one level word, a comma and an explanation that
 * uses no other word about scale ("Bovenregionaal, op niveau van de veiligheidsregio").
 * Otherwise the proposal is the level words the cell names, and the cell goes to review.
 */
export function normaliseLevel(source: string): Normalised<LevelValue[]> {
  const text = squeeze(source);
  if (text === '') return { value: ['onduidelijk'], certain: false, reason: 'de niveaucel is leeg' };
  const terms = levelTerms(text);
  if (terms.length === 0) return { value: ['onduidelijk'], certain: false, reason: 'de cel noemt geen niveau' };
  const bare = /^(lokaal|subregionaal|regionaal|bovenregionaal)$/i.exec(text);
  if (bare) return { value: [bare[1]!.toLowerCase() as Level], certain: true };
  const scaleWords = [...text.matchAll(SCALE_WORD)].length;
  if (/^(lokaal|subregionaal|regionaal|bovenregionaal),\s/i.test(text) && scaleWords === 1) return { value: terms, certain: true };
  return {
    value: terms,
    certain: false,
    reason: terms.length > 1 ? `de cel noemt meer niveaus (${terms.join(', ')})` : 'de cel heeft een toevoeging bij het niveau',
  };
}

const STATUS_PHRASES: [RegExp, Status][] = [
  [/^nog geen opvatting\b/i, 'nog-geen-opvatting'],
  [/^gedeelde afspraak\b/i, 'gedeelde-afspraak'],
  [/^intentie\b/i, 'intentie'],
];

/**
 * Status of a task cell. Certain when the cell starts with one of the three statuses and every
 * status word in the rest is the same one ("Intentie, bij het merendeel ... de intentie ...").
 * "idem" is resolved by the importer from the row above (see `resolveIdem`).
 */
export function normaliseStatus(source: string): Normalised<Status> | { idem: true } {
  const text = squeeze(source);
  if (/^idem\.?$/i.test(text)) return { idem: true };
  const hit = STATUS_PHRASES.find(([pattern]) => pattern.test(text));
  if (!hit) return { value: 'onduidelijk', certain: false, reason: text === '' ? 'de statuscel is leeg' : 'geen van de drie statussen' };
  const others = STATUS_PHRASES.filter(([, status]) => status !== hit[1]).some(([pattern]) =>
    new RegExp(pattern.source.replace('^', '\\b'), 'i').test(text),
  );
  if (others) return { value: hit[1], certain: false, reason: 'de cel noemt meer statussen' };
  return { value: hit[1], certain: true };
}

/**
 * A proposal for the normalised answer to governance questions 1a-1d, from the first words.
 * Never certain: every governance answer is decided by hand in `corrections.ts`.
 */
export function proposeGovernanceAnswer(text: string): GovernanceAnswer {
  const start = squeeze(text).toLowerCase();
  const qualified = /\b(maar|alleen|nog niet|nog geen|deels|gedeeltelijk)\b/.test(start);
  if (/^ja\b/.test(start)) return qualified ? 'deels' : 'ja';
  if (/^(nee|nog niet)\b/.test(start)) return 'nee';
  return 'onduidelijk';
}

export interface MemberMatch {
  id: string;
  /** The spelling in the source. */
  spelling: string;
}

export interface MemberSplit {
  members: MemberMatch[];
  /** Subregion labels that were left out ("Walcheren"). */
  labels: string[];
  /** Things a person should look at (Dutch). */
  notes: string[];
  /** Pieces that matched no municipality. */
  unknown: string[];
}

/**
 * Splits a "Deelnemende gemeenten" list into municipalities. Handles the " en " before the
 * last name, a missing comma ("Montfoort Oudewater"), subregion labels ("Walcheren:
 * Middelburg, ..."), a trailing full stop or comma, and names that themselves contain " en "
 * ("Kaag en Braassem") by always taking the longest known name. A spelling that fits more
 * than one municipality (Bergen) is decided by the provinces of the region.
 */
export function splitMembers(text: string, reference: readonly ReferenceMunicipality[], provinces: readonly string[]): MemberSplit {
  const bySpelling = new Map<string, ReferenceMunicipality[]>();
  for (const m of reference) {
    for (const spelling of [m.name, ...m.spellings]) bySpelling.set(spelling, [...(bySpelling.get(spelling) ?? []), m]);
  }
  const spellings = [...bySpelling.keys()].sort((a, b) => b.length - a.length);
  const result: MemberSplit = { members: [], labels: [], notes: [], unknown: [] };

  let rest = squeeze(text).replace(/[.,\s]+$/, '');
  // Subregion labels: one word followed by a colon, that is not itself a municipality.
  rest = rest.replace(/(^|\s)([\p{L}-]+):\s/gu, (whole, before: string, label: string) => {
    if (bySpelling.has(label)) return whole;
    result.labels.push(label);
    return `${before}, `;
  });

  for (const chunk of rest.split(',').map((c) => c.trim()).filter(Boolean)) {
    let at = chunk.replace(/^en\s+/, '');
    let found = 0;
    let separator = '';
    while (at.length > 0) {
      const spelling = spellings.find((s) => at === s || at.startsWith(`${s} `));
      if (!spelling) {
        result.unknown.push(at);
        break;
      }
      if (found > 0 && separator === ' ') {
        result.notes.push(`ontbrekende komma tussen "${result.members.at(-1)!.spelling}" en "${spelling}"`);
      }
      const candidates = bySpelling.get(spelling)!;
      const inRegion = candidates.filter((c) => provinces.includes(c.province));
      const pick = candidates.length === 1 ? candidates[0]! : inRegion.length === 1 ? inRegion[0]! : undefined;
      if (!pick) {
        result.unknown.push(spelling);
      } else {
        if (candidates.length > 1) result.notes.push(`"${spelling}" is ${pick.name} (provincie van de regio)`);
        result.members.push({ id: pick.id, spelling });
      }
      found++;
      at = at.slice(spelling.length);
      const sep = /^(\s+en\s+|\s+)/.exec(at);
      separator = sep ? (sep[1]!.trim() === 'en' ? 'en' : ' ') : '';
      at = at.slice(sep ? sep[1]!.length : 0);
    }
  }
  return result;
}
