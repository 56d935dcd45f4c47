// The phone number library (30 kB gzip) waits for the first badge: a list's first rows show numbers as stored,
// and the library loads once the first presence is drawn (or after a fallback wait in views without badges).
import { render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';

/** The formatter and the first-content signal as a fresh page has them (the test setup preloads the formatter). */
async function freshModules() {
  vi.resetModules();
  const phone = await import('@/ui/phone-format');
  const first = await import('@/ui/first-content');
  return { ...phone, ...first };
}

test('numbers show as stored until the first badge is drawn, then formatted', async () => {
  const { PhoneNumber, loadedPhoneFormatter, markFirstContent } = await freshModules();
  render(<PhoneNumber value="+441314331890" />);
  expect(screen.getByText('+441314331890')).toBeInTheDocument();
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(loadedPhoneFormatter(), 'the library before the first badge').toBeUndefined();
  expect(screen.getByText('+441314331890')).toBeInTheDocument();

  markFirstContent();
  expect(await screen.findByText('+44 131 433 1890', {}, { timeout: 3000 })).toBeInTheDocument();
});

test('in a view without badges the numbers are formatted after the fallback wait', async () => {
  const { PhoneNumber, FIRST_CONTENT_FALLBACK_MS } = await freshModules();
  const started = Date.now();
  render(<PhoneNumber value="+12149878237" />);
  expect(await screen.findByText('+1 214 987 8237', {}, { timeout: FIRST_CONTENT_FALLBACK_MS + 3000 })).toBeInTheDocument();
  expect(Date.now() - started).toBeGreaterThanOrEqual(FIRST_CONTENT_FALLBACK_MS - 50);
});
