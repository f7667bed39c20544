/**
 * Template sentences with numbers (see fromTemplate in translate.ts): "#" stands for a number in
 * the Chinese; the English names it $1, $2 … as written, $w1 as a count of 万 written out, $m1 as
 * a month's name. Keys are one sentence each (texts are split at 。 and ；).
 */
export const SENTENCES: Record<string, string> = {
  // Member campaign
  '短信覆盖#万会员，未给周期': 'SMS reaches $w1 members; no period given',
  '短信覆盖#万会员（未给周期）': 'SMS reaches $w1 members (no period given)',
  '每日#条与每月#万条均为假设，可在资源中修改':
    '$1 a day and $w2 a month are both assumptions; change them in the resource',
  '每月邮件覆盖#万活跃会员': 'email reaches $w1 active members a month',
  '每日约#封为假设': 'about $1 a day is an assumption',
  '每月至少#位VIP会员参与': 'at least $1 VIP members take part each month',
  '参与人数为假设（会员数×#%）': 'Participants are an assumption (members × $1%).',
  '全年参与人数达到会员总数的#%': 'over the year, participants reach $1% of all members',
  '大型节日活动吸引至少#%的会员参与': 'big festival events reach at least $1% of members',
  '国庆节预计#名会员参与': 'National Day: about $1 members expected',
  '中秋节共#场活动，预计#名会员参与': 'Mid-Autumn: $1 events, about $2 members expected',
  '春节共#场活动，预计#名会员参与': 'Spring Festival: $1 events, about $2 members expected',
  '第#季度 复盘与会员调研': 'Q$1 review and member survey',
  '风险准备金（市场风险 # 元）': 'Risk reserve (market risk, CNY $1)',
  '市场风险应对资金#万元': 'market risk fund CNY $w1',
  '发生概率约#%': 'Probability about $1%.',
  '节日档期提前两周锁定会员权益，监测竞品动态，必要时加码会员专属折扣':
    'Lock member benefits two weeks before each festival, watch competitors, add member-only discounts when needed',
  '启用#元市场风险准备金，追加定向优惠券与短信触达':
    'Use the CNY $1 market risk reserve; send more targeted coupons and SMS',
  '大促前压测，核心链路双机热备，活动页面降级预案':
    'Load-test before big sales, hot standby for the core path, a degraded mode for event pages',
  '切换备用报名通道（线下登记+短信链接），延长活动时间补偿会员':
    'Switch to the backup sign-up path (offline registration + SMS link) and extend the event to make it up to members',
  '报名/支付接口错误率>#%持续#分钟': 'Sign-up/payment error rate >$1% for $2 minutes',
  '按会员分层控制触达间隔（同一分层至少间隔#天、每周不超过#次），沉默会员定向唤醒':
    'Space messages by segment (at least $1 days apart, at most $2 a week per segment); targeted wake-up for silent members',
  '流失率超预警线时暂停非必要推送，发放回流礼包并回访高价值会员':
    'When churn passes the warning line, pause non-essential messages, send come-back gifts and call high-value members',
  '月退订率>#%或沉默会员占比月增>#个百分点':
    'Monthly unsubscribes >$1% or the silent share up >$2 percentage points in a month',
  '低于目标#%：启用市场风险准备金，追加定向优惠券与短信触达':
    'Below $1% of target: use the market risk reserve, send more targeted coupons and SMS',
  '低于#%：#小时内回访不满意会员并调整下月活动':
    "Below $1%: call dissatisfied members within $2 hours and adjust next month's activities",
  '第#季度排期表定稿（#-#个重点活动）': 'Q$1 schedule final ($2-$3 major activities)',
  '锁定#年#月档期（≥#个活动）': 'Lock the $m2 $1 schedule (≥$3 activities)',
  '#月每周排期微调': 'Weekly fine-tuning, $m1',
  '会员数×#%，#-#': 'members × $1%, $2-$3',
  '每人约#元': 'about CNY $1 a person',
  '会员数×#%': 'members × $1%',
  '营收×#%': 'revenue × $1%',
  '#%-#%，取中值': '$1%-$2%, the midpoint',
  // Backup plans
  '到场率不足时改为一对一预约专场，礼遇不变':
    'If attendance is low, switch to one-to-one appointments with the same benefits',
  '嘉宾缺席时由内部专家主讲，或改为线上沙龙':
    'If the guest cannot come, an in-house expert speaks, or the salon moves online',
  '报名不足时合并至下月生日会，并向寿星发放电子生日礼券':
    "If sign-ups are low, merge into next month's party and send e-gift vouchers to the birthday members",
  '场地不可用时改在门店活动区分两场举办，或转为线上直播':
    'If the venue is unavailable, hold two sessions in the store event area, or stream it online',
  '合作方延期时以自有品牌会员福利替代，联名内容顺延至下月':
    'If the partner postpones, offer our own member benefits and move the co-branded content to next month',
  '报名不足#%时改为小规模分场答谢并加发专属券':
    'If sign-ups are below $1%, hold smaller thank-you sessions and add exclusive coupons',
  主会场突发不可用时移至分会场并同步线上直播:
    'If the main hall becomes unavailable, move to the side hall and stream online',
  嘉宾缺席由会员代表圆桌替代: 'an absent guest is replaced by a member representatives’ round table',
  '主线路故障#分钟内切换直播服务商B': 'If the main line fails, switch to streaming provider B within $1 minute(s)',
  '观看不足#万时启用服务商C备用渠道': "below $w1 views, open provider C's backup channel",
  'VR设备故障时由供应商乙#分钟内补位，或改为视频展映':
    'If VR sets fail, supplier 2 replaces them within $1 minutes, or show a video instead',
  '测试未通过则T-#复测，期间冻结新需求': 'If the test fails, retest at T-$1 and freeze new requests meanwhile',
  '场地冲突时改在合作商场中庭，并同步直播': "If the venue clashes, use a partner mall's atrium and stream it",
  素材审核不通过时启用备用素材包: 'If the creative is rejected, use the backup creative pack',
  雨天改为室内商场点位: 'On rainy days, move to indoor mall spots',
  达人档期冲突时换同量级达人: 'If the influencer is booked, switch to one of the same reach',
  裂变转化低于预期时提高老会员奖励档位:
    'If referrals convert below expectations, raise the reward for existing members',
  选址评估未通过时顺延至次月并保留预算: 'If the site assessment fails, move to next month and keep the budget',
  // Retention
  '保客活动（保客活动管理办法）': 'Retention event (Retention activity rules)',
  '面向银卡、金卡及流失预警会员': 'For silver and gold members and members at risk of churn',
  '错开竞品档期，提前锁定核心会员报名': "Avoid competitors' dates and secure core members' sign-ups early",
  每两周复核一次: 'reviewed every two weeks',
  追加定向邀约与到场礼: 'More targeted invitations and gifts for attending',
  抽奖规则与隐私告知经法务审核: 'Prize draw rules and the privacy notice reviewed by legal',
  暂停相关环节并发布更正说明: 'Pause the part concerned and publish a correction',
  '限流分时入场，餐饮供应商资质审查，现场安保与医疗点':
    'Timed entry to limit crowds, catering suppliers vetted, security and a first-aid point on site',
  启动现场疏散与医疗应急预案: 'Start the on-site evacuation and medical emergency plan',
  设立现场客服与线上舆情监测: 'Customer service on site and a watch on online opinion',
  '#分钟内响应并一对一安抚，必要时发布说明':
    'Respond within $1 minutes, talk to each member one to one, publish a statement if needed',
  '报名不足目标#%：启动备选方案（分场答谢、加发专属券）':
    'Sign-ups below $1% of target: start the backup plan (smaller sessions, extra exclusive coupons)',
  '#天复购率': '$1-day repurchase rate',
  // Member conference
  '主会场，提前#个月锁定档期': 'Main hall, booked $1 months ahead',
  供应商: 'Supplier',
  '供应商，热备': 'Supplier, hot standby',
  'SLA：故障#分钟内切换备用线路': 'SLA: switch to the backup line within $1 minute(s) of a failure',
  'SLA：#分钟内接管': 'SLA: takes over within $1 minute(s)',
  '冷备：线上观看不足#万时启用的备用渠道': 'Cold standby: the backup channel opened below $w1 online views',
  'SLA：#分钟内现场补位（假设）': 'SLA: replacement on site within $1 minutes (assumption)',
  'SLA：#天内提交首份报告（假设）': 'SLA: first report within $1 days (assumption)',
  主论坛: 'Main forum',
  '邀约按RFM分层：高价值#%、中价值#%、低价值#%': 'Invitations by RFM: high value $1%, mid $2%, low $3%',
  '面向无法到场会员的线上直播：观看目标#万人次': 'Live stream for members who cannot attend: target $w1 views',
  '不足#万时启用备用推广渠道': 'below $w1, open the backup promotion channels',
  '技术压力测试（T-#）': 'Technical pressure test (T-$1)',
  '直播主备切换、VR与签到系统的全流程压力测试（按观看量预估#万、承受#万并发）':
    'End-to-end pressure test of stream failover, VR and check-in (for an expected $w1 views, load of $w2)',
  '议题调研费#万元，用于会员需求分析': 'topic research CNY $w1, for member needs analysis',
  '场地预订费#万元，需提前#个月锁定档期': 'venue booking CNY $w1, booked $2 months ahead',
  '物料制作费#万元，含定制手册、伴手礼等': 'materials CNY $w1, incl. custom handbooks and gifts',
  '技术设备租赁#万元，含直播系统、VR设备': 'technical equipment rental CNY $w1, incl. streaming system and VR sets',
  '嘉宾邀请费#万元，高管与行业专家': 'guest invitations CNY $w1, executives and industry experts',
  '现场运营费#万元，含人员、餐饮、应急备用金': 'on-site operations CNY $w1, incl. staff, catering and contingency',
  '数据分析费#万元，用于效果评估': 'data analysis CNY $w1, for evaluation',
  '会员补偿费#万元，针对体验问题补偿': 'member compensation CNY $w1, for experience problems',
  '长期权益投入#万元，用于大会成果转化': "long-term benefits CNY $w1, to turn the conference's results into practice",
  '应急储备金（#%）': 'Contingency reserve ($1%)',
  '财务部预留#%应急预算': 'finance keeps a $1% contingency budget',
  '每周核查预算执行，超支部分需提交审批说明': 'budget checked weekly; overspend needs an approval note',
  'T-#压力测试': 'Pressure test at T-$1',
  主备直播服务商热备: 'primary and backup streaming providers on hot standby',
  '响应目标：故障#分钟内切换备用线路': 'Response target: switch to the backup line within $1 minute(s) of a failure',
  切换直播服务商B: 'Switch to streaming provider B',
  '线上观看不足#万时启用服务商C备用渠道': "below $w1 online views, open provider C's backup channel",
  '最小权限、数据脱敏、供应商保密协议': 'Least privilege, data masking, supplier confidentiality agreements',
  '响应目标：发现后#分钟内隔离': 'Response target: isolate within $1 minutes of detection',
  '启动数据安全事件预案，按规定报告并通知受影响会员':
    'Start the data security incident plan, report as required and notify the members affected',
  '#套签到系统分流，VR分时预约': '$1 check-in systems share the queue; VR by timed booking',
  '响应目标：排队超#分钟即增开通道': 'Response target: open more lanes when the queue passes $1 minutes',
  '志愿者引导至备用签到点，VR改为预约制': 'Volunteers guide members to backup check-in points; VR by appointment',
  '签到排队超过#分钟': 'Check-in queue over $1 minutes',
  全程舆情监测: 'Public opinion monitored throughout',
  '响应目标：负面舆情#分钟内回应': 'Response target: answer negative opinion within $1 minutes',
  '发布官方说明，一对一回访投诉会员': 'Publish an official statement; call each complaining member',
  物料与规则经法务审核: 'Materials and rules reviewed by legal',
  '响应目标：问题#小时内整改': 'Response target: fix issues within $1 hours',
  撤下违规物料并公告更正: 'Withdraw non-compliant materials and publish a correction',
  '议题匹配度低于#%：议题征集延长#天': 'Topic match below $1%: extend topic collection by $2 days',
  '线上观看不足#万：启用直播服务商C等备用推广渠道':
    'Online views below $w1: open backup promotion channels such as streaming provider C',
  '会场预订（提前#个月）': 'Book the venue ($1 months ahead)',
  '技术资源采购与测试（T-#）：直播服务商主/备签约，SLA #分钟内切换':
    'Buy and test technical resources (T-$1): primary/backup streaming contracts, SLA failover within $2 minute(s)',
  '技术资源采购与测试（T-#）：VR供应商（#家）、签到系统与数据分析公司':
    'Buy and test technical resources (T-$1): VR suppliers ($2), check-in systems and the analytics firm',
  '志愿者招募（#名学生志愿者）': 'Recruit volunteers ($1 student volunteers)',
  '会员邀约（RFM：高#%/中#%/低#%）': 'Invite members (RFM: high $1% / mid $2% / low $3%)',
  '复盘报告与成果公示（T+#）': 'Review report and published results (T+$1)',
  '周进度与预算检查（T-#）': 'Weekly progress and budget check (T-$1)',
  每周进度复盘与预算核查: 'Weekly progress review and budget check',
  超支部分需提交审批说明: 'overspend needs an approval note',
  // City promotion
  门店与地推活动安全检查: 'Safety checks of stores and street promotions',
  '每年至少#次不同场景的应急演练': 'at least $1 emergency drills a year in different scenarios',
  '一级应急：立即启动，由CEO牵头成立专项工作组': 'Level 1 emergency: immediate; the CEO leads a task force',
  '应急分级：一级（重大安全事故）立即启动，CEO牵头成立专项工作组':
    'Emergency levels: level 1 (major safety accident) immediate, the CEO leads a task force',
  '二级（核心系统故障）运营总监指挥，#小时内恢复服务':
    'level 2 (core system failure) led by the operations director, service restored within $1 hours',
  '三级（促销活动效果不达预期）市场总监协调，#小时内完成复盘':
    'level 3 (promotion below expectations) coordinated by the marketing director, reviewed within $1 hours',
  '灾备系统与备用服务器、备用支付渠道': 'Disaster recovery system, backup servers and a backup payment channel',
  '支付接口稳定性#%': 'payment interface availability $1%',
  '二级应急：运营总监指挥，#小时内恢复服务':
    'Level 2 emergency: led by the operations director, service restored within $1 hours',
  每周一次行业情报收集: 'Industry intelligence gathered weekly',
  '获客成本（CAC）连续#周高于目标#%时暂停低效素材并调整渠道配比（阈值为假设）':
    'when acquisition cost (CAC) is $2% above target for $1 weeks in a row, pause weak creative and rebalance channels (the threshold is an assumption)',
  '三级应急：市场总监协调，#小时内完成复盘，将预算转向转化率最高的渠道':
    'Level 3 emergency: coordinated by the marketing director, reviewed within $1 hours, budget moved to the best-converting channels',
  '预警阈值：连续#天在某区域“配送延迟”投诉超#%，立即启动原因排查流程':
    'Warning threshold: late-delivery complaints above $2% in one area for $1 days in a row start an investigation at once',
  排查原因并调整该区域配送供应商: "Find the cause and change the area's delivery supplier",
  '用户投诉#小时内初步回应、#小时内给出解决方案':
    'first answer to complaints within $1 hours, a solution within $2 hours',
  '同一区域“配送延迟”投诉超#%，连续#天': 'Late-delivery complaints above $1% in one area, $2 days in a row',
  '供应商分级分类管理，核心供应商月度沟通': 'Suppliers managed by tier; monthly talks with core suppliers',
  '连续#次出现重大服务问题的供应商列入黑名单': 'a supplier with $1 consecutive serious service failures is blacklisted',
  立即中止合作并启动替代供应商寻找流程: 'Stop working with the supplier at once and start finding a replacement',
  '同一供应商连续第#次出现重大服务问题': 'The same supplier fails seriously $1 times in a row',
  实时监测网络舆情: 'Online opinion monitored in real time',
  发现涉及品牌的不实信息立即启动法律程序: 'false information about the brand goes to legal at once',
  '发布官方说明，一对一回访投诉用户': 'Publish an official statement; call each complaining user',
  '预警阈值：运营支出超出预算#%': 'Warning threshold: operating spend $1% over budget',
  每季度做一次计划与实际差异分析: 'plan vs actual variance analysed every quarter',
  '超过#万元的非计划支出须CEO审批': 'unplanned spend over CNY $w1 needs the CEO',
  '冻结超支项目，暂停实际ROI低于预期的投入并重新分配预算':
    'Freeze overspent items, pause spend with ROI below expectations and reallocate the budget',
  '活跃用户数（#-#个月内）': 'Active users (within $1-$2 months)',
  '日均订单量较基线提升（满#个月）': 'Daily orders above baseline (after $1 months)',
  '连续#周高于目标#%：暂停低效素材并调整渠道配比（三级应急，#小时内复盘）':
    '$2% above target for $1 weeks in a row: pause weak creative and rebalance channels (level 3 emergency, review within $3 hours)',
  '超出预算#%：冻结超支项目并做差异分析': '$1% over budget: freeze overspent items and analyse the variance',
  '同一区域连续#天超#%：立即启动原因排查流程': 'Above $2% in one area for $1 days in a row: investigate at once',
  '第#月绩效复盘（KPI达成）': 'Month $1 performance review (KPI achievement)',
  '第#季度预算差异分析（计划vs实际）': 'Q$1 budget variance analysis (plan vs actual)',
};
