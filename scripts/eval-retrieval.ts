// Answer quality on the labelled question sets, as `ask` answers them (the product), and
// retrieval alone for hybrid, lexical-only and dense-only side by side.
//   npm run eval                    the answers: recall@1/@3, MRR, refusal, and for the sets that
//                                   label them, reason, look-up exactness, expected facts and the
//                                   estimate against `screen`, per set and per voice
//   npm run eval -- --methods       retrieval alone, each method with and without bge's instruction
//   npm run eval -- --set NAME      only that set (repeatable); --verbose lists every miss
//   npm run eval -- --fit-refusal   refits, on the tuning sets, the question classifier (written to
//                                   retrieval/scope-model.json) and the refusal weights (printed for
//                                   retrieval/refusal.ts)
//   npm run eval -- --sweep         ranking on the tuning sets as each boost of TUNING varies
// A citation matches as in ../shared/eval/score.mjs: same docId, and its whitespace-normalised text
// (at most 700 characters) contains the gold snippet. A refused in-scope question counts as a miss.
// The question classifier was fitted on the tuning sets' questions, so their refusal figures are
// in-sample; and on embeddings without the query instruction, so the +instruction rows compare
// ranking, not refusal.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../config.ts";
import { loadCorpus, type DocId } from "../corpus/index.ts";
import { documentInfo } from "../corpus/documents.ts";
import { validateProfile } from "../policies/validate.ts";
import { screen } from "../policies/screen.ts";
import { openRetriever, type AskResult, type Method, type Retriever } from "../retrieval/index.ts";
import { TUNING, type SearchTuning } from "../retrieval/search.ts";
import { answerProbability, featureValue, REFUSAL_MODELS, type EvidenceFeatures, type Feature, type RefusalModel } from "../retrieval/refusal.ts";
import { SCOPE_MODEL_FILE, type ScopeModel } from "../retrieval/scope.ts";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const fixture = (name: string) => join(root, "test", "fixtures", `ask-${name}.jsonl`);
const SETS = [
  { name: "dev", file: join(root, "..", "shared", "eval", "ask-dev.jsonl"), tuning: false },
  { name: "tuning", file: fixture("tuning"), tuning: true },
  // Styles the first set lacks: long chat messages with the asker's own figures, terse keyword
  // queries, 文号 and clause numbers, validity and bureau, near-duplicate clauses; and uncovered
  // cross-border topics and city services as negatives.
  { name: "tuning-2", file: fixture("tuning-2"), tuning: true },
  // Written from the texts alone by someone who saw neither the held-out sets nor the retrieval
  // code: topics the first two lack, figures just under a threshold, near-miss negatives (other
  // cities, services for residents, what the texts leave out: deadlines, forms, offices, prices).
  // Five lines that came out near-copies of held-out questions were dropped.
  { name: "tuning-3", file: fixture("tuning-3"), tuning: true },
  // Contrastive pairs written the same way: a question on what a clause holds, and one in the same
  // voice on a neighbouring item no clause holds (AEO rewards, staff social insurance, payout days,
  // results after a plan's years); lines close to a held-out question were dropped.
  { name: "tuning-4", file: fixture("tuning-4"), tuning: true, contrastive: true },
  // Written the same way: answerable questions over 124 clauses, and near misses in their voices;
  // lines that leave it open (an item the text names without an amount: 给予一定支持) or come
  // close to a held-out question were dropped.
  { name: "tuning-5", file: fixture("tuning-5"), tuning: true },
  // Two more written the same way, clause by clause: the four older texts, and the three of 210号.
  { name: "tuning-6", file: fixture("tuning-6"), tuning: true },
  { name: "tuning-7", file: fixture("tuning-7"), tuning: true },
  // Voices the others lack: a boss typing fast with homophone slips (补帖), English mixed in (GMV,
  // listing), questions forwarded from a boss.
  { name: "tuning-8", file: fixture("tuning-8"), tuning: true },
  // Written from the texts alone by a helper who saw neither the code nor the other sets, in the
  // voices of issue 9 (look-ups by number, phrases, validity, English, "not stated", stated figures),
  // each line labelled with its voice and the reason the answer should give.
  { name: "tuning-9", file: fixture("tuning-9"), tuning: true },
  // Written after tuning, in a different voice, and not tuned on: a check on overfitting.
  { name: "holdout", file: fixture("holdout"), tuning: false },
  // Written by someone who never saw the retrieval code, clause snippets checked against the
  // corpus; scored only at the end of the work, never tuned on.
  { name: "blind", file: fixture("blind"), tuning: false },
  // A second blind set, written the same way after the question classifier was fitted, in four
  // voices (a seller chatting, a finance clerk, a hotline operator, a student); never tuned on.
  { name: "blind-2", file: fixture("blind-2"), tuning: false },
  // A third, written last as a week of real traffic (about one question in six unanswerable) and
  // scored once, after every fit.
  { name: "blind-3", file: fixture("blind-3"), tuning: false },
  // A fourth, in the voices of issue 9 (look-ups by number and phrase, validity, mixed and English,
  // "not stated", stated figures), written from the texts alone by a helper who saw neither the code
  // nor the other sets; scored once, after the issue 9 work was merged, and never tuned on.
  { name: "blind-4", file: fixture("blind-4"), tuning: false },
  // A fifth, 277 questions in voices none of the others has (a retired accountant, a 00后 seller
  // typing fast, a lawyer's memo, a Hong Kong trader, an investor, a journalist), written from the
  // texts and the contract alone by a helper who saw neither the code nor the other sets; scored
  // once, after this round's work was merged, and never tuned on.
  { name: "blind-5", file: fixture("blind-5"), tuning: false },
  // A sixth, 283 questions in voices none of the others has (a Henan factory owner speaking
  // dialect, a thesis student, a logistics sales rep, a district clerk checking a draft, a Shenzhen
  // seller comparing cities, a foreign manager writing English with pinyin, forwarded WeChat
  // messages with emoji, dictation with homophone slips, an auditor asking about past dates),
  // written from the texts and the contract alone; scored once, after this round's three branches
  // were merged (r@1 .884, r@3 .928, refusal .936), and seen since: its misses were then studied.
  { name: "blind-6", file: fixture("blind-6"), tuning: false },
  // A seventh, 268 questions in voices none of the others has (a bank's loan officer, a training
  // school's admissions teacher, a customs broker, an MCN agency, a county official, a retired cadre
  // writing formally, a Korean or Japanese trader, a chatbot tester's keyword strings, a founder asking
  // several things at once, a parent for a child's company), written from the texts and the contract
  // alone; scored once (r@1 .953, r@3 .958, refusal .955) before three of its misses were fixed in
  // general mechanisms (Japanese character forms, 237号印发日期, 试行到); seen since.
  { name: "blind-7", file: fixture("blind-7"), tuning: false },
  // An eighth and a ninth, written the same way on 2026-12-06 (the day their validity lines assume).
  // Blind-8's voices: an export credit insurance agent, a warehouse real-estate agent, a university
  // career-office teacher, a Taiwanese investor in traditional characters, an elderly shop owner's
  // voice input without punctuation, an ERP salesman, a rural cooperative, a fact-checker quoting
  // figures, a new bureau clerk, a translator asking in English. Blind-9's: a freight forwarder's
  // service rep, a WeChat editor, a returnee founder mixing English, a park landlord, a payment
  // company's salesman, a high-school student, a stay-at-home seller, a trade-fair organiser, slang
  // and pinyin abbreviations, adversarial paraphrases avoiding the texts' wording. Both scored once on
  // b5d3643 (blind-8 r@1 .915, r@3 .937, refusal .920; blind-9 .913, .931, .925); seen since.
  { name: "blind-8", file: fixture("blind-8"), tuning: false, today: "2026-12-06" },
  { name: "blind-9", file: fixture("blind-9"), tuning: false, today: "2026-12-06" },
  // A tenth, written the same way on 2026-12-06 in voices none of the others has (a tax official, a
  // district commerce-bureau deputy's briefing, a professor citing 文号 and years, a Douyin creator
  // going global, a 1688 wholesaler, a 郴州 local in Hunan dialect, a returning overseas Chinese
  // writing old-fashioned, a hotline quality inspector re-checking operators' answers, a competitor
  // city's official, text copied with OCR errors). Scored once on 6dfcf04 (r@1 .944, r@3 .969,
  // refusal .923); seen since.
  { name: "blind-10", file: fixture("blind-10"), tuning: false, today: "2026-12-06" },
  // An eleventh, written the same way on 2026-12-06 in voices none of the others has (an Amazon
  // seller's bookkeeper, an airport-zone logistics park manager, a 郴州 county factory owner typing
  // short questions with typos, a subsidy-application agency, a Russian or Central-Asian buyer's agent,
  // a legislative-affairs officer, a bank's settlement desk, a vocational college dean, an employee told
  // to find the subsidy by tomorrow, a sceptical netizen). Scored once on b0cf0dd (r@1 .940, r@3 .950,
  // refusal .945); seen since.
  { name: "blind-11", file: fixture("blind-11"), tuning: false, today: "2026-12-06" },
  // A twelfth, written the same way on 2026-12-06 in voices none of the others has (a Shopee seller
  // with a Zhengzhou company, a customs declaration clerk, an association's secretary-general, a
  // 专业楼宇's property manager, a university entrepreneurship centre, a 湘南国际物流园 tenant, a
  // procurement officer, long pasted text with one short question, a father and son arguing, toneless
  // pinyin). Two figures lines labelled fields the profile lacks (building.*, leasedAreaSqm): their
  // facts were dropped before scoring, the questions kept. Scored once on b79ffee (r@1 .912, r@3 .912,
  // refusal .947); 18 of its snippets open with the clause's printed number ((八)加强出口信保扶持力度),
  // which a citation carries in clauseLabel, not in text, and 7 of its r@1 misses are those. Seen since.
  { name: "blind-12", file: fixture("blind-12"), tuning: false, today: "2026-12-06" },
  // A thirteenth, written the same way on 2026-12-06 in voices none of the others has (a hotline
  // supervisor's quiz questions, a 综保区 bonded-warehouse operator, a retiree selling handicrafts, a
  // logistics startup's investor relations, an intern putting the texts in plain words, a listed
  // company's compliance officer in formal English, a transcribed voice message with fillers, a city
  // council deputy, a student union's contest, a reader comparing the 2018 and 2023 texts), its
  // snippets from clause bodies. Scored once on 4ae2b76 (r@1 .925, r@3 .946, refusal .958); seen since.
  { name: "blind-13", file: fixture("blind-13"), tuning: false, today: "2026-12-06" },
  // A fourteenth, written the same way on 2026-12-06 in voices none of the others has (an HR manager,
  // a garlic and flour exporter, a 郴州 non-ferrous metals firm, a market analyst, a district FAQ
  // editor, an Indian IT firm's manager in English, a notary's assistant checking past dates, a
  // grandmother for her grandson, a livestream host, keywords and numbers alone), snippets from bodies.
  // Scored once on 305fc2e (r@1 .947, r@3 .947, refusal .951); seen since.
  { name: "blind-14", file: fixture("blind-14"), tuning: false, today: "2026-12-06" },
  // A fifteenth and a sixteenth, written the same way on 2026-12-06 in voices none of the others has.
  // Blind-15's: a cold-chain fruit exporter, a municipal audit reviewer asking for the legal basis, a
  // Malaysian Chinese seller mixing Malay and English, a printing shop moving online, a public-policy
  // PhD candidate, a transcriber reporting a hotline call in the third person, an accelerator mentor,
  // a customs AEO consultant, a government website's search box, an expat teacher in English.
  // Blind-16's: a 郴州 furniture factory owner, a Weibo ranter, a payment compliance analyst, a
  // Chinese teacher's precise wording, a daigou turned seller, a provincial liaison, a screenshot's
  // OCR with a question, an American buyer in English, a 95后 anime merch seller's slang, a
  // bookkeeping software agent relaying clients. Their facts all validated. Scored once on 2872afe
  // (their missing numbers labelled by path, which the scoring then learned to read): blind-15 r@1
  // .884, r@3 .921, refusal .897; blind-16 .884, .910, .904. Seen since.
  { name: "blind-15", file: fixture("blind-15"), tuning: false, today: "2026-12-06" },
  { name: "blind-16", file: fixture("blind-16"), tuning: false, today: "2026-12-06" },
  // A seventeenth and an eighteenth, written the same way on 2026-12-06 in voices none of the others
  // has. Blind-17's: a Zhengzhou tea exporter in long run-on sentences, a civil-service exam candidate
  // quizzing herself on 文号, a Vietnamese-Chinese trader with grammar slips, a SaaS CTO mixing
  // English, a 郴州 county intern drafting a FAQ, a law student on legal effect, a TikTok Shop seller
  // in short bursts, a bank customer manager, a journalist fact-checking a press release, a translator
  // checking English renderings. Blind-18's: an old hotline caller misremembering numbers, a logistics
  // dispatcher, a UK buyer in British English, a 郴州 mining-town entrepreneur, a listed company's
  // government-affairs officer, a career counsellor, a warehouse robotics vendor, someone reading
  // clauses aloud (第五条第二款), a WeChat group admin summarising rumours, a cautious accountant.
  // Their facts all validated. Scored once on 8a75aa1: blind-17 r@1 .932, r@3 .969, refusal .939;
  // blind-18 .947, .963, .935. Seen since.
  { name: "blind-17", file: fixture("blind-17"), tuning: false, today: "2026-12-06" },
  { name: "blind-18", file: fixture("blind-18"), tuning: false, today: "2026-12-06" },
  // A nineteenth and a twentieth, written the same way on 2026-12-06 in voices none of the others has.
  // Blind-19's: a retired newspaper reader writing letters, an airport-zone incubator manager, a
  // 朝鲜族 seller in simple sentences, a 郴州 souvenir shop, a research assistant building a policy
  // database, numbers and abbreviations alone, a village e-commerce leader, an Australian importer,
  // a finance bureau budget clerk, a graduate's parent. Blind-20's: a Guangzhou seller comparing, a
  // district investment-promotion officer, a German exporter in careful English, a paralegal citing
  // 第X条第Y项, a 郴州 ceramics workshop typing on a phone, a podcast host, an overseas warehouse in
  // Poland, a customs broker trainee, a tax advisor asking what the texts do not say, a voice
  // assistant's transcript. Their facts all validated. Scored once on 379bc79: blind-19 r@1 .884,
  // r@3 .937, refusal .882; blind-20 .931, .968, .927. Seen since.
  { name: "blind-19", file: fixture("blind-19"), tuning: false, today: "2026-12-06" },
  { name: "blind-20", file: fixture("blind-20"), tuning: false, today: "2026-12-06" },
  // A twenty-first and a twenty-second, written the same way on 2026-12-06 in voices none of the
  // others has. Blind-21's: a 12345 hotline agent's terse transfers, a Hong Kong lawyer with Cantonese
  // particles, a new pet-food exporter, a think-tank analyst comparing 2018 and 2023, a Japanese
  // trading-company staffer's stilted Chinese, a 郴州 district official, a pasted table row, a
  // Canadian consultant in English with pinyin, a park security guard asking for his boss, a student
  // citing clause numbers in many styles. Blind-22's: a Singaporean trader in Singlish, a bank
  // compliance officer, a 郴州 silver-jewellery workshop, an archive clerk on dates and numbering, a
  // wedding-dress exporter with exclamation marks, a livestream agency's HR, a Russian-speaking buyer
  // in simple English, an auditor on caps, a retired teacher's classical phrasing, one-word questions
  // with a document number. Their facts all validated. Scored once on 335cff3: blind-21 r@1 .915,
  // r@3 .952, refusal .938; blind-22 .875, .906, .932. Seen since.
  { name: "blind-21", file: fixture("blind-21"), tuning: false, today: "2026-12-06" },
  { name: "blind-22", file: fixture("blind-22"), tuning: false, today: "2026-12-06" },
  // A twenty-third and a twenty-fourth, written the same way on 2026-12-06 in voices none of the
  // others has, and scored last. Blind-23's: a garment-factory owner dictating to her daughter, a
  // platform account manager, a Mongolian trader's basic Chinese, a 郴州 mandarin-orange cooperative's
  // accountant, a policy app's developer testing field names and ids, a news anchor's formal titles, a
  // New Zealand wool exporter, a retired customs officer correcting terms, a hotline trainee, a
  // teenager's school report. Blind-24's: a Macau secretary in formal traditional characters, an
  // airport-zone cargo handler, an Irish founder in English, a 郴州 tungsten exporter, a chamber of
  // commerce newsletter editor, someone comparing documents over the years, a volunteer helping
  // elderly neighbours, a cross-border lawyer, rushed typing with same-sound slips, a procurement agent
  // for Central Asian buyers. Their facts all validated. Scored once on fe3e261: blind-23 r@1 .889,
  // r@3 .931, refusal .919; blind-24 .894, .963, .919. Seen since.
  { name: "blind-23", file: fixture("blind-23"), tuning: false, today: "2026-12-06" },
  { name: "blind-24", file: fixture("blind-24"), tuning: false, today: "2026-12-06" },
  // blind-25: a veteran starting a business, a 社区网格员 relaying, a disabled workers' workshop, a
  // 郴州 fishing-gear exporter in bullets, a statistician, a Filipino virtual assistant, a 驻村第一书记,
  // a SOHO freelancer, a reference librarian, a Ukrainian-born spouse writing Chinese. First read on
  // c7e5ace: r@1 .891, r@3 .952, refusal .941. Seen since.
  { name: "blind-25", file: fixture("blind-25"), tuning: false, today: "2026-12-06" },
  // blind-26: 快手 comment slang, a Thai-Chinese trader, a courier franchisee, a textbook editor's quiz,
  // a tender writer citing the basis, a Brazilian importer, a testing-lab manager, a 郴州 taxi driver
  // for his nephew, a 留言板 complaint, a township 电商服务站 clerk reading a leaflet. First read on
  // ef16750 (code of c7e5ace): r@1 .910, r@3 .942, refusal .942. Seen since.
  { name: "blind-26", file: fixture("blind-26"), tuning: false, today: "2026-12-06" },
  // blind-27: an Egyptian importer, a 湖南 tea-oil cooperative's accountant, a 职高 teacher, a night-shift
  // warehouse supervisor, a 政协委员, fragments misremembered, a Kazakh student, a claims adjuster, a
  // father for his daughter's shop, a 商务局 window clerk rehearsing. First read on c3fb323: r@1 .915,
  // r@3 .963, refusal .900. Seen since.
  { name: "blind-27", file: fixture("blind-27"), tuning: false, today: "2026-12-06" },
  // blind-28: a Pakistani textile buyer, a 郴州 granite factory owner in 湘南 dialect, a consultant's
  // slide outline, a military-surplus shop, a patent agent, a voice transcript without punctuation, a
  // Vietnamese bride in 郴州, a mall developer, a municipal auditor, a debate student. First read on
  // c3fb323: r@1 .910, r@3 .942, refusal .912. Seen since.
  { name: "blind-28", file: fixture("blind-28"), tuning: false, today: "2026-12-06" },
  // blind-29: a Turkish carpet exporter, a 郑州 noodle-machine sales manager, a librarian's FAQ, a nervous
  // first-time founder, a 纪委 inspector, a caregiver for a 95-year-old, a Ghanaian student, a bookkeeper's
  // field: value lines, a 郴州 navel-orange grower's son, a radio call-in host. First read on 2bdc408:
  // r@1 .921, r@3 .952, refusal .942. Seen since.
  { name: "blind-29", file: fixture("blind-29"), tuning: false, today: "2026-12-06" },
  // blind-30: a Spanish olive-oil importer in Spanglish, a 郑州 bus driver for his wife's shop, keyword
  // strings, a retired judge, a Mongolian-Chinese writer, a MOOC student, a 郴州 firework exporter, a
  // Dubai accountant, a parent-teacher association member, a 乡长. First read on 2bdc408: r@1 .916,
  // r@3 .947, refusal .897. Seen since.
  { name: "blind-30", file: fixture("blind-30"), tuning: false, today: "2026-12-06" },
  // blind-31: a Nigerian phone-accessories buyer, a 郑州 bakery-equipment exporter's office manager, a
  // council budget analyst, a translation app's literal Chinese, a 郴州 hot-spring resort, a "10 things"
  // blogger, a parcel depot run by an ex-teller, a Czech glassware importer, a 人社局 counsellor, a
  // teenager helping her mother's tea shop. First read on 4187f17: r@1 .884, r@3 .926, refusal .900. Seen since.
  { name: "blind-31", file: fixture("blind-31"), tuning: false, today: "2026-12-06" },
  // blind-32 (218 questions; its writer ran out of time before the mixed ones): an Argentine wine buyer,
  // an e-scooter exporter's CFO, a professor of administrative law, a 郴州 village station volunteer, a
  // podcast fact-checker, a warehouse-robot founder, a hotline trainee, a Kenyan tea importer, a county
  // 财政局 clerk, a term-paper student. First read on 4187f17: r@1 .912, r@3 .946, refusal .858. Seen since.
  { name: "blind-32", file: fixture("blind-32"), tuning: false, today: "2026-12-06" },
  // blind-33 (252): a Peruvian alpaca-wool importer, a 郑州 smart-lock sales director, a 市人大 deputy, a
  // 郴州 orchard owner's daughter, a legal-column editor, a cold-storage operator, a civil-service exam
  // tutor, a Bangladeshi garment agent, a 街道办 officer, a housewife reselling cosmetics. First read on
  // dd1b092: r@1 .944, r@3 .961, refusal .913. Seen since.
  { name: "blind-33", file: fixture("blind-33"), tuning: false, today: "2026-12-06" },
  // blind-34 (262): a French perfume distributor, a 郑州 drone-parts accountant, a retired auditor, a 郴州
  // bamboo artisan, a YouTube scriptwriter, a pallet-rental founder, a call-centre team lead, a Sri Lankan
  // spice importer, a 区商务局 deputy, a politics teacher. First read on dd1b092: r@1 .937, r@3 .963,
  // refusal .927. Seen since.
  { name: "blind-34", file: fixture("blind-34"), tuning: false, today: "2026-12-06" },
  // blind-35 (260): a Moroccan argan-oil importer, a 郑州 frozen-dumpling logistics manager, a 政务服务中心
  // window supervisor, a 郴州 tea-cooperative accountant, a TV consumer-rights reporter, a container-leasing
  // salesman, a law-firm intern, a Mexican toy importer, a 县商务局 new hire, a retired teacher. First read on
  // d6e7876: r@1 .894, r@3 .942, refusal .904. Seen since.
  { name: "blind-35", file: fixture("blind-35"), tuning: false, today: "2026-12-06" },
  // blind-36 (260): a Polish amber buyer, a 郑州 auto-parts finance director, a 市政协 member, a 郴州
  // rice-noodle shop owner, a trade-policy podcast host, a drone-delivery founder, a bank trade-desk script
  // writer, an Uzbek cotton buyer, a 乡镇 finance clerk, a debate coach. First read on d6e7876: r@1 .899,
  // r@3 .952, refusal .912. Seen since.
  { name: "blind-36", file: fixture("blind-36"), tuning: false, today: "2026-12-06" },
  // blind-37 (260): a Chilean cherry importer, a 郑州 pet-supplies operations manager, a 市委政研室
  // researcher, a 郴州 ceramics-kiln owner, an online-course quiz writer, a mother asking for her son's shop
  // by voice, a Japanese trading-company intern, a 街道 community worker relaying residents, a trade-credit
  // underwriter, a Sichuan-born seller in 郑州. First read on 534a7a1: r@1 .937, r@3 .963, refusal .915.
  // Seen since.
  { name: "blind-37", file: fixture("blind-37"), tuning: false, today: "2026-12-06" },
  // blind-38 (260): a Saudi dates importer, a 郑州 lighting exporter's CEO dictating while driving, a 区人大
  // staffer, a 郴州 beekeeper, a readers'-letters editor, a container-yard night-shift worker, a Swedish
  // furniture buyer, a 商务局 hotline overflow volunteer, an accounting lecturer, a 郴州 returned migrant
  // worker opening a shop. First read on 534a7a1: r@1 .921, r@3 .952, refusal .958. Seen since.
  { name: "blind-38", file: fixture("blind-38"), tuning: false, today: "2026-12-06" },
  // blind-39 (260): a Vietnamese furniture importer, a 郑州 sportswear logistics coordinator, a 市纪委 staffer,
  // a 郴州 陈皮 seller in dialect, a university library's policy curator, a bilingual 12-year-old helping a
  // parent, a Korean cosmetics brand manager, a 社区 elder-care volunteer, a venture-debt analyst, a Cantonese
  // seller in 郑州. First read on 6016207: r@1 .868, r@3 .931, refusal .892. Seen since.
  { name: "blind-39", file: fixture("blind-39"), tuning: false, today: "2026-12-06" },
  // blind-40 (262): an Argentine leather-goods importer, a 郑州 smart-home exporter's HR officer, a 市审计局
  // intern, a 郴州 hot-pepper sauce maker, a radio phone-in producer, a retired railway worker, a Thai durian
  // importer, a 区政务大厅 receptionist, a graduate student coding policy instruments, a 郴州 orange grower's
  // wife voice-typing. First read on 6016207: r@1 .910, r@3 .952, refusal .920. Seen since.
  { name: "blind-40", file: fixture("blind-40"), tuning: false, today: "2026-12-06" },
  // blind-41 (260): an Indonesian bird's-nest importer, a 郑州 e-bike sales manager, a 市发改委 planner, a 郴州
  // 腐竹 workshop owner, a newspaper fact-check desk, a grandfather asking for a grandson abroad, a German
  // machine-tools buyer, a night-shift hotline operator, an insurance actuary, a 郑州 returnee brand founder.
  // First read on 779a92a: r@1 .921, r@3 .942, refusal .912. Seen since.
  { name: "blind-41", file: fixture("blind-41"), tuning: false, today: "2026-12-06" },
  // blind-42 (260): a Turkish hazelnut importer, a 郑州 garment export clerk pasting fragments, a 区商务局 section
  // chief, a 郴州 dried-fish farmer, a journal's peer reviewer, a WeChat group-buy housewife, a Singapore
  // logistics consultant, a 12345 complaint handler, a retired tax-bureau adviser, a 郴州 middle-school teacher.
  // First read on 779a92a: r@1 .905, r@3 .926, refusal .919. Seen since.
  { name: "blind-42", file: fixture("blind-42"), tuning: false, today: "2026-12-06" },
  // blind-43 (260): a Brazilian coffee exporter's China representative, a 郑州 cosmetics warehouse night manager,
  // a 市财政局 budget reviewer, a 郴州 canned bamboo-shoot processor, a moot-court team member, a retired nurse
  // helping her niece's shop, an Italian leather-goods buyer's assistant, a 市场监管局 inspector, a 郑州
  // student entrepreneur pitching, a 郴州 primary-school parents' WeChat group. First read on 6af8b6c:
  // r@1 .942, r@3 .963, refusal .942. Seen since.
  { name: "blind-43", file: fixture("blind-43"), tuning: false, today: "2026-12-06" },
  // blind-44 (260): a Nepali handicraft trader, a 郑州航空港 logistics station manager, a 区委办 speechwriter, a
  // 郴州 莽山 tourist-products seller, a data annotator, a shop owner writing from a hospital bed, a South African
  // rooibos importer, a 招商 call-centre script checker, a retired TV news editor, a 郴州 vocational-college
  // intern. First read on 6af8b6c: r@1 .947, r@3 .958, refusal .950. Seen since.
  { name: "blind-44", file: fixture("blind-44"), tuning: false, today: "2026-12-06" },
  // blind-45 (260): a Kazakh-born 郑州 lecturer, a 郑州 pet-food brand's customer-service lead, a 市商务局
  // policy-research intern, a 郴州 永兴 silver-craft workshop, a Canadian maple-syrup exporter, a bank relationship
  // manager's assistant, a veteran customs clerk, a 郴州 tourism-college student, a Chilean wine distributor's
  // office manager, a 郑州 community-centre volunteer reading for elderly residents. First read on c1acd48:
  // r@1 .937, r@3 .963, refusal .942. Seen since.
  { name: "blind-45", file: fixture("blind-45"), tuning: false, today: "2026-12-06" },
  // blind-46 (260): a Malaysian bird-nest exporter's daughter, a 郑州 used-car export broker typing without
  // punctuation, a 区财政局 accountant, a 郴州 资兴 fish-jerky maker, an e-commerce law blogger, a 郑州
  // kindergarten owner selling toys abroad, a Japanese trading-company liaison, a 政务服务 chatbot trainer, a
  // retired engineer helping his son-in-law, a 郴州 county 电商办 officer. First read on c1acd48: r@1 .937,
  // r@3 .958, refusal .942. Seen since.
  { name: "blind-46", file: fixture("blind-46"), tuning: false, today: "2026-12-06" },
  // blind-47 (260): a Peruvian quinoa exporter's agent, a 郑州 e-commerce park receptionist, a 市统计局 analyst, a
  // 郴州 桂阳 mushroom grower's son, a German compliance auditor, a 郑州 wedding-photography studio owner, a Hong
  // Kong-born accountant in 郑州, a 县委宣传部 staffer, a retired headmistress, a 郴州 forklift supervisor.
  // First read on 9d05058: r@1 .931, r@3 .963, refusal .950. Seen since.
  { name: "blind-47", file: fixture("blind-47"), tuning: false, today: "2026-12-06" },
  // blind-48 (260): a Thai rubber-products buyer, a 郑州 jewellery livestreamer's assistant, a 市人社局 officer, a
  // 郴州 嘉禾 foundry owner, a procurement-law graduate student, a night-market vendor selling online, a
  // Turkish-German logistics broker, a 政务热线 knowledge-base editor, a retired bank teller, a 第一书记's assistant.
  // First read on 9d05058: r@1 .937, r@3 .974, refusal .942. Seen since.
  { name: "blind-48", file: fixture("blind-48"), tuning: false, today: "2026-12-06" },
  // blind-49 (260): a Uruguayan beef importer's Shanghai office, a 郑州 second-hand luxury reseller, a 区市场监管局
  // clerk, a 郴州 临武 duck farmer's wife, a legal-aid volunteer, a university library's policy cataloguer, a
  // Belarusian tractor-parts buyer, a 市委督查室 inspector, a retired accountant running a WeChat account, a 郴州
  // high-school economics teacher. First read on 9d2bd6e: r@1 .942, r@3 .952, refusal .927. Seen since.
  { name: "blind-49", file: fixture("blind-49"), tuning: false, today: "2026-12-06" },
  // blind-50 (260): a Kenyan avocado exporter, a 郑州 payment startup's product manager, a 区委组织部 talent-office
  // staffer, a 郴州 汝城 towel factory owner, a journalism student, a grandmother selling knitted goods, a
  // Vietnamese coffee trader, a 政务服务中心 window clerk, a retired army logistics officer, a 郴州 tourism-bureau
  // intern. First read on 9d2bd6e: r@1 .926, r@3 .963, refusal .954. Seen since.
  { name: "blind-50", file: fixture("blind-50"), tuning: false, today: "2026-12-06" },
  // blind-51 (260): a Lebanese olive-soap importer, a 郑州 returns-processing warehouse owner, a 区财政局 payment-desk
  // officer, a 郴州 宜章 navel-orange co-op chairman, a policy-course teaching assistant, a deaf seller typing terse
  // questions, an Ethiopian coffee exporter, a 郑州 subway advertising salesman, a 市政府办公室 registry clerk, a 郴州
  // stone-carving workshop owner's nephew. First read on ab75f1b: r@1 .963, r@3 .979, refusal .962. Seen since.
  { name: "blind-51", file: fixture("blind-51"), tuning: false, today: "2026-12-06" },
  // blind-52 (234): a Colombian flower exporter, a 郑州 ERP implementation consultant, a 区商务局 statistics officer,
  // a 郴州 安仁 herbal-medicine farmer, a continuing-education student, a retired postman shipping for neighbours, a
  // Georgian wine exporter, a 郑州 incubator's front-desk manager, a 市司法局 legality-review staffer, a 郴州 汝城
  // tea-garden owner's daughter. First read on ab75f1b: r@1 .975, r@3 .988, refusal .944. Seen since.
  { name: "blind-52", file: fixture("blind-52"), tuning: false, today: "2026-12-06" },
  // blind-53 (260): a Latvian linen importer, a 郑州 cosmetics brand's legal counsel, a 区人社局 employment-subsidy
  // clerk, a 郴州 桂东 bamboo-chopstick workshop owner, a civics teacher preparing a debate, a blind user's screen-reader
  // paste, a Nigerian hair-products importer, a 郑州 logistics park's customer-service rep, a 市审计局 auditor, a 郴州
  // 资兴 homestay owner. First read on 03c6206: r@1 .931, r@3 .952, refusal .931. Seen since.
  { name: "blind-53", file: fixture("blind-53"), tuning: false, today: "2026-12-06" },
  // blind-54 (260): a Tanzanian cashew exporter, a 郑州 SaaS growth hacker, a 区政协委员 drafting a proposal, a 郴州
  // 永兴 silver-refining family's accountant, an MBA student's case study, a hospital accountant selling on Taobao at
  // night, a Portuguese cork importer, a 郑州 e-commerce park's property manager, a 市发改委 planning officer, a 郴州
  // 嘉禾 farm-machinery dealer's wife. First read on 03c6206: r@1 .910, r@3 .968, refusal .919. Seen since.
  { name: "blind-54", file: fixture("blind-54"), tuning: false, today: "2026-12-06" },
  // blind-55 (261): an Icelandic fish-oil importer, a 郑州 logistics startup's data analyst, a 区法院 administrative-tribunal
  // clerk, a 郴州 北湖区 karaoke-bar owner turning to export, a stroke patient typing with one hand, a Greek marble
  // importer, a 郑州 driving-school owner exporting car accessories, a 郴州 苏仙区 ramie mill's export manager, a
  // tax-software support agent, a 市外办 interpreter. First read on 6316931: r@1 .861, r@3 .877, refusal .904. Seen since.
  { name: "blind-55", file: fixture("blind-55"), tuning: false, today: "2026-12-06" },
  // blind-56 (260): a Finnish design-goods importer, a 郑州 electric-guitar maker's export clerk, a sociology researcher
  // quoting respondents, a Uyghur dried-fruit merchant in 郑州, a Belgian chocolate importer, a 郑州 logistics park's
  // fire-safety officer, a 县司法所 mediator, a 郴州 北湖区 stationery-wholesale couple, a 郴州 jade-carving livestream
  // studio owner, a venture studio's operations intern. First read on 6316931: r@1 .974, r@3 .984, refusal .958. Seen since.
  { name: "blind-56", file: fixture("blind-56"), tuning: false, today: "2026-12-06" },
  // blind-57 (260): a Bulgarian rose-oil importer, a 郑州 accounting student interning at a bonded warehouse, a 区委党校
  // lecturer, a 郴州 宜章 bamboo-basket weaver's grandson, a podcast transcript with speaker tags, a Kyrgyz felt trader,
  // a 郑州 phone-case factory's HR manager, a 郴州 临武 duck-jerky brand's operator, an insurance broker's assistant, a
  // 市人大 budget staffer. First read on ddcee26: r@1 .937, r@3 .974, refusal .950. Seen since.
  { name: "blind-57", file: fixture("blind-57"), tuning: false, today: "2026-12-06" },
  // blind-58 (260): a Danish toy importer, a 郑州 hotpot-seasoning exporter's sales director, a patent-law trainee, a
  // 郴州 资兴 tea cooperative's founder through his granddaughter, a chatbot log, a Mongolian cashmere buyer, a 郑州
  // livestream agency's finance assistant, a 郴州 桂阳 mushroom workshop owner, a 政务服务中心 FAQ checker, a
  // business-school professor's multiple-choice questions. First read on ddcee26: r@1 .897, r@3 .923, refusal .915,
  // counting as misses 7 look-ups of numbers the documents lack that the helper labelled answered with no gold; with
  // those labelled no_such_clause as its brief says, the same code reads r@1 .931, r@3 .957, refusal .942. Seen since.
  { name: "blind-58", file: fixture("blind-58"), tuning: false, today: "2026-12-06" },
  // Issue 9, written like blind-57/58 in ten voices each that no earlier set used (blind-59: a Swiss watch-parts importer,
  // a 郑州 tyre exporter's voice-to-text, a 区统计局 survey form, a 郴州 mineral-specimen shop, a forwarded e-mail thread, an
  // Angolan coffee buyer, a 郑州 toy-drone heir, a prompt engineer's instructions, a 市档案馆 archivist, a sign-language
  // interpreter; blind-60: a Hungarian paprika importer, a 郑州 Q&A-forum post, a 郴州 mahjong-table export clerk, a retired
  // diplomat, an API request body, a Markdown page, a university international-student office, an Armenian brandy exporter,
  // a mobile-game publisher, a 1210 bonded-import health-supplement importer). First read on e61046c: blind-59 r@1 .894,
  // r@3 .958, refusal .946; blind-60 r@1 .926, r@3 .963, refusal .950. Seen since.
  { name: "blind-59", file: fixture("blind-59"), tuning: false, today: "2026-12-06" },
  { name: "blind-60", file: fixture("blind-60"), tuning: false, today: "2026-12-06" },
  // Issue 9, written like blind-59/60 in ten voices each that no earlier set used (blind-61: a Norwegian salmon exporter,
  // a 郑州 wig exporter typing fast, a 市税务局 service-hall clerk, a 郴州 汝城 hot-spring souvenir shop, a pasted spreadsheet
  // row, a Nigerian-born trader in 广州, a 郑州 customs-brokerage trainee's notes, a retired 郴州 bank manager, a TikTok-shop
  // operator, a county 政协 proposal drafter; blind-62: a Chilean copper-handicraft importer, a 郑州 frozen-food quality manager,
  // a 郴州 苏仙 phone-repair shop, an AI evaluator's Q:/Expected: prompts, a 区人大 deputy's speech, a Vietnamese exchange student,
  // a customs-software trainer, a 郴州 宜章 orange co-op accountant, a self-correcting voice transcript, a newspaper sub-editor).
  // First read on 56cbf65: blind-61 r@1 .984, r@3 .989, refusal .969; blind-62 r@1 .942, r@3 .974, refusal .927. Seen since.
  { name: "blind-61", file: fixture("blind-61"), tuning: false, today: "2026-12-06" },
  { name: "blind-62", file: fixture("blind-62"), tuning: false, today: "2026-12-06" },
  // Issue 9, written like blind-61/62 in ten voices each that no earlier set used (blind-63: a Greek shipping-agency clerk's
  // abbreviations, an anxious 郑州 pet-tools exporter's employee, a 郴州 北湖 packaging-factory owner, a 政务服务中心 duty
  // lawyer, a transcribed WeChat group screenshot, a Kazakh-born truck-fleet owner in 郑州, a finance lecturer's homework, a
  // 郴州 永兴 silver refinery's slang-heavy hire, a retired 市商务局 official remembering, a payment compliance analyst's bullets;
  // blind-64: a Moroccan tile importer, a 郑州 stroller exporter's CFO, a 郴州 嘉禾 blacksmith's daughter, a search-query log,
  // a 市场监管局 registration clerk, a Taiwanese businessman in 郑州, a call-centre script writer, a 航空港 cargo-terminal
  // shift lead, a TV documentary researcher, an Amazon account manager). First read on 8ed5991: blind-63 r@1 .947, r@3 .963,
  // refusal .930; blind-64 r@1 .905, r@3 .937, refusal .931. Seen since.
  { name: "blind-63", file: fixture("blind-63"), tuning: false, today: "2026-12-06" },
  { name: "blind-64", file: fixture("blind-64"), tuning: false, today: "2026-12-06" },
  // Written like blind-63/64 in ten more voices no earlier set used (blind-65: a 郑州 durian importer's voice memos, a 郴州
  // 资兴 fishery cooperative head, a Peruvian alpaca-wool trader, a 市人社局 talent-office clerk, a bank relationship
  // manager, a high-school student's 社会实践报告, a 郑州 e-bike exporter's logistics manager, a Korean cosmetics brand's
  // representative, a 法律援助 volunteer for elderly shop owners, a 郴州 临武 duck plant manager). First read on 28939f7:
  // r@1 .955, r@3 .977, refusal .946. Seen since.
  { name: "blind-65", file: fixture("blind-65"), tuning: false, today: "2026-12-07" },
  // blind-66: an Indonesian bird's-nest importer, a 郑州 高新区 SaaS founder's slang, a 市审计局 auditor sampling clauses, a
  // 郴州 安仁 herbal trader's son in pinyin initials, a Polish amber seller's textbook English, a 外贸 podcast host reading
  // listeners' questions, a 新郑综保区 bonded-warehouse operator, a retired teacher asking for her nephew, a 郴州 桂东 tea
  // grower, a Dutch flower-bulb exporter. One line was dropped: it asked for the addressee line of 郴政办发〔2021〕3号
  // (中省驻郴各单位), which is no clause. First read on 28939f7: r@1 .902, r@3 .948, refusal .926. Seen since.
  { name: "blind-66", file: fixture("blind-66"), tuning: false, today: "2026-12-07" },
  // Written like blind-65/66 in ten voices each that no earlier set used (blind-67: a 郑州 glass-bottle exporter's
  // documentation clerk, a 郴州 北湖 tyre-retread shop owner's numbered lists, a Ukrainian sunflower-oil importer, a 市委党史
  // 研究室 researcher, a customer-service lead's role-play questions, a chatty 郑州 hair-salon owner, a Cambodian rice
  // importer, a 郑州 patent attorney, a 郴州 东江湖 boat-tour operator, a 郑州 citizen journalist; blind-68: an Omani
  // frankincense trader, a 郑州 古筝 maker's wife, a 市政府参事's advisory notes, a 郴州 汝城 vegetable grower typing without
  // punctuation, an Israeli irrigation distributor, a logistics startup's user stories, a 郑州 nursing-home director, a
  // product-photography studio owner, a Ghanaian shea-butter exporter, a 郴州 资兴 battery-parts export clerk). One line of
  // blind-67 was dropped: it asked for the addressee line of 郴政办发〔2021〕3号 (中省驻郴各单位), which is no clause. First read
  // on e8fd3ee: blind-67 r@1 .927, r@3 .955, refusal .907; blind-68 r@1 .945, r@3 .967, refusal .926. Seen since.
  { name: "blind-67", file: fixture("blind-67"), tuning: false, today: "2026-12-07" },
  { name: "blind-68", file: fixture("blind-68"), tuning: false, today: "2026-12-07" },
  // Written like blind-67/68 in ten voices each that no earlier set used (blind-69: a 郑州 escalator-parts founder's long
  // paragraphs, a 郴州 苏仙 rabbit-fur workshop owner, an Uzbek dried-apricot trader, a 市委网信办 staffer, a mini-program
  // developer's code comments, a retired-army 郑州 tea-house owner, a Peruvian-Chinese translator, a junior bookkeeper, a
  // 郴州 桂阳 cooperative secretary reading numbers aloud, a 区人大代表's assistant; blind-70: a 郑州 vintage-camera reseller
  // mixing Japanese, a 郴州 嘉禾 machinery exporter's son in abbreviations and emoji, a Swiss chocolate buyer, a 市数据局
  // catalogue editor, a radio hotline host, a sarcastic student selling used textbooks, a Bangladeshi jute-bag buyer, a
  // logistics-park security manager, a 郴州 永兴 bookkeeper writing numbers in characters, a moot-court coach's
  // hypotheticals). First read on 5695c4f: blind-69 r@1 .937, r@3 .966, refusal .911; blind-70 r@1 .927, r@3 .966,
  // refusal .930. Seen since.
  { name: "blind-69", file: fixture("blind-69"), tuning: false, today: "2026-12-07" },
  { name: "blind-70", file: fixture("blind-70"), tuning: false, today: "2026-12-07" },
  // Written like blind-69/70 in ten voices each that no earlier set used (blind-71: a 郑州 LED-screen sales rep's half
  // sentences, a 郴州 北湖 pottery studio owner's roundabout questions, a Sri Lankan-born tea blender in 郑州, a 市司法局
  // legal-review officer, a YouTuber's explainer script, a 郑州 snack factory's quality manager, a Mexican hammock seller,
  // an accounting-firm partner reviewing a claim, a 郴州 临武 orange-peel processor's transcribed voice messages, a 12345
  // hotline team leader; blind-72: a Vietnamese-born 郑州 nail-salon owner, a 郴州 宜章 seasoning maker's slash-separated
  // keywords, a Canadian maple buyer, a 市财政局 disbursement officer, a lecturer's true-or-false questions, a 郑州
  // used-clothing exporter's typos, a Kazakh flour buyer, an ERP pre-sales engineer, a 郴州 资兴 fish restaurant owner, a
  // retired 郑州 customs officer remembering). One line of blind-72 was dropped: it asked for the addressee line of
  // 郴政办发〔2021〕3号 (中省驻郴各单位), which is no clause (the third set to ask it). First read on 4ddca6b: blind-71
  // r@1 .895, r@3 .923, refusal .915; blind-72 r@1 .949, r@3 .966, refusal .934. Seen since.
  { name: "blind-71", file: fixture("blind-71"), tuning: false, today: "2026-12-07" },
  { name: "blind-72", file: fixture("blind-72"), tuning: false, today: "2026-12-07" },
  // Written like blind-71/72 in ten voices each that no earlier set used (blind-73: a 郑州 bicycle-parts coordinator's
  // arrows and plus signs, a 郴州 桂东 honey producer asking twice, a Filipino freight forwarder, a 市委政策研究室 drafter, a
  // forwarded parents' group chat, a livestream host's assistant in fragments, an Ethiopian coffee exporter, a tax
  // consultant checking figures, a 郴州 苏仙 retired teacher in traditional characters, a 航空港区 new employee; blind-74: a
  // 郑州 mattress exporter's ①②③ bullets, a 郴州 汝城 ham maker's grandson, a Romanian honey importer, a 市统计局 analyst,
  // a chatbot tester's edge cases, a park tenants' association chair, a Lao rubber trader, a bank trade-finance desk, a
  // 郴州 安仁 carpenter's voice typing, a 市档案局 intern). One line of each was dropped as no clause holds what it asks
  // for: blind-73 the addressee line of 郴政办发〔2021〕3号 (中省驻郴各单位, the fourth set to ask it), blind-74 the web page's
  // line 郑政文〔2013〕237号以此文为准 above the title. First read on 273c2be: blind-73 r@1 .943, r@3 .966, refusal .926;
  // blind-74 r@1 .899, r@3 .939, refusal .926. Seen since.
  { name: "blind-73", file: fixture("blind-73"), tuning: false, today: "2026-12-07" },
  { name: "blind-74", file: fixture("blind-74"), tuning: false, today: "2026-12-07" },
  // Written like blind-73/74 from a shorter brief that gave example formats, so the two share some voices (blind-75: a 巩义
  // refractory plant's meeting minutes, a 郴州高新区 circuit-board clerk filling in a form, a Serbian raspberry exporter's
  // machine-translated mails, an evening paper's crossword editor, a 二七区 bearing wholesaler's complaint letters, a 上街区
  // aluminium-profile owner's voice typing, a 19-year-old Hanfu seller's slang, an Estonian e-residency consultant, a 管城
  // halal-food export officer's politeness, a 北湖区 3D-printing studio's numbered Q1…Q26; blind-76: a 巩义 refractory-brick
  // sales manager, a Mauritian garment agent's English with French, a 苏仙区 eyeglass-frame workshop owner, a 市信访局
  // registrar, a 郑州 firm's weekly minutes, a union quiz crossword setter, an Iranian saffron importer's translated mails,
  // a 登封 kung-fu merchandise seller without punctuation, a 郴州高新区 admin clerk's form fields, a 二七区 dance-studio
  // owner's hashtags). First read on 19968ac: blind-75 r@1 .933, r@3 .972, refusal .934; blind-76 r@1 .901, r@3 .945,
  // refusal .895. Seen since.
  { name: "blind-75", file: fixture("blind-75"), tuning: false, today: "2026-12-07" },
  { name: "blind-76", file: fixture("blind-76"), tuning: false, today: "2026-12-07" },
  // Written like blind-75/76, the brief barring their formats and asking for voices from 郴州 and abroad (blind-77: a 北湖区
  // graphite-crucible sales assistant's 我理解…对吗, a 东北 woman married into 苏仙区 selling 坛子菜, a 宜章 瑶绣 co-op head's
  // short sentences, a 苏仙区 travel agent's ☐/☑ lists, a 桂阳 lantern maker's plans, a Malagasy vanilla exporter's French
  // typography, a Mandalay teak trader with Burmese script, a Lusaka emerald dealer's tone-marked pinyin, a Split lavender
  // exporter, a Tirana sage exporter's 朋友，) and from 郑州, provincial bodies and other provinces (blind-78: a 新郑
  // jujube-chip heir's asides, a 外汇局河南省分局 staffer, a 河南省教育厅 vocational-education clerk, a 义乌 Christmas-
  // decoration exporter, a 金水区 dental lab owner's w/k, a 哈尔滨 ski maker's 东北话, a China Post exchange-office clerk, a
  // 河南省商务厅 officer's 请核/妥否, a 航空港区 phone-parts engineer's Chinglish, a 苏州 silk-quilt maker). First read on
  // 252ccf3: blind-77 r@1 .977, r@3 .977, refusal .934; blind-78 r@1 .960, r@3 .977, refusal .942. Seen since.
  { name: "blind-77", file: fixture("blind-77"), tuning: false, today: "2026-12-07" },
  { name: "blind-78", file: fixture("blind-78"), tuning: false, today: "2026-12-07" },
  // Written like blind-77/78; blind-79 in voices of people who run no business (a 郑州 web-novel writer, a retired 黄委
  // hydrologist's 谨问, a retired 郴州 miner typing keywords, a wiki editor's {{来源请求}}, a bankruptcy administrator, a
  // Czech radio correspondent, a 黔东南 official's 考察提纲, a Melbourne nurse asking for her brother, a 郴州 pupil writing
  // pinyin for characters, a Cuban student at 郑州大学), blind-80 of county and township firms and those serving them (a 荥阳
  // pomegranate grower, a 中牟 floor-mat workshop's ~ and 哈, a 桂阳 opera-costume tailor, a 北湖 blueberry farmer's daughter,
  // a bookkeeping agency's 客户：… 问：…, a Shopify agency's 亲～, an AliExpress service partner's jargon, a 新密 moxa maker's
  // family stories, a foreign listing writer in 郑州, a 郴州 agent's 【查条文】 tags). First read on 814d26b: blind-79 r@1
  // .933, r@3 .950, refusal .907; blind-80 r@1 .944, r@3 .972, refusal .953. Seen since.
  { name: "blind-79", file: fixture("blind-79"), tuning: false, today: "2026-12-07" },
  { name: "blind-80", file: fixture("blind-80"), tuning: false, today: "2026-12-07" },
  // Written like blind-79/80, blind-81 in voices of people asking for someone else or with little practice in writing (a
  // retired 豫剧 drummer's 俺, a 汝城 breakfast-shop owner asking for the neighbours, a first-day cashier's 领导让我问, a
  // 航空港 foreman dictating through site noise, a 二七区 mahjong-parlour owner misremembering 文号, a 永兴 laundry mother's 我崽,
  // an Italian son-in-law's pinyin, a 北湖区 hairdresser's 顾客问, a retired 上街区 electrician wanting clauses to print, a
  // 航空港区 mother typing one-handed). First read on f1c35a5: r@1 .893, r@3 .955, refusal .915. Seen since.
  { name: "blind-81", file: fixture("blind-81"), tuning: false, today: "2026-12-07" },
  // Written like blind-81, blind-82 in voices of adjacent trades meeting these policies at work (a 北湖区 trademark agent's 委托人…盼复,
  // an ex-中信保 insurance broker's Re:/PS, a warehouse landlord counting square metres, a 湘南学院 researcher's RQ notes, a
  // 北湖区 court enforcement clerk's 经查, a Spanish–Chinese interpreter's glossaries, an HR manager's ■ bullets, a 长沙 subsidy
  // auditor's workpaper references, a state logistics group's procurement officer, a SaaS vendor's #04xx tickets); blind-83
  // from abroad and other provinces (Hinglish, Catalan with English, a Vilnius publisher's labas/ačiū, Arabizi, a Ugandan-born
  // 郴州 exporter's Swahili, 上海话, 陕西话, 武汉话, 天津话, 云南话). First read on e36e0fb: blind-82 r@1 .961, r@3 .972, refusal .899;
  // blind-83 r@1 .949, r@3 .966, refusal .930 (on c3191eb, before this stop's fixes: .961/.972/.895 and .949/.966/.930). Seen since.
  { name: "blind-82", file: fixture("blind-82"), tuning: false, today: "2026-12-07" },
  { name: "blind-83", file: fixture("blind-83"), tuning: false, today: "2026-12-07" },
  // Written like blind-81, blind-84 in voices of people in a hurry or in a fixed format (a 惠济区 running-gear seller's
  // texts without punctuation, a 北湖区 fishing-lamp maker's 待办#n list, a retired 上街区 pilot's questions inside stories, a
  // 苏仙区 toothbrush clerk's two questions a message, a uniform maker's daughter half-quoting the texts, a projectionist's
  // ——不对，是…, a Scottish glass engraver's SMS English, a turf exporter's long paragraphs, an Australian-born granddaughter's
  // 鱼粉 shop, a 郴州 tattoo studio's 问：…（急）). First read on e36e0fb: r@1 .881, r@3 .966, refusal .938 (on c3191eb: .881/.966/.934).
  // Seen since.
  { name: "blind-84", file: fixture("blind-84"), tuning: false, today: "2026-12-07" },
  // Written like blind-81 to blind-84, blind-85 in voices of people handling these policies in organisations that are not
  // firms (a 金水区 街道 cadre's visit notes, a Wenzhou 商会 secretary's 会员原话, a 苏仙区 人大代表联络站 liaison, a vocational
  // school's employment office, a 郴州 rural bank's compliance desk, a 航空港区 customs-broker trainee's 师傅说, a charity for
  // disabled craftspeople, a newspaper fact-checker's 稿件称, a paralegal's 律师交代, a 12345 knowledge-base reviewer; several
  // trades were used before, each given another place and habit); blind-86 in unusual ways of writing (questions only in the
  // negative, slash-separated keywords, abbreviations and initials, classical Chinese, a passage copied and asked about, 假设…
  // cases, numbers and 文号 in words, Macanese traditional characters with Portuguese, 冒昧请教 politeness, anger). One line of
  // blind-86 was dropped: its facts (rentedAreaSqm, annualRent) are no profile fields. First read on dd7bd1a: blind-85 r@1 .966,
  // r@3 .983, refusal .950; blind-86 r@1 .917, r@3 .939, refusal .922 (on c3191eb: .966/.983/.946 and .917/.939/.922). Seen since.
  { name: "blind-85", file: fixture("blind-85"), tuning: false, today: "2026-12-07" },
  { name: "blind-86", file: fixture("blind-86"), tuning: false, today: "2026-12-07" },
  // Written like blind-81 to blind-86: blind-87 in text that passed through a machine or a typing habit (voice input with
  // homophone slips, pinyin-IME wrong characters, pinyin initials such as kjds/bt/hwc, spreadsheet rows split by tabs or |,
  // key: value lines, chat-bot slash commands, Markdown, emoji for words, mixed full- and half-width digits, Hong Kong 繁體
  // with 粵語 particles); blind-88 in occupations not used before (a delivery rider, a drugstore pharmacist, a pet-clinic vet,
  // a temple souvenir shop, a driving school, a funeral paper-craft maker, a retired officer, a hospital procurement clerk, a
  // school-bus driver's wife, a barbecue stall); blind-89 in languages not used before (Brazilian Portuguese, Taglish,
  // Vietnamese without diacritics, Bahasa Indonesia, Dutch business English, Russian-English, Finglish, Nigerian Pidgin,
  // Singlish, a Korean student's Chinese); blind-90 in questions hanging on time and money units (美金/刀/k/w, euros, 港币 and
  // 日元, past years asked as now, plans for 2027, dates written every way, renewals, months since founding, 亩 and 公顷,
  // figures exactly at a tier's boundary, what changed between the old and new texts). One line of blind-90 was dropped: its
  // facts (leasedAreaSqm) are no profile field. First read on 17205da (ed06aef's code): r@1 .909/.971/.876/.914, r@3
  // .943/.977/.910/.966, refusal .942/.946/.903/.911 for blind-87/88/89/90. Seen since.
  { name: "blind-87", file: fixture("blind-87"), tuning: false, today: "2026-12-07" },
  { name: "blind-88", file: fixture("blind-88"), tuning: false, today: "2026-12-07" },
  { name: "blind-89", file: fixture("blind-89"), tuning: false, today: "2026-12-07" },
  { name: "blind-90", file: fixture("blind-90"), tuning: false, today: "2026-12-07" },
  // Written like blind-87 to blind-90: blind-91 by people checking what they were told (claims pasted with 对不对,
  // multiple choice, fill-in-the-blank, a WeChat group's rumours, 我同事说, OCR'd photos, two figures heard, a manager's
  // summary, a slide deck, a figure quoted wrong on purpose); blind-92 in dialects not used before (四川话, 广西白话, 闽南语,
  // 山东话, 长沙话, 客家话, 南昌话, 潮汕话, 温州话, 山西话); blind-93 in English of styles not used before (legalese, British
  // understatement, Indian English, Australian slang, formal Kenyan English, Reddit, Slack, an abstract, support tickets,
  // literal translation); blind-94 by people referring to documents and clauses imprecisely (a 文号 a digit or year off, the
  // cities mixed up, half-remembered titles, pages and paragraphs of a printout, heading words, the right number in the wrong
  // document, old names for new texts, a printout numbered straight through, headings counted, sentences quoted from memory).
  // Two lines of blind-91 were dropped: their gold was a title, which no clause holds. First read on 4e1da4a (b8cba35's
  // code): r@1 .971/.927/.869/.810, r@3 .977/.960/.915/.859, refusal .855/.950/.833/.922 for blind-91/92/93/94. Seen since.
  { name: "blind-91", file: fixture("blind-91"), tuning: false, today: "2026-12-07" },
  { name: "blind-92", file: fixture("blind-92"), tuning: false, today: "2026-12-07" },
  { name: "blind-93", file: fixture("blind-93"), tuning: false, today: "2026-12-07" },
  { name: "blind-94", file: fixture("blind-94"), tuning: false, today: "2026-12-07" },
  // Written like blind-91 to blind-94: blind-95 by people comparing or testing edges (郑州 against 郴州, old texts against new,
  // a 个体户, a foreign-invested firm, a branch with no legal personality, a firm a month old, a firm moved from elsewhere, one
  // already subsidised elsewhere, figures just under a bar, two clauses at once); blind-96 in languages not used before
  // (German, Québec French, Italian, Polish, Japanese, Thai, Hindi in Devanagari, romanized Urdu, Greek and Hebrew with
  // English); blind-97 by people giving figures loosely (大概, 出头, ranges, several years, growth, pasted tables, monthly
  // figures, a figure corrected, a group's and a partner's figures); blind-98 by people typing in a hurry on a phone (郑/郴/补/跨电,
  // homophone slips, no punctuation, questions run together or cut off, bare numbers, emoji). First read on 8480308
  // (e78eada's code): r@1 .856/.904/.949/.915, r@3 .917/.949/.983/.927, refusal .900/.849/.969/.919 for blind-95/96/97/98.
  // Seen since.
  { name: "blind-95", file: fixture("blind-95"), tuning: false, today: "2026-12-07" },
  { name: "blind-96", file: fixture("blind-96"), tuning: false, today: "2026-12-07" },
  { name: "blind-97", file: fixture("blind-97"), tuning: false, today: "2026-12-07" },
  { name: "blind-98", file: fixture("blind-98"), tuning: false, today: "2026-12-07" },
  // Written like blind-95 to blind-98, to read this stop's last code once: blind-99 by people at a moment of life (a returning
  // 华侨, a discharged veteran, a wheelchair user, a cooperative's head, a daughter reopening a workshop, a successor, a Miao
  // maker writing Chinese as a second language, a graduate, a hobby turned business, a family moving for school); blind-100
  // in long many-layered messages (diary entries, formal e-mails, a DingTalk exchange, a family chat, a teaching case, quoted
  // replies, a hotel handover log, letters to a son, 已知…求… problems, a ferryman's stories); blind-101 in as few characters
  // as possible (keywords, telegrams, one English word, middle dots, a phrase in 「」, a figure and a unit); blind-102 in the
  // jargon of neighbouring fields (supply chain, payments, underwriting, customs broking, tax, law, planning, HR, performance
  // marketing, data). A line each of blind-99 and blind-101 was dropped (their gold was a 文号 or a title, which no clause
  // holds), and one snippet of blind-100 lost the clause label copied into it. First read on 2ec6209 (a67b046's code): r@1
  // .966/.869/.855/.954, r@3 .966/.880/.922/.989, refusal .946/.899/.887/.911 for blind-99/100/101/102. Seen since.
  { name: "blind-99", file: fixture("blind-99"), tuning: false, today: "2026-12-07" },
  { name: "blind-100", file: fixture("blind-100"), tuning: false, today: "2026-12-07" },
  { name: "blind-101", file: fixture("blind-101"), tuning: false, today: "2026-12-07" },
  { name: "blind-102", file: fixture("blind-102"), tuning: false, today: "2026-12-07" },
  // Four more written the same way on 2026-12-07 (1,032 questions): blind-103 by people relaying someone else's question
  // (a chairman's secretary taking dictation, an interpreter for an Iraqi buyer, a son for his mother, a union group
  // leader, a village women's director, a chamber-of-commerce clerk, a headhunter, a hotel concierge, a 老年大学 teacher,
  // a telecom counter clerk); blind-104 in writing habits (numbered lists, hashtags, full-width spaces, answer first,
  // stream of consciousness, jokes, long greetings, terse commands, self-corrections, title lines); blind-105 at stages
  // of a firm's life (before registration, a first application, a rejection, an audit, a merger, a move between
  // districts, a closing down, falling figures, a second warehouse country, B2C to B2B); blind-106 in Persian, Hausa,
  // Amharic, Khmer, Sinhala, Bengali and Tamil mixed with English and Chinese, Lan-nang Hokkien, Taiwanese Mandarin with
  // 注音 and Portunhol. First read on b88084e (966bd42's code): r@1 .977/.966/.932/.954, r@3 .983/.989/.972/.966, refusal
  // .977/.934/.907/.876 for blind-103/104/105/106.
  { name: "blind-103", file: fixture("blind-103"), tuning: false, today: "2026-12-07" },
  { name: "blind-104", file: fixture("blind-104"), tuning: false, today: "2026-12-07" },
  { name: "blind-105", file: fixture("blind-105"), tuning: false, today: "2026-12-07" },
  { name: "blind-106", file: fixture("blind-106"), tuning: false, today: "2026-12-07" },
  // Four more written the same way on 2026-12-07 (1,032 questions): blind-107 by people checking a claim they heard (a
  // consultancy's pitch, another chatbot's answer, a competitor's boast, a landlord's ad, a course flyer, a bank's SMS, a
  // short-video influencer, a relative, an old newspaper clipping, a colleague's meeting summary); blind-108 in Arabic,
  // Taglish, Punjabi (Gurmukhi), Yoruba, Somali, Telugu, Gujarati, Javanese, Māori-English and Welsh-English; blind-109 by
  // sellers of one product each (新郑 dates, 东江鱼, 临武鸭, 宜章 oranges, 巩义 aluminium, 资兴 tea, frozen dumplings, 嘉禾
  // castings, 汝城 hot-spring packages, used cars by 中欧班列); blind-110 anchored in time (reconciling 2019–2021, planning
  // for 2027, the eve of an expiry, an applicant of 2020, a gazetteer compiler, today-relative words, backdated invoices,
  // an auditor's cut-off day, a student's timeline, memories of 2013). First read on fda5af8: r@1 .881/.887/.910/.890, r@3
  // .938/.921/.944/.917, refusal .919/.810/.930/.907 for blind-107/108/109/110.
  { name: "blind-107", file: fixture("blind-107"), tuning: false, today: "2026-12-07" },
  { name: "blind-108", file: fixture("blind-108"), tuning: false, today: "2026-12-07" },
  { name: "blind-109", file: fixture("blind-109"), tuning: false, today: "2026-12-07" },
  { name: "blind-110", file: fixture("blind-110"), tuning: false, today: "2026-12-07" },
  // Four more written the same way on 2026-12-07 (1,032 questions): blind-111 in the habits of Chinese platforms (小红书,
  // 知乎, 贴吧, B站 弹幕, 豆瓣 groups, 抖音 live chat, 微博 超话, 快手, 闲鱼 chats, 大众点评 reviews); blind-112 in Turkish, Kazakh,
  // Uzbek, Mongolian, Burmese, Lao, Nepali, Swedish, Czech and Hungarian; blind-113 by people writing Chinese as a second
  // language or in a grammar of their own (HSK learners, 朝鲜族 word order, Chinese Sign Language order, pinyin for
  // characters not known); blind-114 by the shape of the question (superlatives, 除了…还有, which first, either/or, how
  // clauses differ, only-if, what if I don't, checklists, 如果…否则 chains, restating a clause). First read on a3ab3a6:
  // r@1 .960/.927/.916/.899, r@3 .977/.966/.933/.938, refusal .950/.899/.926/.907 for blind-111/112/113/114 (1f82509, before
  // a3ab3a6's changes: .960/.932/.916/.899, .977/.966/.933/.938, .946/.899/.926/.903).
  { name: "blind-111", file: fixture("blind-111"), tuning: false, today: "2026-12-07" },
  { name: "blind-112", file: fixture("blind-112"), tuning: false, today: "2026-12-07" },
  { name: "blind-113", file: fixture("blind-113"), tuning: false, today: "2026-12-07" },
  { name: "blind-114", file: fixture("blind-114"), tuning: false, today: "2026-12-07" },
  // Four more written the same way on 2026-12-07 (1,032 questions): blind-115 in the registers of Chinese writing (公文
  // 请示/函, 仲裁申请书, 顺口溜, 网络黑话, 新闻标题, 周报, 述职报告, 采购需求, 合同条款, 标题党); blind-116 in Georgian, Armenian,
  // Albanian, Croatian, Slovak, Estonian, Latvian, Swahili, isiZulu and Icelandic; blind-117 by the shape of the question
  // (counting, whether mentioned, exact wording, where in a document, totals, negatives, definitions, purpose, examples,
  // order in time); blind-118 by the platforms and service firms around sellers (Temu, TikTok Shop, SHEIN, 阿里国际站,
  // 速卖通, 1688, Shopify agency, Lazada, Ozon, Mercado Libre). One label fixed before reading: blind-116's 文号 line had
  // its gold on the 文号 line, which no clause holds; it is the header's. First read: r@1 .887/.870/.870/.932, r@3 .938/.921/.898/.960, refusal .938/.810/.864/.915 for blind-115/116/117/118, on 6e064c2 and on the
  // working tree after it alike (one validity line apart).
  { name: "blind-115", file: fixture("blind-115"), tuning: false, today: "2026-12-07" },
  { name: "blind-116", file: fixture("blind-116"), tuning: false, today: "2026-12-07" },
  { name: "blind-117", file: fixture("blind-117"), tuning: false, today: "2026-12-07" },
  { name: "blind-118", file: fixture("blind-118"), tuning: false, today: "2026-12-07" },
  // Four more written the same way on 2026-12-07 (1,032 questions): blind-119 by people in and around local government
  // (街道办, 商务局, 12345 工单, 人大代表, 政协 提案, 审计局, 财政局, 招商局, 乡镇电商服务站, a trade office abroad); blind-120 in
  // Ukrainian, Romanian, Bulgarian, Serbian, Lithuanian, Slovenian, Danish, Catalan, Malay and Pashto; blind-121 by the shape
  // of the question (上限/下限, does X count as Y, which clause is about X, a clause's full text, a document's basis, two
  // documents on one point, what if, self-corrections, date ranges, which department); blind-122 by sellers into one market
  // each (Russia, the Gulf, West Africa, Brazil, Mexico, Central Asia, Japan, Korea, Poland, Australia). First read on
  // 7bc8974: r@1 .927/.701/.873/.966, r@3 .960/.774/.928/.983, refusal .946/.795/.895/.950 for blind-119/120/121/122.
  { name: "blind-119", file: fixture("blind-119"), tuning: false, today: "2026-12-07" },
  { name: "blind-120", file: fixture("blind-120"), tuning: false, today: "2026-12-07" },
  { name: "blind-121", file: fixture("blind-121"), tuning: false, today: "2026-12-07" },
  { name: "blind-122", file: fixture("blind-122"), tuning: false, today: "2026-12-07" },
  // Four more written the same way on 2026-12-08 (1,032 questions): blind-123 by enterprises of each legal form (个体工商户,
  // 合伙企业, a WFOE, a 分公司, a 合作社, an unregistered student team…), blind-124 mostly in English (a Hong Kong accountant,
  // a German operations manager, a UK customs broker…), blind-125 question shapes IV (wrong premises, several asks at once,
  // figures written many ways, totals, which is more), blind-126 spoken voices (河南话, 郴州话, 粤语, 东北话, voice input).
  // Scored once before any tuning on them, on d8b4d55: r@1 .960/.887/.938/.955, r@3 .966/.932/.966/.961,
  // refusal .919/.849/.926/.946 for blind-123/124/125/126.
  { name: "blind-123", file: fixture("blind-123"), tuning: false, today: "2026-12-08" },
  { name: "blind-124", file: fixture("blind-124"), tuning: false, today: "2026-12-08" },
  { name: "blind-125", file: fixture("blind-125"), tuning: false, today: "2026-12-08" },
  { name: "blind-126", file: fixture("blind-126"), tuning: false, today: "2026-12-08" },
];
const METHODS: Method[] = ["hybrid", "lexical", "dense"];
const TOP = 5;

