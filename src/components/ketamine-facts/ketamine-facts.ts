import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { KwElement } from '../../internal/kw-element.js';
import { citation, fullCitation, originalLang, unverifiedNote } from '../../internal/templates.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { format, formatDate, localize, plural } from '../../internal/localize.js';
import { warn } from '../../internal/log.js';
import { isOneOf } from '../../internal/values.js';
import type { CommonStrings } from '../../internal/strings.js';
import { sourcesFor, type Dataset, type Source } from '../../data/dataset.js';
import type { Block, Section } from '../../data/schema.js';
import { styles } from './ketamine-facts.styles.js';
import { factsStrings } from './ketamine-facts.strings.js';
import type { FrozenPiece } from '../../internal/frozen.js';

/** The `variant` values: one list gives the type, the runtime check and the manifest's enum. */
export const FACTS_VARIANTS = ['full', 'compact'] as const;
export type FactsVariant = (typeof FACTS_VARIANTS)[number];

type Finding = Extract<Block, { kind: 'finding' }>;

/** Key of the Sources disclosure in `openSections`; `#` cannot occur in a section id. */
const SOURCES_KEY = '#sources';

const sectionIndexes = new WeakMap<Dataset, Map<string, Section>>();

/** Section lookup by id, built once per dataset and shared by every element on the page. */
function sectionIndex(data: Dataset): Map<string, Section> {
  let index = sectionIndexes.get(data);
  if (!index) sectionIndexes.set(data, (index = new Map(data.sections.map((s) => [s.id, s]))));
  return index;
}

/** "research, what-it-is research" → ["research", "what-it-is"]: spaces or commas, first mention wins. */
export function parseSectionIds(value: string | null | undefined): string[] {
  const ids = (value ?? '')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  return [...new Set(ids)];
}

/** The topics `sections` picks, in its order (all of them when it names none it knows), and the unknown ids. */
function pickSections(data: Dataset, sections: string | null | undefined): { shown: readonly Section[]; unknown: string[] } {
  const index = sectionIndex(data);
  const requested = parseSectionIds(sections);
  const picked = requested.flatMap((id) => index.get(id) ?? []);
  return { shown: picked.length ? picked : data.sections, unknown: requested.filter((id) => !index.has(id)) };
}

const normalized = (value: string | null | undefined): string =>
  String(value ?? '')
    .trim()
    .toLowerCase();

/** The variant in use for a `variant` value: full unless it names another. */
function variantOf(value: string | null | undefined): FactsVariant {
  const variant = normalized(value);
  return isOneOf(FACTS_VARIANTS, variant) ? variant : 'full';
}

/** Every source the sections cite, once each, in the order a reader meets them. */
function citedSources(data: Dataset, sections: readonly Section[]): Source[] {
  const ids = new Set<string>();
  for (const section of sections) {
    for (const block of section.blocks) {
      const refs = block.kind === 'list' ? block.items.flatMap((item) => item.sources) : block.sources;
      refs.forEach((id) => ids.add(id));
    }
  }
  return sourcesFor(data, [...ids]);
}

/**
 * @summary Everything the source article says about ketamine for chronic pain, as plain, cited
 * sections a clinic page can pick, order and style.
 *
 * Each section is a topic (`what-it-is`, `how-it-works`, `who-it-helps`, `how-it-is-given`,
 * `research`, `side-effects`, `interactions`, `dependence-and-mood`, `questions`,
 * `choosing-a-clinic`). Every claim names its source; research findings show the full citation
 * with a DOI link, and a note when a popular account gets the study wrong. A list of every source,
 * the date the content was last reviewed and a short disclaimer close the element. Printing opens
 * every section.
 *
 * A clinic's own dataset comes from `src` or from a `<script type="application/json">` child.
 *
 * @tagname ketamine-facts
 *
 * @csspart section - Each topic: a `<section>` in `full`, a `<details>` in `compact`.
 * @csspart heading - Each topic's heading (and the Sources heading).
 * @csspart summary - The clickable row of a disclosure in `compact` (holds the heading and the marker).
 * @csspart marker - The open/closed arrow of a disclosure in `compact`.
 * @csspart body - The content of a topic or of the Sources list.
 * @csspart toolbar - The row above the topics in `compact`: topic count and the open-all button.
 * @csspart toggle-all - The button that opens or closes every topic in `compact`.
 * @csspart finding - One research result, set off from the text around it.
 * @csspart finding-title - The name of a research result.
 * @csspart correction - The note on a finding where popular accounts get the study wrong.
 * @csspart citation - The "Source:" line under each claim and finding.
 * @csspart sources - The list of every source at the end.
 *
 * @cssprop --kw-ketamine-facts-section-gap - Space between topics in `full` and on paper (default: 1.5 × `--kw-space`).
 * @cssprop --kw-ketamine-facts-finding-bg - Background of a research finding (default: `--kw-color-surface`).
 * @cssprop --kw-ketamine-facts-finding-border-color - The edge of a research finding (default: `--kw-color-accent`).
 * @cssprop --kw-ketamine-facts-summary-bg - Background of a closed disclosure row in `compact` (default: `--kw-color-surface`).
 */
