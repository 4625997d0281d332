import { decodeText } from '../decode-text';
import { MAX_TEXT_FILE_BYTES } from '../limits';
import type { FormatReader } from './types';

export const plainTextReader: FormatReader = {
  format: 'txt',
  extensions: ['.txt', '.text', '.md'],
  maxBytes: MAX_TEXT_FILE_BYTES,
  read: async (bytes, file) => decodeText(bytes, file),
};
