/**
 * The requirements of 《工业园区低碳管理 基本要求》 (docs/templates.md#low-carbon-management), text verbatim: the
 * management targets (4), operation management (5.1–5.6), measures (6.1–6.4), support (7.1–7.3), evaluation
 * (8.1.1, 8.1.2), the records (8.2) and improvement (8.3), each item marked 应 (shall) or 宜 (should).
 *
 * An item is 应 when its own words or its clause's opening sentence say 应; 宜 when they say 宜, 可 (“可考虑”)
 * or 鼓励. Clause numbers follow the order of the standard's chapters after 1 范围, 2 规范性引用文件 and
 * 3 术语和定义, and its items are lettered a), b), … in the order they are listed.
 */
import { LOW_CARBON_STANDARD } from "./documents";
import type { Source } from "./source";
import type { Text } from "./types";

/** 应 (shall) decides the verdict; 宜 (should) is recorded but does not. */
export type LowCarbonKind = "应" | "宜";

export interface LowCarbonItem {
  /** the clause without spaces, "5.4b"; the key of the item's inputs */
  readonly id: string;
  /** the clause as printed, "5.4 b)" */
  readonly clause: string;
  readonly text: Text;
  readonly kind: LowCarbonKind;
  /** a sentence of the standard printed before the item ("…包括但不限于：") */
  readonly intro?: Text;
}

export interface LowCarbonSection {
  /** "5.4" */
  readonly id: string;
  readonly title: Text;
  /** the clause's opening sentence when its items continue it ("园区应建立…，包括：") */
  readonly lead?: Text;
  /** chapter headings printed before the section ("5 运行管理") */
  readonly headings?: readonly Text[];
  readonly items: readonly LowCarbonItem[];
}

export const LOW_CARBON_SOURCE: Source = {
  ref: LOW_CARBON_STANDARD,
  status: "to-confirm",
  check: {
    zh: "条款编号按标准各章顺序（第4章 管理目标 至 第8章 评价与改进）及各条所列事项顺序编排，请与正式文本的条款号核对。",
    en: "Clause numbers follow the order of the standard's chapters (4 management targets to 8 evaluation and improvement) and of the items each clause lists; check them against the official text.",
  },
};

const LETTERS = "abcdefghij";

function listed(section: string, kinds: readonly LowCarbonKind[], texts: readonly Text[]): LowCarbonItem[] {
  return texts.map((text, i) => {
    const letter = LETTERS[i] ?? String(i + 1);
    return { id: `${section}${letter}`, clause: `${section} ${letter})`, text, kind: kinds[i] ?? "应" };
  });
}

const all = (kind: LowCarbonKind, n: number): LowCarbonKind[] => Array.from({ length: n }, () => kind);

const SUPERVISION_ITEMS: readonly Text[] = [
  {
    zh: "指导和督促企业按照 GB/T 15316，定期开展节能监测，组织开展强制性能耗、能效标准贯标，实现低碳运行管理目标进度，及时纠正不利于目标实现的企业行为；",
    en: "Guide and urge enterprises to carry out energy-saving monitoring regularly under GB/T 15316, organise the implementation of mandatory energy-consumption and efficiency standards, keep to the schedule of the low-carbon targets, and correct in time enterprise conduct that works against them;",
  },
  {
    zh: "督促企业按照 GB/T 17166 和 GB 17167 定期开展能源计量审查和能源审计，并进行能效诊断和对标，建立企业低碳运行绩效管理水平通报制度， 督促企业采取有效措施提高低碳运行管理绩效水平；",
    en: "Urge enterprises to review energy metering and carry out energy audits regularly under GB/T 17166 and GB 17167, with efficiency diagnosis and benchmarking; set up a system of reporting enterprises' low-carbon performance, and urge enterprises to take effective measures to raise it;",
  },
  {
    zh: "指导和督促企业综合能耗达到国家能耗限额标准要求，生产的用能产品能效达到国家能效标准要求，鼓励企业按照 GB/T 23331 和 GB/T 29456 建立和实施能源管理体系，对年能源消费量超过国家或地方规定的重点企业进行监督管理，提出整改建议，监督企业实施，跟踪整改效果；",
    en: "Guide and urge enterprises to keep their total energy consumption within the national consumption limits and their energy-using products within the national efficiency standards; encourage energy management systems under GB/T 23331 and GB/T 29456; supervise key enterprises whose yearly energy use exceeds the national or local threshold, propose corrections, supervise their implementation and follow their effect;",
  },
  {
    zh: "督促国家或地方要求的重点排放单位和报告单位定期开展碳核查和碳排放报告工作，鼓励企业建立碳排放管理体系。",
    en: "Urge the key emitting and reporting entities named by national or local authorities to carry out carbon verification and emission reporting regularly, and encourage enterprises to set up carbon management systems.",
  },
];

