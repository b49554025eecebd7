import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { bundledDataset, withClinicDataset, type ClinicInput, type Dataset } from '../data/dataset.js';
import { KwErrorEvent, KwLoadEvent } from './events.js';
import { loadLanguage } from './language.js';
import type { Locale } from './locale.js';
import type { StringTable } from './localize.js';
import { error } from './log.js';
import { serverContexts } from './server-context.js';

/** The element a DatasetController serves: it gives the `src` attribute and its light DOM. */
export type DatasetHost = ReactiveControllerHost &
  HTMLElement & {
    readonly src?: string;
    requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
  };

/**
 * Owns what an element shows: the bundled content and UI strings of its language, with a
 * clinic's dataset from `src` or an inline `<script type="application/json">` child merged over
 * them. It fires `kw-load` when a clinic dataset applies and `kw-error` (with a console message
 * naming the field) when one cannot, keeping the bundled content; nothing throws into the page.
 * Like Shoelace's LocalizeController, the element asks and renders; this does the loading.
 *
 * The host reads `data` and `clinicLoading`; each change requests an update under those names, so
 * `willUpdate(changed)` sees `changed.has('data')`.
 */
export class DatasetController implements ReactiveController {
  /** The dataset to show; undefined only while a language's bundle loads. */
  data?: Dataset;

  /**
   * True while a clinic dataset is on its way: `data` is still the bundled one, so checks that
   * depend on the clinic's ids (e.g. unknown `sections`) should wait.
   */
  clinicLoading = false;

  private token = 0;
  private reportedStripped = false;

  constructor(
    private readonly host: DatasetHost,
    /** The string tables the host shows (beside the common ones), loaded with each language. */
    private readonly tables: readonly StringTable<string>[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** What the dataset depends on: language, `src` and the inline clinic dataset. */
  key(locale: Locale): string {
    const src = this.host.src?.trim() || '';
    return JSON.stringify([locale, src, src ? '' : (this.inlineDataset() ?? '')]);
  }

  /**
   * Shows the dataset for `locale` and the host's clinic dataset; a later call supersedes an
   * earlier one. Settles when the final dataset is in place (or has failed and the bundled one
   * stays).
   */
  resolve(locale: Locale): Promise<void> {
    const token = ++this.token;
    if (isServer) {
      // The server renderer resolved language and clinic dataset already (src/ssr).
      this.set(serverContexts.get(this.host)?.data ?? (bundledDataset(locale) as Dataset), false);
      return Promise.resolve();
    }
    const src = this.host.src?.trim() || undefined;
    const inline = src ? undefined : this.inlineDataset();
    if (!src && !inline) this.reportStripped();
    const clinic: ClinicInput | undefined = src ? { url: src } : inline ? { inline } : undefined;
    const base = loadLanguage(locale, this.tables);
    if (!(base instanceof Promise)) {
      this.set(base, Boolean(clinic));
      return clinic ? this.applyClinic(base, clinic, token) : Promise.resolve();
    }
    this.set(this.data, Boolean(clinic));
    return base.then(
      (data) => {
        if (token !== this.token) return;
        this.set(data, Boolean(clinic));
        if (clinic) return this.applyClinic(data, clinic, token);
      },
      (e: unknown) => {
        if (token !== this.token) return;
        error(this.host, `could not load the "${locale}" content (${(e as Error).message}); showing English.`);
        this.set(bundledDataset('en') as Dataset, false);
      },
    );
  }

  private set(data: Dataset | undefined, clinicLoading: boolean): void {
    const old = { data: this.data, clinicLoading: this.clinicLoading };
    this.data = data;
    this.clinicLoading = clinicLoading;
    if (old.data !== data) this.host.requestUpdate('data', old.data);
    if (old.clinicLoading !== clinicLoading) this.host.requestUpdate('clinicLoading', old.clinicLoading);
  }

  private async applyClinic(base: Dataset, input: ClinicInput, token: number): Promise<void> {
    const url = 'url' in input ? input.url : undefined;
    try {
      const data = await withClinicDataset(base, input);
      if (token !== this.token) return;
      this.set(data, false);
      this.host.dispatchEvent(new KwLoadEvent(url));
    } catch (e) {
      if (token !== this.token) return;
      const err = e as Error & { field?: string; url?: string };
      const field = err.field ?? '(unknown)';
      const where = url ? `clinic dataset ${err.url ?? url}` : 'inline clinic dataset';
      error(this.host, `${where}: ${field}: ${err.message}. Showing the bundled content instead.`);
      this.set(this.data, false);
      this.host.dispatchEvent(new KwErrorEvent(err.url ?? url, field, err.message));
    }
  }

  /** The JSON text of a `<script type="application/json">` child, for CMSs that cannot host files. */
  private inlineDataset(): string | undefined {
    if (isServer) return undefined;
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    return script?.textContent?.trim() || undefined;
  }

  /**
   * What is left of an inline clinic dataset whose `<script>` a CMS removed (WordPress does for
   * users without `unfiltered_html`): text that looks like JSON and no script child. It is never
   * shown (the element has no slot, and ketamine-widgets.css hides element children before the
   * upgrade); the page author is told, once.
   */
  private reportStripped(): void {
    if (this.reportedStripped || this.host.querySelector(':scope > script')) return;
    const text = (this.host.textContent ?? '').trim();
    if (!(/^[[{]/.test(text) && /[\]}]$/.test(text) && /["\u201c\u201d\u2033]\s*:/.test(text))) return;
    this.reportedStripped = true;
    const reason = 'the inline clinic dataset has lost its <script type="application/json">: the CMS stripped the script and left its text';
    error(
      this.host,
      `${reason}. Showing the bundled content instead. Host the JSON as a file and point src at it (or use your CMS's plugin settings).`,
    );
    // After this update, like the other kw-error events, so listeners added with the element see it.
    void Promise.resolve().then(() => this.host.dispatchEvent(new KwErrorEvent(undefined, '(script)', reason)));
  }
}
