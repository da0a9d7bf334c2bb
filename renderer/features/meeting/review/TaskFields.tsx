// Task figures (kết quả thực hiện nhiệm vụ trong năm): share of tasks done, late and exceeded, in percent
// of all tasks assigned. Layer: renderer.
import type { SubjectRef, TaskEntry } from '../../../../shared/meeting/types';
import { subjectKey } from '../../../state/meeting-store';
import { AutoNumber } from '../AutoFields';
import { useSavers } from '../use-savers';

const FIELDS: { key: keyof TaskEntry; label: string; hint: string }[] = [
  { key: 'donePct', label: 'Tỷ lệ nhiệm vụ hoàn thành', hint: 'Hoàn thành hết: 100.' },
  { key: 'latePct', label: 'Tỷ lệ nhiệm vụ chậm tiến độ', hint: 'Không có việc nào chậm: 0.' },
  { key: 'exceededPct', label: 'Tỷ lệ nhiệm vụ vượt mức', hint: 'Từ 30 trở lên mới đủ điều kiện “Hoàn thành xuất sắc”.' },
];

export function TaskFields({ subject, tasks }: { subject: SubjectRef; tasks: TaskEntry }) {
  const save = useSavers();
  const sk = subjectKey(subject);
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
    </section>
  );
}
