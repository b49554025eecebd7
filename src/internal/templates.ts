import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { bundledDataset, sourcesFor, type Dataset, type Source } from '../data/dataset.js';
import { format, formatDate } from './localize.js';
import type { CommonStrings } from './strings.js';

/*
 * The templates every element shares: citations, full source entries and the footer.
 */

/** Ends a citation piece with one full stop: "et al." stays "et al.", not "et al..". */
const stop = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * The language of a source's title (or publisher) when it is not the content's: research keeps
 * its published, English title inside Spanish text, so the words the English dataset has for that
 * source, word for word, are marked `lang="en"` and a screen reader reads them in an English
 * voice. Anything else (a clinic's own Spanish source) follows the content.
 */
export function originalLang(data: Dataset, source: Source, field: 'title' | 'publisher'): 'en' | undefined {
  if (data.meta.locale === 'en' || !source[field]) return undefined;
  const en = bundledDataset('en');
  if (en instanceof Promise) return undefined;
  const original = sourcesFor(en, [source.id])[0];
  return original?.[field] === source[field] ? 'en' : undefined;
}

/** What a link to a source says: the DOI, the PubMed record, the label on DailyMed, or the site. */
function linkLabel(source: Source, href: string, s: CommonStrings): string {
  if (source.doi) return format(s.doiLink, { doi: source.doi });
  if (source.pmid && href.includes('pubmed')) return format(s.pmidLink, { pmid: source.pmid });
  if (source.dailyMedSetId) return s.dailyMedLink;
  return format(s.siteLink, { site: new URL(href).hostname.replace(/^www\./, '') });
}

/** The study's DOI (or, without one, its web address) as a link a reader can follow. */
function sourceLink(source: Source, s: CommonStrings): TemplateResult | typeof nothing {
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
export function unverifiedNote(source: Source, s: CommonStrings): string {
  return source.kind === 'editorial' ? stop(source.short) : s.notVerified;
}

/** "Orhurhu V, … Anesth Analg. 2019;129(1):241–254." followed by its DOI link. */
export function fullCitation(source: Source, s: CommonStrings, data?: Dataset): TemplateResult {
  const titleLang = data ? originalLang(data, source, 'title') : undefined;
  const cite = html`<cite lang=${ifDefined(titleLang)}>${stop(source.title)}</cite>`;
  if (!source.verified) return html`<span>${cite} ${unverifiedNote(source, s)}</span>`;
  const when = [source.year, source.details].filter(Boolean).join(';');
  const publisher = source.publisher
    ? html`<span lang=${ifDefined(data ? originalLang(data, source, 'publisher') : undefined)}>${when ? source.publisher : stop(source.publisher)}</span>`
    : nothing;
  const where = when ? html`${source.publisher ? html`${publisher}. ` : nothing}${stop(when)}` : publisher;
  return html`<span>${source.authors ? html`${stop(source.authors)} ` : nothing}${cite} ${where}${sourceLink(source, s)}</span>`;
}

/**
 * "Source: …" under a claim. `full` prints whole citations (research findings); otherwise the
 * short label, which the element's source list expands.
 */
export function citation(data: Dataset, ids: readonly string[], s: CommonStrings, full = false): TemplateResult {
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
      (source, i) => html`${i ? '; ' : nothing}${full ? fullCitation(source, s, data) : short(source, i === sources.length - 1)}`,
    )}
  </p>`;
}

/**
 * The closing block every element ends with: `extra` (an element's own closing lines), the
 * clinic's contact line and sign-off, the disclaimer and the review dates. `intl` is the locale
 * dates are written in (es-US, es-ES…).
 */
export function footer(data: Dataset, s: CommonStrings, intl: string, extra: unknown = nothing): TemplateResult {
  const clinic = data.clinic;
  return html`<footer class="footer" part="footer">
    ${extra}
    ${
      clinic
        ? html`<p part="clinic">
          <strong>${clinic.url ? html`<a href=${clinic.url}>${clinic.name}</a>` : clinic.name}</strong>${
            clinic.contact ? html`: ${clinic.contact}` : nothing
          }
        </p>`
        : nothing
    }
    ${
      clinic?.signOff
        ? html`<p part="sign-off">
          ${format(s.signOff, {
            clinic: clinic.name,
            name: clinic.signOff.name,
            credentials: clinic.signOff.credentials,
            date: formatDate(clinic.signOff.date, intl),
          })}
        </p>`
        : nothing
    }
    <p part="disclaimer"><strong>${s.disclaimerLabel}:</strong> ${data.meta.disclaimer}</p>
    <p part="reviewed">
      ${format(s.lastReviewed, { date: formatDate(data.meta.lastReviewed, intl) })}
      ${format(s.nextReview, { date: formatDate(data.meta.nextReview, intl) })}
    </p>
  </footer>`;
}
