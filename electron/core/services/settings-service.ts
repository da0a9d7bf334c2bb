// App facts and interface settings (large type). Layer: electron/core.
import { dirname } from 'node:path';
import type { AppInfo, UiSettings } from '../../../shared/domain/app-info';
import { getOwnCommune } from '../../../db/repos/communes';
import { getSetting, setSetting } from '../../../db/repos/settings';
import { stamp, type ServiceContext } from './context';

const LARGE_TYPE = 'ui.largeType';

export async function getUiSettings(ctx: ServiceContext): Promise<UiSettings> {
  return { largeType: (await getSetting(ctx.db.kysely, LARGE_TYPE)) === 'true' };
}

export async function updateUiSettings(ctx: ServiceContext, patch: { largeType?: boolean }): Promise<UiSettings> {
  if (patch.largeType !== undefined) await setSetting(ctx.db.kysely, LARGE_TYPE, String(patch.largeType), stamp(ctx));
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
