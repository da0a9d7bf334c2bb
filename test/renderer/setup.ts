// Setup of the jsdom test project: unmount after each test, and the few browser functions jsdom
// lacks that the UI calls (scrolling). Layer: test.
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// jsdom has no layout: scrolling is a no-op there, but the list calls it when moving with the keys.
if (typeof Element !== 'undefined' && !Element.prototype.scrollTo) {
  Element.prototype.scrollTo = function scrollTo() {};
}
if (typeof window !== 'undefined') {
  window.scrollTo = () => {};
}

afterEach(() => {
  cleanup();
});
