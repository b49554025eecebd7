import { html, nothing, type TemplateResult } from 'lit';
import { sourcesFor, type Dataset, type Source } from '../data/dataset.js';
import { format } from './localize.js';
import type { commonStrings } from './strings.js';

type Common = (typeof commonStrings)['en'];

/** Ends a citation piece with one full stop: "et al." stays "et al.", not "et al..". */
const stop = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/** What a link to a source says: the DOI, the PubMed record, the label on DailyMed, or the site. */
function linkLabel(source: Source, href: string, s: Common): string {
  if (source.doi) return format(s.doiLink, { doi: source.doi });
  if (source.pmid && href.includes('pubmed')) return format(s.pmidLink, { pmid: source.pmid });
  if (source.dailyMedSetId) return s.dailyMedLink;
  return format(s.siteLink, { site: new URL(href).hostname.replace(/^www\./, '') });
}

/** The study's DOI (or, without one, its web address) as a link a reader can follow. */
function sourceLink(source: Source, s: Common): TemplateResult | typeof nothing {
  const href = source.doi ? `https://doi.org/${source.doi}` : source.url;
  if (!href) return nothing;
  const label = linkLabel(source, href, s);
  return html` <a href=${href} target="_blank" rel="noopener noreferrer"
    >${label}<span class="visually-hidden"> ${s.opensInNewTab}</span></a
  >`;
}

/**
 * What an unchecked source is: the consumer article ("not checked against a study"), or an
 * editorial rule of this library, which says what it is in its own label.
 */
export function unverifiedNote(source: Source, s: Common): string {
  return source.kind === 'editorial' ? stop(source.short) : s.notVerified;
}

/** "Orhurhu V, … Anesth Analg. 2019;129(1):241–254." followed by its DOI link. */
export function fullCitation(source: Source, s: Common): TemplateResult {
  if (!source.verified) return html`<span><cite>${stop(source.title)}</cite> ${unverifiedNote(source, s)}</span>`;
  const where = [source.publisher, [source.year, source.details].filter(Boolean).join(';')].filter(Boolean).join('. ');
  return html`<span
    >${source.authors ? html`${stop(source.authors)} ` : nothing}<cite>${stop(source.title)}</cite> ${stop(where)}${sourceLink(
      source,
      s,
    )}</span
  >`;
}

/**
 * "Source: …" under a claim. `full` prints whole citations (research findings); otherwise the
 * short label, which the element's source list expands.
 */
export function citation(data: Dataset, ids: readonly string[], s: Common, full = false): TemplateResult {
  const sources = sourcesFor(data, ids);
  const label = sources.length > 1 ? s.sources : s.source;
  // "FDA drug label; Cohen and others, 2018. Read the study (DOI …)": a full stop only before a
  // link and at the very end, never ".;".
  const short = (source: Source, last: boolean) => {
    if (!source.verified) return unverifiedNote(source, s);
    if (source.doi || source.url) return html`${stop(source.short)}${sourceLink(source, s)}`;
    return last ? stop(source.short) : source.short;
  };
  return html`<p class="cite" part="citation">
    ${label}:
    ${sources.map(
      (source, i) =>
        html`${i ? '; ' : nothing}${full ? fullCitation(source, s) : short(source, i === sources.length - 1)}`,
    )}
  </p>`;
}
