import type { MessageKey } from '@/i18n/catalog-types';
import type { MessageParams } from '@/i18n/format-message';
import { englishTranslator } from '@/i18n/translator';

/**
 * A failure the person reads: a catalog key and its values, shown in their language
 * (`t(error.messageKey, error.messageParams)`); `message` is the English, for logs.
 */
export class UserFacingError extends Error {
  constructor(
    readonly messageKey: MessageKey,
    readonly messageParams: MessageParams = {},
  ) {
    super(englishTranslator.t(messageKey, messageParams));
    this.name = 'UserFacingError';
  }
}
