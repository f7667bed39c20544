import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLang } from '../i18n';

/**
 * AG Grid's own words (pagination buttons, its tooltips and screen-reader labels) are English
 * unless given: in the Chinese UI they are said in Chinese. The English UI keeps AG Grid's text.
 */
const ZH: Record<string, string> = {
  page: '页',
  of: '/',
  to: '至',
  more: '更多',
  firstPage: '第一页',
  lastPage: '最后一页',
  nextPage: '下一页',
  previousPage: '上一页',
  pageSizeSelectorLabel: '每页行数：',
  ariaPageSizeSelectorLabel: '每页行数',
  pageLastRowUnknown: '?',
  loadingOoo: '加载中…',
  loadingError: '加载出错',
  ariaChecked: '已选',
  ariaUnchecked: '未选',
  ariaIndeterminate: '部分选中',
  ariaRowSelect: '按空格键选中此行',
  ariaRowDeselect: '按空格键取消选中此行',
  ariaRowToggleSelection: '按空格键切换选中',
  ariaRowSelectAll: '按空格键全选',
  ariaToggleVisibility: '按空格键显示或隐藏',
  ariaSearch: '搜索',
  ariaSortableColumn: '按回车键排序',
  ariaColumnSelectAll: '全选列',
  ariaLabelColumnMenu: '列菜单',
  ariaLabelCellEditor: '单元格编辑',
  ariaLabelDialog: '对话框',
  ariaLabelGrid: '表格',
  ariaRowSelectionDisabled: '此行不能选中',
  ariaSkeletonCellLoading: '行加载中',
  ariaSkeletonCellLoadingFailed: '行加载失败',
  ariaMenuColumn: '按 Alt 加下箭头打开列菜单',
  ariaFilterColumn: '按 Ctrl 加回车打开筛选',
  ariaHidden: '隐藏',
  ariaVisible: '可见',
  ariaFilterInput: '筛选输入',
  ariaFilterValue: '筛选值',
  ariaDropZoneColumnComponentSortAscending: '升序',
  ariaDropZoneColumnComponentSortDescending: '降序',
  sortAscending: '升序',
  sortDescending: '降序',
  sortUnSort: '取消排序',
  blanks: '（空白）',
  selectAll: '（全选）',
  searchOoo: '搜索…',
  filterOoo: '筛选…',
  applyFilter: '应用',
  clearFilter: '清除',
  resetFilter: '重置',
  cancelFilter: '取消',
  equals: '等于',
  notEqual: '不等于',
  contains: '包含',
  notContains: '不包含',
  startsWith: '开头是',
  endsWith: '结尾是',
  lessThan: '小于',
  greaterThan: '大于',
  andCondition: '且',
  orCondition: '或',
};

/** The grid's `localeText` in the UI language, with the grid's own "no rows" text. */
export function useGridLocale(noRowsToShow: string): Record<string, string> {
  const { i18n } = useTranslation();
  const lang = currentLang(i18n.language);
  return useMemo(() => ({ ...(lang === 'zh-CN' ? ZH : {}), noRowsToShow }), [lang, noRowsToShow]);
}
