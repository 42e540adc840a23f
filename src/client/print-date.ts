/** Fills in today's date in a printed dossier ("Afgedrukt op ..."), just before printing. */
export function setUpPrintDate(root: Document): void {
  const target = root.querySelector<HTMLElement>('[data-print-date]');
  if (!target) return;
  const fill = () => {
    const now = new Date();
    target.textContent = now.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
    target.setAttribute('datetime', now.toISOString().slice(0, 10));
  };
  fill();
  window.addEventListener('beforeprint', fill);
}