export class KetamineFacts extends KwElement {
  /** @internal Styles are themed through custom properties and parts, not replaced. */
  static override styles = [...KwElement.styles, styles];
  /** @internal */
  static override stringTables = [factsStrings];
  /** @internal The reactive properties (see KwElement.properties). */
  static override properties: PropertyDeclarations = {
    openSections: { state: true, attribute: false },
    sections: { type: String },
    variant: { type: String },
  };

  /** The topics on screen, in order; derived in willUpdate. */
  private shown: readonly Section[] = [];

  /** Their ids, handed out as `shownSections`. */
  private shownIds: readonly string[] = [];

  /** The sources the shown topics cite, for the Sources list. */
  private listedSources: readonly Source[] = [];

  /** The variant in use: the attribute's when valid, else `full`. */
  private currentVariant: FactsVariant = 'full';

  /** Disclosures this element opened for printing, to close again afterwards. */
  private openedForPrint: HTMLDetailsElement[] = [];

  // The fields named in `properties` above are reactive: setting one schedules an update.
  /** Which disclosures are open in `compact` (section ids, and SOURCES_KEY). */
  private openSections: ReadonlySet<string> = new Set();

  /**
   * Which topics to show, in order: ids separated by spaces or commas, e.g. `"research side-effects"`.
   * Unknown ids are skipped with a console warning; unset, empty or with no known id, every topic shows.
   */
  sections?: string;

  /**
   * `full` shows every topic open; `compact` shows each topic as a disclosure the reader opens.
   * @type {'full' | 'compact'}
   */
  variant: FactsVariant = 'full';

  /** The ids of the topics on screen, in order, after `sections` and the dataset are applied. */
  get shownSections(): readonly string[] {
    return this.shownIds;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const has = (key: string) => changed.has(key);
    if (has('variant') || !this.hasUpdated) {
      this.currentVariant = variantOf(this.variant);
      // A removed attribute (null) means the default, full, and is not worth a warning.
      if (this.variant != null && normalized(this.variant) !== this.currentVariant) {
        warn(this, `variant="${this.variant}" is not one of ${FACTS_VARIANTS.join(', ')}; using full.`);
      }
    }

    if (has('data') || has('sections') || has('clinicLoading') || !this.hasUpdated) {
      this.deriveSections();
    }
  }

  /** Applies `sections` to the dataset: picks, orders and de-duplicates, and warns about unknown ids. */
  private deriveSections(): void {
    const data = this.data;
    if (!data) {
      this.shown = this.shownIds = this.listedSources = [];
      return;
    }
    const { shown, unknown } = pickSections(data, this.sections);
    if (unknown.length && !this.clinicLoading) {
      const known = `Known ids: ${data.sections.map((s) => s.id).join(', ')}.`;
      const attr = `sections="${this.sections}"`;
      warn(
        this,
        shown !== data.sections
          ? `${attr}: skipping unknown section ${unknown.length > 1 ? 'ids' : 'id'} ${unknown.map((id) => `"${id}"`).join(', ')}. ${known}`
          : `${attr} names no known section; showing all sections. ${known}`,
      );
    }
    this.shown = shown;
    this.shownIds = this.shown.map((s) => s.id);
    this.listedSources = citedSources(data, this.shown);
  }

  /** Closed disclosures hide their content on paper, so printing opens them and then restores them. */
  private readonly onBeforePrint = (): void => {
    this.openedForPrint = [...this.renderRoot.querySelectorAll('details')].filter((d) => !d.open);
    // Set synchronously: the page is laid out for print before a Lit update could run.
    this.openedForPrint.forEach((d) => (d.open = true));
  };

