// What kind of fact a question asks for, and whether a sentence holds a fact of that kind. Both
// go by form: a question for a deadline asks 哪天/截止日期, for a contact 电话/地址, for a person 谁/
// 名字, for documents 材料; a sentence holds a date when it states one (2023年12月15日, 每年3月), a
// duration when it states one (3年, 30个工作日内), a phone number, a person with a post, a sum
// of money or a rate. When the question asks for a kind that no sentence of the clauses found
// holds, the texts cover the topic but do not state the fact (reason `not_stated`).
import { readFigures, sameFigure, type Figure } from "../figures.ts";

/** Kinds of fact a clause may or may not state. */
export type FactKind =
  | "date"
  | "deadline"
  | "duration"
  | "frequency"
  | "phone"
  | "email"
  | "website"
  | "address"
  | "person"
  | "who"
  | "materials"
  | "rate"
  | "money"
  | "threshold"
  | "area"
  | "conditions"
  | "formula"
  | "own"
  | "office"
  | "quantity"
  | "list"
  | "identity"
  | "manner"
  | "claim"
  | "provision"
  | "procedure"
  | "announced"
  | "future"
  | "price"
  | "outcome"
  | "target"
  | "definition";

/** Facts about a document that its metadata states (corpus/documents.ts and the header). */
export type DocumentFact = "validity" | "issued" | "registered" | "issuer" | "number" | "contact";

// A compact grammar of the interrogative: the question word (多少, 几, 哪, 什么时候, 谁…) and what it
// is bound to (多少 after 奖/补 asks an amount, 几 before 次 how often, 几个 before 工作日 how long,
// 哪些 before 材料 which documents). Each kind is one pattern built from these parts.
/** Words that name money paid out: 奖多少, 补贴多少, 配套多少, 经费安排多少. */
const AWARD = "(?:奖励?|补贴?|补助|贴息|资助|扶持|支持|配套|经费|奖金|资金|安排|给|拿|发|加|减免?|返还?)";
/** How much: 多少, 几万, 多少万元, 几十万, 几分钱 (每美元奖几分钱); 好几百万 says "several million", it does not ask. */
const HOW_MUCH = "(?:多少万?|(?<!好)几[十百千]?万|(?<!好)几千|几[分毛角块]钱?)(?![个家项名次天]|人(?!才))";
/** Between an award and 多少: a few characters, none of them a contact or a measure, which binds the 多少 itself (补贴的电话是多少, 奖励面积要求多少). */
const BETWEEN = "(?:(?!电话|手机|邮箱|网址|地址|面积|人数)[^，。？?,.;!！；]){0,4}";
/** Units of time a span is counted in. */
const SPAN = "(?:个?工作日|个?自然日|天|日|个?星期|周|个月|个?小时)";
/** Figures a bar is set on: 营收, 进出口额, 交易额. */
const MEASURED = "(?:营收|营业收入|收入|销售额|进出口额|出口额|交易额|业绩|单量)";
/** A body asked for: 谁, 哪个部门, 哪个处室. */
const BODY_ASKED = "(?:谁|(?:哪个?|何)(?:部门|单位|机构|处室|科室|处|科|窗口|银行)|哪家\\p{Script=Han}{0,4}?(?:银行|机构|单位|公司|事务所))";
/** What a body does with an application. */
const ACTS = "(?:批准|审批|批|审核|受理|认定|负责|牵头|评审|拨付|兑现|发放|出具)";
/** What is done with money or an application after it is in: how long until, or when, asks its time limit. */
const TIMED_ACTS = "拨付|到账|兑现|兑付|发放|到位|放款|办结|审批|审核|批下来|下来|拿到钱|领到钱|收到钱";
/** What an applicant hands in. */
const PAPERS = "(?:材料|资料|凭证|票据|发票|原件|复印件|审计报告|证明|申请表|申报表|表格)";
/** Verbs of handing papers in: 提交, 要交, 准备, 出具. */
// 带 brings papers where it starts a phrase or follows 要, 得…, not inside a word (产业带, 一带一路).
const HAND_IN = "(?:需要?|要|提交|提供|交|准备|(?<!\\p{Script=Han})带|(?<=[要需得还都请先再也就])带|出具|开具?)";
/** Words of an award, anywhere in a question: 补, 奖, 扶持, subsidy read as 补贴. */
const AWARDED = /补|奖|扶持|资助|支持/u;
/** What the asker pays someone, and the words asking its price. */
const COST = "(?:房租|租金|价格|价钱|收费|运费|学费|报名费|服务费|场地费|物业费)";
const PRICE_ASKED = "(?:多少钱|好多钱|几多钱|什么价|啥价|怎么收|贵不贵)";
const rx = (source: string) => new RegExp(source, "iu");
/** Asking who pays (谁出, 哪级财政出, 市里出还是区里出, who pays): a body asked for ("who"), told by a budget bearing the cost (PAYER). */
const PAYER_FORMS = "谁(来)?(出|承担|负担|掏|买单|付)|哪(一)?级(财政)?[^，。？?,]{0,2}(出|承担|负担|掏|买单|支付)|(?:市|区|县|省)(?:里|级|财政)?(?:出|承担|负担|掏)钱?[^，。？?,]{0,2}还是|\\bwho pays\\b";

// One by name (哪个, 哪家); 哪些学校 may be answered by the kinds (高校、职业院校).
const WHICH_ONE = "哪(?:个|家|所|几个|几家|几所|一家|一所|一个)\\s*";
/**
 * Which institution by name (跟哪个学校合作, 哪家银行放款): stated only where a sentence names one as the texts
 * name them, a place first (郑州职业技术学院, 中国人民银行), not where it speaks of the kind (鼓励高校, 政策性银行).
 */
const institution = (asked: string, named: string) => ({
  // …or after them (合作的高校是哪几所).
  asked: new RegExp(`${WHICH_ONE}(?:${asked})|(?:${asked})(?:是|有)${WHICH_ONE.replace("\\s*", "")}(?!\\p{Script=Han})`, "u"),
  named: new RegExp(`(?:中国|河南|郑州|郴州|\\p{Script=Han}{2}[省市])\\p{Script=Han}{0,10}?(?:${named})`, "u"),
  words: asked,
});
const INSTITUTIONS = [institution("学校|大学|学院|院校|高校", "学校|大学|学院"), institution("银行", "银行"), institution("酒店|宾馆", "酒店|宾馆"), institution("医院", "医院")];
// Where to go (去哪家银行办) asks the office, not a name.
const INSTITUTION_ASKED = new RegExp(`(?<![去到找])${WHICH_ONE}(?:${INSTITUTIONS.map((i) => i.words).join("|")})`, "u");

/**
 * A thing asked to be named (哪家X, 哪位X, 哪一X, 哪个X, 指定X): the noun right after, not a document, place, time or part of a
 * text (哪个文件, 哪个区, 哪年, 哪一条), nor a comparison (哪个更划算, 哪个先发) or a kind (哪种, 哪类 ask conditions).
 */
const IDENTITY_ASKED =
  /(?:哪(?:一个|一家|一位|一|个|家|位)|(?:有没有|是否|有无)指定(?:的)?)\s*(?![个家位标文条款项号段年月日天份次批档级区县市省国城地政局部单种类样方块点些边为给更最好比多能要是有该可对算还都就先后早晚])(\p{Script=Han}{2})/u;
