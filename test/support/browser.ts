// Test support: Debian's Chromium driven by playwright-core. Browser tests fail (not skip) when
// CI=true and Chromium is missing; on a developer machine without it they are skipped. Layer: test.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether browser tests run here; throws under CI when Chromium is missing. */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  if (process.env.CI === 'true') throw new Error(`Chromium không có ở ${chromiumPath}; .ci/run phải cài gói chromium.`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // Date inputs follow the browser's language: Vietnamese gives dd/mm/yyyy, as users expect.
    env: { ...process.env, LANG: 'vi_VN.UTF-8', LANGUAGE: 'vi' },
    args: ['--lang=vi-VN', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
