// Spoken Chinese as typed, read in the Mandarin the rest of the reading knows: written Cantonese (a seller in
// Hong Kong or Guangdong: 郑政〔2018〕4号系边日发布嘅？ 郴州措施2026年3月还有冇效？), and the asking words of
// 湘南, northeastern, Henan, Wu and southwestern speech. Only grammar words are read, the closed class that
// asks, negates and points, and each only where it cannot be a Mandarin word: 系 is 是 before a question word
// (系边日), never in 联系; 呢 is 这 before a measure word (呢句), never the particle at the end of a question.

const READINGS: [RegExp, string][] = [
  [/系(?=唔系|边|咪|乜|咩)/gu, "是"],
  [/边度/gu, "哪里"],
  [/边几(?=个|间|家|位|份|条|项)/gu, "哪几"],
  [/边(?=日|天|年|个|份|条|处|位|间|部门|类)/gu, "哪"],
  [/而家/gu, "现在"],
  [/唔系/gu, "不是"],
  [/有冇/gu, "有没有"],
  [/冇/gu, "没"],
  [/唔/gu, "不"],
  [/乜嘢|咩嘢|乜|咩(?=[嘢事])/gu, "什么"],
  [/呢(?=个|句|条|份|项|款|种|啲)/gu, "这"],
  [/啲/gu, "些"],
  [/嘅/gu, "的"],
  [/咗/gu, "了"],
  [/喺/gu, "在"],
  [/哋/gu, "们"],
  [/佢/gu, "他"],
  [/几多/gu, "多少"],
  // 几耐 is how long; A定B between two choices is A or B (季度定月度).
  [/几耐/gu, "多久"],
  [/(?<=[度月年周日次])定(?=[季月年周日每])/gu, "还是"],
  [/拎/gu, "拿"],
  // 湘南 and southwestern speech ask 什么 as 么子 (郴州那个文件是么子时候发的).
  [/么子/gu, "什么"],
  // …and how much or how big as 好多, 好大 after what asks it (要好多个老师, 给好多钱, 按好多比例,
  // 起码要好大才算, 要等好久, 开满好久), and how long as 几久 (几久能到手).
  [/(?<=要|得|需|起码|至少|最少|最多|给|补|奖|拿|按)好多(?=个|家|人|名|天|年|次|钱|比例|[？?]|$)/gu, "多少"],
  // 有好多家 counts firms (去年有好多家企业拿到了); 有好多钱 may be "a lot of money" and stays.
  [/(?<=有)好多(?=家)/gu, "多少"],
  [/(?<=(?:要|得|需|起码|至少|最少|满)\p{Script=Han}?)好(?=大|久|长|高)/gu, "多"],
  [/几久/gu, "多久"],
  // …and 好久 before what waits (好久能到账, 好久才发).
  [/好久(?=能|才|可以|会|到账|拿到|发)/gu, "多久"],
  // Northeastern speech asks whether something still works as 好使 (那个措施还好使不, 好不好使).
  [/好不好使|好使(?=不|吗|么|[？?，,]|$)/gu, "管用"],
  // Shanghainese asks when as 啥辰光 (到啥辰光结束); Wu and Min speech ask what as 啥物, northern speech as 甚 (统一登记号是甚).
  // …who as 啥人, and ends a yes-no question with 伐 (还有效伐？).
  [/啥辰光/gu, "什么时候"],
  [/啥人/gu, "谁"],
  [/(?<=\p{L})伐(?=[？?。！!]|$)/gu, "吗"],
  // Henan speech asks whether something still works as 中 (那个措施还中不中, 还中吗); southwestern speech asks what as 啥子, how as 咋个.
  [/中不中|(?<=还)中(?=吗|么|不|[？?]|$)/gu, "管用"],
  [/啥子/gu, "什么"],
  [/咋个/gu, "怎么"],
  [/啥物|甚么/gu, "什么"],
  [/(?<=是)甚(?=[？?。，,！!]|$)/gu, "什么"],
];

/** The question with written Cantonese grammar words read as Mandarin; Mandarin is left as it is. */
export function withCantoneseRead(question: string): string {
  return READINGS.reduce((q, [pattern, mandarin]) => q.replace(pattern, mandarin), question);
}
