// The commune (Đảng bộ xã/phường/đặc khu) that owns this installation: its names as printed on
// documents and the level above it (Tỉnh ủy since 01/7/2025). Layer: shared.
import { z } from 'zod';
import { requiredLine } from './fields';

export const communeSetupSchema = z.object({
  name: requiredLine('Tên đảng bộ xã'),
  province: requiredLine('Tỉnh, thành phố'),
  upperLevelName: requiredLine('Tên cấp trên'),
  placeName: requiredLine('Địa danh ghi trên văn bản', 80),
});
export type CommuneSetup = z.infer<typeof communeSetupSchema>;

export interface Commune extends CommuneSetup {
  id: string;
  createdAt: string;
  updatedAt: string;
}
