/**
 * /vergelijk/regios/: puts 2-4 regions side by side. The URL (`?regio=a,b,c`) holds the choice;
 * the picker and the remove buttons change it (history.replaceState), so the view can be shared.
 * Each region's cells come pre-composed from `/vergelijk/regios/<slug>.json`; text is placed with
 * textContent only.
 */
import { differingRows, type SideRegion } from '../lib/side-by-side-diff.ts';
import { parseRegionList, withParam } from '../lib/region-list.ts';

const MAX = 4;

export function setUpSideBySide(root: Document): void {
  const box = root.querySelector<HTMLElement>('[data-side]');
  const table = box?.querySelector<HTMLTableElement>('[data-side-table]');
  const select = box?.querySelector<HTMLSelectElement>('[data-side-select]');
  const add = box?.querySelector<HTMLButtonElement>('[data-side-add]');
  const status = box?.querySelector<HTMLElement>('[data-side-status]');
  if (!box || !table || !select || !add || !status) return;
  root.querySelector<HTMLElement>('[data-side-nojs]')?.setAttribute('hidden', '');
  box.hidden = false;
  const msg = box.dataset;
  const known = new Set([...select.options].map((option) => option.value));
  const names = new Map([...select.options].map((option) => [option.value, option.textContent ?? option.value]));
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tr[data-row]')];
  const rowIds = rows.map((row) => row.dataset.row!);
  const cache = new Map<string, Promise<SideRegion | undefined>>();
  const load = (slug: string) => {
    if (!cache.has(slug)) {
      cache.set(slug, fetch(`${msg.jsonBase}${slug}.json`).then((response) => (response.ok ? (response.json() as Promise<SideRegion>) : undefined)).catch(() => undefined));
    }
    return cache.get(slug)!;
  };

  const parsed = parseRegionList(new URL(root.location.href).searchParams.get('regio'), (slug) => known.has(slug));
  let chosen = parsed.known.slice(0, MAX);
  const messages: string[] = [];
  if (parsed.unknown.length > 0) messages.push((msg.msgUnknown ?? '').replace('{{slugs}}', parsed.unknown.map((slug) => `‘${slug}’`).join(', ')));
  if (parsed.known.length > MAX) messages.push(msg.msgMax ?? '');

  let renderId = 0;
  const render = async (extra: string[] = []) => {
    const id = ++renderId;
    const regions = await Promise.all(chosen.map(load));
    if (id !== renderId) return;
    const loaded = regions.filter((region): region is SideRegion => region !== undefined);
    const failed = chosen.filter((_, i) => regions[i] === undefined);
    const notes = [...extra, ...failed.map((slug) => (msg.msgLoadError ?? '').replace('{{region}}', names.get(slug) ?? slug))];
    if (chosen.length < 2) notes.push(msg.msgNeedMore ?? '');
    setMessages(notes);
    // Column heads
    const headRow = table.tHead!.rows[0]!;
    while (headRow.cells.length > 1) headRow.deleteCell(1);
    for (const region of loaded) {
      const th = root.createElement('th');
      th.scope = 'col';
      const link = root.createElement('a');
      link.className = 'utrecht-link';
      link.href = region.href;
      link.textContent = region.name;
      link.translate = false;
      const remove = root.createElement('button');
      remove.type = 'button';
      remove.className = 'rd-marked__remove rd-side-remove';
      remove.textContent = msg.msgRemoveShort ?? '×';
      remove.setAttribute('aria-label', (msg.msgRemove ?? '').replace('{{region}}', region.name));
      remove.addEventListener('click', () => {
        chosen = chosen.filter((slug) => slug !== region.id);
        sync();
        select.focus();
      });
      th.append(link, root.createElement('br'), remove);
      headRow.append(th);
    }
    // Cells
    const differs = loaded.length > 1 ? differingRows(loaded, rowIds) : new Set<string>();
    for (const row of rows) {
      while (row.cells.length > 1) row.deleteCell(1);
      const rowId = row.dataset.row!;
      for (const region of loaded) {
        const cell = region.cells[rowId];
        const td = row.insertCell();
        if (!cell) {
          td.textContent = '–';
          continue;
        }
        if (cell.style) td.classList.add(`rd-side-cell--${cell.style}`);
        if (cell.code) {
          const code = root.createElement('span');
          code.className = `rd-legend__code rd-legend__code--${cell.style ?? ''}`;
          code.setAttribute('aria-hidden', 'true');
          code.textContent = cell.code;
          td.append(code, ' ');
        }
        td.append(cell.text);
        if (cell.note) {
          const note = root.createElement('span');
          note.className = 'rd-side-note';
          note.textContent = cell.note;
          td.append(note);
        }
      }
      const on = differs.has(rowId);
      row.classList.toggle('rd-side-diff', on);
      row.cells[0]!.querySelector('[data-differs]')?.remove();
      if (on) {
        const label = root.createElement('span');
        label.dataset.differs = '';
        label.className = 'rd-side-differs';
        label.textContent = msg.msgDiffers ?? '';
        row.cells[0]!.append(' ', label);
      }
    }
    for (const th of table.querySelectorAll<HTMLTableCellElement>('th[data-span]')) th.colSpan = loaded.length + 1;
    table.hidden = loaded.length === 0;
  };

  const setMessages = (notes: string[]) => {
    status.replaceChildren(...notes.filter(Boolean).map((text) => {
      const p = root.createElement('p');
      p.textContent = text;
      return p;
    }));
  };

  const sync = (extra: string[] = []) => {
    const url = new URL(root.location.href);
    history.replaceState(null, '', `${url.pathname}${withParam(url.search, 'regio', chosen)}${url.hash}`);
    void render(extra);
  };

  add.addEventListener('click', () => {
    if (chosen.includes(select.value)) return;
    if (chosen.length >= MAX) {
      setMessages([msg.msgMax ?? '']);
      return;
    }
    chosen = [...chosen, select.value];
    sync();
  });
  sync(messages);
}
