/**
 * Curated corrections to the import of the 2013 regional profiles. This file, not the YAML
 * under content/regio/, is where a correction to imported data belongs: the importer applies
 * it on every run, so a new import reproduces the curated content byte for byte.
 *
 * Every value here was checked by reading the source (004_5833ac47ade829ca.txt).
 *
 * Levels (`TASKS`): the list holds every level that the cell assigns the task, or a part of it,
 * to: "Lokaal (inkoop: regionaal)" is lokaal + regionaal; "Ambulant: lokaal Residentieel:
 * regionaal" is lokaal + regionaal. Alternatives ("Lokaal/regionaal", "(Boven)regionaal",
 * "Lokaal of bovenregionaal") list all the alternatives, and the remark says that the region
 * had not chosen. A level the cell names only as a possibility ("mogelijk bovenregionaal",
 * "met wellicht delen lokaal", "zo lokaal mogelijk") is not listed; the remark mentions it.
 * Order: as the cell names them.
 *
 * Governance (`GOVERNANCE`): every answer to 1a-1d is decided here, by what the answer says,
 * not only by its first word. `ja`/`nee` where the answer says so; `deels` where it says that
 * a part of what is asked exists and a part does not (yet); `onduidelijk` where it does not
 * say, or says both. Every `deels` and `onduidelijk`, and every answer whose first word differs
 * from the decision, has a remark (written by the project).
 *
 * The remarks are shown on the site next to the source's words.
 */
import type { AppendixDecision, ExtraMembership, FootnoteDecision, GovernanceDecision, TaskDecision, TextEdit } from './corrections-types.ts';

const BOTH = 'Beide niveaus genoemd, zonder te zeggen welk deel waar.';
const BOVEN = '"(Boven)regionaal": regionaal of bovenregionaal; de regio had nog niet gekozen.';
const MLO = 'Bovenregionaal; de uitvoering regionaal.';
const INKOOP_REGIONAAL = 'Lokaal georganiseerd, regionaal ingekocht.';
const ORG_INKOOP_REGIONAAL = 'Organisatie en inkoop beide regionaal.';
const ZK_NEXT = 'Volgens de cel bij Pleegzorg geldt ook hier: uitvoering zo lokaal mogelijk.';
const ZHZ_RISK = 'Subregionaal; financieel risicovolle deeltaken regionaal.';

const same = (level_source: string, level: TaskDecision['level'], remark: string): TaskDecision => ({ level_source, level, remark });

