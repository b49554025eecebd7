import { expect } from '@open-wc/testing';
import { stub } from 'sinon';
import { define } from '../../src/internal/define.js';

let n = 0;
const uniqueTag = () => `kw-define-test-${++n}-${Math.random().toString(36).slice(2, 8)}`;

describe('define', () => {
  it('registers a tag that is free', () => {
    const tag = uniqueTag();
    class A extends HTMLElement {}
    define(tag, A);
    expect(customElements.get(tag)).to.equal(A);
  });

  it('is quiet when the same class is defined twice (script pasted twice)', () => {
    const tag = uniqueTag();
    class A extends HTMLElement {}
    const warn = stub(console, 'warn');
    try {
      define(tag, A);
      expect(() => define(tag, A)).not.to.throw();
      expect(warn.called).to.equal(false);
    } finally {
      warn.restore();
    }
  });

  it('is quiet for a second copy of the same version from another URL', () => {
    const tag = uniqueTag();
    class A extends HTMLElement {
      static version = '0.1.0';
    }
    class B extends HTMLElement {
      static version = '0.1.0';
    }
    const warn = stub(console, 'warn');
    try {
      define(tag, A);
      define(tag, B);
      expect(customElements.get(tag)).to.equal(A);
      expect(warn.called).to.equal(false);
    } finally {
      warn.restore();
    }
  });

  it('warns once, naming both versions, when another version holds the tag', () => {
    const tag = uniqueTag();
    class A extends HTMLElement {
      static version = '0.0.9';
    }
    class B extends HTMLElement {
      static version = '0.1.0';
    }
    const warn = stub(console, 'warn');
    try {
      define(tag, A);
      define(tag, B);
      define(tag, B);
      expect(customElements.get(tag)).to.equal(A);
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('0.0.9').and.contain('0.1.0').and.contain(tag);
    } finally {
      warn.restore();
    }
  });

  it('registers a class already used under another tag through a subclass, so both tags work', () => {
    class A extends HTMLElement {}
    const first = uniqueTag();
    const second = uniqueTag();
    define(first, A);
    define(second, A);
    expect(customElements.get(first)).to.equal(A);
    expect(document.createElement(second)).to.be.instanceOf(A);
  });

  it('never throws, even when the browser refuses the definition', () => {
    class A extends HTMLElement {}
    const warn = stub(console, 'warn');
    try {
      expect(() => define('not-valid_Tag', A)).not.to.throw();
      expect(warn.callCount).to.equal(1);
    } finally {
      warn.restore();
    }
  });
});
