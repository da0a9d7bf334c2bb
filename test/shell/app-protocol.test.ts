// The app:// scheme policies: file resolution without traversal, navigation and network filters.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPreviewRequest, isAllowedRequestUrl, isAppUrl, resolveAppRequest } from '../../electron/main/app-scheme';

const root = path.resolve('/srv/app/dist/renderer');

describe('resolveAppRequest', () => {
  it('maps app://kiemdiem paths into dist/renderer', () => {
    expect(resolveAppRequest('app://kiemdiem/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppRequest('app://kiemdiem/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppRequest('app://kiemdiem/assets/tinos-400.woff2?v=1', root)).toBe(path.join(root, 'assets', 'tinos-400.woff2'));
    expect(resolveAppRequest('app://kiemdiem/t%E1%BB%87p.css', root)).toBe(path.join(root, 'tệp.css'));
  });

  it('refuses traversal, other hosts and odd paths', () => {
    for (const url of [
      'app://kiemdiem/../package.json',
      'app://kiemdiem/%2e%2e/package.json',
      'app://kiemdiem/assets/%2E%2E/%2E%2E/package.json',
      'app://kiemdiem/..%2fpackage.json',
      'app://kiemdiem/..%5cpackage.json',
      'app://kiemdiem/%00index.html',
      'app://kiemdiem/.env',
      'app://kiemdiem/C:%5cWindows%5cwin.ini',
      'app://other/index.html',
      'file:///etc/passwd',
    ]) {
      expect(resolveAppRequest(url, root), url).toBeNull();
    }
  });
});

describe('appPreviewRequest', () => {
  const id = '0123456789abcdef0123456789abcdef';
  it('recognises app://kiemdiem/preview/<id> and never maps it to a file', () => {
    expect(appPreviewRequest(`app://kiemdiem/preview/${id}`)).toEqual({ id });
    expect(appPreviewRequest(`app://kiemdiem/preview/${id}?x=1`)).toEqual({ id });
    expect(resolveAppRequest(`app://kiemdiem/preview/${id}`, root)).toBeNull();
  });

  it('a malformed id is a preview request without an id (→ 404), other paths are files', () => {
    for (const url of ['app://kiemdiem/preview/', 'app://kiemdiem/preview', 'app://kiemdiem/preview/../index.html', `app://kiemdiem/preview/${id.toUpperCase()}`]) {
      expect(appPreviewRequest(url), url).toEqual({ id: null });
    }
    expect(appPreviewRequest('app://kiemdiem/index.html')).toBeNull();
    expect(appPreviewRequest(`app://other/preview/${id}`)).toBeNull();
    expect(appPreviewRequest(`http://127.0.0.1:1/preview/${id}`)).toBeNull();
  });
});

describe('URL policies', () => {
  it('recognises only our origin', () => {
    expect(isAppUrl('app://kiemdiem/index.html')).toBe(true);
    expect(isAppUrl('app://kiemdiem.example/index.html')).toBe(false);
    expect(isAppUrl('http://kiemdiem/')).toBe(false);
  });

  it('lets no request reach the network', () => {
    expect(isAllowedRequestUrl('app://kiemdiem/app.js')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('https://fonts.googleapis.com/css')).toBe(false);
    expect(isAllowedRequestUrl('http://127.0.0.1:8080/')).toBe(false);
    expect(isAllowedRequestUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedRequestUrl('ws://localhost:1/')).toBe(false);
  });
});
