/**
 * JSON Schemas of the content files, generated from the zod schemas (`npm run schemas` writes
 * them to `schemas/json/`), for the YAML extension of an editor: completion, Dutch help on every
 * field, and the same limits as the validator where JSON Schema can say them.
 *
 * How they are made, and why:
 * - `z.toJSONSchema` in `input` mode (what an editor types: a field with a default may be left out).
 *   Two things the input side misses are taken from the `output` side: the limits of a piped
 *   value (`short_title` at most 44 characters) and whether a field is required (a preprocessed
 *   date is `unknown` on the input side, so `date` looked optional).
 * - Rules written as zod refinements are added by hand where JSON Schema can express them
 *   (`RULES`), each tested with a sample the validator rejects too.
 * - What JSON Schema cannot express is listed in `NOT_EXPRESSED`; only `npm run validate` checks it.
 * - Descriptions are Dutch (`DESCRIPTIONS`), by file kind and field path, else by field name.
 *   The English comments in `schemas/*.ts` stay the developers' documentation.
 */
import { z } from 'zod';
import { COLLECTIONS, COLLECTION_LABELS, type CollectionName } from '../../schemas/collections.ts';

type Json = Record<string, any>;

/** The collections that have a YAML file per entry or a list file, i.e. a JSON Schema. */
export const SCHEMA_COLLECTIONS = (Object.keys(COLLECTIONS) as CollectionName[]).filter((name) => COLLECTIONS[name].schema);

export const schemaPath = (collection: CollectionName) => `schemas/json/${collection}.schema.json`;

/** Rules of the validator that a JSON Schema cannot state; they are checked by `npm run validate` only. */
export const NOT_EXPRESSED: readonly string[] = [
  'verwijzingen naar andere bestanden (bestaat de gemeente, regio, provincie, taak, actielijn, samenwerking of het document?)',
  'unieke ids, slugs en namen over bestanden heen, en gemeenten die bij een regio horen',
  'ids die binnen een lijst uniek moeten zijn (key_figures, networks, principles, themes, leden van een samenwerking)',
  'een periode waarvan "to" niet vóór "from" ligt, en een budget waarvan de periode evenveel jaren telt als "years"',
  'een lijst principes met even veel items als "count_as_printed.count"',
  'de tegelkaart: één tegel per regio, geen twee tegels op dezelfde plek',
  'de takentabel van een regioprofiel: alle 11 taken',
];

/** Refinements that JSON Schema can express, added to the generated schema at a path. */
const RULES: Partial<Record<CollectionName, (schema: Json) => void>> = {
  profielen2013: (s) => {
    // `level` may be one value without brackets (zod preprocesses it into a list), and
    // "onduidelijk" stands alone.
    const cell = s.properties.tasks.additionalProperties;
    const list = cell.properties.level;
    const values: string[] = list.items.enum;
    cell.properties.level = {
      anyOf: [
        { type: 'string', enum: values },
        { ...list, not: { contains: { const: 'onduidelijk' }, minItems: 2 } },
      ],
    };
  },
  documenten: (s) => {
    s.allOf = [
      { if: { properties: { date: { const: 'ongedateerd' } }, required: ['date'] }, then: { required: ['date_note'] }, else: { not: { required: ['estimated_years'] } } },
    ];
  },
  plannen: (s) => {
    s.anyOf = [{ required: ['region'] }, { required: ['collaboration'] }];
  },
  agendas: (s) => {
    s.anyOf = [{ required: ['region'] }, { required: ['collaboration'] }];
    s.properties.items.items.allOf = [{ if: { properties: { title_source: { const: 'redactie' } }, required: ['title_source'] }, then: { required: ['description'] } }];
  },
};

/** Lists that must not name the same id twice (`uniqueList` in schemas/plans.ts). */
const UNIQUE_LISTS: Partial<Record<CollectionName, string[]>> = {
  visies: ['regions'],
  agendas: ['items[].action_lines'],
  samenwerkingen: ['documents', 'agendas'],
};

