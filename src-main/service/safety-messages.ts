import { AppError, type LocalizedText } from '../../src-shared/errors';
import type { SalvageKind } from '../../src-shared/contract-backups';
import type { FileDamage } from '../db/safety/file-probe';
import type { LockHolder } from '../db/safety/folder-lock';

/** What the planner reads when the workspace is damaged, locked or read-only; both languages. */
export function damageMessage(file: string, damage: FileDamage | 'check-failed', problems: string[]): LocalizedText {
  const what: Record<FileDamage | 'check-failed', LocalizedText> = {
    empty: { 'zh-CN': '文件是空的（0 字节）', en: 'the file is empty (0 bytes)' },
    truncated: { 'zh-CN': '文件被截断了（比应有的短）', en: 'the file is cut short (truncated)' },
    'bad-header': { 'zh-CN': '文件头已损坏', en: 'the file header is damaged' },
    'check-failed': { 'zh-CN': '完整性检查发现了损坏的数据', en: 'the integrity check found damaged data' },
  };
  const detail = problems.length > 0 ? ` (${problems.slice(0, 3).join('; ').slice(0, 300)})` : '';
  return {
    'zh-CN': `工作区 ${file} 已损坏：${what[damage]['zh-CN']}${detail}。为避免损坏扩大，未以可编辑方式打开，也未做任何改动。请在“备份与恢复”中恢复最近一次通过检查的备份（当前文件会另存一份）。`,
    en: `The workspace ${file} is damaged: ${what[damage].en}${detail}. So that nothing more is lost it was not opened for editing and was left untouched. Restore the newest backup that passes its check under "Backups" (the current file is kept aside).`,
  };
}

export function readOnlyBanner(dataDir: string): LocalizedText {
  return {
    'zh-CN': `数据文件夹 ${dataDir} 只读：可以查看，但不能修改，也不会自动备份。要继续编辑，请把文件夹移到可写的位置或修改其权限，然后重新打开档期。`,
    en: `The data folder ${dataDir} is read-only: you can look but not edit, and no backups are made. To edit, move the folder somewhere writable or change its permissions, then open Dangqi again.`,
  };
}

export function restoreRefused(dataDir: string): AppError {
  return new AppError(
    'READ_ONLY',
    {
      'zh-CN': `数据文件夹 ${dataDir} 只读或工作区未打开，无法备份或恢复。`,
      en: `The data folder ${dataDir} is read-only or the workspace is not open, so nothing can be backed up or restored.`,
    },
    { dataDir },
  );
}

const DOOR_NAMES: Record<string, LocalizedText> = {
  electron: { 'zh-CN': '桌面版', en: 'the desktop app' },
  browser: { 'zh-CN': '浏览器入口', en: 'the browser door' },
  test: { 'zh-CN': '测试', en: 'a test' },
};

export function folderLocked(dataDir: string, holder: LockHolder | null): AppError {
  const door = holder ? (DOOR_NAMES[holder.door] ?? { 'zh-CN': holder.door, en: holder.door }) : null;
  const who = holder
    ? {
        'zh-CN': `${door?.['zh-CN']}（进程 ${holder.pid}，计算机 ${holder.host}，${holder.since} 起）`,
        en: `${door?.en} (process ${holder.pid} on ${holder.host}, since ${holder.since})`,
      }
    : { 'zh-CN': '另一个档期进程', en: 'another Dangqi process' };
  return new AppError(
    'WORKSPACE_LOCKED',
    {
      'zh-CN': `数据文件夹 ${dataDir} 正由${who['zh-CN']}使用。同一个数据文件夹一次只能由一个档期修改，以免互相覆盖。请回到那个窗口继续工作，或先关闭它再打开。`,
      en: `The data folder ${dataDir} is in use by ${who.en}. Only one Dangqi at a time may edit a data folder, so that neither overwrites the other. Go back to that window, or close it first.`,
    },
    { dataDir, holder },
  );
}

export function cannotCreateReadOnly(dataDir: string, code: string): AppError {
  return new AppError(
    'READ_ONLY',
    {
      'zh-CN': `数据文件夹 ${dataDir} 只读，其中还没有工作区，无法新建。请用 --data-dir 选择一个可写的文件夹，或修改该文件夹的权限。`,
      en: `The data folder ${dataDir} is read-only and holds no workspace yet, so none can be created. Choose a writable folder with --data-dir, or change the folder's permissions.`,
    },
    { dataDir, code },
  );
}