export const TASKS: Record<string, Record<string, TaskDecision>> = {
  zeeland: {
    'organisatie-eerste-lijn': same('Lokaal', ['lokaal'], 'Zo gedrukt. Volgens de toelichting pakt de regio Walcheren deze taak op met haar drie gemeenten samen.'),
    'ambulante-hulp': same('Lokaal', ['lokaal'], 'Zo gedrukt. Volgens de toelichting pakt de regio Walcheren deze taak op met haar drie gemeenten samen.'),
  },
  rivierenland: {
    jeugdzorgplus: same('Lokaal', ['lokaal'], 'Zo gedrukt in de bron, al wordt gesloten jeugdhulp elders regionaal of bovenregionaal georganiseerd.'),
  },
  twente: {
    jeugdzorgplus: same('Regionaal / bovenregionaal', ['regionaal', 'bovenregionaal'], BOTH),
  },
  flevoland: {
    'jeugdhulp-vb': same('Ambulant: lokaal Residentieel: regionaal', ['lokaal', 'regionaal'], 'Ambulante hulp lokaal, residentiële hulp regionaal.'),
    'jeugd-ggz': same('Ambulant: lokaal Residentieel: regionaal', ['lokaal', 'regionaal'], 'Ambulante hulp lokaal, residentiële hulp regionaal.'),
  },
  'noord-veluwe': {
    'ambulante-hulp': same('Regionaal/Lokaal', ['regionaal', 'lokaal'], BOTH),
    'jeugdhulp-vb': same('(Boven)regionaal', ['regionaal', 'bovenregionaal'], BOVEN),
    'jeugd-ggz': same('(Boven)regionaal', ['regionaal', 'bovenregionaal'], BOVEN),
    'meldpunten-huiselijk-geweld': same('(Boven)regionaal', ['regionaal', 'bovenregionaal'], BOVEN),
  },
  achterhoek: {
    pleegzorg: same('Lokaal (inkoop: regionaal)', ['lokaal', 'regionaal'], INKOOP_REGIONAAL),
  },
  'centraal-gelderland': {
    'organisatie-eerste-lijn': same('Lokaal (inkoop: regionaal)', ['lokaal', 'regionaal'], INKOOP_REGIONAAL),
    'ambulante-hulp': same('Lokaal (inkoop: regionaal)', ['lokaal', 'regionaal'], INKOOP_REGIONAAL),
    pleegzorg: same('Lokaal (inkoop: regionaal)', ['lokaal', 'regionaal'], INKOOP_REGIONAAL),
  },
  'midden-ijssel-oost-veluwe': {
    pleegzorg: {
      level_source: 'Regionaal',
      status_source: 'Nog geen gezamenlijk ambtelijk en bestuurlijk standpunt',
      status: 'nog-geen-opvatting',
      remark:
        'De statuscel zegt "Nog geen gezamenlijk ambtelijk en bestuurlijk standpunt"; opgevat als nog geen (gedeelde) opvatting. De vier taken eronder hebben "idem".',
    },
  },
  lekstroom: {
    'ambulante-hulp': same('Lokaal en regionaal', ['lokaal', 'regionaal'], BOTH),
    'jeugdhulp-vb': same('Regionaal en bovenregionaal', ['regionaal', 'bovenregionaal'], BOTH),
    'jeugd-ggz': same('Regionaal en bovenregionaal', ['regionaal', 'bovenregionaal'], BOTH),
  },
  'utrecht-stad': {
    'ambulante-hulp': same('Lokaal en regionaal', ['lokaal', 'regionaal'], BOTH),
    'jeugd-ggz': same('Regionaal en bovenregionaal', ['regionaal', 'bovenregionaal'], BOTH),
  },
  'zuidoost-utrecht': {
    'ambulante-hulp': same('Lokaal + regionaal', ['lokaal', 'regionaal'], BOTH),
  },
  'utrecht-west': {
    'ambulante-hulp': same('Lokaal en regionaal', ['lokaal', 'regionaal'], BOTH),
    'jeugdhulp-vb': same('Regionaal en bovenregionaal', ['regionaal', 'bovenregionaal'], BOTH),
    'jeugd-ggz': same('Regionaal en bovenregionaal', ['regionaal', 'bovenregionaal'], BOTH),
  },
  haarlemmermeer: {
    crisisopvang: same('Lokaal of bovenregionaal', ['lokaal', 'bovenregionaal'], 'Twee mogelijkheden ("of"); de keuze was nog niet gemaakt.'),
  },
  'zaanstreek-waterland': {
    'organisatie-eerste-lijn': { level_source: 'Lokaal', status_source: 'Afspraak', status: 'gedeelde-afspraak', remark: 'De statuscel zegt "Afspraak"; opgevat als gedeelde afspraak.' },
    'ambulante-hulp': { level_source: 'Lokaal', status_source: 'Afspraak', status: 'gedeelde-afspraak', remark: 'De statuscel zegt "Afspraak"; opgevat als gedeelde afspraak.' },
    residentieel: same('Regionaal*', ['regionaal'], 'Het sterretje verwijst naar een toelichting die in de tekstversie van de bron niet te vinden is.'),
    jeugdbescherming: { level_source: 'Regionaal', status_source: 'Afspraak', status: 'gedeelde-afspraak', remark: 'De statuscel zegt "Afspraak"; opgevat als gedeelde afspraak.' },
    jeugdreclassering: { level_source: 'Regionaal', status_source: 'Afspraak', status: 'gedeelde-afspraak', remark: 'De statuscel zegt "Afspraak"; opgevat als gedeelde afspraak.' },
    'meldpunten-huiselijk-geweld': {
      level_source: 'Regionaal',
      status_source: 'Afspraak',
      status: 'gedeelde-afspraak',
      remark: 'De statuscel zegt "Afspraak"; opgevat als gedeelde afspraak.',
    },
  },
  'gooi-en-vechtstreek': {
    'organisatie-eerste-lijn': same('lokaal, wel regionale afstemming', ['lokaal'], 'Lokaal georganiseerd; regionaal alleen afgestemd (afstemming is geen niveau van organisatie).'),
    jeugdbescherming: same('(boven)regionaal', ['regionaal', 'bovenregionaal'], BOVEN),
    jeugdreclassering: same('(boven)regionaal', ['regionaal', 'bovenregionaal'], BOVEN),
    jeugdzorgplus: same('(boven) regionaal', ['regionaal', 'bovenregionaal'], BOVEN),
  },
  'zuid-kennemerland': {
    pleegzorg: same(
      'Bovenregionaal (uitvoering zo lokaal mogelijk, geldt ook voor onderstaande taken)',
      ['bovenregionaal'],
      'Bovenregionaal, met de uitvoering "zo lokaal mogelijk" (geen vast niveau, daarom niet als lokaal opgenomen). Volgens de bron geldt dat ook voor de taken eronder.',
    ),
    residentieel: { level_source: 'Bovenregionaal', remark: ZK_NEXT },
    crisisopvang: { level_source: 'Bovenregionaal', remark: ZK_NEXT },
    'jeugdhulp-vb': { level_source: 'Bovenregionaal', remark: ZK_NEXT },
    'jeugd-ggz': { level_source: 'Bovenregionaal', remark: ZK_NEXT },
    jeugdbescherming: { level_source: 'Bovenregionaal', remark: ZK_NEXT },
    jeugdreclassering: { level_source: 'Bovenregionaal', remark: ZK_NEXT },
    'meldpunten-huiselijk-geweld': { level_source: 'Bovenregionaal', remark: ZK_NEXT },
    jeugdzorgplus: { level_source: 'Bovenregionaal', remark: ZK_NEXT },
  },
  'west-friesland': {
    'organisatie-eerste-lijn': same('Lokaal met regionale ondersteunende infrastructuur', ['lokaal', 'regionaal'], 'Lokaal, met een regionale ondersteunende infrastructuur.'),
    'ambulante-hulp': same('Lokaal met regionale ondersteunende infrastructuur', ['lokaal', 'regionaal'], 'Lokaal, met een regionale ondersteunende infrastructuur.'),
    'jeugdhulp-vb': same(
      'regionaal (met zoveel mogelijk lokale uitvoering)',
      ['regionaal'],
      'Regionaal, met "zoveel mogelijk lokale uitvoering" (geen vast niveau, daarom niet als lokaal opgenomen).',
    ),
    'jeugd-ggz': same(
      'regionaal (met zoveel mogelijk lokale uitvoering)',
      ['regionaal'],
      'Regionaal, met "zoveel mogelijk lokale uitvoering" (geen vast niveau, daarom niet als lokaal opgenomen).',
    ),
  },
  haaglanden: {
    'meldpunten-huiselijk-geweld': same('Nog geen opvatting', ['onduidelijk'], 'De niveaucel zegt "Nog geen opvatting": er was nog geen niveau gekozen.'),
  },
  'holland-rijnland': {
    'ambulante-hulp': {
      level_source: 'Regionaal',
      remark:
        'Volgens de toelichting onder de tabel: lokaal beschikbaar via regionale afspraken met zorgpartijen; daarover was nog geen formeel besluit genomen.',
    },
  },
  'midden-holland': {
    'organisatie-eerste-lijn': same('Lokaal/regionaal', ['lokaal', 'regionaal'], BOTH),
    'ambulante-hulp': same('Lokaal/regionaal', ['lokaal', 'regionaal'], BOTH),
    jeugdzorgplus: same('', ['onduidelijk'], 'De tekstversie heeft in deze rij maar één waarde, "Nog geen opvatting"; de redactie neemt aan dat die in de statuskolom staat en de niveaucel leeg is.'),
  },
  'zuid-holland-zuid': {
    'organisatie-eerste-lijn': same('Lokaal/subregionaal', ['lokaal', 'subregionaal'], BOTH),
    'ambulante-hulp': same(
      'Generalistisch: lokaal/subregionaal Specialistisch: subregionaal; regionaal voor financieel risicovolle deeltaken',
      ['lokaal', 'subregionaal', 'regionaal'],
      'Generalistische hulp lokaal of subregionaal, specialistische hulp subregionaal, financieel risicovolle deeltaken regionaal.',
    ),
    pleegzorg: same('Subregionaal; regionaal voor financieel risicovolle deeltaken', ['subregionaal', 'regionaal'], ZHZ_RISK),
    residentieel: same(
      'Subregionaal; regionaal voor financieel risicovolle deeltaken; mogelijk bovenregionaal voor hoogspecialistische hulp',
      ['subregionaal', 'regionaal'],
      `${ZHZ_RISK} "Mogelijk" bovenregionaal voor hoogspecialistische hulp (niet als niveau opgenomen).`,
    ),
    'jeugdhulp-vb': same('Subregionaal; regionaal voor financieel risicovolle deeltaken', ['subregionaal', 'regionaal'], ZHZ_RISK),
    'jeugd-ggz': same('Subregionaal; regionaal voor financieel risicovolle deeltaken', ['subregionaal', 'regionaal'], ZHZ_RISK),
    jeugdzorgplus: same(
      'Regionaal; mogelijk bovenregionaal vanwege hoogspecialistische en financieel risicovolle taak',
      ['regionaal'],
      'Regionaal; "mogelijk" bovenregionaal (niet als niveau opgenomen).',
    ),
  },
  'noordoost-brabant': {
    'organisatie-eerste-lijn': same('Lokaal/subregionaal', ['lokaal', 'subregionaal'], BOTH),
    'ambulante-hulp': same('Lokaal/subregionaal', ['lokaal', 'subregionaal'], BOTH),
  },
  'west-brabant-oost': {
    'ambulante-hulp': same('Lokaal (specialistisch ambulant: subregionaal)', ['lokaal', 'subregionaal'], 'Lokaal; specialistische ambulante hulp subregionaal.'),
  },
  'zuidoost-brabant': {
    'organisatie-eerste-lijn': same(
      'Lokaal en subregionaal: organisatiemodel Regionaal: functioneel model',
      ['lokaal', 'subregionaal'],
      'Het organisatiemodel lokaal en subregionaal. Het regionale "functioneel model" is volgens de toelichting "ter inspiratie voor lokale/subregionale uitwerking": een ontwerp, geen niveau van organisatie (zoals bij Gooi en Vechtstreek "regionale afstemming" geen niveau is).',
    ),
    'ambulante-hulp': same('Lokaal en subregionaal', ['lokaal', 'subregionaal'], BOTH),
    pleegzorg: same('Organisatie:regionaal Inkoop: subregionaal/regionaal', ['regionaal', 'subregionaal'], 'Organisatie regionaal; inkoop subregionaal of regionaal.'),
    residentieel: same('Organisatie: regionaal Inkoop:regionaal', ['regionaal'], ORG_INKOOP_REGIONAAL),
    crisisopvang: same('Organisatie regionaal: Inkoop:regionaal', ['regionaal'], ORG_INKOOP_REGIONAAL),
    'jeugdhulp-vb': same('Organisatie:lokaal/subregionaal Inkoop:lokaal/subregionaal', ['lokaal', 'subregionaal'], 'Organisatie en inkoop lokaal of subregionaal.'),
    'jeugd-ggz': same('Organisatie:lokaal/subregionaal Inkoop: lokaal/subregionaal', ['lokaal', 'subregionaal'], 'Organisatie en inkoop lokaal of subregionaal.'),
    jeugdbescherming: same('Organisatie:regionaal Inkoop:regionaal', ['regionaal'], ORG_INKOOP_REGIONAAL),
    jeugdreclassering: same('Organisatie:regionaal Inkoop:regionaal', ['regionaal'], ORG_INKOOP_REGIONAAL),
    'meldpunten-huiselijk-geweld': same('Organisatie regionaal: Inkoop:regionaal', ['regionaal'], ORG_INKOOP_REGIONAAL),
    jeugdzorgplus: same('Organisatie:regionaal Inkoop: regionaal', ['regionaal'], ORG_INKOOP_REGIONAAL),
  },
  'hart-van-brabant': {
    'organisatie-eerste-lijn': same(
      'Lokaal (met mogelijkheid van gezamenlijke/regionale inkoop)',
      ['lokaal'],
      'Lokaal, "met mogelijkheid van" gezamenlijke of regionale inkoop (regionaal niet als niveau opgenomen).',
    ),
    'ambulante-hulp': same(
      'Lokaal en regionaal (afhankelijk o.m. van de kosten van de interventie)',
      ['lokaal', 'regionaal'],
      'Lokaal en regionaal, afhankelijk van onder meer de kosten van de interventie.',
    ),
    'jeugdhulp-vb': same('Regionaal (met wellicht delen lokaal)', ['regionaal'], 'Regionaal, "met wellicht delen lokaal" (lokaal niet als niveau opgenomen).'),
    'jeugd-ggz': same('Regionaal (met wellicht delen lokaal)', ['regionaal'], 'Regionaal, "met wellicht delen lokaal" (lokaal niet als niveau opgenomen).'),
  },
  'noord-limburg': {
    pleegzorg: same('(Boven)Regionaal', ['regionaal', 'bovenregionaal'], BOVEN),
    residentieel: same('(Boven)Regionaal', ['regionaal', 'bovenregionaal'], BOVEN),
    crisisopvang: same('(Boven)Regionaal', ['regionaal', 'bovenregionaal'], BOVEN),
    'meldpunten-huiselijk-geweld': same('(Boven)regionaal', ['regionaal', 'bovenregionaal'], BOVEN),
  },
  'midden-limburg-oost': Object.fromEntries(
    ['ambulante-hulp', 'pleegzorg', 'residentieel', 'crisisopvang', 'jeugdhulp-vb', 'jeugd-ggz', 'jeugdbescherming', 'jeugdreclassering', 'meldpunten-huiselijk-geweld', 'jeugdzorgplus'].map(
      (task) => [task, same('Bovenregionaal (uitvoering: regionaal)', ['bovenregionaal', 'regionaal'], MLO)],
    ),
  ),
  'midden-limburg-west': Object.fromEntries(
    ['ambulante-hulp', 'pleegzorg', 'residentieel', 'crisisopvang', 'jeugdhulp-vb', 'jeugd-ggz', 'jeugdbescherming', 'jeugdreclassering', 'meldpunten-huiselijk-geweld', 'jeugdzorgplus'].map(
      (task) => [task, same('Bovenregionaal (uitvoering: regionaal)', ['bovenregionaal', 'regionaal'], MLO)],
    ),
  ),
  'zuid-limburg': {
    'organisatie-eerste-lijn': same('Lokaal en/ of subregionaal', ['lokaal', 'subregionaal'], 'Lokaal en/of subregionaal; de regio had nog niet gekozen.'),
    'ambulante-hulp': same('Lokaal en subregionaal', ['lokaal', 'subregionaal'], BOTH),
  },
};

