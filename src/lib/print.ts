/** Print support for dossiers: the site's origin as a CSS string, so printed links become absolute URLs. */

/** A CSS string literal (double quotes, escaped). */
export const cssString = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\a ')}"`;

/** The print stylesheet's variable: `--rd-print-origin: "https://example.org"` from the site URL (no trailing slash). */
export function printOriginCss(site: URL | string | undefined): string {
  const origin = site ? new URL(String(site)).origin : '';
  return `:root { --rd-print-origin: ${cssString(origin)}; }\n`;
}
