/** How many comment nodes are under `node` (Lit's part markers, in rendered or server-rendered content). */
export function commentsUnder(node: Node): number {
  const walker = (node.ownerDocument ?? document).createTreeWalker(node, NodeFilter.SHOW_COMMENT);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}
