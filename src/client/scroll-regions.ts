/**
 * Scroll regions (tables, the tile map) are tab stops in the HTML (tabindex="0"), so without
 * JavaScript a keyboard user can always scroll them. With JavaScript, a region that does not
 * scroll at the current width and text size is taken out of the tab order, and put back as
 * soon as it scrolls again (window resized, text enlarged). Any element with tabindex="0" whose
 * overflow is auto or scroll counts, so new components need no registration.
 */
import { isScrollRegion, overflows } from '../lib/scroll-region.ts';

export function setUpScrollRegions(root: Document): void {
  // Candidates are all tab stops that are not natively focusable; whether one is a scroll region
  // is decided on every update, so a style sheet that arrives late is no problem.
  const regions = [...root.querySelectorAll<HTMLElement>('[tabindex="0"]:not(a, button, input, select, textarea, summary)')];
  if (regions.length === 0 || typeof ResizeObserver === 'undefined') return;
  const update = (region: HTMLElement) => {
    if (!isScrollRegion(getComputedStyle(region))) return;
    const scrolls = overflows(region);
    // Never take away the tab stop of the element that has focus.
    if (scrolls) region.setAttribute('tabindex', '0');
    else if (root.activeElement !== region) region.removeAttribute('tabindex');
  };
  // Watch the region (its width changes with the window) and its content (which grows with
  // larger text or spacing while the region keeps its size); both map back to the region.
  const regionOf = new Map<Element, HTMLElement>();
  for (const region of regions) {
    regionOf.set(region, region);
    if (region.firstElementChild) regionOf.set(region.firstElementChild, region);
  }
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) update(regionOf.get(entry.target)!);
  });
  for (const element of regionOf.keys()) observer.observe(element);
}