  private readonly onAfterPrint = (): void => {
    this.openedForPrint.forEach((d) => (d.open = false));
    this.openedForPrint = [];
  };

  /** Keeps `openSections` in step with what the reader (or printing) opened and closed. */
  private onToggle(e: Event): void {
    const details = e.currentTarget as HTMLDetailsElement;
    const key = details.dataset.key!;
    if (details.open === this.openSections.has(key)) return;
    const next = new Set(this.openSections);
    if (details.open) next.add(key);
    else next.delete(key);
    this.openSections = next;
  }

  private get allOpen(): boolean {
    return this.shown.every((s) => this.openSections.has(s.id));
  }

  private onToggleAll(): void {
    const next = new Set(this.openSections);
    const open = !this.allOpen;
    for (const id of this.shownIds) {
      if (open) next.add(id);
      else next.delete(id);
    }
    this.openSections = next;
  }

  private get s() {
    return localize(factsStrings, this.locale);
  }

  protected renderData(data: Dataset): TemplateResult {
    return html`${this.renderTopics(data)}
      ${this.renderFooter(data)}`;
  }

  /**
   * In `full` nothing in the topics changes once rendered, so they are one frozen copy (plain DOM
   * cloned per element, `frozen()`), put together from a frozen copy of each topic and of the
   * source list; `compact` keeps its disclosures live and freezes their bodies.
   */
  private renderTopics(data: Dataset): FrozenPiece {
    const compact = this.currentVariant === 'compact';
    // `static` only matters to compact's toolbar: `full` is the same on the server as in the browser.
    const topics = () => html`<div class="facts ${this.currentVariant}${compact && this.serverPass ? ' static' : ''}">
      ${compact ? this.renderToolbar() : nothing}
      ${this.shown.map((section) => (compact ? this.renderDisclosure(section, data) : this.frozen(...this.sectionPart(section, data))))}
      ${compact ? this.renderSources(true) : this.listedSources.length ? this.frozen(...this.sourcesPart(this.listedSources)) : nothing}
    </div>`;
    return compact ? topics() : this.frozen(`full ${this.shownIds.join(' ')}`, topics);
  }

  /** A topic in `full`, as a frozen copy: its name and what it renders. */
  private sectionPart(section: Section, data: Dataset): [string, () => TemplateResult] {
    return [`section ${section.id}`, () => this.renderSection(section, data)];
  }

  /** The source list in `full`, as a frozen copy: its name and what it renders (`sources` is not empty). */
  private sourcesPart(sources: readonly Source[]): [string, () => TemplateResult] {
    return [`sources ${sources.map((source) => source.id).join(' ')}`, () => this.renderSources(false, sources) as TemplateResult];
  }

  /**
   * Ahead of a first render in `full`, the frozen copy of each topic and of the source list, one
   * per turn of the first-render queue: on a phone (4x CPU) building them all was one task of
   * about 250 ms; the first render now only copies them (bench/README.md, cause 14).
   */
  protected override *firstRenderSteps(): Generator<void, void, undefined> {
    if (variantOf(this.variant) !== 'full') return;
    const data = this.datasetAtHand();
    if (!data) return;
    const { shown } = pickSections(data, this.sections);
    for (const section of shown) {
      this.prebuild(...this.sectionPart(section, data));
      yield;
    }
    const sources = citedSources(data, shown);
    if (sources.length) this.prebuild(...this.sourcesPart(sources));
  }

  private renderToolbar(): TemplateResult | typeof nothing {
    if (this.shown.length < 2) return nothing;
    const s = this.s;
    const count = plural(this.locale, this.shown.length, { one: s.topicsOne, other: s.topicsOther });
    return html`<div class="toolbar" part="toolbar">
      <p class="count">${count}</p>
      <button type="button" class="toggle-all" part="toggle-all" @click=${this.onToggleAll}>
        ${this.allOpen ? s.closeAll : s.openAll}
      </button>
    </div>`;
  }

  /**
   * Topic headings sit at `heading-level` itself, with no element title above them: the clinic's
   * page already has its own title ("Ketamine for chronic pain"), and each topic is a top-level
   * part of that page, so a reader jumping by headings lands on the topics directly.
   */
  private renderSection(section: Section, data: Dataset): TemplateResult {
    return html`<section class="section" part="section" data-section=${section.id}>
      ${this.heading(section.title)}
      <div class="body" part="body">${this.renderBlocks(section, data)}</div>
    </section>`;
  }