interface Case {
  q: string;
  gold?: [DocId, string][];
  noAnswer?: boolean;
  /** The sets of issue 9 label each line with its voice and the reason the answer should give. */
  voice?: string;
  reason?: AskResult["reason"];
  /** A look-up by number: the clause named, or the number a document lacks. */
  lookup?: { docId: DocId; path?: string; asked?: string };
  /** Other clauses a look-up may equally mean (one 文号, several documents). */
  lookupAlternatives?: { docId: DocId; path: string }[];
  /** Facts the answer must state; dates as YYYY-MM-DD. */
  expectInAnswer?: string[];
  /** The profile the question's figures amount to. */
  facts?: Record<string, unknown>;
}

/** "Today" of every evaluation, fixed so that validity (and so the answers) are reproducible. */
const EVAL_TODAY = "2026-12-05";

const corpus = loadCorpus();
const norm = (s: string) => s.replace(/\s+/g, "").replace(/\(/g, "（").replace(/\)/g, "）");

/** A line that expects an answer but names no gold clause can only score as a miss: a label error, refused at reading. */
function readSet(file: string): Case[] {
  const cases = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
  const unlabelled = cases.filter((c) => !c.noAnswer && !c.gold?.length);
  if (unlabelled.length) {
    throw new Error(`${file}: ${unlabelled.length} line(s) expect an answer but give no gold clause, e.g. ${unlabelled[0]!.q}`);
  }
  return cases;
}