export const LOW_CARBON_SECTIONS: readonly LowCarbonSection[] = [
  {
    id: "4",
    title: { zh: "管理目标", en: "Management targets" },
    items: [
      {
        id: "4",
        clause: "4",
        kind: "应",
        text: {
          zh: "园区应制定年度低碳管理目标，并制定和实施用于实现目标的方案，规定园区内各企业的职责，并明确园区各部门、各企业、各生产关键环节低碳管理的具体措施和时间表，定期开展低碳运行管理绩效评价，并适时调整低碳管理目标。",
          en: "The park shall set yearly low-carbon management targets, draw up and carry out programmes to reach them, lay down the duties of each enterprise in the park, specify the measures and timetable of low-carbon management for each department, enterprise and key production step, evaluate low-carbon performance regularly, and adjust the targets when appropriate.",
        },
      },
      ...listed(
        "4",
        ["应", "宜", "宜", "宜", "宜"],
        [
          {
            zh: "碳排放总量和强度控制。以单位产出（如工业增加值）的碳排放强度降低目标。这些目标应具体、可量化，并参照国家或地方低碳发展总体目标进行设定。",
            en: "Control of total carbon emissions and intensity: targets for reducing the carbon intensity per unit of output (e.g. industrial value added). These targets shall be specific and quantified, and set with reference to the national or local low-carbon development targets.",
          },
          {
            zh: "其他温室气体排放管理。如甲烷、氮氧化物等，制定相应的减排措施。",
            en: "Management of other greenhouse gases, such as methane and nitrogen oxides, with the corresponding reduction measures.",
          },
          {
            zh: "能源消耗总量和强度降低。通过提高能源利用效率、提高可再生能源（如太阳能、风能等）在园区能源消费中的比例，减少化石能源的使用，优化能源消费结构，实现能源消耗总量和强度的降低。",
            en: "Reduction of total energy consumption and intensity: raise energy efficiency and the share of renewable energy (solar, wind …) in the park's energy use, use less fossil energy and improve the energy mix, so that total energy consumption and its intensity fall.",
          },
          {
            zh: "低碳生产与技术创新。通过建立和完善资源循环利用体系，促进园区内资源的循环利用和废弃物的资源化利用。通过推动园区内企业构建绿色供应链，实现上下游企业的绿色采购和绿色生产，形成绿色发展的良好生态。",
            en: "Low-carbon production and technical innovation: build up resource recycling so that resources are recycled and wastes used as resources in the park; help enterprises build green supply chains with green purchasing and green production up and down the chain.",
          },
          {
            zh: "基础能力管理与保障目标。通过加强园区碳排放的统计、监测、报告和核查体系建设，建立完善的企业碳排放数据管理和分析系统。通过制定和完善园区低碳发展的政策和标准体系，为低碳管理提供制度保障。通过加强园区低碳基础设施建设，如建设分布式能源系统、智能微电网、太阳能和风能利用设施等，提高园区的低碳运行水平。",
            en: "Basic capacity and assurance: strengthen the statistics, monitoring, reporting and verification of the park's carbon emissions with a complete system for managing and analysing enterprises' emission data; set up policies and standards for low-carbon development; build low-carbon infrastructure such as distributed energy, smart micro-grids, solar and wind facilities.",
          },
        ],
      ).map((item, i) =>
        i === 0
          ? {
              ...item,
              intro: {
                zh: "制定低碳管理目标可考虑以下低碳管理因素：",
                en: "Setting the low-carbon targets may consider the following factors:",
              },
            }
          : item,
      ),
    ],
  },
  {
    id: "5.1",
    headings: [{ zh: "5 运行管理", en: "5 Operation management" }],
    title: { zh: "组织架构", en: "Organisation" },
    items: [
      {
        id: "5.1",
        clause: "5.1",
        kind: "应",
        text: {
          zh: "园区最高管理者应在最高管理层指定园区低碳运行管理负责人，并明确低碳发展综合管理部门， 建立低碳运行管理工作办法、管理评价考核办法和部门协调机制，明确园区管理者和企业管理者的职责分工。",
          en: "The park's top management shall appoint, at top level, a person responsible for low-carbon operation management and name the department in charge of low-carbon development; it shall set up working rules, evaluation and assessment rules and inter-department coordination, and divide the duties of park and enterprise managers.",
        },
      },
      ...listed("5.1", all("应", 7), [
        {
          zh: "组织制定园区的低碳运行管理基本要求和目标，组织制定并协调落实低碳发展规划和政策制度；",
          en: "Organise the park's basic requirements and targets of low-carbon operation, and the drafting and coordinated implementation of low-carbon development plans, policies and rules;",
        },
        { zh: "负责建立园区的企业准入及退出机制；", en: "Set up the park's entry and exit mechanism for enterprises;" },
        {
          zh: "组织建立园区的低碳运行绩效评价体系，定期公布园区的低碳运行管理绩效，包括改进低碳运行管理工作的措施和建议；",
          en: "Set up the park's low-carbon performance evaluation system and publish the park's low-carbon performance regularly, with measures and suggestions for improvement;",
        },
        { zh: "向园区最高管理层报告低碳运行情况；", en: "Report low-carbon operation to the park's top management;" },
        {
          zh: "指导企业建立低碳运行管理部门，组织开展企业低碳运行发展目标年度考核，监督园区内企业落实低碳运行相关政策措施；",
          en: "Guide enterprises to set up low-carbon management departments, organise the yearly assessment of their low-carbon targets, and supervise their implementation of low-carbon policies and measures;",
        },
        {
          zh: "组织建立园区低碳运行管理信息系统；",
          en: "Set up the park's information system for low-carbon operation management;",
        },
        {
          zh: "组织园区低碳发展的宣传、交流和培训，就园区低碳运行管理相关事宜与企业进行沟通。",
          en: "Organise publicity, exchanges and training on low-carbon development, and communicate with enterprises on low-carbon management.",
        },
      ]).map((item, i) =>
        i === 0
          ? {
              ...item,
              intro: {
                zh: "园区低碳发展综合管理部门的职责和权限包括但不限于：",
                en: "The duties and powers of the department in charge of low-carbon development include, among others:",
              },
            }
          : item,
      ),
      {
        id: "5.1h",
        clause: "5.1 h)",
        kind: "应",
        text: {
          zh: "依据可验证和可观察的客观信息和数据，遵循明确、具体的标准，采用科学、合理的方法和工具，确保评价结果的客观性和准确性。",
          en: "Base evaluations on verifiable and observable objective information and data, follow clear and specific criteria, and use sound methods and tools, so that the results are objective and accurate.",
        },
      },
    ],
  },
  {
    id: "5.2",
    title: { zh: "管理制度", en: "Management rules" },
    lead: {
      zh: "园区宜建立低碳管理制度，包括：",
      en: "The park should set up low-carbon management rules, including:",
    },
    items: listed("5.2", all("宜", 4), SUPERVISION_ITEMS),
  },
  {
    id: "5.3",
    title: { zh: "准入与退出机制", en: "Entry and exit mechanism" },
    lead: {
      zh: "园区应建立园区企业准入与推出机制，包括：",
      en: "The park shall set up an entry and exit mechanism for enterprises, including:",
    },
    items: listed(
      "5.3",
      ["应", "应", "宜"],
      [
        {
          zh: "设立绿色低碳准入清单，进驻企业有利于园区产业结构优化和能源资源高效利用。对申请进驻企业进行审批。",
          en: "A green low-carbon entry list: enterprises admitted improve the park's industrial structure and the efficient use of energy and resources. Applications to enter are approved.",
        },
        {
          zh: "按照国家和地方产业结构调整目录、行业准入条件和准入标准实行绿色招商和补链招商，科学评估拟建项目，严格遵守产业规划和政策。",
          en: "Green and chain-completing investment promotion under the national and local industrial restructuring catalogues, sector entry conditions and standards; proposed projects assessed soundly; industrial plans and policies strictly kept.",
        },
        {
          zh: "宜制定严于国家和地方标准的产业能耗准入制度，高耗能、高排放、低水平项目进入园区宜符合产业政策要求，依据国家和地方能耗限额标准淘汰落后产能。",
          en: "An energy-consumption entry rule stricter than national and local standards should be set; energy-intensive, high-emission, low-level projects entering the park should conform to industrial policy; outdated capacity is phased out under the national and local consumption limits.",
        },
      ],
    ),
  },
  {
    id: "5.4",
    title: { zh: "统计报告", en: "Statistics and reporting" },
    lead: {
      zh: "园区应建立健全低碳运行管理的统计报告制度，包括：",
      en: "The park shall set up and maintain a statistics and reporting system for low-carbon operation, including:",
    },
    items: listed("5.4", all("应", 3), [
      {
        zh: "督促企业配备专人负责低碳运行管理相关数据的统计报告工作， 规范数据来源、 提交方式和核算方法；",
        en: "Urge enterprises to assign staff to the statistics and reporting of low-carbon data, with defined data sources, submission and accounting methods;",
      },
      {
        zh: "统计数据范围包括但不限于：能源消费品种和数量，碳排放量，新能源利用种类与数量，水资源、废物资源循环和综合利用，绿色建筑认证，绿色出行比例，以及低碳管理等；",
        en: "The statistics cover, among others: energy consumption by kind and quantity, carbon emissions, new energy used by kind and quantity, recycling and comprehensive use of water and waste, green building certification, the share of green travel, and low-carbon management;",
      },
      {
        zh: "根据统计数据，编制低碳运行统计报告。",
        en: "A low-carbon operation statistics report is compiled from the statistics.",
      },
    ]),
  },
  {
    id: "5.5",
    title: { zh: "激励机制", en: "Incentives" },
    lead: {
      zh: "园区应建立低碳运行管理激励机制，包括：",
      en: "The park shall set up incentives for low-carbon operation, including:",
    },
    items: listed("5.5", all("应", 4), [
      {
        zh: "协助企业积极向国家或地方主管部门申请节能减排等政策资金， 以支持园区内企业开展清洁生产审核、能源审计、技术改造等工作。",
        en: "Help enterprises apply to national or local authorities for energy-saving and emission-reduction funds, to support cleaner-production audits, energy audits and technical upgrades in the park.",
      },
      {
        zh: "对能源、资源节约与综合利用取得突出成就的企业或个人，以及在绿色生产水平处于园区前列的企业进行表彰和奖励。",
        en: "Commend and reward enterprises or persons with outstanding results in saving and using energy and resources, and enterprises leading the park in green production.",
      },
      {
        zh: "推动园区内用能单位制定实施绿色生产相关的企业标准，积极参与绿色低碳相关国家标准、行业标准和地方标准的制修订。",
        en: "Encourage energy users in the park to adopt enterprise standards for green production and to take part in drafting national, sector and local green low-carbon standards.",
      },
      {
        zh: "配合政府部门落实企业守信激励和失信惩戒措施清单。",
        en: "Work with government departments on the lists of rewards for trustworthy and penalties for untrustworthy enterprises.",
      },
    ]),
  },
  {
    id: "5.6",
    title: { zh: "监管制度", en: "Supervision" },
    lead: {
      zh: "园区宜建立低碳运行管理监管制度，包括：",
      en: "The park should set up supervision of low-carbon operation, including:",
    },
    items: listed("5.6", all("宜", 4), SUPERVISION_ITEMS),
  },
  {
    id: "6.1",
    headings: [{ zh: "6 管理措施", en: "6 Management measures" }],
    title: { zh: "能源节约和结构优化", en: "Energy saving and energy mix" },
    lead: {
      zh: "园区应注重能源节约和结构优化，包括：",
      en: "The park shall attend to energy saving and the energy mix, including:",
    },
    items: listed("6.1", all("应", 3), [
      {
        zh: "在生产过程中采用节能技术设备，并保证设备经济运行，用能设备的效率和能量消耗达到能效和能耗限额标准要求；",
        en: "Energy-saving technology and equipment in production, run economically, with the efficiency and consumption of energy-using equipment within the efficiency standards and consumption limits;",
      },
      {
        zh: "根据园区具体情况，发展热电联产、余热余压利用项目，加强能源梯级利用，推进生产低品位余热向园区居民供热，促进产城融合，推进集中供冷供热，推动分布式能源利用；",
        en: "As the park allows: combined heat and power, waste heat and pressure recovery, cascade use of energy, low-grade process heat supplied to residents, integration of industry and town, district heating and cooling, distributed energy;",
      },
      {
        zh: "推进能源消费结构绿色低碳转型，促进新能源和可再生能源使用，强化清洁能源技术创新与推广应用。",
        en: "A green low-carbon shift of the energy mix, more new and renewable energy, and innovation and wider use of clean-energy technology.",
      },
    ]),
  },
  {
    id: "6.2",
    title: { zh: "资源节约和循环利用", en: "Resource saving and recycling" },
    lead: {
      zh: "园区应注重资源节约和循环利用， 包括：",
      en: "The park shall attend to resource saving and recycling, including:",
    },
    items: listed("6.2", all("应", 4), [
      {
        zh: "强化行业间和企业间横向耦合、生态链接、原料互供、资源共享，并为此提供信息和途径，推进园区循环化改造；",
        en: "Coupling, ecological links, mutual supply of materials and shared resources between sectors and enterprises, with the information and channels for them; circular transformation of the park;",
      },
      {
        zh: "加快回收利用技术推广应用，构建再生资源回收利用体系，全面推广生活垃圾分类处理，打造减量化、再利用、再循环的垃圾处理系统；",
        en: "Wider use of recovery technology, a system for recovering renewable resources, household waste sorting everywhere, and a reduce-reuse-recycle waste system;",
      },
      {
        zh: "严格控制用水总量，统筹规划和优化共享水循环基础设施，积极采用国家或地方鼓励发展的节水设备，合理铺设污水收集管网，实现雨污分流以及工业废水和生活污水的分流；",
        en: "Strict control of total water use, planned shared water-recycling infrastructure, water-saving equipment encouraged nationally or locally, a sound sewage network separating rainwater from sewage and industrial from domestic wastewater;",
      },
      {
        zh: "推动集约利用水资源，实行水资源梯级优化利用和废水集中处理回用，根据园区具体情况，推进中水、再生水利用和雨水集蓄利用。",
        en: "Intensive use of water, cascade use and central treatment and reuse of wastewater, and, as the park allows, use of reclaimed water and harvested rainwater.",
      },
    ]),
  },
  {
    id: "6.3",
    title: { zh: "建筑系统低碳管理", en: "Low-carbon buildings" },
    lead: {
      zh: "园区建筑系统应满足低碳运行管理要求，包括：",
      en: "The park's buildings shall meet the requirements of low-carbon operation, including:",
    },
    items: listed(
      "6.3",
      ["应", "宜", "宜", "应"],
      [
        {
          zh: "生产性建筑满足国家或地方相关法律法规及标准在建筑材料、建筑结构、采光照明、绿化及场地、再生资源及能源利用等方面的要求，按照GB/T 50878进行绿色建筑评价并不断改进；",
          en: "Production buildings meet national or local laws and standards on materials, structure, daylight and lighting, greening and site, recycled resources and energy use, are evaluated under GB/T 50878 and keep improving;",
        },
        {
          zh: "宜按照GB/T 50378进行绿色建筑评价并不断改进；",
          en: "Buildings should be evaluated under GB/T 50378 and keep improving;",
        },
        {
          zh: "鼓励开展公共建筑温室气体排放核算与记录，并实行低碳化运行管理；",
          en: "Greenhouse-gas accounting and records of public buildings, and their low-carbon operation, are encouraged;",
        },
        {
          zh: "新建建筑应按照节能设计标准和规范进行建设，并通过绿色建筑等认证要求，可根据条件建设超低能耗绿色建筑。",
          en: "New buildings shall be built to the energy-saving design standards and codes and pass green-building certification; ultra-low-energy green buildings may be built where conditions allow.",
        },
      ],
    ),
  },
  {
    id: "6.4",
    title: { zh: "交通物流系统", en: "Transport and logistics" },
    lead: {
      zh: "园区交通物流系统应满足低碳运行管理要求，包括：",
      en: "The park's transport and logistics shall meet the requirements of low-carbon operation, including:",
    },
    items: listed("6.4", all("应", 2), [
      {
        zh: "从有助于形成循环产业链的角度出发， 整合交通和物流基础设施， 优化设施空间布局和运输线路，提高设施利用率；",
        en: "Transport and logistics infrastructure integrated to support circular industrial chains, with better layout and routes and higher use of the facilities;",
      },
      { zh: "优先发展公共交通， 倡导公众绿色出行。", en: "Public transport first, and green travel promoted." },
    ]),
  },
  {
    id: "7.1",
    headings: [{ zh: "7 支持和保障", en: "7 Support" }],
    title: { zh: "低碳运行管理信息系统", en: "Information system" },
    lead: {
      zh: "园区宜建立低碳运行管理信息系统，包括：",
      en: "The park should set up an information system for low-carbon operation, including:",
    },
    items: listed("7.1", all("宜", 3), [
      {
        zh: "建立园区企业低碳运行管理绩效指标数据直报和评估系统，定期发布园区和企业的低碳运行管理水平信息，公布需要强制性能源审计、清洁生产审核的企业名单及审核结果；",
        en: "Direct reporting and assessment of enterprises' low-carbon performance indicators; regular publication of the park's and enterprises' low-carbon performance and of the enterprises due for mandatory energy or cleaner-production audits, with the results;",
      },
      {
        zh: "发布园区低碳运行管理统计报告， 提供低碳法律法规、 政策制度、 技术专利和标准信息， 公布企业环境报告、社会责任报告和可持续发展报告，接受社会公众监督；",
        en: "Publication of the park's low-carbon statistics report; information on low-carbon laws, policies, patents and standards; publication of enterprises' environmental, social-responsibility and sustainability reports, open to public scrutiny;",
      },
      {
        zh: "建立废弃物交换（易）系统，为园区企业提供废弃物交换（易）信息，使废物资源在企业间、社会上得到合理集中、配置和交换。",
        en: "A waste exchange (trading) system giving enterprises information on wastes to exchange, so that waste resources are collected, allocated and exchanged between enterprises and in society.",
      },
    ]),
  },
  {
    id: "7.2",
    title: { zh: "低碳技术支撑", en: "Technical support" },
    lead: {
      zh: "园区宜为低碳运行管理提供技术支撑，包括：",
      en: "The park should give technical support to low-carbon operation, including:",
    },
    items: listed("7.2", all("宜", 3), [
      {
        zh: "建设低碳运行技术研发、孵化和推广应用的综合服务平台，建立低碳技术创新和推广应用的激励和融资机制，推动企业战略性低碳核心技术的研发和储备；",
        en: "A service platform for research, incubation and use of low-carbon technology; incentives and financing for its innovation and use; research and reserves of strategic core low-carbon technology in enterprises;",
      },
      {
        zh: "组织与科研机构、高等院所等的产学研合作，在园区开展相关产业的低碳技术研究，为企业提供技术和人才支撑；",
        en: "Cooperation with research institutes and universities on low-carbon technology for the park's industries, with technical and personnel support to enterprises;",
      },
      {
        zh: "引入低碳经济相关技术服务企业，为园区企业提供低碳发展所需要的技术服务。",
        en: "Low-carbon technical service companies brought in to serve the park's enterprises.",
      },
    ]),
  },
  {
    id: "7.3",
    title: { zh: "宣传培训", en: "Publicity and training" },
    lead: {
      zh: "园区低碳运行管理主管部门应组织开展形式多样的宣传培训活动，包括：",
      en: "The park's department in charge of low-carbon operation shall organise varied publicity and training, including:",
    },
    items: listed("7.3", all("应", 3), [
      {
        zh: "通过展览会、座谈会等提高企业对低碳发展重要性和紧迫性的认识，把能源资源节约与综合利用逐步变成其自觉行为；",
        en: "Exhibitions and forums raising enterprises' awareness of the importance and urgency of low-carbon development, so that saving and using energy and resources becomes their own habit;",
      },
      {
        zh: "定期组织对企业高层管理人员的培训，向区内企业介绍国内外先进的能源、资源综合利用的技术、设备，鼓励企业引进先进技术和设备；",
        en: "Regular training of enterprises' senior managers, presenting advanced energy and resource technology and equipment from home and abroad, and encouraging their adoption;",
      },
      {
        zh: "宣贯低碳相关法律法规、政策、标准，引导企业认真贯彻执行。",
        en: "Publicity of low-carbon laws, policies and standards, guiding enterprises to implement them.",
      },
    ]),
  },
  {
    id: "8.1.1",
    headings: [
      { zh: "8 评价与改进", en: "8 Evaluation and improvement" },
      { zh: "8.1 评价", en: "8.1 Evaluation" },
    ],
    title: { zh: "合规性评价", en: "Compliance evaluation" },
    lead: {
      zh: "园区应定期评价适用的低碳相关法律法规、政策、标准等要求的遵守情况，履行对合规性的承诺，包括：",
      en: "The park shall regularly evaluate its compliance with the applicable low-carbon laws, regulations, policies and standards, and keep its commitment to comply, including:",
    },
    items: listed("8.1.1", all("应", 2), [
      {
        zh: "园区低碳运行管理基本要求、目标对相关法律法规、政策的符合性，并根据法律法规的变更采取相应的纠正和预防措施；",
        en: "Conformity of the park's low-carbon requirements and targets with laws, regulations and policies, with corrective and preventive action when they change;",
      },
      {
        zh: "企业在生产过程中对相关标准的贯彻执行情况。",
        en: "Enterprises' implementation of the relevant standards in production.",
      },
    ]),
  },
  {
    id: "8.1.2",
    title: { zh: "低碳运行管理绩效评价", en: "Performance evaluation" },
    lead: {
      zh: "园区应进行低碳运行管理绩效评价，包括：",
      en: "The park shall evaluate its low-carbon performance, including:",
    },
    items: listed("8.1.2", all("应", 2), [
      {
        zh: "根据本园区的低碳运行管理目标，按照国家或地方标准， 建立并实施本园区低碳评价体系；",
        en: "A low-carbon evaluation system of the park, built on its targets and national or local standards, and applied;",
      },
      {
        zh: "根据低碳运行管理统计报告中的数据， 分别评价园区和企业年度低碳运行管理绩效水平。",
        en: "The yearly low-carbon performance of the park and of its enterprises evaluated from the data of the statistics report.",
      },
    ]),
  },
  {
    id: "8.2",
    title: { zh: "记录", en: "Records" },
    lead: {
      zh: "园区应根据需要，建立并保持必要的记录，用来证实对本标准要求的符合，主要包括：",
      en: "The park shall, as needed, keep the records that prove conformity with this standard, mainly:",
    },
    items: listed("8.2", all("应", 10), [
      {
        zh: "低碳发展规划文件及编制审批过程文件；",
        en: "Low-carbon development plans and the records of their drafting and approval;",
      },
      {
        zh: "执行国家或地方法律法规、规划、 政策的有关证明材料；",
        en: "Evidence of implementing national or local laws, plans and policies;",
      },
      {
        zh: "管理制度文件及制定审批过程文件；",
        en: "Management rules and the records of their drafting and approval;",
      },
      { zh: "重要低碳运行影响因素记录；", en: "Records of the main factors affecting low-carbon operation;" },
      {
        zh: "低碳运行管理数据及过程文件， 绩效评估结果；",
        en: "Low-carbon operation data and process records, performance evaluation results;",
      },
      { zh: "会议、 培训资料及现场图片；", en: "Meeting and training materials and site photos;" },
      { zh: "信息系统管理证明资料；", en: "Evidence of the information system's management;" },
      { zh: "第三方认证、审核的有关文件资料；", en: "Documents of third-party certification and audits;" },
      {
        zh: "执行国家、行业、地方标准的有关证明材料；",
        en: "Evidence of implementing national, sector and local standards;",
      },
      { zh: "其他记录文件。", en: "Other records." },
    ]),
  },
  {
    id: "8.3",
    title: { zh: "改进", en: "Improvement" },
    lead: {
      zh: "园区应根据低碳运行管理要求、目标， 根据绩效评价的结果， 提出园区低碳运行管理的改进措施，从而实现园区低碳运行管理工作的持续改进。持续改进的过程包括：",
      en: "The park shall, from its low-carbon requirements and targets and the results of the performance evaluation, propose improvements, so that its low-carbon management keeps improving. The process includes:",
    },
    items: listed("8.3", all("应", 4), [
      {
        zh: "根据合规性评价和绩效评价结果找到园区低碳运行管理的不足；",
        en: "Finding the shortcomings of low-carbon management from the compliance and performance evaluations;",
      },
      { zh: "找出低碳运行管理存在不足的根源；", en: "Finding their root causes;" },
      {
        zh: "针对上述根源，制定并实施改进方案；",
        en: "Drawing up and carrying out improvements against those causes;",
      },
      {
        zh: "对照低碳运行管理要求、目标和实施改进方案后的绩效， 验证方案的有效性。",
        en: "Verifying the improvements' effect against the requirements, the targets and the performance after them.",
      },
    ]),
  },
];

