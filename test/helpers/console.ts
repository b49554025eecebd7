import { stub, type SinonStub } from 'sinon';

/**
 * Replaces console.warn and console.error with stubs for each test of the enclosing `describe`,
 * so tests can assert the messages a page author would see (and that none appear otherwise).
 */
export function stubConsole(): { readonly warn: SinonStub; readonly error: SinonStub } {
  const stubs = {} as { warn: SinonStub; error: SinonStub };
  beforeEach(() => {
    stubs.warn = stub(console, 'warn');
    stubs.error = stub(console, 'error');
  });
  afterEach(() => {
    stubs.warn.restore();
    stubs.error.restore();
  });
  return stubs;
}
