/** Scroll regions: which elements count as one, and whether one scrolls now (see src/client/scroll-regions.ts). */

/** An element scrolls its own content when its overflow in either direction is auto or scroll. */
export function isScrollRegion(style: Pick<CSSStyleDeclaration, 'overflowX' | 'overflowY'>): boolean {
  return [style.overflowX, style.overflowY].some((value) => value === 'auto' || value === 'scroll');
}

/** True when the content is larger than the box (1 px of rounding tolerated). */
export function overflows(box: { scrollWidth: number; clientWidth: number; scrollHeight: number; clientHeight: number }): boolean {
  return box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
}
