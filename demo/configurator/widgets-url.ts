/**
 * The drop-in entry, as a module whose own address the preview frames can load. Each frame is a
 * separate page with its own custom element registry, so it loads this module itself, exactly as
 * a clinic page loads the script tag in the snippet. Imported lazily, it stays a chunk of its own
 * (the widgets and Lit, nothing of the configurator).
 */
import * as dropIn from '../../src/ketamine-widgets.js';

/**
 * The classes the drop-in registers. Naming them is what keeps the drop-in (and its registering)
 * in the build: package.json's "sideEffects" lists only dist/ files, so a bundler drops a bare
 * `import '…/ketamine-widgets.js'` of the source.
 */
export const widgetClasses: readonly CustomElementConstructor[] = Object.values(dropIn);

export const widgetsModuleUrl: string = import.meta.url;