/** Checked in order: the first that matches is what is asked (电话 before 多少, 多久一次 before 多久). */
const ASKED: [RegExp, FactKind][] = [
  [/电话|热线电话|联系方式|手机号|怎么联系|如何联系|\bphone\b|\bcontact number\b/iu, "phone"],
  [/邮箱|电子邮件|e-?mail/iu, "email"],
  // A site asked for, not the 子网站 the texts support opening.
  [/网址|(?<!子)网站|链接|网页|申报系统|(申报|申请)?入口|(哪里?|哪儿)(能|可以)?下载|\bwebsite\b|\burl\b/iu, "website"],
  // Named instances: a catalogue's entries, or institutions, countries and routes by name (哪几所高校, 哪些航线).
  [new RegExp(`名单|哪几[个栋座所家间项场批种类]|哪(\\d{1,3}|[两二三四五六七八九十][一二三四五六七八九十]{0,2})(个|家|项|所)|具体是哪(\\d*个|些|几)|分别是(哪些|哪几)|(银行|机构|公司|学校|高校|院校|企业|园区|基地)(都|还|分别)?(有|是)哪(几|些)|(目录|清单)[^，。？?,]{0,8}(哪些|什么)|(?<![去到找])哪(家|一家|几家|些)\\s*(?:[A-Za-z]+\\s+){0,2}(银行|金融机构|保险公司)|(银行|金融机构)\\s*(目录|清单)|哪(几|些)?所|哪些(高校|大学|院校|国家|航线|航空公司)|${INSTITUTION_ASKED.source}`, "u"), "list"],
  [/名字|姓名|叫什么|叫啥|由(?:哪些|何)人|(?:哪些|何)人组成|(?:联系|对接|负责)人(?:是谁)?|都有谁|都是谁|(?:长|员|人|任|家|师)是谁|(?:长|员|任)是哪位|(是|有)哪些人|委员.*有谁|(哪些|什么)(成员|委员|专家)(?!委员会|会|组(?!成))|成员(有|是)(哪些|谁)|(里面|里头|其中)(有谁|谁有|都有谁|都是谁|是谁)|\bwho(?:'s| is)\b.*\b(head|leader|contact person)\b/iu, "person"],
  // Which body acts on an application: 经谁批准, 由哪个处室受理, 最后谁批, 审核主体为何部门.
  // Which budget pays (谁出钱, 市里出还是区里出, who pays) is asked so too.
  [rx(`${BODY_ASKED}[^，。？?,]{0,3}${ACTS}|${ACTS}[^，。？?,]{0,4}(为|是)(哪个?|何)(部门|单位|机构|处室|科室)|(经|由|找|归|去|到)${BODY_ASKED}|${PAYER_FORMS}`), "office"],
  [/谁|(?<!任)何人|哪个(部门|单位|机构)(审批|受理|负责|认定|牵头)/u, "who"],
  [/地址|门牌|(?:位于|坐落于?)何处|哪条(街|路|道)|哪栋|哪座楼|几楼|几层|(?<!差|别|同|化)在哪(里|儿)?(?!个|份|条|些|几|一)|从哪(里|儿)|在哪一?个(区|县|市|园区|地方)|(哪里|去哪(里|儿)?)(能|可以)?(领|办|交|申请|申报|报名|查)|窗口在|建在哪|设在哪|位于哪|\bwhere\b/iu, "address"],
  // Papers one prepares for a purpose (为准备申报材料，烦请提供该条全文) are why one asks, not what.
  [rx(`(?<!为了?)${HAND_IN}[^，。？?,]{0,10}${PAPERS}|${PAPERS}(有)?(哪些|什么|清单)|${PAPERS}[^，。？?,]{0,2}(?:要|需要?|得)(?:开成?|写成?|注明|提供|填成?)?(?:什么|哪些|啥)|${PAPERS}[^，。？?,]{0,2}要求|(哪些|什么|啥|何种|哪种)${PAPERS}|(有没有|有无|是否有)[^，。？?,]{0,4}${PAPERS}|(提交|交|准备)(什么|哪些|啥)|\\bdocuments? (?:required|needed)\\b`), "materials"],
  // What came of a measure (去年有几家拿到了, 目标最后完成没): texts set measures and targets; what
  // happened after they were issued is no part of them. What a text gives (方案对直播人才给了哪些支持) is its content.
  [
    /(多少|几)家[^，。？?]{0,8}(拿到|拿了|获得|领到|享受到|享受了|入选|被认定|认定了|申请到|获批|兑现)|(拿到|拿了|获得|领到|享受到|入选|获批|认定了)[^，。？?]{0,8}(多少|几)家|(一共|总共|累计|至今|到现在)有?(多少|几)(个|家|条|场|批)|(多少|几)(个|家|条|场|批|所)?[^，。？?]{0,24}(拿到|拿过|获得|得到|领到|享受到|入选|申请到|获批)(过|了)|(?<!(方案|措施|文件|政策|意见|规定)[^，。？?]{0,12})(选|认定|评|办|举办|(?<!写)给|(?<!印)发|开通|奖|批)(上|出|中)?(了|过)(多少|几|哪几|哪些)|(共|一共|总共|累计)(兑现|发放|拨付|惠及|支持|奖励)了?(多少|几)|惠及(了)?(多少|几)|已经(认定|评选|选出|公布|出台|引进)了?|(完成|达到|实现|达标)了?(没有|没)|(完成|达到|实现|落实)(得|的)?(怎么样|如何|情况)|(后来|实际|最终)[^，。？?,]{0,4}(达到|完成|实现|拿到|领到|兑现)了?(数|量|额)?(为|是)?(多少|几|没有|没)|最后(到底)?(完成|达到|超过|实现|有没有|超没|达没)|(已经|至今|迄今|到目前|截至目前|截止目前|目前已)[^，。？?]{0,10}(多少|几)|\p{Script=Han}了(多少|几)(家|批|所)|哪(个|些|几|\d{1,3}|[一二三四五六七八九十]{1,3})[^，。？?]{0,12}(拿到|拿过|获得|得到|领到|享受到|入选|申请到|获批|评上|选上)(了|过)|(评上|选上|拿到|获批|入选)的?(是|有)?哪(些|几|\d{1,3}|[一二三四五六七八九十]{1,3})|(最后|最终|后来)实际[^，。？?,]{0,4}(是|有)(多少|几)|(现在|到现在|如今)[^，。？?]{0,12}(多少|几)[^，。？?]{0,4}了|(实际|累计|历年)[^，。？?]{0,8}(补|拨付|兑现|发放|立项|投入|支出|评选|认定)了?(的是|的有)?(多少|几|哪些)|(多少|几)[^。？?]{0,40}至今|(实际|到现在|至今|迄今)[^，。？?]{0,8}\p{Script=Han}了(多少|几)|已经[^，。？?]{0,6}给了哪(家|些|个)|(全市|全区|全县|总共|累计)[^，。？?]{0,6}(兑现|拨付|发放|支出)的?(总额|金额|多少)|(实际|后来|最终|最后)[^，。？?,]{0,6}(达到|完成|实现|达标|做到)了?(吗|么|没有?)|(实际|最终|最后|到底)[^，。？?,]{0,4}(达到|到|超过)[^，。？?,]{1,10}没(?=[？?。，,！!\s吗呢啊呀]|$)|(名单|结果|案例|榜单|评选)[^，。？?]{0,6}(公布|发布|评出|出来|出)了?(吗|么|没有?)|(名单|结果|案例|榜单|评选)[^，。？?]{0,6}(是否|有没有|有无)(已经?)?(公布|发布|评出)|(评|选)出来了(吗|么|没)|(现在|目前|如今|至今)[^，。？?]{0,6}有(多少|几)(个|家|名|所)|(做到|达到|完成|实现|超过)[^，。？?]{0,12}(没有|了没)(?=[？?。，,！!\s吗呢啊呀]|$)|实际(是|有|为)(多少|几)|(一共|总共|累计)\p{Script=Han}{1,2}了(多少|几)|(实际|到底|最终|最后|究竟)[^，。？?]{0,4}((?<reached>[达到完超实])没\k<reached>|(有没有|是否)(达到|完成|实现|超过|做到))|(实际|最终|最后|到底)[^，。？?,]{0,4}(做到|达到|完成|实现)了?(多少|几)|哪(些|几)家?(企业|公司|单位|机构)[^，。？?]{0,4}(已经|已)被?(列入|列进|纳入|认定|评上|入选|拿到|获批)|实际(完成)?(数|数字|完成数|完成情况)|哪(些|几)[^，。？?]{0,8}批下来/u,
    "outcome",
  ],
  // A target set (海外仓面积目标多少, target volume by end 2023): stated by a sentence setting one for a year, not by a bar to clear.
  [/目标(?!市场|客户|国家|地区|区域|用户|企业|人群)|\btargets?\b/iu, "target"],
  // A text the document announces for later (细则出台了没有，文号是多少): the document cannot say.
  [/(细则|申报指南|申报通知)[^，。？?]{0,8}(出台|出来|发布|印发|文号|有没有|了没|在哪)/u, "announced"],
  // Whether another text will follow (到期以后会不会出新的接续政策): the texts in force cannot say what comes after them.
  // So is whether a document was or will be extended, renewed or replaced (到期后会自动延长吗, 转正了没有, 有没有出正式版):
  // no text speaks of its own renewal.
  [
    /(会不会|是否会|会否|还会不会|将不将)[^，。？?]{0,8}(出台?|发布|印发|制定|推出)[^，。？?]{0,12}(政策|文件|措施|方案|意见|办法)|(到期|期满)(以?后|之后)[^，。？?]{0,12}(新的?|接续|延续|后续)[^，。？?]{0,4}(政策|文件|措施)|(延期|续期|延长|延续|转正|正式版|新版|新一版)[^，。？?]{0,8}(了没|了吗|没有|吗|么|没)|(有没有|是否|会不会|会|能不能)[^，。？?]{0,10}(延期|续期|延长|延续|转正|正式版|新版|新一版)/u,
    "future",
  ],
  // What a word of the texts means (‘社区’怎么界定, 开办费包括哪些项目, what counts as training): stated only where a sentence defines it.
  // What it means in words (集检分出是什么意思) the clause holding it explains.
  [/(怎么|如何|怎样)(界定|定义)|界定(标准)?(是什么|是啥)|(包括|包含|涵盖)(哪些|什么|啥)|\bdefine[sd]?\b|\bdefinition\b|\bwhat counts as\b/iu, "definition"],
  // The steps of applying: 走什么流程, 申报程序, 办理手续 (怎么申请 asks what the clause on the subject says).
  [/流程|程序|手续|步骤/u, "procedure"],
  [/几次|几班|几期|几趟|多少次|多少班|多少趟|(多久|多长时间).{0,8}一次|每(季度|月|周|年)(一次)?吗|频次|频率|按(季度|月|半年|年)(结算|发放|拨付|支付|兑现|发)的?吗|[按每](季度?|月|周|半年|年)[^，。？?,]{0,6}还是/u, "frequency"],
  [rx(`多久|多长时间|多长|周期|(?:几|多少)${SPAN}|几年|\\bhow long\\b`), "duration"],
  [/截止|到期|期限|到什么时候|到哪(天|一天|年)|(什么时候|何时)结束|\bdeadline\b/iu, "deadline"],
  [rx(`哪天|哪一天|几月|哪一?个月|几号|什么时候|啥时候|何时|何日|几时|日期|哪一?年(?!的?(?:那个|那份|那)?(?:文件|方案|措施|意见|政策|文))|(申报|申请|受理|评审|评选|举办|成立|开展|启动|公布|开通|建成|${TIMED_ACTS})的?时间|\\bwhen\\b`), "date"],
  // What is measured, named by the question: an area in 平方米, a figure to clear (门槛, 营收要多少),
  // the conditions to meet, how an award is reckoned, a rate.
  [/面积[^，。？?,]{0,6}(多少|多大|几)(平方米|平米|平|亩)?|多少平(方米?|米)|几平(方米?|米)|多大(的)?面积|(最小|最少|起码|至少)(要|得|需要)?多大/u, "area"],
  [rx(`门槛|${MEASURED}[^，。？?,\\d]{0,4}(要|达到|得)?(多少|多大|几)|(多少|多大)${MEASURED}`), "threshold"],
  [/(什么|哪些|啥|哪几个?)\p{Script=Han}{0,4}?(条件|资质)|条件[^，。？?,]{0,4}?(是|有)(什么|哪些|啥)|(要|需要?|得)满足/u, "conditions"],
  [/公式|(怎么|如何|怎样)(计算|算|核算)|计算(方法|方式|办法)|按(什么|啥)(标准|办法|方法)?(算|计算|核算)/u, "formula"],
  [rx(`(?:${AWARD}[^，。？?,]{0,4})?(?:比例|几成|百分之几|百分之多少|百分比|几个点|多少个点|费率|利率|幅度)(?:[^，。？?,]{0,3}(?:多少|几))?|\\bratio\\b|\\brate\\b`), "rate"],
  // What something costs the asker (园区的房租一个月每平方好多钱, 运费什么价): a price, which the texts never quote; asked
  // beside an award (房租补贴多少钱) it is the award's amount.
  [rx(`${COST}[^。？?\\d]{0,12}${PRICE_ASKED}`), "price"],
  [
    rx(`多少钱|好多钱|几多钱|金额|额度|数额|(?<!进出口|出口|进口|交易|销售|营业|营收)总额|(多少|几)亿|(是否|有没有|有无)(设|设有|规定)?了?[^，。？?,]{0,6}上限|标准[^，。？?,]{0,4}多少|(标准|金额|额度)(为|是)何(?=[？?。！!]|$)|(封顶|上限|最高)(是|为)?(多少|几)|(一定|适当|相应)[^，。？?,]{0,6}(多少|好多|几多)|[”"」』]\\s*(到底|具体|究竟)(是|为|有)?(多少|好多|几多)|规模(有|是|为)?(多大|多少|好大)|(多大|多少|好大)的?规模|${AWARD}${BETWEEN}${HOW_MUCH}|${HOW_MUCH}(元|钱|奖励|补贴)|${HOW_MUCH}\\p{Script=Han}{0,2}(资金|经费|奖金)|\\bhow much\\b`),
    "money",
  ],
  [/多少|几个|几家|几项|多大|多高|\bhow many\b/iu, "quantity"],
  [/(怎么|如何|怎样)(奖|补|支持|扶持)/u, "manner"],
  // Which one by name (哪家会计师事务所审计, 找哪个科室, 哪位副市长分管, 有没有指定供应商): the texts name it only in a sentence
  // naming the thing asked; kinds found earlier (哪个部门, 哪家银行, 哪个区) have their own ways.
  [IDENTITY_ASKED, "identity"],
];

/**
 * Until when a document itself runs (直播方案的政策到哪天截止, 措施 管到哪天, 4号文还能管多久, 试行措施，最长能用到哪一天, 方案要延期，
 * 原定的截止日), its own end date (实施方案有截止日期吗, 印发日期同截止日期), not an application's deadline (申报到哪天, 补贴的申报截止日期).
 */
export const RUNS_UNTIL =
  /(号文?|文件|措施|方案|意见)\s*(的|有没有|有|是否有)?\s*(截止|到期|终止|结束)(日期|时间|日)|(印发|发文|成文)(日期|时间)[^，。？?]{0,3}(和|与|同|及|跟|、)\s*(截止|到期|终止|结束)(日期|时间)|(号文?|文件|政策|措施|方案|意见)\s*的?(政策)?(?:要|会|能|管|还管|有效|执行|实施)?(到|至)(哪天|哪一天|什么时候|啥时候|何时|几时|哪年|哪一年)(截止|结束|为止)?|(号文?|文件|政策|措施|方案|意见)[^，。？?]{0,2}还(在不在|在吗|在么|存在吗)|(号文?|文件|政策|措施|方案|意见)[^，。？?]{0,4}还(能|可以|会|要)?[^，。？?]{0,3}(多久|多长时间|几年|几个月)|(号文?|文件|政策|措施|方案|意见)[，,\s]*(最长|最多|还)?(能|可以)?(用|管|适用)(到|至)(哪天|哪一天|什么时候|啥时候|何时|几时|哪年|哪一年)|(号文?|文件|政策|措施|方案|意见)[^，。？?]{0,3}(要|会|能|如果|若)?(延期|延长)/u;

/** Questions about the document itself: is it in force, when was it issued, who issued it, whom to ask. */
const DOCUMENT_FACTS: [RegExp, DocumentFact][] = [
  // Validity first: asked beside the day of issue (哪天发布的？有效期几年？), the sentence setting it is the one asked after.
  [RUNS_UNTIL, "validity"],
  [
    /有效|失效|生效|效力|过期|作废|废止|执行期(?!间)|(执行|实施)到(?!现在|今天|目前|如今|今)|还执行|(在|还在)[^，。？?]{0,6}(期限|有效期|执行期)内|还在[^，。？?]{0,6}期内|还算不算|(年|月|日|号|时候?)(还|仍)?在(执行|实施|施行)|(执行|实施|施行)(几|多少)年|(覆盖|涵盖|管)(哪几年|哪些年份?|几年)|(还|仍|仍然|是否)在(执行|实施)|(开始|起)(实施|执行)|(什么时候|何时|哪天|哪一天)(起|开始)?(实施|执行)|实施期(?!间)|实施期限|时效|施行|试行?到(?!了)|到期|还算数|算不算数|作不作数|管不管用|有没有效|(?<![才就])作数|管用|还有用|还适用|还能用|还能(执行|实施)|in force|still valid|expire/iu,
    "validity",
  ],
  [/登记日期|(哪天|哪一天|何时|什么时候|啥时候)登记|登记(于|的)?(哪天|何时|什么时候)/u, "registered"],
  // …and who, asked after the act of issuing (什么时候印发，由谁; when issued, and by whom).
  // Who is asked by any of its words (谁, 啥人, 什么人), or by a body named (哪个单位, 哪些主体 of which body issued), or as a choice (郑州市人民政府印发的，还是市政府办公厅印发的).
  [/(谁|啥人|什么人)(印发|发布|签发|出台|发的)|(印发|发布|签发|出台)[^。？?]{0,12}由谁(?=\s*[？?。，,]|\s*$)|发的[，,]?还是[^，。？?]{1,12}发的|(哪个|哪一?家|哪些|什么|啥)\s*(单位|部门|机关|机构|主体|办公室|办公厅|政府)[^，。？?]{0,6}(印发|发布|发的|签发|出台|名义)|发文(机关|单位)|印发单位|落款单位/u, "issuer"],
  // The document's own number (文号是多少, 文号怎么写); a text it announces has none the corpus holds (see IMPLEMENTING_TEXT).
  [/文号(分别|各|都)?(是|为)?(多少|什么|啥|几|怎么写|怎么填|哪个)|文号(是|为)[^，。？?]{1,12}还是|(登记号|索引号)(分别|各|都)?(是|为)?(多少|什么|啥)|(什么|啥|哪个)文号|发文字号/u, "number"],
  // The day of issue, not the act: 哪天印发的, 什么时候郴州那份印发的, 成文日期 and which came out first (哪个先发的) ask it, 一共印发了哪几个文件 does not.
  [/(印发|发布|发文|落款|成文|签发|出台)(日期|时间)|(印发|发文|成文|签发)日(?=$|[？?。，,！!\s])|(印发|发布|发文|签发|出台)(的|于)?(吗|么)?[？?，,]?\s*(是)?(什么时候|啥时候|何时|哪天|哪一天)|(什么|啥|哪个)日子[^，。？?]{0,2}(印发|发布|发|签发|出台)|(哪|几|何)(天|日|年|月|号|一天)[^，。？?]{0,4}(印发|发布|发(?!放)|印(?=的|了)|签发|出台|(?<!提)出(?!钱|资))|(什么时候|啥时候|何时|几时)(印发|发布|发|出台)|(什么时候|啥时候|何时|几时)[^，。？?]{1,20}?(印发|签发)(的|了)?(?=[？?。，,！!\s]|$)|哪(个|份|一个|一份)[^，。？?]{0,4}(先|早|后|晚)(印发|发布|发(?!放)|出台)/u, "issued"],
  [/负责解释|解释权|主办单位|主办部门|(哪个|什么)(局|部门|单位|处室?)(主办|督办)|督办|公开责任部门|责任部门|牵头部门|负责公开/u, "contact"],
];

/** The question with what it quotes left out (the quotation marks stay). */
// A question quoted (来电人问“…多少个工作日能到账？”) is what is asked, and a text the document
// announces (“实施细则”是否已经出台) what it is asked about: both stay.
const withoutQuotations = (text: string) =>
  text.replace(/([“"「『])([^”"」』]{2,40})([”"」』])/gu, (whole, open: string, quoted: string, close: string) => (/[？?]$/u.test(quoted) || IMPLEMENTING_TEXT.test(quoted) ? whole : `${open}${close}`));

/** A blank to fill (建筑面积下限为____平方米, 给予（ ）万元): asks the figure that goes there. */
const BLANK = /_{2,}|＿+|（\s*）|\(\s*\)/gu;

/** The question with the spaces between its Chinese words taken out. */
export const joinWords = (text: string) => text.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, "");

/**
 * The question with each sentence that states and asks nothing blanked, when more follows it (那会儿还是小作坊。, 跟老婆商量明年要不要
 * 请个人。): its 还是 is "still", its 要不要 what was weighed, neither a particular asked of the texts. Places stay where they are.
 */
const withStatementsBlank = (question: string) =>
  question.replace(/[^。！!？?\n]*。(?=[\s\S]*\p{Script=Han})/gu, (sentence) => (ASKS_IN_SENTENCE.test(sentence) ? sentence : " ".repeat(sentence.length)));
const ASKS_IN_SENTENCE = /[？?吗呢]|什么|啥|多少|哪|怎么|怎样|如何|是否|能否|可否|有没有|有无|几/u;

/**
 * The question with each field of a form that asks nothing blanked (来电人：直播公司负责人｜诉求：询问…有无奖励): it says
 * who or what, and its 负责人 asks for no person. Fields are set apart by bars; the bars stay.
 */
function withFieldsBlank(question: string): string {
  const fields = question.split(/(?=[｜|])/u);
  if (fields.length < 2 || !fields.some((f) => ASKS_IN_SENTENCE.test(f))) return question;
  return fields.map((f) => (ASKS_IN_SENTENCE.test(f) ? f : f.replace(/[^｜|]/gu, " "))).join("");
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
export function askedFacts(typed: string, districts: readonly string[] = []): AskedFact[] {
  const question = withFieldsBlank(typed);
  const found: (AskedFact & { at: number; end: number })[] = [];
  const own = ownMeasureAsked(question, districts);
  if (own) found.push(own);
  const claimed = claimChecked(question);
  const checked = claimed.length > 0 ? claimed : [provisionAsked(withStatementsBlank(question)) ?? []].flat();
  found.push(...checked);
  // Words typed apart (什么 时候 到账) ask as they would together; keywords apart (省级 奖励) name no measure, so the district's own is read as typed.
  // Words quoted from the texts (“只按照奖励额度最高的政策进行奖励”) are what is looked for, not what is asked.
  const joined = joinWords(withoutQuotations(question)).replace(BLANK, "多少");
  for (const [pattern, kind] of ASKED) {
    const m = pattern.exec(joined);
    if (!m) continue;
    const at = m.index;
    const end = at + m[0].length;
    if (found.some((f) => at >= f.at && end <= f.end)) continue;
    if (kind === "quantity" && found.some((f) => f.kind !== "own")) continue;
    // A price asked beside an award (体验店每平米能补多少钱) is the award's amount.
    if (kind === "price" && AWARDED.test(joined)) continue;
    // A bar asked twice over (入库门槛是多少营收): the words between name it too; the measure is not the topic.
    if (kind === "threshold") {
      const last = [...joined.slice(end).matchAll(new RegExp(pattern.source, "giu"))][0];
      const until = last && !/[。？?！!]/u.test(joined.slice(end, end + last.index)) ? end + last.index + last[0].length : end;
      found.push({ kind, words: joined.slice(at, until), at, end: until });
      continue;
    }
    if (kind === "definition") {
      const term = definedTerm(question, joined, at, end);
      if (term) found.push({ kind, words: term, at, end });
      continue;
    }
    found.push({ kind, words: m[0], at, end });
  }
  // 谁 beside a person or a body asked (Who is the contact person? → 谁 联系人) asks nothing more, nor does a list or one
  // by name beside persons (专家由哪些人组成？列明名单没有; 组长是哪位领导): the names are the persons asked.
  const particular = found.some((f) => f.kind === "person" || f.kind === "office");
  const persons = found.some((f) => f.kind === "person");
  // Whether an announced text has come out (“实施细则”是否已经出台), what it is called and when it came out are that
  // text's facts, not what came of a measure, a person's name or another day.
  const announced = found.some((f) => f.kind === "announced");
  const ofAnnounced: ReadonlySet<FactKind> = new Set(["outcome", "person", "date"]);
  // A count of a clause's own parts (分几个档次？一共几个; 一共分了几种情况) is what the clause lists, not what came of it.
  const partsCounted = PARTS_COUNTED.test(joined);
  return found
    .filter((f) => !(particular && f.kind === "who") && !(persons && (f.kind === "list" || f.kind === "identity")) && !(announced && ofAnnounced.has(f.kind)) && !(partsCounted && f.kind === "outcome"))
    .map(({ kind, words }) => ({ kind, words }));
}
/** The parts a clause's own content is counted in (分几个档次, 几种情况, 举几个例子): a clause listing them states how many. */
const PARTS = "档次?|情况|种类|类别|级别|层次|例子|样子?";
export const DIVISION = new RegExp(`^(?:${PARTS})$`, "u");
const PARTS_COUNTED = new RegExp(`(?:几|多少)(?:个|种|类|级|样)?(?:${PARTS})|分了?(?:几|多少)(?:个|种|档|类|级|样)`, "u");

/**
 * The word whose meaning is asked: the one quoted (‘社区’怎么界定, what '符合条件' means), else the
 * words right before the asking words (开办费包括哪些项目), else right after them (what counts as training).
 */
function definedTerm(question: string, joined: string, at: number, end: number): string | null {
  const quoted = /[‘'“"「『]([^’'”"」』]{2,12})[’'”"」』]/u.exec(question)?.[1];
  if (quoted) return quoted;
  // The words since the last pause or pointer, less the adverbs and what is given for it (这个开办费包括哪些 →
  // 开办费, 综合服务费补贴包含哪些 → 综合服务费), at most six characters.
  const lead = joined.slice(0, at).split(/[，。？?,、；;！!\s]|这个|那个|所谓|的/u).at(-1)!.replace(/(都|具体|到底|主要|一般|分别|究竟|还|又)+$/u, "").replace(/(补贴|补助|奖励|支持)$/u, "");
  const before = /\p{Script=Han}{2,6}$/u.exec(lead)?.[0];
  if (before) return before;
  return /^\s*(\p{Script=Han}{2,6})/u.exec(joined.slice(end))?.[1] ?? null;
}

/** Asking whether the texts say what the asker was told: 原文有这个数吗, 文件里是不是写了…, …对吗 (文件有效吗 asks validity). */
const CHECKS = /(原文|文件|文中|条款|政策|里面)[^，。？?]{0,6}(有(?!效)|写|说|规定|提到)[^，。？?]{0,12}(吗|么|没有|没|不)[？?]?$|(原文|文件|文中)[^，。？?]{0,3}(有|写了?)这个|(原文|文件|文中)[^，。？?]{0,4}(支持|支撑|印证|佐证)(?=这|此|该|吗|么|不|得?住)|对吗|对不对|对还是错|是对是错|属实|是真的吗|准确吗|是不是(这样|这么)|有这(个|一|种)(数|说法|规定)|是这个数吧/u;

/** The words closing a claim to check it (…，对不对; …，真的吗): they ask whether it holds, and no text is about them. */
export const CHECKING_TAIL = /[，,\s]*(?:这个|这样|这么说)?(?:对吗|对不对|对还是错|是对是错|属实吗?|是真的吗|真的吗|真的假的|准确吗|是不是真的|没错吧|对吧)[？?！!。\s]*$/u;

/**
 * What the asker quotes to check it (报道说体验店补贴每平方米500元，对吗; FAQ：“…须在每年6月30日前提交申请”，对不对),
 * detail by detail: each figure with its unit, and each share, day or month in quotation marks. The texts state a detail when a
 * sentence on the subject states one of its sort, the same or another (the answer corrects it); with none,
 * they do not say it at all (认定标准为面积5万平方米, 6月30日前).
 */
function claimChecked(question: string): (AskedFact & { at: number; end: number })[] {
  const m = CHECKS.exec(question);
  if (!m) return [];
  const figures = readFigures(question.slice(reportedBefore(question, m.index))).map((f) => f.written + (f.unit === "money" ? (f.currency === "USD" ? "美元" : "元") : UNIT_NAMES[f.unit]));
  // Days and shares only as quoted: told in the asker's own story (2020年3月申报), they say when, not what is claimed.
  const quoted = [...question.matchAll(/[“"「『]([^”"」』]{2,80})[”"」』]/gu)].map((q) => q[1]!).join("\n");
  const others = CLAIMED_SORTS.flatMap((sort) => [...quoted.matchAll(new RegExp(sort.source, "gu"))].map((d) => d[0]));
  return [...new Set([...figures, ...others])].map((words) => ({ kind: "claim", words, at: m.index, end: m.index + m[0].length }));
}
/** Someone reported saying (销售说, 博主称, 小王算): a segment opening with who, not a text (文件里说 asks the texts). */
const REPORTS = /(?<=^|[，,。；;！!？?\s])(?![^，,。；;！!？?\s]{0,8}?(?:文件|原文|文中|政策|条款|措施|方案))[^，,。；;！!？?\s]{0,8}?(?:说|称|讲|表示|声称|宣称|承诺|保证|算)/gu;

/**
 * Where the claim checked begins: at the report of it (…花了200万，销售说能拿60万，对吗), so that the figures told
 * before it are the asker's own, not what was claimed; 0 when the question reports no one, or is no claim.
 */
export function claimReportedAt(question: string): number {
  const check = CHECKS.exec(question);
  return check ? reportedBefore(question, check.index) : 0;
}
const reportedBefore = (question: string, checkAt: number) => [...question.matchAll(REPORTS)].filter((r) => r.index < checkAt).at(-1)?.index ?? 0;
/** The sorts of detail besides figures a claim can state: a share, a month of a year, a day of a month. */
const CLAIMED_SORTS = [/\d+(?:\.\d+)?\s*[%％]|百分之[一二三四五六七八九十\d]+/u, /\d{4}\s*年\s*\d{1,2}\s*月/u, /\d{1,2}\s*月\s*\d{1,2}\s*[日号]/u];
const UNIT_NAMES: Record<Figure["unit"], string> = { money: "元", sqm: "平方米", enterprises: "家", people: "人", orders: "单", days: "天" };

/**
 * Whether the texts have a provision of some kind: 有没有追回条款, 是否有退出机制的规定, 文件写了成立年限要求吗, 对注册资本有没有要求.
 * What is asked about is the stretch before the word for a provision (or after 对, the thing a requirement is on); the texts
 * have one when an evidence sentence uses a word of it (see `states`, and `provisionWords` in understand/index.ts).
 */
const PROVISION = /(?:有没有|是否有|有无|有没|是否规定了?)(?:关于|针对|专门|相关)?([^，。？?,]{1,12}?)(?:的)?(?:相关)?(?:条款|规定|机制|条文|说法|要求)|有([^，。？?,]{1,12}?)(?:的)?(?:相关)?(?:条款|规定|机制|条文)(?:吗|么)|(\p{Script=Han}{2,4}?)(?:有没有|有无|是否有|是否设)门槛|(?:文件|原文|文中|方案|措施)里?(?:有没有|是否)?(?:写|列|提|载)(?:了|明|到)([^，。？?,“”"]{2,12}?)(?:吗|么|没有|没)|(?:对|关于)((?:(?![多几哪啥么])\p{Script=Han}){2,6}?)(?:有没有|有无|是否有|有)(?:具体|明确|硬性)?的?要求/u;
/**
 * A particular requirement asked after (需要什么学历, 要多大场地, 注册资本要求多少): the texts state it when
 * a sentence names the thing required; the general words (条件, 材料) are asked by their own kinds.
 */
const REQUIREMENT = /(?:需要|要求|得|要)(?:什么|哪些|啥|多高的?|多大的?)\s*(\p{Script=Han}{2,4}?)(?=[，。？?,！!]|吗|么|才|呢|$)|(?:要求|需要|要(?![求达是有做实完]))(\p{Script=Han}{2,4}?)(?:达到|是)?多少/u;
// A bar's verb (要超过多少家, 要达到多少) asks the bar, not a thing required.
const GENERAL_REQUIREMENTS = /条件|资格|要求|材料|资料|手续|流程|证明|东西|钱|费用|金额|比例|部门|时间|时候|标准|面积|目标|超过|达到|高于|低于|不低于|不少于|满/u;
function provisionAsked(question: string): (AskedFact & { at: number; end: number }) | null {
  const m = PROVISION.exec(question);
  const what = (m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4] ?? m?.[5] ?? "").trim();
  if (m && what) return { kind: "provision", words: what, at: m.index, end: m.index + m[0].length };
  const r = REQUIREMENT.exec(question);
  const required = r?.[1] ?? r?.[2];
  // A verb reaching a figure (面积要干到多少) asks the figure, not a thing required.
  return r && required && !GENERAL_REQUIREMENTS.test(required) && !required.endsWith("到") ? { kind: "provision", words: required, at: r.index, end: r.index + r[0].length } : detailAsked(question);
}

/** A measure of a district's own, beside the city's: 额外, 再加, 配套, 在市里…之外/基础上, 自己出台 (新郑自己出 is who pays). */
const OWN = /额外|另外|另行|单独|再(加|给|奖|补|配)|配套|之外|基础上|叠加|自己[^，。？?,]{0,4}(?:出台|制定)|自己(?:出|定|发)的|自己的|出台(了)?自己/u;
/**
 * The province as the one giving (省级奖补, 省财政…给, 省商务厅出台), not as the one designating
 * (省级示范企业, 被省商务厅列入); a question asking what the city gives besides (市里还给吗) is about the city.
 */
const PROVINCE_GIVES = /省级[^\s，。？?,]{0,8}?(奖补|奖励|补贴|补助|财政|资金|配套|专项)|省(财政|商务厅|政府|里)[^，。？?,]{0,12}?(出台|给|奖|补|配套|资金|文件)/u;
const CITY_GIVES = /市里|市级|市财政|市本级/u;
/** The words a provincial measure is asked by, and the texts' provincial giver: 省财政给予, 省级奖补. */
const PROVINCIAL = "省级";
const PROVINCE_GIVING = /省(级)?(财政|商务厅|政府)[^，。；,;]{0,4}(给予|安排|奖励|补贴|补助|按)/u;
/**
 * The level below the city, named without a name: 区里, 县级, 各区. Run on from a name (综保区里面, 园区级) it is
 * inside that place, so 区里 stands after a pause or a word that is no name's end (在区里, 我们县里).
 */
const LOCAL = /(?<=^|[^\p{Script=Han}]|[在们咱俺的和跟与是说问找去到那这从让由给向对也还都就])(?:区里|县里|区级|县级)|区县|各区|各县/u;

/**
 * A particular detail asked yes or no, or one of two ways (学员要不要考试合格才算, 包机算不算专线, 按自然年还是按
 * 保单年度): the texts settle it only where a sentence names the detail, as with a provision. What
 * is classed (包机 in 包机算不算专线, 装修 in …哪些开支能算开办费，装修算不算) is the detail, not the class the texts do
 * name; the asker's own case (我们印刷厂算不算) is settled by the clause's conditions. Which level pays (市里出还是区里出) is
 * who pays, and 第十条还是十一条 a look-up.
 */
const DETAIL_REQUIRED = /(?:要不要|需不需要|用不用|得不得|必不必须|是否(?:需要|要求|必须|要)|是不是(?:要|必须|需要|得)|必须)\s*([^，。？?,！!]{2,12}?)(?=才(?:算|行|能|可以|给)|吗|么|呢|[，。？?,！!]|$)/u;
const DETAIL_CLASSED = /(?<![我咱])([^，。？?,！!、\s我]{2,8}?)(?:算不算|属不属于|是否属于|是否计入|算不算进|计不计入)(?:是)?[“"「]?(?![在进数已还])\p{Script=Han}{2}|(?:^|[，。？?,！!、\s：:])([^，。？?,！!、\s我咱这那此]{2,8}?)算不算(?=[？?，,。！!\s]|$|啊|呀|呢)/u;
/** An item asked to be within a class the texts name (营业面积是否包含仓储面积, 包不包括运费): the item is the detail. */
const DETAIL_CONTAINED = /(?:是否|有没有|能否|包不|含不)(?:包含|包括|涵盖|含)\s*(?!哪|什么|啥|在内)([^，。？?,！!]{2,10}?)(?=在内|吗|么|呢|[？?，,。！!]|$)|(?:包含|包括|涵盖)\s*(?!哪|什么|啥)([^，。？?,！!]{2,10}?)(?:在内)?(?:吗|么)/u;
const TWO_VERSIONS = /一个人?说([^，,。？?]{2,14})[，,]\s*(?:另)?一个人?说([^，,。？?]{2,14})/u;
// 还是 after a time (当时还是独立法人的子公司, 现在还是) is "still", no choice.
const DETAIL_EITHER = /([^，。？?,！!是填选]{2,10})(?<!当时|那时|那会儿?|当年|现在|目前|一直|仍然?|依然|本来|原来|以前|之前|过去)[，,]?还是([^，。？?,！!]{2,12}?)(?=[，。？?,！!]|呢|$)/u;
const NOT_A_DETAIL = new RegExp(`${CITY_GIVES.source}|${LOCAL.source}|自己出|第?[\\d一二三四五六七八九十]+条`, "u");
/** A sum the asker would pay, by its name (要交多少保证金): the texts state it only where a sentence names it. */
/** A budget asked after (预算多少, 总盘子是多少亿): the texts set measures, and name a budget only where a sentence does. */
const BUDGET_ASKED = /(预算|总盘子|资金盘子|资金总额)[^，。？?]{0,6}(?:多少|几|哪|什么|啥)|(?:多少|几|哪|什么)[^，。？?]{0,4}(预算)/u;
/** The basis an amount is reckoned on, asked by name (按哪个年度算, 统计口径, 按什么汇率): stated where a sentence names it. */
const BASIS_ASKED = /按(?:哪个|哪一|什么|啥)(年度|口径|汇率|时点|价格)|(统计口径|折算汇率|汇率)/u;
/** What a measure gives, named: 奖励, 补贴, 扶持资金. */
const GIVEN = /^(?:奖励|补贴|补助|扶持|支持|资助|奖金|资金|钱)/u;
/** Between the two ways of a detail asked one way or the other, in `AskedFact.words`. */
export const ALTERNATIVE = "|";
const SUM_PAID = /(?:交|缴|付|收|押)(?:多少|几万|几千)(?:钱的?)?(\p{Script=Han}{2,4}?)(?=[？?，,。！!]|吗|呢|$)/u;
/** A bar asked of a measure it names (注册资本多少以上, 员工要几个以上): stated only where a sentence names that measure. */
const BAR_ASKED = /(\p{Script=Han}{2,4}?)(?:要|需要?|得|至少)?(?:达到)?(?:多少|几)(?:个|家|人|万|亿)?(?:元|美元)?(?:以上|以下|起)/u;
function detailAsked(question: string): (AskedFact & { at: number; end: number }) | null {
  const bar = BAR_ASKED.exec(question);
  // A tier pointed at (最高那档要多少美元起步) is no measure named: the clause's own bars answer it.
  if (bar && !GENERAL_REQUIREMENTS.test(bar[1]!) && !/[这那哪]/u.test(bar[1]!)) return { kind: "provision", words: bar[1]!, at: bar.index, end: bar.index };
  const budget = BUDGET_ASKED.exec(question);
  if (budget) return { kind: "provision", words: budget[1] ?? budget[2]!, at: budget.index, end: budget.index };
  const basis = BASIS_ASKED.exec(question);
  if (basis) return { kind: "provision", words: (basis[1] ?? basis[2])!, at: basis.index, end: basis.index };
  const paid = SUM_PAID.exec(question);
  if (paid && !GENERAL_REQUIREMENTS.test(paid[1]!)) return { kind: "provision", words: paid[1]!, at: paid.index, end: paid.index };
  const m = DETAIL_REQUIRED.exec(question) ?? DETAIL_CLASSED.exec(question) ?? DETAIL_CONTAINED.exec(question);
  const detail = m?.slice(1).find(Boolean);
  // Papers named (要不要提供营业执照复印件) are asked as materials; the detail's words may ask another kind too, so its span holds none.
  // 得不得 before a thing given (得不得奖励) is whether one gets it, which the clause's conditions settle.
  const gets = m?.[0].startsWith("得不得") && GIVEN.test(detail ?? "");
  if (m && detail && !gets && !GENERAL_REQUIREMENTS.test(detail) && !rx(PAPERS).test(detail)) return { kind: "provision", words: detail, at: m.index, end: m.index };
  // Two versions heard (一个说先拨一半，一个说一次拨完) are two ways asked between.
  const e = DETAIL_EITHER.exec(question.replace(TWO_VERSIONS, "$1还是$2"));
  // Two bare words (资金还是政策, money or only policy) ask what support there is, not a particular of it.
  const bare = e && [e[1]!, e[2]!].every((way) => (way.match(/\p{Script=Han}/gu) ?? []).length <= 2);
  // Whether both awards are given or one (是两份都给，还是只给一份) asks whether they combine, a provision of the document's own.
  if (!e || bare || NOT_A_DETAIL.test(e[0]) || DOCUMENT_PROVISIONS.some((p) => p.asked.test(e[0]))) return null;
  // Which of two comes first (是先得经营满一年，还是面积先达标) asks the order of things the clause sets together: a
  // sentence naming either is the provision; 先 is the asking, no word of either.
  const order = [e[1]!, e[2]!].some((way) => way.includes("先"));
  return { kind: "provision", words: order ? `${e[1]}、${e[2]}`.replace(FIRST, "") : `${e[1]}${ALTERNATIVE}${e[2]}`, at: e.index, end: e.index };
}
/** The word putting one thing before another in a question of order: 先 (先看营收, 面积先达标). */
const FIRST = /先(?:要|得|看|去)?/gu;

/** The city's share of a cost asked (市里出几成、新郑出几成): how the cost is split between city and district. */
const SPLIT_ASKED = /市(?:里|级|财政)?(?:出|承担|负担)(?:几|多少|百分之)/u;

/**
 * A question naming a district (or the districts) and asking for its own measure beside the
 * city's, or asking what the province gives. The texts are municipal: such a measure is stated only
 * where a sentence names that district or the province giving something (see `states`).
 */
function ownMeasureAsked(question: string, districts: readonly string[]): (AskedFact & { at: number; end: number }) | null {
  const province = PROVINCE_GIVES.exec(question);
  if (province && !CITY_GIVES.test(question)) return { kind: "own", words: PROVINCIAL, at: province.index, end: province.index + province[0].length };
  // A district named as the one giving (金水区具体给多少, 二七区预算多少) asks its own measure too; beside the city's share
  // (市里出几成、新郑出几成) it asks how the cost is split.
  const split = SPLIT_ASKED.test(question);
  const gives = districts[0] && !split ? new RegExp(`${districts[0]}(具体|自己|本身)?(给|补|奖|出|配套|预算|定)[^，。？?,]{0,3}(多少|几)`, "u").exec(question) : null;
  // A district said to act by itself (中牟县自己出没出, 苏仙区 自己 还加钱吗) asks its own measure; 我们自己出 is the asker paying.
  const byItself = new RegExp(`(?:${districts[0] ?? "(?!)"}|区里|县里)\\s*自己\\s*(?:还|也|有没有|有无)?\\s*(?:出|定|发|加|给|补|奖|配)`, "u").exec(question);
  const m = OWN.exec(question) ?? gives ?? byItself;
  if (!m) return null;
  const local = districts[0] ?? LOCAL.exec(question)?.[0];
  return local ? { kind: "own", words: local, at: m.index, end: m.index + m[0].length } : null;
}

/**
 * The kinds whose absence from the texts is worth saying (issue 9): a date or deadline, a duration,
 * (how long, how often), a contact, a person, the body acting, materials, an amount, rate, bar,
 * area, conditions or reckoning, a district's own measure, what came of a measure. Who (in general), how many and which
 * ones are answered by what the clauses found say.
 */
export const UNSTATED_KINDS: ReadonlySet<FactKind> = new Set([
  "date",
  "deadline",
  "duration",
  "frequency",
  "phone",
  "email",
  "website",
  "address",
  "person",
  "office",
  "materials",
  "money",
  "rate",
  "threshold",
  "area",
  "conditions",
  "formula",
  "own",
  "list",
  "identity",
  "claim",
  "provision",
  "outcome",
  "procedure",
  "announced",
  "future",
  "price",
  "target",
  "definition",
]);

/** Whether the question asks what a clause says (第（二）条是啥, 讲的什么, 什么内容): its text is the answer. */
export const asksWhatItSays = (question: string) => /(是|讲|说|写|规定)(了|的)?(啥|什么)(?!时候|条件|材料|资质|部门|单位|标准)|什么内容|内容是|讲的是|说的是|\bwhat does\b/iu.test(question);

/** A text a document announces for later: its 实施细则, a 正式版 of a trial, the call for applications. */
const IMPLEMENTING_TEXT = /细则|正式版|申报通知|申报指南/u;

/** Whether the asker asks if they can still act under a document (还能申请吗, 来得及吗), not only whether it is in force. */
// Acting under a document: 还能, 能按…申报不, 能按4号文走吗, and whether what was done had a basis (当时有依据吗).
export const asksWhetherCan = (question: string) =>
  /(还|仍|仍然|依然)(能|可以|可)|能不能|可不可以|能否|来得及|赶得上|赶得及|(能|可以)(用|申请|申报|享受|适用)了?(吗|么)|(能|可以|可)(按|依据?)[^，。？?]{1,16}(吗|么|不[？?]?$)|(有|没有|有没有)(依据|根据)/u.test(question);

/** A document asked after on a day as still there: 那个政策明年2月还有吗, 文件到时候还在不. */
const STILL_THERE = /(文件|政策|措施|方案|意见)[^，。？?]{0,8}还(有|在)(吗|么|没有|没|不)/u;
/** Until when, said alone: 到啥时候, 到哪天为止. */
const UNTIL_WHEN = /到(哪天|哪一天|什么时候|啥时候|何时|几时|哪年)(为止|截止|结束)?(?=[？?。，,！!]|$)/u;
/** Whether the document itself can still be used, said right after its name (4号还能申请吗, 这个文件现在还能用不, 4号文的补贴还有吗). */
const DOCUMENT_STILL_USABLE = /(号文?|文件|措施|方案|意见)[，,\s]*(现在|目前)?还(能|可以)(申请|申报|报|用|享受|适用|按|拿|领)[^，。？?]{0,4}(吗|么|不|没|(?=[，。？?]|$))|(号文?|文件|措施|方案|意见)的?(补贴|奖励|政策|扶持|资金)还有(吗|么|没有|没)/u;

/**
 * The facts about a named document asked, in the order DOCUMENT_FACTS checks them (哪天发布的？由谁负责解释？
 * asks two). Whether one can still act under it is a question of its validity on the day asked
 * (2022年还能按4号申请吗, 2021年1月15日能用了吗); without a day, 还能拿 asks about something else
 * (享受了集聚区政策还能拿吗).
 */
const DAY_ASKED = /什么时候|啥时候|何时|哪天|哪一天|几号|日期/u;
export function askedDocumentFacts(question: string, asksAboutDay: boolean): DocumentFact[] {
  // A quotation here is often the claim checked (“4号已经失效”，这么答对吗): its words count.
  const facts = [...new Set(DOCUMENT_FACTS.filter(([pattern]) => pattern.test(joinWords(question))).map(([, fact]) => fact))];
  const asked = facts.length > 0 ? facts : (asksAboutDay && (asksWhetherCan(question) || STILL_THERE.test(question))) || DOCUMENT_STILL_USABLE.test(question) ? (["validity"] as DocumentFact[]) : [];
  // Who issued it and when (who issued it and on which date): the day asked beside the issuer is the day of issue.
  if (asked.includes("issuer") && !asked.includes("issued") && DAY_ASKED.test(question)) asked.push("issued");
  // Asked after another fact of it, until when it runs (是啥时候发的，到啥时候) is its validity.
  if (asked.length > 0 && !asked.includes("validity") && UNTIL_WHEN.test(question)) asked.unshift("validity");
  // 实施细则什么时候出台 asks when another text comes out, one the document announces; 认定以后有效期几年
  // asks how long a status granted lasts, not the document's validity.
  return asked.filter((f) => !((f === "issued" || f === "number") && IMPLEMENTING_TEXT.test(question)) && !(f === "validity" && STATUS_GRANTED_LASTS.test(joinWords(question))));
}

/** How long a status granted lasts: 认定了以后有效期几年, 授牌以后管几年, 资格有效期. */
const STATUS_GRANTED_LASTS = /(认定|评定|授牌|挂牌|入库|入选|资格|称号|牌子?|证书|备案)[^。？?]{0,8}?(有效期|期限|(有效|管|挂|保留)(多久|几年|多长))/u;

/** Words asking a document's status itself (还有效吗, 过期了, 执行期), not whether one can still use it (还能用, 还适用). */
export const ASKS_STATUS = /有效|失效|生效|过期|到期|时效|执行期|实施期|还在(吗|么|不在)|还管用|(政策|文件|措施|方案|意见)[^，。？?]{0,8}还有(吗|么)|(还|仍|仍然|是否)在(执行|实施)|(执行|实施|试行|施行)到|废止|作废|in force|still valid|expire/iu;

/** The question less the words asking about the document itself (有效, 执行期…): its topic. */
export function withoutDocumentFactWords(question: string): string {
  return DOCUMENT_FACTS.reduce((q, [pattern]) => q.replace(new RegExp(pattern.source, `${pattern.flags}g`), " "), question);
}

// ---------------------------------------------------------------------------------------------
// What a sentence holds

const COUNT = "(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十百千半]+)";
/** A count of days, months or years: 2013年 is a year, not a span of 2013 years. */
const SPAN_COUNT = "(?:(?<![\\d.])\\d{1,3}(?:\\.\\d+)?(?!\\d)|[一二两三四五六七八九十百千半]+)";
const HOLDS: Record<Exclude<FactKind, "identity" | "money" | "rate" | "threshold" | "conditions" | "formula" | "own" | "office" | "quantity" | "who" | "manner" | "deadline" | "claim" | "provision" | "announced" | "future" | "price" | "outcome" | "target" | "definition">, RegExp> = {
  // A day, a month, or a part of a year or month the texts time a recurring act by (每月月末).
  date: /\d{4}\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{2}-\d{2}|每年\s*\d{1,2}\s*月|[上下]半年|\d{4}年(底|末|前|之前)|每(月|季度?|年)(月末|月底|月初|季末|年底|年末|末|底|初)/u,
  // 一年期贷款 names a loan's term, not a span of anything the clause does.
  duration: new RegExp(`${SPAN_COUNT}\\s*个?(工作日|自然日|日|天|周|星期|月|年)(?!期\\p{Script=Han})(内|以内|之内|以上|期|后|为限)?`, "u"),
  // 一次性 is once and for all, 一批 a batch: neither is how often.
  frequency: new RegExp(`${COUNT}\\s*(次|班|轮)(?!性)`, "u"),
  phone: /\d{3,4}-\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d)/u,
  email: /[\w.+-]+@[\w-]+\.[\w.]+/u,
  website: /https?:\/\/|www\.|\.gov\.cn|\.com\b/u,
  // A street address, or where something is sited: 位于, 设在, 在自贸试验区郑州片区开展.
  address: /\p{Script=Han}{2,}(路|街|大道|巷)\d+号|\d+号(楼|院|大厦)|位于|设在\p{Script=Han}{2,}|在[^，。；,;]{0,12}(片区|园区|新区|开发区|综保区|保税区|港区|口岸)/u,
  // A person by name: X同志, or a line of a list of members, "刘志仁市委副书记、市长".
  person: /\p{Script=Han}{2,3}同志|(?:^|[：:])\s?\p{Script=Han}{2,3}\s?\p{Script=Han}{0,20}?(书记|市长|局长|主任|行长|关长|委员|主席|部长|厅长|处长|院长|人选)(?=[、\s]|$)/mu,
  // Papers as handed in (提交…证明, 申报材料, 复印件), not a word that only looks like one (耐火材料, 企业清单, 服务合同).
  materials: /(申报|申请|证明|相关|书面|提交|提供|报送)(材料|资料)|复印件|申请表|申请书|发票|凭证|(提交|提供|报送|出具)[^，。；]{0,12}(证明|合同|清单|报表|报告)/u,
  // Three names in a row, or titles one after another (《…》《…》).
  // Steps named, or where and how one applies: 按程序, 向市商务局申报, 通过…平台申请.
  procedure: /程序|流程|手续|步骤|(向|到|通过)[^，。；,;]{1,20}(申报|申请|提出|报送|备案|提交)/u,
  list: /\p{Script=Han}{2,}、\p{Script=Han}{2,}、\p{Script=Han}{2,}|包括|如下|》\s*[、，,]?\s*《/u,
  area: /\d[\d,.]*\s*万?\s*(平方米|平米|㎡|亩)/u,
};
/** An act the question asks the time of: 多久拨付, 什么时候到账, 审批要多长时间. */
const ACT_TIMED = new RegExp(
  `(多久|多长时间|几天|几个月|(?:几|多少)个?工作日|什么时候|啥时候|何时|时间)[^，。？?,]{0,4}(${TIMED_ACTS})|(${TIMED_ACTS})[^，。？?,]{0,6}(多久|多长时间|几天|几个月|(?:几|多少)个?工作日|什么时候|啥时候|何时|时间)|(申请|申报)[^，。？?,]{0,4}(截止|期限)|(申请|申报)(?:(?!经营|成立|注册|运营|满)[^，。？?,前]){0,6}(多久|多长时间)|(?:几|多少)个?工作日`,
  "u",
);
/** A limit on the act itself (30个工作日内拨付), not a window a condition is measured in (一年内平均每周1班次). */
export const ACTS_ON_APPLICATION = new RegExp(`${TIMED_ACTS}|受理|申报|申请|审定|认定`, "u");
/**
 * Provisions a document sets for all its measures, each asked by a question of its own and set by a
 * sentence of its own kind: whether awards combine, or who is left out (能不能都拿, 可否叠加, 同时符合好几条, can I get both,
 * which firms are excluded) by one limiting it (不重复享受, 从优不重复, 不在此政策支持范围内); who may apply (哪些主体可以申请, 注册在长沙能享受吗,
 * 个体户能不能, who can apply) by one setting the applicants (在郴州市依法注册、纳税的…企业).
 */
export const DOCUMENT_PROVISIONS: readonly { asked: RegExp; sets: RegExp; overTopic: boolean }[] = [
  {
    asked:
      /叠加|重复(享受|拿|领|申请|奖励|补贴|支持)|兼得|重叠|(都|一起|同时|一块儿?)(拿|领|给|享受|申请|申报|要|符合|满足)|(两个|两份|两项|两笔|两者|二者)都(能|可以)(拿|领|享受|要)|符合(多|几|好几|两)(项|条|个|种)|\b(?:more than one|several|multiple)\b[^.?!]{0,24}\b(?:subsid|reward|award|scheme|program|incentive)|\b(?:get|claim|receive|take)\b[^.?!]{0,24}\bboth\b|\bboth\b[^.?!]{0,24}\b(?:subsid|reward|award|scheme|program|incentive|claim|receiv|paid|granted)|\btwice\b|\bdouble[- ](?:dip|subsid|claim|benefit|reward)|\boverlap|\bstack(?:ing|ed)?\b|\bcombin(?:e|ed|ing)\b|排除|不在[^，。？?]{0,6}范围|(?<!能)(不能|不得)享受|已经?享受|\bexclud\w*|\bineligible\b|\balready (?:in|covered|receiving|enjoying|getting)\b/iu,
    sets: /不重复享受|不重复|不叠加|不在此政策支持范围/u,
    // Combining is between measures: asked of one (出口奖励和海外仓奖励能同时拿吗), the document's rule still answers.
    overTopic: true,
  },
  {
    asked:
      /(哪些|什么样?的?|啥样的?|哪类|哪种)(主体|单位|企业|公司|机构)[^，。？?]{0,4}(能|可以|可)(申请|申报|享受)|谁(能|可以|可)(申请|申报|享受)|申报主体|适用对象|支持对象|个体户|个人(能|可以|可否)|注册在[^。？?]{1,20}?(能|可以|可否)(申请|申报|享受)|外地(注册|企业|公司)|\bwho (?:can|may|is eligible to) apply\b|\bmust (?:we |i |it |the company |a company )?be (?:a company|registered|incorporated)\b|\beligible scope\b|\bregistered (?:outside|elsewhere|in another)\b/iu,
    sets: /依法注册/u,
    // Asked of one measure (海外仓补贴哪些企业能申请), its own clause names whom it supports: the document's sentence follows it.
    overTopic: false,
  },
];
/** Asking who pays, wherever in the question. */
export const PAYER_ASKED = rx(PAYER_FORMS);
/** A budget bearing a cost (市级财政承担, 由…财政按比例分担), or a level of government giving it (各县（市、区）…给予适当的补助). */
const PAYER = /财政[^，。；,;]{0,12}(承担|分担|负担|负责|出资|安排|支付|给予|按)|各(县|区|开发区)[^。；;]{0,60}(给予|补助|补贴|奖励)/u;
/** Asking for a street address or a building, not where something is sited: 哪条街, 哪栋楼, 门牌. */
const STREET_ASKED = /地址|门牌|哪条街|哪栋|哪座楼|几楼|几层/u;
const STREET = /\p{Script=Han}{2,}(路|街|大道|巷)\d+号|\d+号(楼|院|大厦)|\d+(层|楼)/u;
/** A time limit: 30个工作日内, 执行期三年, 有效期3年. */
const LIMIT = new RegExp(`${SPAN_COUNT}\\s*个?(工作日|自然日|日|天|周|月|年)(内|以内|之内)|(执行期|有效期|实施期限?)为?${SPAN_COUNT}\\s*个?(月|年)`, "u");
/** How an award is given: by a rule it follows (按照外贸相关政策给予奖励) or a sum. */
const AWARDS = /(按照?|参照)[^，。；]*给予|给予/u;
/** An organ or a post: who decides, approves or answers. */
const ORGAN = /局|委员会|委|厅|办公室|人民政府|政府|中心|部门|银行|海关|协会|管委会|小组|书记|市长|局长|主任|组长/u;
/** A body acting on an application: 由市商务局认定, 经市财政局审核, 报市人民政府批准, （牵头单位：市商务局）. */
/** Acts done again and again whose frequency a question may ask: 召开, 举办, 发布. */
const REPEATED_ACT = /(召开|举办|发布|公布|更新|拨付|评选|开展|组织|申报)/u;
/** A body receiving applications: 向市商务局申报, 由区县商务部门受理. */
const RECEIVES = new RegExp(`(向|报|到|由)[^，。；,;]{0,20}?(${ORGAN.source})[^，。；,;]{0,6}?(受理|办理|申报|申请|提交|报送)|(${ORGAN.source})[^，。；,;]{0,8}?(受理|办理)`, "u");
const AGENT = new RegExp(`(由|经|向|报)[^，。；,;]{0,20}?(${ORGAN.source})|(${ORGAN.source})[^，。；,;]{0,8}?${ACTS}|牵头单位|责任单位`, "u");
/** What a district's own measure does: gives, awards, issues. */
const GIVES = /给予|奖励|补贴|补助|扶持|支持|出台/u;
/** Conditions stated as such (具备, 满一年, 须), beside bars (超过, 以上); 符合条件 names none. */
const REQUIRES = /满[一二两三\d]+个?(年|月)|具备|具有|取得|须|应当|条件(为|是|：)|(?<!不)(低于|少于)|(列入|纳入|评为|认定为)[^，。；]{2,30}的|\d\s*(万|亿)?\s*(元|美元|平方米|平米|家|人|单|个|名)及?以[上下]/u;
/** An amount settled case by case: the texts' answer to how much. */
const CASE_BY_CASE = /一事一议/u;
/** An award reckoned by a rule named: 按照…政策进行奖励, 参照…执行, 一事一议. */
const FOLLOWS = /(按照?|参照|依据)[^，。；,;]{0,30}(给予|执行|享受|计算|核算|进行奖励|奖励|补贴)/u;
/** A cap on the sum paid (最高不超过100万元) bounds it; it does not say how it is reckoned. */
const CAP = /(不超过|最高(不超过)?|最多|上限为?|封顶)[^，。；,;]{0,6}?[\d.]+\s*[万亿]?\s*(元|美元)/gu;
const RECURS = /每\s*(日|天|周|旬|月|季度?|半年|年)/u;
const RATE = /\d+(\.\d+)?\s*[%‰]|百分之|[一二两三四五六七八九]成|\d+\s*[:：]\s*\d+/u;
/** A bar to clear, up to the 的 of what must clear it: 超过1000万元、3000万元的 (不超过 is a cap, paid). */
const BAR = /(?<!不)(超过|超(?=\s*\d)|达到?|不低于|不少于|突破|低于)[^，,；;的]*/gu;
/** Figures a bar ends: 1000万元以上, 10亿元、20亿元以上. */
const ABOVE = /[\d.,万亿千百十元美金、\s]+及?以[上下]/gu;

/** An amount left to judgement (给予一定支持, 给予适当的补助), or to another text (按照郑州市平台经济相关政策给予奖励, 按省、市现行政策). */
const VAGUE = /(给予|予以)(一定|适当|相应)的?/u;
const ANOTHER_TEXT = /(按照?|参照|依据)[^，。；,;]{0,30}(政策|规定|措施|办法|文件|〔\d{4}〕\d+号)/u;
/** Asking for a cap: a cap answers it. */
const ASKS_CAP = /最多|最高|上限|封顶|不超过/u;

/**
 * A question offering leaving it to other texts as one answer (给固定金额还是按现行政策, or does it refer to other policies):
 * the deferring sentence answers it. Quoting the deferral and asking the sum (按平台经济相关政策奖励，具体奖多少) does not.
 */
const OTHER_TEXTS = /政策|规定|文件|办法/u;
const DEFERRAL_OFFERED = new RegExp(`(还是|或者|或是)[^，。？?]{0,10}(${OTHER_TEXTS.source})`, "u");
export const asksWhetherDeferred = (question: string) => DEFERRAL_OFFERED.test(joinWords(question));

/**
 * Whether the sentence leaves the amount to another text or to judgement (按照郑州市平台经济相关政策给予奖励,
 * 按照郴办发〔2019〕5号文件规定享受…最高不超过100万元, 给予一定支持): no rate and no sum of its own but a
 * cap, which answers only a question for the cap.
 */
export function defersAmount(sentence: string, question: string, questionFigures: readonly Figure[]): boolean {
  if (!ANOTHER_TEXT.test(sentence) && !VAGUE.test(sentence)) return false;
  const own = ASKS_CAP.test(question) ? paid(sentence) : paid(sentence).replace(CAP, "");
  return !RATE.test(own) && !paysMoney(own, questionFigures) && !CASE_BY_CASE.test(sentence);
}

/** The sentence without its bars: what is paid. */
const paid = (sentence: string) => sentence.replace(BAR, "").replace(ABOVE, "");
const paysMoney = (text: string, questionFigures: readonly Figure[]) =>
  readFigures(text).some((f) => f.unit === "money" && !questionFigures.some((q) => sameFigure(q, f)));

/** The stretches of a sentence that set a bar to clear (首次超过1000万元、3000万元, 300万美元以上). */
export const barsIn = (sentence: string): string[] => [...sentence.matchAll(BAR), ...sentence.matchAll(ABOVE)].map((m) => m[0]);
/** The words a count is made in (30人, 10个班次, 20家). */
const MEASURE_WORDS = "家|人|名|个|项|场|次|单|所|批|班";
const NUMBER_WITH_UNIT = new RegExp(`${COUNT}\\s*(万|亿)?\\s*(元|美元|${MEASURE_WORDS}|平方米|倍|类)`, "u");

/**
 * Whether the sentence states a fact of the kind. Figures the question itself states do not
 * count: a clause repeating the asker's 1000万元 threshold does not state the award.
 */
export function holdsKind(sentence: string, kind: FactKind, questionFigures: readonly Figure[]): boolean {
  switch (kind) {
    case "who":
      return ORGAN.test(sentence) || HOLDS.person.test(sentence);
    case "manner":
      return AWARDS.test(sentence);
    case "deadline":
      // A limit counted from a known day answers until when (认定后30个工作日内, 执行期三年); a
      // length that is a condition (每班次不低于30天) does not.
      return HOLDS.date.test(sentence) || LIMIT.test(sentence);
    case "frequency":
      // A count of times, or a period an action recurs in (每月月末将…报); 每年最高50万元 is a cap, not how often.
      return HOLDS.frequency.test(sentence) || sentence.split(/[，,；;]/u).some((part) => RECURS.test(part) && !readFigures(part).some((f) => f.unit === "money"));
    case "money":
      // An amount paid or a rate, not a bar to clear: 给予不超过100万元 and 按3%的标准 state one;
      // 销售额首次超过1000万元的企业 and 年薪达30万元以上 are conditions.
      return RATE.test(paid(sentence)) || paysMoney(paid(sentence), questionFigures) || CASE_BY_CASE.test(sentence);
    case "rate":
      return RATE.test(paid(sentence));
    case "formula":
      // A rate, a sum that is not only a cap (按实际费用30%, 按每人100元的标准), or the rule it
      // follows (按照奖励额度最高的政策进行奖励, 一事一议).
      return RATE.test(paid(sentence)) || paysMoney(paid(sentence).replace(CAP, ""), questionFigures) || FOLLOWS.test(sentence) || CASE_BY_CASE.test(sentence);
    case "threshold":
      return barsIn(sentence).some((bar) => /\d/u.test(bar));
    case "conditions":
      return barsIn(sentence).length > 0 || REQUIRES.test(sentence.replace(/符合(相关)?条件/gu, ""));
    case "office":
      return AGENT.test(sentence);
    case "announced":
    case "future":
      // A text cannot say whether the text it announces has come out, nor what will follow it.
      return false;
    case "price":
      // A sum quoted as what something costs, not as what is given.
      return paysMoney(paid(sentence), questionFigures) && !AWARDS.test(sentence);
    case "target":
      // A figure to reach (到2023年底…达到100万平方米, 从业人员超过2万人), by a year or named a target; a bar
      // (进出口额达到300万美元的企业, 面积在10000平米以上) sets none.
      // The figure may be written in words (建设百万平方米以上…载体, 培育引进百家…机构).
      return (/\d{4}\s*年|目标/u.test(sentence) && statesFigure(sentence.replace(/\d{4}\s*年(\s*\d{1,2}\s*月)?(\s*\d{1,2}\s*日)?/gu, ""))) || TO_REACH.test(sentence);
    case "outcome":
      // A result reported as such (已累计培育120家, 2017年交易额达到…亿元); a target (到2025年达到) is none.
      return RESULT.test(sentence) && !sentence.match(TARGET_YEAR);
    case "own":
    case "claim":
    case "provision":
    case "definition":
    case "identity":
      // What the question says decides: see `states`.
      return false;
    case "quantity": {
      const own = readFigures(sentence).filter((f) => !questionFigures.some((q) => sameFigure(q, f)));
      return own.length > 0 || RATE.test(sentence) || NUMBER_WITH_UNIT.test(sentence.replace(/\d{4}年/gu, ""));
    }
    case "area":
      return HOLDS.area.test(sentence) || readFigures(sentence).some((f) => f.unit === "sqm");
    default:
      return HOLDS[kind].test(sentence);
  }
}

/** A figure in digits or in words (百万平方米, 百家). */
const statesFigure = (text: string) => /\d/u.test(text) || readFigures(text).length > 0;

/**
 * Whether a sentence says what a word covers: 所称X, X是指/包括…, X（含房租、物业费…）, X：…, or a list
 * before it (信用管控、身份认证等一站式服务; 跨境电子商务产业园等10个园区). The word, or its head (园区
 * for 跨境电商园区), as the sentence writes it.
 */
function definesWord(sentence: string, word: string): boolean {
  const heads = Array.from({ length: word.length - 1 }, (_, i) => word.slice(i));
  return heads.some((h) => new RegExp(`所称${h}|${h}\\s*(是指|指的是|包括|包含|界定为|定义为|[（(：:])|、[^，。；;]{0,30}等[^，。；;]{0,6}${h}`, "u").test(sentence));
}

/** A figure to reach, said as such: 达到100万平方米, ending its phrase (not 达到300万美元的企业, a bar). */
const TO_REACH = /(?<!不)(达到|超过|突破|实现)[^，,；;。的\d]*\d[^，,；;。的]*(?=[，,；;。]|$)/u;
/** A result reported: 已累计认定30家, 先后引进12家 (累计营业面积超过1000平方米 is a bar, not a result). */
const RESULT = /(已|已经|累计|共计|先后|截至\d{4}年)[^，。；]{0,4}(建成|培育|认定|引进|落地|实现|完成|达到|开通|设立|举办|吸引|集聚|获批|评为|入选)[^，。；]{0,12}\d/u;
const TENURE_ASKED = /(满|成立|注册|经营|运营)(几|多少)个?(年|月)/u;
const TENURE = /满[一二两三四五六七八九十半\d]+个?(年|月)/u;
/** A target set for a year: 到2023年底, 2025年前. */
const TARGET_YEAR = /(?:到|至)\s*(\d{4})\s*年|(\d{4})\s*年(?:底|末|前)/gu;
/** Years a question asks about: 到2025年底, 2024年; not a document's year (2013年文件, 2023年方案, 2018年试验区方案). */
const yearsIn = (text: string) =>
  [...text.matchAll(/(\d{4})\s*年/gu)].filter((m) => !/^\s*(?:的|那个|那份|出台的|印发的)?\s*(?:(?!目标|底|末|前)\p{Script=Han}){0,6}?(?:文件|意见|措施|方案|政策|文|规划)/u.test(text.slice(m.index! + m[0].length))).map((m) => m[1]!);

/**
 * Whether the sentence states the fact asked: holds a fact of its kind, or uses the very words that
 * ask it (子网站有扶持吗 asks about a 子网站 the texts name, not for a web address). What the
 * question itself says is no answer: its figures, its 一事一议; nor is a target set for another
 * year than the one asked (到2023年底 for 到2025年底). A district's own measure is stated by a
 * sentence naming that district giving something; a street address by one writing a street or building.
 */
/** A rate or sum asked by its name (一年期贷款市场报价利率现在具体是百分之几): the name, before 是多少 or 是百分之几. */
const VALUE_NAMED = /([\p{Script=Han}]{4,}?)[”"」』]?(?:（[^）]*）)?(?:现在|目前|当前|今年)?(?:具体)?(?:到底)?(?:是|为)(?:多少|百分之几|几)/u;
/**
 * Whether the sentence uses the value asked only as the base of a share (按同期一年期贷款市场报价利率的20%给予贴息):
 * it gives the share, not the value, which a benchmark published elsewhere sets.
 */
function baseOfShare(sentence: string, question: string): boolean {
  const name = VALUE_NAMED.exec(question)?.[1];
  return !!name && new RegExp(`${name.slice(-4)}(?:（[^）]*）)?的\\s*\\d+(?:\\.\\d+)?\\s*[%％]`, "u").test(sentence);
}

/** The rate asked by its name (费率是多少, 退税率是百分之几): a word ending in 率 in or right before the words asking it. */
function rateNamed(asked: AskedFact, question: string): string | undefined {
  const at = question.indexOf(asked.words);
  if (at < 0) return undefined;
  return [...question.slice(Math.max(0, at - 3), at + asked.words.length).matchAll(/(?<!比)\p{Script=Han}率/gu)].at(-1)?.[0];
}

/** A count in a measure word (不低于30人, 10个班次): it states how many of the thing it counts. */
const COUNTED_IN_MEASURE = new RegExp(`${COUNT}\\s*(?:${MEASURE_WORDS})`, "u");

/**
 * The thing a bare count asks the number of, named right after it (多少课时, 几个园区, 多少家企业): a sentence states the
 * count only when it names that thing, or counts in a measure word (多少学员 by 不低于30人). Words that go on asking
 * (多少才算数, 多少呢) name none.
 */
function countedNamed(asked: AskedFact, question: string): string | undefined {
  const at = question.indexOf(asked.words);
  if (at < 0) return undefined;
  const noun = /^(?:个|家|名|位|项|批|次|场|所|条)?(\p{Script=Han}{2})/u.exec(question.slice(at + asked.words.length))?.[1];
  return noun && !/^[呢吗啊呀嘛咯了的是才就能可要算给补奖拿钱万元亿千百天年月日都还也]/u.test(noun) ? noun : undefined;
}

/** A figure the question reports someone saying (学长说是60万, 听说补60万): a claim to check, not a fact of the asker's. */
export const reportedSaying = (f: { context: { before: string } }) => /(?:说|讲|称|听说|据说|传)(?:的)?(?:是|有|能拿|能补|给|补|奖)?\s*$/u.test(f.context.before);

/** A task's completion asked after: 什么时候之前完成, 时间节点. */
const TASK_DONE = /完成|时间节点/u;
/** The time limit a plan sets a task: 完成时限:2023年年底前. */
const TIME_LIMIT = /完成时限|\d{4}\s*年\s*年?(底|末)前/u;

export function states(sentence: string, asked: AskedFact, question: string, questionFigures: readonly Figure[] = readFigures(question)): boolean {
  if ((asked.kind === "rate" || asked.kind === "money") && baseOfShare(sentence, question)) return false;
  // A rate asked by its name is stated only by a sentence naming it (入驻率超过50%): the texts name no 费率 or 退税率.
  const rate = asked.kind === "rate" ? rateNamed(asked, question) : undefined;
  if (rate && !sentence.includes(rate)) return false;
  // A split asked (市里出几成) is stated by a budget bearing a share: 由市级财政和当地财政各承担50%.
  if (asked.kind === "rate" && SPLIT_ASKED.test(question)) return PAYER.test(sentence) && RATE.test(sentence);
  const counted = asked.kind === "quantity" ? countedNamed(asked, question) : undefined;
  if (counted && !sentence.includes(counted) && !COUNTED_IN_MEASURE.test(sentence)) return false;
  if ((asked.kind === "rate" || asked.kind === "money") && asksWhetherDeferred(question) && ANOTHER_TEXT.test(sentence)) return true;
  // The districts named without a name (区里, 县里) are named so in the texts too: 各县（市、区）, 各县市区.
  if (asked.kind === "own") {
    if (asked.words === PROVINCIAL) return PROVINCE_GIVING.test(sentence);
    return (LOCAL.test(asked.words) ? /[县区]/u.test(sentence) : sentence.includes(asked.words)) && GIVES.test(sentence);
  }
  if (asked.kind === "address" && STREET_ASKED.test(question)) return STREET.test(sentence);
  // Who pays (钱由谁出, 市里和区里怎么分) is told by the level of government whose budget bears it: 由市级财政承担.
  const askedAt = question.indexOf(asked.words);
  if ((asked.kind === "office" || asked.kind === "who") && PAYER_ASKED.test(question.slice(Math.max(0, askedAt), askedAt + asked.words.length + 4))) return PAYER.test(sentence);
  // 在哪注册 is answered by 在郴州市依法注册: where the act asked is done.
  const act = asked.kind === "address" ? /在哪(?:里|儿)?(\p{Script=Han}{2})/u.exec(question)?.[1] : undefined;
  if (act && new RegExp(`在[^，。；,;]{1,12}?${act}`, "u").test(sentence)) return true;
  // What a catalogue holds (目录里有哪些药): names in a row, when they are of those things (药, not 综合保税区).
  const byName = asked.kind === "list" ? INSTITUTIONS.find((i) => i.asked.test(joinWords(question))) : undefined;
  if (byName) return byName.named.test(sentence);
  if (asked.kind === "list" && HOLDS.list.test(sentence)) {
    // The things asked for: what a catalogue holds (药), or institutions by name (高校: 校 or 高 in each name listed).
    const thing =
      /(?:目录|清单)[^，。？?,]{0,8}(?:哪些|什么)\s*(\p{Script=Han})/u.exec(question)?.[1] ??
      /哪(?:几|些)所(\p{Script=Han}{2})|哪些(高校|大学|院校|国家|航线|航空公司)|哪些(\p{Script=Han}{1,2})(?=[？?，,。]|$)/u.exec(question)?.slice(1).find(Boolean);
    const listed = /\p{Script=Han}{2,}、\p{Script=Han}{2,}、\p{Script=Han}{2,}[^，。；,;]*/u.exec(sentence)?.[0];
    if (thing) return !listed || [...thing].some((ch) => listed.includes(ch));
    // A roster (企业名单, 园区名单) names at least two of those things (…科技创新园、…产业园), not one among conditions (面积…以上、经营满一年、…企业的).
    const rostered = /(\p{Script=Han}{2})的?名单/u.exec(question)?.[1];
    return !rostered || !listed || listed.split("、").filter((item) => [...rostered].some((ch) => item.includes(ch))).length >= 2;
  }
  // The words asking (哪个科室) are what a search for the topic leaves out; the thing named in them (科室) is what a sentence must name.
  if (asked.kind === "identity") return sentence.includes(IDENTITY_ASKED.exec(asked.words)?.[1] ?? asked.words);
  if (asked.kind === "claim") {
    const sort = CLAIMED_SORTS.find((d) => d.test(asked.words));
    return sort ? sort.test(sentence) : readFigures(sentence).some((f) => readFigures(asked.words).some((q) => q.unit === f.unit));
  }
  // One of two ways asked (按季度拨付还是年底一次性拨付) is stated by a sentence naming all of one way; a provision by one naming a word of it.
  if (asked.kind === "provision") {
    const ways = asked.words.split(ALTERNATIVE);
    // A way that is leaving it to other texts (还是按现行政策) is named by a sentence doing so, in its own words.
    const named = (way: string) => (OTHER_TEXTS.test(way) && asksWhetherDeferred(question) ? ANOTHER_TEXT.test(sentence) : way.split("、").every((w) => sentence.includes(w)));
    return ways.length > 1 ? ways.some(named) : asked.words.split("、").some((w) => sentence.includes(w));
  }
  if (asked.kind === "definition") return definesWord(sentence, asked.words);
  // How often something is done, the act named (联席会议召开频次, 多久发布一次): a sentence counting that act, not another (每月报送).
  if (asked.kind === "frequency") {
    const at = question.indexOf(asked.words);
    const act = at < 0 ? undefined : (REPEATED_ACT.exec(question.slice(Math.max(0, at - 4), at))?.[1] ?? new RegExp(`^[^，。？?]{0,2}?(${REPEATED_ACT.source.slice(1, -1)})`, "u").exec(question.slice(at + asked.words.length))?.[1]);
    if (act && !sentence.includes(act)) return false;
  }
  // A window asked (交到哪个窗口) is told by a body receiving applications, not by one designating (经…商务部门认定).
  if (asked.kind === "office" && /窗口/u.test(asked.words)) return RECEIVES.test(sentence);
  // When a task is to be done (什么时候之前完成, 时间节点) is told by the time limit the plans set each task
  // (完成时限:2023年年底前); that limit is no day of anything else (大讲堂下一期什么时候开).
  if ((asked.kind === "date" || asked.kind === "deadline") && TASK_DONE.test(joinWords(question)) && TIME_LIMIT.test(sentence)) return true;
  // How long until, or when, money is paid or an application decided asks a time limit or a day
  // of that act: a length that is a condition (经营满一年), or the day a text was issued, does not answer it.
  if ((asked.kind === "duration" || asked.kind === "date" || asked.kind === "deadline") && ACT_TIMED.test(joinWords(question))) return (HOLDS.date.test(sentence) || LIMIT.test(sentence)) && ACTS_ON_APPLICATION.test(sentence);
  // 满几年 asks a minimum tenure, which only a 满N年 condition states (经营满一年); another span does not.
  if (asked.kind === "duration" && TENURE_ASKED.test(question)) return TENURE.test(sentence);
  const askedYears = yearsIn(question);
  const targets = [...sentence.matchAll(TARGET_YEAR)].map((m) => m[1] ?? m[2]!);
  if (askedYears.length > 0 && targets.length > 0 && !targets.some((y) => askedYears.includes(y))) return false;
  // Nor are the rates it states (按区县支出30%补贴，封顶多少).
  const ownRates = [...question.matchAll(/\d+(?:\.\d+)?\s*[%‰]/gu)].map((m) => m[0].replace(/\s+/gu, ""));
  const text = ownRates.reduce((t, r) => t.split(r).join(""), CASE_BY_CASE.test(question) ? sentence.replace(CASE_BY_CASE, "") : sentence);
  // A cap asked (最多补多少, 有没有封顶) is bounded by a sum paid; a rate alone (认证服务费50%的补贴) sets none.
  if (asked.kind === "money" && ASKS_CAP.test(question)) return paysMoney(paid(text), questionFigures) || CASE_BY_CASE.test(text);
  // A text announced is named by the sentence announcing it, which cannot say whether it came out.
  if (asked.kind === "announced") return false;
  return text.includes(asked.words) || holdsKind(text, asked.kind, questionFigures);
}

/** What the texts do not state, in words: 具体比例, 金水区自己另行出台的措施, 省级…措施. */
/** Whether what is asked is a provincial measure: outside municipal texts altogether, not a fact they leave out. */
export const asksProvincial = (a: AskedFact) => a.kind === "own" && a.words === PROVINCIAL;

export function unstatedWords(a: AskedFact): string {
  if (a.kind === "claim") return `问题所说的${a.words}`;
  if (a.kind === "provision") return `关于“${a.words.split(ALTERNATIVE).map((way) => way.split("、").join("")).join("”或“")}”的规定`;
  if (a.kind === "definition") return `“${a.words}”的具体界定或范围`;
  if (a.kind === "announced" && !IMPLEMENTING_TEXT.test(a.words)) return `“${a.words}”是否已发布、何时何处发布及其内容（文件只写明将制定或发布）`;
  if (a.kind !== "own") return KIND_WORDS[a.kind];
  return a.words === PROVINCIAL ? "省级财政或省级部门的奖补措施（这些是市级文件）" : `${a.words}自己另行出台的措施`;
}

/** The kind in words, for the answer: 该政策文件没有写明申报截止日期. */
export const KIND_WORDS: Record<FactKind, string> = {
  date: "具体日期或时间",
  deadline: "截止日期或期限",
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
  rate: "具体比例",
  threshold: "具体门槛数额",
  area: "具体面积标准",
  conditions: "具体条件",
  formula: "具体计算办法",
  own: "区县（市）自己另行出台的措施",
  office: "具体由哪个部门或处室办理",
  quantity: "具体数量",
  list: "具体名单",
  identity: "具体是哪一家或哪一位",
  manner: "具体办法",
  procedure: "具体申报流程",
  announced: "另行制定的实施细则或申报通知是否已出台及其文号（文件只写明将另行制定）",
  future: "今后是否出台新的或接续的政策文件（现有文件不涉及此后的文件）",
  price: "具体价格或收费标准",
  claim: "问题所说的数字",
  provision: "这方面的规定",
  outcome: "政策执行后的实际结果（如获得支持的企业数量、目标完成情况）",
  target: "这方面的目标数值",
  definition: "具体界定或范围",
};