// Recurring remarks for governance answers.
const ALLEEN_VOORBEREIDING: GovernanceDecision = ['ja', 'Er zijn afspraken, alleen over de voorbereiding van de transitie.'];
const TE_VROEG: GovernanceDecision = ['nee', 'Volgens de regio was het "nog te vroeg" om de vraag te beantwoorden: (nog) niet geborgd.'];
const PFO: GovernanceDecision = ['nee', 'Niet juridisch; wel vastgelegd in afspraken in het portefeuillehoudersoverleg (PFO).'];
const INTENTIEVERKLARING: GovernanceDecision = [
  'nee',
  'Nog niet: een intentieverklaring zou in juni 2013 worden getekend; de juridische basis volgt in het beleidsplan.',
];
const GEKEKEN: GovernanceDecision = ['nee', 'Nog niet: er "wordt gekeken naar" sturingsfilosofie en juridisch fundament.'];

export const GOVERNANCE: Record<string, Partial<Record<'1a' | '1b' | '1c' | '1d', GovernanceDecision>>> = {
  groningen: {
    '1a': ['deels', 'Er is een routekaart; de financiële en personele planning en een projectplan moesten nog worden gemaakt (gereed eind juni 2013).'],
    '1b': 'nee',
    '1c': 'nee',
    '1d': 'nee',
  },
  fryslan: {
    '1a': 'ja',
    '1b': 'ja',
    '1c': ['deels', 'Afgesproken is dat de uitvoeringsorganisatie regionaal wordt opgepakt; aan afspraken over sturing en financiering werd nog gewerkt.'],
    '1d': 'nee',
  },
  drenthe: { '1a': 'ja', '1b': 'ja', '1c': ['ja', 'Er zijn afspraken; de samenwerking is voorlopig alleen beleidsvoorbereidend.'], '1d': 'nee' },
  twente: {
    '1a': ['ja', 'Geen letterlijk "ja": een vastgestelde visienota, een actieplan 2013 met financiële en personele planning en routekaarten tot 2015.'],
    '1b': [
      'onduidelijk',
      'De samenwerking rust op collegebesluiten; de raden krijgen de stukken per gemeente ter vaststelling of ter informatie. Of de raden instemden, zegt het antwoord niet.',
    ],
    '1c': ['ja', 'Geen letterlijk "ja": de doelen staan in het actieplan; het zwaartepunt ligt bij beleidsvoorbereiding.'],
    '1d': ['ja', 'Geen letterlijk "ja": geaccordeerd via collegebesluiten, met Regio Twente (een bestaande gemeenschappelijke regeling) als rechtspersoon; zoals bij Gooi en Vechtstreek, waar de samenwerking binnen de bestaande gemeenschappelijke regeling valt.'],
  },
  ijsselland: {
    '1a': 'ja',
    '1b': ['deels', 'Volgens het antwoord stemden "colleges van B&W en/of gemeenteraden" in met de regionale visie: niet per se alle raden.'],
    '1c': 'ja',
    '1d': ['nee', '"Nog niet": de juridische borging volgt op de keuze voor een samenwerkingsvorm in juni 2013.'],
  },
  flevoland: {
    '1a': ['deels', 'Er is een gedeelde visie; de overige punten moesten nog worden uitgewerkt in het regionale Transitieplan.'],
    '1b': ['ja', 'Geen letterlijk "ja": de raden stemden in met de visienotitie en met de samenwerking zoals beschreven in de reactie aan minister Plasterk.'],
    '1c': ['nee', 'De afspraken moesten nog worden gemaakt, in het regionale Transitieplan.'],
    '1d': ['onduidelijk', 'Het antwoord is "Zie boven"; daar staat geen ja of nee over juridische borging.'],
  },
  'noord-veluwe': {
    '1a': ['ja', 'Geen letterlijk "ja": "voor zover mogelijk op dit moment"; voor een zekerder planning waren wetgeving en verdeelsystematiek nodig.'],
    '1b': ['deels', 'Een deel van de raden had ingestemd; de rest zou in april/mei 2013 volgen.'],
    '1c': 'ja',
    '1d': 'ja',
  },
  rivierenland: {
    '1a': 'ja',
    '1b': 'ja',
    '1c': ['ja', 'Ja, "maar dat moet verder worden uitgewerkt".'],
    '1d': ['nee', 'Niet specifiek voor de jeugdzorg; Regio Rivierenland is wel een gemeenschappelijke regeling van de gemeenten.'],
  },
  achterhoek: {
    '1a': ['deels', 'Een gedeelde visie en afspraken over financiering en personeel voor de lopende (definitie)fase, niet voor de hele periode tot aan de transitie.'],
    '1b': ['ja', 'Geen letterlijk "ja": de raden stelden het visiedocument en het analysedocument vast; het projectplan is door alle gemeenten geaccordeerd.'],
    '1c': ['nee', 'Nog niet: de vragen zouden "rond de zomer van 2013" zijn uitgekristalliseerd.'],
    '1d': ['nee', 'Bestuurlijk geaccordeerd, maar (nog) niet juridisch vastgelegd.'],
  },
  'centraal-gelderland': {
    '1a': ['deels', 'Er is een regionale visie, nog geen plan van aanpak.'],
    '1b': ['nee', 'De bestuurders van de 11 gemeenten stemden in (maart 2013); de voorstellen moesten nog naar de gemeenteraden.'],
    '1c': 'nee',
    '1d': 'nee',
  },
  'rijk-van-nijmegen': {
    '1a': ['deels', 'Ja, maar de financiële planning was nog niet concreet.'],
    '1b': 'ja',
    '1c': 'ja',
    '1d': 'nee',
  },
  foodvalley: {
    '1a': 'ja',
    '1b': ['deels', 'De gemeenten hebben "ingestemd met of kennisgenomen van" de samenwerking: niet alle raden hebben dus ingestemd.'],
    '1c': 'ja',
    '1d': ['nee', 'Niet juridisch geborgd; wel een ondertekende afsprakenset van twee provincies en acht gemeenten (27 februari 2013).'],
  },
  'midden-ijssel-oost-veluwe': {
    '1a': [
      'deels',
      'Er is een regionale startnotitie met uitgangspunten en een financiële en personele planning; volgens de toelichting bij vraag 1 was er nog geen vastgestelde visie.',
    ],
    '1b': ['nee', 'Alleen de colleges hebben ingestemd; de raden worden niet genoemd.'],
    '1c': 'ja',
    '1d': ['ja', 'Geen letterlijk "ja": volgens de regio geborgd doordat de colleges de startnotitie vaststelden; er is geen aparte juridische entiteit.'],
  },
  eemland: {
    '1a': ['deels', 'Gezamenlijke visie en projectplan met planning; de financiële en personele planning moest nog worden uitgewerkt.'],
    '1b': ['nee', 'Het antwoord begint met "Ja", maar zegt dat de samenwerking formeel niet is vastgesteld en de transitieagenda alleen bestuurlijk.'],
    '1c': ALLEEN_VOORBEREIDING,
    '1d': 'nee',
  },
  lekstroom: {
    '1a': ['deels', 'Verwijst naar de transitieagenda; de financiële en personele planning moest nog worden opgesteld.'],
    '1b': ['nee', 'Bestuurlijk vastgesteld; de raden zouden in juni 2013 beslissen.'],
    '1c': ALLEEN_VOORBEREIDING,
    '1d': 'nee',
  },
  'utrecht-stad': {
    '1a': ['ja', 'Geen letterlijk "ja": "Dat is opgenomen in de transitieagenda."'],
    '1b': ['nee', 'Nog niet: de raad besluit bij de bespreking van de Kadernota Zorg voor Jeugd.'],
    '1c': ALLEEN_VOORBEREIDING,
    '1d': TE_VROEG,
  },
  'zuidoost-utrecht': {
    '1a': 'ja',
    '1b': ['nee', 'De transitieagenda is bestuurlijk vastgesteld; de raden zijn geïnformeerd (regionale informatieavond).'],
    '1c': ALLEEN_VOORBEREIDING,
    '1d': TE_VROEG,
  },
  'utrecht-west': {
    '1a': ['ja', 'Geen letterlijk "ja": een regionaal projectplan met voorlopige visie, planning, begroting en ambtelijke capaciteit.'],
    '1b': 'nee',
    '1c': ALLEEN_VOORBEREIDING,
    '1d': 'nee',
  },
  alkmaar: {
    '1a': ['deels', 'Gedeelde visie en plan van aanpak, "maar nog geen sluitende financiële en personele planning".'],
    '1b': ['nee', 'Het antwoord begint met "Ja", maar de raden hadden alleen kennisgenomen; instemming zou nog worden gevraagd.'],
    '1c': ['nee', 'Het antwoord begint met "Ja", maar afgesproken is alleen dat de doelstelling nader wordt verkend.'],
    '1d': 'nee',
  },
  haarlemmermeer: {
    '1a': [
      'onduidelijk',
      'Er zijn een vastgesteld transitieplan (Stadsregio Amsterdam) en een plan voor een verkenning (Veiligheidsregio Kennemerland); of er een eigen planning met financiële en personele planning is, zegt het antwoord niet.',
    ],
    '1b': ['nee', 'Besproken met de gemeenteraad; van instemming is geen sprake.'],
    '1c': ['ja', 'Geen letterlijk "ja": in het PFO is een opdracht vastgesteld (eind 2013 besluiten over de inrichting); samenwerking bij inkoop werd verkend.'],
    '1d': PFO,
  },
  'amsterdam-amstelland': { '1a': ['nee', 'Nee; er is wel een globale planning.'], '1b': 'nee', '1c': 'nee', '1d': 'nee' },
  'zaanstreek-waterland': {
    '1a': [
      'onduidelijk',
      'Er is sinds begin 2012 een gezamenlijke regionale visie en een notitie over de bovenlokale samenwerking; of er een plan van aanpak met (financiële en personele) planning is, zegt het antwoord niet.',
    ],
    '1b': ['nee', 'De raden zijn geïnformeerd; hun besluit over de verdere uitwerking volgt nog.'],
    '1c': ['nee', 'Over de invulling werd nog gesproken; vastleggen is onderdeel van het vervolg.'],
    '1d': ['nee', 'Nog niet: onderdeel van het vervolgproces.'],
  },
  'kop-van-noord-holland': {
    '1a': ['deels', 'Er is een gedeelde visie; het plan van aanpak, met de financiële en personele planning, was in ontwikkeling.'],
    '1b': ['nee', 'Nog niet: de raden stellen de visie in juni/juli 2013 vast, over de samenwerking volgt eind 2013 een besluit.'],
    '1c': 'nee',
    '1d': 'nee',
  },
  'gooi-en-vechtstreek': {
    '1a': ['onduidelijk', 'Er is een vastgesteld plan van aanpak; of er een gedeelde visie en een financiële en personele planning zijn, zegt het antwoord niet.'],
    '1b': ['nee', 'De raden zijn betrokken en geïnformeerd, per gemeente verschillend; van instemming is geen sprake.'],
    '1c': ['deels', 'Er zijn richtinggevende uitspraken, die verder werden uitgewerkt.'],
    '1d': ['ja', 'Geen letterlijk "ja": de samenwerking valt onder de bestaande gemeenschappelijke regeling.'],
  },
  'zuid-kennemerland': {
    '1a': ['ja', 'Geen letterlijk "ja": een gedeelde visie en een plan van aanpak met planning; elke gemeente levert personele en financiële inzet.'],
    '1b': ['nee', 'De raden zijn of worden geïnformeerd; van instemming is geen sprake.'],
    '1c': ['deels', 'De samenwerking strekt zich ook uit tot uitvoering, maar de afspraken daarover moesten nog worden gemaakt.'],
    '1d': PFO,
  },
  ijmond: {
    '1b': ['onduidelijk', 'De genoemde notities "zijn vastgesteld"; door wie (raden of colleges), zegt het antwoord niet.'],
    '1c': [
      'onduidelijk',
      'Het antwoord beschrijft de aanpak langs vijf ontwikkellijnen; hoe de uitvoering vorm krijgt zou "gaandeweg" blijken. Of er afspraken over de opdracht zijn, zegt het niet.',
    ],
    '1d': [
      'onduidelijk',
      'Volgens het antwoord "geborgd" in een intentieverklaring, vastgestelde documenten en partnerschap; een juridische regeling wordt niet genoemd.',
    ],
  },
  'west-friesland': {
    '1a': ['deels', 'Programmaplan met planning en een gedeelde visie (colleges); over de financiële en personele planning volgde voor de zomer een besluit.'],
    '1b': ['nee', 'Nog niet: het programmaplan ging in juni en juli 2013 naar de raden.'],
    '1c': ['nee', '"Is nog in voorbereiding".'],
    '1d': ['nee', 'De samenwerking was "op dit moment vrijblijvend"; een samenwerkingsconvenant zou volgen.'],
  },
  rijnmond: {
    '1a': [
      'onduidelijk',
      'Er zijn een transitieplan (Stadsregio Rotterdam) en een plan van aanpak van de gemeenten; of er een gedeelde visie en een financiële en personele planning zijn, zegt het antwoord niet.',
    ],
    '1b': ['nee', 'Nog niet: elke gemeente besluit zelf, rond de zomer van 2013.'],
    '1c': 'ja',
    '1d': ['nee', 'Nog niet: een werkgroep werkte aan borging in een gemeenschappelijke regeling voor de periode na 1 januari 2015.'],
  },
  haaglanden: {
    '1a': ['nee', 'Een plan van aanpak met planning (incl. financiële en personele planning) was in voorbereiding.'],
    '1b': 'nee',
    '1c': 'ja',
    '1d': 'ja',
  },
  'holland-rijnland': {
    '1a': [
      'deels',
      'Een regionale visie (in de raden in behandeling) en een werkplan 2013; een voorstel met kaders, planning, financiën en personele gevolgen volgde in september 2013.',
    ],
    '1b': 'ja',
    '1c': 'nee',
    '1d': ['ja', 'Holland Rijnland is een gemeenschappelijke regeling; voor gezamenlijke inkoop zouden aanvullende afspraken nodig zijn.'],
  },
  'midden-holland': {
    '1a': ['deels', 'Er is een door alle raden vastgestelde visie; de taakverdeling werd nog uitgewerkt en een planning wordt niet genoemd.'],
    '1b': 'ja',
    '1c': ['nee', '"Die zijn in ontwikkeling."'],
    '1d': [
      'onduidelijk',
      'Het antwoord gaat over de toekomst: voor de uitvoering wordt eerst gekeken naar bestaande gemeenschappelijke regelingen (CJG, GGD, SW-bedrijf). Of de samenwerking nu geborgd is, zegt het niet.',
    ],
  },
  'zuid-holland-zuid': {
    '1a': ['ja', 'Geen letterlijk "ja": een gedeelde regionale visie en plan van aanpak met planning; een financiële en personele planning wordt niet genoemd.'],
    '1b': ['deels', 'De raden stemden in met de regionale voorbereidingen; over de samenwerking zelf besluiten ze later in 2013.'],
    '1c': ['ja', 'Geen letterlijk "ja": per opgave zijn richtinggevende uitspraken gedaan over het schaalniveau van uitvoeringsregie, inkoop en beleid.'],
    '1d': 'nee',
  },
  'noordoost-brabant': {
    '1a': ['deels', 'Een gedeelde visie en een planning tot 1-1-2015; een financiële en een personele planning waren er nog niet.'],
    '1b': ['nee', 'Nog niet: alle raden zouden voor de zomer van 2013 besluiten.'],
    '1c': ['nee', 'Nog uit te werken na instemming van de raden; alleen voor de pilot "de Versnelling" zijn afspraken vastgelegd.'],
    '1d': ['nee', 'Nog niet, behalve een bestuursovereenkomst voor de pilot.'],
  },
  'west-brabant-west': {
    '1a': ['deels', 'Een regionale visie, een subregionaal plan van aanpak en een jaarlijkse bestuursopdracht met jaarplanning; een financiële en personele planning wordt niet genoemd (zoals bij West-Brabant-Oost).'],
    '1b': ['ja', 'Geen letterlijk "ja": op 15-1-2013 vastgelegd door de colleges en daarna door de raden bekrachtigd.'],
    '1c': ['ja', 'Geen letterlijk "ja": afspraken over beleidsvoorbereiding en uitvoering.'],
    '1d': GEKEKEN,
  },
  'west-brabant-oost': {
    '1a': ['deels', 'Een regionale visie en een subregionaal plan van aanpak, met alleen een jaarplanning voor 2013.'],
    '1b': [
      'onduidelijk',
      'Het antwoord zegt dat de afspraken door de colleges "worden vastgelegd" en "ter kennisgeving/besluitvorming" naar de raden gaan, en daarna dat de raden ze "bekrachtigd" hebben.',
    ],
    '1c': ['ja', 'Geen letterlijk "ja": afspraken over beleidsvoorbereiding en uitvoering.'],
    '1d': GEKEKEN,
  },
  'zuidoost-brabant': {
    '1a': ['ja', 'Geen letterlijk "ja": op regionale schaal (21 gemeenten) zijn visie, plan van aanpak en planning er; per subregio verschilt het.'],
    '1b': ['nee', 'De raden zijn geïnformeerd; van instemming is geen sprake.'],
    '1c': 'ja',
    '1d': ['nee', '"Gepland voor tweede helft 2013".'],
  },
  'hart-van-brabant': {
    '1a': [
      'onduidelijk',
      'Het antwoord beschrijft de samenwerking (gemeenschappelijke regeling, werkprogramma, Regionaal Transitieplan) en jaarlijkse begrotingsbesluiten, maar niet of er een planning tot aan de transitie is.',
    ],
    '1b': ['ja', 'Geen letterlijk "ja": de raden stemden in met de gemeenschappelijke regeling.'],
    '1c': ['ja', 'Geen letterlijk "ja": er zijn afspraken tot het moment van de transitie; over uitvoeringsaspecten nog niet.'],
    '1d': 'ja',
  },
  zeeland: {
    '1a': ['deels', 'Een visie en een plan van aanpak, "maar er is nog geen financiële en personele planning".'],
    '1b': 'nee',
    '1c': 'nee',
    '1d': 'nee',
  },
  'noord-limburg': {
    '1a': 'ja',
    '1b': 'nee',
    '1c': ['ja', 'Geen letterlijk "ja": vooral afspraken over doelen en opdracht (visie, richting); aan afspraken over de uitvoering werd gewerkt.'],
    '1d': 'nee',
  },
  'midden-limburg-oost': {
    '1a': 'ja',
    '1b': ['nee', 'De colleges legden de samenwerkingsstructuur vast; de raden in Midden-Limburg Oost zijn alleen geïnformeerd.'],
    '1c': 'nee',
    '1d': INTENTIEVERKLARING,
  },
  'midden-limburg-west': { '1a': 'ja', '1b': 'ja', '1c': 'nee', '1d': INTENTIEVERKLARING },
  'zuid-limburg': {
    '1a': 'ja',
    '1b': 'nee',
    '1c': ['ja', 'Geen letterlijk "ja": een projectplan in fasen; per fase beslist elke gemeente of ze op Zuid-Limburgse schaal verder gaat. Vooralsnog beleidsvoorbereiding.'],
    '1d': 'nee',
  },
};

