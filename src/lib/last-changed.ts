/**
 * From `git log --format=%x00%cs --name-only` (newest first): the latest commit date of every
 * file and of every folder above it. Pure, so it is tested without git.
 */
export function lastChangeByPath(log: string): Map<string, string> {
  const latest = new Map<string, string>();
  for (const block of log.split('\0')) {
    const [date, ...files] = block.split('\n').map((line) => line.trim()).filter(Boolean);
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    for (const file of files) {
      // Newest first: the first date seen for a path is its latest; a folder takes its newest file.
      for (let path = file; path; path = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '') {
        const known = latest.get(path);
        if (!known || date > known) latest.set(path, date);
      }
    }
  }
  return latest;
}
