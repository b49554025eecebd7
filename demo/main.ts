/**
 * The configurator page. The widgets themselves are not loaded here: each preview frame loads
 * them as a clinic page would (see configurator/widgets-url.ts).
 *
 * Both halves are loaded as siblings, so the build splits what they share (Lit) into a chunk of
 * its own and a preview frame loads the widgets without the configurator and its manifest.
 */
// The build puts its module-preload helper in this chunk and the widgets' chunk imports it, so this
// also runs inside each preview frame: there, with no configurator on the page, it does nothing.
if (document.querySelector('kw-configurator')) {
  void import('./configurator/widgets-url.js');
  void import('./configurator/define.js');
}