function matches(c: Case, clauseId: string, citedText: string): boolean {
  const clause = corpus.clause(clauseId)!;
  const text = norm(citedText);
  return text.length <= 700 && (c.gold ?? []).some(([doc, snippet]) => clause.docId === doc && text.includes(norm(snippet)));
}

interface Figures {
  recall1: number;
  recall3: number;
  mrr: number;
  refusalAccuracy: number;
  inRefused: number;
  outAnswered: number;
  inScope: number;
  outOfScope: number;
}

/** With `rankingOnly`, a refused in-scope question is ranked all the same (the refusal model is fitted last). */
async function measure(retriever: Retriever, cases: Case[], method: Method, misses?: string[], rankingOnly = false): Promise<Figures> {
  let hit1 = 0, hit3 = 0, rr = 0, inRefused = 0, outAnswered = 0;
  const inScope = cases.filter((c) => !c.noAnswer).length;
  for (const c of cases) {
    const outcome = await retriever.search(c.q, method);
    if (c.noAnswer) {
      if (!outcome.refusal) outAnswered++;
      if (!outcome.refusal) misses?.push(`answered out-of-scope: ${c.q} -> ${outcome.ranked[0]?.clauseId}`);
      continue;
    }
    if (outcome.refusal && !rankingOnly) {
      inRefused++;
      misses?.push(`refused in-scope (${outcome.refusal.kind}): ${c.q}`);
      continue;
    }
    const top = outcome.ranked.slice(0, TOP);
    const rank = top.findIndex((hit) => matches(c, hit.clauseId, retriever.citationText(hit)));
    if (rank === 0) hit1++;
    if (rank >= 0 && rank < 3) hit3++;
    if (rank >= 0) rr += 1 / (rank + 1);
    if (rank !== 0) misses?.push(`rank ${rank < 0 ? "-" : rank + 1}: ${c.q} -> ${top.slice(0, 3).map((h) => h.clauseId).join(", ")}`);
  }
  const outOfScope = cases.length - inScope;
  return {
    recall1: hit1 / inScope,
    recall3: hit3 / inScope,
    mrr: rr / inScope,
    refusalAccuracy: (cases.length - inRefused - outAnswered) / cases.length,
    inRefused,
    outAnswered,
    inScope,
    outOfScope,
  };
}

