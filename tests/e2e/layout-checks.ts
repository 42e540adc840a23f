/**
 * In-page layout checks for reflow (WCAG 1.4.10), text spacing (1.4.12) and resized text
 * (1.4.4), shared by the browser tests. Everything here runs inside the page through
 * `page.evaluate(layoutProblems)`: plain DOM measurements, no screenshots, so one pass over
 * every page of dist/ stays fast on a small CI machine. Nothing refers to a particular page's
 * markup: the checks look at computed styles and boxes only.
 */

/** The text-spacing values of WCAG 2.1 success criterion 1.4.12, as a user style sheet. */
export const TEXT_SPACING_CSS = `
*, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }
`;

/**
 * 200% text size (1.4.4) as a browser's "font size" setting does it: the root font size doubles,
 * so everything sized in rem/em follows. Text sized in px does not, which is what 1.4.4 is about
 * and why the site sizes text in rem.
 */
export const TEXT_200_CSS = 'html { font-size: 200% !important; }';

export interface LayoutReport {
  /** How far the page scrolls sideways, in CSS px (0 = not at all). */
  pageOverflow: number;
  /** Human-readable problems: clipped or escaping text, focusability of scroll containers. */
  problems: string[];
}

/**
 * Runs in the page. Reports:
 *  - sideways page scroll (`document.documentElement.scrollWidth > clientWidth`);
 *  - clipped text: an element with `overflow: hidden | clip` or `text-overflow: ellipsis` whose
 *    content (with text in it) is larger than its box;
 *  - escaping text: a text line whose box leaves its nearest block container by more than 2 px
 *    (text that would overlap neighbouring content), unless it is inside a container that
 *    scrolls (then it is reachable by scrolling that region);
 *  - SVG text that leaves the shapes it is drawn on (labels on map tiles);
 *  - scroll containers: one that scrolls must be keyboard focusable (tabindex="0") and have a
 *    name; one that has tabindex="0" but does not scroll is a needless tab stop.
 * Visually hidden elements (1 px boxes for screen readers) are skipped.
 */
export function layoutProblems(): LayoutReport {
  const problems: string[] = [];
  const root = document.documentElement;
  const pageOverflow = Math.max(0, root.scrollWidth - root.clientWidth);
  const describe = (element: Element) => {
    const id = element.id ? `#${element.id}` : '';
    const cls = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${element.tagName.toLowerCase()}${id}${cls}> "${text}"`;
  };
  const isVisuallyHidden = (element: Element) => {
    for (let e: Element | null = element; e && e !== document.body; e = e.parentElement) {
      const rect = e.getBoundingClientRect();
      const style = getComputedStyle(e);
      if ((rect.width <= 1 || rect.height <= 1) && (style.overflow !== 'visible' || style.clipPath.startsWith('inset'))) return true;
      if (style.clipPath.startsWith('inset(50%')) return true;
    }
    return false;
  };
  const scrolls = (element: Element) => {
    const style = getComputedStyle(element);
    const x = ['auto', 'scroll'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
    const y = ['auto', 'scroll'].includes(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
    return x || y;
  };
  const insideScroller = (element: Element) => {
    for (let e: Element | null = element.parentElement; e && e !== document.body && e !== root; e = e.parentElement) if (scrolls(e)) return true;
    return false;
  };
  const hasText = (element: Element) => (element.textContent ?? '').trim() !== '';

  const elements = [...document.body.querySelectorAll('*')].filter((element) => element.checkVisibility({ visibilityProperty: true }));
  for (const element of elements) {
    if (element instanceof SVGElement && !(element instanceof SVGSVGElement)) continue;
    const style = getComputedStyle(element);
    const clipsX = ['hidden', 'clip'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
    const clipsY = ['hidden', 'clip'].includes(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
    const ellipsis = style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1;
    if ((clipsX || clipsY || ellipsis) && hasText(element) && !isVisuallyHidden(element)) {
      problems.push(`clipped text: ${describe(element)} shows ${element.clientWidth}×${element.clientHeight} of ${element.scrollWidth}×${element.scrollHeight} px`);
    }
    // Scroll containers and the keyboard.
    const scrollable = ['auto', 'scroll'].includes(style.overflowX) || ['auto', 'scroll'].includes(style.overflowY);
    if (scrollable && element !== root && element !== document.body) {
      const focusable = element.getAttribute('tabindex') === '0';
      const hasFocusableChild = element.querySelector('a[href], button, input, select, textarea, [tabindex="0"]') !== null;
      if (scrolls(element) && !focusable && !hasFocusableChild) problems.push(`scroll container not focusable: ${describe(element)}`);
      if (scrolls(element) && focusable && !element.getAttribute('aria-label') && !element.getAttribute('aria-labelledby')) problems.push(`focusable scroll container without a name: ${describe(element)}`);
      if (!scrolls(element) && focusable) problems.push(`needless tab stop, does not scroll: ${describe(element)}`);
    }
  }

  // Text lines that leave their block container.
  const blockOf = (node: Node): Element | null => {
    for (let e = node.parentElement; e; e = e.parentElement) {
      const display = getComputedStyle(e).display;
      if (!display.startsWith('inline') && display !== 'contents') return e;
      if (display === 'inline-block' || display === 'inline-flex' || display === 'inline-grid') return e;
    }
    return null;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.textContent?.trim() && node.parentElement && !(node.parentElement instanceof SVGElement) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  const range = document.createRange();
  const reported = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!parent.checkVisibility({ visibilityProperty: true })) continue;
    const block = blockOf(node);
    if (!block || reported.has(block)) continue;
    range.selectNodeContents(node);
    const text = range.getBoundingClientRect();
    if (text.width === 0 && text.height === 0) continue;
    const box = block.getBoundingClientRect();
    const out = text.right > box.right + 2 || text.left < box.left - 2 || text.bottom > box.bottom + 2 || text.top < box.top - 2;
    const offScreen = text.right > root.clientWidth + 1 || text.left < -1;
    if ((out || offScreen) && !insideScroller(parent) && !isVisuallyHidden(parent)) {
      reported.add(block);
      problems.push(`text outside its ${offScreen ? 'screen' : 'box'}: ${describe(block)} (${Math.round(Math.max(text.right - box.right, box.left - text.left, text.bottom - box.bottom, box.top - text.top, text.right - root.clientWidth))} px)`);
    }
  }

  // SVG text drawn on shapes (map tiles): it must stay on the shapes of its group or link.
  for (const label of document.querySelectorAll('svg text')) {
    const group = label.parentElement;
    if (!group || !label.textContent?.trim()) continue;
    const shapes = [...group.children].filter((child) => ['rect', 'path', 'circle', 'polygon'].includes(child.tagName.toLowerCase()));
    if (shapes.length === 0) continue;
    const rects = shapes.map((shape) => shape.getBoundingClientRect());
    const area = { left: Math.min(...rects.map((r) => r.left)), right: Math.max(...rects.map((r) => r.right)), top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)) };
    const text = label.getBoundingClientRect();
    if (text.left < area.left - 2 || text.right > area.right + 2 || text.top < area.top - 2 || text.bottom > area.bottom + 2) {
      problems.push(`SVG text leaves its shape: "${label.textContent.trim().slice(0, 40)}" (${Math.round(text.width)} px wide on ${Math.round(area.right - area.left)} px)`);
    }
  }
  return { pageOverflow, problems };
}
