/**
 * From the extract to the content files: parse, normalise, apply the curated corrections and
 * serialise. Pure: takes the source text and lookups, returns file texts and a review list.
 * Same input, same output, byte for byte (the importer relies on that, see `write.ts`).
 */
import { schemaLine } from '../schema-line.ts';
import type { GovernanceAnswer, Status, TaskCell } from '../../../schemas/profile-2013.ts';
import type { Quotation } from '../../../schemas/common.ts';
import * as defaultCorrections from './corrections.ts';
import type { AppendixDecision, ExtraMembership, FootnoteDecision, GovernanceDecision, TaskDecision, TextEdit } from './corrections-types.ts';
import { MUNICIPALITIES, type ReferenceMunicipality } from './municipalities.ts';
import { normaliseLevel, normaliseStatus, proposeGovernanceAnswer, splitMembers, type LevelValue } from './normalise.ts';
import { pageOf, type PageEvidence } from './pages.ts';
import { parseRegioprofielen, type RawProfile, type TaskLabel } from './parse.ts';
import { REGIONS, type RegionIdentity } from './regions.ts';
import { toYaml } from './yaml.ts';

export const SOURCE_ID = 'regioprofielen-2013';
export const SOURCE_YEAR = 2013;

export interface Corrections {
  TASKS: Record<string, Record<string, TaskDecision>>;
  GOVERNANCE: Record<string, Partial<Record<'1a' | '1b' | '1c' | '1d', GovernanceDecision>>>;
  TEXT_EDITS: TextEdit[];
  APPENDICES: AppendixDecision[];
  FOOTNOTES: FootnoteDecision[];
  EXTRA_MEMBERSHIPS: ExtraMembership[];
}

export interface ReviewItem {
  /** File the value ends up in, relative to the repository root. */
  file: string;
  /** Field path in that file. */
  field: string;
  /** The source's words. */
  source: string;
  /** What was done and why (Dutch). */
  note: string;
  /** `besloten`: decided by a curated correction or a documented rule; `open`: needs a person. */
  status: 'open' | 'besloten';
}

export interface BuildOptions {
  tasks: readonly TaskLabel[];
  /** Ids of the documents under `content/documenten/` (for memberships from other sources). */
  documents: readonly string[];
  corrections?: Corrections;
  regions?: readonly RegionIdentity[];
  municipalities?: readonly ReferenceMunicipality[];
  /** Heading numbers, for fixtures; defaults to the real extract. */
  numbers?: readonly string[];
}

export interface BuildResult {
  /** Path (relative to the repository root) -> file text. */
  files: Map<string, string>;
  review: ReviewItem[];
  /** Problems that make the output unusable (stale corrections, unknown municipalities). */
  errors: string[];
  stats: { regions: number; taskTables: number; municipalities: number; answers: number; answersWithPage: number; cellsWithPage: number };
}

const HEADER = (path: string, what: string) =>
  [
    schemaLine(path),
    `# ${what}`,
    '# Gemaakt door scripts/import-regioprofielen.ts uit de Regioprofielen (juni 2013). Correcties staan',
    '# in scripts/lib/regioprofielen/corrections.ts, zodat een nieuwe import ze behoudt; zie content/README.md.',
  ].join('\n');

const GOVERNANCE_KEYS = ['1a', '1b', '1c', '1d'] as const;

