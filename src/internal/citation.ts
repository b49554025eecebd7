import { html, nothing, type TemplateResult } from 'lit';
import { sourcesFor, type Dataset, type Source } from '../data/dataset.js';
import { format } from './localize.js';
import type { commonStrings } from './strings.js';

type Common = (typeof commonStrings)['en'];

/** A DOI as a link a reader can follow. */
function doiLink(source: Source, s: Common): TemplateResult | typeof nothing {
  if (!source.doi) return nothing;
  return html` <a href="https://doi.org/${source.doi}" target="_blank" rel="noopener noreferrer"
    >${format(s.doiLink, { doi: source.doi })}<span class="visually-hidden"> ${s.opensInNewTab}</span></a
  >`;
}

/** "Orhurhu V, … Anesth Analg. 2019;129(1):241–254." followed by its DOI link. */
export function fullCitation(source: Source, s: Common): TemplateResult {
  if (!source.verified) return html`<span>${s.notVerified}</span>`;
  const where = [source.publisher, [source.year, source.details].filter(Boolean).join(';')].filter(Boolean).join('. ');
  return html`<span
    >${source.authors ? html`${source.authors}. ` : nothing}<cite>${source.title}</cite>. ${where}.${doiLink(source, s)}</span
  >`;
}

/**
 * "Source: …" under a claim. `full` prints whole citations (research findings); otherwise the
 * short label, which the element's source list expands.
 */
export function citation(data: Dataset, ids: readonly string[], s: Common, full = false): TemplateResult {
  const sources = sourcesFor(data, ids);
  const label = sources.length > 1 ? s.sources : s.source;
  return html`<p class="cite" part="citation">
    ${label}:
    ${sources.map(
      (source, i) =>
        html`${i ? '; ' : nothing}${full || !source.verified ? fullCitation(source, s) : html`${source.short}${doiLink(source, s)}`}`,
    )}
  </p>`;
}
