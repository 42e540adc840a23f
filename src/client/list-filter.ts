/**
 * Filter-as-you-type for a long list (progressive enhancement): without JavaScript the
 * filter stays hidden and the full list with letter anchors works as it is.
 */
import { matchesFilter } from '../lib/filter.ts';

export function setUpFilter(root: Document): void {
  const container = root.querySelector<HTMLElement>('[data-filter]');
  const input = container?.querySelector<HTMLInputElement>('input');
  const status = container?.querySelector<HTMLElement>('[data-filter-status]');
  if (!container || !input || !status) return;
  container.hidden = false;
  const items = [...root.querySelectorAll<HTMLElement>('[data-filter-item]')];
  const groups = [...root.querySelectorAll<HTMLElement>('[data-filter-group]')];
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    let shown = 0;
    for (const item of items) {
      const visible = matchesFilter(item.dataset.names ?? '', input.value);
      item.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
    // Announce the count once typing pauses, not on every key.
    clearTimeout(timer);
    timer = setTimeout(() => {
      const template = (shown === 1 ? status.dataset.one : status.dataset.other) ?? '';
      status.textContent = input.value.trim() === '' ? '' : template.replace('{{count}}', String(shown));
    }, 400);
  });
}
