/**
 * Identity of the 41 regions (and the 2 subregions of West-Brabant) of the 2013 profiles:
 * the slug and name a reader recognises today, former names as aliases, and the provinces.
 * Curated by hand; `number` ties an entry to the heading in the extract ("19 Regio Noord
 * Kennemerland"). The importer checks that every heading in the extract has exactly one
 * entry here and that the provinces equal the provinces of the member municipalities.
 */

export interface RegionIdentity {
  /** Number in the 2013 profiles: "1"-"41", "34.1", "34.2". */
  number: string;
  slug: string;
  /** Name as a reader recognises it today. */
  name: string;
  /**
   * Former names and spellings found in the sources, other than `name`; without the word
   * "Regio" unless the bare name is also a municipality ("Regio Arnhem").
   */
  aliases: string[];
  /** Province ids (`content/provincies.yaml`), in order of the most members first. */
  provinces: string[];
  /** For a subregion: the slug of its region. */
  parent?: string;
}

const r = (number: string, slug: string, name: string, provinces: string[], aliases: string[] = [], parent?: string): RegionIdentity => ({
  number,
  slug,
  name,
  aliases,
  provinces,
  ...(parent ? { parent } : {}),
});

export const REGIONS: RegionIdentity[] = [
  r('1', 'groningen', 'Groningen', ['groningen']),
  r('2', 'fryslan', 'Fryslân', ['fryslan'], ['Friesland']),
  r('3', 'drenthe', 'Drenthe', ['drenthe']),
  r('4', 'twente', 'Twente', ['overijssel']),
  r('5', 'ijsselland', 'IJsselland', ['overijssel']),
  r('6', 'flevoland', 'Flevoland', ['flevoland']),
  r('7', 'noord-veluwe', 'Noord-Veluwe', ['gelderland'], ['Noord Veluwe']),
  r('8', 'rivierenland', 'Rivierenland', ['gelderland']),
  r('9', 'achterhoek', 'Achterhoek', ['gelderland']),
  r('10', 'centraal-gelderland', 'Centraal Gelderland', ['gelderland'], ['Regio Arnhem']),
  r('11', 'rijk-van-nijmegen', 'Rijk van Nijmegen', ['gelderland', 'limburg']),
  r('12', 'foodvalley', 'Foodvalley', ['gelderland', 'utrecht'], ['Food Valley']),
  r('13', 'midden-ijssel-oost-veluwe', 'Midden-IJssel/Oost-Veluwe', ['gelderland'], ['Midden IJssel / Oost Veluwe', 'Oost Veluwe / Midden IJssel']),
  r('14', 'eemland', 'Eemland', ['utrecht']),
  r('15', 'lekstroom', 'Lekstroom', ['utrecht']),
  r('16', 'utrecht-stad', 'Utrecht Stad', ['utrecht'], ['Utrecht-Stad']),
  r('17', 'zuidoost-utrecht', 'Zuidoost-Utrecht', ['utrecht'], ['Zuid-Oost Utrecht', 'Zuidoost Utrecht']),
  r('18', 'utrecht-west', 'Utrecht West', ['utrecht']),
  r('19', 'alkmaar', 'Regio Alkmaar', ['noord-holland'], ['Noord Kennemerland']),
  r('20', 'haarlemmermeer', 'Haarlemmermeer', ['noord-holland']),
  r('21', 'amsterdam-amstelland', 'Amsterdam-Amstelland', ['noord-holland']),
  r('22', 'zaanstreek-waterland', 'Zaanstreek-Waterland', ['noord-holland']),
  r('23', 'kop-van-noord-holland', 'Kop van Noord-Holland', ['noord-holland']),
  r('24', 'gooi-en-vechtstreek', 'Gooi en Vechtstreek', ['noord-holland']),
  r('25', 'zuid-kennemerland', 'Zuid-Kennemerland', ['noord-holland']),
  r('26', 'ijmond', 'IJmond', ['noord-holland'], ['Midden Kennemerland', 'Midden-Kennemerland']),
  r('27', 'west-friesland', 'West-Friesland', ['noord-holland'], ['Westfriesland']),
  r('28', 'rijnmond', 'Rijnmond', ['zuid-holland']),
  r('29', 'haaglanden', 'Haaglanden', ['zuid-holland']),
  r('30', 'holland-rijnland', 'Holland Rijnland', ['zuid-holland']),
  r('31', 'midden-holland', 'Midden-Holland', ['zuid-holland'], ['Midden Holland']),
  r('32', 'zuid-holland-zuid', 'Zuid-Holland Zuid', ['zuid-holland'], ['Zuid-Holland-Zuid']),
  r('33', 'noordoost-brabant', 'Noordoost-Brabant', ['noord-brabant'], ['Noord-Oost Brabant']),
  r('34', 'west-brabant', 'West-Brabant', ['noord-brabant']),
  r('34.1', 'west-brabant-west', 'West-Brabant-West', ['noord-brabant'], [], 'west-brabant'),
  r('34.2', 'west-brabant-oost', 'West-Brabant-Oost', ['noord-brabant'], [], 'west-brabant'),
  r('35', 'zuidoost-brabant', 'Zuidoost-Brabant', ['noord-brabant']),
  r('36', 'hart-van-brabant', 'Hart van Brabant', ['noord-brabant'], ['Midden-Brabant']),
  r('37', 'zeeland', 'Zeeland', ['zeeland']),
  r('38', 'noord-limburg', 'Noord-Limburg', ['limburg'], ['Noord Limburg']),
  r('39', 'midden-limburg-oost', 'Midden-Limburg Oost', ['limburg']),
  r('40', 'midden-limburg-west', 'Midden-Limburg West', ['limburg']),
  r('41', 'zuid-limburg', 'Zuid-Limburg', ['limburg']),
];

export const REGION_BY_NUMBER = new Map(REGIONS.map((region) => [region.number, region]));
