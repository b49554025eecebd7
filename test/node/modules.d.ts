// jsonld ships no types; the one call the tests make.
declare module 'jsonld' {
  const jsonld: {
    expand(
      doc: object,
      options?: { base?: string; documentLoader?: (url: string) => Promise<unknown> },
    ): Promise<Array<Record<string, unknown>>>;
  };
  export default jsonld;
}

// @11ty/eleventy ships no types for its programmatic API; the calls the tests make.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input: string, output: string, options?: { quietMode?: boolean; configPath?: string });
    write(): Promise<unknown>;
  }
}
