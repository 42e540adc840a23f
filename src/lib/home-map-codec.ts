/** How a home-map tile carries its views in one data attribute (no i18n: the browser script imports it). */

export interface TileView {
  style: string;
  pattern: string | undefined;
  code: string;
  words: string;
}

/** A tile's views as one data attribute: `style|pattern|code|words` per view, `;` between views. */
export const encodeViews = (views: readonly TileView[]): string =>
  views.map((v) => [v.style, v.pattern ?? '', v.code, v.words].map((part) => part.replace(/[|;]/g, ' ')).join('|')).join(';');

export function decodeViews(value: string): TileView[] {
  return value.split(';').map((part) => {
    const [style = '', pattern = '', code = '', words = ''] = part.split('|');
    return { style, pattern: pattern || undefined, code, words };
  });
}
