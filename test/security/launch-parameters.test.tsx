// Launch parameters are allow-listed: only a Genesys Cloud deployment the SDKs
// know and exactly its https://apps.<domain> origin. Lookalikes are refused by
// name, and a refused launch posts nothing to the framing page and requests nothing.
import { screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { generateOrg } from '@/emulator/generate-org';
import { LaunchError, readLaunchContext } from '@/genesys/launch-context';
import { bootAt } from '../support/boot-app';
import { startEmulator } from '../support/emulator-server';
import { genesysHost } from './genesys-session';

const at = (query: string) => readLaunchContext(`https://app.example.com/directory?${query}`);
const origin = (value: string) => `gcTargetEnv=prod&gcHostOrigin=${encodeURIComponent(value)}`;

function refusedParameter(query: string): string {
  try {
    at(query);
  } catch (error: unknown) {
    if (error instanceof LaunchError) return error.parameter;
    throw error;
  }
  throw new Error(`expected ${query} to be refused`);
}

const HOSTILE_ORIGINS = [
  'https://apps.mypurecloud.com@evil.example.com',
  'https://apps.mypurecloud.com.evil.example.com',
  'https://evil.example.com/https://apps.mypurecloud.com',
  'https://evil.example.com/?https://apps.mypurecloud.com',
  'https://apps.mypurecloud.com:8443',
  'http://apps.mypurecloud.com',
  'wss://apps.mypurecloud.com',
  'javascript:alert(document.domain)//https://apps.mypurecloud.com',
  'https://apps.mypurecloud.ie',
  'https://login.mypurecloud.com',
  '*',
  'null',
];

test.each(HOSTILE_ORIGINS)('gcHostOrigin %s is refused', (value) => {
  expect(refusedParameter(origin(value))).toBe('gcHostOrigin');
});

test('the host origin is used as the exact origin, whatever path or case it came with', () => {
  expect(at(origin('https://APPS.mypurecloud.com/some/path?x=1'))).toMatchObject({ hostOrigin: 'https://apps.mypurecloud.com' });
});

test('a repeated parameter cannot smuggle a second origin in: only the first is read, and it is checked', () => {
  expect(refusedParameter(`${origin('https://evil.example.com')}&gcHostOrigin=${encodeURIComponent('https://apps.mypurecloud.com')}`)).toBe(
    'gcHostOrigin',
  );
  expect(at(`${origin('https://apps.mypurecloud.com')}&gcHostOrigin=${encodeURIComponent('https://evil.example.com')}`)).toMatchObject({
    hostOrigin: 'https://apps.mypurecloud.com',
  });
});

test.each([
  ['pcEnvironment=mypurecloud.com.evil.example.com', 'pcEnvironment'],
  ['pcEnvironment=mypurecloud.com%2Fevil', 'pcEnvironment'],
  ['pcEnvironment=evil.example.com%23mypurecloud.com', 'pcEnvironment'],
  ['pcEnvironment=mypurecloud.com&gcLangTag=en%22%3E%3Cscript%3E', 'gcLangTag'],
  ['pcEnvironment=mypurecloud.com&gcConversationId=..%2F..%2Fusers%2Fme', 'gcConversationId'],
  ['demoOrg=javascript:alert(1)', 'demoOrg'],
  ['demoOrg=%2F%2Fevil.example.net%2Forg.json', 'demoOrg'],
  ['demoOrg=data:application%2Fjson,%7B%7D', 'demoOrg'],
  ['demoOrg=https:%2F%2Fapp.example.com.evil.example.net%2Forg.json', 'demoOrg'],
])('%s is refused by name', (query, parameter) => {
  expect(refusedParameter(query)).toBe(parameter);
});

test.each(HOSTILE_ORIGINS.slice(0, 4))(
  'framed with gcHostOrigin %s, the app posts nothing to the framing page and requests nothing',
  async (value) => {
    const { emulator } = startEmulator({ org: generateOrg({ size: 10, seed: 1 }) });
    const { posted } = genesysHost();
    const { navigations } = await bootAt(`/directory?${origin(value)}`, { framed: true });
    expect(screen.getByRole('alert')).toHaveTextContent('gcHostOrigin');
    expect(posted).toEqual([]);
    expect(navigations).toEqual([]);
    expect(emulator.requestLog).toEqual([]);
  },
);
