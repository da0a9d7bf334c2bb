// App facts and the installation settings: large type, and "người sử dụng máy" (the name written to the
// audit log when a change names nobody). Layer: electron/core.
import { dirname } from 'node:path';
import type { AppInfo, UiSettings, UiSettingsPatch } from '../../../shared/domain/app-info';
import type { Executor } from '../../../db/repos/executor';
import { getOwnCommune } from '../../../db/repos/communes';
import { deleteSetting, getSetting, setSetting } from '../../../db/repos/settings';
import { stamp, type ServiceContext } from './context';

const LARGE_TYPE = 'ui.largeType';
const OPERATOR_NAME = 'audit.operatorName';

/** The name of the person using this computer, or null when nobody entered it. Pass `db` inside a transaction. */
export async function getOperatorName(ctx: ServiceContext, db: Executor = ctx.db.kysely): Promise<string | null> {
  return getSetting(db, OPERATOR_NAME);
}

export async function getUiSettings(ctx: ServiceContext): Promise<UiSettings> {
  return { largeType: (await getSetting(ctx.db.kysely, LARGE_TYPE)) === 'true', operatorName: await getOperatorName(ctx) };
}

export async function updateUiSettings(ctx: ServiceContext, patch: UiSettingsPatch): Promise<UiSettings> {
  const db = ctx.db.kysely;
  if (patch.largeType !== undefined) await setSetting(db, LARGE_TYPE, String(patch.largeType), stamp(ctx));
  if (patch.operatorName !== undefined) {
    if (patch.operatorName === null) await deleteSetting(db, OPERATOR_NAME);
    else await setSetting(db, OPERATOR_NAME, patch.operatorName, stamp(ctx));
  }
  return getUiSettings(ctx);
}

export async function getAppInfo(ctx: ServiceContext): Promise<AppInfo> {
  return {
    version: ctx.version,
    dataDir: dirname(ctx.db.path),
    dbPath: ctx.db.path,
    hasCommune: (await getOwnCommune(ctx.db.kysely)) !== null,
    settings: await getUiSettings(ctx),
    shell: ctx.shell,
  };
}
