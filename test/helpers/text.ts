/**
 * What a reader sees as text: a node's text content (an element, a shadow root, a document) or a
 * string, with runs of white space squashed to one space and the ends trimmed. '' for nothing.
 */
export function textOf(from: Node | string | null | undefined): string {
  const raw = typeof from === 'string' ? from : (from?.textContent ?? '');
  return raw.replace(/\s+/g, ' ').trim();
}
