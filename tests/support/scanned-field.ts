import type { FieldRead, ScannedField } from '../../lib/messages';

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

/** A field as the page reads it (before the worker interprets it), for unit tests: as `scannedField`. */
export const fieldRead = (over: Partial<FieldRead>): FieldRead => ({ ...scannedField({}), ...over });
