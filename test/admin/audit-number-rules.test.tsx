// The audit's number rules (libphonenumber) are not part of the admin view's JavaScript: they load with the phone
// formatter. An audit that settles before they are there says it is checking the numbers; if they do not load,
// it says so and Try again brings the findings. Fresh modules: the test setup preloads the formatter.
import { screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';

test('when the phone number rules do not load, the audit says so and Try again shows the findings', async () => {
  vi.resetModules();
  let refuse = true;
  vi.doMock('@/ui/phone-format-library', async (importOriginal) => {
    if (refuse) throw new TypeError('Failed to fetch dynamically imported module');
    return importOriginal();
  });
  const { renderApp } = await import('../support/render-app');
  const { preloadViews } = await import('@/app/view-pages');
  const { defectOrg, findingPairs } = await import('./admin-org');
  await preloadViews();

  const { user } = renderApp({ org: defectOrg(), persona: 'admin', path: '/admin' });
  await user.click(await screen.findByRole('button', { name: 'Run audit' }, { timeout: 10_000 }));
  const failed = await screen.findByRole('alert', { name: 'The phone number rules did not load' }, { timeout: 10_000 });
  expect(failed).toHaveTextContent('Check the network connection and try again');
  expect(screen.queryByRole('region', { name: 'Findings' })).not.toBeInTheDocument();

  refuse = false;
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  await screen.findByRole('heading', { name: '9 findings over 31 users' }, { timeout: 10_000 });
  expect(findingPairs()).toContainEqual(['Mal Formed', '8×8 number is not valid E.164']);
  expect(screen.queryByRole('alert', { name: 'The phone number rules did not load' })).not.toBeInTheDocument();
  vi.doUnmock('@/ui/phone-format-library');
});
