/** Field encryption and keyed lookup digests for personal data at rest. */
export { createFieldCipher, loadMasterKey, type FieldCipher } from './field-cipher.js';
