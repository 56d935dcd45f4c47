// "Copy report": JSON with counts and variants only. Whatever the org answers, no name,
// phone number, id or token of it reaches the clipboard.
import { screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import type { EmulatorVariants } from '@/emulator/variants';
import { presenceSourceIdOf } from '@/emulator/wire';
import { REPORT_FORMAT } from '@/features/check/check-report';
import { runCheck } from './check-org';

type Rendered = Awaited<ReturnType<typeof runCheck>>;

/** Every string of the org that identifies someone or something, and every token the session used. */
function secretsOf({ emulator, session }: Rendered): string[] {
  const { org } = emulator;
  const secrets = new Set<string>([org.id, org.name, session.auth.token()]);
  for (const user of org.users) {
    for (const value of [user.id, user.name, user.email, user.username, ...user.phones.map((phone) => phone.number)]) secrets.add(value);
    for (const word of user.name.split(/\s+/)) if (word.length >= 4) secrets.add(word);
  }
  for (const integration of org.ucIntegrations) {
    secrets.add(integration.id);
    secrets.add(presenceSourceIdOf(integration));
  }
  for (const channelId of emulator.state.channels.keys()) secrets.add(channelId);
  for (const division of org.divisions) secrets.add(division.id);
  return [...secrets].filter((secret) => secret.length >= 4);
}

async function copiedReport(rendered: Rendered): Promise<{ text: string; report: unknown }> {
  await rendered.user.click(screen.getByRole('button', { name: 'Copy report' }));
  expect(await screen.findByText('Report copied. It holds counts and variants only: no names, numbers or ids.')).toBeInTheDocument();
  const text = await navigator.clipboard.readText();
  return { text, report: JSON.parse(text) };
}

const VARIANTS: Partial<EmulatorVariants>[] = [
  {},
  {
    presenceField: 'integrationPresence',
    numberTag: null,
    topics: 'noIntegrationPresence',
    presenceSource: 'unlisted',
    listIcons: 'entryOnly',
  },
];

for (const variants of VARIANTS) {
  test(`the report holds counts and variants, and no name, number, id or token (${JSON.stringify(variants)})`, async () => {
    const rendered = await runCheck({ variants });
    const { text, report } = await copiedReport(rendered);
    const lower = text.toLowerCase();
    const leaked = secretsOf(rendered).filter((secret) => lower.includes(secret.toLowerCase()));
    expect(leaked).toEqual([]);
    // No phone number however it is written, and no GUID.
    expect(text).not.toMatch(/\d{6,}/);
    expect(text).not.toMatch(/\(\d{3}\)/);
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i);
    expect(report).toMatchObject({
      format: REPORT_FORMAT,
      requests: { budget: 15 },
      probes: {
        integration: { status: 'ok', badgeIcons: variants.listIcons ?? 'listed' },
        presenceField: { status: 'ok', variant: variants.presenceField ?? 'presence' },
        numberTags: { status: variants.numberTag === null ? 'warning' : 'ok' },
        topics: {
          variant: variants.topics === 'noIntegrationPresence' ? 'refused' : 'accepted',
          topic: 'v2.users.{id}.integrationpresence',
        },
        presenceSources: { variant: variants.presenceSource ?? 'listed' },
        scopes: { status: 'ok', variant: 'complete', missing: [] },
      },
    });
  });
}

test('where the frame may not use the clipboard, the report is shown to copy by hand', async () => {
  const rendered = await runCheck();
  vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
  await rendered.user.click(screen.getByRole('button', { name: 'Copy report' }));
  expect(await screen.findByText('The browser did not allow copying. Select the report below and copy it.')).toBeInTheDocument();
  const shown = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Report (JSON)' });
  expect(JSON.parse(shown.value)).toMatchObject({ format: REPORT_FORMAT });
});
