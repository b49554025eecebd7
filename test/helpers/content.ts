import type { Dataset, Section } from '../../src/data/schema.js';
import { shownClaims, type ShownClaim } from './claims.js';

/** The blocks of one section, by id; throws when the section is missing. */
export function section(data: Dataset, id: string): Section {
  const found = data.sections.find((s) => s.id === id);
  if (!found) throw new Error(`no section "${id}"`);
  return found;
}

/** The findings of the research section, in the order a reader meets them. */
export function findings(data: Dataset) {
  return section(data, 'research').blocks.flatMap((b) => (b.kind === 'finding' ? [b] : []));
}

/** A finding that cites `sourceId`; throws when there is none. */
export function findingCiting(data: Dataset, sourceId: string) {
  const found = findings(data).find((f) => f.sources.includes(sourceId));
  if (!found) throw new Error(`no finding cites ${sourceId}`);
  return found;
}

/** Claims whose sources are the consumer article and nothing else. */
export function articleOnly(data: Dataset): ShownClaim[] {
  return shownClaims(data).filter((c) => c.where !== 'dose' && c.sources.length > 0 && c.sources.every((id) => id === 'article'));
}

/**
 * Passages (blocks, dose notes, checklist parts) that rest on the article alone: a list whose
 * items all cite only the article counts once, as the passage a reader sees.
 */
export function articleOnlyPassages(data: Dataset): string[] {
  const passages = new Set<string>();
  for (const claim of articleOnly(data)) {
    passages.add(claim.where.replace(/\.items\.\d+$/, '').replace(/^checklist\.generalQuestions\.\d+$/, 'checklist.generalQuestions'));
  }
  return [...passages];
}

/** Every claim that names `sourceId`. */
export function claimsCiting(data: Dataset, sourceId: string): ShownClaim[] {
  return shownClaims(data).filter((c) => c.sources.includes(sourceId));
}

/** All the text a reader sees, one string. */
export function allText(data: Dataset): string {
  return shownClaims(data)
    .map((c) => c.text)
    .join('\n');
}

/**
 * Every claim, with a finding's correction left out: a correction names the article it corrects
 * while the finding cites the study, so it is no claim of the article's.
 */
export function claimsWithoutCorrections(data: Dataset): ShownClaim[] {
  return shownClaims(data).map((c) => {
    const [where, b] = c.where.split('.blocks.');
    const block = b === undefined ? undefined : data.sections.find((s) => s.id === where)?.blocks[Number(b)];
    return block?.kind === 'finding' && block.correction ? { ...c, text: c.text.replace(block.correction, '') } : c;
  });
}
