// jsonld ships no types; the one call the tests make.
declare module 'jsonld' {
  const jsonld: {
    expand(doc: object, options?: { base?: string; documentLoader?: (url: string) => Promise<unknown> }): Promise<Array<Record<string, unknown>>>;
  };
  export default jsonld;
}
