import type { Dataset } from '../../src/data/schema.js';

/** One claim as a reader sees it, with where it sits in the dataset and the sources it names. */
export interface ShownClaim {
  where: string;
  text: string;
  sources: readonly string[];
}

/** Every claim a reader sees across the three elements, with its sources. */
export function shownClaims(data: Dataset): ShownClaim[] {
  const claims: ShownClaim[] = [];
  data.sections.forEach((section) =>
    section.blocks.forEach((block, b) => {
      const where = `${section.id}.blocks.${b}`;
      if (block.kind === 'list') {
        block.items.forEach((item, i) =>
          claims.push({ where: `${where}.items.${i}`, text: `${block.lead ?? ''}\n${item.text}`, sources: item.sources }),
        );
      } else if (block.kind === 'finding') {
        claims.push({ where, text: [block.title, block.text, block.correction ?? ''].join('\n'), sources: block.sources });
      } else {
        claims.push({ where, text: block.text, sources: block.sources });
      }
    }),
  );
  claims.push({ where: 'dose', text: data.dose.notes.map((n) => n.text).join('\n'), sources: data.dose.sources });
  data.dose.notes.forEach((n, i) => claims.push({ where: `dose.notes.${i}`, text: n.text, sources: n.sources }));
  data.checklist.groups.forEach((g) =>
    g.items.forEach((item) =>
      claims.push({ where: `checklist.${item.id}`, text: [item.label, item.why, item.question].join('\n'), sources: item.sources }),
    ),
  );
  data.checklist.generalQuestions.forEach((q, i) =>
    claims.push({ where: `checklist.generalQuestions.${i}`, text: q.text, sources: q.sources }),
  );
  return claims;
}