  /** A native disclosure: keyboard (Enter, Space), find-in-page and screen readers work as the browser does. */
  private renderDisclosure(section: Section, data: Dataset): TemplateResult {
    return html`<details
      class="section"
      part="section"
      data-section=${section.id}
      data-key=${section.id}
      ?open=${this.openSections.has(section.id)}
      @toggle=${this.onToggle}
    >
      <summary part="summary">
        <span class="marker" part="marker" aria-hidden="true"></span>${this.heading(section.title)}
      </summary>
      ${this.renderBody(section, data)}
    </details>`;
  }

  private renderBody(section: Section, data: Dataset): FrozenPiece {
    return this.frozen(`body ${section.id}`, () => html`<div class="body" part="body">${this.renderBlocks(section, data)}</div>`);
  }

  private renderBlocks(section: Section, data: Dataset): TemplateResult[] {
    const c = this.common;
    return section.blocks.map((block, i) => {
      switch (block.kind) {
        case 'text':
          return html`<div class="block"><p>${block.text}</p>${citation(data, block.sources, c)}</div>`;
        case 'list':
          return html`<div class="block">
            ${block.lead ? html`<p>${block.lead}</p>` : nothing}
            <ul class="claims">
              ${block.items.map((item) => html`<li>${item.text}${citation(data, item.sources, c)}</li>`)}
            </ul>
          </div>`;
        case 'finding':
          return this.renderFinding(block, data, `finding-${section.id}-${i}`);
      }
    });
  }

  /**
   * A research result: its name one level below the topic (a plain paragraph when the topic is
   * already at h6), what it found, any correction, and the full citation with its DOI.
   */
  private renderFinding(block: Finding, data: Dataset, id: string): TemplateResult {
    const s = this.s;
    const titleId = `${id}-title`;
    const level = this.level + 1;
    const title =
      level <= 6
        ? this.heading(block.title, { part: 'finding-title', id: titleId, level })
        : html`<p class="finding-title" part="finding-title" id=${titleId}>${block.title}</p>`;
    return html`<article class="finding" part="finding" aria-labelledby=${titleId}>
      ${title}
      <p><strong>${s.found}:</strong> ${block.text}</p>
      ${
        block.correction ? html`<p class="correction" part="correction"><strong>${s.correction}:</strong> ${block.correction}</p>` : nothing
      }
      ${citation(data, block.sources, this.common, true)}
    </article>`;
  }

  /** Every cited source once, in full, so the short "Source:" lines can stay light. */
  private renderSources(compact: boolean, sources: readonly Source[] = this.listedSources): TemplateResult | typeof nothing {
    if (!sources.length) return nothing;
    const s = this.s;
    const c = this.common;
    const data = this.data!;
    const body = () => html`<div class="body" part="body">
      <p class="sources-intro">${s.sourceListIntro}</p>
      <ul class="source-list">
        ${sources.map((source) => html`<li>${this.renderSourceEntry(source, c, data)}</li>`)}
      </ul>
    </div>`;
    const heading = this.heading(s.sourceList);
    // In full, the whole of the topics is frozen already (renderTopics, frozenSources).
    if (!compact) return html`<section class="sources" part="sources">${heading}${body()}</section>`;
    const list = this.frozen(`${SOURCES_KEY} ${sources.map((source) => source.id).join(' ')}`, body);
    return html`<details
      class="sources"
      part="sources"
      data-key=${SOURCES_KEY}
      ?open=${this.openSections.has(SOURCES_KEY)}
      @toggle=${this.onToggle}
    >
      <summary part="summary"><span class="marker" part="marker" aria-hidden="true"></span>${heading}</summary>
      ${list}
    </details>`;
  }

  /** A verified source in full; an unchecked one by its title, with the "not checked" note. */
  private renderSourceEntry(source: Source, c: CommonStrings, data: Dataset): TemplateResult {
    const checked = source.checked
      ? html` <span class="checked">${format(c.checkedOn, { date: formatDate(source.checked, this.intl) })}</span>`
      : nothing;
    if (!source.verified) {
      return html`<cite lang=${ifDefined(originalLang(data, source, 'title'))}>${source.title}</cite>.
        <span lang=${ifDefined(originalLang(data, source, 'publisher'))}>${source.publisher}</span>${source.year ? `, ${source.year}` : ''}.
        <span class="unverified">${unverifiedNote(source, c)}</span>${checked}`;
    }
    return html`${fullCitation(source, c, data)}${checked}`;
  }
}
