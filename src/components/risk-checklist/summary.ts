/**
 * The take-away list <risk-checklist> shows, prints and copies, built once from the dataset and
 * the ticked ids so the three can never disagree. Pure functions: no DOM.
 */
import { sourcesFor, type Dataset, type Source } from '../../data/dataset.js';
import type { ChecklistItem, Claim } from '../../data/schema.js';
import { format, formatDate, formatToday } from '../../internal/localize.js';
import type { Locale } from '../../internal/locale.js';
import type { CommonStrings } from '../../internal/strings.js';
import type { checklistStrings } from './risk-checklist.strings.js';

type Strings = (typeof checklistStrings)['en'];

export interface Summary {
  /** Ticked items, in dataset order. */
  ticked: ChecklistItem[];
  /** The questions for everyone (treatments tried, medicines, conditions). */
  general: Claim[];
  /** Every source the ticked items and general questions cite, each once, in order of first use. */
  sources: Source[];
}

/** Every item of the dataset, in order. */
export function allItems(data: Dataset): ChecklistItem[] {
  return data.checklist.groups.flatMap((group) => group.items);
}

export function summarize(data: Dataset, checked: ReadonlySet<string>): Summary {
  const ticked = allItems(data).filter((item) => checked.has(item.id));
  const general = data.checklist.generalQuestions;
  const ids = [...new Set([...ticked, ...general].flatMap((claim) => claim.sources))];
  return { ticked, general, sources: sourcesFor(data, ids) };
}

/** Today's date in the reader's language, e.g. "May 4, 2026". */
export function today(locale: Locale): string {
  return formatToday(locale);
}

/**
 * The list as plain text for the clipboard: title, date, ticked questions, general questions,
 * sources, review date, clinic and disclaimer.
 */
export function summaryText(data: Dataset, summary: Summary, s: Strings, common: CommonStrings, locale: Locale): string {
  const lines: string[] = [s.summaryTitle, format(s.madeOn, { date: today(locale) }), '', `${s.tickedTitle}:`];
  if (summary.ticked.length) {
    summary.ticked.forEach((item, i) => {
      lines.push(`${i + 1}. ${item.question}`, `   (${format(s.youTicked, { label: item.label })})`);
    });
  } else {
    lines.push(s.noneTickedText);
  }
  lines.push('', `${s.generalTitle}:`, ...summary.general.map((claim) => `- ${claim.text}`), '');
  const label = summary.sources.length > 1 ? common.sources : common.source;
  lines.push(`${label}: ${summary.sources.map((source) => source.short).join('; ')}`);
  lines.push(
    `${format(common.lastReviewed, { date: formatDate(data.meta.lastReviewed, locale) })} ${format(common.nextReview, {
      date: formatDate(data.meta.nextReview, locale),
    })}`,
  );
  const clinic = data.clinic;
  if (clinic) lines.push(`${clinic.name}${clinic.contact ? `: ${clinic.contact}` : ''}${clinic.url ? ` (${clinic.url})` : ''}`);
  if (clinic?.signOff) {
    const { name, credentials, date } = clinic.signOff;
    lines.push(format(common.signOff, { clinic: clinic.name, name, credentials, date: formatDate(date, locale) }));
  }
  lines.push(`${common.disclaimerLabel}: ${data.meta.disclaimer}`);
  return lines.join('\n');
}
