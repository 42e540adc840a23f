/**
 * A small but complete, valid content set for tests, in the real file layout. Tests break
 * one file at a time and assert the exact file, line and message of the problem.
 */
import type { ContentFile } from './validate.ts';

export function validFiles(): ContentFile[] {
  return [
    {
      path: 'content/taken.yaml',
      text: `- id: pleegzorg
  number: 1
  name: Pleegzorg
  source_label: Pleegzorg
  description: Een kind woont in een pleeggezin.
- id: crisisopvang
  number: 2
  name: Crisisopvang
  source_label: Crisisopvang
  description: Directe opvang.
`,
    },
    {
      path: 'content/actielijnen.yaml',
      text: `- { id: betere-toegang, number: 1, name: Betere toegang, description: Sneller de juiste hulp. }
`,
    },
    {
      path: 'content/provincies.yaml',
      text: `- { id: noord-holland, name: Noord-Holland, code: PV27 }
- { id: noord-brabant, name: Noord-Brabant, code: PV30 }
`,
    },
    {
      path: 'content/vragen-2013.yaml',
      text: `- { id: inhoud-2, part: inhoud, number: "2", label: Innovaties, text: Innovaties vooruitlopend op decentralisatie }
`,
    },
    {
      path: 'content/gemeenten.yaml',
      text: `- id: alkmaar
  name: Alkmaar
  province: noord-holland
- id: bergen-nh
  name: Bergen
  province: noord-holland
- id: roosendaal
  name: Roosendaal
  province: noord-brabant
`,
    },
    {
      path: 'content/documenten/regioprofielen-2013/document.yaml',
      text: `title: Regioprofielen
kind: regioprofiel
issuer: De jeugdhulpregio's
date: 2013-06-20
source_file: 004_5833ac47ade829ca.txt
summary: Vragenlijst per regio.
`,
    },
    {
      path: 'content/regio/alkmaar/regio.yaml',
      text: `name: Regio Alkmaar
kind: regio
aliases: [Noord Kennemerland]
provinces: [noord-holland]
members:
  - { municipality: alkmaar, source: regioprofielen-2013, year: 2013 }
  - { municipality: bergen-nh, source: regioprofielen-2013, year: 2013 }
`,
    },
    {
      path: 'content/regio/alkmaar/profiel-2013.yaml',
      text: `source: regioprofielen-2013
tasks:
  pleegzorg:
    level_source: Regionaal
    level: [regionaal]
    status_source: Intentie
    status: intentie
    page: 42
  crisisopvang:
    level_source: "Bovenregionaal (uitvoering: regionaal)"
    level: [bovenregionaal, regionaal]
    status_source: idem
    status: onduidelijk
    remark: De bron zegt alleen "idem".
answers:
  inhoud-2:
    text: Pilots met wijkteams.
    page: 42
`,
    },
    {
      path: 'content/regio/west-brabant/regio.yaml',
      text: `name: West-Brabant
kind: regio
provinces: [noord-brabant]
`,
    },
    {
      path: 'content/regio/west-brabant-west/regio.yaml',
      text: `name: West-Brabant-West
kind: subregio
parent: west-brabant
provinces: [noord-brabant]
members:
  - { municipality: roosendaal, source: regioprofielen-2013, year: 2013 }
`,
    },
    {
      path: 'content/tegelkaart.yaml',
      text: `- { id: alkmaar, col: 0, row: 0, label: Alkmaar }
- { id: west-brabant, col: 0, row: 1, label: West-Brabant }
`,
    },
    {
      path: 'content/regio/west-brabant-west/profiel-2013.yaml',
      text: `source: regioprofielen-2013
tasks:
  pleegzorg: { level_source: Subregionaal, level: subregionaal, status_source: Intentie, status: intentie }
  crisisopvang: { level_source: Regionaal, level: regionaal, status_source: Intentie, status: intentie }
`,
    },
  ];
}

/** Replace `from` by `to` in one file (throws when `from` is not there, so tests stay honest). */
export function edit(files: ContentFile[], path: string, from: string, to: string): ContentFile[] {
  return files.map((file) => {
    if (file.path !== path) return file;
    if (!file.text.includes(from)) throw new Error(`fixture ${path} does not contain ${JSON.stringify(from)}`);
    return { ...file, text: file.text.replace(from, to) };
  });
}