function row(label: string, f: Figures): string {
  const x = (n: number) => n.toFixed(3);
  return `${label.padEnd(34)} ${x(f.recall1)}  ${x(f.recall3)}  ${x(f.mrr)}  ${x(f.refusalAccuracy)}  ${String(f.inRefused).padStart(3)}/${f.inScope}  ${String(f.outAnswered).padStart(3)}/${f.outOfScope}`;
}

// ---------------------------------------------------------------------------------------------
// Answers: what `ask` returns, scored on every label a set carries.

/** 2021年1月9日 / 2021年01月09日 → 2021-01-09, so an answer's dates compare with the labels'. */
const isoDates = (text: string) =>
  text.replace(/(\d{4})年(\d{1,2})月(\d{1,2})日/gu, (_, y: string, m: string, d: string) => `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`);

interface Tally {
  n: number;
  inScope: number;
  hit1: number;
  hit3: number;
  rr: number;
  refusalRight: number;
  reasonLabelled: number;
  reasonRight: number;
  lookups: number;
  lookupRight: number;
  expects: number;
  expectRight: number;
  estimates: number;
  estimateRight: number;
  estimateLeads: number;
}

const emptyTally = (): Tally => ({
  n: 0, inScope: 0, hit1: 0, hit3: 0, rr: 0, refusalRight: 0, reasonLabelled: 0, reasonRight: 0,
  lookups: 0, lookupRight: 0, expects: 0, expectRight: 0, estimates: 0, estimateRight: 0, estimateLeads: 0,
});

