/**
 * Lets plain `tsc` (the `typecheck` script) read `index.ts`, which imports `.astro` files:
 * only the Astro language server (`astro check`) resolves those. Wherever it does, the real
 * component types take precedence over this fallback.
 */
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
