// Types for package-sources.mjs (plain JavaScript, so the test runner's config can import it too).
export declare const PACKAGE_SOURCES: Readonly<Record<string, string>>;
export declare const PACKAGE_FOLDERS: Readonly<Record<string, string>>;
export declare function packageSource(specifier: string): string | undefined;
export declare function packageSourcesPlugin(): unknown;
