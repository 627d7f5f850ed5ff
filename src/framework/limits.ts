/**
 * Limits on a framework. They keep a hostile or mistaken file from hanging the page or
 * drawing an unreadable radar; each is far above what a real kommune needs.
 */

/** Fewest axes a radar can be drawn with. */
export const MIN_DIMENSIONS = 3;
/** Most axes: beyond this a radar cannot be read. */
export const MAX_DIMENSIONS = 20;
/** Most criteria in the whole framework. */
export const MAX_CRITERIA = 300;
/** Fewest levels of a scale. */
export const MIN_LEVELS = 2;
/** Most levels of a scale (0..10 is the widest scale in common use). */
export const MAX_LEVELS = 11;
/** Largest absolute level value, so that score arithmetic can never overflow. */
export const MAX_LEVEL_MAGNITUDE = 1_000_000;
/** Largest weight of an axis or a criterion. */
export const MAX_WEIGHT = 1_000;
/** Most guidance rules. */
export const MAX_GUIDANCE_RULES = 200;
/** Most sustainable development goals on one axis or criterion (there are 17). */
export const MAX_SDG_TAGS = 17;
/** Longest text (title, description, help, label…), per language. */
export const MAX_TEXT_LENGTH = 5_000;
/** Longest id. */
export const MAX_ID_LENGTH = 64;
/** Longest short string: names, revision, phone, e-mail. */
export const MAX_SHORT_LENGTH = 300;
/** Longest URL. */
export const MAX_URL_LENGTH = 2_000;

/** The pattern every id follows. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Most goals in a framework (a kommuneplan's social element names a few dozen at most). */
export const MAX_GOALS = 100;
