/** Languages with a complete bundled dataset and UI strings. Kept apart from schema.ts so the
 * browser can use the list without loading zod. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
