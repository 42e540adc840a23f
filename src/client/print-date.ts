/** Fills in today's date in a printed dossier ("Afgedrukt op ..."), just before printing. */
export function setUpPrintDate(root: Document): void {
  // Without JavaScript the sentence stays hidden: the build date is not the print date.
  const line = root.querySelector<HTMLElement>('[data-print-date]');
  const target = root.querySelector<HTMLElement>('[data-print-date-value]');
  if (!line || !target) return;
  const fill = () => {
    target.textContent = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
    line.hidden = false;
  };
  fill();
  window.addEventListener('beforeprint', fill);
}
