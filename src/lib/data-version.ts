/**
 * The major version of the published data format. Files are served at /data/v<major>/… (and, for pages and
 * snippets pasted before versioning, at /data/…), each with `schemaVersion`, so an intake system that
 * caches rules.json knows which kit it matches. A change that old widgets could not read is a new major:
 * publish it under /data/v2/ and keep /data/v1/ served (see RELEASING.md).
 */
export const DATA_SCHEMA_VERSION = 1;

/** A published JSON body with its format's version first. */
export const versioned = <T extends object>(body: T) => ({ schemaVersion: DATA_SCHEMA_VERSION, ...body });
