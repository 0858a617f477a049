// What kind of fact a question asks for, and whether a sentence holds a fact of that kind. Both
// go by form: a question for a deadline asks 哪天/截止日期, for a contact 电话/地址, for a person 谁/
// 名字, for documents 材料; a sentence holds a date when it states one (2023年12月15日, 每年3月), a
// duration when it states one (3年, 30个工作日内), a phone number, a person with a post, a sum
// of money or a rate. When the question asks for a kind that no sentence of the clauses found
// holds, the texts cover the topic but do not state the fact (reason `not_stated`).
import { readFigures } from "../figures.ts";

/** Kinds of fact a clause may or may not state. */
export type FactKind =
  | "date"
  | "duration"
  | "frequency"
  | "phone"
  | "email"
  | "website"
  | "address"
  | "person"
  | "who"
  | "materials"
  | "money"
  | "quantity"
  | "list";

/** Facts about a document that its metadata states (corpus/documents.ts and the header). */
export type DocumentFact = "validity" | "issued" | "registered" | "issuer" | "contact";

/** Checked in order: the first that matches is what is asked (电话 before 多少, 多久一次 before 多久). */
const ASKED: [RegExp, FactKind][] = [
  [/电话|热线|联系方式|手机号|\bphone\b|\bcontact number\b/iu, "phone"],
  [/邮箱|电子邮件|e-?mail/iu, "email"],
  [/网址|网站|链接|网页|申报系统|\bwebsite\b|\burl\b/iu, "website"],
  [/名单|哪几个|具体是哪\d*个|目录里.*哪些|都有哪些药/u, "list"],
  [/名字|姓名|叫什么|联系人|都有谁|委员.*有谁|\bwho(?:'s| is)\b.*\b(head|leader|contact person)\b/iu, "person"],
  [/谁|哪个(部门|单位|机构)(审批|受理|负责|认定|牵头)/u, "who"],
  [/地址|在哪(里|儿)?(?!个|份|条|些)|哪里(能|可以)?(领|办|交|申请|申报)|窗口在|建在哪|设在哪|\bwhere\b/iu, "address"],
  [/材料|资料|提交什么|交什么|准备什么|提交哪些|发票|证明文件|\bdocuments? (?:required|needed)\b/iu, "materials"],
  [/几次|几班|多少次|多久.{0,4}一次|每(季度|月|周)吗|频次|按季度还是按年/u, "frequency"],
  [/多久|多长时间|多少天|几天|几个月|周期|多长|\bhow long\b/iu, "duration"],
  [/截止|哪天|哪一天|几月|几号|什么时候|何时|日期|哪一年|\bdeadline\b|\bwhen\b/iu, "date"],
  [/多少钱|金额|奖多少|补多少|给多少|拿多少|多少万|几成|比例|标准(是)?多少|额度|规模(有)?多大|多少资金|奖励多少|补贴多少|扶持多少|\bhow much\b|\bratio\b|\brate\b/iu, "money"],
  [/多少|几个|几家|几项|多大|多高|\bhow many\b/iu, "quantity"],
];

/** Questions about the document itself: is it in force, when was it issued, who issued it, whom to ask. */
const DOCUMENT_FACTS: [RegExp, DocumentFact][] = [
  [/登记日期/u, "registered"],
  [/谁发的|哪个(单位|部门|机关)(印发|发布|发的)|发文(机关|单位)|印发单位|落款单位/u, "issuer"],
  [/印发|发布|发文日期|落款日期|哪天发|签发|出台时间/u, "issued"],
  [/负责解释|解释权|主办单位|主办部门|公开责任部门|责任部门|牵头部门/u, "contact"],
  [
    /有效|失效|生效|作废|废止|执行期|执行到|还执行|实施期|实施期限|时效|施行|试行到|到期|还能用|还算数|管用|还适用|还能按|还能申请|in force|still valid|expire/iu,
    "validity",
  ],
];

export function askedKind(question: string): FactKind | null {
  return ASKED.find(([pattern]) => pattern.test(question))?.[1] ?? null;
}

/** A kind of fact the question asks for, with the words that ask it (网站 in 子网站有扶持吗). */
export interface AskedFact {
  kind: FactKind;
  words: string;
}

/**
 * Every kind the question asks for (什么时候上线，谁牵头 asks a date and who), in the order of ASKED.
 * Words inside those of a kind found earlier ask nothing more (谁 in 都有谁), and a bare 多少 or 几个
 * asks a quantity only when no more particular kind is asked (比例是多少 asks a rate).
 */
export function askedFacts(question: string): AskedFact[] {
  const found: (AskedFact & { at: number; end: number })[] = [];
  for (const [pattern, kind] of ASKED) {
    const m = pattern.exec(question);
    if (!m) continue;
    const at = m.index;
    const end = at + m[0].length;
    if (found.some((f) => at >= f.at && end <= f.end)) continue;
    if (kind === "quantity" && found.length > 0) continue;
    found.push({ kind, words: m[0], at, end });
  }
  return found.map(({ kind, words }) => ({ kind, words }));
}

/**
 * The kinds whose absence from the texts is worth saying (issue 9): a date or deadline, a duration,
 * (how long, how often), a contact, a person, materials, an amount or rate. Who decides, how many
 * and which ones are answered by what the clauses found say.
 */
export const UNSTATED_KINDS: ReadonlySet<FactKind> = new Set(["date", "duration", "frequency", "phone", "email", "website", "address", "person", "materials", "money"]);

export function askedDocumentFact(question: string): DocumentFact | null {
  return DOCUMENT_FACTS.find(([pattern]) => pattern.test(question))?.[1] ?? null;
}

// ---------------------------------------------------------------------------------------------
// What a sentence holds

const COUNT = "(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千半]+)";
const HOLDS: Record<Exclude<FactKind, "money" | "quantity" | "who">, RegExp> = {
  date: /\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{2}-\d{2}|每年\s*\d{1,2}\s*月|[上下]半年|\d{4}年(底|末|前|之前)/u,
  duration: new RegExp(`${COUNT}\\s*个?(工作日|自然日|日|天|周|星期|月|年)(内|以内|之内|以上|期|后|为限)?`, "u"),
  frequency: new RegExp(`${COUNT}\\s*(次|班|批|轮)`, "u"),
  phone: /\d{3,4}-\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d)/u,
  email: /[\w.+-]+@[\w-]+\.[\w.]+/u,
  website: /https?:\/\/|www\.|\.gov\.cn|\.com\b/u,
  address: /\p{Script=Han}{2,}(路|街|大道|巷)\d+号|\d+号(楼|院|大厦)|位于|设在\p{Script=Han}{2,}/u,
  // A person by name: X同志, or a line of a list of members, "刘志仁市委副书记、市长".
  person: /\p{Script=Han}{2,3}同志|(?:^|：)\p{Script=Han}{2,3}\s?\p{Script=Han}{0,20}?(书记|市长|局长|主任|行长|关长|委员|主席|部长|厅长|处长|院长|人选)(、\p{Script=Han}{1,12})*$/mu,
  materials: /材料|证明|复印件|申请表|发票|凭证|合同|清单|资料|报表|申请书/u,
  list: /\p{Script=Han}{2,}、\p{Script=Han}{2,}、\p{Script=Han}{2,}|包括|如下/u,
};
/** An organ or a post: who decides, approves or answers. */
const ORGAN = /局|委员会|委|厅|办公室|人民政府|政府|中心|部门|银行|海关|协会|管委会|小组|书记|市长|局长|主任|组长/u;
const RECURS = /每\s*(日|天|周|旬|月|季度?|半年|年)/u;
const RATE = /\d+(\.\d+)?\s*[%‰]|百分之|[一二两三四五六七八九]成/u;
const NUMBER_WITH_UNIT = new RegExp(`${COUNT}\\s*(万|亿)?\\s*(元|美元|家|人|名|个|项|场|次|单|平方米|倍|所|批|班|类)`, "u");

/**
 * Whether the sentence states a fact of the kind. Figures the question itself states do not
 * count: a clause repeating the asker's 1000万元 threshold does not state the award.
 */
export function holdsKind(sentence: string, kind: FactKind, questionFigures: readonly { unit: string; value: number }[]): boolean {
  switch (kind) {
    case "who":
      return ORGAN.test(sentence) || HOLDS.person.test(sentence);
    case "frequency":
      // A count of times, or a period an action recurs in (每月月末将…报); 每年最高50万元 is a cap, not how often.
      return HOLDS.frequency.test(sentence) || sentence.split(/[，,；;]/u).some((part) => RECURS.test(part) && !readFigures(part).some((f) => f.unit === "money"));
    case "money": {
      const own = readFigures(sentence).filter((f) => f.unit === "money" && !questionFigures.some((q) => q.unit === "money" && q.value === f.value));
      return own.length > 0 || RATE.test(sentence);
    }
    case "quantity": {
      const own = readFigures(sentence).filter((f) => !questionFigures.some((q) => q.unit === f.unit && q.value === f.value));
      return own.length > 0 || RATE.test(sentence) || NUMBER_WITH_UNIT.test(sentence.replace(/\d{4}年/gu, ""));
    }
    default:
      return HOLDS[kind].test(sentence);
  }
}

/** The kind in words, for the answer: 该政策文件没有写明申报截止日期. */
export const KIND_WORDS: Record<FactKind, string> = {
  date: "具体日期或时间",
  duration: "时限或期限",
  frequency: "次数或频次",
  phone: "联系电话",
  email: "电子邮箱",
  website: "网址",
  address: "地址或办理地点",
  person: "具体人员姓名",
  who: "负责的部门或人员",
  materials: "需要提交的材料",
  money: "具体金额或比例",
  quantity: "具体数量",
  list: "具体名单",
};
