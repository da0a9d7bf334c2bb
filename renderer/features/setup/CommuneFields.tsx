// The four commune fields, shared by the first-run set-up and Cài đặt. Layer: renderer.
import { TextField } from '../../ui/fields';
import type { FieldErrors } from '../../ui/form-errors';
import { communeLabels, type CommuneFormValues } from './commune-form';

interface Props {
  values: CommuneFormValues;
  errors: FieldErrors;
  onChange(field: keyof CommuneFormValues, value: string): void;
  idPrefix: string;
  autoFocus?: boolean;
}

export function CommuneFields({ values, errors, onChange, idPrefix, autoFocus }: Props) {
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        label={communeLabels.name}
        required
        value={values.name}
        onChange={(v) => onChange('name', v)}
        error={errors.name}
        placeholder="Ví dụ: Đảng bộ xã Xuân Hòa"
        autoFocus={autoFocus}
      />
      <TextField
        id={`${idPrefix}-province`}
        label={communeLabels.province}
        required
        value={values.province}
        onChange={(v) => onChange('province', v)}
        error={errors.province}
        placeholder="Ví dụ: Tỉnh Phú Thọ"
      />
      <TextField
        id={`${idPrefix}-upperLevelName`}
        label={communeLabels.upperLevelName}
        required
        value={values.upperLevelName}
        onChange={(v) => onChange('upperLevelName', v)}
        error={errors.upperLevelName}
        hint="Từ ngày 01/7/2025, cấp trên trực tiếp của đảng bộ xã là tỉnh ủy, thành ủy. Ví dụ: Ban Thường vụ Tỉnh ủy Phú Thọ."
      />
      <TextField
        id={`${idPrefix}-placeName`}
        label={communeLabels.placeName}
        required
        value={values.placeName}
        onChange={(v) => onChange('placeName', v)}
        error={errors.placeName}
        hint="Ghi trước ngày tháng ở đầu văn bản, ví dụ: “Xuân Hòa, ngày 05 tháng 12 năm 2026”."
      />
    </>
  );
}
