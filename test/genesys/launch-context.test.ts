import { expect, test } from 'vitest';
import { LaunchError, readLaunchContext } from '@/genesys/launch-context';

const at = (query: string) => readLaunchContext(`https://app.example.com/directory${query}`);

function launchErrorOf(query: string): LaunchError {
  try {
    at(query);
  } catch (error: unknown) {
    if (error instanceof LaunchError) return error;
    throw error;
  }
  throw new Error(`expected ${query} to be refused`);
}

test('without Genesys parameters the app runs the demo with the documented defaults', () => {
  expect(at('')).toEqual({ mode: 'demo', people: 'tagged', persona: 'agent', size: 2000, seed: 1 });
});

test('demo parameters choose persona, size, seed, org file and faults', () => {
  expect(at('?demo=no-badges&demoSize=50000&demoSeed=-7&demoOrg=/orgs/acme.json&demoFaults=storm')).toEqual({
    mode: 'demo',
    people: 'tagged',
    persona: 'no-badges',
    size: 50000,
    seed: -7,
    orgUrl: 'https://app.example.com/orgs/acme.json',
    faults: 'storm',
  });
});

test.each([
  ['?demo=ceo', 'demo', 'ceo'],
  ['?demoSize=50001', 'demoSize', '50001'],
  ['?demoSize=lots', 'demoSize', 'lots'],
  ['?demoSeed=1.5', 'demoSeed', '1.5'],
  ['?demoOrg=https://evil.example.net/org.json', 'demoOrg', 'https://evil.example.net/org.json'],
])('a bad demo parameter (%s) is refused by name', (query, parameter, value) => {
  const error = launchErrorOf(query);
  expect(error.parameter).toBe(parameter);
  expect(error.value).toBe(value);
});

test('Genesys parameters select the region, host origin, language and conversation', () => {
  expect(
    at(
      '?gcTargetEnv=prod-euw1&gcHostOrigin=https%3A%2F%2Fapps.mypurecloud.ie&gcLangTag=fr-ca&gcConversationId=0f6c2b9e-8c44-4a7e-9d0f-3f1a2b3c4d5e&gcUsePopupAuth=true',
    ),
  ).toEqual({
    mode: 'genesys',
    people: 'tagged',
    environment: 'mypurecloud.ie',
    targetEnv: 'prod-euw1',
    hostOrigin: 'https://apps.mypurecloud.ie',
    language: 'fr-ca',
    conversationId: '0f6c2b9e-8c44-4a7e-9d0f-3f1a2b3c4d5e',
    usePopupAuth: true,
  });
});

test('legacy pcEnvironment and pcConversationId are understood', () => {
  expect(at('?pcEnvironment=usw2.pure.cloud&pcLangTag=de')).toEqual({
    mode: 'genesys',
    people: 'tagged',
    environment: 'usw2.pure.cloud',
    language: 'de',
    usePopupAuth: false,
  });
});

test.each([
  ['?gcTargetEnv=evil&gcHostOrigin=https%3A%2F%2Fapps.mypurecloud.ie', 'gcTargetEnv'],
  ['?gcTargetEnv=mypurecloud.ie&gcHostOrigin=https%3A%2F%2Fapps.mypurecloud.ie', 'gcTargetEnv'],
  ['?gcTargetEnv=prod-euw1&gcHostOrigin=https%3A%2F%2Fevil.example.com', 'gcHostOrigin'],
  ['?gcTargetEnv=prod-euw1&gcHostOrigin=https%3A%2F%2Fapps.mypurecloud.com', 'gcHostOrigin'],
  ['?gcTargetEnv=prod-euw1&gcHostOrigin=http%3A%2F%2Fapps.mypurecloud.ie', 'gcHostOrigin'],
  ['?gcHostOrigin=https%3A%2F%2Fapps.mypurecloud.ie', 'gcTargetEnv'],
  ['?gcTargetEnv=prod-euw1', 'gcHostOrigin'],
  ['?pcEnvironment=evil.example.com', 'pcEnvironment'],
  ['?pcEnvironment=mypurecloud.ie&gcConversationId=%3Cscript%3E', 'gcConversationId'],
])('an unknown region or host (%s) is refused by name', (query, parameter) => {
  expect(launchErrorOf(query).parameter).toBe(parameter);
});

