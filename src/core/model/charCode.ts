// The UTF-16 code units the readers compare against. Where every line or every entry passes (the parser, the
// calendar's shape checks), text is read with charCodeAt instead of being sliced or matched.
export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const SPACE = 32;
export const HASH = 35;
export const DASH = 45;
export const DIGIT_ZERO = 48;
export const COLON = 58;
export const LESS_THAN = 60;
export const LATIN_CAPITAL_T = 84;
export const UNDERSCORE = 95;
export const BACKTICK = 96;
export const TILDE = 126;

/** A blank in CommonMark's sense: a space or a tab. */
export const isBlank = (c: number) => c === SPACE || c === TAB;
export const isAsciiDigit = (c: number) => c >= DIGIT_ZERO && c <= DIGIT_ZERO + 9;
export const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
