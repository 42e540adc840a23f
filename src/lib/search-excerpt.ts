/**
 * Pagefind returns an excerpt as HTML with <mark> around the hits. We rebuild it from text
 * pieces instead of using innerHTML, so nothing else from the index can become markup.
 */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const decode = (html: string) =>
    html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_m, entity: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[entity]!);
  return excerpt
    .split(/(<mark>.*?<\/mark>)/g)
    .filter((piece) => piece !== '')
    .map((piece) => (piece.startsWith('<mark>') ? { text: decode(piece.slice(6, -7)), mark: true } : { text: decode(piece), mark: false }));
}
