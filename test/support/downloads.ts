import { afterEach, vi } from 'vitest';

afterEach(() => {
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

/** Catches what the page hands the browser to download (jsdom cannot save files). */
export function catchDownloads() {
  const blobs: Blob[] = [];
  const names: string[] = [];
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      blobs.push(blob);
      return `blob:test/${blobs.length}`;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  /** The text of the last download, without the byte order mark Excel needs. */
  const lastText = async () => (await (blobs.at(-1) ?? new Blob([])).text()).replace(/^\uFEFF/, '');
  /** Waits for the `count`th download: an export may load its code on the click first. */
  const saved = (count = 1) =>
    vi.waitFor(() => {
      if (names.length < count) throw new Error(`${names.length} of ${count} downloads so far`);
    });
  return { blobs, names, lastText, saved };
}
