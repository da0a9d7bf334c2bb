// Task figures (kết quả thực hiện nhiệm vụ trong năm): share of tasks done, late and exceeded, in percent
// of all tasks assigned, and the common case in one click — "Hoàn thành 100 %, không chậm, không vượt"
// fills 100 / 0 / 0 in one save. Layer: renderer.
import type { SubjectRef, TaskEntry } from '../../../../shared/meeting/types';
import { subjectKey } from '../../../state/meeting-store';
import { useMeeting } from '../../../state/stores';
import { AutoNumber } from '../AutoFields';
import { useSavers } from '../use-savers';

const FIELDS: { key: keyof TaskEntry; label: string; hint: string }[] = [
  { key: 'donePct', label: 'Tỷ lệ nhiệm vụ hoàn thành', hint: 'Hoàn thành hết: 100.' },
  { key: 'latePct', label: 'Tỷ lệ nhiệm vụ chậm tiến độ', hint: 'Không có việc nào chậm: 0.' },
  { key: 'exceededPct', label: 'Tỷ lệ nhiệm vụ vượt mức', hint: 'Từ 30 trở lên mới đủ điều kiện “Hoàn thành xuất sắc”.' },
];

export const ALL_DONE_LABEL = 'Hoàn thành 100 %, không chậm, không vượt mức';
const ALL_DONE: TaskEntry = { donePct: 100, latePct: 0, exceededPct: 0 };

export function TaskFields({ subject, tasks }: { subject: SubjectRef; tasks: TaskEntry }) {
  const save = useSavers();
  const command = useMeeting((s) => s.command);
  const sk = subjectKey(subject);
  const allDone = tasks.donePct === 100 && tasks.latePct === 0 && tasks.exceededPct === 0;
  // The three boxes drop what is being typed in them, so the stored figures show once saved.
  const fillAllDone = () => void command(() => save.review(subject, { tasks: ALL_DONE }));
  return (
    <section className="panel" aria-labelledby={`${sk}-tasks-title`}>
      <h3 id={`${sk}-tasks-title`}>Kết quả thực hiện nhiệm vụ trong năm</h3>
      <p className="field-hint">Tính theo phần trăm số nhiệm vụ được giao.</p>
      <div className="mtg-task-grid">
        {FIELDS.map((f) => (
          <AutoNumber
            key={f.key}
            fieldKey={`${sk}.tasks.${f.key}`}
            id={`${sk}-tasks-${f.key}`}
            label={f.label}
            hint={f.hint}
            suffix="%"
            server={tasks[f.key]}
            save={(v) => save.review(subject, { tasks: { [f.key]: v } })}
          />
        ))}
      </div>
      <p className="mtg-task-shortcut">
        <button type="button" className="btn" onClick={fillAllDone} disabled={allDone} aria-describedby={`${sk}-tasks-shortcut-hint`}>
          {ALL_DONE_LABEL}
        </button>{' '}
        <span id={`${sk}-tasks-shortcut-hint`} className="field-hint">
          {allDone ? 'Đã ghi: hoàn thành 100 %, chậm 0 %, vượt mức 0 %.' : 'Điền một lần cả ba ô: 100 %, 0 %, 0 %.'}
        </span>
      </p>
    </section>
  );
}
