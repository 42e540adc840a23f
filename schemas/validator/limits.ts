/**
 * Limits on what a content file may hold. They sit far above real dossiers (the largest file
 * today is 72 kB, the longest one-line text 5,275 characters, the deepest nesting 6 levels) and
 * far below what would make a build slow or crash. Every message that enforces one names it.
 */
export const LIMITS = {
  /**
   * Bytes per file (YAML or MDX). The one file that grows with the country's municipalities,
   * `gemeenten.yaml`, is 26 kB for 408 of them; the scale benchmark's 40,800 (k = 100) make it
   * 2.5 MB, which must still pass.
   */
  fileBytes: 8 * 1024 * 1024,
  /** Characters in one text value without line breaks (a title, a name, a quotation on one line). */
  lineCharacters: 10_000,
  /** Nesting of lists and blocks in a YAML file. */
  depth: 32,
  /** Uses of YAML aliases (`*name`) per file, counted as YAML expands them. */
  aliases: 100,
} as const;