test.each([
  ['?demoSize=lots', { code: 'notNumber', params: {} }, 'demoSize=lots: not a number'],
  ['?demoSize=50001', { code: 'atMost', params: { max: 50_000 } }, 'demoSize=50001: at most 50,000'],
  ['?demoSize=0', { code: 'atLeast', params: { min: 1 } }, 'demoSize=0: at least 1'],
  [
    '?demo=ceo',
    { code: 'notOneOf', params: { choices: 'agent, supervisor, admin, no-badges, no-uc-view' } },
    'demo=ceo: not one of agent, supervisor, admin, no-badges, no-uc-view',
  ],
  ['?gcTargetEnv=prod-euw1', { code: 'requiredWith', params: { other: 'gcTargetEnv' } }, 'gcHostOrigin=: is required with gcTargetEnv'],
  [
    '?gcTargetEnv=prod-euw1&gcHostOrigin=https%3A%2F%2Fapps.mypurecloud.com',
    { code: 'notAppOrigin', params: { targetEnv: 'prod-euw1' } },
    'gcHostOrigin=https://apps.mypurecloud.com: not the Genesys Cloud app origin of prod-euw1',
  ],
  [
    '?demoOrg=https://evil.example.net/org.json',
    { code: 'notThisSite', params: { origin: 'https://app.example.com' } },
    'demoOrg=https://evil.example.net/org.json: must be on this site (https://app.example.com)',
  ],
])('the reason for refusing %s is a code with values (for any language) and English for logs', (query, reason, message) => {
  const error = launchErrorOf(query);
  expect(error.reason).toEqual(reason);
  expect(error.message).toBe(message);
});

test('people chooses who counts as an 8×8 person, in Genesys Cloud and in demo mode; anything else is refused by name', () => {
  expect(at('?gcTargetEnv=prod-euw1&gcHostOrigin=https://apps.mypurecloud.ie&people=otherPhone')).toMatchObject({
    mode: 'genesys',
    people: 'otherPhone',
  });
  expect(at('?pcEnvironment=mypurecloud.ie')).toMatchObject({ mode: 'genesys', people: 'tagged' });
  expect(at('?people=otherPhone&demoVariants=numberTag:none')).toMatchObject({
    mode: 'demo',
    people: 'otherPhone',
    variants: 'numberTag:none',
  });
  const error = launchErrorOf('?people=everyone');
  expect(error.parameter).toBe('people');
  expect(error.message).toContain('tagged, otherPhone');
});

test("uc names the integration a client app serves, in Genesys Cloud and in demo mode; demoUc lists the demo org's", () => {
  expect(at('?gcTargetEnv=prod-euw1&gcHostOrigin=https://apps.mypurecloud.ie&uc=teams')).toMatchObject({ mode: 'genesys', uc: 'teams' });
  expect(at('?uc=zoom&demoUc=8x8,zoom,8x8')).toMatchObject({ mode: 'demo', uc: 'zoom', ucIntegrations: ['8x8', 'zoom'] });
  expect(at('?demoUc=ringcentral')).toMatchObject({ ucIntegrations: ['ringcentral'] });
  expect(at('')).not.toHaveProperty('uc');
  expect(launchErrorOf('?uc=skype').message).toContain('not one of 8x8, teams, zoom, ringcentral');
  expect(launchErrorOf('?demoUc=8x8,skype').parameter).toBe('demoUc');
});

test('a bookmarked demo link with the old persona name no-8x8 opens the persona that lacks the integration view permission', () => {
  expect(at('?demo=no-8x8')).toMatchObject({ persona: 'no-uc-view' });
});
