/**
 * The name lookup of the search field (`SearchField.astro`): turns the plain GET form into a
 * combobox with a listbox popup (WAI-ARIA Authoring Practices, "editable combobox with list
 * autocomplete"). Suggestions come from the names index `/zoeken/namen.json`, fetched once, on
 * first focus or typing (when it is sharded: the manifest, then the shard each query needs).
 * Choosing a suggestion, or Enter on a name that matches exactly, goes to that page; any other
 * text is submitted to the search results as usual.
 */
import { exactTarget, matchNames, type NameEntry, type NameMatch } from '../lib/search-names.ts';
import { loadNamesFile, namesFor } from './names-index.ts';

const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => String(vars[key] ?? ''));
const list = (values: string[]) => new Intl.ListFormat('nl', { type: 'conjunction' }).format(values);

/** The second line of a suggestion: what the name is and, for a municipality, its region. */
export function describe(entry: NameEntry, texts: DOMStringMap): string {
  const provinces = list(entry.v ?? []);
  switch (entry.k) {
    case 'gemeente': {
      const region = entry.r?.[0];
      return region ? fill(texts.tGemeente!, { province: provinces, region: list(entry.r!.map((r) => r.n)), year: region.y }) : fill(texts.tGemeenteNoRegion!, { province: provinces });
    }
    case 'keuze':
      return fill(texts.tKeuze!, { choices: list(entry.c ?? []) });
    default:
      return fill(entry.k === 'regio' ? texts.tRegio! : texts.tSubregio!, { provinces });
  }
}

function setUp(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const texts = form.dataset;
  const base = texts.base!;
  const listbox = document.createElement('ul');
  listbox.id = `${input.id}-suggesties`;
  listbox.className = 'rd-lookup__list';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', texts.tSuggestions!);
  listbox.hidden = true;
  const status = document.createElement('p');
  status.className = 'rd-visually-hidden';
  status.setAttribute('role', 'status');
  input.closest('.rd-lookup__row')!.append(listbox);
  form.append(status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  const hint = form.querySelector<HTMLElement>(`#${CSS.escape(input.id)}-hint`);
  if (hint) input.setAttribute('aria-describedby', hint.id);

  let matches: NameMatch[] = [];
  let active = -1;
  let generation = 0;

  const go = (path: string) => {
    location.assign(base + path.replace(/^\//, ''));
  };
  const options = () => [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];

  function setActive(index: number) {
    const all = options();
    active = all.length === 0 ? -1 : (index + all.length) % all.length;
    all.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', all[active]!.id);
      all[active]!.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function close() {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function open() {
    if (listbox.childElementCount === 0) return;
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function render(query: string) {
    listbox.replaceChildren();
    active = -1;
    input.removeAttribute('aria-activedescendant');
    matches.forEach((match, i) => {
      const option = document.createElement('li');
      option.id = `${listbox.id}-${i}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.className = 'rd-lookup__option';
      option.dataset.path = match.entry.p;
      const name = document.createElement('span');
      name.className = 'rd-lookup__name';
      name.translate = false;
      name.textContent = match.entry.n;
      const detail = document.createElement('span');
      detail.className = 'rd-lookup__detail';
      detail.textContent = [match.via ? fill(texts.tVia!, { name: match.via }) : '', describe(match.entry, texts)].filter(Boolean).join(' · ');
      option.append(name, detail);
      listbox.append(option);
    });
    if (query !== '') {
      const all = document.createElement('li');
      all.id = `${listbox.id}-alle`;
      all.setAttribute('role', 'option');
      all.setAttribute('aria-selected', 'false');
      all.className = 'rd-lookup__option rd-lookup__option--all';
      all.textContent = fill(texts.tSearchAll!, { query });
      listbox.append(all);
    }
    status.textContent = query === '' ? '' : matches.length === 0 ? texts.tNone! : fill(matches.length === 1 ? texts.tCountOne! : texts.tCount!, { count: matches.length });
    if (listbox.childElementCount > 0) open();
    else close();
  }

  async function update() {
    const current = ++generation;
    const query = input.value.trim();
    const entries = await namesFor(texts.names!, query);
    if (current !== generation) return; // a newer keystroke already answered
    matches = query === '' ? [] : matchNames(entries, query);
    render(query);
  }

  function choose(option: HTMLElement | undefined) {
    if (!option) return false;
    if (option.dataset.path) go(option.dataset.path);
    else form.requestSubmit();
    return true;
  }

  input.addEventListener('focus', () => void loadNamesFile(texts.names!), { once: true });
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', (event) => {
    const isOpen = !listbox.hidden;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!isOpen) {
          void update().then(() => setActive(event.altKey ? -1 : 0));
          return;
        }
        if (!event.altKey) setActive(active + 1);
        break;
      case 'ArrowUp':
        if (!isOpen) return;
        event.preventDefault();
        setActive(active <= 0 ? options().length - 1 : active - 1);
        break;
      case 'Escape':
        if (isOpen) {
          event.preventDefault();
          close();
        } else if (input.value !== '') {
          event.preventDefault();
          input.value = '';
        }
        break;
      case 'Enter':
        if (isOpen && active >= 0) {
          event.preventDefault();
          choose(options()[active]);
        }
        break;
    }
  });
  form.addEventListener('submit', async (event) => {
    // Enter without a chosen suggestion, or the button: a name that matches exactly goes to its page.
    const query = input.value.trim();
    if (query === '') return;
    event.preventDefault();
    const target = exactTarget(matchNames(await namesFor(texts.names!, query), query));
    if (target) go(target.p);
    else form.submit();
  });
  listbox.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the field
  listbox.addEventListener('click', (event) => {
    choose((event.target as HTMLElement).closest<HTMLElement>('[role="option"]') ?? undefined);
  });
  input.addEventListener('blur', close);
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-lookup]')) setUp(form);
