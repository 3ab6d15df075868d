/**
 * Hindi, which the extension does not ship (sellercentral.amazon.in's sign-in offers it): read
 * only on pages whose language is not a shipped one.
 */
import type { LanguageWords } from '../language-words';

export const hi: LanguageWords = {
  endingBefore: [],
  endingAfter: ['पर समाप्त'],
  voice: ['कॉल'],
  app: ['ऐप'],
  seconds: [],
  minutes: [],
  hours: [],
  days: [],
  one: [],
  two: [],
  dual: [],
  bareOne: [],
  bareIn: [],
  notWait: [],
  range: [],
  valid: [],
  half: [],
  blocked: [],
  expired: [],
  noAccount: [],
};
