// Places named in a question, from the gazetteer: covered cities, other places, and words that
// only look like places.
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../corpus/index.ts";
import { createPlaceFinder, districtsNotSubjects, placeWords } from "../retrieval/places.ts";
import { createTokenizer } from "../retrieval/tokenizer.ts";

const places = createPlaceFinder(createTokenizer(placeWords()));

describe("place finder", () => {
  it.each([
    ["郑州市金水区的跨境电商企业", ["zhengzhou"], ["金水区"], []],
    ["注册在郑州航空港区的企业", ["zhengzhou"], ["郑州航空港区"], []],
    ["巩义市的企业", ["zhengzhou"], ["巩义市"], []],
    ["湖南省郴州市资兴市的企业", ["chenzhou"], ["资兴市"], []],
    ["河南省的跨境电商企业", [], [], []],
    ["上海的跨境电商补贴", [], [], ["上海市"]],
    ["杭州综试区有什么政策", [], [], ["杭州市"]],
    ["浙江省对独立站有补助吗", [], [], ["浙江省"]],
    ["义乌小商品出口", [], [], ["义乌市"]],
    ["湖南长沙的企业", [], [], ["长沙市"]],
    ["洛阳的企业把总部搬到郑州", ["zhengzhou"], [], ["洛阳市"]],
    // A zone the tokenizer keeps whole is in the place its name starts with.
    ["苏州工业园区对跨境电商有什么补贴", [], [], ["苏州市"]],
    ["朝阳市的企业", [], [], ["朝阳市"]],
    // A district's name run on into the next word (金水区里 → 金水 / 区里) is found all the same.
    ["金水区里把税交，能补多少", ["zhengzhou"], ["金水区"], []],
  ])("%s", (question, covered, districts, elsewhere) => {
    expect(places.find(question)).toEqual({ covered, districts, elsewhere, compared: false, foreignRules: [] });
  });

  it.each([
    "俺们永兴县银器想去长沙开个实体店，长沙市有啥开店补贴没得",
    "深圳前海跨境电商企业所得税15%优惠，郑州能不能一样享受？",
    "上海的跨境电商补贴比郑州高不高 上海那边给多少",
    "开封那边跨境电商有没有补贴？比郑州多不？",
    "Does 深圳 give subsidies for cross-border e-commerce? comparing with 郑州.",
    "请提供洛阳市跨境电商综试区扶持政策要点，以便与郑州对标。",
  ])("sets %s's other place beside the covered one: its support asked, or the same asked of ours", (question) => expect(places.find(question).compared).toBe(true));

  it.each(["郑州企业在美国有海外仓，有补贴吗", "我是深圳的卖家，郑州有啥补贴", "我是开封人，在郑州开店，按比例补贴多少"])("answers %s for the covered city", (question) => expect(places.find(question).compared).toBe(false));

  it.each(["线上海外仓服务平台怎么用", "加上海运费以后物流费有补贴吗", "跨境电商是朝阳产业吗", "白银出口有补贴吗", "美国和欧盟的海外仓"])(
    "finds no place in %s",
    (question) => expect(places.find(question)).toEqual({ covered: [], districts: [], elsewhere: [], compared: false, foreignRules: [] }),
  );
});

describe("districts that are no subject of the texts", () => {
  const corpus = loadCorpus();
  const notSubjects = districtsNotSubjects(corpus.cities, corpus.clauses.map((c) => c.text));

  it("holds those named only in a list of places sharing a cost, and those never named", () => {
    for (const listed of ["二七区", "金水区", "惠济区", "上街区", "郑东新区"]) expect(notSubjects).toContain(listed);
    for (const unnamed of ["北湖区", "资兴", "巩义"]) expect(notSubjects).toContain(unnamed);
  });

  it("leaves out those the texts name on their own, and the cities", () => {
    // 郑州航空港区税务局, 湘南国际物流园集聚, 新郑综合保税区, 郑州航空港区、郑州经开区年度…培训活动不少于2场
    for (const subject of ["郑州航空港区", "航空港区", "湘南国际物流园", "新郑", "郑州经开区", "郑州", "郴州市"]) expect(notSubjects).not.toContain(subject);
  });

  it("reads a list by its items: places on both sides of 、, an office is no place", () => {
    const cities = corpus.cities;
    expect(districtsNotSubjects(cities, ["涉及金水区、二七区的,由市级财政承担50%。"])).toContain("金水区");
    expect(districtsNotSubjects(cities, ["责任单位:市税务局、金水区税务局。"])).not.toContain("金水区");
    expect(districtsNotSubjects(cities, ["支持金水区建设直播基地。"])).not.toContain("金水区");
  });
});