/** Every item of the standard, in its order. */
export const LOW_CARBON_ITEMS: readonly LowCarbonItem[] = LOW_CARBON_SECTIONS.flatMap((s) => s.items);

/** The clause of the records checklist (8.2). */
export const LOW_CARBON_RECORDS_SECTION = "8.2";

/**
 * The statistics of 5.4 b) and the data items of the Data sheet that hold them ([] where the Data sheet has
 * none: 绿色出行比例 and 低碳管理 are reported in the park's statistics report only).
 */
export interface LowCarbonStatistic {
  readonly text: Text;
  readonly items: readonly string[];
}

export const LOW_CARBON_STATISTICS: readonly LowCarbonStatistic[] = [
  { text: { zh: "能源消费品种和数量", en: "Energy consumption by kind and quantity" }, items: ["energy_total"] },
  { text: { zh: "碳排放量", en: "Carbon emissions" }, items: ["co2"] },
  { text: { zh: "新能源利用种类与数量", en: "New energy used by kind and quantity" }, items: ["energy_renewable"] },
  {
    text: { zh: "水资源循环和综合利用", en: "Recycling and use of water" },
    items: ["water_reused", "water_reclaimed"],
  },
  {
    text: { zh: "废物资源循环和综合利用", en: "Recycling and use of waste" },
    items: ["sw_utilized", "recyclables_recovered"],
  },
  {
    text: { zh: "绿色建筑认证", en: "Green building certification" },
    items: ["newind_green_floor", "newpub_green_floor"],
  },
  { text: { zh: "绿色出行比例", en: "Share of green travel" }, items: [] },
  { text: { zh: "低碳管理", en: "Low-carbon management" }, items: [] },
];
