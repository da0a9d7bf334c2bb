// Printable forms. Part 1: blank review forms, the member register (Mẫu 7-HSĐV), the member
// confirmation sheet, ballots, and Mẫu 04. Part 2: Mẫu 01 and 02 filled from the meeting, the biên bản,
// the giấy mời, Mẫu 03, the quyết định công nhận, the Đảng ủy's report and statistics. Layer: shared.
export * from './types';
export * from './registry';
export * from './issuer';
export * from './blank-review';
export * from './member-register';
export * from './member-sheet';
export * from './ballots';
export * from './dossier-list';
export * from './jobs';
export * from './review-where';
export * from './review-filled';
export * from './minutes-form';
export * from './invitation';
export * from './decisions';
export * from './year-report';
