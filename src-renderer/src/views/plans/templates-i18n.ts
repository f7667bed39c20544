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
  },
};