/** The first citation is the clause looked up and `lookup` names it; a missing number is refused as such. */
function lookupRight(c: Case, r: AskResult): boolean {
  const want = c.lookup!;
  // Sets label a missing number either by what was asked or by the path it would have (blind-15 on).
  if (want.asked !== undefined || c.reason === "no_such_clause") return r.noAnswer && r.reason === "no_such_clause" && r.lookup?.docId === want.docId && r.lookup.path === null;
  const allowed = [{ docId: want.docId, path: want.path! }, ...(c.lookupAlternatives ?? [])];
  const first = r.citations[0];
  return (
    !r.noAnswer &&
    allowed.some((a) => first?.clauseId === `${a.docId}/${a.path}`) &&
    allowed.some((a) => r.lookup?.docId === a.docId && r.lookup.path === a.path)
  );
}

/**
 * `estimate` equals `screen` on the labelled facts and the estimate's date: eligible clauses and
 * total. Facts that name no city are the facts of the labelled clause's city.
 */
function estimateRight(c: Case, r: AskResult, fxUsdCny: number, today: string): boolean {
  if (!r.estimate) return false;
  const city = c.facts!.city ?? (c.gold?.[0] ? documentInfo(c.gold[0][0]).city : undefined);
  const v = validateProfile({ ...c.facts, city, asOf: r.estimate.asOf });
  // Facts impossible on the estimate's date (a headquarters moved in after it) say the date was misread: the estimate is wrong.
  if (!v.ok) return false;
  const expected = screen(v.profile, { fxUsdCny, today });
  const eligible = (results: { clauseId: string; status: string }[]) =>
    results.filter((x) => x.status === "eligible").map((x) => x.clauseId).sort().join(",");
  return eligible(expected.results) === eligible(r.estimate.results) && expected.totalCny === r.estimate.totalCny;
}

