// Errors of the database layer that the user must understand (Vietnamese messages). Layer: db.

export class DatabaseTooNewError extends Error {
  readonly code = 'db-too-new';
  constructor(readonly fileVersion: number, readonly appVersion: number) {
    super(
      `Tệp dữ liệu được tạo bởi phiên bản KiemDiem mới hơn (lược đồ ${fileVersion}, phiên bản này hiểu đến ${appVersion}). ` +
        'Hãy cài phiên bản mới hơn của ứng dụng; tệp dữ liệu không bị thay đổi.',
    );
    this.name = 'DatabaseTooNewError';
  }
}

export class MigrationFailedError extends Error {
  readonly code = 'migration-failed';
  constructor(readonly version: number, readonly stepName: string, cause: unknown, readonly backupPath: string | null) {
    super(
      `Không nâng cấp được dữ liệu (bước ${version} "${stepName}"). Dữ liệu vẫn ở phiên bản cũ` +
        (backupPath ? `; bản sao lưu trước khi nâng cấp: ${backupPath}` : '') +
        '.',
      { cause },
    );
    this.name = 'MigrationFailedError';
  }
}

export class NotADatabaseError extends Error {
  readonly code = 'not-a-database';
  constructor(path: string, cause: unknown) {
    super(`Tệp "${path}" không phải tệp dữ liệu KiemDiem hợp lệ hoặc đã bị hỏng.`, { cause });
    this.name = 'NotADatabaseError';
  }
}
