// The fictional demo commune and its surroundings: names of the commune, its villages (thôn), the
// former communes merged into it in 2025, hometowns outside it with the CCCD province code of each,
// religions, and the places members move to. Invented but plausible for Phú Thọ. Layer: electron/core.

export const DEMO_COMMUNE = {
  name: 'Đảng bộ xã Xuân Hòa',
  province: 'Tỉnh Phú Thọ',
  upperLevelName: 'Ban Thường vụ Tỉnh ủy Phú Thọ',
  placeName: 'Xuân Hòa',
  /** Used in addresses: "…, xã Xuân Hòa, tỉnh Phú Thọ". */
  addressTail: 'xã Xuân Hòa, tỉnh Phú Thọ',
  /** CCCD province code of people born in Phú Thọ. */
  provinceCode: '025',
} as const;

/** Communes merged into Xuân Hòa on 01/7/2025; their schools keep the old names. */
export const FORMER_COMMUNES = ['Thanh Hà', 'Phú Lộc', 'Xuân Hòa'] as const;

/** Village (thôn) names, in a typical midland style. The first ones are used first. */
export const VILLAGE_NAMES: readonly string[] = [
  'Đồng Xuân', 'Đồng Tâm', 'Tân Lập', 'Minh Tiến', 'Hạ Bằng', 'Thượng Bằng', 'Đồng Chanh', 'Gò Mít', 'Xóm Mới',
  'Phú Lợi', 'Liên Phương', 'Tân Thành', 'Cầu Trắng', 'Đá Mài', 'Bãi Đá', 'Khe Tâm', 'Đồng Giàu', 'Gò Dạ',
  'Chằm Mè', 'Đồng Lão', 'Làng Mỏ', 'Ao Giời', 'Đồng Bông', 'Xuân Thịnh', 'Xuân Thành', 'Tiên Phú', 'Phú Thịnh',
  'Cây Xy', 'Đồng Quyền', 'Đồng Phai', 'Đồng Cả', 'Gò Cao', 'Dộc Đình', 'Đồng Măng', 'Khuân Thống', 'Bãi Lạng',
  'Làng Chùa', 'Đồng Chè', 'Rừng Lim', 'Đồng Mít', 'Cửa Khâu', 'Đồng Sấu', 'Thọ Khang', 'Phú Cường', 'Làng Thượng',
  'Làng Hạ', 'Đồng Dâu', 'Suối Hai', 'Khe Sâu', 'Gò Chè', 'Hưng Thịnh', 'Tân Tiến', 'Tân Phong', 'Quyết Tiến',
  'Quyết Thắng', 'Thống Nhất', 'Đoàn Kết', 'Hợp Thành', 'Minh Khai', 'Chiến Thắng', 'Thành Công', 'Liên Hiệp',
];

/** The village merged into another one; its chi bộ is kept, closed, for history. */
export const MERGED_VILLAGE = 'Đồng Lạc';

export function villageAddress(village: string): string {
  return `Thôn ${village}, ${DEMO_COMMUNE.addressTail}`;
}

export function residentialAddress(groupNo: number): string {
  return `Tổ dân phố số ${groupNo}, ${DEMO_COMMUNE.addressTail}`;
}

/** Hometowns outside the commune, with the CCCD province code of the old province. */
export const OUTSIDE_HOMETOWNS: readonly (readonly [string, string])[] = [
  ['Xã Tam Hồng, huyện Yên Lạc, tỉnh Vĩnh Phúc', '026'],
  ['Xã Hải Anh, huyện Hải Hậu, tỉnh Nam Định', '036'],
  ['Xã Minh Tân, huyện Hưng Hà, tỉnh Thái Bình', '034'],
  ['Xã Cao Sơn, huyện Đà Bắc, tỉnh Hòa Bình', '017'],
  ['Xã Văn Lang, huyện Hạ Hòa, tỉnh Phú Thọ', '025'],
  ['Xã Sơn Vi, huyện Lâm Thao, tỉnh Phú Thọ', '025'],
  ['Xã Quảng Châu, huyện Quảng Xương, tỉnh Thanh Hóa', '038'],
  ['Xã Nghi Phong, huyện Nghi Lộc, tỉnh Nghệ An', '040'],
  ['Xã Đại Đồng, huyện Thạch Thất, thành phố Hà Nội', '001'],
  ['Xã Minh Quân, huyện Trấn Yên, tỉnh Yên Bái', '015'],
];

export const RELIGIONS: readonly (readonly [string, number])[] = [
  ['Không', 90],
  ['Phật giáo', 6.5],
  ['Công giáo', 3.5],
];

/** Where members attend temporarily (sinh hoạt tạm thời) while working away. */
export const TEMPORARY_PLACES: readonly (readonly [string, string])[] = [
  ['Chi bộ Công ty TNHH Điện tử Minh Phát (KCN Quế Võ, tỉnh Bắc Ninh)', 'Đi làm việc tại doanh nghiệp ngoài tỉnh'],
  ['Chi bộ Công ty Cổ phần Xây dựng Sông Đà 9 (tỉnh Lào Cai)', 'Đi làm việc theo công trình'],
  ['Chi bộ Khu dân cư số 5, phường Việt Trì, tỉnh Phú Thọ', 'Ở cùng con tại phường Việt Trì'],
  ['Chi bộ Công ty TNHH May Hưng Long (KCN Thụy Vân, tỉnh Phú Thọ)', 'Đi làm việc tại khu công nghiệp'],
  ['Chi bộ Tổ dân phố số 12, phường Hà Đông, thành phố Hà Nội', 'Đi học tập, bồi dưỡng dài hạn'],
];

/** Destinations of members who transferred out (chuyển sinh hoạt đảng chính thức). */
export const TRANSFER_DESTINATIONS: readonly string[] = [
  'Đảng bộ phường Việt Trì, tỉnh Phú Thọ',
  'Đảng bộ phường Vĩnh Yên, tỉnh Phú Thọ',
  'Đảng bộ phường Hà Đông, thành phố Hà Nội',
  'Đảng bộ xã Thanh Ba, tỉnh Phú Thọ',
  'Đảng bộ phường Yên Bái, tỉnh Lào Cai',
];
