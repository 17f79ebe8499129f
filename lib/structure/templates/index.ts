import { parseTemplate, type Template } from '../template-schema';
import { dangjianShuzhi } from './dangjian-shuzhi';
import { diaoyan } from './diaoyan';
import { duizhao } from './duizhao';
import { gongzuoZongjie } from './gongzuo-zongjie';
import { kaoheGwy, kaoheSydw } from './kaohe';
import { shuzeShulian } from './shuze-shulian';
import { shuzhi } from './shuzhi';
import { zhuanzheng } from './zhuanzheng';

// Validated at load like any user template, so a broken built-in fails the tests, not the user.
function validated(template: Template): Template {
  const result = parseTemplate(template);
  if (!result.ok) throw new Error(`built-in template ${template.id}: ${result.errors.map((e) => e.en).join('; ')}`);
  return result.template;
}

/** The built-in genres, in the order the panel lists them. */
export const BUILTIN_TEMPLATES: readonly Template[] = [
  shuzhi,
  shuzeShulian,
  dangjianShuzhi,
  kaoheGwy,
  kaoheSydw,
  gongzuoZongjie,
  duizhao,
  diaoyan,
  zhuanzheng,
].map(validated);

/** The built-in template with this id, if there is one. */
export function builtinTemplate(id: string): Template | undefined {
  return BUILTIN_TEMPLATES.find((template) => template.id === id);
}