function score(c: Case, r: AskResult, t: Tally, fxUsdCny: number, today: string, misses: string[]): void {
  t.n++;
  const refusedRight = r.noAnswer === Boolean(c.noAnswer);
  if (refusedRight) t.refusalRight++;
  else misses.push(`${c.noAnswer ? "answered unanswerable" : "refused answerable"} (${r.reason}): ${c.q}${r.noAnswer ? "" : ` -> ${r.citations[0]?.clauseId}`}`);
  if (c.reason) {
    t.reasonLabelled++;
    if (r.reason === c.reason) t.reasonRight++;
    else if (refusedRight) misses.push(`reason ${r.reason}, labelled ${c.reason}: ${c.q}`);
  }
  let rank = -1;
  if (!c.noAnswer) {
    t.inScope++;
    if (!r.noAnswer) {
      rank = r.citations.slice(0, TOP).findIndex((ct) => matches(c, ct.clauseId, ct.text));
      if (rank === 0) t.hit1++;
      if (rank >= 0 && rank < 3) t.hit3++;
      if (rank >= 0) t.rr += 1 / (rank + 1);
      if (rank !== 0) misses.push(`rank ${rank < 0 ? "-" : rank + 1}: ${c.q} -> ${r.citations.slice(0, 3).map((x) => x.clauseId).join(", ")}`);
    }
  }
  if (c.lookup) {
    t.lookups++;
    if (lookupRight(c, r)) t.lookupRight++;
    else misses.push(`look-up ${JSON.stringify(r.lookup)} for ${JSON.stringify(c.lookup)}: ${c.q}`);
  }
  if (c.expectInAnswer) {
    t.expects++;
    const answer = isoDates(r.answer);
    const absent = c.expectInAnswer.filter((e) => !answer.includes(e));
    if (absent.length === 0) t.expectRight++;
    else misses.push(`answer lacks ${absent.join("、")}: ${c.q}`);
  }
  if (c.facts) {
    t.estimates++;
    if (estimateRight(c, r, fxUsdCny, today)) t.estimateRight++;
    else misses.push(`estimate differs from screen on the labelled facts: ${c.q} (read ${JSON.stringify(r.estimate?.facts ?? null)})`);
    if (rank === 0) t.estimateLeads++;
  }
}