/** Each kind counted in Chinese, and in English as [one, many]. */
const SALVAGE_KINDS: Record<SalvageKind, { zh: string; en: [string, string] }> = {
  plans: { zh: '方案 {n} 个', en: ['plan', 'plans'] },
  activities: { zh: '活动 {n} 条', en: ['activity', 'activities'] },
  claims: { zh: '资源占用 {n} 条', en: ['resource booking', 'resource bookings'] },
  segmentLinks: { zh: '活动人群 {n} 条', en: ['activity audience', 'activity audiences'] },
  budgetLines: { zh: '预算科目 {n} 条', en: ['budget line', 'budget lines'] },
  risks: { zh: '风险 {n} 条', en: ['risk', 'risks'] },
  kpis: { zh: '指标 {n} 条', en: ['KPI', 'KPIs'] },
  tasks: { zh: '倒排任务 {n} 条', en: ['countdown task', 'countdown tasks'] },
  resources: { zh: '资源 {n} 个', en: ['resource', 'resources'] },
  segments: { zh: '会员人群 {n} 个', en: ['member segment', 'member segments'] },
  baselines: { zh: '定稿 {n} 个', en: ['baseline', 'baselines'] },
};

const countEn = (n: number, [one, many]: [string, string]) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The report of "export what can be read": files made, what was lost by kind, plans renamed. */
export function salvageMessage(
  files: number,
  kinds: readonly { kind: SalvageKind; lost: number; estimated: boolean }[],
  renamedPlans: number,
  schemaLost: boolean,
): LocalizedText {
  if (files === 0) {
    const why = schemaLost
      ? { 'zh-CN': '文件的目录页已无法读取', en: 'the file’s table of contents cannot be read' }
      : { 'zh-CN': '没有读出任何方案的内容', en: 'no plan’s content could be read' };
    return {
      'zh-CN': `无法从损坏的工作区导出方案：${why['zh-CN']}。请恢复最近一次通过检查的备份。`,
      en: `Nothing could be exported from the damaged workspace: ${why.en}. Restore the newest backup that passes its check.`,
    };
  }
  const lost = kinds.filter((k) => k.lost > 0);
  const item = (k: (typeof kinds)[number], lang: 'zh' | 'en') =>
    lang === 'zh'
      ? (k.estimated ? '约' : '') + SALVAGE_KINDS[k.kind].zh.replace('{n}', k.lost.toLocaleString('zh-CN'))
      : (k.estimated ? 'about ' : '') + countEn(k.lost, SALVAGE_KINDS[k.kind].en);
  const zhLost =
    lost.length === 0 ? '没有发现丢失的记录。' : `无法读取而丢失的：${lost.map((k) => item(k, 'zh')).join('、')}。`;
  const enLost =
    lost.length === 0
      ? 'No record was found lost.'
      : `Lost because they could not be read: ${lost.map((k) => item(k, 'en')).join(', ')}.`;
  const zhRenamed =
    renamedPlans > 0 ? `其中 ${renamedPlans} 个方案本身的记录已损坏，以“恢复的方案”命名，设置为默认值，请核对。` : '';
  const enRenamed =
    renamedPlans > 0
      ? ` The plan records of ${countEn(renamedPlans, ['plan', 'plans'])} were lost: they are named “Recovered plan” with default settings; check them.`
      : '';
  return {
    'zh-CN': `已从损坏的工作区读出 ${files} 个方案，每个存为一个方案文件（用“导入方案文件”导入到新的或恢复后的工作区）。${zhRenamed}${zhLost}`,
    en: `${countEn(files, ['plan was', 'plans were'])} read from the damaged workspace, each saved as a plan file (bring them in with “Import plan file” after restoring or in a new workspace).${enRenamed} ${enLost}`,
  };
}

export function salvageRefused(): AppError {
  return new AppError('READ_ONLY', {
    'zh-CN': '工作区没有损坏，不需要抢救数据；要导出方案，请用方案的“文件”菜单。',
    en: 'The workspace is not damaged, so there is nothing to rescue; to export a plan, use its File menu.',
  });
}
