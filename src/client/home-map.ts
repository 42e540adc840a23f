/** The home tile map's choice of view (progressive enhancement; see HomeTileMap.astro). */
import { decodeViews } from '../lib/home-map-codec.ts';

export function setUpHomeMap(root: Document): void {
  const figure = root.querySelector<HTMLElement>('[data-home-map]');
  const choice = figure?.querySelector<HTMLElement>('[data-map-choice]');
  const select = figure?.querySelector<HTMLSelectElement>('[data-map-select]');
  const title = figure?.querySelector<HTMLElement>('[data-map-title]');
  const status = figure?.querySelector<HTMLElement>('[data-map-status]');
  if (!figure || !choice || !select || !title || !status) return;
  choice.hidden = false;
  const tiles = [...figure.querySelectorAll<SVGAElement>('a[data-views]')].map((tile) => ({ tile, views: decodeViews(tile.dataset.views ?? ''), name: tile.dataset.name ?? '' }));
  const legends = [...figure.querySelectorAll<HTMLElement>('[data-legend]')];
  select.addEventListener('change', () => {
    const index = select.selectedIndex;
    for (const { tile, views, name } of tiles) {
      const view = views[index];
      if (!view) continue;
      tile.setAttribute('class', `rd-tile rd-tile--${view.style}`);
      tile.setAttribute('aria-label', `${name}: ${view.words}`);
      tile.querySelector('[data-pattern]')?.setAttribute('fill', view.pattern ? `url(#home-p-${view.pattern})` : 'none');
      const code = tile.querySelector('[data-code]');
      if (code) code.textContent = view.code;
    }
    legends.forEach((legend) => (legend.hidden = legend.dataset.legend !== select.value));
    const label = select.selectedOptions[0]?.textContent ?? '';
    title.textContent = (figure.dataset.titleTemplate ?? '').replace('{{view}}', label);
    status.textContent = (figure.dataset.statusTemplate ?? '').replace('{{view}}', label);
  });
}
