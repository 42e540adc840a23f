/**
 * The results page: queries the pagefind index of the built site. One result per page, the
 * true total, 30 results at a time with "Meer resultaten", pages whose name equals the query
 * first; municipalities come from the names index (their pages are not in pagefind's index),
 * first of all, each with its region as a link.
 */
import { excerptParts } from '../lib/search-excerpt.ts';
import { compoundShard, compoundsOf, words } from '../lib/search-compounds.ts';
import { matchNames } from '../lib/search-names.ts';
import { answerResult, FIRST_PAGE, hasNameHit, nameAnswers, namesFirst, NEXT_PAGE, readFilters, type AnswerTexts, type ResultData } from '../lib/search-results.ts';
import { namesFor } from './names-index.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
type FilterValue = string[] | { any: string[] };
interface Pagefind {
  options: (options: { baseUrl: string; noWorker?: boolean }) => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, FilterValue> }) => Promise<{ results: PagefindResult[] } | null>;
}

export interface SearchElements {
  form: HTMLFormElement;
  output: HTMLOListElement;
  status: HTMLElement;
  more: HTMLElement;
  base: string;
}

/** One list from several searches: each page once (its best score), best first. */
function mergeResults(lists: PagefindResult[][]): PagefindResult[] {
  if (lists.length === 1) return lists[0]!;
  const byId = new Map<string, PagefindResult>();
  for (const result of lists.flat()) {
    const known = byId.get(result.id);
    if (!known || result.score > known.score) byId.set(result.id, result);
  }
  return [...byId.values()].sort((a, b) => b.score - a.score);
}

const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => String(typeof vars[key] === 'number' ? vars[key].toLocaleString('nl-NL') : (vars[key] ?? '')));