function tallyRow(label: string, t: Tally): string {
  const ratio = (a: number, b: number) => (b === 0 ? "    - " : (a / b).toFixed(3).padStart(6));
  return [
    label.padEnd(22),
    String(t.n).padStart(4),
    ratio(t.hit1, t.inScope),
    ratio(t.hit3, t.inScope),
    ratio(t.rr, t.inScope),
    ratio(t.refusalRight, t.n),
    ratio(t.reasonRight, t.reasonLabelled),
    ratio(t.lookupRight, t.lookups),
    ratio(t.expectRight, t.expects),
    ratio(t.estimateRight, t.estimates),
    ratio(t.estimateLeads, t.estimates),
  ].join(" ");
}

async function answerTables(names: string[], verbose: boolean): Promise<void> {
  const config = loadConfig();
  const retriever = await openRetriever(config, { log: () => {} });
  console.log(`ask (${retriever.mode}), today ${EVAL_TODAY} unless a set is dated otherwise`);
  console.log(`${"set / voice".padEnd(22)}    n    r@1    r@3    MRR refusal reason lookup expect estim.  leads`);
  for (const set of SETS.filter((s) => names.length === 0 || names.includes(s.name))) {
    const cases = readSet(set.file);
    const total = emptyTally();
    const byVoice = new Map<string, Tally>();
    const misses: string[] = [];
    const today = set.today ?? EVAL_TODAY;
    for (const c of cases) {
      const r = await retriever.ask(c.q, { today, top: TOP });
      score(c, r, total, config.fxUsdCny, today, misses);
      if (c.voice) {
        if (!byVoice.has(c.voice)) byVoice.set(c.voice, emptyTally());
        score(c, r, byVoice.get(c.voice)!, config.fxUsdCny, today, []);
      }
    }
    console.log(tallyRow(set.name, total));
    for (const [voice, t] of [...byVoice].sort(([a], [b]) => a.localeCompare(b))) console.log(tallyRow(`  ${voice}`, t));
    if (verbose) for (const m of misses) console.log(`    ${m}`);
  }
}

