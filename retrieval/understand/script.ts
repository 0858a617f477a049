// Questions in traditional characters (a seller in Hong Kong or Taiwan: 237號文第八條講的是什麼)
// read in the simplified characters the texts are printed in. OpenCC's traditional-to-mainland
// table leaves simplified text as it is (checked on the corpus and every question set), so every
// question passes through it.
import { Converter } from "opencc-js/t2cn";

export const toSimplified: (text: string) => string = Converter({ from: "t", to: "cn" });
