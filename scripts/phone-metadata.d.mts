// Types of scripts/phone-metadata.mjs, for test/core/phone-metadata.test.ts.
export declare function groupKey(code: string): string;
export declare function phoneMetadataFiles(
  full: {
    version: number;
    country_calling_codes: Record<string, string[]>;
    countries: Record<string, unknown>;
    nonGeographic?: Record<string, unknown>;
  },
  version: string,
): { name: string; text: string }[];
