// Spoken Chinese as typed (written Cantonese, Henan, Wu and southwestern speech) read as Mandarin: grammar words only, where no Mandarin word can be meant.
import { describe, expect, it } from "vitest";
import { withCantoneseRead } from "../retrieval/understand/dialect.ts";

describe("spoken Chinese as typed", () => {
  it.each([
    ["郑政〔2018〕4号系边日发布嘅？", "郑政〔2018〕4号是哪日发布的？"],
    ["郴州措施2026年3月还有冇效？", "郴州措施2026年3月还有没有效？"],
    ["“一事一议”呢句喺边份文件边条？", "“一事一议”这句在哪份文件哪条？"],
    ["我哋喺郑州设咗区域总部，可以拎几多？", "我们在郑州设了区域总部，可以拿多少？"],
    ["郴州那个文件是么子时候发的？", "郴州那个文件是什么时候发的？"],
    ["要好多个老师才认定得到哦？", "要多少个老师才认定得到哦？"],
    ["门面起码要好大才算？", "门面起码要多大才算？"],
    ["郴州那个补贴有好多钱", "郴州那个补贴有好多钱"],
    ["分拨中心要建好大的面积咯？", "分拨中心要建多大的面积咯？"],
    ["咯钱几久能到手啰？要等好久咯？", "咯钱多久能到手啰？要等多久咯？"],
    ["郑州210号那个若干措施还好使不？", "郑州210号那个若干措施还管用不？"],
    ["郑州210号额若干措施到啥辰光结束？", "郑州210号额若干措施到什么时候结束？"],
    ["237号文是啥物单位发的？", "237号文是什么单位发的？"],
    ["郴州3号文的统一登记号是甚？", "郴州3号文的统一登记号是什么？"],
    ["甚至连名单都没有", "甚至连名单都没有"],
    ["几耐发一次啊？季度定月度？", "多久发一次啊？季度还是月度？"],
    // 好多 asking an amount after giving, awarding or a rate, and 好久 after a span to complete.
    ["第一年出口刚破零 给好多钱", "第一年出口刚破零 给多少钱"],
    ["按好多比例补 最多补好多", "按多少比例补 最多补多少"],
    ["店要开满好久才给？", "店要开满多久才给？"],
    ["那10万，好久能到账咯？", "那10万，多久能到账咯？"],
    ["去年郴州有好多家企业拿到了", "去年郴州有多少家企业拿到了"],
    // Henan's 中, Wu's 啥人 and closing 伐, southwestern 啥子 and 咋个, Cantonese 边几 and 而家.
    ["郑州那个跨境电商若干措施还中不中？", "郑州那个跨境电商若干措施还管用？"],
    ["210号是啥人发的？拿了补贴迁走要退伐？", "210号是谁发的？拿了补贴迁走要退吗？"],
    ["啥子时候发的？咋个申请？", "什么时候发的？怎么申请？"],
    ["而家授咗牌嘅有边几个？", "现在授了牌的有哪几个？"],
  ])("reads %s as %s", (cantonese, mandarin) => {
    expect(withCantoneseRead(cantonese)).toBe(mandarin);
  });

  it("leaves Mandarin as it is: 联系, 边境, a question's closing 呢", () => {
    for (const q of ["联系哪个部门呢？", "边境贸易有补贴吗", "海外仓补贴是多少呢", "旁边的园区", "每年定期发布目录", "好多企业都拿到了", "中国中部的企业", "采伐木材出口"]) expect(withCantoneseRead(q)).toBe(q);
  });
});
