/** Where the build keeps what it can reuse (readings, drawn charts, site manifests, compiled code). */
export const DEFAULT_CACHE = ".cache/linimasa";
