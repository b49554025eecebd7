/** A `?url` import: the file's address (Vite, and the test server's package-sources plugin). */
declare module '*?url' {
  const url: string;
  export default url;
}
