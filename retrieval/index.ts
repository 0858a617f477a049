// Question answering over the policy clauses: hybrid retrieval (BM25 + local embeddings), a
// no-evidence decision, and extractive answers with citations. Used by the CLI, the HTTP service
// and the Telegram bot.
import { join } from "node:path";
import type { Config } from "../config.ts";
import { loadCorpus, type City, type Clause, type Corpus, type DocId } from "../corpus/index.ts";
import { splitSentences } from "./sentences.ts";
import { inForceDuring, shownValidity, todayInChina, validityIn, type ShownValidity } from "../corpus/validity.ts";
import type { Profile } from "../policies/profile.ts";
import { DISCLAIMER, screen } from "../policies/screen.ts";
import { validateProfile } from "../policies/validate.ts";
import type { RuleResult } from "../policies/result.ts";
import { READS_OF_RULES } from "../policies/field-usage.ts";
import { topField } from "../policies/fields.ts";
import { POLICY_DOCUMENTS, RULES } from "../policies/rules/index.ts";
import { citationHeading, composeAnswer, refusalMessage, type CitedClause, type SentenceWeight, type Summarize } from "./answer.ts";
import { clauseRead } from "./citation-name.ts";
import { buildChunks, corpusHash, type Chunk } from "./chunks.ts";
import { openDenseIndex, type DenseIndex } from "./dense-index.ts";
import { loadEmbedder } from "./embedder.ts";
import { readFigures, sameFigure, type Figure } from "./figures.ts";
import { filteredOutMessage, hasFilters } from "./filtered.ts";
import { cityLabel } from "../policies/cities.ts";
import { questionWordSpans, type Span } from "./highlight.ts";
import { createPlaceFinder, districtsNotSubjects, placeWords } from "./places.ts";
import { createQueryExpander } from "./query.ts";
import { escapeRegExp } from "./regexp.ts";
import { readScopeModel, scopeLogit } from "./scope.ts";
import { conceptIdf, createEvidenceReader, decideRefusal, type EvidenceFeatures, type Refusal } from "./refusal.ts";
import { Searcher, TUNING, type ClauseScore, type Method, type Rankings, type SearchTuning } from "./search.ts";
import { createSuccessors } from "./successors.ts";
import { createThresholdMatcher } from "./thresholds.ts";
import { createTokenizer, normalizeText } from "./tokenizer.ts";
import { STOPWORDS } from "./vocabulary.ts";
import { ACTS_ON_APPLICATION, ASKS_STATUS, CHECKING_TAIL, RUNS_UNTIL, asksProvincial, DOCUMENT_PROVISIONS, PAYER_ASKED, asksWhatItSays, asksWhetherDeferred, barsIn, reportedSaying, defersAmount, joinWords, states, unstatedWords, UNSTATED_KINDS, withoutDocumentFactWords, type AskedFact, type FactKind } from "./understand/asks.ts";
import { bigrams } from "./understand/names.ts";
import { phraseForm } from "./understand/phrases.ts";
import { createUnderstander, NOW, type Understanding } from "./understand/index.ts";
import { answerDirectly, documentsSpokenOfAnswer, understandingNotes, validityFact } from "./understood.ts";

export type { Summarize } from "./answer.ts";
export type { ClauseScore, Method } from "./search.ts";

export interface AskOptions {
  /** Number of citations (default 5). */
  top?: number;
  city?: City;
  docId?: DocId;
  /** YYYY-MM-DD: only documents in force that day. */
  inForceOn?: string;
  /** Day for the status wording (YYYY-MM-DD); default todayInChina(). */
  today?: string;
}

export interface Citation {
  docId: DocId;
  clauseId: string;
  docNumber: string;
  /** The document's title: one 文号 can carry several documents (郑政文〔2023〕210号 holds three). */
  docTitle: string;
  clauseLabel: string;
  title: string | null;
  /** Verbatim clause, or the best chunk of a clause longer than CITATION_MAX_CHARS. */
  text: string;
  /** Fused retrieval score, 0..1. */
  score: number;
  validity: ShownValidity;
  /** Stretches of `text` holding the question's words, whole words and whole figures, [start, end). */
  highlights: Span[];
}

/** The evaluator on the figures a question states (CONTRACT.md §5): `screen` on just these facts and the date. */
export interface Estimate {
  asOf: string;
  facts: Partial<Profile>;
  results: RuleResult[];
  totalCny: number;
  /** Rules (`results[].clauseId`) whose conditions the stated facts meet, the amount still needing a figure not stated. */
  conditionsMet: string[];
  /** The city the facts were taken to be in when the question named none: that of the clause the answer leads with. */
  assumedCity?: City;
}

/**
 * Why `noAnswer` is what it is (CONTRACT.md §5): `not_stated` when the texts cover the topic but not
 * the kind of fact asked; `no_such_clause` when the document lacks the number looked up;
 * `filtered_out` when the filters (city, document, in force on a day) excluded the evidence the
 * whole corpus holds, which `related` then offers.
 */
export type AnswerReason = "answered" | "not_in_corpus" | "filtered_out" | "not_stated" | "no_such_clause";

/** The clause a look-up by number named; `path` is null when the document has no such number. */
export interface Lookup {
  docId: DocId;
  path: string | null;
  /** The number as the question wrote it: 第三十条, 二（三）2. */
  asked: string;
}

export interface AskResult {
  question: string;
  noAnswer: boolean;
  reason: AnswerReason;
  answer: string;
  citations: Citation[];
  /**
   * Clauses shown as context only: the nearest clauses when the texts do not state what was asked,
   * with `filtered_out` those the question finds without the filters.
   */
  related: Citation[];
  lookup: Lookup | null;
  estimate: Estimate | null;
}

/** What retrieval found for a question with one method: for `ask` and for evaluation. */
export interface SearchOutcome {
  method: Method;
  rankings: Rankings;
  /** Clauses best first under `method`. */
  ranked: ClauseScore[];
  features: EvidenceFeatures;
  refusal: Refusal | null;
}

export interface Retriever {
  /** "lexical" when the embedding model could not be loaded. */
  mode: "hybrid" | "lexical";
  ask(question: string, options?: AskOptions): Promise<AskResult>;
  /** Retrieval and the refusal decision with a given method ("dense" needs the model). */
  search(question: string, method: Method, options?: AskOptions): Promise<SearchOutcome>;
  /** The verbatim text a citation of this hit shows: the clause, or its best chunk when it is long. */
  citationText(hit: ClauseScore): string;
  /** The dense index in use (null in lexical mode). */
  index: DenseIndex | null;
}

export interface RetrieverDeps {
  /** The corpus to answer from (default: the one in use). A reload builds a retriever on the new one aside. */
  corpus?: Corpus;
  summarize?: Summarize;
  /** One line per event (model fallback, index rebuild); default stderr. */
  log?: (line: string) => void;
  /** Progress of an index build, in chunks. */
  onProgress?: (done: number, total: number) => void;
  /** Rebuild the saved index even when it is valid. */
  rebuildIndex?: boolean;
  /** Prefix queries with bge's instruction. Off: it measured worse (see scripts/eval-retrieval.ts). */
  queryInstruction?: boolean;
  /** Ranking weights other than TUNING, for evaluation sweeps. */
  tuning?: SearchTuning;
}

export const DEFAULT_TOP = 5;
/**
 * A clause retrieval scores at least this share of the best one's score is of comparable relevance
 * (fused scores run 0..1 with the best at 1; the figure boost, 0.15, reorders within such a band).
 * Measured on few questions (the stated-figures voice of the sets): a judgement, not a fit.
 */
const COMPARABLE_SHARE = 0.6;
/**
 * The clauses found that a reader sees first: read for the kind of fact asked before saying the texts
 * do not state it, and deciding whether retrieval leads with anything in force.
 */
const READ_FIRST = 3;

const CONDITION_FIELDS = new Map(READS_OF_RULES.map((r) => [r.ruleId, new Set(r.conditionFields.map(topField))]));
/** The profile fields the rules encoding a clause read (zz-2018-4/9a and 9b both cite zz-2018-4/9). */
const FIELDS_OF_CLAUSE = READS_OF_RULES.reduce((byClause, r) => {
  byClause.set(r.clauseId, new Set([...(byClause.get(r.clauseId) ?? []), ...r.fields.map(topField)]));
  return byClause;
}, new Map<string, Set<string>>());
/** Facts that say where and when, not what the asker has: every rule of a city reads them. */
const SETTING_FIELDS = new Set(["city", "district", "asOf", "year"]);

/**
 * Whether the stated facts meet every condition of a rule `screen` could not finish: what it lacks
 * (presumed facts aside) is read only to reckon the amount, and some condition was decided.
 */