/** Dutch help per field: `<collection>:<path>` first, then the field name. Paths use `[]` for list items and `{}` for map values. */
export const DESCRIPTIONS: Record<string, string> = {
  // Generic field names.
  id: 'Vaste korte naam (slug): kleine letters, cijfers en enkele koppeltekens, bijv. "bergen-nh". Uniek in de lijst.',
  name: 'Naam zoals een lezer hem kent.',
  title: 'Titel of formulering in de woorden van de bron.',
  alt_title: 'Hetzelfde item in andere woorden elders in de bron (bijv. als kop van een paragraaf), letterlijk.',
  number: 'Nummer zoals gedrukt ("1", "4.2"); alleen als de bron nummert.',
  text: 'De letterlijke woorden van de bron (alleen de regelafbrekingen van de pdf weggehaald).',
  section: 'Paragraaf of bijlage van de bron waar het staat, bijv. "4.3" of "bijlage 3".',
  page: 'Paginanummer in de bron; alleen waar de tekstversie het laat zien.',
  quote: 'Citaat: de letterlijke woorden van de bron, met waar ze staan.',
  remark: 'Opmerking van de redactie (geen citaat), bijv. over iets wat in de bron onduidelijk is.',
  source: 'Waar het vandaan komt: de slug van een document in content/documenten/, eventueel met pagina of paragraaf.',
  document: 'Slug van een document in content/documenten/, bijv. "regioprofielen-2013".',
  intro: 'De inleidende woorden van de bron, letterlijk.',
  label: 'Korte naam voor tabellen en koppen.',
  description: 'Korte uitleg.',
  municipality: 'Slug van een gemeente uit content/gemeenten.yaml, bijv. "bergen-nh".',
  collaboration: 'Slug van een samenwerking in content/samenwerkingen/.',
  region: 'Slug van een regio (de mapnaam in content/regio/).',
  aliases: 'Andere namen en spellingen uit de bronnen; de zoekfunctie vindt ze.',
  date: 'Datum als JJJJ-MM-DD.',
  from: 'Eerste jaar.',
  to: 'Laatste jaar; weglaten bij één jaar.',
  value: 'De waarde zoals gedrukt.',
  items: 'De items, in de volgorde van de bron.',
  when: 'Wanneer, zoals gedrukt ("april 2021", "eind 2020").',
  summary: 'Korte beschrijving in de woorden van de redactie (geen citaat).',
  name_as_printed: 'De naam zoals de bron hem schrijft.',
  key_figures: 'Kerncijfers met hun herkomst; met <Kerncijfer id="…"> te tonen in de tekst.',
  as_of: 'Jaar, periode of datum waarop het cijfer slaat, zoals gedrukt.',
  of: 'Naam van het plan of netwerk waar de lijst bij hoort, zoals gedrukt.',
  count_as_printed: 'Het aantal items zoals de bron het noemt ("de 10 leidende principes"), met waar dat staat; de lijst moet dan precies zo veel items hebben.',
  count: 'Het aantal zoals gedrukt.',
  decisions: 'Besluiten over de lijst (bijv. vastgesteld door de colleges).',
  by: 'Wie besloot, zoals gedrukt.',
  ambition: 'De ambitie, letterlijk.',
  period: 'Periode die het document beslaat, zoals gedrukt: { from: 2018, to: 2020 }.',
  principles: 'Uitgangspunten of principes, in de volgorde van de bron.',
  themes: 'Thema’s, in de volgorde van de bron.',
  municipalities: 'De gemeenten die de bron noemt, met de naam zoals gedrukt.',
  members: 'De leden.',
  regions: 'Slugs van de regio’s (mappen in content/regio/).',
  kind: 'Soort.',
  level_source: 'Het niveau zoals het in de tabel staat (bronwoorden).',
  level: 'Het genormaliseerde niveau.',
  status_source: 'De status zoals hij in de tabel staat (bronwoorden).',
  status: 'De genormaliseerde status.',
  answer: 'Het antwoord, genormaliseerd: ja, nee, deels of onduidelijk.',

  // Lookup lists.
  'tegelkaart:id': 'Slug van de regio (alleen regio’s, geen subregio’s).',
  'tegelkaart:col': 'Kolom op de tegelkaart: 0 is het westen.',
  'tegelkaart:row': 'Rij op de tegelkaart: 0 is het noorden.',
  'tegelkaart:label': 'Naam op de tegel (twee regels van ongeveer 14 tekens).',
  'taken:number': 'Rijnummer in de takentabel van de vragenlijst 2013 (1-11).',
  'taken:name': 'Naam van de taak zoals een lezer hem ziet, bijv. "Pleegzorg".',
  'taken:source_label': 'De rijnaam precies zoals gedrukt in de vragenlijst 2013.',
  'taken:description': 'Korte uitleg in gewone taal, door de redactie.',
  'actielijnen:number': 'Nummer 1-6 zoals de bronnen het gebruiken.',
  'actielijnen:name': 'Naam zoals gedrukt.',
  'actielijnen:description': 'Korte uitleg door de redactie.',
  'provincies:name': 'Naam van de provincie.',
  'provincies:code': 'CBS-code, bijv. PV27 voor Noord-Holland.',
  'vragen2013:id': 'Id van de vraag: inhoud-2, bestuur-1a, …',
  'vragen2013:part': 'Deel van de vragenlijst: inhoud (deel 1) of bestuur (deel 2).',
  'vragen2013:number': 'Nummer zoals gedrukt, bijv. "2" of "1a".',
  'vragen2013:text': 'De vraag zoals gedrukt.',
  'gemeenten:name': 'Officiële naam, bijv. "Súdwest-Fryslân".',
  'gemeenten:province': 'Slug van de provincie uit content/provincies.yaml.',
  'gemeenten:cbs_code': 'CBS-gemeentecode, bijv. GM0363, waar bekend.',
  'gemeenten:merged_into': 'Als de gemeente later is opgegaan in een andere: in welke en sinds wanneer.',
  'gemeenten:merged_into.municipality': 'Slug van de gemeente waarin ze opging (moet ook in deze lijst staan).',
  'gemeenten:merged_into.date': 'Datum waarop de fusie inging (JJJJ-MM-DD).',

  // Regions.
  'regios:name': 'De naam die een lezer nu kent, bijv. "Regio Alkmaar".',
  'regios:kind': '"regio", of "subregio" voor een deel van een regio dat apart antwoordde.',
  'regios:parent': 'Alleen bij een subregio: de slug van haar regio.',
  'regios:aliases': 'Vroegere namen en spellingen in de bronnen, bijv. "Noord Kennemerland"; de zoekfunctie vindt ze en /regio/<naam>/ leidt naar deze regio.',
  'regios:provinces': 'Slugs van de provincies (content/provincies.yaml); een regio kan een provinciegrens overschrijden.',
  'regios:profile_2013': 'Nummer en kop van de regio in de regioprofielen van 2013.',
  'regios:profile_2013.number': 'Nummer in de regioprofielen van 2013, bijv. "19" of "34.1".',
  'regios:profile_2013.heading': 'Kop in de regioprofielen van 2013, zoals gedrukt.',
  'regios:members': 'De gemeenten van de regio, elk met de bron die dat zegt en het jaar. Een regio met subregio’s noemt zelf geen gemeenten.',
  'regios:members[].source': 'Slug van het document dat de gemeente bij deze regio noemt.',
  'regios:members[].year': 'Het jaar dat dat document beschrijft.',

  // 2013 profiles.
  'profielen2013:source': 'Altijd "regioprofielen-2013".',
  'profielen2013:intro': 'De inleiding van het profiel, letterlijk.',
  'profielen2013:tasks': 'De takentabel: per taak (id uit content/taken.yaml) het niveau en de status.',
  'profielen2013:tasks{}.level': 'Het genormaliseerde niveau; meer niveaus als lijst, "onduidelijk" alleen met een remark.',
  'profielen2013:tasks_explanation': 'De toelichting bij de takentabel, letterlijk.',
  'profielen2013:answers.inhoud-2': 'Antwoord op vraag 2 van deel 1 (inhoud), letterlijk.',
  'profielen2013:answers.inhoud-3': 'Antwoord op vraag 3 van deel 1 (inhoud), letterlijk.',
  'profielen2013:answers.inhoud-4': 'Antwoord op vraag 4 van deel 1 (inhoud), letterlijk.',
  'profielen2013:answers.inhoud-5': 'Antwoord op vraag 5 van deel 1 (inhoud), letterlijk.',
  'profielen2013:answers.bestuur-1': 'Antwoord op vraag 1 van deel 2 (bestuur), letterlijk.',
  'profielen2013:answers.bestuur-1a': 'Antwoord op vraag 1a van deel 2 (bestuur), letterlijk, met het genormaliseerde antwoord.',
  'profielen2013:answers.bestuur-1b': 'Antwoord op vraag 1b van deel 2 (bestuur), letterlijk, met het genormaliseerde antwoord.',
  'profielen2013:answers.bestuur-1c': 'Antwoord op vraag 1c van deel 2 (bestuur), letterlijk, met het genormaliseerde antwoord.',
  'profielen2013:answers.bestuur-1d': 'Antwoord op vraag 1d van deel 2 (bestuur), letterlijk, met het genormaliseerde antwoord.',
  'profielen2013:answers.bestuur-2': 'Antwoord op vraag 2 van deel 2 (bestuur), letterlijk.',
  'profielen2013:answers.bestuur-3': 'Antwoord op vraag 3 van deel 2 (bestuur), letterlijk.',
  'profielen2013:answers': 'De antwoorden, per vraag uit content/vragen-2013.yaml; een overgeslagen vraag ontbreekt.',

  // Documents.
  'documenten:title': 'Titel zoals gedrukt. Staat die er niet, dan een titel uit de woorden van het document en een title_note.',
  'documenten:title_note': 'Alleen als de titel niet zo gedrukt staat: waar de titel vandaan komt.',
  'documenten:short_title': 'Korte titel (hoogstens 44 tekens) voor tabblad, lijsten en links, als de titel lang is.',
  'documenten:kind': 'Soort document: regioprofiel, regiovisie, transformatieplan, bovenregionaal-plan, plan-van-aanpak, uitvoeringsagenda of voortgangsbericht.',
  'documenten:issuer': 'Wie het uitgaf, in woorden, bijv. "Zuid-Kennemerland en IJmond (7 gemeenten)".',
  'documenten:regions': 'De regio’s die het uitgaven; een document van twee regio’s staat één keer hier en noemt ze allebei.',
  'documenten:collaboration': 'De samenwerking waar het document bij hoort, als dat zo is.',
  'documenten:period_note': 'Hoe de periode bekend is, als die niet als periode van het document gedrukt staat.',
  'documenten:date': 'Datum zoals gedrukt (JJJJ-MM-DD), of "ongedateerd". Verzin nooit een datum.',
  'documenten:date_note': 'Hoe de datum bekend is; verplicht bij "ongedateerd": wat zegt de tekst over wanneer het geschreven is?',
  'documenten:estimated_years': 'Alleen bij "ongedateerd": de jaren waarin het geschreven moet zijn (een schatting, voor de tijdlijn).',
  'documenten:page_count': 'Aantal pagina’s van het document, als dat bekend is; paginanummers elders moeten daarbinnen vallen.',
  'documenten:source_file': 'Bestandsnaam van de tekstversie in bronnen/, bijv. 001_0c4fcb230fbc3b29.txt.',
  'documenten:summary': 'Korte beschrijving door de redactie (geen citaat).',

  // Visions.
  'visies:regions': 'De regio’s van wie deze visie is.',
  'visies:municipalities': 'De gemeenten die de visie noemt, elk met haar regio en de naam zoals gedrukt.',
  'visies:municipalities[].region': 'De regio waaronder de visie de gemeente noemt.',
  'visies:municipalities_section': 'Paragraaf waar de gemeenten staan.',
  'visies:statement': 'De visie zelf ("We willen dat kinderen …"), letterlijk.',
  'visies:scale_levels': 'De schaalniveaus waarop de jeugdhulp georganiseerd is: bronwoorden plus genormaliseerd niveau.',
  'visies:scale_levels[].levels': 'Het niveau of de niveaus: lokaal, subregionaal, regionaal, bovenregionaal, landelijk of onduidelijk.',
  'visies:goals': 'De beleidsdoelen met hun thema’s.',
  'visies:goals[].number': 'Nummer in de lijst van doelen, zoals gedrukt.',
  'visies:goals[].title': 'Het doel zoals in de lijst van doelen, letterlijk.',
  'visies:goals[].alt_title': 'Het doel zoals in de kop van zijn paragraaf, als dat anders is.',
  'visies:goals[].section': 'Paragraaf die het doel uitwerkt, bijv. "4.3".',
  'visies:goals[].themes': 'De tussenkoppen van die paragraaf, zoals gedrukt, in volgorde.',
  'visies:goals[].boxes': 'Kaders in die paragraaf (tekst die apart is gezet).',
  'visies:goals[].boxes[].title': 'Titel van het kader zoals gedrukt; heeft het er geen, dan een titel van de redactie en een remark.',
  'visies:basic_functions': 'De basisfuncties van de lokale teams (toegang), in volgorde.',
  'visies:supra_regional': 'Wat de regio’s samen met andere regio’s doen, met de samenwerking als die er is.',
  'visies:governance': 'Afspraken over de governance.',
  'visies:governance.agreements': 'Waarover afspraken worden gemaakt.',
  'visies:governance.guiding_statements': 'Richtinggevende uitspraken voor de uitwerking van de governance.',
  'visies:governance.options': 'Opties voor een formele samenwerkingsvorm.',
  'visies:steering_model': 'Het sturingsmodel en wat de regio’s daarin belangrijk vinden.',
  'visies:steering_model.name': 'Naam van het model zoals gedrukt.',
  'visies:steering_model.levers': 'De hefbomen, zoals gedrukt.',
  'visies:steering_model.points': 'Wat de regio’s belangrijk vinden ("Hierbij vinden we het belangrijk dat:").',
  'visies:steering_principles': 'De sturingsuitgangspunten zoals de visie ze opsomt.',
  'visies:steering_principles_explained': 'Hun uitwerking in een bijlage, onder de koppen die daar staan.',
  'visies:key_figures[].label': 'Wat het cijfer meet, in de woorden van de redactie.',
  'visies:key_figures[].value': 'De waarde zoals gedrukt (als tekst: "8,8 %", "bijna 16%").',
  'visies:key_figures[].quote': 'De zin uit de bron die het cijfer geeft.',

  // Plans.
  'plannen:region': 'De regio van wie het plan is (of vul collaboration in).',
  'plannen:collaboration': 'De samenwerking van wie het plan is (of vul region in).',
  'plannen:municipalities_quote': 'Waar de gemeenten genoemd worden, letterlijk.',
  'plannen:target_group': 'De doelgroep, letterlijk.',
  'plannen:aims': 'Wat het plan wil bereiken ("We willen:"), in volgorde.',
  'plannen:starting_points': 'Uitgangspunten, in volgorde.',
  'plannen:administrative_principles': 'Bestuurlijke principes (bijv. de "bestuurlijke piketpalen"), in volgorde.',
  'plannen:purpose': 'Wat het plan moet uitwerken.',
  'plannen:not_for': 'Waar het plan uitdrukkelijk niet voor is.',
  'plannen:funding_conditions': 'Voorwaarden om een maatregel uit het budget te betalen.',
  'plannen:criteria': 'Beoordelingscriteria en de antwoorden van het plan.',
  'plannen:criteria[].kind': 'beoordelingscriterium (voorwaarde om mee te doen) of toetsingscriterium (toets van het plan).',
  'plannen:criteria[].criterion': 'Het criterium zoals gedrukt.',
  'plannen:criteria[].answer': 'Het antwoord van het plan, letterlijk.',
  'plannen:budget': 'Het budget zoals gedrukt: een bedrag per jaar over een aantal jaren.',
  'plannen:budget.amount_per_year': 'Bedrag per jaar in hele euro’s ("€ 602.938" is 602938).',
  'plannen:budget.years': 'Aantal jaren zoals gedrukt.',
  'plannen:budget.period': 'De jaren waarvoor het geld is, als de bron ze noemt.',
  'plannen:budget.as_printed': 'Bedrag en periode precies zoals gedrukt.',
  'plannen:milestones': 'De planning, in de volgorde van de bron.',
  'plannen:milestones[].date': 'Datum als JJJJ-MM-DD, alleen als dag, maand en jaar gedrukt staan.',
  'plannen:milestones[].what': 'Wat er gebeurt, kort, in de woorden van de redactie.',
  'plannen:milestones[].status': 'geweest, gepland of uitgesteld, zoals het document het toen zegt.',
  'plannen:key_figures[].label': 'Wat het cijfer meet, in de woorden van de redactie.',
  'plannen:key_figures[].quote': 'De zin uit de bron die het cijfer geeft.',

  // Agendas.
  'agendas:title': 'Titel van de agenda zoals gedrukt.',
  'agendas:level': 'regionaal (per regio uitgevoerd) of bovenregionaal (door regio’s samen).',
  'agendas:region': 'De regio van wie de agenda is (of vul collaboration in).',
  'agendas:collaboration': 'De samenwerking van wie de agenda is of die ze uitwerkt (of vul region in).',
  'agendas:outro': 'De woorden van de bron na de lijst, bijv. hoe ver de agenda is.',
  'agendas:joint_work_legend': 'De legenda van het teken voor samenwerking met andere regio’s, letterlijk.',
  'agendas:remark': 'Opmerking van de redactie over de agenda als geheel.',
  'agendas:page': 'Eerste pagina van de agenda in de bron.',
  'agendas:items': 'De opgaven of projecten, in de volgorde van de bron.',
  'agendas:items[].title': 'Titel: de woorden van de bron, of een korte titel van de redactie (zie title_source).',
  'agendas:items[].title_source': 'bron: de titel staat zo gedrukt; redactie: de redactie kortte af, de bronwoorden staan in description.',
  'agendas:items[].description': 'De volledige formulering van de opgave, letterlijk.',
  'agendas:items[].action_lines_source': 'De kolom actielijnen precies zoals gedrukt, bijv. "1 en 2"; leeg als de cel leeg is.',
  'agendas:items[].action_lines': 'Slugs van de actielijnen (content/actielijnen.yaml) waar de opgave aan bijdraagt.',
  'agendas:items[].problem': '"Wat is er aan de hand?", letterlijk (alinea’s gescheiden door een lege regel).',
  'agendas:items[].directions': '"Oplossingsrichtingen", letterlijk, één per regel.',
  'agendas:items[].target_groups': '"Voor wie?", letterlijk.',
  'agendas:items[].partners': '"Met wie?", letterlijk.',
  'agendas:items[].with_other_regions': 'Samen met andere regio’s, zoals de bron het aangeeft: ja, deels, geheel-of-deels, nee of onduidelijk.',
  'agendas:items[].phase': 'Fase, alleen als de bron hem in woorden noemt (een kleur uit de pdf is verloren).',
  'agendas:items[].phase.value': 'planvormingsfase, nieuw of uitvoeringsfase.',
  'agendas:items[].phase.quote': 'De woorden van de bron die de fase noemen.',

  // Collaborations.
  'samenwerkingen:name': 'Naam in de woorden van de redactie.',
  'samenwerkingen:short_name': 'Kortere naam voor tabblad en kruimelpad (hoogstens 44 tekens).',
  'samenwerkingen:ambition': 'De gedeelde ambitie, letterlijk, met de bron.',
  'samenwerkingen:members': 'De deelnemende regio’s met hun rol.',
  'samenwerkingen:members[].region': 'Slug van de regio.',
  'samenwerkingen:members[].role': 'Rol in de samenwerking, in de woorden van de redactie, bijv. "initiatiefnemer; kernteam".',
  'samenwerkingen:members[].core_team': 'Of de regio in het kernteam zit: ja, nee of onduidelijk; weglaten als de bron geen kernteam heeft.',
  'samenwerkingen:members[].quote': 'De woorden van de bron over hoe de regio meedoet.',
  'samenwerkingen:members[].source': 'Slug van het document dat dat zegt.',
  'samenwerkingen:documents': 'Slugs van de documenten over de samenwerking.',
  'samenwerkingen:networks': 'Netwerken waardoor de samenwerking werkt (bijv. BORN).',
  'samenwerkingen:networks[].abbreviation': 'Afkorting zoals gedrukt ("BORN").',
  'samenwerkingen:networks[].description': 'Beschrijving uit de bron, letterlijk.',
  'samenwerkingen:principles': 'Lijsten van principes (bijv. de 10 leidende principes).',
  'samenwerkingen:themes': 'Lijsten van thema’s.',
  'samenwerkingen:agendas': 'Ids van de agenda’s van of afgeleid van de samenwerking: <document>/agenda….',
};

