import { describe, expect, it } from 'vitest';
import { slug } from '../../schemas/common.ts';
import { slugify } from '../../schemas/slug.ts';
import { groupBy, groupSegment, ITEM_GZIP_BYTES, LIST_LIMITS, maxItems, needsSplit, PAGE_BUDGET_GZIP, pagedTitle, pageOf, pagePath, paginate, provincePages } from './paginate.ts';

describe('paginate: thresholds', () => {
  it('derives each limit from the budget, the list share and the cost per item', () => {
    expect(maxItems(21)).toBe(2380);
    expect(maxItems(50, 10_000, 1)).toBe(200);
    expect(LIST_LIMITS.municipalities).toBe(Math.floor((PAGE_BUDGET_GZIP * 0.5) / ITEM_GZIP_BYTES.municipality));
    expect(() => maxItems(0)).toThrow();
  });

  it('splits nothing at today\'s sizes (k = 1), only /gemeente/ at k = 10, every list at k = 100', () => {
    const k1 = { municipalities: 431, homeRegions: 41, taskRows: 42, matrixRows: 43, regionRows: 44 };
    for (const [list, count] of Object.entries(k1)) {
      const limit = LIST_LIMITS[list as keyof typeof LIST_LIMITS];
      expect(needsSplit(count, limit), list).toBe(false);
      expect(needsSplit(count * 10, limit), list).toBe(list === 'municipalities');
      expect(needsSplit(count * 100, limit), list).toBe(true);
    }
    expect(needsSplit(LIST_LIMITS.municipalities, LIST_LIMITS.municipalities)).toBe(false);
  });

  it('keeps a full list page within the budget at the measured cost', () => {
    for (const [list, cost] of Object.entries({ municipalities: 21, homeRegions: 85, taskRows: 85, matrixRows: 70, regionRows: 25 })) {
      expect(LIST_LIMITS[list as keyof typeof LIST_LIMITS] * cost, list).toBeLessThanOrEqual(PAGE_BUDGET_GZIP / 2);
    }
  });
});

describe('paginate: pages', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => i);

  it('gives one page at the list\'s own URL when nothing needs splitting (k = 1)', () => {
    const pages = paginate(items(431), LIST_LIMITS.municipalities, '/gemeente/');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ number: 1, count: 1, path: '/gemeente/', prev: undefined, next: undefined });
    expect(pages[0]!.items).toHaveLength(431);
  });

  it('gives one empty page for an empty list', () => {
    expect(paginate([], 10, '/x/')).toEqual([{ number: 1, count: 1, items: [], path: '/x/', prev: undefined, next: undefined }]);
  });

  it('splits a k = 1000 list into even pages under the limit, in order, with prev/next', () => {
    const all = items(408_000 / 26 | 0); // one letter's share of 408,000 municipalities
    const pages = paginate(all, LIST_LIMITS.municipalities, '/gemeente/letter_a/');
    expect(pages).toHaveLength(Math.ceil(all.length / LIST_LIMITS.municipalities));
    expect(pages.every((page) => page.items.length <= LIST_LIMITS.municipalities)).toBe(true);
    const sizes = pages.map((page) => page.items.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(pages.length);
    expect(pages.flatMap((page) => page.items)).toEqual(all);
    expect(pages.map((page) => page.path)).toEqual(['/gemeente/letter_a/', ...pages.slice(1).map((page) => `/gemeente/letter_a/pagina_${page.number}/`)]);
    expect(pages[1]!.prev).toBe('/gemeente/letter_a/');
    expect(pages[1]!.next).toBe('/gemeente/letter_a/pagina_3/');
    expect(pages.at(-1)!.next).toBeUndefined();
  });

  it('checks its arguments', () => {
    expect(() => pagePath('/x', 2)).toThrow();
    expect(() => pagePath('/x/', 0)).toThrow();
    expect(() => paginate([1], 0, '/x/')).toThrow();
  });

  it('groups in one pass, an item with several keys in each group', () => {
    const groups = groupBy([{ n: 'a', p: ['x', 'y'] }, { n: 'b', p: ['y'] }], (item) => item.p);
    expect([...groups].map(([key, list]) => [key, list.map((item) => item.n)])).toEqual([['x', ['a']], ['y', ['a', 'b']]]);
  });
});

describe('paginate: generated URLs never collide with a slug', () => {
  // Whatever an editor names a municipality, region or former name, its URL segment is a slug;
  // this holds without the validator: slugify() itself cannot produce an underscore.
  const names = ['Letter A', 'letter_a', 'Pagina 2', 'pagina_2', 'Provincie Utrecht', 'provincie_utrecht', 'A', '_', 'a__b', "'s-Hertogenbosch", 'Súdwest-Fryslân', '___', 'x_y_z'];

  it('slugify never yields a generated segment, and the slug schema rejects every generated one', () => {
    const generated = [groupSegment('letter', 'A'), groupSegment('letter', '1'), groupSegment('letter', "'"), groupSegment('provincie', 'Noord-Holland'), ...[2, 3, 99].map((n) => pagePath('/gemeente/', n).split('/')[2]!)];
    expect(generated).toEqual(['letter_a', 'letter_1', 'letter_overig', 'provincie_noord-holland', 'pagina_2', 'pagina_3', 'pagina_99']);
    for (const segment of generated) {
      expect(segment).toContain('_');
      expect(slug.safeParse(segment).success, segment).toBe(false);
    }
    for (const name of names) expect(slugify(name)).not.toContain('_');
    // Every character slugify can emit, tried one by one.
    for (let code = 0; code < 0x2000; code++) expect(slugify(`a${String.fromCharCode(code)}b`)).not.toContain('_');
  });
});

describe('paginate: titles of list pages', () => {
  it('adds "pagina n van m" only to a list in more than one page', () => {
    expect(pageOf(undefined)).toBeUndefined();
    expect(pageOf({ number: 1, count: 1 })).toBeUndefined();
    expect(pageOf({ number: 2, count: 5 })).toBe('pagina 2 van 5');
    expect(pagedTitle('Gemeenten met de letter B', { number: 1, count: 1 })).toBe('Gemeenten met de letter B');
    expect(pagedTitle('Gemeenten met de letter B', { number: 2, count: 2 })).toBe('Gemeenten met de letter B (pagina 2 van 2)');
  });
});

describe('provincePages', () => {
  const provinces = [{ id: 'nh' }, { id: 'zh' }, { id: 'ut' }];
  const rows = [
    { name: 'a', provinces: ['zh'] },
    { name: 'b', provinces: ['nh', 'zh'] },
    { name: 'c', provinces: ['zh'] },
  ];
  const views = provincePages(provinces, rows, (row) => row.provinces, 2, (province) => `/lijst/${province.id}/`);
  it('keeps the provinces that have rows, in their given order; a row in two provinces is in both', () => {
    expect(views.map((view) => [view.province.id, view.count])).toEqual([['nh', 1], ['zh', 3]]);
  });
  it('pages each province under its own path', () => {
    const zh = views[1]!;
    expect(zh.pages.map((page) => [page.path, page.items.map((row) => row.name)])).toEqual([['/lijst/zh/', ['a', 'b']], ['/lijst/zh/pagina_2/', ['c']]]);
  });
});
