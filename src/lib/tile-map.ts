/** Geometry and labels of the SVG tile map (one equal-sized tile per region). */
import type { Tile } from '../../schemas/tile-map.ts';

export const TILE = { width: 112, height: 64, gap: 6 } as const;

export interface PlacedTile<T> {
  tile: Tile;
  x: number;
  y: number;
  /** Label split over at most two lines so it fits. */
  lines: string[];
  extra: T;
}

/** Split a label over two lines at a space or hyphen near the middle when it is long. */
export function splitLabel(label: string, maxPerLine = 14): string[] {
  if (label.length <= maxPerLine) return [label];
  const breaks = [...label.matchAll(/[ -]/g)].map((match) => match.index!);
  if (breaks.length === 0) return [label];
  const middle = label.length / 2;
  const at = breaks.reduce((best, index) => (Math.abs(index - middle) < Math.abs(best - middle) ? index : best));
  const keepHyphen = label[at] === '-';
  return [label.slice(0, keepHyphen ? at + 1 : at), label.slice(at + 1)];
}

/**
 * Width to fit a long label line into (SVG `textLength`), or undefined for a line that fits as
 * it is. Lines of 13 characters or more nearly fill a tile; with the larger letter and word
 * spacing a reader may set (WCAG 1.4.12) they would run off it, so they are fitted to the tile
 * width minus a margin and the browser narrows the glyphs instead.
 */
export function labelFit(line: string): number | undefined {
  return line.length >= 13 ? TILE.width - 12 : undefined;
}

export function placeTiles<T>(tiles: Tile[], extra: (tile: Tile) => T) {
  const cols = Math.max(...tiles.map((t) => t.col)) + 1;
  const rows = Math.max(...tiles.map((t) => t.row)) + 1;
  const placed: PlacedTile<T>[] = [...tiles]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((tile) => ({
      tile,
      x: tile.col * (TILE.width + TILE.gap),
      y: tile.row * (TILE.height + TILE.gap),
      lines: splitLabel(tile.label),
      extra: extra(tile),
    }));
  return { placed, width: cols * (TILE.width + TILE.gap) - TILE.gap, height: rows * (TILE.height + TILE.gap) - TILE.gap };
}