export function buildContent(source: string, options: BuildOptions): BuildResult {
  const corrections = options.corrections ?? (defaultCorrections as Corrections);
  const regions = options.regions ?? REGIONS;
  const municipalities = options.municipalities ?? MUNICIPALITIES;
  const byNumber = new Map(regions.map((r) => [r.number, r]));
  const doc = parseRegioprofielen(source, { tasks: options.tasks, ...(options.numbers ? { numbers: options.numbers } : {}) });
  const evidence: PageEvidence = { footers: doc.footers, breaks: doc.breaks };
  const review: ReviewItem[] = [];
  const errors: string[] = [];
  const files = new Map<string, string>();
  const used = { tasks: new Set<string>(), governance: new Set<string>(), edits: new Set<TextEdit>(), appendices: new Set<AppendixDecision>(), footnotes: new Set<FootnoteDecision>() };
  const stats = { regions: 0, taskTables: 0, municipalities: 0, answers: 0, answersWithPage: 0, cellsWithPage: 0 };
  const spellingsUsed = new Map<string, Set<string>>();
  const memberships = new Map<string, { region: string; source: string }[]>();

  for (const profile of doc.profiles) {
    const identity = byNumber.get(profile.number);
    if (!identity) {
      errors.push(`geen regio met nummer ${profile.number} in regions.ts (kop "${profile.heading}")`);
      continue;
    }
    const dir = `content/regio/${identity.slug}`;
    for (const warning of profile.warnings) {
      review.push({ file: `${dir}/profiel-2013.yaml`, field: '', source: warning, note: 'onverwachte tekst in de bron', status: 'open' });
    }

    // Members.
    const members: { municipality: string; source: string; year: number }[] = [];
    if (profile.members) {
      const split = splitMembers(profile.members.text, municipalities, identity.provinces);
      for (const note of split.notes) {
        review.push({ file: `${dir}/regio.yaml`, field: 'members', source: profile.members.text, note, status: 'besloten' });
      }
      for (const label of split.labels) {
        review.push({ file: `${dir}/regio.yaml`, field: 'members', source: profile.members.text, note: `"${label}:" is de naam van een subregio, geen gemeente; weggelaten`, status: 'besloten' });
      }
      for (const unknown of split.unknown) errors.push(`${dir}/regio.yaml: "${unknown}" is geen bekende gemeente (bron regel ${profile.members.line})`);
      for (const member of split.members) {
        members.push({ municipality: member.id, source: SOURCE_ID, year: SOURCE_YEAR });
        const name = municipalities.find((m) => m.id === member.id)!.name;
        if (member.spelling !== name) spellingsUsed.set(member.id, (spellingsUsed.get(member.id) ?? new Set()).add(member.spelling));
        memberships.set(member.id, [...(memberships.get(member.id) ?? []), { region: identity.slug, source: SOURCE_ID }]);
      }
    }
    for (const extra of corrections.EXTRA_MEMBERSHIPS.filter((e) => e.region === identity.slug)) {
      if (!options.documents.includes(extra.source)) {
        review.push({ file: `${dir}/regio.yaml`, field: 'members', source: extra.municipalities.join(', '), note: `document "${extra.source}" bestaat (nog) niet; lidmaatschappen ${extra.year} niet toegevoegd`, status: 'open' });
        continue;
      }
      const split = splitMembers(extra.municipalities.join(', '), municipalities, identity.provinces);
      for (const unknown of split.unknown) errors.push(`${dir}/regio.yaml: "${unknown}" (${extra.source}) is geen bekende gemeente`);
      for (const member of split.members) {
        members.push({ municipality: member.id, source: extra.source, year: extra.year });
        memberships.set(member.id, [...(memberships.get(member.id) ?? []), { region: identity.slug, source: extra.source }]);
      }
    }

    const regionFile: Record<string, unknown> = {
      name: identity.name,
      kind: identity.parent ? 'subregio' : 'regio',
      ...(identity.parent ? { parent: identity.parent } : {}),
      aliases: identity.aliases,
      provinces: identity.provinces,
      profile_2013: { number: profile.number, heading: profile.heading },
      members,
    };
    files.set(`${dir}/regio.yaml`, toYaml(regionFile, HEADER(`${dir}/regio.yaml`, `${identity.name}: identiteit en gemeenten.`)));
    stats.regions++;

    files.set(`${dir}/profiel-2013.yaml`, toYaml(buildProfile(profile, identity, dir, evidence, corrections, used, review, errors, stats), HEADER(`${dir}/profiel-2013.yaml`, `Regioprofiel 2013 van ${identity.name}.`)));
  }

  // Municipalities: every municipality of 2013, with the spellings the sources used.
  const list = [...municipalities]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((m) => ({
      id: m.id,
      name: m.name,
      aliases: [...(spellingsUsed.get(m.id) ?? [])].sort((a, b) => a.localeCompare(b, 'nl')),
      province: m.province,
    }));
  for (const m of municipalities) {
    const in2013 = (memberships.get(m.id) ?? []).filter((x) => x.source === SOURCE_ID);
    if (in2013.length !== 1) errors.push(`gemeente ${m.id} staat in ${in2013.length} regio's van 2013 (${in2013.map((x) => x.region).join(', ') || 'geen'})`);
  }
  stats.municipalities = list.length;
  files.set('content/gemeenten.yaml', toYaml(list, HEADER('content/gemeenten.yaml', `Alle ${list.length} gemeenten van 1 januari 2013; bij welke regio ze horen staat in content/regio/<slug>/regio.yaml.`), 160));

  // Corrections that were never used point at a changed source or a typo.
  for (const [region, tasks] of Object.entries(corrections.TASKS)) {
    for (const task of Object.keys(tasks)) if (!used.tasks.has(`${region}/${task}`)) errors.push(`correctie TASKS.${region}.${task} is niet gebruikt`);
  }
  for (const [region, items] of Object.entries(corrections.GOVERNANCE)) {
    for (const key of Object.keys(items)) if (!used.governance.has(`${region}/${key}`)) errors.push(`correctie GOVERNANCE.${region}.${key} is niet gebruikt`);
  }
  for (const edit of corrections.TEXT_EDITS) if (!used.edits.has(edit)) errors.push(`tekstcorrectie ${edit.region} ${edit.field} ${edit.find} is niet gebruikt`);
  for (const a of corrections.APPENDICES) if (!used.appendices.has(a)) errors.push(`bijlagebesluit ${a.region} "${a.startsWith}" is niet gebruikt`);
  for (const f of corrections.FOOTNOTES) if (!used.footnotes.has(f)) errors.push(`voetnootbesluit ${f.region} "${f.startsWith}" is niet gebruikt`);

  return { files, review, errors, stats };
}