export function setUpSearch({ form, output, status, more, base }: SearchElements): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const texts = form.dataset;
  const moreButton = more.querySelector('button')!;
  const shownText = more.querySelector<HTMLElement>('[data-search-shown]')!;
  const suggestion = document.createElement('p');
  suggestion.className = 'rd-search-suggestion';
  suggestion.hidden = true;
  output.before(suggestion);
  let pagefind: Promise<Pagefind> | undefined;
  const load = () => {
    pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      // No web worker: one file less to download for a first query (see docs/search.md).
      await module.options({ baseUrl: base, noWorker: true });
      return module;
    });
    return pagefind;
  };
  // Every run gets a number; an older run that finishes later writes nothing (this was the
  // cause of the doubled results: Enter fired both "change" and "submit", two runs appended).
  let generation = 0;
  let pending: PagefindResult[] = [];
  let shown = 0;
  let total = 0;
  let answered = 0;
  let query = '';
  const answerTexts: AnswerTexts = { kind: texts.kindMunicipality!, municipality: texts.answerMunicipality!, aliases: texts.answerAliases!, choice: texts.answerChoice! };

  function renderResult(result: ResultData): HTMLLIElement {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.className = 'utrecht-link';
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    const heading = document.createElement('h2');
    heading.className = 'rd-result__title';
    heading.append(link);
    const kind = document.createElement('p');
    kind.className = 'rd-subtle rd-result__kind';
    kind.textContent = (result.filters.soort ?? []).join(', ');
    item.append(heading, kind);
    if (result.meta.regio && result.meta.regiopad) {
      const region = document.createElement('p');
      region.className = 'rd-result__region';
      const regionLink = document.createElement('a');
      regionLink.className = 'utrecht-link';
      regionLink.href = result.meta.regiopad;
      regionLink.translate = false;
      regionLink.textContent = result.meta.regio;
      region.append(fill(texts.region!, { year: result.meta.regiojaar ?? '' }), ' ', regionLink, '.');
      item.append(region);
    }
    if (result.meta.samenvatting) {
      const summary = document.createElement('p');
      summary.className = 'rd-result__summary';
      summary.textContent = result.meta.samenvatting;
      item.append(summary);
    }
    const parts = excerptParts(result.excerpt);
    if (parts.some((part) => part.mark) || !result.meta.samenvatting) {
      const excerpt = document.createElement('p');
      excerpt.className = 'rd-result__excerpt';
      for (const part of parts) {
        if (part.mark) {
          const mark = document.createElement('mark');
          mark.textContent = part.text;
          excerpt.append(mark);
        } else excerpt.append(part.text);
      }
      item.append(excerpt);
    }
    return item;
  }

  function updateStatus() {
    if (total === 0) return;
    status.textContent = fill(total === 1 ? texts.one! : texts.other!, { count: total, query });
    shownText.textContent = fill(texts.shown!, { shown, count: total });
    more.hidden = shown >= total;
  }

  async function showMore(run: number, count: number, first: boolean) {
    const batch = pending.slice(0, count);
    pending = pending.slice(count);
    let results = await Promise.all(batch.map((result) => result.data()));
    if (run !== generation) return;
    if (first) results = namesFirst(results, query);
    for (const result of results) output.append(renderResult(result));
    shown += results.length;
    updateStatus();
    // Few results and none of them named like the query: perhaps a name with a typo.
    if (first && answered === 0 && total < FIRST_PAGE && !hasNameHit(results, query)) void didYouMean(run);
  }

  async function didYouMean(run: number) {
    const close = matchNames(await namesFor(texts.names!, query), query, 3);
    if (run !== generation || close.length === 0) return;
    suggestion.replaceChildren(texts.didYouMean!, ' ');
    close.forEach((match, i) => {
      const link = document.createElement('a');
      link.className = 'utrecht-link';
      link.href = base + match.entry.p.replace(/^\//, '');
      link.translate = false;
      link.textContent = match.entry.n;
      suggestion.append(...(i > 0 ? [', '] : []), link);
    });
    suggestion.append('?');
    suggestion.hidden = false;
  }

  async function emptyState(run: number) {
    const message = document.createElement('li');
    message.className = 'rd-search-empty';
    const help = document.createElement('p');
    help.textContent = texts.emptyHelp!;
    message.append(help);
    // A name with a typo ("Utigeest"): offer the names it is close to.
    const close = matchNames(await namesFor(texts.names!, query), query, 5);
    if (run !== generation) return;
    if (close.length > 0) {
      const list = document.createElement('ul');
      for (const match of close) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.className = 'utrecht-link';
        link.href = base + match.entry.p.replace(/^\//, '');
        link.textContent = match.entry.n;
        item.append(link);
        list.append(item);
      }
      message.append(list);
    }
    output.replaceChildren(message);
  }

  async function run() {
    const run = ++generation;
    query = input.value.trim();
    const filters = readFilters(new FormData(form));
    const url = new URL(location.href);
    url.search = '';
    url.searchParams.set('q', query);
    for (const [key, values] of Object.entries(filters)) for (const value of values) url.searchParams.append(key, value);
    history.replaceState(null, '', url);
    output.replaceChildren();
    suggestion.hidden = true;
    more.hidden = true;
    shown = 0;
    total = 0;
    answered = 0;
    pending = [];
    if (query === '') {
      status.textContent = '';
      return;
    }
    status.textContent = texts.loading!;
    const pagefindFilters: Record<string, FilterValue> = {};
    for (const [key, values] of Object.entries(filters)) pagefindFilters[key] = { any: values };
    // The query and, for one word, the compounds that end in it ("opvang": "crisisopvang", …);
    // municipalities (not in pagefind's index) answered from the names index.
    const [pagefindModule, compounds, names] = await Promise.all([load(), compoundsFor(query), namesFor(texts.names!, query)]);
    const searches = await Promise.all([query, ...compounds].map((term) => pagefindModule.search(term, { filters: pagefindFilters })));
    if (run !== generation) return;
    pending = mergeResults(searches.map((search) => search?.results ?? []));
    const answers = nameAnswers(names, query, filters, answerTexts.kind).map((entry) => answerResult(entry, base, answerTexts));
    answered = answers.length;
    total = answered + pending.length;
    if (total === 0) {
      status.textContent = fill(texts.empty!, { query });
      await emptyState(run);
      return;
    }
    for (const answer of answers) output.append(renderResult(answer));
    shown = answered;
    await showMore(run, FIRST_PAGE - answered, true);
  }

  const shards = new Map<string, Promise<Record<string, string[]>>>();
  function compoundsFor(text: string): Promise<string[]> {
    const [word, ...rest] = words(text);
    if (!word || rest.length > 0 || word.length < 4) return Promise.resolve([]);
    const shard = compoundShard(word);
    if (!shards.has(shard)) {
      shards.set(
        shard,
        fetch(`${base}zoeken/samenstellingen/${shard}.json`)
          .then((response) => (response.ok ? (response.json() as Promise<Record<string, string[]>>) : {}))
          .catch(() => ({})),
      );
    }
    return shards.get(shard)!.then((index) => compoundsOf(index, word));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  // Filters apply at once; the text field only on submit (its "change" on Enter doubled the run).
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[name="q"]')) return;
    void run();
  });
  moreButton.addEventListener('click', () => {
    const first = output.children.length;
    void showMore(generation, NEXT_PAGE, false).then(() => {
      // Move focus to the first new result so keyboard users continue where the list grew.
      output.children[first]?.querySelector('a')?.focus();
    });
  });
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const kind of params.getAll('soort')) {
    const box = form.querySelector<HTMLInputElement>(`input[name="soort"][value="${CSS.escape(kind)}"]`);
    if (box) box.checked = true;
  }
  for (const name of ['provincie', 'jaar']) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    const value = params.get(name);
    if (select && value) select.value = value;
  }
  if (input.value) void run();
}
