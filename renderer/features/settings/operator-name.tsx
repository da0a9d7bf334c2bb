// "Người sử dụng máy": the name the audit log gives to changes made on this computer (for example
// "Nguyễn Văn A — Văn phòng Đảng ủy"). Set in Cài đặt; and asked once, in the dialog itself, the first time
// someone makes an audited change (hoàn tất, mở lại hội nghị) while it is still empty. Layer: renderer.
import { useState } from 'react';
import { OPERATOR_NAME_MAX } from '../../../shared/domain/app-info';
import { useApp, useStores } from '../../state/stores';
import { TextField } from '../../ui/fields';

export const OPERATOR_LABEL = 'Người sử dụng máy';
export const OPERATOR_EXAMPLE = 'Ví dụ: Nguyễn Văn A — Văn phòng Đảng ủy.';

/**
 * The question asked in an audited dialog while no operator name is stored: a field (empty), and `commit`,
 * which stores what was typed before the action runs. Returns an error message, or null when it is fine
 * (nothing typed is fine too: the log then names the office).
 */
export function useOperatorQuestion() {
  const { app } = useStores();
  const stored = useApp((s) => s.operatorName);
  // Asked only while the setting is empty when the dialog opens, so the field does not vanish while typing.
  const [ask] = useState(() => stored === null);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  async function commit(): Promise<boolean> {
    if (!ask || name.trim() === '') return true;
    const result = await app.getState().setOperatorName(name);
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    return true;
  }
  const field = ask ? (
    <div className="operator-ask">
      <TextField
        id="operator-name-ask"
        label="Đồng chí đang dùng máy là ai? (họ tên, đơn vị)"
        hint={`${OPERATOR_EXAMPLE} Tên được ghi vào nhật ký thay đổi cùng việc này và các việc sau; phần mềm chỉ hỏi một lần, sửa được ở trang “Cài đặt”. Để trống thì ghi “Văn phòng Đảng ủy”.`}
        value={name}
        onChange={(v) => {
          setName(v);
          setError(undefined);
        }}
        error={error}
        maxLength={OPERATOR_NAME_MAX}
      />
    </div>
  ) : null;
  return { field, commit };
}