function buildProfile(
  profile: RawProfile,
  identity: RegionIdentity,
  dir: string,
  evidence: PageEvidence,
  corrections: Corrections,
  used: { tasks: Set<string>; governance: Set<string>; edits: Set<TextEdit>; appendices: Set<AppendixDecision>; footnotes: Set<FootnoteDecision> },
  review: ReviewItem[],
  errors: string[],
  stats: BuildResult['stats'],
): Record<string, unknown> {
  const file = `${dir}/profiel-2013.yaml`;
  const out: Record<string, unknown> = { source: SOURCE_ID };
  const quote = (text: string, line: number, field: string): Quotation => {
    const edited = applyEdits(text, identity.slug, field, corrections.TEXT_EDITS, used.edits, errors);
    const page = pageOf(line, evidence);
    return { text: edited, ...(page ? { page } : {}) };
  };

  if (profile.intro) out.intro = quote(profile.intro.text, profile.intro.line, 'intro');

  // Task table.
  if (profile.rows.length > 0) {
    stats.taskTables++;
    const tasks: Record<string, TaskCell> = {};
    let above: Status | undefined;
    for (const row of profile.rows) {
      const field = `tasks.${row.task}`;
      const decision = corrections.TASKS[identity.slug]?.[row.task];
      if (decision) {
        used.tasks.add(`${identity.slug}/${row.task}`);
        if (decision.level_source !== row.levelSource) {
          errors.push(`${file} ${field}: correctie verwacht niveau "${decision.level_source}", de bron zegt "${row.levelSource}"`);
        }
        if (decision.status_source !== undefined && decision.status_source !== row.statusSource) {
          errors.push(`${file} ${field}: correctie verwacht status "${decision.status_source}", de bron zegt "${row.statusSource}"`);
        }
      }
      const remarks: string[] = [];

      const levelGuess = normaliseLevel(row.levelSource);
      let level: LevelValue[];
      if (decision?.level) {
        level = decision.level;
        if (!levelGuess.certain) review.push({ file, field: `${field}.level`, source: row.levelSource, note: `${levelGuess.reason}; besloten: ${level.join(' + ')}`, status: 'besloten' });
      } else if (levelGuess.certain) {
        level = levelGuess.value;
      } else {
        level = ['onduidelijk'];
        remarks.push(`Niveau niet eenduidig uit de bron af te leiden: ${levelGuess.reason}.`);
        review.push({ file, field: `${field}.level`, source: row.levelSource, note: `${levelGuess.reason}; voorstel ${levelGuess.value.join(' + ')}, geschreven als onduidelijk`, status: 'open' });
      }

      const statusGuess = normaliseStatus(row.statusSource);
      let status: Status;
      if (decision?.status) {
        status = decision.status;
        review.push({ file, field: `${field}.status`, source: row.statusSource, note: `besloten: ${status}`, status: 'besloten' });
      } else if ('idem' in statusGuess) {
        if (above === undefined) {
          status = 'onduidelijk';
          remarks.push('"idem" zonder cel erboven.');
          review.push({ file, field: `${field}.status`, source: row.statusSource, note: '"idem" zonder cel erboven', status: 'open' });
        } else {
          status = above;
          remarks.push('In de bron staat "idem": dezelfde status als de taak erboven.');
          review.push({ file, field: `${field}.status`, source: row.statusSource, note: `"idem": status van de cel erboven (${above})`, status: 'besloten' });
        }
      } else if (statusGuess.certain) {
        status = statusGuess.value;
      } else {
        status = 'onduidelijk';
        remarks.push(`Status niet eenduidig uit de bron af te leiden: ${statusGuess.reason}.`);
        review.push({ file, field: `${field}.status`, source: row.statusSource, note: `${statusGuess.reason}; geschreven als onduidelijk`, status: 'open' });
      }
      above = status;

      const remark = [decision?.remark, ...remarks].filter(Boolean).join(' ');
      const page = pageOf(row.line, evidence);
      if (page) stats.cellsWithPage++;
      tasks[row.task] = {
        level_source: row.levelSource,
        level,
        status_source: row.statusSource,
        status,
        ...(page ? { page } : {}),
        ...(remark ? { remark } : {}),
      } as TaskCell;
    }
    out.tasks = tasks;
  }

  // The note under (or above) the task table, plus appendices that belong to question 1.
  const notes = [profile.preTable, profile.headerNote, profile.explanation].filter((p) => p !== undefined);
  const extra: string[] = [];
  for (const appendix of profile.appendices) {
    const decision = corrections.APPENDICES.find((a) => a.region === identity.slug && appendix.text.startsWith(a.startsWith));
    if (decision) used.appendices.add(decision);
    if (decision?.action === 'tasks_explanation') {
      extra.push(appendix.text);
      review.push({ file, field: 'tasks_explanation', source: excerpt(appendix.text), note: `toegevoegd aan de toelichting bij de takentabel: ${decision.reason}`, status: 'besloten' });
    } else {
      review.push({ file, field: '', source: excerpt(appendix.text), note: decision ? `weggelaten: ${decision.reason}` : 'tekst na het laatste antwoord; weggelaten', status: decision ? 'besloten' : 'open' });
    }
  }
  if (notes.length > 0 || extra.length > 0) {
    const first = notes[0];
    const text = [...notes.map((n) => n.text), ...extra].join(' ');
    out.tasks_explanation = quote(text, first?.line ?? 0, 'tasks_explanation');
    if (notes.length > 1) review.push({ file, field: 'tasks_explanation', source: excerpt(text), note: 'meer toelichtingen bij de tabel samengevoegd', status: 'open' });
  }
  for (const footnote of profile.footnotes) {
    const decision = corrections.FOOTNOTES.find((f) => f.region === identity.slug && footnote.text.startsWith(f.startsWith));
    if (decision) used.footnotes.add(decision);
    review.push({ file, field: '', source: excerpt(footnote.text), note: decision ? `voetnoot weggelaten: ${decision.reason}` : 'voetnoot weggelaten', status: decision ? 'besloten' : 'open' });
  }

  // Answers.
  const answers: Record<string, unknown> = {};
  for (const answer of profile.answers) {
    if (answers[answer.id]) {
      review.push({ file, field: `answers.${answer.id}`, source: excerpt(answer.text), note: 'vraag staat twee keer in de bron; tweede weggelaten', status: 'open' });
      continue;
    }
    if (!answer.text) {
      review.push({ file, field: `answers.${answer.id}`, source: '', note: 'vraag zonder antwoord; weggelaten', status: 'besloten' });
      continue;
    }
    const quotation = quote(answer.text, answer.line, `answers.${answer.id}`);
    stats.answers++;
    if (quotation.page) stats.answersWithPage++;
    const key = /^bestuur-(1[a-d])$/.exec(answer.id)?.[1] as (typeof GOVERNANCE_KEYS)[number] | undefined;
    if (key) {
      const decision = corrections.GOVERNANCE[identity.slug]?.[key];
      let value: GovernanceAnswer;
      let remark: string | undefined;
      if (decision) {
        used.governance.add(`${identity.slug}/${key}`);
        [value, remark] = typeof decision === 'string' ? [decision, undefined] : decision;
        if ((value === 'deels' || value === 'onduidelijk') && !remark) errors.push(`${file} answers.${answer.id}: "${value}" vraagt om een opmerking (remark)`);
        // Every decision that needed judgement (not a plain ja/nee) is listed, with its reason.
        if (remark || (value !== 'ja' && value !== 'nee')) {
          review.push({ file, field: `answers.${answer.id}.answer`, source: excerpt(answer.text), note: `besloten: ${value}${remark ? ` (${remark})` : ''}`, status: 'besloten' });
        }
      } else {
        value = proposeGovernanceAnswer(answer.text);
        remark = value === 'onduidelijk' ? 'Het antwoord is niet eenduidig ja of nee.' : undefined;
        review.push({ file, field: `answers.${answer.id}.answer`, source: excerpt(answer.text), note: `voorstel ${value}; nog niet beoordeeld`, status: 'open' });
      }
      answers[answer.id] = { answer: value, ...quotation, ...(remark ? { remark } : {}) };
    } else {
      answers[answer.id] = quotation;
    }
  }
  for (const key of Object.keys(corrections.GOVERNANCE[identity.slug] ?? {})) {
    if (!answers[`bestuur-${key}`]) errors.push(`${file}: correctie voor bestuur-${key}, maar de regio beantwoordde die vraag niet`);
  }
  out.answers = answers;
  return out;
}

function applyEdits(text: string, region: string, field: string, edits: readonly TextEdit[], used: Set<TextEdit>, errors: string[]): string {
  let result = text;
  for (const edit of edits.filter((e) => e.region === region && e.field === field)) {
    const global = new RegExp(edit.find.source, edit.find.flags.includes('g') ? edit.find.flags : `${edit.find.flags}g`);
    const count = [...result.matchAll(global)].length;
    if (count !== 1) {
      errors.push(`tekstcorrectie ${region} ${field}: ${edit.find} komt ${count} keer voor (verwacht 1)`);
      continue;
    }
    used.add(edit);
    result = result.replace(edit.find, edit.replace);
  }
  return result;
}

function excerpt(text: string, length = 90): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
