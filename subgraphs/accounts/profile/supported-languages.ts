/**
 * The BCP 47 tags StayGraph's emails and clients are translated into; a preferred language must be
 * one of them, written in any case (`pt-br` is stored as `pt-BR`).
 */
export const SUPPORTED_LANGUAGES = ['ar', 'de', 'en', 'en-GB', 'es', 'fr', 'it', 'nl', 'pt', 'pt-BR', 'sw'] as const;

const BY_LOWER_CASE = new Map<string, string>(SUPPORTED_LANGUAGES.map((tag) => [tag.toLowerCase(), tag]));

/** The supported tag written as listed, or null when the tag is not one StayGraph supports. */
export function supportedLanguage(tag: string): string | null {
  return BY_LOWER_CASE.get(tag.toLowerCase()) ?? null;
}
