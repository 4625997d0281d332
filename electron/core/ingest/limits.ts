/** Documented limits of the import pipeline (README "Limits"). */
export const MAX_TEXT_FILE_BYTES = 100 * 1024 * 1024;
/** Text that decodes to more than this share of U+FFFD or control characters is refused. */
export const MAX_GARBAGE_RATIO = 0.05;
