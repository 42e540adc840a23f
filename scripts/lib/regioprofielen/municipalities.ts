/**
 * The municipalities of the Netherlands on 1 January 2013 (408), with their official name and
 * province, curated by hand. The importer matches the names in the "Deelnemende gemeenten"
 * lists against this table; a spelling used in the profiles that differs from the official
 * name is recorded as an alias of the municipality in `content/gemeenten.yaml`.
 *
 * `spellings` are the other spellings that the matcher accepts. Each is one that occurs in
 * the 2013 profiles (checked by `municipalities.test.ts`), so no spelling is invented here.
 * CBS codes are deliberately not listed (the schema makes them optional; better absent than
 * wrong).
 */
import { slugify } from './text.ts';

export interface ReferenceMunicipality {
  id: string;
  /** Official name on 1 January 2013. */
  name: string;
  /** Province id (`content/provincies.yaml`). */
  province: string;
  /** Spellings in the 2013 profiles that differ from the official name. */
  spellings: string[];
}

/** `Official name` or `Official name|spelling|spelling`. */
const BY_PROVINCE: Record<string, string[]> = {
  groningen: [
    'Appingedam', 'Bedum', 'Bellingwedde', 'De Marne', 'Delfzijl', 'Eemsmond', 'Groningen', 'Grootegast', 'Haren',
    'Hoogezand-Sappemeer', 'Leek', 'Loppersum', 'Marum', 'Menterwolde', 'Oldambt', 'Pekela', 'Slochteren',
    'Stadskanaal', 'Ten Boer', 'Veendam', 'Vlagtwedde', 'Winsum', 'Zuidhorn',
  ],
  fryslan: [
    'Achtkarspelen|Achtkaspelen', 'Ameland', 'Boarnsterhim', 'Dantumadiel', 'Dongeradeel', 'Ferwerderadiel',
    'Franekeradeel', 'Gaasterlân-Sleat', 'Harlingen', 'Heerenveen', 'het Bildt', 'Kollumerland en Nieuwkruisland',
    'Leeuwarden', 'Leeuwarderadeel', 'Lemsterland', 'Littenseradiel|Littensaradiel', 'Menameradiel',
    'Ooststellingwerf', 'Opsterland', 'Schiermonnikoog', 'Skarsterlân|Skasterlân', 'Smallingerland',
    'Súdwest-Fryslân|Súdwest Fryslân', 'Terschelling', 'Tytsjerksteradiel', 'Vlieland', 'Weststellingwerf',
  ],
  drenthe: [
    'Aa en Hunze', 'Assen', 'Borger-Odoorn', 'Coevorden', 'De Wolden', 'Emmen', 'Hoogeveen', 'Meppel',
    'Midden-Drenthe', 'Noordenveld', 'Tynaarlo', 'Westerveld',
  ],
  overijssel: [
    'Almelo', 'Borne', 'Dinkelland', 'Enschede', 'Haaksbergen', 'Hellendoorn', 'Hengelo', 'Hof van Twente', 'Losser',
    'Oldenzaal', 'Rijssen-Holten', 'Tubbergen', 'Twenterand', 'Wierden',
    'Kampen', 'Steenwijkerland', 'Deventer', 'Zwartewaterland', 'Dalfsen', 'Ommen', 'Hardenberg', 'Raalte',
    'Olst-Wijhe', 'Staphorst', 'Zwolle',
  ],
  flevoland: ['Almere', 'Dronten', 'Lelystad', 'Noordoostpolder|Noord-Oostpolder', 'Urk', 'Zeewolde'],
  gelderland: [
    'Harderwijk', 'Putten', 'Ermelo', 'Nunspeet', 'Elburg', 'Oldebroek',
    'Buren', 'Culemborg', 'Geldermalsen', 'Lingewaal', 'Maasdriel', 'Neder-Betuwe', 'Neerijnen', 'Tiel',
    'West Maas en Waal', 'Zaltbommel',
    'Aalten', 'Berkelland', 'Bronckhorst', 'Doetinchem', 'Montferland', 'Oost Gelre', 'Oude IJsselstreek|Oude Ijsselstreek',
    'Winterswijk',
    'Arnhem', 'Doesburg', 'Duiven', 'Lingewaard', 'Overbetuwe', 'Renkum', 'Rheden', 'Rijnwaarden', 'Rozendaal',
    'Westervoort', 'Zevenaar',
    'Nijmegen', 'Ubbergen', 'Beuningen', 'Groesbeek', 'Heumen', 'Millingen aan de Rijn|Millingen ad Rijn', 'Wijchen',
    'Druten',
    'Barneveld', 'Ede', 'Nijkerk', 'Scherpenzeel', 'Wageningen',
    'Apeldoorn', 'Brummen', 'Epe', 'Voorst', 'Heerde', 'Lochem', 'Zutphen', 'Hattem',
  ],
  utrecht: [
    'Renswoude', 'Rhenen', 'Veenendaal',
    'Amersfoort', 'Baarn', 'Bunschoten', 'Eemnes', 'Leusden', 'Soest', 'Woudenberg',
    'Houten', 'IJsselstein|IJsseltein', 'Lopik', 'Nieuwegein', 'Vianen',
    'Utrecht',
    'Bunnik', 'De Bilt|de Bilt', 'Utrechtse Heuvelrug', 'Wijk bij Duurstede', 'Zeist',
    'De Ronde Venen', 'Montfoort', 'Oudewater', 'Stichtse Vecht', 'Woerden',
  ],
  'noord-holland': [
    'Alkmaar', 'Bergen (NH.)|Bergen', 'Castricum', 'Graft-De Rijp|Graft De Rijp', 'Heerhugowaard', 'Heiloo', 'Langedijk',
    'Schermer',
    'Haarlemmermeer',
    'Aalsmeer', 'Amstelveen', 'Amsterdam', 'Diemen', 'Ouder-Amstel', 'Uithoorn',
    'Beemster', 'Zeevang', 'Wormerland', 'Purmerend', 'Edam-Volendam', 'Zaanstad', 'Oostzaan', 'Landsmeer', 'Waterland',
    'Den Helder', 'Schagen', 'Hollandse Kroon', 'Texel',
    'Blaricum', 'Bussum', 'Hilversum', 'Huizen', 'Laren', 'Muiden', 'Naarden', 'Weesp', 'Wijdemeren',
    'Bloemendaal', 'Haarlemmerliede en Spaarnwoude', 'Haarlem', 'Heemstede', 'Zandvoort',
    'Beverwijk', 'Heemskerk', 'Uitgeest', 'Velsen',
    'Drechterland', 'Enkhuizen', 'Hoorn', 'Koggenland', 'Opmeer', 'Medemblik', 'Stede Broec',
  ],
  'zuid-holland': [
    'Albrandswaard', 'Barendrecht', 'Bernisse', 'Brielle', 'Capelle aan den IJssel', 'Goeree-Overflakkee',
    'Hellevoetsluis', 'Krimpen aan den IJssel', 'Lansingerland', 'Maassluis', 'Ridderkerk', 'Rotterdam', 'Schiedam',
    'Spijkenisse', 'Vlaardingen', 'Westvoorne',
    'Delft', "'s-Gravenhage|Den Haag", 'Leidschendam-Voorburg', 'Midden-Delfland', 'Pijnacker-Nootdorp', 'Rijswijk',
    'Wassenaar', 'Westland', 'Zoetermeer',
    'Alphen aan den Rijn', 'Hillegom', 'Kaag en Braassem', 'Katwijk', 'Leiden', 'Leiderdorp', 'Lisse', 'Nieuwkoop',
    'Noordwijk', 'Noordwijkerhout', 'Oegstgeest', 'Rijnwoude', 'Teylingen', 'Voorschoten', 'Zoeterwoude',
    'Bergambacht', 'Bodegraven-Reeuwijk', 'Boskoop', 'Gouda', 'Nederlek', 'Ouderkerk', 'Schoonhoven', 'Vlist',
    'Waddinxveen', 'Zuidplas',
    'Alblasserdam', 'Binnenmaas', 'Cromstrijen', 'Dordrecht', 'Giessenlanden', 'Gorinchem', 'Hardinxveld-Giessendam',
    'Hendrik-Ido-Ambacht', 'Korendijk', 'Leerdam', 'Molenwaard', 'Oud-Beijerland', 'Papendrecht', 'Sliedrecht',
    'Strijen', 'Zederik', 'Zwijndrecht',
  ],
  zeeland: [
    'Middelburg', 'Vlissingen', 'Veere', 'Borsele', 'Goes', 'Kapelle', 'Noord-Beveland', 'Reimerswaal',
    'Schouwen-Duiveland', 'Tholen', 'Hulst', 'Sluis', 'Terneuzen',
  ],
  'noord-brabant': [
    'Mill en Sint Hubert|Mill en St. Hubert', 'Grave', 'Cuijk', 'Boxmeer', 'Sint Anthonis|St. Anthonis', 'Landerd',
    'Uden', 'Veghel', 'Boekel', 'Sint-Oedenrode|St. Oedenrode', 'Oss', 'Maasdonk', 'Bernheze',
    "'s-Hertogenbosch|’s-Hertogenbosch", 'Vught', 'Haaren', 'Boxtel', 'Schijndel', 'Sint-Michielsgestel|St. Michielsgestel',
    'Bergen op Zoom', 'Etten-Leur', 'Halderberge', 'Moerdijk', 'Roosendaal', 'Rucphen', 'Steenbergen', 'Woensdrecht',
    'Zundert',
    'Aalburg', 'Alphen-Chaam', 'Baarle-Nassau', 'Breda', 'Drimmelen', 'Geertruidenberg', 'Oosterhout', 'Werkendam',
    'Woudrichem',
    'Eindhoven', 'Best', 'Veldhoven', 'Oirschot', 'Eersel', 'Reusel-De Mierden|Reusel de Mierden', 'Bladel', 'Bergeijk',
    'Heeze-Leende', 'Valkenswaard', 'Cranendonck', 'Waalre', 'Geldrop-Mierlo', 'Son en Breugel',
    'Nuenen, Gerwen en Nederwetten|Nuenen c.a.', 'Helmond', 'Laarbeek', 'Gemert-Bakel', 'Deurne', 'Asten', 'Someren',
    'Dongen', 'Gilze en Rijen', 'Goirle', 'Heusden', 'Hilvarenbeek', 'Loon op Zand', 'Oisterwijk', 'Tilburg', 'Waalwijk',
  ],
  limburg: [
    'Mook en Middelaar',
    'Beesel', 'Bergen (L.)|Bergen', 'Gennep', 'Horst aan de Maas', 'Peel en Maas', 'Venlo', 'Venray',
    'Echt-Susteren', 'Maasgouw', 'Roerdalen', 'Roermond',
    'Leudal', 'Nederweert', 'Weert',
    'Beek', 'Brunssum', 'Eijsden-Margraten', 'Gulpen-Wittem', 'Heerlen', 'Kerkrade', 'Landgraaf', 'Maastricht',
    'Meerssen', 'Nuth', 'Onderbanken', 'Schinnen', 'Simpelveld', 'Sittard-Geleen', 'Stein', 'Vaals',
    'Valkenburg aan de Geul', 'Voerendaal',
  ],
};

/** Ids that a plain slug of the name would not make unambiguous or readable. */
const ID_OVERRIDES: Record<string, string> = {
  'Bergen (NH.)': 'bergen-nh',
  'Bergen (L.)': 'bergen-l',
};

export const MUNICIPALITIES: ReferenceMunicipality[] = Object.entries(BY_PROVINCE).flatMap(([province, entries]) =>
  entries.map((entry) => {
    const [name, ...spellings] = entry.split('|') as [string, ...string[]];
    return { id: ID_OVERRIDES[name] ?? slugify(name), name, province, spellings };
  }),
);
