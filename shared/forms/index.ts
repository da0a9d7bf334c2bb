// Printable forms, part 1: blank review forms, the member register (Mẫu 7-HSĐV), the member
// confirmation sheet, ballots, and Mẫu 04. Layer: shared.
export * from './types';
export * from './registry';
export * from './issuer';
export * from './blank-review';
export * from './member-register';
export * from './member-sheet';
export * from './ballots';
export * from './dossier-list';
export * from './jobs';
