import type { ScannedField } from '../../lib/messages';

/** A scanned field for unit tests: an optional, visible, empty plain textarea, changed by `over`. */
export const scannedField = (over: Partial<ScannedField>): ScannedField => ({
  id: 'f',
  kind: 'textarea',
  editor: 'text',
  label: '',
  text: '',
  required: false,
  visible: true,
  ...over,
});
