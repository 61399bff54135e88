/**
 * libphonenumber-js's `max` metadata, downloaded a piece at a time (issue #10).
 *
 * The full `max` metadata costs ~34 KiB brotli, but an agent dials numbers of a handful of
 * countries. `scripts/phone-metadata.mjs` splits it (generated files in `./metadata/`, never edited
 * by hand) into a skeleton, bundled with the phone rules (the calling code of every region: enough
 * to list and search countries), and 69 groups by the first two digits of the calling code (`+44`:
 * GB, GG, IM, JE; `+38x`: UA, RS, HR, …; `+1` and `+7` alone), each a chunk of its own (at most
 * 2.5 KiB brotli) loaded on demand. The loaded groups are merged into one
 * metadata object for libphonenumber-js/core, whose answers for a number are then exactly those of
 * the full metadata (test/core/phone-metadata.test.ts checks thousands of numbers), because
 * everything libphonenumber reads for a number lives under its own calling code.
 *
 * Until a number's group has arrived, libphonenumber must not see that number: its calling code is
 * left out of the merged object, so it would read as unknown. `groupsFor` says which groups a
 * number needs, and callers ask `loadGroups` first (the element shows "checking" meanwhile).
 */
import type { CountryCode, MetadataJson } from 'libphonenumber-js/core';
import { GROUPS } from './metadata/groups.js';
import skeletonJson from './metadata/skeleton.json';

/** A group of calling codes: their first two digits (`'44'`, `'38'`), or the code itself for `'1'` and `'7'`. */
export type MetadataGroup = string;

interface GroupJson {
  readonly countries: Record<string, unknown>;
  readonly nonGeographic: Record<string, unknown>;
}

/** Every calling code with its regions (`'44'` → `['GB', 'GG', 'IM', 'JE']`; `'001'` marks non-geographic codes). */
export const callingCodes: Readonly<Record<string, readonly string[]>> = skeletonJson.country_calling_codes;

const regionCodes = new Map<string, string>();
for (const [code, regions] of Object.entries(callingCodes)) for (const r of regions) if (r !== '001') regionCodes.set(r, code);

/** Every region with metadata, with its calling code (`BR` → `55`). */
export const regions: ReadonlyMap<string, string> = regionCodes;

/**
 * The metadata handed to libphonenumber-js/core: the loaded groups only. Mutated in place as groups
 * arrive (libphonenumber reads it afresh on every call and caches nothing derived from it).
 */
const merged = {
  version: skeletonJson.version,
  country_calling_codes: {} as Record<string, string[]>,
  countries: {} as Record<string, unknown>,
  nonGeographic: {} as Record<string, unknown>,
};
export const metadata = merged as unknown as MetadataJson;

const loaded = new Set<MetadataGroup>();
const loading = new Map<MetadataGroup, Promise<void>>();

/**
 * The group of a number's digits after `+` (or of a calling code): the first digit when it is a
 * calling code of its own (`1…`, `7…`), else the first two; `undefined` while there are too few
 * digits to tell, or when no calling code starts so (libphonenumber then finds none either).
 */
export function groupOfDigits(digits: string | undefined): MetadataGroup | undefined {
  if (!digits) return undefined;
  const key = digits[0] in GROUPS ? digits[0] : digits.slice(0, 2);
  return key.length && key in GROUPS ? key : undefined;
}

/** The group holding a region's metadata; `undefined` for an unknown region. */
export function groupOfCountry(country: string | undefined): MetadataGroup | undefined {
  return country ? groupOfDigits(regionCodes.get(country)) : undefined;
}

/** Whether a group's metadata has arrived (always true for `undefined`: nothing to wait for). */
export function isLoaded(group: MetadataGroup | undefined): boolean {
  return !group || loaded.has(group);
}

/** Whether a region's metadata has arrived. */
export function isCountryLoaded(country: string | undefined): country is CountryCode {
  const group = groupOfCountry(country);
  return !!group && loaded.has(group);
}

function merge(group: MetadataGroup, json: GroupJson): void {
  for (const [code, list] of Object.entries(callingCodes)) if (groupOfDigits(code) === group) merged.country_calling_codes[code] = [...list];
  Object.assign(merged.countries, json.countries);
  Object.assign(merged.nonGeographic, json.nonGeographic);
  loaded.add(group);
}

/**
 * Loads groups (each once; concurrent callers share the download). Resolves when all are merged;
 * rejects when one could not be fetched, and a later call tries that one again.
 */
export function loadGroups(groups: Iterable<MetadataGroup | undefined>): Promise<void> {
  const waits: Promise<void>[] = [];
  for (const group of new Set(groups)) {
    if (!group || loaded.has(group) || !(group in GROUPS)) continue;
    let wait = loading.get(group);
    if (!wait) {
      wait = GROUPS[group]().then(
        (module) => {
          loading.delete(group);
          if (!loaded.has(group)) merge(group, module.default as GroupJson);
        },
        (error: unknown) => {
          loading.delete(group);
          throw error;
        },
      );
      loading.set(group, wait);
    }
    waits.push(wait);
  }
  return waits.length ? Promise.all(waits).then(() => undefined) : Promise.resolve();
}
