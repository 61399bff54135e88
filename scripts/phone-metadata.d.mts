// Types of scripts/phone-metadata.mjs, for test/core/phone-metadata.test.ts.
export declare const GROUPS: readonly string[];
export declare function phoneMetadataFiles(full: {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
  nonGeographic?: Record<string, unknown>;
}): { name: string; text: string }[];
