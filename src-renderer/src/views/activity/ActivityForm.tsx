import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSnapshot } from '../../../../src-shared/contract';
import {
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  type Activity,
  PRIORITY_CLASSES,
  RESOURCE_KINDS,
  type Resource,
  SEGMENT_DIMENSIONS,
  type Segment,
} from '../../../../src-shared/model';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ChipPicker } from '../../components/ChipPicker';
import { EnumSelect } from '../../components/EnumSelect';
import { CheckboxField, Field } from '../../components/Field';
import { Modal } from '../../components/Modal';
import { currentLang } from '../../i18n';
import { DateInput } from '../../components/DateInput';
import { errorText, fieldIssues } from '../../state/error-text';
import { useWorkspace } from '../../state/WorkspaceContext';
import { filesStrings } from '../files/files-i18n';
import {
  type ActivityDraft,
  type DraftErrors,
  checkDraft,
  draftFrom,
  draftToFields,
  emptyDraft,
  mainType,
  toggleAllDay,
} from './activity-draft';

// The pickers list their options by kind, in the model's order of kinds (场地, 人员, 设备, 渠道).
const byKind = (list: readonly Resource[]) =>
  [...list].sort((a, b) => RESOURCE_KINDS.indexOf(a.kind) - RESOURCE_KINDS.indexOf(b.kind));
const byDimension = (list: readonly Segment[]) =>
  [...list].sort((a, b) => SEGMENT_DIMENSIONS.indexOf(a.dimension) - SEGMENT_DIMENSIONS.indexOf(b.dimension));

interface ActivityFormProps {
  snapshot: PlanSnapshot;
  /** The activity to edit, or none to create one. */
  activity?: Activity;
  /** The day a new activity starts on (a clicked calendar day). */
  day: string;
  /** A new activity's fields known already (a type chip dropped from the tray: its type and title). */
  prefill?: Partial<Pick<ActivityDraft, 'type' | 'title' | 'status'>>;
  onClose: () => void;
}