export const TEXT_EDITS: TextEdit[] = [
  {
    region: 'fryslan',
    field: 'answers.bestuur-1a',
    // The parenthesis names two private persons (one of them the contact person): left out.
    // bronnen/ has them removed already (npm run bronnen); the original extract still has them.
    find: /kwartiermaker \((?:P\.P\.J\. [^)]*|\[namen weggelaten\])\)/,
    replace: 'kwartiermaker ([namen weggelaten])',
    reason: 'namen van privépersonen worden niet gepubliceerd',
  },
  {
    region: 'zuidoost-brabant',
    field: 'answers.inhoud-5',
    // DESIGN.md: names of individuals are not stored, also not of an expert named in passing.
    find: /prof\. Jo Hermanns/,
    replace: '[naam weggelaten]',
    reason: 'namen van personen worden niet gepubliceerd, ook niet van een deskundige die in het antwoord genoemd wordt',
  },
  // Faults of the PDF extraction inside words (not the region's words): repaired.
  { region: 'holland-rijnland', field: 'answers.inhoud-2', find: /jeugdbescher0-ing/, replace: 'jeugdbescherming', reason: 'fout van de tekstextractie' },
  { region: 'zaanstreek-waterland', field: 'answers.inhoud-2', find: /jeugdhulpverlenin g/, replace: 'jeugdhulpverlening', reason: 'fout van de tekstextractie' },
  { region: 'zaanstreek-waterland', field: 'answers.inhoud-2', find: /\(Pu rmerend\)/, replace: '(Purmerend)', reason: 'fout van de tekstextractie' },
  { region: 'zaanstreek-waterland', field: 'answers.inhoud-2', find: /Zaanst ad/, replace: 'Zaanstad', reason: 'fout van de tekstextractie' },
  { region: 'zuid-holland-zuid', field: 'answers.inhoud-3', find: /DoeTank1/, replace: 'DoeTank', reason: 'verwijzing naar een voetnoot die niet is overgenomen' },
];

