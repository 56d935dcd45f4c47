import { expect, test } from 'vitest';
import { DEFAULT_VARIANTS, parseVariants, VariantSyntaxError } from '@/emulator/variants';

test('demoVariants names each variant; later items win; default resets', () => {
  expect(
    parseVariants('presenceField:integrationPresence, numberTag:none, retryAfter:body, searchPages:short, searchPages:overlap'),
  ).toEqual({ presenceField: 'integrationPresence', numberTag: null, retryAfter: 'body', searchPages: 'overlap' });
  expect(
    parseVariants('consultEnd:transfer.consult,topics:noIntegrationPresence,presenceSource:unlisted,numberTag:EIGHT_BY_EIGHT'),
  ).toEqual({
    consultEnd: 'transfer.consult',
    topics: 'noIntegrationPresence',
    presenceSource: 'unlisted',
    numberTag: 'EIGHT_BY_EIGHT',
  });
  expect(parseVariants('searchPages:short,default')).toEqual(DEFAULT_VARIANTS);
});

test.each([
  ['presenceField:both', /presenceField" is one of presence, integrationPresence/],
  ['colour:blue', /unknown item "colour"/],
  ['searchPages', /name:value/],
  ['numberTag:<script>', /numberTag/],
])('a bad demoVariants item (%s) is refused with what is expected', (value, message) => {
  expect(() => parseVariants(value)).toThrow(VariantSyntaxError);
  expect(() => parseVariants(value)).toThrow(message);
});
