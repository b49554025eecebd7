/** A page in a same-origin iframe of the test page. */
export interface FramePage<W extends Window = Window & typeof globalThis> {
  frame: HTMLIFrameElement;
  win: W;
  doc: Document;
}

export interface FrameOptions {
  /** The frame's accessible name. */
  title: string;
  /** The page's address; with neither `src` nor `srcdoc` the frame holds an empty about:blank page. */
  src?: string;
  srcdoc?: string;
  width?: number;
  height?: number;
  /**
   * Resolve once the page has fired `load` (the default), or at once, to see it before its scripts
   * run: `doc` is then the frame's first, empty document; read `frame.contentDocument` again.
   */
  waitForLoad?: boolean;
}

const open = new Set<HTMLIFrameElement>();

/**
 * Opens a page in an iframe appended to the test page. `closeFrames()` (in an `afterEach`)
 * removes every frame opened this way, also when a test fails halfway.
 */
export async function openFrame<W extends Window = Window & typeof globalThis>(options: FrameOptions): Promise<FramePage<W>> {
  const frame = document.createElement('iframe');
  frame.title = options.title;
  if (options.width !== undefined) frame.width = String(options.width);
  if (options.height !== undefined) frame.height = String(options.height);
  const page = options.src !== undefined || options.srcdoc !== undefined;
  // Listening before the address is set and the frame attached: no load event can be missed.
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  if (options.srcdoc !== undefined) frame.srcdoc = options.srcdoc;
  else if (options.src !== undefined) frame.src = options.src;
  document.body.append(frame);
  open.add(frame);
  if (page && options.waitForLoad !== false) await loaded;
  return { frame, win: frame.contentWindow as W, doc: frame.contentDocument! };
}

/** Removes the frames `openFrame` opened. */
export function closeFrames(): void {
  for (const frame of open) frame.remove();
  open.clear();
}
