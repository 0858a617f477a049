// Questions in traditional characters (a seller in Hong Kong or Taiwan: 237號文第八條講的是什麼)
// read in the simplified characters the texts are printed in. OpenCC's traditional-to-mainland
// table leaves simplified text as it is (checked on the corpus and every question set), so every
// question passes through it. Japanese forms (専項行動, a trader from Japan) are read too, but only
// characters the texts never use: the Japanese table also rewrites ordinary simplified ones (予 → 豫).
import { Converter } from "opencc-js";

export const toSimplified: (text: string) => string = Converter({ from: "t", to: "cn" });
const fromJapanese: (text: string) => string = Converter({ from: "jp", to: "cn" });

/** Reads a question into simplified characters; `textChars` are the characters the texts use. */
export function createScriptReader(textChars: ReadonlySet<string>): (text: string) => string {
  return (text) =>
    [...toSimplified(text)]
      .map((c) => {
        if (textChars.has(c) || !/\p{Script=Han}/u.test(c)) return c;
        const read = fromJapanese(c);
        return textChars.has(read) ? read : c;
      })
      .join("");
}
