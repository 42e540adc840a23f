/**
 * Comparison matrices, progressive enhancement: sort by any column (a button in each column
 * head, aria-sort on the head) and highlight chosen regions (kept in `?markeer=` so the view can
 * be shared). Without JavaScript the table is complete and the province views are links.
 */
import { parseRegionList, sortedOrder, withParam } from '../lib/region-list.ts';

export function setUpMatrices(root: Document): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-matrix]')) setUpMatrix(root, table);
}

function setUpMatrix(root: Document, table: HTMLTableElement): void {
  const tbody = table.tBodies[0];
  const heads = [...table.tHead!.rows[0]!.cells] as HTMLTableCellElement[];
  if (!tbody) return;
  const rows = [...tbody.rows];
  const byOrder = new Map(rows.map((row) => [Number(row.dataset.order), row]));
  const sortable = rows.map((row) => ({ order: Number(row.dataset.order), ranks: [...row.cells].slice(1).map((cell) => Number(cell.dataset.rank)) }));
  const tool = root.querySelector<HTMLElement>(`[data-matrix-tool="${table.id}"]`);
  const status = tool?.querySelector<HTMLElement>('[data-sort-status]');

  // Sorting
  let current: { column: number | null; descending: boolean } = { column: null, descending: false };
  heads.forEach((head, index) => {
    const button = root.createElement('button');
    button.type = 'button';
    button.className = 'rd-sort';
    button.setAttribute('aria-label', index === 0 ? (table.dataset.sortNameLabel ?? '') : (head.dataset.sortLabel ?? ''));
    button.textContent = '↕';
    head.append(' ', button);
    button.addEventListener('click', () => {
      const column = index === 0 ? null : index - 1;
      const descending = current.column === column ? !current.descending : false;
      current = { column, descending };
      for (const row of sortedOrder(sortable, column, descending).map((order) => byOrder.get(order)!)) tbody.append(row);
      table.classList.toggle('rd-matrix--sorted', column !== null);
      heads.forEach((h, i) => {
        if (i === index) h.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        else h.removeAttribute('aria-sort');
      });
      if (status) status.textContent = (status.dataset.template ?? '').replace('{{column}}', head.dataset.columnName ?? '');
    });
  });

  // Highlighting
  if (!tool) return;
  const select = tool.querySelector<HTMLSelectElement>('[data-highlight-select]');
  const add = tool.querySelector<HTMLButtonElement>('[data-highlight-add]');
  const list = tool.querySelector<HTMLUListElement>('[data-highlight-list]');
  if (!select || !add || !list) return;
  tool.hidden = false;
  const names = new Map(rows.map((row) => [row.dataset.region!, row.querySelector('th a')?.textContent ?? row.dataset.region!]));
  let marked = parseRegionList(new URL(root.location.href).searchParams.get('markeer'), (slug) => names.has(slug)).known;

  const render = () => {
    for (const row of rows) {
      const on = marked.includes(row.dataset.region!);
      row.classList.toggle('rd-row--marked', on);
      const th = row.cells[0]!;
      th.querySelector('[data-marked]')?.remove();
      if (on) {
        const note = root.createElement('span');
        note.dataset.marked = '';
        note.className = 'rd-marked-note';
        note.textContent = ` ${table.dataset.markedSuffix ?? ''}`;
        th.querySelector('a')?.after(note);
      }
    }
    list.replaceChildren(
      ...marked.map((slug) => {
        const item = root.createElement('li');
        const button = root.createElement('button');
        button.type = 'button';
        button.className = 'rd-marked__remove';
        button.textContent = `${names.get(slug)} ×`;
        button.setAttribute('aria-label', (list.dataset.removeLabel ?? '').replace('{{region}}', names.get(slug) ?? slug));
        button.addEventListener('click', () => {
          marked = marked.filter((s) => s !== slug);
          sync();
          select.focus();
        });
        item.append(button);
        return item;
      }),
    );
  };
  const sync = () => {
    const url = new URL(root.location.href);
    history.replaceState(null, '', `${url.pathname}${withParam(url.search, 'markeer', marked)}${url.hash}`);
    render();
  };
  add.addEventListener('click', () => {
    if (!marked.includes(select.value)) marked = [...marked, select.value];
    sync();
  });
  render();
}