export function ActivityForm({ snapshot, activity, day, prefill, onClose }: ActivityFormProps) {
  const { t, i18n } = useTranslation();
  const { api } = useWorkspace();
  const [draft, setDraft] = useState<ActivityDraft>(() =>
    activity ? draftFrom(activity) : { ...emptyDraft(day, mainType(snapshot.activities)), ...prefill },
  );
  const [errors, setErrors] = useState<DraftErrors>({});
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const lang = currentLang(i18n.language);

  const set = <K extends keyof ActivityDraft>(key: K, value: ActivityDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined, _: undefined }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = checkDraft(draft, (key, vars) => t(key, vars));
    if (Object.keys(found).length > 0) {
      setErrors({ ...found, _: t('validation.fixErrors') });
      return;
    }
    setBusy(true);
    try {
      const fields = draftToFields(draft, activity);
      if (activity) await api.invoke('activity/update', { id: activity.id, ...fields });
      else await api.invoke('activity/create', { planId: snapshot.plan.id, ...fields });
      onClose();
    } catch (error) {
      // The service's VALIDATION details name the fields; show each next to its input.
      setErrors({ ...fieldIssues(error, lang), _: errorText(error, lang) });
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!activity) return;
    try {
      await api.invoke('activity/delete', { id: activity.id });
      onClose();
    } catch (error) {
      setErrors({ _: errorText(error, lang) });
    }
  };

  return (
    <Modal
      title={activity ? t('activity.editTitle') : t('activity.createTitle')}
      onClose={onClose}
      size="large"
      testId="activity-form"
    >
      <form
        className="form"
        onSubmit={(e) => void submit(e)}
        noValidate
        aria-label={activity ? t('activity.editTitle') : t('activity.createTitle')}
      >
        <fieldset>
          <legend>{t('activity.sectionBasics')}</legend>
          <Field label={t('activity.title')} error={errors.title} wide>
            <input
              value={draft.title}
              onChange={(e) => set('title', e.target.value)}
              autoFocus
              data-testid="activity-title"
            />
          </Field>
          <div className="form-row">
            <Field label={t('activity.type')} error={errors.type}>
              <EnumSelect
                values={ACTIVITY_TYPES}
                value={draft.type}
                onChange={(v) => set('type', v)}
                labelKey="enum.activityType"
                testId="activity-type"
              />
            </Field>
            <Field label={t('activity.status')} error={errors.status}>
              <EnumSelect
                values={ACTIVITY_STATUSES}
                value={draft.status}
                onChange={(v) => set('status', v)}
                labelKey="enum.activityStatus"
                testId="activity-status"
              />
            </Field>
            <Field label={t('activity.priority')} error={errors.priority}>
              <EnumSelect
                values={PRIORITY_CLASSES}
                value={draft.priority}
                onChange={(v) => set('priority', v)}
                labelKey="enum.priority"
                testId="activity-priority"
              />
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('activity.sectionTiming')}</legend>
          <div className="form-row">
            <CheckboxField
              label={t('activity.allDay')}
              checked={draft.allDay}
              onChange={(v) => setDraft((d) => toggleAllDay(d, v))}
              testId="activity-all-day"
            />
            <CheckboxField
              label={t('activity.pinned')}
              checked={draft.pinned}
              onChange={(v) => set('pinned', v)}
              testId="activity-pinned"
            />
          </div>
          <div className="form-row">
            <Field label={t('activity.start')} error={errors.start}>
              <DateInput
                lang={lang}
                withTime={!draft.allDay}
                value={draft.start}
                onChange={(v) => set('start', v)}
                data-testid="activity-start"
              />
            </Field>
            <Field label={draft.allDay ? t('activity.endInclusive') : t('activity.end')} error={errors.end}>
              <DateInput
                lang={lang}
                withTime={!draft.allDay}
                value={draft.end}
                onChange={(v) => set('end', v)}
                data-testid="activity-end"
              />
            </Field>
            <Field label={t('activity.windowStart')} error={errors.windowStart}>
              <DateInput
                lang={lang}
                value={draft.windowStart}
                onChange={(v) => set('windowStart', v)}
                data-testid="activity-window-start"
              />
            </Field>
            <Field label={t('activity.windowEnd')} error={errors.windowEnd}>
              <DateInput
                lang={lang}
                value={draft.windowEnd}
                onChange={(v) => set('windowEnd', v)}
                data-testid="activity-window-end"
              />
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('activity.sectionPeople')}</legend>
          <div className="form-row">
            <Field label={t('activity.owner')} error={errors.owner}>
              <input value={draft.owner} onChange={(e) => set('owner', e.target.value)} data-testid="activity-owner" />
            </Field>
            <Field label={t('activity.participants')} error={errors.expectedParticipants}>
              <input
                inputMode="numeric"
                value={draft.expectedParticipants}
                onChange={(e) => set('expectedParticipants', e.target.value)}
                data-testid="activity-participants"
              />
            </Field>
          </div>
          <div className="form-row">
            <Field
              label={t('activity.resources')}
              error={errors.claims}
              hint={snapshot.resources.length ? t('activity.pickerHint') : t('activity.noResources')}
            >
              <ChipPicker
                options={byKind(snapshot.resources).map((r) => ({
                  value: r.id,
                  label: r.name,
                  group: t(`enum.resourceKind.${r.kind}`),
                }))}
                value={draft.resourceIds}
                onChange={(v) => set('resourceIds', v)}
                testId="activity-resources"
              />
            </Field>
            <Field
              label={t('activity.segments')}
              error={errors.segmentIds}
              hint={snapshot.segments.length ? t('activity.pickerHint') : t('activity.noSegments')}
            >
              <ChipPicker
                options={byDimension(snapshot.segments).map((g) => ({
                  value: g.id,
                  label: g.name,
                  group: filesStrings[lang].dimension[g.dimension],
                }))}
                value={draft.segmentIds}
                onChange={(v) => set('segmentIds', v)}
                testId="activity-segments"
              />
            </Field>
          </div>
        </fieldset>

        <fieldset>
          <legend>{t('activity.sectionNotes')}</legend>
          <div className="form-row">
            <Field label={t('activity.notes')} error={errors.notes}>
              <textarea
                rows={3}
                value={draft.notes}
                onChange={(e) => set('notes', e.target.value)}
                data-testid="activity-notes"
              />
            </Field>
            <Field label={t('activity.backupPlan')} error={errors.backupPlan}>
              <textarea
                rows={3}
                value={draft.backupPlan}
                onChange={(e) => set('backupPlan', e.target.value)}
                data-testid="activity-backup"
              />
            </Field>
          </div>
        </fieldset>

        {errors._ && (
          <div className="form-error" role="alert" data-testid="activity-form-error">
            {errors._}
          </div>
        )}
        <div className="form-actions">
          {activity && (
            <button
              type="button"
              className="danger-text"
              onClick={() => setConfirmDelete(true)}
              data-testid="activity-delete"
            >
              {t('common.delete')}
            </button>
          )}
          <div className="toolbar-spacer" />
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="activity-save">
            {busy ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
      {confirmDelete && activity && (
        <ConfirmDialog
          title={t('activity.deleteTitle')}
          message={t('activity.deleteConfirm', { name: activity.title })}
          confirmLabel={t('common.delete')}
          onConfirm={remove}
          onClose={() => setConfirmDelete(false)}
        />
      )}
    </Modal>
  );
}