function meetsConditions(r: RuleResult): boolean {
  const conditions = CONDITION_FIELDS.get(r.clauseId);
  if (r.status !== "missing_info" || !conditions) return false;
  const lacking = new Set(r.missing.filter((f) => !(r.presumed ?? []).includes(f)).map(topField));
  return lacking.size > 0 && [...lacking].every((f) => !conditions.has(f)) && [...conditions].some((f) => !r.missing.map(topField).includes(f));
}

/** The checks the stated facts passed, from the evaluator's explanation (one check per line, ✓ when met; presumed ones aside). */
const passedChecks = (r: RuleResult) =>
  r.explanation.split("\n").map((l) => l.trim()).filter((l) => l.startsWith("✓") && l.includes("——") && !l.includes("推定"));

/** Among the clauses of comparable relevance to the first, those that `leads` holds for come first, in their order. */
function comparableFirst<T extends { score: number }>(cited: readonly T[], leads: (c: T) => boolean): T[] {
  const bar = COMPARABLE_SHARE * (cited[0]?.score ?? 0);
  const first = cited.filter((c) => c.score >= bar && leads(c));
  return [...first, ...cited.filter((c) => !first.includes(c))];
}

/**
 * Whether the question echoes a document's title: three or more character pairs of it that no other
 * title holds (专项提升行动 in 郑州市跨境电子商务专项提升行动实施方案; 郑州, 跨境 and 电商 are many titles').
 * Each title's own pairs are found once, at start.
 */
function titleEchoOf(corpus: Corpus): (question: string, docId: string) => boolean {
  const titles = corpus.documents.map((d) => ({ docId: d.info.docId as string, pairs: bigrams(d.info.title) }));
  const own = new Map(titles.map(({ docId, pairs }) => [docId, new Set([...pairs].filter((p) => /^\p{Script=Han}{2}$/u.test(p) && titles.every((t) => t.docId === docId || !t.pairs.has(p))))]));
  return (question, docId) => [...bigrams(question.replace(/\s+/gu, ""))].filter((p) => own.get(docId)?.has(p)).length >= TITLE_ECHO_PAIRS;
}
const TITLE_ECHO_PAIRS = 3;

/** The documents granting awards an enterprise can apply for: those with rules (plans have none). */
const GRANTING: ReadonlySet<string> = new Set(POLICY_DOCUMENTS.map((d) => d.docId));
/** Asking what an enterprise gets: 有补贴吗, 给钱, 奖励多少, any money, subsidy. */
const ASKS_SUPPORT = /补贴|补助|奖励|奖补|扶持资金|资助|给钱|给不给钱|拿钱|有钱|\bmoney\b|\bsubsid|\breward|\bgrant\b|\bfunding\b/iu;

/** Whether the facts hold a figure (出口30万美元, 40家), not only yes/no facts and kinds. */
const statesFigures = (facts: object): boolean =>
  Object.entries(facts).some(([key, value]) => key !== "year" && (typeof value === "number" || (typeof value === "object" && value !== null && (("amount" in value && typeof value.amount === "number") || statesFigures(value)))));

/** The estimate in words: what the stated figures meet, with the arithmetic, and what else decides more. */
function estimateLines(estimate: Estimate): string[] {
  const met = estimate.results.filter((r) => r.status === "eligible");
  const conditionsMet = estimate.results.filter((r) => estimate.conditionsMet.includes(r.clauseId));
  const open = estimate.results.filter((r) => r.status === "missing_info" && !estimate.conditionsMet.includes(r.clauseId));
  const where = estimate.assumedCity ? `（未说明城市，按所引条款所在的${cityLabel(estimate.assumedCity)}估算）` : "";
  const lines = [`按您所述的情况，依据${estimate.asOf}有效的文件预估${where}：`];
  // Every clause weighed in a document no longer in force (郴州 after 2026-02-23): that is why none applies, not the figures.
  const allExpired = estimate.results.length > 0 && estimate.results.every((r) => r.status === "not_in_force");
  if (met.length + conditionsMet.length === 0) {
    lines.push(
      allExpired
        ? `  这些条款所在的文件在${estimate.asOf}已不在有效期内（${[...new Set(estimate.results.map((r) => `${r.docNumber}${r.validity.text}`))].join("；")}），没有现行条款可以预估。`
        : open.length > 0 ? "  仅凭所述情况，还不能确定符合哪一条。" : "  所述情况不满足这些文件任何条款的条件。",
    );
  }
  for (const r of met) lines.push(`  · 符合${r.docNumber}${r.clauseLabel}${r.title ?? ""}：${r.reason}`);
  if (met.length > 0) lines.push(`  合计约${(estimate.totalCny / 10_000).toLocaleString("zh-CN")}万元。`);
  for (const r of conditionsMet) {
    lines.push(`  · 符合${r.docNumber}${r.clauseLabel}${r.title ?? ""}的条件，金额${r.reason.replace(/^尚缺/u, "还需知道")}`);
    for (const check of passedChecks(r)) lines.push(`    ${check}`);
  }
  // A bar the figures fall just short of (还差100万元即达到2000万元门槛) is what the asker most needs to hear next.
  for (const r of estimate.results.filter((x) => x.status === "ineligible" && x.nearMiss)) lines.push(`  · 差一点：${r.docNumber}${r.clauseLabel}${r.title ?? ""}，${r.nearMiss}`);
  if (open.length > 0) lines.push(`  另有${open.length}项条款还需了解更多情况才能判断，可发送 /screen 开始筛查。`);
  lines.push(`  ${DISCLAIMER}`);
  return lines;
}

/**
 * An expired clause yields its place to its successor when retrieval found them of comparable
 * relevance: the successor ranks right behind it, no other clause between. A successor ranked
 * further down is weaker evidence for this question than the clauses between, and stays there.
 */
function inForceFirst<T extends { clause: Clause }>(cited: readonly T[], successorId: (c: T) => string | null): T[] {
  const out = [...cited];
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i + 1]!.clause.clauseId === successorId(out[i]!)) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
  }
  return out;
}

/**
 * The kind of fact asked that the evidence does not state, or null when it answers: no evidence
 * sentence (those setting the asker's figures as their bar, when some do) holds a fact of any kind the question asks, nor uses the words that ask it (子网站有扶持吗
 * asks about a 子网站 the texts name, not for a web address), and some kind asked is one whose
 * absence is worth saying (who decides, how many, which ones are answered by what the clauses say).
 */
function unstatedKind(asked: readonly AskedFact[], sentences: readonly string[], question: string): AskedFact | null {
  // A figure someone is reported saying (学长说是60万, 听说补60万) is what is checked, not the asker's: a sentence stating it answers.
  const questionFigures = readFigures(question).filter((f) => !reportedSaying(f));
  // A sentence setting as its bar a figure the asker states (销售额首次超过1000万元的企业) is the one on their subject.
  const repeats = (s: string) => barsIn(s).some((bar) => readFigures(bar).some((f) => questionFigures.some((q) => sameFigure(q, f))));
  const pinned = sentences.filter(repeats);
  const evidence = pinned.length > 0 ? pinned : sentences;
  const stated = (a: AskedFact) => evidence.some((s) => states(s, a, question, questionFigures));
  // A district's own measure, a provision, a figure the asker checks or what came of a measure, unstated, is the answer: what
  // else is asked of it is unstated too (金水区自己再加多少). Stated, it qualifies what is asked
  // (区县配套补贴…什么时候拨付 asks a day), and the other kinds decide.
  const qualifying = asked.filter((a) => QUALIFYING_KINDS.has(a.kind));
  const unstatedQualifier = qualifying.find((a) => !stated(a));
  if (unstatedQualifier) return unstatedQualifier;
  // A target stated answers how much or how many it sets (2025目标 产业规模多少: 超过2000亿).
  if (qualifying.some((a) => a.kind === "target")) return null;
  const rest = asked.length > qualifying.length ? asked.filter((a) => !QUALIFYING_KINDS.has(a.kind)) : asked;
  // Words asking a kind that the texts use themselves (子网站 beside 要准备哪些证明材料) name the topic; the other kinds are what is asked.
  const asking = rest.filter((a) => !evidence.some((s) => s.includes(a.words)));
  const decisive = asking.length > 0 ? asking : rest;
  if (decisive.some(stated)) return null;
  return decisive.find((a) => UNSTATED_KINDS.has(a.kind)) ?? null;
}

/** How another clause of its document names a clause numbered straight (（七）): 第(七)、(十一)条; null for other labels. */
function namedByNumber(clause: Clause): RegExp | null {
  const numeral = /^（(\p{Script=Han}+)）$/u.exec(clause.label)?.[1];
  return numeral ? new RegExp(`[（(]${numeral}[）)]`, "u") : null;
}

