/** A `?url` import: the file's address (Vite, and the test server's package-sources plugin). */
declare module '*?url' {
  const url: string;
  export default url;
}

/** The clinic dataset's JSON Schema (dist/ketamine-dataset.schema.json, written by the build). */
declare module 'ketamine-widgets/schema.json' {
  const schema: unknown;
  export default schema;
}
