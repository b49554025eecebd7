// Types for scripts/chromium-flags.mjs (imported by the Node tests).
export declare const CHROMIUM_FLAGS: string[];
