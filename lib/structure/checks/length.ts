import type { Check } from '../context';
import { type Finding, finding } from '../finding';

/** length/field-limit and length/total: the form field's limit, and the genre's usual bounds. */
export const checkLength: Check = ({ text, fullText, maxLength, template }) => {
  const out: Finding[] = [];
  // A text too long to analyse whole is still counted whole; ranges stay in the part analysed.
  const all = fullText ?? text;
  // Browsers count maxlength in UTF-16 code units, as text.length does.
  if (maxLength !== undefined && all.length > maxLength)
    out.push(
      finding(
        'length/field-limit',
        'error',
        { start: Math.min(maxLength, text.length), end: text.length },
        `超出填报框字数限制${all.length - maxLength}字（限${maxLength}字）`,
        `${all.length - maxLength} characters over the field’s limit of ${maxLength}`,
      ),
    );
  if (!template) return out;
  const length = all.replace(/\s/g, '').length;
  if (template.maxLength !== undefined && length > template.maxLength)
    out.push(
      finding(
        'length/total',
        'info',
        { start: 0, end: text.length },
        `全文${length}字，长于此类材料常见的${template.maxLength}字`,
        `${length} characters, longer than the usual ${template.maxLength}`,
      ),
    );
  return out;
};
