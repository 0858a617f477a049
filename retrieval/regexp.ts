/** Text as a pattern matching itself: a name or an English form may hold . ( ) or +. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