export const APPENDICES: AppendixDecision[] = [
  {
    region: 'midden-ijssel-oost-veluwe',
    startsWith: 'Algehele afspraken Utrechtse regio’s',
    action: 'drop',
    reason:
      'afspraken van alle Utrechtse regio’s, in de bron tussen profiel 13 en 14; ze horen niet bij dit profiel en het model heeft er (nog) geen plek voor',
  },
  {
    region: 'zuid-holland-zuid',
    startsWith: 'Toelichting op samenwerking in sociaal domein',
    action: 'tasks_explanation',
    reason: 'de bron noemt deze toelichting zelf "bij onderdeel 1, vraag 1" en verwijst ernaar vanuit de toelichting bij de tabel',
  },
  {
    region: 'midden-limburg-oost',
    startsWith: 'Toelichting vraag 2.1',
    action: 'drop',
    reason: 'een tabel (samenwerking per onderdeel: lokaal, ML-Oost, Midden-Limburg, Limburg) waarvan de kolommen in de tekstversie verloren zijn; niet betrouwbaar over te nemen',
  },
];

export const FOOTNOTES: FootnoteDecision[] = [
  {
    region: 'zuid-holland-zuid',
    startsWith: '1 De DoeTank',
    action: 'drop',
    reason: 'voetnoot bij "DoeTank" in het antwoord op vraag 3 van onderdeel 1; het model heeft geen plek voor voetnoten',
  },
];

/** Regio Alkmaar in the transformation plan 2018-2020 (source 003, first lines). */
export const EXTRA_MEMBERSHIPS: ExtraMembership[] = [
  {
    region: 'alkmaar',
    source: 'transformatieplan-alkmaar-2018-2020',
    year: 2018,
    municipalities: ['Alkmaar', 'Heerhugowaard', 'Langedijk', 'Bergen', 'Uitgeest', 'Castricum', 'Heiloo'],
  },
];
