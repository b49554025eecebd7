// Flags for Debian's Chromium run headless as root on a machine whose only network is the
// package registries: no sandbox (root), no GPU, no background traffic. Shared by the test runner
// and the bench so both measure the same browser.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
