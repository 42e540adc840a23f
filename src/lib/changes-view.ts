/**
 * The change entries of this build in Dutch words, shared by the "Wijzigingen" page and the feed.
 */
import { t, formatDate } from '../i18n/index.ts';
import { changeEntries, groupByDay, type ChangeEntry, type Commit, type FeedText, type PageChange, type PageNames } from './changes.ts';
import type { PlansModel } from './plans.ts';

export const CHANGES_PATH = '/wijzigingen/';
export const FEED_PATH = '/wijzigingen/feed.xml';

export function pageNames(plans: PlansModel): PageNames {
  return {
    regions: new Map(plans.site.regions.map((r) => [r.id, r.name])),
    documents: new Map(plans.site.documents.map((d) => [d.id, d.short_title ?? d.title])),
    collaborations: new Map(plans.collaborations.map((c) => [c.id, c.short_name ?? c.name])),
    fixed: { gemeenten: t('nav.municipalities'), taken: t('tasks.title'), actielijnen: t('actionLine.title'), home: t('changes.page.home'), bestuur: t('changes.page.bestuur') },
  };
}

/** "visie toegevoegd, tekst gewijzigd" */
export const describeParts = (page: PageChange) => page.changes.map((c) => `${t(`changes.part.${c.part}`)} ${t(`changes.status.${c.status}`)}`).join(', ');

export const FEED_TEXT: FeedText = {
  title: t('changes.feedTitle'),
  describe: (page) => t('changes.describe', { page: page.label, what: describeParts(page) }),
  entryTitle: (entry: ChangeEntry) => t('changes.entryTitle', { date: formatDate(entry.date.slice(0, 10)) }),
};

export const entriesFor = (commits: readonly Commit[], plans: PlansModel) => changeEntries(commits, pageNames(plans));

export const daysFor = (commits: readonly Commit[], plans: PlansModel) => groupByDay(entriesFor(commits, plans));
