/**
 * Chinese text toolkit, domain-free: personal-information detection and masking
 * (the publication review gate), traditional→simplified folding and jieba
 * segmentation (search). See CONTEXT.md for the guarantees and the false-alarm policy.
 */
export {
  creditCodeCheckChar,
  idCardCheckChar,
  isLuhnValid,
  isPlausibleIdCard15,
  isValidCreditCode,
  isValidIdCard18,
  luhnCheckDigit,
} from './checks.js';
export { maskPersonalInfo, maskValue, StalePiiFindingError, type MaskedSpan, type MaskResult } from './mask.js';
export { isPlausibleName } from './names.js';
export { normalizeForSearch, toHalfWidth, toSimplified } from './normalize.js';
export { findPersonalInfo, type PiiFinding, type PiiKind, type PiiOptions } from './pii.js';
export { DOMAIN_WORDS, segmentForDisplay, segmentForIndex, segmentForQuery } from './segment.js';
