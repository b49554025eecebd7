/**
 * Registers the configurator and its parts: the one place the demo defines elements. The class
 * modules have no side effects, so a test can import a class without registering it.
 */
import { KwClinicForm } from './clinic.js';
import { KwConfigurator } from './kw-configurator.js';
import { KwEmbedCode } from './embed-code.js';
import { KwLookOptions } from './look-options.js';
import { KwPreviewFrame } from './kw-preview-frame.js';
import { KwWidgetOptions } from './widget-options.js';
import { KwWidgetPicker } from './widget-picker.js';
import { KwWidgetPreviews } from './widget-previews.js';

const elements: [string, CustomElementConstructor][] = [
  ['kw-preview-frame', KwPreviewFrame],
  ['kw-widget-picker', KwWidgetPicker],
  ['kw-widget-options', KwWidgetOptions],
  ['kw-look-options', KwLookOptions],
  ['kw-widget-previews', KwWidgetPreviews],
  ['kw-clinic-form', KwClinicForm],
  ['kw-embed-code', KwEmbedCode],
  ['kw-configurator', KwConfigurator],
];

for (const [tag, element] of elements) if (!customElements.get(tag)) customElements.define(tag, element);
