import { describe, expect, it } from 'vitest';
import { labelFit, placeTiles, splitLabel, TILE } from './tile-map.ts';

describe('tile map', () => {
  it('keeps short labels on one line and splits long ones near the middle', () => {
    expect(splitLabel('Groningen')).toEqual(['Groningen']);
    expect(splitLabel('Zuid-Kennemerland')).toEqual(['Zuid-', 'Kennemerland']);
    expect(splitLabel('Kop van NH')).toEqual(['Kop van NH']);
    expect(splitLabel('Gooi en Vechtstreek')).toEqual(['Gooi en', 'Vechtstreek']);
  });

  it('fits long label lines to the tile width and leaves short ones alone', () => {
    expect(labelFit('Haarlemmermeer')).toBe(TILE.width - 12);
    expect(labelFit('Noord-Holland')).toBe(TILE.width - 12);
    expect(labelFit('Kennemerland')).toBeUndefined();
    expect(labelFit('Vechtstreek')).toBeUndefined();
    expect(labelFit('Groningen')).toBeUndefined();
  });

  it('places tiles on a grid, in reading order (north to south, west to east)', () => {
    const { placed, width, height } = placeTiles(
      [
        { id: 'b', col: 1, row: 1, label: 'B' },
        { id: 'a', col: 0, row: 0, label: 'A' },
      ],
      () => null,
    );
    expect(placed.map((p) => [p.tile.id, p.x, p.y])).toEqual([
      ['a', 0, 0],
      ['b', TILE.width + TILE.gap, TILE.height + TILE.gap],
    ]);
    expect(width).toBe(2 * TILE.width + TILE.gap);
    expect(height).toBe(2 * TILE.height + TILE.gap);
  });
});
