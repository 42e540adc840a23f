/**
 * Content rules for `content/herindelingen.yaml`, as a pure function: the parsed entries and
 * the ids of the 2013 municipalities in, problems with field paths (Dutch messages) out.
 * The validator (`scripts/lib/validate.ts`) maps the paths to file positions.
 */
import type { Reorganisation } from '../reorganisation.ts';

export interface ReorganisationProblem {
  /** Id of the event the problem is in. */
  event: string;
  /** Field path inside the event, e.g. `['predecessors', 1]`. */
  path: (string | number)[];
  message: string;
}

/** A real calendar date (not 2023-02-30). */
export function isRealDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Checks, in date order: every date is real and after 1 January 2013 and the source was read on
 * or after it; a predecessor is a known municipality that exists on that date (not ended before,
 * not created later); a successor is a known municipality that exists then or one created on
 * that date; no municipality ends twice or is created twice; kinds match their shape.
 * `knownIds`: the ids of `content/gemeenten.yaml` (the municipalities of 1 January 2013).
 */
export function checkReorganisations(entries: readonly Reorganisation[], knownIds: ReadonlySet<string>, baseline = '2013-01-01'): ReorganisationProblem[] {
  const problems: ReorganisationProblem[] = [];
  const fail = (event: Reorganisation, path: (string | number)[], message: string) => problems.push({ event: event.id, path, message });

  // Which municipality is created by which event (and when).
  const createdBy = new Map<string, Reorganisation>();
  for (const event of entries) {
    event.new_municipalities.forEach((m, i) => {
      if (knownIds.has(m.id)) fail(event, ['new_municipalities', i, 'id'], `"${m.id}" bestaat al in content/gemeenten.yaml; kies een andere slug`);
      else if (createdBy.has(m.id)) fail(event, ['new_municipalities', i, 'id'], `"${m.id}" ontstaat ook bij herindeling "${createdBy.get(m.id)!.id}"; een gemeente ontstaat maar één keer`);
      else createdBy.set(m.id, event);
    });
  }

  const datesOk = new Set<string>();
  for (const event of entries) {
    let ok = true;
    if (!isRealDate(event.date)) {
      fail(event, ['date'], `"${event.date}" is geen bestaande datum`);
      ok = false;
    } else if (event.date <= baseline) {
      fail(event, ['date'], `de datum moet na ${baseline} liggen (de gemeenten van content/gemeenten.yaml)`);
      ok = false;
    }
    if (!isRealDate(event.source.read)) fail(event, ['source', 'read'], `"${event.source.read}" is geen bestaande datum`);
    else if (ok && event.source.read < event.date) fail(event, ['source', 'read'], `de bron is gelezen (${event.source.read}) vóór de herindeling (${event.date}); klopt de datum?`);
    if (ok) datesOk.add(event.id);
  }

  const ended = new Map<string, Reorganisation>();
  const sorted = [...entries].filter((e) => datesOk.has(e.id)).sort((a, b) => a.date.localeCompare(b.date));
  const createdOn = (id: string) => createdBy.get(id)?.date;
  for (const event of sorted) {
    const created = new Set(event.new_municipalities.map((m) => m.id));
    event.predecessors.forEach((id, i) => {
      const since = createdOn(id);
      if (!knownIds.has(id) && since === undefined) {
        fail(event, ['predecessors', i], `"${id}" is geen bekende gemeente: niet in content/gemeenten.yaml en niet ontstaan bij een herindeling`);
        return;
      }
      if (since !== undefined && since >= event.date) {
        fail(event, ['predecessors', i], `"${id}" bestaat op ${event.date} nog niet (ontstaat op ${since})`);
        return;
      }
      const earlier = ended.get(id);
      if (earlier) {
        fail(event, ['predecessors', i], `"${id}" houdt al op te bestaan bij herindeling "${earlier.id}" (${earlier.date}); een gemeente eindigt maar één keer`);
        return;
      }
      ended.set(id, event);
    });
    event.successors.forEach((id, i) => {
      if (event.predecessors.includes(id)) {
        fail(event, ['successors', i], `"${id}" staat ook bij de voorgangers; een gemeente die blijft bestaan is geen voorganger`);
        return;
      }
      const since = createdOn(id);
      if (!knownIds.has(id) && since === undefined) {
        fail(event, ['successors', i], `"${id}" is geen bekende gemeente: niet in content/gemeenten.yaml en niet ontstaan bij een herindeling`);
        return;
      }
      if (since !== undefined && since > event.date) {
        fail(event, ['successors', i], `"${id}" bestaat op ${event.date} nog niet (ontstaat op ${since})`);
        return;
      }
      const gone = ended.get(id);
      if (gone && gone.date < event.date) fail(event, ['successors', i], `"${id}" bestaat op ${event.date} niet meer (opgeheven bij "${gone.id}" op ${gone.date})`);
    });
    for (const id of created) {
      if (!event.successors.includes(id)) fail(event, ['successors'], `de nieuwe gemeente "${id}" moet ook bij de opvolgers staan`);
    }
    // The shape must fit the kind.
    if (event.kind === 'gesplitst' && (event.predecessors.length !== 1 || event.successors.length < 2)) {
      fail(event, ['kind'], 'bij "gesplitst" hoort één voorganger en minstens twee opvolgers');
    }
    if ((event.kind === 'nieuwe-gemeente' || event.kind === 'naamswijziging') && created.size === 0) {
      fail(event, ['new_municipalities'], `bij "${event.kind}" hoort een nieuwe gemeente in new_municipalities`);
    }
    if (event.kind === 'opgegaan' && (created.size > 0 || event.successors.length !== 1)) {
      fail(event, ['kind'], 'bij "opgegaan" hoort precies één bestaande opvolger en geen nieuwe gemeente');
    }
    if (event.kind === 'naamswijziging' && event.predecessors.length !== 1) {
      fail(event, ['predecessors'], 'bij "naamswijziging" hoort precies één voorganger');
    }
  }
  return problems;
}
