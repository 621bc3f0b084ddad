// How much one story may hold: read by the zod schemas (lib/validation) and by the story editor, so a limit is
// stated once. Free of zod so client components can import it.
export const SECTION_MAX = 5000;
export const TITLE_MAX = 200;
export const MAX_METRICS = 20;
export const MAX_ANGLES = 20;
export const ANGLE_MAX = 40;
export const MAX_PRIMARY = 2;

/** The impact headline: one line, at most this many words (DESIGN §7). */
export const HEADLINE_MAX_WORDS = 20;
export const HEADLINE_MAX_CHARS = 300;
/** The 30-second version: at most this many words (about 30–40 s spoken). */
export const SHORT_VERSION_MAX_WORDS = 90;
export const SHORT_VERSION_MAX_CHARS = 1200;

/** Follow-up questions with prepared answers, per story. */
export const MAX_FOLLOW_UPS = 20;
export const FOLLOW_UP_QUESTION_MAX = 500;
/** A prepared answer is a short spoken reply, shorter than a STAR section. */
export const FOLLOW_UP_ANSWER_MAX = 2000;
/** A story told in a bar-raiser round needs at least this many answered follow-ups. */
export const BAR_RAISER_MIN_ANSWERED = 2;
