/** Strings of "New plan from template" (namespace `templates`). */
export const templateStrings = {
  'zh-CN': {
    open: '从模板新建',
    title: '从模板新建方案',
    template: '模板',
    describe: {
      member_campaign:
        '全年四个季度：节日主题、生日会、VIP尊享日、沙龙、会员日等，每月≥10场，含KPI、风险登记与100万元预算',
      retention: '一场保客活动的完整流程：调研→目标→主题→内容→预算审批→…→评估→总结→回访，含预算科目与四类风险',
      member_conference: '60天倒计时任务、人员与设备、30/50/20分阶段预算与20%预备金、阶段KPI及触发条件、供应商与风险',
      city_promotion: '启动、成长、成熟、扩张四个阶段（各留≥20%缓冲），渠道预算、审批层级、预警阈值与三级应急响应',
    },
    year: '年份',
    yearHint: '覆盖该年1月至12月',
    startDate: '开始日期',
    planName: '方案名称',
    defaultName: '{{year}}年{{template}}',
    scale: '预计会员数',
    scaleHint: '按此规模估算人群、数量与指标',
    create: '生成方案',
    creating: '生成中…',
    created: '已生成方案“{{name}}”',
    noticesTitle: '方案已生成，请留意：',
    openCalendar: '打开方案日历',
    yearRange: '请输入 2000 到 2100 之间的年份',
    scaleRange: '请输入 100 到 100000000 之间的整数',
    scaleSource: '假设：规划输入',
    budget: '总预算（元）',
    budgetDoc: '文档：{{value}} 元，可修改（改后记为假设）',
    budgetFixed: '文档：各阶段明细合计 {{value}} 元，另加20%应急预算',
    budgetDerived: '留空则按假设估算',
    revenue: '每会员年营收（元）',
    revenueHint: '假设：{{value}} 元；预算取营收的9%（文档：8%-10%）',
    budgetRange: '请输入不小于 1000 的整数金额',
    revenueRange: '请输入大于 0 的金额',
    firstTitle: '还没有方案：从一个模板开始',
    firstLead:
      '选一个模板，按年份或开始日期生成完整方案（活动、任务、预算、风险、KPI），之后都可以修改。也可以用右上角“新建方案”从空白开始。',
    firstImport:
      '同事发来了方案文件（.dangqi）？点“导入方案文件”选择它：先预览会添加的活动、资源和冲突，确认后才写入。',
    assumptionsNote: '其余依据数字（文档/假设）生成后可在“方案设置 → 依据与假设”中查看和修改。',
  },
  en: {
    open: 'New from template',
    title: 'New plan from template',
    template: 'Template',
    describe: {
      member_campaign:
        'A year in four quarters: festival themes, birthday parties, VIP days, salons, member days, ≥10 a month, with KPIs, risks and a 1,000,000 CNY budget',
      retention:
        'One retention event with its whole lifecycle as tasks, from research and goals to evaluation, report and follow-up, with budget categories and four risk categories',
      member_conference:
        'The 60-day countdown, people and equipment, a 30/50/20 phase budget with 20% contingency, phase KPIs with triggers, vendors and risks',
      city_promotion:
        'Launch, growth, maturity and expansion phases with ≥20% buffer, the channel budget, approval tiers, early-warning thresholds and emergency levels 1/2/3',
    },
    year: 'Year',
    yearHint: 'Covers January to December of that year',
    startDate: 'Start date',
    planName: 'Plan name',
    defaultName: '{{template}} {{year}}',
    scale: 'Expected members',
    scaleHint: 'Sizes audiences, quantities and targets',
    create: 'Build plan',
    creating: 'Building…',
    created: 'Built the plan “{{name}}”',
    noticesTitle: 'The plan is ready. Please note:',
    openCalendar: 'Open the plan’s calendar',
    yearRange: 'Enter a year from 2000 to 2100',
    scaleRange: 'Enter a whole number from 100 to 100000000',
    scaleSource: 'Assumption: your estimate',
    budget: 'Total budget (CNY)',
    budgetDoc: 'From the document: {{value}} CNY; change it and it becomes an assumption',
    budgetFixed: 'From the document: the phase items add up to {{value}} CNY, plus a 20% contingency reserve',
    budgetDerived: 'Leave empty to estimate it (an assumption)',
    revenue: 'Revenue per member a year (CNY)',
    revenueHint: 'Assumption: {{value}} CNY; the budget is 9% of revenue (the document: 8-10%)',
    budgetRange: 'Enter a whole amount of at least 1000',
    revenueRange: 'Enter an amount above 0',
    firstTitle: 'No plans yet: start from a template',
    firstLead:
      'Choose a template and build a whole plan for a year or a start date (activities, tasks, budget, risks, KPIs); everything can be changed afterwards. Or start from an empty plan with "New plan" at the top right.',
    firstImport:
      'A colleague sent you a plan file (.dangqi)? Click "Import plan file" and choose it: you see the activities, resources and conflicts it would add before anything is written.',
    assumptionsNote:
      'The other figures (document or assumption) are listed in Plan settings → Figures and assumptions once the plan is built.',
  },
};