/** Kinds asking a body, whose budget pays (钱谁出) a document often states once for all its clauses. */
const BODY_KINDS: ReadonlySet<FactKind> = new Set(["who", "office"]);
/** A clause speaking of its whole document: 本政策除…, 以上措施所需资金…, 本意见自发布之日施行. */
const OF_WHOLE_DOCUMENT = /本(?:政策|措施|意见|方案)|以上(?:措施|政策)|上述(?:措施|政策)/u;

/** The wording of a clause asked for: 把原文调出来, 请调…原文, 原文帮我调一下, 原文看一下, 请引原文, 原文是怎么说的, 这条念给我听听. */
const ASKS_TEXT =
  /(?:调出|调取|调|查一?下|给我|发我|返回|贴出|看一?下)[^。？?]{0,30}原文|(?:请|麻烦)?(?:引|给|附|贴|发|念)(?:一下|下)?原文|原文(?:是)?(?:怎么|如何)(?:说|写|规定)|原文(?:帮我|给我|麻烦)?(?:调|发|贴|念|读)|原文[^。？?]{0,4}看一?下|(?:这|该|那)条[^。？?]{0,4}(?:念|读)|(?:念|读)(?:给我|一下|一遍)[^。？?]{0,3}听|[”"」]\s*(?:的)?(?:复印件|打印件|全文|原文)/u;
/** Asking what a text holds: 规定了哪些措施, 有哪些内容, 全文, 第三十八条如何理解. */
const ASKS_CONTENT = /规定了?(哪些|什么)|有(哪些|什么)(措施|规定|内容|政策)|(内容|原文)(是|有)|全文|(如何|怎么|怎样)(理解|解读|解释)|第[一二三四五六七八九十百\d]+条/u;

/** Kinds asking an amount. */
const AMOUNT_KINDS: ReadonlySet<FactKind> = new Set(["money", "rate", "formula"]);

/** Letters of a script neither Chinese nor Latin: kana, Hangul, Thai, Devanagari, Cyrillic, Greek, Hebrew, Arabic. */
const OTHER_SCRIPT = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hebrew}\p{Script=Arabic}]/u;
/** Words of the texts an asking sentence holds when it names its own subject (出口信保费用、比例), not only how it asks (怎么申请). */
const SUBJECT_WORDS = 2;
/** Kinds that say what is asked about rather than what is asked for. */
const QUALIFYING_KINDS: ReadonlySet<FactKind> = new Set(["own", "claim", "provision", "outcome", "target", "definition", "identity"]);

/** The kinds of fact that reach a bureau: where it is, how to call or write, whom to ask for. */
const CONTACT_KINDS: ReadonlySet<FactKind> = new Set(["address", "phone", "email", "website", "person"]);

/** A phrase naming a topic: at least this long, in at most this many clauses (出口破零). */
const TOPIC_PHRASE_LENGTH = 4;
const TOPIC_PHRASE_CLAUSES = 3;

/** Longer clauses are cited by their best chunk (CONTRACT.md: a citation is at most about 600 characters). */
export const CITATION_MAX_CHARS = 600;

export class EmptyQuestionError extends Error {
  constructor() {
    super("the question is empty");
  }
}

/** What the texts call the districts and counties of a city, as a level of government. */
const DISTRICT_LEVEL = "区县";

/** The filters a search applies: the asker's, and the documents the question names. */
interface Scope extends AskOptions {
  docIds?: readonly DocId[];
}

function acceptFor(options: Scope, corpus: Corpus, clauseOf: (chunk: Chunk) => Clause): (chunk: Chunk) => boolean {
  return (chunk) => {
    const { docId } = clauseOf(chunk);
    if (options.docId && docId !== options.docId) return false;
    if (options.docIds && !options.docIds.includes(docId)) return false;
    const { info } = corpus.document(docId);
    if (options.city && info.city !== options.city) return false;
    return !options.inForceOn || validityIn(info.inForce, options.inForceOn).inForce;
  };
}

