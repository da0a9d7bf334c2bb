// The app version shown to users and written into files. Layer: electron/core.
import pkg from '../../package.json' with { type: 'json' };

export const APP_VERSION: string = pkg.version;
