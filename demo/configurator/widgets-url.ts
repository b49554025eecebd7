/**
 * The drop-in, as a module whose own address the preview frames can load. Each frame is a
 * separate page with its own custom element registry, so it loads this module itself, exactly as
 * a clinic page loads the script tag in the snippet. Imported lazily, it stays a chunk of its own
 * (the widgets and Lit, nothing of the configurator). package.json's "sideEffects" lists the
 * drop-in entry, so the build keeps this bare import and its registering.
 */
import 'ketamine-widgets/define';

export const widgetsModuleUrl: string = import.meta.url;