export async function openRetriever(config: Config, deps: RetrieverDeps = {}): Promise<Retriever> {
  const log = deps.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  // Everything below answers from this corpus, even if another comes into use meanwhile.
  const corpus = deps.corpus ?? loadCorpus();
  const documents = corpus.documents.map((d) => d.info);
  const chunks = buildChunks(corpus.clauses, documents);
  const chunksOf = new Map<string, number[]>();
  for (const c of chunks) chunksOf.set(c.clauseId, [...(chunksOf.get(c.clauseId) ?? []), c.id]);
  const clauseOf = (chunk: Chunk) => corpus.clause(chunk.clauseId)!;

  const places = placeWords(corpus.cities);
  const tokenizer = createTokenizer(places);
  const placeFinder = createPlaceFinder(tokenizer, corpus.cities, corpus.clauses.map((c) => c.text).join("\n"));
  const understander = createUnderstander({ corpus, places: placeFinder, tokenizer, dictionaryCache: join(config.dataDir, "english-dictionary.json") });
  const successors = createSuccessors(corpus, RULES);
  const titleEchoed = titleEchoOf(corpus);
  const embedder = await loadEmbedder(config, { queryInstruction: deps.queryInstruction ?? false, log });
  const index = embedder
    ? await openDenseIndex({
        dir: join(config.dataDir, "index"),
        chunks,
        corpusHash: corpusHash(corpus.clauses),
        embedder,
        rebuild: deps.rebuildIndex,
        log,
        onProgress: deps.onProgress,
      })
    : null;
  const tuning = deps.tuning ?? TUNING;
  const searcher = new Searcher(
    chunks,
    tokenizer,
    createQueryExpander(tokenizer, tuning.query),
    embedder && index ? { embedder, index } : null,
    { thresholds: createThresholdMatcher(RULES, config.fxUsdCny) },
    tuning,
  );
  const placeSet = new Set(places.map(normalizeText));
  const notSubjects = districtsNotSubjects(corpus.cities, corpus.clauses.map((c) => c.text));
  const notSubjectNames = new RegExp([...notSubjects].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|") || "(?!)", "gu");
  const cityWords = new Set(corpus.cities.flatMap((c) => [c.name, c.name.replace(/市$/u, ""), c.province, c.province.replace(/省$/u, "")]));
  const scopeModel = readScopeModel();
  const scopeFits = embedder !== null && scopeModel.modelSha256 === embedder.weightsSha256;
  if (embedder && !scopeFits) log("retrieval: the question classifier was fitted on other model weights; refusal uses the lexical evidence only");
  const evidence = createEvidenceReader({
    bm25: searcher.bm25,
    tokenizer,
    // A place inside a city the texts themselves name (湘南国际物流园, 航空港区) is a subject they hold; a city, or a district
    // that is no subject of theirs (二七区), is for the place check.
    isPlace: (word) => placeSet.has(word) && (cityWords.has(word) || searcher.bm25.documentFrequency(word) === 0 || notSubjects.has(word)),
    chunksOf: (id) => chunksOf.get(id) ?? [],
    bestSentenceCosine: index ? (vector, chunkIds) => index.bestSentenceCosine(vector, chunkIds) : undefined,
    scope: scopeFits ? (vector) => scopeLogit(scopeModel, vector) : undefined,
  });

  async function search(question: string, method: Method, options: AskOptions = {}): Promise<SearchOutcome> {
    if (question.trim() === "") throw new EmptyQuestionError();
    return searchUnderstood(understander.understand(question, options.today ?? todayInChina()), method, options);
  }

  async function searchUnderstood(u: Understanding, method: Method, options: AskOptions): Promise<SearchOutcome> {
    if (method === "dense" && !index) throw new Error("dense search needs the embedding model");
    // A claim checked is searched for without the words checking it (…，对不对), which would match the texts' 对.
    const query = u.query.replace(CHECKING_TAIL, "") || u.query;
    const mentions = placeFinder.find(query, u.question);
    // A question naming one of the cities is about that city's documents only; naming documents, about those. Naming a
    // document of one city and the other city (4号对社会培训机构、郴州对培训活动), it sets them side by side: both.
    const city = mentions.covered.length === 1 ? mentions.covered[0]! : null;
    const elsewhereNamed = city !== null && u.named.some((id) => corpus.document(id).info.city !== city);
    const implied = !options.city && !options.docId && city !== null && !elsewhereNamed;
    const scope: Scope = implied ? { ...options, city } : { ...options };
    if (!options.docId && u.named.length > 0)
      scope.docIds = elsewhereNamed && !options.city ? [...u.named, ...documents.filter((d) => d.city === city).map((d) => d.docId)] : u.named;
    const accept = acceptFor(scope, corpus, clauseOf);
    // "lexical" is what a retriever without the model serves: the same boosts, no dense side.
    const references = { docIds: u.cited, clauseIds: [...new Set(u.lookups.hits.flatMap((h) => h.clauseIds))] };
    // A district the texts hold nothing on of its own is, to those listing it, one of the 区县 whose finances share costs
    // and which run training: matched by its own name, the one clause listing it (二七区) would lead whatever was asked.
    // One they never name says where the asker is, and no more. A district whose own measures are asked, or who pays
    // (宜章县自己有没有另外再加钱, Who pays — the city or 金水区?), is the subject, and stays.
    const ownAsked = u.asked.filter((a) => a.kind === "own").map((a) => a.words);
    const payerAsked = PAYER_ASKED.test(u.query);
    const topical = query.replace(notSubjectNames, (name) =>
      payerAsked || ownAsked.some((w) => w.includes(name)) ? name : searcher.bm25.documentFrequency(name) > 0 ? DISTRICT_LEVEL : " ",
    );
    const rankings = await searcher.rank(topical, references, accept, method !== "lexical");
    const ranked = (method === "dense" ? rankings.dense : rankings.fused) ?? [];
    // Words the texts never use in the asker's saying who they are (铸铁锅厂) are their trade, not the subject; so are
    // those in what they tell before asking (18款途观L整备完了。), when what they ask names a subject of its own in the
    // texts' words (出口信保费用…比例; not 怎么申请 after 我想租公租房。).
    const inTexts = (w: string) => searcher.bm25.documentFrequency(w) > 0;
    // The level a district was read as says where the asker is, as the district's name did: no subject, covered or missing.
    const where = topical !== query ? [DISTRICT_LEVEL] : [];
    const asker = [...tokenizer.words(u.asker), ...toldWords(u.toldBefore, query.slice(u.toldBefore.length), inTexts)].filter((w) => !inTexts(w)).concat(where);
    const read = evidence.features(query, rankings, ranked, asker);
    // English read into the texts' words is no sentence the question classifier has seen, nor is one in another script
    // (かな, ไทย, हिन्दी, кириллица): the evidence alone decides.
    const features = (u.english.english || OTHER_SCRIPT.test(u.question)) && read.scope !== null ? { ...read, scope: Math.max(0, read.scope) } : read;
    const refusal: Refusal | null = chunks.some(accept)
      ? decideRefusal(mentions, rankings.references.docIds, features, method)
      : { kind: "filtered_out" };
    return { method, rankings, ranked, features, refusal };
  }

  /** The words told before asking that the asking sentence does not repeat, when it names a subject of its own (SUBJECT_WORDS). */
  function toldWords(told: string, asking: string, inTexts: (w: string) => boolean): string[] {
    if (!told) return [];
    const askedWords = tokenizer.words(asking).filter((w) => w.length > 1 && !STOPWORDS.has(w));
    return askedWords.filter(inTexts).length >= SUBJECT_WORDS ? tokenizer.words(told).filter((w) => !askedWords.includes(w)) : [];
  }

  function citationText(hit: ClauseScore): string {
    const { text } = corpus.clause(hit.clauseId)!;
    return text.length > CITATION_MAX_CHARS ? chunks[hit.chunkId]!.text : text;
  }

  /** A clause as a citation shows it: whole, or its first chunk when it is long. */
  const shownText = (clause: Clause) => (clause.text.length > CITATION_MAX_CHARS ? chunks[chunksOf.get(clause.clauseId)![0]!]!.text : clause.text);

  /** `query`: the question as read (English and traditional characters in the texts' words), whose words are highlighted. */
  function citationOf(query: string, clause: Clause, text: string, score: number, today: string): Citation {
    const validity = validityIn(corpus.document(clause.docId).info.inForce, today);
    return {
      docId: clause.docId,
      clauseId: clause.clauseId,
      docNumber: clause.docNumber,
      docTitle: clause.docTitle,
      clauseLabel: clause.label,
      title: clause.title,
      text,
      score: Math.round(score * 1000) / 1000,
      validity: shownValidity(validity),
      highlights: questionWordSpans(tokenizer, query, text),
    };
  }

  /** `screen` on just the facts the question states, on the date it asks about (today by default). */
  /**
   * The evaluator on the facts the question states, on the day it asks. Facts naming no city are
   * taken as facts in `leadCity`, the city of the clause the answer leads with: the estimate says so,
   * and its facts (offered to prefill a screening) stay without it.
   */
  function estimateOf(u: Understanding, today: string, leadCity: City | null): Estimate | null {
    if (!u.facts) return null;
    const asOf = u.date && !u.date.yearOnly ? u.date.from : today;
    const assumedCity = u.facts.city === undefined && leadCity ? leadCity : undefined;
    const v = validateProfile({ ...u.facts, ...(assumedCity ? { city: assumedCity } : {}), asOf });
    if (!v.ok) return null;
    const result = screen(v.profile, { fxUsdCny: config.fxUsdCny, today });
    const conditionsMet = result.results.filter(meetsConditions).map((r) => r.clauseId);
    return { asOf, facts: u.facts, ...(assumedCity ? { assumedCity } : {}), results: result.results, totalCny: result.totalCny, conditionsMet };
  }

  function citedClause(clause: Clause, text: string, score: number, today: string): CitedClause & { score: number } {
    const document = corpus.document(clause.docId).info;
    return { clause, document, text, score, validity: validityIn(document.inForce, today) };
  }

  /** A clause as cited: its entry among those found, or a new one when retrieval did not find it. */
  const alreadyCited = (cited: readonly (CitedClause & { score: number })[], clause: Clause, today: string) =>
    cited.find((c) => c.clause.clauseId === clause.clauseId) ?? citedClause(clause, shownText(clause), 1, today);

  const citedOf = (outcome: SearchOutcome, options: AskOptions, today: string) =>
    outcome.ranked.slice(0, options.top ?? DEFAULT_TOP).map((hit) => citedClause(corpus.clause(hit.clauseId)!, citationText(hit), hit.score, today));

  /** How much a sentence has to do with the question: the idf of the question's words it holds. */
  function sentenceWeightOf(rankings: Rankings): SentenceWeight {
    const conceptWeights = rankings.concepts.filter((c) => c.kind === "word").map((c) => ({ terms: c.terms, idf: conceptIdf(searcher.bm25, c) }));
    return (sentence) => {
      const terms = new Set(tokenizer.terms(sentence));
      return conceptWeights.reduce((sum, c) => sum + (c.terms.some((t) => terms.has(t)) ? c.idf : 0), 0);
    };
  }

  /** The question without the words asking for a kind of fact: what it is about (入驻专业楼宇的房租 in …补助比例是多少). */
  // The asking words are read from the question with its Chinese words joined (什么 时候 到账), so they are left out of that form.
  const topicOf = (u: Understanding) => u.asked.reduce((q, a) => q.replace(a.words, " "), joinWords(u.query));

  /** A stretch of the question that can stand for its topic: it keeps the cities the question names, and some words. */
  const standsForTopic = (u: Understanding, stretch: string) => {
    const kept = placeFinder.find(stretch).covered;
    return u.places.covered.every((city) => kept.includes(city)) && (stretch.match(/\p{Script=Han}/gu) ?? []).length >= 6;
  };

  /** The question's segments between punctuation, its words joined. */
  const segmentsOf = (u: Understanding) => joinWords(u.query).split(/[，,。？?！!；;：:\n]+/u).filter((seg) => seg.trim() !== "");

  /** The question without its segments holding the asking words (清单问题： alone is a label, not the topic), or null. */
  const withoutAskingSegments = (u: Understanding) => {
    const segments = segmentsOf(u);
    const rest = segments.filter((seg) => !u.asked.some((a) => seg.includes(a.words))).join("，");
    return rest !== "" && rest !== segments.join("，") && standsForTopic(u, rest) ? rest : null;
  };

  /**
   * The sentence, of a question of several, holding the words that ask the first kind of fact the texts may leave unsaid,
   * less those words, or null.
   */
  const askingSentence = (u: Understanding) => {
    const asked = u.asked.find((a) => UNSTATED_KINDS.has(a.kind));
    const sentences = joinWords(u.query).split(/[？?。！!；;\n]+/u).filter((s) => s.trim() !== "");
    const sentence = asked && sentences.length > 1 ? sentences.find((s) => s.includes(asked.words)) : undefined;
    return sentence && standsForTopic(u, sentence) ? u.asked.reduce((rest, a) => rest.replace(a.words, " "), sentence) : null;
  };

  /**
   * The segment of the question holding its rarest phrase of the texts (带货达人 in 带货达人找我合作), with the
   * cities the question names, which the segment may not repeat; or null.
   */
  const segmentWithRarePhrase = (u: Understanding) => {
    const rare = understander.phrases.rarest(u.query, TOPIC_PHRASE_CLAUSES);
    const segment = rare && rare.phrase.length >= TOPIC_PHRASE_LENGTH ? segmentsOf(u).find((s) => phraseForm(s).includes(rare.phrase)) : undefined;
    if (!segment || segment === joinWords(u.query)) return null;
    const kept = placeFinder.find(segment).covered;
    const cities = corpus.cities.filter((c) => u.places.covered.includes(c.code) && !kept.includes(c.code)).map((c) => c.name);
    return [...cities, segment].join(" ");
  };

  /**
   * A question typed as keywords apart (物流补贴 批了以后 钱多久到账): its first keyword, when the texts use every word of
   * it and it keeps the cities the question names, names the topic the rest asks about; or null.
   */
  const leadingKeyword = (u: Understanding) => {
    const first = u.query.trim().split(/[\s，,。？?！!；;：:]+/u)[0] ?? "";
    const words = tokenizer.words(first).filter((w) => !STOPWORDS.has(w));
    const kept = placeFinder.find(first).covered;
    const ofTexts = words.length > 0 && words.every((w) => searcher.bm25.documentFrequency(w) > 0);
    return /\s/u.test(u.query.trim()) && /^\p{Script=Han}{4,}$/u.test(first) && ofTexts && u.places.covered.every((c) => kept.includes(c)) ? first : null;
  };

  /** The words of the question's topic that can tell clauses apart: no asking words, places or particles. */
  const topicWords = (u: Understanding) => [...new Set(tokenizer.words(topicOf(u)))].filter((w) => w.length > 1 && !STOPWORDS.has(w) && !placeSet.has(w));
  const flat = (text: string) => normalizeText(text).replace(/\s+/gu, "");

  /**
   * The clauses whose sentences answer a question: those found (the first `depth`) as relevant as
   * the best that are about what the question is about as much as the first: a candidate lacking a
   * word of the topic the first holds (市级 in 市级海外仓企业) is about something else, however
   * close its score.
   */
  function evidenceClauses<C extends CitedClause & { score: number }>(u: Understanding, cited: readonly C[], ranked: readonly ClauseScore[], depth: number): C[] {
    const best = ranked[0]?.score ?? 0;
    const leading = cited.slice(0, depth).filter((c, i) => i === 0 || c.score >= COMPARABLE_SHARE * best);
    const words = topicWords(u);
    // A clause is about the words of its own text and title, and of its document's title (专项提升行动).
    const about = (c: CitedClause) => topicWeight(words, `${c.clause.docTitle}${c.clause.title ?? ""}${c.clause.text}`);
    const first = leading[0] ? about(leading[0]) : 0;
    return leading.filter((c, i) => i === 0 || about(c) >= first);
  }

  /**
   * The amount asked, when the sentence of the lead clause most about the question leaves it to
   * another text or to judgement (对…运营单位,按照郑州市平台经济相关政策给予奖励), whatever figures
   * the clause's other sentences state (市级财政按…30%给予补贴 is another measure's).
   */
  function amountDeferred(u: Understanding, lead: Clause | undefined, weigh?: SentenceWeight): AskedFact | null {
    const asked = u.asked.find((a) => AMOUNT_KINDS.has(a.kind));
    if (!asked || !lead || asksWhetherDeferred(u.query)) return null;
    const words = topicWords(u);
    // By the question's words and their synonyms when retrieval read them (房租 is the text's 房屋租金), else by the topic's own words.
    const about = weigh ?? ((sentence: string) => topicWeight(words, sentence));
    // The clause's title restated as its first sentence (支持…配套建设。) heads the measures; it is none of them.
    const measures = splitSentences(lead.text).filter((s, i, all) => !(i === 0 && all.length > 1 && lead.title && flat(s).replace(/。$/u, "") === flat(lead.title)));
    const best = measures.reduce((a, b) => (about(b) > about(a) ? b : a));
    if (defersAmount(best, u.query, readFigures(u.query))) return asked;
    // A clause stating no amount that another of its document leaves to other texts by number (本政策第(四)、(十三)、(十四)条按省、市现行政策).
    const ownAmount = splitSentences(lead.text).some((s) => states(s, asked, u.query));
    return !ownAmount && deferredByNumber.has(lead.clauseId) ? asked : null;
  }

  /** The idf of the words a text holds: how much it is about them. */
  const topicWeight = (words: readonly string[], text: string) => {
    const flatText = flat(text);
    return words.reduce((sum, w) => sum + (flatText.includes(w) ? searcher.bm25.idf(w) : 0), 0);
  };

  /**
   * The sentences of the evidence clauses on the question's subject: in each clause, from the first
   * sentence holding the rarest word of the question's topic the clause holds. A clause of several
   * measures (体验店 by area; then 社区体验店 per store) answers from the one asked about, with the
   * sentences after it, which go on about it (年出口额达到…的企业 after 出口监管仓).
   */
  function evidenceSentences(u: Understanding, cited: readonly (CitedClause & { score: number })[], ranked: readonly ClauseScore[]): string[] {
    const words = topicWords(u);
    // Who pays is said of a clause's measures together (以上措施所需扶持奖励资金…), wherever the one asked about stands.
    const whole = PAYER_ASKED.test(u.query);
    const provisionAsked = u.asked.some((a) => a.kind === "provision");
    return evidenceClauses(u, cited, ranked, READ_FIRST).flatMap((c) => {
      const sentences = splitSentences(c.text);
      if (whole) return sentences;
      const held = words.filter((w) => flat(c.text).includes(w)).sort((a, b) => searcher.bm25.idf(b) - searcher.bm25.idf(a));
      const start = Math.max(0, held[0] ? sentences.findIndex((s) => flat(s).includes(held[0]!)) : 0);
      // The title says what provision all of the clause is (培育小微跨境电商企业: one for 小微), wherever the one asked about stands.
      const title = c.clause.title && start > 0 && provisionAsked ? [c.clause.title] : [];
      return [...title, ...sentences.slice(start)];
    });
  }

  /**
   * A question refused for weak evidence may owe it to its asking words (电话是多少, 多久到账): its
   * topic alone, found in the texts without the kind of fact asked, is not stated there. Naming
   * no place and no clause the texts cover (加装电梯), it stays refused.
   */
  async function topicNotStated(u: Understanding, method: Method, options: AskOptions, today: string, withNotes: (answer: string) => string): Promise<AskResult | null> {
    if (!u.asked.some((a) => UNSTATED_KINDS.has(a.kind))) return null;
    // The topic must be the texts' own: most of its nouns (by idf) words the corpus uses (加装电梯 is not).
    const weak = (o: SearchOutcome) => o.refusal !== null || o.features.unknownNouns >= 0.5;
    let outcome = await searchUnderstood({ ...u, query: topicOf(u) }, method, options);
    // Weak, the topic may be a part of the question: the rest when the asking words come with a clause of their own
    // (…500万奖励，从申请到钱拨下来一般需要多久); of several questions at once, the sentence asking what the texts may
    // leave unsaid (细则出来了没有？叫什么名字，哪天发的？); the segment holding a phrase few clauses have (带货达人找我合作); the
    // first of keywords typed apart (物流补贴 批了以后 钱多久到账).
    for (const part of [withoutAskingSegments(u), askingSentence(u), segmentWithRarePhrase(u), leadingKeyword(u)]) {
      if (weak(outcome) && part) outcome = await searchUnderstood({ ...u, query: part }, method, options);
    }
    if (weak(outcome)) return bureauContactNotStated(u, today, withNotes);
    const cited = citedOf(outcome, options, today);
    const unstated = unstatedKind(u.asked, evidenceSentences(u, cited, outcome.ranked), u.query);
    return unstated ? notStatedResult(u, cited, unstated, today, withNotes) : null;
  }

  /**
   * The clauses another clause of their document names by number and leaves to other texts
   * (本政策第(四)、(十三)、(十四)条按省、市现行政策): a fact of the corpus, read once.
   */
  const deferredByNumber = new Set(
    corpus.documents.flatMap((d) => {
      const deferring = d.clauses.flatMap((c) => splitSentences(c.text).filter((s) => defersAmount(s, "", [])).map((s) => ({ clauseId: c.clauseId, s })));
      return d.clauses
        .filter((clause) => {
          const named = namedByNumber(clause);
          return named !== null && deferring.some((x) => x.clauseId !== clause.clauseId && named.test(x.s));
        })
        .map((c) => c.clauseId);
    }),
  );

  const titleText = corpus.documents.map((d) => d.info.title).join("\u0000");
  /** For each provision a document sets for all its measures, the clauses setting it (不重复享受, 依法注册): facts of the corpus, read once. */
  const provisionClauses = DOCUMENT_PROVISIONS.map(({ sets, ...provision }) => ({ ...provision, clauses: corpus.clauses.filter((c) => sets.test(c.text)) }));

  /** Each bureau the documents name as whom to ask, with the clause (or header) naming it: 市商务局负责解释. */
  const bureauClauses = corpus.documents.flatMap((d) =>
    (d.info.contact?.bureau.split("、") ?? []).map((bureau) => {
      const named = [...d.clauses, ...(d.header ? [d.header] : [])].find((c) => flat(c.text).includes(flat(d.info.contact!.basis)));
      return { bureau, clause: named ?? d.clauses[0]! };
    }),
  );
  /** 郑州市商务局, 郑州商务局 and Zhengzhou Commerce Bureau read alike. */
  const bureauKey = (text: string) => flat(text).replace(/市/gu, "");

  /**
   * A contact detail (an address, a phone number, a person) of a bureau the documents name as whom
   * to ask (郑州市商务局的办公地址): the texts name the bureau but state no such detail, whatever the
   * rest of the question matches.
   */
  function bureauContactNotStated(u: Understanding, today: string, withNotes: (answer: string) => string): AskResult | null {
    const contact = u.asked.find((a) => CONTACT_KINDS.has(a.kind));
    const query = bureauKey(u.query);
    // A bureau written without its city (市商务局) is that of the city asked about.
    const cityName = corpus.cities.find((c) => c.code === u.city)?.name;
    const named = (bureau: string) => query.includes(bureauKey(bureau)) || (cityName !== undefined && bureau.startsWith(cityName) && query.includes(bureauKey(bureau.slice(cityName.length))));
    const naming = bureauClauses.filter((b) => named(b.bureau));
    // Those of the documents the question names first.
    const clauses = [...new Set([...naming.filter((b) => u.named.includes(b.clause.docId)), ...naming].map((b) => b.clause))];
    if (!contact || clauses.length === 0) return null;
    if (unstatedKind([contact], clauses.flatMap((c) => splitSentences(c.text)), u.query) === null) return null;
    return notStatedResult(u, clauses.map((c) => citedClause(c, shownText(c), 1, today)), contact, today, withNotes);
  }

  /**
   * The documents cover the topic but do not state the kind of fact asked: say so, name the bureau to ask,
   * give what the asker's own facts meet if they stated any, and list the nearest clauses.
   */
  function notStatedResult(u: Understanding, cited: readonly (CitedClause & { score: number })[], unstated: AskedFact, today: string, withNotes: (answer: string) => string, estimate: Estimate | null = null): AskResult {
    // The bureaus of the lead clause's city: a clause listed from the other city is context, not whom to ask.
    const city = cited[0]?.document.city;
    const bureaus = [...new Set(cited.filter((c) => c.document.city === city).flatMap((c) => c.document.contact?.bureau.split("、") ?? []))];
    const ask = bureaus.length > 0 ? `请向${[bureaus.slice(0, -1).join("、"), bureaus.at(-1)].filter(Boolean).join("或")}咨询。` : "请向发文机关咨询。";
    const lines = cited.map((c) => `  · ${citationHeading(c.clause)}（${c.validity.text}）`);
    return {
      question: u.question,
      noAnswer: true,
      // Provincial measures are another government's texts: none of these covers them.
      reason: asksProvincial(unstated) ? "not_in_corpus" : "not_stated",
      answer: withNotes([`现有政策文件没有写明${unstatedWords(unstated)}。${ask}`, ...(estimate ? estimateLines(estimate) : []), `以下是相关条款，供参考：`, ...lines].join("\n")),
      citations: [],
      related: cited.map((c) => citationOf(u.query, c.clause, c.text, c.score, today)),
      lookup: null,
      estimate,
    };
  }

  /**
   * Clauses of the looked-up clauses' document that refer to one of them by its number (第(七)、(十一)条), then
   * those speaking of the whole document (本政策…, 以上措施…), which state who pays where the looked-up
   * clauses do not. An amount they leave to other policy (按现行政策执行), or the office taking applications, is still unstated.
   */
  function referringStating(looked: readonly Clause[], u: Understanding): Clause[] {
    const bodies = PAYER_ASKED.test(u.query) ? u.asked.filter((a) => BODY_KINDS.has(a.kind)) : [];
    if (bodies.length === 0 || looked.length === 0) return [];
    const statesBody = (c: Clause) => bodies.some((a) => splitSentences(c.text).some((s) => states(s, a, u.query)));
    if (looked.some(statesBody)) return [];
    const namings = looked.flatMap((c) => namedByNumber(c) ?? []);
    const refers = (c: Clause) => namings.some((named) => named.test(c.text));
    const ids = new Set(looked.map((c) => c.clauseId));
    const others = corpus.document(looked[0]!.docId).clauses.filter((c) => !ids.has(c.clauseId) && statesBody(c));
    return [...others.filter(refers), ...others.filter((c) => !refers(c) && OF_WHOLE_DOCUMENT.test(c.text))];
  }

  /**
   * Asked a provision the documents set for all their measures (郴州同一件事符合几个奖励，能不能都拿; 哪些主体可以申请),
   * the sentence of the documents found setting it answers first.
   */
  function provisionFirst<T extends CitedClause>(provision: (typeof provisionClauses)[number] | undefined, u: Understanding, cited: readonly T[], cite: (c: Clause) => T): T[] {
    if (!provision) return [...cited];
    const docs = [...new Set(cited.slice(0, READ_FIRST).map((c) => c.clause.docId))];
    const setting = docs.flatMap((d) => provision.clauses.filter((c) => c.docId === d)).map(cite);
    // A measure is asked of when the lead clause's heading names a subject of the question (海外仓 in 建设或改造升级公共海外仓),
    // not the applying asked about (申报) nor the documents' own names (若干措施).
    const subjects = topicWords(u).filter((w) => !understander.common(w) && !ACTS_ON_APPLICATION.test(w) && !titleText.includes(w));
    const first = cited[0];
    const heading = first ? flat(first.clause.title ?? splitSentences(first.clause.text)[0] ?? "") : "";
    const topicFirst = !provision.overTopic && first && !setting.includes(first) && subjects.some((w) => heading.includes(w));
    const rest = cited.filter((c) => !setting.includes(c));
    return topicFirst ? [rest[0]!, ...setting, ...rest.slice(1)] : [...setting, ...rest];
  }

  async function ask(question: string, options: AskOptions = {}): Promise<AskResult> {
    if (question.trim() === "") throw new EmptyQuestionError();
    const today = options.today ?? todayInChina();
    const u = understander.understand(question, today);
    const notes = understandingNotes(u, corpus);
    const withNotes = (answer: string) => [...notes, answer].join("\n");
    // A text outside the corpus asked about (国办发〔2015〕46号规定了哪些措施), or one no clause cites asked after with no
    // city of these texts (《河南省电子商务促进条例》是哪一年通过的): none of these texts; the clauses citing it are context.
    // What a cited one sets (郴办发〔2019〕5号的奖励标准) is left to it by the clause citing it: that clause answers.
    const uncited = u.outside.every((o) => o.clauseIds.length === 0);
    const ofOutside = asksWhatItSays(u.query) || ASKS_CONTENT.test(u.query) || (uncited && u.places.covered.length === 0);
    if (u.outside.length > 0 && u.named.length === 0 && ofOutside) {
      const citing = [...new Set(u.outside.flatMap((o) => o.clauseIds))].map((id) => corpus.clause(id)!);
      const written = [...new Set(u.outside.map((o) => o.written))].join("、");
      const cites = citing.length > 0 ? `现有文件中，${citing.map((c) => citationHeading(c)).join("；")}引用了该文件，但未收录其原文。` : "";
      return {
        question,
        noAnswer: true,
        reason: "not_in_corpus",
        answer: withNotes(`${written}不在本助手收录的政策文件中。${cites}`),
        citations: [],
        related: citing.map((c) => citationOf(u.query, c, shownText(c), 0, today)),
        lookup: null,
        estimate: null,
      };
    }
    const direct = answerDirectly(u, corpus, today);
    if (direct) {
      const { subject, clauseIds, ...shown } = direct;
      const clauses = clauseIds.map((id) => corpus.clause(id)!);
      // A contact detail of the bureau a document names (负责解释的市商务局，咨询电话多少): the document names the bureau, not its phone.
      const contact = subject === "document" && u.documentFacts.every((f) => f === "contact") ? u.asked.find((a) => CONTACT_KINDS.has(a.kind)) : undefined;
      if (contact && unstatedKind([contact], clauses.flatMap((c) => splitSentences(c.text)), u.query)) {
        return notStatedResult(u, clauses.map((c) => citedClause(c, shownText(c), 1, today)), contact, today, withNotes);
      }
      // Clauses named (looked up, or holding a quoted phrase) answer what they say; asked for a kind
      // of fact none of their sentences holds (（十三）海外仓那条奖励多少钱), the texts do not state it,
      // unless what they say is what is asked (第（二）条是啥).
      const named = subject === "clauses" && !direct.noAnswer && !asksWhatItSays(u.query);
      // What is asked of a clause looked up may be stated by another clause of its document referring to it by number
      // (本政策除第(七)、(十一)条由市级财政承担资金外): that one answers, before the clause.
      const referring = named && direct.lookup ? referringStating(clauses, u) : [];
      if (referring.length > 0) {
        const lines = referring.map((c) => `所问见${clauseRead(c)}`);
        return {
          question,
          ...shown,
          answer: withNotes([...lines, direct.answer].join("\n")),
          citations: [...referring, ...clauses].map((c) => citationOf(u.query, c, shownText(c), 1, today)),
          related: [],
          estimate: null,
        };
      }
      // A clause's text asked for (把第（九）条原文调出来，我们财务要对照申报材料) is the answer, whatever else the request mentions.
      const unstated = named && !ASKS_TEXT.test(u.query) ? (unstatedKind(u.asked, clauses.flatMap((c) => splitSentences(c.text)), u.query) ?? amountDeferred(u, clauses[0])) : null;
      if (unstated) return { ...notStatedResult(u, clauses.map((c) => citedClause(c, shownText(c), 1, today)), unstated, today, withNotes), lookup: direct.lookup };
      const citations = clauses.map((c) => citationOf(u.query, c, shownText(c), 1, today));
      // Figures stated with a quoted phrase (新获2个“中国名牌出口商品”) meet the evaluator all the same; figures the clause
      // looked up states itself (第十四条，每3万美元交易额给1万那个) describe it, and are not the asker's.
      const figures = readFigures(u.query);
      const quotesClause = direct.lookup !== null && figures.length > 0 && figures.every((f) => clauses.some((c) => readFigures(c.text).some((x) => sameFigure(x, f))));
      const estimate = direct.noAnswer || quotesClause ? null : estimateOf(u, today, clauses[0] ? corpus.document(clauses[0].docId).info.city : null);
      const lines = estimate ? estimateLines(estimate) : [];
      return { question, ...shown, answer: withNotes([...lines, direct.answer].join("\n")), citations, related: [], estimate };
    }
    let estimate = estimateOf(u, today, null);
    const method: Method = index ? "hybrid" : "lexical";
    let outcome = await searchUnderstood(u, method, options);
    // A question about the validity of a document it names by topic (2019年3月郑州的海外仓补贴文件有效吗):
    // its date and validity words dilute the evidence, which is about the topic.
    const topic = withoutDocumentFactWords(u.query);
    if (outcome.refusal?.kind === "no_evidence" && u.documentFacts.length > 0 && u.named.length === 0 && topic !== u.query) {
      const topical = await searchUnderstood({ ...u, query: u.date ? topic.replace(u.date.written, " ") : topic }, method, options);
      if (!topical.refusal) outcome = topical;
    }
    // Figures the asker states in a covered city, weighed by the evaluator (俺郴州石材厂去年跨境出口做到30万美元),
    // are the evidence: words around them the texts lack (石材厂) are the asker's trade, not another subject.
    if (outcome.refusal?.kind === "no_evidence" && estimate && !estimate.assumedCity && estimate.results.length > 0 && statesFigures(estimate.facts)) outcome = { ...outcome, refusal: null };
    if (outcome.refusal) {
      const unstated = outcome.refusal.kind === "no_evidence" ? await topicNotStated(u, method, options, today, withNotes) : null;
      if (unstated) return unstated;
      const ofDocuments = outcome.refusal.kind === "no_evidence" ? documentsSpokenOfAnswer(u, corpus, today) : null;
      if (ofDocuments) {
        const { subject, clauseIds, ...shown } = ofDocuments;
        return { question, ...shown, answer: withNotes(shown.answer), citations: clauseIds.map((id) => citationOf(u.query, corpus.clause(id)!, shownText(corpus.clause(id)!), 1, today)), related: [], estimate: null };
      }
      const answer = u.unconfirmed.length > 0 ? notes.join("\n") : withNotes(refusalMessage(outcome.refusal, options));
      const refused: AskResult = { question, noAnswer: true, reason: "not_in_corpus", answer, citations: [], related: [], lookup: null, estimate };
      // A place the corpus does not cover is refused whatever the filters; otherwise, if the whole
      // corpus answers, the filters caused the empty answer.
      if (outcome.refusal.kind === "elsewhere" || !hasFilters(options)) return refused;
      const unfiltered = await ask(question, { top: options.top, today: options.today });
      if (unfiltered.noAnswer) return refused;
      return { ...refused, reason: "filtered_out", answer: withNotes(filteredOutMessage(options, unfiltered.citations)), related: unfiltered.citations };
    }
    let cited = citedOf(outcome, options, today);
    estimate ??= estimateOf(u, today, cited[0]?.document.city ?? null);
    // Naming no document and no other day than today, the asker means what applies now: an expired clause found
    // yields its place to the clause in force that now covers its subject.
    const successorOf = new Map(cited.map((c) => [c.clause.clauseId, c.validity.inForce ? null : successors.of(c.clause.clauseId, today)]));
    // A date asked that holds today (现在, 今年) asks about what applies now as well; so does the year the asker's figures
    // were made, said in words (去年我们进出口1900万元): they apply now, under what is in force now.
    const asksNow = !u.date || (u.date.from <= today && today <= u.date.to) || (u.facts !== null && !/\d{4}/u.test(u.date.written));
    if (u.named.length === 0 && asksNow && !options.inForceOn) cited = inForceFirst(cited, (c) => successorOf.get(c.clause.clauseId)?.clauseId ?? null);
    // 现在 said (搞推广花的钱现在能报多少比例): among clauses of comparable relevance, those in force today lead.
    if (u.named.length === 0 && !u.date && NOW.test(u.query) && !options.inForceOn) {
      cited = comparableFirst(cited, (c) => c.validity.inForce);
    }
    // A past day or year written out (郑州2018年对支付平台有何扶持): among clauses of comparable relevance,
    // those of documents in force then lead. 去年 is when the asker's figures were made, not a policy's day.
    const askedThen = u.date && /\d{4}/u.test(u.date.written) ? u.date : null;
    if (u.named.length === 0 && askedThen && !asksNow && !options.inForceOn && !u.documentFacts.includes("validity")) {
      cited = comparableFirst(cited, (c) => inForceDuring(c.document.inForce, askedThen));
      // A year alone that some document was issued in (Zhengzhou 2018 international logistics line) names that year's policy: its clauses lead.
      const year = askedThen.yearOnly ? askedThen.from.slice(0, 4) : null;
      if (year && cited.some((c) => c.document.issuedOn.startsWith(year))) cited = comparableFirst(cited, (c) => c.document.issuedOn.startsWith(year));
    }
    let validityThen: string | null = null;
    // Asking whether a document named by its topic is in force (郴州海外仓补贴政策还有效吗), or was on a
    // date (2019年拿了海外仓补贴，当时文件有效吗): among clauses of comparable relevance, one of a
    // document in force on that day or span leads, and the answer opens with its status then.
    if (u.named.length === 0 && u.documentFacts.includes("validity") && !options.inForceOn) {
      const span = u.date ?? { from: today, to: today };
      // A clause in force then leads when it is the lead, or the predecessor or successor of a clause found: on the
      // subject asked, not another document's measure in force then (a plan's, for a measure lapsed by then).
      // A document the question calls by its title's words (专项提升行动有效期多久) is on the subject too.
      const ids = cited.map((c) => c.clause.clauseId);
      const onSubject = (c: CitedClause) =>
        c === cited[0] ||
        ids.includes(successors.of(c.clause.clauseId, today)?.clauseId ?? "") ||
        ids.some((id) => successors.of(id, span.from)?.clauseId === c.clause.clauseId) ||
        titleEchoed(u.query, c.document.docId);
      cited = comparableFirst(cited, (c) => onSubject(c) && inForceDuring(c.document.inForce, span));
      if (cited[0]) {
        const fact = validityFact(corpus.document(cited[0].clause.docId), u, today);
        validityThen = fact.line;
        // Asked in so many words (还有效吗, 过期了), the status is the answer, and the sentence setting it
        // is cited first; asked whether one can still apply (还能申请不, still available), the clause on
        // the subject stays first. The asker's own words decide: English read into Chinese may say more.
        if (ASKS_STATUS.test(u.question) || RUNS_UNTIL.test(joinWords(u.query))) {
          const basis = fact.clauseIds.map((id) => alreadyCited(cited, corpus.clause(id)!, today));
          cited = [...basis, ...cited.filter((c) => !basis.includes(c))];
        }
      }
    }
    // The asker's own figures: the clauses they meet lead, with the evaluator's amounts.
    // A clause whose conditions they meet, its amount pending a figure, leads only when the question
    // names no document or date, retrieval leads with nothing in force, and rates that clause of
    // comparable relevance: otherwise the clauses found on the question's own subject (出口监管仓,
    // 信保, 境外分公司) say more than a general one its figures meet. Those a reader sees first decide,
    // not a clause in force at the foot of the list, which ranks there by a hair.
    const nothingCurrent = u.named.length === 0 && !u.date && cited.slice(0, READ_FIRST).every((c) => !c.validity.inForce);
    const topScore = outcome.ranked[0]?.score ?? 0;
    const comparable = (clauseId: string) => (outcome.ranked.find((h) => h.clauseId === clauseId)?.score ?? 0) >= COMPARABLE_SHARE * topScore;
    // Facts taken to be in the lead clause's city do not reorder what retrieval found: the lead chose that city. Nor
    // does a clause of another document than those the question names (237号能奖多少, 按2018年意见补多少: theirs lead).
    const met = estimate && !estimate.assumedCity
      ? estimate.results.filter(
          (r) =>
            (u.named.length === 0 || u.named.includes(r.docId)) &&
            (r.status === "eligible" || (nothingCurrent && estimate.conditionsMet.includes(r.clauseId) && comparable(r.citation.clauseId))),
        )
      : [];
    if (met.length > 0) {
      const metIds = [...new Set(met.map((r) => r.citation.clauseId))];
      const lead = metIds.map((id) => alreadyCited(cited, corpus.clause(id)!, today));
      cited = [...lead, ...cited.filter((c) => !metIds.includes(c.clause.clauseId))].slice(0, Math.max(options.top ?? DEFAULT_TOP, lead.length));
    } else if (estimate && !estimate.assumedCity) {
      // Figures meeting nothing (进出口800万元，推广费20万): among clauses of comparable relevance, the one whose rule
      // reads most of what the asker stated, two facts or more, is the one they asked about (推广费用 with 进出口额, not 综合服务费).
      // Only clauses weighed, of documents in force in the year asked: an expired one meets nothing whatever the figures.
      const stated = Object.keys(estimate.facts).filter((f) => !SETTING_FIELDS.has(f));
      const span = u.date ?? { from: today, to: today };
      const weighed = new Set(
        estimate.results.filter((r) => r.status !== "not_in_force" && inForceDuring(corpus.document(r.docId).info.inForce, span)).map((r) => r.citation.clauseId),
      );
      const reads = (c: CitedClause) => (weighed.has(c.clause.clauseId) ? stated.filter((f) => FIELDS_OF_CLAUSE.get(c.clause.clauseId)?.has(f)).length : 0);
      const most = Math.max(0, ...cited.map(reads));
      // One figure read by several rules tells none of them apart.
      if (cited[0] && most >= 2 && most > reads(cited[0])) cited = comparableFirst(cited, (c) => reads(c) === most);
    }
    const sentenceWeight = sentenceWeightOf(outcome.rankings);
    // An expired clause points to the clause in force that now covers its subject.
    const shown = new Set(cited.map((c) => c.clause.clauseId));
    const successorLines: string[] = [];
    const related: Citation[] = [];
    for (const c of cited) {
      const next = successorOf.get(c.clause.clauseId);
      if (!next) continue;
      successorLines.push(`此前的${c.clause.docNumber}${c.clause.label}曾规定此事项，现行规定见${next.docNumber}《${next.docTitle}》${next.label}${next.title ?? ""}`);
      if (!shown.has(next.clauseId)) {
        shown.add(next.clauseId);
        related.push(citationOf(u.query, next, shownText(next), 0, today));
      }
    }
    // The texts cover the topic but no sentence the answer quotes states the kind of fact asked (a deadline, a phone number…);
    // clauses the facts meet with no amount of their own (一事一议) state none either.
    const amountsOpen = met.every((r) => r.amountCny === null);
    // The sentence setting a provision asked (依法注册…的企业, 只按照奖励额度最高的政策进行奖励) is evidence for it.
    const provision = provisionClauses.find((p) => p.asked.test(`${u.question} ${u.query}`));
    // The lead clause leaving the amount to other texts or to judgement is the answer: no clause further down outweighs it.
    // Asked how awards combine (同时符合好几条，怎么算), the provision answers, not one measure's amount.
    const deferred = amountsOpen && !provision ? amountDeferred(u, cited[0]?.clause, sentenceWeight) : null;
    if (deferred) return notStatedResult(u, cited, deferred, today, withNotes);
    // An amount the facts meet answers how much (or whether it is 250万 or the cap), not when, where or who.
    const amountAnswers = !amountsOpen && u.asked.some((a) => AMOUNT_KINDS.has(a.kind) || /\d|封顶|上限|最高/u.test(a.words));
    cited = provisionFirst(provision, u, cited, (c) => alreadyCited(cited, c, today));
    const unstated = amountAnswers ? null : unstatedKind(u.asked, evidenceSentences(u, cited, outcome.ranked), u.query);
    // Who pays for the lead clause's award may be stated by a clause of its document referring to it by number or speaking of
    // the whole document (本政策除第（七）、（十一）条由市级财政承担资金外): that one leads, as for a clause looked up.
    const referring = unstated && cited[0] ? referringStating([cited[0].clause], u) : [];
    if (referring.length > 0) {
      const lead = referring.map((c) => alreadyCited(cited, c, today));
      cited = [...lead, ...cited.filter((c) => !lead.includes(c))];
    } else if (unstated) {
      // A clause further down of the lead's document, with a sentence on the topic stating the kind
      // left unstated (海外仓面积达到100万平方米), leads instead.
      const further = cited.slice(READ_FIRST).filter((c) => c.clause.docId === cited[0]!.clause.docId);
      const onTopic = topicWords(u);
      const stating = evidenceClauses(u, cited, outcome.ranked, cited.length)
        .filter((c) => further.includes(c))
        .find((c) => splitSentences(c.text).some((s) => onTopic.some((w) => flat(s).includes(w)) && states(s, unstated, u.query)));
      if (!stating) return notStatedResult(u, cited, unstated, today, withNotes, amountsOpen ? null : estimate);
      cited = [stating, ...cited.filter((c) => c !== stating)];
    } else if (met.length === 0) {
      // The kind of fact asked being stated (who pays, how often), among clauses of comparable relevance those stating it lead.
      const asking = u.asked.filter((a) => UNSTATED_KINDS.has(a.kind));
      if (asking.length > 0) cited = comparableFirst(cited, (c) => splitSentences(c.text).some((s) => asking.some((a) => states(s, a, u.query))));
    }
    // Asked what an enterprise gets (海外仓有补贴吗, any money), naming no document: among clauses of comparable relevance,
    // those of documents granting awards lead those of plans, which set the government's own tasks (用好海外仓支持政策);
    // the kind of fact asked was looked for in the order found (市级海外仓企业 is a plan's).
    // An expired clause does not pass one in force for it (郑州现在做海外仓给不给钱).
    if (u.named.length === 0 && ASKS_SUPPORT.test(`${u.question} ${u.query}`)) {
      const leadInForce = cited[0]?.validity.inForce ?? false;
      cited = comparableFirst(cited, (c) => GRANTING.has(c.clause.docId) && (c.validity.inForce || !leadInForce));
    }
    // The provision's sentence stays first whatever the kinds asked (which amount prevails) or the granting documents moved up.
    cited = provisionFirst(provision, u, cited, (c) => alreadyCited(cited, c, today));
    return {
      question,
      noAnswer: false,
      reason: "answered",
      related,
      lookup: null,
      estimate,
      answer: withNotes([...(validityThen ? [validityThen] : []), ...(estimate ? estimateLines(estimate) : []), composeAnswer(cited, sentenceWeight, deps.summarize), ...successorLines].join("\n")),
      citations: cited.map((c) => citationOf(u.query, c.clause, c.text, c.score, today)),
    };
  }

  return { mode: index ? "hybrid" : "lexical", ask, search, citationText, index };
}
