import { chromium } from 'playwright-core';
const [,, src, out, y = '0', h = '1000'] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--allow-file-access-from-files'] });
const p = await b.newPage({ viewport: { width: 1366, height: Number(h) } });
await p.goto('file:///tmp/');
await p.setContent(`<body style="margin:0"><img src="file://${src}" style="display:block"></body>`);
await p.waitForTimeout(300);
await p.screenshot({ path: out, clip: { x: 0, y: Number(y), width: 1366, height: Number(h) }, fullPage: true });
await b.close();