async function methodTables(verbose: boolean): Promise<void> {
  const config = loadConfig();
  console.log(`${"set / method / query instruction".padEnd(34)} r@1    r@3    MRR@5  refusal in-refused out-answered`);
  for (const queryInstruction of [false, true]) {
    const retriever = await openRetriever(config, { queryInstruction });
    for (const set of SETS) {
      const cases = readSet(set.file);
      for (const method of METHODS) {
        if (method === "dense" && retriever.mode === "lexical") continue;
        if (method === "lexical" && queryInstruction) continue; // the instruction only touches query embeddings
        const misses: string[] = [];
        const figures = await measure(retriever, cases, method, misses);
        console.log(row(`${set.name} ${method}${method === "lexical" ? "" : queryInstruction ? " +instruction" : ""}`, figures));
        if (verbose) for (const m of misses) console.log(`    ${m}`);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Boost sweep: the figure boost around TUNING, ranking only, on the tuning sets.

const SWEEP: Partial<Record<keyof SearchTuning, number[]>> = {
  figureBoost: [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4],
};

async function sweep(): Promise<void> {
  const config = loadConfig();
  const tuning = SETS.filter((s) => s.tuning).flatMap((s) => readSet(s.file));
  console.log(`${"weight = value".padEnd(24)} hybrid r@1 r@3 MRR      lexical r@1 r@3 MRR`);
  for (const [name, values] of Object.entries(SWEEP) as [keyof SearchTuning, number[]][]) {
    for (const value of values) {
      const retriever = await openRetriever(config, { tuning: { ...TUNING, [name]: value }, log: () => {} });
      const cells: string[] = [];
      for (const method of ["hybrid", "lexical"] as const) {
        const f = await measure(retriever, tuning, method, undefined, true);
        cells.push([f.recall1, f.recall3, f.mrr].map((n) => n.toFixed(3)).join(" "));
      }
      console.log(`${`${name} = ${value}${value === TUNING[name] ? " *" : ""}`.padEnd(24)} ${cells.join("   ")}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Refusal fit: the question classifier (scope.ts) on the question embeddings, then the evidence
// model of each method (refusal.ts); both logistic regressions with balanced classes and L2.

type Vector = number[];
/** The features each method has: without a model there is no cosine and no scope; dense alone has no lexical match. */
const FEATURES: Record<Method, Feature[]> = {
  hybrid: ["sentenceCosine", "coverage", "bm25", "lexicalLead", "unknownNouns", "scope"],
  lexical: ["coverage", "bm25", "lexicalLead", "unknownNouns"],
  dense: ["sentenceCosine", "scope"],
};
/** A wrongly refused answerable question costs this many wrongly answered unanswerable ones. */
const REFUSAL_COST = 3;
/**
 * Share of unanswerable questions in real traffic: the dev set has 3 in 26, a week of traffic as
 * the third blind set imagines it 20 in 126. The tuning sets hold far more (a third), written to
 * teach the near misses; the cutoff weighs their errors back to this mix, or it would refuse as
 * if every third question had no answer.
 */
const TRAFFIC_UNANSWERABLE = 0.15;
/** L2 penalties: small for the few evidence features; for the 512 embedding dimensions the one
 * with the fewest out-of-fold errors on the tuning sets (0.01 to 0.2 measured alike, 1 worse). */
const EVIDENCE_L2 = 0.01;
const SCOPE_L2 = 0.05;
/** Folds for the out-of-fold scope values the evidence model is fitted on. */
const FOLDS = 5;

function fitLogistic(xs: Vector[], ys: number[], l2: number): { bias: number; weights: Vector } {
  const dims = xs[0]!.length;
  const mean = Array.from({ length: dims }, (_, i) => xs.reduce((s, x) => s + x[i]!, 0) / xs.length);
  const sd = mean.map((m, i) => Math.sqrt(xs.reduce((s, x) => s + (x[i]! - m) ** 2, 0) / xs.length) || 1);
  const zs = xs.map((x) => x.map((v, i) => (v - mean[i]!) / sd[i]!));
  const positives = ys.filter((y) => y === 1).length;
  const classWeight = [ys.length / (2 * (ys.length - positives)), ys.length / (2 * positives)];
  let bias = 0;
  const w = new Array<number>(dims).fill(0);
  for (let step = 0; step < 5000; step++) {
    let gb = 0;
    const gw = new Array<number>(dims).fill(0);
    zs.forEach((z, n) => {
      const p = 1 / (1 + Math.exp(-(bias + z.reduce((s, v, i) => s + v * w[i]!, 0))));
      const g = classWeight[ys[n]!]! * (p - ys[n]!);
      gb += g;
      z.forEach((v, i) => (gw[i]! += g * v));
    });
    bias -= (0.5 * gb) / zs.length;
    w.forEach((_, i) => (w[i]! -= 0.5 * (gw[i]! / zs.length + l2 * w[i]!)));
  }
  // Back to the raw feature scale.
  const weights = w.map((wi, i) => wi / sd[i]!);
  return { bias: bias - weights.reduce((s, wi, i) => s + wi * mean[i]!, 0), weights };
}

const logit = (fit: { bias: number; weights: Vector }, x: Vector) => fit.weights.reduce((s, w, i) => s + w * x[i]!, fit.bias);

/**
 * The cutoff that minimises REFUSAL_COST × answerable refused + unanswerable answered, each error
 * weighted so the tuning questions stand for the traffic mix (TRAFFIC_UNANSWERABLE), placed
 * midway between the two tuning questions it falls between.
 */
function costCutoff(p: { p: number; answerable: boolean }[]): number {
  const sorted = [...p].sort((a, b) => a.p - b.p);
  const unanswerable = sorted.filter((r) => !r.answerable).length;
  const refusedCost = (REFUSAL_COST * (1 - TRAFFIC_UNANSWERABLE)) / (sorted.length - unanswerable);
  const answeredCost = TRAFFIC_UNANSWERABLE / unanswerable;
  let best = { cost: Infinity, at: 0 };
  // Refusing the first `at` questions.
  let cost = unanswerable * answeredCost;
  for (let at = 0; at <= sorted.length; at++) {
    if (at > 0) cost += sorted[at - 1]!.answerable ? refusedCost : -answeredCost;
    const between = at === 0 || at === sorted.length || sorted[at - 1]!.p < sorted[at]!.p;
    if (between && cost < best.cost) best = { cost, at };
  }
  if (best.at === 0) return sorted[0]!.p / 2;
  if (best.at === sorted.length) return 1;
  return (sorted[best.at - 1]!.p + sorted[best.at]!.p) / 2;
}

async function fitRefusal(): Promise<void> {
  const retriever = await openRetriever(loadConfig());
  if (!retriever.index) throw new Error("fitting the refusal needs the embedding model");
  const sets = SETS.filter((s) => s.tuning);
  const tuning = sets.flatMap((s) => readSet(s.file).map((c) => ({ ...c, contrastive: "contrastive" in s })));
  const round = (n: number) => Math.round(n * 100) / 100;

  // Places and named documents are decided by rule, not by the evidence: left out of both fits.
  const rows: { f: Record<Method, EvidenceFeatures>; vector: Vector; answerable: boolean; contrastive: boolean }[] = [];
  for (const c of tuning) {
    const f = {} as Record<Method, EvidenceFeatures>;
    let vector: Vector = [];
    let ruled = false;
    for (const method of METHODS) {
      const outcome = await retriever.search(c.q, method);
      ruled ||= outcome.refusal?.kind === "elsewhere" || outcome.rankings.references.docIds.length > 0;
      f[method] = outcome.features;
      if (method === "hybrid") vector = Array.from(outcome.rankings.queryVector!);
    }
    if (!ruled) rows.push({ f, vector, answerable: !c.noAnswer, contrastive: c.contrastive });
  }
  const ys = rows.map((r) => (r.answerable ? 1 : 0));

  // The question classifier: out-of-fold log-odds for the evidence fit, then fitted on all rows.
  const outOfFold = new Array<number>(rows.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = rows.map((_, i) => i).filter((i) => i % FOLDS !== fold);
    const fit = fitLogistic(train.map((i) => rows[i]!.vector), train.map((i) => ys[i]!), SCOPE_L2);
    rows.forEach((r, i) => i % FOLDS === fold && (outOfFold[i] = logit(fit, r.vector)));
  }
  const scope = fitLogistic(rows.map((r) => r.vector), ys, SCOPE_L2);
  const scopeModel: ScopeModel = {
    modelSha256: retriever.index.manifest.modelSha256,
    fittedOn: sets.map((s) => s.name),
    l2: SCOPE_L2,
    bias: Number(scope.bias.toPrecision(6)),
    weights: scope.weights.map((w) => Number(w.toPrecision(6))),
  };
  writeFileSync(SCOPE_MODEL_FILE, `${JSON.stringify(scopeModel)}\n`);
  console.log(`question classifier: ${rows.length} tuning questions, written to ${fileURLToPath(SCOPE_MODEL_FILE)}`);

  for (const method of METHODS) {
    const names = FEATURES[method];
    // The contrastive pairs ask in the clauses' own words on both sides: without the classifier
    // they would only teach the lexical model to distrust a good match.
    const used = rows.map((r, i) => ({ ...r, i })).filter((r) => method !== "lexical" || !r.contrastive);
    const features = used.map((r) => ({ ...r.f[method], scope: outOfFold[r.i]! }));
    const fit = fitLogistic(features.map((f) => names.map((n) => featureValue(f, n))), used.map((r) => ys[r.i]!), EVIDENCE_L2);
    const model: RefusalModel = { bias: fit.bias, sentenceCosine: 0, coverage: 0, bm25: 0, lexicalLead: 0, unknownNouns: 0, scope: 0, cutoff: 0 };
    names.forEach((n, i) => (model[n] = fit.weights[i]!));
    const p = features.map((f, i) => ({ answerable: used[i]!.answerable, p: answerProbability(f, model) }));
    model.cutoff = costCutoff(p);
    const fields = (["bias", ...names, "cutoff"] as const).map((k) => `${k}: ${round(model[k])}`);
    console.log(`${method}: { ${fields.join(", ")} }   (in use: cutoff ${REFUSAL_MODELS[method].cutoff})`);
    for (const cutoff of [0.05, 0.1, 0.15, 0.2, 0.3, 0.5, model.cutoff]) {
      const inRefused = p.filter((r) => r.answerable && r.p < cutoff).length;
      const outAnswered = p.filter((r) => !r.answerable && r.p >= cutoff).length;
      console.log(`   cutoff ${round(cutoff)}: in-scope refused ${inRefused}, out-of-scope answered ${outAnswered} of ${p.length - p.filter((r) => r.answerable).length}`);
    }
  }
}

const args = process.argv.slice(2);
const setNames = args.flatMap((a, i) => (args[i - 1] === "--set" ? [a] : []));
const verbose = args.includes("--verbose");
await (args.includes("--fit-refusal")
  ? fitRefusal()
  : args.includes("--sweep")
    ? sweep()
    : args.includes("--methods")
      ? methodTables(verbose)
      : answerTables(setNames, verbose));
