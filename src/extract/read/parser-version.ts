/**
 * Bumped whenever a change to the parser or a lexicon can change a reading:
 * cached readings of another version are read again.
 */
export const PARSER_VERSION = "3";