/** `a.b[].c` → the description, by collection and path or else by field name. */
export function descriptionFor(collection: CollectionName, path: string): string | undefined {
  const field = path.split(/[.[\]{}]+/).filter(Boolean).at(-1)!;
  return DESCRIPTIONS[`${collection}:${path}`] ?? DESCRIPTIONS[field];
}

/** Every property of a schema with its path, for descriptions and tests. */
export function* properties(schema: Json, path = ''): Generator<[string, Json]> {
  if (!schema || typeof schema !== 'object') return;
  for (const [key, value] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
    const child = path ? `${path}.${key}` : key;
    yield [child, value];
    yield* properties(value, child);
  }
  if (schema.items) yield* properties(schema.items, `${path}[]`);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') yield* properties(schema.additionalProperties, `${path}{}`);
  for (const key of ['anyOf', 'oneOf', 'allOf']) for (const part of (schema[key] ?? []) as Json[]) yield* properties(part, path);
}

/** Node at a path like `items[].action_lines` or `tasks{}.level`. */
function at(schema: Json, path: string): Json {
  let node = schema;
  for (const part of path.split('.')) {
    const [, key, suffix] = /^([^[{]+)((?:\[\]|\{\})*)$/.exec(part)!;
    node = node.properties[key!];
    for (const s of suffix!.match(/\[\]|\{\}/g) ?? []) node = s === '[]' ? node.items : node.additionalProperties;
  }
  return node;
}

const LIMITS = ['maxLength', 'minLength', 'pattern', 'minimum', 'maximum', 'minItems', 'maxItems', 'enum', 'const'];

/** Take from the output side what the input side lost: limits of piped values, and required fields. */
function mergeOutput(input: Json, output: Json): void {
  if (!input || !output || typeof input !== 'object' || typeof output !== 'object') return;
  for (const key of LIMITS) if (input[key] === undefined && output[key] !== undefined && input.type === output.type) input[key] = output[key];
  if (input.properties && output.properties) {
    const required = new Set<string>(input.required ?? []);
    for (const key of (output.required ?? []) as string[]) {
      // A field with a default may be left out (zod drops the default from the input side of some arrays).
      if (input.properties[key] && input.properties[key].default === undefined && output.properties[key]?.default === undefined) required.add(key);
    }
    if (required.size > 0) input.required = Object.keys(input.properties).filter((key) => required.has(key));
    for (const key of Object.keys(input.properties)) mergeOutput(input.properties[key], output.properties[key]);
  }
  if (input.items && output.items) mergeOutput(input.items, output.items);
  if (typeof input.additionalProperties === 'object' && typeof output.additionalProperties === 'object') mergeOutput(input.additionalProperties, output.additionalProperties);
  for (const key of ['anyOf', 'oneOf']) {
    if (Array.isArray(input[key]) && Array.isArray(output[key]) && input[key].length === output[key].length) input[key].forEach((part: Json, i: number) => mergeOutput(part, output[key][i]));
  }
}

/** The JSON Schema of one kind of content file. */
export function jsonSchema(collection: CollectionName): Json {
  const spec = COLLECTIONS[collection];
  const options = { unrepresentable: 'any', target: 'draft-2020-12' } as const;
  const entry = z.toJSONSchema(spec.schema!, { ...options, io: 'input' }) as Json;
  mergeOutput(entry, z.toJSONSchema(spec.schema!, { ...options, io: 'output' }) as Json);
  delete entry.$schema;
  RULES[collection]?.(entry);
  for (const path of UNIQUE_LISTS[collection] ?? []) at(entry, path).uniqueItems = true;
  if (collection === 'profielen2013') entry.properties.tasks.additionalProperties.properties.level.anyOf[1].uniqueItems = true;
  for (const [path, node] of properties(entry)) {
    const description = descriptionFor(collection, path);
    if (description) node.description = description;
  }
  const label = COLLECTION_LABELS[collection];
  const header = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $comment: 'Gemaakt door npm run schemas uit schemas/*.ts; niet met de hand wijzigen.',
    title: `Regiodossiers jeugdhulp: ${label}`,
  };
  if (spec.shape === 'list') return { ...header, description: `Een lijst; elk element is een ${label}.`, type: 'array', items: entry };
  return { ...header, description: `Eén ${label}. Uitleg per veld: zie de beschrijvingen, CONTRIBUTING.md en content/README.md.`, ...entry };
}

/** The file text, as `npm run schemas` writes it. */
export const jsonSchemaText = (collection: CollectionName) => `${JSON.stringify(jsonSchema(collection), null, 2)}\n`;
