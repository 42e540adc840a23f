/** The search island: queries the pagefind index of the built site. */
import { excerptParts } from '../lib/search-excerpt.ts';

interface PagefindResult {
  data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string; filters: Record<string, string[]> }>;
}
interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  search: (query: string, options?: { filters?: Record<string, string[]> }) => Promise<{ results: PagefindResult[] } | null>;
}

export function setUpSearch(form: HTMLFormElement, output: HTMLElement, status: HTMLElement, base: string): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const messages = output.dataset;
  let pagefind: Promise<Pagefind> | undefined;
  const load = () => {
    pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
      await module.options({ baseUrl: base });
      return module;
    });
    return pagefind;
  };

  async function run() {
    const query = input.value.trim();
    const kinds = [...form.querySelectorAll<HTMLInputElement>('input[name="soort"]:checked')].map((box) => box.value);
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    url.searchParams.delete('soort');
    for (const kind of kinds) url.searchParams.append('soort', kind);
    history.replaceState(null, '', url);
    output.replaceChildren();
    if (query === '') {
      status.textContent = '';
      return;
    }
    const search = await (await load()).search(query, kinds.length > 0 ? { filters: { soort: kinds } } : {});
    const results = await Promise.all((search?.results ?? []).slice(0, 30).map((result) => result.data()));
    status.textContent = (results.length === 1 ? messages.one! : messages.other!).replace('{{count}}', String(results.length)).replace('{{query}}', query);
    for (const result of results) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.className = 'utrecht-link';
      link.href = result.url;
      link.textContent = result.meta.title ?? result.url;
      const heading = document.createElement('h2');
      heading.className = 'rd-result__title';
      heading.append(link);
      const kind = document.createElement('p');
      kind.className = 'rd-subtle';
      kind.textContent = (result.filters.soort ?? []).join(', ');
      const excerpt = document.createElement('p');
      for (const part of excerptParts(result.excerpt)) {
        if (part.mark) {
          const mark = document.createElement('mark');
          mark.textContent = part.text;
          excerpt.append(mark);
        } else excerpt.append(part.text);
      }
      item.append(heading, kind, excerpt);
      output.append(item);
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('change', () => void run());
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const kind of params.getAll('soort')) {
    const box = form.querySelector<HTMLInputElement>(`input[name="soort"][value="${CSS.escape(kind)}"]`);
    if (box) box.checked = true;
  }
  if (input.value) void run();
}
